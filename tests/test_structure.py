"""The package's layout rules that a reader relies on: no stage imports another stage's
private names (a name with a leading underscore is its module's own business)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "transcript"


def _stage(module: str) -> str:
    # transcript.reading.lexer -> "reading"; transcript.pipeline -> "pipeline"
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _module_of(path: Path, package: Path) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def crossings(package: Path) -> list[str]:
    """Each ``from ... import _name`` of a module of ``package`` whose source is in another
    stage (a sub-package, or a top-level module), as ``file:line: module.name``."""
    out = []
    for path in sorted(package.rglob("*.py")):
        module = _module_of(path, package)
        here = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            if node.level:
                base = here.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            if not source.startswith(package.name):
                continue
            for alias in node.names:
                name = alias.name
                private = name.startswith("_") and not name.startswith("__")
                if private and _stage(source) != _stage(module):
                    rel = path.relative_to(package.parent)
                    out.append(f"{rel}:{node.lineno}: {source}.{name}")
    return out


def test_no_private_name_crosses_a_stage() -> None:
    assert crossings(PACKAGE) == []


def test_a_crossing_is_seen(tmp_path: Path) -> None:
    pkg = tmp_path / "transcript"
    (pkg / "people").mkdir(parents=True)
    (pkg / "reading").mkdir()
    (pkg / "reading" / "lexer.py").write_text("_HIDDEN = 1\nSHOWN = 2\n")
    (pkg / "reading" / "build.py").write_text("from .lexer import _HIDDEN\n")  # (one stage)
    (pkg / "people" / "names.py").write_text("from ..reading.lexer import SHOWN, _HIDDEN\n")
    assert crossings(pkg) == ["transcript/people/names.py:1: transcript.reading.lexer._HIDDEN"]
