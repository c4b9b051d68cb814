"""The words of the transcripts, indexed for search: every unit with its turn, and the
postings of each word (a quotation's words vote for where it starts)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .._models import Position, Span, Transcript
from ._text import Unit, units


@dataclass(frozen=True, slots=True)
class TurnRef:
    transcript: int  # index into the index's transcripts
    turn: int  # the turn's index in its transcript
    speaker: str | None  # speaker id
    speaker_name: str | None
    generic: bool  # an unnamed voice ("Q", "Speaker 1"): it may be anyone
    start: int  # its units: [start, end)
    end: int


@dataclass(slots=True)
class Source:
    name: str
    transcript: Transcript
    text: str | None  # the source text, when the transcript was given as text
    line_starts: list[int] = field(default_factory=list)
    pieces: list[tuple[int, str]] = field(default_factory=list)  # JSON: (offset, paragraph)


@dataclass(slots=True)
class TranscriptIndex:
    sources: list[Source] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    turn_of: list[int] = field(default_factory=list)  # unit -> index into turns
    turns: list[TurnRef] = field(default_factory=list)
    postings: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    # word pairs, for quotations made of common words (a pair of them is rarer)
    pairs: dict[tuple[str, str], list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, name: str, t: Transcript, text: str | None) -> None:
        ti = len(self.sources)
        starts = [0]
        if text is not None:
            starts += [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.sources.append(Source(name, t, text, starts))
        people = {s.id: s for s in t.speakers}
        for turn in t.turns:
            first = len(self.units)
            for p in turn.paragraphs:
                a, b = p.span.start.offset, p.span.end.offset
                if text is not None and 0 <= a <= b <= len(text):
                    us = units(text[a:b], a)
                    if turn.annotations:  # "(Laughter.)", "[inaudible]": not the speaker's words
                        holes = [(x.span.start.offset, x.span.end.offset) for x in turn.annotations]
                        us = [u for u in us if not any(h0 <= u.start < h1 for h0, h1 in holes)]
                else:
                    # JSON: the paragraph's text, placed in its span (wrapping quote marks
                    # the parser dropped are assumed to be one character each side)
                    lead = (b - a - len(p.text)) // 2 if b - a > len(p.text) else 0
                    us = units(p.text, a + max(0, lead))
                    self.sources[ti].pieces.append((a + max(0, lead), p.text))
                self.units.extend(us)
            gi = len(self.turns)
            sp = people.get(turn.speaker) if turn.speaker else None
            self.turns.append(
                TurnRef(
                    ti,
                    turn.index,
                    turn.speaker,
                    sp.name if sp else None,
                    sp is None or sp.generic,
                    first,
                    len(self.units),
                )
            )
            for k in range(first, len(self.units)):
                self.turn_of.append(gi)
                self.postings[self.units[k].norm].append(k)
                if k > first:
                    self.pairs[(self.units[k - 1].norm, self.units[k].norm)].append(k - 1)

    def position(self, source: int, offset: int) -> Position:
        src = self.sources[source]
        if src.text is not None:
            from bisect import bisect_right

            line = bisect_right(src.line_starts, offset)
            return Position(line=line, column=offset - src.line_starts[line - 1] + 1, offset=offset)
        # JSON: the line of the paragraph holding the offset, the column counted from it
        for turn in src.transcript.turns:
            for p in turn.paragraphs:
                if p.span.start.offset <= offset <= p.span.end.offset:
                    s = p.span.start
                    return Position(line=s.line, column=s.column + offset - s.offset, offset=offset)
        return Position(line=1, column=1, offset=offset)

    def span(self, source: int, a: int, b: int) -> Span:
        return Span(start=self.position(source, a), end=self.position(source, b))

    def text_of(self, source: int, a: int, b: int) -> str:
        src = self.sources[source]
        if src.text is not None:
            return src.text[a:b]
        pieces = [
            text[max(0, a - base) : max(0, b - base)]
            for base, text in src.pieces
            if base < b and base + len(text) > a
        ]
        return "\n\n".join(x for x in pieces if x)
