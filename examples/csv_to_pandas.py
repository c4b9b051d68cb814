"""Turn transcripts into one CSV table with the command line, then analyse it with pandas.

Run from the repository root (after ``pip install -e ".[test]"``, which brings pandas)::

    python examples/csv_to_pandas.py                     # the bundled example
    python examples/csv_to_pandas.py a.txt b.txt ...     # or your own transcripts

The CSV has one row per turn (columns ``source, index, speaker, name, title, role, kind,
start_line, end_line, start, end, text``), RFC 4180 quoting, UTF-8 without a BOM, and
the paragraphs of a turn kept inside its ``text`` cell. Read it with
``keep_default_na=False, na_values=[""]`` so that a turn saying "None" or "NA" stays text.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent


def main(inputs: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / "turns.csv"
        cmd = [sys.executable, "-m", "transcript", "parse", *inputs, "--format", "csv"]
        with table.open("wb") as out:  # several inputs: one table, one header row
            subprocess.run(cmd, stdout=out, check=True)
        df = pd.read_csv(table, keep_default_na=False, na_values=[""])

    print(
        f"{len(df)} turns from {df['source'].nunique()} file(s); columns: {', '.join(df.columns)}"
    )
    df["words"] = df["text"].fillna("").str.split().str.len()
    by_speaker = (
        df.groupby(["source", "name", "role"], dropna=False)
        .agg(turns=("index", "size"), words=("words", "sum"))
        .sort_values("words", ascending=False)
    )
    print("\nWho speaks how much:")
    print(by_speaker.to_string())
    questions = df[df["kind"] == "question"]
    print(
        f"\n{len(questions)} questions; the first: {questions['text'].iloc[0][:120]!r}"
        if len(questions)
        else "\nNo questions found."
    )


if __name__ == "__main__":
    main(sys.argv[1:] or [str(HERE / "euronews_blinken.txt")])
