"""Tables of the loaded facts that filter themselves when called.

``facts.events`` is a DataFrame like any other, and ``facts.events(theme=…)``
returns its matching rows, sorted by date. The module-level
``azru.events(…)`` is the same call on the shipped package, and
``azru --data X facts`` the same call on X, so there is one filter rule.

>>> import azru
>>> facts = azru.load()
>>> facts.events(theme="military", kind="denial", start=2009, end=2009)[["date", "status"]].to_string(index=False)
'      date status\\n2009-01-21 denied\\n2009-01-30 denied'
>>> facts.events(theme="Border")
Traceback (most recent call last):
...
azru.errors.FilterError: unknown theme 'Border' (did you mean 'border'?); valid: diplomacy, military, border, trade, energy, society, law

A value is checked against the vocabulary of its column (the enumeration in
``datapackage.json``, or the values present where a column has none); a
filter left as ``None`` keeps every row. Filtered rows are a plain copy.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable
from typing import Any

import pandas as pd

from azru.dates import day_range
from azru.errors import FilterError
from azru.vocabulary import period_bounds

__all__ = ["EventsTable", "HappeningsTable", "MeasuresTable", "Table", "Values", "match", "valid_values"]

Values = str | Iterable[str] | None
"""One value or several (any of them matches); ``None`` keeps every row."""


def _as_list(value: Values) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


def valid_values(column: pd.Series) -> list[str]:
    """The values a filter on ``column`` may take: its categories, or the distinct values present."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return [str(c) for c in column.cat.categories]
    return sorted({str(v) for v in column.dropna()})


def match(frame: pd.DataFrame, choices: dict[str, Values]) -> pd.DataFrame:
    """Rows whose every column of ``choices`` holds one of the values asked for (``None``: any).

    The one filter rule of the package: a value the column does not know (see
    :func:`valid_values`) is a :class:`azru.FilterError`, never an empty result.

    >>> frame = pd.DataFrame({"unit": ["USD", "km"], "value": [1.0, 2.0]})
    >>> match(frame, {"unit": "km"})["value"].tolist()
    [2.0]
    >>> match(frame, {"unit": "KM"})
    Traceback (most recent call last):
    ...
    azru.errors.FilterError: unknown unit 'KM' (did you mean 'km'?); valid: USD, km
    """
    mask = pd.Series(True, index=frame.index)
    for column, wanted in choices.items():
        values = _as_list(wanted)
        if values is None:
            continue
        valid = valid_values(frame[column])
        for value in values:
            if value not in valid:
                raise FilterError(column, value, valid)
        mask &= frame[column].astype("object").isin(values)
    return frame[mask]


class Table(pd.DataFrame):
    """A DataFrame of the facts; calling it filters (see the subclasses for the filters each takes)."""

    @property
    def _constructor(self) -> type[pd.DataFrame]:
        return pd.DataFrame  # anything derived from a table is a plain frame

    @classmethod
    def filter_names(cls) -> list[str]:
        """The keyword arguments a call takes (the CLI offers exactly these)."""
        return [name for name in inspect.signature(cls.__call__).parameters if name != "self"]

    def _rows(
        self,
        choices: dict[str, Values],
        span: tuple[str, str],
        start: Any = None,
        end: Any = None,
        order: tuple[str, ...] = (),
    ) -> pd.DataFrame:
        frame = match(pd.DataFrame(self), choices)
        first, last = span
        if start is not None and end is not None and day_range(start)[0] > day_range(end)[1]:
            raise ValueError(f"the range ends before it starts: start {start!r} is after end {end!r}")
        mask = pd.Series(True, index=frame.index)
        if start is not None:
            mask &= frame[last] >= pd.Timestamp(day_range(start)[0])
        if end is not None:
            mask &= frame[first] <= pd.Timestamp(day_range(end)[1])
        rows = frame[mask]
        return rows.sort_values(list(order or span), kind="stable", na_position="last").reset_index(drop=True)


class EventsTable(Table):
    """The events table: one source's report a row."""

    def __call__(
        self,
        theme: Values = None,
        kind: Values = None,
        status: Values = None,
        start: Any = None,
        end: Any = None,
    ) -> pd.DataFrame:
        """Rows (reports; happenings in a HappeningsTable) of the given themes, kinds and statuses whose span overlaps ``start``…``end``, by date.

        ``start`` and ``end`` are a year (``2008``), a partial date
        (``"2008-01"``) or a date; a report dated only "January to June 2008"
        is kept for a query for 29 January, since its span may include that day.
        """
        return self._rows({"theme": theme, "kind": kind, "status": status}, ("start", "end"), start, end)


class HappeningsTable(EventsTable):
    """The happenings table: one row per thing that happened (see :mod:`azru.reports`); filters as events do."""


class MeasuresTable(Table):
    """The measures table: one stated figure a row."""

    def __call__(
        self,
        indicator: Values = None,
        theme: Values = None,
        reporter: Values = None,
        flow: Values = None,
        unit: Values = None,
        period: str | None = None,
        start: Any = None,
        end: Any = None,
    ) -> pd.DataFrame:
        """Figures matching every filter given, sorted by the start of their period (undated last).

        ``period`` matches as written (``"2008"`` is not ``"2008-01/2008-12"``);
        ``start``/``end`` keep figures whose period overlaps them, so undated
        figures drop out.
        """
        frame = self._rows(
            {"indicator": indicator, "theme": theme, "reporter": reporter, "flow": flow, "unit": unit},
            ("period_start", "period_end"),
            start,
            end,
        )
        if period is not None:
            try:
                period_bounds(period)
            except ValueError as exc:
                raise ValueError(f"not a period: {period!r} ({exc})") from None
            frame = frame[frame["period"] == period].reset_index(drop=True)
        return frame
