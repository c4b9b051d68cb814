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
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from .._regex import lazy
from .names import (
    ADDRESS,
    CJK_TITLE_SUFFIXES,
    COMPOUND_POST_ENDS,
    GENITIVE_BODIES,
    HONORIFICS,
    NOT_NAMES,
    ROLE_WORDS,
    TITLE_WORDS,
    WORLD_TITLES,
    caseless_letter,
    natural_case,
    town_from_case,
)

# Particles inside a name, written in lower case ("Nuria Castells i Puig", "Ludwig van Beethoven").
_PARTICLES = frozenset(
    "de da del della der den van von la le du dos das di i y e ter zu bin ibn al el".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_MAX_MENTIONS = 200
# (particles that also join two names: "y", "e", "i" open no name's words after them)
_AND = frozenset("y e i".split())


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


@lru_cache(maxsize=8192)
def name_shaped(word: str) -> bool:
    """A word written as a name: ``Anna``, ``ANNA``, ``R.``, ``McKay``, ``Jean-Luc``, not an
    abbreviation such as ``SchrAntw`` or ``PStSekr``."""
    if word.isupper() or _is_initial(word):
        return True
    rest = re.sub(r"^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|Van)", "", word)
    return not any(c.isupper() for part in re.split(r"[-'’]", rest) for c in part[1:])


_SENTENCE_OPENERS = frozenset(
    "il ils elle elles nous vous les une der die dem den ein eine sie er es ihr".split()
    # (the first person, in French, Spanish, Italian, Portuguese, German, Dutch, Indonesian:
    # "Marc Leroy Je vous remercie", "Hendra Wijaya Saya ...")
    + "je yo nosotros io noi eu nós ich wir ik wij saya kami kita".split()
)


@lru_cache(maxsize=8192)
def stopword(word: str) -> bool:
    low = word.casefold().rstrip(".")
    return (
        low in HONORIFICS
        or low in TITLE_WORDS
        or low in WORLD_TITLES
        # (a post compounded with its field: "Cheftrainer", "Statssekretær")
        or (len(low) > 10 and low.endswith(COMPOUND_POST_ENDS))
        or low in NOT_NAMES
        or low in GENITIVE_BODIES  # (an office's body: "Zastępca Prezydenta Miasta Jan Lis")
        or low in _MONTHS
        or low in {"esq", "jr", "sr", "ii", "iii", "of", "and", "for", "on", "to", "with"}
        # (a sentence's first word, a pronoun or an article, after a label left without its
        # colon: "M. Beaulieu Ils sont ...", "Herr Krämer Die Leitungen ...")
        or low in _SENTENCE_OPENERS
        or low in {"presidents", "secretaries", "governors", "senators", "members", "dear"}
        # (a council's roll call: "Councilmembers Adaeze Osei, Frank DiNapoli")
        or low in {"councilmembers", "councillors", "councilors", "commissioners", "directors"}
        or low == "speaker"  # ("Hon Deputy Speaker": an office, never a name)
        # (an agenda item's heading before a member's name: "Frage Bieri Lukas.", "Question
        # Rochat Olivier.", as the Swiss record heads each question)
        or low in {"frage", "question", "fragestunde", "interpellation", "motion", "postulat"}
        or re.search(r"['’]\w{1,2}$", low) is not None  # "I'm", "we're", "Emma's"
        # (French elisions that open a sentence, never a name: "Qu'est-ce", "C'est", "J'ai";
        # unlike "D'Amato", "L'Huillier")
        or (low[1:2] in ("'", "’") and low[0] in "cjnst")
        or low[:3] in ("qu'", "qu’")
        # (an office in the German genitive: "des Stadtrats Jonas Becker", "Ministers")
        or (
            len(low) > 6
            and low[-1] == "s"
            and (low[:-1] in WORLD_TITLES or low[:-2] in WORLD_TITLES)
        )
    )


# Turkish pronouns that open a self-introduction: "Ben Elif." (I am Elif), "Ben de Burak."
# (and I am Burak); not the given name "Ben", in a Turkish text (one with a dotless "ı")
_TR_PRONOUNS = frozenset(("ben", "biz"))


def turkish_pronoun(word: str, text: str) -> bool:
    """``word`` is a Turkish pronoun before a name, not a given name (see _TR_PRONOUNS)."""
    return word.casefold() in _TR_PRONOUNS and "ı" in text


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


def _short_form(short: str, full: str) -> bool:
    """A given name's short form, its start or its end: ``Seun`` of ``Oluwaseun``,
    ``Alex`` of ``Alexandra`` (three letters at least)."""
    a, b = short.casefold(), full.casefold()
    return 3 <= len(a) < len(b) and (b.startswith(a) or b.endswith(a)) and not _is_initial(full)


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
            if not initial and (_same_word(f, g) or _short_form(g, f)):
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


# German articles in lower case: the capitalised word after one is a noun, not a given name
# (a particle of a name, "van der Waals", is itself the word before the surname)
_NOUN_ARTICLES = frozenset(
    "dem den des das einem einen einer eines vom zum zur beim"
    # (and the possessives before a noun, German and Luxembourgish, whose nouns are
    # capitalised: "ihr Herausforderer Jens Bauer", "hire Géigekandidat Tom Weis")
    " ihr ihre ihren ihrem ihres sein seine seinen seinem seines unser unsere unseren"
    " hir hire hiren säin säi sengem senger eisen eis".split()
)


def _names_before(text: str, at: int) -> list[str]:
    """The name words just before ``at`` on the same line: capitalised words, words in
    capitals, initials and particles, nearest last."""
    line_start = _line_start(text, max(0, at - 120), at)
    before = text[max(line_start, at - 120) : at]
    words: list[str] = []
    tokens = before.split()
    for j in range(len(tokens) - 1, -1, -1):
        token = tokens[j]
        if j and tokens[j - 1] in _NOUN_ARTICLES and token[:1].isupper():
            break  # (a German noun after its article: "auf dem Podium Lukas Brenninkmeyer")
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
        if words and token.casefold() in _AND:
            break  # two names joined ("Natalia Sosa y Damián Acuña"), not "Ortega y Gasset"
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
        if town_from_case(bare, text[max(0, end - 40) : end].split()[-2:]):
            break  # (a town in the "from" case after the name: "Nagy Zoltán Győrből")
        if token[-1:] in (":", "："):
            break  # (a field's key, "Ann Lee Language: English", the head read as one line)
        words.append(bare)
        if bare != token:
            closed = True  # punctuation closes the name
            break
    if not words or len(words) > 2:
        return []  # (three capitalised words on: a heading or a title, not a name)
    line = text[_line_start(text, max(0, end - 300), end) : end].split()[-20:]
    prose = [t for t in after.split() + line if len(t) >= 4]
    if (
        sum(1 for t in prose if t[:1].islower()) < 3
        and not _listed(line, tokens, len(words))
        and not _apposed(tokens, len(words))
    ):
        return []  # a headline in title case ("Pat Tillman Killed in Iraq"), not prose
    nxt = tokens[len(words)] if len(tokens) > len(words) else ""
    return words if closed or not nxt or not _capitalised(nxt) else []


def _listed(line: list[str], tokens: list[str], size: int) -> bool:
    """A list's entry: the name opens its line and a dash parts it from the office after
    it, as a call's or a hearing's participants list is printed ("Ricardo Menezes
    Albuquerque – Diretor-Presidente", "Jane Roe - Chief Financial Officer")."""
    return (
        1 <= len(line) <= 3
        and len(tokens) > size + 1
        and tokens[size] in ("–", "-", "—")
        # (the name's last word bare: not a sentence's end, "Achleitner Danke. – Wünschen")
        and tokens[size - 1][-1:].isalpha()
    )


def _apposed(tokens: list[str], size: int) -> bool:
    """The name closed by a comma and an office in lower case after it, as a list of who
    speaks gives it ("Intervinientes: Elena Valbuena Ruiz, ministra de Educación ..."): a
    name, not a headline's words. Degrees after the comma are skipped, as an Indonesian
    lead writes them after a name ("Arif Mustafa Lubis, S.H., M.H., didampingi ...")."""
    k = size
    while k < len(tokens) - 1 and _DEGREE.fullmatch(tokens[k]) is not None:
        k += 1
    return (
        len(tokens) > k
        and tokens[size - 1].endswith(",")
        and tokens[k][:1].islower()
        and tokens[k].rstrip(",;").isalpha()
    )


# an academic degree after a name and a comma: "S.H.,", "M.Kes.,", "Ph.D.,", "M.T.,"
_DEGREE = lazy(r"(?:[A-Z][a-z]{0,3}\.){1,3},")


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


def fullest_name(name: str, text: str, compound: bool = False) -> str | None:
    """The fullest form of ``name`` that ``text`` gives, when it is fuller; else None.

    ``В.Путин`` -> ``Владимир Путин``; ``Carlos Tavares`` -> ``Carlos Eduardo Mendes
    Tavares``; ``Robert Jones`` -> ``Robert T. Jones``; ``Michael T. Brennan`` -> ``Michael
    Thomas Brennan``. A fuller form keeps the label's first given name (or its initial) and
    its surname; the words between them, and a second surname after it, come from the text.
    With ``compound`` (the label gives a form of address and two words, "Sr. Ruiz Díaz"),
    the two words may be a compound surname: ``Martín Ruiz Díaz``."""
    parts = split_name(name)
    if parts is None:
        return None
    given, surname = parts
    if _is_initial(surname) and len(given) == 1 and not _is_initial(given[0]):
        return _initial_surname(given[0], surname[0], text)
    size = len(given) + 1
    full_words = sum(1 for g in given if not _is_initial(g)) + 1  # (and the surname)
    found: Counter[tuple[str, ...]] = Counter()
    exact: dict[tuple[str, ...], bool] = {}
    for at, end, word in _surname_mentions(surname, text):
        before = _names_before(text, at)
        if not word.isupper():
            # (given names in capitals before a surname in mixed case are an office's:
            # "ASSESSORE AI TRASPORTI Benedetti"; the other way round is a name: "Jean DUPONT")
            k = len(before)
            while k > 0 and not (before[k - 1].isupper() and len(before[k - 1].rstrip(".")) > 1):
                k -= 1
            before = before[k:]
        if not given and _continues(text, end):
            continue  # "Whitcomb Garcia Partners": the surname does not end this name
        if before and turkish_pronoun(before[0], text):
            before = before[1:]
            while before and before[0].casefold() in _PARTICLES:
                before = before[1:]  # ("Ben de Burak": "de", too)
        # the label's first given name (or initial) opens the name found
        for k in range(len(before)):
            if _fits_given(given, before[k:]):
                caps = word.isupper() and len(word) > 1
                tail = (
                    _names_after(text, end, caps) if word.casefold() == surname.casefold() else []
                )
                if tail and _colonless_label(text, at, end, before[k:], len(tail)):
                    tail = []  # (the speech after a label that lost its colon: "Ann Lee Thanks")
                form = (*before[k:], word, *tail)
                found[form] += 1
                exact[form] = word.casefold() == surname.casefold()
                break
    if not found:
        if given and all(_is_initial(g) for g in given) and len(given) <= 2:
            inverted = _surname_then_given(given, surname, text)
            if inverted is not None:
                return inverted
        return _compound(given, surname, text) if compound else None

    def rank(form: tuple[str, ...]) -> tuple[int, int, int, int, int, int]:
        full = sum(1 for w in form if not _is_initial(w))
        mixed = sum(1 for w in form if not w.isupper())
        # (letters: a given name written out over its short form, "Oluwaseun" over "Seun")
        return (exact[form], len(form), full, mixed, sum(map(len, form)), found[form])

    best = max(found, key=rank)
    if not given and len(best) < 3 and not all(w.isupper() for w in best):
        return None  # a surname alone takes only a name set apart ("LUISA M. ALVAREZ")
    best_full = sum(1 for w in best if not _is_initial(w))
    # (a given name in full for the label's short form: "Seun" -> "Oluwaseun")
    longer = len(best) == size and any(_short_form(g, b) for g, b in zip(given, best, strict=False))
    if len(best) < size or (len(best) == size and best_full <= full_words and not longer):
        # (nothing fuller than the label)
        return _compound(given, surname, text) if compound else None
    if not exact[best]:
        # an inflected surname ("Павла Зарубина"): keep the label's own form of it, and
        # take the given names only from a form with the surname as the label writes it
        return None
    return _display(best)


def _colonless_label(text: str, at: int, end: int, given: list[str], size: int) -> bool:
    """The name from ``given`` to ``end`` opens its line and the text labels turns with it
    and a colon elsewhere: here a label that lost its colon (PDF text, a typist's slip,
    "Jean Roy Bonjour Anne. Je ..."), the ``size`` capitalised words after it its speech's.
    Not a list's entry, the full name ending its line or before a dash or a comma ("Ann Lee
    Roe – Chief Executive Officer")."""
    start = _line_start(text, max(0, at - 120), at)
    if text[start:at].split() != given:
        return False
    words = _line_part(text[end : end + 200]).split()
    if len(words) <= size or words[size] in ("–", "-", "—") or words[size - 1][-1:] in ",;(":
        return False
    form = text[start:end].strip()
    at = text.find(form)
    while at >= 0:
        after = text[at + len(form) : at + len(form) + 4].lstrip(" \t")
        if (
            after[:1] in (":", "：")
            and not text[_line_start(text, max(0, at - 8), at) : at].strip()
        ):
            return True
        at = text.find(form, at + 1)
    return False


# Patronymics as post-Soviet records write them after the given name: Russian and
# Ukrainian "-ович", "-евна", "-ична", Kyrgyz and Kazakh "-улы", "-кызы", "-қызы"
_PATRONYMIC_ENDS = ("вич", "вна", "чна", "улы", "ұлы", "уулу", "кызы", "қызы")


def _surname_then_given(given: list[str], surname: str, text: str) -> str | None:
    """A label's initials and surname (``Т.Осмонов``, ``Петров И. С.``) written out
    surname first, as post-Soviet records name a minister or a speaker in a header or a
    list: "Осмонов Тилек Бакытбекович" -> that form as printed; the given name opens with
    the first initial, and a second initial or a patronymic follows it; None else."""
    key = surname.casefold()
    forms: set[str] = set()
    for _at, end, word in _surname_mentions(surname, text):
        if word.casefold() != key:
            continue  # (an inflected surname: the case of the sentence, not the name's)
        tokens = _line_part(text[end : end + 80]).split()[:2]
        words = [t.rstrip(",.;:!?)") for t in tokens]
        if not words or not words[0][:1].isupper() or not name_shaped(words[0]):
            continue
        if _is_initial(words[0]) or stopword(words[0]) or len(words[0]) < 3:
            continue
        if words[0][:1].casefold() != given[0][:1].casefold():
            continue
        name = [word, words[0]]
        if len(words) > 1 and words[1][:1].isupper() and name_shaped(words[1]):
            second = words[1]
            if (len(given) == 2 and second[:1].casefold() == given[1][:1].casefold()) or (
                len(given) == 1 and second.casefold().endswith(_PATRONYMIC_ENDS)
            ):
                name.append(second)
        if len(name) < 3 and not tokens[0].endswith((",", ".", ";")) and len(tokens) > 1:
            continue  # (the name goes on with a word not its: not a name set apart)
        if len(given) == 2 and len(name) < 3:
            continue
        forms.add(_display(name))
    return forms.pop() if len(forms) == 1 else None


def _initial_surname(first: str, initial: str, text: str) -> str | None:
    """A given name and the surname's initial (a chat's "Григорий Ш.", "Ann L."): the name
    the text gives with that given name first and a surname of that initial last
    ("Григорий Павлович Шишкин"), the form named most often."""
    found: Counter[str] = Counter()
    at = text.find(first)
    while at >= 0 and len(found) < _MAX_MENTIONS:
        end = at + len(first)
        if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
            after = _names_after(text, end, first.isupper())
            if after and after[-1][:1] == initial and len(after[-1]) > 1:
                found[_display((first, *after))] += 1
        at = text.find(first, end)
    return found.most_common(1)[0][0] if found else None


def _compound(given: list[str], surname: str, text: str) -> str | None:
    # a compound surname alone ("Sosa Ferreyra", "Ruiz Díaz", as Spanish and Portuguese
    # labels print members): the given names come before both words
    # (or of more words with particles: "LÓPEZ DE GUEREÑU SAN MILLÁN jaunak")
    if given and not any(_is_initial(g) for g in given):
        return _before_compound(given, surname, text)
    return None


def given_before_surnames(name: str, text: str) -> str | None:
    """``Urkiola Ibarretxe`` -> ``Nerea Urkiola Ibarretxe``: the surnames of ``name`` with the
    given names the text writes before them (nothing added after); None if it writes none."""
    parts = split_name(name)
    return _compound(*parts, text) if parts is not None else None


# "don", "doña" abbreviated before the given names, as Spanish and Galician records write
# them ("Excmo. Sr. D. Xosé Manuel Lamas Outeiro", "Dª Ana Ruiz Soto")
_DON_MARKS = frozenset(("D.", "Dª", "Dª.", "Dña.", "Dna."))


def _before_compound(first: list[str], surname: str, text: str) -> str | None:
    """The name whose surname is ``first`` and ``surname`` (two words or more), with the
    given names the text writes before them most often; None when it writes none."""
    found: Counter[tuple[str, ...]] = Counter()
    n = len(first)
    for at, _end, word in _surname_mentions(surname, text):
        if word.casefold() != surname.casefold():
            continue
        before = _names_before(text, at)
        if len(before) <= n or not all(
            _same_word(b, f) for b, f in zip(before[-n:], first, strict=True)
        ):
            continue
        # (a particle among the given names ends a phrase before the name, not a name's:
        # "Pregunta de Javier Muñoz Ortega")
        given = before[: len(before) - n]
        if given[:1] and given[0] in _DON_MARKS and len(given) > 1:
            given = given[1:]  # ("Sr. D. Xosé Manuel Lamas Outeiro": "don", not an initial)
        cut = max((i for i, w in enumerate(given) if w.casefold() in _PARTICLES), default=-1)
        if cut + 1 < len(given) and not _is_initial(given[cut + 1]):
            found[(*given[cut + 1 :], *before[-n:], word)] += 1
    if not found:
        return None
    best = max(found, key=lambda f: (found[f], len(f)))
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
    at_labels: Counter[str] = Counter()
    for at, end, word in _surname_mentions(first, text):
        if word != first:
            continue
        before = text[max(0, at - 3) : at]
        if before.endswith(("'", "’")):
            continue
        tail = _names_after(text, end, first.isupper()) or _closed_surname(text, end)
        if tail:
            lead = text[_line_start(text, max(0, at - 16), at) : at]
            # (a name opening a line after a time stamp is where a label stands: a label
            # without its colon, "[04:02] Bas Dat gaat ...", names no surname)
            stamped = not lead.strip(_STAMP_CHARS) and any(c.isdigit() for c in lead)
            if stamped and not _label_closes(text, end, tail):
                continue  # (no colon after the words: "[00:31] Elif Bu bölümü", a sentence)
            (at_labels if stamped else forms)[" ".join(tail)] += 1
    if not forms:
        forms = at_labels
    if len(forms) != 1:
        return None
    return _display((first, *next(iter(forms)).split()))


_STAMP_CHARS = "[]()0123456789:. \t\u00a0"


def _label_closes(text: str, end: int, tail: list[str]) -> bool:
    """The words ``tail`` after ``end`` close a label: a colon follows them."""
    rest = text[end : end + 100].lstrip()
    for w in tail:
        if not rest.startswith(w):
            return False
        rest = rest[len(w) :].lstrip(" \t")
    return rest[:1] in (":", "：")


def _closed_surname(text: str, end: int) -> list[str]:
    """One surname right after a first name, on a line of its own or before a comma:
    ``Ben Adler,`` / ``:Author: Ben Adler``."""
    after = _line_part(text[end : end + 60])
    # (or ending a sentence: "Presentatie: Bas Verhoeven en Sanne Kuipers."; after particles:
    # "Pieter de Wolf,")
    m = _CLOSED_SURNAME.match(after)
    if m is None:
        return []
    *particles, word = m.group(1).split()
    if any(p not in _PARTICLES or p in _AND for p in particles):  # ("Marco e Luca")
        return []
    if not word[:1].isupper() or stopword(word) or not name_shaped(word):
        return []
    return [*particles, word]


_CLOSED_SURNAME = lazy(
    r"[ \u00a0]((?:[^\W\d_A-Z]{1,3}[ \u00a0]){0,2}[^\W\d_][\w'’\-]*)"
    r"(?=$|[,;:)]|\.\s*$|[ \u00a0]+[^\W\d_A-Z])"
)


def caseless_full_name(surname: str, names: Iterable[str]) -> str | None:
    """``김`` -> ``김철수``: in a script without case or spaces between a name's parts, a
    surname of one character stands for the one speaker's name (two to four characters)
    that starts with it."""
    if len(surname) != 1 or not surname.isalpha() or surname.lower() != surname.upper():
        return None
    found = {n for n in names if 2 <= len(n) <= 4 and n.startswith(surname) and " " not in n}
    return found.pop() if len(found) == 1 else None


def particle_surname_full(name: str, text: str, exclude: Iterable[str] = ()) -> str | None:
    """``Van Acker`` -> ``Hilde Van Acker``, ``El Idrissi`` -> ``Nadia El Idrissi``: a
    surname (after its particles, if any) named in full where given names stand before it
    (an attendance list, an agenda item). The most frequent such form wins; a form whose
    first word is in ``exclude`` (the label's own title word, ``Raadslid Vanlommel``) does
    not count."""
    words = name.split()
    if not words or not all(w.casefold() in _PARTICLES for w in words[:-1]):
        return None
    particles = [w.casefold() for w in words[:-1]]
    surname = words[-1]
    if not _capitalised(surname) or len(surname) < 2:
        return None
    skip = {w.casefold() for w in exclude}
    found: Counter[tuple[str, ...]] = Counter()
    for at, _end, word in _surname_mentions(surname, text):
        if word.casefold() != surname.casefold():
            continue
        before = _names_before(text, at)
        n = len(particles)
        if len(before) <= n or [w.casefold() for w in before[len(before) - n :]] != particles:
            continue
        given = before[: len(before) - n]
        while given and any(given[0].casefold().startswith(w) for w in skip):
            given = given[1:]  # ("des Stadtrats Jonas Becker": the title word, inflected)
        if not given or _is_initial(given[0]) or given[-1].casefold() in _PARTICLES:
            continue
        found[(*given, *words[:-1], word)] += 1
    if not found:
        return None
    best = max(found, key=lambda f: (found[f], len(f)))
    return _display(best)


@lru_cache(maxsize=4)
def without_accents(text: str) -> str:
    """``text`` without its accents, one character for one (``Καραγιάννη`` ->
    ``Καραγιαννη``), so that offsets in it are offsets in ``text``."""
    table = {}
    for c in set(text):
        if ord(c) > 127:
            base = unicodedata.normalize("NFD", c)
            if len(base) > 1 and all(unicodedata.combining(x) for x in base[1:]):
                table[ord(c)] = base[0]
    return text.translate(table)


def fullest_name_unaccented(name: str, text: str) -> str | None:
    """:func:`fullest_name` for a label in capitals, which drop accents (Greek capitals never
    carry the tonos: ``Σ. ΚΑΡΑΓΙΑΝΝΗ`` is ``Σοφία Καραγιάννη``). The name is found in the text
    with the accents set aside, then read back as the text writes it."""
    bare_name = without_accents(name)
    bare = without_accents(text)
    if bare == text and bare_name == name:
        return None  # (no accents anywhere: fullest_name has said it all)
    found = fullest_name(bare_name, bare)
    if found is None:
        return None
    pattern = r"\s+".join(re.escape(w) for w in found.split())
    m = re.search(pattern, bare, re.IGNORECASE)
    if m is None:
        return None
    written = text[m.start() : m.end()].split()
    if any(stopword(w) for w in written):
        return None  # (a title its accents hid: "COMPAÑERO DUARTE" as "COMPANERO DUARTE")
    if any(w.isupper() and len(w) > 1 for w in written):
        return found  # (written in capitals: no accents to read back)
    return " ".join(written)


@cache
def _code_in_brackets() -> re.Pattern[str]:
    # (or the last of a bracket's items: "(vært, SØT)", "(host, AL)")
    return re.compile(r"\((?:[^()\n,]{1,30},[ ]?)?([^\W\d_]{2,4})\)")


_KEY_LINE_CHARS = 120  # (a key's line: an office, titles, the name, the code)


def keyed_code(code: str, head: str) -> tuple[str, str] | None:
    """The name a record's list of those present gives a code in brackets after it, its
    office and titles before it: "Richterin Mag. Katharina Steindl (RI)", "Staatsanwalt Mag.
    Thomas Wieser (StA)", "Angeklagter Florian Gruber (A), persönlich erschienen" -> the
    name and the office ("" if none), for labels "RI:", "StA:", "A:" (a code of one to
    four letters, capital first)."""
    if not (1 <= len(code) <= 4 and code.isalpha() and code[0].isupper()):
        return None
    needle = f" ({code})"
    names: set[tuple[str, str]] = set()
    at = head.find(needle)
    while at >= 0:
        start = head.rfind("\n", max(0, at - _KEY_LINE_CHARS), at) + 1
        # (several people keyed on one line: "Ann Lee (vært, AL), Bo Holm (BH)": the name
        # after the last one's code)
        start = head.rfind(")", start, at) + 1 or start
        words = head[start:at].split()
        office = [w for w in words[:1] if not w.endswith(".")]
        # (the office and the titles before the name: "Richterin", "Mag.", "Dr.")
        while words and (
            stopword(words[0]) or words[0].endswith(".") or words[0].casefold() in ROLE_WORDS
        ):
            words = words[1:]
        run = _name_run(words)
        if run:
            names.add((_display(run), office[0] if office and office[0] not in run else ""))
        at = head.find(needle, at + len(needle))
    return names.pop() if len(names) == 1 else None


# initials with periods: "M.R.", "J. O.", "C.R" (a label's last period dropped), a
# hyphenated given name's too: "M.-C. D." (Marie-Claire Dumoulin)
_DOTTED_INITIALS = lazy(r"(?:[^\W\d_]\.[ -]?){1,3}[^\W\d_]\.?")


def dotted_initials(name: str) -> bool:
    """``J. M. R``, ``M.-C. D``: a name of initials only, with their periods."""
    return "." in name and len(name) <= 14 and _DOTTED_INITIALS.fullmatch(name) is not None


def code_full_name(code: str, head: str) -> str | None:
    """A speaker labelled by a code (``ОК``, ``ĐHV``, ``JD``) that the document's head
    spells out: ``Interviewer: Ковальчук Олена (ОК)``, ``Facilitator (ĐHV): Phạm Thu Trang``
    (the code in brackets on a line that names a person), else the one name in the head
    whose initials are the code's letters, given name first or surname first. Initials
    with their periods (``M.R.``, ``J. O.``, as a page shortens a name it gave in full) are
    the code of their letters."""
    if "." in code and _DOTTED_INITIALS.fullmatch(code):
        code = code.replace(".", "").replace(" ", "").replace("-", "")
    if not (2 <= len(code) <= 4 and code.isalpha() and code.isupper()):
        return None
    names: set[str] = set()
    for m in _code_in_brackets().finditer(head):
        if m.group(1) != code:
            continue
        start = _line_start(head, max(0, m.start() - 300), m.start())
        end = head.find("\n", m.end())
        line = head[start : end if end >= 0 else len(head)]
        at = m.start() - start
        before, after = line[:at], line[at + len(m.group(0)) :]
        # (several people keyed on one line: "Medvirkende: Ann Lee (vært, AL), Bo Holm (BH)":
        # the name after the code before, not the line's first)
        before = before[before.rfind(")") + 1 :]
        if after.lstrip().startswith(":"):
            cand = after.lstrip()[1:]  # "Facilitator (ĐHV): Phạm Thu Trang"
        else:
            # "Interviewer: Ковальчук Олена (ОК)", "Jane Doe (JD)"; in a list of several,
            # after the one before ("Ann Lee (AL), Bo Ek (BE)")
            cand = before[max(before.rfind(":"), before.rfind(")"), before.rfind(";")) + 1 :]
        first = re.split(r"[,;(\[–—]| - ", cand, maxsplit=1)[0]
        run = _name_run(first.split()) or _coded_run(code, cand)
        if run:
            names.add(" ".join(run))
    if len(names) == 1:
        return _display(names.pop().split())
    if names:
        return None
    return _initials_name(code, head)


# a post introducing who answers under a handle: "I'm Dr. Ann Lee, ... and I'll be answering
# as u/kelp_lab", "Soy Ana Ruiz y respondo como @ana_r" (the name after the introduction's
# words, a title left out, on the handle's line)
_SELF_INTRO = lazy(
    r"(?:\bI'm|\bI am|\bmy name is|\bMy name is|\bsoy|\bSoy|\bich bin|\bIch bin|\bje suis|"
    r"\bJe suis|\bsono|\bSono)[ \t]+((?:[^\W\d_][\w'’.\-]*,?[ \t]+){1,5})"
)
_HANDLE_MARKS = ("u/", "@")


def handle_full_name(handle: str, head: str) -> str | None:
    """The person a forum's post says writes under ``handle`` (its comments' headers, "u/"
    or "@" left out): "Peter Alvarez (u/pete_lab)", or the post's writer introducing
    themselves on the line that names the handle ("I'm Dr. Ann Lee, ... answering as
    u/kelp_lab")."""
    names: set[str] = set()
    for mark in _HANDLE_MARKS:
        needle = mark + handle
        at = head.find(needle)
        while at >= 0:
            after = head[at + len(needle) : at + len(needle) + 1]
            if not (after.isalnum() or after in "_-"):
                if head[at - 1 : at] == "(":
                    # "my PhD student Peter Alvarez (u/pete_lab)": the name before the bracket
                    words = head[_line_start(head, max(0, at - 200), at) : at - 1].split()[-4:]
                    for k in range(len(words) - 1):
                        run = _name_run(words[k:])
                        if run:
                            names.add(_display(run))
                            break
                else:
                    # (the handle's line: a sentence's stop would be cut by "Dr.")
                    start = _line_start(head, max(0, at - 400), at)
                    for m in _SELF_INTRO.finditer(head, start, at):
                        words = m.group(1).split(",", 1)[0].split()
                        while words and (
                            words[0].casefold().rstrip(".") in _KEY_TITLES or words[0].endswith(".")
                        ):
                            words = words[1:]
                        for k in range(min(len(words), 4), 1, -1):
                            run = _name_run(words[:k])
                            if run:
                                names.add(_display(run))
                                break
            at = head.find(needle, at + len(needle))
    return names.pop() if len(names) == 1 else None


# a pseudonym in quotes inside a key's brackets: 'Pseudonym „Frau Kessler“', 'pseudonym "Mr
# Hale"', 'pseudonyme « Mme Roux »'
_PSEUDONYM = lazy(
    r"(?i:pseudonym|pseudonyme|pseudónimo|seudónimo|pseudonimo|alias)e?[: \t]+"
    r"[„“\"«‚‘'][ \t]?([^\"“”«»„‚‘’'\n]{2,40}?)[ \t]?[“”\"»‘’']"
)


def bracket_key_name(code: str, head: str) -> str | None:
    """The name a key of a qualitative interview gives a speaker's code in brackets after
    it: "Interviewerin: I (Lena Vogt)", "Co-Interviewer: I2 (Jonas Albrecht)", "Interviewer:
    I (Anna Berg)"; or the pseudonym it names there ("Befragte: B (Pflegefachkraft,
    Pseudonym „Frau Kessler“, 43 Jahre)" -> "Kessler": the form of address left out)."""
    if not (1 <= len(code) <= 4 and code[:1].isupper() and code.isalnum()):
        return None
    at = head.find(f"{code} (")
    if at < 0:
        return None
    pat = re.compile(
        r"(?:^|(?<=[:\t])|(?<=:[ ])|(?<=[ ]{2}))[ \t]*"
        + re.escape(code)
        + r"[ \t]\(([^()\n]{2,160})\)",
        re.M,
    )
    names: set[str] = set()
    for m in pat.finditer(head, max(0, at - 2)):
        inner = m.group(1)
        words = inner.split(",", 1)[0].split()
        while words and words[0].casefold().rstrip(".") in _KEY_TITLES:
            words = words[1:]
        run = _name_run(words)
        if run and len(run) == len(words):
            names.add(_display(run))
            continue
        alias = _PSEUDONYM.search(inner)
        if alias is not None:
            words = alias.group(1).split()
            while len(words) > 1 and words[0].casefold().rstrip(".") in _KEY_ADDRESS:
                words = words[1:]
            if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
                names.add(" ".join(words))
    return names.pop() if len(names) == 1 else None


# the forms of address before a pseudonym's surname
_KEY_ADDRESS = frozenset(
    "frau herr mr mrs ms miss mme m madame monsieur sra sr señora señor signora signor".split()
)

# the titles a key writes before a name (French "Pr" and "Me" besides the honorifics)
_KEY_TITLES = HONORIFICS | TITLE_WORDS | frozenset(("pr", "me"))


def key_full_name(code: str, head: str) -> str | None:
    """The name a key of speakers gives a code: a line of the document's head that opens
    with the code, then a run of spaces, a tab, or a spaced "=" or dash, then the person
    and no sentence ("SM   Sofia Marchetti", "AN\tDr Amara Ndiaye", "HB = Hannah Brooks,
    Reuters"): the name's words, a title before it and what follows a comma left out. (A
    colon after the code is its label's: "OK: Pani Mariie, ..." is speech.)"""
    if not (2 <= len(code) <= 4 and code.isupper()) or code not in head:
        return None
    pat = re.compile(
        r"(?m)^[ \t]*" + re.escape(code) + r"(?:[ ]{2,}|\t|[ \t]+[=–—-][ \t]+)[ \t]*([^\n]{2,80})$"
    )
    names: set[str] = set()
    for m in pat.finditer(head):
        value = m.group(1).rstrip()
        if value[-1] in ".?!…":
            continue  # (a sentence: the code's speech, not its key)
        words = re.split(r"[,;(\[–—]| - ", value, maxsplit=1)[0].split()
        while words and words[0].casefold().rstrip(".") in _KEY_TITLES:
            words = words[1:]
        run = _name_run(words)
        if run and len(run) == len(words):
            names.add(_display(run))
    return names.pop() if len(names) == 1 else None


def _coded_run(code: str, text: str) -> list[str]:
    """The name in ``text`` whose initials spell ``code``, the last words of one of its
    parts: "og boligforsker Ingeborg Aaskov Lindholm, Aalborg Universitet" for ``IAL`` (an
    office before the name, the person's institution after it); a hyphenated surname's
    parts may each give a letter ("Lea Marie Brandt-Ohl" for ``LMBO``)."""
    want = code.casefold()
    for part in re.split(r"[,;\[–—]| - ", text):
        words = part.split()
        for size in (4, 3, 2):
            run = _name_run(words[-size:]) if len(words) >= size else []
            if run and want in (
                "".join(w[0] for w in run).casefold(),
                "".join(p[0] for w in run for p in w.split("-") if p).casefold(),
            ):
                return run
    return []


def _name_run(words: list[str]) -> list[str]:
    """``words`` when they are two to four words of a name (capitalised, particles inside)."""
    if not 2 <= len(words) <= 4:
        return []
    for i, w in enumerate(words):
        if not _word_pattern().fullmatch(w) or _is_initial(w):
            return []
        if w[-1] == "." and i < len(words) - 1:
            return []  # (a sentence ends inside: "... la Junta. Ortega ha dicho")
        if not _capitalised(w) and not (0 < i < len(words) - 1 and w.casefold() in _PARTICLES):
            return []
        if _capitalised(w) and (stopword(w) or not name_shaped(w)):
            return []
    return words


def _unaccented(text: str) -> str:
    """``text`` without its accents (``Á`` -> ``A``), for comparing initials."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _initials_name(code: str, head: str) -> str | None:
    """The one name of two or three words in ``head`` whose initials spell ``code`` in order
    or with the surname first (``МГ``: ``Гнатюк Марія Петрівна``; ``OK``: ``Olena Koval``)."""
    found: dict[str, str] = {}  # (casefolded -> as written, in mixed case when it is)
    code = _unaccented(code)
    for line in head.splitlines():
        for part in re.split(r"[,;:()\[\]]", line):
            words = part.split()
            for i in range(len(words)):
                for size in (4, 3, 2):
                    run = _name_run(words[i : i + size])
                    if len(run) != size or (i > 0 and _capitalised(words[i - 1])):
                        continue
                    if i + size < len(words) and _capitalised(words[i + size]):
                        continue
                    # (an accented initial is written plain: "N. A." for Nuria Álvarez)
                    initials = [_unaccented(w[0]) for w in run]
                    codes = {"".join(initials), "".join(reversed(initials))}
                    if size >= 3:
                        # surname, given name, patronymic: given then surname; a Spanish
                        # or Portuguese second surname the initials leave out ("J. M. R."
                        # for José Manuel Rodríguez Fernández)
                        codes.add(initials[1] + initials[0])
                        codes.add("".join(initials[:-1]))
                    if "-" in part:  # each part of a hyphenated name: "M.-C. D."
                        codes.add(
                            "".join(_unaccented(p[0]) for w in run for p in w.split("-") if p)
                        )
                    if code in codes:
                        # (a sentence's period after the surname is no part of it; a byline
                        # in capitals, "MARTA REQUENA", is the same name)
                        name = " ".join(run).rstrip(".")
                        if not name.isupper() or name.casefold() not in found:
                            found[name.casefold()] = name
    return _display(found.popitem()[1].split()) if len(found) == 1 else None


def initials_surname_full(surname: str, text: str) -> str | None:
    """A surname named with the initials of its given names after a form of address or a
    title, as Indian and British court records and lists print counsel and judges: ``Mr.
    K. Venkataraman``, ``HON'BLE MR. JUSTICE S. NAGARAJAN`` -> ``K. Venkataraman``, ``S.
    Nagarajan`` (the initials are all the page gives of the given names). None unless one
    set of initials is found. (The surname is found by a plain search, as written and in
    capitals; only the few characters before each mention are matched.)"""
    if not surname[:1].isupper() or " " in surname or len(surname) < 3:
        return None
    found: set[str] = set()
    for form in {surname, surname.upper()}:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if end == len(text) or not (text[end].isalnum() or text[end] in "'’"):
                m = _INITIALS_BEFORE.search(text, max(0, at - 12), at)
                if m is not None:
                    before = text[max(0, m.start() - 24) : m.start()].split()
                    word = before[-1].casefold().rstrip(".,") if before else ""
                    # (after a form of address or a title only: "see K. Venkataraman (2019)"
                    # in a reference names no speaker for sure)
                    if word in HONORIFICS or word in TITLE_WORDS:
                        found.add(
                            " ".join(i.strip() + "." for i in m.group(1).split(".") if i.strip())
                        )
            at = text.find(form, end)
    if len(found) != 1:
        return None
    surname_shown = natural_case(surname) if surname.isupper() else surname
    return f"{found.pop()} {surname_shown}"


# initials just before a surname: "K. ", "P. S. ", "S."
_INITIALS_BEFORE = lazy(r"(?<![\w.])((?:[A-Z]\.[ \u00a0]?){1,3})$")


# two initials after a surname, as Ukrainian and Russian records print a name: "Гнатюк І.П."
_SURNAME_INITIALS = lazy(r"([^\W\d_])\.[ ]?([^\W\d_])\.?")


def surname_initials_full(surname: str, initials: str, text: str) -> str:
    """A surname and the initials of the given name and the patronymic (``Гнатюк І.П.``,
    ``Petrov A.S.``): the name the text spells out in that order, ``Гнатюк Ірина Петрівна``
    (as a chair calls a member), else the surname and the initials with their periods."""
    m = _SURNAME_INITIALS.fullmatch(initials)
    assert m is not None
    a, b = m.group(1), m.group(2)
    word = r"[\w'’\-]*"
    pat = re.compile(
        r"(?<!\w)"
        + re.escape(surname)
        + r"[ \t]+("
        + re.escape(a)
        + word
        + r")[ \t]+("
        + re.escape(b)
        + word
        + r")(?!\w)",
        re.I,
    )
    for found in pat.finditer(text):
        given, patronymic = found.group(1), found.group(2)
        if given[:1].isupper() and patronymic[:1].isupper() and len(given) > 2 < len(patronymic):
            return _display((surname, given, patronymic))
    return f"{surname} {a}.{b}."


_LIST_SPAN = 20000


def inverted_full_name(surname: str, text: str) -> str | None:
    """A surname named in full in a list that prints it first, in capitals, then a comma,
    a form of address and the given names ("ABERNETHY, Ms Clare, Deputy Secretary", as
    Senate committees list their witnesses): the name in natural order, "Clare Abernethy"."""
    key = surname.upper() + ","
    # (such a list heads or ends the record: its first and last pages are read)
    text = text if len(text) <= 2 * _LIST_SPAN else text[:_LIST_SPAN] + "\n" + text[-_LIST_SPAN:]
    if len(surname) < 2 or key not in text:  # (found at C speed: most texts have none)
        return None
    pat = re.compile(
        # (or a form's field: "Person interviewed: ASHWORTH, Dean Michael     Police Station")
        r"(?m)^[ \t]*(?:[^\W\d_][^\n:]{0,30}:[ \t]*)?"
        + re.escape(key)
        + r"[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor"
        r"|Sir|Dame|Hon|Senator|Rev|M|Mme|Herr|Frau|Sr|Sra)\.?[ \t]+)?([^\W\d_][\w'’\-]+(?:[ \t]+[^\W\d_][\w'’\-]+)?)"
        r"(?:[ \t]*(?:,|$)|[ \t]{2,})"
    )
    m = pat.search(text)
    if m is None or not all(w[:1].isupper() for w in m.group(1).split()):
        return None
    return f"{m.group(1)} {surname}"


# "Marambio Fuenzalida, don Ricardo", "Cárcamo Vidal, doña Javiera": the surnames, a comma,
# "don"/"doña" and the given names, as the Chilean Chamber's record names its chair
_DON_NAME = lazy(
    r"(?<![\w])([^\W\d_][\w'’\-]+(?:[ \t]+[^\W\d_][\w'’\-]+)?),[ \t]+(?:don|doña)[ \t]+"
    r"([^\W\d_][\w'’\-]+(?:[ \t]+[^\W\d_][\w'’\-]+)?)"
)


def don_names(text: str) -> list[str]:
    """The names ``text`` writes surnames first with "don"/"doña" (see _DON_NAME), in
    natural order: "Ricardo Marambio Fuenzalida"; none without ", don " or ", doña "."""
    if ", don " not in text and ", doña " not in text:
        return []
    found = []
    for m in _DON_NAME.finditer(text):
        surnames, given = m.group(1).split(), m.group(2).split()
        if all(w[:1].isupper() for w in surnames + given) and not any(map(stopword, surnames)):
            found.append(" ".join(given + [natural_case(w) for w in surnames]))
    return found


def don_full_name(name: str, names: list[str]) -> str | None:
    """The one name of ``names`` (see don_names) holding every word of ``name`` and more:
    "Marambio Fuenzalida" or "Javiera Cárcamo" -> "Ricardo Marambio Fuenzalida", "Javiera
    Cárcamo Vidal"."""
    words = {w.casefold() for w in name.split()}
    fits = {n for n in names if words < {w.casefold() for w in n.split()}}
    return fits.pop() if len(fits) == 1 else None


# the endings of an East Slavic patronymic: Russian "-ович", "-евич", "-ич", "-овна",
# "-евна", "-ична", "-инична"; Ukrainian "-івна", "-ївна"; Belarusian "-авіч", "-аўна"
_SLAVIC_PATRONYMICS = ("вич", "ич", "вна", "ична", "івна", "ївна", "авіч", "аўна")


def patronymic_full_name(name: str, text: str) -> str | None:
    """``Ольга Смирнова`` -> ``Ольга Петровна Смирнова``: a given name and a surname in
    Cyrillic, which a list of participants writes surname first with the patronymic after
    the given name ("Смирнова Ольга Петровна — ..."), as Russian and Ukrainian documents
    order a person's full name; the name in its natural order (one such form only)."""
    words = name.split()
    if len(words) != 2 or not all("\u0400" <= w[:1] <= "\u04ff" for w in words):
        return None
    given, surname = words
    found: set[str] = set()
    at = text.find(surname + " " + given + " ")
    while at >= 0 and len(found) < 2:
        if at == 0 or not text[at - 1].isalpha():
            rest = text[at + len(surname) + len(given) + 2 : at + len(surname) + len(given) + 40]
            third = rest.split(None, 1)[0].rstrip(",.;:") if rest.strip() else ""
            if third[:1].isupper() and third.endswith(_SLAVIC_PATRONYMICS) and third.isalpha():
                found.add(third)
        at = text.find(surname + " " + given + " ", at + 1)
    return f"{given} {found.pop()} {surname}" if len(found) == 1 else None


def fuller_name(name: str, in_capitals: bool, text: str) -> str | None:
    """What :func:`fullest_name` cannot read: a surname after particles (``Van Acker``), a
    name from a label in capitals whose accents the text writes (``Σ. ΚΑΡΑΓΙΑΝΝΗ``)."""
    words = name.split()
    if len(words) == 3 and len(words[1]) == 2 and words[1][1] == "." and len(words[2]) <= 2:
        # the initials a space apart, as the State Duma's stenogram prints a member
        # ("Гаврилов С. А.", its final period read off as the label's end): the name the
        # text spells out, else the label's own spacing
        initials = f"{words[1]} {words[2]}"
        if not _SURNAME_INITIALS.fullmatch(initials):
            return None
        full = surname_initials_full(words[0], initials, text)
        return full if not full.endswith(".") else None
    if len(words) == 2 and _SURNAME_INITIALS.fullmatch(words[1]):
        return surname_initials_full(words[0], words[1], text)
    if len(words) >= 2 and all(w.casefold() in _PARTICLES for w in words[:-1]):
        return particle_surname_full(name, text)
    if len(words) >= 2 and _arabic_letter(name[0]):
        # (a script without case: "in capitals" says nothing there)
        return arabic_fuller_name(words, text)
    if in_capitals:
        return fullest_name_unaccented(name, text)
    return _hyphened(words, text)


def _hyphened(words: list[str], text: str) -> str | None:
    """The name as the text writes it with a hyphen between two of its words, where the
    label has a space: "Baranyi Nagy Krisztina" -> "Baranyi-Nagy Krisztina", "Jean Pierre
    Roux" -> "Jean-Pierre Roux" (the fuller form: the two words are one name)."""
    for k in range(len(words) - 1):
        a, b = words[k], words[k + 1]
        if not (_capitalised(a) and _capitalised(b)):
            continue
        joined = f"{a}-{b}"
        at = text.find(joined)
        # (a whole word: not "Marie-Anne" inside "Rose-Marie-Anne")
        if (
            at >= 0
            and (at == 0 or not text[at - 1].isalnum())
            and not (text[at + len(joined) : at + len(joined) + 1].isalnum())
        ):
            return " ".join([*words[:k], joined, *words[k + 2 :]])
    return None


def caseless_given_name(surname: str, text: str) -> str | None:
    """A surname alone in a script without case (``ליבוביץ``), named in full where a form
    of address or a title comes before it: ``עו"ד נועה ליבוביץ`` -> ``נועה ליבוביץ``
    (a capital cannot tell the name's words from the prose's: the title can)."""
    if not surname or " " in surname or not surname[:1].isalpha():
        return None
    if surname[:1].lower() != surname[:1].upper() or len(surname) < 2:
        return None
    found: Counter[str] = Counter()
    at = text.find(surname)
    while at >= 0 and len(found) < _MAX_MENTIONS:
        end = at + len(surname)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end >= len(text) or not text[end].isalnum()
        ):
            words = text[max(0, at - 60) : at].split("\n")[-1].split()
            if len(words) >= 2:
                given, title = words[-1], words[-2].casefold().rstrip(".")
                if (
                    (title in HONORIFICS or title in WORLD_TITLES or title in TITLE_WORDS)
                    and given.isalpha()
                    and given.casefold() not in WORLD_TITLES
                ):
                    found[f"{given} {surname}"] += 1
        at = text.find(surname, at + 1)
    return found.most_common(1)[0][0] if found else None


