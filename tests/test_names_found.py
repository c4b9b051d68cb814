"""Speakers' names in their fullest form, read from the document itself.

Each ``tests/fixtures/names/NAME.txt`` has ``NAME.expected.json`` beside it (the format of
``tests/fixtures/conversations``, and checked by tests/test_conversations.py): the speakers'
names and roles and the speaker of each turn.
One file per mechanism of ``transcript.people.fullnames`` and ``transcript.people.labelnames``,
in several languages; the functions themselves are tested below on short texts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import transcript
from transcript.people.fullnames import (
    caseless_full_name,
    fullest_name,
    name_from_first,
    split_name,
)
from transcript.people.labelnames import named_by_word
from transcript.people.names import is_generic, split_role_bracket, strip_markup

CASES = sorted((Path(__file__).parent / "fixtures" / "names").glob("*.txt"))


def test_fixtures_exist() -> None:
    assert len(CASES) >= 8


@pytest.mark.parametrize(
    ("name", "text", "full"),
    [
        # initials, the full name in the intro (also inflected: matched on the stem)
        ("В.Путин", "Владимира Путина спросили. Владимир Путин ответил.", "Владимир Путин"),
        ("V. Putin", "Vladimir Putin answered questions.", "Vladimir Putin"),
        # middle names between the label's first name and surname
        (
            "Carlos Tavares",
            "o ministro Carlos Eduardo Mendes Tavares, a jornalistas",
            "Carlos Eduardo Mendes Tavares",
        ),
        ("Robert Jones", "STATEMENT OF ROBERT T. JONES, ADMINISTRATOR", "Robert T. Jones"),
        ("Michael T. Brennan", "A. Michael Thomas Brennan.", "Michael Thomas Brennan"),
        # a second surname after the label's, in prose
        (
            "Ernesto Villaseñor",
            "la periodista conversó con el exsecretario Ernesto Villaseñor Paredes sobre la reforma",
            "Ernesto Villaseñor Paredes",
        ),
        # a headline in title case adds nothing
        ("Pat Tillman", "Pat Tillman Killed in Iraq; Interview With Bob Woodward", None),
        # a surname alone takes a name set apart, not a firm's name
        ("Garcia", "ELENA M. GARCIA, ESQ.\nWhitcomb Garcia Partners\n", "Elena M. Garcia"),
        ("Garcia", "Whitcomb Garcia Partners\n", None),
        # an abbreviation before a surname is no first name
        ("Grüner", "SchrAntw PStSekr Grüner BMWi", None),
        # a surname that is also a word: its lower-case uses are prose, not the name
        ("Neil Young", "Neil Angus young at heart. NEIL YOUNG spoke.", None),
        ("Neil Young", "Neil Angus Young spoke. Neil young again.", "Neil Angus Young"),
        # a German noun after its article is capitalised, and no given name
        ("Lukas Berger", "Auf dem Podium Lukas Berger und Anna Roth.", None),
        ("Berger", "Auf dem Podium Lukas Berger und Anna Roth.", None),
    ],
)
def test_fullest_name(name: str, text: str, full: str | None) -> None:
    assert fullest_name(name, text) == full


def test_split_name() -> None:
    assert split_name("В.Путин") == (["В."], "Путин")
    assert split_name("J.-P. Martin") == (["J.", "P."], "Martin")
    assert split_name("김철수") is None


@pytest.mark.parametrize(
    ("first", "text", "full"),
    [
        ("Ben", ":Author: Ben Adler\n\nBen Adler, who edits the newsletter", "Ben Adler"),
        (
            "Dev",
            "Hey everybody, welcome back to Field Notes. I'm Maya Okafor, and with me as always"
            " is Dev Raman.\n\nDev  00:00:10",
            "Dev Raman",
        ),
        ("Emma", "And I'm Emma. And we're debugging", None),
        ("Ann", "Ann Lee said so, and Ann Marsh did not.", None),  # two surnames: no guess
        # a label without its colon names no surname; a name may end its sentence
        ("Bas", "Presentatie: Bas Verhoeven.\n\n[04:02] Bas Dat gaat goed.", "Bas Verhoeven"),
        # (only the label, no colon after the words: a sentence, "[00:31] Elif Bu bölümü")
        ("Bas", "[04:02] Bas Dat gaat goed.", None),
        ("Bas", "[04:02] Bas Verhoeven: Dat gaat goed.", "Bas Verhoeven"),
        # particles before the surname, not a second name joined by "e"
        ("Pieter", "Te gast: Pieter de Wolf, verkeerskundige.", "Pieter de Wolf"),
        ("Marco", "Con Marco e Luca, in studio.", None),
        # a French elision after the first name is no surname (a label that lost its colon)
        (
            "Anne-Sophie",
            "Enquêtrice : Anne-Sophie Morel\n\nAnne-Sophie Qu'est-ce que vous faisiez ?",
            "Anne-Sophie Morel",
        ),
    ],
)
def test_name_from_first(first: str, text: str, full: str | None) -> None:
    assert name_from_first(first, text) == full


def test_caseless_full_name() -> None:
    assert caseless_full_name("김", ["김철수", "박지영"]) == "김철수"
    assert caseless_full_name("김", ["김철수", "김영희"]) is None  # two of that surname
    assert caseless_full_name("K", ["Kim"]) is None  # only scripts without case


@pytest.mark.parametrize(
    ("word", "text", "name"),
    [
        ("periodista", "Hoy la periodista Lucía Benavides conversó con él.", "Lucía Benavides"),
        ("programledare", "möter programledaren Johan Berggren ministern", "Johan Berggren"),
        ("marszałek", "(przewodniczy marszałek Sejmu Andrzej Malinowski)", "Andrzej Malinowski"),
        ("기자", "입력 2025.10.20 박지영 기자 공유하기", "박지영"),
        ("журналист", "Вопросы задавал журналист Павел Зарубин.", "Павел Зарубин"),
        # a label at the start of a line names no one (see test_named_by_word_labels)
        ("periodista", "los periodistas presentes", None),
    ],
)
def test_named_by_word(word: str, text: str, name: str | None) -> None:
    assert named_by_word(word, text, set()) == name


def test_named_by_word_labels() -> None:
    # in a text of turns, a label at the start of a line names no one
    text = "Question : Bernard Mercier, bonjour."
    assert named_by_word("question", text, set(), labels=True) is None


@pytest.mark.parametrize(
    ("word", "text", "name"),
    [
        ("président", "Présidence de M. Jean Leroy\n", "Jean Leroy"),
        (
            "presidenta",
            "PRESIDENCIA DE LA EXCMA. SRA. D.ª ELENA SOLER VIDAL\n",
            "Elena Soler Vidal",
        ),
        ("president", "President:  Mr. Delacroix . . . (France)", "Delacroix"),
        ("voorzitter", "de voorzitter van het Europees Parlement", None),
        ("président", "la présidente de la Sur", None),  # one word, no form of address
    ],
)
def test_named_by_office_stem(word: str, text: str, name: str | None) -> None:
    assert named_by_word(word, text, set(), stem=True) == name


def test_full_name_where_the_speaker_is_introduced() -> None:
    """A speaker who first speaks deep in a long record is named in full where they are
    introduced, near their first label; the search is bounded there, not the whole record."""
    filler = "".join(
        f"CHAIR: Item {k} is agreed.\n\nMR. BELL: Thank you, it is agreed.\n\n" for k in range(900)
    )
    text = (
        "Committee record\n\nCHAIR: We begin.\n\n"
        + filler
        + "CHAIR: I now call Senator Jane Okafor of the finance committee.\n\n"
        + "SENATOR J. OKAFOR: Thank you.\n\n"
        + filler
    )
    assert len(text) > 100_000
    names = {s.name for s in transcript.parse(text).speakers}
    assert "Jane Okafor" in names


# Generic labels are read by set lookups, not by a case-blind alternation of the words (it cost
# milliseconds to compile in every process): the lookups must accept exactly the names the
# former pattern did. The pattern is the reference here.
_GENERIC_REFERENCE = re.compile(
    r"(?:speaker|spkr|person|participant|voice|interviewer|interviewee|respondent|guest|caller)"
    r"[ _-]?\d{1,3}[a-z]?"
    r"|(?:sprecher(?:in)?|redner(?:in)?|teilnehmer(?:in)?|locuteur|locutrice|intervenant"
    r"|orateur|orador[a]?|hablante|interlocutor[a]?|participante|palestrante|relatore"
    r"|partecipante|spreker|deelnemer|talare|taler|deltager|puhuja|osallistuja|mówca"
    r"|uczestnik|говорящий|спикер|участник|konuşmacı|katılımcı)[ _-]?\d{1,3}"
    r"|speaker[ _]?[a-z]"
    r"|unknown(?: speaker)?|unidentified(?: (?:speaker|male|female|man|woman|voice))?"
    r"|(?:male|female) (?:voice|speaker)|participant|audience(?: member)?|crowd|multiple speakers"
    r"|q|a|question|answer|interviewer|interviewee|moderator|host|guest|narrator|announcer"
    r"|ש|ת"
    r"|operator|reporter|caller|the chair|the chairman|the chairwoman|the clerk|clerk"
    r"|presiding officer|the presiding officer|witness|the court|the judge|the witness"
    # (a chamber's collective voices, added since)
    r"|voices|a voice|some voices|des voix|une voix|plusieurs voix|voix|voces|una voz"
    r"|varias voces|vozes|uma voz|várias vozes|voci|una voce|alcune voci|stimmen"
    r"|eine stimme|stemmen|een stem|głosy|głos z sali|głosy z sali|голоса|голос"
    r"|голос из зала|голоси|голос із залу|гласове|глас|hlasy|glasovi|röster|stemmer"
    r"|onor membri|l onor membri|membri|xi membri",
    re.I,
)
_GENERIC_WORDS = [
    "speaker", "Speaker", "SPKR", "guest", "caller", "Sprecherin", "locutrice", "Orador",
    "KONUŞMACI", "katılımcı", "спикер", "Участник", "unknown", "Unidentified", "the chair",
    "Q", "a", "clerk", "audience", "presiding officer", "female", "Mr", "John",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    word=st.sampled_from(_GENERIC_WORDS),
    sep=st.sampled_from(["", " ", "_", "-", "  ", " speaker", " member", " voice"]),
    number=st.sampled_from(["", "1", "05", "123", "1234", "٢", "x"]),
    letter=st.sampled_from(["", "a", "B", "ab", " "]),
)
def test_generic_is_the_former_pattern(word: str, sep: str, number: str, letter: str) -> None:
    name = " ".join((word + sep + number + letter).split())
    if not name:
        return
    assert is_generic(name) == (_GENERIC_REFERENCE.fullmatch(strip_markup(name)) is not None)


def test_members_of_one_surname_told_apart_by_state() -> None:
    # the Congressional Record's "Mr. DAVIS of Illinois" and "Mrs. DAVIS of California":
    # two people, each with their state, not one "Davis"
    t = transcript.parse(
        "  Mr. DAVIS of Illinois. Madam Speaker, I yield myself such time as I may consume.\n"
        "  Mrs. DAVIS of California. Will the gentleman yield?\n"
        "  Mr. DAVIS of Illinois. I yield to the gentlewoman from California.\n"
        "  Mrs. DAVIS of California. Does the bill cover tribal libraries?\n"
    )
    assert sorted((s.name, s.affiliation) for s in t.speakers) == [
        ("Davis", "California"),
        ("Davis", "Illinois"),
    ]
    assert len({turn.speaker for turn in t.turns}) == 2


@pytest.mark.parametrize(
    ("label", "name", "affiliation"),
    [
        # a numbered role, a dash, then who holds it: the number is the role's, the form of
        # address is no part of the name
        ("Penanya 1 – Bapak Rudi Hartono (pemegang saham)", "Rudi Hartono", "pemegang saham"),
        ("CALLER 2 – Mrs Edna Blake (Millbrook)", "Edna Blake", "Millbrook"),
        ("Pregunta 3 – Marta Gil (Radio Sur)", "Marta Gil", "Radio Sur"),
    ],
)
def test_numbered_role_dash_person(label: str, name: str, affiliation: str) -> None:
    parts = split_role_bracket(label, set())
    assert parts is not None
    assert (parts.name, parts.affiliation) == (name, affiliation)
