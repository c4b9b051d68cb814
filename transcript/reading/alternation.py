"""Interviews labelled once, then alternating: the speakers of unlabelled paragraphs.

Magazine and newspaper interviews often name the two speakers on the first question and
answer only ("Jane Roe: When did you start?" / "Tom Baker: In 1990, ..."), then print the
rest as paragraphs that alternate: a short question, its answer, the next question. Read
as labels alone, the whole rest is the last speaker's one turn. When the document has
exactly two labelled speakers, one of whom asks, and the last labelled turn goes on with
at least two short question paragraphs, each followed by an answer, those paragraphs are
given to the asker and the answers to the other, each such turn reported once in a
diagnostic (the alternation is inferred, not read).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import Any

from .._regex import lazy
from ..people.names import plausible_name
from ..people.roles import voice_roles
from .build import Para, TurnDraft, strip_quotes
from .widgets import is_widget_key, is_widget_line

# a paragraph that is a question: it ends with a question mark in any script
_QUESTION_END = lazy(r"[?？؟][\"”’»)）」』\s]*$")
MAX_QUESTION_WORDS = 30  # (a longer paragraph ending in "?" is an answer's rhetorical turn)


def _is_question(p: Para) -> bool:
    text = p.text
    return _QUESTION_END.search(text) is not None and len(text.split()) <= MAX_QUESTION_WORDS


def _asks(paras: list[Para]) -> bool:
    return bool(paras) and _is_question(paras[-1])


def _cuts(paras: list[Para]) -> list[int] | None:
    """Where a turn's paragraphs alternate: the questions after its first paragraph, each
    followed by an answer (no two questions in a row, none at the end); None if none."""
    cuts = [i for i in range(1, len(paras)) if _is_question(paras[i])]
    if not cuts or cuts[-1] == len(paras) - 1 or any(b - a < 2 for a, b in pairwise(cuts)):
        return None
    return cuts


_THANKS_WORDS = 5
_THANKS_STEM = 5


def _closing_thanks(answer: list[Para]) -> bool:
    """The last two paragraphs of an answer are the closing exchange, the asker's thanks and
    the guest's reply: short, and saying the same word ("Thank you, Minister." / "Thank
    you.", "Mahadsanid, Mudane Wasiir." / "Adigaa mahadsan.", "Merci." / "Merci à vous.")."""
    if len(answer) < 3:
        return False
    a, b = answer[-2].text.split(), answer[-1].text.split()
    if not (0 < len(a) <= _THANKS_WORDS and 0 < len(b) <= _THANKS_WORDS):
        return False
    stems = {w.casefold()[:_THANKS_STEM] for w in a if len(w) >= _THANKS_STEM}
    return any(w.casefold()[:_THANKS_STEM] in stems for w in b if len(w) >= _THANKS_STEM)


def _introduces(p: Para, nxt: TurnDraft | None, pair: list[str]) -> bool:
    """``p``, the last paragraph before the labelled turn ``nxt`` of a third speaker, is
    the page's line that introduces him ("A listener, Peter Roe, called in from Gulu with a
    question:"): it ends with a colon and names him."""
    if nxt is None or nxt.label is None or nxt.label_name in pair or not nxt.label_name:
        return False
    text = p.text.rstrip()
    if text[-1:] not in (":", "："):
        return False
    last = nxt.label_name.split()[-1].casefold()
    return len(last) > 1 and last in text.casefold()


