"""From the parser's tokens to turns and blocks.

:class:`TreeBuilder` is the Lark transformer (one method per rule, run inline while
parsing, so no tree is built). :func:`assemble` then reads each turn's speech lines
into paragraphs, takes annotations and page furniture out of the speech, strips
wrapping quote marks, and separates front and back matter from the conversation.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from lark import Transformer

from .._regex import lazy
from .lexer import LineToken, Scan
from .styles import parse_time, rstrip_span

# ---------------------------------------------------------------- transformer


@dataclass(slots=True)
class RawTurn:
    time: LineToken | None
    label: LineToken | None
    pieces: list[LineToken]


class TreeBuilder(Transformer[LineToken, Any]):
    """One method per rule of ``grammar/transcript.lark``."""

    def start(self, children: list[Any]) -> tuple[list[LineToken], list[RawTurn | LineToken]]:
        # "start: preamble | start turn | start LABEL": the preamble opens the result,
        # each turn joins it; a label alone is a turn as it is, with the speech right after
        # it in its ``speech``, if any (assemble reads it there: no RawTurn and no list per
        # turn, most turns of a big document, held until the drafts are made)
        if len(children) == 1:
            return children[0], []
        done: tuple[list[LineToken], list[RawTurn | LineToken]] = children[0]
        done[1].append(children[1])
        return done

    def preamble(self, children: list[LineToken]) -> list[LineToken]:
        return children

    def turn(self, children: list[Any]) -> RawTurn:
        # (a label with nothing after it is no turn of the grammar: see start())
        time = None
        label = None
        i = 0
        if children and children[0].type in ("TIME", "CUE"):
            time = children[0]
            i = 1
        between: list[LineToken] = []
        while (
            i < len(children)
            and children[i].type == "META"
            and time is not None
            and time.type == "TIME"
        ):
            between.append(children[i])
            i += 1
        if i < len(children) and children[i].type == "LABEL":
            label = children[i]
            i += 1
            speech = label.speech
            if isinstance(speech, LineToken):  # the speech after the label travels in it
                between.append(speech)
                label.speech = None  # (the turn holds it now; the label need not)
            elif speech is not None:
                between.append(label)  # its own line's speech, in the place of its token
        return RawTurn(time, label, between + children[i:])


# ---------------------------------------------------------------- positions


class Positions:
    """Offsets to (line, column) through the scan's line table.

    Spans are asked for in nearly increasing order, so the line of the previous answer is
    tried first; the end of a span is looked for from the line of its start. Only a miss
    pays for a bisection.

    ``chars`` and ``lines``: how many characters and lines come before the scan's text in
    the whole input (a stream's chunk), added to every offset and line number.
    """

    __slots__ = ("_i", "_n", "_starts", "chars", "first_line", "scan")

    def __init__(self, scan: Scan, chars: int = 0, lines: int = 0) -> None:
        self.scan = scan
        self._starts = scan.starts
        self._n = len(scan.starts)
        self._i = 0
        self.chars = chars  # (added to every offset)
        self.first_line = lines + 1  # (the number of the scan's first line in the input)

    def line_at(self, a: int) -> int:
        """The index (0-based) of the line that holds offset ``a``: a short walk forward
        from the line of the last span's start, else a bisection (as :meth:`span`)."""
        starts = self._starts
        n = self._n
        i = self._i
        if starts[i] > a:
            i = bisect_right(starts, a) - 1
        else:
            stop = i + _WALK if i + _WALK < n else n
            k = i + 1
            while k < stop and starts[k] <= a:
                k += 1
            if k == stop and k < n and starts[k] <= a:
                k = bisect_right(starts, a, k)
            i = k - 1
        self._i = i
        return i

    def span(self, a: int, b: int) -> dict[str, Any]:
        # the line of a: a short walk from the last span's start line (the next turn's
        # label, its paragraphs a blank line or two apart), else a bisection; the line of
        # b: the same from a's. (Each line start is read once where it can be: a big
        # text's line table is an array, and each reading of it makes an int.)
        starts = self._starts
        n = self._n
        # (line_at's walk, written out: a call per span costs a small file's time)
        i = self._i
        si = starts[i]
        if si > a:
            i = bisect_right(starts, a) - 1
            si = starts[i]
        else:
            stop = i + _WALK if i + _WALK < n else n
            k = i + 1
            while k < stop:
                sk = starts[k]
                if sk > a:
                    break
                si = sk
                k += 1
            else:
                if k < n and starts[k] <= a:
                    k = bisect_right(starts, a, k)
                    si = starts[k - 1]
            i = k - 1
        self._i = i
        j = i
        sj = si
        if b < a:  # (an end before its start: not asked for, but answered right)
            j = bisect_right(starts, b) - 1
            sj = starts[j]
        else:
            stop = i + _WALK if i + _WALK < n else n
            k = i + 1
            while k < stop:
                sk = starts[k]
                if sk > b:
                    break
                sj = sk
                k += 1
            else:
                if k < n and starts[k] <= b:
                    k = bisect_right(starts, b, k)
                    sj = starts[k - 1]
            j = k - 1
        shift = self.chars
        first = self.first_line
        return {
            "start": {"line": i + first, "column": a - si + 1, "offset": a + shift},
            "end": {"line": j + first, "column": b - sj + 1, "offset": b + shift},
        }


_WALK = 8  # lines walked forward before a bisection (see Positions)


# ---------------------------------------------------------------- annotations

INLINE = lazy(
    r"\\\[([^\[\]\n]{1,120}?)\\\]|\[([^\[\]\n]{1,120})\]|\(([^()\n]{1,120})\)|\{([^{}\n]{1,60})\}"
    r"|（([^（）\n]{1,120})）|〔([^〔〕\n]{1,120})〕|(</v(?:\.[\w.\-]+)?>"
    # (a subtitle's colour tags: '<font color="#0ff">', "</font>"; italics say a voice)
    r"|</?font(?:[ \t][^<>\n]{0,80})?>)"
)
# What stage text says, in the languages transcripts are published in: the start of a
# word (casefolded) and the kind of annotation it makes. "(Beifall bei der SPD)",
# "(Rires)", "(risas)", "（笑）", "(Zuruf des Abg. Dr. Jens [SPD]: Das stimmt nicht!)".
_STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "laughter": (
        "laugh",
        "chuckl",
        "heiterkeit",
        "lachen",
        "gelächter",
        "rires",
        "rire",
        "sourires",
        "risas",
        "risa",
        "risate",
        "gelach",
        "risos",
        "смех",
        "笑",
        "哄笑",
        "웃음",
    ),
    "applause": (
        "applause",
        "applaud",
        "beifall",
        "applaus",
        "applaudissements",
        "aplausos",
        "aplauso",
        "applausi",
        "applaus",
        "aplausos",
        "аплодисменты",
        "掌声",
        "掌聲",
        "拍手",
        "박수",
    ),
    "interjection": (
        "zuruf",
        "zurufe",
        "interjection",
        "interruption",
        "exclamation",
        "protestations",
        "protestas",
        "interrupción",
        "interruzione",
        "interruptie",
        "插話",
        "插话",
        "野次",
    ),
    "unrest": (
        "unruhe",
        "murmures",
        "mouvements",
        "murmullos",
        "rumores",
        "brusii",
        "onrust",
        "widerspruch",
        "喧嘩",
        "喧哗",
        "騒然",
    ),
}
_STAGE_PREFIXES = tuple(
    sorted({w for ws in _STAGE_WORDS.values() for w in ws}, key=len, reverse=True)
)
_CUE_WORDS = lazy(
    r"(?i)\b(?:laugh\w*|applause|applauds|crosstalk|cross-talk|inaudible|unintelligible|"
    r"indiscernible|music|soundbite|sound ?bite|videotape|video ?clip|video|audio|clip|begin|end|"
    r"silence|pause|pauses|no response|show of hands|sic|as interpreted|interpret\w*|whisper\w*|"
    r"cough\w*|sigh\w*|off[- ]mic|mic|break|recess|bell|gavel|phone|ring\w*|cheer\w*|boo\w*|"
    r"chuckl\w*|groan\w*|sobs?|crying|singing|speaking \w+|foreign language|translat\w*|"
    r"overlapping|simultaneous\w*|interrupt\w*|unclear|garbled|static|beep\w*|bleep\w*|"
    r"technical difficult\w*|audio cuts? out|commercial|end of|off the record|on the record|"
    r"recording|sounds?|noise|nods?|gestur\w*|points?|display|slide|chart|speakers? change)\b"
)
EMPHASIS = lazy(r"\*\*(.+?)\*\*|__(.+?)__")
_TIMESTAMP_ONLY = lazy(r"-?\d{1,2}(?::\d{2}){1,3}(?:[.,]\d+)?")


