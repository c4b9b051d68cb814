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

from .._regex import lazy

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
    "uestioned by",
    "UESTIONED BY",
)

_NAME = r"[^\W\d_][\w'’\-]*"
# a heading carried over from an earlier day or page: "Cross-examined by Mr Lee (continued)"
_CONTINUED = r"(?:[ \t]*\((?i:cont['’]?d|continued)\.?\))?"


@cache
def _heading() -> re.Pattern[str]:
    return re.compile(
        "|".join(
            (
                # English: "... (CROSS-)EXAMINED (AS FOLLOWS) BY MR. SMITH (AS FOLLOWS):"
                r"(?im)^[^\n]{0,200}?\bexamined\b[^\n]{0,60}?\bby\s+"
                rf"(?P<en>(?:mr|mrs|ms|miss|dr)\.?\s+{_NAME}(?:\s+{_NAME})??)"
                r"(?:\s+as\s+follows)?" + _CONTINUED + r"[ \t]*:?[ \t]*$",
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
                # English, a coroner's inquest or an inquiry, a heading alone on its line:
                # "Questioned by MR PATEL", "Further questioned by Ms Lee KC", "Questioned by
                # THE CORONER" (an office: the speaker so labelled asks)
                r"(?i:^[ \t]*(?:further[ \t]+|re-?)?questioned[ \t]+by[ \t]+)"
                r"(?:(?P<qby>(?i:mr|mrs|ms|miss|dr)\.?[ \t]+[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+)??)"
                r"(?:[ \t]+(?:KC|QC|SC))?"
                r"|(?P<qbyoffice>(?i:the[ \t]+(?:[^\W\d_]+[ \t]+){0,2}(?:coroner|chair(?:man|woman)?"
                r"|counsel[ \t]+(?:to|for)[ \t]+the[ \t]+\w+))))" + _CONTINUED + r"[ \t]*:?[ \t]*$",
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
    written: ``MR. SMITH``, ``קרמר``, ``Dupont``; an office in lower case: ``counsel for
    defendants``, ``государственного обвинителя``), in order."""
    out = []
    if any(k in text for k in _KEYWORDS):
        for m in _heading().finditer(text):
            who = (
                m.group("en")
                or m.group("office")
                or m.group("inq")
                or (m.group("inqoffice") or "").casefold()
                or m.group("qby")
                or (m.group("qbyoffice") or "").casefold()
                or m.group("he")
                or m.group("fr")
                or m.group("de")
                or m.group("es")
            )
            out.append((m.start(), m.end(), " ".join(who.split())))
    if "XN " in text or "XAMINATION" in text or "xamination" in text:
        for m in _BY_HEADING.finditer(text):
            who = " ".join(m.group("by").split())
            if not _PERSON_BY.match(who):
                who = who.casefold()  # (an office: "counsel for the defendants")
            out.append((m.start(), m.end(), who))
    if "вопрос" in text or "запитання" in text:
        for m in _SLAVIC_HEADING.finditer(text):
            out.append((m.start(), m.end(), " ".join(m.group("by").casefold().split())))
    for pair in _GAP_PAIRS:
        if "\n" + pair[0] in text and "\n" + pair[1] in text:
            out.extend(_gap_headings(text, pair))
    out.sort()
    return out


# English records of the courts of Ghana, Nigeria, Kenya, India: the examination's kind
# and who conducts it, a heading of its own line: "XXN BY COUNSEL FOR DEFENDANTS (CONT'D)",
# "RE-EXAMINATION BY COUNSEL FOR PLAINTIFF", "Cross-examination by Mr Mensah:"
_BY_HEADING = lazy(
    r"(?im)^[ \t]*(?:further[ \t]+)?(?:(?:re|cross)[ \t-]*)?"
    r"(?:examination(?:[ \t-]+in[ \t-]+chief)?|xxn|exn|rxn|xn|eic)"
    r"[ \t]+(?:continued[ \t]+)?by[ \t]+(?P<by>[^\W\d_][^\n():]{2,60}?)"
    r"[ \t]*(?:\((?:cont['’]?d|continued)\.?\))?[ \t]*:?[ \t]*$"
)
_PERSON_BY = re.compile(r"(?i)(?:mr|mrs|ms|miss|dr|prof)\b\.?\s")

# Russian and Ukrainian court records: "На вопросы государственного обвинителя подсудимый
# Петров И.И. пояснил:", "Свидетель Орлова Е.А. на вопросы защитника пояснила:", "На
# запитання прокурора обвинувачений ... пояснив:": who asks (an office, in the genitive),
# who answers (a procedural role and a name)
_WITNESS_ROLE = (
    r"(?:подсудим|свидетел|потерпевш|обвиняем|эксперт|специалист|обвинувачен|свідок|свідк"
    r"|потерпіл|експерт)[^\W\d_]*"
)
_SLAVIC_HEADING = lazy(
    r"(?m)^[ \t]*(?:(?P<w1>(?i:" + _WITNESS_ROLE + r")[^\n:]{2,60}?)[ \t]+)?"
    r"(?i:на[ \t]+(?:вопросы|запитання))[ \t]+(?P<by>[^\W\d_][^\n:]{2,60}?)[ \t]+"
    r"(?:(?P<w2>(?i:" + _WITNESS_ROLE + r")[^\n:]{0,60}?)[ \t]+)?"
    r"(?:пояснил|показал|ответил|сообщил|пояснив|відповів|показав|повідомив|відповіла"
    r"|повідомила)[^\W\d_]{0,2}[ \t]*:[ \t]*$"
)


_ROLE_WORD = lazy(r"(?i)" + _WITNESS_ROLE + r"[ \t]+")


def without_witness_role(phrase: str) -> str:
    """A heading's witness without the procedural role before the name ("Свидетель
    Орлова Е.А." -> "Орлова Е.А.")."""
    m = _ROLE_WORD.match(phrase)
    return phrase[m.end() :] if m is not None and m.end() < len(phrase) else phrase


_ARTICLES = frozenset(("the", "a", "an"))


def same_office(key: str, office: str) -> bool:
    """Whether a label's key and a heading's office are the same words, each word
    perhaps in another case ("защитник" and "защитника", "государственный обвинитель" and
    "государственного обвинителя"; "counsel for defendants" and "counsel for the
    defendants")."""
    a = [w for w in key.split() if w not in _ARTICLES]
    b = [w for w in office.casefold().split() if w not in _ARTICLES]
    if not a or len(a) != len(b):
        return False
    for x, y in zip(a, b, strict=True):
        if x == y:
            continue
        n = 0
        for c, d in zip(x, y, strict=False):
            if c != d:
                break
            n += 1
        if n < 4 or n < max(len(x), len(y)) - 3:
            return False
    return True


def heading_witnesses(text: str) -> list[tuple[int, str]]:
    """Where a heading names the witness who answers from there on, and the name as
    written: ``подсудимый Петров И.И.`` (its procedural role kept: the record labels the
    same person so elsewhere), a caption's ``증인 ... 홍길동`` (Korean: the witness of the
    whole record), in order."""
    out: list[tuple[int, str]] = []
    if "вопрос" in text or "запитання" in text:
        for m in _SLAVIC_HEADING.finditer(text):
            w = m.group("w1") or m.group("w2")
            if w:
                out.append((m.start(), " ".join(w.split())))
    for pair in _GAP_PAIRS:
        if "\n" + pair[0] in text and "\n" + pair[1] in text:
            name = _caption_name(text, _GAP_WITNESS[pair[0]])
            if name:
                out.append((0, name))
    out.sort()
    return out


# Korean and Japanese records of a witness's examination: every question is "문" (問),
# every answer "답" (答); who asks changes only by a heading line over the block ("검사",
# "피고인 변호인 변호사 홍길동", "재판장"), procedure lines between ("증인에게 ... 보여주고")
_GAP_PAIRS = (("문", "답"), ("問", "答"))
_GAP_WITNESS = {"문": "증인", "問": "証人"}
_GAP_HEADING = {
    q: lazy(
        r"(?:\A|\n[ \t]*\n)(?P<h>[ \t]*[^\s\d" + q + a + r"][^\n]{0,40}?)[ \t]*\n"
        r"(?:(?![ \t]*[" + q + a + r"](?:[ \t]|$))[^\n]{1,120}\n){0,2}(?:[ \t]*\n)?"
        r"(?P<q>[ \t]*" + q + r"(?:[ \t]{2,}|　|[ \t]*[:.：]))"
    )
    for q, a in _GAP_PAIRS
}
# (the words a record's title ends with: a witness's examination record, a trial's, minutes)
_RECORD_WORDS = ("조서", "기록", "속기록", "調書", "記録", "速記録", "会議録", "회의록")
# (the office words before a name in a record's caption and signature, not names)
_GAP_OFFICES = frozenset(
    "판사 검사 변호사 변호인 피고인 증인 재판장 법원 사무관 주심 이름 성명 "
    "裁判官 検察官 弁護人 弁護士 被告人 証人 裁判長 書記官 氏名".split()
)


def _gap_headings(text: str, pair: tuple[str, str]) -> list[tuple[int, int, str]]:
    out = []
    for m in _GAP_HEADING[pair[0]].finditer(text):
        head = " ".join(m.group("h").split())
        if head[-1] in ".?!。？！" or len(head.split()) > 8:
            continue  # (a sentence: speech, not a heading)
        if head.endswith(_RECORD_WORDS):
            continue  # (the record's title, "증인신문조서", "公判調書": no one examines)
        # (the heading and the procedure lines under it, up to the question's line)
        end = len(text[: m.start("q")].rstrip())
        who = _caption_name(text, head)
        if who is None:
            last = head.split()[-1]
            who = last if len(head.split()) > 1 and last not in _GAP_OFFICES else head
        out.append((m.start("h"), end, who))
    return out


def _caption_name(text: str, office: str) -> str | None:
    """The name a record's caption or signature gives beside an office ("검      사
    윤정훈", "재판장 판사  한승우  (인)", "증      인      이  름   오세진"), or None."""
    if not office or len(office) > 6 or " " in office:
        return None
    spaced = r"[ \t]*".join(map(re.escape, office))
    pat = (
        r"(?m)^[ \t]*" + spaced + r"[ \t]+(?:[^\W\d_](?:[ \t]{0,2}[^\W\d_]){0,3}[ \t]+)??"
        r"(?P<n>[^\W\d_]{2,4}|[^\W\d_]{2,3}[ \t][^\W\d_]{1,3})[ \t]*(?:\(|$)"
    )
    for m in re.finditer(pat, text):
        if m.group("n") not in _GAP_OFFICES:
            return m.group("n")
    return None


# A public inquiry's heading for its witness, the oath in brackets after the name: "MR
# DAVID ORMEROD (affirmed)", "DR ANN LEE (sworn)"
_SWORN_HEADING = (
    r"(?m)^[ \t]*(?:\d{1,2}[ \t]+)?([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){1,5})"
    r"[ \t]+\((?:sworn|affirmed)\)[ \t]*$"
)


# The same heading on a later day, the witness already sworn: "PRIYA MANSELL (continued)",
# an examination heading on the next line ("Cross-examined by Mr Lee (continued)"), which
# tells it from a speaker's label carried over a page
_CONTINUED_HEADING = (
    r"(?m)^[ \t]*(?:\d{1,2}[ \t]+)?([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){1,5})"
    r"[ \t]+\((?:continued|cont['’]?d)\.?\)[ \t]*\n"
    r"(?=[ \t]*(?i:(?:further[ \t]+)?(?:re|cross)?[ \t-]*exam(?:ined|ination)|(?:further[ \t]+)?"
    r"(?:re-?)?questioned[ \t]+by|(?:further[ \t]+)?questions[ \t]+from))"
)


def sworn_headings(text: str) -> list[re.Match[str]]:
    """Each witness heading of ``text`` ("MR DAVID ORMEROD (affirmed)", "PRIYA MANSELL
    (continued)" over an examination's heading), group 1 the name, in order."""
    found: list[re.Match[str]] = []
    if "(sworn)" in text or "(affirmed)" in text:
        found += re.finditer(_SWORN_HEADING, text)
    if "(cont" in text:
        found += re.finditer(_CONTINUED_HEADING, text)
    return sorted(found, key=lambda m: m.start())


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
