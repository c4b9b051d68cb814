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

# Label words (casefolded, without digits or markup) -> role. Generic voices of research
# transcripts ("I", "R", "P1"), press conferences ("Q", "PREGUNTA") and chairs in the
# languages of parliaments ("Präsident", "voorzitter", "主席").
LABEL_ROLES: dict[str, str] = {}
for _words, _role in (
    (
        "interviewer int i q question questions frage pregunta interlocutor reporter reporters "
        "correspondent journalist journalists journaliste periodista reportero reportera "
        "entrevistador entrevistadora intervieweur interviewerin vraag domanda pergunta "
        "host co-host cohost presenter compere anchor byline 記者 记者 主持人 問 问 質問 질문 "
        "기자 inquirer examiner questioner asker",
        "interviewer",
    ),
    (
        "interviewee a answer answers antwort réponse reponse respuesta risposta resposta "
        "antwoord guest respondent r witness deponent entrevistado "
        "entrevistada interviewé interviewée befragter befragte 答 回答 答弁 응답 participant p",
        "interviewee",
    ),
    (
        "moderator moderators facilitator facilitators moderador moderadora modérateur moderateur modératrice "
        "moderatrice moderatorin operator chair chairman chairwoman chairperson co-chair "
        "cochair präsident präsidentin vizepräsident vizepräsidentin alterspräsident "
        "voorzitter vicevoorzitter "
        "主席 代理主席 議長 议长 委員長 委员长 司会 司会者 사회자 의장 위원장",
        "moderator",
    ),
    ("narrator announcer audience crowd caller clerk interpreter", "other"),
):
    for _w in _words.split():
        LABEL_ROLES[_w] = _role
for _phrase, _role in (
    ("the witness", "interviewee"),
    ("the deponent", "interviewee"),
    ("the chair", "moderator"),
    ("the chairman", "moderator"),
    ("the chairwoman", "moderator"),
    ("presiding officer", "moderator"),
    ("the presiding officer", "moderator"),
    ("the court", "moderator"),
    ("the judge", "moderator"),
    ("the speaker", "moderator"),
    ("mr speaker", "moderator"),
    ("madam speaker", "moderator"),
    ("madame speaker", "moderator"),
    ("deputy speaker", "moderator"),
    ("the deputy speaker", "moderator"),
    ("de voorzitter", "moderator"),
    ("audience member", "other"),
    ("the clerk", "other"),
    ("co host", "interviewer"),
    ("el moderador", "moderator"),
    ("la moderadora", "moderator"),
    ("the moderator", "moderator"),
    ("the interviewer", "interviewer"),
    ("the operator", "moderator"),
    ("conference operator", "moderator"),
):
    LABEL_ROLES[_phrase] = _role

# Office words that, standing alone as a label, chair the sitting; with a name after them
# ("President Trump", "Presidente López") they are an office, and the conversation decides.
CHAIR_OFFICES = frozenset(
    "president président présidente präsident präsidentin vizepräsident vizepräsidentin "
    "presidente presidenta voorzitter vicevoorzitter chair chairman chairwoman chairperson "
    "speaker".split()
)

# Labels for a voice that could be anyone: their role comes from what they say.
UNDECIDED = frozenset(
    "unknown unknown speaker unidentified unidentified speaker unidentified male "
    "unidentified female male voice female voice voice speaker multiple speakers".split()
)

_DIGITS = re.compile(r"[\s_\-#.]*\d+[a-z]?$")


def label_role(key: str) -> str | None:
    """The role a label's words give (``interviewer1`` -> interviewer), or None."""
    key = key.strip()
    if key in LABEL_ROLES:
        return LABEL_ROLES[key]
    bare = _DIGITS.sub("", key)
    if bare != key and bare in LABEL_ROLES:
        return LABEL_ROLES[bare]
    return None


# A question: a question mark near the end (any script), an opening ¿, or an interrogative
# opening word.
_QMARKS = ("?", "？", "؟", "⸮")
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


def is_question(text: str) -> bool:
    """Does this turn ask? (A question mark in its last 200 characters, an opening ``¿``
    or an interrogative first word.)"""
    tail = text[-200:] if len(text) > 200 else text
    for mark in _QMARKS:
        if mark in tail:
            return True
    head = text.lstrip(" \t\n\"'“‘*_([-—–")
    if head[:1] in ("¿", "؟"):
        return True
    first = head[:16].split(None, 1)
    if first:
        word = first[0].casefold().rstrip(",.:;!")
        if word in _OPENINGS and len(text) < 400:
            return "." not in text[:120] or text.rstrip().endswith(("?", "？"))
    return False


