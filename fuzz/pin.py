"""Pin a fuzzer input as a regression fixture under tests/fixtures/regressions/.

    python fuzz/pin.py .fuzz/findings/crash-XXXX.bin short_name

The input is unpacked the way fuzz_parse.py routes it: a ``parse_bytes`` input is saved as
``fuzz-<name>.bin`` (the bytes), a ``parse(str)`` input as ``fuzz-<name>.input`` (or
``.str.json`` when the text holds lone surrogates), a CLI input as ``fuzz-<name>.bin``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "regressions"


def unpack(data: bytes) -> tuple[str, bytes | str]:
    """("bytes" | "str" | "cli", payload) as fuzz_parse.TestOneInput sees it."""
    if not data:
        return "bytes", b""
    route, body = data[0] % 8, data[1:]
    if route < 4:
        return "bytes", body
    if route < 7:
        import atheris

        fdp = atheris.FuzzedDataProvider(body)
        fdp.ConsumeBool()
        return "str", fdp.ConsumeUnicode(len(body))
    return "cli", body[1:]


def main(argv: list[str]) -> int:
    src, name = Path(argv[0]), argv[1]
    kind, payload = unpack(src.read_bytes())
    OUT.mkdir(parents=True, exist_ok=True)
    if isinstance(payload, bytes):
        target = OUT / f"fuzz-{name}.bin"
        target.write_bytes(payload)
    else:
        try:
            payload.encode("utf-8")
            target = OUT / f"fuzz-{name}.input"
            target.write_text(payload, encoding="utf-8", newline="")
        except UnicodeEncodeError:
            target = OUT / f"fuzz-{name}.str.json"
            target.write_text(json.dumps(payload) + "\n", encoding="utf-8")
    print(f"{kind} input -> {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
