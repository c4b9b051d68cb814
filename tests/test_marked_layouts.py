"""Labels alone on their line, and magazine Q&A whose questions are Markdown headings.

Each fixture in ``tests/fixtures/marked_layouts`` is read whole; the test pins who speaks
each turn (by name, or by role where the layout names nobody), how each turn starts, and
that the page's furniture (site name and menu, score line, pull quote, closing notes) is in
no turn. Two languages for each layout.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import transcript

HERE = Path(__file__).parent / "fixtures" / "marked_layouts"

BARE = {
    "bare_press_conference_cs.txt": (
        [
            ("Tisková mluvčí", "Dobrý večer, vítejte."),
            ("Karel Dvořák", "Dobrý večer. Soupeř"),
            ("Martin Pokorný", "Děkuji. Jsem spokojený"),
            ("Tisková mluvčí", "Děkuji. Máte dotazy?"),
            ("Eva Malá", "Pane Pokorný, jak"),
            ("Martin Pokorný", "Má natažený sval"),
            ("Eva Malá", "A kdy se vrátí"),
            ("Martin Pokorný", "Snad do týdne."),
            ("Otázka", "Pane Dvořáku, proč"),
            ("Karel Dvořák", "Je nemocný."),
            ("Tisková mluvčí", "Děkuji vám, hezký večer."),
        ],
        ["HC DUKLA TRUTNOV", "Úvod | Tým", "Rytíři Kladno 4:3", "Branky:", "Další zprávy"],
    ),
    "bare_press_conference_en.txt": (
        [
            ("Press officer", "Good evening, everyone."),
            ("Dana Whitfield", "Thank you. A fair result"),
            ("Owen Marsh", "Good evening. Two points"),
            ("Press officer", "Thank you both."),
            ("Priya Nair", "Owen, what happened"),
            ("Owen Marsh", "We lost the runner"),
            ("Question", "Dana, is Okafor fit"),
            ("Dana Whitfield", "He had cramp"),
            ("Press officer", "That is all for tonight."),
        ],
        ["RIVERSIDE ROVERS FC", "News | Fixtures", "Hillport Town 2:2", "Goals:", "More news"],
    ),
}

HEADINGS = {
    "heading_questions_fr.md": (
        [
            "Comment est né ce livre?",
            "D'une promesse faite",
            "Combien de temps avez-vous passé sur le terrain?",
            "Quatre hivers.",
            "Avez-vous un autre projet?",
            "Oui, mais je n'en parle pas encore.",
        ],
        ["« Je dormais", "La suite", "Cet entretien", "Partager", "Propos recueillis"],
    ),
    "heading_questions_en.md": (
        [
            "Why a hospital porter?",
            "Because my uncle",
            "How long did the book take?",
            "Six years",
            "What are you reading now?",
            "Poetry, mostly.",
        ],
        ['"Most of that', "This interview has been edited", "Share:", "Interview by"],
    ),
}


SIDES = {
    "heading_questions_fr.md": ("Sophie Lavallée", "Luc Bélanger"),
    "heading_questions_en.md": ("Tom Reyes", "Maya Osei"),
}


def _turn_texts(t: transcript.Transcript) -> str:
    return "\n".join(turn.text for turn in t.turns)


@pytest.mark.parametrize("name", sorted(BARE))
def test_labels_alone_on_their_line(name: str) -> None:
    want, furniture = BARE[name]
    t = transcript.parse_file(HERE / name)
    by_id = {s.id: s.name for s in t.speakers}
    got = [(by_id[turn.speaker] if turn.speaker else None, turn.text) for turn in t.turns]
    assert [g[0] for g in got] == [w[0] for w in want]
    for (_, text), (_, start) in zip(got, want, strict=True):
        assert text.startswith(start), (text, start)
    texts = _turn_texts(t)
    assert not [f for f in furniture if f in texts]


@pytest.mark.parametrize("name", sorted(HEADINGS))
def test_questions_in_headings(name: str) -> None:
    want, furniture = HEADINGS[name]
    t = transcript.parse_file(HERE / name)
    assert [turn.role for turn in t.turns] == ["interviewer", "interviewee"] * (len(want) // 2)
    for turn, start in zip(t.turns, want, strict=True):
        assert turn.text.startswith(start), (turn.text, start)
    # (no label names anyone: the byline names the interviewer, the headline the guest)
    names = {s.id: s.name for s in t.speakers}
    assert [names[turn.speaker] for turn in t.turns if turn.speaker] == list(SIDES[name]) * (
        len(want) // 2
    )
    assert [turn.kind for turn in t.turns[::2]] == ["question"] * (len(want) // 2)
    texts = _turn_texts(t)
    assert not [f for f in furniture if f in texts]
    assert any(d.code == "alternation-inferred" for d in t.diagnostics)


STYLES = Path(__file__).parent / "fixtures" / "styles"


@pytest.mark.parametrize(
    "name, speakers",
    [
        (
            "92_dash_questions_surname_space_ja.txt",
            {"井上由香": "interviewer", "中川真一": "interviewee"},
        ),
        (
            "93_dash_questions_surname_space_ko.txt",
            {"김민지": "interviewer", "박서준": "interviewee"},
        ),
    ],
)
def test_dash_questions_and_surname_answers_name_both_sides(
    name: str, speakers: dict[str, str]
) -> None:
    # the dash mark's speaker is the interviewer the page credits; a surname alone is
    # named in full where the page gives the name with its reading
    t = transcript.parse_file(STYLES / name)
    assert {s.name: s.role for s in t.speakers} == speakers
    assert [u.style for u in t.label_styles] == ["dashq", "idspace"]


def test_a_menu_of_words_is_no_layout_of_surname_labels() -> None:
    # words parted by full-width spaces, used once each, are no labels
    t = transcript.parse("ニュース　インタビュー　書評\n\nホーム　ランキング　特集\n")
    assert t.turns == []


def test_a_credit_names_no_one_when_two_are_credited() -> None:
    text = (
        "取材・文＝井上由香　聞き手：山本一郎\n\n"
        "――はじめに？\n\n中川　はい、そうです。\n\n――次に？\n\n中川　いいえ。\n"
    )
    t = transcript.parse(text)
    asker = next(s for s in t.speakers if s.role == "interviewer")
    assert asker.name == "Q"


@pytest.mark.parametrize(
    "line, pager",
    [
        ("1　2　3　次へ＞", True),
        ("« Précédent 1 | 2 | 3 Suivant »", True),
        ("1 2 3 4 Next ›", True),
        ("12 apples", False),
        ("I was 12 or 13 >", False),
        ("2019 2020", False),
    ],
)
def test_a_pager_is_furniture(line: str, pager: bool) -> None:
    from transcript.reading.furniture import furniture_line

    assert furniture_line(line) is pager


@pytest.mark.parametrize(
    "label, name, role, outlet",
    [
        ("Question – Priya Nair, The Courier", "Priya Nair", "interviewer", "The Courier"),
        ("Otázka – Eva Malá, Deník", "Eva Malá", "interviewer", "Deník"),
        ("Pregunta — Ana Ruiz", "Ana Ruiz", "interviewer", None),
    ],
)
def test_a_question_word_then_who_asks(
    label: str, name: str, role: str, outlet: str | None
) -> None:
    from transcript.people.names import split_label
    from transcript.people.roles import label_role

    parts = split_label(label)
    assert (parts.name, parts.affiliation) == (name, outlet)
    assert parts.role_word is not None and label_role(parts.role_word) == role


def test_a_name_then_a_dash_is_not_an_asker() -> None:
    from transcript.people.names import split_label

    assert split_label("Anna Berg – Programledare").name != "Programledare"


@pytest.mark.parametrize("role", ["Tisková mluvčí", "Assessora de imprensa"])
def test_a_role_in_sentence_case_used_twice_is_a_colon_label(role: str) -> None:
    text = (
        f"{role}: Good evening, welcome.\n\nAnn Lee: Thank you.\n\nTom Baker: Thanks.\n\n"
        f"{role}: Questions, please.\n\nAnn Lee: None from me.\n"
    )
    t = transcript.parse(text)
    names = {s.id: s.name for s in t.speakers}
    assert [names[x.speaker] for x in t.turns if x.speaker] == [
        role,
        "Ann Lee",
        "Tom Baker",
        role,
        "Ann Lee",
    ]


def test_a_phrase_used_once_is_no_colon_label() -> None:
    text = "Ann Lee: Hi.\n\nTom Baker: Hello.\n\nKey points: none.\n\nAnn Lee: Bye.\n"
    t = transcript.parse(text)
    assert "Key points" not in {s.name for s in t.speakers}


def test_unlabelled_turns_stay_unnamed_when_the_page_names_one_side() -> None:
    text = (
        "*Interview by Tom Reyes*\n\n**Why bread?**\n\nBecause I was hungry.\n\n"
        "**Why ovens?**\n\nBecause bread needs one.\n\n**And now?**\n\nNow I rest.\n"
    )
    t = transcript.parse(text)
    assert len(t.turns) == 6 and all(turn.speaker is None for turn in t.turns)


# ---------------------------------------------------------------- generated interviews

_KANJI = "山田中川村井上下木林森石原小大高橋松本佐藤伊野"
_HANGUL = "김이박최정강조윤장임한오서신권황안송류전홍"
_SENTENCE_CHARS = "あいうえおかきくけこさしすせそ話映画島海町作品時間最初"


@st.composite
def _dash_interviews(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    """A page of a Japanese or Korean interview: '――' questions, 'Surname　answer'
    answers from one or two guests, a lead paragraph above."""
    letters = draw(st.sampled_from((_KANJI, _HANGUL)))
    surname = st.text(letters, min_size=2, max_size=3)
    guests = draw(st.lists(surname, min_size=1, max_size=2, unique=True))
    sentence = st.text(_SENTENCE_CHARS, min_size=4, max_size=30).map(lambda s: s + "。")
    n = draw(st.integers(2, 5))
    lines = ["インタビュー記事", "", draw(sentence) + draw(sentence), ""]
    want: list[tuple[str, str]] = []
    for _ in range(n):
        q = draw(sentence)[:-1] + "？"
        lines += ["――" + q, ""]
        want.append(("――", q))
        for g in draw(st.lists(st.sampled_from(guests), min_size=1, max_size=2)):
            a = draw(sentence)
            lines += [f"{g}\u3000{a}", ""]
            want.append((g, a))  # (each label a turn, the same guest's twice too)
    # (a surname is a label where it recurs: a guest answers twice or more)
    assume(all(sum(1 for w in want if w[0] == g) >= 2 for g in guests))
    return "\n".join(lines), want


@settings(max_examples=40, deadline=None)
@given(_dash_interviews())
def test_generated_dash_interviews_are_recovered(doc: tuple[str, list[tuple[str, str]]]) -> None:
    text, want = doc
    t = transcript.parse(text)
    got = [(turn.label, turn.text) for turn in t.turns]
    assert [g[0] for g in got] == [w[0] for w in want]
    for (_, text_got), (_, start) in zip(got, want, strict=True):
        assert text_got.startswith(start)


def test_a_word_said_twice_in_one_answer_names_no_host() -> None:
    # (found by test_properties: "Honestly, ..." twice in one answer named the interviewer)
    text = (
        "**Interviewer:** We have been very clear about that.\n"
        "**Ann Smith:** Well, we have been very clear about that.\n\n"
        "Honestly, nobody knows.\n\nHonestly, nobody knows.\n"
        "**Ann Blinken:** So, we have been very clear about that.\n"
    )
    assert "Honestly" not in {s.name for s in transcript.parse(text).speakers}


def test_a_sentence_adverb_in_two_answers_names_no_host() -> None:
    # (found by test_properties: "Honestly, ..." opening two answers named the interviewer)
    text = (
        "Interviewer — We have been very clear.\n\nAnn Blinken — Honestly, nobody knows.\n\n"
        "Interviewer — Well, we have been very clear.\n\n"
        "Ann Blinken — Honestly, nobody knows. We have been very clear.\n\n"
        "Interviewer — Now, we have been very clear.\n"
    )
    assert "Honestly" not in {s.name for s in transcript.parse(text).speakers}


def test_a_time_on_the_last_line_after_a_label() -> None:
    # (found by test_properties: an IndexError escaped on "Q" then a time as the last line)
    t = transcript.parse("Q\n0:00:00")
    assert [a.text for turn in t.turns for a in turn.annotations] == ["0:00:00"]
