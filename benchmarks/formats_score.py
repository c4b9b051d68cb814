"""The corpus as HTML pages, Word files and PDF records, scored as its text is.

    python benchmarks/formats_score.py [--corpus ../shared/corpus] [--bold] [--line-numbers]
                                       [--keep DIR]

Converts every ``NN_name.txt`` of the corpus to ``.html``, ``.docx`` and ``.pdf`` (with
tests/fixtures/formats/make_fixtures.py: pages with navigation, scripts and a footer; Word
files with a running header; PDF records of 46 lines a page with a running header and page
numbers), one folder per format with the truth files beside them, and runs the corpus
scorer (``score.py --cmd 'transcript parse {input}'``) on each folder and on the text
itself. ``--bold`` sets the labels the parser finds in the text in bold (as many sites and
Word exports do). ``--line-numbers`` makes the PDFs court-style records instead: 25 lines
a page, each numbered in the margin, blank ones too. Prints each format's summary line and
its turnF1 against the text's.
Needs the ``test`` extra (python-docx, fpdf2) and the DejaVu fonts.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "formats"))

import make_fixtures  # noqa: E402


def convert(corpus: Path, out: Path, bold: bool, numbered: bool = False) -> None:
    for fmt in ("txt", "html", "docx", "pdf"):
        (out / fmt).mkdir(parents=True, exist_ok=True)
    for src in sorted(corpus.glob("*.txt")):
        text = src.read_text("utf-8")
        name = src.stem
        spans = make_fixtures.label_spans(text) if bold else []
        shutil.copy(src, out / "txt" / src.name)
        (out / "html" / f"{name}.html").write_bytes(
            make_fixtures.to_html(text, title=name, bold=spans)
        )
        (out / "docx" / f"{name}.docx").write_bytes(
            make_fixtures.to_docx(text, title=name, bold=spans, header=f"Transcript {name}")
        )
        (out / "pdf" / f"{name}.pdf").write_bytes(
            make_fixtures.to_pdf(
                text,
                title=name,
                header=f"TRANSCRIPT  {name[:40]}",
                line_numbers=numbered,
                lines_per_page=25 if numbered else 46,
            )
        )
        for fmt in ("txt", "html", "docx", "pdf"):
            shutil.copy(corpus / f"{name}.truth.json", out / fmt)


def score(folder: Path, scorer: Path) -> tuple[str, float]:
    r = subprocess.run(
        [sys.executable, str(scorer), "--cmd", "transcript parse {input}", str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    (folder / "score.txt").write_text(r.stdout, "utf-8")
    summary = r.stdout.strip().splitlines()[-1]
    m = re.search(r"turnF1=([\d.]+)", summary)
    return summary, float(m.group(1)) if m else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--bold", action="store_true", help="labels in bold in every format")
    ap.add_argument(
        "--line-numbers", action="store_true", help="PDFs as line-numbered records, 25 lines a page"
    )
    ap.add_argument("--keep", type=Path, help="convert into this folder and keep it")
    args = ap.parse_args()
    scorer = args.corpus.parent / "eval" / "score.py"
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or Path(tmp)
        convert(args.corpus, out, args.bold, args.line_numbers)
        base = 0.0
        for fmt in ("txt", "html", "docx", "pdf"):
            summary, f1 = score(out / fmt, scorer)
            if fmt == "txt":
                base = f1
            print(f"{fmt:5s} {summary}  (turnF1 - txt: {f1 - base:+.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
