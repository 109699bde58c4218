"""The reading edition: every lesson rendered to a static HTML book, offline.

``azru book`` builds with Jupyter Book 1 (Sphinx, myst-nb, sphinx-book-theme)
from the outputs stored in the notebooks; it never executes them (nbval checks
the stored outputs against a fresh run). The package has one module a job:

======================  ===========================================================
:mod:`.editions`        the teacher's and the student's edition of a notebook
:mod:`.pages`           generated pages: references, data, teaching notes, the toc
:mod:`.figures`         the CSV behind each chart, and the link to it
:mod:`.glossary`        glossary terms linked on their first use in a lesson
:mod:`.chronology`      every happening on a page of its period; the index chart linked to the years
:mod:`.build`           staging, skipping when nothing changed, the Sphinx run
:mod:`.extension`       the Sphinx extension the book's configuration loads
:mod:`.cli`             the ``azru book`` command
======================  ===========================================================

What a solution cell is, and how the student's copy is made, is decided once,
in :mod:`azru.exercises`.

>>> from azru import book
>>> book.EDITIONS
{'teacher': 'html', 'student': 'student'}
"""

from __future__ import annotations

from azru.book.build import ROOT, BuildResult, build, chapters, edition_files, stage, staged_files
from azru.book.editions import EDITIONS, edition_notebook, handout_notebook
from azru.exercises import is_solution, strip_solutions

__all__ = [
    "EDITIONS",
    "ROOT",
    "BuildResult",
    "build",
    "chapters",
    "edition_files",
    "edition_notebook",
    "handout_notebook",
    "is_solution",
    "stage",
    "staged_files",
    "strip_solutions",
]
