"""Rendering a parsed transcript as plain text, Markdown, WebVTT or SRT.

Plain text and Markdown are written so that parsing them again gives the same
speakers and the same turn texts (``tests/test_render.py`` checks it on every
corpus file and fixture, and on generated transcripts). Where the natural rendering
would be read differently, the output is adjusted without changing the speech:

* a line of speech that would be read as a label, a timestamp, a stage direction or
  page furniture (``Note: ...``, ``(Laughter.) And ...``, ``12 people came``) starts
  with an EM SPACE (U+2003): the lexer does not skip it as indentation, so the line
  stays speech, and whitespace normalisation removes it from the turn text;
* bracketed speech that the parser would take for an annotation (``[No response]``
  that was broken over two lines in the source) is broken over two lines again, and
  so is ``**word word**`` in a document with Markdown labels;
* speech that starts with a quote mark is wrapped in ``«...»``, because the parser
  drops quote marks that wrap a whole turn;
* a one-word name is labelled with its honorific or title (``Mr. Clarida:``), and a
  name the parser would not take for a label in ``Name:`` form gets ``**Name:**`` (or
  ``<v Name>``) instead; see :func:`_labels`;
* a one-word speaker name (``LaValle``) written after a first name in the speech
  (``Ken LaValle``) is joined to it by an EM SPACE, so that the parser does not take
  the phrase for the speaker's full name;
* the first labelled line is never printed twice in the same form (a line printed
  twice at the top of a page is read as a headline);
* a turn without a speaker label starts on a timestamp line (``[00:01:05]``): in a
  document without labels, that is what separates turns.

WebVTT and SRT are for players and subtitle editors: a long turn is split into cues
of at most about two subtitle lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal, get_args

from .._errors import TranscriptError
from .._models import Annotation, Speaker, Transcript, Turn
from ..reading.styles import BY_NAME, LINE_STYLES

RenderFormat = Literal["text", "markdown", "vtt", "srt"]
"""The formats :func:`render` writes."""

FORMATS: tuple[str, ...] = get_args(RenderFormat)

WORDS_PER_MINUTE = 150
"""Speaking rate used to synthesize cue times where the transcript has none."""

MIN_CUE_SECONDS = 1.0
"""Shortest duration given to a synthesized turn."""

CUE_CHARS = 84  # a cue holds at most about two subtitle lines ...
LINE_CHARS = 42  # ... of about 42 characters

_GUARD = "\u2003"  # EM SPACE: see the module docstring
_OPEN_QUOTES = "\"“«„'‘"  # what the parser takes for an opening wrapping quote
_WRAPPERS = (("«", "»"), ("“", "”"), ("‘", "’"), ('"', '"'))
_LINE_NUMBER = re.compile(r"\d{1,2}(?:[ \t]|$)")
_BRACKETS = re.compile(r"[\[\](){}*_]")
_SENTENCE_END = re.compile(r"[.?!…][\"”’')\]]*$")


def render(t: Transcript, to: RenderFormat = "text") -> str:
    """Render ``t`` as ``"text"``, ``"markdown"``, ``"vtt"`` (WebVTT) or ``"srt"``.

    * ``text``: ``Name: speech`` for each turn, with the speaker's display name (a turn
      without a speaker keeps the label it had, if any), a blank line between turns and
      between the paragraphs of a turn. Annotations such as ``(Laughter.)`` or
      ``[inaudible 00:12:03]`` are put back where they were: inside their paragraph, or
      on a line of their own when they stood alone in the source.
    * ``markdown``: a ``# title`` when the transcript has one, a list of the participants
      with their titles, affiliations and roles, then ``**Name:** speech`` turns.
    * ``vtt`` / ``srt``: cues with ``<v Name>`` voice spans (WebVTT) or ``Name:``
      prefixes (SRT); a long turn is split into several cues, which share the turn's
      time in proportion to their words. Turn start and end times are used where the
      transcript has them. Where they are not known, they are **synthesized**: a turn
      starts where the previous one ended and lasts its word count at 150 words a
      minute (at least one second), so cue times always increase; such times are
      estimates for a player, not measurements. When some times are negative (a
      countdown clock), all times are moved forward so that the earliest is zero.

    Parsing the ``text`` or ``markdown`` rendering again gives the same speakers and the
    same turn texts. Raises :class:`TranscriptError` for an unknown format.

    >>> import transcript
    >>> t = transcript.parse("Q: Ready?\\nA: Yes.")
    >>> print(transcript.render(t), end="")
    Q: Ready?
    <BLANKLINE>
    A: Yes.
    """
    if to == "text":
        return _render_text(t, markdown=False)
    if to == "markdown":
        return _render_text(t, markdown=True)
    if to == "vtt":
        return _render_captions(t, srt=False)
    if to == "srt":
        return _render_captions(t, srt=True)
    raise TranscriptError(f"unknown render format {to!r}; choose one of {', '.join(FORMATS)}")


# ---------------------------------------------------------------- turn bodies


@dataclass
class _Tok:
    """A word of speech, or an annotation put back inside the speech."""

    text: str
    note: bool = False


@dataclass
class _Block:
    """A paragraph of speech with its inline annotations, or an annotation standing alone."""

    words: list[str]
    speech: bool = True
    notes: dict[int, list[str]] = field(default_factory=dict)  # word index -> annotations before it

    def tokens(self) -> list[_Tok]:
        out: list[_Tok] = []
        for i, word in enumerate(self.words):
            out.extend(_Tok(n, True) for n in self.notes.get(i, ()))
            if word:
                out.append(_Tok(word))
        out.extend(_Tok(n, True) for n in self.notes.get(len(self.words), ()))
        return out


@dataclass
class _Piece:
    """A source paragraph inside a block, with its source offsets."""

    first_word: int
    words: list[str]
    start: int
    end: int
    line: int


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _names_by_id(t: Transcript) -> dict[str, str]:
    return {s.id: _one_line(s.name) for s in t.speakers}


def _label_names(t: Transcript) -> dict[str, str]:
    """The name each speaker's label shows: the display name, after the honorific or
    title for a one-word name (``Mr. Clarida``, ``Chairwoman Krueger``), because the
    parser reads a lone capitalised word before a colon as a weak label that it
    accepts only when the document confirms it."""
    from ..people.names import natural_case

    out: dict[str, str] = {}
    for s in t.speakers:
        name = _one_line(s.name)
        # (a one-word name takes its title or honorific back; not in a script without
        # case, where titles follow the name: "佐藤一郎君")
        if not s.generic and len(name.split()) == 1 and name.lower() != name.upper():
            prefix = " ".join(natural_case(w) for w in (s.honorific or "").split()) or s.title
            if prefix:
                name = f"{_one_line(prefix)} {name}"
        out[s.id] = name
    return out


def _name_key(name: str) -> str:
    """How the parser keys a label's name (``MR. SMITH`` and ``Smith`` alike)."""
    from ..people.names import name_key, strip_markup

    return name_key(strip_markup(name))


