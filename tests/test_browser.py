"""The built book in a real browser (Playwright driving the system's Chromium), with an accessibility audit.

Every page of both editions is opened from ``file://`` (two tabs at a time) in one headless
Chromium (Debian's, found on the PATH or at ``/usr/bin/chromium``, or given as
``$CHROMIUM``; Playwright's own browser download is never used). A page fails
if an image did not load, if it logs a JavaScript error or a failed load, or,
for a lesson, if the links to its neighbours are wrong. Then axe-core (bundled
by ``axe-playwright-python``) audits the page with all its default rules, the
colour contrast included: no violation of impact *serious* or *critical* is
allowed. The audit's report goes to ``_build/axe-report.json`` (pages, the
rules checked, every violation) and its summary is printed at the end of the
session. One screenshot per page of the teacher's edition goes to ``_build/screenshots/``.

With ``CI=true`` the test never skips: a missing Chromium is a failure
(``.ci/run`` installs it).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest
from builds import BookBuilds

from azru import book

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = book.ROOT
SCREENSHOTS = ROOT / "_build" / "screenshots"
AXE_REPORT = ROOT / "_build" / "axe-report.json"
BLOCKING = ("serious", "critical")  # axe impacts that fail the test
TIMEOUT_MS = 30_000
PARALLEL = 2
# The chronology (azru.book.chronology): its pages, the year whose bar the walk follows, a phone's width.
CHRONOLOGY_PAGES = (
    "chronology",
    "chronology/1991-1999",
    "chronology/2000-2009",
    "chronology/2010-2019",
    "chronology/2020-2025",
    "coding",
)
CHRONOLOGY_YEAR = 2008
PHONE_WIDTH = 390
CHRONOLOGY_WALK: dict[str, Any] = {}  # filled by the visits fixture
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

# Run in the page once it has loaded and its images have settled.
FACTS_JS = """
() => {
  const next = document.querySelector('a.right-next');
  const prev = document.querySelector('a.left-prev');
  return {
    title: document.title,
    images: document.images.length,
    broken: Array.from(document.images).filter(img => img.naturalWidth === 0)
                 .map(img => (img.getAttribute('src') || '').slice(0, 80)),
    figures: document.querySelectorAll('figure.azru-figure img[alt]').length,
    next: next ? next.getAttribute('href') : null,
    prev: prev ? prev.getAttribute('href') : null,
  };
}
"""


def find_chromium() -> str | None:
    """The system's Chromium: ``$CHROMIUM``, ``chromium`` on the PATH, or ``/usr/bin/chromium``."""
    for name in (os.environ.get("CHROMIUM"), "chromium", "/usr/bin/chromium", "chromium-browser"):
        if name and (found := shutil.which(name)):
            return found
    return None


def page_names(out: Path) -> list[str]:
    """Every page of a built edition, by path without ``.html`` (the redirecting index.html aside)."""
    return sorted(
        p.relative_to(out).with_suffix("").as_posix()
        for p in out.rglob("*.html")
        if p.name != "index.html" and "_static" not in p.relative_to(out).parts
    )


@dataclass
class Visit:
    """What one page showed in the browser, and what axe found on it."""

    facts: dict[str, Any]
    errors: list[str]
    violations: list[dict[str, Any]]
    rules: dict[str, list[str]] = field(default_factory=dict)  # outcome -> rule ids (passes, violations, …)
    seconds: float = 0.0


@pytest.fixture(scope="module")
def chromium() -> str:
    """The path of the system's Chromium; skip (or, under CI, fail) without it or without Playwright."""
    executable = find_chromium()
    if find_spec("playwright") is None or find_spec("axe_playwright_python") is None:
        executable = None
    if executable is None:
        message = "no Chromium or no Playwright (apt-get install chromium; pip install -e '.[test]')"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must run the browser test: {message}")
        pytest.skip(message)
    return executable


async def _visit(context: Any, url: str, axe_script: str, screenshot: Path | None) -> Visit:
    """Open ``url`` in a new tab, wait for it and its images, read it, audit it, maybe photograph it."""
    page = await context.new_page()
    errors: list[str] = []
    page.on(
        "console", lambda m: errors.append(f"console.{m.type}: {m.text}") if m.type in ("error", "assert") else None
    )
    page.on("pageerror", lambda e: errors.append(f"exception: {e}"))
    page.on("requestfailed", lambda r: errors.append(f"failed load: {r.url} ({r.failure})"))
    started = time.perf_counter()
    try:
        await page.goto(url, wait_until="load", timeout=TIMEOUT_MS)
        await page.wait_for_function("() => Array.from(document.images).every(img => img.complete)")
        facts = await page.evaluate(FACTS_JS)
        await page.evaluate(axe_script)
        # preload: false keeps axe from fetching the stylesheets again by XHR, which file:// forbids
        # (it would log errors; only the css-orientation-lock rule needs them).
        results = await page.evaluate("() => axe.run(document, {resultTypes: ['violations'], preload: false})")
        if screenshot is not None:
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            await page.screenshot(path=str(screenshot))
    finally:
        await page.close()
    kinds = ("violations", "passes", "incomplete", "inapplicable")
    rules = {kind: sorted(r["id"] for r in results[kind]) for kind in kinds}
    violations = [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:10],
            "count": len(v["nodes"]),
        }
        for v in results["violations"]
    ]
    return Visit(facts, errors, violations, rules, time.perf_counter() - started)


