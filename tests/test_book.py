"""The reading edition: both editions build, differ only where they should, and need no network.

Both editions are built once per test session into ``_build/test-book/`` by
the ``book_builds`` fixture (tests/conftest.py), never into the user's
``_build/html``; a later session with nothing changed reuses them.
"""

from __future__ import annotations

import contextlib
import difflib
import functools
import io
import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import nbformat
import pytest
from builds import BookBuilds, folder_state

from azru import book
from azru.book.figures import chart_data, chart_outputs, figure_number, link_chart_data
from azru.book.pages import GENERATED_PAGES, read_teacher_notes
from azru.cli import _parser
from azru.exercises import MARKDOWN_PROMPT, is_self_check

ROOT = book.ROOT
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


def _pages(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*.html") if "_static" not in p.relative_to(out).parts)


# --- structure ---------------------------------------------------------------------------------------


def test_both_editions_built_with_every_chapter_in_order(book_builds: BookBuilds) -> None:
    names = [p.stem for p in book.chapters()]
    assert names and names == sorted(names)
    for edition in book.EDITIONS:
        out = book_builds.out(edition)
        for page in ["index", "intro", *names, *GENERATED_PAGES, "search"]:
            assert (out / f"{page}.html").is_file(), f"{edition}: {page}.html missing"
        assert 'url=intro.html"' in (out / "index.html").read_text(), "index.html should lead to the landing page"
        toc = (book_builds.staged(edition) / "_toc.yml").read_text()
        assert [m for m in re.findall(r"file: (\S+)", toc) if m[:2].isdigit()] == names
        config = (book_builds.staged(edition) / "_config.yml").read_text()
        assert "only_build_toc_files: true" in config and 'execute_notebooks: "off"' in config
    assert not book_builds.notebooks_changed, f"building the book wrote to notebooks/: {book_builds.notebooks_changed}"


def test_folder_state_sees_a_write(tmp_path: Path) -> None:
    """Control for the check above: rewriting a file, even with the same bytes, changes the folder's state."""
    (tmp_path / "x.txt").write_text("x")
    before = folder_state(tmp_path)
    assert folder_state(tmp_path) == before  # reading changes nothing
    (tmp_path / "x.txt").read_text()
    assert folder_state(tmp_path) == before
    with (tmp_path / "x.txt").open("w") as fh:  # same bytes again, a new modification time
        fh.write("x")
    (tmp_path / "x.txt").touch()
    assert folder_state(tmp_path) != before
    (tmp_path / "y.txt").write_text("y")
    assert set(folder_state(tmp_path)) == {"x.txt", "y.txt"}


def test_build_prints_progress(book_builds: BookBuilds) -> None:
    names = [p.stem for p in book.chapters()]
    for edition in book.EDITIONS:
        log = book_builds.logs[edition]
        assert f"{edition} edition" in log and f"{len(names)} notebooks" in log, log
        to_read = re.search(r"reading (\d+) changed page", log)
        if to_read:  # Sphinx read something: one line per page, counting down
            count = int(to_read.group(1))
            lines = re.findall(r"\[(\d+)/(\d+)\] reading (?:notebook|page) (\S+) \((\d+) left\)", log)
            assert [(int(i), int(n), int(left)) for i, n, _, left in lines] == [
                (i, count, count - i) for i in range(1, count + 1)
            ], log


def test_rebuild_with_nothing_changed_is_skipped(book_builds: BookBuilds) -> None:
    result = book.build(
        "teacher", book_builds.out("teacher"), stage_dir=book_builds.results["teacher"].stage, log=lambda _: None
    )
    assert result.skipped


def _chart_output(number: int, csv: str | None) -> nbformat.NotebookNode:
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    meta: dict[str, Any] = {"image/png": {"alt": "One dot."}, "azru": {"figure": number, "caption": "A dot."}}
    if csv is not None:
        meta["azru"]["data_csv"] = csv
    figure = f'<figure class="azru-figure"><img src="data:image/png;base64,{png}" alt="One dot."/>'
    figure += f"<figcaption>Figure {number}. A dot.</figcaption></figure>"
    return nbformat.v4.new_output(
        "display_data", {"image/png": png, "text/html": figure, "text/plain": "Figure"}, metadata=meta
    )


def test_added_chapter_builds_incrementally_with_its_features(tmp_path: Path) -> None:
    """A chapter added to a built book: only it is read, every page's navigation shows it, and its
    chart links to its CSV, its glossary term to the glossary, its notebook download to a real file."""
    root = tmp_path / "root"
    (root / "notebooks").mkdir(parents=True)
    shutil.copy2(book.chapters()[0], root / "notebooks" / book.chapters()[0].name)
    shutil.copytree(ROOT / "data", root / "data", ignore=shutil.ignore_patterns("_staging"))
    shutil.copytree(ROOT / "book", root / "book")
    out, stage = tmp_path / "html", tmp_path / "stage"
    first = book.chapters()[0].stem
    book.build("student", out, root=root, stage_dir=stage, log=lambda _: None)
    first_html = (out / f"{first}.html").read_text()
    assert 'class="right-next"' in first_html and 'href="references.html"' in first_html
    added = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# 99. An added chapter\n\nThe trade balance, and the trade balance again."),
            nbformat.v4.new_code_cell("show()", outputs=[_chart_output(1, "year,value\n2001,3\n")]),
            nbformat.v4.new_code_cell("show()", outputs=[_chart_output(2, None)]),
            nbformat.v4.new_markdown_cell("**Exercise 1.** Why?"),
            nbformat.v4.new_markdown_cell("Because of the balance.", metadata={"tags": ["solution"]}),
        ],
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
    page = parse(out / "99_added.html")
    csv_links = [a["href"] for a in page.anchors if a.get("href", "").endswith(".csv")]
    assert csv_links == ["data/99_added/figure-1.csv"], csv_links  # the chart without data gets no link
    assert (out / csv_links[0]).read_text() == "year,value\n2001,3\n"
    glossary = [a for a in page.anchors if "azru-glossary-link" in a.get("class", "")]
    assert [a["href"] for a in glossary] == ["glossary.html#term-Trade-balance"]  # the first use only
    downloads = [a["href"] for a in page.anchors if a.get("href", "").endswith(".ipynb")]
    assert downloads == ["notebooks/99_added.ipynb"]
    handout = nbformat.read(out / downloads[0], as_version=4)
    assert handout.cells[4].source == MARKDOWN_PROMPT and "Because" not in nbformat.writes(handout)


