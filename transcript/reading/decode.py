"""Bytes to text: BOMs, UTF-8, UTF-16/32 and legacy single-byte encodings.

The order: a byte-order mark; UTF-16/32 without one, told by where its zero bytes fall;
the refusal of binary data; valid UTF-8; then charset-normalizer for legacy code pages,
where Western-European text is read as cp1252 (a superset of Latin-1 for printable text)
before rarer code pages that read the same bytes as plausibly. The detector's confidence
goes with the encoding's name (:class:`Encoding`).
"""

from __future__ import annotations

import codecs
import re
from typing import Any, NamedTuple

from .._errors import DecodeError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of common binary formats a user might pass by mistake.
_BINARY_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"%PDF",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"\x7fELF",
    b"MZ",
    b"Rar!",
    b"OggS",
    b"ID3",
    b"RIFF",
    b"\x00\x00\x01\x00",
)

_SAMPLE = 64 * 1024
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def _looks_binary(data: bytes) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = data[:_SAMPLE]
    if not sample:
        return False
    nul = sample.count(0)
    # Text with a few stray NULs is still text; NUL-heavy data is not.
    if nul > max(8, len(sample) // 100):
        return True
    # control bytes other than tab, line breaks, form feed: counted in C, by deleting every
    # other byte (a Python loop over the 64 KB sample cost more than parsing a 50 KB file)
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > len(sample) // 10


class Encoding(str):
    """An encoding's name (a ``str``) with how sure its detection is.

    ``confidence`` is 1.0 for a byte-order mark or valid UTF-8; for a guess it falls with
    the detector's measure of mess and with how little evidence (non-ASCII bytes) there was.
    """

    confidence: float

    def __new__(cls, name: str, confidence: float = 1.0) -> Encoding:
        self = super().__new__(cls, name)
        self.confidence = round(min(1.0, max(0.0, confidence)), 2)
        return self

    @property
    def uncertain(self) -> bool:
        return self.confidence < UNCERTAIN_BELOW


#: below this confidence a document gets an ``encoding-uncertain`` diagnostic
UNCERTAIN_BELOW = 0.8


class Decoded(NamedTuple):
    text: str
    encoding: Encoding


def decode_bytes(data: bytes) -> tuple[str, Encoding]:
    """Decode ``data`` and return ``(text, encoding)`` (an :class:`Encoding`: a name).

    Raises :class:`DecodeError` for binary data or bytes no detector can read.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"invalid {encoding} after a byte-order mark: {exc.reason}"
                ) from None
            return Decoded(text, Encoding(encoding))
    wide = utf16_without_bom(data)
    if wide is not None:
        try:
            return Decoded(data.decode(wide), Encoding(wide, 0.95))
        except UnicodeDecodeError:
            pass  # (then it is not UTF-16: the other tests decide)
    if _looks_binary(data):
        raise DecodeError("input looks like binary data, not text")
    try:
        return Decoded(data.decode("utf-8"), Encoding("utf-8"))
    except UnicodeDecodeError:
        pass
    return _legacy(data)


def detect_encoding(head: bytes) -> Encoding:
    """The encoding of a file from its first bytes (``head``, possibly cut anywhere, even in
    the middle of a character): what :func:`decode_bytes` would say of the whole file."""
    if not head:
        return Encoding("utf-8")
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return Encoding(encoding)
    wide = utf16_without_bom(head)
    if wide is not None:
        return Encoding(wide, 0.95)
    try:
        head.decode("utf-8")
        return Encoding("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character cut at the end of the sample is still UTF-8
        if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return Encoding("utf-8")
    if _looks_binary(head):
        raise DecodeError("input looks like binary data, not text")
    return _legacy(head).encoding


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` (or UTF-32) when ``data`` has the zero bytes of
    mostly-ASCII text in a wide encoding: every other byte zero, on one side only."""
    sample = data[:4096]
    n = len(sample) - len(sample) % 4
    if n < 8:
        return None
    sample = sample[:n]
    quarter = n // 4
    for encoding, high, low in (("utf-32-le", (2, 3), 0), ("utf-32-be", (0, 1), 3)):
        # (a character of the Basic Multilingual Plane has two zero high bytes)
        if all(sample[i::4].count(0) >= quarter * 0.99 for i in high) and (
            sample[low::4].count(0) <= quarter * 0.01
        ):
            return encoding
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = n // 2
    # the high byte of a space, a digit, a line break or a Latin letter is zero, so text in
    # any script has zeros on one side (Cyrillic or Greek text, in its spaces and
    # punctuation); binary data has them on both sides, or on neither
    if odd >= half * 0.1 and even <= half * 0.01:
        encoding = "utf-16-le"
    elif even >= half * 0.1 and odd <= half * 0.01:
        encoding = "utf-16-be"
    else:
        return None
    text = sample.decode(encoding, errors="ignore")  # (a cut surrogate pair: ignored)
    printable = sum(1 for c in text if c.isprintable() or c in "\t\n\r\f")
    return encoding if printable >= len(text) * 0.95 else None


def _legacy(data: bytes) -> Decoded:
    """A legacy code page, by charset-normalizer, with cp1252 first for Western text."""
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    # The detector is given the lines that have non-ASCII bytes (up to the sample's size):
    # in a long text with a few accented names, the ASCII around them drowns the evidence.
    sample = _non_ascii_lines(data)
    best = from_bytes(sample).best()
    full: str | None = None
    if best is not None:
        if sample is data:
            full = str(best)
        else:
            try:
                full = data.decode(best.encoding)
            except (UnicodeDecodeError, LookupError):
                best = from_bytes(data).best()  # (what the sample did not show: the whole)
                full = None if best is None else str(best)
    evidence = len(sample.translate(None, _ASCII))
    # little evidence, little confidence: three accented letters could be several code pages
    weight = min(1.0, 0.5 + evidence / 64)
    western = _western(data)
    if western is not None:
        # cp1252 reads these bytes as letters and signs of Western-European languages: the
        # common case, preferred to any rarer code page the detector scores as plausible
        # (cp775, mac_cyrillic, cp1250 ...), and to a common one of another script when
        # cp1252's reading is clean (a few accented letters read by a multi-byte code page
        # give a CJK character or two, as plausible to the detector)
        chaos = mess_ratio(sample.decode("cp1252"), maximum_threshold=1.0)
        if (
            best is None
            or best.encoding not in _COMMON_NON_WESTERN
            or chaos <= 0.05
            or evidence < 8  # (a character or two of another script: no better a guess)
        ):
            return Decoded(western, Encoding("cp1252", (1.0 - chaos) * weight))
    if best is None or full is None:
        raise DecodeError("cannot detect the text encoding of the input")
    return Decoded(full, Encoding(best.encoding, (1.0 - best.chaos) * weight))


_ASCII = bytes(range(128))
_NON_ASCII = re.compile(rb"[\x80-\xff]+")


def _non_ascii_lines(data: bytes) -> bytes:
    """The lines of ``data`` with a byte past ASCII, up to the sample's size (``data``
    itself when they are most of it). Linear: from each run of such bytes to its line's
    ends, skipping runs in a line already taken."""
    lines = []
    size = 0
    end = -1
    for m in _NON_ASCII.finditer(data):
        if m.start() < end:
            continue
        start = data.rfind(b"\n", 0, m.start()) + 1
        end = data.find(b"\n", m.end())
        if end < 0:
            end = len(data)
        lines.append(data[start:end])
        size += end - start + 1
        if size >= _SAMPLE:
            break
    if size >= len(data) // 2:
        return data
    return b"\n".join(lines)


# Letters and signs of Western-European languages outside ASCII (as cp1252 reads them).
_WESTERN = frozenset(
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüÿœšžßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜŸŒŠŽ"
    "“”‘’„‚«»–—…•·€£¥°§©®™ªº¿¡\u00a0´¨¸"
)


def _western(data: bytes) -> str | None:
    """``data`` read as cp1252, if every non-ASCII character is a Western-European letter
    or sign (so not Polish read as cp1252, which gives ``¹`` and ``³`` among letters)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if all(c in _WESTERN for c in set(text) if ord(c) > 127):
        return text
    return None


# The code pages of other scripts common enough to beat cp1252 when the detector finds them
# and cp1252's reading is not clean.
_COMMON_NON_WESTERN = frozenset(
    {
        "cp1251",
        "koi8_r",
        "koi8_u",
        "iso8859_5",
        "cp866",
        "cp1253",
        "iso8859_7",
        "cp1255",
        "iso8859_8",
        "cp1256",
        "iso8859_6",
        "cp874",
        "tis_620",
        "cp932",
        "shift_jis",
        "euc_jp",
        "iso2022_jp",
        "gb2312",
        "gbk",
        "gb18030",
        "big5",
        "big5hkscs",
        "cp949",
        "euc_kr",
        "cp1258",
    }
)


def encoding_diagnostics(encoding: str) -> list[dict[str, Any]]:
    """The ``encoding-uncertain`` diagnostic of a guessed encoding (a document's first), or
    none. ``encoding`` is a plain name (text given decoded) or an :class:`Encoding`."""
    confidence = getattr(encoding, "confidence", None)
    if confidence is None or confidence >= UNCERTAIN_BELOW:
        return []
    return [
        {
            "code": "encoding-uncertain",
            "severity": "warning",
            "message": f"the encoding was guessed as {encoding} (confidence {confidence:.2f});"
            " if letters look wrong, convert the file to UTF-8",
            "span": None,
        }
    ]
