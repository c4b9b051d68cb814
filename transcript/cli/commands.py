"""The ``transcript`` command: no parsing logic here, only arguments, files and exit codes.

Exit codes: 0 ok, 1 bad input (some input failed), 2 usage. stdout carries data,
stderr carries messages; no traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from .outputs import READER_SUFFIXES, TEXT_SUFFIXES

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{self.prog}: {message}")


def _build() -> argparse.ArgumentParser:
    p = _Parser(
        prog="transcript",
        description="Parse interview transcripts into typed JSON.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="store_true", help="print the version and exit")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    pp = sub.add_parser(
        "parse",
        help="parse transcript text to JSON",
        epilog=_PARSE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pp.add_argument("inputs", nargs="+", help="text files, folders or globs; '-' reads stdin")
    pp.add_argument(
        "-o",
        "--output",
        help="write to this file (one input) or folder (several: the inputs' tree is mirrored,"
        " sub/x.txt -> OUT/sub/x.txt.json)",
    )
    pp.add_argument(
        "--strict",
        action="store_true",
        help="fail on irregular labels instead of repairing, and on any warning (no turns,"
        " no speaker recognised, an uncertain encoding)",
    )
    pp.add_argument(
        "--layout",
        default="auto",
        choices=["auto", "labelled", "numbered", "captions", "srt"],
        help="force a layout instead of detecting it",
    )
    pp.add_argument("--indent", action="store_true", help="pretty-print the JSON")
    pp.add_argument(
        "--format",
        default="json",
        choices=["json", "jsonl", "csv"],
        help="json: the document; jsonl: one turn per line; csv: one row per turn",
    )
    pp.add_argument(
        "--jsonl", action="store_true", help="stream one turn per line (same as --format jsonl)"
    )
    pp.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=0,
        help="worker processes for many inputs (default: all cores)",
    )
    pp.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run the batch on the Dask cluster of this scheduler (tcp://host:8786); needs -o",
    )
    pp.add_argument(
        "--dask",
        choices=["local"],
        help="run the batch on a local Dask cluster of --jobs worker processes; needs -o",
    )

    sp = sub.add_parser("schema", help="print the JSON Schema of the output")
    sp.add_argument("--indent", action="store_true")

    vp = sub.add_parser("validate", help="check that a JSON file conforms to the schema")
    vp.add_argument("files", nargs="+")

    spk = sub.add_parser("speakers", help="a table of the speakers of a transcript")
    spk.add_argument("file", help="a transcript text file, or a JSON output of 'transcript parse'")
    spk.add_argument("--format", default="table", choices=["table", "json"])
    spk.add_argument(
        "--explain", action="store_true", help="show the evidence for each speaker's role"
    )

    rp = sub.add_parser(
        "render", help="render a parsed transcript (JSON) as text, markdown, vtt or srt"
    )
    rp.add_argument(
        "file",
        help="JSON output of 'transcript parse' or '-' (stdin); .txt/.md/.vtt/.srt are parsed first",
    )
    rp.add_argument("--to", default="text", choices=["text", "markdown", "vtt", "srt"])

    qp = sub.add_parser(
        "quotes", help="check an article's quotations against transcripts (needs [quotes])"
    )
    qp.add_argument("article", help="the article: a text file, or '-' (stdin)")
    qp.add_argument(
        "--against",
        nargs="+",
        required=True,
        metavar="TRANSCRIPT",
        help="transcripts: text files or JSON outputs of 'transcript parse'",
    )
    qp.add_argument("--format", default="json", choices=["json", "table"])
    qp.add_argument("--indent", action="store_true", help="pretty-print the JSON")
    qp.add_argument(
        "--fail-on",
        default="",
        metavar="VERDICTS",
        help="exit 3 when a quotation gets one of these verdicts (comma-separated), "
        "e.g. altered,spliced,wrong_speaker",
    )
    ep = sub.add_parser(
        "extract", help="print the text a file is parsed as (HTML, .docx, PDF: the reader's)"
    )
    ep.add_argument("file", help="an HTML page, Word .docx, PDF or text file; '-' reads stdin")
    return p


def compiled_modules() -> list[str]:
    """The package's modules that run compiled (the optional mypyc build), by name: none in
    the pure build. Read from the files each module would load from, without importing any
    (an import of every stage cost ``--version`` a third of a second)."""
    import importlib.machinery
    import os
    import pkgutil

    package = sys.modules[__name__.split(".")[0]]
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = []
    folders = [(path, f"{package.__name__}.") for path in package.__path__]
    while folders:
        path, prefix = folders.pop()
        for info in pkgutil.iter_modules([path], prefix):
            if info.ispkg:
                folders.append((os.path.join(path, info.name.rpartition(".")[2]), f"{info.name}."))
                continue
            finder = info.module_finder  # (a folder's finder: it reads the folder, no module)
            spec = (
                finder.find_spec(info.name)
                if isinstance(finder, importlib.machinery.FileFinder)
                else None
            )
            if spec is not None and spec.origin is not None and spec.origin.endswith(suffixes):
                found.append(info.name.partition(".")[2])
    return sorted(found)


_INPUT_TYPES = """\
inputs: plain text (.txt, .text, .md) in UTF-8, UTF-16/32 (with or without a byte-order
mark) or a legacy code page (cp1252, cp1250, cp1251, Shift-JIS, ...: detected); WebVTT
(.vtt) and SRT (.srt) captions. A folder is walked for those suffixes; a glob is expanded."""

_EPILOG = f"""\
examples:
  transcript parse interview.txt                  JSON on stdout
  transcript parse in/ -o out/                    in/sub/x.txt -> out/sub/x.txt.json
  transcript parse in/ --format csv > turns.csv   one row per turn, one header
  transcript validate out/sub/x.txt.json          exit 1 with every error's JSON path
  transcript speakers interview.txt               a table of the speakers
  transcript render out.json --to vtt             text, markdown, vtt or srt

