"""Exceptions raised by the public API.

The hierarchy::

    TranscriptError(ValueError)          anything this library refuses
    ├── DecodeError                      bytes that are not text (binary, undecodable)
    ├── TranscriptSyntaxError            text the grammar cannot accept (strict mode)
    │   └── LabelRepairError             an irregular label that lenient mode would repair
    └── SchemaError                      a JSON document that does not match the schema

Lark and pydantic exceptions never escape the public API: they are wrapped in
one of these, with the position and a context snippet where one is known.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class TranscriptError(ValueError):
    """Root of every error raised by ``transcript``."""

    def __init__(
        self,
        message: str,
        *,
        line: int | None = None,
        column: int | None = None,
        context: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.context = context

    def __str__(self) -> str:
        where = ""
        if self.line is not None:
            where = f"line {self.line}"
            if self.column is not None:
                where += f", column {self.column}"
            where += ": "
        text = f"{where}{self.message}"
        if self.context:
            text += f"\n    {self.context}"
        return text


class DecodeError(TranscriptError):
    """The input bytes are not text in any encoding we can detect."""


class TranscriptSyntaxError(TranscriptError):
    """The input does not follow any transcript layout (raised in strict mode)."""


class LabelRepairError(TranscriptSyntaxError):
    """A speaker label needed repair (e.g. a quote mark typed for the colon)."""


class SchemaError(TranscriptError):
    """A JSON document does not conform to the transcript schema (or to what its parts
    say of each other). ``errors``: each problem found, as ``(json_path, message)``."""

    errors: list[tuple[str, str]]
    total: int  # (errors lists at most a limit of them)

    def __init__(self, message: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.errors = []
        self.total = 0

    @classmethod
    def of(cls, errors: list[tuple[str, str]], total: int) -> SchemaError:
        """The error of a list of problems: the message names the first and counts the rest."""
        path, msg = errors[0]
        more = f" (and {total - 1} more)" if total > 1 else ""
        exc = cls(f"{path}: {msg}{more}")
        exc.errors = list(errors)
        exc.total = total
        return exc


def file_error_message(exc: OSError) -> str:
    """One short phrase for an error reading a file: "no such file", "is a directory", ..."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot read ({exc.strerror or exc})"


@contextmanager
def reading(path: str | os.PathLike[str]) -> Iterator[None]:
    """Turn an ``OSError`` raised while reading ``path`` into a :class:`TranscriptError`."""
    try:
        yield
    except OSError as exc:
        raise TranscriptError(f"{path}: {file_error_message(exc)}") from None
