"""The line lexer: classifies each line of the text and folds speech into coarse tokens.

It works in two passes, because whether a line is a label depends on the document:

1. every line is matched against the patterns of ``grammar/lines.lark`` and label
   candidates are counted into a roster of names;
2. candidates are accepted or rejected with that roster (a name seen several times is
   a speaker; ``Efi Koutsokosta"`` is accepted because ``Efi Koutsokosta:`` is), and the
   tokens are emitted, consecutive speech lines folded into one ``SPEECH`` token.

The parser (LALR, ``grammar/transcript.lark``) then reads these tokens.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterator, MutableSequence, Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, compress, islice, pairwise
from operator import add
from typing import Any

from lark.lexer import Lexer

from .._regex import lazy
from ..people.examinations import examination_headings, sworn_headings
from ..people.names import (
    ADDRESS,
    HONORIFICS,
    NOT_NAMES,
    ROLE_WORDS,
    TITLE_WORDS,
    WORLD_TITLES,
    caseless_letter,
    inverted_name,
    is_generic,
    is_section_head,
    name_key,
    plausible_name,
    strip_markup,
)
from ..people.roles import label_role
from .grammar import line_patterns
from .messages import SYSTEM_LINE, is_app_item
from .styles import (
    BY_NAME,
    FROM_LAYOUT,
    GAP_MARKS,
    GAP_PAIRS,
    MARKED,
    NEEDS_RECURRENCE,
    NUMBERED_PAIRS,
    OWN_LAYOUT,
    PAIRED_MARKS,
    QA_PAIRS,
    Cand,
    Evidence,
    LabelMatch,
    Signature,
    caps_heading,
    form_signature,
    in_style,
    label_matcher,
    name_is_person_like,
    parse_time,
    reread_sentence_label,
    rstrip_span,
    sentence_in_name,
    signature,
    titled,
)
from .widgets import (
    SHARE_TARGETS,
    is_ad_key,
    is_box_key,
    is_caption_credit,
    is_comments_heading,
    is_kicker,
    is_media_link,
    is_paywall,
    is_poll_key,
    is_related_key,
    is_transcript_end,
    is_widget_key,
    is_widget_line,
)

#: A form of label: its style, name, whether its speech is on its line, whether it is marked
Form = tuple[str, str, bool, bool]

# Line classes of pass 1 (one character each, kept in a bytearray-like list).
BLANK, SPEECH, LABEL, TIME, CUE_TIMING, STAGE, PAGE, META, FRONT, TIMED_TEXT = range(10)

_F4_STAMP = lazy(r"[ \t]*#\d{1,2}:\d{2}:\d{2}(?:[-.,]\d{1,3})?#$")
# (a clock of twelve hours too: a Discord message grouped under its sender, "[8:01 PM]Hi")
_TIMED_TEXT = lazy(
    r"\[(?P<ts>-?\d{1,2}(?::\d{2}){1,3}(?:[.,]\d{1,3})?)(?:[ \u202f][AP]M)?\][ \t]*(?P<rest>\S.*)"
)
# a subtitle's formatting tags (SRT and WebVTT players read these)
_CAPTION_TAGS = lazy(r"(?:<(?:i|b|u|font)(?:[ \t][^<>\n]{0,80})?>[ \t]*)+")
# a protocol export's style tag repeated around a line ("<< יור >> היו"ר דוד אלמוג: << יור >>")
_EXPORT_TAGS = lazy(
    r"<<[ \t]*(?P<tag>[^<>\n]{1,24}?)[ \t]*>>[ \t]*(?P<inner>\S.*?)[ \t]*<<[ \t]*(?P=tag)[ \t]*>>"
)
_TAGGED_MIN = 2  # (labels between style tags: the export's convention, not one line's)
# (or a rule with a mark in its middle, as the Turkish Assembly's record closes a sitting,
# "----- 0 -----", and other records "---o0o---")
_RULE = lazy(
    r"(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|[―─━=~]{3,}[ \t]*"
    r"|-{3,}[ \t]*(?:0|o|o0o|oOo)[ \t]*-{3,}[ \t]*"
)
_PAGE_BREAK = lazy(r"-{2,}[ \t]*[Pp]age[ \t]+\d+[ \t]*-{2,}")  # (as the readers mark one)
_CAPTION_CREDIT = lazy(
    r"\b(?:Photograph|Photo|Image|Illustration|Picture)(?: credit)?[ \t]*:[ \t]*[^.!?]{1,80}$"
)
# A line in capitals of three or more words with no sentence punctuation at its end:
# "ORAL ARGUMENT OF KRISTEN K. WAGGONER", "ON BEHALF OF THE PETITIONERS"
_CAPS_HEADING = lazy(r"[A-Z0-9][A-Z0-9.,'’&\-]*(?:[ \t]+[A-Z0-9][A-Z0-9.,'’&\-]*){2,14}")
_HEADING_LINE = lazy(
    r"(?:(?:RE)?(?:DIRECT|CROSS|REDIRECT|RECROSS)[- ])?EXAMINATION(?: \(continued\))?|I N D E X|INDEX|EXHIBITS?|PROCEEDINGS|APPEARANCES:?"
)
# An established speaker in capitals with no terminator: "INTERVIEWER   What did ...", "MODERATOR That's all"
_CAPS_WORD_MARKS = frozenset(".'’-")  # (inside a word in capitals: "O'NEIL", "JEAN-PAUL")
_CAPS_WORDS = 5


def _caps_word_end(text: str, k: int, b: int) -> int:
    """The end of a word in capitals of any script at ``k`` ("ΣΤΕΛΙΟΣ", "O'NEIL"), or ``k``."""
    if k >= b or not text[k].isupper():
        return k
    j = k + 1
    while j < b and (text[j].isupper() or text[j] in _CAPS_WORD_MARKS):
        j += 1
    return j if j == b or not text[j].isalnum() else k  # ("ABCdef", "A1": no such word)


def _caps_bare(text: str, a: int, b: int) -> tuple[int, int] | None:
    """A name of up to five words in capitals at ``a``, then the speech with no colon
    between ("ANN LEE Thank you.", "ΣΤΕΛΙΟΣ Και ο κόσμος;"): (the name's end, the speech's
    start), the longest name the speech may follow (two blanks, or one and a capital, a
    quote mark or a bracket), or None."""
    if a + 1 < b and text[a + 1].islower():
        return None  # (most lines of speech: "Efi ...", "The ...")
    ends: list[int] = []
    k = a
    while len(ends) < _CAPS_WORDS:
        j = _caps_word_end(text, k, b)
        if j == k:
            break
        ends.append(j)
        if j + 1 >= b or text[j] not in " \t" or text[j + 1] in " \t":
            break
        k = j + 1
    for j in reversed(ends):
        if j + 1 >= b or text[j] not in " \t":
            continue
        r = j + 1
        if text[r] in " \t":
            while r < b and text[r] in " \t":
                r += 1
            if r < b:
                return j, r
        elif text[r].isupper() or text[r] in '"“(':
            return j, r
    return None


# (up to four digits: a qualitative interview's transcript numbers its lines on, 1 to 2000)
_LINE_NUMBER = lazy(r"[ \t]{0,12}(\d{1,4})(?:[ \t]+|$)")
_SENTENCE_END = lazy(r"""[.?!:;"”’')\]…—–\-。？！：；」』）।։]\s*$""")
_EXAMINATION = lazy(r"(?i)(?:(?:re)?(?:direct|cross)[ -]examination\s+)?by\s+(.{2,60}?):?\s*$")
_WIDGET_KEY_CHARS = 32  # (a widget's key alone on its line is no longer)
_ENDS_SENTENCE = lazy(r"""[.?!…。？！؟।][\s"”’»)\]）」』*_]*$""")
_SWORN_NOTE = lazy(r"\b(?:sworn|affirmed)\b[^\n]{0,80}?\btestified\b[^\n]{0,40}:[ \t]*$", re.M)
_EXAMINATION_OPENS = ("by", "direct", "cross", "re")  # how an _EXAMINATION line opens
_HEADING_FIRST = frozenset("RDCEIPA")  # what a _HEADING_LINE can start with


class LineToken:
    """A token for lark's parser, with our line information: one slotted object per token.

    Lark's LALR parser reads a token's ``type`` (and its position, for an error); the
    callbacks pass the token on. So a token is no ``lark.Token``, a ``str`` subclass whose
    text is a second object: this plain class is less than two thirds of its size, and a
    big document holds a token per turn until the turns are drafted.

    ``value`` is the line's text where it is wanted (a label, a timestamp, furniture), else
    "". ``kind`` says what the line is ("speech", "time", "stage", a label's style, a page
    furniture kind...); a label carries its speaker's name as written (``name``) and any
    footnote mark glued to it (``fn``), not its candidate, which goes once the token is
    made, and its ``speech``: when speech follows it directly, that speech's token (one
    token per turn for the parser), or, when all its speech is on its own line, only the
    offset where that speech starts (an int it shares with the candidate: no list or
    tuple per turn). A SPEECH token lists where each of its lines starts in
    ``content_starts``; timestamps carry their seconds. ``line`` is the line it starts on
    (1-based), except a label's in a big text (BIG_TEXT): 0, not kept (it would hold an int
    per turn); its line is the one that holds its start. A token's last line is not kept
    either (a slot more makes every token bigger: benchmarks/README.md, "Design
    measurements"). lark reads the line
    only of the last token, for the position of the end token it makes, which only a
    parse error would show (the grammar accepts every token sequence): after a label,
    that line is 0.
    """

    __slots__ = (
        "content_starts",
        "end_pos",
        "end_time",
        "fn",
        "kind",
        "line",
        "name",
        "speech",
        "start_pos",
        "start_time",
        "type",
        "value",
    )
    # (lark reads a column for the position of an error: the tokens are whole lines)
    column = 1
    end_column = 1

    def __init__(
        self,
        type_: str,
        value: str,
        start: int,
        end: int,
        line: int,
        kind: str,
        name: str | None = None,
        fn: str | None = None,
        start_time: float | None = None,
        end_time: float | None = None,
        content_starts: list[int] | None = None,
    ) -> None:
        self.type = type_
        self.value = value
        self.start_pos = start
        self.end_pos = end
        self.line = line
        self.kind = kind
        self.name = name
        self.fn = fn
        self.start_time = start_time
        self.end_time = end_time
        self.content_starts: list[int] = _NO_LINES if content_starts is None else content_starts
        self.speech: LineToken | int | None = None  # (a label's: see above)

    @property
    def end_line(self) -> int:
        return self.line

    def __repr__(self) -> str:
        return f"LineToken({self.type!r}, {self.value!r}, {self.start_pos}-{self.end_pos})"


_NO_LINES: list[int] = []  # the lines of a token without speech (never changed, only replaced)


#: Documents of at least this many characters keep a paragraph that is one line of the
#: source as it stands as a :class:`~transcript.reading.build.LinePara`: its speech is then held
#: once (in the source), not twice, until the turns are written. That costs cutting it
#: again each time it is read, which only a big document's memory is worth (the numbers:
#: benchmarks/README.md, "Design measurements"); the output is the same either way. Their
#: line tables are arrays, for the same reason (see :func:`line_table`).
BIG_TEXT = 4_000_000


#: What a line may open with before its text: blanks, a byte-order mark, invisible marks,
#: and the ideographic space that Chinese and Japanese pages indent paragraphs with ("　　")
LINE_INDENT = " \t\ufeff\u00a0\u200b\u200e\u200f\u3000"


def is_big(size: int) -> bool:
    """Is a text of ``size`` characters held the compact way (BIG_TEXT)? The one place the
    choice is made: the line tables, the line classes, the paragraphs and the label lines
    of a document all follow it (through ``Scan.big``)."""
    return size >= BIG_TEXT


# A caption cue with no name that starts within this many seconds of the previous cue's
# end continues that cue's speech.
CUE_CONTINUES = 0.25
LABELLED_CUE_CONTINUES = 1.0  # (seconds: a pause within one speaker's subtitles)


@dataclass
class Scan:
    """The classified lines of one text: what the parser reads."""

    text: str
    # (lists, or for a big text, arrays: see line_table)
    starts: MutableSequence[int]  # line start offsets
    ends: MutableSequence[int]  # line end offsets (before the line break)
    content: MutableSequence[int]  # offset where a line's content starts (after line numbers)
    layout: str = "labelled"
    numbered: bool = False
    caption: str | None = None  # "vtt" | "srt"
    tokens: list[LineToken] = field(default_factory=list)
    roster: Counter[str] = field(default_factory=Counter)
    repairs: list[Cand] = field(default_factory=list)
    examinations: list[tuple[int, str]] = field(default_factory=list)
    #: labels of a question time's main questions and answers ("NAME aliuliza:-")
    asked: bool = False
    has_labels: bool = False
    footnote_lines: set[int] = field(default_factory=set)
    header_lines: set[int] = field(default_factory=set)
    heading_lines: set[int] = field(default_factory=set)
    markdown: bool = False
    #: the styles of the labels that the whole document accepted (repaired ones aside)
    styles: set[str] = field(default_factory=set)
    big: bool = False  # at least BIG_TEXT characters (see there)
    #: the label signatures the whole document establishes as its layout (see _resolve)
    established: set[Signature] = field(default_factory=set)
    #: the label styles used, most used first: (style, labels, speakers, confidence)
    label_styles: list[tuple[str, int, int, float]] = field(default_factory=list)

    def line_of(self, offset: int) -> int:
        """0-based line index of an offset."""
        from bisect import bisect_right

        return bisect_right(self.starts, offset) - 1


def line_table(size: int) -> MutableSequence[int]:
    """An empty table of offsets (or small numbers) for the lines of a text of ``size``
    characters: a list, or for a big text (BIG_TEXT), an array of machine integers.

    A list holds an int object per line, an array a machine integer. Reading an array makes
    an int each time, though, so a scan of an array is slower, which only a big document's
    memory is worth (benchmarks/README.md, "Design measurements")."""
    if not is_big(size):
        return []
    return array("i" if size < 2**31 else "q")


def split_lines(text: str) -> tuple[MutableSequence[int], MutableSequence[int]]:
    """Line start and end offsets; line breaks are LF, CRLF or CR."""
    starts = line_table(len(text))
    ends = line_table(len(text))
    if "\r" not in text:
        # from the lengths of the lines, without a Python step per line: each line starts
        # after the previous one and its line break
        lengths = _line_lengths(text)
        starts.append(0)
        starts.extend(accumulate(map((1).__add__, lengths[:-1])))
        ends.extend(map(add, starts, lengths))
        return starts, ends
    pos = 0
    for m in re.finditer(r"\r\n|\r|\n", text):
        starts.append(pos)
        ends.append(m.start())
        pos = m.end()
    starts.append(pos)
    ends.append(len(text))
    return starts, ends


def _line_lengths(text: str, step: int = 1 << 20) -> list[int]:
    """The length of each line of ``text`` (split at LF), a piece of about ``step``
    characters at a time. ``text.split`` at once would hold every line as a string of its
    own, a second copy of the text: freed at once, but the allocator keeps what it got, and
    the process stays that much bigger."""
    if len(text) <= step:
        return list(map(len, text.split("\n")))
    out: list[int] = []
    a = 0
    n = len(text)
    while a + step < n:
        b = text.find("\n", a + step)
        if b < 0:
            break
        out.extend(map(len, text[a:b].split("\n")))  # (its last line ends at b)
        a = b + 1
    out.extend(map(len, text[a:].split("\n")))
    return out


class LineLexer(Lexer):
    """Lark lexer interface over a :class:`Scan` passed to ``Lark.parse``."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[LineToken]:  # type: ignore[override]
        scan: Scan = data
        yield from scan.tokens


# ---------------------------------------------------------------- pass 1


# Question marks that are words and colon labels ("Вопрос:" / "Ответ:" under "На вопросы
# защитника подсудимый ... пояснил:")
_WORD_MARKS = ("вопрос", "питання", "запитання")


def _mark_examination_headings(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """Lines saying who examines the witness ("... WAS EXAMINED AS FOLLOWS BY MR. SMITH:",
    wrapped over two lines too; "חקירה נגדית לשאלות עו"ד קרמר:") are headings, not
    labels or speech (the speakers stage reads who they name)."""
    for a, b, _who in examination_headings(scan.text):
        i = scan.line_of(a)
        last = scan.line_of(max(a, b - 1))
        for k in range(i, last + 1):
            kinds[k] = META
            extra[k] = "examination"
            cands[k] = None
    if "sworn" not in scan.text and "affirmed" not in scan.text and "(cont" not in scan.text:
        return
    for m in sworn_headings(scan.text):  # ("MR DAVID ORMEROD (affirmed)": a heading)
        k = scan.line_of(m.start(1))
        kinds[k] = META
        extra[k] = "examination"
        cands[k] = None
    # the record's note that a witness was called and sworn ("SERGEANT ... LYLE, U.S. Army,
    # was called as a witness for the prosecution, was sworn, and testified as follows:"),
    # a paragraph of its own between turns: narration, not the last speaker's words (before
    # the first turn the header's reading stands)
    for m in _SWORN_NOTE.finditer(scan.text):
        i = scan.line_of(m.start())
        if kinds[i] != SPEECH or LABEL not in kinds[:i]:
            continue
        while i > 0 and kinds[i - 1] == SPEECH:
            i -= 1
        while i < len(kinds) and kinds[i] == SPEECH:
            kinds[i] = META
            extra[i] = "narration"
            i += 1


# The words a parliamentary record's reaction line opens with, where it prints reactions
# as paragraphs of their own without brackets (the Portuguese Assembleia: "Aplausos do PS.",
# "Protestos do CH.", "Risos."; the same unbracketed in other records: "Applause.",
# "Beifall bei der SPD.", "Applaudissements sur les bancs du groupe RN.")
_REACTION_WORDS = frozenset(
    "aplausos aplauso protestos risos burburinho murmúrios applause laughter interruption"
    " interruptions beifall heiterkeit zurufe applaus applaudissements rires exclamations"
    " protestations risas protestas rumores applausi risate proteste oklaski śmiech gelach"
    # (Ontario's and Westminster-style records: "Interjections.")
    " interjections interjection"
    " аплодисменты смех оплески сміх".split()
)


# a Westminster-style record's note of the House's business, a paragraph of its own
# ("Question put and agreed to.", "Bill read a Second time.", "Motion agreed to.", "Motion
# adoptée.", "Derbyniwyd y cynnig.")
_PROCEDURE_OPENS = (
    "question put",
    "question proposed",
    "question agreed",
    "question negatived",
    "bill read a",
    "motion agreed",
    "motion negatived",
    "amendment agreed",
    "amendment negatived",
    "sitting suspended",
    "division called",
    "motion adoptée",
    "la motion est adoptée",
    "amendement adopté",
    "la séance est suspendue",
    "derbyniwyd y cynnig",
)
_PROCEDURE_CHARS = 80


_PROBE_LABELS = 100  # (the labels a layout's test reads before it gives up)
_NAME_REST_CHARS = 48  # (the most a name after a role's colon takes: "KETUA: RATNA SARI DEWI")


# A vox pop's label: a name of one to four words, the age in brackets or between commas,
# then what the person does and where ("Gerda Lindemann (71), Rentnerin aus Wilhelmshöhe",
# "Lukas Brenner, 24, Azubi", "Ana Ruiz (34), enfermera, Vallecas")
_AGED_NAME = lazy(
    r"(?:(?:Dr|Prof|Dra)\.?[ \t]+)?[^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){0,3}"
    r"(?:[ \t]+\([^()\d]{0,40}?\d{1,3}(?:[ \t]+(?:Jahre|ans|años|anni|years))?(?:,[^()]{0,40})?\)|,[ \t]+\d{1,3},)"
    r"(?:,|[ \t]+\S)"
)


def _aged(name: str) -> bool:
    """A vox pop's label: see _AGED_NAME (the digits tested first, at C speed)."""
    return (
        ("(" in name or ", " in name)
        and any(c.isdigit() for c in name)
        and (_AGED_NAME.match(name) is not None)
    )


def _bilingual_score(name: str) -> int:
    """A label in two scripts, a name and its transliteration ("سالم الكتبي / Salem Al
    Ketbi", "Иван Петров / Ivan Petrov"), as a page printed in two languages labels its
    speakers: a name's score where both halves are names and one is in Latin letters."""
    from ..people.names import bilingual_halves

    halves = bilingual_halves(name)
    if halves is None or len(halves[0].split()) > 8:
        return 0
    # (the Latin half's reading: the other script's may hold an office and a comma,
    # "مديرة الاتصال، نورة السويدي / Communications director Noura Al Suwaidi")
    return plausible_name(halves[1])


#: verbs of asking and answering after a label's name (Swahili, English, Malay)
ASKING_VERBS = frozenset("aliuliza alijibu asked replied answered bertanya menjawab".split())
_ASKING_ENDS = tuple(" " + v for w in ASKING_VERBS for v in (w, w.upper(), w[0].upper() + w[1:]))


def _asked_answered(
    scan: Scan, cands: list[Cand | None], forms: dict[Form, list[int]], form: Form
) -> None:
    """Each line of a label form "NAME aliuliza" (asked) whose speech is under it, the
    Commonwealth Hansard's ":-" after the colon or nothing: read as the label "NAME"."""
    text = scan.text
    kind, name, _inline, marked = form
    k = name.rfind(" ")
    if name[k + 1 :].casefold() not in ASKING_VERBS:
        return
    bare = name[:k].rstrip()
    kept = []
    for i in forms.pop(form):
        cand = cands[i]
        assert cand is not None
        end, rest = cand.end, cand.rest
        if rest >= 0:
            if text[rest] != "-" or rest + 1 != rstrip_span(text, rest, scan.ends[i]):
                kept.append(i)
                continue
            end, rest = rest + 1, -1
        cands[i] = replace(cand, name=bare, end=end, rest=rest)
        forms.setdefault((kind, bare, False, marked), []).append(i)
    if kept:
        forms[form] = kept


# A question time's numbered questions: the number alone on its line ("Na. 183", "No. 42",
# "Question No. 17"), the question's title under it, then the member's label
_QUESTION_NUMBER_OPENS = ("\nNa. ", "\nNo. ", "\nQuestion No. ")
_QUESTION_TITLE_WORDS = 14


def _question_numbers(scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any]) -> None:
    """A question's number and its title between the turns of a question time ("Na. 183" /
    "Ujenzi wa Kituo cha Afya" / "MHE. ANN LEE aliuliza:-") are the record's headings, not
    the last speaker's words. Looked for only where main questions are so labelled (the
    searches of the whole text cost a document without them)."""
    text = scan.text
    n = len(kinds)
    for opens in _QUESTION_NUMBER_OPENS:
        at = text.find(opens)
        while at >= 0:
            i = scan.line_of(at + 1)
            at = text.find(opens, at + 1)
            a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
            if kinds[i] != SPEECH or not text[a + len(opens) - 1 : b].strip().isdigit():
                continue
            if i > 0 and kinds[i - 1] != BLANK:
                continue  # (a paragraph of its own)
            kinds[i] = META
            extra[i] = "heading"
            # the title: one short line with no sentence's end, right before a label
            j = i + 1
            while j < n and kinds[j] == BLANK:
                j += 1
            k = j + 1
            while k < n and kinds[k] == BLANK:
                k += 1
            if j < n and kinds[j] == SPEECH and k < n and kinds[k] == LABEL:
                a, b = scan.content[j], rstrip_span(text, scan.content[j], scan.ends[j])
                title = text[a:b]
                if len(title.split()) <= _QUESTION_TITLE_WORDS and title[-1:] not in _ENDS:
                    kinds[j] = META
                    extra[j] = "heading"


def _speech_under_own_line_labels(kinds: MutableSequence[int], cands: list[Cand | None]) -> None:
    """Where a document's labels stand on lines of their own, a colon right under one opens
    its speech, not another turn ("الخليج الآن / Gulf Now Today:" then "سؤال أخير: ما ...",
    "A last question: ..."; "INTERVIEWER:" then "Follow-up: and then?")."""
    own = inline = 0
    under: list[int] = []
    for seen, i in enumerate(compress(range(len(cands)), cands)):
        if seen == _PROBE_LABELS and (own < 2 * inline or not under):
            return  # (a document keeps to its layout: its first labels tell)
        cand = cands[i]
        if cand is None or kinds[i] != LABEL:
            continue
        if cand.rest < 0:
            own += 1
            continue
        inline += 1
        prev = cands[i - 1] if i > 0 else None
        if cand.kind == "colon" and prev is not None and kinds[i - 1] == LABEL and prev.rest < 0:
            under.append(i)
    if under and own >= 2 * inline:
        for i in under:
            kinds[i] = SPEECH
            cands[i] = None


def _speech_under(scan: Scan, kinds: MutableSequence[int], i: int) -> bool:
    """The next line but blanks after line ``i`` is speech not in capitals (a caption in
    capitals wraps its line under a label: "MR. LEE: WHY IS IT" / "FLAT?")."""
    n = len(kinds)
    j = i + 1
    while j < n and kinds[j] == BLANK:
        j += 1
    if j >= n or kinds[j] != SPEECH:
        return False
    return not scan.text[scan.content[j] : scan.ends[j]].isupper()


def _role_name_lines(scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None]) -> None:
    """A record that labels each speech with a line of its own, the role, a colon and the
    name in capitals ("1.  KETUA: RATNA SARI DEWI", "HAKIM ANGGOTA: ARIEF MAHENDRA", the
    speech on the lines under it): the name is the label's, not the speech's first words.
    Read so where two label lines or more have that shape and none has speech after a
    name in capitals."""
    text = scan.text
    found: list[int] = []
    for seen, i in enumerate(compress(range(len(cands)), cands)):
        if seen == _PROBE_LABELS and not found:
            return  # (a document keeps to its layout: its first labels tell)
        cand = cands[i]
        if cand is None or kinds[i] != LABEL or cand.kind != "colon" or cand.rest < 0:
            continue
        b = scan.ends[i]
        if b - cand.rest > _NAME_REST_CHARS:
            continue
        rest = text[cand.rest : b].strip()
        words = rest.split()
        if (
            2 <= len(words) <= 5
            and rest.isupper()
            and rest[-1] not in _ENDS
            and cand.name.isupper()
            and all(w.replace(".", "").replace("-", "").replace("'", "").isalpha() for w in words)
            and _speech_under(scan, kinds, i)
        ):
            found.append(i)
    if len(found) < 2:
        return
    for i in found:
        cand = cands[i]
        assert cand is not None
        end = rstrip_span(text, cand.rest, scan.ends[i])
        name = cand.name + ": " + " ".join(text[cand.rest : end].split())
        cands[i] = replace(cand, name=name, end=end, rest=-1)


def _mark_bare_reactions(
    scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], short: list[int]
) -> None:
    """A paragraph of one short line that opens with a reaction's word and ends with a
    period ("Aplausos do PSD e do CDS-PP.") is the record's note of the chamber's reaction,
    not the speaker's words (the speaker may go on after it: the turn is not ended). Only
    the short lines are looked at."""
    text, content, ends, n = scan.text, scan.content, scan.ends, len(kinds)
    for i in short:
        if kinds[i] != SPEECH or (i > 0 and kinds[i - 1] != BLANK):
            continue
        a, b = content[i], ends[i]
        # (cheap tests first: a capital, a paragraph of one line)
        # (a page's line under it, as a record's page ends there, does not join the two)
        if not text[a].isupper() or (i + 1 < n and kinds[i + 1] not in (BLANK, PAGE)):
            continue
        b = rstrip_span(text, a, b)
        if text[b - 1] != "." or text.find(":", a, b) >= 0:
            continue
        k = a
        while k < b and text[k] not in " .":
            k += 1
        if text[a:k].casefold() in _REACTION_WORDS or (
            b - a <= _PROCEDURE_CHARS and text[a:b].casefold().startswith(_PROCEDURE_OPENS)
        ):
            kinds[i] = META
            extra[i] = "narration"


# how a record narrates a witness's oath, at the end of a paragraph of its own
# ("Conformément à la procédure applicable aux commissions d'enquête, M. Olivier Tessier
# prête serment.", "The witness was sworn.", "Los comparecientes prestan juramento.")
_OATH_ENDS = (
    " prête serment.",
    " prêtent serment.",
    " was sworn.",
    " were sworn.",
    " was duly sworn.",
    " were duly sworn.",
    " took the oath.",
    " presta juramento.",
    " prestan juramento.",
    " presta giuramento.",
    " prestano giuramento.",
    " leistet den Eid.",
    " leisten den Eid.",
)
_OATH_NOTE_CHARS = 400
# who chairs a hearing, as the speakers' keys write it (case-folded, no accents): "Mme
# Claire Dumas, présidente", "Vorsitzende Richterin", "Chair"
_HEARING_CHAIRS = frozenset(
    "chair chairman chairwoman chairperson president presidente presidenta presidentin "
    "vorsitzende vorsitzender coroner judge juge juez giudice".split()
)


def _mark_oath_notes(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """A paragraph of one line that narrates a witness's oath right before a turn (a blank
    line between) is the record's, not the words of the turn before it: in a chaired
    hearing, only such paragraphs are looked at, found at C speed in the lines' kinds (no
    search of the whole text)."""
    # (a hearing has a chair: looked for among the speakers' keys, not the lines)
    if not any(
        w in _HEARING_CHAIRS or label_role(w) == "moderator"
        for key in scan.roster
        for w in key.split()
    ):
        return
    text, content, ends = scan.text, scan.content, scan.ends
    seq = kinds if isinstance(kinds, (bytes, bytearray)) else bytes(kinds)
    k = seq.find(_OATH_KINDS)
    while k >= 0:
        j = k + 1
        k = seq.find(_OATH_KINDS, k + 1)
        a, b = content[j], rstrip_span(text, content[j], ends[j])
        if text.endswith(_OATH_ENDS, a, b) and text[a].isupper() and b - a <= _OATH_NOTE_CHARS:
            kinds[j] = META
            extra[j] = "narration"


# (a blank line, the note's line, a blank line, the turn's label)
_OATH_KINDS = bytes((BLANK, SPEECH, BLANK, LABEL))


def _mark_dash_narration(scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any]) -> None:
    """Stenographic records whose labels end ".-" set their narration apart as paragraphs
    opening with a dash ("- Aplausos en la barra.", "-Asisten los señores senadores ..."):
    such a paragraph is no one's speech."""
    text, content, n = scan.text, scan.content, len(kinds)
    for i in range(n):
        if kinds[i] != SPEECH or (i > 0 and kinds[i - 1] != BLANK):
            continue
        a = content[i]
        if text[a] not in "-–—":
            continue
        # (the dash glued to the note's capital too: "-Aplausos.", "—Asume la Presidencia")
        if text[a + 1 : a + 2] not in (" ", "\t") and not text[a + 1 : a + 2].isupper():
            continue
        k = i
        while k < n and kinds[k] == SPEECH:
            kinds[k] = META
            extra[k] = "narration"
            k += 1


# the Congressional Record's notes of the Senate's and the House's business, each opening a
# paragraph ("There being no objection, the material was ordered to be printed in the
# Record, as follows:", "The legislative clerk proceeded to call the roll.")
_RECORD_NOTES = (
    "There being no objection, the ",
    "The legislative clerk ",
    "The assistant legislative clerk ",
    "The senior assistant legislative clerk ",
    "The bill clerk ",
    "The assistant bill clerk ",
    "The Clerk read ",
    "The question was taken",
)
_RECORD_NOTE_LINES = 4  # (a note's sentence, wrapped)

# The record's note of when the sitting met, broke, resumed or rose, a line of its own
# between the speeches or after the last ("At 11:32 a.m., the hearing was suspended.", "La
# seduta, sospesa alle 15,45, è ripresa alle 16.", "Przerwa w obradach w godz. 11:20."): a
# clock and the record's past or passive wording of the sitting (a chair who says when the
# sitting resumes says it in the future, "until", and is left alone)
_SITTING_CLOCK = lazy(r"\d{1,2}[.:,h]\d{2}(?!\d)")
_SITTING_NOTE_WORDS = (
    # (English)
    "was suspended|was adjourned|adjourned at|were suspended|rose at|resumed at|met at|"
    "was called to order|concluded at|closed at|ended at|recessed at|reconvened at|"
    "resumed. |reconvened. |adjourned. |suspended. |recessed. |"
    # (Italian, French, Spanish, Portuguese)
    "sospesa alle|ripresa alle|tolta alle|termina alle|suspendue à|reprise à|levée à|"
    "se levantó|se suspendió|se reanudó|se levanta la sesión|encerrada às|suspensa às|"
    "reaberta às|"
    # (German, Dutch, Polish, Estonian, Romanian, Croatian and Serbian)
    "unterbrochen um|geschlossen um|fortgesetzt um|geschorst om|gesloten om|hervat om|"
    "przerwa w obradach|zamknięto o|wznowiono o|lõppes kell|algas kell|"
    "a fost suspendată|s-a încheiat la|prekinuta u|zaključena u|nastavljena u"
)
_SITTING_NOTE_SET = tuple(_SITTING_NOTE_WORDS.split("|"))
_SITTING_NOT = (" will ", " shall ", " until ", "?")
# (Japanese minutes close and break with the time and a word: "午前十一時五十二分散会";
# a city's minutes in digits, half or full width: "午前11時2分休憩", "午後１時再開")
_JA_SITTING = lazy(
    r"(?:午前|午後)[〇一二三四五六七八九十0-9０-９]+時(?:[〇一二三四五六七八九十0-9０-９]+分)?"
    r"(?:散会|休憩|開会|開議|再開|閉会)[ \t\u3000]*"
)


def _mark_sitting_times(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
    short: list[int],
) -> None:
    """The record's notes of the sitting's times (see _SITTING_NOTE_WORDS), among the short
    lines: a note is short, and a clock searched through the whole text would cost more
    than all the rest of reading it."""
    text, content, n = scan.text, scan.content, len(kinds)
    for i in short:
        if kinds[i] != SPEECH or i == 0:
            continue
        a, b = content[i], rstrip_span(text, content[i], scan.ends[i])
        if text[a] == "午":
            if _JA_SITTING.fullmatch(text, a, b):
                kinds[i] = META
                extra[i] = "narration"
            continue
        if kinds[i - 1] != BLANK or (i + 1 < n and kinds[i + 1] not in (BLANK, PAGE, META)):
            continue  # (a paragraph of one line)
        if _SITTING_CLOCK.search(text, a, b) is None:
            continue
        line = f" {text[a:b].casefold()} "
        if any(w in line for w in _SITTING_NOT) or not any(w in line for w in _SITTING_NOTE_SET):
            continue
        p = _prev_nonblank(kinds, i)
        label = cands[p] if p >= 0 and kinds[p] == LABEL else None
        if label is not None and label.rest < 0:
            continue  # (the only speech under a label alone on its line)
        kinds[i] = META
        extra[i] = "narration"


def _mark_record_notes(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """The Congressional Record's notes between the speeches are the record's narration,
    not the last speaker's words: the note's sentence, and, when it ends "as follows:", the
    material it inserts (a letter, an article: its salutation, "Dear Senator Lee:", is no
    label) up to the next label of the record's own style. One search per note's opening."""
    text, content, n = scan.text, scan.content, len(kinds)
    for opens in _RECORD_NOTES:
        at = text.find(opens)
        while at >= 0:
            i = scan.line_of(at)
            at = text.find(opens, at + 1)
            if kinds[i] != SPEECH or not text.startswith(opens, content[i]):
                continue
            style = next(
                (c.kind for k in range(i - 1, -1, -1) if (c := cands[k]) is not None), None
            )
            j = i
            while j < n and j - i < _RECORD_NOTE_LINES and kinds[j] == SPEECH:
                b = rstrip_span(text, content[j], scan.ends[j])
                kinds[j] = META
                extra[j] = "narration"
                if text[b - 1 : b] in ".:":
                    break
                j += 1
            if j >= n or not text.startswith(
                "as follows:", rstrip_span(text, content[j], scan.ends[j]) - 11
            ):
                continue
            j += 1
            while j < n and not (kinds[j] == LABEL and getattr(cands[j], "kind", "") == style):
                if kinds[j] in (SPEECH, LABEL):
                    _unlabel(scan, cands, j)
                    kinds[j] = META
                    extra[j] = "narration"
                j += 1


def _repaired(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], i: int, cand: Cand
) -> None:
    """Line ``i`` is read as the irregular label ``cand`` after all."""
    kinds[i] = LABEL
    cands[i] = cand
    scan.repairs.append(cand)


def _unlabel(scan: Scan, cands: list[Cand | None], j: int) -> None:
    """Line ``j``'s candidate, if it has one, is no label: it leaves the roster."""
    cand = cands[j]
    if cand is not None:
        scan.roster[name_key(strip_markup(cand.name))] -= 1
        cands[j] = None


_CLOCK_OR_DATE = lazy(r"\d{1,2}[.:h]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?|\d{1,2}[./]\d{1,2}[./]\d{2,4}")


def _field_value(value: str) -> bool:
    """A field's value, not speech: a name in capitals ("MARKO JURIĆ"), a time or a date."""
    if not value:
        return False
    if value.isupper() and len(value.split()) <= 5 and value.replace(" ", "").isalpha():
        return True
    return _CLOCK_OR_DATE.fullmatch(value) is not None


_DASH_DIALOGUE_MIN = 6  # (paragraphs opening with a dash: three questions and answers)


def _dash_dialogue(text: str) -> bool:
    """Paragraphs opening with a dash, as a Slavic newspaper prints an interview's questions
    and answers without names (a search of the text for each dash, done once)."""
    return text.count("\n\n– ") + text.count("\n\n— ") >= _DASH_DIALOGUE_MIN


# a caption's speaker in square brackets before the words (see _caption_bracket_label)
_CAPTION_BRACKET = lazy(r"\[(?P<name>[^\[\]\n]{1,40})\][ \t]+(?P<rest>\S.*)")


def _caption_bracket_label(text: str, a: int, b: int) -> Cand | None:
    """A speaker in square brackets before the words of a caption, as captions for the
    deaf name a new speaker ("[DANA] What did that mean", "- [MARK] So it will happen
    again."); a sound's description ("[LAUGHS] Well, ...") is none."""
    m = _CAPTION_BRACKET.match(text, a, b)
    if m is None:
        return None
    name = m.group("name")
    from .build import annotation_kind  # (build reads the lexer's lines: imported late)

    # (in lower case: a name in capitals is read as a direction's, "[GAVEL]")
    if annotation_kind(name.lower()) is not None:
        return None
    return Cand("lenticular", name, a, m.end("name") + 1, m.start("rest"))


def _numbered_mark(text: str, a: int, b: int, match_label: LabelMatch) -> Cand | None:
    """A question's number before a question or answer mark, as tribunals and inquiries
    number their questions: "5   Q.   Thank you." (the mark is the label). A speaker's
    label right after the mark is the label instead: "5   Q.   MR. BRENNAN:  I'm obliged"
    (counsel resumes the examination)."""
    k = a
    while k < b and k - a < 4 and text[k].isdecimal():
        k += 1
    if k == a or k >= b or text[k] not in " \t":
        return None
    while k < b and text[k] in " \t":
        k += 1
    if k >= b or text[k] not in "QAשת":
        return None
    cand = match_label(text, k, b)
    if cand is None or cand.kind != "qa" or cand.single:
        return None
    if cand.rest >= 0 and text[cand.rest].isupper():
        inner = match_label(text, cand.rest, b)
        if inner is not None and inner.kind == "colon" and inner.name.isupper():
            return inner
    return cand


def _paragraph_numbered_label(text: str, a: int, b: int, match_label: LabelMatch) -> Cand | None:
    """A speaker's label in capitals after the paragraph's number, as a regulator's or a
    commission's hearing record numbers every paragraph: "4502.  MS. BRANDT: Closer ...",
    "812.  LE PRÉSIDENT : Merci." (the number is the record's, not the speaker's)."""
    k = a
    while k < b and k - a < 5 and text[k].isdecimal():
        k += 1
    if k >= b or text[k] != "." or k + 1 >= b or text[k + 1] not in " \t":
        return None
    k += 1
    while k < b and text[k] in " \t":
        k += 1
    # (a capital first: a numbered list's item, "2. the costs: ...", is no label)
    if k >= b or not text[k].isupper():
        return None
    cand = match_label(text, k, b)
    # (a name in capitals, or a title before one: "Me ROY :"; "2. Costs: ..." is a list's)
    if (
        cand is None
        or cand.kind != "colon"
        or not any(len(w) > 1 and w.isupper() for w in cand.name.split())
    ):
        return None
    return cand


_PARAGRAPH_RECORD_MIN = 4  # (labels after a paragraph's number: a record numbering its paragraphs)


def _paragraph_number_end(text: str, a: int, b: int) -> int:
    """The offset after a paragraph's number and its gap ("4508.  It was ..."), or -1."""
    k = a
    while k < b and k - a < 5 and text[k].isdecimal():
        k += 1
    if k == a or k + 1 >= b or text[k] != "." or text[k + 1] not in " \t":
        return -1
    k += 1
    while k < b and text[k] in " \t":
        k += 1
    return k if k < b else -1


def _paragraph_numbered_record(
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    content: MutableSequence[int],
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
    para_labels: list[int],
    para_found: dict[int, Cand],
) -> None:
    """A hearing record that numbers every paragraph of speech ("4507.  MR. LAVALLÉE:
    That's correct." and "4508.  It was modelled ..." of the same speaker): after its first
    numbered label, a paragraph without a number is the record's own (a heading, a
    witness's "MARC LAVALLÉE: Resumed", an exhibit's note, a page's header), and a
    numbered one without a colon opens with a speaker's label all the same where the record
    named that speaker so before ("4511.  MS. BRANDT Thank you."). The numbers are dropped
    from the speech."""
    n = len(starts)
    first = para_labels[0]
    if len(para_labels) < _PARAGRAPH_RECORD_MIN:
        _refuse_paragraph_labels(kinds, cands, para_labels, para_found)
        return
    names = {cands[i].name for i in para_labels if cands[i] is not None}  # type: ignore[union-attr]
    # the paragraphs after the first numbered label: (first line, numbered?)
    blocks: list[tuple[int, bool]] = []
    i = first
    while i < n:
        if kinds[i] == BLANK:
            i += 1
            continue
        a = content[i]
        if kinds[i] in (SPEECH, LABEL):  # (furniture found already counts for neither)
            blocks.append((i, text[a].isdecimal() and _paragraph_number_end(text, a, ends[i]) > 0))
        while i < n and kinds[i] != BLANK:
            i += 1
    bare = sum(1 for _i, numbered in blocks if not numbered)
    if bare * 2 > len(blocks) - bare:
        # (numbers on a few paragraphs only: a list's items, not the record's speakers)
        _refuse_paragraph_labels(kinds, cands, para_labels, para_found)
        return
    labelled = set(para_labels)
    for i in para_labels:
        content[i] = cands[i].start  # type: ignore[union-attr]  # (the number is no label's)
    for k, numbered in blocks:
        j = k
        while j < n and kinds[j] != BLANK:
            if not numbered:
                if kinds[j] in (SPEECH, LABEL):
                    kinds[j] = META
                    extra[j] = "heading"
                    cands[j] = None
            elif j == k and j not in labelled and kinds[j] == SPEECH:
                r = _paragraph_number_end(text, content[j], ends[j])
                content[j] = r
                for name in names:
                    end = r + len(name)
                    if (
                        text.startswith(name, r)
                        and end < ends[j]
                        and text[end] == " "
                        and text[end + 1 : end + 2].isupper()
                    ):
                        kinds[j] = LABEL
                        cands[j] = Cand("colon", name, r, end, end + 1, repaired="missing colon")
                        break
            j += 1


def _refuse_paragraph_labels(
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    para_labels: list[int],
    para_found: dict[int, Cand],
) -> None:
    """The lines with a label after a number read as they did before: the document numbers
    no record (a numbered question's label, "1. Ann Lee (Fife) (SNP):", stays one)."""
    for i in para_labels:
        cand = cands[i] = para_found.get(i)
        kinds[i] = SPEECH if cand is None else LABEL


# A minute's narrated introduction of each speaker, in the words of the clerk: "Con la venia
# de la Presidencia hace uso de la palabra el honorable Senador Ana Ruiz:", "La Presidencia
# concede el uso de la palabra al señor Ministro ...:", "M. le Maire donne la parole à
# Mme Claire Dubois :", "Il Presidente dà la parola al consigliere Marco Bassi:"; the
# speaker is named after the phrase (an article first), the speech follows below.
_FLOOR_WORDS = ("la palabra", "la parole", "la parola")
_FLOOR_PHRASE = lazy(
    r"\b(?:(?:hace|hizo|recobra|retoma|toma|tiene|concede|otorga|cede|da)"
    r" (?:el )?(?:uso de )?la palabra|interpela"
    r"|(?:prend|reprend|donne|redonne|passe|cède|a) la parole"
    r"|(?:prende|riprende|dà|da|concede|cede|ha) la parola)"
    r"[ \t]+(?:(?:al|a la|a los|el|la|los|à|au|à la|aux|al|alla|allo|ai|il|lo|a)[ \t]+)?",
    re.IGNORECASE,
)
_NARRATED_MIN = 2  # (introductions in a document: its convention, not a speech's phrase)
_NARRATED_NAME_WORDS = 14
_NARRATED_NAME_BEFORE = 6  # (words of a name before the phrase: a title and a name)


_FLOOR_LOOK = 40_000  # (characters searched: minutes introduce their speakers all along)


def _gives_the_floor(text: str) -> bool:
    """The document may name its speakers in narrated introductions (a search or three of
    its opening, done once: a search of the whole of a long text costs too much)."""
    return any(text.find(w, 0, _FLOOR_LOOK) >= 0 for w in _FLOOR_WORDS)


def _narrated_introductions(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None]
) -> None:
    """Each narrated introduction of a speaker (see _FLOOR_PHRASE) as the speaker's label:
    a paragraph's first line that ends with a colon, or that opens with the phrase and has
    the speech on the lines below it. Where the document introduces its speakers so, the
    last sentence of a paragraph's first line that ends with a colon is a label too ("Por
    Secretaría se informa lo siguiente. Secretario General, doctor Luis Mora:")."""
    text, content, ends = scan.text, scan.content, scan.ends
    n = len(ends)
    found: list[tuple[int, Cand]] = []
    tails: list[tuple[int, Cand]] = []
    for i in range(n):
        if kinds[i] not in (SPEECH, LABEL) or (i > 0 and kinds[i - 1] != BLANK):
            continue
        a = content[i]
        b = rstrip_span(text, a, ends[i])
        colon = b > a and text[b - 1] == ":"
        below = i + 1 < n and kinds[i + 1] == SPEECH
        if not colon and not below:
            continue
        end = b - 1 if colon else b
        m = _FLOOR_PHRASE.search(text, a, end)
        if m is not None and (colon or m.start() == a):
            name = text[m.end() : end].strip(" \t.,")
            ok = 0 < len(name.split()) <= _NARRATED_NAME_WORDS and ". " not in name
            if not name and colon:
                # (the speaker named first: "M. Paul Girard prend la parole :")
                name = text[a : m.start()].strip(" \t,")
                ok = name[:1].isupper() and len(name.split()) <= _NARRATED_NAME_BEFORE
            if ok:
                found.append((i, Cand("colon", name, a, b, -1)))
                continue
        if colon:
            dot = text.rfind(". ", a, end)
            name = text[dot + 2 : end].strip() if dot >= 0 else ""
            words = name.split()
            if 1 < len(words) <= 10 and sum(w[0].isupper() for w in words) >= 2:
                tails.append((i, Cand("colon", name, dot + 2, b, -1)))
    if len(found) < _NARRATED_MIN:
        return
    for i, cand in found + tails:
        kinds[i] = LABEL
        cands[i] = cand


def _detect_numbered(text: str, starts: Sequence[int], ends: Sequence[int]) -> bool:
    """Court layouts: most non-blank lines begin with a line number 1-25; or, as
    qualitative research transcripts (f4transkript, MAXQDA) print them, with the number of
    the line in the whole text, each one more than the last."""
    seen = numbered = counted = 0
    last = -1
    for a, b in zip(starts, ends, strict=True):
        if b <= a:
            continue
        c = text[a]
        if c.isspace():
            if text[a:b].isspace():
                continue
        elif not c.isdecimal():  # (not blank, and no line number (\d) can open it)
            seen += 1
            if seen >= 400:
                break
            continue
        seen += 1
        m = _LINE_NUMBER.match(text, a, b)
        if m:
            k = int(m.group(1))
            if k <= 30:
                numbered += 1
            if k == last + 1:
                counted += 1
            last = k
        if seen >= 400:
            break
    return seen >= 6 and max(numbered, counted) >= 0.6 * seen


def _closes_at_end(text: str, a: int, b: int) -> bool:
    """The bracket opening text[a:b] closes at its end, not before: "[00:01:05] Ann: Hi [laughs]."
    is a timed label, not a stage direction."""
    if text[a] == "\\":
        a += 1
    opener = text[a]
    closer = {"(": ")", "[": "]", "{": "}", "（": "）", "〔": "〕"}.get(opener)
    if closer is None:
        return True
    depth = 0
    last = b
    while last > a and text[last - 1] in " \t.,;":
        last -= 1
    for k in range(a, last):
        c = text[k]
        if c == opener:
            depth += 1
        elif c == closer:
            depth -= 1
            if depth == 0:
                return k >= last - 1
    return True


# ---------------------------------------------------------------- the scan


@dataclass(frozen=True, slots=True)
class DocLayout:
    """What the start of a document says about all of it, for a piece read later on its
    own (a stream's chunk): its caption format and whether its lines are numbered."""

    caption: str | None
    numbered: bool


def scan_text(
    text: str,
    *,
    layout: str | None = None,
    continues: DocLayout | None = None,
    more: bool = False,
) -> Scan:
    """Classify every line of ``text`` and build the token list for the parser.

    ``continues``: ``text`` is a later piece of a document whose start was read as that
    layout (no caption header, no front matter here; the same line numbering). ``more``:
    the document goes on after ``text``, with a line that looks like a label (a stream's
    chunk is cut there)."""
    pats = line_patterns()
    starts, ends = split_lines(text)
    n = len(starts)
    if continues is not None:
        numbered = continues.numbered
    else:
        numbered = layout == "numbered" or (layout is None and _detect_numbered(text, starts, ends))
    content = starts[:]  # (a list or an array, as the line tables are)
    kinds: MutableSequence[int] = bytearray(n) if is_big(len(text)) else [BLANK] * n
    # the candidate of each line, or None: a list, not a dict, as a big document of one-line
    # turns has one on most lines (a dict held an entry and an int key per candidate)
    cands: list[Cand | None] = [None] * n
    names: dict[str, str] = {}
    extra: dict[int, Any] = {}

    first = _first_nonblank(text, starts, ends)
    caption = None
    if continues is not None:
        caption = continues.caption
        first = None  # (a later piece has no header and no front matter)
    elif first is not None:
        head = text[content[first] : ends[first]].strip().lstrip("\ufeff")
        if head.startswith("WEBVTT"):
            caption = "vtt"
        elif layout == "srt" or (
            head.isdigit() and first + 1 < n and "-->" in text[starts[first + 1] : ends[first + 1]]
        ):
            caption = "srt"

    time_pat = pats["TIME"]
    cue_pat = pats["CUE_TIMING"]
    stage_pat = pats["STAGE"]
    page_pat = pats["PAGE"]
    meta_pat = pats["META"]
    markup_pat = pats["MARKUP"]
    front_open = False
    match_label = label_matcher(text)
    digit_lines: list[int] = []  # (the lines opening with a digit)
    digit_ends: list[int] = []  # (and those ending with one: _mark_numbered_headers)
    item_lines: list[int] = []  # (candidates named like a numbered item: "Punkt 3")
    dash_lines = False  # (a candidate of the dash style was found)
    credits = "Photo" in text or "Image:" in text  # (a photo credit line needs one of them)
    # (paragraphs opening with ">>": a program's log opens lines so, not paragraphs)
    # (one character looked for first: at C speed, as a longer needle is not)
    chevrons = ">" in text and text.count("\n\n>> ", 0, 200_000) >= 3
    # (an f4 time stamp, "#00:01:02-5#", is looked for at lines' ends only where one may be)
    f4 = caption is None and "#" in text
    rst = False  # (a line opens with rST's explicit markup, ".. ": see _mark_rst_markup)
    rules: list[int] = []  # (the rule lines: footnotes may stand under them)
    para_labels: list[int] = []  # (labels after a paragraph's number: "4502.  MS. BRANDT:")
    para_found: dict[int, Cand] = {}  # (what such a line read as before: "1. Ann Lee (SNP):")
    copyrights: list[int] = []  # (the lines opening with a copyright's mark)
    bracketed = -1  # (the bracketed line read as a label before the stage test: see there)
    tagged_labels: list[int] = []  # (labels between an export's style tags: see there)
    # (the first character of each line as printed and after its indentation: a pass for
    # lines that open with a rare mark asks this set; a search of the whole text for a
    # needle of two characters, "\n#", costs a big document more than the pass)
    opens: set[str] = set()
    for i in range(n):
        a, b = starts[i], ends[i]
        # skip indentation (and the court line number)
        while a < b and text[a] in LINE_INDENT:
            a += 1
        if a >= b:
            continue
        opens.add(text[starts[i]])
        opens.add(text[a])
        if numbered:
            m = _LINE_NUMBER.match(text, starts[i], b)
            if m:
                a = m.end()
                while a < b and text[a] in " \t":
                    a += 1
                if a >= b:
                    kinds[i] = PAGE  # a bare line number
                    extra[i] = "line-number"
                    content[i] = starts[i]
                    continue
        content[i] = a
        b2 = b if text[b - 1] not in " \t" else rstrip_span(text, a, b)  # (a call only if needed)
        c = text[a]
        if c == "." and a == starts[i] and text.startswith(".. ", a):
            rst = rst or a == 0 or text[a - 1] == "\n"
        if i == first and text[a:b2] == "---" and caption is None:
            front_open = True
            kinds[i] = FRONT
            continue
        if front_open:
            kinds[i] = FRONT
            if text[a:b2] == "---":
                front_open = False
            continue
        if f4 and text[b2 - 1] == "#":
            # a qualitative interview's time stamp (f4transkript, "#00:01:02-5#") ends a
            # turn: furniture, on the speech's line or alone on one
            m = _F4_STAMP.search(text, a, b2)
            if m is not None:
                if m.start() <= a:
                    kinds[i] = TIME
                    continue
                b = b2 = ends[i] = m.start()
        quoted = -1
        # a Markdown quote mark before the line ("> Ann Lee: ..."), or, in captions, the
        # mark of a new speaker (">> Good evening.", ">> ANN LEE: ...")
        mark = 0
        if c == ">":
            # (">>" before a label outside captions too, where the document opens many lines
            # so: a CART captioner's mark of a new speaker, ">> OPERATOR: Good evening.")
            if text.startswith(">>", a) and (caption or chevrons):
                mark = 2
            elif not caption:
                mark = 1
        elif caption and c in "-–—" and a + 1 < b2 and text[a + 1] in " \t":
            mark = 1  # a subtitle's dialogue dash: "- Why didn't you go out?"
        if mark:
            quoted = a
            a += mark
            while a < b2 and text[a] in " \t":
                a += 1
            if a >= b2:
                kinds[i] = SPEECH
                continue
            content[i] = a
            c = text[a]
        if c.isdigit() or c in "[(-":
            if c.isdigit():
                digit_lines.append(i)  # (an item's title may open so: _mark_numbered_titles)
            if cue_pat.match(text, a, b2):
                kinds[i] = CUE_TIMING
                continue
            if time_pat.fullmatch(text, a, b2):
                kinds[i] = TIME
                continue
        if (
            caption is None
            and c in ".…"
            and (core := text[a:b2].strip(" \t.…*"))[:1] in "(["
            and stage_pat.fullmatch(core)
            and _closes_at_end(core, 0, len(core))
        ):
            # (the Indian parliaments' interruption between dots, alone on its line:
            # "...(व्यवधान)...", "… (Interruptions)")
            kinds[i] = STAGE
            continue
        if (
            caption is None
            and c in "([{\\（〔"
            and text[b2 - 1] in ")]}.,;）。〕"
            and stage_pat.fullmatch(text, a, b2)
            and _closes_at_end(text, a, b2)
        ):
            # (a name in a script without case in square brackets alone on its line is a
            # speaker's label, as Korean broadcasters print "[앵커]": read as one below, a
            # stage direction again if the document refuses it)
            if c != "[" or text[b2 - 1] != "]" or not caseless_letter(text[a + 1]):
                kinds[i] = STAGE
                continue
            bracketed = i
        if (
            caption is None
            and (c.isdigit() or c in "-Pp–—ー" or text[b2 - 1].isdigit())
            and page_pat.fullmatch(text, a, b2)
        ):
            kinds[i] = PAGE
            continue
        if caption is not None and c in "♪♫" and text[b2 - 1] in "♪♫":
            kinds[i] = STAGE  # music in subtitles: "♪ gentle piano music ♪", "♪ ♪"
            continue
        if caption is not None and c == "-" and _PAGE_BREAK.fullmatch(text, a, b2):
            # (a reader's page break, "--- Page 6 ---", in captions too: there it may part a
            # cue's timing from its text, as log metadata may)
            kinds[i] = META
            extra[i] = "page"
            continue
        if caption is None and text[b2 - 1].isdigit():
            digit_ends.append(i)
            if _PAGE_WORD.fullmatch(text, a, b2) or (
                c in "Ff" and _LEAF_NUMBER.fullmatch(text, a, b2)
            ):
                kinds[i] = PAGE
                continue
            if c.isupper() and _titled_page_line(text, a, b2):
                kinds[i] = PAGE
                extra[i] = "running-header"
                continue
            if c == "P" and _paragraph_number(text, a, b2):
                kinds[i] = PAGE
                extra[i] = "paragraph-number"
                continue
        if (
            c == "第"
            and caption is None
            and text[b2 - 1] in "页頁"
            and _CJK_PAGE_OF.fullmatch(text, a, b2)
        ):
            kinds[i] = PAGE  # (a Chinese page of pages: "第 2 页 共 3 页")
            continue
        if (
            c in _PAGE_INITIALS
            and caption is None
            and (text.find("   ", a, b2) > 0 or text.find("\t", a, b2) > 0)
            and _PAGE_WORD_FIRST.fullmatch(text, a, b2)
        ):
            kinds[i] = PAGE
            continue
        if c == "_" and meta_pat.match(text, a, b2):
            kinds[i] = META
            continue
        if caption == "vtt" and i == first:
            kinds[i] = META
            extra[i] = "header"
            continue
        if c in "-*_―─━=~" and _RULE.fullmatch(text, a, b2):
            kinds[i] = META
            extra[i] = "rule"
            rules.append(i)
            continue
        if (
            credits
            and (text.find("Photo", a, b2) >= 0 or text.find("Image:", a, b2) >= 0)
            and _CAPTION_CREDIT.search(text, a, b2)
        ):
            kinds[i] = PAGE
            extra[i] = "caption"
            continue
        if c == "<" and caption is None and text.startswith("<<", a):
            # a protocol's export keeps its word processor's style names as tags around the
            # line (the Knesset's: "<< דובר >> מיכל שטרן: << דובר >>", "<< נושא >> ... <<
            # נושא >>"): the line is read between them, a topic's line is a heading
            tag_match = _EXPORT_TAGS.fullmatch(text, a, b2)
            if tag_match is not None:
                a, b2 = tag_match.start("inner"), tag_match.end("inner")
                content[i] = a
                c = text[a]
                inner = match_label(text, a, b2)
                if inner is None or inner.rest >= 0:
                    kinds[i] = META
                    extra[i] = "heading"
                    continue
                tagged_labels.append(i)
        cand = match_label(text, a, b2)
        if bracketed == i and (cand is None or cand.kind != "lenticular"):
            kinds[i] = STAGE  # ("[फोटो: ... साभार: ...]": a caption, no colon label)
            continue
        if c.isdecimal() and caption is None:
            if cand is None:
                cand = _numbered_mark(text, a, b2, match_label)
            if cand is None or cand.kind == "colon":
                # (a label after a short number is found as one already: "212.  MR. PELL:";
                # it is the record's all the same)
                para = _paragraph_numbered_label(text, a, b2, match_label)
                if para is not None:
                    if cand is not None:
                        para_found[i] = cand  # (given back if the document numbers no record)
                    cand = para
                    para_labels.append(i)
        if cand is None and c == "<" and caption is not None:
            # a subtitle's formatting before its speaker's name ('<font color="#0ff">ANN
            # LEE:</font> Hi', "<i>NARRATOR: ...</i>"): the label is read after the tags
            tags = _CAPTION_TAGS.match(text, a, b2)
            if tags is not None and tags.end() < b2:
                cand = match_label(text, tags.end(), b2)
                if cand is not None and quoted < 0:
                    quoted = a
        if cand is None and c == "[" and caption is not None:
            cand = _caption_bracket_label(text, a, b2)
        if cand is None and c in "-*+" and caption is None:
            # a list item's bullet before a label, left by a converter ("-   Ann Lee: ...")
            k = a + 1
            while k < b2 and text[k] in " \t":
                k += 1
            # (or a dash set close before the label, as a stenographic record prints each
            # speaker: "-La C. Senadora Ana Ruiz:", "-El C. Secretario:")
            if k < b2 and (k > a + 1 or (c == "-" and text[k].isupper())):
                cand = match_label(text, k, b2)
                if cand is not None and cand.kind == "colon":
                    quoted = a
                else:
                    cand = None
        if (
            cand is not None
            and cand.kind == "dash"
            and text.find("   ", a, b2) > 0
            and _COLUMN_PAGE.fullmatch(text, a, b2)
        ):
            # a running header in columns, the page number between dashes in the middle
            # ("Senato della Repubblica      – 41 –      XIX LEGISLATURA"): no dash label
            kinds[i] = PAGE
            continue
        if (
            cand is not None
            and cand.kind == "chat"
            and "   " in cand.name
            and any(ch.isdigit() for ch in cand.name)
        ):
            # columns set apart by wide gaps, a clock last: a stenographer's marker ("RBLacson
            # I-1     November 5, 2026     10:04 a.m."), not a sender and the time
            kinds[i] = PAGE
            extra[i] = "running-header"
            continue
        if cand is not None:
            if quoted >= 0:
                cand.start = quoted
            kinds[i] = LABEL
            name = names.get(cand.name)
            if name is None:  # (one string per name, each tested once)
                name = names[cand.name] = cand.name
                if _ITEM_NAME.fullmatch(name) is not None:
                    item_lines.append(i)  # (an agenda item's number: see _mark_numbered_titles)
            cand.name = name
            if cand.kind == "dash":
                dash_lines = True  # (see _role_dash_name_colon)
            cands[i] = cand
            continue
        if caption is None and c in "<{`" and markup_pat.fullmatch(text, a, b2):
            kinds[i] = PAGE
            extra[i] = "markup"
            continue
        if c in _NOTE_FIRSTS and caption is None:  # (one test for the three below)
            if (c == "<" or (c == "E" and text.startswith("EXHIBIT #", a))) and _court_note(
                text, a, b2
            ):
                # a court transcript's note of the proceedings: "<DAVID JOHN PRICE, AFFIRMED
                # [10.06 AM]", "<CROSS-EXAMINATION BY MS OKAFOR", "EXHIBIT #A1 WITNESS
                # STATEMENT ...", as Australian courts and tribunals print them: no speech
                kinds[i] = STAGE
                continue
            if (c == "©" or (c == "C" and text.startswith("Copyright ©", a))) and (
                b2 - a <= _COPYRIGHT_CHARS
            ):
                copyrights.append(i)  # (read once the labels are known: see below)
            if c == "*" and _WITNESS_FOOTER.fullmatch(text, a, b2):
                kinds[i] = PAGE  # ("***  DAVID JOHN PRICE    XN MR HARTIGAN": whose evidence)
                extra[i] = "running-footer"
                continue
        if c == "[":
            m = _TIMED_TEXT.match(text, a, b2)
            if m:
                kinds[i] = TIMED_TEXT
                extra[i] = (m.end("ts") + 1, m.start("rest"), parse_time(m.group("ts")))
                continue
        if (
            c.isupper()
            and caption is None  # (captions in capitals are all "headings")
            and _CAPS_HEADING.fullmatch(text, a, b2)
            and ":" not in text[a:b2]
        ):
            kinds[i] = META
            extra[i] = "heading"
            continue
        if c in _HEADING_FIRST and _HEADING_LINE.fullmatch(text, a, b2):
            kinds[i] = META
            extra[i] = "examination"
            continue
        kinds[i] = SPEECH

    if caption is not None:
        # the caption header runs to the first blank line; a line just before a cue timing
        # line is the cue's identifier
        k = first if caption == "vtt" and first is not None else n
        while k < n and kinds[k] != BLANK:
            kinds[k] = META
            extra[k] = "header"
            k += 1
        for k in range(1, n):
            if kinds[k] == CUE_TIMING and kinds[k - 1] in (SPEECH, PAGE):
                kinds[k - 1] = PAGE
                extra[k - 1] = "cue-id"
            elif (
                kinds[k] == SPEECH
                and kinds[k - 1] == SPEECH
                and text.startswith("[", content[k - 1])
                and k >= 2
                and kinds[k - 2] == CUE_TIMING
                and (k + 1 >= n or kinds[k + 1] == BLANK)
                and text[rstrip_span(text, content[k], ends[k]) - 1] == "]"
                and text.find("]", content[k - 1], ends[k - 1]) < 0
            ):
                # a captioner's note in brackets that fills its cue over two lines
                # ("[CAPTIONING PROVIDED BY" / "NATIONAL CAPTIONING SERVICES]"): no speech
                kinds[k - 1] = kinds[k] = META
                extra[k - 1] = extra[k] = "credits"
            elif (
                kinds[k] == SPEECH
                and kinds[k - 1] == CUE_TIMING
                and (k + 1 >= n or kinds[k + 1] == BLANK)
                and text.startswith("[", content[k])
                and text[rstrip_span(text, content[k], ends[k]) - 1] == "]"
                and text.find("]", content[k], rstrip_span(text, content[k], ends[k]) - 1) < 0
            ):
                kinds[k] = STAGE  # (a cue of a captioner's note alone: "[GAVEL]")
        for k, cand in _each(cands):
            if is_caption_credit(cand.name):  # ("Subtitles: ...": who made them)
                kinds[k] = META
                extra[k] = "credits"
                cands[k] = None
        _unmarked_caption_periods(text, starts, content, kinds, cands)
    if para_labels:
        _paragraph_numbered_record(
            text, starts, ends, content, kinds, cands, extra, para_labels, para_found
        )
    tagged = frozenset(tagged_labels) if len(tagged_labels) >= _TAGGED_MIN else None
    if tagged is not None:
        _refuse_untagged(kinds, cands, tagged)
    if caption is None and continues is None and not numbered:
        caption = _caption_panel(text, starts, ends, content, kinds, cands, extra)
    scan = Scan(
        text, starts, ends, content, numbered=numbered, caption=caption, big=is_big(len(text))
    )
    if caption:
        scan.layout = "captions"
    elif numbered:
        scan.layout = "numbered"
    if caption is None:
        _mark_underlined_titles(scan, kinds, cands, extra)
        if rst:
            _mark_rst_markup(scan, kinds, cands, extra)
        if rules:
            _mark_ruled_footnotes(scan, kinds, cands, extra, rules)
    if caption is None and any(map(bool, cands)):
        _mark_coded_running_lines(scan, kinds, cands, extra)
    if any(map(bool, cands)):
        # (before the labels are weighed: comments in the labels' form are no evidence)
        _mark_closed_tail(scan, kinds, cands, extra)
    if dash_lines and caption is None:
        _role_dash_name_colon(scan, kinds, cands, early=True)
    _resolve(scan, kinds, cands, extra, pats)
    if any(sig[0] == "colon" and sig[2] for sig in scan.established):
        _mark_head_field_labels(scan, kinds, cands)
    if tagged is not None:
        _refuse_untagged(kinds, cands, tagged)  # (and those the names known repaired)
    if caption is None and _gives_the_floor(text):
        _narrated_introductions(scan, kinds, cands)
    # (the last label found once: a PDF may print the line under each of its pages)
    last_label = (
        next((k for k in range(n - 1, -1, -1) if kinds[k] == LABEL), -1) if copyrights else -1
    )
    for i in copyrights:
        if kinds[i] == SPEECH and i < last_label:
            # a page's copyright line under a page of a company's or a court's PDF,
            # between two turns ("Copyright © MINATO HOLDINGS CO., LTD. All Rights
            # Reserved."): the page's (after the last turn, the tail is cut as a whole)
            kinds[i] = PAGE
            extra[i] = "running-footer"
    if caption is None and ("qa" in scan.styles or any(scan.roster[k] for k in _WORD_MARKS)):
        # (only where questions and answers are marked: the whole text is searched)
        _mark_examination_headings(scan, kinds, cands, extra)
    if "colon" in scan.styles:
        _role_name_lines(scan, kinds, cands)
        _speech_under_own_line_labels(kinds, cands)
        if scan.asked:
            _question_numbers(scan, kinds, extra)
    if "dotdash" in scan.styles:
        _mark_dash_narration(scan, kinds, extra)
    if "dash" in scan.styles and " - " in text:  # (one search: most dash texts have none)
        _slipped_labels(scan, kinds, cands, "dash", " - ")
    if "dotdash" in scan.styles:
        _slipped_labels(scan, kinds, cands, "dotdash", ". ")
    if "dash" in scan.styles and "colon" in scan.styles:
        _role_dash_name_colon(scan, kinds, cands)
    if "period" in scan.styles:
        _mark_record_notes(scan, kinds, cands, extra)
    if scan.styles:
        _mark_oath_notes(scan, kinds, cands, extra)
    if "colon" in scan.styles and (" " in opens or "\t" in opens):  # (indented lines)
        _mark_indented_lists(scan, kinds, cands, extra)
    _mark_widget_labels(scan, kinds, cands, extra)
    short = _short_lines(scan, kinds)
    if scan.styles:
        _mark_bare_reactions(scan, kinds, extra, short)
    _mark_widget_lines(scan, kinds, extra, short)
    if "[" in opens and "[1] " in text:  # (a numbered note under the text)
        _mark_bracket_notes(scan, kinds, extra)
    if scan.has_labels:
        _mark_link_captions(scan, kinds, extra, short)
    _mark_related_lists(scan, kinds, cands, extra, short)
    if copyrights and scan.has_labels:
        _mark_foot_fields(scan, kinds, cands, extra, copyrights[-1])
    if scan.has_labels:
        _mark_counted_comments(scan, kinds, cands, extra)
    _bare_labels(scan, kinds, cands, extra, pats["LABEL_BARE"], short)
    if not scan.has_labels and not any(map(bool, cands)):
        _bare_labels_over_links(scan, kinds, cands, extra, pats["LABEL_BARE"], short)
    _initials_labels(scan, kinds, cands)
    _learned_labels(scan, kinds, cands)
    if "dash" in scan.styles:
        # (the hyphen labels of the table's dash style, as the learned ones above)
        hyphened = [(i, c) for i, c in _each(cands) if _hyphen_label(text, c)]
        if len(hyphened) >= 2:
            hyphen_names = {c.name.partition(" (")[0] for _, c in hyphened}
            _dash_left_out(scan, kinds, cands, hyphen_names, hyphened[0][0], hyphened[-1][0])
    if any(m in text for m in _SPEAKER_MARKS) and any(map(bool, cands)):  # (one search each)
        _marked_known_labels(scan, kinds, cands)
    _chat_notes(scan, kinds, cands, extra)
    _meeting_system_lines(scan, kinds, extra)
    _message_items(scan, kinds, cands, extra)
    _table_rows(scan, kinds, cands, extra)
    _column_rows(scan, kinds, cands, extra)
    _mark_running_headers(scan, kinds, extra, short)
    if len(digit_ends) + len(digit_lines) >= 2:
        _mark_numbered_headers(scan, kinds, cands, extra, sorted({*digit_lines, *digit_ends}))
        if scan.has_labels:
            _mark_head_echoes(scan, kinds, extra, {*digit_lines, *digit_ends})
    _mark_page_companions(scan, kinds, cands, extra)
    _mark_page_notices(scan, kinds, cands, extra)
    if scan.has_labels and not scan.numbered:
        _mark_last_page_foot(scan, kinds, extra, cands)
    _mark_ruled_page_breaks(scan, kinds, extra)
    _mark_shift_marks(scan, kinds, extra, short)
    if scan.has_labels:
        _mark_sitting_times(scan, kinds, cands, extra, short)
    _mark_section_titles(scan, kinds, cands, extra, more, short)
    if scan.has_labels and ("#" in opens or "*" in opens):
        _mark_marked_headings(scan, kinds, extra, short)
    if scan.has_labels:
        _mark_headed_inserts(scan, kinds, extra, short)
    _mark_numbered_titles(scan, kinds, cands, extra, short, digit_lines, item_lines)
    if "articipants:" in text:  # (one search: the heading is rare)
        _mark_participants_tail(scan, kinds, extra)
    if scan.has_labels:
        _mark_closing_section(scan, kinds, extra)
    if tagged is not None:
        _refuse_untagged(kinds, cands, tagged)
    scan.label_styles = _label_styles(scan, cands)
    _emit(scan, kinds, cands, extra)
    return scan


_CODED_CHARS = 40  # (the codes after a running line's colon: "48 12 / 3 /2025 O: 1")
_STAMP_LINE_CHARS = 200  # (a page's stamp or signature line: no paragraph)
_WORDY = lazy(r"[^\W\d_]{3,}")  # (a word of three letters or more: speech has one)


def _mark_coded_running_lines(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """A page's running line of codes that reads as a label, a key and numbers printed
    alike on every page ("TBMM B: 48 12 / 3 /2025 O: 1", the Turkish Assembly's sitting,
    date and session): the same line two times or more, digits after its colon and no word
    of speech. Found before the labels are weighed: as a label it recurs, and would make
    its form the document's.

    So is a longer line with words that recurs whole, word for word, its "name" labelling
    no other line and a digit in it: a filing system's signature stamped under each page
    ("Signed electronically by: ANN LEE - Filed: 03/02/2026 10:14 - ab12cd"). No speaker
    says the same dated words each time and nothing else."""
    text = scan.text
    content, ends = scan.content, scan.ends
    seen: dict[str, list[int]] = {}
    named: dict[str, list[int]] = {}  # (each name's lines)
    for i, cand in _each(cands):
        if cand.rest < 0:
            continue  # (a stamp's value is on its line)
        if cand.kind == "colon":  # (a running line read as a dash label: see _resolve)
            named.setdefault(cand.name, []).append(i)
        # (a short line only: a turn's speech is not read, a character at a time)
        if ends[i] - cand.rest > _CODED_CHARS:
            continue
        rest = text[cand.rest : ends[i]]
        if any(c.isdigit() for c in rest) and _WORDY.search(rest) is None:
            seen.setdefault(text[content[i] : ends[i]].strip(), []).append(i)
    for lines in named.values():
        # (every line of the name the same length, then the same words: a speaker's lines
        # differ in length at once, and are not read)
        i = lines[0]
        size = ends[i] - content[i]
        if len(lines) < 2 or size > _STAMP_LINE_CHARS:
            continue
        line = text[content[i] : ends[i]]
        if (
            any(c.isdigit() for c in line)
            and all(ends[k] - content[k] == size for k in lines)
            and all(text[content[k] : ends[k]] == line for k in lines)
        ):
            seen[line] = lines
    for lines in seen.values():
        if len(lines) >= 2:
            for i in lines:
                kinds[i] = PAGE
                extra[i] = "running-header"
                cands[i] = None


_PROPER_WORDS = (2, 5)  # (a place's or a body's name: "Court Three", "Harbour Road Centre")


def _proper_phrase(value: str) -> bool:
    """``value`` is a name of a few words, each capitalised, no sentence's mark: a place or
    a body ("Harbour Road Centre", "Riverside Magistrates Court"), as a record's head gives its
    venue; a speaker's first words are no such row ("Good morning", "Thanks, Bob")."""
    words = value.split()
    return (
        _PROPER_WORDS[0] <= len(words) <= _PROPER_WORDS[1]
        and all(w[0].isupper() and w.isalpha() for w in words)
        and not value.isupper()
    )


def _mark_head_field_labels(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None]
) -> None:
    """In a document whose labels are names in capitals with a colon ("DETECTIVE ANA RUIZ:",
    "PIKE:"), a colon line not in capitals, used once above the first of them, is a field
    of the record's head ("Case No.: 24-118832" over "Date of interview: ..."), not a turn:
    its value is the head's and the fields below it too."""
    if any(sig[0] == "colon" and not sig[2] for sig in scan.established):
        return  # (names in mixed case are labels too)
    text = scan.text
    caps: dict[str, bool] = {}
    for i, cand in _each(cands):
        if in_style(signature(cand, caps), scan.established):
            return  # (the conversation begins)
        key = name_key(strip_markup(cand.name))
        if (
            cand.kind == "colon"
            and cand.rest >= 0
            and scan.roster[key] <= 1
            # (a field's value, no sentence: a first turn under the full name, "Ірина
            # Гончар: Пане Андрію, ..." before "І.Г.:", is speech)
            and _no_sentence(value := text[cand.rest : rstrip_span(text, cand.rest, scan.ends[i])])
            # (a number, a date: "24-118832"; a speaker's first words are none)
            and (any(c.isdigit() for c in value) or _proper_phrase(value))
        ):
            kinds[i] = META
            scan.header_lines.add(i)
            cands[i] = None
            scan.roster[key] -= 1


_BRACKET_NOTE = lazy(r"\[(\d{1,3})\][ \t]+\S")


def _mark_bracket_notes(scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any]) -> None:
    """A note numbered in brackets, a paragraph of its own ("[1] Dati ISTAT, ..."), whose mark
    stands glued to a word of the text above ("... all'estero[1]."): the page's footnote,
    not the last speaker's words."""
    text = scan.text
    for i in range(len(kinds)):
        if kinds[i] != SPEECH or (i > 0 and kinds[i - 1] != BLANK):
            continue
        a = scan.content[i]
        if text[a] != "[" or (m := _BRACKET_NOTE.match(text, a, scan.ends[i])) is None:
            continue
        mark = f"[{m.group(1)}]"
        at = text.find(mark, 0, a)
        if at > 0 and not text[at - 1].isspace():
            k = i
            while k < len(kinds) and kinds[k] == SPEECH:
                kinds[k] = META
                extra[k] = "boilerplate"
                k += 1


def _refuse_untagged(
    kinds: MutableSequence[int], cands: list[Cand | None], tagged: frozenset[int]
) -> None:
    """An export that tags its labels with their style's name tags them all: a label
    outside the tags is speech ("השאלה פשוטה:") or the cover's ("מוזמנים:", "אלון פרידמן –
    אגף תקציבים")."""
    for k, _cand in _each(cands):
        if k not in tagged:
            kinds[k] = SPEECH
            cands[k] = None


# an entry of a list of those present: a name (a rank or title first), a comma, what they
# are ("HAROLD BECKWITH, Presiding Commissioner", "Dr. Nina Okafor, Hydrologist")
_LISTED_ENTRY = lazy(r"[ \t]+([^\W\d_][^,\n]{1,60}?),[ \t]+[^\W\d_][^\n]*")
_LIST_ENTRIES_MIN = 2


def _mark_indented_lists(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """A colon label alone on its line over indented lines, each a name, a comma and what
    the person is ("COMMISSIONERS:" / "     HAROLD BECKWITH, Presiding Commissioner", "Present:" /
    "   Cllr Ann Lee, Mayor"): a record's list of those present under its heading, not a
    turn. (Speech under a label is not indented below a label at the margin, and is no run
    of names each followed by a comma.)"""
    text, n = scan.text, len(kinds)
    for i in range(n):
        cand = cands[i]
        if kinds[i] != LABEL or cand is None or cand.rest >= 0 or scan.content[i] != scan.starts[i]:
            continue
        j = i + 1
        while j < n and kinds[j] != BLANK:
            m = _LISTED_ENTRY.fullmatch(
                text, scan.starts[j], rstrip_span(text, scan.starts[j], scan.ends[j])
            )
            if m is None or plausible_name(m.group(1)) == 0 or text[m.end() - 1] in ".?!":
                break
            j += 1
        if j - i - 1 < _LIST_ENTRIES_MIN or (j < n and kinds[j] != BLANK):
            continue
        for k in range(i, j):
            kinds[k] = META
            extra[k] = "heading" if k == i else "header"
            cands[k] = None


def _listed_handle(text: str, word: str, seen: dict[str, bool]) -> bool:
    """``word`` is an account's handle ("mfernandes", "ana.souza"): one word of small
    letters, digits, dots, hyphens or underscores, that a list in ``text`` names among
    others ("Beatriz Lacerda, mfernandes, Tainá Okamoto"). ``seen``: the words asked."""
    got = seen.get(word)
    if got is None:
        got = seen[word] = (
            4 <= len(word) <= 32
            and word.islower()
            and word[0].isalpha()
            and all(c.isalnum() or c in "._-" for c in word)
            and (f", {word}" in text or f"{word}, " in text)
        )
    return got


def _unmarked_caption_periods(
    text: str,
    starts: Sequence[int],
    content: Sequence[int],
    kinds: MutableSequence[int],
    cands: list[Cand | None],
) -> None:
    """In broadcast captions that mark each new speaker with ">>", a caption line in
    capitals that ends a sentence ("RECESS AT ANY TIME. TODAY WE") is no period label
    ("CHAIRMAN POWELL. ..."): a name opens a turn there only after the mark, and only a
    name with a title or a form of address ("MR. PATERSON.")."""
    periods = [k for k, cand in _each(cands) if cand.kind == "period"]
    if not periods:
        return
    marks = sum(1 for k, cand in _each(cands) if cand.start < content[k])
    if marks < 2 and text.count("\n>>") < 2:
        return
    for k in periods:
        cand = cands[k]
        marked = text.find(">>", starts[k], content[k]) >= 0
        # (after the mark, a sentence in capitals is still no label: "THE GENTLELADY YIELDS."
        # is one, "MR. PATERSON." or "CHAIRMAN BRANNIGAN." a name)
        if not marked or (cand is not None and not _titled_caption_name(cand.name)):
            kinds[k] = SPEECH
            cands[k] = None


def _titled_caption_name(name: str) -> bool:
    """A name with a title ("MR. PATERSON", "CHAIRMAN BRANNIGAN") or an office after "the"
    ("THE CHAIRMAN"), not a sentence opening with "the" ("THE GENTLELADY YIELDS")."""
    words = name.split()
    if words and words[0].casefold() == "the":
        return len(words) == 2 and words[1].casefold().rstrip(".") in TITLE_WORDS
    return titled(name)


def _label_styles(scan: Scan, cands: list[Cand | None]) -> list[tuple[str, int, int, float]]:
    """Each label style used, with its labels, their distinct names, and the share of them
    the whole document supports: a name that recurs, a form (style, speech inline or not)
    that labels two names or more, a signature the layout establishes, a style
    that the whole layout decides (bare) or that is repaired against a known speaker
    (loose), or a mark that says "a speaker"."""
    caps: dict[str, bool] = {}
    # each form (style, name, speech inline or not) with its labels: a document repeats its
    # labels, so the evidence is worked out per form, not per line
    # (counted in a loop: a generator here, which mypyc makes a list of, left the compiled
    # build holding a tuple per label in the interpreter's free list; tests/test_fast.py)
    forms: Counter[tuple[str, str, bool]] = Counter()
    for c in filter(None, cands):
        forms[c.kind, c.name, c.rest >= 0] += 1
    keys = {name: name_key(strip_markup(name)) for _kind, name, _inline in forms}
    # the names each style labels, with speech inline or not: two names or more in one such
    # form is a consistent layout
    by_form: dict[tuple[str, bool], set[str]] = {}
    for kind, name, inline in forms:
        by_form.setdefault((kind, inline), set()).add(keys[name])
    uses: dict[str, tuple[int, set[str], int]] = {}
    for (kind, name, inline), count in forms.items():
        key = keys[name]
        supported = (
            kind in MARKED
            or kind in ("bare", "loose")
            or scan.roster[key] >= 2
            or len(by_form[kind, inline]) >= 2
            or in_style(form_signature(kind, name, inline, caps), scan.established)
        )
        labels, names, strong = uses.get(kind, (0, set(), 0))
        names.add(key)
        uses[kind] = (labels + count, names, strong + (count if supported else 0))
    out = [
        (style, labels, max(len(names), 1), round(strong / labels, 2))
        for style, (labels, names, strong) in uses.items()
    ]
    out.sort(key=lambda u: -u[1])
    return out


# rST section adornments (and Markdown's setext underlines: "===", "---")
_ADORNMENT = frozenset("=-~^\"'`#*+_:.")
# a line of rST explicit markup: a directive, a hyperlink target, a footnote, a comment
_RST_MARKUP = lazy(r"\.\.(?:[ \t]+(?:_[^:\n]*:.*|\[[^\]\n]+\].*|\|[^|\n]+\|.*|[\w:+-]+::.*|.*))?")
# directives whose indented body is speech (code shown in an answer), not furniture
_RST_BODY_SPEECH = ("code", "code-block", "sourcecode", "literalinclude", "math", "parsed-literal")


def _mark_underlined_titles(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """A section title underlined as reStructuredText and Markdown do ("The 3.0 release"
    over "==============="): a line of one adornment character at least as long as the
    line above it, which opens a paragraph, is a heading, not speech."""
    text = scan.text
    # (the rules only: ``extra`` holds a few lines, not every line)
    for i in [k for k, what in extra.items() if what == "rule" and k > 0]:
        if kinds[i] != META or kinds[i - 1] != SPEECH:
            continue
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        if text[a] not in _ADORNMENT or text.count(text[a], a, b) != b - a:
            continue  # (a rule of one character repeated, no spaces: "=====")
        ta, tb = scan.content[i - 1], rstrip_span(text, scan.content[i - 1], scan.ends[i - 1])
        if b - a < tb - ta or (i >= 2 and kinds[i - 2] not in (BLANK, META)):
            continue
        kinds[i - 1] = META
        extra[i - 1] = "heading"
        cands[i - 1] = None


def _mark_rst_markup(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """reStructuredText's explicit markup is no speech: a directive (".. note::"), a
    hyperlink target (".. _migration guide: https://..."), a comment; the indented body of
    an admonition or a comment neither. A code block's body stays in the turn it shows."""
    text = scan.text
    n = len(kinds)
    i = 0
    while i < n:
        a = scan.content[i]
        if kinds[i] != SPEECH or not text.startswith(".. ", a) or a != scan.starts[i]:
            i += 1
            continue
        b = rstrip_span(text, a, scan.ends[i])
        if not _RST_MARKUP.fullmatch(text, a, b):
            i += 1
            continue
        kinds[i] = META
        extra[i] = "markup"
        cands[i] = None
        head = text[a + 3 : b].split("::", 1)[0].strip()
        i += 1
        if head in _RST_BODY_SPEECH:
            continue
        # the indented body (and its options), to the first line back at the margin
        while i < n and (kinds[i] == BLANK or scan.content[i] > scan.starts[i]):
            if kinds[i] != BLANK:
                kinds[i] = META
                extra[i] = "markup"
                cands[i] = None
            i += 1


_WIDGET_KINDS = frozenset(("colon", "md"))  # (the labels a "Key:" line may pass for)


_PN_CHARS = 7  # ("PN" and up to five digits)
_SUPERSCRIPT_DIGITS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰")
_COPYRIGHT_CHARS = 160
_NOTE_FIRSTS = frozenset("<E©C*")
# a witness's page footer in an Australian transcript: the witness, then the examination
# under way (XN in chief, XXN cross, RXN re-examination) and by whom
_WITNESS_FOOTER = lazy(r"\*{3}[ \t]+[A-Z][A-Z .'’\-]{2,60}[ \t]{2,}R?X{1,2}N\b[^\n]{0,60}")


def _mark_ruled_footnotes(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
    rules: list[int],
) -> None:
    """A page's footnotes under their rule ("____" then "¹ Mémoire d'Alvarenga, vol. II"),
    as a record printed from a PDF keeps them: each line under the rule opening with a
    superscript number is the page's, not speech."""
    text = scan.text
    n = len(kinds)
    for r in rules:
        k = r + 1
        while k < n and kinds[k] in (SPEECH, LABEL):
            a = scan.content[k]
            if text[a : a + 1] not in _SUPERSCRIPT_DIGITS:
                break
            kinds[k] = PAGE
            extra[k] = "footnote"
            cands[k] = None
            k += 1


def _paragraph_number(text: str, a: int, b: int) -> bool:
    """A paragraph's number on its own line, as Australian courts and tribunals number a
    transcript's paragraphs ("PN12" over "MR HARTIGAN:  ..."): no speech."""
    return 2 < b - a <= _PN_CHARS and text[a + 1] == "N" and text[a + 2 : b].isdigit()


def _court_note(text: str, a: int, b: int) -> bool:
    """A court transcript's note in capitals: "<" then capitals, no tag's ">" ("<THE
    WITNESS WITHDREW   [10.14 AM]"), or an exhibit's ("EXHIBIT #A1 ...")."""
    c = text[a]
    if c == "<":
        return (
            b - a > 3 and text[a + 1].isupper() and text.find(">", a, b) < 0 and text[a:b].isupper()
        )
    if c == "E":
        return text.startswith("EXHIBIT #", a) and text[a:b].isupper()
    return False


# A page number printed with the word for "page", in a printout's header or footer: alone
# on its line or after the header's other columns (a tab, two spaces or a bar before it),
# "Page 1 of 2", "Pág. 2", "Seite 3 von 12", "Strona 112", "Стр. 4", "第3页". The words
# are a category (the word for "page" in the languages a record is printed in).
_PAGE_WORD = lazy(
    # (the gap taken whole, "{2,}+": a table's row of wide gaps ending in a number would
    # otherwise be tried at every split of every gap)
    r"(?:.{0,120}?(?:\t|[ \t]{2,}+|[ \t][|·•–—/][ \t]))?[ \t]*+"
    r"(?:(?i:page|pág\.?|pag\.?|página|pagina|seite|s\.|strona|str\.|стр\.?|страница|sida|"
    r"sivu|side|blz\.?|oldal|sayfa|페이지|ページ|"
    r"стор\.?|сторінка|trang|σελ\.?|σελίδα|hal\.?|halaman|ukurasa|strana|stránka|עמוד|صفحة|"
    # (Malagasy, Haitian Creole, Tagalog, Albanian, Croatian, Lithuanian, Catalan, Welsh,
    # Somali, Kinyarwanda, Amharic, Hindi, Bengali, Persian: "... – pejy 7")
    r"pejy|paj|pahina|faqe|stranica|puslapis|pàgina|tudalen|bogga|urupapuro|ገጽ|पृष्ठ|"
    r"পৃষ্ঠা|صفحه)"
    r"[ \t]*\d{1,5}"
    r"(?:[ \t]*(?i:of|de|von|sur|di|z|из|з|από|dari|kati ya|/)[ \t]*\d{1,5})?"
    # (a page of pages after "p.": "... — 3 AV 214 — p. 2/4", its count making it a page's)
    r"|p\.[ \t]*\d{1,5}[ \t]*/[ \t]*\d{1,5}"
    r"|第[ \t]*\d{1,5}[ \t]*[页頁])"
)
# A court file's leaf number alone on its line, as a filing system stamps each page's foot
# ("Fls.: 3", "fl. 12", "Folio 7", "Fojas 4", "Foglio 2"; its key's colon a stamp's field)
_LEAF_NUMBER = lazy(r"(?i:fls?\.|folhas?|folio|fol\.|fojas?|foglio)[ \t]*:?[ \t]*\d{1,5}")
# A running header in columns set apart by wide gaps, the page's number between dashes one
# of them: "Senato della Repubblica      – 41 –      XIX LEGISLATURA"
_COLUMN_PAGE = lazy(
    r"(?:\S.{0,80}?[ \t]{3,})?[–—\-][ \t]*\d{1,4}[ \t]*[–—\-](?:[ \t]{3,}\S.{0,80})?[ \t]*"
)
# a Chinese page's line with the count of pages after it ("第 2 页 共 3 页", "第2頁/共3頁")
_CJK_PAGE_OF = lazy(r"第[ \t]*\d{1,5}[ \t]*[页頁][ \t,，/]*共[ \t]*\d{1,5}[ \t]*[页頁]")
_PAGE_INITIALS = frozenset("PpSsBbOoTtΣσHhUuעصСсCc페ペ")
# The same page line with the printout's other columns after it, set off by a wide gap:
# "Trang 3/14        TLN-03 – Bản gỡ băng" (looked at only on a line with such a gap)
_PAGE_WORD_FIRST = lazy(
    _PAGE_WORD.pattern[_PAGE_WORD.pattern.index("(?:(?i:page") :]
    + r"(?:\t|[ \t]{3,}|[ \t][|·•–—/][ \t]).{0,120}"
)


# A page's word and number closing a line, a single blank before it: "... Página 23"
_PAGE_WORD_LAST = lazy(r"[ \t]" + _PAGE_WORD.pattern[_PAGE_WORD.pattern.index("(?:(?i:page") :])
# the title a running header opens with: words, up to a number or a comma
_HEADER_TITLE = lazy(r"[^\W\d_][^\d,\n]{3,80}?(?=[ \t]+\d|,)")


def _titled_page_line(text: str, a: int, b: int) -> bool:
    """A PDF's running header glued into the text, opening with a line of the document's
    own (its title, its case number) and ending with the page: after a single blank, a
    number, a date and the page's word ("GACETA DEL CONGRESO 412 Miércoles, 6 de mayo de
    2026 Página 23" under the title line "GACETA DEL CONGRESO"), or in columns set apart by
    wide gaps ("HOUSE OF REPRESENTATIVES OFFICIAL REPORT      17 February, 2026      No. 84
    - 9", "Дело № 1-287/2025        Лист 3"). The title's own line elsewhere tells it from
    a sentence ending "... página 23"."""
    gap = text.find("   ", a, b)
    tab = text.find("\t", a, b)
    if tab >= 0 and (gap < 0 or tab < gap):
        gap = tab
    if gap > a:
        line = text[a:gap]
    else:
        m = _PAGE_WORD_LAST.search(text, a, b)
        if m is None or m.end() != b:
            return False
        title = _HEADER_TITLE.match(text, a, m.start())
        if title is None:
            return False
        line = title.group()
    line = line.strip()
    # (the title's line is in the document's head: a bounded search, as a document may
    # have many lines ending in a number)
    return len(line) >= 8 and (
        text.find(f"\n{line}\n", 0, _TITLE_HEAD_CHARS) >= 0 or text.startswith(line + "\n")
    )


_TITLE_HEAD_CHARS = 5_000


_ENDS = frozenset(".?!。？！…؟")
_INNER_END = lazy(r"[.?!。？！؟][ \t]")
_TITLE_CHARS = 120  # (a title's words after its colon: a line, no sentence)


_CENTRED = 20  # (columns in from the margin: a printout's centred or right-set line)


def _lines_of(kinds: MutableSequence[int], kind: int) -> Iterator[int]:
    """The lines of one kind, in order, found at C speed (``index``); a line given that
    kind while they are read is read in its turn."""
    i = -1
    while True:
        try:
            i = kinds.index(kind, i + 1)
        except ValueError:
            return
        yield i


def _no_sentence(line: str) -> bool:
    """A short line with no sentence in it: no end mark, none inside ("Transcript by ...")."""
    return line[-1:] not in _ENDS and _INNER_END.search(line) is None


def _mark_page_companions(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """A printout's header or footer is a block of two or three lines: the page's line
    ("Page 1 of 2", not a bare number) and a short line with no sentence beside it
    ("Transcript by ...", the record's name). Such a line, in a block of its own with a
    page line, is page furniture too. The page lines are found at C speed (``index``):
    most documents have few or none. (Not in a numbered layout: its short wrapped lines
    stand against its page headers.)"""
    text = scan.text
    if scan.numbered:
        return
    n = len(kinds)
    # the lines right beside a page line, by their text: the same line beside two pages'
    # numbers is the running header or footer ("- 2 -" / "Comisión de Salud ... -
    # 14/10/2026" in PDF text without blank lines), whatever its margin
    beside: dict[str, list[int]] = {}
    for i in _lines_of(kinds, PAGE):
        for j in (i - 1, i + 1):
            # (a label with words after it too: the company's name before a dash, "PT Sinar
            # Agro Tbk – Transkrip Paparan Publik 2025", reads as one)
            if (
                0 <= j < n
                and (kinds[j] == SPEECH or (kinds[j] == LABEL and (c := cands[j]) and c.rest >= 0))
                and scan.ends[j] - scan.content[j] <= 100
            ):
                key = text[scan.content[j] : scan.ends[j]].strip()
                # (no sentence: "Yes." beside two pages' numbers is speech)
                if len(key) >= 8 and _no_sentence(key):
                    beside.setdefault(key, []).append(j)
    for lines in beside.values():
        if len(set(lines)) >= 2:
            for j in lines:
                kinds[j] = PAGE
                extra[j] = "page"
                cands[j] = None
    # (the page lines marked in this loop are read in their turn: it looks them up as it goes)
    for i in _lines_of(kinds, PAGE):
        a, b = scan.content[i], scan.ends[i]
        # (a page line only: not a caption or a line number; nor a bare page number, which
        # PDF text prints against the speech's wrapped lines, unless it is set far in from
        # the margin with its companion, as a printout centres them)
        if i in extra:
            continue
        bare = not any(c.isalpha() for c in text[a:b])
        if bare and a - scan.starts[i] < _CENTRED:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < n or kinds[j] != SPEECH:
                continue
            if bare and scan.content[j] - scan.starts[j] < _CENTRED:
                continue
            # (the two lines must be a block of their own: it ends on either side of them)
            outer = j - 1 if j < i else j + 1
            across = i + 1 if j < i else i - 1
            if (0 <= outer < n and kinds[outer] not in (BLANK, PAGE)) or (
                0 <= across < n and kinds[across] not in (BLANK, PAGE)
            ):
                continue
            a, b = scan.content[j], rstrip_span(text, scan.content[j], scan.ends[j])
            if (b - a < 60 and _no_sentence(text[a:b])) or (
                b - a < _SPLIT_NOTICE_CHARS
                and _page_splits_sentence(scan, kinds, min(i, j), max(i, j))
            ):
                kinds[j] = PAGE
                extra[j] = "page"


_SPLIT_NOTICE_CHARS = 120  # (a printout's one-line notice: "This transcript has been edited ...")


def _page_splits_sentence(scan: Scan, kinds: MutableSequence[int], lo: int, hi: int) -> bool:
    """The block of lines ``lo``..``hi`` falls inside a sentence: the speech before it
    stops mid-sentence and the speech after it goes on in small letters ("... our target
    assumes" / page footer / notice / "a similar contribution ..."). A page break cut the
    sentence, so the whole block is the page's, a sentence in it too ("This transcript has
    been edited for readability.")."""
    text = scan.text
    p = lo - 1
    while p >= 0 and kinds[p] == BLANK:
        p -= 1
    q = hi + 1
    while q < len(kinds) and kinds[q] == BLANK:
        q += 1
    # (before it, speech or a label's speech on its line; after it, speech)
    if p < 0 or q >= len(kinds) or kinds[p] not in (SPEECH, LABEL) or kinds[q] != SPEECH:
        return False
    end = rstrip_span(text, scan.content[p], scan.ends[p])
    return (
        end > scan.content[p]
        and text[end - 1].isalpha()
        and text[end - 1].islower()
        and text[scan.content[q]].islower()
    )


def _mark_closing_section(scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any]) -> None:
    """A heading in capitals after the last turn, set apart by a blank line, opens the
    document's next section (a judgment's minutes under its debate, "EXTRATO DE ATA"; an
    annex; an index): the text under it, where no label follows, is no speaker's words
    but the document's furniture. (Looked for from the end: the last label is near it.)"""
    n = len(kinds)
    last = n - 1
    while last >= 0 and kinds[last] != LABEL:
        last -= 1
    if last < 0:
        return
    for h in range(last + 1, n):
        if kinds[h] == META and extra.get(h) == "heading" and kinds[h - 1] == BLANK:
            for j in range(h + 1, n):
                if kinds[j] == SPEECH:
                    kinds[j] = META
                    extra[j] = "boilerplate"
            return


_FOOT_LINES = 4  # (the last page's foot: its page line and up to three lines under it)


def _mark_last_page_foot(
    scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], cands: list[Cand | None]
) -> None:
    """The text's last block opening with a page's line ("Pag. 9 di 34", "পৃষ্ঠা ৭") is the
    last page's foot: the lines under it (a notice that the record is unrevised, the
    body's address, the signatures of a court's record, "书记员：许婷", a label and a name
    alone) are its furniture, not the last speaker's words. Only the last block is looked
    at, from the end."""
    text = scan.text
    last = len(kinds) - 1
    while last >= 0 and kinds[last] == BLANK:
        last -= 1
    first = last
    while first > 0 and kinds[first - 1] != BLANK and last - first < _FOOT_LINES:
        first -= 1
    if first >= last or (first > 0 and kinds[first - 1] != BLANK):
        return
    if kinds[first] != PAGE or extra.get(first, "page") != "page":
        return
    a, b = scan.content[first], scan.ends[first]
    if not any(c.isalpha() for c in text[a:b]):
        return  # (a bare number: a PDF prints it against the speech's wrapped lines)
    for j in range(first + 1, last + 1):
        signed = cands[j]
        if kinds[j] == SPEECH or (
            kinds[j] == LABEL and signed is not None and _holder_value(text, signed)
        ):
            kinds[j] = PAGE
            extra[j] = "running-footer"
            cands[j] = None


_FOOT_KEY_WORDS = 3  # (a field's key: "Source", "Tags", "Interview by", "Заместник-председател")
_FOOT_VALUE_CHARS = 80  # (its value: a name, an outlet, a few tags)
_FOOT_LINE_CHARS = 90  # (a line of the foot that is no sentence: a heading, a link, a rule)
# a comment thread's heading with its count: "Comments (12)", "Komentari (3)", "අදහස් (4)",
# "ਟਿੱਪਣੀਆਂ (2)" (a letter, or a vowel sign or a virama of the Brahmic scripts, Thai,
# Tibetan, Myanmar or Khmer, which \w leaves out; the zero-width non-joiner inside a Persian
# word, "دیدگاه‌ها (۲)")
_HEAD_LETTER = (
    r"(?:[^\W\d_]|[\u200c\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e\u0f18-\u0fbc"
    r"\u102b-\u103e\u1056-\u109d\u17b4-\u17d3])"
)
_COMMENTS_HEAD = lazy(rf"[^\W\d_]{_HEAD_LETTER}*(?: {_HEAD_LETTER}+){{0,2}} ?[(\[]\d{{1,5}}[)\]]")


_COMMENT_TAIL_LINES = 80  # (lines read from the end for a comment thread's heading)
_HANDLE_CHARS = 40  # (a commenter's name or handle before its colon: "Themba_Z: ...")


def _mark_counted_comments(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """A comment thread that ends the page's text, under its heading with its count
    ("Comments (2)", "ਟਿੱਪਣੀਆਂ (2)", "Imibono (1)"), its comments as many labelled lines as
    the count says ("Nomsa K: Thank you ..."): the readers', not turns, with no copyright
    line under them (see :func:`_mark_foot_fields` for a foot that has one)."""
    text = scan.text
    n = len(kinds)
    last = n - 1
    while last >= 0 and kinds[last] == BLANK:
        last -= 1
    labelled = 0  # (the comments: labelled lines, or lines of a handle and a colon)
    for k in range(last, max(-1, last - _COMMENT_TAIL_LINES), -1):
        kind = kinds[k]
        if kind == BLANK:
            continue
        a = scan.content[k]
        if kind == LABEL or text.find(": ", a, min(scan.ends[k], a + _HANDLE_CHARS)) > a:
            labelled += 1
            continue
        b = rstrip_span(text, a, scan.ends[k])
        if text[b - 1] not in ")]" or _COMMENTS_HEAD.fullmatch(text, a, b) is None:
            continue
        count = int(text[text.rfind("(" if text[b - 1] == ")" else "[", a, b) + 1 : b - 1])
        if count != labelled or not any(kinds[j] == LABEL for j in range(k)):
            return
        for j in range(k, last + 1):
            _unlabel(scan, cands, j)
            if kinds[j] in (LABEL, SPEECH):
                kinds[j] = META
                extra[j] = "boilerplate"
        return


def _mark_foot_fields(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
    copyright_line: int,
) -> None:
    """The fields of a web page's foot, under the last turn and over its copyright line
    ("Source: Morning Show, Radio X", "Tags: water, drought", "Interview by: Ann Lee", a
    signature's "Chair: Ann Lee"), read as labels used once: furniture, not speakers. The
    foot is what the page prints from a blank line under the last turn of a recurring
    speaker to the copyright line that closes the text: short lines that are no sentence
    (a rule, a heading, related links), those fields (a key of a few words, a short value
    that ends no sentence) and, under a comment thread's heading with its count
    ("Comments (3)"), the readers' comments, whatever their labels say."""
    text = scan.text
    roster = scan.roster
    last = len(kinds) - 1
    while last >= 0 and kinds[last] == BLANK:
        last -= 1
    if last != copyright_line:
        return  # (the copyright line closes the page's text)
    # (a comment thread's heading under the last turn: the lines under it are the thread's)
    thread = last
    for k in range(last - 1, -1, -1):
        cand = cands[k]
        if (
            kinds[k] == LABEL
            and cand is not None
            and roster[name_key(strip_markup(cand.name))] >= 2
        ):
            break
        if kinds[k] != BLANK and _COMMENTS_HEAD.fullmatch(
            text, scan.content[k], rstrip_span(text, scan.content[k], scan.ends[k])
        ):
            thread = k
            break
    fields: list[int] = []
    first = last  # (the foot's first line, found from the end)
    k = last - 1
    while k >= 0:
        if kinds[k] == BLANK:
            k -= 1
            continue
        a = scan.content[k]
        b = rstrip_span(text, a, scan.ends[k])
        cand = cands[k]
        if kinds[k] == LABEL and cand is not None:
            if roster[name_key(strip_markup(cand.name))] >= 2:
                break  # (the last turn of a recurring speaker)
            value = text[cand.rest : b] if cand.rest >= 0 else ""
            if (
                len(cand.name.split()) > _FOOT_KEY_WORDS
                or len(value) > _FOOT_VALUE_CHARS
                or _ENDS_SENTENCE.search(value) is not None
            ) and k < thread:
                break  # (a turn of a speaker heard once, not a reader's comment)
            fields.append(k)
        elif kinds[k] in (SPEECH, META) and (
            b - a > _FOOT_LINE_CHARS or _ENDS_SENTENCE.search(text, a, b) is not None
        ):
            if k < thread:
                break
        elif kinds[k] not in (SPEECH, META, PAGE, STAGE):
            break
        first = k
        k -= 1
    if not fields or k < 0 or kinds[first - 1] != BLANK:
        return  # (set apart from the last turn by a blank line)
    for j in fields:
        cand = cands[j]
        assert cand is not None
        roster[name_key(strip_markup(cand.name))] -= 1
        cands[j] = None
    # (from its first field or its thread's heading down, the lines are the foot's: none
    # is the last speaker's)
    for j in range(min(fields[-1], thread), last + 1):
        if kinds[j] in (LABEL, SPEECH):
            kinds[j] = META
            extra[j] = "boilerplate"


_NOTICE_MIN_CHARS = 60  # (a notice is a sentence or more: a short line is a companion)
_NOTICE_GAP = 3  # (lines from the page's line, blanks between)
_TITLE_MIN_CHARS = 20  # (a title a running header repeats: not a word or a number)


def _mark_page_notices(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """A notice a document prints on each of its pages beside the page's footer or header
    (a disclaimer: "Disclaimer: The electronic version of the Official Hansard Report is
    for information purposes only. ..."): a paragraph of one line, the same beside two page
    lines or more, is the page's furniture, not the speech it falls in, nor a turn when its
    key reads as a label ("Notice: ..."). The page lines are found at C speed (``index``)."""
    text = scan.text
    n = len(kinds)
    beside: dict[str, set[int]] = {}
    title = ""  # (the document's first line, worked out at its first page line)
    for i in _lines_of(kinds, PAGE):
        if i in extra:
            continue  # (a page's line only: not a caption set aside, a footnote)
        if not title:
            title = "\n"  # (none: no line starts with it)
            first = _first_nonblank(text, scan.starts, scan.ends)
            if first is not None and first < i:
                a, b = scan.content[first], rstrip_span(text, scan.content[first], scan.ends[first])
                if b - a >= _TITLE_MIN_CHARS:
                    title = text[a:b]
        for step in (-1, 1):
            j = i + step
            while 0 <= j < n and kinds[j] == BLANK and abs(j - i) < _NOTICE_GAP:
                j += step
            if not 0 <= j < n or (kinds[j] != SPEECH and kinds[j] != LABEL):
                continue
            if (j - 1 >= 0 and kinds[j - 1] != BLANK and j - 1 != i) or (
                j + 1 < n and kinds[j + 1] != BLANK and j + 1 != i
            ):
                continue  # (a paragraph of one line only)
            a, b = scan.content[j], rstrip_span(text, scan.content[j], scan.ends[j])
            if (
                kinds[j] == SPEECH
                and b - a >= len(title)
                and text.startswith(title, a)
                and j != first
            ):
                # the document's title again, on one line, as the running header of each
                # page after the first ("Latvijas Republikas 14. Saeimas kārtējās sesijas
                # sēde 2026. gada 12. novembrī" over the title's three lines)
                kinds[j] = PAGE
                extra[j] = "running-header"
            elif b - a >= _NOTICE_MIN_CHARS:
                beside.setdefault(text[a:b], set()).add(j)
    for lines in beside.values():
        if len(lines) >= 2:
            for j in lines:
                _unlabel(scan, cands, j)
                kinds[j] = PAGE
                extra[j] = "boilerplate"


def _mark_ruled_page_breaks(scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any]) -> None:
    """A page break that a PDF's text draws between two rules: the page's line ("Page 1 of
    14") and the running header under it (the company's name, the call's date), short
    lines with no sentence, between a rule above and a rule below, are page furniture,
    even where they cut a sentence of a turn in two. The page lines are found at C speed."""
    text = scan.text
    n = len(kinds)
    for i in _lines_of(kinds, PAGE):
        top = i - 1
        while top >= 0 and i - top <= 4 and kinds[top] in (SPEECH, PAGE):
            top -= 1
        bottom = i + 1
        while bottom < n and bottom - i <= 4 and kinds[bottom] in (SPEECH, PAGE):
            bottom += 1
        if not (top >= 0 and bottom < n and extra.get(top) == "rule" == extra.get(bottom)):
            continue
        inside = [k for k in range(top + 1, bottom) if kinds[k] == SPEECH]
        if all(_page_header_line(text, scan.content[k], scan.ends[k]) for k in inside):
            for k in inside:
                kinds[k] = PAGE
                extra[k] = "page"


def _page_header_line(text: str, a: int, b: int) -> bool:
    """A short line that no sentence ends or runs through (a name, a date, a title): a
    full stop only after an abbreviation or a number ("Harbor Logistics Inc.", "12. August
    2025"), never after a word in lower case ("... in detail.")."""
    b = rstrip_span(text, a, b)
    if b - a >= 60 or text[b - 1] in "?!？！؟":
        return False
    return not any(m.group(1)[:1].islower() for m in _WORD_AND_STOP.finditer(text, a, b))


_WORD_AND_STOP = lazy(r"([^\W\d_]+)[.…。](?=\s|$)")


_WEB_ADDRESS = lazy(r"[\w.+-]+@[\w-]+\.\w|https?://|\bwww\.")


def _mark_contact_label(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """The page's last label, used once, whose value is an e-mail or web address
    ("IRに関するお問い合わせ：... ir@example.co.jp", "Press contact: press@example.org"),
    or a row of fields ("Main sponsor: Acme | Technology partner: Netco"), is the site's
    contact or sponsors' line after the conversation, not a speaker."""
    last = next((i for i in range(len(cands) - 1, -1, -1) if cands[i] is not None), -1)
    cand = cands[last] if last >= 0 else None
    if cand is None or kinds[last] != LABEL or cand.rest < 0:
        return
    if scan.roster[name_key(strip_markup(cand.name))] != 1:
        return
    end = scan.ends[last]
    if _WEB_ADDRESS.search(scan.text, cand.rest, end) is None and not _field_row(
        scan.text[cand.rest : end]
    ):
        return
    kinds[last] = META
    extra[last] = "boilerplate"
    _unlabel(scan, cands, last)


def _mark_field_rows(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """A label used once whose value goes on with more fields after bars ("Aanbieder:
    Marelize du Toit | Vervaardiger: Hennie Basson", "Autor: Ana Ruiz | Fecha: 3 de mayo"):
    a programme's credits or an article's byline row wherever it stands, not a speaker."""
    text = scan.text
    # (the bar alone first: one character is searched many times faster than three)
    bar = text.find(" | ") if "|" in text else -1
    while bar >= 0:  # (the lines with a bar: few, where a document has any)
        i = scan.line_of(bar)
        end = scan.ends[i]
        bar = text.find(" | ", end)
        cand = cands[i]
        if cand is None or kinds[i] != LABEL or not 0 <= cand.rest < end:
            continue
        if not _field_row(text[cand.rest : end]):
            continue
        key = name_key(strip_markup(cand.name))
        if scan.roster[key] != 1:
            continue
        kinds[i] = META
        extra[i] = "boilerplate"
        cands[i] = None
        scan.roster[key] -= 1


_FIELD_KEY_CHARS = 32
_SPACED_LABELS_MIN = 2  # (the labels after the block that keep the colon close)


_LIST_BLOCK_MIN = 2  # (lines of a list: a name and an office each)


def _mark_dash_list_block(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """A list of participants at the head of a document whose turns are colon labels, a
    line each, the name and the office after a dash ("Participants" over "Jean-Marc de
    Lorme – Directeur général" / "Hugo Navarre – Directeur des relations investisseurs"):
    read as dash labels, it is the cover's list, not turns. The list's lines follow each
    other with no blank between, each office no sentence, before the first colon label,
    and two colon labels or more come after it."""
    text = scan.text
    block: list[int] = []
    colons = 0
    for i, cand in _each(cands):
        if cand.kind == "colon":
            if not block:
                return  # (the document opens with its colon labels)
            colons += 1
            continue
        if colons:
            continue
        if cand.kind != "dash" or cand.rest < 0 or (block and block[-1] != i - 1):
            if block:
                return  # (two runs, or another kind between: no list of the cover's)
            continue
        if not _no_sentence(text[cand.rest : rstrip_span(text, cand.rest, scan.ends[i])]):
            return
        block.append(i)
    if len(block) < _LIST_BLOCK_MIN or colons < _SPACED_LABELS_MIN:
        return
    if block[-1] + 1 < len(kinds) and kinds[block[-1] + 1] == SPEECH:
        return  # (the last one's speech goes on below: a turn)
    for i in block:
        listed = cands[i]
        assert listed is not None
        kinds[i] = META
        extra[i] = "boilerplate"
        cands[i] = None
        scan.roster[name_key(strip_markup(listed.name))] -= 1


def _mark_spaced_field_block(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """A block of fields at the head of a document, their colons set apart as a form aligns
    them ("Pembawa Acara : Sari Wulandari" / "Pemapar : Bambang Susilo (Direktur Utama)" /
    "Sesi : Pembukaan – Tanya Jawab"), where every label after it keeps its colon close
    ("Pembawa Acara: Selamat pagi ..."): a programme's or a cover's fields, not speakers,
    however their keys recur as labels. Each field is a line of its own and no sentence."""
    text = scan.text
    first = next((i for i, _c in _each(cands)), None)
    if first is None:
        return
    block: list[int] = []
    i = first
    while i < len(kinds) and kinds[i] in (LABEL, SPEECH):
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        colon = text.find(" : ", a, min(b, a + _FIELD_KEY_CHARS + 2))
        cand = cands[i] if kinds[i] == LABEL else None
        if colon <= a or (cand is not None and cand.end != colon + 2):
            break
        if not _no_sentence(text[colon + 3 : b]):
            return
        block.append(i)
        i += 1
    if sum(kinds[k] == LABEL for k in block) < 1 or len(block) < 2:
        return
    close = 0
    for k, cand in _each(cands):
        if k < i or cand.kind != "colon":
            continue
        if text[cand.end - 2] in " \t":
            return  # (a spaced label further down: the document's own way of writing them)
        close += 1
    if close < _SPACED_LABELS_MIN:
        return
    for k in block:
        cand = cands[k]
        kinds[k] = META
        extra[k] = "boilerplate"
        if cand is not None:
            cands[k] = None
            scan.roster[name_key(strip_markup(cand.name))] -= 1


def _field_row(value: str) -> bool:
    """A label's value goes on with more fields, bars between them ("Acme | Technology
    partner: Netco", "ACME | Partenaire technique : Netco"), and no sentence ends in it."""
    cells = value.split(" | ")
    if len(cells) < 2 or _INNER_END.search(value) is not None:
        return False
    for cell in cells[1:]:
        key, colon, rest = cell.partition(":")
        key = key.strip()
        if not colon or not rest.strip() or not 0 < len(key) <= _FIELD_KEY_CHARS:
            continue
        if all(w[:1].isalpha() for w in key.split()):
            return True
    return False


# a year of four digits, not inside a longer number
_YEAR = lazy(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# what parts a date's day, month and year ("12.11.2025", "2025年11月12日", "12 de ... de 2025")
_DATE_PARTS = lazy(r"[\s\d.,/\-年月日년월일]+")


# a clock after a date, "16.11.2026 - 22:48", "12/03/2026, 10:15 a.m."
_CLOCK_AFTER = lazy(r"[\s,|\-–—]*\d{1,2}[:.h]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*$")


def _date_value(value: str) -> bool:
    """``value`` is a date and nothing else, in any language: a year of four digits, a day
    and a month in digits or a month's name among at most three words, no sentence; a
    clock may follow it."""
    value = value.strip()
    if ":" in value or "h" in value[-6:]:
        value = _CLOCK_AFTER.sub("", value)
    if not 6 <= len(value) <= 40 or value[-1] in "?!。？！" or _YEAR.search(value) is None:
        return False
    if value[-1] == "." and not value[-2].isdigit():
        return False  # (a sentence: "In 2025 we grew 12 per cent.")
    words = [w for w in _DATE_PARTS.split(value) if w]
    digits = sum(c.isdigit() for c in value)
    return len(words) <= 3 and all(w.isalpha() for w in words) and (digits >= 6 or bool(words))


def _mark_date_field(scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None]) -> None:
    """A label used once whose value is a date ("Datum: 12.11.2025", "Fecha: 12 de
    noviembre de 2025", "開催日：2025年11月12日"), a clock after it or not, alone or opening a
    row of fields ("Güncelleme: 16.11.2026 - 22:48 | Kaynak: Spor Arena"), in a document
    whose speakers recur, is a field of the page (its head's, or its foot's), not a
    speaker."""
    roster = scan.roster
    names = {c.name for c in filter(None, cands)}  # (a document repeats its labels)
    keys = {name: name_key(strip_markup(name)) for name in names}
    if not any(roster[key] >= 2 for key in keys.values()):
        return  # (no speaker recurs: the document's labels say nothing about a page)
    once = {name for name, key in keys.items() if roster[key] == 1 and len(name.split()) <= 3}
    if not once:
        return
    for i, cand in _each(cands):
        if cand.name not in once or kinds[i] != LABEL or cand.rest < 0:
            continue
        value = scan.text[cand.rest : scan.ends[i]]
        first, bar, _more = value.partition(" | ")
        if not (
            _date_value(value)
            or (bar and _date_value(first) and _field_row(value))
            or _byline_row(value)
        ):
            continue
        kinds[i] = META
        scan.header_lines.add(i)
        cands[i] = None
        roster[keys[cand.name]] -= 1


_BYLINE_SEP = lazy(r"[ \t]+[·•|][ \t]+")
_BYLINE_WORDS = 4  # (who wrote it: "Berfîn Zagros", "Redacción El Litoral")


def _byline_row(value: str) -> bool:
    """A byline's row: who, then the date (and the time) parted by dots or bars ("Berfîn
    Zagros · 14.02.2026 · 11:20", "Ana Ruiz | 12/02/2026"), the value of "Interview:",
    "Text:", "Por:" in the page's language."""
    parts = _BYLINE_SEP.split(value.strip())
    return (
        len(parts) >= 2
        and 0 < len(parts[0].split()) <= _BYLINE_WORDS
        and any(_date_value(p) for p in parts[1:])
    )


def _dated_row(line: str) -> bool:
    """``line`` is a row of a page's fields, bars between them, one of them a date
    ("Autor: Redakcija | 14.10.2025. u 21:48 | Ažurirano: ...", "Нийтэлсэн: 2025.10.13
    09:40 | Уншсан: 2,341"): a byline, no speech."""
    # (or middle dots: "04.12.2026 · 09:12 · Συντάκτης: Newsroom")
    cells = line.split(" | ") if " | " in line else line.split(" · ")
    return len(cells) >= 2 and any(
        _date_value(cell) or _date_value(cell.partition(":")[2]) for cell in cells
    )


# a headline's quote and who said it: '"Nobody answers the phone" - callers on the ...'
_HEADLINE_QUOTES = frozenset("\"“„«‘'")
_WHOLE_QUOTE = lazy(r"[\"“„«‘][^\"“”„«»\n]{3,160}[\"”“»’][.!?]?")


def _marks_follow(cands: list[Cand | None], i: int) -> bool:
    """The labels after line i are all marks of a role: the question's and the answer's
    ("Sorag:", "Jogap:", "Q:", "A:"), two at least."""
    after = [c for c in cands[i + 1 :] if c is not None]
    return len(after) >= 2 and all(
        c.kind == "qa" or label_role(name_key(strip_markup(c.name))) is not None for c in after
    )


_QUOTE_HEADLINE = lazy(r"[\"“„«‘'][^\"“”„«»\n]{3,160}[\"”“»’'][ \t]+[-–—][ \t]+[^\W\d_]")


_QUOTED_LINE = lazy(r"[\"“„«‘'](?P<q>[^\"“”„«»\n]{20,200}?)[.…]?[\"”“»’'][ \t]*")


_QUOTED_AGAIN_CHARS = 20_000


def _quoted_again(text: str, a: int, b: int) -> bool:
    """text[a:b] is a quote alone that the text says again below: a headline quoting the
    speaker ('Ann Lee, mayor: "They promised us a doctor every day"' over the interview
    where she says it), not the speaker's label."""
    m = _QUOTED_LINE.fullmatch(text, a, rstrip_span(text, a, b))
    # (looked for in the page's first answers only: a search of a long text costs)
    return m is not None and text.find(m.group("q"), b, b + _QUOTED_AGAIN_CHARS) > 0


def _mark_quote_headline(scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None]) -> None:
    """The page's headline, a show's or a section's name before a quote and who said it
    ('MORNINGS: "Nobody answers the phone at the council" - callers on the pothole
    crisis'), read as a label: the first label of the document, its name used there only,
    is the page's text, not a speaker's."""
    for i, cand in _each(cands):
        key = name_key(strip_markup(cand.name))
        if (
            cand.kind == "colon"
            and cand.rest >= 0
            and scan.text[cand.rest : cand.rest + 1] in _HEADLINE_QUOTES
            and (
                (
                    scan.roster[key] <= 1
                    and _QUOTE_HEADLINE.match(scan.text, cand.rest, scan.ends[i]) is not None
                )
                # (a quote alone after who said it, 'Ann Lee: "Prices will fall"', over an
                # interview labelled by the question's and the answer's marks)
                or (
                    scan.roster[key] <= 1
                    and _WHOLE_QUOTE.fullmatch(
                        scan.text, cand.rest, rstrip_span(scan.text, cand.rest, scan.ends[i])
                    )
                    is not None
                    and _marks_follow(cands, i)
                )
                # (a name with its office, "Ann Lee, mayor of X:": a speaker's own first
                # words, quoted and said again under the speaker's label, are no headline's)
                or ("," in cand.name and _quoted_again(scan.text, cand.rest, scan.ends[i]))
            )
        ):
            kinds[i] = SPEECH  # (read with the preamble)
            cands[i] = None
            scan.roster[key] -= 1
        return  # (the first label only)


def _mark_widget_labels(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """A label whose name is a page widget's key ("Compartilhe: Facebook | X", "Теги:
    Арктика", "分享到：微博") is page furniture, however often the page prints it: a share
    row or a tag list at the top and again at the foot would otherwise be a speaker."""
    _mark_contact_label(scan, kinds, cands, extra)
    _mark_date_field(scan, kinds, cands)
    _mark_quote_headline(scan, kinds, cands)
    _mark_field_rows(scan, kinds, cands, extra)  # (after a date's: that one is the head's)
    _mark_spaced_field_block(scan, kinds, cands, extra)
    if "dash" in scan.styles and "colon" in scan.styles:
        _mark_dash_list_block(scan, kinds, cands, extra)
    # (worked out once per name, and the lines looked at only when a name is a widget's)
    # (each such name: True for a headline's kicker, False for a widget's key)
    kicker: dict[str, bool] = {}
    rare: set[str] = set()  # (the names printed once or twice: a share row's key?)
    for name in {c.name for c in filter(None, cands) if c.kind in _WIDGET_KINDS}:
        core = strip_markup(name)
        if is_kicker(core):
            kicker[name] = True
        elif is_widget_key(core):
            kicker[name] = False
        elif scan.roster[name_key(core)] <= 2:
            rare.add(name)
    if rare:
        kicker.update(dict.fromkeys(_share_rows(scan.text, cands, rare), False))
    if not kicker:
        return
    for i, cand in _each(cands):
        if cand.name in kicker and cand.kind in _WIDGET_KINDS:
            if kicker[cand.name]:
                kinds[i] = SPEECH  # (a headline: the page's text, read with the preamble)
            else:
                kinds[i] = META
                extra[i] = "boilerplate"
                if is_poll_key(strip_markup(cand.name)):
                    # (a poll's options and its button under its question, to the block's
                    # end: "○ Pekka Nieminen  ○ Aino Virtanen", "Vastaa kyselyyn")
                    k = i + 1
                    while k < len(kinds) and kinds[k] == SPEECH:
                        kinds[k] = META
                        extra[k] = "boilerplate"
                        k += 1
            _unlabel(scan, cands, i)


def _share_rows(text: str, cands: list[Cand | None], names: set[str]) -> set[str]:
    """Those of ``names`` (names printed once or twice) each of whose lines is a row of share
    buttons, whatever the key's word ("Del: Facebook  LinkedIn  Kopiér link", "Jaa:
    Facebook | X"): the value opens with a social network's name and names two of them.
    A speaker's words are not a list of networks."""
    rows = set(names)
    for cand in cands:
        if cand is None or cand.name not in rows:
            continue
        words: list[str] = []
        if cand.rest >= 0:
            end = text.find("\n", cand.rest)
            words = text[cand.rest : end if end >= 0 else len(text)].casefold().split()
        if (
            not words
            or words[0] not in SHARE_TARGETS
            or (len(SHARE_TARGETS.intersection(words)) < 2 and not _button_row(words))
        ):
            rows.discard(cand.name)
    return rows


_BUTTON_SEPARATORS = ("·", "•", "|")
_BUTTON_WORDS = 2  # (a button's words: "E-mail", "Kopiér link")


def _button_row(words: list[str]) -> bool:
    """``words`` are a row of three buttons or more parted by one separator, each a word or
    two ("facebook · teldupostur · prenta": a network, then the mail's and the printer's
    buttons in the page's language)."""
    for sep in _BUTTON_SEPARATORS:
        if sep in words:
            items = " ".join(words).split(sep)
            return len(items) >= 3 and all(0 < len(x.split()) <= _BUTTON_WORDS for x in items)
    return False


_NAV_OPENS = frozenset("<«‹←")  # (a navigation row's arrow: "<< Previous page | ...")


def _mark_widget_lines(
    scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], short: list[int]
) -> None:
    """A widget's "Key: value" line set in the article between two paragraphs of speech
    ("Citește și: Spitalul Regional ...", "Read more: ...", "Теги: ..."), a paragraph of its
    own that no label style reads (its key is not a name), is page furniture, not the
    speaker's words. Only the short one-line paragraphs with a colon near their start
    are looked at."""
    text = scan.text
    n = len(kinds)
    for i in short:
        if kinds[i] != SPEECH:
            continue
        if (i > 0 and kinds[i - 1] != BLANK) or (i + 1 < n and kinds[i + 1] != BLANK):
            continue
        a, b = scan.content[i], scan.ends[i]
        colon = text.find(":", a, min(b, a + 40))
        if colon < 0:
            colon = text.find("：", a, min(b, a + 40))
        if colon > a and is_widget_line(text[a : rstrip_span(text, a, b)]):
            kinds[i] = META
            extra[i] = "boilerplate"
        elif is_paywall(text[a:b]):
            # (a newsletter platform's paywall between two paragraphs: "Questo post è per
            # abbonati paganti. Continua a leggere ...", "This post is for paid subscribers")
            kinds[i] = META
            extra[i] = "boilerplate"
    # a page's navigation row between the pages of a record printed as a site's pages
    # ("<< Pagina anterioară | Pagina următoare >>", "« Previous page | Next page »"): the
    # site's, wherever it cuts a turn
    for i in short if any(c in text for c in _NAV_OPENS) else ():  # (one search each)
        if kinds[i] != SPEECH or (i > 0 and kinds[i - 1] != BLANK):
            continue
        a = scan.content[i]
        if text[a] in _NAV_OPENS and text.find(" | ", a, scan.ends[i]) > 0:
            b = rstrip_span(text, a, scan.ends[i])
            if text.startswith(("<<", "«", "‹", "←"), a) and _no_sentence(text[a:b]):
                kinds[i] = META
                extra[i] = "boilerplate"
    # a widget's key alone opening a paragraph between two turns ("Advertisement", "Read more",
    # "বিজ্ঞাপন", "آگهی"), and the headline a "read more" links to on the lines under it
    for i in short:
        if kinds[i] != SPEECH or (i > 0 and kinds[i - 1] != BLANK):
            continue
        a, b = scan.content[i], scan.ends[i]
        if b - a > _WIDGET_KEY_CHARS or not is_widget_key(text[a:b]):
            continue
        if (
            i + 1 < n
            and kinds[i + 1] == SPEECH
            and is_box_key(text[a:b])
            and LABEL not in kinds[i:]
        ):
            # a legal notice's or an editor's box under its heading after the last turn
            # ("FORWARD-LOOKING STATEMENTS" over "This document contains ..."): the page's
            k = i
            while k < n and kinds[k] == SPEECH:
                kinds[k] = META
                extra[k] = "boilerplate"
                k += 1
            continue
        k = i + 1
        # (an advertisement's text may end its sentence: "Hirdetés" over "Őszi csomag – most
        # 20% kedvezménnyel!", as a page sets an ad between two turns)
        ad = is_ad_key(text[a:b])
        while k < n and k - i <= 3 and kinds[k] == SPEECH:
            s = text[scan.content[k] : rstrip_span(text, scan.content[k], scan.ends[k])]
            if len(s) > 120 or (not ad and _ENDS_SENTENCE.search(s) is not None):
                break
            k += 1
        if k < n and kinds[k] != BLANK:
            continue  # (speech goes on under the key: a word of speech, not a widget)
        if LABEL not in kinds[k:]:
            continue  # (after the last turn the page's tail is cut as a whole)
        for j in range(i, k):
            kinds[j] = META
            extra[j] = "boilerplate"


_LIST_MARKS = frozenset(">•·-–—»*▶►▸")
_RELATED_ITEMS_MIN = 2


def _mark_related_lists(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
    short: list[int],
) -> None:
    """A list of related articles under its heading ("NOTICIAS RELACIONADAS" over "> Molina:
    'El equipo ha dado la cara'", "Related" over "• Lee: 'We were ready'"): each item opens
    with a list's mark, and a headline's "Name: quote" in it is a link, not a speaker's
    label. Only a short line that is a related list's heading is looked at."""
    text = scan.text
    n = len(kinds)
    for i in short:
        if kinds[i] not in (SPEECH, META) or scan.ends[i] - scan.content[i] > _WIDGET_KEY_CHARS:
            continue
        if not is_related_key(text[scan.content[i] : scan.ends[i]]):
            continue
        k = i + 1
        while k < n and kinds[k] in (SPEECH, LABEL):
            s = text[scan.starts[k] : scan.ends[k]].lstrip(" \t")
            if not s or s[0] not in _LIST_MARKS:
                break
            k += 1
        if k == i + 1:
            k = _unmarked_links(scan, kinds, i + 1)
            if k == i + 1 or (LABEL not in kinds[k:] and LABEL in kinds[:i]):
                # (after the last turn the page's tail is cut as a whole; a page with no
                # other label may be a Q&A that its questions' marks show)
                continue
        elif k - i - 1 < _RELATED_ITEMS_MIN:
            continue
        for j in range(i, k):
            if kinds[j] == LABEL:
                _unlabel(scan, cands, j)
            kinds[j] = META
            extra[j] = "boilerplate"


_LINK_MAX_CHARS = 120
_LINK_ENDS = frozenset(".!?:;,。！？：")


def _unmarked_links(scan: Scan, kinds: MutableSequence[int], k: int) -> int:
    """Where the links under a related heading end when they have no list marks ("LESEN
    SIE AUCH" over "Kinderarztmangel: Bremen will Niederlassung fördern"): the headlines
    right under it, each short with no sentence's end, up to a blank line (a paragraph of
    speech after the heading is no link); ``k`` itself when there are none."""
    text = scan.text
    n = len(kinds)
    j = k
    while j < n and kinds[j] in (SPEECH, LABEL):
        s = text[scan.content[j] : scan.ends[j]].rstrip()
        if not s or len(s) > _LINK_MAX_CHARS or s[-1] in _LINK_ENDS:
            return k
        j += 1
    return j if j == n or kinds[j] == BLANK else k


def _first_nonblank(text: str, starts: Sequence[int], ends: Sequence[int]) -> int | None:
    for i, (a, b) in enumerate(zip(starts, ends, strict=True)):
        if text[a:b].strip(LINE_INDENT):
            return i
    return None


def _prev_nonblank(kinds: MutableSequence[int], i: int) -> int:
    j = i - 1
    while j >= 0 and kinds[j] == BLANK:
        j -= 1
    return j


def _each(cands: list[Cand | None]) -> Iterator[tuple[int, Cand]]:
    """Each line that has a candidate, and its candidate, in order, skipping the others at
    C speed. Both iterators read the list as they go: a loop may drop (set to None) the
    candidate it is at, but must neither drop nor add one ahead of it (the two would fall
    out of step)."""
    return zip(compress(range(len(cands)), cands), filter(None, cands), strict=True)


def _bracket_uses(
    name: str, key: str, roster: Counter[str], bracketed: dict[str, list[str]]
) -> int:
    """The uses of a label's other forms, with a bracket after the name or without it (see
    ``bracketed`` in :func:`_resolve`)."""
    if key in bracketed:
        return sum(roster[k] for k in bracketed[key])
    if name[-1:] == ")" and " (" in name:
        bare = name_key(strip_markup(name[: name.rfind(" (")]))
        return roster[bare] if bare in bracketed else 0
    return 0


def _caption_row(scan: Scan, cands: list[Cand | None], i: int) -> bool:
    """Line ``i`` is a row of a form's captions, each closed by a colon, columns apart, as a
    record's signature block prints them over its lines ("Der Gesuchsteller:      Die
    befragende Person:", "Die Richterin:      Die Schriftführerin:"), with the columns
    going on below (the names, or the rules to sign on): no label, whatever its first
    caption looks like, but the page's furniture."""
    text = scan.text
    cand = cands[i]
    assert cand is not None
    b = rstrip_span(text, cand.rest, scan.ends[i])
    if text[b - 1] not in ":：" or text.find("   ", cand.end, b) < 0 or i + 1 >= len(scan.ends):
        return False
    a2, b2 = scan.content[i + 1], scan.ends[i + 1]
    return a2 < b2 and (text.startswith("___", a2) or text.find("   ", a2, b2) >= 0)


_ASK_NAMES = frozenset(("Q", "QUESTION", "P", "D", "F", "ש"))  # (a question's marks)


def _resolve(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
    pats: dict[str, re.Pattern[str]],
) -> None:
    """Accept or reject label candidates with the roster of the whole document."""
    text = scan.text
    roster: Counter[str] = Counter()
    strong_total = 0
    titled_period = 0
    qa_marked = 0
    pr_seen: set[str] = set()  # Spanish "P." / "R.": a label only when both are used
    numbered: Counter[str] = Counter()  # the marks with a number glued ("F12", "A12")
    n = len(kinds)
    scores = [-1] * n  # each candidate's score (-1: none worked out)
    shout: Counter[str] = Counter()
    # the roster key of each name as written, worked out once per name
    # the candidates by form (style, name, speech inline or not, marked), each with its
    # lines: a document repeats its labels, so a name is scored and counted per form
    forms: dict[Form, list[int]] = {}
    for i, c in _each(cands):
        forms.setdefault((c.kind, c.name, c.rest >= 0, c.marked), []).append(i)
    # a colon "label" holding a sentence after an address or a name in capitals ("Mme Anne
    # Roy. Fin 2027 : ...", "PRESIDENTE. L'ordine del giorno reca: ...") is read again as
    # those styles read it (asked once per name; most have no period and a space)
    reread = [f for f in forms if f[0] == "colon" and ". " in f[1] and sentence_in_name(f[1])]
    for form in reread:
        for i in forms.pop(form):
            again = cands[i] = reread_sentence_label(text, scan.content[i], scan.ends[i])
            if again is None:
                kinds[i] = SPEECH
            else:
                form2 = (again.kind, again.name, again.rest >= 0, again.marked)
                forms.setdefault(form2, []).append(i)
    # an answer's mark where no question is marked, on lines a period label reads as an
    # initial and a surname in capitals ("A. VAIČEKAUSKAITĖ-BALTRŪNIENĖ. Ačiū", among the
    # Seimas's "G. PEČIULIONIS. ..."): the speaker's initial, not an answer's mark
    marks = [f for f in forms if f[0] == "qa" and len(f[1]) == 1 and f[2]]
    if (
        marks
        and not any(f[0] == "qa" and f[1] in _ASK_NAMES for f in forms)
        and any(f[0] == "period" for f in forms)
    ):
        for form in marks:
            kept = []
            for i in forms.pop(form):
                again = reread_sentence_label(text, scan.content[i], scan.ends[i])
                if again is None or again.kind != "period":
                    kept.append(i)
                    continue
                cands[i] = again
                forms.setdefault(
                    (again.kind, again.name, again.rest >= 0, again.marked), []
                ).append(i)
            if kept:
                forms[form] = kept
        reread = reread or marks
    # the verb of a main question or its answer after the name, the speech under it ("MHE.
    # ANN LEE aliuliza:-", "THE MINISTER replied:-"): the name alone is the speaker's
    asking = [f for f in forms if f[0] == "colon" and f[1].endswith(_ASKING_ENDS)]
    for form in asking:
        reread = reread or asking
        scan.asked = True
        _asked_answered(scan, cands, forms, form)
    if reread:
        for lines in forms.values():
            lines.sort()
    _drop_running_dash_lines(scan, kinds, cands, forms)
    # (a signature block's row of captions, printed once: no label; see _caption_row)
    rows = [
        f
        for f, lines in forms.items()
        if f[0] == "colon" and f[2] and len(lines) == 1 and _caption_row(scan, cands, lines[0])
    ]
    for f in rows:
        i = forms.pop(f)[0]
        kinds[i] = META
        cands[i] = None
    keys = {form[1]: name_key(strip_markup(form[1])) for form in forms}
    # a name with its place or outlet in brackets and the same name bare ("MAURA
    # (Castlebar):" then "MAURA:", as a phone-in prints its callers) are one speaker's
    # labels: each counts the other's uses (the keys of the bracketed forms, by bare key)
    bracketed: dict[str, list[str]] = {}
    for name in keys:
        if name[-1:] == ")" and " (" in name:
            bare_key = name_key(strip_markup(name[: name.rfind(" (")]))
            if bare_key and bare_key != keys[name]:
                bracketed.setdefault(bare_key, []).append(keys[name])
    exams: dict[int, str] = {}  # the lines that head an examination, and who examines
    last_label: int | None = None  # (the last label's line: found once, when needed)
    for (kind, name, _inline, marked), lines in forms.items():
        if kind == "colon" and name[:8].casefold().startswith(_EXAMINATION_OPENS):
            # ("BY MR. SMITH:" heads an examination, and is no label: a line opens with
            # the name, a number or a bracket, so only such names need the test)
            kept = []
            for i in lines:
                exam = _EXAMINATION.fullmatch(text, scan.content[i], scan.ends[i])
                if exam is None:
                    kept.append(i)
                else:
                    exams[i] = exam.group(1)
            lines = kept
        score = plausible_name(name) if kind not in MARKED and not marked else 2
        if score == 0 and kind == "colon":
            if name[-1:] != ")" and _aged(name):
                score = 2  # (a person's name and age: "Ann Lee (71), retired teacher")
            elif " / " in name:
                score = _bilingual_score(name)
        if score == 0 and kind in ("colon", "md", "timed"):
            shout[strip_markup(name)] += len(lines)
        if kind == "voice" and not name.strip():
            score = 0
        for i in lines:
            scores[i] = score
        if score == 0 and kind == "colon" and not _inline and is_section_head(name):
            for i in lines:  # ("Questions & Answers:" over the turns: a heading)
                kinds[i] = META
                cands[i] = None
        elif score == 0 and kind == "colon" and is_widget_key(name):
            # a widget's row, a paragraph of its own between two turns ("Mehr zum Thema: A |
            # B | C"): the page's (after the last turn, the page's tail is cut as a whole;
            # inside a paragraph, "Note: ..." is the speaker's)
            if last_label is None:
                last_label = next(
                    (k for k in range(len(kinds) - 1, -1, -1) if kinds[k] == LABEL), -1
                )
            for i in lines:
                if (
                    0 < i < len(kinds) - 1
                    and kinds[i - 1] == BLANK
                    and kinds[i + 1] == BLANK
                    and i < last_label
                ):
                    kinds[i] = META
                    extra[i] = "boilerplate"
                    cands[i] = None
        if score == 0:
            continue
        roster[keys[name]] += len(lines)
        if kind == "period" and titled(name):
            titled_period += len(lines)
        if kind == "qa":
            for i in lines:
                qa = cands[i]
                if qa is not None and qa.numbered:
                    numbered[name] += 1
                elif qa is not None and not qa.single:
                    qa_marked += 1
                    if name in PAIRED_MARKS or name == "A" or name in GAP_MARKS:
                        pr_seen.add(name)
        if score == 2:
            strong_total += len(lines)

    # A headline printed twice ("Antony Blinken: 'What's most important...'" as page title
    # and as heading) is not two turns: a long labelled line repeated nearby is a title.
    repeated: set[int] = set()
    last_seen: dict[str, int] = {}
    first_cand = next(compress(range(n), cands), 0)
    # only a headline at the top (j <= first_cand, i - j <= 8) is looked for
    for i in range(first_cand, min(n, first_cand + 9)):
        head = cands[i]
        if head is None or head.rest < 0:
            continue
        full = text[scan.content[i] : scan.ends[i]].strip()
        if len(full) < 25:
            continue
        j = last_seen.get(full)
        if (
            j is not None
            and i - j <= 8
            and j <= first_cand
            and all(cands[k] is None for k in range(j + 1, i))
            # (a headline is a paragraph of its own, and no laughter follows it: a speaker
            # who says the same long sentence twice, "(Laughter.)" between, is no headline)
            and kinds[j + 1] == BLANK
            and all(kinds[k] != STAGE for k in range(j + 1, i))
        ):
            repeated.update((i, j))
        last_seen[full] = i
    for i in repeated:
        twice = cands[i]
        assert twice is not None
        cands[i] = None
        kinds[i] = SPEECH
        if scores[i] > 0:
            roster[keys[twice.name]] -= 1

    # A short word in capitals used as a label three times or more is a call sign or a role
    # ("CC:" in a mission log), not an e-mail header.
    for i, cand in _each(cands) if shout else ():
        word = strip_markup(cand.name)
        if (
            scores[i] == 0
            and shout[word] >= 3
            and word.isupper()
            and word.isalpha()
            and len(word) <= 6
        ):
            scores[i] = 2
            roster[name_key(word)] += 1
            strong_total += 1

    # A role in sentence case used as a label twice or more where other labels name
    # people ("Tisková mluvčí:", "Press officer:"): a speaker, as alone on its line.
    handles: dict[str, bool] = {}  # (each word looked for in the text once)
    for i, cand in _each(cands) if shout and strong_total >= 2 else ():
        word = strip_markup(cand.name)
        if scores[i] == 0 and shout[word] >= 2 and " " in word and _bare_phrase(word):
            scores[i] = 1
            roster[keys[cand.name]] += 1
        elif scores[i] == 0 and shout[word] >= 2 and _listed_handle(text, word, handles):
            # an account's handle among named people (a meeting app's "mfernandes:"), named
            # in the list of participants too
            scores[i] = 1
            roster[keys[cand.name]] += 1

    _mark_header_blocks(scan, kinds, cands)
    _mark_key_value_blocks(scan, kinds, cands, roster)
    _mark_tally_blocks(scan, kinds, cands, roster, forms)
    # surnames of period labels ("NORA SMITH.") let a bare "SMITH." through
    period_surnames = {
        name_key(c.name).split()[-1]
        for c in filter(None, cands)
        if c.kind == "period" and len(name_key(c.name).split()) >= 2
    }

    # the candidates left that look like names, by form: the layout is read per form, not
    # per line
    for form, lines in list(forms.items()):
        lines[:] = [i for i in lines if scores[i] > 0 and cands[i] is not None]
        if not lines:
            del forms[form]
    caps: dict[str, bool] = {}
    established = _established_styles(scan, kinds, cands, forms, scores, keys, roster, caps)
    # the document's labels mostly have their speech on their line
    scored = sum(len(lines) for lines in forms.values())
    inline = 2 * sum(len(lines) for form, lines in forms.items() if form[2]) > scored
    # a document laid out in dash labels or chat headers: a colon in it is speech or
    # metadata ("Question: will ...", a credits block "Producent: Lina"), not its labels
    other_layout = bool(established) and all(sig[0] in OWN_LAYOUT for sig in established)
    credits: list[int] = []  # (such colon lines opening a block: see below)
    fields: list[int] = []  # (such colon lines holding a heading's or a field's value)
    # (where the conversation begins: front matter above it has no labels of this kind)
    first_recurring = min(
        (lines[0] for form, lines in forms.items() if roster[keys[form[1]]] >= 2), default=n
    )
    # (numbered marks of both sides of a pair: the document's questions and answers; the
    # bare mark of one left unnumbered, "A Ja, das stimmt.", is one of them)
    qa_numbered = 2 if any(numbered[x] and numbered[y] for x, y in NUMBERED_PAIRS) else 0
    if qa_numbered:
        qa_marked += numbered.total()
        pr_seen.update(numbered)
    scan.established = established
    ev = Evidence(
        established,
        caps,
        titled_period=titled_period,
        qa_marked=qa_marked,
        strong_total=strong_total,
        inline=inline,
        first_recurring=first_recurring,
        period_surnames=frozenset(period_surnames),
        pr_seen=2 if any(x in pr_seen and y in pr_seen for x, y in (*QA_PAIRS, *GAP_PAIRS)) else 0,
        qa_numbered=qa_numbered,
        paragraph_start=lambda j: _paragraph_start(scan, kinds, j, cands),
    )
    accepted = 0
    styles = scan.styles  # (the styles of the labels accepted)
    # a line refused as a colon label is not read again as an irregular one
    refused: set[int] = set()
    footnotes: set[str] = set()
    for i, cand in _each(cands):  # (each line's candidate goes, if refused, as it is read)
        if i in exams:
            kinds[i] = META
            scan.examinations.append((i, exams[i]))
            cands[i] = None
            continue
        ev.score = score = max(scores[i], 0)
        ev.key = key = keys[cand.name]
        ev.count = roster[key]
        if bracketed:
            ev.count += _bracket_uses(cand.name, key, roster, bracketed)
        ev.line = i
        ok = score > 0 and BY_NAME[cand.kind].accept(cand, ev)
        if (
            ok
            and other_layout
            and cand.kind == "colon"
            and not in_style(signature(cand, caps), established)
        ):
            ok = False
            if i == 0 or kinds[i - 1] in (BLANK, META):
                credits.append(i)
        if (
            other_layout
            and cand.kind == "colon"
            and cand.rest >= 0
            and _field_value(text[cand.rest : scan.ends[i]].strip())
            and not in_style(signature(cand, caps), established)
        ):
            ok = False
            fields.append(i)
        if (
            ok
            and ev.count == 1  # (a name that recurs is no heckle's)
            and cand.kind == "colon"
            and i > 0
            and kinds[i - 1] in (SPEECH, LABEL)
            and text.rfind("(", scan.content[i - 1], scan.ends[i - 1])
            > text.rfind(")", scan.content[i - 1], scan.ends[i - 1])
        ):
            # the line goes on with a bracket the line above opened: a heckle wrapped in a
            # record ("(Beifall bei der FPÖ. – Abg.\nEßl: Das ist ja unrichtig!)"), no label
            ok = False
            refused.add(i)
        if ok:
            accepted += 1
            styles.add(cand.kind)
            if cand.fn:
                footnotes.add(cand.fn)
        else:
            kinds[i] = META if cand.kind == "heading" else SPEECH
            if cand.kind == "lenticular" and text[cand.start] == "[":
                kinds[i] = STAGE  # (a direction in square brackets: "[웃음]", see scan_text)
            if cand.kind == "heading":
                scan.heading_lines.add(i)
            cands[i] = None
            if cand.kind == "colon" and _INNER_END.search(cand.name) is None:
                # (a "name" with a sentence's end in it was none: the line is speech, and
                # may open with a label left without its colon, "HEMI Ka pai. Whaea, a text
                # from Mere: ...")
                refused.add(i)
            elif cand.kind == "dash" and score > 0:
                # (a refused dash line names no one: "Field Notes — Episode 87" is a title,
                # not a speaker an irregular label could repeat)
                roster[key] -= 1
    # a row of the page's fields above the conversation, parted by bars or dots ("Host: Ann
    # Lee | Guest: Dr Omar Haddad", "Duration: 58 min | Published 3 May", "Listen on:
    # Spotify · Apple Podcasts · YouTube"): the page's, not a first turn (before the
    # headline's test: a title right above such a row is the headline)
    for (kind, name, inline_form, _m), lines in forms.items() if first_recurring < n else ():
        i = lines[0]
        row = cands[i]
        if (
            kind == "colon"
            and inline_form
            and row is not None
            and i < first_recurring
            and roster[keys[name]] == 1
            and _head_row(text, row.rest, scan.ends[i])
        ):
            kinds[i] = META
            scan.header_lines.add(i)
            cands[i] = None
            roster[keys[name]] -= 1
            accepted -= 1
    # a "label" used once above the conversation, its line followed right away by the page's
    # metadata (a date, a share bar), is the headline: "شدید گرمی: کیا ... ؟ — ..." over
    # "اپ ڈیٹ: 14 جون 2026" (a kicker, a colon, the title)
    # (or the document's first label, its name said again below, over a byline with its
    # date: the headline quotes the speaker, "Mujkić: Do proljeća ..." over "Autor: ... |
    # 14.10.2025.")
    for (kind, name, inline_form, _m), lines in forms.items() if first_recurring < n else ():
        i = lines[0]
        used_once = i < first_recurring and roster[keys[name]] == 1
        if (
            # (said again below, in this form or another: "Σταματόπουλος:" over
            # "ΣΤΑΜΑΤΟΠΟΥΛΟΣ:")
            (used_once or (i == first_cand and (len(lines) >= 2 or roster[keys[name]] >= 2)))
            and kind == "colon"
            and inline_form
            and (head := cands[i]) is not None
            and (j := _next_nonblank(kinds, i)) < n
            and (
                (used_once and kinds[j] == META)
                # (the document's first line, in a style not its labels', no sentence after
                # the colon: a title, "Radio Debate: the bypass vote" over caps labels)
                or (
                    used_once
                    and i == _next_nonblank(kinds, -1)
                    and not in_style(form_signature(kind, name, True, caps), established)
                    and scan.ends[i] - head.rest <= _TITLE_CHARS
                    and _ENDS_SENTENCE.search(text, head.rest, scan.ends[i]) is None
                    and _INNER_END.search(text, head.rest, scan.ends[i]) is None
                    # (a sentence wrapped onto the next line goes on in lower case: "Ann
                    # Lee: We have" over "been very clear ..." is a turn)
                    and not text[scan.content[j] : scan.content[j] + 1].islower()
                )
                # (a widget's key read as a label until the widgets' pass: "Updated: ...")
                or ((w := cands[j]) is not None and is_widget_key(strip_markup(w.name)))
                or _dated_row(text[scan.content[j] : scan.ends[j]])
            )
        ):
            kinds[i] = META
            scan.heading_lines.add(i)
            cands[i] = None
            if used_once:  # (a speaker the headline quotes keeps the count: the name is theirs)
                roster[keys[name]] -= 1
            accepted -= 1
    if 0 < accepted <= 2 and _dash_dialogue(text):
        # a headline "Ann Lee: quote" over an interview printed without labels, each
        # question and each answer a paragraph opening with a dash ("– Колко струва?" /
        # "– Десет лева."): no label where none recurs (the turns are read from the dashes:
        # alternation.infer_dash_dialogue)
        once_only = list(_each(cands))
        if all(roster[keys[c.name]] == 1 for _, c in once_only):
            for i, _c in once_only:
                kinds[i] = SPEECH
                cands[i] = None
            accepted = 0
            styles.clear()
    # a label used once, alone on its line, with another label right under it, heads a
    # section ("JALANNYA RAPAT:" over "KETUA RAPAT (...):"): nobody speaks in it
    # (looked for only where labels stand alone on their lines, and by form: a name used
    # once has one line)
    once = [
        lines[0]
        for (kind, name, inline_form, _m), lines in forms.items()
        if not inline and kind == "colon" and not inline_form and roster[keys[name]] == 1
    ]
    # an episode's or a part's number, then its title, above the conversation ("Þáttur 42:
    # Hvenær ...", "Folge 12: Der Anfang") is a heading where the labels are of another
    # style (a podcast's clock before each name), not a speaker
    if established and all(sig[0] != "colon" for sig in established):
        for (kind, name, _inline, _m), lines in forms.items():
            i = lines[0]
            if (
                kind == "colon"
                and name[-1:].isdecimal()
                and not is_generic(name)  # ("Speaker 1:" speaks: no episode's number)
                and i < first_recurring
                and roster[keys[name]] == 1
                and cands[i] is not None
            ):
                kinds[i] = META
                scan.heading_lines.add(i)
                cands[i] = None
                roster[keys[name]] -= 1
    for i in once:
        heading = cands[i]
        if heading is not None and heading.rest < 0:
            j = _next_nonblank(kinds, i)
            if j < n and cands[j] is not None and cands[j].rest < 0:  # type: ignore[union-attr]
                kinds[i] = META
                scan.heading_lines.add(i)
                cands[i] = None
                roster[keys[heading.name]] -= 1
    # a word in square brackets used once, another label right under it, is a stage
    # direction ("[웃음]", "[掌声]" between two speakers' turns), not a speaker's label
    for (kind, name, inline_form, _m), lines in forms.items() if "lenticular" in styles else ():
        i = lines[0]
        stage = cands[i]
        if (
            kind == "lenticular"
            and not inline_form
            and roster[keys[name]] == 1
            and stage is not None
            and text[stage.start] == "["
        ):
            j = _next_nonblank(kinds, i)
            if j >= n or cands[j] is not None:
                kinds[i] = STAGE
                cands[i] = None
                roster[keys[name]] -= 1
    # a field whose value is a name in capitals or a time, in such a layout, is a heading
    # or metadata ("PRESIDÊNCIA: MARKO JURIĆ", "Kapanma Saati: 12.47"), not speech
    for i in fields:
        kinds[i] = META
        scan.header_lines.add(i)
    # a block of colon lines after a blank line in such a layout is metadata ("Producer: ...")
    for i in credits:
        j = i
        while j < n and kinds[j] == SPEECH and text.find(":", scan.content[j], scan.ends[j]) > 0:
            j += 1
        if j - i >= 2 and (j >= n or kinds[j] == BLANK):
            for k in range(i, j):
                kinds[k] = META
                scan.header_lines.add(k)
                cands[k] = None
    accepted -= _mark_item_lists(scan, kinds, cands, roster, keys)
    scan.has_labels = accepted > 0
    scan.markdown = not styles.isdisjoint(("md", "heading"))
    scan.roster = roster
    if footnotes:
        _mark_footnotes(scan, kinds, footnotes)

    # Irregular labels, for speakers the document already established.
    known = {k for k, v in roster.items() if v >= 1}
    regular_keys = {keys[c.name] for c in filter(None, cands)}
    if not known:
        return
    loose = pats["LABEL_LOOSE"]
    # Both irregular forms need a known name at the start of the line: a line whose first
    # letter starts no known name is skipped without trying the patterns.
    firsts = {k[0] for k in known if k}
    content = scan.content
    # labels of three words or more, by their first word: a record that once leaves out the
    # colon prints the label in full, then the speech ("Präsidentin Doris Achleitner Danke.");
    # or of an initial glued to the surname ("Е.Сәтбаев Иә, ...")
    heads: dict[str, set[str]] = {}
    noted_lines: Counter[str] = Counter()
    turn_heads: dict[str, set[str]] = {}
    # whether the document labels people by a title and a surname in capitals ("DIRECTOR
    # HALVORSEN:"): then such a pair without the colon is a label too
    caps_titled = False
    # (the inline colon lines of each name with a note in brackets after it and without:
    # "Bambang Susilo (Direktur Utama):" then "Bambang Susilo:" are one speaker's two)
    noted_forms: Counter[str] = Counter()
    for (kind, name, _inline, _marked), form_lines in forms.items():
        if kind == "colon" and _inline and name[-1:] == ")" and " (" in name:
            noted_forms[name[: name.rfind(" (")]] += len(form_lines)
    for (kind, name, _inline, _marked), form_lines in forms.items():  # (a document repeats them)
        # (a form's label still read: a headline quoting a speaker is no longer one)
        live = any(cands[j] is not None for j in form_lines)
        if (
            kind == "colon"
            and _inline
            and name.count(" ") == 1
            and name.isupper()
            and name.partition(" ")[0].casefold().rstrip(".") in _CAPS_LABEL_TITLES
            and live
        ):
            caps_titled = True
        if (
            kind == "colon"
            and (name.count(" ") >= 2 or _glued_initial(name))
            and (_ends_in_letter(name) or name[-1:] == ")" or _closing_initial(name))
            and live
        ):
            word = name.partition(" ")[0]
            heads.setdefault(word, set()).add(name)
            if name[-1] == ")":
                # (the lines, not the names: one asker's note printed twice counts twice)
                noted_lines[word] += len(form_lines)
            if not word.isascii():
                # (and without its accents: one left out, "LOPEZ DE GUEREÑU ... jaunak Dos")
                heads.setdefault(_unaccented(word), set()).add(name)
        if (
            # (the colon's, the dash's or the period's: "Johan – ...", "MARTA CASTELLI. ...",
            # a record or a radio page leaves any of them out once)
            kind in _TURN_HEAD_KINDS
            and _inline
            and (
                len(form_lines) >= 2
                # (or once, after the same name with a note in brackets: "Hendra Wijaya
                # (Direktur Utama): ...", "Hendra Wijaya: ...")
                or (kind == "colon" and noted_forms[name] > 0 and " " in name)
                # (or once, a name in capitals of two words or more, the speech in mixed
                # case: the case shows where the name ends, "MARTA CASTELLI Signor ...")
                or (" " in name and name.isupper())
                # (or once, a form of address and a surname: "M. Pelletier :", as a
                # chamber's record prints its members)
                or (
                    name.count(" ") == 1
                    and name.partition(" ")[0].casefold().rstrip(".") in _FORMS_OF_ADDRESS
                )
                # (or an initial and a surname, "О. Синицына:", as a stenogram shortens a
                # speaker named in full before)
                or (
                    name.count(" ") == 1
                    and len(name) > 4
                    and name[1] == "."
                    and name[0].isupper()
                    and name[3:4].isupper()
                )
            )
            and live
            and _ends_in_letter(name)
        ):
            # a shorter label the speaker's turns open with, twice or more: left without
            # its colon once only where another speaker's turn ends right above (see below)
            turn_heads.setdefault(name.partition(" ")[0], set()).add(name)
        elif (
            kind == "colon"
            and _inline
            and live
            and name[-1:] == ")"
            and (plain := name[: name.rfind(" (")]).count(" ") >= 2
            and _ends_in_letter(plain)
        ):
            # (a member's full name, written once with the constituency, "श्री सुरेश चंद्र
            # यादव (बलिया):", then called again without it and without the colon: "श्री
            # सुरेश चंद्र यादव महोदय, ...")
            turn_heads.setdefault(plain.partition(" ")[0], set()).add(plain)
    # (a record whose members' labels are an initial glued to the surname, "Т.Осмонов:",
    # two or more of them: one left without its colon is read where the chair called it)
    glued = sum(1 for f in forms if f[0] == "colon" and _glued_initial(f[1])) >= 2
    timed = "timed" in styles
    # (the last regular label: looked for from the end, where it is near)
    last_regular = next((k for k in range(n - 1, -1, -1) if cands[k] is not None), n)
    for i in range(n):
        if timed and kinds[i] == TIMED_TEXT:
            # (a line opening with a timestamp, "[04:02] Bas Dat gaat ...")
            stamped = _stamped_label(text, content[i], scan.ends[i], known, regular_keys)
            if stamped is not None:
                _repaired(scan, kinds, cands, i, stamped)
            continue
        if kinds[i] != SPEECH:
            continue
        a = content[i]
        if glued and (called := _called_glued_label(scan, kinds, i)) is not None:
            _repaired(scan, kinds, cands, i, called)
            continue
        if i in refused:
            # (a line refused as a colon label may still open with a label its colon left
            # out: "Frage Noch einmal an Frau Lindqvist: Fährt ...?" among "Frage: ...")
            # (not a byline's parts set apart by bars under a headline read as the first
            # label: "Reshma Gopalakrishnan | Published: ...")
            sp = text.find(" ", a, scan.ends[i])
            if (
                turn_heads
                and sp > a
                and text[a:sp] in turn_heads
                and text.find(" | ", a, scan.ends[i]) < 0
                and i > next(islice((k for k, _c in _each(cands)), 1, None), n)
            ):
                turn = _turn_after_turn(scan, kinds, cands, keys, i, turn_heads[text[a:sp]])
                if turn is not None:
                    _repaired(scan, kinds, cands, i, turn)
            continue
        if name_key(text[a])[:1] not in firsts:
            continue
        b = rstrip_span(text, a, scan.ends[i])
        if (
            heads
            and (
                i == 0
                or kinds[i - 1] == BLANK
                # (a PDF record's text has no blank lines: a sentence ended above, the
                # bracketed note below decides, see _headed_note_label)
                or (
                    noted_lines[text[a : text.find(" ", a, b)]] >= 2
                    and _paragraph_start(scan, kinds, i, cands)
                )
            )
            and (sp := text.find(" ", a, b)) > a
            and (group := heads.get(text[a:sp])) is not None
        ):
            blank_above = i == 0 or kinds[i - 1] == BLANK
            whole = next(
                (
                    h
                    for h in group
                    if (text.startswith(h, a) or name_key(text[a : a + len(h)]) == keys[h])
                    and text[a + len(h) : a + len(h) + 1] == " "
                    and (
                        (ch := text[a + len(h) + 1 : a + len(h) + 2]).isupper()
                        or (ch != "" and caseless_letter(ch))
                        # (a question's or an exclamation's opening mark: "¿Ochenta ...?")
                        or (ch != "" and ch in "¿¡")
                    )
                ),
                None,
            )
            if whole is not None and blank_above:
                cand = Cand("loose", whole, a, a + len(whole), a + len(whole) + 1)
                cand.repaired = "missing colon"
                _repaired(scan, kinds, cands, i, cand)
                continue
            noted = _headed_note_label(text, a, b, noted_lines[text[a:sp]])
            if noted is not None and (blank_above or text[noted.rest].isupper()):
                # (without a blank line above, a capital must open the speech: a script
                # without case gives no such sign, "... (திரு. Name) அவர்கள் தலைமை ...")
                _repaired(scan, kinds, cands, i, noted)
                continue
        if turn_heads and (sp := text.find(" ", a, b)) > a and text[a:sp] in turn_heads:
            turn = _turn_after_turn(scan, kinds, cands, keys, i, turn_heads[text[a:sp]])
            if turn is not None:
                _repaired(scan, kinds, cands, i, turn)
                continue
        bare = _caps_bare(text, a, b)
        if bare is not None:
            bkey = name_key(text[a : bare[0]])
            if (roster.get(bkey, 0) >= 2 and (bkey in regular_keys)) or (
                # (a title and a surname, after a sentence's end: "DIRECTOR QUINTANILLA-RUIZ
                # Thank you." among "DIRECTOR HALVORSEN: ...", "REGIDORA CANTÚ Gracias.")
                caps_titled
                and text[a : (sp := text.find(" ", a, b))].casefold().rstrip(".")
                in _CAPS_LABEL_TITLES
                and text.count(" ", a, bare[0]) == 1
                # (a surname, not an initial; then a sentence: "Thank you.", "¿Se ...?")
                and bare[0] - sp > 3
                and text[bare[0] - 1] != "."
                and _opens_sentence(text, bare[1], b)
                and (
                    i == 0
                    or kinds[i - 1] == BLANK
                    or _ends_a_sentence(text, content[i - 1], scan.ends[i - 1])
                )
            ):
                cand = Cand(
                    "loose",
                    text[a : bare[0]],
                    a,
                    bare[0],
                    bare[1],
                    repaired="missing colon",
                )
                _repaired(scan, kinds, cands, i, cand)
                scan.has_labels = True
                continue
            noted = _noted_bare_label(text, a, bare[1], b, roster, regular_keys, bkey)
            if noted is not None:
                _repaired(scan, kinds, cands, i, noted)
                scan.has_labels = True
                continue
        if b - a > 90:
            # a long line opens with an irregular label only when a terminator follows the name
            m = loose.match(text, a, a + 90)
            if m is None or not m.group("term") or not m.group("rest"):
                continue
        else:
            m = loose.match(text, a, b)
            if not m:
                continue
        name = m.group("name").strip()
        key = name_key(strip_markup(name))
        if key not in known or roster[key] < 1:
            continue
        if (
            i > 0
            and kinds[i - 1] in (SPEECH, LABEL)
            and scan.ends[i - 1] - content[i - 1] >= 60
            # (cut after a word: not after a sentence's end, a bracket or a note)
            and (
                (last := text[rstrip_span(text, content[i - 1], scan.ends[i - 1]) - 1]).isalpha()
                or last == ","
            )
        ):
            # (a sentence a long, wrapped line above began: "... jener des Herrn
            # Abgeordneten\nMag. Wallner. – Bitte.")
            continue
        term = m.group("term")
        rest = m.group("rest")
        if rest and not term:
            continue
        # A label alone on its line must be followed by speech (bare line numbers aside).
        j = i + 1
        while j < n and kinds[j] in (BLANK, PAGE):
            j += 1
        if not rest and (j >= n or kinds[j] not in (SPEECH, STAGE)):
            continue
        if not term and not rest and name.endswith("."):
            continue  # "Ms. Waggoner." alone on its line is someone being called on
        if not term and not rest and "|" in name:
            continue  # a page's masthead ("الخليج الآن | Gulf Now Today"), the site's name
        if term and rest and term.strip() in _LIST_DASHES and _list_item(scan, kinds, i):
            # a key of the speakers, a line each under its heading ("Participants:" over
            # "P1 - female, 30s, NHS admin", "P2 - male, 50s, ..."): a list, not turns
            continue
        if not term and not rest:
            # a name alone on its line inside a list of names ("Participants:") is not a label
            nxt = text[scan.content[j] : scan.ends[j]].strip()
            p = _prev_nonblank(kinds, i)
            prev = text[scan.content[p] : scan.ends[p]].strip() if p >= 0 else ""
            if (
                name_key(nxt) in known
                or prev.endswith(":")
                or (p == i - 1 and plausible_name(prev) > 0 and len(prev) < 40)
            ):
                continue
            if inline and i > last_regular and j == i + 1 and _page_tail_after(scan, kinds, j):
                # the author's box under the article: the journalist's name alone, a line
                # of biography right under it, then only the page's foot ("Marta Requena" /
                # "Periodista de ... desde 2015." / "© ..."), after the last colon label
                continue
        end = m.end("term") if term else m.end("name")
        what = {
            '"': "quote mark typed for the colon",
            "”": "quote mark typed for the colon",
            ";": "semicolon typed for the colon",
        }.get((term or "").strip(), "dash typed for the colon" if term else "missing colon")
        cand = Cand("loose", name, a, end, m.start("rest") if rest else -1, repaired=what)
        _repaired(scan, kinds, cands, i, cand)
        scan.has_labels = True


_FORMS_OF_ADDRESS = HONORIFICS | ADDRESS
_CAPS_LABEL_TITLES = TITLE_WORDS | WORLD_TITLES


def _opens_sentence(text: str, r: int, b: int) -> bool:
    """text[r:b] opens as a sentence: a capital and a small letter ("Thank", "¿Se")."""
    if r < b and text[r] in "¿¡":
        r += 1
    return r + 1 < b and text[r].isupper() and text[r + 1].islower()


#: the label kinds whose terminator a record leaves out once after another speaker's turn
_TURN_HEAD_KINDS = frozenset(("colon", "dash", "period"))


def _ends_in_letter(name: str) -> bool:
    """``name`` ends with a letter, or with a vowel sign after one (Telugu "శ్రావణి", Hindi
    "रवि": an Indic script writes a name's last vowel as a mark)."""
    c = name[-1:]
    return c.isalpha() or (c != "" and unicodedata.category(c) in ("Mn", "Mc"))


_WRAPPED_CHARS = 80  # (a line wrapped at a page's width: a PDF's text)


def _turn_after_turn(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    keys: dict[str, str],
    i: int,
    group: set[str],
) -> Cand | None:
    """A label the speaker's turns open with, its colon left out once ("Babić Hoće, od
    travnja.", "לוי התקציב אושר ..." among "Babić: ...", "לוי: ..."), at line ``i``
    (whose first word opens each name of ``group``): read where another speaker's turn
    ends right above it (the line above is that turn's label line or its paragraph's wrapped
    line, or a blank line under that turn) and the speech after the name opens as a sentence does (a capital, or a
    letter of a script without case). A speaker's own paragraph opening with a name
    follows that speaker's turn, so it stays speech."""
    text = scan.text
    a, b = scan.content[i], scan.ends[i]
    whole = next(
        (
            h
            for h in sorted(group, key=len, reverse=True)
            if text.startswith(h, a)
            and text[a + len(h) : a + len(h) + 1] == " "
            and (
                (ch := text[a + len(h) + 1 : a + len(h) + 2]).isupper()
                or (ch != "" and caseless_letter(ch))
                or (ch != "" and ch in "¿¡")
            )
        ),
        None,
    )
    if whole is None or a + len(whole) + 1 >= b:
        return None
    k = i - 1
    while k >= 0 and kinds[k] == BLANK:
        k -= 1
    stage = k
    inserts = 0
    while k >= 0 and kinds[k] in (BLANK, STAGE, TIME, META):
        # (a direction, a clock or the page's insert between the two turns: "[Pause]",
        # "[00:41]", "Read also: ...": one line of the page's, not its tail of links)
        inserts += kinds[k] == META
        k -= 1
    if inserts > 1:
        return None
    while (
        k > 0
        and kinds[k] == SPEECH
        and kinds[k - 1] in (SPEECH, LABEL)
        and (
            text[scan.content[k]].islower()
            # (or under a line as long as a page's, as a PDF's text wraps a paragraph
            # whatever opens the next line: "... sur les acquisitions." / "Vous aviez ...")
            or scan.ends[k - 1] - scan.content[k - 1] >= _WRAPPED_CHARS
        )
    ):
        # (that turn's paragraph wrapped over lines, each going on in lower case: its first
        # line is the label's; not a heading under a widget's row, "Berita Terkait")
        k -= 1
    if k < 0 or (stage == k and k < i - 2) or kinds[k] != LABEL:
        return None  # (a turn's label line right above, or a blank line between)
    above = cands[k]
    if above is None or above.rest < 0 or keys.get(above.name) == keys.get(whole):
        return None
    return Cand("loose", whole, a, a + len(whole), a + len(whole) + 1, repaired="missing colon")


def _page_tail_after(scan: Scan, kinds: MutableSequence[int], j: int) -> bool:
    """The paragraph at line ``j`` is the text's last but for the page's foot: after it,
    only blank lines, furniture and a line opening with a copyright's mark."""
    n = len(kinds)
    k = j
    while k < n and kinds[k] != BLANK:
        k += 1
    text = scan.text
    return all(
        kinds[r] in (BLANK, META, PAGE)
        or text.startswith(("©", "(c)", "Copyright"), scan.content[r])
        for r in range(k, n)
    )


_STAMP_CHARS = 14  # ("[00:12:01.500]": where a timestamp's bracket closes)


def _called_glued_label(scan: Scan, kinds: MutableSequence[int], i: int) -> Cand | None:
    """Line ``i`` opens a paragraph with an initial glued to a surname, then a sentence,
    no colon between ("Г.Сатыбалдиева Министр мырза, ..."), and the turn above names that
    surname (the chair gave the floor: "... депутат Гүлнара Сатыбалдиева"): the label of
    a member who speaks once, its colon left out."""
    text = scan.text
    a, b = scan.content[i], scan.ends[i]
    sp = text.find(" ", a, b)
    if sp < 0 or (i > 0 and kinds[i - 1] != BLANK) or not _glued_initial(text[a:sp]):
        return None
    if not (text[sp + 1 : sp + 2].isupper() and text[sp + 2 : sp + 3].islower()):
        return None
    k = i - 1
    while k >= 0 and kinds[k] != LABEL:
        k -= 1
    surname = text[a + 2 : sp]
    # (its stem: the chair may decline it, "слово депутату Ивановой" for "А.Иванова")
    stem = surname[: max(4, len(surname) - 2)]
    if k < 0 or not surname.isalpha() or text.find(stem, scan.starts[k], scan.starts[i]) < 0:
        return None
    return Cand("loose", text[a:sp], a, sp, sp + 1, repaired="missing colon")


def _glued_initial(name: str) -> bool:
    """``name`` is an initial glued to a surname, one word ("Е.Сәтбаев", "J.Smith"): a form
    prose does not open a sentence with, so it is a label without its colon too."""
    return (
        len(name) > 3
        and name[1] == "."
        and name[0].isupper()
        and name[2].isupper()
        and " " not in name
    )


def _unaccented(word: str) -> str:
    """``word`` without its accents ("LÓPEZ" -> "LOPEZ")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _stamped_label(text: str, a: int, b: int, known: set[str], regular: set[str]) -> Cand | None:
    """A timed label written without its colon, in a document of timed labels: "[04:02] Bas
    Dat gaat ..." where "[mm:ss] Bas:" labels the speaker elsewhere (a one-word name, the
    speech opening with a capital after it)."""
    close = text.find("] ", a, a + _STAMP_CHARS)
    if close < 0:
        return None
    ts = parse_time(text[a + 1 : close])
    k = close + 2
    sp = text.find(" ", k, min(b, k + 40))
    if ts is None or sp < 0 or not text[sp + 1 : sp + 2].isupper():
        return None
    name = text[k:sp]
    key = name_key(name)
    if key not in known or key not in regular:
        return None
    return Cand("loose", name, k, sp, sp + 1, ts=ts, repaired="missing colon")


_LIST_DASHES = frozenset("-–—")


def _list_item(scan: Scan, kinds: MutableSequence[int], i: int) -> bool:
    """Line ``i`` is in a list: the line above it or below it, with no blank line between,
    holds the same shape ("P1 - ...", "P2 - ..."), or the line above is the list's heading
    ("Participants:")."""
    text = scan.text
    n = len(kinds)
    for j in (i - 1, i + 1):
        if 0 <= j < n and kinds[j] in (SPEECH, LABEL):
            a, b = scan.content[j], scan.ends[j]
            if j == i - 1 and text[rstrip_span(text, a, b) - 1 : rstrip_span(text, a, b)] == ":":
                return True
            dash = text.find(" - ", a, min(b, a + 32))
            if dash > a and " " not in text[a:dash].strip():
                return True
    return False


_NOTE_CHARS = 60  # (a label's bracketed note: an outlet, a constituency, a party)


_HEADED_NOTE_CHARS = 140  # (a title, a full name and a delegation's note in brackets)


def _closing_initial(name: str) -> bool:
    """The name ends with a surname's initial and its period, as the press names a defendant
    ("Sanık Kemal Ö.", "Angeklagter Markus K.")."""
    return len(name) > 3 and name[-1] == "." and name[-2].isupper() and name[-3] == " "


def _headed_note_label(text: str, a: int, b: int, noted: int) -> Cand | None:
    """A label with its note in brackets, written once without its colon, where the
    document writes labels opening with the same word and closing with a note and a colon
    twice or more ("Stadtrat Kalinowski (SPD/Volt) Gibt es ...?" among "Stadtrat Benedikt
    Haslinger (CSU/FW):"; "Đại biểu Lê Đình Khôi Nguyên (Tổ đại biểu quận 8) Tôi đề nghị"
    among "Đại biểu Tôn Nữ Bảo Ngọc (Tổ đại biểu huyện Cần Giờ):"): the label, its colon
    missing, when the speech after the bracket opens with a capital. ``noted``: the lines
    of such labels opening with its first word ("प्रश्न (Ann Lee, Outlet):" printed twice
    counts twice)."""
    if noted < 2:
        return None
    close = text.find(") ", a, min(b, a + _HEADED_NOTE_CHARS))
    if close < 0 or close + 2 >= b:
        return None
    opened = text.find(" (", a, close)
    if opened < 0 or text.find("(", opened + 2, close) >= 0:
        return None
    ch = text[close + 2]
    if not (ch.isupper() or caseless_letter(ch) or ch in "¿¡"):
        return None
    name = text[a : close + 1]
    if any(c in name for c in ":!?;") or plausible_name(name) == 0:
        return None
    if any(w[-1] == "." and (len(w) > 8 or not w[0].isupper()) for w in name[: opened - a].split()):
        return None  # (a sentence's end before it: a title's abbreviation only, "Dr.")
    return Cand("loose", name, a, close + 1, close + 2, repaired="missing colon")


def _noted_bare_label(
    text: str, a: int, r: int, b: int, roster: Counter[str], regular: set[str], head: str
) -> Cand | None:
    """A label in capitals with its bracketed note, written without its colon ("PREGUNTA
    (Radio Almenara) ¿Jugará ...?", "QUESTION (Daily Post) Will you ...?"), where the
    document writes that head word with a note and a colon twice or more ("PREGUNTA (Marca):",
    "PREGUNTA (COPE):"): the label, its colon missing (``a``: the head word in capitals,
    ``r``: what follows it)."""
    if text[r] != "(":
        return None
    close = text.find(")", r, min(b, r + _NOTE_CHARS))
    if close < 0 or close + 2 >= b or text[close + 1] not in " \t":
        return None
    heads = sum(v for k, v in roster.items() if k.startswith(head + " ") and k in regular)
    if heads < 2:
        return None
    rest = close + 1
    while text[rest] in " \t":
        rest += 1
    return Cand("loose", text[a : close + 1], a, close + 1, rest, repaired="missing colon")


# (a bare label's name before its role, or an office before its holder's name in brackets:
# "La consellera d'Educació i Formació Professional (Elisenda Roca i Ferrer)")
_NAME_PART = lazy(r",| --? | – | — | \(")
_BARE_AFTER = frozenset(
    (BLANK, META, PAGE, STAGE, FRONT, TIME)
)  # what may stand before a bare label


#: The longest line (blanks at its end aside) that may be a bare label, a running header or
#: a section title: what :func:`_short_lines` keeps
SHORT_LINE = 90
_SHORT_KINDS = frozenset((SPEECH, META))


def _short_lines(scan: Scan, kinds: MutableSequence[int]) -> list[int]:
    """The lines of speech (and the headings) of at most SHORT_LINE characters, in order:
    the lines that the passes looking for bare labels, running headers and section titles
    read (the lines of a document are found at C speed; most of its speech is longer)."""
    text = scan.text
    content = scan.content
    ends = scan.ends
    out: list[int] = []
    for i in compress(range(len(kinds)), map(_SHORT_KINDS.__contains__, kinds)):
        a, b = content[i], ends[i]
        if b - a <= SHORT_LINE or rstrip_span(text, a, b) - a <= SHORT_LINE:
            out.append(i)
    return out


_BARE_BELOW = (SPEECH, STAGE)

_ACTION_ROWS_MIN = 3  # (a post's buttons are printed under every post)


def _past_page(kinds: MutableSequence[int], i: int) -> int:
    """The line after line i past page furniture (a post's buttons under a name)."""
    j = i + 1
    while j < len(kinds) - 1 and kinds[j] == PAGE:
        j += 1
    return min(j, len(kinds) - 1)


def _mark_action_rows(
    scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], short: list[int]
) -> None:
    """The buttons a web page prints under each speaker's name ("Share" / "Link to this
    speech", "Teilen" / "Link zur Rede"): lines printed the same three times or more, each
    right under another line, one of them a widget's key and the others always beside it.
    Page furniture that parts a name alone on its line from its speech, as a page break
    does (marked so: the bare labels' test looks past it)."""
    text = scan.text
    content, ends = scan.content, scan.ends
    rows: dict[int, str] = {}
    for i in short:
        if kinds[i] == SPEECH and i > 0 and kinds[i - 1] != BLANK:
            rows[i] = text[content[i] : rstrip_span(text, content[i], ends[i])]
    counts = Counter(rows.values())
    keys = {row for row, c in counts.items() if c >= _ACTION_ROWS_MIN and is_widget_key(row)}
    if not keys:
        return
    beside: Counter[str] = Counter()  # (the times a row stands beside a key's row)
    for i, row in rows.items():
        if row not in keys and (rows.get(i - 1) in keys or rows.get(i + 1) in keys):
            beside[row] += 1
    keys.update(row for row, c in beside.items() if c == counts[row] and c >= _ACTION_ROWS_MIN)
    for i, row in rows.items():
        if row in keys:
            kinds[i] = PAGE
            extra[i] = "boilerplate"


_TIMED_BARE_MIN = 4  # (bare labels over a time line: the layout's, when nearly all are)


def _bare_labels(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
    pat: re.Pattern[str],
    short: list[int],
) -> None:
    """Names alone on their line with no terminator ("PRESIDENTE ANDRÉS MANUEL LÓPEZ
    OBRADOR", "*Jane Roe (0:12:03)*"), when the document is laid out that way.

    A line is a bare label's candidate when it is short, looks like a name, opens a
    paragraph and has speech right below it. The style is the document's when at least
    three candidates name two or more speakers, one of them at least twice, and, in a
    document that has regular labels too, outnumber them: a short line standing before a
    paragraph (a heading, a sign-off) is otherwise speech or furniture as before."""
    text = scan.text
    n = len(kinds)
    # (not len - count(None): that compares each candidate to None with its dataclass __eq__)
    regular = sum(map(bool, cands))
    if regular and len(short) <= regular:
        return  # (too few short lines to outnumber the document's labels: see below)
    _mark_action_rows(scan, kinds, extra, short)
    found: list[tuple[int, Cand, str]] = []
    singles: set[int] = set()
    for i in short:
        if kinds[i] != SPEECH and not (kinds[i] == META and extra.get(i) == "heading"):
            continue
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        if b - a > SHORT_LINE:
            continue
        p = _prev_nonblank(kinds, i)
        if (
            p == i - 1
            and kinds[p] == SPEECH
            and not _SENTENCE_END.search(text, scan.content[p], scan.ends[p])
        ):
            continue  # (a wrapped line of a paragraph)
        if p >= 0 and kinds[p] not in _BARE_AFTER and kinds[p] != SPEECH:
            prev = cands[p]
            # (a colon line with its words on it, right under the line above, may be a bare
            # label's speech opening with its words of address: see below)
            if prev is None or (
                prev.kind != "heading"
                and (prev.kind != "colon" or prev.rest < 0 or p == 0 or kinds[p - 1] == BLANK)
            ):
                continue
        j = i + 1
        if j < n and kinds[j] == TIME:
            j += 1  # (a player's transcript widget: the name, its time line, the speech)
        while j < n and kinds[j] in (BLANK, PAGE):  # (a page break may part name and speech)
            j += 1
        # (or a stage direction alone: "Operator" over "[Operator signoff]")
        if j >= n or kinds[j] not in _BARE_BELOW:
            continue
        m = pat.fullmatch(text, a, b)
        if m is None:
            continue
        name = m.group("name").strip()
        if name[-1] in ".,-–—" or len(_NAME_PART.split(name, 1)[0].split()) > 7:
            continue
        if is_widget_key(name):
            continue  # (a box's heading over its text: "FORWARD-LOOKING STATEMENTS", "Bio")
        # (a record's label in capitals opens with the article of its office, as Portuguese
        # and Galician print them: "A PRESIDENTE", "A MINISTRA DA SAÚDE, ANA LIMA"; the
        # feminine "A" reads as an English article: the name is tested without it)
        tested = name[2:] if name.startswith("A ") and name.isupper() else name
        # (a full name before a dash and the office, the office of many words: "Ольга
        # Смирнова — директор по связям с инвесторами"; the name is what is tested)
        # (not in a list, right under a heading: "Участники конференции:" over the names)
        head = _NAME_PART.split(tested, 1)[0].strip()
        if (
            head != tested
            and head.count(" ") >= 1
            and kinds[i - 1] != META
            and plausible_name(head) > 0
        ):
            tested = head
        if plausible_name(tested) == 0 and inverted_name(tested) is None:
            if not _bare_phrase(tested):
                continue
            singles.add(i)  # (a role in sentence case, "Tisková mluvčí": only if it recurs)
        elif (
            len(name.split()) == 1
            and not name.isupper()
            and not is_generic(name)
            and name.casefold() not in ROLE_WORDS
        ):
            # (one word in lower case: a heading unless it recurs or names a role, as
            # "Operator" does; a label in capitals, "PREGUNTA", is the layout's)
            singles.add(i)
        ts = m.group("ts")
        cand = Cand("bare", name, a, b, -1, ts=parse_time(ts) if ts else None)
        found.append((i, cand, name_key(strip_markup(name))))
    # the speech below bare labels is speech: sentences (most of them: a speaker may be
    # cut off), never another name-like line
    lines = {i for i, _, _ in found}
    # (a player's transcript puts its time line under every name: the layout's mark)
    stamped = {i for i in lines if i + 1 < n and kinds[i + 1] == TIME}
    if len(stamped) < _TIMED_BARE_MIN:
        stamped = set()
    # (a list of names, one under another, is no run of labels: a participants' list; a
    # name over its time line is the layout's, whatever stands over it, "Transcripción")
    # (the last of such lines, its speech right under it with no blank between, is a label
    # under a section's heading that looks like a name: "Rural Transport (Subsidies)" over
    # "Mr Deputy Speaker (Mr Harold Whitby)" over "Order. ...", as Hansard prints a debate)
    found = [
        f
        for f in found
        if f[0] in stamped
        or (
            _next_nonblank(kinds, f[0]) not in lines
            and (
                _prev_nonblank(kinds, f[0]) not in lines
                or (kinds[f[0] - 1] == BLANK and kinds[_past_page(kinds, f[0])] in _BARE_BELOW)
            )
        )
    ]
    # (nor is the head of a list whose next names follow it line by line, under a heading
    # "Speakers": "Helen Moore, Senior Fellow" / "Dr. Priya Nair, Director")
    found = [f for f in found if not _names_line_below(scan, kinds, f[0], pat)]
    below = [_speech_below(scan, kinds, i, lines) for i, _, _ in found]
    if 3 * sum(below) < 2 * len(found):
        return
    # (a speaker is one person whatever follows the name: a panellist's heading gives an
    # affiliation, "HELEN MOORE, The Meridian Institute", that a later one drops)
    who = {i: name_key(_NAME_PART.split(strip_markup(c.name), 1)[0]) or k for i, c, k in found}
    once = Counter(who[i] for i, _, _ in found)
    # (a name used once with no sentence below it: a site's name over its menu)
    found = [f for f, ok in zip(found, below, strict=True) if ok or once[who[f[0]]] >= 2]
    if stamped and len(found) - len(stamped) <= max(1, len(found) // 10):
        # (a name used once over its time line is a speaker's, "Felix"; without one, a
        # show's name over its site's menu, no label of that layout)
        found = [f for f in found if f[0] in stamped or once[who[f[0]]] >= 2]
    else:
        found = [f for f in found if f[0] not in singles or once[who[f[0]]] >= 2]
    # (a name used once that opens two lines more, a running header's, "ПАО «Волжская
    # сетевая компания» | Стенограмма ...": the document's title over its cover)
    found = [f for f in found if once[who[f[0]]] >= 2 or not _opens_running_line(text, f[1].name)]
    if len(found) < 3:
        return
    counts = Counter(who[i] for i, _, _ in found)
    if len(counts) < 2 or max(counts.values()) < 2:
        return
    if regular and len(found) <= regular:
        return
    for i, cand, key in found:
        kinds[i] = LABEL
        cands[i] = cand
        scan.roster[key] += 1
    scan.has_labels = True
    _bare_office_labels(scan, kinds, cands, set(counts))
    # a colon line used once, its value no sentence, in a document of bare labels is a
    # field of its head ("Presidenta del Parlament: Núria Verdaguer i Sala"), not a turn;
    # right under a bare label (its party line between maybe) it is the speech's opening
    # words of address: "Senhora Presidente, Senhora Ministra: a cólera ..."
    for i, cand in _each(cands):
        if cand.kind != "colon" or cand.rest < 0:
            continue
        key = name_key(strip_markup(cand.name))
        p = _prev_nonblank(kinds, i)
        if p >= 0 and kinds[p] == STAGE:
            p = _prev_nonblank(kinds, p)
        if p in lines and kinds[p] == LABEL and scan.roster[key] <= 1:
            kinds[i] = SPEECH
            cands[i] = None
            scan.roster[key] -= 1
            continue
        if scan.roster[key] <= 1 and not _ends_a_sentence(text, cand.rest, scan.ends[i]):
            kinds[i] = META
            scan.header_lines.add(i)
            cands[i] = None
            scan.roster[key] -= 1
    _bare_from_dashes(scan, kinds, cands, pat)
    # in a document of bare labels, a Markdown heading used once is a heading
    for i, cand in _each(cands):
        if cand.kind == "heading" and scan.roster[name_key(strip_markup(cand.name))] < 2:
            kinds[i] = META
            scan.heading_lines.add(i)
            cands[i] = None


# (an office of many words and its holder: "The Parliamentary Under-Secretary of State,
# Department for Transport (Lord Ann Lee) (Lab)")
_OFFICE_LINE = 200


def _bare_office_labels(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], names: set[str]
) -> None:
    """In a document of bare labels, a line that gives an office and, in brackets, the name
    of one of the document's speakers ("The Minister of State, Home Office
    (Lord Ann Lee) (Lab)", "Y Gweinidog Addysg a'r Gymraeg (Ifan Rhys)"), alone over
    speech as the other labels are, is that speaker's label: a parliament names a minister
    by office first, by name after. ``names``: the speakers' keys."""
    text = scan.text
    n = len(kinds)
    for i in range(1, n - 1):
        if kinds[i] != SPEECH or kinds[i - 1] != BLANK:
            continue
        a = scan.content[i]
        b = rstrip_span(text, a, scan.ends[i])
        if text[b - 1] != ")" or b - a > _OFFICE_LINE or not text[a].isupper():
            continue
        # (an office, no sentence: "Y Dirprwy Weinidog ... (Ann Lee)"; a paragraph of speech
        # that ends naming someone in brackets has its sentence's marks before them)
        office = text.find("(", a, b)
        if any(text.find(c, a, office) >= 0 for c in ".?!;:"):
            continue
        j = i + 1
        while j < n and kinds[j] in (BLANK, PAGE, META):
            j += 1  # (the action rows under a label: "Share", "Link to this speech")
        if j >= n or kinds[j] not in _BARE_BELOW:
            continue
        # (the brackets at the line's end, the last first: "(Lord Ann Lee) (Lab)")
        close = b
        for _ in range(2):
            opened = text.rfind("(", a, close)
            if opened <= a:
                break
            holder = text[opened + 1 : close - 1]
            key = name_key(holder)
            if key in names:
                # (the label is the line as written; the speaker is the holder it names)
                cands[i] = Cand("bare", holder, a, b, -1)
                kinds[i] = LABEL
                scan.roster[key] += 1
                break
            close = rstrip_span(text, a, opened)
            if text[close - 1] != ")":
                break


_TITLE_REPEATS = 2  # (the other lines a title opens: a running header's on two pages)


def _opens_running_line(text: str, name: str) -> bool:
    """``name`` opens a line printed the same two times or more with more after it: a
    running header's ("ПАО «Волжская сетевая компания» | Стенограмма конференц-звонка")."""
    seen: Counter[str] = Counter()
    at = text.find("\n" + name)
    while at >= 0:
        end = text.find("\n", at + 1)
        line = text[at + 1 : end if end >= 0 else len(text)].strip()
        if len(line) > len(name):
            seen[line] += 1
        at = text.find("\n" + name, at + 1)
    return any(c >= _TITLE_REPEATS for c in seen.values())


_LINK_WORD_CHARS = 24  # (a link's caption under a label: "Videozáznam", "Video", "Listen")
_LINK_WORD_MIN = 3  # (the times it is printed at least)


def _mark_link_captions(
    scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], short: list[int]
) -> None:
    """A link's caption right over each label, as a parliament's site prints a link to the
    video of each speech between the speech's clock and its speaker ("[15:02]" / "Horfa" /
    "forseti (Þórunn Sveinbjarnardóttir):"), is page furniture, not the end of the speech
    before: a word or two, opening its paragraph (a blank line or a clock above), with the
    label on the very next line, printed the same at least three times so."""
    text = scan.text
    n = len(kinds)
    words: dict[str, list[int]] = {}
    for i in short:
        if kinds[i] != SPEECH or i + 1 >= n or kinds[i + 1] != LABEL:
            continue
        if i > 0 and kinds[i - 1] not in (BLANK, TIME, PAGE):
            continue
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        w = text[a:b]
        if b - a <= _LINK_WORD_CHARS and w.replace(" ", "").isalpha() and w.count(" ") <= 1:
            words.setdefault(w, []).append(i)
    for lines in words.values():
        if len(lines) >= _LINK_WORD_MIN:
            for i in lines:
                kinds[i] = PAGE
                extra[i] = "boilerplate"


def _bare_labels_over_links(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
    pat: re.Pattern[str],
    short: list[int],
) -> None:
    """Bare labels each with a link's caption under it, between the name and the speech, as
    a parliament's site prints a link to each speech's video ("Kučera, Martin, minister" /
    "Videozáznam" / the speech): a document no label style reads is read again for bare
    labels with the caption set aside as furniture, the lines over the captions its only
    candidates. The caption is one word, printed the same at least three times, each time
    right under a line and right over another; it stays speech when no bare labels are
    found so."""
    text = scan.text
    n = len(kinds)
    words: dict[str, list[int]] = {}
    for i in short:
        if kinds[i] != SPEECH or i == 0 or i + 1 >= n:
            continue
        if kinds[i - 1] != SPEECH or kinds[i + 1] not in _BARE_BELOW:
            continue
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        w = text[a:b]
        if b - a <= _LINK_WORD_CHARS and w.isalpha():
            words.setdefault(w, []).append(i)
    links = [i for lines in words.values() if len(lines) >= _LINK_WORD_MIN for i in lines]
    if not links:
        return
    for i in links:
        kinds[i] = PAGE
        extra[i] = "boilerplate"
    # (the labels are the lines over the captions: a heading over speech is none)
    over = {i - 1 for i in links}
    _bare_labels(scan, kinds, cands, extra, pat, [i for i in short if i in over])
    if not scan.has_labels:
        for i in links:
            kinds[i] = SPEECH
            del extra[i]


# initials in capitals opening a line, then a run of spaces or a tab: a briefing's labels
# after its key of initials ("SM   Hello, good morning")
_INITIALS = lazy(r"\n(?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁ]{2,4})(?:[ ]{2,}|\t)[ \t]*(?=\S)")
_INITIALS_MIN = 3  # labels of the layout at least
_INITIALS_MAX_OTHERS = 40  # labels of other styles beyond which the layout is not looked for


# A label of no style in the table, learned from the document when no style found any:
# marks that may open it, the terminators that may close it, the brackets around it
_LEARNED_MARKS = frozenset("▲△▶►▷■□●◆◇•·*#>-–—")
_LEARNED_TERMS = frozenset(":：=＝】]）)>|\t")
_LEARNED_OPEN = "【[（(<"
_LEARNED_NOT = frozenset('.,;!?。、，；！？"“”«»')
_LEARNED_PAIRS = {"）": "（", ")": "(", "】": "【", "]": "["}  # (closer -> opener)


def _learned_labels(scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None]) -> None:
    """A document whose labels no style of the table reads ("▲기자 = ...", "【記者】",
    "Ann ) ...", "ANN | ...") still marks its speakers one way: a short name, then one
    terminator, at the start of its lines. When no label was found, that form is learned
    from the whole document: the terminator after which two names or more recur, and
    change from one line to the next, opens a turn on each line it ends a recurring name
    (a name used once between the first and the last of them too). Each such label is
    reported as repaired ("a label learned from the document")."""
    if sum(map(bool, cands)) >= 2:
        return
    if " - " in scan.text or " – " in scan.text:  # (one search each: most texts have none)
        _learned_caps_dash_labels(scan, kinds, cands)
        if sum(map(bool, cands)) >= 2:
            return
    text = scan.text
    n = len(kinds)
    # (line, terminator, name, its roster key, label end, speech start or -1)
    seen: list[tuple[int, str, str, str, int, int]] = []
    for i in range(n):
        if kinds[i] != SPEECH:
            continue
        a = scan.content[i]
        b = rstrip_span(text, a, scan.ends[i])
        while a < b and (text[a] in _LEARNED_MARKS or text[a] in " \t"):
            a += 1
        # the first terminator within the line's first 32 characters
        k = a
        stop = min(b, a + 32)
        while k < stop and text[k] not in _LEARNED_TERMS:
            k += 1
        if k >= stop or k == a:
            continue
        opener = _LEARNED_PAIRS.get(text[k])
        while (
            opener is not None
            and k + 1 < b
            and text[k + 1] == text[k]
            and text.count(opener, a, k + 1) > text.count(text[k], a, k + 1)
        ):
            # (a bracket inside the bracketed name: "（事務局（森田課長））" is the
            # secretariat's section head, the label closing at the outer bracket)
            k += 1
        name = text[a:k].strip(" \t").lstrip(_LEARNED_OPEN).strip(" \t")
        if (
            not name
            or len(name.split()) > 4
            or not any(c.isalpha() for c in name)
            or any(c in _LEARNED_NOT for c in name)
        ):
            continue
        end = rest = k + 1
        while rest < b and text[rest] in " \t":
            rest += 1
        if text[k] in "】]）)" and rest < b and text[rest] in ":：=＝":
            end = rest = rest + 1  # ("【主持人】：")
            while rest < b and text[rest] in " \t":
                rest += 1
        seen.append((i, text[k], name, name_key(name), end, rest if rest < b else -1))
    if len(seen) < 4:
        _learned_period_labels(scan, kinds, cands)
        return
    uses: Counter[tuple[str, str]] = Counter((f[1], f[3]) for f in seen)
    best: tuple[int, str] | None = None
    for term in {f[1] for f in seen}:
        run = [f[3] for f in seen if f[1] == term and uses[term, f[3]] >= 2]
        names = set(run)
        changes = sum(1 for x, y in pairwise(run) if x != y)
        alternates = len(names) >= 2 and len(run) >= 4 and 2 * changes >= len(run) - 1
        if alternates and (best is None or len(run) > best[0]):
            best = (len(run), term)
    if best is None:
        _learned_period_labels(scan, kinds, cands)
        return
    term = best[1]
    chosen = [f for f in seen if f[1] == term]
    recurring = [f[0] for f in chosen if uses[term, f[3]] >= 2]
    first, last = recurring[0], recurring[-1]
    for i, _t, name, key, end, rest in chosen:
        if uses[term, key] < 2 and not first < i < last:
            continue
        cand = Cand(
            "loose", name, scan.content[i], end, rest, repaired="a label learned from the document"
        )
        _repaired(scan, kinds, cands, i, cand)
        scan.has_labels = True


_CAPS_DASH_CHARS = 100  # (an office, a full name and a note in brackets)
_CAPS_DASH_WORDS = 12
_CAPS_DASH_NOT = frozenset(':;!?"“”«»')


def _caps_dash_label(text: str, a: int, b: int) -> tuple[str, int, int] | None:
    """The name, label end and speech start of a line opening with a name in capitals, a
    spaced hyphen or dash, then the speech ("O SENHOR MINISTRO ANN LEE (RELATORA) - Senhor
    Presidente, ...", "O SR. PRESIDENTE (Ann Lee. PT - SP) - Está aberta"): a dash inside
    the brackets is the note's."""
    depth = 0
    stop = min(b, a + _CAPS_DASH_CHARS)
    k = a
    while k < stop:
        c = text[k]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0 and c in "-–—" and text[k - 1 : k] == " " and text[k + 1 : k + 2] == " ":
            break
        k += 1
    else:
        return None
    name = text[a : k - 1].rstrip(" \t")
    # (its words in capitals, a note in brackets aside: "(Relatora)" may be in small letters)
    bare = name.partition(" (")[0]
    if (
        not bare
        or bare != bare.upper()
        or sum(c.isupper() for c in bare) < 4
        or len(name.split()) > _CAPS_DASH_WORDS
        or any(c in _CAPS_DASH_NOT for c in name)
    ):
        return None
    rest = k + 1
    while rest < b and text[rest] in " \t":
        rest += 1
    return (name, k + 1, rest) if rest < b else None


def _learned_caps_dash_labels(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None]
) -> None:
    """A document no style labels whose paragraphs open with a name in capitals and a
    spaced hyphen, as Brazilian courts and chambers print their debates in PDF ("O SENHOR
    MINISTRO ANN LEE (RELATORA) - Presidente, ...", "O SR. PRESIDENTE (Ann Lee) - ..."):
    a dateline imitates the form ("LISBOA - O governo ..."), so it is learned only where
    two names or more recur and alternate; a name used once between the first and the
    last of them is a label too. Each is reported as repaired ("a label learned from the
    document")."""
    text = scan.text
    seen: list[tuple[int, str, str, int, int]] = []
    for i in range(len(kinds)):
        if kinds[i] != SPEECH:
            continue
        a = scan.content[i]
        if not text[a].isupper():
            continue
        got = _caps_dash_label(text, a, scan.ends[i])
        if got is not None:
            seen.append((i, got[0], name_key(got[0]), got[1], got[2]))
    if len(seen) < 4:
        return
    uses = Counter(f[2] for f in seen)
    run = [f for f in seen if uses[f[2]] >= 2]
    changes = sum(1 for x, y in pairwise(run) if x[2] != y[2])
    if len({f[2] for f in run}) < 2 or len(run) < 4 or 2 * changes < len(run) - 1:
        return
    first, last = run[0][0], run[-1][0]
    learned = {
        name.partition(" (")[0]
        for name in _accept_learned(scan, kinds, cands, seen, uses, first, last)
    }
    _dash_left_out(scan, kinds, cands, learned, first, last)


def _dash_left_out(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    learned: set[str],
    first: int,
    last: int,
) -> None:
    """One of the names of a document's hyphen labels, with a note in brackets and no dash
    ("O SENHOR MINISTRO ANN LEE (RELATORA) Presidente, ..."): the label, its dash left
    out, where a capital follows (between the first and the last of those labels)."""
    text = scan.text
    for i in range(first, last):
        if kinds[i] != SPEECH:
            continue
        a, b = scan.content[i], scan.ends[i]
        close = text.find(") ", a, min(b, a + _CAPS_DASH_CHARS))
        opened = text.find(" (", a, close) if close > 0 else -1
        if opened < 0 or text[a:opened] not in learned or not text[close + 2 : close + 3].isupper():
            continue
        cand = Cand("loose", text[a : close + 1], a, close + 1, close + 2, repaired="missing dash")
        _repaired(scan, kinds, cands, i, cand)


# the marks Japanese (and Korean) minutes open a speaker's paragraph with: "○中村委員　..."
_SPEAKER_MARKS = "○◎◯"


def _marked_known_labels(scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None]) -> None:
    """A speaker's mark of Japanese minutes ("○", "◎") opening a paragraph, then one of
    the document's own label names, its speech run on without a space ("○中村委員事務局に
    ..."): a minutes file whose labels are written another way ("（中村委員）") still
    marks a speaker so where a paragraph was typed by the older convention. The name must
    be one of the document's labels, the longest that fits (no space ends it)."""
    text = scan.text
    names = {strip_markup(c.name).strip("（）() 　") for c in cands if c is not None}
    names = {n for n in names if len(n) >= 2}
    if not names:
        return
    for i in range(len(kinds)):
        if kinds[i] != SPEECH:
            continue
        a, b = scan.content[i], scan.ends[i]
        if text[a] not in _SPEAKER_MARKS:
            continue
        body = text[a + 1 : b]
        name = max((n for n in names if body.startswith(n)), key=len, default=None)
        if name is None:
            continue
        end = a + 1 + len(name)
        rest = end
        while rest < b and text[rest] in " \t　":
            rest += 1
        if rest >= b:
            continue
        cand = Cand("loose", text[a:end], a, end, rest, repaired="a known label after a mark")
        _repaired(scan, kinds, cands, i, cand)


_ROLE_DASH_NAME_CHARS = 80  # (a name, an office or a place in brackets)
_ROLE_DASH_NAME_WORDS = 8


def _role_dash_name_colon(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], early: bool = False
) -> None:
    """A colon-labelled page (a phone-in's, a talk show's) that gives a role, a dash, then
    who holds it before the colon: "CALLER – Mike (Leeds): ...", "GUEST – Dr. Ann Lee,
    economist: ...". The dash is inside the label, not its end: where the document's colon
    labels outnumber its dash labels, a dash label whose speech opens with a short name
    and a colon (no sentence ended before it, an abbreviation's period aside) is that
    colon label, role and name together.

    Where the document's colon labels hold a dash themselves (a parliament's "Domnul Ion
    Rusu – ministrul energiei:", "Pan Jan Wrona – minister finansów:"), the office after
    the dash may open in lower case, and a long office may wrap onto the next line of a
    printed page ("Domnul Ion Rusu – ministrul agriculturii și industriei" /
    "alimentare: Mulțumesc"): the label runs to the colon there, and the speech starts
    after it.

    ``early``: before the labels are weighed, where the names of the dash labels label colon
    lines too ("Sra. Ana Ruiz – consejera de Sanidad: ..." over "Sra. Ana Ruiz: ..."): read
    so, they are no evidence of a layout of dash labels that has no colon labels."""
    dash = [
        (i, c)
        for i, c in enumerate(cands)
        if c is not None and c.kind == "dash" and kinds[i] == LABEL
    ]
    if not dash:
        return
    colons = {strip_markup(c.name) for c in cands if c is not None and c.kind == "colon"}
    uses = sum(1 for c in cands if c is not None and c.kind == "colon")
    # (or the names of its dash labels label colon lines too, "Pan Jan Wrona:" under "Pan
    # Jan Wrona – minister finansów: ...": the dash is the office's)
    recurring = 2 * sum(strip_markup(c.name) in colons for _, c in dash) >= len(dash)
    if not recurring and (early or uses <= len(dash)):
        return
    # (the document's convention: a colon label with a dash inside, "Name – office:", as
    # written or as read here from a capital after the dash)
    offices = any(
        c is not None and c.kind == "colon" and kinds[k] == LABEL and _DASH_INSIDE.search(c.name)
        for k, c in enumerate(cands)
    )
    if early and any(strip_markup(c.name) not in colons for _, c in dash):
        # (only where each name of a dash label is given by a colon label too, "Sra. Ana
        # Ruiz:"; else the dash labels are weighed first, as a layout of their own may be)
        return
    later = []  # (the labels the convention may read: an office in lower case, wrapped)
    for i, _ in dash:
        got = _role_dash_label(scan, kinds, cands, i, offices=False)
        if got:
            offices = True
        else:
            later.append(i)
    if offices:
        for i in later:
            _role_dash_label(scan, kinds, cands, i, offices=True)


def _role_dash_label(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], i: int, offices: bool
) -> bool:
    """Line ``i``'s dash label read as a colon label, role and name together (see
    :func:`_role_dash_name_colon`); ``offices``: the document writes its labels so.
    Whether it was."""
    text = scan.text
    cand = cands[i]
    assert cand is not None
    r = cand.rest
    if r < 0 or not (text[r].isupper() or (offices and text[r].islower())):
        return False
    b = scan.ends[i]
    k = text.find(":", r, min(b, r + _ROLE_DASH_NAME_CHARS))
    line = i  # (the line the colon is on)
    if (
        k < 0
        and offices
        and i + 1 < len(kinds)
        and kinds[i + 1] == SPEECH
        and b - r < _ROLE_DASH_NAME_CHARS
        and not _SENTENCE_END.search(text, r, b)
    ):
        # (the office wrapped: its colon on the line below, which goes on with it)
        line = i + 1
        b = scan.ends[line]
        c0 = scan.content[line]
        k = text.find(":", c0, min(b, c0 + _ROLE_DASH_NAME_CHARS))
    if k < 0 or text[k + 1 : k + 2] not in (" ", "\t", "\n", ""):
        return False
    who = " ".join(text[r:k].split())
    if len(who.split()) > _ROLE_DASH_NAME_WORDS or any(c in who for c in '?!;"“«»'):
        return False
    if line == i and "”" in who:
        return False  # (a quotation's end: a wrapped office may name a party in quotes)
    # (a sentence's end before the colon: speech; "Mnu. ", "Dr. " are a title's)
    if any(len(w) > 4 and w.endswith(".") for w in who.split()):
        return False
    rest = k + 1
    while rest < b and text[rest] in " \t":
        rest += 1
    if line == i:
        if rest >= b:
            return False
        cands[i] = Cand("colon", text[cand.start : k], cand.start, k + 1, rest)
        return True
    # the label over two lines: its speech starts on the second, after the colon
    cands[i] = Cand("colon", " ".join(text[cand.start : k].split()), cand.start, k + 1, -1)
    if rest >= b:
        kinds[line] = BLANK  # (the label's end alone on its line: speech below)
    else:
        scan.content[line] = rest
    return True


# (a dash inside a label's name, spaced: "Domnul Ion Rusu – ministrul energiei")
_DASH_INSIDE = lazy(r" [–—-] ")


_SLIPPED_WORDS = 8  # (an office and a full name: "FEN İŞLERİ DAİRE BAŞKANI ...")
_SLIPPED_MIN = 3  # labels of the style that make the document's layout


def _slipped_labels(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], style: str, sep: str
) -> None:
    """A document labelled in one style where a label's terminator slipped to its plainer
    neighbour: a spaced hyphen for the spaced dash ("ANN LEE – Yes." then "BOB RAY - No.",
    the keyboard's hyphen for the word processor's dash), a period alone for the period
    and dash of Spanish and Portuguese records ("SEÑOR ROJAS.- Sí." then "SEÑORA PAZ. No."),
    or a paragraph pasted from another file. A line opening a paragraph with a name and
    ``sep`` is the document's label where its name is one of the document's speakers, or
    in capitals as most of its labels are (a sentence's hyphen or period follows small
    letters); after a period, the name also opens with a word its labels open with (a
    heading in capitals ends with a period too: "CAPÍTULO II. ..."). Each is reported as
    repaired."""
    text = scan.text
    names = [c.name.partition(" (")[0] for c in cands if c is not None and c.kind == style]
    if len(names) < _SLIPPED_MIN:
        return
    caps_layout = 2 * sum(1 for d in names if d.isupper()) > len(names)
    period = sep == ". "
    firsts = {d.split()[0] for d in names if d} if period else set()
    for i in range(len(kinds)):
        if kinds[i] != SPEECH:
            continue
        a, b = scan.content[i], scan.ends[i]
        if not text[a].isalpha():
            continue
        stop = min(b, a + _CAPS_DASH_CHARS)
        k = text.find(sep, a, stop)
        # (past an abbreviation's period: "SR. ROJAS. Sí.")
        while period and k > 0 and k - max(text.rfind(" ", a, k), a - 1) <= 4:
            k = text.find(sep, k + 1, stop)
        if k <= a:
            continue
        name = text[a:k].rstrip(" \t")
        bare = name.partition(" (")[0]
        words = bare.split()
        if (
            len(words) > _SLIPPED_WORDS
            or any(c in _CAPS_DASH_NOT or c in "—–," for c in bare)
            or (not period and "." in bare)
            or not (
                scan.roster[name_key(strip_markup(name))] > 0
                or (
                    caps_layout
                    and bare.isupper()
                    and sum(c.isupper() for c in bare) >= 3
                    and (not period or (len(words) >= 2 and words[0] in firsts))
                )
            )
            or not _paragraph_start(scan, kinds, i, cands)
        ):
            continue
        end = k + len(sep) - 1
        rest = end
        while rest < b and text[rest] in " \t":
            rest += 1
        if rest >= b:
            continue  # (the period or hyphen ends the line: a heading's)
        if caps_heading(text, rest, b):
            continue  # (both sides in capitals: "LEGISLATIVE ASSEMBLY - DAILY RECORD")
        why = "period for a dash" if period else "hyphen for a dash"
        _repaired(scan, kinds, cands, i, Cand("loose", name, a, end, rest, repaired=why))
        scan.roster[name_key(strip_markup(name))] += 1


# a label closed by a period, learned from the document: its words at most, the characters
# its name is looked for in, what may not be in it
_PERIOD_WORDS = 6
_PERIOD_CHARS = 80
_PERIOD_NOT = frozenset(';:!?"“”«»„')
# (an office spelled out before its holder's name: "Əmək və əhalinin sosial müdafiəsi naziri
# Aygün Əliyeva.", "Министр труда и социальной защиты Иванова А.П.")
_PERIOD_OFFICE_WORDS = 12


# a surname, then the initials of the given name and the patronymic, as Russian, Ukrainian,
# Belarusian and Central Asian stenograms print a member ("Белов А. Л.", "Иванова А.П.")
_SURNAME_INITIALS = lazy(r"[^\W\d_][^\W\d_'’\-]+[ \t]+[^\W\d_]\.[ \t]?(?:[^\W\d_]\.)?")
_CLOSING_QUOTES = '"»”'


def _surname_initials_label(text: str, a: int, b: int, stop: int) -> tuple[str, int, int] | None:
    """A period label of a surname and initials: the last initial's period ends it when the
    speech follows ("Белов А. Л. Сергей Андреевич, ..."; two initials: "Ann R. Smith" opens
    with a given name); after a comma, the member's faction or office runs to the next
    period, or to the closing quote of the faction's name when its period was left out
    ('Кравец О. И., фракция "ЕДИНАЯ РОССИЯ". ...', "Белов А. Л., министр ... Федерации.")."""
    m = _SURNAME_INITIALS.match(text, a, stop)
    if m is None:
        return None
    end = m.end()
    initials = text[text.find(" ", a, end) : end].replace(" ", "").replace("\t", "")
    if not initials.isupper() or text[a : a + 1].islower() or end >= b:
        return None
    if text[a : text.find(" ", a, end)].casefold() in HONORIFICS:
        return None  # ("Dr. A. B." is a form of address, then initials)
    if text[end] in " \t" and len(initials) == 4:
        name_end = end
    elif text[end] == ",":
        dot = text.find(".", end, stop)
        name_end = -1
        for k in range(end + 2, dot if dot > 0 else min(stop, b - 1)):
            if text[k] in _CLOSING_QUOTES and text[k - 1] not in " \t" and text[k + 1] in " \t":
                name_end = k + 1  # (the faction's name closes the label: its period left out)
                break
        if name_end < 0:
            if dot < 0 or text[dot + 1 : dot + 2] not in (" ", "\t"):
                return None
            name_end = dot
        if any(c in _PERIOD_NOT and c not in _CLOSING_QUOTES + "«“„" for c in text[a:name_end]):
            return None
    else:
        return None
    rest = name_end + (text[name_end] == ".")
    label_end = rest
    while rest < b and text[rest] in " \t":
        rest += 1
    if rest >= b or not (text[rest].isupper() or not text[rest].isalpha()):
        return None
    return text[a:name_end].rstrip(" \t"), label_end, rest


def _period_label(
    text: str, a: int, b: int, words: int = _PERIOD_WORDS
) -> tuple[str, int, int] | None:
    """The name, label end and speech start of a line opening with a name in mixed case and
    a period, speech after it ("Sēdes vadītāja. Labdien", "Finanšu ministrs R. Vītols.
    Augsti", "J. Ozoliņš (JV). Paldies"): an initial's or a form of address's period is no
    terminator; a group in brackets closes the name when its period was left out
    ("E. Strautiņa (ZZS) Paldies."). A surname before initials: see
    :func:`_surname_initials_label`."""
    if not text[a].isupper():
        return None
    stop = min(b, a + _PERIOD_CHARS)
    if text.find(".", a, stop) > 0:
        got = _surname_initials_label(text, a, b, stop)
        if got is not None:
            return got
    k = a
    while True:
        dot = text.find(".", k, stop)
        if dot < 0 or dot + 1 >= b:
            return None
        word = text[max(a, text.rfind(" ", a, dot) + 1, text.rfind(".", a, dot) + 1) : dot]
        if text[dot + 1] not in " \t":
            if len(word) == 1 and word.isupper() and text[dot + 1].isupper():
                k = dot + 1  # (an initial glued to the surname: "R.Həsənli", "А.Иванов")
                continue
            return None
        if (len(word) == 1 and word.isupper()) or word.casefold() in HONORIFICS:
            k = dot + 1  # ("R. Vītols", "Dr. Lee")
            continue
        break
    name = text[a:dot]
    end = dot + 1
    close = name.find(") ")
    if close > 0 and "(" in name[:close]:
        name = name[: close + 1]  # (the period left out after the group)
        end = a + close + 1
    if len(name.split()) > words or any(c.isdigit() or c in _PERIOD_NOT for c in name):
        return None
    rest = end
    while rest < b and text[rest] in " \t":
        rest += 1
    return (name, end, rest) if rest < b else None


def _period_words(name: str) -> list[str]:
    """The words of a learned period label, an initial glued to its surname apart
    ("R.Həsənli" is two: the initial, the surname)."""
    return name.replace(".", ". ").split()


def _learned_period_labels(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None]
) -> None:
    """A document no style labels whose paragraphs open with a name in mixed case and a
    period, as the Baltic parliaments print their speakers ("Sēdes vadītāja. Labdien ...",
    "Finanšu ministrs R. Vītols. Augsti ...", "Pirmininkė. Kviečiu ..."): a sentence
    imitates the form, so it is learned only where two names of two words or more recur,
    alternate, and one of them holds a capitalised word after its first (a person's name,
    not "Thank you"); a name used once between the first and the last of them is a label
    too. Each is reported as repaired ("a label learned from the document")."""
    text = scan.text
    seen: list[tuple[int, str, str, int, int]] = []
    for i in range(len(kinds)):
        # (a line read as a lone answer's mark, "A. Koļesņikovs (LPV). Ministres ...", is
        # read again: an initial's period)
        if kinds[i] != SPEECH and (kinds[i] != LABEL or getattr(cands[i], "kind", "") != "qa"):
            continue
        a = scan.content[i]
        got = _period_label(text, a, scan.ends[i], _PERIOD_OFFICE_WORDS)
        if got is not None:
            seen.append((i, got[0], name_key(got[0]), got[1], got[2]))
    if len(seen) < 4:
        return
    uses = Counter(f[2] for f in seen)
    run = [f for f in seen if uses[f[2]] >= 2 and len(f[1].split()) <= _PERIOD_WORDS]
    names = {f[2]: f[1] for f in run}
    # a longer name is an office before its holder, one of the names that recur: "... naziri
    # Aygün Əliyeva." with "A.Əliyeva." (any other such line is a sentence)
    surnames = {_period_words(n)[-1].casefold() for n in names.values()}
    # (or a surname and initials, then the member's faction or office after a comma:
    # "Белов А. Л., министр сельского хозяйства Российской Федерации.")
    seen = [
        f
        for f in seen
        if len(f[1].split()) <= _PERIOD_WORDS
        or f[1].split()[-1].casefold() in surnames
        or _SURNAME_INITIALS.fullmatch(f[1].partition(",")[0]) is not None
    ]
    changes = sum(1 for x, y in pairwise(run) if x[2] != y[2])
    if (
        len(names) < 2
        or len(run) < 4
        or 2 * changes < len(run) - 1
        # (one word only where it is a chair's office: "Председательствующий.")
        or any(
            len(_period_words(n)) < 2 and label_role(n.casefold()) is None for n in names.values()
        )
        or not any(any(w[0].isupper() for w in _period_words(n)[1:]) for n in names.values())
    ):
        return
    _accept_learned(scan, kinds, cands, seen, uses, run[0][0], run[-1][0])


def _accept_learned(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    seen: list[tuple[int, str, str, int, int]],
    uses: Counter[str],
    first: int,
    last: int,
) -> list[str]:
    """Accept the labels a document was found to use (``seen``: line, name, key, end, rest),
    each a name that recurs or one between the first and the last of those that do; the
    names accepted."""
    accepted: list[str] = []
    for i, name, key, end, rest in seen:
        if uses[key] < 2 and not first < i < last:
            continue
        cand = Cand(
            "loose", name, scan.content[i], end, rest, repaired="a label learned from the document"
        )
        _repaired(scan, kinds, cands, i, cand)
        scan.has_labels = True
        accepted.append(name)
    return accepted


def _initials_labels(scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None]) -> None:
    """Initials in capitals, a run of spaces, then the speech ("SM   Hello ...", "AN   Thank
    you"), as briefing transcripts print their speakers after a key that spells each out
    ("Speaker key:" over "SM   Sofia Marchetti"). Read only in a document that other
    labels leave unlabelled (one search of the whole text, no test per line): the style is
    its layout when at least three such lines name two speakers or more, one of them at
    least twice. The key's own lines (a run of them, each a name with no sentence) are its
    header, not turns: the speaker's names are read from them (see ``code_full_name``)."""
    text = scan.text
    if scan.roster.total() > _INITIALS_MAX_OTHERS:
        return  # (a labelled document: the search is not made)
    found: list[tuple[int, Cand]] = []
    for m in _INITIALS.finditer(text):
        i = scan.line_of(m.start("name"))
        if kinds[i] not in (SPEECH, LABEL) or scan.content[i] != m.start("name"):
            continue
        found.append(
            (i, Cand("initials", m.group("name"), m.start("name"), m.end("name"), m.end()))
        )
    if len(found) < _INITIALS_MIN:
        return
    lines = {i for i, _ in found}
    key: set[int] = set()
    for i, cand in found:
        b = rstrip_span(text, cand.rest, scan.ends[i])
        listed = (i - 1 in lines or i + 1 in lines) and not _ends_a_sentence(text, cand.rest, b)
        if listed and b - cand.rest <= 80:
            key.add(i)  # (a line of the key: "KT   Kenji Tanaka, NHK")
    counts = Counter(c.name for i, c in found if i not in key)
    if len(counts) < 2 or max(counts.values()) < 2 or sum(counts.values()) < _INITIALS_MIN:
        return
    # (the document's other labels, the key's rows read as a table's aside, are fewer)
    labels = sum(map(bool, cands))
    if labels - sum(cands[i] is not None for i, _ in found) >= sum(counts.values()):
        return
    for i, cand in found:
        if i in key:
            kinds[i] = META
            scan.header_lines.add(i)
            cands[i] = None
            continue
        kinds[i] = LABEL
        cands[i] = cand
        scan.roster[name_key(cand.name)] += 1
    scan.has_labels = True
    scan.styles.add("initials")


# the words of a role or function in sentence case, as a bare label may be ("Tisková
# mluvčí", "Press officer", "Porte-parole"): letters, hyphens and apostrophes only
_BARE_PHRASE_WORD = lazy(r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*")


def _bare_phrase(name: str) -> bool:
    """A short phrase in sentence case that a bare label may be when it recurs (the
    caller asks for that): one to three words of letters, the first capitalised."""
    words = name.split()
    return (
        0 < len(words) <= 3
        and words[0][0].isupper()
        and words[0].casefold() not in NOT_NAMES
        and all(_BARE_PHRASE_WORD.fullmatch(w) for w in words)
    )


def _bare_from_dashes(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], pat: re.Pattern[str]
) -> None:
    """In a document of bare labels, a line read as a dash label whose "speech" is a name
    or an affiliation ("Otázka – Eva Malá, Deník", "Question — Ann Lee, The Times")
    with speech on the lines below is a bare label as a whole, and so is an irregular
    label naming a speaker of those ("Otázka" alone); the other dash and irregular labels
    are not the document's ("Team A – Team B 2:1", a site's name in capitals at the top)."""
    text = scan.text
    n = len(kinds)
    keys = {name_key(strip_markup(c.name)) for _, c in _each(cands) if c.kind == "bare"}
    # (a speaker's given name and surname, from a bare label's name part: "Наталья
    # Сергеевна Кудрявцева — финансовый директор" is "Наталья Кудрявцева" later)
    ends = {
        (w[0], w[-1])
        for _, c in _each(cands)
        if c.kind == "bare"
        and len(w := name_key(_NAME_PART.split(strip_markup(c.name), 1)[0]).split()) >= 2
    }

    def known(name: str) -> bool:
        key = name_key(strip_markup(name))
        w = key.split()
        return key in keys or (len(w) >= 2 and (w[0], w[-1]) in ends)

    left: list[tuple[int, Cand]] = []
    for i, cand in _each(cands):
        if cand.kind not in ("dash", "loose"):
            continue
        name = _bare_line_name(scan, kinds, pat, i, n)
        rest = text[cand.rest : scan.ends[i]].strip() if cand.rest >= 0 else ""
        if cand.kind == "dash" and name is not None and rest and plausible_name(rest) > 0:
            cands[i] = Cand("bare", name, cand.start, cand.end, -1)
            keys.add(name_key(strip_markup(cand.name)))
        elif (
            cand.kind == "dash"
            and name is not None
            and rest
            and " " in cand.name
            and plausible_name(cand.name) > 0
            # (under speech or a page's line: not in a list of participants, each under
            # the one before)
            and kinds[_prev_nonblank(kinds, i)] in (SPEECH, PAGE)
        ):
            # (a full name, then the office after the dash: "Андрей Лебедев — генеральный
            # директор" over his speech, the line a bare label as a whole)
            end = rstrip_span(text, scan.content[i], scan.ends[i])
            cands[i] = Cand("bare", name, scan.content[i], end, -1)
            keys.add(name_key(strip_markup(name)))
            w = name_key(strip_markup(cand.name)).split()
            ends.add((w[0], w[-1]))
        else:
            left.append((i, cand))
    for i, cand in left:
        key = name_key(strip_markup(cand.name))
        name = _bare_line_name(scan, kinds, pat, i, n) if known(cand.name) else None
        if name is not None:
            cands[i] = Cand("bare", name, cand.start, cand.end, -1)
        else:
            kinds[i] = SPEECH
            cands[i] = None
            if scan.roster[key] > 0:
                scan.roster[key] -= 1
        if cand.repaired:
            scan.repairs[:] = [r for r in scan.repairs if r is not cand]
    if not ends:
        return
    # (and a known speaker's name alone on its line with a colon typed after it, once:
    # "Наталья Кудрявцева:" over her answer, read as no label among bare ones)
    for i in range(n):
        if kinds[i] != SPEECH:
            continue
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        if b - a > _NAME_REST_CHARS or text[b - 1] not in ":：" or not known(text[a : b - 1]):
            continue
        name = text[a : b - 1].rstrip()
        if _bare_line_name(scan, kinds, pat, i, n) is None and _speech_below(scan, kinds, i, set()):
            cand = Cand("bare", name, a, b, -1, repaired="colon after a bare label")
            _repaired(scan, kinds, cands, i, cand)
            scan.roster[name_key(strip_markup(name))] += 1


def _bare_line_name(
    scan: Scan, kinds: MutableSequence[int], pat: re.Pattern[str], i: int, n: int
) -> str | None:
    """The name of line i read as a bare label, when it may be one: short, no sentence,
    speech below it."""
    text = scan.text
    a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
    if b - a > SHORT_LINE or _SENTENCE_END.search(text, a, b):
        return None
    j = i + 1
    while j < n and kinds[j] in (BLANK, PAGE):
        j += 1
    if j >= n or kinds[j] != SPEECH or not _speech_below(scan, kinds, i, set()):
        return None
    m = pat.fullmatch(text, a, b)
    return None if m is None else m.group("name").strip()


# a chat app's widget lines, in the languages its interface comes in: reactions
# (":tada: 12 :+1: 5", "👍 3"), a thread's summary ("2 replies", "Last reply 3 days ago"),
# "(edited)", a deleted message, an attachment's "Click to download", the message box
# ("Message #general"), a channel notice ("joined #general.")
_CHAT_NOTICE_WORDS = r"(?:joined|left|a rejoint|se unió a|è entrato in) .{0,40}#\S+\.?"
_CHAT_NOTICE = lazy(_CHAT_NOTICE_WORDS)
# the stamp that ends a Discord header or notice: " — 12/03/2026 19:59", " – Today at 8:02 PM"
_CHAT_STAMPED = lazy(
    r"[.!]?[ \t]+[—–][ \t]+(?:\d{1,4}[\/.\-]\d{1,2}[\/.\-]\d{1,4},?|[^\W\d_]{2,12}"
    r"(?:['’][^\W\d_]{1,6})?(?:[ \t][^\W\d_]{1,3}){1,2})[ \t]+\d{1,2}:\d{2}"
    r"(?:[ \t\u00a0\u202f]*[AaPp]\.?[Mm]\.?)?$"
)
# (the buttons under a forum's comment, in the languages its interface comes in)
_THREAD_BUTTONS = (
    r"(?:Reply|Share|Report|Save|Give Award|Award|Follow|Antworten|Teilen|Melden|Speichern"
    r"|Responder|Compartir|Denunciar|Guardar|Répondre|Partager|Signaler|Enregistrer"
    r"|Rispondi|Condividi|Segnala|Salva|Compartilhar|Salvar)"
)
_CHAT_DOWNLOAD = ("Click to download", "Zum Herunterladen klicken", "Cliquer pour télécharger")
_CHAT_WIDGET = lazy(
    r"(?:(?::[\w+\-]+:|[\u2190-\u2bff\U0001f300-\U0001faff]{1,3}\ufe0f?)[ \t]+\d{1,4}[ \t]*)+"
    r"|\d{1,4} (?:repl(?:y|ies)|Antworten?|réponses?|respuestas?|risposte?|odpowiedzi)"
    r"|(?:Last reply|Letzte Antwort|Dernière réponse|Última respuesta|Ultima risposta) .{1,40}"
    r"|View thread|\((?:edited|bearbeitet|modifié|editado|modificato)\)"
    r"|This message was deleted\.|Diese Nachricht wurde gelöscht\.|Ce message a été supprimé\."
    r"|(?:Message|Nachricht an|Envoyer un message à) #\S+"
    # a forum's comment bar (its votes and buttons: "2.1k · Reply · Share", "12 · Antworten ·
    # Teilen"), its nesting ("level 2"), a deleted comment's header and body ("[deleted] ·
    # 5h", "[removed]")
    r"|(?:\d[\d.,]{0,5}[kKmM]?|Vote|Votar|Voter)(?:[ \t]+[·•][ \t]+" + _THREAD_BUTTONS + r"){1,5}"
    r"|(?:level|Ebene|nivel|niveau|livello) \d{1,2}"
    r"|\[(?:deleted|removed|gelöscht|entfernt|eliminado|borrado|supprimé|eliminato)\]"
    r"(?:[ \t]+[·•][ \t]+(?:[^\W\d_]{2,6}\.?[ \t]+)?\d{1,3}[ \t]?[^\W\d_]{1,8}\.?(?:[ \t]+ago)?)?|"
    + "|".join(_CHAT_DOWNLOAD)
    + "|"
    + _CHAT_NOTICE_WORDS
)


def _may_be_chat_widget(c: str) -> bool:
    """A line opening with ``c`` may be one of those (most lines need no pattern)."""
    return (
        c in ":0123456789(LUVTDCZMNEjlasè[ln"
        or "\u2190" <= c <= "\u2bff"
        or "\U0001f300" <= c <= "\U0001faff"
    )


# an attachment's card: its file's name, its type in capitals, then "Click to download"
_ATTACHMENT_LINE = lazy(r"[\w.\-]{1,80}\.\w{1,5}|[A-Z0-9]{2,6}")


def _attachment_card(
    scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], i: int
) -> None:
    """The lines of an attachment's card above its "Click to download" (line i)."""
    text = scan.text
    for h in range(i - 1, max(i - 3, -1), -1):
        if kinds[h] != SPEECH:
            return
        a, b = scan.content[h], rstrip_span(text, scan.content[h], scan.ends[h])
        if not _ATTACHMENT_LINE.fullmatch(text, a, b):
            return
        kinds[h] = META
        extra[h] = "chat-widget"


_CHAT_REPLY = lazy(r"Replying to [\"“].*")
_CHAT_REACTION = lazy(
    r"(?:Reacted to [\"“].*[\"”] with|Removed a [\"“]?.{1,20}[\"”]? reaction from) .*"
)


def _chat_notes(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """In a saved chat, a message's first line quoting the message it replies to
    (``Replying to "What happened..."``) is no speech, and a message that is only a
    reaction (``Reacted to "Good catch..." with 👍``) is no turn: its header goes too."""
    if "chat" not in scan.styles:
        return
    text = scan.text
    n = len(kinds)
    for i, cand in _each(cands):
        if cand.kind != "chat":
            continue
        if cand.rest >= 0:
            continue
        j = _next_nonblank(kinds, i)
        if j >= n or kinds[j] != SPEECH:
            continue
        a, b = scan.content[j], rstrip_span(text, scan.content[j], scan.ends[j])
        if text.startswith("Replying to ", a) and _CHAT_REPLY.fullmatch(text, a, b):
            kinds[j] = META
            extra[j] = "reply-quote"
        elif text.startswith(("Reacted to ", "Removed a "), a) and _CHAT_REACTION.fullmatch(
            text, a, b
        ):
            k = _next_nonblank(kinds, j)
            if k >= n or kinds[k] != SPEECH:  # (the reaction is the whole message)
                kinds[i] = META
                extra[i] = "chat-header"
                cands[i] = None
                kinds[j] = META
                extra[j] = "reaction"
    # the chat app's widgets under a message: reactions, a thread's summary, "(edited)", an
    # attachment's card; a message that is only a channel notice ("joined #general.") is no
    # turn: its header goes too
    for i in range(n):
        if kinds[i] == SPEECH:
            a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
            if _may_be_chat_widget(text[a]) and _CHAT_WIDGET.fullmatch(text, a, b):
                kinds[i] = META
                extra[i] = "chat-widget"
                if text.startswith(_CHAT_DOWNLOAD, a):
                    _attachment_card(scan, kinds, extra, i)
                elif _CHAT_NOTICE.fullmatch(text, a, b):
                    h = i - 1
                    while h >= 0 and kinds[h] == BLANK:
                        h -= 1
                    k = _next_nonblank(kinds, i)
                    if h >= 0 and kinds[h] == LABEL and (k >= n or kinds[k] != SPEECH):
                        kinds[h] = META
                        extra[h] = "chat-header"
                        cands[h] = None
    # Discord's notices are stamped as its headers are, with no sender's name before the
    # dash ("Kaio fixou uma mensagem neste canal. ... — 12/03/2026 19:59", "Ann pinned a
    # message to this channel. — Today at 8:02 PM"): furniture, not speech
    for i in range(n):
        if kinds[i] == SPEECH:
            a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
            if (
                text[b - 1] in "0123456789Mm"
                and (text.find(" — ", a, b) > 0 or text.find(" – ", a, b) > 0)
                and _CHAT_STAMPED.search(text, a, b)
            ):
                kinds[i] = META
                extra[i] = "chat-system"


# A meeting app's own lines in its transcript or chat, in the app's language: "Novak, Petra
# stopped transcription", "Anja Brenner hat die Transkription gestartet", "+49 30 ••• 512
# hat die Besprechung verlassen.", "Ana Ruiz a quitté la réunion"
_MEETING_SYSTEM = lazy(
    r".{1,80} (?:(?:started|stopped) (?:transcription|recording)|(?:has )?(?:left|joined) the meeting"
    r"|hat die (?:Transkription|Aufzeichnung) (?:gestartet|beendet|gestoppt)"
    r"|hat die Besprechung verlassen|ist der Besprechung beigetreten"
    r"|a (?:démarré|arrêté) (?:la transcription|l'enregistrement)|a (?:quitté|rejoint) la réunion"
    r"|(?:inició|detuvo) la (?:transcripción|grabación)|(?:salió de|se unió a) la reunión"
    r"|(?:iniciou|parou) a (?:transcrição|gravação)|(?:saiu da|entrou na) reunião"
    r"|ha (?:avviato|interrotto) la (?:trascrizione|registrazione)|ha (?:lasciato|raggiunto) la riunione"
    r"|heeft de (?:transcriptie|opname) (?:gestart|gestopt)|heeft de vergadering (?:verlaten|betreden))\.?"
)
# the last words those lines end with (looked up before the pattern is tried)
_MEETING_SYSTEM_ENDS = (
    "transcription",
    "recording",
    "meeting",
    "gestartet",
    "beendet",
    "gestoppt",
    "verlassen",
    "beigetreten",
    "l'enregistrement",
    "réunion",
    "transcripción",
    "grabación",
    "transcrição",
    "gravação",
    "reunião",
    "trascrizione",
    "registrazione",
    "riunione",
    "transcriptie",
    "opname",
    "gestart",
    "gestopt",
    "verlaten",
    "betreden",
)


def _meeting_system_lines(scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any]) -> None:
    """A meeting app's own lines, a paragraph each, in a chat or a transcript whose labels
    carry the time (the app's export): furniture, not speech."""
    if scan.styles.isdisjoint(("chat", "timed", "timename")):
        return
    text = scan.text
    for i in range(len(kinds)):
        if kinds[i] == SPEECH and (i == 0 or kinds[i - 1] == BLANK):
            a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
            e = b - 1 if text[b - 1 : b] == "." else b
            if text.endswith(_MEETING_SYSTEM_ENDS, a, e) and _MEETING_SYSTEM.fullmatch(text, a, b):
                kinds[i] = META
                extra[i] = "chat-system"


def _message_items(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """In a phone chat's export, the app's own items are no speech: a message that is only
    a placeholder ("<Media omitted>", "This message was deleted") is no turn, and a system
    line with a date but no sender ("... - Messages and calls are end-to-end encrypted")
    is furniture."""
    if "message" not in scan.styles:
        return
    text = scan.text
    for i, cand in _each(cands):
        if cand.kind == "message" and cand.rest >= 0:
            b = rstrip_span(text, cand.rest, scan.ends[i])
            j = _next_nonblank(kinds, i)
            if is_app_item(text[cand.rest : b]) and (j >= len(kinds) or kinds[j] != SPEECH):
                kinds[i] = META
                extra[i] = "chat-item"
                cands[i] = None
    for i in range(len(kinds)):
        if kinds[i] == SPEECH:
            a = scan.content[i]
            if (text[a].isdecimal() or text[a] == "[") and SYSTEM_LINE.fullmatch(
                text, a, rstrip_span(text, a, scan.ends[i])
            ):
                kinds[i] = META
                extra[i] = "chat-system"


_TABLE_CONTINUED = lazy(
    r"(?P<ts>\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?)[ ]*\t[ \t]*\t[ \t]*(?P<rest>\S.*)"
)
_TABLE_STAGE = lazy(
    r"(?:\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[ ]*\t[ \t]*)?[\[(][^\t\n]{1,200}[\])][ \t]*"
)


def _table_rows(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """In a table copied as text, a row with an empty speaker's cell goes on with the
    speaker before it ("00:01:02<TAB><TAB>And one more question"), a row whose only cell
    after the time is a note in brackets is a stage direction ("[Applause]<TAB>"), and the
    row of column titles before the first row ("Time<TAB>Speaker<TAB>Text") is furniture."""
    if "table" not in scan.styles:
        return
    text = scan.text
    n = len(kinds)
    rows = [(i, cand) for i, cand in _each(cands) if cand.kind == "table"]
    if rows and all(c.ts is None for _, c in rows) and len({c.name for _, c in rows}) < 2:
        # (rows of one name and no time are a table of contents, not a conversation)
        for i, _ in rows:
            kinds[i] = SPEECH
            cands[i] = None
        return
    first = rows[0][0] if rows else -1
    for i in range(n):
        if kinds[i] != SPEECH:
            continue
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        if text.find("\t", a, b) < 0 or a >= b:
            continue
        if text[a].isdecimal():
            m = _TABLE_CONTINUED.fullmatch(text, a, b)
            if m is not None:
                kinds[i] = TIMED_TEXT
                extra[i] = (m.end("ts"), m.start("rest"), parse_time(m.group("ts")))
                continue
        if _TABLE_STAGE.fullmatch(text, a, b):
            kinds[i] = STAGE
            # (the note is the bracketed cell: its time cell is left out)
            scan.content[i] = a + len(text[a:b]) - len(text[a:b].lstrip("0123456789:.,\t "))
    if first < 0:
        return
    # the page's text after the table (past a blank line) is no speech: a row ends its turn
    last = max(i for i, cand in _each(cands) if cand.kind == "table")
    k = last + 1
    while k < n and kinds[k] in (SPEECH, TIMED_TEXT, STAGE):
        k += 1
    for j in range(k, n):
        if kinds[j] == SPEECH:
            kinds[j] = META
            extra[j] = "footer"
    # the column titles: short cells with no digit and no sentence, as many as the first
    # row's, just before it
    cand = cands[first]
    assert cand is not None
    a, b = scan.content[first], rstrip_span(text, scan.content[first], scan.ends[first])
    cells = [c.strip() for c in text[a:b].split("\t") if c.strip()]
    j = _next_nonblank(kinds, first)
    if j >= n or kinds[j] != LABEL:
        return
    nxt = cands[j]
    if nxt is None or nxt.kind != "table":
        return
    a2, b2 = scan.content[j], rstrip_span(text, scan.content[j], scan.ends[j])
    if len(cells) == len([c for c in text[a2:b2].split("\t") if c.strip()]) and all(
        len(c.split()) <= 3 and not any(ch.isdigit() or ch in ".?!" for ch in c) for c in cells
    ):
        kinds[first] = META
        extra[first] = "table-header"
        cands[first] = None


def _column_rows(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """In a record typed in columns, the text's next lines are indented to its column: where
    the document keeps to that, a line of a turn that starts at the margin is the page's
    furniture (a form's title, the column titles repeated, a running footer)."""
    if "columns" not in scan.styles:
        return
    text, starts = scan.text, scan.starts
    inside = False
    flush: list[int] = []
    indented = 0
    for i, k in enumerate(kinds):
        cand = cands[i]
        if k == LABEL and cand is not None:
            inside = cand.kind == "columns"
        elif inside and k == SPEECH:
            if text[starts[i]] in " \t":
                indented += 1
            else:
                flush.append(i)
    if indented <= len(flush):
        return  # (its wrapped lines are not indented: nothing tells furniture apart)
    for i in flush:
        kinds[i] = META
        extra[i] = "footer"


def _caption_panel(
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    content: MutableSequence[int],
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
) -> str | None:
    """A video's transcript panel copied as text: each caption line under its own time
    line ("0:07" then ">> hello everyone"), a new speaker marked ">>", no names. Read as
    captions ("panel"): a caption without the mark goes on with the speaker before it, and
    a line that is under no time line (the video's title, a chapter's title, a button) is
    furniture. None when the document is not laid out so."""
    n = len(kinds)
    # (found at C speed: the mark, and enough time lines)
    times = kinds.count(TIME)
    if times < 6 or times * 3 < n - kinds.count(BLANK) or text.find(">>") < 0:
        return None
    times = 0
    after = 0
    marked = 0
    labelled = 0
    for i in range(n - 1):
        if kinds[i] != TIME:
            continue
        times += 1
        k = kinds[i + 1]
        if k in (SPEECH, STAGE):
            after += 1
            if text.startswith(">>", starts[i + 1], ends[i + 1]) or text.startswith(
                ">>", content[i + 1] - 1, ends[i + 1]
            ):
                marked += 1
        elif k == LABEL:
            labelled += 1
    if times < 6 or marked < 2 or after < 0.8 * times or labelled * 5 > times:
        return None
    first = next(i for i in range(n) if kinds[i] == TIME)
    for i in range(n):
        k = kinds[i]
        if k in (BLANK, TIME):
            continue
        if i < first or kinds[i - 1] != TIME:
            kinds[i] = META
            extra[i] = "header" if i < first else "chapter"
            cands[i] = None
            continue
        a = content[i]
        if k == LABEL and not text.startswith(">", starts[i], a + 1):
            # (a caption that reads as "Word: ..." without the mark of a new speaker goes
            # on with the one before: the panel names no one)
            kinds[i] = SPEECH
            cands[i] = None
        if text.startswith(">", starts[i], a + 1):
            # (the mark was read as a quote's: the caption starts after both its ">")
            k2 = starts[i]
            while k2 < ends[i] and text[k2] in " \t>":
                k2 += 1
            content[i] = k2
    return "panel"


def _next_nonblank(kinds: MutableSequence[int], i: int) -> int:
    j = i + 1
    while j < len(kinds) and kinds[j] == BLANK:
        j += 1
    return j


def _names_line_below(
    scan: Scan, kinds: MutableSequence[int], i: int, pat: re.Pattern[str]
) -> bool:
    """The line right after line i (no blank between) is a name too, no sentence: line i
    heads a list of names, not a turn."""
    j = i + 1
    if j >= len(kinds) or kinds[j] != SPEECH:
        return False
    text = scan.text
    a, b = scan.content[j], rstrip_span(text, scan.content[j], scan.ends[j])
    if b - a > SHORT_LINE or text[b - 1] in ".,?!…:;。？！：；":
        return False  # (a sentence; a name's role in brackets may close the line)
    m = pat.fullmatch(text, a, b)
    return m is not None and plausible_name(_NAME_PART.split(m.group("name"), 1)[0]) == 2


def _speech_below(scan: Scan, kinds: MutableSequence[int], i: int, names: set[int]) -> bool:
    """The next line after line i is speech: not a name-like line, and a sentence."""
    j = _next_nonblank(kinds, i)
    if j == i + 1 and j < len(kinds) and kinds[j] == TIME:
        j = _next_nonblank(kinds, j)  # (the name's time line: see _bare_labels)
    while j < len(kinds) and kinds[j] == PAGE:
        j = _next_nonblank(kinds, j)
    if j >= len(kinds) or j in names:
        return False
    if kinds[j] == STAGE:
        return True  # (a turn of a stage direction alone: "Operator" over "[Operator signoff]")
    a, b = scan.content[j], rstrip_span(scan.text, scan.content[j], scan.ends[j])
    if scan.text.find(" | ", a, b) >= 0 or scan.text.find(" > ", a, b) >= 0:
        return False  # (a site's breadcrumb or menu under its name: "Home > Debates > ...")
    return b - a >= 40 or _SENTENCE_END.search(scan.text, a, b) is not None


# (the key runs to the first colon at once; its blanks are stripped where it is read)
_HEADER_FIELD = lazy(r"(?:\*\*|__)?(?P<key>[A-Z][\w'’ -]{0,30})[ \t]*:(?:\*\*|__)?[ \t]*\S")
# a key with an abbreviation's periods ("Accession No.: OH 2026.031", "Exp. No.:"), tried
# only on a line with ".:" near its start (prose has periods; the key's run is kept short)
_HEADER_FIELD_ABBR = lazy(r"(?P<key>[A-Z][\w'’ .-]{0,30})[ \t]*:[ \t]*\S")


def _mark_header_blocks(scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None]) -> None:
    """Runs of ``Key: value`` lines (e-mail headers, "Interviewee: Marian Falk / Date: ...")
    with at least one header word among the keys are a header block, not speech turns."""
    text = scan.text
    n = len(kinds)
    i = 0
    while i < n:
        if kinds[i] == BLANK:
            i += 1
            continue
        if i + 1 >= n or kinds[i + 1] == BLANK:
            i += 2  # (a line alone is no block: a header has two fields at least)
            continue
        j = i
        header_word = False
        keys: set[str] = set()
        sentences = 0  # values that end like speech ("Host: Welcome to the show.")
        while j < n and kinds[j] != BLANK:
            if scan.ends[j] - scan.content[j] > 120:
                break  # (too long for a header field, whatever it holds)
            a = scan.content[j]
            m = _HEADER_FIELD.match(text, a, scan.ends[j])
            if not m and 0 < text.find(".:", a, a + 34) < scan.ends[j]:
                m = _HEADER_FIELD_ABBR.match(text, a, scan.ends[j])
            if not m:
                break
            key = m.group("key").strip().casefold()
            if key in _HEADER_KEYS:
                header_word = True
            if key in keys:  # a header names each field once; a dialogue repeats its speakers
                header_word = False
                break
            keys.add(key)
            if _ends_a_sentence(text, scan.content[j], scan.ends[j]):
                sentences += 1
            j += 1
        run_complete = j >= n or kinds[j] == BLANK
        if header_word and run_complete and j - i >= 2 and 2 * sentences < j - i:
            for k in range(i, j):
                kinds[k] = META
                scan.header_lines.add(k)
                cands[k] = None
        # only the top of the document and blocks right after a blank line are looked at
        while j < n and kinds[j] != BLANK:
            j += 1
        i = j + 1


def _ends_a_sentence(text: str, a: int, b: int) -> bool:
    """text[a:b] ends like speech: with a sentence's end, or with one before an annotation
    in brackets or a closing quote ('"We have been clear. (Laughter.)"'; a field's value
    ends with a name or a date, in brackets too: "Marian Falk (MF)")."""
    end = rstrip_span(text, a, b)
    while end > a and text[end - 1] in _CLOSING:
        if text[end - 1] in ")]":
            opener = text.rfind("(" if text[end - 1] == ")" else "[", a, end)
            if opener <= a:
                break
            end = rstrip_span(text, a, opener)
        else:
            end -= 1  # (a closing quote)
    return end > a and text[end - 1] in ".?!…"


_CLOSING = frozenset(')]"”’»」』')


# a "Key: value" field of a record's head in any script: "Місце запису: с. Лозова",
# "Điều hành viên (ĐHV): Phạm Thu Trang" (a capital opens the key; brackets may hold its code)
# "Name, Vorname: Gebremariam Tesfay" (a form's key of two fields)
# (the vowel signs of Indic and Southeast Asian scripts are no \w: "หัวข้อ :")
_KEY_FIELD = lazy(
    r"(?:\*\*|__)?(?P<key>[^\W\d_][\w'’ ,()\/\-\u0900-\u0eff\u1000-\u109f\u1780-\u17ff]{0,40}?)"
    r"[ \t]*[:：](?:\*\*|__)?[ \t\u3000]*\S"
)


def _mark_key_value_blocks(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], roster: Counter[str]
) -> None:
    """The fields of a record's head in any language ("Дата запису: 14 серпня", "Thư ký: Lê
    Hoàng Nam"): a block of ``Key: value`` lines, before the conversation, whose keys are
    each written once in the whole document and whose values are not sentences, is a
    header, not a row of speakers who each say a line. A value may wrap onto indented
    lines; a value in capitals (a list of participants: "MODERATOR:  MR. ANKIT SHAH –
    ...") is a header field even when its key is also a speaker's label. (The header
    words of :func:`_mark_header_blocks` are a vocabulary; this reads the document.)"""
    text = scan.text
    head = len(kinds)
    # (a name as written: "Elnök:" heading the record is a field, "ELNÖK:" the label)
    for i, cand in _each(cands):
        if (
            roster[name_key(strip_markup(cand.name))] >= 2
            and _written_again(cands, i)
            and not _caps_value(text, cand)
            and not _listed_holder_field(scan, kinds, cands, roster, i)
        ):
            head = i  # (the conversation has begun)
            break
    else:
        return  # (no one speaks twice: the lines may be all the conversation there is)
    # the labels as the conversation writes them: a field's key in another case ("Elnök:
    # Dr. Bánfalvi Zoltán", "Ketua Rapat : Dr. Siti Lubis" over "ELNÖK:", "KETUA RAPAT:")
    # names the chair in the head, and is no turn of theirs
    spoken: set[str] | None = None  # (worked out when a key is a speaker's label)
    alone = (0, 0)  # (the lines of the block before, a field alone, if it is one)
    i = 0
    while i < head:
        if kinds[i] == BLANK:
            i += 1
            continue
        j = first = i
        title = cands[i]
        if (
            i + 1 < head
            and (title is None or (title.kind == "colon" and title.rest < 0))
            and cands[i + 1] is not None
            and _KEY_FIELD.match(text, scan.content[i], scan.ends[i]) is None
        ):
            # (a title line over the fields: "Interview ... 8 November"; a key of none,
            # "Anwesende Personen:", "Present:", heads the fields and goes with them)
            i = j = i + 1
            if title is None:
                first = i
        keys: set[str] = set()
        sentences = 0
        said = False  # (the field's value so far ends a sentence: its last line says)
        ok = True
        caps = True  # (every value in capitals: a list of participants)
        while j < head and kinds[j] != BLANK:
            if scan.ends[j] - scan.content[j] > _FIELD_LINE_CHARS:
                ok = False
                break
            if j > i and (
                scan.content[j] - scan.starts[j] > scan.content[i] - scan.starts[i]
                or text.startswith("\u3000", scan.content[j])  # (by ideographic spaces)
                # (or wrapped: a line opening in lower case, "Készült: a Fővárosi Közgyűlés
                # ... rendes ülésén" / "a Fővárosháza Díszterme (...)")
                or text[scan.content[j]].islower()
                # (or a list wrapped at the page's width after its comma, "Παρόντες: ...,
                # Ann Lee," / "Bob Ray, and 31 members": the names go on)
                or (
                    cands[j] is None
                    and text[rstrip_span(text, scan.content[j - 1], scan.ends[j - 1]) - 1] == ","
                )
            ):
                # (a line indented further than the key: the value goes on, and its last
                # line says whether it ends a sentence: "Ann: We have been" / "very clear.")
                ended = _ends_a_sentence(text, scan.content[j], scan.ends[j])
                sentences += ended - said
                said = ended
                j += 1
                continue
            m = _KEY_FIELD.match(text, scan.content[j], scan.ends[j])
            if m is None and j > i and _closing_key(scan, kinds, j, head):
                j += 1  # (the record's "recorded as follows:" under its fields: theirs)
                break
            key = m.group("key").strip() if m else ""
            low = key.casefold()
            field = cands[j]
            # (a key in a script without case opens with any letter: "หัวข้อ")
            if not (key[:1].isupper() or caseless_letter(key[:1])) or low in keys:
                ok = False
                break
            listed = field is not None and _caps_value(text, field)
            caps = caps and listed
            if (
                roster[name_key(key)] >= 2
                and not listed
                and not (field is not None and _holder_value(text, field))
            ):
                if spoken is None:
                    spoken = {strip_markup(c.name) for k, c in _each(cands) if k >= head}
                if key in spoken:
                    ok = False
                    break
            keys.add(low)
            said = _ends_a_sentence(text, scan.content[j], scan.ends[j])
            sentences += said
            j += 1
        fields = ok and (j >= head or kinds[j] == BLANK) and 2 * sentences <= j - i
        if fields and (len(keys) >= 2 or caps or (j == i + 1 and _named_field(scan, cands[i]))):
            # (a field alone in its block, its value wrapped, right above the fields goes
            # with them: "Készült: a Fővárosi Közgyűlés ... ülésén" / "a Fővárosháza
            # Díszterme (...)" over "Jelen vannak: ..." / "Hivatal részéről: ...")
            for k in (*range(*alone), *range(first, j)):
                held = cands[k]
                if held is not None:
                    roster[name_key(strip_markup(held.name))] -= 1
                kinds[k] = META
                scan.header_lines.add(k)
                cands[k] = None
            alone = (0, 0)
        else:
            # (wrapped: a headline over the fields, "Flood season: Is the city ready?", is
            # one line)
            alone = (first, j) if fields and len(keys) == 1 and j - first >= 2 else (0, 0)
        while j < head and kinds[j] != BLANK:
            j += 1
        i = j + 1


# (a count and what is counted: "27 σύμβουλοι", "230 (KO, PSL)", "5")
_TALLY_CHARS = 80
# (the lines a tally's paragraph may hold besides: the decision it records)
_TALLY_MORE = 3


def _mark_tally_blocks(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    roster: Counter[str],
    forms: dict[Form, list[int]],
) -> None:
    """A vote's result in a record, a paragraph of ``Key: count`` lines ("Ψηφίζουν ΥΠΕΡ: 27
    σύμβουλοι" / "Ψηφίζουν ΚΑΤΑ: 6", "Pour : 32" / "Contre : 5", "Za: 230" / "Przeciw: 190"),
    perhaps with the decision under them: the record's, not speakers who each say a number.
    Two such lines at least, side by side, whose keys never label speech, in a paragraph of
    their own."""
    text = scan.text
    tallies: list[int] = []
    # (read per form, a name as written with its speech on its line: a document repeats
    # its labels, and a key that labels speech once is a speaker's)
    for (kind, _name, inline, _marked), lines in forms.items():
        if kind != "colon" or not inline:
            continue
        counts = []
        for i in lines:
            cand = cands[i]
            if cand is None:
                continue
            r = cand.rest
            if not (
                text[r].isdigit()
                and rstrip_span(text, r, scan.ends[i]) - r <= _TALLY_CHARS
                and not _ends_a_sentence(text, r, scan.ends[i])
            ):
                break
            counts.append(i)
        else:
            tallies.extend(counts)
    if len(tallies) < 2:
        return
    tallies.sort()
    # (the names that label speech on its own lines, or in another style)
    spoken = {form[1] for form in forms if not (form[0] == "colon" and form[2])}
    n = len(kinds)
    k = 0
    while k < len(tallies):
        run = [tallies[k]]
        k += 1
        while k < len(tallies) and tallies[k] == run[-1] + 1:
            run.append(tallies[k])
            k += 1
        if len(run) < 2 or any(c.name in spoken for c in filter(None, (cands[i] for i in run))):
            continue
        lo, hi = run[0], run[-1]
        while lo > 0 and kinds[lo - 1] != BLANK and run[0] - lo < _TALLY_MORE:
            lo -= 1
        while hi + 1 < n and kinds[hi + 1] != BLANK and hi - run[-1] < _TALLY_MORE:
            hi += 1
        if (lo > 0 and kinds[lo - 1] != BLANK) or (hi + 1 < n and kinds[hi + 1] != BLANK):
            continue  # (not a paragraph of its own: speech goes on around it)
        if any(cands[x] is not None for x in range(lo, hi + 1) if x not in run):
            continue  # (a label in it: a conversation)
        for x in range(lo, hi + 1):
            held = cands[x]
            if held is not None:
                roster[name_key(strip_markup(held.name))] -= 1
                cands[x] = None
            kinds[x] = META


# (a field's line: a list of those present may run past two lines of a page)
_FIELD_LINE_CHARS = 200


def _named_field(scan: Scan, cand: Cand | None) -> bool:
    """A field of a record's head alone in its paragraph, its value a person's name and no
    sentence ("Lehendakaria: Nerea Urkiola Ibarretxe", "Chair: Ann Lee"): who holds the
    office, not a turn of theirs."""
    if cand is None or cand.kind != "colon" or cand.rest < 0:
        return False
    value = scan.text[
        cand.rest : rstrip_span(scan.text, cand.rest, scan.ends[scan.line_of(cand.rest)])
    ]
    return value[-1:].isalpha() and plausible_name(value) == 2


# what a field's value holding a person's name has none of: a sentence's marks, a comma
_NOT_HOLDER = frozenset(".?!;,。？！；，")
_HOLDER_CHARS = 40
_TITLE_ABBR_CHARS = 5  # ("Prof.", "Dra.", "Sr.", "J.")


def _holder_value(text: str, cand: Cand) -> bool:
    """What follows a label on its line is short, with no sentence's mark or comma, and
    ends with a letter: a name, as a record's head gives an office's holder ("审判长：周立新",
    "Председательствующий: судья Иванова"), not a speech."""
    if cand.rest < 0:
        return False
    end = text.find("\n", cand.rest)
    value = text[cand.rest : end if end >= 0 else len(text)].strip()
    if value[-1:] == ")" and (opener := value.rfind("(")) > 0:
        # (the holder's note in brackets after the name: "Mr. Ian Roe (called by the claimant)")
        value = value[:opener].rstrip()
    if not 0 < len(value) <= _HOLDER_CHARS or not value[-1].isalpha():
        return False
    if "." in value:
        # (a title's abbreviation before the name, "Dr.", "Dra.", "Mme.", "Prof.", or an
        # initial, "J. Roe": no sentence's end)
        value = " ".join(
            w
            for w in value.split()
            if not (
                w[-1] == "." and len(w) <= _TITLE_ABBR_CHARS and w[0].isupper() and w[:-1].isalpha()
            )
        )
    return not any(c in _NOT_HOLDER for c in value)


def _listed_holder_field(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], roster: Counter[str], i: int
) -> bool:
    """Candidate i is a field of the record's head that names who holds an office a speaker
    is labelled by later ("审判长：周立新" under "时间：..." / "地点：..."): its value a name
    (see _holder_value), in one block with fields above it up to one that is no speaker's
    label, or in a block of such fields only (see _holders_block). A court's or a
    meeting's record lists its officers so before the proceedings."""
    cand = cands[i]
    if cand is None or not _holder_value(scan.text, cand):
        return False
    k = i - 1
    while k >= 0 and kinds[k] != BLANK:
        above = cands[k]
        if _KEY_FIELD.match(scan.text, scan.content[k], scan.ends[k]) is None:
            # (the record's title over its fields: the cast below it may be the block)
            return _holders_block(scan, kinds, cands, k + 1)
        if above is None or roster[name_key(strip_markup(above.name))] < 2:
            return True  # (a field no one speaks by: "时间：", "Date:")
        if not _holder_value(scan.text, above):
            return False
        k -= 1
    return _holders_block(scan, kinds, cands, k + 1)


_HOLDERS_MIN = 3  # (a cast of a hearing: a judge, two counsel, a witness)


def _holders_block(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], top: int
) -> bool:
    """The fields from line ``top`` down to the paragraph's end each name an office's holder
    by a key of its own, three or more ("JUDGE: Ms. Ann Roe" / "COUNSEL FOR THE CLAIMANT: Mr.
    Ian Lee" / "WITNESS: Mr. Tom Hay"): the cast of a hearing listed over its record, each
    key a speaker's label further on (a dialogue repeats its speakers, a list does not)."""
    keys: set[str] = set()
    k = top
    while k < len(kinds) and kinds[k] != BLANK:
        field = cands[k]
        if field is None or field.rest < 0 or not _holder_value(scan.text, field):
            return False
        key = name_key(strip_markup(field.name))
        if key in keys:
            return False
        keys.add(key)
        k += 1
    return len(keys) >= _HOLDERS_MIN


_CLOSING_KEY_CHARS = 40


def _closing_key(scan: Scan, kinds: MutableSequence[int], j: int, head: int) -> bool:
    """Line j, the last of a block of fields, is a short phrase ending with a colon and no
    value ("记录如下：", "Es wird folgendes protokolliert:"): a record's words that the
    proceedings follow, with its head."""
    a, b = scan.content[j], rstrip_span(scan.text, scan.content[j], scan.ends[j])
    return (
        scan.text[b - 1 : b] in (":", "：")
        and b - a <= _CLOSING_KEY_CHARS
        and (j + 1 >= head or kinds[j + 1] == BLANK)
    )


def _written_again(cands: list[Cand | None], i: int) -> bool:
    """Candidate i's name recurs as written further on ("ELNÖK:" does; "Elnök:", a field of
    the record's head, does not). (A speaker who recurs does so within a few lines.)"""
    name = cands[i].name  # type: ignore[union-attr]
    return any(c is not None and c.name == name for c in islice(cands, i + 1, None))


def _caps_value(text: str, cand: Cand) -> bool:
    """Is what follows the label on its line written in capitals, two words or more, with
    no sentence ("MR. RAJIV BANSAL – MANAGING DIRECTOR"): a list of names, not speech?"""
    if cand.rest < 0:
        return False
    end = text.find("\n", cand.rest)
    value = text[cand.rest : end if end >= 0 else len(text)].strip()
    return (
        len(value.split()) >= 2
        and value.upper() == value
        # (a letter with case: a script without case is never "in capitals")
        and any(c.isalpha() and c.lower() != c for c in value)
        and value[-1:] not in (".", "?", "!")
    )


_HEADER_KEYS = frozenset(
    """interviewee interviewer narrator recorded transcriber length duration language kind
    format program show guest guests host hosts from to cc bcc subject date sent title
    location time place tags tag category categories layout author source url episode season
    transcribed edited published updated reply-to
    entrevistador entrevistadora entrevistado entrevistada narrador narradora fecha lugar
    duración transcripción entrevista data local duração transcrição narrateur narratrice
    intervieweur intervieweuse enquêteur enquêtrice témoin lieu durée transcription
    interviewerin befragter befragte erzähler erzählerin zeitzeuge zeitzeugin datum ort
    dauer transkription intervistatore intervistatrice intervistato intervistata narratore
    luogo durata trascrizione""".split()
)

_RUNNING_LINE_MAX = 100  # (characters: a running header or footer is one short line)


def _drop_running_dash_lines(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    forms: dict[Form, list[int]],
) -> None:
    """A running header or footer that reads like a dash label ("Harwood Court Reporting
    Ltd – transcripts@example", "असुधारित प्रत – प्रसिद्धीसाठी नाही"): every line its "name"
    opens is the same whole line, printed twice or more. No speaker says only the same
    words each time, so such a line is page furniture, not a turn."""
    text = scan.text
    for form, lines in list(forms.items()):
        if (
            form[0] == "colon"
            and form[1][:1] in _ITEM_FIRST
            and _page_or_item_field(scan, form, lines)
        ):
            for i in lines:
                kinds[i] = PAGE
                cands[i] = None
            del forms[form]
            continue
        if form[0] != "dash" or len(lines) < 2 or not form[2]:
            continue
        a, b = scan.content[lines[0]], scan.ends[lines[0]]
        if b - a > _RUNNING_LINE_MAX:
            continue
        line = text[a:b].split()
        if any(text[scan.content[i] : scan.ends[i]].split() != line for i in lines[1:]):
            continue
        if any(f[1] == form[1] and f != form for f in forms):
            continue  # (the name labels other speech too: a speaker)
        if not all(_set_apart(scan, kinds, i) for i in lines):
            continue  # ("Otázka – Jan Beneš, iSport.cz" over the question: a label)
        for i in lines:
            kinds[i] = PAGE
            cands[i] = None
        del forms[form]


# a page's number as a field ("Page: 2") and a question's number alone over its exchange
# ("Question 187:"), as a record prints them
_PAGE_WORDS = frozenset(("page", "pg", "p", "página", "pagina", "seite", "strona", "sida", "side"))
_ITEM_HEADING = lazy(
    r"(?i)(?:question|q|pregunta|pergunta|frage|domanda|vraag)\.?(?:[ \t]+(?:no|n[º°o]|nr)\.?)?"
    r"[ \t]+\d{2,5}"
)
_ITEM_FIRST = frozenset("PpQqSsFfDdVv")  # (the first letters of those words)


def _page_or_item_field(scan: Scan, form: Form, lines: list[int]) -> bool:
    """A "label" that is a page number's field ("Page: 2") or a numbered question's
    heading with nothing after it ("Question 187:"): page furniture, no speaker."""
    name = form[1].strip()
    text = scan.text
    if name.casefold() in _PAGE_WORDS:
        return form[2] and all(
            text[text.rfind(":", scan.content[i], scan.ends[i]) + 1 : scan.ends[i]]
            .strip()
            .isdigit()
            for i in lines
        )
    return not form[2] and _ITEM_HEADING.fullmatch(name) is not None


def _set_apart(scan: Scan, kinds: MutableSequence[int], i: int) -> bool:
    """Line ``i`` is the document's first or last, or a paragraph of its own (a page break,
    "\f", counts as a blank)."""

    def blank(k: int) -> bool:
        return kinds[k] == BLANK or not scan.text[scan.content[k] : scan.ends[k]].strip()

    n = len(kinds)
    if all(map(blank, range(i))) or all(map(blank, range(i + 1, n))):
        return True
    return (i == 0 or blank(i - 1)) and (i + 1 == n or blank(i + 1))


_FOOTNOTE = lazy(r"(\d{1,2})[ \t]+[A-Z]")


_NO_SENTENCE = lazy(r"[^.?!。？！,，;；:：…]{1,60}")


# a page's number after a running header: set off by a dash or a bar, or in dashes (not a
# bare number: the header's year, "3 March 2026")
_HEADER_PAGE_NUMBER = lazy(r"[ \t]+(?:[-–—|·][ \t]*\d{1,4}(?:[ \t]*[-–—])?|\d{1,4}[ \t]*[-–—])$")
_PAGE_NUMBER_LASTS = frozenset("0123456789-–—")
_HEADER_MIN_CHARS = 12  # (the header's words before its number: "Item 3" is none)
# the page's number after the header with no separator, or after a page's word: "...
# Transcription Ltd - www.example.co.uk 2", "... 2025 - pag. 2", "... Página 3 de 4"
_HEADER_BARE_NUMBER = lazy(
    r"[ \t]+(?:[-–—|·][ \t]*)?(?:[^\W\d_]{1,8}\.?[ \t]*)?(?P<num>\d{1,4})"
    r"(?:[ \t]+(?:de|of|von|di|od|из|з|/)[ \t]+\d{1,4})?$"
)


_NO_DIGITS = str.maketrans("", "", "0123456789")
_PAGES_APART = 5  # (a header's pages in the text: a page without speech's cut may be left out)


def _mark_running_headers(
    scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], short: list[int]
) -> None:
    """A page's running header printed into the text ("立法會 ─ 2013年1月23日", "Remarks by
    the Secretary | June 2, 2021"): a short line that is no sentence, carries a number or a
    separator and recurs word for word three times or more is page furniture wherever it
    cuts the speech. So is one whose page's number follows it bare ("... co.uk 2", "...
    - pag. 2") where the same words recur twice or more over numbers that grow."""
    text = scan.text
    seen: dict[str, list[int]] = {}
    numbered: dict[str, list[tuple[int, str]]] = {}  # (by the words without their digits)
    for i in short:
        if kinds[i] != SPEECH:
            continue
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        if b - a > 80 or b - a < 4 or text[b - 1] in ".?!。？！:：":
            continue
        line = " ".join(text[a:b].split())
        if text[b - 1] in _PAGE_NUMBER_LASTS:
            # (the page's number after the header, on its line or under it: "Stenogram, 14
            # April 2026 — 8 —" and "Stenogram, 14 April 2026" over "— 7 —" are one header)
            m = _HEADER_PAGE_NUMBER.search(line)
            if m is not None and m.start() >= _HEADER_MIN_CHARS:
                line = line[: m.start()]
            elif text[b - 1].isdigit():
                numbered.setdefault(line.translate(_NO_DIGITS), []).append((i, line))
        seen.setdefault(line, []).append(i)
    paged: dict[str, list[tuple[int, int]]] = {}
    for found in numbered.values():
        if len(found) < 2:
            continue  # (the pattern is compiled only where such lines recur)
        for i, line in found:
            m = _HEADER_BARE_NUMBER.search(line)
            if m is not None and m.start() >= _HEADER_MIN_CHARS:
                paged.setdefault(line[: m.start()], []).append((i, int(m.group("num"))))
    for head, pages in paged.items():
        # (the number grows page by page: a line of speech does not recur so)
        if len(pages) >= 2 and all(p[1] < q[1] <= p[1] + _PAGES_APART for p, q in pairwise(pages)):
            for i, _num in pages:
                kinds[i] = PAGE
                extra[i] = "running-header"
            for i in seen.get(head, ()):  # (and the same words without their number)
                kinds[i] = PAGE
                extra[i] = "running-header"
    for line, lines in seen.items():
        # (a header carries a date, a number or a separator; "Thank you" recurs in speech)
        # (or it is a link to the speech's video, printed after each speech: "Se video")
        if len(lines) >= 3 and (
            any(c.isdigit() or c in "|─—–·•/" for c in line) or is_media_link(line)
        ):
            for i in lines:
                kinds[i] = PAGE
                extra[i] = "running-header"


# a printout's running header: its text, a wide gap, the page's number (or the other way
# round, as on a left-hand page), a page's word before it or not ("Páx. 31", "Page 3")
_NUMBERED_HEADER = lazy(
    r"(?P<head>\S.{4,118}?\S)[ \t]{3,}+(?:[^\W\d_]{1,8}\.?[ \t]?)?(?P<num>\d{1,4})"
    r"|(?P<num2>\d{1,4})[ \t]{3,}+(?P<head2>\S.{4,118}\S)"
)


_CODED_PAGE_CHARS = 24
_CODED_DASHES = (" - ", " – ", " — ")
# a header's date after a dash or a bar at the line's end ("... das Barragens - 04/11/2026")
_DATED_HEADER_END = lazy(r"[ \t][-–—|·][ \t]+\d{1,2}[./]\d{1,2}[./]\d{2,4}$")
_CODED_PAGE = lazy(r"(?P<head>[^\W\d_]{1,8})[ \t]+[-–—][ \t]+(?P<num>\d{1,4})")


def _mark_numbered_headers(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
    numbered: list[int],
) -> None:
    """A running header printed into the text with the page's number after a wide gap,
    each time a paragraph of its own ("Kuvendi i Republikës së Kosovës – Transkript i
    seancës plenare, 9 tetor 2025                    14"): the same words over numbers that
    grow, twice or more, is page furniture (no word-for-word recurrence: the number
    changes; read as a label by its dash or colon, "Official Report – Tuesday ...", too)."""
    text = scan.text
    content, ends = scan.content, scan.ends
    n = len(kinds)
    seen: dict[str, list[tuple[int, int]]] = {}
    # (a page's line of its own, the body's short code, a dash, the page's number: "SF -
    # 12", then "SF - 13", as a senate's shorthand notes number their pages, between the
    # lines of a turn as well)
    coded: dict[str, list[tuple[int, int]]] = {}
    for i in numbered:
        if (
            kinds[i] == SPEECH
            and ends[i] - content[i] <= _CODED_PAGE_CHARS
            and any(d in text[content[i] : ends[i]] for d in _CODED_DASHES)
        ):
            m = _CODED_PAGE.fullmatch(text, content[i], rstrip_span(text, content[i], ends[i]))
            if m is not None:
                coded.setdefault(m.group("head"), []).append((i, int(m.group("num"))))
    for lines in coded.values():
        if len(lines) >= 2 and all(p[1] < q[1] for p, q in pairwise(lines)):
            for i, _num in lines:
                kinds[i] = PAGE
                extra[i] = "running-header"
                # (and the record's name and date beside it, "CPI - Comissão ... -
                # 04/11/2026": the same page's header)
                for j in (i - 1, i + 1):
                    if 0 <= j < n and kinds[j] == SPEECH and ends[j] - content[j] <= 120:
                        b = rstrip_span(text, content[j], ends[j])
                        if _DATED_HEADER_END.search(text, content[j], b) and _no_sentence(
                            text[content[j] : b]
                        ):
                            kinds[j] = PAGE
                            extra[j] = "running-header"
    for i in numbered:  # (the lines opening or ending with a digit)
        if kinds[i] not in (SPEECH, LABEL) or (i > 0 and kinds[i - 1] != BLANK):
            continue
        if i + 1 < n and kinds[i + 1] != BLANK:
            continue
        a, b = content[i], rstrip_span(text, content[i], ends[i])
        if not (text[b - 1].isdigit() or text[a].isdigit()) or text.find("   ", a, b) < 0:
            continue
        m = _NUMBERED_HEADER.fullmatch(text, a, b)
        if m is None:
            continue
        head = m.group("head") or m.group("head2")
        if head[-1] in ".?!":
            continue  # (a sentence, then a number)
        seen.setdefault(" ".join(head.split()), []).append(
            (i, int(m.group("num") or m.group("num2")))
        )
    for lines in seen.values():
        if len(lines) >= 2 and all(p[1] < q[1] for p, q in pairwise(lines)):
            for i, _num in lines:
                kinds[i] = PAGE
                cands[i] = None
                extra[i] = "running-header"


_HEAD_LINES = 12  # (the document's head: the lines read for the parts a running line repeats)
_RUNNING_CHARS = 200  # (a running line: the head's parts and a number, no paragraph)
_HEAD_PART_CHARS = 60  # (a part: "Bayerischer Landtag", "Plenarprotokoll 19/47", a date)
_HEAD_SEPARATOR = lazy(r"\s+[·|•]\s+")  # (between the parts of a head's line)
# the separators of a running line's parts ("Plenarprotokoll 19/47 · 12.11.2026 · ...")
_RUNNING_SEPARATORS = lazy(r"[\s·|•–—/,-]*")


def _without_page_number(line: str) -> str | None:
    """``line`` without the page's number at either end (the outer margin: left on even
    pages, "4214 Bayerischer ..."; right on odd ones, "... Wahlperiode 4213"), or None
    when it has none there."""
    head, _, rest = line.partition(" ")
    if rest and head.isdigit() and len(head) <= 5:
        return rest
    rest, _, tail = line.rpartition(" ")
    if rest and tail.isdigit() and len(tail) <= 5:
        return rest
    return None


def _mark_head_echoes(
    scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], numbered: set[int]
) -> None:
    """A printed record's running line, its page number at the outer end, is made of the
    parts of the document's head in any order ("Plenarprotokoll 19/47 · 12.11.2026 ·
    Bayerischer Landtag · 19. Wahlperiode 4213", then "4214 Bayerischer Landtag · ..."
    over "Bayerischer Landtag · 19. Wahlperiode" / "Plenarprotokoll 19/47" / "12.11.2026"):
    page furniture wherever it cuts a turn, not speech, though no two such lines are alike.
    (Only lines that open or end with a digit are looked at.)"""
    text = scan.text
    n = len(kinds)
    first = next((i for i in range(min(n, _HEAD_LINES)) if kinds[i] == LABEL), min(n, _HEAD_LINES))
    parts: list[str] = []
    for i in range(first):
        if kinds[i] == BLANK:
            continue
        line = text[scan.content[i] : rstrip_span(text, scan.content[i], scan.ends[i])]
        # (the pattern only where a separator is: most heads have none)
        split = "·" in line or "|" in line or "•" in line
        for part in _HEAD_SEPARATOR.split(line) if split else (line,):
            if 4 <= len(part) <= _HEAD_PART_CHARS and not part.isdigit():
                parts.append(part)
    if len(parts) < 2:
        return
    parts.sort(key=len, reverse=True)  # (the longest first: "19/47" inside a longer part)
    for i in sorted(numbered):
        if i < first or kinds[i] != SPEECH or scan.ends[i] - scan.content[i] > _RUNNING_CHARS:
            continue
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        if not (text[a].isdigit() or text[b - 1].isdigit()):
            continue
        rest = _without_page_number(text[a:b])
        if rest is None:
            continue  # (no page number at either end)
        found = 0
        for part in parts:
            if part in rest:
                rest = rest.replace(part, " ")
                found += 1
        if found >= 2 and _RUNNING_SEPARATORS.fullmatch(rest):
            kinds[i] = PAGE
            extra[i] = "running-header"


_HANDOVER_CHARS = 40  # (the note of who takes over: a word and a name)


# a reporter's shift mark in an uncorrected record: the reporters' initials and the time
# their shift began ("BGO/KTG/११.२०", "RPM/SK/14.30", "(ASA/GG/1105)")
_SHIFT_MARK = lazy(r"\(?[A-Z]{2,6}(?:/[A-Z]{1,6}){1,3}/\d{1,2}[.:]?\d{2}\)?")


def _mark_shift_marks(
    scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], short: list[int]
) -> None:
    """An uncorrected parliamentary record marks where a reporter's shift ends: a line of
    initials and a time ("BGO/KTG/११.२०", "RPM/SK/14.30"), and, under it in the same
    paragraph, the note of who takes over ("यानंतर श्री. खर्चे", "आगे श्री शर्मा"). Both are
    page furniture wherever they cut the speech. (A line that opens with a capital letter
    and has a slash near its start is looked at.)"""
    text = scan.text
    n = len(kinds)
    for i in short:
        if kinds[i] != SPEECH:
            continue
        a = scan.content[i]
        c = text[a]
        if not ("A" <= c <= "Z" or c == "(") or text.find("/", a, a + 8) < 0:
            continue
        if _SHIFT_MARK.fullmatch(text, a, rstrip_span(text, a, scan.ends[i])) is None:
            continue
        kinds[i] = PAGE
        extra[i] = "running-header"
        k = i + 1
        if k < n and kinds[k] == SPEECH and (k + 1 == n or kinds[k + 1] == BLANK):
            b = rstrip_span(text, scan.content[k], scan.ends[k])
            if 0 < b - scan.content[k] <= _HANDOVER_CHARS and text[b - 1] not in _ENDS:
                kinds[k] = PAGE
                extra[k] = "running-header"


# the heading of the list of who took part, printed after an earnings call's or a briefing's
# last turn ("Call participants:"), the people in the labels' form under it
_PARTICIPANTS_HEADS = frozenset(
    "call participants:|corporate participants:|conference call participants:|participants:".split(
        "|"
    )
)
_FIELD_CHARS = 40  # (a short "Key: value" field line: "Duration: 0 minutes")


def _mark_participants_tail(scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any]) -> None:
    """After the last label, a "Call participants:" heading and everything under it (the
    participants in the labels' form, the site's notes) are the page's, not the last turn's;
    so are the short "Key: value" fields right above it ("Duration: 0 minutes")."""
    text, n = scan.text, len(kinds)
    last = n - 1
    while last >= 0 and kinds[last] != LABEL:
        last -= 1
    if last < 0:
        return
    for i in range(last + 1, n):
        if kinds[i] != SPEECH and kinds[i] != META:
            continue
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        if text[a:b].casefold() not in _PARTICIPANTS_HEADS:
            continue
        start = i
        p = _prev_nonblank(kinds, i)
        while p > last and kinds[p] == SPEECH and (p == 0 or kinds[p - 1] == BLANK):
            pa, pb = scan.content[p], rstrip_span(text, scan.content[p], scan.ends[p])
            colon = text.find(": ", pa, pb)
            if pb - pa > _FIELD_CHARS or colon < 0 or text.find(" ", pa, colon) >= 0:
                break
            start = p
            p = _prev_nonblank(kinds, p)
        for k in range(start, n):
            if kinds[k] in (SPEECH, LABEL):
                kinds[k] = META
                extra[k] = "boilerplate"
        return


_CLOSED_TAIL_LINES = 60  # (lines read from the end for the line that closes a transcript)


def _mark_closed_tail(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    """After a line that closes the transcript ("— End of transcript —") or heads the
    readers' comments ("Comments (4)"), near the document's end, what follows is the page's:
    the music's credit, the comments in the labels' form ("Nikos P.: Great episode!"). Not
    where a name of the labels above it is written again after it, nor where a name is
    written twice there (another conversation, not a list of comments). Read from the label
    candidates, before they are weighed."""
    text, n = scan.text, len(kinds)
    close = -1
    seen = 0
    for i in range(n - 1, -1, -1):
        if kinds[i] == BLANK:
            continue
        seen += 1
        if seen > _CLOSED_TAIL_LINES:
            break
        if kinds[i] in (SPEECH, META, STAGE, PAGE) and scan.ends[i] - scan.content[i] <= 60:
            line = text[scan.content[i] : scan.ends[i]]
            if is_transcript_end(line) or is_comments_heading(line):
                close = i  # (the first of them: "— End —" over "Comments (4)")
    if close < 0:
        return
    before = {name_key(c.name) for c in cands[:close] if c is not None}
    if not before:
        return
    after: set[str] = set()
    for c in cands[close + 1 :]:
        if c is not None:
            key = name_key(c.name)
            if key in before or key in after:
                return
            after.add(key)
    if not after:
        return  # (no label to keep out: the back matter's own cut reads the rest)
    if kinds[close] in (SPEECH, STAGE):  # ("[End of interview]": the page's, no stage's note)
        kinds[close] = META
        extra[close] = "boilerplate"
    for k in range(close + 1, n):
        if kinds[k] in (SPEECH, LABEL, STAGE):
            kinds[k] = META
            extra[k] = "boilerplate"
            cands[k] = None


_UNDER_TITLE = (BLANK, SPEECH, LABEL)


_INSERT_TITLE_WORDS = 5  # (an insert's title: "Sponsor", "حامی این قسمت", "Werbung")
_INSERT_LINES = 3  # (its paragraph's lines at most)


def _mark_headed_inserts(
    scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], short: list[int]
) -> None:
    """A page's insert between two turns, a block of its own between blank lines: a short
    title over a paragraph ("حامی این قسمت" over "این قسمت با حمایت ...", "Sponsor" over
    "This episode is brought to you by ...", "Aus dem Archiv" over a teaser), the next
    line under a label. Speech goes on under no title: a short line that opens a block, a
    paragraph of longer lines under it and no sentence ended in it is the page's title."""
    text = scan.text
    n = len(kinds)
    for i in short:
        if not 0 < i < n - 2 or kinds[i] != SPEECH or kinds[i - 1] != BLANK:
            continue
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        if (
            not _NO_SENTENCE.fullmatch(text, a, b)
            or text.count(" ", a, b) >= _INSERT_TITLE_WORDS
            or kinds[i + 1] != SPEECH
            or 2 * (b - a) > scan.ends[i + 1] - scan.content[i + 1]
            # (a paragraph's line going on in small letters: "That is" / "a fair question")
            or text[scan.content[i + 1]].islower()
        ):
            continue
        # (a name over its speech, as documents of own-line names print each turn: the
        # name is printed elsewhere too, "ليلى منصور/ عمّان" beside "ليلى منصور" and the
        # guests' field; an insert's title is printed once)
        if text.count(_NAME_PART.split(text[a:b].partition("/")[0], 1)[0].strip()) >= 2:
            continue
        j = i + 1
        while j < n and kinds[j] == SPEECH and j - i <= _INSERT_LINES:
            j += 1
        if j < n and kinds[j] != BLANK:
            continue
        last = rstrip_span(text, scan.content[j - 1], scan.ends[j - 1])
        if text[last - 1] not in _ENDS_LIKE_SPEECH:
            continue
        after = j
        while after < n and kinds[after] == BLANK:
            after += 1
        before = _prev_nonblank(kinds, i)
        if (
            after >= n
            or kinds[after] != LABEL
            or before < 0
            or kinds[before] not in (SPEECH, LABEL)
        ):
            continue
        for k in range(i, j):
            kinds[k] = META
            extra[k] = "boilerplate"


def _mark_section_titles(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
    more: bool,
    short: list[int],
) -> None:
    """A short title alone between blank lines, after speech that ended its sentence and
    right before a label ("公眾索取政府資料的政策", an agenda item), is a heading, not the
    end of the turn before it."""
    text = scan.text
    n = len(kinds)
    for i in short:
        if not 0 < i < n - 1:
            continue
        # (a label may follow right under it: "Keskustelu" over "16.01  Ann Lee sd: ...")
        if kinds[i] != SPEECH or kinds[i - 1] != BLANK:
            continue
        # (its second line may be read as a heading already: "STATEMENT OF ..." over an
        # indented "   OF HARBOR SAFETY")
        if kinds[i + 1] not in _UNDER_TITLE and extra.get(i + 1) != "heading":
            continue
        a, b = scan.content[i], rstrip_span(text, scan.content[i], scan.ends[i])
        if (
            not _NO_SENTENCE.fullmatch(text, a, b)
            and not (
                # (a title of two lines may hold an abbreviation: "Pergunta n.º 1 de ...")
                kinds[i + 1] == SPEECH
                and _title_line(text, a, b)
                and _title_line(text, scan.content[i + 1], scan.ends[i + 1])
            )
            # (a title in capitals, its abbreviations' periods and its commas apart: "STATEMENT
            # OF DR. ANN LEE, DIRECTOR, HARBOR OFFICE", as a printed hearing heads a witness)
            and not (text[b - 1] not in _ENDS_LIKE_SPEECH and text[a:b].isupper())
        ):
            continue
        # (a title of two or three lines: "Question No 1 by Ann Lee (H-0512/2026)" over
        # "Subject: Drought support", as the European Parliament heads a question)
        last = i
        while (
            last + 1 < n
            and last - i < 2
            and (kinds[last + 1] == SPEECH or extra.get(last + 1) == "heading")
            and (
                _title_line(text, scan.content[last + 1], scan.ends[last + 1])
                or _names_field_line(text, scan.content[last + 1], scan.ends[last + 1])
                # (a title in capitals wrapped: "STATEMENT OF DR. ANN LEE, DIRECTOR, OFFICE" /
                # "   OF HARBOR SAFETY")
                or (
                    text[a:b].isupper()
                    and caps_heading(text, scan.content[last + 1], scan.ends[last + 1])
                )
            )
        ):
            last += 1
        if last + 1 >= n or kinds[last + 1] not in (BLANK, LABEL):
            continue
        j = last + 1
        while j < n and kinds[j] in (BLANK, PAGE, META):  # (furniture between: as if gone)
            j += 1
        p = _prev_nonblank(kinds, i)
        # (page furniture between, a rule over a new section of the record, or the record's
        # clock on its own line, "12.31 pm", as a Hansard prints it over a debate: as if gone)
        while p >= 0 and kinds[p] in (PAGE, META, TIME):
            p = _prev_nonblank(kinds, p)
        if (kinds[j] != LABEL if j < n else not more) or p < 0:
            continue
        before = cands[p] if kinds[p] == LABEL else None
        start = before.rest if before is not None else scan.content[p]
        if kinds[p] not in (SPEECH, LABEL, STAGE) or start < 0:
            continue
        # (after a stage line, "(Applause)", the speech before it has ended)
        if kinds[p] == STAGE or _SENTENCE_END.search(text, start, scan.ends[p]) is not None:
            for k in range(i, last + 1):
                kinds[k] = META
                extra[k] = "heading"


# a title marked as one: a Markdown heading ("# Chapter 2: Customer stories", "## Fragen")
# or a bold left open, as a wire or a UN briefing heads each topic ("** Sudan Floods")
_MARKED_HEADING = lazy(r"(?:#{1,6}[ \t]+|\*\*(?!\*))[^*\n]+")


def _mark_marked_headings(
    scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], short: list[int]
) -> None:
    """A short line of speech that opens with a heading's mark (Markdown's "#", a bold
    "**" never closed) and ends no sentence is a section's title between the turns, or in
    a turn where the speaker moves to the next topic, not speech: its marks say so, even
    with a colon in it or no blank line around it. (Only lines opening with "#" or "*".)"""
    text = scan.text
    for i in short:
        a = scan.content[i]
        if kinds[i] != SPEECH or text[a] not in "#*":
            continue
        b = rstrip_span(text, a, scan.ends[i])
        if text[b - 1] in _ENDS_LIKE_SPEECH or not _MARKED_HEADING.fullmatch(text, a, b):
            continue
        kinds[i] = META
        extra[i] = "heading"


_HEAD_ROW_CHARS = 200  # (a row of the page's head: a line, not a paragraph)


def _head_row(text: str, a: int, b: int) -> bool:
    """text[a:b], the rest of a "Key:" line above the conversation, is a row of the page's
    head: parted by a bar ("Ann Lee | Guest: ...", "58 min | Published 3 May") or by two
    dots or bullets ("Spotify · Apple · YouTube"), as speech is not. (Looser than
    :func:`_field_row`, read anywhere: its other cells need no key.)"""
    if b - a > _HEAD_ROW_CHARS:
        return False
    row = text[a:b]
    return " | " in row or row.count(" · ") >= 2 or row.count(" • ") >= 2


_NAMES_KEY_CHARS = 24  # (a field's key under a title: "Witnesses", "Témoins", "Zeugen")


def _names_field_line(text: str, a: int, b: int) -> bool:
    """text[a:b] is a field of who appears under a title, its period kept ("Witnesses:
    Professor Ann Lee and Tom Roe.", "Witness: Colin Boateng."), as a committee heads each
    panel of witnesses: a key of one or two words, then capitalised names."""
    b = rstrip_span(text, a, b)
    k = text.find(": ", a, min(b, a + _NAMES_KEY_CHARS))
    if k <= a or b - a > SHORT_LINE or len(text[a:k].split()) > 2 or text[b - 1] != ".":
        return False
    value = text[k + 2 : b - 1]
    words = value.replace(",", " ").split()
    # (names and their forms of address, "M. Paul Rivière", joined by "and", "et", "und")
    return (
        0 < len(words) <= 12
        and not any(c in value for c in "?!;:")
        and all(w[0].isupper() or (len(w) <= 3 and w[-1] != ".") for w in words)
        and all(len(w) <= 5 for w in words if w[-1] == ".")
    )


def _title_line(text: str, a: int, b: int) -> bool:
    """text[a:b] may go on a title: short, no comma and no sentence's end in it or at its
    end ("Pergunta n.º 1 de Ana Lobato (H-0527/2026)", "Subject: Night trains")."""
    b = rstrip_span(text, a, b)
    return (
        0 < b - a <= SHORT_LINE
        and text[b - 1] not in _ENDS_LIKE_SPEECH
        and text.find(",", a, b) < 0
        and _INNER_END.search(text, a, b) is None
    )


# ("21. Oral question ...", "3) ...", "04 Question de ..." (an item's number and a capital))
# (the number may close with a period and a hyphen, as the Turkish Assembly's record and
# Spanish-language records number their items: "1.- İstanbul Milletvekili ...")
_ITEM_NUMBER = lazy(r"\d{1,3}(?:[.)]-?[ \t]+\S|[ \t]+[A-ZÀ-ÖØ-Þ])")
# an item's word and its number, as a label's pattern reads them: "ΘΕΜΑ 3ο", "Întrebarea nr.
# 2", "Punkt 4", "Question No. 12", "Tagesordnungspunkt 7"
_ITEM_NAME = lazy(
    r"[^\W\d_][\w\-]*(?: [^\W\d_][\w\-]*)?[ \t]+(?:(?:n[rºo°]?|№)\.?[ \t]*)?\d{1,3}[^\W\d_]{0,3}\.?"
)
_ENDS_LIKE_SPEECH = frozenset('.?!…。？！؟"”»')


def _mark_numbered_titles(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    extra: dict[int, Any],
    short: list[int],
    digit_lines: list[int],
    item_lines: list[int],
) -> None:
    """A numbered item's title ("21. Oral question from councillor ... about the\nwaiting
    list", an agenda item of minutes in any language), a paragraph of one to three lines
    that no sentence ends, between a rule or the end of a sentence and the next label,
    is a heading, not the end of the turn before it (however long: it may wrap). Its
    number may follow the item's word, in a label's place ("ΘΕΜΑ 3ο: Έγκριση ...",
    "Întrebarea nr. 2 – Starea drumurilor", "Punkt 4: Haushalt"): ``item_lines``, the lines
    a label's pattern read so, rejected as labels since."""
    text = scan.text
    n = len(kinds)
    # (a title's first line may be long, "04 Question de Ann Lee à Paul Roy (Intérieur) sur
    # ...", as the Belgian Chamber prints its items: the lines opening with a digit too)
    firsts = short + digit_lines + item_lines
    items = frozenset(item_lines)
    # (an item's line read as a label, "Traktandum 2: Sanierung ...", where the record numbers
    # two items of one word or more, each once: the word is no one's name)
    words = Counter(
        c.name.split()[0]
        for c in (cands[i] for i in item_lines)
        if c is not None and scan.roster[name_key(strip_markup(c.name))] == 1
    )
    for i in firsts:
        if not 0 < i < n - 1:
            continue
        held = cands[i] if kinds[i] == LABEL and i in items else None
        if kinds[i] != SPEECH and (
            held is None
            or words[held.name.split()[0]] < 2
            or scan.roster[name_key(strip_markup(held.name))] != 1
        ):
            continue
        a = scan.content[i]
        if i not in items and (
            not text[a].isdigit() or _ITEM_NUMBER.match(text, a, scan.ends[i]) is None
        ):
            continue
        # (a blank line above, or the section's title right above it: "VI.- SÖZLÜ SORULAR
        # VE CEVAPLARI" over "1.- İstanbul Milletvekili ...", as the Turkish Assembly prints)
        if kinds[i - 1] != BLANK and _title_paragraph(scan, kinds, i - 1) < 0:
            continue
        j = i if held is None else i + 1
        # (its last line may be its file number in brackets, read as a direction: "(6/1432)")
        while j < n and (kinds[j] == SPEECH or (kinds[j] == STAGE and j > i)) and j - i < 3:
            j += 1
        if j >= n or kinds[j] != BLANK:
            continue  # (a paragraph of three lines at most)
        last = rstrip_span(text, scan.content[j - 1], scan.ends[j - 1])
        if text[last - 1] in _ENDS_LIKE_SPEECH:
            continue
        k = j
        # (a clock on its own line may stand before the label: "13:30", the record's time)
        while k < n and kinds[k] in (BLANK, PAGE, META, TIME):
            k += 1
        # (a subtitle of its own may follow the item's title, "2. Simplification de la vie
        # économique" over "Suite de la discussion d'un projet de loi", then the label)
        subtitle = k
        if k < n and kinds[k] == SPEECH:
            k = _title_paragraph_end(scan, kinds, k)
            while 0 <= k < n and kinds[k] in (BLANK, PAGE, META, TIME):
                k += 1
        if not 0 <= k < n or kinds[k] != LABEL:
            continue
        p = _prev_nonblank(kinds, i)
        if p < 0:
            continue
        # (the item's subject may head it, a title paragraph of its own: "Rural Bus Services"
        # over "1. What assessment has ... ? OQ62311", as a parliament prints a tabled
        # question, its title in two languages on two lines)
        title = _title_paragraph(scan, kinds, p)
        if title >= 0 and _closes_speech(scan, kinds, extra, _prev_nonblank(kinds, title)):
            for q in range(title, p + 1):
                kinds[q] = META
                extra[q] = "heading"
        elif not _closes_speech(scan, kinds, extra, p) and not (
            # (the record's first item, under its head: no turn before it to end)
            i in items and all(kinds[q] != LABEL or q in items for q in range(p + 1))
        ):
            continue
        if held is not None:
            scan.roster[name_key(strip_markup(held.name))] -= 1
            cands[i] = None
            kinds[i] = SPEECH  # (and so a heading below)
        for q in (*range(i, j), *range(subtitle, k)):
            if kinds[q] == SPEECH:
                kinds[q] = META
                extra[q] = "heading"


def _title_paragraph_end(scan: Scan, kinds: MutableSequence[int], t: int) -> int:
    """The line after a title paragraph that starts at line ``t`` (one to three short lines
    of speech, no sentence in them, a blank line after), or -1."""
    n = len(kinds)
    e = t
    while e < n and kinds[e] == SPEECH and e - t < 3:
        if not _title_line(scan.text, scan.content[e], scan.ends[e]):
            return -1
        e += 1
    return e if e < n and kinds[e] == BLANK else -1


def _closes_speech(scan: Scan, kinds: MutableSequence[int], extra: dict[int, Any], p: int) -> bool:
    """Line ``p`` closes what came before a heading: a rule, a stage direction on its own
    line ("(La séance est ouverte à quinze heures.)"), the record's own line (a vote's
    result, a heading), or speech that ends a sentence."""
    if p < 0:
        return False
    return (
        extra.get(p) == "rule"
        or kinds[p] == STAGE
        or (kinds[p] == META and p not in scan.header_lines)  # (not the head's field)
        or (
            kinds[p] in (SPEECH, LABEL)
            and _SENTENCE_END.search(scan.text, scan.content[p], scan.ends[p]) is not None
        )
    )


def _title_paragraph(scan: Scan, kinds: MutableSequence[int], p: int) -> int:
    """The first line of a title paragraph that ends at line ``p`` (one to three short lines
    of speech, no sentence in them, a blank line before), or -1."""
    t = p
    while t >= 0 and kinds[t] == SPEECH and p - t < 3:
        if not _title_line(scan.text, scan.content[t], scan.ends[t]):
            return -1
        t -= 1
    return t + 1 if t >= 0 and t < p and kinds[t] == BLANK else -1


_ITEM_MARKS = frozenset("-*•·–")  # (a list item's mark, a blank after it)
_LIST_HEAD_CHARS = 40  # (a list's heading: "Action items:", "待办:", "Próximos pasos:")


def _mark_item_lists(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    roster: Counter[str],
    keys: dict[str, str],
) -> int:
    """A list of items "- Name: task" that ends the text, under its heading at a
    paragraph's start ("待办:" over "- 晓岚：整理 ...", "Action items:" over "- Leo: send the
    deck", as a meeting's or a show's notes end): the page's, not speech nor turns. Marks
    the heading and the items as metadata; returns how many labels it took back."""
    text = scan.text
    content = scan.content
    k = len(kinds) - 1
    while k >= 0 and kinds[k] not in (SPEECH, LABEL):
        k -= 1  # (blank lines, and a note or the page's foot under the list)
    last = k
    named = False  # (an item that names who: "- Leo: ...")
    while k >= 0 and kinds[k] in (SPEECH, LABEL) and _item_line(text, content[k]):
        colon = _first_colon(text, content[k], scan.ends[k])
        named = named or 0 < colon - content[k] <= _LIST_HEAD_CHARS
        k -= 1
    if k == last or k < 1 or kinds[k] not in (SPEECH, LABEL) or not named:
        return 0
    head_end = rstrip_span(text, content[k], scan.ends[k])
    if not 0 < head_end - content[k] <= _LIST_HEAD_CHARS or text[head_end - 1] not in ":：":
        return 0
    # (the heading opens a paragraph, or a title of its own is over it: "智能纪要")
    top = k - 1
    if kinds[top] in (SPEECH, META) and scan.ends[top] - content[top] <= _LIST_HEAD_CHARS // 2:
        top -= 1
    if top >= 0 and kinds[top] != BLANK:
        return 0
    taken = 0
    for j in range(top + 1, last + 1):
        cand = cands[j]
        if cand is not None:
            roster[keys[cand.name]] -= 1
            taken += 1
        cands[j] = None
        kinds[j] = META
        scan.header_lines.add(j)
    return taken


def _item_line(text: str, a: int) -> bool:
    """The line at ``a`` is a list's item: a mark, then a blank ("- 晓岚：...", "* Ann: ...")."""
    return text[a] in _ITEM_MARKS and text[a + 1 : a + 2] in (" ", "\t")


def _first_colon(text: str, a: int, b: int) -> int:
    """Where text[a:b]'s first colon (or full-width colon) is, or -1."""
    k = text.find(":", a, b)
    w = text.find("：", a, b)
    return w if k < 0 or 0 <= w < k else k


def _mark_footnotes(scan: Scan, kinds: MutableSequence[int], marks: set[str]) -> None:
    """Footnote text printed at the foot of a page ("1 The materials used by ...") is
    page furniture when a label carried its mark ("MS. LOGAN.1") and a page break follows."""
    n = len(kinds)
    for i in range(n):
        if kinds[i] != SPEECH:
            continue
        m = _FOOTNOTE.match(scan.text, scan.content[i], scan.ends[i])
        if not m or m.group(1) not in marks:
            continue
        j = i + 1
        while j < n and kinds[j] == BLANK:
            j += 1
        if j >= n or kinds[j] == PAGE:
            kinds[i] = PAGE
            scan.footnote_lines.add(i)


def _established_styles(
    scan: Scan,
    kinds: MutableSequence[int],
    cands: list[Cand | None],
    forms: dict[Form, list[int]],
    scores: list[int],
    keys: dict[str, str],
    roster: Counter[str],
    caps: dict[str, bool],
) -> set[Signature]:
    """The label signatures that are this document's layout, read from the whole of it.

    A signature is established when at least two of its candidates that look like names
    open a paragraph and name at least two different speakers: then every candidate of
    that signature is a label, even a name used once (a caller, a member asking one
    question). Prose with a colon rarely shares the labels' signature, and scores 0 as a
    name ("Here's the thing", "Note") whatever its signature. Where the document's
    speakers recur under another signature, a signature whose every name is used once is
    not theirs (metadata lines such as "Place: Parliament" above bold labels)."""
    seen: dict[Signature, set[str]] = {}
    recurring: set[Signature] = set()
    strong: set[Signature] = set()
    # names used by the dash, chat and period styles: a name recurs for a colon label
    # only by its colon labels ("Programledare —" eight times does not make a credits
    # line "Programledare: Johan Berggren" the document's style)
    own = NEEDS_RECURRENCE | OWN_LAYOUT
    other: Counter[str] = Counter()
    for (kind, name, _inline, _marked), lines in forms.items():
        if kind in own:
            other[keys[name]] += len(lines)
    for (kind, name, inline, _marked), lines in forms.items():
        sig = form_signature(kind, name, inline, caps)
        key = keys[name]
        if roster[key] - (other[key] if kind not in own else 0) >= 2:
            recurring.add(sig)
        # (a form's lines all score alike: the score is the name's, the style's and the mark's)
        if scores[lines[0]] == 2 and sig not in strong and name_is_person_like(name):
            strong.add(sig)
        if kind not in FROM_LAYOUT:
            continue
        names = seen.setdefault(sig, set())
        if (
            len(names) < 2
            and key not in names
            and any(_paragraph_start(scan, kinds, i, cands) for i in lines)
        ):
            names.add(key)
    out = {
        sig
        for sig, names in seen.items()
        if len(names) >= 2
        and (sig in recurring or (not recurring and sig[0] not in NEEDS_RECURRENCE))
    }
    # (a typed record's hyphen is weaker evidence than a dash: a signature whose labels are
    # all hyphens makes the layout only with two of them, and not where its names are
    # labelled in another style too, which labels more lines: those are slips, "ANN LEE -
    # ..." twice among "ANN LEE: ..." and "BOB RAY: ...")
    hyphens: Counter[Signature] = Counter()
    hyphen_names: dict[Signature, Counter[str]] = {}
    dashed: set[Signature] = set()
    styled: Counter[str] = Counter()  # (each name's labels in the styles other than dash)
    for (kind, name, inline, _marked), lines in forms.items():
        if kind != "dash":
            styled[keys[name]] += len(lines)
            continue
        sig = form_signature(kind, name, inline, caps)
        for i in lines:
            cand = cands[i]
            if cand is not None and _hyphen_label(scan.text, cand):
                hyphens[sig] += 1
                hyphen_names.setdefault(sig, Counter())[keys[name]] += 1
            else:
                dashed.add(sig)
    weak = {
        sig
        for sig, count in hyphens.items()
        if sig not in dashed
        and (count < 2 or (all(styled[k] for k in hyphen_names[sig]) and styled.total() > count))
    }
    # a name used once in the style of names that recur or are plainly names is a label
    return (out | (recurring & strong)) - weak


def _hyphen_label(text: str, cand: Cand) -> bool:
    """A dash label typed with a hyphen ("TESTE - No."): its span ends with the hyphen."""
    return cand.kind == "dash" and text[cand.end - 1] == "-"


def _paragraph_start(
    scan: Scan, kinds: MutableSequence[int], i: int, cands: list[Cand | None] | None = None
) -> bool:
    """Line i opens a paragraph: the line before it is blank, furniture, or speech (or a
    label's speech on its line) that ends a sentence."""
    j = i - 1
    if j < 0 or kinds[j] == BLANK:
        return True
    before = cands[j] if cands is not None and kinds[j] == LABEL else None
    if before is not None and before.rest >= 0:
        # one-line turns follow each other whatever their punctuation; a name alone on
        # its line after a label's unfinished speech is that speech wrapped
        this = cands[i] if cands is not None else None
        # (but not a line set left of an indented label's, under its unfinished sentence:
        # the paragraph wrapped at a name, "    The CHAIR. Our witness is" / "Dr. Ann Lee.
        # Dr. Lee, please."; set left by two columns or more, a byte-order mark is none)
        if (
            this is not None
            and this.rest >= 0
            and scan.content[i] - scan.starts[i] + 2 > scan.content[j] - scan.starts[j]
        ):
            return True  # (the speech's end is not read: most labels of one-line turns)
        return _SENTENCE_END.search(scan.text, before.rest, scan.ends[j]) is not None
    if kinds[j] != SPEECH:
        return True
    prev = scan.text[scan.content[j] : scan.ends[j]]
    if _SENTENCE_END.search(prev) is not None:
        return True
    this = cands[i] if cands is not None else None
    colon = prev.find(":", 0, 26)
    if (
        this is not None
        and this.kind != "colon"
        and colon > 0
        and prev[:1].isupper()
        and prev.count(" ", 0, colon) <= 2
        and prev[colon + 1 : colon + 2] == " "
    ):
        # (a record's head field above its first label, "GÜNDEM: 5 — Sözlü soru önergeleri"
        # over "MECLİS BAŞKANI (Name) – ...": a key and its value, no sentence; not above
        # another field read as a colon label, "Duration: 11 minutes")
        return True
    if (
        this is not None
        and this.kind != "colon"
        and caseless_letter(prev[:1])
        and len(prev) <= 12
        and prev.count(" ") <= 1
    ):
        # (a short heading in a script without case over the record, "文字实录" under a
        # photo's mark: no sentence ends it, and no capital says it is a heading)
        return j == 0 or kinds[j - 1] != SPEECH
    # a heading of a word or two alone above it, a blank line above that ("Keskustelu",
    # "Debate"): the record's section, then its first speech (not a stamp in capitals over
    # the head's fields: "VERTRAULICH" over "Projekt: ..."); or a link's caption under the
    # speech's clock ("[10:31]" / "Horfa", see _mark_link_captions)
    return (
        len(prev) <= 30
        and prev.count(" ") <= 1
        and prev[:1].isupper()
        and not prev.isupper()
        and (j == 0 or kinds[j - 1] == BLANK or kinds[j - 1] == TIME)
        and prev.rstrip()[-1:].isalpha()
    )


# ---------------------------------------------------------------- tokens


def _speaker_mark(text: str, start: int, content: int) -> str:
    """The mark of a new speaker before a caption line's content: ">>", "-" (a dialogue
    dash, any of - – —), or ""."""
    if content <= start:
        return ""
    head = text[start:content].strip()
    if head.startswith(">>"):
        return ">>"
    return "-" if head in ("-", "–", "—") else ""


def _voice_changes(scan: Scan, kinds: MutableSequence[int], j: int) -> bool:
    """A cue in italics after one that is not, or the other way round: subtitles set a
    voice-over (a narrator) in italics, so a change of italics is a change of voice."""
    text = scan.text
    p = _prev_nonblank(kinds, j)
    while p >= 0 and kinds[p] not in (SPEECH, STAGE):
        p = _prev_nonblank(kinds, p)
    if p < 0 or kinds[p] != SPEECH:
        return False
    opens = text.startswith("<i>", scan.content[j], scan.ends[j])
    closed = text[scan.content[p] : scan.ends[p]].rstrip().endswith("</i>")
    return opens != closed


def _emit(
    scan: Scan, kinds: MutableSequence[int], cands: list[Cand | None], extra: dict[int, Any]
) -> None:
    text = scan.text
    starts, ends, content = scan.starts, scan.ends, scan.content
    tokens = scan.tokens
    n = len(kinds)
    has_labels = scan.has_labels
    i = 0
    speech_from = -1  # offset where the open speech run begins
    speech_first = -1
    speech_last = -1
    speech_starts: list[int] = []
    label_open: LineToken | None = None  # the last token, if it is a label
    label_line = -1  # (its line)
    big = scan.big
    same: dict[str, str] = {}

    def flush() -> None:
        nonlocal speech_from, speech_first, speech_last, speech_starts, label_open
        if speech_from >= 0:
            if (
                label_open is not None
                and speech_last == speech_first
                and speech_first == label_line
            ):
                # the label's own line holds all its speech: the label carries where it
                # starts, and no token is made (most turns of one-line layouts)
                label_open.speech = speech_starts[0]
            else:
                end = rstrip_span(text, starts[speech_last], ends[speech_last])
                tok = LineToken(
                    "SPEECH",
                    "",
                    speech_from,
                    end,
                    speech_first + 1,
                    "speech",
                    content_starts=speech_starts,
                )
                if label_open is not None:
                    label_open.speech = tok  # the label's own speech: no token of its own
                else:
                    tokens.append(tok)
        speech_from = speech_first = speech_last = -1
        speech_starts = []
        label_open = None

    # (in captions marked with ">>" or dialogue dashes, a cue without a mark continues the
    # turn once one has begun; a dash line inside a cue starts a turn of its own)
    turns_started = False
    last_cue_end: float | None = None
    last_cue_start: float | None = None
    speaker_marks = False
    if scan.caption is not None:
        marks = [_speaker_mark(text, starts[k], content[k]) for k in range(n) if kinds[k] == SPEECH]
        speaker_marks = marks.count(">>") >= 1 or marks.count("-") >= 2

    def next_significant(k: int) -> int:
        k += 1
        while k < n and kinds[k] in (BLANK, META):
            k += 1
        return k

    while i < n:
        kind = kinds[i]
        if kind == BLANK:
            i += 1
            continue
        a = content[i]
        if kind == SPEECH:
            if speaker_marks and speech_from >= 0 and _speaker_mark(text, starts[i], a):
                # a second speaker in the same cue ("- Why didn't you go out?" / "- No point.")
                flush()
                tokens.append(
                    LineToken(
                        "CUE",
                        "",
                        a,
                        a,
                        i + 1,
                        "time",
                        start_time=last_cue_start,
                        end_time=last_cue_end,
                    )
                )
            if speech_from < 0:
                speech_from = a
                speech_first = i
            speech_last = i
            speech_starts.append(a)
            i += 1
            continue
        flush()
        if kind == LABEL:
            # the candidate goes once its token is made; the label's text is one string
            # per distinct text, as its name is from the scan on (a document repeats a few
            # labels; a repaired label, rare, keeps its own name)
            cand = cands[i]
            assert cand is not None  # (a LABEL line has one)
            cands[i] = None
            value = text[cand.start : cand.end]
            if cand.end > ends[i]:
                value = " ".join(value.split())  # (a label wrapped over two lines: one)
            label_open = LineToken(
                "LABEL",
                same.setdefault(value, value),
                cand.start,
                cand.end,
                0 if big else i + 1,  # (a big text's: not kept, see LineToken)
                cand.kind,  # (its style: the parser sees one LABEL token)
                cand.name,
                cand.fn,
                cand.ts,
            )
            tokens.append(label_open)
            turns_started = True
            label_line = i
            if cand.rest >= 0:
                speech_from = cand.rest
                speech_first = speech_last = i
                speech_starts.append(cand.rest)
            i += 1
            continue
        b = rstrip_span(text, a, ends[i])
        if kind == FRONT:
            j = i
            while j + 1 < n and kinds[j + 1] in (FRONT, BLANK) and (kinds[j + 1] == FRONT):
                j += 1
            tokens.append(
                LineToken(
                    "FRONT_MATTER",
                    "",
                    starts[i],
                    rstrip_span(text, starts[j], ends[j]),
                    i + 1,
                    "front_matter",
                )
            )
            i = j + 1
            continue
        if kind in (TIME, CUE_TIMING):
            start_t: float | None
            end_t: float | None = None
            if kind == CUE_TIMING:
                m = line_patterns()["CUE_TIMING"].match(text, a, b)
                assert m is not None
                start_t, end_t = parse_time(m.group("a")), parse_time(m.group("b"))
            else:
                start_t = parse_time(text[a:b])
            j = next_significant(i)
            if j < n and kinds[j] == LABEL:
                typ = "TIME"
            elif scan.caption is not None and j < n:
                # a cue with no name goes on with the turn before it when it follows that
                # cue without a pause (one sentence cut in two cues); after a pause it is
                # a turn of no one's. In broadcast captions ">>" marks each new speaker.
                if speaker_marks:
                    new = bool(_speaker_mark(text, starts[j], content[j])) or _voice_changes(
                        scan, kinds, j
                    )
                else:
                    # (subtitles that name their speakers name each change: an unnamed cue
                    # goes on with the speaker through a short pause, not a change of voice;
                    # WebVTT voice spans name every cue, so an unnamed one is someone else)
                    named = has_labels and "voice" not in scan.styles
                    gap = LABELLED_CUE_CONTINUES if named else CUE_CONTINUES
                    new = (
                        start_t is None
                        or last_cue_end is None
                        or abs(start_t - last_cue_end) > gap
                        or (named and _voice_changes(scan, kinds, j))
                    )
                typ = "CUE" if new or not turns_started else "CLOCK"
                if kinds[j] == STAGE and (j + 1 >= n or kinds[j + 1] in (BLANK, TIME)):
                    typ = "CLOCK"  # a cue of music only opens no turn
                elif i + 1 < n and extra.get(i + 1) == "credits":
                    typ = "CLOCK"  # (nor does a cue of the captioner's credits)
            elif has_labels and not (
                kind == TIME
                and j == i + 1
                and j < len(kinds)  # (a time on the last line has no paragraph below)
                and kinds[j] == SPEECH
                and (i == 0 or kinds[i - 1] == BLANK)
            ):
                typ = "CLOCK"
            else:
                # (in a labelled text, a timestamp set apart above a paragraph that follows
                # it directly opens a turn of no one's, as the renderer writes one)
                typ = "CUE"
            turns_started = turns_started or typ != "CLOCK"
            if kind == CUE_TIMING:
                last_cue_end = end_t
                last_cue_start = start_t
            # an SRT cue number just before its timing line travels with it
            tok_start = a
            if (
                scan.caption is not None
                and tokens
                and tokens[-1].type == "PAGE"
                and tokens[-1].kind == "cue-id"
            ):
                prev = tokens.pop()
                tok_start = prev.start_pos  # (offset 0 too: the first cue of a file)
            tokens.append(
                LineToken(
                    typ,
                    text[a:b],
                    tok_start,
                    b,
                    i + 1,
                    "time",
                    start_time=start_t,
                    end_time=end_t,
                )
            )
            i += 1
            continue
        if kind == TIMED_TEXT:
            ts_end, rest, seconds = extra[i]
            typ = "CLOCK" if has_labels else "CUE"
            tokens.append(
                LineToken(typ, text[a:ts_end], a, ts_end, i + 1, "time", start_time=seconds)
            )
            speech_from = rest
            speech_first = speech_last = i
            speech_starts.append(rest)
            i += 1
            continue
        if kind == STAGE:
            tokens.append(LineToken("STAGE", text[a:b], a, b, i + 1, "stage"))
            i += 1
            continue
        if kind == PAGE:
            what = "footnote" if i in scan.footnote_lines else extra.get(i, "page")
            if scan.caption and text[a:b].isdigit():
                what = "cue-id"
            tokens.append(LineToken("PAGE", text[a:b], a, b, i + 1, what))
            i += 1
            continue
        # META (and examination markers)
        what = "header" if i in scan.header_lines else extra.get(i, "meta")
        if i in scan.heading_lines:
            what = "heading"
        tokens.append(LineToken("META", text[a:b], a, b, i + 1, what))
        i += 1
    flush()
