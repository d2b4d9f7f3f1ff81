"""The evidence report on the seeds, opened in headless Chromium (Debian's /usr/bin/chromium).

Playwright drives the system browser through ``executable_path``; it never downloads one
(impossible here). ``scripts/install_browser.sh`` installs Chromium; CI runs it first.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.flows import extract_in_process
from pipeline.report import write_report

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"
SCREENSHOT = ROOT / "reports" / "screenshot.png"
CHROMIUM = Path(os.environ.get("NEWSFACTS_CHROMIUM", "/usr/bin/chromium"))
# Without the background-networking flags Chromium keeps dialling out on a closed network.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds extracted into a fresh warehouse, and its report."""
    tmp = tmp_path_factory.mktemp("report")
    extract_in_process(seeds_dir=SEEDS, db_path=tmp / "seeds.duckdb")
    return write_report(tmp / "seeds.duckdb", tmp / "report.html")


@pytest.fixture(scope="module")
def page(report: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    if not CHROMIUM.is_file():
        message = f"no Chromium at {CHROMIUM}: run scripts/install_browser.sh"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    sync_api = pytest.importorskip("playwright.sync_api")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_FLAGS,
            viewport={"width": 1280, "height": 900},
        )
        errors: list[str] = []
        tab = context.new_page()
        tab.on("pageerror", lambda err: errors.append(str(err)))
        tab.goto(report.as_uri())
        tab.wait_for_selector("#f-count:not(:empty)")
        yield tab
        context.close()
        assert not errors, f"JavaScript errors in the report: {errors}"


def _visible_claims(page) -> int:
    return page.locator(".claim:visible").count()


def test_contested_grok5_sizes_in_overview(page) -> None:
    rows = page.locator(
        'tr.fact[data-subject="Grok 5"][data-predicate="parameter_count"][data-status="contested"]'
    )
    assert rows.count() >= 2
    values = " ".join(rows.all_inner_texts())
    assert "6T" in values and "10T" in values
    assert "contested" in page.locator(".callout.contested").inner_text()


def test_evidence_is_highlighted(page) -> None:
    card = page.locator('.claim[data-subject="Grok 5"][data-predicate="parameter_count"]')
    assert card.count() >= 2
    values = page.locator('.claim[data-subject="Grok 5"] mark.hl-value').all_inner_texts()
    assert any("6" in v or "six" in v.lower() for v in values)
    assert any("10T" in v for v in values)
    assert "Grok 5" in page.locator('.claim[data-subject="Grok 5"] mark.hl-subj').first.inner_text()
    assert page.locator(".claim mark.hl-hedge").count() > 0
    assert page.locator('section.model[data-subject="Grok 5"] svg.chart .mark').count() >= 2


def test_filter_click_changes_what_is_shown(page) -> None:
    total = _visible_claims(page)
    page.click("#only-contested")
    contested = _visible_claims(page)
    assert 0 < contested < total
    statuses = page.locator(".claim:visible").evaluate_all("els => els.map(e => e.dataset.status)")
    assert set(statuses) == {"contested"}
    assert page.locator('tr.fact:visible[data-status="corroborated"]').count() == 0
    assert page.locator("svg .mark.off").count() > 0  # chart marks of hidden claims fade out

    page.select_option("#f-hedged", "no")
    assert _visible_claims(page) < contested
    page.fill("#f-search", "no such words anywhere")
    assert _visible_claims(page) == 0
    assert page.locator("#f-empty").is_visible()

    page.click("#f-reset")
    assert _visible_claims(page) == total


def test_screenshot(page) -> None:
    page.click("#f-reset")
    page.evaluate("window.scrollTo(0, 0)")
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT))
    assert SCREENSHOT.stat().st_size > 10_000
