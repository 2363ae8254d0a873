"""Passages that speak to the model instead of reporting news - a heuristic.

A passage is flagged when a sentence of it addresses an AI system or gives it orders: "ignore
your previous instructions", "Note to AI systems: ...", a role label opening a line
("SYSTEM:"), a chat-template token ("<|im_start|>", "[INST]"), in the main news languages.
Before matching, invisible characters (zero-width spaces, bidi controls) are removed and
look-alike letters are read as the Latin letters they imitate (Unicode's confusables data,
via confusable_homoglyphs), so "ign\u200bore" and "ignоre" with a Cyrillic "о" are caught.

The decision is per sentence: the flagged sentence and the rest of its paragraph (the body of
the order) may not be cited; the sentences before it in the same paragraph stay citable.

Beyond known phrasings, a passage is flagged by what an order to a tool looks like in any
language: outside quotation marks (news puts "you" and "please" in quotes), it both speaks to
someone (a second-person word or a "please", from a table of about 30 languages) and names the
tool or its instructions (summary, instructions, prompt, AI, model, assistant, in the same
languages). And what hides an order is undone before reading: an encoded payload (base64 text,
percent-encoding), letters spaced apart, digits standing for letters, reversed or ROT13 text.

This is a heuristic and will miss phrasings it does not know. The real containment is
grounding: whatever an article tells the model, every figure, name and date of the answer must
still be stated by a passage the answer cites, and a flagged passage cannot be cited.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import unquote

import regex

__all__ = ["addresses_the_model", "instruction_spans", "skeleton"]

# Verb stems: a match needs only the stem ("ignor" for "ignorez", "ignorieren"), so no pattern
# runs on into the rest of a word (an unbounded `\w*` there backtracked quadratically).
_IGNORE_VERBS = (
    r"ignor|disregard|forget|override|bypass|oubli|olvid|desconsider|vergiss|missacht|"
    r"dimentica|игнорир|забудь|تجاهل|انس|忽略|无视|忘记|yok say|unut"
)
_INSTRUCTION_NOUNS = (
    r"instructions?|prompts?|rules|guidelines|directives?|consignes|instrucciones|instruções|"
    r"instrucoes|anweisungen|instruktionen|regeln|istruzioni|инструкци\w*|указани\w*|правил\w*|"
    r"التعليمات|تعليمات|الأوامر|指令|指示|说明|规则|talimat\w*"
)
# What makes "ignore the rules" an order to the model rather than news: whose or which
# instructions ("your", "previous", "all prior", and the same words in other languages).
_WHICH = (
    r"your|previous|prior|above|earlier|preceding|original|system|all (?:of )?(?:the|your)|"
    r"vos|tes|précédentes|precedentes|antérieures|anteriores|previas|tus|sus|suas|vorherigen|"
    r"bisherigen|deine|ihre|precedenti|tue|предыдущ\w*|прежн\w*|ваши|свои|السابقة|"
    r"之前|以上|先前|此前|önceki"
)
_AI = (
    r"ai|a\.i\.|artificial intelligence|language models?|llms?|chatbots?|assistants?|"
    r"summari[sz]ers?|ia|intelligence artificielle|inteligencia artificial|inteligência "
    r"artificial|ki|künstliche intelligenz|ии|искусственн\w* интеллект\w*|الذكاء الاصطناعي|"
    r"人工智能|yapay zeka"
)
_VERB = re.compile(_IGNORE_VERBS, re.IGNORECASE)
_WHICH_WORD = re.compile(rf"(?:{_WHICH})", re.IGNORECASE)
_NOUN = re.compile(rf"(?:{_INSTRUCTION_NOUNS})", re.IGNORECASE)
_ORDER_REACH = 80  # how far after the verb "which" and the instructions noun may start


def _gives_an_order(text: str) -> bool:
    """ "ignore ... previous ... instructions" within one clause: each verb stem looks at a
    bounded window after it (linear in `text`, whatever it holds)."""
    for verb in _VERB.finditer(text):
        window = text[verb.end() : verb.end() + _ORDER_REACH + 40]
        stop = min((i for i in (window.find("."), window.find("\n")) if i >= 0), default=None)
        window = window[:stop]
        which, noun = _WHICH_WORD.search(window), _NOUN.search(window)
        if which and noun and which.start() <= _ORDER_REACH and noun.start() <= _ORDER_REACH:
            return True
    return False


_ADDRESSING = re.compile(
    rf"\b(?:notes?|messages?|instructions?|remarque|nota|hinweis|nachricht|примечание|"
    rf"сообщение|ملاحظة|رسالة|注意|提示)\s+(?:(?:to|for|aux?|à|para|an|für|per|для|إلى|لـ?|给)\s*)?"
    rf"(?:any\s+|all\s+|the\s+|les\s+|los\s+|las\s+|os\s+|die\s+)?(?:automated\s+)?"
    rf"(?:systems?\s+(?:d'|de\s+)?)?(?:{_AI})\b"
    rf"|\byou are (?:an? )?(?:ai|language model|assistant|chatbot)\b"
    rf"|\bas an ai\b",
    re.IGNORECASE,
)
# A role label opening a line, and the tokens of chat templates.
_ROLE_LABEL = re.compile(
    r"^[ \t]*\W{0,3}(?:system|assistant|user|developer|instruction|instructions|ai|"
    r"système|sistema|systeme)[ \t]*(?:prompt[ \t]*)?[:：>]",
    re.IGNORECASE | re.MULTILINE,
)
_TEMPLATE_TOKEN = re.compile(
    r"<\|[a-z_]{2,30}\|>|\[/?INST\]|<</?SYS>>|</?s>|###[ \t]*(?:instruction|system|response)\b|"
    r"<\|?(?:im_start|im_end|endoftext|eot_id)\|?>",
    re.IGNORECASE,
)


_ADDRESSED = (_ADDRESSING, _ROLE_LABEL, _TEMPLATE_TOKEN)

# Speaking to someone: second-person words and "please", by language (whole words; for scripts
# written without spaces, the characters themselves). Words that are also common in the
# third person or another language ("su", "seu", "Sie", "je") are left out.
_TO_YOU_WORDS = (
    "you your yours yourself yourselves please kindly "  # en
    "vous votre vos tu tes toi plaît "  # fr
    "usted ustedes tú tus vosotros por_favor "  # es
    "você vocês teu tua vós "  # pt
    "du dein deine deinen deinem deiner dich euch euer eure bitte "  # de
    "tuo tuoi voi vostro vostra vostri prego per_favore "  # it
    "jij jouw uw alstublieft alsjeblieft "  # nl
    "вы ты ваш ваша ваше ваши вам вас твой твоя твои тебе тебя пожалуйста "  # ru
    "ви ти твій твоя твої вам вас тобі тебе будь_ласка "  # uk
    "ty twój twoja twoje wy wasz wasza proszę "  # pl
    "tvůj tvoje váš vaše prosím "  # cs
    "siz senin sizin lütfen "  # tr
    "bạn vui_lòng "  # vi
    "anda kamu engkau mohon silakan tolong "  # id, ms
    "wewe nyinyi yako wako lako chako zako tafadhali "  # sw
    "ikaw kayo pakiusap "  # tl
    "आप तुम तुम्हारा तुम्हारी आपका आपकी आपके कृपया "  # hi
    "আপনি তুমি আপনার দয়া "  # bn
    "أنت أنتم انت انتم رجاء الرجاء "  # ar
    "شما لطفا لطفاً "  # fa
    "אתה אתם אתן בבקשה "  # he
    "εσύ εσείς σας σου παρακαλώ "  # el
    "juaj ju_lutem "  # sq
    "tău voastră dumneavoastră te_rog vă_rog "  # ro
    "kérem kérlek légy_szíves "  # hu
    "sinä sinun teidän pyydän ole_hyvä "  # fi
    "ditt deg snälla vänligen venligst vennligst "  # sv, no, da
    "tvoj tvoja tvoje vaš vaša molim molimo prosim "  # sr, hr, bs, sl
    "вие твоят вашият моля "  # bg
    "آپ تم براہ_کرم مہربانی "  # ur
    "நீ நீங்கள் உங்கள் தயவுசெய்து "  # ta
    "నువ్వు మీరు దయచేసి "  # te
    "ਤੁਸੀਂ ਕਿਰਪਾ તમે કૃપા तपाईं तुम्ही "  # pa, gu, ne, mr
    "አንተ አንቺ እባክህ እባክዎ fadlan adiga ìwọ jọwọ "  # am, so, yo
    "sən xahiş сен сіз өтінемін iltimos "  # az, kk, uz
    "შენ თქვენ გთხოვთ դու դուք խնդրում "  # ka, hy
    "teie palun jūs lūdzu prašau þú vinsamlegast "  # et, lv, lt, is
    "שלך שלכם vostè si_us_plau mesedez vostede jy jou asseblief wena ngicela "  # ca, eu, gl, af, zu
)
# Naming the tool: what it is (an assistant, a chatbot, an AI), or its summary or instructions
# when a qualifier makes them the tool's ("your instructions", "previous rules", "the summary
# tool"). Words of eight letters or more also match as the start of a longer word (German and
# Dutch compounds: "Zusammenfassungswerkzeug").
_TOOL_IDENTITY = (
    "summarizer summariser summarizers chatbot chatbots assistant llm llms "
    "asistente assistente assistent asistent ассистент асистент asystent asistan asisten "
    "msaidizi нейросеть нейросети нейромережа tekoäly chatgpt "
    "asszisztens avustaja معاون உதவியாளர் సహాయకుడు assistentti asistentas asistents "
    "tagabuod βοηθός βοηθό βοηθέ सहायक مساعد دستیار "
)
_TOOL_OUTPUT = (  # the tool's summary and instructions
    "instruction instructions prompt prompts directive directives rules summary summaries "
    "consigne consignes résumé instrucción instrucciones instruções resumen resumo "
    "anweisung anweisungen instruktion instruktionen zusammenfassung regeln "
    "istruzione istruzioni riassunto sintesi instructie instructies samenvatting "
    "инструкция инструкции инструкций указания указаний резюме сводка сводку правила "
    "інструкція інструкції вказівки вказівок підсумок "
    "instrukcja instrukcje instrukcji polecenia poleceń streszczenie podsumowanie "
    "instrukce pokyny shrnutí talimat talimatlar talimatları talimatlarını özet özeti "
    "tóm_tắt hướng_dẫn chỉ_dẫn instruksi petunjuk ringkasan perintah maagizo maelekezo "
    "muhtasari tagubilin buod निर्देश निर्देशों सारांश নির্দেশ নির্দেশনা সারাংশ "
    "تعليمات ملخص تلخيص دستورالعمل دستورات خلاصه οδηγίες περίληψη περίληψης "
    "udhëzimet përmbledhje"
    " rezumat instrucțiuni instrucțiunile összefoglaló utasítás utasítások utasításokat "
    "yhteenveto ohjeet ohjeita sammanfattning instruktioner sammendrag instruksjoner "
    "sažetak uputstva upute povzetek navodila zhrnutie خلاصہ ہدایات சுருக்கம் "
    "அறிவுறுத்தல்கள் సారాంశం సూచనలు ਸਾਰ ਹਦਾਇਤਾਂ સારાંશ સૂચનાઓ निर्देशन ማጠቃለያ "
    "መመሪያ tilmaamo tilmaamaha àkópọ̀ ìtọ́sọ́nà xülasə təlimat təlimatlar түйіндеме "
    "нұсқаулар xulosa ko'rsatmalar შეჯამება ინსტრუქციები ամփոփում հրահանգներ "
    "kokkuvõte juhised kopsavilkums instrukcijas santrauka instrukcijos samantekt "
    "leiðbeiningar resum instruccions laburpena argibideak opsomming instruksies "
    "isifinyezo imiyalelo"
)
_TOOL_THING = (  # "tool": with a summary word, "the summary tool"
    "tool outil herramienta ferramenta werkzeug strumento hulpmiddel инструмент інструмент "
    "narzędzie nástroj araç aracı aracına công_cụ alat chombo zana kasangkapan उपकरण टूल "
    "টুল টুলের أداة ابزار כלי εργαλείο instrument unealtă eszköz työkalu verktyg verktøy "
    "værktøj orodje tööriist rīks įrankis"
)
_QUALIFIERS = (  # whose or which: the tool's own
    "your previous prior above earlier preceding original votre vos tes précédentes "
    "antérieures anteriores previas tus suas vorherigen bisherigen deine früheren "
    "precedenti tuoi tue eerdere vorige uw предыдущие прежние ваши свои попередні ваші "
    "wcześniejsze poprzednie twoje předchozí önceki trước_đó sebelumnya awali yako "
    "naunang पिछले अपने আগের السابقة قبلی הקודמות προηγούμενες anterioare tale "
    "korábbi előző aiemmat aiempia tidigare tidligere prethodna prethodne predchádzajúce "
    "prejšnja предишните پچھلی முந்தைய మునుపటి eelmised iepriekšējās ankstesnes fyrri "
    "anteriors aurreko vorige"
)
_SALUTATIONS = (  # opening words that address someone: "To the ...:", "Dear ...,"
    "to dear for attention à cher chère para querido estimado an liebe lieber caro gentile "
    "aan beste для до дорогой шановний do drogi pro milý sayın kính_gửi gửi untuk yth "
    "kwa mpendwa प्रिय के_लिए প্রতি إلى عزيزي به προς para_sa pour till kepada hai hei "
    "dragă kedves beste mahal αγαπητή αγαπητέ уважаемый уважаемая шановний шановна droga "
    "drogi milá hello hi ciao hola olá hallo привет selam salam habari namaste thân_mến عزیز"
)
# Written without spaces (or with clitics attached, in Hebrew and Arabic): found as characters.
_TO_YOU_CHARACTERS = (
    "你", "您", "请", "請", "あなた", "ください", "당신", "주세요", "คุณ", "กรุณา",
    "โปรด", "သင်", "ကျေးဇူးပြု", "អ្នក", "សូម", "ເຈົ້າ", "ກະລຸນາ", "ඔබ", "කරුණාකර",
)  # fmt: skip
_TOOL_IDENTITY_CHARACTERS = (
    "人工智能", "助手", "人工知能", "アシスタント", "어시스턴트", "인공지능", "ผู้ช่วย",
    "עוזר", "בינה מלאכותית",
)  # fmt: skip
_TOOL_OUTPUT_CHARACTERS = (
    "הוראות", "סיכום", "تعليمات", "ملخص", "تلخيص", "指令", "指示", "摘要", "总结", "總結",
    "要約", "지시", "요약", "คำสั่ง", "สรุป", "အနှစ်ချုပ်", "ညွှန်ကြားချက်", "សេចក្តីសង្ខេប",
    "ការណែនាំ", "ສະຫຼຸບ", "සාරාංශ", "උපදෙස්",
)  # fmt: skip
_TOOL_OWNED_CHARACTERS = (  # the tool, or which instructions: "summary tool", "previous"
    "ツール", "도구", "工具", "เครื่องมือ", "之前", "以前", "先前", "此前", "以上", "你的", "您的",
    "이전", "ก่อนหน้า", "הקודמות", "السابقة", "قبلی",
)  # fmt: skip
_TOOL_PHRASES = re.compile(
    r"\b(?:language model|artificial intelligence|intelligence artificielle|inteligencia "
    r"artificial|inteligência artificial|künstliche intelligenz|intelligenza artificiale|"
    r"искусственный интеллект|штучний інтелект|sztuczna inteligencja|yapay zeka|"
    r"trí tuệ nhân tạo|kecerdasan buatan|akili bandia|कृत्रिम बुद्धि|"
    r"الذكاء الاصطناعي|هوش مصنوعی|τεχνητή νοημοσύνη|mesterséges intelligencia|"
    r"umělá inteligence|dirbtinis intelektas|mākslīgais intelekts|tehisintellekt)\b"
    r"|(?<![\w.])(?:AI|A\.I\.|IA|KI|ИИ|ШІ|LLM|MI|YZ)(?![\w])"
)
# Words with their combining marks (the vowel signs of Indic scripts are marks, not \w for re).
_WORD = regex.compile(r"[\w\p{M}]+")
# Quotations in the scripts news is written in: what a speaker said, not the article's voice.
_QUOTED = re.compile(
    r'"[^"\n]{0,600}"|“[^”\n]{0,600}”|„[^“”\n]{0,600}[“”]|«[^»\n]{0,600}»|‹[^›\n]{0,600}›|'
    r"「[^」\n]{0,600}」|『[^』\n]{0,600}』|‘[^’\n]{0,600}’|‚[^‘’\n]{0,600}[‘’]"
)
_LONG = 8  # table words this long also match as the start of a longer word
_NEAR = 3  # a qualifier makes a summary or instructions the tool's within this many words


class _Table:
    def __init__(self, table: str) -> None:
        # "por_favor" is the two words "por favor"
        self.words = frozenset(w.replace("_", " ").casefold() for w in table.split())
        self.stems = tuple(w for w in self.words if len(w) >= _LONG and " " not in w)

    def found(self, terms: set[str]) -> bool:
        return bool(terms & self.words) or any(
            term.startswith(self.stems) for term in terms if len(term) > _LONG
        )


@lru_cache(maxsize=1)
def _tables() -> dict[str, _Table]:
    return {
        "to_you": _Table(_TO_YOU_WORDS),
        "identity": _Table(_TOOL_IDENTITY),
        "output": _Table(_TOOL_OUTPUT),
        "thing": _Table(_TOOL_THING),
        "which": _Table(_QUALIFIERS),
        "salutation": _Table(_SALUTATIONS),
    }


def _speaks_to_the_tool(text: str) -> bool:
    """Whether `text` (a sentence), outside its quotations, both speaks to someone ("you",
    "please", "Dear ...,", "Assistant, ...") and names the tool: what it is, or its summary
    or instructions made its own by a qualifier, in any of the languages above."""
    own = _QUOTED.sub(" ", text)
    table = _tables()
    tokens = [w.casefold() for w in _WORD.findall(own)]  # "l'assistente": "l", "assistente"
    pairs = [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]
    terms = {*tokens, *pairs}
    opening = {*tokens[:2], " ".join(tokens[:2])}
    salutation = table["salutation"].found(opening) and re.search(r"[:：,]", own[:120])
    addressed = (
        table["to_you"].found(terms)
        or any(c in own for c in _TO_YOU_CHARACTERS)
        or _called_by_name(own, table["identity"])
    )
    if not (addressed or salutation):
        return False  # most sentences: nobody is spoken to
    return _names_the_tool(own, tokens, pairs, terms, bool(salutation))


def _names_the_tool(
    own: str, tokens: list[str], pairs: list[str], terms: set[str], salutation: bool
) -> bool:
    table = _tables()
    if (
        table["identity"].found(terms)
        or any(c in own for c in _TOOL_IDENTITY_CHARACTERS)
        or _TOOL_PHRASES.search(own) is not None
    ):
        return True
    # "To the summary tool:", "your previous instructions": the summary or instructions are
    # the tool's when a qualifier stands next to them (within three words either side)
    output = table["output"]
    near = [
        i
        for i, token in enumerate(tokens)
        if output.found({token}) or (i < len(pairs) and pairs[i] in output.words)
    ]
    if not near and not any(c in own for c in _TOOL_OUTPUT_CHARACTERS):
        return False
    if salutation or any(c in own for c in _TOOL_OWNED_CHARACTERS):
        return True
    around = {
        term
        for i in near
        for j in range(max(0, i - _NEAR), min(len(tokens), i + _NEAR + 1))
        for term in (tokens[j], pairs[j] if j < len(pairs) else "")
    }
    return table["which"].found(around) or table["thing"].found(around)


def _called_by_name(text: str, identity: _Table) -> bool:
    """A vocative: the sentence opens with nothing but the tool's name (and a greeting), set
    off by a comma or colon ("Assistant, ...", "Dear AI assistant: ..."); "The chatbot,
    launched last year, ..." is news about one."""
    cut = re.search(r"[,:：，、،]", text[:80])
    if cut is None:
        return False
    head = text[: cut.start()]
    if any(c in head for c in _TOOL_IDENTITY_CHARACTERS):
        return True
    tokens = [w.casefold() for w in _WORD.findall(_TOOL_PHRASES.sub(" AI ", head))]
    if not tokens or len(tokens) > 5:
        return False
    greeting = _tables()["salutation"]
    named = [t for t in tokens if identity.found({t}) or t == "ai"]
    rest = [t for t in tokens if t not in named and not greeting.found({t})]
    return bool(named) and not rest


