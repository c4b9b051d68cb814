"""Parse every ``.txt`` file of a folder into JSON files in another folder, with the library.

Run from the repository root (after ``pip install -e .``)::

    python examples/batch_folder.py IN_FOLDER OUT_FOLDER
    python examples/batch_folder.py IN_FOLDER OUT_FOLDER --to markdown   # or text, vtt, srt

One ``TranscriptParser`` is built and reused for every file. A file that cannot be read
or parsed is reported and skipped; the exit status is 1 if any file failed. For many
files on several cores, the command line does the same in parallel:
``transcript parse IN_FOLDER -o OUT_FOLDER``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import transcript

SUFFIX = {"json": ".json", "text": ".txt", "markdown": ".md", "vtt": ".vtt", "srt": ".srt"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", type=Path, help="folder of .txt transcripts")
    ap.add_argument("outputs", type=Path, help="folder for the results (created if missing)")
    ap.add_argument("--to", choices=list(SUFFIX), default="json")
    args = ap.parse_args(argv)

    parser = transcript.TranscriptParser()
    args.outputs.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in sorted(args.inputs.glob("*.txt")):
        try:
            t = parser.parse_file(path)
        except transcript.TranscriptError as exc:
            print(f"{path.name}: {exc}", file=sys.stderr)
            failed += 1
            continue
        target = args.outputs / (path.stem + SUFFIX[args.to])
        if args.to == "json":
            target.write_bytes(transcript.dumps(t, indent=True) + b"\n")
        else:
            target.write_text(transcript.render(t, to=args.to), encoding="utf-8")
        print(f"{path.name}: {len(t.turns)} turns, {len(t.speakers)} speakers -> {target}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
