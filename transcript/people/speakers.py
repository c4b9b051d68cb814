"""The speaker roster: one speaker per person, names split from titles, and roles.

Labels name the same person in many ways (``US Secretary of State Antony Blinken``,
``SECRETARY BLINKEN``, ``Blinken``); the roster merges them, reads full names and
affiliations from the text around the interview, and infers who asks and who answers.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from .._regex import lazy
from .examinations import (
    SWORN_COMMA,
    examination_headings,
    heading_witnesses,
    same_office,
    sworn_heading,
    sworn_headings,
    without_witness_role,
)
from .fullnames import (
    arabic_full_name,
    arabic_given_full_name,
    bracket_key_name,
    caseless_full_name,
    caseless_given_name,
    code_full_name,
    don_full_name,
    don_names,
    dotted_initials,
    field_kanji_full_name,
    fuller_name,
    fullest_name,
    given_before_surnames,
    handle_full_name,
    hangul_full_name,
    initials_surname_full,
    inverted_full_name,
    kanji,
    kanji_full_name,
    key_full_name,
    keyed_code,
    name_from_first,
    name_shaped,
    nickname_full_name,
    patronymic_full_name,
    reading_full_name,
    spaced_full_name,
    stopword,
    turkish_pronoun,
)
from .labelnames import (
    article_chair,
    holder_in_head,
    lowercase_title,
    name_role_labels,
    names_in,
    retitled,
    shared_first_words,
    shared_titles,
)
from .names import (
    ARABIC_TITLES,
    CASELESS_OFFICES,
    CJK_COURT_ROLES,
    CJK_OFFICE_END,
    CJK_TITLE_SUFFIXES,
    COMPOUND_TITLE_ENDS,
    FI_PARTY_CODES,
    GENITIVE_BODIES,
    HONORIFICS,
    NOT_NAMES,
    ROLE_WORDS,
    SPACED_ADDRESSES,
    TITLE_WORDS,
    TWO_WORD_HONOURS,
    WORLD_TITLES,
    NameParts,
    caseless_letter,
    common_noun_roles,
    fold_same_length,
    khmer_or_lao,
    name_key,
    natural_case,
    role_bracket_words,
    slug,
    split_label,
    split_office_bracket,
    split_role_bracket,
    strip_markup,
)
from .roles import (
    CALLERS,
    CHAIR_OFFICES,
    CJK_CHAIRS,
    COURT_JUDGES,
    COURT_PROSECUTORS,
    DEBATE,
    GOVERNMENT_TITLES,
    LABEL_ROLES,
    MEMBER_TITLES,
    MIN_VOICE_RUN,
    SELF_INTRO,
    SHOW_HOSTS,
    SPOKESPEOPLE,
    TOWN_HALL,
    UNDECIDED,
    asks_in_words,
    ends_with_name,
    is_floor,
    is_question,
    label_role,
    paired_role,
    short_address,
    voice_roles,
    welcomes_show,
)
from .speechnames import (
    name_handle_speakers,
    name_numbered_speakers,
    name_self_introduced_askers,
    name_self_introduced_posts,
    name_stated_names,
)

# Labels that name no one: the speaker was withheld.
_NO_SPEAKER = frozenset({"redacted", "name withheld", "withheld", "name redacted", "xxx", "xxxx"})
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_CHAIR = frozenset(
    {
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "cochair",
        "co-chair",
        "presiding",
        "speaker",
        "marszałek",
        "wicemarszałek",
        # (Polish and Czech: the chair of a council, of a committee; presiding)
        "przewodniczący",
        "przewodnicząca",
        "wiceprzewodniczący",
        "wiceprzewodnicząca",
        "předseda",
        "předsedkyně",
        "předsedající",
        # (Swedish, definite: the chair of a council, the Speaker of the Riksdag)
        "ordföranden",
        "talmannen",
        # (Greek records: "ΠΡΟΕΔΡΕΥΩΝ", "presiding", whoever takes the chair; capitals
        # carry no accent)
        "προεδρεύων",
        "προεδρευων",
        "προεδρεύουσα",
        "προεδρευουσα",
    }
)
# Chair offices that, alone as a label, are as often the head of state who answers
# ("THE PRESIDENT"): a weak prior the conversation may overturn.
_WEAK_CHAIRS = frozenset({"president", "presidente", "presidenta", "président", "présidente"})
# A moderator by office ("Moderatorin", "modérateur"), as on a panel or a talk show; not the
# chair of a sitting ("Präsidentin", "chair") nor a call's operator.
_PANEL_MODERATORS = frozenset(
    "moderator moderatorin moderador moderadora modérateur moderateur modératrice moderatrice "
    "moderatore "
    "facilitator".split()
)
# A broadcast's host by title before the name ("Juontaja Laura Koski", Finnish; Estonian
# "Saatejuht"): moderates a debate of several who answer.
_HOST_TITLES = frozenset("juontaja saatejuht".split())
# A recording played inside a broadcast, before the speaker's name (German "O-Ton",
# original sound): its voice neither asks nor answers.
_PLAYED_CLIPS = frozenset({"o-ton"})
# A company's officers: "Chairman and CEO" runs a company, not a sitting.
_OFFICERS = frozenset(
    "ceo cfo coo cto cio officer executive treasurer founder co-founder investor".split()
)
_HANDOFF = lazy(
    r"(?:question|questions|next|go|goes|turn|over)\b[^.?!]{0,40}?\b(?:to|from)\s+"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"
    r"(?:\s*,?\s+(?:with|from|at|of)\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,4}))?"
)
# ... in other languages, a chair's words giving the floor to a named asker: "La parole est
# à Mamadou Diop.", "Tiene la palabra Ana Ruiz.", "Com a palavra o Pedro Lima.", "Das Wort
# hat Frau Eva Roth.", "La parola a Marco Neri."
_FLOOR_TO_WORDS = lazy(
    r"(?:[Ll]a parole est à|[Jj]e donne la parole à|[Tt]iene la palabra|[Cc]om a palavra|"
    r"[Dd]as Wort hat|[Ll]a parola (?:va )?a)[ \t]"
)
_FLOOR_TO = lazy(
    r"(?:[Ll]a parole est à|[Jj]e donne la parole à|[Tt]iene la palabra|[Cc]om a palavra|"
    r"[Dd]as Wort hat|[Ll]a parola (?:va )?a)[ \t]+"
    r"(?:(?:M\.|Mme|Mlle|Sr\.|Sra\.|Herr|Frau|o|a|el|la|don|doña)[ \t]+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]+){1,2})(?=[ \t]*[.,;:!])"
    r"(?P<org>)"
)
_OPERATOR_WORDS = frozenset(("operator", "operadora", "operador", "opératrice", "opérateur"))
# the labels of a phone-in's callers, each call someone else
_CALLER_WORDS = frozenset(
    ("caller", "llamante", "oyente", "anrufer", "anruferin", "auditeur", "umlaleli", "umphulaphuli")
)
# an operator's hand-off to the next caller: "Our next caller is Terrence from Sandusky",
# "Next we have Gloria from Toledo", "La siguiente llamada es de Marta, desde Soria",
# "Tenemos en línea a Luis, de Burgos" (the town is no affiliation: not kept)
_CALL_HANDOFF = lazy(
    r"(?:[Cc]aller (?:is|will be)|[Nn]ext (?:we have|up is|up,)|[Ww]e have|on the line is|"
    r"[Ll]lamada (?:es )?de|[Tt]enemos (?:en línea )?a|[Ee]scuchamos a)[ \t]+"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’\-]+)(?=[ \t]*(?:,?[ \t]+(?:from|in|de|desde)[ \t]|[.,!]))"
    r"(?P<org>)"
)
# (after a word of three letters or a number: "Witness Panel No. 2. Ms. Okafor, you ...")
_SENTENCE_STOP = lazy(r"(?:^|(?<=[a-z]{3})|(?<=\d))[.!?][ \t]+[A-Z]")
_CHAIR_CUES = lazy(
    r"(?i)\b(?:come to order|call (?:this|the) (?:meeting|hearing|session) to order|"
    r"(?:this|today's) (?:is the \w+ )?(?:hearing|meeting) of|our (?:first )?witness(?:es)? (?:today )?(?:is|are)|"
    r"the (?:committee|subcommittee|commission|board) will)\b"
)
# The formula that opens a sitting, in the languages of councils and chambers ("I declare
# the meeting open", "La séance est ouverte", "Declaro abierta la sesión", "Está aberta a
# sessão", "Dichiaro aperta la seduta", "Ich eröffne die Sitzung", "Ik open de
# vergadering", "Otwieram posiedzenie"): who says it chairs, though the sitting may be a
# question time whose members and officials ask and answer (no meeting of members only)
_OPENS_SITTING = lazy(
    r"(?i)\b(?:declare the (?:meeting|session|sitting) open|"
    r"(?:the )?(?:meeting|session|sitting) is (?:now )?open|"
    r"la séance est ouverte|je déclare (?:la séance )?ouverte|"
    r"(?:se abre|declaro abierta|queda abierta|se declara abierta) la sesión|"
    r"(?:está|declaro) aberta a (?:sessão|reunião)|"
    r"la seduta è aperta|dichiaro aperta la seduta|"
    r"ich eröffne die sitzung|die sitzung ist eröffnet|"
    r"ik (?:open|verklaar) de vergadering|de vergadering is geopend|"
    r"otwieram (?:posiedzenie|sesję|obrady))\b"
)
_OPENING_CHARS = 400  # (the formula opens the chair's first turn)
# (the formula's sitting words, looked for before the pattern runs)
_SITTING_WORDS = (
    "meeting",
    "session",
    "sitting",
    "séance",
    "ouverte",
    "sesión",
    "sessão",
    "reunião",
    "seduta",
    "sitzung",
    "vergadering",
    "otwieram",
)
# A chair's opening that names the others as its guests or panel ("I'll ask each of our
# four guests", "unsere Gäste", "nos invités"): they answer, whatever their titles
_PANEL_OPENING = lazy(
    r"(?i)\b(?:our|my) (?:\w+ )?(?:guests|panell?ists|panel)\b|\bunsere (?:\w+ )?gäste\b"
    r"|\bnos (?:\w+ )?invité(?:e)?s\b|\bnuestr[oa]s (?:\w+ )?invitad[oa]s\b"
)
# The turns of one speaker read for their role: enough to see who asks and who answers,
# and a bound on the work for long transcripts.
_SAMPLE = 24
# prepositions between an office and the body it serves ("Secretario del Ayuntamiento",
# "Secretary of the Board")
_BODY_JOINS = frozenset("of de del della des du da do".split())
# "So welcome, Tailor", "Welcome to the show, Ann": a guest welcomed by name
_WELCOME_GUEST = lazy(
    r"(?i:\bwelcome)(?:\s+(?:back|to the (?:show|podcast|programme|program)))?,?\s+"
    r"([A-Z][\w'’\-]+)(?=[.,!]|\s*$)"
)
# A hearing's heading, a line that names whom a committee hears: "Audition de M. ... et de
# Mme ...", "Comparecencia del señor ...", "Audizione del dottor ...", "Anhörung von ...",
# "Oral evidence from ...", "Oitiva de ..." (read to the line's end)
_HEARING_OF = lazy(
    r"(?im:^[ \t]*(?:audition(?:s)? (?:de|du|des)|comparecencia(?:s)? (?:de|del)|"
    r"audizion[ei] (?:di|del|della|dei)|anhörung (?:von|des|der)|oral evidence (?:from|of)|"
    r"oitiva (?:de|do|da))\b)([^\n]{0,400})"
)
# "Interviewed by Jane Roe", "Entretien réalisé par ...", "Das Interview führte ...",
# "Entrevista realizada por ...", "Interview door ...": the page names the interviewer.
_INTERVIEWED_BY = lazy(
    r"(?i:\binterview(?:ed)? by|\binterview conducted by|(?m:^)[ \t]*conducted by|entretien réalisé par|propos recueillis par|"
    r"das interview führte|(?m:^)[ \t]*interview:|entrevista realizada por|entrevistad[oa] por|"
    r"interview door|intervista a cura di|intervistat[oa] da):?[ \t]+"
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]+){0,2})"
)
# the page names the interviewers by their trade, their names in brackets or after a
# colon: "with the show's journalists (Eleni Dima, Kostas Vlachos)", "Periodistas: Ana Gil
# y Luis Mora" (the trade's stem in the languages of newsrooms, any ending)
_JOURNALISTS_NAMED = lazy(
    r"(?i:\b(?:journalist|reporter|correspondent|periodist|jornalist|giornalist|"
    r"δημοσιογράφ|журналист|новинар|dziennikar|gazeteci|novinář|novinár|ziarist)\w*)"
    r"[^.()\n:]{0,50}(?:\(([^()\n]{3,160})\)|:[ \t]*([^().\n]{3,160}))"
)
_JOURNALIST_STEMS = (
    "journalist reporter correspondent periodist jornalist giornalist δημοσιογράφ журналист "
    "новинар dziennikar gazeteci novinář novinár ziarist"
).split()
# A co-host named by the show's opener, in several languages.
# (the words' cores, looked for before the pattern runs)
_COLLEAGUE_GATE = ("olleg", "ollèg", "olleag", "olega", "ompañer")
# "my colleague X" in the languages of newsrooms
_COLLEAGUE = lazy(
    r"(?i:\b(?:my|our|mijn|onze|mon|ma|notre|mein(?:e)?|unser(?:e)?|mi|il mio|la mia|nuestr[oa])"
    r"\s+(?:colleague|collega|collègue|kollege|kollegin|compañer[oa]|colega))\s+"
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+(?:de\s+|van\s+)?[A-ZÀ-ÖØ-Þ][\w'’\-]+)?)"
)
# a guest brought in during a show: "Also in the studio is ...", "Joining us now is ...",
# "Nos acompaña ...", "Bei uns im Studio ist ...", "Nous recevons ...", "Está conosco ..."
_JOINS_GATE = ("studio", "joining", "acompaña", "estudio", "recevons", "conosco", "zu gast")
_JOINS = lazy(
    r"(?i:\b(?:also )?in (?:the )?studio(?: with (?:us|me))?(?: now| today)?,? (?:is|are)"
    r"|\bjoining (?:us|me)(?: now| today)?(?: in the studio)?,? (?:is|are)"
    r"|\bnos acompaña(?:n)?(?: también| ahora| en el estudio)*"
    r"|\b(?:tenemos|está) (?:también )?en el estudio(?: a)?"
    r"|\bbei uns im studio (?:ist|sind)(?: jetzt| nun| auch)*|\bzu gast (?:ist|sind)(?: jetzt| auch)*"
    r"|\bnous recevons(?: aussi| maintenant)*|\best(?:á|a) conosco(?: também| agora)*)"
    r"[ \t]+(?:(?:dr|mr|mrs|ms|prof|dra|sr|sra|frau|herr|mme|m)\.?[ \t]+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+){0,3})"
)
_COHOST = lazy(
    r"(?i:\bwith me,? as (?:always|usual|ever),?(?: is)?|\bmy co-?hosts?,?|"
    r"\bmein(?:e)? co-?(?:host|moderatorin|moderator)|\bwie immer (?:mit )?dabei(?: ist)?|"
    r"\bmon co-?(?:animateur|animatrice|présentateur|présentatrice)|\bcomme toujours avec moi,?|"
    r"\bcomo siempre me acompaña|\bmi copresentador(?:a)?|\bcome sempre con me)\s+"
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’\-]+)?)"
)
_SENTENCES = lazy(r"(?<=[.!?])\s+|\n")
_SPOKE_TO = lazy(
    r"\b(?:spoke|speaks|talked|talks|sat down|sits down)\s+(?:exclusively\s+)?(?:to|with)\b"
    r"|\binterview(?:ed|s)\b"
)
# words of a title that gives the floor even before a name (a chair's or a press officer's)
# investor relations, as an office after the name or a title says it in the languages of
# earnings calls ("Head of Investor Relations", "директор по связям с инвесторами",
# "directrice des relations investisseurs", "Kepala Hubungan Investor")
_INVESTOR_RELATIONS = (
    "связям с инвесторами",
    "работе с инвесторами",
    "зв'язків з інвесторами",
    "зв’язків з інвесторами",
    "relations investisseurs",
    "relation investisseurs",
    "relaciones con inversores",
    "relación con inversionistas",
    "relación con inversores",
    "relaciones con inversionistas",
    "relações com investidores",
    "relazioni con gli investitori",
    "hubungan investor",
)


def _investor_relations(office: str) -> bool:
    """``office`` is investor relations': who opens a company's call and hands it on."""
    low = office.casefold()
    return {"investor", "relations"} <= {w.strip(".,&") for w in low.split()} or any(
        w in low for w in _INVESTOR_RELATIONS
    )


# the ranks of investigators, who put the questions of a police or an inquiry's interview
# (with the English cues of a guest: "with me is Detective Ana Ruiz"; not "officer", which a
# company's officer is too: "with me is our Chief Executive Officer")
_INVESTIGATOR_RANKS = frozenset(
    "detective detectives sergeant constable investigator inspector lieutenant trooper "
    "det. sgt. insp. lt.".split()
)

_FLOOR_TITLE_WORDS = frozenset({"officer", "manager", "prensa", "imprensa", "media"})
# turns read for a chair's hand-over by office: a question time's first exchanges
_FLOOR_BY_OFFICE_TURNS = 60
# labels of many members speaking at once
_CHORUS = frozenset({"members", "some members", "several members", "all members", "hon members"})
# after "spoke to": the press, whose questions the one who spoke answers
_TO_THE_PRESS = lazy(r"\s+(?:the\s+)?(?:media|press|reporters|journalists)\b")
# (in lower case, searched in a lowered text, as _GUEST_CUES: the name is read from the text)
_HOST = lazy(
    r"\b(?:i am|i'm|i’m|this is)\s+(?:your\s+)?(?:host|co-host)\b,?\s*([^\W\d_][\w'’\-]+(?:\s+[^\W\d_][\w'’\-]+)?)?"
)
# (in lower case, searched in a lowered text: see _guest_cues)
_GUEST_CUES = lazy(
    r"\b(?:with me (?:is|are)|joining (?:me|us)(?: today| now)?(?: is| are)?|joined by|"
    r"my guests? (?:is|are|today is)?|our guests? (?:is|are|today is)?|we(?:'ve| have) got|"
    r"we have|welcome(?: to the show)?,?|please welcome|is here|are here|spoke (?:to|with)|"
    r"talked (?:to|with)|interview(?:ed|s)?(?: with)?|sat down with|witness(?:es)?,?|"
    r"testify|testimony from|hear from|argument of|rebuttal argument of|on behalf of)\b"
)


@dataclass
class Person:
    parts: NameParts
    labels: list[str] = field(default_factory=list)
    label_names: set[str] = field(default_factory=set)
    role: str = "unknown"
    confidence: float = 0.0
    id: str = ""
    name: str = ""
    title: str | None = None
    affiliation: str | None = None
    generic: bool = False
    surname_only: bool = False
    ambiguous: bool = False
    evidence: list[str] = field(default_factory=list)
    named_in_label: bool = False  # ("CALLER (Juma, Kilifi)": the name as the label gives it)
    spelt: bool = False  # (named by the head from a label of initials alone: "J. M. R.-")

    @property
    def key(self) -> str:
        return name_key(self.name)


@dataclass
class Roster:
    people: list[Person]
    turn_people: list[Person | None]
    diagnostics: list[dict[str, Any]]
    # per turn, the role of a turn no label names (see _voice_roles); None: no such turns
    turn_roles: list[str] | None = None


# Honorifics Gujarati joins to a given name, as a page calls a woman "હેમલતાબેન" (sister)
# and a man "નરેશભાઈ" (brother), in its letters or in Latin ones; as name_key spells them
_GIVEN_NAME_SUFFIXES = tuple(name_key(w) for w in "બેન બહેન ભાઈ ben bhai".split())


def _cjk_field_holder(office: str, head: str) -> str | None:
    """The name a field of the head gives after ``office`` and a space, the field's key
    and a colon before it, the entries parted by "、": "同席者：危機管理監 石田美穂" ->
    "石田美穂"; None when no such entry, or two."""
    if office not in head:
        return None
    found = {
        m.group(1)
        for m in re.finditer(
            r"(?m)^[^\n：:]{1,12}[：:][^\n]*?(?<=[：:、，,\s])"
            + re.escape(office)
            + r"[ \t\u3000]+([\u3400-\u9fff]{2,5})(?=[、，,\s]|$)",
            head,
        )
        # (not a body's name, as a line of tags puts one after a person's: "關鍵字：電價
        # 林志豪　立法院", "标签：李明 国务院")
        if m.group(1)[-1] not in CJK_OFFICE_END
    }
    return found.pop() if len(found) == 1 else None


def _acronym_holder(label: str, lead: str) -> str | None:
    """The one person a lead names in apposition right after the acronym in brackets that
    ``label`` holds ("Kadis PUPR" and "... Penataan Ruang (PUPR), Ir. Hendra Gunawan
    Saputra, M.T., ...", "NRA chief" and "... Roads Authority (NRA), Dr. Jane Roe, said"):
    the name without its titles, closed by a comma."""
    words = label.split()
    acronyms = [w for w in words if 2 <= len(w) <= 6 and w.isalpha() and w.isupper()]
    if len(words) > 3 or len(acronyms) != 1 or len(words) < 2:
        return None
    key = f"({acronyms[0]}),"
    found: set[str] = set()
    at = lead.find(key)
    while at >= 0 and len(found) < 2:
        tokens = lead[at + len(key) : at + len(key) + 120].split("\n", 1)[0].split()
        while tokens and (
            tokens[0].casefold().rstrip(".") in HONORIFICS
            or (tokens[0].endswith(".") and len(tokens[0]) <= 4)
        ):
            tokens = tokens[1:]  # (titles before the name: "Ir.", "Dr.", "H.")
        name: list[str] = []
        for token in tokens[:5]:
            bare = token.rstrip(",")
            if not (bare[:1].isupper() and name_shaped(bare) and not stopword(bare)):
                break
            name.append(bare)
            if token.endswith(","):
                if 2 <= len(name) <= 4:
                    found.add(" ".join(name))
                break
        at = lead.find(key, at + 1)
    return found.pop() if len(found) == 1 else None


def _words(name: str) -> list[str]:
    """Words of a name for matching; a hyphenated surname stays one word."""
    return [w for w in (name_key(part).replace(" ", "-") for part in name.split()) if w]


_MAX_MENTIONS = 400  # occurrences of a name examined: enough for any real document


Mentions = Callable[[str, str], list[int]] | None  # a memo of _mentions_of, or None


def _memo_mentions() -> Callable[[str, str], list[int]]:
    """:func:`_mentions_of`, each (name, text) scanned once: a speaker's name is looked for
    in the same text by the full-name, title-before and title-after searches. (Keyed by the
    text's identity: for texts that live as long as the memo.)"""
    memo: dict[tuple[str, int], list[int]] = {}

    def mentions(name: str, text: str) -> list[int]:
        key = (name, id(text))
        found = memo.get(key)
        if found is None:
            found = memo[key] = _mentions_of(name, text)
        return found

    return mentions


def _mentions_of(name: str, text: str) -> list[int]:
    """Start offsets of ``name`` as a whole word (spaces may be any run of blanks)."""
    # The name's literal first word leads the pattern, so the regex engine can skip to its
    # occurrences; the character before each is checked here (a leading lookbehind would
    # make the engine try the pattern at every position).
    if name and " " not in name:
        return _word_mentions(name, text)
    pat = re.compile(re.escape(name).replace(r"\ ", r"[ \u00a0]+") + r"(?![\w-])")
    out: list[int] = []
    search = pat.search
    pos = 0
    while len(out) < _MAX_MENTIONS:
        m = search(text, pos)
        if m is None:
            break
        at = m.start()
        if at > 0:
            c = text[at - 1]
            if c.isalnum() or c in "_.-":
                pos = at + 1  # not a word start: look again from the next character
                continue
        out.append(at)
        pos = m.end()
    return out


def _word_mentions(name: str, text: str) -> list[int]:
    """:func:`_mentions_of` for a name of one word, which is a literal: found with
    ``str.find``, without compiling a pattern for it (a new name costs more to compile than
    to look for in a 50 KB text, and most names are new to the process)."""
    out: list[int] = []
    find = text.find
    size = len(name)
    last = len(text)
    pos = 0
    while len(out) < _MAX_MENTIONS:
        at = find(name, pos)
        if at < 0:
            break
        end = at + size
        if end < last:
            c = text[end]  # the pattern's (?![\w-]): \w is what isalnum() says, and "_"
            if c.isalnum() or c in "_-":
                pos = at + 1
                continue
        if at > 0:
            c = text[at - 1]
            if c.isalnum() or c in "_.-":
                pos = at + 1
                continue
        out.append(at)
        pos = end
    return out


# a label of initials: "M.R.", "J. O.", "CR" (two or three capitals)
_INITIALS_LABEL = lazy(r"(?:[^\W\d_]\. ?){1,2}[^\W\d_]\.?|[A-Z]{2,3}")
# (\Z, not $: "$" matches before a last line break too, and a word over a blank line,
# "Download" / "" / "Priya and Tom", is no first name)
# (a given name may open with an accented capital: "Émilie", "Ángel", "Óscar")
_FIRST_BEFORE = lazy(
    r"(?<![\w.])([A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:[ \u00a0]+[A-Z]\.)?)[ \u00a0\t]*\n?[ \u00a0\t]*\Z"
)
_TITLE_BEFORE = lazy(r"((?:[A-Z][\w.’'\-]*[ \u00a0]+|of[ \u00a0]+|the[ \u00a0]+){1,9})$")
_ORG_BEFORE = lazy(
    r"([A-Z][\w&.\-]*(?:[ \u00a0][A-Z][\w&.\-]*){0,3})['’]s?[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}$"
)


# "Inés Álvarez-Quiñones of the Coastal Fisheries Council", "Steve Holland with Reuters"
_ORG_AFTER = lazy(
    r",?[ \u00a0]+(?:of|from|with|at)[ \u00a0]+(?:the[ \u00a0]+)?"
    r"([A-Z](?:[\w&'’\-]|\.(?=\w))*(?:[ \u00a0]+(?:of[ \u00a0]+|for[ \u00a0]+)?[A-Z](?:[\w&'’\-]|\.(?=\w))*){0,5})"
)


# greetings and words of the talk said before a first name, no first name themselves
# ("Morning Declan.", "Hello Rosa.", "Thanks Maura.", "Ahora Pilar desde Cangas",
# "Mahadsanid Xafsa.", "Asante Amina.", "Спасибо, Ольга.")
_GREETINGS = frozenset(
    """
    hello hi hey morning evening afternoon night goodnight thanks cheers welcome bye goodbye
    okay ok yes yeah well now right sorry congratulations
    hola gracias buenas ahora bueno adelante adiós bonjour bonsoir merci salut allô voilà
    hallo danke servus moin tschüss ciao grazie buongiorno buonasera olá obrigado obrigada
    salve valeu bedankt dank goedemorgen hoi tack takk tak hej hei kiitos moi terve
    dziękuję dziękujemy witam děkuji díky köszönöm szia mulțumesc mulţumesc bună
    teşekkürler teşekkür merhaba günaydın salamat selamat halo terima asante karibu habari
    mahadsanid mahadsan nagode sannu barka спасибо здравствуйте привет дякую вітаю
    ευχαριστώ ευχαριστούμε καλημέρα καλησπέρα γεια
    """.split()
)


def _has_digit(s: str) -> bool:
    return any(c.isdigit() for c in s)


def find_full_name(surname: str, text: str, mentions: Mentions = None) -> str | None:
    """``Psaki`` -> ``Jen Psaki`` when the text names her in full; None if it does not.

    Finds the surname's mentions first and looks only at the words just before each, so
    the cost is one scan of the text per speaker, never a search at every position."""
    if not surname or not surname[0].isupper() or (not surname.isalpha() and _has_digit(surname)):
        return None  # (a code, "P1", "T2", is no surname)
    found: Counter[str] = Counter()
    for at in (mentions or _mentions_of)(surname, text):
        m = _FIRST_BEFORE.search(text, max(0, at - 40), at)
        if m is None:
            continue
        if "\n" in m.group(0) and text[at + len(surname) : at + len(surname) + 3].lstrip()[:1] in (
            ":",
            "-",
        ):
            continue  # (a label or a key's line under another line: no first name before it)
        first = m.group(1).split()[0]
        low = first.casefold().rstrip(".")
        if low in HONORIFICS or low in TITLE_WORDS or low in NOT_NAMES or low in _MONTHS:
            continue
        if low in WORLD_TITLES:
            continue
        if low in {"presidents", "secretaries", "governors", "senators", "members", "dear"}:
            continue
        if low in _GREETINGS:
            continue  # (a greeting or a word of the talk before a first name: "Morning Declan")
        if turkish_pronoun(first, text):
            continue  # ("Ben Elif.": I am Elif)
        found[" ".join(m.group(1).split())] += 1
    if not found and not surname.isupper() and len(surname) > 2:
        # a heading in capitals: "ORAL ARGUMENT OF MARGARET OYELARAN ON BEHALF OF ..."
        # (looked for in the head of the text only: headings and labels in capitals are
        # everywhere in some layouts)
        head = text[:20000]
        for at in _mentions_of(surname.upper(), head):
            m = _CAPS_BEFORE.search(head, max(0, at - 40), at)
            if m is None:
                continue
            low = m.group(1).split()[0].casefold()
            if (
                low in HONORIFICS
                or low in TITLE_WORDS
                or low in WORLD_TITLES
                or low in NOT_NAMES
                or low in _MONTHS
                or len(low) < 2
            ):
                continue
            found[" ".join(map(natural_case, m.group(1).split()))] += 1
    if not found:
        return _nicknamed(surname, text, mentions)
    best, _ = found.most_common(1)[0]
    return f"{best} {surname}"


_NICK_OPEN = "\"“„'‘«"
_NICK_CLOSE = "\"”“'’»"
_NAME_BEFORE_NICK = lazy(
    r"(?<![\w.])((?:[A-Z][a-zà-ÿ'’\-]+[ \u00a0]+){1,3}[A-Z][a-zà-ÿ'’\-]+)[ \u00a0]*$"
)


def _nicknamed(nick: str, text: str, mentions: Mentions = None) -> str | None:
    """The full name a quoted nickname follows (``Dhagacade`` in 'Maxamed Cabdiraxmaan
    Xuseen "Dhagacade"', ``Pepe`` in 'José Mujica “Pepe”'), as the labels use the nickname:
    the name, without it; None if the text writes the nickname so nowhere."""
    for at in (mentions or _mentions_of)(nick, text):
        end = at + len(nick)
        if at < 2 or text[at - 1] not in _NICK_OPEN or text[end : end + 1] not in _NICK_CLOSE:
            continue
        m = _NAME_BEFORE_NICK.search(text, max(0, at - 61), at - 1)
        if m is not None and m.group(1).split()[0].casefold() not in TITLE_WORDS:
            return " ".join(m.group(1).split())
    return None


# (a middle initial may stand between: "UNDERSECRETARY MARIBEL D. SANTILLAN")
_CAPS_BEFORE = lazy(r"(?<![\w.])([A-Z][A-Z'’\-]+(?:[ \u00a0]+[A-Z]\.)?)[ \u00a0]+$")


def _title_before(full: str, text: str, mentions: Mentions = None) -> str | None:
    """Office words written before a full name: ``... Advisor John Kirby`` -> the title."""
    for at in (mentions or _mentions_of)(full, text):
        m = _TITLE_BEFORE.search(text, max(0, at - 160), at)
        if m is None:
            continue
        words = m.group(1).split()
        kept: list[str] = []
        for w in reversed(words):
            low = w.casefold().rstrip(".")
            if low in TITLE_WORDS or (kept and low in ("of", "the")):
                kept.append(w)
            elif not kept and low in _PANEL_MODERATORS:
                kept.append(w)  # ("Moderator Ann Lee (ReliefNet) introduced the speakers")
            else:
                break
        while kept and kept[-1].casefold() in ("of", "the"):
            kept.pop()
        if not kept:
            return None
        title = " ".join(reversed(kept))
        return title if any(w.casefold() not in HONORIFICS for w in kept) else None
    return None


_TITLE_AFTER = lazy(
    r",?[ \u00a0]+(?:who[ \u00a0]+)?(?:is|was|as)[ \u00a0]+(?:the[ \u00a0]+|a[ \u00a0]+)?"
    r"((?:[A-Za-z][\w\-]*[ \u00a0]+){0,3}?[A-Za-z][\w\-]*)(?=[ \u00a0]+(?:of|for|at)\b)"
)


def _title_after(full: str, text: str, mentions: Mentions = None) -> str | None:
    """``Dr. Felix Moreno-Tate, is director of the Authority`` -> ``Director``."""
    for at in (mentions or _mentions_of)(full, text):
        m = _TITLE_AFTER.match(text, at + len(full), at + len(full) + 80)
        if m is None:
            continue
        words = m.group(1).split()
        if words and all(w.casefold() in TITLE_WORDS or w.casefold() in _JOIN for w in words):
            return " ".join(w if w.isupper() else w[0].upper() + w[1:] for w in words)
    return None


_JOIN = frozenset({"of", "the", "and", "for"})


def _affiliation(full: str, text: str, mentions: Mentions = None) -> str | None:
    """``Euronews' Efi Koutsokosta`` / ``NPR's Ann Marsh`` -> the organisation."""
    for at in (mentions or _mentions_of)(full, text):
        m = _ORG_BEFORE.search(text, max(0, at - 80), at)
        if m is not None and m.group(1).casefold() not in NOT_NAMES:
            return m.group(1)
        after = _ORG_AFTER.match(text, at + len(full), at + len(full) + 100)
        if after is not None:
            return after.group(1)
        role = _TITLE_AFTER.match(text, at + len(full), at + len(full) + 80)
        if role is not None and all(w.casefold() in TITLE_WORDS for w in role.group(1).split()):
            after = _ORG_AFTER.match(text, role.end(), role.end() + 100)
            if after is not None:
                return after.group(1)
    return None


def _mend_role_typos(
    by_label: dict[str, Person], labels: list[tuple[str, str, str] | None]
) -> None:
    """A role word mistyped once ("INTERVIEWR:" among many "INTERVIEWER:") is the same
    speaker: a one-word label used at most twice, one letter off a role word the document
    uses as a label three times or more (names one letter apart may be two people; a
    role word so misspelt is no one else)."""
    # (the names are read first, and the turns counted only where both kinds are there)
    if not any(" " not in k and len(k) >= 5 and not label_role(k) for k in by_label) or not any(
        " " not in k and label_role(k) for k in by_label
    ):
        return
    # (counted per label as written, at C speed, then per name: a record has many turns)
    counts: Counter[str] = Counter()
    for raw, c in Counter(map(itemgetter(0), filter(None, labels))).items():
        counts[name_key(strip_markup(raw))] += c
    roles = [k for k, c in counts.items() if c >= 3 and " " not in k and label_role(k)]
    if not roles:
        return
    for key, c in counts.items():
        if c > 2 or " " in key or len(key) < 5 or label_role(key) or key not in by_label:
            continue
        for role in roles:
            if role in by_label and role[0] == key[0] and _one_edit(key, role) >= 0:
                target, p = by_label[role], by_label[key]
                if target is not p:
                    _merge(target, p)
                    by_label[key] = target
                break


def build_roster(
    labels: list[tuple[str, str, str] | None],
    turn_texts: Sequence[str],
    context: str,
    full_text: str,
) -> Roster:
    """Merge label forms into people and give each a role.

    ``labels`` holds, per turn, ``(name as in the label, label as written, label kind)``
    or None for an unlabelled turn; ``context`` is the text around the interview (title,
    intro); ``full_text`` the whole document, used to find full names.
    """
    diagnostics: list[dict[str, Any]] = []
    by_label: dict[str, Person] = {}
    order: list[str] = []
    seen: set[tuple[str, str, str]] = set()
    office_keys: dict[str, str] = {}  # a label "OFFICE (Name)" -> its office's key
    role_keys: dict[str, str] = {}  # a label "Role (Name, ...)" -> its role word's key
    unlabelled = False  # (a turn no label names: its role is read in _voice_roles)
    # "CALLER (Juma, Kilifi)": a role word whose brackets name the speaker
    label_names = list({item[0] for item in labels if item is not None})
    bracket_roles = role_bracket_words(label_names)
    if "(" in full_text:
        # ("Звонок (Валентина Петровна, г. Заречный)": a common noun, then the caller)
        bracket_roles |= common_noun_roles(label_names, full_text)
    for item in labels:
        if item is None:
            unlabelled = True
            continue
        if item in seen:
            continue  # (a label seen before changes nothing)
        seen.add(item)
        raw, written, _kind = item
        key = name_key(strip_markup(raw))
        if key in _NO_SPEAKER:
            continue
        if key not in by_label:
            bracketed = split_role_bracket(raw, bracket_roles)
            if bracketed is not None and not bracketed.generic:
                # ("Moderator (Julia Brandt, Forum)": the role word alone may follow)
                role_keys[key] = name_key(strip_markup(raw).partition("(")[0])
            if bracketed is None:
                bracketed = split_office_bracket(raw)
                if bracketed is not None:
                    # (the office as written, its article too: "The Prime Minister")
                    written_office = strip_markup(raw)
                    if written_office.endswith("))"):
                        # (the holder's place in a bracket inside: "The Chair (The Revd
                        # Ann Lee (Birmingham))")
                        written_office = written_office[: written_office.rfind("(")]
                    office_keys[key] = name_key(written_office.rpartition("(")[0])
            parts = bracketed or split_label(raw)
            p = Person(
                parts=parts,
                name=parts.name,
                title=parts.title,
                affiliation=parts.affiliation,
                generic=parts.generic,
                # (a surname alone in the brackets, "THE CHAIRPERSON (Sen. Alcantara)", may be
                # named in full by the page)
                named_in_label=bracketed is not None
                and (key not in office_keys or " " in parts.name),
            )
            by_label[key] = p
            order.append(key)
        p = by_label[key]
        if written and written not in p.labels:  # ("": a turn whose speaker was inferred)
            p.labels.append(written)
        p.label_names.add(key)

    _mend_role_typos(by_label, labels)
    _join_cjk_title_prefixes(by_label, order)
    # "KETUA RAPAT" after "KETUA RAPAT (DR. SITI LUBIS)": the office alone is the person
    # it named in brackets (one holder only)
    holders: dict[str, list[Person]] = {}
    for key, office in office_keys.items():
        holders.setdefault(office, []).append(by_label[key])
    for key, p in list(by_label.items()):
        one = holders.get(key)
        if one is not None and len({id(h) for h in one}) == 1 and one[0] is not p:
            _merge(one[0], p)
            by_label[key] = one[0]
            order.remove(key)
    # "Moderator:" after "Moderator (Julia Brandt, Forum):": the role word alone, once its
    # one holder has been named, is that person (a bare "Audience member:" before "Audience
    # member (Ngozi Eze):" is someone else)
    named_roles: dict[str, list[str]] = {}
    for key, role in role_keys.items():
        named_roles.setdefault(role, []).append(key)
    for role, keys in named_roles.items():
        bare = by_label.get(role)
        if len(keys) != 1 or bare is None or bare is by_label[keys[0]]:
            continue
        if role in order and order.index(keys[0]) < order.index(role):
            _merge(by_label[keys[0]], bare)
            by_label[role] = by_label[keys[0]]
            order.remove(role)
    # "Datuk Seri:" after "Datuk Seri Haris Fadzil:": an honour alone is the one speaker
    # it was said before
    honoured = [k for k, p in by_label.items() if p.parts.honorific and p.name == p.parts.honorific]
    for key in honoured:
        said = by_label[key].parts.honorific or ""
        bearers = {
            id(q): q
            for q in by_label.values()
            if q.parts.honorific == said and q.name != said and not q.generic
        }
        if len(bearers) == 1:
            one_p = next(iter(bearers.values()))
            _merge(one_p, by_label[key])
            by_label[key] = one_p
            order.remove(key)
    # "Schepen De Bruycker", "Schepen Verhaegen": a function word, named in full elsewhere
    shared = shared_first_words(p.name for p in by_label.values())
    # (or the first word of a title split off another label: "Prezes Kowalczyk" beside
    # "Prezes NBP prof. Jan Kowalczyk", whose title is "Prezes Nbp")
    # (only a word that opens another label: each shared word has the text searched)
    shared |= {p.title.split()[0].casefold() for p in by_label.values() if p.title} & {
        p.name.split()[0].casefold() for p in by_label.values() if " " in p.name
    }
    for p in by_label.values() if shared else ():
        new_parts = retitled(p.parts, shared, full_text)
        if new_parts is not p.parts:
            p.parts, p.name, p.title = new_parts, new_parts.name, new_parts.title
    # "Agwonòm Nadège Pierre-Louis", "Depiote RANDRIANARISOA Tahina": a function word before
    # a full name, read from the text (before the merges: "Nadège" is then her first name)
    titles = shared_titles([p.name for p in by_label.values() if not p.generic], full_text)
    shorts = {p.name.casefold() for p in by_label.values() if not p.generic}
    name_words = {w for short in shorts for w in short.split()}
    # (a word labelled after a title, "Presidenta Ibáñez", is a surname, never the given
    # name alone that a title word before a full name is told by)
    given_names = {
        p.name.casefold() for p in by_label.values() if not p.generic and p.title is None
    }
    for p in by_label.values():
        _drop_title_word(p, full_text, titles, name_words)
        _drop_title_before_short_form(p, shorts, given_names)
    # Merge people: same display name, or surname-only forms into the one full name.
    people: list[Person] = []
    by_name: dict[str, Person] = {}
    # one surname, two states or bodies in the labels ("Mr. DAVIS of Illinois", "Mrs. DAVIS
    # of California"): two people, each named with their own
    told_apart: dict[str, set[str]] = {}
    for p in by_label.values():
        if p.affiliation and not p.generic and " " not in p.name:
            told_apart.setdefault(p.key, set()).add(name_key(p.affiliation))
    for key in order:
        p = by_label[key]
        nk = p.key if not p.generic else "generic:" + p.key
        if p.affiliation and len(told_apart.get(nk, ())) > 1:
            nk += "|" + name_key(p.affiliation)
        if p.affiliation and label_role(p.key) == "interviewer" and p.key not in SHOW_HOSTS:
            # ("PREGUNTA (COPE)", "PREGUNTA (Marca)": a question word and the outlet that
            # asks; each outlet's reporter is someone else; a show has one host)
            nk += "|" + name_key(p.affiliation)
        if nk in by_name:
            _merge(by_name[nk], p)
            by_label[key] = by_name[nk]
            continue
        by_name[nk] = p
        people.append(p)
    # "RESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR" (a title cut by a typo) is the person of
    # "PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR": one stray word before a full name known
    fulls = {tuple(_words(p.name)): p for p in people if not p.generic and len(_words(p.name)) >= 2}
    kept: list[Person] = []
    for p in people:
        w = tuple(_words(p.name))
        target = fulls.get(w[1:]) if len(w) >= 3 and not p.generic else None
        if target is not None and target is not p:
            _merge_labels(target, p, by_label)
            continue
        kept.append(p)
    people = kept
    merged: list[Person] = []
    full = [p for p in people if not p.generic and len(_words(p.name)) >= 2]
    for p in people:
        if p.generic or len(_words(p.name)) >= 2:
            merged.append(p)
            continue
        word = _words(p.name)[0] if _words(p.name) else ""
        same_surname = [q for q in full if _words(q.name)[-1:] == [word]]
        same_first = [q for q in full if _words(q.name)[:1] == [word]]
        target = None
        if len(same_surname) == 1:
            target = same_surname[0]
        elif len(same_surname) > 1:
            diagnostics.append(
                {
                    "code": "ambiguous-speaker",
                    "severity": "warning",
                    "message": f"label {p.labels[0]!r} could be any of "
                    + ", ".join(q.name for q in same_surname)
                    + "; kept as its own speaker",
                }
            )
        elif len(same_first) == 1 and not same_surname:
            target = same_first[0]
        else:
            # the first of two surnames, as Spanish and Portuguese records shorten a name
            # ("REGIDORA OCHOA" after "REGIDORA MARÍA FERNANDA OCHOA LUNA")
            paternal = [q for q in full if len(_words(q.name)) >= 3 and _words(q.name)[-2] == word]
            if len(paternal) == 1:
                target = paternal[0]
            elif word.endswith(_GIVEN_NAME_SUFFIXES):
                # a given name and the honorific Gujarati joins to it ("હેમલતાબેન",
                # "Nareshbhai" after "Naresh Parmar"): the one full name it opens
                stem = word[: -len(next(x for x in _GIVEN_NAME_SUFFIXES if word.endswith(x)))]
                opened = [q for q in full if _words(q.name)[:1] == [stem]]
                if len(opened) == 1 and len(stem) >= 2:
                    target = opened[0]
        if target is None:
            p.surname_only = True
            p.ambiguous = len(same_surname) > 1
            merged.append(p)
            continue
        _merge_labels(target, p, by_label)
    people = merged
    # "김 장관" after "김철수 장관": a surname of one character in a script without case
    whole = [p.name for p in people if not p.generic]
    for p in list(people):
        target_name = None if p.generic else caseless_full_name(p.name, whole)
        if target_name is None:
            if len(p.name) == 1 and not p.generic and caseless_letter(p.name):
                # (a court record's clerk abbreviates a party to its role's first character,
                # "被：" for "被告人陈某某：": the one speaker whose name or title opens with it)
                opened = [
                    q
                    for q in people
                    if q is not p
                    and not q.generic
                    and (q.name[:1] == p.name or (q.title or "")[:1] == p.name)
                ]
                if len(opened) == 1 and opened[0].title:
                    target_name = opened[0].name
                elif not opened and p.name in _COURT_FIRSTS:
                    # (an office no label spells out, "公：" for "公诉人", its holder named
                    # by the record's head: "公诉人：...检察员 孔思远")
                    _court_abbreviation(p, full_text[:20000])
            if target_name is None:
                continue
        target = next(q for q in people if q.name == target_name and not q.generic)
        _merge_labels(target, p, by_label)
        people.remove(p)

    # a name misspelt in one label ("ATTY. CRUZ-VILLAREL" beside "ATTY. CRUZ-VILLAREAL",
    # "Bieri Luks" beside "Bieri Lukas"): one letter dropped, added or changed in a long
    # word of the name of a speaker labelled more often
    pairs = [
        (p, q)
        for p in (people if len(people) <= _MAX_TYPO_PEOPLE else ())
        for q in people
        if q is not p and not p.generic and not q.generic and _one_letter_apart(p.name, q.name)
    ]
    uses: Counter[str] = Counter()
    if pairs:  # (labels counted only then: most documents have no such pair)
        for item, count in Counter(labels).items():  # (each distinct label once)
            if item is not None:
                uses[name_key(strip_markup(item[0]))] += count
    merged_away: set[int] = set()
    for p, q in pairs:
        if id(p) in merged_away or id(q) in merged_away:
            continue
        if sum(uses[k] for k in p.label_names) != 1 or not _misspelt(p, q, uses, full_text):
            continue
        _merge_labels(q, p, by_label)
        people.remove(p)
        merged_away.add(id(p))

    # "M.R.", "CR" after "Marta Requena", "Callum Reid": initials are the one speaker
    # whose name they spell; "PM", "CJI" after "PRIME MINISTER", "CHIEF JUSTICE": an
    # office's initials, or with the letter of its country or body after them
    initialled = [p for p in people if not p.generic and _INITIALS_LABEL.fullmatch(p.name)]
    for p in initialled:
        code = p.name.replace(".", "").replace(" ", "")
        spelt = [
            q
            for q in people
            if q is not p
            and not q.generic
            and 2 <= len(ws := q.name.split()) <= 3
            and (
                "".join(w[0] for w in ws) == code
                or (q.parts.office and "".join(w[0] for w in ws).upper() in (code, code[:-1]))
            )
        ]
        if len(spelt) == 1:
            _merge_labels(spelt[0], p, by_label)
            people.remove(p)

    # Full names, titles and affiliations from the text ("Jen\\_Psaki": Markdown escapes).
    flat = full_text.replace("\\_", " ").replace("\u00a0", " ")
    head = flat[:20000]
    mentions = _memo_mentions()  # (flat, head and context live as long as it)
    # (the record's first and last pages, where a list of witnesses stands)
    ends = flat if len(flat) <= 40000 else flat[:20000] + "\n" + flat[-20000:]
    dons = don_names(head)
    for p in people:
        if p.generic and len(p.name) <= 2 and "(" in head:
            # a mark that a record's list of those present gives to a person ("Angeklagter
            # Florian Gruber (A)"): that person, not a voice
            keyed = keyed_code(p.name, head)
            if keyed is not None:
                p.name, p.generic = keyed[0], False
                p.title = p.title or keyed[1] or None
                continue
        if p.named_in_label and p.title and not p.generic and 2 <= len(_words(p.name)) <= 4:
            # an office's holder named by two surnames in its brackets ("LEHENDAKARIAK
            # (Urkiola Ibarretxe)"): the given names the text writes before them
            p.name = given_before_surnames(p.name, _introduced(p, flat, head)) or p.name
        if p.named_in_label and not p.generic and p.name[1:3] == ". " and p.name[:1].isupper():
            # ... or by an initial and a surname ("PIRMININKĖ (R. ŽEMAITAITYTĖ-KURLIENĖ)",
            # "THE CHAIR (M. HOLLOWAY):"), the head naming them in full
            p.name = fullest_name(p.name, _introduced(p, flat, head)) or p.name
        if p.generic or p.named_in_label:
            continue
        if p.labels and p.labels[0].startswith(("u/", "@")):
            # a forum's handle: the person its post says writes under it, else the handle
            p.name = handle_full_name(p.name, head) or p.name
            continue
        if not p.ambiguous and p.name[1:2] == "." and dotted_initials(p.name):
            # initials alone ("J. M. R.-", "M.-C. D. :"), as an oral history shortens the
            # names its record sheet gives in full: the one name they spell
            full_name = code_full_name(p.name, head)
            if full_name is not None:
                p.name, p.spelt = full_name, True
                continue
        title, _, family = p.name.partition(" ")
        if title in ARABIC_TITLES and family and " " not in family:
            # "الوزير العتيبي": an Arabic title and a family name, or an office and its
            # adjective ("الرئيس التنفيذي"): a name only where the text writes its given names
            full_name = arabic_full_name(family, flat)
            if full_name is not None:
                p.name, p.title = full_name, title
                continue
        if p.title is None and len(p.name) >= 3 and all(kanji(c) for c in p.name):
            held = _cjk_field_holder(p.name, head[:5000])
            if held is not None:
                # an office the head's list of those present gives its holder after a
                # space: "同席者：危機管理監 石田美穂", "出席：新闻发言人 刘晓峰、..."
                p.name, p.title = held, p.name
                continue
        acronym = None
        if p.labels and len(p.labels) <= 2 and "(" in flat[:5000]:
            # (the label as printed: the name's case may be natural, "Kadis Pupr")
            acronym = _acronym_holder(strip_markup(p.labels[0]).rstrip(" :：.-—"), flat[:5000])
        if acronym is not None:
            # an office labelled by its short form and the body's acronym ("Kadis PUPR:"),
            # the lead giving the body in full, its acronym in brackets and the holder
            # after a comma: "Kepala Dinas Pekerjaan Umum dan Penataan Ruang (PUPR), Ir.
            # Hendra Gunawan Saputra, M.T., ..."
            p.name, p.title = acronym, strip_markup(p.labels[0]).rstrip(" :：.-—")
            continue
        office, _, given = p.name.partition(" ")
        if (
            given
            and " " not in given
            and p.title is None
            and office[:1].isupper()
            and given[:1].isupper()
            and any(name_key(lab.rstrip(" :：.")) == name_key(office) for lab in p.label_names)
        ):
            # an office labelled alone, then with its holder's given name ("Gubernur:",
            # later "Gubernur Arif:", as an Indonesian doorstop's transcript writes it): the
            # office is a title, the given name the one the text spells out in full
            full_name = name_from_first(given, flat[:5000])
            if full_name is not None:
                p.name, p.title = full_name, office
                continue
        if (p.surname_only or len(_words(p.name)) == 1) and not p.ambiguous:
            # (a name set apart first: "ELENA M. GARCIA, ESQ." over "Whitcomb Garcia Partners")
            near = _introduced(p, flat, head)
            full_name = (
                # (a record's list of those present: "Richterin Mag. Katharina Steindl (RI)")
                (_keyed_name(p, head) if len(p.name) <= 4 else None)
                # (a key of speakers spells out a code first: "SM   Sofia Marchetti", "I (Lena
                # Vogt)")
                or bracket_key_name(p.name, head)
                or key_full_name(p.name, head)
                # (credits give a nickname's or a surname's full name: "ホスト：けんたろう
                # （中村健太郎）", "ゲスト：松尾直樹さん", "Host: Kenny (Kenneth Park)")
                or nickname_full_name(p.name, head)
                or field_kanji_full_name(p.name, head)
                or fullest_name(p.name, near)
                # (a list of witnesses or a form's field, surname first: "ABERNETHY, Ms
                # Clare, Deputy Secretary", "ASHWORTH, Dean Michael": before a search of the
                # text, which would take "Dean" for a title or another of that surname)
                or (inverted_full_name(p.name, ends) if p.name.upper() + "," in ends else None)
                or find_full_name(p.name, flat, mentions)
                # (counsel and judges listed with initials: "Mr. K. Venkataraman")
                or initials_surname_full(p.name, head)
                or caseless_given_name(p.name, head)
            )
            if full_name is None and p.name.isupper():
                # a short name kept in capitals ("DOE") may still be named in full ("Jane Doe")
                full_name = find_full_name(p.name[0] + p.name[1:].lower(), flat, mentions)
            if full_name is None and label_role(p.key) is None:
                # a first name alone ("Ben"), named in full in the intro ("Ben Adler, who ...");
                # not a role's word ("Вядучы", the host), which a sentence may open
                full_name = name_from_first(p.name, flat[:5000])
                if full_name is not None and _bare_label_opens(p, full_name, flat[:5000]):
                    full_name = None
            if full_name is None:
                # a code ("ОК", "ĐHV") that the head spells out: "Interviewer: Olena Koval (ОК)"
                full_name = code_full_name(p.name, head)
            if full_name is None:
                # a surname in a script without case, named with its reading ("中川真一（なか…）")
                full_name = reading_full_name(p.name, flat)
            if full_name is None:
                # ... or listed with the given name a space apart ("大野 誠")
                full_name = spaced_full_name(p.name, head)
            if full_name is None and "\u0621" <= p.name[:1] <= "\u064a" and " " not in p.name:
                # a given name in Arabic script whose full form a field of the head gives,
                # the family name after it with its article ("تقديم: عبدالله الشهري")
                full_name = arabic_given_full_name(p.name, head)
            if full_name is None and p.parts.honorific:
                # a family name in Arabic script after a form of address ("السيد العتيبي"),
                # its given names before it in the text
                full_name = arabic_full_name(p.name, flat)
            if full_name is None and p.title:
                # ... or a Korean surname, written in full before its title ("박수진 대변인")
                full_name = hangul_full_name(p.name, p.title, head)
            if full_name is None and p.title and kanji(p.name[-1:]):
                # ... or a Chinese or Japanese surname in kanji, written in full before its
                # title ("田中太郎社長"); a post and a surname in the label's brackets
                # ("司会（総務課長・田中）"), the post the title the text names it by
                post, _, surname = p.name.rpartition("・")
                full_name = kanji_full_name(surname, post or p.title, head)
            if full_name:
                p.name = full_name
        if not p.ambiguous and not p.parts.office:
            # the fullest form the document gives ("Carlos Eduardo Mendes Tavares", "Robert
            # T. Jones", "В.Путин" -> "Владимир Путин")
            near = _introduced(p, flat, head)
            in_capitals = any(p.name.upper() in lab for lab in p.labels)
            # (a two-word honour, "Datuk Seri Haris Fadzil", is said before a given name: no
            # compound surname after it)
            compound = (
                p.parts.honorific is not None
                and tuple(p.parts.honorific.casefold().split()) not in TWO_WORD_HONOURS
                # (or more words in capitals, particles among them: "LÓPEZ DE GUEREÑU SAN
                # MILLÁN jaunak")
                and (len(_words(p.name)) == 2 or (in_capitals and len(_words(p.name)) <= 5))
            )
            fuller = (
                fullest_name(p.name, near, compound)
                # (accents and particles as the head writes them: its intro, its lists)
                or fuller_name(p.name, in_capitals, head)
                # (a list of participants, surname first, the patronymic after the given
                # name: "Смирнова Ольга Петровна")
                or patronymic_full_name(p.name, head)
            )
            p.name = fuller or p.name
            if dons:
                # (the head's "Marambio Fuenzalida, don Ricardo": the given names after the
                # surnames, as the Chilean Chamber names its chair)
                p.name = don_full_name(p.name, dons) or p.name
        if p.title is None:
            p.title = _title_before(p.name, flat, mentions) or _title_after(p.name, flat, mentions)
        if p.affiliation is None:
            p.affiliation = _affiliation(p.name, context, mentions) or _affiliation(
                p.name, head, mentions
            )

    for p in people:
        # (a full name found in the text with its function word: "Señor Representante Martín
        # Olazábal" in the head, "señora representante Sosa" in the record)
        _drop_title_word(p, flat, titles, name_words | {w.casefold() for w in p.name.split()})
    # "Е.Сәтбаев" named "Ерлан Сәтбаев" by the text, beside the label "Ерлан Сәтбаев": one
    # person once the full names are read
    by_full: dict[str, Person] = {}
    for p in list(people):
        if p.generic or p.ambiguous or p.parts.office or " " not in p.name:
            continue
        first_p = by_full.setdefault(p.key, p)
        if first_p is not p:
            _merge_labels(first_p, p, by_label)
            people.remove(p)

    offices = [p for p in people if p.parts.office and not p.generic]
    if offices:
        # "Ordföranden" after "Ordföranden Bengt Åkerlund": an office alone is the one
        # speaker whose label gave it as a title, once that label has come (a page's
        # heading "Prime Minister" above the first label is no one's)
        first = {id(by_label[k]): n for n, k in reversed(list(enumerate(order)))}
        for p in offices:
            titled = [
                q
                for q in people
                if q.title and not q.parts.office and q.title.casefold() == p.name.casefold()
            ]
            if not titled:
                # (the office without the body it serves, said after the full form once:
                # "Przewodnicząca" after "Przewodnicząca Rady Miasta Anna Nowak")
                low = p.parts.name.casefold() + " "
                titled = [
                    q
                    for q in people
                    if q.title
                    and not q.parts.office
                    and q.title.casefold().startswith(low)
                    and (
                        q.title[len(low) :].split()[0].casefold() in GENITIVE_BODIES
                        # (or with a preposition: "Secretario" after "Secretario del
                        # Ayuntamiento, Lic. Jorge Lara")
                        or q.title[len(low) :].split()[0].casefold() in _BODY_JOINS
                    )
                ]
            if len(titled) == 1 and first.get(id(titled[0]), 0) < first.get(id(p), 0):
                _merge_labels(titled[0], p, by_label)
                people.remove(p)
        offices = [p for p in offices if p in people]
        _name_offices(offices, people, head)
        # an office named after a speaker labelled with its title ("Le Président de la
        # Commission" and "Président Kaboré", one "Ibrahima Sow Kaboré"): one person
        for p in offices:
            same = [q for q in people if q is not p and not q.parts.office and q.key == p.key]
            if p.title and len(same) == 1:
                _merge_labels(same[0], p, by_label)
                people.remove(p)
    _lead_offices(people, by_label, head)
    _office_word_alone(people, by_label, order)
    if any(khmer_or_lao(p.name[:1]) for p in people):
        _spaced_script_offices(people, by_label, head)
    joined_chairs = _join_role_word_labels(people, by_label)
    if any(p.name[-1:] == "ฯ" for p in people):
        _join_thai_abbreviations(people, by_label)

    turn_people: list[Person | None] = []
    person_of: dict[str, Person | None] = {}  # label name -> person, looked up once per name
    for item in labels:
        if item is None:
            turn_people.append(None)
            continue
        raw = item[0]
        if raw not in person_of:
            key = name_key(strip_markup(raw))
            person_of[raw] = None if key in _NO_SPEAKER else by_label[key]
        turn_people.append(person_of[raw])

    _bracket_outlets(people, turn_people, turn_texts)
    # (examination headings only where questions and answers are marked)
    marked = any(p.key in _QA_KEYS for p in people)
    headings = examination_headings(full_text) if marked else []
    if headings or ("BY " in full_text and _EXAMINER.search(full_text) is not None):
        _examiners(people, turn_people, turn_texts, full_text, headings)
    if any(p.key in _COURT_MARTIAL for p in people):
        _court_martial(people, full_text)
    _repair_label_typos(people, turn_people, full_text)
    _repair_label_key_typos(people, turn_people, full_text)
    _office_labels_to_holders(people, turn_people)
    if joined_chairs:
        _field_turns_apart(people, turn_people, turn_texts, labels, joined_chairs)
    if not headings and any(p.key in _WITNESS_LABELS for p in people):
        _name_witness(people, full_text)
    _counsel_of_record(people, head)
    _identify_askers(people, turn_people, turn_texts, diagnostics)
    _assign_roles(people, turn_people, turn_texts, context + "\n" + _header_roles(head))
    # (after the roles: a role word's role is read from the label's words, not the name)
    if ":" in head:
        # (before the page's cues: a list of those taking part outweighs them)
        _name_listed_roles(people, turn_people, head[:_DASH_LIST_SPAN])
    _name_by_page(people, turn_people, turn_texts, context, head)
    _offices_named_by_handover(people, turn_people, turn_texts)
    if any(p.spelt for p in people):
        _join_spelt(people, turn_people)
    _chair_changes(people, turn_people, turn_texts, full_text)
    _name_credited_interviewer(people, context, head)
    if "|" in head or "·" in head:
        _name_byline_given_names(people, head)
    _name_credited_labels(people, context, head)
    _name_lead_moderator(people, context)
    if any("\u0600" <= p.name[:1] <= "\u06ff" for p in people):
        _arabic_lead_offices(people, context)
    _name_headline_guest(people, context)
    _name_dash_listed_offices(people, head[:_DASH_LIST_SPAN])
    _name_generic_hosts(people, turn_people, turn_texts, head)
    _outlets_self_introduced(people, turn_people, turn_texts)
    name_numbered_speakers(people, turn_people, turn_texts, head)
    if any("\u3040" <= p.name[:1] <= "\u9fff" for p in people):
        name_self_introduced_posts(people, turn_people, turn_texts)
    name_stated_names(people, turn_people, turn_texts)
    name_self_introduced_askers(people, turn_people, turn_texts)
    name_handle_speakers(people, turn_people, turn_texts)
    if "ı" in full_text:
        _dotless_i_names(people, full_text)
    if "death of" in head or "décès de" in head:
        _not_the_deceased(people, head)
    voices = _voice_roles(turn_people, turn_texts) if unlabelled else None
    if voices is not None and all(tp is None for tp in turn_people):
        # no label anywhere (">>" captions): the voices that say their names
        people.extend(_named_voices(turn_people, turn_texts, voices))
    used: set[str] = set()
    for p in people:
        base = slug(p.name)
        sid = base
        n = 2
        while sid in used:
            sid = f"{base}-{n}"
            n += 1
        used.add(sid)
        p.id = sid
    speaking = set(map(id, filter(None, turn_people)))
    people = [p for p in people if id(p) in speaking]
    if voices is not None:
        asked = voices.count("interviewer")
        diagnostics.append(
            {
                "code": "roles-inferred",
                "severity": "info",
                "message": f"turns without a label: {asked} read as questions and "
                f"{voices.count('interviewee')} as their answers, from who asks",
            }
        )
    return Roster(people, turn_people, diagnostics, voices)


# The person whose death an inquest's record is about ("Inquest touching the death of Ann
# Lee", "Enquête publique sur le décès de M. Paul Roy"): the name is never a speaker's
_DECEASED = lazy(
    r"(?:\bdeath[ \t]+of|\bdécès[ \t]+de)[ \t]+(?:(?:the[ \t]+late|feu|M\.|Mme|Mr\.?|Mrs\.?"
    r"|Ms\.?|Miss)[ \t]+)?(?P<n>[A-ZÀ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-Þ][\w'’\-]+){1,4})"
)


def _drop_title_word(p: Person, text: str, titles: set[str], name_words: set[str]) -> None:
    """A name's first word taken as its title: a word the text writes in lower case before a
    name (see :func:`lowercase_title`), or a word before several members' full names (see
    :func:`shared_titles`; then before a surname alone too)."""
    if p.generic or p.parts.office or " " not in p.name:
        return
    first, _, rest = p.name.partition(" ")
    if first.casefold() not in titles and lowercase_title(p.name, text, name_words) is None:
        return
    p.name = rest
    p.title = first if p.title is None else f"{p.title} {first}"


_SHORT_TITLE_WORDS = 3  # (words of a title before a full name at most)


def _drop_title_before_short_form(p: Person, shorts: set[str], given: set[str]) -> None:
    """The words before a full name that other labels shorten without them are its title:
    "Ведущая Ольга Синицына" beside "О. Синицына", "ኣቕራቢት ሰላም ተስፋይ" beside "ሰላም",
    "Agwonòm Nadège Pierre-Louis" beside "Nadège" (the given name alone, or its initial and
    the surname); the name keeps two words at least."""
    words = p.name.split()
    if p.generic or p.parts.office or len(words) < 3:
        return
    for k in range(1, min(len(words) - 1, _SHORT_TITLE_WORDS + 1)):
        first, last = words[k], words[-1]
        # (the given name alone after one title word only: "REGIDORA ZAMORA" after
        # "REGIDORA LUCÍA FERNANDA ZAMORA IBARRA" is the first of her surnames)
        if (k == 1 and len(first) > 1 and first.casefold() in given) or any(
            f"{first[:1]}.{gap}{last}".casefold() in shorts for gap in ("", " ")
        ):
            title = " ".join(words[:k])
            p.name = " ".join(words[k:])
            p.title = title if p.title is None else f"{p.title} {title}"
            return


def _not_the_deceased(people: list[Person], head: str) -> None:
    """A relative labelled by title and surname ("MRS OKAFOR (the deceased's mother)") is
    not the deceased whom the record's head names in full with that surname ("touching
    the death of Daniel Chukwuemeka Okafor"): the label's own name stands."""
    dead = {" ".join(m.group("n").split()) for m in _DECEASED.finditer(head[:5000])}
    for p in people:
        if p.name in dead and p.name != p.parts.name and not p.generic:
            p.name = p.parts.name


def _join_thai_abbreviations(people: list[Person], by_label: dict[str, Person]) -> None:
    """``โฆษกฯ`` after ``นางสาวพิมพ์ชนก ศรีวิไลวงศ์ โฆษกประจำสำนักนายกรัฐมนตรี``: an office cut
    short with the Thai abbreviation mark (after an abbreviated rank, "รมช.เกษตรฯ") is the
    one speaker whose label's office holds what is left of it."""
    for p in list(people):
        if p.name[-1:] != "ฯ" or " " in p.name:
            continue
        stem = p.name[:-1].rpartition(".")[2]
        if len(stem) < 3:
            continue
        holders = [q for q in people if q is not p and q.title and stem in q.title]
        if len(holders) != 1:
            continue
        _merge_labels(holders[0], p, by_label)
        people.remove(p)


def _dotless_i_names(people: list[Person], full_text: str) -> None:
    """A name read from a label in capitals ("SERDAR TUNALI") is written in the text with
    the dotless ı of Turkish and Azerbaijani ("Serdar Tunalı'nın"), which capitals do not
    show: the name takes the spelling the text gives it."""
    for p in people:
        # (the name in capitals before a bracket in mixed case: "SERDAR TUNALI (Van) –")
        if (
            p.generic
            or "i" not in p.name
            or not any(lab.partition("(")[0].isupper() for lab in p.labels)
        ):
            continue
        words = p.name.split()
        pat = r"[ \t]+".join(re.escape(w).replace("i", "[iı]") for w in words)
        m = re.search(r"(?<!\w)" + pat + r"(?!\w)", full_text)
        if m is not None and "ı" in m.group(0):
            p.name = " ".join(m.group(0).split())


def _voice_roles(turn_people: list[Person | None], texts: Sequence[str]) -> list[str] | None:
    """Roles of the turns no label names, read from who asks and who answers in each run of
    at least ``MIN_VOICE_RUN`` of them (see ``voice_roles``); None when there is none."""
    out: list[str] | None = None
    n = len(turn_people)
    i = 0
    while i < n:
        if turn_people[i] is not None:
            i += 1
            continue
        j = i
        while j < n and turn_people[j] is None:
            j += 1
        if j - i >= MIN_VOICE_RUN:
            roles = voice_roles([texts[k] for k in range(i, j)])
            if any(r != "unknown" for r in roles):
                if out is None:
                    out = ["unknown"] * n
                out[i:j] = roles
        i = j
    return out


# A reporter's sign-off: "reporting from Main Street, I'm Josh Keller", "for KTVR News,
# I'm ..."; and a voice's own name: "oh sure I'm Linda Ortiz I own the bakery"
_VOICE_NAME = r"([A-Z][\w'’\-]+[ \t\n]+[A-Z][\w'’\-]+)"
_SIGN_OFF = lazy(
    r"(?i:\breporting (?:live )?from|\bfor [\w ]{1,30}?news|\bdesde)\b[^.?!]{0,60}?"
    r"(?i:\bi'm|\bi’m|\bi am|\bthis is|\bsoy|\bles informó)\s+" + _VOICE_NAME
)
_VOICE_INTRO = lazy(
    r"(?i:\bi'm|\bi’m|\bi am|\bmy name is|\bsoy|\bme llamo|\bmi nombre es)\s+" + _VOICE_NAME
)


# (a street interview's reporter stops a new passer-by: "ma'am do you have a second")
_PASSER_BY = ("sir", "ma'am", "madam", "señor", "señora", "perdone", "disculpe")


def _voice_name(m: re.Match[str] | None) -> str | None:
    if m is None:
        return None
    words = m.group(1).split()
    if all(name_shaped(w) and not stopword(w) and w.casefold() not in NOT_NAMES for w in words):
        return " ".join(words)
    return None


def _named_voices(
    turn_people: list[Person | None], texts: Sequence[str], voices: list[str]
) -> list[Person]:
    """People for a transcript with no labels, where only the voices' sides are known (see
    ``voice_roles``): the asking side is one voice, the reporter, named by their sign-off
    or introduction; an answering voice that says its name ("I'm Linda Ortiz") speaks the
    answers after it until the asker turns from questions to a remark or a new passer-by.
    The others stay without a speaker. ``voices`` is updated for a sign-off's turn."""
    host: str | None = None
    for i, t in enumerate(texts):
        name = _voice_name(_SIGN_OFF.search(t[-300:]))
        if name is not None:
            host = name
            voices[i] = "interviewer"  # (the sign-off is the reporter's, whatever the order)
    if host is None:
        for i, t in enumerate(texts):
            if voices[i] == "interviewer":
                host = _voice_name(_VOICE_INTRO.search(t[:200]))
                if host is not None:
                    break
    made: dict[str, Person] = {}

    def person(name: str, role: str, why: str) -> Person:
        if name not in made:
            made[name] = Person(
                parts=NameParts(name, None, None, None, None, False),
                name=name,
                role=role,
                confidence=0.75,
                evidence=[why],
            )
        return made[name]

    current: Person | None = None
    for i, t in enumerate(texts):
        if voices[i] == "interviewer":
            if host is not None:
                turn_people[i] = person(host, "interviewer", "asks in the turns without labels")
            if not is_question(t) or t[:8].casefold().startswith(_PASSER_BY):
                current = None  # (a remark, or a new passer-by addressed)
        elif voices[i] == "interviewee":
            said = _voice_name(_VOICE_INTRO.search(t[:200]))
            if said is not None and said != host:
                current = person(said, "interviewee", "answers, and names themself")
            if current is not None:
                turn_people[i] = current
        else:
            current = None
    return list(made.values())


_NEAR = 20000  # characters either side of a speaker's first label where they are introduced


def _introduced(p: Person, flat: str, head: str) -> str:
    """The text where a speaker's name is given in full: the document's head (its title and
    intro) and the text around the speaker's first label (who introduces them, their first
    words). Bounded, so that a long record with many speakers is not read once per speaker."""
    found = [at for at in (flat.find(label) for label in p.labels if label) if at >= 0]
    if not found:
        return head
    at = min(found)
    if at - _NEAR <= len(head):
        return flat[: at + _NEAR]
    return head + "\n" + flat[at - _NEAR : at + _NEAR]


def _name_by_page(
    people: list[Person],
    turn_people: list[Person | None],
    texts: Sequence[str],
    context: str,
    head: str,
) -> None:
    """Speakers labelled by a role word or an office alone, named from the page."""
    role_of: dict[int, str | None] = {}
    letters = {p.parts.name.casefold() for p in people if len(p.parts.name) == 1}
    for p in people:
        if p.named_in_label and p.parts.role_word == "q":
            continue  # (an asker who said their name: "中日新報の石黒です")
        # (the label's own word: the name may have been read from the page already, and
        # name_key would decompose Hangul syllables)
        key = p.parts.name.casefold()
        word = p.parts.role_word or key
        role = label_role(word) or ROLE_WORDS.get(word)
        if role is None and p.parts.honorific:
            # ("Mr Speaker:": a role said with its form of address)
            role = label_role(f"{p.parts.honorific.casefold().rstrip('.')} {word}")
        if len(word) == 1:
            role = paired_role(word, letters) or role  # ("P." beside "R.": the question)
        labelled_by_role = p.generic or p.parts.office or role is not None
        # ("Speaker 3": a numbered voice, not a role)
        numbered = any(c.isdigit() for c in key)
        one_word = (
            " " not in key
            or p.parts.office  # (an office: its last word is read)
            or (role == "moderator" and key in LABEL_ROLES)  # ("अध्यक्ष महोदय": Mr. Speaker)
            # ("THE VIDEOGRAPHER": one present by office, named in the list of appearances)
            or (role == "other" and key.startswith("the ") and " " not in key[4:])
        )
        # (an asker a hand-off named, no label's, is named already: "Our next caller is
        # Terrence")
        handed = p.parts.role_word == "q" and not p.generic and not p.label_names
        # (a role's word, then the person in brackets, "질문자 1 (대성증권 박민규 애널리스트)":
        # named by the label already)
        handed = handed or (
            p.parts.role_word is not None and p.parts.title is not None and caseless_letter(key[:1])
        )
        if one_word and labelled_by_role and role != "unknown" and not numbered and not handed:
            role_of[id(p)] = role
        elif role is None and not labelled_by_role and _phrase_before_name(p, head):
            # ("Котиби матбуотӣ:" beside the lead's "котиби матбуотӣ Нигора Саидова"): a
            # label of words the page writes in lower case before a name is a role's
            role_of[id(p)] = None
    # (or a chair's office after an article that no table gives a role: "A PRESIDENTE")
    if role_of or any(article_chair(p.parts.name) for p in people):
        name_role_labels(people, turn_people, texts, context, role_of, head)
        offices = [p for p in people if p.parts.office and id(p) in role_of]
        if offices:
            _join_named_offices(offices, people, turn_people)


# the name after an office's word in Arabic script, the holder the chair gives the floor
# to: two or three words, the first without the article, closing a sentence ("الكلمة
# للسيد الوزير يوسف الحمداوي.")
_AR_HANDED_NAME = (
    r"[ \t]+((?!ال)[\u0620-\u064a]{2,}(?:[ \t]+[\u0620-\u064a]{2,}){1,2})(?=[.،؛!؟:]|[ \t]*$)"
)


def _offices_named_by_handover(
    people: list[Person], turn_people: list[Person | None], texts: Sequence[str]
) -> None:
    """A speaker labelled by an office alone ("The Minister for Transport:", "السيد وزير
    التجهيز والماء:") whom the turn before its first gives the floor by that office's word
    and a name ("The floor goes to Minister Jane Roe.", "الكلمة للسيد الوزير يوسف الحمداوي."):
    named so, the office its title, when no speaker has that name."""
    offices = [p for p in people if not p.generic and (p.parts.office or _office_phrase(p.name))]
    if not offices:
        return  # (most documents: no label is an office alone)
    wanted = {id(p) for p in offices}
    first: dict[int, int] = {}
    for i, tp in enumerate(turn_people):
        # (up to the offices' first turns only: a long record has many turns)
        if tp is not None and id(tp) in wanted and id(tp) not in first:
            first[id(tp)] = i
            if len(first) == len(wanted):
                break
    names = {name_key(q.name) for q in people}
    for p in offices:
        arabic = _office_phrase(p.name)
        if first.get(id(p), 0) < 1:
            continue
        i = first[id(p)]
        before = turn_people[i - 1]
        if before is None or before is p:
            continue
        words = [w for w in p.name.split() if w.casefold() not in _ARTICLES]
        if not words:
            continue
        tail = texts[i - 1][-300:]
        if arabic:
            pat = re.compile(r"(?<!\w)(?:ال)?" + re.escape(words[0]) + _AR_HANDED_NAME)
        else:
            pat = re.compile(r"(?<!\w)(?i:" + re.escape(words[0]) + r")[ \t]+" + _FULL_NAME)
        found = {m.group(1) for m in pat.finditer(tail)}
        if len(found) != 1:
            continue
        held = found.pop()
        if name_key(held) in names or held.split()[0].casefold() in NOT_NAMES:
            continue
        p.title = p.title or " ".join(words)
        p.name = held
        names.add(name_key(held))
        p.evidence.append(f"given the floor as {words[0]!r} {held!r}")


def _office_word_alone(people: list[Person], by_label: dict[str, Person], order: list[str]) -> None:
    """An office's first word as a label of its own ("Rzecznik:"), after the label that
    spelled the office out before its holder's name ("Rzecznik prasowy URW Marta Zielonka:",
    the title "Rzecznik prasowy NBP"): the one speaker whose title opens with that word."""
    lone = [
        p
        for p in people
        if p.title is None and not p.generic and not p.named_in_label and " " not in p.name
    ]
    titled = [p for p in people if p.title and " " in p.title]
    if not lone or not titled:
        return
    first = {id(by_label[k]): n for n, k in reversed(list(enumerate(order)))}
    for p in lone:
        low = p.name.casefold()
        same = [q for q in titled if q.title and q.title.split()[0].casefold() == low]
        if len(same) == 1 and first.get(id(same[0]), 0) < first.get(id(p), 0):
            _merge_labels(same[0], p, by_label)
            people.remove(p)


# a form of address in Arabic or Persian, then a name of two or three words that a comma,
# a full stop or "and" ends ("... باسم الوزارة السيد يوسف الكردي،", "... آقای رضا کریمی و")
_ARABIC_ADDRESSED = lazy(
    r"(?:[ \t]+[^\s،,.:؛]+[،,]?){0,4}?[ \t]+"
    r"(?:السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|د\.|المهندس|المهندسة|آقای|خانم|دکتر)"
    r"[ \t]+([^\s،,.:؛]+(?:[ \t]+[^\s،,.:؛]+){1,2}?)(?=[ \t]*[،,.]|[ \t]+و[ \t])"
)


def _arabic_lead_offices(people: list[Person], context: str) -> None:
    """A label of an office's words in Arabic or Persian ("الناطق الرسمي:", "سخنگو:") that the
    lead writes, then within four words a form of address and a name ("بحضور الناطق الرسمي
    باسم الوزارة السيد يوسف الكردي،"): that name, the office its title (one name only)."""
    known = {p.key for p in people}
    for p in people:
        if (
            not "\u0600" <= p.name[:1] <= "\u06ff"
            or p.named_in_label
            or p.title
            or any(name_key(strip_markup(lab).rstrip(" :：")) != p.key for lab in p.labels)
        ):
            continue
        found: set[str] = set()
        at = context.find(p.name)
        while at >= 0 and len(found) < 2:
            end = at + len(p.name)
            while end < len(context) and "\u0620" <= context[end] <= "\u06ff":
                end += 1  # (a Persian ezafe or a suffix glued to the office: "سخنگوی")
            m = _ARABIC_ADDRESSED.match(context, end, end + 160)
            if m is not None and name_key(m.group(1)) not in known:
                found.add(m.group(1))
            at = context.find(p.name, at + 1)
        if len(found) == 1:
            p.title = p.name
            p.name = found.pop()
            known.add(p.key)
            p.evidence.append(f"the lead names {p.name!r} the {p.title!r}")


def _bare_label_opens(p: Person, found: str, text: str) -> bool:
    """``found`` ("Umunyamakuru Tugarutse") is only ever the word that labels ``p`` left
    without its terminator at a turn's start ("Umunyamakuru Tugarutse kuri ...", beside
    "Umunyamakuru:"), then the speech's first word: no surname."""
    if not any(strip_markup(lab).strip() == p.name for lab in p.labels):
        return False  # (no label of the word alone: every one had its terminator)
    at = text.find(found)
    while at >= 0:
        if at > 0 and text[at - 1] not in "\n\r":
            return False  # (said inside a line: a name)
        at = text.find(found, at + 1)
    return True


def _phrase_before_name(p: Person, head: str) -> bool:
    """A label of two or three words (or a hyphenated one) that no table knows, capitalised
    as labels are, whose words the page writes in lower case right before a capitalised word
    (or one word in lower case, then it): a role's phrase
    ("матбуот котиби", "pembawa acara"), not a person's name, which is never written so."""
    label = p.parts.name
    low = label.lower()
    if (
        p.named_in_label
        or p.name != label
        # (or one word of two joined by a hyphen: "Пресс-атташе")
        or not (1 <= low.count(" ") <= 2 or (" " not in low and "-" in low.strip("-")))
        or low == label
        or any(c.isdigit() for c in low)
    ):
        return False
    at = head.find(low + " ")
    while at >= 0:
        nxt = head[at + len(low) + 1 : at + len(low) + 2]
        if nxt.islower():
            # (the body it serves between, in the genitive: "пресс-атташе клуба Алина ...")
            after = head[at + len(low) + 1 : at + len(low) + 40].split(" ", 2)
            nxt = after[1][:1] if len(after) > 1 else ""
        if (at == 0 or not head[at - 1].isalnum()) and nxt.isupper():
            return True
        at = head.find(low + " ", at + 1)
    return False


# A form of address between an office and its holder's name, after a comma: "Le porte-parole
# du Gouvernement, M. Abdoulaye Sarr", "the Minister, Dr. Ann Lee", "Menteri, Ibu Sari Dewi"
_HOLDER_ADDRESS = (
    r"(?:(?:S\.E\.|H\.E\.)[ \t]+)?(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sr|Sra|Dra|Mme|Mlle|M"
    r"|Herr|Frau|Bapak|Bpk|Ibu|Pak|Bu)\.?[ \t]+"
)


_LEAD_MENTIONS = 20  # (an office's mentions read in the head)


def _lead_offices(people: list[Person], by_label: dict[str, Person], head: str) -> None:
    """A label of words no table knows as an office ("Le Porte-parole du Gouvernement",
    "Menteri Keuangan") that the page's lead writes right before a full name, or before a
    comma and a form of address and the name, is that office, its holder the name.
    Only where the prose writes the label in lower case (an office, never a person's name)
    or the holder speaks under their own name too ("Abdoulaye Ndiaye Sarr :", or after a
    short form of the office: "Menkeu Larasati Wibisono:"), who is then the same speaker:
    a list of names ("Anna Smith, Dr Bob Lee") names no one so."""
    folded = ""  # (the head in small letters, made once when a label needs it)
    for p in list(people):
        label = p.parts.name
        if (
            p.generic
            or p.parts.office
            or p.named_in_label
            or p.name != label
            or not label.count(" ") <= 4
            or not label[:1].isupper()
            or any(c.isdigit() for c in label)
        ):
            continue
        # (one word: an office only where the prose writes it in lower case right before a
        # full name, "do governador Rodrigo Amaral Teles"; a surname is never written so)
        one_word = " " not in label
        if one_word and (p.parts.role_word or label_role(p.key) is not None):
            continue  # ("Repórter": a role many may share, not an office one holds)
        low = label.lower()  # (not casefold: ten times slower on a head's accented letters)
        folded = folded or head.lower()
        at = folded.find(low)
        if at < 0:
            continue  # (most labels: the page never writes them in its prose)
        found: Counter[str] = Counter()
        holders: dict[str, Person] = {}
        seen = 0
        while at >= 0 and seen < _LEAD_MENTIONS:
            seen += 1
            end = at + len(low)
            m = None
            if at == 0 or not (head[at - 1].isalnum() or head[at - 1] == "-"):
                m = _HOLDER_AFTER.match(head, end)
            at = folded.find(low, end)
            if m is None:
                continue
            # (the word before, on the same line)
            start = end - len(low)
            line = head[max(0, start - 40) : start].rstrip(" \t").rsplit("\n", 1)[-1]
            before = (line.rsplit(None, 1)[-1:] or [""])[0]
            if before[:1].isupper() and before[-1:] not in ".!?:;,":
                continue  # (inside a longer office: "Wakil Menteri Keuangan Dr. ...")
            name = m.group(2)
            if name.split()[0].casefold() in NOT_NAMES:
                continue
            said = head[start:end]
            prose = said != label and any(c.islower() for c in said)
            if one_word and not (prose and said[:1].islower()):
                continue
            # (a comma alone before the name: only after an office the prose writes so)
            if m.group(1) is None and head[end : end + 1] == "," and not prose:
                continue
            holder = _holder_labelled(people, p, name)
            if holder is not None:
                holders[name] = holder
            if prose or holder is not None:
                found[name] += 1
        if not found:
            continue
        name = found.most_common(1)[0][0]
        p.name = name
        p.evidence.append(f"the page names the holder of {label!r}: {name!r}")
        holder = holders.get(name)
        if holder is None or holder not in people:
            continue  # (the office stays the label's: a title would make it a government's)
        written = label.split()
        while len(written) > 1 and written[0].casefold() in _ARTICLES:
            written = written[1:]  # ("Porte-parole du Gouvernement": the article dropped)
        p.title = p.title or " ".join(written)
        if holder.name != name:
            # ("Menkeu Larasati Wibisono": a short form of the office before the name)
            holder.title = holder.title or holder.name[: -len(name)].strip()
            holder.name = name
        _merge_labels(holder, p, by_label)
        people.remove(p)


# A full name, a comma and a preposition of belonging that a bracket's words then close:
# "Aïssatou Bâ, de Sud Matin." (read on the turn's text before those words)
_NAME_THEN_OF = lazy(
    r"(?:^|[.!?][ \t]+)([^\W\d_][\w'’\-]+(?:[ \t]+[^\W\d_][\w'’\-]+){1,2}),[ \t]*"
    r"(?:(?i:de|du|de la|from|of|with|for|von|vom|di|da|do|del)[ \t]+)?$"
)


def _bracket_outlets(
    people: list[Person], turn_people: list[Person | None], texts: Sequence[str]
) -> None:
    """A role word and a bracket read as the asker's name ("Journaliste (Sud Matin)",
    "Reporter (Daily Star)") whose first turn opens with another full name, a comma and the
    bracket's words ("Aïssatou Bâ, de Sud Matin."): the bracket is the outlet, the asker the
    name said. (The role word's other brackets are read as before, "Reporter (Harbor
    Times)" the asker's name: the asker of another outlet is another speaker.)"""
    for p in people:
        if not p.named_in_label or p.parts.role_word is None or p.affiliation is not None:
            continue
        i = next((k for k, q in enumerate(turn_people) if q is p), -1)
        if i < 0:
            continue
        text = texts[i][:240]
        at = text.find(p.name)
        m = _NAME_THEN_OF.search(text, 0, at) if at > 0 else None
        if m is None or not all(w[:1].isupper() for w in m.group(1).split()):
            continue
        p.affiliation = p.name
        p.name = m.group(1)
        p.evidence.append(f"says they are {p.name!r} of {p.affiliation!r}")


def _spaced_script_offices(people: list[Person], by_label: dict[str, Person], head: str) -> None:
    """A Khmer or Lao office labelled alone ("រដ្ឋមន្ត្រី", "ພິທີກອນ") is the one speaker whose
    label gave it at the start of their title ("ឯកឧត្តម ហេង វណ្ណារិទ្ធ រដ្ឋមន្ត្រីក្រសួង...",
    the office and its ministry in one word), else the person the lead names with a form of
    address, the two words of the name and a word that opens or closes with the office
    ("លោកស្រី សុខ ចាន់ធីតា អ្នកនាំពាក្យក្រសួង", "ທ່ານ ນາງ ວິໄລພອນ ສີສຸວັນ ເປັນພິທີກອນ": as MC)."""
    for p in list(people):
        office = p.name
        if p.generic or p.named_in_label or " " in office or not khmer_or_lao(office[:1]):
            continue
        if len(office) < 4 or p.parts.honorific is not None or office in SPACED_ADDRESSES:
            continue
        titled = [
            q for q in people if q is not p and q.title and q.title.split()[0].startswith(office)
        ]
        if len({id(q) for q in titled}) == 1:
            q = titled[0]
            _merge_labels(q, p, by_label)
            people.remove(p)
            continue
        found: set[str] = set()
        at = head.find(office)
        while at >= 0:
            # (the words before the office's word, on its line: address, name, name)
            start = at
            while start > 0 and not head[start - 1].isspace():
                start -= 1
            end = head.find(" ", at)
            word = head[start : end if end >= 0 else len(head)].rstrip(".,;:!?។៕")
            before = head[max(0, start - 120) : start].rsplit("\n", 1)[-1].split()
            if (
                (word.startswith(office) or word.endswith(office))
                and len(before) >= 3
                and before[-3] in SPACED_ADDRESSES
                and not set(before[-2:]) & SPACED_ADDRESSES
            ):
                found.add(" ".join(before[-2:]))
            at = head.find(office, at + len(office))
        known = {q.name for q in people}
        if len(found) == 1 and not found & known:
            p.title = p.title or office
            p.name = found.pop()
            p.evidence.append(f"the lead names the {office!r}: {p.name!r}")


def _holder_labelled(people: list[Person], p: Person, name: str) -> Person | None:
    """The one other speaker labelled by ``name``, or by a word or two and ``name`` (an
    office's short form before it: "Menkeu Larasati Wibisono")."""
    key = name_key(name)
    tail = " " + name
    same = [
        q
        for q in people
        if q is not p
        and not q.generic
        and not q.parts.office
        and (
            q.key == key
            or (q.name.endswith(tail) and q.name.count(" ") - name.count(" ") <= 2 and not q.title)
        )
    ]
    return same[0] if len(same) == 1 else None


def _join_role_word_labels(
    people: list[Person], by_label: dict[str, Person]
) -> list[tuple[Person, Person]]:
    """A moderator's word alone as a label and the same word before a name in another
    label ("நெறியாளர்:" and "நெறியாளர் கார்த்திகா ராமன்:", "Moderatorin:" and "Moderatorin
    Eva Roth:"): one speaker, the named one."""
    for p in list(people):
        word = p.parts.name
        if " " in word or p.parts.role_word or label_role(word.casefold()) != "moderator":
            continue  # (a moderator is one person; "REPORTER:" and "REPORTER ANN LEE:" two)
        lead = word.casefold() + " "
        named = [
            q
            for q in people
            if q is not p
            and not q.generic
            and any(strip_markup(lab).casefold().startswith(lead) for lab in q.labels)
        ]
        if len(named) != 1:
            continue
        q = named[0]
        _merge_labels(q, p, by_label)
        people.remove(p)
    return _join_chair_word_labels(people, by_label)


def _join_chair_word_labels(
    people: list[Person], by_label: dict[str, Person]
) -> list[tuple[Person, Person]]:
    """A chair's or a moderator's word alone as a label ("The Chair:", "Moderator:",
    "Moderadora:") and one named label that gives the same word as its holder's title or
    in brackets ("Sir Ann Lee (Chair):", "Moderator (Ann Lee, Forum):", "Ana Gil
    (moderadora):"): one speaker, the named one, as meetings and panels label their chair
    in full once and by the office after. Returns the pairs joined (named, word's)."""
    joined: list[tuple[Person, Person]] = []
    for p in list(people):
        if p.named_in_label or p.title or p.affiliation:
            continue
        words = p.parts.name.casefold().split()
        while len(words) > 1 and words[0] in _ARTICLES:
            words = words[1:]  # ("The Chair": "chair")
        if len(words) != 1 or label_role(words[0]) != "moderator":
            continue
        word = words[0]
        named = [
            q
            for q in people
            if q is not p
            and not q.generic
            and not q.parts.office
            and " " in q.name
            and word
            in {
                (t or "").casefold()
                for t in (q.title, q.affiliation, q.parts.title, q.parts.affiliation)
            }
            | {q.parts.role_word}
        ]
        if len(named) != 1:
            continue
        q = named[0]
        _merge_labels(q, p, by_label)
        people.remove(p)
        joined.append((q, p))
    return joined


_FIELD_CHARS = 80  # (a field of the head: its value a name and an affiliation at most)


def _field_turns_apart(
    people: list[Person],
    turn_people: list[Person | None],
    texts: Sequence[str],
    labels: list[tuple[str, str, str] | None],
    joined: list[tuple[Person, Person]],
) -> None:
    """A field of the page's head read as the first turn of a chair's word, its whole text
    the named chair's name (and an affiliation after a comma), right before the chair's
    first words ("Moderator: Ann Lee, Health Forum" above "Moderator (Ann Lee, Health
    Forum): Good afternoon"): the word's own, as before the two labels were joined, named
    as the field names her, so that it is not read as the start of her speech."""
    for q, p in joined:
        if q not in turn_people:
            continue
        i = turn_people.index(q)
        if i + 1 >= len(turn_people) or turn_people[i + 1] is not q:
            continue
        item = labels[i]
        if item is None or name_key(strip_markup(item[0])) != p.key:
            continue  # (a turn under the named label: her own words)
        value = texts[i].strip()
        if (
            len(value) <= _FIELD_CHARS
            and "\n" not in value
            and value[-1:] not in ".?!"
            and (value == q.name or value.startswith(q.name + ","))
        ):
            # (named as the field names her: the same person, apart for this line only)
            p.name = q.name
            p.evidence.append(f"a field of the head names {q.name!r}")
            turn_people[i] = p
            people.append(p)


def _join_named_offices(
    offices: list[Person], people: list[Person], turn_people: list[Person | None]
) -> None:
    """An office the page named for a person also labelled by their name ("SISTER
    PRESIDENT:" and "SISTER MENDES:", the head's "Presiding: Sister Carla Mendes"): one
    speaker, the office's (its role is the chair's)."""
    for p in offices:
        words = set(p.name.split())
        same = [
            q
            for q in people
            if q is not p
            and not q.parts.office
            # (the name, or a shorter form of it: "Marta Ruiz" of "Marta Ruiz Ocampo")
            and (q.name == p.name or (" " in q.name and set(q.name.split()) <= words))
        ]
        if len(same) != 1:
            continue
        q = same[0]
        _absorb(p, q, turn_people)
        people.remove(q)


_MAX_TYPO_PEOPLE = 60  # (a roster longer than that is a long record: no pairs compared)


def _misspelt(p: Person, q: Person, uses: Counter[str], text: str) -> bool:
    """``p``'s name is misspelt ``q``'s (see :func:`_one_letter_apart`) when ``q`` is
    labelled at least twice or the text writes ``q``'s name more often (an agenda's
    heading: "Frage Bieri Lukas.")."""
    return sum(uses[k] for k in q.label_names) >= 2 or text.count(q.name) > text.count(p.name)


def _one_letter_apart(name_a: str, name_b: str) -> bool:
    """One word of five letters or more misspelt by one letter (dropped, added or
    changed), or two letters swapped after the same given name, the other words the same:
    "Cruz-Villarel" / "Cruz-Villareal", "Anil Roa" / "Anil Rao"."""
    a, b = name_a.split(), name_b.split()
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x.casefold() != y.casefold()]
    if len(diff) != 1:
        return False
    x, y = diff[0][0].casefold(), diff[0][1].casefold()
    if len(a) >= 2 and len(x) == len(y) >= 3 and x[0] == y[0]:
        # two letters swapped in a short surname after the same given name: "Anil Roa" /
        # "Anil Rao"
        at = [i for i in range(len(x)) if x[i] != y[i]]
        if len(at) == 2 and at[1] == at[0] + 1 and x[at[0]] == y[at[1]] and x[at[1]] == y[at[0]]:
            return True
    if min(len(x), len(y)) < 4 or max(len(x), len(y)) < 5 or x[0] != y[0]:
        return False
    return _one_edit(x, y) >= 0


# a name in a line of stage text: two to four capitalised words ("Halmi Gábor")
_STAGE_NAME = lazy(r"(?<![\w.])([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+){1,3})")


def _chair_changes(
    people: list[Person],
    turn_people: list[Person | None],
    texts: Sequence[str],
    text: str,
) -> None:
    """One label, two chairs: a line of stage text that names someone with a word of the
    chair's label ("(Az elnöki széket Halmi Gábor, az Országgyűlés alelnöke foglalja el.)"
    under "ELNÖK:", "(Vorsitz: Vizepräsidentin Anna Weber)" under "Präsident:") hands the
    chair to that person: the label's turns after it are theirs."""
    chairs = [
        p
        for p in people
        if p.role == "moderator" and not p.generic and " " not in p.parts.name.strip()
    ]
    for chair in chairs:
        stem = fold_same_length(chair.parts.name)[:5]
        if len(stem) < 5:
            continue
        changes: list[tuple[int, str]] = []
        # (the lines of stage text only: a line opening with a bracket; most texts have few)
        at = text.find("\n(")
        while at >= 0 and len(changes) < 10:
            line_end = text.find("\n", at + 1)
            line_end = len(text) if line_end < 0 else line_end
            line = text[at + 1 : line_end].strip()
            if line[-1:] == ")" and stem in fold_same_length(line):
                m = _STAGE_NAME.search(line, 1)
                # (without the office before it: "Vizepräsidentin Petra Pau")
                name = split_label(m.group(1)).name if m is not None else None
                # (the chair's own name in it: the sitting's opening names who presides)
                if name is not None and chair.name not in name and name not in chair.name:
                    changes.append((line_end, name))
            at = text.find("\n(", line_end)
        if not changes:
            continue
        # where each turn starts in the text (looked for only here: a change is rare)
        cursor = 0
        starts: list[int] = []
        for t in texts:
            probe = t[:40]
            k = text.find(probe, cursor) if probe else -1
            starts.append(k if k >= 0 else cursor)
            cursor = max(cursor, k if k >= 0 else cursor)
        first = next((starts[i] for i, q in enumerate(turn_people) if q is chair), len(text))
        for offset, name in changes:
            if offset < first:
                continue  # (a line above the chair's first turn says who opens the sitting)
            holder = next((q for q in people if q.name == name), None)
            if holder is None:
                holder = Person(parts=chair.parts, name=name, title=chair.title)
                holder.labels = list(chair.labels)
                holder.label_names = set(chair.label_names)
                holder.role, holder.confidence = chair.role, chair.confidence
                holder.evidence = [*chair.evidence, "takes the chair"]
                people.append(holder)
            for i, q in enumerate(turn_people):
                if q is chair and starts[i] > offset:
                    turn_people[i] = holder


def _absorb(into: Person, other: Person, turn_people: list[Person | None]) -> None:
    """``other`` is found to be ``into``: its labels and its turns are ``into``'s."""
    _merge(into, other)
    _hand_turns(turn_people, other, into)


def _hand_turns(turn_people: list[Person | None], old: Person, new: Person) -> None:
    """Every turn of ``old`` is ``new``'s (the two found to be one person)."""
    for i, tp in enumerate(turn_people):
        if tp is old:
            turn_people[i] = new


def _join_cjk_title_prefixes(by_label: dict[str, Person], order: list[str]) -> None:
    """``立委林志豪`` beside ``林志豪``: a label in Han characters that is another label's full
    name (three characters or more) with a title of two to four characters before it, as a
    news site writes a legislator's first label, is that person, the title kept."""
    han = [k for k in order if 3 <= len(k) <= 12 and all(kanji(c) for c in k)]
    if len(han) < 2:
        return
    for key in han:
        p = by_label[key]
        for other in han:
            extra = len(key) - len(other)
            if 2 <= extra <= 4 and len(other) >= 3 and key.endswith(other):
                q = by_label[other]
                if q is p:
                    continue
                _merge(q, p)
                q.title = q.title or key[:extra]
                by_label[key] = q
                order.remove(key)
                break


def _merge(into: Person, other: Person) -> None:
    for lab in other.labels:
        if lab not in into.labels:
            into.labels.append(lab)
    into.label_names |= other.label_names
    into.title = into.title or other.title
    into.affiliation = into.affiliation or other.affiliation
    if into.parts.role_word is None and other.parts.role_word is not None:
        into.parts = (
            other.parts if len(_words(other.name)) >= len(_words(into.name)) else into.parts
        )
        into.parts = NameParts(
            into.name,
            into.title,
            into.parts.honorific,
            other.parts.role_word,
            into.affiliation,
            into.generic,
        )


def _merge_labels(target: Person, p: Person, by_label: dict[str, Person]) -> None:
    """``p`` is ``target``: merged into it, and every label that named ``p`` names ``target``."""
    _merge(target, p)
    for k, v in by_label.items():
        if v is p:
            by_label[k] = target


def _identify_askers(
    people: list[Person],
    turn_people: list[Person | None],
    texts: Sequence[str],
    diagnostics: list[dict[str, Any]],
) -> None:
    """Press briefings: a moderator's "next question goes to Andrea Mitchell with NBC"
    names who asks the following ``Q`` turns."""
    asker: Person | None = None
    created: dict[str, Person] = {}
    what: dict[int, str] = {}  # per person: "q", "moderator" or ""
    calls = False  # (a phone-in's callers, whom the operator names as the calls come)
    for person in people:
        word = person.parts.role_word or (person.key if person.generic else "")
        if person.key in _CALLER_WORDS:
            what[id(person)] = "q"
            calls = True
        elif (
            word in ("q", "question")
            or (
                (
                    person.generic
                    or " " not in person.key
                    # (an asker's word and the outlet in brackets: "Jurnalist (“Davr”
                    # gazetasi)", "Корреспондент (ТАСС)")
                    or (person.affiliation is not None and " " not in person.parts.name)
                )
                and label_role(person.parts.name.casefold() if person.affiliation else person.key)
                == "interviewer"
                and person.key not in _HOST_WORDS
                # ("株主A", "株主B": a letter numbers each asker, one person per label)
                and not (person.key[-1:].isascii() and not person.key[-2:-1].isascii())
            )
        ):
            what[id(person)] = "q"
        elif (
            word == "moderator"
            or (person.title and person.title.casefold() in _CHAIR)
            # (a moderator's word of another language: "Modératrice", "Moderadora")
            or (" " not in person.key and label_role(person.key) == "moderator")
        ):
            what[id(person)] = "moderator"
        elif word in _OPERATOR_WORDS or person.key in _OPERATOR_WORDS:
            what[id(person)] = "operator"  # (who hands out the floor where callers ask)
    if calls:
        for person in people:
            if what.get(id(person)) == "operator":
                what[id(person)] = "moderator"
    if "q" not in what.values():
        # no "Q" (a moderator alone: whom a hand-off names asks under no label, and a person
        # who never speaks is dropped): nothing to do turn by turn
        return
    # askers named by their own labels ("Pergunta (Lívia Sampaio, ESPN)"): a bare question
    # label whose asker says that name is theirs
    for person in people:
        rw = person.parts.role_word
        if rw and not person.generic and " " in person.name and label_role(rw) == "interviewer":
            created.setdefault(name_key(person.name), person)
    known_first: dict[str, list[str]] = {}
    for key, person in created.items():
        known_first.setdefault(person.name.split()[0].casefold(), []).append(key)
    # (two asker labels, such as PREGUNTA and INTERLOCUTOR: one opens a question, the other
    # follows it up)
    asker_labels = sum(1 for v in what.values() if v == "q")
    opened_by: Person | None = None
    handed: Person | None = None  # (an asker a moderator's hand-off named, before they ask)
    for i, p in enumerate(turn_people):
        if p is None:
            continue
        kind = what.get(id(p), "")
        if kind == "" and asker is not None and p.key == asker.key:
            asker = None  # (the one handed the floor asks under a label of their name)
        if kind == "q":
            intro = _SELF_INTRO_ASKER.search(texts[i][:240])
            said = (
                (
                    intro.group("name")
                    or intro.group("name2")
                    or intro.group("name3")
                    or intro.group("name4")
                    or intro.group("name5")
                    or ""
                )
                if intro
                else ""
            )
            cjk = None
            if not said and texts[i][:1] > "\u3000":
                # (in Japanese or Korean: "中日新報の石黒です", "연합뉴스 김민수 기자입니다")
                cjk = _SELF_INTRO_CJK.search(texts[i][:120])
                said = (cjk.group("ja") or cjk.group("ko")) if cjk else ""
            if not said and known_first:
                # "Rafael de novo, Bandeirantes": a known asker's first name opens the turn
                first = texts[i][:40].split(None, 1)
                keys = known_first.get(first[0].strip(",.").casefold(), []) if first else []
                if len(keys) == 1 and first[0][:1].isupper():
                    said = created[keys[0]].name
            if said and said.split()[0].casefold() not in NOT_NAMES:
                name = " ".join(said.split())
                key = name_key(name)
                if key not in created:
                    org = (
                        intro.group("org")
                        or intro.group("org2")
                        or intro.group("org3")
                        or intro.group("org4")
                        or intro.group("org5")
                        if intro
                        else (cjk.group("jorg") or cjk.group("korg"))
                        if cjk
                        else None
                    )
                    np = Person(
                        parts=NameParts(name, None, None, "q", org, False),
                        name=name,
                        affiliation=" ".join(org.split()) if org else None,
                        # (a name of a script without case, said in full: no page's word
                        # before it is a given name, "한빛일보 김민수")
                        named_in_label=cjk is not None,
                    )
                    created[key] = np
                    people.append(np)
                asker = created[key]
                opened_by = p
            elif asker is not None and p is opened_by and asker_labels >= 2:
                asker = None  # the label of a new question, and no one says who asks it
            elif handed is asker and asker is not None and asker.affiliation is None:
                # (the first question after a hand-off that named no outlet: the label's
                # outlet is the asker's, "Journaliste (Le Quotidien du Fleuve)")
                asker.affiliation = p.affiliation
                opened_by = p
            elif (
                asker is not None
                and p is not opened_by
                and p.affiliation is not None
                and p.affiliation != asker.affiliation
            ):
                asker = None  # (an asker of another outlet, "Jurnalist (“Davr” TV)", unnamed)
            if asker is not None:
                if p.label_names:
                    for lab in p.labels:
                        if lab not in asker.labels:
                            asker.labels.append(lab)
                turn_people[i] = asker
            continue
        if kind == "moderator":
            # (a caller's town follows "from": "caller is Linda from Port Clinton")
            handoffs = list(_CALL_HANDOFF.finditer(texts[i])) if calls else []
            if not handoffs:
                handoffs = list(_HANDOFF.finditer(texts[i]))
            if not handoffs and _FLOOR_TO_WORDS.search(texts[i]) is not None:
                handoffs = list(_FLOOR_TO.finditer(texts[i]))
            m = handoffs[-1] if handoffs else None
            if m is not None:
                name = m.group("name")
                if name.split()[0].casefold() in NOT_NAMES:
                    continue
                key = name_key(name)
                if key not in created:
                    org = m.group("org") or None
                    np = Person(
                        parts=NameParts(name, None, None, "q", org, False),
                        name=name,
                        affiliation=org,
                    )
                    created[key] = np
                    people.append(np)
                asker = created[key]
                handed = asker
            else:
                asker = None


# A reporter says who they are: "Sandy Aguilera, de Grupo Fórmula", "Jane Roe with
# Reuters", "My name is Jane Roe", "soy Jane Roe, de ..." (after a greeting, if any).
_INTRO_NAME = r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]+){1,3})"
_INTRO_ORG = (
    r"(?:[ \t]*,?[ \t]+(?:[^\W\d_A-Z][\w]*[ \t]+){0,2}"
    r"(?:de|del|de la|from|with|of|at|con|du|de l'|von|vom|bei|van|di|da|do)[ \t]+"
    r"(?:(?:the|la|el|le|der|die|het)[ \t]+)?"
    r"(?P<org>[A-Z0-9](?:[\w&'’\-]|\.(?=\w))*"
    r"(?:[ \t]+(?:(?:de|del|de la|of|for|and|y|&)[ \t]+)?[A-Z0-9](?:[\w&'’\-]|\.(?=\w))*){0,4}))"
)
_SELF_INTRO_ASKER = lazy(
    # (after a greeting: a sentence, or a word or two and a comma, "Hi, I'm Ann Lee")
    r"^\W*(?:[^.!?\n]{0,40}[.!?][ \t]+|[^\W\d][^.!?,\n]{0,15},[ \t]+)?"
    r"(?:(?i:my name is|i'm|i am|soy|me llamo|mi nombre es|je suis|je m'appelle|ich bin|"
    r"mein name ist|ik ben|mi chiamo|sono)[ \t]+" + _INTRO_NAME + "(?:" + _INTRO_ORG + ")?"
    r"|"
    + _INTRO_NAME.replace("name>", "name2>")
    + _INTRO_ORG.replace("org>", "org2>")
    # ("Q: (Daniel Forsythe – Grid Weekly) ...", "Q: (Ann Lee, Reuters)": the asker and
    # the outlet in brackets before the question)
    + r"|(?<=\()(?P<name3>[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+(?:(?:de|da|del|van|von|der|di|le|la|du|al|bin)"
    + r"[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’\-]+){1,3})"
    + r"[ \t]*(?:[–—-]|,)[ \t]*(?P<org3>[^()\n]{2,60}?)\))"
    # ("Professor, Lívia Sampaio, ESPN. ...": after a word of address, the name, a comma
    # and the outlet closing the sentence; or after a thanks of its own, "Thank you. Ann
    # Lee, Daily Courier. ...")
    + r"|^\W*(?:[^.!?,\n]{0,30},|[^.!?,\n]{0,20}[.!])[ \t]+"
    + _INTRO_NAME.replace("name>", "name4>")
    + r",[ \t]*(?P<org4>[A-Z0-9][\w&'’\-]*(?:[ \t]+[A-Z0-9][\w&'’\-]*){0,3})[.!?]"
    # ("Gulnora Ismoilova, “Yangi Davr” gazetasi.", "Анна Орлова, «Вечерний город».": the
    # name, a comma and the outlet in quotation marks, as reporters of languages that quote
    # their outlets' names say who they are, after a greeting if any)
    + r"|^\W*(?:[^.!?\n]{0,40}[.!?][ \t]+)?"
    + _INTRO_NAME.replace("name>", "name5>").replace("À-ÖØ-Þ", "À-ÖØ-ÞА-ЯЁЇІЄЎҚҒҲӘӨҮҰ")
    + r",[ \t]*(?P<org5>[^\W\d_]*[ \t]*[“«„\"][^”»“\"\n]{1,40}[”»“\"][^.!?\n]{0,30})[.!?]"
)
# ... in Japanese ("幹事社、中日新報の石黒です": the outlet, "の", the surname, "です", not a
# question's "ですか": "生産能力はどの程度ですか") and
# Korean ("연합뉴스 김민수 기자입니다", "KBS의 박지영입니다"), after a greeting or a role
_SELF_INTRO_CJK = lazy(
    r"^(?:[^。\n]{0,12}?[、。]\s*)?(?P<jorg>[^、。\s「」の]{1,20})の"
    r"(?P<ja>[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]{1,8})(?:と申します|です(?!か))"
    r"|^(?:[^.\n]{0,20}?[.,]\s*)?(?P<korg>[\w]{2,20}?)(?:의)?\s+(?P<ko>[가-힣]{2,4})(?:\s*기자)?입니다"
)
_FULL_NAME = r"([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]+){1,2})"
# what follows an office before its holder's name: a space, or a comma and a form of address
_HOLDER_AFTER = lazy(r"(?:[ \t]+|,[ \t]*(" + _HOLDER_ADDRESS + r")?)" + _FULL_NAME)
# "Tony Blair vs David Cameron": a header that names both sides of a debate
_VERSUS = lazy(
    _FULL_NAME + r"[ \t]+(?:vs\.?|v\.|versus|against|contre|gegen|contra|對|对)[ \t]+" + _FULL_NAME
)