def infer_alternation(
    drafts: list[TurnDraft], source: str, narration: list[Para] | None = None
) -> tuple[list[TurnDraft], list[dict[str, Any]]]:
    """The drafts with the answerer's labelled turns split where the document alternates
    (see the module's docstring), and a diagnostic for each split turn. The two speakers
    of the first exchange are the asker and the answerer; a third labelled once or twice
    between (a listener who calls in) keeps his turns, and the page's line that introduces
    him, at the end of the alternation before his label, goes to ``narration``."""
    labelled = [d for d in drafts if d.label is not None and d.label_name is not None]
    if len(labelled) > 6:
        return drafts, []
    names = list(dict.fromkeys(d.label_name for d in labelled if d.label_name is not None))
    if len(names) < 2:
        return drafts, []
    # the asker: the speaker whose labelled turns ask (the other's end in answers)
    pair = names[:2]
    asks = {
        n: any(_asks(d.paragraphs(source)) for d in labelled if d.label_name == n) for n in pair
    }
    if asks[pair[0]] == asks[pair[1]]:
        return drafts, []
    asker = pair[0] if asks[pair[0]] else pair[1]
    answerer = pair[1] if asker == pair[0] else pair[0]
    if len(names) == 2:
        # (two speakers: the rest of the page is the last labelled turn, the guest's)
        targets = [labelled[-1]] if labelled[-1].label_name == answerer else []
    elif (
        labelled[0].label_name == asker
        and labelled[1].label_name == answerer
        and _asks(labelled[0].paragraphs(source))
    ):
        # (a third speaker: only where the page opens with the labelled exchange, a
        # question and its answer, and goes on without labels)
        targets = [d for d in labelled if d.label_name == answerer]
    else:
        return drafts, []
    plans = [(d, d.paragraphs(source)) for d in targets]
    cuts_of = [(d, paras, _cuts(paras)) for d, paras in plans]
    split = [(d, paras, cuts) for d, paras, cuts in cuts_of if cuts is not None]
    # (two questions in one turn at least: a single question among a speaker's paragraphs
    # may be his own, asked of himself)
    if max((len(cuts) for _, _, cuts in split), default=0) < 2:
        return drafts, []
    out = list(drafts)
    diags: list[dict[str, Any]] = []
    for last, paras, cuts in split:
        groups: list[tuple[str, list[Para]]] = [(answerer, paras[: cuts[0]])]
        for k, c in enumerate(cuts):
            end = cuts[k + 1] if k + 1 < len(cuts) else len(paras)
            groups.append((asker, [paras[c]]))
            groups.append((answerer, paras[c + 1 : end]))
        at = out.index(last)
        nxt = out[at + 1] if at + 1 < len(out) else None
        final = groups[-1][1]
        if narration is not None and len(final) > 1 and _introduces(final[-1], nxt, pair):
            narration.append(final.pop())
        if last is labelled[-1] and _closing_thanks(groups[-1][1]):
            answer = groups[-1][1]
            groups[-1:] = [(answerer, answer[:-2]), (asker, [answer[-2]]), (answerer, [answer[-1]])]
        new: list[TurnDraft] = []
        for n, (who, ps) in enumerate(groups):
            if n == 0:
                d = last
                d.paras = ps
                d.end = ps[-1].end
            else:
                d = TurnDraft(label=None, label_kind="", label_name=who, label_start=ps[0].start)
                d.paras = ps
                d.start = ps[0].start
                d.end = ps[-1].end
            new.append(d)
        # annotations go with the paragraph they stand in
        notes = list(last.annotations)
        for d in new:
            d.annotations = [a for a in notes if d.start <= a["a"] and a["b"] <= d.end] or ()
        out[at : at + 1] = new
        diags.append(
            {
                "code": "alternation-inferred",
                "severity": "info",
                "message": (
                    f"{len(new) - 1} unlabelled paragraphs after {last.label!r} given to "
                    f"{asker!r} (questions) and {answerer!r} (answers), alternating"
                ),
            }
        )
    return out, diags


# ---------------------------------------------------------------- bold questions

# a paragraph that is all bold: "**What made you start?**", "__Why?__"
_BOLD = lazy(r"(\*\*|__)(?P<body>[^*_].*?)\1[ \t]*$", re.S)
MIN_BOLD_QUESTIONS = 3  # (fewer bold paragraphs are headings as likely as questions)


# a Markdown heading: magazine Q&A printed from Markdown puts its questions in headings
# ("### Comment est né ce livre?"); a section's title is one too (it is
# followed by another heading, as a subheading in bold is by another bold paragraph)
_HEADING = lazy(r"#{1,6}[ \t]+(?P<body>\S.*?)[ \t#]*$", re.S)
# a thematic break ("---", "***"): after it, the article's closing notes, not answers
_BREAK = lazy(r"(?:[-*_][ \t]*){3,}")


def _bold_body(p: Para) -> str | None:
    text = p.text
    if text[:1] == "#":
        h = _HEADING.fullmatch(text)
        return h.group("body").strip() if h is not None else None
    m = _BOLD.fullmatch(text)
    return m.group("body").strip() if m is not None else None


def _level(text: str) -> int:
    return len(text) - len(text.lstrip("#"))


def _pull_quote(p: Para, answer: list[Para], source: str) -> bool:
    """A blockquote that repeats a sentence of the answer above it: a pull quote, the
    page's furniture ("> « Je dormais dans un camp... »" under the answer that says it)."""
    if source[p.start - 2 : p.start].strip() != ">" and source[p.start : p.start + 1] != ">":
        return False
    # (its case and its last stop may differ: "Most of that..." from "...and most of that...")
    core = p.text.strip(" \t>«»\"“”„‘’'\u00a0").rstrip(".!?…。").casefold()
    return len(core) >= 12 and any(core in a.text.casefold() for a in answer)


# a numbered question on its line, its answer on the lines below: "1. Frau Dr. Berger, wie
# lange warten Familien?" (a newspaper's Q&A numbers its questions instead of naming the
# interviewer; the number is the list's, not the question's text)
_NUMBERED = lazy(
    r"(?P<n>\d{1,2})[.)][ \t]+(?P<body>\S[^\n]*?[?？؟][\"”’»)）」』]*)[ \t]*(?:\r?\n|$)"
)


def _numbered_questions(paras: list[Para], source: str) -> tuple[list[Para], set[int], set[int]]:
    """``paras`` with each numbered question (1, 2, 3 ... in order, at least
    :data:`MIN_BOLD_QUESTIONS`) set apart from the answer on the lines under it; where the
    questions start, and where their paragraphs started."""
    firsts = [i for i, p in enumerate(paras) if p.first().isdigit()]  # (cheap: most have none)
    if len(firsts) < MIN_BOLD_QUESTIONS:
        return paras, set(), set()
    found: dict[int, re.Match[str]] = {}
    for i in firsts:
        m = _NUMBERED.match(source, paras[i].start, paras[i].end)
        if m is not None and int(m.group("n")) == len(found) + 1:
            found[i] = m
    if len(found) < MIN_BOLD_QUESTIONS:
        return paras, set(), set()
    out: list[Para] = []
    asks: set[int] = set()
    for i, p in enumerate(paras):
        m = found.get(i)
        if m is None:
            out.append(p)
            continue
        asks.add(m.start("body"))
        out.append(Para(m.group("body"), m.start("body"), m.end("body")))
        rest = source[m.end() : p.end]
        if rest.strip():
            a = m.end() + len(rest) - len(rest.lstrip())
            out.append(Para(" ".join(rest.split()), a, p.end))
    return out, asks, {paras[i].start for i in found}


