"""Load the curated facts as typed pandas DataFrames.

>>> import azru
>>> facts = azru.load()
>>> sorted(facts.tables)
['actors', 'codings', 'events', 'measures', 'places', 'sources']
>>> row = facts.measures.set_index("measure_id").loc["seed-trade-turnover-2008"]
>>> float(row.value), row.unit, row.source_id
(2403000000.0, 'USD', 'wikipedia-az-ru-relations')
>>> talks = azru.events(theme="border", kind="talks", start="2008-01-29", end="2008-01-29")
>>> print(talks[["date", "date_end", "source_id"]].to_string(index=False))
      date   date_end                               source_id
2008-01-29 2008-01-30               wikipedia-az-ru-relations
   2008-01    2008-06 kavkaz-uzel-129340-delimitation-session

A query for one day also finds the session dated only "January to June 2008":
its span may include that day.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from azru.dates import parse_partial, parse_period
from azru.reports import happenings_of
from azru.validate import TABLE_NAMES, Table, read_package

__all__ = [
    "Facts",
    "actors",
    "clear_cache",
    "default_package_path",
    "events",
    "happenings",
    "load",
    "measures",
    "places",
    "sources",
]


def default_package_path() -> Path:
    """The shipped ``data/datapackage.json`` (or ``$AZRU_DATA`` when set)."""
    override = os.environ.get("AZRU_DATA")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "data" / "datapackage.json"


@dataclass(frozen=True)
class Facts:
    """The tables of a data package, typed; ``descriptor`` is its JSON.

    ``codings`` holds each happening's CAMEO event code and direction (data/CODING.md).
    """

    sources: pd.DataFrame
    places: pd.DataFrame
    actors: pd.DataFrame
    events: pd.DataFrame
    measures: pd.DataFrame
    codings: pd.DataFrame
    descriptor: dict[str, Any] = field(repr=False, default_factory=dict)
    path: Path | None = None

    @functools.cached_property
    def happenings(self) -> pd.DataFrame:
        """One row per happening (what happened, however many rows report it): see :func:`azru.reports.happenings_of`."""
        return happenings_of(self.events, self.sources)

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name."""
        return {name: getattr(self, name) for name in TABLE_NAMES}

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(frame)}" for name, frame in self.tables.items())
        return f"Facts({counts})"


