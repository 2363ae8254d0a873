"""Free text (headlines, summaries, key points, descriptions, claims, digest statements, chat
answers) may only say what its support says.

Every number (in digits or words), every date expression (weekday, month, year, "last week")
and every proper name a statement contains must be found in its support: the paragraphs its
evidence quotes come from when it cites any, the article otherwise. Names also match through
the answer's entity list and aliases, through the forms of a country ("U.S." / "United States"
/ "American"), and a country through a place in it that the support names ("Tehran" for
"Iran"). A date expression also matches a different wording of the same day ("on March 8"
for "on Sunday" in a story dated Monday, March 9).

What counts as a proper name: a capitalised word inside a sentence, or a run of capitalised
words; a capitalised word that only starts a sentence counts when it names a country or
nationality (a sentence-initial "Government" or "Death" is ordinary English).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from summarizer.checks.calendars import in_english_names
from summarizer.checks.dates import readings
from summarizer.checks.lexicon import is_common_noun
from summarizer.checks.numbers import (
    as_digits,
    number_language,
    numbers_in,
    ordinals_in,
    script_numbers,
    states_number,
    states_ordinal,
    told_language,
)
from summarizer.checks.person_names import caseless_names, person_supported
from summarizer.checks.places import countries_named, country_codes, demonyms, fold
from summarizer.checks.rules import Problem
from summarizer.checks.transliteration import named_in_another_script
from summarizer.checks.vocabulary import (
    COMMON_ABBREVIATIONS,
    CONNECTORS,
    MONTH_PATTERN,
    STOP_WORDS,
    WEEKDAY_PATTERN,
    function_word_counts,
)

__all__ = ["Support", "date_expressions", "name_candidates", "statement_problem"]

_RELATIVE = (
    r"(?:yesterday|today|tonight|tomorrow"
    r"|(?:last|this|next|past|earlier this|later this)\s+(?:week(?:end)?|month|year|night)"
    r"|\d+\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before))"
)
_DATE_EXPRESSION = re.compile(
    r"\b(?:"
    + WEEKDAY_PATTERN
    + r"(?:'s|\u2019s)?(?:,?\s+"
    + MONTH_PATTERN
    + r"\s+\d{1,2}(?:,\s+\d{4})?)?"
    + r"|"
    + MONTH_PATTERN
    + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{4})?"
    + r"|\d{1,2}\s+"
    + MONTH_PATTERN
    + r"(?:\s+\d{4})?"
    + r"|(?:19|20)\d{2}(?!\d)"
    + r"|"
    + _RELATIVE
    + r")(?!\w)",
    re.IGNORECASE,
)
_MONTH_NAME = re.compile(r"\b" + MONTH_PATTERN + r"\b", re.IGNORECASE)
# A date as Chinese, Japanese and Korean write it, month by its number ("2027年9月2일",
# "9월 2일", "9月"): its numbers are no counts.
_HAN_DATE = re.compile(r"(?:\d{1,4}\s*[年년]\s*)?\d{1,2}\s*[月월](?:\s*\d{1,2}\s*[日일])?")
_MONTH_ONLY = re.compile(r"^" + MONTH_PATTERN + r"$|^may$", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_][\w\u2019'.-]*[\w.]|[^\W\d_]")


_BACK_REFERENCE = re.compile(r"\b(?:the|both|all|these|those)\s+$", re.IGNORECASE)


def date_expressions(text: str) -> list[re.Match[str]]:
    """The date expressions in `text` ("on Sunday", "March 9, 2026", "last week", "2009")."""
    return [
        m
        for m in _DATE_EXPRESSION.finditer(text)
        if not _MONTH_ONLY.match(m.group(0)) or m.group(0)[0].isupper()
    ]


@lru_cache(maxsize=4096)
def _calendar_word(word: str) -> bool:
    """Whether `word` is, or may be, a weekday or a month in a language of the calendar table
    ("Mittwoch"; Indonesian "Senin", which is also Turkish "your")."""
    named = in_english_names(word, every_meaning=True)
    calendar_name = re.fullmatch(WEEKDAY_PATTERN + "|" + MONTH_PATTERN, named, re.IGNORECASE)
    return named != word and calendar_name is not None


def _is_capitalised(token: str) -> bool:
    return token[0].isupper() or bool(re.match(r"^[a-z]{1,3}-[A-Z]", token))  # al-Wadi


# What ends a sentence or a headline's part, so that the capital after it says nothing: a stop,
# a colon, a line break, an ellipsis, a bullet, a bar or a spaced dash ("Floods - Residents").
_SENTENCE_ENDS: tuple[str, ...] = (".", "!", "?", ":", ";", "\n", "\u2026", "|", "\u2022", "\u00b7")
_SENTENCE_ENDS += (" -", " \u2013", " \u2014")


def _sentence_initial(text: str, at: int) -> bool:
    # a bounded look back: a long statement must not cost a copy of itself per word
    before = text[max(0, at - 200) : at].rstrip("\"'\u201c\u2018(*[ \t")
    return (not before and at <= 200) or before.endswith(_SENTENCE_ENDS)


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens; a full stop stays only on an abbreviation ("U.S.", not "Minsar.")."""
    out = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        if word.endswith(".") and "." not in word[:-1]:
            word = word[:-1]
        out.append((match.start(), match.start() + len(word), word))
    return out


