"""Names in labels: does a label look like a speaker, and how does it split.

A label such as ``US Secretary of State Antony Blinken`` splits into a title
(``US Secretary of State``) and a name (``Antony Blinken``); ``MR. KIRBY`` into an
honorific and a surname; ``ALEXI HOROWITZ-GHAZI, HOST`` into a name and a role word.
Display names are put in natural case (``McCONNELL`` -> ``McConnell``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from .._regex import lazy
from .roles import CHORUS_LABELS, is_chorus

# Honorifics: said before a name, never part of it.
HONORIFICS = frozenset(
    "mr mrs ms miss mx dr prof sir dame lord lady rev fr sr hon the"
    # (Tamil: Mr, Mrs, Miss, the Honourable, as the Tamil Nadu Assembly prints its members)
    " திரு திருமதி செல்வி மாண்புமிகு"
    # (Tamil: Doctor, of a doctorate, before a scholar's name)
    " முனைவர்"
    # (Hausa: Doctor, Professor, as "Dr" is said)
    " dakta farfesa"
    # (Amharic: Dr, Prof, Engineer, Mr, Mrs, Miss; abbreviated with a slash, "ዶ/ር" for ዶክተር)
    " ዶ/ር ፕ/ር ኢ/ር አቶ ወ/ሮ ወ/ት"
    # (Bengali: the Honourable, before an office: "মাননীয় অধ্যক্ষ", the Honourable Speaker)
    " মাননীয়"
    # (the Church of England's: "The Rt Revd", "The Revd Canon Dr", "The Ven")
    " revd rt canon ven venerable"
    # (Croatian "dr. sc.", "mr. sc.": a doctor, a master of science)
    " sc"
    # (Malay: Mr, Mrs, and the pilgrim's honours, as the Dewan Rakyat prints its members:
    # "Puan Hajah Rosnah binti Jaafar", "Tuan Haji Razali bin Osman")
    " tuan puan haji hajah"
    # (Swahili: Doctor, as "Dkt.", and Ndugu, Mr or comrade, as "Ndg.", the Bunge prints them)
    " dkt ndg"
    # (the Honorable, as a record addresses a member: "honorable Senador Ana Ruiz")
    " honorable honorables"
    # (Romanian: Mr, Mrs, Miss, written out or short, as the Chamber's stenogram labels a
    # member: "Doamna Mirela Pop", "Domnul Ion Rusu", "Dl. Rusu")
    " domnul doamna domnișoara domnisoara dl dna"
    # (Māori: the respect said to an elder before the name, in te reo and in New Zealand
    # English: "Whaea Ngaire", aunty or mother; "Matua Rawiri", father; "Koro", "Kuia")
    " whaea matua koro kuia"
    # (Malagasy: Mrs and Mr, as the National Assembly's record addresses its chair and
    # members: "Ramatoa Filoha", "Andriamatoa Minisitra")
    " ramatoa andriamatoa"
    # (Italian: avvocato, avvocata, counsel's address before the name in a court's record:
    # "DIFESA, AVV. CONTI", "Avv. Marta Conti"; Spanish and Portuguese: doctora, "Dra. Marín")
    " avv dra".split()
)

# Forms of address said after a name (Basque: Mr, Mrs, Ms, and their ergative forms, as
# the Basque Parliament's record labels a member: "ZABALETA ARRIETA andreak")
POSTPOSED_HONORIFICS = frozenset("jauna jaunak andrea andreak".split())
# Doctor written out in Persian and Urdu, Hindi, before a name ("دکتر کامران صدری")
CASELESS_DOCTOR = frozenset("دکتر ڈاکٹر डॉक्टर".split())
# ... and in scripts without case: Hindi's and Urdu's respect after a given name, "सुनीता
# जी", "साहब", "احمد صاحب", "جی" (a label "सुनीता जी:" is the guest named in full before)
CASELESS_POSTPOSED = frozenset("जी साहब साहिब جی صاحب".split())

# Office and rank words that form a title before a name (matched case-insensitively,
# dots removed). "of", "the", "for", "and" join them: "Secretary of State".
TITLE_WORDS = frozenset(
    """
    us u.s uk eu un nato white house senate national federal state deputy assistant associate
    secretary minister prime president vice chair chairman chairwoman chairperson cochair
    co-chair ranking member senator sen rep representative congressman congresswoman
    congressmember assemblyman assemblywoman assemblymember councilman councilwoman councillor
    councilor alderman alderwoman selectman selectwoman
    councilmember delegate governor gov lieutenant lt mayor ambassador envoy special
    general gen admiral adm colonel col major maj captain capt commander cmdr sergeant sgt coach
    officer chief justice judge magistrate commissioner director spokesperson spokesman
    spokeswoman press security communications coordinator adviser advisor counselor
    counsellor attorney atty solicitor advocate chancellor provost dean professor principal
    foreign defense defence treasury finance health homeland interior education energy
    commerce labor labour agriculture transportation affairs environment justice trade
    economic economy home office cabinet leader majority minority whip clerk inspector
    superintendent sheriff detective agent executive ceo cfo coo cto founder cofounder
    chairman's king queen prince princess crown pope cardinal archbishop bishop rabbi imam
    pastor father sister brother high representative council committee commission board
    department agency bureau staff intelligence policy domestic international public relations
    manager pro tem
    """.split()
)


def caseless_letter(c: str) -> bool:
    """A letter of a script without case (CJK, kana, Hangul, Arabic, Hebrew ...), or of
    Georgian, whose capitals (Mtavruli) running text does not use."""
    return (c.isalpha() and c.lower() == c.upper() and not c.isascii()) or "\u10d0" <= c <= "\u10ff"


_JOINERS = frozenset({"of", "the", "for", "and", "on", "to", "&"})
# words of a place that open a title only before a title word ("City Manager", "County Clerk")
_PLACE_TITLES = frozenset({"city", "county", "town", "village", "borough"})
# (and a court's or a tribunal's kind before "Judge": "Employment Judge Roe", "District Judge
# Lee", "Immigration Judge", "Bankruptcy Judge")
_PLACE_TITLES |= frozenset(
    "employment district circuit immigration tribunal bankruptcy magistrate".split()
)
# the offices a portfolio follows ("MINISTER OF POLICE", "Secretary for Health")
GOVERNMENT_OFFICES = frozenset(("minister", "secretary"))
# the same inside a German office, after its title only (in prose they join nouns too)
_OFFICE_JOINERS = frozenset({"für", "und", "des", "im"})

# Titles and forms of address of other languages, split from names in labels (``Mevrouw
# Gerkens``, ``Vizepräsident Windelen``, ``Dr. de With, Parl. Staatssekretär``, ``el señor
# Ministro``). Kept apart from TITLE_WORDS, which also decide what looks like a label.
# (A German city council's offices too: "Oberbürgermeister", "Stadträtin", "Berufsm.
# Stadtrat", a councillor in office by appointment; a Bengali assembly's Speaker and Deputy
# Speaker, "অধ্যক্ষ", "উপাধ্যক্ষ"; Somali, Swahili and Hausa titles before a name, "Wasiir",
# "Rais", "Gwamna": not the forms a portfolio follows, "Wasiirka Biyaha", "Waziri wa Ujenzi".)
WORLD_TITLES = frozenset(
    """
    herr herrn frau fräulein kollege kollegin abgeordneter abgeordnete abgeordneten parl
    parlamentarischer parlamentarische staatssekretär staatssekretärin staatsminister
    staatsministerin bundesminister bundesministerin minister ministerin bundeskanzler
    bundeskanzlerin kanzler kanzlerin präsident präsidentin vizepräsident vizepräsidentin
    alterspräsident ministerpräsident ministerpräsidentin senatorin bürgermeister
    bürgermeisterin rechtsanwalt rechtsanwältin staatsanwalt staatsanwältin richter richterin
    angeklagter angeklagte verteidiger verteidigerin zeuge zeugin schriftführer schriftführerin
    sachverständiger sachverständige bezirksanwalt bezirksanwältin
    oberbürgermeister oberbürgermeisterin stadtrat stadträtin gemeinderat gemeinderätin
    bezirksrat bezirksrätin kreisrat kreisrätin landrat landrätin stadtverordneter
    stadtverordnete ratsherr ratsfrau beigeordneter beigeordnete berufsm berufsmäßiger
    berufsmäßige
    heer mevrouw mevr dhr staatssecretaris minister-president voorzitter vicevoorzitter
    kamerlid premier burgemeester
    borgmester borgmästare ordfører ordförande formand formann rådmand statsminister statsråd statsrådet
    ordföranden talmannen kommunalråd kommunalrådet oppositionsråd oppositionsrådet statsministern
    προεδρεύων προεδρευων προεδρεύουσα προεδρευουσα πρόεδρος προεδρος υπουργός υπουργος
    υφυπουργός υφυπουργος
    pormestari puheenjohtaja ministeri puhemies varapuhemies edustaja kansanedustaja talman
    esimees aseesimees priekšsēdētājs priekšsēdētāja ministrs ministre deputāts deputāte
    mag mag.a dr.in di.in ing.in mhe mheshimiwa spika mwenyekiti
    wasiir madaxweyne guddoomiye xildhibaan agaasime rais mbunge gwamna minista shugaba sanata
    depiote
    señor señora señorita sr sra srta don doña licenciado licenciada lic ing ingeniero
    ingeniera doctor doctora secretario secretaria relator relatora ejecutivo ejecutiva executivo executiva subsecretario subsecretaria ministro ministra diputado
    diputada senador senadora presidente presidenta vicepresidente vicepresidenta
    compañero compañera gobernador gobernadora canciller alcalde alcaldesa portavoz vocero vocera concejal concejala
    m mme mlle monsieur madame mademoiselle ministre député députée sénateur sénatrice
    président présidente secrétaire porte-parole maître me maire adjoint adjointe
    rapporteur rapporteure préfet préfète procureur procureure
    bourgmestre échevin échevine
    juge greffier greffière vice-président vice-présidente juez jueza magistrado magistrada
    signor signore signora sig sigra dott dottor dottoressa onorevole on sottosegretario
    senatore senatrice
    deputato deputata ministro assessore assessora consigliere consigliera
    sindaco sindaca vicesindaco vicesindaca consiglio giunta
    predsjednik predsjednica potpredsjednik potpredsjednica ministar ministrica
    pirmininkas pirmininkė ministras ministrė
    sr senhor senhora deputado deputada secretário secretária
    técnico técnica treinador treinadora assessor assessora capitão capitã
    pan pani poseł posłanka marszałek wicemarszałek sekretarz podsekretarz
    przewodniczący przewodnicząca wiceprzewodniczący wiceprzewodnicząca radny radna
    zastępca zastępczyni prezydent burmistrz wójt starosta skarbnik naczelnik dyrektor
    dyrektorka kierownik kierowniczka
    předseda předsedající místostarosta starosta primátor náměstek náměstkyně radní
    zastupitel zastupitelka ředitel ředitelka primátorka starostka
    shri shrimati smt kumari sushri
    llywydd lywydd dirprwy prif gweinidog weinidog ysgrifennydd trefnydd
    голова член міністр заступник депутат министр председатель
    elnök alelnök államtitkár miniszter képviselő tajomník tajomníčka
    conseller consellera diputat consejero consejera conselleiro conselleira
    lehendakari lehendakaria lehendakariak lehendakariorde lehendakariordea lehendakariordeak
    sailburu sailburua sailburuak legebiltzarkide legebiltzarkidea legebiltzarkideak
    ministr ministryně předseda předsedkyně místopředseda místopředsedkyně poslanec poslankyně
    עו"ד עוה"ד כב' כבוד השופט השופטת שופט שופטת מר גב' גברת ד"ר פרופ' פרופסור
    היו"ר יו"ר
    sayın başkan başkanı başkani bakan bakanı bakani milletvekili
    basın sözcüsü sözcü kaptan teknik direktör direktörü antrenör
    دکتر مهندس آقای خانم ড ডা ডক্টর
    অধ্যক্ষ উপাধ্যক্ষ
    moderator moderatorin moderatorn programledare modérateur modératrice moderador moderadora
    juontaja toimittaja műsorvezető saatejuht
    o-ton
    moderatore moderatrice
    მინისტრი პრემიერ-მინისტრი მოადგილე თავმჯდომარე დეპუტატი ელჩი
    taoiseach tánaiste cathaoirleach leas-chathaoirleach ceann leas-cheann comhairle aire taire
    seanadóir teachta
    malam malama alhaji hajiya
    barrister
    অধ্যাপক প্রফেসর ব্যারিস্টার অ্যাডভোকেট
    ආචාර්ය මහාචාර්ය වෛද්‍ය
    mtra mtro profr profra c.p arq regidor regidora síndico síndica tesorero tesorera
    economista econ abogado abogada arquitecto arquitecta lcdo lcda magíster arquiteto arquiteta
    usec asec sec undersecretary under-secretary municipal commissaire conseil
    nënkryetar nënkryetari nënkryetarja nënkryetare kryetar kryetari kryetarja kryetare
    kryesuesi kryesuesja
    ministri ministrja ministre deputeti deputetja
    председател заместник-председател министър
    vazir oʻrinbosari o‘rinbosari o'rinbosari hokim
    nazir naziri müavini
    onor l-onor onorevoli l-onorevoli sur is-sur sinjura is-sinjura
    mnu umnu mnumzane nkk unkk nkosikazi nksz unksz nkosazana dkt udkt gogo ugogo
    ọ̀jọ̀gbọ́n dókítà olóyè alàgbà
    репортер репортерка новинар новинарка đb
    madamm här д-р
    സംവിധായകൻ നിർമാതാവ് ਨਿਰਦੇਸ਼ਕ
    төрага төраға
    sanık sanik tanık tanik müşteki katılan av avukat vekili
    təqsirləndirilən şahid vəkil zərərçəkmiş
    srs srs'in srs’in srsin sts vors vorsitzender vorsitzende abg
    """.split()  # (Spanish and Portuguese professions said before a name, as Latin American
    # records label an official: "ECONOMISTA PABLO VINUEZA", "Arquiteta Ana Lopes";
    # Finnish, Hungarian, Estonian: a show's host or journalist before the name,
    # "Juontaja Laura Heikkilä", "Műsorvezető Kiss Anna", "Saatejuht Mari Tamm";
    # Uzbek and Azerbaijani: minister, deputy, governor: "Vazir oʻrinbosari ...";
    # Maltese: the Honourable, Mr, Mrs, with the article joined by a hyphen, "L-ONOR.";
    # isiZulu: Mr, Mrs, Miss, Dr and "Gogo" (granny), with or without the noun prefix "u";
    # Yoruba: Professor, Doctor, Chief, Elder; Malayalam, Punjabi: the director, producer;
    # Macedonian: the reporter, Dr, "Д-р"; Vietnamese: the deputy, "ĐB"; Luxembourgish:
    # Madam and Mr, said before a name in the speech, "der Madamm Carole Weis";
    # Kyrgyz and Kazakh: the chair; Turkish and Azerbaijani court records' and live pages'
    # parties before the name: the defendant, the witness, the complainant, the lawyer, "Av."
    # for Avukat: "Sanık Kemal Ö.", "Müşteki vekili Av. Deniz Aksoy", "Vəkil Aytən Quliyeva";
    # German records' short offices: the deputy government spokesman or spokeswoman, the
    # state secretary, the chair, the member, "SRS'in Lindqvist", "Vors. Brandt", "Abg. Roth")
)
# A show's role before a name, in English ("Anchor Priya Nair")
_SHOW_ROLE_TITLES = frozenset(("host", "anchor", "presenter"))
# Titles before a name in Indian scripts, which have no case: the anchor (Hindi, Punjabi,
# Telugu, Gujarati, Kannada: "యాంకర్ స్వాతి రావు"), the spokesperson, the secretary, the
# minister, the ambassador (Hindi). Only before a name: alone, as "एंकर:", the word is a
# label of its own that plausible_name reads as any word of a script without case.
CASELESS_TITLES = frozenset("एंकर ਐਂਕਰ యాంకర్ એન્કર ಆ್ಯಂಕರ್ ಆಂಕರ್ प्रवक्ता सचिव मंत्री राजदूत".split())
# Offices in scripts without case that a bracket with their holder may follow, as
# assemblies print a minister or the chair: Urdu and Persian "وزیر" (minister), Arabic
# "وزير", Urdu "اسپیکر"/"سپیکر" (the Speaker), "ڈپٹی اسپیکر"; Thai compounds opening with
# "ประธาน" (chair), "รัฐมนตรี" (minister), "รอง" (deputy)
CASELESS_OFFICES = ("وزیر", "وزير", "اسپیکر", "سپیکر", "ڈپٹی", "ประธาน", "รัฐมนตรี", "รอง")
# Thai forms of address, written onto the given name ("นายสมชาย", "นางสาวสุดา")
_THAI_ADDRESSES = ("นางสาว", "นาย", "นาง")
# Malay offices, their portfolio after them with no joiner ("Menteri Kesihatan", "Timbalan
# Menteri Pengangkutan"): an office before a bracket that holds its holder, never a title
# before a name (the word after them is the portfolio)
_MALAY_OFFICES = frozenset(("menteri", "timbalan", "setiausaha"))
# Offices of the Oireachtas, said with the Irish article "An" ("An Taoiseach", "An Ceann
# Comhairle", "An tAire"): there "an" is no English article opening prose
_IRISH_OFFICES = frozenset(
    "taoiseach tánaiste cathaoirleach leas-chathaoirleach ceann leas-cheann aire taire".split()
)
# Role words that close a comma tail after a name: "WOLF BLITZER, CNN ANCHOR".
_TRAILING_ROLES = frozenset({"host", "anchor", "correspondent", "reporter", "moderator"})
# Forms of address, said before a name like Mr. and Ms. (Indonesian's Mr and Mrs, "Bapak
# Yusuf Harahap", "Ibu Dewi Kartika", as a public expose names who asks; Bengali's as the West Bengal
# assembly prints its members: Mr, Mrs, Miss, Ms, Dr, and "মহঃ", Md. for Mohammad; Punjabi's
# and Malayalam's Shri, Shrimati, Dr, Prof; Yoruba's Mr and Mrs; Telugu's, Gujarati's,
# Kannada's and Odia's Dr, Shri, Shrimati, Kumari, as Indian papers and channels print a
# guest's: "డా. కె. రాము", "ડૉ. મીના શાહ", "ಶ್ರೀ ಎಂ. ರಾಜು")
ADDRESS = _ADDRESS = frozenset(
    """
    herr frau fräulein mevrouw mevr dhr señor señora señorita sr sra srta don doña m mme mlle
    monsieur madame mademoiselle signor signore signora sig sigra senhor senhora
    pan pani shri shrimati smt kumari sushri
    श्री श्रीमती कुमारी सुश्री डॉ
    ਸ੍ਰੀ ਸ਼੍ਰੀ ਸ੍ਰੀਮਤੀ ਸ਼੍ਰੀਮਤੀ ਡਾ ਪ੍ਰੋ ശ്രീ ശ്രീമതി ഡോ
    ọ̀gbẹ́ni arábìnrin
    শ্রী শ্রীমতী কুমারী সুশ্রী ডাঃ ডঃ ড০ মহঃ
    డా శ్రీ శ్రీమతి కుమారి ડૉ ડો શ્રી શ્રીમતી કુમારી ಡಾ ಶ್ರೀ ಶ್ರೀಮತಿ ಕುಮಾರಿ ଶ୍ରୀ ଶ୍ରୀମତୀ डा
    السيد السيدة الآنسة معالي سعادة فخامة سمو الشيخ الشيخة الأستاذ الأستاذة المهندس المهندسة
    الدكتور الدكتورة د آقای خانم جناب سرکار سيدي سيدتي محترم محترمہ
    datuk dato' datin encik
    bapak bpk ibu
    malam malama alhaji hajiya
    """.split()
)
# Arabic titles, with the article, that a family name may follow ("الوزير العتيبي"); an
# adjective may follow them too ("الرئيس التنفيذي"), so only the text's full name decides
ARABIC_TITLES = frozenset(
    "الوزير الوزيرة الرئيس الرئيسة النائب النائبة السفير السفيرة المستشار المستشارة اللواء "
    "العميد العقيد".split()
)
# Forms of address of two words: "De heer Hessels", "la señora Ruiz", "el señor López".
_TWO_WORD_ADDRESS = frozenset(
    {
        ("de", "heer"),
        ("la", "señora"),
        ("el", "señor"),
        ("la", "señorita"),
        ("la", "signora"),
    }
    # (the Portuguese Assembleia's: "O Sr. Rui Lopes", "A Sr.ª Ana Lopes", "A Sra. Ana Lopes")
    | {("o", "sr"), ("a", "sr"), ("a", "sra"), ("o", "senhor"), ("a", "senhora")}
    # (the Galician Parliament's: "O señor RIVAS FERREIRO", "A señora OTERO LAGO")
    | {("o", "señor"), ("a", "señora")}
)
# Malay honours, said before the name ("Datuk Seri Haris Fadzil", "Tan Sri ...") and alone
# to the one who bears them ("Datuk Seri:")
TWO_WORD_HONOURS = frozenset(
    {
        ("datuk", "seri"),
        ("datuk", "sri"),
        ("dato'", "seri"),
        ("dato'", "sri"),
        ("dato", "seri"),
        ("dato", "sri"),
        ("datin", "seri"),
        ("tan", "sri"),
        ("puan", "sri"),
    }
)
_TWO_WORD_ADDRESS |= TWO_WORD_HONOURS
# Role words that may stand before a name and a comma: "Host, Anna Lee" (not "Reporter",
# "Question": an outlet may follow them)
_ROLE_BEFORE_NAME = frozenset(
    "host co-host cohost presenter interviewer moderator guest interviewee hos pengacara "
    "tetamu moderadora moderador entrevistador entrevistadora invitado invitada "
    "animateur animatrice invité invitée moderatorin".split()
)
# a reporter's word before the outlet and the name ("Reporter for City News, Sam Lee"),
# in the languages of broadcasters: English, Spanish, French, Portuguese, German, Italian,
# Arabic, Sorani Kurdish (the word bound to the outlet, "پەیامنێری ..."), Persian, Urdu
_REPORTER_BEFORE_NAME = frozenset(
    "reporter correspondent journalist corresponsal periodista reportero reportera"
    " correspondant correspondante journaliste repórter correspondente jornalista"
    " korrespondent korrespondentin reporterin corrispondente inviato inviata giornalista"
    " مراسل مراسلة صحفي صحفية پەیامنێر پەیامنێری خبرنگار رپورٹر نامہ".split()
)
_OUTLET_JOIN = frozenset("for of from at with de du da do des della di von für bei".split())
# Titles written after a name in Chinese and Japanese labels (``陳家洛議員``, ``…局長``).
CJK_TITLE_SUFFIXES = (
    "議員",
    "议员",
    "局長",
    "局长",
    "司長",
    "司长",
    "部長",
    "部长",
    "長官",
    "长官",
    "主席",
    "副主席",
    "議長",
    "议长",
    "座長",  # (Japanese: the chair of an advisory council or a study group)
    "委員長",
    "委员长",
    "委員",
    "委员",
    "大臣",
    "總理",
    "总理",
    "首相",
    "知事",
    "市長",
    "市长",
    "先生",
    "女士",
    "小姐",
    "教授",
    "博士",
    "記者",
    "记者",
    "署長",
    "署长",
    "處長",
    "处长",
    "主任",
    "秘書長",
    "秘书长",
    # (Japanese offices in a record's labels: "○大西国務大臣", "○石川政府参考人")
    "国務大臣",
    "副大臣",
    "大臣政務官",
    "政府参考人",
    "参考人",
    # (an advisory council's and a ministry's posts: "（高橋座長）", "（事務局（森田課長））")
    "副座長",
    "座長",
    "構成員",
    "副会長",
    "会長",
    "審議官",
    "課長",
    "室長",
    # (a company's officers at its press conference: "田中社長", "王董事长", "李总经理")
    "代表取締役社長",
    "社長",
    "副社長",
    "専務",
    "常務",
    "取締役",
    "董事长",
    "总经理",
    "总裁",
    "さん",
    "氏",
    "君",
    "様",
    # Korean
    "위원장",
    "위원",
    "의원",
    "의장",
    "장관",
    "차관",
    "대표",
    "총리",
    # (a briefing's speakers: "박 대변인", "김 차장", "이 수석")
    "대변인",
    "차장",
    "실장",
    "수석",
)
_CJK_TITLES = frozenset(CJK_TITLE_SUFFIXES)
# (the suffixes of two characters or more: a label ending in one is a name and its title)
_CJK_LONG_SUFFIXES = tuple(t for t in CJK_TITLE_SUFFIXES if len(t) > 1)
_CJK_LONG_SUFFIXES_LONGEST = tuple(sorted(_CJK_LONG_SUFFIXES, key=len, reverse=True))
CJK_OFFICE_END = "局部會会處处署院司廳厅委組组室所"

# Role words that follow a name after a comma or stand alone as a label.
ROLE_WORDS: dict[str, str] = {
    "host": "interviewer",
    "co-host": "interviewer",
    "cohost": "interviewer",
    "byline": "interviewer",
    "interviewer": "interviewer",
    "reporter": "interviewer",
    "correspondent": "interviewer",
    "anchor": "interviewer",
    "presenter": "interviewer",
    # (a broadcast's host and its own reporter after the name in Spanish, French and
    # Portuguese: "LUCÍA ARMENTEROS, PRESENTADORA", "IVÁN REQUENA, CORRESPONSAL")
    "presentador": "interviewer",
    "presentadora": "interviewer",
    "présentateur": "interviewer",
    "présentatrice": "interviewer",
    "apresentador": "interviewer",
    "apresentadora": "interviewer",
    "corresponsal": "interviewer",
    "correspondant": "interviewer",
    "correspondante": "interviewer",
    "correspondente": "interviewer",
    # (isiZulu and isiXhosa radio: the presenter, the listener who calls in, the guest;
    # their brackets name the person, "UMSAKAZI (Thandeka Mkhize)")
    "umsakazi": "interviewer",
    "umsasazi": "interviewer",
    "umlaleli": "interviewer",
    "umphulaphuli": "interviewer",
    "isivakashi": "interviewee",
    "undwendwe": "interviewee",
    "question": "interviewer",
    "q": "interviewer",
    # (the question in Hindi and Marathi, Gujarati, Telugu, Kannada: "प्रश्न (name, outlet)")
    "प्रश्न": "interviewer",
    "પ્રશ્ન": "interviewer",
    "ప్రశ్న": "interviewer",
    "ಪ್ರಶ್ನೆ": "interviewer",
    "guest": "interviewee",
    "interviewee": "interviewee",
    # (a podcast's or a show's host and guest in Hindi and Persian, Urdu: "होस्ट (name):",
    # "मेहमान", "میزبان (name):", "مهمان", "مہمان"; the presenter, "مجری")
    "होस्ट": "interviewer",
    "मेज़बान": "interviewer",
    "मेजबान": "interviewer",
    "अतिथि": "interviewee",
    "मेहमान": "interviewee",
    "میزبان": "interviewer",
    "مجری": "interviewer",
    "مهمان": "interviewee",
    "مہمان": "interviewee",
    "answer": "interviewee",
    "a": "interviewee",
    "witness": "interviewee",
    "respondent": "interviewee",
    # (a BBC transcript's voice of an interview, named later by surname)
    "contributor": "interviewee",
    "moderator": "moderator",
    "presiding officer": "moderator",
    "the chair": "moderator",
    "the chairman": "moderator",
    "the chairwoman": "moderator",
    "the presiding officer": "moderator",
    "the court": "moderator",
    "the witness": "interviewee",
    "the deponent": "interviewee",
    "the judge": "moderator",
    # (an English inquest: the coroner presides, "THE ASSISTANT CORONER:")
    "the coroner": "moderator",
    "the assistant coroner": "moderator",
    "the senior coroner": "moderator",
    "the area coroner": "moderator",
    "narrator": "other",
    "announcer": "other",
    "audience": "other",
    "audience member": "interviewer",  # (who asks from the floor at a talk's questions)
    "crowd": "other",
    "participant": "other",
    "unknown speaker": "unknown",
    "unidentified speaker": "unknown",
    "unidentified male": "unknown",
    "unidentified female": "unknown",
    "male voice": "unknown",
    "female voice": "unknown",
    "voice": "unknown",
    "operator": "moderator",
    "operadora": "moderator",
    "operador": "moderator",
    "clerk": "other",
    "the clerk": "other",
    "caller": "other",
}

# Words that open prose, headers or credits, never a speaker label. (Persian and Arabic: an
# episode, "قسمت ۱۸: ...", "الحلقة 4: ...", its publication, "انتشار: ۲۴ مهر")
NOT_NAMES = frozenset(
    """
    note notes nb ps update updated correction corrections editor editors editor's source sources
    title subtitle date time from to cc bcc subject re fwd sent tags tag category categories
    keywords summary abstract description author authors by published posted filed location
    place music credits credit photo photos image images caption video audio watch listen
    read share related see also warning caution important tip hint step part chapter section
    figure fig table example examples disclaimer transcript episode season produced
    producer producers edited editing transcription topics topic agenda item items
    contents index appendix http https www email e-mail phone tel fax address website
    breaking exclusive live latest more advertisement sponsored copyright follow subscribe
    newsletter appearances participants present attendees panelists panel speakers cast
    guests contributors staff
    between parties
    მისამართი ტელეფონი ელფოსტა წყარო ავტორი თარიღი
    het dit ik jij wij hij zij das ich wir
    autor autorka źródło quelle fuente fonte
    hinweis anmerkung nota notas aviso remarque avertissement avviso avvertenza uwaga
    примечание примітка opmerking huomautus
    aflevering folge épisode episodio episódio odcinek jakso avsnitt afsnit epizod bölüm
    выпуск серия
    قسمت انتشار حلقة الحلقة
    the a an this that these those here there what why how when where who which whose
    in on at for and but so or if my our your his her its their we i you he she it they
    let let's yes no well ok okay now then also just please thanks thank today yesterday
    tomorrow tonight first second third finally meanwhile however therefore bottom line
    quote unquote said says asked answered replied added
    honestly actually frankly clearly obviously seriously basically absolutely certainly
    exactly indeed sorry yeah sure
    morning afternoon evening hello hiya howya
    dann zum zur und aber noch nun jetzt dazu damit zunächst schließlich außerdem
    themen thema temas sujets argomenti tematy темы
    """.split()
)

# Words that count the points of a speech ("First: ...", "أولاً: ...", "Erstens: ..."), never
# a speaker when a label is that word alone (in a script without capitals the layout cannot
# tell them from a name). Only unambiguous adverbs: "Segundo" and "Primo" are names too.
# (Indonesian and Malay, Finnish, Hungarian too: "Ketiga: kami mulai ...", "Ensinnäkin:")
ENUMERATORS = frozenset(
    """
    first firstly second secondly third thirdly fourth fourthly fifth finally lastly
    premièrement deuxièmement troisièmement quatrièmement enfin
    erstens zweitens drittens viertens schließlich
    primeramente primeiramente segundamente terceiramente
    во-первых во-вторых в-третьих в-четвёртых в-четвертых наконец
    по-перше по-друге по-третє
    أولا أولاً ثانيا ثانياً ثالثا ثالثاً رابعا رابعاً خامسا خامساً أخيرا أخيراً
    اولا اولاً
    首先 其次 再次 最后 最後 第一 第二 第三 第四 第五 まず 次に 最後に 첫째 둘째 셋째 넷째 마지막으로
    birincisi ikincisi üçüncüsü
    pertama kedua ketiga keempat kelima terakhir ensinnäkin toiseksi kolmanneksi
    először másodszor harmadszor negyedszer
    ii iii iv vi vii viii ix xi xii
    """.split()
)
# (Roman numerals of two letters or more number a list's items, a witness panel's "II:";
# "I:" and "V:" are a research interview's marks)

# Generic labels: a voice, not a named person. Word lists looked up in sets (a case-blind
# alternation of them cost about 2 ms to compile in every process).


def _fold(s: str) -> str:
    # (case-folded, the Turkish dotless i as "i": "KONUŞMACI" is "konuşmacı")
    return s.casefold().replace("ı", "i")


# a voice numbered by a speech-to-text tool: "Speaker 2", "SPEAKER_05", "Guest 1b"
_NUMBERED_VOICES = frozenset(
    "speaker spkr person participant voice interviewer interviewee respondent guest caller".split()
)
# ... as the tools of other languages write it ("Sprecher 1", "Locutrice 2"; no letter after)
_NUMBERED_VOICES_OTHER = frozenset(
    _fold(w)
    for w in """sprecher sprecherin redner rednerin teilnehmer teilnehmerin locuteur locutrice
    intervenant orateur orador oradora hablante interlocutor interlocutora participante
    palestrante relatore partecipante spreker deelnemer talare taler deltager puhuja
    osallistuja mówca uczestnik говорящий спикер участник konuşmacı katılımcı
    说话人 說話人 说话者 說話者 发言人 發言人 話者 화자 참석자""".split()
)  # (Chinese, Japanese and Korean tools: Feishu's "说话人 3", "发言人1", "話者 2", "참석자 1")
_GENERIC_NAMES = (
    frozenset(
        _fold(w)
        for w in (
            "unknown|unknown speaker|unidentified|unidentified speaker|unidentified male|"
            "unidentified female|unidentified man|unidentified woman|unidentified voice|"
            "male voice|male speaker|female voice|female speaker|participant|audience|"
            "audience member|crowd|multiple speakers|"
            "q|a|question|answer|interviewer|interviewee|moderator|host|guest|narrator|announcer|"
            "ש|ת|"  # (Hebrew question and answer marks)
            # (the question in Hindi and Marathi, Gujarati, Telugu, Kannada: "प्रश्न (name,
            # outlet):", as a briefing or a paper labels who asks)
            "प्रश्न|પ્રશ્ન|ప్రశ్న|ಪ್ರಶ್ನೆ|"
            "operator|reporter|caller|the chair|the chairman|the chairwoman|the clerk|clerk|"
            "presiding officer|the presiding officer|witness|the court|the judge|the witness|"
            "the coroner|the assistant coroner|the senior coroner|the area coroner"
        ).split("|")
    )
    | CHORUS_LABELS
)
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_CHORUS_FIRST_WORDS = frozenset(w.partition(" ")[0] for w in CHORUS_LABELS)


def _generic(name: str) -> bool:
    """``name`` (markup stripped) is a voice, not a person: see the sets above."""
    s = _fold(name)
    if s in _GENERIC_NAMES:
        return True
    if " " in s and s.partition(" ")[0] in _CHORUS_FIRST_WORDS and is_chorus(s):
        return True  # (a chorus and where it sits: "Des voix de l'opposition")
    end = len(s)
    letter = end > 1 and s[-1] in _ASCII_LOWER  # ("Guest 1b", "Speaker A")
    if letter:
        end -= 1
        word = s[:end]
        if word[-1:] in (" ", "_"):
            word = word[:-1]
        if word == "speaker":  # ("Speaker A", "SPEAKER_B", "SpeakerC")
            return True
    digits = end
    while digits > 0 and end - digits < 3 and s[digits - 1].isdecimal():
        digits -= 1
    if digits == end or digits == 0 or s[digits - 1].isdecimal():
        return False  # (no number, or one of more than three digits)
    word = s[:digits]
    if word[-1] in " _-":
        word = word[:-1]
    return word in _NUMBERED_VOICES or (not letter and word in _NUMBERED_VOICES_OTHER)


_TIMESTAMP = lazy(r"[\[(]?-?\d{1,2}(?::\d{2}){1,3}(?:[.,]\d+)?[\])]?")
_PAREN = lazy(r"\s*[(（]([^()（）]{1,90})[)）]\s*$")
# A party in brackets after a name, then an office after a comma: "Jesper Holm (V), formand
# for ..." (the party is the affiliation, the office the role)
_PAREN_BEFORE_ROLE = lazy(
    r"(?P<name>[^(),（）]{2,60}?)\s*[(（](?P<party>[^()（）,]{1,20})[)）]\s*,\s*(?P<role>[^()（）]{2,100})"
)
# A role after a name set off by a dash instead of a comma: "Satya Nadella -- Chairman"
# (a spaced dash, or the Arabic script's comma: "مراسل قناة الشرق، أحمد سالم")
_ROLE_SEP = lazy(r"[ \t]+(?:--?|–|—)[ \t]+|،")
# A Japanese record's label: the office, then the person in full-width parentheses with
# an honorific suffix: "委員長（山田太郎君）", "国務大臣（鈴木花子君）"
# (a company's officer gives the post too: "議長（代表取締役社長　藤井誠一）")
_OFFICE_AND_NAME = lazy(
    r"(?P<office>[^\s（）]{1,20})（(?:[^\s（）]{2,20} )?(?P<name>[^\s（）]{1,20}?)(?:君|氏|さん)?）"
)
# a reporter's word before the outlet and the surname in brackets (Japanese, Chinese)
_CJK_REPORTERS = frozenset(("記者", "记者", "質問者", "提问者"))
_WORD_OK = lazy(
    r"^[^\W\d_](?:[\w'’.\-\u0300-\u036f\u064b-\u065f\u0900-\u0eff\u1000-\u109f\u1780-\u17ff\u200c\u200d]"
    r"|\"(?=[\u05d0-\u05ea]))*\.?$|^\d{1,3}$|^&$"  # (Hebrew gershayim: "עו\"ד")
)
# Invisible format characters that may sit inside a label: zero-width space, bidi marks, BOM.
_INVISIBLE = lazy("[\u200b\u200e\u200f\u2060\ufeff]")


@lru_cache(maxsize=4096)
def strip_markup(name: str) -> str:
    """Remove markdown emphasis, brackets and surrounding punctuation from a label name."""
    name = _INVISIBLE.sub("", name).strip().strip("*_#>[]").strip()
    return " ".join(name.split())


@lru_cache(maxsize=4096)
def is_generic(name: str) -> bool:
    """``Speaker 1``, ``SPEAKER_05``, ``Q``, ``Unknown Speaker``, ``MODERATOR`` ..."""
    return _generic(strip_markup(name))


def is_all_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


# a minister's title compounded with the portfolio, as Finnish, Swedish and German write it
# ("terveysministeri", "utbildningsminister", "Opetusministeri")
COMPOUND_TITLE_ENDS = ("ministeri", "minister", "ministerin", "ministern")
# any post compounded so, as German, the Scandinavian languages, Dutch and Estonian write
# a title before a name ("Cheftrainer Lukas Brenninkmeyer", "Statssekretær Henrik Vold",
# "Pressiesindaja Triin Mägi"): the minister's, and a director's, a coach's, a secretary's,
# an adviser's, a spokesman's, a chief's (long words only: not a short surname)
COMPOUND_POST_ENDS = COMPOUND_TITLE_ENDS + tuple(
    """
    trainer trainerin direktor direktorin sekretær sekretärin sekreterare
    sekretaris rådgiver rådgivar rådgivare sprecher sprecherin talsperson woordvoerder
    präsident präsidentin president presidentti leiter leiterin voorzitter esindaja
    nõunik juhataja führer führerin vorsitzender vorsitzende
    """.split()
)
# the parties of the Eduskunta, in lower case after a member's name ("Ann Lee sd:")
FI_PARTY_CODES = frozenset("sd kok ps kesk vihr vas r kd liik saml sannf c gröna vänst sv".split())

# the sections of an earnings call's and a briefing's transcript ("Prepared Remarks:",
# "Questions and Answers:", "Call Participants:"), headings that end with a colon
_SECTION_HEADS = frozenset(
    (
        "prepared remarks|questions and answers|questions & answers|question-and-answer session|"
        "question and answer session|call participants|corporate participants|"
        "conference call participants|opening remarks|closing remarks|presentation"
    ).split("|")
)


def is_section_head(name: str) -> bool:
    """``name`` (a colon label's) is the heading of a transcript's section."""
    return len(name) < 40 and " ".join(name.split()).casefold() in _SECTION_HEADS


# (and Galician's, whose records print the article too: "A señora BARREIRO VIDAL")
_PT_ADDRESSES = frozenset("sr sra srs sras srta dr dra senhor senhora señora".split())


def _inner_abbreviation(low: str) -> bool:
    """``prof.ssa``, ``dott.ssa``, ``sig.ra``, ``dr.sc``: a title or a form of address cut
    short, its period, then an ending of one to three letters (a name has no period inside)."""
    head, _, end = low.partition(".")
    return (
        1 <= len(end) <= 3
        and end.isalpha()
        and (head in HONORIFICS or head in _ADDRESS or head in WORLD_TITLES or head in TITLE_WORDS)
    )


def _norm_word(word: str) -> str:
    # (the ordinal mark of a Portuguese address is the abbreviation's: "Sr.ª" is "Sra.")
    return word.casefold().strip(".,;’'ªº")


def _procedural_note(tail: str) -> bool:
    """A note in lower case after a member's group: a few words of letters, no office."""
    words = tail.split()
    return 0 < len(words) <= 8 and words[0][0].islower() and all(w.isalpha() for w in words)


def _role_tail(tail: str) -> bool:
    """What follows a name's comma in a label: a role or an affiliation ("HOST",
    "Parl. Staatssekretär", "ARIZONA CARDINALS, U.S. ARMY" in capitals), not prose."""
    words = tail.split()
    if tail.count(",") == 0 and len(words) <= 4:
        return True
    # an office spelled out: "Parl. Staatssekretär beim Bundesminister der Justiz"
    if tail.count(",") == 0 and len(words) <= 8 and words[0][:1].isupper():
        return not any(w.endswith((".", "?", "!")) and len(w) > 6 for w in words[:-1])
    # an office in lower case, then whose ("trenér Rytíři Kladno Junior", "entraîneur du
    # Stade Rennais FC", "ministro de Economía"): a word of letters, a capitalised one later
    if (
        tail.count(",") == 0
        and len(words) <= 8
        and words[0].isalpha()
        and words[0].islower()
        and any(w[:1].isupper() for w in words[1:])
        and not any(w.endswith((".", "?", "!", ";", ":")) for w in words)
    ):
        return True
    # an office spelled out in full, in lower case, as parliaments print a minister's
    # ("ministre de l'économie, des finances et de la souveraineté industrielle", "ministro
    # de Hacienda y Función Pública"): an office's word, then what it is in charge of
    # (the word without the comma that parts it from the next office: "adjointe, rapporteure")
    first = words[0].casefold().rstrip(",") if words else ""
    if (
        (first in TITLE_WORDS or first in WORLD_TITLES)
        and len(words) <= 14
        and tail.count(",") <= 3
        and not any(w.endswith(("?", "!", ";", ":")) for w in words)
    ):
        return True
    # several parts, each a capitalised office or affiliation ("Vice President, Investor
    # Relations"), or a long one in capitals, as broadcast transcripts print them
    parts = [p.split() for p in tail.split(",")]
    if (
        len(words) <= 10
        and len(parts) <= 3
        and all(p and len(p) <= 5 and p[0][:1].isupper() for p in parts)
    ):
        return True
    return len(words) <= 10 and tail.count(",") <= 2 and is_all_caps(tail)


#: the last word of a credit's field ("Transcribed by:", "Transkribiert von:", "Transcrit
#: par :", "Transcrito por:"): no name ends with one
_CREDIT_ENDS = frozenset(("by", "von", "par", "por"))
# the last word of a roll's heading ("BOARD MEMBERS PRESENT:", "Staff in attendance:",
# "Membres présents :", "Concejales presentes:"): who was there, listed under it, no speaker
_ROLL_ENDS = frozenset(
    "present absent attending attendance excused anwesend abwesend présents présentes "
    "absents presentes ausentes presenti assenti obecni nieobecni aanwezig afwezig".split()
)


# a chat server's tags after a display name, and the role each says
_CHAT_TAGS = {
    "mod": "moderator",
    "moderator": "moderator",
    "moderador": "moderator",
    "moderadora": "moderator",
    "modérateur": "moderator",
    "host": "host",
}

# an academic title in brackets between a title and the name, as the Kenyan Parliament
# prints its members: "Sen. (Dr.) Wafula", "Hon. (Prof.) Otieno", "Sen. (Dkt.) Wafula"
_TITLE_BRACKET = lazy(r"(?<=[ \t])\([A-Z][A-Za-z]{1,4}\.\)[ \t]+(?=\w)")


def drop_title_brackets(core: str) -> str:
    """``core`` without academic titles in brackets inside it (see _TITLE_BRACKET)."""
    return _TITLE_BRACKET.sub("", core) if ".)" in core else core


_ROLE_HEAD_CHARS = 4


def _role_head(head: str) -> bool:
    """A label's head before a full-width colon is a role's word ("回答", "答", "質問")."""
    if not 0 < len(head) <= _ROLE_HEAD_CHARS or " " in head:
        return False
    from .roles import label_role  # (roles needs nothing of this module)

    return label_role(head.casefold()) is not None


def _asker_in_brackets(core: str) -> bool:
    """A phrase of a few words, then a person's name in brackets, maybe with a place or an
    outlet after a comma: who asks a question sent in ("Viewer question (Ann Lee, Leeds)",
    "Көрермен сұрағы (Гүлнар Әбенова, Шымкент)", "Pregunta de oyente (Ana Ruiz)")."""
    open_at = core.rfind(" (")
    if open_at <= 0:
        return False
    head, inner = core[:open_at].split(), core[open_at + 2 : -1].partition(",")[0].split()
    return (
        len(head) <= 3
        and head[0][:1].isupper()
        and 2 <= len(inner) <= 4
        and all(w[:1].isupper() for w in inner)
        and plausible_name(" ".join(inner)) == 2
    )


def _outer_bracket(core: str) -> str:
    """A bracket inside the closing bracket set aside: the holder's place after the holder
    ("The Chair (The Revd Canon Dr Ann Lee (Birmingham))" -> "The Chair (The Revd Canon Dr
    Ann Lee)", as the Church of England's Synod prints its chair)."""
    k = core.rfind("(", 0, len(core) - 2)
    return core[:k].rstrip() + ")" if k > 0 and core.find(")", k) == len(core) - 2 else core


# a verb of answering after a label's name and its holder in brackets, as a record of
# questions prints who answers ("The Bishop of Leeds (The Rt Revd Ann Lee) replied:",
# "Die Bürgermeisterin (Anna Roth) antwortet:"), and how a tail after it may open ("replied
# as Chair of the Finance Committee:")
_REPLY_VERBS = frozenset(
    "replied answered responded répond répondit antwortet antwortete risponde "
    "responde respondió".split()
)
_REPLY_TAILS = frozenset("as for on als für im pour en come".split())


def _without_reply(core: str) -> str:
    """``core`` without a verb of answering after its closing bracket (see _REPLY_VERBS)."""
    k = core.rfind(") ")
    if k <= 0:
        return core
    tail = core[k + 2 :].split(maxsplit=2)
    if (
        tail
        and tail[0].casefold() in _REPLY_VERBS
        and (len(tail) == 1 or tail[1].casefold() in _REPLY_TAILS)
    ):
        return core[: k + 1]
    return core


_LOWER_OFFICE_WORDS = 4


def _lower_office_holder(core: str) -> bool:
    """An office in lower case, then its holder's full name in brackets, as the Althingi
    prints a minister and the chair ("heilbrigðisráðherra (Ásmundur Einar Þórhildarson)",
    "forseti (Þórunn Sveinbjarnardóttir)"): every word before the bracket in lower case (a
    joiner such as "og" among them), two to five capitalised words inside."""
    open_at = core.find(" (")
    if open_at <= 0 or core.count("(") != 1:
        return False
    head, inner = core[:open_at].split(), core[open_at + 2 : -1].split()
    return (
        len(head) <= _LOWER_OFFICE_WORDS
        and all(w[:1].islower() and _WORD_OK.match(w) for w in head)
        and 2 <= len(inner) <= 5
        and all(w[:1].isupper() and _WORD_OK.match(w) for w in inner)
    )


# forms of address written after the name, in lower case, as the Basque Parliament prints
# its members ("ZABALETA ARRIETA andreak:", "LÓPEZ DE GUEREÑU jaunak:": Mrs, Mr, in the
# ergative case of the one who speaks; "andrea", "jauna" as they are addressed)
_ADDRESSES_AFTER = frozenset({"jauna", "jaunak", "andrea", "andreak"})


# the first word of a minister's office spelled out (see _office_spelled_out)
_OFFICE_FIRSTS = frozenset(
    """
    minister ministerin ministro ministra ministre ministr ministrs ministras
    ministrė ministar ministrica ministeri minisitra minisitry menteri министр министра
    міністр заместитель заступник начальник руководитель председатель голова
    secretary secretario secretaria secretário secretária
    prezes prezeska wiceprezes rzecznik rzeczniczka hovorca hovorkyňa portavoz porta-voz porte-parole sprecher
    sprecherin pressesprecher pressesprecherin woordvoerder woordvoerster речник речниця
    ministryně ministerka міністерка министърка министър министарка viceministr
    viceministryně wiceminister náměstek náměstkyně predseda predsedníčka podpredseda
    podpredsedníčka předseda předsedkyně místopředseda místopředsedkyně
    """.split()
)


# the word after it that says of what ("of", "de", Malagasy "ny" ...)
_OFFICE_OF = frozenset(
    "of for de del della dello degli dei di du des da do dos das ny für der van".split()
)


def _office_spelled_out(core: str) -> bool:
    """A government office spelled out in sentence case, as records label a minister who
    answers by the office alone: "Minisitry ny Fampianarana ambony", "Ministro de
    educación superior" (weak: the document's recurrence decides)."""
    words = core.split()
    if not (
        2 <= len(words) <= 9
        and words[0][:1].isupper()
        and _norm_word(words[0]) in _OFFICE_FIRSTS
        and all(_WORD_OK.match(w) for w in words)
        and not any(w[-1] in ".?!;:," for w in words)
    ):
        return False
    if _norm_word(words[1]) in _OFFICE_OF:
        return len(words) <= 7
    # (what the office is of in lower case, as Slavic languages decline it, then its
    # holder's name: "Министр здравоохранения области Марина Гуляева")
    k = 1
    while k < len(words) and words[k].islower():
        k += 1
    return k >= 2 and 2 <= len(words) - k <= 3 and all(w[:1].isupper() for w in words[k:])


def _spelled_office_holder(core: str) -> tuple[str, str] | None:
    """An office's word, what it is of in lower case or the body's acronym in capitals,
    then its holder's name: the office and the name ("Rzecznik prasowy URW Marta Zielonka" ->
    "Rzecznik prasowy URW", "Marta Zielonka"; "Minister zdrowia Anna Nowak"); else None."""
    words = core.split()
    if len(words) < 4 or _norm_word(words[0]) not in _OFFICE_FIRSTS:
        return None  # (found at once for most labels: the first word is no office's)
    if not all(_WORD_OK.match(w) and w[-1] not in ".?!;:," for w in words):
        return None
    k = len(words)
    while k > 2 and words[k - 1][:1].isupper() and not words[k - 1].isupper():
        k -= 1
    # (between the office's word and the name: what it is of, in lower case, and the
    # body's acronym in capitals: "Prezes URW Tomasz Bielecki")
    middle = words[1:k]
    longest = 3
    if words[k - 1].islower() and _norm_word(words[k - 1]) in _OFFICE_OF:
        # (a body's one word after "of" is the office's, the name two words after it:
        # "Portavoz del Gobierno Ana Gil"; where the body's words end is not told further)
        k, longest = k + 1, 2
    if not 2 <= len(words) - k <= longest:
        return None
    if not all(w.islower() or (w.isupper() and len(w) > 1) for w in middle):
        return None
    return " ".join(words[:k]), " ".join(words[k:])


# quotes around a screen name or a nickname after a role word (see plausible_name)
_HANDLE_OPENS = ("“", '"', "«", "「", "„")
_HANDLE_CLOSES = frozenset('”"»」“')


@lru_cache(maxsize=4096)
def plausible_name(name: str) -> int:
    """How much a label's name looks like a speaker: 0 (prose), 1 (weak), 2 (strong).

    Strong: a role or generic label, a title or honorific before a name, or a name of
    two to five capitalised words. Weak: a single capitalised word, or a phrase with who
    asks in brackets ("Viewer question (Ann Lee, Leeds)"). Prose, headers and credits
    (``Here's the thing``, ``Note``, ``title``, ``Music``) score 0.
    """
    if "/ " in name:
        first, _, rest = name.partition("/ ")
        if " " not in first and (first.casefold() in _ADDRESS or first.casefold() in HONORIFICS):
            name = f"{first} {rest}"  # ("السيد/ عبدالله العتيبي": see split_label)
    got = _plausible_name(name)
    if got == 0 and name[-1:] in _HANDLE_CLOSES:
        # a role word, then a screen name or a nickname in quotes, as portals print their
        # netizens and call-in shows their callers: "网友“青山绿水”", 'Caller "Big Al"'
        at = max(name.rfind(q, 0, len(name) - 1) for q in _HANDLE_OPENS)
        head = name[:at].rstrip() if at > 0 else ""
        if head and not any(q in head for q in _HANDLE_OPENS):
            return min(_plausible_name(head), 1)
    if got == 0 and _office_spelled_out(strip_markup(name)):
        return 1
    if got == 0 and name[-1:] == ")":
        core = strip_markup(name)
        if _asker_in_brackets(core) or _lower_office_holder(core):
            return 1
    return got


def _plausible_name(name: str) -> int:
    """:func:`plausible_name` but for an asker in brackets."""
    core = strip_markup(name)
    if "/" in core:
        outlet = slash_outlet(core)
        if outlet is not None:
            return _plausible_name(outlet[0])
    if "：" in core:
        head, _, after = core.partition("：")
        if _role_head(head) and after.strip():
            # a role, a full-width colon, then who ("回答：取締役CFO　中村健二", "回答：中村"),
            # as Japanese minutes print an answer's speaker in brackets
            return max(plausible_name(after.strip()), 1)
    if "(" in core:
        core = drop_title_brackets(core)
        if core[-2:] == "))":
            core = _outer_bracket(core)
        if core[-1] != ")":
            core = _without_reply(core)
    if len(core) > 80 and core[-1] == ")" and core.rfind(" (") > 0:
        # (a member's constituency and party in a closing bracket, as the Rada prints them:
        # "KRAVCHUK N.S., member of the Committee on ... (single-member district No. 15,
        # party ...)"; the brackets are read below, the length is the rest's)
        core = core[: core.rfind(" (")]
    # (longer only with an office after a comma, which the tail's test reads)
    if not core or (len(core) > 80 and (len(core) > 160 or not 0 < core.find(",") <= 60)):
        return 0
    paren = _PAREN.search(core)
    bracketed = paren is not None
    while paren:  # (all of them: "Jane Roe (Bristol West) (Lab)", "Q (track 2, 14:05)")
        core = core[: paren.start()]
        paren = _PAREN.search(core)
    core = _TIMESTAMP.sub(" ", core)
    head, _, tail = _ROLE_SEP.sub(",", core, count=1).partition(",")
    if tail and "," not in tail and _addressed_holder(tail) and _office_words(head):
        # an office in its language's own case, a comma, the holder after a form of
        # address: "La conseillère municipale du groupe Agir pour Belmont, Mme Hélène Roux"
        return 2
    if tail and head.endswith(")") and "(" in head and _procedural_note(tail):
        # a member's group, then how the floor was given: "Marek Dąbrowski (ECR), pytanie
        # zadane przez podniesienie niebieskiej kartki" (a blue-card question)
        head, tail = head[: head.rfind("(")], ""
    if tail and not _role_tail(tail):
        return 0
    if tail and head.endswith(")") and "(" in head:
        # an office's division in brackets, then its holder after a comma: "संयुक्त सचिव
        # (खाड़ी), श्री नितिन देशपांडे", "Joint Secretary (Gulf), Shri Nitin Deshpande"
        head = head[: head.rfind("(")].rstrip()
    words = head.split()
    if not words or len(words) > 10:
        return 0
    if len(words) > 1 and words[-1][:1].islower() and words[-1] in POSTPOSED_HONORIFICS:
        words = words[:-1]  # ("ZABALETA ARRIETA andreak": the form of address after the name)
    office_at = _caps_then_office(words)
    if office_at:
        words = words[:office_at]  # ("VADÁSZ PÉTER agrárminisztériumi államtitkár")
    if is_generic(" ".join(words)):
        return 2
    if len(words) <= 5 and " ".join(words).casefold() in _SECTION_HEADS:
        return 0  # an earnings call's or a hearing's section, not a speaker
    first = _norm_word(words[0])
    if (
        first in NOT_NAMES
        and first not in HONORIFICS
        and not (first == "an" and len(words) > 1 and _norm_word(words[1]) in _IRISH_OFFICES)
        # (the Portuguese article before a form of address: "A Sr.ª Ana Lopes (PS)")
        and not (first == "a" and len(words) > 1 and _norm_word(words[1]) in _PT_ADDRESSES)
        # (an initial with its period before a name, not the article or the pronoun: "A.
        # VAIČEKAUSKAITĖ-BALTRŪNIENĖ", "A. Mbaye-Dubroca")
        and not (
            len(words) > 1
            and len(words[0]) == 2
            and words[0][1] == "."
            and words[0][0].isupper()
            and words[1][:1].isupper()
        )
    ):
        return 0
    if len(words) == 1 and first in ENUMERATORS:
        return 0
    if first == "by":  # "BY MR. JONES:" marks an examination, handled by the caller
        return 0
    if len(words) > 1 and _norm_word(words[-1]) in _CREDIT_ENDS:
        return 0  # who made the record, not a speaker: "CART PROVIDED BY:", "Transkribiert von:"
    if len(words) > 1 and _norm_word(words[-1]) in _ROLL_ENDS:
        return 0

    titled = False
    capitalised = 0
    for i, word in enumerate(words):
        if 0 < i < len(words) - 1 and len(word) > 2 and word[0] in '"“' and word[-1] in '"”':
            word = word[1:-1]  # (a nickname in quotes between the names: 'Gareth "Gaz" Pryce')
        low = _norm_word(word)
        if i == 0 and len(words) > 1 and low[-1:] == "/" and low[:-1] in ADDRESS:
            # (a slash after the form of address, as Gulf and Egyptian records print it:
            # "السيد/ عبدالله محمد العتيبي", "د/ أحمد")
            word, low = word[:-1], low[:-1]
        # (an Amharic title is abbreviated with a slash: "ዶ/ር")
        if not _WORD_OK.match(word) and low not in HONORIFICS:
            return 0
        if low[:2] in ("l'", "l’") and (low[2:] in TITLE_WORDS or low[2:] in WORLD_TITLES):
            low = low[2:]  # (an office after the French elided article: "Mme l'échevine")
        if (
            low in HONORIFICS
            or low in TITLE_WORDS
            or low in WORLD_TITLES
            or (len(low) > 10 and low.endswith(COMPOUND_POST_ENDS))
        ):
            # ("De heer Hessels", "la señora Ruiz": forms of address in lower case too)
            if i < len(words) - 1:
                titled = True
            # (a script without case: an office after its honorific, "মাননীয় অধ্যক্ষ")
            if word[0].isupper() or (titled and caseless_letter(word[0])):
                capitalised += 1
            continue
        if low in _JOINERS or (
            low in _OFFICE_JOINERS and i > 0 and _norm_word(words[0]) in WORLD_TITLES
        ):
            continue  # (an office after its title: "Bundesminister für Inneres Mag. Gernot Hainzl")
        # (a letter of a script without case counts as a capital)
        if word[0].isupper() or any(c.isupper() for c in word[1:3]) or caseless_letter(word[0]):
            capitalised += 1
            continue
        if word[0].isdigit():
            continue
        if low in {
            "de",
            "da",
            "del",
            "della",
            "der",
            "den",
            "van",
            "von",
            "la",
            "le",
            "du",
            "dos",
            "das",
            "di",
            "bin",
            "binti",  # (Malay: "Siti Aminah binti Yusof"; Singapore prints "binte")
            "binte",
            "ibn",
            "al",
            "el",
            "y",
            "e",
            "ter",
            "zu",
            # (offices in Polish and Czech labels: "Sekretarz Stanu w Ministerstwie
            # Zdrowia Jan Nowak", "Pełnomocnik Rządu ds. Polityki Senioralnej")
            "w",
            "we",
            "ds",
            "do",
            "dla",
            "i",
            "z",
            "ze",
            "v",
            "ve",
            "ja",  # (Finnish and Swedish: "Sosiaali- ja terveysministeri")
            "och",
            # (Faroese and Icelandic: a name's place, "Jenis á Heygum"; an office's field,
            # "Landsstýriskvinnan í heilsumálum")
            "á",
            "í",
            # (a group's or an office's own words in Spanish, Portuguese, French, Italian:
            # "Grupo Municipal Vecinos por Valdelmoro", "Ministra para la Transición",
            # "Delegado en Andalucía", "Conseiller pour ...", "Assessore per ...")
            "por",
            "para",
            "en",
            "con",
            "pour",
            "per",
        }:
            continue
        if i == len(words) - 1 and i >= 2 and low in FI_PARTY_CODES:
            continue  # a member's party after the name: "Hanna Rautiainen sd"
        if i == len(words) - 1 and i >= 1 and low in _ADDRESSES_AFTER:
            continue  # a form of address after the name: "ZABALETA ARRIETA andreak"
        # (a Vietnamese label: only a compound's first syllable is capitalised)
        return _vietnamese_label(words)
    if capitalised == 0:
        return 0
    if titled or 2 <= len(words) <= 5:
        return 2
    if bracketed and words[0].isupper() and len(words[0]) > 1:
        return 2  # (a surname in capitals, its party after it: "OKAFOR (Lab)", "MORANDI (FdI)")
    return 1


# Letters only Vietnamese writes (with a horn, a breve, a stroke, a dot below, a hook
# above): a label holding one is read by the Vietnamese rule below.
_VI_LETTERS = frozenset("ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ")
# Vietnamese titles and roles that open a label, of one to four syllables, only the first
# capitalised ("Phóng viên Báo Lao Động", "Thứ trưởng Bộ Tài chính Lê Minh Hà"): a
# syllable in lower case is part of the compound, not prose
VI_TITLES = frozenset(
    """
    phóng viên|nhà báo|biên tập viên|bộ trưởng|thứ trưởng|thủ tướng|phó thủ tướng|chủ tịch
    |phó chủ tịch|chủ tịch nước|chủ nhiệm|phó chủ nhiệm|người phát ngôn|phát ngôn viên
    |người dẫn chương trình|dẫn chương trình|đại biểu|giám đốc|phó giám đốc|tổng giám đốc
    |tổng bí thư|bí thư|chủ tọa|chủ toạ|thẩm phán|luật sư|đại sứ|chánh văn phòng|vụ trưởng
    |cục trưởng|tổng cục trưởng|phó cục trưởng|viện trưởng|hiệu trưởng|giáo sư|tiến sĩ
    |bác sĩ|trưởng ban|phó trưởng ban|thống đốc|phó thống đốc|khách mời|người hỏi
    |người trả lời|câu hỏi|trả lời|thượng tướng|trung tướng|thiếu tướng|đại tá|thư ký
    |tổng thư ký|chủ tịch quốc hội|phó chủ tịch quốc hội|ủy viên|uỷ viên|trưởng đoàn
    |nhà văn|nhà thơ|nhà nghiên cứu|nhà khoa học|nhà sử học|nhà kinh tế|chuyên gia|ca sĩ
    |nhạc sĩ|họa sĩ|đạo diễn|diễn viên|nghệ sĩ|kỹ sư|kiến trúc sư|thạc sĩ|phó giáo sư
    |doanh nhân|huấn luyện viên|cầu thủ|vận động viên|chủ nhà|khán giả|thính giả
    """.split("|")
)
VI_TITLES = frozenset(" ".join(t.split()) for t in VI_TITLES)


def _vietnamese_label(words: list[str]) -> int:
    """A Vietnamese label opening with a title of several syllables (VI_TITLES), each
    syllable after it in lower case only inside a compound after a capitalised one ("Bộ
    Xây dựng"); 2 if so, else 0 (prose: "Tôi nghĩ rằng")."""
    low = [_norm_word(w) for w in words]
    if not words[0][0].isupper() or all(_VI_LETTERS.isdisjoint(w) for w in low):
        return 0
    for n in (4, 3, 2):
        if " ".join(low[:n]) in VI_TITLES:
            break
    else:
        return 0
    run = 0
    for i, word in enumerate(words[n:], n):
        if word[0].isupper() or word[0].isdigit():
            run = 0
        elif run < 1 and i > 0 and words[i - 1][0].isupper():
            run += 1  # (a lower-case syllable after a capitalised one)
        else:
            return 0
    return 2


# Vietnamese words that open an office's or an outlet's name (a ministry, a department, a
# newspaper, a station): "Sở Nguyễn Thị Mai" is the department's spokesperson Nguyễn Thị Mai
_VI_BODIES = frozenset(
    "bộ sở báo đài ban cục vụ viện ủy uỷ tòa toà hội trường tạp thông văn tổng công tập".split()
)
# the roles of Vietnamese titles that say one
_VI_ROLES = {
    "phóng viên": "reporter",
    "nhà báo": "reporter",
    "biên tập viên": "reporter",
    "người dẫn chương trình": "host",
    "dẫn chương trình": "host",
    "khách mời": "guest",
    "người hỏi": "question",
    "câu hỏi": "question",
    "người trả lời": "answer",
    "trả lời": "answer",
    "chủ tọa": "moderator",
    "chủ toạ": "moderator",
}


# Arabic titles that open a label, with the article ("المدرب", the coach), and heads of an
# office whose body follows with the article ("قائد المنتخب", the team's captain; "رئيس
# الاتحاد", the federation's president)
_ARABIC_LABEL_TITLES = ARABIC_TITLES | frozenset(
    "المدرب المدربة الكابتن اللاعب اللاعبة الحارس المتحدث المتحدثة المنسق المنسقة المدير "
    "المديرة الأمين الدكتور الدكتورة"
    # (a broadcast's people: the presenter, the media man, the reporter, the interviewer)
    " المذيع المذيعة الإعلامي الإعلامية المراسل المراسلة المحاور المحاورة".split()
)
# "in the name of": a spokesman's body follows it ("المتحدث باسم الحكومة")
_ARABIC_ON_BEHALF = "باسم"
_ARABIC_OFFICE_HEADS = frozenset(
    "قائد قائدة مدرب مدربة رئيس رئيسة مدير مديرة وزير وزيرة نائب نائبة أمين أمينة مساعد "
    "مساعدة لاعب لاعبة حارس عضو عضوة سفير سفيرة محافظ محافظة".split()
)


def _arabic_titled(core: str) -> NameParts | None:
    """An Arabic label's title, then the name: "المدرب فيصل الدوسري", "قائد المنتخب سلمان
    الشهراني". A name's first word has no article, where an adjective after a title agrees
    with it ("الرئيس التنفيذي", "المنسق الإعلامي": an office, no name)."""
    words = core.split()
    # (a spokesman's body spelt out takes more words: "المتحدث باسم الهيئة العامة ...")
    if "(" in core or len(words) > (9 if _ARABIC_ON_BEHALF in words else 7):
        return None
    at = 0
    if words[0] in _ARABIC_LABEL_TITLES:
        at = 1
    elif words[0] in _ARABIC_OFFICE_HEADS and words[1].startswith("ال"):
        at = 1
        while at < len(words) - 1 and words[at].startswith("ال") and at < 3:
            at += 1
    if at and words[at] == _ARABIC_ON_BEHALF:
        # the body spoken for, up to a title before the name ("المتحدث باسم مجلس الوزراء
        # السفير ...") or through its words with the article ("المتحدث باسم الحكومة ...")
        titled = next(
            (
                k
                for k in range(at + 1, len(words) - 2)
                if words[k] in _ARABIC_LABEL_TITLES or words[k] in ADDRESS
            ),
            None,
        )
        if titled is not None:
            at = titled + 1
        else:
            at += 1
            while at < len(words) - 2 and words[at].startswith("ال"):
                at += 1
    if not at or len(words) - at < 2 or words[at].startswith("ال"):
        return None
    if not all(w[:1].isalpha() for w in words):
        return None
    return NameParts(" ".join(words[at:]), " ".join(words[:at]), None, None, None, False)


def _vietnamese_parts(core: str) -> NameParts | None:
    """A Vietnamese label split (see :func:`_vietnamese_label`): the title, an office or an
    outlet after it, then the person, the run of capitalised syllables that ends it ("Thứ
    trưởng Bộ Tài chính Lê Minh Hà": Lê Minh Hà); a title and an outlet alone ("Phóng viên
    Báo Lao Động") are a role with its affiliation."""
    words = core.replace(",", " , ").split()
    low = [_norm_word(w) for w in words]
    for n in (4, 3, 2):
        if " ".join(low[:n]) in VI_TITLES:
            break
    else:
        return None
    if (
        all(_VI_LETTERS.isdisjoint(w) for w in low)
        or _vietnamese_label([w for w in words if w != ","]) == 0
    ):
        return None
    k = len(words)
    while k > n and words[k - 1][0].isupper():
        k -= 1
    run = words[k:]
    while run and len(run[0]) > 1 and is_all_caps(run[0]):
        run = run[1:]  # (an office's initials: "Chủ nhiệm VPCP Trần Văn Khải")
    if run and low[len(words) - len(run)] in _VI_BODIES:
        run = run[1:] if len(run) >= 4 else []
    title = " ".join(words[: len(words) - len(run)]).replace(" , ", ", ").strip(" ,")
    if run:
        return NameParts(" ".join(run), title, None, None, None, False)
    # (the whole label names the asker: two outlets' reporters are two people)
    rest = " ".join(words[n:]).strip(" ,") or None
    return NameParts(core, None, None, _VI_ROLES.get(" ".join(low[:n])), rest, False)


# ---------------------------------------------------------------- splitting


@dataclass(frozen=True, slots=True)
class NameParts:
    """A label's name split into its parts."""

    name: str  # display name, natural case, without title or honorific
    title: str | None
    honorific: str | None
    role_word: str | None
    affiliation: str | None
    generic: bool
    office: bool = False  # the label names an office, not a person ("The Prime Minister")


def natural_case(word: str) -> str:
    """``KYLE`` -> ``Kyle``; ``McCONNELL`` -> ``McConnell``; ``LaVALLE`` -> ``LaValle``."""
    if not any(c.isupper() for c in word[1:]):
        return word  # already natural ("Kyle", "deGrasse" is handled below)
    if is_all_caps(word):
        if "." in word and all(len(x) <= 1 for x in word.split(".")):
            return word  # initials ("Н.С.", "J.P."): each stays a capital
        parts = re.split(r"([\-'’])", word)
        out = []
        for part in parts:
            if part and part[0].isalpha():
                fixed = part[0] + part[1:].lower()
                if "İ" in part or "Ğ" in part:
                    # (Turkish capitals: the dotted İ lowers to i, the dotless I to ı:
                    # "YILDIZTEKİN" is "Yıldıztekin")
                    fixed = part[0] + part[1:].replace("I", "ı").replace("İ", "i").lower()
                if fixed.startswith("Mc") and len(fixed) > 2:
                    fixed = "Mc" + fixed[2].upper() + fixed[3:]
                out.append(fixed)
            else:
                out.append(part)
        return "".join(out)
    # Mixed case with a capitalised tail: "McCONNELL", "LaVALLE", "deGRASSE"
    m = re.match(r"^(\w*?[a-z])([A-Z]{2,}[\w'’\-]*)$", word)
    if m:
        return m.group(1) + natural_case(m.group(2))
    return word


def _case_name(words: list[str]) -> str:
    return " ".join(natural_case(w) if is_all_caps(w) or _mixed_tail(w) else w for w in words)


def _mixed_tail(word: str) -> bool:
    return re.match(r"^\w*?[a-z][A-Z]{2,}", word) is not None


def _title_case_title(words: list[str]) -> str:
    out: list[str] = []
    for w in words:
        low = w.casefold().rstrip(".")
        if low in _JOINERS or (out and low in _PARTICLES):  # ("Secretario de Marina")
            out.append(low)
        elif low in {"us", "u.s", "uk", "eu", "un", "nato", "ceo", "cfo", "coo", "cto"}:
            out.append(w.upper() if is_all_caps(w) else w)
        elif is_all_caps(w):
            out.append(w[0] + w[1:].lower())
        else:
            out.append(w)
    return " ".join(out)


def _asker_named(core: str, head: str, tail: str, affiliation: str | None) -> NameParts | None:
    """A question's word, a dash, then who asks: "Question – Ann Lee, The Courier",
    "Otázka – Eva Malá, Deník" (the person is the name after the dash, the word their
    role, what follows the comma their outlet)."""
    if not tail or _ROLE_SEP.search(core) is None:
        return None
    from .roles import label_role  # (roles needs nothing of this module)

    word = head.strip().casefold()
    if not word or label_role(word) != "interviewer":
        return None
    who, _, outlet = tail.partition(",")
    words = who.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return None
    return NameParts(" ".join(words), None, None, word, outlet.strip() or affiliation, False)


def _asker_bracketed(core: str, inner: str) -> NameParts | None:
    """An asker's word, then who asks and their outlet in brackets, as a briefing's record
    prints each journalist: "Journalist (Liam Hart, Valley Echo)", "អ្នកកាសែត (ជា សុភ័ក្ត្រា,
    វិទ្យុមេគង្គ FM)", "पत्रकार (रीना शर्मा, दैनिक जनवाणी)" (the person is the name before
    the comma, the word their role, what follows the comma their outlet)."""
    from .roles import label_role  # (roles needs nothing of this module)

    word = core.strip().casefold()
    if not word or " " in word or label_role(word) != "interviewer":
        return None
    who, _, outlet = inner.partition(",")
    words = who.split()
    if not 2 <= len(words) <= 4 or any(c.isdigit() for c in who):
        return None
    if not all((w[:1].isupper() and w[1:2].islower()) or caseless_letter(w[:1]) for w in words):
        return None  # (a name's words: capitalised, or of a script without case)
    return NameParts(" ".join(words), None, None, word, outlet.strip() or None, False)


def _caps_then_office(words: list[str]) -> int:
    """Where an office in lower case starts after a name in capitals, as the Hungarian
    record prints a government's member ("VADÁSZ PÉTER agrárminisztériumi államtitkár",
    "DR. SZEKERES ILONA belügyminisztériumi államtitkár"); 0 for any other label. The
    office ends with an office's word."""
    k = 0
    while k < len(words) and words[k].isupper():
        k += 1
    if k == 0 or k == len(words) or len(words) - k > 4:
        return 0
    last = words[-1].casefold()
    if last not in TITLE_WORDS and last not in WORLD_TITLES:
        return 0
    if not all(w[:1].islower() for w in words[k:]):
        return 0
    names = [w for w in words[:k] if w.casefold().rstrip(".") not in HONORIFICS]
    return k if len(names) >= 2 else 0


# the number of a speech before its speaker, as Swedish records head each one ("Anf. 37")
_SPEECH_NUMBER = lazy(r"^Anf\.?[ \t]*\d+[ \t]+")


# Where a programme's speaker is heard from, after the name in its label: "LUCIA FERRANTE IN
# STUDIO", "DAVIDE MARRAS FUORI CAMPO" (voice-over), "JANE ROE VOICE-OVER": the same person
# as the plain name. (keyed by the phrase's last six letters: one lookup per label)
_PLACES = (
    ("in", "studio"),
    ("en", "studio"),
    ("im", "studio"),
    ("fuori", "campo"),
    ("hors", "champ"),
    ("voice-over",),
    ("voice", "over"),
    ("en", "plateau"),
)
_PLACE_ENDS = frozenset(" ".join(p)[-6:] for p in _PLACES)


def _without_place(core: str) -> str:
    words = core.split()
    low = [w.casefold() for w in words]
    for place in _PLACES:
        n = len(place)
        if len(words) >= n + 2 and tuple(low[-n:]) == place:
            return " ".join(words[:-n])  # (a name of two words or more before it)
    return core


_MEMBER_ADDRESS = frozenset(("mr", "mrs", "ms", "miss"))


def _member_of_state(core: str) -> NameParts | None:
    """A member told apart from another of the same surname by their state, as the
    Congressional Record labels them: "Mr. REYES of New Mexico", "Ms. DAVIS of California"
    -> the surname, the state as the affiliation; None for any other label."""
    words = core.split()
    k = words.index("of") if "of" in words else -1
    if k < 2 or words[0].casefold().rstrip(".") not in _MEMBER_ADDRESS:
        return None
    surname = words[1:k]
    state = words[k + 1 :]
    if not 1 <= len(surname) <= 2 or not 1 <= len(state) <= 3:
        return None
    # (the surname in capitals, "McGOVERN" too; the state in mixed case)
    if not all(w.removeprefix("Mc").isupper() and w[:1].isalpha() for w in surname):
        return None
    if not all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in state):
        return None
    parts = split_label(" ".join(words[:k]))
    return replace(parts, affiliation=parts.affiliation or " ".join(state))