_ARTICLES = frozenset({"the", "de", "het", "la", "le", "el", "der", "die"})


def _cjk_holder(office: str, head: str, known: set[str]) -> str | None:
    """The name written right before ``office`` in ``head`` most often ("水野恵子大臣"): two to
    five kanji after a break (no kanji before them), not an office's ("国土交通省大臣")."""
    found: Counter[str] = Counter()
    at = head.find(office)
    while at >= 0:
        k = at
        while k > 0 and at - k < 6 and kanji(head[k - 1]):
            k -= 1
        name = head[k:at]
        if (
            2 <= len(name) <= 5
            and (k == 0 or not kanji(head[k - 1]))
            and name[-1] not in CJK_OFFICE_END
            and name_key(name) not in known
        ):
            found[name] += 1
        at = head.find(office, at + len(office))
    return found.most_common(1)[0][0] if found else None


def _listed_holder(office: str, head: str) -> str | None:
    """The person a record's list of those present gives an office in the head, the office
    spaced out to its column and the holder after it ("主　　席　林委員世豪" -> "林世豪")."""
    if office[0] not in head:
        return None
    pat = re.compile(
        r"(?m)^[ \t\u3000]*"
        + r"[ \t\u3000]*".join(map(re.escape, office))
        + r"[ \t\u3000]+([\u3400-\u9fff]{2,12})[ \t\u3000]*$"
    )
    m = pat.search(head)
    if m is None:
        return None
    parts = split_label(m.group(1))
    if parts.office or (parts.title is None and len(parts.name) > 4):
        return None  # (another office, or a phrase, not a person)
    return parts.name


