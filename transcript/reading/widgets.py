"""The words of a web page's widgets, in several languages: a small vocabulary by category.

A page prints the same few widgets around every article, whatever its language: a row
of share buttons ("Share:", "Compartilhe:", "分享到："), the article's tags ("Tags:",
"Теги:"), a list of related articles ("Related", "Leia também", "관련기사"), a link to a
printable version ("Versión para imprimir", "Версия для печати") and the date it was
published ("Publicado em ...", "发布时间："). Each word here names one of these
categories; none is a phrase of one site. A line that is only such a word, or such a
word as a "Key:" before a value, is page furniture, not a speaker's label or speech.
"""

from __future__ import annotations

from .._regex import lazy

# (the words are matched case-folded, a whole label name or a whole line: so they are
# written case-folded, the Greek final sigma as "σ")
_SHARE = (
    "share|share this|compartir|compartilhe|compartilhar|partager|partagez|teilen|dela|"
    "condividi|udostępnij|поделиться|שתפו|שיתוף|شارك|مشاركة|分享|分享到|공유|공유하기|シェア|シェアする|"
    "distribuie|κοινοποίηση|поділитися|chia sẻ|paylaş|sdílet|bagikan|megosztás|"
    "تابعونا على|تابعنا على|"  # (Arabic: "follow us on")
    "اشتراک\u200cگذاری|اشتراک گذاری|همرسانی|শেয়ার|শেয়ার করুন|follow|follow us|ফলো করুন|"
    "शेयर|शेयर करें|इस खबर को शेयर करें|सेयर|सेयर गर्नुहोस्|გააზიარე|გაზიარება|"
    "կիսվել|կիսվել՝"  # (Armenian: the "՝" of a key where Latin scripts put a colon)
    "|شیئر کریں"  # (Urdu)
    "|شریکول|شریک کړئ"  # (Pashto)
    "|падзяліцца"  # (Belarusian)
)
#: The networks a row of share buttons names, case-folded ("Facebook  X  LinkedIn")
SHARE_TARGETS = frozenset(
    "facebook twitter x linkedin whatsapp telegram reddit pinterest e-mail email "
    "messenger bluesky vk vkontakte weibo wechat viber tumblr xing".split()
)
_TAGS = (
    "tags|тегтер|etiquetas|mots-clés|mots clés|schlagwörter|schlagworte|tagi|теги|тэги|الوسوم|"
    "标签|標籤|태그|タグ|etichete|ετικέτεσ|мітки|từ khóa|trefwoorden|etiketler|"
    "štítky|avainsanat|címkék|برچسب\u200cها|برچسب ها|کلیدواژه\u200cها|ট্যাগ|ট্যাগস|टैग|टैग्स|"
    "етикети|"  # (Bulgarian)
    "тэгі|"  # (Belarusian)
    "emner|emneord|stikkord|ämnen|ämnesord|"  # (Danish, Norwegian, Swedish)
    "ټګونه|ټګ|"  # (Pashto)
    "žymos|žymės|raktažodžiai|birkas|atslēgvārdi|sildid|märksõnad|"  # (Baltic languages)
    "თეგები|ტეგები|"  # (Georgian)
    # (Arabic and Persian news sites' keywords under the article: "كلمات البحث: ...")
    "كلمات البحث|الكلمات المفتاحية|كلمات مفتاحية|الكلمات الدالة|كلمات دالة|"
    "کلمات کلیدی|واژه\u200cهای کلیدی|واژه های کلیدی|"
    "關鍵字|关键字|關鍵詞|关键词|キーワード|키워드"  # (Chinese, Japanese, Korean: keywords)
)
_RELATED = (
    "related|related articles|related news|read more|read also|also read|see also|"
    "noticias relacionadas|notícias relacionadas|"
    "leia também|veja também|lee también|ver también|lire aussi|à lire aussi|voir aussi|"
    "mehr zum thema|auch interessant|lesen sie auch|lesen sie mehr|lies auch|leggi anche|czytaj też|czytaj także|zobacz także|zobacz też|читайте также|"
    "сондай-ақ оқыңыз|сондай-ақ қараңыз|läs också|läs mer|أخبار ذات صلة|مواضيع ذات صلة|相关新闻|相关阅读|相關新聞|관련기사|"
    "更多新聞|更多新闻|延伸閱讀|延伸阅读|推薦閱讀|推荐阅读|あわせて読みたい|"  # (Chinese, Japanese)
    "관련 기사|関連記事|関連ニュース|citește și|citeste si|vezi și|articole recomandate|"
    "σχετικά άρθρα|διαβάστε επίσησ|читайте також|схожі новини|xem thêm|tin liên quan|"
    "soma pia|habari zinazohusiana|lees ook|lees meer|gerelateerde artikelen|ilgili haberler|"
    "önerilen haberler|noticias recomendadas|"
    "skaitykite taip pat|taip pat skaitykite|lasiet arī|loe ka|"  # (Baltic languages)
    # (a forum's suggestions under a thread)
    "more posts you may like|more posts like this|similar posts|weitere beiträge|"
    "publicaciones similares|publications similaires|post simili|"
    "čtěte také|související články|baca juga|berita terkait|lue myös|kapcsolódó cikkek|"
    "اخبار مرتبط|مطالب مرتبط|بیشتر بخوانید|আরও পড়ুন|আরো পড়ুন|সম্পর্কিত খবর|"
    "ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|और पढ़ें|संबंधित खबरें|"
    "यो पनि पढ्नुहोस्|यो पनि हेर्नुहोस्|सम्बन्धित समाचार|सम्बन्धित खबर|ასევე წაიკითხეთ|"
    "მსგავსი სიახლეები|առնչվող նյութեր|"
    "עוד בנושא|כתבות נוספות|קראו עוד|קראו גם|הכי נקראים|"
    "още по темата|прочетете още|вижте още|свързани новини|"  # (Bulgarian)
    "чытайце таксама|глядзіце таксама|"  # (Belarusian)
    "pročitajte još|pročitajte i|прочитајте још|прочитајте и|"  # (Serbian, Croatian, Bosnian)
    "mest læste|mest lest|mest lästa|læs også|les også|"  # (Danish, Norwegian, Swedish)
    "اقرأ أيضاً|اقرأ أيضا|إقرأ أيضاً|إقرأ أيضا|اقرأ ايضا|"  # (Arabic: "read also")
    # (Arabic and Persian: related topics, the most read and the most watched)
    "الموضوعات المتعلقة|موضوعات متعلقة|مواضيع متعلقة|أخبار متعلقة|الأكثر قراءة|"
    "الأكثر مشاهدة|الأكثر تداولا|پربازدیدترین|پربازدیدترین\u200cها|پربازدیدترین ها|"
    "پربحث\u200cترین|مطالب پربازدید|"
    "یہ بھی پڑھیں|متعلقہ خبریں|"  # (Urdu)
    # (Indian languages: Telugu, Gujarati, Kannada, Tamil, Malayalam, Marathi, Punjabi, Odia)
    "ఇవి కూడా చదవండి|ఇది కూడా చదవండి|ఇవీ చదవండి|આ પણ વાંચો|આ પણ વાંચોઃ|ಇದನ್ನೂ ಓದಿ|ಇದನ್ನೂ ಓದಿರಿ|"
    "இதையும் படிக்க|இதையும் படியுங்கள்|ഇതും വായിക്കുക|ഇതുകൂടി വായിക്കൂ|हेही वाचा|हे देखील वाचा|"
    "ਇਹ ਵੀ ਪੜ੍ਹੋ|ଏହା ମଧ୍ୟ ପଢନ୍ତୁ"
)
# the readers' comments under the article ("Comments (37)", "YORUMLAR (37)", "Комментарии")
_COMMENTS = (
    "comments|comentarios|comentários|commentaires|kommentare|commenti|komentarze|"
    "комментарии|коментарі|yorumlar|reacties|kommentarer|kommentit|hozzászólások|"
    "komentáře|komentar|σχόλια|تعليقات|نظرات|评论|評論|댓글|コメント|प्रतिक्रिया|प्रतिक्रिया दिनुहोस्|"
    "תגובות|каментары"
)
_COMMENT_KEYS = frozenset(_COMMENTS.split("|"))
#: what a line closing a transcript says it closes ("— End of transcript —", "[END OF
#: INTERVIEW]", "Fin de la transcription", "Τέλος απομαγνητοφώνησης"): the words for "end"
#: a line opens with, and those for what ends
_END_WORDS = (
    "end of|end of the|ende des|ende der|fin de la|fin de l'|fin del|fin de|fine della|"
    "fine dell'|fim da|fim do|einde van het|einde van de|einde|slut på|slutt på|koniec|konec|"
    "конец|кінець|τέλος|τέλος της|τέλος του|sonu|vége"
)
_ENDED = (
    "transcript|transcription|transcripción|transcrição|trascrizione|transkript|transkripts|"
    "transkriptet|transkription|transkripsjonen|transkrypcji|přepisu|retranscription|"
    "interview|interviews|entrevista|entretien|intervista|wywiad|wywiadu|rozhovoru|"
    "recording|aufzeichnung|enregistrement|grabación|registrazione|gravação|"
    "стенограммы|расшифровки|интервью|стенограми|інтерв'ю|απομαγνητοφώνησης|"
    "συνέντευξης|deşifre|röportaj"
)
# (folded as the lines are: a Greek final sigma folds to "σ")
_END_OPENERS = tuple(sorted((w.casefold() for w in _END_WORDS.split("|")), key=len, reverse=True))
_ENDED_WORDS = frozenset(w.casefold() for w in _ENDED.split("|"))
_END_MARKUP = " \t-–—―=*_#[](){}<>«»\"“”'’.:"
_END_LINE_CHARS = 60