def name_candidates(text: str) -> list[tuple[str, str]]:
    """(token, run) for each capitalised token that names something: the token, and the run
    of capitalised words it stands in ("Valley" in "Valley Brigades")."""
    cased = [c for c in text if c.isupper() or c.islower()]
    if len(cased) >= 12 and sum(c.isupper() for c in cased) >= 0.7 * len(cased):
        return []  # written in capitals throughout: capitals say nothing of names here
    tokens = _tokens(text)
    dated = [(m.start(), m.end()) for m in date_expressions(text)]
    runs: list[list[int]] = []  # indexes into tokens
    for index, (start, _, word) in enumerate(tokens):
        if any(a <= start < b for a, b in dated) or not _is_capitalised(word):
            continue
        if word.lower() in STOP_WORDS:
            continue  # "It", "The" are never names, wherever they stand
        if _calendar_word(word):
            continue  # "Τετάρτη", "Mittwoch": a weekday or month capitalised in its language
        previous = runs[-1][-1] if runs else None  # the last token of the run before
        gap = text[tokens[previous][1] : start] if previous is not None else ""
        if previous is not None and previous == index - 1 and gap.strip(" -") == "":
            runs[-1].append(index)
        elif (
            previous is not None
            and previous == index - 2
            and tokens[index - 1][2].lower() in CONNECTORS
            and "," not in gap
            and "." not in gap
        ):
            runs[-1].extend([index - 1, index])
        else:
            runs.append([index])
    out: list[tuple[str, str]] = []
    for run in runs:
        if _sentence_initial(text, tokens[run[0]][0]):
            first = tokens[run[0]][2]
            whole = text[tokens[run[0]][0] : tokens[run[-1]][1]]
            if not country_codes(first) and not country_codes(whole):  # "New Zealander"
                run = run[1:]  # a capital that only starts a sentence: "Shelling of Korvan"
        if not run:
            continue
        phrase = text[tokens[run[0]][0] : tokens[run[-1]][1]]
        out.extend(
            (tokens[i][2], phrase)
            for i in run
            if tokens[i][2].lower() not in CONNECTORS and tokens[i][2] != "I"
        )
    return out


@dataclass
class Support:
    """What a statement may draw on: passages, plus names and dates grounded elsewhere."""

    text: str
    where: str  # "its evidence" / "the article", for messages
    reference: dt.date | None = None
    names: Sequence[Sequence[str]] = ()  # entity groups: name, canonical name, aliases
    own_names: Sequence[str] = ()  # names the statement may use as they are (event's actors)
    own_dates: Sequence[tuple[dt.date, dt.date]] = ()
    _words: frozenset[str] | None = field(default=None, repr=False)
    _writing: str | None = field(default=None, repr=False)

    @property
    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = _words(self.text) | _words("\n".join(self.own_names))
        return self._words

    @property
    def writing(self) -> str:
        """All the support writes: its text, and the names grounded elsewhere (joined once,
        not for each name a statement gives)."""
        if self._writing is None:
            extra = [*self.own_names, *(name for group in self.names for name in group if name)]
            self._writing = "\n".join([self.text, *extra]) if extra else self.text
        return self._writing


@lru_cache(maxsize=64)
def folded_text(text: str) -> str:
    """`fold(text)`, remembered: a support (the whole article, often) is read for many names."""
    return fold(text)


