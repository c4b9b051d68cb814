"""Examination headings (transcript.people.examinations): who examines the witness, in
the languages court and inquiry records are kept in."""

from __future__ import annotations

import pytest

from transcript.people.examinations import (
    examination_headings,
    heading_witnesses,
    same_office,
    without_witness_role,
)


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


@pytest.mark.parametrize(
    "text, who",
    [
        ("XXN BY COUNSEL FOR DEFENDANTS (CONT’D)\n", "counsel for defendants"),
        ("RE-EXAMINATION BY COUNSEL FOR THE CLAIMANT\n", "counsel for the claimant"),
        ("Cross-examination by Mr. Mensah:\n", "Mr. Mensah"),
        (
            "На вопросы государственного обвинителя подсудимый Орлов И.И. пояснил:\n",
            "государственного обвинителя",
        ),
        ("Свидетель Белова А.А. на вопросы защитника пояснила:\n", "защитника"),
        ("На запитання прокурора обвинувачений Гнатюк В.П. пояснив:\n", "прокурора"),
    ],
)
def test_a_heading_names_the_examiner_by_office_or_name(text: str, who: str) -> None:
    got = examination_headings("Q. Before?\nA. Yes.\n" + text + "Q. Then?\n")
    assert [w for _a, _b, w in got] == [who]


def test_a_heading_names_the_witness_too() -> None:
    text = "Вопрос: Где?\n\nСвидетель Белова А.А. на вопросы защитника пояснила:\nВопрос: Когда?\n"
    assert heading_witnesses(text) == [(text.index("Свидетель"), "Свидетель Белова А.А.")]
    assert without_witness_role("Свидетель Белова А.А.") == "Белова А.А."


@pytest.mark.parametrize(
    "key, office, same",
    [
        ("государственный обвинитель", "государственного обвинителя", True),
        ("защитник", "защитника", True),
        ("counsel for defendants", "counsel for the defendants", True),
        ("защитник", "прокурора", False),
        ("counsel for plaintiff", "counsel for defendants", False),
    ],
)
def test_an_office_in_another_case_is_the_same_office(key: str, office: str, same: bool) -> None:
    assert same_office(key, office) is same


def test_korean_headings_over_question_blocks_name_the_examiner() -> None:
    text = (
        "검      사      류지호\n증      인      이  름   배수아\n\n"
        "검사\n증인에게 사진을 보여주고\n\n문    보셨나요.\n답    예.\n\n"
        "재판장\n문    언제였나요.\n답    어제입니다.\n\n재판장 판사  도하람  (인)\n"
    )
    assert [w for _a, _b, w in examination_headings(text)] == ["류지호", "도하람"]
    assert heading_witnesses(text) == [(0, "배수아")]