def is_transcript_end(line: str) -> bool:
    """A whole line that says the transcript, the recording or the interview ends here ("—
    End of transcript —", "[END OF TRANSCRIPT EXTRACT]", "Ende des Interviews", "Конец
    стенограммы"), whatever marks set it off."""
    if len(line) > _END_LINE_CHARS:
        return False
    folded = _fold(line.strip(_END_MARKUP)).replace("’", "'")
    for opener in _END_OPENERS:
        # (an elided article runs into its noun: "Fin de l'entretien")
        if folded.startswith(opener if opener[-1] == "'" else opener + " "):
            words = folded[len(opener) :].split()
            return bool(words) and words[0].strip(_END_MARKUP) in _ENDED_WORDS
    # ("Transkriptin sonu", "Röportajın sonu": the word for the end comes last in Turkish)
    words = folded.split()
    return (
        len(words) == 2
        and words[1] == "sonu"
        and words[0].startswith(("transkript", "deşifre", "röportaj"))
    )


def is_comments_heading(line: str) -> bool:
    """A whole line that heads the readers' comments under an article: the word alone or with
    their number ("Comments", "Σχόλια (4)", "12 Kommentare", "YORUMLAR (37)")."""
    words = _fold(line).strip(" \t:：").replace("(", " ").replace(")", " ").split()
    if not words or len(words) > 3:
        return False
    named = [w for w in words if not w.isdigit()]
    return len(named) == 1 and named[0] in _COMMENT_KEYS


