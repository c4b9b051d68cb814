"""``transcript validate`` and ``transcript.validate`` check the contract, not only the shape:
each broken reference is reported with its JSON path, all of them (up to a limit)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import orjson
import pytest

import transcript
from transcript.cli import commands as _cli
from transcript.writing.integrity import MAX_PROBLEMS

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "euronews_blinken.txt"


@pytest.fixture(scope="module")
def good() -> dict[str, Any]:
    data: dict[str, Any] = transcript.to_dict(transcript.parse_file(EXAMPLE))
    return data


def broken(good: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    data = copy.deepcopy(good)
    *parents, last = path.split("/")
    node: Any = data
    for key in parents:
        node = node[int(key)] if isinstance(node, list) else node[key]
    node[int(last) if isinstance(node, list) else last] = value
    return data


CASES = [
    # (what is broken, its new value, the path reported, what the message says)
    ("turns/3/speaker", "nobody", "turns/3/speaker", "'nobody' is no speaker's id"),
    ("exchanges/0/question", 999, "exchanges/0/question", "turn 999 does not exist"),
    ("exchanges/1/answers/0", -1, "exchanges/1/answers/0", "turn -1 does not exist"),
    ("turns/2/span/end/offset", 10**6, "turns/2/span", "past the source's 11422 characters"),
    ("turns/2/index", 7, "turns/2/index", "7, but it is turn 2"),
    ("source/chars", 100, "turns/0/span", "past the source's 100 characters"),
    ("blocks/0/span/end/line", 10**4, "blocks/0/span", "past the source's 170 lines"),
    ("speakers/1/id", "efi-koutsokosta", "speakers/1/id", "is also speakers/0's id"),
]


@pytest.mark.parametrize(("path", "value", "where", "message"), CASES, ids=[c[0] for c in CASES])
def test_each_broken_reference_is_found_with_its_path(
    good: dict[str, Any], path: str, value: Any, where: str, message: str
) -> None:
    transcript.validate(good)  # (the document itself is valid)
    with pytest.raises(transcript.SchemaError) as info:
        transcript.validate(broken(good, path, value))
    assert any(p == where and message in m for p, m in info.value.errors), info.value.errors


def test_annotation_outside_its_turn(good: dict[str, Any]) -> None:
    t = transcript.parse("Ann Lee: Hello (laughs) there.\n\nBob Ray: Hi.\n")
    data = transcript.to_dict(t)
    assert data["turns"][0]["annotations"]
    data["turns"][0]["annotations"][0]["span"] = data["turns"][1]["span"]
    with pytest.raises(transcript.SchemaError) as info:
        transcript.validate(data)
    assert info.value.errors[0][0] == "turns/0/annotations/0/span"
    assert "outside the turn's span" in info.value.errors[0][1]


def test_every_error_is_reported_up_to_the_limit(good: dict[str, Any]) -> None:
    data = copy.deepcopy(good)
    for turn in data["turns"]:
        turn["speaker"] = "ghost"
    data["exchanges"][0]["question"] = 500
    with pytest.raises(transcript.SchemaError) as info:
        transcript.validate(data)
    n = len(data["turns"])
    assert info.value.total == n + 1
    assert [p for p, _ in info.value.errors] == [f"turns/{i}/speaker" for i in range(n)] + [
        "exchanges/0/question"
    ]
    many = copy.deepcopy(good)
    many["turns"] = [copy.deepcopy(good["turns"][0]) for _ in range(MAX_PROBLEMS + 20)]
    for i, turn in enumerate(many["turns"]):
        turn["index"] = i
        turn["speaker"] = "ghost"
    with pytest.raises(transcript.SchemaError) as info:
        transcript.validate(many)
    assert len(info.value.errors) == MAX_PROBLEMS and info.value.total > MAX_PROBLEMS
    assert f"(and {info.value.total - 1} more)" in str(info.value)


def test_shape_errors_are_all_listed_too(good: dict[str, Any]) -> None:
    data = copy.deepcopy(good)
    data["turns"][0]["index"] = -1
    data["turns"][1]["kind"] = "speech"
    with pytest.raises(transcript.SchemaError) as info:
        transcript.validate(data)
    assert [p for p, _ in info.value.errors] == ["turns/0/index", "turns/1/kind"]


def test_cli_validate_lists_every_error_and_exits_1(
    good: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = broken(broken(good, "turns/3/speaker", "nobody"), "exchanges/0/question", 999)
    f = tmp_path / "bad.json"
    f.write_bytes(orjson.dumps(bad))
    ok = tmp_path / "ok.json"
    ok.write_bytes(orjson.dumps(good))
    code = _cli.main(["validate", str(ok), str(f)])
    out, err = capsys.readouterr()
    assert code == 1
    assert out == f"{ok}: ok\n"
    assert err.splitlines() == [
        f"transcript: {f}: turns/3/speaker: 'nobody' is no speaker's id",
        f"transcript: {f}: exchanges/0/question: turn 999 does not exist (18 turns)",
        f"transcript: {f}: 2 errors",
    ]
