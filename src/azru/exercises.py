"""The student's notebooks, made from the teacher's: one rule for a solution, one stripper.

A notebook's worked solutions live in cells tagged ``solution``: a code cell
(worked code) or a markdown cell (a written model answer). This is the only
rule for what a solution is (:func:`is_solution`), used by the book's
editions, the tests and ``scripts/make_exercises.py`` alike. The student's
copy (:func:`strip_solutions`) is made so that Run All completes:

- a code solution followed by a self-check cell (``self_check("01.1", answer)``)
  becomes a placeholder, ``answer = ...`` (:data:`PLACEHOLDER`), which the
  self-check answers with "no answer yet"; any other code solution becomes
  :data:`PROMPT`; a written model answer becomes :data:`MARKDOWN_PROMPT`;
- a self-check cell keeps its code but loses its stored output (the
  teacher's "✓ 01.1: right." is not the student's);
- a markdown cell tagged ``rubric`` (what a good written answer contains)
  stays, in both editions; every other cell stays exactly as it was.

>>> import nbformat
>>> nb = nbformat.v4.new_notebook(cells=[
...     nbformat.v4.new_markdown_cell("**Exercise 1.** Add one and one."),
...     nbformat.v4.new_code_cell("1 + 1", metadata={"tags": ["solution"]}),
...     nbformat.v4.new_markdown_cell("**Exercise 2.** Add two and two."),
...     nbformat.v4.new_code_cell("answer = 2 + 2", metadata={"tags": ["solution"]}),
...     nbformat.v4.new_code_cell('self_check("00.9", answer)'),
... ])
>>> exercise = strip_solutions(nb)
>>> exercise.cells[1].source, exercise.cells[1].metadata
('# Your answer here', {})
>>> print(exercise.cells[3].source)
answer = ...  # your answer: replace ... with your code
>>> missing_solutions(nb)
[]

Used by the book's student edition (``azru book --edition student`` writes
these notebooks to ``_build/student/notebooks/``) and by
``scripts/make_exercises.py``, which writes the same files to the same place.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import nbformat

__all__ = [
    "EXERCISE_HEADING",
    "MARKDOWN_PROMPT",
    "PLACEHOLDER",
    "PROMPT",
    "RUBRIC_TAG",
    "SOLUTION_TAG",
    "STUDENT_NOTEBOOKS",
    "is_rubric",
    "is_self_check",
    "is_solution",
    "missing_rubrics",
    "missing_solutions",
    "strip_solutions",
    "write_exercises",
]

SOLUTION_TAG = "solution"
#: A markdown cell with this tag tells students what a good written answer contains; both editions keep it.
RUBRIC_TAG = "rubric"
PROMPT = "# Your answer here"
#: What a code solution followed by ``self_check("NN.k", <name>)`` becomes: ``<name>`` set to Ellipsis.
PLACEHOLDER = "{name} = ...  # your answer: replace ... with your code"
#: What a model answer (a markdown cell tagged ``solution``) becomes in the student edition.
MARKDOWN_PROMPT = "*Your answer here. (The model answer is in the teacher edition.)*"
#: A self-check call, and the name of the answer it checks: ``self_check("01.1", answer)``.
SELF_CHECK = re.compile(r"""\bself_check\(\s*["'][^"']+["']\s*,\s*([A-Za-z_]\w*)\s*[,)]""")
#: Where the student's notebooks go: beside the student edition of the book, which links to them.
STUDENT_NOTEBOOKS = Path("_build") / "student" / "notebooks"
#: How an exercise is announced in a markdown cell: ``**Exercise 3.**`` (or a heading ``### Exercise 3``).
EXERCISE_HEADING = re.compile(r"^\s*(?:\*\*Exercise\s+\d+[a-z]?\.?\*\*|#{2,6}\s+Exercise\s+\d+[a-z]?\b)", re.MULTILINE)
NOTEBOOK_GLOB = "[0-9][0-9]_*.ipynb"


def is_solution(cell: Any) -> bool:
    """Whether a cell is a worked solution: any cell (code or markdown) tagged ``solution``.

    >>> import nbformat
    >>> is_solution(nbformat.v4.new_markdown_cell("A model answer.", metadata={"tags": ["solution"]}))
    True
    >>> is_solution({"cell_type": "code", "metadata": {"tags": ["self-check"]}})
    False
    """
    return SOLUTION_TAG in cell.get("metadata", {}).get("tags", [])


def is_rubric(cell: Any) -> bool:
    """Whether a cell is a written exercise's rubric: a markdown cell tagged ``rubric``.

    >>> is_rubric({"cell_type": "markdown", "metadata": {"tags": ["rubric"]}})
    True
    """
    return cell.get("cell_type") == "markdown" and RUBRIC_TAG in cell.get("metadata", {}).get("tags", [])


def is_self_check(cell: Any) -> bool:
    """Whether a cell is an exercise's self-check: a code cell calling ``self_check("NN.k", name)``.

    >>> is_self_check({"cell_type": "code", "source": 'self_check("01.1", answer)'})
    True
    """
    return cell.get("cell_type") == "code" and SELF_CHECK.search(cell.get("source", "")) is not None


def _placeholder(cells: list[Any], index: int, prompt: str) -> str:
    """The student's source for the code solution at ``index``: ``answer = ...`` if a self-check follows it."""
    for later in cells[index + 1 :]:
        if later.get("cell_type") != "code":
            continue
        found = SELF_CHECK.search(later.get("source", ""))
        return PLACEHOLDER.format(name=found.group(1)) if found else prompt
    return prompt