# Hand-offs and the chair's formulas, in many languages.
_FLOOR = re.compile(
    r"(?i)\b(?:next question|first question|last question|final question|"
    r"(?:our|the) (?:first|next|last|final) question|"
    r"question (?:comes|goes|is) (?:from|to)|comes from the line of|"
    r"(?:the )?floor is (?:yours|open)|you have the floor|over to you|go ahead|"
    r"(?:let's|let us|we'll|we will) (?:now )?(?:move|turn|go) (?:over |on )?to|"
    r"move (?:over|on) to (?:the )?q\s*&\s*a|open (?:it |the floor |the line |the lines )?"
    r"(?:up )?(?:for|to) (?:questions|q\s*&\s*a)|"
    r"wraps? up|(?:this|that) concludes|concludes (?:our|the|today's)|"
    r"(?:is|are) (?:now )?adjourned|come to order|to order|"
    r"(?:your|a) (?:response|reaction|rebuttal)|\d+ seconds|time (?:is up|has expired)|"
    r"i (?:now )?recognize|is recognized|yield(?:s)? (?:back|to)|"
    r"is there (?:a second|a motion|any objection)|without objection|"
    r"any (?:other |further )?(?:comments|questions|discussion|nominations)|"
    r"das wort hat|ich erteile|ich rufe .{0,80} auf|zusatzfrage|die sitzung ist|"
    r"la parole est|vous avez la parole|je donne la parole|question suivante|la séance est|"
    r"tiene (?:usted )?la palabra|siguiente pregunta|se (?:abre|levanta) la sesión|"
    r"het woord is aan|ik geef het woord|de vergadering is|"
    r"ha (?:la )?facoltà|ha la parola|tem a palavra|próxima pergunta)\b"
    r"|請.{0,24}?(?:發言|发言|作答|提問|提问|答覆|答复|質詢|质询)|哪位.{0,6}作答|"
    r"補充質詢|补充质询|第.{1,4}項質詢|下一(?:個|个)?問題|下一(?:個|个)?问题|次の質問"
)


def is_floor(text: str) -> bool:
    """Does this turn hand out the floor or run the sitting? (Its first and last 300
    characters are read: a chair's formula opens or closes a turn.)"""
    if len(text) <= 600:
        return _FLOOR.search(text) is not None
    return (
        _FLOOR.search(text, 0, 300) is not None or _FLOOR.search(text, len(text) - 300) is not None
    )


def short_address(text: str, names: tuple[str, ...]) -> bool:
    """A short turn that names the next speaker (``Herr Abgeordneter Urbaniak.``, ``President
    Trump.``): a hand-off. ``names`` are the next speaker's name words, casefolded."""
    if len(text) > 120 or not names:
        return False
    words = set(re.findall(r"[^\W\d_][\w'’\-]*", text.casefold()))
    return any(n in words for n in names)


# The opening of a show: its speaker hosts it.
WELCOME_SHOW = re.compile(
    r"(?i)\b(?:welcome (?:back )?to|willkommen (?:bei|zu|zur|zum)|bienvenid[oa]s? a|"
    r"bienvenue (?:à|dans|sur)|welkom bij|benvenut[io] a)\b"
    r"|\b(?:this is|you're listening to|you are listening to)\b.{0,60}\b(?:podcast|show|programme|program)\b"
)
# "I'm Emma", "my name is ...", "ich bin ...", "je suis ...", "soy ...": a self-introduction
SELF_INTRO = re.compile(
    r"(?i)\b(?:i'm|i’m|i am|my name is|this is|ich bin|mein name ist|je suis|je m'appelle|"
    r"soy|me llamo|mi nombre es|ik ben|mijn naam is|sono|mi chiamo)\s+"
    r"([^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*)?)"
)
# Words of a debate's opening: its opener moderates and the candidates answer.
DEBATE = re.compile(
    r"(?i)\b(?:debate|debates|debatte|débat|debat|dibattito|town hall|candidates?|"
    r"kandidat(?:en|innen)?|candidat(?:e|s|es)?|candidatos?|kandidaten)\b"
)
