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


def test_reading_the_sources_shows_what_the_checks_find() -> None:
    """Lesson 06 tabulates the findings of every check that finds something, as they are now."""
    import pandas as pd

    import azru

    notebook = nbformat.read(ROOT / "notebooks" / "06_reading_the_sources.ipynb", as_version=4)
    table = 'pd.crosstab(findings["check"], findings["severity"])'
    cells = [c for c in notebook.cells if c.cell_type == "code" and table in c.source]
    assert len(cells) == 1, "lesson 06 tabulates the findings by check and severity in one cell"
    (shown,) = [o["data"]["text/plain"] for o in cells[0].get("outputs", []) if "text/plain" in o.get("data", {})]
    findings = azru.check()
    assert len(findings) > 0
    # The whole table as stored, cell by cell: a check added, dropped or finding more fails here.
    assert shown == repr(pd.crosstab(findings["check"], findings["severity"])), "lesson 06 shows stale findings"
