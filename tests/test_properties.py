"""Properties of the parser, checked with Hypothesis (profiles in tests/conftest.py).

* total: any str (and any bytes) gives a Transcript or a TranscriptError, nothing else;
* recovers the truth of generated transcripts (transcript.strategies) in every style;
* label noise (quote for colon, colon dropped, spacing, case, emphasis) changes no turn;
* lossless and traceable: every span slices the source to what it claims, and every
  non-whitespace character of the input lies in a turn, label, annotation or block span;
* round trips through JSON and validates against the published JSON Schema;
* deterministic: the same input gives byte-identical JSON.

Inputs that once broke a property live in tests/fixtures/regressions/ and are replayed
by ``test_regressions``.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import orjson
import pytest

pytest.importorskip("hypothesis")

from hypothesis import example, given, settings
from hypothesis import strategies as st

import transcript
from transcript.cli.commands import main as cli_main
from transcript.reading.styles import LABEL_STYLES
from transcript.strategies import (
    STYLES,
    GeneratedTranscript,
    labels,
    lossless_problems,
    mutate_label,
    speaker_names,
    transcripts,
)

REGRESSIONS = Path(__file__).parent / "fixtures" / "regressions"


def speaker_sequence(t: transcript.Transcript) -> list[str | None]:
    names = {s.id: s.name for s in t.speakers}
    return [names.get(turn.speaker) if turn.speaker is not None else None for turn in t.turns]


@cache
def _validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    cls = jsonschema.validators.validator_for(transcript.json_schema())
    cls.check_schema(transcript.json_schema())
    return cls(transcript.json_schema())


# ---------------------------------------------------------------- inputs

# Fragments of transcript syntax, so random text reaches the interesting paths.
_FRAGMENTS = (
    "Q:",
    "A:",
    "Q.",
    "A ",
    "QUESTION:",
    "Ann Lee:",
    "Ann Lee",
    'Ann Lee"',
    "ANN LEE:",
    "MR. SMITH.",
    "Mr. SMITH.",
    "**Ann Lee:**",
    "**Bo**:",
    "__Ann__:",
    "### Ann Lee",
    "[00:01:02] ",
    "00:01:02",
    "(00:01:23):",
    "Ann Lee  0:18",
    "<v Ann Lee>",
    "<v>",
    "WEBVTT",
    "00:01.000 --> 00:02.000",
    "1",
    "---",
    "--- Page 5 ---",
    "Page 4 of 28",
    "_page : 8",
    "(Laughter.)",
    "[inaudible]",
    "(",
    ")",
    "[",
    "]",
    "{sic}",
    "\\[laughter\\]",
    '"',
    "“",
    "”",
    "'",
    "’",
    "«",
    " ",
    "  ",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\u00a0",
    "\u200b",
    "\ufeff",
    "\x00",
    "\x0b",
    "\u2028",
    "\u0301",
    "שלום",
    "Newsletter",
    "Related Articles",
    "Markets Rally Again",
    "Tuesday, Jun 03, 2025",
    ">",
    "BY MR. JONES:",
    "CROSS-EXAMINATION",
    "  1  ",
    "25",
    "Speaker 1:",
    "SPEAKER_05:",
    "Efi",
    "Koutsokosta",
    "spoke to",
    "Hello.",
    "Yes?",
    "and",
    "the",
    ":",
    ".",
    "-",
    "—",
    "*",
    "#",
    "_",
)
soup = st.lists(st.one_of(st.sampled_from(_FRAGMENTS), st.text(max_size=4)), max_size=60).map(
    "".join
)
any_text = st.one_of(st.text(), soup)


@st.composite
def _encoded(draw: st.DrawFn) -> bytes:
    text = draw(soup)
    enc = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1")))
    return text.encode(enc, errors="replace")


any_bytes = st.one_of(st.binary(max_size=2000), _encoded())

# ---------------------------------------------------------------- total


@given(any_text)
def test_total_on_any_text(text: str) -> None:
    try:
        t = transcript.parse(text)
    except transcript.TranscriptError:
        return
    # a Transcript whose parts agree with each other (validate checks every reference)
    assert transcript.validate(transcript.to_dict(t)) == t
    assert t.source.chars == len(text)


@given(any_text)
def test_total_strict(text: str) -> None:
    with contextlib.suppress(transcript.TranscriptError):
        transcript.parse(text, strict=True)


@given(any_bytes)
def test_total_on_any_bytes(data: bytes) -> None:
    try:
        t = transcript.parse_bytes(data)
    except transcript.TranscriptError as exc:
        assert str(exc).strip()
        return
    assert transcript.validate(transcript.to_dict(t)) == t
    assert t.source.encoding and 0.0 <= (t.source.encoding_confidence or 0.0) <= 1.0


# ---------------------------------------------------------------- recovers the truth


def _check_truth(doc: GeneratedTranscript, t: transcript.Transcript) -> None:
    got = list(zip(speaker_sequence(t), (turn.text for turn in t.turns), strict=True))
    want = [(x.speaker_name, x.text) for x in doc.turns]
    assert got == want, f"\n--- text ---\n{doc.text}\n---"
    assert [turn.label.strip() if turn.label else None for turn in t.turns] == [
        x.label for x in doc.turns
    ]
    assert [tuple(a.text for a in turn.annotations) for turn in t.turns] == [
        x.annotations for x in doc.turns
    ]
    assert sorted(s.name for s in t.speakers) == sorted(doc.speakers)
    for line in doc.front_matter + doc.back_matter:
        assert not any(line in turn.text for turn in t.turns), f"furniture {line!r} in a turn"


@pytest.mark.parametrize("style", STYLES)
@given(data=st.data())
def test_recovers_the_truth(style: str, data: st.DataObject) -> None:
    doc = data.draw(transcripts(style), label="doc")
    t = transcript.parse(doc.text)
    _check_truth(doc, t)
    assert not [d for d in t.diagnostics if d.code == "label-repaired"]


# the generated styles whose layout has no evidence but a recurring name: prose imitates
# them and they carry no title (a period label's title words accept it on their own)
RECURRING = {g for s in LABEL_STYLES if s.needs_recurrence and s.own_layout for g in s.generated}


@pytest.mark.parametrize("style", STYLES)
@given(data=st.data())
def test_recovers_the_truth_when_every_speaker_speaks_once(style: str, data: st.DataObject) -> None:
    # no name recurs: the labels are read from the layout of the whole document
    if style in RECURRING:
        pytest.skip(f"{style}: prose imitates it, so its layout needs a name that recurs")
    doc = data.draw(transcripts(style, once=True), label="doc")
    assert len({x.speaker_name for x in doc.turns}) == len(doc.turns) >= 2
    t = transcript.parse(doc.text)
    _check_truth(doc, t)
    assert not [d for d in t.diagnostics if d.code in ("label-repaired", "weak-layout")]


@given(transcripts())
def test_recovers_the_truth_from_bytes(doc: GeneratedTranscript) -> None:
    t = transcript.parse_bytes(doc.data)
    _check_truth(doc, t)
    assert t.source.encoding in ("utf-8", "utf-8-sig")


# ---------------------------------------------------------------- label noise


@pytest.mark.parametrize("style", ["inline", "block", "markdown", "period", "timestamped"])
@given(data=st.data())
def test_label_noise_changes_no_turn(style: str, data: st.DataObject) -> None:
    doc = data.draw(transcripts(style, noise=True), label="doc")
    clean = transcript.parse(doc.clean_text)
    noisy = transcript.parse(doc.text)
    pairs = list(zip(speaker_sequence(noisy), (x.text for x in noisy.turns), strict=True))
    assert pairs == list(zip(speaker_sequence(clean), (x.text for x in clean.turns), strict=True))
    _check_truth(doc, noisy)
    loose = [m for m in doc.mutations if m.split("#")[0] in ("quote", "curly", "dash", "drop")]
    repaired = [d for d in noisy.diagnostics if d.code == "label-repaired"]
    assert len(repaired) == len(loose)
    if loose:
        with pytest.raises(transcript.LabelRepairError):
            transcript.parse(doc.text, strict=True)


@given(data=st.data())
def test_mutate_label_keeps_the_name(data: st.DataObject) -> None:
    style = data.draw(st.sampled_from(["inline", "block"]))
    label = data.draw(labels(style, speaker_names(kinds=["plain", "titled", "caps"])))
    alone = style == "block"
    noisy = data.draw(mutate_label(label, style=style, alone=alone))
    doc = f"{label} Hello there.\n\n{noisy}{chr(10) * 2 if alone else ' '}Fine, thanks.\n"
    t = transcript.parse(doc)
    assert len(t.turns) == 2
    assert t.turns[0].speaker == t.turns[1].speaker


# ---------------------------------------------------------------- lossless and traceable


@given(transcripts())
def test_lossless_on_generated(doc: GeneratedTranscript) -> None:
    t = transcript.parse(doc.text)
    assert lossless_problems(doc.text, t, exact=True) == []


@given(transcripts(noise=True))
def test_lossless_with_label_noise(doc: GeneratedTranscript) -> None:
    t = transcript.parse(doc.text)
    assert lossless_problems(doc.text, t, exact=True) == []


@given(any_text)
def test_lossless_on_any_text(text: str) -> None:
    try:
        t = transcript.parse(text)
    except transcript.TranscriptError:
        return
    assert lossless_problems(text, t) == []


# ---------------------------------------------------------------- round trips


@given(st.one_of(transcripts().map(lambda d: d.text), any_text))
def test_json_round_trip_and_schema(text: str) -> None:
    try:
        t = transcript.parse(text)
    except transcript.TranscriptError:
        return
    data = transcript.dumps(t)
    assert transcript.loads(data) == t
    assert transcript.loads(transcript.dumps(t, indent=True)) == t
    _validator().validate(orjson.loads(data))


# ---------------------------------------------------------------- deterministic


@given(st.one_of(transcripts().map(lambda d: d.text), any_text))
def test_deterministic(text: str) -> None:
    try:
        first = transcript.dumps(transcript.parse(text))
    except transcript.TranscriptError as exc:
        with pytest.raises(type(exc)) as again:
            transcript.parse(text)
        assert str(again.value) == str(exc)
        return
    assert transcript.dumps(transcript.parse(text)) == first
    assert transcript.dumps(transcript.TranscriptParser().parse(text)) == first


@given(any_bytes)
def test_deterministic_bytes(data: bytes) -> None:
    try:
        first = transcript.dumps(transcript.parse_bytes(data))
    except transcript.TranscriptError:
        return
    assert transcript.dumps(transcript.parse_bytes(data)) == first


@given(
    st.one_of(
        transcripts().map(lambda d: d.text), transcripts(noise=True).map(lambda d: d.text), any_text
    )
)
def test_fast_json_is_the_validated_json(text: str) -> None:
    """``to_json`` builds no models: its bytes must be those of the validated models, and
    the pieces of ``iter_json`` must join to them (for any chunk size)."""
    try:
        expected = transcript.dumps(transcript.parse(text))
    except transcript.TranscriptError as exc:
        with pytest.raises(type(exc)):
            transcript.to_json(text)
        return
    assert transcript.to_json(text) == expected
    parser = transcript.TranscriptParser()
    assert b"".join(parser.iter_json(text, chunk_turns=2)) == expected
    indented = transcript.dumps(transcript.parse(text), indent=True)
    assert transcript.to_json(text, indent=True) == indented


@given(any_bytes)
def test_fast_json_is_the_validated_json_for_bytes(data: bytes) -> None:
    try:
        expected = transcript.dumps(transcript.parse_bytes(data, source="in.txt"))
    except transcript.TranscriptError as exc:
        with pytest.raises(type(exc)):
            transcript.to_json(data, source="in.txt")
        return
    assert transcript.to_json(data, source="in.txt") == expected


@given(
    st.text(alphabet="LangPs -", min_size=1, max_size=9).filter(lambda n: n.strip() == n != ""),
    st.text(alphabet="LangPs -.x_\u00a0", max_size=60),
)
@example("Lang Lang", "x-Lang Lang Lang")  # a rejected match overlapping a good one
def test_mentions_are_the_whole_word_matches(name: str, text: str) -> None:
    """The literal-prefix search finds what a lookbehind pattern finds (overlaps included)."""
    from transcript.people.speakers import _mentions_of

    body = re.escape(name).replace(r"\ ", r"[ \u00a0]+")
    reference = re.compile(r"(?<![\w.\-])" + body + r"(?![\w-])")
    assert _mentions_of(name, text) == [m.start() for m in reference.finditer(text)][:400]


@given(
    st.lists(st.integers(0, 200), min_size=2, max_size=12),
    st.lists(st.integers(0, 12), min_size=1, max_size=40),
    st.booleans(),
)
def test_spans_match_a_bisection(offsets: list[int], lengths: list[int], big: bool) -> None:
    """Positions.span gives the line and column a bisection gives, in any order asked,
    from a line table that is a list or (a big text's) an array; so does line_at."""
    import bisect
    from array import array

    from transcript.reading.build import Positions
    from transcript.reading.lexer import scan_text

    text = "\n".join("x" * k for k in lengths)  # (up to 40 lines: walks and bisections)
    scan = scan_text(text)
    if big:
        scan.starts = array("i", scan.starts)
    pos = Positions(scan)
    starts = pos._starts
    for a, b in itertools.pairwise(offsets):
        a, b = min(a, len(text)), min(b, len(text))
        assert pos.line_at(b) == bisect.bisect_right(starts, b) - 1
        got = pos.span(a, b)
        for which, off in (("start", a), ("end", b)):
            i = bisect.bisect_right(starts, off) - 1
            assert got[which] == {"line": i + 1, "column": off - starts[i] + 1, "offset": off}


# ---------------------------------------------------------------- strategies themselves


@given(transcripts())
def test_generated_speech_never_looks_like_a_label(doc: GeneratedTranscript) -> None:
    for turn in doc.turns:
        for line in turn.text.splitlines():
            assert not re.match(r"[^\W\d_][\w .'-]{0,40}[:\"”]", line), line
    surnames = [name.split()[-1] for name in doc.speakers if " " in name]
    assert len(surnames) == len(set(surnames)), "two people share a surname"


def test_importing_transcript_does_not_import_hypothesis() -> None:
    import subprocess
    import sys

    code = "import sys, transcript; transcript.parse('Q: a?'); print('hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ---------------------------------------------------------------- regressions


def _regression_files() -> list[Path]:
    if not REGRESSIONS.is_dir():
        return []
    return sorted(
        p
        for p in REGRESSIONS.iterdir()
        if p.is_file() and (p.suffix in (".input", ".bin") or p.name.endswith(".str.json"))
    )


def _replay(text: str) -> None:
    try:
        t = transcript.parse(text)
    except transcript.TranscriptError:
        return
    assert lossless_problems(text, t) == []
    assert transcript.loads(transcript.dumps(t)) == t
    assert transcript.dumps(transcript.parse(text)) == transcript.dumps(t)


@pytest.mark.parametrize("path", _regression_files(), ids=lambda p: p.name)
def test_regressions(path: Path, tmp_path: Path) -> None:
    """Every input once found by a property or the fuzzer (see the folder's README)."""
    data = path.read_bytes()
    if path.name.endswith(".str.json"):
        _replay(json.loads(data))  # the json module, unlike orjson, reads lone surrogates
        return
    if path.suffix == ".input":
        text = data.decode("utf-8")
        _replay(text)
        expected = path.with_name(path.stem + ".expected.json")
        if expected.exists():
            t = transcript.parse(text)
            got = [
                [name, turn.text] for name, turn in zip(speaker_sequence(t), t.turns, strict=True)
            ]
            assert got == orjson.loads(expected.read_bytes())
        return
    try:
        t = transcript.parse_bytes(data)
    except transcript.TranscriptError:
        pass
    else:
        decoded, _ = transcript.reading.decode.decode_bytes(data)
        text = decoded.removeprefix("\ufeff")
        assert lossless_problems(text, t) == []
        assert transcript.dumps(transcript.parse_bytes(data)) == transcript.dumps(t)
    if path.name.startswith("fuzz-"):
        _replay(data.decode("utf-8", "surrogateescape"))
        src = tmp_path / "input.txt"
        src.write_bytes(data)
        out = tmp_path / "out.json"
        code = cli_main(["parse", str(src), "-o", str(out), "-j", "1"])
        assert code in (0, 1)
        assert out.exists() == (code == 0)


@given(st.text(alphabet=st.sampled_from("ab \n\r\u2028"), max_size=60))
@example("")
@example("a\n")
@example("\n\nab\n")
@example("a\r\nb\rc\n")
def test_split_lines_cuts_at_every_line_break(text: str) -> None:
    from transcript.reading.lexer import split_lines

    starts, ends = split_lines(text)
    breaks = re.findall(r"\r\n|\r|\n", text)
    assert len(starts) == len(ends) == len(breaks) + 1
    pieces = [text[a:b] for a, b in zip(starts, ends, strict=True)]
    assert not any("\n" in p or "\r" in p for p in pieces)
    assert "".join(p + br for p, br in zip(pieces, [*breaks, ""], strict=True)) == text
    for i in range(1, len(starts)):  # a line starts where the break before it ends
        assert starts[i] == ends[i - 1] + len(breaks[i - 1])


@given(
    st.lists(
        st.sampled_from(["1", "2", "12", "31", " ", "\t", "\u00a0", "a", "Q", "\u0663", "\n"]),
        max_size=120,
    ).map("".join)
)
@example("1 a\n2 b\n3 c\n4 d\n5 e\n6 f\n")
@example("\u00a01 a\n \n2\n")
@example("\u0663 a\n" * 6)  # (Arabic-Indic digit three: \d, and a line number)
def test_numbered_layout_is_told_as_its_definition_says(text: str) -> None:
    # _detect_numbered skips the line-number pattern on lines that cannot open with one;
    # the answer must be the plain definition's: of the first 400 lines that are not
    # blank, at least 6, and 60% of them open with a line number of at most 30
    from transcript.reading.lexer import _LINE_NUMBER, _detect_numbered, split_lines

    starts, ends = split_lines(text)
    lines = [text[a:b] for a, b in zip(starts, ends, strict=True) if text[a:b].strip()][:400]
    numbered = [m for m in map(_LINE_NUMBER.match, lines) if m and int(m.group(1)) <= 30]
    expected = len(lines) >= 6 and len(numbered) >= 0.6 * len(lines)
    assert _detect_numbered(text, starts, ends) == expected


@given(st.text(alphabet=st.sampled_from("ab \n\u2028"), max_size=80), st.integers(0, 12))
@example("a\nb\n", 1)
@example("ab\n\n", 0)
def test_line_lengths_by_pieces_are_those_of_a_split(text: str, step: int) -> None:
    # a big text's line lengths are read a piece of ``step`` characters at a time; the
    # pieces must cut at line breaks and lose or add no line
    from transcript.reading.lexer import _line_lengths

    assert _line_lengths(text, step) == [len(line) for line in text.split("\n")]


@given(
    st.binary(max_size=400)
    | st.lists(
        st.sampled_from([b"\x00", b"\x01", b"\x1b", b"\t", b"\n", b"a", b"\xe2\x80\x9c"])
    ).map(b"".join)
)
@example(b"a" * 90 + b"\x01" * 9)  # 9 of 99: text
@example(b"a" * 90 + b"\x01" * 10 + b"\x0e")  # 11 of 101: binary
def test_binary_sniffing_counts_control_bytes(data: bytes) -> None:
    # the count is done in C (bytes.translate); it must be the count of the definition
    from transcript.reading.decode import _looks_binary

    # (the definition's values written out, not read from the code under test: a sample of
    # 64 KiB, and the magic numbers of PNG, JPEG, GIF, ZIP, PDF, gzip, bzip2, xz, 7z, ELF,
    # PE, RAR, Ogg, MP3, RIFF and ICO)
    magic = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"%PDF", b"\x1f\x8b", b"BZh")
    magic += (b"\xfd7zXZ", b"7z\xbc\xaf", b"\x7fELF", b"MZ", b"Rar!", b"OggS", b"ID3", b"RIFF")
    magic += (b"\x00\x00\x01\x00",)
    sample = data[:65536]
    nul = sample.count(0)
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    expected = data.startswith(magic) or bool(
        sample and (nul > max(8, len(sample) // 100) or controls > len(sample) // 10)
    )
    assert _looks_binary(data) is expected


@given(
    st.sampled_from(["ab", "a", "b-", "É", "a.b", "ab_", "٣", "X1", "abab", "(a", "a+"]),
    st.text(alphabet=st.sampled_from(list("ab-_.ÉéX1٣ \n\t(+")), max_size=80),
)
@example("ab", "ab-ab ab_ .ab xab ab")
def test_one_word_mentions_are_those_of_the_pattern(name: str, text: str) -> None:
    # a one-word name is found with str.find; it must find what the regex of the general
    # case finds: a whole word, not after a letter, digit, "_", "." or "-", nor before
    # a word character or "-"
    from transcript.people.speakers import _MAX_MENTIONS, _word_mentions

    pat = re.compile(re.escape(name) + r"(?![\w-])")
    expected: list[int] = []
    pos = 0
    while len(expected) < _MAX_MENTIONS and (m := pat.search(text, pos)) is not None:
        at = m.start()
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "_.-"):
            pos = at + 1
            continue
        expected.append(at)
        pos = m.end()
    assert _word_mentions(name, text) == expected


@given(
    st.text(max_size=30),
    st.integers(0, 10),
    st.lists(
        st.one_of(
            st.tuples(st.just("trim"), st.integers(0, 4), st.integers(0, 4)),
            st.tuples(st.just("set"), st.integers(0, 6), st.integers(0, 6)),
            st.tuples(st.just("other"), st.integers(0, 0), st.integers(0, 0)),
        ),
        max_size=6,
    ),
)
def test_a_line_paragraph_reads_as_the_text_it_was_given(
    line: str, pad: int, steps: list[tuple[str, int, int]]
) -> None:
    """A LinePara's text, trimmed or set (a piece of itself, or another text), is the
    string a plain Para would hold after the same steps."""
    from transcript.reading.build import LinePara, Para

    source = "x" * pad + line + "y"
    lp = LinePara(source, pad, pad + len(line))
    plain = Para(line, pad, pad + len(line))
    for what, i, j in steps:
        if what == "trim":
            i, j = min(i, len(plain.text)), min(j, len(plain.text) - min(i, len(plain.text)))
            lp.trim(i, j)
            plain.trim(i, j)
        elif what == "set":
            piece = plain.text[i : len(plain.text) - j]
            lp.text = piece
            plain.text = piece
        else:
            lp.text = plain.text = "elsewhere"
        assert lp.text == plain.text and lp.first() == plain.first()
        assert (lp.start, lp.end) == (pad, pad + len(line))


@given(
    st.one_of(
        transcripts().map(lambda d: d.text), transcripts(noise=True).map(lambda d: d.text), any_text
    )
)
def test_line_paragraphs_change_no_byte(text: str) -> None:
    # A paragraph that is one line as it stands may be read from the source (LinePara,
    # used for big documents); the JSON must be the same whichever way it is kept.
    from transcript.reading import lexer as _lexer

    expected = transcript.to_json(text)
    saved = _lexer.BIG_TEXT
    _lexer.BIG_TEXT = 0
    try:
        assert transcript.to_json(text) == expected
    finally:
        _lexer.BIG_TEXT = saved


# ---------------------------------------------------------------- past the sample


@settings(max_examples=8)
@given(
    st.sampled_from(["cp1252", "utf-16-le", "utf-16", "utf-8", "cp1251"]),
    st.lists(
        st.sampled_from(
            "décision président élève ça Straße naïve über año l’été façade €5 coûte déjà"
            " Bürger señor à and the of".split()
        ),
        min_size=1,
        max_size=8,
    ).map(" ".join),
)
def test_encoding_found_past_the_64k_sample(encoding: str, words: str) -> None:
    """The first letters past ASCII come after 64 KiB of ASCII: parse_bytes and the
    streaming reader read them in their encoding all the same (words of Western-European
    languages; Russian for cp1251)."""
    import tempfile

    if encoding == "cp1251":
        ascii_part = "".join(c for c in words if c.isascii())
        words = "Скажите, пожалуйста, когда будет принято решение? " + ascii_part
    words = " ".join(words.split())  # (a turn's text has its spaces collapsed)
    body = "Q: Ready?\nA: " + "Yes, we are ready. " * 3500 + "\n\n"  # (few turns: quick)
    text = f"{body}Q: {words}?\nA: Done.\n"
    data = text.encode(encoding)
    assert len(data) > 65536
    want = [x.text for x in transcript.parse(text).turns]  # (the text, decoded by us)
    assert len(want) == 4 and want[-1] == "Done."
    assert [x.text for x in transcript.parse_bytes(data).turns] == want
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "long.txt"
        path.write_bytes(data)
        assert [x.text for x in transcript.iter_turns(path)] == want


_SPEECH_WORDS = ("we", "the", "river", "bus", "plan", "council", "night", "rose", "went", "late")


@given(
    names=st.lists(
        st.sampled_from(["HOST", "MARTA", "GUEST", "Dev Raman", "진행자", "Ana", "CALLER"]),
        min_size=2,
        max_size=4,
        unique=True,
    ),
    order=st.lists(st.integers(0, 3), min_size=6, max_size=14),
    term=st.sampled_from([")", ">", "|", "="]),
    mark=st.sampled_from(["", "◇ ", "▲"]),
    words=st.lists(st.sampled_from(_SPEECH_WORDS), min_size=2, max_size=9),
)
def test_learned_terminator_recovers_the_turns(
    names: list[str], order: list[int], term: str, mark: str, words: list[str]
) -> None:
    # a terminator no style of the table knows (or the bullet-equals style's), the names
    # recurring and alternating: each line is a turn of its name
    seq = [names[k % len(names)] for k in order]
    seq = [x for i, x in enumerate(seq) if i == 0 or x != seq[i - 1]]
    if len(seq) < 4 or any(seq.count(x) < 2 for x in set(seq)) or len(set(seq)) < 2:
        return
    speech = " ".join(words).capitalize() + "."
    text = "\n\n".join(f"{mark}{who} {term} {speech}" for who in seq) + "\n"
    t = transcript.parse(text)
    assert [turn.text for turn in t.turns] == [speech] * len(seq)
    assert len({s for s in speaker_sequence(t)}) == len(set(seq))
    assert [turn.label for turn in t.turns] == [f"{mark}{who} {term}" for who in seq]
