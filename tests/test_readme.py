"""The README is tested: its Python examples run, in order, and print what it says they print;
its JSON excerpt is the example's output; its ``transcript`` commands run as written.

Output convention of the README's Python blocks: the comment lines right after a line that
prints are its expected output, line for line (a line ending with ``...`` is a prefix).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import transcript
from transcript.cli import commands as _cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")
EXAMPLE = ROOT / "examples" / "euronews_blinken.txt"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)


def blocks(lang: str) -> list[str]:
    return [m.group(2) for m in FENCE.finditer(README) if m.group(1) == lang]


def segments(code: str) -> list[tuple[str, list[str]]]:
    """The block cut after each group of expected-output comments: (code, expected lines)."""
    out: list[tuple[str, list[str]]] = []
    code_lines: list[str] = []
    expected: list[str] = []
    printing = False
    for line in code.splitlines():
        stripped = line.strip()
        if stripped.startswith("#") and printing and not line.startswith(" "):
            expected.append(stripped[1:].strip())
            continue
        if expected:
            out.append(("\n".join(code_lines), expected))
            code_lines, expected = [], []
        code_lines.append(line)
        printing = bool(stripped) and "print(" in line
    out.append(("\n".join(code_lines), expected))
    return out


def matches(got: list[str], want: list[str]) -> bool:
    if len(got) != len(want):
        return False
    return all(
        g.startswith(w[:-3].rstrip()) if w.endswith("...") else g == w
        for g, w in zip(got, want, strict=True)
    )


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with what the README's examples name: examples/, interview.txt, ..."""
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    text = EXAMPLE.read_bytes()
    for name in ("interview.txt", "a.txt", "b.txt", "hearing.txt", "huge.txt"):
        (tmp_path / name).write_bytes(text)
    for folder in ("transcripts", "transcripts/sub", "archive"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "one.txt").write_bytes(text)
    (tmp_path / "transcripts" / "two.txt").write_text("Q: Ready?\nA: Yes.\n", "utf-8")
    # the readers' examples, and the quote checker's article and JSON transcript
    formats = ROOT / "tests" / "fixtures" / "formats"
    shutil.copy(formats / "news_interview.html", tmp_path / "page.html")
    shutil.copy(formats / "debate_record.pdf", tmp_path / "record.pdf")
    (tmp_path / "article.txt").write_text(
        "Blinken warns Moscow\n\n"
        "\"We don't know President Putin's intent,\" Secretary of State Antony Blinken said.\n",
        "utf-8",
    )
    (tmp_path / "other.json").write_bytes(transcript.to_json(text))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_readme_has_python_examples_with_outputs() -> None:
    checked = [w for code in blocks("python") for _, w in segments(code) if w]
    assert len(checked) >= 3  # the speakers' table, a turn's text, a position


def test_python_examples_run_and_print_what_they_say(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (the README's `transcript parse transcripts/*.txt --format csv > turns.csv`)
    assert _cli.main(["parse", "transcripts/", "--format", "csv"]) == 0
    (workdir / "turns.csv").write_text(capsys.readouterr().out, "utf-8", newline="")
    namespace: dict[str, Any] = {"__name__": "readme"}
    checked = 0
    for code in blocks("python"):
        for piece, want in segments(code):
            buf = io.StringIO()
            with contextlib.redirect_stdout(buf):
                exec(compile(piece, "README.md", "exec"), namespace)
            if want:
                got = buf.getvalue().splitlines()
                assert matches(got, want), f"README prints {got!r}, says {want!r}"
                checked += 1
        # a block that defines tests (the strategies example) runs them
        for name, fn in list(namespace.items()):
            if name.startswith("test_") and callable(fn):
                fn()
                del namespace[name]
    assert checked >= 3


def _subset(excerpt: Any, real: Any, path: str = "") -> list[str]:
    """Where the excerpt says something other than the real document (it may leave out
    keys and trailing list items; a string ending with "…" is a prefix)."""
    if isinstance(excerpt, dict):
        if not isinstance(real, dict):
            return [path]
        return [p for k, v in excerpt.items() for p in _subset(v, real.get(k, ...), f"{path}/{k}")]
    if isinstance(excerpt, list):
        if not isinstance(real, list) or len(excerpt) > len(real):
            return [path]
        return [p for i, v in enumerate(excerpt) for p in _subset(v, real[i], f"{path}/{i}")]
    if isinstance(excerpt, str) and excerpt.endswith("…"):
        return [] if isinstance(real, str) and real.startswith(excerpt[:-1]) else [path]
    return [] if excerpt == real else [f"{path}: README {excerpt!r}, output {real!r}"]


def test_json_excerpt_is_the_examples_output() -> None:
    (excerpt,) = [b for b in blocks("json") if '"schema_version"' in b]
    real = json.loads((ROOT / "examples" / "euronews_blinken.json").read_bytes())
    assert real == transcript.to_dict(transcript.parse_file(EXAMPLE))
    assert _subset(json.loads(excerpt), real) == []


def commands() -> list[str]:
    """The README's ``transcript`` command lines, without their comments; not those that
    name a machine of the reader's own (``--scheduler tcp://HOST:8786``)."""
    out = []
    for code in blocks("sh"):
        for line in code.splitlines():
            is_command = line.startswith("transcript ") or line.startswith("transcript\t")
            if is_command and "://HOST" not in line:
                out.append(re.sub(r"\s+#.*$", "", line).strip())
    return out


def test_readme_commands_run_as_written(workdir: Path) -> None:
    exe = shutil.which("transcript", path=str(Path(sys.executable).parent)) or shutil.which(
        "transcript"
    )
    if exe is None:
        pytest.skip("the transcript command is not installed next to this Python")
    cmds = commands()
    assert len(cmds) >= 15
    env = {**os.environ, "PATH": f"{Path(exe).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    for cmd in cmds:
        proc = subprocess.run(
            ["bash", "-c", f"set -o pipefail; {cmd} > /dev/null"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert proc.returncode == 0, f"{cmd}: exit {proc.returncode}: {proc.stderr}"
        assert "Traceback" not in proc.stderr


def test_help_shows_examples_and_input_types(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["parse", "--help"]):
        assert _cli.main(argv) == 0
        out = capsys.readouterr().out
        assert "examples:" in out and "transcript parse" in out
        for kind in (".txt", ".vtt", ".srt", "UTF-16", "cp1252", "folder"):
            assert kind in out, (argv, kind)
