"""The benchmark's report says which build (pure or compiled) each kind of row measured."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SIX = [
    "people.names",
    "people.speakers",
    "pipeline",
    "reading.build",
    "reading.furniture",
    "reading.lexer",
]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench as module
    finally:
        sys.path.pop(0)
    return module


def _probe(compiled: list[str] | None) -> dict[str, object]:
    return {"transcript": {"file": "/x/transcript/__init__.py", "compiled": compiled}}


def test_both_pure(bench: ModuleType) -> None:
    line = bench.build_line(_probe([]), "transcript 0.1.0")
    assert line.startswith("build: in-process rows pure Python (/x/transcript/__init__.py)")
    assert "; CLI rows pure Python (" in line
    assert "WARNING" not in line


def test_both_compiled(bench: ModuleType) -> None:
    line = bench.build_line(_probe(SIX), f"transcript 0.1.0 (compiled: {', '.join(SIX)})")
    assert line.count(f"compiled: {', '.join(SIX)}") == 2
    assert "WARNING" not in line


@pytest.mark.parametrize(
    ("inproc", "cli"),
    [
        (SIX, "transcript 0.1.0"),  # the compiled tree, a pure console script (stop 15's case)
        ([], f"transcript 0.1.0 (compiled: {', '.join(SIX)})"),
        (SIX, "transcript 0.1.0 (compiled: _lexer)"),
    ],
)
def test_different_builds_are_flagged(bench: ModuleType, inproc: list[str], cli: str) -> None:
    line = bench.build_line(_probe(inproc), cli)
    assert line.endswith("WARNING: the CLI rows measure another build than the in-process rows")


def test_no_console_script_or_unknown_build(bench: ModuleType) -> None:
    line = bench.build_line(_probe(None), "-")
    assert line.startswith("build: in-process rows unknown build")
    assert line.endswith("; CLI rows - (" + str(bench.CLI) + ")")