@lru_cache(maxsize=4096)
def inverted_name(name: str) -> str | None:
    """A name written surname first, a comma, the given name, then maybe a comma and the
    function, as a parliament's record prints its speakers ("Horváthová, Zuzana,
    podpredsedníčka NR SR", "Nowak, Anna, posłanka"): the name in natural order, or None."""
    parts = name.split(", ", 2)
    if len(parts) < 2 or " " in parts[0] or " " in parts[1]:
        return None
    natural = f"{parts[1]} {parts[0]}"
    return natural if plausible_name(natural) == 2 else None


def _surname_first(core: str) -> NameParts | None:
    """A label written as :func:`inverted_name` reads, with its function after a second
    comma: the name in natural order, the function its title. (Without the function, "Lee,
    Reuters" is as likely a name and its outlet.)"""
    parts = core.split(", ", 2)
    if len(parts) < 3 or not parts[2] or not (parts[0][:1].isupper() and parts[1][:1].isupper()):
        return None
    given = parts[1].casefold()
    name = inverted_name(core) if given not in TITLE_WORDS and given not in HONORIFICS else None
    return NameParts(name, parts[2], None, None, None, False) if name is not None else None


@lru_cache(maxsize=1)
def _long_titles() -> dict[tuple[str, int], list[str]]:
    """The titles of seven letters or more, by first letter and length."""
    out: dict[tuple[str, int], list[str]] = {}
    for t in TITLE_WORDS | WORLD_TITLES:
        if len(t) >= 7 and t.isalpha():
            out.setdefault((t[0], len(t)), []).append(t)
    return out