def annotation_kind(body: str) -> str | None:
    """The kind of a parenthesised or bracketed body, or None if it is speech."""
    if body.startswith("<"):
        return "markup"  # (a WebVTT voice span's closing tag, a subtitle's tags: never speech)
    s = body.strip().strip(".").strip()
    if not s:
        return None
    low = s.casefold()
    if _TIMESTAMP_ONLY.fullmatch(s):
        return "time"
    if low.startswith(("laugh", "chuckl")):
        return "laughter"
    if low.startswith(("applause", "applaud")):
        return "applause"
    if low.startswith(("crosstalk", "cross-talk", "overlapping", "simultaneous")):
        return "crosstalk"
    if low.startswith(("inaudible", "unintelligible", "indiscernible", "unclear", "garbled")):
        return "inaudible"
    if low.startswith(("soundbite", "sound bite", "music", "sound of")):
        return "sound"
    if low in ("sic",):
        return "sic"
    if "interpret" in low or "translat" in low:
        return "interpretation"
    if low.startswith(("begin ", "end ", "start ")):
        return "media"
    if low.startswith(_STAGE_PREFIXES):
        for kind, words in _STAGE_WORDS.items():
            if low.startswith(words):
                return kind
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return "stage"
    if _CUE_WORDS.search(s) and len(s.split()) <= 8:
        return "stage"
    return None


