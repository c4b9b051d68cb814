"""Words of articles and transcripts: tokens with offsets, folded forms and the classes
of words that decide how a difference is judged (fillers, negations, numbers)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# CJK characters are words of one character each; other scripts split on non-word
# characters, hyphens included ("high-impact" and "high impact" align), apostrophes
# inside a word kept ("we'll", "Russia's").
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
WORD = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+(?:['’ʼ][^\W_{_CJK}]+)*")
# An acknowledged cut inside a quotation: "...", "…", "[...]", "(…)", ". . ."
ELLIPSIS = re.compile(r"[\[(]\s*(?:\.\s*){3}[\])]|[\[(]\s*…\s*[\])]|(?:\.\s?){2}\.|…")
# An editor's words inside a quotation: "[the president]", "(in relations)"
BRACKETED = re.compile(r"\[[^\[\]]{1,80}\]|\((?![\s.…]*\))[^()]{1,80}\)")

FILLERS = frozenset(
    "um umm uh uhh er erm ah ahh eh hmm mm mhm uh-huh euh heu bueno este pues äh ähm öh".split()
)
NEGATIONS = frozenset(
    "not no never nobody nothing none nor neither without cannot "
    "ne pas jamais rien nunca nada ningún ninguna nicht kein keine keinen nie niemals".split()
)
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000})
_NUMBER_WORDS.update({"million": 10**6, "billion": 10**9, "percent": -1})

# English contractions: the parts a contracted word stands for. "'s" is expanded only
# after words where it cannot be a possessive.
_NT = {"won't": ("will", "not"), "can't": ("can", "not"), "shan't": ("shall", "not")}
_SUFFIX = {"'ll": "will", "'re": "are", "'ve": "have", "'m": "am", "'d": "would"}
_S_IS = frozenset("it that there here what who where how he she".split())


def fold(word: str) -> str:
    """Case, accents and apostrophe shapes folded: the form words are compared in."""
    w = unicodedata.normalize("NFKD", word)
    w = "".join(c for c in w if not unicodedata.combining(c))
    return w.casefold().replace("’", "'").replace("ʼ", "'")


@lru_cache(maxsize=65536)
def expand(folded: str) -> tuple[str, ...]:
    """The units a folded word aligns as: ``we'll`` -> ``we will``, ``don't`` -> ``do not``."""
    if "'" not in folded:
        return (folded,)
    if folded in _NT:
        return _NT[folded]
    if folded.endswith("n't") and len(folded) > 3:
        return (folded[:-3], "not")
    if folded == "let's":
        return ("let", "us")
    head, _, tail = folded.rpartition("'")
    suffix = "'" + tail
    if suffix in _SUFFIX and head:
        return (head, _SUFFIX[suffix])
    if suffix == "'s" and head in _S_IS:
        return (head, "is")
    return (folded,)


@dataclass(frozen=True, slots=True)
class Unit:
    """One unit of alignment: a word, or one part of a contracted word."""

    norm: str  # folded form
    token: int  # index of the surface token it comes from
    part: int  # which part of that token (0 for an uncontracted word)
    parts: int  # how many parts that token has
    start: int  # character offsets of the surface token
    end: int
    bracket: bool = False  # an editor's insertion inside a quotation
    gap_before: bool = False  # an ellipsis stands before it


def units(
    text: str,
    base: int = 0,
    *,
    brackets: list[tuple[int, int]] | None = None,
    gaps: list[int] | None = None,
) -> list[Unit]:
    """The units of ``text``, offsets shifted by ``base``; ``brackets`` (spans in ``text``)
    mark editorial words, ``gaps`` (offsets in ``text``) mark ellipses."""
    out: list[Unit] = []
    gap_points = sorted(gaps or [])
    gi = 0
    for ti, m in enumerate(WORD.finditer(text)):
        s, e = m.span()
        gap = False
        while gi < len(gap_points) and gap_points[gi] <= s:
            gap, gi = True, gi + 1
        inb = any(a <= s < b for a, b in brackets) if brackets else False
        parts = expand(fold(m.group()))
        for pi, p in enumerate(parts):
            out.append(
                Unit(p, ti, pi, len(parts), base + s, base + e, inb, gap and pi == 0 and bool(out))
            )
    return out


def number_value(norm: str) -> float | None:
    """The value of a number word or numeral, else None."""
    if norm in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[norm])
    if norm.replace(".", "", 1).isdigit():
        return float(norm)
    return None


_SUFFIXES = frozenset(("", "s", "es", "ed", "d", "ing", "er", "est", "ly", "'s", "n", "en", "e"))


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def cosmetic_pair(a: str, b: str) -> str | None:
    """Why two different folded words are the same word, or None: ``inflection``
    (act/acts), ``spelling`` (realise/realize, focussed/focused) or ``number_form`` (ten/10)."""
    va, vb = number_value(a), number_value(b)
    if va is not None or vb is not None:
        return "number_form" if va == vb and va is not None and va >= 0 else None
    if a in NEGATIONS or b in NEGATIONS:
        return None
    if (
        len(a) >= 4
        and len(b) >= 4
        and (
            a.replace("z", "s") == b.replace("z", "s")
            or re.sub(r"(.)\1", r"\1", a) == re.sub(r"(.)\1", r"\1", b)
            or a.replace("our", "or") == b.replace("our", "or")
        )
    ):
        return "spelling"
    p = _common_prefix(a, b)
    if p >= 3 and a[p:] in _SUFFIXES and b[p:] in _SUFFIXES:
        return "inflection"
    return None
