"""Bytes to text: BOMs, UTF-8, UTF-16/32 and legacy single-byte encodings.

Detection of legacy encodings is delegated to charset-normalizer; we only add
the fast paths (BOM, valid UTF-8) and the refusal of binary data.
"""

from __future__ import annotations

import codecs
from typing import Any

from ._errors import DecodeError

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


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding_name)``.

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
            if encoding == "utf-8-sig":
                return text, "utf-8-sig"
            return text, encoding
    if _looks_binary(data):
        raise DecodeError("input looks like binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("cannot detect the text encoding of the input")
    encoding = best.encoding
    # cp1252 is a superset of latin-1 for printable text and keeps smart quotes; and when
    # another Latin code page reads the bytes no better, the far more common cp1252 wins
    # (short Western text with smart quotes is often scored a tie with cp1250).
    if encoding in _LATIN_1 or (encoding in _LATIN_CODE_PAGES and _cp1252_ties(data, best)):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return str(best), encoding


_LATIN_1 = frozenset({"latin_1", "iso8859_1", "iso-8859-1"})
_LATIN_CODE_PAGES = frozenset(
    {
        "cp1250",
        "cp1254",
        "cp1257",
        "cp437",
        "cp775",
        "cp850",
        "cp852",
        "cp858",
        "cp860",
        "cp861",
        "cp863",
        "cp865",
        "mac_roman",
        "mac_iceland",
        "mac_turkish",
        "mac_latin2",
        "hp_roman8",
        "iso8859_2",
        "iso8859_3",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_15",
        "iso8859_16",
    }
)


def _cp1252_ties(data: bytes, best: Any) -> bool:
    """cp1252 reads ``data`` as cleanly (mess) and as plausibly (coherence) as ``best``."""
    from charset_normalizer import from_bytes

    alt = from_bytes(data, cp_isolation=["cp1252"]).best()
    return (
        alt is not None
        and alt.chaos <= best.chaos + 0.01
        and alt.coherence >= best.coherence - 0.01
    )
