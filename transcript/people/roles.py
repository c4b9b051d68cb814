"""Roles from the conversation itself: who asks, who answers, who hands out the floor.

The speaker stage (``_speakers``) gives each person a role from three kinds of evidence,
strongest first: the label's own words (``Interviewer1``, ``PRESENTER``, ``Operator``,
``Präsident``, ``主席``, ``PREGUNTA``), the page around the conversation (``X spoke to Y``,
``joining me today is ...``) and the shape of the conversation, read here: a turn that asks
(``?``, ``？``, ``؟``, ``¿``, an interrogative opening), a turn that answers (it follows
another speaker's question), a turn that hands out the floor (``Next question``, ``Das Wort
hat ...``, ``請 ... 發言``, or a short turn that names the next speaker). Every reading is one
pass over each turn's text (its first and last few hundred characters), so the cost is
linear in the number of turns.
"""

from __future__ import annotations

import re
import unicodedata

from .._regex import lazy

# A chamber's collective voices, a cry from the benches ("Des voix : Bravo!", as the Quebec
# Assembly prints it; "Varias voces:", "Голоса:"): a voice of no one person, casefolded.
CHORUS_LABELS = frozenset(
    (
        "voices|a voice|some voices|des voix|une voix|plusieurs voix|voix|voces|una voz|"
        "varias voces|vozes|uma voz|várias vozes|voci|una voce|alcune voci|stimmen|"
        "eine stimme|stemmen|een stem|głosy|głos z sali|głosy z sali|голоса|голос|"
        "голос из зала|голоси|голос із залу|гласове|глас|hlasy|glasovi|röster|stemmer|"
        # (Maltese: the Honourable Members, some Members, in the House's record)
        "onor membri|l onor membri|membri|xi membri"
    ).split("|")
)
# the word after a chorus that says where it sits or comes from ("Des voix de l'opposition",
# "Voices from the Opposition benches", "ГЛАСОВЕ ОТ „ВЪЗРАЖДАНЕ“", "Głosy z sali")
_CHORUS_FROM = frozenset(
    "from on in of at de des du sur à a en desde da do dos dai dal dalla von aus auf van uit "
    "z ze od из от с із з в на".split()
)


def is_chorus(folded: str) -> bool:
    """A chamber's collective voice (``folded``: a label's words, casefolded): one of
    :data:`CHORUS_LABELS`, alone or followed by where it sits or comes from."""
    if folded in CHORUS_LABELS:
        return True
    words = folded.split(" ", 3)
    return any(
        len(words) > k
        and " ".join(words[:k]) in CHORUS_LABELS
        and words[k].partition("'")[0] in _CHORUS_FROM
        for k in (1, 2)
    )


# A court's officers and parties by the label's words (casefolded): who presides, who
# questions for the prosecution, who is tried.
COURT_JUDGES = (
    "mahkeme başkanı",
    "heyet başkanı",
    "hakim",
    "hâkim",
    "yargıç",
    "juez",
    "jueza",
    "el juez",
    "la jueza",
    "magistrado presidente",
    "magistrada presidenta",
    "juiz",
    "juíza",
    "o juiz",
    "a juíza",
    "giudice",
    "il giudice",
    # (a tribunal's or a lower court's judge, who presides over the hearing alone:
    # "EMPLOYMENT JUDGE:", "DISTRICT JUDGE:", "LE JUGE :", "СУДЬЯ:", "SĘDZIA:")
    "judge",
    "employment judge",
    "the employment judge",
    "tribunal judge",
    "the tribunal judge",
    "district judge",
    "the district judge",
    "immigration judge",
    "presiding judge",
    "the presiding judge",
    "juge",
    "le juge",
    "la juge",
    "судья",
    "суддя",
    "sędzia",
    "soudce",
    "soudkyně",
    "rechter",
    "de rechter",
    "domare",
    "dommer",
)
COURT_PROSECUTORS = (
    "cumhuriyet savcısı",
    "savcı",
    "prosecutor",
    "the prosecutor",
    "fiscal",
    "el fiscal",
    "la fiscal",
    "promotor",
    "promotora",
    "staatsanwalt",
    "staatsanwältin",
    "procureur",
    "pubblico ministero",
)
COURT_DEFENDANTS = (
    "sanık",
    "defendant",
    "the defendant",
    "the accused",
    "acusado",
    "acusada",
    "el acusado",
    "la acusada",
    "réu",
    "ré",
    "angeklagter",
    "angeklagte",
    "der angeklagte",
    "die angeklagte",
    "prévenu",
    "prévenue",
    "le prévenu",
    "la prévenue",
    "imputato",
    "imputata",
    "l'imputato",
)

