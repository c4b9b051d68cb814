"""Rendering a parsed transcript back to text: plain text, Markdown, WebVTT and SRT.

Plain text and Markdown are written so that parsing them again gives the same
speakers and the same turn texts (see ``tests/test_render.py``). Three guards make
that hold without any change to the parser:

* a paragraph whose first line would be read as a label, a timestamp, a stage
  direction or page furniture (``Note: ...``, ``(Laughter.) ...``, ``12 people ...``)
  starts with an EM SPACE (U+2003): the lexer does not skip it as indentation, so the
  line stays speech, and whitespace normalisation removes it again from the text;
* speech that starts with a quote mark is wrapped in ``«...»``, because the parser
  drops quote marks that wrap a whole turn;
* a turn without a speaker starts on a timestamp line (``[00:01:05.000]``): in a
  document without labels that is what separates turns.

WebVTT and SRT are for players and subtitle editors; turns are split into cues of at
most about two subtitle lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, get_args

from ._errors import TranscriptError
from ._models import Annotation, Speaker, Transcript, Turn

RenderFormat = Literal["text", "markdown", "vtt", "srt"]
"""The formats :func:`render` writes."""

FORMATS: tuple[str, ...] = get_args(RenderFormat)

WORDS_PER_MINUTE = 150
"""Speaking rate used to synthesize cue times where the transcript has none."""

MIN_CUE_SECONDS = 1.0
CUE_CHARS = 84  # two subtitle lines of about 42 characters
LINE_CHARS = 42

_GUARD = "\u2003"  # EM SPACE: see the module docstring
_OPEN_QUOTES = "\"“«„'‘"  # what the parser treats as an opening wrapping quote
_WRAPPERS = (("«", "»"), ("“", "”"), ("‘", "’"), ("\"", "\""))
_SKIP_KINDS = frozenset({"cue"})  # caption timing lines: the cue times say it already
_NOT_CAPTION_KINDS = frozenset({"cue", "time"})
_LINE_NUMBER = re.compile(r"[ \t]{0,12}\d{1,2}(?:[ \t]|$)")
_SENTENCE_END = re.compile(r"[.?!…][\"”’')\]]*$")


def render(t: Transcript, to: RenderFormat = "text") -> str:
    """Render ``t`` as ``"text"``, ``"markdown"``, ``"vtt"`` (WebVTT) or ``"srt"``.

    * ``text``: one turn per block, ``Name: speech`` with the speaker's display name
      (a turn without a speaker has no label), a blank line between turns and
      between the paragraphs of a turn. Annotations (``(Laughter.)``, ``[inaudible]``)
      are put back where they were: inline inside their paragraph, or on a line of
      their own when they stood alone in the source.
    * ``markdown``: ``# title`` (when known), a list of the participants with their
      titles, affiliations and roles, then ``**Name:** speech`` turns.
    * ``vtt`` / ``srt``: cues with ``<v Name>`` voice spans (WebVTT) or ``Name:``
      prefixes (SRT); a long turn is split into several cues. Turn start and end
      times are used where the transcript has them. Where they are unknown, times are
      synthesized from word counts at about 150 words a minute (at least one second
      per cue), continuing from the previous cue, so cue times always increase;
      such times are estimates, not measurements. Negative times (countdown clocks)
      are shown as zero.

    Parsing the ``text`` or ``markdown`` rendering again gives the same speakers and
    the same turn texts. Raises :class:`TranscriptError` for an unknown format.

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
class _Block:
    """One line of a rendered turn: a paragraph (with inline annotations) or a stand-alone annotation."""

    words: list[str]
    speech: bool  # False: an annotation on a line of its own
    inserts: dict[int, list[str]] = field(default_factory=dict)  # word index -> annotations before it

    def line(self) -> str:
        out: list[str] = []
        for i, word in enumerate(self.words):
            out.extend(self.inserts.get(i, ()))
            out.append(word)
        out.extend(self.inserts.get(len(self.words), ()))
        return " ".join(w for w in out if w)


@dataclass
class _Piece:
    """A source paragraph inside a block: where its text starts among the block's words."""

    first_word: int
    words: list[str]
    start: int  # source offsets
    end: int
    start_line: int


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _speaker_names(t: Transcript) -> dict[str, str]:
    return {s.id: s.name for s in t.speakers}


