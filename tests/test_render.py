"""transcript.render: text, Markdown, WebVTT and SRT, and the text/Markdown round trip.

The round trip: parsing the text or Markdown rendering of a parsed transcript gives the
same speakers (display names) and the same turn texts. It is checked on every file of
the scorer's corpus (``../shared/corpus/*.txt``, read in place), on every fixture under
``tests/fixtures/`` (found when the tests are collected, so new fixtures are covered),
and as a Hypothesis property over the generated transcripts of ``transcript.strategies``.
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path
from typing import Any

import pytest

import transcript
from transcript import TranscriptError, render
from transcript.cli.commands import main
from transcript.writing.render import WORDS_PER_MINUTE

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "examples" / "euronews_blinken.txt"
ROUND_TRIP = ("text", "markdown")
EM_SPACE = "\u2003"


def _corpus_files() -> list[Any]:
    if not CORPUS.is_dir():
        reason = f"the scorer's corpus is not here ({CORPUS}); CI runs with ../shared present"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="no-corpus")]
    return [pytest.param(p, id=p.stem) for p in sorted(CORPUS.glob("*.txt"))]


def _fixture_files() -> list[Any]:
    files = sorted(
        p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix in (".txt", ".vtt", ".srt")
    )
    return [pytest.param(p, id=str(p.relative_to(FIXTURES))) for p in files]


def signature(t: transcript.Transcript) -> tuple[list[str], list[tuple[str | None, str]]]:
    """Speaker names in order of appearance, and (speaker name, text) of every turn."""
    names = {s.id: s.name for s in t.speakers}
    turns = [(names.get(x.speaker) if x.speaker else None, x.text) for x in t.turns]
    order: list[str] = []
    for name, _ in turns:
        if name is not None and name not in order:
            order.append(name)
    return order, turns


def assert_round_trip(t: transcript.Transcript, to: str) -> None:
    out = render(t, to=to)  # type: ignore[arg-type]
    again = transcript.parse(out)
    want, got = signature(t), signature(again)
    assert got[0] == want[0], f"speakers differ after a {to} round trip:\n{out}"
    for i, (g, w) in enumerate(zip(got[1], want[1], strict=False)):
        assert g == w, f"turn {i} differs after a {to} round trip:\n  got  {g!r}\n  want {w!r}"
    assert len(got[1]) == len(want[1]), f"{len(got[1])} turns, not {len(want[1])}:\n{out}"


# ---------------------------------------------------------------- round trips


@pytest.mark.parametrize("to", ROUND_TRIP)
@pytest.mark.parametrize("path", _corpus_files())
def test_corpus_round_trip(path: Path, to: str) -> None:
    assert_round_trip(transcript.parse_file(path), to)


@pytest.mark.parametrize("to", ROUND_TRIP)
@pytest.mark.parametrize("path", _fixture_files())
def test_fixture_round_trip(path: Path, to: str) -> None:
    assert_round_trip(transcript.parse_file(path), to)


@pytest.mark.parametrize("to", ("text", "markdown", "vtt", "srt"))
def test_every_format_renders_the_example(to: str) -> None:
    out = render(transcript.parse_file(EXAMPLE), to=to)  # type: ignore[arg-type]
    assert "Antony Blinken" in out and out.endswith("\n")


try:
    from hypothesis import given, settings

    from transcript.strategies import GeneratedTranscript, transcripts
except ImportError:  # the optional test extra is missing

    @pytest.mark.skip(reason="needs hypothesis and transcript.strategies (the test extra)")
    def test_round_trip_property() -> None:
        pass

else:

    @settings(derandomize=True)
    @given(doc=transcripts(noise=True))
    def test_round_trip_property(doc: GeneratedTranscript) -> None:
        t = transcript.parse(doc.text)
        for to in ROUND_TRIP:
            assert_round_trip(t, to)


# Inputs whose plain rendering the parser reads differently; each needs a guard.
TRICKY = {
    "label-like paragraph": "Ann Lee: Well.\n\nNote: this is speech.\n\nBob Ray: Yes.\n",
    "stage-like paragraph": "Ann Lee: Well.\n\n(Laughter.) And (then) we left (applause).\n\nBob Ray: Yes.\n",
    "number paragraph": "Ann Lee: Well.\n\n12 of them came.\n\nBob Ray: Yes.\n",
    "time paragraph": "Ann Lee: We met at\n10:30\n\nBob Ray: Yes.\n",
    "quoted start": 'Ann Lee: "Yes," he said, and left.\n\nBob Ray: "No."\n',
    "apostrophe start": "Ann Lee: 'Tis true.\n\nBob Ray: Yes.\n",
    "bracket over two lines": "Ann Lee: Any objections? [No\nresponse] Good.\n\nBob Ray: Yes.\n",
    "one-word names": "MR. CLARIDA. So moved.\n\nMS. BRAINARD. I nominate Jay Powell.\n",
    "weak name once": "**Respondent:** About the budget.\n",
    "call sign": "CC: Houston.\n\nCDR: Roger.\n\nCC: Go.\n\nCC: Okay.\n\nLCC: Clear.\n",
    "first line repeated": "Ann Lee: Note: we did.\n\nAnn Lee: Note: we did.\n",
    "surname in speech": "SENATOR LaVALLE: Fine.\n\nSENATOR KRUEGER: Thank you, Ken\n 3  LaValle.\n",
    "nobody's label": "Ann Lee: Hi.\n\n[REDACTED]:\n\nAnn Lee: We are adjourned.\n",
    "no labels": "[00:00:01]\nWelcome to the meeting.\n\n[00:00:05]\nFirst item.\n",
    "literal asterisks": "Ann Lee: It was **great**.\n\nBob Ray: Yes.\n",
}


@pytest.mark.parametrize("to", ROUND_TRIP)
@pytest.mark.parametrize("source", TRICKY.values(), ids=TRICKY.keys())
def test_tricky_round_trip(source: str, to: str) -> None:
    t = transcript.parse(source)
    assert t.turns
    assert_round_trip(t, to)


# ---------------------------------------------------------------- text and Markdown


def test_text_layout() -> None:
    src = "Ann Lee: Hi, everyone.\n\nQ: Hi.\n\nANN LEE: Okay.\nStill me.\n\nA second paragraph.\n"
    t = transcript.parse(src)
    assert render(t) == (
        "Ann Lee: Hi, everyone.\n\nQ: Hi.\n\nAnn Lee: Okay. Still me.\n\nA second paragraph.\n"
    )
    assert render(t, to="text") == render(t)


def test_annotations_go_back_where_they_were() -> None:
    src = (
        "Ann Lee: We have some charts -- (laughter) -- to begin.\n\n"
        "(The display changes.)\n\n"
        "No, the other chart.\n\n"
        "Bob Ray: Yes.\n"
    )
    t = transcript.parse(src)
    assert "(laughter)" not in t.turns[0].text
    out = render(t)
    assert "Ann Lee: We have some charts -- (laughter) -- to begin.\n\n" in out
    assert "\n\n(The display changes.)\n\nNo, the other chart.\n\n" in out


def test_speech_that_would_be_misread_is_guarded() -> None:
    t = transcript.parse(TRICKY["label-like paragraph"])
    assert f"\n\n{EM_SPACE}Note: this is speech.\n\n" in render(t)
    t = transcript.parse(TRICKY["quoted start"])
    assert 'Ann Lee: «"Yes," he said, and left.»' in render(t)
    t = transcript.parse(TRICKY["bracket over two lines"])
    assert t.turns[0].text == "Any objections? [No response] Good."
    assert "[No\nresponse]" in render(t)


def test_unlabelled_turns_start_at_their_time() -> None:
    t = transcript.parse(TRICKY["no labels"])
    assert [x.speaker for x in t.turns] == [None, None]
    # the stamp right above its speech: read back, it opens a turn of no one's again
    assert render(t).startswith("[00:00:01]\nWelcome to the meeting.\n\n[00:00:05]\n")


def test_markdown_title_participants_and_bold_labels() -> None:
    t = transcript.parse_file(EXAMPLE)
    out = render(t, to="markdown")
    head = out.split("\n\n")
    assert head[0].startswith("# ") and t.title is not None and t.title in head[0]
    assert "- **Antony Blinken**, US Secretary of State (interviewee)" in head[1].splitlines()
    assert "- **Efi Koutsokosta**" in head[1]
    assert head[2].startswith("**Efi Koutsokosta:** You said there is evidence")


def test_unknown_format() -> None:
    t = transcript.parse("Q: Ready?\nA: Yes.")
    with pytest.raises(TranscriptError, match="unknown render format"):
        render(t, to="html")  # type: ignore[arg-type]


def test_empty_transcript() -> None:
    t = transcript.parse("")
    assert render(t) == "" and render(t, to="markdown") == ""
    assert render(t, to="vtt") == "WEBVTT\n\n" and render(t, to="srt") == ""


# ---------------------------------------------------------------- WebVTT and SRT

VTT_TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d{3}) --> (\d\d):(\d\d):(\d\d)\.(\d{3})$")
SRT_TIMING = re.compile(r"^(\d\d):(\d\d):(\d\d),(\d{3}) --> (\d\d):(\d\d):(\d\d),(\d{3})$")


def _seconds(groups: tuple[str, ...]) -> tuple[float, float]:
    h, m, s, ms, h2, m2, s2, ms2 = (int(g) for g in groups)
    return h * 3600 + m * 60 + s + ms / 1000, h2 * 3600 + m2 * 60 + s2 + ms2 / 1000


def cues(out: str, timing: re.Pattern[str]) -> list[tuple[float, float, list[str]]]:
    """(start, end, text lines) of each cue; asserts the layout on the way."""
    found = []
    for block in out.strip("\n").split("\n\n"):
        lines = block.split("\n")
        i = next(k for k, line in enumerate(lines) if "-->" in line)
        m = timing.match(lines[i])
        assert m, f"bad timing line {lines[i]!r}"
        start, end = _seconds(m.groups())
        assert lines[i + 1 :], f"empty cue {block!r}"
        found.append((start, end, lines[i + 1 :]))
    return found


LONG = (
    "Efi Koutsokosta: You said there is evidence of plans. So how close are we?\n\n"
    "Antony Blinken: Well, we don't know the intent. "
    + "We know what is being put in place. "
    * 12
    + "\n\nAnd that is very concerning, and not just to us.\n\n"
    "Efi Koutsokosta: And the meeting?\n"
)


def test_vtt_voice_spans_and_synthesized_times() -> None:
    t = transcript.parse(LONG)
    assert all(x.start is None and x.end is None for x in t.turns)
    out = render(t, to="vtt")
    assert out.startswith("WEBVTT\n\n")
    found = cues(out.removeprefix("WEBVTT\n\n"), VTT_TIMING)
    assert len(found) > len(t.turns)  # the long answer is split
    assert found[0][2][0] == "<v Efi Koutsokosta>You said there is evidence of"
    previous = 0.0
    for start, end, lines in found:
        assert previous == pytest.approx(start) and start < end  # synthesized, back to back
        assert len(lines) <= 2 and all(len(x) <= 70 for x in lines)
        previous = end
    words = sum(max(1.0, len(x.text.split()) * 60 / WORDS_PER_MINUTE) for x in t.turns)
    assert found[-1][1] == pytest.approx(words)
    # a player's reading of it gives the speakers back
    again = transcript.parse(out)
    assert [s.name for s in again.speakers] == [s.name for s in t.speakers]


def test_vtt_keeps_known_times_and_escapes() -> None:
    src = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann Lee>Fish & chips <3\n\n"
        "00:00:05.500 --> 00:00:07.000\n<v Bob Ray>Yes.\n"
    )
    t = transcript.parse(src)
    out = render(t, to="vtt")
    found = cues(out.removeprefix("WEBVTT\n\n"), VTT_TIMING)
    assert [(s, e) for s, e, _ in found] == [(1.0, 4.0), (5.5, 7.0)]
    assert found[0][2] == ["<v Ann Lee>Fish &amp; chips &lt;3"]


def test_srt_numbered_cues_with_name_prefixes() -> None:
    t = transcript.parse(LONG)
    out = render(t, to="srt")
    blocks = out.strip("\n").split("\n\n")
    assert [b.split("\n")[0] for b in blocks] == [str(i) for i in range(1, len(blocks) + 1)]
    found = cues(out, SRT_TIMING)
    assert found[0][2][0].startswith("Efi Koutsokosta: You said")
    assert all(x[0].startswith(("Efi Koutsokosta: ", "Antony Blinken: ")) for _, _, x in found)
    starts = [start for start, _, _ in found]
    assert starts == sorted(starts)


def test_countdown_times_move_to_zero() -> None:
    t = transcript.parse(
        "[-00:00:00:10]\nLCC: Ten, nine.\n\n[00:00:00:02]\nCDR: Clock is running.\n"
    )
    assert [x.start for x in t.turns] == [-10.0, 2.0]
    found = cues(render(t, to="srt"), SRT_TIMING)
    assert [s for s, _, _ in found] == [0.0, 12.0]


# ---------------------------------------------------------------- command line


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def parsed_json(tmp_path: Path) -> Path:
    target = tmp_path / "blinken.json"
    assert main(["parse", str(EXAMPLE), "-o", str(target)]) == 0
    return target


@pytest.mark.parametrize("to", ("text", "markdown", "vtt", "srt"))
def test_cli_renders_a_json_file(
    parsed_json: Path, to: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "render", str(parsed_json), "--to", to)
    assert code == 0 and err == ""
    assert out == render(transcript.loads(parsed_json.read_bytes()), to=to)  # type: ignore[arg-type]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_cli_renders_stdin(
    parsed_json: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, parsed_json.read_bytes())
    code, out, err = _run(capsys, "render", "-", "--to", "markdown")
    assert code == 0 and err == ""
    assert out.startswith("# ") and "**Efi Koutsokosta:**" in out


def test_cli_renders_transcript_text_files(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "render", str(EXAMPLE))
    assert code == 0 and out == render(transcript.parse_file(EXAMPLE))


@pytest.mark.parametrize(
    "data",
    [b"{not json", b"", b"plain text, not JSON", b'{"turns": 3}', b"[1, 2]", b"\xff\xfe\x00"],
    ids=["broken", "empty", "text", "not-a-transcript", "array", "binary"],
)
def test_cli_bad_json_is_one_line_and_exit_1(
    data: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(data)
    code, out, err = _run(capsys, "render", str(bad))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith(f"transcript: {bad}: ")
    assert "Traceback" not in err
    _stdin(monkeypatch, data)
    code, out, err = _run(capsys, "render", "-")
    assert (code, out) == (1, "") and err.count("\n") == 1
    assert err.startswith("transcript: <stdin>: ")


def test_cli_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = _run(capsys, "render", str(tmp_path / "nope.json"))
    assert (code, out) == (1, "") and err.count("\n") == 1


def test_render_is_public() -> None:
    assert "render" in transcript.__all__ and transcript.render is render
    assert transcript.__all__ == sorted(transcript.__all__)


def test_unlabelled_turn_among_labelled_ones_round_trips() -> None:
    text = "Ann Lee: Ryan, what do you think?\n\n[00:05:07]\nHmm.\n\nRyan Sloan: Yes, I think so.\n"
    t = transcript.parse(text)
    assert [x.speaker for x in t.turns] == ["ann-lee", None, "ryan-sloan"]
    again = transcript.parse(render(t))
    assert [(x.speaker, x.text) for x in again.turns] == [(x.speaker, x.text) for x in t.turns]