# Label words (casefolded, without digits or markup) -> role. Generic voices of research
# transcripts ("I", "R", "P1"), press conferences ("Q", "PREGUNTA") and chairs in the
# languages of parliaments ("Präsident", "voorzitter", "主席").
LABEL_ROLES: dict[str, str] = {}
for _words, _role in (
    (
        "interviewer int i q question questions frage pregunta interlocutor reporter reporters "
        "correspondent journalist journalists journaliste periodista reportero reportera "
        "entrevistador entrevistadora intervieweur interviewerin vraag domanda pergunta "
        "host co-host cohost presenter compere anchor byline hos pengacara 株主 "
        "記者 记者 主持人 問 问 質問 질문 질문자 "
        "기자 inquirer examiner questioner asker repórter jornalista giornalista dziennikarz "
        "dziennikarka журналист журналистка корреспондент programledare toimittaja ש "
        "سؤال صحفي صحفية مراسل مراسلة مذيع مذيعة المحاور المحاورة محاور "
        "otázka dotaz pytanie kysymys fråga spørgsmål spørsmål soru вопрос питання запитання "
        "riporter műsorvezető kazetaria "  # (Hungarian: the reporter, the host; Basque: reporter)
        "พิธีกร ผู้ดำเนินรายการ ผู้สื่อข่าว นักข่าว ถาม "
        "מראיין מראיינת המראיין המראיינת שאלה "
        # (Hebrew: the presenter, the host; Bulgarian: the host of a programme)
        "מגיש מגישה המגיש המגישה מנחה המנחה водещ водеща "
        # (Persian: the host, the presenter, "میزبان (سارا کاظمی):")
        "میزبان مجری "
        "خبرنگار مصاحبه‌گر پرسش সাংবাদিক প্রতিবেদক প্রশ্ন "
        "ჟურნალისტი კორესპონდენტი წამყვანი լրագրող թղթակից "
        # (Russian and Kazakh: the host or presenter, the correspondent)
        "ведущий ведущая жүргізуші тілші "
        "អ្នកកាសែត អ្នកសារព័ត៌មាន "  # (Khmer: the journalist)
        # (Belarusian and Ukrainian: the host, as a programme's page labels the presenter)
        "вядучы вядучая ведучий ведуча "
        # (Hindi: the anchor, the correspondent, the journalist)
        "एंकर संवाददाता पत्रकार "
        # (Punjabi: the anchor; isiZulu and isiXhosa radio: the broadcaster, a show's presenter)
        "ਐਂਕਰ umsakazi umsasazi "
        # (Uzbek and Azerbaijani in Latin, Turkish: the journalist, the correspondent)
        "jurnalist muxbir müxbir gazeteci muhabir "
        # (the asking half of the question-and-answer marks of styles.GAP_PAIRS: Korean,
        # Burmese, Tibetan)
        "문 မေး དྲི་བ དྲི "
        # (a question's mark in Turkmen, Uzbek, Azerbaijani, Kazakh, Kyrgyz, Tatar)
        "sorag savol sual сұрақ суроо сорау",
        "interviewer",
    ),
    (
        "interviewee a answer answers antwort réponse reponse respuesta risposta resposta جواب إجابة "
        "antwoord guest respondent r witness deponent entrevistado contributor "
        "entrevistada interviewé interviewée befragter befragte b ip 答 回答 答弁 응답 답변 답변자 participant p ת "
        "invité invitée invitado invitada ospite gast tetamu ตอบ پاسخ উত্তর ответ відповідь "
        "isivakashi ਮਹਿਮਾਨ undwendwe "  # (isiZulu, Punjabi, isiXhosa: the guest)
        "답 ဖြေ ལན "  # (the answering half of the marks of styles.GAP_PAIRS)
        "jogap javob cavab жауап жооп җавап "  # (the answer's mark of the same)
        # (a government's or a ministry's spokesperson labelled by the office alone answers
        # the press: "Portavoz.-", "Porte-parole :", "Rzecznik:"; a weak prior, see
        # SPOKESPEOPLE)
        "spokesperson spokesman spokeswoman portavoz vocero vocera porte-parole portavoce "
        "porta-voz rzecznik rzeczniczka mluvčí hovorca hovorkyňa woordvoerder woordvoerster "
        "pressesprecher pressesprecherin regierungssprecher regierungssprecherin "
        "מרואיין מרואיינת המרואיין המרואיינת",  # (Hebrew: the one interviewed)
        "interviewee",
    ),
    (
        "moderator moderators facilitator facilitators moderador moderadora modérateur moderateur modératrice "
        "moderatrice moderatorin operator chair chairman chairwoman chairperson co-chair "
        "操作员 接线员 接線員 "  # (a Chinese call's operator, as "Operator:")
        # (an earnings call's operator in Portuguese, Spanish, French, Italian)
        "operadora operador opératrice opérateur operatrice operatore "
        "cochair präsident präsidentin vizepräsident vizepräsidentin alterspräsident "
        "voorzitter vicevoorzitter "
        "主席 代理主席 議長 议长 委員長 委员长 司会 司会者 사회자 의장 위원장 "
        "marszałek wicemarszałek başkan "
        "spika mwenyekiti "  # (Swahili: the Speaker of the Bunge, a chairperson)
        "filoha "  # (Malagasy: who presides over the National Assembly's sitting)
        "நெறியாளர் "  # (Tamil: a debate's moderator)
        # (the Speaker of an Indian state assembly, a council's Chairman: Kannada, Telugu,
        # Gujarati, Bengali records label the chair by the office alone)
        "ಸಭಾಧ್ಯಕ್ಷರು ಉಪಸಭಾಧ್ಯಕ್ಷರು ಸಭಾಪತಿಗಳು ಉಪಸಭಾಪತಿಗಳು సభాపతి ఉపసభాపతి "
        "અધ્યક્ષશ્રી ઉપાધ્યક્ષશ્રી অধ্যক্ষ "
        # (the presiding officer of the Rada, the Duma, the Országgyűlés, the DPR)
        "головуючий головуюча председательствующий председательствующая elnök "
        "старшынствуючы старшынствуючая "  # (Belarusian: the Palata's presiding officer)
        "модератор модераторка "  # (Ukrainian, Russian, Bulgarian: a press conference's)
        "predsedajúci predsedajúca předsedající "
        "ketua pimpinan "
        # (the chair of a sitting of the Serbian, Croatian, Bosnian assemblies)
        "председавајући председавајућа предсједавајући предсједавајућа predsedavajući "
        "predsedavajuća predsjedavajući predsjedavajuća "
        "llywydd lywydd "  # (Welsh: the Senedd's Presiding Officer, "Dirprwy Lywydd")
        "მოდერატორი puhemies varapuhemies talman "
        "esimees aseesimees priekšsēdētājs priekšsēdētāja "  # (the Riigikogu's, the Saeima's chair)
        "lehendakaria lehendakariak "  # (Basque: the chair of the Basque Parliament's sitting)
        # (the chair of the Seimas, of the Sabor, of the Slovenian and Serbian assemblies,
        # alone as a label: "PIRMININKĖ.", "PREDSJEDNICA:", "PREDSEDUJOČI:")
        "pirmininkas pirmininkė pirmininke "
        "predsjednik predsjednica potpredsjednik potpredsjednica "
        "predsedujoči predsedujoča predsednik predsednica председник председница "
        # (the chair of the Bulgarian National Assembly's sitting: "ПРЕДСЕДАТЕЛ ...")
        "председател председателка председателят "
        # (Hebrew: the chair of a Knesset committee's or a council's sitting, "היו"ר דוד ...")
        'היו"ר יו"ר היושב-ראש היושבת-ראש '
        # (Albanian: the chair of the Assembly of Kosovo's or Albania's sitting, a deputy
        # chair, whoever presides: "KRYETARI", "NËNKRYETARJA", "KRYESUESJA")
        "kryetar kryetari kryetarja kryetare nënkryetar nënkryetari nënkryetarja nënkryetare "
        "kryesues kryesuesi kryesuesja kryesuese "
        "richter richterin "  # (a German-language court's record: the judge leads)
        # (Thai: the chair of a sitting of the House, of the Senate, of the joint sitting,
        # their deputies, a meeting's chair, a committee's, labelled by the office alone)
        "ประธาน ประธานสภา ประธานสภาผู้แทนราษฎร รองประธานสภาผู้แทนราษฎร ประธานวุฒิสภา "
        "รองประธานวุฒิสภา ประธานรัฐสภา รองประธานรัฐสภา ประธานที่ประชุม ประธานกรรมาธิการ "
        "رئیس",  # (Persian: the chair of the Majlis sitting, "رئیس ـ")
        "moderator",
    ),
    (
        "narrator narrador narradora narrateur narratrice announcer audience crowd caller clerk "
        "interpreter interprète intérprete interprete dolmetscher dolmetscherin videographer "
        # (who reads the news bulletin inside a broadcast: German, Dutch, Hungarian, Finnish,
        # Czech)
        "newsreader nachrichtensprecher nachrichtensprecherin nieuwslezer nieuwslezeres "
        "hírolvasó uutistenlukija hlasatel hlasatelka",
        "other",
    ),
):
    for _w in _words.split():
        LABEL_ROLES[_w] = _role
        # (and as a name's key reads it, its combining marks dropped: Thai "ผู้สื่อข่าว")
        _k = "".join(c for c in unicodedata.normalize("NFKD", _w) if not unicodedata.combining(c))
        LABEL_ROLES.setdefault(_k, _role)
