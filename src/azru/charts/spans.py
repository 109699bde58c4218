"""Spans of time as horizontal bars: a lease, a programme, a deployment, a cultural year.

:func:`span_chart` draws one bar per row from its first to its last day on a
time axis, earliest on top. It is one of the few figures the lessons leave to
the package, because the date arithmetic of bars (a bar covers its last day
too; a row without an end is a dot marked "no end date") is fiddly and not
what a lesson teaches.

>>> import pandas as pd
>>> frame = pd.DataFrame({"title": ["Lease"], "start": [pd.Timestamp("2002-01-25")], "end": [pd.Timestamp("2012-12-09")]})
>>> span_chart(frame, "title").axes[0].get_yticklabels()[0].get_text()
'Lease'
"""

from __future__ import annotations

import textwrap

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from azru.charts.base import COLOURS, NOTE_COLOUR, empty_figure, new_figure, source_line, style

__all__ = ["span_chart"]

_ONE_DAY = pd.Timedelta(days=1)
UNCERTAIN_LABEL = "dated only to the month or year"


def _date_axis(ax: Axes) -> None:
    locator = mdates.AutoDateLocator(minticks=4, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))


def span_chart(
    frame: pd.DataFrame,
    label_col: str,
    start_col: str = "start",
    end_col: str = "end",
    colour_col: str | None = None,
    uncertain_col: str | None = None,
    source: str = "events.csv",
    title: str | None = None,
    wrap: int = 34,
    uncertain_label: str = UNCERTAIN_LABEL,
) -> Figure:
    """Horizontal bars, one per row, from ``start_col`` to ``end_col`` (both days included), earliest on top.

    ``colour_col`` names a column whose values are keys of
    :data:`azru.charts.base.COLOURS` ("azerbaijan", "russia", "both",
    "highlight", "context"); without it every bar is "both". The legend shows
    the colours used, under the names in the column (at most five). Rows where
    ``uncertain_col`` is True are drawn hatched and pale, and the legend says
    so (in ``uncertain_label``). A row without an end is a dot with the words "no end date"; a one-day
    span a diamond. An empty frame gives a chart that says so.

    >>> import pandas as pd
    >>> frame = pd.DataFrame(
    ...     {
    ...         "what": ["Year of Azerbaijan in Russia", "Peacekeepers"],
    ...         "start": pd.to_datetime(["2005-01-01", "2020-11-10"]),
    ...         "end": pd.to_datetime(["2005-12-31", None]),
    ...         "side": ["both", "russia"],
    ...         "rough": [True, False],
    ...     }
    ... )
    >>> fig = span_chart(frame, "what", colour_col="side", uncertain_col="rough")
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Year of Azerbaijan in Russia', 'Peacekeepers']
    >>> [t.get_text() for t in fig.legends[0].get_texts()]
    ['Both', 'Russia', 'dated only to the month or year']
    >>> span_chart(frame.iloc[:0], "what").axes[0].texts[0].get_text()
    'No spans to draw: the data holds none for this chart.'
    """
    rows = frame[frame[start_col].notna()].sort_values([start_col, end_col], kind="stable", na_position="last")
    fig, ax = new_figure(7.0, max(2.6, 0.5 * len(rows) + 1.6))
    with style():
        if title:  # over the whole figure: long row labels would push an axes title off the right edge
            fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=14)
        if rows.empty:
            return empty_figure(fig, ax, "No spans to draw: the data holds none for this chart.", source)
        starts, ends = pd.to_datetime(rows[start_col]), pd.to_datetime(rows[end_col])
        sides = rows[colour_col].astype(str) if colour_col else pd.Series("both", index=rows.index)
        rough = rows[uncertain_col].fillna(False).astype(bool) if uncertain_col else pd.Series(False, index=rows.index)
        y_positions = list(range(len(rows) - 1, -1, -1))
        for y, start, end, side, pale in zip(y_positions, starts, ends, sides, rough, strict=True):
            colour = COLOURS.get(side, COLOURS["both"])
            if pd.isna(end):
                ax.plot([start], [y], marker="o", color=colour, markersize=8, zorder=3)
                ax.annotate(
                    "no end date",
                    (mdates.date2num(start), y),
                    xytext=(8, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize=11,
                    color=NOTE_COLOUR,
                )
            elif end - start < _ONE_DAY:
                ax.plot([start], [y], marker="D", color=colour, markersize=8, zorder=3)
            else:
                left = mdates.date2num(start)
                width = mdates.date2num(end + _ONE_DAY) - left
                ax.barh(
                    y,
                    width,
                    left=left,
                    height=0.6,
                    zorder=2,
                    color=colour,
                    alpha=0.45 if pale else 1.0,
                    hatch="//" if pale else None,
                    edgecolor=colour,
                )
        ax.set_yticks(y_positions, ["\n".join(textwrap.wrap(str(v), wrap)) for v in rows[label_col]])
        ax.set_ylim(-0.7, len(rows) - 0.3)
        ax.xaxis_date()
        _date_axis(ax)
        ax.grid(axis="x", color="#dddddd")
        ax.grid(axis="y", visible=False)
        first, last = starts.min(), pd.concat([starts, ends]).max()
        pad = max((last - first) * 0.04, pd.Timedelta(days=20))
        # room for the words "no end date" after an open-ended row
        extra = pd.Timedelta(days=0) if ends.notna().all() else max((last - first) * 0.22, pd.Timedelta(days=500))
        ax.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad + extra))
        handles = (
            [Patch(color=COLOURS.get(s, COLOURS["both"]), label=s.capitalize()) for s in sorted(set(sides))]
            if colour_col
            else []
        )
        if rough.any():
            handles.append(Patch(facecolor="white", edgecolor=NOTE_COLOUR, hatch="//", label=uncertain_label))
        if handles:
            fig.legend(handles=handles[:5], loc="outside lower center", ncols=min(3, len(handles)))
    source_line(fig, source)
    return fig
