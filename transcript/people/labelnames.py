"""Names for labels that name no one: a role word (``Periodista``, ``기자``, ``Programledare``,
``Question``, ``R.``) or an office (``Marszałek``) whose person the page names.

Three readings, in any language, each from the document itself:

- the label's own word next to a name in the intro or a heading: ``la periodista Lucía
  Benavides``, ``programledaren Johan Berggren``, ``marszałek Sejmu Andrzej Malinowski``,
  ``박지영 기자`` (a script without case puts the title after the name);
- a word for the same role next to a name (``por el periodista Álvaro Sanz`` names the ``P.``
  who asks);
- in a conversation of two, the name one side says to the other in its first turns
  (``Bonjour Léa Fontaine.``, ``Buenas noches, Lucía``), and the one other person the intro
  names (the guest of ``R.``/``Entrevistado``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from typing import TYPE_CHECKING

from .._regex import lazy
from .fullnames import (
    bracket_key_name,
    fullest_name,
    name_shaped,
    particle_surname_full,
    stopword,
)
from .names import (
    ADDRESS,
    HONORIFICS,
    TITLE_WORDS,
    WORLD_TITLES,
    NameParts,
    fold_same_length,
    natural_case,
    town_from_case,
)
from .roles import CHAIR_OFFICES, SELF_INTRO

if TYPE_CHECKING:
    from .speakers import Person

# Words for a person who asks, in several languages (nouns said before or after a name:
# "the journalist Jane Roe", "박지영 기자"); their inflected forms are matched by stem.
_ASKER_NOUNS = (
    "journalist journaliste journalistin periodista reporter reporterin repórter reportero "
    "reportera correspondent correspondant korrespondent corresponsal interviewer "
    "intervieweuse entrevistador entrevistadora giornalista jornalista dziennikarz "
    "dziennikarka журналист журналистка корреспондент ведущий ведущая жүргізуші тілші "
    "programledare "
    "toimittaja host presenter anchor 기자 記者 记者 主持人"
).split()
_CAP_RUN = 4  # words of a name at most
# one's own name before the verb, in languages that end the clause with it: Hungarian
# "Szabó Gergely vagyok", Basque "Miren Etxeberria naiz" (I am)
_SELF_INTRO_AFTER = lazy(
    r"(?<![\w'’\-])([^\W\d_][\w'’\-]+[ \t]+[^\W\d_][\w'’\-]+)[ \t]+(?:vagyok|naiz)\b"
)


@cache
def _name_run() -> re.Pattern[str]:
    # a run of capitalised words (letters, inner hyphens and apostrophes)
    return re.compile(r"[^\W\d_][\w'’\-]*\.?")


def _indic_word(word: str) -> bool:
    """A word of Devanagari letters and their vowel signs (marks, which ``\\w`` misses)."""
    return all("\u0900" <= c <= "\u097f" for c in word)


def _caseless(word: str) -> bool:
    return bool(word) and all(c.isalpha() and c.lower() == c.upper() for c in word)


# the joiners that put an office's body after it: "Presidente da Assembleia", "of the"
_GENITIVE_JOINERS = frozenset("da do das dos de del della of du des".split())
_BODY_ARTICLES = frozenset("la el los las the le les".split())


def _run_after(
    text: str,
    at: int,
    known_first: set[str],
    skip: int = 2,
    need_address: bool = False,
    institution: bool = True,
    caseless_ok: bool = False,
    lone_caps: bool = False,
) -> str | None:
    """The name that follows a cue word ending at ``at``: after a colon, at most two small
    words ("el", "de"), or one institution word ("Sejmu") that opens no speaker's name.
    With ``lone_caps`` (a heading of the presidency in mixed case), a lone surname in
    capitals ending the line is a name too: "Presidenza del vice presidente CASTELLI"."""
    rest = text[at : at + 120].split("\n", 1)[0].split("\r", 1)[0].lstrip(" \t:\u00a0—–-")
    if rest[:1] in (".", "!", "?"):
        return None  # (the cue word ends a sentence: "Good morning, Chairman. The next ...")
    tokens = rest.split()
    skipped = 0
    genitive = False  # ("Presidente da Assembleia Provincial": the office's body follows)
    while tokens and skipped < skip and tokens[0][:1].islower():
        genitive = genitive or tokens[0] in _GENITIVE_JOINERS
        tokens = tokens[1:]
        skipped += 1
    addressed = False
    portfolio = False  # ("Commissioner for Human Rights": the office's field, no name)
    while tokens and skipped < skip + 6 and _address_word(tokens[0]):
        # "de M. Jean Leroy", "DE LA EXCMA. SRA. D.ª ELENA SOLER VIDAL": forms of address
        low = tokens[0].casefold().rstrip(".")
        # (not "the": "President of the Assembly" names no one)
        addressed = addressed or (low in HONORIFICS | _ADDRESSES and low != "the")
        portfolio = portfolio or low in ("of", "for")
        genitive = genitive or low in _GENITIVE_JOINERS
        tokens = tokens[1:]
        skipped += 1
    run: list[str] = []
    for n, token in enumerate(tokens[: _CAP_RUN + 1]):
        bare = token.rstrip(",.;:!?)»\"'”")
        # (an office's holder may be written in a script without case: "השופטת מיכל בן-דוד")
        caseless = caseless_ok and bare[:1].isalpha() and bare[:1].lower() == bare[:1].upper()
        if not bare or not (bare[:1].isupper() or caseless):
            break
        if not _name_run().fullmatch(bare) and not (caseless and _indic_word(bare)):
            break
        if caseless and (bare in _HI_POSTPOSITIONS or bare in _AFTER_NAME):
            # ("एंकर रश्मि चौहान के साथ": the name ends at "के"; "माननीय अध्यक्ष पीठासीन हुए",
            # the office, then the verb of presiding: no name)
            break
        if run and token == bare + "." and len(bare) == 1 and bare.isupper():
            run.append(token)  # (a middle initial: "Amina R. Mbwambo")
            continue
        if run and run[0].isupper() != bare.isupper():
            # (not the next line's key in capitals, the head read as one line: "... Bekir
            # Sönmez KÂTİP ÜYELER:", "... Ann Lee CLERK:")
            key_next = token[-1:] in (":", "：") or (
                n + 1 < len(tokens)
                and tokens[n + 1].isupper()
                and tokens[n + 1][-1:] in (":", "：")
            )
            if (
                bare.isupper()
                and len(bare) > 1
                and not stopword(bare)
                and name_shaped(bare)
                and not key_next
            ):
                # given names, then the surname in capitals ("Murat Kâzım ÖZTÜRKMEN",
                # "Jean DUPONT"): the surname ends the name
                run.append(bare)
                addressed = True  # (the convention names a person: no institution word)
            break  # a name in capitals ends where the capitals do
        if stopword(bare) or not name_shaped(bare):
            break
        if len(run) >= 2 and token[-1:] in (":", "："):
            break  # (the next line's field, the head read as one line: "... Ann Lee Language:")
        if len(run) >= 2 and town_from_case(bare, run):
            break  # (the caller's town after the name: "Kiss Béla Szegedről", "... Oulusta")
        run.append(bare)
        if bare != token:
            break
    if (
        run
        and _caseless(run[0][:1])
        and (
            len(run) > 3
            or (len(tokens) > len(run) and tokens[len(run)].rstrip(",") not in _HI_POSTPOSITIONS)
        )
    ):
        # (no capitals: a name in a caseless script only where the line ends, or in Hindi
        # before a postposition)
        return None
    if institution and genitive and not addressed and len(run) < 3:
        return None  # (the body's name alone after "of": no holder named after it)
    if institution and len(run) >= 3 and not addressed and run[0].casefold() not in known_first:
        run = run[1:]  # "marszałek Sejmu Andrzej Malinowski": the office's institution
    if lone_caps and len(run) == 1 and len(tokens) == 1 and len(run[0]) > 1 and run[0].isupper():
        addressed = True
    if need_address and not addressed:
        return None
    if portfolio and not addressed:
        return None
    if not (2 if not addressed else 1) <= len(run) <= _CAP_RUN:
        return None  # (one word only after a form of address: "President: Mr. Delacroix")
    return " ".join(natural_case(w) if w.isupper() and len(w) > 1 else w for w in run)


_ADDRESSES = frozenset("m mme mlle sra sr srta monsieur madame señor señora herr frau".split())
# Hindi postpositions and the honorific "जी" that close a name in a script without case:
# "एंकर रश्मि चौहान के साथ" (with anchor Rashmi Chauhan)
_HI_POSTPOSITIONS = frozenset("के की का को से ने ने, में पर जी और".split())


def _address_word(token: str) -> bool:
    """A word of a form of address or a particle before a name: ``M.``, ``Mme``, ``SRA.``,
    ``D.ª``, ``de``, ``LA``."""
    low = token.casefold().strip(",")
    if "ª" in low or "º" in low:
        return True
    if low.rstrip(".") in {"de", "del", "la", "le", "el", "of", "the", "der", "die", "von"}:
        return True
    return (stopword(token) and len(low) <= 8) or (low.endswith(".") and len(low) <= 6)


def _name_before(text: str, at: int) -> str | None:
    """A name just before a cue word, in a script without case: ``박지영 기자``."""
    before = text[max(0, at - 12) : at].rstrip(" \u00a0")
    if len(before) == at - max(0, at - 12):
        return None  # (the cue must follow a space)
    word = before.split()[-1] if before.split() else ""
    if 2 <= len(word) <= 4 and _caseless(word):
        return word
    return None


def _surname_list(tokens: list[str]) -> bool:
    """``tokens`` are two surnames of a list, each with its comma: ``Hollis, O'Dwyer,``."""
    return len(tokens) == 2 and all(
        t.endswith(",") and t[:1].isupper() and _name_run().fullmatch(t[:-1]) is not None
        for t in tokens
    )


