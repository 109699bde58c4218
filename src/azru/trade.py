"""Trade arithmetic on the measures table: growth rates, implied levels, tables by reporter.

No plotting here (lessons draw their charts in the open): these helpers work on any
frame shaped like ``azru.measures()``, so a notebook can check a claim by hand.

>>> round(implied_previous(2403000000.0, 39.3))  # the 2007 turnover that +39.3% to 2.403 bn implies
1725053841
>>> round(growth_from_levels(1725053840.63, 2403000000.0), 1)
39.3

What a period is (a whole year or a part), which qualifiers state a level,
whose statistics a reporter stands for and which level a growth rate belongs
to all come from :mod:`azru.vocabulary`: the loader has put them in columns
(``period_kind``, ``year``, ``bound``, ``side``), and a frame made by hand
gets them from :func:`azru.vocabulary.with_derived`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

from azru.vocabulary import Vocabulary, vocabulary, with_derived

__all__ = [
    "AZ_TO_RU",
    "GROWTH_COLUMNS",
    "RU_TO_AZ",
    "annual",
    "flows_table",
    "growth_comparison",
    "growth_from_levels",
    "growth_pairs",
    "implied_previous",
    "part_year",
    "sides_table",
    "turnover_table",
]

RU_TO_AZ, AZ_TO_RU = "ru_to_az", "az_to_ru"

Number = float | pd.Series


def implied_previous(level: Number, growth_percent: Number) -> Number:
    """The level a year before that a level and its stated growth rate imply: ``level / (1 + g/100)``.

    Works on numbers and on aligned Series alike.

    >>> round(implied_previous(110.0, 10.0), 6)
    100.0
    >>> implied_previous(pd.Series([1991100000.0, 411400000.0]), pd.Series([42.6, 25.4])).round(-5).tolist()
    [1396300000.0, 328100000.0]
    >>> implied_previous(50.0, -100.0)
    Traceback (most recent call last):
    ...
    ValueError: a fall of 100% or more implies no level for the year before
    """
    if isinstance(growth_percent, pd.Series):
        if (growth_percent <= -100).any():
            raise ValueError("a fall of 100% or more implies no level for the year before")
    elif growth_percent <= -100:
        raise ValueError("a fall of 100% or more implies no level for the year before")
    return level / (1 + growth_percent / 100)


def growth_from_levels(previous: Number, current: Number) -> Number:
    """Growth in percent from one level to the next: ``(current / previous - 1) * 100``.

    >>> round(growth_from_levels(2.5, 3.2), 6)
    28.0
    >>> round(growth_from_levels(4.0, 2.8), 1)
    -30.0
    >>> growth_from_levels(0.0, 1.0)
    Traceback (most recent call last):
    ...
    ValueError: growth from a level of zero is undefined
    """
    if isinstance(previous, pd.Series):
        if (previous == 0).any():
            raise ValueError("growth from a level of zero is undefined")
    elif previous == 0:
        raise ValueError("growth from a level of zero is undefined")
    return (current / previous - 1) * 100


def _select(
    measures: pd.DataFrame,
    indicator: str | Iterable[str] | None,
    unit: str | None,
    flow: str | Iterable[str] | None = None,
) -> pd.DataFrame:
    frame = with_derived(measures)
    if indicator is not None:
        wanted = [indicator] if isinstance(indicator, str) else list(indicator)
        frame = frame[frame["indicator"].isin(wanted)]
    if unit is not None:
        frame = frame[frame["unit"].astype("object") == unit]
    if flow is not None:
        flows = [flow] if isinstance(flow, str) else list(flow)
        frame = frame[frame["flow"].astype("object").isin(flows)]
    return frame


def annual(
    measures: pd.DataFrame,
    indicator: str | Iterable[str] | None = None,
    unit: str | None = "USD",
    flow: str | Iterable[str] | None = None,
) -> pd.DataFrame:
    """Rows whose period is one whole calendar year, with an integer ``year`` column; part-years are left out.

    >>> frame = pd.DataFrame({"indicator": ["trade_turnover"] * 3, "period": ["2014", "2015-01/2015-03", "2015"],
    ...                       "value": [4.0e9, 7.07e8, 2.8e9], "unit": ["USD"] * 3})
    >>> annual(frame)[["year", "value"]].to_dict("list")
    {'year': [2014, 2015], 'value': [4000000000.0, 2800000000.0]}
    """
    frame = _select(measures, indicator, unit, flow)
    return frame[frame["period_kind"] == "year"].copy()


def part_year(
    measures: pd.DataFrame,
    indicator: str | Iterable[str] | None = None,
    unit: str | None = "USD",
    flow: str | Iterable[str] | None = None,
) -> pd.DataFrame:
    """Rows for part of a year (a quarter, January–May…), which must not be compared with whole years.

    >>> frame = pd.DataFrame({"indicator": ["trade_turnover"] * 2, "period": ["2014", "2015-01/2015-03"],
    ...                       "value": [4.0e9, 7.07e8], "unit": ["USD"] * 2})
    >>> part_year(frame)["period"].tolist()
    ['2015-01/2015-03']
    """
    frame = _select(measures, indicator, unit, flow)
    return frame[frame["period_kind"] == "part_year"].copy()


def turnover_table(
    measures: pd.DataFrame,
    indicator: str = "trade_turnover",
    flow: str | None = None,
    qualifiers: Sequence[str] | None = None,
    agg: str = "median",
    years: Iterable[int] | None = None,
) -> pd.DataFrame:
    """Annual figures pivoted: one row a year, one column a reporter, values in USD.

    Only whole-year periods in USD with a qualifier in ``qualifiers`` count
    (by default those that state a level, not bounds such as "more than"). When one reporter is given more
    than one figure for a year, ``agg`` summarises them (``median`` by
    default; ``count`` shows where that happened, ``min``/``max`` the range).
    ``years`` reindexes the rows so that missing years show as empty rows
    rather than disappearing.

    >>> frame = pd.DataFrame({
    ...     "indicator": ["trade_turnover"] * 4,
    ...     "period": ["2014", "2014", "2015", "2015-01/2015-03"],
    ...     "value": [4.0e9, 1.96e9, 2.8e9, 7.07e8],
    ...     "unit": ["USD"] * 4, "qualifier": ["exact"] * 4,
    ...     "reporter": ["ru_customs", "az_customs", "ru_customs", "ru_customs"]})
    >>> turnover_table(frame, years=range(2013, 2016)) / 1e9  # doctest: +NORMALIZE_WHITESPACE
    reporter  az_customs  ru_customs
    year
    2013             NaN         NaN
    2014            1.96         4.0
    2015             NaN         2.8
    """
    frame = annual(measures, indicator, "USD", flow)
    if qualifiers is None:
        frame = frame[~frame["bound"]]
    else:
        frame = frame[frame["qualifier"].astype("object").isin(list(qualifiers))]
    frame = frame.assign(reporter=frame["reporter"].astype("object").fillna("unclear"))
    table = frame.pivot_table(index="year", columns="reporter", values="value", aggfunc=agg, observed=True)
    table.index = table.index.astype(int)
    table.columns = pd.Index([str(c) for c in table.columns], name="reporter")
    if years is not None:
        table = table.reindex(pd.Index(list(years), name="year"))
    table.index.name = "year"
    return table


GROWTH_COLUMNS = [
    "indicator",
    "year",
    "reporter",
    "flow",
    "stated",
    "stated_id",
    "stated_source",
    "stated_qualifier",
    "previous",
    "previous_id",
    "previous_qualifier",
    "current",
    "current_id",
    "current_qualifier",
    "computed",
    "implied_previous",
]


def growth_pairs(measures: pd.DataFrame, vocab: Vocabulary | None = None) -> pd.DataFrame:
    """Every stated annual growth rate beside the levels it can be checked against: the one pairing rule.

    A rate (an indicator of ``growth_of`` in the vocabulary, in percent, for
    a whole year) is paired with each level of its indicator (USD, whole
    years, a qualifier that states a level: ``exact`` or ``about``) stated by
    the same reporter for the same flow, for the year before and for the year
    itself. A rate without such a pair keeps one row with ``computed`` empty,
    so nothing disappears; figures of a reporter that names no one
    (``unclear``) are never paired. ``implied_previous`` is what the rate and
    the current level imply for the year before. :func:`growth_comparison`
    and the ``growth_rates`` check both read this table.
    """
    vocab = vocab if vocab is not None else vocabulary()
    frame = with_derived(measures, vocab)
    frame = frame[frame["period_kind"] == "year"]
    rates = frame[frame["indicator"].isin(list(vocab.growth_of)) & (frame["unit"].astype("object") == "percent")]
    levels = frame[
        frame["indicator"].isin(list(vocab.growth_of.values()))
        & (frame["unit"].astype("object") == "USD")
        & ~frame["bound"]
    ]
    keyed: dict[tuple[str, str, str, int], list[Any]] = {}
    for level in levels.itertuples(index=False):
        keyed.setdefault((str(level.indicator), _text(level.reporter), _text(level.flow), int(level.year)), []).append(
            level
        )
    rows = []
    for rate in rates.itertuples(index=False):
        year, reporter, rate_flow = int(rate.year), _text(rate.reporter), _text(rate.flow)
        key = (vocab.growth_of[str(rate.indicator)], reporter, rate_flow)
        now, before = keyed.get((*key, year), []), keyed.get((*key, year - 1), [])
        base = {
            "indicator": key[0],
            "year": year,
            "reporter": reporter,
            "flow": rate_flow,
            "stated": float(rate.value),
            "stated_id": rate.measure_id,
            "stated_source": rate.source_id,
            "stated_qualifier": _text(rate.qualifier),
        }
        pairs = [(a, b) for a in before for b in now]
        if reporter in vocab.unattributed or reporter == "" or not pairs:
            current = now[0] if len(now) == 1 else None
            rows.append(
                base
                | {
                    "current": float(current.value) if current is not None else math.nan,
                    "current_id": current.measure_id if current is not None else None,
                    "current_qualifier": _text(current.qualifier) if current is not None else None,
                    "implied_previous": float(implied_previous(current.value, rate.value))
                    if current is not None
                    else math.nan,
                }
            )
            continue
        for a, b in pairs:
            rows.append(
                base
                | {
                    "previous": float(a.value),
                    "previous_id": a.measure_id,
                    "previous_qualifier": _text(a.qualifier),
                    "current": float(b.value),
                    "current_id": b.measure_id,
                    "current_qualifier": _text(b.qualifier),
                    "computed": float(growth_from_levels(a.value, b.value)),
                    "implied_previous": float(implied_previous(b.value, rate.value)),
                }
            )
    result = pd.DataFrame(rows, columns=GROWTH_COLUMNS)
    for column in ("stated", "previous", "current", "computed", "implied_previous"):
        result[column] = result[column].astype("float64")
    return result.sort_values(["indicator", "year", "reporter", "stated_id"], kind="stable").reset_index(drop=True)


def growth_comparison(
    measures: pd.DataFrame,
    indicator: str = "trade_turnover",
    flow: str | None = None,
) -> pd.DataFrame:
    """Each stated annual growth rate of ``indicator`` beside the rate computed from the same reporter's levels.

    The rows of :func:`growth_pairs` for one level indicator (and ``flow``,
    if given): ``exports_growth`` rates for ``exports``…

    >>> frame = pd.DataFrame({
    ...     "measure_id": ["t18", "t19", "g19", "g15"],
    ...     "indicator": ["trade_turnover", "trade_turnover", "trade_turnover_growth", "trade_turnover_growth"],
    ...     "period": ["2018", "2019", "2019", "2015"], "value": [2.5e9, 3.2e9, 27.0, -30.0],
    ...     "unit": ["USD", "USD", "percent", "percent"], "qualifier": ["about", "exact", "exact", "exact"],
    ...     "flow": ["both"] * 4, "reporter": ["ru_official"] * 4, "source_id": ["a", "b", "b", "c"]})
    >>> growth_comparison(frame)[["year", "reporter", "stated", "computed"]].round(1)
       year     reporter  stated  computed
    0  2015  ru_official   -30.0       NaN
    1  2019  ru_official    27.0      28.0
    """
    pairs = growth_pairs(measures)
    pairs = pairs[pairs["indicator"] == indicator]
    if flow is not None:
        pairs = pairs[pairs["flow"] == flow]
    return pairs.drop(columns="indicator").reset_index(drop=True)


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def flows_table(measures: pd.DataFrame) -> pd.DataFrame:
    """Both directions of trade from one source for one whole year, and the balance from Russia's side.

    A flow is ``ru_to_az`` (Russian exports = Azerbaijani imports from
    Russia) or ``az_to_ru``; ``exports`` and ``imports`` rows count alike,
    since the flow says which way the goods went. Rows without a flow are
    left out: which way they go is not known. ``balance`` is
    ``ru_to_az - az_to_ru`` (positive: Russia sells more than it buys).

    >>> frame = pd.DataFrame({
    ...     "indicator": ["imports", "exports", "exports"], "period": ["2014"] * 3,
    ...     "value": [1.3e9, 640.3e6, 9.9e9], "unit": ["USD"] * 3, "qualifier": ["exact"] * 3,
    ...     "flow": ["ru_to_az", "az_to_ru", None], "reporter": ["az_customs"] * 3, "source_id": ["s"] * 3})
    >>> (flows_table(frame)[["ru_to_az", "az_to_ru", "balance"]] / 1e6).round(1).to_dict("records")
    [{'ru_to_az': 1300.0, 'az_to_ru': 640.3, 'balance': 659.7}]
    """
    frame = annual(measures, ["exports", "imports"], "USD", [RU_TO_AZ, AZ_TO_RU])
    frame = frame[~frame["bound"]]
    frame = frame.assign(
        reporter=frame["reporter"].astype("object").map(_text), flow=frame["flow"].astype("object").map(_text)
    )
    keys = ["year", "reporter", "source_id"]
    ru = frame[frame["flow"] == RU_TO_AZ][[*keys, "value"]].rename(columns={"value": RU_TO_AZ})
    az = frame[frame["flow"] == AZ_TO_RU][[*keys, "value"]].rename(columns={"value": AZ_TO_RU})
    both = ru.merge(az, on=keys, how="inner")
    both["balance"] = both[RU_TO_AZ] - both[AZ_TO_RU]
    both["year"] = both["year"].astype(int)
    return both.sort_values(keys, kind="stable").reset_index(drop=True)


def sides_table(
    measures: pd.DataFrame,
    indicator: str = "trade_turnover",
    flow: str | None = None,
    part_years: bool = True,
) -> pd.DataFrame:
    """Periods for which both Russian and Azerbaijani reporters give a level, and how far apart they are.

    ``Russian`` and ``Azerbaijani`` are the medians of the distinct levels
    (USD; bounds left out) that each side's reporters state for the very same
    period; ``ratio`` is Russian ÷ Azerbaijani. Part-year periods count when
    ``part_years`` is true (both sides then cover the same months).

    >>> frame = pd.DataFrame({
    ...     "indicator": ["trade_turnover"] * 5, "unit": ["USD"] * 5,
    ...     "period": ["2014", "2014", "2014", "2015-01/2015-03", "2015-01/2015-03"],
    ...     "value": [4.0e9, 4.0e9, 1.96e9, 7.07e8, 3.9606e8], "qualifier": ["exact"] * 5, "flow": ["both"] * 5,
    ...     "reporter": ["ru_customs", "ru_official", "az_customs", "ru_customs", "az_customs"]})
    >>> sides_table(frame).round(2)  # doctest: +NORMALIZE_WHITESPACE
                period  period_kind      Russian  Azerbaijani  ratio
    0             2014         year 4.000000e+09 1.960000e+09   2.04
    1  2015-01/2015-03    part_year 7.070000e+08 3.960600e+08   1.79
    """
    frame = _select(measures, indicator, "USD", flow)
    kinds = ["year", "part_year"] if part_years else ["year"]
    frame = frame[frame["period_kind"].isin(kinds) & ~frame["bound"]]
    rows = []
    for period, group in frame.groupby("period", sort=True):
        ru = group.loc[group["side"] == "Russian", "value"].drop_duplicates()
        az = group.loc[group["side"] == "Azerbaijani", "value"].drop_duplicates()
        if ru.empty or az.empty:
            continue
        rows.append(
            {
                "period": period,
                "period_kind": str(group["period_kind"].iloc[0]),
                "Russian": float(ru.median()),
                "Azerbaijani": float(az.median()),
                "ratio": float(ru.median() / az.median()) if az.median() else math.nan,
            }
        )
    return pd.DataFrame(rows, columns=["period", "period_kind", "Russian", "Azerbaijani", "ratio"])