def test_staging_is_deterministic() -> None:
    assert book.edition_files("student") == book.edition_files("student")


def test_cli_has_book_subcommand() -> None:
    args = _parser().parse_args(["book", "--edition", "student", "--out", "x"])
    assert (args.command, args.edition, args.out) == ("book", "student", Path("x"))


# --- editions ----------------------------------------------------------------------------------------


def _cell_key(cell: Any) -> str:
    return json.dumps({k: cell.get(k) for k in ("cell_type", "source", "outputs", "metadata")}, sort_keys=True)


@pytest.mark.parametrize("chapter", [p.stem for p in book.chapters()])
def test_editions_differ_only_in_solutions_and_self_check_outputs(book_builds: BookBuilds, chapter: str) -> None:
    teacher = nbformat.read(book_builds.staged("teacher") / f"{chapter}.ipynb", as_version=4)
    student = nbformat.read(book_builds.staged("student") / f"{chapter}.ipynb", as_version=4)
    original = nbformat.read(ROOT / "notebooks" / f"{chapter}.ipynb", as_version=4)
    shown, _ = link_chart_data(original, chapter, ROOT)  # the book's only change outside solutions
    assert len(teacher.cells) == len(original.cells)
    for before, after in zip(shown.cells, teacher.cells, strict=True):
        if book.is_solution(before) and before.cell_type == "code":
            assert "hide-cell" in after.metadata["tags"] and after.source == before.source
        elif book.is_solution(before):
            assert after.source.startswith("::::::{dropdown}") and before.source in after.source
        else:
            assert _cell_key(before) == _cell_key(after)
    solutions = [c.source for c in original.cells if book.is_solution(c)]
    assert not any(book.is_solution(c) for c in student.cells)
    matcher = difflib.SequenceMatcher(
        a=[_cell_key(c) for c in teacher.cells], b=[_cell_key(c) for c in student.cells], autojunk=False
    )
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        assert a2 > a1, f"{chapter}: student cells {b1}:{b2} were added where the teacher has no solution"
        changed = teacher.cells[a1:a2]
        assert all(book.is_solution(c) or is_self_check(c) for c in changed), f"{chapter}: other cells changed"
        for cell in student.cells[b1:b2]:
            if is_self_check(cell):  # the self-check's code as the teacher's, its verdict not shown
                assert cell.outputs == [] and cell.source in {c.source for c in changed}
            assert not any(s.strip() and s.strip() in cell.source for s in solutions), f"{chapter}: solution kept"
    assert matcher.ratio() > 0 and len(solutions) == sum(book.is_solution(c) for c in teacher.cells)


