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

Needs valgrind. A 1 MB input takes about 20 s per checkout under callgrind.
"""

from __future__ import annotations

import argparse
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


def instructions(python: str, repo: Path, warm: Path, path: Path | None, stream: bool) -> int:
    """Instructions executed by one child process (callgrind's "Collected" count)."""
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(_CHILD)
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        python,
        fh.name,
        str(repo),
        str(warm),
        str(path or ""),
        "1" if stream else "0",
    ]
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, check=True, cwd=tempfile.gettempdir()
        )
    finally:
        Path(fh.name).unlink()
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
        base = instructions(args.python, args.repo, warm, None, args.stream)
        total = instructions(args.python, args.repo, warm, path, args.stream)
        what = "iter_turns" if args.stream else "to_json"
        print(f"{path.name}\t{what}\t{(total - base) / 1e6:.0f}M instructions\t{args.repo}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