def _title_misspelt(low: str) -> bool:
    """Is ``low`` a title of seven letters or more with one letter dropped or added
    (``govenor``, ``governorr``)? A letter changed is a name as often (``Justine``)."""
    titles = _long_titles()
    for t in titles.get((low[0], len(low) + 1), ()):
        if any(t[:k] + t[k + 1 :] == low for k in range(1, len(t))):
            return True
    for t in titles.get((low[0], len(low) - 1), ()):
        if any(low[:k] + low[k + 1 :] == t for k in range(1, len(low))):
            return True
    return False


# Korean posts written before and after a name in a label ("재무실장 윤태호 상무", "IR팀장
# 민지혜", "강서연 애널리스트"): a word ending with one is a post (a name rarely ends so);
# a word ending with a firm's kind is the affiliation ("한빛투자증권")
_KO_POST_ENDS = (
    "장 상무 전무 이사 대표 애널리스트 연구원 위원 기자 교수 박사 변호사 의원 대변인 수석"
    " 매니저 과장 차장 대리 고문 총재 담당 책임 장관 차관 총리 팀원 선임"
    # (a ministry's officials, "주택정책관": 관 alone ends given names too, "김영관")
    " 정책관 기획관 조정관 심의관 대변인"
).split()
_KO_FIRM_ENDS = tuple(
    "증권 은행 투자 자산운용 운용 캐피탈 생명 화재 그룹 리서치 신문 일보 방송 뉴스 경제 대학교 파트너스".split()
)


