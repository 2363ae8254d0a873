"""Benchmark: the statement rule on articles in twelve languages it was not written against.

    python bench/languages.py            # the table in docs/benchmarks.md
    python bench/languages.py --verbose  # every statement and what the rule said

One short report per language (a depot fire on Tuesday 10 March 2026: seven workers dead, a
named fire chief), written for this benchmark after the checks, and never used to tune them.
For each: two faithful statements (a paraphrase in the article's language, and the same in
English) that should pass, and three invented ones (a person the article does not name, a wrong
number, a wrong weekday) that should be refused. A statement is checked as a key point is,
against the whole article (checks/statements.statement_problem). Nothing here is a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TUESDAY = dt.date(2026, 3, 10)

# language: (article, [faithful statements], {kind: invented statement})
CASES: dict[str, tuple[str, list[str], dict[str, str]]] = {
    "fr": (
        "LYON, 10 mars 2026 – Un incendie dans un dépôt de carburant a tué sept ouvriers mardi, "
        "a déclaré le chef des pompiers, Marc Dubois.",
        [
            "Sept ouvriers sont morts mardi dans l'incendie d'un dépôt, selon Marc Dubois.",
            "Seven workers died in a fuel depot fire on Tuesday, according to Marc Dubois.",
        ],
        {
            "name": "Selon Pierre Lambert, l'incendie a tué sept ouvriers.",
            "number": "L'incendie a tué neuf ouvriers mardi.",
            "date": "L'incendie a eu lieu jeudi.",
        },
    ),
    "es": (
        "SEVILLA, 10 de marzo de 2026 – Un incendio en un depósito de combustible mató a siete "
        "trabajadores el martes, dijo el jefe de bomberos, Luis Ortega.",
        [
            "Siete trabajadores murieron el martes en el incendio, según Luis Ortega.",
            "Seven workers were killed on Tuesday, fire chief Luis Ortega said.",
        ],
        {
            "name": "Según Carlos Medina, murieron siete trabajadores.",
            "number": "El incendio mató a doce trabajadores.",
            "date": "El incendio ocurrió el viernes.",
        },
    ),
    "de": (
        "HAMBURG, 10. März 2026 – Ein Brand in einem Treibstofflager hat am Dienstag sieben "
        "Arbeiter getötet, sagte Feuerwehrchef Jonas Weber.",
        [
            "Bei dem Brand starben am Dienstag sieben Arbeiter, so Jonas Weber.",
            "Seven workers were killed on Tuesday, said Jonas Weber.",
        ],
        {
            "name": "Laut Stefan Braun starben sieben Arbeiter.",
            "number": "Der Brand tötete fünf Arbeiter.",
            "date": "Der Brand war am Mittwoch.",
        },
    ),
    "pt": (
        "PORTO, 10 de março de 2026 – Um incêndio num depósito de combustível matou sete "
        "trabalhadores na terça-feira, disse o comandante dos bombeiros, Rui Costa.",
        [
            "Sete trabalhadores morreram na terça-feira, segundo Rui Costa.",
            "Seven workers died on Tuesday, according to Rui Costa.",
        ],
        {
            "name": "Segundo Paulo Santos, morreram sete trabalhadores.",
            "number": "O incêndio matou oito trabalhadores.",
            "date": "O incêndio ocorreu no sábado.",
        },
    ),
    "it": (
        "GENOVA, 10 marzo 2026 – Un incendio in un deposito di carburante ha ucciso sette "
        "operai martedì, ha detto il comandante dei vigili del fuoco, Marco Rossi.",
        [
            "Sette operai sono morti martedì nell'incendio, secondo Marco Rossi.",
            "Seven workers were killed on Tuesday, Marco Rossi said.",
        ],
        {
            "name": "Secondo Luca Bianchi, sono morti sette operai.",
            "number": "L'incendio ha ucciso dieci operai.",
            "date": "L'incendio è avvenuto domenica.",
        },
    ),
    "ru": (
        "САМАРА, 10 марта 2026 года – Пожар на топливном складе во вторник унёс жизни семи "
        "рабочих, сообщил начальник пожарной охраны Игорь Петров.",
        [
            "Во вторник при пожаре погибли рабочие, сообщил Игорь Петров.",
            "Workers died in the depot fire on Tuesday, the fire chief said.",
        ],
        {
            "name": "По словам Сергея Иванова, при пожаре погибли рабочие.",
            "number": "Пожар унёс жизни 12 рабочих.",
            "date": "Пожар произошёл в четверг.",
        },
    ),
    "pl": (
        "GDAŃSK, 10 marca 2026 – Pożar w składzie paliw zabił we wtorek siedmiu robotników, "
        "powiedział komendant straży pożarnej Piotr Nowak.",
        [
            "We wtorek w pożarze zginęli robotnicy, według Piotra Nowaka.",
            "Workers were killed in the fire on Tuesday, said Piotr Nowak.",
        ],
        {
            "name": "Według Tomasza Zielińskiego w pożarze zginęli robotnicy.",
            "number": "Pożar zabił 11 robotników.",
            "date": "Pożar wybuchł w piątek.",
        },
    ),
    "tr": (
        "İZMİR, 10 Mart 2026 – Bir yakıt deposunda çıkan yangında salı günü yedi işçi "
        "hayatını kaybetti, dedi itfaiye şefi Mehmet Yılmaz.",
        [
            "Mehmet Yılmaz'a göre salı günkü yangında işçiler öldü.",
            "Workers died in the fire on Tuesday, according to Mehmet Yılmaz.",
        ],
        {
            "name": "Ahmet Demir'e göre yangında işçiler öldü.",
            "number": "Yangında 15 işçi öldü.",
            "date": "Yangın çarşamba günü çıktı.",
        },
    ),
    "el": (
        "ΠΕΙΡΑΙΑΣ, 10 Μαρτίου 2026 – Πυρκαγιά σε αποθήκη καυσίμων σκότωσε επτά εργάτες την "
        "Τρίτη, δήλωσε ο αρχηγός της πυροσβεστικής Νίκος Παπαδόπουλος.",
        [
            "Εργάτες σκοτώθηκαν την Τρίτη, σύμφωνα με τον Νίκο Παπαδόπουλο.",
            "Workers were killed in the depot fire on Tuesday, the fire chief said.",
        ],
        {
            "name": "Σύμφωνα με τον Γιώργο Αντωνίου, σκοτώθηκαν εργάτες.",
            "number": "Η πυρκαγιά σκότωσε 20 εργάτες.",
            "date": "Η πυρκαγιά ξέσπασε την Πέμπτη.",
        },
    ),
    "ar": (
        "حيفا، 10 مارس 2026 – قال قائد الدفاع المدني سامي حداد إن حريقا في مستودع للوقود "
        "أودى بحياة سبعة عمال يوم الثلاثاء.",
        [
            "لقي عمال حتفهم في الحريق يوم الثلاثاء، بحسب سامي حداد.",
            "Workers died in the depot fire on Tuesday, the civil defence chief said.",
        ],
        {
            "name": "قال خالد منصور إن الحريق أودى بحياة عمال.",
            "number": "أودى الحريق بحياة 13 عاملا.",
            "date": "اندلع الحريق يوم الخميس.",
        },
    ),
    "hi": (
        "मुंबई, 10 मार्च 2026 – अग्निशमन प्रमुख राजेश कुमार ने कहा कि मंगलवार को एक ईंधन डिपो "
        "में लगी आग में सात मज़दूरों की मौत हो गई।",
        [
            "राजेश कुमार के अनुसार मंगलवार को आग में मज़दूरों की मौत हो गई।",
            "Workers died in the depot fire on Tuesday, the fire chief said.",
        ],
        {
            "name": "सुरेश वर्मा के अनुसार आग में मज़दूरों की मौत हुई।",
            "number": "आग में 14 मज़दूरों की मौत हुई।",
            "date": "आग शुक्रवार को लगी।",
        },
    ),
    "zh": (
        "天津，2026年3月10日——消防负责人王伟说，星期二一座燃料仓库发生火灾，造成7名工人死亡。",
        [
            "据王伟说，星期二的火灾造成7名工人死亡。",
            "Seven workers died in the depot fire on Tuesday, the fire chief said.",
        ],
        {
            "name": "据李明说，火灾造成7名工人死亡。",
            "number": "火灾造成9名工人死亡。",
            "date": "火灾发生在星期四。",
        },
    ),
}


def main() -> None:
    from summarizer.checks.statements import Support, statement_problem

    parser = argparse.ArgumentParser()
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    caught = {"name": 0, "number": 0, "date": 0}
    refused = 0
    rows = []
    for language, (article, faithful, invented) in CASES.items():
        support = Support(article, "the article", TUESDAY)
        wrongly = [s for s in faithful if statement_problem("statement", s, support)]
        found = {k: statement_problem("statement", s, support) for k, s in invented.items()}
        refused += len(wrongly)
        for kind, problem in found.items():
            caught[kind] += problem is not None
        rows.append((language, len(wrongly), {k: p is not None for k, p in found.items()}))
        if args.verbose:
            for statement in faithful:
                print(
                    language,
                    "faithful",
                    statement,
                    "->",
                    statement_problem("s", statement, support),
                )
            for kind, statement in invented.items():
                print(language, kind, statement, "->", found[kind])
    n = len(CASES)
    print("| language | faithful refused | invented name caught | number caught | date caught |")
    print("|---|---|---|---|---|")
    for language, wrong, found in rows:
        marks = " | ".join("yes" if found[k] else "**no**" for k in ("name", "number", "date"))
        print(f"| {language} | {wrong} of 2 | {marks} |")
    total = sum(caught.values())
    print(f"\ninvented caught: {total} of {3 * n} ({total / (3 * n):.0%}): names "
          f"{caught['name']}/{n}, numbers {caught['number']}/{n}, dates {caught['date']}/{n}; "
          f"faithful refused: {refused} of {2 * n} ({refused / (2 * n):.0%})")  # fmt: skip


if __name__ == "__main__":
    main()