for _phrase, _role in (
    *((_chorus, "other") for _chorus in CHORUS_LABELS),
    ("the witness", "interviewee"),
    ("the deponent", "interviewee"),
    ("the chair", "moderator"),
    ("பேரவைத் தலைவர்", "moderator"),  # (Tamil: the Speaker of the Assembly)
    ("அவைத் தலைவர்", "moderator"),
    ("the chairman", "moderator"),
    ("the chairwoman", "moderator"),
    ("presiding officer", "moderator"),
    ("the presiding officer", "moderator"),
    # (Indonesian: the master of ceremonies of a public expose or a briefing, "Pembawa
    # Acara:"; Malay: of a majlis)
    ("pembawa acara", "moderator"),
    ("pengacara majlis", "moderator"),
    ("penanya", "interviewer"),  # (Indonesian: who asks, "Penanya 1 – Bapak ...:")
    ("the court", "moderator"),
    # (an inquest's record labels whoever presides by office: "THE CORONER:", "THE ASSISTANT
    # CORONER:"; Quebec's public inquiries "LE CORONER :", "LA CORONER :")
    *(
        (f"{the}{rank}coroner{after}", "moderator")
        for the in ("", "the ", "le ", "la ")
        for rank in ("", "assistant ", "area ", "senior ", "deputy ", "acting ")
        for after in ("", " en chef", " en chef adjoint", " en chef adjointe")
    ),
    ("the judge", "moderator"),
    # (Indonesian and Malay: the master of ceremonies, who opens an event and gives the
    # floor, as a company's public expose labels them, "Pembawa Acara:")
    ("pembawa acara", "moderator"),
    ("pengacara majlis", "moderator"),
    # (a trial's record or a live report of a hearing labels its parties by office: the
    # judge presides, the prosecutor questions, the defendant answers; Turkish "Mahkeme
    # Başkanı" / "Cumhuriyet Savcısı" / "Sanık", Spanish "Juez" / "Fiscal" / "Acusado")
    *((_w, "moderator") for _w in COURT_JUDGES),
    *((_w, "interviewer") for _w in COURT_PROSECUTORS),
    *((_w, "interviewee") for _w in COURT_DEFENDANTS),
    ("כב' השופט", "moderator"),  # (Hebrew: "his / her honour the judge")
    ("כב' השופטת", "moderator"),
    ("the speaker", "moderator"),
    # (the Maltese House's record: "IS-SUR SPEAKER:", "IS-SINJURA SPEAKER:", Mr and Madam
    # Speaker; the Dáil's record labels its chairs in Irish: "An Ceann Comhairle:", "An
    # Leas-Cheann Comhairle:")
    ("is sur speaker", "moderator"),
    ("is sinjura speaker", "moderator"),
    ("is speaker", "moderator"),
    ("l ispeaker", "moderator"),
    ("is sur deputat speaker", "moderator"),
    ("an ceann comhairle", "moderator"),
    ("an leas cheann comhairle", "moderator"),
    ("mr speaker", "moderator"),
    ("madam speaker", "moderator"),
    ("madame speaker", "moderator"),
    ("deputy speaker", "moderator"),
    ("the deputy speaker", "moderator"),
    ("de voorzitter", "moderator"),
    ("la presidenta", "moderator"),  # (Catalan and Spanish records: the chair of a sitting)
    ("el president", "moderator"),
    ("el presidente", "moderator"),
    # (the Cortes' record: "La señora PRESIDENTA:", "El señor VICEPRESIDENTE:")
    ("la señora presidenta", "moderator"),
    ("el señor presidente", "moderator"),
    ("la señora vicepresidenta", "moderator"),
    ("el señor vicepresidente", "moderator"),
    # (the Uruguayan and Argentine records: "SEÑOR PRESIDENTE (Ana Ruiz).-", "SEÑORA
    # PRESIDENTA.-"; a head of state is labelled "Presidente Ruiz", not addressed)
    ("señor presidente", "moderator"),
    ("señora presidenta", "moderator"),
    ("señor vicepresidente", "moderator"),
    ("señora vicepresidenta", "moderator"),
    # (the Brazilian Senate's and Chamber's notas taquigráficas: "O SR. PRESIDENTE (Ana
    # Ruiz. Bloco/PT - SP) –"; the label's key drops the abbreviation's period)
    ("o sr presidente", "moderator"),
    ("a sra presidente", "moderator"),
    ("a sra presidenta", "moderator"),
    ("o senhor presidente", "moderator"),
    ("a senhora presidente", "moderator"),
    ("the chairperson", "moderator"),
    # (a French-language chamber's record labels its chair by the office alone: "Le
    # Président :", "La Vice-Présidente (Mme ...) :"; alone, as "président", a weak prior,
    # since the Élysée labels the head of state who answers the same way)
    ("le président", "moderator"),
    ("la présidente", "moderator"),
    ("le vice président", "moderator"),  # (as a label's key reads "Le Vice-Président")
    ("la vice présidente", "moderator"),
    ("заместник председател", "moderator"),  # (Bulgarian: a deputy chair in the chair)
    ("ketua rapat", "moderator"),  # (Indonesian: "the chair of the meeting")
    ("pimpinan rapat", "moderator"),
    ("audience member", "interviewer"),  # (who asks from the floor at a talk's questions)
    # (a spokesperson's hyphenated office, as a label's key reads it: "Porta-voz:")
    ("porta voz", "interviewee"),
    ("porte parole", "interviewee"),
    ("the clerk", "other"),
    # (a Latin American committee's secretary who reads the roll and the agenda,
    # "Secretario Relator:": the clerk of the sitting)
    ("secretario relator", "other"),
    ("secretaria relatora", "other"),
    # (an Arab parliament's secretary general, who reads the roll: "السيد الأمين العام:")
    ("الأمين العام", "other"),
    ("الأمينة العامة", "other"),
    ("the videographer", "other"),
    ("co host", "interviewer"),
    ("el moderador", "moderator"),
    ("la moderadora", "moderator"),
    ("the moderator", "moderator"),
    ("the interviewer", "interviewer"),
    ("the operator", "moderator"),
    ("conference operator", "moderator"),
    # (Arabic: "the conference's / the session's director", "the session's chair")
    ("مدير المؤتمر", "moderator"),
    ("مديرة المؤتمر", "moderator"),
    ("مدير الجلسة", "moderator"),
    ("مديرة الجلسة", "moderator"),
    ("رئيس الجلسة", "moderator"),
    # (the record of an Arab parliament, Kuwait's, Bahrain's, Egypt's: "السيد الرئيس:" the
    # Speaker, "السيد نائب الرئيس:" a deputy in the chair, as "Mr Speaker")
    ("السيد الرئيس", "moderator"),
    ("السيدة الرئيسة", "moderator"),
    ("السيد نائب الرئيس", "moderator"),
    ("السيدة نائبة الرئيس", "moderator"),
    ("السيد رئيس المجلس", "moderator"),
    ("رئيسة الجلسة", "moderator"),
    # (a club's or a ministry's press officer, who opens a press conference and gives the
    # floor)
    ("jefe de prensa", "moderator"),
    ("jefa de prensa", "moderator"),
    ("press officer", "moderator"),
    ("assessor de imprensa", "moderator"),  # (Portuguese: a club's press officer)
    ("assessora de imprensa", "moderator"),
    ("head of media", "moderator"),
    # (Arabic: a federation's or a club's media coordinator, media officer)
    ("المنسق الإعلامي", "moderator"),
    ("المنسقة الإعلامية", "moderator"),
    ("المسؤول الإعلامي", "moderator"),
    ("المسؤولة الإعلامية", "moderator"),
    ("media coordinator", "moderator"),
    ("attaché de presse", "moderator"),
    ("пресс-атташе", "moderator"),  # (a Russian club's press attaché)
    ("пресс атташе", "moderator"),  # (as a label's key reads it)
    ("прес-аташе", "moderator"),  # (Ukrainian)
    ("прес аташе", "moderator"),
    ("attachée de presse", "moderator"),
    ("media manager", "moderator"),
    ("media officer", "moderator"),
    ("communications manager", "moderator"),
    # (the Senedd's record: the Presiding Officer, in Welsh and English)
    ("y llywydd", "moderator"),
    ("y dirprwy lywydd", "moderator"),
    ("dirprwy lywydd", "moderator"),
    ("the deputy presiding officer", "moderator"),
    ("deputy presiding officer", "moderator"),
    # (Marathi and Hindi records: "Mr. / Madam Speaker", "Mr. Chairman" of a sitting)
    ("अध्यक्ष महोदय", "moderator"),
    ("अध्यक्ष महोदया", "moderator"),
    ("उपाध्यक्ष महोदय", "moderator"),
    ("सभापति महोदय", "moderator"),
    ("सभापती महोदय", "moderator"),
    ("उपसभापति महोदय", "moderator"),
    # (the Lok Sabha's and the state assemblies' record: "माननीय अध्यक्ष :", the Honourable
    # Speaker in the chair; the Rajya Sabha's "श्री सभापति :", "उपसभापति :")
    ("माननीय अध्यक्ष", "moderator"),
    ("माननीय अध्यक्षा", "moderator"),
    ("माननीय उपाध्यक्ष", "moderator"),
    ("माननीय सभापति", "moderator"),
    ("माननीय सभापती", "moderator"),
    ("माननीय उपसभापति", "moderator"),
    ("श्री सभापति", "moderator"),
    ("उपसभापति", "moderator"),
    # (and its English record's: "HON. SPEAKER:", "HON. CHAIRPERSON:")
    ("hon speaker", "moderator"),
    ("hon deputy speaker", "moderator"),
    ("hon chairperson", "moderator"),
    # (the one chairing, as Azerbaijani and Uzbek stenograms label the chair)
    ("sədrlik edən", "moderator"),
    ("raislik qiluvchi", "moderator"),
    # (Turkish councils' and assemblies' minutes: the chair of the sitting by office,
    # "MECLİS BAŞKANI –", "MECLİS BAŞKANVEKİLİ –", "TBMM BAŞKANI"; as keys read capitals)
    *(
        (f"{_body} {_office}", "moderator")
        for _body in ("meclis", "tbmm", "MECLİS".casefold())
        for _office in (
            "başkanı",
            "baskanı",
            "baskani",
            "başkanvekili",
            "baskanvekili",
            *(w.casefold() for w in ("BAŞKANI", "BAŞKANVEKİLİ")),
        )
    ),
):
    LABEL_ROLES[_phrase] = _role