# a photograph's credit ("Photo: AP", "Фото: пресс-служба", "Foto: dpa")
_PHOTO = (
    "photo|photos|foto|fotos|фото|fotó|fotoğraf|zdjęcie|φωτογραφία|사진|写真|照片|图片|ფოტო|"
    "ფოტოგალერეა|ვიდეო|տեսանյութ|լուսանկար"
)
_PRINT = (
    "print version|printer-friendly version|versión para imprimir|versão para impressão|"
    "version imprimable|druckversion|versione stampabile|wersja do druku|версия для печати|"
    "текстовая версия|打印本页|인쇄|印刷|print deze pagina|εκτύπωση|версія для друку|"
    "in bài viết|yazdır"
)
_PUBLISHED = (
    "published|publicado em|publicado el|publié le|veröffentlicht am|pubblicato il|"
    "opublikowano|опубликован|опубликовано|дата публикации|发布时间|發布時間|입력|公開日|"
    "تاريخ النشر|publicatiedatum|gepubliceerd op|data publicării|δημοσιεύθηκε|"
    "опубліковано|ngày đăng|yayınlanma tarihi|publikováno|diterbitkan|imechapishwa|"
    "تاریخ انتشار|প্রকাশ|প্রকাশিত|प्रकाशित|प्रकाशित मिति|अपडेटेड|updated|actualizado|mis à jour|aktualisiert|"
    "اپ ڈیٹ|شائع|"  # (Urdu: updated, published)
    "خپور شوی|خپره شوې|نوی شوی|"  # (Pashto: published, updated)
    "paskelbta|publicēts|avaldatud|julkaistu|publicerad|publiceret|publisert|objavljeno|"
    # (Hungarian: published, updated, and a programme's broadcast, "Adás: 2025. október 7.";
    # the programme a radio page's interview was broadcast in: "Műsor:", "Sendung:")
    "közzétéve|frissítve|megjelent|adás|műsor|sendung|émission"
)
# how long the article takes to read ("Reading time: 4 min", "पढ़ने का समय: 4 मिनट")
_READING = (
    "reading time|read time|tiempo de lectura|temps de lecture|tempo de leitura|"
    "tempo di lettura|lesezeit|leestijd|lästid|czas czytania|время чтения|час читання|"
    "okuma süresi|thời gian đọc|पढ़ने का समय|阅读时间|閱讀時間|読了時間|읽는 시간"
)
# a headline's kicker ("Interview: 'We were ready', says ...", "इंटरव्यू: ..."): its line is
# the page's headline, not a speaker's label
_KICKER = (
    "interview|exclusive interview|entrevista|entrevista exclusiva|entretien|intervista|"
    "interview exclusive|wywiad|интервью|інтерв'ю|інтерв’ю|röportaj|rozhovor|haastattelu|"
    "συνέντευξη|phỏng vấn|wawancara|mahojiano|مقابلة|مصاحبه|সাক্ষাৎকার|इंटरव्यू|साक्षात्कार|"
    "专访|專訪|采访|採訪|インタビュー|인터뷰|"
    # (the page carries a conference's or an interview's text in full: "TOÀN VĂN: Họp báo ...")
    "full text|full transcript|toàn văn|texto íntegro|texto completo|texte intégral|"
    "testo integrale|im wortlaut|wortlaut|полный текст|повний текст|pełny tekst|"
    "transkrip penuh|teks lengkap|tam metin|全文|전문|"
    # (the transcript of a broadcast: "Udskrift: 'Vi kan ikke ...'", "Utskrift: ...")
    "udskrift|utskrift|transkript|transkription|"
    # (who takes part, in a line above the conversation: "Medvirkende: Anne Holm (vært,
    # AH), ...", "Mitwirkende: ..."): the page's text, not a speaker's label
    "medvirkende|medverkande|mitwirkende|deltagere|deltakere|deltagare|учасники|участники|"
    "uczestnicy|účastníci|partecipanti|participantes|deelnemers|osallistujat|katılımcılar|"
    # (an election debate's text under its kicker: "Vaalitentti: Ratikka ... jakoivat ...")
    "debate|debatt|debatte|débat|dibattito|debata|дебаты|дебати|vaalitentti|vaaliväittely|"
    "tv-duell|wahlarena"
)
# an advertisement's placeholder in the article ("Advertisement", "Anzeige", "বিজ্ঞাপন")
_AD = (
    "advertisement|advertising|anzeige|werbung|publicidad|publicité|pubblicità|publicidade|"
    "reklama|реклама|إعلان|تبلیغات|آگهی|বিজ্ঞাপন|विज्ञापन|広告|广告|廣告|광고|iklan|"
    "اشتہار|"  # (Urdu)
    "ማስታወቂያ|"  # (Amharic)
    "hirdetés|reklám"  # (Hungarian)
)
# who made the interview, credited after it or above it ("Interview by: Jane Roe",
# "گفت‌وگو از: ...", "সাক্ষাৎকার নিয়েছেন: ..."): the page's credit, not a speaker
_CREDIT = (
    "interview by|interviewed by|interview conducted by|propos recueillis par|"
    "entretien réalisé par|entrevista realizada por|entrevista de|intervista a cura di|"
    "گفت\u200cوگو از|گفتگو از|گفت و گو از|مصاحبه از|সাক্ষাৎকার নিয়েছেন|সাক্ষাৎকার গ্রহণ|"
    # (talked with, in the past: Sinhala "සාකච්ඡා කළේ", South Slavic, East Slavic, Mongolian,
    # Polish, Czech and Slovak)
    "සාකච්ඡා කළේ|razgovarala|razgovarao|razgovor vodila|razgovor vodio|разговарала|"
    "разговарао|беседовала|беседовал|интервью взяла|интервью взял|розмовляла|розмовляв|"
    "разговаря|ярилцсан|rozmawiała|rozmawiał|rozmawiali|ptala se|ptal se|rozhovor vedla|"
    "rozhovor vedl|pýtala sa|pýtal sa|"
    # (the article's author and source under it: "Autor: bl/mk", "Źródło: ...", "Quelle: ...")
    "autor|autorka|źródło|quelle|fuente|fonte|"
    # (Russian, Ukrainian, Lithuanian, Latvian, Georgian: "Источник: пресс-служба клуба")
    "источник|джерело|šaltinis|avots|წყარო|"
    # (a Chinese or Japanese page's editor in charge and its source: "责任编辑：刘洋")
    "责任编辑|責任編輯|编辑|編輯|来源|來源|出处|出處|"
    # (an Arabic or a Persian news site's byline: "كتب: ...", "كتبت: ...", "نویسنده: ...")
    "كتب|كتبت|بقلم|نویسنده|به قلم"
)