def _name_before_bracket(text: str, at: int) -> str | None:
    """The name before an office in brackets: "Mr. Justice Ciarán Lawlor (Chairman)",
    "Jane Roe (Chair)": the capitalised words before ``at`` on its line, after any form
    of address or title."""
    line = text[max(0, at - 120) : at].rsplit("\n", 1)[-1].split()
    run: list[str] = []
    listed = False  # (a surname ending a list of them: "Senators Farrant, Hollis, Pasco (Chair)")
    for k, token in enumerate(reversed(line)):
        bare = token.strip(",;:")
        if bare != token or not bare[:1].isupper() or bare.endswith("."):
            # (two surnames before it, each with its comma: a list, not "Maria, Leeds")
            listed = k == 1 and len(run) == 1 and _surname_list(line[-3:-1])
            break
        if stopword(bare) or not name_shaped(bare) or not _name_run().fullmatch(bare):
            break
        run.append(bare)
        if len(run) == _CAP_RUN:
            break
    if not (1 if listed else 2) <= len(run) <= _CAP_RUN:
        return None
    return " ".join(natural_case(w) if w.isupper() else w for w in reversed(run))


# the words of a question's and an answer's marks, in the languages whose labels use them
_MARK_WORDS = frozenset(
    "q a question answer pregunta respuesta pergunta resposta frage antwort domanda risposta"
    " вопрос ответ प्रश्न उत्तर પ્રશ્ન જવાબ ప్రశ్న జవాబు ಪ್ರಶ್ನೆ ಉತ್ತರ".split()
)


def named_by_word(
    word: str,
    text: str,
    known_first: set[str],
    inflected: bool = True,
    labels: bool = False,
    stem: bool = False,
) -> str | None:
    """The name written next to ``word`` most often: see :func:`names_by_word`."""
    found = Counter(names_by_word(word, text, known_first, inflected, labels, stem))
    return found.most_common(1)[0][0] if found else None


# (the letters _unaccent maps)
_ACCENTED = lazy("[\u00c0-\u024f]")


@cache
def _unaccent() -> dict[int, str]:
    """Latin letters with accents -> their base letter (one character each: offsets kept)."""
    table: dict[int, str] = {}
    for cp in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii() and base.isalpha():
            table[cp] = base.lower()
    return table


