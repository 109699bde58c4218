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

__all__ = ["BEGIN", "END", "LONG_ENUM", "column_dictionary", "coverage", "indicators", "refresh", "trade_coverage"]

#: Vocabularies longer than this are not listed inline in the column dictionary.
LONG_ENUM = 30
BEGIN = "<!-- BEGIN GENERATED: {name} -->"
END = "<!-- END GENERATED: {name} -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def column_dictionary(descriptor: dict[str, Any]) -> str:
    """A Markdown table of every column of every resource."""
    parts = []
    for resource in descriptor["resources"]:
        if "schema" not in resource:  # not a table (the geometry): described by its own README
            parts.append(f"### `{resource['path']}`\n")
            parts.append(f"{_cell(resource.get('description', ''))} Not a table: no columns.\n")
            continue
        parts.append(f"### `{resource['path']}`\n")
        parts.append("| column | type | unit | required | meaning |")
        parts.append("| --- | --- | --- | --- | --- |")
        for field in resource["schema"]["fields"]:
            constraints = field.get("constraints", {})
            meaning = field.get("description", "")
            if "enum" in constraints and "x-definitions" in field and len(constraints["enum"]) > LONG_ENUM:
                # a long vocabulary (the indicators) is listed with its definitions elsewhere, not inline
                meaning += f" One of {len(constraints['enum'])} values, each defined in the field's `x-definitions`."
            elif "enum" in constraints:
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


def _definitions(descriptor: dict[str, Any], resource: str, field: str) -> dict[str, str]:
    for entry in descriptor.get("resources", []):
        if entry["name"] == resource:
            for spec in entry.get("schema", {}).get("fields", []):
                if spec["name"] == field:
                    return dict(spec.get("x-definitions", {}))
    return {}


def indicators(facts: Facts) -> str:
    """A Markdown table of the indicators used in measures: meaning, theme, units, rows, periods covered.

    The meaning is the indicator's definition in ``datapackage.json`` (the
    field's ``x-definitions``).
    """
    m = facts.measures.assign(indicator=facts.measures["indicator"].astype(str))
    meaning = _definitions(facts.descriptor, "measures", "indicator")
    rows = []
    for name, group in m.groupby("indicator", sort=True):
        years = group["year"].dropna()
        span = f"{int(years.min())}–{int(years.max())}" if len(years) else "undated"
        units = ", ".join(sorted(group["unit"].astype(str).unique()))
        themes = ", ".join(sorted(group["theme"].astype(str).unique()))
        rows.append(f"| `{name}` | {_cell(meaning.get(str(name), ''))} | {themes} | {units} | {len(group)} | {span} |")
    header = ["| indicator | meaning | theme | unit | rows | years |", "| --- | --- | --- | --- | --- | --- |"]
    return "\n".join([*header, *rows]) + "\n"


TRADE_COLUMNS = (
    ("Azerbaijani side", "statistics or officials"),
    ("Russian side", "statistics or officials"),
    ("COW", "importer-reported"),
    ("other data sets and bodies", ""),
    ("seed / unclear", "whose figure not stated"),
)


def _trade_column(reporter: str, side: str) -> str:
    """The coverage table's column for a reporter; ``side`` is the vocabulary's side of it."""
    if reporter == "cow_trade":
        return "COW"
    if reporter in ("unclear", "media"):
        return "seed / unclear"
    return {"Azerbaijani": "Azerbaijani side", "Russian": "Russian side"}.get(side, "other data sets and bodies")


def _trade_label(indicator: str, flow: str) -> str:
    if indicator == "trade_turnover":
        return "turnover"
    if flow in ("az_to_ru", "ru_to_az"):
        return flow.replace("_to_", "→")
    return f"{indicator} (no direction)"


def trade_coverage(facts: Facts, first: int = 1992, last: int = 2025) -> str:
    """A Markdown table, one row a year, of whose whole-year trade figures in USD exist, and a count of the years.

    A figure counts when its period is one whole calendar year, its unit USD
    and its indicator ``trade_turnover``, ``exports`` or ``imports``. Cells
    list what each side gives: ``turnover``, a direction of goods
    (``az→ru``, ``ru→az``; exports and imports alike), or a figure whose
    direction the source does not state; ``(bound)`` marks a label whose only
    figures are bounds ("more than", "almost"). Years without any figure are
    listed by name: nothing is filled in.

    >>> import azru
    >>> text = trade_coverage(azru.load())
    >>> text.splitlines()[0].startswith("| year | Azerbaijani side")
    True
    >>> [line for line in text.splitlines() if line.startswith("| 2008 |")]  # doctest: +NORMALIZE_WHITESPACE
    ['| 2008 |  |  | az→ru, ru→az |  | exports (no direction), imports (no direction), turnover |']
    """
    from azru.trade import annual

    kinds = facts.sources.assign(kind=facts.sources["kind"].astype(str)).set_index("source_id")["kind"]
    datasets = set(kinds[kinds == "dataset"].index)
    frame = annual(facts.measures, ["trade_turnover", "exports", "imports"], "USD")
    cells: dict[tuple[int, str], dict[str, bool]] = {}
    by_year: dict[int, set[str]] = {}
    for row in frame.itertuples(index=False):
        year = int(row.year)
        if not first <= year <= last:
            continue
        reporter = str(row.reporter) if isinstance(row.reporter, str) else "unclear"
        flow = str(row.flow) if isinstance(row.flow, str) else ""
        label = _trade_label(str(row.indicator), flow)
        column = _trade_column(reporter, facts.vocabulary.side(reporter))
        level = not bool(row.bound)  # the vocabulary says which qualifiers state a level
        labels = cells.setdefault((year, column), {})
        labels[label] = labels.get(label, False) or level
        by_year.setdefault(year, set()).add("dataset" if row.source_id in datasets else "page")
    names = [name for name, _ in TRADE_COLUMNS]
    header = "| year | " + " | ".join(f"{n} ({w})" if w else n for n, w in TRADE_COLUMNS) + " |"
    lines = [header, "| " + " | ".join(["---"] * (len(names) + 1)) + " |"]
    for year in range(first, last + 1):
        row_cells = []
        for name in names:
            labels = cells.get((year, name), {})
            row_cells.append(", ".join(f"{k}{'' if level else ' (bound)'}" for k, level in sorted(labels.items())))
        lines.append(f"| {year} | " + " | ".join(row_cells) + " |")
    years = list(range(first, last + 1))
    covered = [y for y in years if y in by_year]
    missing = [y for y in years if y not in by_year]
    only_data = [y for y in covered if by_year[y] == {"dataset"}]
    bounds_only = [y for y in covered if not any(any(c.values()) for (cy, _), c in cells.items() if cy == y)]
    summary = [
        "",
        f"**{len(covered)} of the {len(years)} years {first}–{last}** have at least one whole-year trade figure in USD"
        + (f"; none for {_years(missing)}." if missing else "."),
        f"Years whose only figures come from research data sets (no page states one): {_years(only_data) or 'none'}.",
        f"Years whose only figures are bounds: {_years(bounds_only) or 'none'}.",
    ]
    return "\n".join(lines + summary) + "\n"


def _years(years: list[int]) -> str:
    """Years as ranges: ``1992–1998, 2001``.

    >>> _years([1992, 1993, 1994, 2001, 2003, 2004])
    '1992–1994, 2001, 2003–2004'
    """
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


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