@lru_cache(maxsize=512)
def _words(text: str) -> frozenset[str]:
    found = set()
    for _, _, word in _tokens(text):
        folded = fold(word)
        found.update({folded, folded.rstrip("."), folded.replace(".", "")})
        found.update(folded.split("-"))
    return frozenset(found)


@lru_cache(maxsize=512)
def _initials(text: str) -> frozenset[str]:
    """The acronyms of the capitalised runs in `text` ("United Nations" -> "UN")."""
    found = set()
    for run in re.findall(
        r"[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*[A-Z][\w'\u2019-]*)+", text
    ):
        words = [w for w in run.split() if w[0].isupper() and w.lower() not in STOP_WORDS]
        found.update({"".join(w[0] for w in words), "".join(w[0] for w in words[1:])})
    return frozenset(found)


@lru_cache(maxsize=512)
def _acronyms(text: str) -> frozenset[str]:
    """The acronyms `text` writes ("IMF", "U.N." as "UN")."""
    return frozenset(
        letters
        for token in re.findall(r"\b[A-Z][A-Z.&]{1,9}\b", text)
        if 2 <= len(letters := token.replace(".", "").replace("&", "")) <= 8
    )


def _expanded_acronym(run: str, support: Support) -> bool:
    """Whether the capitalised `run` spells out an acronym the support uses."""
    words = run.replace("-", " ").split()
    if len(words) < 2:
        return False
    known = _acronyms(support.text) | _acronyms("\n".join(support.own_names))
    initials = "".join(w[0] for w in words if w.lower() not in STOP_WORDS | CONNECTORS).upper()
    with_connectors = "".join(w[0] for w in words if w.lower() != "the").upper()
    return bool({initials, with_connectors} & known)


def _name_supported(word: str, run: str, support: Support, *, english: bool = True) -> bool:
    folded = fold(word)
    if word in COMMON_ABBREVIATIONS:
        return True
    if {folded, folded.rstrip("."), folded.replace(".", "")} & support.words:
        return True
    run_folded, text_folded = fold(run), folded_text(support.text)
    for group in support.names:
        forms = [fold(name) for name in group if name]
        if any(run_folded == f or folded in f.split() for f in forms) and any(
            f in text_folded for f in forms[:1] + forms[2:]
        ):
            return True
    if any(folded in demonyms(other) for other in support.words if len(other) > 3):
        return True  # "Dolmari" where the support says "Dolmar"
    if _expanded_acronym(run, support):
        return True  # "International Monetary Fund" where the support says "IMF"
    letters = word.replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        if letters in _initials(support.text) | _initials("\n".join(support.own_names)):
            return True  # "UN" where the support says "United Nations"
    codes = country_codes(word) or country_codes(run)
    if codes and codes & countries_named(support.text):
        return True
    if not english and _inflected_form(folded, support):
        return True
    return named_in_another_script(word, run, support.text)  # "Igor Petrov" for "Игорь Петров"


# English function words: a statement with two of them is read as English, where a name does
# not change its ending; in other languages a name takes case endings ("Warszawy" for
# "Warszawa", "Москвы" for "Москва") or suffixes after an apostrophe ("Ankara'da").
_SUFFIX = re.compile(r"^(.{3,})['\u2019][^\W\d_]{1,5}$")
_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[^\W\d_]+")
# A vowel that drops from a name's last syllable when it takes a case ending: "Peter" ->
# "Petra", "Marek" -> "Marka", "Pavel" -> "Pavla", "Paweł" -> "Pawła"
_FLEETING = re.compile(r"^(.{2,}[^aeiouy])[eo]([^aeiouy])$")
_ENDING = 3  # letters an inflection may change at the end of a name
_VOWELS = frozenset("aeiouyąęаеиоуыэюяєіїαεηιουω")  # ends of case forms, folded


def looks_english(statement: str) -> bool:
    """Two English function words, and no small word in letters English does not write: "on"
    and "a" are Turkish and Hungarian words too ("Kılıç'a göre ... on yedi yolcu öldü")."""
    if function_word_counts(statement)["en"] < 2:
        return False
    return not any(not w.isascii() and w.islower() for w in _LOWER_WORD.findall(statement))


