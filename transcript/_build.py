"""From the parser's tokens to turns and blocks.

:class:`TreeBuilder` is the Lark transformer (one method per rule, run inline while
parsing, so no tree is built). :func:`assemble` then reads each turn's speech lines
into paragraphs, takes annotations and page furniture out of the speech, strips
wrapping quote marks, and separates front and back matter from the conversation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from lark import Transformer

from ._lexer import Cand, LineToken, Scan, _rstrip, parse_time

# ---------------------------------------------------------------- transformer


@dataclass(slots=True)
class RawTurn:
    time: LineToken | None
    label: LineToken | None
    pieces: list[LineToken]


class TreeBuilder(Transformer[LineToken, Any]):
    """One method per rule of ``grammar/transcript.lark``."""

    def start(self, children: list[Any]) -> tuple[list[LineToken], list[RawTurn | LineToken]]:
        # "start: preamble | start turn | start LABEL_...": the preamble opens the result,
        # each turn joins it; a label alone is a turn made here (what turn() would do)
        if len(children) == 1:
            return children[0], []
        done: tuple[list[LineToken], list[RawTurn | LineToken]] = children[0]
        item = children[1]
        if type(item) is LineToken:
            body = item.body
            if body is not None:  # the speech right after the label travels in its token
                item.body = None
                done[1].append(RawTurn(None, item, [body]))
                return done
        done[1].append(item)
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
        if i < len(children) and children[i].type.startswith("LABEL_"):
            label = children[i]
            i += 1
            body = label.body
            if body is not None:  # the speech right after the label travels in its token
                between.append(body)
                label.body = None  # (the turn holds it now; the label need not)
            elif label.content_starts:
                between.append(label)  # its own line's speech, in the place of its token
        return RawTurn(time, label, between + children[i:])


# ---------------------------------------------------------------- positions


class Positions:
    """Offsets to (line, column) through the scan's line table.

    Spans are asked for in nearly increasing order, so the line of the previous answer is
    tried first; the end of a span is looked for from the line of its start. Only a miss
    pays for a bisection.
    """

    __slots__ = ("_i", "_n", "_starts", "scan")

    def __init__(self, scan: Scan) -> None:
        self.scan = scan
        self._starts = scan.starts
        self._n = len(scan.starts)
        self._i = 0

    def span(self, a: int, b: int) -> dict[str, Any]:
        starts = self._starts
        n = self._n
        i = self._i
        if not (starts[i] <= a and (i + 1 == n or a < starts[i + 1])):
            # the next line (the next turn, mostly), else a bisection
            if starts[i] <= a and (i + 2 == n or a < starts[i + 2]):
                i += 1
            else:
                i = bisect_right(starts, a) - 1
        j = i
        if b < starts[j]:  # (an end before its start: not asked for, but answered right)
            j = bisect_right(starts, b) - 1
        elif j + 1 < n and starts[j + 1] <= b:
            j += 1
            if j + 1 < n and starts[j + 1] <= b:
                j = bisect_right(starts, b, j) - 1
        self._i = j
        return {
            "start": {"line": i + 1, "column": a - starts[i] + 1, "offset": a},
            "end": {"line": j + 1, "column": b - starts[j] + 1, "offset": b},
        }


# ---------------------------------------------------------------- annotations

_INLINE = re.compile(
    r"\\\[([^\[\]\n]{1,120}?)\\\]|\[([^\[\]\n]{1,120})\]|\(([^()\n]{1,120})\)|\{([^{}\n]{1,60})\}"
)
_CUE_WORDS = re.compile(
    r"(?i)\b(?:laugh\w*|applause|applauds|crosstalk|cross-talk|inaudible|unintelligible|"
    r"indiscernible|music|soundbite|sound ?bite|videotape|video ?clip|video|audio|clip|begin|end|"
    r"silence|pause|pauses|no response|show of hands|sic|as interpreted|interpret\w*|whisper\w*|"
    r"cough\w*|sigh\w*|off[- ]mic|mic|break|recess|bell|gavel|phone|ring\w*|cheer\w*|boo\w*|"
    r"chuckl\w*|groan\w*|sobs?|crying|singing|speaking \w+|foreign language|translat\w*|"
    r"overlapping|simultaneous\w*|interrupt\w*|unclear|garbled|static|beep\w*|bleep\w*|"
    r"technical difficult\w*|audio cuts? out|commercial|end of|off the record|on the record|"
    r"recording|sounds?|noise|nods?|gestur\w*|points?|display|slide|chart|speakers? change)\b"
)
_EMPHASIS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_TIMESTAMP_ONLY = re.compile(r"-?\d{1,2}(?::\d{2}){1,3}(?:[.,]\d+)?")


def annotation_kind(body: str) -> str | None:
    """The kind of a parenthesised or bracketed body, or None if it is speech."""
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
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        return "stage"
    if _CUE_WORDS.search(s) and len(s.split()) <= 8:
        return "stage"
    return None


# ---------------------------------------------------------------- assembly

_OPEN_Q = "\"“«„'‘"
_TERMINAL = re.compile(r"""[.?!…"”’')\]]\s*$""")


