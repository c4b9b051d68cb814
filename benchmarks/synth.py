"""Deterministic synthetic transcripts for the benchmark.

Two layouts:

``euronews``
    The founding example's layout: site boilerplate, then turns whose label stands alone on
    its line (``Efi Koutsokosta:``), two blank lines, and the speech wrapped in double quotes,
    sometimes as 2-4 paragraphs separated by one blank line (the opening quote in the first
    paragraph, the closing one in the last). About 640 bytes per turn. A small share of labels
    end in a mistyped ``"`` instead of ``:``, as in the real page. Boilerplate (newsletter box,
    related headlines) follows the last turn.

``oneline``
    One turn per line, ``MR. KIRBY: text``, 100-300 bytes per line, a handful of all-caps
    speakers.

Every file is produced by a seeded :class:`random.Random`, so the same (layout, size, seed)
always gives byte-identical text. All text is generated here; nothing is downloaded or copied.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

#: Bump when the output of the generator changes, so cached files are rebuilt.
GENERATOR_VERSION = 2
LAYOUTS = ("euronews", "oneline")
MB = 1_000_000

_VOCABULARY = (
    "the of and to in that we is it for on with as this be are have not but at by they our "
    "what from there would will about which all can more one their been has do so if very "
    "people time think clear important president minister country countries government "
    "security region partners allies support talks agreement diplomacy sanctions economic "
    "consequences military forces border pressure decision intent capacity concern concerns "
    "meeting summit conversation message step process path forward interest interests future "
    "question answer position policy action actions response responsibility commitment "
    "Europe Ukraine Russia NATO Washington Moscow Brussels union alliance treaty market "
    "energy trade growth prices investment workers families communities children history "
    "years months weeks days today tomorrow yesterday again already still never always often "
    "together directly clearly simply really strongly carefully publicly openly quickly "
    "make take give see know say tell work keep hold bring meet build move stand look want "
    "must should could might may need continue expect hope believe understand remain "
    "serious real direct candid professional straightforward stable predictable open strong "
    "new old long short next last first second third other same different whole broad deep "
    "we’re don’t it’s that’s I’m they’re won’t can’t isn’t let’s"
)
_WORDS = _VOCABULARY.split()
_QUESTION_STARTS = (
    "So",
    "But",
    "And",
    "Do you",
    "Can you",
    "What",
    "How",
    "Why",
    "Is there",
    "Are you",
    "Would you",
    "Will the",
    "When",
)
_ANSWER_STARTS = (
    "Well,",
    "Look,",
    "I think",
    "What I can say is",
    "First,",
    "We",
    "The",
    "Our",
    "No,",
    "Yes,",
    "Again,",
    "And",
    "So",
    "It is",
)
_ONELINE_SPEAKERS = (
    "MR. KIRBY",
    "MS. ALVAREZ",
    "SENATOR OKAFOR",
    "DR. LINDQVIST",
    "THE MODERATOR",
    "MARIA DELGADO",
    "CHAIRMAN BRENNAN",
)
_INTERVIEWER = "Efi Koutsokosta"
_INTERVIEWEE = "US Secretary of State Antony Blinken"
#: Share of interviewer labels written with the mistyped '"' terminator.
_MISTYPED_LABEL_RATE = 0.01


@dataclass(frozen=True)
class Generated:
    """A generated transcript on disk and what the generator knows about it."""

    layout: str
    target_mb: float
    path: Path
    bytes: int
    turns: int
    seed: int

    @property
    def mb(self) -> float:
        return self.bytes / MB


class _Words:
    """Sentence and paragraph maker over a fixed vocabulary."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.speaker = 0  # index of the last oneline speaker, so no one speaks twice in a row

    def sentence(self, lo: int, hi: int, starts: tuple[str, ...], end: str = ".") -> str:
        rng = self.rng
        words = rng.choices(_WORDS, k=rng.randint(lo, hi))
        if len(words) > 4 and rng.random() < 0.35:
            words[rng.randint(1, len(words) - 3)] += ","
        if rng.random() < 0.4:
            words.insert(0, rng.choice(starts))
        else:
            words[0] = words[0][0].upper() + words[0][1:]
        return " ".join(words) + end

    def sentences(self, n: int, lo: int, hi: int, starts: tuple[str, ...], end: str) -> str:
        parts = [self.sentence(lo, hi, starts) for _ in range(n - 1)]
        parts.append(self.sentence(lo, hi, starts, end))
        return " ".join(parts)

    def headline(self) -> str:
        words = self.rng.choices(_WORDS, k=self.rng.randint(5, 11))
        return " ".join(w[0].upper() + w[1:] for w in words)