def names_by_word(
    word: str,
    text: str,
    known_first: set[str],
    inflected: bool = True,
    labels: bool = False,
    stem: bool = False,
) -> list[str]:
    """The name written next to ``word`` (or, with ``inflected``, a form of it with an
    ending: ``programledaren``, ``журналиста``; with ``stem``, any word of its stem:
    ``Présidence de M. Jean Leroy`` for ``président``) in ``text``. With ``labels``, the
    text holds turns, and a word opening a line is a label, not a cue."""
    found: list[str] = []
    key = word.casefold()
    grow = 3
    if stem:
        key, grow = key[: max(4, len(key) - 3)], 8
        # (an office's stem matched without accents: "presidente" and "PRESIDÊNCIA")
        key = key.translate(_unaccent())
    if len(key) < 2 or (len(key) < 3 and not _caseless(key)):
        return found
    low = fold_same_length(text)
    if stem and _ACCENTED.search(low) is not None:
        # ("PRESIDÊNCIA" for "presidente": the office's stem, its accents set aside; a
        # translation by a table costs a lookup per character, a text without accented
        # Latin letters needs none)
        low = low.translate(_unaccent())
    pos = 0
    while len(found) < 20:
        at = low.find(key, pos)
        if at < 0:
            break
        pos = at + 1
        if at > 0 and low[at - 1].isalnum():
            continue
        end = at + len(key)
        while inflected and end < len(low) and low[end].isalpha() and end - at - len(key) < grow:
            end += 1
        if end < len(low) and low[end].isalnum():
            continue
        line_start = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1
        prefix = text[line_start:at].strip(" \t*_#>")
        # a label: the word opens its line, or ends a short one before a colon
        # ("**De voorzitter:** Uitkraamt ...")
        at_start = not prefix or (
            len(prefix.split()) <= 3 and text[end : end + 4].lstrip("*_ \t")[:1] in (":", "：")
        )
        if labels and at_start and not _field_of_name(text, end):
            continue  # a label at the start of a line ("Question : Jane Roe, bonjour.")
        # A word of the office's stem ("Présidence") or a line's first word: a name only
        # after a form of address ("de M. Jean Leroy"); nothing but such words between.
        own = low[at:end].startswith(word.casefold()) and end - at - len(word) <= 3
        # ("PRESIDÊNCIA: EVA HOLMGREN": a field of the record's head names the office's
        # holder, no form of address needed)
        # (a cover sheet's field, "Narrator:   Lucía Ibarra Montoya", names the label's
        # person in full, with no institution word before the name)
        # (a field's key of two words too, the word in lower case after a capitalised one:
        # "Persona entrevistada: José Manuel ...")
        field = (
            not prefix or (not stem and " " not in prefix and text[at : at + 1].islower())
        ) and text[end : end + 2].lstrip(" \t")[:1] in (":", "：")
        name = _run_after(
            text,
            end,
            known_first,
            skip=2 if inflected and not stem else 0,
            need_address=stem and (at_start or not own) and not field,
            institution=not field,
            # (or a role word in Devanagari, whose names have no case: "एंकर रश्मि चौहान")
            caseless_ok=stem or "\u0900" <= key[:1] <= "\u097f",
            # (the line opens with a word of the office's stem, in mixed case: the record's
            # heading of the presidency, which may name its holder by the surname alone)
            lone_caps=stem
            and prefix != prefix.upper()
            and prefix[:1].isupper()
            and prefix.casefold().translate(_unaccent()).startswith(key),
        )
        if name is None and (own or not stem) and prefix and text[end : end + 2] == ", ":
            # the name in apposition after the word and a comma, as a page's title names
            # its spokesperson: "Briefing by the Office of the Spokesperson, Ann Lee"
            name = _run_after(text, end + 2, known_first, skip=0, institution=False)
            after = text.find(name, end) if name is not None else -1
            rest = "" if name is None else text[after + len(name) : after + len(name) + 40]
            rest = rest.split("\n", 1)[0].strip()
            # (the name ends its line or sentence: "Minister of Education, Mr. Peter Ansah -
            # Minister of Finance" is a list's entry, another office's holder)
            if after < 0 or (rest and rest[0] not in ".;"):
                name = None
        if name is None and _caseless(key):
            name = _name_before(text, at)
        if name is None and at > 0 and text[at - 1] == "(" and text[end : end + 1] == ")":
            name = _name_before_bracket(text, at - 1)
        if (
            name is None
            and text[at - 2 : at] == ", "
            and not text[end : end + 40].split("\n", 1)[0].strip()
        ):
            # a list of those present, the office after a comma ending the line:
            # "Marcus Bell, Videographer", "Ana Ruiz, intérprete"
            name = _name_before_bracket(text, at - 2)
            entry = [w for w in prefix.split() if not w.isdigit()]  # (a line's number)
            if name is not None and len(entry) != len(name.split()):
                name = None  # (the name alone opens its line: an entry of a list)
        if (
            name is not None
            and name.split()[0].casefold() in _BODY_PARTICLES
            and text[end : end + 80].lstrip(" \t:：")[: len(name)].isupper()
        ):
            # (the office's body in capitals after its word: "JUIZ DO TRABALHO", "JUGE DES
            # ENFANTS": no name opens with the particle in capitals)
            name = None
        if name is not None:
            found.append(name)
    return found


# the particles that join an office to its body ("do", "des", "del")
_BODY_PARTICLES = frozenset("do da dos das de du des del della degli dei".split())


def _field_of_name(text: str, end: int) -> bool:
    """The key ending at ``end`` opens a field whose whole value, to the line's end, is one
    name: a programme's or a cover's line ("Pembawa Acara : Sari Wulandari", "Moderator:
    Linda Fair"), no label before a turn's speech ("Question : Jane Roe, bonjour.")."""
    line = text[end : end + 80].split("\n", 1)[0].rstrip()
    if line.lstrip(" \t")[:1] not in (":", "："):
        return False
    value = line.lstrip(" \t:：")
    if not value or value[-1:] in ".?!,;" or "," in value:
        return False
    name = _name_at_end(value, True)
    return name is not None and len(name.split()) == len(value.split()) >= 2


def names_in(text: str) -> Counter[str]:
    """Full names (two to four capitalised words) written in ``text``."""
    out: Counter[str] = Counter()
    run: list[str] = []
    # (a name never runs across lines: a heading above a sentence is no first name)
    for token in [w for line in text.splitlines() for w in [*line.split(), ""]]:
        bare = token.strip("\"'“”„«»()[],.;:!?")
        ok = (
            bare
            and bare[:1].isupper()
            and _name_run().fullmatch(bare) is not None
            and not stopword(bare)
            and name_shaped(bare)
            and len(bare) > 1
        )
        if ok:
            run.append(bare)
        if not ok or bare != token.strip("\"'“”„«»()[]"):
            if 2 <= len(run) <= _CAP_RUN:
                out[" ".join(run)] += 1
            run = []
    # a name and its fuller form are one person ("Ernesto Villaseñor" and "Ernesto
    # Villaseñor Paredes"): counted under the fuller form
    for short in sorted(out, key=lambda n: len(n.split())):
        words = set(short.split())
        longer = [n for n in out if n != short and words < set(n.split())]
        if len(longer) == 1:
            out[longer[0]] += out.pop(short)
    return out