# ---------------------------------------------------------------- assembly

#: The quote marks an answer printed in quotes opens with (the founding example's layout)
OPEN_QUOTES = "\"“«„'‘"
_TERMINAL = lazy(r"""[.?!…"”’')\]]\s*$""")


class Para:
    """A paragraph of speech: its text, and where it is in the source.

    Its text is a property, which :class:`LinePara` overrides: a class compiled with mypyc
    may override a property, not an attribute."""

    __slots__ = ("_text", "end", "start")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text = text
        self.start = start
        self.end = end

    @property
    def text(self) -> str:
        return self._text

    @text.setter
    def text(self, value: str) -> None:
        self._text = value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.text!r}, {self.start}, {self.end})"

    def first(self) -> str:
        """The text's first character ("" if it has none)."""
        return self.text[:1]

    def trim(self, front: int, back: int) -> None:
        """Drop ``front`` characters from the start of its text and ``back`` from its end."""
        text = self.text
        self.text = text[front : len(text) - back]


class LinePara(Para):
    """A paragraph that is one line of the source as it stands (see :func:`_plain`).

    It keeps no string of its own: its text is cut from the source each time it is read,
    so a big document holds its speech once, in the source, not a second time until its
    turns are written. A text set on it (quote marks stripped) is found in the line it
    stood for, and read from there too: what it leaves out of the line is kept as two
    counts of characters, cut from the start and from the end (small numbers, which
    Python shares, where offsets would be an int object each: a quoted answer is common).
    Any other text is kept as it is.
    """

    __slots__ = ("_cut_a", "_cut_b")  # (and Para's ``_text``: the source, see below)

    def __init__(self, source: str, start: int, end: int) -> None:
        self._text = source
        self.start = start
        self.end = end
        self._cut_a = 0  # (-1: ``_text`` holds the text itself, set from elsewhere)
        self._cut_b = 0

    @property
    def text(self) -> str:
        cut = self._cut_a
        if cut < 0:
            return self._text
        return self._text[self.start + cut : self.end - self._cut_b]

    @text.setter
    def text(self, value: str) -> None:
        if self._cut_a < 0:
            self._text = value
            return
        source, start, end = self._text, self.start, self.end
        a, b = start + self._cut_a, end - self._cut_b
        if source.startswith(value, a, b):  # (the text less its end: a closing quote)
            self._cut_b = end - (a + len(value))
        elif source.endswith(value, a, b):  # (less its start: an opening quote)
            self._cut_a = b - len(value) - start
        else:
            i = source.find(value, a, b)
            if i < 0:
                self._text, self._cut_a = value, -1
            else:
                self._cut_a, self._cut_b = i - start, end - (i + len(value))

    def trim(self, front: int, back: int) -> None:
        if self._cut_a < 0:
            Para.trim(self, front, back)
        else:  # (no text made, nothing looked for: the counts grow)
            self._cut_a += front
            self._cut_b += back

    def first(self) -> str:
        if self._cut_a < 0:
            return self._text[:1]
        a = self.start + self._cut_a
        return self._text[a : a + 1] if a < self.end - self._cut_b else ""


