"""Exercise editions of the notebooks, made from the solution editions.

A notebook's worked solutions live in code cells tagged ``solution``. The
exercise edition replaces each such cell's source with a prompt, drops its
outputs and the tag, and leaves every other cell exactly as it was:

>>> import nbformat
>>> nb = nbformat.v4.new_notebook(cells=[
...     nbformat.v4.new_markdown_cell("**Exercise 1.** Add one and one."),
...     nbformat.v4.new_code_cell("1 + 1", metadata={"tags": ["solution"]}),
... ])
>>> exercise = strip_solutions(nb)
>>> exercise.cells[1].source, exercise.cells[1].metadata
('# Your answer here', {})
>>> missing_solutions(nb)
[]

Used by ``scripts/make_exercises.py`` and by the book's student edition.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

import nbformat

__all__ = [
    "EXERCISE_HEADING",
    "MARKDOWN_PROMPT",
    "PROMPT",
    "SOLUTION_TAG",
    "is_solution",
    "missing_solutions",
    "strip_solutions",
    "write_exercises",
]

SOLUTION_TAG = "solution"
PROMPT = "# Your answer here"
#: What a model answer (a markdown cell tagged ``solution``) becomes in the exercise edition.
MARKDOWN_PROMPT = "*Your answer here. (The model answer and rubric are in the teacher edition.)*"
#: How an exercise is announced in a markdown cell: ``**Exercise 3.**`` (or a heading ``### Exercise 3``).
EXERCISE_HEADING = re.compile(r"^\s*(?:\*\*Exercise\s+\d+[a-z]?\.?\*\*|#{2,6}\s+Exercise\s+\d+[a-z]?\b)", re.MULTILINE)
NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"


def is_solution(cell: nbformat.NotebookNode) -> bool:
    """Whether a cell is a worked solution: a code cell, or a model answer in markdown, tagged ``solution``.

    >>> is_solution(nbformat.v4.new_markdown_cell("*Model answer.* ...", metadata={"tags": ["solution"]}))
    True
    """
    return cell.get("cell_type") in ("code", "markdown") and SOLUTION_TAG in cell.get("metadata", {}).get("tags", [])


def strip_solutions(notebook: nbformat.NotebookNode, prompt: str = PROMPT) -> nbformat.NotebookNode:
    """A copy of ``notebook`` in which every solution cell holds only ``prompt``, without outputs or tag.

    A model answer in markdown becomes :data:`MARKDOWN_PROMPT` instead, so the
    student edition keeps the place for an answer but not the answer.

    Nothing else changes: other cells, their ids, metadata and outputs, and
    the notebook's metadata are copied as they are. The input is not modified.
    """
    result = copy.deepcopy(notebook)
    for cell in result.cells:
        if not is_solution(cell):
            continue
        if cell.get("cell_type") == "markdown":
            cell.source = MARKDOWN_PROMPT
        else:
            cell.source = prompt
            cell.outputs = []
            cell.execution_count = None
        tags = [t for t in cell.metadata.get("tags", []) if t != SOLUTION_TAG]
        if tags:
            cell.metadata["tags"] = tags
        else:
            cell.metadata.pop("tags", None)
    return result


def missing_solutions(notebook: nbformat.NotebookNode) -> list[str]:
    """The exercises (markdown cells announcing one) not followed by a solution cell before the next markdown.

    >>> nb = nbformat.v4.new_notebook(cells=[
    ...     nbformat.v4.new_markdown_cell("**Exercise 1.** Count the events."),
    ...     nbformat.v4.new_code_cell("len(events)"),
    ... ])
    >>> missing_solutions(nb)
    ['cell 0: **Exercise 1.** Count the events.']
    """
    missing = []
    cells = notebook.cells
    for index, cell in enumerate(cells):
        if cell.get("cell_type") != "markdown" or not EXERCISE_HEADING.search(cell.source):
            continue
        following = []
        for later in cells[index + 1 :]:
            if later.get("cell_type") == "markdown" and not is_solution(later):
                break
            following.append(later)
        if not any(is_solution(c) for c in following):
            first_line = EXERCISE_HEADING.search(cell.source).group(0).strip()
            rest = cell.source[cell.source.find(first_line) + len(first_line) :].strip().splitlines()
            summary = f"{first_line} {rest[0]}" if rest else first_line
            missing.append(f"cell {index}: {summary.strip()}")
    return missing


def write_exercises(
    src_dir: str | Path = "notebooks", out_dir: str | Path = "_build/exercises", pattern: str = NOTEBOOK_GLOB
) -> list[Path]:
    """Write the exercise edition of every notebook in ``src_dir`` (matching ``pattern``) to ``out_dir``.

    Raises ``ValueError`` naming the notebook and cell when an exercise has no
    solution cell, so that a student edition never silently lacks one.
    Returns the paths written, in name order.
    """
    src, out = Path(src_dir), Path(out_dir)
    paths = sorted(src.glob(pattern))
    problems = []
    editions = []
    for path in paths:
        notebook = nbformat.read(path, as_version=4)
        problems += [f"{path.name}: {m}" for m in missing_solutions(notebook)]
        editions.append((path.name, strip_solutions(notebook)))
    if problems:
        raise ValueError("exercises without a solution cell:\n" + "\n".join(problems))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notebook in editions:
        target = out / name
        nbformat.write(notebook, target)
        written.append(target)
    return written
