"""Charts of things that last or follow each other: spans as bars, and chains of claims.

:func:`span_chart` draws one horizontal bar per row (a lease, a programme, a
deployment, a cultural year); :func:`claim_chain` draws a short sequence of
events (an allegation, a summons, a denial, a leaked cable) on a time axis,
with the marker shape saying whether each was reported, claimed, denied or
planned.

>>> import pandas as pd
>>> frame = pd.DataFrame({"title": ["Lease"], "start": [pd.Timestamp("2002-01-25")], "end": [pd.Timestamp("2012-12-09")]})
>>> span_chart(frame, "title").axes[0].get_yticklabels()[0].get_text()
'Lease'
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from itertools import pairwise

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from azru.charts.base import (
    NOTE_COLOUR,
    PALETTE,
    THEME_COLOURS,
    empty_figure,
    new_figure,
    source_line,
    style,
)
from azru.dates import parse_partial

__all__ = ["STATUS_COLOURS", "STATUS_MARKERS", "claim_chain", "span_chart"]

# Shape and colour both carry the status, so the chart reads in grey too.
STATUS_MARKERS = {"reported": "o", "claimed": "^", "denied": "X", "planned": "s"}
STATUS_COLOURS = {"reported": "#0072B2", "claimed": "#E69F00", "denied": "#D55E00", "planned": "#009E73"}
_ONE_DAY = pd.Timedelta(days=1)


def _date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))


def _colours_for(values: pd.Series) -> dict[str, str]:
    """A fixed colour for each category: the theme colour for themes, else the palette in sorted order."""
    names = sorted({str(v) for v in values.dropna()})
    if names and all(n in THEME_COLOURS for n in names):
        return {n: THEME_COLOURS[n] for n in names}
    return {n: PALETTE[i % len(PALETTE)] for i, n in enumerate(names)}


def _wrap(text: object, width: int) -> str:
    return "\n".join(textwrap.wrap(str(text), width)) or str(text)


def span_chart(
    frame: pd.DataFrame,
    label_col: str,
    start_col: str = "start",
    end_col: str = "end",
    colour_col: str | None = None,
    source: str = "azru data package",
    title: str | None = None,
    wrap: int = 40,
    limits: tuple[str, str] | None = None,
) -> Figure:
    """Horizontal bars, one per row, from ``start_col`` to ``end_col`` (both days included), earliest on top.

    A row without an end is drawn as a marker at its start with the words
    "no end date"; a one-day span as a diamond. ``colour_col`` colours the
    bars by category (themes get their theme colour) and adds a legend. An
    empty frame gives a chart that says so instead of failing. ``limits``
    (two partial dates, e.g. ``("1991", "2025")``) fixes the time axis, to
    show a few dates against the whole period.

    >>> import pandas as pd
    >>> frame = pd.DataFrame(
    ...     {
    ...         "what": ["Year of Azerbaijan in Russia", "Year of Russia in Azerbaijan", "Peacekeepers"],
    ...         "start": pd.to_datetime(["2005-01-01", "2006-01-01", "2020-11-10"]),
    ...         "end": pd.to_datetime(["2005-12-31", "2006-12-31", None]),
    ...         "theme": ["society", "society", "military"],
    ...     }
    ... )
    >>> fig = span_chart(frame, "what", colour_col="theme")
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Year of Azerbaijan in Russia', 'Year of Russia in Azerbaijan', 'Peacekeepers']
    >>> [t.get_text() for t in fig.legends[0].get_texts()]
    ['military', 'society']
    >>> import matplotlib.dates as mdates
    >>> axis = span_chart(frame.dropna(), "what", limits=("1991", "2025")).axes[0].get_xlim()
    >>> mdates.num2date(axis[0]).year, mdates.num2date(axis[1]).year
    (1990, 2026)
    >>> span_chart(frame.iloc[:0], "what").axes[0].texts[0].get_text()
    'No spans to draw: the data holds none for this chart.'
    """
    rows = frame[frame[start_col].notna()].sort_values([start_col, end_col], kind="stable", na_position="last")
    undated = len(frame) - len(rows)
    fig, ax = new_figure(9.0, max(2.6, 0.42 * len(rows) + 1.6))
    with style():
        if title:
            ax.set_title(title)
        if rows.empty:
            return empty_figure(fig, ax, "No spans to draw: the data holds none for this chart.", source)
        colours = _colours_for(rows[colour_col]) if colour_col else {}
        starts = pd.to_datetime(rows[start_col])
        ends = pd.to_datetime(rows[end_col])
        y_positions = list(range(len(rows) - 1, -1, -1))
        for y, start, end, (_, row) in zip(y_positions, starts, ends, rows.iterrows(), strict=True):
            colour = colours.get(str(row[colour_col]), PALETTE[0]) if colour_col else PALETTE[0]
            if pd.isna(end):
                ax.plot([start], [y], marker="o", color=colour, markersize=7, zorder=3)
                ax.annotate(
                    "no end date",
                    (mdates.date2num(start), y),
                    xytext=(8, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=8,
                    color=NOTE_COLOUR,
                )
            elif end - start < _ONE_DAY:
                ax.plot([start], [y], marker="D", color=colour, markersize=7, zorder=3)
            else:
                left = mdates.date2num(start)
                width = mdates.date2num(end + _ONE_DAY) - left
                ax.barh(y, width, left=left, height=0.6, color=colour, zorder=2)
        ax.set_yticks(y_positions, [_wrap(v, wrap) for v in rows[label_col]])
        ax.set_ylim(-0.7, len(rows) - 0.3)
        ax.xaxis_date()
        _date_axis(ax)
        ax.grid(axis="x", color="#dddddd")
        ax.grid(axis="y", visible=False)
        first, last = starts.min(), pd.concat([starts, ends]).max()
        pad = max((last - first) * 0.04, pd.Timedelta(days=20))
        # room for the words "no end date" after an open-ended row
        extra = pd.Timedelta(days=0) if ends.notna().all() else max((last - first) * 0.12 + pad, pd.Timedelta(days=365))
        if limits is not None:
            first = min(first, pd.Timestamp(parse_partial(limits[0])[0]))
            last = max(last, pd.Timestamp(parse_partial(limits[1])[1]))
            pad = max((last - first) * 0.02, pd.Timedelta(days=20))
        ax.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad + extra))
        if colour_col:
            handles = [Patch(color=c, label=name) for name, c in colours.items()]
            fig.legend(
                handles=handles,
                loc="outside lower center",
                ncols=min(6, len(handles)),
                fontsize=8,
                title=colour_col.replace("_", " "),
                title_fontsize=8,
            )
    note = f" {undated} row(s) without a start date not shown." if undated else ""
    source_line(fig, source + note)
    return fig


def _date_text(row: pd.Series) -> str:
    written = row.get("date")
    if isinstance(written, str) and written:
        end = row.get("date_end")
        return f"{written}…{end}" if isinstance(end, str) and end else written
    return pd.Timestamp(row["start"]).strftime("%Y-%m-%d")


def claim_chain(
    events: pd.DataFrame,
    label_col: str = "title",
    status_col: str = "status",
    source: str = "azru data package",
    title: str | None = None,
    wrap: int = 46,
    statuses: Sequence[str] = tuple(STATUS_MARKERS),
) -> Figure:
    """A chain of claims read top to bottom: each event's date and title, a marker on a time axis shaped by status.

    Dates known only to the month or year are drawn as a pale bar covering
    the days they may be; the marker sits on the first of those days. Thin
    arrows join the events in date order. ``statuses`` fixes the order of the
    legend; any other status is drawn as a plain dot.

    >>> import pandas as pd
    >>> chain = pd.DataFrame(
    ...     {
    ...         "date": ["2009-01", "2009-01-12", "2009-01-21"],
    ...         "start": pd.to_datetime(["2009-01-01", "2009-01-12", "2009-01-21"]),
    ...         "end": pd.to_datetime(["2009-01-31", "2009-01-12", "2009-01-21"]),
    ...         "title": ["Media allege deliveries", "Ambassador summoned", "Moscow denies"],
    ...         "status": ["claimed", "reported", "denied"],
    ...     }
    ... )
    >>> fig = claim_chain(chain)
    >>> [t.get_text().splitlines()[0] for t in fig.axes[0].get_yticklabels()]
    ['2009-01 · claimed', '2009-01-12 · reported', '2009-01-21 · denied']
    >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    ['reported', 'claimed', 'denied', 'days covered (span or imprecise date)']
    """
    rows = events[events["start"].notna()].sort_values(["start", "end"], kind="stable")
    fig, ax = new_figure(9.0, max(2.6, 0.62 * len(rows) + 1.7))
    with style():
        if title:
            ax.set_title(title)
        if rows.empty:
            return empty_figure(fig, ax, "No events to draw: the data holds none for this chain.", source)
        y_positions = list(range(len(rows) - 1, -1, -1))
        starts = pd.to_datetime(rows["start"])
        ends = pd.to_datetime(rows["end"]).fillna(starts)
        points = []
        uncertain = False
        for y, start, end, (_, row) in zip(y_positions, starts, ends, rows.iterrows(), strict=True):
            status = str(row[status_col])
            colour = STATUS_COLOURS.get(status, "#444444")
            if end - start >= _ONE_DAY:
                uncertain = True
                left = mdates.date2num(start)
                ax.barh(
                    y,
                    mdates.date2num(end + _ONE_DAY) - left,
                    left=left,
                    height=0.36,
                    color=colour,
                    alpha=0.25,
                    zorder=2,
                    linewidth=0,
                )
            ax.plot(
                [mdates.date2num(start)],
                [y],
                marker=STATUS_MARKERS.get(status, "o"),
                markersize=10,
                color=colour,
                markeredgecolor="white" if status != "planned" else colour,
                markerfacecolor=colour if status != "planned" else "white",
                markeredgewidth=1.2 if status != "planned" else 2.0,
                linestyle="none",
                zorder=4,
            )
            points.append((mdates.date2num(start), y))
        for (x0, y0), (x1, y1) in pairwise(points):
            ax.annotate(
                "",
                xy=(x1, y1 + 0.18),
                xytext=(x0, y0 - 0.18),
                arrowprops={"arrowstyle": "-|>", "color": "#999999", "linewidth": 0.8, "shrinkA": 4, "shrinkB": 4},
                zorder=1,
            )
        labels = [f"{_date_text(row)} · {row[status_col]}\n{_wrap(row[label_col], wrap)}" for _, row in rows.iterrows()]
        ax.set_yticks(y_positions, labels, fontsize=8.5)
        ax.set_ylim(-0.7, len(rows) - 0.3)
        ax.xaxis_date()
        _date_axis(ax)
        ax.grid(axis="y", color="#eeeeee")
        ax.grid(axis="x", color="#dddddd")
        first, last = starts.min(), ends.max()
        pad = max((last - first) * 0.06, pd.Timedelta(days=10))
        ax.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad))
        present = [s for s in statuses if s in set(rows[status_col].astype(str))]
        handles: list[Line2D | Patch] = [
            Line2D(
                [],
                [],
                marker=STATUS_MARKERS[s],
                color=STATUS_COLOURS[s],
                markerfacecolor=STATUS_COLOURS[s] if s != "planned" else "white",
                linestyle="none",
                markersize=8,
                label=s,
            )
            for s in present
        ]
        if uncertain:
            handles.append(Patch(color="#999999", alpha=0.35, label="days covered (span or imprecise date)"))
        ax.legend(handles=handles, loc="upper right", fontsize=8, title="status", framealpha=0.9, frameon=True)
    source_line(fig, source)
    return fig
