"""One measured workload in a fresh process; run by bench.py, one process per measurement.

    python benchmarks/_runner.py WORKLOAD LAYOUT INPUT WARMUP_INPUT
    python benchmarks/_runner.py probe

Each workload reads INPUT (UTF-8), turns it into speaker turns and writes JSON bytes to
/dev/null. Before that it runs once, untimed, on the small WARMUP_INPUT so that one-off lazy
set-up (grammar compilation, caches) is not charged to the per-MB cost; the parent's wall clock
still includes it. The last line on stderr is the result, ``BENCH_RESULT {json}``, with
``work_s`` (read -> JSON written), phases, the number of turns and the process's peak RSS.

There is exactly one measured call per process: a second call would find the heap already
grown and its pages already faulted in, which flatters small inputs against large ones.

Imports happen per workload, so a workload's process never loads another's libraries.
"""

from __future__ import annotations

import json
import resource
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

RESULT_PREFIX = "BENCH_RESULT "
REPO = Path(__file__).resolve().parent.parent
# Measure this checkout's package, whether or not (and however) it is installed.
sys.path.insert(0, str(REPO))


def _read(path: str) -> str:
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def _write(data: bytes | str) -> int:
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open("/dev/null", "wb") as fh:
        fh.write(data)
    return len(data)


def _count(result: Any) -> int | None:
    if isinstance(result, bytes):  # our JSON: each turn object opens with its index
        return result.count(b'{"index":')
    turns = getattr(result, "turns", result)
    try:
        return len(turns)
    except TypeError:
        return None


def _timed(
    path: str, parse: Callable[[str], Any], dump: Callable[[Any], bytes | str]
) -> dict[str, Any]:
    """Read, parse, dump, write, timing each phase; the shape every whole-text workload shares."""
    t0 = time.perf_counter()
    text = _read(path)
    t1 = time.perf_counter()
    parsed = parse(text)
    t2 = time.perf_counter()
    data = dump(parsed)
    t3 = time.perf_counter()
    size = _write(data)
    t4 = time.perf_counter()
    phases = {"read_s": t1 - t0, "parse_s": t2 - t1, "dump_s": t3 - t2, "write_s": t4 - t3}
    return {"work_s": t4 - t0, "phases": phases, "turns": _count(parsed), "out_bytes": size}


def _ours(layout: str, path: str) -> dict[str, Any]:
    import transcript

    # the main job: text in, JSON bytes out (the CLI's path: no model objects)
    to_json: Callable[[str], bytes] = transcript.to_json  # type: ignore[attr-defined,unused-ignore]
    return _timed(path, to_json, lambda data: data)


def _ours_models(layout: str, path: str) -> dict[str, Any]:
    import transcript

    # the library's objects: validated pydantic models, then their JSON
    return _timed(path, transcript.parse, transcript.dumps)


def _scanner(layout: str, path: str) -> dict[str, Any]:
    import orjson
    from scanner import SCANNERS

    return _timed(path, SCANNERS[layout], orjson.dumps)


def _peer(layout: str, path: str) -> dict[str, Any]:
    import orjson
    import turnchunk

    # turnchunk's documented entry point, format auto-detected; its Turn/Transcript are
    # dataclasses, which orjson serialises natively.
    return _timed(path, turnchunk.parse, orjson.dumps)


def _jsonable(obj: Any) -> Any:
    dump = getattr(obj, "model_dump", None)
    if dump is not None:
        return dump(mode="json")
    raise TypeError(f"cannot serialise {type(obj).__name__}")


def _streaming(layout: str, path: str) -> dict[str, Any]:
    import orjson

    import transcript

    # Optional API: the probe checked it exists before this workload is scheduled.
    iter_turns: Callable[[str], Iterable[Any]] = transcript.iter_turns  # type: ignore[attr-defined,unused-ignore]
    t0 = time.perf_counter()
    turns = 0
    size = 0
    with open("/dev/null", "wb") as out:
        for turn in iter_turns(path):
            line = orjson.dumps(turn, default=_jsonable, option=orjson.OPT_APPEND_NEWLINE)
            out.write(line)
            size += len(line)
            turns += 1
    return {"work_s": time.perf_counter() - t0, "phases": {}, "turns": turns, "out_bytes": size}


WORKLOADS: dict[str, Callable[[str, str], dict[str, Any]]] = {
    "ours": _ours,
    "ours-models": _ours_models,
    "scanner": _scanner,
    "peer": _peer,
    "streaming": _streaming,
}


def _version(dist: str) -> str | None:
    from importlib import metadata

    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def probe() -> dict[str, Any]:
    """What can be measured: is our parser importable, which entry points exist, is the peer."""
    info: dict[str, Any] = {"python": sys.version.split()[0]}
    try:
        import transcript
    except Exception as exc:
        info["transcript"] = {"importable": False, "error": f"{type(exc).__name__}: {exc}"}
    else:
        try:
            from transcript.cli.commands import compiled_modules

            compiled: list[str] | None = compiled_modules()
        except (ImportError, AttributeError):  # (a version of the package before it)
            compiled = None
        info["transcript"] = {
            "importable": True,
            "file": getattr(transcript, "__file__", None),
            "compiled": compiled,
            "version": getattr(transcript, "__version__", None) or _version("transcript"),
            **{
                name: callable(getattr(transcript, name, None))
                for name in ("parse", "dumps", "to_json", "iter_turns")
            },
        }
    try:
        import turnchunk
    except Exception as exc:
        info["turnchunk"] = {"importable": False, "error": f"{type(exc).__name__}: {exc}"}
    else:
        info["turnchunk"] = {"importable": True, "version": turnchunk.__version__}
    return info


def _peak_rss_mb() -> float:
    """This image's peak RSS. VmHWM starts afresh at exec; ru_maxrss keeps the forking parent's."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1_000_000
    except OSError:
        pass
    # Elsewhere fall back to ru_maxrss (KiB on Linux, bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1_000_000


def main(argv: list[str]) -> int:
    if argv == ["probe"]:
        print(json.dumps(probe()))
        return 0
    name, layout, path, warmup = argv
    started = time.perf_counter()
    try:
        run = WORKLOADS[name]
        run(layout, warmup)
        result = {"ok": True, **run(layout, path)}
    except Exception as exc:
        traceback.print_exc()
        result = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
    result["in_process_s"] = time.perf_counter() - started
    result["peak_rss_mb"] = _peak_rss_mb()
    sys.stderr.write(RESULT_PREFIX + json.dumps(result) + "\n")
    return 0 if result["ok"] else 3


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
