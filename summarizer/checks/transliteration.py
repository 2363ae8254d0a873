"""Names in Latin letters that an article writes in another script: "Igor Petrov" for
"Игорь Петров", "Nikos Papadopoulos" for "Νίκος Παπαδόπουλος", "Sami Haddad" for "سامي حداد".

The article's words are romanised (anyascii) and compared by a key that forgets what
romanisations differ in: doubled letters, y and i, w and v, ou and u, the h of sh, kh, th and
ph, a nasal before a consonant. In scripts that write their vowels (Cyrillic, Greek, the Indic
scripts, Chinese through its pinyin...) each word of the name must be close to a word of the
article (an inflection's ending may differ), or the whole name must match the article's
syllables in order (Chinese and Korean names: "Liu Yang", "Kim Min-ji"). Arabic and Hebrew
write few vowels, so their words are compared by their consonants alone, which many words
share: the name's words must match as many consecutive words of the article, with four
consonants at least between them, or three in a name of two words ("Sami Haddad",
"al-Jabouri", "Ali Nouri"; not "Amr"); an English "v" may be Hebrew's bet or a vav ("Avi",
"David"). Japanese names in kanji are read by the readings Faker lists (checks/person_names.py);
where a listed family name has a given name with no listed reading ("高橋誠"), the English
name's given name is not judged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import regex

from summarizer.checks.language import letter_script
from summarizer.checks.person_names import japanese_readings

__all__ = ["named_in_another_script"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_CAMEL = re.compile(r"[A-Z][a-z]*|[a-z]+")  # "WangWei" -> "Wang", "Wei"
_ABJADS = ("ARABIC", "HEBREW", "SYRIAC", "THAANA")
_UKRAINIAN_LETTERS = re.compile("[іїєґўІЇЄҐЎ]")

_G_AS_H = str.maketrans("гГ", "хХ")  # "х" is romanised "kh", which the keys read as "h"
# Scripts whose consonants carry a vowel they do not write, which anyascii leaves out at a
# word's end ("হক" -> "hk", "Haque"; "नायर" -> "nayr", "Nair"): their words are compared by
# their consonants too, as an abjad's are
_INHERENT_VOWEL = frozenset(
    {"DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA",
     "MALAYALAM", "SINHALA"}
)  # fmt: skip
_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("kh", "h"), ("sh", "s"), ("ch", "c"), ("th", "t"), ("ph", "f"), ("ou", "u"),
    ("oy", "u"), ("y", "i"), ("j", "i"), ("w", "v"), ("q", "k"), ("ck", "k"), ("x", "ks"),
)  # fmt: skip
# Consonants an abjad's romanisation (anyascii's) and English write differently: Hebrew's kaf
# is "kh" there, "ch" here ("מיכל", "Michal"); its shin "s", "sh" here; ض, ظ and ذ are "d" or
# "dh" there and "z" in Persian names ("رضایی", "Rezaei"), and an English "s" is as often a
# "z" there ("جوزيف", "Joseph"): s, z and d are one; Hebrew's pe is "p" or "f" ("שפירא",
# "Shapira"); Persian writes "gh" for "ق" ("صادقی", "Sadeghi").
_CONSONANT_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("gh", "k"), ("kh", "k"), ("ch", "k"), ("sh", "s"), ("th", "t"), ("ph", "f"), ("dh", "d"),
    ("z", "d"), ("c", "k"), ("p", "f"), ("q", "k"), ("s", "d"),
)  # fmt: skip
_ARTICLES = frozenset({"al", "el", "ul"})  # Arabic's article, written joined to its word
_MIN_CONSONANTS = 4  # in the whole name: fewer are shared by too many words of an abjad
_MIN_IN_TWO = 3  # in a name of two words or more, which must match as many words in order
_CLOSE = 0.8  # similarity of two keys, at least, for the same name
_MIN_KEY = 3  # letters: shorter keys match too much
_NASAL = re.compile(r"m(?=[bcdfghjklpqstvxz])")
_UNVOICED = str.maketrans("gdb", "ktp")
_GLIDE = re.compile(r"^v(?=[aeiu])")
# Korean surnames as they are commonly spelled, and as the Revised Romanization (anyascii's)
# writes them: the one part of a Korean name whose spellings differ in more than vowels.
_KOREAN_SURNAMES = {
    "lee": "i", "rhee": "i", "yi": "i", "park": "bak", "pak": "bak", "choi": "choe",
    "oh": "o", "ahn": "an", "shin": "sin", "roh": "no", "noh": "no", "paik": "baek",
    "sohn": "son", "suh": "seo", "huh": "heo", "um": "eom", "chung": "jeong", "yoon": "yun",
    "yoo": "yu", "moon": "mun", "kang": "gang", "ko": "go", "cho": "jo", "chang": "jang",
    "chun": "cheon", "kong": "gong", "lim": "im", "rim": "im", "kwon": "gwon", "kwak": "gwak",
    "koo": "gu", "joo": "ju", "jun": "jeon", "hyun": "hyeon", "byun": "byeon",
}  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")
_MAX_NAME_WORDS = 5  # a longer run of capitalised words is not matched syllable by syllable
_MIN_SYLLABLES_LETTERS = 5  # a run of syllables, as written: "Li Na" is too short to match


def _key(latin: str) -> str:
    key = re.sub(r"[^a-z]", "", latin.lower())
    for written, said in _SPELLINGS:
        key = key.replace(written, said)
    # a nasal before a consonant: the Indic scripts' one mark is romanised "m" ("simh"),
    # English writes "n" or "ng" ("Singh")
    key = _NASAL.sub("n", key.replace("ng", "n"))
    return _collapsed(key)


def _syllable_key(latin: str) -> str:
    """A shorter word's key for matching a whole run of them (Chinese and Korean names are
    syllables: "Zhang Li", "Kim Min-ji"), forgetting what romanisations of Korean write
    either way: voicing ("Gim", "Kim"), "eo", "o" and "u" ("Jeong", "Jung"), a "w" before a
    vowel ("Woo", "U")."""
    key = _key(latin).translate(_UNVOICED).replace("eo", "u").replace("o", "u")
    return _GLIDE.sub("", key)


def _syllable_keys(word: str) -> frozenset[str]:
    """The keys a word of a Latin name may have among syllables: its own, and for a Korean
    surname in its common spelling, the Revised Romanization's ("Lee" is "I", "Park" "Bak")."""
    return frozenset(
        {_syllable_key(word)}
        | (
            {_syllable_key(_KOREAN_SURNAMES[word.lower()])}
            if word.lower() in _KOREAN_SURNAMES
            else set()
        )
    )


