"""Instructions a checkout executes to read a file: a measure the machine's noise leaves alone.

    python benchmarks/instructions.py [--repo PATH] [--python PY] [--stream] FILE [FILE ...]

Wall-clock ratios on a shared 2-core VM move by 5-20% from one run to the next, more than the
differences a change makes. valgrind's callgrind counts the instructions a process executes,
which is the same from run to run, so two checkouts (or a change and its parent) compare
exactly, file by file. Each figure is: a process that warms up on the 10 KB input of the
file's layout and then reads FILE (``transcript.to_json``, or ``iter_turns`` with
``--stream``), less the same process without FILE: the reading alone, start-up and warm-up
left out. It counts work, not time: cache misses and memory stalls are not in it, so the
timed benchmark (bench.py) stays the measure of record.

The compiled patterns' cache is one of the checkout's own (``TRANSCRIPT_CACHE_DIR`` under the
temporary folder, named by the checkout's path), filled by an unmeasured run of the same
read first: with the shared default cache, a pattern another checkout's run had replaced was
compiled inside the measured read (about a million instructions each), and one checkout's
count moved by 4% from run to run.

Needs valgrind. A 1 MB input takes about 20 s per checkout under callgrind.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import LAYOUTS, generate  # noqa: E402

#: The child: import the checkout, warm up the same way, then read the file (or not, for the
#: baseline).
_CHILD = """
import sys
repo, warm, path, stream = sys.argv[1:5]
sys.path.insert(0, repo)
import transcript


def read(p):
    if stream == "1":
        for _ in transcript.iter_turns(p):
            pass
    else:
        transcript.to_json(open(p, encoding="utf-8").read())


read(warm)
if path:
    read(path)
"""


def _pattern_cache(repo: Path) -> str:
    """The checkout's own folder for its compiled patterns."""
    digest = hashlib.sha1(str(repo.resolve()).encode()).hexdigest()[:12]
    return str(Path(tempfile.gettempdir()) / f"transcript-instructions-{digest}")


def instructions(
    python: str, repo: Path, warm: Path, path: Path | None, stream: bool, measure: bool = True
) -> int:
    """Instructions executed by one child process (callgrind's "Collected" count); with
    ``measure`` false, the child runs without valgrind (to fill the pattern cache) and 0."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(_CHILD)
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    cmd = [
        *(valgrind if measure else []),
        python,
        fh.name,
        str(repo),
        str(warm),
        str(path or ""),
        "1" if stream else "0",
    ]
    try:
        proc = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            check=True,
            cwd=tempfile.gettempdir(),
            env={**os.environ, "TRANSCRIPT_CACHE_DIR": _pattern_cache(repo)},
        )
    finally:
        Path(fh.name).unlink()
    if not measure:
        return 0
    m = re.search(r"Collected : (\d+)", proc.stderr)
    if m is None:
        raise SystemExit(f"no instruction count from valgrind:\n{proc.stderr[-2000:]}")
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--repo", type=Path, default=HERE.parent, help="the checkout to measure")
    ap.add_argument("--python", default=sys.executable, help="the interpreter (its venv)")
    ap.add_argument("--stream", action="store_true", help="iter_turns instead of to_json")
    ap.add_argument("--cache-dir", type=Path, default=Path(tempfile.gettempdir()) / "synth")
    args = ap.parse_args()
    for path in args.files:
        layout = next((name for name in LAYOUTS if path.name.startswith(name)), "euronews")
        warm = generate(layout, 0.01, args.cache_dir).path
        instructions(args.python, args.repo, warm, path, args.stream, measure=False)
        base = instructions(args.python, args.repo, warm, None, args.stream)
        total = instructions(args.python, args.repo, warm, path, args.stream)
        what = "iter_turns" if args.stream else "to_json"
        print(f"{path.name}\t{what}\t{(total - base) / 1e6:.0f}M instructions\t{args.repo}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
