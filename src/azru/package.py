"""This project's data package: the rules its tables keep beyond their Table Schema, and its upkeep.

:mod:`azru.validate` reads any package against its schema (types, keys,
foreign keys, hashes); this module names the tables azru needs and holds,
in one place, every rule of this package that a schema cannot express:

- a partial date (``2008``, ``2008-02``, ``2008-02-29``) is a real day, month or year;
  a measure's ``period`` is one or two of them, and does not end before it starts;
- an event's ``precision`` is the precision its ``date`` is written at, and
  ``date_end`` does not end before ``date``; an actor's role likewise;
- the reports of one happening share its ``theme`` and ``kind``;
- ids listed in one cell (``events.actors``, ``registers.list_sources``) exist,
  and ``actor_names`` gives one name per actor;
- amounts in counting units are not negative, a flag is 0 or 1;
- a place has both coordinates or neither;
- every ``cameo_code`` of the codings is in the CAMEO code list.

:func:`read_package` runs the schema reader, then these rules;
:func:`rehash` records the files' hashes once they are valid.

>>> from azru.location import package_path
>>> package, tables = read_package(package_path())
>>> [name for name in TABLE_NAMES if name not in tables]
[]
>>> shared_value_conflict([("h1", {"theme": "border"}), ("h1", {"theme": "trade"})], ("theme",))
(1, 'h1', 'theme', 'trade', 'border', 0)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from azru.dates import parse_partial, parse_period, precision_of
from azru.errors import DataError
from azru.validate import DEFAULT_REMEDY, RawTable, file_hash, read_tables

__all__ = [
    "CODE_LIST",
    "LIST_REFERENCES",
    "NON_NEGATIVE_UNITS",
    "PARTIAL_DATES",
    "SHARED_BY_HAPPENING",
    "TABLE_NAMES",
    "check_codes",
    "check_rules",
    "read_package",
    "rehash",
    "shared_value_conflict",
]

#: The tables every package must have (``azru.Facts`` has one attribute each).
TABLE_NAMES = ("sources", "places", "actors", "events", "measures", "codings", "registers", "register_entries")
CODE_LIST = "cameo_codes"  # the CAMEO code list, when the package has it as a resource
#: Units in which a negative amount is impossible.
NON_NEGATIVE_UNITS = frozenset(
    {"USD", "RUB", "USD_per_1000_m3", "km", "m", "mi", "people", "count", "m3", "t", "year", "rank", "flag"}
)
#: Columns holding a partial ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), by table.
PARTIAL_DATES = {
    "events": ("date", "date_end"),
    "sources": ("published",),
    "actors": ("role_from", "role_to"),
    "register_entries": ("list_date",),
}
#: Columns holding several ids joined by ";", and the table and column those ids name.
LIST_REFERENCES = {
    ("events", "actors"): ("actors", "actor_id"),
    ("registers", "list_sources"): ("sources", "source_id"),
}
#: What every report of one happening says alike (what happened does not depend on who tells it).
SHARED_BY_HAPPENING = ("theme", "kind")


def read_package(
    descriptor: Path, check_hashes: bool = True, remedy: str = DEFAULT_REMEDY
) -> tuple[dict[str, Any], dict[str, RawTable]]:
    """Read and validate every resource of this project's data package; raise DataError on the first problem.

    The schema reader (:mod:`azru.validate`) first, then :func:`check_rules`.
    ``remedy`` is what an error about a changed file suggests.
    """
    package, tables = read_tables(descriptor, check_hashes, remedy)
    names = {r.get("name") for r in package.get("resources", [])}
    missing = [name for name in TABLE_NAMES if name not in names]
    if missing:
        raise DataError(descriptor.name, None, None, None, f"missing resources: {', '.join(missing)}")
    check_rules(tables)
    return package, tables


def rehash(descriptor: Path, validate: bool = True) -> list[str]:
    """Record each resource's current sha256 and size in ``datapackage.json``; return the changed names.

    Validates the files first (all but their hashes) and raises
    :class:`azru.DataError` without writing anything if they are not valid;
    ``validate=False`` records the hashes of bad data too (tests plant some).
    """
    if validate:
        read_package(descriptor, check_hashes=False)
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    changed = []
    for resource in package["resources"]:
        path = descriptor.parent / resource["path"]
        digest = file_hash(path)
        if resource.get("hash") != digest:
            changed.append(resource["name"])
        resource["hash"] = digest
        resource["bytes"] = path.stat().st_size
    descriptor.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return changed


def shared_value_conflict(
    records: Iterable[tuple[str, Mapping[str, object]]], columns: Sequence[str] = SHARED_BY_HAPPENING
) -> tuple[int, str, str, object, object, int] | None:
    """The first record whose happening already has another value in one of ``columns``, else None.

    ``records`` are ``(happening_id, row)`` pairs in order; the result is the
    record's position, the happening, the column, its value, the value seen
    first and the position where it was seen. The one rule behind both the
    loader's error and :func:`azru.reports.happenings_of`'s.
    """
    first: dict[tuple[str, str], tuple[object, int]] = {}
    for position, (happening, row) in enumerate(records):
        for column in columns:
            value, at = first.setdefault((happening, column), (row[column], position))
            if row[column] != value:
                return position, happening, column, row[column], value, at
    return None


def check_rules(tables: Mapping[str, RawTable]) -> None:
    """The package's rules beyond the schema (see the module); DataError naming file, line, column and value."""
    for name, columns in PARTIAL_DATES.items():
        if name in tables:
            _check_partial_dates(tables[name], columns)
    _check_list_references(tables)
    events = tables["events"]
    for line, row in events.records():
        if precision_of(row["date"]) != row["precision"]:
            raise DataError(
                events.file,
                line,
                "precision",
                row["precision"],
                f"date {row['date']!r} is written at {precision_of(row['date'])} precision",
            )
        if row["date_end"] and parse_partial(row["date_end"])[1] < parse_partial(row["date"])[0]:
            raise DataError(events.file, line, "date_end", row["date_end"], f"ends before the start date {row['date']}")
    conflict = shared_value_conflict((row["happening_id"], row) for row in events.rows)
    if conflict is not None:
        position, happening, column, value, seen, at = conflict
        raise DataError(
            events.file,
            events.lines[position],
            column,
            value,
            f"happening {happening!r} is {column} {seen!r} on line {events.lines[at]}: "
            f"reports of one happening share its {column}",
        )
    measures = tables["measures"]
    for line, row in measures.records():
        if row["period"]:
            try:
                first, last = parse_period(row["period"])
            except ValueError as exc:
                raise DataError(measures.file, line, "period", row["period"], f"not a valid period: {exc}") from None
            if last < first:
                raise DataError(measures.file, line, "period", row["period"], "period ends before it starts")
        if row["unit"] in NON_NEGATIVE_UNITS and float(row["value"]) < 0:
            raise DataError(
                measures.file, line, "value", row["value"], f"a negative amount in {row['unit']} is impossible"
            )
        if row["unit"] == "flag" and float(row["value"]) not in (0.0, 1.0):
            raise DataError(measures.file, line, "value", row["value"], "a flag is 1 (yes) or 0 (no)")
    actors = tables["actors"]
    for line, row in actors.records():
        if (
            row["role_from"]
            and row["role_to"]
            and parse_partial(row["role_to"])[1] < parse_partial(row["role_from"])[0]
        ):
            raise DataError(actors.file, line, "role_to", row["role_to"], f"ends before role_from {row['role_from']}")
    places = tables["places"]
    for line, row in places.records():
        if (row["lat"] == "") != (row["lon"] == ""):
            raise DataError(
                places.file, line, "lat" if row["lat"] == "" else "lon", "", "latitude and longitude come together"
            )
    # The code list is checked against when the package ships it; without it only the pattern applies.
    if CODE_LIST in tables:
        check_codes(tables["codings"], _code_column(tables[CODE_LIST]))