# an editor's box beside the conversation ("Info: ...", "Hintergrund: ...", "Editor's note:
# ...", "Source: ..."): the page's, before the first turn, between turns or after the last
# (not "Note:", which opens a speaker's sentence too: "Note: this is speech.")
_EDITORIAL = (
    "editor's note|editors' note|editor’s note|source|info|infos|infobox|info box|"
    "background|fact box|hintergrund|faktenbox|hinweis|anmerkung der redaktion|"
    "hinweis der redaktion|contexte|note de la rédaction|contexto|nota de la redacción|"
    "contesto|nota della redazione|nota do editor|nota da redação|"
    # (a company's legal notice under its call or meeting: "Forward-looking statements: ...")
    "disclaimer|forward-looking statements|forward looking statements|safe harbor statement|"
    "cautionary statement|haftungsausschluss|zukunftsgerichtete aussagen|avertissement|"
    # (a box with the guest's life: "Bio: ...", "Справка: ...", "ТОВЧ НАМТАР: ...")
    "bio|biography|short biography|biographie|biografie|biografía|biografia|biografi|"
    "životopis|życiorys|биография|краткая биография|справка|досье|біографія|довідка|"
    "товч намтар|намтар"
)

# a reader poll's heading over its options ("Kysely: Kenen linja vakuutti?", "Umfrage: ...")
_POLL = (
    "poll|reader poll|umfrage|sondage|encuesta|sondaggio|enquete|enquête|ankieta|опрос|"
    "опитування|kysely|äänestys|szavazás|anket|استطلاع|نظرسنجی|アンケート|설문|jajak pendapat"
)

