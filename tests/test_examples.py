"""The scripts of ``examples/`` run as their docstrings say (they are what users copy)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_library_call_prints_speakers_and_first_exchange() -> None:
    proc = run(str(EXAMPLES / "library_call.py"))
    assert proc.returncode == 0, proc.stderr
    assert "Efi Koutsokosta" in proc.stdout
    assert "Antony Blinken" in proc.stdout
    assert "Traceback" not in proc.stderr


def test_batch_folder_converts_every_file(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes((EXAMPLES / "euronews_blinken.txt").read_bytes())
    (src / "b.txt").write_text("Q: Ready?\nA: Yes.\n", encoding="utf-8")
    (src / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")  # reported and skipped
    out = tmp_path / "out"
    proc = run(str(EXAMPLES / "batch_folder.py"), str(src), str(out))
    assert proc.returncode == 1  # one file failed
    assert sorted(p.name for p in out.iterdir()) == ["a.json", "b.json"]
    assert "c.txt" in proc.stderr + proc.stdout
    assert "Traceback" not in proc.stderr


def test_csv_to_pandas_runs_on_the_bundled_example() -> None:
    pytest.importorskip("pandas")
    proc = run(str(EXAMPLES / "csv_to_pandas.py"))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
