"""Typed, frozen models of a parsed transcript: the JSON contract, version 1.

Every turn, label, annotation and block keeps its source span so any output can
be traced back to the exact characters of the input text.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = "1"

Role = Literal["interviewer", "interviewee", "moderator", "other", "unknown"]
TurnKind = Literal["question", "answer", "statement"]
Severity = Literal["error", "warning", "info"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Position(_Frozen):
    """A point in the decoded source text."""

    line: int = Field(ge=1, description="1-based line number")
    column: int = Field(ge=1, description="1-based column (in characters)")
    offset: int = Field(ge=0, description="0-based character offset into the decoded text")


class Span(_Frozen):
    """A half-open range of the source: ``text[start.offset:end.offset]``."""

    start: Position
    end: Position


class Source(_Frozen):
    """Where the text came from and how it was decoded."""

    name: str | None = None
    sha256: str
    encoding: str
    chars: int = Field(ge=0)
    lines: int = Field(ge=0)


class Speaker(_Frozen):
    """One person (or one generic voice such as ``Q``) in the transcript."""

    id: str = Field(description="stable slug, unique in the transcript")
    name: str = Field(description="display name in natural case, without titles")
    title: str | None = None
    honorific: str | None = None
    affiliation: str | None = None
    role: Role = "unknown"
    role_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    generic: bool = False
    labels: list[str] = Field(default_factory=list, description="each label form seen, as written")


class Annotation(_Frozen):
    """Non-speech inside a turn: ``(Laughter.)``, ``[inaudible 00:12:03]``, ``{sic}``."""

    kind: str
    text: str
    span: Span


class Paragraph(_Frozen):
    """One paragraph of speech with the span of the source it was read from."""

    text: str
    span: Span


class Turn(_Frozen):
    """One speaker's uninterrupted contribution."""

    index: int = Field(ge=0)
    speaker: str | None = Field(description="a speaker id, or null when unlabelled")
    label: str | None = Field(description="the label exactly as written")
    role: Role = "unknown"
    kind: TurnKind = "statement"
    text: str
    paragraphs: list[Paragraph] = Field(default_factory=list)
    annotations: list[Annotation] = Field(default_factory=list)
    start: float | None = Field(default=None, description="start time in seconds, if known")
    end: float | None = Field(default=None, description="end time in seconds, if known")
    span: Span
    label_span: Span | None = None


class Exchange(_Frozen):
    """A question and the answer turns that follow it."""

    question: int
    answers: list[int] = Field(default_factory=list)


class Block(_Frozen):
    """Text that is not speech: site furniture, titles, intros, page headers."""

    kind: str
    text: str
    span: Span


class Diagnostic(_Frozen):
    """Something the parser repaired or doubted, with where it happened."""

    code: str
    severity: Severity = "warning"
    message: str
    span: Span | None = None


class Transcript(_Frozen):
    """A parsed transcript: the root of the JSON document."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    layout: str = Field(default="labelled", description="detected layout")
    title: str | None = None
    date: str | None = Field(default=None, description="ISO 8601 date where it could be read")
    speakers: list[Speaker] = Field(default_factory=list)
    turns: list[Turn] = Field(default_factory=list)
    exchanges: list[Exchange] = Field(default_factory=list)
    blocks: list[Block] = Field(default_factory=list)
    diagnostics: list[Diagnostic] = Field(default_factory=list)


@cache
def adapter() -> TypeAdapter[Transcript]:
    """The one validator and serializer of :class:`Transcript` (built on first use)."""
    return TypeAdapter(Transcript)


@cache
def turns_adapter() -> TypeAdapter[list[Turn]]:
    """The validator of a list of turns: :meth:`TranscriptParser.parse` validates the turns
    a chunk at a time, so their dicts need not all be alive with their models."""
    return TypeAdapter(list[Turn])