@dataclass(slots=True)
class TurnDraft:
    """A turn on its way to a turn record.

    It keeps what the record needs of its label (text, kind, name as written, place), not
    the label's token: tokens go once the drafts are made (their candidates went before,
    as the lexer made them), so a big document does not hold an object per turn more than
    it needs until its JSON is written. Nor does it keep what it can work out: where the
    label ends (its start and its length) or its line (found from its start when the turn
    is written).

    A big document's turn whose only piece is its label's line, as it stands (most turns
    of a one-line layout), keeps its one paragraph in itself: ``paras`` is None, and the
    paragraph is the source from ``para_at`` characters after the label's start to the
    turn's end (:meth:`paragraphs` makes it a :class:`LinePara` in a list, when asked).
    That saves the list, the paragraph object and the int of its start (tests/test_fast.py
    holds the bound).
    """

    label: str | None = None  # the label as written ("MS. PSAKI:"): the source's text there
    label_kind: str = ""  # the label's style ("colon"), "" with no label
    label_name: str | None = None  # the speaker's name in the label
    label_start: int = 0
    paras: list[Para] | None = field(default_factory=list)  # (None: see above)
    # none yet: an empty tuple, shared, not a list per turn (most turns have no annotation);
    # _annotate adds one
    annotations: Sequence[dict[str, Any]] = ()
    start: int = 0
    end: int = 0
    start_time: float | None = None
    end_time: float | None = None
    clock_timed: bool = False  # a labelled turn whose time, if any, comes from a clock line
    para_at: int = 0  # (a small int, which Python shares)
    #: the role of an unlabelled turn whose part was inferred (a marked question's asker)
    role: str | None = None

    @property
    def label_end(self) -> int:
        """Where the label ends in the source (its start, with no label)."""
        return self.label_start + len(self.label) if self.label is not None else self.label_start

    def paragraphs(self, source: str) -> list[Para]:
        """Its paragraphs (``source``: the text it was drafted from), a paragraph kept in
        the draft made a :class:`LinePara` in a list, and kept so."""
        paras = self.paras
        if paras is None:
            paras = self.paras = [LinePara(source, self.label_start + self.para_at, self.end)]
        return paras

    def first_char(self, source: str) -> str:
        """The first character of its first paragraph ("" if it has none)."""
        paras = self.paras
        if paras is None:
            a = self.label_start + self.para_at
            return source[a : a + 1] if a < self.end else ""
        return paras[0].first() if paras else ""

    def text(self, source: str) -> str:
        """Its paragraphs' text, a blank line between them."""
        paras = self.paras
        if paras is None:
            return source[self.label_start + self.para_at : self.end]
        return paras[0].text if len(paras) == 1 else "\n\n".join([p.text for p in paras])