def _hangul_word(word: str) -> bool:
    return all("\uac00" <= c <= "\ud7a3" for c in word)


def _korean_parts(core: str, role_word: str | None = None) -> NameParts | None:
    """A Korean label of posts, a firm and one name ("재무실장 윤태호 상무", "한빛투자증권 강서연
    애널리스트"): the name is the one word of two to four syllables that is neither a post
    nor a firm (see _KO_POST_ENDS); else None."""
    words = core.split()
    if not 2 <= len(words) <= 5:
        return None
    names = [
        w
        for w in words
        if 2 <= len(w) <= 4
        and _hangul_word(w)
        and not w.endswith(tuple(_KO_POST_ENDS))
        and not w.endswith(_KO_FIRM_ENDS)
    ]
    if len(names) != 1:
        return None
    posts = [w for w in words if w != names[0] and w.endswith(tuple(_KO_POST_ENDS))]
    # (a firm's or a body's name: its kind at the end, or longer than a name, "공공주택추진단")
    firms = [
        w
        for w in words
        if w != names[0] and w not in posts and (w.endswith(_KO_FIRM_ENDS) or len(w) >= 5)
    ]
    if len(posts) + len(firms) != len(words) - 1 or not posts:
        return None  # (a word of another kind: a phrase, not a label of posts)
    title = " ".join(posts) or None
    return NameParts(names[0], title, None, role_word, " ".join(firms) or None, False)