def name_role_labels(
    people: list[Person],
    turn_people: list[Person | None],
    texts: Sequence[str],
    context: str,
    role_of: dict[int, str | None],
    head: str = "",
) -> None:
    """Give a name to speakers labelled by a role word or an office when the page names
    them (see the module's docstring). ``role_of`` holds each such person's label role;
    ``context`` is the text around the conversation, ``head`` the document's start (its
    labels are skipped: a cue word is read only inside a line)."""
    talk: Counter[int] = Counter(map(id, filter(None, turn_people)))
    speaking = [p for p in people if talk[id(p)] > 0]
    known_first = {
        p.name.split()[0].casefold()
        for p in people
        if not p.generic and p.name and id(p) not in role_of
    }
    # (a name spelt from a label of initials may be the role label's own person: "N. A.-"
    # and "ENTREVISTADORA:", both named by the head's "Entrevistadora: Nuria Álvarez")
    taken = {p.name for p in people if id(p) not in role_of and not p.spelt}
    named: dict[int, str] = {}
    # 0. a key that names the label's code in brackets: "Interviewerin: I (Lena Vogt)"
    for p in speaking:
        if id(p) in role_of and len(p.parts.name) <= 4 and head:
            name = bracket_key_name(p.parts.name, head)
            if name is not None and name not in taken:
                named[id(p)] = name
    # 0b. a list of those present that gives the label itself in brackets after a person's
    # name and office: "Ms. Hélène Marchand-Vos, Presiding Commissioner (THE CHAIRPERSON)"
    for p in speaking:
        if id(p) in role_of and id(p) not in named and "(" in head:
            name = _listed_with_label(p.labels, head)
            if name is not None and name not in taken:
                named[id(p)] = name
    # 0c. a programme's or a cover's field read as the role label's first turn, its whole
    # text a name ("Pembawa Acara : Sari Wulandari", "Moderator: Linda Fair"), the label's
    # speech after it: the field names the role's holder
    for p in speaking:
        if id(p) in role_of and id(p) not in named and talk[id(p)] >= 2:
            name = _field_value_name(p, people, turn_people, texts)
            if name is not None and name not in taken:
                named[id(p)] = name
    # 1. the label's own word next to a name (not a question's or an answer's mark: the
    # text says "your questions" of no one, "अब आपके प्रश्न लेते हैं")
    for p in speaking:
        if id(p) not in role_of or id(p) in named or p.parts.name.casefold() in _MARK_WORDS:
            continue
        word = p.parts.name.casefold()
        office = p.parts.office and " " in word  # ("M. le président": its last word)
        # ("THE VIDEOGRAPHER": one present by office, its word read as in "Mia Roe, Videographer")
        present = role_of[id(p)] == "other" and word.startswith("the ")
        word = word.split()[-1] if office or present else word
        name = named_by_word(word, context, known_first, stem=p.parts.office) or named_by_word(
            word, head, known_first, labels=True, stem=p.parts.office
        )
        if name is not None and " " not in name and "\u0600" <= name[:1] <= "\u06ff":
            name = None  # (one word in Arabic script, no case to tell a name: "از رئیس")
        if name is not None and name not in taken:
            named[id(p)] = name
    # (two role words named alike: the shorter word read the longer as its inflection,
    # "entrevistado" in "Entrevistadora: Nuria ...", the longer is the field's own)
    by_name: dict[str, list[Person]] = {}
    for p in speaking:
        if id(p) in named:
            by_name.setdefault(named[id(p)], []).append(p)
    for same in by_name.values():
        # (offices are left to the chairs' order: "M. le président", "Mme la présidente")
        if len(same) > 1 and not any(p.parts.office for p in same):
            longest = max(len(p.parts.name) for p in same)
            for p in same:
                if len(p.parts.name) < longest:
                    del named[id(p)]
    for p in speaking:
        word = p.parts.name.casefold()
        if id(p) in role_of and id(p) not in named and len(word) > 6 and word[-1] in "oa":
            # the other gender's form of a Romance role word: "ENTREVISTADO:" and the
            # field "Persona entrevistada: José Manuel ..." (the noun "persona" is feminine)
            variant = word[:-1] + ("a" if word[-1] == "o" else "o")
            name = named_by_word(variant, context, known_first, False) if " " not in word else None
            if name is not None and name not in taken and name not in named.values():
                named[id(p)] = name
    # a chair named by the record's head: "Веде засідання Голова ... БОНДАР В.М.",
    # "Presidenta del Parlament: Núria Verdaguer i Sala"
    for p in speaking:
        if (
            id(p) not in named
            and (
                role_of.get(id(p)) == "moderator"
                # (a chair's office after a Portuguese article, whose role the turns tell:
                # "A PRESIDENTE", named by "Presidiu a sessão ...")
                or article_chair(p.parts.name)
                # (an office whose role no table gives, a chair's word: "PREDSJEDNICA")
                or (
                    role_of.get(id(p)) is None
                    # (or the chair's word after a form of address: "السيد الرئيس")
                    and (p.parts.office or (p.parts.honorific and " " not in p.parts.name))
                    and (
                        p.parts.name.casefold().split()[-1] in _CHAIR_WORDS
                        # (or a chair's office after a form of address, as a union's
                        # minutes label the chair: "SISTER PRESIDENT", "COMPAÑERA PRESIDENTA")
                        or (
                            p.parts.name.casefold().split()[0] in _FRATERNAL
                            and p.parts.name.casefold().split()[-1] in CHAIR_OFFICES
                        )
                    )
                )
            )
            # (a generic label only for a chair's office: "THE CHAIR", "Chair: Ann Lee")
            and (not p.parts.generic or p.parts.name.split()[-1].casefold() in CHAIR_OFFICES)
        ):
            name = presiding_in_head(p.parts.name, head)
            # (an office's chair may be labelled by name too: "SISTER PRESIDENT:", later
            # "SISTER MENDES:", both the head's "Presiding: Sister Carla Mendes"; see
            # speakers._name_by_page, which joins them)
            if name is not None and (name not in taken or p.parts.office):
                named[id(p)] = name
    # an office whose holder the record's head gives in brackets after it ("মাননীয় অধ্যক্ষ
    # (শ্রী ...) সভাপতির আসন গ্রহণ করেন", "The Minister of Health (Dr Ann Lee) attended")
    for p in speaking:
        if (
            id(p) not in named
            and "(" in head
            and (
                p.parts.office
                or (p.parts.generic and p.parts.name.split()[-1].casefold() in CHAIR_OFFICES)
            )
        ):
            name = holder_in_head(p.parts.name, head)
            if name is not None and name not in taken:
                named[id(p)] = name
    _chairs_in_order(people, turn_people, named, role_of, context, known_first, head)
    # a host labelled by the role introduces themself: "I'm Sam Patel", "je suis ..."
    for p in speaking:
        if id(p) in named or role_of.get(id(p)) not in ("interviewer", "moderator"):
            continue
        if len(p.parts.name) <= 2:
            continue  # ("Q", "P": each question may be someone else's)
        own = [texts[i][:300] for i, q in enumerate(turn_people[:12]) if q is p][:2]
        intros = (
            m for t in own for pat in (SELF_INTRO, _SELF_INTRO_AFTER) for m in pat.finditer(t)
        )
        for m in intros:
            words = m.group(1).split()
            if len(words) == 2 and all(
                w[:1].isupper() and name_shaped(w) and not stopword(w) for w in words
            ):
                if m.group(1) not in taken:
                    named[id(p)] = m.group(1)
                break
    # a conversation of two: one who asks, one who answers
    pair = [p for p in speaking if talk[id(p)] >= 2]
    if len(pair) == 2:
        intro_names = names_in(context)
        for p, other in ((pair[0], pair[1]), (pair[1], pair[0])):
            if id(p) not in role_of or id(p) in named:
                continue
            # 2. a word for the same role next to a name
            if role_of[id(p)] == "interviewer":
                for noun in _ASKER_NOUNS:
                    # (the noun as written, a name right after it: "jornalistas em Porto
                    # Alegre" names no one)
                    name = named_by_word(noun, context, known_first, inflected=False)
                    if name is not None and name not in taken and name != other.name:
                        named[id(p)] = name
                        break
            if id(p) in named:
                continue
            # 3. what the other says to them in its first turns
            said = " ".join(texts[i][:160] for i, q in enumerate(turn_people[:12]) if q is other)
            for full in intro_names:
                if full in taken or full == other.name or full == named.get(id(other)):
                    continue
                first, second = full.split()[:2]
                # (not the words of a show's title said as a phrase: "Bom dia, Luzia" says
                # no "Bom Dia Luanda")
                if full in said or re.search(
                    r"(?<!\w)"
                    + re.escape(first)
                    + r"(?!\w)(?![ \t]+(?i:"
                    + re.escape(second)
                    + r")\b)",
                    said,
                ):
                    named[id(p)] = full
                    break
        # 4. the one person the intro names besides the other side
        for p, other in ((pair[0], pair[1]), (pair[1], pair[0])):
            if id(p) not in role_of or id(p) in named:
                continue
            if role_of[id(p)] != "interviewee" or not (
                id(other) in named or id(other) not in role_of
            ):
                continue
            other_name = named.get(id(other), other.name)
            # (no word of another speaker's name: they are someone else)
            other_words = set(other_name.split()) | {w for n in taken for w in n.split()}
            rest = [
                (n, c)
                for n, c in intro_names.most_common()
                if not (set(n.split()) & other_words) and n not in taken
            ]
            # (named twice at least, as a headline and its lead name a guest: a name
            # written once may be an outlet's or a show's)
            if rest and rest[0][1] >= 2 and (len(rest) == 1 or rest[0][1] > rest[1][1]):
                named[id(p)] = rest[0][0]
    for p in people:
        # (a speaker's outlet names no one: "Please, Dev, from Daily Markets")
        if id(p) in named and not _outlet_of_speaker(named[id(p)], people, context):
            p.name = fullest_name(named[id(p)], context) or named[id(p)]