class TurnTexts(Sequence[str]):
    """The text of each draft's turn (its paragraphs, a blank line between them), made
    when it is read and not kept: the speaker roster reads every turn's text once, and a
    list of them all would hold the speech of a big document a second time."""

    __slots__ = ("_drafts", "_source")

    def __init__(self, drafts: list[TurnDraft], source: str) -> None:
        self._drafts = drafts
        self._source = source  # (the text they were drafted from)

    def __len__(self) -> int:
        return len(self._drafts)

    @overload
    def __getitem__(self, i: int) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> list[str]: ...
    def __getitem__(self, i: int | slice) -> str | list[str]:
        if isinstance(i, slice):
            return [d.text(self._source) for d in self._drafts[i]]
        return self._drafts[i].text(self._source)

    def __iter__(self) -> Iterator[str]:
        source = self._source
        for d in self._drafts:
            yield d.text(source)


def _line_pieces(scan: Scan, tok: LineToken) -> list[tuple[int, int, int, int]]:
    """(start, end, blank lines before, line start) of each line of a SPEECH token."""
    text = scan.text
    starts = scan.starts
    ends = scan.ends
    n = len(starts)
    out: list[tuple[int, int, int, int]] = []
    prev_line = -1
    i = -1
    for a in tok.content_starts:
        # content starts increase: walk forward from the token's first line
        if i < 0:
            i = tok.line - 1
        else:
            while i + 1 < n and starts[i + 1] <= a:
                i += 1
        b = ends[i]
        while b > a and text[b - 1] in " \t\u00a0":
            b -= 1
        out.append((a, b, 0 if prev_line < 0 else i - prev_line - 1, starts[i]))
        prev_line = i
    return out


def _speech_paragraphs(
    scan: Scan, tok: LineToken, draft: TurnDraft, continues: bool, lazy: bool
) -> None:
    """Append the paragraphs of a SPEECH token to ``draft``, taking out annotations
    (``lazy``: a paragraph that is one line as it stands is a :class:`LinePara`)."""
    text = scan.text
    firsts = tok.content_starts
    if len(firsts) == 1 and not (continues and draft.paras):
        # one line (most turns of one-line layouts): no paragraph breaks to look for
        _one_line_paragraph(scan, firsts[0], tok.end_pos, draft, lazy)  # (its line's end)
        return
    lines = _line_pieces(scan, tok)
    numbered = scan.numbered
    caption = scan.caption is not None
    markdown = scan.markdown
    current: list[str] = []
    cur_start = -1
    cur_end = -1
    one_plain = False  # the paragraph so far is one line, which _plain takes as it stands
    paras = draft.paras
    if paras is None:  # (not here: a paragraph is kept in a draft with no other piece)
        paras = draft.paragraphs(text)
    if continues and paras:
        last = paras.pop()
        current = [last.text]
        cur_start, cur_end = last.start, last.end

    def close() -> None:
        nonlocal current, cur_start, cur_end
        if cur_start >= 0:
            if one_plain:
                paras.append(LinePara(text, cur_start, cur_end))
            else:
                joined = " ".join(p for p in current if p)
                paras.append(Para(joined, cur_start, cur_end))
        current = []
        cur_start = cur_end = -1

    for a, b, blank_run, line_start in lines:
        if cur_start >= 0 and not caption:
            if numbered:
                # a new paragraph is indented past the line number column
                indent = a - line_start
                if indent >= 8 and _TERMINAL.search(current[-1] if current else ""):
                    close()
            elif blank_run:
                close()
        seg = text[a:b] if lazy else ""
        plain = lazy and _plain(seg, markdown)
        if plain:
            piece = seg  # (what take_annotations would give)
        else:
            piece = take_annotations(text, a, b, draft)
            if markdown and ("**" in piece or "__" in piece):
                piece = EMPHASIS.sub(lambda m: m.group(1) or m.group(2), piece)
        one_plain = plain and not current
        if cur_start < 0:
            cur_start = a
        cur_end = b
        current.append(piece)
    close()