# a name given with its reading in kana, as Japanese pages introduce people:
# "中川真一（なかがわ・しんいち）", "山口はるか（やまぐち・はるか）"
_READING = "[（(][\u3040-\u30ff・･ー 　]{2,24}[）)]"


def spaced_full_name(surname: str, text: str) -> str | None:
    """``大野`` -> ``大野 誠``: a surname in a script without case, named in full where the
    page lists it with the given name a space apart, as Japanese pages print names in a
    list of presenters ("執行役員　大野 誠"). One such name only, the given name its line's
    or its item's last word."""
    if not 1 <= len(surname) <= 4 or not all(kanji(c) for c in surname):
        return None
    found: set[str] = set()
    at = text.find(surname + " ")
    while at >= 0 and len(found) < 3:
        # (an item of its own: at a line's start or after a blank, at the line's end or
        # before the next item: "理事 中野 さやか君 理事 藤堂 隆之君"; or an item of a list
        # of members with the ideographic comma, its post in brackets after it: "構成員
        # 高橋 誠一（座長）、中村 由紀子", the first right after the field's colon)
        if at == 0 or text[at - 1] in " \t\u3000\n\u3001\uff1a":
            end = at + len(surname) + 1
            k = end
            while k < len(text) and k - end < 6 and text[k].isalpha():
                k += 1
            given = text[end:k]
            # (the honorific a record's list of members prints after each name: "宏明君")
            for suffix in _JA_HONORIFICS:
                if given.endswith(suffix) and len(given) > len(suffix):
                    given = given[: -len(suffix)]
                    break
            if (
                given
                and len(given) <= 4
                and (k == len(text) or text[k] in "\n\r \t\u3000\u3001\uff08(")
                and all(map(_kana_kanji, given))
            ):
                found.add(f"{surname} {given}")
        at = text.find(surname + " ", at + 1)
    return found.pop() if len(found) == 1 else None