# (a label's key has its marks taken off: "مديرة المؤتمر" is looked up as "مديرة الموتمر")
for _k, _role in list(LABEL_ROLES.items()):
    _folded = "".join(c for c in unicodedata.normalize("NFKD", _k) if not unicodedata.combining(c))
    LABEL_ROLES.setdefault(_folded, _role)

# A spokesperson by office answers the press, but a ministry's spokesperson may instead open
# a minister's press conference and hand out its floor: the label word is a weak prior that
# the conversation (who hands out the floor, who answers) may overturn.
SPOKESPEOPLE = frozenset(
    "spokesperson spokesman spokeswoman portavoz vocero vocera porte-parole portavoce "
    "porta-voz rzecznik rzeczniczka mluvčí hovorca hovorkyňa woordvoerder woordvoerster "
    "pressesprecher pressesprecherin regierungssprecher regierungssprecherin".split()
) | {"porta voz", "porte parole"}

# Who calls in or speaks from the audience ("CALLER:", "Audience member:", isiZulu "UMLALELI"
# the listener, Punjabi and Hindi "ਦਰਸ਼ਕ" / "दर्शक" the viewer): "other" by the word alone, one
# who asks is an interviewer, and whoever takes their calls or their questions, a show's
# host by label, hands out the floor: the moderator.
CALLERS = frozenset(
    "caller callers listener listeners viewer viewers "
    "umlaleli abalaleli umphulaphuli ਦਰਸ਼ਕ ਸਰੋਤਾ दर्शक श्रोता oyente radioescucha televidente auditeur "
    "auditrice téléspectateur téléspectatrice anrufer anruferin hörer hörerin zuschauer "
    "zuschauerin ouvinte telespectador telespectadora ascoltatore ascoltatrice "
    # (Russian: a call, as a direct line's stenogram labels each caller, "Звонок (Name,
    # town)"; a viewer, a listener)
    "звонок телезритель телезрительница зритель зрительница слушатель слушательница "
    # (Hungarian, Finnish, Dutch, Polish, Czech, Turkish, Indonesian: the listener, the
    # viewer, the caller of a phone-in)
    "hallgató betelefonáló néző kuuntelija katsoja soittaja luisteraar beller kijker "
    "słuchacz słuchaczka widz posluchač posluchačka divák dinleyici izleyici "
    "pendengar penelepon penonton".split()
) | {"audience member", "audience members", "member of the audience"}
# A show's host by the label's word, who becomes its moderator when callers or the audience
# put the questions.
SHOW_HOSTS = frozenset(
    "host co-host cohost presenter anchor compere ведущий ведущая водещ водеща एंकर ਐਂਕਰ "
    "umsakazi umsasazi pengacara hos programledare מגיש מגישה המגיש המגישה พิธีกร "
    "presentador presentadora présentateur présentatrice apresentador apresentadora".split()
)
# (as a label's key reads them, their combining marks dropped: Punjabi "ਐਂਕਰ" is "ਐਕਰ")
CALLERS |= frozenset(
    "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    for w in CALLERS
)
SHOW_HOSTS |= frozenset(
    "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    for w in SHOW_HOSTS
)
for _w in CALLERS:
    LABEL_ROLES.setdefault(_w, "other")

# One letter means one thing in one language and another in the next: "P" is the
# participant of a research interview ("I" / "P") but the question of a Spanish or
# Portuguese one ("P." pregunta, pergunta / "R." respuesta, resposta); "D" asks in Italian
# (domanda / risposta), "F" in German (Frage / Antwort), "V" in Dutch (vraag / antwoord).
# (letter, the letters that answer it in the same document) -> the letter asks.
PAIRED_LETTERS: dict[str, frozenset[str]] = {
    "p": frozenset("r"),
    "d": frozenset("r"),
    "f": frozenset("a"),
    "v": frozenset("a"),
}


def paired_role(key: str, letters: frozenset[str] | set[str]) -> str | None:
    """The role of a one-letter label read with the document's other one-letter labels
    (``p`` beside ``r``: the question, so "interviewer"); None when the pair says nothing."""
    answer = PAIRED_LETTERS.get(key)
    if answer is not None and answer & letters:
        return "interviewer"
    return None


# Office words that, standing alone as a label, chair the sitting; with a name after them
# ("President Trump", "Presidente López") they are an office, and the conversation decides.
CHAIR_OFFICES = frozenset(
    "president président présidente präsident präsidentin vizepräsident vizepräsidentin "
    "presidente presidenta voorzitter vicevoorzitter chair chairman chairwoman chairperson "
    "speaker marszałek wicemarszałek przewodniczący przewodnicząca wiceprzewodniczący "
    "wiceprzewodnicząca předseda předsedkyně předsedající ordföranden talmannen προεδρεύων προεδρευων "
    # (the Czech and the Slovak deputy chairs, who take the chair in turn)
    "místopředseda místopředsedkyně predseda predsedníčka podpredseda podpredsedníčka "
    "председател председателка председателят заместник-председател "
    "kryetar kryetari kryetarja kryetare nënkryetar nënkryetari nënkryetarja nënkryetare "
    "προεδρεύουσα προεδρευουσα πρόεδρος προεδρος "
    "filoha "  # (Malagasy: the president of the sitting, "Ramatoa Filoha")
    "coroner".split()  # (who presides at an English inquest)
)

