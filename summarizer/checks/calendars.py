"""Weekday and month names in the languages news is written in, read as the English names the
date rules understand ("lundi 9 mars" -> "Monday 9 March").

The names come from Unicode's CLDR through babel, in the forms dates are written with (and
the stand-alone forms: Russian "марта" and "март" are both March). A name that is an English
word of its own is left out. A name that means another thing too (Indonesian "Minggu" is both
Sunday and "week"), or two days (Urdu "کل", yesterday and tomorrow), is read in a support by
every meaning and never in a statement: a wrong reading would refuse faithful statements.

Used on both sides of a date check, so an English summary of a French article that says
"on Monday" is supported by the article's "lundi", and a French key point that moves the
strikes from "lundi" to "mardi" is refused.
"""

from __future__ import annotations

import importlib
import logging
import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import regex

__all__ = ["in_english_names"]

log = logging.getLogger("summarizer")

_LOCALES = (
    "fr es pt it de nl sv da nb fi pl cs sk sl hr sr_Latn sr mk ru uk bg tr ro hu el ca et lv "
    "lt sq is ga cy eu gl af sw id ms vi ar fa he hi bn ur ta zh zh_Hant ja ko th be"
).split()
_ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ENGLISH_MONTHS = (
    "January February March April May June July August September October November December"
).split()
# Names that are also common words in English ("mars", "mai", "den"): never read.
_ENGLISH_WORDS = frozenset({"mars", "mai", "may", "den", "sun", "mar", "lun"})
# Names that are also common words in another language of the table, or in their own. Like a
# name with two meanings (Urdu and Hindi "کل"/"कल": both yesterday and tomorrow), they are
# read in a support, by every meaning, never in a statement: an article may well give the day
# so, but a statement's "hier" may be German "here" as well as French "yesterday". Found by
# looking up every name of the table in wordfreq's lists of the other languages (a frequency
# of 1 in 100,000 words or more, with another meaning): "homme" (Estonian tomorrow, French
# man), "cuma" (Turkish Friday, Indonesian "only"), "senin" (Indonesian Monday, Turkish
# "your"), "leden" (Czech January, Dutch "members"), "marca" (Polish March, Spanish "brand"),
# "jul" (Serbian July, Swedish Christmas), "jutro" (Polish tomorrow, Slovenian morning),
# "неделя" (Bulgarian Sunday, Russian week), "پیر" (Urdu Monday, Persian "old"), "جون" (Urdu
# June, Arabic and Persian "John"), "فردا" (Persian tomorrow, Arabic "singly"); "Bihar",
# "Leo", "Jana" and "Mac" are names. Russian "среда" is also "environment" (read as
# Wednesday after "в"/"на", below), "minggu" is "week" in Indonesian, "morgen" "morning",
# "اليوم" "the day" ("في اليوم التالي", the next day).
_OTHER_WORDS = frozenset(
    {"minggu", "luni", "среда", "среду", "morgen", "اليوم", "hier", "homme", "cuma", "senin",
     "leden", "marca", "jul", "jutro", "sutra", "petak", "eile", "ayer", "medi", "jana",
     "leo", "bihar", "mac", "неделя", "پیر", "جون", "فردا"}
)  # fmt: skip
# The Slavic languages say "on Saturday" with the name in another case ("в субботу",
# "w sobotę", "v sobotu"): the ending of a weekday's name in that case, by locale.
# Other languages likewise put it in a case of its own: Finnish "sunnuntaina", Estonian
# "esmaspäeval", Latvian "pirmdien"/"pirmdienā", Lithuanian "pirmadienį", Icelandic "á
# mánudag"/"mánudaginn", Basque "astelehenean", Hungarian "pénteken"/"szerdán" (and its
# adjective, "pénteki": Friday's); and the genitive of "Tuesday morning" ("otrdienas rītā",
# "antradienio rytą", "teisipäeva hommikul", "tiistain").
_ON_A_DAY_ENDINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (("а", "у"), ("я", "ю")),
    "uk": (("а", "у"), ("я", "ю")),
    "be": (("а", "у"), ("я", "ю")),
    "pl": (("a", "ę"),),
    "cs": (("a", "u"), ("e", "i")),
    "sk": (("a", "u"),),
    "sl": (("a", "o"),),
    "hr": (("a", "u"),),
    "sr_Latn": (("a", "u"),),
    "sr": (("а", "у"),),
    "fi": (("i", "ina"), ("i", "in")),
    "et": (("v", "val"), ("e", "el"), ("v", "va")),
    "lv": (("a", ""), ("a", "ā"), ("a", "as")),
    "lt": (("is", "į"), ("is", "io")),
    "is": (("ur", ""), ("ur", "inn")),
    "eu": (("ea", "ean"), ("a", "ean")),
    "hu": (("a", "án"), ("e", "én"), ("", "n"), ("", "on"), ("", "en"), ("", "ön"), ("", "i")),
}
_SHANBE = "شنبه"
_ZWNJ = "\u200c"
_GREEK_GENITIVE = (("α", "ας"), ("η", "ης"), ("ή", "ής"), ("ο", "ου"))
# Germanic languages write a part of the day into the weekday's name: "Sonntagabend" (Sunday
# evening), "zondagavond", "söndagskvällen"; (what joins them, the parts).
_PARTS_OF_DAY: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "de": (("", ("abend", "morgen", "nachmittag", "vormittag", "mittag", "nacht", "früh")),),
    "nl": (("", ("avond", "ochtend", "middag", "nacht", "morgen", "namiddag", "voormiddag")),),
    "sv": (("s", ("kväll", "kvällen", "morgon", "morgonen", "natt", "natten",
                  "eftermiddag", "eftermiddagen", "förmiddag", "förmiddagen")),),
    "da": (("", ("aften", "aftenen", "morgen", "morgenen", "nat", "natten",
                 "eftermiddag", "eftermiddagen")),),
    "nb": (("", ("kveld", "kvelden", "morgen", "morgenen", "natt", "natten",
                 "ettermiddag", "ettermiddagen")),),
}  # fmt: skip
# A weekday's name written into a phrase, by locale ("{}" is the name): with the article
# ("på onsdagen"); Swedish "i söndags" (last Sunday); with the word for "day", or a part of the
# day, where the name alone is another word too (Turkish "cuma günü", Friday; Romanian "luni
# seara", Monday evening; Indonesian and Malay "hari Senin", Monday); Hebrew's "on", a letter
# before the name ("ביום שני").
_DAY_PHRASES: dict[str, tuple[str, ...]] = {
    "sv": ("{}en", "i {}s"),
    "da": ("{}en",),
    "nb": ("{}en",),
    "tr": ("{} günü",),
    "ro": ("{} seara", "{} dimineața", "{} noaptea"),
    "id": ("hari {}",),
    "ms": ("hari {}",),
    "he": ("ב{}",),
}
_STEM_LETTERS = 5  # "hier" begins "hierarchy"; "wczoraj" begins only its own adjective
_RELATIVE_DAYS = {"1 day ago": "yesterday", "0 day ago": "today", "in 1 day": "tomorrow"}
# dateparser's Urdu has "گزشتہ کل" and "آئندہ کل"; news writes "کل" alone, for either day.
# "Last night", which dateparser does not have: the evening of yesterday.
_MORE_RELATIVE_DAYS: dict[str, dict[str, tuple[str, ...]]] = {
    "ur": {"1 day ago": ("کل",), "in 1 day": ("کل",)},
    "es": {"1 day ago": ("anoche",)},
    "ro": {"1 day ago": ("aseară",)},
    "sr": {"1 day ago": ("синоћ",)},
    "sr_Latn": {"1 day ago": ("sinoć",)},
    "hr": {"1 day ago": ("sinoć",)},
    "fa": {"1 day ago": ("دیشب",)},
    "he": {"1 day ago": ("אמש",)},
    "zh": {"1 day ago": ("昨晚", "昨夜")},
    "ja": {"1 day ago": ("昨夜", "昨晩")},
    "ko": {"1 day ago": ("어젯밤", "간밤")},
    "vi": {"1 day ago": ("hôm qua", "tối qua", "đêm qua")},
}
# Short weekday names that are words of their own only in Chinese ("周四", Thursday)
_ABBREVIATED_DAYS = frozenset({"zh", "zh_Hant"})
_APOSTROPHES = ("\u02bc", "'", "\u2019")  # CLDR writes "пʼятниця"; news, "п'ятниця"
# Scripts written without spaces: their names are found without word boundaries.
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


