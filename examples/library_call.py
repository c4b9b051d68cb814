"""Parse one transcript with the library; print its speakers and its first exchange.

Run from the repository root (after ``pip install -e .``)::

    python examples/library_call.py                 # the bundled Euronews interview
    python examples/library_call.py interview.txt   # or any transcript file

``transcript.parse_file`` reads any supported encoding; ``t.speakers`` holds display
names, titles and roles; ``t.exchanges`` pairs each question with the turns answering it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import transcript

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "euronews_blinken.txt"
if not DEFAULT.exists():  # the seed document it was made from
    DEFAULT = HERE.parent.parent / "shared" / "seeds" / "004_391ec9168f138b1c.txt"


def main(path: Path) -> None:
    t = transcript.parse_file(path)
    print(f"{path.name}: {len(t.turns)} turns, layout {t.layout}, title {t.title!r}")

    print("\nSpeakers:")
    for s in t.speakers:
        extra = "".join(f", {x}" for x in (s.title, s.affiliation) if x)
        print(f"  {s.name}{extra} ({s.role}) labelled {', '.join(map(repr, s.labels))}")

    names = {s.id: s.name for s in t.speakers}
    if not t.exchanges:
        print("\nNo question and answer found.")
        return
    first = t.exchanges[0]
    print("\nFirst exchange:")
    for i in [first.question, *first.answers]:
        turn = t.turns[i]
        who = names.get(turn.speaker or "", "(no speaker)")
        print(f"  [{turn.kind}, line {turn.span.start.line}] {who}: {turn.text[:200]}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
