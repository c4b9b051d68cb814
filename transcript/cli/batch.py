"""Many inputs: worker processes, output files written atomically, failures listed at the end.

Nothing is silent: a file read with no turns, or with no speaker labels, or in a guessed
encoding, gets a warning line on stderr (``--strict``: an error, and no output); a batch
ends with a summary line; the exit code is 1 if any input failed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from .outputs import Input, output_path, plan_outputs, relative_name

EXIT_OK, EXIT_BAD_INPUT = 0, 1

_PARSER: Any = None


def _parser(strict: bool, layout: str) -> Any:
    global _PARSER
    if _PARSER is None or _PARSER.layout != layout:
        from .._api import TranscriptParser

        _PARSER = TranscriptParser(layout=layout)
    return _PARSER


class Result(NamedTuple):
    """What converting one input gave: its output bytes or an error, its warnings."""

    name: str
    data: bytes | None
    error: str | None
    warnings: list[str]
    turns: int


def convert(
    name: str, fmt: str, strict: bool, layout: str, indent: bool
) -> tuple[str, bytes | None, str | None]:
    """Parse one input and serialize it; returns (name, output bytes, error message)."""
    r = convert_checked(name, None, fmt, strict, layout, indent)
    return r.name, r.data, r.error


def convert_checked(
    name: str, source: str | None, fmt: str, strict: bool, layout: str, indent: bool
) -> Result:
    """Parse one input (``source``: its name in the output; default its file name) and
    serialize it, with the warnings a user must see; ``strict``: a warning is an error."""
    from .._errors import TranscriptError, file_error_message

    try:
        if name == "-":
            data = sys.stdin.buffer.read()
            source = None
        else:
            path = Path(name)
            if path.is_dir():
                return Result(name, None, "is a directory", [], 0)
            data = path.read_bytes()
            source = path.name if source is None else source
        parser = _parser(strict, layout)
        if fmt == "json":  # straight to JSON: the same bytes as dumps(parse_bytes(data))
            out = parser.to_json(data, source=source, strict=strict, indent=indent) + b"\n"
            turns, speakers, diagnostics = json_stats(out)
        else:
            from ..writing.export import to_csv, to_jsonl  # (these need the models: imported now)

            t = parser.parse_bytes(data, source=source, strict=strict)
            out = to_jsonl(t) if fmt == "jsonl" else to_csv(t)
            turns, speakers = len(t.turns), len(t.speakers)
            diagnostics = [{"code": d.code, "message": d.message} for d in t.diagnostics]
        warnings = warnings_of(turns, speakers, diagnostics)
        if strict and warnings:
            return Result(name, None, f"{warnings[0]} (--strict)", [], turns)
        return Result(name, out, None, warnings, turns)
    except OSError as exc:
        return Result(name, None, file_error_message(exc), [], 0)
    except TranscriptError as exc:
        return Result(name, None, str(exc).splitlines()[0], [], 0)
    except RecursionError:
        return Result(name, None, "input too deeply nested", [], 0)


def warnings_of(turns: int, speakers: int, diagnostics: list[dict[str, Any]]) -> list[str]:
    """What a user must hear about a document: no turns, no speaker recognised (the layout
    read with low confidence), an encoding guessed with low confidence."""
    out = []
    for d in diagnostics:
        if d["code"] == "no-turns":
            out.append(f"{d['message']}: the layout was not recognised")
        elif d["code"] == "encoding-uncertain":
            out.append(d["message"])
    if turns and not speakers:
        out.append(
            f"no speaker label recognised ({turns} unlabelled turns): the layout was read"
            " with low confidence"
        )
    return out


def json_stats(data: bytes) -> tuple[int, int, list[dict[str, Any]]]:
    """(turns, speakers, diagnostics) of a document's JSON (compact or indented), without
    reading it all: a raw ``"key":`` cannot occur inside a JSON string (its quotes are
    escaped there), and diagnostics are the document's last key."""
    import orjson

    turns_at = data.find(b'"turns":')
    head = data[:turns_at]
    speakers = head.count(b'"labels":')  # (every speaker has labels; nothing else does)
    cut = data.rfind(b'"diagnostics":')
    tail = data[cut + len(b'"diagnostics":') :].rstrip().removesuffix(b"}")
    diagnostics: list[dict[str, Any]] = orjson.loads(tail)
    return data.count(b'"index":'), speakers, diagnostics


