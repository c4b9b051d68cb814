"""The grammar ships in the wheel: build it, install it in a fresh venv outside the
checkout, and parse the example from there (slow: builds and installs)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_finds_its_grammar(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheels = list(dist.glob("transcript-*.whl"))
    assert len(wheels) == 1
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "-q", str(wheels[0])], check=True, capture_output=True
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    clean_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    where = subprocess.run(
        [str(py), "-c", "import transcript.reading.grammar as g; print(g.grammar_dir())"],
        cwd=work,
        check=True,
        capture_output=True,
        text=True,
        env=clean_env,
    )
    grammar = Path(where.stdout.strip())
    assert grammar.is_relative_to(env_dir), (
        f"grammar read from {grammar}, not from the installed wheel"
    )
    out = subprocess.run(
        [
            str(env_dir / "bin" / "transcript"),
            "parse",
            str(ROOT / "examples" / "euronews_blinken.txt"),
        ],
        cwd=work,
        check=True,
        capture_output=True,
        env=clean_env,
    )
    got = json.loads(out.stdout)
    want = json.loads((ROOT / "examples" / "euronews_blinken.json").read_bytes())
    assert got == want