def _outlet_of_speaker(name: str, people: list[Person], context: str) -> bool:
    """``name`` is a speaker's outlet or body, no person: their affiliation, or written
    right after their name and a comma, as a list of speakers gives it ("- **Dev Rao**,
    Daily Markets (interviewer)", a Markdown rendering's list)."""
    for q in people:
        if q.affiliation == name:
            return True
        if q.generic or " " not in q.name:
            continue
        at = context.find(q.name)
        while at >= 0:
            after = context[at + len(q.name) : at + len(q.name) + len(name) + 8]
            if after.lstrip("*_").startswith(",") and after.lstrip("*_,").lstrip().startswith(name):
                return True
            at = context.find(q.name, at + 1)
    return False


def _field_value_name(
    p: Person, people: list[Person], turn_people: list[Person | None], texts: Sequence[str]
) -> str | None:
    """The name that is the whole of ``p``'s first turn, when a later turn of ``p`` speaks:
    a field of the page's head ("Pembawa Acara : Sari Wulandari") read as a turn. Not a
    name closed by a sentence's end ("Senator Jones.": a chair calls on a member) nor one
    sharing a word with another speaker's name (who was called on)."""
    first = turn_people.index(p)
    value = texts[first].strip()
    if not value or len(value) > 60 or "\n" in value or value[-1:] in ".?!," or "," in value:
        return None
    name = _name_at_end(value, True)
    if name is None or len(name.split()) != len(value.split()):
        return None  # (a title before the name: a call, "Senator Jones", not a field)
    words = {w.casefold() for w in name.split()}
    for q in people:
        if q is not p and words & {w.casefold() for w in q.name.split()}:
            return None
    return name


def _listed_with_label(labels: Iterable[str], head: str) -> str | None:
    """The person a list in the head gives a label to, the label in brackets at the end of
    their line after their name and office ("Ms. Ann Lee, Presiding Commissioner (THE
    CHAIR)"): the name before the line's first comma, without its form of address."""
    found: set[str] = set()
    for label in labels:
        key = label.rstrip(":.：． \t")
        if len(key) < 2:
            continue
        at = head.find(f"({key})")
        while at >= 0 and len(found) < 2:
            line = head[head.rfind("\n", 0, at) + 1 : at]
            words = line.split(",", 1)[0].split()
            while words and words[0].casefold().rstrip(".") in HONORIFICS | ADDRESS:
                words = words[1:]
            if (
                "," in line
                and 2 <= len(words) <= _CAP_RUN
                and all(w[:1].isupper() and _name_run().fullmatch(w) for w in words)
                and not any(stopword(w) for w in words)
            ):
                found.add(" ".join(words))
            at = head.find(f"({key})", at + 1)
    return found.pop() if len(found) == 1 else None


# A chair's office alone as a label, in languages the role table may not hold (Croatian,
# Lithuanian: the chair, the deputy chair; Albanian: the one chairing), and a commission's
# presiding commissioner
_CHAIR_WORDS = frozenset(
    "predsjednik predsjednica potpredsjednik potpredsjednica pirmininkas pirmininkė "
    "kryesuesi kryesuesja commissioner"
    # (Kyrgyz and Kazakh: the chair, as their parliaments' stenograms label the presiding
    # speaker, "Төрага:")
    " төрага төраға"
    # (Arabic: the president of an assembly, as its record labels the chair, "السيد الرئيس:")
    " الرئيس الرئيسة".split()
)
_INITIALS_TAIL = lazy(r"[^\W\d_]\.[ ]?[^\W\d_]\.?")
_HEAD_LINES = 40  # (the record's head: its first lines)


def article_chair(name: str) -> bool:
    """A chair's office after the Portuguese article: "A Presidente", "O Presidente"."""
    words = name.casefold().split()
    return len(words) == 2 and words[0] in ("a", "o") and words[1] in CHAIR_OFFICES


def presiding_in_head(label: str, head: str) -> str | None:
    """The chair a record's head names for a chair's label (``ГОЛОВУЮЧИЙ``, ``La
    presidenta``, ``KETUA RAPAT``): a short line before the labels holding a word of the
    label's stem (its first five letters: ``Голова``, ``Presidenta``) and ending with a name,
    after a colon or as its last words (a surname in capitals and initials: ``БОНДАР
    В.М.``)."""
    if not label.isascii() and ("ریاست" in head or "رئاسة" in head):
        name = _presided_by(head)
        if name is not None:
            return name
    words = label.split()
    if len(words) > 1 and words[-1].casefold() in _ADDRESS_AFTER:
        words = words[:-1]  # ("अध्यक्ष महोदय": the office, then "sir")
    word = words[-1].casefold()
    stem = word[:5]
    # (or the office's word before a participle in lower case: Azerbaijani "Sədrlik edən",
    # Uzbek "Raislik qiluvchi", the one who chairs)
    first = None
    if len(words) == 2 and len(words[0]) >= 5 and words[1][:1].islower():
        first = words[0].casefold()[:5]
    if len(stem) < 5:
        if first is None:
            return None
        stem, first = first, None
    whole = label.casefold()
    for line in head[:5000].splitlines()[:_HEAD_LINES]:
        s = line.strip()
        low = s.casefold()
        if not s or len(s) > 160:
            continue  # (a paragraph)
        if low.startswith(whole) and low[len(whole) : len(whole) + 2].strip()[:1] != "(":
            continue  # (the label itself; not its office with the holder in brackets after)
        at = low.find(stem)
        if at < 0 and first is not None:
            at = low.find(first)
        if at < 0 or (at > 0 and low[at - 1].isalnum()):
            continue
        colon = s.find(":", at)
        tail = s[colon + 1 :] if colon > 0 else s[at:]
        name = _name_at_end(tail.strip(), colon > 0)
        if name is None and colon < 0 and s[0] in "([" and s[-1] in ")]":
            name = _addressed_at_end(s[at:-1]) or _named_after_verb(s[at:-1])
        if name is None and colon < 0:
            name = _addressed_after_office(s, at)
        if name is None and colon < 0 and at == 0 and "," in s:
            name = _named_after_presiding(s[: s.find(",")])
        rest = low[at:].split()
        if (
            name is None
            and colon < 0
            and 1 <= len(rest) <= 2
            and all(w.rstrip(".").isalpha() and w.islower() for w in rest)
        ):
            # the name before the word of chairing and a verb, as verb-final languages end
            # the line: "İclasa ... birinci müavini Elçin Məmmədov sədrlik edirdi."
            name = _name_ending(s.split())
        if name is None and "(" in s:
            name = _holder_in_bracket(s, at)
        if name is None and colon < 0 and at > 2 and s[at - 2 : at] == ", " and " " not in s[at:]:
            # the name, a comma, then the office ending the line, as a commission's
            # transcript heads its hearing: "THE HONOURABLE JANE ROE AC, Commissioner"
            name = _name_at_end(s[: at - 2], True)
        if name is None and s[:1] == "(" and s[at - 2 : at] == ", " and s.count(",") == 2:
            # the chair's line in brackets, the name first and the office after it, as the
            # Council of Europe's record opens a sitting: "(Ms Ann Lee, President of the
            # Assembly, in the Chair)", "(M. Jean Roy, Président de l'Assemblée, au fauteuil)"
            name = _name_at_end(s[1 : at - 2], True)
        if name is not None:
            return name
    return None


