"""Page furniture: what surrounds the conversation and is not speech.

Front matter (site name, date, headline, standfirst, intro sentence, YAML), back
matter (newsletter prompts, related-article lists, player controls) and page
furniture inside the conversation (page headers, line numbers, log metadata) become
typed blocks. Nothing is dropped: each such line ends up in exactly one block.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from .._regex import lazy
from .build import EMPHASIS, Para, TurnDraft, line_head, take_annotations
from .lexer import LineToken, Scan
from .styles import parse_time
from .widgets import is_widget_line

# The furniture of a site around an article, a line at a time, by the case-folded words it is
# or opens with: sets and a tuple of openers, not one case-blind alternation of a hundred
# phrases (it cost about 3 ms to compile in every process that reads a page).
_FURNITURE_LINES = frozenset(
    (
        "newsletter|newsletters|related|related articles|related stories|related content|"
        "related posts|related coverage|related video|related videos|share|share this|"
        "share this article|share this story|advertisement|sponsored|sponsored content|"
        "close|×|x|✕|menu|search|home|top stories|trending|trending now|most read|"
        "most popular|most viewed|recommended|recommended for you|you may also like|"
        "you might also like|don't miss|latest|latest news|all rights reserved|"
        "all rights reserved.|privacy policy|terms of use|terms of service|back to top|"
        "skip to content|skip to main content|watch|watch now|watch live|listen|listen now|"
        "play|pause|mute|unmute|fullscreen|full screen|next|previous|print|email|facebook|"
        "twitter|x (twitter)|linkedin|whatsapp|reddit|telegram|copy link"
    ).split("|")
)
# a line that opens with one of these, then a word's end ("Subscribe to ...", "Photo: AP")
_FURNITURE_OPENERS = tuple(
    (
        "subscribe|sign up|read more|more from|more on this|comment|comments|follow us|"
        "copyright|cookie|click here|music|produced by|producer|transcribed by|transcription|"
        "edited by|editor|credit|credits|photograph|photo|image|illustration|source|"
        "originally published|this transcript|transcript by|transcript edited|previous post|"
        # (a transcript's own note on how it was made, "Transcript auto-generated; edited
        # for clarity by ...", and a transcription tool's line under its export:
        # "Automatically convert your audio files to text with ...")
        "transcript auto-generated|transcript automatically generated|"
        "transcripción generada automáticamente|transcription générée automatiquement|"
        "transcrição gerada automaticamente|trascrizione generata automaticamente|"
        "automatisch erstelltes transkript|"
        "automatically convert your audio|"
        # (a call's or a hearing's transcriber's notice under the last turn: "Este documento
        # é uma transcrição produzida por ...")
        "este documento é uma transcrição|esta transcrição|este documento es una transcripción|"
        "esta transcripción|ce document est une transcription|cette transcription|"
        "dieses dokument ist eine abschrift|dieses transkript|questo documento è una trascrizione|"
        "questa trascrizione|"
        "next post|posted by|posted in|"
        # (a newsletter platform's sign-up box and paywall in the languages it serves:
        # "Iscriviti a Fuori Campo", "Questo post è per abbonati paganti.")
        "iscriviti|abbonati|suscríbete|suscribirse|abonnez-vous|s'abonner|abonnieren|"
        "jetzt abonnieren|inscreva-se|assine|this post is for paid subscribers|"
        "this post is for paying subscribers|keep reading with a|questo post è per abbonati|"
        "este post es para suscriptores|ce post est réservé aux abonnés|"
        "dieser beitrag ist für zahlende abonnenten|este post é para assinantes|"
        # the same in other languages: site footers and links around an article
        "lee también|te puede interesar|más noticias|publicidad|lire aussi|à lire aussi|"
        "publicité|mehr zum thema|auch interessant|anzeige|werbung|leggi anche|pubblicità|"
        "опубликован|дата публикации|ссылка на материал|читайте также|"
        "todos los derechos|tous droits|alle rechte|tutti i diritti|"
        # ("all rights reserved" where the line opens with it, the © after: "جميع الحقوق
        # محفوظة © 2026 ...", "Tüm hakları saklıdır © ...")
        "todos os direitos|tüm hakları saklıdır|her hakkı saklıdır|все права защищены|"
        "всі права захищені|wszelkie prawa zastrzeżone|alle rechten voorbehouden|"
        "alle rettigheter|جميع الحقوق محفوظة|كل الحقوق محفوظة|כל הזכויות שמורות|"
        "सर्वाधिकार सुरक्षित|hak cipta dilindungi|"
        # (who made the transcript from a recording: "Transcribed from the meeting video by")
        "transcribed from|"
        # who took the words down, under the last answer ("Propos recueillis à Lyon.",
        # "Entretien réalisé par ...", "Das Gespräch führte ...")
        "propos recueillis|entretien réalisé|das gespräch führte|entrevista realizada|"
        # "back to top" and "last updated"
        "til toppen|tilbake til toppen|till toppen|nach oben|zurück nach oben|volver arriba|"
        "haut de page|retour en haut|torna su|voltar ao topo|do góry|наверх|"
        "last updated|sist oppdatert|senast uppdaterad|zuletzt aktualisiert|"
        "última actualización|dernière mise à jour|ultimo aggiornamento|última atualização"
    ).split("|")
) + tuple(  # "This interview has been lightly edited", "The conversation was condensed"
    f"{the} {what} {was} {lightly}{done}"
    for the in ("this", "the")
    for what in ("interview", "conversation")
    for was in ("has been", "was")
    for lightly in ("", "lightly ")
    for done in ("edited", "condensed")
)
# ... and these, whatever follows (a symbol, or words of a script written without spaces)
_FURNITURE_PREFIXES = (
    "©",
    "分享到",
    "【打印本页】",
    "【关闭窗口】",
    "版权所有",
    "转载",
    "相关新闻",
    "責任編輯",
    "责任编辑",
)
# (matched to the case-folded line: a player's clock "0:00 / 3:45", a time "10:30 a.m. EST",
# "Share on X", "Loading...", "Tags: ...")
_FURNITURE_FORMS = lazy(
    r"\d{1,2}:\d{2}(?::\d{2})?(?: / \d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?:end\s+)?\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[a-z]{2,4})?"
    r"|share on \w+|loading\.*|tags?:.*|topics?:.*"
)


def is_boilerplate(line: str) -> bool:
    """``line`` (stripped) is a site's furniture by its words: "Newsletter", "Read more ...",
    "© 2025 ...", "Última actualización ...", "0:00 / 3:45"."""
    f = line.casefold()
    if f in _FURNITURE_LINES or f.startswith(_FURNITURE_PREFIXES):
        return True
    if f.startswith(_FURNITURE_OPENERS):
        for opener in _FURNITURE_OPENERS:
            if f.startswith(opener):
                after = f[len(opener) : len(opener) + 1]
                if not after or not (after.isalnum() or after == "_"):
                    return True
    return _FURNITURE_FORMS.fullmatch(f) is not None


# a legal footer ends the page: what follows it is page furniture too
_FOOTER = lazy(
    r"(?i)^(?:copyright\b|©|all rights reserved|todos los derechos|tous droits|alle rechte|"
    r"tutti i diritti|版权所有|"
    # (a transcription tool's advertisement closes its export: "Automatically convert your
    # audio files to text with ...", then more of it)
    r"automatically convert your audio)"
)
_TIME_OF_DAY = lazy(r"(?i)^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?$")
# Dates as sites print them: "Tuesday, Jun 03, 2025", "June 3, 2025", "3 June 2025",
# "Jun. 3, 2025", "2025-06-03", "06/03/2025". One pattern of our own, not strptime: its
# month names follow the process's locale (a German locale reads no "June"), and each of
# its formats compiles a pattern of its own the first time it is tried.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sep sept",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
_DATE = lazy(
    r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? )?"
    r"(?:(?P<mon>[A-Za-z]{3,9})\.? (?P<d>\d{1,2}),? (?P<y>\d{4})"
    r"|(?P<d2>\d{1,2}) (?P<mon2>[A-Za-z]{3,9}) (?P<y2>\d{4}))"
    r"|(?P<m3>\d{1,2})/(?P<d3>\d{1,2})/(?P<y3>\d{4})"
)
_ISO_DATE = lazy(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
# (the Armenian full stop "։" and the Devanagari danda "।" end sentences too)
# (and Urdu's full stop, the Arabic question mark, Ethiopic's full stop and question mark)
_SENTENCE_END = lazy(r"""[.?!…"”’:;,)\]։।。？！۔؟።፧]\s*$""")
_INTRO_VERBS = lazy(
    r"(?i)\b(?:spoke|speaks|speaking|talked|talks|talking|interview\w*|sat down|sits down|"
    r"asked|joins|joined|joining|conversation|spoke exclusively|met|meets|in discussion)\b"
)


