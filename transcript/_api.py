"""The parsing pipeline and the public entry points.

decode -> scan lines (lexer) -> parse (LALR grammar, inline transformer) -> assemble
turns -> front/back matter -> speakers and roles -> validated models.
"""

from __future__ import annotations

import gc
import hashlib
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from lark import Lark
from lark.exceptions import LarkError

from ._build import (
    Para,
    Positions,
    TreeBuilder,
    TurnDraft,
    _line_head,
    _strip_quotes,
    assemble,
)
from ._decode import decode_bytes
from ._errors import LabelRepairError, TranscriptError, TranscriptSyntaxError, reading
from ._furniture import (
    classify_preamble,
    front_matter_fields,
    parse_date,
    split_back_matter,
    token_block_kind,
)
from ._grammar import grammar_dir
from ._lexer import LineLexer, LineToken, Scan, scan_text
from ._names import name_key
from ._speakers import build_roster

if TYPE_CHECKING:
    from ._models import Transcript

_SURROGATE = re.compile("[\ud800-\udfff]")
LAYOUTS = ("auto", "labelled", "numbered", "captions", "srt")


def _build_lark(strict: bool = False) -> Lark:
    folder = grammar_dir()
    return Lark.open(
        str(folder / "transcript.lark"),
        parser="lalr",
        lexer=LineLexer,
        transformer=TreeBuilder(),
        strict=strict,
        maybe_placeholders=False,
    )


