"""PDF records (pypdf): pages joined with ``--- Page N ---`` markers, running headers,
footers and page numbers left out, words hyphenated at a line's end mended.

Margin line numbers (court and hearing records) stay at the start of their lines, where the
layout stage reads them. A PDF with no text layer (scanned images) or one that needs a
password is refused with one line saying so.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .._errors import DecodeError
from . import Extracted

# lines at the top and at the bottom of a page looked at for running headers and footers
_EDGE = 3
# a page number alone: "7", "- 7 -", "Page 7", "Page 7 of 30", "7/30"
_PAGE_NUMBER = re.compile(
    r"^[\W_]*(?:page|p\.|seite|página|pagina)?\s*(\d{1,4})(?:\s*(?:of|/|von|de)\s*\d{1,4})?[\W_]*$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_GAPS = re.compile(r" {2,}")
# a word broken at a line's end: "infor-" then "mation" (after any margin line number)
_HYPHEN_END = re.compile(r"(\w)-$")
_NEXT_WORD = re.compile(r"^(\s*\d{1,3}\s+|\s*)([a-zäöüßàâçéèêëîïôûùÿñáíóú]+)(\S*)\s?")
# an HTML tag the typesetter broke at a space between its attributes: ``<img`` at the end of
# one line, ``src="/a.jpg">`` at the start of the next (a blog's or a CMS's markup printed)
_TAG_OPEN_END = re.compile(r"<[A-Za-z][\w:-]*(?:\s[^<>]*)?$")
_TAG_REST = re.compile(r"\s*[^<>]*>")
_WHOLE_TAG = re.compile(
    r"<[A-Za-z][\w:-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>]+))?)*\s*/?>"
)


def read(data: bytes) -> Extracted:
    """The text of a PDF (see the module's docstring)."""
    import pypdf  # noqa: F401  (first: a missing extra is told before anything is read)

    with _quiet():
        return _read(data)


@contextmanager
def _quiet() -> Iterator[None]:
    """pypdf's warnings about a damaged file (``EOF marker not found``) kept off stderr: what
    the user should know comes as one error line, or not at all when pypdf copes."""
    logger = logging.getLogger("pypdf")
    handler = logging.NullHandler()
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def _read(data: bytes) -> Extracted:
    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PdfStreamError

    try:
        pdf = pypdf.PdfReader(io.BytesIO(data))
        if pdf.is_encrypted:
            try:
                ok = pdf.decrypt("")  # (many PDFs are encrypted with an empty user password)
            except (DependencyError, NotImplementedError) as exc:
                raise DecodeError(f"cannot decrypt the PDF: {exc}") from None
            if not ok:
                raise DecodeError("the PDF is encrypted: it needs a password to be read")
        pages = [_page_text(page) for page in pdf.pages]
    except DecodeError:
        raise
    except FileNotDecryptedError:
        raise DecodeError("the PDF is encrypted: it needs a password to be read") from None
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, OSError) as exc:
        raise DecodeError(f"cannot read the PDF (damaged or truncated?): {exc}") from None
    if not any(p.strip() for p in pages):
        raise DecodeError(
            "the PDF has no text layer (scanned images?): run OCR on it first"
            if pages
            else "the PDF has no pages"
        )
    text, left_out = join_pages(_with_paragraphs(pages))
    title = None
    try:
        meta = pdf.metadata
        title = " ".join(str(meta.title).split()) or None if meta and meta.title else None
    except (PdfReadError, ValueError, TypeError):
        pass
    return Extracted(
        text=text,
        format="pdf",
        reader="pypdf",
        reader_version=pypdf.__version__,
        encoding="binary",
        title=title,
        left_out=left_out,
    )


def _page_text(page: Any) -> str:
    """The page's lines as laid out: columns in spaces (margin line numbers stay in their
    margin), vertical gaps as runs of empty lines (see :func:`_with_paragraphs`)."""
    try:
        return page.extract_text(extraction_mode="layout") or ""
    except (ValueError, KeyError, TypeError, IndexError, ZeroDivisionError):
        return page.extract_text() or ""  # (pypdf's plain mode, where layout fails)


def _with_paragraphs(pages: list[str]) -> list[list[str]]:
    """Each page's lines, a gap wider than the document's line step made one blank line (a
    paragraph break) and any narrower one none (a double-spaced record keeps no blank lines
    between its numbered lines)."""
    split = [p.splitlines() for p in pages]
    steps: Counter[int] = Counter()
    for lines in split:
        run = -1
        for line in lines:
            if line.strip():
                if run >= 0:
                    steps[run] += 1
                run = 0
            elif run >= 0:
                run += 1
    # the line step: the narrowest gap that is common (a tenth of them at least)
    total = sum(steps.values())
    step = min((g for g, n in steps.items() if n * 10 >= total), default=0)
    out: list[list[str]] = []
    for lines in split:
        kept: list[str] = []
        run = 0
        for line in lines:
            if not line.strip():
                run += 1
                continue
            if kept and run > step:
                kept.append("")
            kept.append(_unjustified(line.rstrip()))
            run = 0
        out.append(_dedent(kept))
    return out


