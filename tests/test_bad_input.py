"""Bad input: encodings, binary data, odd characters, pathological sizes, and the CLI's
handling of files it cannot read, bad options and partial failures.

Pathological shapes are parsed here for their results; their time ratios (N against N/4:
linear or not) are measured by benchmarks/linearity.py, and fuzz/pathological.py runs them at
full size and prints a table of times and memory.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from clirun import run

import transcript
from transcript.cli import commands as _cli
from transcript.reading import decode as _decode
from transcript.strategies import lossless_problems

DOC = (
    "Euronews\n\n"
    "Efi Koutsokosta: Mr. Núñez, how do you see the talks?\n\n"
    "José Núñez: “We are close,” he said. It’s a question of days.\n\n"
    "Efi Koutsokosta: Thank you.\n"
)
WANT = [
    ("Efi Koutsokosta", "Mr. Núñez, how do you see the talks?"),
    ("José Núñez", "“We are close,” he said. It’s a question of days."),
    ("Efi Koutsokosta", "Thank you."),
]


def turns_of(t: transcript.Transcript) -> list[tuple[str | None, str]]:
    names = {s.id: s.name for s in t.speakers}
    return [(names.get(x.speaker or ""), x.text) for x in t.turns]


def parsed(text: str) -> transcript.Transcript:
    """Parse ``text`` and check its spans on the way."""
    t = transcript.parse(text)
    assert lossless_problems(text, t) == []
    return t


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("encoding", "bom", "reported"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32"),
        ("utf-32-be", codecs.BOM_UTF32_BE, "utf-32"),
    ],
)
def test_unicode_encodings(encoding: str, bom: bytes, reported: str) -> None:
    t = transcript.parse_bytes(bom + DOC.encode(encoding))
    assert turns_of(t) == WANT
    assert t.source.encoding == reported
    assert t.source.chars == len(DOC)  # the BOM is not part of the text
    assert lossless_problems(DOC, t) == []


def test_windows_1252_smart_quotes() -> None:
    data = DOC.encode("cp1252")
    assert b"\x93" in data and b"\x92" in data  # smart quotes as cp1252 bytes
    t = transcript.parse_bytes(data)
    assert turns_of(t) == WANT
    assert t.source.encoding == "cp1252"


def test_latin_1_text() -> None:
    doc = (
        "Efi Koutsokosta: Señor Núñez, ¿qué opina del acuerdo? ¿Está cerca?\n\n"
        "José Núñez: Sí. Creo que sí, señora. Es una cuestión de días, no de años.\n\n"
        "Efi Koutsokosta: Gracias, señor Núñez. Muchas gracias por su tiempo.\n"
    )
    t = transcript.parse_bytes(doc.encode("latin-1"))
    assert [name for name, _ in turns_of(t)] == ["Efi Koutsokosta", "José Núñez", "Efi Koutsokosta"]
    assert turns_of(t)[1][1].startswith("Sí. Creo que sí, señora.")
    assert t.source.encoding in ("cp1252", "latin_1", "iso8859_1", "iso8859_15")


def test_invalid_utf16_after_bom_is_a_decode_error() -> None:
    with pytest.raises(transcript.DecodeError) as exc:
        transcript.parse_bytes(codecs.BOM_UTF16_LE + b"A\x00\x00\xd8")  # a lone surrogate
    assert "\n" not in str(exc.value)


def test_lone_surrogate_in_str_is_refused() -> None:
    with pytest.raises(transcript.TranscriptError, match="surrogate"):
        transcript.parse("Q: a\ud800b?\nA: yes.")


# ---------------------------------------------------------------- binary data

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
ZIP = b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4


@pytest.mark.parametrize(
    "data",
    [
        PNG,
        ZIP,
        b"\x00" * 4096 + b"Q: hi?\n",
        b"Q: hi?\n" + b"\x00\x01\x02\x03" * 1000,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"\x1f\x8b\x08\x00" + os.urandom(64),
    ],
    ids=["png", "zip", "nul-heavy", "controls", "pdf", "gzip"],
)
def test_binary_is_refused_with_one_line(data: bytes) -> None:
    with pytest.raises(transcript.DecodeError) as exc:
        transcript.parse_bytes(data)
    message = str(exc.value)
    assert message and "\n" not in message


def test_binary_file_on_the_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "image.txt"
    f.write_bytes(PNG)
    assert _cli.main(["parse", str(f)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and "binary" in err and "Traceback" not in err


# ---------------------------------------------------------------- characters


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r", "mixed"])
def test_line_endings(newline: str) -> None:
    if newline == "mixed":
        lines = DOC.split("\n")
        ends = ["\n", "\r\n", "\r"]
        text = "".join(line + ends[i % 3] for i, line in enumerate(lines[:-1]))
    else:
        text = DOC.replace("\n", newline)
    t = parsed(text)
    assert turns_of(t) == WANT
    if newline != "mixed":  # (lossless_problems checks every line number of the mixed case)
        assert t.turns[1].span.start.line == 5  # CRLF is one line break


def test_tabs_and_nbsp_in_labels() -> None:
    t = parsed("Efi\u00a0Koutsokosta:\tHello there.\n\tJosé  Núñez :\u00a0Hi.\n")
    assert turns_of(t) == [("Efi Koutsokosta", "Hello there."), ("José Núñez", "Hi.")]


def test_zero_width_characters() -> None:
    t = parsed("\ufeffEfi\u200b Koutsokosta: Hello\u200b there.\n\nJosé Núñez: Hi\u2060.\n")
    assert [name for name, _ in turns_of(t)] == ["Efi Koutsokosta", "José Núñez"]
    assert t.turns[0].text == "Hello\u200b there."  # speech keeps what it holds


def test_control_characters_and_nul() -> None:
    text = "Efi Koutsokosta: Hel\x00lo\x07 there.\x1b\n\nJosé Núñez: Hi\x0c.\n"
    t = parsed(text)
    assert [name for name, _ in turns_of(t)] == ["Efi Koutsokosta", "José Núñez"]
    assert t.turns[0].text == "Hel\x00lo\x07 there.\x1b"
    # a few NULs in bytes are still text
    t2 = transcript.parse_bytes(text.encode("utf-8"))
    assert turns_of(t2) == turns_of(t)


def test_rtl_names() -> None:
    t = parsed("محمد علي: مرحبا بكم.\n\nדוד לוי: שלום, תודה.\n\nمحمد علي: شكرا.\n")
    assert turns_of(t) == [
        ("محمد علي", "مرحبا بكم."),
        ("דוד לוי", "שלום, תודה."),
        ("محمد علي", "شكرا."),
    ]


def test_rtl_names_with_bidi_marks() -> None:
    t = parsed("\u200fمحمد علي\u200f: مرحبا.\n\nדוד לוי: שלום.\n")
    assert [name for name, _ in turns_of(t)] == ["محمد علي", "דוד לוי"]


def test_combining_characters_in_names() -> None:
    t = parsed(
        "Jose\u0301 Nun\u0303ez: Hola.\n\nEfi Koutsokosta: Hi.\n\nJose\u0301 Nun\u0303ez: Adiós.\n"
    )
    names = [name for name, _ in turns_of(t)]
    assert names == ["Jose\u0301 Nun\u0303ez", "Efi Koutsokosta", "Jose\u0301 Nun\u0303ez"]
    assert len(t.speakers) == 2


# ---------------------------------------------------------------- empty input


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\r\n\u00a0\n", "\ufeff"])
def test_empty_and_whitespace_only(text: str) -> None:
    t = parsed(text)
    assert t.turns == [] and t.speakers == []
    assert [d.code for d in t.diagnostics] == ["no-turns"]
    t2 = transcript.parse_bytes(text.encode("utf-8"))
    assert t2.turns == [] and [d.code for d in t2.diagnostics] == ["no-turns"]


def test_empty_input_strict_is_an_error() -> None:
    with pytest.raises(transcript.TranscriptSyntaxError):
        transcript.parse("", strict=True)


# ---------------------------------------------------------------- pathological sizes


# shape name -> (builder, N); full sizes live in fuzz/pathological.py, and the time ratios
# (N against N/4: linear or not) in benchmarks/linearity.py, not here: a busy machine made
# them fail where nothing was wrong
SHAPES: dict[str, tuple[Callable[[int], str], int]] = {
    "one long line": (lambda n: ("word " * (n // 5 + 1))[:n], 1_000_000),
    "blank lines": (lambda n: "\n" * n, 400_000),
    "whitespace only": (lambda n: " \t\n" * (n // 3), 400_000),
    "label lines, no speech": (lambda n: "Ann Lee:\n" * n, 6_000),
    "nested parentheses": (lambda n: "Ann Lee: " + "(" * n + "x" + ")" * n + "\n", 200_000),
    "unbalanced quote marks": (lambda n: "Ann Lee: " + '"' * n + "\nBo Ray: ok\n", 200_000),
    "nested brackets": (lambda n: "[" * n + "Ann:" + "]" * n, 200_000),
    "long label-like line": (lambda n: "Ann Lee" + " -" * (n // 2) + "\n", 1_000_000),
    "quotes on one line": (lambda n: 'Ann Lee" ' + '" x' * (n // 3) + "\n", 1_000_000),
    "alternating labels": (lambda n: "".join(f"Speaker {i % 9}: yes.\n" for i in range(n)), 3_000),
}


@pytest.mark.parametrize("shape", list(SHAPES))
def test_pathological_shapes_parse_to_valid_documents(shape: str) -> None:
    build, n = SHAPES[shape]
    text = build(n)
    t = transcript.parse(text)
    assert t.source.chars == len(text)
    assert transcript.validate(transcript.to_dict(t)) == t
    assert lossless_problems(text, t) == []


def test_deeply_nested_input_gives_no_recursion_error() -> None:
    text = "Ann Lee: " + "(" * 50_000 + "[" * 50_000 + "x" + "]" * 50_000 + ")" * 50_000
    t = transcript.parse(text)
    assert len(t.turns) == 1
    assert transcript.loads(transcript.dumps(t)) == t


# ---------------------------------------------------------------- the command line


@pytest.fixture
def good(tmp_path: Path) -> Path:
    f = tmp_path / "good.txt"
    f.write_text(DOC, "utf-8")
    return f


def test_cli_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse", str(tmp_path / "missing.txt"))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "missing.txt" in err and "no such file" in err


def test_cli_directory_with_no_transcripts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "parse", str(tmp_path / "empty"))
    assert code == 1 and out == "" and err.count("\n") == 1


def test_parse_file_on_a_directory(tmp_path: Path) -> None:
    with pytest.raises(transcript.TranscriptError, match="directory"):
        transcript.parse_file(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_cli_unreadable_file_chmod(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "secret.txt"
    f.write_text(DOC, "utf-8")
    f.chmod(0)
    try:
        code, out, err = run(capsys, "parse", str(f))
    finally:
        f.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert code == 1 and out == "" and err.count("\n") == 1 and "permission denied" in err


def test_cli_unreadable_file_permission_error(
    good: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The permission error itself, simulated (tests run as root here, and root reads any file)."""
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == good.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = run(capsys, "parse", str(good), "-j", "1")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "permission denied" in err


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_cli_file_whose_read_fails(capsys: pytest.CaptureFixture[str]) -> None:
    """A real read error even as root: /proc/self/mem cannot be read at offset 0 (EIO)."""
    code, out, err = run(capsys, "parse", "/proc/self/mem")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "cannot read" in err


