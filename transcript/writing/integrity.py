"""The contract beyond the schema's shapes: what the parts of a document say of each other.

A document can match the JSON Schema and still be wrong: a turn whose ``speaker`` is no
speaker's id, an exchange that points at a missing turn, a span past the end of the source.
:func:`problems` lists each such error with its JSON path (``turns/3/speaker``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .._models import Span, Transcript

#: how many errors a report lists at most (the count says how many there were)
MAX_PROBLEMS = 50


def problems(t: Transcript) -> list[tuple[str, str]]:
    """Every referential error of ``t`` as ``(json_path, message)``, in document order."""
    return list(_problems(t))


def _problems(t: Transcript) -> Iterator[tuple[str, str]]:
    chars = t.source.chars
    lines = t.source.lines
    if chars == 0 and lines > 0:
        yield "source/lines", f"{lines} lines in a source of 0 characters"
    elif lines > chars + 1:
        yield "source/lines", f"{lines} lines cannot fit in {chars} characters"

    def span(path: str, s: Span | None) -> Iterator[tuple[str, str]]:
        if s is None:
            return
        a, b = s.start, s.end
        if a.offset > b.offset:
            yield path, f"starts at offset {a.offset}, after its end ({b.offset})"
        elif (a.line, a.column) > (b.line, b.column):
            yield path, f"starts at line {a.line}, column {a.column}, after its end"
        if b.offset > chars:
            yield path, f"ends at offset {b.offset}, past the source's {chars} characters"
        if lines and b.line > lines:
            yield path, f"ends on line {b.line}, past the source's {lines} lines"

    ids: dict[str, int] = {}
    for i, sp in enumerate(t.speakers):
        if sp.id in ids:
            yield f"speakers/{i}/id", f"{sp.id!r} is also speakers/{ids[sp.id]}'s id"
        else:
            ids[sp.id] = i
    n = len(t.turns)
    for i, turn in enumerate(t.turns):
        where = f"turns/{i}"
        if turn.index != i:
            yield f"{where}/index", f"{turn.index}, but it is turn {i}"
        if turn.speaker is not None and turn.speaker not in ids:
            yield f"{where}/speaker", f"{turn.speaker!r} is no speaker's id"
        if turn.start is not None and turn.end is not None and turn.end < turn.start:
            yield f"{where}/end", f"{turn.end} is before the turn's start ({turn.start})"
        yield from span(f"{where}/span", turn.span)
        yield from span(f"{where}/label_span", turn.label_span)
        lo, hi = turn.span.start.offset, turn.span.end.offset
        if turn.label_span is not None:
            lo = min(lo, turn.label_span.start.offset)
        for j, para in enumerate(turn.paragraphs):
            yield from span(f"{where}/paragraphs/{j}/span", para.span)
        for j, ann in enumerate(turn.annotations):
            path = f"{where}/annotations/{j}/span"
            yield from span(path, ann.span)
            if ann.span.start.offset < lo or ann.span.end.offset > hi:
                yield (
                    path,
                    f"offsets {ann.span.start.offset}-{ann.span.end.offset} are outside"
                    f" the turn's span ({lo}-{hi})",
                )
    for i, ex in enumerate(t.exchanges):
        if not 0 <= ex.question < n:
            yield f"exchanges/{i}/question", f"turn {ex.question} does not exist ({n} turns)"
        for j, a in enumerate(ex.answers):
            if not 0 <= a < n:
                yield f"exchanges/{i}/answers/{j}", f"turn {a} does not exist ({n} turns)"
    for i, block in enumerate(t.blocks):
        yield from span(f"blocks/{i}/span", block.span)
    for i, d in enumerate(t.diagnostics):
        yield from span(f"diagnostics/{i}/span", d.span)
