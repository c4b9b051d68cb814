"""Names for numbered generic labels from what the speakers say.

A speech-to-text tool labels its voices ``Speaker 1``, ``Speaker 2`` (``Puhuja 1``,
``Sprecher 2``, ``SPEAKER_01``) while the people name themselves and each other: the host
says who they are ("I'm Laura Niemi", "minä olen Laura Niemi") and introduces the next
voice ("with me is Mikko Salo", "our guest is Anni Kettunen"). Two readings, in any
language written with capitals:

- a voice that names itself in its first turns (a phrase of self-introduction, then a
  name of two or three capitalised words) is that person;
- a voice heard for the first time right after a turn that names one person, and only
  one, who is not yet a speaker, is that person.

Only numbered generic labels are named so: a label with a name or a role keeps its own.

A chat export labels its people by the names saved in a phone ("Aakash DukaanDost"); one
who states their name for the record ("Aakash Verma, co-founder & CEO, ...") at the start
of a message is named so when the stated name opens with the label's first name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._regex import lazy
from .fullnames import name_shaped, stopword
from .names import CJK_TITLE_SUFFIXES, TITLE_WORDS, WORLD_TITLES

if TYPE_CHECKING:
    from .speakers import Person

# (what comes before one's own name, in the languages transcripts are published in)
_SELF = lazy(
    r"(?i)(?<!\w)(?:i'm|i’m|i am|my name is|my name's|my name’s|ich bin|ich heiße|mein name ist|je suis|"
    r"je m'appelle|je m’appelle|soy|me llamo|mi nombre es|ik ben|mijn naam is|sono|"
    r"mi chiamo|sou|meu nome é|minä olen|mä oon|olen|jag heter|jag är|jeg hedder|jeg heter|"
    r"jeg er|jestem|nazywam się|jsem|jmenuji se|nama saya|saya|benim adım|меня зовут|"
    # (the spoken forms: "my name's", Dutch "ik heet", Portuguese "me chamo", "chamo-me")
    r"ik heet|me chamo|chamo-me)"
    r"[ \t]+"
)
# two or three capitalised words (not at a sentence's start: "Welcome Anni." greets)
_FULL = lazy(r"(?<!\w)([^\W\d_a-z][\w'’\-]+(?:[ \t]+[^\W\d_a-z][\w'’\-]+){1,2})")
_ARTICLES = frozenset(
    "the a an die der den dem des das ein eine einen la le les el los las il lo gli un une "
    "una uno het de een o os as".split()
)
_WORD = lazy(r"[^\W\d_][\w'’\-]*")
_FIRST_TURNS = 3  # a voice names itself early
_HEAD = 300  # characters of a turn read for it


def _first_turns(
    people: list[Person], turn_people: Sequence[Person | None], k: int
) -> list[tuple[Person, list[int]]]:
    """Each person with the indexes of their first ``k`` turns (read once, no text made)."""
    out: dict[int, list[int]] = {id(p): [] for p in people}
    left = len(people)
    for i, q in enumerate(turn_people):
        if not left:
            break
        got = out.get(id(q)) if q is not None else None
        if got is not None and len(got) < k:
            got.append(i)
            if len(got) == k:
                left -= 1
    return [(p, out[id(p)]) for p in people]


def _numbered(p: Person) -> bool:
    return p.generic and any(c.isdigit() for c in p.name)


def _name_words(words: list[str]) -> bool:
    return all(w[:1].isupper() and name_shaped(w) and not stopword(w) for w in words)


def _self_named(text: str) -> str | None:
    """The name a speaker gives as their own in ``text``: "I'm Ann Lee" -> "Ann Lee"."""
    for m in _SELF.finditer(text):
        names: list[str] = []
        end = m.end()
        for w in _WORD.finditer(text, m.end(), m.end() + 60):
            if (names and text[end : w.start()].strip()) or not w.group()[:1].isupper():
                break  # (a comma, a full stop or a word in lower case ends the name)
            names.append(w.group())
            end = w.end()
            if len(names) == 3:
                break
        if 2 <= len(names) <= 3 and _name_words(names):
            return " ".join(names)
    return None


# A Chinese self-introduction near a turn's start: "我是" or "我叫", the firm and "的", a
# post, then the name ("我是渝东冷链的创始人何建川，"), or the name alone ("大家好，我是孟凡。");
# Japanese: the firm, "の", the surname, "です" or "と申します" ("営業部の田中です。")
_SELF_ZH = lazy(
    r"(?:^|[，。！？、,.!?\s])(?:我是|我叫)([\u4e00-\u9fff]{2,24})(?=[，。！？、,.!?\s]|$)"
)
_SELF_JA_AT = lazy(
    r"(?:^|[、。！？\s])(?:[^。！？\n]{0,30}?の)([\u4e00-\u9fff々]{1,4})(?:と申します|です)[。、]"
)
# posts said before one's name in a Chinese self-introduction, besides the titles of
# labels ("创始人何建川", "记者王芳")
_ZH_POSTS = (
    *CJK_TITLE_SUFFIXES,
    *"主持人 发言人 發言人 主任 教授 总监 總監 总裁 總裁 董事长 董事長 经理 經理 创始人 創始人 "
    "负责人 負責人 记者 記者 老板 老闆 店长 店長 院长 院長 校长 校長 医生 醫生 老师 老師 书记 "
    "書記 主编 主編 站长 站長 所长 所長 律师 律師".split(),
)
_ZH_NAME = 3  # (a Chinese full name after a post: a one-character surname, two given)
# first characters of words that follow "我是" and are no name: "觉得", "说", "想", "这样"
_ZH_NOT_NAME = frozenset("觉覺说說想要会會在从從因这這那不很也都就还還真怎为為")


def _self_named_cjk(text: str) -> str | None:
    """The name a numbered voice gives as its own in Chinese or Japanese, near its turn's
    start (see _SELF_ZH): "我是渝东冷链的创始人何建川" -> "何建川"."""
    if not any("\u3040" <= c <= "\u9fff" for c in text[:40]):
        return None  # (no kana or Han in the turn's first words: the common case)
    m = _SELF_ZH.search(text, 0, 80)
    if m is not None:
        said = m.group(1)
        if len(said) <= 3 and "的" not in said:
            # ("我是孟凡。"; not a verb after "我是": "我是觉得，", "我是说，")
            return said if len(said) >= 2 and said[0] not in _ZH_NOT_NAME else None
        rest = said.rsplit("的", 1)[-1]
        for post in _ZH_POSTS:
            if not rest.startswith(post):
                continue
            name = rest[len(post) :]
            return name if 2 <= len(name) <= _ZH_NAME else None
        return None
    j = _SELF_JA_AT.search(text, 0, 80)
    return j.group(1) if j is not None and len(j.group(1)) >= 2 else None


def _is_cjk_word(word: str) -> bool:
    return 1 < len(word) <= 4 and all("\u3040" <= c <= "\u9fff" for c in word)


def name_self_introduced_posts(
    people: list[Person], turn_people: Sequence[Person | None], texts: Sequence[str]
) -> None:
    """A speaker labelled by a post's word alone ("主持人", "司会") who says that post and
    their name near the start of their first turns, as an online interview's host opens it:
    "我是主持人周婷" -> "周婷", "司会の田中です" -> "田中" (the one that name labels no one else)."""
    posts = [p for p in people if _is_cjk_word(p.name) and not p.named_in_label and not p.title]
    if not posts:
        return
    taken = {p.name for p in people}
    for p, own in _first_turns(posts, turn_people, 2):
        for i in own:
            head = texts[i][:_HEAD]
            at = head.find(p.name, 0, 80)
            if at < 0:
                continue
            name = None
            m = _SELF_ZH.search(head, 0, 80)
            rest = m.group(1).rsplit("的", 1)[-1] if m is not None else ""
            if rest.startswith(p.name) and 2 <= len(rest) - len(p.name) <= _ZH_NAME:
                name = rest[len(p.name) :]
            elif m is None:
                j = _POST_SELF_JA.match(head, at + len(p.name))
                name = j.group(1) if j is not None and len(j.group(1)) >= 2 else None
            if name is not None and name not in taken:
                p.title = p.title or p.name
                p.name = name
                taken.add(name)
                p.evidence.append(f"names themself {name!r}")
                break


# ... in Japanese after the post: "司会の田中です", "司会を務めます田中と申します"
_POST_SELF_JA = lazy(r"(?:の|を務めます|を務める)([\u4e00-\u9fff々]{1,4})(?:と申します|です)")


def _full_names(text: str) -> list[str]:
    """The full names written inside ``text`` (not opening one of its sentences)."""
    out: list[str] = []
    for m in _FULL.finditer(text):
        a = m.start()
        k = a - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        if k < 0 or text[k] in '.!?:;\n"“«':
            continue  # (a sentence's first word is capitalised whatever it is)
        words = m.group(1).split()
        before = text[max(0, a - 12) : a].split()
        if len(words) == 3 and before and before[-1].casefold() in _ARTICLES:
            words = words[1:]  # ("die Architektin Petra Vogel": a noun after its article)
        if _name_words(words):
            out.append(" ".join(words))
    return out


# words before a name that make it a place, not a person ("desde Villa Constitución", "at
# Fair Isle", "de la Universidad Nacional"), in the languages of _SELF
_PLACE_BEFORE = frozenset(
    "from in at of into near desde en de del hasta em no na do da dos das aus von vom nach "
    "bei dans au aux di dal nel".split()
)
# titles before a person's name in an introduction ("la doctora Elena Ruiz")
_TITLES_BEFORE = frozenset(
    "dr dra doctor doctora doutor doutora dottore dottoressa docteur prof profesor profesora "
    "professor professora professeur ingeniero ingeniera licenciado licenciada".split()
)
# a sentence's first words, capitalised, then a comma: whom it addresses ("Ally MacRae,
# welcome.", "Julián, desde Villa Constitución, adelante")
_VOCATIVE = lazy(r"(?:^|[.!?…][ \t]+)([^\W\d_a-z][\w'’\-]+(?:[ \t]+[^\W\d_a-z][\w'’\-]+){0,2}),")


def _introduced_names(text: str) -> set[str]:
    """The full names ``text`` introduces: those of :func:`_full_names` that no place
    word precedes; when several, the ones a title precedes, if that leaves one."""
    found: dict[str, bool] = {}
    for name in _full_names(text):
        at = text.find(name)
        before = [w.casefold().rstrip(".,") for w in text[max(0, at - 24) : at].split()[-2:]]
        if any(w in _PLACE_BEFORE for w in before):
            continue
        found[name] = bool(before) and (before[-1] in _TITLES_BEFORE or before[-1] in TITLE_WORDS)
    if len(found) > 1:
        titled = [n for n, t in found.items() if t]
        if len(titled) == 1:
            return set(titled)
    return set(found)


def _addressed(text: str, texts: Sequence[str]) -> str | None:
    """The one name ``text`` addresses at the start of a sentence after its first ("Julián,
    desde ..."); a single word only when the conversation addresses it after a comma too
    ("Gracias, Julián.")."""
    names: set[str] = set()
    for m in _VOCATIVE.finditer(text):
        if m.start(1) == 0:
            continue  # (a turn's first words greet: "Guten Abend, ...", "Good evening, ...")
        words = m.group(1).split()
        if not _name_words(words) or words[0].casefold() in _TITLES_BEFORE | TITLE_WORDS:
            continue  # ("Doctora, ¿qué ...?" addresses a title)
        if len(words) == 1 and not any(f", {words[0]}" in t for t in texts):
            continue
        names.add(m.group(1))
    return names.pop() if len(names) == 1 else None


def name_numbered_speakers(
    people: list[Person], turn_people: Sequence[Person | None], texts: Sequence[str], text: str = ""
) -> None:
    """Give the numbered generic speakers the names they are given in speech (see the
    module's docstring)."""
    numbered = [p for p in people if _numbered(p)]
    if len(numbered) < 2:
        return
    taken = {p.name for p in people if not p.generic}
    named: dict[int, str] = {}
    for p, own in _first_turns(numbered, turn_people, _FIRST_TURNS):
        for i in own:
            name = _self_named(texts[i][:_HEAD]) or _self_named_cjk(texts[i][:_HEAD])
            if name is not None and name not in taken and name not in named.values():
                named[id(p)] = name
                p.evidence.append(f"names themself {name!r}")
                break
    seen: set[int] = set()
    for i, q in enumerate(turn_people):
        if q is None or id(q) in seen:
            continue
        seen.add(id(q))
        if i == 0 or not _numbered(q) or id(q) in named:
            continue
        prev = turn_people[i - 1]
        if prev is None or prev is q:
            continue
        # (whom the turn addresses first: "Ally MacRae, welcome." after "from Muckle
        # Flugga to Sule Skerry"; else whom it introduces)
        spoken_to = _addressed(texts[i - 1], texts)
        if spoken_to is not None and spoken_to not in taken | set(named.values()):
            said = {spoken_to}
        else:
            said = {
                n
                for n in _introduced_names(texts[i - 1])
                if n not in taken and n not in named.values()
            }
        if len(said) == 1:
            name = said.pop()
            named[id(q)] = name
            q.evidence.append(f"introduced as {name!r} just before their first turn")
    for p in numbered:
        if id(p) in named:
            p.name = _with_given_name(named[id(p)], text)


def _with_given_name(name: str, text: str) -> str:
    """The fuller form of a name said with a nickname for the given name ("Ally MacRae")
    that ``text`` prints with the given name and the nickname in quotes ('Alasdair "Ally"
    MacRae')."""
    words = name.split()
    if len(words) != 2 or not text:
        return name
    nick, last = words
    for q in ('"', "“"):
        at = text.find(f"{q}{nick}", 0)
        while at > 0:
            close = at + 1 + len(nick)
            if text[close : close + 1] in ('"', "”") and text[close + 1 :].lstrip(" ").startswith(
                last
            ):
                before = text[max(0, at - 40) : at].split()
                if before and _name_words(before[-1:]):
                    return f"{before[-1]} {q}{nick}{text[close]} {last}"
            at = text.find(f"{q}{nick}", at + 1)
    return name


# a full name at a turn's start, a comma, then an office: "Aakash Verma, co-founder & CEO"
_STATED = lazy(r"([^\W\d_][\w'’\-]+)[ \t]+([^\W\d_][\w'’\-]+),[ \t]+([^\n.]{2,60})")


def _office(words: str) -> bool:
    return any(
        w in TITLE_WORDS or w in WORLD_TITLES or w.replace("-", "") in TITLE_WORDS
        for w in re.findall(r"[\w\-]+", words.casefold())
    )


def name_stated_names(
    people: list[Person], turn_people: Sequence[Person | None], texts: Sequence[str]
) -> None:
    """A speaker labelled by a name who states a fuller one at the start of a message
    ("Aakash Verma, co-founder & CEO") takes it (see the module's docstring)."""
    named = [p for p in people if not p.generic and len(p.name.split()) == 2]
    for p, own in _first_turns(named, turn_people, _FIRST_TURNS * 2):
        words = p.name.split()
        for i in own:
            m = _STATED.match(texts[i][:_HEAD])
            if (
                m is not None
                and m.group(1) == words[0]
                and m.group(2) != words[1]
                and _name_words([m.group(1), m.group(2)])
                and _office(m.group(3))
            ):
                p.name = f"{m.group(1)} {m.group(2)}"
                p.evidence.append(f"states their name {p.name!r}")
                break


# A questioner labelled by a role word and a letter or a number ("質問者A", "質問者1",
# "記者2"), as Japanese IR pages and press conferences print them
_LETTERED_ROLE = lazy(r"[\u3040-\u30ff\u4e00-\u9fff]{1,6}[ 　]?[A-Za-zＡ-Ｚａ-ｚ0-9０-９]{1,2}")
# ... who names themself first: "みずなみ証券の佐藤です。", "ゴールドバーグ・アセットの林と申し
# ます。" (their firm, の, the surname, the copula), "佐藤と申します。"
_SELF_JA = lazy(
    r"(?:[^。！？\n]{0,30}?の)?([\u4e00-\u9fff々]{1,4}(?:[ 　][\u4e00-\u9fff々\u3040-\u309f]{1,4})?)"
    r"(?:と申します|でございます|です)[。、]"
)


def name_self_introduced_askers(
    people: list[Person], turn_people: Sequence[Person | None], texts: Sequence[str]
) -> None:
    """A questioner labelled by a role word and a letter ("質問者A") who names themself at
    the start of their first turn ("みずなみ証券の佐藤です。") is that person."""
    lettered = [
        p
        for p in people
        # (a first character of the kana and kanji blocks, before the pattern is compiled)
        if not p.generic and "\u3040" <= p.name[:1] <= "\u9fff" and _LETTERED_ROLE.fullmatch(p.name)
    ]
    if not lettered:
        return
    taken = {p.name for p in people}
    for p, own in _first_turns(lettered, turn_people, 1):
        for i in own:
            text = texts[i][:_HEAD]
            m = _SELF_JA.match(text)
            # (a firm before the name, or the humble form: "質問です。" names no one)
            if m is None or not (m.group(0).find("の") >= 0 or "申します" in m.group(0)):
                continue
            name = m.group(1)
            if name not in taken:
                p.evidence.append(f"names themself {name!r}")
                p.name = name
                taken.add(name)


def _folded(word: str) -> str:
    """``word`` in small letters without accents or marks: "Fernandes" -> "fernandes"."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", word.casefold()) if c.isalnum() and c.isascii()
    )


def _handle_of(handle: str, words: list[str]) -> bool:
    """The account handle ``handle`` is made of the name ``words``: "mfernandes" of Marcos
    Fernandes (the initial and the surname), "marcos.fernandes", "fernandesm", "marcosf"."""
    h = _folded(handle)
    first, last = _folded(words[0]), _folded(words[-1])
    if not first or not last:
        return False
    return h in {first + last, first[0] + last, last + first[0], first + last[0], last + first}


def _handle_short_of(handle: str, words: list[str]) -> bool:
    """The handle ``handle`` is the start of a given name and then letters of the surname
    in order, its first one first: "bianog" of Bia Nogueira, "rafa.tx" of Rafael Teixeira."""
    h = _folded(handle)
    first, last = _folded(words[0]), _folded(words[-1])
    if len(first) < 3 or not last:
        return False
    for k in range(3, len(first) + 1):
        if h[:k] != first[:k]:
            break
        rest = h[k:]
        if rest and rest[0] == last[0]:
            it = iter(last)
            if all(c in it for c in rest):  # (in order: a subsequence of the surname)
                return True
    return False


def name_handle_speakers(
    people: list[Person], turn_people: Sequence[Person | None], texts: Sequence[str]
) -> None:
    """A speaker labelled by an account's handle ("mfernandes") who says their name in
    their first turns ("Marcos Fernandes aqui", "this is Marcos Fernandes") is that person,
    when the handle is made of the name (see :func:`_handle_of`)."""
    handles = [p for p in people if " " not in p.name and p.name.islower() and len(p.name) >= 4]
    if not handles:
        return
    taken = {p.name for p in people}
    for p, own in _first_turns(handles, turn_people, _FIRST_TURNS):
        for i in own:
            head = texts[i][:_HEAD]
            found = [n for n in (_self_named(head), *_FULL.findall(head)) if n]
            for name in found:
                words = name.split()
                if name not in taken and _name_words(words) and _handle_of(p.name, words):
                    p.evidence.append(f"says their name {name!r}, the handle's")
                    p.name = name
                    taken.add(name)
                    break
            else:
                continue
            break
    # a handle cut from a name the first turns give (a moderator's announcement: "a Bia
    # Nogueira ... vai entrevistar o Rafael Teixeira"): the one such name
    left = [p for p in handles if " " not in p.name]
    if not left:
        return
    said = " ".join(texts[i][: _HEAD * 2] for i in range(min(len(texts), _FIRST_TURNS * 2)))
    names = {n for n in _FULL.findall(said) if n not in taken and _name_words(n.split())}
    for p in left:
        fits = [n for n in names if _handle_short_of(p.name, n.split())]
        if len(fits) == 1:
            p.evidence.append(f"the handle is cut from {fits[0]!r}, named on the page")
            p.name = fits[0]
            taken.add(fits[0])