def infer_bold_questions(
    paras: list[Para], source: str
) -> tuple[list[TurnDraft], set[int], list[dict[str, Any]]]:
    """Turns of an interview printed with no labels, its questions in bold: magazine and
    newspaper Q&A ("**What made you start?**" then the answer's paragraphs).

    ``paras``: the paragraphs of a document in which no label was found. Where at least
    :data:`MIN_BOLD_QUESTIONS` all-bold paragraphs are each followed by a plain one, and
    most of them end with a question mark (in any script), each such paragraph from the
    first on is a question and the plain paragraphs up to the next one its answer. A bold
    paragraph followed by another bold one is a subheading and stays out of the turns, as
    does everything before the first question. No speaker is named: the drafts have no
    label; a diagnostic says the turns were inferred. Returns the drafts, where each
    paragraph they took starts, and the diagnostic."""
    paras, numbered, numbered_from = _numbered_questions(paras, source)
    bold = [p.text if p.start in numbered else _bold_body(p) for p in paras]
    asks = [
        i
        for i, body in enumerate(bold)
        if body is not None and i + 1 < len(paras) and bold[i + 1] is None
    ]
    # questions in headings are of one level: the title and the sections' are not questions
    levels = Counter(
        _level(paras[i].text)
        for i in asks
        if paras[i].text[:1] == "#" and _QUESTION_END.search(bold[i] or "") is not None
    )
    level = levels.most_common(1)[0][0] if levels else 0
    asks = [i for i in asks if paras[i].text[:1] != "#" or _level(paras[i].text) == level]
    if len(asks) < MIN_BOLD_QUESTIONS:
        return [], set(), []
    questions = sum(1 for i in asks if _QUESTION_END.search(bold[i] or "") is not None)
    if 2 * questions <= len(asks):
        return [], set(), []
    used: set[int] = set()
    drafts: list[TurnDraft] = []
    ask_set = set(asks)
    answer: list[Para] = []

    def close_answer() -> None:
        if answer:
            used.update(p.start for p in answer)
            d = TurnDraft(label=None, label_kind="", label_name=None, label_start=answer[0].start)
            d.role = "interviewee"  # (who answers a magazine's questions)
            d.paras = list(answer)
            d.start, d.end = answer[0].start, answer[-1].end
            drafts.append(d)
            answer.clear()

    stopped = False
    for i in range(asks[0], len(paras)):
        p = paras[i]
        body = bold[i]
        if body is None and _BREAK.fullmatch(p.text):
            close_answer()
            stopped = True  # (until the next question)
            continue
        if i in ask_set and body is not None:
            stopped = False
            close_answer()
            used.add(p.start)
            # the question without its bold marks: its span is the text inside them
            a, b = p.start, p.end
            while a < b and source[a] in "*_ \t>":
                a += 1
            while b > a and source[b - 1] in "*_ \t":
                b -= 1
            q = p if p.start in numbered else Para(body, a, b)
            d = TurnDraft(label=None, label_kind="", label_name=None, label_start=q.start)
            d.role = "interviewer"
            d.paras = [q]
            d.start, d.end = q.start, q.end
            drafts.append(d)
        elif body is None:
            if not stopped and not _pull_quote(p, answer, source):
                answer.append(p)
        else:
            close_answer()  # a subheading: out of the turns
    close_answer()
    used |= numbered_from
    diag = {
        "code": "alternation-inferred",
        "severity": "info",
        "message": (
            f"no speaker labels: {len(drafts)} turns read from {len(asks)} "
            f"{'numbered' if numbered else 'bold'} questions "
            "and the paragraphs that answer them"
        ),
    }
    return drafts, used, [diag]


# ---------------------------------------------------------------- plain questions

MIN_PLAIN_QUESTIONS = 4  # (more than bold ones need: nothing but the "?" marks them)
MAX_THANKS_WORDS = 4
# a pull quote with its attribution: '"Tourists came, but stayed less" — Ann Lee'
_ATTRIBUTED_QUOTE = lazy(r"[\"“„«'‘].{8,300}[\"”»'’][ \t]*[—–-][ \t]*\S.{0,60}")


