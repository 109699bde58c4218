"""Charts of events over time: counts per year by theme, and a swimlane timeline."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from matplotlib.figure import Figure

from azru.charts.base import THEME_COLOURS, new_figure, source_line, style

__all__ = ["events_per_year", "timeline"]


def events_per_year(events: pd.DataFrame, by: str = "theme", source: str = "azru data package") -> Figure:
    """Stacked bars: how many events each year, split by ``by`` (theme by default).

    >>> import azru
    >>> fig = events_per_year(azru.events())
    >>> fig.axes[0].get_ylabel()
    'events'
    """
    counts = events.groupby(["year", by], observed=True).size().unstack(by, fill_value=0).sort_index()
    years = range(int(counts.index.min()), int(counts.index.max()) + 1) if len(counts) else range(0)
    counts = counts.reindex(years, fill_value=0)
    fig, ax = new_figure()
    with style():
        bottom = pd.Series(0, index=counts.index)
        for column in counts.columns:
            colour = THEME_COLOURS.get(str(column)) if by == "theme" else None
            ax.bar(counts.index, counts[column], bottom=bottom, label=str(column), color=colour, width=0.8)
            bottom = bottom + counts[column]
        ax.set_ylabel("events")
        ax.set_xlabel("year")
        ax.legend(ncols=min(4, max(1, len(counts.columns))), loc="upper left", fontsize=8)
        ax.yaxis.get_major_locator().set_params(integer=True)
    source_line(fig, source)
    return fig


def timeline(
    events: pd.DataFrame,
    lanes: str = "theme",
    phases: Sequence[tuple[str, str, str]] = (),
    source: str = "azru data package",
) -> Figure:
    """Swimlanes: one row per ``lanes`` value, a mark per event, spans drawn as bars; ``phases`` are (start, end, label) bands.

    >>> import azru
    >>> fig = timeline(azru.events(), phases=[("1991", "1999", "1990s")])
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()][-2:]
    ['military', 'diplomacy']
    """
    order = (
        [t for t in THEME_COLOURS if t in set(events[lanes].astype(str))]
        if lanes == "theme"
        else sorted(events[lanes].astype(str).unique())
    )
    fig, ax = new_figure(9.0, 0.5 * len(order) + 2.0)
    with style():
        for i, (start, end, label) in enumerate(phases):
            s, e = (
                pd.Timestamp(start),
                pd.Timestamp(end) + pd.offsets.YearEnd(0) if len(end) == 4 else pd.Timestamp(end),
            )
            ax.axvspan(s, e, color="#f2f2f2" if i % 2 == 0 else "#e6e6e6", zorder=0)
            ax.text(s, len(order) - 0.4, label, fontsize=8, va="bottom", ha="left", color="#444444")
        for row, lane in enumerate(reversed(order)):
            subset = events[events[lanes].astype(str) == lane]
            colour = THEME_COLOURS.get(lane, "#0072B2")
            long = subset[subset["date_end"].notna() & ((subset["end"] - subset["start"]).dt.days > 31)]
            short = subset.drop(long.index)
            ax.scatter(short["start"], [row] * len(short), s=18, color=colour, alpha=0.8, zorder=3, linewidths=0)
            for start, end in zip(long["start"], long["end"], strict=True):
                ax.plot([start, end], [row, row], color=colour, linewidth=5, alpha=0.5, solid_capstyle="butt", zorder=2)
        ax.set_yticks(range(len(order)), list(reversed(order)))
        ax.set_ylim(-0.7, len(order) - 0.1 + (0.6 if phases else 0))
        ax.grid(axis="x", color="#dddddd")
        ax.grid(axis="y", visible=False)
    source_line(fig, source)
    return fig
