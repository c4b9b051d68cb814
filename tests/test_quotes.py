"""Quote verification (``transcript.quotes`` and ``transcript quotes``): extraction,
attribution, alignment and verdicts, on fixtures, on the seed articles, and as properties
of generated quote mutations."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import transcript

pytest.importorskip("rapidfuzz", reason="the 'quotes' extra (rapidfuzz) is not installed")

from transcript.cli.commands import main
from transcript.quotes import QuoteChecker, QuoteReport
from transcript.quotes._extract import find_quotes, paragraphs

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "quotes"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
TRUTH = SHARED / "quotes" / "seed_quotes.truth.json"
EXAMPLE = ROOT / "examples" / "euronews_blinken.txt"

INTERVIEW = """Host Name: So what will you do next?

Ann Lee: We will not raise taxes this year. We'll cut the budget by 12 percent and we we
will keep the schools open. That is the plan.

Host Name: And the hospitals?

Ann Lee: The hospitals stay open too. Nobody loses a job.
"""


def check(article: str, transcript_text: str = INTERVIEW) -> QuoteReport:
    return transcript.quotes(article, [transcript.parse(transcript_text)])


def only(article: str, transcript_text: str = INTERVIEW) -> Any:
    report = check(article, transcript_text)
    assert len(report.quotes) == 1, report.quotes
    return report.quotes[0]


# ---------------------------------------------------------------- extraction


@pytest.mark.parametrize(
    "case", json.loads((FIXTURES / "extraction.json").read_text("utf-8")), ids=lambda c: c["name"]
)
def test_extraction(case: dict[str, Any]) -> None:
    text = case["article"]
    got = [text[q.start : q.end] for q in find_quotes(text, paragraphs(text))]
    assert got == case["quotes"]


@pytest.mark.parametrize(
    "case",
    json.loads((FIXTURES / "attribution.json").read_text("utf-8")),
    ids=lambda c: c["article"][:40],
)
def test_attribution(case: dict[str, Any]) -> None:
    report = check(case["article"])
    q = next(q for q in report.quotes if q.text == case["quote"])
    assert q.speaker is not None
    assert q.speaker.casefold().removeprefix("the ") == case["speaker"].casefold()
    assert q.attribution.kind == case["kind"]


def test_spans_are_offsets_into_the_article_marks_excluded() -> None:
    article = 'Intro line.\n\n"We will not raise taxes this year," Ann Lee said.\n'
    q = only(article)
    assert article[q.span.start.offset : q.span.end.offset] == q.text
    assert (q.span.start.line, q.span.start.column) == (3, 2)
    assert q.attribution.cue == "Ann Lee said"
    assert q.attribution.cue_span is not None
    cue = q.attribution.cue_span
    assert article[cue.start.offset : cue.end.offset] == "Ann Lee said"


# ---------------------------------------------------------------- verdicts


def test_exact_with_trim_case_and_punctuation() -> None:
    q = only('"the hospitals stay open, too," Lee said.')
    assert (q.verdict, q.differences, q.weak_evidence) == ("exact", [], False)
    m = q.matches[0]
    assert (m.turn, m.speaker, m.text) == (3, "ann-lee", "The hospitals stay open too")


def test_ellipsis_and_editorial_brackets_are_not_alterations() -> None:
    q = only('"We will not raise taxes ... [and] keep the schools open," Lee said.')
    assert q.verdict == "exact", q.differences


@pytest.mark.parametrize(
    ("quote", "cls", "kind", "article", "said"),
    [
        ("We will cut the budget by 12 percent", "cosmetic", "contraction", "We will", "We'll"),
        ("We'll cut the budget by 15 percent", "substantive", "number", "15", "12"),
        ("We will raise taxes this year", "substantive", "negation", "", "not"),
        ("We will not raise rents this year", "substantive", "word", "rents", "taxes"),
        ("percent and we will keep the schools open", "disfluency", "repetition", "", "we"),
    ],
)
def test_altered_differences_are_classed(
    quote: str, cls: str, kind: str, article: str, said: str
) -> None:
    q = only(f'"{quote}," Ann Lee said.')
    assert q.verdict == "altered"
    assert [(d.cls, d.kind, d.article, d.transcript) for d in q.differences] == [
        (cls, kind, article, said)
    ]


def test_wrong_speaker_and_speaker_not_in_transcripts() -> None:
    q = only('"So what will you do next?" Ann Lee asked.')
    assert q.verdict == "wrong_speaker"
    assert q.matches[0].speaker == "host-name"
    q = only('"We will not raise taxes this year," Bob Stone said.')
    assert q.verdict == "wrong_speaker"
    q = only('"we refuse to comment," Bob Stone said.')
    assert q.verdict == "speaker_not_in_transcripts"
    assert q.matches == []


def test_spliced_and_not_found() -> None:
    q = only('"We will not raise taxes this year. Nobody loses a job," Lee said.')
    assert q.verdict == "spliced"  # two answers presented as one
    assert [m.turn for m in q.matches] == [1, 3]
    q = only('"We will not raise taxes and the hospitals stay open too," Lee said.')
    assert q.verdict == "spliced"
    assert [m.turn for m in q.matches] == [1, 3]
    q = only('"we are going to build a new bridge over the river," Lee said.')
    assert q.verdict == "not_found"
    assert q.closest is not None and q.closest.similarity < 0.5


def test_short_quotes_are_weak_evidence_and_not_altered_by_a_word() -> None:
    q = only('Lee promised "hospitals" for everyone.')
    assert (q.verdict, q.weak_evidence) == ("exact", True)
    q = only('Lee promised "open clinics".')
    assert q.verdict == "not_found"  # one of two words differs: no evidence of a quote


def test_transcripts_as_json_and_as_text_agree(tmp_path: Path) -> None:
    text = EXAMPLE.read_text("utf-8")
    js = tmp_path / "t.json"
    js.write_bytes(transcript.dumps(transcript.parse(text)))
    article = '"actions have have consequences," Blinken said.'
    a = QuoteChecker([EXAMPLE]).check(article).quotes[0]
    b = QuoteChecker([js]).check(article).quotes[0]
    assert a.verdict == b.verdict == "altered"
    assert a.matches[0].turn == b.matches[0].turn
    assert abs(a.matches[0].span.start.offset - b.matches[0].span.start.offset) <= 1


# ---------------------------------------------------------------- the seeds


def _coarse(v: str) -> str:
    return {"exact_short": "exact", "speaker_not_in_transcripts": "not_found"}.get(
        v, "altered" if v.startswith("altered") else v
    )


@pytest.mark.skipif(not TRUTH.exists(), reason=f"the seed quotes are not here ({TRUTH})")
def test_seed_articles_against_the_interview() -> None:
    truth = json.loads(TRUTH.read_text("utf-8"))
    checker = QuoteChecker([SEEDS / truth["transcript"]["file"]])
    n = attr = verdict = turn = turn_n = 0
    for art in truth["articles"].values():
        report = checker.check(SEEDS / art["file"])
        got = {(q.span.start.offset, q.span.end.offset): q for q in report.quotes}
        for t in truth["quotes"]:
            if t["article"] != art["file"] or t["expected_verdict"] == "ignore_furniture":
                continue
            q = got.get(tuple(t["article_span"]))
            assert q is not None, t["id"]
            n += 1
            attr += (q.speaker or "").split()[-1:] == (t["speaker"] or "").split()[-1:]
            verdict += _coarse(q.verdict) == _coarse(t["expected_verdict"])
            if "turn" in t:
                turn_n += 1
                turn += bool(q.matches) and q.matches[0].turn == t["turn"]
            if t.get("near_miss_004"):
                assert q.verdict != "altered", t["id"]
    assert n == 54
    assert attr / n >= 0.95 and verdict / n >= 0.95 and turn / turn_n >= 0.95


# ---------------------------------------------------------------- the command line


def test_cli_json_contract_and_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    t = tmp_path / "interview.txt"
    t.write_text(INTERVIEW, encoding="utf-8")
    a = tmp_path / "article.txt"
    a.write_text('"We will raise taxes this year," Ann Lee said.\n', encoding="utf-8")
    assert main(["quotes", str(a), "--against", str(t)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["article"]["name"] == "article.txt"
    q = doc["quotes"][0]
    assert (q["span"]["start"]["offset"], q["span"]["end"]["offset"]) == (1, 31)
    assert (q["speaker"], q["verdict"]) == ("Ann Lee", "altered")
    assert q["matches"][0]["transcript"] == "interview.txt"
    assert q["matches"][0]["turn"] == 1
    assert q["differences"][0]["class"] == "substantive"
    assert main(["quotes", str(a), "--against", str(t), "--fail-on", "altered,spliced"]) == 3
    capsys.readouterr()
    assert main(["quotes", str(a), "--against", str(t), "--fail-on", "spliced"]) == 0
    capsys.readouterr()
    assert main(["quotes", str(a), "--against", str(t), "--fail-on", "changed"]) == 2
    assert "unknown verdict" in capsys.readouterr().err
    assert main(["quotes", str(a), "--against", str(t), "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert "altered" in out and "substantive negation" in out


def test_cli_missing_files_and_extra(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    a = tmp_path / "article.txt"
    a.write_text('"x," she said.', encoding="utf-8")
    assert main(["quotes", str(a), "--against", str(tmp_path / "nope.txt")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert main(["quotes", str(a)]) == 2
    capsys.readouterr()
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["quotes", str(a), "--against", str(empty)]) == 0
    assert "empty.txt: no turns found" in capsys.readouterr().err
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda n, *a: None if n == "rapidfuzz" else real(n, *a)
    )
    assert main(["quotes", str(a), "--against", str(EXAMPLE)]) == 1
    assert "pip install 'transcript[quotes]'" in capsys.readouterr().err


def test_public_function_and_module_are_one() -> None:
    import transcript.quotes as package

    assert "quotes" in transcript.__all__
    report = package('"x y z"', [transcript.parse("A: x y z")])
    assert report.quotes[0].verdict == "exact"
    assert transcript.quotes('"x y z"', "A: x y z").quotes[0].matches[0].turn == 0


def test_readme_section_runs() -> None:
    if not (ROOT / "README.md").exists():
        pytest.skip("no README.md beside the tests (the compiled build's run copies only tests)")
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Checking quotes", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    assert blocks
    proc = subprocess.run(
        [sys.executable, "-c", "\n".join(blocks)], cwd=ROOT, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    shown = [ln[2:] for b in blocks for ln in b.splitlines() if ln.startswith("# ")]
    assert proc.stdout.splitlines() == shown


def test_package_docstring_example() -> None:
    import doctest

    import transcript.quotes as package

    assert doctest.testmod(package).failed == 0


# ---------------------------------------------------------------- properties

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from transcript.strategies import QuoteMutation, quote_mutations  # noqa: E402


@given(quote_mutations())
def test_each_mutation_is_found_and_classed(case: QuoteMutation) -> None:
    report = check(case.article, case.transcript)
    assert len(report.quotes) == 1
    q = report.quotes[0]
    assert q.text.rstrip(".,") == case.quote
    assert q.speaker is not None and q.speaker.split()[-1] == case.speaker.split()[-1]
    assert q.verdict == case.verdict, (case.mutation, q.differences)
    if case.difference is not None:
        assert case.difference in [(d.cls, d.kind) for d in q.differences]
    else:
        assert q.differences == []
    assert q.matches and {m.turn for m in q.matches} <= set(case.turns)
    assert q.matches[0].turn == case.turns[0]


_MARKS = [*list("\"'“”‘’«»„「」『』 .,:;\n…[]()-—ab"), "said ", "he ", "Lee ", "not ", "...", "We "]
_ARTICLE_NOISE = st.one_of(
    st.text(max_size=200), st.lists(st.sampled_from(_MARKS), max_size=60).map("".join)
)


@given(_ARTICLE_NOISE)
def test_any_article_is_read_without_error_and_spans_slice_it(article: str) -> None:
    report = check(article)
    for q in [*report.quotes, *report.furniture]:
        assert article[q.span.start.offset : q.span.end.offset] == q.text
        assert q.verdict in (
            "exact",
            "altered",
            "spliced",
            "not_found",
            "speaker_not_in_transcripts",
            "wrong_speaker",
        )


def test_words_left_out_without_an_ellipsis() -> None:
    interview = (
        "Ann Lee: We will keep the schools open this winter, and the libraries as well, "
        "because teachers will be paid on time.\n\nBob Ray: Thanks.\n\nAnn Lee: Sure.\n"
    )
    q = only(
        '"We will keep the schools open this winter because teachers will be paid on time," Lee said.',
        interview,
    )
    assert q.verdict == "altered"
    assert [(d.cls, d.kind, d.transcript) for d in q.differences] == [
        ("substantive", "omission", "and the libraries as well")
    ]
    q = only(
        '"We will keep the schools open this winter ... because teachers will be paid," Lee said.',
        interview,
    )
    assert (q.verdict, q.differences) == ("exact", [])


SCORER = SHARED / "eval" / "quotes_score.py"


@pytest.mark.skipif(not (SCORER.exists() and TRUTH.exists()), reason="no ../shared scorer or seeds")
def test_the_scorer_through_the_command_line() -> None:
    cmd = f"{sys.executable} -m transcript quotes {{article}} --against {{transcripts}}"
    proc = subprocess.run(
        [sys.executable, str(SCORER), "--quiet", "--cmd", cmd, "--seeds", str(SEEDS), str(TRUTH)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    summary = dict(
        kv.split("=") for kv in proc.stdout.strip().splitlines()[-1].split()[1:] if "=" in kv
    )
    assert summary["failed"] == "0"
    assert float(summary["F1"]) >= 0.97
    assert float(summary["attribution_acc"]) >= 0.95
    assert float(summary["verdict_acc"]) >= 0.95
    assert float(summary["turn_acc"]) >= 0.95
    assert summary["false_altered"] == "0"


def test_annotations_are_not_the_speakers_words() -> None:
    interview = (
        "Ann Lee: We will win this (Laughter.) election in the autumn.\n\n"
        "Bob Ray: Really?\n\nAnn Lee: Yes.\n"
    )
    q = only('"We will win this election in the autumn," Lee said.', interview)
    assert (q.verdict, q.matches[0].turn) == ("exact", 0)
    assert q.matches[0].text == "We will win this election in the autumn"  # the parsed text
    q = QuoteChecker([interview]).check('"We will win this election," Lee said.').quotes[0]
    assert q.verdict == "exact"
    assert q.matches[0].text == "We will win this (Laughter.) election"  # the source, as is


def test_a_short_quotation_is_placed_where_the_longer_ones_come_from() -> None:
    interview = (
        "Ann Lee: We are very concerned about the roads.\n\nBob Ray: And the bridge?\n\n"
        "Ann Lee: The bridge is old and we are very concerned about its future.\n"
    )
    article = 'Lee said the city was "very concerned". "The bridge is old," she said.\n'
    report = check(article, interview)
    assert [(q.verdict, q.matches[0].turn) for q in report.quotes] == [("exact", 2), ("exact", 2)]
    report = check('Lee said the city was "very concerned".', interview)
    assert report.quotes[0].matches[0].turn == 0  # alone: the first place it is said
