"""Numbers over time: values as sources state them, and supplier shares by period.

:func:`values_over_time` draws each value as a dot at the start of its period
(with a whisker to the period's end when asked), joined by a line only to a
neighbour close enough in time: a gap in the record stays a gap, nothing is
interpolated. :func:`shares_by_period` draws supplier shares as bars, one
group per reporting period (SIPRI's five-year windows, which overlap).

>>> format_value(150_000_000, "USD"), format_value(4e9, "USD"), format_value(85.0, "percent")
('150 mn USD', '4 bn USD', '85%')
>>> period_label("2010/2014"), period_label("2012-02"), period_label("2015/2019-12")
('2010–14', '2012-02', '2015–19')
"""

from __future__ import annotations

import math
import re

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

from azru.charts.base import PALETTE, empty_figure, new_figure, source_line, style
from azru.formatting import format_value
from azru.vocabulary import period_bounds

__all__ = ["MARKERS", "format_value", "period_label", "shares_by_period", "supplier_name", "values_over_time"]

MARKERS = ["o", "s", "^", "D", "v", "P", "X", "*"]


def period_label(period: str) -> str:
    """A short label for a measure's period: ``2010/2014`` becomes ``2010–14``; anything else stays as written.

    >>> period_label("2014/2018"), period_label("1998/2003"), period_label("2011-11")
    ('2014–18', '1998–2003', '2011-11')
    """
    start, sep, end = str(period).partition("/")
    if sep and start[:4].isdigit() and end[:4].isdigit():
        first, last = start[:4], end[:4]
        return f"{first}–{last[2:]}" if first[:2] == last[:2] else f"{first}–{last}"
    return str(period)


def supplier_name(subject: object) -> str:
    """The supplier a share is about: ``Russia's share of Azerbaijan's arms imports`` gives ``Russia``.

    A subject that is just a name stays as it is; an empty one becomes ``supplier not named``.

    >>> supplier_name("Israel's share of Azerbaijan's arms imports"), supplier_name("Russia"), supplier_name(None)
    ('Israel', 'Russia', 'supplier not named')
    """
    if not isinstance(subject, str) or not subject.strip():
        return "supplier not named"
    match = re.match(r"^(.*?)(?:'s|’s|') share\b", subject.strip())
    return match.group(1) if match else subject.strip()


def _usd_tick(value: float, _pos: object = None) -> str:
    if value == 0:
        return "0"
    if abs(value) >= 1e9:
        return f"{value / 1e9:g} bn"
    if abs(value) >= 1e6:
        return f"{value / 1e6:g} mn"
    return f"{value:,.0f}"


