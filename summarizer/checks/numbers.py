"""Numbers as news writes them: digits ("1,200"), words ("twenty-two"), and the few words that
state a count without a numeral ("a contractor" is one, "a dozen" twelve)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple, TypeVar

import regex

from summarizer.checks.alignment import mentions_number
from summarizer.checks.language import letter_script, text_language
from summarizer.checks.vocabulary import function_word_counts

__all__ = [
    "NUMBER",
    "as_digits",
    "number_language",
    "script_numbers",
    "told_language",
    "numbers_in",
    "ordinals_in",
    "states_number",
    "states_ordinal",
]

# A whole number or decimal, with thousands separators; not part of a word ("E1", "2nd") nor a
# time ("10:30") nor a date in digits ("2026-03-09").
# Scripts written without spaces between words: a number stands right against their letters
# ("500人"), so those letters do not make it part of a word.
_UNSPACED = "\u0e00-\u0e7f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
_WORDLIKE = rf"[^\W{_UNSPACED}]"  # a letter or digit of a script that spaces its words
NUMBER = re.compile(
    rf"(?<!{_WORDLIKE})(?<![.,:/-])(\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?"
    rf"(?!{_WORDLIKE}|[:/]|-\d|[.,]\d)"
)


# Both numbers of a range or a score ("77-72", "10–12"); not a date ("2026-03-09"), a code
# ("A-12") nor part of a longer run of numbers.
_RANGE = re.compile(r"(?<![\w.,:/-])(\d{1,4})\s?[-\u2013]\s?(\d{1,4})(?![\w:/-]|[.,]\d)")
_ORDINAL = re.compile(r"(?<![\w.,])(\d+)(?:st|nd|rd|th)\b", re.IGNORECASE)
# A unit or scale written against its number ("£50m", "46m", "205lb", "$2bn", "10km"): read
# apart, so that the number is the number ("50", as in "£50 million").
_GLUED = re.compile(
    r"(?<=\d)(?=(?:m|mn|bn|b|k|tn|km|kg|lbs?|ft|mph|kph|cm|mm|ha|mw|gw)\b)", re.IGNORECASE
)
# A scale after a number: the number is stated both as written and at its scale ("50 million"
# states 50 and 50,000,000). A bare "m" is millions only after a currency sign ("£50m"); else it
# may be metres, and states the number as written only.
_SCALE_AFTER = re.compile(
    r"\s{0,2}(thousand|million|billion|trillion|mn|mln|bn|bln|tn|k|m|b)\b", re.IGNORECASE
)
_SCALE = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "mln": 10**6}
_SCALE |= {"m": 10**6, "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9}
_SCALE |= {"trillion": 10**12, "tn": 10**12}
_CURRENCY_BEFORE = re.compile(r"[$\u00a3\u20ac\u00a5]\s?$")
_CURRENCY_AFTER = re.compile(
    r"\s+(?:pounds|dollars|euros|yen|yuan|rupees|francs|dinars|riyals|dirhams|rubles|roubles"
    r"|pesos|[A-Z]{3}\b)",
)


_KEPT_FROM_CONVERTER = re.compile(
    r"(\b(?:tens|dozens|scores|hundreds|thousands|millions|billions)\b(?:\s+of\b)?"
    r"|\b(?:million|billion|trillion)\b"
    r"|\bos\b)",  # read as 0 by the English converter; Portuguese "the", or "OS"
    re.IGNORECASE,
)


_CONVERTER_LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "it"})  # text_to_num's
_DETECTED_FROM = 100  # characters: below, the detector misreads too often to be asked
# English function words that are no word of the languages whose own share English's "in",
# "is", "was" (Dutch, the Scandinavian languages)
_ONLY_ENGLISH = re.compile(
    r"\b(?:the|and|that|with|said|were|from|this|which|their|has|have|after|been)\b",
    re.IGNORECASE,
)
# Other languages' number words are read from CLDR's spellings (num2words' where ICU is not
# there) of the numbers news writes in words (2 to 100, the hundreds, a thousand); "one" is
# left out, being "a" in most of them ("bir köprü", "een brug"). Not in scripts without spaces,
# where "一" stands inside words.
_SPELLED = (*range(2, 101), *range(200, 1000, 100), *range(1000, 2000, 100), 2000, 5000, 10000)
_NOT_SPELLED = frozenset({"ja", "ko", "th", "zh"})
# Counters glued to a number word: Bengali "নয়জন" (nine persons), "তিনটি" (three).
_COUNTERS = {"BENGALI": ("জন", "টি", "টা")}  # by script: Bengali text is read by its script
# Number words CLDR does not spell, by language: the collective numerals news uses for people
# ("погибли трое", "шестеро правоохоронців") and their oblique case ("пятерых"); Ukrainian's
# cases, which CLDR spells in the nominative only ("звільнили вісьмох заручників"); Urdu's
# words, which neither CLDR nor num2words spells (2 to 99, as Hindi's, which CLDR spells).
_NOT_IN_CLDR: dict[str, dict[str, int]] = {
    "ru": {"двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
           "восьмеро": 8, "девятеро": 9, "десятеро": 10,
           "двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6, "семерых": 7,
           "восьмерых": 8, "девятерых": 9, "десятерых": 10},
    "uk": {"двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6, "семеро": 7,
           "восьмеро": 8, "дев'ятеро": 9, "десятеро": 10,
           "двох": 2, "трьох": 3, "чотирьох": 4, "п'яти": 5, "п'ятьох": 5, "шести": 6,
           "шістьох": 6, "семи": 7, "сімох": 7, "восьми": 8, "вісьмох": 8, "дев'яти": 9,
           "дев'ятьох": 9, "десяти": 10, "десятьох": 10,
           "двом": 2, "трьом": 3, "чотирьом": 4, "п'ятьом": 5, "шістьом": 6, "сімом": 7,
           "вісьмом": 8, "дев'ятьом": 9, "десятьом": 10,
           "двома": 2, "трьома": 3, "чотирма": 4, "п'ятьма": 5, "шістьма": 6, "сімома": 7,
           "вісьмома": 8, "дев'ятьма": 9, "десятьма": 10},
    "be": {"двое": 2, "трое": 3, "чацвёра": 4, "пяцёра": 5, "шасцёра": 6},
    # Macedonian counts people with their own forms ("тројца работници")
    "mk": {"двајца": 2, "тројца": 3, "четворица": 4, "петмина": 5, "шестмина": 6,
           "седуммина": 7, "осуммина": 8, "деветмина": 9, "десетмина": 10},
    # Swahili numbers agree with the noun they count ("wafanyakazi watatu", three workers)
    "sw": {"wawili": 2, "watatu": 3, "wanne": 4, "watano": 5, "wanane": 8, "mawili": 2,
           "matatu": 3, "manne": 4, "matano": 5, "manane": 8},
    # CLDR writes Slovenian 20 as Croatian does ("dvaset"); compounds below
    "sl": {"dvajset": 20},
    # Romanian as news writes it; CLDR has "patrusprezece", "șasesprezece"
    "ro": {"paisprezece": 14, "șaisprezece": 16, "șaizeci": 60},
    # Arabic: the masculine 11 and 12 and the forms for feminine nouns ("ثلاث سنوات"), which
    # CLDR does not spell
    "ar": {"أحد عشر": 11, "اثنا عشر": 12, "اثني عشر": 12, "اثنتا عشرة": 12, "اثنتي عشرة": 12,
           "إحدى عشرة": 11, "ثلاث": 3, "أربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثماني": 8,
           "ثمان": 8, "تسع": 9, "عشر": 10, "ثلاث عشرة": 13, "أربع عشرة": 14, "خمس عشرة": 15,
           "ست عشرة": 16, "سبع عشرة": 17, "ثماني عشرة": 18, "تسع عشرة": 19},
    "ur": {"دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "چھے": 6, "سات": 7, "آٹھ": 8,
           "نو": 9, "دس": 10, "گیارہ": 11, "بارہ": 12, "تیرہ": 13, "چودہ": 14, "پندرہ": 15,
           "سولہ": 16, "سترہ": 17, "اٹھارہ": 18, "انیس": 19, "بیس": 20, "تیس": 30,
           "چالیس": 40, "پچاس": 50, "ساٹھ": 60, "ستر": 70, "اسی": 80, "نوے": 90, "سو": 100,
           "ہزار": 1000,
           "اکیس": 21, "بائیس": 22, "تئیس": 23, "چوبیس": 24, "پچیس": 25, "چھبیس": 26, "ستائیس":
           27, "اٹھائیس": 28, "انتیس": 29, "اکتیس": 31, "بتیس": 32, "تینتیس": 33, "چونتیس": 34,
           "پینتیس": 35, "چھتیس": 36, "سینتیس": 37, "اڑتیس": 38, "انتالیس": 39, "اکتالیس": 41,
           "بیالیس": 42, "تینتالیس": 43, "چوالیس": 44, "پینتالیس": 45, "چھیالیس": 46, "سینتالیس":
           47, "اڑتالیس": 48, "انچاس": 49, "اکیاون": 51, "باون": 52, "ترپن": 53, "چون": 54,
           "پچپن": 55, "چھپن": 56, "ستاون": 57, "اٹھاون": 58, "انسٹھ": 59, "اکسٹھ": 61, "باسٹھ":
           62, "ترسٹھ": 63, "چونسٹھ": 64, "پینسٹھ": 65, "چھیاسٹھ": 66, "سڑسٹھ": 67, "اڑسٹھ": 68,
           "انہتر": 69, "اکہتر": 71, "بہتر": 72, "تہتر": 73, "چوہتر": 74, "پچھتر": 75, "چھہتر":
           76, "ستتر": 77, "اٹھہتر": 78, "اناسی": 79, "اکیاسی": 81, "بیاسی": 82, "تراسی": 83,
           "چوراسی": 84, "پچاسی": 85, "چھیاسی": 86, "ستاسی": 87, "اٹھاسی": 88, "نواسی": 89,
           "اکانوے": 91, "بانوے": 92, "ترانوے": 93, "چورانوے": 94, "پچانوے": 95, "چھیانوے": 96,
           "ستانوے": 97, "اٹھانوے": 98, "ننانوے": 99},
}  # fmt: skip
# "One" as it is written after a ten in a case CLDR does not spell.
_ONES = {"uk": ("одного", "одному", "одним", "одній", "однієї", "одною", "одна", "одне")}
# Languages that write a compound unit first, glued to the ten by a joiner: Slovenian
# "triindvajset" (23), which CLDR does not spell
_UNIT_FIRST = {"sl": ("in", {1: "ena"})}
# Number words that are as often another word (checked against wordfreq's 3,000 most frequent
# words of each language): Persian "نه" is also "no", "ده" is Egyptian Arabic's "this" and
# "نو" (Urdu's 9) Persian's "new"; Urdu "سی" is "like", "اسی" "this very", "سو" "so";
# Hebrew "שני" is "second", Hindi "सत्र" (17) is "session", Vietnamese "năm" is "year" and "ba"
# "father".
# A statement's such word states no number; an article's may state its number (below).
_ALSO_WORDS = {
    "ar": frozenset({"خمس", "ست", "سبع", "عشر"}),  # also a fifth, "lady", a beast, a tenth
    "fa": frozenset({"نه", "ده", "نو"}),
    "ur": frozenset({"سی", "اسی", "سو", "بہتر", "چون"}),  # also "better", "because"
    "he": frozenset({"שני"}),
    "hi": frozenset({"सत्र"}),
    "mr": frozenset({"सत्र"}),
    "vi": frozenset({"năm", "ba"}),
}


def told_language(text: str, hits: dict[str, int] | None = None) -> str | None:
    """The converter language `text`'s function words tell ("en", "fr", "es", "pt", "de" or
    "it"), or None when they are too few to tell (a short statement, most often). `hits`:
    their counts, when the caller has them."""
    hits = hits if hits is not None else function_word_counts(text)
    best = max(hits, key=lambda lang: hits[lang])
    others = [n for lang, n in hits.items() if lang != best]
    return best if hits[best] >= 2 and hits[best] > max(others) else None


@lru_cache(maxsize=4096)
def number_language(text: str) -> str:
    """The language whose number words `text` is read in: for a text long enough, the one the
    language detector tells (Dutch "in" and "is", Catalan "de" and "la" are the table's
    function words too); else one of text_to_num's, told by its function words; else
    English."""
    by_script = script_numbers(text)
    if by_script is not None:
        return by_script
    told = told_language(text)
    if told == "en" and _ONLY_ENGLISH.search(text):
        return "en"  # English beyond doubt, without loading the detector's model (0.5 s)
    if len(text) >= _DETECTED_FROM:
        detected = text_language(text)
        if detected in _CONVERTER_LANGUAGES or (
            detected is not None and _spelled_numbers(detected) is not None
        ):
            return detected
    # a quote too short for the detector to be sure of, or no letters to tell a language by
    # ("450 451 452 ..."): its function words, else English, as ever
    return told or "en"


# Scripts other than Latin, and the languages whose number words they write: a text in one
# of them is read in all of these at once (a word with two values among them is dropped), so
# that a short passage needs no language detector ("единадесет" and "одиннадцать" are both 11).
_SCRIPT_LANGUAGES = {
    "CYRILLIC": ("ru", "uk", "be", "bg", "sr", "mk"),  # not Kazakh: its "он" (10) is "he"
    "GREEK": ("el",),
    "HEBREW": ("he",),
    "ARABIC": ("ar", "fa", "ur"),
    "DEVANAGARI": ("hi", "mr", "ne"),
    "BENGALI": ("bn",),
    "GUJARATI": ("gu",),
    "TAMIL": ("ta",),
    "TELUGU": ("te",),
    "KANNADA": ("kn",),
    "GEORGIAN": ("ka",),
    "ARMENIAN": ("hy",),
    "ETHIOPIC": ("am",),
}
_SCRIPT_PREFIX = "script:"
_ARABIC_SCRIPT = frozenset(_SCRIPT_LANGUAGES["ARABIC"])
# Letters Urdu writes and Arabic and Persian do not: ٹ ڈ ڑ ں ھ ہ ۃ ے ۓ
_URDU_LETTERS = re.compile("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06c3\u06d2\u06d3]")


@lru_cache(maxsize=4096)
def script_numbers(text: str) -> str | None:
    """The reading of number words for a text written mostly in a script other than Latin
    ("script:CYRILLIC"), or None (Latin letters, a script without spaces, or no letters)."""
    counts: dict[str, int] = {}
    for char in text[:2000]:  # enough to tell a script; a long text costs no more
        if char.isalpha():
            script = letter_script(char)
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    script = max(counts, key=counts.__getitem__)
    if script == "ARABIC" and _URDU_LETTERS.search(text[:2000]):
        return "ur"  # read in Urdu alone: its "نو" is 9, as it is not in Persian
    return _SCRIPT_PREFIX + script if script in _SCRIPT_LANGUAGES else None


_V = TypeVar("_V")


class NumberWords(NamedTuple):
    """A language's number words: a pattern that finds them, their values, and the words that
    may state a number but may as well be another word or another number ("نه" is 9 and
    "no"): those are read in a support, which may state a number so, never in a statement."""

    pattern: regex.Pattern[str]
    values: dict[str, int]
    maybe: dict[str, frozenset[int]]
    # the forms of "one", read only after a ten ("сорок одного", 41): alone, "one" is "a"
    ones: frozenset[str]


@lru_cache(maxsize=64)
def _spelled_numbers(language: str) -> NumberWords | None:
    """`language`'s number words as CLDR spells them (through ICU, in each gender the language
    has), else as num2words does, with the words neither spells (`_NOT_IN_CLDR`); None for a
    language none of them spells (or text_to_num reads)."""
    if not language or language in _CONVERTER_LANGUAGES or language in _NOT_SPELLED:
        return None
    languages = _SCRIPT_LANGUAGES.get(language.removeprefix(_SCRIPT_PREFIX), (language,))
    readings: dict[str, set[int]] = {}
    try:
        for one in languages:
            for number in _SPELLED:  # _NOT_IN_CLDR's words among them, through _forms
                for spelled in _spellings(number, one):
                    readings.setdefault(spelled, set()).add(number)
    except Exception:  # noqa: BLE001 - a speller's fault: the language's words are not read
        return None
    # a word read in any of the script's languages must not be another word in any of them
    also = frozenset().union(*(_ALSO_WORDS.get(one, ()) for one in languages))
    values = {w: min(ns) for w, ns in readings.items() if len(ns) == 1 and w not in also}
    maybe = {w: frozenset(ns) for w, ns in readings.items() if w not in values}
    if not values:
        return None
    # each word as composed and decomposed Unicode writes it ("নয়" has a letter with a nukta)
    values, maybe = _both_forms(values), _both_forms(maybe)
    alternatives = "|".join(map(re.escape, sorted(values, key=len, reverse=True)))
    counters = "|".join(_COUNTERS.get(language.removeprefix(_SCRIPT_PREFIX), ()))
    glued = f"(?={counters})|" if counters else ""
    # a vowel sign is part of its word: "दस" (ten) must not be found inside "हादसे"; a counter
    # may be glued on ("নয়জন", nine persons)
    # Arabic's "and" and "so" are written joined to the word after them ("وثلاث", and three)
    clitic = r"|(?<=(?<![\w\p{M}])[وف])" if _ARABIC_SCRIPT.intersection(languages) else ""
    pattern = regex.compile(
        rf"(?:(?<![\w\p{{M}}]){clitic})(?:{alternatives})(?:{glued}(?![\w\p{{M}}]))",
        regex.IGNORECASE,
    )
    ones = frozenset(
        variant
        for one in languages
        for form in (*_cldr_table(one).get(1, ()), *_ONES.get(one, ()))
        for variant in _written_variants(form, one)
    )
    return NumberWords(pattern, values, maybe, ones)


def _both_forms(table: dict[str, _V]) -> dict[str, _V]:
    return {
        form: value
        for word, value in table.items()
        for form in (word, unicodedata.normalize("NFC", word), unicodedata.normalize("NFD", word))
    }


def _spellings(number: int, language: str) -> set[str]:
    """How `language` writes `number` in words: each gender's and case's form, a compound also
    with its parts spaced ("on iki", "oniki"); none when no speller knows the language."""
    found = set(_forms(number, language))
    tens, units = divmod(number, 10)
    if units and 10 < number < 100:
        ten_forms = _forms(tens * 10, language)
        found |= {
            f"{ten} {unit}"
            for ten in ten_forms
            for unit in _forms(units, language)
            if ten + unit in found
        }
        if language in _UNIT_FIRST:  # "triindvajset"
            joiner, own = _UNIT_FIRST[language]
            unit_forms = _forms(units, language) | ({own[units]} if units in own else set())
            found |= {unit + joiner + ten for ten in ten_forms for unit in unit_forms}
        # "trideset i četiri" is also written "trideset četiri"
        for form in list(found):
            parts = form.split(" ")
            if len(parts) == 3 and len(parts[1]) <= 2 and parts[0] in ten_forms:
                found.add(f"{parts[0]} {parts[2]}")
    return {variant for form in found for variant in _written_variants(form, language)}


_OBLIQUE = re.compile(r"(?:ون|ان)$")
_CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")
# Hamza's seats, which Arabic-script text often leaves out ("احد عشر" for "أحد عشر")
_BARE_ALEF = str.maketrans("أإآ", "ااا")


def _written_variants(word: str, language: str) -> set[str]:
    """`word` as CLDR spells it and as news also writes it: Bulgarian's formal forms
    ("единадесет", "тридесет" for CLDR's "единайсет", "трийсет"), Arabic-script words without
    hamza's seats."""
    variants = {word}
    if language == "bg":
        variants.add(word.replace("йсет", "десет"))
    if language == "ar":  # the oblique case: "ثلاثة وعشرين", "اثنين"; "واحدا وثلاثين"
        oblique = " ".join(_OBLIQUE.sub("ين", part) for part in word.split(" "))
        variants |= {oblique, re.sub(r"^واحد ", "واحدا ", oblique)}
    if language in _ARABIC_SCRIPT:
        variants |= {variant.translate(_BARE_ALEF) for variant in variants}
    if "'" in word:  # "п'ять" with the typewriter's apostrophe and the typographer's
        variants |= {variant.replace("'", "\u2019") for variant in variants}
    if language == "el":
        variants.add(word.translate(_GREEK_PLAIN))
    if language == "ro":  # "ș" and "ț" with a comma below, and as older text writes them
        variants.add(word.translate(_CEDILLA))
    if language == "uk" and word.endswith("ть"):  # "чотирнадцятеро", "чотирнадцятьох"
        variants |= {word[:-2] + "теро", word + "ох"}
    if language == "bn":  # "সতের" and "সতেরো" (17): with or without its last vowel sign
        variants.add(word[:-1] if word.endswith("ো") else word + "ো")
    return variants


def _forms(number: int, language: str) -> frozenset[str]:
    """CLDR's spellings of `number` in `language`, else num2words', with the words neither
    spells (`_NOT_IN_CLDR`)."""
    spelled = _cldr_table(language).get(number) or _num2words_spellings(number, language)
    more = _not_in_cldr(language).get(number)
    return spelled | more if more else spelled


@lru_cache(maxsize=64)
def _not_in_cldr(language: str) -> dict[int, frozenset[str]]:
    """`_NOT_IN_CLDR`'s words for `language`, by their value."""
    by_value: dict[int, set[str]] = {}
    for word, value in _NOT_IN_CLDR.get(language, {}).items():
        by_value.setdefault(value, set()).add(word)
    return {value: frozenset(words) for value, words in by_value.items()}


# CLDR's rule sets for a number's genders and cases ("sześciu", "шести"); a name a language
# lacks falls back to its plain spelling, which is kept once.
_RULE_SETS: tuple[str, ...] = ("",) + tuple(
    f",%spellout-cardinal-{gender}{case}"
    for gender in ("masculine", "feminine", "neuter", "masculine-personal")
    for case in ("", "-genitive", "-dative", "-accusative", "-instrumental", "-locative")
)


@lru_cache(maxsize=64)
def _cldr_table(language: str) -> dict[int, frozenset[str]]:
    """Every number `language` may spell in news (1 to 100, the hundreds, a thousand), in each
    of its rule sets (genders), as CLDR spells it; empty where ICU is not there or CLDR does
    not spell the language (it falls back to English)."""
    try:
        from icu4py.messageformat import MessageFormat
    except ImportError:  # icu4py is a dependency; without it, num2words' languages only
        return {}
    numbers = (1, *_SPELLED)
    in_english = MessageFormat("{n,spellout}", "en")
    english = {n: in_english.format({"n": n}) for n in numbers}
    table: dict[int, set[str]] = {}
    for rule_set in _RULE_SETS:
        try:  # one formatter per rule set: building one costs more than using it
            speller = MessageFormat(f"{{n,spellout{rule_set}}}", language)
            spelled = {n: speller.format({"n": n}) for n in numbers}
        except Exception:  # noqa: BLE001 - a rule set the language lacks
            continue
        for number, words in spelled.items():
            if words != english[number]:
                words = words.replace("\u00ad", "").replace("\u02bc", "'").casefold()
                table.setdefault(number, set()).add(words)
    return {number: frozenset(words) for number, words in table.items()}


@lru_cache(maxsize=8192)
def _num2words_spellings(number: int, language: str) -> frozenset[str]:
    from num2words import CONVERTER_CLASSES, num2words

    if language not in CONVERTER_CLASSES:
        return frozenset()
    try:
        return frozenset({num2words(number, lang=language).casefold()})
    except Exception:  # noqa: BLE001 - a number num2words cannot spell is not read
        return frozenset()


@lru_cache(maxsize=16384)
def as_digits(text: str, language: str | None = None) -> str:
    """`text` with numbers written in words turned into digits ("twenty-two" -> "22"), read
    in `language` (by default, the one `number_language` tells)."""
    from text_to_num import alpha2digit  # loaded on first use: only grounding needs it

    # "thousands" and "dozens" state no number (the converter would read them as 1000 and 12),
    # and scale words above a thousand are kept from it (it reads "fifty million and two
    # million" as one garbled number)
    language = language or number_language(text)
    text = _in_one_piece(text, language)
    pieces = _KEPT_FROM_CONVERTER.split(_han_numerals_as_digits(_GLUED.sub(" ", text)))
    # English number words are read in any text too: a short English quote the detector
    # takes for another language must not lose its "four"
    spelled = _spelled_numbers(language)
    readings = ("en",) if language not in _CONVERTER_LANGUAGES - {"en"} else (language, "en")
    try:
        for index in range(0, len(pieces), 2):
            if spelled is not None:
                pieces[index] = _spelled_as_digits(pieces[index], spelled)
            for reading in readings:
                once = alpha2digit(pieces[index], reading, threshold=0)
                # a second pass: after "un" -> "1" the converter can miss the number next to
                # it ("un marché, tuant neuf civils")
                pieces[index] = (
                    alpha2digit(once, reading, threshold=0) if once != pieces[index] else once
                )
    except Exception:  # noqa: BLE001 - a converter fault must not stop a check; keep the text
        return text
    return "".join(pieces)


# Thousands as most languages group them: with a space (a no-break one too) or, outside
# English, a stop ("1 200", "1.200"); English's comma is read by NUMBER itself.
# Not a run of numbers ("100 101 102"): no digit and space before, none after.
_SPACED_THOUSANDS = re.compile(
    r"(?<![\d.,])(?<!\d[ \u00a0\u202f])(\d{1,3})((?:[ \u00a0\u202f]\d{3}){1,3})"
    r"(?![\d]|[.,]\d|[ \u00a0\u202f]\d)"
)
_STOPPED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})((?:\.\d{3}){1,3})(?![\d]|[.,]\d)")


