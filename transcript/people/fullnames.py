"""A speaker's name in its fullest form, read from the document itself.

Labels often give less of a name than the page does: initials (``В.Путин``, ``V. Putin``),
a first name and a surname (``Carlos Tavares`` where the intro says ``Carlos Eduardo Mendes
Tavares``), a name without its middle initial (``Robert Jones`` / ``ROBERT T. JONES`` on a
hearing's heading), a surname alone in a script without spaces (``김 장관`` for ``김철수``), or
no name at all: a role word (``Periodista``, ``기자``, ``Question``) whose person the intro names
with that very word (``la periodista Lucía Benavides``, ``박지영 기자``).

The rules are about names, never about a language: a name's words are the capitalised words
(or words in capitals) around a surname's mention; a surname may be inflected (a Russian
genitive ``Путина``) and is then matched on its stem. Patterns are built lazily.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from .names import HONORIFICS, NOT_NAMES, TITLE_WORDS, WORLD_TITLES, natural_case

# Particles inside a name, written in lower case ("Nuria Castells i Puig", "Ludwig van Beethoven").
_PARTICLES = frozenset(
    "de da del della der den van von la le du dos das di i y e ter zu bin ibn al".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_MAX_MENTIONS = 200


@cache
def _initials_label() -> re.Pattern[str]:
    # "В.Путин", "V. Putin", "J.-P. Martin", "D.S. Peskov": initials, then a surname
    return re.compile(r"((?:[^\W\d_]{1,2}\.[\s-]?){1,3})\s*([^\W\d_][\w'’\-]+)")


@cache
def _word_pattern() -> re.Pattern[str]:
    # a word of a name: letters (with inner apostrophes and hyphens), or an initial ("R.")
    return re.compile(r"[^\W\d_](?:[\w'’\-]*[^\W\d_])?\.?")


def _is_initial(word: str) -> bool:
    """``R.``, ``R``: one letter (``MR.`` is an honorific, not an initial)."""
    return len(word.rstrip(".")) == 1


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def name_shaped(word: str) -> bool:
    """A word written as a name: ``Anna``, ``ANNA``, ``R.``, ``McKay``, ``Jean-Luc``, not an
    abbreviation such as ``SchrAntw`` or ``PStSekr``."""
    if word.isupper() or _is_initial(word):
        return True
    rest = re.sub(r"^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|Van)", "", word)
    return not any(c.isupper() for part in re.split(r"[-'’]", rest) for c in part[1:])


def stopword(word: str) -> bool:
    low = word.casefold().rstrip(".")
    return (
        low in HONORIFICS
        or low in TITLE_WORDS
        or low in WORLD_TITLES
        or low in NOT_NAMES
        or low in _MONTHS
        or low in {"esq", "jr", "sr", "ii", "iii", "of", "and", "for", "on", "to", "with"}
        or low in {"presidents", "secretaries", "governors", "senators", "members", "dear"}
        or re.search(r"['’]\w{1,2}$", low) is not None  # "I'm", "we're", "Emma's"
    )


def split_name(name: str) -> tuple[list[str], str] | None:
    """A display name's given part (names or initials, in order) and its surname; None
    for a name of a script without case or a name of one word with no initials."""
    name = " ".join(name.split())
    m = _initials_label().fullmatch(name)
    if m is not None:
        given = [i for i in re.split(r"[.\s-]+", m.group(1)) if i]
        return [g + "." for g in given], m.group(2)
    words = name.split()
    if len(words) == 1 and _capitalised(words[0]) and len(words[0]) > 2:
        return [], words[0]  # a surname alone ("Alvarez")
    if len(words) < 2 or not all(_capitalised(w) or w.casefold() in _PARTICLES for w in words):
        return None
    return words[:-1], words[-1]


def _same_word(a: str, b: str) -> bool:
    return a.casefold().rstrip(".") == b.casefold().rstrip(".")


def _fits_given(given: list[str], found: list[str]) -> bool:
    """Do the label's given names (``["Carlos"]``, ``["В."]``, ``["Michael", "T."]``) fit a
    longer given part found in the text (``Carlos Eduardo Mendes``, ``Michael Thomas``)?"""
    if not found or _is_initial(found[0]):
        return False
    if not given:
        return True
    j = 0
    for g in given:
        initial = _is_initial(g)
        while j < len(found):
            f = found[j]
            j += 1
            if initial and f[:1].casefold() == g[:1].casefold():
                break
            if not initial and _same_word(f, g):
                break
            if j == 1:
                return False  # the first given name must be the first found
        else:
            return False
    return True


def _inflected(word: str, surname: str) -> bool:
    """``Путина`` is ``Путин`` inflected: the surname, or all of it but a last vowel, and
    at most three letters of ending."""
    w, s = word.casefold(), surname.casefold()
    if len(s) < 4 or len(w) - len(s) > 3:
        return False
    stem = s[:-1] if s[-1] in "aeiouyаеиоуыэюяё" else s
    return w.startswith(stem) and w != s


def _names_before(text: str, at: int) -> list[str]:
    """The name words just before ``at`` on the same line: capitalised words, words in
    capitals, initials and particles, nearest last."""
    line_start = _line_start(text, max(0, at - 120), at)
    before = text[max(line_start, at - 120) : at]
    words: list[str] = []
    for token in reversed(before.split()):
        if token.endswith((".", ",", ";", ":", "!", "?")) and not _is_initial(token):
            break  # the end of a sentence or a clause: the name starts after it
        if token[:1] in "([" or token[-1:] in ")]":
            break  # stage text in brackets: "(Laughter.)"
        token = token.strip("\"'“”„«»")
        if not token:
            break
        if not (_word_pattern().fullmatch(token)):
            break
        if not (_capitalised(token) or token.casefold() in _PARTICLES):
            break
        if not _is_initial(token) and (stopword(token) or not name_shaped(token)):
            break
        words.append(token)
        if len(words) >= 5:
            break
    while words and words[-1].casefold() in _PARTICLES:  # (a name opens with a capital)
        words.pop()
    words.reverse()
    return words


def _names_after(text: str, end: int, caps: bool) -> list[str]:
    """One or two surname words right after a name ("Ernesto Villaseñor Paredes"), in the same
    case as the name, followed by the end of the name (punctuation, a small word, the line)."""
    after = _line_part(text[end : end + 80])
    if after[:1] not in (" ", "\u00a0") or not after[1:2].strip():
        return []
    tokens = after.split()
    words: list[str] = []
    closed = False
    for token in tokens[:3]:
        bare = token.rstrip(",.;:!?)\"'”»")
        if not bare or not _word_pattern().fullmatch(bare) or _is_initial(bare):
            break
        if not _capitalised(bare) or stopword(bare) or bare.isupper() != caps:
            break
        if not name_shaped(bare):
            break
        words.append(bare)
        if bare != token:
            closed = True  # punctuation closes the name
            break
    if not words or len(words) > 2:
        return []  # (three capitalised words on: a heading or a title, not a name)
    line = text[_line_start(text, max(0, end - 300), end) : end].split()[-20:]
    prose = [t for t in after.split() + line if len(t) >= 4]
    if sum(1 for t in prose if t[:1].islower()) < 3:
        return []  # a headline in title case ("Pat Tillman Killed in Iraq"), not prose
    nxt = tokens[len(words)] if len(tokens) > len(words) else ""
    return words if closed or not nxt or not _capitalised(nxt) else []


def _continues(text: str, end: int) -> bool:
    """Does a capitalised word follow on the same line (the name goes on)?"""
    after = _line_part(text[end : end + 40])
    return after[:1] in (" ", "\u00a0") and after[1:].lstrip()[:1].isupper()


def _line_start(text: str, lo: int, at: int) -> int:
    """Where the line holding ``at`` starts (not before ``lo``): after a LF or a CR."""
    return max(text.rfind("\n", lo, at), text.rfind("\r", lo, at)) + 1


def _line_part(text: str) -> str:
    """``text`` up to its first line break (LF or CR)."""
    return text.split("\n", 1)[0].split("\r", 1)[0]


def _display(words: Iterable[str]) -> str:
    return " ".join(natural_case(w) if w.isupper() and len(w) > 1 else w for w in words)


def fullest_name(name: str, text: str) -> str | None:
    """The fullest form of ``name`` that ``text`` gives, when it is fuller; else None.

    ``В.Путин`` -> ``Владимир Путин``; ``Carlos Tavares`` -> ``Carlos Eduardo Mendes
    Tavares``; ``Robert Jones`` -> ``Robert T. Jones``; ``Michael T. Brennan`` -> ``Michael
    Thomas Brennan``. A fuller form keeps the label's first given name (or its initial) and
    its surname; the words between them, and a second surname after it, come from the text."""
    parts = split_name(name)
    if parts is None:
        return None
    given, surname = parts
    size = len(given) + 1
    full_words = sum(1 for g in given if not _is_initial(g)) + 1  # (and the surname)
    found: Counter[tuple[str, ...]] = Counter()
    exact: dict[tuple[str, ...], bool] = {}
    for at, end, word in _surname_mentions(surname, text):
        before = _names_before(text, at)
        if not given and _continues(text, end):
            continue  # "Whitcomb Garcia Partners": the surname does not end this name
        # the label's first given name (or initial) opens the name found
        for k in range(len(before)):
            if _fits_given(given, before[k:]):
                caps = word.isupper() and len(word) > 1
                tail = (
                    _names_after(text, end, caps) if word.casefold() == surname.casefold() else []
                )
                form = (*before[k:], word, *tail)
                found[form] += 1
                exact[form] = word.casefold() == surname.casefold()
                break
    if not found:
        return None

    def rank(form: tuple[str, ...]) -> tuple[int, int, int, int, int]:
        full = sum(1 for w in form if not _is_initial(w))
        mixed = sum(1 for w in form if not w.isupper())
        return (exact[form], len(form), full, mixed, found[form])

    best = max(found, key=rank)
    if not given and len(best) < 3 and not all(w.isupper() for w in best):
        return None  # a surname alone takes only a name set apart ("LUISA M. ALVAREZ")
    best_full = sum(1 for w in best if not _is_initial(w))
    if len(best) < size or (len(best) == size and best_full <= full_words):
        return None  # nothing fuller than the label
    if not exact[best]:
        # an inflected surname ("Павла Зарубина"): keep the label's own form of it, and
        # take the given names only from a form with the surname as the label writes it
        return None
    return _display(best)


def _surname_mentions(surname: str, text: str) -> list[tuple[int, int, str]]:
    """Where the surname (or inflected) stands as a word: (start, end, word), in order.

    A name is written as the label writes it, capitalised or in capitals; those forms are
    looked for with ``str.find`` (a lower-case word is prose; casefolding a whole document
    to find it cost more than the rest of the search, and a pattern compiled per name costs
    more than the search in a short document)."""
    key = surname.casefold()
    size = len(key) - 1 if len(key) >= 5 else len(key)
    stem = surname[:size]
    out: list[tuple[int, int, str]] = []
    last = len(text)
    for form in {stem, stem[:1].upper() + stem[1:], stem.upper()}:
        find = text.find
        found = 0
        pos = 0
        while found < _MAX_MENTIONS:
            at = find(form, pos)
            if at < 0:
                break
            pos = at + 1
            if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_-"):
                continue  # (inside a word)
            end = at + len(form)
            while end < last and text[end].isalpha() and end - at < len(key) + 3:
                end += 1
            if end < last and (text[end].isalnum() or text[end] == "_"):
                continue  # (the word goes on)
            word = text[at:end]
            if word.casefold() == key or _inflected(word, surname):
                out.append((at, end, word))
                found += 1
                pos = end
    out.sort()
    return out[:_MAX_MENTIONS]


def name_from_first(first: str, text: str) -> str | None:
    """A speaker labelled by a first name alone (``Ben``) whom the text names in full
    (``Ben Adler, who edits ...``, ``:Author: Ben Adler``): the one surname that follows the
    first name as a whole name (one or two words, closed by punctuation, a small word or
    the line's end). None when no surname or several different ones follow it."""
    if not first[:1].isupper() or not name_shaped(first) or stopword(first) or len(first) < 2:
        return None
    forms: Counter[str] = Counter()
    for at, end, word in _surname_mentions(first, text):
        if word != first:
            continue
        before = text[max(0, at - 3) : at]
        if before.endswith(("'", "’")):
            continue
        tail = _names_after(text, end, first.isupper()) or _closed_surname(text, end)
        if tail:
            forms[" ".join(tail)] += 1
    if len(forms) != 1:
        return None
    return _display((first, *next(iter(forms)).split()))


def _closed_surname(text: str, end: int) -> list[str]:
    """One surname right after a first name, on a line of its own or before a comma:
    ``Ben Adler,`` / ``:Author: Ben Adler``."""
    after = _line_part(text[end : end + 60])
    m = re.match(r"[ \u00a0]([^\W\d_][\w'’\-]*)(?=$|[,;:)]|[ \u00a0]+[^\W\d_A-Z])", after)
    if m is None:
        return []
    word = m.group(1)
    if not word[:1].isupper() or stopword(word) or not name_shaped(word):
        return []
    return [word]


def caseless_full_name(surname: str, names: Iterable[str]) -> str | None:
    """``김`` -> ``김철수``: in a script without case or spaces between a name's parts, a
    surname of one character stands for the one speaker's name (two to four characters)
    that starts with it."""
    if len(surname) != 1 or not surname.isalpha() or surname.lower() != surname.upper():
        return None
    found = {n for n in names if 2 <= len(n) <= 4 and n.startswith(surname) and " " not in n}
    return found.pop() if len(found) == 1 else None


# a name given with its reading in kana, as Japanese pages introduce people:
# "中川真一（なかがわ・しんいち）", "山口はるか（やまぐち・はるか）"
_READING = "[（(][\u3040-\u30ff・･ー 　]{2,24}[）)]"


def reading_full_name(surname: str, text: str) -> str | None:
    """``中川`` -> ``中川真一``: a surname in a script without case, named in full where the
    page gives the name with its reading in parentheses (a profile, a lead). One such
    name only: two people of that surname leave the label as it is."""
    if not 1 <= len(surname) <= 4 or not all(
        c.isalpha() and c.lower() == c.upper() for c in surname
    ):
        return None
    if surname not in text:
        return None
    pat = re.compile(re.escape(surname) + r"([^\s\d（()）、。，,・「」『』【】]{1,5}?)" + _READING)
    found = {surname + m.group(1) for m in pat.finditer(text)}
    return found.pop() if len(found) == 1 else None
