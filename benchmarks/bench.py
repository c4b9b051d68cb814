"""Throughput, scaling and memory of ``transcript`` against a regex scanner and a PyPI peer.

    python benchmarks/bench.py [--sizes 1,10,50] [--rounds 3] [--json OUT.json] [--quick]

Every measurement is a whole, fresh process (see ``_runner.py``), timed by wall clock here and
by its own clock inside; peak RSS comes from ``/usr/bin/time`` (see ``run_process``). The machines
this runs on are noisy, so nothing is reported as an absolute verdict: throughput is shown next to
the scanner measured in the same round, workloads are interleaved round by round (in a rotating
order), and every figure is a median over rounds. See README.md for what each column means.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth import LAYOUTS, MB, Generated, generate  # noqa: E402

REPO = HERE.parent
RUNNER = HERE / "_runner.py"
RESULT_PREFIX = "BENCH_RESULT "
PYTHON = sys.executable
# The console script sits next to the interpreter in a venv (do not resolve the symlink).
CLI = Path(PYTHON).parent / "transcript"
TIME = Path("/usr/bin/time")
RSS_SOURCE = (
    "/usr/bin/time %M"
    if TIME.exists()
    else "the child's VmHWM; none for the CLI (no /usr/bin/time)"
)
WORKLOAD_ORDER = ("ours", "ours-models", "ours-cli", "scanner", "peer", "streaming")
BASELINE = "scanner"
PEER = "peer"
LINEAR_LIMIT = 1.2
PACKAGES = (
    "transcript",
    "turnchunk",
    "orjson",
    "lark",
    "pydantic",
    "pydantic-core",
    "charset-normalizer",
)
WARMUP_MB = 0.01
#: Runs shorter than this are repeated in fresh processes (at most MAX_PROCESSES in all).
SHORT_RUN_S = 0.25
MAX_PROCESSES = 5


# --------------------------------------------------------------------------- processes


@dataclass(frozen=True)
class Proc:
    """One finished child: wall time, peak RSS (if measurable), exit status, its stderr."""

    wall_s: float
    peak_rss_mb: float | None
    exit_code: int
    timed_out: bool
    stderr: str


def run_process(cmd: Sequence[str], timeout: float) -> Proc:
    """Run ``cmd`` (stdout to /dev/null) in its own process group and time it by wall clock.

    Peak RSS comes from ``/usr/bin/time``, which forks the command from its own small image.
    The kernel's rusage for a child spawned straight from this process is useless: a child's
    ``ru_maxrss`` keeps the high-water mark of the image it was forked from, i.e. this one.
    """
    timed_out = threading.Event()
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        err_path, rss_path = Path(tmp, "stderr"), Path(tmp, "rss")
        argv = [str(TIME), "-f", "%M", "-o", str(rss_path), *cmd] if TIME.exists() else list(cmd)
        with err_path.open("wb") as err:
            start = time.perf_counter()
            child = subprocess.Popen(
                argv,
                cwd=REPO,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
                process_group=0,
            )

            def kill() -> None:
                timed_out.set()
                os.killpg(child.pid, signal.SIGKILL)

            timer = threading.Timer(timeout, kill)
            timer.start()
            try:
                # A blocking wait: Popen.wait(timeout=...) polls, which would blur short runs.
                _, status = os.waitpid(child.pid, 0)
            finally:
                timer.cancel()
            wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        stderr = err_path.read_text("utf-8", "replace")
        rss_lines = rss_path.read_text().split() if rss_path.exists() else []
    # GNU time prints ru_maxrss in KiB, last, after any "Command exited with ..." line.
    rss = int(rss_lines[-1]) * 1024 / MB if rss_lines and rss_lines[-1].isdigit() else None
    return Proc(wall, rss, child.returncode, timed_out.is_set(), stderr)


def _result_line(stderr: str) -> dict[str, Any] | None:
    for line in reversed(stderr.splitlines()):
        if line.startswith(RESULT_PREFIX):
            result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
            return result
    return None


def _error_text(proc: Proc) -> str:
    if proc.timed_out:
        return "timed out"
    lines = [ln for ln in proc.stderr.strip().splitlines() if ln.strip()]
    return (lines[-1] if lines else f"exit code {proc.exit_code}")[:300]


# --------------------------------------------------------------------------- workloads


@dataclass(frozen=True)
class Workload:
    name: str
    kind: Literal["py", "cli"]
    available: bool
    note: str = ""

    @property
    def basis(self) -> Literal["work", "wall"]:
        """Time compared across workloads: in-process work, or whole-process wall for the CLI."""
        return "wall" if self.kind == "cli" else "work"

    def command(self, layout: str, path: Path, warmup: Path) -> list[str]:
        if self.kind == "cli":
            return [str(CLI), "parse", str(path)]
        return [PYTHON, str(RUNNER), self.name, layout, str(path), str(warmup)]


def compile_bytecode() -> str:
    """Write the ``.pyc`` files of every package the workloads import, as ``pip install``
    does, and say what was done.

    A wheel install compiles the bytecode; an editable install under
    ``PYTHONDONTWRITEBYTECODE=1`` (as on the development machines) never gets it, and each
    process would then compile our sources again (about 30 ms of start-up) while the peer,
    installed from a wheel, reads its bytecode. Stale files are no risk: Python checks each
    one against its source's modification time.
    """
    import compileall
    import importlib.util

    done = []
    for name in ("transcript", "turnchunk", "lark", "orjson", "pydantic"):
        spec = importlib.util.find_spec(name)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            compileall.compile_dir(folder, quiet=1)
            done.append(name)
    return "bytecode: compiled for " + ", ".join(done) + " before measuring (as pip install does)"


def probe() -> dict[str, Any]:
    """Ask a child (same interpreter and sys.path as the workloads) what can be measured."""
    out = subprocess.run(
        [PYTHON, str(RUNNER), "probe"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"probe failed:\n{out.stderr}")
    info: dict[str, Any] = json.loads(out.stdout)
    return info


def cli_version() -> str:
    """What the console script says it is: ``transcript --version`` names the compiled modules
    of the package it runs, which need not be the one the in-process rows import."""
    if not CLI.exists():
        return "-"
    try:
        out = subprocess.run(
            [str(CLI), "--version"], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"failed: {exc}"
    return out.stdout.strip() or f"failed: exit {out.returncode}"


def build_line(info: dict[str, Any], cli: str) -> str:
    """Which build each kind of row measures: pure Python or the compiled (mypyc) modules."""

    def name(compiled: str | None) -> str:  # (the compiled modules, comma-separated)
        if compiled is None:
            return "unknown build"
        return f"compiled: {compiled}" if compiled else "pure Python"

    ours = info["transcript"]
    inproc = None if ours.get("compiled") is None else ", ".join(ours["compiled"])
    line = f"build: in-process rows {name(inproc)} ({ours.get('file') or '-'})"
    if not cli.startswith("transcript "):  # (no console script, or it failed)
        return line + f"; CLI rows {cli} ({CLI})"
    cli_compiled = cli.partition("(compiled: ")[2].rstrip(")")
    line += f"; CLI rows {name(cli_compiled)} ({CLI})"
    if inproc is not None and cli_compiled != inproc:
        line += "\n  WARNING: the CLI rows measure another build than the in-process rows"
    return line


def workloads(info: dict[str, Any], wanted: Iterable[str]) -> list[Workload]:
    ours = info["transcript"]
    why_not_ours = (
        ""
        if ours.get("parse") and ours.get("dumps") and ours.get("to_json")
        else f"unavailable ({ours.get('error') or 'transcript.parse/dumps/to_json missing'})"
    )
    peer = info["turnchunk"]
    found: dict[str, Workload] = {
        "ours": Workload("ours", "py", not why_not_ours, why_not_ours),
        "ours-models": Workload("ours-models", "py", not why_not_ours, why_not_ours),
        "ours-cli": Workload(
            "ours-cli",
            "cli",
            not why_not_ours and CLI.exists(),
            why_not_ours or ("" if CLI.exists() else f"unavailable (no console script {CLI})"),
        ),
        "scanner": Workload("scanner", "py", True),
        "peer": Workload(
            "peer",
            "py",
            peer["importable"],
            "" if peer["importable"] else f"skipped (turnchunk not importable: {peer['error']})",
        ),
        "streaming": Workload(
            "streaming",
            "py",
            bool(ours.get("iter_turns")),
            "" if ours.get("iter_turns") else "skipped (transcript.iter_turns does not exist)",
        ),
    }
    return [found[name] for name in WORKLOAD_ORDER if name in wanted]


# --------------------------------------------------------------------------- measuring


@dataclass
class Run:
    workload: str
    layout: str
    target_mb: float
    input_mb: float
    round: int
    ok: bool
    wall_s: float
    peak_rss_mb: float | None
    work_s: float | None = None
    turns: int | None = None
    expected_turns: int | None = None
    phases: dict[str, float] = field(default_factory=dict)
    processes: int = 1
    error: str | None = None

    def cost(self, basis: Literal["work", "wall"]) -> float:
        return self.work_s if basis == "work" and self.work_s is not None else self.wall_s


def measure(w: Workload, g: Generated, warmup: Path, round_no: int, timeout: float) -> Run:
    """One cell of one round. A short run is repeated, each time in a fresh (cold) process, and
    the median process kept: a 1 MB file takes ~10 ms, where one scheduler hiccup would decide
    its per-MB comparison with the 50 MB file."""
    runs = [_measure_once(w, g, warmup, round_no, timeout)]
    if runs[0].ok:
        wanted = min(MAX_PROCESSES, math.ceil(SHORT_RUN_S / max(runs[0].cost(w.basis), 1e-3)))
        while len(runs) < wanted:
            runs.append(_measure_once(w, g, warmup, round_no, timeout))
            if not runs[-1].ok:
                return runs[-1]
    runs.sort(key=lambda r: r.cost(w.basis))
    median = runs[(len(runs) - 1) // 2]
    median.processes = len(runs)
    return median


def _measure_once(w: Workload, g: Generated, warmup: Path, round_no: int, timeout: float) -> Run:
    proc = run_process(w.command(g.layout, g.path, warmup), timeout)
    run = Run(
        w.name,
        g.layout,
        g.target_mb,
        g.mb,
        round_no,
        proc.exit_code == 0,
        proc.wall_s,
        proc.peak_rss_mb,
        expected_turns=g.turns,
    )
    result = _result_line(proc.stderr) if w.kind == "py" else None
    if result is not None:
        run.work_s = result.get("work_s")
        run.turns = result.get("turns")
        run.phases = result.get("phases", {})
        run.error = result.get("error")
        if run.peak_rss_mb is None:
            run.peak_rss_mb = result.get("peak_rss_mb")
    if not run.ok and run.error is None:
        run.error = _error_text(proc)
    return run


def measure_all(
    loads: list[Workload],
    inputs: list[Generated],
    warmups: dict[str, Path],
    rounds: int,
    timeout: float,
    log: Callable[[str], None],
) -> list[Run]:
    """Round-major, workloads interleaved in a rotating order; a failure retires larger sizes."""
    runs: list[Run] = []
    failed_at: dict[tuple[str, str], float] = {}
    active = [w for w in loads if w.available]
    for r in range(rounds):
        order = active[r % len(active) :] + active[: r % len(active)] if active else []
        for g in inputs:
            for w in order:
                if g.target_mb >= failed_at.get((w.name, g.layout), float("inf")):
                    continue
                run = measure(w, g, warmups[g.layout], r, timeout)
                runs.append(run)
                status = f"{run.cost(w.basis):7.3f}s" if run.ok else f"FAILED: {run.error}"
                log(
                    f"round {r + 1}/{rounds}  {g.layout:8} {g.target_mb:>5g} MB  "
                    f"{w.name:9} {status}"
                )
                if not run.ok:
                    failed_at[(w.name, g.layout)] = g.target_mb
    return runs


def warm_up(loads: list[Workload], warmups: dict[str, Path], timeout: float) -> None:
    """One untimed run of each workload, so bytecode caches and the page cache are warm."""
    for w in loads:
        if w.available:
            for layout, path in warmups.items():
                run_process(w.command(layout, path, path), timeout)


def measure_startup(example: Path, reps: int, ours_ok: bool, timeout: float) -> dict[str, Any]:
    """Wall time of ``transcript parse EXAMPLE`` and ``import transcript`` vs ``python -c pass``."""
    commands = {"python -c pass": [PYTHON, "-c", "pass"]}
    if ours_ok:
        commands["import transcript"] = [PYTHON, "-c", "import transcript"]
        if CLI.exists():
            commands["transcript parse"] = [str(CLI), "parse", str(example)]
    for cmd in commands.values():
        run_process(cmd, timeout)  # warm
    walls: dict[str, list[float]] = {name: [] for name in commands}
    rss: dict[str, list[float | None]] = {name: [] for name in commands}
    errors: dict[str, str] = {}
    for _ in range(reps):
        for name, cmd in commands.items():
            proc = run_process(cmd, timeout)
            if proc.exit_code != 0:
                errors[name] = _error_text(proc)
            walls[name].append(proc.wall_s)
            rss[name].append(proc.peak_rss_mb)
    base = walls["python -c pass"]
    return {
        "example": str(example),
        "reps": reps,
        "commands": {
            name: {
                "median_s": statistics.median(walls[name]),
                "x_python": statistics.median(
                    w / b for w, b in zip(walls[name], base, strict=True)
                ),
                "peak_rss_mb": _median_or_none([x for x in rss[name] if x is not None]),
                "error": errors.get(name),
            }
            for name in commands
        },
    }


# --------------------------------------------------------------------------- summarising


def _median_or_none(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _paired_ratio(runs: list[Run], base: list[Run], basis: Literal["work", "wall"]) -> float | None:
    """Median over rounds of (this workload's time / the baseline's time in the same round)."""
    by_round = {b.round: b for b in base if b.ok}
    ratios = [r.cost(basis) / by_round[r.round].cost(basis) for r in runs if r.round in by_round]
    return _median_or_none(ratios)


def summarise(
    loads: list[Workload], inputs: list[Generated], runs: list[Run]
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for g in inputs:
        cell = [r for r in runs if r.layout == g.layout and r.target_mb == g.target_mb]
        ok_by_name = {w.name: [r for r in cell if r.workload == w.name and r.ok] for w in loads}
        for w in loads:
            row: dict[str, Any] = {
                "layout": g.layout,
                "target_mb": g.target_mb,
                "input_mb": g.mb,
                "workload": w.name,
                "basis": w.basis,
                "expected_turns": g.turns,
            }
            ok = ok_by_name[w.name]
            failures = [r for r in cell if r.workload == w.name and not r.ok]
            if not w.available:
                row["status"] = w.note
            elif not ok:
                row["status"] = (
                    f"failed: {failures[0].error}"
                    if failures
                    else "not run (failed at a smaller size)"
                )
            else:
                work = _median_or_none([r.work_s for r in ok if r.work_s is not None])
                wall = statistics.median(r.wall_s for r in ok)
                rss = _median_or_none([r.peak_rss_mb for r in ok if r.peak_rss_mb is not None])
                row.update(
                    status="ok",
                    rounds=len(ok),
                    work_s=work,
                    wall_s=wall,
                    work_mb_s=g.mb / work if work else None,
                    proc_mb_s=g.mb / wall,
                    x_scanner=_paired_ratio(ok, ok_by_name.get(BASELINE, []), w.basis),
                    x_peer=_paired_ratio(ok, ok_by_name.get(PEER, []), w.basis),
                    peak_rss_mb=rss,
                    rss_per_input=rss / g.mb if rss is not None else None,
                    turns=ok[-1].turns,
                    phases={
                        k: statistics.median(r.phases[k] for r in ok if k in r.phases)
                        for k in ok[-1].phases
                    },
                )
            rows.append(row)
    return rows


def scaling(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per-MB work time at the largest size over the smallest, and marginal RSS per input MB."""
    out: list[dict[str, Any]] = []
    for layout, name in dict.fromkeys((r["layout"], r["workload"]) for r in rows):
        done = [r for r in rows if r["layout"] == layout and r["workload"] == name]
        done = [r for r in done if r["status"] == "ok" and r["basis"] == "work"]
        if len(done) < 2:
            continue
        small, large = min(done, key=_input_mb), max(done, key=_input_mb)
        per_mb = (large["work_s"] / large["input_mb"]) / (small["work_s"] / small["input_mb"])
        # The same, measured against the scanner in the same round at each size: cancels the
        # machine's drift between the two sizes, but also counts the scanner's own slope.
        x = (small["x_scanner"], large["x_scanner"])
        vs_scanner = x[1] / x[0] if None not in x and name != BASELINE else None
        rss = (small["peak_rss_mb"], large["peak_rss_mb"])
        extra_rss = (
            (rss[1] - rss[0]) / (large["input_mb"] - small["input_mb"]) if None not in rss else None
        )
        out.append({
            "layout": layout, "workload": name,
            "small_mb": small["target_mb"], "large_mb": large["target_mb"],
            "per_mb_cost_ratio": per_mb, "linear": per_mb <= LINEAR_LIMIT,
            "per_mb_cost_ratio_vs_scanner": vs_scanner,
            "extra_rss_mb_per_input_mb": extra_rss,
        })  # fmt: skip
    return out


