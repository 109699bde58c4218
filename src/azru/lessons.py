"""How long a lesson takes a student: the yardstick of the lesson guide (``LESSONS.md``), in one place.

A student reads **130 words a minute** of prose, spends **2 minutes on a code
cell** (read, run, look at the output), **3 more on a chart**, **6 on a
self-checked exercise** and **10 on a written one**. Cells tagged
``solution`` are not read (the written exercise they answer is counted
instead), nor is a closing "Going further" section. The lesson states the
estimate under its title (``*About 55 minutes.*``), within 10 %.

>>> notebook = {"cells": [
...     {"cell_type": "markdown", "metadata": {}, "source": "# 1. A lesson\\n\\n*About 14 minutes.*\\n\\n" + "word " * 124},
...     {"cell_type": "code", "metadata": {}, "source": "answer = 1", "outputs": []},
...     {"cell_type": "code", "metadata": {}, "source": 'self_check("01.1", answer)', "outputs": []},
...     {"cell_type": "markdown", "metadata": {"tags": ["solution"]}, "source": "Because."},
...     {"cell_type": "markdown", "metadata": {}, "source": "## Going further\\n\\n" + "more " * 500},
... ]}
>>> time = student_time(notebook)
>>> time.words, time.code_cells, time.self_checks, time.written, round(time.minutes, 1)
(130, 2, 1, 1, 21.0)
>>> stated_minutes(notebook)
14

This mirrors the check the project's sessions run before they stop (the
"before-stop" hook); the tests call :func:`student_time`. Each lesson's count,
against the time it states: ``python -m azru.lessons [notebooks/NN_*.ipynb …]``.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "MINUTES_PER_CHART",
    "MINUTES_PER_CODE_CELL",
    "MINUTES_PER_SELF_CHECK",
    "MINUTES_PER_WRITTEN",
    "WORDS_PER_MINUTE",
    "LessonTime",
    "read_notebook",
    "stated_minutes",
    "student_time",
]

WORDS_PER_MINUTE = 130
MINUTES_PER_CODE_CELL = 2
MINUTES_PER_CHART = 3
MINUTES_PER_SELF_CHECK = 6
MINUTES_PER_WRITTEN = 10

_GOING_FURTHER = re.compile(r"^#+\s*Going further", re.MULTILINE | re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+")
_LINK_TARGET_OR_TAG = re.compile(r"\]\([^)]*\)|<[^>]+>")  # a link's URL and HTML (comments too) are not read
_SELF_CHECK = re.compile(r"""check\(\s*["'](\d\d\.\d+)""")
_STATED = re.compile(r"\*About (\d+) minutes")


@dataclass(frozen=True)
class LessonTime:
    """What a student meets in a lesson, and the minutes it takes by the yardstick."""

    words: int
    code_cells: int
    charts: int
    self_checks: int
    written: int

    @property
    def minutes(self) -> float:
        return (
            self.words / WORDS_PER_MINUTE
            + MINUTES_PER_CODE_CELL * self.code_cells
            + MINUTES_PER_CHART * self.charts
            + MINUTES_PER_SELF_CHECK * self.self_checks
            + MINUTES_PER_WRITTEN * self.written
        )

    def __str__(self) -> str:
        return (
            f"about {self.minutes:.0f} min ({self.words} words, {self.code_cells} code cells, {self.charts} charts, "
            f"{self.self_checks} self-checks, {self.written} written)"
        )


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def read_notebook(path: str | Path) -> dict[str, Any]:
    """A notebook file as plain JSON (no nbformat needed)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def student_time(notebook: dict[str, Any]) -> LessonTime:
    """The yardstick's count of a notebook (a dict or an nbformat node) with its stored outputs."""
    words = code = charts = written = 0
    checks: set[str] = set()
    further = False
    for cell in notebook["cells"]:
        source, kind = _source(cell), cell.get("cell_type")
        tags = cell.get("metadata", {}).get("tags", [])
        if kind == "markdown" and _GOING_FURTHER.search(source):
            further = True
        if "solution" in tags:
            written += kind == "markdown" and not further
            continue
        if further:
            continue
        if kind == "markdown":
            words += len(_WORD.findall(_LINK_TARGET_OR_TAG.sub("]", source)))
        elif kind == "code":
            code += 1
            checks.update(_SELF_CHECK.findall(source))
            charts += sum("image/png" in output.get("data", {}) for output in cell.get("outputs", []))
    return LessonTime(words, code, charts, len(checks), written)


def stated_minutes(notebook: dict[str, Any]) -> int | None:
    """The time stated under the lesson's title (``*About 55 minutes.*``), or None."""
    for cell in notebook["cells"]:
        if cell.get("cell_type") == "markdown" and (found := _STATED.search(_source(cell))):
            return int(found.group(1))
    return None


def main(argv: list[str] | None = None) -> int:
    """Print each lesson's yardstick count beside its stated time; 1 if one is over 60 min or off by > 10 %."""
    paths = [Path(a) for a in (sys.argv[1:] if argv is None else argv)] or sorted(
        Path("notebooks").glob("[0-9][0-9]_*.ipynb")
    )
    status = 0
    for path in paths:
        notebook = read_notebook(path)
        time, stated = student_time(notebook), stated_minutes(notebook)
        fits = time.minutes <= 60 and stated is not None and abs(stated - time.minutes) <= 0.1 * time.minutes
        status |= not fits
        print(f"{'ok ' if fits else 'NO '} {path.name}: states {stated} min; {time}")
    return status


if __name__ == "__main__":
    sys.exit(main())