class TranscriptParser:
    """A reusable parser: builds the Lark parser once, parses many texts.

    >>> parser = TranscriptParser()
    >>> t = parser.parse("Q: Ready?\\nA: Yes.")
    >>> [turn.text for turn in t.turns]
    ['Ready?', 'Yes.']
    """

    def __init__(
        self, *, strict: bool = False, layout: str = "auto", grammar_strict: bool = False
    ) -> None:
        if layout not in LAYOUTS:
            raise TranscriptError(f"unknown layout {layout!r}; choose one of {', '.join(LAYOUTS)}")
        self.strict = strict
        self.layout = layout
        self._lark = _build_lark(grammar_strict)

    # ------------------------------------------------------------ entry points

    def parse(
        self,
        text: str,
        *,
        source: str | None = None,
        strict: bool | None = None,
        encoding: str = "utf-8",
    ) -> Transcript:
        """Parse transcript text into a :class:`Transcript`."""
        from pydantic import ValidationError

        from ._models import adapter

        doc = self._document(text, source, strict, encoding)
        try:
            return adapter().validate_python(doc)
        except ValidationError as exc:  # pragma: no cover - a bug of ours
            raise TranscriptError(f"internal model error: {exc.errors()[0]['msg']}") from None

    def to_json(
        self,
        data: str | bytes,
        *,
        source: str | None = None,
        strict: bool | None = None,
        indent: bool = False,
    ) -> bytes:
        """Text (or bytes, decoded as :meth:`parse_bytes` does) straight to JSON bytes.

        The bytes are exactly ``dumps(parse(data))``, without building the model objects:
        the documents this returns are the ones :meth:`parse` validates (the test suite
        checks that the two agree byte for byte). This is the fast path the CLI uses.
        """
        if isinstance(data, bytes):
            text, encoding = _decoded(data)
        else:
            text, encoding = data, "utf-8"
        doc = self._document(text, source, strict, encoding)
        return orjson.dumps(doc, option=orjson.OPT_INDENT_2 if indent else 0)

    def _document(
        self, text: str, source: str | None, strict: bool | None, encoding: str
    ) -> dict[str, Any]:
        """The JSON-ready document of ``text`` (checks, GC off, errors translated)."""
        if not isinstance(text, str):
            raise TranscriptError(
                f"parse() needs str, not {type(text).__name__}; use parse_bytes()"
            )
        bad = _SURROGATE.search(text)
        if bad is not None:  # not Unicode text: no JSON (UTF-8) could hold it
            raise TranscriptError(
                f"lone surrogate U+{ord(bad.group()):04X} at offset {bad.start()}: not valid Unicode text"
            )
        strict = self.strict if strict is None else strict
        # The pipeline allocates many small objects and frees none of them before the end:
        # the cyclic garbage collector would only rescan them again and again.
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            return self._to_dict(text, source, strict, encoding)
        except TranscriptError:
            raise
        except LarkError as exc:  # pragma: no cover - the grammar accepts every token sequence
            raise TranscriptSyntaxError(f"cannot parse: {exc}") from None
        except RecursionError:  # pragma: no cover
            raise TranscriptError("input too deeply nested") from None
        finally:
            if gc_was_enabled:
                gc.enable()

    def parse_bytes(
        self, data: bytes, *, source: str | None = None, strict: bool | None = None
    ) -> Transcript:
        """Decode bytes (BOM, UTF-8/16/32, legacy encodings) and parse them."""
        text, encoding = _decoded(data)
        return self.parse(text, source=source, strict=strict, encoding=encoding)

    def parse_file(self, path: str | os.PathLike[str], *, strict: bool | None = None) -> Transcript:
        """Read and parse a file (any supported encoding)."""
        p = Path(path)
        with reading(p):
            data = p.read_bytes()
        return self.parse_bytes(data, source=p.name, strict=strict)

    # ------------------------------------------------------------ pipeline

    def _to_dict(
        self, text: str, source: str | None, strict: bool, encoding: str
    ) -> dict[str, Any]:
        layout = None if self.layout == "auto" else self.layout
        scan = scan_text(text, layout=layout if layout != "labelled" else None)
        result: Any = self._lark.parse(scan)
        preamble, raw_turns = result
        drafts, loose = assemble(scan, preamble, raw_turns)
        pos = Positions(scan)
        diagnostics: list[dict[str, Any]] = []

        for cand in scan.repairs:
            line = scan.line_of(cand.start) + 1
            msg = f"irregular label {text[cand.start : cand.end]!r} accepted ({cand.repaired})"
            if strict:
                raise LabelRepairError(
                    msg,
                    line=line,
                    column=cand.start - scan.starts[line - 1] + 1,
                    context=text[scan.starts[line - 1] : scan.ends[line - 1]],
                )
            diagnostics.append(
                {
                    "code": "label-repaired",
                    "severity": "warning",
                    "message": f"line {line}: {msg}",
                    "span": pos.span(cand.start, cand.end),
                }
            )

        # Back matter cut off the last turn, then wrapping quotes dropped.
        back = split_back_matter(drafts, scan)
        for d in drafts:
            _strip_quotes(d.paras)

        # Preamble: paragraphs of front matter and the tokens around them.
        pre_paras: list[tuple[str, Para]] = []
        blocks: list[dict[str, Any]] = []
        title = None
        date = None
        for tok in loose:
            if tok.type == "SPEECH" and _is_preamble(tok, drafts):
                for para in _token_paragraphs(scan, tok):
                    pre_paras.append(("?", para))
            elif tok.type == "SPEECH":
                for para in _token_paragraphs(scan, tok):
                    blocks.append(
                        {
                            "kind": "boilerplate",
                            "text": para.text,
                            "span": pos.span(para.start, para.end),
                        }
                    )
            else:
                kind = token_block_kind(tok)
                btext = text[tok.start_pos : tok.end_pos]
                if kind == "front_matter":
                    fields = front_matter_fields(btext)
                    title = title or fields.get("title")
                    date = (
                        date
                        or parse_date(fields.get("date", ""))
                        or parse_date(fields.get("published_time", "")[:10])
                    )
                blocks.append(
                    {
                        "kind": kind,
                        "text": btext.strip(),
                        # from the line's first mark: a court line number or "> " is in no other span
                        "span": pos.span(_line_head(scan, tok.start_pos or 0), tok.end_pos or 0),
                    }
                )

        label_items: list[tuple[str, str, str] | None] = []
        for d in drafts:
            if d.label_tok is not None and d.label_cand is not None:
                label_items.append((d.label_cand.name, d.label_tok.value, d.label_tok.type))
            else:
                label_items.append(None)
        turn_texts = ["\n\n".join(p.text for p in d.paras) for d in drafts]
        speaker_keys = sorted(
            {name_key(i[0]) for i in label_items if i is not None}
            | {name_key(i[0]).split()[-1] for i in label_items if i is not None and name_key(i[0])}
        )
        headings = [b["text"] for b in blocks if b["kind"] in ("heading", "header")]
        context = "\n".join([p.text for _, p in pre_paras] + headings) + "\n" + (title or "")
        roster = build_roster(
            label_items, turn_texts, context, text[:200000] if len(text) > 200000 else text
        )
        diagnostics.extend(roster.diagnostics)

        for kind, para in classify_preamble([p for _, p in pre_paras], speaker_keys):
            if kind == "title" and title is None:
                title = para.text
            if kind == "date" and date is None:
                date = parse_date(para.text)
            blocks.append({"kind": kind, "text": para.text, "span": pos.span(para.start, para.end)})
        for para in back:
            blocks.append(
                {"kind": "boilerplate", "text": para.text, "span": pos.span(para.start, para.end)}
            )
        blocks.sort(key=lambda b: b["span"]["start"]["offset"])

        turns = self._turns(scan, drafts, roster, pos)
        # merge consecutive cues of one speaker in caption files
        if scan.caption:
            turns = _merge_caption_turns(turns)
        exchanges = _exchanges(turns)
        if not turns:
            diagnostics.append(
                {
                    "code": "no-turns",
                    "severity": "warning" if text.strip() else "info",
                    "message": "no speaker turns found" if text.strip() else "empty input",
                }
            )
            if strict and not text.strip():
                raise TranscriptSyntaxError("empty input")
        speakers = [
            {
                "id": p.id,
                "name": p.name,
                "title": p.title,
                "honorific": p.parts.honorific,
                "affiliation": p.affiliation,
                "role": p.role,
                "role_confidence": round(p.confidence, 2),
                "generic": p.generic,
                "labels": p.labels,
            }
            for p in roster.people
        ]
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return {
            "schema_version": "1",
            "source": {
                "name": source,
                "sha256": digest,
                "encoding": encoding,
                "chars": len(text),
                "lines": len(scan.starts) if text else 0,
            },
            "layout": scan.layout,
            "title": title,
            "date": date,
            "speakers": speakers,
            "turns": turns,
            "exchanges": exchanges,
            "blocks": blocks,
            # every field of the model, in its order: the document is the JSON as it is
            "diagnostics": [
                {
                    "code": d["code"],
                    "severity": d.get("severity", "warning"),
                    "message": d["message"],
                    "span": d.get("span"),
                }
                for d in diagnostics
            ],
        }

    def _turns(
        self, scan: Scan, drafts: list[TurnDraft], roster: Any, pos: Positions
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        span = pos.span
        append = out.append
        for i, (d, person) in enumerate(zip(drafts, roster.turn_people, strict=True)):
            paras = d.paras
            annotations = d.annotations
            end = d.end
            for p in paras:
                if p.end > end:
                    end = p.end
            for a in annotations:
                if a["b"] > end:
                    end = a["b"]
            label_tok = d.label_tok
            append(
                {
                    "index": i,
                    "speaker": person.id if person is not None else None,
                    "label": label_tok.value if label_tok is not None else None,
                    "role": person.role if person is not None else "unknown",
                    "kind": "statement",
                    "text": paras[0].text
                    if len(paras) == 1
                    else "\n\n".join([p.text for p in paras]),
                    "paragraphs": [{"text": p.text, "span": span(p.start, p.end)} for p in paras],
                    "annotations": [
                        {"kind": a["kind"], "text": a["text"], "span": span(a["a"], a["b"])}
                        for a in annotations
                    ],
                    "start": d.start_time,
                    "end": d.end_time,
                    "span": span(d.start, end),
                    "label_span": span(label_tok.start_pos or 0, label_tok.end_pos or 0)
                    if label_tok is not None
                    else None,
                }
            )
        return out


def _decoded(data: bytes) -> tuple[str, str]:
    text, encoding = decode_bytes(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, encoding


def _is_preamble(tok: LineToken, drafts: list[TurnDraft]) -> bool:
    return not drafts or (tok.start_pos or 0) < drafts[0].start


def _token_paragraphs(scan: Scan, tok: LineToken) -> list[Para]:
    """Lines of a preamble SPEECH token grouped into paragraphs (blank-line separated)."""
    out: list[Para] = []
    cur: list[tuple[int, int]] = []
    prev = -1
    for a in tok.info.content_starts:
        i = scan.line_of(a)
        b = scan.ends[i]
        while b > a and scan.text[b - 1] in " \t\u00a0":
            b -= 1
        if cur and i - prev > 1:
            out.append(_para(scan, cur))
            cur = []
        cur.append((a, b))
        prev = i
    if cur:
        out.append(_para(scan, cur))
    return out


def _para(scan: Scan, lines: list[tuple[int, int]]) -> Para:
    text = " ".join(" ".join(scan.text[a:b].split()) for a, b in lines)
    return Para(text, _line_head(scan, lines[0][0]), lines[-1][1])  # with a "> " or line number


def _merge_caption_turns(turns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for t in turns:
        if out and t["speaker"] is not None and out[-1]["speaker"] == t["speaker"]:
            prev = out[-1]
            prev["text"] = (prev["text"] + " " + t["text"]).strip()
            prev["paragraphs"] = prev["paragraphs"] + t["paragraphs"]
            prev["annotations"] = prev["annotations"] + t["annotations"]
            prev["end"] = t["end"] if t["end"] is not None else prev["end"]
            prev["span"] = {"start": prev["span"]["start"], "end": t["span"]["end"]}
            continue
        out.append(t)
    for i, t in enumerate(out):
        t["index"] = i
    return out


def _exchanges(turns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Mark question and answer turns and pair each question with its answers."""
    exchanges: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    asker = None
    for t in turns:
        is_question = t["role"] == "interviewer" and "?" in t["text"]
        if not is_question and t["role"] == "unknown" and "?" in t["text"][-120:]:
            is_question = t["speaker"] is not None
        if is_question:
            t["kind"] = "question"
            current = {"question": t["index"], "answers": []}
            exchanges.append(current)
            asker = t["speaker"]
            continue
        if (
            current is not None
            and t["speaker"] != asker
            and t["role"] not in ("interviewer", "moderator")
        ):
            t["kind"] = "answer"
            current["answers"].append(t["index"])
    return exchanges


_DEFAULT: TranscriptParser | None = None


def _default() -> TranscriptParser:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = TranscriptParser()
    return _DEFAULT


def parse(text: str, *, source: str | None = None, strict: bool = False) -> Transcript:
    """Parse transcript text. Lenient by default: irregular labels are repaired and
    reported in ``diagnostics``; ``strict=True`` raises :class:`TranscriptError` instead."""
    return _default().parse(text, source=source, strict=strict)


def parse_bytes(data: bytes, *, source: str | None = None, strict: bool = False) -> Transcript:
    """Parse raw bytes, detecting their encoding."""
    return _default().parse_bytes(data, source=source, strict=strict)


def parse_file(path: str | os.PathLike[str], *, strict: bool = False) -> Transcript:
    """Read and parse a transcript file."""
    return _default().parse_file(path, strict=strict)