_COURT_FIRSTS = frozenset(r[0] for r in CJK_COURT_ROLES)


def _court_abbreviation(p: Person, head: str) -> None:
    """``p``, labelled by one character, is the one court office opening with it that the
    record's head lists ("公" for "公诉人：... 孔思远"): named as its holder."""
    listed = [
        r for r in CJK_COURT_ROLES if r[0] == p.name and (f"{r}：" in head or f"{r}:" in head)
    ]
    if len(listed) != 1:
        return
    held = _court_holder(listed[0], head)
    if held is not None:
        p.title = listed[0]
        p.name = held
        p.evidence.append(f"'{p.labels[0]}' abbreviates {listed[0]!r}, held by {held!r}")


def _court_holder(office: str, head: str) -> str | None:
    """The holder of a court's office as the record's head gives it, the office, a colon,
    maybe the holder's post, and the name, alone or before a wide gap ("审判长：周立新  人民
    陪审员：...", "辩护人：江州正衡律师事务所律师 田雨")."""
    m = re.search(
        r"(?m)^[ \t\u3000]*"
        + re.escape(office)
        + r"[ \t\u3000]*[:：][ \t\u3000]*(?:[\u3400-\u9fff]{2,24}[ \t\u3000]+)?"
        + r"([\u3400-\u9fff]{2,4})(?=[ \t\u3000]{2}|[ \t\u3000]*$)",
        head,
    )
    if m is None:
        return None
    parts = split_label(m.group(1))
    return None if parts.office or parts.title is not None else parts.name


