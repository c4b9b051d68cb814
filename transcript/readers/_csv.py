"""Delimited tables (CSV, TSV, semicolon-separated) whose header row names a speaker column
and a text column, as transcription services and spreadsheets export a transcript
(``speaker,start,end,text``). Standard library only.

Each row becomes a line the parser reads as a label: ``[start] Speaker: text`` (the start
time where a column gives a clock time), ``Speaker: text`` otherwise; the header row and
the other columns are left out. A quoted field may hold the delimiter, doubled quotes and
line breaks (a line break inside a field is a space of the line).
"""

from __future__ import annotations

import csv
import io
import platform

from . import Extracted
from ._layout import is_timestamp

# the column titles, casefolded, in the languages transcripts are exported in
_SPEAKER = frozenset(
    "speaker speaker_name speakername speaker name who person participant sprecher "
    "sprecherin redner person orador oradora hablante interlocutor intervenant locuteur "
    "orateur spreker oratore parlante relatore mówca osoba taler puhuja talare "
    "говорящий спикер 話者 発言者 发言人 说话人 發言人 화자 발언자".split()
)
_TEXT = frozenset(
    "text transcript transcription utterance words content dialogue speech said "
    "texto transcripción transcrição texte transcription testo trascrizione tekst "
    "inhalt äußerung wypowiedź teksti текст реплика 内容 テキスト 発言 文本 內容 발언 내용".split()
)
_START = frozenset(
    "start start_time starttime begin time timestamp timecode in tc von inicio début "
    "debut inizio начало 開始 开始 시작 zeit tiempo temps tempo tijd czas время".split()
)
_DELIMITERS = (",", "\t", ";")
_MAX_TITLE = 30  # a cell longer than this is data, not a column's title


def columns(first_line: str) -> tuple[str, int, int, int] | None:
    """(delimiter, speaker column, text column, start column or -1) of a header row naming
    a speaker column and a text column, or None for any other line."""
    for delim in _DELIMITERS:
        if delim not in first_line:
            continue
        cells = [c.strip().strip('"').strip().casefold() for c in first_line.split(delim)]
        if any(len(c) > _MAX_TITLE for c in cells):
            continue
        who = next((i for i, c in enumerate(cells) if c in _SPEAKER), -1)
        what = next((i for i, c in enumerate(cells) if c in _TEXT and i != who), -1)
        if who < 0 or what < 0:
            continue
        start = next((i for i, c in enumerate(cells) if c in _START and i not in (who, what)), -1)
        return delim, who, what, start
    return None


def sniffed(head: bytes) -> bool:
    """``head`` (a file's first bytes) opens with such a header row."""
    head = head.removeprefix(b"\xef\xbb\xbf")
    end = head.find(b"\n")
    if end <= 0:
        return False
    try:
        line = head[:end].decode("utf-8").rstrip("\r")
    except UnicodeDecodeError:
        return False
    return columns(line) is not None


def read(data: bytes) -> Extracted:
    """The text of a delimited transcript table (see the module's docstring)."""
    from ..reading.decode import decode_bytes

    text, encoding = decode_bytes(data)
    text = text.removeprefix("\ufeff")
    first, _, _ = text.partition("\n")
    found = columns(first.rstrip("\r"))
    assert found is not None  # (sniffed before)
    delim, who, what, start = found
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    next(rows, None)  # (the header row)
    lines: list[str] = []
    for row in rows:
        if len(row) <= max(who, what):
            continue
        name = " ".join(row[who].split()).rstrip(":：")
        said = " ".join(row[what].split())
        if not said:
            continue
        stamp = row[start].strip() if 0 <= start < len(row) else ""
        prefix = f"[{stamp.strip('[]()')}] " if stamp and is_timestamp(stamp) else ""
        lines.append(f"{prefix}{name}: {said}" if name else prefix + said)
    return Extracted(
        text="\n\n".join(lines) + "\n" if lines else "",
        format="csv",
        reader="csv",
        reader_version=platform.python_version(),
        encoding=str(encoding),
    )