def test_student_html_has_no_solution_code(book_builds: BookBuilds) -> None:
    lines = _solution_lines()
    assert lines, "no notebook has a cell tagged 'solution'"
    for chapter, line in lines.items():
        assert line in text_of(book_builds.out("teacher") / f"{chapter}.html"), f"{chapter}: teacher lacks {line!r}"
        assert line not in text_of(book_builds.out("student") / f"{chapter}.html"), f"{chapter}: student has {line!r}"


def test_teacher_folds_solutions(book_builds: BookBuilds) -> None:
    for chapter in _solution_lines():
        html = (book_builds.out("teacher") / f"{chapter}.html").read_text(encoding="utf-8")
        assert "tag_hide-cell" in html and "Show solution" in html, chapter


@pytest.mark.parametrize("edition", list(book.EDITIONS))
def test_notebook_download_is_the_editions_notebook(book_builds: BookBuilds, edition: str) -> None:
    """Every lesson's ".ipynb" button points at a file that exists; the student's has no solution."""
    out = book_builds.out(edition)
    for path in book.chapters():
        links = [a["href"] for a in parse(out / f"{path.stem}.html").anchors if a.get("href", "").endswith(".ipynb")]
        assert links == [f"notebooks/{path.name}"], f"{edition}/{path.stem}: download links {links}"
        handout = nbformat.read(out / links[0], as_version=4)
        original = nbformat.read(path, as_version=4)
        if edition == "teacher":
            assert handout == original
        else:
            assert not any(book.is_solution(c) for c in handout.cells)
            assert len(handout.cells) == len(original.cells)
    for page in ("intro", *GENERATED_PAGES):  # their Markdown sources are not shipped: no link to them
        assert not any(a.get("href", "").startswith("_sources") for a in parse(out / f"{page}.html").anchors), page


def test_student_notebooks_are_the_scripts(book_builds: BookBuilds, tmp_path: Path) -> None:
    """One student edition: scripts/make_exercises.py writes the very files the student book links to."""
    from azru.exercises import write_exercises

    written = write_exercises(ROOT / "notebooks", tmp_path)
    out = book_builds.out("student") / "notebooks"
    assert [p.name for p in written] == sorted(p.name for p in out.glob("*.ipynb"))
    for path in written:
        assert path.read_bytes() == (out / path.name).read_bytes(), path.name


# --- content -----------------------------------------------------------------------------------------


def test_figures_keep_caption_and_alt_text(book_builds: BookBuilds) -> None:
    for path in book.chapters():
        notebook = nbformat.read(path, as_version=4)
        expected = sum(
            "azru-figure" in "".join(output.get("data", {}).get("text/html", ""))
            for cell in notebook.cells
            if cell.cell_type == "code" and not book.is_solution(cell)
            for output in cell.get("outputs", [])
        )
        for edition in book.EDITIONS:
            figures = parse(book_builds.out(edition) / f"{path.stem}.html").figures
            assert len(figures) >= expected, f"{edition}/{path.stem}: {len(figures)} of {expected} figures"
            for figure in figures:
                assert figure["alt"].strip() and figure["src"], f"{path.stem}: figure without image or alt text"
                assert re.match(r"Figure \d+\.", figure["caption"].strip()), figure["caption"]