def _turn_name(turn: Turn, names: dict[str, str]) -> str | None:
    if turn.speaker is None:
        return None
    name = names.get(turn.speaker)
    if name is None:  # a speaker id missing from the roster: fall back on the label
        name = (turn.label or turn.speaker).strip().strip("*_:.#<>[] ") or turn.speaker
    return _one_line(name)


def _align(turn: Turn) -> list[tuple[list[_Piece], list[str]]] | None:
    """Group the turn's paragraphs the way ``turn.text`` joins them.

    ``text`` joins paragraphs with a blank line, except in caption files, where the
    cues of one speaker are joined with a space. Returns one (pieces, words) per
    blank-line separated group, or None when the paragraphs do not spell the text.
    """
    text = turn.text
    groups: list[tuple[list[_Piece], list[str]]] = []
    pos = 0
    for k, p in enumerate(turn.paragraphs):
        if not p.text:
            continue
        i = text.find(p.text, pos)
        if i < 0 or (k == 0 and i != 0) or text[pos:i] not in ("", " ", "\n\n"):
            return None
        if not groups or text[pos:i] == "\n\n":
            groups.append(([], []))
        pieces, words = groups[-1]
        pwords = p.text.split(" ")
        pieces.append(_Piece(len(words), pwords, p.span.start.offset, p.span.end.offset,
                             p.span.start.line))
        words.extend(pwords)
        pos = i + len(p.text)
    if pos != len(text):
        return None
    return groups


def _inline_ok(a: Annotation) -> bool:
    """Whether an annotation can sit inside a line of speech and still be read as one."""
    from ._build import _INLINE, annotation_kind

    m = _INLINE.fullmatch(a.text)
    if m is None:
        return False
    body = next(g for g in m.groups() if g is not None)
    return annotation_kind(body) is not None


def _word_at(piece: _Piece, a: Annotation, inline_before: int, inline_total: int) -> int:
    """The word boundary of ``piece`` nearest to where annotation ``a`` stood in the source.

    Paragraph text is the source with annotations taken out and whitespace (line
    breaks, court line numbers) collapsed, so a source offset is mapped directly on
    the paragraph's first line and proportionally further down.
    """
    text_len = sum(len(w) for w in piece.words) + len(piece.words) - 1
    rel = max(0, a.span.start.offset - piece.start - inline_before)
    if a.span.start.line == piece.start_line:
        guess = float(rel)
    else:
        src_len = max(1, piece.end - piece.start - inline_total)
        guess = rel * text_len / src_len
    best, best_dist = 0, abs(guess)
    pos = 0
    for k, w in enumerate(piece.words):
        pos += len(w)
        # boundary k + 1 sits after word k (at the space, or at the end of the text)
        dist = abs(guess - pos)
        if dist < best_dist:
            best, best_dist = k + 1, dist
        pos += 1
    return piece.first_word + best


def _turn_blocks(turn: Turn, *, captions: bool = False) -> list[_Block]:
    """The lines of a turn's speech with its annotations put back where they were."""
    skip = _NOT_CAPTION_KINDS if captions else _SKIP_KINDS
    anns = sorted((a for a in turn.annotations if a.kind not in skip and a.text.strip()),
                  key=lambda a: a.span.start.offset)
    groups = _align(turn)
    if groups is None:  # paragraphs do not spell the text: render the text as it is
        blocks = [_Block(_one_line(g).split(" "), True) for g in turn.text.split("\n\n") if g.strip()]
        for a in anns:
            if blocks and blocks[-1].speech and _inline_ok(a):
                last = blocks[-1]
                last.inserts.setdefault(len(last.words), []).append(_one_line(a.text))
            else:
                blocks.append(_Block([_one_line(a.text)], False))
        return blocks

    blocks = [_Block(words, True) for _, words in groups]
    # Which piece holds each annotation, if any; the others stand alone.
    placed: list[tuple[int, _Block | None, int]] = []  # (order, block, word) for inline ones
    alone: list[tuple[int, Annotation]] = []  # (index of the block it follows, annotation)
    owners: list[tuple[int, _Piece] | None] = []
    for a in anns:
        owner = None
        for b, (pieces, _) in enumerate(groups):
            for piece in pieces:
                if piece.start <= a.span.start.offset and a.span.end.offset <= piece.end:
                    owner = (b, piece)
        owners.append(owner if owner is not None and _inline_ok(a) else None)
    for idx, (a, own) in enumerate(zip(anns, owners, strict=True)):
        if own is None:
            follows = -1
            for b, (pieces, _) in enumerate(groups):
                if pieces and pieces[0].start < a.span.start.offset:
                    follows = b
            alone.append((follows, a))
            continue
        b, piece = own
        mine = [x for x, o in zip(anns, owners, strict=True) if o is not None and o[1] is piece]
        before = sum(len(x.text) for x in mine if x.span.end.offset <= a.span.start.offset)
        total = sum(len(x.text) for x in mine)
        placed.append((idx, blocks[b], _word_at(piece, a, before, total)))
        blocks[b].inserts.setdefault(_word_at(piece, a, before, total), []).append(_one_line(a.text))
    del placed
    out: list[_Block] = [_Block([_one_line(a.text)], False) for f, a in alone if f < 0]
    for b, block in enumerate(blocks):
        out.append(block)
        out.extend(_Block([_one_line(a.text)], False) for f, a in alone if f == b)
    return out


