"""Delimited transcript tables (CSV, TSV): sniffed by their header row, read row by row."""

from __future__ import annotations

import transcript
from transcript.readers import extract, sniff


def test_a_header_naming_speaker_and_text_is_a_table() -> None:
    assert sniff(b"speaker,start,end,text\nAnn,0:00,0:02,Hi\n") == "csv"
    assert sniff("\ufeffSprecher;Text\nAnn;Hallo\n".encode()) == "csv"
    assert sniff(b"hablante\ttexto\nAna\tHola\n") == "csv"


def test_plain_text_is_no_table() -> None:
    assert sniff(b"Ann: Hi, text and speaker.\nBob: Hello.\n") is None
    assert sniff(b"name,address,phone\nAnn,1 Main St,555\n") is None


def test_quoted_fields_keep_commas_quotes_and_line_breaks() -> None:
    data = b'speaker,text\nAnn,"Well, ""yes"".\nAnd no."\nBob,"Fine, then."\n'
    got = extract(data)
    assert got is not None and got.format == "csv"
    assert got.text == 'Ann: Well, "yes". And no.\n\nBob: Fine, then.\n'
    t = transcript.parse_bytes(data)
    assert [(turn.label, turn.text) for turn in t.turns] == [
        ("Ann:", 'Well, "yes". And no.'),
        ("Bob:", "Fine, then."),
    ]
