"""Streaming: turns of a transcript of any size, with bounded memory.

The input is read line by line and cut into chunks of about ``chunk_chars`` characters at
safe points: a label-looking line after a blank line (or, in layouts without blank lines, a
label-looking line once the chunk is 1.5x too big; any line at 4x); in captions, a cue whose
speaker is not the previous cue's (so that one speaker's cues, merged into a turn, are never
cut apart). Each chunk goes through the same parser, reading it as the whole document
is read: with the layout of the document's start (captions, line numbers) and the same
first characters of the document to find speakers' full names, titles and affiliations in.
Spans are shifted so they point into the whole input, turn indexes are renumbered, and
question/answer kinds are carried from one chunk to the next.

Limits: labels and roles are decided per chunk (a label style used only in a later chunk,
or a role that depends on the whole conversation, can come out differently from
:func:`transcript.parse`), and a speaker's cues are cut apart when one speaker talks for
more than four chunks' worth.
"""

from __future__ import annotations

import io
import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ._errors import TranscriptError, reading
from ._regex import lazy

if TYPE_CHECKING:
    from ._models import Transcript, Turn

CHUNK_CHARS = 250_000
_LABEL_LINE = lazy(r"[ \t]*(?:\*\*|\[|<v )?[A-Z][\w.'’ -]{0,60}?[:\]>]")
_HEAD = 65536
# a caption cue's speaker: "<v Ann Lee>..." or "Ann Lee: ..." on the line after its timing
_VOICE = lazy(r"[ \t]*(?:<v(?:\.[\w.\-]+)?[ \t]+([^>\n]{1,80})>|([^:\n]{1,60}):[ \t])")


def _open_text(source: str | os.PathLike[str] | IO[str]) -> tuple[IO[str], str | None, bool]:
    """(text stream with line endings kept, source name, whether we opened it)."""
    if not isinstance(source, (str, os.PathLike)):
        return source, getattr(source, "name", None), False
    from .reading.decode import detect_encoding

    p = Path(source)
    with reading(p):
        raw = p.open("rb")
    head = raw.read(_HEAD)
    from .readers import extract, sniff

    fmt = sniff(head)
    if fmt is not None:  # an HTML page, Word file or PDF: its reader's text, read whole
        with raw:
            data = head + raw.read()
        extracted = extract(data, fmt=fmt)
        assert extracted is not None
        return io.StringIO(extracted.text, newline=""), p.name, True
    raw.seek(0)
    try:
        # the same detection as parse_bytes, from the head (so not UTF-8 whatever the file);
        # a head of plain ASCII (without the zero bytes of UTF-16) tells nothing: then from
        # the first block past it that is not
        plain = head.isascii() and b"\0" not in head and len(head) == _HEAD
        encoding: str = detect_encoding(_first_non_ascii(raw) if plain else head)
        raw.seek(0)
    except TranscriptError:
        raw.close()
        raise
    stream = io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")
    return stream, p.name, True


def _first_non_ascii(raw: IO[bytes], block: int = 1 << 20) -> bytes:
    """The first block of ``raw`` (from its start) with a byte past ASCII, from the start of
    the line it is in (so a multi-byte character is whole); empty if there is none."""
    raw.seek(0)
    carry = b""
    while True:
        data = raw.read(block)
        if not data:
            return b""
        if not data.isascii():
            data = carry + data
            return data[data.rfind(b"\n", 0, len(carry) + 1) + 1 :]
        carry = data[data.rfind(b"\n") + 1 :][-4096:]


def _is_caption_start(first: str, second: str) -> bool:
    """The first non-blank line of a WebVTT file, or the first two of an SRT file."""
    head = first.strip()
    return head.startswith("WEBVTT") or (head.isdigit() and "-->" in second)


def _chunks(stream: IO[str], chunk_chars: int) -> Iterator[str]:
    """Pieces of the text, each ending at a line boundary, cut before a label-looking line
    (in captions: before a cue whose speaker is not the previous cue's)."""
    lines = iter(stream)
    head: list[str] = []
    for line in lines:
        if not head and line.startswith("\ufeff"):
            line = line[1:]
        head.append(line)
        if line.strip():
            head.append(next(lines, ""))
            break
    if len(head) >= 2 and _is_caption_start(head[-2], head[-1]):
        yield from _caption_chunks(head, lines, chunk_chars)
        return
    yield from _text_chunks(head, lines, chunk_chars)


def _caption_chunks(head: list[str], lines: Iterator[str], chunk_chars: int) -> Iterator[str]:
    """Cues (blocks between blank lines) gathered into chunks; a chunk ends before a cue
    whose speaker differs from the last one's, or at any cue once it is 4x too big."""
    buf: list[str] = []
    size = 0
    block: list[str] = []
    voice: str | None = None  # the speaker of the last cue that named one

    def block_voice() -> str | None:
        for k, line in enumerate(block):
            if "-->" in line:
                m = _VOICE.match(block[k + 1]) if k + 1 < len(block) else None
                return (m.group(1) or m.group(2)).strip() if m else None
        return None

    for line in itertools.chain(head, lines):
        block.append(line)
        if line.strip():
            continue
        # a blank line ends the block
        this = block_voice()
        if buf and (
            (size >= chunk_chars and this is not None and this != voice) or size >= chunk_chars * 4
        ):
            yield "".join(buf)
            buf = []
            size = 0
        if this is not None:
            voice = this
        buf.extend(block)
        size += sum(map(len, block))
        block = []
    buf.extend(block)
    yield "".join(buf)