# styles of excellency before a name: "Sua Excelência", "S.Exa.", "Excma. Sra.", "H.E."
_EXCELLENCY = frozenset(
    "sua su his her excelência excelencia excellency excma excmo exma exmo s.exa h.e s.e".split()
)


def _named_after_presiding(text: str) -> str | None:
    """The name that ends a line opening with the verb of presiding, before the comma of
    the office after it, as a record's head says who chaired: "Presidiu a sessão Sua
    Excelência Felismina Macuácua, Presidente da Assembleia" -> "Felismina Macuácua"."""
    tokens = text.split()
    k = len(tokens)
    while k > 1 and tokens[k - 1][:1].isupper():
        k -= 1
    run = tokens[k:]
    while run and run[0].casefold().rstrip(".") in HONORIFICS | ADDRESS | _EXCELLENCY:
        run = run[1:]  # (the forms of address and the style before the name)
    if k < 2 or not 2 <= len(run) <= 4:
        return None  # (the verb and a word in lower case before the name, then two to four)
    if not all(name_shaped(t) and not stopword(t) and t.replace("-", "").isalpha() for t in run):
        return None
    return " ".join(natural_case(t) if t.isupper() and len(t) > 1 else t for t in run)


def _addressed_after_office(line: str, at: int) -> str | None:
    """The name after an office and a form of address, as a court's or an inquest's
    cover gives who sits: "HM Assistant Coroner Miss Helen Ashworth", "Senior Coroner Mr
    John Hale" (the office's word at ``at``), or None."""
    tokens = line[at:].split()
    if len(tokens) < 4 or tokens[1].casefold().rstrip(".") not in HONORIFICS:
        return None
    return _name_at_end(" ".join(tokens[1:]), True)


def holder_in_head(office: str, head: str) -> str | None:
    """The holder the record names in brackets right after an office's words: "মাননীয়
    অধ্যক্ষ (শ্রী প্রদীপকুমার ...) সভাপতির আসন গ্রহণ করেন", "The Bishop of Wrexley (The Rt
    Revd Dr Anselm Okonkwo-Ward) replied", "The Chair (The Revd Canon Dr Ann Lee
    (Birmingham)):" -> that name, without its titles; None when none does, or two holders."""
    from .names import fold_same_length

    low = fold_same_length(head)
    key = office.casefold() + " ("
    found: set[str] = set()
    at = low.find(key)
    while at >= 0 and len(found) < 3:
        if at == 0 or not low[at - 1].isalnum():
            start = at + len(key)
            inner = head[start : start + 120]
            # (up to the bracket's end, or a bracket inside it: the member's seat)
            cut = min((k for k in (inner.find("("), inner.find(")")) if k >= 0), default=-1)
            name = _bracketed_holder(inner[:cut]) if cut > 0 else None
            if name is not None:
                found.add(name)
        at = low.find(key, at + 1)
    return found.pop() if len(found) == 1 else None


def _bracketed_holder(inner: str) -> str | None:
    """The name a bracket after an office holds, without its titles; None for no name."""
    from .names import split_label  # (names needs nothing of this module)

    parts = split_label(inner.strip())
    words = parts.name.split()
    if parts.generic or parts.office or not 2 <= len(words) <= 4:
        return None
    if not all(w[:1].isalpha() and not w[:1].islower() for w in words):
        return None  # (a name's words: capitalised, or of a script without case)
    if any(c.isdigit() for c in parts.name):
        return None
    return parts.name


def _holder_in_bracket(line: str, at: int) -> str | None:
    """The holder in brackets right after the office's word, as a sitting's opening names
    its chair: "மாண்புமிகு பேரவைத் தலைவர் (திரு. சு. பழனிவேல்) அவர்கள் தலைமை வகித்தார்கள்",
    "MR SPEAKER (Rt Hon. Ann Lee) in the Chair"; the name without its titles."""
    end = line.find(" ", at)
    rest = line[end:].lstrip() if end > 0 else ""
    close = rest.find(")")
    if rest[:1] != "(" or close < 0:
        return None
    return _bracketed_holder(rest[1:close])


# A Persian record's opening: "جلسه ... به ریاست آقای محمدحسین نوری نایب‌رئیس اول تشکیل
# شد" (the sitting was held presided by Mr. ..., first deputy speaker)
# ... and an Arabic one's: "رئاسة السيد/ فهد سالم الرشيدي - رئيس مجلس الأمة", "برئاسة ..."
# (or an Arab record's field of the head, "الرئاسة: السيد ...", "رئاسة الجلسة: ...": the
# presidency, of the sitting)
_PRESIDED_BY = lazy(
    r"(?:به ریاست\s+|رئاسة(?:[ \t]+الجلسة)?(?:[ \t]*:[ \t]*|\s+))(?:(?:آقای|خانم|جناب|سرکار|دکتر|السيدة/?|السيد/?|الدكتور|د\.)\s*)*"
    r"((?:\w[\w\u200c]*[ \t]*){1,4})"
)
# (words after the name: an office, "first", the verb "was held")
_AFTER_PRESIDING_NAME = frozenset("نایب‌رئیس رئیس اول دوم تشکیل شد و رئيس نائب".split())


def _presided_by(head: str) -> str | None:
    """The chair a Persian record's opening names after "به ریاست" (presided by)."""
    m = _PRESIDED_BY.search(head[:5000])
    if m is None:
        return None
    words: list[str] = []
    for w in m.group(1).split():
        if w in _AFTER_PRESIDING_NAME or "رئیس" in w or "رئيس" in w:
            break
        words.append(w)
    return " ".join(words) if 2 <= len(words) <= 3 else None


# Words of address said after an office ("अध्यक्ष महोदय": Mr. Speaker, "sir")
_ADDRESS_AFTER = frozenset(("महोदय", "महोदया"))


# (or the verb of presiding right after the office, no name between: Hindi "(माननीय अध्यक्ष
# पीठासीन हुए)", the Speaker presided)
_AFTER_NAME = frozenset(("ಅವರು", "గారు", "அவர்கள்", "पीठासीन"))