def parse_date(s: str) -> str | None:
    """An ISO 8601 date from a line such as ``Tuesday, Jun 03, 2025`` (see _DATE), or from
    an ISO date that opens it ("2025-06-03T10:00")."""
    s = " ".join(s.strip().strip("'\"").split())
    if not s or len(s) > 40:
        return None
    ymd: tuple[str, ...]
    m = _DATE.fullmatch(s)
    if m is not None:
        if m.group("y3"):
            ymd = (m.group("y3"), m.group("m3"), m.group("d3"))
        else:
            month = _MONTHS.get((m.group("mon") or m.group("mon2")).casefold())
            if month is None:
                return None
            ymd = (m.group("y") or m.group("y2"), str(month), m.group("d") or m.group("d2"))
    else:
        m = _ISO_DATE.match(s)
        if m is None:
            return None
        ymd = m.groups()
    try:
        return date(*map(int, ymd)).isoformat()
    except ValueError:  # (no such day: "February 30, 2025")
        return None


def is_headline(line: str) -> bool:
    """A short line in title case with no closing punctuation: a headline or link text."""
    words = line.split()
    if not 2 <= len(words) <= 24 or len(line) > 160:
        return False
    if line.rstrip().endswith((".", "?", "!")) and not line.rstrip().endswith("..."):
        return False
    long_words = [w.strip("\"“”'‘’:,|()") for w in words if len(w.strip("\"“”'‘’:,|()")) >= 4]
    if not long_words:
        return False
    caps = sum(1 for w in long_words if w[:1].isupper() or w[:1].isdigit())
    return caps >= 0.6 * len(long_words)


_LINKS_ONLY = lazy(r"^(?:[\s|·•]*\[[^\]]*\]\([^)]*\))+[\s|·•]*$")
_PROMPT = lazy(
    r"(?i)\b(?:subscribe|sign up|newsletter|follow us|share this|read more|"
    r"all rights reserved|cookie"
    # (the footer's rights in other languages: "... · Todos los derechos reservados")
    r"|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten"
    r"|tutti i diritti riservati|todos os direitos reservados|wszelkie prawa zastrzeżone"
    r"|все права защищены)\b"
)


# a pager: page numbers, a "next" or "previous" word with its arrow ("1 2 3 次へ＞",
# "« Précédent 1 | 2 | 3 Suivant »", "1 2 3 4 Next ›")
_PAGER = lazy(
    r"(?:(?:[<＜«‹←][ \t\u3000]*\S{0,10}|\S{0,10}[ \t\u3000]*[<＜«‹←])[ \t\u3000]*)?"
    r"\d{1,3}(?:[ \t\u3000|｜·・]+\d{1,3})+"
    r"(?:[ \t\u3000]*(?:\S{0,10}[ \t\u3000]*[>＞»›→]|[>＞»›→][ \t\u3000]*\S{0,10}))?"
)