_JA_HONORIFICS = ("さん", "君", "氏", "様", "殿")


def kanji(c: str) -> bool:
    """A kanji (a CJK ideograph) or the iteration mark "々"."""
    return "\u4e00" <= c <= "\u9fff" or c == "々"


def _kana_kanji(c: str) -> bool:
    return kanji(c) or "\u3041" <= c <= "\u30ff"


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


def _arabic_letter(c: str) -> bool:
    return "\u0620" <= c <= "\u064a" or "\u066e" <= c <= "\u06d3" or c in "\u0622\u0623\u0625"


# Arabic words that are not names though they sit before one: prepositions, conjunctions,
# offices without their article, and the forms of address (a name's words in Arabic
# script carry no capital to tell them)
_ARABIC_NOT_NAME = frozenset(
    """
    من في عن على إلى الى مع أن إن او أو ثم قال قالت وقال وقالت يا هو هي بين لدى عند منذ
    وزير وزيرة رئيس رئيسة مدير مديرة نائب سفير دکتر
    """.split()
) | {word for word in ADDRESS if _arabic_letter(word[0])}


def arabic_full_name(surname: str, text: str) -> str | None:
    """``العتيبي`` -> ``خالد منصور العتيبي``: a family name in Arabic script, named in full
    where the text writes one or two given names before it ("معالي وزير الخارجية الدكتور
    خالد منصور العتيبي"). The given names stop at a word with the article (an office, a
    title: "الخارجية", "الدكتور"), a form of address, a preposition or punctuation. One
    such name only: two people of that name leave the label as it is."""
    if " " in surname or len(surname) < 3 or not all(map(_arabic_letter, surname)):
        return None
    found: set[str] = set()
    at = text.find(surname)
    while at >= 0 and len(found) < 3:
        end = at + len(surname)
        if (at == 0 or not _arabic_letter(text[at - 1])) and (
            end == len(text) or not _arabic_letter(text[end])
        ):
            before = text[max(0, at - 60) : at].split(" ")[:-1]
            given: list[str] = []
            for word in reversed(before):
                if (
                    not word
                    or not all(map(_arabic_letter, word))
                    or word.startswith("ال")
                    or word in _ARABIC_NOT_NAME
                    or len(given) == 3
                ):
                    break
                given.append(word)
            if given:
                found.add(" ".join([*reversed(given), surname]))
        at = text.find(surname, at + 1)
    return found.pop() if len(found) == 1 else None