{_INPUT_TYPES}

exit codes: 0 ok, 1 bad input (any input of a batch failed; with --strict, any warning),
2 usage. Data goes to stdout, messages to stderr."""

_PARSE_EPILOG = f"""\
examples:
  transcript parse interview.txt -o interview.json
  transcript parse a.txt b.vtt                     one JSON document per line
  transcript parse archive/ -o out/ --jobs 2       out/ mirrors archive/'s tree
  transcript parse 'archive/**/*.txt' --format jsonl > turns.jsonl
  transcript parse interview.txt --strict          exit 1 on any warning

{_INPUT_TYPES}

A batch ends with a summary line on stderr; the exit code is 1 if any input failed."""


def err(msg: str) -> None:
    sys.stderr.write(f"transcript: {msg}\n")


def _read_input(name: str) -> tuple[bytes, str | None]:
    if name == "-":
        return sys.stdin.buffer.read(), None
    return Path(name).read_bytes(), Path(name).name


def _cmd_parse(args: argparse.Namespace) -> int:
    from .batch import run_batch
    from .outputs import expand

    fmt = "jsonl" if args.jsonl else args.format
    if args.scheduler is not None or args.dask is not None:  # (transcript.dask: the dask extra)
        return _dask_parse(args, fmt)
    inputs = expand(args.inputs)
    if not inputs:
        err("no input files matched")
        return EXIT_BAD_INPUT
    return run_batch(
        inputs,
        output=args.output,
        fmt=fmt,
        strict=args.strict,
        layout=args.layout,
        indent=args.indent,
        jobs=args.jobs,
    )


def _dask_parse(args: argparse.Namespace, fmt: str) -> int:
    try:
        from ..dask import run_cli
    except ImportError as exc:
        err(str(exc))
        return EXIT_USAGE
    return run_cli(
        args.inputs,
        output=args.output,
        scheduler=args.scheduler,
        workers=args.jobs if args.jobs > 0 else (os.cpu_count() or 1),
        fmt=fmt,
        strict=args.strict,
        layout=args.layout,
        indent=args.indent,
    )


def _cmd_schema(args: argparse.Namespace) -> int:
    import orjson

    from ..writing.serialize import json_schema

    opt = orjson.OPT_INDENT_2 if args.indent else 0
    sys.stdout.buffer.write(orjson.dumps(json_schema(), option=opt) + b"\n")
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    from .._errors import SchemaError, TranscriptError
    from ..writing.serialize import loads

    status = EXIT_OK
    for name in args.files:
        try:
            data, _ = _read_input(name)
            loads(data)
        except OSError as exc:
            err(f"{name}: cannot read ({exc.strerror or exc})")
            status = EXIT_BAD_INPUT
        except SchemaError as exc:
            # every problem on its own line, with its JSON path (up to the limit)
            for path, msg in exc.errors or [("(document)", str(exc))]:
                err(f"{name}: {path}: {msg}")
            if exc.total > 1:
                listed = f" ({len(exc.errors)} listed)" if exc.total > len(exc.errors) else ""
                err(f"{name}: {exc.total} errors{listed}")
            status = EXIT_BAD_INPUT
        except TranscriptError as exc:
            err(f"{name}: {exc}")
            status = EXIT_BAD_INPUT
        else:
            sys.stdout.write(f"{name}: ok\n")
    return status


def _load_any(name: str) -> Any:
    """A transcript from JSON output or from transcript text."""
    from .._api import parse_bytes
    from ..writing.serialize import loads

    data, source = _read_input(name)
    if data.lstrip()[:1] == b"{":
        return loads(data)
    return parse_bytes(data, source=source)


def _cmd_speakers(args: argparse.Namespace) -> int:
    import orjson

    from ..writing.summary import speaker_summary, summary_table

    t = _load_any(args.file)
    rows = speaker_summary(t, explain=args.explain)
    if args.format == "json":
        sys.stdout.buffer.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2) + b"\n")
    else:
        sys.stdout.write(summary_table(rows, explain=args.explain))
    return EXIT_OK


# files the readers take (transcript/readers/) are parsed, in folders and by render, as text is
_SUFFIXES = TEXT_SUFFIXES + READER_SUFFIXES


def _cmd_render(args: argparse.Namespace) -> int:
    from .._api import parse_bytes
    from .._errors import TranscriptError
    from ..writing.render import render
    from ..writing.serialize import loads

    data, source = _read_input(args.file)
    if source is not None and Path(source).suffix.lower() in _SUFFIXES:
        t = parse_bytes(data, source=source)  # transcript text: parsed on the way
    else:
        try:
            t = loads(data.removeprefix(b"\xef\xbb\xbf"))
        except TranscriptError as exc:
            where = "<stdin>" if args.file == "-" else args.file
            err(f"{where}: {str(exc).splitlines()[0]}")
            return EXIT_BAD_INPUT
    sys.stdout.buffer.write(render(t, to=args.to).encode("utf-8", "replace"))
    return EXIT_OK


EXIT_QUOTES_FAILED = 3


def _cmd_quotes(args: argparse.Namespace) -> int:
    import importlib.util

    from ..quotes import VERDICTS  # (rapidfuzz is imported only when a quote is checked)

    fail_on = {v.strip() for v in args.fail_on.split(",") if v.strip()}
    unknown = sorted(fail_on - set(VERDICTS))
    if unknown:
        err(f"--fail-on: unknown verdict {', '.join(unknown)} (use {', '.join(VERDICTS)})")
        return EXIT_USAGE
    if importlib.util.find_spec("rapidfuzz") is None:
        err("quotes needs the 'quotes' extra: pip install 'transcript[quotes]'")
        return EXIT_BAD_INPUT
    from ..quotes import QuoteChecker, dumps, table

    checker = QuoteChecker([Path(t) for t in args.against])
    for src in checker.index.sources:
        if not src.transcript.turns:
            err(f"{src.name}: no turns found: its quotations cannot be found there")
    data, name = _read_input(args.article)
    report = checker.check(data, name=name or "<stdin>")
    if args.format == "table":
        sys.stdout.write(table(report))
    else:
        sys.stdout.buffer.write(dumps(report, indent=args.indent) + b"\n")
    if any(q.verdict in fail_on for q in report.quotes):
        return EXIT_QUOTES_FAILED
    return EXIT_OK


def _cmd_extract(args: argparse.Namespace) -> int:
    from .._errors import TranscriptError
    from ..readers import text_of

    data, _ = _read_input(args.file)
    try:
        text = text_of(data)
    except TranscriptError as exc:
        err(f"{'<stdin>' if args.file == '-' else args.file}: {str(exc).splitlines()[0]}")
        return EXIT_BAD_INPUT
    sys.stdout.buffer.write(text.encode("utf-8", "surrogatepass"))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    from .._errors import TranscriptError

    parser = _build()
    try:
        args = parser.parse_args(argv)
    except _UsageError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    if args.version:
        from .. import __version__

        compiled = compiled_modules()
        build = f" (compiled: {', '.join(compiled)})" if compiled else ""
        sys.stdout.write(f"transcript {__version__}{build}\n")
        return EXIT_OK
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_USAGE
    handlers = {
        "parse": _cmd_parse,
        "schema": _cmd_schema,
        "validate": _cmd_validate,
        "speakers": _cmd_speakers,
        "render": _cmd_render,
        "quotes": _cmd_quotes,
        "extract": _cmd_extract,
    }
    if argv is None and hasattr(signal, "SIGPIPE"):
        # as other Unix tools: a reader that goes away (| head) ends us quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        return handlers[args.command](args)
    except BrokenPipeError:  # (before OSError, its base: this is no error of the input)
        with contextlib.suppress(OSError, ValueError):
            if argv is not None:  # (called in-process: the caller's stdout is its own)
                return EXIT_OK
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # (so the exit's flush fails no more)
        return EXIT_OK
    except TranscriptError as exc:
        err(str(exc).splitlines()[0])
        return EXIT_BAD_INPUT
    except OSError as exc:
        err(f"{getattr(exc, 'filename', '') or ''}: {exc.strerror or exc}".lstrip(": "))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        err("interrupted")
        return 130
