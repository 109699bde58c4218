"""The pages the book generates: references, data, the table of contents and the teaching notes.

Each is a function from the loaded facts (or a small file) to Markdown text,
so that it can be tested without building anything:

- :func:`references_page`: each cited source once, grouped by kind;
- :func:`data_page`: tables, columns, units and licences, from ``data/datapackage.json``;
- :func:`teacher_page`: a lesson's teaching notes, from ``book/teachers/NN.toml``
  (teacher edition only);
- :func:`toc`: the ``_toc.yml`` that orders all of them.
"""

from __future__ import annotations

import html
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "GENERATED_PAGES",
    "KIND_TITLES",
    "TeacherNotes",
    "data_page",
    "read_teacher_notes",
    "references_page",
    "teacher_page",
    "title_of",
    "toc",
]

GENERATED_PAGES = ("references", "glossary", "data")  # the "Reference" part, in order (glossary is book/glossary.md)
TEACHERS_DIR = "teachers"
CODING_PAGE = "coding"  # data/CODING.md, staged beside the chronology it explains


def _md(text: Any) -> str:
    """Text made safe for a Markdown paragraph or table cell."""
    text = str(text).replace("\n", " ")
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


def _kind_order(descriptor: dict[str, Any]) -> list[str]:
    for resource in descriptor.get("resources", []):
        if resource["name"] == "sources":
            for spec in resource.get("schema", {}).get("fields", []):
                if spec["name"] == "kind":
                    return list(spec.get("constraints", {}).get("enum", []))
    return []


KIND_TITLES = {
    "encyclopedia": "Encyclopedias",
    "official": "Official statements and documents",
    "treaty": "Treaties and agreements",
    "statistics": "Statistics",
    "news": "News reports",
    "analysis": "Analysis",
    "secondary": "Other secondary sources",
    "dataset": "Data sets",
    "census": "Censuses",
}


def references_page(facts: Any) -> str:
    """The References page: each cited source once, grouped by kind, with the ids of the facts citing it.

    >>> import azru
    >>> page = references_page(azru.load())
    >>> page.splitlines()[0], "seed-trade-turnover-2008" in page
    ('# References', True)
    """
    users: dict[str, dict[str, list[str]]] = {}
    for table in ("events", "measures", "places", "actors"):
        frame = facts.tables[table]
        id_column = frame.columns[0]
        for fact_id, source_id in zip(frame[id_column], frame["source_id"], strict=True):
            users.setdefault(str(source_id), {}).setdefault(table, []).append(str(fact_id))
    coding: dict[str, int] = {}  # sources of the coding table (cameo_codes): counted, not listed code by code
    codes = facts.tables.get("cameo_codes")
    if codes is not None:
        for column in [c for c in codes.columns if c == "source_id" or c.endswith("_source_id")]:
            for source_id, count in codes[column].dropna().astype(str).value_counts().items():
                coding[source_id] = coding.get(source_id, 0) + int(count)
    sources = facts.sources.assign(kind=facts.sources["kind"].astype(str))
    order = _kind_order(facts.descriptor)
    kinds = sorted(set(sources["kind"]), key=lambda k: (order.index(k) if k in order else len(order), k))
    cited = sources[sources["source_id"].isin(users) | sources["source_id"].isin(coding)]
    lines = [
        "# References",
        "",
        f"The {len(cited)} documents that the facts of this course come from, grouped by kind. Under each,",
        "the ids of the facts (events, measures, places, actors) that cite it: `azru cite ID` prints",
        "the citation of any of them as text, Markdown or BibTeX. Generated from `data/sources.csv`.",
        "",
    ]
    for kind in kinds:
        group = cited[cited["kind"] == kind].sort_values(["publisher", "title", "source_id"])
        if group.empty:
            continue
        lines += [f"## {KIND_TITLES.get(kind, kind.capitalize())}", ""]
        for row in group.itertuples(index=False):
            published = f" Published {row.published}." if isinstance(row.published, str) and row.published else ""
            accessed = row.accessed.strftime("%Y-%m-%d") if hasattr(row.accessed, "strftime") else str(row.accessed)
            # An anchor per source (source-ID): the chronology links each report to its entry.
            lines.append(
                f'- <span id="source-{html.escape(str(row.source_id), quote=True)}"></span>'
                f"{_md(row.publisher)}. [{_md(row.title)}]({row.url}).{published} Accessed {accessed}. "
                f"Source id `{row.source_id}`."
            )
            uses = users.get(str(row.source_id), {})
            count = sum(len(ids) for ids in uses.values())
            # One code span per table, not per id: the page stays light for browsers and audits.
            parts = [f"{table}: `{', '.join(sorted(ids))}`" for table, ids in uses.items()]
            if uses:
                lines += ["", f"  *Cited by {count} fact{'s' if count != 1 else ''}:* " + "; ".join(parts) + ".", ""]
            if str(row.source_id) in coding:
                lines += ["", f"  *Used by the coding table* `cameo_codes`: {coding[str(row.source_id)]} codes.", ""]
    unused = sources[~sources["source_id"].isin(users) & ~sources["source_id"].isin(coding)]
    if not unused.empty:
        ids = ", ".join(f"`{i}`" for i in sorted(unused["source_id"]))
        lines += ["## Listed but not cited", "", f"Sources in the data that no fact cites yet: {ids}.", ""]
    return "\n".join(lines).rstrip() + "\n"


