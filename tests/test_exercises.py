"""The exercise edition is the solution edition with the solutions, and only they, taken out."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from azru.exercises import (
    MARKDOWN_PROMPT,
    PLACEHOLDER,
    PROMPT,
    SOLUTION_TAG,
    is_rubric,
    is_self_check,
    is_solution,
    missing_rubrics,
    missing_solutions,
    strip_solutions,
    write_exercises,
)

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


@pytest.fixture(scope="module")
def editions(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[nbformat.NotebookNode, nbformat.NotebookNode]]:
    out = tmp_path_factory.mktemp("exercises")
    written = write_exercises(ROOT / "notebooks", out)
    assert [p.name for p in written] == [p.name for p in NOTEBOOKS]
    return {
        path.name: (nbformat.read(path, as_version=4), nbformat.read(out / path.name, as_version=4))
        for path in NOTEBOOKS
    }


def test_there_are_notebooks_with_solutions() -> None:
    assert NOTEBOOKS
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        assert any(is_solution(c) for c in notebook.cells), f"{path.name} has no solution cell"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_exercise_has_a_solution(path: Path) -> None:
    assert missing_solutions(nbformat.read(path, as_version=4)) == []


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_exercise_edition_differs_only_in_solutions(name: str, editions: dict) -> None:
    solution, exercise = editions[name]
    assert len(exercise.cells) == len(solution.cells)
    assert exercise.metadata == solution.metadata
    for index, (original, stripped) in enumerate(zip(solution.cells, exercise.cells, strict=True)):
        if is_solution(original) and original.cell_type == "code":
            checked = is_self_check(solution.cells[index + 1]) if index + 1 < len(solution.cells) else False
            assert stripped.source == (PLACEHOLDER.format(name="answer") if checked else PROMPT)
            assert stripped.outputs == []
            assert stripped.execution_count is None
            assert SOLUTION_TAG not in stripped.metadata.get("tags", [])
            assert stripped.get("id") == original.get("id")
        elif is_solution(original):
            assert stripped.source == MARKDOWN_PROMPT
            assert SOLUTION_TAG not in stripped.metadata.get("tags", [])
            assert stripped.get("id") == original.get("id")
        elif is_self_check(original):
            assert original.outputs, f"{name}: the teacher's self-check cell {index} shows no verdict"
            assert stripped.source == original.source
            assert stripped.outputs == [] and stripped.execution_count is None
        else:
            assert stripped == original


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_student_edition_stores_no_verdict(name: str, editions: dict) -> None:
    """No "✓ NN.k: right." above an empty answer: every self-check cell of the student's copy is unrun."""
    _, exercise = editions[name]
    checks = [c for c in exercise.cells if is_self_check(c)]
    assert checks, f"{name} has no self-check"
    assert all(c.outputs == [] for c in checks)
    assert "✓" not in nbformat.writes(exercise)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_written_exercise_shows_a_rubric(path: Path) -> None:
    assert missing_rubrics(nbformat.read(path, as_version=4)) == []


def test_a_rubric_stays_in_the_student_edition_and_belongs_to_its_exercise() -> None:
    rubric = nbformat.v4.new_markdown_cell("*A good answer* names two reasons.", metadata={"tags": ["rubric"]})
    notebook = _notebook(
        nbformat.v4.new_markdown_cell("**Exercise 3.** Why be careful?"),
        rubric,
        nbformat.v4.new_markdown_cell("*Model answer.* Coverage changes.", metadata={"tags": ["solution"]}),
    )
    assert is_rubric(rubric) and missing_solutions(notebook) == [] and missing_rubrics(notebook) == []
    stripped = strip_solutions(notebook)
    assert stripped.cells[1] == rubric
    assert stripped.cells[2].source == MARKDOWN_PROMPT and "Coverage" not in nbformat.writes(stripped)


def test_a_checked_solution_becomes_a_placeholder_that_the_check_calls_no_answer_yet() -> None:
    from azru.selfcheck import make_key, self_check

    solution = nbformat.v4.new_code_cell("total = 1 + 1\ntotal", metadata={"tags": ["solution"]})
    check = nbformat.v4.new_code_cell('self_check("x.1", total, key=KEY)')
    check.outputs = [nbformat.v4.new_output("stream", text="✓ x.1: right.\n")]
    stripped = strip_solutions(_notebook(nbformat.v4.new_markdown_cell("**Exercise 1.** Add."), solution, check))
    assert stripped.cells[1].source == "total = ...  # your answer: replace ... with your code"
    assert stripped.cells[2].outputs == [] and stripped.cells[2].source == check.source
    scope: dict = {"self_check": self_check, "KEY": {"x.1": make_key(2, hint="Add.")}}
    exec(stripped.cells[1].source, scope)  # the placeholder runs
    assert "no answer yet" in str(eval(stripped.cells[2].source, scope))


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_no_solution_code_survives(name: str, editions: dict) -> None:
    solution, exercise = editions[name]
    everything = nbformat.writes(exercise)
    kept = "\n".join(c.source for c in solution.cells if not is_solution(c))
    for cell in solution.cells:
        if not is_solution(cell):
            continue
        for line in cell.source.splitlines():
            line = line.strip()
            if len(line) > 12 and line not in kept:  # a line shown elsewhere in the lesson is no secret
                assert line not in everything, f"{name}: solution line survives: {line!r}"
    assert '"solution"' not in everything


