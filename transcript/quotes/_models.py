"""Typed, frozen models of a quote check: what the article says, where the transcript
says it, and what differs. Every element keeps its span (article or transcript)."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from .._models import Span

Verdict = Literal[
    "exact",
    "altered",
    "spliced",
    "not_found",
    "speaker_not_in_transcripts",
    "wrong_speaker",
]
#: the verdicts, in the order of ``Verdict`` (for a command line that checks a list of them)
VERDICTS: tuple[str, ...] = get_args(Verdict)
DifferenceClass = Literal["cosmetic", "disfluency", "substantive", "editorial"]
Location = Literal["headline", "subheadline", "body", "furniture"]
AttributionKind = Literal[
    "after", "before", "parenthetical", "passive", "reported", "continuation", "salient", "none"
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Attribution(_Frozen):
    """Who the article says spoke, and the words that say so."""

    kind: AttributionKind
    cue: str | None = Field(default=None, description="the cue as written, e.g. 'Blinken said'")
    cue_span: Span | None = None
    mention: str | None = Field(default=None, description="the name or pronoun as written")


class Match(_Frozen):
    """A passage of a transcript: where the quoted words (or a part of them) were said."""

    transcript: str
    turn: int
    speaker: str | None = Field(description="the transcript's speaker id")
    speaker_name: str | None = None
    span: Span
    text: str = Field(description="the transcript's words, from the first matched to the last")


class Difference(_Frozen):
    """One difference between the quotation and the transcript, case and punctuation aside."""

    op: Literal["replace", "insert", "delete"]
    article: str = Field(description="the article's words ('' for a delete)")
    transcript: str = Field(description="the transcript's words ('' for an insert)")
    cls: DifferenceClass = Field(alias="class")
    kind: str = Field(description="contraction, inflection, repetition, negation, number, ...")
    article_span: Span | None = None

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Closest(_Frozen):
    """For a quotation not found: the nearest passage and how similar it is (0..1)."""

    match: Match
    similarity: float = Field(ge=0.0, le=1.0)


class Quote(_Frozen):
    """One quotation of the article, its attribution and its verdict."""

    index: int = Field(ge=0)
    text: str = Field(description="the words between the quote marks")
    span: Span = Field(description="the quotation in the article, marks excluded")
    location: Location = "body"
    words: int = Field(ge=0)
    speaker: str | None = Field(description="who the article says spoke (a name), or null")
    attribution: Attribution
    verdict: Verdict
    weak_evidence: bool = Field(description="three words or fewer: a match proves little")
    similarity: float = Field(ge=0.0, le=1.0)
    matches: list[Match] = Field(default_factory=list, description="one; several for a splice")
    differences: list[Difference] = Field(default_factory=list)
    closest: Closest | None = None


class ArticleInfo(_Frozen):
    """The article that was read."""

    name: str | None = None
    chars: int = Field(ge=0)


class QuoteReport(_Frozen):
    """All quotations of one article checked against the given transcripts."""

    article: ArticleInfo
    transcripts: list[str]
    quotes: list[Quote] = Field(default_factory=list)
    furniture: list[Quote] = Field(
        default_factory=list,
        description="quotations in page furniture (related links, 'Also read' lines), "
        "checked but kept apart: they are not the story's",
    )

    def counts(self) -> dict[str, int]:
        """How many quotations got each verdict."""
        out: dict[str, int] = {}
        for q in self.quotes:
            out[q.verdict] = out.get(q.verdict, 0) + 1
        return out