async def _walk_chronology(browser: Any, out: Path) -> dict[str, Any]:
    """Follow a bar of the chronology's index chart to its year; measure the chronology's pages 390 px wide."""
    walk: dict[str, Any] = {}
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = await context.new_page()
        await page.goto((out / "chronology.html").as_uri(), wait_until="load", timeout=TIMEOUT_MS)
        bar = page.locator(f'svg.azru-index-chart a[href$="#year-{CHRONOLOGY_YEAR}"]')
        walk["bars"] = await page.locator("svg.azru-index-chart a.azru-year-link").count()
        walk["href"] = await bar.get_attribute("href")
        await bar.click(timeout=TIMEOUT_MS)
        await page.wait_for_url(f"**/{walk['href']}", timeout=TIMEOUT_MS)
        walk["url"] = page.url
        walk["target"] = await page.evaluate(CHRONOLOGY_TARGET_JS)
    finally:
        await context.close()
    phone = await browser.new_context(viewport={"width": PHONE_WIDTH, "height": 844})
    try:
        walk["widths"] = {}
        for name in CHRONOLOGY_PAGES:
            page = await phone.new_page()
            await page.goto((out / f"{name}.html").as_uri(), wait_until="load", timeout=TIMEOUT_MS)
            walk["widths"][name] = await page.evaluate("() => document.documentElement.scrollWidth")
            await page.close()
    finally:
        await phone.close()
    return walk


async def _visit_all(
    executable: str, pages: dict[str, tuple[str, Path | None]], axe_script: str, chronology: Path | None = None
) -> dict[str, Visit]:
    """Every page in one browser, PARALLEL tabs at a time (a renderer process each: the two cores work).

    With ``chronology`` (an edition's folder), the same browser then walks the chronology
    (:func:`_walk_chronology`; what it saw goes to :data:`CHRONOLOGY_WALK`).
    """
    from playwright.async_api import async_playwright

    limit = asyncio.Semaphore(PARALLEL)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        try:
            context = await browser.new_context(viewport={"width": 1280, "height": 1600})

            async def one(name: str, url: str, shot: Path | None) -> tuple[str, Visit]:
                async with limit:
                    return name, await _visit(context, url, axe_script, shot)

            done = await asyncio.gather(*(one(name, url, shot) for name, (url, shot) in pages.items()))
            if chronology is not None:
                CHRONOLOGY_WALK.update(await _walk_chronology(browser, chronology))
        finally:
            await browser.close()
    return dict(sorted(done))


@pytest.fixture(scope="module")
def visits(chromium: str, book_builds: BookBuilds) -> dict[str, Visit]:
    """Every page of both editions, visited once: ``edition/page`` -> what it showed and what axe found."""
    from axe_playwright_python.base import AXE_SCRIPT

    axe_version = re.search(r"axe v([\d.]+)", AXE_SCRIPT[:200])
    pages = {}
    for edition in book.EDITIONS:
        out = book_builds.out(edition)
        for name in page_names(out):
            if edition != "teacher" and name in CHRONOLOGY_PAGES:
                continue  # the same in both editions (tests/test_book.py): audited once
            shot = SCREENSHOTS / f"{name}.png" if edition == "teacher" else None  # one edition is enough
            pages[f"{edition}/{name}"] = ((out / f"{name}.html").as_uri(), shot)
    found = asyncio.run(_visit_all(chromium, pages, AXE_SCRIPT, book_builds.out("teacher")))
    _write_report(found, axe_version.group(1) if axe_version else "unknown")
    return found


