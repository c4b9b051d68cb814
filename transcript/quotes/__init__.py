"""Quote verification: every quotation of an article, found in the transcripts, with what
changed.

>>> import transcript
>>> report = transcript.quotes(
...     '"We will not stop," Ann Lee said.', [transcript.parse("Ann Lee: We will stop.")]
... )
>>> [(q.speaker, q.verdict, [d.kind for d in q.differences]) for q in report.quotes]
[('Ann Lee', 'altered', ['negation'])]

Pipeline (one module each): ``_extract`` (paragraphs, quote marks, locations) ->
``_attribute`` (who spoke) -> ``_index`` (the transcripts' words) -> ``_align`` (word
alignment and differences) -> ``_check`` (search and verdicts) -> ``_report`` (JSON, table).
Needs the ``quotes`` extra (rapidfuzz).
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Sequence
from typing import Any

from ._check import QuoteChecker, TranscriptInput
from ._models import (
    VERDICTS,
    ArticleInfo,
    Attribution,
    Closest,
    Difference,
    Match,
    Quote,
    QuoteReport,
)
from ._report import dumps, table, to_dict


def quotes(
    article: str | bytes | os.PathLike[str],
    transcripts: Sequence[TranscriptInput] | TranscriptInput,
    *,
    name: str | None = None,
) -> QuoteReport:
    """Check every quotation of ``article`` against ``transcripts``.

    ``article``: its text (``str``), bytes, or a path. ``transcripts``: one or several, each
    a parsed :class:`~transcript.Transcript`, transcript text, bytes (text or our JSON), or a
    path. Returns a :class:`QuoteReport`: each quotation with its span, speaker (as the
    article attributes it), verdict (``exact``, ``altered``, ``spliced``, ``not_found``,
    ``speaker_not_in_transcripts``, ``wrong_speaker``), matches and word differences.
    Raises :class:`~transcript.TranscriptError` when the ``quotes`` extra is not installed.
    """
    return QuoteChecker(transcripts).check(article, name=name)


class _CallableModule(types.ModuleType):
    """``transcript.quotes`` is this package and the function of the same name: after
    ``import transcript.quotes`` the attribute is the package, so the package calls it."""

    def __call__(self, *args: Any, **kwargs: Any) -> QuoteReport:
        return quotes(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule

__all__ = [
    "VERDICTS",
    "ArticleInfo",
    "Attribution",
    "Closest",
    "Difference",
    "Match",
    "Quote",
    "QuoteChecker",
    "QuoteReport",
    "dumps",
    "quotes",
    "table",
    "to_dict",
]