#: The widgets' keys, case-folded: a set, not a pattern (a set of words costs nothing to
#: build, where a case-blind alternation of 130 words in ten scripts takes milliseconds
#: to compile in every process that reads a page)
_CATEGORIES = (
    _SHARE,
    _TAGS,
    _RELATED,
    _COMMENTS,
    _PHOTO,
    _PRINT,
    _PUBLISHED,
    _READING,
    _AD,
    _CREDIT,
    _EDITORIAL,
    _POLL,
)
WIDGET_KEYS = frozenset("|".join(_CATEGORIES).split("|"))
#: A headline's kickers, case-folded
KICKERS = frozenset(_KICKER.split("|"))
# (the longest key is a few words: a line's key is looked for in its first words only)
_KEY_WORDS = max(len(k.split(" ")) for k in WIDGET_KEYS)
_SENTENCE_END = frozenset(".?!。？！")


def _fold(s: str) -> str:
    """``s`` case-folded, a Turkish capital İ as "i" ("ETİKETLER", "YORUMLAR": İ folds to "i"
    and a combining dot)."""
    folded = s.casefold()
    return folded.replace("i\u0307", "i") if "\u0307" in folded else folded


def is_widget_key(name: str) -> bool:
    """``name`` (a label's name as written, markup stripped) names a page widget, or ends
    a byline whose parts bars set apart ("Ann Lee, Delhi | Updated")."""
    folded = _fold(" ".join(name.split()))
    return folded in WIDGET_KEYS or (" | " in folded and folded.rpartition(" | ")[2] in WIDGET_KEYS)


_POLL_KEYS = frozenset(_POLL.split("|"))
_AD_KEYS = frozenset(_AD.split("|"))


def is_ad_key(name: str) -> bool:
    """``name`` (a line or a label's name) is an advertisement's placeholder ("Anzeige")."""
    return _fold(" ".join(name.split())) in _AD_KEYS


# a newsletter platform's paywall line, in the languages it serves (folded openings)
_PAYWALL = (
    "this post is for paid subscribers",
    "this post is for paying subscribers",
    "questo post è per abbonati",
    "este post es para suscriptores",
    "ce post est réservé aux abonnés",
    "dieser beitrag ist für zahlende abonnenten",
    "este post é para assinantes",
)


def is_paywall(line: str) -> bool:
    """``line`` opens with a newsletter platform's paywall ("This post is for paid
    subscribers", "Questo post è per abbonati paganti.")."""
    return _fold(line.lstrip()[:60]).startswith(_PAYWALL)


