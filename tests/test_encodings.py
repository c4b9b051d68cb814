"""Encodings: each fixture of tests/fixtures/encodings/ (eight languages, twelve encodings)
is read as its reference UTF-8 text, by parse_bytes and by the streaming reader, with the
encoding and its confidence in ``source``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import transcript
from transcript.reading.decode import (
    UNCERTAIN_BELOW,
    decode_bytes,
    detect_encoding,
    utf16_without_bom,
)

FOLDER = Path(__file__).resolve().parent / "fixtures" / "encodings"
MANIFEST = json.loads((FOLDER / "manifest.json").read_text("utf-8"))


def test_the_fixtures_cover_eight_encodings_and_languages() -> None:
    assert len({case["encoding"] for case in MANIFEST.values()}) >= 8
    assert len({case["text"] for case in MANIFEST.values()}) >= 8


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_fixture_decodes_to_its_reference_text(name: str) -> None:
    case = MANIFEST[name]
    want = (FOLDER / case["text"]).read_text("utf-8")
    data = (FOLDER / name).read_bytes()
    text, encoding = decode_bytes(data)
    assert (encoding, text.removeprefix("\ufeff")) == (case["encoding"], want)
    t = transcript.parse_bytes(data, source=name)
    ref = transcript.parse(want)
    assert t.source.encoding == case["encoding"]
    assert t.source.encoding_confidence == encoding.confidence
    assert [x.text for x in t.turns] == [x.text for x in ref.turns]
    assert [x.name for x in t.speakers] == [x.name for x in ref.speakers]


@pytest.mark.parametrize("name", sorted(MANIFEST))
def test_streamed_fixture_reads_its_encoding(name: str, tmp_path: Path) -> None:
    """The streaming reader detects the encoding as parse_bytes does (not UTF-8 always)."""
    want = transcript.parse((FOLDER / MANIFEST[name]["text"]).read_text("utf-8"))
    got = list(transcript.iter_turns(FOLDER / name))
    assert [x.text for x in got] == [x.text for x in want.turns]


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16-le", "cp1251"])
def test_streamed_file_with_its_first_letters_past_the_sample(
    encoding: str, tmp_path: Path
) -> None:
    """70 KB of plain ASCII, then the first accented letters: still not read as UTF-8."""
    last = (
        "Journaliste: La décision du président?"
        if encoding != "cp1251"
        else "Вопрос: Скажите, пожалуйста, когда будет принято решение по этому закону?"
    )
    text = "Q: Ready?\nA: Yes.\n\n" * 3700 + last + "\nA: Oui.\n"
    assert len(text) > 65536
    path = tmp_path / "long.txt"
    path.write_bytes(text.encode(encoding))
    turns = list(transcript.iter_turns(path))
    assert turns[-2].text == last.split(": ", 1)[1]
    assert len(turns) == 3700 * 2 + 2


def test_short_latin1_french_is_not_a_rare_code_page() -> None:
    """Latin-1 French once came out as cp775 ("dķcision")."""
    data = "La décision du président a été prise à Paris.".encode("latin-1")
    text, encoding = decode_bytes(data)
    assert (encoding, text) == ("cp1252", "La décision du président a été prise à Paris.")
    # little evidence (six accented letters): said to be a guess
    assert encoding.confidence < UNCERTAIN_BELOW
    t = transcript.parse_bytes(b"Q: " + data + b"\nA: Oui.\n")
    assert [d.code for d in t.diagnostics if d.code == "encoding-uncertain"] == [
        "encoding-uncertain"
    ]
    assert "cp1252" in t.diagnostics[0].message


def test_polish_in_cp1250_is_not_forced_into_cp1252() -> None:
    text = "Zażółć gęślą jaźń, powiedział minister. Wszystko będzie dobrze, ściśle mówiąc."
    got, encoding = decode_bytes(text.encode("cp1250"))
    assert (got, str(encoding)) == (text, "cp1250")


def test_utf8_and_bom_are_certain() -> None:
    for data, name in [
        ("Q: Où?\nA: Ici.".encode(), "utf-8"),
        (b"\xef\xbb\xbfQ: Hi?\nA: Yes.", "utf-8-sig"),
        ("Q: Hi?".encode("utf-16"), "utf-16"),
    ]:
        t = transcript.parse_bytes(data)
        assert (t.source.encoding, t.source.encoding_confidence) == (name, 1.0)
        assert not [d for d in t.diagnostics if d.code == "encoding-uncertain"]


def test_text_given_decoded_has_no_confidence() -> None:
    assert transcript.parse("Q: Hi?\nA: Yes.").source.encoding_confidence is None


def test_utf16_without_bom_is_text_and_binary_is_not() -> None:
    assert utf16_without_bom("Q: Hi?\nA: Hello there.\n".encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom("Q: Hi?\nA: Hello there.\n".encode("utf-16-be")) == "utf-16-be"
    assert utf16_without_bom("Вопрос: да?\nОтвет: нет.\n".encode("utf-16-le")) == "utf-16-le"
    assert utf16_without_bom(bytes(range(256)) * 4) is None  # zeros on neither side alone
    assert utf16_without_bom(b"\x00\x01\x00\x02" * 64) is None  # control characters
    assert utf16_without_bom(b"plain ascii text, eight bytes or more") is None
    with pytest.raises(transcript.DecodeError):
        decode_bytes(b"\x00\x01\x02\x03\x04\x05" * 100)


def test_detect_encoding_of_a_cut_head() -> None:
    """A head cut in the middle of a UTF-8 character is still UTF-8."""
    data = ("Q: Où est la décision?\n" * 10).encode()
    assert detect_encoding(data[:-22]) == "utf-8"
    assert detect_encoding(b"") == "utf-8"
    assert detect_encoding("Q: Hi?\nA: Yes, hello.\n".encode("utf-16")) == "utf-16"