def _office_held(p: Person, held: str, named: set[int]) -> None:
    """The speaker labelled by office ``p`` is ``held``, the office its title."""
    p.title = p.title or p.name
    p.name = held
    named.add(id(p))


# a field of the head that lists those who speak, its entries a name, a comma and their
# offices: "Intervinientes: Ana Ruiz Gil, ministra de ... y portavoz del Gobierno, y Luis
# Mora, ministro de ...", "Participants: Ann Lee, Minister of Health; Tom Roe, ..."
_LIST_FIELD = lazy(r"(?m)^[ \t]*[^\W\d_][\w ]{2,30}:[ \t]*(.+)$")
_ENTRY_START = lazy(r"(?:^|;[ \t]*|,?[ \t]+(?:y|and|e|et|und|i|en)[ \t]+)" + _FULL_NAME + r",")


def _listed_entry_holder(words: list[str], head: str) -> str | None:
    """The one person a list of speakers in the head gives the office ``words`` among
    their offices (the Spanish Government's "Intervinientes:"): the entry's name, or None
    when no entry, or two, hold the office."""
    office = re.compile(
        r"(?i)(?<!\w)"
        + r"[ \t]+(?:(?:de|del|la|el|the|of)[ \t]+){0,2}".join(map(re.escape, words))
        + r"(?!\w)"
    )
    found: set[str] = set()
    for entries in _LIST_FIELD.finditer(head[:5000]):
        rest = entries.group(1)
        starts = list(_ENTRY_START.finditer(rest))
        if len(starts) < 2:
            continue  # (a list of speakers names two at least)
        for k, m in enumerate(starts):
            end = starts[k + 1].start() if k + 1 < len(starts) else len(rest)
            if office.search(rest, m.end(), end) is not None:
                name = m.group(1)
                if name.split()[0].casefold() not in NOT_NAMES and not stopword(name.split()[0]):
                    found.add(name)
    return found.pop() if len(found) == 1 else None


def _name_offices(offices: list[Person], people: list[Person], head: str) -> None:
    """A speaker labelled by office alone (``The Prime Minister``) takes the name the
    document gives it: ``Prime Minister Tony Blair``, or the other side of a ``X vs Y``
    header whose one side is another speaker."""
    known = {name_key(p.name) for p in people if not p.parts.office}
    named: set[int] = set()
    top = -1  # (where the labels begin: worked out for a CJK office only)
    # (a list of the name, a dash and the office: "Dr. Ann Lee - Minister of Health, Mr.
    # Tom Roe - Minister of Finance", whose "Health, Mr. Tom Roe" is no office's holder)
    dashed = _dash_list_holders(head[:_DASH_LIST_SPAN])
    for p in offices:
        held = _dash_listed_holder(p, dashed, known) if dashed else None
        if held is not None:
            _office_held(p, held, named)
            continue
        if p.name in CJK_COURT_ROLES:
            # (a court record's head names its officers: "审判长：周立新", "公诉人：临湖区人民检察院检察员 罗晓东")
            held = _court_holder(p.name, head)
            if held is not None:
                _office_held(p, held, named)
            continue
        if p.name in CJK_TITLE_SUFFIXES:
            # a Japanese office after its holder's name, as a page's title writes it
            # ("水野恵子大臣会見要旨" names the "大臣" of the labels); not the reporters' ("記者":
            # many people), and only in the page's head, before its labels ("各位记者" in a
            # speech greets them)
            held = _listed_holder(p.name, head)
            if held is not None:
                _office_held(p, held, named)
                continue
            if label_role(p.name) is not None:
                continue
            if top < 0:
                top = min(
                    (at for q in people for at in map(head.find, q.labels) if at >= 0),
                    default=len(head),
                )
            held = _cjk_holder(p.name, head[:top], known)
            if held is not None:
                _office_held(p, held, named)
            continue
        words = [
            w
            for w in p.name.split()
            if w.casefold() not in ("the", "de", "het", "la", "le", "el", "der", "die")
        ]
        if not words:
            continue
        pat = re.compile(
            r"(?i:"
            # (the office's articles and joiners as the prose writes them: "secretaria de
            # Medio Ambiente")
            + r"[ \t]+(?:(?:de|la|el|the)[ \t]+){0,2}".join(re.escape(w) for w in words)
            # (or after a comma and a form of address: "the Secretary for Transport and
            # Logistics, Mr Kelvin Lau Ka-wai", as a government's transcript opens)
            # (an excellency's style before it: "Le Président de la Commission, S.E. M.
            # Ibrahima Kaboré", "the President, H.E. Mr ...")
            + r")(?:[ \t]+|,[ \t]*(?:(?:S\.E\.|H\.E\.)[ \t]+)?"
            + r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sr|Sra|Dra|Mme|M|Herr|Frau)\.?[ \t]+)"
            + _FULL_NAME
        )
        # (a speaker labelled by that office's title and a surname elsewhere, "Président
        # Kaboré", may be its holder: merged by the caller)
        titled = {
            name_key(q.name)
            for q in people
            if not q.parts.office and (q.title or "").split()[:1] == words[:1]
        }
        found: Counter[str] = Counter()
        for m in pat.finditer(head):
            name = m.group(1)
            key = name_key(name)
            if name.isupper() and name.split()[0].casefold() in _NAME_PARTICLES:
                # (the office's body in capitals: "JUDGE OF THE ...", "JUIZ DO TRABALHO",
                # "SECRETARIO RELATOR DE LA COMISIÓN")
                continue
            if (key not in known or key in titled) and name.split()[0].casefold() not in NOT_NAMES:
                found[name] += 1
        if not found and ":" in head:
            # a field of the head, a line of its own: the office in mixed case, a colon,
            # a professional's abbreviation and the holder, as Latin American records list
            # their officers ("Secretario Relator: Abg. Lucía Paredes Mora", "Secretaria: Lcda.
            # ..."); not a label in capitals over its speech
            field = re.compile(
                r"(?m)^[ \t]*((?i:"
                + r"[ \t]+".join(re.escape(w) for w in words)
                + r"))[ \t]*:[ \t]*(?:(?:Abg|Ab|Lcdo|Lcda|Lic|Ing|Econ|Arq|Dr|Dra|Sr|Sra)\.[ \t]+)?"
                + _FULL_NAME
                + r"[ \t]*$"
            )
            for m in field.finditer(head):
                # (a title written out before the name is no part of it: "Verteidiger:
                # Rechtsanwalt Jonas Weiß")
                name = split_label(m.group(2)).name
                if m.group(1).isupper() or name_key(name) in known:
                    continue
                if name.split()[0].casefold() not in NOT_NAMES:
                    found[name] += 1
        if not found:
            # the name first, the office after a comma, as a list of counsel writes it: "Mr.
            # Aditya Kaul, Solicitor General of India", "Sra. Marta Gil, la Fiscal General"
            after = re.compile(
                r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sr|Sra|Dra|Mme|M|Herr|Frau)\.?[ \t]+"
                + _FULL_NAME
                + r",[ \t]*(?:(?:the|la|el|le|der|die)[ \t]+)?(?i:"
                + r"[ \t]+".join(re.escape(w) for w in words)
                + r")\b"
            )
            for m in after.finditer(head):
                name = m.group(1)
                if name_key(name) not in known and name.split()[0].casefold() not in NOT_NAMES:
                    found[name] += 1
        if not found:
            # a tribunal's member on a line of the head by office and surname alone
            # ("DEPUTY PRESIDENT LAWRENCE", "PRESIDENTA MORALES"): the office's holder
            alone = re.compile(
                r"(?m)^[ \t]*(?i:"
                + r"[ \t]+".join(re.escape(w) for w in words)
                + r")[ \t]+([A-ZÀ-ÖØ-Þ][\w'’\-]+)[ \t]*$"
            )
            for m in alone.finditer(head):
                name = natural_case(m.group(1))
                # (not a word of a heading: "PRIME MINISTER QUESTIONS")
                if name_key(name) not in known and not stopword(name) and len(name) > 2:
                    found[name] += 1
        if not found:
            held = _listed_entry_holder(words, head)
            if held is not None:
                found[held] += 1
        if found:
            best = found.most_common(1)[0][0]
            # (the office as written, its leading article dropped: "Prime Minister",
            # "Secretaria de Medio Ambiente")
            written = p.name.split()
            while len(written) > 1 and written[0].casefold() in _ARTICLES:
                written = written[1:]
            p.name = best
            p.title = p.title or " ".join(written)
            named.add(id(p))
    unnamed = [p for p in offices if id(p) not in named]
    if len(unnamed) != 1:
        return
    for m in _VERSUS.finditer(head):
        a, b = m.group(1), m.group(2)
        ka, kb = name_key(a), name_key(b)
        if (ka in known) != (kb in known):
            office = unnamed[0]
            office.title = office.title or " ".join(
                w for w in office.name.split() if w.casefold() not in _ARTICLES
            )
            office.name = b if ka in known else a
            return


# "BY MR. SMITH:" opens an examination: the Q turns that follow are Mr. Smith's.
_EXAMINER = lazy(
    r"(?m)^[ \t]*(?:\d{1,2}[ \t]+)?BY[ \t]+((?:MR|MRS|MS|MISS|DR)\.?[ \t]+[A-Z][\w'’\-]+"
    r"(?:[ \t]+[A-Z][\w'’\-]+)?)[ \t]*:[ \t]*$"
)
# "LORRAINE PETTIBONE, having been first duly sworn": the witness, who answers the Q turns.
# (a surname in capitals keeps the small letters of its prefix: "KAREN J. McALLISTER")
_SWORN = lazy(
    r"(?m)^[ \t]*(?:\d{1,2}[ \t]+)?((?:Ma?c)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:[ \t]+(?:Ma?c)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){1,5})"
    r"(?:,[ \t]*\n?|[ \t]*\n)"  # (the name ends its line or a comma follows it)
    r"(?:[^\n]*\n){0,2}?[^\n]{0,80}?\b(?i:having been|being|after being|was)"
    r"(?:\s+(?:\d{1,2}\s+)?(?i:first|previously|duly))*\s+(?:\d{1,2}\s+)?(?i:sworn|affirmed)"
)