def infer_plain_questions(
    paras: list[Para], source: str
) -> tuple[list[TurnDraft], set[int], list[dict[str, Any]]]:
    """Turns of a web page's interview printed with no labels, its questions in bold on
    the page and plain once its text is copied: the lead-in ends with a colon ("... spoke
    to Ann Lee:"), and from the question right after it, the short paragraphs that end
    with a question mark (in any script) are the questions, each followed by one or more
    paragraphs of its answer. Taken only where the lead-in's colon is followed by a
    question and at least :data:`MIN_PLAIN_QUESTIONS` questions alternate with answers
    (no two questions in a row); a pull quote with its attribution stays out of the
    answers, and two short paragraphs at the end that say the same ("Thank you." "Thank
    you.") are the closing exchange, the asker's then the other's. Returns as
    :func:`infer_bold_questions` does."""
    start = next(
        (
            i + 1
            for i in range(len(paras) - 1)
            if paras[i].text.rstrip()[-1:] in (":", "：") and _is_question(paras[i + 1])
        ),
        -1,
    )
    if start < 0:
        return [], set(), []
    # (a widget's word alone, "Advertisement", stays in a page with no label: the lexer
    # sets it apart only between labelled turns)
    span: list[Para] = []
    for p in paras[start:]:
        if p.text.startswith(("©", "(c) ", "Copyright")):
            break  # (the page's copyright line: its end)
        if not _ATTRIBUTED_QUOTE.fullmatch(p.text) and not is_widget_key(p.text):
            span.append(p)
    asks = [i for i, p in enumerate(span) if _is_question(p)]
    if len(asks) < MIN_PLAIN_QUESTIONS or asks[-1] == len(span) - 1:
        return [], set(), []
    if any(b - a < 2 for a, b in pairwise(asks)):
        return [], set(), []
    groups: list[tuple[str, list[Para]]] = []
    for k, c in enumerate(asks):
        end = asks[k + 1] if k + 1 < len(asks) else len(span)
        groups.append(("interviewer", [span[c]]))
        groups.append(("interviewee", span[c + 1 : end]))
    answer = groups[-1][1]
    for k in range(1, len(answer) - 1):
        if answer[k].text == answer[k + 1].text and len(answer[k].text.split()) <= MAX_THANKS_WORDS:
            # the closing thanks, said twice (the page's back matter after it is cut later)
            groups[-1:] = [
                ("interviewee", answer[:k]),
                ("interviewer", [answer[k]]),
                ("interviewee", answer[k + 1 :]),
            ]
            break
    drafts: list[TurnDraft] = []
    used: set[int] = set()
    for role, ps in groups:
        d = TurnDraft(label=None, label_kind="", label_name=None, label_start=ps[0].start)
        d.role = role
        d.paras = ps
        d.start, d.end = ps[0].start, ps[-1].end
        used.update(p.start for p in ps)
        drafts.append(d)
    diag = {
        "code": "alternation-inferred",
        "severity": "info",
        "message": (
            f"no speaker labels: {len(drafts)} turns read from {len(asks)} questions after "
            "the lead-in's colon and the paragraphs that answer them"
        ),
    }
    return drafts, used, [diag]


# ---------------------------------------------------------------- dash dialogue

MIN_DASH_TURNS = 6  # (three questions and their answers at least)
_DIALOGUE_DASHES = ("– ", "— ")
_QUOTED = lazy(r"[\"“„«].{12,300}[\"”“»]")


def infer_dash_dialogue(
    paras: list[Para], source: str
) -> tuple[list[TurnDraft], set[int], list[dict[str, Any]]]:
    """Turns of an interview printed with no labels, each question and each answer a
    paragraph opening with a dash, as Bulgarian, Russian, Ukrainian or Polish newspapers
    print them ("– Колко инспектори имате?" / "– В момента 186."): from the first such
    paragraph that asks, the dash paragraphs take turns, the asker's first; a paragraph
    without the dash goes on with the turn above it, but a pull quote that repeats its
    words and a widget's line ("Още по темата: ...") stay out, as do the paragraphs after
    the last dash (the page's). Taken only where at least :data:`MIN_DASH_TURNS` paragraphs
    open with the dash, two in three of the asker's end with a question mark and at most
    one in three of the answers' do. Returns as :func:`infer_bold_questions` does."""
    dashed = [i for i, p in enumerate(paras) if p.text.startswith(_DIALOGUE_DASHES)]
    first = next((k for k, i in enumerate(dashed) if _is_question(paras[i])), -1)
    if first < 0 or len(dashed) - first < MIN_DASH_TURNS:
        return [], set(), []
    dashed = dashed[first:]
    asked = sum(1 for i in dashed[0::2] if _QUESTION_END.search(paras[i].text))
    answered = sum(1 for i in dashed[1::2] if _QUESTION_END.search(paras[i].text))
    if 3 * asked < 2 * len(dashed[0::2]) or 3 * answered > len(dashed[1::2]):
        return [], set(), []
    drafts: list[TurnDraft] = []
    used: set[int] = set()
    for k, i in enumerate(dashed):
        p = paras[i]
        a = p.start
        while a < p.end and source[a] in "–— \t":
            a += 1  # (the dash is the mark of a new turn, not its words)
        ps = [Para(p.text[1:].lstrip(), a, p.end)]
        used.add(p.start)
        for j in range(i + 1, dashed[k + 1] if k + 1 < len(dashed) else i + 1):
            q = paras[j]
            if is_widget_line(q.text):
                continue
            if _QUOTED.fullmatch(q.text) and q.text[1:-1].strip(" .").casefold() in (
                " ".join(x.text for x in ps).casefold()
            ):
                continue  # (a pull quote: the answer's own words again)
            ps.append(q)
            used.add(q.start)
        d = TurnDraft(label=None, label_kind="", label_name=None, label_start=ps[0].start)
        d.role = "interviewer" if k % 2 == 0 else "interviewee"
        d.paras = ps
        d.start, d.end = ps[0].start, ps[-1].end
        drafts.append(d)
    diag = {
        "code": "alternation-inferred",
        "severity": "info",
        "message": (
            f"no speaker labels: {len(drafts)} turns read from the paragraphs that open with "
            "a dash, questions and answers in turn"
        ),
    }
    return drafts, used, [diag]


