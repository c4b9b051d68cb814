"""JSON in and out, through orjson, and the published JSON Schema."""

from __future__ import annotations

from functools import cache
from typing import Any

import orjson
from pydantic import ValidationError

from .._errors import SchemaError
from .._models import Transcript, adapter


def to_dict(transcript: Transcript) -> dict[str, Any]:
    """The transcript as plain JSON-ready data."""
    data: dict[str, Any] = transcript.model_dump(mode="json")
    return data


def dumps(transcript: Transcript, *, indent: bool = False) -> bytes:
    """Serialize a transcript to JSON bytes (UTF-8)."""
    # pydantic-core writes the JSON straight from the models (no intermediate dicts):
    # the same bytes as ``orjson.dumps(to_dict(t))`` (tests/test_stream.py checks), faster.
    return adapter().dump_json(transcript, indent=2 if indent else None)


def loads(data: bytes | str) -> Transcript:
    """Read a transcript back from JSON, validating it against the model."""
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise SchemaError(f"invalid JSON: {exc}") from None
    return validate(raw)


def validate(raw: Any) -> Transcript:
    """Validate already-decoded JSON data: its shape (the schema), then what its parts say
    of each other (speakers of turns, exchanges' turns, spans inside the source and inside
    their turn). Raises :class:`SchemaError` whose ``errors`` lists every problem as
    ``(json_path, message)`` (at most ``MAX_PROBLEMS``; its message names the first)."""
    from .integrity import MAX_PROBLEMS, problems

    try:
        t = adapter().validate_python(raw)
    except ValidationError as exc:
        found = [
            ("/".join(str(p) for p in err["loc"]) or "(root)", err["msg"]) for err in exc.errors()
        ]
    else:
        found = problems(t)
        if not found:
            return t
    raise SchemaError.of(found[:MAX_PROBLEMS], len(found)) from None


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the transcript document."""
    schema = adapter().json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://transcript.invalid/schema/v1/transcript.json"
    return schema