# ... in other languages: "מר אבי שטרן, לאחר שהוזהר כחוק" (Hebrew: after being warned to
# tell the truth), "M. Paul Roux, après avoir prêté serment", "Sr. Luis Vega, previo
# juramento": a form of address, the witness's name, the oath
_SWORN_OTHER = lazy(
    r"(?:(?:מר|גב'|גברת|ד\"ר)\s+([^\s,]+(?:\s+[^\s,]+){1,2}),[^\n]{0,20}?שהוזהר"
    r"|(?:M\.|Mme|Sr\.|Sra\.|Herr|Frau)\s+([^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){1,2}),"
    r"[^\n]{0,30}?(?:prêté serment|previo juramento|bajo juramento|vereidigt))"
)

# Question and answer marks that are letters of other words too (Spanish "P." / "R.",
# French "D." / "R.", German "F." / "A."): under an examination heading they are marks
_PAIRED_MARK_ROLES = {"p": "interviewer", "d": "interviewer", "f": "interviewer"}
_PAIRED_MARK_ROLES["r"] = "interviewee"
# (Korean and Japanese marks, Russian and Ukrainian words: under a heading, marks too)
# (by their keys: a Hangul syllable's key is its letters, "문" as "ㅁㅜㄴ")
for _w in ("문", "問", "вопрос", "питання", "запитання"):
    _PAIRED_MARK_ROLES[name_key(_w)] = "interviewer"
for _w in ("답", "答", "ответ", "відповідь"):
    _PAIRED_MARK_ROLES[name_key(_w)] = "interviewee"

_QA_KEYS = frozenset({"q", "a", "question", "answer", "ש", "ת", *_PAIRED_MARK_ROLES})


def _mark_key(p: Person) -> str | None:
    """The question or answer mark a speaker is labelled by ("P.", "문", "Вопрос:"), its
    key, even where the page gave the mark a name ("問" read as a title's "問 調")."""
    if p.key in _PAIRED_MARK_ROLES:
        return p.key
    for lab in p.labels:
        k = name_key(lab.rstrip(":.： "))
        if k in _PAIRED_MARK_ROLES:
            return k
    return None


def _examiners(
    people: list[Person],
    turn_people: list[Person | None],
    texts: Sequence[str],
    full_text: str,
    headings: Sequence[tuple[int, int, str]] = (),
) -> None:
    """Depositions and trial records: ``BY MR. SMITH:`` names who asks the ``Q`` turns after
    it, and ``JANE ROE, having been first duly sworn`` who answers the ``A`` turns.

    The turns are found in the text in order (their first words), once, only in documents
    that have such a line."""
    marks = [(m.start(), m.group(1)) for m in _EXAMINER.finditer(full_text)]
    if headings:  # ("... WAS CROSS-EXAMINED BY MS. LEE AS FOLLOWS:", in any language)
        marks = sorted(marks + [(a, who) for a, _b, who in headings])
    sworn = _SWORN.search(full_text) or _SWORN_OTHER.search(full_text) or sworn_heading(full_text)
    made: dict[str, Person] = {}

    def person(label: str, role_word: str) -> Person:
        key = name_key(label)
        found = made.get(key)
        if found is None:
            parts = split_label(label)
            words = _words(parts.name)
            # a speaker already known by that name ("MS. FERREIRA:" who objected earlier)
            same = [
                q for q in people if not q.generic and words and _words(q.name)[-1:] == words[-1:]
            ]
            if len(same) == 1:
                found = made[key] = same[0]
                return found
            name = parts.name
            if len(words) == 1:
                name = (
                    caseless_given_name(name, full_text[:20000])
                    or fullest_name(name, full_text)
                    or find_full_name(name, full_text)
                    or (
                        find_full_name(name[0] + name[1:].lower(), full_text)
                        if name.isupper()
                        else None
                    )
                    or name
                )
            name = fullest_name(name, full_text) or name
            parts = NameParts(name, None, parts.honorific, role_word, None, False)
            found = made[key] = Person(parts=parts, name=name)
            people.append(found)
        return found

    def office(words: str) -> Person | None:
        """The speaker whose label is the initials of an office ("trial counsel": "TC:"),
        or the office itself ("counsel for defendants": "COUNSEL FOR DEFENDANTS:"), in
        another case of its words too ("защитника": "Защитник:")."""
        initials = "".join(w[0] for w in words.split()).casefold()
        found = [
            q
            for q in people
            if not q.generic
            and (
                q.key == initials
                or any(name_key(lab.rstrip(":.： ")) == initials for lab in q.labels)
            )
        ]
        if not found:
            # (a presiding office's generic label too: "Questioned by THE CORONER" and
            # "THE CORONER:")
            found = [
                q
                for q in people
                if same_office(q.key, words) and (not q.generic or label_role(q.key) == "moderator")
            ]
        return found[0] if len(found) == 1 else None

    def answerer(phrase: str) -> Person:
        """The witness a heading names ("подсудимый Петров И.И."): the speaker so
        labelled, else one of that name (its procedural role dropped)."""
        key = name_key(phrase)
        for q in people:
            if not q.generic and (
                q.key == key or any(name_key(lab.rstrip(":.： ")) == key for lab in q.labels)
            ):
                return q
        name = without_witness_role(phrase)
        found = person(name, "a")
        if name.endswith(".") and found.name == name[:-1]:
            found.name = name  # (the period of a last initial is the name's: "Орлова Е.А.")
        return found

    witness = (
        person(_unranked(next(g for g in sworn.groups() if g)), "a") if sworn is not None else None
    )
    if witness is not None:
        witness.role, witness.confidence = "interviewee", 0.9
        witness.evidence = ["sworn in as the witness"]
        # the record's own label for the witness ("WIT:") is the sworn witness
        for i, tp in enumerate(turn_people):
            if tp is not None and tp is not witness and tp.key in _WITNESS_LABELS:
                for lab in tp.labels:
                    if lab not in witness.labels:
                        witness.labels.append(lab)
                turn_people[i] = witness
    answers = heading_witnesses(full_text) if headings else []
    if sworn is not None:
        # (an inquest's or inquiry's day hears witness after witness, each sworn under a
        # heading of their own, "MR TOM LEE (affirmed)": the answers after each are theirs)
        more = sworn_headings(full_text)[1:]
        if more:
            answers = sorted(answers + [(m.start(), _unranked(m.group(1))) for m in more])
    # (each speaker's mark as first labelled: a speaker given a mark's label below stays)
    marks_of = {id(p): _mark_key(p) for p in people}
    pos = 0
    k = 0
    kw = 0
    examiner: Person | None = None
    # (a heading that names the examining counsel by office, "Questions by the trial
    # counsel", "Questions from COUNSEL TO THE INQUIRY", with no label of that office: the
    # counsel who spoke last in their own name asks the questions)
    by_last = False
    last_named: Person | None = None
    for i, tp in enumerate(turn_people):
        mark = None if tp is None or tp.generic else marks_of.get(id(tp))
        if tp is None or not (tp.generic or mark):
            if tp is not None and tp is not witness and not tp.parts.office:
                last_named = tp
            continue
        role = label_role(tp.key) if tp.generic else _PAIRED_MARK_ROLES[mark or ""]
        if role not in ("interviewer", "interviewee"):
            continue
        head = " ".join(texts[i].split()[:4])
        at = _find_words(full_text, head, pos)
        if at < 0:
            continue
        pos = at + 1
        while kw < len(answers) and answers[kw][0] < at:
            witness = answerer(answers[kw][1])
            kw += 1
            if witness.confidence < 0.9:
                witness.role, witness.confidence = "interviewee", 0.9
                witness.evidence = ["answers the questions (examination heading)"]
        while k < len(marks) and marks[k][0] < at:
            who = marks[k][1]
            # ("Questions by the trial counsel:": an office in lower case, not a name)
            examiner = office(who) if who.islower() else person(who, "q")
            k += 1
            by_last = examiner is None
            if examiner is None:
                continue
            if examiner.confidence < 0.9:
                examiner.role, examiner.confidence = "interviewer", 0.9
                examiner.evidence = [f"examines the witness ('BY {who}:')"]
        if by_last and role == "interviewer" and last_named is not None:
            examiner = last_named
            if examiner.confidence < 0.9:
                examiner.role, examiner.confidence = "interviewer", 0.9
                examiner.evidence = ["examines the witness (spoke before the questions)"]
        target = examiner if role == "interviewer" else witness
        if target is not None:
            for lab in tp.labels:
                if lab not in target.labels:
                    target.labels.append(lab)
            turn_people[i] = target


def _office_labels_to_holders(people: list[Person], turn_people: list[Person | None]) -> None:
    """A label that is an office alone ("NATO Secretary General:", even misspelt "NATO
    Secretay General:") is the speaker whose earlier label names them with that office
    ("Ingrid Solberg [NATO Secretary General]:", "Claire Dubois (ministre des Armées) :"),
    when exactly one speaker holds it."""
    holders: dict[str, list[Person]] = {}
    for q in people:
        if q.generic:
            continue
        # (the office in the label's brackets is read as its affiliation; an asker's
        # "Question [Ann Lee, Reuters]" gives an outlet, no office)
        offices = {q.title, None if q.parts.role_word else q.affiliation}
        for office in offices:
            if office and q.name.casefold() != office.casefold():
                holders.setdefault(" ".join(office.casefold().split()), []).append(q)
    if not holders:
        return  # (most documents: no label gives an office beside a name)
    merged: list[Person] = []
    first: dict[int, int] = {}
    for p in people:
        if p.generic or len(p.labels) != 1:
            continue
        label = " ".join(p.labels[0].rstrip(":.：． \t").casefold().split())
        found = [
            q
            for office, qs in holders.items()
            if office == label or (len(label) >= 8 and _one_edit(office, label) >= 0)
            for q in qs
            if q is not p
        ]
        if not found:
            continue
        if not first:  # (each speaker's first turn: counted once, when a label may match)
            for i, tp in enumerate(turn_people):
                if tp is not None:
                    first.setdefault(id(tp), i)
        if id(p) not in first:
            continue
        # (the holder labelled in full first: a page's title above the first label, "Prime
        # Minister", is no short form of it)
        found = [q for q in found if first.get(id(q), len(turn_people)) < first[id(p)]]
        if len(set(map(id, found))) != 1:
            continue
        q = found[0]
        title = q.title
        _merge(q, p)
        q.title = title  # (not a part of the office the label splits: "EU", "Ministre")
        q.evidence.append(f"the label {p.labels[0]!r} is the office of {q.name!r}")
        _hand_turns(turn_people, p, q)
        merged.append(p)
    for p in merged:
        people.remove(p)  # (no longer a speaker: its roles would count against the holder)


def _join_spelt(people: list[Person], turn_people: list[Person | None]) -> None:
    """One person labelled by a role word in one part and by initials in another
    ("ENTREVISTADORA:", then "N. A.-"), both named by the same field of the record's head
    ("Entrevistadora: Nuria Álvarez Suárez"): the role's label keeps them."""
    merged: list[Person] = []
    for p in people:
        if not p.spelt:
            continue
        same = [q for q in people if q is not p and not q.spelt and q.name == p.name]
        if len(same) != 1:
            continue
        q = same[0]
        _absorb(q, p, turn_people)
        merged.append(p)
    for p in merged:
        people.remove(p)


def _one_edit(a: str, b: str) -> int:
    """Where ``a`` and ``b`` differ by one letter changed, added or dropped, or two side by
    side swapped ("INTERVIEWR", "INTERVEIWER"); -1 if they differ otherwise, or not at all."""
    if a == b or abs(len(a) - len(b)) > 1:
        return -1
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    if len(a) != len(b):
        return k if (a[k + 1 :] == b[k:] if len(a) > len(b) else a[k:] == b[k + 1 :]) else -1
    if a[k + 1 :] == b[k + 1 :]:
        return k
    swapped = k + 1 < len(a) and a[k] == b[k + 1] and a[k + 1] == b[k] and a[k + 2 :] == b[k + 2 :]
    return k if swapped else -1


def _vowel_letter_dropped(short: str, name: str) -> bool:
    """``אלמג`` for ``אלמוג``: Hebrew writes its vowel letters (vav, yod) or leaves them out,
    so one missing from a name is the same name spelt another way."""
    return len(name) == len(short) + 1 and any(
        name[k] in "וי" and name[:k] + name[k + 1 :] == short for k in range(1, len(name) - 1)
    )


def _repair_label_typos(
    people: list[Person], turn_people: list[Person | None], full_text: str
) -> None:
    """A label printed once with a typo ("নাসরিন জাহান চোধুরী" for "... চৌধুরী", "回答者（高藤）"
    for "回答者（高橋）") is the speaker whose name it misspells: one letter apart from the
    name of exactly one other speaker who speaks more or is listed in the page, a name the
    text gives nowhere but in that label. In a script with case the misspelt word is five
    letters or more (a short name one letter apart is more likely another person's)."""
    if not 2 <= len(people) <= 60:
        return
    # (the pairs of names one letter apart first, by length: most documents have none, and
    # their turns are then never counted)
    by_length: dict[tuple[str | None, int], list[tuple[Person, str]]] = {}
    for q in people:
        if not q.generic and len(q.parts.name) >= 2:
            by_length.setdefault((q.parts.title, len(q.parts.name)), []).append((q, q.parts.name))
            if len(q.labels) > 1:
                # (a person labelled by full name and by surname: "פרופ' רונית אלמוג:",
                # "אלמוג:"; the short label misspelt is the surname's)
                for lab in q.labels:
                    short = lab.rstrip(":.：． \t")
                    if short != q.parts.name and 2 <= len(short) < len(q.parts.name):
                        by_length.setdefault((None, len(short)), []).append((q, short))
    pairs: list[tuple[Person, Person, int, str]] = []
    for (title, size), group in by_length.items():
        for p, p_name in group:
            if p_name != p.parts.name:
                continue
            for q, q_name in (
                *group,
                *by_length.get((title, size - 1), ()),
                *by_length.get((title, size + 1), ()),
            ):
                at = _one_edit(p_name, q_name) if q is not p else -1
                if at >= 0:
                    pairs.append((p, q, at, q_name))
    if not pairs:
        return
    turns: Counter[int] = Counter(id(tp) for tp in turn_people if tp is not None)
    partners: dict[int, list[Person]] = {}
    for p, q, at, q_name in pairs:
        if turns[id(p)] != 1:
            continue
        name = p.parts.name
        caseless = all(c.lower() == c.upper() for c in name if c.isalpha())
        if caseless and len(name) != len(q_name) and not _vowel_letter_dropped(name, q_name):
            continue  # ("追问" beside "问": a word added is another label, not a typo)
        if caseless and "某" in name:
            continue  # (names made anonymous, "钱某", "赵某": another surname, another person)
        word = name[: at + 1].split()[-1:] + name[at:].split()[:1]
        if not caseless and len(max(word, key=len, default="")) < 5:
            continue
        partners.setdefault(id(p), []).append(q)
    for p in people:
        found = partners.get(id(p), [])
        if len(found) != 1:
            continue
        q = found[0]
        name = p.parts.name
        raw = [lab.rstrip(":.：． \t") for lab in p.labels]
        if not raw or any(full_text.count(r) != 1 for r in raw):
            continue  # (the misspelt form is in that label only)
        if turns[id(q)] < 2:
            # (named in the page beyond its own label: a list of participants, an intro)
            listed = full_text.casefold().count(q.parts.name.casefold())
            if listed <= sum(full_text.count(lab.rstrip(":.：． \t")) for lab in q.labels):
                continue
        _merge(q, p)
        q.evidence.append(f"the label {name!r} misspells {q.parts.name!r}")
        _hand_turns(turn_people, p, q)


def _repair_label_key_typos(
    people: list[Person], turn_people: list[Person | None], full_text: str
) -> None:
    """A label printed once with a typo whose speaker the page named in full from another
    label ("V. PETRAUSKS (LVŽSF)" after "V. PETRAUSKAS (LVŽSF)", named "Jonas
    Petrauskas"): the labels' keys one letter apart in a word of five letters or more, the
    misspelt one said once, the other's full name in the text itself (what
    _repair_label_typos compares, the display names, no longer differ by one letter)."""
    if not 2 <= len(people) <= 60:
        return
    by_length: dict[int, list[tuple[Person, str]]] = {}
    for q in people:
        if not q.generic:
            for k in q.label_names:
                if len(k) >= 8:
                    by_length.setdefault(len(k), []).append((q, k))
    pairs: list[tuple[Person, Person]] = []
    for size, group in by_length.items():
        for p, k in group:
            initial, dot, surname = p.name.partition(". ")
            if len(p.label_names) != 1 or not dot or len(initial) != 1 or " " in surname:
                continue  # (the misspelt label's person is an initial and a surname)
            for q, k2 in (*group, *by_length.get(size + 1, ()), *by_length.get(size - 1, ())):
                at = _one_edit(k, k2) if q is not p else -1
                if at < 0 or " " not in q.name or ". " in q.name or q.key in q.label_names:
                    continue  # (the other is named in full by the page, not by its label)
                word = k[: at + 1].split()[-1:] + k[at:].split()[:1]
                if len(max(word, key=len, default="")) >= 5:
                    pairs.append((p, q))
    if not pairs:
        return
    turns: Counter[int] = Counter(id(tp) for tp in turn_people if tp is not None)
    found: dict[int, set[int]] = {}
    for p, q in pairs:
        found.setdefault(id(p), set()).add(id(q))
    low = full_text.casefold()
    for p, q in pairs:
        if len(found[id(p)]) != 1 or turns[id(p)] != 1 or turns[id(q)] < 1:
            continue
        raw = [lab.rstrip(":.：． \t") for lab in p.labels]
        if not raw or any(full_text.count(r) != 1 for r in raw):
            continue  # (the misspelt form is in that label only)
        if low.count(q.name.casefold()) < 1:
            continue  # (the other's full name is the page's, not a guess)
        _merge(q, p)
        q.evidence.append(f"the label {p.labels[0]!r} misspells {q.labels[0]!r}")
        _hand_turns(turn_people, p, q)
        people.remove(p)
        return  # (one per document: the lists above hold the merged person)


# What a trial record calls the witness in its labels
_WITNESS_LABELS = frozenset(
    {
        "wit",
        "witness",
        "the witness",
        "witn",
        "le temoin",
        "temoin",
        "la temoin",
        "el testigo",
        "la testigo",
        "testigo",
        "der zeuge",
        "die zeugin",
        "zeuge",
        "zeugin",
    }
)
# Offices that preside over a tribunal's hearing of a witness
_PRESIDING = CHAIR_OFFICES | {"commissioner", "member", "judge", "magistrate", "arbitrator"}
# A tribunal's heading for its witness, the oath after a comma: "<DAVID JOHN PRICE, AFFIRMED",
# "JANE ROE, SWORN" (Australian and British transcripts)
_SWORN_COMMA = lazy(SWORN_COMMA)


# A tribunal's list of appearances: "MS JANE ROE SC appears with MR JOHN DOE as Counsel
# Assisting", "MR A. SMITH KC appears for Acme Ltd", "appearing on behalf of the applicant",
# "MS K. LEE appears as Counsel Assisting"
_APPEARANCE = lazy(
    r"(?im)^[^\n]*\bappear(?:s|ing)?[ \t]+(?:for|with|as|on[ \t]+behalf[ \t]+of)\b[^\n]*"
)


def _counsel_of_record(people: list[Person], head: str) -> None:
    """Counsel the record lists as appearing ("... appears for Acme Ltd") examine the
    witnesses, whatever else they say: they ask (an objection or "No questions" to the
    chair is no hand-out of the floor)."""
    if "ppear" not in head:
        return
    said: set[str] = set()
    for m in _APPEARANCE.finditer(head):
        said.update(_words(m.group(0)))
    for p in people:
        last = _words(p.name)[-1:] if not p.generic and not p.parts.office else []
        if last and len(last[0]) > 2 and last[0] in said and p.confidence < 0.9:
            p.role, p.confidence = "interviewer", 0.9
            p.evidence = ["counsel appearing in the record's list of appearances"]


def _name_witness(people: list[Person], full_text: str) -> None:
    """A witness labelled ``THE WITNESS`` (``LE TÉMOIN``, ``EL TESTIGO``) with no examination
    heading for its ``Q``/``A`` marks: the one person the record swears in
    ("<DAVID JOHN PRICE, AFFIRMED", "M. Paul Roux, après avoir prêté serment")."""
    found: set[str] = set()
    if "SWORN" in full_text or "AFFIRMED" in full_text:
        found |= {m.group(1) for m in _SWORN_COMMA.finditer(full_text)}
    if not found:
        for m in (_SWORN.search(full_text), _SWORN_OTHER.search(full_text)):
            if m is not None:
                found.add(next(g for g in m.groups() if g))
    names = {" ".join(natural_case(w) for w in _unranked(f).split()) for f in found}
    if len(names) != 1:
        return
    name = names.pop()
    for p in people:
        if p.key in _WITNESS_LABELS:
            p.title = p.title or p.name
            p.name = name
            p.evidence.append(f"sworn in as the witness: {name!r}")


# The labels of a court-martial record (military judge, trial counsel and assistant, defense
# counsel and assistant, civilian defense counsel, the accused): two of them in one document
# read as a family, the abbreviations their offices, and their roles the offices' roles
_COURT_MARTIAL = {
    "mj": ("military judge", "moderator"),
    "tc": ("trial counsel", "interviewer"),
    "atc": ("assistant trial counsel", "interviewer"),
    "dc": ("defense counsel", "interviewer"),
    "adc": ("assistant defense counsel", "interviewer"),
    "cdc": ("civilian defense counsel", "interviewer"),
    "acc": ("the accused", "interviewee"),
}
# Counsel accounting for the parties: "Captain Rachel M. Osei for the United States,
# Captain Luis A. Ferrante and civilian defense counsel Mr. Grant Whitaker for the accused."
_PARTY_SIDE = lazy(
    r"\bfor\s+the\s+(?:(?P<p>United\s+States|Government|prosecution)|(?P<d>accused|defen[cs]e))\b"
)
_PERSON_NAME = lazy(
    r"(?P<office>(?:assistant\s+|civilian\s+)?(?:trial|defen[cs]e)\s+counsel\s+)?"
    r"(?P<name>[A-Z][\w'’\-]+\.?(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+)){1,5})"
)


def _court_martial(people: list[Person], full_text: str) -> None:
    """A court-martial record's labels ("MJ:", "TC:", "DC:", "CDC:"): their roles, and the
    counsel's names where trial counsel accounts for the parties ("... Osei for the United
    States, ... Ferrante and civilian defense counsel Mr. Grant Whitaker for the accused")."""
    by_key = {p.key: p for p in people if p.key in _COURT_MARTIAL}
    head = full_text[:20000]
    if len(by_key) < 2 or ("ourt" not in head and "ounsel" not in head):
        return  # (two speakers' initials alone, "MJ" and "DC", make no court)
    for key, p in by_key.items():
        office, role = _COURT_MARTIAL[key]
        if p.confidence < 0.9:
            p.role, p.confidence = role, 0.9
            p.evidence = [f"'{p.name}': the {office} of a court-martial"]
    named: dict[str, str] = {}
    start = 0
    for side in _PARTY_SIDE.finditer(head):
        # (the names since the last side named, in the same paragraph)
        seg = full_text[start : side.start()]
        cut = max(seg.rfind("\n\n"), seg.rfind(": "))
        dot = seg.rfind(". ")
        while dot > cut and not seg[dot - 2 : dot].islower():  # ("Mr. Grant": no sentence end)
            dot = seg.rfind(". ", 0, dot)
        seg = seg[max(cut, dot) + 1 :]
        start = side.end()
        counsel = ["tc", "atc"] if side.group("p") else ["dc", "adc"]
        for m in _PERSON_NAME.finditer(seg):
            words = m.group("name").split()
            while len(words) > 2 and (
                words[0].casefold() in _RANK_WORDS or words[0].casefold().rstrip(".") in HONORIFICS
            ):
                words = words[1:]
            office = " ".join((m.group("office") or "").split()).casefold()
            label = "".join(w[0] for w in office.split()) if office else None
            if label is None:
                label = next((k for k in counsel if k not in named), None)
            elif label in counsel:
                counsel.remove(label)
            if label is not None and label not in named:
                named[label] = " ".join(words)
    for k, name in named.items():
        counsel_p = by_key.get(k)
        if counsel_p is not None:
            counsel_p.title = counsel_p.title or _COURT_MARTIAL[k][0]
            counsel_p.name = name


# Military ranks before a sworn witness's name ("SERGEANT FIRST CLASS MARCUS D. LYLE")
_RANK_WORDS = frozenset(
    """
    private first class specialist corporal lance sergeant staff master gunnery command
    technical senior chief petty officer warrant seaman airman lieutenant captain major
    colonel general brigadier commander ensign admiral rear vice
    pc dc ds di dci wpc sgt insp supt
    """.split()  # (British police ranks before a witness's name: "PC SARAH LEE (sworn)")
)


def _unranked(name: str) -> str:
    """A sworn witness's name without the rank before it (a name of two words is kept)."""
    words = name.split()
    k = 0
    while k < len(words) - 2 and words[k].casefold() in _RANK_WORDS:
        k += 1
    return " ".join(words[k:])


def _find_words(text: str, words: str, start: int) -> int:
    """Where ``words`` (single-spaced) next occur in ``text`` from ``start``, any blanks
    between them; -1 if nowhere."""
    if not words:
        return -1
    first = words.split()[0]
    at = text.find(first, start)
    while at >= 0:
        got = " ".join(text[at : at + len(words) * 2].split())
        if got.startswith(words):
            return at
        at = text.find(first, at + 1)
    return -1


# Words said to a host by name: "Kochie, I was ...", "What we are talking about, Kochie, is"
_VOCATIVE = lazy(r"(?:^|[,.!?;:—–-]\s*)([A-Z][a-z][\w'’\-]*)(?=\s*[,.!?])")
_HOST_WORDS = frozenset(
    {"presenter", "host", "interviewer", "anchor", "compere", "moderator", "co-host", "cohost"}
    | {"एंकर"}  # (Hindi: the anchor)
)


def _outlets_self_introduced(
    people: list[Person], turn_people: list[Person | None], texts: Sequence[str]
) -> None:
    """A reporter labelled by a role word and the outlet in brackets ("Periodista (Radio
    Andina)", "Pytanie (Radio Wisła)") who opens their first turn with their name and that
    outlet ("Buenos días, Tomás Figueroa, de Radio Andina.", "Jan Maj, Radio Wisła."): the
    name is theirs, the bracket their affiliation."""
    for p in people:
        if not (p.named_in_label and p.parts.role_word and p.name == p.parts.name):
            continue
        i = next((k for k, q in enumerate(turn_people) if q is p), -1)
        if i < 0:
            continue
        m = re.match(
            r"\W*(?:[^.!?\n]{0,40}[.!?][ \t]+|[^\W\d][^.!?,\n]{0,15},[ \t]+)?"
            + _INTRO_NAME
            + r",?[ \t]+(?:(?:de|del|from|with|z|ze|di|da|do|von|de la)[ \t]+)?"
            + re.escape(p.name)
            + r"\b",
            texts[i][:160],
        )
        if m is None or m.group("name").split()[0].casefold() in NOT_NAMES:
            continue
        p.affiliation = p.affiliation or p.name
        p.name = m.group("name")
        p.evidence.append(f"says who they are: {p.name!r} of {p.affiliation!r}")


# the credit of an interview in a script without case: "取材・文＝井上由香",
# "聞き手：山田太郎", "인터뷰=김민지" (the interviewer's name, no space inside)
_CREDIT_CASELESS = lazy(
    r"(?:取材・文|取材・構成|取材|聞き手|インタビュー・文|インタビュアー|采访|采访人|記者|인터뷰|취재)"
    r"[＝=：:／/][ \t　]*([^\W\d_]{2,8})"
)


# ... in scripts without case whose names are words apart: Persian "گفت‌وگو از: مریم
# رضایی‌فر" (conversation by), Bengali "... কথা বলেছেন তানভীর আহমেদ।" (spoke with her: ...),
# "সাক্ষাৎকার নিয়েছেন ..." (interview taken by): one to three words up to the line's or
# the sentence's end
_CAPTION_WORD = r"[^\s\d:：।.,،؛!?()\[\]«»\"'০-৯۰-۹|]+"
_CREDIT_SPACED = lazy(
    r"(?:گفت\u200cوگو از|گفتگو از|گفت و گو از|مصاحبه از|কথা বলেছেন|সাক্ষাৎকার নিয়েছেন"
    # (Sinhala: "සාකච්ඡා කළේ: ..." the discussion was held by, "සම්මුඛ සාකච්ඡාව:" interview)
    r"|සාකච්ඡා කළේ|සම්මුඛ සාකච්ඡාව"
    # (a byline at a line's start, the date after a bar: Hebrew "מאת", Arabic "بقلم")
    r"|(?m:^)[ \t\u200f]*(?:מאת|بقلم)"
    # (an Indian newspaper's interview byline at a line's start, a colon after the word:
    # Gujarati, Hindi, Marathi "interview: ...", Hindi "conversation: ...", "મુલાકાત: ...")
    r"|(?m:^)[ \t]*(?:મુલાકાત|ઇન્ટરવ્યૂ|साक्षात्कार|बातचीत|मुलाखत|इंटरव्यू)(?=[ \t]*:)"
    # (an Arabic daily's credit line: "حاورته: ..." she interviewed him, "حاوره", "حاورها",
    # "أجرى الحوار" conducted the interview)
    r"|(?m:^)[ \t\u200f]*(?:حاوره|حاورته|حاورها|حاورتها|حاورهم|أجرى الحوار|أجرت الحوار"
    r"|أجرى المقابلة|أجرت المقابلة)(?=[ \t]*:)"
    # (a Thai or Lao broadcast's transcript: "ดำเนินรายการโดย : คุณ...", the programme
    # conducted by; the form of address before the name is left out below)
    r"|(?m:^)[ \t]*(?:ดำเนินรายการโดย|ผู้ดำเนินรายการ|ດຳເນີນລາຍການໂດຍ|ຜູ້ດຳເນີນລາຍການ)(?=[ \t]*:))"
    rf"[ \t]*:?[ \t]*({_CAPTION_WORD}(?:[ \t]+{_CAPTION_WORD}){{0,2}})[ \t]*(?:[।.|]|$)",
    re.M,
)


# forms of address glued to a Thai name or set before a Lao one ("คุณพิมพ์ชนก", "ທ່ານ ...")
_SPACED_CREDIT_ADDRESSES = ("คุณ", "นางสาว", "นาง", "นาย", "ທ່ານ ", "ທ່ານນາງ ", "ນາງ ", "ທ້າວ ")


