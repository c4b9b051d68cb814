"""Atheris (libFuzzer) target for ``transcript``: the parser and the command line.

Each input is routed by its first byte:

* ``parse_bytes(data)``: decoding (BOMs, legacy encodings, binary refusal) and parsing;
* ``parse(str)``: the parser on arbitrary Unicode, lone surrogates included;
* ``transcript.cli.commands.main(["parse", <temp file>, ...])``: the CLI on a file, with options
  picked from the input, output written to a temporary folder.

A finding is any exception other than :class:`transcript.TranscriptError` (and, for the
CLI, an exit code other than 0/1 or a traceback on stderr), and any broken invariant of a
successful parse: spans inside the text, ``text[label_span] == label``, JSON round trip, and
(when Hypothesis is installed) every check of ``transcript.strategies.lossless_problems``.

Run (see fuzz/README.md)::

    python fuzz/fuzz_parse.py .fuzz/corpus -max_len=8192 -timeout=60 -max_total_time=1800

An empty or missing corpus folder is first seeded from tests/fixtures (fuzz/seed_corpus.py).

Set ``FUZZ_KEEP_GOING=1`` to log findings under ``.fuzz/findings/`` (one file per distinct
crash site, with the input) and keep fuzzing instead of stopping at the first one.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

import atheris

# Every module of the package is imported here, inside the block, so that atheris
# instruments it: ``transcript`` itself imports its modules lazily, on first use, which
# would be after the block (and uninstrumented).
with atheris.instrument_imports(include=["transcript"]):
    import transcript
    import transcript.cli.batch
    import transcript.cli.commands
    import transcript.people.speakers
    import transcript.reading.lexer
    import transcript.writing.render
    import transcript.writing.serialize
    import transcript.writing.summary
    from transcript import _api, _errors, _models, _stream  # noqa: F401

_lossless: Callable[[str, transcript.Transcript], list[str]] | None
try:  # the full span checker (needs hypothesis, the `test` extra)
    from transcript.strategies import lossless_problems as _lossless
except ImportError:  # pragma: no cover
    _lossless = None

ROOT = Path(__file__).resolve().parent.parent
KEEP_GOING = os.environ.get("FUZZ_KEEP_GOING") == "1"
FINDINGS = Path(os.environ.get("FUZZ_FINDINGS", ROOT / ".fuzz" / "findings"))
_TMP = Path(tempfile.mkdtemp(prefix="transcript-fuzz-"))
_PARSER = transcript.TranscriptParser()
_seen: set[str] = set()


class InvariantError(AssertionError):
    """A successful parse whose output breaks one of the documented invariants."""


def check(text: str, t: transcript.Transcript) -> None:
    """Cheap invariants of a successful parse of ``text``."""
    n = len(text)

    def span_ok(span: transcript.Span) -> None:
        a, b = span.start.offset, span.end.offset
        if not 0 <= a <= b <= n:
            raise InvariantError(f"span {a}:{b} outside text of {n} chars")

    for turn in t.turns:
        span_ok(turn.span)
        if turn.label_span is not None:
            span_ok(turn.label_span)
            got = text[turn.label_span.start.offset : turn.label_span.end.offset]
            if got != turn.label:
                raise InvariantError(f"label {turn.label!r} but its span holds {got!r}")
        for p in turn.paragraphs:
            span_ok(p.span)
        for a in turn.annotations:
            span_ok(a.span)
            got = text[a.span.start.offset : a.span.end.offset]
            if got != a.text:
                raise InvariantError(f"annotation {a.text!r} but its span holds {got!r}")
    for block in t.blocks:
        span_ok(block.span)
    data = transcript.dumps(t)
    if transcript.loads(data) != t:
        raise InvariantError("loads(dumps(t)) != t")
    if _lossless is not None:
        problems = _lossless(text, t)
        if problems:
            raise InvariantError("; ".join(problems)[:300])


def _record(data: bytes, exc: BaseException) -> None:
    """Keep-going mode: save one input per distinct crash site and continue."""
    tb = traceback.extract_tb(exc.__traceback__)
    site = f"{type(exc).__name__}:" + ":".join(f"{f.filename}:{f.lineno}" for f in tb[-3:])
    if isinstance(exc, InvariantError):  # one site, many kinds: tell them by their message
        site += re.sub(r"\d+|'[^']*'|\"[^\"]*\"", "_", str(exc))[:50]
    key = hashlib.sha1(site.encode()).hexdigest()[:12]
    if key in _seen:
        return
    _seen.add(key)
    FINDINGS.mkdir(parents=True, exist_ok=True)
    (FINDINGS / f"crash-{key}.bin").write_bytes(data)
    (FINDINGS / f"crash-{key}.txt").write_text(
        "".join(traceback.format_exception(exc)), encoding="utf-8"
    )
    sys.stderr.write(f"\n=== FINDING {key}: {type(exc).__name__}: {str(exc)[:200]}\n")


def _run_parse_bytes(data: bytes) -> None:
    try:
        t = _PARSER.parse_bytes(data)
    except transcript.TranscriptError:
        return
    # the text the spans refer to: what parse_bytes decoded
    text, _ = transcript.reading.decode.decode_bytes(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    check(text, t)


def _run_parse_str(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    strict = fdp.ConsumeBool()
    text = fdp.ConsumeUnicode(len(data))
    try:
        t = _PARSER.parse(text, strict=strict)
    except transcript.TranscriptError:
        return
    check(text, t)


_OPTIONS: tuple[list[str], ...] = (
    [],
    ["--strict"],
    ["--indent"],
    ["--format", "jsonl"],
    ["--format", "csv"],
    ["--layout", "numbered"],
    ["--layout", "captions"],
    ["--layout", "srt"],
    ["--jsonl"],
)


def _run_cli(data: bytes) -> None:
    opts = _OPTIONS[data[0] % len(_OPTIONS)] if data else []
    src = _TMP / "input.txt"
    out = _TMP / "out.json"
    src.write_bytes(data[1:])
    out.unlink(missing_ok=True)
    err = io.StringIO()
    stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(stdout):
        code = transcript.cli.commands.main(["parse", str(src), "-o", str(out), "-j", "1", *opts])
    message = err.getvalue()
    if code not in (0, 1):
        raise InvariantError(f"exit code {code}: {message[:200]}")
    if "Traceback" in message:
        raise InvariantError(f"traceback on stderr: {message[:500]}")
    if code == 1 and out.exists():
        raise InvariantError("failed run left an output file")
    if code == 0 and not out.exists():
        raise InvariantError("successful run wrote no output")
    if code == 0 and out.stat().st_size == 0 and "jsonl" not in opts and "--jsonl" not in opts:
        raise InvariantError("successful run wrote an empty file")  # jsonl of no turns is empty


def TestOneInput(data: bytes) -> None:  # atheris looks for this name
    if not data:
        _run_parse_bytes(data)
        return
    route = data[0] % 8
    body = data[1:]
    try:
        if route < 4:
            _run_parse_bytes(body)
        elif route < 7:
            _run_parse_str(body)
        else:
            _run_cli(body)
    except Exception as exc:
        if not KEEP_GOING:
            raise
        _record(data, exc)


def main() -> None:
    # an empty or missing corpus folder is seeded from the test fixtures first
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    if folders and (not folders[0].exists() or not any(folders[0].iterdir())):
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        from seed_corpus import main as seed

        seed(folders[0])
    sys.setrecursionlimit(10000)
    atheris.Setup(sys.argv, TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
