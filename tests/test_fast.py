"""The fast paths: JSON without model objects, streamed JSON, the compiled-grammar cache,
and what ``transcript parse`` imports.

Every fast path must give the bytes of the slow one: ``dumps(parse(text))``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import transcript
from transcript._api import default_parser
from transcript.cli.commands import main
from transcript.pipeline import _build_lark

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"
EXAMPLE = ROOT / "examples" / "euronews_blinken.txt"
INPUTS = sorted(
    [
        *FIXTURES.glob("**/*.txt"),
        *FIXTURES.glob("regressions/*.input"),
        EXAMPLE,
        *CORPUS.glob("*.txt"),
    ]
)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_to_json_is_dumps_of_parse(path: Path) -> None:
    data = path.read_bytes()
    try:
        expected = transcript.dumps(transcript.parse_bytes(data, source=path.name))
    except transcript.TranscriptError as exc:  # (some regression inputs are refused)
        with pytest.raises(type(exc)):
            transcript.to_json(data, source=path.name)
        return
    assert transcript.to_json(data, source=path.name) == expected
    pieces = list(default_parser().iter_json(data, source=path.name, chunk_turns=3))
    assert b"".join(pieces) == expected
    indented = transcript.dumps(transcript.parse_bytes(data, source=path.name), indent=True)
    assert transcript.to_json(data, source=path.name, indent=True) == indented


def test_iter_json_pieces_hold_one_chunk_of_turns() -> None:
    text = "".join(f"Ann Lee: answer {i}.\nBob Roe: question {i}?\n" for i in range(50))
    pieces = list(default_parser().iter_json(text, chunk_turns=10))
    # the head, 100 turns in chunks of 10, the tail
    assert len(pieces) == 1 + 10 + 1
    assert pieces[0].endswith(b'"turns":[')
    assert pieces[-1].startswith(b'],"exchanges":')
    assert b"".join(pieces) == transcript.to_json(text)


def test_iter_json_lets_each_chunk_of_turns_go() -> None:
    # Written turns must not stay in memory: orjson leaves a UTF-8 copy in every string
    # it writes that is not ASCII, for as long as the string lives, so a stream that kept
    # its turn drafts to the end held all the speech twice more by its last chunk.
    import gc

    from transcript.reading.build import TurnDraft

    def live_drafts() -> int:
        return sum(1 for o in gc.get_objects() if type(o) is TurnDraft)

    text = "".join(
        f"Ann Lee: r\u00e9ponse {i}.\nBob Roe: question \u201c{i}\u201d?\n" for i in range(50)
    )
    before = live_drafts()
    pieces = default_parser().iter_json(text, chunk_turns=10)
    for _ in range(1 + 6):  # the head and 6 chunks of 10 turns
        next(pieces)
    # at most the 40 turns not yet written, and the one the stream is on
    assert live_drafts() - before <= 41
    rest = list(pieces)
    assert rest[-1].startswith(b'],"exchanges":')
    assert live_drafts() == before


def test_iter_json_raises_before_the_first_piece() -> None:
    pieces = default_parser().iter_json("Ann Lee\u201d hi\nAnn Lee: x\n", strict=True)
    with pytest.raises(transcript.LabelRepairError):
        next(pieces)


def test_cli_streams_one_file_to_the_same_bytes(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["parse", str(EXAMPLE), "-o", str(out)]) == 0
    expected = transcript.dumps(transcript.parse_file(EXAMPLE)) + b"\n"
    assert out.read_bytes() == expected


def test_cli_stream_error_leaves_no_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "bad.txt"
    src.write_text("Ann Lee: one\nAnn Lee\u201d two\nBob: three\n", encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["parse", str(src), "--strict", "-o", str(out)]) == 1
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]  # no temporary file left behind
    assert "Traceback" not in capsys.readouterr().err


def test_grammar_cache_is_written_once_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRANSCRIPT_CACHE_DIR", str(tmp_path / "cache"))
    first = _build_lark()
    files = list((tmp_path / "cache").iterdir())
    assert len(files) == 1 and files[0].suffix == ".lark-cache"
    written = files[0].stat().st_mtime_ns
    second = _build_lark()  # from the cache: same parse, file untouched
    assert files[0].stat().st_mtime_ns == written
    parser = transcript.TranscriptParser()
    parser._lark = second
    cached = parser.to_json(EXAMPLE.read_bytes())
    parser._lark = first
    assert cached == parser.to_json(EXAMPLE.read_bytes())


def test_grammar_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRANSCRIPT_CACHE_DIR", "")
    _build_lark()
    assert list(tmp_path.iterdir()) == []
    monkeypatch.delenv("TRANSCRIPT_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    _build_lark()
    assert [p.suffix for p in (tmp_path / "xdg" / "transcript").iterdir()] == [".lark-cache"]


def test_grammar_cache_refuses_a_folder_others_can_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # anyone could plant a pickle here: it must not be read
    monkeypatch.setenv("TRANSCRIPT_CACHE_DIR", str(shared))
    (shared / "planted").write_bytes(b"not a pickle")
    assert _build_lark() is not None
    assert [p.name for p in shared.iterdir()] == ["planted"]  # nothing read, nothing written


def test_grammar_cache_needs_an_absolute_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("TRANSCRIPT_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", "")  # as with no home folder: "~" stays "~"
    monkeypatch.setattr("os.path.expanduser", lambda p: p)
    _build_lark()
    assert list(tmp_path.iterdir()) == []  # no "./~/.cache" made in the working folder


def test_parse_command_does_not_import_pydantic() -> None:
    """Start-up: the JSON path needs no models, so it must not pay for importing them."""
    code = (
        "import sys, transcript.cli.commands\n"
        "rc = transcript.cli.commands.main(['parse', sys.argv[1], '-o', sys.argv[2]])\n"
        "print(rc, 'pydantic' in sys.modules, 'transcript._models' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLE), "/dev/null"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out == ["0", "False", "False"]


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_line_paragraphs_give_the_same_bytes(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Big documents keep one-line paragraphs as slices of the source (LinePara); the
    # fixtures are small, so the threshold is lowered to make them take that path too.
    from transcript.reading import lexer as _lexer

    data = path.read_bytes()
    try:
        expected = transcript.to_json(data, source=path.name)
    except transcript.TranscriptError:  # (some regression inputs are refused)
        return
    monkeypatch.setattr(_lexer, "BIG_TEXT", 0)
    assert transcript.to_json(data, source=path.name) == expected
    assert transcript.dumps(transcript.parse_bytes(data, source=path.name)) == expected


def test_label_tokens_go_before_the_turns_are_written() -> None:
    # The drafts keep a label's text and place, not its token: with the token list
    # dropped before assemble, no label token (nor its candidate) outlives its draft.
    import gc

    from transcript.reading.lexer import Cand, LineToken

    def live() -> tuple[int, int]:
        objs = gc.get_objects()
        tokens = sum(1 for o in objs if type(o) is LineToken and o.type == "LABEL")
        return tokens, sum(1 for o in objs if type(o) is Cand)

    text = "".join(f"Ann Lee: answer {i}.\nBob Roe: question {i}?\n" for i in range(50))
    before = live()
    _doc, turns = default_parser()._document_parts(text, None, False, "utf-8")
    assert live() == before  # the turns are not written yet: only the drafts are held
    assert len(list(turns)) == 100


def test_a_line_paragraph_keeps_any_text_set_on_it() -> None:
    from transcript.reading.build import LinePara

    source = "Ann: \u201cYes, we did.\u201d Then"
    p = LinePara(source, 5, 19)
    assert p.text == "\u201cYes, we did.\u201d" and p.first() == "\u201c"
    p.text = "Yes, we did.\u201d"  # an opening quote taken off
    assert p.text == "Yes, we did.\u201d" and p.first() == "Y"
    p.text = "Yes, we did."  # and the closing one
    assert p.text == "Yes, we did."
    p.text = "did"  # found inside
    assert p.text == "did"
    p.text = "something else"  # not in the line: kept as it is
    assert p.text == "something else" and p.first() == "s"
    p.text = ""
    assert p.text == "" and p.first() == ""
    assert (p.start, p.end) == (5, 19)  # the paragraph's place does not move


def test_a_scan_holds_little_beyond_the_text() -> None:
    # What the line scan holds once it is done, beside the text: the line table and a
    # token per turn. Each candidate goes once its token is made, the tokens are plain
    # slotted objects (not lark's str-based Token), a label's text and name are one
    # string per distinct label, and a label token keeps neither its line nor a list for
    # where its speech starts (an int it shares). Measured on Python 3.11 for these
    # 78-byte lines: 302 bytes per line, against 379 with the line and a tuple, 426 with a
    # list, and 742 with the candidates kept, str tokens and a copy of each label and name
    # per turn.
    import gc
    import tracemalloc

    from transcript.reading.lexer import Cand, scan_text

    names = ["CHAIRMAN BRENNAN", "MARIA DELGADO", "THE MODERATOR", "SEN. OKAFOR"]
    lines = [
        f"{names[i % 4]}: Answer number {i} is a sentence of some length, as speech is."
        for i in range(3000)
    ]
    text = "\n".join(lines) + "\n"
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        scan = scan_text(text)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    labels = [t for t in scan.tokens if t.type == "LABEL"]
    assert len(labels) == 3000
    assert not [o for o in gc.get_objects() if type(o) is Cand]
    assert len({id(t.value) for t in labels}) == 4  # one string per distinct label
    assert len({id(t.name) for t in labels}) == 4
    assert held / 3000 < 340, f"the scan holds {held / 3000:.0f} bytes per line"


def _held_until_written(parser: Any, text: str) -> tuple[int, Any]:
    """Bytes (tracemalloc) that ``parser`` holds for ``text`` once its drafts are made and
    before a turn is written, and the stream of its turns (holding them)."""
    import gc
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        _doc, stream = parser._document_parts(text, None, False, "utf-8")
        return tracemalloc.get_traced_memory()[0] - before, stream
    finally:
        tracemalloc.stop()


def test_a_big_document_of_one_line_turns_keeps_each_paragraph_in_its_draft(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A turn whose only piece is its label's line keeps its one paragraph in its draft
    # (no list, no paragraph object, no int for its start) until written. Held per
    # turn on Python 3.11 (78-byte lines): 261 bytes, against 394 with a LinePara in a
    # list per turn; the last turn is made a LinePara (the back matter's cut reads it).
    import gc

    from transcript.reading import lexer as _lexer
    from transcript.reading.build import LinePara

    names = ["CHAIRMAN BRENNAN", "MARIA DELGADO", "THE MODERATOR", "SEN. OKAFOR"]
    text = "".join(
        f"{names[i % 4]}: Answer number {i} is a sentence of some length, as speech is.\n"
        for i in range(3000)
    )
    parser = default_parser()
    expected = parser.to_json(text)  # (the ways of a small document)
    monkeypatch.setattr(_lexer, "BIG_TEXT", 0)  # (those of a big one from here on)
    held, stream = _held_until_written(parser, text)
    assert sum(1 for o in gc.get_objects() if type(o) is LinePara) <= 1
    assert held / 3000 < 300, f"{held / 3000:.0f} bytes held per turn"
    assert len(list(stream)) == 3000
    assert parser.to_json(text) == expected


def test_a_paragraph_kept_in_its_draft_reads_as_its_line_paragraph() -> None:
    from transcript.reading.build import LinePara, TurnDraft

    source = "MS. LEE:  \u201cYes.\u201d Then more"
    d = TurnDraft("MS. LEE:", "colon", "MS. LEE", 0, None, end=len(source), para_at=10)
    assert d.text(source) == source[10:] and d.first_char(source) == "\u201c"
    assert d.label_end == 8
    paras = d.paragraphs(source)  # made a LinePara in a list now, and kept
    assert d.paras is paras and d.paragraphs(source) is paras
    assert [(type(p), p.text, p.start, p.end) for p in paras] == [
        (LinePara, source[10:], 10, len(source))
    ]
    assert d.text(source) == source[10:] and d.first_char(source) == "\u201c"
    empty = TurnDraft()
    assert empty.text(source) == "" and empty.first_char(source) == ""


def test_a_big_scan_peaks_low_until_its_labels_are_resolved(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Until the labels are resolved, a scan holds each line's candidate. In a list by line
    # (not a dict: an entry and an int key per candidate) with the scores in another, and
    # line tables of machine integers, a big document of one-line turns peaks at 228
    # bytes a line on Python 3.11 (78-byte lines), against 415 with dicts and lists of ints.
    import tracemalloc

    from transcript.reading import lexer as _lexer

    if not str(_lexer.__file__).endswith(".py"):
        pytest.skip("compiled build (mypyc): scan_text calls _emit directly, no patch sees it")
    monkeypatch.setattr(_lexer, "BIG_TEXT", 0)
    names = ["CHAIRMAN BRENNAN", "MARIA DELGADO", "THE MODERATOR", "SEN. OKAFOR"]
    text = "".join(
        f"{names[i % 4]}: Answer number {i} is a sentence of some length, as speech is.\n"
        for i in range(3000)
    )
    _lexer.scan_text(text[:3000])  # (what the first scan loads is not the document's)
    emit = _lexer._emit
    seen: list[int] = []

    def measured_emit(*args: Any) -> None:
        seen.append(tracemalloc.get_traced_memory()[1])
        emit(*args)

    monkeypatch.setattr(_lexer, "_emit", measured_emit)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        scan = _lexer.scan_text(text)
    finally:
        tracemalloc.stop()
    assert len([t for t in scan.tokens if t.type == "LABEL"]) == 3000
    assert (seen[0] - before) / 3000 < 300, f"{(seen[0] - before) / 3000:.0f} bytes a line"


def test_a_big_document_holds_little_per_turn_until_it_is_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What a big document holds, beside its text, once the drafts are made and before a
    # turn is written (the founding layout: labels on their own lines, quoted answers of
    # two paragraphs). Line tables of machine integers, no RawTurn for a label and the
    # speech after it, a quote mark cut off a paragraph kept as a count of characters (not
    # new offsets), and no label end nor line kept in a draft (worked out when written):
    # 542 bytes per turn on Python 3.11, against 633 with the last two kept and 934 with
    # none of them.

    from transcript.reading import lexer as _lexer

    monkeypatch.setattr(_lexer, "BIG_TEXT", 0)  # (the ways of a big document)
    turns = []
    for i in range(1500):
        turns.append(
            f"Efi Koutsokosta:\n\n\u201cQuestion {i}, asked at some length, is it not?\u201d\n"
        )
        turns.append(
            f"US Secretary of State Antony Blinken:\n\n\u201cAn answer of {i} words in all, at "
            "some length.\n\nA second paragraph of it, as answers have.\u201d\n"
        )
    text = "\n".join(turns)
    parser = default_parser()
    parser.to_json(text[:2000])  # (what the first parse loads is not the document's)
    held, stream = _held_until_written(parser, text)
    assert len(list(stream)) == 3000
    assert held / 3000 < 590, f"{held / 3000:.0f} bytes held per turn"


def test_line_lengths_are_read_a_piece_at_a_time() -> None:
    # text.split("\n") on the whole text would hold every line as a string at once: a
    # second copy of the text, which the allocator then kept. A piece at a time holds
    # about two pieces.
    import tracemalloc

    from transcript.reading.lexer import _line_lengths

    text = "".join(f"SPEAKER {i % 7}: {'word ' * (i % 40)}\n" for i in range(20000))
    expected = [len(line) for line in text.split("\n")]
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        lengths = _line_lengths(text, step=20000)
        peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert lengths == expected
    assert peak < 0.25 * len(text), f"peak {peak / len(text):.2f}x the text"


def test_corpus_inputs_are_included() -> None:
    """The corpus's files are among the inputs above; when ../shared is absent, say so."""
    if not CORPUS.is_dir():
        pytest.skip(f"the scorer's corpus is not here ({CORPUS}): its files are not checked")
    assert sum(p.parent == CORPUS for p in INPUTS) >= 20