_KO_BRACKET = lazy(
    r"(?P<head>[\uac00-\ud7a3]{1,6})(?:[ \t]*\d{1,2})?[ \t]*\((?P<inner>[^()]{3,60})\)"
)


def _korean_label(core: str) -> NameParts | None:
    """A Korean label naming its speaker by post and name, alone or in brackets after a
    role's word ("재무실장 윤태호 상무", "질문자 1 (한빛투자증권 강서연 애널리스트)", "답변 (IR팀장
    민지혜)"): the name, the posts as the title, the firm as the affiliation, the role's word."""
    if core[-1:] == ")":
        m = _KO_BRACKET.fullmatch(core)
        return None if m is None else _korean_parts(m.group("inner"), m.group("head"))
    return _korean_parts(core)


# A reporter's name and outlet parted by a bare slash, as the Philippine palace's briefings
# and some agencies print their askers: "JOYCE DELA PEÑA/DZBB", "Rina Astuti/Kompas TV".
# (Spaced, " / " parts a name in two languages; a slash after a letter or two is an
# abbreviation's, "ዶ/ር", "Q/A": the name before it has two words at least.)
_SLASH_OUTLET = lazy(
    r"(?P<name>[^\W\d_][^/()\n\t]{2,60}?[^\s/])/(?P<org>[^\W_][^/\s()]*(?:[ \t][^\W_][^/\s()]*){0,2})"
)


def slash_outlet(core: str) -> tuple[str, str] | None:
    """The name and the outlet of a label "NAME/OUTLET", or None."""
    m = _SLASH_OUTLET.fullmatch(core)
    if m is None or " " not in m.group("name"):
        return None
    return m.group("name"), m.group("org")


def bilingual_halves(name: str) -> tuple[str, str] | None:
    """A label's name in two scripts, the other's half in Latin letters ("سالم الكتبي /
    Salem Al Ketbi"): (the other script's, the Latin), or None."""
    a, sep, b = name.partition(" / ")
    a, b = a.strip(), b.strip()
    if not sep or not a or not b or "/" in b:
        return None
    latin_a, latin_b = a[0] <= "\u024f", b[0] <= "\u024f"
    if latin_a == latin_b:
        return None  # ("Ann / Bob": two people, or one script's alternatives)
    return (b, a) if latin_a else (a, b)


# Thai forms of address and ranks, written glued to the given name ("นางสาวพิมพ์ชนก",
# "นายธีรวัฒน์", "พล.อ.ประยุทธ์", "ดร.สมชาย"), longest first
_TH_ADDRESS = (
    "นางสาว", "นาง", "นาย", "ว่าที่ร้อยตรี", "ศ.ดร.", "รศ.ดร.", "ผศ.ดร.", "ศ.", "รศ.", "ผศ.",
    "ดร.", "พล.อ.", "พล.ต.อ.", "พล.ท.", "พล.ต.", "พ.ต.อ.", "พ.อ.", "พญ.", "นพ.",
)  # fmt: skip


def _thai_label(core: str) -> NameParts | None:
    """A Thai label: a form of address glued to the given name, the surname, then the office
    ("นางสาวพิมพ์ชนก ศรีวิไลวงศ์ โฆษกประจำสำนักนายกรัฐมนตรี"), as a Thai government
    transcript names who speaks; or an office's abbreviation glued to the given name
    ("รมช.ธีรวัฒน์"). None for anything else."""
    words = core.split()
    first = words[0]
    for address in _TH_ADDRESS:
        # (not the offices "นายกรัฐมนตรี", the Prime Minister, "นายกเทศมนตรี", a mayor)
        if (
            first.startswith(address)
            and len(first) > len(address) + 1
            and not first.startswith(("นายกรัฐ", "นายกเทศ", "นายกฯ"))
        ):
            if len(words) < 2:
                return None
            name = f"{first[len(address) :]} {words[1]}"
            title = " ".join(words[2:]) or None
            return NameParts(name, title, address, None, None, False)
    if len(words) == 1 and "." in first[1:-2] and first[-1] != "ฯ":
        abbreviation, _, given = first.rpartition(".")
        if len(given) >= 3 and len(abbreviation) <= 8:
            return NameParts(given, abbreviation + ".", None, None, None, False)
    return None


# a form of address written onto the name, its capital kept: Shona "VaChipo Moyo" (the
# plural of respect), Venda "VhoMashudu Ramabulana", "Vho-Mashudu"
_GLUED_ADDRESS = lazy(r"(Va|Vho)-?(?=[A-Z][a-z])")


def split_label(label_name: str) -> NameParts:
    """Split a label's name into display name, title, honorific, role word, affiliation."""
    if label_name[:1] == "V" and label_name[1:2] in "ah":
        glued = _GLUED_ADDRESS.match(label_name)
        if glued is not None:
            parts = split_label(label_name[glued.end() :])
            if parts.honorific is None and not parts.generic:
                return replace(parts, honorific=glued.group(1))
    held = _spelled_office_holder(strip_markup(label_name).strip())
    if held is not None:
        parts = _split_label(held[1])
        title = held[0] if parts.title is None else f"{held[0]} {parts.title}"
        return replace(parts, title=title)
    core = strip_markup(label_name).strip()
    if core.endswith(")") and (k := core.rfind(" (")) > 0 and core[k - 1] == ")":
        # an office, its holder in brackets, then the holder's party: "The Minister of State,
        # Department for Transport (Lord Aldwych) (Con)" is the one in the first brackets
        party = core[k + 2 : -1]
        held_by = split_label(core[:k])
        if " " not in party and len(party) <= 8 and held_by.title is not None:
            return replace(held_by, affiliation=party)
    parts = _split_label(label_name)
    if (
        (
            parts.affiliation is not None
            # (or the holder read as the office's title: "..., doña Irene Vidal")
            or (parts.title is not None and _addressed_holder(core.partition(",")[2]))
        )
        and parts.honorific is None
        and not parts.generic
    ):
        held_after = _office_comma_holder(core)
        if held_after is not None:
            return held_after
    if parts.honorific is None and not parts.generic and not parts.office:
        # (or the title split off before the office's word in lower case: "Minister" of
        # "Minister finansów J. Kowalski")
        whole = parts.name if parts.title is None else f"{parts.title} {parts.name}"
        lowered = (
            _lowercase_office_then_name(whole)
            if parts.title is None or parts.name[:1].islower()
            else None
        )
        if lowered is not None:
            return replace(parts, name=lowered[1], title=lowered[0])
    if parts.affiliation is not None and parts.honorific is None and parts.title is None:
        addressed = _split_label(parts.affiliation)
        if addressed.honorific is not None and 1 <= len(addressed.name.split()) <= 3:
            # a side's or an office's words, a comma, then the person with a form of address:
            # "DIFESA, AVV. CONTI", "DEFENSA, DR. RUIZ" (the person's after the comma)
            return replace(addressed, title=parts.name)
    if ". " in parts.name and parts.honorific is None and not parts.generic:
        return _office_then_addressed(parts)
    if parts.title is not None and parts.name[:1].islower() and parts.honorific is None:
        return _portfolio_label(parts)
    if parts.title is not None and not parts.generic:
        return _body_acronym_in_title(parts, label_name)
    return parts


# (words of a name written in lower case, never an office's: "Ana de la Cruz", "Nur binti
# Ali", "Kees ter Horst", "Pedro da Costa")
_LOWER_NAME_WORDS = frozenset(
    "de del della delle dello degli dei di da do das dos des du der den ter ten van von la le"
    " y e i bin binti bint ibn al el ben ap".split()
)
# (an office's rank before its holder, after the comma: "coronel", "general", "capitán")
_RANK_WORDS = 2


def _name_words(words: list[str]) -> bool:
    """``words`` are a person's name of two to four words: capitalised (or a particle
    inside), letters only, an initial before the surname allowed ("R. Vītols")."""
    if not 2 <= len(words) <= 4 or not words[-1][:1].isupper():
        return False
    for k, w in enumerate(words):
        if len(w) == 2 and w[1] == "." and w[0].isupper() and k < len(words) - 1:
            continue  # (an initial)
        if 0 < k < len(words) - 1 and w in _LOWER_NAME_WORDS:
            continue
        bare = w.replace("-", "").replace("'", "").replace("’", "")
        if not (w[:1].isupper() and not w.isupper() and bare.isalpha()):
            return False
    return not all(len(w) == 2 for w in words[:-1]) or len(words[-1]) > 2


_OFFICE_WORDS = 12  # (an office in full: "L'adjoint délégué à la culture et au patrimoine")


def _addressed_holder(tail: str) -> bool:
    """``tail`` is a person with a form of address: "Mme Hélène Roux", "doña Irene Vidal"."""
    words = tail.split()
    return len(words) >= 3 and words[0].casefold().rstrip(".") in ADDRESS and _name_words(words[1:])


def _office_words(head: str) -> bool:
    """``head`` may be an office written out: a capital first, a few words, no sentence's
    mark."""
    words = head.split()
    return (
        0 < len(words) <= _OFFICE_WORDS
        and words[0][:1].isupper()
        and not any(c in head for c in '.?!;:"“”«»')
    )


def _office_comma_holder(core: str) -> NameParts | None:
    """An office, a comma, then its holder's full name (maybe after a rank in lower case),
    as government pages label their officials: "Secretário de Saúde, Luís Fernando Prado",
    "Ministra de Salud, Ana Ruiz Gil", "Secretary of State, Ann Lee", "Secretária de Defesa
    Civil, coronel Patrícia Lins Barreto": the holder, the office their title. The part
    before the comma is an office by the tables or by the lower-case word joining its body
    ("de", "of"), never a name ("Ann Lee, Reuters", "Senator Ann Lee, Democratic Party").
    After a form of address, the words joined so are an office whatever the tables know of
    them: "La Concejala del Grupo Municipal ..., doña Alba Ruiz Carmona", as Spanish
    councils print their debates."""
    if core.count(",") != 1:
        return None
    before, _, after = core.partition(",")
    words = after.split()
    addressed = _addressed_holder(after)
    k = 1 if addressed else 0
    while k < min(_RANK_WORDS, len(words)) and words[k].isalpha() and words[k].islower():
        k += 1  # (the holder's rank: "coronel", "général")
    if not _name_words(words[k:]):
        return None
    office = _split_label(before.strip())
    joined = any(w.islower() and w.isalpha() for w in before.split()[1:])
    if office.generic or not (
        office.office or (joined and (office.title is not None or addressed))
    ):
        return None
    return NameParts(
        " ".join(words[k:]),
        " ".join(before.split()),
        words[0] if addressed else None,
        None,
        None,
        False,
    )


def _lowercase_office_then_name(name: str) -> tuple[str, str] | None:
    """An office with a word in lower case in it, then its holder's name closing the label,
    as Baltic and Slavic parliaments print their ministers (the portfolio in the genitive
    first: "Finanšu ministrs R. Vītols", "Sveikatos apsaugos ministrė A. Petraitė",
    "Minister finansów J. Kowalski"): the office and the name; a name's own particles in
    lower case ("Ana de la Cruz", "Kees ter Horst") are short words of a table."""
    words = name.split()
    if len(words) < 4 or not words[0][:1].isupper():
        return None
    k = len(words) - 3
    while k >= 1 and not words[k].islower():
        k -= 1
    if k < 1:
        return None
    low = words[k]
    if len(low) < 4 or not low.isalpha() or low in _LOWER_NAME_WORDS:
        return None
    if any(not _VI_LETTERS.isdisjoint(w.casefold()) for w in words):
        return None  # (Vietnamese: a compound's syllables after its first are in lower case)
    if any(not w.replace("-", "").isalpha() for w in words[:k]):
        return None
    if not _name_words(words[k + 1 :]):
        return None
    return " ".join(words[: k + 1]), " ".join(words[k + 1 :])


def _body_acronym_in_title(parts: NameParts, label_name: str) -> NameParts:
    """A body's acronym in capitals between the title and a name written in mixed case
    ("Místopředseda PSP Jan Novák", "Vizepräsident EZB Klaus Berg", "Presidente CNMC Ana
    Ruiz"): the body's, part of the title, no word of the name."""
    words = parts.name.split()
    if len(words) < 3 or not 2 <= len(words[0]) <= 6:
        return parts
    written = strip_markup(label_name).split()
    at = next((k for k, w in enumerate(written) if w.casefold() == words[0].casefold()), -1)
    if at < 0 or len(written) < at + 3:
        return parts
    acronym, rest = written[at], written[at + 1 :]
    if not (acronym.isupper() and acronym.isalpha()) or any(w.isupper() for w in rest):
        return parts  # (a name in capitals throughout: no acronym told apart)
    if not all(w[:1].isupper() for w in rest):
        return parts
    return replace(parts, name=" ".join(words[1:]), title=f"{parts.title} {acronym}")


# Romance government offices, which take their portfolio after "de" ("Ministro de Hacienda",
# "Secretária da Saúde", "Ministre de la Santé"): the portfolio is no surname ("de Hacienda"),
# as a Dutch minister's is ("Minister de Jonge")
_ROMANCE_OFFICES = frozenset(
    "ministro ministra ministre secretario secretaria secretária consejero consejera "
    "conselheiro conselheira conseiller conseillère".split()
)
_PORTFOLIO_PARTICLES = frozenset("de del da do das dos des du della di".split())


def _portfolio_label(parts: NameParts) -> NameParts:
    words = parts.name.split()
    if (
        parts.title is None
        or parts.title.casefold() not in _ROMANCE_OFFICES
        or words[0] not in _PORTFOLIO_PARTICLES
        or not 2 <= len(words) <= 6
    ):
        return parts
    return NameParts(f"{parts.title} {parts.name}", None, None, None, None, False, office=True)


# Forms of address written with a dot that stand only before a name: inside a label after
# capitalised words, those words are an office ("Wakil Menteri Keuangan Dr. Anton Prasetyo",
# "Directeur Général Dr. Paul Roux", "Kepala Dinas Ir. Budi Santoso"); not "Sr.", which
# ends a name too ("John Roe Sr.")
_ADDRESS_BEFORE_NAME = frozenset("dr prof ir drs dra dott ing mgr mr mrs ms".split())


def _office_then_addressed(parts: NameParts) -> NameParts:
    words = parts.name.split()
    for k in range(1, len(words) - 2):
        word = words[k]
        if word[-1:] != "." or word[:-1].casefold() not in _ADDRESS_BEFORE_NAME:
            continue
        name = words[k + 1 :]
        if len(name) > 3 or not all(w[:1].isupper() and w[-1:] != "." for w in name):
            return parts
        before = words[:k]
        # (the office's words capitalised, as a label writes them, short joiners apart:
        # "Jefe de Gabinete")
        if not all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in before):
            return parts
        title = " ".join(([parts.title] if parts.title else []) + before)
        return replace(parts, name=" ".join(name), title=title, honorific=word)
    return parts


# Forms of address before a name in Khmer and Lao, whose names are a given name and a
# family name a space apart, the office after them ("ឯកឧត្តម ហេង វណ្ណារិទ្ធ រដ្ឋមន្ត្រី...",
# "ທ່ານ ນາງ ວິໄລພອນ ສີສຸວັນ"): Excellency, Mr, Mrs, Madam, Miss, Doctor (Khmer); Mr or Sir,
# Mrs, young Mr, Doctor (Lao)
SPACED_ADDRESSES = frozenset(
    "ឯកឧត្តម លោកជំទាវ លោក លោកស្រី អ្នកស្រី កញ្ញា ឧកញ៉ា សម្តេច បណ្ឌិត ທ່ານ ນາງ ທ້າວ ປອ. ດຣ.".split()
)


def khmer_or_lao(c: str) -> bool:
    return "\u1780" <= c <= "\u17ff" or "\u0e80" <= c <= "\u0eff"


def _spaced_address_label(core: str) -> NameParts | None:
    """A Khmer or Lao label of forms of address, the two words of a name, then the office:
    "ທ່ານ ສົມພອນ ແກ້ວມະນີ ຮອງລັດຖະມົນຕີ" -> the name "ສົມພອນ ແກ້ວມະນີ", the office its title."""
    words = core.split()
    k = 0
    while k < len(words) and words[k] in SPACED_ADDRESSES:
        k += 1
    if k == 0 or len(words) < k + 2 or any(w in SPACED_ADDRESSES for w in words[k : k + 2]):
        return None
    title = " ".join(words[k + 2 :]) or None
    return NameParts(" ".join(words[k : k + 2]), title, " ".join(words[:k]), None, None, False)