def _one_line_paragraph(
    scan: Scan, a: int, end: int, draft: TurnDraft, lazy: bool, alone: bool = False
) -> None:
    """Append to ``draft`` the paragraph of speech from ``a`` to the end of its line
    (``end``, less any blanks after it: the line's end less spaces and tabs).

    The paragraph ends at ``end`` itself, the same int, unless more is stripped: a big
    document's line ends are read from an array, a new int at each reading. ``alone``: the
    draft has no paragraph yet, and will have no other piece: one that runs to its end is
    kept in the draft itself (see :class:`TurnDraft`)."""
    text = scan.text
    b = end
    while b > a and text[b - 1] in " \t\u00a0":
        b -= 1
    if lazy and _plain(text[a:b], scan.markdown):
        # the paragraph is the line as it stands: read from the source when needed
        if alone and b == draft.end:
            draft.paras = None  # (kept in the draft: see TurnDraft)
            draft.para_at = a - draft.label_start
        elif draft.paras:
            draft.paras.append(LinePara(text, a, b))
        else:  # (a list of one made at its size: its room for one pointer, not for four)
            draft.paras = [LinePara(text, a, b)]
        return
    piece = take_annotations(text, a, b, draft)
    if scan.markdown and ("**" in piece or "__" in piece):
        piece = EMPHASIS.sub(lambda m: m.group(1) or m.group(2), piece)
    paras = draft.paras
    if paras is None:  # (not here: see above)
        paras = draft.paragraphs(text)
    paras.append(Para(piece, a, b))


def _plain(seg: str, markdown: bool) -> bool:
    """A line of speech (blanks at its ends taken off) is its paragraph's text as it
    stands: no annotation or emphasis to take out and no blanks to fold (the test of
    take_annotations), so a :class:`LinePara` can stand for it. It opens with a letter
    or digit, or with one after a quote mark or the like."""
    return (
        # (a letter or digit in the first two characters: never punctuation only, so
        # assemble need not read it again to see whether it is empty of speech)
        (seg[:1].isalnum() or seg[1:2].isalnum())
        and seg.isprintable()  # (no whitespace but " ")
        and "  " not in seg
        and seg[:1] != " "
        and seg[-1:] != " "
        # (what INLINE's annotations open with, as take_annotations tests it)
        and "(" not in seg
        and "[" not in seg
        and "{" not in seg
        and "（" not in seg
        and "〔" not in seg
        and "<" not in seg
        and not (markdown and ("**" in seg or "__" in seg))
    )


def _annotate(draft: TurnDraft, note: dict[str, Any]) -> None:
    """Add an annotation to a draft (its first one makes the draft its own list)."""
    notes = draft.annotations
    if isinstance(notes, list):
        notes.append(note)
    else:
        draft.annotations = [note]


def take_annotations(text: str, a: int, b: int, draft: TurnDraft) -> str:
    """Return text[a:b] with non-speech parentheticals removed (kept as annotations)."""
    seg = text[a:b]
    if (
        "(" not in seg
        and "[" not in seg
        and "{" not in seg
        and "（" not in seg
        and "〔" not in seg
        and "<" not in seg
    ):
        if seg.isprintable() and "  " not in seg and seg[:1] != " " and seg[-1:] != " ":
            return seg  # single-spaced already (printable: no whitespace but " ")
        return " ".join(seg.split())
    out: list[str] = []
    pos = 0
    for m in INLINE.finditer(seg):
        body = next(g for g in m.groups() if g is not None)
        kind = annotation_kind(body)
        if kind is None and m.group(0)[0] == "〔":
            kind = "stage"  # (Japanese records set only stage text in these brackets)
        if kind is None:
            continue
        out.append(seg[pos : m.start()])
        _annotate(draft, {"kind": kind, "text": m.group(0), "a": a + m.start(), "b": a + m.end()})
        pos = m.end()
    out.append(seg[pos:])
    return " ".join("".join(out).split())