class _Watch:
    """Stats of a document streamed in pieces (see :func:`json_stats`), as they pass."""

    def __init__(self) -> None:
        self.turns = 0
        self.speakers = 0
        self.diagnostics: list[dict[str, Any]] = []

    def json(self, pieces: Iterator[bytes]) -> Iterator[bytes]:
        first = True
        last = b""
        for piece in pieces:
            if first:
                self.speakers = piece.count(b'"labels":')
                first = False
            self.turns += piece.count(b'"index":')
            if piece.strip():
                last = piece
            yield piece
        cut = last.rfind(b'"diagnostics":')
        if cut >= 0:
            tail = last[cut + len(b'"diagnostics":') :].rstrip().removesuffix(b"}")
            import orjson

            self.diagnostics = orjson.loads(tail)

    def warnings(self) -> list[str]:
        return warnings_of(self.turns, self.speakers, self.diagnostics)


def _stream_jsonl(
    name: str, source: str, layout: str, strict: bool, watch: _Watch
) -> Iterator[bytes]:
    """JSON lines of one file, chunk by chunk (bounded memory): the rows of ``to_jsonl``."""
    from .._stream import iter_chunk_docs
    from ..writing.export import jsonl_lines, rows

    seen: set[str] = set()
    empty: list[dict[str, Any]] = []
    for doc in iter_chunk_docs(name, strict=strict, layout=layout):
        watch.turns += len(doc["turns"])
        seen.update(s["id"] for s in doc["speakers"])
        empty = empty or [d for d in doc["diagnostics"] if d["code"] == "no-turns"]
        yield jsonl_lines(rows(source, doc["speakers"], doc["turns"]))
    watch.diagnostics = [] if watch.turns else empty
    watch.speakers = len(seen)


def _stream_json(name: str, source: str, layout: str, strict: bool) -> Iterator[bytes]:
    """The JSON document of one file in pieces (``TranscriptParser.iter_json``)."""
    path = Path(name)
    parser = _parser(strict, layout)
    yield from parser.iter_json(path.read_bytes(), source=source, strict=strict)
    yield b"\n"


class _StrictWarning(Exception):
    pass


def _checked(pieces: Iterator[bytes], watch: _Watch, strict: bool) -> Iterator[bytes]:
    """The pieces, then (``strict``) an error if the document has a warning: raised before
    the last piece is taken, so a file written with ``-o`` is not written at all."""
    yield from pieces
    if strict and watch.warnings():
        raise _StrictWarning(f"{watch.warnings()[0]} (--strict)")


def run_stream(
    name: str,
    *,
    output: str | None,
    strict: bool,
    layout: str,
    fmt: str,
    root: str | None = None,
) -> int:
    """One input file to ``--format jsonl`` (chunk by chunk, bounded memory) or to compact
    JSON (turns serialized a chunk at a time): stream to stdout or to ``output``."""
    from .._errors import TranscriptError, file_error_message

    root = name if root is None else root
    source = relative_name(name, root)
    watch = _Watch()
    raw = (
        _stream_jsonl(name, source, layout, strict, watch)
        if fmt == "jsonl"
        else watch.json(_stream_json(name, source, layout, strict))
    )
    pieces = _checked(raw, watch, strict)
    try:
        if output is None:
            stdout = sys.stdout.buffer
            # JSON: the first piece comes once the whole input is parsed, so an error writes
            # nothing. JSON lines go out chunk by chunk: an error in a later chunk comes after
            # the lines of the chunks before it (a file given with -o is not written at all).
            for data in pieces:
                stdout.write(data)
            stdout.flush()
        else:
            from .outputs import atomic_write

            target = Path(output)
            if target.is_dir() or output.endswith(os.sep):
                target = output_path(name, root, target, fmt)
            if target.exists() and target.resolve() == Path(name).resolve():
                sys.stderr.write(f"transcript: {name}: output {target} is an input; not written\n")
                return EXIT_BAD_INPUT
            atomic_write(target, pieces)
    except BrokenPipeError:
        raise  # (the reader went away: main ends quietly)
    except _StrictWarning as exc:
        sys.stderr.write(f"transcript: {name}: {exc}\n")
        return EXIT_BAD_INPUT
    except TranscriptError as exc:
        sys.stderr.write(f"transcript: {name}: {str(exc).splitlines()[0]}\n")
        return EXIT_BAD_INPUT
    except OSError as exc:
        sys.stderr.write(f"transcript: {name}: {file_error_message(exc)}\n")
        return EXIT_BAD_INPUT
    except RecursionError:
        sys.stderr.write(f"transcript: {name}: input too deeply nested\n")
        return EXIT_BAD_INPUT
    for w in watch.warnings():
        sys.stderr.write(f"transcript: {name}: warning: {w}\n")
    return EXIT_OK


