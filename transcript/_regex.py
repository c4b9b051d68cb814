"""Regular expressions compiled when first used, from their compiled code kept between runs.

The package's modules hold about two hundred patterns, most of them for layouts, languages
and page furniture that a given document does not have. Compiled at import, they were most
of a command's start-up; :func:`lazy` compiles a pattern the first time one of its methods
is looked up.

Python's compiler of patterns is itself Python, and slow: a class of characters that holds
one beyond Latin-1 and three runs or more (``[-'’]``) costs it a table of 65,536 entries.
A process that reads one document compiled some eighty patterns, more instructions than the
reading of a small document itself. So the compiled code of each pattern (what
``re._compiler`` hands to ``_sre.compile``) is kept in the cache folder
(:func:`transcript._cache.cache_folder`), in a file per interpreter and per version of the
engine's code (``_sre.MAGIC``), written when a process that compiled new patterns ends;
later processes build the patterns from it directly. Without a cache folder, or under an
interpreter whose compiler works otherwise, patterns are compiled as ``re.compile`` does.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
from contextlib import suppress
from pathlib import Path
from typing import Any, cast

try:
    import _sre  # type: ignore[import-not-found]  # (CPython's engine: no stubs)
except ImportError:  # pragma: no cover - an interpreter without CPython's engine
    _sre = None

from ._cache import cache_folder, write_atomically

#: The compiled code of each pattern, by (pattern, flags): what ``_sre.compile`` takes after
#: the pattern (loaded from the cache file on the first compile of a process)
_CODES: dict[tuple[str, int], tuple[Any, ...]] | None = None
_FILE: list[Path] = []  # (the cache file, once looked for; none: no cache)
_NEW: list[tuple[str, int]] = []  # (patterns compiled here and not in the file)
_MOST = 4096  # (the file holds the package's patterns: a bound, should a caller add many)


def _codes() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _CODES
    if _CODES is None:
        _CODES = {}
        folder = cache_folder() if _sre is not None else None
        if folder is not None:
            path = folder / f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}.marshal"
            _FILE.append(path)
            _CODES.update(_read(path))
    return _CODES


def _read(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    try:
        loaded = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}  # (none yet, or damaged: compiled again and written anew)
    return loaded if isinstance(loaded, dict) else {}


def _compiled_code(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` after the pattern, by the
    same steps: the flags with the pattern's own, the code, the number of groups, the
    group names both ways."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    # (plain ints: the compiler leaves its opcodes as named int subclasses, which marshal
    # refuses)
    code = [int(c) for c in _compiler._code(parsed, flags)]
    state = parsed.state
    groupindex = dict(state.groupdict)
    indexgroup: list[str | None] = [None] * state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup))


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cached code when there is some."""
    codes = _codes()
    key = (pattern, flags)
    parts = codes.get(key)
    if parts is not None:
        try:
            return cast("re.Pattern[str]", _sre.compile(pattern, *parts))
        except Exception:  # (a damaged entry: compiled anew)
            del codes[key]
    if not _FILE:
        return re.compile(pattern, flags)
    try:
        parts = _compiled_code(pattern, flags)
        compiled = _sre.compile(pattern, *parts)
    except re.error:
        raise
    except Exception:  # (a compiler not as this module knows it: no cache for the pattern)
        return re.compile(pattern, flags)
    if len(codes) < _MOST:
        codes[key] = parts
        if not _NEW:
            atexit.register(_save)
        _NEW.append(key)
    return cast("re.Pattern[str]", compiled)


def _save() -> None:
    """Write the patterns compiled in this process into the cache file, with those another
    process wrote there meanwhile."""
    codes = _codes()
    path = _FILE[0]
    merged = _read(path)
    merged.update((key, codes[key]) for key in _NEW if key in codes)
    # (a cache that cannot be written costs only the compiling next time)
    with suppress(OSError, ValueError):
        write_atomically(path, lambda fh: marshal.dump(merged, fh))
    _NEW.clear()


class LazyPattern:
    """A pattern compiled on first use. Each method is looked up on the compiled pattern
    once, then found on this object, so a use costs what it costs on the pattern itself."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # (called only for a name not yet on the object: the first use of each method)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = compile_pattern(self.pattern, self._flags)
        value = getattr(compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done the first time the pattern is used."""
    return cast("re.Pattern[str]", LazyPattern(pattern, int(flags)))