def _without_spaced_address(credit: str) -> str:
    """A credited name without the form of address before it: "คุณพิมพ์ชนก ศรีสวัสดิ์" ->
    "พิมพ์ชนก ศรีสวัสดิ์" (a name of two words or more stays two words or more)."""
    name = " ".join(credit.split())
    for address in _SPACED_CREDIT_ADDRESSES:
        rest = name[len(address) :].lstrip()
        # (a Thai word opens with a consonant: "คุณากร" is a name, no "คุณ" before "ากร")
        if name.startswith(address) and " " in rest and not "\u0e30" <= rest[0] <= "\u0e4e":
            return rest
    return name


# ... in Cyrillic, a name or an initial and a surname after it: Mongolian "Ярилцсан:
# Д.Солонго" (interviewed by), Russian "Беседовала Анна Петрова" (she talked with),
# "Интервью взял ...", Bulgarian "Разговаря: ...", Ukrainian "Розмовляла ..."
_CYR_NAME = r"(?:[А-ЯЁӨҮЄІЇҐ]\.[ ]?)?[А-ЯЁӨҮЄІЇҐ][а-яёөүєіїґ'’\-]+"
_CREDIT_CYRILLIC = lazy(
    r"(?:Ярилцсан|Ярилцлагыг бэлтгэсэн|Беседовала?|Интервью взяла?|Разговаря(?:ше|л[аи]?)?"
    rf"|Розмовляла?)[ \t]*:?[ \t]*({_CYR_NAME}(?:[ \t]+{_CYR_NAME}){{0,2}})"
)


# who is interviewed, as a page's headline or lead says it: "Ann Lee : « ... »",
# "Ann Lee: 'I write...'" (the name, a colon, a quote), "a conversation with Ann Lee",
# "entretien avec Ann Lee", "Gespräch mit Ann Lee", "entrevista con Ann Lee"
_NAME_WORDS = r"[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]+){1,3}"
_HEADLINE_SPEAKER = lazy(
    r"(?m)^(?:#{1,6}[ \t]+|title:[ \t]*[\"']?)?("
    + _NAME_WORDS
    + r")[ \t\u00a0]?:[ \t\u00a0]*[«\"“„']"
)
_CONVERSATION_WITH = lazy(
    r"(?i:\b(?:a |in )?conversation with|\binterview with|entretien avec|rencontre avec|"
    r"gespräch mit|interview mit|entrevista con|entrevista com|intervista (?:a|con))[ \t]+"
    r"(" + _NAME_WORDS + r")"
)


# a person as a Japanese news lead brings them in: the name (surname and given name, a
# space between or none), a word of what they are, then the age in brackets: "佐藤 蓮投手
# （22）", "田中美咲さん（34）", "山本健一監督（51）" (the one so named is the interviewee)
_CJK_AGED_PERSON = lazy(
    r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{1,3}(?:[ 　][\u4e00-\u9fff々]{1,3}"
    r"|[\u4e00-\u9fff々]{1,3})?)"
    r"(?:さん|氏|投手|選手|捕手|内野手|外野手|騎手|監督|主将|棋士|教授|社長|会長)[（(]\d{1,3}[）)]"
)


def interview_sides(page: str) -> tuple[str | None, str | None]:
    """The interviewer the page credits and the person it says is interviewed, each when
    the page names exactly one (for an interview whose turns carry no labels)."""
    asker = {m.group(1) for m in _INTERVIEWED_BY.finditer(page, 0, 5000)}
    guest = {m.group(1) for m in _HEADLINE_SPEAKER.finditer(page, 0, 5000)}
    guest |= {m.group(1) for m in _CONVERSATION_WITH.finditer(page, 0, 5000)}
    if not guest and "（" in page[:5000]:
        guest = {m.group(1) for m in _CJK_AGED_PERSON.finditer(page, 0, 5000)}
    guest -= asker
    one_asker = asker.pop() if len(asker) == 1 else None
    one_guest = guest.pop() if len(guest) == 1 else None
    if one_asker is not None and not guest:
        # no "conversation with": the one person the head names most often besides the
        # interviewer (its headline, the photo's caption and the lead name the guest; a
        # name written once may be a photographer's)
        asker_words = set(one_asker.split())
        named = [
            (n, c)
            for n, c in names_in(page[:5000]).most_common()
            if not set(n.split()) & asker_words
        ]
        if named and named[0][1] >= 2 and (len(named) == 1 or named[0][1] > named[1][1]):
            one_guest = named[0][0]
    return one_asker, one_guest


def _name_credited_interviewer(people: list[Person], context: str, page: str) -> None:
    """The one interviewer labelled by a mark or a role word alone (``Q``, ``――``,
    ``Interviewer``) takes the name of the one interviewer the page credits ("Interview by
    Jane Roe", "Propos recueillis par ...", "取材・文＝井上由香")."""
    askers = [p for p in people if p.generic and p.role == "interviewer"]
    if not askers:
        # a reporter's role word ("خبرنگار", "প্রতিবেদক"), or the publication's own name as
        # it heads the page ("SPIEGEL:" under "DER SPIEGEL", "নবকণ্ঠ:" under "দৈনিক নবকণ্ঠ")
        masthead = name_key(page[:200].split("\n", 1)[0])
        askers = [
            p
            for p in people
            if p.role == "interviewer"
            and (label_role(p.key) == "interviewer" or (p.key and p.key in masthead))
        ]
    if not askers:
        # (a journalist's word no table holds, "Сэтгүүлч", "ප්‍රශ්නය": the one asker
        # labelled by one word outside the Latin script, read as asking from the
        # conversation; a Latin word may be a first name, "Ben")
        askers = [
            p
            for p in people
            if p.role == "interviewer"
            and p.name[:1] > "\u024f"
            and " " not in p.name
            and len(p.label_names) == 1
        ]
    if len(askers) != 1:
        return
    # (a credit heads the page or closes it: "Interview by Jane Roe", "گفت‌وگو از: ...")
    head = context[:5000] + "\n" + page[-3000:]
    named = {m.group(1) for m in _INTERVIEWED_BY.finditer(head)}
    named |= {
        m.group(1)
        for m in _CREDIT_CASELESS.finditer(head)
        if all(c.lower() == c.upper() for c in m.group(1))
    }
    named |= {_without_spaced_address(m.group(1)) for m in _CREDIT_SPACED.finditer(head)}
    named |= {" ".join(m.group(1).split()) for m in _CREDIT_CYRILLIC.finditer(head)}
    if not named and caseless_letter(p_first := askers[0].name[:1]) and p_first > "\u024f":
        # (an Indian or Arabic news page's byline, the writer, a comma and the town before
        # the date's bar: "राजीव मिश्रा, देहरादून | अपडेटेड: ...", who asks under "सवाल")
        named |= {
            " ".join(m.group(1).split())
            for m in _BYLINE_PLACED.finditer(page[:3000])
            if all(caseless_letter(c) for c in m.group(1) if c.isalpha())
        }
    others = {name_key(p.name) for p in people if p is not askers[0]}
    named = {n for n in named if name_key(n) not in others}
    if len(named) != 1:
        return
    p = askers[0]
    credited = named.pop()
    if name_key(credited) == p.key:
        return  # (named so already)
    p.name = credited
    p.evidence.append(f"the page credits {p.name!r} with the interview")


# a byline at a line's start in a script without case: the writer's name of two or three
# words, a comma and a town, then a bar before the date ("NAME, PLACE | updated ...")
_BYLINE_PLACED = lazy(
    rf"(?m)^[ \t\u200f]*({_CAPTION_WORD}(?:[ \t]+{_CAPTION_WORD}){{1,2}})[ \t]*[,،]"
    rf"[ \t]*{_CAPTION_WORD}(?:[ \t]+{_CAPTION_WORD})?[ \t]*\|"
)
# a byline at a line's start: the writer's name, then a bar or a dot before the date
# ("Reshma Gopal | Published: 2 March 2026", "Anna Weber · 3. März 2026")
_BYLINE = lazy(
    r"(?m)^[ \t]*(?:[Bb]y[ \t]+)?([^\W\d_][^\s|·•]*(?:[ \t]+[^\W\d_][^\s|·•]*){1,2})[ \t]*[|·•]"
)


def _name_byline_given_names(people: list[Person], head: str) -> None:
    """An interviewer labelled by a given name alone ("Reshma:") is the writer the page's
    byline names with that given name first ("Reshma Gopal | Published ..."), as magazines
    label their interviewer by first name and credit the interview in full above it."""
    askers = [
        p
        for p in people
        if p.role == "interviewer" and not p.generic and " " not in p.name and len(p.name) > 1
    ]
    if not askers:
        return
    bylines = [" ".join(m.group(1).split()) for m in _BYLINE.finditer(head[:3000])]
    taken = {p.name for p in people}
    for p in askers:
        found = {
            b for b in bylines if b.split()[0] == p.name and not any(c in _NOT_CREDITED for c in b)
        }
        if len(found) == 1:
            full = found.pop()
            if full not in taken:
                p.name = full
                p.evidence.append(f"the byline names {full!r}")


# particles inside a name, written in lower case ("Ludwig van Beethoven", "Ana de la Cruz")
_NAME_PARTICLES = frozenset(
    "de da del della der den van von la le du dos das di y bin binti".split()
)
# a credit line's separators: "מגישה: יעל ברגמן | עורכת: נועה פרץ", "Host: Ann Lee · Editor: ...",
# bullets ("■ 진행 : 최서연 앵커 ■ 출연 : ...", two lines of a broadcast's credits read as one)
_CREDIT_SPLIT = lazy(r"[|·•■◆●▶\n]")
# what a credited name never holds: a sentence's stops, a quote, a digit
_NOT_CREDITED = frozenset('.?!;"“”«»()[]0123456789')
# "moderated by Ann Lee", "modérée par Mme Aïssata Diallo-Barry": who moderates, as a
# lead names them (a form of address may stand before the name)
_MODERATED_BY = lazy(
    r"(?i:\bmoderated by|\bmodérée? par|\bmoderad[oa] por|\bmoderiert von|\bmoderat[oa] da"
    # (Indonesian "dipandu oleh" guided by; Kinyarwanda "cyayobowe na", Swahili
    # "kiliongozwa na" led by)
    r"|\bgemodereerd door|\bdipandu oleh|\bdimoderatori oleh|yobowe na|ongozwa na)[ \t]+"
    # (an office first, its holder after a comma: "dipandu oleh Kepala Bagian Humas,
    # Wulan Pratiwi"; tried before the office's own words are taken for the name)
    r"(?:[A-ZÀ-ÖØ-Þ][^\n,.;:()]{2,60},[ \t]+(?=(?:(?:Mr|Mrs|Ms|Dr|Prof|M|Mme|Mlle|Sr|Sra|Herr"
    r"|Frau|Bapak|Ibu)\.?[ \t]+)?[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]+){1,2}"
    r"[ \t]*(?:[.;\n]|$)))?"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|M|Mme|Mlle|Sr|Sra|Herr|Frau|Bapak|Ibu)\.?[ \t]+)?"
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]+){1,2})"
    # (the name, a comma and a clause saying it moderated: "Mme Odile Mensah, qui a assuré la
    # modération", "Ann Lee, who moderated", "Rina Dewi, yang memandu acara")
    r"|(?<![\w'’\-])([A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’\-]+){1,2}),[ \t]+"
    r"(?:qui a assuré la modération|qui (?:a )?modéré|who (?:moderated|chaired)|que moderó"
    r"|yang memandu|(?:der|die) (?:moderierte|moderiert hat))\b"
    # (who chairs the sitting, the office's words between, the name closing the clause:
    # Latvian "Sēdi vada Saeimas priekšsēdētājas biedre Anna Liepa.", Estonian "Istungit
    # juhatab ...", Lithuanian "Posėdžiui pirmininkauja ...", Polish "Obradom przewodniczy
    # ...", "chaired by the Deputy Speaker Ann Lee.")
    r"|(?i:\bchaired by|\bpresided over by|\bsēdi vada|\bistungit juhata[bs]"
    r"|\bposėdžiui pirmininka(?:uja|vo)|\bobradom przewodniczy(?:ł|ła)?)[ \t\n]+"
    r"(?:(?:[\w'’\-]+|\d+\.)[ \t\n]+){0,8}?"
    r"(?:(?:Mr|Mrs|Ms|Dr|Prof|M|Mme|Mlle|Sr|Sra|Herr|Frau|Bapak|Ibu)\.?[ \t]+)?"
    r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+){1,2})(?=[ \t]*(?:[.;,\n]|$))"
    # (the name before the verb, as Uzbek, Azerbaijani and Turkish leads write who led a
    # press conference: "... matbuot kotibi Dilnoza Yusupova olib bordi", "... Leyla
    # Həsənova aparıb", "... Ayşe Demir yönetti")
    r"|(?<![\w'’\-])([A-ZÀ-ÖØ-ÞƏÇŞĞÜÖİ][\w'’ʻ\-]+(?:[ \t]+[A-ZÀ-ÖØ-ÞƏÇŞĞÜÖİ][\w'’ʻ\-]+){1,2})"
    r"[ \t]+(?:olib bordi|olib borgan|aparıb|aparmışdır|aparırdı|yönetti"
    # (an English lead's "Head of media Ann Lee opened the session")
    r"|opened (?:the|today's) (?:session|briefing|press conference|news conference|presser))\b"
    # (Arabic: "أدارته مديرة إدارة الإعلام السيدة ..." it was run by ..., the office's words,
    # then a form of address before the name, which a comma or a full stop ends)
    r"|(?:أدارته|أدارها|وأدارته|وأدارها|أدار الجلسة|أدار المؤتمر|أدارت الجلسة|أدارت المؤتمر)"
    r"[^،,.\n]{0,80}?(?:السيدة|السيد|الأستاذة|الأستاذ|الدكتورة|الدكتور)[ \t]+"
    r"([^\s،,.:؛]+(?:[ \t]+[^\s،,.:؛]+){1,2}?)(?=[ \t]*[،,.]|[ \t]+و)"
)

# (the cores of _MODERATED_BY's words, looked for before it runs)
_MODERATED_GATE = (
    *("oder", "odér", "olib bor", "aparı", "yönetti", "ipandu", "yobowe", "ongozwa"),
    *("haired by", "resided over", "di vada", "juhata", "pirmininka", "przewodnicz"),
    *("opened the", "opened today", "أدار"),
)


def _lead_moderators(context: str) -> set[str]:
    """The names the lead says moderated or led the conversation (see _MODERATED_BY)."""
    return {g for m in _MODERATED_BY.finditer(context[:5000]) for g in m.groups() if g}


def _name_lead_moderator(people: list[Person], context: str) -> None:
    """The one speaker who leads the conversation under a role's words that no table
    knows and the lead never writes ("Pembawa Acara:", "Umunyamakuru:") is the one person
    the lead says moderated or led it ("... serta dipandu oleh Kepala Bagian Humas, Wulan
    Pratiwi", "Mme Odile Mensah, qui a assuré la modération", "Ikiganiro cyayobowe na
    ..."): the moderator, or where no one moderates the one asker so labelled (a radio
    talk's presenter; a mark or a known asker's word, "Q", "Journalist", labels several)."""
    if not any(w in context for w in _MODERATED_GATE):
        return
    known = {p.key for p in people}
    named: set[str] = set()
    for found in _lead_moderators(context):
        parts = split_label(found)
        words = parts.name.split()
        if (
            len(words) >= 2
            and not parts.generic
            and not parts.office
            and name_key(parts.name) not in known
            and not any(w[:1].islower() and w not in _NAME_PARTICLES for w in words)
        ):
            named.add(parts.name)
    if len(named) != 1:
        return
    moderators = [p for p in people if p.role == "moderator"]
    if moderators:
        holders = [p for p in moderators if _role_words_label(p, context)]
    else:
        holders = [
            p
            for p in people
            if p.role == "interviewer"
            and not p.generic
            and label_role(p.key) is None
            and _role_words_label(p, context)
        ]
    if len(holders) != 1 or len(moderators) > 1:
        return
    p = holders[0]
    p.title = p.title or p.name
    p.name = named.pop()
    p.evidence.append(f"the lead says {p.name!r} led the conversation")


def _role_words_label(p: Person, context: str) -> bool:
    """``p`` is labelled by words alone that name no one: the label as its name, no name
    in brackets, no title, and words the lead never writes together (a person's name,
    introduced there, would be)."""
    return (
        not p.named_in_label
        and not p.title
        and p.name == p.parts.name
        and all(name_key(strip_markup(lab).rstrip(" :：")) == p.key for lab in p.labels)
        and p.name not in context
        and p.name.upper() not in context
    )


# a headline closed by the name of who is quoted, after a spaced dash: "ඩෙංගු ... ඉහළට -
# වෛද්‍ය නිලන්ති ජයසේකර", "बिजली दरें नहीं बढ़ेंगी – डॉ. राकेश वर्मा"
_HEADLINE_DASH_NAME = lazy(r"(?m)^[^\n]{8,160}?[ \t][-–—][ \t]+([^\n\-–—:|]{3,60}?)[ \t]*$")
# ... or opens with them, then the quote: 'Ann Lee: "..."', "Ann Lee: «...»"
_HEADLINE_QUOTE_NAME = lazy(
    r"((?:[^\W\d_][\w'’.\-]*[ \t]+){1,4}[^\W\d_][\w'’.\-]*)[ \t]*[:：][ \t]*[\"“«„]"
)


# ... or names as the guest of an interview in the headline's own words, in the scripts
# without case: Arabic "NAME لـ«OUTLET»: ..." (NAME to the paper: a quote follows), Hindi
# "NAME से खास बातचीत" and Urdu "NAME سے خصوصی گفتگو" (a conversation with NAME)
_HEADLINE_SAID_TO = lazy(
    rf"(?m)^[ \t\u200f]*({_CAPTION_WORD}(?:[ \t]+{_CAPTION_WORD}){{1,3}})[ \t]+لـ?[ \t]*«"
    rf"|({_CAPTION_WORD}(?:[ \t]+{_CAPTION_WORD}){{1,2}})[ \t]+(?:से|سے)[ \t]+"
    r"(?:(?:खास|ख़ास|विशेष|خصوصی|خاص)[ \t]+)?(?:बातचीत|बात-चीत|گفتگو|بات چیت)"
)


def _name_headline_guest(people: list[Person], context: str) -> None:
    """The one answering speaker labelled by one word of a script without case (an answer
    mark, "පිළිතුර", "उत्तर") is the person a headline of the page closes with, after a
    dash, when the page names that person again (its lead)."""
    guests = [
        p
        for p in people
        if p.role == "interviewee"
        and " " not in p.name
        # (a word of a script without case, or an answer's mark: "Jogap", "Javob")
        and (caseless_letter(p.name[:1]) or label_role(p.key) == "interviewee")
        and len(p.label_names) == 1
    ]
    if len(guests) != 1:
        return
    known = {p.key for p in people}
    found: set[str] = set()
    said: list[str] = []
    for m in _HEADLINE_SAID_TO.finditer(context[:3000]):
        # (the words before "से" may open with what the guest is, "तीरंदाज पूजा रावत": the
        # longest tail of two words or more that the page writes again)
        words = (m.group(1) or m.group(2)).split()
        tails = [" ".join(words[k:]) for k in range(len(words) - 1)]
        said += [next((t for t in tails if context.count(t) >= 2), tails[-1])]
    if any(d in context for d in " - – — "):
        said += [m.group(1) for m in _HEADLINE_DASH_NAME.finditer(context[:3000])]
    # (a headline that quotes the guest: 'Ann Lee: "Remittances became the main income"';
    # the lines of a paragraph joined, the section's word may come first: the longest tail
    # of two words or more that the page writes again)
    for m in _HEADLINE_QUOTE_NAME.finditer(context[:3000]):
        words = m.group(1).split()
        said += [
            t for t in (" ".join(words[k:]) for k in range(len(words) - 1)) if context.count(t) >= 2
        ][:1]
    for said_name in said:
        parts = split_label(said_name.strip())
        words = parts.name.split()
        if (
            2 <= len(words) <= 4
            and not parts.generic
            and not any(c.isdigit() for c in parts.name)
            and context.count(parts.name) >= 2
            and name_key(parts.name) not in known
        ):
            found.add(parts.name)
    if len(found) == 1:
        p = guests[0]
        p.title = p.title or p.name
        p.name = found.pop()
        p.evidence.append(f"the page's headline names {p.name!r}")


_DASH_LIST_SPAN = 5000  # (a record's head: its lists of those present)
_DASH_LIST_LINES = 40
_DASH_LIST_SPLIT = lazy(r"[،,;؛]")
_DASH = lazy(r"[ \t]+[-–][ \t]+")


def _dash_list_holders(head: str) -> dict[str, set[str]]:
    """The holders a list in the record's head gives each office (by its key, articles
    dropped), each entry the name, a dash and the office, as the Kuwaiti National
    Assembly's record lists the government present: "الحضور من الحكومة: د. يوسف ناصر
    الحمدان - وزير الصحة، السيد/ خالد ... - وزير الدولة ...", "Present: Dr. Ann Lee -
    Minister of Health, ..."; the names without their titles."""
    holders: dict[str, set[str]] = {}
    if " - " not in head and " – " not in head:
        return holders  # (found at C speed: most heads have no such list)
    for line in head.splitlines()[:_DASH_LIST_LINES]:
        key, colon, body = line.partition(":")
        if not colon or _DASH.search(key) is not None:
            body = line  # (no key before the list, or the colon is the entry's own)
        for entry in _DASH_LIST_SPLIT.split(body):
            parts = _DASH.split(entry.strip())
            if len(parts) != 2:
                continue
            holder = split_label(parts[0]).name
            words = holder.split()
            if not 2 <= len(words) <= 5 or any(c.isdigit() for c in holder):
                continue
            if not all(w[:1].isupper() or caseless_letter(w[:1]) for w in words):
                continue  # (a name's words: capitalised, or of a script without case)
            holders.setdefault(_office_key(parts[1]), set()).add(holder)
    return holders


def _office_key(office: str) -> str:
    """An office's key without its articles: "The Minister of Health" -> "minister of health"."""
    return name_key(" ".join(w for w in office.split() if w.casefold() not in _ARTICLES))


def _dash_listed_holder(p: Person, holders: dict[str, set[str]], known: set[str]) -> str | None:
    """The one holder ``holders`` gives the office that labels ``p``, when that name labels
    no other speaker (not merged here)."""
    if len(p.name.split()) < 2:
        return None  # (one word: "Minister" may be any of them)
    found = holders.get(_office_key(p.name), set())
    if len(found) != 1:
        return None
    holder = next(iter(found))
    return None if name_key(holder) in known else holder


def _name_dash_listed_offices(people: list[Person], head: str) -> None:
    """A speaker labelled by an office that no table knows as one (``السيد وزير الصحة:``)
    and a list in the record's head gives to one person (see :func:`_dash_list_holders`):
    that name, the office its title."""
    holders = _dash_list_holders(head)
    if not holders:
        return
    known = {p.key for p in people}
    for p in people:
        holder = _dash_listed_holder(p, holders, known)
        if holder is not None:
            p.title = p.title or p.name
            p.name = holder
            p.evidence.append(f"the record's head lists {holder!r} as {p.title!r}")


# A programme's credit for presenting, by the presenter's words that label the turns
# (Hindi, Spanish, Portuguese, French, German, Italian, Dutch): "प्रस्तुति: NAME" names
# "प्रस्तोता:", "Conducción: NAME" names "Conductora:", "Moderation: NAME" "Moderatorin:"
_PRESENTER_CREDITS: dict[str, tuple[str, ...]] = {}
for _credit, _doers in (
    ("प्रस्तुति", "प्रस्तोता प्रस्तुतकर्ता"),
    ("conducción", "conductor conductora"),
    ("presentación", "presentador presentadora"),
    ("apresentação", "apresentador apresentadora"),
    ("présentation", "présentateur présentatrice"),
    ("animation", "animateur animatrice"),
    ("moderation", "moderator moderatorin"),
    ("conduzione", "conduttore conduttrice"),
    ("presentatie", "presentator presentatrice"),
):
    for _doer in _doers.split():
        _PRESENTER_CREDITS.setdefault(name_key(_doer), ())
        _PRESENTER_CREDITS[name_key(_doer)] += (name_key(_credit),)


def _name_credited_labels(people: list[Person], context: str, head: str) -> None:
    """A label that is a word of the page's credits (``מגישה:`` under "מגישה: יעל ברגמן |
    עורכת: ...", ``Moderátorka:`` under "Moderátorka: Jana Malá") is the one person the
    credit names with that word; a moderator's label, the one a lead says moderated ("La
    conférence était modérée par Mme Aïssata Diallo-Barry")."""
    moderated = any(w in context for w in _MODERATED_GATE)
    if ":" not in context and " | " not in head and not moderated:
        return
    known = {p.key for p in people}
    segments: dict[str, set[str]] | None = None
    worded: dict[str, set[str]] = {}  # (the label's word closing a credit's value)
    for p in people:
        if " " in p.name or any(name_key(lab.rstrip(" :：")) != p.key for lab in p.labels):
            continue  # (a label with a name in it, or a word the roster renamed)
        if segments is None:
            segments = {}
            # (the preamble's lines, and a head's lines of credits set apart by bars, which
            # a lexer may have read as a label: "מגישה: יעל ברגמן | עורכת: נועה פרץ")
            bars = "\n".join(line for line in head.split("\n") if " | " in line and ":" in line)
            for seg in _CREDIT_SPLIT.split(context + "\n" + bars):
                word, colon, rest = seg.partition(":")
                named = rest.split()
                if (
                    colon
                    and word.strip()
                    and 2 <= len(named) <= 4
                    and len(word.split()) <= 2
                    and not any(c in _NOT_CREDITED for c in rest)
                ):
                    segments.setdefault(name_key(word.strip()), set()).add(" ".join(named))
                    if len(named) >= 2:
                        # (the credit's value a name and the label's word after it: "■ 진행
                        # : 최서연 앵커" over "[앵커]", hosting: NAME, anchor)
                        worded.setdefault(name_key(named[-1]), set()).add(" ".join(named[:-1]))
        credited = {n for n in segments.get(p.key, ()) if name_key(n) not in known}
        if not credited:
            credited = {n for n in worded.get(p.key, ()) if name_key(n) not in known}
        if not credited and p.key in _PRESENTER_CREDITS:
            # (the credit names the act, the label the one who does it: "प्रस्तुति: NAME"
            # over "प्रस्तोता:", "Conducción: NAME" over "Conductora:")
            credited = {
                n
                for credit in _PRESENTER_CREDITS[p.key]
                for n in segments.get(credit, ())
                if name_key(n) not in known
            }
        if not credited and moderated and label_role(p.key) == "moderator":
            credited = {n for n in _lead_moderators(context) if name_key(n) not in known}
        if len(credited) != 1:
            continue
        parts = split_label(credited.pop())
        if parts.generic or parts.office or name_key(parts.name) in known:
            continue
        if any(w[:1].islower() and w not in _NAME_PARTICLES for w in parts.name.split()):
            continue  # (an office's words left, "Richterin am Amtsgericht Berger": no name)
        p.title = p.title or p.name
        p.name = parts.name
        p.evidence.append(f"the page credits {p.name!r} as {p.title!r}")


# a line of a record's head giving a role its holder, as a court's or a committee's record
# lists those taking part before its turns: "JUIZ DO TRABALHO: Dr. Paulo Mendes", "Presidente
# da Comissão: Deputada Ana Reis (PS)", "Vorsitzender Richter: Dr. Karl Weiß", "Witness: Mr
# Tom Roe, engineer"; the role's words (one to six), then the value
_CAST_LINE = lazy(
    r"(?m)^[ \t]*([^\W\d_][^\W\d_ ]*(?:[ \t][^\W\d_][^\W\d_.]*){0,5})[ \t]*:[ \t]*([^\n:]{5,160})$"
)
# a form of address written before the name with its dot, which the label splitter may
# leave on it ("Dra.", "Sra.", "Mme.", "Ing.")
_DOTTED_ADDRESS = lazy(r"^[A-ZÀ-Þ][a-zà-ÿ]{1,3}\.[ºª]?[ \t]+")
# (the words a role label opens with that the list leaves out: "A Sr.ª Presidente", "THE JUDGE")
_ROLE_LEAD_WORDS = frozenset("a o as os the la el le der die".split())


def _cast_value_name(value: str) -> tuple[str, bool] | None:
    """The person a cast line's value names ("Dr. Paulo Mendes (by video link)", "Deputada
    Ana Reis (PS)", "Mr Tom Roe, engineer"): the name without its address, title, note or
    description; None for a sentence or anything else."""
    if value.rstrip()[-1:] in ".?!…":
        return None  # (a turn's sentence: "Frau Kollegin, haben Sie Fragen?")
    core = value
    for stop in ("(", ",", " - ", " – ", ";"):
        core = core.partition(stop)[0]
    core = core.strip()
    if not core or core[-1] in ".?!…" or any(c.isdigit() for c in core):
        return None
    parts = split_label(core)
    name = _DOTTED_ADDRESS.sub("", parts.name)
    addressed = name != parts.name or parts.honorific is not None or parts.title is not None
    words = name.split()
    if not 2 <= len(words) <= 6:
        return None
    for w in words:
        if not (w[:1].isupper() or w.casefold() in _NAME_PARTICLES):
            return None
    return name, addressed


def _name_listed_roles(people: list[Person], turn_people: list[Person | None], head: str) -> None:
    """A speaker labelled by a role alone (``JUIZ:``, ``A Sr.ª Presidente:``, ``WITNESS:``)
    whom the record's head lists with that role and a name, the role maybe spelt out
    further ("JUIZ DO TRABALHO: Dr. Paulo Mendes", "Presidente da Comissão: Deputada Ana
    Reis (PS)"): that person, the role their title. The one name the head lists under it
    only; a role another label spells out in full is that label's."""
    candidates: list[tuple[Person, list[str]]] = []
    for p in people:
        if p.generic or p.named_in_label:
            continue
        own = {p.key, name_key(f"{p.parts.honorific} {p.name}")} if p.parts.honorific else {p.key}
        if any(name_key(strip_markup(lab).rstrip(" :：.")) not in own for lab in p.labels):
            continue  # (a label the roster renamed: its name is read already)
        words = [w.casefold() for w in p.name.split()]
        if p.parts.honorific:
            lead = p.parts.honorific.casefold().split()
            if words[: len(lead)] == lead:
                words = words[len(lead) :]
        while words and words[0] in _ROLE_LEAD_WORDS:
            words = words[1:]
        if words and 1 <= len(words) <= 4:
            candidates.append((p, words))
    if not candidates:
        return
    # (every role a label spells out: a longer list key is theirs, not a shorter label's)
    labelled = {tuple(words) for _, words in candidates}
    # (where the turns begin: a value with no form of address or title is a list's above
    # them only, below them a turn's words, "Minister: Thank you Madam Chair, and ...")
    top = min(
        (at for q in people for lab in q.labels if lab and (at := head.find(lab)) >= 0),
        default=len(head),
    )
    lines: list[tuple[list[str], str, bool]] = []
    for m in _CAST_LINE.finditer(head):
        value = _cast_value_name(m.group(2))
        if value is not None and (value[1] or m.start() < top):
            lines.append(([w.casefold() for w in m.group(1).split()], *value))
    # (a value without a form of address or a title names the role of a label that speaks
    # twice at least: "Venue: Grand Hall" above a one-off "Venue:" is no one)
    turns: Counter[int] = Counter(id(q) for q in turn_people if q is not None)
    known = {p.key for p in people}
    listed: list[Person] = []
    for p, words in candidates:
        written = strip_markup(p.labels[0]).rstrip(" :：") if p.labels else ""
        office = p.parts.office or words[0] in TITLE_WORDS or words[0] in WORLD_TITLES
        office = office or words[0].startswith(CASELESS_OFFICES)
        held = (
            holder_in_head(written, head) if office and written and f"{written} (" in head else None
        )
        if held is not None and split_office_bracket(f"{written} ({held})") is not None:
            # the label's words with the holder in brackets in the head, as a sitting's
            # opening line names its chair ("... جناب اسپیکر (نام) کی صدارت میں ...", "The
            # Minister (Dr Ann Lee) attended"): an office's, by the way it is bracketed
            if name_key(held) not in known:
                p.title = p.title or p.name
                p.name = held
                known.add(p.key)
                p.evidence.append(f"the record's head names {held!r} as {written!r}")
                listed.append(p)
            continue
        found: set[str] = set()
        for key, name, addressed in lines:
            if key[: len(words)] != words or not (addressed or turns[id(p)] >= 2):
                continue
            if len(key) > len(words) and any(
                key[: len(other)] == list(other) and len(other) > len(words) for other in labelled
            ):
                continue
            found.add(name)
        if len(found) != 1:
            continue
        name = found.pop()
        if name_key(name) in known or name_key(name) == p.key:
            continue
        p.title = p.title or " ".join(p.name.split()[len(p.name.split()) - len(words) :])
        p.name = name
        known.add(p.key)
        p.evidence.append(f"the record's head lists {name!r} as {p.title!r}")
        listed.append(p)
    # ("DR. PAULO:" beside "JUIZ:", the head's "Dr. Paulo Mendes": a form of address and one
    # word of the listed name is that person)
    for q in [q for q in people if listed and q.parts.honorific and " " not in q.name]:
        same = [p for p in listed if q.name in (p.name.split()[0], p.name.split()[-1])]
        if len(same) == 1 and not q.generic:
            _absorb(same[0], q, turn_people)
            people.remove(q)


