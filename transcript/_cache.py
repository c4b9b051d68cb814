"""The user's cache folder, where compiled forms are kept between processes (the grammar's
parse table, the patterns' compiled code), and writes into it that no reader sees half done."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import IO


def cache_folder() -> Path | None:
    """The cache folder; None when caching is off or unsafe.

    ``TRANSCRIPT_CACHE_DIR`` chooses the folder (empty: no cache); the default is
    ``$XDG_CACHE_HOME/transcript``, or ``~/.cache/transcript`` without it. The folder must
    be this user's own and writable by no one else: what is in it gets loaded."""
    where = os.environ.get("TRANSCRIPT_CACHE_DIR")
    if where == "":
        return None
    if where is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        where = os.path.join(base, "transcript")
    if not os.path.isabs(where):  # no home folder ("~" left as is): no cache
        return None
    try:
        os.makedirs(where, mode=0o700, exist_ok=True)
        info = os.stat(where)
    except OSError:
        return None
    if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o022):
        return None  # someone else's folder, or one others may write into
    if not os.access(where, os.W_OK):
        return None
    return Path(where)


def write_atomically(path: Path, write: Callable[[IO[bytes]], None]) -> None:
    """``write(file)`` into a new temporary file beside ``path``, then rename it to ``path``."""
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise
