"""A quote report as JSON (the contract) or as a table for people."""

from __future__ import annotations

from typing import Any

from ._models import QuoteReport


def to_dict(report: QuoteReport) -> dict[str, Any]:
    """The JSON-shaped dict of a report (difference classes under the key ``class``)."""
    return report.model_dump(mode="json", by_alias=True)


def dumps(report: QuoteReport, *, indent: bool = False) -> bytes:
    import orjson

    return orjson.dumps(to_dict(report), option=orjson.OPT_INDENT_2 if indent else 0)


def table(report: QuoteReport) -> str:
    """One row per quotation: verdict, speaker, where it was found, the quotation; then its
    differences, indented."""
    rows = [("#", "verdict", "speaker", "found", "quote")]
    notes: dict[int, list[str]] = {}
    for q in report.quotes:
        verdict = q.verdict + (" (weak)" if q.weak_evidence else "")
        found = ""
        if q.matches:
            m = q.matches[0]
            found = f"{m.transcript} turn {m.turn}" + (
                f" +{len(q.matches) - 1}" if len(q.matches) > 1 else ""
            )
        elif q.closest is not None:
            found = f"(closest: turn {q.closest.match.turn}, {q.closest.similarity:.2f})"
        text = " ".join(q.text.split())
        rows.append((str(q.index), verdict, q.speaker or "-", found, _cut(text, 60)))
        notes[q.index] = [
            f"{d.cls} {d.kind}: {d.article or '∅'!r} / {d.transcript or '∅'!r}"
            for d in q.differences
        ]
    widths = [max(len(r[k]) for r in rows) for k in range(4)]
    out = [f"{report.article.name or '<article>'}: {len(report.quotes)} quotations"]
    for k, r in enumerate(rows):
        out.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r[:4])) + "  " + r[4])
        if k:
            out.extend("      " + n for n in notes.get(int(r[0]), []))
    counts = report.counts()
    out.append(", ".join(f"{v}: {n}" for v, n in sorted(counts.items())) or "no quotations")
    return "\n".join(out) + "\n"


def _cut(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
