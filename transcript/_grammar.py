"""Finding, reading and compiling the grammar in ``grammar/``.

The ``.lark`` files live at the top of the repository. A wheel ships them inside the
package as ``transcript/_grammar_files/`` (see ``pyproject.toml``); an editable
install or a source checkout reads ``grammar/`` beside the package.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_CANDIDATES = (_HERE / "_grammar_files", _HERE.parent / "grammar")

_TERMINAL = re.compile(
    r"^(?P<name>[A-Z_]+):\s*/(?P<body>(?:\\.|[^/\\])*)/(?P<flags>[imsux]*)\s*$", re.M
)


def grammar_dir() -> Path:
    """The folder holding ``transcript.lark`` and ``lines.lark``."""
    for folder in _CANDIDATES:
        if (folder / "transcript.lark").is_file():
            return folder
    from ._errors import TranscriptError

    raise TranscriptError(
        "grammar files not found; looked in " + ", ".join(str(p) for p in _CANDIDATES)
    )


@cache
def line_patterns() -> dict[str, re.Pattern[str]]:
    """The line patterns of ``lines.lark``, compiled for :mod:`transcript._lexer`."""
    text = (grammar_dir() / "lines.lark").read_text(encoding="utf-8")
    out: dict[str, re.Pattern[str]] = {}
    for m in _TERMINAL.finditer(text):
        body = m.group("body").replace("\\/", "/")
        flags = 0
        for f in m.group("flags"):
            flags |= {"i": re.I, "m": re.M, "s": re.S, "u": 0, "x": re.X}[f]
        out[m.group("name")] = re.compile(body, flags)
    return out
