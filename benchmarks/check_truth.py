#!/usr/bin/env python3
"""Check the truth files of an evaluation set against their .txt files (reads only that folder).

    python benchmarks/check_truth.py benchmarks/layouts_eval5

For every NNN_*.truth.json beside a NNN_*.txt:
  - every turn has speaker, speaker_name, role (interviewer/interviewee/moderator/other), starts_with;
  - starts_with is non-empty, at most 40 characters, whitespace already collapsed;
  - the starts_with strings occur in the .txt, in order, after collapsing whitespace
    (for the line-numbered transcripts listed in FURNITURE the line numbers and running page
    furniture are removed first, because starts_with is the speech, not the furniture);
  - every non-null speaker label and every speaker_name occurs in the .txt (case-insensitive);
    a speaker_name whose words all occur but not together (an inverted "SURNAME, Title Given"
    witness list) is accepted with a warning;
  - every not_turns string occurs in the .txt, is not inside any starts_with, and its first
    occurrence does not fall inside a turn's starts_with span; a not_turn occurring more
    than once is reported as a warning.
Exit status 1 if any error.
"""

import json
import os
import re
import sys

ROLES = {"interviewer", "interviewee", "moderator", "other"}
# case prefix -> regex of furniture removed before the starts_with check (line-numbered PDFs)
FURNITURE = {
    "510": r"(?m)^\s*\d{1,2}(?=\s|$)|Heritage Court Reporting Company|Official - Subject to Final Review|\f",
    "512": r"(?m)^\s*\d{1,2}(?=\s|$)|BLACKWELL & PRYOR COURT REPORTING \(555\) 201-3300|\f",
}


def col(s):
    return re.sub(r"\s+", " ", s).strip()


def check(here, base):
    errs, warns = [], []
    with open(os.path.join(here, base + ".txt"), encoding="utf-8") as fh:
        raw = fh.read()
    with open(os.path.join(here, base + ".truth.json"), encoding="utf-8") as fh:
        truth = json.load(fh)
    for k in ("source", "license_note", "style", "turns", "not_turns"):
        if k not in truth:
            errs.append(f"missing key {k}")
    text = col(raw)
    case = base.split("_", 1)[0]  # (the case number: three digits or four)
    ftext = col(re.sub(FURNITURE[case], " ", raw)) if case in FURNITURE else text
    pos, fpos, spans = 0, 0, []
    for i, t in enumerate(truth["turns"]):
        for k in ("speaker", "speaker_name", "role", "starts_with"):
            if k not in t:
                errs.append(f"turn {i}: missing {k}")
        if t["role"] not in ROLES:
            errs.append(f"turn {i}: bad role {t['role']!r}")
        sw = t["starts_with"]
        if not sw or len(sw) > 40 or sw != col(sw):
            errs.append(f"turn {i}: starts_with empty, >40 chars or not collapsed: {sw!r}")
        j = text.find(sw, pos)
        if j >= 0:
            spans.append((j, j + len(sw)))
            pos = j + len(sw)
        else:
            fj = ftext.find(sw, fpos)
            if fj < 0:
                errs.append(f"turn {i}: starts_with not found in order: {sw!r}")
            else:
                fpos = fj + len(sw)
                # locate the first words on the raw text to keep the in-order position
                k = text.find(sw[:15], pos)
                if k >= 0:
                    spans.append((k, k + 15))
                    pos = k + 15
                warns.append(
                    f"turn {i}: starts_with found only without line numbers/page furniture: {sw!r}"
                )
        if case in FURNITURE and j >= 0:
            fj = ftext.find(sw, fpos)
            if fj >= 0:
                fpos = fj + len(sw)
        for k in ("speaker", "speaker_name"):
            v = t.get(k)
            if v is not None and col(v).lower() not in text.lower():
                # a name printed inverted in a speaker list ("ABERNETHY, Ms Clare") or split
                # across a header: accept when every word of it occurs, with a warning
                words = re.findall(r"\w[\w'’.-]*", v.lower())
                if words and all(w in text.lower() for w in words):
                    warns.append(f"turn {i}: {k} {v!r} found only word by word")
                else:
                    errs.append(f"turn {i}: {k} {v!r} not in text")
    for n in truth["not_turns"]:
        c = col(n)
        j = text.find(c)
        if j < 0:
            errs.append(f"not_turn not found: {n!r}")
            continue
        if text.count(c) > 1:
            warns.append(f"not_turn occurs {text.count(c)} times: {n!r}")
        for t in truth["turns"]:
            if c in t["starts_with"]:
                errs.append(f"not_turn {n!r} inside starts_with {t['starts_with']!r}")
        for a, b in spans:
            if a <= j < b:
                errs.append(f"not_turn {n!r} overlaps a starts_with span")
    return truth, errs, warns


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_truth.py FOLDER")
    here = sys.argv[1]
    bases = sorted(
        f[:-4] for f in os.listdir(here) if f.endswith(".txt") and re.match(r"\d{3,4}_", f)
    )
    bad = 0
    for b in bases:
        if not os.path.exists(os.path.join(here, b + ".truth.json")):
            print(f"{b}: NO TRUTH FILE")
            bad += 1
            continue
        truth, errs, warns = check(here, b)
        print(
            f"{b}: {len(truth['turns'])} turns, {len(truth['not_turns'])} not_turns, "
            f"{len(errs)} errors, {len(warns)} warnings"
        )
        for e in errs:
            print("   ERROR", e)
        for w in warns:
            print("   warn ", w)
        bad += bool(errs)
    print(f"{len(bases)} cases, {bad} with errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