# ---------------------------------------------------------------- text and Markdown


def _known_keys(names: Sequence[str]) -> set[str]:
    from ._names import name_key, strip_markup

    return {name_key(strip_markup(n)) for n in names if n}


def _needs_guard(line: str, known: set[str]) -> bool:
    """Whether a line of speech, alone at the start of a line, would not be read as speech."""
    from ._grammar import line_patterns
    from ._names import name_key, strip_markup

    s = line.lstrip(" \t\u00a0\u200b\ufeff")
    if not s:
        return False
    if s[0] in ">#<*_\\" or s.startswith("---") or s.startswith("WEBVTT"):
        return True
    if _LINE_NUMBER.match(s):
        return True
    pats = line_patterns()
    for name in ("TIME", "STAGE", "PAGE"):
        if pats[name].fullmatch(s.rstrip()):
            return True
    for name in ("CUE_TIMING", "META", "LABEL_COLON", "LABEL_PERIOD", "LABEL_QA", "LABEL_MD",
                 "LABEL_HEADING", "LABEL_TIMED", "LABEL_VOICE"):
        if pats[name].match(s):
            return True
    if len(s) <= 90:
        m = pats["LABEL_LOOSE"].match(s.rstrip())
        if m and name_key(strip_markup(m.group("name").strip())) in known:
            return True
    return False


def _quote_guard(paras: list[str]) -> list[str]:
    """Wrap speech that starts with a quote mark so that quote stripping gives it back."""
    if not paras or not paras[0] or paras[0][0] not in _OPEN_QUOTES:
        return paras
    from ._build import Para, _strip_quotes

    def strip(texts: list[str]) -> list[str]:
        ps = [Para(x, 0, 0) for x in texts]
        _strip_quotes(ps)  # once while assembling turns,
        _strip_quotes(ps)  # once more after the back matter is cut
        return [p.text for p in ps]

    def wrap(texts: list[str], o: str, c: str) -> list[str]:
        out = list(texts)
        out[0] = o + out[0]
        out[-1] = out[-1] + c
        return out

    for o, c in _WRAPPERS:
        cand = wrap(paras, o, c)
        if strip(cand) == paras:
            return cand
    for o, c in _WRAPPERS:
        for o2, c2 in _WRAPPERS:
            cand = wrap(wrap(paras, o2, c2), o, c)
            if strip(cand) == paras:
                return cand
    return paras


def _time_label(seconds: float) -> str:
    return f"[{_clock(seconds, ',' if False else '.')}]"


def _turn_lines(turn: Turn, label: str | None, known: set[str], time_line: str | None) -> list[str]:
    """The paragraphs of one turn as lines, the first one after its label."""
    blocks = _turn_blocks(turn)
    speech = [b for b in blocks if b.speech]
    wrapped = _quote_guard([" ".join(b.words) for b in speech])
    if wrapped and speech and wrapped[0] != " ".join(speech[0].words):
        first, last = speech[0], speech[-1]
        opener = wrapped[0][: len(wrapped[0]) - len(" ".join(first.words))]
        closer = wrapped[-1][len(" ".join(last.words)):]
        first.words[0] = opener + first.words[0]
        last.words[-1] = last.words[-1] + closer
    lines = [b.line() for b in blocks]
    out: list[str] = []
    if time_line is not None:
        out.append(time_line)
    for i, line in enumerate(lines):
        if i == 0 and label is not None and blocks[0].speech:
            out.append(f"{label} {line}" if line else label)
            continue
        if i == 0 and label is not None:
            out.append(label)
        if blocks[i].speech and _needs_guard(line, known):
            line = _GUARD + line
        out.append(line)
    if not lines and label is not None:
        out.append(label)
    return out