# ---------------------------------------------------------------- unnamed voices

MIN_VOICE_TURNS = 4


def _after_voice_mark(text: str, at: int) -> bool:
    """The line of offset ``at`` opens with the mark of a new speaker, ">>", before it."""
    k = text.rfind("\n", 0, at) + 1
    while k < at and text[k] in " \t":
        k += 1
    return text.startswith(">>", k, at)


def infer_voice_roles(drafts: list[TurnDraft], text: str) -> list[dict[str, Any]]:
    """Captions that mark each change of voice with ">>" and name no one (a video's
    transcript panel, broadcast or CART captions of an interview or a show), where nothing
    reads who asks in every turn (speech recognition writes no question marks): two voices
    take turns, and the side whose turns the questions found are in asks, else the one who
    opens, the host or the interviewer. The turns stay no one's, but their roles alternate.
    Taken only where no turn is labelled, at least :data:`MIN_VOICE_TURNS` turns, each
    after the first opening after the mark, and :func:`voice_roles` (which the people
    stage asks otherwise) leaves turns unread. The roles are inferred: a diagnostic says
    so."""
    if len(drafts) < MIN_VOICE_TURNS or any(d.label is not None or d.role for d in drafts):
        return []
    paras = [d.paragraphs(text) for d in drafts]
    if not all(ps and _after_voice_mark(text, ps[0].start) for ps in paras[1:]):
        return []
    read = voice_roles([" ".join(p.text for p in ps) for ps in paras])
    if "unknown" not in read:
        return []  # (the questions read every turn: the people stage's)
    # (the side of the questions read, if some are: else the opener's)
    asks = [k % 2 for k, r in enumerate(read) if r == "interviewer"]
    side = 1 if 2 * sum(asks) > len(asks) else 0
    for k, d in enumerate(drafts):
        d.role = "interviewer" if k % 2 == side else "interviewee"
    return [
        {
            "code": "alternation-inferred",
            "severity": "info",
            "message": (
                f"no speaker named: the roles of {len(drafts)} turns, each marked as a new "
                "voice, inferred as two voices taking turns, "
                + ("the second" if side else "the first")
                + " asking"
            ),
        }
    ]


# ---------------------------------------------------------------- topic questions

MIN_TOPIC_QUESTIONS = 3
_INTRO_WORDS = 30  # (an "On ...:" line is a question's gist, not a paragraph)
# the words a club's or a ministry's staff open a question's gist with, when they print
# it for the reporter's question ("On his fourth-quarter interception:", "Zur Verletzung
# von ...:", "Sobre el próximo partido:", "Sur son avenir :")
_TOPIC_OPENERS = frozenset(
    "on about regarding re über zu zum zur zu den sobre sur su sul sulla sullo sui sugli "
    "sulle over om o об про".split()
)
_QUOTE_OPENERS = '"“«„‘'


def _intro(p: Para, source: str, quoted_next: bool) -> tuple[Para, Para | None] | None:
    """``p``'s first line as an intro ending in a colon ("On whether ...:", "Opening
    statement:") and the quoted answer under it in the same paragraph, if any; None where
    ``p`` opens with no such line or no quote follows it (in ``p``, or in the next
    paragraph: ``quoted_next``)."""
    nl = source.find("\n", p.start, p.end)
    end = nl if nl >= 0 else p.end
    head = source[p.start : end].rstrip()
    if head[-1:] not in (":", "：") or len(head.split()) > _INTRO_WORDS:
        return None
    if nl < 0:
        return (p, None) if quoted_next else None
    k = nl + 1
    while k < p.end and source[k] in " \t":
        k += 1
    body = p.text[len(head) :].lstrip()
    if source[k : k + 1] not in _QUOTE_OPENERS or body[:1] not in _QUOTE_OPENERS:
        return None
    return Para(head, p.start, p.start + len(head)), Para(body, k, p.end)


_HEADING_WORDS = 8


def _name_heading(p: Para, source: str) -> bool:
    """``p`` is a line that names a speaker ("Head Coach Ann Lee", "Quarterback Tom Roe")."""
    return (
        len(p.text.split()) <= _HEADING_WORDS
        and source.find("\n", p.start, p.end) < 0
        and plausible_name(p.text) == 2
    )


def _topic(head: str) -> bool:
    words = head.split(None, 2)
    return bool(words) and words[0].casefold() in _TOPIC_OPENERS and len(words) > 1


