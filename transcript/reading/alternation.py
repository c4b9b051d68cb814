"""Interviews labelled once, then alternating: the speakers of unlabelled paragraphs.

Magazine and newspaper interviews often name the two speakers on the first question and
answer only ("Jane Roe: When did you start?" / "Tom Baker: In 1990, ..."), then print the
rest as paragraphs that alternate: a short question, its answer, the next question. Read
as labels alone, the whole rest is the last speaker's one turn. When the document has
exactly two labelled speakers, one of whom asks, and the last labelled turn goes on with
at least two short question paragraphs, each followed by an answer, those paragraphs are
given to the asker and the answers to the other, each such turn reported once in a
diagnostic (the alternation is inferred, not read).
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from .build import Para, TurnDraft

# a paragraph that is a question: it ends with a question mark in any script
_QUESTION_END = re.compile(r"[?？؟][\"”’»)）」』\s]*$")
MAX_QUESTION_WORDS = 30  # (a longer paragraph ending in "?" is an answer's rhetorical turn)


def _is_question(p: Para) -> bool:
    text = p.text
    return _QUESTION_END.search(text) is not None and len(text.split()) <= MAX_QUESTION_WORDS


def _asks(paras: list[Para]) -> bool:
    return bool(paras) and _is_question(paras[-1])


def infer_alternation(
    drafts: list[TurnDraft], source: str
) -> tuple[list[TurnDraft], list[dict[str, Any]]]:
    """The drafts with the last labelled turn split where the document alternates (see the
    module's docstring), and a diagnostic for each split turn."""
    labelled = [d for d in drafts if d.label is not None and d.label_name is not None]
    names = list(dict.fromkeys(d.label_name for d in labelled if d.label_name is not None))
    if len(names) != 2 or len(labelled) > 6:
        return drafts, []
    # the asker: the speaker whose labelled turns ask (the other's end in answers)
    asks = {
        n: any(_asks(d.paragraphs(source)) for d in labelled if d.label_name == n) for n in names
    }
    if asks[names[0]] == asks[names[1]]:
        return drafts, []
    asker = names[0] if asks[names[0]] else names[1]
    answerer = names[1] if asker == names[0] else names[0]
    last = labelled[-1]
    if last.label_name != answerer:
        return drafts, []
    paras = last.paragraphs(source)
    cuts = [i for i in range(1, len(paras)) if _is_question(paras[i])]
    # each question is followed by an answer: no two questions in a row, none at the end
    if len(cuts) < 2 or cuts[-1] == len(paras) - 1:
        return drafts, []
    if any(b - a < 2 for a, b in pairwise(cuts)):
        return drafts, []
    groups: list[tuple[str, list[Para]]] = [(answerer, paras[: cuts[0]])]
    for k, c in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(paras)
        groups.append((asker, [paras[c]]))
        groups.append((answerer, paras[c + 1 : end]))
    new: list[TurnDraft] = []
    for n, (who, ps) in enumerate(groups):
        if n == 0:
            d = last
            d.paras = ps
            d.end = ps[-1].end
        else:
            d = TurnDraft(label=None, label_kind="", label_name=who, label_start=ps[0].start)
            d.paras = ps
            d.start = ps[0].start
            d.end = ps[-1].end
        new.append(d)
    # annotations go with the paragraph they stand in
    notes = list(last.annotations)
    for d in new:
        d.annotations = [a for a in notes if d.start <= a["a"] and a["b"] <= d.end] or ()
    at = drafts.index(last)
    out = drafts[:at] + new + drafts[at + 1 :]
    diag = {
        "code": "alternation-inferred",
        "severity": "info",
        "message": (
            f"{len(new) - 1} unlabelled paragraphs after {last.label!r} given to "
            f"{asker!r} (questions) and {answerer!r} (answers), alternating"
        ),
    }
    return out, [diag]
