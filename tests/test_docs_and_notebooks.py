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
    figures = [
        o
        for c in notebook.cells
        for o in c.get("outputs", [])
        if "azru-figure" in o.get("data", {}).get("text/html", "")
    ]
    needed = 1 if path.stem.startswith("00") else 3
    assert len(figures) >= needed, f"{len(figures)} charts with caption and alt text"
    for output in figures:
        html = output["data"]["text/html"]
        assert re.search(r'alt="[^"]{20,}"', html) and "<figcaption>Figure " in html


def _stored_text(notebook: nbformat.NotebookNode) -> str:
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            parts.extend(output.get("data", {}).get(kind, "") for kind in ("text/plain", "text/html"))
    return "\n".join(parts)


def test_reading_the_sources_shows_every_finding() -> None:
    import azru

    stored = _stored_text(nbformat.read(ROOT / "notebooks" / "06_reading_the_sources.ipynb", as_version=4))
    findings = azru.check()
    assert len(findings) > 0
    missing = [message for message in findings["message"] if message[:60] not in stored]
    assert not missing, missing
