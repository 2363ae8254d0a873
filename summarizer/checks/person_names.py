"""Names of people written in scripts without capital letters (Arabic, Persian, Hebrew, the
Indic scripts, Georgian, Chinese, Japanese, Korean), which `statements.name_candidates` cannot
find by their capitals.

A name is found by the given and family names that Faker's person lists give for the locales
of the script (a few hundred common names per locale), and only where the words around it make
it a person's name rather than a word that is also a name ("كريم" is "generous" as well):
- in scripts that space their words, two listed names side by side ("خالد منصور", "सुरेश वर्मा");
  in Arabic letters, also a given name with a family name after it that is not listed but has
  a family name's form (the article "ال", or the nisba ending "ي"/"ی": "حسن العبيدي",
  "محمد حسینی"). A family name alone does not make a name: the lists hold common words
  ("حرب", war; "सरकार", government; "שלו", his);
- in Korean, a word that begins with a listed surname and a listed given name ("이준호"), or
  one of three syllables that begins with a listed surname and stands before a title
  ("김태호 장군");
- in Japanese, a listed family name of two characters at least, with a listed given name after
  it when there is one ("田中健一"), and any kanji before an honorific ("森田健太氏");
- in Chinese, a word jieba's tagger reads as a person's name, or a listed surname it reads as
  one with a listed given name after it ("李明").
What this cannot find: a rare given name alone, a name in Thai (written without spaces), and a
name the article writes in another script (an Arabic statement about an English article).
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import NamedTuple

import regex

from summarizer.checks.language import letter_script

__all__ = ["PersonName", "caseless_names", "japanese_readings", "person_supported"]


class PersonName(NamedTuple):
    """A name as the text writes it, and the words a support must write for it: all of them,
    or (a name found by a family name's form only) any one of them."""

    written: str
    words: tuple[str, ...]
    every_word: bool = True


_WORD = regex.compile(r"\p{L}[\p{L}\p{M}\u200c]*")
# Faker's locales per script: Persian names are Arabic letters too
_LOCALES = {
    "ARABIC": ("ar_AA", "ar_DZ", "ar_PS", "ar_SA", "fa_IR"),
    "HEBREW": ("he_IL",),
    "DEVANAGARI": ("hi_IN", "mr_IN", "ne_NP"),
    "BENGALI": ("bn_BD",),
    "GUJARATI": ("gu_IN",),
    "ORIYA": ("or_IN",),
    "TAMIL": ("ta_IN",),
    "SINHALA": ("si_LK",),
    "GEORGIAN": ("ka_GE",),
    "HANGUL": ("ko_KR",),
    "JAPANESE": ("ja_JP",),
    "CHINESE": ("zh_CN", "zh_TW"),
}
_SPACED = frozenset(_LOCALES) - {"HANGUL", "JAPANESE", "CHINESE"}
# not alef maksura: "على" ("on") must not become the name "علي"
_ONE_SPELLING = str.maketrans("أإآٱیکہۀة", "اااايكههه")
_CLITICS = "وفبلك"  # Arabic's one-letter prefixes: "and", "so", "with", "to", "like"
# Bengali's case endings, glued to a name: "করিমের" ("Karim's"), "করিমকে" ("to Karim")
_SUFFIXES = ("দের", "ের", "এর", "কে", "র")
# a family name's form in Arabic letters: the article "ال", or the nisba ending "ي"/"ی"
_NISBA = re.compile(r"^ال\w{3,}$|^[^وف]\w{3,}[يی]$")  # not "وتوفي" ("and died")
_PREPOSITION_SPELLINGS = frozenset({"علي"})  # "على" ("on") is often written so
_NOT_NISBA = frozenset({"التي", "الذي", "الذين", "اللتي", "اللذي", "اللواتي", "اللاتي"})
_MIN_LETTERS = 3  # a listed name's characters (vowel signs count), at least: "في" is "in"
_SAME_SCRIPT = {"CHINESE": ("JAPANESE",), "JAPANESE": ("CHINESE",)}  # Han either way
_HAN = regex.compile(r"\p{Han}+")
_COUNTED = regex.compile(r"[零〇一二两兩三四五六七八九十百千万萬]+[名人个個位]?")
# Korean writes a person's title after the name ("김태호 장군", General Kim Tae-ho), and glues
# its case particles on ("정우성이"): a three-syllable word that begins with a surname and
# stands before a title is a name, whatever its given name.
_KOREAN_TITLE = regex.compile(
    r"(?:장관|차관|시장|군수|지사|의원|대변인|장군|대통령|총리|국장|청장|교수|대표|위원장|사령관"
    r"|대사|판사|검사|회장|사장|총장|부장|씨)(?:[이가은는을를의께에도와과]|께서|에게)?$"
)
_KOREAN_PARTICLE = regex.compile(r"(?:께서|에게|[이가은는을를의도와과])$")
_KANA = regex.compile(r"[\p{Hiragana}\p{Katakana}]")
# Japanese writes an honorific or a title after a person's name: the name is the kanji before
# it ("森田健太氏", "田中さん"), at most four (a longer run has a title before the name too:
# "外務大臣石井裕子氏", whose last three characters are kept).
_HONORIFIC = regex.compile(r"(?<!\p{Han})(\p{Han}{2,})(?=氏|さん|様)")
_JAPANESE_TITLE = regex.compile(
    r"(?:氏|首相|大統領|外相|大臣|知事|市長|議員|容疑者|被告|社長|会長|代表|長官|教授|監督|選手"
    r"|本部長|報道官)$"
)
_NAME_CHARACTERS = 4


def script_of(text: str) -> str | None:
    """The script without case that `text` is written in, by its first letter of one
    ("JAPANESE" for Han with kana anywhere in the text, else "CHINESE"), or None."""
    for char in text:
        if not char.isalpha():
            continue
        script = letter_script(char)
        if script in ("CJK", "HIRAGANA", "KATAKANA"):
            return "JAPANESE" if _KANA.search(text) else "CHINESE"
        if script in _LOCALES:
            return script
    return None


@lru_cache(maxsize=16)
def _names(script: str) -> tuple[frozenset[str], frozenset[str]]:
    """(given names, family names) of the locales of `script`, from Faker's person lists."""
    given: set[str] = set()
    family: set[str] = set()
    for locale in _LOCALES[script]:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute, value in vars(provider).items():
            if not attribute.endswith(("names", "names_male", "names_female")):
                continue
            if any(part in attribute for part in ("romanized", "kana", "language", "prefix")):
                continue
            if not isinstance(value, (tuple, list, dict)):
                continue
            entries = [e[0] if isinstance(e, tuple) else e for e in value]
            names = {e for e in entries if isinstance(e, str) and script_of(e) is not None}
            (family if attribute.startswith("last") else given).update(names)
    if script == "ARABIC":
        given, family = {_spelled(n) for n in given}, {_spelled(n) for n in family}
    return frozenset(given), frozenset(family)


@lru_cache(maxsize=64)
def _spelled(text: str) -> str:
    """Arabic letters as one spelling: the hamza's seats and the forms of yeh, kaf and heh
    that Arabic, Persian and Urdu write apart ("أحمد", "احمد"; "عائشة", "عائشہ"), one for
    one, so that positions in the text stay as they are."""
    return text.translate(_ONE_SPELLING)


@lru_cache(maxsize=1)
def _readings() -> dict[str, str]:
    """Japanese given and family names in kanji -> their romanisation, from Faker's ja_JP
    pairs ("佐藤" -> "Sato"): anyascii reads kanji as Chinese, which no English text writes."""
    provider = importlib.import_module("faker.providers.person.ja_JP").Provider
    readings: dict[str, str] = {}
    for attribute in ("first_name_pairs", "last_name_pairs"):
        for entry in getattr(provider, attribute, ()):
            triple = entry[0] if isinstance(entry[0], tuple) else entry  # (pair, weight)
            if len(triple) == 3 and all(isinstance(part, str) for part in triple):
                readings[triple[0]] = triple[2]
    return readings


def japanese_readings(text: str, *, given_unread: bool = False) -> list[str]:
    """The romanised readings of the listed Japanese names `text` writes in kanji ("山田花子"
    -> "Yamada", "Hanako"); none for a text without kana (Chinese). `given_unread`: only the
    family names the text writes with a given name there is no reading for ("高橋誠氏":
    "Takahashi"). Never raises."""
    try:
        if not _KANA.search(text):
            return []
        readings = _readings()
        parts = [
            part
            for name in _japanese_parts(text)
            for part in ((name.family,) if given_unread else name[:2])
            if part and (name.unread or not given_unread)
        ]
        return [readings[part] for part in parts if part in readings]
    except Exception:  # noqa: BLE001 - no reading, never a failed check
        return []


def person_supported(name: PersonName, support: str) -> bool:
    """Whether `support` writes the name: its words, all or (a name by its form only) one.
    A support that writes nothing in the name's script cannot say (an English article named
    in an Arabic statement): the name is taken as supported."""
    script = script_of(name.written)
    if script is None or not _writes(support, script):
        return True
    if script == "ARABIC":
        support = _spelled(support)
    found = [word in support for word in name.words]
    return all(found) if name.every_word else any(found)


@lru_cache(maxsize=64)
def _writes(text: str, script: str) -> bool:
    words = _HAN.findall(text) if script in ("CHINESE", "JAPANESE") else _WORD.findall(text)
    return any(script_of(word) in (script, *_SAME_SCRIPT.get(script, ())) for word in words)


def caseless_names(text: str) -> list[PersonName]:
    """The people `text` names in a script without case, each as `text` writes it, in order.
    Never raises: a fault finds no name."""
    try:
        return _caseless_names(text)
    except Exception:  # noqa: BLE001 - a name not found, never a failed check
        return []


@lru_cache(maxsize=1024)
def _caseless_names(text: str) -> list[PersonName]:
    script = script_of(text)
    if script is None:
        return []
    if script in _SPACED:
        return _spaced(text, script)
    if script == "HANGUL":
        return _korean(text)
    if script == "JAPANESE":
        return _japanese(text)
    return _chinese(text)


def _listed(word: str, names: frozenset[str]) -> bool:
    """Whether `word` is in `names`, as it is or bare of a prefix or case suffix its script
    glues on ("وخالد", "করিমের")."""
    if len(word) < _MIN_LETTERS:
        return False  # "طه" is a name, but two letters are too often something else
    return _bare(word, names) in names


def _bare(word: str, names: frozenset[str]) -> str:
    """`word` without an Arabic one-letter prefix or a Bengali case suffix, when that is what
    stands between it and a name of `names`; else `word`."""
    if word in names:
        return word
    if len(word) > 4 and word[0] in _CLITICS and word[1:] in names:
        return word[1:]
    for suffix in _SUFFIXES:
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= _MIN_LETTERS and stem in names:
            return stem
    return word


def _spaced(written_text: str, script: str) -> list[PersonName]:
    given, family = _names(script)
    known = given | family
    found: list[PersonName] = []
    text = _spelled(written_text) if script == "ARABIC" else written_text
    words = [m for m in _WORD.finditer(text) if script_of(m.group(0)) == script]
    said = [m.group(0) for m in words]
    for index, (first, second) in enumerate(zip(words, words[1:], strict=False)):
        if text[first.end() : second.start()].strip():
            continue  # a comma, a stop or another script between: not one name
        a, b = first.group(0), second.group(0)
        written = written_text[first.start() : second.end()]
        if _listed(a, known) and _listed(b, known):
            found.append(PersonName(written, (_bare(a, known), _bare(b, known))))
        elif (
            (_listed(a, known) or _listed(b, known))
            and min(len(a), len(b)) >= _MIN_LETTERS
            and _framed(text, words, said, index, script)
        ):
            # "ندیم عباس کے مطابق" (according to Nadeem Abbas), "मंत्री अनीता सिंह": one
            # listed name in the place a person's name stands; one word the support writes
            # is enough
            found.append(PersonName(written, (_bare(a, known), _bare(b, known)), every_word=False))
        elif (
            script == "ARABIC"
            and _listed(a, given)
            and a not in _PREPOSITION_SPELLINGS
            and _NISBA.match(b)
            and b not in _NOT_NISBA
        ):
            # "قائد الدفاع" ("the defence chief") has a name's form too: one word the
            # support writes is enough
            found.append(PersonName(written, (_bare(a, known), b), every_word=False))
    return found


# Where a person's name stands in a news sentence: after "according to" or a title ("بحسب",
# "به گفته", "לדברי", "मंत्री", "মন্ত্রী"), or before a postposed "according to" ("کے مطابق",
# "के अनुसार", "মতে"); by script, as words (Arabic letters in their one spelling). Not after
# "said": the words after it are as often a title as a name ("قال المتحدث باسم").
_BEFORE_A_NAME: dict[str, frozenset[tuple[str, ...]]] = {
    "ARABIC": frozenset(
        tuple(_spelled(word) for word in phrase.split())
        for phrase in (
            "بحسب", "وبحسب", "حسب", "وحسب", "الوزير", "الوزيرة", "المحافظ", "اللواء", "العميد",
            "العقيد", "النائب", "الدكتور", "رئيس البلدية", "رئيس الوزراء", "به گفته", "وزیر",
            "استاندار", "فرماندار", "شهردار", "سردار", "میئر", "جنرل", "وزیراعظم",
        )
    ),
    "HEBREW": frozenset(
        tuple(phrase.split())
        for phrase in ("לדברי", "לטענת", "השר", "השרה", "האלוף", "ניצב", "ח\"כ", "ראש העירייה",
                       "ראש העיר", "ראש הממשלה")
    ),
    "DEVANAGARI": frozenset(
        (word,)
        for word in ("मंत्री", "मुख्यमंत्री", "प्रवक्ता", "महापौर", "जनरल", "प्रधानमंत्री",
                     "राष्ट्रपति", "सांसद", "विधायक")
    ),
    "BENGALI": frozenset(
        (word,)
        for word in ("মন্ত্রী", "মুখপাত্র", "মেয়র", "জেনারেল", "প্রধানমন্ত্রী", "রাষ্ট্রপতি")
    ),
}  # fmt: skip
_AFTER_A_NAME: dict[str, frozenset[tuple[str, ...]]] = {
    "ARABIC": frozenset({(_spelled("کے"), _spelled("مطابق"))}),
    "DEVANAGARI": frozenset({("के", "अनुसार")}),
    "BENGALI": frozenset({("মতে",), ("এর", "মতে")}),
}


def _framed(
    text: str, words: list[regex.Match[str]], said: list[str], index: int, script: str
) -> bool:
    """Whether the pair of words at `index` stands where a name does: right after a phrase of
    `_BEFORE_A_NAME` or right before one of `_AFTER_A_NAME`, nothing but spaces between."""
    for phrase in _BEFORE_A_NAME.get(script, ()):
        start = index - len(phrase)
        if start >= 0 and tuple(said[start:index]) == phrase:
            return not text[words[index - 1].end() : words[index].start()].strip()
    after = index + 2
    for phrase in _AFTER_A_NAME.get(script, ()):
        if tuple(said[after : after + len(phrase)]) == phrase:
            return not text[words[after - 1].end() : words[after].start()].strip()
    return False


def _korean(text: str) -> list[PersonName]:
    given, family = _names("HANGUL")
    found = []
    words = [m.group(0) for m in _WORD.finditer(text)]
    for index, word in enumerate(words):
        if len(word) < 3 or word[0] not in family:
            continue
        after = words[index + 1] if index + 1 < len(words) else ""
        before = words[index - 1] if index else ""
        bare = _KOREAN_PARTICLE.sub("", word)
        # a title after the name ("김태호 장군"), or before it, bare ("장관 하태경은")
        titled = len(bare) == 3 and (
            _KOREAN_TITLE.match(after) is not None or _KOREAN_TITLE.fullmatch(before) is not None
        )
        if word[1:3] in given or titled:  # "이준호", or a surname by a title
            found.append(PersonName(word[:3], (word[:3],)))
    return found


def _japanese(text: str) -> list[PersonName]:
    found = [
        PersonName(name.family + name.given, (name.family + name.given,))
        for name in _japanese_parts(text)
    ]
    for match in _HONORIFIC.finditer(text):
        run = match.group(1)
        name = run if len(run) <= _NAME_CHARACTERS else run[-3:]
        if not any(name in person.written or person.written in name for person in found):
            found.append(PersonName(name, (name,)))
    return found


class _JapaneseName(NamedTuple):
    family: str
    given: str  # "" when the given name is not listed, or not written
    unread: str  # the kanji of a given name that is not listed ("誠" in "高橋誠氏"), or ""


@lru_cache(maxsize=256)
def _japanese_parts(text: str) -> tuple[_JapaneseName, ...]:
    """Each listed family name in the text's runs of kanji, with the given name after it
    (read once per text: its names and their readings both come from here)."""
    given, family = _names("JAPANESE")
    found = []
    for run in _HAN.finditer(text):
        han = _JAPANESE_TITLE.sub("", run.group(0))  # "高橋誠氏": the name before its title
        index = 0
        while index < len(han):
            surname = next(
                (han[index : index + n] for n in (3, 2) if han[index : index + n] in family),
                None,
            )
            if surname is None:
                index += 1
                continue
            after = index + len(surname)
            first = next(
                (han[after : after + n] for n in (3, 2, 1) if han[after : after + n] in given),
                "",
            )
            rest = han[after + len(first) :]
            if first and 1 <= len(first + rest) <= 3 and rest:
                first, rest = "", first + rest  # "浩一": not the listed "浩" alone
            # a given name this cannot read: the rest of the run, one to three kanji
            unread = rest if not first and 1 <= len(rest) <= 3 else ""
            found.append(_JapaneseName(surname, first, unread))
            index = len(han) if unread else after + len(first)
    return tuple(found)


def _chinese(text: str) -> list[PersonName]:
    import jieba  # loaded on first use: only Chinese text needs it
    import jieba.posseg

    jieba.setLogLevel(60)  # its dictionary's loading messages are not the caller's
    given, family = _names("CHINESE")
    found = []
    pieces = list(jieba.posseg.cut(text))
    for index, (word, flag) in enumerate(pieces):
        if not flag.startswith("nr") or _COUNTED.fullmatch(word):
            continue  # "二人" (two people) is no name
        if len(word) >= 2:
            found.append(PersonName(word, (word,)))
        elif word in family and index + 1 < len(pieces):
            after = pieces[index + 1].word
            first = next((after[:n] for n in (2, 1) if after[:n] in given), "")
            if first:
                found.append(PersonName(word + first, (word + first,)))
    return found
