"""The reading edition: every notebook rendered to a static HTML book, offline.

``azru book`` builds with Jupyter Book 1 (Sphinx, myst-nb, sphinx-book-theme)
from the outputs stored in the notebooks; it never executes them (nbval checks
the stored outputs against a fresh run). It copies the pages of ``book/`` and
the notebooks ``notebooks/NN_*.ipynb`` (found at build time, in order) into a
staging folder under ``_build/``, adds the generated pages (references, data)
and the table of contents, and builds there; ``notebooks/`` is never written.

Two editions:

- ``teacher`` (``_build/html/``): worked solutions folded under a *Show
  solution* button (the myst-nb ``hide-cell`` tag, added in the staged copy);
- ``student`` (``_build/student/``): every cell tagged ``solution`` replaced
  by the prompt ``# Your answer here``, its outputs dropped
  (:func:`azru.exercises.strip_solutions`).

A rebuild with nothing changed is skipped: a hash of every input is kept in
the output folder. A rebuild after a change reads only the changed pages (the
staging folder and Sphinx's doctrees are kept, and only changed files are
rewritten there) and writes the pages Sphinx finds outdated; when the table of
contents or a page title changed, it writes every page, since each one shows
the whole table of contents and its neighbours' titles.

>>> import nbformat
>>> nb = nbformat.v4.new_notebook(cells=[
...     nbformat.v4.new_markdown_cell("**Exercise 1.** Count the events."),
...     nbformat.v4.new_code_cell("len(facts.events)", metadata={"tags": ["solution"]}),
... ])
>>> teacher = edition_notebook(nb, "teacher")
>>> teacher.cells[1].metadata["tags"], teacher.cells[1].source
(['solution', 'hide-cell'], 'len(facts.events)')
>>> student = edition_notebook(nb, "student")
>>> [is_solution(cell) for cell in student.cells], "len(facts.events)" in student.cells[1].source
([False, False], False)
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from azru.location import checkout_root

__all__ = [
    "EDITIONS",
    "ROOT",
    "BuildResult",
    "build",
    "chapters",
    "data_page",
    "edition_notebook",
    "is_solution",
    "main",
    "navigation_signature",
    "references_page",
    "setup",
    "stage",
    "strip_solutions",
    "toc",
]

# The book is built from a source checkout: the one azru runs from (editable install), else the
# current folder. Its data is the checkout's data/ (azru.location states the rule).
ROOT = checkout_root() or Path.cwd()
EDITIONS = {"teacher": "html", "student": "student"}  # edition -> output folder under _build/
SOLUTION_TAG = "solution"
STAMP = ".azru-book.json"
WRITTEN_PROMPT = "*Your answer here.*"
GENERATED_PAGES = ("references", "glossary", "data")


def chapters(root: Path = ROOT) -> list[Path]:
    """The numbered notebooks ``notebooks/NN_*.ipynb`` in course order."""
    return sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def is_solution(cell: Any) -> bool:
    """Whether a notebook cell is a worked solution (tagged ``solution``)."""
    return SOLUTION_TAG in cell.get("metadata", {}).get("tags", [])


def strip_solutions(notebook: Any) -> Any:
    """The student's copy: ``azru.exercises.strip_solutions`` (each solution's code replaced by a prompt,
    outputs dropped), and any other cell tagged ``solution`` (a written answer) replaced the same way."""
    from azru.exercises import strip_solutions as strip_code

    result = strip_code(notebook)
    for cell in result.cells:
        if is_solution(cell):
            cell.source = WRITTEN_PROMPT
            cell.metadata["tags"] = [t for t in cell.metadata["tags"] if t != SOLUTION_TAG]
            if not cell.metadata["tags"]:
                del cell.metadata["tags"]
    return result


def edition_notebook(notebook: Any, edition: str) -> Any:
    """The notebook as staged for ``edition``: solutions folded (teacher) or removed (student)."""
    if edition == "student":
        return strip_solutions(notebook)
    if edition != "teacher":
        raise ValueError(f"unknown edition {edition!r}; choose from {', '.join(EDITIONS)}")
    notebook = copy.deepcopy(notebook)
    for cell in notebook.cells:
        if is_solution(cell) and cell.cell_type == "code":
            tags = cell.metadata.setdefault("tags", [])
            if "hide-cell" not in tags:
                tags.append("hide-cell")
            cell.metadata["mystnb"] = {"code_prompt_show": "Show solution", "code_prompt_hide": "Hide solution"}
    return notebook


def _md(text: Any) -> str:
    """Text made safe for a Markdown paragraph or table cell."""
    text = str(text).replace("\n", " ")
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


def _kind_order(descriptor: dict[str, Any]) -> list[str]:
    for resource in descriptor.get("resources", []):
        if resource["name"] == "sources":
            for spec in resource["schema"]["fields"]:
                if spec["name"] == "kind":
                    return list(spec.get("constraints", {}).get("enum", []))
    return []


KIND_TITLES = {
    "encyclopedia": "Encyclopedias",
    "official": "Official statements and documents",
    "treaty": "Treaties and agreements",
    "statistics": "Statistics",
    "news": "News reports",
    "analysis": "Analysis",
    "secondary": "Other secondary sources",
    "dataset": "Data sets",
    "census": "Censuses",
}


def references_page(facts: Any) -> str:
    """The References page: each cited source once, grouped by kind, with the ids of the facts citing it.

    >>> import azru
    >>> page = references_page(azru.load())
    >>> page.splitlines()[0], "seed-trade-turnover-2008" in page
    ('# References', True)
    """
    users: dict[str, dict[str, list[str]]] = {}
    for table in ("events", "measures", "places", "actors"):
        frame = facts.tables[table]
        id_column = frame.columns[0]
        for fact_id, source_id in zip(frame[id_column], frame["source_id"], strict=True):
            users.setdefault(str(source_id), {}).setdefault(table, []).append(str(fact_id))
    coding: dict[str, int] = {}  # sources of the coding table (cameo_codes): counted, not listed code by code
    codes = facts.tables.get("cameo_codes")
    if codes is not None:
        for column in [c for c in codes.columns if c == "source_id" or c.endswith("_source_id")]:
            for source_id, count in codes[column].dropna().astype(str).value_counts().items():
                coding[source_id] = coding.get(source_id, 0) + int(count)
    sources = facts.sources.assign(kind=facts.sources["kind"].astype(str))
    order = _kind_order(facts.descriptor)
    kinds = sorted(set(sources["kind"]), key=lambda k: (order.index(k) if k in order else len(order), k))
    cited = sources[sources["source_id"].isin(users) | sources["source_id"].isin(coding)]
    lines = [
        "# References",
        "",
        f"The {len(cited)} documents that the facts of this course come from, grouped by kind. Under each,",
        "the ids of the facts (events, measures, places, actors) that cite it: `azru cite ID` prints",
        "the citation of any of them as text, Markdown or BibTeX. Generated from `data/sources.csv`.",
        "",
    ]
    for kind in kinds:
        group = cited[cited["kind"] == kind].sort_values(["publisher", "title", "source_id"])
        if group.empty:
            continue
        lines += [f"## {KIND_TITLES.get(kind, kind.capitalize())}", ""]
        for row in group.itertuples(index=False):
            published = f" Published {row.published}." if isinstance(row.published, str) and row.published else ""
            accessed = row.accessed.strftime("%Y-%m-%d") if hasattr(row.accessed, "strftime") else str(row.accessed)
            lines.append(
                f"- {_md(row.publisher)}. [{_md(row.title)}]({row.url}).{published} Accessed {accessed}. "
                f"Source id `{row.source_id}`."
            )
            uses = users.get(str(row.source_id), {})
            count = sum(len(ids) for ids in uses.values())
            parts = [f"{table}: " + ", ".join(f"`{i}`" for i in sorted(ids)) for table, ids in uses.items()]
            if uses:
                lines += ["", f"  *Cited by {count} fact{'s' if count != 1 else ''}:* " + "; ".join(parts) + ".", ""]
            if str(row.source_id) in coding:
                lines += ["", f"  *Used by the coding table* `cameo_codes`: {coding[str(row.source_id)]} codes.", ""]
    unused = sources[~sources["source_id"].isin(users) & ~sources["source_id"].isin(coding)]
    if not unused.empty:
        ids = ", ".join(f"`{i}`" for i in sorted(unused["source_id"]))
        lines += ["## Listed but not cited", "", f"Sources in the data that no fact cites yet: {ids}.", ""]
    return "\n".join(lines).rstrip() + "\n"


def data_page(facts: Any) -> str:
    """The Data page: tables, columns, units and licences, from ``data/datapackage.json``.

    >>> import azru
    >>> page = data_page(azru.load())
    >>> page.splitlines()[0], "| `measure_id` |" in page, "CC-BY-4.0" in page
    ('# The data', True, True)
    """
    from azru.docs import column_dictionary, indicators

    package = facts.descriptor

    def licences(entry: dict[str, Any]) -> str:
        found = entry.get("licenses") or []
        return "; ".join(
            f"[{_md(lic.get('title', lic['name']))}]({lic['path']}) ({lic['name']})" if lic.get("path") else lic["name"]
            for lic in found
        )

    package_licence = licences(package) or "not stated"
    lines = [
        "# The data",
        "",
        _md(package.get("description", "")),
        "",
        f"- **Package**: `{package.get('name', '')}`, version {package.get('version', '?')}, "
        "a Frictionless data package in `data/` (`data/datapackage.json` describes it; this page is generated from it).",
        f"- **Licence**: {package_licence}. Titles, summaries and notes are the project's own words; "
        "the documents they cite belong to their publishers.",
        "- **Integrity**: the descriptor records each file's sha256; the loader refuses a file whose bytes changed.",
        "",
        "## Tables",
        "",
        "| table | file | rows | one row is | licence |",
        "| --- | --- | --- | --- | --- |",
    ]
    for resource in package["resources"]:
        rows = len(facts.tables[resource["name"]]) if resource["name"] in facts.tables else ""
        lines.append(
            f"| `{resource['name']}` | `{resource['path']}` | {rows} | {_md(resource.get('description', ''))} | "
            f"{licences(resource) or 'as the package'} |"
        )
    measures = facts.measures.assign(unit=facts.measures["unit"].astype(str))
    unit_rows = [
        f"| `{unit}` | {len(group)} | "
        + ", ".join(f"`{i}`" for i in sorted(group["indicator"].astype(str).unique()))
        + " |"
        for unit, group in measures.groupby("unit", sort=True)
    ]
    fixed_units = [
        f"| `{spec['unit']}` | `{resource['name']}.{spec['name']}` |"
        for resource in package["resources"]
        for spec in resource["schema"]["fields"]
        if spec.get("unit")
    ]
    lines += [
        "",
        "## Units",
        "",
        "Numbers are stored in base units (USD, not million USD). The `measures` table keeps the unit of each",
        "value in its `unit` column:",
        "",
        "| unit | measures | indicators |",
        "| --- | --- | --- |",
        *unit_rows,
    ]
    if fixed_units:
        lines += ["", "Columns with a fixed unit:", "", "| unit | column |", "| --- | --- |", *fixed_units]
    lines += [
        "",
        "## Indicators",
        "",
        indicators(facts).rstrip(),
        "",
        "## Columns",
        "",
        column_dictionary(package).replace("### `", "### Columns of `").rstrip(),
        "",
    ]
    return "\n".join(lines)


def toc(chapter_names: Sequence[str]) -> str:
    """The ``_toc.yml`` (sphinx-external-toc, ``jb-book``): landing page, lessons, reference pages.

    >>> print(toc(["00_introduction"]))  # doctest: +ELLIPSIS
    format: jb-book
    root: intro
    parts:
    - caption: Lessons
      chapters:
      - file: 00_introduction
    - caption: Reference
    ...
    """
    lines = ["format: jb-book", "root: intro", "parts:", "- caption: Lessons", "  chapters:"]
    lines += [f"  - file: {name}" for name in chapter_names]
    lines += ["- caption: Reference", "  chapters:"]
    lines += [f"  - file: {name}" for name in GENERATED_PAGES]
    return "\n".join(lines) + "\n"


def _notebook_bytes(path: Path, edition: str) -> bytes:
    import nbformat

    notebook = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
    return (nbformat.writes(edition_notebook(notebook, edition)) + "\n").encode("utf-8")


def staged_files(edition: str, root: Path = ROOT) -> dict[str, bytes]:
    """Every file of the staging folder for ``edition``, by relative path: pages, notebooks, config, toc."""
    import azru

    if edition not in EDITIONS:
        raise ValueError(f"unknown edition {edition!r}; choose from {', '.join(EDITIONS)}")
    facts = azru.load(root / "data" / "datapackage.json")
    book = root / "book"
    files: dict[str, bytes] = {}
    for path in sorted(book.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            files[path.relative_to(book).as_posix()] = path.read_bytes()
    notebooks = chapters(root)
    for path in notebooks:
        files[path.name] = _notebook_bytes(path, edition)
    files["references.md"] = references_page(facts).encode("utf-8")
    files["data.md"] = data_page(facts).encode("utf-8")
    files["_toc.yml"] = toc([p.stem for p in notebooks]).encode("utf-8")
    return files


def stage(files: dict[str, bytes], folder: Path) -> list[str]:
    """Write ``files`` into ``folder``, touching only changed ones and deleting stale ones; return what changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, content in files.items():
        target = folder / name
        if not target.is_file() or target.read_bytes() != content:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            changed.append(name)
    for path in sorted(folder.rglob("*"), reverse=True):
        name = path.relative_to(folder).as_posix()
        if path.is_file() and name not in files:
            path.unlink()
            changed.append(name)
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return changed


