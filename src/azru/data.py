"""Load the curated facts as typed pandas DataFrames.

>>> import azru
>>> facts = azru.load()
>>> sorted(facts.tables)  # doctest: +NORMALIZE_WHITESPACE
['actors', 'cameo_codes', 'codings', 'events', 'measures', 'places', 'register_entries', 'registers',
 'sources']
>>> row = facts.measures.set_index("measure_id").loc["seed-trade-turnover-2008"]
>>> float(row.value), row.unit, row.source_id
(2403000000.0, 'USD', 'wikipedia-az-ru-relations')
>>> talks = azru.events(theme="border", kind="talks", start="2008-01-29", end="2008-01-29")
>>> print(talks[["date", "date_end", "source_id"]].to_string(index=False))
      date   date_end                               source_id
   2008-01    2008-06 kavkaz-uzel-129340-delimitation-session
2008-01-29 2008-01-30               wikipedia-az-ru-relations

A query for one day also finds the session dated only "January to June 2008":
its span may include that day. Rows come sorted by the first day they may cover.

Beside the facts, the package ships the coding resources: how each happening
is coded (``codings``) and the CAMEO event codes with their Goldstein weights
in the ICEWS and GDELT tables (codes are text, so leading zeros stay):

>>> codes = facts.cameo_codes.set_index("code")
>>> deny = codes.loc["016"]
>>> deny["name"], float(deny["goldstein_icews"]), float(deny["goldstein_gdelt"])
('Deny responsibility', -5.0, -2.0)

Column types, the same for a column of the same name in every table:

- text is ``str``; a column with an enumeration in the schema is
  ``category`` (its categories in the schema's order, also those unused);
- numbers are ``float64`` (a measure's ``value``, whatever its unit; a
  ``count`` is a whole number stored as a float), integers ``Int64``
  (``year``) and counts computed here ``int64`` (``n_reports``, ``n_sources``);
- a date is ``datetime64[s]`` only where it is a complete day:
  ``sources.accessed``, and the days derived from partial dates
  (``start``/``end`` of events and happenings, ``period_start``/``period_end``
  of measures). A date the source gives only to the month or year stays text
  as written (``date``, ``date_end``, ``published``, ``role_from``,
  ``role_to``, ``list_date``, ``period``): ``"2008-01"`` is not 1 January.

>>> facts.events[["date", "start"]].dtypes.astype(str).tolist(), str(facts.sources["accessed"].dtype)
(['str', 'datetime64[s]'], 'datetime64[s]')
"""

from __future__ import annotations

import functools
import inspect
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import pandas as pd

from azru import geo
from azru.errors import DataError
from azru.location import package_path, rehash_remedy
from azru.package import TABLE_NAMES, read_package
from azru.reports import happenings_of
from azru.tables import EventsTable, HappeningsTable, MeasuresTable, Table
from azru.validate import DEFAULT_REMEDY, RawTable, is_table
from azru.vocabulary import Vocabulary, derive_events, derive_measures, from_descriptor

__all__ = [
    "DAY",
    "Facts",
    "actors",
    "check",
    "cite",
    "clear_cache",
    "events",
    "happenings",
    "load",
    "measures",
    "places",
    "sources",
]


#: The type of a column holding complete days (see the module docstring).
DAY = "datetime64[s]"


def _empty(*columns: str) -> pd.DataFrame:
    """A table with no rows: for a Facts built by hand from some tables alone."""
    return pd.DataFrame({name: pd.Series(dtype="str") for name in columns})


