"""HTML, XHTML and saved web pages (lxml): block elements become lines and paragraphs.

Navigation, headers, footers, asides, forms, scripts and styles are page furniture: they are
left out of the text (counted by kind), and so are the elements a page's class or id names
as furniture (comments, related stories, cookie and newsletter prompts, share tools, ads,
menus, sidebars), unless they wrap the article. The page's ``<title>`` and its first date
(``<time>``, the publication-date metas) become the document's title and date; a ``<time>``
alone on its line (a dateline) is left out of the text. A transcript widget's speaker
element (``class="speaker"``) is written as a label, a table row of speaker and text (a
timestamp too) as a labelled line, and a layout table (paragraphs in its cells) as blocks.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .._errors import DecodeError
from . import Extracted
from ._layout import TextBuilder, header_row, is_timestamp, row_line

# elements whose end closes a line and starts a paragraph
_BLOCKS = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 ul ol dl dt dd blockquote pre table "
    "thead tbody tfoot figure figcaption address center hr body li details summary "
    "fieldset hgroup caption td th".split()
)
# furniture: left out of the speech, counted under the kind on the right
_FURNITURE = {
    "nav": "nav",
    "header": "header",
    "footer": "footer",
    "aside": "aside",
    "form": "form",
    "button": "form",
    "select": "form",
    "textarea": "form",
    "input": "form",
    "script": "script",
    "noscript": "script",
    "template": "script",
    "style": "style",
    "iframe": "embed",
    "svg": "embed",
    "canvas": "embed",
    "object": "embed",
    "head": "head",
}
_ROLES = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "search": "form",
}
# a class or id naming what pages put around an article: comments, related stories, cookie
# and newsletter prompts, sharing tools, ads, menus and sidebars (words delimited by the
# start or end of the name, "-" or "_": "comments-area", "ad-slot", not "commentary")
_FURNITURE_NAMES = re.compile(
    r"(?:^|[-_])(?:"
    r"comments?|comment-list|replies|disqus|related|recirc|more-stories|most-read|trending"
    r"|recommended|cookies?|consent|gdpr|newsletter|subscribe|signup|sign-up"
    r"|share|sharing|share-tools|social|ads?|advert\w*|sponsor\w*|promo\w*|outbrain|taboola"
    r"|sidebar|breadcrumbs?|nav|navbar|navigation|menu|top-?bar|masthead|pagination|pager"
    r"|footer|copyright|popup|modal|header|banner"
    r")(?=$|[-_])",
    re.IGNORECASE,
)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_CLASS_KINDS = (
    ("comment", "comments"),
    ("repl", "comments"),
    ("disqus", "comments"),
    ("cookie", "consent"),
    ("consent", "consent"),
    ("gdpr", "consent"),
    ("footer", "footer"),
    ("copyright", "footer"),
    ("header", "header"),
    ("banner", "header"),
)
# a class naming the element that holds a speaker's name in a transcript's markup
# (``<div class="speaker">``, ``<span class="speaker-name">``)
_SPEAKER_CLASS = re.compile(
    r"(?:^|[-_])(?:speaker|speaker-?name|spkr|participant|interlocutor)(?=$|[-_])", re.I
)
# what a cell of a layout table holds (a cell of a data table holds text)
_LAYOUT_CELL = ("table", "p", "div", "ul", "ol", "h1", "h2", "h3", "blockquote")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_DATE_METAS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "pubdate",
)


def read(data: bytes) -> Extracted:
    """The text of an HTML page (see the module's docstring)."""
    import lxml
    import lxml.html
    from lxml import etree

    text, encoding = _decode(data)
    try:
        root = lxml.html.document_fromstring(_XML_DECL.sub("", text, count=1))
    except (etree.ParserError, ValueError) as exc:
        raise DecodeError(f"cannot read the HTML page: {exc}") from None
    out = TextBuilder()
    left_out: Counter[str] = Counter()
    body = root.find("body")
    if body is None:
        raise DecodeError("the HTML page has no body: no text to read")
    _walk(body, out, left_out, etree.Comment, etree.ProcessingInstruction)
    result = out.result()
    if not result.strip():
        raise DecodeError("the HTML page's body has no text")
    title, date = _metadata(root)
    return Extracted(
        text=result,
        format="html",
        reader="lxml",
        reader_version=lxml.__version__,
        encoding=encoding,
        title=title,
        date=date,
        left_out=tuple(sorted(left_out.items())),
    )


def _decode(data: bytes) -> tuple[str, str]:
    """The page's characters: its BOM, else its declared charset, else detected."""
    from ..reading.decode import decode_bytes

    m = _CHARSET.search(data[:4096])
    if m and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        name = m.group(1).decode("ascii", "replace").lower()
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detected instead
    text, encoding = decode_bytes(data)
    return text.removeprefix("\ufeff"), encoding


def _furniture_kind(el: Any, body_chars: int) -> str | None:
    kind = _FURNITURE.get(el.tag)
    if kind is None:
        role = el.get("role")
        kind = _ROLES.get(role.strip().lower()) if role else None
    if kind is None and (el.get("hidden") is not None or el.get("aria-hidden") == "true"):
        kind = "hidden"
    if kind is None and (el.get("class") or el.get("id")):
        kind = _named_furniture(el, body_chars)
    return kind


def _named_furniture(el: Any, body_chars: int) -> str | None:
    """The kind of furniture an element's class or id names (``class="comments-area"``,
    ``id="cookie-banner"``), or None. A wrapper that holds the article (``<div
    class="page has-sidebar">`` around everything) is no furniture, whatever its name."""
    # ("relatedArticles", "cookieBanner": a camelCase name's words set apart like the rest)
    names = _CAMEL.sub("-", f"{el.get('class') or ''} {el.get('id') or ''}").split()
    hit = next((n.lower() for n in names if _FURNITURE_NAMES.search(n)), None)
    if hit is None or el.tag in ("body", "html", "main", "article"):
        return None
    if any(el.find(f".//{tag}") is not None for tag in ("article", "main")):
        return None
    # (a site's header holds its logo and menu; an article's, its headline and intro)
    if ("header" in hit or "banner" in hit) and any(
        el.find(f".//{tag}") is not None for tag in ("h1", "h2", "h3")
    ):
        return None
    if 2 * len(el.text_content()) > body_chars:
        return None
    return next((kind for word, kind in _CLASS_KINDS if word in hit), "boilerplate")


def _walk(body: Any, out: TextBuilder, left_out: Counter[str], comment: Any, pi: Any) -> None:
    """Depth first without recursion (pages nest deep): each element's text, its children,
    then its tail."""
    stack: list[tuple[Any, bool]] = [(body, False)]
    pre = 0
    body_chars = len(body.text_content())
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else None
        if closing:
            if tag == "pre":
                pre -= 1
            if tag in ("b", "strong"):
                out.close_bold()
            if _speaker_name(el):
                out.text(":")  # (the name a transcript widget sets apart: a label)
            if tag in _BLOCKS:
                out.paragraph()
            elif tag == "tr" and not out.at_line_start():
                out.line_break()
            if el.tail:
                out.text(el.tail, pre=pre > 0)
            continue
        if tag is None:  # a comment or processing instruction: only its tail is text
            if el.tail and el.tag in (comment, pi):
                out.text(el.tail, pre=pre > 0)
            continue
        tag = tag.lower()
        kind = _furniture_kind(el, body_chars)
        if kind is not None:
            left_out[kind] += 1
            if el.tail:
                out.text(el.tail, pre=pre > 0)
            continue
        if tag == "time" and _dateline(el, out):
            left_out["date"] += 1
            if el.tail:
                out.text(el.tail, pre=pre > 0)
            continue
        if tag == "br":
            out.line_break()
            if el.tail:
                out.text(el.tail, pre=pre > 0)
            continue
        if tag == "tr":
            cells = [c for c in el if isinstance(c.tag, str) and c.tag in ("td", "th")]
            texts = [c.text_content() for c in cells]
            if any(c.find(f".//{b}") is not None for c in cells for b in _LAYOUT_CELL):
                # (a layout table, the whole page in its cells: read as blocks)
                out.paragraph()
                stack.append((el, True))
                stack.extend((child, False) for child in reversed(el))
                continue
            if cells and (
                all(c.tag == "th" for c in cells)
                or (el.getprevious() is None and header_row(texts))
            ):
                left_out["table-header"] += 1
            elif cells:
                out.text(row_line(texts))
            stack.append((el, True))
            continue
        if tag in _BLOCKS:
            out.paragraph()
            if tag[0] == "h" and tag[1:].isdigit():
                out.text("#" * int(tag[1:]) + " ")
        if tag == "pre":
            pre += 1
        if tag in ("b", "strong"):
            out.open_bold()
        if el.text:
            out.text(el.text, pre=pre > 0)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))