def _title(name: str, content: bytes) -> str:
    """The first Markdown heading of a staged page or notebook ('' when none)."""
    if name.endswith(".ipynb"):
        cells = json.loads(content).get("cells", [])
        text = "\n".join("".join(c["source"]) for c in cells if c.get("cell_type") == "markdown")
    else:
        text = content.decode("utf-8", errors="replace")
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
    return ""


def navigation_signature(files: dict[str, bytes]) -> str:
    r"""A hash of what every page's navigation shows: the table of contents and each page's title.

    >>> a = {"_toc.yml": b"root: intro", "intro.md": b"# Welcome", "x.md": b"# X\ntext"}
    >>> navigation_signature(a) == navigation_signature({**a, "x.md": b"# X\nother text"})
    True
    >>> navigation_signature(a) == navigation_signature({**a, "x.md": b"# Y\ntext"})
    False
    """
    digest = hashlib.sha256(files.get("_toc.yml", b""))
    for name in sorted(files):
        if name.endswith((".md", ".ipynb")):
            digest.update(f"\0{name}\0{_title(name, files[name])}".encode())
    return digest.hexdigest()


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in ("jupyter-book", "sphinx", "myst-nb", "sphinx-book-theme", "pydata-sphinx-theme"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "missing"
    return found


# The modules whose code shapes the staged files (the charts do not: outputs are stored in the notebooks).
BUILD_MODULES = ("book", "exercises", "docs", "data", "validate", "dates", "errors")


def _input_digest(edition: str, root: Path = ROOT) -> str:
    """A hash of everything a build reads: notebooks, pages, data, the modules that stage them, the builders."""
    package = Path(__file__).resolve().parent
    inputs = [
        *chapters(root),
        *(p for p in sorted((root / "book").rglob("*")) if p.is_file()),
        *sorted((root / "data").glob("*.csv")),
        root / "data" / "datapackage.json",
        *(package / f"{name}.py" for name in BUILD_MODULES if (package / f"{name}.py").is_file()),
    ]
    digest = hashlib.sha256(json.dumps({"edition": edition, "versions": _versions()}, sort_keys=True).encode())
    for path in inputs:
        name = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()
        digest.update(name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@dataclass(frozen=True)
class BuildResult:
    """Where a build went, how long it took, and whether it was skipped as up to date."""

    edition: str
    out: Path
    stage: Path
    seconds: float
    skipped: bool
    pages: int


def _progress(message: str) -> None:
    print(message, flush=True)


def build(
    edition: str = "teacher",
    out: Path | None = None,
    *,
    root: Path = ROOT,
    stage_dir: Path | None = None,
    force: bool = False,
    log: Callable[[str], None] = _progress,
) -> BuildResult:
    """Build one edition of the book; skip when nothing changed since the last build into ``out``."""
    started = time.perf_counter()
    if edition not in EDITIONS:
        raise ValueError(f"unknown edition {edition!r}; choose from {', '.join(EDITIONS)}")
    out = Path(out) if out is not None else root / "_build" / EDITIONS[edition]
    base = Path(stage_dir) if stage_dir is not None else root / "_build" / ".stage" / edition
    source, doctrees = base / "src", base / "doctrees"
    names = [p.stem for p in chapters(root)]
    digest = _input_digest(edition, root)
    stamp = out / STAMP
    expected = [out / "index.html", *(out / f"{name}.html" for name in names)]
    up_to_date = stamp.is_file() and all(p.is_file() for p in expected)
    if not force and up_to_date and json.loads(stamp.read_text(encoding="utf-8")).get("inputs") == digest:
        seconds = time.perf_counter() - started
        log(f"azru book: {edition} edition up to date in {out} ({len(names)} notebooks; nothing changed)")
        return BuildResult(edition, out, base, seconds, True, len(names))
    files = staged_files(edition, root)
    if force and out.exists():
        shutil.rmtree(out)
    changed = stage(files, source)
    log(
        f"azru book: {edition} edition, {len(names)} notebooks ({', '.join(names)}); "
        f"{len(changed)} staged file(s) changed; -> {out}"
    )
    # Every page shows the table of contents and its neighbours' titles: when those change
    # (a chapter added, removed or renamed), every page is written again, not only the changed ones.
    navigation = navigation_signature(files)
    nav_stamp = base / "navigation.sha256"
    rewrite_all = force or not nav_stamp.is_file() or nav_stamp.read_text() != navigation
    code = _sphinx(source, out, doctrees, force=force, write_all=rewrite_all)
    if code != 0:
        raise RuntimeError(f"azru book: the {edition} edition failed to build (Sphinx said {code!r})")
    nav_stamp.write_text(navigation)
    stamp.write_text(json.dumps({"inputs": digest, "edition": edition}, indent=1) + "\n", encoding="utf-8")
    seconds = time.perf_counter() - started
    log(f"azru book: {edition} edition built in {seconds:.1f} s: open {out / 'index.html'}")
    return BuildResult(edition, out, base, seconds, False, len(names))


def _sphinx(source: Path, out: Path, doctrees: Path, force: bool, write_all: bool) -> int | Exception:
    import os

    from jupyter_book.sphinx import build_sphinx

    previous = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "1795046400"  # 2026-11-18: a fixed date for anything Sphinx stamps
    try:
        return build_sphinx(
            source,
            out,
            noconfig=True,
            path_config=str(source / "_config.yml"),
            confoverrides={"external_toc_path": (source / "_toc.yml").as_posix(), "latex_individualpages": False},
            doctreedir=doctrees,
            builder="html",
            freshenv=force,
            force_all=write_all,  # Sphinx reads only changed pages either way
            quiet=True,
        )
    finally:
        if previous is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous


# --- Sphinx extension (loaded through book/_config.yml: sphinx.extra_extensions) ---------------


def _is_external(filename: Any) -> bool:
    name = str(getattr(filename, "filename", filename) or "")
    return name.startswith(("http://", "https://", "//"))


def setup(app: Any) -> dict[str, Any]:
    """Sphinx hook: print which page is read or written and how many are left; keep every asset local."""
    state = {"read": 0, "to_read": 0, "written": 0}

    def before_read(app: Any, env: Any, docnames: list[str]) -> None:
        state["read"], state["to_read"], state["written"] = 0, len(docnames), 0
        _progress(f"  reading {len(docnames)} changed page(s) of {len(env.found_docs)}")

    def source_read(app: Any, docname: str, content: list[str]) -> None:
        state["read"] += 1
        left = state["to_read"] - state["read"]
        kind = "notebook" if docname[:2].isdigit() else "page"
        _progress(f"  [{state['read']}/{state['to_read']}] reading {kind} {docname} ({left} left)")

    def page_context(app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any) -> None:
        for key in ("script_files", "css_files"):
            if key in context:
                dropped = [f for f in context[key] if _is_external(f)]
                if dropped:
                    context[key] = [f for f in context[key] if not _is_external(f)]
                    names = ", ".join(str(getattr(f, "filename", f)) for f in dropped)
                    _progress(f"  {pagename}: dropped network asset(s) {names}")
        if doctree is not None:
            state["written"] += 1
            _progress(f"  [{state['written']}] writing {pagename}")

    app.connect("env-before-read-docs", before_read)
    app.connect("source-read", source_read)
    app.connect("html-page-context", page_context, priority=900)
    return {"parallel_read_safe": True, "parallel_write_safe": True}


# --- command line ---------------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``azru book``."""
    parser.add_argument("--edition", choices=list(EDITIONS), default="teacher", help="teacher (default) or student")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default _build/html or _build/student)")
    parser.add_argument("--force", action="store_true", help="rebuild everything, even when nothing changed")


def main(args: argparse.Namespace) -> int:
    """Run ``azru book`` with parsed arguments; return the exit status."""
    from azru.errors import DataError

    try:
        build(args.edition, args.out, force=args.force)
    except DataError as exc:
        print(f"azru: bad data: {exc}", file=sys.stderr)
        return 1
    except RuntimeError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0
