"""Trade charts: turnover by whose statistics, the two sides side by side, growth stated vs computed.

Every chart takes a frame shaped like ``azru.measures()`` (only the columns
``indicator, period, value, unit, qualifier, flow, reporter`` and, for growth,
``measure_id, source_id`` are needed), draws every figure it is given, marks
whose statistics each one is, and says on the chart what it left out
(part-year periods, undated rows, other currencies). Nothing is interpolated.

Colours follow the statistics: blues for Russian reporters, orange and
vermillion for Azerbaijani ones; the marker tells customs (circle), statistics
office (square), central bank (diamond) and officials (triangle) apart.

>>> from azru.charts.trade import REPORTERS
>>> REPORTERS["ru_customs"].label, REPORTERS["az_customs"].colour
('Russian customs', '#D55E00')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from azru.charts.base import NOTE_COLOUR, PALETTE, empty_figure, empty_note, new_figure, source_line, style
from azru.trade import AZ_TO_RU, RU_TO_AZ, annual, growth_comparison, sides_table
from azru.vocabulary import vocabulary, with_derived

__all__ = [
    "REPORTERS",
    "ReporterStyle",
    "balance_chart",
    "flows_and_events",
    "format_usd",
    "parts_vs_total",
    "period_label",
    "reporter_style",
    "side_by_side",
    "stated_vs_computed_growth",
    "turnover_series",
]


@dataclass(frozen=True)
class ReporterStyle:
    """How one reporter (whose statistics) is drawn."""

    label: str
    colour: str
    marker: str
    hatch: str = ""


_RU_DARK, _RU_LIGHT = PALETTE[0], PALETTE[5]  # blue, sky blue
_AZ_DARK, _AZ_LIGHT = PALETTE[1], PALETTE[4]  # vermillion, orange
REPORTERS: dict[str, ReporterStyle] = {
    "ru_customs": ReporterStyle("Russian customs", _RU_DARK, "o"),
    "ru_statistics": ReporterStyle("Russian statistics office", _RU_DARK, "s"),
    "ru_central_bank": ReporterStyle("Bank of Russia", _RU_LIGHT, "D"),
    "ru_official": ReporterStyle("Russian officials", _RU_LIGHT, "^", "///"),
    "az_customs": ReporterStyle("Azerbaijani customs", _AZ_DARK, "o"),
    "az_statistics": ReporterStyle("Azerbaijani statistics office", _AZ_DARK, "s"),
    "az_official": ReporterStyle("Azerbaijani officials", _AZ_LIGHT, "^", "///"),
    "joint_official": ReporterStyle("joint statement", PALETTE[2], "P"),
    "un_comtrade": ReporterStyle("UN Comtrade", PALETTE[3], "X"),
    "company": ReporterStyle("company", PALETTE[7], "v"),
    "census": ReporterStyle("census", PALETTE[7], "o"),
    "sipri": ReporterStyle("SIPRI", PALETTE[7], "o"),
    "un_register": ReporterStyle("UN Register", PALETTE[7], "o"),
    "media": ReporterStyle("media, statistics not named", "#777777", "*"),
    "unclear": ReporterStyle("unclear whose statistics", "#999999", "h"),
}
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_GAP_COLOUR = "#f1f1f1"


def reporter_style(reporter: object) -> ReporterStyle:
    """The style of a reporter code (unknown codes are drawn as ``unclear``).

    >>> reporter_style("az_official").marker, reporter_style(None).label
    ('^', 'unclear whose statistics')
    """
    if isinstance(reporter, str) and reporter in REPORTERS:
        return REPORTERS[reporter]
    return REPORTERS["unclear"]


def _reporter_order(reporters: Sequence[str]) -> list[str]:
    known = [r for r in REPORTERS if r in set(reporters)]
    return known + sorted(set(reporters) - set(known))


def format_usd(value: float, qualifier: object = "exact", scale: float = 1e9) -> str:
    """A value in billions (or ``scale``) with three significant digits and its qualifier.

    >>> format_usd(4.0e9), format_usd(1.96e9), format_usd(3.0e9, "more_than"), format_usd(7.07e8)
    ('4.0', '1.96', '>3.0', '0.707')
    """
    prefix = vocabulary().sign(qualifier)  # ~ for about, > for more than…
    text = f"{value / scale:.3g}"
    if "." not in text and "e" not in text and len(text) < 3:
        text += ".0"
    return f"{prefix}{text}"


def period_label(period: str) -> str:
    """A short label for a period: ``2014``, ``Jan–Mar 2015``, ``2005–2006``, ``3 Dec 2019``.

    >>> period_label("2014"), period_label("2015-01/2015-03"), period_label("2005/2006"), period_label("2019-12-03")
    ('2014', 'Jan–Mar 2015', '2005–2006', '3 Dec 2019')
    >>> period_label("2018-01"), period_label("2024-01-01/2024-10-04")
    ('Jan 2018', '1 Jan–4 Oct 2024')
    """
    start, _, end = period.partition("/")

    def one(text: str, with_year: bool = True) -> str:
        parts = text.split("-")
        year = parts[0] if with_year else ""
        if len(parts) == 1:
            return parts[0]
        month = _MONTHS[int(parts[1]) - 1]
        day = f"{int(parts[2])} " if len(parts) == 3 else ""
        return f"{day}{month} {year}".strip()

    if not end:
        return one(start)
    if start[:4] == end[:4] and len(start) > 4:
        return f"{one(start, with_year=False)}–{one(end)}"
    return f"{one(start)}–{one(end)}"


def _not_shown(frame: pd.DataFrame, indicator: str, unit: str = "USD") -> str:
    rows = with_derived(frame[frame["indicator"] == indicator])
    kinds = rows["period_kind"].astype("object")
    usd = rows["unit"].astype("object") == unit
    counts = [
        (int((usd & (kinds == "part_year")).sum()), "part-year"),
        (int((usd & (kinds == "span")).sum()), "multi-year"),
        (int((usd & (kinds == "undated")).sum()), "undated"),
        (int((~usd).sum()), f"non-{unit}"),
    ]
    parts = [f"{n} {what}" for n, what in counts if n]
    total = sum(n for n, _ in counts)
    return f"not shown: {', '.join(parts)} figure{'s' if total != 1 else ''}" if parts else ""


def _year_axis(ax: Axes, first: int, last: int) -> None:
    """Whole years on the x axis, with room for the shifted markers."""
    pad = max(0.8, (5 - (last - first)) / 2)
    ax.set_xlim(first - pad, last + pad)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=min(12, max(5, last - first + 1))))


def _source_text(source: str, *notes: str) -> str:
    return " · ".join([source, *[n for n in notes if n]])


def _is_level(qualifier: object) -> bool:
    return vocabulary().is_level(qualifier)


def _jitter(rows: pd.DataFrame, order: Sequence[str], step: float = 0.14) -> dict[tuple[int, str], float]:
    """A small horizontal shift for each (year, reporter), spread over the reporters present that year."""
    shifts = {}
    for year, group in rows.groupby("year"):
        present = [r for r in order if r in set(group["reporter"])]
        n = len(present)
        for i, reporter in enumerate(present):
            shifts[int(year), reporter] = (i - (n - 1) / 2) * step
    return shifts


def turnover_series(
    frame: pd.DataFrame,
    indicator: str = "trade_turnover",
    flow: str | None = None,
    years: Sequence[int] | None = None,
    title: str | None = None,
    source: str = "azru data package",
    unit: str = "USD",
    scale: float = 1e9,
    ylabel: str = "USD bn",
) -> Figure:
    """Whole-year figures by year, one colour and marker per reporter; gaps stay visible.

    Each figure is a point (hollow when the source gives only a bound such as
    "more than"). A line joins two consecutive years of one reporter only when
    that reporter gives one level for each; years without any whole-year
    figure are shaded. Part-year, undated and other-unit rows are counted
    under the chart, not drawn. ``years`` (first, last) widens the axis; by
    default it runs over every year the indicator mentions, part-years
    included. Values in ``unit`` are divided by ``scale`` (billions).

    >>> frame = pd.DataFrame({
    ...     "indicator": ["trade_turnover"] * 5, "unit": ["USD"] * 5,
    ...     "period": ["2013", "2014", "2014", "2016-01/2016-05", "2017"],
    ...     "value": [3.5e9, 4.0e9, 1.96e9, 5.685e8, 2.14e9],
    ...     "qualifier": ["exact"] * 5, "flow": ["both"] * 5,
    ...     "reporter": ["ru_official", "ru_official", "az_customs", "ru_official", "az_customs"]})
    >>> fig = turnover_series(frame)
    >>> ax = fig.axes[0]
    >>> ax.get_ylabel(), len(ax.get_lines()) > 0, [t.get_text() for t in ax.get_legend().get_texts()][:2]
    ('USD bn', True, ['Russian officials', 'Azerbaijani customs'])
    >>> fig.texts[0].get_text()
    'Source: azru data package · not shown: 1 part-year figure'
    """
    mentioned = frame[frame["indicator"] == indicator]
    if flow is not None:
        mentioned = mentioned[mentioned["flow"].astype("object") == flow]
    rows = annual(mentioned, indicator, unit)
    rows = rows.assign(reporter=rows["reporter"].astype("object").fillna("unclear"))
    every_year = [int(y) for y in _with_years(mentioned, indicator)]
    if years is not None:
        every_year += [int(years[0]), int(years[-1])]
    fig, ax = new_figure(9.0, 5.2)
    with style():
        ax.set_title(title or f"{indicator.replace('_', ' ').capitalize()} by year, as each source states it")
        if rows.empty:
            empty_note(ax, f"No whole-year {indicator.replace('_', ' ')} figures in {unit} in the data.")
        else:
            first, last = min(every_year), max(every_year)
            have = set(rows["year"].astype(int))
            missing = [y for y in range(first, last + 1) if y not in have]
            for y in missing:
                ax.axvspan(y - 0.5, y + 0.5, color=_GAP_COLOUR, zorder=0, linewidth=0)
            order = _reporter_order(list(rows["reporter"].unique()))
            shift = _jitter(rows, order)
            handles = []
            for reporter in order:
                st = reporter_style(reporter)
                mine = rows[rows["reporter"] == reporter]
                x = pd.Series([int(y) + shift[int(y), reporter] for y in mine["year"]], index=mine.index)
                level = mine["qualifier"].map(_is_level).astype(bool)
                _points(ax, x, mine["value"] / scale, level, st)
                for year_a, year_b, value_a, value_b in _consecutive(mine[level]):
                    ax.plot(
                        [year_a + shift[year_a, reporter], year_b + shift[year_b, reporter]],
                        [value_a / scale, value_b / scale],
                        color=st.colour,
                        linewidth=1.4,
                        zorder=2,
                    )
                handles.append(Line2D([], [], color=st.colour, marker=st.marker, linewidth=1.4, label=st.label))
            if not rows["qualifier"].map(_is_level).astype(bool).all():
                handles.append(_bound_handle())
            if missing:
                handles.append(Patch(color=_GAP_COLOUR, label="no whole-year figure"))
            _legend(ax, handles)
            _year_axis(ax, first, last)
            ax.set_ylim(0, max(rows["value"].max() / scale * 1.1, 1e-9))
            ax.set_ylabel(ylabel)
    source_line(fig, _source_text(source, _not_shown(mentioned, indicator, unit)))
    return fig


def _points(ax: Axes, x: pd.Series, y: pd.Series, level: pd.Series, st: ReporterStyle, size: float = 48) -> None:
    """Filled markers for levels, hollow ones for bounds."""
    ax.scatter(
        x[level], y[level], color=st.colour, marker=st.marker, s=size, zorder=4, edgecolors="white", linewidths=0.5
    )
    ax.scatter(
        x[~level],
        y[~level],
        facecolors="white",
        edgecolors=st.colour,
        marker=st.marker,
        s=size,
        zorder=4,
        linewidths=1.4,
    )


def _bound_handle() -> Line2D:
    return Line2D(
        [],
        [],
        color="#555555",
        marker="o",
        markerfacecolor="white",
        linewidth=0,
        label="hollow: a bound (more than, almost…)",
    )


def _legend(ax: Axes, handles: list, columns: int = 3, below: float = 0.08) -> None:
    """The legend under the chart (``below`` axes heights under it), where it hides no data."""
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -below),
        ncols=min(columns, max(1, len(handles))),
        fontsize=8,
        handlelength=1.6,
    )


def _with_years(frame: pd.DataFrame, indicator: str) -> list[int]:
    years = with_derived(frame[frame["indicator"] == indicator])["year"].dropna()
    return sorted({int(y) for y in years})


def _consecutive(levels: pd.DataFrame) -> list[tuple[int, int, float, float]]:
    """Segments between consecutive years that each have exactly one distinct level."""
    single = {int(y): g["value"].iloc[0] for y, g in levels.groupby("year") if g["value"].nunique() == 1}
    return [(y, y + 1, single[y], single[y + 1]) for y in sorted(single) if y + 1 in single]


def side_by_side(
    frame: pd.DataFrame,
    indicator: str = "trade_turnover",
    flow: str | None = None,
    part_years: bool = True,
    title: str | None = None,
    source: str = "azru data package",
) -> Figure:
    """Grouped bars: Russian and Azerbaijani figures for the very same period, one bar per distinct figure.

    Only periods for which both a Russian (``ru_*``) and an Azerbaijani
    (``az_*``) reporter give a figure are drawn; ``part_years=False`` keeps
    whole years only. Repeated identical figures share a bar (``×2``). Under
    each period, the ratio of the Russian to the Azerbaijani figure (medians
    of the levels each side states) shows how far apart they are.

    >>> frame = pd.DataFrame({
    ...     "indicator": ["trade_turnover"] * 5, "unit": ["USD"] * 5,
    ...     "period": ["2014", "2014", "2014", "2015-01/2015-03", "2015-01/2015-03"],
    ...     "value": [4.0e9, 4.0e9, 1.96e9, 7.07e8, 3.9606e8], "qualifier": ["exact"] * 5, "flow": ["both"] * 5,
    ...     "reporter": ["ru_customs", "ru_customs", "az_customs", "ru_customs", "az_customs"]})
    >>> fig = side_by_side(frame)
    >>> [t.get_text() for t in fig.axes[0].get_xticklabels()]
    ['2014\\nRU ÷ AZ = 2.04', 'Jan–Mar 2015\\nRU ÷ AZ = 1.79']
    >>> sorted(t.get_text() for t in fig.axes[0].texts)
    ['0.396', '0.707', '1.96', '4.0 ×2']
    """
    rows = with_derived(frame[(frame["indicator"] == indicator) & (frame["unit"].astype("object") == "USD")])
    if flow is not None:
        rows = rows[rows["flow"].astype("object") == flow]
    rows = rows[rows["period_kind"].isin(["year", "part_year"] if part_years else ["year"])]
    rows = rows.assign(side=rows["side"].astype("object"))
    order = {
        p: (int(y), k != "year", p) for p, y, k in zip(rows["period"], rows["year"], rows["period_kind"], strict=True)
    }
    both = [p for p, g in rows.groupby("period") if {"Russian", "Azerbaijani"} <= set(g["side"])]
    others = int(rows[rows["period"].isin(both) & (rows["side"] == "other")].shape[0])
    rows = rows[rows["period"].isin(both) & (rows["side"] != "other")]
    periods = sorted(both, key=order.__getitem__)
    ratios = sides_table(frame, indicator, flow, part_years).set_index("period")["ratio"].to_dict()
    fig, ax = new_figure(max(6.0, 1.3 * len(periods) + 3.0), 4.8)
    with style():
        what = indicator.replace("_", " ")
        ax.set_title(title or f"The same period, two statistics: {what}")
        if not periods:
            return empty_figure(
                fig, ax, f"No period has {what} figures in USD from both Russian and Azerbaijani sources.", source
            )
        ticks, seen = [], []
        for i, period in enumerate(periods):
            group = rows[rows["period"] == period].copy()
            group["reporter"] = group["reporter"].astype("object")
            group["qualifier"] = group["qualifier"].astype("object")
            bars = group.groupby(["reporter", "value", "qualifier"], sort=False).size().rename("n").reset_index()
            rank = {r: k for k, r in enumerate(_reporter_order(list(bars["reporter"])))}
            bars = bars.sort_values(["reporter", "value"], key=lambda s: s.map(rank) if s.name == "reporter" else s)
            width = min(0.8 / len(bars), 0.3)
            starts = i - width * (len(bars) - 1) / 2
            for k, bar in enumerate(bars.itertuples(index=False)):
                st = reporter_style(bar.reporter)
                level = _is_level(bar.qualifier)
                ax.bar(
                    starts + k * width,
                    bar.value / 1e9,
                    width=width * 0.92,
                    color=st.colour if level else "white",
                    edgecolor="white" if level else st.colour,
                    hatch=st.hatch,
                    linewidth=1.2 if not level else 0.6,
                    zorder=2,
                )
                label = format_usd(bar.value, bar.qualifier) + (f" ×{bar.n}" if bar.n > 1 else "")
                ax.text(starts + k * width, bar.value / 1e9, label, ha="center", va="bottom", fontsize=7.5)
                if bar.reporter not in seen:
                    seen.append(bar.reporter)
            ticks.append(f"{period_label(period)}\n{_ratio_text(ratios.get(period))}")
        ax.set_xticks(range(len(periods)), ticks, fontsize=8.5)
        ax.set_ylabel("USD bn")
        ax.set_ylim(0, rows["value"].max() / 1e9 * 1.15)
        handles = [
            Patch(
                facecolor=reporter_style(r).colour,
                edgecolor="white",
                hatch=reporter_style(r).hatch,
                label=reporter_style(r).label,
            )
            for r in _reporter_order(seen)
        ]
        if not rows["qualifier"].map(_is_level).astype(bool).all():
            handles.append(Patch(facecolor="white", edgecolor="#555555", label="hollow: a bound (more than, almost…)"))
        _legend(ax, handles, columns=4, below=0.16)
        ax.grid(axis="x", visible=False)
    note = f"not shown: {others} figure{'s' if others != 1 else ''} from neither side's statistics" if others else ""
    source_line(fig, _source_text(source, "RU ÷ AZ compares the medians of the levels each side states", note))
    return fig


def stated_vs_computed_growth(
    frame: pd.DataFrame,
    indicator: str = "trade_turnover",
    flow: str | None = None,
    title: str | None = None,
    source: str = "azru data package",
) -> Figure:
    """Each stated growth rate (coloured by reporter) beside the rate computed from the same reporter's levels (black diamond).

    A grey line joins a stated rate to its computed one; differences of more
    than one percentage point are written beside the diamond. Stated rates
    with no levels to compare stand alone. See :func:`azru.trade.growth_comparison`.

    >>> frame = pd.DataFrame({
    ...     "measure_id": ["t18", "t19", "g19", "g15"], "source_id": ["a", "b", "b", "c"],
    ...     "indicator": ["trade_turnover", "trade_turnover", "trade_turnover_growth", "trade_turnover_growth"],
    ...     "period": ["2018", "2019", "2019", "2015"], "value": [2.5e9, 3.2e9, 27.0, -30.0],
    ...     "unit": ["USD", "USD", "percent", "percent"], "qualifier": ["about", "exact", "exact", "exact"],
    ...     "flow": ["both"] * 4, "reporter": ["ru_official"] * 4})
    >>> fig = stated_vs_computed_growth(frame)
    >>> [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    ['stated: Russian officials', 'computed from the same reporter’s levels']
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['+1.0 pts']
    """
    comparison = growth_comparison(frame, indicator, flow)
    rates = annual(frame, f"{indicator}_growth", "percent", flow)
    qualifiers = dict(zip(rates["measure_id"], rates["qualifier"].astype("object"), strict=True))
    fig, ax = new_figure(9.0, 5.2)
    with style():
        what = indicator.replace("_", " ")
        ax.set_title(title or f"Growth of {what}: as stated, and as computed from levels")
        if comparison.empty:
            return empty_figure(fig, ax, f"No whole-year growth rates of {what} in the data.", source)
        comparison = comparison.assign(reporter=comparison["reporter"].replace("", "unclear"))
        order = _reporter_order(list(comparison["reporter"].unique()))
        shift = _jitter(comparison.drop_duplicates("stated_id"), order, 0.18)
        comparison["x"] = [
            int(y) + shift[int(y), r] for y, r in zip(comparison["year"], comparison["reporter"], strict=True)
        ]
        handles = []
        computed = comparison.dropna(subset=["computed"]).drop_duplicates(["stated_id", "computed"])
        for row in computed.itertuples(index=False):
            ax.plot([row.x, row.x], [row.stated, row.computed], color="#888888", linewidth=1.0, zorder=1)
            gap = row.computed - row.stated
            if abs(gap) > 1.0:
                ax.text(
                    row.x + 0.2,
                    row.computed,
                    f"{gap:+.1f} pts".replace("-", "−"),
                    fontsize=7.5,
                    va="center",
                    ha="left",
                    color=NOTE_COLOUR,
                )
        ax.scatter(
            computed["x"],
            computed["computed"],
            marker="D",
            facecolors="white",
            edgecolors="black",
            s=70,
            zorder=3,
            linewidths=1.2,
        )
        for reporter in order:
            st = reporter_style(reporter)
            mine = comparison[comparison["reporter"] == reporter].drop_duplicates("stated_id")
            level = mine["stated_id"].map(lambda i: _is_level(qualifiers.get(i, "exact"))).astype(bool)
            _points(ax, mine["x"], mine["stated"], level, st, size=40)
            handles.append(Line2D([], [], color=st.colour, marker=st.marker, linewidth=0, label=f"stated: {st.label}"))
        if not computed.empty:
            handles.append(
                Line2D(
                    [],
                    [],
                    color="black",
                    marker="D",
                    markerfacecolor="white",
                    markersize=8,
                    linewidth=0,
                    label="computed from the same reporter’s levels",
                )
            )
        if not all(_is_level(q) for q in qualifiers.values()):
            handles.append(_bound_handle())
        ax.axhline(0, color="#555555", linewidth=0.8, zorder=1)
        _legend(ax, handles)
        years = comparison["year"].astype(int)
        _year_axis(ax, int(years.min()), int(years.max()))
        ax.set_ylabel("% on the year before")
    unpaired = int(comparison["computed"].isna().sum())
    note = (
        f"{unpaired} stated rate{'s' if unpaired != 1 else ''} without levels for both years to compare"
        if unpaired
        else ""
    )
    source_line(fig, _source_text(source, note))
    return fig


def _ratio_text(ratio: float | None) -> str:
    return "RU ÷ AZ: bounds only" if ratio is None or ratio != ratio else f"RU ÷ AZ = {ratio:.2f}"


def _gap_text(gap: float, scale: float, ylabel: str) -> str:
    """A small gap in millions when the axis is in billions of a currency, else in axis units."""
    if scale == 1e9 and ylabel.endswith(" bn") and abs(gap) < 1e8:
        return f"{gap / 1e6:+.3g} {ylabel[:-3]} mn"
    return f"{gap / scale:+.3g} {ylabel}"


def parts_vs_total(
    levels: pd.DataFrame,
    total: str,
    parts: Sequence[str],
    scale: float = 1e9,
    ylabel: str = "USD bn",
    title: str | None = None,
    source: str = "azru data package",
) -> Figure:
    """For each column of ``levels`` (e.g. a stated and an implied year), the total beside its stacked parts.

    ``levels`` is indexed by name (``total`` and each of ``parts``) with one
    column per group. Above each group, the gap between the sum of the parts
    and the total, in units and as a share of the total.

    >>> levels = pd.DataFrame({"2007 (implied)": [1.725e9, 1.396e9, 0.328e9], "2008 (stated)": [2.403e9, 1.9911e9, 0.4114e9]},
    ...                       index=["trade_turnover", "exports", "imports"])
    >>> fig = parts_vs_total(levels, "trade_turnover", ["exports", "imports"])
    >>> [t.get_text() for t in fig.axes[0].get_xticklabels()]
    ['trade turnover', 'exports + imports', 'trade turnover', 'exports + imports']
    >>> [t.get_text() for t in fig.axes[0].texts if t.get_text().startswith("parts")]
    ['parts − total: −1 USD mn (−0.06%)', 'parts − total: −0.5 USD mn (−0.02%)']
    """
    fig, ax = new_figure(8.0, 4.8)
    colours = [PALETTE[2], PALETTE[3], PALETTE[4], PALETTE[5]]
    with style():
        ax.set_title(title or "Does the total equal the sum of its parts?")
        if levels.empty or total not in levels.index:
            return empty_figure(fig, ax, "No levels to compare.", source)
        ticks, positions = [], []
        top = float(levels.max().max()) / scale
        for j, column in enumerate(levels.columns):
            x_total, x_parts = j * 2.6, j * 2.6 + 1.0
            value_total = float(levels.loc[total, column])
            ax.bar(x_total, value_total / scale, width=0.8, color="#555555", zorder=2)
            ax.text(x_total, value_total / scale, f"{value_total / scale:.4g}", ha="center", va="bottom", fontsize=8)
            bottom = 0.0
            for k, part in enumerate(parts):
                value = float(levels.loc[part, column]) if part in levels.index else float("nan")
                if value != value:
                    continue
                ax.bar(
                    x_parts,
                    value / scale,
                    bottom=bottom,
                    width=0.8,
                    color=colours[k % len(colours)],
                    zorder=2,
                    label=part.replace("_", " ") if j == 0 else None,
                )
                ax.text(
                    x_parts,
                    bottom + value / scale / 2,
                    f"{value / scale:.4g}",
                    ha="center",
                    va="center",
                    fontsize=8,
                    color="white",
                )
                bottom += value / scale
            gap = bottom * scale - value_total
            ax.text(
                (x_total + x_parts) / 2,
                top * 1.08,
                f"parts − total: {_gap_text(gap, scale, ylabel)} ({gap / value_total:+.2%})".replace("-", "−"),
                ha="center",
                fontsize=8,
                color=NOTE_COLOUR,
            )
            ax.text(
                (x_total + x_parts) / 2,
                -0.09,
                str(column),
                transform=ax.get_xaxis_transform(),
                ha="center",
                va="top",
                fontsize=9,
                fontweight="bold",
            )
            positions += [x_total, x_parts]
            ticks += [total.replace("_", " "), " + ".join(p.replace("_", " ") for p in parts)]
        ax.set_xticks(positions, ticks, fontsize=8.5)
        ax.set_ylim(0, top * 1.2)
        ax.set_ylabel(ylabel)
        ax.grid(axis="x", visible=False)
        _legend(ax, list(ax.get_legend_handles_labels()[0]), columns=len(parts), below=0.16)
    source_line(fig, source)
    return fig


def balance_chart(
    flows: pd.DataFrame,
    scale: float = 1e9,
    ylabel: str = "USD bn",
    title: str | None = None,
    source: str = "azru data package",
) -> Figure:
    """Both directions of trade from one source for one year: Russia → Azerbaijan up, Azerbaijan → Russia down.

    ``flows`` is :func:`azru.trade.flows_table` output; a black diamond marks
    the balance from Russia's side (``ru_to_az − az_to_ru``), labelled.

    >>> flows = pd.DataFrame({"year": [2014], "reporter": ["az_customs"], "source_id": ["s"],
    ...                       "ru_to_az": [1.3e9], "az_to_ru": [640.3e6], "balance": [659.7e6]})
    >>> fig = balance_chart(flows)
    >>> [t.get_text() for t in fig.axes[0].get_xticklabels()], [t.get_text() for t in fig.axes[0].texts]
    (['2014\\nAzerbaijani customs'], ['+0.66'])
    """
    fig, ax = new_figure(max(6.0, 1.1 * len(flows) + 3.0), 4.8)
    with style():
        ax.set_title(title or "Both flows from one source, and the balance")
        if flows.empty:
            return empty_figure(
                fig, ax, "No source in the data gives both directions of trade for the same whole year.", source
            )
        x = list(range(len(flows)))
        ax.bar(x, flows[RU_TO_AZ] / scale, color=_RU_DARK, width=0.6, label="Russia → Azerbaijan", zorder=2)
        ax.bar(
            x,
            -flows[AZ_TO_RU] / scale,
            color=_AZ_LIGHT,
            width=0.6,
            label="Azerbaijan → Russia (drawn below 0)",
            zorder=2,
        )
        ax.scatter(
            x, flows["balance"] / scale, marker="D", color="black", s=36, zorder=3, label="balance (Russia's surplus)"
        )
        for xi, value in zip(x, flows["balance"], strict=True):
            ax.text(xi + 0.36, value / scale, f"{value / scale:+.2f}".replace("-", "−"), va="center", fontsize=8)
        ax.axhline(0, color="#555555", linewidth=0.8)
        labels = [f"{int(y)}\n{reporter_style(r).label}" for y, r in zip(flows["year"], flows["reporter"], strict=True)]
        ax.set_xticks(x, labels, fontsize=8)
        ax.yaxis.set_major_formatter(lambda v, _p: f"{abs(v):g}")
        ax.set_ylabel(ylabel)
        ax.grid(axis="x", visible=False)
        _legend(ax, list(ax.get_legend_handles_labels()[0]), columns=3, below=0.2)
    source_line(fig, source)
    return fig


def flows_and_events(
    measures: pd.DataFrame,
    events: pd.DataFrame,
    indicator: str = "gas_volume",
    unit: str = "m3",
    scale: float = 1e9,
    ylabel: str = "bn m³",
    title: str | None = None,
    source: str = "azru data package",
) -> Figure:
    """Whole-year volumes by direction (Russia → Azerbaijan up, Azerbaijan → Russia down) and numbered events.

    Each stated volume is its own bar, labelled (two sources for one year
    make two bars). Events are numbered in date order along the top; list
    them beside the chart with the same numbers (``events.sort_values("start")``).

    >>> volumes = pd.DataFrame({"indicator": ["gas_volume"] * 2, "period": ["2006", "2013"], "value": [4.5e9, 1.37e9],
    ...     "unit": ["m3"] * 2, "qualifier": ["exact", "about"], "flow": ["ru_to_az", "az_to_ru"], "reporter": ["company"] * 2})
    >>> events = pd.DataFrame({"start": pd.to_datetime(["2007-01-01"]), "title": ["Russian gas deliveries stop"]})
    >>> fig = flows_and_events(volumes, events)
    >>> sorted(t.get_text() for t in fig.axes[0].texts)
    ['1', '4.5', '~1.37']
    """
    rows = annual(measures, indicator, unit)
    rows = rows.assign(flow=rows["flow"].astype("object").fillna("both"))
    fig, ax = new_figure(9.0, 4.8)
    with style():
        ax.set_title(title or f"{indicator.replace('_', ' ').capitalize()} by direction, and the events")
        years = [int(y) for y in rows["year"]] + [int(t.year) for t in events["start"]]
        if not years:
            return empty_figure(
                fig, ax, f"No whole-year {indicator.replace('_', ' ')} figures and no events in the data.", source
            )
        colours = {RU_TO_AZ: _RU_DARK, AZ_TO_RU: _AZ_LIGHT, "both": "#999999"}
        labels = {RU_TO_AZ: "Russia → Azerbaijan", AZ_TO_RU: "Azerbaijan → Russia (drawn below 0)", "both": "both ways"}
        top = float(rows["value"].max() / scale) if not rows.empty else 1.0
        bottom = (
            float(rows.loc[rows["flow"] == AZ_TO_RU, "value"].max() / scale)
            if (rows["flow"] == AZ_TO_RU).any()
            else 0.0
        )
        for (year, flow), group in rows.groupby(["year", "flow"], sort=True):
            n = len(group)
            width = 0.7 / n
            for k, row in enumerate(group.sort_values("value").itertuples(index=False)):
                sign = -1 if flow == AZ_TO_RU else 1
                x = int(year) - 0.35 + width * (k + 0.5)
                ax.bar(
                    x,
                    sign * row.value / scale,
                    width=width * 0.9,
                    color=colours.get(flow, "#999999"),
                    zorder=2,
                    label=labels.get(flow, flow),
                )
                text = format_usd(row.value, row.qualifier, scale)
                ax.text(
                    x, sign * row.value / scale, text, ha="center", va="bottom" if sign > 0 else "top", fontsize=7.5
                )
        ordered = events.sort_values("start", kind="stable").reset_index(drop=True)
        span = max(years) - min(years) + 2
        last_at: list[float] = []  # the x of the latest number on each row of numbers
        for i, start in enumerate(ordered["start"]):
            x = start.year + (start.day_of_year - 1) / 365.25
            row = next((r for r, seen in enumerate(last_at) if x - seen > span / 40), len(last_at))
            last_at[row : row + 1] = [x]
            ax.axvline(x, color="#bbbbbb", linewidth=0.8, linestyle="--", zorder=1)
            ax.text(
                x,
                top * (1.08 + 0.11 * row),
                str(i + 1),
                ha="center",
                va="bottom",
                fontsize=8,
                bbox={"boxstyle": "circle,pad=0.2", "facecolor": "white", "edgecolor": "#777777", "linewidth": 0.6},
            )
        rows_of_numbers = max(1, len(last_at))
        ax.axhline(0, color="#555555", linewidth=0.8)
        ax.set_ylim(-bottom * 1.25 if bottom else 0, top * (1.2 + 0.11 * rows_of_numbers))
        ax.yaxis.set_major_formatter(lambda v, _p: f"{abs(v):g}")
        _year_axis(ax, min(years), max(years))
        ax.set_ylabel(ylabel)
        ax.grid(axis="x", visible=False)
        handles, names = ax.get_legend_handles_labels()
        unique = dict(zip(names, handles, strict=True))
        handles = list(unique.values())
        if not ordered.empty:
            handles.append(Line2D([], [], color="#bbbbbb", linestyle="--", label="numbered: events, in date order"))
        if rows.empty:
            ax.text(
                0.5,
                0.5,
                f"No whole-year {indicator.replace('_', ' ')} figures in the data.",
                transform=ax.transAxes,
                ha="center",
                color=NOTE_COLOUR,
            )
        _legend(ax, handles, columns=3)
    source_line(fig, _source_text(source, _not_shown(measures, indicator, unit)))
    return fig
