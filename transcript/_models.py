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
    encoding_confidence: float | None = Field(
        default=None,
        ge=0.0,
        le=1.0,
        description="how sure the encoding's detection is: 1.0 for a byte-order mark or valid"
        " UTF-8, less for a guessed code page; null when the text was given decoded",
    )
    # Set when a reader made the text of another format (transcript.readers); absent from
    # the JSON of a text input, so its documents stay as they were.
    format: str | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description='the format the text was extracted from: "html", "docx", "pdf" or "csv"',
    )
    reader: str | None = Field(
        default=None, exclude_if=lambda v: v is None, description="the library that read it"
    )
    reader_version: str | None = Field(default=None, exclude_if=lambda v: v is None)


class Speaker(_Frozen):
    """One person (or one generic voice such as ``Q``) in the transcript."""

    id: str = Field(description="stable slug, unique in the transcript")
    name: str = Field(description="display name in natural case, without titles")
    title: str | None = None
    honorific: str | None = None
    affiliation: str | None = None
    role: Role = "unknown"
    role_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    role_evidence: list[str] = Field(
        default_factory=list,
        description="why the role was given: label words, the intro, the conversation",
    )
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


class LabelStyleUse(_Frozen):
    """A label style the document uses (an entry of the table in
    ``transcript.reading.styles``), with how well the whole document supports it."""

    style: str = Field(description="the style's name: colon, md, period, timed, bare, ...")
    labels: int = Field(ge=1, description="turns labelled in this style")
    speakers: int = Field(ge=1, description="distinct names among those labels")
    confidence: float = Field(
        ge=0,
        le=1,
        description="the share of those labels the whole document supports: a name that "
        "recurs, a label signature the layout establishes, a mark that says 'a speaker' "
        "(Q/A, voice, record markers), a repair against a known speaker",
    )


class Transcript(_Frozen):
    """A parsed transcript: the root of the JSON document."""

    schema_version: str = SCHEMA_VERSION
    source: Source
    layout: str = Field(default="labelled", description="detected layout")
    label_styles: list[LabelStyleUse] = Field(
        default_factory=list, description="the label styles read, most used first"
    )
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


@cache
def _field_sets() -> tuple[set[str], set[str], set[str], set[str], set[str]]:
    """The one set of field names of Turn, Span, Position, Paragraph and Annotation."""
    return (
        set(Turn.model_fields),
        set(Span.model_fields),
        set(Position.model_fields),
        set(Paragraph.model_fields),
        set(Annotation.model_fields),
    )


def share_field_sets(turns: list[Turn]) -> None:
    """Give the models of these turns one set of field names per class.

    pydantic keeps in every model object the set of the fields it was given
    (``model_fields_set``): for a turn of one line, six positions, three spans, a paragraph
    and the turn itself, a large share of the turn's memory (benchmarks/README.md, "Design
    measurements"). Our turns are always given every field,
    so each object's set equals its class's, and one set per class (for the whole process)
    does. That is safe for frozen models: assignment is refused before the set is touched,
    and ``model_copy`` copies the set before it adds to it. An object given fewer fields
    keeps its own set. (pydantic plans to keep these sets as bit sets, pull request 12924;
    then this saves nothing and can go.) The one thing it asks of callers: a turn's
    ``model_fields_set`` is the class's, so it must be read, never changed in place (no
    pydantic code changes it; a caller that did would change it for every turn).
    """
    key = "__pydantic_fields_set__"
    put = object.__setattr__
    turn_fields, span_fields, position_fields, paragraph_fields, annotation_fields = _field_sets()

    def span(s: Span) -> None:
        if s.__pydantic_fields_set__ == span_fields:
            put(s, key, span_fields)
        for p in (s.start, s.end):
            if p.__pydantic_fields_set__ == position_fields:
                put(p, key, position_fields)

    for t in turns:
        if t.__pydantic_fields_set__ == turn_fields:
            put(t, key, turn_fields)
        span(t.span)
        if t.label_span is not None:
            span(t.label_span)
        for para in t.paragraphs:
            if para.__pydantic_fields_set__ == paragraph_fields:
                put(para, key, paragraph_fields)
            span(para.span)
        for a in t.annotations:
            if a.__pydantic_fields_set__ == annotation_fields:
                put(a, key, annotation_fields)
            span(a.span)
