"""The language an article is written in, recorded in a result's metadata (ISO 639-1).

English, the common case, is told by its function words (the table the statement checks use,
checks/vocabulary.py), without loading a model; any other text by py3langid (97 languages,
a naive Bayes model over byte n-grams that takes about 0.5 s to load, once per process).
"""

from __future__ import annotations

import unicodedata

from summarizer.checks.vocabulary import function_word_counts

__all__ = ["letter_script", "text_language"]

_SAMPLE_CHARS = 5000  # enough text to tell; the cost stays flat however long the article
_ENGLISH_WORDS = 8  # distinct English function words, and twice any other language's


def text_language(text: str) -> str | None:
    """The language of `text` as an ISO 639-1 code, or None when it has no letters to read
    (or the detector cannot be loaded). Never raises."""
    sample = text[:_SAMPLE_CHARS]
    try:
        counts = function_word_counts(sample)
        english = counts.pop("en")
        if english >= _ENGLISH_WORDS and english >= 2 * max(counts.values()):
            return "en"
        if not any(ch.isalpha() for ch in sample):
            return None
        import py3langid

        language, _score = py3langid.classify(sample)
        return str(language)
    except Exception:  # noqa: BLE001 - a result without a language, never a failed article
        return None


def letter_script(char: str) -> str:
    """The script a letter is written in, as Unicode names it ("LATIN", "CYRILLIC", "ARABIC",
    "CJK" for Han); "" for a character Unicode has no name for."""
    return unicodedata.name(char, "").split(" ", 1)[0]
