"""Passages that speak to the model instead of reporting news - a heuristic.

A passage is flagged when a sentence of it addresses an AI system or gives it orders: "ignore
your previous instructions", "Note to AI systems: ...", a role label opening a line
("SYSTEM:"), a chat-template token ("<|im_start|>", "[INST]"), in the main news languages.
Before matching, invisible characters (zero-width spaces, bidi controls) are removed and
look-alike letters are read as the Latin letters they imitate (Unicode's confusables data,
via confusable_homoglyphs), so "ign\u200bore" and "ignоre" with a Cyrillic "о" are caught.

The decision is per sentence: the flagged sentence and the rest of its paragraph (the body of
the order) may not be cited; the sentences before it in the same paragraph stay citable.

This is a heuristic and will miss phrasings it does not know. The real containment is
grounding: whatever an article tells the model, every figure, name and date of the answer must
still be stated by a passage the answer cites, and a flagged passage cannot be cited.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

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


def addresses_the_model(text: str) -> bool:
    """Whether `text` speaks to an AI system rather than reporting. Linear in `text`: every
    pattern is anchored on a word and reads a bounded stretch after it."""
    visible = _visible(text)
    return any(
        _gives_an_order(form) or any(p.search(form) for p in _ADDRESSED)
        for form in dict.fromkeys([visible, skeleton(visible)])
    )


def instruction_spans(
    text: str, paragraphs: Sequence[tuple[int, int]], sentences: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of `text` that may not be cited: from each sentence that addresses the model
    to the end of its paragraph."""
    flagged = []
    starts = [a for a, _ in sentences]  # sorted: each paragraph finds its sentences by bisection
    for first, last in paragraphs:
        inside = sentences[bisect_left(starts, first) : bisect_left(starts, last)]
        start = next(
            (a for a, b in inside or [(first, last)] if addresses_the_model(text[a:b])), None
        )
        if start is not None:
            flagged.append((start, last))
    return flagged
