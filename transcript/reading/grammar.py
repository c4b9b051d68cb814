"""Finding, reading and compiling the grammar in ``transcript/grammar/``.

The ``.lark`` files are package data: the same folder in a checkout, an editable install
and a wheel.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from .._regex import lazy

#: The package and folder of the ``.lark`` files (for ``Lark.open_from_package``).
PACKAGE = "transcript"
FOLDER = "grammar"

_TERMINAL = lazy(r"^(?P<name>[A-Z_]+):\s*/(?P<body>(?:\\.|[^/\\])*)/(?P<flags>[imsux]*)\s*$", re.M)


def grammar_dir() -> Path:
    """The folder holding ``transcript.lark`` and ``lines.lark``."""
    folder = Path(__file__).resolve().parent.parent / FOLDER
    if (folder / "transcript.lark").is_file():
        return folder
    from .._errors import TranscriptError

    raise TranscriptError(f"grammar files not found in {folder}")


@cache
def line_patterns() -> dict[str, re.Pattern[str]]:
    """The line patterns of ``lines.lark``, compiled for :mod:`transcript.reading.lexer`."""
    text = (grammar_dir() / "lines.lark").read_text(encoding="utf-8")
    out: dict[str, re.Pattern[str]] = {}
    for m in _TERMINAL.finditer(text):
        body = m.group("body").replace("\\/", "/")
        flags = 0
        for f in m.group("flags"):
            flags |= {"i": re.I, "m": re.M, "s": re.S, "u": 0, "x": re.X}[f]
        out[m.group("name")] = lazy(body, flags)
    return out
