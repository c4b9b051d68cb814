"""The compiled code of the package's patterns, kept in the cache folder between processes
(:mod:`transcript._regex`): a pattern built from it is the pattern ``re.compile`` builds,
a process that finds it compiles nothing, and a cache that is off, shared or damaged is
not used."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import gc
import importlib
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

import transcript
from transcript import _regex

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "euronews_blinken.txt"

# A process that parses the example and reports how many patterns it compiled anew, and
# whether its output is the output without a cache.
_RUN = """
import sys, transcript, transcript._regex as R
out = transcript.to_json(open(sys.argv[1], encoding="utf-8").read())
print(len(R._NEW), R._FILE[0].name if R._FILE else "-", len(out))
"""


def _run(cache: str) -> list[str]:
    env = {**os.environ, "TRANSCRIPT_CACHE_DIR": cache}
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(EXAMPLE)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _package_patterns() -> list[_regex.LazyPattern]:
    for info in pkgutil.walk_packages(transcript.__path__, prefix="transcript."):
        if info.name != "transcript.__main__":
            importlib.import_module(info.name)
    return [o for o in gc.get_objects() if isinstance(o, _regex.LazyPattern)]


def test_every_pattern_from_its_code_is_the_compiled_pattern() -> None:
    # (patterns compare equal when their flags, text and compiled code are equal)
    patterns = _package_patterns()
    assert len(patterns) > 100
    for lazy in patterns:
        parts = _regex._compiled_code(lazy.pattern, lazy._flags)
        built = _sre.compile(lazy.pattern, *parts)
        assert built == re.compile(lazy.pattern, lazy._flags)


def test_a_second_process_compiles_nothing(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = _run(str(cache))
    assert int(first[0]) > 20  # (the example needs some eighty patterns)
    assert [p.name for p in cache.iterdir() if p.suffix == ".marshal"] == [first[1]]
    second = _run(str(cache))
    assert second[0] == "0" and second[2] == first[2]
    assert _run("")[2] == first[2]  # (and without a cache, the same output)


def test_no_cache_when_it_is_off_or_others_may_write(tmp_path: Path) -> None:
    assert _run("")[:2] == [_run("")[0], "-"]
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    assert _run(str(shared))[1] == "-"
    assert list(shared.iterdir()) == []


@pytest.mark.parametrize("junk", [b"", b"not marshal", b"\xe9\x00\x00\x00\x00"])
def test_a_damaged_cache_is_written_anew(tmp_path: Path, junk: bytes) -> None:
    cache = tmp_path / "cache"
    name = _run(str(cache))[1]
    (cache / name).write_bytes(junk)
    again = _run(str(cache))
    assert int(again[0]) > 20  # (compiled again) ...
    assert _run(str(cache))[0] == "0"  # ... and kept