def _consonants(latin: str, *, english: bool = False) -> str:
    """An abjad's word (or its romanisation) by its consonants: vowels, the y, w and v that
    write long vowels there, and a last h that writes a final vowel dropped; the consonants
    romanisations write either way made one; doubled letters once. In an `english` spelling a
    "v" is kept as "V": it may write the long vowel (Persian "Vahid", وحید) or Hebrew's bet
    ("Avi", אבי), which the article's key writes "b"."""
    bare = re.sub(r"[^a-z]", "", latin.lower())
    for written, said in _CONSONANT_SPELLINGS:
        bare = bare.replace(written, said)
    bare = re.sub(r"h$", "", bare)  # "Noa", "נועה"; "Fatima", "فاطمة"
    if english:
        bare = bare.replace("v", "V")
    return _collapsed(re.sub(r"[aeiouywv]", "", bare))


def _run_consonants(run: str) -> list[str]:
    """A name's words by their consonants, with Arabic's article joined to the word after it
    as the script writes it ("al-Jabouri": one word, "ljbr")."""
    words = [w.lower() for w in _WORD.findall(run)]
    out: list[str] = []
    for index, word in enumerate(words):
        if index and words[index - 1] in _ARTICLES:
            out[-1] += _consonants(word, english=True)
        else:
            out.append(_consonants(word, english=True))
    return [w for w in out if w]


def _same_consonants(english: str, written: str) -> bool:
    """Whether an English spelling's consonants (`_consonants(..., english=True)`) are those
    an abjad's word writes: each "V" one "b" or none (then the letters it stood between may
    be one: "David", דוד)."""
    if "V" not in english:
        return english == written
    if _collapsed(english.replace("V", "")) == written:
        return True
    return re.fullmatch(re.escape(english).replace("V", "b?"), written) is not None


class _Keys(NamedTuple):
    voweled: tuple[str, ...]  # of scripts that write their vowels, the longer words' keys
    syllables: tuple[str, ...]  # the same words by syllable key, in order
    abjad_runs: tuple[tuple[str, ...], ...]  # abjads' consonant keys, per run of words
    # Japanese family names written with a given name there is no reading for ("高橋誠"):
    # the English name's given name is taken as the one written ("Makoto Takahashi")
    given_unread: frozenset[str]