def _text_chunks(head: list[str], lines: Iterator[str], chunk_chars: int) -> Iterator[str]:
    """Chunks of a text that is no caption file (see :func:`_chunks`)."""
    buf: list[str] = []
    size = 0
    prev_blank = False
    first = not head
    for line in itertools.chain(head, lines):
        if size >= chunk_chars and buf:
            labelish = _LABEL_LINE.match(line) is not None
            if (
                (labelish and prev_blank)
                or (labelish and size >= chunk_chars * 3 // 2)
                or size >= chunk_chars * 4
            ):
                yield "".join(buf)
                buf = []
                size = 0
        buf.append(line)
        size += len(line)
        prev_blank = not line.strip()
    if buf or first:
        yield "".join(buf)


def iter_chunk_docs(
    source: str | os.PathLike[str] | IO[str],
    *,
    strict: bool = False,
    layout: str = "auto",
    chunk_chars: int = CHUNK_CHARS,
    parser: Any = None,
) -> Iterator[dict[str, Any]]:
    """One JSON-shaped document per chunk (no model objects), its turns shifted to the
    whole input's positions and numbered across chunks."""
    from ._api import default_parser
    from .pipeline import ROSTER_HEAD, ExchangeMarker, StreamContext, TranscriptParser

    if parser is None:
        parser = default_parser() if layout == "auto" else TranscriptParser(layout=layout)
    stream, name, owned = _open_text(source)
    try:
        chars = 0
        lines = 0
        index = 0
        kinds = ExchangeMarker()  # question/answer marking carried across chunks
        encoding = getattr(stream, "encoding", None) or "utf-8"
        pieces = _chunks(stream, chunk_chars)
        # the document's start is read before its first chunk is parsed: every chunk looks
        # for speakers' names in it, as parse() looks in the whole document's
        ahead: list[str] = []
        size = 0
        for piece in pieces:
            ahead.append(piece)
            size += len(piece)
            if size >= ROSTER_HEAD:
                break
        head = "".join(ahead)
        context = StreamContext(head[:ROSTER_HEAD])
        first: dict[str, Any] | None = None
        if len(ahead) == 1:
            # the document's start is its first chunk: read once, it gives the speakers of
            # the start to the chunks after it, and its own turns
            following = next(pieces, None)
            context.more = following is not None
            first = parser._document(head, name, strict, encoding, (0, 0), context)
            chunks = itertools.chain([following] if following is not None else [], pieces)
        else:
            # the speakers of the document's start, read once as a whole: each chunk's
            # speakers then are who they are in the whole
            parser._document_parts(head, name, strict, encoding, (0, 0), context)
            context.more = False
            chunks = itertools.chain(ahead, pieces)
        del head
        following = next(chunks, None) if first is None else ahead[0]
        while following is not None:
            text = following
            following = next(chunks, None)  # (one chunk ahead: is this one the last?)
            context.more = following is not None
            if first is not None:
                doc, first = first, None
            else:
                # (the chunk's positions are made shifted to the whole input's)
                doc = parser._document(text, name, strict, encoding, (chars, lines), context)
            context.at_start = False
            for t in doc["turns"]:
                t["index"] = index
                index += 1
                kinds.mark(t)
            doc["exchanges"] = []
            kinds.forget()  # (only the marking is carried over: memory stays bounded)
            yield doc
            chars += len(text)
            # a chunk ends with a line break (except the last), so it adds that many lines
            lines += text.count("\n") + text.count("\r") - text.count("\r\n")
    except UnicodeDecodeError as exc:
        raise TranscriptError(f"{name}: cannot decode ({exc.reason})") from None
    finally:
        if owned:
            stream.close()


def iter_chunks(
    source: str | os.PathLike[str] | IO[str],
    *,
    strict: bool = False,
    layout: str = "auto",
    chunk_chars: int = CHUNK_CHARS,
    parser: Any = None,
) -> Iterator[Transcript]:
    """One validated :class:`Transcript` per chunk (see :func:`iter_chunk_docs`)."""
    from ._models import adapter, share_field_sets
    from .pipeline import gc_paused

    docs = iter_chunk_docs(
        source, strict=strict, layout=layout, chunk_chars=chunk_chars, parser=parser
    )
    for doc in docs:
        # as in parse(): the cyclic collector would rescan the chunk's objects for nothing
        with gc_paused():
            chunk = adapter().validate_python(doc)
            share_field_sets(chunk.turns)  # (as in parse(): for whoever keeps the turns)
        yield chunk


def iter_turns(
    source: str | os.PathLike[str] | IO[str],
    *,
    strict: bool = False,
    layout: str = "auto",
    chunk_chars: int = CHUNK_CHARS,
) -> Iterator[Turn]:
    """Yield the turns of a transcript (a path or a text file object) with bounded memory.

    Spans and indexes refer to the whole input, as :func:`transcript.parse` would give them;
    speakers are resolved chunk by chunk (about ``chunk_chars`` characters each).
    """
    for chunk in iter_chunks(source, strict=strict, layout=layout, chunk_chars=chunk_chars):
        yield from chunk.turns
