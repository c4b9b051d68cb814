"""Behaviours the mutation run (benchmarks/mutants.py) found untested: each test here fails
under one of its mutants (named in the docstring) and passes on the real code."""

from __future__ import annotations

from pathlib import Path

import transcript
from transcript._stream import iter_chunk_docs


def _turns(text: str) -> list[tuple[str | None, str, str]]:
    t = transcript.parse(text)
    names = {s.id: s.name for s in t.speakers}
    return [(names.get(x.speaker or ""), x.role, x.text) for x in t.turns]


def test_a_tie_of_questions_makes_no_interviewer() -> None:
    """Mutant: "on a tie of questions the first speaker is the interviewer". Two people who
    ask as often as each other, with nothing else to tell them apart: neither is said to
    interview the other (the first to speak is not the interviewer for being first)."""
    text = (
        "Ann Lee: Do you think so?\n\nBob Ray: Why do you ask?\n\n"
        "Ann Lee: Fine.\n\nBob Ray: Okay.\n"
    )
    got = _turns(text)
    assert [(name, role) for name, role, _ in got] == [
        ("Ann Lee", "other"),
        ("Bob Ray", "other"),
        ("Ann Lee", "other"),
        ("Bob Ray", "other"),
    ]
    # and with one of them asking and the other answering, that one interviews (one
    # question more is no such evidence: two people who both ask are equals)
    asks = (
        "Ann Lee: Do you think so?\n\nBob Ray: I do, and I said so last week.\n\n"
        "Ann Lee: Why?\n\nBob Ray: Because the numbers are clear.\n\n"
        "Ann Lee: And next year?\n\nBob Ray: The same.\n"
    )
    assert {(n, r) for n, r, _ in _turns(asks)} == {
        ("Ann Lee", "interviewer"),
        ("Bob Ray", "interviewee"),
    }


def test_a_letter_q_or_a_starting_prose_is_no_marker() -> None:
    """Mutant: "a lone Q/A marker is always a label". ``A NASA ...``, ``A “big” ...`` (one
    space, then a capital or a quote: the form of ``Q Hi``) and ``A lot ...`` open sentences;
    with no Q/A markers elsewhere they are speech, not a question and an answer."""
    for line in (
        "A NASA spokesman said the launch was delayed.",
        "A “big” deal, he called it.",
        "Q ratings were low that year, he said.",
        "A lot happened that year, he said.",
    ):
        text = f"Ann Lee: We met in May.\n\nBob Ray: And then?\n\n{line}\n\nAnn Lee: Yes.\n"
        assert [(name, said) for name, _, said in _turns(text)] == [
            ("Ann Lee", "We met in May."),
            ("Bob Ray", f"And then?\n\n{line}"),
            ("Ann Lee", "Yes."),
        ]


def test_a_speakers_name_opening_a_sentence_is_no_label() -> None:
    """Mutant: "a known name followed by speech without a terminator is a label". A line
    that starts with a speaker's name and goes on as a sentence is speech."""
    text = (
        "Ann Lee: Hello there.\n\nBob Ray: Hi, Ann.\n\n"
        "Ann Lee was late that day, he said.\n\nAnn Lee: Sorry.\n"
    )
    assert [name for name, _, _ in _turns(text)] == ["Ann Lee", "Bob Ray", "Ann Lee"]
    assert _turns(text)[1][2] == "Hi, Ann.\n\nAnn Lee was late that day, he said."


def test_streamed_chunks_count_cr_line_ends(tmp_path: Path) -> None:
    """Mutant: "a chunk's lines counted by LF only". Old Mac files end lines with CR alone:
    the line numbers of streamed chunks must be those of the whole parse."""
    text = "".join(f"Ann Lee: Question {i}?\r\rBob Ray: Answer {i}.\r\r" for i in range(300))
    path = tmp_path / "cr.txt"
    path.write_bytes(text.encode("utf-8"))
    whole = transcript.parse(text)
    streamed = [t for doc in iter_chunk_docs(path, chunk_chars=2000) for t in doc["turns"]]
    assert len(streamed) == len(whole.turns) == 600
    assert [t["span"]["start"]["line"] for t in streamed] == [
        t.span.start.line for t in whole.turns
    ]
    assert [t["span"]["end"]["offset"] for t in streamed] == [
        t.span.end.offset for t in whole.turns
    ]
