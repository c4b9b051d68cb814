"""Word-level alignment of a quotation to a passage, and the differences it shows.

The alignment is semi-global: the whole quotation against any stretch of the passage (a
quotation may start or stop mid-sentence). Its costs know what a quote checker knows: a
contraction is one word or two (units, see ``_text``), an ellipsis in the quotation lets it
skip words for free, an editor's bracketed words cost almost nothing, an inflection or a
spelling variant costs less than another word.
"""

from __future__ import annotations

from dataclasses import dataclass

from ._text import FILLERS, NEGATIONS, Unit, cosmetic_pair, number_value

_SUB, _INS, _DEL = 1.0, 1.0, 1.0
_COSMETIC_SUB = 0.3
_BRACKET_INS, _BRACKET_SUB = 0.05, 0.3


@dataclass(frozen=True, slots=True)
class Diff:
    op: str  # replace, insert (words only in the article), delete (only in the transcript)
    q: tuple[int, int]  # quotation units [a, b)
    t: tuple[int, int]  # passage units [a, b), absolute indices
    cls: str  # cosmetic, disfluency, substantive, editorial
    kind: str


@dataclass(frozen=True, slots=True)
class Alignment:
    t_start: int  # first passage unit of the match (absolute)
    t_end: int  # one past the last
    pairs: tuple[tuple[int, int], ...]  # (quote unit, passage unit) aligned as equal
    diffs: tuple[Diff, ...]
    similarity: float
    cost: float

    @property
    def exact(self) -> bool:
        return all(d.cls == "editorial" for d in self.diffs)

    @property
    def substantive(self) -> int:
        return sum(d.cls == "substantive" for d in self.diffs)


def _sub_cost(q: Unit, t: Unit) -> float:
    if q.norm == t.norm:
        return 0.0
    if q.bracket:
        return _BRACKET_SUB
    if cosmetic_pair(q.norm, t.norm):
        return _COSMETIC_SUB
    return _SUB


def align(quote: list[Unit], passage: list[Unit], lo: int, hi: int) -> Alignment | None:
    """Align ``quote`` to ``passage[lo:hi]`` (semi-global)."""
    n, m = len(quote), hi - lo
    if n == 0 or m <= 0:
        return None
    t_norm = [u.norm for u in passage[lo:hi]]
    # fast path: the quotation verbatim (the common case)
    q_norm = [u.norm for u in quote]
    if not any(u.bracket or u.gap_before for u in quote):
        first = q_norm[0]
        for j in range(m - n + 1):
            if t_norm[j] == first and t_norm[j : j + n] == q_norm:
                same = tuple((i, lo + j + i) for i in range(n))
                return _finish(quote, passage, same, [], lo + j, lo + j + n, 0.0)
    if not any(u.bracket or u.gap_before for u in quote):
        return _align_edits(quote, passage, lo, q_norm, t_norm)
    inf = float("inf")
    # dp[i][j]: cost of quote[:i] ending just before passage unit j (start anywhere)
    prev = [0.0] * (m + 1)
    back: list[bytearray] = [bytearray(m + 1)]
    for i in range(1, n + 1):
        qu = quote[i - 1]
        ins = _BRACKET_INS if qu.bracket else _INS
        free_del = i < n and quote[i].gap_before
        cur = [inf] * (m + 1)
        bk = bytearray(m + 1)
        cur[0] = prev[0] + ins
        bk[0] = 2
        dele = 0.0 if free_del else _DEL
        qn = qu.norm
        for j in range(1, m + 1):
            tu = passage[lo + j - 1]
            c = prev[j - 1] + (0.0 if tu.norm == qn else _sub_cost(qu, tu))
            op = 1
            x = prev[j] + ins
            if x < c:
                c, op = x, 2
            x = cur[j - 1] + dele
            if x < c:
                c, op = x, 3
            cur[j] = c
            bk[j] = op
        prev = cur
        back.append(bk)
    end = min(range(m + 1), key=lambda j: (prev[j], -j))
    cost = prev[end]
    # trace back
    i, j = n, end
    ops: list[tuple[int, int, int]] = []  # (op, i, j) in quote/passage-local indices
    while i > 0:
        op = back[i][j]
        if op == 1:
            ops.append((1, i - 1, j - 1))
            i, j = i - 1, j - 1
        elif op == 2:
            ops.append((2, i - 1, j))
            i -= 1
        else:
            ops.append((3, i, j - 1))
            j -= 1
    ops.reverse()
    start = min((o[2] for o in ops if o[0] == 1), default=end)
    last = max((o[2] for o in ops if o[0] == 1), default=end - 1)
    pairs: list[tuple[int, int]] = []
    raw: list[tuple[str, int, int]] = []  # per unit: ("eq"|"sub"|"ins"|"del", qi, tj)
    for op, qi, tj in ops:
        if op == 1:
            if quote[qi].norm == passage[lo + tj].norm:
                pairs.append((qi, lo + tj))
                raw.append(("eq", qi, lo + tj))
            else:
                raw.append(("sub", qi, lo + tj))
        elif op == 2:
            raw.append(("ins", qi, lo + tj))
        elif start <= tj <= last and not (qi < n and quote[qi].gap_before):
            raw.append(("del", qi, lo + tj))
    return _finish(quote, passage, tuple(pairs), raw, lo + start, lo + last + 1, cost)


