"""A plain regex line scanner: the practical speed ceiling for the benchmark.

It finds label lines with one compiled regex and slices the text between them. It does none of
the project's work (no grammar, no speaker roster, no validation, no furniture detection), so
its output is only as good as the synthetic input is regular. Written for this comparison only.

    python benchmarks/scanner.py {euronews|oneline} FILE > turns.json
"""

from __future__ import annotations

import re
import sys
from typing import Any

import orjson

#: ``NAME: text`` on one line.
ONELINE = re.compile(r"^([A-Z][\w.' -]{0,60}?)[:\"][ \t]*(.*)$", re.MULTILINE)
#: A label alone on its line (ending ':' or a mistyped '"'), blank lines, then a quoted speech.
EURONEWS = re.compile(r"^([A-Z][\w.' -]{0,60}?)[:\"][ \t]*\n(?:[ \t]*\n)*(?=[\"“])", re.MULTILINE)


def scan_oneline(text: str) -> list[dict[str, Any]]:
    return [
        {"speaker": m[1], "text": m[2], "start": m.start(), "end": m.end()}
        for m in ONELINE.finditer(text)
    ]


def scan_euronews(text: str) -> list[dict[str, Any]]:
    labels = list(EURONEWS.finditer(text))
    ends = [m.start() for m in labels[1:]] + [len(text)]
    return [
        {"speaker": m[1], "text": text[m.end() : end].strip(), "start": m.start(), "end": end}
        for m, end in zip(labels, ends, strict=True)
    ]


SCANNERS = {"euronews": scan_euronews, "oneline": scan_oneline}


def main(argv: list[str] | None = None) -> int:
    layout, path = argv if argv is not None else sys.argv[1:]
    with open(path, encoding="utf-8") as fh:
        turns = SCANNERS[layout](fh.read())
    sys.stdout.buffer.write(orjson.dumps(turns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