class _Names(NamedTuple):
    meaning: dict[str, str]  # a name (case-folded) -> its English name
    unspaced: re.Pattern[str] | None  # the names of scripts written without spaces
    maybe: dict[str, str]  # a name that may mean a day -> its meanings ("yesterday or tomorrow")
    # yesterday, today and tomorrow of five letters or more: a word that begins with one is
    # its adjective ("wczorajszym", "вчерашний", "tegnapi"), read in a support
    relative: dict[str, str]


@lru_cache(maxsize=1)
def _table() -> _Names:
    """The names of every locale, read once."""
    try:
        from babel.dates import get_day_names, get_month_names
    except ImportError:  # babel is a dependency; without it, English names only
        return _Names({}, None, {}, {})
    names: dict[str, set[str]] = {}
    relative: set[str] = set()  # "昨天": two characters, but a word of its own
    for locale in _LOCALES:
        try:
            for context in ("format", "stand-alone"):
                for index, name in get_day_names("wide", context, locale).items():
                    for form in _day_forms(name.casefold(), locale):
                        names.setdefault(form, set()).add(_ENGLISH_DAYS[index])
                if locale in _ABBREVIATED_DAYS:  # "周四" for "星期四"
                    for index, name in get_day_names("abbreviated", context, locale).items():
                        names.setdefault(name.casefold(), set()).add(_ENGLISH_DAYS[index])
                for index, name in get_month_names("wide", context, locale).items():
                    if not re.search(r"\d", name):  # "3月" is a number: the month rules read it
                        names.setdefault(name.casefold(), set()).add(_ENGLISH_MONTHS[index - 1])
        except Exception as exc:  # noqa: BLE001 - a locale babel lacks: the others still count
            log.debug("no calendar names for %s (%s)", locale, type(exc).__name__)
        for word, in_english in _relative_days(locale):
            names.setdefault(word, set()).add(in_english)
            relative.add(word)
    english = {n.casefold() for n in (*_ENGLISH_DAYS, *_ENGLISH_MONTHS)} | _ENGLISH_WORDS
    read = {
        name: means
        for name, means in names.items()
        if name not in english and (len(name) > 2 or name in relative or _UNSPACED.search(name))
    }
    meaning = {  # not a word of two letters in a spaced script ("आज", today): too short
        name: next(iter(means))
        for name, means in read.items()
        if len(means) == 1
        and name not in _OTHER_WORDS
        and (len(name) > 2 or _UNSPACED.search(name))
    }
    maybe = {
        name: " or ".join(sorted(means)) for name, means in read.items() if name not in meaning
    }
    unspaced = sorted((n for n in meaning if _UNSPACED.search(n)), key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, unspaced))) if unspaced else None
    stems = {
        name: meaning.get(name) or maybe[name]
        for name in relative
        if name in read and len(name) >= _STEM_LETTERS and not _UNSPACED.search(name)
    }
    return _Names(meaning, pattern, maybe, stems)


