"""Common words of a language, for the one language whose nouns are capitalised: German.

A German statement capitalises every noun, so capitals alone cannot tell "Feuer" (a fire) from
"Weber" (a name). A capitalised word standing alone is read as a common noun when the language's
word list has it (pyspellchecker's frequency lists, built from subtitles and dictionaries), or
when it is a compound of two words the list has ("Treibstofflager"); a run of capitalised words
("Stefan Braun") is always read as a name. What this leaves unchecked: a single invented
surname that is also a German word ("Braun", "Müller").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["is_common_noun"]

_LANGUAGES = frozenset({"de"})
_PART = 3  # letters, at least, of each part of a compound
_LINKS = ("", "s", "es", "n", "en")  # what joins the parts of a German compound


@lru_cache(maxsize=4)
def _words(language: str) -> Any:
    from spellchecker import SpellChecker

    return SpellChecker(language=language, distance=1).word_frequency


def is_common_noun(word: str, language: str) -> bool:
    """Whether `word`, capitalised in a statement in `language`, is a common word of that
    language rather than a name. Never raises: False when it cannot tell."""
    if language not in _LANGUAGES or len(word) < _PART:
        return False
    try:
        known = _words(language)
    except Exception:  # noqa: BLE001 - no word list: every capital stays a possible name
        return False
    # lower(), not casefold(): the list writes "ß", which casefold() turns into "ss"
    folded = word.lower()
    if known[folded] > 0:
        return True
    return _compound(folded, known)


def _compound(word: str, known: Any) -> bool:
    """Two known words, joined as German joins them: "Treibstoff|lager", "Arbeit|s|platz"."""
    for cut in range(_PART, len(word) - _PART + 1):
        head, tail = word[:cut], word[cut:]
        if known[tail] <= 0:
            continue
        for link in _LINKS:
            stem = head[: len(head) - len(link)] if link and head.endswith(link) else head
            if len(stem) >= _PART and known[stem] > 0:
                return True
    return False