def _turn_name(turn: Turn, names: dict[str, str]) -> str | None:
    if turn.speaker is None:
        return None
    name = names.get(turn.speaker)
    if not name:  # a speaker id missing from the roster: fall back on the label
        name = _one_line((turn.label or "").strip("*_:.#<>[] \t")) or turn.speaker
    return name


def _groups(turn: Turn) -> list[list[_Piece]] | None:
    """The turn's paragraphs grouped the way ``turn.text`` joins them.

    ``text`` joins paragraphs with a blank line, except in caption files, where the
    cues of one speaker are joined with a space. Returns None when the paragraphs do
    not spell the text (a transcript built by hand, say).
    """
    text = turn.text
    groups: list[list[_Piece]] = []
    words = 0
    pos = 0
    for p in turn.paragraphs:
        if not p.text:
            continue
        i = text.find(p.text, pos)
        sep = text[pos:i] if i >= 0 else None
        if sep not in ("", " ", "\n\n") or (not groups and i != 0) or (groups and sep == ""):
            return None
        if not groups or sep == "\n\n":
            groups.append([])
            words = 0
        pwords = p.text.split(" ")
        groups[-1].append(
            _Piece(words, pwords, p.span.start.offset, p.span.end.offset, p.span.start.line)
        )
        words += len(pwords)
        pos = i + len(p.text)
    return groups if pos == len(text) else None


