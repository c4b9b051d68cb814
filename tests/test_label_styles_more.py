"""Label styles of issue 20 that need more than a fixture: the question marks of other
scripts in the turn kinds, and the guards that keep prose out of the new styles."""

from __future__ import annotations

import pytest

import transcript
from transcript.pipeline import ExchangeMarker, asks


@pytest.mark.parametrize("text", ["你什么时候来？", "متى تأتي؟", "¿Cuándo vienes?", "Ինչո՞ւ՞"])
def test_question_marks_of_other_scripts(text: str) -> None:
    assert asks(text)
    marker = ExchangeMarker()
    q = {"role": "interviewer", "text": text, "index": 0, "speaker": "s1"}
    a = {"role": "interviewee", "text": "Demain.", "index": 1, "speaker": "s2"}
    marker.mark(q)
    marker.mark(a)
    assert (q["kind"], a["kind"]) == ("question", "answer")


def test_no_question_mark() -> None:
    assert not asks("我明天来。")


def _turns(text: str) -> list[tuple[str | None, str]]:
    t = transcript.parse(text)
    return [(turn.label, " ".join(turn.text.split())) for turn in t.turns]


def test_dash_in_prose_is_no_label() -> None:
    # one dash line, and dashes inside sentences: no layout of dash labels
    text = (
        "Ann Lee: The plan — as I said — is late.\n\n"
        "Tom Baker: Why?\n\n"
        "Ann Lee: Money — and time.\n\n"
        "Tom Baker: Thanks.\n"
    )
    assert [label for label, _ in _turns(text)] == [
        "Ann Lee:",
        "Tom Baker:",
        "Ann Lee:",
        "Tom Baker:",
    ]


def test_one_letter_period_needs_both_marks() -> None:
    # "R. Kelly" and a lone "P." are no press-interview marks without the other letter
    text = "Ann Lee: Who sang it?\n\nTom Baker: R. Kelly sang it, I think.\n\nAnn Lee: Right.\n"
    got = _turns(text)
    assert [label for label, _ in got] == ["Ann Lee:", "Tom Baker:", "Ann Lee:"]
    assert got[1][1].startswith("R. Kelly")


def test_one_dash_line_in_subtitles_keeps_the_pause_rule() -> None:
    # a single dash line does not make the file one of dialogue dashes: cues after a
    # pause are turns of their own, as before
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\nHello there.\n\n"
        "2\n00:00:05,000 --> 00:00:06,000\n- Is it you?\n\n"
        "3\n00:00:09,000 --> 00:00:10,000\nIt is.\n"
    )
    assert len(transcript.parse(srt).turns) == 3