def _inflected_form(folded: str, support: Support) -> bool:
    """Whether `folded` is an inflected form of a word of the support: the same word before
    an apostrophe suffix, or the same stem with another ending of at most three letters (at
    least four letters in common); a four-letter word, only as the support's word less its
    last letter (the Greek accusative "Νίκο" of "Νίκος") or a three-letter word with a vowel
    ending ("Jana" of "Jan")."""
    suffixed = _SUFFIX.match(folded)
    if suffixed and suffixed.group(1) in support.words:
        return True
    if len(folded) == 4:
        if any(len(other) == 5 for other in _by_start(support.words).get(folded, ())):
            return True
        if folded[3] in _VOWELS and folded[:3] in support.words:
            return True  # a three-letter name with a case ending: "Jana" of "Jan"
        # the last vowel changed for the case: the Polish genitive "Anny" of "Anna"
        return folded[3] in _VOWELS and any(
            other[3] in _VOWELS for other in _four_letters(support.words).get(folded[:3], ())
        )
    if len(folded) == 5 and folded[:3] in _four_letters(support.words) and folded[3] in _VOWELS:
        # a four-letter name whose last vowel became a case ending: Lithuanian "Rasos" of "Rasa"
        return any(other[3] in _VOWELS for other in _four_letters(support.words)[folded[:3]])
    if len(folded) < 5:
        return False
    if any(
        folded.startswith(stem) and len(folded) - len(stem) <= _ENDING
        for stem in _fleeting_stems(support.words).get(folded[:3], ())
    ):
        return True  # "Petra" for "Peter"
    for other in _by_start(support.words).get(folded[:4], ()):
        common = len(os.path.commonprefix([folded, other]))
        if common >= 4 and max(len(folded), len(other)) - common <= _ENDING:
            return True
    return False


@lru_cache(maxsize=64)
def _fleeting_stems(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The support's words with a fleeting vowel, as their stem without it ("peter" ->
    "petr"), by their first three letters."""
    stems = (m.group(1) + m.group(2) for m in map(_FLEETING.match, words) if m)
    return _grouped((stem[:3], stem) for stem in stems)


@lru_cache(maxsize=64)
def _four_letters(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The support's four-letter words by their first three letters, indexed once."""
    return _grouped((word[:3], word) for word in words if len(word) == 4)


