"""Shared fixtures: a writable copy of the shipped data package, and the book built once per session."""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from browser import CHRONOLOGY_PAGES, SCREENSHOTS, Audit, audit, page_names, require_chromium, write_report
from builds import BOOK_BUILDS, BookBuilds, folder_state

import azru
from azru.location import package_path

DATA_DIR = package_path().parent
ROOT = DATA_DIR.parent
AXE_REPORTS = ROOT / "_build"  # axe-report-EDITION.json, written by tests/browser.py
_STARTED = pytest.StashKey[float]()


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    """A copy of data/ (without staging folders) whose descriptor path is returned."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("_staging"))
    return target / "datapackage.json"


@pytest.fixture
def edit_cell(package_copy: Path) -> Callable[[str, str, str, str], Path]:
    """Change one cell of a table in the copy and record new hashes; return the descriptor."""
    import csv

    from azru.package import rehash

    def edit(table: str, row_id: str, column: str, value: str) -> Path:
        path = package_copy.parent / f"{table}.csv"
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        fieldnames = list(rows[0])
        hits = [row for row in rows if row[fieldnames[0]] == row_id]
        assert len(hits) == 1, f"{row_id} not in {table}"
        hits[0][column] = value
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=fieldnames, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        rehash(package_copy, validate=False)  # the edit may plant bad data on purpose
        azru.clear_cache()
        return package_copy

    return edit


# --- the book, built once per session ------------------------------------------------------------------


@pytest.fixture(scope="session")
def book_builds(pytestconfig: pytest.Config) -> Iterator[BookBuilds]:
    """Build (or reuse, when nothing changed) both editions under _build/test-book, once per session.

    Each edition has a file lock: pytest-xdist workers (and concurrent
    sessions) take them in turn, the first builds and the others find the
    build up to date. The second worker starts with the other edition, so on
    a fresh clone the two editions build at once. The build must not write to
    notebooks/: the files there are compared before and after.
    """
    from azru import book

    BOOK_BUILDS.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {}
    logs: dict[str, str] = {}
    editions = list(book.EDITIONS)
    worker = getattr(pytestconfig, "workerinput", {}).get("workerid", "master")  # pytest-xdist's, if any
    if worker not in ("master", "gw0"):
        editions.reverse()
    before = folder_state(ROOT / "notebooks")
    for edition in editions:
        with (BOOK_BUILDS / f".lock-{edition}").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            lines: list[str] = []
            captured = io.StringIO()
            with contextlib.redirect_stdout(captured):
                results[edition] = book.build(
                    edition,
                    BOOK_BUILDS / book.EDITIONS[edition],
                    stage_dir=BOOK_BUILDS / ".stage" / edition,
                    log=lines.append,
                )
            logs[edition] = "\n".join(lines) + "\n" + captured.getvalue()
    after = folder_state(ROOT / "notebooks")
    changed = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    yield BookBuilds({e: results[e] for e in book.EDITIONS}, logs, changed)


# --- the browser tests (tests/test_browser.py, tests/test_browser_student.py: one edition each) ------------


@pytest.fixture(scope="module")
def chromium() -> str:
    return require_chromium()


@pytest.fixture(scope="module")
def audited(chromium: str, book_builds: BookBuilds, edition: str) -> Audit:
    """Every page of the edition, visited (or unchanged since its stored visit): ``edition/page`` -> Visit."""
    out = book_builds.out(edition)
    pages = {}
    for name in page_names(out):
        if edition != "teacher" and name in CHRONOLOGY_PAGES:
            continue  # the same in both editions: audited once
        shot = SCREENSHOTS / f"{name}.png" if edition == "teacher" else None  # one edition is enough
        pages[f"{edition}/{name}"] = (out / f"{name}.html", shot)
    return audit(chromium, pages, out)


@pytest.fixture(scope="module")
def report(audited: Audit, edition: str) -> dict[str, Any]:
    return write_report(edition, audited)


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_STARTED] = time.time()
    _retry_a_kernel_that_dies_at_start()


def _retry_a_kernel_that_dies_at_start() -> None:
    """Let nbval start a notebook's kernel a second time if the first dies before it answers.

    A kernel on TCP gets its ports from jupyter_client, which binds free ones and releases
    them before the kernel binds them itself; when the other test worker starts a kernel at
    the same moment (tests/test_determinism.py, tests/test_network.py), both can be handed one
    port and a kernel dies at start ("Kernel died before replying to kernel_info", seen in one
    of seven full runs). Nothing of the notebook has run then, so one more start is safe; a
    kernel that dies twice still fails the notebook.
    """
    import nbval.kernel

    first_try = nbval.kernel.start_new_kernel
    if getattr(first_try, "retries_once", False):
        return

    def start_new_kernel(*args: Any, **kwargs: Any) -> Any:
        try:
            return first_try(*args, **kwargs)
        except RuntimeError as error:
            if "died" not in str(error):
                raise
            return first_try(*args, **kwargs)

    start_new_kernel.retries_once = True  # type: ignore[attr-defined]
    nbval.kernel.start_new_kernel = start_new_kernel


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the accessibility audit's summary of each edition this session audited (tests/browser.py)."""
    for path in sorted(AXE_REPORTS.glob("axe-report-*.json")):
        report = json.loads(path.read_text(encoding="utf-8"))
        if report.get("written", 0) < terminalreporter.config.stash[_STARTED]:
            continue  # an older session's report
        terminalreporter.section(f"axe-core accessibility audit: {report.get('edition', path.stem)}")
        for line in report.get("summary", []):
            terminalreporter.write_line(line)