def furniture_line(line: str) -> bool:
    """Site furniture: navigation, prompts, player controls, tags, credits, link lists."""
    s = line.strip().strip("*_").strip()
    if is_boilerplate(s) or len(s) <= 2 or _LINKS_ONLY.match(s):
        return True
    if is_widget_line(s):  # (share, tags, related links... in other languages)
        return True
    key = s.find(":", 1, 24)
    if key > 0 and " " not in s[:key].strip() and is_boilerplate(s[key + 1 :].strip()):
        return True  # "Note: This transcript has been edited ...": a key before the furniture
    if " / " in s and _link_row(s):
        return True
    # (a pager opens with a number or an arrow, or ends with one)
    if (s[0].isdecimal() or s[0] in "<＜«‹←" or s[-1] in ">＞»›→") and _PAGER.fullmatch(s):
        return True
    if len(s) < _FOLLOW_LINE_CHARS and "Google News" in s and s[-1] not in ".?!":
        return True  # ("Google News'te ... takip edin", "Síguenos en Google News": a prompt)
    return len(s) < 100 and _PROMPT.search(s) is not None


_FOLLOW_LINE_CHARS = 80


_LINK_CELL_CHARS = 30  # (a link's text in a row of links is short)


def _link_row(s: str) -> bool:
    """A bilingual page's row of links, each in two languages ("Rhannu / Share | Argraffu /
    Print", "Partager / Delen"): short cells split by slashes (and bars), one of them a
    widget's or a site's keyword. (A row of one language's links is left to the tail's
    other tests, which look at the whole run.)"""
    cells = [c.strip() for row in s.split("|") for c in row.split(" / ")]
    if len(cells) < 2 or any(
        len(c) > _LINK_CELL_CHARS or c.endswith((".", "?", "!")) for c in cells
    ):
        return False
    return any(c and (is_boilerplate(c) or is_widget_line(c)) for c in cells)


#: label styles of speech-to-text exports: a block per turn, its speech one paragraph
_BLOCK_EXPORTS = frozenset({"timename"})


def _block_export_cut(
    drafts: list[TurnDraft], text: str, lines: list[tuple[int, int]]
) -> int | None:
    """In a speech-to-text export (a time and a speaker over each block), every turn's
    speech is one paragraph: what follows the last turn's first paragraph is the export's
    closing note ("Transcription ended at 00:02:36", a disclaimer)."""
    if len(drafts) < 4 or drafts[-1].label_kind not in _BLOCK_EXPORTS:
        return None
    if any(
        d.label_kind != drafts[-1].label_kind or len(d.paragraphs(text)) > 1 for d in drafts[-6:-1]
    ):
        return None
    first = drafts[-1].paragraphs(text)[0]
    for k, (a, _b) in enumerate(lines):
        if a >= first.end:
            return k
    return None


_ONE_PARAGRAPH_TURNS = 8  # (the turns before the last looked at: a dozen at most)
_CLOSING_NOTE_CHARS = 300
_TURNS_APART = 1


def _one_paragraph_turns_cut(
    drafts: list[TurnDraft], text: str, lines: list[tuple[int, int]], cut: int | None
) -> int | None:
    """Where every turn is one paragraph, the turns line after line (a press conference's
    or a show's transcript on a news page), a short paragraph set apart by a blank line
    after the last turn's is the page's closing note ("El
    RCD Almenara recibe al CD Sotoverde este domingo ...", "Programın tamamını ...
    izleyebilirsiniz.", "Text us on 51500 ..."), not the last speaker's words. ``cut``:
    where the tail's furniture was found to start, if it was (the note is above it)."""
    if len(drafts) <= _ONE_PARAGRAPH_TURNS:
        return None
    # (and the turns follow one another with no blank line between: the blank line
    # before the note is the page's, where a record that sets its turns apart with blank
    # lines may give a speaker a second paragraph)
    recent = drafts[-_ONE_PARAGRAPH_TURNS - 1 :]
    apart = 0  # (the turns set apart: a break's note, "(Reklam arası)", may stand between)
    for d, nxt in pairwise(recent):
        if d.paras is not None and len(d.paras) != 1:
            return None
        apart += text.find("\n\n", d.end, nxt.label_start) >= 0
    if apart > _TURNS_APART:
        return None
    paras = drafts[-1].paragraphs(text)
    if cut is not None:
        paras = [p for p in paras if p.start < lines[cut][0]]
    if not 2 <= len(paras) <= 3 or not _SENTENCE_END.search(paras[0].text):
        return None
    if any(len(p.text) > _CLOSING_NOTE_CHARS for p in paras[1:]):
        return None
    for k, (a, _b) in enumerate(lines):
        if a >= paras[1].start:
            return k
    return None


_NOTE_LINES = 2
_CLOSING_RULE = " \t\r\n_-=─━*~"


def _note_over_furniture(
    paras: list[Para], lines: list[tuple[int, int]], cut: int, text: str, held_at: set[int]
) -> int:
    """The page's note set right over the furniture the tail opens with, no blank line
    between ("Text us on 51500 ..." over "Related: ...", "Видеозапись брифинга доступна на
    YouTube-канале СЦК." over a photo's credit): a line or two, in a later paragraph than
    the turn's first, are the tail's too."""
    at = lines[cut][0] if cut < len(lines) else len(text)
    k = max((k for k, p in enumerate(paras) if p.start < at), default=0)
    if k == 0:
        return cut
    p = paras[k]
    # (the cut inside it, or a line of furniture of its own right under it)
    if not (p.end > at or (text[p.end : p.end + 1] == "\n" and p.end + 1 in held_at)):
        return cut
    first = cut
    while first > 0 and lines[first - 1][0] >= p.start:
        first -= 1
    return first if cut - first <= _NOTE_LINES else cut