def _speaker_name(el: Any) -> bool:
    """The element holds a speaker's name, by its class, without a colon after it: a short
    name ("Chair Ingrid Moss"), not a sentence."""
    cls = el.get("class")
    if not cls or not any(_SPEAKER_CLASS.search(c) for c in cls.split()):
        return False
    name = " ".join(el.text_content().split())
    if not name or len(name) > 60 or len(name.split()) > 8 or name[-1] in ".?!:：":
        return False
    # what follows on its line: a colon already, or a timestamp ("Ann Lee 00:01" is a label
    # with its time as it is)
    rest = [el.tail or ""]
    for sib in el.itersiblings():
        if isinstance(sib.tag, str) and sib.tag.lower() in _BLOCKS | {"br"}:
            break
        rest.append(sib.text_content() if isinstance(sib.tag, str) else "")
        rest.append(sib.tail or "")
    after = "".join(rest).strip()
    return not after.startswith((":", "：")) and not (after and is_timestamp(after))


def _dateline(el: Any, out: TextBuilder) -> bool:
    """A ``<time>`` with nothing else on its line (a dateline above the article): read into
    the document's date, left out of the text, where it would stand as a line of its own."""
    if not out.at_line_start() or (el.tail or "").strip():
        return False
    for sib in el.itersiblings():  # (up to the next block, where its line ends)
        if isinstance(sib.tag, str) and sib.tag.lower() in _BLOCKS | {"br"}:
            return True
        if (isinstance(sib.tag, str) and sib.text_content().strip()) or (sib.tail or "").strip():
            return False
    return True


def _metadata(root: Any) -> tuple[str | None, str | None]:
    """The page's title and its publication date (ISO 8601), where it has them."""
    from ..reading.furniture import parse_date

    title = None
    t = root.find(".//title")
    if t is not None:
        title = " ".join(t.text_content().split()) or None
    if title is None:
        for meta in root.iter("meta"):
            if (meta.get("property") or meta.get("name") or "").lower() == "og:title":
                title = " ".join((meta.get("content") or "").split()) or None
                break
    date = None
    candidates: list[str] = []
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_METAS and meta.get("content"):
            candidates.append(meta.get("content"))
    for el in root.iter("time"):
        candidates.append(el.get("datetime") or el.text_content())
    for value in candidates:
        value = value.strip()
        date = value[:10] if re.match(r"\d{4}-\d{2}-\d{2}", value) else parse_date(value)
        if date:
            break
    return title, date
