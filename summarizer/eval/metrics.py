"""Summary metrics: ROUGE-L against a reference, and the extractive fragment coverage and density
of Grusky et al. (2018).
"""

from __future__ import annotations

import re

__all__ = ["coverage_and_density"]


_TOKEN = re.compile(r"\w+")


def _fragments(article: list[str], summary: list[str]) -> list[int]:
    """Lengths of the extractive fragments (Grusky et al. 2018, greedy longest match)."""
    lengths, i = [], 0
    while i < len(summary):
        best, j = 0, 0
        while j < len(article):
            if summary[i] == article[j]:
                a, b = i, j
                while a < len(summary) and b < len(article) and summary[a] == article[b]:
                    a, b = a + 1, b + 1
                best, j = max(best, a - i), b
            else:
                j += 1
        if best:
            lengths.append(best)
        i += max(best, 1)
    return lengths


def coverage_and_density(article: str, summary: str) -> tuple[float, float]:
    """Share of summary words inside copied fragments, and mean squared fragment length."""
    words = _TOKEN.findall(summary.lower())
    if not words:
        return 0.0, 0.0
    lengths = _fragments(_TOKEN.findall(article.lower()), words)
    return sum(lengths) / len(words), sum(n * n for n in lengths) / len(words)


def rouge_l(summary: str, reference: str) -> float:
    from rouge_score import rouge_scorer  # imported on demand: it loads nltk

    scorer = rouge_scorer.RougeScorer(["rougeL"], use_stemmer=True)
    return float(scorer.score(reference, summary)["rougeL"].fmeasure)