@lru_cache(maxsize=64)
def _by_start(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    return _grouped((word[:4], word) for word in words if len(word) >= 4 and word.isalpha())


def _grouped(pairs: Iterable[tuple[str, str]]) -> dict[str, tuple[str, ...]]:
    """Words by a key of theirs (their first letters), each group in one tuple."""
    groups: dict[str, list[str]] = {}
    for key, word in pairs:
        groups.setdefault(key, []).append(word)
    return {key: tuple(group) for key, group in groups.items()}


def _date_supported(expression: str, support: Support) -> bool:
    weekday = re.match(WEEKDAY_PATTERN + r"(?:'s|\u2019s)?(?=,?\s+\w)", expression, re.IGNORECASE)
    if weekday:  # "Saturday, Nov. 7": each part on its own ("late on Saturday", "Nov. 7")
        rest = expression[weekday.end() :].lstrip(" ,")
        return _date_supported(weekday.group(0), support) and _date_supported(rest, support)
    folded = fold(expression)
    plain = re.sub(r"^(?:on|in|since|last|this|late|early)\s+", "", folded)
    # the support as written and with its number words in digits ("three months ago"), its
    # weekday and month names in English ("lundi" supports "Monday")
    supported = re.compile(r"(?<!\w)" + re.escape(plain) + r"(?!\w)")
    dated = _dated(support.text)
    for form in (dated, as_digits(dated)):
        if supported.search(folded_text(form)):
            return True
    if support.reference is None:
        return False
    if re.fullmatch(r"(?:19|20)\d{2}", plain) and int(plain) == support.reference.year:
        return True
    mine = readings(expression, support.reference, forward=True)
    if not mine:
        return False
    theirs = list(support.own_dates)
    for match in date_expressions(as_digits(dated)):
        theirs.extend(readings(match.group(0), support.reference, forward=True))
    # A day ("on Thursday") needs that very day in the support; "last week" does not make it
    # one. A span ("in December") needs one that overlaps it.
    return any(
        (b[0] == b[1] == a[0]) if a[0] == a[1] else (a[0] <= b[1] and b[0] <= a[1])
        for a in mine
        for b in theirs
    )


def _shown(written: str, value: int) -> str:
    """A number as the statement writes it, with its value when a scale makes it larger."""
    written = " ".join(written.split())
    return str(value) if written.replace(",", "") == str(value) else f"{written} ({value:,})"


_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'-]*)")


def _one_by_article(digits: str, end: int, support: str) -> bool:
    """Whether the support states "one" of what the statement counts as 1 with "a"/"an" and
    the same noun ("1 soldier" for "a soldier", "one American contractor" for "an American
    contractor")."""
    noun = _NEXT_WORD.match(digits, end)
    if noun is None:
        return False
    word = re.escape(fold(noun.group(1)))
    found = re.search(rf"\ban?\s+(?:[\w'-]+\s+){{0,2}}{word}\b", folded_text(support))
    return found is not None


@lru_cache(maxsize=64)
def _undated(text: str) -> str:
    """`text` without its calendar dates ("10 marzo 2026", "March 10"), read once per support:
    the day of a date is not a count a statement may give ("ten killed")."""
    named = _dated(text)
    pieces, at = [], 0
    for match in date_expressions(named):
        if _MONTH_NAME.search(match.group(0)) and re.search(r"\d", match.group(0)):
            pieces.extend([named[at : match.start()], " " * (match.end() - match.start())])
            at = match.end()
    return _HAN_DATE.sub(lambda m: " " * len(m.group(0)), "".join([*pieces, named[at:]]))


@lru_cache(maxsize=512)
def _dated(text: str) -> str:
    """`text` with the weekday and month names of other languages in English, read once per
    support, by every meaning a name may have ("کل", yesterday or tomorrow)."""
    return in_english_names(text, every_meaning=True)


def statement_problem(label: str, statement: str, support: Support) -> Problem | None:
    """The first thing `statement` says that `support` does not, as a re-ask message. Dates
    are read in any of the calendar languages (checks/calendars.py), both sides."""
    # a statement too short to tell its own language is read in its article's (a French key
    # point of a French article), so that its number words are read at all
    said = in_english_names(statement)
    language = told_language(said) or script_numbers(said) or number_language(support.text)
    digits = as_digits(said, language)
    dates = date_expressions(digits)
    for match in dates:
        if not _date_supported(match.group(0), support):
            return Problem(
                "statement_date",
                f"{label} says '{match.group(0)}', but no such date is in {support.where}; "
                "state only dates the cited passages give",
            )
    taken = [(m.start(), m.end()) for m in dates]
    for start, end, value in numbers_in(digits):
        if any(a <= start < b for a, b in taken):
            continue
        if value <= 3 and _BACK_REFERENCE.search(digits[max(0, start - 20) : start]):
            continue  # "the two countries": a count of what the statement already names
        # a statement's number must be stated; "a"/"an" states one only for the same noun
        # ("one soldier" for "a soldier"), never anywhere at all
        if states_number(_undated(support.text), value, vague=False):
            continue
        if value == 1 and _one_by_article(digits, end, support.text):
            continue
        return Problem(
            "statement_number",
            f"{label} states the number {_shown(digits[start:end], value)}, which is not stated "
            f"in {support.where}; "
            "keep to the figures the cited passages give, or cite the passage that gives it",
        )
    for start, end, value in ordinals_in(digits):
        if not any(a <= start < b for a, b in taken) and not states_ordinal(support.text, value):
            return Problem(
                "statement_number",
                f"{label} states the ordinal '{digits[start:end]}', which is not stated in "
                f"{support.where}; keep to what the cited passages give",
            )
    english = looks_english(statement)
    german = language == "de"  # every noun capitalised: a lone one is a noun if German has it
    unnamed = next(
        (
            run
            for word, run in name_candidates(statement)
            if not (german and run == word and is_common_noun(word, "de"))
            and not _name_supported(word, run, support, english=english)
        ),
        None,
    )
    if unnamed is None:  # in a script without capitals to find names by
        unnamed = next(
            (
                person.written
                for person in caseless_names(statement)
                if not person_supported(person, support.writing)
            ),
            None,
        )
    if unnamed is not None:
        return Problem(
            "statement_name",
            f"{label} names '{unnamed}', which is not named in {support.where}; keep to the "
            "names the cited passages use, or cite the passage that names it",
        )
    return None
