"""Quotations in an article: paragraphs, quote marks paired by position, and where each
quotation sits (headline, subheadline, body, page furniture).

Marks are paired by what surrounds them, not by their shape: an article may open with a
curly mark and close with a straight one, and German opens with „ and closes with “.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..reading.furniture import furniture_line, is_headline

# Families of marks: within a family any mark may open or close (context decides), except
# that a mark found only as an opener (or closer) in that family keeps that role.
_DOUBLE = '"“”„‟〃＂'
_GUILLEMET = "«»"
_SINGLE_GUILLEMET = "‹›"
_SINGLE = "'‘’‚‛"
_CJK_PAIRS = {"「": "」", "『": "』", "《": "》"}
_OPEN_ONLY = set("„‚")
_OPENING_PUNCT = set("([{—–-/:")
_CLOSING_PUNCT = set(".,;:!?)]}—–-…")

# Page text around a story that is not its prose ("Also read: ...", "Register now ...").
_ARTICLE_FURNITURE = re.compile(
    r"(?i)^\s*(?:also read|read also|read more|see also|related|more:|register now|sign up|"
    r"subscribe|advertisement|share this|follow us|watch:|listen:|recommended|you might also like|"
    r"you may also like|leave a reply|your email address|source:|copyright|©)"
)


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    text: str
    furniture: bool  # page text, not the story
    heading: bool  # short, no closing punctuation: a headline, link or caption


@dataclass(frozen=True, slots=True)
class RawQuote:
    start: int  # content, marks excluded, whitespace trimmed
    end: int
    open_at: int  # the opening mark's offset
    close_at: int  # the closing mark's offset (== end of the paragraph when unclosed)
    paragraph: int  # index of the paragraph it opens in
    last_paragraph: int


def paragraphs(text: str) -> list[Paragraph]:
    """Blocks of non-blank lines. A text with no blank lines at all has one per line."""
    sep = r"\n[ \t\r\f\v]*\n\s*" if re.search(r"\n[ \t\r]*\n", text) else r"\n\s*"
    out: list[Paragraph] = []
    pos = 0
    for m in [*re.finditer(sep, text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        lead = len(chunk) - len(chunk.lstrip())
        body = chunk.strip()
        if body:
            s = pos + lead
            out.append(Paragraph(s, s + len(body), body, _is_furniture(body), _is_heading(body)))
        pos = m.end() if m else len(text)
    return out


def _is_furniture(body: str) -> bool:
    first = body.splitlines()[0]
    return bool(_ARTICLE_FURNITURE.match(first)) or (
        len(body) < 60 and "\n" not in body and furniture_line(body)
    )


def _is_heading(body: str) -> bool:
    lines = [ln for ln in body.splitlines() if ln.strip()]
    if len(lines) >= 3:  # a list of links or headlines, one a line
        short = sum(_is_heading(ln) for ln in lines)
        return short >= 0.7 * len(lines)
    line = " ".join(body.split())
    if is_headline(line):
        return True
    return _size(line) <= 14 and not line.rstrip("\"'”’»」』 ").endswith(_ENDS)


_ENDS = (".", "?", "!", "…", "。", "！", "？")
_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _size(text: str) -> int:
    """Words, counting two CJK characters as one."""
    return len(text.split()) + len(_CJK_CHAR.findall(text)) // 2


def _role(text: str, i: int) -> tuple[bool, bool]:
    """(can open, can close) for the mark at ``i``, from its neighbours."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    can_open = (prev.isspace() or prev in _OPENING_PUNCT or prev in _DOUBLE + _SINGLE) and not (
        nxt.isspace()
    )
    can_close = not prev.isspace() and (
        nxt.isspace()
        or nxt in _CLOSING_PUNCT
        or nxt in _DOUBLE + _SINGLE + "»›"
        or (nxt.isupper() and (prev.islower() or prev in _CLOSING_PUNCT))  # run-together lines
    )
    if text[i] in _OPEN_ONLY:
        return True, False
    if text[i] in "«‹" and not can_close:
        can_open = True
    if text[i] in "»›" and not can_open:
        can_close = True
    return can_open, can_close


