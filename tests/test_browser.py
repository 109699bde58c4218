"""The teacher's book in a real browser: headless Debian Chromium, driven over the DevTools protocol.

Every page of the built book is opened from ``file://``; a page fails if an
image did not load (``naturalWidth == 0``), if it logs a JavaScript error or a
failed load, or, for a lesson, if the link to the next chapter is missing.
One screenshot per page goes to ``_build/screenshots/``.

Chromium is driven through ``--remote-debugging-pipe`` (JSON messages ended by
a NUL byte on file descriptors 3 and 4): the standard library is enough, no
websocket client or browser-automation package. With ``CI=true`` the test
never skips: a missing Chromium is a failure (``.ci/run`` installs it).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import queue
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_book import ROOT, book_builds

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SCREENSHOTS = ROOT / "_build" / "screenshots"
CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
TIMEOUT = 30.0

# Run in the page once it has loaded: wait for every image to settle, then report.
CHECK_JS = """
(async () => {
  await Promise.all(Array.from(document.images).map(img => img.complete ? null :
      new Promise(done => { img.addEventListener('load', done); img.addEventListener('error', done); })));
  const next = document.querySelector('a.right-next');
  const prev = document.querySelector('a.left-prev');
  return JSON.stringify({
    title: document.title,
    images: document.images.length,
    broken: Array.from(document.images).filter(img => img.naturalWidth === 0)
                 .map(img => (img.getAttribute('src') || '').slice(0, 80)),
    figures: document.querySelectorAll('figure.azru-figure img[alt]').length,
    next: next ? next.getAttribute('href') : null,
    prev: prev ? prev.getAttribute('href') : null,
  });
})()
"""


def find_chromium() -> str | None:
    """The Chromium executable: ``$CHROMIUM`` or the first of the usual names found."""
    for name in (os.environ.get("CHROMIUM"), *CANDIDATES):
        if name and (found := shutil.which(name)):
            return found
    return None


def _above_four(fd: int) -> int:
    """The same pipe end as a descriptor numbered 5 or more (the original is closed)."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 5)
    os.close(fd)
    return moved