def infer_topic_questions(
    paras: list[Para], source: str
) -> tuple[list[TurnDraft], set[int], list[dict[str, Any]], list[Para]]:
    """Turns of a press conference printed by a team's or an office's staff with no labels:
    each reporter's question given as its gist, a line opening "On ..." (or its word in
    another language: "Zur ...", "Sobre ...") and ending with a colon, each answer a quoted
    paragraph under it ("On his interception:" / '"Bad decision. ..."'). Taken where at
    least :data:`MIN_TOPIC_QUESTIONS` such lines each have a quoted answer under them. The
    gists are the interviewer's turns, the quotes the interviewee's; another intro line
    over a quote ("Opening statement:") is a heading, its quote an answer; a paragraph
    neither quoted nor an intro (a speaker's name over his answers, "ADVERTISEMENT") ends
    the answer and stays out. Returns as :func:`infer_bold_questions` does, and the intro
    lines that are headings (the page's, not a turn's)."""
    items: list[tuple[str, Para]] = []
    for i, p in enumerate(paras):
        nxt = i + 1 < len(paras) and paras[i + 1].text[:1] in _QUOTE_OPENERS
        split = _intro(p, source, nxt)
        if split is not None:
            head, body = split
            items.append(("topic" if _topic(head.text) else "intro", head))
            if body is not None:
                items.append(("quote", body))
        elif p.text[:1] in _QUOTE_OPENERS:
            items.append(("quote", p))
        else:
            items.append(("other", p))
    asks = sum(1 for (k, _), (n, _) in pairwise(items) if k == "topic" and n == "quote")
    if asks < MIN_TOPIC_QUESTIONS:
        return [], set(), [], []
    drafts: list[TurnDraft] = []
    used: set[int] = set()
    heads: list[Para] = []
    answer: list[Para] = []
    taking = False

    speaker: str | None = None  # (the name over the answers: "Head Coach Ann Lee")

    def add(role: str, ps: list[Para]) -> None:
        who = speaker if role == "interviewee" else None
        d = TurnDraft(label=None, label_kind="", label_name=who, label_start=ps[0].start)
        d.role = role
        d.paras = list(ps)
        d.start, d.end = ps[0].start, ps[-1].end
        drafts.append(d)

    def close_answer() -> None:
        if answer:
            strip_quotes(answer)
            add("interviewee", answer)
            answer.clear()

    for n, (kind, p) in enumerate(items):
        if kind == "quote":
            if taking:
                answer.append(p)
                used.add(p.start)
            continue
        close_answer()
        taking = kind != "other"
        if (
            kind == "other"
            and n + 1 < len(items)
            and items[n + 1][0] != "quote"
            and _name_heading(p, source)
        ):
            speaker = p.text  # (a speaker's section: his name over the questions put to him)
        if kind == "topic":
            add("interviewer", [p])
            used.add(p.start)
        elif kind == "intro":
            heads.append(p)
            used.add(p.start)
    close_answer()
    diag = {
        "code": "alternation-inferred",
        "severity": "info",
        "message": (
            f"no speaker labels: {len(drafts)} turns read from {asks} questions given as "
            "their gist ('On ...:') and the quoted answers under them"
        ),
    }
    return drafts, used, [diag], heads


# ---------------------------------------------------------------- marked questions

#: the label styles whose mark is a question's ("Q:", "P.", "――")
_ASK_MARKS = frozenset(("qa", "dashq"))
_ANSWER_NAMES = frozenset(("a", "r", "answer", "respuesta", "antwort", "réponse", "resposta"))


# the quotation marks an answer printed in quotes opens and closes with (Japanese, Chinese,
# European and typewriter forms)
_ANSWER_QUOTES = frozenset('「『“„«"')
_ANSWER_CLOSES = frozenset('」』”“»"')
# a news page's subheading inside the answers, a bullet before a few words with no
# sentence's end: "■北条監督の話" (the manager's words), "■ 감독 일문일답"
_SUBHEAD_MARKS = frozenset("■◆●◇□▼▽★☆")
_SUBHEAD_CHARS = 40
_SUBHEAD_END = lazy(r"[.?!。？！:：]\s*$")
# such a heading that says whose words follow: the name, a word of what the person is,
# then "の話" (the words of), "の談話", "のコメント": "■北条監督の話" -> "北条"
_SUBHEAD_WORDS_OF = lazy(
    r"[■◆●◇□▼▽★☆][ 　]*([\u4e00-\u9fff々]{1,3}(?:[ 　]?[\u4e00-\u9fff々]{1,3})??)"
    r"(?:さん|氏|投手|選手|捕手|内野手|外野手|騎手|監督|主将|コーチ|棋士|教授|社長|会長)"
    r"の(?:話|談話|コメント)[ 　]*$"
)


def _asked(paras: list[Para], k: int) -> bool:
    """The first ``k`` paragraphs ask (the last ends in a question mark), or the paragraph
    after them is a quoted answer that the paragraph's end closes."""
    if _QUESTION_END.search(paras[k - 1].text):
        return True
    answer = paras[k].text.rstrip()
    return answer[:1] in _ANSWER_QUOTES and answer[-1:] in _ANSWER_CLOSES


def _subhead_split(source: str, paras: list[Para]) -> tuple[int, Para, Para | None] | None:
    """The first paragraph of ``paras`` that opens with a bulleted subheading on a line of
    its own: its index, the heading, and what of the paragraph follows it (None if
    nothing). The words under such a heading are another speaker's, the one it names."""
    for n, p in enumerate(paras):
        if p.text[:1] not in _SUBHEAD_MARKS:
            continue
        nl = source.find("\n", p.start, p.end)
        line_end = nl if nl >= 0 else p.end
        head = source[p.start : line_end].strip()
        if len(head) > _SUBHEAD_CHARS or _SUBHEAD_END.search(head) or not p.text.startswith(head):
            continue
        rest = p.text[len(head) :].lstrip()
        after = Para(rest, nl + 1, p.end) if nl >= 0 and rest else None
        return n, Para(head, p.start, line_end), after
    return None


