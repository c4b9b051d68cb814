"""The text the readers write: lines and paragraphs as the layout stage reads them.

A reader walks its document and calls :meth:`TextBuilder.text` for running text,
:meth:`~TextBuilder.line_break` where a line ends (``<br>``, a Word line break) and
:meth:`~TextBuilder.paragraph` where a block ends (a blank line, as in the text files the
parser was made for). A short bold run at the start of a line that ends in a colon (or is
followed by one) stays recognisable as a label: ``**Name:**`` or ``**Name**:``, the Markdown
forms the parser reads. Any other bold is plain text: on the corpus with its labels set in
bold, marking every bold run (``**MR. CLARIDA.**``, ``**Emma  0:00**``) lost a sixth of the
turns (benchmarks/README.md, "Reading HTML, Word and PDF").
"""

from __future__ import annotations

import re

# a bold run longer than this is emphasis or a heading, not a label
_LABEL_MAX_CHARS = 60
# collapsible white space (a no-break space is not: a page keeps its runs of them, and so
# does the text, as spaces: "Q&nbsp;&nbsp;&nbsp; Hi." is the label style "Q    Hi.")
_SPACE = re.compile(r"[ \t\r\n\f\v\u200b]+")


class TextBuilder:
    """Lines and paragraphs, whitespace collapsed the way a browser collapses it."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._cur: list[str] = []
        self._bold_at: int | None = None  # where the current line's opening bold run began
        self._blank = True  # the current line has no text yet
        self._pending: tuple[int, str, str] | None = None

    def text(self, s: str, *, pre: bool = False) -> None:
        """Running text; ``pre``: keep its spaces and line breaks (``<pre>``)."""
        if not s:
            return
        if pre:
            first, *rest = s.split("\n")
            for i, line in enumerate([first, *rest]):
                if i:
                    self.line_break()
                if line:
                    self._cur.append(line)
                    self._blank = self._blank and not line.strip()
            return
        s = _SPACE.sub(" ", s)
        if self._pending is not None:
            at, inner, run = self._pending
            self._pending = None
            if s.startswith((":", "：")) and len(self._cur) == at + 1:
                self._wrap(at, inner, run)
        if self._blank or self._cur[-1].endswith(" "):
            s = s.lstrip(" ")  # (no space at a line's start, none doubled)
        s = s.replace("\u00a0", " ")
        if s:
            self._cur.append(s)
            self._blank = False

    def at_line_start(self) -> bool:
        """Nothing but spaces on the current line yet."""
        return self._blank

    def open_bold(self) -> None:
        """A bold run begins: remembered if it opens the line (a label, perhaps)."""
        if self._bold_at is None and self.at_line_start():
            self._bold_at = len(self._cur)

    def close_bold(self) -> None:
        """The bold run opened at the line's start ends: written as ``**run**`` when it is
        short enough to be a label and a colon ends it or follows it."""
        at = self._bold_at
        self._bold_at = None
        if at is None or at > len(self._cur):
            return
        run = "".join(self._cur[at:])
        inner = run.strip()
        if not inner or len(inner) > _LABEL_MAX_CHARS or "*" in inner:
            return
        if not inner.endswith((":", "：")):
            self._pending = (at, inner, run)  # ("**Name**: ...": decided by what follows)
            return
        self._wrap(at, inner, run)

    def _wrap(self, at: int, inner: str, run: str) -> None:
        trail = " " if run.endswith(" ") else ""
        del self._cur[at:]
        self._cur.append(f"**{inner}**{trail}")

    def line_break(self) -> None:
        """End the current line (an empty line when there is none: ``<br><br>``)."""
        self._bold_at = None
        self._lines.append("".join(self._cur).rstrip())
        self._cur = []
        self._blank = True
        self._pending = None

    def paragraph(self) -> None:
        """End the current block: one blank line after it (never two, none at the top)."""
        if self._cur:
            self.line_break()
        self._bold_at = None
        if self._lines and self._lines[-1]:
            self._lines.append("")

    def result(self) -> str:
        """The text: lines joined by ``\\n``, no blank lines at either end, one final newline."""
        if self._cur:
            self.line_break()
        lines = self._lines
        while lines and not lines[-1].strip():
            lines.pop()
        i = 0
        while i < len(lines) and not lines[i].strip():
            i += 1
        return "\n".join(lines[i:]) + "\n" if len(lines) > i else ""


def row_line(cells: list[str]) -> str:
    """One table row as a line: ``Speaker: text`` for a row of a short name and its speech
    (the tables some exports use), ``[0:01:02] Speaker: text`` where a timestamp's cell
    comes first or second (Otter's, Rev's and subtitle editors' tables), else the cells two
    spaces apart."""
    cells = [" ".join(c.split()) for c in cells]
    cells = [c for c in cells if c]
    stamp = ""
    if len(cells) in (2, 3) and _STAMP.fullmatch(cells[0]):
        stamp = cells.pop(0)
    elif len(cells) == 3 and _STAMP.fullmatch(cells[1]):
        stamp = cells.pop(1)
    if stamp:
        stamp = "[" + stamp.strip("[]() ") + "] "
        if len(cells) == 1:
            return stamp + cells[0]
    if len(cells) == 2 and _is_name(cells[0]):
        name = cells[0]
        label = name if name.endswith((":", "：")) else f"{name}:"
        return f"{stamp}{label} {cells[1]}"
    return stamp + "  ".join(cells)


# a timestamp alone in its cell: "00:01:02", "1:02", "[00:01:02.5]", "(01:02)"
_STAMP = re.compile(r"[\[(]?\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]?")


def is_timestamp(s: str) -> bool:
    """``s`` is a timestamp and nothing else ("00:01:02", "[1:02]")."""
    return _STAMP.fullmatch(s.strip()) is not None


def _is_name(cell: str) -> bool:
    return len(cell.split()) <= 5 and cell[-1:] not in ".?!"


# the column titles of a table's header row, as transcript exports name them
_HEADER_WORDS = frozenset(
    "speaker speakers name names who person text transcript transcription words utterance "
    "dialogue content time timestamp timecode start end in out tc said quote "
    "sprecher text zeit orador texto tiempo hora intervenant locuteur texte temps "
    "spreker tekst tijd oratore testo tempo".split()
)


def header_row(cells: list[str]) -> bool:
    """A table's first row names its columns ("Speaker | Text", "Time | Speaker | Text"),
    so it is no line of the conversation."""
    words = [" ".join(c.split()).strip(" :").casefold() for c in cells]
    words = [w for w in words if w]
    return len(words) >= 2 and all(w in _HEADER_WORDS for w in words)