# --- what hides an order: undone before reading -------------------------------------------------
_BASE64 = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2}){6,}")
_SPACED = re.compile(r"(?<!\w)(?:\w[ .\-_]){4,}\w(?!\w)")
_LEET = str.maketrans("013457@$!|", "oieastasil")
_ROT13 = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm",
)


def _decoded_payloads(text: str) -> list[str]:
    """The text that base64 or percent-encoding in `text` hides (a news article carries
    neither as prose)."""
    found = []
    for blob in _BASE64.findall(text):
        try:
            raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True)
            decoded = raw.decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        printable = sum(c.isprintable() or c.isspace() for c in decoded)
        if decoded and printable / len(decoded) > 0.95 and " " in decoded:
            found.append(decoded)
    found += [unquote(run) for run in _PERCENT.findall(text)]
    return found


def _unhidden(text: str) -> list[str]:
    """Readings of `text` with each disguise it shows undone: letters spaced apart joined,
    digits or symbols that stand for letters read as letters, reversed and ROT13 text read
    forwards."""
    readings = []
    if _HINTS["spaced"].search(text):
        readings.append(_SPACED.sub(lambda m: re.sub(r"[ .\-_]", "", m.group()), text))
    if _HINTS["symbols"].search(text):
        readings.append(text.translate(_LEET))
    if _HINTS["reversed"].search(text):
        readings.append(text[::-1])
    if text.isascii() and _HINTS["rot13"].search(text):
        readings.append(text.translate(_ROT13))
    return readings


