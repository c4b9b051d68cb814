"""Is parsing linear in the input's size on pathological shapes? Each shape of
tests/test_bad_input.py parsed at N/4 and at N, interleaved (so that a busy spell of the
machine slows both alike), best of 5: the ratio must stay under 6 (4 is linear).

    python benchmarks/linearity.py        # exit 1 if a shape is not linear

(A time ratio in the unit tests failed on a busy machine where nothing was wrong: it is
measured here, by hand or in a quiet CI job.)
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_bad_input import SHAPES

import transcript

LIMIT = 6.0


def best(text: str) -> float:
    gc.collect()
    t0 = time.perf_counter()
    transcript.parse(text)
    return time.perf_counter() - t0


def main() -> int:
    transcript.parse("Q: warm up?")
    bad = 0
    for shape, (build, n) in SHAPES.items():
        small, large = build(n // 4), build(n)
        t_small = t_large = float("inf")
        for _ in range(5):
            t_small = min(t_small, best(small))
            t_large = min(t_large, best(large))
        ratio = t_large / max(t_small, 0.002)  # (a floor: timer noise on tiny times)
        ok = ratio < LIMIT
        bad += not ok
        print(
            f"{shape:28s} N/4 {t_small:8.4f} s  N {t_large:8.4f} s  x{ratio:4.1f}  {'ok' if ok else 'NOT LINEAR'}"
        )
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