def data_page(facts: Any) -> str:
    """The Data page: tables, columns, units and licences, from ``data/datapackage.json``.

    >>> import azru
    >>> page = data_page(azru.load())
    >>> page.splitlines()[0], "| `measure_id` |" in page, "CC-BY-4.0" in page
    ('# The data', True, True)
    """
    from azru.docs import column_dictionary, indicators

    package = facts.descriptor

    def licences(entry: dict[str, Any]) -> str:
        found = entry.get("licenses") or []
        return "; ".join(
            f"[{_md(lic.get('title', lic['name']))}]({lic['path']}) ({lic['name']})" if lic.get("path") else lic["name"]
            for lic in found
        )

    package_licence = licences(package) or "not stated"
    lines = [
        "# The data",
        "",
        _md(package.get("description", "")),
        "",
        f"- **Package**: `{package.get('name', '')}`, version {package.get('version', '?')}, "
        "a Frictionless data package in `data/` (`data/datapackage.json` describes it; this page is generated from it).",
        f"- **Licence**: {package_licence}. Titles, summaries and notes are the project's own words; "
        "the documents they cite belong to their publishers.",
        "- **Integrity**: the descriptor records each file's sha256; the loader refuses a file whose bytes changed.",
        "",
        "## Tables",
        "",
        "| table | file | rows | one row is | licence |",
        "| --- | --- | --- | --- | --- |",
    ]
    for resource in package["resources"]:
        rows = len(facts.tables[resource["name"]]) if resource["name"] in facts.tables else ""
        lines.append(
            f"| `{resource['name']}` | `{resource['path']}` | {rows} | {_md(resource.get('description', ''))} | "
            f"{licences(resource) or 'as the package'} |"
        )
    measures = facts.measures.assign(unit=facts.measures["unit"].astype(str))
    unit_rows = [
        f"| `{unit}` | {len(group)} | "
        + ", ".join(f"`{i}`" for i in sorted(group["indicator"].astype(str).unique()))
        + " |"
        for unit, group in measures.groupby("unit", sort=True)
    ]
    fixed_units = [
        f"| `{spec['unit']}` | `{resource['name']}.{spec['name']}` |"
        for resource in package["resources"]
        for spec in resource.get("schema", {}).get("fields", [])
        if spec.get("unit")
    ]
    lines += [
        "",
        "## Units",
        "",
        "Numbers are stored in base units (USD, not million USD). The `measures` table keeps the unit of each",
        "value in its `unit` column:",
        "",
        "| unit | measures | indicators |",
        "| --- | --- | --- |",
        *unit_rows,
    ]
    if fixed_units:
        lines += ["", "Columns with a fixed unit:", "", "| unit | column |", "| --- | --- |", *fixed_units]
    lines += [
        "",
        "## Indicators",
        "",
        indicators(facts).rstrip(),
        "",
        "## Columns",
        "",
        column_dictionary(package).replace("### `", "### Columns of `").rstrip(),
        "",
    ]
    return "\n".join(lines)


