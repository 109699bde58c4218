"""Partial ISO 8601 dates (``2008``, ``2008-01``, ``2008-01-29``) and intervals."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

__all__ = ["PRECISIONS", "day_range", "parse_partial", "parse_period", "precision_of", "range_text", "span"]

PRECISIONS = ("day", "month", "year")
_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def precision_of(text: str) -> str:
    """The precision a partial date is written at.

    >>> precision_of("2008"), precision_of("2008-01"), precision_of("2008-01-29")
    ('year', 'month', 'day')
    """
    return PRECISIONS[2 - text.count("-")]


def parse_partial(text: str) -> tuple[date, date]:
    """First and last day covered by a partial date; ValueError if it is not one.

    >>> parse_partial("2007-11")
    (datetime.date(2007, 11, 1), datetime.date(2007, 11, 30))
    >>> parse_partial("2008-02-30")
    Traceback (most recent call last):
    ...
    ValueError: day is out of range for month
    """
    match = _PARTIAL.fullmatch(text)
    if not match:
        raise ValueError("not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = (int(g) if g else None for g in match.groups())
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    if day is None:
        last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 0
        return date(year, month, 1), date(year, month, last)
    single = date(year, month, day)
    return single, single


def span(start: str, end: str | None = None) -> tuple[date, date]:
    """First and last day of a span given by partial start and optional end dates.

    >>> span("2008-01-29", "2008-01-30")
    (datetime.date(2008, 1, 29), datetime.date(2008, 1, 30))
    >>> span("2005")
    (datetime.date(2005, 1, 1), datetime.date(2005, 12, 31))
    """
    first, last = parse_partial(start)
    if end:
        last = parse_partial(end)[1]
    return first, last


def parse_period(text: str) -> tuple[date, date]:
    """First and last day of a measure's period: a partial date or ``START/END``.

    >>> parse_period("2007-01/2007-03")
    (datetime.date(2007, 1, 1), datetime.date(2007, 3, 31))
    """
    start, _, end = text.partition("/")
    return span(start, end or None)


def day_range(value: object) -> tuple[date, date]:
    """First and last day of a bound given as a year (``2008``), a partial date string or a date.

    >>> day_range(2008)
    (datetime.date(2008, 1, 1), datetime.date(2008, 12, 31))
    >>> day_range("2008-02")[1], day_range(date(2008, 2, 3))[0]
    (datetime.date(2008, 2, 29), datetime.date(2008, 2, 3))
    >>> day_range(20.5)
    Traceback (most recent call last):
    ...
    ValueError: not a date: 20.5 (give a year such as 2008, "2008-01", "2008-01-29" or a date)
    """
    if isinstance(value, datetime):  # also pandas Timestamps
        return value.date(), value.date()
    if isinstance(value, date):
        return value, value
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 9999:
        return date(value, 1, 1), date(value, 12, 31)
    if isinstance(value, str):
        try:
            return parse_partial(value.strip())
        except ValueError:
            pass
    raise ValueError(f'not a date: {value!r} (give a year such as 2008, "2008-01", "2008-01-29" or a date)')


def range_text(start: str, end: object = None) -> str:
    """A date or a range as a reader writes it: one date when the range starts and ends on it.

    >>> range_text("1997-07", "1997-07"), range_text("2008-01-29", "2008-01-30"), range_text("2010", None)
    ('1997-07', '2008-01-29…2008-01-30', '2010')
    """
    return f"{start}…{end}" if isinstance(end, str) and end and end != start else start
