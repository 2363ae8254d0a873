"""The evidence page: every span marked with the right text, every event a card, nothing from the
article or the model able to run or inject markup, and a result that does not fit refused."""

from __future__ import annotations

import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from summarizer.render.evidence_view import ViewError, evidence_page, spans_of
from tests.helpers import CASSETTES, EXAMPLES_DIR, run_cli, spans

VALLEY = EXAMPLES_DIR / "valley_strikes.txt"


class Page(HTMLParser):
    """What a browser would build: each mark's text and spans, the cards, every tag and
    attribute, and the scripts' text."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.marks: list[tuple[list[str], str]] = []
        self.scripts: list[str] = []
        self.text = ""  # what a reader sees: every text node outside script and style
        self._open: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open.append(tag)
        if tag == "mark":
            self.marks.append(((dict(attrs).get("data-spans") or "").split(), ""))
        if tag == "script":
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if not self._open or self._open[-1] not in ("script", "style"):
            self.text += data
        if self._open and self._open[-1] == "mark":
            ids, text = self.marks[-1]
            self.marks[-1] = (ids, text + data)
        if self._open and self._open[-1] == "script":
            self.scripts[-1] += data

    def text_of(self, span_id: str) -> str:
        return "".join(text for ids, text in self.marks if span_id in ids)


def summarizer_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return run_cli(*args)


@pytest.fixture(scope="module")
def analysed(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    """The bundled example's recorded analysis, through `analyze --html`."""
    page = tmp_path_factory.mktemp("view") / "valley.html"
    done = summarizer_cli(
        "analyze",
        str(VALLEY),
        "--replay",
        str(CASSETTES / "examples" / "valley_strikes.yaml"),
        "--html",
        str(page),
    )
    assert done.returncode == 0, done.stderr  # fmt: skip
    assert "tokens" in done.stderr  # the closing line a single analysis now has
    return json.loads(done.stdout), page


def test_every_evidence_span_is_marked_with_its_text_and_every_event_has_a_card(
    analysed: tuple[dict[str, Any], Path],
) -> None:
    result, page_file = analysed
    article = VALLEY.read_text(encoding="utf-8")
    page = Page(page_file.read_text(encoding="utf-8"))
    spans = spans_of(result)
    assert len(spans) >= 10
    for span in spans:
        assert page.text_of(span.id) == article[span.start : span.end], span
    cards = {attrs.get("id") for tag, attrs in page.tags if tag == "section"}
    assert {f"event-{e['id']}" for e in result["events"]} <= cards
    roles = json.loads(page.scripts[0])
    assert set(roles) == {s.id for s in spans}
    # a figure's button points at the span of its own quote, and that span says what it backs
    figure = result["events"][0]["casualties"][0]
    buttons = [a for tag, a in page.tags if tag == "button" and a.get("class") == "fact"]
    ids = {b["data-spans"] for b in buttons if b.get("data-spans")}
    quoted = [s for s in spans if s.start == figure["evidence"]["start"]]
    assert any(s.id in ids for s in quoted)
    assert any(figure["kind"] in role for s in quoted for role in s.roles)


HOSTILE = ["<script>alert(1)</script>", '"><img src=x onerror=alert(2)>', "</style><b>x</b>"]


def _hostile_result(article: str) -> dict[str, Any]:
    bad = " ".join(HOSTILE)
    start = article.index(HOSTILE[0])
    quote = {"quote": article[start : start + 40], "start": start, "end": start + 40}
    actor = {"name": bad, "canonical_name": bad, "kind": bad, "aliases": [bad]}
    return {
        "summary": {"headline": bad, "summary": bad,
                    "key_points": [{"text": bad, "evidence": [quote]}]},
        "events": [{
            "id": bad, "type": bad, "mode": bad, "status": bad, "description": bad,
            "initiator": actor, "target": actor,
            "location": {"place": bad, "region": bad, "country": bad},
            "time": {"phrase": bad, "start": bad, "end": None, "precision": bad},
            "casualties": [{"kind": bad, "source": bad, "evidence": quote,
                            "count": {"phrase": bad, "qualifier": bad, "min": bad, "max": bad}}],
            "claims": [{"source": bad, "stance": bad, "statement": bad, "evidence": quote}],
            "conservative_casualties": {bad: bad}, "evidence": [quote],
        }],
        "metadata": {"model": bad, "attempts": bad, "reasks": [{"rule": bad, "message": bad}]},
    }  # fmt: skip


