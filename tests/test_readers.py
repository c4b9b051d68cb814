"""The readers of HTML pages, Word files and PDF records (transcript/readers/).

The fixtures of tests/fixtures/formats/ were made from real transcripts by
make_fixtures.py there; each ``NAME.txt`` beside them is the text it was made from, and the
format must parse to the same turns. Each test of a format skips, with the reason, when its
extra is not installed.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from clirun import run
from hypothesis import given, settings
from hypothesis import strategies as st

import transcript
from transcript.readers import Extracted, extract, sniff, text_of
from transcript.readers._layout import TextBuilder, row_line
from transcript.strategies import lossless_problems

FORMATS = Path(__file__).parent / "fixtures" / "formats"
LIBRARY = {"html": "lxml", "docx": "docx", "pdf": "pypdf"}


def need(fmt: str) -> None:
    pytest.importorskip(LIBRARY[fmt], reason=f"the {fmt} extra is not installed")


def people(t: transcript.Transcript) -> list[tuple[str | None, str]]:
    names = {s.id: s.name for s in t.speakers}
    return [(names.get(x.speaker or ""), x.text[:60]) for x in t.turns]


# ------------------------------------------------------------------ choosing by content

PAGE = (
    b"<!DOCTYPE html>\n<html><head><title>Interview with Ann Lee | Example</title>\n"
    b'<meta property="article:published_time" content="2024-03-05T10:00:00Z">\n'
    b"<script>var x = 'Q: not speech';</script></head>\n"
    b'<body><header><nav><a href="/">Home</a> | <a href="/news">News</a></nav></header>\n'
    b"<article><h1>Interview with Ann Lee</h1>\n"
    b"<p><strong>Q:</strong> How are you &amp; the team?</p>\n"
    b"<p><strong>ANN LEE:</strong> Fine, thanks.<br>We are&nbsp;well.<!-- c --> Really.</p>\n"
    b"<p><b>Q</b>: Next?</p><p><b>Important</b> news is bold.</p></article>\n"
    b"<aside>Related: other stories</aside><footer>Copyright 2024 Example. Privacy</footer>"
    b"</body></html>\n"
)


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (PAGE, "html"),
        (b"\xef\xbb\xbf  <html><body><p>x</p></body></html>", "html"),
        (
            b'<?xml version="1.0"?>\n<!-- saved -->\n<html xmlns="http://www.w3.org/1999/xhtml">',
            "html",
        ),
        (b"<p>Q: a fragment</p>", "html"),
        ("\ufeff<html><body><p>x</p></body></html>".encode("utf-16-le"), "html"),
        (b"%PDF-1.7\n%...", "pdf"),
        (b"PK\x03\x04\x14\x00\x00\x00[Content_Types].xml", "docx"),
        (b"PK\x03\x04 an ordinary zip", None),
        (b"Q: <inaudible> plain text\nA: yes\n", None),
        (b"<laughter> starts this transcript\nQ: yes\n", None),
        (b"WEBVTT\n\n00:00.000 --> 00:01.000\n<v Bob>Hi\n", None),
        (b'{"schema_version": "1"}', None),
        (b"", None),
    ],
)
def test_the_format_is_told_by_the_bytes(data: bytes, fmt: str | None) -> None:
    assert sniff(data) == fmt


def test_plain_text_is_not_touched() -> None:
    assert extract(b"Q: Ready?\nA: Yes.\n") is None
    t = transcript.parse_bytes(b"Q: Ready?\nA: Yes.\n")
    assert t.source.format is None and t.source.reader is None
    assert b'"format"' not in transcript.to_json(b"Q: Ready?\nA: Yes.\n")


# ------------------------------------------------------------------ HTML


def test_html_page_text_furniture_title_and_date() -> None:
    need("html")
    got = extract(PAGE)
    assert isinstance(got, Extracted)
    assert got.text == (
        "# Interview with Ann Lee\n\n"
        "**Q:** How are you & the team?\n\n"
        "**ANN LEE:** Fine, thanks.\nWe are well. Really.\n\n"
        "**Q**: Next?\n\n"
        "Important news is bold.\n"
    )
    assert (got.format, got.reader, got.encoding) == ("html", "lxml", "utf-8")
    assert got.title == "Interview with Ann Lee | Example"
    assert got.date == "2024-03-05"
    assert dict(got.left_out) == {"aside": 1, "footer": 1, "header": 1}


def test_html_parsed_with_its_source_and_diagnostic() -> None:
    need("html")
    t = transcript.parse_bytes(PAGE, source="page.html")
    assert people(t) == [
        ("Q", "How are you & the team?"),
        ("Ann Lee", "Fine, thanks. We are well. Really."),
        ("Q", "Next?\n\nImportant news is bold."),  # (a paragraph more of the turn)
    ]
    assert (t.source.format, t.source.reader) == ("html", "lxml")
    assert t.source.reader_version
    assert (t.title, t.date) == ("Interview with Ann Lee | Example", "2024-03-05")
    notes = [d for d in t.diagnostics if d.code == "furniture-left-out"]
    assert len(notes) == 1 and "footer (1)" in notes[0].message
    assert lossless_problems(text_of(PAGE), t) == []


@pytest.mark.parametrize(
    ("body", "want"),
    [
        ("<p>Q&nbsp;&nbsp;&nbsp; Hi.</p>", "Q    Hi.\n"),  # (no-break spaces are kept)
        ("<div>one</div><div>two</div>", "one\n\ntwo\n"),
        ("<p>a<br><br>b</p>", "a\n\nb\n"),
        ("<pre>1   CHAIR:  Order.\n2   Please.</pre>", "1   CHAIR:  Order.\n2   Please.\n"),
        (
            "<table><tr><th>Speaker</th><th>Text</th></tr><tr><td>Ann</td><td>Hi.</td></tr></table>",
            "Ann: Hi.\n",
        ),
        ("<ul><li>one</li><li>two</li></ul>", "one\n\ntwo\n"),
        ("<p>x <span hidden>secret</span>y</p><div role=navigation>Menu</div>", "x y\n"),
        (
            "<p><strong>A very long bold sentence that is emphasis and certainly not a label:</strong> x</p>",
            "A very long bold sentence that is emphasis and certainly not a label: x\n",
        ),
    ],
)
def test_html_blocks(body: str, want: str) -> None:
    need("html")
    got = extract(f"<html><body>{body}</body></html>".encode())
    assert got is not None and got.text == want


def test_html_declared_charset_is_read() -> None:
    need("html")
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 \u201cx\u201d</p></body></html>'
    got = extract(page.encode("cp1252"))
    assert (
        got is not None
        and got.text == "Caf\u00e9 \u201cx\u201d\n"
        and got.encoding == "windows-1252"
    )


def test_news_page_fixture_reads_as_its_text() -> None:
    need("html")
    data = (FORMATS / "news_interview.html").read_bytes()
    t = transcript.parse_bytes(data, source="news_interview.html")
    want = transcript.parse((FORMATS / "news_interview.txt").read_text("utf-8"))
    assert people(t) == people(want) and len(t.turns) >= 5
    text = text_of(data)
    for furniture in ("Copyright", "Privacy policy", "dataLayer", "Search", "Related"):
        assert furniture not in text
    assert lossless_problems(text, t) == []
    assert transcript.to_json(data, source="x") == transcript.dumps(
        transcript.parse_bytes(data, source="x")
    )


# ------------------------------------------------------------------ Word


def test_docx_fixture_reads_as_its_text() -> None:
    need("docx")
    data = (FORMATS / "briefing.docx").read_bytes()
    got = extract(data)
    assert got is not None and (got.format, got.reader, got.encoding) == (
        "docx",
        "python-docx",
        "binary",
    )
    assert "**MR. KIRBY:**  Thanks, everybody." in got.text  # (a bold run kept as a label)
    assert "Newsroom copy" not in got.text and "Confidential" not in got.text
    assert dict(got.left_out) == {"footer": 1, "header": 1}
    assert got.title == "Press gaggle"
    t = transcript.parse_bytes(data)
    want = transcript.parse((FORMATS / "briefing.txt").read_text("utf-8"))
    assert [p for p, _ in people(t)] == [p for p, _ in people(want)] and len(t.turns) >= 5
    assert lossless_problems(got.text, t) == []
    assert transcript.to_json(data) == transcript.dumps(t)


def test_docx_speaker_table_and_split_bold_runs() -> None:
    need("docx")
    import docx

    d = docx.Document()
    p = d.add_paragraph()
    p.add_run("Ann").bold = True
    p.add_run(" Lee:").bold = True
    p.add_run(" Welcome.")
    table = d.add_table(rows=2, cols=2)
    for row, (who, said) in zip(table.rows, [("Bob", "Thanks."), ("Ann Lee", "Bye.")], strict=True):
        row.cells[0].text, row.cells[1].text = who, said
    out = io.BytesIO()
    d.save(out)
    got = extract(out.getvalue())
    assert (
        got is not None and got.text == "**Ann Lee:** Welcome.\n\nBob: Thanks.\n\nAnn Lee: Bye.\n"
    )


# ------------------------------------------------------------------ PDF


def test_pdf_record_fixture_reads_as_its_text() -> None:
    need("pdf")
    data = (FORMATS / "debate_record.pdf").read_bytes()
    got = extract(data)
    assert got is not None and (got.format, got.reader) == ("pdf", "pypdf")
    assert "OFFICIAL RECORD" not in got.text and "Page 2 of" not in got.text
    assert "\n--- Page 2 ---\n" in got.text
    left = dict(got.left_out)
    assert left["running-header"] >= 3 and left["page-number"] >= 3
    t = transcript.parse_bytes(data)
    want = transcript.parse((FORMATS / "debate_record.txt").read_text("utf-8"))
    assert [p for p, _ in people(t)] == [p for p, _ in people(want)] and len(t.turns) >= 10
    assert all("OFFICIAL" not in turn.text for turn in t.turns)
    assert lossless_problems(got.text, t) == []
    assert transcript.to_json(data) == transcript.dumps(t)


def test_pdf_pages_joined_furniture_out_hyphens_mended() -> None:
    from transcript.readers._pdf import join_pages

    pages = [
        [
            "HEARING RECORD 2024",
            "1",
            "WEBVTT cue one",
            "Q: It is an infor-",
            "mation matter.",
            "Page 1 of 3",
        ],
        ["HEARING RECORD 2024", "7", "A: The com-", "Page 2 of 3"],
        ["HEARING RECORD 2024", "mittee agrees.", "Page 3 of 3"],
    ]
    text, left = join_pages(pages)
    assert text == (
        "1\nWEBVTT cue one\nQ: It is an information\nmatter.\n"
        "--- Page 2 ---\n7\nA: The committee\n--- Page 3 ---\nagrees.\n"
    )
    assert dict(left) == {"page-number": 3, "running-header": 3}


# ------------------------------------------------------------------ the text builder


def test_text_builder_blocks_and_labels() -> None:
    b = TextBuilder()
    b.open_bold()
    b.text("  Ann  Lee: ")
    b.close_bold()
    b.text(" hello\n world ")
    b.paragraph()
    b.paragraph()
    b.text("next")
    assert b.result() == "**Ann Lee:** hello world\n\nnext\n"
    assert row_line(["Ann", "Hi there."]) == "Ann: Hi there."
    assert row_line(["Ann:", "Hi."]) == "Ann: Hi."
    assert row_line(["A whole sentence here.", "x"]) == "A whole sentence here.  x"


# ------------------------------------------------------------------ the command line


@pytest.mark.parametrize("name", ["news_interview.html", "briefing.docx", "debate_record.pdf"])
def test_cli_extract_prints_the_text_spans_point_into(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    need({"html": "html", "docx": "docx", "pdf": "pdf"}[name.rsplit(".", 1)[1]])
    path = FORMATS / name
    code, text, err = run(capsys, "extract", str(path))
    assert code == 0 and err == "" and text == text_of(path.read_bytes())
    code, out, err = run(capsys, "parse", str(path))
    assert code == 0, err
    t = transcript.loads(out.encode())
    assert t.source.name == name and t.source.format == name.rsplit(".", 1)[1]
    for turn in t.turns:
        assert turn.label_span is not None
        assert text[turn.label_span.start.offset : turn.label_span.end.offset] == turn.label


def test_cli_folders_jsonl_and_render_take_the_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    need("html")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "page.html").write_bytes(PAGE)
    (tmp_path / "in" / "b.txt").write_text("Q: Ready?\nA: Yes.\n", "utf-8")
    code, _, err = run(capsys, "parse", str(tmp_path / "in"), "-o", str(tmp_path / "out"))
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["b.txt.json", "page.html.json"]
    code, out, _ = run(capsys, "parse", "--format", "jsonl", str(tmp_path / "in" / "page.html"))
    assert code == 0 and len(out.splitlines()) == 3 and '"label":"**ANN LEE:**"' in out
    code, out, _ = run(capsys, "render", str(tmp_path / "in" / "page.html"))
    assert code == 0 and "Fine, thanks." in out and "<p>" not in out


def _encrypted_pdf() -> bytes:
    import pypdf

    w = pypdf.PdfWriter()
    w.add_blank_page(200, 200)
    w.encrypt(user_password="secret", algorithm="RC4-128")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def _image_only_pdf() -> bytes:
    import pypdf

    w = pypdf.PdfWriter()
    w.add_blank_page(200, 200)  # (a scan's page: no text layer)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "fmt", "message"),
    [
        (
            "cut.docx",
            lambda: (FORMATS / "briefing.docx").read_bytes()[:20000],
            "docx",
            "cannot read the .docx file",
        ),
        ("locked.pdf", _encrypted_pdf, "pdf", "the PDF is encrypted"),
        (
            "cut.pdf",
            lambda: (FORMATS / "debate_record.pdf").read_bytes()[:20000],
            "pdf",
            "cannot read the PDF",
        ),
        ("scan.pdf", _image_only_pdf, "pdf", "no text layer"),
        ("empty.html", lambda: b"<html><head><title>x</title></head></html>", "html", "no body"),
        (
            "blank.html",
            lambda: b"<html><body><nav>Home</nav><script>x</script></body></html>",
            "html",
            "body has no text",
        ),
    ],
)
def test_bad_files_one_line_exit_1_nothing_written(
    name: str,
    make: object,
    fmt: str,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    need(fmt)
    path = tmp_path / name
    path.write_bytes(make())  # type: ignore[operator]
    target = tmp_path / "out.json"
    for argv in (
        ["parse", str(path), "-o", str(target)],
        ["parse", str(path)],
        ["extract", str(path)],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 1 and out == ""
        assert len(err.splitlines()) == 1 and message in err and "Traceback" not in err
    assert not target.exists() and [p.name for p in tmp_path.iterdir()] == [name]


def test_missing_extra_is_named_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)  # (import pypdf now fails)
    path = FORMATS / "debate_record.pdf"
    code, out, err = run(capsys, "parse", str(path))
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"transcript: {path}: reading pdf needs the pdf extra: "
        "pip install 'transcript[pdf]' (pypdf is not installed)"
    ]


def test_pdf_justified_lines_lose_their_stretched_spaces() -> None:
    from transcript.readers._pdf import _unjustified

    assert (
        _unjustified("  and  Russia.  Between  diplomacy  and  the")
        == "  and Russia. Between diplomacy and the"
    )
    kept = " 1         CHAIRWOMAN WEINSTEIN:      If people could"  # (a record's margin)
    assert _unjustified(kept) == kept


# ------------------------------------------------------------------ properties

_LINE = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\u00a0\u200b"
    ),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() != "")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_LINE, min_size=1, max_size=4), min_size=1, max_size=5))
def test_html_paragraphs_and_breaks_come_back_as_written(blocks: list[list[str]]) -> None:
    need("html")
    import html as htmlmod

    body = "".join("<p>" + "<br>".join(htmlmod.escape(s) for s in b) + "</p>" for b in blocks)
    got = extract(f"<!DOCTYPE html><html><body>{body}</body></html>".encode())

    # (HTML folds only its own whitespace, ASCII's: an Ogham space mark stays as written)
    def fold(s: str) -> str:
        return re.sub(r"[ \t\n\r\f]+", " ", s).strip(" \t\n\r\f")

    want = "\n\n".join("\n".join(fold(s) for s in b) for b in blocks) + "\n"
    assert got is not None and got.text == want


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04[Content_Types].xml", b"<html><body><p>"]),
    st.binary(max_size=300),
)
def test_readers_raise_only_decode_errors(head: bytes, tail: bytes) -> None:
    for fmt in ("html", "docx", "pdf"):
        need(fmt)
    try:
        got = extract(head + tail)
    except transcript.DecodeError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert got is None or isinstance(got.text, str)