def _inline_ok(a: Annotation) -> bool:
    """Whether an annotation put inside a line of speech is still read as an annotation."""
    from ..reading.build import INLINE, annotation_kind

    m = INLINE.fullmatch(a.text)
    if m is None:
        return False
    body = next(g for g in m.groups() if g is not None)
    return annotation_kind(body) is not None


def _word_at(piece: _Piece, a: Annotation, before: int, total: int) -> int:
    """The word boundary of ``piece`` nearest to where annotation ``a`` stood in the source.

    Paragraph text is the source with annotations taken out and whitespace (line breaks,
    court line numbers) collapsed, so an offset on the paragraph's first line maps
    directly and one further down maps in proportion. ``before`` and ``total`` are the
    lengths of the paragraph's inline annotations before ``a`` and in all.
    """
    text_len = sum(len(w) + 1 for w in piece.words) - 1
    rel = max(0, a.span.start.offset - piece.start - before)
    if a.span.start.line == piece.line:
        guess = float(rel)
    else:
        guess = rel * text_len / max(1, piece.end - piece.start - total)
    best, best_dist = 0, guess
    pos = 0
    for k, w in enumerate(piece.words):
        pos += len(w)
        if abs(guess - pos) < best_dist:  # the boundary after word k
            best, best_dist = k + 1, abs(guess - pos)
        pos += 1
    return piece.first_word + best


def _turn_blocks(turn: Turn, skip: Iterable[str]) -> list[_Block]:
    """A turn's paragraphs, with its annotations (except kinds in ``skip``) put back."""
    skipped = set(skip)
    notes = sorted(
        (a for a in turn.annotations if a.kind not in skipped and a.text.strip()),
        key=lambda a: a.span.start.offset,
    )
    groups = _groups(turn)
    if groups is None:  # no usable spans: the text as it is, annotations after it
        blocks = [_Block(_one_line(g).split(" ")) for g in turn.text.split("\n\n") if g.strip()]
        for a in notes:
            if blocks and blocks[-1].speech and _inline_ok(a):
                blocks[-1].notes.setdefault(len(blocks[-1].words), []).append(_one_line(a.text))
            else:
                blocks.append(_Block([_one_line(a.text)], speech=False))
        return blocks

    blocks = [_Block([w for piece in g for w in piece.words]) for g in groups]
    owner: dict[int, tuple[int, _Piece]] = {}
    for n, a in enumerate(notes):
        for b, g in enumerate(groups):
            for piece in g:
                if piece.start <= a.span.start.offset and a.span.end.offset <= piece.end:
                    owner[n] = (b, piece)
        if n in owner and not _inline_ok(a):
            del owner[n]
    alone: dict[int, list[str]] = {}  # block index it follows (-1: first) -> annotations
    for n, a in enumerate(notes):
        if n not in owner:
            follows = -1
            for b, g in enumerate(groups):
                if g[0].start < a.span.start.offset:
                    follows = b
            alone.setdefault(follows, []).append(_one_line(a.text))
            continue
        b, piece = owner[n]
        mine = [notes[m] for m, o in owner.items() if o[1] is piece]
        before = sum(len(x.text) for x in mine if x.span.end.offset <= a.span.start.offset)
        total = sum(len(x.text) for x in mine)
        blocks[b].notes.setdefault(_word_at(piece, a, before, total), []).append(_one_line(a.text))
    out = [_Block([x], speech=False) for x in alone.get(-1, ())]
    for b, block in enumerate(blocks):
        out.append(block)
        out.extend(_Block([x], speech=False) for x in alone.get(b, ()))
    return out


# ---------------------------------------------------------------- keeping speech speech


