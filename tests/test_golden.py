"""Whole-output snapshots: every fixture's JSON, byte for byte.

The other fixture tests check what matters about each input (speakers, labels, the start of
each turn); these pin everything else too (spans, roles, kinds, blocks, diagnostics), so that
a change meant to make the parser faster cannot change its output unnoticed. A deliberate
change of output is reviewed in the diff of ``tests/fixtures/golden/`` after::

    python tests/test_golden.py          # rewrites the snapshots from the current parser
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import transcript

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = FIXTURES / "golden"
INPUTS = sorted(
    p
    for folder in ("styles", "bugs", "speakers", "edges")
    for p in (FIXTURES / folder).iterdir()
    if p.suffix in (".txt", ".vtt", ".srt")
)


def snapshot_of(path: Path) -> Path:
    return GOLDEN / f"{path.parent.name}__{path.stem}.json"


def render(path: Path) -> bytes:
    return transcript.to_json(path.read_bytes(), source=path.name, indent=True) + b"\n"


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_output_is_the_snapshot(path: Path) -> None:
    snapshot = snapshot_of(path)
    assert snapshot.exists(), f"no snapshot for {path.name}: run python tests/test_golden.py"
    assert render(path) == snapshot.read_bytes()


def test_every_snapshot_has_its_input() -> None:
    assert sorted(p.name for p in GOLDEN.glob("*.json")) == sorted(
        snapshot_of(p).name for p in INPUTS
    )


if __name__ == "__main__":
    GOLDEN.mkdir(exist_ok=True)
    for old in GOLDEN.glob("*.json"):
        old.unlink()
    for path in INPUTS:
        snapshot_of(path).write_bytes(render(path))
    sys.stdout.write(f"{len(INPUTS)} snapshots written to {GOLDEN}\n")