# a head's field before a name: a line's start, a colon or a bar ("تقديم: عبدالله الشهري |
# الضيفة: د. ريم العتيبي"), a form of address after it
_FIELD_BEFORE = (":", "|", "：", "\n", "،")
_ARABIC_ADDRESS = frozenset(
    ("د.", "أ.", "م.", "السيد", "السيدة", "الدكتور", "الدكتورة", "الأستاذ", "الأستاذة")
)


def arabic_given_full_name(given: str, head: str) -> str | None:
    """``عبدالله`` -> ``عبدالله الشهري``: a given name in Arabic script that a field of the
    page's head writes with a family name after it, one word opening with the article "ال",
    as credits name a podcast's host ("تقديم: عبدالله الشهري"). One such form only."""
    found: set[str] = set()
    at = head.find(given + " ال")
    while at >= 0 and len(found) < 3:
        before = head[max(0, at - 20) : at].rstrip(" \t")
        words = before.split()
        field = (
            not before
            or before[-1] in _FIELD_BEFORE
            or (bool(words) and words[-1] in _ARABIC_ADDRESS)
        )
        after = head[at + len(given) + 1 :].split(None, 1)[:1]
        if field and (at == 0 or not _arabic_letter(head[at - 1])) and after:
            family = after[0].rstrip("،,.:|")
            if len(family) > 3 and all(_arabic_letter(c) for c in family):
                found.add(f"{given} {family}")
        at = head.find(given + " ال", at + 1)
    return found.pop() if len(found) == 1 else None


