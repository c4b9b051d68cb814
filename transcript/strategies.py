"""Hypothesis strategies that generate realistic transcripts together with their ground truth.

This module needs the optional ``test`` extra (``pip install transcript[test]``); importing
``transcript`` itself never imports Hypothesis, only ``transcript.strategies`` does.

Every generated document comes with what a correct parser must find in it: the speaker
of each turn (as a display name), the label as written and the turn's text. The truth
follows the documented behaviour of :func:`transcript.parse`:

* a turn's text is its paragraphs joined by a blank line (``"\\n\\n"``), each paragraph's
  lines joined by one space;
* quote marks wrapping a whole answer are dropped;
* inline annotations such as ``(Laughter.)`` or ``[inaudible]`` are taken out of the text
  (they are kept in ``turn.annotations``);
* display names lose titles and honorifics (``US Secretary of State Antony Blinken`` ->
  ``Antony Blinken``, ``MR. SMITH`` -> ``Smith``, or ``John Smith`` when the text names him
  in full) and ALL CAPS is put in natural case (``JOSÉ NÚÑEZ`` -> ``José Núñez``);
* numbered voices keep the form of their first label (``SPEAKER_05``, ``Speaker 1``); role
  words go to natural case (``INTERVIEWER`` -> ``Interviewer``);
* consecutive cues of one voice in a WebVTT file are one turn (texts joined by a space);
* ``turn.label`` is the label as written; the truth holds it without surrounding whitespace
  (``**Ann Lee:** text`` gives the label ``"**Ann Lee:** "``) and without the timestamp of
  ``[00:01:02] Ann Lee:``.

Speech is generated so that it never looks like a label (no ``Word:`` at a line start, no
digits, no capitalised words inside sentences) and no two people share a surname.

Downstream usage::

    from hypothesis import given
    import transcript
    from transcript.strategies import transcripts

    @given(transcripts())
    def test_my_pipeline_keeps_every_turn(doc):
        t = transcript.parse(doc.text)
        names = {s.id: s.name for s in t.speakers}
        assert [names[turn.speaker] for turn in t.turns] == [x.speaker_name for x in doc.turns]
        assert [turn.text for turn in t.turns] == [x.text for x in doc.turns]

    @given(transcripts(style="webvtt"))
    def test_bytes(doc):
        transcript.parse_bytes(doc.data)  # UTF-8, with a BOM when doc.bom

Public strategies: :func:`transcripts`, :func:`speaker_names`, :func:`labels` and
:func:`mutate_label`; the values they produce are :class:`GeneratedTranscript`,
:class:`TruthTurn` and :class:`SpeakerName`. :func:`lossless_problems` checks that a parse
is a faithful trace of its input (every span slices the source to what it claims, no
character of the input is lost); use it with any input, generated or not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from hypothesis import strategies as st

from ._models import Span, Transcript
from .reading.styles import LABEL_STYLES

__all__ = [
    "LABEL_MUTATIONS",
    "STYLES",
    "GeneratedTranscript",
    "SpeakerName",
    "TruthTurn",
    "labels",
    "lossless_problems",
    "mutate_label",
    "speaker_names",
    "transcripts",
    "uncovered",
]

#: Label styles: ``Name: text``; ``Name:`` alone then blank lines then text; ``**Name:** text``;
#: ``MR. SMITH. text`` (capitals and a title, as in congressional records); ``[00:01:02] Name:
#: text``; WebVTT ``<v Name>`` cues; ``Name：`` (full-width), ``Name :`` (spaced), ``Name — text``
#: (dash); ``Name   9:41 AM`` then the text below (chat: a meeting app's transcript);
#: ``M. Paul Martin. text`` (address); ``○Name　text`` (marker). Documents of dash and chat
#: have two speakers or more, one of them twice, as the layout needs.
#: (From the table of label styles, transcript/reading/styles.py: each entry names the
#: styles generated for it.)
STYLES: tuple[str, ...] = tuple(g for style in LABEL_STYLES for g in style.generated)

#: Label noise understood by :func:`mutate_label`.
LABEL_MUTATIONS: tuple[str, ...] = ("quote", "curly", "dash", "drop", "space", "case", "emphasis")

# ---------------------------------------------------------------- vocabulary

# First names and surnames are disjoint; none is a title, honorific, month or prose word.
# First names match [A-Z][a-zà-ÿ]+ so "John Smith" in an intro completes "MR. SMITH".
_FIRST = (
    "Ann",
    "Antony",
    "Jane",
    "José",
    "Zoë",
    "Olu",
    "Priya",
    "Samir",
    "Declan",
    "Marta",
    "Kenji",
    "Ingrid",
    "Tomás",
    "Chloé",
    "Rutger",
    "Efi",
    "Amara",
    "Lucía",
    "Bjørn",
    "Nadia",
    "Felix",
    "Hana",
    "Omar",
    "Greta",
)
# Surnames whose capitals come back to the same natural case (no "McX", "DeX", "ß").
_SURNAMES = (
    "Blinken",
    "Smith",
    "Okafor",
    "Núñez",
    "O'Brien",
    "Horowitz-Ghazi",
    "Koutsokosta",
    "Haddadi",
    "Vance",
    "Ferris",
    "Lindqvist",
    "Moreau",
    "Tanaka",
    "Ivanova",
    "Mbeki",
    "Kowalski",
    "Brennan",
    "Adeyemi",
    "Castillo",
    "Petrov",
    "Müller",
    "Dupont",
)
_HONORIFICS = ("Mr.", "Ms.", "Mrs.", "Dr.", "Prof.")
_TITLES = (
    "US Secretary of State",
    "Senator",
    "Governor",
    "Ambassador",
    "Prime Minister",
    "Foreign Minister",
    "Deputy Director",
    "Professor",
    "General",
    "Mayor",
)
_ADDRESSES = ("M.", "Mme", "Sr.", "Sra.")
_NEEDS_TWO = ("address",)
#: styles accepted only as the document's layout (the table's own-layout styles: dash, chat)
_LAYOUT_ONLY = frozenset(g for style in LABEL_STYLES if style.own_layout for g in style.generated)
_PERIOD_TITLES = ("MR.", "MS.", "MRS.", "DR.", "SENATOR", "SECRETARY", "AMBASSADOR", "GOVERNOR")
# Numbered voices keep their form ("SPEAKER_05"); role words go to natural case ("GUEST").
_GENERIC = (
    "Speaker 1",
    "Speaker 2",
    "Speaker 3",
    "SPEAKER 4",
    "SPEAKER_05",
    "SPEAKER_12",
    "Q",
    "A",
    "Interviewer",
    "INTERVIEWER",
    "Host",
    "GUEST",
)
_GENERIC_DISPLAY = {"INTERVIEWER": "Interviewer", "GUEST": "Guest"}
_ASK_ONLY = frozenset(("Q",))  # (the generic labels that mark questions)

# Lower-case speech words: no names, no cue words ("music", "break", "points" ...), no
# words that open page furniture ("share", "read more", "subscribe", "next" ...).
_WORDS = (
    "about",
    "because",
    "budget",
    "country",
    "decision",
    "economy",
    "energy",
    "future",
    "government",
    "important",
    "market",
    "people",
    "policy",
    "problem",
    "really",
    "think",
    "believe",
    "certainly",
    "change",
    "community",
    "council",
    "difficult",
    "everyone",
    "families",
    "global",
    "growth",
    "honestly",
    "industry",
    "issue",
    "leaders",
    "matter",
    "moment",
    "nothing",
    "numbers",
    "obviously",
    "partners",
    "prices",
    "process",
    "progress",
    "proposal",
    "region",
    "security",
    "serious",
    "something",
    "support",
    "system",
    "together",
    "trade",
    "understand",
    "village",
    "water",
    "whether",
    "without",
    "workers",
    "years",
    "young",
    "always",
    "every",
    "little",
    "large",
    "small",
    "between",
    "rather",
    "those",
    "where",
    "which",
    "would",
    "could",
    "should",
    "there",
    "their",
    "these",
    "have",
    "been",
    "were",
    "will",
    "with",
    "that",
    "this",
    "from",
    "into",
    "over",
    "some",
    "than",
    "very",
    "much",
    "many",
    "most",
    "such",
    "only",
    "also",
    "then",
    "when",
    "what",
    "they",
    "them",
    "your",
    "our",
    "the",
    "and",
    "but",
    "not",
    "for",
    "was",
    "are",
    "can",
    "you",
)
# Sentences as people say them (one capital, at the start; no digits, colons or names).
_SAYINGS = (
    "We have been very clear about that.",
    "That is a fair question, and I will answer it.",
    "Let me put it this way.",
    "Nobody expected the talks to move this fast.",
    "We are not there yet, but we are close.",
    "I think the answer is yes.",
    "The numbers speak for themselves.",
    "It's too early to say.",
    "What happens next is up to them.",
    "We will see how the markets react.",
    "Can you say more about that?",
    "How do you respond to the criticism?",
    "Why now?",
    "Is that a promise?",
    "That's not what I said.",
    "Honestly, nobody knows.",
    "The people of this region deserve better.",
    "Thank you for having me.",
    "We have to be realistic about what is possible.",
    "Thank you very much.",
)
_SAFE_ASIDES = ("(as we said)", "(the old one)", "[sic]")  # "[sic]" is an annotation
_ANNOTATIONS = (
    "(Laughter.)",
    "(Applause.)",
    "[inaudible]",
    "[crosstalk]",
    "[laughs]",
    "(LAUGHTER)",
    "[inaudible 00:12:03]",
    "(Crosstalk.)",
)
_STAGE_LINES = ("(Laughter.)", "(Applause.)", "[Crosstalk]", "(Pause.)")
_SITES = ("Euronews", "The Daily Ledger", "World Report", "Harbour Radio", "Newsroom")
_DATES = (
    "Tuesday, Jun 03, 2025",
    "June 3, 2025",
    "3 June 2025",
    "2025-06-03",
    "Friday, March 14, 2025",
)
_TOPICS = ("the trade talks", "the budget", "water policy", "the election", "energy prices")
_HEADLINE_WORDS = (
    "Markets",
    "Rally",
    "Trade",
    "Talks",
    "Resume",
    "Leaders",
    "Meet",
    "Ahead",
    "Summit",
    "Energy",
    "Prices",
    "Climb",
    "Again",
    "Voters",
    "Weigh",
    "Budget",
    "Plans",
    "Storm",
    "Hits",
    "Coast",
    "Ministers",
    "Debate",
    "Reform",
    "Water",
)
_KEYWORDS = ("Newsletter", "Related Articles", "Related", "Related Stories", "Most Read")
# a line that closes the transcript, or heads the readers' comments, then the comments in the
# labels' form by readers who are none of the speakers
_CLOSINGS = ("— End of transcript —", "[END OF INTERVIEW]", "Comments (3)", "Kommentare (2)")
_COMMENTERS = ("Paula M.", "reader_42", "Kwame O.", "Ines", "Old Harbour Fan")
_NEWLINES = ("\n", "\r\n", "\r")
_OPEN_QUOTES = {'"': '"', "“": "”"}


# ---------------------------------------------------------------- values


@dataclass(frozen=True, slots=True)
class SpeakerName:
    """One person (or generic voice) and how labels write them.

    ``written`` is the name as a label writes it (``US Secretary of State Antony Blinken``,
    ``MR. SMITH``, ``SPEAKER_05``); ``display`` is the display name the parser must give
    when the text never names the person in full; ``full`` is the person's full name
    (``John Smith``), used in intros; ``surname`` is empty for generic voices.
    ``kind`` is one of ``plain``, ``honorific``, ``titled``, ``caps``, ``period``, ``generic``.
    """

    written: str
    display: str
    full: str
    surname: str
    kind: str

    @property
    def generic(self) -> bool:
        """A voice (``Q``, ``Speaker 1``) rather than a named person."""
        return self.kind == "generic"


@dataclass(frozen=True, slots=True)
class TruthTurn:
    """What the parser must find for one turn.

    ``speaker_name`` is the speaker's display name, ``label`` the label as written (without
    surrounding whitespace; the timestamp of ``[00:01:02] Name:`` is not part of it) and
    ``text`` the turn text (paragraphs joined by a blank line, annotations and wrapping
    quotes removed). ``annotations`` lists the annotation texts, in order.
    """

    speaker_name: str
    label: str
    text: str
    annotations: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GeneratedTranscript:
    """A generated document and its ground truth.

    ``text`` is the document (line endings ``newline``, a leading U+FEFF when ``bom``);
    ``data`` the same as UTF-8 bytes. ``clean_text`` is the document with every label
    regular (equal to ``text`` unless label noise was applied: see ``mutations``).
    ``turns`` and ``speakers`` (display names, in order of first appearance) are the truth;
    ``front_matter`` and ``back_matter`` are the lines of furniture around the conversation,
    which must not end up in any turn.
    """

    text: str
    turns: list[TruthTurn]
    speakers: list[str]
    style: str
    newline: str = "\n"
    bom: bool = False
    clean_text: str = ""
    mutations: list[str] = field(default_factory=list)
    front_matter: list[str] = field(default_factory=list)
    back_matter: list[str] = field(default_factory=list)

    @property
    def data(self) -> bytes:
        """The document as UTF-8 bytes (the BOM, if any, encoded as EF BB BF)."""
        return self.text.encode("utf-8")


# ---------------------------------------------------------------- names


def _split_keep(w: str, seps: str) -> list[str]:
    parts: list[str] = []
    cur = ""
    for c in w:
        if c in seps:
            parts.append(cur)
            parts.append(c)
            cur = ""
        else:
            cur += c
    parts.append(cur)
    return parts


def speaker_names(*, kinds: Sequence[str] | None = None) -> st.SearchStrategy[SpeakerName]:
    """Speaker names as labels write them, with the display name the parser should give.

    Kinds (all by default): ``plain`` (``Zoë Okafor``, accents, apostrophes, hyphens),
    ``honorific`` (``Dr. José Núñez``), ``titled`` (``US Secretary of State Antony
    Blinken``), ``caps`` (``PRIYA HADDADI``), ``period`` (``MR. SMITH``: a title and a
    surname in capitals, for period labels) and ``generic`` (``Speaker 1``, ``SPEAKER_05``,
    ``Q``, ``A``, ``Interviewer``, ``GUEST``).
    """
    chosen = (
        tuple(kinds)
        if kinds is not None
        else ("plain", "honorific", "titled", "caps", "period", "generic")
    )
    return st.sampled_from(chosen).flatmap(_name_of_kind)


def _name_of_kind(kind: str) -> st.SearchStrategy[SpeakerName]:
    if kind == "generic":
        return st.sampled_from(_GENERIC).map(
            lambda g: SpeakerName(g, _GENERIC_DISPLAY.get(g, g), g, "", "generic")
        )

    @st.composite
    def build(draw: st.DrawFn) -> SpeakerName:
        first = draw(st.sampled_from(_FIRST))
        last = draw(st.sampled_from(_SURNAMES))
        full = f"{first} {last}"
        if kind == "plain":
            return SpeakerName(full, full, full, last, kind)
        if kind == "honorific":
            h = draw(st.sampled_from(_HONORIFICS))
            return SpeakerName(f"{h} {full}", full, full, last, kind)
        if kind == "titled":
            t = draw(st.sampled_from(_TITLES))
            return SpeakerName(f"{t} {full}", full, full, last, kind)
        if kind == "caps":
            h = draw(st.sampled_from(("", *_HONORIFICS)))
            written = (f"{h} {full}" if h else full).upper()
            return SpeakerName(written, full, full, last, kind)
        if kind == "period":
            t = draw(st.sampled_from(_PERIOD_TITLES))
            return SpeakerName(f"{t} {last.upper()}", last, full, last, kind)
        if kind == "address":  # a French or Spanish form of address and a full name
            h = draw(st.sampled_from(_ADDRESSES))
            return SpeakerName(f"{h} {full}", full, full, last, kind)
        raise ValueError(f"unknown speaker kind {kind!r}")

    return build()


def _kinds_for(style: str) -> tuple[str, ...]:
    if style == "period":
        return ("period",)
    if style == "address":
        return ("address",)
    if style == "marker":  # (record markers name members in full, with or without a title)
        return ("plain", "honorific", "titled")
    if style == "markdown":
        return ("plain", "honorific", "titled", "caps", "generic")
    if style == "chat":
        return ("plain", "honorific", "titled", "caps")  # ("Q   9:41 AM" is a Q mark)
    if style == "dotdash":
        return ("plain", "honorific", "titled", "caps")  # ("Q.-" reads as a Q mark)
    if style == "message":
        return ("plain", "honorific", "titled", "caps")
    return ("plain", "honorific", "titled", "caps", "generic")


# ---------------------------------------------------------------- labels


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _render_label(style: str, name: str, seconds: int = 0, *, md_outside: bool = False) -> str:
    if style in ("inline", "block"):
        return f"{name}:"
    if style == "fullwidth":
        return f"{name}："  # (Chinese and Japanese records)
    if style == "spaced":
        return f"{name} :"  # (French typography)
    if style == "address":
        return f"{name}."  # (French and Spanish records: "M. Paul Martin. Merci.")
    if style == "marker":
        return f"○{name}\u3000"  # (Japanese and Korean records: a circle, a full-width space)
    if style == "dash":
        return f"{name} —"  # (Nordic interviews: a spaced em dash for the colon)
    if style == "dotdash":
        # (stenographic records: a period and a hyphen or a spaced en dash)
        return f"{name}.-" if seconds % 2 == 0 else f"{name}. –"
    if style == "chat":
        # (a meeting app's header: the name, a clock time, the text on the lines below)
        hour = 1 + seconds // 60 % 12
        return f"{name}   {hour}:{seconds % 60:02d} {'AM' if seconds // 720 % 2 == 0 else 'PM'}"
    if style == "table":
        return f"{_clock(seconds)}\t{name}\t"  # (a table pasted as text: time, speaker, speech)
    if style == "message":
        # (a phone chat's export: the date, the clock, the sender, the message after it)
        hour = 1 + seconds // 60 % 12
        day, month = 1 + seconds % 28, 1 + seconds // 7 % 12
        ampm = "am" if seconds // 720 % 2 == 0 else "pm"
        return f"{day}/{month}/25, {hour}:{seconds % 60:02d} {ampm} - {name}:"
    if style == "markdown":
        return f"**{name}**:" if md_outside else f"**{name}:**"
    if style == "period":
        return f"{name}."
    if style == "timestamped":
        return f"[{_clock(seconds)}] {name}:"
    if style == "webvtt":
        return f"<v {name}>"
    raise ValueError(f"unknown style {style!r}")


def labels(
    style: str | None = None, names: st.SearchStrategy[SpeakerName] | None = None
) -> st.SearchStrategy[str]:
    """Speaker labels as written in ``style`` (any style when None).

    ``Ann Lee:`` (inline and block), ``**Ann Lee:**`` or ``**Ann Lee**:`` (markdown),
    ``MR. SMITH.`` (period), ``[00:01:02] Ann Lee:`` (timestamped), ``<v Ann Lee>``
    (webvtt), ``Ann Lee：`` (fullwidth), ``Ann Lee :`` (spaced), ``Ann Lee —`` (dash),
    ``Ann Lee   9:41 AM`` (chat). ``names`` defaults to :func:`speaker_names` of the kinds the style allows.
    """

    @st.composite
    def build(draw: st.DrawFn) -> str:
        s = style if style is not None else draw(st.sampled_from(STYLES))
        n = draw(names if names is not None else speaker_names(kinds=_kinds_for(s)))
        secs = draw(st.integers(0, 3 * 3600))
        return _render_label(s, n.written, secs, md_outside=draw(st.booleans()))

    return build()


def _applicable(style: str, label: str, alone: bool, established: bool) -> list[str]:
    """The mutations of :data:`LABEL_MUTATIONS` that keep ``label`` recognisable."""
    out = []
    if style in ("inline", "block") and established:
        out += ["quote", "curly", "dash"]
        if alone and label not in ("Q:", "A:"):  # a bare "Q" is a regular label
            out.append("drop")
    if style in ("inline", "block", "markdown", "period", "timestamped") and " " in label.strip():
        out.append("space")
    if style in ("inline", "block", "markdown", "period", "timestamped"):
        out.append("case")
    if style in ("inline", "block") and "_" not in label and "*" not in label:
        out.append("emphasis")
    return out


def _apply(mutation: str, style: str, label: str, space_at: int) -> str:
    if mutation in ("quote", "curly", "dash", "drop"):
        base = label[:-1]  # "Name:" -> "Name"
        return base + {"quote": '"', "curly": "”", "dash": " -", "drop": ""}[mutation]
    if mutation == "case":
        if style == "period":
            # title words to Title case: "MR. SMITH." -> "Mr. SMITH."
            head, _, tail = label.rpartition(" ")
            return " ".join(w[0] + w[1:].lower() for w in head.split()) + " " + tail
        if style == "timestamped":
            ts, _, rest = label.partition("] ")
            return f"{ts}] {rest.upper()}"
        return label.upper()
    if mutation == "space":
        start = label.index("] ") + 2 if style == "timestamped" else 0
        spaces = [i for i, c in enumerate(label) if c == " " and i >= start]
        if style in ("inline", "block", "timestamped") and (not spaces or space_at % 3 == 0):
            return label[:-1] + " :"  # a space before the colon
        if not spaces:
            return label
        i = spaces[space_at % len(spaces)]
        return label[:i] + "  " + label[i + 1 :]
    if mutation == "emphasis":
        return f"**{label}**" if space_at % 2 else f"**{label[:-1]}**:"
    raise ValueError(f"unknown mutation {mutation!r}")


def mutate_label(
    label: str,
    *,
    style: str = "inline",
    alone: bool = False,
    established: bool = True,
    mutations: Sequence[str] | None = None,
) -> st.SearchStrategy[str]:
    """Label noise: irregular forms of ``label`` that a lenient parser must still read.

    ``quote``/``curly``: a quote mark typed for the colon (``Ann Lee"`` / ``Ann Lee”``);
    ``dash``: ``Ann Lee -``; ``drop``: the colon dropped (only for a label ``alone`` on its
    line); these three only when the speaker is ``established`` by a regular label
    elsewhere, and only for ``inline``/``block`` labels. ``space``: a doubled space inside
    the label or a space before the colon; ``case``: capitals (``ANN LEE:``; the title part
    of a period label in Title case); ``emphasis``: Markdown bold (``**Ann Lee:**``).
    Mutations that do not apply to the style are skipped; the label is returned unchanged
    when none applies.
    """
    allowed = [
        m
        for m in _applicable(style, label, alone, established)
        if mutations is None or m in mutations
    ]
    if not allowed:
        return st.just(label)
    return st.tuples(st.sampled_from(allowed), st.integers(0, 30)).map(
        lambda mi: _apply(mi[0], style, label, mi[1])
    )


# ---------------------------------------------------------------- speech


@dataclass(frozen=True, slots=True)
class _Tok:
    src: str  # as written
    truth: str | None  # as it must appear in the turn text (None: an annotation)


@st.composite
def _sentence(draw: st.DrawFn) -> list[_Tok]:
    if draw(st.integers(0, 2)) == 0:
        return [_Tok(w, w) for w in draw(st.sampled_from(_SAYINGS)).split()]
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=3, max_size=10))
    first = words[0][0].upper() + words[0][1:]
    toks = [_Tok(first, first)] + [_Tok(w, w) for w in words[1:]]
    if len(toks) > 4 and draw(st.booleans()):
        i = draw(st.integers(1, len(toks) - 2))
        toks[i] = _Tok(toks[i].src + ",", toks[i].src + ",")
    end = draw(st.sampled_from(".?!."))
    last = toks[-1]
    toks[-1] = _Tok(last.src + end, (last.truth or "") + end)
    if draw(st.integers(0, 9)) == 0:  # a parenthetical aside that is speech
        aside = draw(st.sampled_from(_SAFE_ASIDES))
        i = draw(st.integers(1, len(toks) - 1))
        toks.insert(i, _Tok(aside, None if aside == "[sic]" else aside))
    return toks


@st.composite
def _paragraph(draw: st.DrawFn, annotations: bool) -> list[_Tok]:
    toks: list[_Tok] = []
    for _ in range(draw(st.integers(1, 3))):
        toks += draw(_sentence())
        if annotations and draw(st.integers(0, 5)) == 0:
            toks.append(_Tok(draw(st.sampled_from(_ANNOTATIONS)), None))
    if annotations and draw(st.integers(0, 7)) == 0 and len(toks) > 2:
        # an annotation between two words
        i = draw(st.integers(1, len(toks) - 1))
        toks.insert(i, _Tok(draw(st.sampled_from(_ANNOTATIONS)), None))
    return toks


def _wrap(toks: list[_Tok], breaks: list[int]) -> list[str]:
    """Split a paragraph into lines before some word tokens (never before an annotation,
    and every line keeps at least two tokens)."""
    lines: list[list[str]] = [[]]
    for i, t in enumerate(toks):
        if (
            i in breaks
            and len(lines[-1]) >= 2
            and t.truth == t.src
            and t.src[:1].isalpha()
            and len(toks) - i >= 2
        ):
            lines.append([])
        lines[-1].append(t.src)
    return [" ".join(line) for line in lines]


def _truth_text(toks: list[_Tok]) -> str:
    return " ".join(t.truth for t in toks if t.truth is not None)


def _annotations(toks: list[_Tok]) -> list[str]:
    return [t.src for t in toks if t.truth is None]


# ---------------------------------------------------------------- documents


@dataclass
class _Turn:
    who: int  # index into the roster
    paras: list[list[_Tok]]
    quote: str  # "" | "whole" | "each"
    qchar: str
    wraps: list[list[int]]
    stage: int  # -1 none, else insert a stage-direction line before paragraph `stage`
    stage_text: str
    seconds: int
    gap: str  # blank lines before the turn
    mutation: str | None = None
    md_outside: bool = False


def _unique_people(draw: st.DrawFn, style: str, n: int) -> list[SpeakerName]:
    people: list[SpeakerName] = []
    surnames: set[str] = set()
    keys: set[str] = set()
    kinds = _kinds_for(style)
    for _ in range(n):
        p = draw(
            speaker_names(kinds=kinds).filter(
                lambda s: (
                    (s.surname == "" or s.surname not in surnames)
                    and (style != "markdown" or "_" not in s.written)
                    and s.display.casefold() not in keys
                    and s.full.casefold() not in keys
                    and s.written.casefold().replace("_", " ") not in keys
                    # (a document whose only speaker is a question mark is an interview
                    # with its answers unlabelled: see README, "questions marked, answers unlabelled")
                    and (n > 1 or s.written not in _ASK_ONLY)
                )
            )
        )
        people.append(p)
        if p.surname:
            surnames.add(p.surname)
        keys.update(
            {p.display.casefold(), p.full.casefold(), p.written.casefold().replace("_", " ")}
        )
    return people


#: Opening words that set apart a turn whose first words another turn has (more than the
#: most turns a generated document has)
_OPENERS = (
    "Well,",
    "So,",
    "Now,",
    "Right,",
    "Yes,",
    "Look,",
    "Indeed,",
    "Then,",
    "Still,",
    "Again,",
)


@st.composite
def _documents(
    draw: st.DrawFn, style: str | None, noise: bool, once: bool = False
) -> GeneratedTranscript:
    s = style if style is not None else draw(st.sampled_from(STYLES))
    vtt = s == "webvtt"
    row = s == "table"  # (a table's row: its speech one paragraph on its line)
    layout_only = s in _LAYOUT_ONLY
    people = _unique_people(draw, s, draw(st.integers(2 if once or layout_only else 1, 4)))
    if once:  # every speaker speaks once, in any order
        who = draw(st.permutations(range(len(people))))
    else:
        # (a style a sentence may also open with is a label only where the document uses
        # it twice or more: "M. Dupont. ..." alone is read as prose)
        n_turns = draw(st.integers(2 if s in _NEEDS_TWO else 1, 8))
        who = draw(st.lists(st.integers(0, len(people) - 1), min_size=n_turns, max_size=n_turns))
        if layout_only:
            # a dash or a clock time is a label only as the document's layout: two
            # speakers, one of them twice ("Opening remarks   9:00 AM" in an agenda is no
            # speaker)
            who = [0, 1, 0, *who[:5]]
    annotations = draw(st.booleans())
    turns: list[_Turn] = []
    seconds = draw(st.integers(0, 3000))
    seen_first: set[str] = set()
    for w in who:
        paras = draw(st.lists(_paragraph(annotations), min_size=1, max_size=1 if vtt or row else 3))
        # the first line of each turn is distinct (a repeated labelled line is read as a headline)
        first = " ".join(t.src for t in paras[0][:6])
        if first in seen_first:
            # a new opening word per try: at most len(seen_first) of them can collide (a
            # repeated prefix could not end the loop once the six words are all prefix)
            head = paras[0][0]
            lowered = _Tok(head.src[0].lower() + head.src[1:], head.src[0].lower() + head.src[1:])
            for word in _OPENERS:
                paras[0] = [_Tok(word, word), lowered, *paras[0][1:]]
                first = " ".join(t.src for t in paras[0][:6])
                if first not in seen_first:
                    break
        seen_first.add(first)
        quote = "" if vtt else draw(st.sampled_from(("", "", "", "whole", "each")))
        wraps = [draw(st.lists(st.integers(1, 40), max_size=0 if row else 3)) for _ in paras]
        stage = -1
        if annotations and not vtt and not row and draw(st.integers(0, 5)) == 0:
            stage = draw(st.integers(1, len(paras))) if len(paras) > 1 else 1
        seconds += draw(st.integers(1, 90))
        gap = (
            draw(st.sampled_from(("\n", "\n\n", "\n\n", "\n\n\n")))
            if s not in ("block",)
            else draw(st.sampled_from(("\n\n", "\n\n\n")))
        )
        turns.append(
            _Turn(
                w,
                paras,
                quote,
                draw(st.sampled_from(tuple(_OPEN_QUOTES))),
                wraps,
                stage,
                draw(st.sampled_from(_STAGE_LINES)),
                seconds,
                gap,
                md_outside=draw(st.booleans()),
            )
        )
    # label noise: never on a speaker's first label (it establishes the speaker and the
    # form of its display name)
    mutations: list[str] = []
    if noise:
        firsts: set[int] = set()
        for t in turns:
            if t.who not in firsts:
                firsts.add(t.who)
                continue
            label = _render_label(s, people[t.who].written, t.seconds, md_outside=t.md_outside)
            ops = _applicable(s, label, s == "block", True)
            if len(ops) > 0 and draw(st.booleans()):
                t.mutation = draw(st.sampled_from(ops)) + f"#{draw(st.integers(0, 30))}"
                mutations.append(t.mutation)

    # front and back matter
    front: list[str] = []
    back: list[str] = []
    named = [p for p in people if not p.generic]
    intro_names = False
    if not vtt and draw(st.booleans()):
        if draw(st.booleans()):
            front.append(draw(st.sampled_from(_SITES)))
        if draw(st.booleans()):
            front.append(draw(st.sampled_from(_DATES)))
        if len(named) > 0 and draw(st.booleans()):
            topic = draw(st.sampled_from(_TOPICS))
            if len(named) == 1:
                front.append(f"{named[0].full} spoke about {topic}.")
            else:
                others = " and ".join(p.full for p in named[1:])
                front.append(f"{named[0].full} spoke to {others} about {topic}.")
            intro_names = True
    if not vtt and draw(st.booleans()):
        closed = draw(st.integers(0, 3)) == 0
        back.append(draw(st.sampled_from(_CLOSINGS if closed else _KEYWORDS)))
        for k in range(draw(st.integers(2, 4))):
            words = draw(st.lists(st.sampled_from(_HEADLINE_WORDS), min_size=3, max_size=7))
            # (each reader comments once: a name twice is another conversation)
            back.append(f"{_COMMENTERS[k]}: " * closed + " ".join(words))
    back_gap = draw(st.sampled_from(("\n", "\n\n")))

    def display(p: SpeakerName) -> str:
        if p.kind == "period" and intro_names:
            return p.full
        return p.display

    def render(with_noise: bool) -> tuple[str, list[TruthTurn]]:
        out: list[str] = []
        truth: list[TruthTurn] = []
        if vtt:
            out.append("WEBVTT\n")
        if front:
            out.append("\n\n".join(front) + "\n\n")
        start = 0
        for k, t in enumerate(turns):
            p = people[t.who]
            label = _render_label(s, p.written, t.seconds, md_outside=t.md_outside)
            if with_noise and t.mutation is not None:
                op, _, at = t.mutation.partition("#")
                label = _apply(op, s, label, int(at))
            if k:
                out.append(t.gap)
            if vtt:
                out.append(f"\n{_clock(start)}.000 --> {_clock(t.seconds)}.000\n")
                start = t.seconds
            lines_per_para: list[list[str]] = []
            for j, toks in enumerate(t.paras):
                toks = list(toks)
                if t.quote and (j == 0 or t.quote == "each"):
                    toks[0] = replace(toks[0], src=t.qchar + toks[0].src)
                if t.quote and j == len(t.paras) - 1:
                    toks[-1] = replace(toks[-1], src=toks[-1].src + _OPEN_QUOTES[t.qchar])
                lines_per_para.append(_wrap(toks, t.wraps[j]))
            body: list[str] = []
            for j, lines in enumerate(lines_per_para):
                if j == t.stage:
                    body.append(t.stage_text)
                body.append("\n".join(lines))
            if t.stage == len(lines_per_para):
                body.append(t.stage_text)
            if s == "block":
                blanks = "\n" * (2 + (t.seconds % 2))
                out.append(label + blanks + "\n\n".join(body))
            elif vtt:
                out.append(label + "\n".join(body) + "\n")
            elif s == "chat":
                out.append(label + "\n" + "\n\n".join(body))
            elif row:
                out.append(label + "\n\n".join(body))
            else:
                out.append(label + " " + "\n\n".join(body))
            text = "\n\n".join(_truth_text(toks) for toks in t.paras)
            notes: list[str] = []
            for j, toks in enumerate(t.paras):
                if j == t.stage:
                    notes.append(t.stage_text)
                notes += _annotations(toks)
            if t.stage == len(t.paras):
                notes.append(t.stage_text)
            shown = label.split("] ", 1)[1] if s == "timestamped" else label
            truth.append(TruthTurn(display(p), shown.strip(), text, tuple(notes)))
        if back:
            out.append("\n" + back_gap + back_gap.join(back))
        out.append("\n")
        if vtt:  # one turn per run of cues of the same voice
            merged: list[TruthTurn] = []
            for tt in truth:
                if merged and merged[-1].speaker_name == tt.speaker_name:
                    prev = merged[-1]
                    merged[-1] = TruthTurn(
                        prev.speaker_name,
                        prev.label,
                        prev.text + " " + tt.text,
                        prev.annotations + tt.annotations,
                    )
                else:
                    merged.append(tt)
            truth = merged
        return "".join(out), truth

    text, truth = render(noise)
    clean, _ = render(False)
    nl = draw(st.sampled_from(_NEWLINES))
    bom = draw(st.integers(0, 4)) == 0
    prefix = "\ufeff" if bom else ""

    def finish(x: str) -> str:
        return prefix + x.replace("\n", nl)

    speakers: list[str] = []
    for tt in truth:
        if tt.speaker_name not in speakers:
            speakers.append(tt.speaker_name)
    return GeneratedTranscript(
        text=finish(text),
        turns=truth,
        speakers=speakers,
        style=s,
        newline=nl,
        bom=bom,
        clean_text=finish(clean),
        mutations=mutations,
        front_matter=front,
        back_matter=back,
    )


def transcripts(
    style: str | None = None, *, noise: bool = False, once: bool = False
) -> st.SearchStrategy[GeneratedTranscript]:
    """Whole transcripts in one label ``style`` (any of :data:`STYLES` when None).

    Each has one to four speakers (distinct surnames) and one to eight turns; turns have
    one to three paragraphs, sometimes wrapped over several lines, wrapped in quote marks,
    with inline annotations or a stage-direction line; optional front matter (site name,
    date line, an intro sentence naming the speakers) and back matter (a keyword such as
    ``Newsletter`` then a few headlines); LF, CRLF or CR line endings; sometimes a BOM.

    With ``noise=True`` some labels (never a speaker's first) get label noise from
    :func:`mutate_label`; the truth is unchanged except for the labels as written, and
    ``clean_text`` holds the same document with regular labels.

    With ``once=True`` every speaker (two to four) speaks exactly once: no name recurs, so
    only the layout of the whole document says which lines are labels.
    """
    if style is not None and style not in STYLES:
        raise ValueError(f"unknown style {style!r}; choose one of {', '.join(STYLES)}")
    return _documents(style, noise, once)


# ---------------------------------------------------------------- checking a parse


#: Characters that are neither whitespace nor content (BOM, zero-width spaces and joiners).
IGNORABLE = frozenset("\ufeff\u200b\u200c\u200d\u2060")
#: Quote marks, which wrapping-quote removal may drop.
QUOTES = "\"“”„«»'‘’"
_BREAK = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    """Start offsets of the lines of ``text`` (LF, CRLF and CR end a line)."""
    return [0] + [m.end() for m in _BREAK.finditer(text)]


def _spans(t: Transcript) -> list[tuple[str, Span]]:
    out: list[tuple[str, Span]] = []
    for turn in t.turns:
        out.append((f"turn {turn.index}", turn.span))
        if turn.label_span is not None:
            out.append((f"turn {turn.index} label", turn.label_span))
        for k, p in enumerate(turn.paragraphs):
            out.append((f"turn {turn.index} paragraph {k}", p.span))
        for k, a in enumerate(turn.annotations):
            out.append((f"turn {turn.index} annotation {k}", a.span))
    for k, b in enumerate(t.blocks):
        out.append((f"block {k} ({b.kind})", b.span))
    for k, d in enumerate(t.diagnostics):
        if d.span is not None:
            out.append((f"diagnostic {k} ({d.code})", d.span))
    return out


def _squash(s: str) -> str:
    """Text without whitespace and quote marks: what survives every normalisation."""
    return "".join(c for c in s if not c.isspace() and c not in QUOTES and c not in IGNORABLE)


def _is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(c in it for c in small)


def _cut(text: str, a: int, b: int, holes: list[tuple[int, int]]) -> str:
    """text[a:b] with the parts inside ``holes`` removed."""
    out: list[str] = []
    pos = a
    for x, y in sorted(holes):
        x, y = max(x, a), min(y, b)
        if x >= y or y <= pos:
            continue
        if x > pos:
            out.append(text[pos:x])
        pos = max(pos, y)
    if pos < b:
        out.append(text[pos:b])
    return "".join(out)


def uncovered(text: str, t: Transcript) -> list[int]:
    """Offsets of non-whitespace characters that lie in no turn, label, annotation or block span."""
    n = len(text)
    diff = [0] * (n + 1)
    for turn in t.turns:
        spans = [turn.span, *(a.span for a in turn.annotations)]
        if turn.label_span is not None:
            spans.append(turn.label_span)
        for sp in spans:
            diff[sp.start.offset] += 1
            diff[sp.end.offset] -= 1
    for b in t.blocks:
        diff[b.span.start.offset] += 1
        diff[b.span.end.offset] -= 1
    out: list[int] = []
    depth = 0
    for i, c in enumerate(text):
        depth += diff[i]
        if depth <= 0 and not c.isspace() and c not in IGNORABLE:
            out.append(i)
    return out


def lossless_problems(text: str, t: Transcript, *, exact: bool = False) -> list[str]:
    """Everything wrong with the spans of ``t`` as a trace of ``text``; empty when all hold.

    * every span lies inside the text, ends after it starts, and its line/column agree
      with its offset;
    * ``text[label_span] == label`` and ``text[annotation.span] == annotation.text``;
    * a turn's text is its paragraphs joined (blank line; a space in captions);
    * a paragraph's text, without whitespace and quote marks, is read from its span with
      the annotations and blocks inside it taken out (equal when ``exact``, else a
      subsequence: line numbers and blockquote marks are set aside too);
    * a block's text is its span's text (up to whitespace);
    * turns come in order and do not overlap;
    * every non-whitespace character lies in some turn, label, annotation or block span.
    """
    problems: list[str] = []
    n = len(text)
    starts = line_starts(text)
    for what, sp in _spans(t):
        a, b = sp.start.offset, sp.end.offset
        if not 0 <= a <= b <= n:
            problems.append(f"{what}: span {a}:{b} outside 0:{n}")
            continue
        for pos in (sp.start, sp.end):
            line = max(0, _bisect(starts, pos.offset))
            if (pos.line, pos.column) != (line + 1, pos.offset - starts[line] + 1):
                problems.append(
                    f"{what}: offset {pos.offset} is line {line + 1} column "
                    f"{pos.offset - starts[line] + 1}, not {pos.line}:{pos.column}"
                )
    if problems:
        return problems
    holes_all = [(x.span.start.offset, x.span.end.offset) for x in t.blocks]
    sep = " " if t.layout == "captions" else "\n\n"
    for turn in t.turns:
        if turn.label_span is not None:
            got = text[turn.label_span.start.offset : turn.label_span.end.offset]
            if got != turn.label:
                problems.append(
                    f"turn {turn.index}: label {turn.label!r} but its span holds {got!r}"
                )
        for note in turn.annotations:
            got = text[note.span.start.offset : note.span.end.offset]
            if got != note.text:
                problems.append(
                    f"turn {turn.index}: annotation {note.text!r} but its span holds {got!r}"
                )
        joined = sep.join(p.text for p in turn.paragraphs)
        if joined != turn.text:
            problems.append(
                f"turn {turn.index}: text {turn.text!r} is not its paragraphs {joined!r}"
            )
        holes = holes_all + [(x.span.start.offset, x.span.end.offset) for x in turn.annotations]
        for k, p in enumerate(turn.paragraphs):
            src = _squash(_cut(text, p.span.start.offset, p.span.end.offset, holes))
            want = _squash(p.text)
            ok = want == src if exact else _is_subsequence(want, src)
            if not ok:
                problems.append(
                    f"turn {turn.index} paragraph {k}: {p.text!r} is not read from "
                    f"its span {text[p.span.start.offset : p.span.end.offset]!r}"
                )
        if not turn.span.start.offset <= (turn.label_span or turn.span).start.offset:
            problems.append(f"turn {turn.index}: label starts before the turn")
    for k, blk in enumerate(t.blocks):
        got = _squash(text[blk.span.start.offset : blk.span.end.offset])
        if not _is_subsequence(_squash(blk.text), got):
            problems.append(
                f"block {k} ({blk.kind}): {blk.text!r} is not read from "
                f"{text[blk.span.start.offset : blk.span.end.offset]!r}"
            )
    for prev, nxt in zip(t.turns, t.turns[1:], strict=False):
        if prev.span.end.offset > nxt.span.start.offset:
            problems.append(f"turns {prev.index} and {nxt.index} overlap")
    lost = uncovered(text, t)
    if lost:
        shown = ", ".join(f"{i}:{text[i]!r}" for i in lost[:12])
        problems.append(
            f"{len(lost)} characters in no span: {shown}"
            f" (first in line {text[: lost[0]].count(chr(10)) + 1}: "
            f"{text[starts[_bisect(starts, lost[0])] :][:80]!r})"
        )
    return problems


def _bisect(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


# ---------------------------------------------------------------- quote mutations
#
# An interview and an article quoting it, the quotation changed in one known way, with
# the verdict a quote checker (:func:`transcript.quotes`) must give. Public:
# :func:`quote_mutations`, producing :class:`QuoteMutation`.

QUOTE_MUTATIONS = (
    "exact",
    "trim",
    "disfluency",
    "contraction",
    "word_swap",
    "negation",
    "number",
    "splice",
    "wrong_speaker",
)


def _quote_vocabulary() -> tuple[str, ...]:
    # Made-up words of one shape (consonant-vowel-consonant-vowel-consonant, no s/d/n/z at
    # the end, no e before it): no two are an inflection or a spelling variant of each
    # other, and none is a filler, a negation, a number or a contraction.
    first = "bfgklmprtv"
    out = []
    for c1 in first:
        for v1 in "aeiou":
            for c2 in "bfgklmprt":
                for v2 in "aiou":
                    for c3 in "bfgklmprt":
                        out.append(c1 + v1 + c2 + v2 + c3)
    return tuple(out[::7])


_QUOTE_WORDS = _quote_vocabulary()
_QUOTE_FIRST_NAMES = (
    "Ann",
    "Omar",
    "Li",
    "Maria",
    "Kofi",
    "Ingrid",
    "Ravi",
    "Elena",
    "Tomas",
    "Aiko",
)
_QUOTE_SURNAMES = (
    "Lee",
    "Haddad",
    "Moreau",
    "Okafor",
    "Lindqvist",
    "Sato",
    "Novak",
    "Reyes",
    "Brandt",
)


@dataclass(frozen=True, slots=True)
class QuoteMutation:
    """A transcript, an article quoting it, and what a checker must find.

    ``mutation`` is one of :data:`QUOTE_MUTATIONS`; ``verdict`` the verdict expected;
    ``difference`` the ``(class, kind)`` of the difference expected among the quote's
    differences (``None`` when there is none to report); ``turns`` the transcript turns the
    match may be in (for a splice, those of its parts); ``speaker`` the person the article
    names (the interviewee).
    """

    transcript: str
    article: str
    quote: str
    speaker: str
    mutation: str
    verdict: str
    difference: tuple[str, str] | None
    turns: tuple[int, ...]


def _quote_sentences(words: list[str]) -> str:
    out, start = [], 0
    while start < len(words):
        chunk = words[start : start + 6]
        out.append(" ".join(chunk).capitalize() + ".")
        start += 6
    return " ".join(out)


@st.composite
def quote_mutations(
    draw: st.DrawFn, *, mutations: Sequence[str] = QUOTE_MUTATIONS
) -> QuoteMutation:
    """An interview (``Name: text`` turns) and a one-quotation article, the quotation
    mutated by one of ``mutations``, with the expected verdict and difference."""
    mutation = draw(st.sampled_from(list(mutations)))
    surnames = draw(st.lists(st.sampled_from(_QUOTE_SURNAMES), min_size=2, max_size=2, unique=True))
    host = f"{draw(st.sampled_from(_QUOTE_FIRST_NAMES))} {surnames[0]}"
    guest = f"{draw(st.sampled_from(_QUOTE_FIRST_NAMES))} {surnames[1]}"
    n_turns = draw(st.integers(4, 6)) // 2 * 2
    sizes = [draw(st.integers(14, 24)) for _ in range(n_turns)]
    words = draw(
        st.lists(
            st.sampled_from(_QUOTE_WORDS),
            min_size=sum(sizes) + 4,
            max_size=sum(sizes) + 4,
            unique=True,
        )
    )
    spare = words[sum(sizes) :]  # words the transcript does not have
    turns: list[list[str]] = []
    pos = 0
    for size in sizes:
        turns.append(words[pos : pos + size])
        pos += size
    guest_turns = [k for k in range(n_turns) if k % 2 == 1]
    host_turns = [k for k in range(n_turns) if k % 2 == 0]
    k = draw(st.sampled_from(host_turns if mutation == "wrong_speaker" else guest_turns))
    length = draw(st.integers(8, 12))
    start = draw(st.integers(0, len(turns[k]) - length))
    quote = list(turns[k][start : start + length])
    verdict, difference = "exact", None
    at = draw(st.integers(2, length - 3))  # a place inside the quotation
    quote_turns: tuple[int, ...] = (k,)
    if mutation == "disfluency":
        verdict = "altered"
        if draw(st.booleans()):
            quote.insert(at, quote[at])  # the article repeats a word
            difference = ("disfluency", "repetition")
        else:
            turns[k].insert(start + at, turns[k][start + at])  # the speaker did
            difference = ("disfluency", "repetition")
    elif mutation == "contraction":
        verdict, difference = "altered", ("cosmetic", "contraction")
        spoken, written = ["we", "will"], ["we'll"]
        if draw(st.booleans()):
            spoken, written = written, spoken
        turns[k][start + at : start + at] = spoken
        quote[at:at] = written
    elif mutation == "word_swap":
        verdict, difference = "altered", ("substantive", "word")
        quote[at] = spare[0]
    elif mutation == "negation":
        verdict, difference = "altered", ("substantive", "negation")
        quote.insert(at, "not")
    elif mutation == "number":
        verdict, difference = "altered", ("substantive", "number")
        said, printed = draw(st.lists(st.integers(2, 999), min_size=2, max_size=2, unique=True))
        turns[k].insert(start + at, str(said))
        quote.insert(at, str(printed))
    elif mutation == "splice":
        verdict = "spliced"
        other = draw(st.sampled_from([g for g in guest_turns if g != k]))
        half = length // 2
        s2 = draw(st.integers(0, len(turns[other]) - half))
        quote = quote[:half] + turns[other][s2 : s2 + half]
        quote_turns = (k, other)
    elif mutation == "wrong_speaker":
        verdict = "wrong_speaker"
    text = " ".join(quote)
    lines = []
    for i, t in enumerate(turns):
        lines.append(f"{host if i % 2 == 0 else guest}: {_quote_sentences(t)}")
    cue = draw(st.sampled_from(["after", "before", "inverted"]))
    surname = guest.split()[-1]
    if cue == "after":
        article = f'"{text}," {guest} said.'
    elif cue == "before":
        article = f'{guest} said in the interview: "{text}."'
    else:
        article = f'"{text}," said {surname}.'
    article = f"Interview with {guest}\n\n{article}\n"
    return QuoteMutation(
        transcript="\n\n".join(lines) + "\n",
        article=article,
        quote=text,
        speaker=guest,
        mutation=mutation,
        verdict=verdict,
        difference=difference,
        turns=quote_turns,
    )