def _unjustified(line: str) -> str:
    """A justified line's stretched spaces made single (layout mode sets each word at its
    place, so a justified line comes with runs of spaces all along it); a line with a few
    wide gaps (a margin line number, a column, a label's tab) keeps them."""
    body = line.lstrip(" ")
    gaps = _GAPS.findall(body)
    if len(gaps) < 4:
        return line
    return line[: len(line) - len(body)] + _GAPS.sub(" ", body)


def _dedent(lines: list[str]) -> list[str]:
    """The page's common left margin taken off (layout mode indents from the page's edge)."""
    margins = [len(s) - len(s.lstrip(" ")) for s in lines if s.strip()]
    cut = min(margins, default=0)
    return [s[cut:] for s in lines] if cut else lines


def _key(line: str) -> str:
    """A line as it repeats from page to page: digits and spacing aside."""
    return " ".join(_DIGITS.sub("#", line).split()).casefold()


def _edges(lines: list[str]) -> tuple[list[int], list[int]]:
    """The indexes of a page's first and last few non-blank lines (a short page's split in
    halves: no line is at both edges)."""
    nonblank = [i for i, s in enumerate(lines) if s.strip()]
    k = min(_EDGE, len(nonblank) // 2)
    return nonblank[:k], nonblank[len(nonblank) - k :] if k else []


def join_pages(pages: list[list[str]]) -> tuple[str, tuple[tuple[str, int], ...]]:
    """The pages' lines as one text, furniture left out: (text, what was left out)."""
    pages = [[line.rstrip() for line in lines] for lines in pages]
    edges = [_edges(lines) for lines in pages]
    need = max(2, (len(pages) + 1) // 2)
    # running headers and footers: the same line (numbers aside) at the same edge of most
    # pages, with a letter in it (a bare number is a page's number, or a cue's, or a line's)
    seen: Counter[tuple[bool, str]] = Counter()
    # a page number: a number at an edge that advances with the pages (a caption's cue
    # number or a margin line number at the top of a page does not)
    offsets: Counter[tuple[bool, int]] = Counter()  # (at the top, number - page's index)
    for number, (lines, (top, bottom)) in enumerate(zip(pages, edges, strict=True), 1):
        for at_top, ends in ((True, top), (False, bottom)):
            for i in ends:
                m = _PAGE_NUMBER.match(lines[i].strip())
                if m:
                    offsets[at_top, int(m.group(1)) - number] += 1
            seen.update({(at_top, _key(lines[i])) for i in ends})
    running = {k for k, n in seen.items() if n >= need and any(c.isalpha() for c in k[1])}
    page_offsets = {k for k, n in offsets.items() if n >= need}
    left: Counter[str] = Counter()
    out: list[str] = []
    for number, (lines, (top, bottom)) in enumerate(zip(pages, edges, strict=True), 1):
        at_edge = {i: True for i in top} | {i: False for i in bottom}
        kept: list[str] = []
        for i, line in enumerate(lines):
            place = at_edge.get(i)
            if place is not None:
                m = _PAGE_NUMBER.match(line.strip())
                if m and (place, int(m.group(1)) - number) in page_offsets:
                    left["page-number"] += 1
                    continue
                if (place, _key(line)) in running:
                    left["running-header" if place else "running-footer"] += 1
                    continue
            kept.append(line)
        while kept and not kept[0].strip():
            kept.pop(0)
        while kept and not kept[-1].strip():
            kept.pop()
        if number > 1:
            out.append(f"--- Page {number} ---")
        out.extend(kept)
    out = _mend_tags(_mend_hyphens(out))
    return "\n".join(out).strip("\n") + "\n", tuple(sorted(left.items()))


def _mend_hyphens(lines: list[str]) -> list[str]:
    """``infor-`` / ``mation is``: the word joined on the first line (a line left with
    nothing but its margin number goes)."""
    gone: set[int] = set()
    for i in range(len(lines) - 1):
        if not _HYPHEN_END.search(lines[i]):
            continue
        j = i + 1
        if lines[j].startswith("--- Page ") and j + 1 < len(lines):
            j += 1  # (a word broken across a page break)
        m = _NEXT_WORD.match(lines[j])
        if m is None or not m.group(2):
            continue
        lines[i] = lines[i][:-1] + m.group(2) + m.group(3)
        rest = lines[j][m.end() :]
        lines[j] = m.group(1) + rest
        if not rest.strip():
            gone.add(j)
    return [s for i, s in enumerate(lines) if i not in gone] if gone else lines


def _mend_tags(lines: list[str]) -> list[str]:
    """``<center><img`` / ``src="/a.jpg"></center>``: a tag broken across two lines made
    whole again on the first, so that a line of markup reads as one (and is left out of
    speech as markup is in a text file)."""
    gone: set[int] = set()
    for i in range(len(lines) - 1):
        if i in gone:
            continue
        m = _TAG_OPEN_END.search(lines[i])
        if m is None:
            continue
        r = _TAG_REST.match(lines[i + 1])
        tag = m.group() + " " + r.group().strip() if r is not None else ""
        if "=" not in tag or not _WHOLE_TAG.fullmatch(tag):
            continue  # (an attribute's value, at least, tells a tag from "3 <b" / "is > 2")
        lines[i] = lines[i] + " " + lines[i + 1].lstrip()
        gone.add(i + 1)
    return [s for i, s in enumerate(lines) if i not in gone] if gone else lines
