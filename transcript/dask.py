"""The batch on a Dask cluster: the same conversion as ``transcript parse DIR -o OUT``, run
by the workers of a cluster of one machine or of many (``pip install "transcript[dask]"``).

>>> from transcript.dask import read_transcripts, to_json_files, turns_dataframe
>>> bag = read_transcripts("archive/**/*.txt")            # doctest: +SKIP
>>> to_json_files("archive/", "out/")                     # doctest: +SKIP
>>> turns_dataframe("archive/").groupby("name").size()    # doctest: +SKIP

The inputs are listed (and their sizes read) where this module is called; the workers read
the files themselves, so they must see them under the same paths: a shared file system, or
object storage through fsspec URLs (``s3://bucket/briefings/*.txt``). The task graph holds
paths, never file contents. Partitions are runs of consecutive inputs of about the same
total size, so results come back in input order; a file over :data:`BIG_FILE` bytes is a
partition of its own. Each worker process keeps one parser (built on its first file).

The conversion, the output names, the atomic writes and the table rows are the local
batch's own (``transcript.cli.batch``, ``transcript.cli.commands``, ``transcript.writing.export``): a file
written here is byte for byte the file ``transcript parse`` writes.
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

try:
    import dask.bag
    import dask.dataframe
    from dask.base import compute
    from dask.delayed import Delayed, delayed
except ImportError as _exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        'transcript.dask needs the dask extra: pip install "transcript[dask]"'
    ) from _exc

from ._errors import TranscriptError, file_error_message
from .cli import batch as _batch
from .cli import commands as _cli
from .cli import outputs as _outputs
from .writing import export as _export

if TYPE_CHECKING:
    import pandas

__all__ = ["BIG_FILE", "FileResult", "read_transcripts", "to_json_files", "turns_dataframe"]

BIG_FILE = 64 * 1024 * 1024
"""Inputs larger than this (bytes) are partitions of their own, written piece by piece."""

# A file costs an open, a stat, a write and a rename whatever its size: counting that keeps
# thousands of empty files from landing in one partition.
_PER_FILE = 4096
# Threads that write a partition's outputs while the next input is parsed: their fsyncs
# wait on the disk together (one journal commit for several) and release the GIL.
_WRITERS = 4

_log = logging.getLogger(__name__)

Inputs = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]
"""A file, a folder, a glob or an fsspec URL, or a list of them."""


class FileResult(NamedTuple):
    """What became of one input: ``output`` holds the result, or ``error`` says why not."""

    path: str
    """The input, as listed (a path or an fsspec URL)."""
    output: Any
    """JSON bytes, a :class:`transcript.Transcript` (``models=True``) or, from
    :func:`to_json_files`, the path of the file written; ``None`` when it failed."""
    error: str | None
    """The CLI's message for a failed input ("no such file", "binary data ..."), else None."""
    warnings: tuple[str, ...] = ()
    """What the CLI warns of for this input ("no speaker label recognised ...")."""
    turns: int = 0
    """How many turns it has (0 for a big input written piece by piece)."""


# ----------------------------------------------------------------- the local batch's parts
# Everything this module takes from the local batch passes through the functions below.


def _output_name(path: str, root: str | None, fmt: str) -> str:
    """The name of ``path``'s output under the output folder, as the CLI names it.

    ``root`` is the folder the input was found under (None for a file given by name)."""
    return str(_outputs.output_path(path, root if root is not None else path, "", fmt))


def _source(path: str, root: str | None) -> str:
    """The input's name in its output (``source``), as the CLI gives it."""
    return _outputs.relative_name(path, root if root is not None else path)


def _convert(
    path: str, source: str, fmt: str, strict: bool, layout: str, indent: bool
) -> FileResult:
    """One input to its output bytes, exactly as the CLI converts it."""
    with _local_copy(path) as (local, fetch_error):
        if fetch_error is not None:
            return FileResult(path, None, fetch_error)
        r = _batch.convert_checked(local, source, fmt, strict, layout, indent)
    return FileResult(path, r.data, r.error, tuple(r.warnings), r.turns)


def _write(target: str, data: Any) -> None:
    """Atomically, as the CLI writes (``data``: bytes, or an iterable of pieces)."""
    _outputs.atomic_write(Path(target), data)


# ----------------------------------------------------------------------- inputs and plans