def _edits(q_norm: list[str], t_norm: list[str], lo: int) -> list[tuple[str, int, int]]:
    """rapidfuzz's edit operations on word lists, one entry per unit: (op, quote unit,
    passage unit)."""
    from rapidfuzz.distance import Levenshtein

    raw: list[tuple[str, int, int]] = []
    for op in Levenshtein.opcodes(q_norm, t_norm):
        tag, qa, qb, ta, tb = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if tag == "equal":
            raw.extend(("eq", qa + k, lo + ta + k) for k in range(qb - qa))
        elif tag == "replace":
            common = min(qb - qa, tb - ta)
            raw.extend(("sub", qa + k, lo + ta + k) for k in range(common))
            raw.extend(("ins", qa + k, lo + ta + common) for k in range(common, qb - qa))
            raw.extend(("del", qa + common, lo + ta + k) for k in range(common, tb - ta))
        elif tag == "delete":  # words of the quotation only
            raw.extend(("ins", qa + k, lo + ta) for k in range(qb - qa))
        else:  # words of the passage only
            raw.extend(("del", qa, lo + ta + k) for k in range(tb - ta))
    return raw


_CORE_VALUE = {"eq": 1.0, "sub": 0.5, "del": -0.6}


def _core(raw: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The stretch of the passage the quotation really aligns to: the best-scoring run of
    passage words (matched words count for, skipped words against). A global alignment
    may match a word or two far before the rest and skip the words between."""
    best, best_span = 0.0, None
    run, run_start = 0.0, None
    for op, _, tj in raw:
        if op == "ins":
            continue
        v = _CORE_VALUE[op]
        if run_start is None or run <= 0:
            run, run_start = 0.0, tj
        run += v
        if run > best:
            best, best_span = run, (run_start, tj)
    return best_span


def _window_score(q_norm: list[str], t_window: list[str]) -> float:
    from rapidfuzz.distance import Levenshtein

    score = 0.0
    for op in Levenshtein.opcodes(q_norm, t_window):
        nq, nt = op.src_end - op.src_start, op.dest_end - op.dest_start
        if op.tag == "equal":
            score += nq
        elif op.tag == "replace":
            score -= 0.5 * min(nq, nt) + abs(nq - nt)
        else:
            score -= nq + nt
    return score


def _align_edits(
    quote: list[Unit], passage: list[Unit], lo: int, q_norm: list[str], t_norm: list[str]
) -> Alignment | None:
    """The common case (no ellipsis, no brackets): rapidfuzz's edit operations on the word
    lists, made semi-global. A global alignment pays the same for the passage's words around
    the quotation as for words left out inside it, so it may match a word far away: the
    passage is narrowed to the stretch the quotation aligns to (:func:`_core`), and the
    window around it with the best score (matches, less edits) is aligned again."""
    raw = _edits(q_norm, t_norm, lo)
    core = _core(raw)
    if core is None:
        return None
    inside = [r for r in raw if r[0] in ("eq", "sub") and core[0] <= r[2] <= core[1]]
    hi = lo + len(t_norm)
    if inside:
        est_a = core[0] - inside[0][1]
        est_b = core[1] + (len(q_norm) - 1 - inside[-1][1])
        best: tuple[float, int, int, int] | None = None
        for a in range(max(lo, est_a - 2), min(hi, est_a + 3)):
            for b in range(max(a, est_b - 2), min(hi, est_b + 3)):
                sc = _window_score(q_norm, t_norm[a - lo : b - lo + 1])
                key = (sc, -(b - a), a, b)
                if best is None or key[:2] > best[:2]:
                    best = key
        if best is not None:
            a, b = best[2], best[3]
            raw = _edits(q_norm, t_norm[a - lo : b - lo + 1], a)
    aligned = [r[2] for r in raw if r[0] in ("eq", "sub")]
    if not aligned:
        return None
    start, last = aligned[0], aligned[-1]
    raw = [r for r in raw if r[0] != "del" or start <= r[2] <= last]
    pairs = tuple((qi, tj) for op, qi, tj in raw if op == "eq")
    cost = float(sum(op != "eq" for op, _, _ in raw))
    return _finish(quote, passage, pairs, raw, start, last + 1, cost)


def _finish(
    quote: list[Unit],
    passage: list[Unit],
    pairs: tuple[tuple[int, int], ...],
    raw: list[tuple[str, int, int]],
    t_start: int,
    t_end: int,
    cost: float,
) -> Alignment:
    diffs: list[Diff] = []
    k = 0
    while k < len(raw):
        if raw[k][0] == "eq":
            k += 1
            continue
        b = k
        while b < len(raw) and raw[b][0] != "eq":
            b += 1
        diffs.append(_classify(quote, passage, raw[k:b]))
        k = b
    diffs.extend(_contractions(quote, passage, pairs, t_start, t_end))
    diffs.sort(key=lambda d: (d.q[0], d.t[0]))
    return Alignment(t_start, t_end, pairs, tuple(diffs), _similarity(quote, diffs), cost)


def _classify(quote: list[Unit], passage: list[Unit], block: list[tuple[str, int, int]]) -> Diff:
    qs = sorted({qi for op, qi, _ in block if op in ("sub", "ins")})
    ts = sorted({tj for op, _, tj in block if op in ("sub", "del")})
    q_units = [quote[i] for i in qs]
    t_units = [passage[j] for j in ts]
    qr = (qs[0], qs[-1] + 1) if qs else (block[0][1], block[0][1])
    tr = (ts[0], ts[-1] + 1) if ts else (block[0][2], block[0][2])
    op = "replace" if qs and ts else "insert" if qs else "delete"
    if q_units and all(u.bracket for u in q_units):
        return Diff(op, qr, tr, "editorial", "insertion")
    if op == "replace" and len(q_units) == len(t_units) == 1:
        why = cosmetic_pair(q_units[0].norm, t_units[0].norm)
        if why:
            return Diff(op, qr, tr, "cosmetic", why)
    if op != "replace":
        side, units, idx = (quote, q_units, qs) if qs else (passage, t_units, ts)
        if all(_disfluent(side, i) for i in idx):
            kind = "filler" if all(u.norm in FILLERS for u in units) else "repetition"
            return Diff(op, qr, tr, "disfluency", kind)
    kind = _substance(q_units, t_units)
    if kind == "word" and op == "delete" and len(t_units) >= 3:
        kind = "omission"  # the speaker's words left out, with no ellipsis to say so
    return Diff(op, qr, tr, "substantive", kind)


def _disfluent(side: list[Unit], i: int) -> bool:
    """A filler, or a word repeated close by on the same side ("on on short, on short")."""
    w = side[i].norm
    if w in FILLERS:
        return True
    return any(side[k].norm == w for k in range(max(0, i - 3), min(len(side), i + 4)) if k != i)


def _substance(q_units: list[Unit], t_units: list[Unit]) -> str:
    words = [u.norm for u in q_units + t_units]
    if any(w in NEGATIONS or w == "not" for w in words):
        q_neg = sum(u.norm in NEGATIONS for u in q_units)
        t_neg = sum(u.norm in NEGATIONS for u in t_units)
        if q_neg != t_neg:
            return "negation"
    if any(number_value(w) is not None for w in words):
        return "number"
    return "word"


def _contractions(
    quote: list[Unit],
    passage: list[Unit],
    pairs: tuple[tuple[int, int], ...],
    t_start: int,
    t_end: int,
) -> list[Diff]:
    """A contraction written out or made (``we'll`` / ``we will``), or a quotation that
    begins or ends inside a contracted word (``will respond`` for ``we'll respond``)."""
    by_t: dict[int, list[tuple[int, int]]] = {}  # a transcript token -> its aligned pairs
    by_q: dict[int, list[tuple[int, int]]] = {}
    for qi, tj in pairs:
        q, t = quote[qi], passage[tj]
        partial = (tj == t_start and t.part > 0) or (tj == t_end - 1 and t.part < t.parts - 1)
        if t.parts > 1 and (q.parts != t.parts or partial):
            by_t.setdefault(tj - t.part, []).append((qi, tj))
        elif q.parts > 1 and t.parts != q.parts:
            by_q.setdefault(qi - q.part, []).append((qi, tj))
    out: list[Diff] = []
    for t_first, ps in by_t.items():
        qa, qb = min(p[0] for p in ps), max(p[0] for p in ps) + 1
        out.append(
            Diff(
                "replace",
                (qa, qb),
                (t_first, t_first + passage[t_first].parts),
                "cosmetic",
                "contraction",
            )
        )
    for q_first, ps in by_q.items():
        ta, tb = min(p[1] for p in ps), max(p[1] for p in ps) + 1
        out.append(
            Diff(
                "replace",
                (q_first, q_first + quote[q_first].parts),
                (ta, tb),
                "cosmetic",
                "contraction",
            )
        )
    return out


def _similarity(quote: list[Unit], diffs: list[Diff]) -> float:
    counted = sum(1 for u in quote if not u.bracket)
    if counted == 0:
        return 0.0
    lost = 0.0
    extra = 0.0
    for d in diffs:
        if d.cls in ("editorial", "disfluency"):
            if d.cls == "disfluency" and d.op == "insert":
                counted -= d.q[1] - d.q[0]
            continue
        qn = d.q[1] - d.q[0]
        tn = d.t[1] - d.t[0]
        if d.cls == "cosmetic":
            lost += 0.1 * max(qn, 1)
        elif d.op == "delete":
            extra += min(tn, 3)  # words left out: a sentence costs like three words
        else:
            lost += qn
            extra += max(0, tn - qn)
    counted = max(counted, 1)
    return max(0.0, min(1.0, (counted - lost) / (counted + extra)))
