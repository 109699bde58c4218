"""The built book in a real browser: visiting pages, auditing them with axe-core, and remembering audits.

A helper module (not a test module). ``tests/test_browser.py`` (the teacher's
edition) and ``tests/test_browser_student.py`` (the student's) each visit the
pages of one edition, so that pytest-xdist's ``--dist loadfile`` puts the two
on different workers; each worker launches one Chromium for its edition.

A visit opens a page from ``file://``, waits for it and its images, reads what
the tests check (title, broken images, links to the neighbours, figures) and
runs axe-core with all its default rules. What a visit found is stored in
``_build/axe-cache/`` (git-ignored) under a key: the sha256 of everything the
audit reads, namely the page's HTML, every local file the page references
(stylesheets, scripts, images), every CSS and JS file under the edition's
``_static/``, the axe-core script and this module's page script. A page whose
key is stored is not opened again; a page whose HTML or CSS changed has a new
key and is audited. With ``CI=true`` (or ``AZRU_AXE_CACHE=0``) nothing is read
from the store, so every page is audited; a fresh clone has no store.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import shutil
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import pytest

from azru import book

__all__ = [
    "AXE_CACHE",
    "BLOCKING",
    "CHRONOLOGY_PAGES",
    "SCREENSHOTS",
    "TIMEOUT_MS",
    "Audit",
    "Visit",
    "audit",
    "axe_report_path",
    "find_chromium",
    "page_key",
    "page_names",
    "require_chromium",
    # tests that both browser test files import (one edition each; their fixtures are in conftest.py)
    "test_every_page_of_the_edition_was_opened",
    "test_figures_render_with_alt_text",
    "test_lessons_link_to_their_neighbours",
    "test_no_serious_or_critical_accessibility_violation",
    "test_on_a_phone_the_menu_and_contents_open_and_references_wrap",
    "test_pages_load_cleanly",
    "write_report",
]

ROOT = book.ROOT
SCREENSHOTS = ROOT / "_build" / "screenshots"
AXE_CACHE = ROOT / "_build" / "axe-cache"
BLOCKING = ("serious", "critical")  # axe impacts that fail the test
TIMEOUT_MS = 30_000
PARALLEL = 2
VIEWPORT = {"width": 1280, "height": 1600}
# The chronology (azru.book.chronology): the same in both editions (tests/test_book.py), audited in the teacher's.
CHRONOLOGY_PAGES = (
    "chronology",
    "chronology/1991-1999",
    "chronology/2000-2009",
    "chronology/2010-2019",
    "chronology/2020-2025",
    "coding",
)
KEY_VERSION = "2"  # bump when what a visit records changes

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
# preload: false keeps axe from fetching the stylesheets again by XHR, which file:// forbids
# (it would log errors; only the css-orientation-lock rule needs them).
AXE_RUN = "() => axe.run(document, {resultTypes: ['violations'], preload: false})"
# Sphinx's cache-busting query strings (``style.css?v=8cd3d715``): an incremental build adds some that a
# full build of the same sources leaves out. The files they name are hashed by content, so they are dropped.
_CACHE_BUSTER = re.compile(rb"\?(?:v|digest)=[0-9a-f]+")
_REFERENCE = re.compile(r"""<(?:link|script|img|source)\b[^>]*?\b(?:href|src)=["']([^"'#?]+)""", re.I)


def ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def find_chromium() -> str | None:
    """The system's Chromium: ``$CHROMIUM``, ``chromium`` on the PATH, or ``/usr/bin/chromium``."""
    for name in (os.environ.get("CHROMIUM"), "chromium", "/usr/bin/chromium", "chromium-browser"):
        if name and (found := shutil.which(name)):
            return found
    return None


def require_chromium() -> str:
    """The path of the system's Chromium; skip (or, under CI, fail) without it or without Playwright."""
    executable = find_chromium()
    if find_spec("playwright") is None or find_spec("axe_playwright_python") is None:
        executable = None
    if executable is None:
        message = "no Chromium or no Playwright (apt-get install chromium; pip install -e '.[test]')"
        if ci():
            pytest.fail(f"CI must run the browser test: {message}")
        pytest.skip(message)
    return executable


def page_names(out: Path) -> list[str]:
    """Every page of a built edition, by path without ``.html`` (the redirecting index.html aside)."""
    return sorted(
        p.relative_to(out).with_suffix("").as_posix()
        for p in out.rglob("*.html")
        if p.name != "index.html" and "_static" not in p.relative_to(out).parts
    )


def axe_script() -> tuple[str, str]:
    """axe-core's source as bundled by axe-playwright-python, and its version."""
    from axe_playwright_python.base import AXE_SCRIPT

    found = re.search(r"axe v([\d.]+)", AXE_SCRIPT[:200])
    return AXE_SCRIPT, found.group(1) if found else "unknown"


def _static_digest(out: Path) -> str:
    """One hash of every stylesheet and script under ``out/_static`` (what every page may load)."""
    digest = hashlib.sha256()
    for path in sorted((out / "_static").rglob("*")):
        if path.is_file() and path.suffix in (".css", ".js"):
            digest.update(path.relative_to(out).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def page_key(page: Path, static: str, script: str) -> str:
    """The sha256 of what auditing ``page`` reads: its HTML, the local files it references, the CSS and JS, the scripts.

    ``static`` is :func:`_static_digest` of the edition, ``script`` the axe-core source.
    """
    html = _CACHE_BUSTER.sub(b"", page.read_bytes())
    digest = hashlib.sha256()
    for part in (KEY_VERSION, json.dumps(VIEWPORT), FACTS_JS, AXE_RUN, script, static):
        digest.update(part.encode() + b"\0")
    digest.update(html + b"\0")
    for reference in sorted(set(_REFERENCE.findall(html.decode("utf-8", "replace")))):
        if "://" in reference or reference.startswith(("data:", "//")):
            continue
        target = (page.parent / reference).resolve()
        body = target.read_bytes() if target.is_file() else b"<missing>"
        digest.update(reference.encode() + b"\0" + body + b"\0")
    return digest.hexdigest()


@dataclass
class Visit:
    """What one page showed in the browser, and what axe found on it."""

    facts: dict[str, Any]
    errors: list[str]
    violations: list[dict[str, Any]]
    rules: dict[str, list[str]] = field(default_factory=dict)  # outcome -> rule ids (passes, violations, …)
    seconds: float = 0.0


@dataclass
class Audit:
    """Every page of a set, and which of them were opened in the browser this time (the others came from the store)."""

    visits: dict[str, Visit]
    opened: list[str]
    axe_version: str


async def _visit(context: Any, url: str, script: str, screenshot: Path | None) -> Visit:
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
        await page.evaluate(script)
        results = await page.evaluate(AXE_RUN)
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


async def _visit_all(executable: str, pages: dict[str, tuple[Path, Path | None]], script: str) -> dict[str, Visit]:
    """The pages in one browser, PARALLEL tabs at a time."""
    from playwright.async_api import async_playwright

    limit = asyncio.Semaphore(PARALLEL)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=executable,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        try:
            context = await browser.new_context(viewport=VIEWPORT)

            async def one(name: str, path: Path, shot: Path | None) -> tuple[str, Visit]:
                async with limit:
                    return name, await _visit(context, path.as_uri(), script, shot)

            done = await asyncio.gather(*(one(name, path, shot) for name, (path, shot) in pages.items()))
        finally:
            await browser.close()
    return dict(done)


def audit(
    executable: str,
    pages: dict[str, tuple[Path, Path | None]],
    out: Path,
    cache: Path | None = AXE_CACHE,
) -> Audit:
    """Visit and audit ``pages`` (name -> (HTML file under ``out``, screenshot or None)), reusing stored audits.

    A page is opened when its key is not in ``cache`` (or ``cache`` is None, or
    ``CI=true``), or when its screenshot is missing; what every opened page showed is stored.
    """
    script, version = axe_script()
    static = _static_digest(out)
    use_store = cache is not None and not ci() and os.environ.get("AZRU_AXE_CACHE", "1") != "0"
    found: dict[str, Visit] = {}
    keys: dict[str, str] = {}
    todo: dict[str, tuple[Path, Path | None]] = {}
    for name, (path, shot) in pages.items():
        keys[name] = page_key(path, static, script)
        stored = cache / f"{keys[name]}.json" if cache is not None else None
        if use_store and stored is not None and stored.is_file() and (shot is None or shot.is_file()):
            found[name] = Visit(**json.loads(stored.read_text(encoding="utf-8")))
        else:
            todo[name] = (path, shot)
    if todo:
        visited = asyncio.run(_visit_all(executable, todo, script))
        found.update(visited)
        if cache is not None:
            cache.mkdir(parents=True, exist_ok=True)
            for name, visit in visited.items():
                target = cache / f"{keys[name]}.json"
                partial = target.with_suffix(f".{os.getpid()}.tmp")
                partial.write_text(json.dumps(asdict(visit)), encoding="utf-8")
                partial.replace(target)  # atomic: another worker or session never reads half a file
    return Audit(dict(sorted(found.items())), sorted(todo), version)


def axe_report_path(edition: str) -> Path:
    return ROOT / "_build" / f"axe-report-{edition}.json"


def write_report(edition: str, done: Audit) -> dict[str, Any]:
    """Write the audit's report for one edition (``_build/axe-report-EDITION.json``) and return it."""
    found = done.visits
    checked = sorted({rule for v in found.values() for ids in v.rules.values() for rule in ids})
    applied = sorted(
        {rule for v in found.values() for k, ids in v.rules.items() if k != "inapplicable" for rule in ids}
    )
    by_impact = Counter(x["impact"] for v in found.values() for x in v.violations)
    by_rule = Counter(f"{x['rule']} ({x['impact']})" for v in found.values() for x in v.violations)
    seconds = sum(found[name].seconds for name in done.opened)
    summary = [
        f"axe-core {done.axe_version}, {edition}'s edition: {len(found)} pages, {len(done.opened)} audited now "
        f"({seconds:.1f} s in pages), {len(found) - len(done.opened)} unchanged since their stored audit; "
        f"{len(checked)} rules run, {len(applied)} applied to some page (colour contrast: {'color-contrast' in applied})",
        "violations by impact: " + (", ".join(f"{k} {n}" for k, n in sorted(by_impact.items())) or "none"),
    ]
    summary += [f"  {rule}: on {n} page(s)" for rule, n in sorted(by_rule.items())]
    report = {
        "written": time.time(),
        "edition": edition,
        "axe_core": done.axe_version,
        "blocking_impacts": list(BLOCKING),
        "rules_checked": checked,
        "rules_applied": applied,
        "opened": done.opened,
        "pages": {
            name: {"violations": v.violations, "rules": v.rules, "seconds": round(v.seconds, 2)}
            for name, v in sorted(found.items())
        },
        "summary": summary,
    }
    path = axe_report_path(edition)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return report


# --- tests shared by tests/test_browser.py and tests/test_browser_student.py ----------------------------
# Each of those files defines an ``edition`` fixture and imports these; the other fixtures are in conftest.py.


def _lesson_pages() -> list[str]:
    """Every page the book has, in reading order, known without building (the build is lazy)."""
    chapters = [p.stem for p in book.chapters()]
    return ["intro", *chapters, "references", "glossary", "data"]


def test_every_page_of_the_edition_was_opened(audited: Audit, book_builds: Any, edition: str) -> None:
    expected = page_names(book_builds.out(edition))
    assert set(_lesson_pages()) <= set(expected) and set(CHRONOLOGY_PAGES) <= set(expected)
    if edition != "teacher":
        expected = [name for name in expected if name not in CHRONOLOGY_PAGES]
    assert set(audited.visits) == {f"{edition}/{name}" for name in expected}
    teachers = [name for name in audited.visits if name.startswith(f"{edition}/teachers/")]
    assert bool(teachers) == (edition == "teacher"), teachers  # teaching notes in the teacher's edition only


def test_pages_load_cleanly(audited: Audit) -> None:
    problems = []
    for name, visit in audited.visits.items():
        if not visit.facts["title"]:
            problems.append(f"{name}: no title")
        if visit.facts["broken"]:
            problems.append(f"{name}: images that did not load: {visit.facts['broken']}")
        problems += [f"{name}: {error}" for error in visit.errors]
    assert not problems, "\n".join(problems)


def test_lessons_link_to_their_neighbours(audited: Audit, edition: str) -> None:
    pages = _lesson_pages()
    for index, name in enumerate(pages[1:-1], start=1):
        facts = audited.visits[f"{edition}/{name}"].facts
        assert facts["next"] == f"{pages[index + 1]}.html", f"{edition}/{name}: next is {facts['next']}"
        assert facts["prev"] == f"{pages[index - 1]}.html", f"{edition}/{name}: previous is {facts['prev']}"


def test_figures_render_with_alt_text(audited: Audit) -> None:
    figures = {name: v.facts["figures"] for name, v in audited.visits.items() if v.facts["figures"]}
    assert figures, "no page shows an azru figure with alt text"
    for name, count in figures.items():
        assert audited.visits[name].facts["images"] >= count


def test_no_serious_or_critical_accessibility_violation(audited: Audit, report: dict[str, Any]) -> None:
    assert "color-contrast" in report["rules_applied"], "the colour-contrast rule found nothing to check"
    assert len(report["rules_checked"]) >= 80 and len(report["rules_applied"]) >= 30, report["rules_checked"]
    blocking = [
        f"{name}: {v['rule']} ({v['impact']}, {v['count']}×): {v['help']} at {v['nodes'][:3]}"
        for name, visit in audited.visits.items()
        for v in visit.violations
        if v["impact"] in BLOCKING
    ]
    assert not blocking, "\n".join(blocking)


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


async def _phone_visit(executable: str, url: str, script: str) -> dict[str, Any]:
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
            await page.evaluate(script)
            found = await page.evaluate(AXE_RUN)
            facts["violations"] = [f"{v['id']} ({v['impact']})" for v in found["violations"] if v["impact"] in BLOCKING]
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


def test_on_a_phone_the_menu_and_contents_open_and_references_wrap(
    chromium: str, book_builds: Any, edition: str
) -> None:
    url = (book_builds.out(edition) / f"{PHONE_LESSON}.html").as_uri()
    facts = asyncio.run(_phone_visit(chromium, url, axe_script()[0]))
    lessons = [f"{p.stem}.html" for p in book.chapters() if p.stem != PHONE_LESSON]  # its own link is "#"
    assert facts["menu_open"], f"{edition}: the menu did not open at 390 px"
    assert set(lessons) <= set(facts["lessons"]), f"{edition}: the menu shows {facts['lessons']}"
    assert "#references" in facts["contents"], f"{edition}: the page's contents show {facts['contents']}"
    assert facts["references_list"] and facts["references_items"] >= 3, facts
    assert facts["references_code"] == 0, f"{edition}: References still shown as code output"
    assert facts["references_cut"] == 0, f"{edition}: {facts['references_cut']} references cut at 390 px"
    assert facts["violations"] == [], f"{edition}: axe at 390 px with the menu open: {facts['violations']}"
    assert facts["errors"] == [], facts["errors"]
