"""The student edition runs: every student notebook, as the book ships it, executes top to bottom.

The notebooks are those of the student edition built once for the session (the
``book_builds`` fixture: ``_build/test-book/student/notebooks/``, the same files
``scripts/make_exercises.py`` writes), executed in a fresh kernel from the folder
they sit in, as a student's "Run All" would. Each answer cell holds its
placeholder (``answer = ...``), so each self-check must answer "no answer yet";
no cell may fail.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from builds import BookBuilds

from azru.book.build import NOTEBOOKS_DIR, chapters
from azru.exercises import is_self_check

pytestmark = pytest.mark.slow

LESSONS = [p.name for p in chapters()]


def _execute(path: Path) -> nbformat.NotebookNode:
    from nbclient import NotebookClient

    def run() -> nbformat.NotebookNode:
        notebook = nbformat.read(path, as_version=4)
        resources = {"metadata": {"path": str(path.parent)}}
        return NotebookClient(notebook, timeout=300, kernel_name="python3", resources=resources).execute()

    try:
        return run()
    except RuntimeError as error:  # a kernel that dies at start (a port race with the other worker's kernels)
        if "died" not in str(error):
            raise
        return run()


@pytest.fixture(scope="module")
def student_notebooks(book_builds: BookBuilds) -> Path:
    return book_builds.out("student") / NOTEBOOKS_DIR


def test_the_student_edition_ships_every_lesson(student_notebooks: Path) -> None:
    assert sorted(p.name for p in student_notebooks.glob("[0-9][0-9]_*.ipynb")) == LESSONS


@pytest.mark.parametrize("name", LESSONS)
def test_a_student_notebook_runs_top_to_bottom(name: str, student_notebooks: Path) -> None:
    path = student_notebooks / name
    shipped = nbformat.read(path, as_version=4)
    assert all(not c.outputs for c in shipped.cells if is_self_check(c)), f"{name}: a stored verdict is shipped"
    ran = _execute(path)  # raises CellExecutionError naming the cell that failed
    errors = [o for c in ran.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors, f"{name}: {errors[0]}"
    verdicts = [
        "".join(o.get("data", {}).get("text/plain", "")) for c in ran.cells if is_self_check(c) for o in c.outputs
    ]
    checks = sum(is_self_check(c) for c in ran.cells)
    assert len(verdicts) == checks and checks > 0
    assert all("no answer yet" in v for v in verdicts), f"{name}: {verdicts}"