# Labels for a voice that could be anyone: their role comes from what they say.
UNDECIDED = frozenset(
    {
        "unknown",
        "unknown speaker",
        "unidentified",
        "unidentified speaker",
        "unidentified male",
        "unidentified female",
        "male voice",
        "female voice",
        "voice",
        "speaker",
        "multiple speakers",
    }
)

_DIGITS = lazy(r"[\s_\-#.]*\d+[a-z]?$")


def label_role(key: str) -> str | None:
    """The role a label's words give (``interviewer1`` -> interviewer), or None."""
    key = key.strip()
    if key in LABEL_ROLES:
        return LABEL_ROLES[key]
    bare = _DIGITS.sub("", key)
    if bare != key and bare in LABEL_ROLES:
        return LABEL_ROLES[bare]
    if len(key) > 2 and key[-1].isascii() and key[-1].isalpha() and not key[-2].isascii():
        # a letter numbering the voices of one role: "株主A", "株主B" (shareholders)
        return LABEL_ROLES.get(key[:-1].rstrip())
    if " " in key and is_chorus(key):
        return "other"  # ("des voix de l'opposition": a chorus and where it sits)
    return None


# A question: a question mark near the end (any script), an opening ¿, or an interrogative
# opening word.
# (the Armenian question mark "՞" stands over the stressed vowel, inside the word asked)
_QMARKS = ("?", "？", "؟", "⸮", "՞")
_OPENINGS = frozenset(
    """
    who whom whose what when where why how which is are was were do does did can could would
    will should shall have has had may might isn't aren't don't doesn't didn't won't wouldn't
    wer wen wem was wann wo wie warum weshalb wieso welche welcher welches ist sind kann können
    könnten darf dürfen würden haben hat gibt
    qué que quién quiénes cuándo dónde cómo cuál cuáles cuánto cuántos por porqué
    pourquoi comment quand où qui quoi quel quelle quels quelles est-ce
    wat waarom hoe wanneer waar wie welke kunt kan zou
    perché come quando dove chi cosa quale
    """.split()
)


# Words said before a question's first word: "so what ...", "and how ...", "sir, can ..."
_FILLERS = frozenset(
    "so and but okay ok well now sir ma'am madam also then y pues oiga señor señora perdone "
    "disculpe".split()
)
# Chinese and Japanese questions often end without a question mark: "... 政府會否 ... 。"
_CJK_ASKS = lazy(
    r"會否|会否|是否|何時|何时|為何|为何|甚麼|什麼|什么|如何|嗎|吗|ですか|ますか"
    r"|伺います|伺いたい|お答えください|お聞きします|でしょうか|ではないか|のか。|습니까|입니까|겠습니까"
)


# a question put in words: "想问海外上市的时间表", "请问 ...", I would like to ask (looked up
# as words: more alternatives would slow the pattern on every turn with a curly quote)
_CJK_ASK_WORDS = (
    "想问",
    "想問",
    "请问",
    "請問",
    "想请教",
    "想請教",
    "お聞きしたい",
    "聞きたいのですが",
)

_GREEK_END = ' \t\n.!;\u037e»"”)…'


def _greek_asks(tail: str) -> bool:
    """Greek asks with ";" (or U+037E, the Greek question mark, which is the same
    character once normalised): a semicolon right after a Greek letter, at a sentence's
    end ("Τι σκοπεύετε να κάνετε και πότε;")."""
    for mark in (";", "\u037e"):
        at = tail.find(mark)
        while at > 0:
            before = tail[at - 1]
            if "\u0370" <= before <= "\u03ff" or "\u1f00" <= before <= "\u1fff":
                nxt = tail[at + 1 : at + 2]
                if not nxt or nxt.isspace() or nxt in '»"”)':
                    return True
            at = tail.find(mark, at + 1)
    return False


def is_question(text: str) -> bool:
    """Does this turn ask? (A question mark in its last 200 characters, an opening ``¿``,
    an interrogative first word, or in Chinese and Japanese an interrogative word.)"""
    tail = text[-200:] if len(text) > 200 else text
    for mark in _QMARKS:
        if mark in tail:
            return True
    if not tail.isascii():
        if _CJK_ASKS.search(tail) is not None or any(w in tail for w in _CJK_ASK_WORDS):
            return True
        # (Greek: read only a turn whose last letter is Greek, one test, not a search)
        last = tail.rstrip(_GREEK_END)[-1:]
        if ("\u0370" <= last <= "\u03ff" or "\u1f00" <= last <= "\u1fff") and _greek_asks(tail):
            return True
    head = text.lstrip(" \t\n\"'“‘*_([-—–")
    if head[:1] in ("¿", "؟"):
        return True
    first = head[:16].split(None, 1)
    if first:
        word = first[0].casefold().rstrip(",.:;!")
        if word in _FILLERS:
            # ("so what would you do instead", "ma'am do you have a second": a caption's
            # question after a filler or a form of address)
            after = head[len(first[0]) :].lstrip()[:16].split(None, 1)
            word = after[0].casefold().rstrip(",.:;!") if after else word
        if word in _OPENINGS and len(text) < 400:
            return "." not in text[:120] or text.rstrip().endswith(("?", "？"))
    return False


def asks_in_words(text: str) -> bool:
    """Does this turn put a question in words, with no question mark, in its opening
    ("Vorrei sapere quante gallerie ...", "One thing I'm wondering is ...")? Read once per
    speaker (their first turns), not per turn: the words are looked up first, then the
    formula."""
    low = text[:400].casefold()
    if any(f in low for f in _PLEASED_TO_STATE):
        return True
    if _INDIRECT_WORDS.isdisjoint(low.replace(",", " ").split()):
        return False
    return _ASKS_INDIRECTLY.search(low) is not None


# The question hour's formula of the parliaments of India and its neighbours: "Will the
# Minister of ... be pleased to state", in Hindi "... बताने की कृपा करेंगे", in Kannada
# "... ಸಚಿವರು ತಿಳಿಸುವರೇ" / "ತಿಳಿಸಬೇಕು" (the minister will / should inform the House)
_PLEASED_TO_STATE = (
    "be pleased to state",
    "be pleased to inform",
    "be pleased to tell",
    "बताने की कृपा करेंगे",
    "बताने की कृपा करेंगी",
    "ತಿಳಿಸುವರೇ",
    "ತಿಳಿಸಬೇಕು",
)


# A question put in words, with no question mark ("Vorrei sapere quante gallerie ...",
# "Je voudrais savoir ..."), as members put them to a government: read in a turn's opening.
_INDIRECT_WORDS = frozenset(
    "sapere chiedere chiedo savoir demande saber pregunto wissen fragen frage know ask "
    "wonder wondering vide vite veta weten".split()
)
_ASKS_INDIRECTLY = lazy(
    r"\b(?:vorrei (?:sapere|chiedere)|chiedo (?:al|alla|se)|je voudrais savoir|"
    r"je vous demande (?:si|quand|comment|pourquoi)|quisiera saber|le pregunto|"
    r"me gustaría saber|möchte (?:ich )?(?:wissen|fragen)|ich frage sie|"
    r"i would like to know|i'd like to ask|i ask the|i wonder|i'm wondering|i was wondering|"
    r"je me demande|me pregunto|ich frage mich|mi chiedo|"
    # (Danish, Norwegian, Swedish, Dutch, Portuguese: "I would like to know")
    r"jeg vil (?:gerne|gjerne) (?:vide|vite)|jag (?:skulle vilja|vill gärna|vill) veta|"
    r"ik (?:wil|zou) graag (?:willen )?weten|gostaria de saber|queria saber)\b"
)


