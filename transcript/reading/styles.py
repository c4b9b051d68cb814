"""The label styles a transcript may use: one table, in the order a line tries them.

Each entry of :data:`LABEL_STYLES` is one style: its name (the ``kind`` of a label token and
of a turn's ``label_kind``, and what the output's ``label_styles`` counts), the line
pattern of ``transcript/grammar/lines.lark`` that documents it, the characters its labels
open with (the lexer tries a line only against the styles its first character allows), what
a match extracts (:class:`Cand`: the name, where the label ends, where speech on its line
starts, a timestamp), how a candidate is accepted given the evidence of the whole document
(:class:`Evidence`), how the renderer writes it, and the styles of
:mod:`transcript.strategies` that generate it. The model is markdown-it-py's ordered rule
list: adding a style is adding an entry here, its pattern in ``lines.lark`` and a fixture.

Three styles are not tried line by line: ``bare`` (a name alone on its line, accepted only when
the whole document is laid out so), ``initials`` (initials and a run of spaces, read in a
document that no other style labels) and ``loose`` (an irregular label, repaired against the
speakers other labels established). The lexer reads them in passes of their own; they are in
the table for their pattern, their acceptance and their name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .._regex import lazy
from ..people.names import (
    HONORIFICS,
    NOT_NAMES,
    TITLE_WORDS,
    WORLD_TITLES,
    caseless_letter,
    is_generic,
    strip_markup,
)
from .grammar import line_patterns

_TS_PART = lazy(r"(-)?(?:(\d{1,2}):)?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?")
_STRAY_MARKUP = lazy(r"(\\\*|\*\*|__)(?=[ \t]|$)[ \t]*")
# how an "address" label opens ("M. le président.", "Mme Dupont.", "Sra. Ruiz.")
_ADDRESS_OPENERS = tuple(
    f"{w}{sep}"
    for w in ("M.", "MM.", "Mme", "Mmes", "Mlle", "Sr.", "Sra.", "Srta.", "Dr.", "Pr.")
    for sep in (" ", "\t")
)


def parse_time(ts: str) -> float | None:
    """``00:01:23`` -> 83.0; ``0:01:45.840`` -> 105.84; ``-00:00:00:10`` -> -10.0."""
    m = _TS_PART.search(ts)
    if not m:
        return None
    neg, a, b, c, d, frac = m.groups()
    parts = [int(x) for x in (a, b, c, d) if x is not None]
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    if frac:
        seconds += int(frac) / (10 ** len(frac))
    return -seconds if neg else seconds


def rstrip_span(text: str, a: int, b: int) -> int:
    """The end of ``text[a:b]`` without its trailing blanks."""
    while b > a and text[b - 1] in " \t":
        b -= 1
    return b


@dataclass(slots=True)
class Cand:
    """A label candidate found on a line."""

    kind: str  # its style's name ("colon")
    name: str
    start: int  # label span (source offsets)
    end: int
    rest: int  # offset of speech on the same line, or -1
    ts: float | None = None
    fn: str | None = None  # footnote mark glued to the label ("LOGAN.1")
    single: bool = False  # "Q Hi" with one space: needs an established Q
    repaired: str | None = None  # what was irregular about the label
    marked: bool = False  # its mark says "a speaker" whatever the name ("From ... to ...:")
    numbered: bool = False  # a question's number glued to its mark ("F12", "A12")


#: What a label looks like, whoever it names: its style, whether speech follows on its
#: line, whether its name is in capitals. A document keeps to one or a few of these.
Signature = tuple[str, bool, bool]


def signature(cand: Cand, caps: dict[str, bool]) -> Signature:
    """The candidate's :data:`Signature`. ``caps``: whether each name is in capitals, worked
    out once per name (a document repeats its labels)."""
    return form_signature(cand.kind, cand.name, cand.rest >= 0, caps)


def form_signature(kind: str, name: str, inline: bool, caps: dict[str, bool]) -> Signature:
    """The :data:`Signature` of the labels of one style and name, with their speech on their
    line or not."""
    upper = caps.get(name)
    if upper is None:
        core = strip_markup(name)
        if kind == "period":
            # ("GIOVANNI FERRETTI, Ministro dei trasporti": the office)
            core = core.partition(",")[0]
        # ("MORANDI (FdI)", "OKAFOR (Lab)": a party's or a place's bracket keeps its own case)
        core = core.partition(" (")[0]
        # (dash labels and chat headers mix roles and names in any case: "Programledare —",
        # "ANN SMITH —")
        upper = caps[name] = core.isupper() and kind not in OWN_LAYOUT
    return (kind, inline, upper)


def in_style(sig: Signature, styles: set[Signature]) -> bool:
    """A signature of the document's labels; a name in capitals may also stand alone
    where the others have speech on their line, or the other way round."""
    kind, inline, caps = sig
    return sig in styles or (caps and (kind, not inline, caps) in styles)


def titled(name: str) -> bool:
    """The name opens with a form of address or a title ("Mr. Smith", "Senator Lee")."""
    words = strip_markup(name).split()
    if len(words) < 2:
        return False
    w = words[0].casefold().rstrip(".")
    return w in HONORIFICS or w in TITLE_WORDS


def name_is_person_like(name: str) -> bool:
    """A strong name seen once: titled, generic, all-caps, or 2-4 capitalised words."""
    core = strip_markup(name)
    if is_generic(core) or titled(core):
        return True
    words = core.split(",")[0].split()
    return 1 <= len(words) <= 4


@dataclass(slots=True)
class Evidence:
    """What the whole document says about its labels, for the acceptance of each one.

    ``score``: the candidate's name as a name (0 not one, 1 weak, 2 strong; a marked style
    scores 2); ``count``: how often its name labels a line; the rest is counted over the
    whole document (see ``_resolve`` in :mod:`transcript.reading.lexer`)."""

    established: set[Signature]  # the signatures that are the document's layout
    caps: dict[str, bool]
    titled_period: int = 0  # period labels with a title ("CHAIRMAN POWELL.")
    qa_marked: int = 0  # Q/A markers with a terminator or a wide gap
    strong_total: int = 0  # candidates whose names score 2
    inline: bool = False  # most labels have their speech on their line
    first_recurring: int = 0  # the line of the first label whose name recurs
    period_surnames: frozenset[str] = frozenset()
    pr_seen: int = 0  # which of Spanish "P." and "R." are used (both: 2)
    qa_numbered: int = 0  # whether both marks of a pair are numbered ("F1" and "A1": 2)
    score: int = 0
    count: int = 0
    key: str = ""
    line: int = 0
    #: whether the candidate's line opens a paragraph (the lexer's test, on the lines)
    paragraph_start: Callable[[int], bool] = lambda i: True


# ---------------------------------------------------------------- extraction


def _label_end(text: str, name_end: int, b: int) -> int:
    """End of a label after its name: closing bracket, spaces, the colon."""
    i = name_end
    while i < b and text[i] in " \t]":
        i += 1
    # (Ethiopic: the preface colon, the word-space; the Khmer and the Mongolian colon)
    if i < b and text[i] in ":：፦፡៖᠄":
        return i + 1
    return name_end


def _closes_before(text: str, a: int, b: int) -> bool:
    """text[a:b] ends with a colon after a closing bracket and blanks: "Ann Lee (00:01:23):"."""
    k = b - 2
    while k > a and text[k] in " \t":
        k -= 1
    return k >= a and text[k] in ")]"  # (a colon alone on its line has nothing before it)


def _rest(m: re.Match[str]) -> int:
    return m.start("rest") if m.end("rest") > m.start("rest") else -1


def _voice(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    return Cand("voice", m.group("name"), a, m.end("name") + 1, m.start("rest"))


def _md(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    return Cand("md", m.group("name"), a, rstrip_span(text, a, m.start("rest")), _rest(m))


def _marker(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    group = "name" if m.group("name") else "name3" if m.group("name3") else "name2"
    rest = m.start("rest") if m.group("rest") else -1
    return Cand("marker", m.group(group), a, m.end(group), rest)


def _heading(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    return Cand("heading", m.group("name"), a, rstrip_span(text, a, b), -1)


_CLOCK_FIRSTS = frozenset("0123456789(")  # (a clock before the name opens so)


def _timed_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    # opens with "[" or ends with a timestamp ("Ann (00:01:02):", "Ann 01:02"; \d is any
    # decimal digit, "０:１８" too)
    last = text[b - 1]
    c = text[a]
    return (
        c == "["
        or last in ")]"
        or last.isdecimal()
        or (last == ":" and _closes_before(text, a, b))
        # ("00:07 – Ann: ...", "(1:02:10) Ann: ...": a clock's digits are ASCII)
        or (c in _CLOCK_FIRSTS and text.find(":", a + 1, a + 4) > 0)
    )


#: words a clock is read with, after it ("10:30 Uhr", "9:15 am"): no speaker's name
_CLOCK_WORDS = frozenset("uhr am pm a.m. p.m. h hs hrs horas heures óra val saat".split())


def _timed(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    clock = m.group("name5")  # (a clock before the name: "00:07 – Ann Lee: text")
    name = clock or m.group("name") or m.group("name2") or m.group("name3") or m.group("name4")
    ts = m.group("ts5") or m.group("ts") or m.group("ts2") or m.group("ts3") or m.group("ts4")
    rest = _rest(m)
    if m.group("name3") and (" — " in name or " – " in name):
        return None  # (a Discord header, "rafa.tx — 12/03/2026 20:02": the chat style's)
    if clock:
        if clock.casefold() in _CLOCK_WORDS:
            return None  # ("10:30 Uhr: Eröffnung", a programme's item)
        start = m.start("name5")
        end = _label_end(text, m.end("name5"), b)
    elif m.group("name"):
        start = m.start("name")
        end = _label_end(text, m.end("name"), b)
    else:
        start = a
        end = rstrip_span(text, a, b) if rest < 0 else rest
    return Cand("timed", name, start, end, rest, ts=parse_time(ts))


#: Question and answer marks that are letters of a word in other uses too ("P. Smith"):
#: each is a mark only with its period, where the document uses its partner as well
#: (Spanish pregunta / respuesta, French demande / réponse, German Frage / Antwort,
#: Hebrew שאלה / תשובה)
QA_PAIRS: tuple[tuple[str, str], ...] = (("P", "R"), ("D", "R"), ("F", "A"), ("ש", "ת"))
PAIRED_MARKS = frozenset(x for pair in QA_PAIRS for x in pair if x != "A")
#: Korean and Japanese court records' marks (問 / 答): a wide gap or a terminator after
#: each, and a label only where the document uses both; so the Burmese (မေး / ဖြေ) and the
#: Tibetan (དྲི་བ / ལན) interview's, whose terminator is the script's full stop ("။", "།")
GAP_PAIRS: tuple[tuple[str, str], ...] = (
    ("문", "답"),
    ("問", "答"),
    ("မေး", "ဖြေ"),
    ("དྲི་བ", "ལན"),
    ("དྲི", "ལན"),
)
GAP_MARKS = frozenset(x for pair in GAP_PAIRS for x in pair)
#: the pairs whose marks a document may number ("Q1" / "A1", "F1" / "A1")
NUMBERED_PAIRS: tuple[tuple[str, str], ...] = (("Q", "A"), *QA_PAIRS)


# (what follows the Portuguese feminine article in a record's label: "A Sr.ª", "A Sra.")
_ARTICLE_ADDRESSES = ("Sr.", "Sra", "Srª", "SR.", "SRA")


def _qa(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    if m.group("num") is not None:
        if m.group("name") == "Q" and _named_after_number(text, m.start("rest"), b):
            return None  # ("Q12 Chair: ...": the question's number before a colon label)
        # ("F12 Wie ...", "A12 Ich ...": the number is the label's, not the name's)
        return Cand("qa", m.group("name"), a, m.end("num"), _rest(m), single=True, numbered=True)
    end = k = m.end("name")
    if (
        k - a == 1
        and text[k : k + 2] == ". "
        and (_initial_label(text, m.start("rest"), b) or _initial_caps_surname(text, k + 2, b))
    ):
        # ("A. Mbaye-Dubroca : Oui.", "D. ŠIMKUS. Statybos ...": an initial and a surname,
        # a colon's or a period's label)
        return None
    if m.group("name") in PAIRED_MARKS and not (
        k < b
        and (text[k] == "." or (text[k] == ":" and not text[k - 1].isascii()))
        and (k + 1 >= b or text[k + 1] in " \t")
    ):
        return None  # ("P Hola", "R 2", "P:": a pregunta / respuesta has its period)
    if m.group("single") is not None and m.group("name") in GAP_MARKS and k - a == 1:
        # ("問 A社": a gap of one blank is a word's where words are not spaced; Burmese and
        # Tibetan space phrases, and a mark there is a word of its own: "ဖြေ ဓာတ်ဆား ...")
        return None
    while k < m.start("rest") and text[k] in " \t":
        k += 1
    if k < m.start("rest") and text[k] in ":.။།":
        end = k + 1  # the terminator, after spaces too ("A     .", "မေး ။")
    single = m.group("single") is not None
    if single and text.startswith(_ARTICLE_ADDRESSES, m.start("rest")):
        return None  # the article of a form of address: "A Sr.ª Ana Lopes (PS): — ..."
    return Cand("qa", m.group("name"), a, end, _rest(m), single=single)


_NUMBERED_NAME_CHARS = 40  # (a name after a question's number: "Dr Priya Raman")


def _named_after_number(text: str, r: int, b: int) -> bool:
    """After a question's number, a name of a few words and a colon ("Q12 Chair: ...", "Q13
    Dr Raman: ..."), as the UK Parliament's committees number the questions of their oral
    evidence in the margin: the colon label is the line's, not the question mark."""
    k = text.find(":", r, min(b, r + _NUMBERED_NAME_CHARS))
    if k <= r or not text[r].isupper() or (k + 1 < b and text[k + 1] not in " \t"):
        return False
    name = text[r:k]
    return len(name.split()) <= 4 and not any(c in ".?!,;" for c in name.replace("Dr.", ""))


