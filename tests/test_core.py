"""The founding example end to end, the public surface, the models and the schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lark import Lark

import transcript
from transcript.pipeline import _build_lark

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "euronews_blinken.txt"
EXPECTED = ROOT / "examples" / "euronews_blinken.json"


@pytest.fixture(scope="module")
def example() -> transcript.Transcript:
    return transcript.parse_file(EXAMPLE)


def test_example_matches_expected_json(example: transcript.Transcript) -> None:
    want = json.loads(EXPECTED.read_text("utf-8"))
    assert json.loads(transcript.dumps(example)) == want


def test_example_speakers(example: transcript.Transcript) -> None:
    people = {s.name: s for s in example.speakers}
    assert sorted(people) == ["Antony Blinken", "Efi Koutsokosta"]
    efi, blinken = people["Efi Koutsokosta"], people["Antony Blinken"]
    assert (efi.role, efi.affiliation) == ("interviewer", "Euronews")
    assert (blinken.role, blinken.title) == ("interviewee", "US Secretary of State")
    assert 'Efi Koutsokosta"' in efi.labels


def test_example_turns_and_exchanges(example: transcript.Transcript) -> None:
    assert len(example.turns) == 18
    assert len(example.exchanges) == 9
    roles = [t.role for t in example.turns]
    assert roles == ["interviewer", "interviewee"] * 9
    assert all(len(e.answers) == 1 for e in example.exchanges)


def test_example_repairs_reported_on_their_lines(example: transcript.Transcript) -> None:
    repaired = [d for d in example.diagnostics if d.code == "label-repaired"]
    assert [d.span.start.line for d in repaired if d.span] == [53, 78]
    quoted = [t for t in example.turns if t.label == 'Efi Koutsokosta"']
    assert len(quoted) == 2


def test_example_no_page_text_in_turns(example: transcript.Transcript) -> None:
    furniture = [
        "Beautiful Virgin Islands",
        "Tuesday, Jun 03, 2025",
        "Newsletter",
        "Related Articles",
        "Euronews' Efi Koutsokosta spoke",
        "Moscow's military build-up",
        "Harvard Urges",
        "Taylor Swift",
        "0:00",
        "×",
    ]
    for turn in example.turns:
        for f in furniture:
            assert f not in turn.text
    kinds = {b.kind for b in example.blocks}
    assert {"site", "date", "title", "intro", "boilerplate"} <= kinds


def test_example_spans_hold_the_text(example: transcript.Transcript) -> None:
    source = EXAMPLE.read_text("utf-8")
    for turn in example.turns:
        assert turn.label_span is not None
        assert source[turn.label_span.start.offset : turn.label_span.end.offset] == turn.label
        chunk = " ".join(source[turn.span.start.offset : turn.span.end.offset].split())
        for para in turn.paragraphs:
            assert para.text in chunk
            assert para.text in " ".join(
                source[para.span.start.offset : para.span.end.offset].split()
            )
        # the quote marks that wrap each answer are not part of the speech
        assert not turn.text.startswith('"') and not turn.text.endswith('"')


def test_every_nonblank_line_is_accounted_for(example: transcript.Transcript) -> None:
    source = EXAMPLE.read_text("utf-8")
    covered = set()
    spans = [t.span for t in example.turns] + [b.span for b in example.blocks]
    for s in spans:
        covered.update(range(s.start.line, s.end.line + 1))
    for n, line in enumerate(source.splitlines(), 1):
        if line.strip():
            assert n in covered, f"line {n} belongs to no turn or block: {line!r}"


def test_round_trip(example: transcript.Transcript) -> None:
    assert transcript.loads(transcript.dumps(example)) == example


def test_output_validates_against_published_schema(example: transcript.Transcript) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(transcript.dumps(example)), transcript.json_schema())


def test_models_are_frozen(example: transcript.Transcript) -> None:
    with pytest.raises(ValueError):
        example.turns[0].text = "changed"  # type: ignore[misc]


def test_turn_models_share_one_set_of_field_names_per_class(
    example: transcript.Transcript,
) -> None:
    from transcript._models import share_field_sets

    # parse() gives the models of all turns one fields-set per class (40% of a short turn's
    # memory); each must still read as every field set, and stay apart from the others
    # when one is copied with an update or assigned to
    first, second = example.turns[0], example.turns[1]
    assert first.model_fields_set == set(transcript.Turn.model_fields)
    assert first.span.start.model_fields_set == {"line", "column", "offset"}
    assert first.model_fields_set is second.model_fields_set
    assert first.span.start.model_fields_set is second.paragraphs[0].span.end.model_fields_set
    copied = first.span.start.model_copy(update={"line": 99})
    assert copied.line == 99
    assert copied.model_fields_set is not first.span.start.model_fields_set
    with pytest.raises(ValueError):
        first.span.start.line = 5  # type: ignore[misc]
    assert second.span.start.model_fields_set == {"line", "column", "offset"}
    assert second.span.start.line != 5
    # a model given fewer fields keeps its own set
    lone = transcript.Turn.model_validate(
        {"index": 0, "speaker": None, "label": None, "text": "x", "span": first.span.model_dump()}
    )
    share_field_sets([lone])
    assert "role" not in lone.model_fields_set
    assert lone.span.model_fields_set is first.span.model_fields_set  # (its span had all)


def test_strict_raises_where_lenient_repairs() -> None:
    text = EXAMPLE.read_text("utf-8")
    with pytest.raises(transcript.LabelRepairError) as info:
        transcript.parse(text, strict=True)
    assert info.value.line == 53
    assert isinstance(info.value, transcript.TranscriptError)


def test_public_surface_is_exactly_all() -> None:
    submodules = {
        "strategies",
        "readers",
        "dask",
        "reading",
        "people",
        "writing",
        "cli",
        "pipeline",
    }
    public = {n for n in dir(transcript) if not n.startswith("_")} - submodules
    assert public == set(transcript.__all__) - {"__version__"}
    assert transcript.__all__ == sorted(transcript.__all__)


def test_grammar_builds_strict_without_conflicts() -> None:
    parser = _build_lark(strict=True)
    assert isinstance(parser, Lark)
    assert parser.options.parser == "lalr"


def test_reusable_parser_gives_the_same_result() -> None:
    p = transcript.TranscriptParser()
    text = EXAMPLE.read_text("utf-8")
    assert p.parse(text) == p.parse(text) == transcript.parse(text)


def test_dumps_is_bytes_and_loads_rejects_garbage() -> None:
    t = transcript.parse("Q: Ready?\nA: Yes.")
    assert isinstance(transcript.dumps(t), bytes)
    with pytest.raises(transcript.SchemaError):
        transcript.loads(b"{not json")
    with pytest.raises(transcript.SchemaError):
        transcript.loads(b'{"schema_version": "1"}')
