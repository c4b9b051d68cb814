"""transcript: published interview transcripts to typed, validated, source-linked JSON.

>>> import transcript
>>> t = transcript.parse("Q: Ready?\\nA: Yes.")
>>> [(turn.label, turn.text) for turn in t.turns]
[('Q:', 'Ready?'), ('A:', 'Yes.')]
"""

from ._api import TranscriptParser, parse, parse_bytes, parse_file
from ._errors import (
    DecodeError,
    LabelRepairError,
    SchemaError,
    TranscriptError,
    TranscriptSyntaxError,
)
from ._models import (
    Annotation,
    Block,
    Diagnostic,
    Exchange,
    Paragraph,
    Position,
    Source,
    Span,
    Speaker,
    Transcript,
    Turn,
)
from ._render import render
from ._serialize import dumps, json_schema, loads, to_dict, validate
from ._stream import iter_turns

__version__ = "0.1.0"

__all__ = [
    "Annotation",
    "Block",
    "DecodeError",
    "Diagnostic",
    "Exchange",
    "LabelRepairError",
    "Paragraph",
    "Position",
    "SchemaError",
    "Source",
    "Span",
    "Speaker",
    "Transcript",
    "TranscriptError",
    "TranscriptParser",
    "TranscriptSyntaxError",
    "Turn",
    "__version__",
    "dumps",
    "iter_turns",
    "json_schema",
    "loads",
    "parse",
    "parse_bytes",
    "parse_file",
    "render",
    "to_dict",
    "validate",
]