# a surname in capitals after an initial, a party in brackets maybe, and the period of a
# record's label: "ŠIMKUS. ...", "KAIRIENĖ (LSF). ..."
_CAPS_SURNAME_PERIOD = lazy(
    r"[^\W\d_]{3,}(?:[ \-][^\W\d_]{2,}){0,2}(?:[ \t]\([^()\n]{1,20}\))?\.(?:[ \t]|$)"
)


def _initial_caps_surname(text: str, r: int, b: int) -> bool:
    """After a mark's letter and its period, a surname in capitals and a period: the letter
    is a first name's initial ("D. ŠIMKUS. ..."), the line a label in the period's style."""
    m = _CAPS_SURNAME_PERIOD.match(text, r, b)
    return m is not None and text[r : m.end()].partition("(")[0].isupper()


def _initial_label(text: str, r: int, b: int) -> bool:
    """After a mark's letter and its period, the words up to a colon in the line's first
    few words are a surname (one to three capitalised words, "Mbaye-Dubroca", "Le Goff"):
    the letter is a first name's initial, the line a label in the colon's style."""
    colon = text.find(":", r, min(b, r + 40))
    if colon < 0:
        return False
    if text[r - 2 : r] != ". ":
        return False  # (one blank after an initial: "Q.  Follow-up: ..." is a mark's gap)
    words = text[r:colon].split()
    if 1 <= len(words) <= 2 and all(len(w) == 2 and w[0].isupper() and w[1] == "." for w in words):
        return True  # (initials alone, as an archive keys its voices: "R. F. :", "R. F. G.:")
    return (
        1 <= len(words) <= 3
        and words[0].casefold() not in NOT_NAMES
        and all(w[0].isupper() and w[1:].replace("-", "").replace("'", "").isalpha() for w in words)
        # (a surname: two words, a compound of capitalised parts or a French spaced colon;
        # "Q. Follow-up: ..." is a question's word)
        and (
            len(words) > 1
            or text[colon - 1] == " "
            or any(c in "-'" and w[j + 1 : j + 2].isupper() for w in words for j, c in enumerate(w))
        )
    )


