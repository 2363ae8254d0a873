"""Benchmark: the statement rule on short news reports in many languages.

    python bench/languages.py                 # the thirteenth set (bench/language_cases.py)
    python bench/languages.py --set first     # or second .. twelfth: the earlier sets
    python bench/languages.py --verbose       # every statement and what the rule said

Per report, faithful statements (paraphrases in the article's language and in English) should
pass, and invented ones (a person the article does not name, a wrong number, a wrong weekday)
should be refused. A statement is checked as a key point is, against the whole article
(checks/statements.statement_problem). Nothing here is a test.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import language_cases  # noqa: E402

# Each set is language_cases.FIRST (and FIRST_DATED, its dateline), SECOND, ...
ORDER = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
).split()
SETS = {
    name: (getattr(language_cases, name.upper()), getattr(language_cases, f"{name.upper()}_DATED"))
    for name in ORDER
}
KINDS = ("name", "number", "date")


def main() -> None:
    from summarizer.checks.statements import Support, statement_problem

    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=SETS, default=ORDER[-1], dest="which")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    cases, dated = SETS[args.which]
    caught = dict.fromkeys(KINDS, 0)
    asked = dict.fromkeys(KINDS, 0)
    refused = faithful_total = 0
    rows = []
    for language, (article, faithful, invented) in cases.items():
        support = Support(article, "the article", dated)
        wrongly = [s for s in faithful if statement_problem("statement", s, support)]
        found = [(kind, statement_problem("statement", s, support)) for kind, s in invented]
        refused += len(wrongly)
        faithful_total += len(faithful)
        per_kind = {kind: [0, 0] for kind in KINDS}
        for kind, problem in found:
            caught[kind] += problem is not None
            asked[kind] += 1
            per_kind[kind][0] += problem is not None
            per_kind[kind][1] += 1
        rows.append((language, len(wrongly), len(faithful), per_kind))
        if args.verbose:
            for statement in faithful:
                print(
                    language,
                    "faithful",
                    statement,
                    "->",
                    statement_problem("s", statement, support),
                )
            for (kind, statement), (_, problem) in zip(invented, found, strict=True):
                print(language, kind, statement, "->", problem)
    print("| language | faithful refused | invented names caught | numbers caught | dates caught |")
    print("|---|---|---|---|---|")
    for language, wrong, of, per_kind in rows:
        marks = " | ".join(_mark(*per_kind[kind]) for kind in KINDS)
        print(f"| {language} | {wrong} of {of} | {marks} |")
    total, total_asked = sum(caught.values()), sum(asked.values())
    kinds = ", ".join(f"{kind}s {caught[kind]}/{asked[kind]}" for kind in KINDS)
    share, refused_share = total / total_asked, refused / faithful_total
    print(f"\ninvented caught: {total} of {total_asked} ({share:.0%}): {kinds}; "
          f"faithful refused: {refused} of {faithful_total} ({refused_share:.0%})")  # fmt: skip


def _mark(caught: int, asked: int) -> str:
    shown = f"{caught} of {asked}"
    return shown if caught == asked else f"**{shown}**"


if __name__ == "__main__":
    main()