def infer_marked_answers(
    drafts: list[TurnDraft], source: str
) -> tuple[list[TurnDraft], list[dict[str, Any]], list[Para]]:
    """Interviews whose questions alone are marked ("Q: Why?" or "――なぜ？", then the
    answer's paragraphs with no label): read as labels alone, every answer is the
    question's. Where the only labelled speaker is a question mark and at least two of its
    turns go on past their question (the first paragraph, or the first two when the
    second ends the question), the paragraphs after the question are an unlabelled
    answer's turn (role interviewee), and a diagnostic says so. Most of those questions
    must end in a question mark (or their answers be quoted), and most marked turns go on
    so (a document of one speaker's paragraphs is no interview). A bulleted subheading
    among an answer's paragraphs ("■北条監督の話") ends it: the heading is the page's
    (returned), the paragraphs under it another interviewee's turn."""
    name = None
    marked = 0
    for d in drafts:  # (one speaker only: most documents differ at their second turn)
        if d.label_name is None:
            continue
        if d.label_kind not in _ASK_MARKS or (name is not None and d.label_name != name):
            return drafts, [], []
        name = d.label_name
        marked += 1
    if name is None or name.casefold() in _ANSWER_NAMES:
        return drafts, [], []
    cuts: list[tuple[TurnDraft, int]] = []
    for d in drafts:
        paras = d.paragraphs(source)
        if len(paras) < 2:
            continue
        k = 2 if len(paras) > 2 and not _QUESTION_END.search(paras[0].text) else 1
        if k == 2 and not _QUESTION_END.search(paras[1].text):
            k = 1
        cuts.append((d, k))
    # (the marked turns ask: most of their questions end in a question mark, or their
    # answers are quoted, as a sports paper prints a player's words after a reporter's
    # remark, "――初完封でした。" / "「ありがとうございます」")
    asking = sum(1 for d, k in cuts if _asked(d.paragraphs(source), k))
    # (and most questions are answered: a few marked turns of several paragraphs among
    # many of one are one speaker's)
    if asking < 2 or 2 * asking < len(cuts) or 3 * len(cuts) < 2 * marked:
        return drafts, [], []
    at = {id(d): k for d, k in cuts}
    out: list[TurnDraft] = []
    heads: list[Para] = []
    for d in drafts:
        cut = at.get(id(d))
        if cut is None:
            out.append(d)
            continue
        paras = d.paragraphs(source)
        ask, answer = paras[:cut], paras[cut:]
        notes = list(d.annotations)
        d.paras = ask
        d.end = ask[-1].end
        d.annotations = [n for n in notes if n["b"] <= d.end] or ()
        out.append(d)
        who: str | None = None  # (the answer's speaker a subheading over it names)
        while answer:
            split = _subhead_split(source, answer)
            pieces = answer if split is None else answer[: split[0]]
            said = who
            if split is not None:
                heads.append(split[1])
                answer = ([split[2]] if split[2] else []) + answer[split[0] + 1 :]
                m = _SUBHEAD_WORDS_OF.match(split[1].text)
                who = m.group(1) if m is not None else None
            else:
                answer = []
            if not pieces:
                continue
            a = TurnDraft(label=None, label_kind="", label_name=said, label_start=pieces[0].start)
            a.role = "interviewee"
            a.paras = pieces
            a.start, a.end = pieces[0].start, pieces[-1].end
            a.annotations = [n for n in notes if a.start <= n["a"] < a.end] or ()
            out.append(a)
    diag = {
        "code": "alternation-inferred",
        "severity": "info",
        "message": (f"{len(cuts)} unlabelled answers read after the questions marked {name!r}"),
    }
    return out, [diag], heads


# ---------------------------------------------------------------- answers after a dash

# a witness's answer run on after counsel's question, three hyphens between, as Australian
# courts and tribunals print an examination ("... dated 12 October?---Yes, I have.")
_DASH_ANSWER = lazy(r"(?<=[?.!)\"'’”])---(?=[^\s\-])")
MIN_DASH_ANSWERS = 2  # (the document's convention: a single one may be a writer's dash)
_DASH_LOOK = 200_000