MIN_VOICE_RUN = 4  # unlabelled turns in a row read for who asks and who answers


def voice_roles(texts: list[str]) -> list[str]:
    """Roles of a run of unlabelled turns (speaker changes with no names: ``>>`` or ``- ``
    in captions, a magazine's bold questions and their answers): "interviewer" for the
    side that asks, "interviewee" for the side that answers, "unknown" where the shape says
    nothing. When one of the two alternating sides asks in four turns of five and the other
    hardly ever, the sides are read from the alternation; else a turn that asks is a
    question, and the turn after it its answer (narration in between stays unknown)."""
    asks = [is_question(t) for t in texts]
    sides = (asks[0::2], asks[1::2])
    q = [sum(side) for side in sides]
    for a in (0, 1):
        b = 1 - a
        if (q[a] >= 2 and q[a] * 5 >= len(sides[a]) * 4 and q[b] * 5 <= len(sides[b])) or (
            # (captions without punctuation: one side asks in most of its turns, the other
            # never; the asker's remarks between the questions ask nothing)
            q[a] >= 4 and q[a] * 2 > len(sides[a]) and q[b] == 0
        ):
            return ["interviewer" if i % 2 == a else "interviewee" for i in range(len(texts))]
    out: list[str] = []
    for i, asked in enumerate(asks):
        if i and out[i - 1] == "interviewer":
            out.append("interviewee")  # (an answer may ask back: "Sad? No. Proud.")
        else:
            out.append("interviewer" if asked else "unknown")
    return out


# Hand-offs and the chair's formulas, in many languages: (a word every formula of the
# rule contains, the rule). A rule is tried only on a turn that has its word, so the cost
# per turn is one split of its first and last 150 characters.
_FLOOR_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (word, lazy(rule))
    for word, rule in (
        (
            "question",
            r"\b(?:next|first|last|final) question|question (?:comes|goes|is) (?:from|to)"
            r"|\btime for (?:one|a) (?:more|last|final) question",
        ),
        ("line", r"comes from the line of|\bopen (?:up )?the lines?\b"),
        ("ready", r"\bready (?:for|to take) (?:your |some )?questions"),
        ("call", r"\bturn the call over to|\bhand the call over to"),
        ("floor", r"floor is (?:yours|open)|you have the floor|\bgive the floor to"),
        ("over", r"\bover to you|(?:move|go|turn|hand) over to"),
        ("next", r"\bnext,? we (?:go|move|turn) to"),
        ("ahead", r"\bgo ahead"),
        ("move", r"\b(?:let's|let us|we'll|we will) (?:now )?move\b|move on to"),
        ("turn", r"\b(?:let's|let us|we'll|we will) (?:now )?turn to"),
        (
            "open",
            r"\bopen (?:it |the floor |the line |the lines )?(?:up )?(?:for|to) (?:questions|q)",
        ),
        ("up", r"\bwraps? up"),
        ("concludes", r"\b(?:this|that) concludes|concludes (?:our|the|today's)"),
        ("adjourned", r"\b(?:is|are|stand) (?:now )?adjourned"),
        ("order", r"\bcome to order|\bto order\b"),
        ("response", r"\b(?:your|a) response"),
        ("reaction", r"\b(?:your|a) reaction"),
        ("rebuttal", r"\b(?:your|a) rebuttal"),
        ("seconds", r"\b\d+ seconds"),
        ("time", r"\btime (?:is up|has expired)"),
        ("recognize", r"\bi (?:now )?recognize"),
        ("recognized", r"\bis recognized"),
        ("yield", r"\byield (?:back|to)"),
        ("yields", r"\byields (?:back|to)"),
        ("second", r"\bis there a second"),
        ("objection", r"\bwithout objection|is there any objection"),
        ("comments", r"\bany (?:other |further )?comments"),
        ("questions", r"\bany (?:other |further )?questions"),
        (
            "questions",
            r"\b(?:let's|let us|we'll|we will|i'll|i will) (?:now )?(?:take|go to|turn to|move to"
            r"|open (?:it )?up (?:to|for)) (?:a few |some |your |the )?questions",
        ),
        ("discussion", r"\bany (?:other |further )?discussion"),
        ("nominations", r"\bany (?:other |further )?nominations"),
        ("wort", r"\bdas wort hat|\bhat (?:jetzt |nun )?.{0,60}\bdas wort\b"),
        ("frage", r"\b(?:nächste|erste|letzte|weitere) frage (?:stellt|kommt|hat)"),
        ("nachfrage", r"^nachfrage\b"),
        # (a meeting's or a citizens' forum's host: "Erste Wortmeldung bitte.", "Weitere
        # Wortmeldungen?", "Frau Yilmaz, übernehmen Sie?")
        ("wortmeldung", r"\b(?:erste|nächste|weitere|letzte) wortmeldung"),
        ("wortmeldungen", r"\b(?:weitere|gibt es) wortmeldungen"),
        ("übernehmen", r"^(?:\w+ ){0,3}\w+, übernehmen sie\b|, übernehmen sie\?"),
        # (and closes it: "Dann danke ich allen.", "Damit danke ich Ihnen allen.")
        ("danke", r"^(?:dann|damit|somit) danke ich (?:ihnen )?allen\b"),
        ("erteile", r"\bich erteile"),
        ("rufe", r"\bich rufe .{0,80} auf"),
        ("zusatzfrage", r"zusatzfrage"),
        ("sitzung", r"\bdie sitzung ist"),
        ("parole", r"\bla parole est|vous avez la parole|je (?:vous )?(?:donne|cède) la parole"),
        # (a French-language chamber's question period: "Question principale, Mme la
        # députée de ...", "Première complémentaire.")
        ("principale", r"^question principale\b"),
        (
            "complémentaire",
            r"^(?:(?:première|deuxième|troisième|dernière) )?(?:question )?complémentaire\b",
        ),
        ("suivante", r"\bquestion suivante"),
        ("séance", r"\bla séance est"),
        (
            "palabra",
            r"\btiene (?:usted )?(?:el uso de )?la palabra|\bhacer uso de la palabra"
            r"|\b(?:cedo|concedo|doy) (?:el uso de )?la palabra",
        ),
        ("voz", r"\b(?:tiene|cedo|concedo) (?:el uso de )?la voz"),
        ("votación", r"\bsomet(?:a|e|o|emos) a votación"),
        # (Galician: "ten a palabra", "seguinte pregunta")
        ("palabra", r"\bten (?:vostede )?a palabra"),
        ("seguinte", r"\bseguinte pregunta"),
        ("pregunta", r"\bsiguiente pregunta"),
        # (a Spanish press conference's host: "Abrimos el turno de preguntas", "Última
        # pregunta", "Primera pregunta, de ...")
        ("pregunta", r"\b(?:primera|última|ultima|próxima|proxima) pregunta"),
        ("turno", r"\b(?:abrimos|abro|abre|se abre) (?:el |un )?turno de (?:preguntas|palabra)"),
        # ("Pasamos a las preguntas. Adelante, Pablo.", "A continuación, la secretaria de
        # Estado ...": a sentence's opening only, as "seguir adelante" is speech)
        ("preguntas", r"\bpasamos (?:a|al turno de) (?:las )?preguntas"),
        ("adelante", r"(?:^|[.!] )adelante,"),
        ("continuación", r"^a continuación,"),
        ("perguntas", r"\bpassamos (?:às|as|para as) perguntas"),
        ("sesión", r"\bse (?:abre|levanta) la sesión"),
        ("woord", r"\bhet woord is aan|ik geef het woord"),
        # (a Dutch meeting's host: "Wie heeft de eerste vraag?", "Mevrouw Smit, neemt u het
        # over?", "Dan dank ik iedereen.")
        ("vraag", r"\bwie heeft (?:de eerste|nog een|de volgende) vraag"),
        ("neemt", r", neemt u het over\b"),
        ("dank", r"^(?:dan|daarmee) dank ik (?:u )?(?:iedereen|allen|u allen)\b"),
        ("vergadering", r"\bde vergadering is"),
        ("facoltà", r"\bha (?:la )?facoltà"),
        ("parola", r"\bha la parola"),
        ("palavra", r"\btem a palavra"),
        ("pergunta", r"\bpróxima pergunta"),
        ("вопрос", r"\b(?:первый|следующий|последний) вопрос"),
        ("слово", r"\b(?:дадим|даю|предоставляю|передаю) слово|\bслово (?:предоставляется|имеет)"),
        ("пожалуйста", r"^пожалуйста,"),
        ("этом", r"\bна этом (?:всё|все)\b"),
        # Romanian: "Aveți cuvântul", "dau cuvântul", "Ultima întrebare ...", "Drept la replică"
        ("cuvântul", r"\b(?:aveți|aveţi|are|dau|acord|ofer) cuvântul"),
        ("cuvantul", r"\b(?:aveti|are|dau|acord|ofer) cuvantul"),
        ("întrebare", r"\b(?:prima|următoarea|ultima) întrebare"),
        ("replică", r"\bdrept (?:la|de) replică"),
        # Bulgarian: "давам думата", "Имате думата", "Следващият въпрос е от ...", "Реплика
        # – госпожа ...", "Дуплика, господин Министър."
        ("думата", r"\b(?:давам|имате|има|предоставям) думата"),
        ("въпрос", r"\b(?:следващият|първият|последният) въпрос"),
        ("реплика", r"\bреплика\s*[–—-]"),
        ("дуплика", r"\bдуплика\b"),
        ("głos", r"\budzielam (?:głosu|.{0,60}głosu)|\bgłos (?:ma|zabierze)"),
        # Polish, Czech, Slovak: "we move to questions", "the last / next question"
        ("pytań", r"\bprzechodzimy do (?:pytań|sesji pytań)"),
        # (a host's invitation, to the floor or to the event: "zapraszam pana prezesa")
        ("zapraszam", r"\bzapraszam\b"),
        ("pytanie", r"\b(?:ostatnie|kolejne|następne|pierwsze) pytanie"),
        ("otázkám", r"\bpřejdeme k otázkám"),
        ("otázkam", r"\bprejdeme k otázkam"),
        ("otázka", r"\b(?:poslední|další|první|posledná|ďalšia|prvá) otázka"),
        # (the chair of a Czech or a Slovak sitting: "Prosím, máte slovo.", "Udílím slovo
        # panu ...", "Doplňující otázka.", as a French chamber's "complémentaire")
        (
            "slovo",
            r"\b(?:máte|udílím|uděluji|dávám|předávám|udeľujem|dávam|odovzdávam) slovo"
            r"|\bslovo (?:má|mají|dostane|dostává)\b",
        ),
        ("otázka", r"\b(?:doplňující|doplňujúca) otázka"),
        # Arabic: "the first / next / last question (is from ...)", "the floor is ...'s"
        ("السؤال", r"\bالسؤال (?:الأول|التالي|الأخير|القادم)"),
        ("الكلمة", r"\bالكلمة (?:الآن )?(?:ل|إلى)"),
        ("نبدأ", r"\bنبدأ بكلمة"),
    )
)
_FLOOR_BY_WORD: dict[str, list[re.Pattern[str]]] = {}
for _key, _rule in _FLOOR_RULES:
    _FLOOR_BY_WORD.setdefault(_key, []).append(_rule)
