"""The two editions of the book and the notebooks each one ships.

- ``teacher`` (``_build/html/``): worked solutions folded under a *Show
  solution* button (the myst-nb ``hide-cell`` tag, added in the staged copy),
  and a teaching-notes page per lesson;
- ``student`` (``_build/student/``): every solution replaced by a prompt
  (:func:`azru.exercises.strip_solutions`, the one stripper), no teaching notes.

What a solution is and how it is removed live in :mod:`azru.exercises`; this
module only decides what each edition does with them.

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

A written model answer (a markdown cell tagged ``solution``) is folded in the
teacher's edition and replaced by a prompt in the student's:

>>> nb.cells.append(nbformat.v4.new_markdown_cell("Because.", metadata={"tags": ["solution"]}))
>>> print(edition_notebook(nb, "teacher").cells[2].source)
::::::{dropdown} Model answer
Because.
::::::
>>> edition_notebook(nb, "student").cells[2].source
'*Your answer here. (The model answer is in the teacher edition.)*'
"""

from __future__ import annotations

import copy
from typing import Any

from azru.exercises import is_solution, strip_solutions

__all__ = ["EDITIONS", "check_edition", "edition_notebook", "handout_notebook", "is_solution"]

#: edition -> output folder under ``_build/``
EDITIONS = {"teacher": "html", "student": "student"}
MODEL_ANSWER = "Model answer"
FENCE = "::::::"  # longer than any colon fence a lesson's own answer might hold


def check_edition(edition: str) -> str:
    """``edition`` if it is one of :data:`EDITIONS`, else ValueError naming the choices."""
    if edition not in EDITIONS:
        raise ValueError(f"unknown edition {edition!r}; choose from {', '.join(EDITIONS)}")
    return edition


def handout_notebook(notebook: Any, edition: str) -> Any:
    """The notebook a reader of ``edition`` downloads: the lesson as stored (teacher) or stripped (student)."""
    if check_edition(edition) == "student":
        return strip_solutions(notebook)
    return notebook


def edition_notebook(notebook: Any, edition: str) -> Any:
    """The notebook as staged for the book's ``edition``: solutions folded (teacher) or removed (student)."""
    if check_edition(edition) == "student":
        return strip_solutions(notebook)
    notebook = copy.deepcopy(notebook)
    for cell in notebook.cells:
        if not is_solution(cell):
            continue
        if cell.cell_type == "code":
            tags = cell.metadata.setdefault("tags", [])
            if "hide-cell" not in tags:
                tags.append("hide-cell")
            cell.metadata["mystnb"] = {"code_prompt_show": "Show solution", "code_prompt_hide": "Hide solution"}
        elif cell.cell_type == "markdown":
            # A written model answer, folded like the code ones (sphinx-design's dropdown).
            cell.source = f"{FENCE}{{dropdown}} {MODEL_ANSWER}\n{cell.source}\n{FENCE}"
    return notebook
