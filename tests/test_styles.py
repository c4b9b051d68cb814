"""The table of label styles (transcript.reading.styles): each entry is what the lexer, the
output, the renderer and the strategies use, and each has fixtures."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import transcript
from transcript.reading.grammar import line_patterns
from transcript.reading.styles import (
    BY_NAME,
    LABEL_STYLES,
    LINE_STYLES,
    LabelStyle,
    label_matcher,
    match_label,
)
from transcript.strategies import STYLES

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.mark.parametrize("style", LINE_STYLES, ids=lambda s: s.name)
def test_each_example_is_read_as_its_style(style: LabelStyle) -> None:
    for example in style.examples:
        cand = match_label(example, 0, len(example))
        assert cand is not None, example
        assert cand.kind == style.name, example


# what every style's ``needs`` asks of a document, on one line
_EVERY_NEED = "0:00 \t .- — – .5 \u3000 ·"
# lines near labels of every style: their characters, and pieces of their examples
_LINE = st.lists(
    st.sampled_from([e for s in LINE_STYLES for e in s.examples])
    | st.text(alphabet=" \t:：.-–—―[]()0123456789QAPRaMmz\u3000中<*#○", max_size=12),
    min_size=1,
    max_size=3,
).map("".join)


@given(_LINE)
def test_a_document_is_not_tried_for_styles_it_lacks_and_loses_no_label(line: str) -> None:
    # the dispatch of a document lacking a style's ``needs`` finds what the dispatch with
    # every style finds: a style is left out only where it cannot match
    line = line.replace("\n", " ").strip()
    if not line:
        return
    alone = label_matcher(line)(line, 0, len(line))
    doc = line + "\n" + _EVERY_NEED
    every = label_matcher(doc)(doc, 0, len(line))
    assert alone == every


def test_a_style_is_tried_only_where_the_document_has_what_it_needs() -> None:
    tab = "Ann Lee\tHello there."
    assert match_label(tab, 0, len(tab)) is not None
    plain = "Ann Lee Hello there."  # (the same words without the tab: no table row)
    assert label_matcher(plain + "\n" + tab)(tab, 0, len(tab)) is not None
    assert label_matcher("no tab anywhere")(tab, 0, len(tab)) is None


def test_every_style_has_its_pattern_in_the_grammar() -> None:
    pats = line_patterns()
    assert {s.terminal for s in LABEL_STYLES} <= set(pats)
    assert len(BY_NAME) == len(LABEL_STYLES)


def test_every_style_has_a_fixture() -> None:
    # the snapshots of tests/fixtures/golden state the styles each fixture was read in
    used: set[str] = set()
    for path in (FIXTURES / "golden").glob("*.json"):
        used |= {u["style"] for u in orjson.loads(path.read_bytes())["label_styles"]}
    assert used == set(BY_NAME)


def test_strategies_generate_the_table_styles() -> None:
    assert set(STYLES) == {g for s in LABEL_STYLES for g in s.generated}
    for name in ("colon", "md", "voice"):
        assert "{name}" in BY_NAME[name].written


def test_the_output_states_the_layout_it_read() -> None:
    t = transcript.parse("Alice: Hi.\nBob: Hello.\n")
    assert [(u.style, u.labels, u.speakers, u.confidence) for u in t.label_styles] == [
        ("colon", 2, 2, 1.0)
    ]
    assert not t.diagnostics


def test_weak_evidence_is_said() -> None:
    t = transcript.parse_file(FIXTURES / "edges" / "weak_layout_one_label.txt")
    assert [(u.style, u.labels, u.confidence) for u in t.label_styles] == [("colon", 1, 0.0)]
    assert [d.code for d in t.diagnostics] == ["weak-layout"]


def test_a_document_without_labels_says_so() -> None:
    t = transcript.parse("Just a paragraph of prose: nothing more.\n")
    assert t.label_styles == []
    assert [d.code for d in t.diagnostics] == ["no-turns"]


@pytest.mark.parametrize(
    "text, turns",
    [  # the five failures of issue 18
        ("Alice: Hi.\nBob: Hello.\n", [("Alice:", "Hi."), ("Bob:", "Hello.")]),
        (
            "Alice: Hi.\nBob: Hello.\nAlice: How are you?\n",
            [("Alice:", "Hi."), ("Bob:", "Hello."), ("Alice:", "How are you?")],
        ),
        (
            "Anna Smith:\nHello there.\n\nZoe Muller:\nHi.\n",
            [("Anna Smith:", "Hello there."), ("Zoe Muller:", "Hi.")],
        ),
    ],
)
def test_names_used_once_are_labels_in_a_consistent_layout(
    text: str, turns: list[tuple[str, str]]
) -> None:
    assert [(t.label, t.text) for t in transcript.parse(text).turns] == turns