def _euronews_header(w: _Words) -> list[str]:
    # A headline that looks like an inline label ("Name: quote") but belongs to the page.
    quote = w.sentence(8, 14, _ANSWER_STARTS, "")
    return [
        "Example News",
        "",
        "Tuesday, Jun 03, 2025",
        "",
        f"Antony Blinken: “{quote}”",
        "",
        w.sentences(2, 14, 24, _ANSWER_STARTS, "."),
        "",
        w.sentences(1, 18, 26, _ANSWER_STARTS, "."),
        "",
    ]


def _euronews_footer(w: _Words) -> list[str]:
    lines = ["Newsletter", "", "Related Articles", "", "Example News", "0:00", "0:00", "Close"]
    lines += [w.headline() for _ in range(6)]
    lines.append(f'{w.headline()}: "{w.headline()}" {w.headline()}')
    lines += [w.headline() for _ in range(3)]
    return lines


def _euronews_turn(w: _Words, index: int) -> str:
    rng = w.rng
    if index % 2 == 0:
        term = '"' if rng.random() < _MISTYPED_LABEL_RATE else ":"
        label = _INTERVIEWER + term
        paragraphs = [w.sentences(rng.randint(1, 3), 8, 22, _QUESTION_STARTS, "?")]
    else:
        label = _INTERVIEWEE + ":"
        count = rng.choices((1, 2, 3, 4), weights=(46, 25, 17, 12))[0]
        paragraphs = [
            w.sentences(rng.randint(2, 5), 11, 32, _ANSWER_STARTS, ".") for _ in range(count)
        ]
    paragraphs[0] = '"' + paragraphs[0]
    paragraphs[-1] += '"'
    return f"{label}\n\n\n" + "\n\n".join(paragraphs) + "\n\n"


def _oneline_turn(w: _Words, index: int) -> str:
    rng = w.rng
    w.speaker = (w.speaker + rng.randint(1, len(_ONELINE_SPEAKERS) - 1)) % len(_ONELINE_SPEAKERS)
    speaker = _ONELINE_SPEAKERS[w.speaker]
    budget = rng.randint(108, 296) - len(speaker) - 2
    text = w.sentence(6, 12, _ANSWER_STARTS)
    while len(text) < budget:
        text += " " + w.sentence(6, 12, _ANSWER_STARTS)
    # Cut back to a word boundary so line lengths spread evenly over 100-300 bytes.
    text = text[: text.rfind(" ", 0, budget)].rstrip(",.") + "."
    return f"{speaker}: {text}\n"


def _chunks(layout: str, target_bytes: int, rng: random.Random) -> Iterator[tuple[str, int]]:
    """Yield (text, turns in it) until about ``target_bytes`` UTF-8 bytes were produced."""
    w = _Words(rng)
    turn_maker = _euronews_turn if layout == "euronews" else _oneline_turn
    header = "\n".join(_euronews_header(w)) + "\n" if layout == "euronews" else ""
    footer = "\n".join(_euronews_footer(w)) + "\n" if layout == "euronews" else ""
    budget = target_bytes - len(header.encode()) - len(footer.encode())
    yield header, 0
    written = 0
    index = 0
    while written < budget:
        block: list[str] = []
        block_bytes = 0
        while block_bytes < MB and written + block_bytes < budget:
            turn = turn_maker(w, index)
            block.append(turn)
            block_bytes += len(turn.encode())
            index += 1
        written += block_bytes
        yield "".join(block), len(block)
    yield footer, 0


def generate(layout: str, target_mb: float, directory: Path, seed: int = 20250603) -> Generated:
    """Write (or reuse from ``directory``) one synthetic transcript and return its description."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {LAYOUTS}")
    directory.mkdir(parents=True, exist_ok=True)
    stem = f"{layout}-{target_mb:g}mb-s{seed}-g{GENERATOR_VERSION}"
    path = directory / f"{stem}.txt"
    meta_path = directory / f"{stem}.json"
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("bytes") == path.stat().st_size:
            return Generated(layout, target_mb, path, meta["bytes"], meta["turns"], seed)
    rng = random.Random(f"{layout}:{target_mb:g}:{seed}")
    turns = 0
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        for text, n in _chunks(layout, int(target_mb * MB), rng):
            fh.write(text)
            turns += n
    tmp.replace(path)
    result = Generated(layout, target_mb, path, path.stat().st_size, turns, seed)
    meta_path.write_text(json.dumps({**asdict(result), "path": str(path)}, indent=1))
    return result