def _in_one_piece(text: str, language: str) -> str:
    """`text` with its numbers' thousands written together ("1 200" -> "1200"; "1.200" too,
    where the language groups with a stop), so that they are read as one number."""

    def joined(match: re.Match[str]) -> str:
        return match.group(1) + re.sub(r"\D", "", match.group(2))

    text = _SPACED_THOUSANDS.sub(joined, text)
    return text if language == "en" else _STOPPED_THOUSANDS.sub(joined, text)


# Chinese numerals (Japanese writes them too) before a counter: "七名囚犯" (seven inmates),
# "十五人". Only before a counter: "一" stands inside many words ("一直", always).
_HAN_NUMERAL = regex.compile(
    r"(?<![数數几幾])"  # "数十名": some tens, no number
    r"[零〇一二两兩三四五六七八九十百千万萬]+(?=[名人个個位座辆輛架艘所家起次例具枚头頭只隻件栋棟台])"
)
_HAN_DIGITS = {c: n for n, chars in enumerate(("零〇", "一", "二两兩", "三", "四", "五", "六",
                                               "七", "八", "九")) for c in chars}  # fmt: skip
_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
_HAN_MYRIAD = frozenset("万萬")


def _han_numeral(written: str) -> int | None:
    """The value of a Chinese numeral ("十五" -> 15, "两千三百" -> 2300), or None."""
    total = section = digit = 0
    for char in written:
        if char in _HAN_DIGITS:
            digit = _HAN_DIGITS[char]
        elif char in _HAN_UNITS:
            section += (digit or 1) * _HAN_UNITS[char]  # "十五": the ten's one is unwritten
            digit = 0
        elif char in _HAN_MYRIAD:
            total += (section + digit) * 10_000
            section = digit = 0
        else:
            return None
    return total + section + digit