class Chromium:
    """A headless Chromium and a minimal DevTools-protocol client over a pipe."""

    def __init__(self, executable: str, window: tuple[int, int] = (1280, 2000)) -> None:
        self.profile = tempfile.mkdtemp(prefix="azru-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # Move the browser's ends above 4, so that the redirections below cannot clobber them.
        to_browser_r, from_browser_w = (_above_four(fd) for fd in (to_browser_r, from_browser_w))
        args = [
            executable,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--no-first-run",
            "--no-default-browser-check",
            "--hide-scrollbars",
            "--mute-audio",
            f"--user-data-dir={self.profile}",
            f"--window-size={window[0]},{window[1]}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        # The protocol pipe must be descriptors 3 (commands in) and 4 (replies out) in the browser.
        script = f'exec "$@" 3<&{to_browser_r} 4>&{from_browser_w} {to_browser_r}<&- {from_browser_w}>&-'
        self.process = subprocess.Popen(
            ["bash", "-c", script, "chromium", *args],
            pass_fds=(to_browser_r, from_browser_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._next_id = 0
        self._replies: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._events: queue.Queue[dict[str, Any]] = queue.Queue()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        buffer = b""
        with os.fdopen(self._from_browser, "rb", buffering=0) as stream:
            while chunk := stream.read(65536):
                buffer += chunk
                *messages, buffer = buffer.split(b"\0")
                for raw in messages:
                    message = json.loads(raw)
                    if "id" in message:
                        with self._lock:
                            box = self._replies.get(message["id"])
                        if box is not None:
                            box.put(message)
                    else:
                        self._events.put(message)

    def send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        """Send one command and wait for its reply; raise on a protocol error."""
        with self._lock:
            self._next_id += 1
            ident = self._next_id
            box: queue.Queue[dict[str, Any]] = queue.Queue()
            self._replies[ident] = box
        message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        try:
            reply = box.get(timeout=TIMEOUT)
        except queue.Empty:
            raise TimeoutError(f"Chromium did not answer {method} within {TIMEOUT} s") from None
        finally:
            with self._lock:
                self._replies.pop(ident, None)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def events(self) -> list[dict[str, Any]]:
        """The events received since the last call."""
        found = []
        while True:
            try:
                found.append(self._events.get_nowait())
            except queue.Empty:
                return found

    def wait_for(self, method: str, session: str, timeout: float = TIMEOUT) -> list[dict[str, Any]]:
        """Wait for one event of a session; return every event received meanwhile (that one included)."""
        seen = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                event = self._events.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            seen.append(event)
            if event.get("method") == method and event.get("sessionId") == session:
                return seen
        raise TimeoutError(f"no {method} within {timeout} s")

    def visit(self, url: str, screenshot: Path) -> dict[str, Any]:
        """Open ``url`` in a new tab, run the checks, save a screenshot; return the report and errors."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        try:
            for domain in ("Page", "Runtime", "Log"):
                self.send(f"{domain}.enable", session=session)
            self.events()
            self.send("Page.navigate", {"url": url}, session=session)
            seen = self.wait_for("Page.loadEventFired", session)
            result = self.send(
                "Runtime.evaluate",
                {"expression": CHECK_JS, "awaitPromise": True, "returnByValue": True},
                session=session,
            )
            if "exceptionDetails" in result:
                raise RuntimeError(f"the check script failed on {url}: {result['exceptionDetails']}")
            report = json.loads(result["result"]["value"])
            time.sleep(0.2)  # let late script errors arrive
            seen += self.events()
            shot = self.send("Page.captureScreenshot", {"format": "png"}, session=session)
            screenshot.parent.mkdir(parents=True, exist_ok=True)
            screenshot.write_bytes(base64.b64decode(shot["data"]))
        finally:
            self.send("Target.closeTarget", {"targetId": target})
        report["errors"] = _errors([e for e in seen if e.get("sessionId") == session])
        return report

    def close(self) -> None:
        """Quit the browser and remove its profile."""
        with contextlib.suppress(OSError, RuntimeError, TimeoutError):
            self.send("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._to_browser)
        shutil.rmtree(self.profile, ignore_errors=True)


def _errors(events: list[dict[str, Any]]) -> list[str]:
    """JavaScript exceptions, console.error calls and error log entries (failed loads included)."""
    errors = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            errors.append(f"exception: {details.get('exception', {}).get('description') or details.get('text')}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            errors.append(
                "console.error: " + " ".join(str(a.get("value", a.get("description"))) for a in params["args"])
            )
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            entry = params["entry"]
            errors.append(f"log ({entry.get('source')}): {entry.get('text')} {entry.get('url', '')}".strip())
    return errors


# --- fixtures ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chromium() -> Iterator[Chromium]:
    executable = find_chromium()
    if executable is None:
        message = "no Chromium found (apt-get install chromium, or set CHROMIUM=/path/to/chromium)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must run the browser test: {message}")
        pytest.skip(message)
    browser = Chromium(executable)
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture(scope="module")
def site() -> Path:
    return book_builds()["teacher"].out


def _pages() -> list[str]:
    """Every page the teacher's book has, by name: known without building (the build is lazy)."""
    chapters = [p.stem for p in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))]
    return ["intro", *chapters, "references", "glossary", "data", "genindex", "search"]


@pytest.fixture(scope="module")
def reports(chromium: Chromium, site: Path) -> dict[str, dict[str, Any]]:
    found = {}
    for page in sorted(p.stem for p in site.glob("*.html") if p.name != "index.html"):
        found[page] = chromium.visit((site / f"{page}.html").as_uri(), SCREENSHOTS / f"{page}.png")
    return found


# --- tests ------------------------------------------------------------------------------------------


def test_every_page_was_opened(reports: dict[str, dict[str, Any]]) -> None:
    assert set(_pages()) <= set(reports)


@pytest.mark.parametrize("page", _pages())
def test_page_loads_cleanly(reports: dict[str, dict[str, Any]], page: str) -> None:
    report = reports[page]
    assert report["title"], page
    assert not report["broken"], f"{page}: images that did not load: {report['broken']}"
    assert not report["errors"], f"{page}: errors in the browser: {report['errors']}"


@pytest.mark.parametrize("chapter", [p for p in _pages() if re.match(r"\d\d_", p)])
def test_chapter_links_to_the_next(reports: dict[str, dict[str, Any]], chapter: str) -> None:
    pages = _pages()
    chapters = [p for p in pages if re.match(r"\d\d_", p)]
    following = pages[pages.index(chapter) + 1]
    assert reports[chapter]["next"] == f"{following}.html", f"{chapter}: next-page link is {reports[chapter]['next']}"
    previous = pages[pages.index(chapter) - 1]
    assert reports[chapter]["prev"] == f"{previous}.html"
    if chapter != chapters[-1]:
        assert following in chapters


def test_figures_render_with_alt_text(reports: dict[str, dict[str, Any]]) -> None:
    figures = {page: r["figures"] for page, r in reports.items() if r["figures"]}
    assert figures, "no page shows an azru figure with alt text"
    for page, count in figures.items():
        assert reports[page]["images"] >= count


def test_screenshots_written(reports: dict[str, dict[str, Any]]) -> None:
    for page in reports:
        shot = SCREENSHOTS / f"{page}.png"
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", shot
        assert shot.stat().st_size > 10_000, f"{shot} looks blank"
