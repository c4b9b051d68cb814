"""Per-speaker statistics: turns, words and share of words."""

from __future__ import annotations

from typing import Any

from ._models import Transcript


def speaker_summary(t: Transcript) -> list[dict[str, Any]]:
    """One row per speaker: name, title, affiliation, role, turns, words, share."""
    counts: dict[str, list[int]] = {s.id: [0, 0] for s in t.speakers}
    for turn in t.turns:
        if turn.speaker in counts:
            counts[turn.speaker][0] += 1
            counts[turn.speaker][1] += len(turn.text.split())
    total = sum(w for _, w in counts.values()) or 1
    return [
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


def summary_table(rows: list[dict[str, Any]]) -> str:
    """A plain-text table of :func:`speaker_summary` rows."""
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
    for c in cells:
        lines.append(
            "  ".join(
                v.rjust(widths[i]) if head[i] in ("turns", "words", "share") else v.ljust(widths[i])
                for i, v in enumerate(c)
            )
        )
    return "\n".join(lines) + "\n"
