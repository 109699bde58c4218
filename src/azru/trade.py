"""What the package itself needs from the trade figures: whole-year rows, and growth rates paired with levels.

The lessons compute growth rates, turnover tables and comparisons of the two
sides' figures in the open (``pct_change``, ``pivot_table``…); this module
keeps only the rules other package code relies on, so that there is one of
each: :func:`annual` (which rows are whole calendar years, used by
:mod:`azru.docs` and :mod:`azru.checks`) and :func:`growth_pairs` (which
stated growth rate is checked against which levels, used by the
``growth_rates`` check).

>>> frame = pd.DataFrame({
...     "measure_id": ["t18", "t19", "g19"], "indicator": ["trade_turnover", "trade_turnover", "trade_turnover_growth"],
...     "period": ["2018", "2019", "2019"], "value": [2.5e9, 3.2e9, 27.0], "unit": ["USD", "USD", "percent"],
...     "qualifier": ["about", "exact", "exact"], "flow": ["both"] * 3, "reporter": ["ru_official"] * 3,
...     "source_id": ["a", "b", "b"]})
>>> import azru
>>> growth_pairs(frame, azru.load().vocabulary)[["year", "stated", "previous_id", "current_id", "computed"]].round(1)
   year  stated previous_id current_id  computed
0  2019    27.0         t18        t19      28.0

What a period is (a whole year or a part), which qualifiers state a level,
whose statistics a reporter stands for and which level a growth rate belongs
to all come from :mod:`azru.vocabulary`: the loader has put them in columns
(``period_kind``, ``year``, ``bound``, ``side``), and a frame made by hand
gets them from :func:`azru.vocabulary.with_derived` with the vocabulary passed in.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import pandas as pd

from azru.tables import match
from azru.vocabulary import Vocabulary, period_columns, with_derived

__all__ = ["annual", "growth_pairs"]


def _select(
    measures: pd.DataFrame,
    indicator: str | Iterable[str] | None,
    unit: str | None,
    flow: str | Iterable[str] | None = None,
) -> pd.DataFrame:
    # A whole year is read from the period alone: no vocabulary needed for a frame made by hand.
    frame = measures if "period_kind" in measures.columns else period_columns(measures)
    return match(frame, {"indicator": indicator, "unit": unit, "flow": flow})  # the tables' one filter rule


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


# The columns of growth_pairs, in order: the rate, then the levels it is paired with, then the arithmetic.
_PAIR_COLUMNS = [
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


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _growth(previous: float, current: float) -> float:
    # From a level of zero no growth rate is defined: the pair stays, its rate is empty.
    return (current / previous - 1) * 100 if previous else math.nan


def _implied_previous(current: float, stated: float) -> float:
    # A fall of 100 % or more leaves no level for the year before to imply.
    return current / (1 + stated / 100) if stated > -100 else math.nan


def growth_pairs(measures: pd.DataFrame, vocab: Vocabulary) -> pd.DataFrame:
    """Every stated annual growth rate beside the levels it can be checked against: the one pairing rule.

    A rate (an indicator of ``growth_of`` in the vocabulary, in percent, for
    a whole year) is paired with each level of its indicator (USD, whole
    years, a qualifier that states a level: ``exact`` or ``about``) stated by
    the same reporter for the same flow, for the year before and for the year
    itself: one row for each such (previous, current) pair. ``computed`` is
    the growth from ``previous`` to ``current`` in percent; ``implied_previous``
    is ``current / (1 + stated / 100)``, the level the rate and the current
    level imply for the year before. A rate without such a pair keeps one row
    with ``computed`` empty (and ``current`` filled only if there is exactly
    one level for its year), so nothing disappears; figures of a reporter that
    names no one (``unclear``) are never paired. The ``growth_rates`` check
    reads this table. Rows are sorted by indicator, year, reporter and rate.
    ``vocab`` is the facts' vocabulary (``facts.vocabulary``).

    >>> import azru
    >>> frame = pd.DataFrame({
    ...     "measure_id": ["t14", "t15", "g15", "g15u"],
    ...     "indicator": ["trade_turnover", "trade_turnover", "trade_turnover_growth", "trade_turnover_growth"],
    ...     "period": ["2014", "2015", "2015", "2015"], "value": [4.0e9, 2.8e9, -30.0, -30.0],
    ...     "unit": ["USD", "USD", "percent", "percent"], "qualifier": ["exact"] * 4, "flow": ["both"] * 4,
    ...     "reporter": ["ru_customs", "ru_customs", "ru_customs", "unclear"], "source_id": ["a", "a", "a", "b"]})
    >>> pairs = growth_pairs(frame, azru.load().vocabulary)
    >>> pairs[["stated_id", "reporter", "previous_id", "current_id", "computed"]].round(1)
      stated_id    reporter previous_id current_id  computed
    0       g15  ru_customs         t14        t15     -30.0
    1      g15u     unclear         NaN        NaN       NaN
    >>> (pairs["implied_previous"] / 1e9).round(3).tolist()  # -30 % to 2.8 bn implies 4 bn the year before
    [4.0, nan]
    """
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
                    "implied_previous": _implied_previous(float(current.value), float(rate.value))
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
                    "computed": _growth(float(a.value), float(b.value)),
                    "implied_previous": _implied_previous(float(b.value), float(rate.value)),
                }
            )
    result = pd.DataFrame(rows, columns=_PAIR_COLUMNS)
    for column in ("stated", "previous", "current", "computed", "implied_previous"):
        result[column] = result[column].astype("float64")
    return result.sort_values(["indicator", "year", "reporter", "stated_id"], kind="stable").reset_index(drop=True)