def toc(chapter_names: Sequence[str], teacher_pages: Sequence[str] = (), chronology: Sequence[str] = ()) -> str:
    """The ``_toc.yml`` (sphinx-external-toc, ``jb-book``): landing page, lessons, reference pages, teaching notes.

    >>> print(toc(["00_introduction"], ["teachers/00"]))
    format: jb-book
    root: intro
    parts:
    - caption: Lessons
      chapters:
      - file: 00_introduction
    - caption: Reference
      chapters:
      - file: references
      - file: glossary
      - file: data
    - caption: For teachers
      chapters:
      - file: teachers/00
    <BLANKLINE>
    """
    lines = ["format: jb-book", "root: intro", "parts:", "- caption: Lessons", "  chapters:"]
    lines += [f"  - file: {name}" for name in chapter_names]
    lines += ["- caption: Reference", "  chapters:"]
    lines += [f"  - file: {name}" for name in GENERATED_PAGES]
    if chronology:  # its landing page and period pages, then the coding rules; flat (a nested entry's
        # toggle in the sidebar is a <summary> without a name, which axe-core counts as serious)
        lines += [f"  - file: {name}" for name in [*chronology, CODING_PAGE]]
    if teacher_pages:
        lines += ["- caption: For teachers", "  chapters:"]
        lines += [f"  - file: {name}" for name in teacher_pages]
    return "\n".join(lines) + "\n"


def title_of(name: str, content: bytes) -> str:
    """The first Markdown heading of a page or notebook ('' when none).

    >>> title_of("x.md", b"Some text\\n## A heading\\n# Later")
    'A heading'
    """
    import json

    if name.endswith(".ipynb"):
        cells = json.loads(content).get("cells", [])
        text = "\n".join("".join(c["source"]) for c in cells if c.get("cell_type") == "markdown")
    else:
        text = content.decode("utf-8", errors="replace")
    for line in text.splitlines():
        if line.startswith("#"):
            return line.lstrip("#").strip()
    return ""


# --- teaching notes ------------------------------------------------------------------------------

_LISTS = ("prerequisites", "homework", "discussion", "mistakes", "cut_for_50")


@dataclass(frozen=True)
class TeacherNotes:
    """The teaching notes of one lesson, as written in ``book/teachers/NN.toml``.

    Keys of the file: ``lesson`` (the notebook's number, e.g. ``"01"``),
    ``title``, ``minutes`` (a whole number), ``new`` (true for a lesson not
    yet taught), ``summary`` (one paragraph), and four lists of Markdown
    strings: ``prerequisites``, ``homework``, ``discussion`` (questions),
    ``mistakes`` (common mistakes and what to say) and ``cut_for_50`` (what to
    leave out, or set as homework, to teach the lesson in a 50-minute class).
    """

    lesson: str
    title: str
    minutes: int
    summary: str
    prerequisites: tuple[str, ...]
    homework: tuple[str, ...]
    discussion: tuple[str, ...]
    mistakes: tuple[str, ...]
    cut_for_50: tuple[str, ...] = ()
    new: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def read_teacher_notes(path: Path) -> TeacherNotes:
    """Read and check one ``book/teachers/NN.toml``; ValueError naming the file and the key if it is wrong."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path}: not valid TOML: {exc}") from exc

    def need(key: str, kind: type) -> Any:
        value = raw.get(key)
        if not isinstance(value, kind) or isinstance(value, bool) is not (kind is bool) or value in ("", []):
            raise ValueError(f"{path}: key {key!r} must be a non-empty {kind.__name__}, not {value!r}")
        return value

    lists = {}
    for key in _LISTS:
        items = need(key, list)
        if not all(isinstance(item, str) and item.strip() for item in items):
            raise ValueError(f"{path}: every item of {key!r} must be non-empty text")
        lists[key] = tuple(item.strip() for item in items)
    lesson = need("lesson", str)
    if lesson != path.stem or not (lesson.isdigit() and len(lesson) == 2):
        raise ValueError(f"{path}: 'lesson' must be the two-digit number of the file name ({path.stem!r})")
    known = {"lesson", "title", "minutes", "new", "summary", *_LISTS}
    return TeacherNotes(
        lesson=lesson,
        title=need("title", str),
        minutes=need("minutes", int),
        summary=need("summary", str).strip(),
        new=bool(raw.get("new", False)),
        extra={k: v for k, v in raw.items() if k not in known},
        **lists,
    )


def _lesson_links(text: str, lessons: dict[str, str]) -> str:
    """``[text](lesson:NN)`` -> a link to lesson NN's page, or plain text when the book has no such lesson."""

    def replace(match: re.Match[str]) -> str:
        target = lessons.get(match.group(2))
        return f"[{match.group(1)}](../{target})" if target else match.group(1)

    return re.sub(r"\[([^\]]+)\]\(lesson:(\d\d)\)", replace, text)


