"""Files per second of the batch on a local Dask cluster against ``--jobs N`` on the same files.

    python benchmarks/dask_batch.py [--files 2000] [--kb 50] [--workers 2] [--rounds 3]

The folder of ``batch.py`` (seeded synthetic transcripts, both layouts in turn) is converted
in alternating rounds by ``transcript parse DIR -o OUT --jobs N`` (a whole process) and by
``transcript.dask.to_json_files(DIR, OUT)`` on a ``distributed.LocalCluster`` of ``--workers``
processes of one thread, started once before the rounds, as a cluster is (its workers have
built their parser on a warm-up of 20 files). Both outputs are checked: every file written,
the same bytes. It prints both rates per round, the medians, and the median of the
same-round ratios; then, once, ``transcript parse DIR -o OUT --dask local`` as a whole
process, cluster start-up included.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's package, as _runner.py does
sys.path.insert(0, str(HERE))

from batch import make_inputs  # noqa: E402
from bench import CLI, run_process  # noqa: E402


def _same_tree(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    return names == sorted(p.name for p in b.iterdir()) and all(
        (a / n).read_bytes() == (b / n).read_bytes() for n in names
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--kb", type=float, default=50.0)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=900.0)
    args = ap.parse_args(argv)

    from distributed import Client, LocalCluster

    from transcript.dask import to_json_files

    with tempfile.TemporaryDirectory(prefix="dask-batch-") as tmp:
        inputs = Path(tmp, "in")
        total = make_inputs(inputs, args.files, args.kb)
        print(
            f"{args.files} files, {total / 1e6:.1f} MB in all; {os.cpu_count()} CPUs "
            f"({platform.processor() or platform.machine()}), Python {platform.python_version()}, "
            f"load average {os.getloadavg()[0]:.2f}"
        )
        warm = Path(tmp, "warm")
        warm.mkdir()
        for p in sorted(inputs.iterdir())[:20]:
            shutil.copyfile(p, warm / p.name)
        cluster = LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        client = Client(cluster)
        try:
            to_json_files(warm, Path(tmp, "warm-out"))
            rates: dict[str, list[float]] = {"cli": [], "dask": []}
            ratios = []
            for r in range(args.rounds):
                times = {}
                for kind in ("cli", "dask") if r % 2 == 0 else ("dask", "cli"):
                    out = Path(tmp, f"out-{kind}")
                    shutil.rmtree(out, ignore_errors=True)
                    if kind == "cli":
                        cmd = [str(CLI), "parse", str(inputs), "-o", str(out)]
                        proc = run_process([*cmd, "--jobs", str(args.workers)], args.timeout)
                        ok, wall = proc.exit_code == 0, proc.wall_s
                    else:
                        t0 = time.perf_counter()
                        results = to_json_files(inputs, out)
                        wall = time.perf_counter() - t0
                        ok = all(res.error is None for res in results)
                    written = len(list(out.iterdir())) if out.exists() else 0
                    if not ok or written != args.files:
                        print(f"{kind} failed: {written} files written")
                        return 1
                    times[kind] = wall
                    rates[kind].append(args.files / wall)
                if not _same_tree(Path(tmp, "out-cli"), Path(tmp, "out-dask")):
                    print("the outputs differ")
                    return 1
                ratios.append(times["dask"] / times["cli"])
                print(
                    f"round {r + 1}  --jobs {args.workers}: {args.files / times['cli']:6.0f} files/s"
                    f"   dask, {args.workers} workers: {args.files / times['dask']:6.0f} files/s"
                    f"   time ratio {ratios[-1]:.2f}"
                )
        finally:
            client.close()
            cluster.close()
        cli, dsk = statistics.median(rates["cli"]), statistics.median(rates["dask"])
        print(
            f"median --jobs {args.workers}: {cli:.0f} files/s; dask on {args.workers} workers: "
            f"{dsk:.0f} files/s; dask's time / --jobs's time, same round: "
            f"{statistics.median(ratios):.2f}x (outputs identical)"
        )
        out = Path(tmp, "out-local")
        cmd = [str(CLI), "parse", str(inputs), "-o", str(out), "--dask", "local"]
        proc = run_process([*cmd, "--jobs", str(args.workers)], args.timeout)
        print(
            f"transcript parse --dask local --jobs {args.workers} (cluster start-up included): "
            f"{proc.wall_s:.1f} s, {args.files / proc.wall_s:.0f} files/s, exit {proc.exit_code}; "
            f"load average {os.getloadavg()[0]:.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