def _split_label(label_name: str) -> NameParts:
    core = strip_markup(label_name).strip()
    if khmer_or_lao(core[:1]) and " " in core:
        spaced = _spaced_address_label(core)
        if spaced is not None:
            return spaced
    if "\u0e01" <= core[:1] <= "\u0e4f":
        thai = _thai_label(core)
        if thai is not None:
            return thai
    if " " in core and any("\uac00" <= c <= "\ud7a3" for c in core[-4:]):
        ko = _korean_label(core)
        if ko is not None:
            return ko
    if core[:3] in ("C. ", "c. ") and _citizen(core.split(), 0):
        core = core[3:]
    if core[:3] == "Anf":
        core = _SPEECH_NUMBER.sub("", core) or core
    if core[-6:].casefold() in _PLACE_ENDS:
        core = _without_place(core)
    if " | " in core:
        # a chat's display name and its tag ("Kaio | Mod", "Ann | Host"): the name, and the
        # tag's role where it says one
        name, _, tag = core.partition(" | ")
        parts = split_label(name)
        role = _CHAT_TAGS.get(tag.strip().casefold())
        return replace(parts, role_word=role) if role and parts.role_word is None else parts
    if "：" in core:
        head, _, after = core.partition("：")
        if _role_head(head) and after.strip():
            # (see plausible_name: the person after the role; the role says their part)
            parts = split_label(after.strip())
            words = after.split()
            if len(words) >= 2 and parts.name == " ".join(words) and parts.title is None:
                # (an office, a space, the holder: "常務執行役員　岡本由紀")
                parts = replace(parts, name=words[-1], title=" ".join(words[:-1]))
            return replace(parts, role_word=parts.role_word or head)
    if "/" in core:
        first, sep, after = core.partition(" ")
        if sep and first[-1:] == "/" and _norm_word(first[:-1]) in ADDRESS:
            return split_label(first[:-1] + " " + after)  # ("السيد/ عبدالله العتيبي")
        outlet = slash_outlet(core)
        if outlet is not None:
            parts = split_label(outlet[0])
            return replace(parts, affiliation=parts.affiliation or outlet[1])
    if " / " in core:
        halves = bilingual_halves(core)
        if halves is not None:
            # (a page in two languages: the name in Latin letters, as its English reads it)
            return split_label(halves[1])
    if ": " in core:
        # (a record's label line, the role, a colon, the name: "KETUA: RATNA SARI DEWI",
        # "HAKIM ANGGOTA: ARIEF MAHENDRA"; see the lexer's _role_name_lines)
        head, _, after = core.partition(": ")
        if (
            head
            and len(after.split()) >= 2
            and core.isupper()
            and not any(c in core for c in '()"“”[]')
        ):
            parts = split_label(after)
            from .roles import label_role  # (roles needs nothing of this module)

            if label_role(head.casefold()) is not None:
                return replace(parts, role_word=parts.role_word or head)
            return replace(parts, title=parts.title or natural_case(head))
    if " of " in core:
        state = _member_of_state(core)
        if state is not None:
            return state
    inverted = _surname_first(core)
    if inverted is not None:
        return inverted
    if "(" in core:
        core = drop_title_brackets(core)
        # (the holder's place in a bracket inside, a verb of answering after: see
        # plausible_name)
        if core[-2:] == "))":
            core = _outer_bracket(core)
        if core[-1] != ")":
            core = _without_reply(core)
    if "\u0621" <= core[:1] <= "\u064a" and core.count(" ") >= 2:
        titled = _arabic_titled(core)
        if titled is not None:
            return titled
    vi = _vietnamese_parts(core) if " " in core and core[:1].isupper() else None
    if vi is None and core[-1:] == ")" and " " in core and core[:1].isupper():
        # (the delegation in brackets after the name: "Đại biểu Tôn Nữ Bảo Ngọc (Tổ đại
        # biểu huyện Cần Giờ)", its affiliation)
        bracket = _PAREN.search(core)
        if bracket is not None and bracket.start() > 0:
            vi = _vietnamese_parts(core[: bracket.start()])
            if vi is not None and vi.affiliation is None:
                vi = replace(vi, affiliation=bracket.group(1).strip())
    if vi is not None:
        return vi
    if core[-1:].islower() and core[:1].isupper() and " " in core:
        body, _, last = core.rpartition(" ")
        if last.casefold() in POSTPOSED_HONORIFICS:
            # a form of address after the name, as Basque says it: "ZABALETA ARRIETA
            # andreak", "LÓPEZ DE GUEREÑU jaunak"
            parts = split_label(body)
            if not parts.generic and not parts.office:
                return replace(parts, honorific=parts.honorific or last)
    if " " in core and caseless_letter(core[:1]):
        body, _, last = core.rpartition(" ")
        if last in CASELESS_POSTPOSED and " " not in body:
            parts = split_label(body)
            if not parts.generic and not parts.office:
                return replace(parts, honorific=parts.honorific or last)
    if core[-1:].islower() and core[:1].isupper():
        words = core.split()
        office_at = _caps_then_office(words)
        if office_at:
            parts = split_label(" ".join(words[:office_at]))
            return replace(parts, title=" ".join(words[office_at:]))
    fw = _OFFICE_AND_NAME.fullmatch(core)
    if fw is not None:
        inside: str = fw.group("name")
        media, dot, surname = inside.rpartition("・") if "・" in inside else inside.rpartition("·")
        if dot and media and surname and fw.group("office") in _CJK_REPORTERS:
            # a reporter's outlet and surname, as a Japanese or Chinese press conference's
            # record prints who asks: "記者（北陸日報・川口）", "记者（新华社·王明）"
            return NameParts(surname, fw.group("office"), None, None, media, False)
        post = next((t for t in _CJK_LONG_SUFFIXES_LONGEST if inside.endswith(t)), None)
        if post is not None and 1 <= len(inside) - len(post) <= 4:
            # the body, then the holder with the post after the name, as the label would
            # give them alone: "事務局（石井室長）" is 石井, 室長 of the 事務局
            return NameParts(inside[: -len(post)], post, None, None, fw.group("office"), False)
        return NameParts(inside, fw.group("office"), None, None, None, False)
    held = _office_holder(core)
    if held is not None:
        return held
    affiliation = None
    party = _PAREN_BEFORE_ROLE.fullmatch(core)
    if party is not None:  # ("Ann Lee (V), chair of Works": a party, then an office)
        affiliation = party.group("party")
        core = f"{party.group('name')}, {party.group('role')}"
    paren = _PAREN.search(core)
    while paren:  # (the last is the affiliation: "Jane Roe (Bristol West) (Lab)")
        inner = paren.group(1).strip().strip("\\*_ ")  # ("(\\*GroenLinks\\*)": escaped markup)
        if affiliation is None and not re.fullmatch(
            r"(?i)as interpreted|through (?:an )?interpreter|via .*|cont(?:'d|inued)?|\W*"
            r"|.*\d{1,2}:\d{2}.*|\d{4}-\d{2}-\d{2}.*",  # (a time or a date: when, not who)
            inner,
        ):
            affiliation = inner
        core = core[: paren.start()].strip()
        paren = _PAREN.search(core)
    core = _TIMESTAMP.sub(" ", core).strip()  # (after the parentheses: "Q (track 2, 14:05)")
    role_word = None
    tail_title: str | None = None
    head, _, tail = _ROLE_SEP.sub(",", core, count=1).partition(",")
    asker = _asker_named(core, head, tail, affiliation)
    if asker is None and affiliation is not None and "," in affiliation and not tail:
        asker = _asker_bracketed(core, affiliation)
    if asker is not None:
        return asker
    if affiliation is None and tail[:1] == " " and head[:1].isalpha():
        held = _office_then_holder(head, tail.strip())
        if held is not None:
            return held
    head_words = head.casefold().split()
    if (
        affiliation is None
        and head_words
        and (" ".join(head_words) in _ROLE_BEFORE_NAME or head_words[0] in _REPORTER_BEFORE_NAME)
    ):
        # "Host, Anna Lee", "Hos, Nurul Aina Hamid": the role, then the person's name; a
        # reporter's outlet after the role word ("Reporter for City News, Sam Lee", "مراسل
        # قناة الشرق، أحمد سالم"): the outlet the affiliation
        named = tail.split()
        if 2 <= len(named) <= 4 and all(
            (w[:1].isupper() and not w.isupper()) or caseless_letter(w[:1]) for w in named
        ):
            parts = split_label(tail.strip())
            if not parts.generic and not parts.office:
                outlet_words = head.split()[1:]
                if outlet_words and outlet_words[0].casefold() in _OUTLET_JOIN:
                    outlet_words = outlet_words[1:]
                return replace(
                    parts,
                    role_word=head_words[0] if outlet_words else " ".join(head_words),
                    affiliation=" ".join(outlet_words) or parts.affiliation,
                )
    if tail.strip():
        tail_s = tail.strip()
        tail_first = tail_s.split()[0].casefold().rstrip(".")
        tail_last = tail_s.split()[-1].casefold().rstrip(".")
        if tail_s.casefold() in ROLE_WORDS:
            role_word = tail_s.casefold()
        elif tail_last in _TRAILING_ROLES and len(tail_s.split()) <= 4:
            # "WOLF BLITZER, CNN ANCHOR": the outlet, then the role
            role_word = tail_last
            if affiliation is None and len(tail_s.split()) > 1:
                affiliation = " ".join(tail_s.split()[:-1])
        elif head.strip() and (tail_first in WORLD_TITLES or tail_first in TITLE_WORDS):
            # "Dr. de With, Parl. Staatssekretär": an office after the name (up to a word
            # in lower case: "... beim Bundesminister der Justiz" says whose office it is)
            kept: list[str] = []
            for w in tail_s.split():
                if kept and w[:1].islower() and w.casefold() not in _JOINERS | {"de", "del"}:
                    break
                kept.append(w)
            tail_title = " ".join(kept)
        elif affiliation is None:
            affiliation = tail_s
    core = " ".join(head.split()).rstrip(".;")
    if affiliation is None and core[-4:].islower() and " " in core:
        # a member's party in lower case after the name, as the Eduskunta prints it
        # ("Hanna Rautiainen sd"): an affiliation
        body, _, code = core.rpartition(" ")
        if code in FI_PARTY_CODES and " " in body and body[-1:].isalpha() and body[:1].isupper():
            core, affiliation = body, code
    if not core:
        core = label_name.strip() or "?"
    if " " in core and len(core) <= 9 and all(len(w) == 1 and _is_cjk(w) for w in core.split()):
        # a word spaced out to fill its column ("主　　席", "紀　　錄")
        core = core.replace(" ", "")
    if is_generic(core):
        words = core.split()
        if any(ch.isdigit() or ch == "_" for ch in core) or len(core) <= 3 or not is_all_caps(core):
            display = core  # "SPEAKER_05", "Speaker 1", "Q" stay as written
        else:
            display = _title_case_title(words)
            display = display[0].upper() + display[1:]
        if core.casefold() in ROLE_WORDS and role_word is None:
            role_word = core.casefold()
        return NameParts(display, None, None, role_word, affiliation, True)
    words = core.split()
    if len(words) >= 4 and _portfolio_office(words):
        display = _title_case_title(words)
        return NameParts(
            display[0].upper() + display[1:], None, None, role_word, affiliation, False, True
        )
    if len(words) == 1 and words[0].isupper() and words[0].isalpha() and len(words[0]) <= 3:
        # an acronym or call sign ("CDR", "CC", "LCC") stays as written
        return NameParts(words[0], None, None, None, affiliation, False)
    if len(words) == 1 and _is_cjk(words[0]):
        return _split_cjk(words[0], role_word, affiliation)
    if (
        len(words) == 1
        and "\uac00" <= words[0][0] <= "\ud7a3"
        and words[0].endswith(CJK_TITLE_SUFFIXES)
    ):
        # a Korean surname glued to its title ("박대변인", as "박 대변인" is written too)
        split = _split_cjk(words[0], role_word, affiliation)
        if not split.office:
            return split
    if all(
        _office_word(w)
        or (w.casefold() == "speaker" and len(words) > 1)
        # (a body's preposition and article in one, inside: "Le Président du Conseil")
        or (k > 0 and w in _BODY_CONTRACTIONS)
        for k, w in enumerate(words)
    ) and not all(w.casefold().rstrip(".") in _ARTICLES for w in words):
        # "The Prime Minister", "De voorzitter", "THE PRESIDENT": an office, no name
        display = _title_case_title(words)
        return NameParts(
            display[0].upper() + display[1:], None, None, role_word, affiliation, False, True
        )
    if (
        3 <= len(words) <= 5
        and words[0].casefold() in _SHOW_ROLE_TITLES
        and all(w[:1].isupper() for w in words[1:])
    ):
        # a show's host or anchor before the full name, as TV sites in India print the
        # anchor's label ("Anchor Priya Nair"; in Indian letters, see CASELESS_TITLES);
        # not before one word ("Host Name", "Host Mike": the label as written)
        parts = split_label(" ".join(words[1:]))
        if not parts.generic and not parts.office:
            return replace(parts, title=parts.title or words[0])
    if len(words) == 2 and (words[0].casefold(), words[1].casefold()) in TWO_WORD_HONOURS:
        # an honour alone, "Datuk Seri": said to the one who bears it (see build_roster)
        return NameParts(core, None, core, role_word, affiliation, False)
    honorific = None
    title_words: list[str] = []
    i = 0
    if len(words) > 2 and (words[0].casefold(), _norm_word(words[1])) in _TWO_WORD_ADDRESS:
        honorific = " ".join(words[:2])
        i = 2
    # Leading honorific(s) and title words, keeping at least one word for the name.
    while i < len(words) - 1:
        low = _norm_word(words[i]) if words[i][-1] in "ªº" else words[i].casefold().rstrip(".")
        if low[-1:] == "/" and (low[:-1] in _ADDRESS or low[:-1] in HONORIFICS):
            # a form of address closed by a slash, as Gulf records and papers print a
            # member, in Arabic or English: "السيد/ عبدالله محمد العتيبي", "Mr/ Ahmed Saleh"
            low = low[:-1]
        if "." in low[1:-1] and _inner_abbreviation(low):
            # a title cut short with its ending after the period: Italian "Prof.ssa",
            # "Dott.ssa", "Sig.ra"; Croatian "Dr.sc.", "Mr.sc." (a master of science)
            honorific = words[i]
            i += 1
            continue
        if low in HONORIFICS and low != "the":
            if low in ("tuan", "puan") and words[i + 1].casefold() == "yang":
                break  # (a Malay style, not a name: "Tuan Yang di-Pertua", the Speaker)
            honorific = words[i]
            i += 1
            continue
        if i == 0 and _agency_code(words, i):
            title_words.append(words[i])
            i += 1
            continue
        if low in _ADDRESS and not title_words and honorific is None:
            # "Frau Dr. Martiny-Glotz", "Mme Curie", "Señor López": a form of address
            if low == "m" and not words[i].endswith("."):
                break  # "M" alone may be an initial
            if low == "m" and len(words) - i >= 3 and all(len(w.rstrip(".")) == 1 for w in words):
                break  # initials alone: "M. L. P" (María Luisa Pérez), not Monsieur L. P.
            honorific = words[i]
            i += 1
            continue
        if (
            low in TITLE_WORDS
            or low in WORLD_TITLES
            or low in CASELESS_TITLES
            or (len(low) > 10 and low.endswith(COMPOUND_POST_ENDS))
            or low in _CJK_TITLES  # ("議員 李明", as a title is written before a name)
            or (title_words and low in _JOINERS)
            # ("City Manager Reinholt", not "City Radio": a place's word before a title)
            or (low in _PLACE_TITLES and words[i + 1].casefold().rstrip(".") in TITLE_WORDS)
            # (an Arabic title after the form of address, a name after it, no article
            # opening its first word: "السيد النائب أحمد بناني", Mr. Deputy Ahmed Bennani;
            # "السيد الرئيس التنفيذي" is an office)
            or (
                honorific is not None
                and low in ARABIC_TITLES
                and len(words) - i > 2
                and not words[i + 1].startswith("ال")
            )
        ):
            title_words.append(words[i])
            i += 1
            continue
        if (
            i == 0
            and len(low) >= 6
            and words[0][:1].isupper()
            and words[1][:1].isupper()
            and _title_misspelt(low)
        ):
            # a title with a letter dropped or doubled ("Govenor Whakamoe", "Governorr Lee"),
            # where the same speaker's other labels spell it: not a given name
            title_words.append(words[i])
            i += 1
            continue
        if low == "the" and i + 1 < len(words) - 1:
            title_words.append(words[i])
            i += 1
            continue
        if (
            low in ("le", "la")
            and honorific is not None
            and not title_words
            and i + 1 < len(words) - 1
            and words[i + 1].casefold() in WORLD_TITLES
        ):
            # a French form of address, its article, then the office ("M. le juge ALBERS",
            # "Mme la ministre ROY"): the office's, not the name's
            title_words.append(words[i])
            i += 1
            continue
        break
    if (
        len(title_words) >= 2
        and title_words[-1].casefold() in ("of", "for")
        and title_words[-2].casefold() in GOVERNMENT_OFFICES
        and (
            (len(words) - i <= 4 and is_all_caps(" ".join(words[i:])))
            or len(words) - i <= 2  # ("The Minister of Transport": no room for a name)
        )
    ):
        # "The MINISTER OF WATER AND SANITATION", "MINISTER FOR HEALTH": an office and its
        # portfolio (in capitals, or too short to hold a name), no name after it
        display = _title_case_title(words)
        return NameParts(
            display[0].upper() + display[1:], None, None, role_word, affiliation, False, True
        )
    # Trailing joiners belong to the name side ("Secretary of" + "State X" is rare).
    while title_words and title_words[-1].casefold() in _JOINERS:
        if words[i - 1] == title_words[-1]:
            i -= 1
        # (else an honorific stands between: "The Rt Revd Dr Ann Lee", "The" is dropped)
        title_words.pop()
    name_words = words[i:]
    while (
        title_words
        and len(name_words) >= 3
        and name_words[0].casefold() in _PORTFOLIO_JOIN
        and name_words[1][:1].isupper()
        and name_words[0].casefold() not in _JOINERS
    ):
        # the office's portfolio, then the holder ("PRESIDENTE DEL CONSIGLIO TRAMONTANA",
        # "Ministro de Economía Ana Pérez"): a particle of a surname has the surname alone
        # after it ("Minister de Groot")
        title_words += name_words[:2]
        i += 2
        name_words = name_words[2:]
    if (
        title_words
        and 2 <= len(name_words) <= 3
        and name_words[0] in ("of", "for")
        and all(w[:1].isupper() and w[-1:] != "." for w in name_words[1:])
    ):
        # an office and its see or its place, no name ("The Bishop of Wrexley", "the Mayor
        # of Leeds"): not a title before the name "of Wrexley"
        display = _title_case_title(words)
        return NameParts(
            display[0].upper() + display[1:], None, None, role_word, affiliation, False, True
        )
    if title_words and name_words and all(w[:1].islower() for w in name_words):
        # no name after the title word, only words in lower case: the label is an office
        # or a role in words ("Assessora de imprensa"), not a title and a name
        title_words, name_words, i = [], words, 0
    if i == 0 and len(words) >= 4:
        title_words, name_words = _portfolio_then_name(words)
    elif (
        i == 0
        and len(words) == 3
        and words[1].islower()
        and words[1] in WORLD_TITLES
        and words[0][:1].isupper()
        and words[2][:1].isupper()
    ):
        # a title in lower case after its adjective, then a surname: "Vlaams minister
        # Claeys", "Federale minister Peeters"
        title_words, name_words = words[:2], words[2:]
    if (
        title_words
        and len(name_words) >= 2
        and all(w.isupper() for w in title_words + name_words[:-1])
        and not name_words[-1].isupper()
    ):
        # an office in capitals, then its holder's name as written ("ASSESSORE AI
        # TRASPORTI Benedetti", "MINISTRO DE ECONOMÍA Pérez")
        title_words = title_words + name_words[:-1]
        name_words = name_words[-1:]
    # an office that runs on past its title word, a word in lower case inside it
    # ("Sekretarz Stanu w Ministerstwie Infrastruktury Ewa Lis"): its holder is the last
    # two capitalised words
    if (
        title_words
        and len(name_words) > 3
        and any(w[:1].islower() and w.casefold() not in _PARTICLES for w in name_words[:-2])
        and all(w[:1].isupper() for w in name_words[-2:])
    ):
        title_words = title_words + name_words[:-2]
        name_words = name_words[-2:]
    if (
        title_words
        and len(name_words) >= 3
        and name_words[0].casefold() in GENITIVE_BODIES
        and all(w[:1].isupper() for w in name_words[-2:])
    ):
        # an office and the body it serves, in the genitive with no preposition, as Polish
        # and Czech print it ("Przewodnicząca Rady Miasta Anna Nowak", "Dyrektor Wydziału
        # Kultury A. Nowak", "Starosta města Petr Dvořák"): the holder is the last two words
        title_words = title_words + name_words[:-2]
        name_words = name_words[-2:]
    title = _title_case_title(title_words) if title_words else None
    if honorific is not None and honorific.casefold().rstrip(".") in HONORIFICS:
        h = honorific.rstrip(".")
        honorific = (h[0].upper() + h[1:].lower()) + (
            "." if len(h) <= 3 and h.lower() != "miss" else ""
        )
    elif honorific is not None and is_all_caps(honorific):
        honorific = honorific[0] + honorific[1:].lower()  # "FRAU" -> "Frau", as written else
    display = _case_name(name_words)
    if tail_title is not None:
        tail_t = _title_case_title(tail_title.split())
        title = tail_t if title is None else f"{title}, {tail_t}"
    office = False
    if len(name_words) == 1 and (i > 0 or title_words):
        low = name_words[0].casefold().rstrip(".")
        if low[:2] in ("l'", "l’"):
            low = low[2:]  # (the French elided article: "Mme l'échevine", "M. l'adjoint")
        # "The Prime Minister", "De voorzitter", "Staatssekretär": an office, no name
        # (or an Arabic office after its form of address: "السيد الرئيس", Mr. President)
        office = low in TITLE_WORDS or low in WORLD_TITLES or low in ARABIC_TITLES
        if office:
            display = _title_case_title(words)
            display = display[0].upper() + display[1:]
            title = None
    return NameParts(display, title, honorific, role_word, affiliation, False, office)


