"""Reading overhead of the HTML, Word and PDF readers, per MB of text.

    python benchmarks/readers.py [--corpus ../shared/corpus] [--mb 1] [--rounds 3]

The input: the corpus's transcripts, concatenated and repeated to about ``--mb`` MB of text,
made into an HTML page, a Word file and a PDF (tests/fixtures/formats/make_fixtures.py).
In this one process, in interleaved rounds, each is turned into JSON bytes as the CLI does
(``TranscriptParser.to_json`` on the file's bytes); the baseline is the same text from its
``.txt``. Per format: the file's size, the reader alone (``readers.extract``), the whole
job, and the overhead over the baseline in seconds per MB of text (medians over rounds).
Also timed, for the choice of libraries: lxml and selectolax building the page's tree and
visiting every node, pypdf and pdfplumber taking the PDF's text (where they are installed).
"""

from __future__ import annotations

import argparse
import io
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's package
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "formats"))

import make_fixtures  # noqa: E402
from bench import _cpu_model  # noqa: E402  (benchmarks/ is this script's folder)


def _median_time(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _lxml_walk(data: bytes) -> None:
    import lxml.html

    root = lxml.html.document_fromstring(data.decode("utf-8"))
    for el in root.iter():
        _ = el.text, el.tail


def _selectolax_walk(data: bytes) -> None:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(data.decode("utf-8"))
    assert tree.body is not None
    for node in tree.body.traverse(include_text=True):
        _ = node.text_content


def _pdfplumber_text(data: bytes) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            page.extract_text()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--mb", type=float, default=1.0)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()

    from transcript import TranscriptParser
    from transcript.readers import extract

    texts = [p.read_text("utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    one = "\n\n".join(texts)
    text = "\n\n".join([one] * max(1, round(args.mb * 1e6 / len(one.encode()))))
    mb = len(text.encode()) / 1e6
    files = {
        "txt": text.encode(),
        "html": make_fixtures.to_html(text, title="bench"),
        "docx": make_fixtures.to_docx(text, title="bench", header="bench"),
        "pdf": make_fixtures.to_pdf(text, title="bench", header="BENCH"),
    }
    parser = TranscriptParser()
    parser.to_json(files["txt"])  # (the grammar and the first-use imports out of the clock)
    for fmt in ("html", "docx", "pdf"):
        extract(files[fmt])
    whole: dict[str, list[float]] = {f: [] for f in files}
    alone: dict[str, list[float]] = {f: [] for f in files if f != "txt"}
    for r in range(args.rounds):
        order = list(files)[r % 4 :] + list(files)[: r % 4]  # (rotated each round)
        for fmt in order:
            data = files[fmt]
            whole[fmt].append(_median_time(lambda d=data: parser.to_json(d), 1))
            if fmt != "txt":
                alone[fmt].append(_median_time(lambda d=data: extract(d), 1))
    base = statistics.median(whole["txt"])
    print(
        f"machine: {platform.machine()}, {platform.python_version()}, {_cpu_model() or 'unknown CPU'}"
    )
    print(
        f"input: the corpus's {len(texts)} transcripts x{len(text) // len(one)}: {mb:.2f} MB of text"
    )
    print(f"baseline (.txt -> JSON): {base:.3f} s = {base / mb:.3f} s/MB")
    print("| format | file MB | reader alone s/MB | file -> JSON s/MB | overhead s/MB | x txt |")
    print("|---|---|---|---|---|---|")
    for fmt in ("html", "docx", "pdf"):
        w = statistics.median(whole[fmt])
        a = statistics.median(alone[fmt])
        print(
            f"| {fmt} | {len(files[fmt]) / 1e6:.2f} | {a / mb:.3f} | {w / mb:.3f} | "
            f"{(w - base) / mb:.3f} | {w / base:.2f} |"
        )
    print("\nlibraries (tree or text only, s/MB of text):")
    candidates: list[tuple[str, Callable[[], None]]] = [
        ("lxml: parse + visit every node", lambda: _lxml_walk(files["html"])),
        ("selectolax: parse + visit every node", lambda: _selectolax_walk(files["html"])),
        ("pypdf: layout-mode text", lambda: _pypdf_text(files["pdf"])),
        ("pdfplumber: text", lambda: _pdfplumber_text(files["pdf"])),
    ]
    for label, fn in candidates:
        try:
            print(f"  {label}: {_median_time(fn, args.rounds) / mb:.3f}")
        except ImportError as exc:
            print(f"  {label}: not installed ({exc.name})")
    return 0


def _pypdf_text(data: bytes) -> None:
    import pypdf

    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        page.extract_text(extraction_mode="layout")


if __name__ == "__main__":
    sys.exit(main())