def values_over_time(
    frame: pd.DataFrame,
    x: str = "period_start",
    y: str = "value",
    group: str | None = None,
    log: bool = False,
    labels: str | None = None,
    source: str = "azru data package",
    x_end: str | None = None,
    max_gap_days: float | None = 400,
    unit: str | None = None,
    ylabel: str | None = None,
    title: str | None = None,
) -> Figure:
    """Dots for values over time, one colour and marker per ``group``; lines only between close neighbours.

    - Points of one group are joined only when they are at most
      ``max_gap_days`` apart (``None``: never joined), so a missing year shows
      as a gap, never as a made-up line.
    - ``x_end`` names a column with each period's end: a whisker shows the
      time the value covers (a five-year total, a lease's rent).
    - ``labels`` names a column of text written beside each point, alternately
      above and below it.
    - A ``qualifier`` column other than ``exact`` (``about``, ``more_than``…)
      draws the marker hollow.
    - ``log`` uses a log scale; values of zero or less cannot be drawn there
      and are counted in the source line instead.
    - ``unit`` (default: the frame's single ``unit``, if any) formats the axis;
      USD reads as ``15 mn``, ``4 bn``.

    >>> import pandas as pd
    >>> frame = pd.DataFrame(
    ...     {
    ...         "period_start": pd.to_datetime(["2011-11-01", "2011-12-01", "2012-02-01", "2002-01-01"]),
    ...         "value": [15e6, 150e6, 300e6, 7e6],
    ...         "unit": "USD",
    ...         "indicator": ["asking price"] * 3 + ["rent paid"],
    ...     }
    ... )
    >>> fig = values_over_time(frame, group="indicator", log=True)
    >>> ax = fig.axes[0]
    >>> ax.get_yscale(), [t.get_text() for t in ax.get_legend().get_texts()]
    ('log', ['asking price', 'rent paid'])
    >>> [len(line.get_xdata()) for line in ax.get_lines() if line.get_linestyle() == "-"]
    [3]
    """
    unit = unit if unit is not None else _single(frame, "unit")
    dated = frame[frame[x].notna()]
    data = dated[dated[y].notna()]
    notes = []
    if len(dated) < len(frame):
        notes.append(f"{len(frame) - len(dated)} value(s) without a date not shown")
    if log:
        positive = data[data[y] > 0]
        if len(positive) < len(data):
            notes.append(f"{len(data) - len(positive)} value(s) of zero or less cannot be drawn on a log scale")
        data = positive
    fig, ax = new_figure(8.0, 4.5)
    with style():
        if title:
            ax.set_title(title)
        if data.empty:
            return empty_figure(
                fig, ax, "No values to draw: the data holds none for this chart.", "; ".join([source, *notes])
            )
        groups = sorted(data[group].astype(str).unique()) if group else [""]
        hollow_seen = False
        for i, name in enumerate(groups):
            rows = data[data[group].astype(str) == name] if group else data
            rows = rows.sort_values(x, kind="stable")
            colour, marker = PALETTE[i % len(PALETTE)], MARKERS[i % len(MARKERS)]
            xs = pd.to_datetime(rows[x])
            values = rows[y].astype(float)
            if max_gap_days is not None:
                # an explicitly missing value (a dated row without a value) breaks the line too
                every = dated[dated[group].astype(str) == name] if group else dated
                every = every.sort_values(x, kind="stable")
                _joined_lines(ax, pd.to_datetime(every[x]), every[y].astype(float), max_gap_days, colour)
            if x_end is not None:
                for start, end, value in zip(xs, pd.to_datetime(rows[x_end]), values, strict=True):
                    if pd.notna(end) and end > start:
                        ax.plot([start, end], [value, value], color=colour, linewidth=1.2, alpha=0.6, zorder=2)
            exact = rows["qualifier"].astype(str).eq("exact").to_numpy() if "qualifier" in rows else [True] * len(rows)
            hollow_seen |= not all(exact)
            for start, value, is_exact in zip(xs, values, exact, strict=True):
                ax.plot(
                    [start],
                    [value],
                    marker=marker,
                    linestyle="none",
                    markersize=8,
                    color=colour,
                    markerfacecolor=colour if is_exact else "white",
                    markeredgewidth=1.5,
                    zorder=4,
                )
            if labels is not None:
                # alternate above and below, so that neighbours' labels do not overprint each other
                for k, (start, value, text) in enumerate(zip(xs, values, rows[labels], strict=True)):
                    ax.annotate(
                        str(text),
                        (mdates.date2num(start), value),
                        xytext=(6, 5 if k % 2 == 0 else -6),
                        textcoords="offset points",
                        va="bottom" if k % 2 == 0 else "top",
                        fontsize=8,
                        color=colour,
                    )
        if log:
            ax.set_yscale("log")
            ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
            ax.yaxis.set_minor_formatter(NullFormatter())
        else:
            ax.set_ylim(bottom=min(0.0, float(data[y].min()) * 1.1), top=float(data[y].max()) * 1.15)
        if unit == "USD":
            ax.yaxis.set_major_formatter(FuncFormatter(_usd_tick))
        elif unit == "percent":
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:g}%"))
        ax.set_ylabel(ylabel if ylabel is not None else (unit or y) + (" (log scale)" if log else ""))
        ax.xaxis_date()
        locator = mdates.AutoDateLocator(minticks=4, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, show_offset=False))
        span_end = pd.to_datetime(data[x_end]).max() if x_end is not None else pd.NaT
        first = pd.to_datetime(data[x]).min()
        last = max(pd.to_datetime(data[x]).max(), span_end) if pd.notna(span_end) else pd.to_datetime(data[x]).max()
        pad = max((last - first) * 0.08, pd.Timedelta(days=45))
        ax.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad * (2.5 if labels else 1)))
        handles = [
            Line2D([], [], marker=MARKERS[i % len(MARKERS)], color=PALETTE[i % len(PALETTE)], linestyle="none", label=n)
            for i, n in enumerate(groups)
            if group
        ]
        if hollow_seen:
            handles.append(
                Line2D(
                    [],
                    [],
                    marker="o",
                    color="#555555",
                    markerfacecolor="white",
                    linestyle="none",
                    label="hollow: not exact",
                )
            )
        if handles:
            ax.legend(handles=handles, loc="best", fontsize=8)
    source_line(fig, "; ".join([source, *notes]))
    return fig


def _single(frame: pd.DataFrame, column: str) -> str | None:
    if column not in frame:
        return None
    values = frame[column].dropna().astype(str).unique()
    return str(values[0]) if len(values) == 1 else None


