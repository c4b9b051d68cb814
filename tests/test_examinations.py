"""Examination headings (transcript.people.examinations): who examines the witness, in
the languages court and inquiry records are kept in."""

from __future__ import annotations

import pytest

from transcript.people.examinations import examination_headings


@pytest.mark.parametrize(
    "text, who",
    [
        (
            "MS. JANE ROE, HAVING BEEN SWORN, WAS EXAMINED AS FOLLOWS BY\nMR. SMITH:\n",
            "MR. SMITH",
        ),
        ("THE WITNESS WAS CROSS-EXAMINED BY MS. O'HARA AS FOLLOWS:\n", "MS. O'HARA"),
        ('חקירה נגדית לשאלות עו"ד קרמר:\n', "קרמר"),
        ("Interrogatoire par Me Dupont :\n", "Dupont"),
        ("Befragung durch Rechtsanwältin Hallmann:\n", "Hallmann"),
        ("A preguntas del abogado Pérez:\n", "Pérez"),
    ],
)
def test_a_heading_names_the_examining_counsel(text: str, who: str) -> None:
    got = examination_headings("Q. Before?\nA. Yes.\n" + text + "Q. Then?\n")
    assert [w for _a, _b, w in got] == [who]


@pytest.mark.parametrize(
    "text",
    [
        "He was examined by a doctor the next day, and then he went home.\n",
        "MR. SMITH:  The witness was examined at length yesterday.\n",
        "Q. Were you examined?\nA. Yes.\n",
    ],
)
def test_prose_about_an_examination_is_no_heading(text: str) -> None:
    assert examination_headings(text) == []
