"""Build the fuzzing seed corpus (.fuzz/corpus) from the test fixtures.

Each fixture becomes three seeds, one per route of fuzz_parse.py (first byte):
``0`` parse_bytes, ``4`` parse(str), ``7`` the CLI (second byte picks the options).
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(out: Path = ROOT / ".fuzz" / "corpus", max_len: int = 8192) -> int:
    out.mkdir(parents=True, exist_ok=True)
    sources = sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
    count = 0
    for path in sources:
        body = path.read_bytes()[: max_len - 2]
        for prefix in (b"\x00", b"\x04", b"\x07\x00"):
            seed = prefix + body
            (out / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
            count += 1
    print(f"{count} seeds from {len(sources)} fixtures in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".fuzz" / "corpus"))