def _write_report(found: dict[str, Visit], axe_version: str) -> None:
    checked = sorted({rule for v in found.values() for ids in v.rules.values() for rule in ids})
    applied = sorted(
        {rule for v in found.values() for k, ids in v.rules.items() if k != "inapplicable" for rule in ids}
    )
    by_impact = Counter(x["impact"] for v in found.values() for x in v.violations)
    by_rule = Counter(f"{x['rule']} ({x['impact']})" for v in found.values() for x in v.violations)
    seconds = sum(v.seconds for v in found.values())
    summary = [
        f"axe-core {axe_version}: {len(found)} pages of {len(book.EDITIONS)} editions; {len(checked)} rules run, "
        f"{len(applied)} applied to some page (colour contrast: {'color-contrast' in applied}); "
        f"{seconds:.1f} s in pages",
        "violations by impact: " + (", ".join(f"{k} {n}" for k, n in sorted(by_impact.items())) or "none"),
    ]
    summary += [f"  {rule}: on {n} page(s)" for rule, n in sorted(by_rule.items())]
    report = {
        "written": time.time(),
        "axe_core": axe_version,
        "blocking_impacts": list(BLOCKING),
        "rules_checked": checked,
        "rules_applied": applied,
        "pages": {
            name: {"violations": v.violations, "rules": v.rules, "seconds": round(v.seconds, 2)}
            for name, v in sorted(found.items())
        },
        "summary": summary,
    }
    AXE_REPORT.parent.mkdir(parents=True, exist_ok=True)
    AXE_REPORT.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print("\n".join(summary))


def _lesson_pages() -> list[str]:
    """Every page the book has, in reading order, known without building (the build is lazy)."""
    chapters = [p.stem for p in book.chapters()]
    return ["intro", *chapters, "references", "glossary", "data"]


# --- tests ------------------------------------------------------------------------------------------


def test_every_page_of_both_editions_was_opened(visits: dict[str, Visit], book_builds: BookBuilds) -> None:
    for edition in book.EDITIONS:
        expected = page_names(book_builds.out(edition))
        assert set(_lesson_pages()) <= set(expected) and set(CHRONOLOGY_PAGES) <= set(expected)
        if edition != "teacher":
            expected = [name for name in expected if name not in CHRONOLOGY_PAGES]
        assert {f"{edition}/{name}" for name in expected} <= set(visits)
    assert any(name.startswith("teacher/teachers/") for name in visits)
    assert not any(name.startswith("student/teachers/") for name in visits)


def test_pages_load_cleanly(visits: dict[str, Visit]) -> None:
    problems = []
    for name, visit in visits.items():
        if not visit.facts["title"]:
            problems.append(f"{name}: no title")
        if visit.facts["broken"]:
            problems.append(f"{name}: images that did not load: {visit.facts['broken']}")
        problems += [f"{name}: {error}" for error in visit.errors]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("edition", list(book.EDITIONS))
def test_lessons_link_to_their_neighbours(visits: dict[str, Visit], edition: str) -> None:
    pages = _lesson_pages()
    for index, name in enumerate(pages[1:-1], start=1):
        facts = visits[f"{edition}/{name}"].facts
        assert facts["next"] == f"{pages[index + 1]}.html", f"{edition}/{name}: next is {facts['next']}"
        assert facts["prev"] == f"{pages[index - 1]}.html", f"{edition}/{name}: previous is {facts['prev']}"


def test_figures_render_with_alt_text(visits: dict[str, Visit]) -> None:
    figures = {name: v.facts["figures"] for name, v in visits.items() if v.facts["figures"]}
    assert figures, "no page shows an azru figure with alt text"
    for name, count in figures.items():
        assert visits[name].facts["images"] >= count


def test_no_serious_or_critical_accessibility_violation(visits: dict[str, Visit]) -> None:
    report = json.loads(AXE_REPORT.read_text(encoding="utf-8"))
    assert "color-contrast" in report["rules_applied"], "the colour-contrast rule found nothing to check"
    assert len(report["rules_checked"]) >= 80 and len(report["rules_applied"]) >= 30, report["rules_checked"]
    blocking = [
        f"{name}: {v['rule']} ({v['impact']}, {v['count']}×): {v['help']} at {v['nodes'][:3]}"
        for name, visit in visits.items()
        for v in visit.violations
        if v["impact"] in BLOCKING
    ]
    assert not blocking, "\n".join(blocking)


def test_screenshots_written(visits: dict[str, Visit]) -> None:
    for name in visits:
        edition, page = name.split("/", 1)
        if edition != "teacher":
            continue
        shot = SCREENSHOTS / f"{page}.png"
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", shot
        assert shot.stat().st_size > 10_000, f"{shot} looks blank"


def test_index_chart_bar_leads_to_its_year(visits: dict[str, Visit]) -> None:
    """A click on a year's bar of the chronology's SVG chart opens that year's section on its period's page."""
    walk = CHRONOLOGY_WALK
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


