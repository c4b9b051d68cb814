"""Who an article says spoke each quotation.

Rules, tried in order for each quotation (the first that names someone wins):

1. a cue right after the quotation: ``"...," Blinken said`` / ``said the secretary`` / ``he said``;
2. passive: ``"..." by the Russian government``;
3. a cue right before it: ``Blinken said: "..."``;
4. a parenthetical cue in the sentence: ``President Biden, said Blinken, had told ...``;
5. the nearest speech verb of the sentence, before the quotation, else after it (reported
   speech, ``what he called "..."``, headlines); a participle (``warning``, ``citing``) or a
   verb with no subject of its own takes the sentence's subject;
6. no cue: the speaker of the previous quotation (a continuation paragraph), else the person
   the text is about.

Pronouns resolve to the subject of the sentence, an agent (``by NAME``) or, failing those,
the person the previous sentences were about; ``the secretary`` to the last person with
that title; a surname to the full name the article gave earlier.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ._extract import Paragraph, RawQuote

_SPEECH = frozenset(
    """said say says told tells added adds warned warns stated states declared declares argued
    argues insisted insists noted notes explained explains asked asks replied replies responded
    responds wrote writes urged urges claimed claims continued continues acknowledged admitted
    announced announces recalled recalls remarked observed suggested suggests cautioned
    cautions confirmed confirms denied denies described describes emphasized emphasised
    emphasizes emphasises stressed stresses reiterated reiterates promised promises vowed vows
    predicted predicts tweeted posted complained complains conceded concluded communicated
    testified agreed countered shouted called calls pledged threatened threatens accused accuses
    joked jokes quipped laughed sighed admits boasted boasts lamented laments mused pointed
    texted emailed demanded demands questioned wondered wonders retorted answered answers
    estimated pleaded begged yelled screamed whispered muttered dubbed termed labeled labelled
    branded slammed slams blasted blasts criticized criticised criticizes criticises praised
    praises hailed hails welcomed welcomes condemned condemns denounced denounces charged
    alleged alleges maintained maintains contended contends asserted asserts repeated repeats
    informed assured assures recounted remembered defended defends acknowledges concedes
    cautions explains insists recalls remarks observes predicts
    dijo dice afirmó afirma declaró señaló explicó aseguró añadió agregó indicó sostuvo advirtió
    manifestó expresó subrayó destacó comentó respondió preguntó
    déclaré dit affirmé expliqué ajouté souligné estimé indiqué assuré averti répondu lancé
    déclare affirme explique ajoute souligne estime indique assure
    sagte sagt sagten erklärte erklärt betonte betont meinte meint warnte kritisierte forderte
    schrieb antwortete
    detto dichiarato affermato spiegato aggiunto disse dichiara afferma
    disse afirmou declarou explicou acrescentou
    zei zegt verklaarde
    сказал сказала заявил заявила отметил отметила подчеркнул подчеркнула""".split()
)
_PARTICIPLES = frozenset(
    """saying telling adding warning citing calling accusing urging describing noting insisting
    arguing stressing reaffirming declaring explaining asking replying claiming quoting
    diciendo afirmando añadiendo disant ajoutant affirmant""".split()
)
_AUX = frozenset(
    """has had have was is were are would will also further then later again only previously
    recently once had already still a avait ont hat hatte ha habían había""".split()
)
_PRONOUNS = frozenset("he she they il elle ils elles er sie él ella lui".split())
_ROLES = frozenset(
    """secretary minister president spokesman spokeswoman spokesperson official ministry
    government agency chancellor senator governor mayor ambassador diplomat envoy chief director
    chairman chairwoman chair ceo premier leader general commander judge prosecutor lawmaker
    company department office kremlin embassy police army military statement""".split()
)
_TITLE_WORDS = frozenset(
    """secretary state minister foreign prime president vice defense defence senator sen rep
    representative governor gov mayor chancellor ambassador general gen mr mrs ms mx dr prof
    professor chief spokesman spokeswoman spokesperson director chairman chairwoman chair king
    queen prince pope judge justice deputy interior finance economy treasury attorney
    commissioner ceo counterpart leader envoy sir dame lord lady officer commander admiral
    colonel col captain lt sheikh m mme mlle sr sra srta herr frau señor señora monsieur madame
    hr fr canciller ministro ministra ministre presidente présidente portavoz porte-parole
    sprecher sprecherin kanzler kanzlerin former""".split()
)
# capitalised words that start a sentence or a byline, never a name
_LEADING = frozenset(
    """by in at on for from with and but as after before when while if according asked
    pressed speaking addressing writing photo source meanwhile however also then this that
    these those there here""".split()
)
_CONNECT = frozenset("of de la del der von van al bin da di du le".split())
_PREPOSITIONS = frozenset(
    "of with to for from at in on into about against between among during after before over "
    "under toward towards than like".split()
)
_ABBREV = frozenset(
    "mr mrs ms dr st gen sen rep gov lt col capt prof jan feb mar apr jun jul aug sep sept oct "
    "nov dec no vs etc inc ltd jr sr co corp".split()
)
_TOKEN = re.compile(
    r"(?:\w\.){2,}|(?:Mr|Mrs|Ms|Dr|St|M|Mme|Mlle|Sr|Sra|Srta|Hr|Fr|Prof|Gen|Sen|Rep|Gov|Lt|Col)\."
    r"|\w+(?:[-'’&/.]\w+)*|[^\w\s]"
)
# Chinese: NAME + a speech verb right before the quotation (拉夫罗夫表示：「…」)
_CJK_CUE = re.compile(
    r"([\u4e00-\u9fff]{2,4}?)(?:先生|女士)?(?:说|說|表示|指出|称|稱|强调|強調|回答)[：:，,]?\s*$"
)
# Japanese: NAME (+ title) + は/が right before the quotation, と述べた etc. after it
_JA_BEFORE = re.compile(
    r"([\u30a0-\u30ff]{2,12}|[\u4e00-\u9fff]{2,4}?)"
    r"(?:氏|さん|外相|首相|大統領|長官|大臣|議員|社長)?(?:は|が)\s*$"
)
_JA_AFTER = re.compile(r"^\s*と(?:述べ|語っ|話し|言っ|説明|強調|明らかに)")


@dataclass(slots=True)
class Tok:
    text: str
    start: int
    end: int
    quote: int = -1  # >= 0: this token stands for quotation number ``quote``

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        return self.quote < 0 and self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Attributed:
    speaker: str | None
    kind: str
    cue: tuple[int, int] | None  # character span of the cue
    mention: str | None


@dataclass(slots=True)
class _People:
    """The people the article names: surname -> full name, and their title words."""

    full: dict[str, str] = field(default_factory=dict)
    titles: list[tuple[str, set[str]]] = field(default_factory=list)

    def add(self, name: list[str], titles: list[str]) -> None:
        if not name:
            return
        full = " ".join(name)
        key = _fold(name[-1])
        if (len(name) >= 2 and len(full) > len(self.full.get(key, ""))) or (
            titles and key not in self.full
        ):
            self.full[key] = full
        if titles:
            self.titles.append((self.canonical(full), {_fold(t) for t in titles}))

    def is_person(self, name: str) -> bool:
        return _fold(name.split()[-1]) in self.full or len(name.split()) >= 2

    def canonical(self, name: str) -> str:
        parts = name.split()
        return self.full.get(_fold(parts[-1]), name) if parts else name

    def by_role(self, role: str) -> str | None:
        for person, titles in reversed(self.titles):
            if role in titles:
                return person
        return None


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip(".")


def _tokens(text: str, start: int, end: int, quotes: list[tuple[int, RawQuote]]) -> list[Tok]:
    """Tokens of ``text[start:end]`` with each quotation (marks included) as one token."""
    out: list[Tok] = []
    pos = start
    for qi, q in quotes:
        a = q.open_at
        b = min(q.close_at + 1, len(text))
        out.extend(_plain(text, pos, a))
        out.append(Tok(text[q.start : q.end], a, b, qi))
        pos = b
    out.extend(_plain(text, pos, end))
    return out


def _plain(text: str, a: int, b: int) -> list[Tok]:
    out: list[Tok] = []
    for m in _TOKEN.finditer(text, a, b):
        w = m.group()
        gap = text[out[-1].end if out else a : m.start()]
        if "\n" in gap and w[:1].isupper() and out and (out[-1].cap or out[-1].text in ".!?:"):
            out.append(Tok("\n", m.start(), m.start()))  # a caption or headline line ends
        # lines run together ("UkraineBlinken warns"): split where a lowercase run meets a
        # capital, keeping a sentence break between the two
        cm = re.match(r"^(\w*[a-z]{3})([A-Z][a-z]+)$", w)
        if cm:
            s = m.start()
            out.append(Tok(cm.group(1), s, s + len(cm.group(1))))
            out.append(Tok("\n", s + len(cm.group(1)), s + len(cm.group(1))))
            out.append(Tok(cm.group(2), s + len(cm.group(1)), m.end()))
        else:
            out.append(Tok(w, m.start(), m.end()))
    return out


def _sentences(toks: list[Tok]) -> list[list[Tok]]:
    out: list[list[Tok]] = []
    cur: list[Tok] = []
    for i, t in enumerate(toks):
        if t.text == "\n":
            if cur:
                out.append(cur)
            cur = []
            continue
        cur.append(t)
        if t.quote < 0 and t.text in ".!?" and i + 1 < len(toks):
            prev = toks[i - 1].low if i else ""
            nxt = toks[i + 1]
            if t.text == "." and (prev in _ABBREV or len(prev) == 1):
                continue
            if nxt.cap or nxt.quote >= 0 or nxt.text == "\n":
                out.append(cur)
                cur = []
    if cur:
        out.append(cur)
    return out


class Attributor:
    """Attribution for the quotations of one article (stateful: reads in order)."""

    def __init__(self, text: str, paras: list[Paragraph], quotes: list[RawQuote]) -> None:
        self.text = text
        self.paras = paras
        self.quotes = quotes
        self.people = _People()
        self.salient: str | None = None
        self.result: list[Attributed | None] = [None] * len(quotes)

    # ------------------------------------------------------------------ noun phrases
    def _np_left(self, s: list[Tok], v: int) -> tuple[int, int] | None:
        j = v - 1
        while (j >= 0 and s[j].quote < 0 and s[j].low in _AUX) or (
            j >= 0 and s[j].low.endswith("ly") and s[j].quote < 0 and not s[j].cap
        ):
            j -= 1
        if j >= 2 and s[j].text == "," and s[j - 1].cap:
            # an appositive: "The prime minister, Boris Johnson, said"
            k = j - 1
            while k >= 0 and s[k].quote < 0 and (s[k].cap or s[k].low in _CONNECT):
                k -= 1
            if (
                k >= 1
                and s[k].text == ","
                and (s[k - 1].low in _ROLES or _fold(s[k - 1].text) in _TITLE_WORDS)
                and not any(t.low in ("who", "which", "that") for t in s[:k])
            ):
                return k + 1, j
        end = j + 1
        if j >= 0 and s[j].low in _PRONOUNS:
            return j, j + 1
        while j >= 0 and s[j].quote < 0:
            w = s[j]
            if w.low in _SPEECH or w.low in _PARTICIPLES:
                break
            if w.cap or (w.low in _ROLES and (j + 1 == end)):
                j -= 1
                continue
            if w.low in _CONNECT and j + 1 < end and j > 0 and s[j - 1].cap:
                j -= 1
                continue
            if w.low in ("the", "el", "la", "le", "der", "die") and j + 1 < end:
                j -= 1
            break
        start = j + 1
        while start < end - 1 and s[start].low in _LEADING:
            start += 1  # "By Staff Reporter", "In Washington": not part of a name
        # a possessive ends a noun phrase: "Russia's Lavrov" -> "Lavrov"
        for k in range(end - 1, start - 1, -1):
            if s[k].text.endswith(("'s", "’s")) and k < end - 1:
                start = k + 1
                break
        return (start, end) if start < end else None

    def _np_right(self, s: list[Tok], v: int) -> tuple[int, int] | None:
        j = v + 1
        if j < len(s) and s[j].low in ("the", "el", "la", "le", "der", "die"):
            j += 1
        k = j
        while k < len(s) and s[k].quote < 0 and not s[k].cap and _fold(s[k].text) in _TITLE_WORDS:
            k += 1  # "dijo el canciller Lavrov", "said former minister Smith"
        if k > j and k < len(s) and s[k].cap:
            j = k
        if j < len(s) and s[j].low in _PRONOUNS:
            return j, j + 1
        start = j
        while (
            j < len(s)
            and s[j].quote < 0
            and (
                s[j].cap or (s[j].low in _CONNECT and j > start and j + 1 < len(s) and s[j + 1].cap)
            )
        ):
            if s[j].low in _SPEECH:
                break
            j += 1
        if j < len(s) and s[j].low in _ROLES and s[j].quote < 0:
            j += 1
        if j == start:
            return None
        if s[start - 1].low in ("the", "el", "la", "le", "der", "die"):
            start -= 1
        return start, j

    def _name_of(self, s: list[Tok], np: tuple[int, int], before: int) -> str | None:
        """A speaker from a noun phrase: a pronoun or role resolved, titles dropped."""
        words = [t.text for t in s[np[0] : np[1]]]
        if len(words) == 1 and words[0].lower() in _PRONOUNS:
            return self._resolve_pronoun(s, before)
        if words and words[0].lower() in ("the", "el", "la", "le", "der", "die"):
            words = words[1:]
        if not words:
            return None
        if len(words) == 1 and words[0].lower() in _ROLES and not words[0][:1].isupper():
            return self.people.by_role(words[0].lower()) or words[0]
        name, titles = split_title(words)
        if not name:
            role = words[-1].lower()
            return self.people.by_role(role) or " ".join(words)
        self.people.add(name, titles)
        return self.people.canonical(" ".join(name))

    def _resolve_pronoun(self, s: list[Tok], before: int) -> str | None:
        best = None
        for np in self._subjects(s, before):
            words = [t.text for t in s[np[0] : np[1]]]
            name, _ = split_title(words)
            if name and self.people.is_person(" ".join(name)):
                best = self.people.canonical(" ".join(name))
        return best or self.salient

    def _subjects(self, s: list[Tok], limit: int) -> list[tuple[int, int]]:
        """Noun phrases before token ``limit`` that act: the sentence's first (when it names
        a person), those right before a verb, and agents (``by NAME``)."""
        out = []
        i = 0
        first = True
        while i < limit:
            if s[i].cap and s[i].low not in _SPEECH and s[i].low not in _PARTICIPLES:
                j = i
                while (
                    j < limit
                    and s[j].quote < 0
                    and (s[j].cap or (s[j].low in _CONNECT and j + 1 < limit and s[j + 1].cap))
                    and s[j].low not in _SPEECH
                ):
                    j += 1
                prev = s[i - 1].low if i else ""
                nxt = s[j].low if j < len(s) else ""
                acts = nxt in _SPEECH or nxt in _AUX or nxt.endswith("ed") or prev == "by"
                words = [t.text for t in s[i:j]]
                for k in range(len(words) - 1, -1, -1):
                    if words[k].endswith(("'s", "’s")):
                        i += k + 1  # "Russia's Lavrov": the possessor does not act
                        break
                while i < j - 1 and s[i].low in _LEADING:
                    i += 1
                name, _ = split_title([t.text for t in s[i:j]])
                person = bool(name) and self.people.is_person(" ".join(name))
                lone = j - i == 1 and s[i].low.endswith(("ed", "ing"))  # "Pressed on ..."
                leads = (
                    nxt == ","
                    or (nxt[:1].islower() and nxt not in _PREPOSITIONS and nxt not in _CONNECT)
                ) and not lone
                if (first and prev not in _PREPOSITIONS and (person or leads)) or (acts and i < j):
                    out.append((i, j))
                first = False
                i = j
                continue
            if s[i].quote < 0 and s[i].low in _PRONOUNS:
                first = False
            i += 1
        return out

    def _main_subject(self, s: list[Tok], limit: int) -> str | None:
        for np in self._subjects(s, limit):
            name = self._name_of(s, np, np[0])
            if name:
                return name
            break
        for i in range(min(limit, len(s))):
            if s[i].quote < 0 and s[i].low in _PRONOUNS:
                return self._resolve_pronoun(s, i)
        return None

    # ------------------------------------------------------------------ the rules
    def _verb_at(self, s: list[Tok], i: int) -> bool:
        t = s[i]
        if t.quote >= 0:
            return False
        if t.low == "went" and i + 1 < len(s) and s[i + 1].low == "on":
            return True
        if t.low == "according" and i + 1 < len(s) and s[i + 1].low == "to":
            return True
        return t.low in _SPEECH or t.low in _PARTICIPLES

    def _from_verb(self, s: list[Tok], v: int, q: int) -> str | None:
        t = s[v]
        if t.low == "according":
            np = self._np_right(s, v + 1)
            return self._name_of(s, np, v) if np else None
        if t.low in _PARTICIPLES:
            # "X said ..., citing": the participle's subject is that of the verb before it
            for u in range(v - 1, -1, -1):
                if self._verb_at(s, u) and s[u].low not in _PARTICIPLES:
                    return self._from_verb(s, u, q)
            return self._main_subject(s, v)
        np = self._np_left(s, v)
        if np is not None:
            return self._name_of(s, np, np[0])
        np = self._np_right(s, v + 1 if t.low == "went" else v)
        if np is not None and np[0] > v and (np[1] <= q or q < v):
            return self._name_of(s, np, v)
        return self._main_subject(s, v)

    def _cue(self, s: list[Tok], a: int, b: int) -> tuple[int, int]:
        return s[a].start, s[b - 1].end

    def attribute_sentence(self, s: list[Tok]) -> None:
        qpos = [i for i, t in enumerate(s) if t.quote >= 0]
        paren = self._parenthetical(s)
        for i in qpos:
            got = self._attribute_one(s, i, paren)
            self.result[s[i].quote] = got
        for i in qpos:
            r = self.result[s[i].quote]
            if r is not None and r.speaker and self.people.is_person(r.speaker):
                self.salient = r.speaker
                return
        subj = self._main_subject(s, len(s))
        if subj and self.people.is_person(subj) and subj[:1].isupper():
            self.salient = subj

    def _parenthetical(self, s: list[Tok]) -> Attributed | None:
        for v in range(1, len(s) - 1):
            if not self._verb_at(s, v) or s[v].low in _PARTICIPLES:
                continue
            # ", said NAME," / ", NAME said,"
            np = self._np_right(s, v)
            if s[v - 1].text == "," and np and np[1] < len(s) and s[np[1]].text == ",":
                name = self._name_of(s, np, v)
                return Attributed(name, "parenthetical", self._cue(s, v, np[1]), _words(s, np))
            np = self._np_left(s, v)
            if (
                np
                and np[0] > 0
                and s[np[0] - 1].text == ","
                and v + 1 < len(s)
                and s[v + 1].text == ","
            ):
                name = self._name_of(s, np, np[0])
                return Attributed(name, "parenthetical", self._cue(s, np[0], v + 1), _words(s, np))
        return None

    def _attribute_one(self, s: list[Tok], i: int, paren: Attributed | None) -> Attributed:
        # 1. right after: '"...," Blinken said' / '"...," said Blinken'
        j = i + 1
        while j < len(s) and s[j].quote < 0 and s[j].text in ",.!?;:)—–-":
            j += 1
        for v in range(j, min(j + 7, len(s))):
            if s[v].quote >= 0:
                break
            if self._verb_at(s, v) and s[v].low not in _PARTICIPLES:
                np = self._np_left(s, v)
                if np is not None and np[0] >= j:
                    np = _role_owner(s, np, j)
                    return Attributed(
                        self._name_of(s, np, i), "after", self._cue(s, np[0], v + 1), _words(s, np)
                    )
                if all(t.low in _AUX for t in s[j:v]):  # '"...", said X' / '« ... », a dit X'
                    np = self._np_right(s, v + 1 if s[v].low == "went" else v) or _role_np(s, v + 1)
                    if np is not None:
                        return Attributed(
                            self._name_of(s, np, i), "after", self._cue(s, v, np[1]), _words(s, np)
                        )
                k = j  # '"...," Smith, 45, said'
                while k < v and s[k].cap:
                    k += 1
                if k > j and s[k].text == ",":
                    return Attributed(
                        self._name_of(s, (j, k), i),
                        "after",
                        self._cue(s, j, v + 1),
                        _words(s, (j, k)),
                    )
                break
        # '"..." — Smith' (a pull quote, a headline)
        if i + 2 < len(s) and s[i + 1].text in "—–-" and s[i + 2].cap:
            k = i + 2
            while k < len(s) and s[k].cap:
                k += 1
            if k == len(s) or s[k].text in ".,;":
                return Attributed(
                    self._name_of(s, (i + 2, k), i),
                    "after",
                    self._cue(s, i + 1, k),
                    _words(s, (i + 2, k)),
                )
        # 2. passive: '"..." by the Russian government'
        if i + 2 < len(s) and s[i + 1].low == "by":
            np = self._np_right(s, i + 1) or _common_np(s, i + 2)
            if np is not None:
                return Attributed(
                    self._name_of(s, np, i), "passive", self._cue(s, i + 1, np[1]), _words(s, np)
                )
        # 3. right before: 'Blinken said: "..."', and a title's 'Blinken: "..."'
        if i >= 2 and s[i - 1].text == ":" and all(t.cap for t in s[: i - 1]):
            np = (0, i - 1)
            name = self._name_of(s, np, 0)
            if name:
                return Attributed(name, "before", self._cue(s, 0, i), _words(s, np))
        if i >= 2 and s[i - 1].text in ":,":
            for v in range(i - 2, max(-1, i - 9), -1):
                if s[v].quote >= 0:
                    break
                if self._verb_at(s, v):
                    name = self._from_verb(s, v, i)
                    if name:
                        a, mention = self._cue_start(s, v)
                        return Attributed(name, "before", self._cue(s, a, i - 1), mention)
                    break
        # 4. a parenthetical cue anywhere in the sentence
        if paren is not None and paren.speaker:
            return paren
        # 5. the nearest speech verb: before, else after
        for v in range(i - 1, -1, -1):
            if self._verb_at(s, v):
                name = self._from_verb(s, v, i)
                if name:
                    a, mention = self._cue_start(s, v)
                    return Attributed(name, "reported", self._cue(s, a, v + 1), mention)
        for v in range(i + 1, len(s)):
            if self._verb_at(s, v):
                name = self._from_verb(s, v, i)
                if name:
                    a, mention = self._cue_start(s, v)
                    return Attributed(name, "reported", self._cue(s, a, v + 1), mention)
        return Attributed(None, "none", None, None)

    def _cue_start(self, s: list[Tok], v: int) -> tuple[int, str | None]:
        """Where the cue of the verb at ``v`` starts (its subject, when right before it),
        and the subject as written."""
        np = self._np_left(s, v)
        if np is None or s[v].low in _PARTICIPLES:
            return v, None
        return np[0], _words(s, np)

    # ------------------------------------------------------------------ the article
    def run(self) -> list[Attributed]:
        by_para: dict[int, list[tuple[int, RawQuote]]] = {}
        for qi, q in enumerate(self.quotes):
            by_para.setdefault(q.paragraph, []).append((qi, q))
        last_speaker: str | None = None
        last_para = -1
        covered_until = -1
        for p in self.paras:  # first the names the article gives, wherever it gives them
            for s in _sentences(_plain(self.text, p.start, p.end)):
                self._learn_names(s)
        label: Attributed | None = None  # a Q&A write-up's "NAME:" line, for the next paragraph
        for pi, p in enumerate(self.paras):
            if p.start < covered_until:
                continue  # inside a quotation that runs over paragraphs
            qs = by_para.get(pi, [])
            above, label = label, self._label(p) if not qs else None
            end = p.end
            if qs:
                end = max(end, max(self.paras[q.last_paragraph].end for _, q in qs))
                covered_until = end
            toks = _tokens(self.text, p.start, end, qs)
            for s in _sentences(toks):
                self.attribute_sentence(s)
            for qi, q in qs:
                r = self.result[qi]
                if r is None or r.speaker is None:
                    cjk = self._cjk(q)
                    if cjk is not None:
                        self.result[qi] = r = cjk
                if (r is None or r.speaker is None) and above is not None:
                    self.result[qi] = r = above
                if (r is None or r.speaker is None) and not p.furniture:
                    follows = last_para >= 0 and self._adjacent(last_para, pi)
                    speaker = last_speaker if follows and last_speaker else self.salient
                    kind = "continuation" if follows and last_speaker else "salient"
                    self.result[qi] = r = Attributed(
                        speaker, kind if speaker else "none", None, None
                    )
                if r is not None and r.speaker:
                    last_speaker = r.speaker
            if qs:
                last_para = pi
            elif not (p.furniture or p.heading):
                last_para = -1 if last_para >= 0 and pi > last_para + 1 else last_para
        self._headlines(by_para)
        return [r or Attributed(None, "none", None, None) for r in self.result]

    def _headlines(self, by_para: dict[int, list[tuple[int, RawQuote]]]) -> None:
        """A headline's quotation with no cue: the speaker of the body quotation holding the
        same words, else the person the article quotes most."""
        body = [
            (qi, q)
            for pi, qs in by_para.items()
            if not (self.paras[pi].heading or self.paras[pi].furniture)
            for qi, q in qs
        ]
        counts: dict[str, int] = {}
        for qi, _ in body:
            r = self.result[qi]
            if r is not None and r.speaker:
                counts[r.speaker] = counts.get(r.speaker, 0) + 1
        for pi, qs in by_para.items():
            if not self.paras[pi].heading:
                continue
            for qi, q in qs:
                r = self.result[qi]
                if r is not None and r.speaker:
                    continue
                words = _fold(self.text[q.start : q.end])
                same = [
                    self.result[bi]
                    for bi, b in body
                    if words and words in _fold(self.text[b.start : b.end])
                ]
                speaker = next((x.speaker for x in same if x is not None and x.speaker), None)
                if speaker is None and counts:
                    speaker = max(counts, key=lambda k: counts[k])
                if speaker:
                    self.result[qi] = Attributed(speaker, "salient", None, None)

    def _label(self, p: Paragraph) -> Attributed | None:
        """``US Secretary of State Antony Blinken:`` on a line of its own."""
        line = p.text.strip()
        if "\n" in line or not line.endswith(":") or len(line.split()) > 9:
            return None
        toks = _plain(self.text, p.start, p.start + len(line) - 1)
        if not toks or not all(t.cap or t.low in _CONNECT for t in toks):
            return None
        name, titles = split_title([t.text for t in toks])
        if not name:
            return None
        self.people.add(name, titles)
        full = self.people.canonical(" ".join(name))
        return Attributed(full, "before", (p.start, p.start + len(line)), line[:-1])

    def _adjacent(self, a: int, b: int) -> bool:
        """Paragraph ``b`` follows ``a`` with nothing but page furniture between."""
        return (
            all(self.paras[k].furniture or self.paras[k].heading for k in range(a + 1, b)) and b > a
        )

    def _learn_names(self, s: list[Tok]) -> None:
        i = 0
        while i < len(s):
            if s[i].cap:
                j = i
                while (
                    j < len(s)
                    and (s[j].cap or (s[j].low in _CONNECT and j + 1 < len(s) and s[j + 1].cap))
                    and s[j].low not in _SPEECH
                ):
                    j += 1
                words = [t.text for t in s[i:j]]
                for k in range(len(words) - 1, -1, -1):
                    if words[k].endswith(("'s", "’s")):
                        words = words[k + 1 :]
                        break
                while words and words[0].lower() in _LEADING:
                    words = words[1:]
                name, titles = split_title(words)
                if name and (titles or len(name) >= 2) and len(name) <= 4:
                    self.people.add(name, titles)
                i = max(j, i + 1)
            else:
                i += 1

    def _cjk(self, q: RawQuote) -> Attributed | None:
        before = self.text[max(0, q.open_at - 40) : q.open_at]
        base = q.open_at - len(before)
        m = _CJK_CUE.search(before)
        if m:
            return Attributed(m.group(1), "before", (base + m.start(), base + m.end()), m.group(1))
        m = _JA_BEFORE.search(before)
        if m and _JA_AFTER.match(self.text[q.close_at + 1 : q.close_at + 20]):
            return Attributed(m.group(1), "before", (base + m.start(), base + m.end()), m.group(1))
        return None


def _role_owner(s: list[Tok], np: tuple[int, int], floor: int) -> tuple[int, int]:
    """``the senator from Ohio`` said: the senator, not Ohio."""
    a = np[0]
    if (
        a - 2 >= floor
        and s[a - 1].low in ("from", "of", "at", "for", "in")
        and (s[a - 2].low in _ROLES or _fold(s[a - 2].text) in _TITLE_WORDS)
    ):
        b = a - 2
        while (
            b - 1 >= floor and s[b - 1].quote < 0 and not s[b - 1].cap and s[b - 1].text.isalpha()
        ):
            b -= 1  # "the senior senator"
        return b, a - 1
    return np


def _role_np(s: list[Tok], j: int) -> tuple[int, int] | None:
    """``said one official``, ``said a spokeswoman``: a determiner, words, a role noun."""
    if j >= len(s) or s[j].low not in ("a", "an", "one", "another", "the", "two", "three"):
        return None
    for k in range(j + 1, min(j + 4, len(s))):
        if s[k].quote >= 0 or not s[k].text[:1].isalpha():
            return None
        if s[k].low.rstrip("s") in _ROLES or _fold(s[k].text).rstrip("s") in _TITLE_WORDS:
            return j, k + 1
    return None


def _common_np(s: list[Tok], j: int) -> tuple[int, int] | None:
    """``the city council``: an article and up to three words, for an agent with no name."""
    if j >= len(s) or s[j].low not in ("the", "a", "an"):
        return None
    k = j + 1
    while (
        k < len(s)
        and k - j <= 3
        and s[k].quote < 0
        and s[k].text[:1].isalpha()
        and s[k].low not in _PREPOSITIONS
        and s[k].low not in _SPEECH
        and s[k].low not in ("and", "or", "but", "that", "which", "who")
    ):
        k += 1
    return (j, k) if k > j + 1 else None


def _words(s: list[Tok], np: tuple[int, int]) -> str:
    return " ".join(t.text for t in s[np[0] : np[1]])


def split_title(words: list[str]) -> tuple[list[str], list[str]]:
    """``U.S. Secretary of State Antony Blinken`` -> (``Antony Blinken``, its title words)."""
    if words and words[0].lower() in ("the", "el", "la", "le", "der", "die"):
        words = words[1:]
    last_title = -1
    for k, w in enumerate(words):
        f = _fold(w)
        if f in _TITLE_WORDS or (
            k < len(words) - 1 and ("." in w[:-1] or (w.isupper() and len(w) <= 3))
        ):
            last_title = k
        elif (
            re.fullmatch(r"[A-Z]\w+(?:ian|ese|ish|an)", w)
            and k < len(words) - 1
            and _fold(words[k + 1]) in _TITLE_WORDS
        ):
            last_title = k  # a nationality before a title: "Russian Foreign Minister"
    name: list[str] = []
    for w in words[last_title + 1 :]:
        if w == "of" and name:
            break  # "Jane Roe of Ohio": a place, not a name
        if _fold(w) not in _CONNECT or w[:1].isupper():
            name.append(w)
    return name, words[: last_title + 1]
