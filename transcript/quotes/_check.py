"""The quote check: each quotation of an article searched in the transcripts, with a
verdict and the differences.

Where a quotation is looked for: first the turns of the person the article names (and of
unnamed voices, who may be anyone), then everyone else's (a quotation found there, long
enough to be evidence, is ``wrong_speaker``). A quotation is ``altered`` when the best
passage covers it closely (similarity >= 0.8, and for three words or fewer nothing but
cosmetic or disfluency differences); below that it is ``not_found`` (with the closest
passage) unless pieces of it come, verbatim, from separate places (``spliced``).
"""

from __future__ import annotations

import itertools
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .._models import Position, Span, Transcript
from ._align import Alignment, align
from ._attribute import Attributed, Attributor, split_title
from ._extract import find_quotes, locations, paragraphs
from ._index import TranscriptIndex
from ._models import (
    ArticleInfo,
    Attribution,
    Closest,
    Difference,
    Match,
    Quote,
    QuoteReport,
)
from ._text import BRACKETED, ELLIPSIS, Unit, units

ALTERED_MIN = 0.8  # similarity above which a passage is the quotation, altered
WRONG_SPEAKER_MIN = 0.9  # found in someone else's turn: stricter, it accuses the article
WEAK_WORDS = 3  # this many words or fewer prove little
_POSTINGS_CAP = 250  # words more frequent than this do not vote (unless nothing else does)

TranscriptInput = Transcript | str | bytes | os.PathLike[str]


@dataclass(frozen=True, slots=True)
class _Found:
    al: Alignment
    turn: int  # index into index.turns