def _family(c: str) -> str | None:
    for fam in (_DOUBLE, _GUILLEMET, _SINGLE_GUILLEMET, _SINGLE):
        if c in fam:
            return fam
    return None


def _is_apostrophe(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isalnum() and nxt.isalnum():
        # Russia's, don't, O'Brien; but "says 'no'Russia": headlines run together
        return not (prev.islower() and nxt.isupper())
    # '90s, 'em: an apostrophe that opens a short elision
    return bool(re.match(r"'?(?:\d0s|em|til|cause)\b", text[i + 1 : i + 6])) and not (
        prev.isalnum()
    )


def find_quotes(text: str, paras: list[Paragraph]) -> list[RawQuote]:
    """Top-level quotations (a quote inside a quote is part of its outer quote)."""
    out: list[RawQuote] = []
    pi = 0
    carry: tuple[int, int, str] | None = None  # an open quote continuing from a paragraph
    while pi < len(paras):
        p = paras[pi]
        i = p.start
        fam: str | None = None
        open_at = -1
        first_para = pi
        closer_cjk = ""
        if carry is not None:
            open_at, first_para, fam = carry
            carry = None
            # the continuation paragraph reopens with a mark of the same family: skip it
            if text[i] in fam:
                i += 1
        while i < p.end:
            c = text[i]
            if fam is None:
                if c in _CJK_PAIRS:
                    fam, closer_cjk, open_at, first_para = "cjk", _CJK_PAIRS[c], i, pi
                else:
                    f = _family(c)
                    if f is not None and not (f is _SINGLE and _is_apostrophe(text, i)):
                        can_open, _ = _role(text, i)
                        if can_open:
                            fam, open_at, first_para = f, i, pi
            elif fam == "cjk":
                if c == closer_cjk:
                    out.append(_quote(text, open_at, i, first_para, pi))
                    fam = None
            elif fam in (_GUILLEMET, _SINGLE_GUILLEMET):
                if c in fam and c != text[open_at]:  # « closes », » closes « (German)
                    out.append(_quote(text, open_at, i, first_para, pi))
                    fam = None
            elif c in fam and not (fam is _SINGLE and _is_apostrophe(text, i)):
                _, can_close = _role(text, i)
                if can_close:
                    out.append(_quote(text, open_at, i, first_para, pi))
                    fam = None
            i += 1
        if fam is not None:
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is not None and fam != "cjk" and text[nxt.start] in fam:
                carry = (open_at, first_para, fam)  # the quotation runs on
            elif fam is not _SINGLE and text[open_at + 1 : p.end].strip():
                out.append(_quote(text, open_at, p.end, first_para, pi))  # never closed
        pi += 1
    return [q for q in out if q.end > q.start]


def _quote(text: str, open_at: int, close_at: int, first: int, last: int) -> RawQuote:
    s, e = open_at + 1, close_at
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return RawQuote(s, e, open_at, close_at, first, last)


def locations(paras: list[Paragraph]) -> list[str]:
    """Each paragraph's place: headline and subheadlines before the story, the story's body,
    and page furniture."""
    out: list[str] = []
    seen_headline = in_body = False
    for p in paras:
        if p.furniture:
            out.append("furniture")
        elif in_body:
            out.append("body")
        elif p.heading:
            out.append("subheadline" if seen_headline else "headline")
            seen_headline = True
        else:
            in_body = _size(p.text) >= 12
            out.append("body" if in_body else "subheadline" if seen_headline else "headline")
            seen_headline = True
    # short lines after the story's last paragraph: related links, credits
    last_prose = max(
        (k for k, p in enumerate(paras) if out[k] == "body" and not p.heading), default=-1
    )
    if last_prose >= 0:
        for k in range(last_prose + 1, len(paras)):
            if paras[k].heading:
                out[k] = "furniture"
    return out