def _notebook(*cells: nbformat.NotebookNode) -> nbformat.NotebookNode:
    return nbformat.v4.new_notebook(
        cells=list(cells), metadata={"kernelspec": {"name": "python3", "display_name": "Python 3"}}
    )


def test_exercise_without_solution_fails(tmp_path: Path) -> None:
    broken = _notebook(
        nbformat.v4.new_markdown_cell("## Exercises\n\n**Exercise 1.** Count the events."),
        nbformat.v4.new_code_cell("len(events)", metadata={"tags": ["solution"]}),
        nbformat.v4.new_markdown_cell("**Exercise 2.** Now cite one."),
        nbformat.v4.new_code_cell("# nothing tagged"),
        nbformat.v4.new_markdown_cell("## Take-aways"),
    )
    assert missing_solutions(broken) == ["cell 2: **Exercise 2.** Now cite one."]
    src = tmp_path / "src"
    src.mkdir()
    nbformat.write(broken, src / "09_broken.ipynb")
    with pytest.raises(ValueError, match=r"09_broken.ipynb: cell 2: \*\*Exercise 2\.\*\*"):
        write_exercises(src, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_strip_keeps_other_tags_and_leaves_input_alone() -> None:
    cell = nbformat.v4.new_code_cell("answer = 42\nanswer", metadata={"tags": ["solution", "hide-input"]})
    cell.outputs = [nbformat.v4.new_output("execute_result", {"text/plain": "42"}, execution_count=3)]
    cell.execution_count = 3
    original = _notebook(nbformat.v4.new_markdown_cell("**Exercise 1.** Answer."), cell)
    stripped = strip_solutions(original)
    assert stripped.cells[1].metadata == {"tags": ["hide-input"]}
    assert stripped.cells[1].outputs == [] and stripped.cells[1].execution_count is None
    assert original.cells[1].source == "answer = 42\nanswer" and original.cells[1].outputs


def test_script_writes_the_editions(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_exercises.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.glob("*.ipynb")) == [p.name for p in NOTEBOOKS]


def test_one_rule_for_a_solution_code_or_written() -> None:
    """A written model answer (a markdown cell tagged solution) is a solution too, and is stripped."""
    written = nbformat.v4.new_markdown_cell("The lease ended in 2012.", metadata={"tags": ["solution"]})
    original = _notebook(nbformat.v4.new_markdown_cell("**Exercise 1.** When did it end?"), written)
    assert is_solution(written) and missing_solutions(original) == []
    stripped = strip_solutions(original)
    assert stripped.cells[1].source == MARKDOWN_PROMPT and "tags" not in stripped.cells[1].metadata
    assert "2012" not in nbformat.writes(stripped)


def test_script_and_book_share_one_place() -> None:
    """scripts/make_exercises.py writes, by default, where the student book keeps its notebooks."""
    from azru.book.build import NOTEBOOKS_DIR
    from azru.book.editions import EDITIONS
    from azru.exercises import STUDENT_NOTEBOOKS

    assert Path("_build") / EDITIONS["student"] / NOTEBOOKS_DIR == STUDENT_NOTEBOOKS
    assert "_build/exercises" not in (ROOT / "scripts" / "make_exercises.py").read_text()


def test_a_model_answer_in_markdown_is_a_solution_and_is_hidden() -> None:
    notebook = _notebook(
        nbformat.v4.new_markdown_cell("**Exercise 1.** Why might the count mislead?"),
        nbformat.v4.new_markdown_cell("*Model answer.* Reports are not happenings.", metadata={"tags": ["solution"]}),
        nbformat.v4.new_markdown_cell("**Exercise 2.** Count them."),
        nbformat.v4.new_markdown_cell("A note that is not an answer."),
    )
    assert missing_solutions(notebook) == ["cell 2: **Exercise 2.** Count them."]
    stripped = strip_solutions(notebook)
    assert stripped.cells[1].source == MARKDOWN_PROMPT and "tags" not in stripped.cells[1].metadata
    assert "happenings" not in nbformat.writes(stripped)
    assert notebook.cells[1].source.startswith("*Model answer.*")
