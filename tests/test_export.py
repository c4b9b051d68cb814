"""Tables for analysts: ``transcript parse --format csv|jsonl`` and the library's exporters.

The CSV must load in pandas (and a spreadsheet) as written: RFC 4180 quoting, CRLF
between rows, line breaks kept inside quoted text cells, UTF-8 without a BOM, one row
per turn. Every corpus file (``../shared/corpus``, read in place) and fixture is checked.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest

import transcript
from transcript.cli.commands import main
from transcript.writing.export import CSV_COLUMNS, to_csv, to_jsonl

pd = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "examples" / "euronews_blinken.txt"
COLUMNS = [
    "source",
    "index",
    "speaker",
    "name",
    "title",
    "role",
    "kind",
    "start_line",
    "end_line",
    "start",
    "end",
    "text",
    "annotations",
]
JSONL_FIELDS = {
    "source",
    "index",
    "speaker",
    "name",
    "title",
    "affiliation",
    "label",
    "role",
    "annotations",
}


def read_csv(data: Any) -> Any:
    """How an analyst should read the CSV: only empty cells are missing values."""
    return pd.read_csv(data, keep_default_na=False, na_values=[""], encoding="utf-8")


def _inputs() -> list[Any]:
    files = sorted(
        p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix in (".txt", ".vtt", ".srt")
    )
    params = [pytest.param(p, id=str(p.relative_to(FIXTURES))) for p in files]
    if CORPUS.is_dir():
        params += [pytest.param(p, id=f"corpus/{p.stem}") for p in sorted(CORPUS.glob("*.txt"))]
    else:
        reason = f"the scorer's corpus is not here ({CORPUS}); CI runs with ../shared present"
        params.append(pytest.param(None, marks=pytest.mark.skip(reason=reason), id="no-corpus"))
    return params


def _texts(df: Any) -> list[str]:
    return ["" if pd.isna(x) else str(x) for x in df["text"]]


@pytest.mark.parametrize("path", _inputs())
def test_csv_has_one_row_per_turn(path: Path, tmp_path: Path) -> None:
    t = transcript.parse_file(path)
    out = tmp_path / "out.csv"
    assert main(["parse", str(path), "--format", "csv", "-o", str(out)]) == 0
    df = read_csv(out)
    assert list(df.columns) == COLUMNS
    assert len(df) == len(t.turns)
    assert _texts(df) == [turn.text for turn in t.turns]
    assert set(df["source"]) <= {path.name}
    # the library gives the same bytes
    assert out.read_bytes() == to_csv(t)


def test_csv_columns_and_types() -> None:
    assert list(CSV_COLUMNS) == COLUMNS
    t = transcript.parse_file(EXAMPLE)
    df = read_csv(io.BytesIO(to_csv(t)))
    assert df["index"].tolist() == list(range(len(t.turns)))
    assert str(df["start_line"].dtype) == "int64" and str(df["end_line"].dtype) == "int64"
    assert (df["start_line"] <= df["end_line"]).all()
    assert df.loc[0, "name"] == "Efi Koutsokosta" and df.loc[0, "speaker"] == "efi-koutsokosta"
    assert df.loc[1, "title"] == "US Secretary of State" and df.loc[1, "role"] == "interviewee"
    assert set(df["kind"]) <= {"question", "answer", "statement"}


def test_csv_keeps_hard_text_and_times() -> None:
    src = (
        'WEBVTT\n\n00:00:01.000 --> 00:00:04.500\n<v José Núñez>"Quoted", with commas; naïve 😀\n\n'
        "00:00:05.000 --> 00:00:06.000\n<v Ann Lee>-- NA\n"
    )
    t = transcript.parse(src, source="hard.vtt")
    data = to_csv(t)
    assert not data.startswith(b"\xef\xbb\xbf")  # UTF-8 without a byte-order mark
    assert data.count(b"\r\n") == 3  # RFC 4180: CRLF after the header and each row
    df = read_csv(io.BytesIO(data))
    assert _texts(df) == ['"Quoted", with commas; naïve 😀', "-- NA"]
    assert df["name"].tolist() == ["José Núñez", "Ann Lee"]
    assert df["start"].tolist() == [1.0, 5.0] and df["end"].tolist() == [4.5, 6.0]
    # the csv module (the "excel" dialect spreadsheets use) reads the same cells
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"), newline="")))
    assert [r["text"] for r in rows] == _texts(df)


def test_csv_multi_line_cell_survives(tmp_path: Path) -> None:
    src = "Ann Lee: First paragraph, one line\nwrapped.\n\nSecond paragraph.\n\nBob Ray: Yes.\n"
    path = tmp_path / "two.txt"
    path.write_text(src, "utf-8")
    out = tmp_path / "two.csv"
    assert main(["parse", str(path), "--format", "csv", "-o", str(out)]) == 0
    df = read_csv(out)
    assert df.loc[0, "text"] == "First paragraph, one line wrapped.\n\nSecond paragraph."
    assert len(df) == 2
    raw = out.read_bytes()
    assert b'"First paragraph, one line wrapped.\n\nSecond paragraph."' in raw


def test_csv_of_several_inputs_has_one_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Q: Ready?\nA: Yes,\nwe are.\n", "utf-8")
    b.write_text("Ann Lee: Hello.\n\nBob Ray: Hi.\n\nAnn Lee: Bye.\n", "utf-8")
    assert main(["parse", str(a), str(b), "--format", "csv", "--jobs", "2"]) == 0
    out = capsys.readouterr().out
    df = read_csv(io.StringIO(out))
    assert df["source"].tolist() == ["a.txt"] * 2 + ["b.txt"] * 3
    assert df["text"].tolist()[:2] == ["Ready?", "Yes, we are."]
    assert out.count("source,index,") == 1


def test_csv_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(EXAMPLE.read_bytes())))
    assert main(["parse", "-", "--format", "csv"]) == 0
    df = read_csv(io.StringIO(capsys.readouterr().out))
    assert len(df) == len(transcript.parse_file(EXAMPLE).turns)
    assert df["source"].isna().all()  # no file name on stdin


@pytest.mark.parametrize("flag", [["--format", "jsonl"], ["--jsonl"]])
def test_jsonl_lines_parse_and_carry_source_and_speaker(
    flag: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "b.txt"
    other.write_text("Ann Lee: Hello.\n\nBob Ray: Hi.\n", "utf-8")
    assert main(["parse", str(EXAMPLE), str(other), *flag, "--jobs", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rows = [json.loads(line) for line in lines]
    t = transcript.parse_file(EXAMPLE)
    assert len(rows) == len(t.turns) + 2
    for row in rows:
        assert row.keys() >= JSONL_FIELDS
        # flat rows, but for the list of annotations ({kind, text} each)
        assert not any(isinstance(v, (dict, list)) for k, v in row.items() if k != "annotations")
        assert all(a.keys() == {"kind", "text"} for a in row["annotations"])
    assert rows[0]["source"] == EXAMPLE.name and rows[0]["name"] == "Efi Koutsokosta"
    assert rows[0]["speaker"] == "efi-koutsokosta" and rows[0]["label"] == "Efi Koutsokosta:"
    assert [r["text"] for r in rows[: len(t.turns)]] == [x.text for x in t.turns]
    assert (rows[-1]["source"], rows[-1]["name"], rows[-1]["text"]) == ("b.txt", "Bob Ray", "Hi.")
    # the library writes the same lines
    assert to_jsonl(t).decode("utf-8").splitlines() == lines[: len(t.turns)]
    # and pandas reads them as a table
    df = pd.read_json(io.StringIO("\n".join(lines)), lines=True)
    assert len(df) == len(rows) and "speaker" in df.columns


def test_jsonl_of_a_corpus_file(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"the scorer's corpus is not here ({CORPUS})")
    out = tmp_path / "out"
    files = sorted(CORPUS.glob("*.txt"))
    assert main(["parse", *map(str, files), "--format", "jsonl", "-o", str(out)]) == 0
    for f in files:
        lines = (out / (f.name + ".jsonl")).read_text("utf-8").splitlines()
        rows = [json.loads(line) for line in lines]
        assert len(rows) == len(transcript.parse_file(f).turns)
        assert all(r["source"] == f.name and "speaker" in r and "name" in r for r in rows)


def test_annotations_are_a_column_and_a_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What qualitative researchers code: (laughs), [pause], [crosstalk], as written."""
    src = tmp_path / "talk.txt"
    src.write_text(
        "Ann Lee: Hello (laughs) there. [pause] Go on.\n\nBob Ray: Yes [crosstalk] no.\n\n"
        "Ann Lee: Fine.\n",
        "utf-8",
    )
    assert main(["parse", str(src), "--format", "csv"]) == 0
    df = read_csv(io.StringIO(capsys.readouterr().out))
    assert df["annotations"].fillna("").tolist() == ["(laughs) [pause]", "[crosstalk]", ""]
    assert df["text"].tolist() == ["Hello there. Go on.", "Yes no.", "Fine."]
    assert main(["parse", str(src), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["annotations"] for r in rows] == [
        [{"kind": "laughter", "text": "(laughs)"}, {"kind": "stage", "text": "[pause]"}],
        [{"kind": "crosstalk", "text": "[crosstalk]"}],
        [],
    ]
    # the streamed rows (one file, --format jsonl) and the library's agree
    t = transcript.parse_file(src)
    assert [json.loads(line) for line in to_jsonl(t).splitlines()] == rows
