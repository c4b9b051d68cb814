"""Which files a command line names, and where the output of each goes.

One rule for every batch runner (processes or Dask): an input found under an argument keeps
its path relative to that argument, and its output mirrors that path under the output
folder with the format's extension added to the input's name (``sub/x.txt`` ->
``out/sub/x.txt.json``), so ``x.txt``, ``sub/x.txt`` and ``x.vtt`` cannot share an output.
What still collides (two file arguments ``a/x.txt`` and ``b/x.txt``) is found by
:func:`plan_outputs` before anything is written.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

#: what a folder argument is walked for
TEXT_SUFFIXES = (".txt", ".vtt", ".srt", ".md", ".text")
#: what a folder argument is walked for too: files the readers turn into text
READER_SUFFIXES = (".html", ".htm", ".xhtml", ".docx", ".pdf")
EXTENSIONS = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv"}


class Input(NamedTuple):
    """One input file: its path as the command line reaches it (``"-"``: stdin), and the
    argument it was found under (a folder, a glob pattern, or the file itself)."""

    path: str
    root: str


def relative_name(name: str, root: str) -> str:
    """The path of input ``name`` relative to the argument ``root`` it was found under, with
    ``/`` separators: under a folder, the path inside it; under a glob, the path inside
    the pattern's folder part; a file named itself, its file name. This is the ``source``
    of the input's CSV and JSON-lines rows and of its JSON document."""
    if name == "-":
        return "-"
    base = _glob_base(root) if _is_glob(root) and name != root else Path(root)
    path = Path(name)
    if base != path:
        try:
            return path.relative_to(base).as_posix()
        except ValueError:
            pass
    return path.name


def output_path(name: str, root: str, out_dir: str | os.PathLike[str], fmt: str) -> Path:
    """Where the output of input ``name`` (found under the argument ``root``) goes in the
    folder ``out_dir``, for the format ``fmt`` (``json``, ``jsonl`` or ``csv``):
    ``out_dir / relative_name(name, root)`` plus the format's extension."""
    rel = "stdin" if name == "-" else relative_name(name, root)
    return Path(out_dir, *rel.split("/")).with_name(rel.rsplit("/", 1)[-1] + EXTENSIONS[fmt])


def expand(items: Sequence[str]) -> list[Input]:
    """The input files of the arguments: files as given; folders walked (sorted) for
    :data:`TEXT_SUFFIXES`; glob patterns expanded (sorted; a pattern that matches nothing
    is kept, so that it is reported as a missing file)."""
    out: list[Input] = []
    for item in items:
        if item == "-":
            out.append(Input(item, item))
            continue
        p = Path(item)
        if p.is_dir():
            files = sorted(
                str(f)
                for f in p.rglob("*")
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES + READER_SUFFIXES
            )
            out.extend(Input(f, item) for f in files)
        elif _is_glob(item) and not p.exists():
            matched = [m for m in sorted(glob.glob(item, recursive=True)) if Path(m).is_file()]
            out.extend(Input(m, item) for m in matched) if matched else out.append(
                Input(item, item)
            )
        else:
            out.append(Input(item, item))
    return out


class Collision(NamedTuple):
    target: Path
    names: list[str]  # the inputs that would write it (or the input it would overwrite)
    reason: str


def plan_outputs(
    inputs: Sequence[Input], out_dir: str | os.PathLike[str], fmt: str
) -> tuple[dict[str, Path], list[Collision]]:
    """The output path of every input under ``out_dir``, and what collides: two inputs
    with one output, or an output that is an input. Found before anything is written."""
    targets: dict[str, Path] = {}
    by_target: dict[str, list[str]] = {}
    for inp in inputs:
        target = output_path(inp.path, inp.root, out_dir, fmt)
        targets[inp.path] = target
        by_target.setdefault(os.path.normcase(os.path.abspath(target)), []).append(inp.path)
    resolved_inputs = {
        os.path.normcase(os.path.realpath(i.path)): i.path for i in inputs if i.path != "-"
    }
    collisions = []
    for names in by_target.values():
        target = targets[names[0]]
        if len(set(names)) > 1:
            collisions.append(
                Collision(target, sorted(set(names)), "one output for several inputs")
            )
        real = os.path.normcase(os.path.realpath(target))
        if real in resolved_inputs:
            collisions.append(Collision(target, [resolved_inputs[real]], "the output is an input"))
    return targets, collisions


def _is_glob(item: str) -> bool:
    return any(c in item for c in "*?[")


def _glob_base(pattern: str) -> Path:
    """The folder part of a glob pattern, before its first wildcard."""
    parts = Path(pattern).parts
    fixed: list[str] = []
    for part in parts[:-1]:
        if _is_glob(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (bytes, or pieces of them) to ``path`` through a temporary file and
    a rename: the target is whole or untouched, even if producing a piece fails. The file
    is synced before the rename (after a crash: the old file or the new one, whole), and
    gets the permissions the umask gives a new file (a temporary file's are 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                for piece in data:
                    fh.write(piece)
            fh.flush()
            if hasattr(os, "fchmod"):
                os.fchmod(fh.fileno(), 0o666 & ~_umask())
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


_UMASK: int | None = None


def _umask() -> int:
    """The process's umask (read once: reading it means setting it)."""
    global _UMASK
    if _UMASK is None:
        _UMASK = os.umask(0o022)
        os.umask(_UMASK)
    return _UMASK