def teacher_page(notes: TeacherNotes, lessons: dict[str, str]) -> str:
    """The Markdown page of a lesson's teaching notes.

    ``lessons`` maps a lesson's two-digit number to its notebook's file name
    (the lessons in this book); the notes write a link to a lesson as
    ``[Lesson 1](lesson:01)``, made a link here only when that lesson exists.

    >>> notes = TeacherNotes("07", "Measuring the relationship", 50, "Event codes.", ("[Lesson 0](lesson:00)",),
    ...                      ("Read a codebook.",), ("Can a number sum up a relation?",), ("Adding codes.",),
    ...                      ("Section 5 as homework.",), new=True)
    >>> page = teacher_page(notes, {"00": "00_introduction.ipynb"})
    >>> page.splitlines()[0], "New lesson" in page, "not yet in this book" in page
    ('# Lesson 7: teaching notes', True, True)
    >>> "- [Lesson 0](../00_introduction.ipynb)" in page, "- Lesson 0" in teacher_page(notes, {})
    (True, True)
    >>> "## In a 50-minute class" in page and "- Section 5 as homework." in page
    True
    """
    lesson_file = lessons.get(notes.lesson)
    number = int(notes.lesson)
    lines = [f"# Lesson {number}: teaching notes", ""]
    if notes.new:
        lines += [
            "```{admonition} New lesson",
            ":class: azru-new",
            "This lesson is new in this edition of the course: expect rough edges, and tell us what did not work.",
            "```",
            "",
        ]
    if lesson_file:
        lesson = f"[{number}. {notes.title}](../{lesson_file})"
    else:
        lesson = f"{number}. {notes.title} (not yet in this book: these notes describe the lesson as planned)"
    lines += [
        f"**Lesson:** {lesson}  ",
        f"**Time:** about {notes.minutes} minutes in class",
        "",
        notes.summary,
        "",
        "## Before the lesson",
        "",
        "What students should know or have done:",
        "",
        *(f"- {item}" for item in notes.prerequisites),
        "",
        "## Homework to set",
        "",
        *(f"- {item}" for item in notes.homework),
        "",
        "## Questions for discussion",
        "",
        *(f"{i}. {item}" for i, item in enumerate(notes.discussion, 1)),
        "",
        "## Common mistakes",
        "",
        *(f"- {item}" for item in notes.mistakes),
        "",
        "## In a 50-minute class",
        "",
        "The lesson's time is a student's, working alone; to teach it in a 50-minute class, cut or set as homework:",
        "",
        *(f"- {item}" for item in notes.cut_for_50),
        "",
    ]
    return _lesson_links("\n".join(lines), lessons)


# --- the landing page's words for each edition ------------------------------------------------------

_EDITION_TEXT = {
    "teacher": {
        "edition_intro": (
            "This book is the **teacher's edition**: the lessons as they were executed, with their tables, "
            "charts and worked solutions, rendered to plain web pages that work offline, and *teaching notes* "
            "for each lesson (time, prerequisites, homework, questions for discussion, common mistakes) under "
            "**For teachers** in the menu. The **student edition** has the same lessons without the solutions "
            "and without the teaching notes."
        ),
        "edition_exercises": ("In this teacher's edition each worked solution sits under a *Show solution* button."),
    },
    "student": {
        "edition_intro": (
            "This book is the **student edition**: the lessons as they were executed, with their tables and "
            "charts, rendered to plain web pages that work offline. Where the teacher's edition shows a worked "
            "solution, this edition leaves an empty answer cell: download the lesson's notebook (the download "
            "button at the top of each lesson) and work the exercises in JupyterLab."
        ),
        "edition_exercises": (
            "In this student edition every worked solution is replaced by an answer cell to fill in (`answer = ...`: "
            "replace the `...` with your code); the self-checks that tell you whether an answer is right are kept, "
            "not yet run. A written exercise shows what a good answer contains."
        ),
    },
}


def edition_substitutions(edition: str) -> dict[str, str]:
    """The MyST substitutions (``{{ edition_intro }}`` …) the landing page uses, for ``edition``.

    >>> "student edition" in edition_substitutions("student")["edition_intro"]
    True
    """
    return dict(_EDITION_TEXT[edition])
