"""Time per quotation of ``transcript.quotes`` against a 10,000-word transcript.

    .venv/bin/python benchmarks/quotes.py                  # 10,000 words, 300 quotations
    .venv/bin/python benchmarks/quotes.py --words 50000 --quotes 500 --json quotes.json

The transcript is synthetic (``synth.py``'s euronews layout, seeded; its vocabulary is small,
so words repeat far more than in real speech: a hard case for the word index), cut to the
first turns that reach ``--words`` words. The quotations are drawn from it (seeded): 40%
verbatim windows of 2-40 words, 30% altered (a word swapped, repeated or a "not" added),
20% words that are not in it, 10% an interviewer's words attributed to the interviewee. Each
is put in a one-quotation article (``"...," NAME said.``) and checked alone: the time covers
extraction, attribution, search, alignment and the report's models, not the transcript's
parsing and indexing (done once, timed separately). Also timed: all the quotations in one
article, and the four seed articles against the seed interview when ``../shared`` is present.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import synth  # noqa: E402

import transcript  # noqa: E402
from transcript.quotes import QuoteChecker  # noqa: E402


def _machine() -> dict[str, object]:
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import rapidfuzz

    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cpus": os.cpu_count(),
        "load": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "python": platform.python_version(),
        "rapidfuzz": rapidfuzz.__version__,
    }


def _transcript_text(words: int, seed: int) -> tuple[str, transcript.Transcript]:
    with tempfile.TemporaryDirectory() as tmp:
        gen = synth.generate("euronews", max(0.02, words * 7.5 / 1e6), Path(tmp), seed=seed)
        text = gen.path.read_text("utf-8")
    t = transcript.parse(text)
    count = 0
    for turn in t.turns:
        count += len(turn.text.split())
        if count >= words:
            cut = turn.span.end.offset
            text = text[:cut] + "\n"
            break
    return text, transcript.parse(text)


def _quotes(t: transcript.Transcript, n: int, rng: random.Random) -> list[tuple[str, str, str]]:
    names = {s.id: s.name for s in t.speakers}
    by_speaker: dict[str, list[list[str]]] = {}
    for turn in t.turns:
        by_speaker.setdefault(turn.speaker or "", []).append(turn.text.split())
    ranked = sorted(by_speaker, key=lambda s: -sum(len(w) for w in by_speaker[s]))
    guest, host = ranked[0], ranked[1] if len(ranked) > 1 else ranked[0]
    vocab = sorted({w.strip('.,?!"“”').lower() for ws in by_speaker[guest] for w in ws})
    out = []
    for _ in range(n):
        kind = rng.choices(["exact", "altered", "absent", "wrong"], [4, 3, 2, 1])[0]
        source = by_speaker[host if kind == "wrong" else guest]
        words = rng.choice([w for w in source if len(w) >= 6])
        size = min(len(words), rng.randint(2, 40) if kind == "exact" else rng.randint(6, 40))
        start = rng.randint(0, len(words) - size)
        q = [w.strip('"“”') for w in words[start : start + size]]
        if kind == "altered":
            at = rng.randrange(1, len(q) - 1)
            how = rng.choice(["swap", "repeat", "not"])
            if how == "swap":
                q[at] = rng.choice(vocab)
            elif how == "repeat":
                q.insert(at, q[at])
            else:
                q.insert(at, "not")
        elif kind == "absent":
            q = [rng.choice(vocab) for _ in range(size)]
        out.append((kind, " ".join(q).strip(",. "), names.get(guest, "Someone")))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--words", type=int, default=10_000)
    ap.add_argument("--quotes", type=int, default=300)
    ap.add_argument("--seed", type=int, default=20250603)
    ap.add_argument("--json", type=Path, help="save the machine, input and every timing here")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    text, parsed = _transcript_text(args.words, args.seed)
    n_words = sum(len(turn.text.split()) for turn in parsed.turns)
    t0 = time.perf_counter()
    checker = QuoteChecker([text])
    index_ms = (time.perf_counter() - t0) * 1000
    cases = _quotes(parsed, args.quotes, rng)
    articles = [f'"{q}," {name} said.\n' for _, q, name in cases]
    checker.check(articles[0])  # warm up (first imports)
    per: list[float] = []
    by_kind: dict[str, list[float]] = {}
    verdicts: dict[str, dict[str, int]] = {}
    for (kind, _, _), article in zip(cases, articles, strict=True):
        t1 = time.perf_counter()
        report = checker.check(article)
        ms = (time.perf_counter() - t1) * 1000
        per.append(ms)
        by_kind.setdefault(kind, []).append(ms)
        v = report.quotes[0].verdict if report.quotes else "none"
        verdicts.setdefault(kind, {})[v] = verdicts.setdefault(kind, {}).get(v, 0) + 1
    t1 = time.perf_counter()
    whole = checker.check("\n\n".join(articles))
    whole_ms = (time.perf_counter() - t1) * 1000

    def stats(xs: list[float]) -> dict[str, float]:
        xs = sorted(xs)
        return {
            "n": len(xs),
            "mean": round(statistics.fmean(xs), 3),
            "median": round(statistics.median(xs), 3),
            "p95": round(xs[int(0.95 * (len(xs) - 1))], 3),
            "max": round(xs[-1], 3),
        }

    result: dict[str, object] = {
        "machine": _machine(),
        "input": {
            "transcript": f"synth euronews, seed {args.seed}",
            "words": n_words,
            "turns": len(parsed.turns),
            "quotes": len(cases),
        },
        "index_ms": round(index_ms, 1),
        "per_quote_ms": stats(per),
        "per_quote_ms_by_kind": {k: stats(v) for k, v in sorted(by_kind.items())},
        "verdicts_by_kind": verdicts,
        "one_article_ms_per_quote": round(whole_ms / max(1, len(whole.quotes)), 3),
    }
    seeds = HERE.parent.parent / "shared" / "seeds"
    if seeds.is_dir():
        files = sorted(seeds.glob("*.txt"))
        seed_checker = QuoteChecker([files[-1]])
        n = 0
        t1 = time.perf_counter()
        for f in files[:-1]:
            n += len(seed_checker.check(f).quotes)
        result["seed_articles_ms_per_quote"] = round((time.perf_counter() - t1) * 1000 / n, 3)
    m = result["machine"]
    print(
        f"machine: {m['cpu']} ({m['cpus']} cpus), {m['platform']}, Python {m['python']}, load {m['load']}"
    )  # type: ignore[index]
    print(f"input: {n_words} words, {len(parsed.turns)} turns; index built in {index_ms:.1f} ms")
    s = result["per_quote_ms"]
    print(
        f"per quotation (ms): mean {s['mean']}  median {s['median']}  p95 {s['p95']}  max {s['max']}"
    )  # type: ignore[index]
    for k, v in result["per_quote_ms_by_kind"].items():  # type: ignore[attr-defined]
        print(
            f"  {k:8s} n={v['n']:4d} mean {v['mean']:.2f}  p95 {v['p95']:.2f}   verdicts {verdicts[k]}"
        )
    print(f"all in one article: {result['one_article_ms_per_quote']} ms per quotation")
    if "seed_articles_ms_per_quote" in result:
        print(
            f"seed articles vs seed interview: {result['seed_articles_ms_per_quote']} ms per quotation"
        )
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