def _check_partial_dates(table: RawTable, columns: Sequence[str]) -> None:
    for line, row in table.records():
        for column in columns:
            if row.get(column):
                try:
                    parse_partial(row[column])
                except ValueError as exc:
                    raise DataError(table.file, line, column, row[column], f"not a valid date: {exc}") from None


def _check_list_references(tables: Mapping[str, RawTable]) -> None:
    for (name, column), (target, target_column) in LIST_REFERENCES.items():
        if name not in tables or target not in tables:
            continue
        table, known = tables[name], set(tables[target].column(target_column))
        for line, row in table.records():
            for ref in row[column].split(";") if row[column] else []:
                if ref not in known:
                    raise DataError(
                        table.file, line, column, ref, f"unknown id: no such {target_column} in {tables[target].file}"
                    )
    events = tables["events"]
    for line, row in events.records():
        ids = row["actors"].split(";") if row["actors"] else []
        names = row["actor_names"].split(";") if row["actor_names"] else []
        if names and len(names) != len(ids):
            raise DataError(
                events.file, line, "actor_names", row["actor_names"], f"{len(names)} names for {len(ids)} actors"
            )


def _code_column(table: RawTable) -> set[str]:
    """The codes of the code list: its primary key column, else a column named ``code`` or ``cameo_code``."""
    names = [f["name"] for f in table.fields]
    candidates = [*table.primary_key[:1], "code", "cameo_code"]
    column = next((name for name in candidates if name in names), None)
    if column is None:
        raise DataError(table.file, 1, None, None, "the code list has no code column (primary key, code or cameo_code)")
    return set(table.column(column))


def check_codes(codings: RawTable, known: set[str]) -> None:
    """Raise DataError on the first coding whose ``cameo_code`` is not in ``known``.

    >>> table = RawTable("codings", "codings.csv", [], [{"cameo_code": "042"}, {"cameo_code": "099"}], [2, 3])
    >>> check_codes(table, {"042", "057"})
    Traceback (most recent call last):
    ...
    azru.errors.DataError: codings.csv, line 3, column 'cameo_code', value '099': not a code of the CAMEO code list
    """
    for line, row in codings.records():
        if row["cameo_code"] not in known:
            raise DataError(codings.file, line, "cameo_code", row["cameo_code"], "not a code of the CAMEO code list")