def strip_quotes(paras: list[Para]) -> None:
    """Drop quote marks that wrap the whole speech (first paragraph to last)."""
    if not paras:
        return
    first, last = paras[0], paras[-1]
    head = first.text  # (each text read once where it can be: a LinePara cuts it anew)
    if not head or head[0] not in OPEN_QUOTES:
        return
    q = head[0]
    closing = {'"': '"', "“": "”", "«": "»", "„": "“", "'": "'", "‘": "’"}[q]
    last_text = head if last is first else last.text
    tail = last_text.rstrip()
    # (a LinePara's ends are trimmed: it makes no text and looks for none, it counts the
    # characters it leaves out; a Para takes its new text)
    body = head[1:].lstrip()  # the first paragraph less the quote mark and blanks
    if not tail.endswith((closing, '"')) or (len(paras) == 1 and len(tail) < 2):
        # unclosed wrapping quote: accept when the opening quote has no partner at all
        if closing in head[1:] or q in head[1:]:
            return
        _set_text(first, body, len(head) - len(body), 0)
        return
    _set_text(first, body, len(head) - len(body), 0)
    rest = body if last is first else last_text  # (the last paragraph's text as it is now)
    kept = rest.rstrip()[:-1].rstrip()
    _set_text(last, kept, 0, len(rest) - len(kept))
    for p in paras[1:]:
        if p.first() != q:
            continue
        t = p.text
        if closing not in t[1:] and t.count(q) == 1:
            inner = t[1:].lstrip()
            _set_text(p, inner, len(t) - len(inner), 0)


def _set_text(p: Para, text: str, front: int, back: int) -> None:
    """Give ``p`` the text ``text``: its own less ``front`` and ``back`` characters."""
    if type(p) is LinePara:
        p.trim(front, back)
    else:
        p.text = text


def _punct_only(s: str) -> bool:
    return not any(c.isalnum() for c in s)


def line_head(scan: Scan, offset: int, line: int | None = None) -> int:
    """The first non-blank character of the line holding ``offset`` (at most ``offset``);
    ``line``, the 0-based index of that line, when the caller knows it already."""
    k = scan.starts[scan.line_of(offset) if line is None else line]
    # (blanks only, the ideographic space too: a direction mark is kept in the span)
    while k < offset and scan.text[k] in " \t\ufeff\u00a0\u200b\u3000":
        k += 1
    return k


def tail_token_starts(scan: Scan, raw_turns: list[RawTurn | LineToken]) -> set[int]:
    """Where each token other than speech starts, from the line of the last turn's first
    token on: all that the back matter's cut (which looks only there) needs of the token
    list, so that the list need not be kept."""
    if not raw_turns:
        return set()
    last = raw_turns[-1]
    # (tokens are strings: "is not None", not truthiness, tells a token from none)
    if isinstance(last, LineToken):
        first: LineToken | None = last
    else:
        first = last.time if last.time is not None else last.label
    if first is None:
        line = 0
    elif first.line > 0:
        line = first.line - 1
    else:  # (a label token keeps no line: see LineToken)
        line = scan.line_of(first.start_pos)
    since = scan.starts[line]
    held: set[int] = set()
    for tok in reversed(scan.tokens):
        at = tok.start_pos
        if at < since:
            break
        if tok.type != "SPEECH":
            held.add(at)
    return held


