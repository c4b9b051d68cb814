"""The JSON-shaped records (built in one place, transcript/pipeline.py) have exactly the
models' fields, in the models' order: the JSON written without models (to_json, the CLI)
is the JSON of the validated models."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from pydantic import BaseModel

import transcript
from transcript import _models

ROOT = Path(__file__).resolve().parent.parent
CASES = [
    ROOT / "examples" / "euronews_blinken.txt",
    ROOT / "tests" / "fixtures" / "edges" / "label_speech_then_stage.txt",
    ROOT / "tests" / "fixtures" / "edges" / "vtt_voice_spans.txt",
]

# the model of each list or object field, by (model, field name)
NESTED: dict[tuple[type[BaseModel], str], type[BaseModel]] = {
    (_models.Transcript, "source"): _models.Source,
    (_models.Transcript, "label_styles"): _models.LabelStyleUse,
    (_models.Transcript, "speakers"): _models.Speaker,
    (_models.Transcript, "turns"): _models.Turn,
    (_models.Transcript, "exchanges"): _models.Exchange,
    (_models.Transcript, "blocks"): _models.Block,
    (_models.Transcript, "diagnostics"): _models.Diagnostic,
    (_models.Turn, "paragraphs"): _models.Paragraph,
    (_models.Turn, "annotations"): _models.Annotation,
}


def _check(record: Any, model: type[BaseModel], where: str) -> None:
    assert isinstance(record, dict), where
    # (a field left out of the JSON when it is None, as a text input's reader, may be absent)
    fields = model.model_fields
    want = [f for f in fields if f in record or fields[f].exclude_if is None]
    assert list(record) == want, where
    for name, value in record.items():
        if value is None:
            continue
        if name in ("span", "label_span"):
            _check(value, _models.Span, f"{where}.{name}")
            for end in ("start", "end"):
                _check(value[end], _models.Position, f"{where}.{name}.{end}")
        sub = NESTED.get((model, name))
        if sub is None:
            continue
        for k, item in enumerate(value if isinstance(value, list) else [value]):
            _check(item, sub, f"{where}.{name}[{k}]")


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_records_have_the_models_fields_in_order(path: Path) -> None:
    doc = orjson.loads(transcript.to_json(path.read_bytes(), source=path.name))
    assert doc["turns"]
    _check(doc, _models.Transcript, "transcript")
