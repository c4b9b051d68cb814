"""The parsing pipeline: the stages in their order, written once (``TranscriptParser._parts``).

decode (reading.decode, readers) -> scan lines (reading.lexer) -> parse (LALR grammar,
inline transformer: reading.build) -> assemble turns -> front and back matter
(reading.furniture, reading.alternation) -> speakers and roles (people) -> records in the
models' shape, validated (models) or written as JSON (writing).
"""

from __future__ import annotations

import gc
import hashlib
import os
from bisect import bisect_right
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson
from lark import Lark
from lark.exceptions import LarkError

from ._cache import cache_folder, write_atomically
from ._errors import LabelRepairError, TranscriptError, TranscriptSyntaxError, reading
from .people.examinations import sworn_witnesses
from .people.names import name_key
from .people.speakers import Person, Roster, build_roster, interview_sides
from .readers import Extracted, extract, with_reader
from .reading.alternation import (
    drop_paragraph_numbers,
    infer_alternation,
    infer_bold_questions,
    infer_dash_answers,
    infer_dash_dialogue,
    infer_marked_answers,
    infer_plain_questions,
    infer_topic_questions,
    infer_voice_roles,
)
from .reading.build import (
    OPEN_QUOTES,
    Para,
    Positions,
    TreeBuilder,
    TurnDraft,
    TurnTexts,
    assemble,
    line_head,
    strip_quotes,
    tail_token_starts,
)
from .reading.decode import decode_bytes, encoding_diagnostics
from .reading.furniture import (
    classify_preamble,
    front_matter_fields,
    parse_date,
    split_back_matter,
    token_block_kind,
)
from .reading.grammar import FOLDER as GRAMMAR_FOLDER
from .reading.grammar import PACKAGE as GRAMMAR_PACKAGE
from .reading.grammar import grammar_dir
from .reading.lexer import DocLayout, LineLexer, LineToken, Scan, scan_text

if TYPE_CHECKING:
    from ._models import Transcript

LAYOUTS = ("auto", "labelled", "numbered", "captions", "srt")


_LARK_OPTIONS: dict[str, Any] = {
    "parser": "lalr",
    "lexer": LineLexer,
    "maybe_placeholders": False,
}


def _build_lark(strict: bool = False, cache: bool = True) -> Lark:
    """The LALR parser of ``transcript/grammar/transcript.lark``, from the cache when it is there.

    Building the parse table takes several times as long as loading a saved one
    (``Lark.save``/``Lark.load``). The cache file's name carries a digest of the grammar
    files, the options and the versions of Lark and Python, so a file once written is
    never stale; it is written to a fresh temporary file and renamed, so that parallel
    workers never read half a file. A file that cannot be read is ignored and the parser
    is built. (Lark's own ``cache=`` option hashes the cache path with the options, so
    a file written under a temporary name would never be found again.)
    """
    folder = grammar_dir()
    path = None
    # a strict build is there to check the grammar for conflicts: never from the cache
    if cache and not strict:
        path = _cache_path(folder)
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                loaded = Lark.load(fh)
            if isinstance(loaded.options.transformer, TreeBuilder):
                return loaded
        except Exception:  # a damaged cache only costs a rebuild
            pass
    lark = Lark.open_from_package(
        GRAMMAR_PACKAGE,
        "transcript.lark",
        (GRAMMAR_FOLDER,),
        transformer=TreeBuilder(),
        strict=strict,
        **_LARK_OPTIONS,
    )
    if path is not None:
        with suppress(OSError):
            write_atomically(path, lark.save)
    return lark


def _cache_path(folder: Path) -> Path | None:
    """Where the compiled grammar is kept (see :func:`transcript._cache.cache_folder`);
    None when caching is off or unsafe."""
    import sys

    import lark

    where = cache_folder()
    if where is None:
        return None
    digest = hashlib.sha256()
    for name in ("transcript.lark", "lines.lark"):
        digest.update((folder / name).read_bytes())
    options = sorted((k, getattr(v, "__qualname__", v)) for k, v in _LARK_OPTIONS.items())
    digest.update(f"{lark.__version__} {sys.version_info[:2]} {options}".encode())
    return where / f"grammar-{digest.hexdigest()[:20]}.lark-cache"