def _input_mb(row: dict[str, Any]) -> float:
    return float(row["input_mb"])


# --------------------------------------------------------------------------- reporting


def _fmt(value: float | None, spec: str, suffix: str = "") -> str:
    return "-" if value is None else format(value, spec) + suffix


def render(report: dict[str, Any]) -> str:
    lines: list[str] = []
    m = report["machine"]
    lines.append(
        f"transcript benchmark  {m['platform']}  {m['cpu_count']} CPUs  "
        f"Python {m['python']}  load {m['loadavg_start']} -> {m['loadavg_end']}"
    )
    lines.append("versions: " + ", ".join(f"{k} {v or '-'}" for k, v in m["packages"].items()))
    lines.append(build_line(report["probe"], report["probe"].get("cli_version", "-")))
    cfg = report["config"]
    lines.append(
        f"sizes {cfg['sizes']} MB (1 MB = 10^6 bytes), {cfg['rounds']} round(s), "
        "medians; 'x scanner' / 'x peer' = this tool's time / theirs, same round "
        "(2.00 = twice as slow)"
    )

    st = report.get("startup")
    if st:
        lines += ["", f"startup (wall, median of {st['reps']}; example {st['example']})"]
        for name, c in st["commands"].items():
            err = f"  ERROR: {c['error']}" if c["error"] else ""
            lines.append(
                f"  {name:18} {c['median_s'] * 1000:8.1f} ms   x python -c pass "
                f"{c['x_python']:6.2f}   peak RSS {_fmt(c['peak_rss_mb'], '6.1f', ' MB')}{err}"
            )

    header = (
        f"  {'size':>6} {'tool':10} {'MB/s work':>10} {'MB/s proc':>10} {'x scanner':>10} "
        f"{'x peer':>8} {'RSS MB':>8} {'RSS/in':>7}  turns found/expected"
    )
    for layout in cfg["layouts"]:
        lines += ["", f"{layout}", header]
        for r in (r for r in report["results"] if r["layout"] == layout):
            size = f"{r['target_mb']:g} MB"
            if r["status"] != "ok":
                lines.append(f"  {size:>6} {r['workload']:10} {r['status'][:90]}")
                continue
            p = "p" if r["basis"] == "wall" else ""
            turns = f"{_fmt(r['turns'], 'd')}/{r['expected_turns']}"
            lines.append(
                f"  {size:>6} {r['workload']:10} {_fmt(r['work_mb_s'], '10.1f')} "
                f"{r['proc_mb_s']:10.1f} {_fmt(r['x_scanner'], '9.2f', p):>10} "
                f"{_fmt(r['x_peer'], '7.2f', p):>8} {_fmt(r['peak_rss_mb'], '8.1f'):>8} "
                f"{_fmt(r['rss_per_input'], '7.2f'):>7}  {turns}"
            )

    if report["scaling"]:
        lines += [
            "",
            "linear scaling: per-MB work time at the largest size / at the smallest "
            f"(<= {LINEAR_LIMIT} is linear); the same ratio taken of 'x scanner' (drift-free);",
            "extra peak RSS per extra input MB",
        ]
        for s in report["scaling"]:
            verdict = "ok" if s["linear"] else "SUPERLINEAR"
            lines.append(
                f"  {s['layout']:8} {s['workload']:10} {s['large_mb']:g} MB / "
                f"{s['small_mb']:g} MB = {s['per_mb_cost_ratio']:5.2f}  {verdict:11}  "
                f"vs scanner {_fmt(s['per_mb_cost_ratio_vs_scanner'], '5.2f'):>5}  "
                f"{_fmt(s['extra_rss_mb_per_input_mb'], '+.2f', ' MB')} RSS per input MB"
            )
    lines += [
        "",
        "MB/s work: read + parse + JSON written, inside the process (after one untimed warm-up "
        "call on a 10 KB file).",
        "MB/s proc: the whole process by wall clock (interpreter start, imports, warm-up "
        "included).",
        "'p' suffix: the CLI has no inner clock, so its ratios compare whole-process wall times.",
        f"RSS: the child's peak resident set ({report['rss_source']}); "
        "RSS/in = peak RSS MB / input MB.",
    ]
    notes = report.get("notes") or []
    lines += [f"note: {n}" for n in notes]
    return "\n".join(lines)


