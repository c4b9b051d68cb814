"""Speed-up of ``transcript parse DIR -o OUT --jobs N`` over ``--jobs 1``.

    python benchmarks/batch.py [--files 200] [--kb 50] [--jobs 2] [--rounds 3]

A folder of synthetic transcripts (``--files`` of about ``--kb`` KB each, both layouts in
turn, seeded: the same files every run) is converted as a whole process, once with one
worker and once with ``--jobs`` workers, alternately for ``--rounds`` rounds. It prints both
wall times per round, the medians, and their ratio: the speed-up on this machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import CLI, run_process  # noqa: E402
from synth import generate  # noqa: E402


def make_inputs(folder: Path, files: int, kb: float) -> int:
    """``files`` transcripts of about ``kb`` KB each, alternating the two layouts."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(files):
        layout = ("oneline", "euronews")[i % 2]
        g = generate(layout, kb / 1000, HERE / ".cache", seed=20250603 + i)
        target = folder / f"{i:04d}-{layout}.txt"
        shutil.copyfile(g.path, target)
        total += g.bytes
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--files", type=int, default=200)
    ap.add_argument("--kb", type=float, default=50.0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=900.0)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="batch-") as tmp:
        inputs = Path(tmp, "in")
        total = make_inputs(inputs, args.files, args.kb)
        print(f"{args.files} files, {total / 1e6:.1f} MB in all; {os.cpu_count()} CPUs")
        times: dict[int, list[float]] = {1: [], args.jobs: []}
        for r in range(args.rounds):
            order = (1, args.jobs) if r % 2 == 0 else (args.jobs, 1)
            for jobs in order:
                out = Path(tmp, f"out-{jobs}")
                shutil.rmtree(out, ignore_errors=True)
                cmd = [str(CLI), "parse", str(inputs), "-o", str(out), "--jobs", str(jobs)]
                proc = run_process(cmd, args.timeout)
                written = len(list(out.glob("*.json"))) if out.exists() else 0
                if proc.exit_code != 0 or written != args.files:
                    print(f"--jobs {jobs} failed: exit {proc.exit_code}, {written} files written")
                    return 1
                times[jobs].append(proc.wall_s)
                print(f"round {r + 1}  --jobs {jobs}  {proc.wall_s:.2f} s")
        one, many = statistics.median(times[1]), statistics.median(times[args.jobs])
        print(
            f"median --jobs 1: {one:.2f} s, --jobs {args.jobs}: {many:.2f} s, speed-up {one / many:.2f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