def test_new_pages_have_no_accessibility_violation(visits: dict[str, Visit]) -> None:
    """The chronology's pages: no axe violation at all, of any impact."""
    found = {name: visits[f"teacher/{name}"].violations for name in CHRONOLOGY_PAGES}
    assert not any(found.values()), {name: v for name, v in found.items() if v}


def test_chronology_is_readable_on_a_phone(visits: dict[str, Visit]) -> None:
    """390 px wide, the chronology's pages scroll only down: nothing widens the page."""
    widths = CHRONOLOGY_WALK["widths"]
    assert set(widths) == set(CHRONOLOGY_PAGES)
    assert all(width <= PHONE_WIDTH for width in widths.values()), widths


# --- on a phone -------------------------------------------------------------------------------------

PHONE = {"width": 390, "height": 844}
PHONE_LESSON = "01_history"  # a lesson with References, a page of contents and neighbours on both sides

# Run on the phone-sized page after a click on the visible menu button.
PHONE_JS = """
() => {
  const visible = el => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const dialog = document.getElementById('pst-primary-sidebar-modal');
  const lessons = dialog ? Array.from(dialog.querySelectorAll('a.reference.internal'))
      .filter(a => visible(a) && /^\\d\\d_/.test(a.getAttribute('href') || '')).map(a => a.getAttribute('href')) : [];
  const refs = document.querySelector('section#references');
  const list = refs ? refs.querySelector('ul.azru-references') : null;
  return {
    menu_open: !!dialog && dialog.open,
    lessons: lessons,
    references_list: !!list,
    references_items: list ? list.querySelectorAll('li').length : 0,
    references_code: refs ? refs.querySelectorAll('.cell_output pre').length : -1,
    references_cut: list ? Array.from(list.querySelectorAll('li')).filter(
        li => li.scrollWidth > li.clientWidth + 1 || li.getBoundingClientRect().right > window.innerWidth + 1).length : -1,
  };
}
"""


async def _phone_visit(executable: str, url: str, axe_script: str) -> dict[str, Any]:
    """Open ``url`` at 390 px, click the visible menu button, read the menu; then the contents button."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable, args=["--no-sandbox", "--disable-gpu"])
        try:
            page = await browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(f"exception: {e}"))
            await page.goto(url, wait_until="load", timeout=TIMEOUT_MS)
            menu = page.locator(".primary-toggle:visible")
            assert await menu.count() == 1, "one visible menu button at 390 px"
            await menu.click()
            await page.wait_for_selector("#pst-primary-sidebar-modal[open]", timeout=5_000)
            facts = await page.evaluate(PHONE_JS)
            await page.evaluate(axe_script)
            audit = await page.evaluate("() => axe.run(document, {resultTypes: ['violations'], preload: false})")
            facts["violations"] = [f"{v['id']} ({v['impact']})" for v in audit["violations"] if v["impact"] in BLOCKING]
            await page.keyboard.press("Escape")
            await page.wait_for_selector("#pst-primary-sidebar-modal[open]", state="detached", timeout=5_000)
            contents = page.locator(".secondary-toggle:visible")
            await contents.first.click()
            await page.wait_for_selector("#pst-secondary-sidebar-modal[open]", timeout=5_000)
            facts["contents"] = await page.evaluate(
                "() => Array.from(document.querySelectorAll('#pst-secondary-sidebar-modal a'))"
                ".filter(a => a.getClientRects().length > 0).map(a => a.getAttribute('href'))"
            )
            facts["errors"] = errors
        finally:
            await browser.close()
    return facts


@pytest.mark.parametrize("edition", list(book.EDITIONS))
def test_on_a_phone_the_menu_and_contents_open_and_references_wrap(
    chromium: str, book_builds: BookBuilds, edition: str
) -> None:
    from axe_playwright_python.base import AXE_SCRIPT

    url = (book_builds.out(edition) / f"{PHONE_LESSON}.html").as_uri()
    facts = asyncio.run(_phone_visit(chromium, url, AXE_SCRIPT))
    lessons = [f"{p.stem}.html" for p in book.chapters() if p.stem != PHONE_LESSON]  # its own link is "#"
    assert facts["menu_open"], f"{edition}: the menu did not open at 390 px"
    assert set(lessons) <= set(facts["lessons"]), f"{edition}: the menu shows {facts['lessons']}"
    assert "#references" in facts["contents"], f"{edition}: the page's contents show {facts['contents']}"
    assert facts["references_list"] and facts["references_items"] >= 3, facts
    assert facts["references_code"] == 0, f"{edition}: References still shown as code output"
    assert facts["references_cut"] == 0, f"{edition}: {facts['references_cut']} references cut at 390 px"
    assert facts["violations"] == [], f"{edition}: axe at 390 px with the menu open: {facts['violations']}"
    assert facts["errors"] == [], facts["errors"]