#: Turns made, validated or written at a time (parse, iter_json). A chunk's records, their
#: strings and their JSON are garbage once written, so a big chunk raises the peak memory;
#: a small one is no slower (benchmarks/README.md, "Design measurements"). The bytes are
#: the same.
CHUNK_TURNS = 100

#: How much of a document's start is searched for full names, titles and affiliations.
ROSTER_HEAD = 200_000


@dataclass
class StreamContext:
    """What a stream's chunks take from the whole document, so that each is read as
    :func:`parse` reads the whole: the document's first :data:`ROSTER_HEAD` characters
    (where names are looked for), and, from the first chunk on, its layout and the text
    around the interview (intro, headings, title)."""

    head: str
    layout: DocLayout | None = None
    context: str | None = None
    more: bool = False  # (the chunk being read is not the last: see scan_text)
    at_start: bool = True  # (the text being read starts the document)
    # the speakers of the document's start, by label as written: a chunk's speaker with
    # one of these labels is that person (id, name, title, role), as in the whole document
    people: dict[str, Person] | None = None


def _adopt(roster: Roster, people: dict[str, Person]) -> None:
    """Give a chunk's speakers the identity the document's start gave their labels."""
    taken: set[str] = set()
    for p in roster.people:
        known = next((people[label] for label in p.labels if label in people), None)
        if known is None or known.id in taken:
            continue
        taken.add(known.id)
        p.id, p.name, p.parts = known.id, known.name, known.parts
        p.title, p.affiliation, p.generic = known.title, known.affiliation, known.generic
        p.role, p.confidence, p.evidence = known.role, known.confidence, known.evidence


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
        extracted: Extracted | None = None,
    ) -> Transcript:
        """Parse transcript text into a :class:`Transcript` (``extracted``: what a reader
        made of an HTML, Word or PDF file, when ``text`` is its text: see :meth:`parse_bytes`)."""
        from pydantic import ValidationError

        from ._models import adapter, share_field_sets, turns_adapter

        with gc_paused():  # validation allocates as much as the parse: same reason
            doc, turns = self._document_parts(text, source, strict, encoding, extracted=extracted)
            validate_turns = turns_adapter().validate_python
            models: list[Any] = []
            try:
                # the turns a chunk at a time: each chunk's dicts go once it has its models
                # (validated all at once, every dict and every model were alive together)
                while True:
                    with _translated():
                        chunk = list(islice(turns, CHUNK_TURNS))
                    if not chunk:
                        break
                    done = validate_turns(chunk)
                    del chunk
                    share_field_sets(done)  # (a short turn's memory: see there)
                    models += done
                doc["turns"] = models  # (models pass as they are: no second validation)
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
        if not indent:
            # the turns a chunk at a time: never every turn record and the JSON at once
            # (half the peak memory on big documents, and the same bytes)
            with gc_paused():
                return b"".join(self.iter_json(data, source=source, strict=strict))
        extracted = None
        if isinstance(data, bytes):
            text, encoding, extracted = _decoded(data)
        else:
            text, encoding = data, "utf-8"
        # One pause for the whole job: when the collector comes back, the document is gone,
        # so its first collection finds little to look at.
        with gc_paused():
            doc = self._document(text, source, strict, encoding, extracted=extracted)
            out = orjson.dumps(doc, option=orjson.OPT_INDENT_2)
            del doc
        return out

    def iter_json(
        self,
        data: str | bytes,
        *,
        source: str | None = None,
        strict: bool | None = None,
        chunk_turns: int = CHUNK_TURNS,
    ) -> Iterator[bytes]:
        """The bytes of :meth:`to_json` in pieces: the document up to its turns, then the
        turns ``chunk_turns`` at a time, then the rest.

        Joined, the pieces are exactly ``to_json(data)`` (which joins them); only one chunk
        of turn records and its JSON are held at a time, so written out piece by piece, a
        big document never has its whole JSON in memory. The text is parsed (and any
        :class:`TranscriptError` raised) before the first piece.
        """
        if chunk_turns < 1:
            raise TranscriptError(f"chunk_turns must be at least 1, not {chunk_turns}")
        extracted = None
        if isinstance(data, bytes):
            text, encoding, extracted = _decoded(data)
        else:
            text, encoding = data, "utf-8"
        # the bytes, once decoded, need not stay while the pieces are written (rebound, not
        # deleted: mypyc deletes no argument)
        data = b""
        doc, turns = self._document_parts(text, source, strict, encoding, extracted=extracted)
        dumps = orjson.dumps
        keys = list(doc)
        cut = keys.index("turns")  # the keys before the turns make the head, the rest the tail
        head = {key: doc[key] for key in keys[:cut]}
        head["turns"] = []
        yield dumps(head)[:-2]  # '{..."turns":[]}' without ']}'
        first = True
        while True:
            with gc_paused(), _translated():
                chunk = list(islice(turns, chunk_turns))
            if not chunk:
                break
            body = dumps(chunk)[1:-1]
            del chunk  # (its strings go now, with the UTF-8 copies orjson left in them)
            yield body if first else b"," + body
            first = False
        tail = dumps({key: doc[key] for key in keys[cut + 1 :]})  # (exchanges filled by now)
        yield b"]," + tail[1:]

    def _document(
        self,
        text: str,
        source: str | None,
        strict: bool | None,
        encoding: str,
        shift: tuple[int, int] = (0, 0),
        stream: StreamContext | None = None,
        extracted: Extracted | None = None,
    ) -> dict[str, Any]:
        """The JSON-ready document of ``text``, turns and all (``shift``, ``stream``: see
        :meth:`_parts`; ``extracted``: what a reader made of the file, if one did)."""
        doc, turns = self._document_parts(text, source, strict, encoding, shift, stream, extracted)
        with gc_paused(), _translated():
            doc["turns"] = list(turns)  # (this fills doc["exchanges"] too)
        return doc

    def _document_parts(
        self,
        text: str,
        source: str | None,
        strict: bool | None,
        encoding: str,
        shift: tuple[int, int] = (0, 0),
        stream: StreamContext | None = None,
        extracted: Extracted | None = None,
    ) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
        """The document without its turns, and its turns one by one (see :meth:`_parts`):
        input checked, garbage collector paused, errors translated."""
        if not isinstance(text, str):
            raise TranscriptError(
                f"needs str (or bytes, for to_json and parse_bytes), not {type(text).__name__}"
            )
        strict = self.strict if strict is None else strict
        with gc_paused(), _translated():
            doc, turns = self._parts(text, source, strict, encoding, shift, stream)
        if extracted is not None:
            with_reader(doc, extracted)
        return doc, turns

    def parse_bytes(
        self, data: bytes, *, source: str | None = None, strict: bool | None = None
    ) -> Transcript:
        """Decode bytes (BOM, UTF-8/16/32, legacy encodings) and parse them; an HTML page, a
        Word ``.docx`` or a PDF (told by its bytes) is read first by :mod:`transcript.readers`,
        and the spans point into the text it made (``transcript extract`` prints it)."""
        text, encoding, extracted = _decoded(data)
        return self.parse(
            text, source=source, strict=strict, encoding=encoding, extracted=extracted
        )

    def parse_file(self, path: str | os.PathLike[str], *, strict: bool | None = None) -> Transcript:
        """Read and parse a file (any supported encoding)."""
        p = Path(path)
        with reading(p):
            data = p.read_bytes()
        return self.parse_bytes(data, source=p.name, strict=strict)

    # ------------------------------------------------------------ pipeline

    def _parts(
        self,
        text: str,
        source: str | None,
        strict: bool,
        encoding: str,
        shift: tuple[int, int] = (0, 0),
        stream: StreamContext | None = None,
    ) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
        """The document without its turns, and the turns one by one.

        The document has every key in the model's order; ``"turns"`` is None, and
        ``"exchanges"`` fills up as the turns are drawn. ``shift``: (characters, lines)
        before ``text`` in a bigger input (a stream's chunk), added to every position;
        ``stream``: what the chunk takes from the whole input (the first chunk fills in
        its layout and context for the others).
        """
        try:
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        except UnicodeEncodeError as exc:  # a lone surrogate: no JSON (UTF-8) could hold it
            raise TranscriptError(
                f"lone surrogate U+{ord(text[exc.start]):04X} at offset {exc.start}: not valid Unicode text"
            ) from None
        layout = None if self.layout == "auto" else self.layout
        scan = scan_text(
            text,
            layout=layout if layout != "labelled" else None,
            continues=stream.layout if stream is not None and not stream.at_start else None,
            more=stream is not None and stream.more,
        )
        if stream is not None and stream.layout is None:
            stream.layout = DocLayout(scan.caption, scan.numbered)
        result: Any = self._lark.parse(scan)
        preamble, raw_turns = result
        del result
        held = tail_token_starts(scan, raw_turns)  # (what split_back_matter needs of them)
        # the drafts keep what they need of the labels: with no list of the tokens left,
        # each turn's tokens go as assemble takes the turn (the label candidates went
        # as the lexer made the tokens)
        scan.tokens = []
        drafts, loose = assemble(scan, preamble, raw_turns)
        del raw_turns
        pos = Positions(scan, *shift)
        diagnostics: list[dict[str, Any]] = encoding_diagnostics(encoding)

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
        back = split_back_matter(drafts, scan, held)
        for d in drafts:
            got = d.paras  # (without a call where it can: a call a turn weighs on small files)
            c = d.first_char(text) if got is None else got[0].first() if got else ""
            if c and c in OPEN_QUOTES:  # (the test strip_quotes opens with)
                strip_quotes(d.paragraphs(text))
        narration: list[Para] = []  # (the page's line that brings in a caller)
        drafts, inferred = infer_alternation(drafts, text, narration)
        diagnostics.extend(inferred)
        back += narration
        drafts, inferred, answer_heads = infer_marked_answers(drafts, text)
        diagnostics.extend(inferred)
        if not inferred:
            drafts, dashed = infer_dash_answers(drafts, text)
            diagnostics.extend(dashed)
            if dashed:  # (the answers are the witness's the record swears in before them)
                _name_sworn_answers(drafts, text)
        diagnostics.extend(drop_paragraph_numbers(drafts, text))
        diagnostics.extend(infer_voice_roles(drafts, text))
        if inferred:  # (the answers are the guest's the page names, if it names one)
            guest = interview_sides(text[: drafts[0].start])[1]
            for d in drafts if guest is not None else ():
                # (not an answer a subheading gave to someone else: "■北条監督の話")
                if d.label is None and d.role == "interviewee" and d.label_name is None:
                    d.label_name = guest
        taken: set[int] = set()  # (paragraphs of the preamble that became turns)
        # (headings of answers inferred: "Opening statement:", "■北条監督の話")
        intro_heads: list[Para] = answer_heads
        if not drafts:  # no labels: an interview whose questions are in bold?
            pre = [p for tok in loose if tok.type == "SPEECH" for p in _token_paragraphs(scan, tok)]
            pre = _with_headings(pre, loose, text)
            drafts, taken, inferred = infer_bold_questions(pre, text)
            if not drafts:  # (or in plain text, the bold lost in a copy of the page)
                drafts, taken, inferred = infer_plain_questions(pre, text)
            if not drafts:  # (or each question and answer opening with a dash)
                drafts, taken, inferred = infer_dash_dialogue(pre, text)
            if not drafts:  # (or the questions' gists, "On ...:", over quoted answers)
                drafts, taken, inferred, intro_heads = infer_topic_questions(pre, text)
            diagnostics.extend(inferred)
            if drafts:
                _name_sides(drafts, text[: drafts[0].start])
            back += split_back_matter(drafts, scan, set())
        first_taken = min(taken) if taken else 0

        # Preamble: paragraphs of front matter and the tokens around them.
        pre_paras: list[tuple[str, Para]] = []
        blocks: list[dict[str, Any]] = []
        title = None
        date = None
        for tok in loose:
            if tok.type == "SPEECH" and _is_preamble(tok, drafts):
                for para in _token_paragraphs(scan, tok):
                    if not taken or para.start < first_taken:
                        pre_paras.append(("?", para))
                    elif para.start not in taken:
                        blocks.append(
                            {
                                "kind": "boilerplate",
                                "text": para.text,
                                "span": pos.span(para.start, para.end),
                            }
                        )
            elif tok.type == "SPEECH":
                for para in _token_paragraphs(scan, tok):
                    if para.start in taken:
                        continue
                    blocks.append(
                        {
                            "kind": "boilerplate",
                            "text": para.text,
                            "span": pos.span(para.start, para.end),
                        }
                    )
            elif tok.start_pos in taken:
                continue  # (a heading that became a question)
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
                        # from the line's first mark (a court line number or "> " is in no
                        # other span)
                        "span": pos.span(line_head(scan, tok.start_pos), tok.end_pos),
                    }
                )

        for h in intro_heads:  # (its paragraph became a turn: its first line is the page's)
            blocks.append({"kind": "boilerplate", "text": h.text, "span": pos.span(h.start, h.end)})

        # (name, label, kind) per turn; one tuple per distinct label, not one per turn
        one: dict[tuple[str, str, str], tuple[str, str, str]] = {}
        label_items: list[tuple[str, str, str] | None] = []
        for d in drafts:
            if d.label_name is not None:  # (a turn whose speaker was inferred has no label)
                item = (d.label_name, d.label if d.label is not None else "", d.label_kind)
                label_items.append(one.setdefault(item, item))
            else:
                label_items.append(None)
        turn_texts = TurnTexts(drafts, text)  # (each made when read, not all held at once)
        label_keys = {name_key(name) for name in {i[0] for i in label_items if i is not None}}
        speaker_keys = sorted(label_keys | {k.split()[-1] for k in label_keys if k})
        headings = [b["text"] for b in blocks if b["kind"] in ("heading", "header")]
        context = "\n".join([p.text for _, p in pre_paras] + headings) + "\n" + (title or "")
        if stream is not None:
            if stream.context is None:
                stream.context = context
            context = stream.context
            head = stream.head
        else:
            head = text[:ROSTER_HEAD] if len(text) > ROSTER_HEAD else text
        roster = build_roster(label_items, turn_texts, context, head)
        diagnostics.extend(roster.diagnostics)
        if stream is not None:
            if stream.people is None:
                by_label: dict[str, list[Person]] = {}
                for p in roster.people:
                    for label in p.labels:
                        by_label.setdefault(label, []).append(p)
                # (a label several people share, "Q" asked by reporters the text names, is
                # read chunk by chunk)
                stream.people = {k: v[0] for k, v in by_label.items() if len(v) == 1}
            else:
                _adopt(roster, stream.people)

        if taken:  # (turns inferred from a page with no labels)
            _layout_roles(drafts, roster)

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

        marker = ExchangeMarker()
        no_turns = not drafts
        turns = _turn_stream(
            drafts, roster.turn_people, pos, bool(scan.caption), marker, roster.turn_roles
        )
        del drafts  # (the stream has them now, and lets each go once its turn is made)
        if no_turns:
            diagnostics.append(
                {
                    "code": "no-turns",
                    "severity": "warning" if text.strip() else "info",
                    "message": "no speaker turns found" if text.strip() else "empty input",
                }
            )
            if strict and not text.strip():
                raise TranscriptSyntaxError("empty input")
        weak = weak_layout(scan.label_styles)
        if weak is not None:
            diagnostics.append({"code": "weak-layout", "severity": "warning", "message": weak})
        speakers = [
            {
                "id": p.id,
                "name": p.name,
                "title": p.title,
                "honorific": p.parts.honorific,
                "affiliation": p.affiliation,
                "role": p.role,
                "role_confidence": round(p.confidence, 2),
                "role_evidence": p.evidence,
                "generic": p.generic,
                "labels": p.labels,
            }
            for p in roster.people
        ]
        doc = {
            "schema_version": "1",
            "source": {
                "name": source,
                "sha256": digest,
                "encoding": encoding,
                "chars": len(text),
                "lines": len(scan.starts) if text else 0,
                "encoding_confidence": getattr(encoding, "confidence", None),
            },
            "layout": scan.layout,
            "label_styles": [
                {"style": st, "labels": n, "speakers": k, "confidence": c}
                for st, n, k, c in scan.label_styles
            ],
            "title": title,
            "date": date,
            "speakers": speakers,
            "turns": None,
            "exchanges": marker.exchanges,
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
        return doc, turns


def _turn_stream(
    drafts: list[TurnDraft],
    people: list[Any],
    pos: Positions,
    caption: bool,
    marker: ExchangeMarker,
    voices: list[str] | None = None,
) -> Iterator[dict[str, Any]]:
    """The turn dicts, in order, numbered and marked as questions and answers.

    In caption files, consecutive cues of one speaker make one turn, so each turn is held
    back until the next one shows it is complete.

    The stream takes the drafts: ``drafts`` is emptied, and each draft is let go once its
    turn is made, so a turn's strings live only as long as the turn dict. (orjson keeps a
    UTF-8 copy in every string it writes that is not ASCII, for as long as the string
    lives: with every draft kept to the end, the copies of all the speech piled up.)
    """
    if len(drafts) != len(people):  # pragma: no cover - a bug of ours
        raise ValueError("one speaker (or None) per turn draft")
    todo = deque(drafts)
    drafts.clear()
    who = iter(people)
    voice = iter(voices) if voices is not None else None  # (one role per draft)
    span = pos.span
    source = pos.scan.text
    starts = pos.scan.starts
    ends = pos.scan.ends
    shift = pos.chars  # (characters and lines before the text in a stream: see Positions)
    first_line = pos.first_line
    li = 0  # (the line of the last label looked for)
    nlines = len(starts)
    held: dict[str, Any] | None = None
    index = 0
    while todo:
        d = todo.popleft()
        person = next(who)
        unnamed = next(voice) if voice is not None else "unknown"
        paras = d.paras  # (None: its one paragraph kept in the draft; see TurnDraft)
        annotations = d.annotations
        end = d.end
        if paras is not None:
            for p in paras:
                if p.end > end:
                    end = p.end
            for a in annotations:
                if a["b"] > end:
                    end = a["b"]
        label = d.label
        line = -1
        la = d.label_start
        if (
            label is not None
            and (paras is None or (len(paras) == 1 and not annotations))
            # (no line break between the label and its speech: else no need to look)
            and source.find("\n", la, la + d.para_at if paras is None else paras[0].start) < 0
        ):
            # the label's line: the next one after the last looked for (the turns come in
            # order), else a bisection
            nxt = li + 1
            if nxt < nlines and (base := starts[nxt]) <= la:
                if nxt + 1 == nlines or la < starts[nxt + 1]:
                    li = nxt
                else:
                    li = bisect_right(starts, la) - 1
                    base = starts[li]
            else:
                base = starts[li]
                if base > la:
                    li = bisect_right(starts, la) - 1
                    base = starts[li]
            line = li
            if not (base <= d.start and end <= ends[line]):
                line = -1
        if line >= 0:
            # a turn on its label's line (most turns of one-line layouts): every span inside
            # it is on that line, so the columns are offsets less the line's start, and equal
            # positions are one dict (the JSON is the same; nothing changes a position)
            line += first_line
            col0 = base - 1  # (column = offset - col0)
            s0 = d.start
            t_start = {"line": line, "column": s0 - col0, "offset": s0 + shift}
            p_end = {"line": line, "column": end - col0, "offset": end + shift}
            turn_span = {"start": t_start, "end": p_end}
            lb = la + len(label or "")  # (d.label_end, without a call)
            if paras is None:
                pa = d.label_start + d.para_at
                pb = end
                text = source[pa:pb]
            else:
                p = paras[0]
                pa = p.start
                pb = p.end
                text = p.text  # (once: a LinePara cuts it from the source at each reading)
            label_span: dict[str, Any] | None = {
                "start": t_start
                if la == s0
                else {"line": line, "column": la - col0, "offset": la + shift},
                "end": {"line": line, "column": lb - col0, "offset": lb + shift},
            }
            paragraphs = [
                {
                    "text": text,
                    "span": {
                        "start": {"line": line, "column": pa - col0, "offset": pa + shift},
                        "end": p_end
                        if pb == end
                        else {"line": line, "column": pb - col0, "offset": pb + shift},
                    },
                }
            ]
            notes: list[dict[str, Any]] = []
        else:
            # spans asked for in source order (turn, label, paragraphs): Positions is fast at it
            paras = d.paragraphs(source)  # (a paragraph kept in the draft is made one)
            turn_span = span(d.start, end)
            label_span = span(d.label_start, d.label_end) if label is not None else None
            texts = [p.text for p in paras]  # (once each: see above)
            text = texts[0] if len(texts) == 1 else "\n\n".join(texts)
            paragraphs = [
                {"text": t, "span": span(p.start, p.end)} for t, p in zip(texts, paras, strict=True)
            ]
            notes = [
                {"kind": a["kind"], "text": a["text"], "span": span(a["a"], a["b"])}
                for a in annotations
            ]
        t: dict[str, Any] = {
            "index": 0,
            "speaker": person.id if person is not None else None,
            "label": label,
            # (an unlabelled turn: its role from the conversation, or from the layout that
            # inferred it; a speaker's unknown role gives way to the layout's)
            "role": (
                d.role
                if d.role is not None and (person is None or person.role == "unknown")
                else person.role
                if person is not None
                else unnamed
            ),
            "kind": "statement",
            "text": text,
            "paragraphs": paragraphs,
            "annotations": notes,
            "start": d.start_time,
            "end": d.end_time,
            "span": turn_span,
            "label_span": label_span,
        }
        if not caption:
            t["index"] = index
            index += 1
            marker.mark(t)
            yield t
            continue
        if held is not None and t["speaker"] is not None and held["speaker"] == t["speaker"]:
            held["text"] = (held["text"] + " " + t["text"]).strip()
            held["paragraphs"] = held["paragraphs"] + t["paragraphs"]
            held["annotations"] = held["annotations"] + t["annotations"]
            held["end"] = t["end"] if t["end"] is not None else held["end"]
            held["span"] = {"start": held["span"]["start"], "end": t["span"]["end"]}
            continue
        if held is not None:
            held["index"] = index
            index += 1
            marker.mark(held)
            yield held
        held = t
    if held is not None:
        held["index"] = index
        marker.mark(held)
        yield held


# question marks of other scripts: full-width (Chinese, Japanese), Arabic, Armenian,
# Ethiopic, the reversed one; Spanish "¿...?" ends with "?"
_OTHER_QUESTION_MARKS = ("？", "؟", "՞", "፧", "⸮")


def asks(text: str) -> bool:
    """The text holds a question mark, of any script."""
    if "?" in text:
        return True
    return any(q in text for q in _OTHER_QUESTION_MARKS)


class ExchangeMarker:
    """Marks question and answer turns, in order, and pairs each question with its answers.

    A question is an interviewer's turn with a question mark (or, from a speaker of
    unknown role, a turn ending in one); the turns of other speakers that follow, until
    the next question, answer it, unless their speakers are interviewers or moderators.
    """

    def __init__(self) -> None:
        self.exchanges: list[dict[str, Any]] = []
        self._current: dict[str, Any] | None = None
        self._asker: str | None = None

    def mark(self, t: dict[str, Any]) -> None:
        is_question = t["role"] == "interviewer" and asks(t["text"])
        if not is_question and t["role"] == "unknown" and asks(t["text"][-120:]):
            is_question = t["speaker"] is not None
        if is_question:
            t["kind"] = "question"
            self._current = {"question": t["index"], "answers": []}
            self.exchanges.append(self._current)
            self._asker = t["speaker"]
        elif (
            self._current is not None
            and (t["speaker"] != self._asker or t["role"] == "interviewee")
            and t["role"] not in ("interviewer", "moderator")
        ):
            t["kind"] = "answer"
            self._current["answers"].append(t["index"])
        else:
            t["kind"] = "statement"

    def forget(self) -> None:
        """Drop the exchanges seen so far but keep marking as before: a stream keeps only
        what the next turn needs (the open question, not the answers it has had)."""
        self.exchanges.clear()
        if self._current is not None:
            self._current = {"question": self._current["question"], "answers": []}


@contextmanager
def _translated() -> Iterator[None]:
    """Errors of the libraries underneath, as :class:`TranscriptError` (they never escape)."""
    try:
        yield
    except TranscriptError:
        raise
    except LarkError as exc:  # pragma: no cover - the grammar accepts every token sequence
        raise TranscriptSyntaxError(f"cannot parse: {exc}") from None
    except RecursionError:  # pragma: no cover
        raise TranscriptError("input too deeply nested") from None


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a while (and back as it was).

    Parsing allocates many small objects and frees none of them before the end: the
    collector would only rescan them again and again, and the cost per turn would grow
    with the input (``tests/test_bad_input.py`` checks that it does not)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _decoded(data: bytes) -> tuple[str, str, Extracted | None]:
    extracted = extract(data)  # (None for text: a few byte comparisons)
    if extracted is not None:
        return extracted.text, extracted.encoding, extracted
    text, encoding = decode_bytes(data)
    if text.startswith("\ufeff"):
        text = text[1:]
    return text, encoding, None


def weak_layout(styles: list[tuple[str, int, int, float]]) -> str | None:
    """What to tell the user when most labels rest on weak evidence: names used once, in no
    label style the document establishes (None when the evidence is good)."""
    total = sum(n for _, n, _, _ in styles)
    supported = round(sum(n * c for _, n, _, c in styles))
    if total == 0 or supported * 2 >= total:
        return None
    return (
        f"{total - supported} of {total} labels rest on weak evidence (a name used once, in no "
        "label style the document establishes): the turns may be wrong"
    )


def _is_preamble(tok: LineToken, drafts: list[TurnDraft]) -> bool:
    return not drafts or tok.start_pos < drafts[0].start


_LAYOUT_ROLE_CONFIDENCE = 0.5


def _layout_roles(drafts: list[TurnDraft], roster: Roster) -> None:
    """A speaker the roster could not place, whose turns the layout inferred and gave one
    role ("interviewee": the quoted answers under a name, whose questions no one is named
    for), takes that role: with no labelled question the conversation cannot tell it."""
    roles: dict[int, set[str | None]] = {}
    people: dict[int, Person] = {}
    for d, p in zip(drafts, roster.turn_people, strict=False):
        if p is not None:
            roles.setdefault(id(p), set()).add(d.role if d.label is None else None)
            people[id(p)] = p
    for k, rs in roles.items():
        p = people[k]
        role = next(iter(rs)) if len(rs) == 1 else None
        if role is not None and p.confidence < _LAYOUT_ROLE_CONFIDENCE:
            p.role, p.confidence = role, _LAYOUT_ROLE_CONFIDENCE
            p.evidence = [*p.evidence, "the layout's role of every turn"]


def _name_sworn_answers(drafts: list[TurnDraft], source: str) -> None:
    """Answers run on after counsel's questions ("?---Yes.") that no label names: the
    witness's whom the record swore in last before them ("<JANE ROE, AFFIRMED")."""
    sworn = sworn_witnesses(source)
    if not sworn:
        return
    at = 0
    for d in drafts:
        if d.label is not None or d.role != "interviewee" or d.label_name is not None:
            continue
        while at < len(sworn) and sworn[at][0] < d.start:
            at += 1
        if at:
            d.label_name = sworn[at - 1][1]


def _name_sides(drafts: list[TurnDraft], page: str) -> None:
    """The inferred turns of an unlabelled interview given to the interviewer the page
    credits and to the person it says is interviewed, when it names both."""
    asker, guest = interview_sides(page)
    if asker is None or guest is None:
        return
    for d in drafts:
        d.label_name = asker if d.role == "interviewer" else guest


def _with_headings(pre: list[Para], loose: list[LineToken], text: str) -> list[Para]:
    """The preamble's paragraphs with its Markdown headings and thematic breaks among them,
    in order (the questions of a magazine Q&A may be headings)."""
    marks = [
        Para(text[t.start_pos : t.end_pos].strip(), t.start_pos, t.end_pos)
        for t in loose
        if t.type == "META" and text.startswith(("#", "---", "***", "___"), t.start_pos)
    ]
    if not marks:
        return pre
    return sorted(pre + marks, key=lambda p: p.start)


def _token_paragraphs(scan: Scan, tok: LineToken) -> list[Para]:
    """Lines of a preamble SPEECH token grouped into paragraphs (blank-line separated)."""
    out: list[Para] = []
    cur: list[tuple[int, int]] = []
    prev = -1
    for a in tok.content_starts:
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
    return Para(text, line_head(scan, lines[0][0]), lines[-1][1])  # with a "> " or line number
