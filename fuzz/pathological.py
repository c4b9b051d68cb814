"""Pathological inputs at full size: time, peak memory and result of each.

    python fuzz/pathological.py            # full sizes (a few minutes)
    python fuzz/pathological.py --scale 0.1

Prints a table: input class, size, seconds (parse only), peak MB (maximum resident set size of
the process: interpreter, input text and parse), result.
Each input is parsed in a fresh subprocess so one input's memory does not skew the next.
tests/test_bad_input.py checks the same shapes at small sizes, as time ratios (N vs N/4).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable

# name -> (builder of the input at size n, full-size n, unit)
SHAPES: dict[str, tuple[Callable[[int], str], int, str]] = {
    "empty": (lambda n: "", 0, "chars"),
    "whitespace only": (lambda n: " \t\n" * (n // 3), 1_000_000, "chars"),
    "one 20 MB line, no newline": (lambda n: ("word " * (n // 5 + 1))[:n], 20_000_000, "chars"),
    "a million blank lines": (lambda n: "\n" * n, 1_000_000, "lines"),
    "label lines, no speech": (lambda n: "Ann Lee:\n" * n, 200_000, "lines"),
    "nested parentheses": (
        lambda n: "Ann Lee: " + "(" * n + "x" + ")" * n + "\n",
        200_000,
        "levels",
    ),
    "unbalanced quote marks": (
        lambda n: "Ann Lee: " + '"' * n + "\nBo Ray: ok\n",
        200_000,
        "quotes",
    ),
    "brackets, one line": (lambda n: "[" * n + "Ann:" + "]" * n, 200_000, "levels"),
    "alternating labels": (
        lambda n: "".join(f"Speaker {i % 9}: yes.\n" for i in range(n)),
        200_000,
        "lines",
    ),
    "long label-like line": (lambda n: "Ann Lee" + " -" * (n // 2) + "\n", 1_000_000, "chars"),
    "many quotes, one line": (lambda n: 'Ann Lee" ' + '" x' * (n // 3) + "\n", 1_000_000, "chars"),
    "many timestamps": (
        lambda n: "".join(f"[00:{i % 60:02d}:{i % 60:02d}] A: x\n" for i in range(n)),
        200_000,
        "lines",
    ),
}

_CHILD = r"""
import json, resource, sys, time
import transcript
from fuzz.pathological import SHAPES
name, n = sys.argv[1], int(sys.argv[2])
transcript.parse("Q: warm up?")  # build the parser before the clock starts
text = SHAPES[name][0](n)
t0 = time.perf_counter()
try:
    t = transcript.parse(text)
    result = f"ok: {len(t.turns)} turns, {len(t.blocks)} blocks, {len(t.diagnostics)} diagnostics"
    if t.diagnostics:
        result += f" ({t.diagnostics[0].code})"
except transcript.TranscriptError as exc:
    result = f"{type(exc).__name__}: {str(exc).splitlines()[0][:60]}"
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # KB on Linux
print(json.dumps({"chars": len(text), "seconds": seconds, "peak_mb": peak, "result": result}))
"""


def run(name: str, n: int, timeout: float) -> dict[str, object]:
    import os
    from pathlib import Path

    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""))
    try:
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, name, str(n)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            cwd=root,
        )
    except subprocess.TimeoutExpired:
        return {"chars": -1, "seconds": timeout, "peak_mb": float("nan"), "result": "TIMEOUT"}
    if out.returncode != 0:
        last = (out.stderr.strip().splitlines() or ["?"])[-1]
        return {
            "chars": -1,
            "seconds": float("nan"),
            "peak_mb": float("nan"),
            "result": f"CRASH {last}",
        }
    data: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return data


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size (default 1)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per input")
    ap.add_argument("--only", help="run the shapes whose name contains this")
    args = ap.parse_args(argv)
    rows = []
    print(f"{'input class':32} {'size':>18} {'chars':>11} {'seconds':>8} {'peak MB':>8}  result")
    for name, (_build, full, unit) in SHAPES.items():
        if args.only and args.only not in name:
            continue
        n = int(full * args.scale)
        r = run(name, n, args.timeout)
        rows.append((name, r))
        print(
            f"{name:32} {n:>12,} {unit:5} {r['chars']:>11,} {r['seconds']:>8.2f} {r['peak_mb']:>8.1f}  "
            f"{r['result']}",
            flush=True,
        )
    bad = [name for name, r in rows if str(r["result"]).startswith(("TIMEOUT", "CRASH"))]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