def arabic_fuller_name(words: list[str], text: str) -> str | None:
    """``فيصل الدوسري`` -> ``فيصل بن عبدالله الدوسري``: a name in Arabic script that the text
    writes with more words between its first and its last (a father's name after "بن"), on
    one line, with no punctuation, preposition or office between them. The fullest of the
    forms found, when each other form is part of it."""
    first, last = words[0], words[-1]
    if not all(_arabic_letter(c) for w in words for c in w):
        return None
    forms: set[tuple[str, ...]] = set()
    at = text.find(last)
    while at >= 0 and len(forms) < 6:
        end = at + len(last)
        if (at == 0 or not _arabic_letter(text[at - 1])) and (
            end == len(text) or not _arabic_letter(text[end])
        ):
            before = text[max(0, at - 80) : at].split("\n")[-1].split(" ")[:-1]
            between: list[str] = []
            for word in reversed(before[-6:]):
                if not word or not all(map(_arabic_letter, word)) or word in _ARABIC_NOT_NAME:
                    break
                if word == first:
                    forms.add((first, *reversed(between), last))
                    break
                between.append(word)
        at = text.find(last, at + 1)
    if not forms:
        return None
    best = max(forms, key=len)
    if len(best) <= len(words) or not all(_within(f, best) for f in [*forms, tuple(words)]):
        return None
    return " ".join(best)