def test_nothing_in_the_article_or_the_result_becomes_markup_or_script() -> None:
    article = "A report. " + " ".join(HOSTILE) + " The end of the report, and more words."
    page_text = evidence_page(_hostile_result(article), article)
    page = Page(page_text)
    tags = {tag for tag, _ in page.tags}
    assert not tags & {"img", "b", "iframe", "object"}, tags
    assert [tag for tag, _ in page.tags].count("script") == 2  # the roles data and the page's own
    assert [tag for tag, _ in page.tags].count("style") == 1
    handlers = [k for _, attrs in page.tags for k in attrs if k.startswith("on")]
    assert handlers == []
    assert "alert(1)" not in page.scripts[1]
    assert json.loads(page.scripts[0])  # the data script still parses: nothing closed it early
    for hostile in HOSTILE:  # shown as the text it is, in the article and in the result's fields
        assert page.text.count(hostile) >= 2, hostile


def test_a_result_that_does_not_fit_the_article_is_refused(
    analysed: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    result, _ = analysed
    other = (EXAMPLES_DIR / "grain_deal.txt").read_text(encoding="utf-8")
    with pytest.raises(ViewError, match="does not fit this article"):
        evidence_page(result, other)
    saved = tmp_path / "result.json"
    saved.write_text(json.dumps(result), encoding="utf-8")
    refused = summarizer_cli("view", str(saved), "--article", str(EXAMPLES_DIR / "grain_deal.txt"))
    assert refused.returncode == 2 and refused.stdout == ""
    assert refused.stderr.count("\n") == 1 and "does not fit this article" in refused.stderr


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda r: r["events"][0]["evidence"][0].update(start=-5), "events.0.evidence.0.start"),
        (lambda r: r["summary"].update(key_points="three"), "summary.key_points"),
        (lambda r: r["events"][0].update(type="EXPLODE"), "events.0.type"),
    ],
)
def test_a_malformed_result_is_a_one_line_input_error(
    analysed: tuple[dict[str, Any], Path], tmp_path: Path, damage: Any, said: str
) -> None:
    result, _ = analysed
    broken = json.loads(json.dumps(result))
    damage(broken)
    saved = tmp_path / "result.json"
    saved.write_text(json.dumps(broken), encoding="utf-8")
    refused = summarizer_cli("view", str(saved), "--article", str(VALLEY))
    assert refused.returncode == 2 and refused.stdout == "", refused.stderr
    assert refused.stderr.count("\n") == 1 and "is not a valid result" in refused.stderr
    assert said in refused.stderr


