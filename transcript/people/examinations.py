"""Examination headings: the lines of court, tribunal and inquiry records that say who
examines the witness, in the languages such records are kept in.

``MS. JANE ROE, HAVING BEEN SWORN, WAS EXAMINED AS FOLLOWS BY MR. SMITH:`` (wrapped over
two lines too), ``THE WITNESS WAS CROSS-EXAMINED BY MS. LEE AS FOLLOWS:``, ``חקירה נגדית
לשאלות עו"ד קרמר:``, ``Interrogatoire par Me Dupont :``, ``Befragung durch Rechtsanwalt
Weber:``, ``A preguntas del abogado Pérez:``. Such a line is no speaker's label and no
speech: the lexer sets it aside, and the ``Q`` turns after it are the examining counsel's
(:mod:`transcript.people.speakers`). The whole text is searched once, and only when one of
the headings' words is in it."""

from __future__ import annotations

import re
from functools import cache

# a word each heading holds (a cheap test on the whole text before any pattern runs)
_KEYWORDS = (
    "XAMINED",
    "xamined",
    "uestions by",
    "UESTIONS BY",
    "חקירה",
    "לשאלות",
    "nterrog",
    "efragung",
    "preguntas",
    "uestions from",
    "UESTIONS FROM",
)

_NAME = r"[^\W\d_][\w'’\-]*"


@cache
def _heading() -> re.Pattern[str]:
    return re.compile(
        "|".join(
            (
                # English: "... (CROSS-)EXAMINED (AS FOLLOWS) BY MR. SMITH (AS FOLLOWS):"
                r"(?im)^[^\n]{0,200}?\bexamined\b[^\n]{0,60}?\bby\s+"
                rf"(?P<en>(?:mr|mrs|ms|miss|dr)\.?\s+{_NAME}(?:\s+{_NAME})??)"
                r"(?:\s+as\s+follows)?[ \t]*:?[ \t]*$",
                # English, by the counsel's office: "Questions by the trial counsel:" (a
                # court-martial record; the office's initials are counsel's label, "TC:")
                r"^[ \t]*questions[ \t]+by[ \t]+the[ \t]+"
                r"(?P<office>(?:[a-z]+[ \t]+){0,3}(?:counsel|attorney|prosecutor|prosecution|defen[cs]e))"
                r"[ \t]*:[ \t]*$",
                # English, a public inquiry's heading alone on its line: "Questions from MR
                # BRIGHT KC", "Questions from COUNSEL TO THE INQUIRY" (an office: the counsel
                # who spoke last asks)
                r"(?i:^[ \t]*(?:\d{1,2}[ \t]+)?(?:further[ \t]+)?questions[ \t]+from[ \t]+)"
                r"(?:(?P<inq>(?i:mr|mrs|ms|miss|dr)\.?[ \t]+[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)??)"
                r"(?:[ \t]+(?:KC|QC|SC))?"
                r"|(?P<inqoffice>(?i:(?:lead[ \t]+)?counsel[ \t]+(?:to|for)[ \t]+the[ \t]+\w+)))"
                r"[ \t]*$",
                # Hebrew: "... לשאלות עו"ד X ...:", "חקירה נגדית של עו"ד X:"
                r"^[^\n]{0,200}?(?:לשאלות|חקירה\s+(?:ראשית|נגדית|חוזרת)\s+(?:של|ע\"י))\s+"
                r"(?:ב\"כ\s+)?(?:עו\"ד|עו״ד|עוה\"ד)\s+(?P<he>[^\s:,.]+)[^\n]{0,60}?:[ \t]*$",
                # French: "Interrogatoire par Me Dupont :", "interrogé par M. Martin"
                r"^[^\n]{0,200}?\b[Ii]nterrog(?:atoire|ée?s?)\b[^\n]{0,60}?\bpar\s+"
                rf"(?:Me|Maître|M\.|Mme)\s+(?P<fr>{_NAME})[^\n]{{0,40}}?:?[ \t]*$",
                # German: "Befragung durch Rechtsanwalt Weber:"
                r"^[^\n]{0,200}?\bBefragung\b[^\n]{0,60}?\bdurch\s+"
                r"(?:(?:Rechtsanwalt|Rechtsanwältin|RA|RAin|Herrn?|Frau|Dr\.)\s+)+"
                rf"(?P<de>{_NAME})[ \t]*:?[ \t]*$",
                # Spanish: "A preguntas del abogado Pérez:", "... de la fiscal Ruiz:"
                r"^[^\n]{0,200}?\b[Aa]\s+preguntas\s+(?:del?|de\s+la)\s+"
                r"(?:(?:abogad[oa]|letrad[oa]|defensor[a]?|fiscal|Sr\.|Sra\.|Dr\.|Dra\.)\s+)+"
                rf"(?P<es>{_NAME})[ \t]*:?[ \t]*$",
            )
        ),
        re.M,
    )


def examination_headings(text: str) -> list[tuple[int, int, str]]:
    """Each examination heading of ``text``: (start, end, the examining counsel as
    written: ``MR. SMITH``, ``קרמר``, ``Dupont``), in order."""
    if not any(k in text for k in _KEYWORDS):
        return []
    out = []
    for m in _heading().finditer(text):
        who = (
            m.group("en")
            or m.group("office")
            or m.group("inq")
            or (m.group("inqoffice") or "").casefold()
            or m.group("he")
            or m.group("fr")
            or m.group("de")
            or m.group("es")
        )
        out.append((m.start(), m.end(), " ".join(who.split())))
    return out


# A public inquiry's heading for its witness, the oath in brackets after the name: "MR
# DAVID ORMEROD (affirmed)", "DR ANN LEE (sworn)"
_SWORN_HEADING = (
    r"(?m)^[ \t]*(?:\d{1,2}[ \t]+)?([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){1,5})"
    r"[ \t]+\((?:sworn|affirmed)\)[ \t]*$"
)


def sworn_headings(text: str) -> list[re.Match[str]]:
    """Each witness heading of ``text`` ("MR DAVID ORMEROD (affirmed)"), group 1 the name."""
    if "(sworn)" not in text and "(affirmed)" not in text:
        return []
    return list(re.finditer(_SWORN_HEADING, text))


def sworn_heading(text: str) -> re.Match[str] | None:
    """The first witness heading of ``text`` (see :func:`sworn_headings`), or None."""
    found = sworn_headings(text)
    return found[0] if found else None


# A tribunal's heading for its witness, the oath after a comma: "<DAVID JOHN PRICE, AFFIRMED",
# "JANE ROE, SWORN" (Australian and British transcripts)
SWORN_COMMA = (
    r"(?m)^[ \t]*<?[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){1,5})"
    r"[ \t]*,[ \t]*(?:RE-?)?(?:SWORN|AFFIRMED)\b"
)


def sworn_witnesses(text: str) -> list[tuple[int, str]]:
    """Where each witness is sworn in, and the name as written ("<JANE ROE, AFFIRMED",
    "MR DAVID ORMEROD (affirmed)"), in order: the answers after a heading are that
    witness's until the next one."""
    found: list[tuple[int, str]] = []
    if "SWORN" in text or "AFFIRMED" in text:
        found += [(m.start(), m.group(1)) for m in re.finditer(SWORN_COMMA, text)]
    found += [(m.start(), m.group(1)) for m in sworn_headings(text)]
    return sorted(found)
