"""One vocabulary: what the values of the data mean, read from ``datapackage.json`` alone.

The enumerations of the schema (``constraints.enum``) and their definitions
(``x-definitions``) say which values a column may take; the package's
``x-vocabulary`` section says what they mean for computing: which qualifiers
state a level and which a bound, whose statistics a reporter stands for,
which indicators are rates and which level each growth rate is a rate of.
This module is the only place that reads those declarations or parses a
measure's period; the loader adds the derived columns once
(:func:`derive_measures`, :func:`derive_events`) and everything else reads them.

>>> import azru
>>> vocab = azru.load().vocabulary  # from_descriptor(azru.load().descriptor)
>>> vocab.level_qualifiers, vocab.growth_of["exports_growth"], vocab.side("ru_customs")
(('exact', 'about'), 'exports', 'Russian')
>>> vocab.values("events", "status")
('reported', 'claimed', 'denied', 'planned', 'disputed')
>>> [period_kind(p) for p in ["2008", "2008-01/2008-12", "2007-01/2007-03", "2005/2006", None]]
['year', 'year', 'part_year', 'span', 'undated']
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pandas as pd

from azru.dates import parse_period, span
from azru.errors import DataError

__all__ = [
    "EVENT_COLUMNS",
    "MEASURE_COLUMNS",
    "PERIOD_KINDS",
    "SIDES",
    "Qualifier",
    "Vocabulary",
    "derive_events",
    "derive_measures",
    "from_descriptor",
    "period_bounds",
    "period_columns",
    "period_kind",
    "with_derived",
]

PERIOD_KINDS = ("year", "part_year", "span", "undated")
SIDES = ("Russian", "Azerbaijani", "other")
#: Columns the loader adds to measures: where the period starts and ends, its year and kind,
#: whether it is one whole calendar year, a level or a rate, a bound, whose side reports it.
MEASURE_COLUMNS = ("period_start", "period_end", "year", "period_kind", "whole_year", "quantity", "bound", "side")
#: Columns the loader adds to events: the first and last day a report's date may cover, its year.
EVENT_COLUMNS = ("start", "end", "year")


@dataclass(frozen=True)
class Qualifier:
    """What a qualifier says of a value: ``states`` a level, a lower or an upper bound; its sign; its margin."""

    name: str
    states: str
    sign: str = ""
    margin: float = 0.0

    @property
    def is_level(self) -> bool:
        return self.states == "level"


@dataclass(frozen=True)
class Vocabulary:
    """The vocabularies of one data package (see the module docstring)."""

    enums: Mapping[tuple[str, str], tuple[str, ...]]
    definitions: Mapping[tuple[str, str], Mapping[str, str]]
    qualifiers: Mapping[str, Qualifier]
    sides: Mapping[str, str]
    growth_of: Mapping[str, str]
    rates: frozenset[str] = field(default_factory=frozenset)
    unattributed: frozenset[str] = field(default_factory=frozenset)
    """Reporters that say no one in particular (``unclear``): their figures are never paired by reporter."""

    def values(self, table: str, column: str) -> tuple[str, ...]:
        """The values a column may take (its enumeration), or ``()`` when it has none."""
        return self.enums.get((table, column), ())

    def definition(self, table: str, column: str, value: str) -> str:
        """What a value of a column means (``x-definitions``), or ``""``.

        >>> import azru
        >>> azru.load().vocabulary.definition("events", "status", "planned")[:30]
        'Announced or agreed for the fu'
        """
        return self.definitions.get((table, column), {}).get(value, "")

    @property
    def level_qualifiers(self) -> tuple[str, ...]:
        """Qualifiers that state a level (rounded or not); the others state a bound."""
        return tuple(name for name, q in self.qualifiers.items() if q.is_level)

    @property
    def bound_qualifiers(self) -> tuple[str, ...]:
        return tuple(name for name, q in self.qualifiers.items() if not q.is_level)

    @property
    def levels_with_rates(self) -> dict[str, str]:
        """Each level indicator that has a growth rate, and that rate (``trade_turnover`` → ``trade_turnover_growth``)."""
        return {level: rate for rate, level in self.growth_of.items()}

    def is_level(self, qualifier: object) -> bool:
        """Whether a qualifier states a level (``exact``, ``about``) rather than a bound (``more_than``…)."""
        found = self.qualifiers.get(str(qualifier))
        return found is not None and found.is_level

    def sign(self, qualifier: object) -> str:
        """The sign written before a value with this qualifier: ``~`` for about, ``>`` for more than…"""
        found = self.qualifiers.get(str(qualifier))
        return found.sign if found is not None else ""

    def side(self, reporter: object) -> str:
        """Whose statistics a reporter stands for: ``Russian``, ``Azerbaijani`` or ``other``.

        >>> import azru
        >>> vocab = azru.load().vocabulary
        >>> vocab.side("az_statistics"), vocab.side("un_comtrade"), vocab.side(None)
        ('Azerbaijani', 'other', 'other')
        """
        return self.sides.get(reporter, "other") if isinstance(reporter, str) else "other"

    def quantity(self, indicator: object) -> str:
        """``rate`` for a rate of change (a growth rate), ``level`` for anything else."""
        return "rate" if str(indicator) in self.rates else "level"

    def interval(self, value: float, qualifier: object, rounding: float = 0.0) -> tuple[float, float]:
        """The values a stated number can stand for, given its qualifier and ``rounding`` (half its last digit).

        >>> import azru
        >>> vocab = azru.load().vocabulary
        >>> vocab.interval(100.0, "about", 0.5), vocab.interval(100.0, "more_than"), vocab.interval(90.0, "almost")
        ((94.5, 105.5), (100.0, inf), (81.0, 90.0))
        """
        found = self.qualifiers.get(str(qualifier), Qualifier(str(qualifier), "level"))
        if found.states == "lower_bound":
            return value, math.inf
        if found.states == "upper_bound":
            return (value * (1 - found.margin), value) if found.margin else (-math.inf, value)
        return value * (1 - found.margin) - rounding, value * (1 + found.margin) + rounding


def _field_map(descriptor: Mapping[str, Any], key: str) -> dict[tuple[str, str], Any]:
    found = {}
    for resource in descriptor.get("resources", []):
        for spec in resource.get("schema", {}).get("fields", []):
            value = spec.get("constraints", {}).get(key) if key == "enum" else spec.get(key)
            if value:
                found[resource["name"], spec["name"]] = tuple(value) if key == "enum" else dict(value)
    return found


def from_descriptor(descriptor: Mapping[str, Any], file: str = "datapackage.json") -> Vocabulary:
    """The vocabulary a parsed ``datapackage.json`` declares; a :class:`azru.DataError` if it contradicts itself.

    Every qualifier and reporter named in ``x-vocabulary`` must be a value of
    its column; so must every indicator, once ``indicator`` has an enumeration.
    """
    enums = _field_map(descriptor, "enum")
    section = descriptor.get("x-vocabulary", {})
    qualifiers = {
        name: Qualifier(name, spec["states"], spec.get("sign", ""), float(spec.get("margin", 0.0)))
        for name, spec in section.get("qualifiers", {}).items()
    }
    vocab = Vocabulary(
        enums=enums,
        definitions=_field_map(descriptor, "x-definitions"),
        qualifiers=qualifiers,
        sides=dict(section.get("reporter_sides", {})),
        growth_of=dict(section.get("growth_of", {})),
        rates=frozenset(section.get("rates", [])),
        unattributed=frozenset(section.get("unattributed_reporters", [])),
    )
    declared = [
        ("qualifiers", "qualifier", list(qualifiers)),
        ("reporter_sides", "reporter", list(vocab.sides)),
        ("unattributed_reporters", "reporter", sorted(vocab.unattributed)),
        ("growth_of", "indicator", [*vocab.growth_of, *vocab.growth_of.values()]),
        ("rates", "indicator", sorted(vocab.rates)),
    ]
    for key, column, names in declared:
        allowed = enums.get(("measures", column))
        for name in names:
            if allowed is not None and name not in allowed:
                raise DataError(file, None, f"x-vocabulary.{key}", name, f"not a value of measures.{column}")
    for name, q in qualifiers.items():
        if q.states not in ("level", "lower_bound", "upper_bound"):
            raise DataError(
                file, None, f"x-vocabulary.qualifiers.{name}.states", q.states, "not level/lower_bound/upper_bound"
            )
    for reporter, side in vocab.sides.items():
        if side not in SIDES:
            raise DataError(
                file, None, f"x-vocabulary.reporter_sides.{reporter}", side, f"not one of {', '.join(SIDES)}"
            )
    missing = [r for r in vocab.growth_of if r not in vocab.rates]
    if missing:
        raise DataError(
            file, None, "x-vocabulary.rates", missing[0], "a growth rate of growth_of is not listed as a rate"
        )
    return vocab


# --- periods ----------------------------------------------------------------------------------


def period_bounds(period: object) -> tuple[date, date] | tuple[None, None]:
    """First and last day of a measure's period, or ``(None, None)`` when it has none.

    >>> period_bounds("2007-01/2007-03"), period_bounds(None)
    ((datetime.date(2007, 1, 1), datetime.date(2007, 3, 31)), (None, None))
    """
    if not isinstance(period, str) or not period:
        return None, None
    return parse_period(period)


def period_kind(period: object) -> str:
    """``year`` (one whole calendar year), ``part_year``, ``span`` (more than a year) or ``undated``.

    >>> period_kind("2014"), period_kind("2015-01/2015-03"), period_kind("2018-01"), period_kind("2005/2006")
    ('year', 'part_year', 'part_year', 'span')
    """
    start, end = period_bounds(period)
    if start is None or end is None:
        return "undated"
    if start.year != end.year:
        return "span"
    if start == date(start.year, 1, 1) and end == date(start.year, 12, 31):
        return "year"
    return "part_year"


# --- derived columns --------------------------------------------------------------------------


def _days(days: list[date | None], index: pd.Index) -> pd.Series:
    """Complete days as ``datetime64[s]``, the one type of a day column (see :mod:`azru.data`)."""
    return pd.to_datetime(pd.Series(days, index=index, dtype="object")).astype("datetime64[s]")


def period_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with the columns read from ``period`` alone: ``period_start``, ``period_end``, ``year``, ``period_kind``, ``whole_year``.

    >>> period_columns(pd.DataFrame({"period": ["2014", "2015-01/2015-03", None]}))[["year", "period_kind"]]
       year period_kind
    0  2014        year
    1  2015   part_year
    2  <NA>     undated
    """
    bounds = [period_bounds(p) for p in frame["period"]]
    kinds = [period_kind(p) for p in frame["period"]]
    out = frame.copy()
    out["period_start"] = _days([b[0] for b in bounds], frame.index)
    out["period_end"] = _days([b[1] for b in bounds], frame.index)
    out["year"] = pd.array([b[0].year if b[0] is not None else None for b in bounds], dtype="Int64")
    out["period_kind"] = pd.Categorical(kinds, categories=PERIOD_KINDS)
    out["whole_year"] = pd.Series([k == "year" for k in kinds], index=frame.index, dtype=bool)
    return out


