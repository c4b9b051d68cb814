"""JSON in and out, through orjson, and the published JSON Schema."""

from __future__ import annotations

from functools import cache
from typing import Any

import orjson
from pydantic import ValidationError

from ._errors import SchemaError
from ._models import Transcript, adapter


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
    """Validate already-decoded JSON data; raises :class:`SchemaError` with the location."""
    try:
        return adapter().validate_python(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = "/".join(str(p) for p in err["loc"]) or "(root)"
        raise SchemaError(f"{where}: {err['msg']}") from None


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the transcript document."""
    schema = adapter().json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://transcript.invalid/schema/v1/transcript.json"
    return schema
