"""Tables for analysts: one turn per CSV row or per JSON line, speaker fields inlined."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from .._models import Transcript

CSV_COLUMNS = (
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
)


def rows(
    source: str | None, speakers: Iterable[dict[str, Any]], turns: Iterable[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    """One flat record per turn of a JSON-shaped document, the speaker's fields inlined."""
    by_id = {s["id"]: s for s in speakers}
    for turn in turns:
        sp = by_id.get(turn["speaker"]) if turn["speaker"] is not None else None
        yield {
            "source": source,
            "index": turn["index"],
            "speaker": turn["speaker"],
            "name": sp["name"] if sp else None,
            "title": sp["title"] if sp else None,
            "affiliation": sp["affiliation"] if sp else None,
            "label": turn["label"],
            "role": turn["role"],
            "kind": turn["kind"],
            "start_line": turn["span"]["start"]["line"],
            "end_line": turn["span"]["end"]["line"],
            "start": turn["start"],
            "end": turn["end"],
            "text": turn["text"],
            # non-speech as written, for those who code it ((laughs), [pause], (crosstalk))
            "annotations": [{"kind": a["kind"], "text": a["text"]} for a in turn["annotations"]],
        }


def turn_rows(t: Transcript) -> list[dict[str, Any]]:
    """One flat record per turn, with the speaker's fields inlined."""
    # only the fields ``rows`` reads (a model_dump would copy every paragraph and span)
    speakers = [
        {"id": s.id, "name": s.name, "title": s.title, "affiliation": s.affiliation}
        for s in t.speakers
    ]
    turns = (
        {
            "index": turn.index,
            "speaker": turn.speaker,
            "label": turn.label,
            "role": turn.role,
            "kind": turn.kind,
            "span": {
                "start": {"line": turn.span.start.line},
                "end": {"line": turn.span.end.line},
            },
            "start": turn.start,
            "end": turn.end,
            "text": turn.text,
            "annotations": [{"kind": a.kind, "text": a.text} for a in turn.annotations],
        }
        for turn in t.turns
    )
    return list(rows(t.source.name, speakers, turns))


def jsonl_lines(records: Iterable[dict[str, Any]]) -> bytes:
    """One JSON object per record, newline-terminated."""
    dumps = orjson.dumps
    option = orjson.OPT_APPEND_NEWLINE
    return b"".join([dumps(r, option=option) for r in records])


def to_jsonl(t: Transcript) -> bytes:
    """One JSON object per turn, newline-terminated."""
    return jsonl_lines(turn_rows(t))


def to_csv(t: Transcript) -> bytes:
    """CSV: a header row, then one row per turn.

    RFC 4180: CRLF after each row, fields with commas, quotes or line breaks quoted
    (a turn's paragraphs stay in one ``text`` cell). ``annotations``: the turn's non-speech
    as written (``(laughs) [pause]``), a space between them. UTF-8 without a byte-order mark:
    a BOM would end up in the first column's name for the csv module and in the middle
    of concatenated output; Excel users import with Data > From Text/CSV (UTF-8).
    """
    buf = io.StringIO(newline="")
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    w.writeheader()
    for r in turn_rows(t):
        cells = csv_cells(r)
        w.writerow({k: ("" if v is None else v) for k, v in cells.items()})
    return buf.getvalue().encode("utf-8")


def csv_cells(row: dict[str, Any]) -> dict[str, Any]:
    """A turn row's CSV cells by column (None where the CSV writes an empty cell): the
    annotations in one cell, as written, in order, a space between them."""
    cells = {k: row.get(k) for k in CSV_COLUMNS}
    cells["annotations"] = " ".join(a["text"] for a in row["annotations"]) or None
    return cells
