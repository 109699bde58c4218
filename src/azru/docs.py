"""Generated documentation of the data package: the column dictionary and coverage tables.

``data/README.md`` holds hand-written prose around blocks that this module
writes; ``python scripts/update_data_readme.py`` refreshes them and a test
fails when they are stale.

>>> import azru
>>> print(column_dictionary(azru.load().descriptor).splitlines()[2])
| column | type | unit | required | meaning |
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from azru.data import Facts

__all__ = ["BEGIN", "END", "column_dictionary", "coverage", "indicators", "refresh"]

BEGIN = "<!-- BEGIN GENERATED: {name} -->"
END = "<!-- END GENERATED: {name} -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def column_dictionary(descriptor: dict[str, Any]) -> str:
    """A Markdown table of every column of every resource."""
    parts = []
    for resource in descriptor["resources"]:
        parts.append(f"### `{resource['path']}`\n")
        parts.append("| column | type | unit | required | meaning |")
        parts.append("| --- | --- | --- | --- | --- |")
        for field in resource["schema"]["fields"]:
            constraints = field.get("constraints", {})
            meaning = field.get("description", "")
            if "enum" in constraints:
                meaning += " One of: " + ", ".join(f"`{v}`" for v in constraints["enum"]) + "."
            unit = field.get("unit", "see `unit`" if field["name"] == "value" else "")
            parts.append(
                f"| `{field['name']}` | {field['type']} | {unit} | {'yes' if constraints.get('required') else ''} | {_cell(meaning)} |"
            )
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


def coverage(facts: Facts) -> str:
    """Markdown tables: happenings (and the reports of them) by theme and five-year period, measures, sources.

    Counts of what happened count happenings (distinct ``happening_id``); reports are shown
    beside them where the point is how much the sources say.
    """
    happenings = facts.happenings.assign(theme=lambda f: f["theme"].astype(str))
    events = facts.events.assign(theme=facts.events["theme"].astype(str))
    measures = facts.measures.assign(theme=facts.measures["theme"].astype(str))
    by_theme = (
        pd.DataFrame(
            {
                "happenings": happenings.groupby("theme").size(),
                "reports (event rows)": events.groupby("theme").size(),
                "measures": measures.groupby("theme").size(),
            }
        )
        .fillna(0)
        .astype(int)
    )
    by_theme.loc["all"] = by_theme.sum()
    periods = (happenings["year"] // 5 * 5).astype(int)
    label = periods.astype(str) + "–" + (periods + 4).astype(str).str[-2:]
    by_period = happenings.assign(period=label).pivot_table(
        index="period", columns="theme", values="happening_id", aggfunc="count", fill_value=0
    )
    by_period["all"] = by_period.sum(axis=1)
    by_year = happenings.groupby("year").size()
    thinnest = by_year[by_year == by_year.min()]
    reports_per = happenings["n_reports"].value_counts().sort_index()
    reports_table = reports_per.rename("happenings").rename_axis("reports").to_frame()
    measures_by_year = measures.dropna(subset=["year"]).assign(period=lambda f: (f["year"] // 5 * 5).astype(int))
    measures_by_year["period"] = (
        measures_by_year["period"].astype(str) + "–" + (measures_by_year["period"] + 4).astype(str).str[-2:]
    )
    undated = int(measures["year"].isna().sum())
    sources = facts.sources.assign(kind=facts.sources["kind"].astype(str))
    by_kind = pd.crosstab(sources["kind"], sources["checked_against"].astype(str))
    by_kind["all"] = by_kind.sum(axis=1)
    return (
        "\n".join(
            [
                "**Happenings, reports and measures by theme**\n",
                _md(by_theme),
                "\n**Happenings by theme and period** (by the year the happening starts)\n",
                _md(by_period),
                f"\nEvery year {int(by_year.index.min())}–{int(by_year.index.max())} has at least "
                f"{int(by_year.min())} happenings (fewest in {', '.join(str(int(y)) for y in thinnest.index)}).\n",
                "\n**Reports per happening**\n",
                _md(reports_table),
                "\n**Measures by period** (by start of the period they refer to; "
                f"{undated} measures have no date because their source gives none)\n",
                _md(measures_by_year.groupby("period").size().rename("measures").to_frame()),
                "\n**Sources by kind and how they were checked**\n",
                _md(by_kind),
            ]
        )
        + "\n"
    )


def _md(frame: pd.DataFrame) -> str:
    header = "| " + " | ".join([frame.index.name or ""] + [str(c) for c in frame.columns]) + " |"
    rule = "| " + " | ".join(["---"] * (len(frame.columns) + 1)) + " |"
    rows = [
        "| " + " | ".join([str(i)] + [str(v) for v in row]) + " |"
        for i, row in zip(frame.index, frame.to_numpy(), strict=True)
    ]
    return "\n".join([header, rule, *rows])


def indicators(facts: Facts) -> str:
    """A Markdown table of the indicators used in measures: theme, units, rows, periods covered."""
    m = facts.measures
    rows = []
    for name, group in m.groupby("indicator", sort=True):
        years = group["year"].dropna()
        span = f"{int(years.min())}–{int(years.max())}" if len(years) else "undated"
        units = ", ".join(sorted(group["unit"].astype(str).unique()))
        themes = ", ".join(sorted(group["theme"].astype(str).unique()))
        rows.append(f"| `{name}` | {themes} | {units} | {len(group)} | {span} |")
    return "\n".join(["| indicator | theme | unit | rows | years |", "| --- | --- | --- | --- | --- |", *rows]) + "\n"


def refresh(text: str, blocks: dict[str, str]) -> str:
    """Replace each generated block in ``text`` by its new content."""
    for name, content in blocks.items():
        begin, end = BEGIN.format(name=name), END.format(name=name)
        pattern = re.compile(re.escape(begin) + ".*?" + re.escape(end), re.S)
        if not pattern.search(text):
            raise ValueError(f"no generated block {name!r} in the text")
        replacement = f"{begin}\n{content}{end}"
        text = pattern.sub(lambda _, new=replacement: new, text)
    return text