def test_every_chart_links_to_its_data(book_builds: BookBuilds) -> None:
    """Each chart (an image output) of a lesson carries its data, and the book links it as a CSV file.

    Fails until every lesson passes ``data=`` to ``charts.show`` (or sets
    ``azru.data_csv`` in the output's metadata; see azru.book.figures).
    """
    missing, total = [], 0
    for path in book.chapters():
        notebook = nbformat.read(path, as_version=4)
        charts = [(n, o) for n, o in chart_outputs(notebook)]
        figures = [
            o
            for c in notebook.cells
            if c.cell_type == "code"
            for o in c.get("outputs", [])
            if "azru-figure" in "".join(o.get("data", {}).get("text/html", ""))
        ]
        missing += [
            f"{path.stem}: an HTML figure with no image/png beside it"
            for o in figures
            if "image/png" not in o.get("data", {})
        ]
        total += len(charts)
        links = {a["href"] for a in parse(book_builds.out("teacher") / f"{path.stem}.html").anchors}
        for ordinal, output in charts:
            number = figure_number(output, ordinal)
            csv = f"data/{path.stem}/figure-{number}.csv"
            if chart_data(output, ROOT) is None:
                missing.append(f"{path.stem}: chart {number} has no azru.data_csv")
            elif csv not in links or not (book_builds.out("teacher") / csv).is_file():
                missing.append(f"{path.stem}: chart {number} not linked to {csv}")
    assert not missing, f"{len(missing)} charts without their data:\n" + "\n".join(missing)
    assert total, "no chart in any lesson"


def test_landing_page_names_its_edition(book_builds: BookBuilds) -> None:
    text = text_of(book_builds.out("teacher") / "intro.html")
    for needle in ("Who it is for", "How to use it in a course", "How to cite", "student edition", "azru cite"):
        assert needle in text, needle
    assert "This book is the teacher\u2019s edition" in text or "This book is the teacher's edition" in text
    student = text_of(book_builds.out("student") / "intro.html")
    assert "This book is the student edition" in student and "teacher\u2019s edition:" not in student
    for edition, words in (("teacher", "teacher's edition"), ("student", "student edition")):
        title = re.search(r"<title>(.*?)</title>", (book_builds.out(edition) / "intro.html").read_text()).group(1)
        assert words in title.replace("&#39;", "'"), title
    intro = parse(book_builds.out("teacher") / "intro.html")
    hrefs = [a.get("href", "") for a in intro.anchors]
    for path in book.chapters():
        assert f"{path.stem}.html" in hrefs, f"landing page does not link {path.stem}"


def test_teaching_notes_in_the_teacher_edition_only(book_builds: BookBuilds) -> None:
    notes = sorted((ROOT / "book" / "teachers").glob("[0-9][0-9].toml"))
    lessons = {p.name[:2] for p in book.chapters()}
    assert lessons <= {p.stem for p in notes}, "every lesson needs teaching notes in book/teachers/NN.toml"
    teacher, student = book_builds.out("teacher"), book_builds.out("student")
    for path in notes:
        parsed = read_teacher_notes(path)
        page = teacher / "teachers" / f"{path.stem}.html"
        text = text_of(page)
        for heading in (
            "Before the lesson",
            "Homework to set",
            "Questions for discussion",
            "Common mistakes",
            "In a 50-minute class",
        ):
            assert heading in text, (path.name, heading)
        assert f"about {parsed.minutes} minutes" in text and 45 <= parsed.minutes <= 60, path.name
        assert ("New lesson" in text) == parsed.new, path.name
        if parsed.lesson in lessons:
            target = next(p for p in book.chapters() if p.name.startswith(parsed.lesson)).stem
            assert f"../{target}.html" in {a.get("href") for a in parse(page).anchors}, path.name
        assert "Teaching notes" not in text_of(student / "intro.html")
    assert not (student / "teachers").exists()
    assert read_teacher_notes(ROOT / "book" / "teachers" / "11.toml").new
    sidebar = text_of(teacher / "intro.html")
    assert "For teachers" in sidebar and "For teachers" not in text_of(student / "intro.html")