# bodies in the genitive after an office (Polish, Czech): council, city, municipality,
# district, mayor, department, office, board, committee, ministry, region
GENITIVE_BODIES = frozenset(
    "rady miasta gminy powiatu dzielnicy prezydenta burmistrza wójta starosty wydziału biura"
    " urzędu zarządu komisji departamentu sejmiku województwa ministerstwa referatu zespołu"
    " města obce kraje výboru odboru úřadu zastupitelstva rady magistrátu ministerstva".split()
)


_OFFICE_HOLDER_JOIN = frozenset("de del y e la las los of for and the".split())


def _citizen(words: list[str], k: int) -> bool:
    """``C.`` (Ciudadano, Ciudadana) before an office, as a Mexican stenographic version
    addresses who speaks ("C. PRESIDENTA MUNICIPAL", "C. REGIDOR ..."): a form of address,
    never an initial there (an initial has a name after it, not an office)."""
    return (
        k + 1 < len(words)
        and words[k] in ("C.", "c.")
        and words[k + 1].casefold().rstrip(".") in TITLE_WORDS | WORLD_TITLES
    )


def _agency_code(words: list[str], k: int) -> bool:
    """A government body's code before its officer's title ("DA SEC. CABRERA", "DOH USEC.
    REYES", as a Philippine briefing labels who speaks): part of the title."""
    return (
        k + 2 < len(words)
        and 2 <= len(words[k]) <= 5
        and words[k].isalpha()
        and words[k].isupper()
        and words[k + 1][-1:] == "."
        and words[k + 1].casefold().rstrip(".") in TITLE_WORDS | WORLD_TITLES
    )


def _office_then_holder(head: str, tail: str) -> NameParts | None:
    """An office, a comma, then its holder with a title or form of address, as a record
    introduces who speaks ("Presidente, honorable Senador Hernán Lozada Pardo", "señor
    Ministro de Minas y Energía, doctor Julián Arboleda Cortés"): the holder's name, the
    office as the title (its form of address dropped); else None."""
    words = head.split()
    k = 0
    # (its form of address dropped, its article kept: "The Chairman:" later is the office)
    while k < len(words) - 1 and _norm_word(words[k]) in (_ADDRESS | HONORIFICS) - {"the"}:
        k += 1
    at = k + 1 if k < len(words) - 1 and words[k].casefold() in _ARTICLES | {"o", "a"} else k
    # (a deputy's office is the office's: "VICE-MINISTRO", "VICEMINISTRO")
    first = (
        words[at].casefold().rstrip(".").removeprefix("vice-").removeprefix("vice") if words else ""
    )
    # (or the office's noun closes it, after its adjective: "Official Spokesperson",
    # "आधिकारिक प्रवक्ता", as India's MEA labels its spokesperson)
    last = words[-1].casefold().rstrip(".") if len(words) - at == 2 else ""
    if not (
        first in TITLE_WORDS
        or first in WORLD_TITLES
        or last in TITLE_WORDS
        or last in WORLD_TITLES
        or last in CASELESS_TITLES
    ) or not all(
        w[:1].isupper()
        or caseless_letter(w[:1])
        or w.casefold() in _OFFICE_HOLDER_JOIN
        or _office_word(w)
        for w in words[at + 1 :]
    ):
        return None
    tail_words = tail.split()
    lead = tail_words[0].casefold().rstrip(".") if tail_words else ""
    if not (
        lead in HONORIFICS
        or lead in _ADDRESS
        or lead in WORLD_TITLES
        or lead in TITLE_WORDS
        # (or a record in capitals names the holder bare: "A MINISTRA DA SAÚDE, ARMINDA
        # CHIZIANE", as Lusophone parliaments print a minister)
        or (head.isupper() and tail.isupper() and 2 <= len(tail_words) <= 4)
    ):
        return None  # (the holder's title says a person follows: "doctor", "honorable")
    parts = split_label(tail)
    named = parts.name.split()
    if (
        parts.generic
        or parts.office
        or not 2 <= len(named) <= 5
        or not all(w[:1].isupper() or caseless_letter(w[:1]) for w in named)
    ):
        return None
    office = " ".join(words[k:])
    office = office[0].upper() + office[1:]
    return NameParts(parts.name, office, parts.honorific, parts.role_word, None, False)


# joiners of an office and its portfolio, and of two fields of one portfolio
_PORTFOLIO_JOIN = frozenset("of for de del da do di des du".split())
_FIELDS_JOIN = frozenset("and & y e et und".split())


def _portfolio_office(words: list[str]) -> bool:
    """An office and a portfolio of two fields, no name: "Secretary for Transport and
    Logistics", "Secretaria de Medio Ambiente y Recursos Naturales" (a name has no "and")."""
    k = 1 if words[0].casefold() in _ARTICLES and len(words) > 4 else 0
    first = words[k].casefold().rstrip(".")
    if not (first in TITLE_WORDS or first in WORLD_TITLES) or words[k + 1] not in _PORTFOLIO_JOIN:
        return False
    rest = words[k + 2 :]
    return (
        len(rest) <= 7
        and any(w in _FIELDS_JOIN for w in rest[1:-1])
        and all(
            w[:1].isupper() or w.casefold() in _JOINERS | _FIELDS_JOIN | _PORTFOLIO_JOIN
            for w in rest
        )
    )


def _portfolio_then_name(words: list[str]) -> tuple[list[str], list[str]]:
    """An office whose title word closes a portfolio, then the holder's name: "ULAŞTIRMA VE
    ALTYAPI BAKANI NEVZAT KURTULMUŞOĞLU", "TRANSPORT MINISTER ANN LEE": the title, and
    the two or three words after it."""
    for k in range(1, len(words) - 2):
        low = words[k].casefold().rstrip(".")
        if (
            low not in TITLE_WORDS
            and low not in WORLD_TITLES
            and not (len(low) > 10 and low.endswith(COMPOUND_POST_ENDS))
        ):
            continue
        rest = words[k + 1 :]
        if len(rest) <= 3 and all(
            (w[:1].isupper() or "\u10d0" <= w[:1] <= "\u10ff")  # (Georgian: no capitals)
            and w.replace("-", "").replace("'", "").isalpha()
            and w.casefold() not in TITLE_WORDS | WORLD_TITLES | _JOINERS
            for w in rest
        ):
            return words[: k + 1], rest
    return [], words


_PARTICLES = frozenset({"de", "del", "des", "du", "der", "van", "von", "y"})
_ARTICLES = frozenset("the de het la le el die der los las les y yr an".split())


def _office_holder(core: str) -> NameParts | None:
    """An office and the person who holds it: "The Prime Minister (Mr John Major)", "Mr
    Deputy Speaker (Mr Harold Whitby)", "El señor MINISTRO DEL INTERIOR (Marín Sanz)";
    "위원장 김철수", "홍길동 위원" (a Korean title before or after the name)."""
    paren = _PAREN.search(core)
    if paren is not None:
        outer = core[: paren.start()].split()
        inner = paren.group(1).strip()
        party = None
        k = inner.find(". ")
        if k > 0 and len(inner[:k].split()) >= 2 and len(inner[:k].split()[-1]) > 2:
            # the holder's name, a period, the party and state, as the Brazilian Chamber
            # prints its chair: "O SR. PRESIDENTE (Otávio Leite. Bloco/MDB - PA)"
            inner, party = inner[:k], inner[k + 2 :].strip() or None
        if outer and _office_named(outer) and len(inner.split()) >= 2 and inner[:1].isupper():
            person = split_label(inner)
            if not person.generic and person.name and not person.office:
                title = _title_case_title(
                    [w for w in outer if w.casefold().rstrip(".") not in HONORIFICS]
                )
                return NameParts(person.name, title or None, person.honorific, None, party, False)
        surname = _bracketed_surname(outer, inner)
        if surname is not None:
            return surname
    words = core.split()
    if len(words) == 2 and all(w[:1].isalpha() and w[:1].lower() == w[:1].upper() for w in words):
        # caseless scripts: the word that ends with a title is the title
        for title, name in ((words[0], words[1]), (words[1], words[0])):
            if title.endswith(CJK_TITLE_SUFFIXES) and not name.endswith(CJK_TITLE_SUFFIXES):
                return NameParts(name, title, None, None, None, False)
        # a role or a post before a name of two to four characters ("主持人 邵雯雯",
        # "农业农村部总农艺师 孙晓岚", "報道官 田中一郎")
        if _is_cjk(words[0]) and 2 <= len(words[1]) <= 4 and words[0].endswith(_CJK_POSTS):
            return NameParts(words[1], words[0], None, None, None, False)
    return None


# ("Ministro da Saúde", "Assessore ai Trasporti", "Ministre des Finances")
_PORTFOLIO_OF = frozenset("da do das dos ai al alla alle agli della delle dei degli di".split())


def _bracketed_surname(outer: list[str], inner: str) -> NameParts | None:
    """An office, then its holder's surname alone in brackets, as stenographic records
    print the chair and ministers: "Sr. Presidente (Ledesma)", "Sra. Ministra de Economía
    (Ferraro)", "Il Presidente (Rossi)". The office is a title word, and what follows it
    only a portfolio after a joiner ("de Economía"); a party ("Senator Lee (Labour)") has a
    name before it, an acronym ("(PSOE)") is in capitals."""
    core = [w for w in outer if w.casefold().rstrip(".") not in HONORIFICS | _ADDRESS]
    while core and core[0].casefold() in _ARTICLES | {"il", "o", "lo"}:
        core = core[1:]  # ("El señor Presidente", "Il Presidente", "O Presidente")
    if not core or len(inner.split()) != 1 or len(inner) < 3:
        return None
    first = core[0].casefold().rstrip(".")
    if not (first in TITLE_WORDS or first in WORLD_TITLES):
        return None
    if len(core) > 1 and core[1].casefold() not in _JOINERS | _OFFICE_EXTRA | _PORTFOLIO_OF:
        return None
    if not (inner[:1].isupper() and inner[1:].islower() and inner.replace("-", "").isalpha()):
        return None
    title = " ".join(core)
    return NameParts(inner, title[0].upper() + title[1:], None, None, None, False)


def _office_named(outer: list[str]) -> bool:
    """The words before a holder's name in brackets name an office: all office words, or a
    title word and its portfolio after a joiner, as Spanish and Galician records print a
    minister ("La señora MINISTRA DE HACIENDA (Montero Cuadrado)", "A señora CONSELLEIRA
    DO MAR (Vilar Santiso)"): the portfolio's words are any."""
    if _is_office(outer):
        return True
    core = [w for w in outer if w.casefold().rstrip(".") not in HONORIFICS | _ADDRESS]
    while core and core[0].casefold() in _ARTICLES | {"il", "o", "lo", "a"}:
        core = core[1:]  # (the article before the address: "La señora", "A señora")
    if not core or len(core) > 8:
        return False
    first = core[0].casefold().rstrip(".")
    # (the joiner may be elided into the portfolio: "MINISTRA DELL'ISTRUZIONE")
    joiner = core[1].casefold().replace("’", "'").partition("'")[0] if len(core) > 1 else ""
    return (first in TITLE_WORDS or first in WORLD_TITLES) and (
        len(core) == 1 or joiner in _JOINERS | _OFFICE_EXTRA | _PORTFOLIO_OF | {"dell", "d"}
    )


def _is_office(words: list[str]) -> bool:
    """Words that name an office ("The Prime Minister", "MINISTRO DEL INTERIOR", "Mr Deputy
    Speaker"): title words, articles and joiners, and a form of address before them."""
    core = [w for w in words if w.casefold().rstrip(".") not in HONORIFICS | _ADDRESS]
    return (
        bool(core)
        and all(_office_word(w) or w.casefold() in _OFFICE_EXTRA for w in core)
        and not all(w.casefold().rstrip(".") in _ARTICLES | _JOINERS for w in core)
    )


# words of an office's name besides title words: joiners of other languages, the Speaker
_OFFICE_EXTRA = frozenset("speaker first del de la las los y e des du der für van".split())


# a preposition and an article in one, between an office and its body ("du Conseil",
# "del Consejo", "do Concello", "della Giunta")
_BODY_CONTRACTIONS = frozenset(("du", "des", "del", "della", "do", "dos"))


def _office_word(word: str) -> bool:
    low = word.casefold().rstrip(".")
    return low in TITLE_WORDS or low in WORLD_TITLES or low in _ARTICLES or low in _JOINERS


def _is_cjk(word: str) -> bool:
    return any("\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" for c in word)


# Posts and roles written before a name in Chinese and Japanese labels, the name after a
# space or none ("主持人 邵雯雯", "主持人邵雯雯", "总农艺师 孙晓岚")
_CJK_POSTS = (
    "主持人",
    "发言人",
    "發言人",
    "司会",
    "報道官",
    "师",
    "師",
    "主任",
    "教授",
    "总监",
    "總監",
    # (an earnings call's officers: "首席执行官 王建国", "总裁 李明", "董事长 张伟")
    "官",
    "总裁",
    "總裁",
    "董事长",
    "董事長",
    "经理",
    "經理",
)
_CJK_ROLE_PREFIXES = ("主持人", "发言人", "發言人", "報道官")
# The officers and parties of a Chinese court's record: a label alone ("审判长", "公诉人") is
# the office, whose holder the record's head names ("审判长：周立新"); before a name, the
# party's role ("被告人陈某某", "证人孙某"). Longest first: "被告人" before "被告".
CJK_COURT_ROLES = tuple(
    sorted(
        (
            "审判长 審判長 审判员 審判員 人民陪审员 人民陪審員 陪审员 陪審員 书记员 書記員"
            " 公诉人 公訴人 辩护人 辯護人 诉讼代理人 訴訟代理人 代理人 被告人 被告 原告人 原告"
            " 证人 證人 上诉人 上訴人 被上诉人 被上訴人 申请人 申請人 被申请人 被申請人 第三人"
            " 鉴定人 鑑定人"
        ).split(),
        key=len,
        reverse=True,
    )
)
_COURT_FIRSTS = frozenset(r[0] for r in CJK_COURT_ROLES)


# Posts written between a Chinese surname and its given name, as Taiwan's Legislative Yuan
# gazette and its press write a person ("陳委員怡君", "王部長志明", "高速公路局黃局長淑芬")
_CJK_MID_POSTS = tuple(
    sorted(
        (
            "委員 委员 部長 部长 局長 局长 院長 院长 署長 署长 次長 次长 主委 董事長 董事长 處長"
            " 处长 司長 司长 市長 市长 縣長 县长 議員 议员 主任 執行長 总经理 總經理 秘書長"
            " 秘书长 召委 組長 组长 校長 校长 所長 所长 廳長 厅长 副院長 副部長 政務次長"
        ).split(),
        key=len,
        reverse=True,
    )
)


def _mid_post(word: str) -> tuple[str, str, str] | None:
    """``陳委員怡君`` -> (``陳怡君``, ``委員``, an office before the surname or ""): one
    surname character, the post, a given name of one or two characters."""
    for post in _CJK_MID_POSTS:
        at = word.find(post, 1)
        if at < 0:
            continue
        given = word[at + len(post) :]
        if 1 <= len(given) <= 2 and not given.endswith(tuple(_CJK_MID_POSTS)):
            return word[at - 1] + given, post, word[: at - 1]
    return None


def _split_cjk(word: str, role_word: str | None, affiliation: str | None) -> NameParts:
    """``陳家洛議員`` -> name ``陳家洛``, title ``議員``; ``政制及內地事務局局長`` is an office;
    ``主持人邵雯雯`` -> name ``邵雯雯``, title ``主持人``; ``陳委員怡君`` -> ``陳怡君``, ``委員``."""
    for prefix in _CJK_ROLE_PREFIXES:
        if word.startswith(prefix) and 2 <= len(word) - len(prefix) <= 4:
            return NameParts(word[len(prefix) :], prefix, None, role_word, affiliation, False)
    if word[0] in _COURT_FIRSTS:
        court = next((r for r in CJK_COURT_ROLES if word.startswith(r)), None)
        if court == word or (court is not None and word.endswith(CJK_COURT_ROLES)):
            # (the office alone, or a party's: "被告代理人", the defendant's agent)
            return NameParts(word, None, None, role_word, affiliation, False, True)
        if court is not None and 2 <= len(word) - len(court) <= 4:
            return NameParts(word[len(court) :], court, None, role_word, affiliation, False)
    if len(word) >= 4 and not word.endswith(_CJK_LONG_SUFFIXES):
        mid = _mid_post(word)
        if mid is not None:
            return NameParts(mid[0], mid[1], None, role_word, mid[2] or affiliation, False)
    for suffix in sorted(CJK_TITLE_SUFFIXES, key=len, reverse=True):
        if word.endswith(suffix) and len(word) > len(suffix):
            rest = word[: -len(suffix)]
            if len(rest) <= 4 and rest[-1] not in CJK_OFFICE_END:
                return NameParts(rest, suffix, None, role_word, affiliation, False)
            return NameParts(word, None, None, role_word, affiliation, False, True)
    if word in CJK_TITLE_SUFFIXES:
        return NameParts(word, None, None, role_word, affiliation, False, True)
    return NameParts(word, None, None, role_word, affiliation, False)


_NOT_KEY = lazy(r"[^\w\s\-\u0900-\u0eff\u1000-\u109f\u1780-\u17ff]")


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key of a display name."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    # (the vowel signs of Indic and Southeast Asian scripts are part of a word: "พิธีกร")
    s = _NOT_KEY.sub(" ", s.casefold())
    return " ".join(s.replace("-", " ").split())


@lru_cache(maxsize=4096)
def slug(name: str) -> str:
    """A stable id from a name: ``Antony Blinken`` -> ``antony-blinken``."""
    key = name_key(name)
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "speaker"


