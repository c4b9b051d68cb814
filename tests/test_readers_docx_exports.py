"""Word files as transcription services and newsrooms export them, read into their turns.

The files are made here with python-docx (the text is invented): a table of
time | speaker | text under a header row, as Otter's and Rev's table exports are; a
speaker | text table whose header row repeats on each page; a cell holding two paragraphs;
Otter's paragraph layout (name and time on one line, the speech below); text inside a
content control; a running header and a footer with a page number, left out.
"""

from __future__ import annotations

import io
from typing import Any

import pytest

import transcript
from transcript.readers import extract
from transcript.strategies import lossless_problems

docx = pytest.importorskip("docx", reason="the docx extra is not installed")

CONVERSATION = [
    ("00:00:04", "Priya Nair", "Welcome back. My guest today is Owen Hale."),
    ("00:00:11", "Owen Hale", "Thanks, Priya. Happy to be here."),
    ("00:00:15", "Priya Nair", "How many keepers are left on this coast?"),
    ("00:00:19", "Owen Hale", "None. The last one left in 1991."),
]
TURNS = [(who + ":", said) for _, who, said in CONVERSATION]


def saved(d: Any) -> bytes:
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def table(d: Any, rows: list[tuple[str, ...]]) -> Any:
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(t.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    return t


def turns(data: bytes) -> list[tuple[str | None, str]]:
    return [(t.label, t.text) for t in transcript.parse_bytes(data).turns]


def test_time_speaker_text_table_with_header_row_header_and_footer() -> None:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Tidewater Talks - Episode 41 - CONFIDENTIAL"
    d.sections[0].footer.paragraphs[0].text = "Page 1 of 1"
    d.add_paragraph("Episode 41: Lighthouses after the keepers")
    table(d, [("Timestamp", "Speaker", "Text"), *CONVERSATION])
    data = saved(d)
    got = extract(data)
    assert got is not None
    assert got.text.startswith(
        "Episode 41: Lighthouses after the keepers\n\n"
        "[00:00:04] Priya Nair: Welcome back. My guest today is Owen Hale.\n\n"
    )
    assert "Timestamp" not in got.text and "CONFIDENTIAL" not in got.text
    assert dict(got.left_out) == {"footer": 1, "header": 1, "table-header": 1}
    t = transcript.parse_bytes(data)
    assert [(x.label, x.text) for x in t.turns] == TURNS
    assert [x.start for x in t.turns] == [4.0, 11.0, 15.0, 19.0]
    assert lossless_problems(got.text, t) == []


def test_speaker_text_table_whose_header_repeats_on_each_page() -> None:
    from docx.oxml import OxmlElement

    d = docx.Document()
    t = table(d, [("Who", "What was said"), *[(who, said) for _, who, said in CONVERSATION]])
    tr_pr = t.rows[0]._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))  # (Word's "repeat as header row")
    data = saved(d)
    got = extract(data)
    assert got is not None and "What was said" not in got.text
    assert turns(data) == TURNS


def test_a_cell_of_two_paragraphs_reads_as_one_speech() -> None:
    d = docx.Document()
    t = table(d, [("Speaker", "Text"), ("Ann Lee", "First point."), ("Bob Roe", "Reply.")])
    t.rows[1].cells[1].add_paragraph("Second point.")
    data = saved(d)
    assert turns(data) == [("Ann Lee:", "First point. Second point."), ("Bob Roe:", "Reply.")]


def test_otter_paragraphs_name_and_time_above_the_speech() -> None:
    d = docx.Document()
    for stamp, who, said in CONVERSATION:
        d.add_paragraph(f"{who}  {stamp[3:]}")
        d.add_paragraph(said)
    data = saved(d)
    got = transcript.parse_bytes(data)
    assert [(x.label, x.text) for x in got.turns] == [
        (f"{who}  {stamp[3:]}", said) for stamp, who, said in CONVERSATION
    ]
    assert [s.name for s in got.speakers] == ["Priya Nair", "Owen Hale"]


def test_text_inside_a_content_control_is_read() -> None:
    from docx.oxml import OxmlElement

    d = docx.Document()
    d.add_paragraph("Q: Before the control?")
    body = d.element.body
    sdt = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    p = d.add_paragraph("A: Inside it.")._p
    content.append(p)  # (moves the paragraph into the control)
    body.insert(body.index(body[-1]), sdt)  # (before the section properties)
    d.add_paragraph("Q: And after it?")
    data = saved(d)
    assert turns(data) == [
        ("Q:", "Before the control?"),
        ("A:", "Inside it."),
        ("Q:", "And after it?"),
    ]