def test_teacher_notes_reject_a_bad_file(tmp_path: Path) -> None:
    good = (ROOT / "book" / "teachers" / "03.toml").read_text(encoding="utf-8")
    bad = tmp_path / "03.toml"
    bad.write_text(re.sub(r"(?m)^minutes = \d+$", 'minutes = "fifty"', good), encoding="utf-8")
    with pytest.raises(ValueError, match=r"03.toml: key 'minutes' must be a non-empty int"):
        read_teacher_notes(bad)
    bad.write_text(good.replace('lesson = "03"', 'lesson = "04"'), encoding="utf-8")
    with pytest.raises(ValueError, match=r"'lesson' must be the two-digit number of the file name"):
        read_teacher_notes(bad)


def test_glossary_terms_link_on_first_use(book_builds: BookBuilds) -> None:
    linked_somewhere = set()
    for path in book.chapters():
        anchors = parse(book_builds.out("student") / f"{path.stem}.html").anchors
        links = [a["href"] for a in anchors if "azru-glossary-link" in a.get("class", "")]
        assert len(links) == len(set(links)), f"{path.stem}: a term linked twice: {links}"
        for href in links:
            target = href.split("#")[1]
            assert f'id="{target}"' in (book_builds.out("student") / "glossary.html").read_text(), href
        linked_somewhere |= set(links)
    assert len(linked_somewhere) >= 10, linked_somewhere


def test_references_list_each_cited_source_once(book_builds: BookBuilds) -> None:
    import azru
    from azru.book.pages import KIND_TITLES

    facts = azru.load()
    text = text_of(book_builds.out("teacher") / "references.html")
    cited = set()
    for table in ("events", "measures", "places", "actors"):
        cited |= set(facts.tables[table]["source_id"])
    for source_id in cited:
        assert text.count(f"Source id {source_id}.") == 1, source_id
    some_fact = facts.measures["measure_id"].iloc[0]
    assert some_fact in text
    for kind in set(facts.sources[facts.sources["source_id"].isin(cited)]["kind"].astype(str)):
        assert KIND_TITLES.get(kind, kind.capitalize()) in text


def test_glossary_terms(book_builds: BookBuilds) -> None:
    text = text_of(book_builds.out("teacher") / "glossary.html")
    for term in GLOSSARY_TERMS:
        assert term in text, term


def test_data_page(book_builds: BookBuilds) -> None:
    import azru

    descriptor = azru.load().descriptor
    text = text_of(book_builds.out("teacher") / "data.html")
    assert "CC-BY-4.0" in text and "Units" in text
    for resource in descriptor["resources"]:
        assert resource["path"] in text
        for field in resource.get("schema", {}).get("fields", []):
            assert field["name"] in text, (resource["name"], field["name"])


# --- offline -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("edition", list(book.EDITIONS))
def test_no_page_loads_anything_from_the_network(book_builds: BookBuilds, edition: str) -> None:
    out = book_builds.out(edition)
    pages = _pages(out)
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


@pytest.mark.parametrize("edition", list(book.EDITIONS))
def test_local_references_resolve(book_builds: BookBuilds, edition: str) -> None:
    """Every local resource and link of every page exists (anchors within pages aside)."""
    out = book_builds.out(edition)
    missing = []
    for page in _pages(out):
        parsed = parse(page)
        urls = [url for _, url in parsed.resources] + [a.get("href", "") for a in parsed.anchors]
        for url in urls:
            if not url or url.startswith(("data:", "#", "mailto:", "javascript:")) or _is_remote(url):
                continue
            target = (page.parent / url.split("?")[0].split("#")[0]).resolve()
            if not target.exists():
                missing.append(f"{page.relative_to(out)}: {url}")
    assert not missing, missing


# --- the chronology ----------------------------------------------------------------------------------


def _chronology_pages(out: Path) -> list[Path]:
    return [out / "chronology.html", *sorted((out / "chronology").glob("*.html"))]