_FLOOR_KEYS = frozenset(_FLOOR_BY_WORD)
_WORD = lazy(r"\w+")
_FLOOR_CJK = lazy(
    r"請.{0,24}?(?:發言|发言|作答|提問|提问|答覆|答复|質詢|质询)|哪位.{0,6}作答|"
    r"第.{1,4}項質詢|下一(?:個|个)?問題|下一(?:個|个)?问题|次の質問"
)
# a press conference's host opens the questions and closes the meeting: "下面开放提问",
# "进入提问环节", "今天就到这里"; the Japanese host's "質疑応答に移ります", "ご質問をお受けします",
# "本日はここまで" (a pattern of its own, tried where its characters are)
_HOST_CJK = lazy(
    r"(?:开放|開放|开始|開始)提(?:问|問)|(?:进入|進入)提(?:问|問)环节|提(?:问|問)(?:环节|環節)"
    r"|(?:今天|今日)(?:就)?到(?:这里|這裡)|質疑(?:応答)?に移|ご?質問をお受け|質問を受け付け|本日はここまで"
)
_STRIP = ".,;:!?¿¡()[]\"'“”‘’—–-"


def is_floor(text: str) -> bool:
    """Does this turn hand out the floor or run the sitting? (Its first and last 120
    characters are read: a chair's formula opens or closes a turn.)"""
    region = text if len(text) <= 240 else text[:120] + "\n" + text[-120:]
    if not region.isascii() and (
        _FLOOR_CJK.search(region) is not None
        or (
            ("提" in region or "到" in region or "質" in region or "ここまで" in region)
            and _HOST_CJK.search(region) is not None
        )
    ):
        return True
    low = region.casefold()
    keys = _FLOOR_KEYS.intersection(_WORD.findall(low))
    return any(rule.search(low) is not None for key in keys for rule in _FLOOR_BY_WORD[key])


def short_address(text: str, names: tuple[str, ...]) -> bool:
    """A short turn that names the next speaker (``Herr Abgeordneter Urbaniak.``, ``President
    Trump.``): a hand-off. ``names`` are the next speaker's name words, casefolded."""
    if len(text) > 120 or not names:
        return False
    words = set(re.findall(r"[^\W\d_][\w'’\-]*", text.casefold()))
    return any(n in words for n in names)


def ends_with_name(text: str, names: tuple[str, ...]) -> bool:
    """Does the turn end by naming the next speaker (``Questions? President Whitlow.``)?"""
    tail = text[-60:].split()
    return bool(tail) and tail[-1].casefold().strip(_STRIP) in names