def infer_dash_answers(
    drafts: list[TurnDraft], source: str
) -> tuple[list[TurnDraft], list[dict[str, Any]]]:
    """Questions and answers run together in one paragraph, "?---" between them: each
    paragraph of a labelled turn holding one is the asker's question, then an unlabelled
    answer's turn (role interviewee); a paragraph of the same turn after it, a question
    again, is the asker's once more (the one label covers the examination's paragraphs)."""
    # (a record that runs answers on so does it from its first examination: its head is
    # looked at, not the whole of a big document)
    if source.find("?---", 0, _DASH_LOOK) < 0:
        return drafts, []
    from ..people.roles import label_role  # (roles needs nothing of this module)

    # the answers are the witness's where a label names the witness by role ("THE
    # WITNESS:", as the same record labels answers given apart)
    witness = {
        d.label_name
        for d in drafts
        if d.label_name is not None and label_role(d.label_name.casefold()) == "interviewee"
    }
    answerer = witness.pop() if len(witness) == 1 else None
    found = 0
    out: list[TurnDraft] = []
    for d in drafts:
        if d.label_name is None or d.role is not None:
            out.append(d)
            continue
        paras = d.paragraphs(source)
        cuts = [_DASH_ANSWER.search(source, p.start, p.end) for p in paras]
        if not any(cuts):
            out.append(d)
            continue
        notes = list(d.annotations)
        pieces: list[tuple[bool, list[Para]]] = []  # (an answer?, its paragraphs)
        for p, m in zip(paras, cuts, strict=True):
            k = p.text.find("---") if m is not None else -1
            if m is None or k <= 0:
                if pieces and not pieces[-1][0]:
                    pieces[-1][1].append(p)
                else:
                    pieces.append((False, [p]))
                continue
            found += 1
            ask = Para(p.text[:k].rstrip(), p.start, m.start())
            answer = Para(p.text[k + 3 :].lstrip(), m.end(), p.end)
            if pieces and not pieces[-1][0]:
                pieces[-1][1].append(ask)
            else:
                pieces.append((False, [ask]))
            pieces.append((True, [answer]))
        for n, (is_answer, ps) in enumerate(pieces):
            if n == 0:
                t = d
            else:
                t = TurnDraft(label=None, label_kind="", label_start=ps[0].start)
                t.label_name = answerer if is_answer else d.label_name
                t.role = "interviewee" if is_answer else None
            t.paras = ps
            t.start, t.end = (ps[0].start if n else t.start), ps[-1].end
            t.annotations = [a for a in notes if t.start <= a["a"] and a["b"] <= t.end] or ()
            out.append(t)
    if found < MIN_DASH_ANSWERS:
        return drafts, []
    diag = {
        "code": "alternation-inferred",
        "severity": "info",
        "message": f"{found} answers read after the questions they follow ('?---')",
    }
    return out, [diag]


# ---------------------------------------------------------------- numbered pleadings

# a paragraph's number before its text, as a court's verbatim record numbers a pleading's
# paragraphs ("1. Madame la présidente, ...", "2. La Partie adverse ...")
_PARA_NUMBER = lazy(r"(\d{1,3})\.[ \t]+(?=\S)")
MIN_NUMBERED_TURNS = 2
_LOOK_TURNS = 200


def drop_paragraph_numbers(drafts: list[TurnDraft], source: str) -> list[dict[str, Any]]:
    """Pleadings whose paragraphs are numbered (an international court's record: each
    counsel's speech "1. ...", "2. ...", a section's heading in capitals over the first):
    where at least :data:`MIN_NUMBERED_TURNS` labelled turns open their speech with "1.",
    the numbers are the record's marks, not speech, and a heading over the first
    paragraph is an annotation. Works on the drafts in place; returns the annotations'
    count as a diagnostic, if any."""
    # (cheap: a turn's first character, without making its paragraphs; and the first
    # turns only, unless two of them are numbered: a court's record numbers its first
    # pleadings, and a big document of other turns is not read twice)
    first = [d for d in drafts[:_LOOK_TURNS] if _opens_numbered(d, source)]
    if not first:
        return []
    opens = first + [d for d in drafts[_LOOK_TURNS:] if _opens_numbered(d, source)]
    found: list[tuple[TurnDraft, int, bool]] = []  # (a turn, its heading's count, numbered?)
    for d in opens:
        paras = d.paragraphs(source)
        k = 1 if len(paras) > 1 and _heading(paras[0].text) else 0
        found.append((d, k, paras[k].text.startswith("1. ")))
    # (the numbers are marks where two speeches or more are numbered; a heading in
    # capitals over a speech, its roman numeral first, is the record's wherever it is)
    numbered = [(d, k) for d, k, one in found if one] if sum(f[2] for f in found) >= 2 else []
    headed = [d for d, k, _one in found if k]
    if not numbered and not headed:
        return []
    for d in headed:
        paras = d.paragraphs(source)
        head = paras[0]
        notes = list(d.annotations)
        notes.append({"kind": "heading", "text": head.text, "a": head.start, "b": head.end})
        d.annotations = notes
        d.paras = paras[1:]
    for d, _k in numbered:
        expect = 1
        for p in d.paragraphs(source):
            m = _PARA_NUMBER.match(p.text)
            if m is None or int(m.group(1)) != expect:
                continue
            p.trim(m.end(), 0)
            expect += 1
    return [
        {
            "code": "paragraph-numbers",
            "severity": "info",
            "message": (
                f"the paragraph numbers of {len(numbered)} numbered speeches read as marks, "
                f"{len(headed)} headings over a speech as annotations"
            ),
        }
    ]


_ROMAN = frozenset("IVX")


def _opens_numbered(d: TurnDraft, source: str) -> bool:
    """A labelled turn whose speech opens with "1." or with a section's roman numeral."""
    if d.label is None:
        return False
    c = d.first_char(source)
    if c == "1":
        return True
    if not c or c not in "IVX":
        return False
    a = d.label_start + d.para_at
    text = d.paras[0].text[:8] if d.paras else source[a : min(a + 8, d.end)]
    k = 0
    while k < 4 and text[k : k + 1] in _ROMAN:
        k += 1
    return text[k : k + 2] == ". "  # (no pattern compiled for it: most turns are no such)


_HEADING_CHARS = 120


def _heading(text: str) -> bool:
    """A section's heading in capitals ("I. LA LIGNE D'ÉQUIDISTANCE PROVISOIRE")."""
    return len(text) <= _HEADING_CHARS and text.isupper() and not text.endswith((".", ":"))