@lru_cache(maxsize=1)
def _phrases() -> regex.Pattern[str] | None:
    """The names of more than one word ("i går", "יום שני", "segunda-feira"), found before
    single words, whole."""
    meaning = _table().meaning
    phrases = sorted((n for n in meaning if " " in n or "-" in n), key=len, reverse=True)
    if not phrases:
        return None
    alternatives = "|".join(map(regex.escape, phrases))
    return regex.compile(rf"(?<![\w\p{{M}}])(?:{alternatives})(?![\w\p{{M}}])", regex.IGNORECASE)


def _relative_days(locale: str) -> list[tuple[str, str]]:
    """`locale`'s words for yesterday, today and tomorrow, from dateparser's locale data
    ("hier", "вчера", "昨天"), as (word, English word); none where it has no data."""
    try:
        data = importlib.import_module(
            f"dateparser.data.date_translation_data.{locale.replace('_', '-')}"
        ).info.get("relative-type", {})
    except Exception:  # noqa: BLE001 - a locale dateparser lacks: no relative words
        return []
    return [
        (word.casefold(), english)
        for key, english in _RELATIVE_DAYS.items()
        for word in (*data.get(key, ()), *_MORE_RELATIVE_DAYS.get(locale, {}).get(key, ()))
    ]


def _unaccented(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _day_forms(name: str, locale: str) -> set[str]:
    """A weekday's name, its form after "on" where that is another case, each with any
    apostrophe written the three ways."""
    forms = {name}
    for ending, on_a_day in _ON_A_DAY_ENDINGS.get(locale, ()):
        if name.endswith(ending):
            forms.add(name[: len(name) - len(ending)] + on_a_day)
    forms |= {phrase.format(name) for phrase in _DAY_PHRASES.get(locale, ())}
    for link, parts in _PARTS_OF_DAY.get(locale, ()):  # "Sonntagabend", "zondagavond"
        forms |= {name + link + part for part in parts}
    if locale == "sq" and name.startswith("e "):  # "e hënë" -> "të hënën" (on Monday)
        stem = name[2:]
        forms.add("të " + stem + ("n" if stem.endswith(("ë", "e")) else "ën"))
    if locale == "fa" and name.endswith(_SHANBE) and len(name) > len(_SHANBE):
        # "سه‌شنبه" (Tuesday) is written with a zero-width non-joiner, a space or neither;
        # read apart, its "شنبه" would be Saturday
        head = name[: -len(_SHANBE)].rstrip(_ZWNJ)
        forms |= {head + _ZWNJ + _SHANBE, f"{head} {_SHANBE}", head + _SHANBE}
    if locale == "el":  # the genitive ("της Παρασκευής"), and every form without its accent
        forms |= {name[: -len(end)] + to for end, to in _GREEK_GENITIVE if name.endswith(end)}
        forms |= {_unaccented(form) for form in forms}
    # casefold() again: it writes a final "ς" as "σ", as a looked-up word will be
    return {
        form.replace(_APOSTROPHES[0], mark).casefold() for form in forms for mark in _APOSTROPHES
    }


# A word is letters with their combining marks: in Devanagari, Bengali or Tamil a vowel sign
# or a nasal mark inside a word ("मंगलवार") is a mark, not a letter, and must not split it.
# An apostrophe inside a word keeps it whole ("п'ятницю"), and so does a zero-width
# non-joiner ("سه‌شنبه"); a Turkish suffix after an apostrophe is read apart ("Mart'ta").
_LETTERS = r"\p{L}[\p{L}\p{M}\u200c]*(?:['\u2019\u02bc]\p{L}[\p{L}\p{M}]*)?"
_WORD = regex.compile(_LETTERS)
_MONTHS = "|".join(_ENGLISH_MONTHS)
# What other languages write between a date's parts ("21 de January de 2027", "21. January"):
# dropped, so that the date is read as one day, not a month and a year apart.
_DAY_THEN_MONTH = re.compile(rf"(?<![\d.])(\d{{1,2}})(?:\.|º|er)?\s+(?:de\s+|del\s+)?({_MONTHS})\b")
_MONTH_THEN_YEAR = re.compile(rf"\b({_MONTHS})\s+(?:de|del)\s+(\d{{4}})(?!\d)")
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_APOSTROPHE = re.compile("(['\u2019\u02bc])")
_ON_WEDNESDAY = re.compile(r"(?<!\w)((?:в|во|на|у)\s+)(среду)(?!\w)", re.IGNORECASE)
# Ambiguous names read as months only right after a day ("9 mars", "1er mai", "3. Mai").
_AFTER_A_DAY_MEANS = {"mars": "March", "mai": "May"}
_AFTER_A_DAY = re.compile(r"(?<=\d)((?:\.|er)?\s+)(mars|mai)(?!\w)", re.IGNORECASE)


# Hindi and Urdu "कल"/"کل" is yesterday or tomorrow; in a sentence in the past tense (its
# auxiliaries "था", "हुआ", "गया"... and "تھا", "ہوا", "گیا"...), yesterday.
_BOTH_DAYS = regex.compile(r"(?<![\w\p{M}])(?:कल|کل)(?![\w\p{M}])")
_PAST_TENSE = frozenset(
    {"था", "थे", "थी", "थीं", "हुआ", "हुए", "हुई", "हुईं", "गया", "गए", "गये", "गई", "गईं",
     "किया", "किये", "किए", "दिया", "تھا", "تھے", "تھی", "تھیں", "ہوا", "ہوئے", "ہوئی", "ہوئیں",
     "گیا", "گئے", "گئی", "گئیں", "کیا", "کیے", "دیا"}
)  # fmt: skip
_SENTENCE = regex.compile(r"[^.!?।۔]+[.!?।۔]*")


# "The night to Thursday" is Wednesday night: German "in der Nacht zum Donnerstag", Russian "в
# ночь на четверг", Ukrainian "у ніч на четвер"; in an article, the day before is read too.
_NIGHT_TO = regex.compile(
    r"((?:nacht\s+(?:zum|zu|auf)|ночь\s+на|ніч\s+на)\s+)(" + "|".join(_ENGLISH_DAYS) + r")\b",
    regex.IGNORECASE,
)


def _night_before(match: regex.Match[str]) -> str:
    day = _ENGLISH_DAYS.index(match.group(2).capitalize())
    return f"{match.group(1)}{_ENGLISH_DAYS[day - 1]} or {match.group(2)}"


def _by_tense(text: str) -> str:
    if not _BOTH_DAYS.search(text):
        return text

    def sentence(match: regex.Match[str]) -> str:
        said = match.group(0)
        if any(word in _PAST_TENSE for word in _WORD.findall(said)):
            return _BOTH_DAYS.sub("yesterday", said)
        return said

    return _SENTENCE.sub(sentence, text)


def in_english_names(text: str, *, every_meaning: bool = False) -> str:
    """`text` with every weekday and month name of the languages above written in English
    (linear: names of several words are found by one pattern, then each word is looked up
    once). `every_meaning`: a support's reading, where a word that may be a day is read as
    each day it may be ("کل" -> "yesterday or tomorrow")."""
    meaning, unspaced, maybe, relative = _table()
    if not meaning:
        return text

    def one(word: str) -> str:
        folded = word.casefold()
        if folded in meaning:
            return meaning[folded]
        if every_meaning and folded in maybe:
            return maybe[folded]
        if every_meaning and len(folded) > _STEM_LETTERS:
            stem = next(
                (folded[:n] for n in range(_STEM_LETTERS, len(folded)) if folded[:n] in relative),
                None,
            )
            if stem is not None:
                return relative[stem]
        if _GREEK.match(word) and _unaccented(word.casefold()) in meaning:
            return meaning[_unaccented(word.casefold())]  # "Σαββάτου", accented elsewhere
        parts = _APOSTROPHE.split(word, maxsplit=1)  # [word] or [stem, mark, suffix]
        if len(parts) == 1:
            return word
        return meaning.get(parts[0].casefold(), parts[0]) + parts[1] + parts[2]

    text = _ON_WEDNESDAY.sub(lambda m: m.group(1) + "Wednesday", text)
    if every_meaning:
        text = _by_tense(text)
    phrases = _phrases()
    if phrases is not None:
        text = phrases.sub(lambda m: meaning[m.group(0).casefold()], text)
    text = _AFTER_A_DAY.sub(
        lambda m: m.group(1) + _AFTER_A_DAY_MEANS[m.group(2).casefold()],
        _WORD.sub(lambda m: one(m.group(0)), text),
    )
    if unspaced is not None and _UNSPACED.search(text):
        text = unspaced.sub(lambda m: f" {meaning[m.group(0).casefold()]} ", text)
    if every_meaning:
        text = _NIGHT_TO.sub(_night_before, text)
    return _MONTH_THEN_YEAR.sub(r"\1 \2", _DAY_THEN_MONTH.sub(r"\1 \2", text))
