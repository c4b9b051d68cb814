"""The floor under the throughput target: what our JSON contract alone costs, beside the scanner.

    python benchmarks/floor.py [--mb 1] [--rounds 7]

The issue asks for at least 0.4x the regex scanner's throughput, i.e. at most 2.5x its time.
This measures, in one process, in interleaved rounds, on the synthetic one-line layout
(``synth.py``), how much of that the output contract and the grammar take by themselves:

``scanner``
    ``scanner.py``: one regex, a ``{speaker, text, start, end}`` dict per match, ``orjson.dumps``.
``records``
    The same matches, each made into a turn record of our JSON contract, as few steps as it
    takes: index, speaker id, label, role, kind, text, paragraphs, annotations, times, and the
    spans (line, column, offset) of the turn, its label and its paragraph, then written with
    ``orjson`` as the CLI writes them (compact). Nothing else: no speaker roster, no furniture,
    no questions and answers, no checks. A lower bound for any tool that writes this contract
    from Python, since every field is in the output.
``records+lark``
    ``records`` with every label passed through a Lark LALR parser (one token and one
    reduction per turn, the transformer in the parser), as the project's grammar must.
``ours``
    ``transcript.to_json``.

It prints the medians and each one's time over the scanner's, in the same round. Written for
this comparison only; the synthetic layout is regular enough for one regex to read it.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # this checkout's package, as _runner.py does
sys.path.insert(0, str(HERE))

import orjson  # noqa: E402
from lark import Lark, Transformer  # noqa: E402
from lark.lexer import Lexer  # noqa: E402
from scanner import ONELINE, scan_oneline  # noqa: E402
from synth import generate  # noqa: E402


def _records(text: str, labels: Callable[[Iterator[Any]], Iterator[Any]] | None = None) -> bytes:
    """The scanner's matches as turn records of the JSON contract (see the module's text)."""
    ids: dict[str, str] = {}
    turns = []
    matches: Iterator[Any] = ONELINE.finditer(text)
    if labels is not None:
        matches = labels(matches)
    line = 1
    last = 0
    for index, m in enumerate(matches):
        a = m.start()
        line += text.count("\n", last, a)  # (the line's start is a: one turn per line)
        last = a
        name = m[1]
        sid = ids.get(name)
        if sid is None:
            sid = ids[name] = name.lower().replace(" ", "-").replace(".", "")
        la, lb = m.end(1) + 1, m.start(2)
        pa, pb = m.start(2), m.end(2)
        t_start = {"line": line, "column": 1, "offset": a}
        p_end = {"line": line, "column": pb - a + 1, "offset": pb}
        turns.append(
            {
                "index": index,
                "speaker": sid,
                "label": text[a:la],
                "role": "unknown",
                "kind": "statement",
                "text": m[2],
                "paragraphs": [
                    {
                        "text": m[2],
                        "span": {
                            "start": {"line": line, "column": pa - a + 1, "offset": pa},
                            "end": p_end,
                        },
                    }
                ],
                "annotations": [],
                "start": None,
                "end": None,
                "span": {"start": t_start, "end": p_end},
                "label_span": {
                    "start": t_start,
                    "end": {"line": line, "column": lb - a + 1, "offset": lb},
                },
            }
        )
    return orjson.dumps({"turns": turns})


class _Label:
    """The cheapest token lark's LALR parser takes: it reads ``type`` (and, at the end, a
    position). lark's own ``Token`` is a ``str`` and costs about twice as much to make."""

    __slots__ = ("value",)
    type = "LABEL"
    start_pos = end_pos = 0
    line = end_line = column = end_column = 1

    def __init__(self, value: Any) -> None:
        self.value = value


class _MatchLexer(Lexer):
    """One LABEL token per match, the match riding in the token's value."""

    def __init__(self, lexer_conf: Any) -> None:
        pass

    def lex(self, data: Any) -> Iterator[_Label]:  # type: ignore[override]
        return map(_Label, data)


class _Collect(Transformer[_Label, Any]):
    def start(self, children: list[Any]) -> list[Any]:
        if len(children) == 1:  # (start: the first turn)
            return [children[0].value]
        children[0].append(children[1].value)  # (start: start LABEL)
        return children[0]  # type: ignore[no-any-return]


def _lark_labels() -> Callable[[Iterator[Any]], Iterator[Any]]:
    parser = Lark(
        "start: LABEL | start LABEL\n%declare LABEL",
        parser="lalr",
        lexer=_MatchLexer,
        transformer=_Collect(),
    )

    def labels(matches: Iterator[Any]) -> Iterator[Any]:
        turns: list[Any] = parser.parse(matches)  # type: ignore[assignment]
        return iter(turns)

    return labels


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="input size in MB (default 1)")
    ap.add_argument("--rounds", type=int, default=7, help="interleaved rounds (default 7)")
    args = ap.parse_args(argv)

    import transcript

    text = generate("oneline", args.mb, HERE / ".cache").path.read_text(encoding="utf-8")
    labels = _lark_labels()
    tools: dict[str, Callable[[], object]] = {
        "scanner": lambda: orjson.dumps(scan_oneline(text)),
        "records": lambda: _records(text),
        "records+lark": lambda: _records(text, labels),
        "ours": lambda: transcript.to_json(text),
    }
    n = len(scan_oneline(text))
    assert orjson.loads(_records(text, labels))["turns"][-1]["index"] == n - 1
    for fn in tools.values():  # warm-up (lark's grammar, the caches)
        fn()
    times: dict[str, list[float]] = {k: [] for k in tools}
    for r in range(args.rounds):
        names = list(tools)
        names = names[r % len(names) :] + names[: r % len(names)]  # (the order rotates)
        for name in names:
            gc.collect()
            gc.disable()  # (as to_json does: the collector would rescan the records)
            t0 = time.perf_counter()
            tools[name]()
            times[name].append(time.perf_counter() - t0)
            gc.enable()
    print(
        f"one-line layout, {args.mb:g} MB, {n} turns, {args.rounds} rounds, one process; "
        "'x scanner' = time / the scanner's in the same round, median"
    )
    for name, ts in times.items():
        ratio = statistics.median(t / s for t, s in zip(ts, times["scanner"], strict=True))
        print(
            f"  {name:14s} {statistics.median(ts) * 1000:8.1f} ms"
            f"  {1e6 * statistics.median(ts) / n:6.2f} us/turn  x scanner {ratio:5.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