@lru_cache(maxsize=4096)
def skeleton(text: str) -> str:
    """`text` without invisible characters, compatibility forms folded, and letters that
    imitate Latin ones read as those Latin letters."""
    visible = "".join(
        c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf"
    )
    if visible.isascii():
        return visible
    from confusable_homoglyphs import confusables  # loaded only for non-ASCII text

    found = confusables.is_confusable(visible, greedy=True, preferred_aliases=["latin"]) or []
    latin: dict[str, str] = {}
    for entry in found:
        target = next(
            (g["c"] for g in entry["homoglyphs"] if g["c"].isascii() and g["c"].isalpha()), None
        )
        if target is not None:
            latin[entry["character"]] = target
    return "".join(latin.get(c, c) for c in visible)


_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*")


def _visible(text: str) -> str:
    """`text` without invisible characters, each run of white space one space (or newline)."""
    shown = "".join(
        c for c in unicodedata.normalize("NFKC", text) if unicodedata.category(c) != "Cf"
    )
    return _SPACES.sub(" ", _BLANK_LINES.sub("\n", shown))


def _known_phrasing(text: str) -> bool:
    return _gives_an_order(text) or any(p.search(text) for p in _ADDRESSED)


def addresses_the_model(text: str) -> bool:
    """Whether `text` speaks to an AI system rather than reporting: a known phrasing (read
    through look-alike letters and invisible characters), an encoded payload, or a disguised
    known phrasing. Linear in `text`: every pattern is anchored on a word and reads a bounded
    stretch after it, and each reading is one pass."""
    return _addresses(_visible(text))