def _name_generic_hosts(
    people: list[Person], turn_people: list[Person | None], texts: Sequence[str], head: str
) -> None:
    """A host labelled only ``PRESENTER`` whom the guests call by name (``Kochie, ...``):
    the name said to them at least twice, in the turns right after theirs, that is no
    speaker's name and no other word of address; or once, a first name that the head
    gives in full to no speaker (a press conference's moderator labelled by the word,
    thanked by the first who answers: "Moderadora:", then "Muchas gracias, Paula." beside
    the head's list "Paula Retamal, Gerenta de Comunicaciones")."""
    hosts = [p for p in people if p.key in _HOST_WORDS]
    moderators = [
        p
        for p in people
        if " " not in p.key and p.name == p.parts.name and label_role(p.key) == "moderator"
    ]
    once = not hosts and len(moderators) == 1
    if once:
        hosts = moderators
    if len(hosts) != 1:
        return
    host = hosts[0]
    known = {w for p in people if not p.generic for w in _words(p.name)}
    said: Counter[str] = Counter()
    read = 0
    for i in range(1, len(turn_people)):
        if turn_people[i - 1] is not host or turn_people[i] is None or turn_people[i] is host:
            continue
        read += 1
        if read > _SAMPLE:
            break
        text = texts[i]
        # (once a turn: a word said twice in one answer, "Honestly, ... Honestly, ...", is
        # a habit of speech, a name said in two answers is a name)
        in_turn: set[str] = set()
        for m in _VOCATIVE.finditer(text[:200] + " " + text[-200:] if len(text) > 400 else text):
            word = m.group(1)
            if word in in_turn:
                continue
            in_turn.add(word)
            low = word.casefold()
            if (
                low in known
                or low in HONORIFICS
                or low in TITLE_WORDS
                or low in WORLD_TITLES
                or low in NOT_NAMES
                or low in _MONTHS
                or low in _HOST_WORDS
            ):
                continue
            said[word] += 1
    if said:
        best, count = said.most_common(1)[0]
        if not once and count >= 2 and list(said.values()).count(count) == 1:
            host.name = best
            host.evidence.append(f"called {best!r} by the others")
        elif once:
            speaking = {name_key(p.name) for p in people}
            fulls = {
                (word, full)
                for word in said
                for full in (name_from_first(word, head),)
                if full is not None
                and name_key(full) not in speaking
                # (a greeting before a speaker's first name, "Bonjour Clara.", is no name)
                and not any(w.casefold() in known for w in full.split()[1:])
            }
            if len(fulls) == 1:
                word, full = fulls.pop()
                host.title = host.title or host.name
                host.name = full
                host.evidence.append(f"called {word!r} by the others, {full!r} in the head")


# "guest: Gabrielle Hempel", "Host: Jane Roe" (front matter, credits): said as a sentence
# the intro rules read ("Host Jane Roe spoke to Gabrielle Hempel" is not needed: each alone).
# (case-blind in its key only: the name opens with a capital, and a case-blind class of
# capitals costs milliseconds to compile)
_HEADER_ROLE = lazy(
    r"(?m)^[ \t]*[*_]*((?i:guests?|hosts?|co-?hosts?|interviewer|interviewee|moderator|"
    r"gast|gäste|moderation|invitad[oa]s?|invité(?:e|s)?|presentador[a]?|entrevistador[a]?))"
    r"[*_]*[ \t]*:[ \t]*[*_\"']*" + _FULL_NAME + r"([^\n]{0,300})"
)
# the names after the first in a list of guests or hosts ("Guests: Senator Ann Lee (Lab),
# Barrister Omar Haddad, Dr Eva Roth, economist"): each a run of capitalised words
_LISTED_NAME = lazy(_FULL_NAME)
_LIST_SEPARATOR = lazy(r"[,;&]|\s(?:and|y|et|und|e)\s")
_HEADER_HOSTS = frozenset(
    "host hosts cohost cohosts co-host co-hosts interviewer moderation presentador presentadora "
    "entrevistador entrevistadora".split()
)


def _header_roles(head: str) -> str:
    """Sentences the intro rules read, made from ``guest: NAME`` and ``host: NAME`` lines of
    the document's head: "NAME is here" (a guest cue) or "I'm your host NAME"."""
    out: list[str] = []
    for m in _HEADER_ROLE.finditer(head[:5000]):
        key = m.group(1).casefold()
        names = [m.group(2)]
        if key.endswith("s") or key in ("gäste", "moderation"):  # (a plural key: a list)
            for item in _LIST_SEPARATOR.split(m.group(3))[1:]:
                found = _LISTED_NAME.search(item)
                if found is not None:
                    names.append(found.group(0))
        for name in names:
            if key in _HEADER_HOSTS:
                out.append(f"I'm your host {name}.")
            elif key != "moderator":
                out.append(f"joined by {name}.")
    # (a hearing's heading, "Audition de M. ... et de Mme ...", as the roles read it)
    out.extend(m.group(0).strip() for m in _HEARING_OF.finditer(head, 0, 5000))
    return "\n".join(out)


# words before a place's name: "Maura in Castlebar", "on the line from Belmullet"
_PLACE_WORDS = ("in", "from", "en", "desde", "de", "à", "aus", "da", "em", "di")
_PLACE_TURNS = 30  # (the callers are put through in the first turns)


def _said_as_place(aff: str, texts: Sequence[str]) -> bool:
    """The bracket after a label's name is a place the talk names as one ("MAURA
    (Castlebar)" put through as "Maura in Castlebar"), not a party."""
    head = "\n".join(texts[:_PLACE_TURNS])
    if aff not in head:
        return False
    return any(f" {w} {aff}" in head for w in _PLACE_WORDS)


def _office_phrase(name: str) -> bool:
    """A label in Arabic script that is an office and its portfolio, no one's name: "وزير
    الصحة" (the Minister of Health), "وزیر بهداشت" (the script has no capitals to tell a
    name from an office: a minister's name follows his office's article, "الوزير ...")."""
    words = name.split(None, 2)
    return (
        len(words) >= 2
        and "\u0600" <= words[0][:1] <= "\u06ff"
        and words[0].casefold() in GOVERNMENT_TITLES
    )


# abbreviated chair offices written before a surname: German "Vors." (Vorsitzender,
# Vorsitzende), Dutch "Vz." (voorzitter), Polish "Przew." (przewodniczący)
_CHAIR_ABBREVIATIONS = frozenset({"vors.", "vz.", "przew.", "vorsitzender", "vorsitzende"})


def _chair_abbreviation(p: Person) -> str | None:
    """The abbreviated chair's office before the name ("Vors. Brandt"), split off as the
    title or still the name's first word, else None."""
    if p.generic:
        return None
    if p.title and p.title.casefold() in _CHAIR_ABBREVIATIONS:
        return p.title
    for lab in p.labels[:2]:
        first, _, rest = lab.partition(" ")
        if rest.strip() and first.casefold() in _CHAIR_ABBREVIATIONS:
            return first
    return None


# A call's operator names who asks next: "Our first question comes from Ann Lee with ...",
# "Nossa primeira pergunta vem de Thiago Lemos, do ...", "La siguiente pregunta es de ...",
# "La prochaine question vient de ...", "Die nächste Frage kommt von ...", "Próxima
# pergunta, Sr. Henrique Saldanha, do ...".
_QUESTION_FROM = lazy(
    r"(?:question (?:comes|is|will come) from(?: the line of)?|pergunta (?:vem|é|virá) d[aeo]"
    r"|pregunta (?:viene|es|llega) de|question (?:vient|est) de|frage kommt von"
    r"|domanda (?:viene|è) da"
    r"|(?:next|próxima|proxima|siguiente|prochaine|nächste) (?:question|pergunta|pregunta|frage)"
    r"\s*[,:])\s+(?:(?:mr|mrs|ms|sr|sra|sr\.|sra\.|m\.|mme|herrn?|frau)\s+)?"
    r"(?P<name>[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,3})"
)
_QUESTION_FROM_WORDS = ("question", "pergunta", "pregunta", "frage", "domanda")
_CALL_TURNS = 200  # (an operator's turns read: the hand-offs of a call's first hours)


# a news programme's own reporter by the label's word after the name ("CALEB NGUYEN,
# BYLINE", "ANA GIL, CORRESPONSAL"), as a public radio's transcript labels them
_REPORTER_WORDS = frozenset(
    "byline reporter correspondent reportero reportera corresponsal correspondant "
    "correspondante reporteur reporterin korrespondent korrespondentin corrispondente "
    "inviato inviata repórter correspondente".split()
)


_GUEST_ANSWERS = 3  # (a guest's answers: who answers this often is the one interviewed)


def _reporter_two_way(
    people: list[Person],
    hosts: list[Person],
    turn_people: list[Person | None],
    texts: Sequence[str],
    stats: dict[int, list[int]],
    set_role: Callable[[Person, str, float, str], None],
) -> None:
    """A broadcast's host talks with the programme's own reporter (a "two-way"): the
    reporter answers the host's questions, so is the one interviewed whatever the label's
    word; the voices the reporter plays (tape, a clip: a name that speaks once, after the
    reporter's or the guest's narration, not in reply to a question) are no party to the
    conversation."""
    host_ids = {id(h) for h in hosts}
    for p in people:
        s = stats.get(id(p))
        if (
            s is not None
            and id(p) not in host_ids
            and (p.parts.role_word or "") in _REPORTER_WORDS
            and s[2] >= 2
            and s[2] > s[1]
        ):
            set_role(p, "interviewee", 0.96, f"a reporter who answers the host in {s[2]} turns")


def _played_voices(
    hosts: list[Person],
    turn_people: list[Person | None],
    texts: Sequence[str],
    stats: dict[int, list[int]],
    set_role: Callable[[Person, str, float, str], None],
) -> None:
    """The voices a broadcast's reporter or guest plays between their own words (tape, a
    clip, an archive recording: "GLORIA FENWICK:", "UNIDENTIFIED PERSON:" after the
    reporter's "And the county's emergency manager sees it differently.") are no party to
    the conversation: a name that speaks once, after the narration of one interviewed (or
    right after another such voice), not in reply to a question."""
    host_ids = {id(h) for h in hosts}
    if not any(v[0] == 1 for v in stats.values()):
        return  # (no one speaks once: the turns need not be read)
    played: set[int] = set()
    for i in range(1, len(turn_people) - 1):
        p, before = turn_people[i], turn_people[i - 1]
        s = stats.get(id(p)) if p is not None else None
        if (
            p is None
            or s is None
            or s[0] != 1
            or p.confidence >= 0.7
            or before is None
            or before is p
            or id(before) in host_ids
            or (before.role != "interviewee" and id(before) not in played)
            or is_question(texts[i - 1])
        ):
            continue
        played.add(id(p))
        set_role(p, "other", 0.7, "a voice played after the narration (one turn)")


def _call_askers(
    people: list[Person],
    turn_people: list[Person | None],
    texts: Sequence[str],
    stats: dict[int, list[int]],
    set_role: Callable[[Person, str, float, str], None],
) -> None:
    """A call's operator hands each question to its asker by name: those named ask, and
    the call's other speakers, whom no hand-off names, answer for the company."""
    operators = {
        id(p)
        for p in people
        if p.key in _OPERATOR_WORDS or (p.parts.role_word or "") in _OPERATOR_WORDS
    }
    if not operators:
        return
    named: set[int] = set()
    for i, tp in enumerate(turn_people[:_CALL_TURNS]):
        if tp is None or id(tp) not in operators:
            continue
        text = texts[i]
        low = text.casefold()
        if not any(w in low for w in _QUESTION_FROM_WORDS):
            continue
        for m in _QUESTION_FROM.finditer(low):
            # (the name as written: capitals start its words)
            words = []
            for w in text[m.start("name") : m.end("name")].split():
                if not w[:1].isupper():
                    break
                words.append(name_key(w.strip(",.;:")))
            for q in people:
                if id(q) in operators or q.generic:
                    continue
                own = _words(q.name)
                if own and own[-1] in words:
                    named.add(id(q))
                    set_role(q, "interviewer", 0.85, "named by the operator as the next asker")
    if not named:
        return
    for q in people:
        s = stats.get(id(q))
        if (
            id(q) not in operators
            and id(q) not in named
            and not q.generic
            and q.confidence < 0.7
            and s is not None
            and s[1] <= s[2]  # (not one who asks more than answers: an asker not handed over)
        ):
            set_role(q, "interviewee", 0.7, "speaks on a call where the operator names the askers")


def _office_after_name(labels: Sequence[str], title: str) -> bool:
    """Does a label end with the title alone after a comma ("M. Jean Roux, président.")?"""
    end = ", " + title.casefold()
    return any(lab.casefold().rstrip(" .-–—:").endswith(end) for lab in labels)


def _chamber_kind(p: Person) -> str:
    """ "government" for an office of a government (``Parl. Staatssekretär``, ``…局長``),
    "member" for a member of a chamber (``議員``, ``Abgeordneter``, a party such as
    ``(SPD)`` after the name), else ""."""
    title = p.title or (p.name if p.parts.office or _office_phrase(p.name) else "")
    # (an office alone: "…局長", "وزير الصحة")
    words = {w.casefold().strip(".,") for w in title.split()}
    if (
        words & GOVERNMENT_TITLES
        or any(title.endswith(t) for t in _CJK_GOVERNMENT)
        # (a minister's title compounded with the portfolio: "Opetusministeri")
        or any(len(w) > 10 and w.endswith(COMPOUND_TITLE_ENDS) for w in words)
    ):
        return "government"
    if words & MEMBER_TITLES or any(title.endswith(t) for t in _CJK_MEMBERS):
        return "member"
    aff = (p.affiliation or "").strip("*\\ ")
    if {w.casefold() for w in aff.split()} & GOVERNMENT_TITLES:
        return "government"  # ("Keller Stefan, Bundesrat", "…, conseillère fédérale")
    if aff in FI_PARTY_CODES:
        return "member"  # ("Hanna Rautiainen sd": the Eduskunta's party codes)
    if (
        aff
        and len(aff) <= 12
        and (" " not in aff or all(0 < len(x) <= 4 for x in aff.split(", ")))
        and any(c.isupper() for c in aff)
        and aff.casefold() not in p.name.casefold().split()  # ("Lin, Rebecca": a name)
        and _affiliation_role(aff) is None  # ("(Guest)": a role)
    ):
        return "member"  # "Gerkens (SP)", "Voss (CDU/CSU)"
    return ""


def _keyed_name(p: Person, head: str) -> str | None:
    """The name (and the office, as its title) a list of those present gives p's code."""
    keyed = keyed_code(p.name, head)
    if keyed is None:
        return None
    p.title = p.title or keyed[1] or None
    return keyed[0]


# words of one standing in for a chair: "Presidenta accidental", "acting chair",
# "vicepresidente interino"
_ACTING = frozenset("accidental acting interino interina suplente temporary intérimaire".split())


def _affiliation_role(aff: str) -> str | None:
    """The role a label's last part gives after the name: "Sofia Marchetti (Guest)", "Keith
    Moreno -- Morgan Stanley -- Analyst"."""
    last = re.split(r"\s*(?:--|—|–|,|\|)\s*", aff.strip(" ()[]"))[-1]
    words = last.casefold().split()
    if len(words) == 2 and (
        (words[0] in CHAIR_OFFICES and words[1] in _ACTING)
        or (words[1] in CHAIR_OFFICES and words[0] in _ACTING)
    ):
        return "moderator"  # ("Presidenta accidental", "acting chair": who stands in the chair)
    if len(last) == 1:
        # (a party's code, "Erik Lindholm r", "Mette Kjær (A)" of the Danish Social
        # Democrats: after a name, not the answer's mark "R" or "A")
        return None
    if last.casefold() in SPOKESPEOPLE:
        return None  # (a spokesperson may answer or run the press conference: see SPOKESPEOPLE)
    role = label_role(last.casefold()) if last else None
    return role if role in ("interviewer", "interviewee", "moderator") else None


_CJK_GOVERNMENT = tuple(t for t in GOVERNMENT_TITLES if not t.isascii())
_CJK_MEMBERS = tuple(t for t in MEMBER_TITLES if not t.isascii())


_HANDOFF_CHARS = 300  # (a chair's turn between a question and its answer is short)


def _office_words(p: Person) -> tuple[str, ...]:
    """The words of a speaker's office a chair calls them by ("Señor ministro." before "El
    señor Ministro del Interior"), casefolded; none for a speaker without a title."""
    if not p.title or p.generic:
        return ()
    return tuple(
        w
        # (Turkish "İ" casefolds to "i" and a combining dot: "DAİRE" is called "daire")
        for w in (part.casefold().strip(".,;:()").replace("\u0307", "") for part in p.title.split())
        if len(w) > 3 and w not in HONORIFICS
    )


_OFFICE_CALL_CHARS = 80  # (a chair's call by office is a short turn of its own)
_OFFICES_CALLED = GOVERNMENT_TITLES | MEMBER_TITLES
# Words a call by office may open with before the office: forms of address and the words of
# a deputy's office ("Señor ministro.", "The Deputy Minister for ..."); with any other word
# before it ("Responde el ministro en la próxima sesión.") the office is not called.
_CALL_WORDS = 3  # (a call with a comma: the office and a "please", "Ministre, prašom.")
_CALL_OPENERS = frozenset(
    "señor señora senhor senhora signor signora monsieur madame herr frau domnule doamnă "
    "doamna domnul господин госпожо госпожа deputy vice junior acting associate "
    "parliamentary hon honourable honorable".split()
)


def _office_called(text: str) -> set[str]:
    """The office a short turn calls, as its first words ("M. le ministre de la Famille.",
    "The Minister of Health.", "Ministre.") or its last sentence's ("S'il vous plaît! M.
    le premier ministre."): a chair calling the next speaker by office. Casefolded; only
    short words ("M.", "la", "the") and forms of address may stand before the office, and
    no comma after it."""
    if len(text) > _OFFICE_CALL_CHARS:
        return set()
    words = text.split()
    # (the last sentence: the words after the last one that ends in "." or "!")
    last = next((i for i in range(len(words) - 2, -1, -1) if words[i][-1] in ".!"), None)
    for start in (0,) if last is None else (0, last + 1):
        if len(words) - start > _CALL_WORDS and any("," in w for w in words[start:]):
            # (an address, not a call: "Doamnă ministru, bună seara și bine ați venit.",
            # the interviewer greets the guest by office; but "Ministre, prašom.")
            continue
        for word in words[start : start + 4]:
            w = word.casefold().strip(".,:;!")
            if w in _OFFICES_CALLED:
                return {w}
            if len(w) > 3 and w not in _CALL_OPENERS:
                break
    return set()


def _surnames_labelled(p: Person, words: list[str]) -> bool:
    """Do ``p``'s labels give the last two words of its name without the first (two
    surnames, the given name read from the page)?"""
    pair = " ".join(words[-2:])
    return any(pair in " ".join(_words(lab)) and words[0] not in _words(lab) for lab in p.labels)


def _hands_out_floor(s: list[int], speakers: int) -> bool:
    """Does a speaker's reading (see ``_assign_roles``) show a chair or a host who gives
    the floor? (One on one, there is no floor to hand out.)"""
    turns, _q, answers, handoffs, _o, _c = s
    return speakers >= 3 and (
        (handoffs >= 3 and handoffs * 4 >= turns) or (handoffs >= 2 and answers == 0)
    )


def _answers_only(s: list[int]) -> bool:
    """A speaker's turns (see ``_assign_roles``' stats) answer the questions put to them, in
    half or more of them, and ask none: a member of a council who answers the citizens'
    question time ("Jesper Holm (V), formand for ..."), no member who asks."""
    return s[1] == 0 and s[2] >= 2 and s[2] * 2 >= s[0]


def _answers_only_chair(s: list[int] | None) -> bool:
    """A speaker's turns (see ``_assign_roles``' stats) answer only, and give no floor: a
    chair of a board or a committee who is asked, not the one who chairs the sitting."""
    return s is not None and _answers_only(s) and not s[3]


def _host_interviews(p: Person, people: list[Person], stats: dict[int, list[int]]) -> bool:
    """``p``, a host or a moderator by title, asks the one guest, who asks little: an
    interview, not a panel (a clip played inside it, "O-Ton ...", is no guest)."""
    if p.title is None or p.title.casefold() not in _PANEL_MODERATORS | _HOST_TITLES:
        return False
    s = stats.get(id(p))
    guests = [
        stats[id(q)]
        for q in people
        if q is not p and id(q) in stats and not (q.title and q.title.casefold() in _PLAYED_CLIPS)
    ]
    return s is not None and s[1] > 0 and len(guests) == 1 and guests[0][1] * 2 < guests[0][0]


def _floor_chair(stats: dict[int, list[int]]) -> bool:
    """Someone hands out the floor: a chaired sitting."""
    return any(_hands_out_floor(s, len(stats)) for s in stats.values())


#: the words for the person an oral history interviews (see _assign_roles)
_NARRATORS = frozenset("narrator narrador narradora narrateur narratrice".split())