# what follows a forum comment's handle: its flair ("OP"), a middle dot, its age ("5h", "3
# hours ago", "hace 2 h", "vor 5 Std."), more flags after another dot ("Stickied comment")
_HANDLE_AGE = lazy(
    r"(?:[^\n·•]{1,30}?[ \t]+)?[·•][ \t]+(?:[^\W\d_]{2,6}\.?[ \t]+)?\d{1,3}[ \t]?"
    r"[^\W\d_]{1,8}\.?(?:[ \t]+ago)?(?:[ \t]+[·•][ \t]+[^\n·•]{1,40}?)*"
)


def _handle_may(text: str, a: int, b: int) -> bool:
    # a forum's comment opens with its handle and has a middle dot ("u/ana · 5h", "@ana ·
    # vor 2 Std."; its age or its flags last)
    c = text[a]
    return (c == "@" or (c == "u" and text[a + 1 : a + 2] == "/")) and (
        text.find("·", a, b) > 0 or text.find("•", a, b) > 0
    )


def _chat_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    # a Zoom header opens with a time and ends with a colon; a Teams one ends "12:02 PM"; a
    # Telegram one ends "[12.11.2025 14:02]"
    last = text[b - 1]
    if last == ":":
        return text[a].isdecimal()
    if last == "]":
        return text.find(":", b - 12, b) >= 0 and text.find("[", a, b) > a
    if last in "Mm.":
        return (text[b - 2 : b - 1] in "MmPpAa" and text.find(":", b - 12, b) >= 0) or (
            text[a] in "u@" and _handle_may(text, a, b)  # ("u/ana · vor 5 Std.")
        )
    if last not in "0123456789":
        return text[a] in "u@" and _handle_may(text, a, b)
    # a Discord header: "rafa.tx — 12/03/2026 20:02" (the clock last, a dash before; one
    # test of the character before last on most lines)
    return (
        text[b - 3] == ":"
        and last in "0123456789"
        and (text.find(" — ", a, b) > 0 or text.find(" – ", a, b) > 0)
    )