def _addressed_at_end(text: str) -> str | None:
    """The name after the last form of address that ends a presiding note in brackets:
    "(अध्यक्षस्थानी माननीय अध्यक्ष श्री. विजय पाटणकर)" -> "विजय पाटणकर", "(Presiding: the
    Hon. Speaker Mr. Tom Reid)" -> "Tom Reid"; None without one."""
    tokens = text.split()
    # (the honorific pronoun after a name, then the verb: Kannada "ಶ್ರೀ ಬಿ. ಎಸ್. ನಾಗರಾಜಪ್ಪ
    # ಅವರು ಪೀಠವನ್ನು ಅಲಂಕರಿಸಿದ್ದರು" (... he adorned the chair), Telugu "గారు", Tamil "அவர்கள்")
    after = next((k for k, t in enumerate(tokens) if t in _AFTER_NAME), -1)
    if after > 0:
        tokens = tokens[:after]
    for k in range(len(tokens) - 2, -1, -1):
        low = tokens[k].casefold().rstrip(".")
        if low in ADDRESS or (low in HONORIFICS and low not in ("the", "hon")):
            rest = tokens[k + 1 :]
            if 2 <= len(rest) <= 4 and all(name_shaped(t) and not stopword(t) for t in rest):
                return " ".join(natural_case(t) if t.isupper() and len(t) > 1 else t for t in rest)
            return None
    return None


def _named_after_verb(text: str) -> str | None:
    """The name right after the word of presiding that opens a note in brackets, up to a
    comma: "(Седници председава Владимир Ранковић, потпредседник ...)" -> "Владимир
    Ранковић"; None when no comma closes two to four words written as a name."""
    head, comma, _ = text.partition(",")
    tokens = head.split()[1:]
    if not comma or not 2 <= len(tokens) <= 4:
        return None
    if not all(t[:1].isupper() and name_shaped(t) and not stopword(t) for t in tokens):
        return None
    return " ".join(natural_case(t) if t.isupper() and len(t) > 1 else t for t in tokens)


# Honours and ranks of the bar written after a name (as printed, in capitals)
_POSTNOMINALS = frozenset(
    "KC QC SC DBE CBE OBE MBE KBE GBE CMG KCMG MP MSP MS AM FRS PC JP"
    # (the Order of Australia's: "Jane Roe AC", "AO", "OAM")
    " AC AK AO OAM".split()
)


# the forms of address of unions, lodges and churches: "Sister Ann Lee", "Brother Roe"
_FRATERNAL = frozenset(
    ("sister", "brother", "comrade", "sr", "br", "bro", "compañera", "compañero")
)


def _name_at_end(text: str, whole: bool) -> str | None:
    """The name that ends ``text`` (all of it with ``whole``: a field's value), without its
    titles and degrees: "Dr. Hj. Siti Lubis, M.Kes." -> "Siti Lubis"; "... Ради України
    БОНДАР В.М." -> "Бондар В.М."."""
    text = text.split(",")[0].strip().rstrip(".") if whole else text.rstrip()
    tokens = text.split()
    if len(tokens) >= 2 and _INITIALS_TAIL.fullmatch(tokens[-1]) and tokens[-2].isupper():
        initials = tokens[-1] if tokens[-1].endswith(".") else tokens[-1] + "."
        return f"{natural_case(tokens[-2])} {initials}"
    if not whole:
        return _initials_then_surname(tokens) or _name_ending(tokens)
    while tokens and (
        tokens[0].casefold().rstrip(".") in HONORIFICS
        or tokens[0].casefold() in ("honourable", "honorable")
        or (tokens[0].endswith(".") and len(tokens[0]) <= 5)
    ):
        tokens = tokens[1:]  # ("Dr.", "Hj.", "Prof."): titles before the name
    while len(tokens) > 2 and tokens[0].casefold() in _FRATERNAL:
        tokens = tokens[1:]  # ("Presiding: Sister Ann Lee, President", as a union's minutes)
    while tokens and tokens[-1].rstrip(".").replace(".", "") in _POSTNOMINALS:
        tokens = tokens[:-1]  # ("Dame Rosalind Achebe DBE", "Ann Lee KC"): honours after it
    if not 2 <= len(tokens) <= 5:
        return None
    if not all(t[:1].isupper() or t in ("i", "y", "de", "da", "del") for t in tokens):
        return None
    if not all(name_shaped(t) and not stopword(t) for t in tokens if t[:1].isupper()):
        return None
    return " ".join(natural_case(t) if t.isupper() and len(t) > 1 else t for t in tokens)


_INITIAL_TOKEN = lazy(r"(?:[^\W\d_]\.){1,2}")


def _initials_then_surname(tokens: list[str]) -> str | None:
    """Initials and a surname that end a presiding line after an office, as Russian and
    Belarusian stenograms name the chair: "Председательствует Заместитель Председателя
    Государственной Думы Н. П. Савельева" -> "Н. П. Савельева", as printed."""
    if len(tokens) < 3:
        return None
    surname = tokens[-1].rstrip(".")
    if not (surname[:1].isupper() and len(surname) > 1 and surname.replace("-", "").isalpha()):
        return None
    k = len(tokens) - 1
    while k > 1 and len(tokens) - k <= 2 and tokens[k - 1][:1].isupper():
        if not _INITIAL_TOKEN.fullmatch(tokens[k - 1]):
            break
        k -= 1
    if k == len(tokens) - 1 or stopword(surname) or not name_shaped(surname):
        return None
    shown = natural_case(surname) if surname.isupper() else surname
    return " ".join([*tokens[k:-1], shown])


def _name_ending(tokens: list[str]) -> str | None:
    """Two to four words of a name that end a presiding line after a word in lower case:
    "Sjednicom predsjeda potpredsjednica Hrvatskoga sabora Ivana Horvat-Babić.",
    "Pirmininkauja ... Seimo Pirmininko pavaduotoja ONA JANKAUSKAITĖ-PETRIENĖ"."""
    if len(tokens) < 3:
        return None
    words = [*tokens[:-1], tokens[-1].rstrip(".")]
    verb = len(words)
    while verb > len(words) - 2 and words[verb - 1].isalpha() and words[verb - 1].islower():
        verb -= 1
    if verb < len(words) and words[verb - 1][:1].isupper():
        # the verb after the name, as languages that end a sentence with it write the
        # line: Kyrgyz "... орун басары Айгүл Сыдыкова алып барды." (conducted), Kazakh
        # "... Төрағасы Ерлан Сәрсенов жүргізді."
        words = words[:verb]
    k = len(words)
    while k > 0 and len(words) - k < 4:
        w = words[k - 1]
        if not (w[:1].isupper() and w.replace("-", "").isalpha()):
            break
        if stopword(w) or not name_shaped(w):
            break
        k -= 1
    run = words[k:]
    while len(run) > 2 and run[0].casefold().rstrip(".") in _EXCELLENCY | HONORIFICS | ADDRESS:
        run = run[1:]  # (a style before the name: "Presidiu a sessão Sua Excelência Ana Lee.")
    # (after a word in lower case, or after a comma: "kryesoi nënkryetarja e Kuvendit,
    # Drita Krasniqi-Berisha.", the chair's office in apposition before the name)
    if not 2 <= len(run) <= 4 or k == 0 or not (words[k - 1].islower() or words[k - 1][-1] == ","):
        return None
    if words[k - 1] in _GENITIVE_JOINERS or (
        k >= 2 and words[k - 2] in _GENITIVE_JOINERS and words[k - 1] in _BODY_ARTICLES
    ):
        # (an office's body: "..., Presidente da Assembleia Nacional.", "Presidenta de la
        # Asamblea Nacional.")
        return None
    if len({w.isupper() for w in run}) > 1:
        return None  # (one case for a name's words: "Ivana Lee", "ONA JANKAUSKAITĖ")
    return " ".join(natural_case(t) if t.isupper() and len(t) > 1 else t for t in run)