def _star(args: tuple[str, str | None, str, bool, str, bool]) -> Result:
    return convert_checked(*args)


def _results(
    inputs: Sequence[Input], fmt: str, strict: bool, layout: str, indent: bool, jobs: int
) -> Iterator[Result]:
    work = [(i.path, relative_name(i.path, i.root), fmt, strict, layout, indent) for i in inputs]
    if jobs <= 0:
        jobs = os.cpu_count() or 1
    if jobs == 1 or len(inputs) < 2 or any(i.path == "-" for i in inputs):
        for w in work:
            yield convert_checked(*w)
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


def run_batch(
    inputs: Sequence[str | Input],
    *,
    output: str | None,
    fmt: str,
    strict: bool,
    layout: str,
    indent: bool,
    jobs: int,
) -> int:
    """Convert every input; print to stdout or write files under ``output``.

    With an output folder, every output path is planned first (:func:`plan_outputs`): if
    two inputs would write one file, or an output would overwrite an input, nothing is
    written and the exit code is 1."""
    from .outputs import atomic_write

    items = [i if isinstance(i, Input) else Input(i, i) for i in inputs]
    if (
        (fmt == "jsonl" or (fmt == "json" and not indent))
        and len(items) == 1
        and items[0].path != "-"
        and Path(items[0].path).is_file()
    ):
        one = items[0]
        return run_stream(
            one.path, output=output, strict=strict, layout=layout, fmt=fmt, root=one.root
        )
    failed: list[tuple[str, str]] = []
    out_file: Path | None = None
    targets: dict[str, Path] = {}
    if output is not None:
        out = Path(output)
        if len(items) > 1 or out.is_dir() or output.endswith(os.sep):
            targets, collisions = plan_outputs(items, out, fmt)
            if collisions:
                for c in collisions:
                    sys.stderr.write(f"transcript: {c.target}: {c.reason}: {', '.join(c.names)}\n")
                sys.stderr.write(
                    f"transcript: {len(collisions)} output collision(s): nothing written"
                    " (give each input its own folder or file name)\n"
                )
                return EXIT_BAD_INPUT
        else:
            out_file = out
    resolved_inputs = {str(Path(i.path).resolve()) for i in items if i.path != "-"}
    bar = _progress(len(items))
    stdout = sys.stdout.buffer
    first_csv = True
    warned = 0
    turns = 0
    try:
        for r in _results(items, fmt, strict, layout, indent, jobs):
            if bar is not None:
                bar.update(1)
            if r.error is not None or r.data is None:
                failed.append((r.name, r.error or "failed"))
                sys.stderr.write(f"transcript: {r.name}: {r.error}\n")
                continue
            turns += r.turns
            if r.warnings:
                warned += 1
            for w in r.warnings:
                sys.stderr.write(f"transcript: {r.name}: warning: {w}\n")
            target = out_file or targets.get(r.name)
            if target is not None:
                if str(target.resolve()) in resolved_inputs:
                    failed.append((r.name, "refusing to overwrite an input file"))
                    sys.stderr.write(
                        f"transcript: {r.name}: output {target} is an input; not written\n"
                    )
                    continue
                atomic_write(target, r.data)
            else:
                data = r.data
                if fmt == "csv" and not first_csv:
                    data = data.split(b"\n", 1)[1] if b"\n" in data else b""
                first_csv = False
                stdout.write(data)
    finally:
        if bar is not None:
            bar.close()
        stdout.flush()
    summarize(len(items), failed, turns, warned)
    return EXIT_BAD_INPUT if failed else EXIT_OK


def summarize(n: int, failed: Sequence[tuple[str, str | None]], turns: int, warned: int) -> None:
    """A batch's closing lines on stderr (for more than one input): what failed and why,
    and the count of files read, turns, files with warnings and failures."""
    if n <= 1:
        return
    if failed:
        sys.stderr.write(f"transcript: {len(failed)} of {n} inputs failed:\n")
        for name, error in failed:
            sys.stderr.write(f"  {name}: {error}\n")
    sys.stderr.write(
        f"transcript: {n} files: {n - len(failed)} read, {turns} turns,"
        f" {warned} with warnings, {len(failed)} failed\n"
    )