def _is_url(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def _fs_path(path: str) -> str:
    return path.removeprefix("file://")


@contextmanager
def _local_copy(path: str) -> Iterator[tuple[str, str | None]]:
    """(a local path with the input's contents, or a reason it could not be fetched).

    A local path is itself. A URL is copied into a temporary folder under its own file
    name, so the source name in the output is the one the CLI would write."""
    if not _is_url(path):
        yield _fs_path(path), None
        return
    import fsspec

    with tempfile.TemporaryDirectory(prefix="transcript-") as tmp:
        local = os.path.join(tmp, path.rstrip("/").rsplit("/", 1)[-1] or "input")
        try:
            fs, fs_path = fsspec.core.url_to_fs(path)
            fs.get_file(fs_path, local)
        except FileNotFoundError:
            yield local, "no such file"
            return
        except OSError as exc:
            yield local, file_error_message(exc)
            return
        except Exception as exc:  # (a store's own errors: credentials, network)
            yield local, f"cannot fetch ({type(exc).__name__}: {exc})"
            return
        yield local, None


def _list_inputs(paths_or_glob: Inputs) -> list[tuple[str, str | None, int]]:
    """(input, the folder it was found under or None, its size) for every input, in the
    order the CLI lists them; sizes are 0 where they cannot be read."""
    if isinstance(paths_or_glob, (str, os.PathLike)):
        paths_or_glob = [paths_or_glob]
    items = [os.fspath(item) for item in paths_or_glob]
    found: list[tuple[str, str | None, int]] = []
    for item in items:
        if item == "-":
            raise TranscriptError("a Dask batch cannot read stdin ('-')")
        if _is_url(item):
            found.extend(_list_url(item))
            continue
        local = _fs_path(item)
        for path, root in _outputs.expand([local]):
            try:
                size = os.stat(path).st_size
            except OSError:
                size = 0  # (the worker reports why)
            found.append((path, root, size))
    return found


def _list_url(url: str) -> list[tuple[str, str | None, int]]:
    import fsspec

    fs, fs_path = fsspec.core.url_to_fs(url)
    protocol = url.split("://", 1)[0]
    if any(c in fs_path for c in "*?["):
        infos = fs.glob(fs_path, detail=True)
        root = None
    elif fs.isdir(fs_path):
        infos = fs.find(fs_path, detail=True)
        root = url
    else:
        try:
            size = int(fs.size(fs_path) or 0)
        except OSError:
            size = 0  # (the worker reports why)
        return [(url, None, size)]
    out = []
    for name in sorted(infos):
        info = infos[name]
        if info.get("type") != "file":
            continue
        if root is not None and not name.lower().endswith(
            _outputs.TEXT_SUFFIXES + _outputs.READER_SUFFIXES
        ):
            continue
        out.append((f"{protocol}://{name.lstrip('/')}", root, int(info.get("size") or 0)))
    return out


def _plan(sizes: Sequence[int], target: int, big: int = BIG_FILE) -> list[range]:
    """Runs of consecutive inputs (indexes) of about ``target`` bytes each; an input over
    ``big`` bytes is a run of its own. Consecutive runs keep the results in input order."""
    runs: list[range] = []
    start, total = 0, 0
    for i, size in enumerate(sizes):
        if size > big:
            if i > start:
                runs.append(range(start, i))
            runs.append(range(i, i + 1))
            start, total = i + 1, 0
            continue
        total += size + _PER_FILE
        if total >= target:
            runs.append(range(start, i + 1))
            start, total = i + 1, 0
    if start < len(sizes):
        runs.append(range(start, len(sizes)))
    return runs


def _threads(client: Any = None) -> int:
    """Threads of ``client``'s cluster, or of the cluster this session talks to (the
    machine's cores without one)."""
    try:
        if client is None:
            from distributed import default_client

            client = default_client()
        return max(1, sum(client.nthreads().values()))
    except (ImportError, ValueError):
        return os.cpu_count() or 1


def _target_bytes(total: int, partition_bytes: int | None, client: Any = None) -> int:
    if partition_bytes is not None:
        if partition_bytes < 1:
            raise TranscriptError(f"partition_bytes must be at least 1, not {partition_bytes}")
        return partition_bytes
    # About eight partitions per thread: small enough that a slow or lost worker holds
    # back little, big enough that the scheduler's cost per task (milliseconds) vanishes.
    return min(max(total // (8 * _threads(client)), 1 << 20), BIG_FILE)


def _partitions(
    paths_or_glob: Inputs, partition_bytes: int | None, client: Any = None
) -> tuple[list[tuple[str, str | None, int]], list[range]]:
    inputs = _list_inputs(paths_or_glob)
    sizes = [size for _, _, size in inputs]
    return inputs, _plan(sizes, _target_bytes(sum(sizes), partition_bytes, client))


# ---------------------------------------------------------------------------- the tasks


def _read_partition(
    paths: list[tuple[str, str]], strict: bool, layout: str, models: bool
) -> list[FileResult]:
    out = []
    for path, source in paths:
        result = _convert(path, source, "json", strict, layout, False)
        if models and result.output is not None:
            from .writing.serialize import loads

            # (the parse's own document, validated: equal to parse_bytes' Transcript)
            result = result._replace(output=loads(result.output))
        out.append(result)
    return out


def _error_message(exc: BaseException) -> str:
    # (the messages convert gives for the same exceptions)
    if isinstance(exc, OSError):
        return file_error_message(exc)
    if isinstance(exc, RecursionError):
        return "input too deeply nested"
    return str(exc).splitlines()[0]


def _written(path: str, target: str, data: Any, read: FileResult | None = None) -> FileResult:
    try:
        _write(target, data)
    except (OSError, TranscriptError, RecursionError) as exc:
        return FileResult(path, None, _error_message(exc))
    if read is not None:  # (what reading it said, kept)
        return FileResult(path, target, None, read.warnings, read.turns)
    return FileResult(path, target, None)


def _write_partition(
    jobs: list[tuple[str, str, str]],
    fmt: str,
    strict: bool,
    layout: str,
    indent: bool,
    stream: bool,
) -> list[FileResult]:
    """Convert and write (input, target) pairs; returns once every output is on disk."""
    if stream:  # one big input: its JSON written a chunk of turns at a time
        [(path, source, target)] = jobs
        with _local_copy(path) as (local, fetch_error):
            if fetch_error is not None:
                return [FileResult(path, None, fetch_error)]
            pieces = _batch._stream_json(local, source, layout, strict)
            return [_written(path, target, pieces)]
    slots: list[FileResult | Future[FileResult]] = []
    with ThreadPoolExecutor(_WRITERS, thread_name_prefix="transcript-write") as pool:
        for path, source, target in jobs:
            result = _convert(path, source, fmt, strict, layout, indent)
            if result.error is not None:
                slots.append(result)
            else:
                slots.append(pool.submit(_written, path, target, result.output, result))
        return [s if isinstance(s, FileResult) else s.result() for s in slots]


def _write_tasks(
    paths_or_glob: Inputs,
    out_dir: str | os.PathLike[str],
    *,
    fmt: str,
    strict: bool,
    layout: str,
    indent: bool,
    partition_bytes: int | None,
    client: Any = None,
) -> tuple[list[str], dict[int, FileResult], list[tuple[list[int], Delayed]]]:
    """(every input, the inputs refused before any work, (indexes, task) per partition)."""
    out = os.fspath(out_dir)
    if _is_url(out):
        raise TranscriptError(
            f"{out}: outputs are written to a folder the workers share, not to a URL"
        )
    out = _fs_path(out)
    inputs, runs = _partitions(paths_or_glob, partition_bytes, client)
    names = [path for path, _, _ in inputs]
    targets = [os.path.join(out, _output_name(p, root, fmt)) for p, root, _ in inputs]
    # What the local batch refuses, refused here before anything runs: an output that
    # would replace an input; and, since partitions run at the same time, an output that
    # two inputs would write (the later one is written, as in the local batch).
    local_inputs = {str(Path(p).resolve()) for p in names if not _is_url(p)}
    last = {t: i for i, t in enumerate(targets)}
    refused: dict[int, FileResult] = {}
    for i, target in enumerate(targets):
        if str(Path(target).resolve()) in local_inputs:
            refused[i] = FileResult(names[i], None, "refusing to overwrite an input file")
        elif last[target] != i:
            refused[i] = FileResult(
                names[i], None, f"{names[last[target]]} has the same output; not written"
            )
    streamed = fmt == "json" and not indent
    tasks = []
    for run in runs:
        todo = [i for i in run if i not in refused]
        if not todo:
            continue
        stream = streamed and len(run) == 1 and inputs[run[0]][2] > BIG_FILE
        jobs = [(names[i], _source(names[i], inputs[i][1]), targets[i]) for i in todo]
        task = delayed(_write_partition, pure=False)(jobs, fmt, strict, layout, indent, stream)
        tasks.append((todo, task))
    return names, refused, tasks


def _turns_partition(paths: list[tuple[str, str]], strict: bool, layout: str) -> pandas.DataFrame:
    import orjson

    rows: list[dict[str, Any]] = []
    for path, source in paths:
        result = _convert(path, source, "json", strict, layout, False)
        if result.error is not None:
            _log.warning("transcript: %s: %s (no rows)", path, result.error)
            continue
        doc = orjson.loads(result.output)
        rows.extend(_export.rows(doc["source"]["name"], doc["speakers"], doc["turns"]))
    return _frame(rows)


_DTYPES = {
    name: "int64" if name in ("index", "start_line", "end_line") else "float64"
    for name in _export.CSV_COLUMNS
    if name in ("index", "start_line", "end_line", "start", "end")
}


def _frame(rows: list[dict[str, Any]]) -> pandas.DataFrame:
    """The CSV table's columns, with the same types in every partition (numbers as numbers,
    a missing value as NA)."""
    import pandas as pd

    cells = [_export.csv_cells(r) for r in rows]
    frame = pd.DataFrame.from_records(cells, columns=list(_export.CSV_COLUMNS))
    types = {c: _DTYPES.get(c, "string") for c in _export.CSV_COLUMNS}
    return frame.astype(types)


# ------------------------------------------------------------------------------ the API


def read_transcripts(
    paths_or_glob: Inputs,
    *,
    layout: str = "auto",
    strict: bool = False,
    models: bool = False,
    partition_bytes: int | None = None,
) -> dask.bag.Bag:
    """A bag of :class:`FileResult`, one per input, in input order.

    ``paths_or_glob``: a file, a folder (walked for transcript files as the CLI walks
    it), a glob, or a list of them; paths or fsspec URLs. Each result's ``output`` is the
    JSON the CLI writes for that input (with its final newline), or its
    :class:`transcript.Transcript` with ``models=True``. A bad input (missing, binary,
    unreadable, not a transcript) gives a result with ``error`` set, never an exception
    that stops the job. Nothing runs until the bag is computed.
    """
    inputs, runs = _partitions(paths_or_glob, partition_bytes)
    parts = [
        delayed(_read_partition, pure=True)(
            [(inputs[i][0], _source(inputs[i][0], inputs[i][1])) for i in run],
            strict,
            layout,
            models,
        )
        for run in runs
    ]
    if not parts:
        return dask.bag.from_sequence([], npartitions=1)
    return dask.bag.from_delayed(parts)


def to_json_files(
    paths_or_glob: Inputs,
    out_dir: str | os.PathLike[str],
    *,
    fmt: str = "json",
    layout: str = "auto",
    strict: bool = False,
    indent: bool = False,
    partition_bytes: int | None = None,
) -> list[FileResult]:
    """Convert every input on the cluster; the workers write the outputs into ``out_dir``.

    The outputs are those of ``transcript parse INPUTS -o OUT_DIR`` (``fmt``: "json",
    "jsonl" or "csv"), with the same names and bytes, each written atomically (a worker
    that dies leaves no half-written file; its partition is run again). A partition
    returns once its outputs are synced to disk. Returns one :class:`FileResult` per
    input, in input order, whose ``output`` is the path written.
    """
    if fmt not in ("json", "jsonl", "csv"):
        raise TranscriptError(f"unknown format {fmt!r}; choose one of json, jsonl, csv")
    names, refused, tasks = _write_tasks(
        paths_or_glob,
        out_dir,
        fmt=fmt,
        strict=strict,
        layout=layout,
        indent=indent,
        partition_bytes=partition_bytes,
    )
    results: list[FileResult | None] = [refused.get(i) for i in range(len(names))]
    done = compute(*[task for _, task in tasks])
    for (indexes, _), part in zip(tasks, done, strict=True):
        for i, result in zip(indexes, part, strict=True):
            results[i] = result
    return [r for r in results if r is not None]


def turns_dataframe(
    paths_or_glob: Inputs,
    *,
    layout: str = "auto",
    strict: bool = False,
    partition_bytes: int | None = None,
) -> dask.dataframe.DataFrame:
    """One row per turn of every input, with the columns of ``--format csv`` (source,
    index, speaker, name, title, role, kind, start_line, end_line, start, end, text).

    Numbers are numbers and a missing value is NA (the CSV writes an empty cell). An input
    that fails gives no rows; the worker logs it (logger ``transcript.dask``), and
    :func:`read_transcripts` lists the failures with their reasons.
    """
    inputs, runs = _partitions(paths_or_glob, partition_bytes)
    parts = [[(inputs[i][0], _source(inputs[i][0], inputs[i][1])) for i in run] for run in runs]
    parts = parts or [[]]
    return dask.dataframe.from_map(
        _turns_partition,
        parts,
        args=[strict, layout],
        meta=_frame([]),
        label="transcript-turns",
        enforce_metadata=False,
    )


# -------------------------------------------------------------------------- the command


def run_cli(
    items: Sequence[str],
    *,
    output: str | None,
    scheduler: str | None,
    workers: int,
    fmt: str,
    strict: bool,
    layout: str,
    indent: bool,
) -> int:
    """``transcript parse ... -o OUT --scheduler ADDRESS`` (or ``--dask local``): the local
    batch's output, progress bar, messages and exit code, the work done by a cluster."""
    from distributed import Client, LocalCluster

    if output is None:
        _cli.err("a Dask batch writes files: give an output folder with -o")
        return _cli.EXIT_USAGE
    if "-" in items:
        _cli.err("a Dask batch cannot read stdin ('-')")
        return _cli.EXIT_USAGE
    cluster: Any = None
    try:
        if scheduler is None:
            # (the workers' own log lines off: a worker whose heartbeat meets the scheduler
            # already closed at the end prints a traceback to the user's terminal; the
            # batch's failures reach the client and are reported below)
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.CRITICAL,
            )
            client = Client(cluster, set_as_default=False)
        else:
            client = Client(scheduler, timeout="30s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        _cli.err(f"cannot reach the Dask scheduler at {scheduler or 'a local cluster'} ({exc})")
        if cluster is not None:
            cluster.close()
        return _cli.EXIT_BAD_INPUT
    try:
        return _run_on(client, items, output, fmt=fmt, strict=strict, layout=layout, indent=indent)
    except (TranscriptError, OSError) as exc:
        _cli.err(str(exc))
        return _cli.EXIT_BAD_INPUT
    except Exception as exc:  # (the cluster's own errors: no traceback for the user)
        _cli.err(f"the Dask batch failed ({type(exc).__name__}: {exc})")
        return _cli.EXIT_BAD_INPUT
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _run_on(
    client: Any,
    items: Sequence[str],
    output: str,
    *,
    fmt: str,
    strict: bool,
    layout: str,
    indent: bool,
) -> int:
    from distributed import as_completed

    try:
        names, refused, tasks = _write_tasks(
            items,
            output,
            fmt=fmt,
            strict=strict,
            layout=layout,
            indent=indent,
            partition_bytes=None,
            client=client,
        )
    except TranscriptError as exc:
        _cli.err(str(exc))
        return _cli.EXIT_USAGE
    if not names:
        _cli.err("no input files matched")
        return _cli.EXIT_BAD_INPUT
    results: dict[int, FileResult] = dict(refused)
    for result in refused.values():
        sys.stderr.write(f"transcript: {result.path}: {result.error}\n")
    bar = _batch._progress(len(names))
    try:
        if bar is not None:
            bar.update(len(refused))
        futures = client.compute([task for _, task in tasks])
        where = {f.key: indexes for f, (indexes, _) in zip(futures, tasks, strict=True)}
        for future in as_completed(futures, loop=client.loop):
            indexes = where[future.key]
            try:
                part = future.result()
            except Exception as exc:  # (the cluster gave up on it: workers lost, ...)
                reason = f"not converted: the cluster failed ({type(exc).__name__}: {exc})"
                part = [FileResult(names[i], None, reason) for i in indexes]
            for i, result in zip(indexes, part, strict=True):
                results[i] = result
                if result.error is not None:
                    sys.stderr.write(f"transcript: {result.path}: {result.error}\n")
                for w in result.warnings:
                    sys.stderr.write(f"transcript: {result.path}: warning: {w}\n")
            if bar is not None:
                bar.update(len(indexes))
    finally:
        if bar is not None:
            bar.close()
    done = [results[i] for i in range(len(names))]
    failed = [(r.path, r.error) for r in done if r.error is not None]
    turns = sum(r.turns for r in done)
    warned = sum(1 for r in done if r.warnings)
    _batch.summarize(len(names), failed, turns, warned)
    return _cli.EXIT_BAD_INPUT if failed else _cli.EXIT_OK