def test_cli_path_through_a_file(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse", str(good / "x.txt"))
    assert code == 1 and out == "" and err.count("\n") == 1


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "--bogus", "GOOD"],
        ["parse"],
        ["parse", "GOOD", "--format", "xml"],
        ["parse", "GOOD", "-j", "many"],
        ["parse", "GOOD", "--layout", "sideways"],
        ["frobnicate"],
    ],
    ids=["unknown-option", "no-input", "bad-format", "bad-jobs", "bad-layout", "bad-command"],
)
def test_cli_bad_options(argv: list[str], good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, *[str(good) if a == "GOOD" else a for a in argv])
    assert code == 2 and out == ""
    assert err.count("\n") == 1, err


def test_cli_no_command_prints_usage(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2 and out == "" and err.startswith("usage:")


def test_cli_many_inputs_one_bad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = []
    for i in range(4):
        f = tmp_path / f"in{i}.txt"
        f.write_text(DOC if i != 2 else "", "utf-8")
        names.append(str(f))
    (tmp_path / "in2.txt").write_bytes(PNG)
    out_dir = tmp_path / "out"
    code, out, err = run(capsys, "parse", *names, "-o", str(out_dir), "-j", "2")
    assert code == 1 and out == ""
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "in0.txt.json",
        "in1.txt.json",
        "in3.txt.json",
    ]
    for p in out_dir.iterdir():
        assert transcript.loads(p.read_bytes()).turns
    assert "in2.txt" in err and "1 of 4 inputs failed" in err


