"""Roles by the conventions of a kind of document or of a language.

Each ``tests/fixtures/roles/NAME.txt`` has ``NAME.expected.json`` beside it: the role of the
speaker of each first label given (``speakers``: ``label`` as written, ``role``, and where
given words of its ``evidence`` and its ``name``), and where
given ``turn_roles``, the role of every turn in order (turns no label names included: their
role is read from who asks and who answers).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import transcript
from transcript.people.roles import label_role, paired_role, voice_roles

FIXTURES = Path(__file__).parent / "fixtures" / "roles"
CASES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".srt"))


def _expected(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        path.with_name(path.stem + ".expected.json").read_text("utf-8")
    )
    return data


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_roles(path: Path) -> None:
    want = _expected(path)
    t = transcript.parse_file(path)
    by_label = {label: s for s in t.speakers for label in s.labels}
    for w in want.get("speakers", []):
        assert w["label"] in by_label, f"no speaker labelled {w['label']!r}: {sorted(by_label)}"
        s = by_label[w["label"]]
        assert s.role == w["role"], f"{w['label']}: {s.role!r} ({s.role_evidence})"
        assert s.role_evidence, f"{w['label']}: no evidence"
        if "name" in w:  # (a voice labelled by its role, named from the page)
            assert s.name == w["name"]
        if "evidence" in w:  # (the reason, where another reading could reach the same role)
            assert any(w["evidence"] in e for e in s.role_evidence), s.role_evidence
    if "turn_roles" in want:
        assert [turn.role for turn in t.turns] == want["turn_roles"]
    if "diagnostic" in want:
        assert want["diagnostic"] in {d.code for d in t.diagnostics}


def test_one_letter_read_with_its_pair() -> None:
    # "P" is the research participant alone, the question beside "R" (respuesta, resposta)
    assert label_role("p") == "interviewee"
    assert paired_role("p", {"i", "p"}) is None
    assert paired_role("p", {"p", "r"}) == "interviewer"
    assert paired_role("d", {"d", "r"}) == "interviewer"
    assert paired_role("f", {"f", "a"}) == "interviewer"
    assert paired_role("r", {"p", "r"}) is None


def test_question_put_as_wanting_to_know() -> None:
    # "I would like to know" in Danish, Norwegian, Swedish, Dutch, Portuguese
    from transcript.people.roles import asks_in_words

    assert asks_in_words("Tak. Jeg vil gerne vide, hvorfor vejen ikke blev saltet.")
    assert asks_in_words("Jeg vil gjerne vite når brua åpner igjen.")
    assert asks_in_words("Jag skulle vilja veta varför skolan stänger.")
    assert asks_in_words("Ik wil graag weten wanneer de brug klaar is.")
    assert asks_in_words("Gostaria de saber quando a obra termina.")
    assert not asks_in_words("Jeg vil gerne takke udvalget for arbejdet.")


def test_party_letter_in_brackets_is_no_answer_mark() -> None:
    # a Norwegian council's question time: "(A)", "(H)", "(SV)" are parties after the
    # names (Arbeiderpartiet, Høyre), not the marks of a question and an answer; the mayor
    # who gives the floor chairs
    text = (
        "Ordfører Kari Nilsen (A): Vi starter spørretimen. Første spørsmål er fra Ola Berg.\n\n"
        "Ola Berg (H): Når åpner biblioteket i Åsen igjen?\n\n"
        "Kari Nilsen (A): Biblioteket åpner i april, når taket er skiftet.\n\n"
        "Ola Berg (H): Hvorfor har det tatt så lang tid?\n\n"
        "Kari Nilsen (A): Vi måtte vente på anbudet. Neste spørsmål er fra Siri Holm.\n\n"
        "Siri Holm (SV): Blir det flere busser til Åsen?\n\n"
        "Kari Nilsen (A): Ja, fra august går bussen hver time. Spørretimen er slutt.\n"
    )
    t = transcript.parse(text)
    roles = {s.name: s.role for s in t.speakers}
    assert roles["Kari Nilsen"] != "interviewee", roles


def test_voice_roles_alternation_and_narration() -> None:
    # bold questions, each followed by its answer: the sides alternate
    # (one question of five without a question mark: "Tell me more.")
    alternating = ["Why?", "Because.", "And then?", "Rain.", "Tell me more.", "No."]
    alternating += ["Who?", "Us.", "When?", "Soon."]
    assert voice_roles(alternating) == ["interviewer", "interviewee"] * 5
    # narration breaks the alternation: a question and the turn after it
    told = ["<i>The harbour.</i>", "Why stay?", "The sea.", "<i>Later.</i>", "Sad?", "No."]
    assert voice_roles(told) == [
        "unknown", "interviewer", "interviewee", "unknown", "interviewer", "interviewee"
    ]  # fmt: skip
    # no one asks: nothing to read
    assert voice_roles(["One.", "Two.", "Three.", "Four."]) == ["unknown"] * 4


def test_host_cue_read_in_lower_case_keeps_the_name_as_written() -> None:
    """The intro's cues are matched in its lower-case form, offsets unchanged (also for a
    letter that lowers to two, "İ"); the host's name is read from the text as written."""
    from transcript.people import speakers
    from transcript.people.names import fold_same_length

    intro = "İSTANBUL. I'm your host Élodie Martin, and with me is Zoe Stone."
    low = fold_same_length(intro)
    assert len(low) == len(intro)
    m = next(speakers._HOST.finditer(low))
    assert intro[m.start(1) : m.end(1)] == "Élodie Martin"
    cue = next(speakers._GUEST_CUES.finditer(low))
    assert intro[cue.end() :].startswith(" Zoe Stone")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_question_word_with_outlet_is_one_reporter_per_outlet(lang: str) -> None:
    # "QUESTION (Reuters)", "PREGUNTA (COPE)": the question word and the outlet that asks;
    # each outlet's reporter is someone else, the same outlet again the same reporter
    path = Path(__file__).parent / "fixtures" / "edges" / f"c20f_question_outlet_bracket_{lang}.txt"
    t = transcript.parse_file(path)
    by_label: dict[str, set[str | None]] = {}
    for turn in t.turns:
        by_label.setdefault(turn.label or "", set()).add(turn.speaker)
    askers = {k: v for k, v in by_label.items() if "(" in k}
    assert len(askers) == 3
    assert all(len(v) == 1 for v in askers.values())
    assert len(set().union(*askers.values())) == 3
    roles = {s.id: s.role for s in t.speakers}
    assert all(roles[next(iter(v))] == "interviewer" for v in askers.values())
    chair = by_label[t.turns[0].label or ""]
    assert roles[next(iter(chair))] == "moderator"  # (the press officer)