class _Guards:
    """What the parser would misread in a rendered document, and how to avoid it."""

    def __init__(
        self, names: Iterable[str], speakers: Iterable[Speaker], *, emphasis: bool
    ) -> None:
        from ..reading.build import EMPHASIS, INLINE, annotation_kind
        from ..reading.grammar import line_patterns

        self._inline = INLINE
        # with Markdown labels, "**word**" in speech is read as emphasis and loses its marks
        self._emphasis = EMPHASIS if emphasis else None
        self._kind = annotation_kind
        self._pats = line_patterns()
        self.known = {_name_key(n) for n in names if n}
        single = sorted(
            {
                _one_line(s.name)
                for s in speakers
                if not s.generic and len(s.name.split()) == 1 and s.name[:1].isupper()
            }
        )
        # ``find_full_name`` in _speakers.py: "Ken LaValle" names the speaker "LaValle"
        self._full = [
            (
                n,
                re.compile(
                    r"(?<![\w.])([A-Z][a-zà-ÿ]+(?:[ \u00a0]+[A-Z]\.)?)([ \u00a0\t]+)("
                    + re.escape(n)
                    + r")(?![\w-])"
                ),
            )
            for n in single
        ]
        self._starts = tuple(single)

    def needs_guard(self, line: str) -> bool:
        """Whether a line of speech at the start of a line would not be read as speech."""
        s = line.lstrip(" \t\u00a0\u200b\ufeff")
        if not s:
            return False
        if s[0] in ">#<*_\\" or s.startswith(("---", "WEBVTT")) or _LINE_NUMBER.match(s):
            return True
        if s.startswith(self._starts):
            return True  # after a capitalised word at the end of the line before
        pats = self._pats
        end = s.rstrip()
        if any(pats[k].fullmatch(end) for k in ("TIME", "STAGE", "PAGE")):
            return True
        if any(
            pats[k].match(s) for k in ("CUE_TIMING", "META", *(s.terminal for s in LINE_STYLES))
        ):
            return True
        m = pats["LABEL_LOOSE"].match(end) if len(end) <= 90 else None
        return m is not None and _name_key(m.group("name").strip()) in self.known

    def names(self, line: str) -> str:
        """Join a one-word speaker name to a first name before it with an EM SPACE."""
        from ..people.speakers import find_full_name

        def guard(m: re.Match[str]) -> str:
            if find_full_name(m.group(3), m.group(0)) is None:
                return m.group(0)  # "Senator Krueger": the parser reads no first name there
            return m.group(1) + _GUARD + m.group(3)

        for name, pat in self._full:
            if name in line:
                line = pat.sub(guard, line)
        return line

    def _stripped(self, line: str) -> list[tuple[int, int]]:
        """Spans the parser takes out of a line as annotations (``take_annotations``)."""
        out = []
        for m in self._inline.finditer(line):
            body = next(g for g in m.groups() if g is not None)
            if self._kind(body) is not None:
                out.append((m.start(), m.end()))
        return out

    def split(self, toks: list[_Tok]) -> list[list[_Tok]]:
        """Break a paragraph into lines so that exactly its annotations are taken out."""
        todo = [toks]
        done: list[list[_Tok]] = []
        while todo:
            cur = todo.pop(0)
            cut = self._cut(cur)
            if cut is None:
                done.append(cur)
            else:
                todo[:0] = [cur[:cut], cur[cut:]]
        return done

    def _cut(self, toks: list[_Tok]) -> int | None:
        """Where to break ``toks`` (a token index), or None when the line reads as meant."""
        starts: list[int] = []
        pos = 0
        for tok in toks:
            starts.append(pos)
            pos += len(tok.text) + 1
        line = " ".join(tok.text for tok in toks)
        wanted = {
            (starts[i], starts[i] + len(tok.text)): i for i, tok in enumerate(toks) if tok.note
        }
        stripped = self._stripped(line)
        for a, b in stripped:
            if (a, b) not in wanted:  # speech that would be taken for an annotation
                inside = [i for i in range(1, len(toks)) if a < starts[i] < b]
                if inside:
                    return inside[len(inside) // 2]
        got = set(stripped)
        for span, i in wanted.items():
            if span not in got:  # an annotation swallowed by brackets around it
                return i if i > 0 else (1 if len(toks) > 1 else None)
        if self._emphasis is not None:
            for m in self._emphasis.finditer(line):
                inside = [i for i in range(1, len(toks)) if m.start() < starts[i] < m.end()]
                if inside:  # asterisks of the speech, not emphasis
                    return inside[len(inside) // 2]
        return None


def _quote_guard(paras: list[str]) -> tuple[str, str]:
    """Quote marks to wrap the speech in, so that quote stripping gives it back as it is."""
    if not paras or not paras[0] or paras[0][0] not in _OPEN_QUOTES:
        return "", ""
    from ..reading.build import Para, strip_quotes

    def back(o: str, c: str) -> bool:
        ps = [Para(x, 0, 0) for x in paras]
        ps[0].text = o + ps[0].text
        ps[-1].text = ps[-1].text + c
        strip_quotes(ps)
        return [p.text for p in ps] == paras

    for o, c in _WRAPPERS:
        if back(o, c):
            return o, c
    for o, c in _WRAPPERS:
        for o2, c2 in _WRAPPERS:
            if back(o + o2, c2 + c):
                return o + o2, c2 + c
    return "", ""


# ---------------------------------------------------------------- text and Markdown


def _turn_lines(turn: Turn, label: str | None, guards: _Guards, sep: str = " ") -> list[str]:
    """A turn's paragraphs as text, the first one after its label (blank-line separated)."""
    blocks = _turn_blocks(turn, skip=("cue",))
    speech = [b for b in blocks if b.speech and any(b.words)]
    opener, closer = _quote_guard([" ".join(b.words) for b in speech])
    if opener:
        speech[0].words[0] = opener + speech[0].words[0]
        speech[-1].words[-1] = speech[-1].words[-1] + closer
    paras: list[str] = []
    for n, block in enumerate(blocks):
        if not block.speech:
            paras.append(block.words[0])
            continue
        text = " ".join(w for w in block.words if w)
        if block.notes or _BRACKETS.search(text):
            lines = [" ".join(t.text for t in line) for line in guards.split(block.tokens())]
        else:
            lines = [text]  # nothing the parser could take out of it
        lines = [guards.names(line) for line in lines]
        for i, line in enumerate(lines):
            if (i > 0 or n > 0 or label is None) and guards.needs_guard(line):
                lines[i] = _GUARD + line
        paras.append("\n".join(lines))
    if label is not None:
        label = guards.names(label)  # "Nora Smith:" would name a speaker "Smith" too
        if paras and blocks[0].speech:
            paras[0] = f"{label}{sep}{paras[0]}" if paras[0] else label
        else:
            paras.insert(0, label)
    return paras


def _heading(title: str) -> str:
    from ..reading.grammar import line_patterns

    line = "# " + _one_line(title)
    if line_patterns()["LABEL_HEADING"].fullmatch(line):
        line += " #"  # a closing sequence: still a heading, never a speaker label
    return line


def _participant(s: Speaker) -> str:
    line = f"- **{_one_line(s.name)}**"
    extra = [_one_line(x) for x in (s.title, s.affiliation) if x]
    if extra:
        line += ", " + ", ".join(extra)
    if s.role != "unknown":
        line += f" ({s.role})"
    return line


def _labels(names: list[str | None], *, markdown: bool, emphasis: bool = True) -> dict[str, str]:
    """The label written for each name.

    ``Name:`` (text) and ``**Name:**`` (Markdown) are the canonical forms. The parser
    takes ``Word:`` for a label only when the word looks like a name and the document
    confirms it (the name used twice, or other strong labels around), and emphasis only
    around a name; where the canonical form would be read as speech, the other form is
    used, and ``<v Name>`` (a voice span, always a label) as the last resort.
    ``emphasis=False`` never uses ``**Name:**``: a document with such labels is read as
    Markdown, and ``**word**`` in its speech loses the asterisks.
    """
    from ..people.names import plausible_name
    from ..reading.styles import GAP_MARKS, name_is_person_like

    # the forms written, from the table of label styles
    plain, md, voice = (BY_NAME[k].written for k in ("colon", "md", "voice"))
    score = {n: plausible_name(n) for n in set(names) if n}
    count: dict[str, int] = {}
    for n in names:
        if n:
            count[_name_key(n)] = count.get(_name_key(n), 0) + 1
    strong = sum(1 for n in names if n and score[n] == 2)
    out: dict[str, str] = {}
    for n, sc in score.items():
        seen = count[_name_key(n)]
        # (a forum's handle, "oak_and_iron", is taken by no colon label however often it
        # recurs: it gets a voice span)
        handle = "_" in n and not n.isupper()
        colon = (
            not handle
            and _reads_as_colon_label(n)
            and (
                seen >= 2
                or (sc == 2 and name_is_person_like(n))
                or (sc >= 1 and strong >= 2)
                or (sc == 0 and seen >= 3 and n.isupper() and n.isalpha() and len(n) <= 6)
            )
        )
        # (a question or answer mark of a pair, "문" / "답", "དྲི་བ" / "ལན", is read as one only
        # where its partner is in the same form: both are written plain)
        bold = (
            emphasis
            and sc >= 1
            and n not in GAP_MARKS
            and re.fullmatch(r"[^*_\n:]{1,80}", n) is not None
        )
        forms = [md.format(name=n) if bold else "", plain.format(name=n) if colon else ""]
        if not markdown:
            forms.reverse()
        fallback = voice if ">" not in n else plain  # (a voice span is always a label)
        out[n] = next((f for f in forms if f), fallback.format(name=n))
    return out


def _reads_as_colon_label(name: str) -> bool:
    """Whether ``Name: speech`` is matched as a colon label naming ``name``, not as a
    ``Q``/``A`` marker (``Q Ann: ...``) or a timestamped label first."""
    from ..reading.grammar import line_patterns

    pats = line_patterns()
    line = f"{name}: speech"
    m = pats["LABEL_COLON"].match(line)
    if m is None or m.group("name").rstrip(" \t") != name or pats["LABEL_TIMED"].match(line):
        return False
    qa = pats["LABEL_QA"].match(line) if name[:1] in "QA" else None
    return qa is None or (qa.group("name") == name and qa.group("single") is None)


def _has_emphasis(t: Transcript) -> bool:
    """Whether some speech holds ``**word**`` or ``__word__`` that no line break can split."""
    from ..reading.build import EMPHASIS

    return any(" " not in m.group(0) for turn in t.turns for m in EMPHASIS.finditer(turn.text))


def _render_text(t: Transcript, *, markdown: bool) -> str:
    names = _label_names(t)
    used = [_turn_name(turn, names) for turn in t.turns]
    spoken = {turn.speaker for turn in t.turns}
    people = [s for s in t.speakers if s.id in spoken]
    labels = _labels(used, markdown=markdown)
    emphasis = any(v.startswith("**") for v in labels.values())
    if emphasis and _has_emphasis(t):
        labels = _labels(used, markdown=markdown, emphasis=False)
        emphasis = False
    guards = _Guards([n for n in used if n], people, emphasis=emphasis)
    times = _turn_times(t)
    chunks: list[str] = []
    if markdown:
        if t.title:
            chunks.append(guards.names(_heading(t.title)))
        if people:
            chunks.append("\n".join(guards.names(_participant(s)) for s in people))
    first_line: str | None = None
    for turn, name, (start, _) in zip(t.turns, used, times, strict=True):
        if name is not None:
            label: str | None = labels[name]
        elif turn.label and turn.label.strip():
            label = _one_line(turn.label)  # a label that names nobody ("[REDACTED]:")
        else:
            label = None
            stamp = _clock(start, ".")
        paras = _turn_lines(turn, label, guards)
        if label is None and paras:
            # the stamp right above the speech opens a turn of no one's (see the lexer)
            paras[0] = f"[{stamp.removesuffix('.000')}]\n" + paras[0]
        if paras and label is not None:
            line = paras[0].split("\n", 1)[0]
            if first_line is None:
                first_line = line
            elif line == first_line:
                # the first labelled line printed again would be read as a headline shown
                # twice (page title and heading), not as two turns
                paras = _turn_lines(turn, label, guards, sep=_GUARD)
        chunks.append("\n\n".join(paras))
    return "\n\n".join(c for c in chunks if c) + "\n" if chunks else ""


# ---------------------------------------------------------------- WebVTT and SRT


def _turn_times(t: Transcript) -> list[tuple[float, float]]:
    """(start, end) of each turn: known times kept, unknown ones synthesized (see :func:`render`)."""
    turns = t.turns
    known = [x for turn in turns for x in (turn.start, turn.end) if x is not None]
    shift = -min(known) if known and min(known) < 0 else 0.0  # a countdown clock starts at zero
    out: list[tuple[float, float]] = []
    cursor = 0.0
    for k, turn in enumerate(turns):
        start = turn.start + shift if turn.start is not None else cursor
        if turn.end is not None and turn.end + shift > start:
            end = turn.end + shift
        else:
            words = len(turn.text.split())
            end = start + max(MIN_CUE_SECONDS, words * 60.0 / WORDS_PER_MINUTE)
            nxt = turns[k + 1].start if k + 1 < len(turns) else None
            if turn.start is not None and nxt is not None and start < nxt + shift < end:
                end = nxt + shift  # a known next start bounds a known turn
        out.append((start, end))
        cursor = max(cursor, end)
    return out


def _clock(seconds: float, sep: str) -> str:
    ms = max(0, round(seconds * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def _chunks(text: str) -> Iterator[str]:
    """Cue texts of at most about two subtitle lines, broken at a sentence end when one is near."""
    cur: list[str] = []
    size = 0
    for w in text.split():
        if cur and size + 1 + len(w) > CUE_CHARS:
            cut = len(cur)
            for j in range(len(cur) - 1, len(cur) // 2 - 1, -1):
                if _SENTENCE_END.search(cur[j]):
                    cut = j + 1
                    break
            yield " ".join(cur[:cut])
            cur = cur[cut:]
            size = len(" ".join(cur))
        size += (1 if cur else 0) + len(w)
        cur.append(w)
    if cur:
        yield " ".join(cur)


def _two_lines(text: str) -> str:
    """A cue text longer than one subtitle line, broken at the space nearest its middle."""
    if len(text) <= LINE_CHARS or " " not in text:
        return text
    mid = len(text) // 2
    best = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - mid))
    return text[:best] + "\n" + text[best + 1 :]


def _vtt_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _render_captions(t: Transcript, *, srt: bool) -> str:
    names = _names_by_id(t)
    cues: list[str] = []
    for turn, (start, end) in zip(t.turns, _turn_times(t), strict=True):
        name = _turn_name(turn, names)
        texts: list[str] = []
        for block in _turn_blocks(turn, skip=("cue", "time")):
            texts.extend(_chunks(" ".join(tok.text for tok in block.tokens())))
        weights = [len(x.split()) for x in texts]
        total = sum(weights)
        at = start
        for text, weight in zip(texts, weights, strict=True):
            stop = at + (end - start) * weight / total
            if srt:
                body = _two_lines(f"{name}: {text}" if name else text).replace("-->", "->")
                cues.append(f"{len(cues) + 1}\n{_clock(at, ',')} --> {_clock(stop, ',')}\n{body}")
            else:
                body = _vtt_escape(_two_lines(text))
                if name:
                    body = f"<v {_vtt_escape(name)}>{body}"
                cues.append(f"{_clock(at, '.')} --> {_clock(stop, '.')}\n{body}")
            at = stop
    if srt:
        return "".join(c + "\n\n" for c in cues)
    return "WEBVTT\n\n" + "".join(c + "\n\n" for c in cues)