def split_back_matter(drafts: list[TurnDraft], scan: Scan, held_at: set[int]) -> list[Para]:
    """Cut page furniture off the end of the last turn and return it as paragraphs.

    ``held_at``: where the tokens other than speech start, from the last turn's first
    line on (see :func:`tail_token_starts`).

    A wrapping quote that closed before the end marks where the speech ended; failing
    that, a trailing run of furniture lines (keywords, player controls, headline
    lists) is cut when it holds a keyword or at least three headline-like lines.
    """
    if not drafts:
        return []
    last = drafts[-1]
    text = scan.text
    paras = last.paragraphs(text)
    if len(paras) < 1:
        return []
    # Work on source lines of the last turn's paragraphs.
    lines: list[tuple[int, int]] = []
    for p in paras:
        i = scan.line_of(p.start)
        j = scan.line_of(max(p.start, p.end - 1))
        for k in range(i, j + 1):
            a = max(scan.content[k], p.start) if k == i else scan.content[k]
            b = min(scan.ends[k], p.end) if k == j else scan.ends[k]
            if text[a:b].strip():
                lines.append((a, b))
    if len(lines) < 2:
        return []
    cut = _quote_close_cut(text, lines)
    if cut is None:
        cut = _keyword_cut(text, lines)
    if cut is None:
        cut = _held_end_mark_cut(text, lines, held_at)
    if cut is None:
        cut = _closed_sitting_cut(text, lines)
    if cut is None:
        cut = _trailing_run_cut(text, lines)
    if cut is None:
        cut = _index_cut(text, lines)
    if cut is None:
        cut = _page_tail_cut(scan, lines)
    if cut is None:
        cut = _ruled_tail_cut(scan, lines)
    if cut is None:
        cut = _seal_signature_cut(text, lines)
    if cut is None:
        cut = _signed_offices_cut(text, lines)
    if cut is None:
        cut = _footed_paragraph_cut(scan, lines)
    elif 0 < cut < len(lines) and _FOOTER.match(text[lines[cut][0] : lines[cut][1]].strip()):
        # a legal footer: the page lines and notes just before it are the page's tail too
        # ("Signed for the council, ...", "These minutes are also available as a PDF.")
        tail = _page_tail_cut(scan, lines[: cut + 1])
        cut = tail if tail is not None and tail < cut else cut
    if cut is None:
        cut = _running_footer_cut(text, paras, lines)
    if cut is None:
        cut = _block_export_cut(drafts, text, lines)
    if cut is None or 0 < cut < len(lines):
        early = _one_paragraph_turns_cut(drafts, text, lines, cut)
        cut = early if early is not None else cut
    if cut is not None and 0 < cut < len(lines):
        cut = _note_over_furniture(paras, lines, cut, text, held_at)
    elif cut is None and len(paras) > 1 and not text[paras[-1].end :].strip(_CLOSING_RULE):
        # (the record's closing note over the rule that ends it: "L'audience est levée à
        # 13 h 02." then "___________")
        cut = _note_over_furniture(paras, lines, len(lines), text, held_at)
    if cut is None or cut <= 0 or cut >= len(lines):
        return []
    first_cut = lines[cut][0]
    kept: list[Para] = []
    removed: list[Para] = []
    for p in paras:
        if p.end <= first_cut:
            kept.append(p)
        elif p.start >= first_cut:
            removed.append(p)
        else:
            # the paragraph runs into the furniture: its text loses the cut lines too
            head = p.text
            stripped = False
            for a, b in reversed([ln for ln in lines[cut:] if first_cut <= ln[0] < p.end]):
                piece = _cut_piece(scan, a, b)  # (page furniture inside p is not in its text)
                stripped = bool(piece) and head.endswith(piece)
                if stripped:
                    head = head[: len(head) - len(piece)].rstrip()
            first_piece = _cut_piece(scan, *lines[cut])
            if not stripped and first_piece and first_piece in head:
                head = head[: head.rfind(first_piece)].rstrip()  # cut where the furniture begins
            kept.append(Para(head, p.start, lines[cut - 1][1]))
            removed.append(Para(p.text, first_cut, p.end))
    last.paras = kept
    old_end = last.end
    last.end = kept[-1].end if kept else last.end
    # player controls ("0:00") read as clock annotations belong to the back matter too
    moved = [a for a in last.annotations if a["a"] >= first_cut]
    if moved:
        last.annotations = [a for a in last.annotations if a["a"] < first_cut]
        if last.clock_timed:
            clocks = [a for a in last.annotations if a["kind"] == "time"]
            last.start_time = parse_time(clocks[0]["text"]) if clocks else None
        removed.extend(Para(text[a["a"] : a["b"]], a["a"], a["b"]) for a in moved)
    out = [Para(text[a:b].strip(), line_head(scan, a), b) for a, b in lines[cut:]]
    n_cut = len(out)
    out.extend(
        p
        for p in removed
        if p.start not in {q.start for q in out}
        and p.text.strip()
        and not any(q.start <= p.start < q.end for q in out)
    )
    # lines of the cut region that no paragraph held (punctuation-only lines were dropped
    # from the speech) are back matter too, unless another token already holds them
    held = {q.start for q in out} | held_at
    sweep_from = scan.line_of(last.end) + 1 if kept else scan.line_of(first_cut)
    for k in range(sweep_from, scan.line_of(max(first_cut, old_end - 1)) + 1):
        a, b = scan.content[k], scan.ends[k]
        if text[a:b].strip() and a not in held and line_head(scan, a) not in held:
            out.append(Para(text[a:b].strip(), line_head(scan, a), b))
    # (a line of the cut that a token of its own holds, "Tags: ..." read as metadata, is a
    # block already)
    tokens_at = {line_head(scan, h) for h in held_at}
    twice = {id(p) for p in out[:n_cut] if p.start in tokens_at}
    return sorted((p for p in out if id(p) not in twice), key=lambda p: p.start)


def _cut_piece(scan: Scan, a: int, b: int) -> str:
    """A cut line's text as a paragraph holds it (annotations out, emphasis undone)."""
    piece = take_annotations(scan.text, a, b, TurnDraft())
    if scan.markdown and ("**" in piece or "__" in piece):
        piece = EMPHASIS.sub(lambda m: m.group(1) or m.group(2), piece)
    return piece


def _quote_close_cut(text: str, lines: list[tuple[int, int]]) -> int | None:
    """Speech wrapped in quotes ends at the closing quote; unquoted lines after it are not speech."""
    first = text[lines[0][0] : lines[0][1]].strip()
    if not first or first[0] not in '"“':
        return None
    for idx, (a, b) in enumerate(lines[:-1]):
        s = text[a:b].rstrip()
        if s.endswith(('"', "”")) and (idx > 0 or len(s) > 1):
            nxt = text[lines[idx + 1][0] : lines[idx + 1][1]].strip()
            if nxt and nxt[0] in '"“':
                continue
            rest = [text[x:y].strip() for x, y in lines[idx + 1 :]]
            if all(furniture_line(r) or is_headline(r) or len(r) < 60 for r in rest[:3]):
                return idx + 1
    return None