def test_view_reads_one_line_of_a_batch_results_file(
    analysed: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    result, page_file = analysed
    lines = tmp_path / "results.jsonl"
    lines.write_text(
        json.dumps({"id": "other", "result": {"summary": {}}}) + "\n"
        + json.dumps({"id": "valley", "result": result}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    shown = summarizer_cli("view", str(lines), "--id", "valley", "--article", str(VALLEY))
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.strip() == page_file.read_text(encoding="utf-8").strip()
    unnamed = summarizer_cli("view", str(lines), "--article", str(VALLEY))
    assert unnamed.returncode == 2 and "choose one with --id" in unnamed.stderr


BROWSER = next(
    (b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None
)


DRIVER = shutil.which("chromedriver")


def _browser(tmp_path: Path, *, dark: bool) -> Any:
    """Headless chromium driven by Debian's chromedriver (named, so that Selenium never
    fetches a driver), its console kept, in light or dark mode."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(shutil.which(str(BROWSER)))
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--window-size=1280,2000",
                 f"--user-data-dir={tmp_path / ('dark' if dark else 'light')}"):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(DRIVER)))
    scheme = "dark" if dark else "light"
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": scheme}]},
    )
    return driver


def _luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _rgba(css: str) -> tuple[float, float, float, float]:
    parts = [float(p) for p in css[css.index("(") + 1 : css.index(")")].split(",")]
    return (parts[0], parts[1], parts[2], parts[3] if len(parts) == 4 else 1.0)


def _contrast(text: str, background: str, page: str) -> float:
    """WCAG contrast of `text` on `background` (blended over the page's colour if it is
    translucent), from computed CSS colours."""
    fr, fg, fb, _ = _rgba(text)
    br, bg_, bb, alpha = _rgba(background)
    pr, pg, pb, _ = _rgba(page)
    blended = tuple(a * alpha + p * (1 - alpha) for a, p in ((br, pr), (bg_, pg), (bb, pb)))
    lighter, darker = sorted((_luminance((fr, fg, fb)), _luminance(blended)), reverse=True)  # type: ignore[arg-type]
    return (lighter + 0.05) / (darker + 0.05)


def _evidence_of(node: Any) -> list[str]:
    return [e["quote"] for e in spans(node)]


@pytest.mark.skipif(
    BROWSER is None or DRIVER is None,
    reason="no headless browser and driver (install Debian's chromium and chromium-driver)",
)
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_page_works_in_a_real_browser(
    analysed: tuple[dict[str, Any], Path], tmp_path: Path, dark: bool
) -> None:
    """Scripts run without console errors; clicking a key point or an event highlights exactly
    its evidence; and every highlight, clicked or not, is readable (WCAG AA, 4.5:1)."""
    from selenium.webdriver.common.by import By

    result, page_file = analysed
    driver = _browser(tmp_path, dark=dark)
    try:
        driver.get(page_file.as_uri())
        page_colour = driver.execute_script(
            "return getComputedStyle(document.body).backgroundColor"
        )
        clicks = [
            (driver.find_elements(By.CSS_SELECTOR, "#summary li button")[1],
             _evidence_of(result["summary"]["key_points"][1])),
            (driver.find_element(By.CSS_SELECTOR, "#event-E2 h3 button"),
             _evidence_of(result["events"][1])),
        ]  # fmt: skip
        for button, quotes in clicks:
            button.click()
            active = [m.text for m in driver.find_elements(By.CSS_SELECTOR, "mark.active")]
            assert active, button.text
            shown = " ".join(" ".join(active).split())
            for quote in quotes:  # every span of what was clicked is highlighted ...
                assert " ".join(quote.split()) in shown, (button.text, quote)
            for text in active:  # ... and nothing else
                assert any(" ".join(text.split()) in " ".join(q.split()) for q in quotes), text
            status = driver.find_element(By.ID, "facts").text
            entries = status.split("; ")
            assert entries and len(entries) == len(set(entries)), status  # each fact once
            # every mark readable, the clicked ones too
            for mark in driver.find_elements(By.CSS_SELECTOR, "mark"):
                colours = driver.execute_script(
                    "const s = getComputedStyle(arguments[0]); return [s.color, s.backgroundColor]",
                    mark,
                )
                ratio = _contrast(colours[0], colours[1], page_colour)
                assert ratio >= 4.5, (dark, mark.get_attribute("class"), colours, ratio)
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []
        legend = driver.find_element(By.ID, "legend").text
        assert all(f"event {e['id']}" in legend for e in result["events"])
    finally:
        driver.quit()


@pytest.mark.skipif(BROWSER is None, reason="no headless browser (install Debian's chromium)")
def test_the_page_renders_in_a_real_browser(
    analysed: tuple[dict[str, Any], Path], tmp_path: Path
) -> None:
    _, page_file = analysed
    shot = tmp_path / "page.png"
    subprocess.run(
        [str(BROWSER), "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
         "--window-size=1280,2000", page_file.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
