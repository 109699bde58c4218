"""Staging and building one edition: what goes in, whether anything changed, and the Sphinx run.

``build`` copies the pages of ``book/`` and the lessons ``notebooks/NN_*.ipynb``
(as the edition shows them) into a staging folder under ``_build/``, adds the
generated pages and the table of contents, and runs Sphinx there;
``notebooks/`` is never written. Beside the HTML it writes what the pages
link to: each lesson's notebook as a reader of that edition downloads it
(``notebooks/NN_*.ipynb``; the student's have no solutions, and are the same
files ``scripts/make_exercises.py`` writes) and the CSV behind each chart
(``data/NN_*/figure-N.csv``, :mod:`azru.book.figures`).

A rebuild with nothing changed is skipped: a hash of every input is kept in
the output folder. A rebuild after a change reads only the changed pages (the
staging folder and Sphinx's doctrees are kept, and only changed files are
rewritten there) and writes the pages Sphinx finds outdated; when the table of
contents or a page title changed, it writes every page, since each one shows
the whole table of contents and its neighbours' titles.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from azru.book.editions import EDITIONS, check_edition, edition_notebook, handout_notebook
from azru.book.pages import TEACHERS_DIR, title_of
from azru.location import checkout_root

__all__ = [
    "HAPPENINGS_FILE",
    "ROOT",
    "STAMP",
    "BuildResult",
    "Edition",
    "build",
    "chapters",
    "edition_files",
    "navigation_signature",
    "prune_pages",
    "stage",
    "staged_files",
    "teacher_notes",
]

# The book is built from a source checkout: the one azru runs from (editable install), else the
# current folder. Its data is the checkout's data/ (azru.location states the rule).
ROOT = checkout_root() or Path.cwd()
STAMP = ".azru-book.json"
HAPPENINGS_FILE = "_azru_happenings.json"  # staged: happening_id -> its place in the chronology
NOTEBOOKS_DIR = "notebooks"  # under the edition's output folder: the lessons as that edition's readers get them
EDITION_TITLES = {"teacher": "teacher's edition", "student": "student edition"}
BOOK_TITLE = "Azerbaijan–Russia relations since 1991"


def chapters(root: Path = ROOT) -> list[Path]:
    """The numbered notebooks ``notebooks/NN_*.ipynb`` in course order."""
    return sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def teacher_notes(root: Path = ROOT) -> list[Path]:
    """The teaching-notes files ``book/teachers/NN.toml`` in course order."""
    return sorted((root / "book" / TEACHERS_DIR).glob("[0-9][0-9].toml"))


@dataclass(frozen=True)
class Edition:
    """Everything one edition is made of: the staged sources for Sphinx, and the files written beside the HTML."""

    staged: dict[str, bytes]
    extras: dict[str, bytes]


def _write_notebook(notebook: Any) -> bytes:
    import nbformat

    return (nbformat.writes(notebook) + "\n").encode("utf-8")


def edition_files(edition: str, root: Path = ROOT) -> Edition:
    """The staged sources (pages, notebooks, config, toc) and extras (handout notebooks, chart CSVs) of ``edition``."""
    import nbformat

    import azru
    from azru.book.figures import link_chart_data
    from azru.book.pages import data_page, read_teacher_notes, references_page, teacher_page, toc

    check_edition(edition)
    facts = azru.load(root / "data" / "datapackage.json")
    book = root / "book"
    staged: dict[str, bytes] = {}
    extras: dict[str, bytes] = {}
    for path in sorted(book.rglob("*")):
        relative = path.relative_to(book)
        if path.is_file() and "__pycache__" not in path.parts and relative.parts[0] != TEACHERS_DIR:
            staged[relative.as_posix()] = path.read_bytes()
    notebooks = chapters(root)
    for path in notebooks:
        notebook = nbformat.reads(path.read_text(encoding="utf-8"), as_version=4)
        extras[f"{NOTEBOOKS_DIR}/{path.name}"] = _write_notebook(handout_notebook(notebook, edition))
        shown, csvs = link_chart_data(edition_notebook(notebook, edition), path.stem, root)
        staged[path.name] = _write_notebook(shown)
        extras.update(csvs)
    staged["references.md"] = references_page(facts).encode("utf-8")
    staged["data.md"] = data_page(facts).encode("utf-8")
    teacher_pages = []
    if edition == "teacher":
        by_number: dict[str, str] = {}
        for path in notebooks:  # a lesson split in two (01a, 01b) is linked by its first part
            by_number.setdefault(path.name[:2], path.name)
        for path in teacher_notes(root):
            notes = read_teacher_notes(path)
            name = f"{TEACHERS_DIR}/{notes.lesson}"
            staged[f"{name}.md"] = teacher_page(notes, by_number).encode("utf-8")
            teacher_pages.append(name)
    chronology = _chronology(facts, root, staged, extras)
    staged["_toc.yml"] = toc([p.stem for p in notebooks], teacher_pages, chronology).encode("utf-8")
    return Edition(staged, extras)


def _chronology(facts: Any, root: Path, staged: dict[str, bytes], extras: dict[str, bytes]) -> list[str]:
    """Stage the chronology's pages and the coding rules (data/CODING.md); add its CSVs; return its page names."""
    from azru.book.chronology import LANDING, chronology_extras, chronology_pages, happening_places
    from azru.book.pages import CODING_PAGE
    from azru.happening import happening_records

    records = happening_records(facts)
    pages = chronology_pages(facts, records)
    for name, text in pages.items():
        staged[f"{name}.md"] = text.encode("utf-8")
    extras.update(chronology_extras(facts, records))
    staged[f"{CODING_PAGE}.md"] = (root / "data" / "CODING.md").read_bytes()
    places = happening_places(records)  # for the lessons' tables (azru.book.extension.link_happenings)
    staged[HAPPENINGS_FILE] = (json.dumps(places, indent=0, sort_keys=True) + "\n").encode("utf-8")
    return [LANDING, *(name for name in pages if name != LANDING)]


