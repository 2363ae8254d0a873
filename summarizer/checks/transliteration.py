"""Names in Latin letters that an article writes in another script: "Igor Petrov" for
"Игорь Петров", "Nikos Papadopoulos" for "Νίκος Παπαδόπουλος", "Sami Haddad" for "سامي حداد".

The article's words are romanised (anyascii) and compared by a key that forgets what
romanisations differ in: doubled letters, y and i, w and v, ou and u, the h of sh, kh, th and
ph. In scripts that write their vowels (Cyrillic, Greek, the Indic scripts, Chinese through its
pinyin...) each word of the name must be close to a word of the article (an inflection's
ending may differ). Arabic and Hebrew write few vowels, so their words are compared by their
consonants alone, which many words share: the name's words must match as many consecutive
words of the article, with four consonants at least between them ("Sami Haddad", "al-Jabouri";
not "Amr").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

from summarizer.checks.person_names import japanese_readings

__all__ = ["named_in_another_script"]

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")
_CAMEL = re.compile(r"[A-Z][a-z]*|[a-z]+")  # "WangWei" -> "Wang", "Wei"
_ABJADS = ("ARABIC", "HEBREW", "SYRIAC", "THAANA")
_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("kh", "h"), ("sh", "s"), ("ch", "c"), ("th", "t"), ("ph", "f"), ("ou", "u"),
    ("oy", "u"), ("y", "i"), ("j", "i"), ("w", "v"), ("q", "k"), ("ck", "k"), ("x", "ks"),
)  # fmt: skip
_DIGRAPHS = tuple((w, s) for w, s in _SPELLINGS if len(w) == 2 and w[1] == "h")
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
_MIN_SYLLABLES_LETTERS = 5  # a run of syllables, as written: "Li Na" is too short to match


def _key(latin: str) -> str:
    key = re.sub(r"[^a-z]", "", latin.lower())
    for written, said in _SPELLINGS:
        key = key.replace(written, said)
    # a nasal before a consonant: the Indic scripts' one mark is romanised "m" ("simh"),
    # English writes "n" or "ng" ("Singh")
    key = _NASAL.sub("n", key.replace("ng", "n"))
    return re.sub(r"(.)\1+", r"\1", key)


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


def _consonants(latin: str) -> str:
    """An abjad's word (or its romanisation) by its consonants: vowels, and the y, w and v
    that write long vowels there, dropped; doubled letters once."""
    bare = re.sub(r"[^a-z]", "", latin.lower())
    # "kh" and "ch" as "k": Hebrew's kaf is "kh" in anyascii, "ch" in English ("Michal",
    # "מיכל"); Arabic's khaa "kh" on both sides
    bare = bare.replace("kh", "k").replace("ch", "k")
    for written, said in _DIGRAPHS:  # "sh" and "s": Hebrew's shin is romanised "s"
        bare = bare.replace(written, said)
    # ض, ظ and ذ are "d", "dh" in Arabic's romanisation and "z" in Persian's ("Rezaei", "رضایی")
    bare = bare.replace("dh", "d").replace("z", "d").replace("c", "k")
    # v too: Hebrew's vav writes a vowel as often as a consonant ("Yossi", "יוסי", "yvsy");
    # and a last h, which writes a final vowel ("Noa", "נועה"; "Fatima", "فاطمة")
    bare = re.sub(r"h$", "", bare)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouywv]", "", bare))


def _run_consonants(run: str) -> list[str]:
    """A name's words by their consonants, with Arabic's article joined to the word after it
    as the script writes it ("al-Jabouri": one word, "ljbr")."""
    words = [w.lower() for w in _WORD.findall(run)]
    out: list[str] = []
    for index, word in enumerate(words):
        if index and words[index - 1] in _ARTICLES:
            out[-1] += _consonants(word)
        else:
            out.append(_consonants(word))
    return [w for w in out if w]


def _script(word: str) -> str:
    name = unicodedata.name(word[0], "")
    return name.split(" ", 1)[0]


@lru_cache(maxsize=64)
def _romanised(
    text: str,
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The keys of the words of `text` not written in Latin letters: of scripts that write
    their vowels, the longer ones, and all of them by syllable key in order; of abjads, the
    consonant keys in the order of the text, per run of words (a new run where a Latin word
    or a sentence's end comes between)."""
    from anyascii import anyascii

    voweled: list[str] = []
    syllables: list[str] = []
    runs: list[list[str]] = [[]]
    for match in _WORD.finditer(text):
        word = match.group(0)
        script = _script(word)
        if script in ("LATIN", ""):
            runs.append([])
            continue
        latin = anyascii(word).replace("'", "")  # a soft sign ("Ol'ga"), not a word's end
        if script in _ABJADS:
            if skeleton := _consonants(latin):
                runs[-1].append(skeleton)
        else:
            voweled.extend(_key(part) for part in _CAMEL.findall(latin))
            syllables.extend(_syllable_key(part) for part in _CAMEL.findall(latin))
    voweled.extend(_key(reading) for reading in japanese_readings(text))  # "山田" is "Yamada"
    long_keys = tuple(k for k in voweled if len(k) >= _MIN_KEY)
    return long_keys, tuple(syllables), tuple(tuple(r) for r in runs if r)


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
    voweled, syllables, abjad_runs = _romanised(text)
    key = _key(word)
    if len(key) >= _MIN_KEY and any(
        ratio(key, other) >= 100 * _CLOSE or _inflected(key, other) for other in voweled
    ):
        return True
    parts = _WORD.findall(run)
    spoken = [_syllable_keys(part) for part in parts]
    if len(spoken) >= 2 and sum(map(len, parts)) >= _MIN_SYLLABLES_LETTERS:
        span = len(spoken)  # the whole name, syllable by syllable, as the text has it
        if any(
            all(said in keys for said, keys in zip(syllables[i : i + span], spoken, strict=True))
            for i in range(len(syllables) - span + 1)
        ):
            return True
    wanted = _run_consonants(run)  # "bin" in "Mohammed bin Salman" is written too
    if sum(len(w) for w in wanted) < (_MIN_CONSONANTS if len(wanted) < 2 else _MIN_IN_TWO):
        return False
    return any(
        wanted == list(found[i : i + len(wanted)])
        for found in abjad_runs
        for i in range(len(found) - len(wanted) + 1)
    )


def _inflected(key: str, other: str) -> bool:
    """The same name with another case ending: "ivanov" and "ivanova"."""
    common = 0
    for a, b in zip(key, other, strict=False):
        if a != b:
            break
        common += 1
    return common >= 4 and max(len(key), len(other)) - common <= 2