def load(path: str | Path | None = None) -> Facts:
    """The facts of a data package: the shipped one, or ``datapackage.json`` at ``path``.

    Validates every file and raises :class:`azru.DataError` on bad data. The
    result is cached until one of the package's files changes; its frames are
    shared, so copy one before changing it (the module-level functions do).
    """
    descriptor = Path(path) if path is not None else default_package_path()
    if descriptor.is_dir():
        descriptor = descriptor / "datapackage.json"
    descriptor = descriptor.resolve()
    stamp = tuple(
        (p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in [*sorted(descriptor.parent.glob("*.csv")), descriptor]
    )
    return _load_cached(descriptor, stamp)


def clear_cache() -> None:
    """Forget cached packages (the cache already notices changed files)."""
    _load_cached.cache_clear()


@functools.lru_cache(maxsize=8)
def _load_cached(descriptor: Path, _stamp: tuple[Any, ...]) -> Facts:
    package, tables = read_package(descriptor)
    frames = {name: _typed_frame(table) for name, table in tables.items()}
    _add_spans(frames["events"], frames["measures"])
    return Facts(**frames, descriptor=package, path=descriptor)


def _typed_frame(table: Table) -> pd.DataFrame:
    columns: dict[str, Any] = {}
    for spec in table.fields:
        name = spec["name"]
        values = [value if value != "" else None for value in table.column(name)]
        enum = spec.get("constraints", {}).get("enum")
        if enum:
            columns[name] = pd.Categorical(values, categories=enum)
        elif spec.get("type") == "number":
            columns[name] = pd.array([float(v) if v is not None else None for v in values], dtype="Float64").astype(
                "float64"
            )
        elif spec.get("type") == "integer":
            columns[name] = pd.array([int(v) if v is not None else None for v in values], dtype="Int64")
        elif spec.get("type") == "date":
            columns[name] = pd.to_datetime(pd.Series(values, dtype="object"), format="%Y-%m-%d")
        else:
            columns[name] = pd.Series(values, dtype="str")
    return pd.DataFrame(columns)


def _add_spans(events_frame: pd.DataFrame, measures_frame: pd.DataFrame) -> None:
    spans = [parse_partial(d)[0] for d in events_frame["date"]]
    ends = [
        parse_partial(end if isinstance(end, str) else start)[1]
        for start, end in zip(events_frame["date"], events_frame["date_end"], strict=True)
    ]
    events_frame["start"] = pd.to_datetime(pd.Series(spans, dtype="object"))
    events_frame["end"] = pd.to_datetime(pd.Series(ends, dtype="object"))
    events_frame["year"] = events_frame["start"].dt.year.astype("Int64")
    periods = [parse_period(p) if isinstance(p, str) else (None, None) for p in measures_frame["period"]]
    measures_frame["period_start"] = pd.to_datetime(pd.Series([p[0] for p in periods], dtype="object"))
    measures_frame["period_end"] = pd.to_datetime(pd.Series([p[1] for p in periods], dtype="object"))
    measures_frame["year"] = measures_frame["period_start"].dt.year.astype("Int64")


def _as_list(value: str | Iterable[str] | None) -> list[str] | None:
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


def _matching(frame: pd.DataFrame, **wanted: str | Iterable[str] | None) -> pd.Series:
    """Rows whose columns take one of the wanted values (a filter left as None keeps every row)."""
    mask = pd.Series(True, index=frame.index)
    for column, values in wanted.items():
        allowed = _as_list(values)
        if allowed is not None:
            mask &= frame[column].isin(allowed)
    return mask


def events(
    theme: str | Iterable[str] | None = None,
    kind: str | Iterable[str] | None = None,
    start: str | None = None,
    end: str | None = None,
    status: str | Iterable[str] | None = None,
) -> pd.DataFrame:
    """Events of the shipped package, filtered; ``start``/``end`` are partial dates.

    An event is kept when its span overlaps ``start``…``end``.

    >>> frame = events(theme="military", kind="denial", start="2009", end="2009-12")
    >>> print(frame[["date", "status", "source_id"]].to_string(index=False))
          date status                                 source_id
    2009-01-21 denied                 wikipedia-az-ru-relations
    2009-01-30 denied armenianclub-2009-02-01-defence-ministers
    """
    frame = load().events
    mask = _matching(frame, theme=theme, kind=kind, status=status)
    if start is not None:
        mask &= frame["end"] >= pd.Timestamp(parse_partial(start)[0])
    if end is not None:
        mask &= frame["start"] <= pd.Timestamp(parse_partial(end)[1])
    return frame[mask].copy()


def measures(
    indicator: str | Iterable[str] | None = None,
    period: str | None = None,
    theme: str | Iterable[str] | None = None,
    reporter: str | Iterable[str] | None = None,
) -> pd.DataFrame:
    """Measures of the shipped package, filtered; ``period`` matches as written.

    >>> print(measures(indicator="border_length_agreed")[["value", "unit"]].to_string(index=False))
     value unit
     336.5   km
     301.1   mi
    """
    frame = load().measures
    mask = _matching(frame, indicator=indicator, theme=theme, reporter=reporter)
    if period is not None:
        mask &= frame["period"] == period
    return frame[mask].copy()


def happenings() -> pd.DataFrame:
    """Happenings of the shipped package: one row per happening_id, sorted by date."""
    return load().happenings.copy()


def sources() -> pd.DataFrame:
    """The sources table of the shipped package (a copy)."""
    return load().sources.copy()


def places() -> pd.DataFrame:
    """The places table of the shipped package (a copy)."""
    return load().places.copy()


def actors() -> pd.DataFrame:
    """The actors table of the shipped package (a copy)."""
    return load().actors.copy()
