"""Word ``.docx`` files (python-docx): paragraphs, bold labels and speaker tables.

Each paragraph of the body becomes a paragraph of the text (a blank line after it), a line
break inside it a line break; a bold run that opens a paragraph stays a label
(``**Name:**``); a table of ``speaker | text`` rows becomes ``speaker: text`` lines
(``[time] speaker: text`` with a timestamp column), its header row left out. Content
controls are read through. The headers and footers of the sections are page furniture:
left out, counted.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from typing import Any

from .._errors import DecodeError
from . import Extracted
from ._layout import TextBuilder, header_row, row_line

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read(data: bytes) -> Extracted:
    """The text of a Word document (see the module's docstring)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise DecodeError(f"cannot read the .docx file (damaged or truncated?): {exc}") from None
    except Exception as exc:  # a malformed part: lxml's and python-docx's own errors
        raise DecodeError(
            f"cannot read the .docx file: {type(exc).__name__}: {exc}".rstrip(": ")
        ) from None
    out = TextBuilder()
    left_out: Counter[str] = Counter()
    _blocks(document.element.body, out, left_out)
    for section in document.sections:
        for kind, part in (("header", section.header), ("footer", section.footer)):
            if not part.is_linked_to_previous and any(p.text.strip() for p in part.paragraphs):
                left_out[kind] += 1
    text = out.result()
    if not text.strip():
        raise DecodeError("the .docx file has no text")
    # (no date: a file's creation date is when it was exported, not when anyone spoke)
    props = document.core_properties
    return Extracted(
        text=text,
        format="docx",
        reader="python-docx",
        reader_version=_version(),
        encoding="binary",
        title=(props.title or "").strip() or None,
        left_out=tuple(sorted(left_out.items())),
    )


def _blocks(parent: Any, out: TextBuilder, left_out: Counter[str]) -> None:
    """The paragraphs and tables of the body, those inside content controls (``w:sdt``,
    which templates and some exporters wrap text in) too."""
    for child in parent.iterchildren():
        if child.tag == f"{_W}p":
            _paragraph(child, out)
        elif child.tag == f"{_W}tbl":
            _table(child, out, left_out)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                _blocks(content, out, left_out)


def _version() -> str:
    from importlib.metadata import version

    return version("python-docx")


def _paragraph(p: Any, out: TextBuilder) -> None:
    """The runs of one ``w:p``: their text, line breaks and tabs, bold at its start kept."""
    style = p.find(f"{_W}pPr/{_W}pStyle")
    level = _heading_level(style.get(f"{_W}val") if style is not None else None)
    if level:
        out.text("#" * level + " ")
    in_bold = False  # (a label split over several bold runs is one run)
    for run in p.iter(f"{_W}r"):
        rpr = run.find(f"{_W}rPr")
        bold = rpr is not None and _on(rpr.find(f"{_W}b"))
        if bold and not in_bold:
            out.open_bold()
        elif in_bold and not bold:
            out.close_bold()
        in_bold = bold
        for node in run:
            if node.tag == f"{_W}t":
                out.text(node.text or "", pre=True)  # (Word keeps its spaces)
            elif node.tag == f"{_W}tab":
                out.text("\t", pre=True)
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                if in_bold:
                    out.close_bold()
                    in_bold = False
                out.line_break()
    if in_bold:
        out.close_bold()
    out.paragraph()


def _on(flag: Any) -> bool:
    """A ``w:b`` element switches bold on unless its value says off."""
    return flag is not None and flag.get(f"{_W}val") not in ("0", "false", "off")


def _heading_level(style: str | None) -> int:
    if style and style.lower().startswith("heading") and style[7:].isdigit():
        return min(int(style[7:]), 6)
    return 0


def _table(tbl: Any, out: TextBuilder, left_out: Counter[str]) -> None:
    for i, row in enumerate(tbl.iter(f"{_W}tr")):
        # (a cell's paragraphs one after another, a space between them)
        cells = [
            " ".join("".join(t.text or "" for t in p.iter(f"{_W}t")) for p in tc.iter(f"{_W}p"))
            for tc in row.iter(f"{_W}tc")
        ]
        # (a header row: marked to repeat on each page, or the columns' names)
        if row.find(f"{_W}trPr/{_W}tblHeader") is not None or (i == 0 and header_row(cells)):
            left_out["table-header"] += 1
            continue
        line = row_line(cells)
        if line:
            out.text(line)
            out.paragraph()