def _meminfo_total_mb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) * 1024 / MB
    except OSError:
        pass
    return None


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def machine_info() -> dict[str, Any]:
    def version(dist: str) -> str | None:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None

    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu_model": _cpu_model(),
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "mem_total_mb": _meminfo_total_mb(),
        "python": platform.python_version(),
        "python_executable": PYTHON,
        "packages": {name: version(name) for name in PACKAGES},
        "loadavg_start": _loadavg(),
    }


def _loadavg() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# --------------------------------------------------------------------------- main


def _sizes(text: str) -> list[float]:
    try:
        sizes = sorted({float(s) for s in text.split(",") if s.strip()})
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"sizes must be numbers, e.g. 1,10,50: {exc}") from exc
    if not sizes or sizes[0] <= 0:
        raise argparse.ArgumentTypeError("sizes must be positive")
    return sizes


def _names(allowed: Sequence[str]) -> Callable[[str], list[str]]:
    def parse(text: str) -> list[str]:
        names = [s.strip() for s in text.split(",") if s.strip()]
        unknown = set(names) - set(allowed)
        if unknown:
            raise argparse.ArgumentTypeError(f"unknown {sorted(unknown)}; choose from {allowed}")
        return names

    return parse


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--sizes", type=_sizes, help="input sizes in MB (default 1,10,50)")
    ap.add_argument("--rounds", type=int, help="interleaved rounds (default 3)")
    ap.add_argument("--json", type=Path, metavar="OUT.json", help="save everything as JSON")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="sizes 1,5 and one round (explicit --sizes/--rounds still win)",
    )
    ap.add_argument("--layouts", type=_names(LAYOUTS), default=list(LAYOUTS))
    ap.add_argument("--workloads", type=_names(WORKLOAD_ORDER), default=list(WORKLOAD_ORDER))
    ap.add_argument("--timeout", type=float, help="seconds per process (default 300, quick 60)")
    ap.add_argument("--cache-dir", type=Path, default=HERE / ".cache")
    ap.add_argument("--seed", type=int, default=20250603)
    args = ap.parse_args(argv)
    sizes: list[float] = args.sizes or ([1.0, 5.0] if args.quick else [1.0, 10.0, 50.0])
    rounds: int = args.rounds or (1 if args.quick else 3)
    timeout: float = args.timeout or (60.0 if args.quick else 300.0)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    started = time.time()
    machine = machine_info()
    info = probe()
    info["cli_version"] = cli_version()
    loads = workloads(info, args.workloads)
    notes = [f"{w.name}: {w.note}" for w in loads if not w.available]
    if rounds == 1:
        notes.append(
            "one round: no median across rounds, so machine drift goes straight into the "
            "numbers; treat scaling verdicts as indicative and use --rounds 3 or more to decide"
        )

    notes.append(compile_bytecode())
    log("generating inputs ...")
    inputs = [
        generate(layout, mb, args.cache_dir, args.seed) for layout in args.layouts for mb in sizes
    ]
    warmups = {
        layout: generate(layout, WARMUP_MB, args.cache_dir, args.seed).path
        for layout in args.layouts
    }

    examples = sorted((REPO / "examples").glob("*.txt"))
    if examples:
        example = examples[0]
    else:
        example = generate("euronews", WARMUP_MB, args.cache_dir, args.seed).path
        notes.append(f"startup: no examples/*.txt yet; used the generated {example.name}")
    ours_ok = next((w.available for w in loads if w.name == "ours"), False)
    log("measuring startup ...")
    startup = measure_startup(example, max(5, 3 * rounds), ours_ok, timeout)

    log("warming up ...")
    warm_up(loads, warmups, timeout)
    runs = measure_all(loads, inputs, warmups, rounds, timeout, log)
    machine["loadavg_end"] = _loadavg()

    results = summarise(loads, inputs, runs)
    report: dict[str, Any] = {
        "schema": 1,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
        "elapsed_s": time.time() - started,
        "machine": machine,
        "probe": info,
        "config": {
            "sizes": sizes,
            "rounds": rounds,
            "layouts": args.layouts,
            "workloads": args.workloads,
            "timeout_s": timeout,
            "seed": args.seed,
        },
        "inputs": [{**asdict(g), "path": str(g.path), "mb": g.mb} for g in inputs],
        "startup": startup,
        "results": results,
        "scaling": scaling(results),
        "runs": [asdict(r) for r in runs],
        "notes": notes,
        "rss_source": RSS_SOURCE,
    }
    print(render(report))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n")
        log(f"wrote {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
