"""Regular expressions compiled when first used.

The package's modules hold about two hundred patterns, most of them for layouts, languages
and page furniture that a given document does not have. Compiled at import, they were most
of a command's start-up; :func:`lazy` compiles a pattern the first time one of its methods
is looked up.
"""

from __future__ import annotations

import re
from typing import Any, cast


class LazyPattern:
    """A pattern compiled on first use. Each method is looked up on the compiled pattern
    once, then found on this object, so a use costs what it costs on the pattern itself."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # (called only for a name not yet on the object: the first use of each method)
        value = getattr(re.compile(self.pattern, self._flags), name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, done the first time the pattern is used."""
    return cast("re.Pattern[str]", LazyPattern(pattern, int(flags)))