# What each disguise leaves in plain sight: only text that shows one is read again that way.
_HINTS = {
    "spaced": re.compile(r"(?:\w[ .\-_]){4}\w"),
    "symbols": re.compile(r"[^\W\d]\d|\d[^\W\d]|[@$!|][^\W\d]"),
    "reversed": re.compile(r"rongi|noitcurtsni|suoiverp|dragersid|tegrof|reireongi", re.I),
    "rot13": re.compile(r"vtabe|qvfertneq|sbetrg|vafgehpg|cerivbhf", re.I),
}


def _addresses(visible: str) -> bool:
    forms = list(dict.fromkeys([visible, skeleton(visible)]))
    if any(_known_phrasing(form) for form in forms):
        return True
    if _decoded_payloads(visible):
        return True
    return any(_known_phrasing(reading) for reading in _unhidden(forms[-1]))


def instruction_spans(
    text: str, paragraphs: Sequence[tuple[int, int]], sentences: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of `text` that may not be cited: from each sentence that addresses the model
    (or speaks to the tool by name) to the end of its paragraph."""
    flagged = []
    starts = [a for a, _ in sentences]  # sorted: each paragraph finds its sentences by bisection
    for first, last in paragraphs:
        inside = sentences[bisect_left(starts, first) : bisect_left(starts, last)] or [
            (first, last)
        ]
        for a, b in inside:
            visible = _visible(text[a:b])
            if _addresses(visible) or _speaks_to_the_tool(visible):
                flagged.append((a, last))
                break
    return flagged
