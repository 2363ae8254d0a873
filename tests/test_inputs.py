"""Reading real-world inputs: encodings, HTML, JSONL, limits."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from summarizer import InputError
from summarizer.core.inputs import read_articles

SENTENCE = "Les dockers de Selva ont manifesté jeudi ; la police a arrêté « 29 » personnes."


def only_article(path: Path) -> str:
    (record,) = read_articles(str(path))
    assert record.article is not None
    return record.article.text


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_encodings_are_detected_not_assumed(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(((SENTENCE + "\n") * 3).encode(encoding))
    assert only_article(path).splitlines()[0] == SENTENCE


def test_html_gives_main_text_title_date_and_author(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        """<!doctype html><html><head><title>Strike - Harbour Daily</title>
        <meta name="author" content="Rosa Imre">
        <meta property="article:published_time" content="2026-11-18T08:00:00Z"></head>
        <body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
        <article><h1>Dockworkers detained in Selva Port</h1>
        <p>Police in Selva Port detained dozens of dockworkers on Tuesday as a strike over unpaid
        wages entered its second week, union leaders said.</p>
        <p>The Harbour Workers' Union said 37 of its members were arrested at the terminal.</p>
        </article><footer>Subscribe to our newsletter. Cookie settings.</footer></body></html>""",
        encoding="utf-8",
    )
    (record,) = read_articles(str(page))
    article = record.article
    assert article is not None
    assert "37 of its members were arrested" in article.text
    assert "newsletter" not in article.text and "Home" not in article.text
    assert article.title == "Dockworkers detained in Selva Port"
    assert article.date == dt.date(2026, 11, 18)
    assert article.author == "Rosa Imre"


def test_html_without_text_is_an_input_error(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError, match="no article text found"):
        read_articles(str(page))


def test_jsonl_keeps_every_line_as_article_or_error(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "First story.", "title": "One", "date": "2026-01-02"}),
        "",
        "{not json",
        json.dumps({"id": "a3", "text": "   "}),
        json.dumps({"text": "No id given."}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "a6", "text": "Bad date.", "date": "yesterday"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = read_articles(str(path))
    assert [r.id for r in records] == [
        "a1", f"{path}:3", "a3", f"{path}:5", f"{path}:6", "a6",
    ]  # fmt: skip
    assert records[0].article is not None and records[0].article.date == dt.date(2026, 1, 2)
    assert records[3].article is not None and records[3].article.text == "No id given."
    errors = {r.id: r.error for r in records if r.error}
    assert "not JSON" in errors[f"{path}:3"]
    assert "empty" in errors["a3"]
    assert "expected a JSON object" in errors[f"{path}:6"]
    assert "date" in errors["a6"]


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match="larger than the 100-byte input limit"):
        read_articles(str(path), max_bytes=100)
    assert read_articles(str(path), max_bytes=10_000)[0].article is not None


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("text", encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)  # chmod cannot lock out root, who runs CI here
    with pytest.raises(InputError, match="cannot read .*: Permission denied"):
        read_articles(str(path))


# --- real pages (fixtures written for the project, mimicking what real sites serve) -------------

HTML_FIXTURES = Path(__file__).parent / "data" / "html"


def test_a_caption_only_page_is_refused_not_analysed() -> None:
    with pytest.raises(InputError, match=r"main text is \d+ characters, \d+% of the page"):
        read_articles(str(HTML_FIXTURES / "opinion_caption.html"))


def test_a_page_date_is_read_in_any_language_and_never_guessed_from_a_footer() -> None:
    (record,) = read_articles(str(HTML_FIXTURES / "arabic_textdate.html"))
    assert record.article is not None
    assert record.article.date == dt.date(2026, 6, 5)  # "٥ يونيو ٢٠٢٦", not the footer's 2013
    assert "جميع الحقوق محفوظة" not in record.article.text  # the footer stays out