_ROLE_AND_PERSON = lazy(r"(?P<role>[^\W\d_][^\s()]*)\s*\((?P<inner>[^()]{2,120})\)")
# ... a role of two words: "Audience member (Ngozi Eze, Ministry of Health)"
_ROLE2_AND_PERSON = lazy(
    r"(?P<role>[^\W\d_][^\s()]* [^\W\d_][^\s()]*)\s*\((?P<inner>[^()]{2,120})\)"
)


# ... a role and its number: "Caller 2 (Juma, Kilifi)", "Penanya 1 (Dimas, Harian X)"
_NUMBERED_ROLE_AND_PERSON = lazy(
    r"(?P<role>[^\W\d_][^\s()]*)[ \t]+\d{1,3}\s*\((?P<inner>[^()]{2,120})\)"
)


# a note in brackets after a label's bracket: the language spoken or the interpreting
# ("Question (Ann Lee, Radio X) [en anglais]", "(in English)", "[via interpreter]"), not the
# person's
_TRAILING_NOTE = lazy(r"\s*[\[(](?:en|in|via|through|auf|em|par|por)[ \t][^\[\]()]{1,25}[\])]$")


def _without_note(label: str) -> str:
    core = label.strip()
    if core[-1:] in ")]" and core.count("(") + core.count("[") >= 2:
        core = _TRAILING_NOTE.sub("", core)
    return strip_markup(core).strip()


def role_bracket_words(labels: list[str]) -> set[str]:
    """Words that open labels with different persons in brackets (``CALLER (Juma, Kilifi)``,
    ``CALLER (Mzee Bakari, Malindi)``): a role word, whose bracket names the speaker. A
    name with an affiliation in brackets keeps one bracket for one name."""
    inners: dict[str, set[str]] = {}
    alone = {label.strip().casefold() for label in labels if " " not in label.strip()}
    found: set[str] = set()
    for label in labels:
        m = _ROLE_AND_PERSON.fullmatch(_without_note(label))
        if m is not None:
            inner = m.group("inner").strip()
            inners.setdefault(m.group("role").casefold(), set()).add(inner)
            words = inner.partition(",")[0].casefold().split()
            if 2 <= len(words) <= 4 and not alone.isdisjoint(words):
                # ("Animatè (Wilfrid Jean-Baptiste)", then "Wilfrid:"): the bracket holds the
                # full name of a speaker whom later labels call by one of its words
                found.add(m.group("role").casefold())
    return found | {role for role, seen in inners.items() if len(seen) >= 2}


def common_noun_roles(labels: list[str], text: str) -> set[str]:
    """Words that open one label with a name and a place or outlet after a comma in
    brackets (``Звонок (Валентина Петровна, г. Заречный)``, ``Umwumva (Habimana Jean Paul,
    Huye)``) and that the text also writes in lower case as a word of its own ("У нас
    первый звонок", "Dufite umwumva kuri telefoni"): a common noun, the role of the person
    the bracket names (a surname, "Wilson (Con, Epsom)", is never written in lower case)."""
    found: set[str] = set()
    for label in labels:
        m = _ROLE_AND_PERSON.fullmatch(_without_note(label))
        if m is None or "," not in m.group("inner"):
            continue
        role = m.group("role")
        low = role.lower()
        if low == role or role.isupper() or low in found or split_label(role).office:
            continue  # (an office's bracket, "Président (Meier Thomas, président)": see
            # split_office_bracket)
        at = text.find(low)
        while at >= 0:
            end = at + len(low)
            if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                found.add(low)
                break
            at = text.find(low, end)
    return found


_ROLE_DASH_PERSON = lazy(
    # (the role may be numbered: "Penanya 1 – Bapak Yusuf Harahap (investor ritel)")
    r"(?P<role>[^\W\d_][\w.]*(?:[ \t]\d{1,3})?)[ \t]+[–—][ \t]+"
    r"(?P<inner>[^()–—:]+(?:\([^()]+\))?)"
)


def split_role_bracket(label_name: str, role_words: set[str]) -> NameParts | None:
    """``GUEST (Dr. Peter Otieno, Coast General Hospital)`` -> name ``Peter Otieno``,
    honorific ``Dr.``, affiliation the rest; ``CALLER (Juma, Kilifi)`` -> ``Juma``.
    The word before the bracket is a role when it opens labels with different persons (see
    :func:`role_bracket_words`), is a known role word, or the bracket's name carries an
    honorific; else None (``SMITH (Labour)``: a name, then an affiliation)."""
    core = _without_note(label_name)
    dashed = _ROLE_DASH_PERSON.fullmatch(core)
    if dashed is not None:
        # (the role, a dash, then who holds it, as a phone-in's page writes it: "CALLER –
        # Mike (Leeds)", read as "CALLER (Mike, Leeds)")
        inner = dashed.group("inner").replace(" (", ", ").replace(")", "")
        core = f"{dashed.group('role')} ({inner})"
    m = _ROLE_AND_PERSON.fullmatch(core)
    numbered = False
    if m is None:
        m = _ROLE2_AND_PERSON.fullmatch(core)
        if m is None or m.group("role").casefold() not in ROLE_WORDS:
            m = _NUMBERED_ROLE_AND_PERSON.fullmatch(core)
            if m is None:
                return None
            # ("Penanya 1 (Dimas, Harian X)", "Oditè 2 (Jozèf, Okay)"): a numbered word is a
            # role, no name has a number; its bracket is a person's when it holds a name, then
            # a place or an outlet after a comma ("Oditè 1 (Kafou)", "Penanya 2 (Metro TV)":
            # a place or an outlet alone)
            if "," not in m.group("inner"):
                return None
            numbered = True
    role, inner = m.group("role"), m.group("inner").replace("،", ",")  # (the Arabic comma)
    # (a word that opens labels with different persons, "Pergunta (Rafael Cunha, Rádio X)",
    # "Pergunta (Lívia Sampaio, ESPN)": a role word of the document's own)
    own_role = (role.casefold() in role_words or numbered) and not role.isupper()
    if (
        not (role.isupper() and len(role) > 3)
        and role.casefold() not in ROLE_WORDS
        and not own_role
    ):
        return None  # (a word in capitals, or a role word: not "Smith (Labour)")
    first, _, rest = inner.partition(",")
    for dash in (" - ", " – ", " — "):
        if dash in first:
            # (the outlet after a spaced dash: "Soru (Hakan Ergin - Spor Arena)")
            first, _, outlet = first.partition(dash)
            rest = f"{outlet}, {rest}" if rest else outlet
            break
    words = first.split()
    honorific = None
    while len(words) > 1 and (
        re.fullmatch(r"[^\W\d_]{2,4}\.", words[0])
        or (words[0].casefold() in HONORIFICS and words[0].casefold() != "the")
    ):
        # "Dr.", "Dkt.", "Prof.": an abbreviated honorific; "Mrs", "Mr" as Britain prints them
        # (not the article of "The Evening Chronicle", an honour's in "The Rt Revd")
        honorific = words[0]
        words = words[1:]
    if len(words) > 1 and (
        (len(words[0].rstrip(".")) > 1 and words[0].casefold().rstrip(".") in _ADDRESS)
        or words[0] in CASELESS_DOCTOR
    ):
        # (a form of address: "Bapak Yusuf Harahap", "Frau Anna Roth"; in a script without
        # case, "डॉ. मीना जोशी", "دکتر کامران صدری")
        honorific, words = words[0], words[1:]
    if dashed is not None and len(words) > 1 and words[0].casefold() in WORLD_TITLES:
        # (a caller's title of respect in full: "Gogo Dlamini", a grandmother)
        honorific, words = words[0], words[1:]
    asks = ROLE_WORDS.get(role.casefold()) in ("interviewer", "moderator")
    if (
        asks
        and role.isupper()
        and 2 <= len(words) <= 4
        and all(_WORD_OK.match(w) and w.isupper() and len(w) > 1 for w in words)
    ):
        # "PRESENTER (ANNA MORRIS)": a record in capitals names its host so
        words = [natural_case(w) for w in words]
    elif (
        not 1 <= len(words) <= 4
        or not all(
            _WORD_OK.match(w)
            # (a script without case writes its names as any word, "होस्ट (राहुल वर्मा)",
            # after a known role word only: "周敏(品牌部)" is a name, then a department)
            and (
                (w[:1].isupper() and not w.isupper())
                # (or a word that opens labels with different persons, a name of one or two
                # words in its brackets: "श्रोता (नाम, शहर)"; not a post and a firm around it)
                or (
                    caseless_letter(w[:1])
                    and (role.casefold() in ROLE_WORDS or (own_role and len(words) <= 2))
                )
            )
            for w in words
        )
    ):
        return None  # (a name written as a name: capitalised, not an acronym)
    known = role.casefold() in role_words or role.casefold() in ROLE_WORDS or own_role
    if not known and (honorific is None or role.casefold() in WORLD_TITLES):
        return None  # (an office's word, "PRÄSIDENTIN (Dr. Karin Albers)": an office)
    # (the role word is not kept as a title: "Caller Maria" would read back as a name; a
    # role word of the document's own is kept as the role's word)
    kept = role.casefold() if (own_role and role.casefold() not in ROLE_WORDS) or asks else None
    return NameParts(" ".join(words), None, honorific, kept, rest.strip() or None, False)


# (the office may hold a bracket of its own: "THE MINISTER OF STATE FOR WORKS AND TRANSPORT
# (TRANSPORT) (Mr Jane Doe)", a portfolio's part; the person's bracket is the last)
_OFFICE_AND_PERSON = lazy(
    r"(?P<office>[^\W\d_](?:[^()]|\([^()]{1,40}\)){1,100}?)\s*\((?P<inner>[^()]{3,120})\)"
)
# the last word of a body's name, which no person's name ends with
_BODIES = frozenset(
    "committee commission council board party caucus union ministry"
    " comisión comité consejo junta partido sindicato ministerio".split()
)
# articles before an office: "La consellera d'Educació", "El conseller", "The Chairperson"
_OFFICE_ARTICLES = frozenset("la el the le il lo o a der die de y yr".split())


def _prefix_title(word: str) -> bool:
    """An abbreviated title before a name, with its period: ``Dr.``, ``PROF.``, ``Hj.``,
    ``DRS.``, ``Ir.``, ``Sen.`` (a period, and no vowel after the first letter's or a short
    word: not an initial, which is one letter)."""
    return word.endswith(".") and 2 <= len(word) - 1 <= 4 and word[:-1].isalpha()


def _uncased(word: str) -> bool:
    """A word of a script without case (Arabic, Persian, Hebrew)."""
    return caseless_letter(word[:1])


# a rank before a full name in a bracket, "(Captain Rhys Owen)" (not any title word: "NATO"
# opens "[NATO Secretary General]", "Chief" opens "(Chief Executive Officer)")
_RANKS = frozenset(
    "general gen admiral adm colonel col major maj captain capt commander cmdr sergeant sgt "
    "lieutenant lt inspector superintendent commissioner".split()
)


def split_office_bracket(label_name: str) -> NameParts | None:
    """An office, a faction or a function, then the person in brackets, as parliaments
    print a minister, a chair or a member (``La consellera d'Educació (Elisenda Roca i
    Ferrer)``, ``KETUA RAPAT (DR. HJ. SITI RAHMAWATI LUBIS, M.KES.)``, ``F-PDIP (DRS.
    YOHANES MANUPUTTY)``): the name without its titles before it and its degrees after a
    comma, the office as the title; else None (``FODOR ESZTER (Zöld Jövő)``: a name, then
    a party). The bracket is a person's when its name carries a title, or when the office
    opens with an office's word."""
    text = strip_markup(label_name).strip()
    if text[-1:] != ")" and ") " in text:
        # (a verb of answering after the bracket: "The Bishop of Tolbury (The Rt Revd Helen
        # Achterberg) replied")
        text = _without_reply(text)
    if text[-2:] == "))":
        text = _outer_bracket(text)  # (the holder's place after the holder)
    if text[-1:] == "]" and text.count("[") == 1 and "(" not in text:
        # (square brackets, as the Dewan Rakyat prints a minister: "Menteri Kesihatan [Datuk
        # Seri Dr. Ahmad bin Said]"; a member's constituency stands in them too, after a name)
        text = text.replace("[", "(").replace("]", ")")
    if text.count("(") > 1 and text.rpartition("(")[2][:1].islower():
        # (a note in the last bracket, "(bagi pihak Menteri Kesihatan)", "(on behalf of the
        # Minister)": the person is in the one before it)
        text = text[: text.rfind("(")].rstrip()
    if text.count("(") > 1:
        # (an earlier bracket, the office's portfolio: "THE MINISTER OF STATE FOR WORKS AND
        # TRANSPORT (TRANSPORT) (Mr Edward Lule)"; the last holds the person)
        text = re.sub(r"\s*\([^()]*\)(?=.*\()", "", text)
    m = _OFFICE_AND_PERSON.fullmatch(text)
    if m is None:
        return None
    office, inner = m.group("office").strip(), m.group("inner")
    words = inner.split(",")[0].split()
    titled = False
    honorific = None
    if len(words) > 2 and (words[0].casefold(), words[1].casefold()) in TWO_WORD_HONOURS:
        # (a Malay honour of two words: "Datuk Seri", "Tan Sri")
        honorific, titled, words = " ".join(words[:2]), True, words[2:]
    thai = next((t for t in _THAI_ADDRESSES if words and words[0].startswith(t)), None)
    if thai is not None and len(words[0]) > len(thai) and len(words) >= 2:
        # (a Thai form of address written onto the given name: "(นายสมชาย ใจดี)")
        honorific, titled, words = thai, True, [words[0][len(thai) :], *words[1:]]
    # (a letter after a title is a title too: "DR. H. ABDUL MALIK", H. for hajji)
    while (
        len(words) > 1
        and (
            _prefix_title(words[0])
            or words[0].casefold().rstrip(".") in HONORIFICS
            or (titled and len(words[0]) == 2 and words[0][0].isupper())
            # (a form of address in a script without case: Persian "آقای", "خانم")
            or (_uncased(words[0]) and words[0] in ADDRESS)
            # (an abbreviated one with its period: French "M.", "Mme", as "(M. Louis Gagné)")
            or (words[0][-1:] == "." and words[0][:-1].casefold() in _ADDRESS)
        )
    ):
        if honorific is None and words[0].casefold() != "the":  # (not "The." of "The Ven")
            honorific = (
                words[0] if words[0].endswith(".") or _uncased(words[0]) else words[0] + "."
            )  # ("Mr.")
        titled, words = True, words[1:]
    if (
        len(words) > 2
        and words[0][:1].isupper()
        and (words[0].casefold() in WORLD_TITLES or words[0].casefold() in _RANKS)
    ):
        # (a member's title in full before the name, as the Brazilian Chamber prints its
        # chair: "O SR. PRESIDENTE (Deputado Hélio Brandão)", "(Senador Paulo Paim)"; a rank,
        # "The Harbourmaster (Captain Rhys Owen)")
        titled, words = True, words[1:]
    if (
        not (2 if not titled else 1) <= len(words) <= 5
        or not all(
            _WORD_OK.match(w)
            # (or a script without case: "திரு. க. அன்பழகன்", "آقای رضا کریمی")
            and (
                w[:1].isupper()
                or w in ("i", "y", "de", "da", "van", "von", "bin", "binti", "binte")
                or _uncased(w)
            )
            for w in words
        )
    ):
        return None
    if any(_prefix_title(w) for w in words) or any(c.isdigit() for c in inner):
        return None
    if words[-1].casefold() in _BODIES or words[0].casefold() in _BODIES:
        # (a body, not a person: "BROTHER ROE (Bargaining Committee)", "(Comisión Negociadora)")
        return None
    degrees = inner.split(",")[1:]
    if any(not all("." in w for w in d.split()) for d in degrees):
        return None  # (after a comma only degrees: "S.E.", "M.Kes.", "Lc., M.A.")
    head = office.split()
    if not titled and any(
        head[k].casefold().rstrip(".") in HONORIFICS
        and head[k].casefold() != "the"
        and _office_word(head[k - 1])
        and not _office_word(head[k + 1])
        for k in range(1, len(head) - 1)
    ):
        # a title, an honorific and a name before the brackets ("Gemeinderätin Dr. Petra
        # Lenz (Freie Wähler)", "Councillor Dr Ann Lee (Green Party)"): the person is named
        # already, the brackets hold a party
        return None
    lead = 1 if len(head) > 1 and head[0].casefold() in _OFFICE_ARTICLES else 0
    while lead < len(head) - 1 and (
        _norm_word(head[lead]) in _PT_ADDRESSES or (_uncased(head[lead]) and head[lead] in ADDRESS)
    ):
        lead += 1  # (a form of address before the office: "O Sr. Ministro da Saúde (...)")
    rest = head[lead + 1 :]
    if not titled and len(rest) >= 2 and all(w[:1].isupper() and not _office_word(w) for w in rest):
        # an office's word, then a given name and a surname ("Stadtrat Tobias Berger (Freie
        # Wähler)", "Councillor Ann Lee (Green Party)"): named already, as with a title
        # above; the brackets hold a party
        return None
    if not titled:
        first, last = head[lead].casefold(), head[-1].casefold()
        # (or ends with one, where the title follows its portfolio: "OSASUNEKO SAILBURUAK")
        if (
            (first not in TITLE_WORDS and first not in WORLD_TITLES and first not in _MALAY_OFFICES)
            and (len(head) < 2 or last not in WORLD_TITLES)
            # (an office in lower case is one by its case: "heilbrigðisráðherra (Ásmundur
            # Einar Þórhildarson)", see _lower_office_holder)
            and not _lower_office_holder(strip_markup(label_name).strip())
            # (an office in a script without case: "وزیر تعلیم (...)", "جناب اسپیکر (...)")
            and not head[lead].startswith(CASELESS_OFFICES)
        ):
            return None
    name = " ".join(natural_case(w) if w.isupper() and len(w) > 1 else w for w in words)
    if (
        " " not in office
        and office.isupper()
        and len(office) <= 12
        and office.casefold() not in TITLE_WORDS
        and office.casefold() not in WORLD_TITLES
    ):
        # a party's or a faction's code ("F-PDIP"): an affiliation, not an office (an
        # office's word in capitals is one: "ΠΡΟΕΔΡΕΥΩΝ (Αθανάσιος Μπούρας)", "PRÄSIDENT")
        return NameParts(name, None, honorific, None, office, False)
    if lead:
        office = " ".join(head[lead:])  # ("The Prime Minister (Mr John Major)")
    return NameParts(name, office, honorific, None, None, False)


def fold_same_length(text: str) -> str:
    """``text`` casefolded, its offsets kept: the Turkish "İ" and the German "ß" fold to two
    characters, which would shift every offset after them (a cue found in the folded text is
    read back from the text at the same offsets)."""
    low = text.casefold()
    if len(low) == len(text):
        return low
    low = text.replace("İ", "i").lower()
    if len(low) == len(text):
        return low
    return "".join(c.casefold() if len(c.casefold()) == 1 else c for c in text)


# the endings of "from" (the elative and ablative cases) that a town takes after a
# name in Hungarian ("Szegedről", "Debrecenből") and Finnish ("Jyväskylästä", "Oulusta")
_FROM_CASE_HU = ("ból", "ből", "ról", "ről", "tól", "től")
_FROM_CASE_FI = ("stä", "ltä")
_FROM_CASE_FI_BACK = ("sta", "lta")  # (as in "Acosta", "Peralta": only beside ä or ö)


def town_from_case(word: str, run: list[str]) -> bool:
    """``word``, after the name ``run``, is a town in the "from" case, no surname."""
    low = word.casefold()
    if len(low) < 5:
        return False
    if low.endswith(_FROM_CASE_HU) or low.endswith(_FROM_CASE_FI):
        return True
    return low.endswith(_FROM_CASE_FI_BACK) and any(c in w for w in run for c in "äöÄÖ")
