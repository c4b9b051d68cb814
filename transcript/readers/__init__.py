"""Readers of the formats transcripts are published in: HTML pages, Word ``.docx`` files,
PDF records and delimited tables (CSV, TSV) whose first row names a speaker column and a
text column, turned into the text the rest of the pipeline reads.

The format is chosen by the bytes (magic numbers, markup at the start), not by the file's
name: a ``.txt`` that holds a saved web page is read as HTML, and plain text is never
touched (:func:`extract` answers ``None`` and the caller decodes it as before). Each reader
keeps what the layout stage needs (lines, paragraphs, bold labels as ``**Name:**``, page
breaks as ``--- Page N ---``) and leaves out page furniture (navigation, scripts, running
headers), which it counts in :attr:`Extracted.left_out`. The parsed document's spans point
into :attr:`Extracted.text` (``transcript extract FILE`` prints exactly that text).

Each reader but the table's (the standard library's ``csv``) needs an optional extra
(``transcript[html]``, ``[docx]``, ``[pdf]``); without it, reading raises
:class:`~transcript.DecodeError` naming the extra to install.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import Any

from .._errors import DecodeError

__all__ = ["Extracted", "extract", "sniff", "text_of", "with_reader"]

# which extra brings the library each format needs
_EXTRAS = {"html": "html", "docx": "docx", "pdf": "pdf"}
_MODULES = {"html": "._html", "docx": "._docx", "pdf": "._pdf", "csv": "._csv"}


@dataclass(frozen=True, slots=True)
class Extracted:
    """The text a reader made of a file, and what it knows about where the text came from."""

    text: str
    format: str  #: "html", "docx", "pdf" or "csv"
    reader: str  #: the library that read it ("lxml", "python-docx", "pypdf")
    reader_version: str
    encoding: str  #: the charset the markup was decoded with; "binary" for docx and pdf
    title: str | None = None
    date: str | None = None  #: ISO 8601, where the file's metadata gives one
    left_out: tuple[tuple[str, int], ...] = ()  #: furniture kept out of the text: (kind, count)

    def note(self) -> str | None:
        """One sentence on the furniture left out of the text, or None when there was none."""
        if not self.left_out:
            return None
        parts = ", ".join(f"{kind} ({n})" for kind, n in self.left_out)
        return f"{self.format} reader left out of the text: {parts}"


# the tags an HTML page or fragment opens with (after any comment or declaration)
_HTML_OPENERS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<title",
    b"<article",
    b"<div",
    b"<p>",
    b"<p ",
    b"<section",
    b"<main",
    b"<h1",
    b"<h2",
    b"<table",
)


def sniff(data: bytes) -> str | None:
    """The format of ``data`` by its content: ``"html"``, ``"docx"``, ``"pdf"``, ``"csv"``, or
    None for anything else (plain text, captions, JSON, or binary data no reader takes)."""
    head = data[:1024]
    # (the header may follow some junk in the first kilobyte; the file then ends in %%EOF)
    if head.startswith(b"%PDF-") or (b"%PDF-" in head and b"%%EOF" in data[-2048:]):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        # a Word file's zip names word/document.xml; its content-types entry comes first
        return "docx" if b"word/" in data[:65536] or b"[Content_Types].xml" in head else None
    if _looks_like_html(head):
        return "html"
    from ._csv import sniffed

    # (a first line of column titles naming a speaker and a text: a transcript's table)
    return "csv" if sniffed(head) else None


def _looks_like_html(head: bytes) -> bool:
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):  # (a page saved as UTF-16)
        head = head[: len(head) // 2 * 2].decode("utf-16", "replace").encode("ascii", "replace")
    h = head.lstrip()
    if not h.startswith(b"<"):
        return False
    h = h.lower()
    # an XML declaration or comments may come first
    for _ in range(4):
        if h.startswith(b"<?xml") or h.startswith(b"<!--"):
            end = h.find(b"?>" if h.startswith(b"<?") else b"-->")
            if end < 0:
                return False
            h = h[end + (2 if h.startswith(b"<?") else 3) :].lstrip()
        else:
            break
    return h.startswith(_HTML_OPENERS)


def extract(data: bytes, *, fmt: str | None = None) -> Extracted | None:
    """The text of an HTML, ``.docx`` or PDF file, or None when ``data`` is none of these.

    ``fmt`` forces a format instead of sniffing it. Raises :class:`DecodeError` for a file of
    the format that cannot be read (damaged, encrypted, no text) or whose extra is missing.
    """
    fmt = fmt or sniff(data)
    if fmt is None:
        return None
    if fmt not in _MODULES:
        raise DecodeError(f"unknown input format {fmt!r}; choose one of html, docx, pdf, csv")
    module = import_module(_MODULES[fmt], __name__)
    try:
        result: Extracted = module.read(data)
    except ImportError as exc:
        raise DecodeError(
            f"reading {fmt} needs the {_EXTRAS[fmt]} extra: "
            f"pip install 'transcript[{_EXTRAS[fmt]}]' ({exc.name or exc} is not installed)"
        ) from None
    return result


def with_reader(doc: dict[str, Any], extracted: Extracted) -> None:
    """Put what the reader knows into a parsed document (its JSON-shaped dict, in place):
    the format and reader in ``source``, the file's own title and date where the text gave
    none, and a diagnostic naming the furniture left out of the text."""
    doc["source"].update(
        format=extracted.format,
        reader=extracted.reader,
        reader_version=extracted.reader_version,
    )
    # (the file's metadata fills in where the text gave none: a PDF's or a Word file's
    # title property is as often "Microsoft Word - draft3.docx" as the interview's; a web
    # page's <title> is its author's, and beats a guess from the lines above the first
    # label, which on a page are as often a byline or a dateline)
    if extracted.title and (not doc["title"] or extracted.format == "html"):
        doc["title"] = extracted.title
    if extracted.date and not doc["date"]:
        doc["date"] = extracted.date
    note = extracted.note()
    if note is not None:
        doc["diagnostics"].append(
            {"code": "furniture-left-out", "severity": "info", "message": note, "span": None}
        )


def text_of(data: bytes) -> str:
    """The text the parser reads from ``data``: a reader's for HTML, Word and PDF, the
    decoded text (without a byte-order mark) for anything else. Spans point into it."""
    extracted = extract(data)
    if extracted is not None:
        return extracted.text
    from ..reading.decode import decode_bytes

    return decode_bytes(data)[0].removeprefix("\ufeff")
