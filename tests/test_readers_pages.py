"""Web pages laid out as real transcript pages are, read into the turns a reader expects.

Each ``tests/fixtures/formats/pages/NAME.html`` is an invented page in a layout common on
the web (labels in ``<strong>`` or ``<b>``, several turns to a paragraph split by ``<br>``,
a table of time | speaker | text, a transcript widget of ``<div>`` elements, labels with
full-width colons, pages in ISO-8859-1 and Big5), with what pages put around an article:
cookie banners, menus, share tools, ads, related stories, comment sections, footers, most of
them in ``<div>`` elements known only by their class. ``NAME.expected.json`` holds the
expected title, date, charset and turns, the furniture the reader leaves out of the text
(``left_out``) and what stays in the text but in no turn (``not_speech``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import transcript
from transcript.readers import extract
from transcript.readers._layout import header_row, row_line
from transcript.strategies import lossless_problems

pytest.importorskip("lxml", reason="the html extra is not installed")

PAGES = Path(__file__).parent / "fixtures" / "formats" / "pages"
CASES = sorted(p.stem for p in PAGES.glob("*.html"))


def test_the_pages_are_there() -> None:
    assert len(CASES) >= 5


@pytest.mark.parametrize("name", CASES)
def test_page_reads_as_expected(name: str) -> None:
    data = (PAGES / f"{name}.html").read_bytes()
    want = json.loads((PAGES / f"{name}.expected.json").read_text("utf-8"))
    got = extract(data)
    assert got is not None and got.encoding == want["encoding"]
    for furniture in want["left_out"]:
        assert furniture not in got.text, furniture
    t = transcript.parse_bytes(data, source=f"{name}.html")
    for furniture in want["not_speech"]:
        assert furniture in got.text and not any(furniture in x.text for x in t.turns)
    assert [[turn.label, turn.text] for turn in t.turns] == want["turns"]
    assert (t.title, t.date) == (want["title"], want["date"])
    assert lossless_problems(got.text, t) == []


def test_a_class_named_furniture_is_left_out_but_not_a_wrapper() -> None:
    page = (
        b'<html><body><div class="page has-sidebar"><div class="content">'
        b"<p><b>Q:</b> Is the wrapper kept?</p><p><b>A:</b> Yes, it holds the article.</p>"
        b"<p><b>Q:</b> And the commentary?</p>"
        b'<div class="commentary"><p><b>A:</b> Kept: the name is not "comments".</p></div>'
        b'</div><div class="sidebar"><p><b>Editor:</b> sidebar text</p></div>'
        b'<div id="comments"><p><b>reader1:</b> a comment</p></div>'
        b'<div class="relatedArticles"><p><b>More:</b> another story</p></div></div></body></html>'
    )
    got = extract(page)
    assert got is not None
    assert got.text == (
        "**Q:** Is the wrapper kept?\n\n**A:** Yes, it holds the article.\n\n"
        '**Q:** And the commentary?\n\n**A:** Kept: the name is not "comments".\n'
    )
    assert dict(got.left_out) == {"boilerplate": 2, "comments": 1}


def test_a_dateline_is_read_into_the_date_and_a_date_in_a_sentence_stays() -> None:
    page = (
        b'<html><body><article><time datetime="2024-02-01">1 February 2024</time>'
        b'<p>Recorded on <time datetime="2024-01-30">30 January</time> in Oslo.</p>'
        b"<p>Q: Ready?</p><p>A: Yes.</p></article></body></html>"
    )
    got = extract(page)
    assert got is not None
    assert got.text == "Recorded on 30 January in Oslo.\n\nQ: Ready?\n\nA: Yes.\n"
    assert got.date == "2024-02-01" and dict(got.left_out) == {"date": 1}


def test_a_layout_table_is_read_as_blocks() -> None:
    # (an old site's page laid out in a table: the cells hold paragraphs, not a row of data)
    page = (
        b"<html><body><table><tr><td><p>Site menu</p></td><td>"
        b"<p>MR. HALE: The towers need people.</p><p>MS. NAIR: Who pays?</p>"
        b"</td></tr></table></body></html>"
    )
    got = extract(page)
    assert got is not None
    assert got.text == "Site menu\n\nMR. HALE: The towers need people.\n\nMS. NAIR: Who pays?\n"


@pytest.mark.parametrize(
    ("cells", "line"),
    [
        (["Ann Lee", "Hello."], "Ann Lee: Hello."),
        (["00:01:02", "Ann Lee", "Hello."], "[00:01:02] Ann Lee: Hello."),
        (["Ann Lee", "(1:02)", "Hello."], "[1:02] Ann Lee: Hello."),
        (["00:01:02", "Hello."], "[00:01:02] Hello."),
        (["Ann Lee:", "Hello."], "Ann Lee: Hello."),
        (["It was a long day.", "Hello."], "It was a long day.  Hello."),
        (["2019", "Budget", "12.5"], "2019  Budget  12.5"),
    ],
)
def test_table_rows(cells: list[str], line: str) -> None:
    assert row_line(cells) == line


@pytest.mark.parametrize(
    ("cells", "header"),
    [
        (["Speaker", "Text"], True),
        (["Time", "Speaker", "Text"], True),
        (["Timestamp:", "Name", "Transcript"], True),
        (["Ann Lee", "Text"], False),
        (["Speaker"], False),
    ],
)
def test_header_rows(cells: list[str], header: bool) -> None:
    assert header_row(cells) is header


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (  # a player's transcript: the name, its time beside it, the speech below
            "<div class='turn'><span class='speaker-name'>Ann Lee</span> "
            "<span class='ts'>00:01</span><p>Hello and welcome.</p></div>"
            "<div class='turn'><span class='speaker-name'>Bob Roe</span> "
            "<span class='ts'>00:05</span><p>Thanks.</p></div>",
            [("Ann Lee 00:01", 1.0, "Hello and welcome."), ("Bob Roe 00:05", 5.0, "Thanks.")],
        ),
        (  # the name with its colon already
            "<p><span class='speaker'>ANN:</span> Hello.</p><p><span class='speaker'>BOB:</span>"
            " Hi.</p>",
            [("ANN:", None, "Hello."), ("BOB:", None, "Hi.")],
        ),
        (  # a bold name as a link, the colon inside the bold
            "<p><strong><a href='/p/ann'>Ann Lee</a>:</strong> Hello there.</p>"
            "<p><strong><a href='/p/bob'>Bob Roe</a>:</strong> Hi.</p>",
            [("**Ann Lee:**", None, "Hello there."), ("**Bob Roe:**", None, "Hi.")],
        ),
    ],
)
def test_transcript_widgets(body: str, want: list[tuple[str, float | None, str]]) -> None:
    data = f"<html><body>{body}</body></html>".encode()
    t = transcript.parse_bytes(data)
    assert [(x.label, x.start, x.text) for x in t.turns] == want
