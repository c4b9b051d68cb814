"""Per-speaker statistics: turns, words and share of words."""

from __future__ import annotations

from typing import Any

from .._models import Transcript


def speaker_summary(t: Transcript, *, explain: bool = False) -> list[dict[str, Any]]:
    """One row per speaker: name, title, affiliation, role, turns, words, share (and with
    ``explain``, the evidence for the role)."""
    counts: dict[str, list[int]] = {s.id: [0, 0] for s in t.speakers}
    for turn in t.turns:
        if turn.speaker in counts:
            counts[turn.speaker][0] += 1
            counts[turn.speaker][1] += len(turn.text.split())
    total = sum(w for _, w in counts.values()) or 1
    rows = [
        {
            "id": s.id,
            "name": s.name,
            "title": s.title,
            "affiliation": s.affiliation,
            "role": s.role,
            "role_confidence": s.role_confidence,
            "generic": s.generic,
            "labels": s.labels,
            "turns": counts[s.id][0],
            "words": counts[s.id][1],
            "share": round(counts[s.id][1] / total, 4),
        }
        for s in t.speakers
    ]
    if explain:
        for row, s in zip(rows, t.speakers, strict=True):
            row["role_evidence"] = list(s.role_evidence)
    return rows


def summary_table(rows: list[dict[str, Any]], *, explain: bool = False) -> str:
    """A plain-text table of :func:`speaker_summary` rows; with ``explain``, each row is
    followed by the evidence for its role."""
    head = ("name", "title", "affiliation", "role", "turns", "words", "share")
    cells = [
        [
            str(r[h] if r[h] is not None else "") if h != "share" else f"{r['share']:.1%}"
            for h in head
        ]
        for r in rows
    ]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(head)]
    lines = ["  ".join(h.ljust(widths[i]) for i, h in enumerate(head))]
    lines.append("  ".join("-" * w for w in widths))
    for r, c in zip(rows, cells, strict=True):
        lines.append(
            "  ".join(
                v.rjust(widths[i]) if head[i] in ("turns", "words", "share") else v.ljust(widths[i])
                for i, v in enumerate(c)
            )
        )
        if explain:
            why = r.get("role_evidence") or ["no evidence"]
            conf = r.get("role_confidence", 0.0)
            lines.append(f"    {r['role']} ({conf:.2f}): " + "; ".join(why))
    return "\n".join(lines) + "\n"