def _within(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Are the words of ``short`` those of ``full``, in order (some left out)?"""
    rest = iter(full)
    return all(w in rest for w in short)


def _hangul(c: str) -> bool:
    return "\uac00" <= c <= "\ud7a3"


def hangul_full_name(surname: str, title: str, text: str) -> str | None:
    """``박`` titled ``대변인`` -> ``박수진``: a Korean surname of one syllable, as a briefing
    labels its speakers ("박 대변인"), named in full where the text writes a full name of that
    surname a few words before the same title ("박수진 대변인과", "김도윤 국가안보실 1차장은").
    One such name only."""
    if len(surname) != 1 or not _hangul(surname) or not title:
        return None
    found: set[str] = set()
    at = text.find(title)
    while at >= 0 and len(found) < 3:
        line = text.rfind("\n", 0, at) + 1
        for word in text[max(line, at - 40) : at].split()[-3:]:
            if 2 <= len(word) <= 3 and word[0] == surname and all(map(_hangul, word)):
                found.add(word)
        at = text.find(title, at + len(title))
    return found.pop() if len(found) == 1 else None


# what may stand between a post and the name it is written before: "広報部の佐藤美咲氏",
# "総務課長・佐藤美咲"
_POST_JOINS = ("の", "・", " ", "\u3000")


def kanji_full_name(surname: str, title: str, text: str) -> str | None:
    """``田中`` titled ``社長`` -> ``田中太郎``: a Chinese or Japanese surname in kanji, as a
    press conference's record labels its speakers ("田中社长：", "李部长："), named in full
    where the text writes that surname and one to three kanji of given name right before
    the same title ("田中太郎社長と", "李明华部长表示"), or right after it ("広報部長の田中
    花子氏"). One such name only."""
    # (a surname of one or two kanji: three are a full name already, "陳雅婷")
    if not 1 <= len(surname) <= 2 or not all(map(kanji, surname)) or not title:
        return None
    found: set[str] = set()
    at = text.find(title)
    while at >= 0 and len(found) < 3:
        k = at
        while k > 0 and at - k < 8 and kanji(text[k - 1]):
            k -= 1
        run = text[k:at]
        start = run.rfind(surname)
        if start >= 0 and 1 <= len(run) - start - len(surname) <= 3:
            found.add(run[start:])
        end = at + len(title)
        # (after the post only with a mark between and the name's end told apart: "広報部長の
        # 田中花子氏"; Chinese runs words together, "主持人陳雅婷專訪")
        if text[end : end + 1] in _POST_JOINS and text.startswith(surname, end + 1):
            end += 1
            k = end + len(surname)
            while k < len(text) and k - end < 7 and kanji(text[k]) and text[k] not in "氏様君":
                k += 1
            closed = k >= len(text) or not kanji(text[k]) or text[k] in "氏様君"
            if closed and 1 <= k - end - len(surname) <= 3:
                found.add(text[end:k])
        at = text.find(title, at + len(title))
    # (not a name and a title of respect run together: "郑立航先生", "王芳女士")
    found = {f for f in found if not f[len(surname) :].endswith(CJK_TITLE_SUFFIXES)}
    return found.pop() if len(found) == 1 else None


# what opens a field's value or a list's next entry in a page's head: "ホスト：", "Host: ",
# "／", "、", "|"
_FIELD_OPENERS = (":", "：", "／", "/", "、", "|", "・")
_OPEN_BRACKETS = ("（", "(")
_CLOSE_BRACKETS = ("）", ")")
# the respect after a Japanese name in a guest's field: "松尾直樹さん", "…氏", "…先生"
_JA_AFTER_NAME = ("さん", "氏", "先生", "様")


# the last kanji of an occupation, not of a name, in a host's bracket ("会社員", "大学生",
# "書店主", "料理研究家"): the bracket describes them
_OCCUPATION_ENDS = frozenset("員者生長主師家士官業職")


def _field_at(head: str, at: int) -> bool:
    """Does a field's value or a list's entry open at ``at`` (after spaces)?"""
    before = head[max(0, at - 8) : at].rstrip(" \t\u3000")
    return before[-1:] in _FIELD_OPENERS


def nickname_full_name(label: str, head: str) -> str | None:
    """The full name a page's credits give a speaker labelled by a nickname or a given
    name, in brackets after it in a field: "ホスト：けんたろう（中村健太郎）", "Host: Kenny
    (Kenneth Park)". The bracket holds a name only: three to five kanji, or two or three
    capitalised words; one such name in the head."""
    if not label or len(label) > 12 or " " in label or label not in head:
        return None
    found: set[str] = set()
    at = head.find(label)
    while at >= 0 and len(found) < 2:
        end = at + len(label)
        rest = head[end : end + 40]
        if rest[:1] == " ":
            rest = rest[1:]
        if rest[:1] in _OPEN_BRACKETS and _field_at(head, at):
            close = min((i for i in (rest.find(c) for c in _CLOSE_BRACKETS) if i > 0), default=-1)
            inner = rest[1:close].strip() if close > 0 else ""
            if (
                3 <= len(inner) <= 5
                and all(kanji(c) for c in inner)
                and inner[-1] not in _OCCUPATION_ENDS
                # (a nickname in kana: after a name in kanji, "周敏(品牌部)", the bracket holds
                # a department or an office)
                and not any(kanji(c) for c in label)
            ):
                found.add(inner)
            elif inner.isascii() or not any(caseless_letter(c) for c in inner):
                words = inner.split()
                if 2 <= len(words) <= 3 and all(
                    w[:1].isupper() and name_shaped(w) and not stopword(w) for w in words
                ):
                    found.add(" ".join(words))
        at = head.find(label, end)
    return found.pop() if len(found) == 1 else None


def field_kanji_full_name(surname: str, head: str) -> str | None:
    """``松尾`` -> ``松尾直樹``: a surname in kanji that a field of the page's head writes in
    full, the given name right after it and the respect or a bracket closing the name
    ("ゲスト：松尾直樹さん（店主）"). One such name in the head."""
    if not 1 <= len(surname) <= 3 or not all(kanji(c) for c in surname) or surname not in head:
        return None
    found: set[str] = set()
    at = head.find(surname)
    while at >= 0 and len(found) < 2:
        end = at + len(surname)
        if _field_at(head, at):
            k = end
            while k < len(head) and k - end < 3 and kanji(head[k]):
                k += 1
            after = head[k : k + 2]
            if k > end and (after.startswith(_JA_AFTER_NAME) or after[:1] in _OPEN_BRACKETS):
                found.add(head[at:k])
        at = head.find(surname, end)
    return found.pop() if len(found) == 1 else None
