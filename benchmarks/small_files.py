"""Throughput on many small files (an archive), against the scanner and the peer.

    python benchmarks/small_files.py [--files 100] [--kb 50] [--rounds 5]

``bench.py`` measures one big file per process, where one-off costs per file vanish into the
size. An archive is the other case: hundreds of thousands of files of tens of KB, where a
fixed cost per file (decoding checks, the speaker roster's scans of the text) weighs as much
as the parse. Here, per layout, ``--files`` seeded synthetic transcripts of about ``--kb`` KB
are read into memory once; then, in this one process and in interleaved rounds, each tool
converts all of them to JSON bytes: ours (``TranscriptParser.to_json`` on the bytes, as the
batch CLI does), the regex scanner with orjson, and turnchunk (one-line layout only). The
medians give MB/s and the same-round ratios. Whole-process and worker costs are measured
by ``batch.py``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's package, as _runner.py does
sys.path.insert(0, str(HERE))

import orjson  # noqa: E402
from scanner import SCANNERS  # noqa: E402
from synth import LAYOUTS, generate  # noqa: E402


def _tools(layout: str, datas: list[bytes], texts: list[str]) -> dict[str, Callable[[], None]]:
    """The conversions to time: each turns every file of the layout into JSON bytes."""
    from transcript import TranscriptParser

    parser = TranscriptParser()
    scan = SCANNERS[layout]

    def ours() -> None:
        for d in datas:
            parser.to_json(d)

    def scanner() -> None:
        for t in texts:
            orjson.dumps(scan(t))

    tools = {"ours": ours, "scanner": scanner}
    if layout == "oneline":  # (turnchunk reads only this layout)
        try:
            import turnchunk
        except ImportError:
            return tools

        def peer() -> None:
            for t in texts:
                orjson.dumps(turnchunk.parse(t))

        tools["peer"] = peer
    return tools


def _measure(layout: str, files: int, kb: float, rounds: int) -> None:
    odd = 1 if layout == "euronews" else 0
    # (the seeds batch.py uses for this layout: the files are cached once for both)
    made = [
        generate(layout, kb / 1000, HERE / ".cache", seed=20250603 + 2 * i + odd)
        for i in range(files)
    ]
    datas = [g.path.read_bytes() for g in made]
    texts = [d.decode("utf-8") for d in datas]
    mb = sum(map(len, datas)) / 1e6
    tools = _tools(layout, datas, texts)
    for run in tools.values():
        run()  # warm-up: one-off set-up (grammar, caches) is not a per-file cost
    times: dict[str, list[float]] = {name: [] for name in tools}
    names = list(tools)
    for r in range(rounds):
        for name in names[r % len(names) :] + names[: r % len(names)]:  # rotating order
            t0 = time.perf_counter()
            tools[name]()
            times[name].append(time.perf_counter() - t0)

    def ratio(name: str, base: str) -> float:  # the median of the same-round ratios
        return statistics.median(a / b for a, b in zip(times[name], times[base], strict=True))

    for name, ts in times.items():
        t = statistics.median(ts)
        vs_peer = f"{ratio(name, 'peer'):7.2f}" if "peer" in times else f"{'-':>7s}"
        print(
            f"{layout:10s} {name:8s} {mb / t:7.1f} {t / files * 1000:8.2f} "
            f"{ratio(name, 'scanner'):10.2f} {vs_peer}"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--files", type=int, default=100)
    ap.add_argument("--kb", type=float, default=50.0)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    print(f"{args.files} files of about {args.kb:g} KB per layout, {args.rounds} rounds, medians")
    print(
        f"{'layout':10s} {'tool':8s} {'MB/s':>7s} {'ms/file':>8s} {'x scanner':>10s} {'x peer':>7s}"
    )
    for layout in LAYOUTS:
        _measure(layout, args.files, args.kb, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