def _han_numerals_as_digits(text: str) -> str:
    def digits(match: regex.Match[str]) -> str:
        value = _han_numeral(match.group(0))
        # one is left as written: "一名" is "a" as often as a count
        return match.group(0) if value is None or value < 2 else str(value)

    return _HAN_NUMERAL.sub(digits, text)


# "And" between a number's parts ("trideset i četiri", "тридесет и четири", "ishirini na tatu")
_AND = frozenset({"i", "и", "і", "y", "e", "și", "şi", "a", "og", "en", "und", "és", "ve", "et",
                  "na", "ja", "ir", "un", "in"})  # fmt: skip
_ONE_AFTER = regex.compile(r"\s+(?:\w{1,2}\s+)?(\w+)")  # "сорок одного", "dvadeset i jedan"
# Greek's accented vowels, one for one: CLDR spells "δεκατρεισ", news "δεκατρείς"
_GREEK_PLAIN = str.maketrans("άέήίόύώϊϋΐΰΆΈΉΊΌΎΏΪΫ", "αεηιουωιυιυΑΕΗΙΟΥΩΙΥ")


def _place(value: int) -> int:
    """The place the next part of a number must stay below: after 1000, hundreds; after 200,
    tens; after 30, units."""
    for place in (1000, 100, 10):
        if value % place == 0:
            return place
    return 1


