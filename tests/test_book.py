"""The reading edition: both editions build, differ only in the solutions, and need no network.

Both editions are built once per test session into ``_build/test-book/``
(``book_builds``, shared with tests/test_browser.py), never into the user's
``_build/html``; a later session with nothing changed reuses them.
"""

from __future__ import annotations

import contextlib
import difflib
import fcntl
import functools
import io
import json
import os
import re
import shutil
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import nbformat
import pytest

from azru import book
from azru.cli import _parser

ROOT = book.ROOT
BUILDS = ROOT / "_build" / "test-book"
GLOSSARY_TERMS = [
    "Delimitation",
    "Demarcation",
    "Trade turnover",
    "Trade balance",
    "Trend-indicator value (TIV)",
    "Consulate-general",
    "Ratification",
    "Entry into force",
    "Memorandum",
    "Protocol",
    "Census non-response",
]

pytestmark = pytest.mark.slow


_WATCH: dict[str, Any] = {"folder": None, "writes": []}
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC
_CHANGING_EVENTS = {
    "os.remove",
    "os.rename",
    "os.replace",
    "os.rmdir",
    "os.mkdir",
    "os.chmod",
    "os.utime",
    "os.truncate",
}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    """Record every write, removal or rename under the watched folder by this process (sys.addaudithook)."""
    folder = _WATCH["folder"]
    if folder is None or not args or not isinstance(args[0], (str, bytes, os.PathLike)):
        return
    if event == "open":
        mode, flags = args[1], args[2]
        writes = bool(flags & _WRITE_FLAGS) if isinstance(flags, int) else any(c in (mode or "") for c in "wax+")
    else:
        writes = event in _CHANGING_EVENTS
    if writes:
        path = str(Path(os.fsdecode(args[0])).absolute())
        if path.startswith(folder + os.sep):
            _WATCH["writes"].append(f"{event} {path}")


sys.addaudithook(_audit)


