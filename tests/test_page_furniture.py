"""Page furniture kept out of speech, in several languages (issue 20, item 8).

Each ``tests/fixtures/furniture/NAME.txt`` has ``NAME.expected.json`` beside it: ``turns``,
every turn as ``[label, text]`` (the whole text: furniture cut off a turn must take no
speech with it), and ``blocks``, lines of page furniture that must each be a block of
their own (or part of one).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import transcript

CASES = sorted((Path(__file__).parent / "fixtures" / "furniture").glob("*.txt"))


def _norm(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_furniture_fixture(path: Path) -> None:
    want = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    t = transcript.parse_file(path)
    got = [[turn.label, _norm(turn.text)] for turn in t.turns]
    assert got == [[label, _norm(text)] for label, text in want["turns"]]
    blocks = [_norm(b.text) for b in t.blocks]
    for line in want["blocks"]:
        assert any(_norm(line) in b for b in blocks), f"not a block: {line!r}"


def test_cases_cover_languages() -> None:
    # each rule's fixtures are named RULE_LANG.txt: every rule in two languages at least
    langs: dict[str, set[str]] = {}
    for p in CASES:
        rule, _, lang = p.stem.rpartition("_")
        langs.setdefault(rule, set()).add(lang)
    assert langs and all(len(v) >= 2 for v in langs.values()), langs
