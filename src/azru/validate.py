"""Read the package's CSV files strictly, against their Table Schema.

Every problem is a :class:`~azru.errors.DataError` naming file, line, column
and value; nothing is dropped or coerced silently. The checks follow the
Frictionless Table Schema (types, ``required``, ``unique``, ``enum``,
``pattern``, ``minimum``, ``maximum``, foreign keys) plus the project's own
rules that a schema cannot express (a date's precision, spans that end before
they start, counts that cannot be negative, the actors list, event codes that
the CAMEO code list lacks).

``frictionless validate`` runs the same schema in the tests; this reader
exists because it is light (no dependency beyond the standard library), fast
enough to load on every notebook start, and reports the file line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from azru.dates import parse_partial, parse_period, precision_of
from azru.errors import DataError

__all__ = ["CODE_LIST", "NON_NEGATIVE_UNITS", "TABLE_NAMES", "Table", "check_codes", "file_hash", "read_package"]

TABLE_NAMES = ("sources", "places", "actors", "events", "measures", "codings")
CODE_LIST = "cameo_codes"  # the CAMEO code list, when the package has it as a resource
NON_NEGATIVE_UNITS = frozenset(
    {"USD", "RUB", "USD_per_1000_m3", "km", "m", "mi", "people", "count", "m3", "t", "year", "rank", "flag"}
)
PARTIAL_DATE_FIELDS = frozenset({"date", "date_end", "published", "role_from", "role_to"})
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?(?:nan|inf|infinity)", re.I)


@dataclass(frozen=True)
class Table:
    """One resource read as text: its field specs and rows with file line numbers."""

    name: str
    file: str
    fields: list[dict[str, Any]]
    rows: list[dict[str, str]]
    lines: list[int]

    def column(self, name: str) -> list[str]:
        return [row[name] for row in self.rows]


def file_hash(path: Path) -> str:
    """The ``sha256:<hex>`` hash that ``datapackage.json`` records for a file."""
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def read_package(descriptor: Path, check_hashes: bool = True) -> tuple[dict[str, Any], dict[str, Table]]:
    """Read and validate every resource of a data package; raise DataError on the first problem."""
    descriptor_name = descriptor.name
    try:
        package = json.loads(descriptor.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = exc.lineno if isinstance(exc, json.JSONDecodeError) else None
        raise DataError(descriptor_name, line, None, None, f"cannot read the package descriptor: {exc}") from exc
    resources = {r.get("name"): r for r in package.get("resources", [])}
    missing = [name for name in TABLE_NAMES if name not in resources]
    if missing:
        raise DataError(descriptor_name, None, None, None, f"missing resources: {', '.join(missing)}")
    # Every tabular resource the descriptor lists is read (tables other than the core ones come
    # and go without a change here); core tables first, so that rules can rely on them.
    names = [*TABLE_NAMES, *(n for n, r in resources.items() if n not in TABLE_NAMES and _is_table(r))]
    tables = {}
    for name in names:
        if "path" not in resources[name] or "schema" not in resources[name]:
            raise DataError(descriptor_name, None, None, name, "a table resource needs a path and a schema")
        tables[name] = _read_resource(descriptor, resources[name], check_hashes)
    _check_foreign_keys(tables, resources)
    _check_rules(tables)
    # Feature detection: the code list is checked against when the package ships it
    # (as one of TABLE_NAMES or as an extra resource); without it only the pattern applies.
    code_list = tables.get(CODE_LIST)
    if code_list is None and CODE_LIST in resources:
        code_list = _read_resource(descriptor, resources[CODE_LIST], check_hashes)
    if code_list is not None:
        check_codes(tables["codings"], _code_column(code_list, resources[CODE_LIST]))
    return package, tables


def _is_table(resource: dict[str, Any]) -> bool:
    """Whether a resource is a CSV table (other resources, if any, are not this reader's business)."""
    return resource.get("profile") == "tabular-data-resource" or str(resource.get("path", "")).endswith(".csv")


def _read_resource(descriptor: Path, resource: dict[str, Any], check_hashes: bool) -> Table:
    """One resource's table, after checking the file against its recorded hash and size."""
    path = descriptor.parent / resource["path"]
    if check_hashes and "hash" in resource:
        try:
            actual = file_hash(path)
        except OSError as exc:
            raise DataError(resource["path"], None, None, None, f"cannot read file: {exc.strerror}") from exc
        if actual != resource["hash"]:
            raise DataError(
                resource["path"],
                None,
                None,
                None,
                f"file changed since its hash was recorded in {descriptor.name} "
                f"(recorded {resource['hash'][:19]}…, now {actual[:19]}…); "
                "if the change is deliberate, run `azru data rehash`",
            )
        if "bytes" in resource and path.stat().st_size != resource["bytes"]:
            raise DataError(
                resource["path"],
                None,
                None,
                None,
                f"file has {path.stat().st_size} bytes but {descriptor.name} records {resource['bytes']}; "
                "run `azru data rehash`",
            )
    return _read_table(resource["name"], path, resource["schema"])


def _code_column(table: Table, resource: dict[str, Any]) -> set[str]:
    """The codes of the code list: its primary key column, else a column named ``code`` or ``cameo_code``."""
    key = resource["schema"].get("primaryKey")
    names = [f["name"] for f in table.fields]
    candidates = ([key] if isinstance(key, str) else list(key or [])[:1]) + ["code", "cameo_code"]
    column = next((name for name in candidates if name in names), None)
    if column is None:
        raise DataError(table.file, 1, None, None, "the code list has no code column (primary key, code or cameo_code)")
    return set(table.column(column))


def check_codes(codings: Table, known: set[str]) -> None:
    """Raise DataError on the first coding whose ``cameo_code`` is not in ``known``.

    >>> table = Table("codings", "codings.csv", [], [{"cameo_code": "042"}, {"cameo_code": "099"}], [2, 3])
    >>> check_codes(table, {"042", "057"})
    Traceback (most recent call last):
    ...
    azru.errors.DataError: codings.csv, line 3, column 'cameo_code', value '099': not a code of the CAMEO code list
    """
    for row, line in zip(codings.rows, codings.lines, strict=True):
        if row["cameo_code"] not in known:
            raise DataError(codings.file, line, "cameo_code", row["cameo_code"], "not a code of the CAMEO code list")


def _read_table(name: str, path: Path, schema: dict[str, Any]) -> Table:
    file = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DataError(file, None, None, None, f"cannot read file: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column, bad = _locate_bad_bytes(raw, exc, [f["name"] for f in schema["fields"]])
        raise DataError(file, line, column, bad, "file is not UTF-8 text (saved in another encoding?)") from exc
    if text.startswith("\ufeff"):
        raise DataError(file, 1, None, "\ufeff", "file starts with a byte-order mark: save it as UTF-8 without BOM")
    fields = schema["fields"]
    expected = [f["name"] for f in fields]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise DataError(file, 1, None, None, "file is empty: expected a header row") from None
    for column in expected:
        if column not in header:
            raise DataError(file, 1, column, None, "missing column")
    for column in header:
        if column not in expected:
            raise DataError(file, 1, column, None, f"unknown column (expected one of: {', '.join(expected)})")
    if header != expected:
        raise DataError(file, 1, None, ",".join(header), f"columns out of order; expected {','.join(expected)}")
    rows: list[dict[str, str]] = []
    lines: list[int] = []
    seen: dict[str, dict[str, int]] = {f["name"]: {} for f in fields if f.get("constraints", {}).get("unique")}
    start = reader.line_num + 1  # a record's first line: a quoted cell may span several lines
    try:
        for record in reader:
            line, start = start, reader.line_num + 1
            if not record:
                raise DataError(file, line, None, None, "blank line inside the table")
            if len(record) != len(expected):
                raise DataError(
                    file,
                    line,
                    None,
                    ",".join(record),
                    f"row has {len(record)} fields, the header has {len(expected)} (truncated or extra cells?)",
                )
            row = dict(zip(expected, record, strict=True))
            for field in fields:
                _check_cell(file, line, field, row[field["name"]], seen)
            rows.append(row)
            lines.append(line)
    except csv.Error as exc:
        column, value = _locate_bad_quote(text, start, expected)
        raise DataError(file, start, column, value, f"malformed CSV: {exc}") from exc
    return Table(name, file, fields, rows, lines)


def _locate_bad_bytes(raw: bytes, exc: UnicodeDecodeError, columns: list[str]) -> tuple[int, str | None, str]:
    """Line, column and cell (bad bytes as ``\\xNN``) of the first byte that is not UTF-8."""
    reader = csv.reader(io.StringIO(raw.decode("utf-8", errors="surrogateescape"), newline=""))
    start = 1
    for record in reader:  # bytes that are not UTF-8 decode to lone surrogates U+DC80…U+DCFF
        for index, cell in enumerate(record):
            if any("\udc80" <= char <= "\udcff" for char in cell):
                value = cell.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="backslashreplace")
                return start, columns[index] if start > 1 and index < len(columns) else None, value
        start = reader.line_num + 1
    return raw.count(b"\n", 0, exc.start) + 1, None, repr(raw[exc.start : exc.start + 1])


def _locate_bad_quote(text: str, line: int, columns: list[str]) -> tuple[str | None, str | None]:
    """Column and raw cell where the record starting on ``line`` breaks the CSV quoting rules."""
    rest = "".join(io.StringIO(text, newline="").readlines()[line - 1 :])

    def next_stop(at: int, marks: str = ",\r\n") -> int:  # the next comma or line break at or after ``at``
        return min([j for j in (rest.find(mark, at) for mark in marks) if j >= 0] or [len(rest)])

    index, i = 0, 0
    while i < len(rest):
        stop = next_stop(i)
        if rest[i] == '"':  # a quoted cell ends in a quote followed by a comma or a line break ("" is a quote)
            column = columns[index] if index < len(columns) else None
            end = rest.find('"', i + 1)
            while end != -1 and rest[end + 1 : end + 2] == '"':
                end = rest.find('"', end + 2)
            if end == -1:  # never closed: report the cell up to the end of its first line
                return column, rest[i : next_stop(i, "\r\n")]
            stop = end + 1
            if stop < len(rest) and rest[stop] not in ",\r\n":
                return column, rest[i : next_stop(stop)]
        if stop >= len(rest) or rest[stop] != ",":
            break
        index, i = index + 1, stop + 1
    return None, None


def _check_cell(file: str, line: int, field: dict[str, Any], value: str, seen: dict[str, dict[str, int]]) -> None:
    name = field["name"]
    constraints = field.get("constraints", {})
    if value == "":
        if constraints.get("required"):
            raise DataError(file, line, name, value, "required field is empty")
        return
    if value != value.strip():
        raise DataError(file, line, name, value, "leading or trailing white space")
    kind = field.get("type", "string")
    number: float | None = None
    if kind == "number":
        if not _NUMBER.fullmatch(value):  # float() alone also takes "1_000", "١٢" and "infinity"
            raise DataError(file, line, name, value, "not a number")
        number = float(value)
        if not math.isfinite(number):
            raise DataError(file, line, name, value, "not a finite number")
    elif kind == "integer":
        if not re.fullmatch(r"-?[0-9]+", value):
            raise DataError(file, line, name, value, "not an integer")
        number = int(value)
    elif kind == "date":
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError(value)
            date.fromisoformat(value)
        except ValueError:
            raise DataError(file, line, name, value, "not a date of the form YYYY-MM-DD") from None
    if "enum" in constraints and value not in constraints["enum"]:
        raise DataError(file, line, name, value, f"not one of the allowed values: {', '.join(constraints['enum'])}")
    if "pattern" in constraints and not re.fullmatch(constraints["pattern"], value, re.ASCII):  # \d: 0-9 only
        raise DataError(file, line, name, value, f"does not match the pattern {constraints['pattern']}")
    if number is not None:
        if "minimum" in constraints and number < constraints["minimum"]:
            raise DataError(file, line, name, value, f"below the minimum {constraints['minimum']}")
        if "maximum" in constraints and number > constraints["maximum"]:
            raise DataError(file, line, name, value, f"above the maximum {constraints['maximum']}")
    if name in PARTIAL_DATE_FIELDS:
        try:
            parse_partial(value)
        except ValueError as exc:
            raise DataError(file, line, name, value, f"not a valid date: {exc}") from None
    if name == "period":
        try:
            first, last = parse_period(value)
        except ValueError as exc:
            raise DataError(file, line, name, value, f"not a valid period: {exc}") from None
        if last < first:
            raise DataError(file, line, name, value, "period ends before it starts")
    if name in seen:
        if value in seen[name]:
            raise DataError(file, line, name, value, f"duplicate id (first used on line {seen[name][value]})")
        seen[name][value] = line


def _check_foreign_keys(tables: dict[str, Table], resources: dict[str, dict[str, Any]]) -> None:
    for name, table in tables.items():
        for fk in resources[name]["schema"].get("foreignKeys", []):
            column = fk["fields"]
            target = fk["reference"]["resource"] or name
            if target not in tables:
                raise DataError(table.file, None, fk["fields"], target, "foreign key to a table the package lacks")
            known = set(tables[target].column(fk["reference"]["fields"]))
            for row, line in zip(table.rows, table.lines, strict=True):
                if row[column] and row[column] not in known:
                    raise DataError(
                        table.file,
                        line,
                        column,
                        row[column],
                        f"unknown id: no such {fk['reference']['fields']} in {tables[target].file}",
                    )
    actors = tables["actors"]
    known_actors = set(actors.column("actor_id"))
    events = tables["events"]
    for row, line in zip(events.rows, events.lines, strict=True):
        ids = row["actors"].split(";") if row["actors"] else []
        for actor in ids:
            if actor not in known_actors:
                raise DataError(events.file, line, "actors", actor, f"unknown id: no such actor_id in {actors.file}")
        names = row["actor_names"].split(";") if row["actor_names"] else []
        if names and len(names) != len(ids):
            raise DataError(
                events.file, line, "actor_names", row["actor_names"], f"{len(names)} names for {len(ids)} actors"
            )


def _check_happenings(events: Table) -> None:
    """Reports of one happening share its theme and kind (what happened does not depend on who tells it)."""
    first: dict[tuple[str, str], tuple[str, int]] = {}
    for row, line in zip(events.rows, events.lines, strict=True):
        for column in ("theme", "kind"):
            key = (row["happening_id"], column)
            value, first_line = first.setdefault(key, (row[column], line))
            if row[column] != value:
                raise DataError(
                    events.file,
                    line,
                    column,
                    row[column],
                    f"happening {row['happening_id']!r} is {column} {value!r} on line {first_line}: "
                    f"reports of one happening share its {column}",
                )


def _check_rules(tables: dict[str, Table]) -> None:
    events = tables["events"]
    for row, line in zip(events.rows, events.lines, strict=True):
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
    _check_happenings(events)
    measures = tables["measures"]
    for row, line in zip(measures.rows, measures.lines, strict=True):
        if row["unit"] in NON_NEGATIVE_UNITS and float(row["value"]) < 0:
            raise DataError(
                measures.file, line, "value", row["value"], f"a negative amount in {row['unit']} is impossible"
            )
        if row["unit"] == "flag" and float(row["value"]) not in (0.0, 1.0):
            raise DataError(measures.file, line, "value", row["value"], "a flag is 1 (yes) or 0 (no)")
    actors = tables["actors"]
    for row, line in zip(actors.rows, actors.lines, strict=True):
        if (
            row["role_from"]
            and row["role_to"]
            and parse_partial(row["role_to"])[1] < parse_partial(row["role_from"])[0]
        ):
            raise DataError(actors.file, line, "role_to", row["role_to"], f"ends before role_from {row['role_from']}")
    codings = tables["codings"]
    first_line: dict[tuple[str, str], int] = {}  # the primary key is two columns: no field is unique alone
    for row, line in zip(codings.rows, codings.lines, strict=True):
        key = (row["happening_id"], row["coder"])
        if key in first_line:
            raise DataError(
                codings.file,
                line,
                "happening_id",
                row["happening_id"],
                f"a second {row['coder']} coding of this happening (first on line {first_line[key]})",
            )
        first_line[key] = line
    places = tables["places"]
    for row, line in zip(places.rows, places.lines, strict=True):
        if (row["lat"] == "") != (row["lon"] == ""):
            raise DataError(
                places.file, line, "lat" if row["lat"] == "" else "lon", "", "latitude and longitude come together"
            )