def test_cli_many_inputs_to_stdout(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(PNG)
    code, out, err = run(
        capsys, "parse", str(good), str(bad), str(tmp_path / "nope.txt"), "-j", "1"
    )
    assert code == 1
    docs = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert len(docs) == 1 and len(docs[0]["turns"]) == 3
    assert "bad.txt" in err and "nope.txt" in err


def test_cli_failure_leaves_output_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(PNG)
    target = tmp_path / "out.json"
    code, _, _ = run(capsys, "parse", str(bad), "-o", str(target))
    assert code == 1 and not target.exists()
    target.write_bytes(b"previous result")
    code, _, _ = run(capsys, "parse", str(bad), "-o", str(target))
    assert code == 1 and target.read_bytes() == b"previous result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.txt", "out.json"]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_cli_write_failure_is_atomic(
    fmt: str,
    good: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A failure while writing (disk full) leaves the previous output whole and no temp file."""
    target = tmp_path / "out.json"
    target.write_bytes(b"previous result")

    def fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", fsync)
    code, out, err = run(capsys, "parse", str(good), "-o", str(target), "--format", fmt)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "No space left" in err
    assert target.read_bytes() == b"previous result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.txt", "out.json"]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_cli_never_overwrites_an_input(
    fmt: str, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = good.read_bytes()
    code, _, err = run(capsys, "parse", str(good), "-o", str(good), "--format", fmt)
    assert code == 1 and "input" in err
    assert good.read_bytes() == before


def test_cli_output_folder_never_overwrites_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """good.txt -> good.txt.json in the folder; an input named good.txt.json there is not
    replaced, and nothing is written (the clash is found before any output)."""
    (tmp_path / "good.txt").write_text(DOC, "utf-8")
    clash = tmp_path / "good.txt.json"
    clash.write_text("Q: Am I an input?\nA: Yes.\n", "utf-8")
    before = clash.read_bytes()
    code, _, err = run(capsys, "parse", str(tmp_path / "good.txt"), str(clash), "-o", str(tmp_path))
    assert code == 1 and "the output is an input" in err and "nothing written" in err
    assert clash.read_bytes() == before
    assert not (tmp_path / "good.txt.json.json").exists()


def test_decode_refuses_binary_directly() -> None:
    with pytest.raises(transcript.DecodeError):
        _decode.decode_bytes(PNG)
