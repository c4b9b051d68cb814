"""transcript: published interview transcripts to typed, validated, source-linked JSON.

>>> import transcript
>>> t = transcript.parse("Q: Ready?\\nA: Yes.")
>>> [(turn.label, turn.text) for turn in t.turns]
[('Q:', 'Ready?'), ('A:', 'Yes.')]
"""

import typing as _typing

if _typing.TYPE_CHECKING:
    from ._api import TranscriptParser, parse, parse_bytes, parse_file, to_json
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
        LabelStyleUse,
        Paragraph,
        Position,
        Source,
        Span,
        Speaker,
        Transcript,
        Turn,
    )
    from ._stream import iter_turns
    from .quotes import quotes
    from .writing.render import render
    from .writing.serialize import dumps, json_schema, loads, to_dict, validate

# Names are imported on first use (PEP 562), so that ``transcript parse`` starts without
# importing what it does not need (pydantic, for one: the JSON path builds no models).
_HOME = {
    "TranscriptParser": "_api",
    "parse": "_api",
    "parse_bytes": "_api",
    "parse_file": "_api",
    "to_json": "_api",
    "DecodeError": "_errors",
    "LabelRepairError": "_errors",
    "SchemaError": "_errors",
    "TranscriptError": "_errors",
    "TranscriptSyntaxError": "_errors",
    "Annotation": "_models",
    "Block": "_models",
    "Diagnostic": "_models",
    "Exchange": "_models",
    "LabelStyleUse": "_models",
    "Paragraph": "_models",
    "Position": "_models",
    "Source": "_models",
    "Span": "_models",
    "Speaker": "_models",
    "Transcript": "_models",
    "Turn": "_models",
    "render": "writing.render",
    "dumps": "writing.serialize",
    "json_schema": "writing.serialize",
    "loads": "writing.serialize",
    "to_dict": "writing.serialize",
    "validate": "writing.serialize",
    "iter_turns": "_stream",
    "quotes": "quotes",
}


def __getattr__(name: str) -> _typing.Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'transcript' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup finds it without coming here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__version__ = "0.1.0"

__all__ = [
    "Annotation",
    "Block",
    "DecodeError",
    "Diagnostic",
    "Exchange",
    "LabelRepairError",
    "LabelStyleUse",
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
    "quotes",
    "render",
    "to_dict",
    "to_json",
    "validate",
]
