"""PDF records whose page breaks and line wraps fall where the text's layout needs them whole.

Each case is a small multi-page PDF made here (fpdf2's core Courier font: no font file
needed) with a running header and ``Page N of M`` at the foot of every page, as hearing and
parliamentary records are printed; the text is invented. Each was a leak or a lost turn of
the corpus converted to PDF (benchmarks/formats_score.py) before its fix.
"""

from __future__ import annotations

import pytest

import transcript
from transcript.readers import extract

pytest.importorskip("pypdf", reason="the pdf extra is not installed")
fpdf = pytest.importorskip("fpdf", reason="fpdf2 (the test extra) makes these PDFs")


def record(pages: list[list[str]], header: str = "COMMITTEE ON HARBOURS - RECORD") -> bytes:
    """A PDF of these pages' lines, ``header`` on top of each and its number at the foot."""
    pdf = fpdf.FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for n, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("Courier", "B", 9)
        pdf.text(20, 15, header)
        pdf.set_font("Courier", "", 9)
        y = 25.0
        for line in lines:
            if line:
                pdf.text(15, y, line)
            y += 5.0
        pdf.text(95, 287, f"Page {n} of {len(pages)}")
    return bytes(pdf.output())


def turns(data: bytes) -> list[tuple[str | None, str]]:
    return [(t.label, t.text) for t in transcript.parse_bytes(data).turns]


def test_a_page_break_between_a_bare_label_and_its_speech() -> None:
    # labels alone on their line, in capitals, no colon; page 1 ends on a label
    pages = [
        [
            "CHAIR MORENO",
            "Good morning. We open the session on the harbour dredging works.",
            "",
            "DEPUTY ALVES",
            "Thank you, Chair. How much silt has been taken out so far this year?",
            "",
            "MINISTER OKAFOR",
            "About forty thousand tonnes, and the work goes on until the autumn.",
            "",
            "DEPUTY ALVES",
        ],
        [
            "And who pays for the second phase of the works, the port or the state?",
            "",
            "MINISTER OKAFOR",
            "The port pays half of it. The rest comes from the regional budget.",
            "",
            "CHAIR MORENO",
        ],
        [
            "Thank you both. The session is closed.",
        ],
    ]
    data = record(pages)
    got = extract(data)
    assert got is not None
    assert "DEPUTY ALVES\n--- Page 2 ---\nAnd who pays" in got.text
    assert turns(data) == [
        ("CHAIR MORENO", "Good morning. We open the session on the harbour dredging works."),
        ("DEPUTY ALVES", "Thank you, Chair. How much silt has been taken out so far this year?"),
        ("MINISTER OKAFOR", "About forty thousand tonnes, and the work goes on until the autumn."),
        ("DEPUTY ALVES", "And who pays for the second phase of the works, the port or the state?"),
        ("MINISTER OKAFOR", "The port pays half of it. The rest comes from the regional budget."),
        ("CHAIR MORENO", "Thank you both. The session is closed."),
    ]


def test_a_page_break_between_a_cue_timing_and_its_text() -> None:
    # a caption file printed: a page ends after a cue's timing line, or in a cue's text
    pages = [
        [
            "WEBVTT",
            "",
            "1",
            "00:00:01.000 --> 00:00:04.000",
            "Rosa Lind: Welcome to the review of the harbour works.",
            "",
            "2",
            "00:00:05.000 --> 00:00:09.000",
        ],
        [
            "Tom Beck: Thanks. The silt figures came in this morning.",
            "",
            "3",
            "00:00:12.000 --> 00:00:15.000",
            "Rosa Lind: Good. Can you share them with the committee?",
        ],
        [
            "4",
            "00:00:20.000 --> 00:00:22.000",
            "Tom Beck: I will send them today.",
        ],
    ]
    data = record(pages, header="CAPTIONS - HARBOUR REVIEW")
    got = turns(data)
    assert got == [
        ("Rosa Lind:", "Welcome to the review of the harbour works."),
        ("Tom Beck:", "Thanks. The silt figures came in this morning."),
        ("Rosa Lind:", "Good. Can you share them with the committee?"),
        ("Tom Beck:", "I will send them today."),
    ]
    t = transcript.parse_bytes(data)
    assert [b.text for b in t.blocks if b.kind == "page"] == ["--- Page 2 ---", "--- Page 3 ---"]


def test_a_tag_the_typesetter_broke_is_one_line_of_markup_again() -> None:
    # a blog post's markup printed with the text: a line too long for the page was wrapped
    # at the space inside its second <img> tag
    pages = [
        [
            "Ann Roe: Welcome back to the show. Today we talk about harbours.",
            "",
            '<center><img src="/images/2024/harbour-01.jpg"><img',
            'src="/images/2024/harbour-02.jpg"></center>',
            "",
            "Ben Cho: Thanks for having me. Harbours are my favourite subject.",
            "",
            "Ann Roe: Then let us start with the dredging.",
        ],
        [
            '<p><img class="wide"',
            'src="/images/2024/harbour-03.jpg" alt="the quay"></p>',
            "",
            "Ben Cho: The dredging is the expensive part. A tag: <b>bold</b> stays.",
            "",
            "Ann Roe: And is 3 <b",
            "if b > 3? A comparison, not a tag.",
        ],
    ]
    data = record(pages)
    got = extract(data)
    assert got is not None
    lines = got.text.splitlines()
    assert (
        '<center><img src="/images/2024/harbour-01.jpg"><img '
        'src="/images/2024/harbour-02.jpg"></center>'
    ) in lines
    assert '<p><img class="wide" src="/images/2024/harbour-03.jpg" alt="the quay"></p>' in lines
    assert "Ann Roe: And is 3 <b" in lines  # (not a tag: left as it is)
    said = turns(data)
    assert [who for who, _ in said] == ["Ann Roe:", "Ben Cho:", "Ann Roe:", "Ben Cho:", "Ann Roe:"]
    assert not any("img" in text or "src=" in text for _, text in said)


def test_a_label_alone_above_numbered_blank_lines() -> None:
    # a record numbered in its margin, blank lines numbered too; a label typed with a quote
    # mark for its colon stands alone on its line, its speech two numbered lines below
    said = [
        "Ann Lee:",
        "",
        '"Why was the harbour closed for a week in March?"',
        "",
        "Tom Beck:",
        "",
        '"The silt had built up faster than the dredgers could take it out."',
        "",
        'Ann Lee"',
        "",
        '"And who decided to close it?"',
        "",
        "Tom Beck:",
        "",
        '"The harbour master did, on the pilots\' advice."',
    ]
    pages = [
        [f"{i:>2}  {line}".rstrip() for i, line in enumerate(said[:8], 1)],
        [f"{i:>2}  {line}".rstrip() for i, line in enumerate(said[8:], 1)],
    ]
    data = record(pages)
    got = extract(data)
    assert got is not None and '\n1  Ann Lee"\n2\n3  "And who' in got.text
    assert [(t.label, t.text) for t in transcript.parse_bytes(data).turns] == [
        ("Ann Lee:", "Why was the harbour closed for a week in March?"),
        ("Tom Beck:", "The silt had built up faster than the dredgers could take it out."),
        ('Ann Lee"', "And who decided to close it?"),
        ("Tom Beck:", "The harbour master did, on the pilots' advice."),
    ]