@dataclass(slots=True)
class Para:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class TurnDraft:
    label_tok: LineToken | None
    time_tok: LineToken | None
    paras: list[Para] = field(default_factory=list)
    annotations: list[dict[str, Any]] = field(default_factory=list)
    start: int = 0
    end: int = 0
    start_time: float | None = None
    end_time: float | None = None
    label_cand: Cand | None = None


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
            i = (tok.line or 1) - 1
        else:
            while i + 1 < n and starts[i + 1] <= a:
                i += 1
        b = ends[i]
        while b > a and text[b - 1] in " \t\u00a0":
            b -= 1
        out.append((a, b, 0 if prev_line < 0 else i - prev_line - 1, starts[i]))
        prev_line = i
    return out


def _speech_paragraphs(scan: Scan, tok: LineToken, draft: TurnDraft, continues: bool) -> None:
    """Append the paragraphs of a SPEECH token to ``draft``, taking out annotations."""
    text = scan.text
    firsts = tok.content_starts
    if len(firsts) == 1 and not (continues and draft.paras):
        # one line (most turns of one-line layouts): no paragraph breaks to look for
        _one_line_paragraph(scan, firsts[0], (tok.line or 1) - 1, draft)
        return
    lines = _line_pieces(scan, tok)
    numbered = scan.numbered
    caption = scan.caption is not None
    current: list[str] = []
    cur_start = -1
    cur_end = -1
    if continues and draft.paras:
        last = draft.paras.pop()
        current = [last.text]
        cur_start, cur_end = last.start, last.end

    def close() -> None:
        nonlocal current, cur_start, cur_end
        if cur_start >= 0:
            joined = " ".join(p for p in current if p)
            draft.paras.append(Para(joined, cur_start, cur_end))
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
        piece = _take_annotations(text, a, b, draft)
        if scan.markdown and ("**" in piece or "__" in piece):
            piece = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), piece)
        if cur_start < 0:
            cur_start = a
        cur_end = b
        current.append(piece)
    close()


def _one_line_paragraph(scan: Scan, a: int, line: int, draft: TurnDraft) -> None:
    """Append to ``draft`` the paragraph of speech from ``a`` to the end of its line."""
    text = scan.text
    b = scan.ends[line]
    while b > a and text[b - 1] in " \t\u00a0":
        b -= 1
    piece = _take_annotations(text, a, b, draft)
    if scan.markdown and ("**" in piece or "__" in piece):
        piece = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), piece)
    draft.paras.append(Para(piece, a, b))


def _take_annotations(text: str, a: int, b: int, draft: TurnDraft) -> str:
    """Return text[a:b] with non-speech parentheticals removed (kept as annotations)."""
    seg = text[a:b]
    if "(" not in seg and "[" not in seg and "{" not in seg:
        if seg.isprintable() and "  " not in seg and seg[:1] != " " and seg[-1:] != " ":
            return seg  # single-spaced already (printable: no whitespace but " ")
        return " ".join(seg.split())
    out: list[str] = []
    pos = 0
    for m in _INLINE.finditer(seg):
        body = next(g for g in m.groups() if g is not None)
        kind = annotation_kind(body)
        if kind is None:
            continue
        out.append(seg[pos : m.start()])
        draft.annotations.append(
            {"kind": kind, "text": m.group(0), "a": a + m.start(), "b": a + m.end()}
        )
        pos = m.end()
    out.append(seg[pos:])
    return " ".join("".join(out).split())


def _strip_quotes(paras: list[Para]) -> None:
    """Drop quote marks that wrap the whole speech (first paragraph to last)."""
    if not paras:
        return
    first, last = paras[0], paras[-1]
    if not first.text or first.text[0] not in _OPEN_Q:
        return
    q = first.text[0]
    closing = {'"': '"', "“": "”", "«": "»", "„": "“", "'": "'", "‘": "’"}[q]
    tail = last.text.rstrip()
    if not tail.endswith((closing, '"')) or (len(paras) == 1 and len(tail) < 2):
        # unclosed wrapping quote: accept when the opening quote has no partner at all
        inner = first.text[1:]
        if closing in inner or q in inner:
            return
        first.text = inner.lstrip()
        return
    first.text = first.text[1:].lstrip()
    last.text = last.text.rstrip()[:-1].rstrip()
    for p in paras[1:]:
        if p.text and p.text[0] == q and closing not in p.text[1:] and p.text.count(q) == 1:
            p.text = p.text[1:].lstrip()