@pytest.mark.parametrize("edition", list(book.EDITIONS))
def test_chronology_has_every_happening_in_both_editions(book_builds: BookBuilds, edition: str) -> None:
    import azru

    out = book_builds.out(edition)
    happenings = azru.load().happenings
    ids: dict[str, int] = {}
    for page in _chronology_pages(out):
        html = page.read_text(encoding="utf-8")
        for found in re.findall(r'<article class="azru-happening" id="([^"]+)"', html):
            ids[found] = ids.get(found, 0) + 1
    assert sorted(ids) == sorted(happenings["happening_id"]) and set(ids.values()) == {1}
    years = sorted({int(y) for y in happenings["year"]})
    landing = (out / "chronology.html").read_text(encoding="utf-8")
    bars = re.findall(r'<a href="(chronology/[0-9-]+\.html)#year-(\d{4})" aria-label=', landing)
    assert [int(y) for _, y in bars] == years, "the SVG chart links every year with happenings, once"
    for page, year in bars:
        assert f'<section id="year-{year}"' in (out / page).read_text(encoding="utf-8"), (page, year)
    toc = (book_builds.staged(edition) / "_toc.yml").read_text()
    assert "- file: chronology\n" in toc and "- file: chronology/2020-2025\n" in toc and "- file: coding\n" in toc


def test_chronology_downloads_and_links_resolve(book_builds: BookBuilds) -> None:
    """The CSV files are linked and written; every link with a fragment from the chronology finds its id."""
    out = book_builds.out("teacher")
    landing = parse(out / "chronology.html")
    downloads = [a["href"] for a in landing.anchors if "download" in a]
    assert downloads == ["chronology/index-by-year.csv", "chronology/happenings.csv"], downloads
    rows = (out / "chronology" / "happenings.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("happening_id,date,") and "cameo_code" in rows[0] and "urls" in rows[0]
    ids: dict[Path, set[str]] = {}
    missing = []
    lessons = [out / f"{p.stem}.html" for p in book.chapters()]
    linked = [a for page in lessons for a in parse(page).anchors if "azru-happening-link" in a.get("class", "")]
    assert len(linked) >= 4, "the happening ids in the lessons' tables link to the chronology"
    for page in [*_chronology_pages(out), *lessons]:
        for anchor in parse(page).anchors:
            href = anchor.get("href", "")
            if "#" not in href or _is_remote(href) or (page in lessons and "chronology/" not in href):
                continue
            path, fragment = href.split("#", 1)
            target = (page.parent / path).resolve() if path else page.resolve()
            if target not in ids:
                ids[target] = set(re.findall(r'\sid="([^"]+)"', target.read_text(encoding="utf-8")))
            if fragment and fragment not in ids[target]:
                missing.append(f"{page.relative_to(out)}: {href}")
    assert not missing, f"{len(missing)} links to no id, e.g. {missing[:5]}"


def test_chronology_is_in_the_search_index(book_builds: BookBuilds) -> None:
    import azru

    index = (book_builds.out("student") / "searchindex.js").read_text(encoding="utf-8")
    data = json.loads(index[index.index("(") + 1 : index.rindex(")")])
    docs = data["docnames"]
    assert "chronology" in docs and "chronology/2020-2025" in docs
    chronology = {i for i, name in enumerate(docs) if name.startswith("chronology/")}
    # A word of a happening's summary (stemmed as Sphinx stems it) leads to a chronology page.
    for word in ("peacekeep", "gabala", "zheleznovodsk"):
        found = data["terms"].get(word)
        found = [found] if isinstance(found, int) else (found or [])
        assert chronology & set(found), word
    assert len(azru.load().happenings) > 200


def test_chronology_is_the_same_in_both_editions(book_builds: BookBuilds) -> None:
    """What the chronology shows does not depend on the edition (tests/test_browser.py audits it once)."""

    def shown(edition: str, page: str) -> list[str]:
        html = (book_builds.out(edition) / f"{page}.html").read_text(encoding="utf-8")
        parts = r'<article class="azru-happening".*?</article>|<svg role="group".*?</svg>|<table class="azru-codes".*?</table>'
        return re.findall(parts, html, re.S)

    for page in ("chronology", "chronology/1991-1999", "chronology/2020-2025"):
        teacher = shown("teacher", page)
        assert teacher and teacher == shown("student", page), page