def _joined_lines(ax: Axes, xs: pd.Series, values: pd.Series, max_gap_days: float, colour: str) -> None:
    """Lines through runs of points each no more than ``max_gap_days`` after the one before.

    A missing value, two values on one date, or a longer gap ends a run.
    """
    run_x: list[pd.Timestamp] = []
    run_y: list[float] = []
    previous = None
    for when, value in zip(xs, values, strict=True):
        if math.isnan(value):
            if len(run_x) > 1:
                ax.plot(run_x, run_y, color=colour, linewidth=1.5, linestyle="-", zorder=3)
            run_x, run_y, previous = [], [], None
            continue
        if previous is not None and (when == previous or (when - previous).days > max_gap_days):
            if len(run_x) > 1:
                ax.plot(run_x, run_y, color=colour, linewidth=1.5, linestyle="-", zorder=3)
            run_x, run_y = [], []
        run_x.append(when)
        run_y.append(value)
        previous = when
    if len(run_x) > 1:
        ax.plot(run_x, run_y, color=colour, linewidth=1.5, linestyle="-", zorder=3)


def shares_by_period(
    frame: pd.DataFrame,
    period: str = "period",
    value: str = "value",
    supplier: str = "subject",
    highlight: str = "Russia",
    source: str = "azru data package",
    ylabel: str = "share of Azerbaijan's arms imports",
    title: str | None = None,
) -> Figure:
    """Bars of supplier shares (percent), grouped by period in date order, the ``highlight`` supplier first.

    The supplier is read from ``supplier`` with :func:`supplier_name`, so a
    subject such as "Russia's share of Azerbaijan's arms imports" counts as
    Russia.

    Each row is one bar, labelled with its value, so two sources that give
    different shares for the same supplier and period show as two bars side
    by side. Periods are categories, not points on a time axis: SIPRI's
    five-year windows overlap.

    >>> import pandas as pd
    >>> frame = pd.DataFrame(
    ...     {
    ...         "period": ["2014/2018", "2010/2014", "2016/2020", "2016/2020"],
    ...         "value": [51.0, 85.0, 17.0, 69.0],
    ...         "subject": ["Russia", "Russia", "Russia", "Israel"],
    ...     }
    ... )
    >>> fig = shares_by_period(frame)
    >>> ax = fig.axes[0]
    >>> [t.get_text() for t in ax.get_xticklabels()]
    ['2010–14', '2014–18', '2016–20']
    >>> [t.get_text() for t in ax.texts]
    ['85%', '51%', '17%', '69%']
    """
    data = frame[frame[period].notna() & frame[value].notna()].copy()
    fig, ax = new_figure(8.0, 4.5)
    with style():
        if title:
            ax.set_title(title)
        if data.empty:
            return empty_figure(fig, ax, "No shares to draw: the data holds none for this chart.", source)
        data["_supplier"] = [supplier_name(s) for s in data[supplier]]
        data["_start"] = [period_bounds(str(p))[0] for p in data[period]]
        periods = list(dict.fromkeys(data.sort_values(["_start", period], kind="stable")[period].astype(str)))
        others = sorted(s for s in data["_supplier"].unique() if s.lower() != highlight.lower())
        highlighted = [s for s in data["_supplier"].unique() if s.lower() == highlight.lower()]
        suppliers = highlighted + others
        rest = [c for c in PALETTE if c != PALETTE[1]]
        colours = {s: PALETTE[1] for s in highlighted} | {s: rest[i % len(rest)] for i, s in enumerate(others)}
        per_period = data.groupby(data[period].astype(str)).size()
        slots = int(per_period.max())
        width = 0.8 / slots
        for p_index, name in enumerate(periods):
            rows = data[data[period].astype(str) == name]
            rows = rows.assign(_order=rows["_supplier"].map(suppliers.index)).sort_values("_order", kind="stable")
            offset = -0.4 + width / 2 + (slots - len(rows)) * width / 2
            for j, (_, row) in enumerate(rows.iterrows()):
                xpos = p_index + offset + j * width
                ax.bar(xpos, row[value], width=width * 0.92, color=colours[row["_supplier"]], zorder=2)
                ax.text(xpos, row[value] + 1.5, f"{row[value]:g}%", ha="center", va="bottom", fontsize=8)
        ax.set_xticks(range(len(periods)), [period_label(p) for p in periods])
        ax.set_xlim(-0.6, len(periods) - 0.4)
        ax.set_ylim(0, max(100.0, float(data[value].max()) + 8))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: f"{v:g}%"))
        ax.set_ylabel(ylabel)
        ax.set_xlabel("reporting period (windows may overlap)")
        handles = [
            Line2D([], [], marker="s", markersize=9, linestyle="none", color=colours[s], label=s) for s in suppliers
        ]
        ax.legend(handles=handles, loc="upper right", fontsize=8, title="supplier")
    source_line(fig, source)
    return fig