@dataclass(frozen=True)
class Facts:
    """The tables of a data package, typed; ``descriptor`` is its JSON, ``path`` where it was read.

    ``events`` and ``measures`` (and ``happenings``, derived from events) are
    DataFrames that filter when called: ``facts.events(theme="border", start=2008)``.
    ``codings`` holds each happening's CAMEO event code and direction (data/CODING.md);
    ``registers`` the systematic lists that say what a complete record is, and
    ``register_entries`` their items.
    """

    sources: pd.DataFrame
    places: pd.DataFrame
    actors: pd.DataFrame
    events: EventsTable
    measures: MeasuresTable
    codings: pd.DataFrame = field(default_factory=lambda: _empty("happening_id", "coder", "cameo_code", "direction"))
    registers: pd.DataFrame = field(
        default_factory=lambda: _empty("register_id", "title", "scope", "list_sources", "known_gaps", "notes")
    )
    register_entries: pd.DataFrame = field(
        default_factory=lambda: _empty("register_id", "happening_id", "list_title", "list_date", "source_id", "notes")
    )
    descriptor: dict[str, Any] = field(repr=False, default_factory=dict)
    path: Path | None = None
    extra: dict[str, pd.DataFrame] = field(repr=False, default_factory=dict)
    """Tables beyond the core ones (TABLE_NAMES) that the descriptor lists (``facts.<name>`` reads them too)."""
    geometry: dict[str, dict[str, Any]] = field(repr=False, default_factory=dict)
    """The package's GeoJSON resources by name (``geo_countries``, ``geo_border``), read by :mod:`azru.geo`."""

    def __post_init__(self) -> None:
        # Tables filter themselves when called (facts.events(theme=…)); frames put in by
        # dataclasses.replace(facts, events=…) become such tables too.
        object.__setattr__(self, "events", EventsTable(self.events))
        object.__setattr__(self, "measures", MeasuresTable(self.measures))

    @functools.cached_property
    def vocabulary(self) -> Vocabulary:
        """What the values of this package mean (:mod:`azru.vocabulary`), read from its descriptor."""
        return from_descriptor(self.descriptor)

    @functools.cached_property
    def happenings(self) -> HappeningsTable:
        """One row per happening (what happened, however many rows report it), sorted by date.

        Computed from ``events`` and ``sources`` on first use (see
        :func:`azru.reports.happenings_of`); call it to filter like ``events``.
        """
        return HappeningsTable(happenings_of(self.events, self.sources))

    def __getattr__(self, name: str) -> pd.DataFrame:
        extra = self.__dict__.get("extra", {})
        if name in extra:
            return extra[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """The tables by name: the core ones, then any others of the descriptor."""
        return {**{name: getattr(self, name) for name in TABLE_NAMES}, **self.extra}

    def __repr__(self) -> str:
        counts = ", ".join(f"{name}={len(frame)}" for name, frame in self.tables.items())
        return f"Facts({counts})"


def load(path: str | Path | None = None) -> Facts:
    """The facts of a data package: the shipped one, or ``datapackage.json`` at ``path``.

    ``path`` may also be the folder holding it; without one, ``$AZRU_DATA`` or
    the package shipped with azru (see :mod:`azru.location`). Validates every
    file and raises :class:`azru.DataError` on bad data, or on a path that
    holds no data package. The result is cached until the descriptor or one of
    the files it lists changes; its frames are shared, so copy one before
    changing it (the module-level functions do).
    """
    descriptor = package_path(path)
    try:
        return _load_cached(descriptor, _stamp(descriptor))
    except DataError as exc:  # a changed file: the remedy names the package as it was chosen
        remedy = rehash_remedy(path)
        if DEFAULT_REMEDY not in exc.message or remedy == DEFAULT_REMEDY:
            raise
        raise DataError(exc.file, exc.line, exc.column, exc.value, exc.message.replace(DEFAULT_REMEDY, remedy)) from exc


def _stamp(descriptor: Path) -> tuple[Any, ...]:
    """What the cache is keyed by: the descriptor and every file it lists (wherever it lies), as read now."""
    try:
        listed = [str(r["path"]) for r in json.loads(descriptor.read_text(encoding="utf-8")).get("resources", [])]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        listed = []  # the reader will say what is wrong with the descriptor
    stamps = []
    for name in ["", *listed]:
        file = descriptor.parent / name if name else descriptor
        try:
            info = file.stat()
            stamps.append((name, info.st_mtime_ns, info.st_size))
        except OSError:
            stamps.append((name, None, None))
    return tuple(stamps)


def clear_cache() -> None:
    """Forget cached packages (the cache already notices changed files)."""
    _load_cached.cache_clear()


@functools.lru_cache(maxsize=8)
def _load_cached(descriptor: Path, _stamp: tuple[Any, ...]) -> Facts:
    package, tables = read_package(descriptor)
    if "x-vocabulary" not in package:
        raise DataError(
            descriptor.name, None, "x-vocabulary", None, "the descriptor has no x-vocabulary section (what values mean)"
        )
    vocab = from_descriptor(package, descriptor.name)  # a DataError if the declarations contradict the schema
    frames = {name: _typed_frame(table) for name, table in tables.items()}
    frames["events"] = derive_events(frames["events"])
    frames["measures"] = derive_measures(frames["measures"], vocab)
    core = {name: frames.pop(name) for name in TABLE_NAMES}
    geometry = {
        r["name"]: geo.read_geojson(descriptor.parent / r["path"])
        for r in package.get("resources", [])
        if not is_table(r) and str(r.get("format", "")).lower() == "geojson"
    }
    return Facts(**core, descriptor=package, path=descriptor, extra=frames, geometry=geometry)


def _typed_frame(table: RawTable) -> pd.DataFrame:
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
            columns[name] = pd.to_datetime(pd.Series(values, dtype="object"), format="%Y-%m-%d").astype(DAY)
        else:
            columns[name] = pd.Series(values, dtype="str")
    return pd.DataFrame(columns)


_F = TypeVar("_F", bound=Callable[..., pd.DataFrame])


def _filters_of(table: type[Table]) -> Callable[[_F], _F]:
    """Give a module-level function the filters of its table's call: one place spells them out (:mod:`azru.tables`)."""

    def adopt(function: _F) -> _F:
        signature = inspect.signature(table.__call__)
        function.__signature__ = signature.replace(parameters=list(signature.parameters.values())[1:])  # type: ignore[attr-defined]
        return function

    return adopt


@_filters_of(EventsTable)
def events(**filters: Any) -> pd.DataFrame:
    """Events of the shipped package: ``load().events(…)`` (see :class:`azru.tables.EventsTable`).

    >>> frame = events(theme="military", kind="denial", start="2009", end="2009-12")
    >>> print(frame[["date", "status", "source_id"]].to_string(index=False))
          date status                                 source_id
    2009-01-21 denied                 wikipedia-az-ru-relations
    2009-01-30 denied armenianclub-2009-02-01-defence-ministers
    """
    return load().events(**filters)


@_filters_of(MeasuresTable)
def measures(**filters: Any) -> pd.DataFrame:
    """Measures of the shipped package: ``load().measures(…)`` (see :class:`azru.tables.MeasuresTable`).

    >>> print(measures(indicator="border_length_agreed")[["value", "unit"]].to_string(index=False))
     value unit
     336.5   km
     301.1   mi
    """
    return load().measures(**filters)


@_filters_of(HappeningsTable)
def happenings(**filters: Any) -> pd.DataFrame:
    """Happenings of the shipped package, one row per ``happening_id``, sorted by date: ``load().happenings(…)``.

    >>> table = happenings(theme="border", kind="treaty", start=2010, end=2010)
    >>> print(table[["date", "dates_differ", "n_reports", "n_sources", "status"]].to_string(index=False))
          date  dates_differ  n_reports  n_sources   status
       2010-09         False          1          1 reported
    2010-09-03         False          3          3 reported

    The border treaty has three reports; two date it 3 October 2010 against
    the official record, so they are ``disputed`` and the happening keeps
    3 September.
    """
    return load().happenings(**filters)


def sources() -> pd.DataFrame:
    """The sources table of the shipped package (a copy)."""
    return load().sources.copy()


def places() -> pd.DataFrame:
    """The places table of the shipped package (a copy)."""
    return load().places.copy()


def actors() -> pd.DataFrame:
    """The actors table of the shipped package (a copy)."""
    return load().actors.copy()


def check(facts: Facts | None = None, only: Iterable[str] | None = None, today: date | None = None) -> pd.DataFrame:
    """Where the sources disagree or err: :func:`azru.checks.check` on ``facts`` or the package ``load()`` picks.

    >>> findings = check(only=["unit_conversion"])
    >>> findings["check"].unique().tolist()
    ['unit_conversion']
    """
    from azru.checks import check as run_checks

    return run_checks(facts if facts is not None else load(), only=only, today=today)


def cite(identifier: str, style: str = "text", facts: Facts | None = None) -> str:
    """Citation of the source behind a source, event or measure id: :func:`azru.citations.cite`.

    >>> print(cite("seed-exports-2008", style="markdown"))  # doctest: +ELLIPSIS
    Wikipedia (Wikimedia Foundation). [Encyclopedia article...](https://en.wikipedia.org/...). Accessed 2026-11-28.
    """
    from azru.citations import cite as citation

    return citation(facts if facts is not None else load(), identifier, style)