def strip_solutions(
    notebook: nbformat.NotebookNode, prompt: str = PROMPT, markdown_prompt: str = MARKDOWN_PROMPT
) -> nbformat.NotebookNode:
    """A copy of ``notebook`` in which every solution holds only a prompt, without outputs or tag.

    A code solution gets ``answer = ...`` when a self-check of ``answer``
    follows it, else ``prompt``, and loses its outputs and execution count; a
    written (markdown) solution gets ``markdown_prompt``; a self-check cell
    loses its outputs. Nothing else changes: other cells, their ids, metadata
    and outputs, and the notebook's metadata are copied as they are. The input
    is not modified.

    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[
    ...     nbformat.v4.new_markdown_cell("Because.", metadata={"tags": ["solution"]})])
    >>> strip_solutions(nb).cells[0].source
    '*Your answer here. (The model answer is in the teacher edition.)*'
    """
    result = copy.deepcopy(notebook)
    for index, cell in enumerate(result.cells):
        if is_self_check(cell):
            cell.outputs = []
            cell.execution_count = None
        if not is_solution(cell):
            continue
        if cell.get("cell_type") == "code":
            cell.source = _placeholder(result.cells, index, prompt)
            cell.outputs = []
            cell.execution_count = None
        else:
            cell.source = markdown_prompt
            cell.pop("attachments", None)
        tags = [t for t in cell.metadata.get("tags", []) if t != SOLUTION_TAG]
        if tags:
            cell.metadata["tags"] = tags
        else:
            cell.metadata.pop("tags", None)
    return result


def _exercise_cells(cells: list[Any], index: int) -> list[Any]:
    """The cells after the exercise announced at ``index``, up to the next prose (a rubric and a written
    solution are markdown too, and belong to the exercise)."""
    following = []
    for later in cells[index + 1 :]:
        if later.get("cell_type") == "markdown" and not is_solution(later) and not is_rubric(later):
            break
        following.append(later)
    return following


def missing_rubrics(notebook: nbformat.NotebookNode) -> list[str]:
    """The written exercises (whose solution is a markdown model answer) that show students no rubric.

    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[
    ...     nbformat.v4.new_markdown_cell("**Exercise 3.** Why be careful?"),
    ...     nbformat.v4.new_markdown_cell("*A good answer* names two reasons.", metadata={"tags": ["rubric"]}),
    ...     nbformat.v4.new_markdown_cell("Because.", metadata={"tags": ["solution"]}),
    ...     nbformat.v4.new_markdown_cell("**Exercise 4.** And now?"),
    ...     nbformat.v4.new_markdown_cell("Still.", metadata={"tags": ["solution"]}),
    ... ])
    >>> missing_rubrics(nb)
    ['cell 3: **Exercise 4.**']
    """
    missing = []
    for index, cell in enumerate(notebook.cells):
        if cell.get("cell_type") != "markdown" or not (found := EXERCISE_HEADING.search(cell.source)):
            continue
        following = _exercise_cells(notebook.cells, index)
        written = any(is_solution(c) and c.get("cell_type") == "markdown" for c in following)
        if written and not any(is_rubric(c) for c in following):
            missing.append(f"cell {index}: {found.group(0).strip()}")
    return missing


def missing_solutions(notebook: nbformat.NotebookNode) -> list[str]:
    """The exercises (markdown cells announcing one) not followed by a solution before the next prose cell.

    >>> import nbformat
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
        following = _exercise_cells(cells, index)
        if not any(is_solution(c) for c in following):
            first_line = EXERCISE_HEADING.search(cell.source).group(0).strip()
            rest = cell.source[cell.source.find(first_line) + len(first_line) :].strip().splitlines()
            summary = f"{first_line} {rest[0]}" if rest else first_line
            missing.append(f"cell {index}: {summary.strip()}")
    return missing


def write_exercises(
    src_dir: str | Path = "notebooks", out_dir: str | Path = STUDENT_NOTEBOOKS, pattern: str = NOTEBOOK_GLOB
) -> list[Path]:
    """Write the student's copy of every notebook in ``src_dir`` (matching ``pattern``) to ``out_dir``.

    Raises ``ValueError`` naming the notebook and cell when an exercise has no
    solution cell, so that a student edition never silently lacks one.
    Returns the paths written, in name order.
    """
    import nbformat  # here, not at import: `azru book` with nothing to rebuild never needs it

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
        content = nbformat.writes(notebook) + "\n"
        # Rewrite only what changed: a no-op rebuild of the book leaves the files (and their times) alone.
        if not target.is_file() or target.read_text(encoding="utf-8") != content:
            target.write_text(content, encoding="utf-8")
        written.append(target)
    return written