def _spelled_as_digits(text: str, words: NumberWords) -> str:
    """`text` with `words` in digits. The parts of a number CLDR does not spell together are
    read as one: a ten and a unit in another case ("п'ятдесят двох", 52), a thousand and
    hundreds ("tysiąc dwieście", 1200), a ten and a form of "one" ("сорок одного", 41)."""
    plain = text.translate(_GREEK_PLAIN)  # the same length: a match's place is the same
    pieces: list[str] = []
    at = 0
    building, last_end = 0, -1  # a round number that smaller parts may follow, and its end
    for match in words.pattern.finditer(plain):
        value = words.values.get(match.group(0).casefold())
        if value is None:
            continue
        if building and value < _place(building) and _joined(plain, last_end, match.start()):
            building += value
            pieces[-1] = str(building)
            at = last_end = match.end()
            building = building if value >= 10 else 0
            continue
        building = value if value % 10 == 0 and value >= 20 else 0
        last_end = match.end()
        one = _ONE_AFTER.match(plain, last_end) if building else None
        if one is not None and one.group(1).casefold() in words.ones:
            pieces.extend([text[at : match.start()], str(value + 1)])
            at, building = one.end(), 0
            continue
        glued = match.end() < len(text) and text[match.end()].isalpha()  # "নয়জন" -> "9 জন"
        clitic = match.start() > 0 and text[match.start() - 1].isalpha()  # "وثلاث" -> "و 3"
        pieces.extend([text[at : match.start()], f"{' ' * clitic}{value}{' ' * glued}"])
        at = match.end()
    return "".join([*pieces, text[at:]])