def _chairs_in_order(
    people: list[Person],
    turn_people: list[Person | None],
    named: dict[int, str],
    role_of: dict[int, str | None],
    context: str,
    known_first: set[str],
    head: str,
) -> None:
    """Offices of one stem given the same name (``M. le président``, ``Mme la présidente``)
    when the page names several holders in turn (``Présidence de M. Jean Leroy`` ...
    ``Présidence de Mme Sophie Laurent``): the first to speak is the first named."""
    offices = [p for p in people if id(p) in named and id(p) in role_of and p.parts.office]
    by_name: dict[str, list[Person]] = {}
    for p in offices:
        by_name.setdefault(named[id(p)], []).append(p)
    groups = [group for group in by_name.values() if len(group) >= 2]
    if not groups:
        return
    first_turn = {}
    for i, q in enumerate(turn_people):
        if q is not None and id(q) not in first_turn:
            first_turn[id(q)] = i
    for group in groups:
        word = group[0].parts.name.casefold().split()[-1]
        holders = list(
            dict.fromkeys(names_by_word(word, context + "\n" + head, known_first, stem=True))
        )
        if len(holders) != len(group):
            continue
        group.sort(key=lambda p: first_turn.get(id(p), 1 << 30))
        for p, holder in zip(group, holders, strict=True):
            named[id(p)] = holder


def shared_first_words(names: Iterable[str]) -> set[str]:
    """First words that open the names of two labels or more with different rests
    (``Raadslid Vanlommel``, ``Raadslid El Idrissi``): a function word, or a shared given
    name (told apart in :func:`retitled`), casefolded."""
    rests: dict[str, set[tuple[str, ...]]] = {}
    for name in names:
        words = name.split()
        if len(words) >= 2 and words[0][:1].isupper():
            rest = tuple(w.strip(".,;:").casefold() for w in words[1:])
            rests.setdefault(words[0].casefold(), set()).add(rest)
    # (a rest that opens another is the same name: "Андрій Мельничук" and a caption read as
    # a label, "Андрій Мельничук. Фото"; so is one with the same last word, a middle name or
    # a patronymic left out: "Олег Дмитриевич Савин", "Олег Савин")
    return {
        w
        for w, seen in rests.items()
        if len(seen) >= 2 and any(_other_rest(a, b, w) for a in seen for b in seen)
    }


def _other_rest(a: tuple[str, ...], b: tuple[str, ...], first: str) -> bool:
    # (a known title's word before a full name and a surname, "NAZİR RAUF ƏLİYEV", "NAZİR
    # ƏLİYEV", stays a title)
    same_last = a[-1] == b[-1] and first not in WORLD_TITLES and first not in TITLE_WORDS
    return a[: len(b)] != b and b[: len(a)] != a and not same_last


def retitled(parts: NameParts, shared: set[str], text: str) -> NameParts:
    """``Schepen De Bruycker`` -> ``Kris De Bruycker``, title ``Schepen``: a label's first word
    that opens other labels too (see :func:`shared_first_words`) is a title when the text
    names the rest in full with another first word (an attendance list, an agenda item);
    two speakers who share a given name (``John Smith``, ``John Doe``) are named by it."""
    words = parts.name.split()
    if parts.generic or parts.office or len(words) < 2 or words[0].casefold() not in shared:
        return parts
    full = particle_surname_full(" ".join(words[1:]), text, exclude=(words[0],))
    if full is None:
        return parts
    title = words[0] if parts.title is None else f"{parts.title} {words[0]}"
    return NameParts(full, title, parts.honorific, parts.role_word, parts.affiliation, False)


# particles that open a surname and are written in lower case inside it ("de la Cruz",
# "della Rovere", "bint Khalid"): never a title however the text writes them
_LOWER_PARTICLES = frozenset("della delle dello degli bint dela ibn".split())
_TITLE_MIN = 4  # (letters of a title word at least: "van", "de", "da" are particles)


def lowercase_title(name: str, text: str, name_words: set[str]) -> str | None:
    """The first word of a label's full name that the document also writes in lower case
    just before a capitalised word (``Agwonòm Nadège Pierre-Louis`` beside "avèk nou
    agwonòm Nadège", ``Representante Martín Olazábal`` beside "la señora representante
    Sosa"): a function or a profession said before a name, not a given name, which a text
    never writes in lower case. At least two words of the name stay after it, and the word
    after the lower-case one is a word of a speaker's name (``name_words``, casefolded: not
    "Faculty seminar Date: ..." for "Seminar Room B")."""
    words = name.split()
    if len(words) < 3:
        return None
    first = words[0]
    low = first.lower()
    if (
        len(first) < _TITLE_MIN
        or not first[:1].isupper()
        or low == first
        or low in _LOWER_PARTICLES
        or not all(w[:1].isupper() for w in words[1:])
    ):
        return None
    # (or its plural, as a record's head lists "Señoras Representantes Verónica Sosa y ...")
    forms = [low]
    if low.endswith("s"):
        forms.append(low[:-1])
    for form in forms:
        at = text.find(form + " ")
        while at >= 0:
            start = at + len(form) + 1
            nxt = text[start : start + 1]
            if (at == 0 or not text[at - 1].isalnum()) and nxt.isupper():
                end = start
                while end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
                    end += 1
                if text[start:end].casefold() in name_words:
                    return first
            at = text.find(form + " ", at + 1)
    return None


def shared_titles(names: Iterable[str], text: str) -> set[str]:
    """First words that open two labels' full names or more, each with a name of two words
    or more after it (``Depiote RANDRIANARISOA Tahina``, ``Depiote HARIMALALA Fara``), and
    that the text also says alone, with no name after it ("Eny, Ramatoa Depiote."): a title
    said before members' full names, casefolded. (:func:`retitled` reads a shared word
    before a surname alone.)"""
    rests: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if len(words) >= 3 and words[0][:1].isupper() and len(words[0]) >= _TITLE_MIN:
            rests.setdefault(words[0], set()).add(" ".join(words[1:]).casefold())
    found: set[str] = set()
    for word, seen in rests.items():
        if len(seen) < 2:
            continue
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            # (then a stop, or the text's end: "" is in any string)
            if (at == 0 or not text[at - 1].isalnum()) and text[end : end + 1] in ".,;!?":
                found.add(word.casefold())
                break
            at = text.find(word, end)
    return found