def derive_measures(frame: pd.DataFrame, vocab: Vocabulary) -> pd.DataFrame:
    """``frame`` with :data:`MEASURE_COLUMNS` (re)computed from ``period``, ``indicator``, ``qualifier``, ``reporter``.

    >>> import azru
    >>> frame = pd.DataFrame({"period": ["2014", "2015-01/2015-03", None], "indicator": ["exports", "exports_growth", "exports"],
    ...                       "qualifier": ["exact", "about", "more_than"], "reporter": ["ru_customs", "az_customs", None]})
    >>> derive_measures(frame, azru.load().vocabulary)[["year", "period_kind", "whole_year", "quantity", "bound", "side"]]
       year period_kind  whole_year quantity  bound         side
    0  2014        year        True    level  False      Russian
    1  2015   part_year       False     rate  False  Azerbaijani
    2  <NA>     undated       False    level   True        other
    """
    out = period_columns(frame)
    indicators = frame["indicator"] if "indicator" in frame else pd.Series("", index=frame.index)
    out["quantity"] = pd.Categorical([vocab.quantity(i) for i in indicators], categories=["level", "rate"])
    qualifiers = frame["qualifier"] if "qualifier" in frame else pd.Series("exact", index=frame.index)
    out["bound"] = pd.Series([not vocab.is_level(q) for q in qualifiers], index=frame.index, dtype=bool)
    reporters = frame["reporter"] if "reporter" in frame else pd.Series(None, index=frame.index, dtype="object")
    out["side"] = pd.Categorical([vocab.side(r) for r in reporters], categories=SIDES)
    return out


def derive_events(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with :data:`EVENT_COLUMNS`: the first and last day each report's ``date``…``date_end`` may cover."""
    out = frame.copy()
    ends = frame["date_end"] if "date_end" in frame else pd.Series(None, index=frame.index, dtype="object")
    spans = [span(d, e if isinstance(e, str) and e else None) for d, e in zip(frame["date"], ends, strict=True)]
    out["start"] = _days([s[0] for s in spans], frame.index)
    out["end"] = _days([s[1] for s in spans], frame.index)
    out["year"] = out["start"].dt.year.astype("Int64")
    return out


def with_derived(measures: pd.DataFrame, vocab: Vocabulary) -> pd.DataFrame:
    """Measures as loaded already carry the derived columns; a frame made by hand gets them here.

    >>> import azru
    >>> facts = azru.load()
    >>> loaded = facts.measures
    >>> with_derived(loaded, facts.vocabulary) is loaded
    True
    >>> "side" in with_derived(loaded[["period", "indicator"]], facts.vocabulary)
    True
    """
    if all(column in measures.columns for column in MEASURE_COLUMNS):
        return measures
    return derive_measures(measures, vocab)