@lru_cache(maxsize=64)
def _romanised(text: str) -> _Keys:
    """The keys of the words of `text` not written in Latin letters; abjads' runs in the
    order of the text (a new run where a Latin word or a sentence's end comes between)."""
    from anyascii import anyascii

    voweled: list[str] = []
    syllables: list[str] = []
    runs: list[list[str]] = [[]]
    h_for_g = _UKRAINIAN_LETTERS.search(text) is not None
    for match in _WORD.finditer(text):
        word = match.group(0)
        script = letter_script(word[0])
        if script in ("LATIN", ""):
            runs.append([])
            continue
        # Hebrew's bet is a "v" to anyascii, as its vav is; the bet is a consonant: "b"
        latin = anyascii(word.replace("\u05d1", "b")).replace("'", "")  # "'": a soft sign
        if script in _ABJADS or script in _INHERENT_VOWEL:
            if skeleton := _consonants(latin):
                runs[-1].append(skeleton)
        if script not in _ABJADS:
            voweled.extend(_key(part) for part in _CAMEL.findall(latin))
            syllables.extend(_syllable_key(part) for part in _CAMEL.findall(latin))
        if h_for_g and script == "CYRILLIC" and "г" in word.casefold():
            # Ukrainian and Belarusian "г" is "h" in their names' English ("Ганна", "Hanna");
            # anyascii writes it "g", as in Russian
            voweled.extend(_key(p) for p in _CAMEL.findall(anyascii(word.translate(_G_AS_H))))
    voweled.extend(_key(reading) for reading in japanese_readings(text))  # "山田" is "Yamada"
    long_keys = tuple(k for k in voweled if len(k) >= _MIN_KEY)
    unread = frozenset(_key(r) for r in japanese_readings(text, given_unread=True))
    return _Keys(long_keys, tuple(syllables), tuple(tuple(r) for r in runs if r), unread)


@lru_cache(maxsize=64)
def _other_scripts(text: str) -> bool:
    return any(ord(c) >= 0x250 and c.isalpha() for c in text)


def named_in_another_script(word: str, run: str, text: str) -> bool:
    """Whether `word` of the name `run` (Latin letters) is how `text` writes a name in a
    script of its own. Never raises."""
    try:
        return _named(word, run, text)
    except Exception:  # noqa: BLE001 - a name left unmatched, never a failed check
        return False


def _named(word: str, run: str, text: str) -> bool:
    from rapidfuzz.fuzz import ratio

    if not _other_scripts(text):
        return False  # the text is all in Latin letters: nothing to romanise
    voweled, syllables, abjad_runs, given_unread = _romanised(text)
    key = _key(word)
    if len(key) >= _MIN_KEY and any(
        ratio(key, other) >= 100 * _CLOSE or _inflected(key, other) for other in voweled
    ):
        return True
    parts = _WORD.findall(run)
    if len(parts) >= 2 and any(_key(part) in given_unread for part in parts):
        return True  # "Makoto" of "Makoto Takahashi", for "高橋誠"
    spoken = [_syllable_keys(part) for part in parts]
    if 2 <= len(spoken) <= _MAX_NAME_WORDS and sum(map(len, parts)) >= _MIN_SYLLABLES_LETTERS:
        # the whole name, syllable by syllable, as the text has it; a given name of two
        # syllables may be written as one word ("Wang Jianjun" for "王建军")
        if any(_spoken_at(syllables, i, spoken) for i in range(len(syllables))):
            return True
    wanted = _run_consonants(run)  # "bin" in "Mohammed bin Salman" is written too
    if sum(len(w.replace("V", "")) for w in wanted) < (
        _MIN_CONSONANTS if len(wanted) < 2 else _MIN_IN_TWO
    ):
        return False
    return any(
        all(map(_same_consonants, wanted, found[i : i + len(wanted)]))
        for found in abjad_runs
        for i in range(len(found) - len(wanted) + 1)
    )


def _spoken_at(syllables: tuple[str, ...], at: int, spoken: list[frozenset[str]]) -> bool:
    """Whether the name's words (`spoken`: each word's keys) are the text's syllables from
    `at` on, each word one syllable or two written as one (the places a word may end, kept
    as a set: no path is followed twice)."""
    ends = {at}
    for keys in spoken:
        collapsed = {_collapsed(key) for key in keys}
        ends = {
            end + width
            for end in ends
            for width in (1, 2)
            if end + width <= len(syllables)
            and (
                syllables[end] in keys
                if width == 1
                else _collapsed(syllables[end] + syllables[end + 1]) in collapsed
            )
        }
        if not ends:
            return False
    return True


def _collapsed(key: str) -> str:
    """`key` with each doubled letter once: romanisations double letters as they please."""
    return _DOUBLED.sub(r"\1", key)


def _inflected(key: str, other: str) -> bool:
    """The same name with another case ending: "ivanov" and "ivanova"."""
    common = 0
    for a, b in zip(key, other, strict=False):
        if a != b:
            break
        common += 1
    return common >= 4 and max(len(key), len(other)) - common <= 2