# Offices of a government, which answer in a parliament: "Staatssekretär", "局長".
GOVERNMENT_TITLES = frozenset(
    """
    minister ministerin ministro ministra ministre staatssekretär staatssekretärin
    staatsminister staatsministerin bundesminister bundesministerin staatssecretaris
    secretario secretaria subsecretario subsecretaria sottosegretario secrétaire
    prime premier parl statsråd statsrådet kommunalråd kommunalrådet υπουργός υπουργος υφυπουργός υφυπουργος міністр miniszter államtitkár conseller
    consellera consejero consejera conselleiro conselleira menteri bundesrat bundesrätin fédéral fédérale federale tajomník tajomníčka
    局長 局长 長官 长官 司長 司长 部長 部长 大臣 總理 总理 首相 署長 署长
    参考人 政務官 장관 차관 총리 sekretarz wiceminister podsekretarz министр
    gweinidog weinidog मंत्री bakan bakanı bakani nazir ministeri وزیر وزير وزيرة
    ಸಚಿವ ಸಚಿವರು ಮಂತ್ರಿ ಮಂತ್ರಿಗಳು ಮುಖ್ಯಮಂತ್ರಿ ಮುಖ್ಯಮಂತ್ರಿಗಳು మంత్రి ముఖ్యమంత్రి
    મંત્રી મંત્રીશ્રી મુખ્યમંત્રી মন্ত্রী মুখ্যমন্ত্রী அமைச்சர் முதலமைச்சர்
    sailburua sailburuak
    secretar ministru ministrul ministrului
    tesorero tesorera
    市長 副市長 教育長 知事 副知事 町長 村長 区長
    министър министърът
    ministri ministrja zëvendësministri zëvendësministrja
    cec cecm
    assessore assessora sindaco sindaca alcalde alcaldesa bürgermeister bürgermeisterin
    oberbürgermeister oberbürgermeisterin maire burgemeester wethouder
    berufsm berufsmäßiger berufsmäßige
    министар министарка ministar ministarka ministrica
    prezydent prezydenta burmistrz burmistrza wójt wójta starosta skarbnik dyrektor
    dyrektorka naczelnik primátor primátorka starostka náměstek náměstkyně ředitel ředitelka
    """.split()
)
# (and as casefold() reads them: Greek's final "ς" folds to "σ", "υφυπουργός" to "υφυπουργόσ")
GOVERNMENT_TITLES |= frozenset(w.casefold() for w in GOVERNMENT_TITLES)
# Members of a chamber, who ask in question time: "陳家洛議員", "Abgeordneter".
MEMBER_TITLES = frozenset(
    """
    議員 议员 委員 委员 abgeordneter abgeordnete kamerlid diputado diputada député députée
    deputato deputata deputado deputada mp mdb mdl senator senador senadora sénateur
    congressman congresswoman representative assemblyman assemblywoman assemblymember
    councillor councilor councilman councilwoman poseł posłanka 君 위원 의원 депутат
    képviselő diputat anggota член βουλευτής
    consigliere consigliera conseiller conseillère concejal concejala stadtrat stadträtin
    gemeinderat gemeinderätin raadslid radny radna zastupitel zastupitelka
    deputat deputată deputatul regidor regidora síndico síndica представител
    deputet deputete deputeti deputetja
    """.split()
)
MEMBER_TITLES |= frozenset(w.casefold() for w in MEMBER_TITLES)
# (Arabic: "the deputy", a title split from the name after a form of address, "السيد
# النائب أحمد بناني")
MEMBER_TITLES |= frozenset(("النائب", "النائبة"))
# Chairs of a committee or a sitting in the languages without spaces: the title before or
# after the name ("委員長（山田太郎君）", "中村委員長代理", "위원장 김철수") chairs; unlike
# "主席" or "President" it is never a head of state.
CJK_CHAIRS = (
    "委員長",
    "委员长",
    "委員長代理",
    "座長",  # (Japanese: who chairs an advisory council, "（高橋座長）")
    "座長代理",
    "議長",
    "议长",
    "副議長",
    "위원장",
    "의장",
    "위원장대리",
    "司会",
    "司会者",
    "사회자",
    # (the presiding judge of a Chinese court's panel, who gives the parties the floor)
    "审判长",
    "審判長",
)

# The opening of a show: its speaker hosts it.
WELCOME_SHOW = lazy(
    r"(?i)\b(?:welcome (?:back )?to|willkommen (?:bei|zu|zur|zum)|bienvenid[oa]s? a|"
    r"bienvenue (?:à|dans|sur)|welkom bij|benvenut[io] a|bem-vind[oa]s? (?:ao|à|a)|"
    r"selamat datang di|witamy w|vítejte v|välkommen till|velkommen til|"
    r"добро пожаловать)\b"
    # (Turkish puts the welcome after the show's name: "Kırk Ambar'a hoş geldiniz")
    r"|\w'(?:a|e|ya|ye|na|ne) hoş geldiniz\b"
    r"|\b(?:this is|you're listening to|you are listening to)\b.{0,60}\b(?:podcast|show|programme|program)\b"
)
# (what a show's welcome names: the show by its name, or by a word for a show)
_SHOW_WORDS = lazy(
    r"(?i)\b(?:show|podcast|programme|program|episode|edition|sendung|folge|émission|"
    r"programa|episodio|episódio|podcastu?|programu?|pořadu|bölüm)\b"
)
_WELCOMED_ARTICLES = frozenset(
    "the this our another a an el la los las le les l' der die das den dem zum zur bei "
    "o os as ao à al del di w v".split()
)


def welcomes_show(text: str) -> bool:
    """``text`` opens a show: a welcome to it by its name ("Welcome to Capital Debate",
    "Bem-vindos ao Ofícios", "Kırk Ambar'a hoş geldiniz") or by a word for a show ("welcome
    to the podcast"), not to a press conference or a meeting ("Selamat datang di konferensi
    pers", "Welcome to today's briefing"), whose opener chairs it."""
    m = WELCOME_SHOW.search(text)
    if m is None:
        return False
    if "hoş geldiniz" in m.group(0) or _SHOW_WORDS.search(m.group(0)) is not None:
        return True  # (the show's name before the welcome, or a show's word in the match)
    words = text[m.end() : m.end() + 80].split()
    while words and words[0].casefold() in _WELCOMED_ARTICLES:
        words.pop(0)
    if words and words[0][:1].isupper():
        return True
    return _SHOW_WORDS.search(text, m.end(), m.end() + 60) is not None


# "I'm Emma", "my name is ...", "ich bin ...", "je suis ...", "soy ...": a self-introduction
# (Turkish "Ben Elif", "Ben de Burak", "Merhaba, ben ..." at a sentence's start or after a
# greeting's comma only: "Ben" is a given name)
SELF_INTRO = lazy(
    r"(?i)(?:\b(?:i'm|i’m|i am|my name is|this is|ich bin|mein name ist|je suis|je m'appelle|"
    r"soy|me llamo|mi nombre es|ik ben|mijn naam is|sono|mi chiamo|meu nome é|eu sou|"
    r"nazywam się|jmenuji se|jag heter|jeg hedder|jeg heter|benim adım|nama saya|"
    r"меня зовут|мене звати)|(?:(?:^|(?<=[.!,] ))(?-i:Ben)|(?<=, )(?-i:ben))(?: de| da)?)\s+"
    r"([^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*)?)"
)
# A meeting with the public: its opener moderates.
# (and a council's or a chamber's question time, whose opener chairs it: "Welcome to public
# question time", "Velkommen til spørgetiden", "Wir kommen zur Einwohnerfragestunde")
TOWN_HALL = lazy(
    r"(?i)\b(?:town hall|town meeting|public meeting|bürgerversammlung|question time|"
    r"spørgetid(?:en)?|spørretim(?:e|en)|frågestund(?:en)?|\w*fragestunde|vragenuur)\b"
)
# Words of a debate's opening: its opener moderates and the candidates answer.
DEBATE = lazy(
    r"(?i)\b(?:debate|debates|debatte|débat|debat|dibattito|candidates?|"
    r"kandidat(?:en|innen)?|candidat(?:e|s|es)?|candidatos?|kandidaten|बहस|விவாத)\b"
)