def _heading(title: str) -> str:
    from ._grammar import line_patterns

    line = "# " + _one_line(title)
    if line_patterns()["LABEL_HEADING"].fullmatch(line):
        line += " #"  # a closing sequence: a heading, never a speaker label
    return line


def _participant(s: Speaker) -> str:
    parts = [f"- **{_one_line(s.name)}**"]
    extra = [x for x in (s.title, s.affiliation) if x]
    if extra:
        parts.append(", " + ", ".join(_one_line(x) for x in extra))
    if s.role != "unknown":
        parts.append(f" ({s.role})")
    return "".join(parts)


def _md_label(name: str) -> str:
    if re.search(r"[*_:\n]", name):
        return f"{name}:"  # emphasis cannot hold these characters: a plain label
    return f"**{name}:**"


def _render_text(t: Transcript, *, markdown: bool) -> str:
    names = _speaker_names(t)
    used = [_turn_name(turn, names) for turn in t.turns]
    known = _known_keys([n for n in used if n])
    times = _cue_times(t)
    chunks: list[str] = []
    if markdown:
        if t.title:
            chunks.append(_heading(t.title))
        spoken = {turn.speaker for turn in t.turns}
        people = [s for s in t.speakers if s.id in spoken]
        if people:
            chunks.append("\n".join(_participant(s) for s in people))
    for k, (turn, name) in enumerate(zip(t.turns, used, strict=True)):
        if name is None:
            label = None
            time_line: str | None = _time_label(times[k][0])
        else:
            label = _md_label(name) if markdown else f"{name}:"
            time_line = None
        chunks.append("\n\n".join(_turn_lines(turn, label, known, time_line)))
    return "\n\n".join(chunks) + "\n" if chunks else ""


# ---------------------------------------------------------------- WebVTT and SRT


def _seconds_for(words: int) -> float:
    return max(MIN_CUE_SECONDS, words * 60.0 / WORDS_PER_MINUTE)


def _cue_times(t: Transcript) -> list[tuple[float, float]]:
    """(start, end) of each turn: known times kept, unknown ones synthesized after the previous turn."""
    out: list[tuple[float, float]] = []
    cursor = 0.0
    turns = t.turns
    for k, turn in enumerate(turns):
        words = len(turn.text.split()) or 1
        start = turn.start if turn.start is not None else cursor
        start = max(0.0, start)
        if turn.end is not None and turn.end > start:
            end = turn.end
        else:
            end = start + _seconds_for(words)
            nxt = turns[k + 1].start if k + 1 < len(turns) else None
            if turn.start is not None and nxt is not None and start < nxt < end:
                end = nxt
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
    """Split speech into cue texts of at most about two subtitle lines, at sentence ends when possible."""
    words = text.split()
    cur: list[str] = []
    size = 0
    for w in words:
        if cur and size + 1 + len(w) > CUE_CHARS:
            # prefer to break after the last sentence end of the second half
            cut = len(cur)
            for j in range(len(cur) - 1, len(cur) // 2, -1):
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
    """Break a cue text into two lines near its middle when it is longer than one line."""
    if len(text) <= LINE_CHARS:
        return text
    mid = len(text) // 2
    best = -1
    for i, ch in enumerate(text):
        if ch == " " and (best < 0 or abs(i - mid) < abs(best - mid)):
            best = i
    return text if best < 0 else text[:best] + "\n" + text[best + 1:]


def _vtt_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _render_captions(t: Transcript, *, srt: bool) -> str:
    names = _speaker_names(t)
    times = _cue_times(t)
    cues: list[str] = []
    for turn, (start, end) in zip(t.turns, times, strict=True):
        name = _turn_name(turn, names)
        texts: list[str] = []
        for block in _turn_blocks(turn, captions=True):
            texts.extend(_chunks(block.line()))
        if not texts:
            continue
        weights = [max(1, len(x.split())) for x in texts]
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
        return "\n\n".join(cues) + "\n" if cues else ""
    return "WEBVTT\n\n" + "".join(c + "\n\n" for c in cues)