def _chat(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    rest = m.start("rest") if m.group("rest") else -1
    if m.group("name5"):
        # (a comment's header: the handle speaks, named without the site's "u/" or "@"; its
        # age is no clock)
        if _HANDLE_AGE.fullmatch(m.group("age5")) is None:
            return None
        name = m.group("name5").removeprefix("u/").removeprefix("@")
        return Cand("chat", name, a, rstrip_span(text, a, b), -1, marked=True)
    if m.group("name"):
        name = m.group("name").strip()
        end = m.start("rest") if rest >= 0 else rstrip_span(text, a, b)
        end = rstrip_span(text, a, end)
        return Cand("chat", name, a, end, rest, ts=parse_time(m.group("ts")), marked=True)
    if m.group("name4"):
        seconds = _clock(m.group("ts4"), m.group("ampm4"))
        name = m.group("name4").strip()
        # (marked: a handle in lower case is a sender as well, "rafa.tx")
        return Cand("chat", name, a, rstrip_span(text, a, b), -1, ts=seconds, marked=True)
    if m.group("name3"):
        # (the sender, then a date and time in brackets: a message's header, nothing else)
        seconds = _clock(m.group("ts3"), m.group("ampm3"))
        name = m.group("name3").strip()
        return Cand("chat", name, a, rstrip_span(text, a, b), -1, ts=seconds, marked=True)
    seconds = _clock(m.group("ts2"), m.group("ampm"))
    return Cand("chat", m.group("name2").strip(), a, rstrip_span(text, a, b), -1, ts=seconds)


def _clock(ts: str, ampm: str | None) -> float | None:
    """Seconds of a clock time "14:02", "2:02:05" with its "PM" or none."""
    seconds = parse_time(ts if ts.count(":") == 2 else ts + ":00")  # (hours and minutes)
    if seconds is not None and ampm:
        seconds = seconds % 43200 + (43200 if ampm in "Pp" else 0)
    return seconds


def _message_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    # a date first: "12/11/25, ", "[12.11.25, ", "[2025-11-12, " (a separator in its first
    # characters, a colon further on)
    k = a + 1 if text[a] == "[" else a
    return (
        k < b
        and text[k].isdecimal()
        and (
            text.find("/", k + 1, k + 5) > 0
            or text.find(".", k + 1, k + 3) > 0
            or text.find("-", k + 2, k + 5) > 0
        )
        and text.find(":", k + 6, head) > 0
    )


def _message(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    clock = m.group("ts").replace(".", ":")
    seconds = parse_time(clock if clock.count(":") == 2 else clock + ":00")  # (hh:mm[:ss])
    if seconds is not None and m.group("ampm"):
        seconds = seconds % 43200 + (43200 if m.group("ampm") in "Pp" else 0)
    end = rstrip_span(text, a, m.start("rest"))
    return Cand("message", m.group("name"), a, end, m.start("rest"), ts=seconds, marked=True)


_CLOCK_TAIL = lazy(r"[AaPp]\.?[ \u00a0]?[Mm]\.?(?![^\W\d_])|[Hh](?:rs?)?\b|Uhr\b")


def _timename_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    # a time first, a letter (or a bracket's close) last: "00:00:08 Speaker 2" (a short line)
    return (
        b - a <= 140
        and (text[b - 1].isalnum() or text[b - 1] == ")")
        and text.find(":", a, a + 6) > a
    )


def _timename(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    if _CLOCK_TAIL.match(m.group("name")):
        return None  # ("1:02 P.M. EDT": a clock, no speaker)
    end = rstrip_span(text, a, b)
    return Cand("timename", m.group("name"), a, end, -1, ts=parse_time(m.group("ts")))


def _accept_timename(cand: Cand, ev: Evidence) -> bool:
    # (a caption's time and first words look alike: a name that recurs, or the layout)
    return ev.count >= 2 or in_style(signature(cand, ev.caps), ev.established)


def _table_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    # a tab parts the cells (a tab after a colon is a colon label's: "Ann Lee:<TAB>Hi")
    k = text.find("\t", a, head)
    return k > a and text[k - 1] not in ":："


def _table(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    name = m.group("name")
    ts = m.group("ts")
    return Cand(
        "table",
        name,
        a,
        rstrip_span(text, a, m.end("name")),
        m.start("rest"),
        ts=parse_time(ts) if ts else None,
        marked=ts is not None,  # (a time cell, then a speaker's cell: the table's layout)
    )


def _columns_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    # a counter, then a run of spaces within its first characters
    k = text.find("  ", a + 1, a + 10)
    return k > a and text[a].isdecimal() and text[k - 1].isdecimal()


def _columns(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    ts = m.group("ts")
    clock = ":" in ts or "." in ts
    return Cand(
        "columns",
        m.group("name"),
        a,
        m.end("name"),
        m.start("rest"),
        ts=parse_time(ts.replace(".", ":")) if clock else None,
        marked=clock,  # (a time, a speaker's column, the text: the record's layout)
    )


def _accept_table(cand: Cand, ev: Evidence) -> bool:
    # (a row with no time cell is a label only in the document's layout, several speakers'
    # rows: a table of contents repeats one name)
    return cand.marked or in_style(signature(cand, ev.caps), ev.established)


def _hyphen_name(name: str) -> bool:
    # (a typed record's labels in capitals, four letters or more: "TESTE", "AVV. ROSSI";
    # shorter ones are a page's marks, "SF - 12", "CPI - Reunião ...")
    # (its note in brackets may be in small letters: "MS ANN LEE (Minister for Housing)")
    bare = name.partition(" (")[0]
    return bare.isupper() and sum(c.isalpha() for c in bare) >= 4


def hyphen_before_colon(text: str, a: int, head: int) -> bool:
    """A spaced hyphen near the start of text[a:head], after words in capitals, and no
    colon in the head: the line may open with a typed record's dash label ("PRESIDENTE -
    Bene."); with a colon on it, the colon's label is tried as before ("NAIBU WAZIRI,
    OFISI YA RAIS - TAMISEMI:")."""
    k = text.find(" - ", a, head)
    return k > a and text.find(":", a, head) < 0 and _hyphen_name(text[a:k])


def dash_before_colon(text: str, a: int, head: int) -> bool:
    """An em or en dash, spaced, near the start of text[a:head], before any colon: the
    line may open with a dash label ("Programledare — Så: ...")."""
    for d in ("—", "–", "ـ"):
        k = text.find(d, a, head)
        if k > a and text[k - 1] in " \t":
            colon = text.find(":", a, head)
            if colon < 0 or colon > k:
                return True
    return False


_OFFICE_LABEL_CHARS = 182  # (an office of 120 characters, its holder's name in brackets)


def _colon_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    # (after a spaced dash before any colon, the dash label is tried first)
    if dash:
        return False
    # (one search, past the head on a long line: an office and its holder's name in
    # brackets may run past it, "The Cabinet Secretary for Housing, Local Government,
    # Planning and Communities (Malcolm Fraser): ...")
    k = text.find(":", a, a + _OFFICE_LABEL_CHARS if b > head else head)
    if 0 <= k < head or text[a] == "[" or text.find("：", a, head) >= 0:
        return True
    if k > 0 and (text[k - 1] == ")" or (text[k - 1] == " " and text[k - 2] == ")")):
        return True
    if k > 0 and text.find(" / ", a, k) > 0:
        return True  # (a label in two languages, a slash between: longer than a name)
    # (an Ethiopic label ends with the preface colon or a word-space: looked for only on a
    # line opening with an Ethiopic letter)
    c = text[a]
    if "\u1200" <= c <= "\u137f":
        return text.find("፦", a, head) >= 0 or text.find("፡", a, head) >= 0
    # (a script's own colon, looked for only on a line opening with a letter of the script)
    return _own_colon(c) and (text.find("៖", a, head) >= 0 or text.find("᠄", a, head) >= 0)


def _ethiopic(c: str) -> bool:
    """A letter of the Ethiopic script (Amharic, Tigrinya, Ge'ez)."""
    return "\u1200" <= c <= "\u135a"


def _own_colon(c: str) -> bool:
    """A letter of a script with a colon of its own: Khmer ("៖"), Mongolian ("᠄")."""
    return "\u1780" <= c <= "\u17d3" or "\u1820" <= c <= "\u18aa"


def _bracketed_colon(text: str, a: int, b: int, cand: Cand) -> Cand:
    """A colon label whose name holds a colon inside brackets or quotes: the label runs to
    the colon after the bracket closes. (Unclosed to the line's end: the first colon.)"""
    depth = 0
    for k in range(a, min(b, a + 160)):
        ch = text[k]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                j = k + 1
                while j < b and text[j] in " \t":
                    j += 1
                if j < b and text[j] in ":：":
                    r = j + 1
                    while r < b and text[r] in " \t":
                        r += 1
                    return Cand("colon", text[a : k + 1], a, j + 1, r if r < b else -1)
                return cand
    return cand


def _sentence_in_address(name: str) -> bool:
    """A colon "label" that opens with a form of address holds a sentence's end: "Mme Anne
    Roy. Fin 2027 : cela fait ..." is an address label, then speech with a colon in it (an
    abbreviation ends with a capital or is short: "M. J.-P. Roy", "Sr. Dr. Ruiz"; after a
    comma it is an office's: "Dr. de With, Parl. Staatssekretär")."""
    k = name.find(". ", name.find(" ") + 1)  # (after the form of address: "Sra. ")
    comma = name.find(",")
    while k > 0 and (comma < 0 or k < comma):
        word = name[name.rfind(" ", 0, k) + 1 : k]
        if len(word) >= 3 and word[-1].islower():
            return True
        k = name.find(". ", k + 2)
    return False


def _sentence_after_caps(name: str) -> bool:
    """A colon "label" that opens with a name in capitals and a period, then a sentence:
    "PRESIDENTE. L'ordine del giorno reca: ..." is a period label, then speech with a colon
    in it (not "PROF. SMITH:" or "GEN. ANN LEE:", a title's abbreviation)."""
    k = name.find(". ")
    if 0 < k < 4 and name[:k].casefold() in HONORIFICS:
        k = name.find(". ", k + 2)  # (a form of address first: "Ms. ADEYEMI. It is. ...:")
    if k < 3 or k + 3 >= len(name) or "," in name[:k]:
        return False
    space = name.rfind(" ", 0, k)
    word = name[space + 1 : k]
    before = name[: max(space, 0)].split()[-1:]
    after = name[k + 2 :].lstrip()
    after = after[: after.find(" ")] if " " in after else after
    # (initials run together open a name, "J.R. Smith:", "министры Р.Н. Шарипов:"; after a
    # surname in capitals they close it, and a sentence may follow: "ЛИТВИНЕНКО О.А. Андрію
    # Вікторовичу, ...: ...")
    initials = "." in word and not (before and before[0].isupper() and len(before[0]) > 1)
    return (
        len(word) >= 3  # (not an initial: "Amy E. Hood:")
        and not initials
        and word.isupper()
        and word.casefold() not in HONORIFICS
        and word.casefold() not in TITLE_WORDS
        and after[:1].isupper()
        and not after.isupper()
    )


def sentence_in_name(name: str) -> bool:
    """A colon "label" whose name holds a sentence's end after an address or a name in
    capitals (see the two tests above): the line is an address or a period label, then
    speech with a colon in it. (The lexer asks once per name, not per line.)"""
    if name.find(". ", 3) < 0:
        return False  # ("MR. SMITH": the period of the first word only)
    if name.startswith(_ADDRESS_OPENERS):
        return _sentence_in_address(name)
    return name[0].isupper() and _sentence_after_caps(name)


def reread_sentence_label(text: str, a: int, b: int) -> Cand | None:
    """The line text[a:b], read as an address or a period label (see
    :func:`sentence_in_name`), or None."""
    for style in (BY_NAME["address"], BY_NAME["period"]):
        assert style.extract is not None and style.may is not None  # (line styles)
        head = a + 90 if b > a + 90 else b
        if style.may(text, a, b, head, False):
            c = text[a]
            terminal = next((t for test, t in style.by_script if test(c)), style.terminal)
            m = line_patterns()[terminal].match(text, a, b)
            cand = None if m is None else style.extract(m, text, a, b, False)
            if cand is not None:
                return cand
    return None


def _colon(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    name = m.group("name")
    rest = _rest(m)
    name_end = m.end("name")
    end = _label_end(text, name_end, b)
    ts = None
    if end == name_end and m.group("clock") is not None:
        # (past the clock's bracket; a time of day, "(14:31)", is no offset in a recording:
        # no start time)
        end = _label_end(text, m.end("clock") + 1, b)
    elif end == name_end and text[name_end] == "[":
        # a clock between the name and the colon: "Ann Lee (SV) [10:01:12]:" (no colon
        # right after the name: looked at only then)
        end = _label_end(text, text.index("]", name_end), b)
        note = m.group("note")
        if note is None:
            ts = parse_time(m.group("ts"))
        else:
            # a note in square brackets: "Ann Lee [Spokesperson]:", "Question [Ann Lee,
            # Reuters]:" (the name keeps it in round ones, which the names module reads as
            # a role or an affiliation)
            name = name.rstrip(" \t") + " (" + note.strip() + ")"
    if rest >= 0 and text[rest] in "\\*_":
        # the closing half of broken bold after the colon ("Ann Lee:\* text")
        stray = _STRAY_MARKUP.match(text, rest, b)
        if stray is not None:
            end = stray.end(1)
            rest = stray.end() if stray.end() < b else -1
    if (
        rest >= 0
        and (text[rest] in "—–" or (text[rest] == "-" and rest == end))
        and (rest + 1 == b or text[rest + 1] in " \t")
    ):
        # a dash after the colon is the label's, not the speech's: "O Sr. Presidente: —
        # Srs. Deputados" (the Portuguese Assembleia's Diário), "Ann Lee: – Yes."; a hyphen
        # glued to the colon too, as Indian and Pakistani assemblies print their labels
        # ("MR. SPEAKER:- Order.", "ಸಭಾಧ್ಯಕ್ಷರು:- ...")
        end = rest + 1
        rest = rest + 2
        while rest < b and text[rest] in " \t":
            rest += 1
        if rest >= b:
            rest = -1
    cand = Cand("colon", name.rstrip(" \t"), a, end, rest)
    if ts is not None:
        cand.ts = ts  # (set apart: a keyword argument costs every label its call)
    if "(" in cand.name and cand.name.count("(") > cand.name.count(")"):
        # a colon inside the label's brackets: 'Ms. ANN LEE (Author, "Notes: A Life"):'
        return _bracketed_colon(text, a, b, cand)
    return cand


_DOTDASH_TERM = lazy(r"\.[ \t]*[-–—]")


def _dotdash_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    # a period, then a hyphen or a dash ("Sr. Paz.-", "Presidente. – "): one search, as
    # cheap as one str.find (this runs on most lines)
    return _DOTDASH_TERM.search(text, a, head) is not None


def _dotdash(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    rest = _rest(m)
    end = rest if rest >= 0 else rstrip_span(text, a, b)
    return Cand("dotdash", m.group("name"), a, rstrip_span(text, a, end), rest)


def _article_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    # the article (one letter or two), blanks, then the form of address: "O SR.", "AS SRAS."
    k = a + 1 if text[a + 1 : a + 2] in (" ", "\t") else a + 2
    while k < b and text[k] in " \t":
        k += 1
    return text.startswith("SR", k)


def _article(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    # (the name without its article: "SR. HEITOR VASCONCELOS", as a title and a name)
    return Cand("article", m.group("name"), a, m.end("name"), m.start("rest"), marked=True)


def _address_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    return text.startswith(_ADDRESS_OPENERS, a)


def _address(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    name = m.group("name")
    if name.isupper() or (dash and ("—" in name or "–" in name)):
        return None  # ("Dr. Ann Smith — Well, ...": a dash label with a title)
    return Cand("address", name, a, m.end("name") + 1, m.start("rest"))


def _cyrillic_capital(c: str) -> bool:
    """A capital of the Cyrillic alphabet (Russian, Ukrainian, Bulgarian, Serbian ...)."""
    return "\u0400" <= c <= "\u042f" or c == "\u0490"


def _period_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    return text[a].isupper() and text.find(".", a, head) >= 0


def _period(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    name = m.group("name")
    role = m.group("role")
    if role and len(name.partition(",")[0].split()) < 2:
        # ("WASHINGTON, the president said.": an office follows a full name, or a surname
        # when it is an office's word: "ZANETTI, ministro delle infrastrutture.")
        first = role.split()[0].casefold()
        if first not in TITLE_WORDS and first not in WORLD_TITLES:
            return None
    if dash and (len(name) <= 2 or name.casefold() in HONORIFICS):
        return None  # ("DR. JOSÉ NÚÑEZ — text": an honorific's period inside a dash label)
    rest = m.start("rest") if m.group("rest") else -1
    if dash and rest >= 0 and _caps_to_dash(text, rest, a + 90):
        return None  # ("PARTE CIVILE, AVV. ROSSI - text": an abbreviation's period, inside)
    if (
        rest >= 0
        and text[rest].isdigit()
        and name[name.rfind(" ") + 1 :].casefold() in _NUMBER_ABBR
    ):
        return None  # (a heading's number: "RYTINIO POSĖDŽIO NR. 214", "SITTING NO. 12")
    if rest >= 0 and _code_only(text, rest, b):
        return None  # (a document's number after its abbreviation: "S. HRG. 119-214")
    return Cand("period", name, a, m.end("name") + 1, rest, fn=m.group("fn"))


def _code_only(text: str, a: int, b: int) -> bool:
    # (digits and their separators, no word: a number, not speech)
    return all(c.isdigit() or c in " \t-/.,:–" for c in text[a:b])


# the abbreviations of "number" before a number (Lithuanian and German "Nr.", "No.", Spanish
# "Núm.", Czech "Č.", Croatian "Br."): a heading's, not a speaker's period
_NUMBER_ABBR = frozenset(("nr", "no", "num", "núm", "nro", "č", "br", "n"))


def _caps_to_dash(text: str, a: int, head: int) -> bool:
    """text[a:] runs in capitals to a spaced dash before ``head``: a dash label's name."""
    k = min((k for d in (" - ", " – ", " — ") if (k := text.find(d, a, head)) > a), default=-1)
    return k > a and text[a:k].isupper()


def _dash_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    return dash


def _dash(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    rest = m.start("rest") if m.group("rest") else -1
    end = m.end("name")
    while end < b and text[end] in " \t":
        end += 1
    if text[end] == "-" and not _hyphen_name(m.group("name")):
        return None  # (a hyphen after words in lower case is prose's: "Rome - the pope")
    if rest >= 0 and _code_only(text, rest, b):
        return None  # (a page's mark: "SF - 12", "Página – 3")
    while end < b and text[end] in " \t—–ـ-":
        end += 1
    if rest >= 0 and caps_heading(text, rest, b) and m.group("name").isupper():
        return None  # (a heading's two parts: "CORTE D'APPELLO – SEZIONE TERZA")
    return Cand("dash", m.group("name"), a, rstrip_span(text, a, end), rest)


def caps_heading(text: str, a: int, b: int) -> bool:
    """text[a:b] is words in capitals with no sentence's end: a heading's, not speech."""
    end = rstrip_span(text, a, b)
    return end > a and text[end - 1] not in '.?!…:;"”»)' and text[a:end].isupper()


# ---------------------------------------------------------------- acceptance


def _always(cand: Cand, ev: Evidence) -> bool:
    return True


def _accept_qa(cand: Cand, ev: Evidence) -> bool:
    if cand.numbered:
        # ("Q3 revenue grew": a numbered mark only where its partner is numbered too)
        return ev.qa_numbered >= 2
    # "Q Hi" with one space is a marker only where the document marks Q and A so; Spanish
    # "P." and "R." only where the document uses both
    if (cand.name in PAIRED_MARKS or cand.name in GAP_MARKS) and ev.pr_seen < 2:
        return False
    return not cand.single or ev.qa_marked >= 2


MAX_HEADING_NAME_WORDS = 5  # (a longer heading used once is a headline)


def _accept_heading(cand: Cand, ev: Evidence) -> bool:
    # (a heading used once is a label only if it reads as a name, not as a headline)
    short = len(strip_markup(cand.name).split()) <= MAX_HEADING_NAME_WORDS
    return ev.count >= 2 or (ev.score == 2 and short and name_is_person_like(cand.name))


def _accept_dotdash(cand: Cand, ev: Evidence) -> bool:
    # (a sentence may end ".-" or ". –" before a line break: the document's layout, or a
    # name used twice, and always at a paragraph's start)
    return (ev.count >= 2 or in_style(signature(cand, ev.caps), ev.established)) and (
        ev.paragraph_start(ev.line)
    )


def _accept_address(cand: Cand, ev: Evidence) -> bool:
    # (a sentence may open "M. Dupont. ..." too: only the document's style)
    return ev.count >= 2 or in_style(signature(cand, ev.caps), ev.established)


def _accept_period(cand: Cand, ev: Evidence) -> bool:
    name = strip_markup(cand.name)
    ok = (
        titled(cand.name)
        or (ev.count >= 2 and ev.titled_period >= 1)
        or (ev.titled_period >= 1 and len(name.split()) >= 2)
        or (ev.titled_period >= 1 and ev.key in ev.period_surnames)
        or (ev.count >= 3 and is_generic(cand.name) is False and len(cand.name) > 2)
        # (the document's layout: "PRESIDENTE." and "GIORGIA ROSSI." open its paragraphs, a
        # name used once too; a word used once is an acronym opening a sentence: "ONU. ...")
        or (
            in_style(signature(cand, ev.caps), ev.established)
            and ev.paragraph_start(ev.line)
            and (ev.count >= 2 or len(name.split()) >= 2)
        )
    )
    # an all-caps word such as "OK." or "NO." never makes a period label alone, nor does a
    # bare honorific ("PROF. OMAR TANAKA - ..." is not PROF speaking), nor words closed by
    # one ("STATEMENT OF DR. ANN LEE, DIRECTOR": a heading's, the period the title's);
    # a name used once opens a paragraph ("... Our next witness is" / "Dr. Ann Lee. Dr.
    # Lee, please proceed.": a sentence wrapped at the name)
    return (
        ok
        and len(name) > 2
        and name.casefold() not in HONORIFICS
        and name[name.rfind(" ") + 1 :].casefold() not in HONORIFICS
        and (ev.count >= 2 or ev.paragraph_start(ev.line))
    )


def _accept_dash(cand: Cand, ev: Evidence) -> bool:
    # (a dash is in prose too: only the document's layout makes it a label)
    return in_style(signature(cand, ev.caps), ev.established) and ev.paragraph_start(ev.line)


def _accept_chat(cand: Cand, ev: Evidence) -> bool:
    return cand.marked or ev.count >= 2 or in_style(signature(cand, ev.caps), ev.established)


def _accept_colon(cand: Cand, ev: Evidence) -> bool:
    ok = (
        ev.count >= 2
        or (ev.score == 2 and name_is_person_like(cand.name))
        or in_style(signature(cand, ev.caps), ev.established)
        # (a word in capitals among plain names: "[REDACTED]:", "CALLER:"; a name with its
        # speech on its line where the labels are so: "Q: ..." then "Journaliste: ...")
        or (
            ev.score >= 1
            and ev.strong_total >= 2
            and (
                strip_markup(cand.name).isupper()
                or (cand.rest >= 0 and ev.inline and ev.line > ev.first_recurring)
            )
        )
    )
    if (
        ok
        and cand.rest < 0
        and ev.count == 1
        and ev.inline
        and ev.line < ev.first_recurring
        and not strip_markup(cand.name).isupper()  # ("LEILA FADEL, HOST:" opens a show)
        and "," not in cand.name
    ):
        # a field of the header alone on its line ("Case no.:", "תיק חיצוני:") where the
        # document's labels have their speech on their line, before the first that recurs
        return False
    # a wrapped line of prose that happens to start "Word:" is no label
    return ok and (ev.count != 1 or ev.paragraph_start(ev.line))


def _dashq(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    # (the mark stands for the interviewer, who is named nowhere on the line: a "Q")
    return Cand("dashq", "Q", a, m.end("name"), m.start("rest"), marked=True)


def _accept_recurring(cand: Cand, ev: Evidence) -> bool:
    # (a mark that prose uses too, a name that recurs at a paragraph's start: a dash opens a
    # line of prose now and then; a menu of words parted by full-width spaces opens the way
    # a name does)
    return ev.count >= 2 and ev.paragraph_start(ev.line)


def _idspace_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    return text.find("\u3000", a + 1, a + 12) > 0


def _idspace(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    return Cand("idspace", m.group("name"), a, m.end("name"), m.start("rest"))


def _lenticular_may(text: str, a: int, b: int, head: int, dash: bool) -> bool:
    # (a square bracket only around a name in a script without case, alone on its line,
    # "[앵커]", or with the speech set right after it, as Chinese government portals print
    # an online interview, "[主持人]各位网友..."; a tag before a line's text with a space,
    # "[속보] ...", and "[Music]" are no labels)
    if text[a] != "[":
        return True
    if a + 2 >= b or not caseless_letter(text[a + 1]):
        return False
    if text[b - 1] == "]":
        return True
    k = text.find("]", a, b)
    return 0 < k < b - 1 and text[k + 1] not in " \t\u3000[【"


def _lenticular(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    rest = m.start("rest") if m.group("rest") else -1
    if rest >= 0 and text[rest] == "【":
        return None  # (a row of tags or links: "【打印本页】【关闭窗口】")
    end = m.end("name") + 1  # (the closing bracket; a colon after it is the speech's)
    if rest >= 0 and text[end:rest].strip(" \t\u3000") in (":", "："):
        end = rstrip_span(text, a, rest)
    name = m.group("name")
    # (a clip's kind, a colon, who and their office: "[녹취: 최영태 / 보건복지부 국장]", as
    # Korean broadcasters mark a recorded voice: the mark says a speaker; a photo's credit,
    # "[사진: 연합뉴스]", names no office)
    clip = text[a] == "[" and 0 < name.find(":") < 6 and " / " in name
    return Cand("lenticular", name, a, end, rest, marked=clip)


def _accept_lenticular(cand: Cand, ev: Evidence) -> bool:
    # (a headline opens with a tag in these brackets too, "【速報】": the speaker's name
    # recurs, or the document is laid out so, and at a paragraph's start)
    return (ev.count >= 2 or in_style(signature(cand, ev.caps), ev.established)) and (
        ev.paragraph_start(ev.line)
    )


def _equals(m: re.Match[str], text: str, a: int, b: int, dash: bool) -> Cand | None:
    rest = m.start("rest") if m.group("rest") else -1
    end = text.index("=", m.end("name"), b) + 1
    return Cand("equals", m.group("name"), a, end, rest)


def _accept_equals(cand: Cand, ev: Evidence) -> bool:
    # (an article lists facts with the same bullet before the Q&A, "▲일시 = 3월 9일": a name
    # used once is a label only in the layout once the conversation has begun)
    return (
        ev.count >= 2
        or (in_style(signature(cand, ev.caps), ev.established) and ev.line > ev.first_recurring)
    ) and ev.paragraph_start(ev.line)


# ---------------------------------------------------------------- the table

Extract = Callable[[re.Match[str], str, int, int, bool], "Cand | None"]
May = Callable[[str, int, int, int, bool], bool]
Accept = Callable[[Cand, Evidence], bool]


@dataclass(frozen=True, slots=True)
class LabelStyle:
    """One label style: an entry of :data:`LABEL_STYLES`."""

    name: str
    terminal: str  # its line pattern in grammar/lines.lark
    examples: tuple[str, ...]
    #: the characters its labels open with ("": any); with ``exclusive``, a line opening
    #: with one of them is a label of this style or no label at all
    opens: str = ""
    exclusive: bool = False
    #: a cheap test on the line (text, start, end, end of its first 90 characters, whether
    #: a spaced dash comes before any colon there) before the pattern is tried
    may: May | None = None
    extract: Extract | None = None  # None: read by a pass of its own (bare, loose)
    #: when its pattern fails after its test held, the style tried instead ("" : none)
    then: str = ""
    #: patterns of its own for lines opening in another script: (a test of the line's first
    #: character, the pattern's terminal), chosen once per first character
    by_script: tuple[tuple[Callable[[str], bool], str], ...] = ()
    #: its mark says "a speaker" whatever the name looks like (``Q``, ``<v>``, ``○``)
    marked: bool = False
    #: a signature of this style used by two speakers at paragraph starts makes the
    #: document's layout: then a name used once in it is a label too
    from_layout: bool = False
    #: prose imitates it: its signature makes the layout only where some of its names recur
    needs_recurrence: bool = False
    #: a document laid out in it has no colon labels (a colon line is speech or metadata)
    own_layout: bool = False
    accept: Accept = _always
    #: how the renderer writes a label of this style ("" : it does not)
    written: str = ""
    #: the styles of :mod:`transcript.strategies` that write labels of this style
    generated: tuple[str, ...] = ()
    #: a test of the line's first character, beside ``opens`` (worked out once per
    #: character: a style of scripts without case costs nothing on Latin text)
    opens_if: Callable[[str], bool] | None = None
    #: patterns one of which is on the line of each of its labels (none: no test): a document
    #: where none is found is not tried for the style (a search per document, no test per
    #: line; each opens with a plain character, which the search looks for at C speed)
    needs: tuple[str, ...] = ()


#: what a timestamp's clock always has ("0:18", "00:01:23")
_CLOCK_NEEDS = (r":\d",)
#: ... or a comment's header, its handle's age after a middle dot ("u/ana · 5h")
_CHAT_NEEDS = (*_CLOCK_NEEDS, "·", "•")

LABEL_STYLES: tuple[LabelStyle, ...] = (
    LabelStyle(
        "voice",
        "LABEL_VOICE",
        ("<v Roger Bingham>We are in New York City",),
        opens="<",
        exclusive=True,
        extract=_voice,
        marked=True,
        written="<v {name}>",
        generated=("webvtt",),
    ),
    LabelStyle(
        "md",
        "LABEL_MD",
        ("**Jerod Santo:** I'm excited", "**Jerod Santo**: I'm excited", "__Ann Lee__: Hello"),
        opens="*_",
        exclusive=True,
        extract=_md,
        written="**{name}:**",
        generated=("markdown",),
    ),
    LabelStyle(
        "marker",
        "LABEL_MARKER",
        ("○委員長（山田太郎君）　これより会議を開きます。", "◯위원장 김철수　성원이 되었으므로"),
        opens="○◯◎",
        exclusive=True,
        extract=_marker,
        marked=True,
        generated=("marker",),
    ),
    LabelStyle(
        "lenticular",
        "LABEL_LENTICULAR",
        (
            "【記者】",
            "【大臣】おはようございます。",
            "【主持人】：请提问。",
            "［回答：岡本］",
            "[앵커]",
        ),
        opens="【［[",
        may=_lenticular_may,
        extract=_lenticular,
        from_layout=True,
        needs_recurrence=True,
        accept=_accept_lenticular,
    ),
    LabelStyle(
        "equals",
        "LABEL_EQUALS",
        ("▲기자 = 날짜가 확정됐나.", "▲박 대변인 = 말씀드릴 수 있다.", "△Reporter = Is it final?"),
        opens="▲△▶►■◆●",
        extract=_equals,
        from_layout=True,
        needs_recurrence=True,
        accept=_accept_equals,
    ),
    LabelStyle(
        "heading",
        "LABEL_HEADING",
        ("### Ann Lee", "### Q (track 2, 14:05)"),
        opens="#",
        exclusive=True,
        extract=_heading,
        accept=_accept_heading,
    ),
    LabelStyle(
        "timed",
        "LABEL_TIMED",
        ("[00:12:01] Ann Lee: text", "Ann Lee (00:01:23):", "Ann Lee  0:18", "[Ana Ruiz] 18:02:13"),
        may=_timed_may,
        extract=_timed,
        generated=("timestamped",),
        needs=_CLOCK_NEEDS,
    ),
    LabelStyle(
        "article",
        "LABEL_ARTICLE",
        (
            "O SR. PRESIDENTE (Otávio Leite. Bloco/MDB - PA) - Bom dia.",
            "A SRA. ANA LIMA (PT - SP) - Obrigada.",
        ),
        opens="OAEL",
        may=_article_may,
        extract=_article,
        marked=True,
    ),
    LabelStyle(
        "qa",
        "LABEL_QA",
        (
            "Q    Hi.",
            "Q: Is it true?",
            "A: Yes.",
            "QUESTION: ...",
            "P. ¿Y si...?",
            "R. No.",
            "ש. מתי קיבלת את המפתח?",
        ),
        opens="QAPRDFשת문답問答မဖདལ",
        extract=_qa,
        marked=True,
        accept=_accept_qa,
    ),
    LabelStyle(
        "message",
        "LABEL_MESSAGE",
        ("12/11/25, 9:38 pm - Riya Malhotra: Hi!", "[12.11.25, 21:38:05] Jonas Weber: Hallo"),
        opens="0123456789[",
        may=_message_may,
        extract=_message,
        marked=True,
        own_layout=True,
        generated=("message",),
    ),
    LabelStyle(
        "columns",
        "LABEL_COLUMNS",
        ("00:14   DC PRENTICE  Detective Constable Liam Prentice.", "0412    BRANDT    Sie wissen"),
        opens="0123456789",
        may=_columns_may,
        extract=_columns,
        from_layout=True,
        own_layout=True,
        accept=_accept_table,
        # (no ``needs``: a search of the whole text for a run of spaces costs more than the
        # test of the lines that open with a digit)
    ),
    LabelStyle(
        "timename",
        "LABEL_TIMENAME",
        ("00:00:08 Speaker 2", "[00:12:01] Ann Lee", "0:04 - Ann Lee (Acme Foods)"),
        opens="0123456789[",
        may=_timename_may,
        extract=_timename,
        from_layout=True,
        needs_recurrence=True,
        accept=_accept_timename,
        needs=_CLOCK_NEEDS,
    ),
    LabelStyle(
        "table",
        "LABEL_TABLE",
        ("00:00:05\tBorgmester Ann Lee (A)\tGodaften.", "Ann Lee, citizen\tThank you."),
        may=_table_may,
        extract=_table,
        from_layout=True,
        own_layout=True,
        accept=_accept_table,
        generated=("table",),
        needs=("\t",),
    ),
    LabelStyle(
        "chat",
        "LABEL_CHAT",
        (
            "14:00:12 From Ann Lee (Host) to Everyone:",
            "Lin, Rebecca   12:02 PM",
            "Anna Berg, [12.11.2025 14:02]",
            "rafa.tx — 12/03/2026 20:02",
            "u/kelp_diver OP · 4h",
        ),
        may=_chat_may,
        extract=_chat,
        from_layout=True,
        own_layout=True,
        accept=_accept_chat,
        generated=("chat",),
        needs=_CHAT_NEEDS,
    ),
    LabelStyle(
        "dotdash",
        "LABEL_DOTDASH",
        (
            "Sr. Presidente (Ledesma).- Buenos días.",
            "Ana Matos (S&D). – Senhora Presidente,",
            "Henrik Vestergaard, Membro da Comissão. – ...",
        ),
        may=_dotdash_may,
        extract=_dotdash,
        from_layout=True,
        needs_recurrence=True,
        own_layout=True,
        accept=_accept_dotdash,
        generated=("dotdash",),
        needs=(_DOTDASH_TERM.pattern,),
    ),
    LabelStyle(
        "colon",
        "LABEL_COLON",
        (
            "MS. PSAKI:  Hi, everyone.",
            "Efi Koutsokosta:",
            "M. Dupont : text",
            "主席：質詢。",
            'Ms. ANN LEE (Author, "Notes: A Life"): Yes.',
        ),
        may=_colon_may,
        by_script=((_ethiopic, "LABEL_COLON_ETHIOPIC"), (_own_colon, "LABEL_COLON_OWN")),
        extract=_colon,
        from_layout=True,
        accept=_accept_colon,
        written="{name}:",
        generated=("inline", "block", "fullwidth", "spaced"),
    ),
    LabelStyle(
        "address",
        "LABEL_ADDRESS",
        ("M. le président. La parole est à Mme Dupont.", "Mme Claire Dupont. Merci."),
        opens="MSDP",
        may=_address_may,
        extract=_address,
        from_layout=True,
        accept=_accept_address,
        generated=("address",),
    ),
    LabelStyle(
        "period",
        "LABEL_PERIOD",
        (
            "CHAIRMAN POWELL. Without objection.",
            "Mr. SMITH of Texas. Thank you.",
            "GIOVANNI FERRETTI, Ministro dei trasporti. Grazie.",
            "ГНАТЮК І.П., міністр освіти і науки України. Дякую.",
        ),
        may=_period_may,
        by_script=((_cyrillic_capital, "LABEL_PERIOD_CYRILLIC"),),
        extract=_period,
        from_layout=True,
        needs_recurrence=True,
        accept=_accept_period,
        generated=("period",),
    ),
    LabelStyle(
        "dash",
        "LABEL_DASH",
        ("Programledare — Välkommen.", "Sara Holm-Eriksson – Tack.", "Anna Berg —", "TESTE - No."),
        may=_dash_may,
        extract=_dash,
        then="colon",  # (a dash inside a colon label's name: "Ann — host: ...")
        from_layout=True,
        needs_recurrence=True,
        own_layout=True,
        accept=_accept_dash,
        generated=("dash",),
        needs=("—", "–", "ـ", "-"),  # (one character each: a search for two costs far more)
    ),
    LabelStyle(
        "dashq",
        "LABEL_DASHQ",
        ("――この作品を書こうと思ったきっかけは？", "──영화는 어떻게 시작됐나요?"),
        opens="―─—",
        extract=_dashq,
        marked=True,
        accept=_accept_recurring,
    ),
    LabelStyle(
        "idspace",
        "LABEL_IDSPACE",
        ("中川　祖父が灯台守だったんです。", "김민수　네, 맞습니다."),
        may=_idspace_may,
        extract=_idspace,
        accept=_accept_recurring,
        opens_if=caseless_letter,
    ),
    LabelStyle(
        "bare",
        "LABEL_BARE",
        ("PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR", "*Jane Roe (0:12:03)*", "Operator"),
    ),
    LabelStyle(
        "initials",
        "LABEL_INITIALS",
        ("SM   Hello, good morning.", "AN   Thank you, Sofia."),
    ),
    LabelStyle(
        "loose",
        "LABEL_LOOSE",
        ('Efi Koutsokosta"', "Ann Lee;", "Ann Lee -"),
    ),
)

#: Each style by its name
BY_NAME: dict[str, LabelStyle] = {s.name: s for s in LABEL_STYLES}
#: The styles tried line by line, in order
LINE_STYLES: tuple[LabelStyle, ...] = tuple(s for s in LABEL_STYLES if s.extract is not None)
#: The styles whose mark says "a speaker"
MARKED: frozenset[str] = frozenset(s.name for s in LABEL_STYLES if s.marked)
#: The styles a document's layout may establish for names used once
FROM_LAYOUT: frozenset[str] = frozenset(s.name for s in LABEL_STYLES if s.from_layout)
#: ... only where some of their names recur
NEEDS_RECURRENCE: frozenset[str] = frozenset(s.name for s in LABEL_STYLES if s.needs_recurrence)
#: The styles whose layout has no colon labels
OWN_LAYOUT: frozenset[str] = frozenset(s.name for s in LABEL_STYLES if s.own_layout)

#: A style as the line dispatch runs it: its test, its pattern, its extraction,
#: the style tried instead when the pattern fails (or None), and whether it is exclusive
_Step = tuple[
    "May | None",
    "re.Pattern[str]",
    Extract,
    "_Step | None",
    bool,
]
#: the dispatch by first character, for each set of styles a document may use
_DISPATCH: dict[frozenset[str], dict[str, tuple[_Step, ...]]] = {}
_NEEDS: dict[str, re.Pattern[str]] = {}


def _step(s: LabelStyle, c: str = "") -> _Step:
    assert s.extract is not None  # (a line style)
    then = _step(BY_NAME[s.then], c) if s.then else None
    terminal = next((t for test, t in s.by_script if c and test(c)), s.terminal)
    # (the pattern, not its match method: a pattern is compiled when a line first gets
    # past its style's test)
    return (s.may, line_patterns()[terminal], s.extract, then, s.exclusive)


def _styles_for(
    c: str, active: frozenset[str], by_first: dict[str, tuple[_Step, ...]]
) -> tuple[_Step, ...]:
    """The line styles of ``active`` a line opening with ``c`` may be, in order, ready to
    run (worked out once per character): an exclusive style that ``c`` opens ends the list."""
    out: list[_Step] = []
    for s in LINE_STYLES:
        if s.name not in active:
            continue
        if s.opens and c not in s.opens:
            continue
        if s.opens_if is not None and not s.opens_if(c):
            continue
        out.append(_step(s, c))
        if s.exclusive:
            break
    got = by_first[c] = tuple(out)
    return got


def _found(needs: tuple[str, ...], text: str, seen: dict[str, bool]) -> bool:
    """One of the patterns ``needs`` is in ``text`` (``seen``: what the document's earlier
    searches found, as styles share patterns)."""
    for p in needs:
        got = seen.get(p)
        if got is None:
            if len(p) == 1:
                got = p in text  # (a plain character: faster than any pattern)
            else:
                pat = _NEEDS.get(p)
                if pat is None:
                    pat = _NEEDS[p] = re.compile(p)
                got = pat.search(text) is not None
            seen[p] = got
        if got:
            return True
    return False


#: A document's line dispatch: (text, a, b) -> the label candidate of text[a:b], or None
LabelMatch = Callable[[str, int, int], "Cand | None"]


def label_matcher(text: str) -> LabelMatch:
    """The line dispatch for the document ``text``: a function of ``(text, a, b)`` giving
    the first style of the table whose pattern matches text[a:b] (``a``: the line's first
    non-blank character), as a candidate, or None when the line is no label. A style whose
    ``needs`` the document lacks is not tried on any of its lines."""
    seen: dict[str, bool] = {}
    active = frozenset(s.name for s in LINE_STYLES if not s.needs or _found(s.needs, text, seen))
    by_first = _DISPATCH.setdefault(active, {})
    dashes = "dash" in active  # (a spaced dash is looked for only where there are dashes)
    # (each kind of dash only in a document that has one: the Arabic tatweel, "رئیس ـ ...",
    # and a typed record's hyphen, "TESTE - No.", after a line's capital)
    tatweel = dashes and "ـ" in text
    long_dashes = dashes and ("—" in text or "–" in text)
    # (a spaced hyphen looked for once: a test of each line costs a long document more)
    hyphens = dashes and " - " in text

    def match_label(text: str, a: int, b: int) -> Cand | None:
        head = a + 90 if b > a + 90 else b
        # (the dashes are looked for first: most lines have none, and need no call)
        dash = (
            (
                (long_dashes and (text.find("—", a, head) > a or text.find("–", a, head) > a))
                or (tatweel and text.find("ـ", a, head) > a)
            )
            and dash_before_colon(text, a, head)
        ) or (hyphens and text[a].isupper() and hyphen_before_colon(text, a, head))
        c = text[a]
        for may, pat, extract, then, exclusive in by_first.get(c) or _styles_for(
            c, active, by_first
        ):
            if may is None or may(text, a, b, head, dash):
                m = pat.match(text, a, b)
                cand = None if m is None else extract(m, text, a, b, dash)
                if cand is not None:
                    return cand
                if then is not None:
                    m = then[1].match(text, a, b)
                    return None if m is None else then[2](m, text, a, b, dash)
            if exclusive:
                return None
        return None

    return match_label


def match_label(text: str, a: int, b: int) -> Cand | None:
    """The first style of the table whose pattern matches text[a:b], as a candidate (the
    dispatch of :func:`label_matcher` for a text of that line alone)."""
    return label_matcher(text[a:b])(text, a, b)
