"""Label-style and speaker fixtures: input files with the turns a correct parse must find.

Each ``tests/fixtures/styles/NAME.(txt|vtt|srt)`` has ``NAME.expected.json`` beside it:
``turns`` (speaker display name, label as written, first words of the speech),
``not_in_turns`` (furniture that must stay out of every turn) and optional ``speakers``.
``tests/fixtures/speakers/`` holds roster cases: names, titles, affiliations, roles, labels.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import transcript

HERE = Path(__file__).parent / "fixtures"
STYLE_CASES = sorted(
    p
    for folder in ("styles", "bugs")
    for p in (HERE / folder).glob("*")
    if p.suffix in (".txt", ".vtt", ".srt")
)
SPEAKER_CASES = sorted((HERE / "speakers").glob("*.txt"))


def _norm(s: str | None) -> str:
    return " ".join((s or "").split())


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        path.with_name(path.stem + ".expected.json").read_text("utf-8")
    )
    return data


def _names(t: transcript.Transcript) -> list[str | None]:
    by_id = {s.id: s.name for s in t.speakers}
    return [by_id.get(turn.speaker) if turn.speaker else None for turn in t.turns]


@pytest.mark.parametrize("path", STYLE_CASES, ids=lambda p: p.stem)
def test_style_fixture(path: Path) -> None:
    want = _expected(path)
    t = transcript.parse_file(path)
    got = [(n, turn.label, _norm(turn.text)) for n, turn in zip(_names(t), t.turns, strict=True)]
    expected = [(w["speaker"], w["label"], _norm(w["starts_with"])) for w in want["turns"]]
    assert len(got) == len(expected), (
        f"{len(got)} turns found, {len(expected)} expected:\n"
        + "\n".join(f"  {g[1]!r}: {g[2][:50]!r}" for g in got)
    )
    for i, (g, e) in enumerate(zip(got, expected, strict=True)):
        assert g[0] == e[0], f"turn {i}: speaker {g[0]!r}, expected {e[0]!r}"
        assert g[1] == e[1], f"turn {i}: label {g[1]!r}, expected {e[1]!r}"
        assert g[2].startswith(e[2]), f"turn {i}: text {g[2][:60]!r} should start {e[2]!r}"
    texts = [_norm(turn.text) for turn in t.turns]
    for snippet in want.get("not_in_turns", []):
        s = _norm(snippet)
        assert not any(s in x for x in texts), f"furniture leaked into a turn: {snippet!r}"


# Roster cases the parser does not get right yet; each is named in the issue notes.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(reason=KNOWN_GAPS[p.stem], strict=True))
        if p.stem in KNOWN_GAPS
        else p
        for p in SPEAKER_CASES
    ],
    ids=lambda p: p.stem,
)
def test_speaker_fixture(path: Path) -> None:
    want = _expected(path)
    t = transcript.parse_file(path)
    if "turn_speakers" in want:
        assert _names(t) == want["turn_speakers"]
    by_name = {s.name: s for s in t.speakers}
    assert sorted(by_name) == sorted(w["name"] for w in want["speakers"])
    for w in want["speakers"]:
        s = by_name[w["name"]]
        for field in ("title", "affiliation", "role"):
            if field in w:
                assert getattr(s, field) == w[field], (
                    f"{w['name']}: {field} {getattr(s, field)!r}, expected {w[field]!r}"
                )
        if "labels" in w:
            assert sorted(s.labels) == sorted(w["labels"])
    codes = {d.code for d in t.diagnostics}
    for code in want.get("diagnostics", []):
        assert code in codes