def _joined(text: str, end: int, start: int) -> bool:
    """Whether only spaces, or an "and", stand between two parts of a number."""
    between = text[end:start]
    return not between.strip() or (
        between[:1].isspace() and between[-1:].isspace() and between.strip().casefold() in _AND
    )


def numbers_in(text: str, *, as_written: bool = False) -> list[tuple[int, int, int]]:
    """(start, end, value) of each whole number in `text` (already in digits), both numbers of
    a range or score included, in the order they stand. A number with a scale is read at its
    scale ("50 million", "£50m": 50,000,000); `as_written` adds the number as written too
    (support for a statement that gives "50" of "50 million")."""
    found = []
    for match in NUMBER.finditer(text):
        if "." in match.group(0):
            continue  # "2.5 million" is not a count this library compares
        value = int(match.group(1).replace(",", ""))
        scale = _SCALE_AFTER.match(text, match.end())
        word = scale.group(1).lower() if scale else ""
        if word == "m" and not (
            _CURRENCY_BEFORE.search(text, 0, match.start())
            or _CURRENCY_AFTER.match(text, scale.end())  # type: ignore[union-attr]
        ):
            word = ""  # "46m" may be metres
        if word and scale is not None:
            found.append((match.start(), scale.end(), value * _SCALE[word]))
        if not word or as_written:
            found.append((match.start(), match.end(), value))
    for match in _RANGE.finditer(text):
        for group in (1, 2):
            found.append((match.start(group), match.end(group), int(match.group(group))))
    return sorted(found)


