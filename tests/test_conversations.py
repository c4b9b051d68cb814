"""Who asks, who answers, who chairs, and their names, in each kind of conversation.

Each ``tests/fixtures/conversations/NAME.txt`` has ``NAME.expected.json`` beside it: the
speakers (name, role, and where given title and affiliation) and the speaker of each turn.
One file per kind: interview, press briefing, press conference with a moderator, question
time, hearing, court argument, deposition, debate, podcast, focus group, earnings call,
research interview (several languages).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import transcript
from transcript.people.roles import is_floor, is_question, label_role

# (tests/fixtures/names, the fullest names read from the document, has this format too)
CASES = sorted(
    p
    for folder in ("conversations", "names")
    for p in (Path(__file__).parent / "fixtures" / folder).glob("*.txt")
)


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        path.with_name(path.stem + ".expected.json").read_text("utf-8")
    )
    return data


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_conversation(path: Path) -> None:
    want = _expected(path)
    t = transcript.parse_file(path)
    by_id = {s.id: s for s in t.speakers}
    got_turns = [by_id[turn.speaker].name if turn.speaker else None for turn in t.turns]
    assert got_turns == want["turn_speakers"]
    by_name = {s.name: s for s in t.speakers}
    assert sorted(by_name) == sorted(w["name"] for w in want["speakers"])
    for w in want["speakers"]:
        s = by_name[w["name"]]
        for field in ("role", "title", "affiliation"):
            if field in w:
                assert getattr(s, field) == w[field], (
                    f"{w['name']}: {field} {getattr(s, field)!r}, expected {w[field]!r}"
                )
        # every role given is explained
        assert s.role == "unknown" or s.role_evidence, f"{w['name']}: no evidence"
    # a turn's role is its speaker's
    for turn in t.turns:
        if turn.speaker:
            assert turn.role == by_id[turn.speaker].role


def test_every_kind_has_a_fixture() -> None:
    kinds = (
        "interview", "press_briefing", "press_conference", "question_time", "hearing",
        "court_argument", "deposition", "debate", "podcast", "focus_group", "earnings_call",
        "research_interview",
    )  # fmt: skip
    stems = " ".join(p.stem for p in CASES)
    assert [k for k in kinds if k not in stems] == []


@pytest.mark.parametrize(
    ("key", "role"),
    [
        ("interviewer1", "interviewer"),
        ("interviewer 2", "interviewer"),
        ("presenter", "interviewer"),
        ("compere", "interviewer"),
        ("pregunta", "interviewer"),
        ("frage", "interviewer"),
        ("記者", "interviewer"),
        ("q", "interviewer"),
        ("i", "interviewer"),
        ("r", "interviewee"),
        ("p3", "interviewee"),
        ("a", "interviewee"),
        ("operator", "moderator"),
        ("moderator", "moderator"),
        ("vizepräsident", "moderator"),
        ("de voorzitter", "moderator"),
        ("主席", "moderator"),
        ("司会", "moderator"),
        ("mr speaker", "moderator"),
        ("announcer", "other"),
        ("jane roe", None),
        ("speaker 1", None),
        ("the president", None),
    ],
)
def test_label_role(key: str, role: str | None) -> None:
    assert label_role(key) == role


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("So how close are we to a military confrontation?", True),
        ("¿Cuándo llegan las nuevas dosis", True),
        ("هل ستلتقي بالوزير؟", True),
        ("你會否考慮延長？", True),
        ("Why did the committee wait", True),
        ("Wie lange arbeiten Sie schon im Nachtdienst", True),
        ("The reservoirs are at thirty-one percent of capacity.", False),
        ("Seit elf Jahren. Am Anfang nur zwei Nächte im Monat.", False),
    ],
)
def test_is_question(text: str, asks: bool) -> None:
    assert is_question(text) is asks


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("The next question comes from the line of Helen Park with Citi.", True),
        ("Thanks, Priya. Operator, we're ready for questions.", True),
        ("Councillor Vance, your response.", True),
        ("Das Wort hat der Abgeordnete Vogt.", True),
        ("Eine Zusatzfrage, Frau Dr. Keller.", True),
        ("Tiene la palabra el ministro.", True),
        ("La parole est à Mme Durand.", True),
        ("Het woord is aan de heer Hessels.", True),
        ("請陳家洛議員發言。", True),
        ("哪位局長作答？", True),
        ("Without objection, so ordered.", True),
        ("Volumes grew six percent in the quarter.", False),
        ("I think the next step is a second vote.", False),
    ],
)
def test_is_floor(text: str, floor: bool) -> None:
    assert is_floor(text) is floor
