"""Society charts: census counts of the two diasporas, and Russian-language schooling as each source counts it.

Both take a frame shaped like ``azru.measures()``; the columns used are
``indicator, period, value, qualifier, subject`` (and ``reporter`` or
``source_id`` to tell sources apart). Rows without a period cannot be placed
on a time axis: the chart says how many it left out.

>>> format_count(603070.0), format_count(340000.0, "about"), format_count(400.0, "more_than")
('603k', '~340k', '>400')
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

from azru.charts.base import (
    NOTE_COLOUR,
    PALETTE,
    THEME_COLOURS,
    empty_figure,
    empty_note,
    new_figure,
    source_line,
    style,
)
from azru.charts.trade import reporter_style
from azru.vocabulary import vocabulary, with_derived

__all__ = ["DEFAULT_CENSUS_CAVEAT", "census_series", "counts_by_source", "event_chart", "format_count"]

#: The caveat written beside a 2021 census count unless another is given.
DEFAULT_CENSUS_CAVEAT = (
    "2020/21 Russian census: a large share of respondents gave no nationality, "
    "so counts by nationality fell partly for that reason"
)
_MARKERS = ["o", "s", "^", "D", "v", "P", "X", "h"]


def format_count(value: float, qualifier: object = "exact") -> str:
    """A number written short (``82.5k``, ``1.2m``, ``4.9bn``) with its qualifier (``~``, ``>``…).

    >>> format_count(82535.0), format_count(1_200_000.0), format_count(15.0), format_count(4.9e9), format_count(336.5)
    ('82.5k', '1.2m', '15', '4.9bn', '336.5')
    """
    prefix = vocabulary().sign(qualifier)
    if abs(value) >= 1e9:
        text = f"{value / 1e9:.3g}bn"
    elif abs(value) >= 1e6:
        text = f"{value / 1e6:.3g}m"
    elif abs(value) >= 1e4:
        text = f"{value / 1e3:.3g}k"
    elif float(value).is_integer():
        text = f"{value:,.0f}"
    else:
        text = f"{value:.4g}"
    return prefix + text


def _fractional_year(start: pd.Series) -> pd.Series:
    """The first day of each period as a year with a fraction (``2024-07-01`` is about 2024.5)."""
    return start.dt.year + (start.dt.day_of_year - 1) / 365.25


def _subject_colour(subject: str, index: int) -> str:
    """Russia's census blue, Azerbaijan's vermillion (as in the trade charts); others by palette."""
    text = subject.lower()
    if text.endswith("in russia"):
        return PALETTE[0]
    if text.endswith("in azerbaijan"):
        return PALETTE[1]
    return PALETTE[(index + 2) % len(PALETTE)]


def _label_points(ax: Axes, labels: list[tuple[float, float, str, str]]) -> None:
    """Write each point's label to its right, shifted up or down by a line where it would overprint another.

    Markers count as taken space too. Positions are estimated in points from
    the settled layout (call this last): about 5 points a character, 10 a line.
    """
    ax.figure.draw_without_rendering()  # settle the layout, so that positions are where they will be drawn
    scale = 72 / ax.figure.dpi
    points = [tuple(v * scale for v in ax.transData.transform((x, y))) for x, y, _, _ in labels]
    boxes: list[tuple[float, float, float, float]] = [(px - 4, py - 4, px + 4, py + 4) for px, py in points]
    for x, y, text, colour in sorted(labels, key=lambda item: (item[0], -item[1])):
        px, py = (v * scale for v in ax.transData.transform((x, y)))
        width = 5.0 * len(text) + 4
        for shift in (0, -1, 1, -2, 2, -3, 3):
            left, bottom = px + 7, py - 5 + 10 * shift
            box = (left, bottom, left + width, bottom + 10)
            if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in boxes):
                break
        boxes.append(box)
        ax.annotate(
            text, (x, y), xytext=(7, 10 * shift), textcoords="offset points", va="center", fontsize=8, color=colour
        )


def _bound_handle() -> Line2D:
    return Line2D(
        [], [], color="#555555", marker="o", markerfacecolor="white", linewidth=0, label="hollow: a bound (more than…)"
    )


def _people(value: float, _position: object = None) -> str:
    return f"{value / 1e3:,.0f}k" if value else "0"


def census_series(
    frame: pd.DataFrame,
    caveat: str | None = None,
    caveat_year: int = 2021,
    indicator: str = "census_population",
    source: str = "azru data package",
) -> Figure:
    """One series per ``subject`` (e.g. Azerbaijanis in Russia, Russians in Azerbaijan), a point per census count.

    Every count is drawn and labelled (hollow when only a bound is given);
    a dotted line joins one census to the next, where there are no counts.
    The count(s) of ``caveat_year`` carry the ``caveat`` (by default
    :data:`DEFAULT_CENSUS_CAVEAT`; pass ``""`` for none).

    >>> frame = pd.DataFrame({
    ...     "indicator": ["census_population"] * 4,
    ...     "period": ["2002", "2010", "2021", "2009"], "value": [620000.0, 603070.0, 474576.0, 119300.0],
    ...     "qualifier": ["about", "exact", "exact", "exact"],
    ...     "subject": ["Azerbaijanis in Russia"] * 3 + ["Russians in Azerbaijan"]})
    >>> fig = census_series(frame, caveat="Many gave no nationality.")
    >>> ax = fig.axes[0]
    >>> [t.get_text() for t in ax.get_legend().get_texts()]
    ['Azerbaijanis in Russia', 'Russians in Azerbaijan', 'dotted: between censuses (no count)']
    >>> sorted(t.get_text() for t in ax.texts)
    ['119k', '2021: Many gave no nationality.', '475k', '603k', '~620k']
    """
    caveat = DEFAULT_CENSUS_CAVEAT if caveat is None else caveat
    rows = with_derived(frame[frame["indicator"] == indicator])
    undated = int(rows["year"].isna().sum())
    rows = rows.dropna(subset=["year"]).astype({"year": "float64"})  # plotted as numbers; the loader's years
    rows = rows.sort_values(["subject", "year", "value"], kind="stable")
    fig, ax = new_figure(9.0, 5.0)
    with style():
        ax.set_title("Census counts, each census as published")
        if rows.empty:
            return empty_figure(fig, ax, f"No {indicator.replace('_', ' ')} counts in the data.", source)
        subjects = list(dict.fromkeys(rows["subject"].astype("object").fillna("(no subject)")))
        rows["subject"] = rows["subject"].astype("object").fillna("(no subject)")
        handles = []
        for i, subject in enumerate(subjects):
            colour = _subject_colour(subject, i)
            mine = rows[rows["subject"] == subject]
            level = ~mine["bound"]
            ax.scatter(mine["year"][level], mine["value"][level], color=colour, s=50, zorder=3)
            ax.scatter(
                mine["year"][~level],
                mine["value"][~level],
                facecolors="white",
                edgecolors=colour,
                s=50,
                zorder=3,
                linewidths=1.4,
            )
            per_year = mine.groupby("year")["value"].median()
            ax.plot(per_year.index, per_year.values, linestyle=":", color=colour, linewidth=1.4, zorder=2)
            for _, same_year in mine.groupby("year"):
                for k, row in enumerate(same_year.sort_values("value", ascending=False).itertuples(index=False)):
                    ax.annotate(
                        format_count(row.value, row.qualifier),
                        (row.year, row.value),
                        xytext=(0, 7) if k == 0 else (-7, -3 - 9 * (k - 1)),
                        textcoords="offset points",
                        ha="center" if k == 0 else "right",
                        va="bottom" if k == 0 else "top",
                        fontsize=8,
                        color=colour,
                    )
            handles.append(Line2D([], [], color=colour, marker="o", linewidth=0, label=subject))
            if caveat:
                for row in mine[mine["year"] == caveat_year].itertuples(index=False):
                    ax.annotate(
                        textwrap.fill(f"{caveat_year}: {caveat}", 34),
                        (row.year, row.value),
                        xytext=(-12, -14),
                        textcoords="offset points",
                        ha="right",
                        va="top",
                        fontsize=8,
                        color=NOTE_COLOUR,
                        arrowprops={"arrowstyle": "->", "color": NOTE_COLOUR, "linewidth": 0.8},
                    )
        handles.append(Line2D([], [], color="#555555", linestyle=":", label="dotted: between censuses (no count)"))
        if rows["bound"].any():
            handles.append(_bound_handle())
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.08), ncols=3, fontsize=8)
        first, last = int(rows["year"].min()), int(rows["year"].max())
        ax.set_xlim(first - 2, last + 2)
        ax.set_ylim(0, rows["value"].max() * 1.15)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(FuncFormatter(_people))
        ax.set_ylabel("people")
    note = f"{undated} undated count{'s' if undated != 1 else ''} not shown" if undated else ""
    source_line(fig, " · ".join(x for x in (source, note) if x))
    return fig


def counts_by_source(
    frame: pd.DataFrame,
    indicators: Sequence[str] = ("russian_language_schools", "russian_language_pupils"),
    by: str = "subject",
    titles: Sequence[str] | None = None,
    source: str = "azru data package",
    label: str | None = "reporter",
    ylabel: str | None = None,
) -> Figure:
    """One panel per indicator; each count a labelled point coloured by what it counts (``by``), never joined.

    Each point is labelled with its value; when the frame has a ``label``
    column (``reporter`` by default) the marker says whose figure it is.

    Sources count different things (schools with a Russian section, or only
    fully Russian-medium schools; pupils taught in Russian, or learning it),
    so the points are not a series, and the chart says so. Undated counts
    are listed under the chart, not drawn.

    >>> frame = pd.DataFrame({
    ...     "indicator": ["russian_language_schools"] * 3 + ["russian_language_pupils"],
    ...     "period": ["2006-02-21", "2019", "2019", None], "value": [400.0, 314.0, 15.0, 100000.0],
    ...     "qualifier": ["more_than", "exact", "exact", "about"],
    ...     "subject": ["schools teaching in Russian", "schools with a Russian section",
    ...                 "fully Russian-medium schools", "pupils taught in Russian"]})
    >>> fig = counts_by_source(frame)
    >>> len(fig.axes), fig.axes[0].get_title("left")
    (2, 'russian language schools')
    >>> sorted(t.get_text() for t in fig.axes[0].texts)
    ['15', '314', '>400']
    >>> fig.axes[1].texts[0].get_text().replace("\\n", " ")
    'No dated russian language pupils counts in the data.'
    """
    titles = list(titles) if titles is not None else [i.replace("_", " ") for i in indicators]
    n = max(1, len(indicators))
    fig, axes = new_figure(10.0, 3.0 * n + 1.0, nrows=n, squeeze=False)
    undated = 0
    with style():
        fig.suptitle(
            "As each source counts them: definitions differ, so the points are not a series",
            x=0.0,
            ha="left",
            fontsize=10,
            color=NOTE_COLOUR,
        )
        for ax, indicator, title in zip(axes[:, 0], indicators, titles, strict=False):
            rows = with_derived(frame[frame["indicator"] == indicator])
            undated += int(rows["year"].isna().sum())
            rows = rows.dropna(subset=["year"])
            rows = rows.assign(at=_fractional_year(rows["period_start"])).sort_values(["at", "value"], kind="stable")
            ax.set_title(title, fontsize=11)
            if rows.empty:
                empty_note(ax, f"No dated {title} counts in the data.")
                continue
            rows["key"] = rows[by].astype("object").fillna("(not stated)")
            keys = list(dict.fromkeys(rows["key"]))
            whose = rows[label].astype("object").fillna("unclear") if label and label in rows else None
            marker_for = (
                {r: _MARKERS[k % len(_MARKERS)] for k, r in enumerate(dict.fromkeys(whose))}
                if whose is not None
                else {}
            )
            colours = [c for c in PALETTE if c != "#F0E442"]
            handles: list = []
            labels: list[tuple[float, float, str, str]] = []
            for i, key in enumerate(keys):
                colour = colours[i % len(colours)]
                mine = rows[rows["key"] == key]
                level = ~mine["bound"]
                marker_of = (
                    whose[mine.index].map(marker_for)
                    if whose is not None
                    else pd.Series(_MARKERS[i % len(_MARKERS)], index=mine.index)
                )
                for marker in dict.fromkeys(marker_of):
                    same = marker_of == marker
                    ax.scatter(
                        mine["at"][level & same],
                        mine["value"][level & same],
                        color=colour,
                        marker=marker,
                        s=50,
                        zorder=3,
                    )
                    ax.scatter(
                        mine["at"][~level & same],
                        mine["value"][~level & same],
                        facecolors="white",
                        edgecolors=colour,
                        marker=marker,
                        s=50,
                        zorder=3,
                        linewidths=1.4,
                    )
                labels += [
                    (row.at, row.value, format_count(row.value, row.qualifier), colour) for row in mine.itertuples()
                ]
                handles.append(Patch(color=colour, label=textwrap.fill(key, 40)))
            if whose is not None:
                for reporter, marker in marker_for.items():
                    name = reporter_style(reporter).label if label == "reporter" else str(reporter)
                    handles.append(Line2D([], [], color="#555555", marker=marker, linewidth=0, label=f"marker: {name}"))
            if rows["bound"].any():
                handles.append(_bound_handle())
            ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, labelspacing=0.7)
            first, last = int(rows["at"].min()), int(rows["at"].max()) + 1
            pad = max(0.5, (6 - (last - first)) / 2)
            ax.set_xlim(first - pad, last + pad)
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            units = set(rows["unit"].astype("object")) if "unit" in rows else set()
            if units == {"rank"}:  # first place at the top
                ax.set_ylim(rows["value"].max() + 0.7, 0.3)
                ax.yaxis.set_major_locator(MaxNLocator(integer=True))
                ax.set_ylabel("rank (1 = first)")
            else:
                suffix = "%" if units == {"percent"} else ""
                ax.set_ylim(0, rows["value"].max() * 1.2)
                ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p, s=suffix: (format_count(v) if v else "0") + s))
            if ylabel:
                ax.set_ylabel(ylabel)
            _label_points(ax, labels)
    note = f"{undated} undated count{'s' if undated != 1 else ''} not shown" if undated else ""
    source_line(fig, " · ".join(x for x in (source, note) if x))
    return fig


def event_chart(
    events: pd.DataFrame,
    title: str | None = None,
    source: str = "azru data package",
    wrap: int = 46,
) -> Figure:
    """One row per event (by title), oldest at the top; each source's date a mark on that row.

    A date given to the day is a filled dot; a month or a year is a hollow
    dot in the middle of a thin line over the days it may mean; an event
    lasting more than a month is a thick bar. Two sources that date one
    event differently give two marks on one row, so disagreement shows.
    Colours follow the theme. ``events`` needs ``title, start, end, precision, theme``.

    >>> import azru
    >>> fig = event_chart(azru.events(theme="society"), title="Society")
    >>> fig.axes[0].get_title("left"), len(fig.axes[0].get_yticklabels()) > 0
    ('Society', True)
    """
    rows = events.sort_values(["start", "title"], kind="stable")
    titles = list(dict.fromkeys(rows["title"]))
    fig, ax = new_figure(9.5, 0.42 * len(titles) + 1.8)
    with style():
        ax.set_title(title or "Events, each date as its source gives it")
        if rows.empty:
            return empty_figure(fig, ax, "No events of this kind in the data.", source)
        themes = []
        for i, name in enumerate(titles):
            y = len(titles) - 1 - i
            group = rows[rows["title"] == name]
            for row in group.itertuples(index=False):
                colour = THEME_COLOURS.get(str(row.theme), PALETTE[0])
                themes.append(str(row.theme))
                days = (row.end - row.start).days
                if isinstance(getattr(row, "date_end", None), str) and days > 31:
                    ax.plot([row.start, row.end], [y, y], color=colour, linewidth=6, alpha=0.6, solid_capstyle="butt")
                elif row.precision == "day" or days == 0:
                    ax.scatter([row.start], [y], color=colour, s=40, zorder=3)
                else:
                    middle = row.start + (row.end - row.start) / 2
                    ax.plot([row.start, row.end], [y, y], color=colour, linewidth=1.2, zorder=2)
                    ax.scatter([middle], [y], facecolors="white", edgecolors=colour, s=40, zorder=3, linewidths=1.4)
            if group["source_id"].nunique() > 1:
                ax.annotate(
                    f"{group['source_id'].nunique()} sources",
                    (group["end"].max(), y),
                    xytext=(8, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=7.5,
                    color=NOTE_COLOUR,
                )
        ax.set_yticks(range(len(titles)), [textwrap.fill(t, wrap) for t in reversed(titles)], fontsize=8)
        ax.set_ylim(-0.7, len(titles) - 0.3)
        ax.grid(axis="x", color="#dddddd")
        ax.grid(axis="y", visible=False)
        handles = [
            Line2D([], [], color=THEME_COLOURS.get(t, PALETTE[0]), marker="o", linewidth=0, label=t)
            for t in dict.fromkeys(themes)
        ]
        handles.append(
            Line2D(
                [],
                [],
                color="#555555",
                marker="o",
                markerfacecolor="white",
                label="month or year only: the span it may be",
            )
        )
        height = 0.42 * len(titles) + 1.8
        ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.45 / height), ncols=4, fontsize=8)
    source_line(fig, source)
    return fig