# a meeting app's closing line under its transcript ("The meeting ended after 00:13:02 👋")
_MEETING_END = lazy(
    r"(?i)(?:the )?meeting ended after|a reunião terminou|la reuni[oó]n (?:terminó|finalizó)"
    r"|la réunion (?:s'est terminée|a pris fin)|(?:die besprechung|das meeting) (?:endete|wurde)"
    r"|la riunione è terminata"
    # (a record's note that the sitting closed, under the chair's last words: "SIDANG
    # DITUTUP PUKUL 13.58 WIB", "Судебное заседание закрыто в 11 час.", "The sitting
    # closed at 1.05 p.m.", "Se levanta la sesión a las 14:10")
    r"|\(?(?:sidang|rapat)(?: [\w-]+){0,2} ditutup\b|(?:судебное )?заседание закрыто\b"
    r"|(?:судове )?засідання закрито\b|\(?(?:the )?(?:sitting|hearing|house) (?:closed|rose) at\b"
    # (an Arab parliament's record: "رفعت الجلسة في الساعة ...", the sitting rose at ...;
    # the Majlis's: "جلسه ساعت ۱۲ پایان یافت", the sitting ended at ...)
    r"|\(?(?:رفعت|ترفع|تُرفع) الجلسة\b|\(?جلسه (?:در )?ساعت [^\n]{1,30} (?:پایان|خاتمه) یافت"
    r"|\(?se levanta la sesión\b|\(?la séance est levée\b"
    # ("La réunion est close à 15 h 50.", as the French Senate's committees close theirs;
    # "The meeting closed at 4.10 pm.")
    r"|\(?la réunion est (?:close|levée)\b|\(?(?:the )?meeting (?:closed|adjourned) at\b"
    # (a meeting app's note that its recording stopped, alone on its line, over the chat's
    # messages: "Recording stopped", "Gravação encerrada", "Aufzeichnung beendet")
    r"|(?:recording (?:stopped|ended)|gravação (?:encerrada|interrompida|finalizada)"
    r"|grabación (?:detenida|finalizada)|aufzeichnung (?:beendet|gestoppt)"
    r"|enregistrement (?:arrêté|terminé)|registrazione (?:interrotta|terminata)"
    r"|opname (?:gestopt|beëindigd)|nagrywanie (?:zatrzymane|zakończone))[ \t.!]*$"
)


_TAIL_LINES = 40  # (a record's closing note and signatures: within its last lines)


