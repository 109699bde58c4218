"""Competing values of one quantity: what each source says, beside a computed reference.

For values stated at different dates, see :func:`azru.charts.series.values_over_time`.

>>> frame = pd.DataFrame({"value": [284.0, 338.0, 390.0], "source_id": ["a", "b", "c"]})
>>> fig = competing_values(frame, reference=277.7)
>>> [t.get_text() for t in fig.axes[0].get_yticklabels()]  # bottom to top
['a', 'b', 'c']
"""

from __future__ import annotations

import textwrap
from typing import Any

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from azru.charts.base import PALETTE, THEME_COLOURS, new_figure, source_line, style

__all__ = ["QUALIFIER_MARKERS", "competing_values"]

# How a qualifier is drawn: marker and whether it is filled. "about" is hollow.
QUALIFIER_MARKERS: dict[str, tuple[str, bool]] = {
    "exact": ("o", True),
    "about": ("o", False),
    "more_than": ("^", True),
    "at_least": ("^", True),
    "less_than": ("v", True),
    "up_to": ("v", True),
    "almost": ("v", False),
}


def _wrap(text: str, width: int = 38) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _marker(qualifier: Any) -> tuple[str, bool]:
    return QUALIFIER_MARKERS.get(str(qualifier), ("o", True)) if isinstance(qualifier, str) else ("o", True)


def competing_values(
    frame: pd.DataFrame,
    value_col: str = "value",
    label_col: str | None = None,
    source_col: str = "source_id",
    reference: float | None = None,
    reference_label: str = "computed",
    unit: str = "km",
    title: str | None = None,
    source: str | None = None,
) -> Figure:
    """Dot plot of the values sources give for one quantity: one row per label (the source by default).

    Rows are sorted by value, smallest at the bottom; each dot is labelled
    with its value; a row with several values shows them all. A qualifier
    column, when present, sets the marker (hollow for "about", triangles for
    "more than" / "up to"). ``reference`` draws a vertical line, e.g. a length
    computed from map data.

    >>> frame = pd.DataFrame({"value": [370.0, 390.0, 284.0], "label": ["x", "x", "y"], "source_id": ["s", "s", "t"]})
    >>> fig = competing_values(frame, label_col="label", reference=277.7)
    >>> ax = fig.axes[0]
    >>> [t.get_text() for t in ax.get_yticklabels()]  # bottom to top: y (284) below x (370–390)
    ['y', 'x']
    >>> ax.get_xlabel()
    'km'
    """
    if frame.empty:
        raise ValueError("no values to plot")
    label_col = label_col or source_col
    data = frame.copy()
    data["_label"] = data[label_col].astype(str)
    order = data.groupby("_label", sort=True)[value_col].min().sort_values(kind="stable", ascending=False).index
    rows = {label: i for i, label in enumerate(reversed(list(order)))}
    fig, ax = new_figure(8.0, 0.5 * len(rows) + 1.9)
    colour = THEME_COLOURS["border"] if unit in ("km", "mi") else PALETTE[0]
    with style():
        for label, row in rows.items():
            subset = data[data["_label"] == label].sort_values(value_col, kind="stable")
            values = subset[value_col].astype(float).tolist()
            if len(values) > 1:
                ax.plot([values[0], values[-1]], [row, row], color=colour, linewidth=1.2, alpha=0.5, zorder=2)
            qualifiers = subset["qualifier"] if "qualifier" in subset else [None] * len(subset)
            for value, qualifier in zip(values, qualifiers, strict=True):
                marker, filled = _marker(qualifier)
                ax.scatter(
                    [value],
                    [row],
                    s=48,
                    marker=marker,
                    facecolors=colour if filled else "white",
                    edgecolors=colour,
                    linewidths=1.4,
                    zorder=3,
                )
                ax.annotate(
                    f"{value:g}",
                    (value, row),
                    xytext=(0, 7),
                    textcoords="offset points",
                    ha="center",
                    va="bottom",
                    fontsize=8,
                    color="#333333",
                )
        ax.set_yticks(list(rows.values()), [_wrap(label) for label in rows])
        ax.set_ylim(-0.6, len(rows) - 0.4)
        low = float(data[value_col].min())
        high = float(data[value_col].max())
        if reference is not None:
            low, high = min(low, reference), max(high, reference)
            ax.axvline(reference, color="#222222", linestyle="--", linewidth=1.1, zorder=1)
            ax.annotate(
                f"{reference_label}: {reference:.1f} {unit}",
                (reference, 0.0),
                xycoords=("data", "axes fraction"),
                xytext=(4, 3),
                textcoords="offset points",
                ha="left",
                va="bottom",
                fontsize=8,
                color="#222222",
            )
        pad = max((high - low) * 0.08, abs(high) * 0.02, 1.0)
        ax.set_xlim(low - pad, high + pad)
        ax.set_xlabel(unit)
        ax.grid(axis="x", color="#dddddd")
        ax.grid(axis="y", visible=False)
        ax.tick_params(axis="y", length=0)
        qualifiers_seen = sorted(set(data["qualifier"].dropna().astype(str))) if "qualifier" in data else []
        handles = [
            Line2D(
                [],
                [],
                marker=_marker(q)[0],
                linestyle="none",
                markerfacecolor=colour if _marker(q)[1] else "white",
                markeredgecolor=colour,
                label=q.replace("_", " "),
            )
            for q in qualifiers_seen
            if q != "exact"
        ]
        if handles:
            ax.legend(handles=handles, loc="lower right", fontsize=8, title="stated as", title_fontsize=8)
        if title:
            ax.set_title(title)
    source_line(fig, source or "azru data package")
    return fig