def _punct_only(s: str) -> bool:
    return not any(c.isalnum() for c in s)


def _line_head(scan: Scan, offset: int, line: int | None = None) -> int:
    """The first non-blank character of the line holding ``offset`` (at most ``offset``);
    ``line``, the 0-based index of that line, when the caller knows it already."""
    k = scan.starts[scan.line_of(offset) if line is None else line]
    while k < offset and scan.text[k] in " \t\ufeff\u00a0\u200b":
        k += 1
    return k


def assemble(
    scan: Scan, preamble: list[LineToken], raw_turns: list[RawTurn | LineToken]
) -> tuple[list[TurnDraft], list[LineToken]]:
    """Build turn drafts; returns them and the tokens that are not speech of any turn.

    A turn is a :class:`RawTurn`, or a label token alone when the turn is nothing else
    (its speech, if any, on the label's own line)."""
    drafts: list[TurnDraft] = []
    loose: list[LineToken] = list(preamble)
    text = scan.text
    starts = scan.starts
    ends = scan.ends
    label: LineToken | None
    pieces: list[LineToken]
    for raw in raw_turns:
        if isinstance(raw, LineToken):
            label = raw
            time = None
            pieces = [raw] if raw.content_starts else []  # (its own line's speech: see below)
        else:
            label = raw.label
            time = raw.time
            pieces = raw.pieces
        start = end = 0
        start_time = end_time = None
        cand = None
        if label is not None:
            # what precedes the label on its line ("[00:01:02] ", "> ", a line number) is
            # part of the turn
            start = label.start_pos or 0
            line = (label.line or 1) - 1
            if starts[line] != start:
                start = _line_head(scan, start, line)
            end = label.end_pos or 0
            cand = label.cand
            if cand is not None and cand.fn:
                end += len(cand.fn)  # the footnote mark glued to "MS. LOGAN.1"
            start_time = label.start_time
        if time is not None:
            start = time.start_pos or 0
            end = max(end, time.end_pos or 0) if label is not None else (time.end_pos or 0)
            start_time = time.start_time
            end_time = time.end_time
        d = TurnDraft(label, time, [], [], start, end, start_time, end_time, cand)
        after_furniture = False
        for tok in pieces:
            if tok is label:
                # the speech on the label's own line, which made no token (see _emit): one
                # paragraph, in the place a one-line SPEECH token would have had
                line = (tok.line or 1) - 1
                _one_line_paragraph(scan, tok.content_starts[0], line, d)
                after_furniture = False
                tok_end = _rstrip(text, starts[line], ends[line])  # (where that token would end)
                if tok_end > d.end:
                    d.end = tok_end
                continue
            t = tok.type
            if t == "SPEECH":
                cont = bool(d.paras) and (
                    scan.caption is not None
                    or (after_furniture and not _TERMINAL.search(d.paras[-1].text))
                )
                _speech_paragraphs(scan, tok, d, cont)
                after_furniture = False
                d.end = max(d.end, tok.end_pos or 0)
            elif t == "STAGE":
                body = tok.value.strip().lstrip("\\").strip("()[]{}\\ .,;")
                d.annotations.append(
                    {
                        "kind": annotation_kind(body) or "stage",
                        "text": tok.value,
                        "a": tok.start_pos,
                        "b": tok.end_pos,
                    }
                )
                d.end = max(d.end, tok.end_pos or 0)
            elif t == "CLOCK":
                if scan.caption is not None:
                    d.end_time = tok.end_time
                    d.annotations.append(
                        {"kind": "cue", "text": tok.value, "a": tok.start_pos, "b": tok.end_pos}
                    )
                else:
                    d.annotations.append(
                        {"kind": "time", "text": tok.value, "a": tok.start_pos, "b": tok.end_pos}
                    )
                    if d.start_time is None:
                        d.start_time = parse_time(tok.value)
            else:
                loose.append(tok)
                after_furniture = True
        emptied = False
        for p in d.paras:
            # (a second character that is a letter or digit settles it: a quote mark, a word)
            if not p.text[:1].isalnum() and not p.text[1:2].isalnum() and _punct_only(p.text):
                p.text = ""
                emptied = True
        if emptied:
            d.paras = [p for p in d.paras if p.text]
        drafts.append(d)
    return drafts, loose
