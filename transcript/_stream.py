"""Streaming: turns of a transcript of any size, with bounded memory.

The input is read line by line and cut into chunks of about ``chunk_chars`` characters at
safe points: a label-looking line after a blank line (or, in layouts without blank lines, a
label-looking line once the chunk is 1.5x too big; any line at 4x). Each chunk goes through
the same parser; spans are shifted so they point into the whole input, turn indexes are
renumbered, and question/answer kinds are carried from one chunk to the next.

Limits: each chunk is parsed on its own, so speaker names and roles are resolved per chunk,
front matter is only seen in the first chunk, and caption cues of one speaker are not merged
across a cut.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ._errors import TranscriptError, reading

if TYPE_CHECKING:
    from ._models import Transcript, Turn

CHUNK_CHARS = 250_000
_LABEL_LINE = re.compile(r"[ \t]*(?:\*\*|\[|<v )?[A-Z][\w.'’ -]{0,60}?[:\]>]")
_HEAD = 65536


def _open_text(source: str | os.PathLike[str] | IO[str]) -> tuple[IO[str], str | None, bool]:
    """(text stream with line endings kept, source name, whether we opened it)."""
    if not isinstance(source, (str, os.PathLike)):
        return source, getattr(source, "name", None), False
    from ._decode import detect_encoding

    p = Path(source)
    with reading(p):
        raw = p.open("rb")
    head = raw.read(_HEAD)
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


def _chunks(stream: IO[str], chunk_chars: int) -> Iterator[str]:
    """Pieces of the text, each ending at a line boundary, cut before a label-looking line."""
    buf: list[str] = []
    size = 0
    prev_blank = False
    first = True
    for line in stream:
        if first:
            first = False
            if line.startswith("\ufeff"):
                line = line[1:]
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
    from ._api import ExchangeMarker, TranscriptParser, _default

    if parser is None:
        parser = _default() if layout == "auto" else TranscriptParser(layout=layout)
    stream, name, owned = _open_text(source)
    try:
        chars = 0
        lines = 0
        index = 0
        kinds = ExchangeMarker()  # question/answer marking carried across chunks
        encoding = getattr(stream, "encoding", None) or "utf-8"
        for text in _chunks(stream, chunk_chars):
            # (the chunk's positions are made shifted to the whole input's)
            doc = parser._document(text, name, strict, encoding, (chars, lines))
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
    from ._api import _gc_paused
    from ._models import adapter, share_field_sets

    docs = iter_chunk_docs(
        source, strict=strict, layout=layout, chunk_chars=chunk_chars, parser=parser
    )
    for doc in docs:
        # as in parse(): the cyclic collector would rescan the chunk's objects for nothing
        with _gc_paused():
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