def ordinals_in(text: str) -> list[tuple[int, int, int]]:
    """(start, end, value) of each ordinal in `text` (already in digits): "3rd", "21st"."""
    return [(m.start(), m.end(), int(m.group(1))) for m in _ORDINAL.finditer(text)]


def states_number(text: str, number: int, *, vague: bool = True) -> bool:
    """Whether `text` states `number`, in digits or in words, or at a scale ("50 million" states
    50,000,000); with `vague`, also as a word that states a count without a numeral ("a"/"an"
    for one, "a dozen" for twelve: a figure's reading, not a statement's)."""
    return (
        number in _values_stated(text)
        or number in _maybe_stated(text)
        or mentions_number(text, number, vague=vague)
    )


def states_ordinal(text: str, number: int) -> bool:
    """Whether `text` states the ordinal `number` ("3rd", "third")."""
    return number in _ordinals_stated(text)


@lru_cache(maxsize=512)
def _values_stated(text: str) -> frozenset[int]:
    """Every number `text` states (in digits after words are converted), read once per text:
    a support is asked about each number of each statement."""
    return frozenset(value for _, _, value in numbers_in(as_digits(text), as_written=True))


_TOKEN = regex.compile(r"[\w\p{M}'\u2019]+")


@lru_cache(maxsize=512)
def _maybe_stated(text: str) -> frozenset[int]:
    """The numbers `text` may state in words that are as often something else ("نه", 9 or
    "no"): a support is not taken to lack a number it may well state."""
    words = _spelled_numbers(number_language(text))
    if words is None or not words.maybe:
        return frozenset()
    found = (words.maybe.get(token.casefold()) for token in _TOKEN.findall(text))
    return frozenset().union(*(values for values in found if values))


@lru_cache(maxsize=512)
def _ordinals_stated(text: str) -> frozenset[int]:
    return frozenset(value for _, _, value in ordinals_in(as_digits(text)))
