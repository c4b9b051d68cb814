"""The public entry points: thin calls on one shared :class:`TranscriptParser`."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .pipeline import TranscriptParser

if TYPE_CHECKING:
    from ._models import Transcript

__all__ = ["TranscriptParser", "default_parser", "parse", "parse_bytes", "parse_file", "to_json"]

_DEFAULT: TranscriptParser | None = None


def default_parser() -> TranscriptParser:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = TranscriptParser()
    return _DEFAULT


def parse(text: str, *, source: str | None = None, strict: bool = False) -> Transcript:
    """Parse transcript text. Lenient by default: irregular labels are repaired and
    reported in ``diagnostics``; ``strict=True`` raises :class:`TranscriptError` instead."""
    return default_parser().parse(text, source=source, strict=strict)


def parse_bytes(data: bytes, *, source: str | None = None, strict: bool = False) -> Transcript:
    """Parse raw bytes, detecting their encoding."""
    return default_parser().parse_bytes(data, source=source, strict=strict)


def parse_file(path: str | os.PathLike[str], *, strict: bool = False) -> Transcript:
    """Read and parse a transcript file."""
    return default_parser().parse_file(path, strict=strict)


def to_json(
    data: str | bytes, *, source: str | None = None, strict: bool = False, indent: bool = False
) -> bytes:
    """Transcript text (or raw bytes) straight to JSON bytes: ``dumps(parse(data))``, faster.

    No model objects are built on the way; the bytes are the same as those of the
    validated models (the test suite checks this on every fixture and generated input).
    """
    return default_parser().to_json(data, source=source, strict=strict, indent=indent)
