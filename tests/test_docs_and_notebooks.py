"""Generated docs are fresh; notebooks are paired, shaped like lessons and executed in order."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import jupytext
import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
ALLOWED_IMPORTS = {"azru", "pandas", "matplotlib", "dataclasses"}


def test_data_readme_is_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_data_readme.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS and NOTEBOOKS[0].name == "00_introduction.ipynb"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_paired_text_file_in_sync(path: Path) -> None:
    text = path.with_suffix(".py")
    assert text.exists(), f"{text.name} missing: pair with jupytext"
    from_text = jupytext.read(text)
    stored = nbformat.read(path, as_version=4)
    assert [(c.cell_type, c.source) for c in from_text.cells] == [(c.cell_type, c.source) for c in stored.cells]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_as_jupyter_saves_it(path: Path) -> None:
    """Opening and saving a lesson in Jupyter (nbformat's writer) leaves no diff."""
    assert (nbformat.writes(nbformat.read(path, as_version=4)) + "\n").encode() == path.read_bytes()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_executed_once_in_order(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    counts = [c.execution_count for c in notebook.cells if c.cell_type == "code"]
    assert counts == list(range(1, len(counts) + 1))
    assert not [o for c in notebook.cells for o in c.get("outputs", []) if o.output_type == "error"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_lesson_shape(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    markdown = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    code = "\n".join(c.source for c in notebook.cells if c.cell_type == "code")
    assert notebook.cells[0].source.startswith("# "), "opens with a title"
    assert "Learning objectives" in markdown
    assert "Exercise" in markdown
    assert any("solution" in c.metadata.get("tags", []) for c in notebook.cells), "worked solutions tagged 'solution'"
    assert "## References" in markdown
    imported = set(re.findall(r"^\s*(?:from|import)\s+([A-Za-z_]\w*)", code, re.M))
    assert imported <= ALLOWED_IMPORTS, imported - ALLOWED_IMPORTS
    # LESSONS.md: the time under the title, at most four charts, short cells, take-aways.
    assert re.search(r"\*About \d\d minutes", notebook.cells[0].source), "time estimate under the title"
    assert re.search(r"^#+ Take-aways", markdown, re.M | re.I), "take-aways"
    longest = max(len(c.source.splitlines()) for c in notebook.cells if c.cell_type == "code")
    assert longest <= 15, f"a code cell of {longest} lines"
    charts = [o for c in notebook.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert 1 <= len(charts) <= 4, f"{len(charts)} charts"
    # A chart stored only as an HTML figure is lost in LaTeX and PDF exports, which keep the PNG alone.
    figures = [o for c in notebook.cells for o in c.get("outputs", []) if "azru-figure" in str(o.get("data", {}))]
    assert all("image/png" in o["data"] for o in figures), "a chart stored only as HTML (azru.charts.show adds the PNG)"
    for output in charts:
        assert len(output.get("metadata", {}).get("image/png", {}).get("alt", "")) >= 20, "alt text with the PNG"
        html = output["data"].get("text/html", "")
        assert re.search(r'alt="[^"]{20,}"', html) and "<figcaption>Figure " in html


def test_at_most_thirty_charts_in_the_course() -> None:
    total = sum(
        "image/png" in o.get("data", {})
        for path in NOTEBOOKS
        for c in nbformat.read(path, as_version=4).cells
        for o in c.get("outputs", [])
    )
    assert 8 <= total <= 30, total


def _stored_text(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            parts.extend(output.get("data", {}).get(kind, "") for kind in ("text/plain", "text/html"))
    return "\n".join(parts)


def test_reading_the_sources_shows_what_the_checks_find() -> None:
    """Lesson 08 tabulates the findings of every check that finds something, as they are now."""
    import pandas as pd

    import azru

    notebook = nbformat.read(ROOT / "notebooks" / "08_reading_the_sources.ipynb", as_version=4)
    table = 'pd.crosstab(findings["check"], findings["severity"])'
    cells = [c for c in notebook.cells if c.cell_type == "code" and table in c.source]
    assert len(cells) == 1, "lesson 08 tabulates the findings by check and severity in one cell"
    (shown,) = [o["data"]["text/plain"] for o in cells[0].get("outputs", []) if "text/plain" in o.get("data", {})]
    findings = azru.check()
    assert len(findings) > 0
    # The whole table as stored, cell by cell: a check added, dropped or finding more fails here.
    assert shown == repr(pd.crosstab(findings["check"], findings["severity"])), "lesson 08 shows stale findings"


def test_two_versions_counts_the_disputed_reports_from_the_data() -> None:
    """Lesson 09 shows how many reports of each happening are disputed (the border treaty has two), as the data gives them."""
    import azru

    events = azru.load().events
    treaty = events[events["happening_id"] == "treaty-on-the-state-border-signed"]
    disputed = int((treaty["status"] == "disputed").sum())
    assert disputed >= 2
    stored = _stored_text(nbformat.read(ROOT / "notebooks" / "09_two_versions_of_a_fact.ipynb", as_version=4))
    rows = [line for line in stored.splitlines() if line.startswith("treaty-on-the-state-border-signed")]
    assert any(row.split()[-1] == str(disputed) for row in rows), rows  # the wide table wraps: the count ends one line