class QuoteChecker:
    """Transcripts indexed once; :meth:`check` any number of articles against them."""

    def __init__(self, transcripts: Iterable[TranscriptInput] | TranscriptInput) -> None:
        _need_rapidfuzz()
        if isinstance(transcripts, (Transcript, str, bytes, os.PathLike)):
            transcripts = [transcripts]
        self.index = TranscriptIndex()
        for i, t in enumerate(transcripts):
            name, model, text = _load_transcript(t, i)
            self.index.add(name, model, text)
        self._turn_strings: list[str] | None = None
        self._by_name: dict[str, set[int]] | None = None  # speaker name -> turns
        self._generic: set[int] = set()
        self._context: set[int] = set()  # see check()

    # ------------------------------------------------------------------ public
    def check(
        self, article: str | bytes | os.PathLike[str], *, name: str | None = None
    ) -> QuoteReport:
        """Every quotation of ``article`` (text, bytes, or a path) with its verdict."""
        text, art_name = _load_article(article, name)
        paras = paragraphs(text)
        raw = find_quotes(text, paras)
        attributed = Attributor(text, paras, raw).run()
        where = locations(paras)
        lines = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        out: list[Quote] = []
        furniture: list[Quote] = []
        # the turns the longer quotations come from: where a short one is looked for first
        self._context = set()
        for q, who in zip(raw, attributed, strict=True):
            if len(text[q.start : q.end].split()) > WEAK_WORDS:
                found = self._verbatim(units(text[q.start : q.end]), self._own(who.speaker))
                if found is not None:
                    self._context.add(found.turn)
        for q, who in zip(raw, attributed, strict=True):
            place = where[q.paragraph]
            into = furniture if place == "furniture" else out
            into.append(self._quote(len(into), text, lines, q.start, q.end, place, who))
        self._context = set()
        return QuoteReport(
            article=ArticleInfo(name=art_name, chars=len(text)),
            transcripts=[s.name for s in self.index.sources],
            quotes=out,
            furniture=furniture,
        )

    # ------------------------------------------------------------------ one quotation
    def _quote(
        self, qi: int, text: str, lines: list[int], a: int, b: int, location: str, who: Attributed
    ) -> Quote:
        body = text[a:b]
        gaps = [m.start() for m in ELLIPSIS.finditer(body)]
        brackets = [m.span() for m in BRACKETED.finditer(body) if not ELLIPSIS.fullmatch(m.group())]
        qu = units(body, a, brackets=brackets, gaps=gaps)
        words = len({u.token for u in qu if not u.bracket})
        weak = words <= WEAK_WORDS
        verdict, found, parts, closest = self._verdict(qu, who.speaker, weak)
        matches = [self._match(f) for f in (parts or ([found] if found else []))]
        diffs = (
            [self._difference(text, lines, qu, found, d) for d in found.al.diffs]
            if (found and verdict in ("altered", "wrong_speaker"))
            else []
        )
        similarity = found.al.similarity if found else closest.al.similarity if closest else 0.0
        if verdict == "spliced":
            similarity = 1.0
        return Quote(
            index=qi,
            text=body,
            span=_span(lines, a, b),
            location=location,  # type: ignore[arg-type]
            words=words,
            speaker=who.speaker,
            attribution=Attribution(
                kind=who.kind,  # type: ignore[arg-type]
                cue=text[who.cue[0] : who.cue[1]] if who.cue else None,
                cue_span=_span(lines, *who.cue) if who.cue else None,
                mention=who.mention,
            ),
            verdict=verdict,  # type: ignore[arg-type]
            weak_evidence=weak,
            similarity=round(similarity, 4),
            matches=matches,
            differences=[d for d in diffs if d is not None],
            closest=(
                Closest(match=self._match(closest), similarity=round(closest.al.similarity, 4))
                if closest is not None and verdict not in ("exact", "altered", "spliced")
                else None
            ),
        )

    def _verdict(
        self, qu: list[Unit], speaker: str | None, weak: bool
    ) -> tuple[str, _Found | None, list[_Found] | None, _Found | None]:
        """(verdict, the match, the parts of a splice, the closest passage)."""
        if not [u for u in qu if not u.bracket]:
            return "not_found", None, None, None
        all_turns = set(range(len(self.index.turns)))
        named, generic = self._speaker_turns(speaker) if speaker else (set(), set())
        if speaker is None or named or generic:
            # unnamed voices ("A:", "Speaker 2") may be the person named, unless they are named
            own = (named or generic) if speaker else all_turns
            best = self._search(qu, own)
            if best is not None and self._good(best.al, weak):
                return ("exact" if best.al.exact else "altered"), best, None, None
            others = all_turns - own
            other = self._search(qu, others) if others else None
            if other is not None and self._strong(other.al, weak):
                return "wrong_speaker", other, None, None
            parts = self._splice(qu, own)
            if parts:
                return "spliced", parts[0], parts, None
            closest = _better(best, other)
            return "not_found", None, None, closest
        # the article names someone who does not speak in these transcripts
        best = self._search(qu, all_turns)
        if best is not None and self._strong(best.al, weak):
            return "wrong_speaker", best, None, None
        return "speaker_not_in_transcripts", None, None, best

    @staticmethod
    def _good(al: Alignment, weak: bool) -> bool:
        if al.exact:
            return True
        if weak and (al.substantive or not al.pairs):
            return False  # a short quotation must be there, at least one word verbatim
        if al.similarity >= ALTERED_MIN:
            return True
        # a short quotation verbatim but for one negation or number: the classic misquote
        # (a content word swapped in a short phrase is more likely another phrase)
        subs = [d for d in al.diffs if d.cls == "substantive"]
        return (
            len(subs) == 1
            and subs[0].kind in ("negation", "number")
            and max(subs[0].q[1] - subs[0].q[0], subs[0].t[1] - subs[0].t[0]) <= 2
            and al.similarity >= 0.6
        )

    @staticmethod
    def _strong(al: Alignment, weak: bool) -> bool:
        return not weak and (al.exact or al.similarity >= WRONG_SPEAKER_MIN)

    def _own(self, speaker: str | None) -> set[int]:
        """The turns a quotation attributed to ``speaker`` is looked for in first."""
        if speaker is None:
            return set(range(len(self.index.turns)))
        named, generic = self._speaker_turns(speaker)
        return named or generic

    def _speaker_turns(self, speaker: str) -> tuple[set[int], set[int]]:
        """The turns of the transcripts' speakers who are ``speaker`` (titles, case and
        accents aside: the same surname, or one name's last word among the other's words, as
        ``Blinken`` / ``Antony Blinken`` / ``Antony``), and those of unnamed voices."""
        if self._by_name is None:
            self._by_name = {}
            self._generic = set()
            for k, t in enumerate(self.index.turns):
                if t.generic:
                    self._generic.add(k)
                elif t.speaker_name:
                    self._by_name.setdefault(t.speaker_name, set()).add(k)
        words = _name_words(speaker)
        found: set[int] = set()
        if words:
            for name, turns in self._by_name.items():
                theirs = _name_words(name)
                if theirs and (words[-1] in theirs or theirs[-1] in words):
                    found |= turns
        return found, set(self._generic)

    # ------------------------------------------------------------------ search
    def _search(self, qu: list[Unit], allowed: set[int]) -> _Found | None:
        exact = self._verbatim(qu, allowed)
        if exact is not None:
            return exact
        best: _Found | None = None
        for lo, hi, turn in self._candidates(qu, allowed):
            al = align(qu, self.index.units, lo, hi)
            if al is None:
                continue
            if best is None or (al.similarity, -al.cost) > (best.al.similarity, -best.al.cost):
                best = _Found(al, turn)
            if al.exact:
                break
        return best

    def _verbatim(self, qu: list[Unit], allowed: set[int]) -> _Found | None:
        """The quotation word for word in one turn (found from its rarest word's postings)."""
        if not qu or any(u.bracket or u.gap_before for u in qu):
            return None
        ix = self.index
        norms = [u.norm for u in qu]
        posts = [ix.postings.get(w) for w in norms]
        if not all(posts):
            return None
        i = min(range(len(norms)), key=lambda k: len(posts[k] or ()))
        n = len(norms)
        first: int | None = None
        for p in posts[i] or ():
            s = p - i
            if s < 0 or s + n > len(ix.units):
                continue
            turn = ix.turn_of[s]
            if turn not in allowed or ix.turn_of[s + n - 1] != turn:
                continue
            if all(ix.units[s + k].norm == norms[k] for k in range(n)):
                if first is None:
                    first = s
                # several places: the first in a turn the article's longer quotations come from
                if turn in self._context or len(posts[i] or ()) == 1:
                    first = s
                    break
        if first is None:
            return None
        al = align(qu, ix.units, first, first + n)
        return _Found(al, ix.turn_of[first]) if al is not None else None

    def _candidates(self, qu: list[Unit], allowed: set[int]) -> list[tuple[int, int, int]]:
        ix = self.index
        n = len(qu)
        votes: dict[int, float] = {}
        common: list[tuple[int, Unit]] = []
        for i, u in enumerate(qu):
            if u.bracket:
                continue
            posts = ix.postings.get(u.norm)
            if not posts:
                continue
            if len(posts) > _POSTINGS_CAP:
                common.append((i, u))
                continue
            w = 1.0 / (1.0 + math.log(len(posts)))
            for p in posts:
                if ix.turn_of[p] in allowed:
                    d = p - i
                    votes[d] = votes.get(d, 0.0) + w
        for i, _ in common:  # a frequent word votes with its neighbour, as a pair
            if i + 1 < n and not qu[i + 1].bracket:
                posts = ix.pairs.get((qu[i].norm, qu[i + 1].norm))
                if posts and len(posts) <= _POSTINGS_CAP:
                    w = 1.0 / (1.0 + math.log(len(posts)))
                    for p in posts:
                        if ix.turn_of[p] in allowed:
                            votes[p - i] = votes.get(p - i, 0.0) + w
        if not votes:
            for i, u in common:  # only frequent words: let them vote after all
                for p in ix.postings[u.norm]:
                    if ix.turn_of[p] in allowed:
                        votes[p - i] = votes.get(p - i, 0.0) + 0.1
        if not votes:
            return self._fuzzy_candidates(qu, allowed)
        width = 4
        buckets: dict[int, float] = {}
        for d, v in votes.items():
            buckets[d // width] = buckets.get(d // width, 0.0) + v
        ranked = sorted(
            buckets,
            key=lambda b: -(buckets[b] + 0.5 * (buckets.get(b - 1, 0) + buckets.get(b + 1, 0))),
        )
        gapped = any(u.gap_before for u in qu)
        pad = 6 + n // 4
        out: list[tuple[int, int, int]] = []
        taken: list[int] = []
        for b in ranked:
            if len(out) >= 3:
                break
            if any(abs(b - t) <= 1 for t in taken):
                continue
            taken.append(b)
            d = max(range(b * width, b * width + width), key=lambda x: votes.get(x, -1.0))
            anchor = min(max(d, 0), len(ix.units) - 1)
            # the turn of the anchor: the diagonal may start before the turn (a trimmed quote)
            hits = [d + i for i in range(n) if 0 <= d + i < len(ix.units)]
            turn = ix.turn_of[anchor]
            for h in hits:
                if ix.turn_of[h] in allowed and ix.units[h].norm == qu[h - d].norm:
                    turn = ix.turn_of[h]
                    break
            if turn not in allowed:
                continue
            tr = ix.turns[turn]
            lo = max(tr.start, d - pad)
            hi = min(tr.end, (tr.end if gapped else d + n + pad))
            if gapped:
                lo = max(tr.start, min(lo, tr.end - 3000))
            if hi > lo:
                out.append((lo, hi, turn))
        return out

    def _fuzzy_candidates(self, qu: list[Unit], allowed: set[int]) -> list[tuple[int, int, int]]:
        """No word of the quotation in the allowed turns: the turn most like it (rapidfuzz)."""
        from rapidfuzz import fuzz, process

        ix = self.index
        if self._turn_strings is None:
            self._turn_strings = [
                " ".join(u.norm for u in ix.units[t.start : t.end]) for t in ix.turns
            ]
        keys = sorted(allowed)
        if not keys:
            return []
        query = " ".join(u.norm for u in qu)
        hit = process.extractOne(
            query, [self._turn_strings[k] for k in keys], scorer=fuzz.partial_ratio
        )
        if hit is None:
            return []
        turn = keys[hit[2]]
        tr = ix.turns[turn]
        return [(tr.start, min(tr.end, tr.start + 400), turn)] if tr.end > tr.start else []

    def _splice(self, qu: list[Unit], allowed: set[int]) -> list[_Found] | None:
        """Pieces of three words or more, verbatim, from separate places, that together make
        up the quotation."""
        counted = [i for i, u in enumerate(qu) if not u.bracket]
        if len(counted) < 6:
            return None
        runs = self._runs(qu, 0, len(qu), allowed)
        if len(runs) < 2 or sum(r[2] for r in runs) < 0.85 * len(counted):
            return None
        jumps = any(
            not (0 <= b[1] - (a[1] + a[2]) <= 2 and 0 <= b[0] - (a[0] + a[2]) <= 2)
            for a, b in itertools.pairwise(runs)
        )
        if not jumps:
            return None
        out = []
        for qi, p, length in runs:
            al = align(qu[qi : qi + length], self.index.units, p, p + length)
            if al is not None:
                out.append(_Found(al, self.index.turn_of[p]))
        return out

    def _runs(
        self, qu: list[Unit], lo: int, hi: int, allowed: set[int]
    ) -> list[tuple[int, int, int]]:
        ix = self.index
        best: tuple[int, int, int] | None = None
        for i in range(lo, hi):
            posts = ix.postings.get(qu[i].norm, [])
            if len(posts) > _POSTINGS_CAP:
                continue
            for p in posts:
                t = ix.turn_of[p]
                if t not in allowed:
                    continue
                end = ix.turns[t].end
                k = 0
                while i + k < hi and p + k < end and ix.units[p + k].norm == qu[i + k].norm:
                    k += 1
                if best is None or k > best[2]:
                    best = (i, p, k)
        if best is None or best[2] < 3:
            return []
        i, p, k = best
        return [*self._runs(qu, lo, i, allowed), best, *self._runs(qu, i + k, hi, allowed)]

    # ------------------------------------------------------------------ output
    def _match(self, f: _Found) -> Match:
        ix = self.index
        tr = ix.turns[f.turn]
        a = ix.units[f.al.t_start].start
        b = ix.units[max(f.al.t_start, f.al.t_end - 1)].end
        return Match(
            transcript=ix.sources[tr.transcript].name,
            turn=tr.turn,
            speaker=tr.speaker,
            speaker_name=tr.speaker_name,
            span=ix.span(tr.transcript, a, b),
            text=ix.text_of(tr.transcript, a, b),
        )

    def _difference(
        self, text: str, lines: list[int], qu: list[Unit], found: _Found | None, d: object
    ) -> Difference | None:
        from ._align import Diff

        if not isinstance(d, Diff) or found is None:
            return None
        ix = self.index
        src = ix.turns[found.turn].transcript
        qa, qb = d.q
        ta, tb = d.t
        art = text[qu[qa].start : qu[qb - 1].end] if qb > qa else ""
        trn = ix.text_of(src, ix.units[ta].start, ix.units[tb - 1].end) if tb > ta else ""
        return Difference.model_validate(
            {
                "op": d.op,
                "article": art,
                "transcript": trn,
                "class": d.cls,
                "kind": d.kind,
                "article_span": _span(lines, qu[qa].start, qu[qb - 1].end) if qb > qa else None,
            }
        )


def _better(a: _Found | None, b: _Found | None) -> _Found | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if a.al.similarity >= b.al.similarity else b


def _name_words(name: str) -> list[str]:
    """A name's words without titles, folded: ``Secretary Antony Blinken`` -> antony, blinken."""
    words = [w for w in re.split(r"[\s.]+", name) if w]
    core, _ = split_title(words)
    out = []
    for w in core or words:
        w = unicodedata.normalize("NFKD", w)
        out.append("".join(c for c in w if not unicodedata.combining(c)).casefold())
    return out


def _span(lines: list[int], a: int, b: int) -> Span:
    from bisect import bisect_right

    def pos(o: int) -> Position:
        line = bisect_right(lines, o)
        return Position(line=line, column=o - lines[line - 1] + 1, offset=o)

    return Span(start=pos(a), end=pos(b))


def _need_rapidfuzz() -> None:
    from .._errors import TranscriptError

    try:
        import rapidfuzz  # noqa: F401
    except ImportError:
        raise TranscriptError(
            "quote checking needs the 'quotes' extra: pip install 'transcript[quotes]'"
        ) from None


def _decode(data: bytes) -> str:
    from ..reading.decode import decode_bytes

    return decode_bytes(data)[0]


def _load_article(
    article: str | bytes | os.PathLike[str], name: str | None
) -> tuple[str, str | None]:
    if isinstance(article, os.PathLike):
        from .._errors import reading

        with reading(article):
            data = Path(article).read_bytes()
        return _decode(data), name or Path(article).name
    if isinstance(article, bytes):
        return _decode(article), name
    return article, name


def _load_transcript(t: TranscriptInput, i: int) -> tuple[str, Transcript, str | None]:
    from .._api import parse
    from ..writing.serialize import loads

    name = f"transcript-{i}"
    if isinstance(t, Transcript):
        return (t.source.name or name), t, None
    if isinstance(t, os.PathLike):
        from .._errors import reading

        with reading(t):
            data = Path(t).read_bytes()
        name = Path(t).name
        t = data
    if isinstance(t, bytes):
        if t.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"{":
            model = loads(t.removeprefix(b"\xef\xbb\xbf"))
            return (name if name != f"transcript-{i}" else model.source.name or name), model, None
        t = _decode(t)
    if t.lstrip()[:1] == "{":
        model = loads(t)
        return model.source.name or name, model, None
    return name, parse(t, source=name), t


def check_quotes(
    article: str | bytes | os.PathLike[str],
    transcripts: Sequence[TranscriptInput] | TranscriptInput,
    *,
    name: str | None = None,
) -> QuoteReport:
    """Every quotation of ``article`` found (or not) in ``transcripts``, with a verdict."""
    return QuoteChecker(transcripts).check(article, name=name)