def assemble(
    scan: Scan, preamble: list[LineToken], raw_turns: list[RawTurn | LineToken]
) -> tuple[list[TurnDraft], list[LineToken]]:
    """Build turn drafts; returns them and the tokens that are not speech of any turn.

    A turn is a :class:`RawTurn`, or a label token alone when the turn is no more:
    its speech, if any, on the label's own line or in the token's ``speech``. ``raw_turns``
    is emptied: each turn is let go once its draft is made."""
    drafts: list[TurnDraft] = []
    loose: list[LineToken] = list(preamble)
    # a big document (see lexer.BIG_TEXT) keeps a paragraph that is one line of the source
    # as it stands as a LinePara: its speech is then held once (in the source), not twice,
    # until the turns are written
    lazy = scan.big
    text = scan.text
    starts = scan.starts
    ends = scan.ends
    line_at = Positions(scan).line_at  # (a big text's labels keep no line: see LineToken)
    label: LineToken | None
    pieces: list[LineToken]
    raw_turns.reverse()  # (taken from the end: each turn's tokens go once it is drafted)
    while raw_turns:
        raw = raw_turns.pop()
        if isinstance(raw, LineToken):
            label = raw
            time = None
            # the speech after it, or that on its own line (see below), or none
            after = raw.speech
            pieces = [after] if isinstance(after, LineToken) else [] if after is None else [raw]
        else:
            label = raw.label
            time = raw.time
            pieces = raw.pieces
        start = end = 0
        start_time = end_time = None
        if label is not None:
            # what precedes the label on its line ("[00:01:02] ", "> ", a line number) is
            # part of the turn
            start = label.start_pos
            line = label.line - 1 if label.line else line_at(start)
            if starts[line] != start:
                start = line_head(scan, start, line)
            end = label.end_pos
            if label.fn:
                end += len(label.fn)  # the footnote mark glued to "MS. LOGAN.1"
            start_time = label.start_time
        if time is not None:
            start = time.start_pos
            end = max(end, time.end_pos) if label is not None else time.end_pos
            start_time = time.start_time
            end_time = time.end_time
        d = (
            TurnDraft(
                label.value,
                label.kind,
                label.name,
                label.start_pos,
                [],
                (),
                start,
                end,
                start_time,
                end_time,
                label.start_time is None and time is None,
            )
            if label is not None
            else TurnDraft(None, "", None, 0, [], (), start, end, start_time, end_time)
        )
        after_furniture = False
        for tok in pieces:
            if tok is label:
                # the speech on the label's own line, which made no token (see _emit): one
                # paragraph, in the place a one-line SPEECH token would have had (``line``:
                # the label's, from above)
                tok_end = rstrip_span(
                    text, starts[line], ends[line]
                )  # (where that token would end)
                if tok_end > d.end:
                    d.end = tok_end
                alone = len(pieces) == 1  # (its only piece: nothing changes the draft later)
                at = tok.speech
                assert isinstance(at, int)  # (a label with its speech on its own line)
                _one_line_paragraph(scan, at, tok_end, d, lazy, alone)
                after_furniture = False
                continue
            t = tok.type
            if t == "SPEECH":
                paras = d.paras
                if paras is None:  # (not here: a kept paragraph is a draft's only piece)
                    paras = d.paragraphs(text)
                cont = bool(paras) and (
                    scan.caption is not None
                    or (after_furniture and not _TERMINAL.search(paras[-1].text))
                )
                _speech_paragraphs(scan, tok, d, cont, lazy)
                after_furniture = False
                d.end = max(d.end, tok.end_pos)
            elif t == "STAGE":
                body = tok.value.strip().lstrip("\\").strip("()[]{}\\ .,;")
                _annotate(
                    d,
                    {
                        "kind": annotation_kind(body) or "stage",
                        "text": tok.value,
                        "a": tok.start_pos,
                        "b": tok.end_pos,
                    },
                )
                d.end = max(d.end, tok.end_pos)
            elif t == "CLOCK":
                if scan.caption is not None:
                    d.end_time = tok.end_time
                    _annotate(
                        d, {"kind": "cue", "text": tok.value, "a": tok.start_pos, "b": tok.end_pos}
                    )
                else:
                    _annotate(
                        d, {"kind": "time", "text": tok.value, "a": tok.start_pos, "b": tok.end_pos}
                    )
                    if d.start_time is None:
                        d.start_time = parse_time(tok.value)
            else:
                loose.append(tok)
                after_furniture = True
        emptied = False
        made = d.paras  # (None: one paragraph kept in the draft, a LinePara's text)
        for p in made if made is not None else ():
            # (a second character that is a letter or digit settles it: a quote mark, a word;
            # a LinePara has one of the two)
            if (
                type(p) is not LinePara
                and not p.text[:1].isalnum()
                and not p.text[1:2].isalnum()
                and _punct_only(p.text)
            ):
                p.text = ""
                emptied = True
        if emptied and made is not None:
            d.paras = [p for p in made if p.text]
        drafts.append(d)
    return drafts, loose