@functools.cache
def book_builds() -> dict[str, Any]:
    """Build (or reuse) both editions under _build/test-book; record the log and whether notebooks/ changed."""
    BUILDS.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {}
    with (BUILDS / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # pytest-xdist workers and other sessions wait for one another
        for edition, folder in book.EDITIONS.items():
            lines: list[str] = []
            captured = io.StringIO()
            _WATCH["folder"] = str(ROOT / "notebooks")
            try:
                with contextlib.redirect_stdout(captured):
                    results[edition] = book.build(
                        edition, BUILDS / folder, stage_dir=BUILDS / ".stage" / edition, log=lines.append
                    )
            finally:
                _WATCH["folder"] = None
            results[f"{edition}-log"] = "\n".join(lines) + "\n" + captured.getvalue()
    results["notebooks-writes"] = list(_WATCH["writes"])
    return results


class _Page(HTMLParser):
    """Text, figures and every resource reference of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.resources: list[tuple[str, str]] = []
        self.anchors: list[dict[str, str]] = []
        self.figures: list[dict[str, str]] = []
        self._in_figure: dict[str, str] | None = None
        self._caption = False
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in ("script", "style"):
            self._skip += 1
        if tag in ("script", "img", "iframe", "audio", "video", "source", "embed") and a.get("src"):
            self.resources.append((tag, a["src"]))
        if tag == "object" and a.get("data"):
            self.resources.append((tag, a["data"]))
        if tag == "link":
            rel = a.get("rel", "").lower()
            if any(r in rel for r in ("stylesheet", "preload", "icon", "modulepreload", "prefetch")) or a.get("as"):
                self.resources.append((f"link rel={rel}", a.get("href", "")))
        if tag == "a":
            self.anchors.append(a)
        if tag == "figure" and "azru-figure" in a.get("class", ""):
            self._in_figure = {"alt": "", "src": "", "caption": ""}
            self.figures.append(self._in_figure)
        if tag == "img" and self._in_figure is not None:
            self._in_figure["alt"], self._in_figure["src"] = a.get("alt", ""), a.get("src", "")
        if tag == "figcaption" and self._in_figure is not None:
            self._caption = True
        for key in ("style",):
            if re.search(r"url\(\s*['\"]?(https?:)?//", a.get(key, "")):
                self.resources.append((f"{tag} style", a[key]))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        if tag == "figcaption":
            self._caption = False
        if tag == "figure":
            self._in_figure = None

    def handle_data(self, data: str) -> None:
        if self._caption and self._in_figure is not None:
            self._in_figure["caption"] += data
        if not self._skip:
            self.text.append(data)


@functools.cache
def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def text_of(path: Path) -> str:
    return "".join(parse(path).text)


def _is_remote(url: str) -> bool:
    return bool(re.match(r"^\s*(https?:)?//", url, re.I))


@pytest.fixture(scope="module")
def builds() -> dict[str, Any]:
    return book_builds()


def _out(builds: dict[str, Any], edition: str) -> Path:
    return builds[edition].out


def _staged(builds: dict[str, Any], edition: str) -> Path:
    return builds[edition].stage / "src"


def _solution_lines() -> dict[str, str]:
    """For each notebook with solutions, the longest code line of its solution cells."""
    found = {}
    for path in book.chapters():
        notebook = nbformat.read(path, as_version=4)
        lines = [
            line.strip()
            for cell in notebook.cells
            if book.is_solution(cell) and cell.cell_type == "code"
            for line in cell.source.splitlines()
            if line.strip() and not line.strip().startswith("#")
        ]
        if lines:
            found[path.stem] = max(lines, key=len)
    return found


# --- structure ---------------------------------------------------------------------------------------


def test_both_editions_built_with_every_chapter_in_order(builds: dict[str, Any]) -> None:
    names = [p.stem for p in book.chapters()]
    assert names and names == sorted(names)
    for edition in book.EDITIONS:
        out = _out(builds, edition)
        for page in ["index", "intro", *names, "references", "glossary", "data", "search"]:
            assert (out / f"{page}.html").is_file(), f"{edition}: {page}.html missing"
        assert 'url=intro.html"' in (out / "index.html").read_text(), "index.html should lead to the landing page"
        toc = (_staged(builds, edition) / "_toc.yml").read_text()
        assert [m for m in re.findall(r"file: (\S+)", toc) if m[:2].isdigit()] == names
        config = (_staged(builds, edition) / "_config.yml").read_text()
        assert "only_build_toc_files: true" in config and 'execute_notebooks: "off"' in config
    assert not builds["notebooks-writes"], f"building the book wrote to notebooks/: {builds['notebooks-writes']}"


def test_write_watch_sees_a_write(tmp_path: Path) -> None:
    """Control for the check above: the audit hook records a write in the watched folder."""
    _WATCH["folder"], seen = str(tmp_path), len(_WATCH["writes"])
    try:
        (tmp_path / "x.txt").write_text("x")
        (tmp_path / "x.txt").read_text()
    finally:
        _WATCH["folder"] = None
    recorded = _WATCH["writes"][seen:]
    del _WATCH["writes"][seen:]
    assert len(recorded) == 1 and recorded[0].endswith("x.txt"), recorded


def test_build_prints_progress(builds: dict[str, Any]) -> None:
    names = [p.stem for p in book.chapters()]
    for edition in book.EDITIONS:
        log = builds[f"{edition}-log"]
        assert f"{edition} edition" in log and f"{len(names)} notebooks" in log, log
        to_read = re.search(r"reading (\d+) changed page", log)
        if to_read:  # Sphinx read something: one line per page, counting down
            count = int(to_read.group(1))
            lines = re.findall(r"\[(\d+)/(\d+)\] reading (?:notebook|page) (\S+) \((\d+) left\)", log)
            assert [(int(i), int(n), int(left)) for i, n, _, left in lines] == [
                (i, count, count - i) for i in range(1, count + 1)
            ], log


def test_rebuild_with_nothing_changed_is_skipped(builds: dict[str, Any]) -> None:
    result = book.build("teacher", _out(builds, "teacher"), stage_dir=builds["teacher"].stage, log=lambda _: None)
    assert result.skipped


def test_new_chapter_updates_the_others_incrementally(tmp_path: Path) -> None:
    """Adding a chapter re-reads only it, yet every page's navigation shows it (no stale "next" link)."""
    root = tmp_path / "root"
    (root / "notebooks").mkdir(parents=True)
    shutil.copy2(book.chapters()[0], root / "notebooks" / book.chapters()[0].name)
    shutil.copytree(ROOT / "data", root / "data", ignore=shutil.ignore_patterns("_staging", "geo"))
    shutil.copytree(ROOT / "book", root / "book")
    out, stage = tmp_path / "html", tmp_path / "stage"
    first = book.chapters()[0].stem
    book.build("student", out, root=root, stage_dir=stage, log=lambda _: None)
    assert (
        'class="right-next"' in (out / f"{first}.html").read_text()
        and 'href="references.html"' in (out / f"{first}.html").read_text()
    )
    added = nbformat.v4.new_notebook(
        cells=[nbformat.v4.new_markdown_cell("# 99. An added chapter\n\nA short one.")],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    )
    nbformat.write(added, root / "notebooks" / "99_added.ipynb")
    captured = io.StringIO()
    with contextlib.redirect_stdout(captured):
        result = book.build("student", out, root=root, stage_dir=stage, log=lambda _: None)
    assert not result.skipped
    read = int(re.search(r"reading (\d+) changed page", captured.getvalue()).group(1))
    assert read < 4, captured.getvalue()  # the new chapter and the landing page, not every page
    nav = parse(out / f"{first}.html")
    assert any("right-next" in a.get("class", "") and a.get("href") == "99_added.html" for a in nav.anchors)
    assert "An added chapter" in text_of(out / "glossary.html")  # the sidebar of an unchanged page


def test_staging_is_deterministic() -> None:
    assert book.staged_files("student") == book.staged_files("student")


def test_cli_has_book_subcommand() -> None:
    args = _parser().parse_args(["book", "--edition", "student", "--out", "x"])
    assert (args.command, args.edition, args.out) == ("book", "student", Path("x"))


# --- editions ----------------------------------------------------------------------------------------


def _cell_key(cell: Any) -> str:
    return json.dumps({k: cell.get(k) for k in ("cell_type", "source", "outputs", "metadata")}, sort_keys=True)


@pytest.mark.parametrize("chapter", [p.stem for p in book.chapters()])
def test_editions_differ_only_in_solution_cells(builds: dict[str, Any], chapter: str) -> None:
    teacher = nbformat.read(_staged(builds, "teacher") / f"{chapter}.ipynb", as_version=4)
    student = nbformat.read(_staged(builds, "student") / f"{chapter}.ipynb", as_version=4)
    original = nbformat.read(ROOT / "notebooks" / f"{chapter}.ipynb", as_version=4)
    assert len(teacher.cells) == len(original.cells)
    for before, after in zip(original.cells, teacher.cells, strict=True):
        if book.is_solution(before):
            assert "hide-cell" in after.metadata["tags"] and after.source == before.source
        else:
            assert _cell_key(before) == _cell_key(after)
    solutions = [c.source for c in teacher.cells if book.is_solution(c)]
    assert not any(book.is_solution(c) for c in student.cells)
    matcher = difflib.SequenceMatcher(
        a=[_cell_key(c) for c in teacher.cells], b=[_cell_key(c) for c in student.cells], autojunk=False
    )
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        assert a2 > a1, f"{chapter}: student cells {b1}:{b2} were added where the teacher has no solution"
        assert all(book.is_solution(c) for c in teacher.cells[a1:a2]), f"{chapter}: non-solution cells changed"
        for cell in student.cells[b1:b2]:
            assert not any(s.strip() and s.strip() in cell.source for s in solutions), f"{chapter}: solution kept"
    assert matcher.ratio() > 0 and len(solutions) == sum(book.is_solution(c) for c in original.cells)


def test_student_html_has_no_solution_code(builds: dict[str, Any]) -> None:
    lines = _solution_lines()
    assert lines, "no notebook has a cell tagged 'solution'"
    for chapter, line in lines.items():
        assert line in text_of(_out(builds, "teacher") / f"{chapter}.html"), f"{chapter}: teacher lacks {line!r}"
        assert line not in text_of(_out(builds, "student") / f"{chapter}.html"), f"{chapter}: student has {line!r}"


def test_teacher_folds_solutions(builds: dict[str, Any]) -> None:
    for chapter in _solution_lines():
        html = (_out(builds, "teacher") / f"{chapter}.html").read_text(encoding="utf-8")
        assert "tag_hide-cell" in html and "Show solution" in html, chapter


# --- content -----------------------------------------------------------------------------------------


def test_figures_keep_caption_and_alt_text(builds: dict[str, Any]) -> None:
    for path in book.chapters():
        notebook = nbformat.read(path, as_version=4)
        expected = sum(
            "azru-figure" in "".join(output.get("data", {}).get("text/html", ""))
            for cell in notebook.cells
            if cell.cell_type == "code" and not book.is_solution(cell)
            for output in cell.get("outputs", [])
        )
        for edition in book.EDITIONS:
            figures = parse(_out(builds, edition) / f"{path.stem}.html").figures
            assert len(figures) >= expected, f"{edition}/{path.stem}: {len(figures)} of {expected} figures"
            for figure in figures:
                assert figure["alt"].strip() and figure["src"], f"{path.stem}: figure without image or alt text"
                assert re.match(r"Figure \d+\.", figure["caption"].strip()), figure["caption"]


def test_landing_page(builds: dict[str, Any]) -> None:
    text = text_of(_out(builds, "teacher") / "intro.html")
    for needle in ("Who it is for", "How to use it in a course", "How to cite", "student edition", "azru cite"):
        assert needle in text, needle
    intro = parse(_out(builds, "teacher") / "intro.html")
    hrefs = [a.get("href", "") for a in intro.anchors]
    for path in book.chapters():
        assert f"{path.stem}.html" in hrefs, f"landing page does not link {path.stem}"


def test_references_list_each_cited_source_once(builds: dict[str, Any]) -> None:
    import azru

    facts = azru.load()
    text = text_of(_out(builds, "teacher") / "references.html")
    cited = set()
    for table in ("events", "measures", "places", "actors"):
        cited |= set(facts.tables[table]["source_id"])
    for source_id in cited:
        assert text.count(f"Source id {source_id}.") == 1, source_id
    some_fact = facts.measures["measure_id"].iloc[0]
    assert some_fact in text
    for kind in set(facts.sources[facts.sources["source_id"].isin(cited)]["kind"].astype(str)):
        assert book.KIND_TITLES.get(kind, kind.capitalize()) in text


def test_glossary_terms(builds: dict[str, Any]) -> None:
    text = text_of(_out(builds, "teacher") / "glossary.html")
    for term in GLOSSARY_TERMS:
        assert term in text, term


def test_data_page(builds: dict[str, Any]) -> None:
    import azru

    descriptor = azru.load().descriptor
    text = text_of(_out(builds, "teacher") / "data.html")
    assert "CC-BY-4.0" in text and "Units" in text
    for resource in descriptor["resources"]:
        assert resource["path"] in text
        for field in resource["schema"]["fields"]:
            assert field["name"] in text, (resource["name"], field["name"])


# --- offline -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("edition", list(book.EDITIONS))
def test_no_page_loads_anything_from_the_network(builds: dict[str, Any], edition: str) -> None:
    out = _out(builds, edition)
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= len(book.chapters()) + 5
    offenders = []
    for page in pages:
        offenders += [f"{page.name}: <{tag}> {url}" for tag, url in parse(page).resources if _is_remote(url)]
        html = page.read_text(encoding="utf-8")
        if re.search(r"mathjax|require\.js|thebe", html, re.I):
            offenders.append(f"{page.name}: MathJax, require.js or thebe")
    for sheet in sorted(out.rglob("*.css")):
        css = sheet.read_text(encoding="utf-8", errors="replace")
        css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
        offenders += [
            f"{sheet.name}: {m}" for m in re.findall(r"(?:url\(|@import)\s*['\"]?(?:https?:)?//[^)'\";]*", css)
        ]
    assert not offenders, "\n".join(offenders)


def test_local_references_resolve(builds: dict[str, Any]) -> None:
    out = _out(builds, "teacher")
    missing = []
    for page in sorted(out.glob("*.html")):
        for _tag, url in parse(page).resources:
            if url.startswith("data:") or _is_remote(url):
                continue
            target = (page.parent / url.split("?")[0].split("#")[0]).resolve()
            if not target.exists():
                missing.append(f"{page.name}: {url}")
    assert not missing, missing