def is_poll_key(name: str) -> bool:
    """``name`` (a label's name, markup stripped) heads a reader poll ("Kysely", "Umfrage")."""
    return _fold(" ".join(name.split())) in _POLL_KEYS


_RELATED_KEYS = frozenset(_RELATED.split("|"))


def is_related_key(line: str) -> bool:
    """``line`` (a whole line) is the heading of a list of related articles ("Related",
    "NOTICIAS RELACIONADAS", "Читайте также")."""
    return " ".join(line.split()).casefold().rstrip(":：") in _RELATED_KEYS


_BOX_KEYS = frozenset(_EDITORIAL.split("|"))


def is_box_key(line: str) -> bool:
    """``line`` (a whole line) is the heading of an editor's box or a legal notice
    ("FORWARD-LOOKING STATEMENTS", "Hintergrund", "Disclaimer")."""
    return _fold(" ".join(line.split())).rstrip(":：") in _BOX_KEYS


def is_kicker(name: str) -> bool:
    """``name`` (a label's name as written, markup stripped) is a headline's kicker."""
    return " ".join(name.split()).casefold() in KICKERS


def is_widget_line(line: str) -> bool:
    """A whole line that is a widget ("Leia também", "Версия для печати", "标签：外交"): the
    key alone, the key, a colon and its value, or the key and a few words with no sentence
    ("Publicado em 21/10/2025 18h42", "Опубликован в разделах: Новости")."""
    folded = _fold(line).replace("\t", " ")
    if " | " in folded:
        # a byline's parts set apart by bars ("By Ann Lee | Updated: 13 Nov 2025"): a
        # widget among them makes the line the page's
        return any(_widget_part(part.strip(" ")) for part in folded.split(" | "))
    return _widget_part(folded)


def _widget_part(folded: str) -> bool:
    colon = min((k for k in (folded.find(":"), folded.find("：")) if k >= 0), default=-1)
    if colon > 0 and folded[:colon].rstrip(" ") in WIDGET_KEYS:
        return True
    if folded in WIDGET_KEYS:
        return True
    # the key, blanks, then a few words without a sentence's end
    k = -1
    for _ in range(_KEY_WORDS):
        k = folded.find(" ", k + 1)
        if k < 0:
            break
        if folded[:k] in WIDGET_KEYS:
            rest = folded[k:].lstrip(" ")
            if len(rest) <= 80 and "\n" not in rest and _SENTENCE_END.isdisjoint(rest):
                return True
    return False


# The credit a subtitle file closes with ("Subtitles: ...", "Subtítols: 3Cat", "Untertitel:
# ...", "Sous-titrage : ..."): the word for subtitles, or for who made them.
_CAPTION_CREDIT = lazy(
    r"(?:subtitles?|subtitled by|subtitling|captions?|captioned by|captioning|transcription"
    r"|subtítols|subtitulació|subtítulos|subtitulado(?: por)?|subtitulación|legendas?"
    r"|legendado por|untertitel|untertitelung|sous-titres?|sous-titrage|sottotitoli"
    r"|ondertiteling|ondertitels|napisy|tłumaczenie|субтитры|tekstitys|undertekster"
    r"|undertexter|tekstning|titulky|feliratok|altyazı|字幕)"
)


# A link to the recording of a speech, printed after each speech of a parliament's web record
# ("Se video", "Watch video", "Ver vídeo", "Vidéo"): furniture where it recurs.
_MEDIA_LINK = lazy(
    r"(?:(?:se|watch|play|view|ver|assista|assistir|voir|regarder|guarda|katso|obejrzyj"
    r"|смотреть|bekijk|izle|se på|titta på)(?: the| la| le| o| il| på)?[ \t]+)?"
    r"(?:video|vídeo|vidéo|videon|videoen|wideo|видео|視頻|视频|動画|영상)"
    r"(?:[ \t]+(?:ansehen|anschauen|bekijken|izle))?"
)


def is_media_link(line: str) -> bool:
    """``line`` (a whole line) is only a link to a video of the speech ("Se video")."""
    return _MEDIA_LINK.fullmatch(" ".join(line.split()).casefold()) is not None


def is_caption_credit(name: str) -> bool:
    """``name`` (a caption label's name) is the word of a subtitle credit, not a speaker."""
    return _CAPTION_CREDIT.fullmatch(" ".join(name.split()).casefold()) is not None