def _closed_sitting_cut(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The record's note that the sitting closed, set apart as a heading between the last
    turn's paragraphs ("SIDANG DITUTUP PUKUL 13.58 WIB"): what follows it is the record's
    (its place and date, the clerk's signature, a disclaimer), not the chair's. Or the last
    line of a short paragraph of the record's own after the chair's last words ("Ce point
    de l'ordre du jour a fait l'objet d'une captation vidéo ..." / "La réunion est close à
    15 h 50."): from that paragraph on."""
    for idx in range(max(1, len(lines) - _TAIL_LINES), len(lines)):
        gap = text[lines[idx - 1][1] : lines[idx][0]].strip().partition("\n")[0]
        if gap and len(gap) < 80 and _MEETING_END.match(gap):
            return idx
    last = text[lines[-1][0] : lines[-1][1]].strip()
    if len(last) < 80 and _MEETING_END.match(last):
        first = len(lines) - 1
        while first > 0 and text.count("\n", lines[first - 1][1], lines[first][0]) < 2:
            first -= 1  # (to the paragraph's first line: a blank line above it)
        if first > 0 and len(lines) - first <= _CLOSING_NOTE_LINES:
            return first
    return None


_CLOSING_NOTE_LINES = 3


_FOOTED_TAIL_LINES = 5
# A line that is only the mark a record or a release ends with ("以上" under a Japanese
# summary, "- 끝 -" under a Korean one, "-30-", "# # #", "-END-" under a press release):
# what follows it is the page's, not the last speaker's (case-folded, blanks as written);
# "(समाप्त)", "(সমাপ্ত)", "ENDS" close Indian and British government releases and briefings
_END_MARKS = frozenset(
    "以上|（以上）|(以上)|完|（完）|(完)|【完】|끝|- 끝 -|-끝-|<끝>|＜끝＞|-end-|- end -|(end)|"
    "[end]|-30-|- 30 -|# # #|###|-fin-|- fin -|"
    "समाप्त|(समाप्त)|সমাপ্ত|(সমাপ্ত)|ends|(ends)|-ends-|"
    # (Japanese minutes: "了", the end, often between rules: "―― 了 ――")
    "了|（了）|(了)|終|（終）".split("|")
)
_END_MARK_CHARS = 8  # (the longest: "(समाप्त)")
# rules a mark may stand between ("―― 了 ――", "— FIN —", "*** END ***")
_END_RULES = "-–—―─=*~ \t\u3000"


def _end_mark(s: str) -> bool:
    """``s`` (stripped) is only an end mark, or one between rules."""
    if len(s) <= _END_MARK_CHARS and s.casefold() in _END_MARKS:
        return True
    if len(s) > 3 * _END_MARK_CHARS or s[:1] not in _END_RULES or s[-1:] not in _END_RULES:
        return False
    core = s.strip(_END_RULES)
    return 0 < len(core) <= _END_MARK_CHARS and (
        core.casefold() in _END_MARKS or core.casefold() in ("end", "fin", "the end")
    )


# A record's signatures under its last turn: the seal mark after the name ("법원 사무관
# 김도윤  (인)", "裁判所書記官  山田 花子  印") or the note that the original was signed
# ("(SGD.) JUSTICE A. B. MENSAH")
_SEAL_ENDS = ("(인)", "(印)", "（印）", "（인）", " 印", "(L.S.)")
_SIGNED_OPENS = ("(SGD", "(Sgd", "Sgd.", "SGD.", "(sgd")


def _seal_signature_cut(text: str, lines: list[tuple[int, int]]) -> int | None:
    """Where a record's signature block starts in the last turn: its first signed line,
    and the date and office lines right above it (short, no sentence of speech)."""
    for idx in range(max(1, len(lines) - _TAIL_LINES), len(lines)):
        s = text[lines[idx][0] : lines[idx][1]].strip()
        if not (s.endswith(_SEAL_ENDS) or s.startswith(_SIGNED_OPENS)):
            continue
        while idx > 1:
            prev = text[lines[idx - 1][0] : lines[idx - 1][1]].strip()
            # (a date, "2026. 11. 20.", or an office over the name: no letters of a sentence)
            if len(prev) > 40 or (
                any(c.isalpha() for c in prev) and _SENTENCE_END.search(prev) is not None
            ):
                break
            idx -= 1
        return idx
    return None


_SIGNED_LINE_CHARS = 60


def _signed_offices_cut(text: str, lines: list[tuple[int, int]]) -> int | None:
    """A record's signatures closing it, each an office and a comma over its holder's name
    in capitals ("El Presidente," / "HERNÁN DARÍO LOZADA PARDO.", "Le Secrétaire," / "JEAN
    MOREAU"): the pairs run to the end of the last turn, and are the record's, not the
    last speaker's. Where they start, or None."""
    idx = len(lines)
    while idx >= 3:
        office = text[lines[idx - 2][0] : lines[idx - 2][1]].strip()
        name = text[lines[idx - 1][0] : lines[idx - 1][1]].strip().rstrip(".")
        if not (
            len(office) <= _SIGNED_LINE_CHARS
            and office[-1:] == ","
            and office[:1].isupper()
            and 0 < len(name) <= _SIGNED_LINE_CHARS
            and name.isupper()
            and "," not in name
        ):
            break
        idx -= 2
    return idx if idx < len(lines) else None


def _held_end_mark_cut(text: str, lines: list[tuple[int, int]], held_at: set[int]) -> int | None:
    """An end mark read as a stage note, not speech ("(समाप्त)", "(End)", between the last
    answer and the page's place, date and footer lines): the lines after it are the page's."""
    first = -1
    for h in held_at:
        if h <= lines[0][0] or text[h] != "(" or (first >= 0 and h > first):
            continue
        e = text.find("\n", h)
        s = text[h : e if e >= 0 else len(text)].strip()
        if _end_mark(s):
            first = h
    if first >= 0:
        for idx in range(1, len(lines)):
            if lines[idx][0] > first:
                return idx
    return None


def _keyword_cut(text: str, lines: list[tuple[int, int]]) -> int | None:
    """A furniture keyword line ("Newsletter", "Related Articles") followed by furniture."""
    for idx in range(1, len(lines)):
        s = text[lines[idx][0] : lines[idx][1]].strip()
        if _MEETING_END.match(s) and len(s) < 80:
            return idx  # (the app's footer follows it)
        if _end_mark(s):
            return idx
        if len(s) <= 2 or not furniture_line(s):
            continue
        prev = text[lines[idx - 1][0] : lines[idx - 1][1]].strip()
        if not _SENTENCE_END.search(prev):
            box = _author_box(text, lines, idx)
            if box is None:
                continue
            idx = box
        elif _FOOTER.match(s):
            return idx
        rest = [text[a:b].strip() for a, b in lines[idx:]]
        good = sum(1 for r in rest if furniture_line(r) or is_headline(r) or len(r) < 50)
        if good >= 0.7 * len(rest):
            return idx
        # (a tail that a site's footer closes, "... | © 2026 ...": a notice's sentence or a
        # cookie banner between the keyword and the footer is the page's too)
        if (len(rest) <= _FOOTED_TAIL_LINES or good >= 0.5 * len(rest)) and _PAGE_MARK.search(
            rest[-1]
        ) is not None:
            return idx
    return None


_RUNNING_MIN = 20  # (a record's name, not a word that speech repeats)
_PAGE_NUMBER_CHARS = 40  # (what follows a running line on its page: "Página 3 de 4")


def _running_footer_cut(text: str, paras: list[Para], lines: list[tuple[int, int]]) -> int | None:
    """The last turn ends with the printout's running footer, its page's number left off
    on the last page ("Transcrição ... S.A." over "... S.A.     Página 3 de 4" earlier):
    the paragraph that holds it (the transcriber's notice above it too) is the last
    page's foot, not the last speaker's words."""
    a, b = lines[-1]
    if not _running_line(text, text[a:b].strip()):
        return None
    start = next((p.start for p in reversed(paras) if p.start <= a), a)
    if start <= paras[0].start:
        return len(lines) - 1  # (the turn's first paragraph is speech: the footer alone)
    return next((k for k, (x, _) in enumerate(lines) if x >= start), len(lines) - 1)


def _running_line(text: str, line: str) -> bool:
    """``line`` is a printout's running header or footer: earlier in the text it opens a
    line with its page's number after it ("Transcrição da Teleconferência ... S.A.
    Página 3 de 4"); the last page prints it with no number, or its number was cut."""
    if len(line) < _RUNNING_MIN:
        return False
    k = text.find(line)
    while k >= 0:
        end = text.find("\n", k)
        after = text[k + len(line) : end if end >= 0 else len(text)].strip()
        # (its page's number after it: a digit in a short rest of the line, "Página 3 de 4")
        numbered = 0 < len(after) <= _PAGE_NUMBER_CHARS and any(c.isdigit() for c in after)
        if (k == 0 or text[k - 1] == "\n") and numbered and _page_line(after):
            return True
        k = text.find(line, k + len(line))
    return False


_BOX_LINES = 3
_BOX_CHARS = 50


def _author_box(text: str, lines: list[tuple[int, int]], idx: int) -> int | None:
    """Where an author's box starts above a widget's keyword line ``idx`` ("Tobias Kranz" /
    "Redakteur Lokales" over "Kommentare (12)"): up to three short lines with no sentence's
    end, after the line that ends the speech's last sentence; None if there is none."""
    j = idx - 1
    while j > 0 and idx - j <= _BOX_LINES:
        s = text[lines[j][0] : lines[j][1]].strip()
        if len(s) > _BOX_CHARS or _SENTENCE_END.search(s):
            break
        j -= 1
    if j == 0 and idx - j > _BOX_LINES:
        return None
    prev = text[lines[j][0] : lines[j][1]].strip()
    if idx - j > _BOX_LINES or not _SENTENCE_END.search(prev) or len(prev) <= _BOX_CHARS:
        return None
    return j + 1


def _trailing_run_cut(text: str, lines: list[tuple[int, int]]) -> int | None:
    """At least three trailing headline-like lines after the last sentence."""
    cut = len(lines)
    headlines = 0
    for idx in range(len(lines) - 1, 0, -1):
        s = text[lines[idx][0] : lines[idx][1]].strip()
        if furniture_line(s) or is_headline(s):
            headlines += 1
            cut = idx
            continue
        break
    if headlines >= 3:
        prev = text[lines[cut - 1][0] : lines[cut - 1][1]].strip()
        if _SENTENCE_END.search(prev):
            return cut
    return None


# an index's entry: its words, dot leaders, a page ("Questions from MS LEE KC ...... 87")
_INDEX_ENTRY = lazy(r"\S.*?[ \t]*(?:\.[ \t]?){4,}[ \t]*\d{1,4}")


def _index_cut(text: str, lines: list[tuple[int, int]]) -> int | None:
    """A printed record's index after the last turn: two or more trailing entries with dot
    leaders and page numbers (and its heading, "I N D E X", read apart)."""
    cut = len(lines)
    for idx in range(len(lines) - 1, 0, -1):
        if _INDEX_ENTRY.fullmatch(text[lines[idx][0] : lines[idx][1]].strip()):
            cut = idx
            continue
        break
    if len(lines) - cut < 2:
        return None
    if cut > 1 and is_headline(text[lines[cut - 1][0] : lines[cut - 1][1]].strip()):
        cut -= 1  # (the index's own heading, "INDEX OF WITNESSES")
    return cut


# Sentence terminators of any script (a closing quote or bracket may follow them)
_ENDS_SENTENCE = lazy(r"""[.?!…。？！؟][\s"”’»)\]）」』*_]*$""")


def _ends_sentence(s: str) -> bool:
    """``s`` (a line) ends a sentence; or it is one quotation in corner brackets: Japanese
    drops the full stop before the closing bracket ("「迷いはなかったです」"). (A test of
    characters, not an alternative of the pattern, which would lose its fast scan.)"""
    if s[:1] in ("「", "『") and s.rstrip()[-1:] in ("」", "』"):
        return True
    return _ENDS_SENTENCE.search(s) is not None


# what only a web page's or a printout's furniture holds: a copyright mark, a web address
# or an e-mail address, a row of links separated by bars or dots ("Impressum | Datenschutz")
_PAGE_MARK = lazy(
    r"(?i)[©ⓒ]|\(c\)\s*\d{4}|https?://|\bwww\.|\b[\w.-]+\.(?:com|org|net|gov|ru|de|fr|es|it|"
    r"br|cn|kr|jp|uk|example)(?:/\S*)?(?:\s|$)|@[\w-]+\.\w|(?:[ \t][|·•][ \t].*){2}"
)
# a sentence that ends inside a line, another going on after it: speech, not a link's text
_INNER_SENTENCE = lazy(r"[.?!。？！؟][ \t]+\S")
# how far back from the end of the last turn a page's tail is looked for (lines)
_TAIL_REACH = 40


def _page_line(s: str) -> bool:
    """A line as a page prints it around an article, not as people speak: no sentence
    ends it (a link's text, a heading, a "Key: value" field, a row of links), or it is a
    keyword of site furniture."""
    return (len(s) <= 100 and not _ends_sentence(s)) or furniture_line(s)


def _page_tail_cut(scan: Scan, lines: list[tuple[int, int]]) -> int | None:
    """The page around an interview goes on after its last turn: related links, share
    buttons, credits, a site footer, in any language. Such a tail is a run of page lines
    (see :func:`_page_line`) that opens a paragraph after a line that ends a sentence; it is
    cut when it holds a mark only furniture has (a keyword, a copyright sign, an address, a
    row of links), or, with no mark, when it is four lines or more of under 60 characters
    with no sentence inside, in two paragraphs or more (the wrapped lines of an unfinished
    paragraph are speech cut off, not a page's links; nor is a numbered layout's last
    page a web page). Once such a run
    is under way, a footer's own sentences ("All content on this site is published under
    ...") belong to it. Only the last lines of the turn are looked at: a tail is short."""
    if scan.caption is not None:
        return None  # (captions print no page around them; their text has no sentences)
    n = len(lines)
    base = max(1, n - _TAIL_REACH) - 1  # (texts[k] is lines[base + k])
    text = scan.text
    texts = [text[a:b].strip() for a, b in lines[base:]]
    # a line opens a paragraph when a blank line or a line of furniture stands before it
    rows = [scan.line_of(a) for a, _ in lines[base:]]
    opens = {base + k for k in range(1, len(rows)) if rows[k] - rows[k - 1] > 1}
    # a legal footer ends the run ("© ..."): the page lines before it are the page's tail
    footer = _FOOTER.match(texts[-1]) is not None
    for k in range(1, len(texts)):
        # (after a sentence; or after the turn's first line when that is a value, not
        # speech: "Tekniker: Omar Haddad" among a page's credits, a name whose words
        # none opens in lower case, as unpunctuated speech does: "yeah so")
        after = _ends_sentence(texts[k - 1]) or (
            base + k == 1
            and len(texts[0]) < 60
            and _page_line(texts[0])
            and not any(w[:1].islower() for w in texts[0].split())
        )
        if base + k not in opens or not after or not _page_line(texts[k]):
            continue
        page = short = paragraphs = 0
        marked = footer
        for j, s in enumerate(texts[k:], base + k):
            paragraphs += j in opens
            if _page_line(s):
                page += 1
                short += len(s) < 60 and _INNER_SENTENCE.search(s) is None
                marked = marked or furniture_line(s) or _PAGE_MARK.search(s) is not None
            elif not (page >= 2 and marked and len(s) <= 200):
                break
        else:
            if page >= 2 and (
                marked or (short >= 4 and short == page and paragraphs >= 2 and not scan.numbered)
            ):
                return base + k
    return None


# a rule that sets off a signature or a closing note: "--" (the e-mail convention), "---"
# (or a log's banner around a word or two: "===== END =====", "---- end of transcript ----";
# no digit: "--- Page 5 ---" is a page break; or a meeting tool's note between long
# dashes, "—— 以上内容由腾讯会议AI生成，仅供参考 ——")
_RULE_LINE = lazy(
    r"[-_*=~―─━]{2,}[ \t]*|(?P<r>[-=*~#])(?P=r){2,}[ \t]+[^\W\d_][^\n\d]{0,58}?[ \t]+(?P=r){3,}[ \t]*"
    r"|(?P<d>[—―─━])(?P=d)+[ \t]+[^\W\d_][^\n\d]{0,58}?[ \t]+(?P=d){2,}[ \t]*"
)
_RULED_TAIL_LINES = 4  # lines of a closing note at most
_RULED_TAIL_CHARS = 400


def _ruled_tail_cut(scan: Scan, lines: list[tuple[int, int]]) -> int | None:
    """A closing note set off from the last turn by a rule ("--", "-----") at the end of the
    document: the sponsor's line, an SMS number to write to, a disclaimer, in any language.
    A few lines after a rule that ends the conversation are not the last speaker's words
    (speech goes on after a rule only under a new label)."""
    text = scan.text
    n = len(lines)
    for k in range(max(1, n - _RULED_TAIL_LINES - 1), n):
        row_before = scan.line_of(lines[k - 1][0])
        row = scan.line_of(lines[k][0])
        ruled = _RULE_LINE.fullmatch(text[lines[k][0] : lines[k][1]].strip()) is not None or any(
            _RULE_LINE.fullmatch(text, scan.content[r], scan.ends[r]) is not None
            for r in range(row_before + 1, row)
        )  # (the rule read as a line of the turn, or a line of furniture between two)
        if not ruled:
            continue
        if sum(b - a for a, b in lines[k:]) > _RULED_TAIL_CHARS:
            return None
        if text[lines[-1][1] : lines[-1][1] + 2000].strip():
            return None  # (not the end of the document: more follows the note)
        return k
    return None


_COPYRIGHT = lazy(r"(?i)[©ⓒ]|\(c\)\s*\d{4}|\bcopyright\b")
_LINK_ROW = lazy(r"(?:[ \t][|·•][ \t].*){2}")
_FOOTED_LINES = 3  # (lines of the closing paragraph, its footer's included)


def _footed_paragraph_cut(scan: Scan, lines: list[tuple[int, int]]) -> int | None:
    """The page's closing paragraph after the last turn: a notice ("This is a draft Official
    Report and is subject to correction.") over the site's footer, a row of links with a
    copyright mark ("Contact us | Accessibility | © ..."), at the end of the document. A
    speaker's words end no paragraph with a row of links and a copyright mark."""
    n = len(lines)
    text = scan.text
    last = text[lines[-1][0] : lines[-1][1]].strip()
    if "|" not in last or not _COPYRIGHT.search(last) or not _LINK_ROW.search(last):
        return None
    if text[lines[-1][1] : lines[-1][1] + 2000].strip():
        return None  # (more follows: not the page's end)
    rows = [scan.line_of(a) for a, _ in lines]
    for k in range(n - 1, max(0, n - _FOOTED_LINES) - 1, -1):
        if k > 0 and rows[k] - rows[k - 1] > 1:  # (a blank line before: the paragraph opens)
            before = text[lines[k - 1][0] : lines[k - 1][1]].strip()
            return k if _ends_sentence(before) else None
    return None


def classify_preamble(lines: list[Para], speaker_keys: list[str]) -> list[tuple[str, Para]]:
    """Give each preamble paragraph or line a block kind."""
    out: list[tuple[str, Para]] = []
    seen: dict[str, int] = {}
    for p in lines:
        seen[p.text] = seen.get(p.text, 0) + 1
    first_done = False
    for p in lines:
        s = p.text.strip()
        low = s.casefold()
        kind: str
        if parse_date(s):
            kind = "date"
        elif _TIME_OF_DAY.match(s):
            kind = "time"
        elif seen.get(s, 0) >= 2 and len(s) >= 20:
            kind = "title"
        elif _INTRO_VERBS.search(s) and any(k and k in low for k in speaker_keys):
            kind = "intro"
        elif not first_done and len(s.split()) <= 6 and not _SENTENCE_END.search(s):
            kind = "site"
        elif furniture_line(s):
            kind = "boilerplate"
        elif len(s.split()) >= 12:
            kind = "standfirst"
        elif is_headline(s):
            kind = "title"
        else:
            kind = "boilerplate"
        first_done = True
        out.append((kind, p))
    return out


def token_block_kind(tok: LineToken) -> str:
    t = tok.type
    if t == "FRONT_MATTER":
        return "front_matter"
    if t == "STAGE":
        return "narration"
    if t == "PAGE":
        return tok.kind or "page"
    if t == "META":
        return tok.kind or "meta"
    if t in ("TIME", "CLOCK", "CUE"):
        return "time"
    return "boilerplate"


def front_matter_fields(text: str) -> dict[str, str]:
    """``title:`` and ``date:`` from a YAML front-matter block (no YAML library needed)."""
    out: dict[str, str] = {}
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"^(title|date|published_time|published)\s*:\s*(.*)$", lines[i])
        if m:
            key, val = m.group(1), m.group(2).strip()
            # folded continuation lines (indented)
            while i + 1 < len(lines) and lines[i + 1].startswith((" ", "\t")):
                val = val.rstrip("\\") + " " + lines[i + 1].strip().lstrip("\\").strip()
                i += 1
            val = val.strip().strip("'\"").replace("\u00a0", " ").replace("\\_", " ")
            out.setdefault(key, " ".join(val.split()))
        i += 1
    return out
