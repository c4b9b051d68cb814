"""Many inputs: worker processes, output files written atomically, failures listed at the end."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_BAD_INPUT = 0, 1

_PARSER: Any = None


def _parser(strict: bool, layout: str) -> Any:
    global _PARSER
    if _PARSER is None or _PARSER.layout != layout:
        from ._api import TranscriptParser

        _PARSER = TranscriptParser(layout=layout)
    return _PARSER


def convert(
    name: str, fmt: str, strict: bool, layout: str, indent: bool
) -> tuple[str, bytes | None, str | None]:
    """Parse one input and serialize it; returns (name, output bytes, error message)."""
    from ._errors import TranscriptError, file_error_message

    try:
        if name == "-":
            data = sys.stdin.buffer.read()
            source = None
        else:
            path = Path(name)
            if path.is_dir():
                return name, None, "is a directory"
            data = path.read_bytes()
            source = path.name
        parser = _parser(strict, layout)
        if fmt == "json":  # straight to JSON: the same bytes as dumps(parse_bytes(data))
            return (
                name,
                parser.to_json(data, source=source, strict=strict, indent=indent) + b"\n",
                None,
            )
        from ._export import to_csv, to_jsonl  # (these need the models: imported only now)

        t = parser.parse_bytes(data, source=source, strict=strict)
        if fmt == "jsonl":
            return name, to_jsonl(t), None
        if fmt == "csv":
            return name, to_csv(t), None
        raise AssertionError(f"unknown format {fmt!r}")  # pragma: no cover - argparse checks
    except OSError as exc:
        return name, None, file_error_message(exc)
    except TranscriptError as exc:
        return name, None, str(exc).splitlines()[0]
    except RecursionError:
        return name, None, "input too deeply nested"


def _stream_jsonl(name: str, layout: str, strict: bool) -> Iterator[bytes]:
    """JSON lines of one file, chunk by chunk (bounded memory): the rows of ``to_jsonl``."""
    from ._export import jsonl_lines, rows
    from ._stream import iter_chunk_docs

    for doc in iter_chunk_docs(name, strict=strict, layout=layout):
        yield jsonl_lines(rows(doc["source"]["name"], doc["speakers"], doc["turns"]))


def _stream_json(name: str, layout: str, strict: bool) -> Iterator[bytes]:
    """The JSON document of one file in pieces (``TranscriptParser.iter_json``)."""
    path = Path(name)
    parser = _parser(strict, layout)
    yield from parser.iter_json(path.read_bytes(), source=path.name, strict=strict)
    yield b"\n"


def run_stream(name: str, *, output: str | None, strict: bool, layout: str, fmt: str) -> int:
    """One input file to ``--format jsonl`` (chunk by chunk, bounded memory) or to compact
    JSON (turns serialized a chunk at a time): stream to stdout or to ``output``."""
    from ._errors import TranscriptError, file_error_message

    pieces = (
        _stream_jsonl(name, layout, strict)
        if fmt == "jsonl"
        else _stream_json(name, layout, strict)
    )
    try:
        if output is None:
            stdout = sys.stdout.buffer
            # JSON: the first piece comes once the whole input is parsed, so an error writes
            # nothing. JSON lines go out chunk by chunk: an error in a later chunk comes after
            # the lines of the chunks before it (a file given with -o is not written at all).
            for data in pieces:
                stdout.write(data)
            stdout.flush()
            return EXIT_OK
        from ._cli import atomic_write

        target = Path(output)
        if target.is_dir() or output.endswith(os.sep):
            target = target / _out_name(name, fmt)
        if target.exists() and target.resolve() == Path(name).resolve():
            sys.stderr.write(f"transcript: {name}: output {target} is an input; not written\n")
            return EXIT_BAD_INPUT
        atomic_write(target, pieces)
        return EXIT_OK
    except TranscriptError as exc:
        sys.stderr.write(f"transcript: {name}: {str(exc).splitlines()[0]}\n")
    except OSError as exc:
        sys.stderr.write(f"transcript: {name}: {file_error_message(exc)}\n")
    except RecursionError:
        sys.stderr.write(f"transcript: {name}: input too deeply nested\n")
    return EXIT_BAD_INPUT


def _star(args: tuple[str, str, bool, str, bool]) -> tuple[str, bytes | None, str | None]:
    return convert(*args)


def _results(
    inputs: list[str], fmt: str, strict: bool, layout: str, indent: bool, jobs: int
) -> Iterator[tuple[str, bytes | None, str | None]]:
    work = [(name, fmt, strict, layout, indent) for name in inputs]
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    if jobs == 1 or len(inputs) < 2 or "-" in inputs:
        for w in work:
            yield convert(*w)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if sys.platform.startswith("linux") else mp.get_context()
    with ctx.Pool(min(jobs, len(inputs))) as pool:
        # imap keeps input order; chunks amortise the inter-process cost on small files
        yield from pool.imap(_star, work, chunksize=max(1, min(16, len(inputs) // (jobs * 8) or 1)))


def _progress(total: int) -> Any:
    if total < 2 or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="file", file=sys.stderr)


def _out_name(name: str, fmt: str) -> str:
    ext = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv"}[fmt]
    return Path(name).stem + ext if name != "-" else "stdin" + ext


def run_batch(
    inputs: list[str],
    *,
    output: str | None,
    fmt: str,
    strict: bool,
    layout: str,
    indent: bool,
    jobs: int,
) -> int:
    """Convert every input; print to stdout or write files under ``output``."""
    from ._cli import atomic_write

    if (
        (fmt == "jsonl" or (fmt == "json" and not indent))
        and len(inputs) == 1
        and inputs[0] != "-"
        and Path(inputs[0]).is_file()
    ):
        return run_stream(inputs[0], output=output, strict=strict, layout=layout, fmt=fmt)
    failed: list[tuple[str, str]] = []
    out_dir: Path | None = None
    out_file: Path | None = None
    if output is not None:
        out = Path(output)
        if len(inputs) > 1 or out.is_dir() or output.endswith(os.sep):
            out_dir = out
            out_dir.mkdir(parents=True, exist_ok=True)
        else:
            out_file = out
    resolved_inputs = {str(Path(i).resolve()) for i in inputs if i != "-"}
    bar = _progress(len(inputs))
    stdout = sys.stdout.buffer
    first_csv = True
    try:
        for name, data, error in _results(inputs, fmt, strict, layout, indent, jobs):
            if bar is not None:
                bar.update(1)
            if error is not None or data is None:
                failed.append((name, error or "failed"))
                sys.stderr.write(f"transcript: {name}: {error}\n")
                continue
            target = out_file or (out_dir / _out_name(name, fmt) if out_dir is not None else None)
            if target is not None:
                if str(target.resolve()) in resolved_inputs:
                    failed.append((name, "refusing to overwrite an input file"))
                    sys.stderr.write(
                        f"transcript: {name}: output {target} is an input; not written\n"
                    )
                    continue
                atomic_write(target, data)
            else:
                if fmt == "csv" and not first_csv:
                    data = data.split(b"\n", 1)[1] if b"\n" in data else b""
                first_csv = False
                stdout.write(data)
    finally:
        if bar is not None:
            bar.close()
        stdout.flush()
    if failed:
        if len(inputs) > 1:
            sys.stderr.write(f"transcript: {len(failed)} of {len(inputs)} inputs failed:\n")
            for name, error in failed:
                sys.stderr.write(f"  {name}: {error}\n")
        return EXIT_BAD_INPUT
    return EXIT_OK