def staged_files(edition: str, root: Path = ROOT) -> dict[str, bytes]:
    """Every file of the staging folder for ``edition``, by relative path: pages, notebooks, config, toc."""
    return edition_files(edition, root).staged


def stage(files: dict[str, bytes], folder: Path, *, prune: bool = True) -> list[str]:
    """Write ``files`` into ``folder``, touching only changed ones (and deleting stale ones); return what changed."""
    folder.mkdir(parents=True, exist_ok=True)
    changed = []
    for name, content in files.items():
        target = folder / name
        if not target.is_file() or target.read_bytes() != content:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
            changed.append(name)
    if not prune:
        return changed
    for path in sorted(folder.rglob("*"), reverse=True):
        name = path.relative_to(folder).as_posix()
        if path.is_file() and name not in files:
            path.unlink()
            changed.append(name)
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    return changed


#: Pages with no source file of their own: the root redirect and what Sphinx writes itself.
GENERATED_PAGES = frozenset({"index", "genindex", "search", "py-modindex"})
SOURCE_SUFFIXES = (".md", ".ipynb", ".rst")


def prune_pages(out: Path, staged: dict[str, bytes]) -> list[str]:
    """Delete the HTML pages in ``out`` whose source is no longer staged; return their names.

    Sphinx builds incrementally and never removes the page of a document that is gone, so a
    renamed or removed lesson would stay in the book, linked from nowhere but still searchable.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp())
    >>> for name in ("01_history.html", "02_old.html", "search.html", "_static/x.html"):
    ...     (out / name).parent.mkdir(exist_ok=True)
    ...     _ = (out / name).write_text("x")
    >>> prune_pages(out, {"01_history.ipynb": b""})
    ['02_old.html']
    """
    documents = {name.rsplit(".", 1)[0] for name in staged if name.endswith(SOURCE_SUFFIXES)}
    removed = []
    for page in sorted(out.rglob("*.html")):
        name = page.relative_to(out).as_posix()
        if name.startswith(("_", "data/", f"{NOTEBOOKS_DIR}/")):
            continue  # theme files and the files the pages link to are not pages
        document = name[: -len(".html")]
        if document not in documents and document not in GENERATED_PAGES:
            page.unlink()
            removed.append(name)
    return removed


