"""The teacher's edition in a real browser (Playwright driving the system's Chromium), with an accessibility audit.

Every page is opened from ``file://`` (two tabs at a time) in one headless
Chromium (Debian's, found on the PATH or at ``/usr/bin/chromium``, or given as
``$CHROMIUM``; Playwright's own browser download is never used). A page fails
if an image did not load, if it logs a JavaScript error or a failed load, or,
for a lesson, if the links to its neighbours are wrong. axe-core (bundled by
``axe-playwright-python``) audits the page with all its default rules, the
colour contrast included: no violation of impact *serious* or *critical* is
allowed. A page unchanged since its last audit (same HTML, same CSS and JS) is
not opened again: its stored result is used (``tests/browser.py`` says how the
store is keyed; ``CI=true`` audits every page). The report goes to
``_build/axe-report-teacher.json``, one screenshot per page to
``_build/screenshots/``. The student's edition is ``tests/test_browser_student.py``,
so that the two run on the two test workers at once.

With ``CI=true`` the test never skips: a missing Chromium is a failure
(``.ci/run`` installs it).
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import pytest
from browser import (  # noqa: F401 (tests shared with the student's edition)
    CHRONOLOGY_PAGES,
    SCREENSHOTS,
    TIMEOUT_MS,
    Audit,
    audit,
    test_every_page_of_the_edition_was_opened,
    test_figures_render_with_alt_text,
    test_lessons_link_to_their_neighbours,
    test_no_serious_or_critical_accessibility_violation,
    test_on_a_phone_the_menu_and_contents_open_and_references_wrap,
    test_pages_load_cleanly,
)
from builds import BookBuilds

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def edition() -> str:
    return "teacher"


def test_screenshots_written(audited: Audit) -> None:
    for name in audited.visits:
        shot = SCREENSHOTS / f"{name.split('/', 1)[1]}.png"
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", shot
        assert shot.stat().st_size > 10_000, f"{shot} looks blank"


def test_a_planted_violation_is_found_through_the_store(
    chromium: str, book_builds: BookBuilds, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Control: a page audited clean and stored, then changed to break a rule, is audited again and fails.

    A copy of a built page sits beside links to the edition's assets, with its own store.
    """
    monkeypatch.delenv("CI", raising=False)  # the store is what is under test
    monkeypatch.delenv("AZRU_AXE_CACHE", raising=False)
    out, site, store = book_builds.out("teacher"), tmp_path / "site", tmp_path / "store"
    site.mkdir()
    for asset in out.iterdir():
        if asset.is_dir():
            (site / asset.name).symlink_to(asset)
    page = site / "glossary.html"
    shutil.copyfile(out / "glossary.html", page)
    pages = {"teacher/glossary": (page, None)}

    first = audit(chromium, pages, site, cache=store)
    assert first.opened == ["teacher/glossary"]
    assert not [v for v in first.visits["teacher/glossary"].violations if v["impact"] in ("serious", "critical")]
    again = audit(chromium, pages, site, cache=store)
    assert again.opened == [], "an unchanged page was audited again: the store does not work"
    assert again.visits == first.visits

    html = page.read_text(encoding="utf-8")
    planted = html.replace("</main>", '<img src="_static/file.png"></main>', 1)  # an image without alt text
    assert planted != html
    page.write_text(planted, encoding="utf-8")
    third = audit(chromium, pages, site, cache=store)
    assert third.opened == ["teacher/glossary"], "a changed page was served from the store"
    rules = {(v["rule"], v["impact"]) for v in third.visits["teacher/glossary"].violations}
    assert ("image-alt", "critical") in rules, rules


# --- the chronology ---------------------------------------------------------------------------------

CHRONOLOGY_YEAR = 2008
PHONE_WIDTH = 390
CHRONOLOGY_TARGET_JS = """
() => {
  const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  if (!target) return null;
  const box = target.getBoundingClientRect();
  return {id: target.id, top: box.top, viewport: window.innerHeight,
          happenings: target.querySelectorAll('article.azru-happening[id]').length,
          heading: (target.querySelector('h2') || {}).textContent || ''};
}
"""


async def _walk_chronology(executable: str, out: Path) -> dict[str, Any]:
    """Follow a bar of the chronology's index chart to its year; measure the chronology's pages 390 px wide."""
    from playwright.async_api import async_playwright

    walk: dict[str, Any] = {}
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-gpu"])
        try:
            context = await browser.new_context(viewport={"width": 1280, "height": 900})
            page = await context.new_page()
            await page.goto((out / "chronology.html").as_uri(), wait_until="load", timeout=TIMEOUT_MS)
            bar = page.locator(f'svg.azru-index-chart a[href$="#year-{CHRONOLOGY_YEAR}"]')
            walk["bars"] = await page.locator("svg.azru-index-chart a.azru-year-link").count()
            walk["href"] = await bar.get_attribute("href")
            await bar.click(timeout=TIMEOUT_MS)
            await page.wait_for_url(f"**/{walk['href']}", timeout=TIMEOUT_MS)
            walk["url"] = page.url
            walk["target"] = await page.evaluate(CHRONOLOGY_TARGET_JS)
            await context.close()
            phone = await browser.new_context(viewport={"width": PHONE_WIDTH, "height": 844})
            walk["widths"] = {}
            for name in CHRONOLOGY_PAGES:
                page = await phone.new_page()
                await page.goto((out / f"{name}.html").as_uri(), wait_until="load", timeout=TIMEOUT_MS)
                walk["widths"][name] = await page.evaluate("() => document.documentElement.scrollWidth")
                await page.close()
        finally:
            await browser.close()
    return walk


@pytest.fixture(scope="module")
def chronology_walk(chromium: str, book_builds: BookBuilds) -> dict[str, Any]:
    return asyncio.run(_walk_chronology(chromium, book_builds.out("teacher")))


def test_index_chart_bar_leads_to_its_year(chronology_walk: dict[str, Any]) -> None:
    """A click on a year's bar of the chronology's SVG chart opens that year's section on its period's page."""
    walk = chronology_walk
    assert walk["bars"] >= 30, walk
    assert walk["href"] == f"chronology/2000-2009.html#year-{CHRONOLOGY_YEAR}"
    assert walk["url"].endswith(walk["href"]), walk["url"]
    target = walk["target"]
    assert (
        target
        and target["id"] == f"year-{CHRONOLOGY_YEAR}"
        and target["heading"].strip().startswith(str(CHRONOLOGY_YEAR))
    )
    assert target["happenings"] >= 1 and 0 <= target["top"] < target["viewport"] / 2, target


def test_new_pages_have_no_accessibility_violation(audited: Audit) -> None:
    """The chronology's pages: no axe violation at all, of any impact."""
    found = {name: audited.visits[f"teacher/{name}"].violations for name in CHRONOLOGY_PAGES}
    assert not any(found.values()), {name: v for name, v in found.items() if v}


def test_chronology_is_readable_on_a_phone(chronology_walk: dict[str, Any]) -> None:
    """390 px wide, the chronology's pages scroll only down: nothing widens the page."""
    widths = chronology_walk["widths"]
    assert set(widths) == set(CHRONOLOGY_PAGES)
    assert all(width <= PHONE_WIDTH for width in widths.values()), widths
