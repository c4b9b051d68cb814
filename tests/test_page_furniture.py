"""Page furniture kept out of speech, in several languages (issue 20, item 8).

Each ``tests/fixtures/furniture/NAME.txt`` has ``NAME.expected.json`` beside it: ``turns``,
every turn as ``[label, text]`` (the whole text: furniture cut off a turn must take no
speech with it), and ``blocks``, lines of page furniture that must each be a block of
their own (or part of one); optional ``block_kinds``, such a line and its block's kind.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import transcript
from transcript.reading.furniture import is_boilerplate, parse_date
from transcript.reading.widgets import WIDGET_KEYS, is_widget_line

CASES = sorted((Path(__file__).parent / "fixtures" / "furniture").glob("*.txt"))


def _norm(s: str) -> str:
    return " ".join(s.split())


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_furniture_fixture(path: Path) -> None:
    want = json.loads(path.with_name(path.stem + ".expected.json").read_text("utf-8"))
    t = transcript.parse_file(path)
    got = [[turn.label, _norm(turn.text)] for turn in t.turns]
    assert got == [[label, _norm(text)] for label, text in want["turns"]]
    blocks = [_norm(b.text) for b in t.blocks]
    for line in want["blocks"]:
        assert any(_norm(line) in b for b in blocks), f"not a block: {line!r}"
    for line, kind in want.get("block_kinds", {}).items():
        got_kinds = [b.kind for b in t.blocks if _norm(line) in _norm(b.text)]
        assert kind in got_kinds, f"{line!r}: {got_kinds}, not {kind}"


def test_cases_cover_languages() -> None:
    # each rule's fixtures are named RULE_LANG.txt: every rule in two languages at least
    langs: dict[str, set[str]] = {}
    for p in CASES:
        rule, _, lang = p.stem.rpartition("_")
        langs.setdefault(rule, set()).add(lang)
    assert langs and all(len(v) >= 2 for v in langs.values()), langs


# A widget's line is read by set lookups, not by a case-blind alternation of its keys (which
# cost milliseconds to compile in every process): the lookups must accept exactly the lines
# the pattern would. The pattern is the reference here, built from the same keys.
_WIDGET_KEYS = sorted(WIDGET_KEYS, key=len, reverse=True)
_WIDGET_LINE = re.compile(
    "(?:" + "|".join(map(re.escape, _WIDGET_KEYS)) + ")"
    r"(?:[ \t]*[:：].*|[ \t]+[^.?!。？！\n]{0,80}|[ \t]*)"
)


@settings(max_examples=300, deadline=None)
@given(
    key=st.sampled_from(_WIDGET_KEYS),
    sep=st.sampled_from(["", " ", "  ", "\t", ":", " : ", "：", "s", " x", "."]),
    tail=st.one_of(
        st.text(alphabet="ab .?!:：\t", max_size=20),
        st.text(alphabet="ab ", min_size=76, max_size=84),  # (about the 80 allowed)
    ),
)
def test_widget_line_is_the_keys_pattern(key: str, sep: str, tail: str) -> None:
    line = key + sep + tail
    assert is_widget_line(line) == (_WIDGET_LINE.fullmatch(line.casefold()) is not None)
    assert is_widget_line(line.upper()) == (
        _WIDGET_LINE.fullmatch(line.upper().casefold()) is not None
    )


# The formats dates were read in by strptime before the date pattern of our own: each
# must still read (strftime writes the month and weekday names of the C locale).
_OLD_DATE_FORMATS = (
    "%A, %b %d, %Y",
    "%A, %B %d, %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%A %d %B %Y",
    "%A, %d %B %Y",
    "%Y-%m-%d",
    "%m/%d/%Y",
    "%B %d %Y",
    "%b. %d, %Y",
    "%A, %b. %d, %Y",
)


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 12, 31)),
    fmt=st.sampled_from(_OLD_DATE_FORMATS),
    unpadded=st.booleans(),
    case=st.sampled_from([str, str.upper, str.lower]),
)
def test_dates_read_in_every_format(
    day: datetime.date, fmt: str, unpadded: bool, case: Callable[[str], str]
) -> None:
    written = case(day.strftime(fmt))
    if unpadded:  # ("Jun 3, 2025" as well as "Jun 03, 2025")
        written = re.sub(r"\b0(\d)\b", r"\1", written)
    assert parse_date(written) == day.isoformat()
    assert parse_date(f"  '{written}' ") == day.isoformat()


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("2025-06-03T10:00:00Z", "2025-06-03"),
        ("Sept. 9, 2025", "2025-09-09"),
        ("February 30, 2025", None),
        ("Juno 3, 2025", None),
        ("13/01/2025", None),
        ("June 3, 2025 at 10:00", None),
        ("Related Articles", None),
        ("Tuesday", None),
    ],
)
def test_date_lines(line: str, want: str | None) -> None:
    assert parse_date(line) == want


# Site furniture is read by its words in sets (a case-blind alternation of a hundred phrases
# cost milliseconds to compile in every process): the lookups must accept exactly the lines
# the former pattern did. The pattern is the reference here.
_FURNITURE_REFERENCE = re.compile(
    r"(?i)^(?:newsletters?|related(?: articles| stories| content| posts| coverage| videos?)?|"
    r"share(?: this(?: article| story)?| on \w+)?|subscribe\b.*|sign up\b.*|advertisement|"
    r"sponsored(?: content)?|read more\b.*|more from\b.*|more on this\b.*|comments?\b.*|"
    r"follow us\b.*|close|×|x|✕|menu|search|home|top stories|trending(?: now)?|most (?:read|popular|viewed)|"
    r"recommended(?: for you)?|you may also like|you might also like|don't miss|latest(?: news)?|"
    r"copyright\b.*|©.*|all rights reserved\.?|privacy policy|terms of (?:use|service)|cookie\b.*|"
    r"back to top|skip to (?:main )?content|click here\b.*|tags?:.*|topics?:.*|watch(?: now| live)?|"
    r"listen(?: now)?|play|pause|mute|unmute|full ?screen|next|previous|loading\.*|print|email|"
    r"facebook|twitter|x \(twitter\)|linkedin|whatsapp|reddit|telegram|copy link|"
    r"\d{1,2}:\d{2}(?::\d{2})?(?: / \d{1,2}:\d{2}(?::\d{2})?)?|"
    r"(?:end\s+)?\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[a-z]{2,4})?|"
    r"(?:music|produced by|producer|transcribed by|transcription(?: by)?|edited by|editor|"
    r"credits?|photograph|photo|image|illustration|source|originally published|"
    r"this transcript|transcript (?:by|edited)|previous post|next post|posted (?:by|in)|"
    r"(?:this|the) (?:interview|conversation) (?:has been|was) (?:lightly )?(?:edited|condensed))\b.*|"
    # the same in other languages: site footers and links around an article
    r"(?:lee también|te puede interesar|más noticias|publicidad|lire aussi|à lire aussi|"
    r"publicité|mehr zum thema|auch interessant|anzeige|werbung|leggi anche|pubblicità|"
    r"опубликован|дата публикации|ссылка на материал|читайте также|"
    r"todos los derechos|tous droits|alle rechte|tutti i diritti|"
    # "back to top" and "last updated"
    r"til toppen|tilbake til toppen|till toppen|nach oben|zurück nach oben|volver arriba|"
    r"haut de page|retour en haut|torna su|voltar ao topo|do góry|наверх|"
    r"last updated|sist oppdatert|senast uppdaterad|zuletzt aktualisiert|"
    r"última actualización|dernière mise à jour|ultimo aggiornamento|última atualização)\b.*|"
    r"(?:分享到|【打印本页】|【关闭窗口】|版权所有|转载|相关新闻|責任編輯|责任编辑).*)$"
)
_FURNITURE_SEEDS = [
    "Newsletter", "related videos", "Share this story", "share on", "SUBSCRIBE", "Sign up",
    "Comments", "comment", "×", "x", "X (Twitter)", "Copyright", "©", "Photo", "Photograph",
    "This interview has been lightly edited", "The conversation was condensed", "Lire aussi",
    "ÚLTIMA ACTUALIZACIÓN", "наверх", "分享到", "责任编辑", "Tags:", "topic:", "0:00",
    "12:03 / 45:10", "End 10:30 a.m.", "10:30 PM EST", "Loading", "Music", "Musical", "Editor",
    "editorial", "The interview", "Sources", "all rights reserved.", "Hello", "",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    seed=st.sampled_from(_FURNITURE_SEEDS),
    tail=st.sampled_from(
        ["", " ", ".", "...", "s", "_", " by AP", ": Reuters", "x", " est", "微博"]
    ),
)
def test_furniture_words_are_the_former_pattern(seed: str, tail: str) -> None:
    line = (seed + tail).strip()
    assert is_boilerplate(line) == (_FURNITURE_REFERENCE.match(line) is not None), line