def _assign_roles(
    people: list[Person], turn_people: list[Person | None], texts: Sequence[str], context: str
) -> None:
    """Give each person a role, a confidence and the evidence for it.

    Strongest evidence first: the label's words, the page around the conversation, then
    the conversation itself (who hands out the floor, who asks, who answers). A reading
    only replaces a role it is surer of."""

    def set_role(p: Person, role: str, conf: float, why: str) -> None:
        if conf > p.confidence:
            if role != p.role:
                p.evidence = []
            p.role, p.confidence = role, conf
            if why not in p.evidence:
                p.evidence.append(why)
        elif role == p.role and why not in p.evidence and len(p.evidence) < 4:
            p.evidence.append(why)

    # 0. one pass over the turns: who asks, who answers, who hands out the floor
    n = len(turn_people)
    stats: dict[int, list[int]] = {}  # per person: turns, asks, answers, floor, opens, chars
    first_texts: list[str] = [texts[i] for i in range(min(n, 8))]
    prev: Person | None = None
    prev_q = False
    held: Person | None = None  # (a chair who gave the floor after a question)
    plain: list[int] = []  # (each speaker's first two turns that neither ask nor hand over)
    surnames: dict[int, tuple[str, ...]] = {}  # per person: the surname, casefolded
    full = 0  # speakers with _SAMPLE turns read
    stop = False
    for i in range(n):
        tp = turn_people[i]
        if tp is None:
            prev, prev_q, held = None, False, None
            continue
        s = stats.get(id(tp))
        if s is None:
            s = stats[id(tp)] = [0, 0, 0, 0, 0, 0]
        if s[0] >= _SAMPLE:
            prev, prev_q = tp, False  # (enough of this speaker's turns read)
            continue
        text = first_texts[i] if i < 8 else texts[i]
        s[0] += 1
        if s[0] == _SAMPLE:
            full += 1
            if full == len(people):
                # every speaker read enough: the rest adds nothing
                stop = True
        s[5] += len(text)
        nxt = turn_people[i + 1] if i + 1 < n else None
        next_names: tuple[str, ...] = ()
        if nxt is not None and nxt is not tp and not nxt.generic:
            known = surnames.get(id(nxt))
            if known is None:
                words = _words(nxt.name)
                known = surnames[id(nxt)] = (
                    tuple(w for w in words[-1:] if len(w) > 1)
                    # (the first of two surnames, as a chair calls a member labelled by both:
                    # "Réplica, señor Rivas." to "O señor RIVAS FERREIRO", Brais Rivas Ferreiro)
                    + tuple(
                        words[-2:-1] if len(words) >= 3 and _surnames_labelled(nxt, words) else ()
                    )
                    + _office_words(nxt)
                )
            next_names = known
        asked = is_question(text)
        f = (
            is_floor(text)
            # (a turn that is the next speaker's given name alone, as a host hands over to
            # a panellist: "Luciana.")
            or (
                nxt is not None
                and nxt is not tp
                and " " in nxt.name
                and len(text) <= 40
                and text.strip(" .!,:;").casefold() == nxt.name.split()[0].casefold()
            )
            or (
                short_address(text, next_names)
                and (not asked or text.count(" ") < 6 or ends_with_name(text, next_names))
            )
            # (a chamber's chair calls the next speaker by office: "M. le ministre de
            # l'Économie.", "Mme la députée de Rouyn.", "The Minister of Health.")
            or (len(text) <= _OFFICE_CALL_CHARS and not asked and bool(_office_called(text)))
        )
        if f:
            s[3] += 1
        elif asked:
            s[1] += 1
        elif s[0] <= 2:
            plain.append(i)  # (read again below for a question put in words)
        waits = False
        if prev is not None and prev is not tp and prev_q:
            # a chair may give the floor between a question and its answer ("La parole est
            # à M. le ministre"): the question waits for the next speaker too
            waits = held is None and f and len(text) <= _HANDOFF_CHARS
            if tp is not held:
                s[2] += 1
        if waits:
            held = tp
        else:
            held = None
            prev, prev_q = tp, asked and not f
        if stop:
            break
    if turn_people and turn_people[0] is not None:
        stats[id(turn_people[0])][4] = 1
    # a question put in words ("Vorrei sapere ...", "I'm wondering ..."): read in each
    # speaker's first turns only, as members open their question time with it
    for i in plain:
        tp = turn_people[i]
        if tp is not None and not stats[id(tp)][1] and asks_in_words(texts[i]):
            stats[id(tp)][1] += 1

    # 1. label words and titles
    has_q = False
    has_chair = False
    has_analyst = False  # (a label "Name -- Bank -- Analyst")
    has_panel = False  # (a moderator by office: a talk show's or a panel's)
    officers: list[Person] = []  # (a company's officers: "Chairman and CEO", "CFO")
    callers = False  # (a phone-in's callers, a talk's audience: "CALLER", "Audience member")
    show_hosts: list[Person] = []  # (a host by the label's word: "Host", "ANCHOR")
    # (a tribunal's record: counsel examine a witness labelled as such)
    witnessed = any(q.label_names & _WITNESS_LABELS for q in people)
    letters = {p.key for p in people if len(p.key) == 1}  # ("P." and "R.": see paired_role)
    # (an oral history labels its two sides INTERVIEWER and NARRATOR: there the narrator is
    # the one interviewed, not a programme's voice-over)
    interviewed = any(
        len(k) > 1 and label_role(k) == "interviewer" for p in people for k in p.label_names
    )
    # ("P" as a research participant: beside an asker's label, "I", "INT", "Interviewer")
    p_answers = "p" in letters and any(
        label_role(k) == "interviewer" for p in people for k in p.label_names
    )
    for p in people:
        word = p.parts.role_word or (
            p.key
            if p.generic
            or p.parts.office
            or (" " not in p.key and label_role(p.key))
            or p.key in LABEL_ROLES  # (a role in words: "مديرة المؤتمر", the conference's chair)
            else None
        )
        if word is None and len(p.key) == 1:
            word = p.key  # (a letter alone: "F:" beside "A:")
        if word is None and p.name != p.parts.name:
            # (a label the page named, "THE ASSISTANT CORONER" now "Helen Ashworth" or a
            # heading's words: the label's own phrase still says the role)
            word = next((k for k in sorted(p.label_names) if " " in k and k in LABEL_ROLES), None)
        if word is None and p.labels and "(" in p.labels[0]:
            # (the chair's office before its holder's name in brackets, as a chamber's
            # record prints it: "SEÑOR PRESIDENTE (Ana Ruiz).-", "Le Président (M. Roy) :")
            lead = name_key(strip_markup(p.labels[0]).partition("(")[0])
            word = lead if " " in lead and label_role(lead) == "moderator" else None
        if word is None and p.parts.honorific:
            # (a role said with its form of address: "Mr Speaker:", the honorific split off)
            addressed = f"{p.parts.honorific.casefold().rstrip('.')} {p.key}"
            word = addressed if label_role(addressed) else None
        if p.parts.office and word == p.key and label_role(word) is None:
            # (an office named from the page, "BAŞKAN" now "Murat Öztürkmen": its label's
            # word says the role)
            word = p.parts.name.casefold() or word
        role = label_role(word) if word else None
        if word and len(word) == 1 and letters:
            role = paired_role(word, letters) or role
        if word == "p" and role == "interviewee" and not p_answers:
            # "P" answers a research interview's "I" or "Interviewer"; beside named people
            # and no asker's label it is the question (Spanish "P.-" pregunta, Portuguese
            # "P." pergunta, under press conferences' named ministers): what P says decides
            role = None
        if word and role is None and word in ROLE_WORDS:
            role = ROLE_WORDS[word]
        if role == "unknown" or (word and label_role(word) is None and word in UNDECIDED):
            role = None
        if interviewed and (word in _NARRATORS or (word is None and p.label_names & _NARRATORS)):
            role, word = "interviewee", word or min(p.label_names & _NARRATORS)
        if role is not None and word:
            office_alone = (
                p.parts.office
                and word.split()[-1] in CHAIR_OFFICES
                # (a court's presiding judge, "Magistrado presidente", is no head of state)
                and word not in COURT_JUDGES
            )
            weak = (office_alone and word.split()[-1] in _WEAK_CHAIRS) or word in SPOKESPEOPLE
            conf = 0.6 if weak else 0.95
            set_role(p, role, conf, f"label word {word!r}")
            if role == "interviewer" and word in SHOW_HOSTS:
                show_hosts.append(p)
            if role == "moderator" and conf > 0.9:
                has_chair = True
            if (
                role == "interviewer"
                and (p.generic or word == p.key)
                and word not in COURT_PROSECUTORS  # (a party to the trial, not a voice)
            ):
                has_q = True  # (a voice named by its role: "Q", "سؤال")
        # (the caller's word before the caller's name: "CALLER (Derek, Stroud)")
        called = word if word in CALLERS else None
        if called is None and p.named_in_label:
            lead = name_key(strip_markup(p.labels[0]).partition("(")[0]) if p.labels else ""
            called = lead if lead in CALLERS else None
        if called is not None:
            callers = True
            s = stats.get(id(p))
            if s is not None and s[1]:
                # a caller or one from the audience who asks puts the questions
                set_role(p, "interviewer", 0.96, f"{called!r} who asks in {s[1]} turns")
        if p.affiliation and not p.generic:
            aff_role = _affiliation_role(p.affiliation)
            if aff_role is not None:
                set_role(p, aff_role, 0.9, f"label {p.affiliation!r}")
                has_analyst = has_analyst or aff_role == "interviewer"
            elif not p.title and _investor_relations(p.affiliation):
                # (the office after the name, as a title is elsewhere: "Kiran Rao — Head of
                # Investor Relations", who chairs a panel and its questions, as on a call)
                set_role(p, "moderator", 0.8, f"office {p.affiliation!r}")
            elif (
                (p.title or p.parts.honorific)
                and p.labels
                and p.labels[0].rstrip(" -–—.:").endswith(")")
                and p.affiliation.strip(" ()").casefold() in CHAIR_OFFICES
            ):
                # (the sitting's chair in brackets after a titled member's name, as a court's
                # or a chamber's record prints who presides: "O SENHOR MINISTRO ANA LIMA
                # (PRESIDENTE) -", "Senator Ann Lee (Chair):")
                set_role(p, "moderator", 0.85, f"presides ({p.affiliation})")
                has_chair = True
        if p.title:
            tw = {w.casefold().strip(".,&") for w in p.title.split()}
            answers_only = _answers_only_chair(stats.get(id(p)))
            if tw & _FLOOR_TITLE_WORDS and label_role(p.title.casefold()) == "moderator":
                # ("Deputy Presiding Officer": a chair, not a company's officer; "Media
                # manager Rhian Doyle", "Jefa de prensa": who gives a press conference's floor)
                set_role(p, "moderator", 0.9, f"title {p.title!r}")
                has_chair = True
            elif tw & _OFFICERS:
                officers.append(p)
                if {"investor", "relations"} <= tw or _investor_relations(p.title):
                    # (investor relations open an earnings call and hand it to the officers)
                    set_role(p, "moderator", 0.8, f"title {p.title!r}")
            elif (
                (
                    tw & _CHAIR
                    and not (tw & {"vice"})
                    # (a committee's chair who answers the questions put to them, and gives
                    # no floor, chairs no sitting: "Cllr Owen Price, chair of the Environment
                    # Committee" at a council's question time)
                    and not answers_only
                )
                or {"chief", "justice"} <= tw
                # ("KETUA RAPAT (...)"; not a board's chair who answers the press, another
                # giving the floor: "CHAIR ROE." at a central bank's press conference; not a
                # host by title who interviews one guest)
                or (
                    label_role(p.title.casefold()) == "moderator"
                    and not (answers_only and _floor_chair(stats))
                    and not _host_interviews(p, people, stats)
                )
                # (the chair's office alone, its holder in brackets, as a chamber's record
                # prints its chair: "Le Président (M. Louis Gagné)")
                or (p.named_in_label and len(tw) == 1 and tw <= CHAIR_OFFICES)
            ):
                set_role(p, "moderator", 0.9, f"title {p.title!r}")
                has_chair = True
            elif witnessed and (p.parts.office or p.parts.title) and tw & _PRESIDING:
                # (a tribunal's presiding member, labelled by office, while counsel
                # examine a witness: "THE DEPUTY PRESIDENT", "COMMISSIONER RIORDAN" beside
                # "THE WITNESS")
                set_role(p, "moderator", 0.9, f"title {p.title!r}; presides over a witness")
                has_chair = True
            elif tw & CHAIR_OFFICES:
                s = stats.get(id(p))
                if s is not None and s[3] >= 2 and s[3] * 3 >= s[0]:
                    set_role(p, "moderator", 0.9, f"title {p.title!r}; hands out the floor")
                    has_chair = True
                elif (
                    s is not None
                    and len(tw) == 1
                    and not s[2]
                    and _office_after_name(p.labels, p.title)
                ):
                    # (a committee's record gives its chair the office alone after the
                    # name: "M. Hervé Dupont, président. -", "Sra. Ruiz, presidenta:"; a
                    # head of state's office has its state, "président de la République")
                    set_role(p, "moderator", 0.85, f"title {p.title!r} after the name")
                    has_chair = True
        abbreviated = _chair_abbreviation(p)
        if abbreviated is not None:
            # (a press conference's or a committee's chair by the abbreviated office before
            # the surname: German "Vors. Brandt", Dutch "Vz. De Vries")
            set_role(p, "moderator", 0.9, f"the chair's office {abbreviated!r}")
            has_chair = True
        if p.title and p.title.casefold() in _PLAYED_CLIPS:
            # ("O-Ton Karin Weber:": her recorded words played inside the report)
            set_role(p, "other", 0.9, f"a clip played ({p.title})")
        elif p.title and p.title.casefold() in _PANEL_MODERATORS | _HOST_TITLES:
            # "Moderatorin Katrin Albers": her office is to moderate, a debate or a panel;
            # a broadcast's host by title ("Moderatorin" is also the radio's presenter,
            # Finnish "Juontaja") who asks the one guest interviews them
            if _host_interviews(p, people, stats):
                set_role(p, "interviewer", 0.9, f"title {p.title!r}, asks the one guest")
            elif (
                p.title.casefold() in _PANEL_MODERATORS
                or sum(1 for k, v in stats.items() if k != id(p) and v[2] > 0) >= 2
            ):
                set_role(p, "moderator", 0.9, f"title {p.title!r}")
                has_panel = True
        elif word and word in _PANEL_MODERATORS and role == "moderator":
            has_panel = True
        if not p.generic and not (p.title or p.name).isascii():
            # a committee's chair in a script without spaces: the title, or the office
            # after the name ("中村委員長代理")
            office = p.title or p.name
            chair = next((c for c in CJK_CHAIRS if office.endswith(c)), None)
            if chair is not None:
                set_role(p, "moderator", 0.9, f"title {chair!r}")
                has_chair = True
    if callers:
        # a phone-in or a talk's questions: the host takes the calls and gives the floor
        for p in show_hosts:
            set_role(p, "moderator", 0.96, "a host who takes callers' or the audience's questions")
    elif show_hosts:
        _reporter_two_way(people, show_hosts, turn_people, texts, stats, set_role)
    if has_chair:
        # a deputy who takes the chair ("Vizepräsident Bodo Ramelow"): gives the floor like
        # the chair and answers no one
        for p in people:
            s = stats.get(id(p))
            if p.role != "moderator" and p.title and s is not None and s[3] >= 1 and not s[2]:
                tw = {w.casefold().rstrip(".") for w in p.title.split()}
                if tw & CHAIR_OFFICES and s[3] * 2 >= s[0]:
                    set_role(p, "moderator", 0.85, f"title {p.title!r}; gives the floor")
    if has_analyst or any(p.role == "moderator" and "operator" in p.label_names for p in people):
        # an earnings call: the company's officers answer the analysts
        for p in officers:
            set_role(p, "interviewee", 0.75, f"a company officer ({p.title}) on a call")
    # whoever opens a hearing or a meeting chairs it
    opened: set[int] = set()
    for t, tp in zip(first_texts[:3], turn_people[:3], strict=False):
        if tp is None or tp.generic or id(tp) in opened:
            continue
        if _CHAIR_CUES.search(t):
            opened.add(id(tp))
            set_role(tp, "moderator", 0.8, "opens the sitting")
            has_chair = True
        elif any(w in (low := t[:_OPENING_CHARS].casefold()) for w in _SITTING_WORDS) and (
            _OPENS_SITTING.search(low)
        ):
            opened.add(id(tp))
            set_role(tp, "moderator", 0.8, "opens the sitting")
    # 2. the text around the interview and the first turns: hosts, guests, witnesses
    intro = context + "\n" + "\n".join(first_texts[:4])
    # (a host's "So welcome, Tailor" may come a few turns in, after the show's opening)
    later = "\n".join(t[:300] for t in first_texts[4:8])
    # the matches do not depend on the person: found once, read for each
    low_intro = fold_same_length(intro)
    hosts = [
        intro[m.start(1) : m.end(1)] if m.group(1) else None for m in _HOST.finditer(low_intro)
    ]
    for m in _HEARING_OF.finditer(context, 0, 5000):
        # (a committee's record heads a hearing with whom it hears: "Audition de M. X, ...,
        # et de Mme Y, ...": each named there answers, also one who speaks once)
        for p in people:
            if not p.generic and p.confidence < 0.85 and _mentions(m.group(1), p):
                set_role(p, "interviewee", 0.85, "the hearing's heading: " + _quote(m.group(0)))
    for m in _INTERVIEWED_BY.finditer(context, 0, 5000):  # (a credit line heads the page)
        for p in people:
            if not p.generic and _mentions(m.group(1), p):
                set_role(p, "interviewer", 0.9, "the intro: " + _quote(m.group(0)))
    head_low = context[:5000].casefold()
    named = any(stem in head_low for stem in _JOURNALIST_STEMS)  # (before the pattern)
    for m in _JOURNALISTS_NAMED.finditer(context, 0, 5000) if named else ():
        for p in people:
            if not p.generic and _mentions(m.group(1) or m.group(2), p):
                set_role(p, "interviewer", 0.9, "named as a journalist: " + _quote(m.group(0)))
    spoke_to = [
        (sentence, spoke)
        for sentence in _SENTENCES.split(context)
        if (spoke := _SPOKE_TO.search(sentence)) is not None
    ]
    guest_cues = list(_GUEST_CUES.finditer(low_intro))
    for p in people:
        if p.generic:
            continue
        names = {p.name, p.name.split()[0], p.name.split()[-1]}
        for who in hosts:
            if who and who.split()[-1] in names | {p.name}:
                set_role(p, "interviewer", 0.9, "introduces self as host")
        # "X (and Z) spoke to Y": X and Z ask, Y answers (one sentence of the intro)
        for sentence, spoke in spoke_to:
            if _TO_THE_PRESS.match(sentence, spoke.end()) is not None:
                # "X spoke to the media", "... to reporters": X is the one who answers
                if _mentions(sentence[: spoke.start()], p):
                    set_role(p, "interviewee", 0.9, "the intro: " + _quote(sentence))
            elif _mentions(sentence[: spoke.start()], p):
                set_role(p, "interviewer", 0.9, "the intro: " + _quote(sentence))
            elif _mentions(sentence[spoke.end() :], p):
                set_role(p, "interviewee", 0.9, "the intro: " + _quote(sentence))
        for m in guest_cues:
            window = intro[m.end() : m.end() + 60].split("\n", 1)[0]
            pre = window[: window.find(":")].split() if ":" in window[:24] else []
            if 1 <= len(pre) <= 3 and all(w.isalpha() and w.islower() for w in pre):
                # a list after a colon: "We have two speakers: Ann Lee from ... and Omar
                # Haddad from ...", all of them guests (read to the sentence's end)
                window = intro[m.end() : m.end() + 240].split("\n", 1)[0]
            end = _SENTENCE_STOP.search(window)
            if end is not None:
                # (the guest is named in the cue's sentence: "Cabinet Secretary, you are
                # welcome. We begin with the first Question, by Sen. Chepkorir." names none)
                window = window[: end.start()]
            if any(_has_word(window, n) for n in names if len(n) > 2):
                if _INVESTIGATOR_RANKS.intersection(window.casefold().split()):
                    # ("with me is Detective Ana Ruiz": a police interview's second
                    # investigator, who asks too, no guest)
                    continue
                cue = m.group(0).casefold()
                if "witness" in cue or "testi" in cue:
                    set_role(p, "interviewee", 0.85, f"introduced as witness ({cue!r})")
                else:
                    set_role(p, "interviewee", 0.8, f"introduced as guest ({cue!r})")
    # a host hands over to a colleague, who asks in turn: "Mijn collega Bart Vermeulen volgt
    # het dossier. Bart?", "my colleague Ann Lee has a question" (the turn before the
    # colleague's first: one turn read per speaker)
    first_turn: dict[int, int] = {}
    for i, tp in enumerate(turn_people):
        if tp is not None and not tp.generic and id(tp) not in first_turn:
            first_turn[id(tp)] = i
            if len(first_turn) == len(people):
                break
    for p in people:
        at = first_turn.get(id(p), 0)
        part = texts[at - 1][-600:] if at > 0 else ""
        if not any(w in part for w in _COLLEAGUE_GATE):
            continue
        for m in _COLLEAGUE.finditer(part):
            if set(_words(m.group(1))) >= set(_words(p.name)[-1:]):
                set_role(p, "interviewer", 0.85, "handed over to as a colleague")
    # a host brings in another guest later in the show: "Also in the studio is Kahu Tane",
    # "Nos acompaña también Lucía Prieto", "Bei uns im Studio ist jetzt Jana Roth" (the turn
    # before the newcomer's first: one turn read per speaker, past the intro's first turns)
    for p in people:
        at = first_turn.get(id(p), 0)
        if at < 4 or p.generic or p.confidence >= 0.8 or turn_people[at - 1] is None:
            continue
        part = texts[at - 1][-400:]
        low = part.casefold()
        if not any(w in low for w in _JOINS_GATE):
            continue
        for m in _JOINS.finditer(part):
            said = set(_words(m.group("name")))
            if said & set(_words(p.name)):
                set_role(p, "interviewee", 0.8, "brought in as a guest: " + _quote(m.group(0)))
                break
    for m in _WELCOME_GUEST.finditer(later):
        for p in people:
            if not p.generic and m.group(1).casefold() in _words(p.name):
                set_role(p, "interviewee", 0.8, f"welcomed as guest ({m.group(0)!r})")
    # the show's opening: "Welcome to the ... podcast", then the co-hosts say who they are
    welcomed = -1
    for i, (t, tp) in enumerate(zip(first_texts[:3], turn_people[:3], strict=False)):
        if tp is not None and welcomes_show(t[:300]):
            set_role(tp, "interviewer", 0.85, "opens the show")
            welcomed = i
            break
    if welcomed >= 0:
        for t, tp in zip(
            first_texts[welcomed : welcomed + 4], turn_people[welcomed : welcomed + 4], strict=False
        ):
            if tp is None or tp.generic:
                continue
            own = set(_words(tp.name))
            for m in SELF_INTRO.finditer(t[:300]):
                if own & set(_words(m.group(1))):
                    set_role(tp, "interviewer", 0.85, "introduces self as co-host")
        # the opener names a co-host: "with me as always is Dev Raman", "mein Co-Host ..."
        for m in _COHOST.finditer(first_texts[welcomed][:400]):
            said = set(_words(m.group(1)))
            for p in people:
                if not p.generic and p is not turn_people[welcomed] and said & set(_words(p.name)):
                    set_role(p, "interviewer", 0.85, "named co-host by the opener")
    # witnesses named anywhere in the chair's speech
    if has_chair:
        # the sentences of the chair's speech that mention a witness
        # (a text read only for the chair's turns: each reading may cut it from the source)
        witness_text = " ".join(
            sentence
            for i, q in enumerate(turn_people)
            if q is not None and q.role == "moderator"
            for t in (texts[i],)
            # ("witness", "Witness" or "WITNESS": two plain searches, where folding the case
            # of every turn of the chair cost more than all the rest of the roles)
            if "itness" in t or "ITNESS" in t
            for sentence in _SENTENCES.split(t)
            if "witness" in sentence.casefold()
        )
        for p in people:
            if not witness_text or p.role != "unknown" or p.generic:
                continue
            last = p.name.split()[-1]
            if re.search(
                r"(?i)witness\w*[^.]{0,200}?"
                + re.escape(p.name)
                + "|"
                + re.escape(p.name)
                + r"[^.]{0,40}?witness",
                witness_text,
            ) or (
                last
                and re.search(
                    r"(?i)witness\w*[^.]{0,200}?\b" + re.escape(last) + r"\b", witness_text
                )
            ):
                set_role(p, "interviewee", 0.85, "named as witness by the chair")
    # a chamber: members (a member's title, a party after the name) ask, the government's
    # offices answer
    kinds = {id(p): _chamber_kind(p) for p in people if not p.generic}
    for p in people:
        if kinds.get(id(p)) == "member" and p.affiliation and _said_as_place(p.affiliation, texts):
            kinds[id(p)] = ""  # ("MAURA (Castlebar)": a caller's town, no party)
    if (has_chair or _floor_chair(stats)) and "government" not in kinds.values():
        # the chair gives the floor by office ("The Minister of Health."): the next speaker,
        # labelled by name alone ("Hon. Gregory Lam"), holds a government's office (the
        # first turns only: each turn's text is made when read)
        for i in range(min(len(turn_people) - 1, _FLOOR_BY_OFFICE_TURNS)):
            tp, nxt = turn_people[i], turn_people[i + 1]
            if tp is None or tp.role != "moderator" or nxt is None or nxt is tp or nxt.generic:
                continue
            if kinds.get(id(nxt)) != "":
                continue
            text = texts[i]
            if len(text) > 80:
                continue
            # (the office opens the hand-over: "The Minister of Health.", "M. le ministre")
            if _office_called(text) & GOVERNMENT_TITLES:
                kinds[id(nxt)] = "government"
    # a chamber: a chair, or members of two parties or more ("Gerkens (SP)", "Bakker (D66)")
    # (or a chair read from the floor they give, before a government that answers)
    chamber = (
        has_chair
        or sum(1 for k in kinds.values() if k == "member") >= 2
        or ("government" in kinds.values() and _floor_chair(stats))
    )
    if chamber and not has_q:  # (with a "Q" from the floor, the panel answers)
        # (someone of no party or office asks: a council's question time for citizens,
        # where members who answer them are no members who ask)
        outsiders_ask = any(
            kinds.get(id(q)) == "" and (v := stats.get(id(q))) is not None and v[1] > 0
            for q in people
        )
        for p in people:
            if p.confidence >= 0.7 or p.generic or id(p) not in stats:
                continue
            kind = kinds[id(p)]
            if kind == "government":
                set_role(
                    p, "interviewee", 0.7, f"a government office in a chamber ({p.title or p.name})"
                )
            elif kind == "member" and not (outsiders_ask and _answers_only(stats[id(p)])):
                why = p.title or f"party {p.affiliation}"
                set_role(p, "interviewer", 0.7, f"a member in a chamber ({why})")
            elif p.parts.office and p.key.split()[-1] in _WEAK_CHAIRS:
                # "Presidente." alone among members of parties: the sitting's chair, not a
                # head of state who answers
                set_role(p, "moderator", 0.85, f"the chair's office in a chamber ({p.name})")
        if any(k == "government" for k in kinds.values()):
            # (a press conference's askers labelled by a mark or a generic word: "P.-", "Q")
            marked_askers = any(len(q.key) == 1 or q.generic for q in people)
            # question time: a speaker of no office who asks the government is a member
            for p in people:
                s = stats.get(id(p))
                if (
                    s is not None
                    # (or one who neither asks nor answers: a member's point of order, a
                    # request for the floor)
                    and (
                        s[1] > 0
                        or (
                            p.confidence < 0.5
                            and p.role in ("other", "unknown")
                            and p.parts.honorific is not None  # ("Mr P J VAN ROOYEN")
                            and not p.title
                            # (one who answers an asker labelled by a mark is on the
                            # government's side: a minister labelled "Sr. Ibarra.-" beside
                            # the spokesperson and "P.-")
                            and not (s[2] and marked_askers)
                        )
                    )
                    and p.confidence < 0.65
                    and not p.generic
                    and kinds.get(id(p)) == ""
                    and not _hands_out_floor(s, len(stats))
                    # (the members in chorus, "Hon. Members: Aye", are no one who asks)
                    and p.key not in _CHORUS
                ):
                    why = (
                        f"asks the government in {s[1]} turns"
                        if s[1]
                        else "a member before the government in question time"
                    )
                    set_role(p, "interviewer", 0.65, why)
    # 3. who hands out the floor: a debate's or a meeting's moderator, a call's host
    top_answers = max((v[2] for v in stats.values()), default=0)
    for p in people:
        s = stats.get(id(p))
        if s is None or p.confidence >= 0.9 or len(stats) < 3:
            continue  # (one on one, there is no floor to hand out)
        turns, q, answers, handoffs, _opens, _c = s
        if has_q and answers >= handoffs:
            continue  # (a briefing: the official gives the floor to the press and answers it)
        # (one who asks as often as they hand over, and seldom hands over, to a guest who
        # answers most of the questions, interviews: a podcast's host who welcomes the
        # guest and plays a listener's message; a phone-in's host, whose callers answer
        # once or twice each, takes the calls)
        # (a round table's host gives the floor to a panel of two or more who ask, each in
        # most of their turns, beside the guest who answers them all: the moderator)
        if (handoffs >= 3 and handoffs * 4 >= turns) or (
            handoffs >= 2
            and answers == 0
            and (
                q < handoffs
                or top_answers < _GUEST_ANSWERS
                or sum(1 for k, v in stats.items() if k != id(p) and v[1] * 2 >= v[0] > 0) >= 2
            )
        ):
            # (the floor handed out in half its turns or more outweighs opening the show:
            # a briefing's moderator welcomes the press, then gives each question its turn)
            conf = 0.86 if handoffs >= 3 and handoffs * 2 >= turns else 0.85
            set_role(p, "moderator", conf, f"hands out the floor in {handoffs} of {turns} turns")
            # (a host known as such who also hands over, "welcome ... with me is ...", chairs
            # no meeting)
            has_chair = has_chair or p.role == "moderator"
    # a debate or a town hall: whoever opens it moderates
    if turn_people and turn_people[0] is not None and first_texts:
        p = turn_people[0]
        if p.confidence < 0.88 and TOWN_HALL.search(first_texts[0][:600]) and len(stats) >= 3:
            set_role(p, "moderator", 0.88, "opens the meeting")
            has_chair = True
        # (a host or an anchor by label opens a debate as its moderator: "ANCHOR:", "एंकर:")
        hosting = p.role == "interviewer" and p.parts.name.casefold() in _HOST_WORDS
        if (
            # (or a moderator by label or title already: its candidates still answer)
            (p.confidence < 0.9 or hosting or p.role == "moderator")
            and DEBATE.search(first_texts[0][:600])
            and len(stats) >= 3
        ):
            set_role(p, "moderator", 0.96 if hosting else 0.88, "opens the debate")
            has_chair = True
            # the candidates answer the moderator's questions, whatever they say to each other
            for cand in people:
                if cand is not p and cand.confidence < 0.7 and id(cand) in stats:
                    set_role(cand, "interviewee", 0.65, "a candidate in the debate")
    # a moderated panel or talk show: the guests answer the moderator, whatever they say
    # to each other (not in a chamber, whose members ask)
    # (or an event whose chair opens it by asking "each of our four guests", "the panel")
    panel_named = any(
        tp is not None and tp.role == "moderator" and _PANEL_OPENING.search(t[:600]) is not None
        for t, tp in zip(first_texts[:2], turn_people[:2], strict=False)
    )
    if (has_panel and not any(kinds.values())) or panel_named:
        for p in people:
            s = stats.get(id(p))
            if s is not None and p.confidence < 0.6 and not p.generic and s[1] * 2 <= s[0]:
                set_role(p, "interviewee", 0.6, "a guest of the moderator")
    # 4. briefings: the officials answer the press
    if has_q:
        for p in people:
            if p.confidence < 0.7 and not p.generic:
                s = stats.get(id(p))
                if s is not None and s[1] * 2 > s[0]:
                    continue  # asks more than half the time: not an official
                set_role(p, "interviewee", 0.75, "answers the questions of an unnamed asker (Q)")
    # whoever introduced a guest in the first turns ("with me is ...") is the interviewer
    for t, tp in zip(first_texts[:6], turn_people[:6], strict=False):
        if tp is None or tp.role != "unknown" or tp.generic:
            continue
        p = tp
        for m in _GUEST_CUES.finditer(fold_same_length(t)):
            window = t[m.end() : m.end() + 60]
            if any(
                q is not p
                and q.role == "interviewee"
                and not q.generic
                and (q.name.split()[0] in window or q.name.split()[-1] in window)
                for q in people
            ):
                set_role(p, "interviewer", 0.7, "introduces the guest")
                break
    if (
        not chamber
        and sum(1 for k in kinds.values() if k == "government") == 1
        and not any(p.role == "moderator" or p.parts.office for p in people)
        and all(not p.title for p in people if kinds.get(id(p)) != "government")
        and sum(1 for k in kinds.values() if k == "member") == 0
    ):
        # an interview outside a chamber with one member of a government ("BAKAN NEVZAT
        # KARAOĞLU", "Minister Ann Lee"): the government answers, the others ask it
        for p in people:
            if kinds.get(id(p)) == "government" and p.confidence < 0.7 and id(p) in stats:
                post = p.title or p.parts.title
                why = (
                    f"a member of the government ({post})" if post else "a member of the government"
                )
                set_role(p, "interviewee", 0.8, why)
    _call_askers(people, turn_people, texts, stats, set_role)
    # 5. the conversation's shape for the rest: who asks and who answers
    decided = [p for p in people if p.confidence >= 0.7]
    has_asker = any(p.role == "interviewer" for p in decided)
    has_answerer = any(p.role == "interviewee" for p in decided)
    rest: list[tuple[Person, str, str]] = []
    witnessed = any(p.role == "interviewee" and p.confidence >= 0.7 for p in people)
    meeting = (
        has_chair
        and not witnessed
        and sum(
            v[2] for p in people if p.role != "moderator" and (v := stats.get(id(p))) is not None
        )
        < 2
    )
    total = sum(v[5] for v in stats.values()) or 1
    main: Person | None = None
    guest = any(p.role == "interviewee" and p.confidence >= 0.8 for p in people)
    hosted = any(
        p.role == "interviewer" and p.confidence >= 0.9 and p.parts.role_word for p in people
    )
    if not meeting and len(stats) >= 2:
        # whoever holds most of the conversation and asks little answers the others
        # ("long turns after short ones"); with a guest known, only an unnamed voice may
        top = max(
            (
                p
                for p in people
                if p.confidence < 0.7
                and id(p) in stats
                and (not has_answerer or (p.generic and p.key in UNDECIDED))
            ),
            key=lambda p: stats[id(p)][5],
            default=None,
        )
        if top is not None:
            turns, q, _a, hands, _o, chars = stats[id(top)]
            others_ask = any(v[1] for k, v in stats.items() if k != id(top))
            # (a turn that hands over asks too: "Last question: how confident ...?", "Go
            # ahead and open the link": whoever leads the others does not answer them)
            if chars * 100 >= total * 35 and (q + hands) * 100 <= turns * 35 and others_ask:
                main = top
                share = round(100 * chars / total)
                set_role(top, "interviewee", 0.6, f"speaks most ({share}%) and asks little")
                has_answerer = True
    for p in people:
        s = stats.get(id(p))
        if s is None or p.confidence >= 0.7 or len(stats) < 2 or p is main:
            continue  # (a speaker alone neither asks nor answers anyone)
        turns, q, answers, hands, _o, _c = s
        # (one who asks and also hands over, "Go ahead and open the link", "Last question:
        # how ...?", leads the others: a hand-over counts as asking)
        led = q + hands if q else 0
        if led > answers and (led * 10 >= turns * 3 or (main is not None and led * 4 >= turns)):
            why = f"asks in {q} and hands over in {hands} of {turns} turns" if hands else ""
            rest.append((p, "interviewer", why or f"asks in {q} of {turns} turns"))
        elif (
            not p.generic
            and q == 0
            and answers == 0
            and turns >= 3
            and sum(1 for k, v in stats.items() if k != id(p) and v[1] > 0) >= 2
        ):
            # a press conference: the one who speaks between the guests and the several
            # who ask them, and asks nothing, chairs it ("主持人")
            rest.append((p, "moderator", f"asks in 0 of {turns} turns among askers"))
        elif (
            guest
            and not p.generic
            and (q > 0 or turns >= 2)
            and not (hosted and q == 0)
            # (one who never asks and answers the askers is another guest: a minister
            # beside the spokesperson at a press conference)
            and not (q == 0 and answers >= 2)
        ):
            # (with a host known by the label's word, one who asks nothing is another guest:
            # "PRESENTER (ANNA MORRIS)", "CONTRIBUTOR", then "OKWU")
            # a show with a guest: whoever else talks with the guest hosts it
            rest.append((p, "interviewer", f"talks with the guest; asks in {q} of {turns} turns"))
        elif answers > 0 and answers >= q:
            rest.append((p, "interviewee", f"answers in {answers} of {turns} turns"))
        elif has_asker and q * 5 < turns:
            rest.append((p, "interviewee", f"asks in {q} of {turns} turns"))
        elif has_answerer and q > 0:
            rest.append((p, "interviewer", f"asks in {q} of {turns} turns"))
        elif q >= 2 and answers == 0 and any(v[2] for k, v in stats.items() if k != id(p)):
            # (a reporter whose voice-over narrates between the questions others answer:
            # "DAVIDE MARRAS FUORI CAMPO", then "DAVIDE MARRAS")
            rest.append((p, "interviewer", f"asks in {q} of {turns} turns, answered"))
        else:
            rest.append((p, "other", f"asks in {q}, answers {answers} of {turns} turns"))
    if meeting:
        # a chaired meeting where hardly anyone answers anyone: members speaking in turn
        rest = [(p, "other", "speaks in a chaired meeting: " + why) for p, _r, why in rest]
        for p, _r, why in rest:
            set_role(p, "other", 0.6, why)
        rest = []
    got = {role for _p, role, _w in rest}
    # everyone asks in most of their turns: no one is being interviewed
    all_ask = (
        len(rest) >= 2
        and not has_asker
        and not has_answerer
        and all(stats[id(p)][1] * 2 >= stats[id(p)][0] for p, _r, _w in rest)
    )
    equals = all_ask or (
        len(rest) >= 2
        and len(got) == 1
        and not (got & {"interviewer"} and has_answerer)
        and not (got & {"interviewee"} and has_asker)
    )
    for p, role, why in rest:
        if equals and role != "other":
            set_role(p, "other", 0.4, "a conversation of equals: " + why)
        else:
            conf = 0.4 if role == "other" else 0.65 if witnessed else 0.6
            set_role(p, role, conf, why)
    if show_hosts and not callers:
        _played_voices(show_hosts, turn_people, texts, stats, set_role)


def _has_word(text: str, word: str) -> bool:
    """Is ``word`` in ``text`` as a whole word, in any case?"""
    low, key = text.casefold(), word.casefold()
    at = low.find(key)
    while at >= 0:
        end = at + len(key)
        if (at == 0 or not _word_char(low[at - 1])) and (
            end >= len(low) or not _word_char(low[end])
        ):
            return True
        at = low.find(key, at + 1)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _quote(text: str, size: int = 80) -> str:
    """A sentence quoted as evidence, cut at a word."""
    text = " ".join(text.split())
    if len(text) > size:
        text = text[:size].rsplit(" ", 1)[0] + " …"
    return f"“{text}”"


def _mentions(phrase: str, p: Person) -> bool:
    words = set(_words(phrase))
    pw = _words(p.name)
    return bool(pw) and pw[-1] in words