def navigation_signature(files: dict[str, bytes]) -> str:
    r"""A hash of what every page's navigation shows: the table of contents and each page's title.

    >>> a = {"_toc.yml": b"root: intro", "intro.md": b"# Welcome", "x.md": b"# X\ntext"}
    >>> navigation_signature(a) == navigation_signature({**a, "x.md": b"# X\nother text"})
    True
    >>> navigation_signature(a) == navigation_signature({**a, "x.md": b"# Y\ntext"})
    False
    """
    digest = hashlib.sha256(files.get("_toc.yml", b""))
    # Where each happening is in the chronology: the lessons link their ids there when written.
    digest.update(files.get(HAPPENINGS_FILE, b""))
    for name in sorted(files):
        if name.endswith((".md", ".ipynb")):
            digest.update(f"\0{name}\0{title_of(name, files[name])}".encode())
    return digest.hexdigest()


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for name in ("jupyter-book", "sphinx", "myst-nb", "sphinx-book-theme", "pydata-sphinx-theme", "nbformat"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:
            found[name] = "missing"
    return found


def _input_digest(edition: str, root: Path = ROOT) -> str:
    """A hash of everything a build reads: notebooks, pages, data, azru's code (less the charts), the builders."""
    package = Path(__file__).resolve().parents[1]
    code = [p for p in sorted(package.rglob("*.py")) if "charts" not in p.relative_to(package).parts]
    inputs = [
        *chapters(root),
        *(p for p in sorted((root / "book").rglob("*")) if p.is_file() and "__pycache__" not in p.parts),
        *sorted((root / "data").glob("*.csv")),
        root / "data" / "CODING.md",
        root / "data" / "datapackage.json",
        *code,
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
    check_edition(edition)
    out = Path(out) if out is not None else root / "_build" / EDITIONS[edition]
    base = Path(stage_dir) if stage_dir is not None else root / "_build" / ".stage" / edition
    source, doctrees = base / "src", base / "doctrees"
    names = [p.stem for p in chapters(root)]
    digest = _input_digest(edition, root)
    stamp = out / STAMP
    expected = [out / "index.html", *(out / f"{name}.html" for name in names)]
    expected += [out / NOTEBOOKS_DIR / f"{name}.ipynb" for name in names]
    up_to_date = stamp.is_file() and all(p.is_file() for p in expected)
    if not force and up_to_date and json.loads(stamp.read_text(encoding="utf-8")).get("inputs") == digest:
        seconds = time.perf_counter() - started
        log(f"azru book: {edition} edition up to date in {out} ({len(names)} notebooks; nothing changed)")
        return BuildResult(edition, out, base, seconds, True, len(names))
    files = edition_files(edition, root)
    if force and out.exists():
        shutil.rmtree(out)
    changed = stage(files.staged, source)
    log(
        f"azru book: {edition} edition, {len(names)} notebooks ({', '.join(names)}); "
        f"{len(changed)} staged file(s) changed; -> {out}"
    )
    # Every page shows the table of contents and its neighbours' titles: when those change
    # (a chapter added, removed or renamed), every page is written again, not only the changed ones.
    navigation = navigation_signature(files.staged)
    nav_stamp = base / "navigation.sha256"
    rewrite_all = force or not nav_stamp.is_file() or nav_stamp.read_text() != navigation
    code = _sphinx(edition, source, out, doctrees, force=force, write_all=rewrite_all)
    if code != 0:
        raise RuntimeError(f"azru book: the {edition} edition failed to build (Sphinx said {code!r})")
    prune_pages(out, files.staged)
    # Sphinx copies the static files only when it writes a page: a changed stylesheet alone would stay behind.
    stage({n: files.staged[n] for n in changed if n.startswith("_static/") and n in files.staged}, out, prune=False)
    for folder in (NOTEBOOKS_DIR, "data"):  # what the pages link to, written fresh (stale files removed)
        if (out / folder).is_dir():
            shutil.rmtree(out / folder)
    stage(files.extras, out, prune=False)
    nav_stamp.write_text(navigation)
    stamp.write_text(json.dumps({"inputs": digest, "edition": edition}, indent=1) + "\n", encoding="utf-8")
    seconds = time.perf_counter() - started
    log(f"azru book: {edition} edition built in {seconds:.1f} s: open {out / 'index.html'}")
    return BuildResult(edition, out, base, seconds, False, len(names))


def confoverrides(edition: str, source: Path) -> dict[str, Any]:
    """What differs between editions in the Sphinx configuration: the title and the landing page's words."""
    from azru.book.pages import edition_substitutions

    return {
        "external_toc_path": (source / "_toc.yml").as_posix(),
        "latex_individualpages": False,
        "html_title": f"{BOOK_TITLE} ({EDITION_TITLES[edition]})",
        "myst_substitutions": edition_substitutions(edition),
    }


def _sphinx(edition: str, source: Path, out: Path, doctrees: Path, force: bool, write_all: bool) -> int | Exception:
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
            confoverrides=confoverrides(edition, source),
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
