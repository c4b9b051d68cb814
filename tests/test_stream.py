"""Streaming (iter_turns) against whole-text parsing, and dumps against the model's dump."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import orjson
import pytest

import transcript
from transcript._stream import iter_chunks
from transcript.readers import text_of

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))
STYLES = sorted(
    p for p in (ROOT / "tests" / "fixtures" / "styles").glob("*") if p.suffix != ".json"
)
# who asks is read per chunk: a moderator's hand-off in one chunk names no asker in the next;
# names read from the conversation too: an office named by the other side of a "X vs Y"
# header (32: that side must speak in the chunk), a host named by what the guests call them
# (35: the guests must say it in the chunk)
PER_CHUNK_SPEAKERS = {"03_wh-kirby-gaggle-moderator.txt"}


def _text(path: Path) -> str:
    # (what the parser reads: a reader's text for a table's CSV, the decoded text otherwise)
    return text_of(path.read_bytes())


def _key(t: transcript.Turn, speaker: bool = True) -> tuple[object, ...]:
    return (
        t.index,
        t.speaker if speaker else None,
        t.text,
        t.span,
        t.label_span,
        [p.span for p in t.paragraphs],
        t.annotations,
    )


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from synth import generate
    finally:
        sys.path.pop(0)
    folder = tmp_path_factory.mktemp("synth")
    return [generate(layout, 0.2, folder).path for layout in ("euronews", "oneline")]


@pytest.mark.parametrize("path", CORPUS + STYLES, ids=lambda p: p.name)
def test_one_chunk_equals_parse(path: Path) -> None:
    assert list(transcript.iter_turns(path)) == transcript.parse(_text(path)).turns


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_many_chunks_corpus(path: Path) -> None:
    text = _text(path)
    ref = transcript.parse(text).turns
    got = list(transcript.iter_turns(path, chunk_chars=max(2000, len(text) // 4)))
    assert [t.text for t in got] == [t.text for t in ref]
    same_speaker = path.name not in PER_CHUNK_SPEAKERS
    assert [_key(t, same_speaker) for t in got] == [_key(t, same_speaker) for t in ref]


def test_many_chunks_synthetic(synthetic: list[Path]) -> None:
    for path in synthetic:
        text = _text(path)
        ref = transcript.parse(text).turns
        got = list(transcript.iter_turns(path, chunk_chars=20_000))
        assert len(got) == len(ref) > 100
        assert [_key(t) for t in got] == [_key(t) for t in ref]
        assert [t.kind for t in got] == [t.kind for t in ref]


def test_file_object_and_crlf() -> None:
    text = "".join(f"SPEAKER {i % 3}: line {i} of it.\r\n\r\n" for i in range(400))
    ref = transcript.parse(text).turns
    got = list(transcript.iter_turns(io.StringIO(text, newline=""), chunk_chars=500))
    assert [_key(t) for t in got] == [_key(t) for t in ref]


def test_streamed_turns_share_their_field_sets_across_chunks() -> None:
    # (as parse() does: whoever keeps the turns keeps one fields-set per class, not per object)
    text = "".join(f"SPEAKER {i % 3}: line {i} of it.\n\n" for i in range(400))
    got = list(transcript.iter_turns(io.StringIO(text), chunk_chars=500))
    assert got[0].model_fields_set == set(transcript.Turn.model_fields)
    assert got[0].model_fields_set is got[-1].model_fields_set
    assert got[0].span.end.model_fields_set is got[-1].paragraphs[0].span.start.model_fields_set


@pytest.mark.parametrize("path", CORPUS + STYLES, ids=lambda p: p.name)
def test_dumps_equals_orjson_of_model_dump(path: Path) -> None:
    t = transcript.parse(_text(path))
    for indent, opt in ((False, 0), (True, orjson.OPT_INDENT_2)):
        assert transcript.dumps(t, indent=indent) == orjson.dumps(
            t.model_dump(mode="json"), option=opt
        )


def test_streaming_keeps_nothing_per_chunk() -> None:
    """Memory stays bounded: nothing may pile up from one chunk to the next (the question
    and answer marking once kept every exchange of the whole input)."""
    import gc
    import tracemalloc

    from transcript._stream import iter_chunk_docs

    exchanges = "".join(
        f"Ann Lee: Why {i}?\n\nBob Roe: Because {i}. It is so.\n\n" for i in range(3000)
    )
    # one question and thousands of answers: the open exchange must not keep them all
    one_long = "Ann Lee: Why?\n\n" + "".join(f"Bob Roe: Because {i}.\n\n" for i in range(6000))
    for text in (exchanges, one_long):
        sizes = []
        # (traced from the fifth chunk on: what a chunk keeps is allocated after it, and
        # tracing the first chunks too only slows the test)
        try:
            for n, doc in enumerate(iter_chunk_docs(io.StringIO(text), chunk_chars=2000), 1):
                if n == 5:
                    tracemalloc.start()
                if n in (10, 40):
                    del doc
                    gc.collect()
                    sizes.append(tracemalloc.get_traced_memory()[0])
                    if n == 40:
                        break
        finally:
            tracemalloc.stop()
        assert len(sizes) == 2
        # 30 chunks of about 80 turns each: anything kept per turn would be far above this
        assert sizes[1] - sizes[0] < 40_000, sizes


STREAM_FIXTURES = sorted((ROOT / "tests" / "fixtures" / "stream").glob("*.*"))


@pytest.mark.parametrize("path", STREAM_FIXTURES, ids=lambda p: p.name)
@pytest.mark.parametrize("chunk_chars", [120, 300])
def test_small_chunks_read_as_the_whole(path: Path, chunk_chars: int) -> None:
    """Each chunk is read with the document's layout (a caption file's later chunks are
    captions too, and one speaker's cues are not cut apart) and looks for full names in the
    document's start: speakers' ids and names agree with parse()."""
    text = _text(path)
    whole = transcript.parse(text)
    chunks = list(iter_chunks(path, chunk_chars=chunk_chars))
    assert len(chunks) >= 2  # (the fixture is cut, or the test proves nothing)
    got = [t for c in chunks for t in c.turns]
    assert [_key(t) for t in got] == [_key(t) for t in whole.turns]
    names = {s.id: s.name for s in whole.speakers}
    for c in chunks:
        assert all(names[s.id] == s.name for s in c.speakers)


def test_corpus_cases_are_included() -> None:
    """The corpus's files are among the cases above; when ../shared is absent, say so."""
    if not CORPUS:
        pytest.skip("the scorer's corpus (../shared/corpus) is not here: its files are not checked")
    assert len(CORPUS) >= 20
