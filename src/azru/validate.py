"""Read a data package's CSV files strictly, against their Table Schema: a generic reader.

Every problem is a :class:`~azru.errors.DataError` naming file, line, column
and value; nothing is dropped or coerced silently. The checks are those of the
Frictionless Table Schema: types, ``required``, ``unique``, ``enum``,
``pattern``, ``minimum``, ``maximum``, the ``primaryKey`` (one column or
several) and ``foreignKeys``, plus the file's recorded hash and size. This
reader knows no table or column of any particular package: the rules of
azru's own package, which a schema cannot express, live in
:mod:`azru.package` and run after it.

``frictionless validate`` runs the same schema in the tests; this reader
exists because it is light (no dependency beyond the standard library), fast
enough to load on every notebook start, and reports the file line.

>>> import json, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "t.csv").write_text("id,n\\na,1\\na,2\\n", encoding="utf-8")
>>> schema = {"fields": [{"name": "id"}, {"name": "n", "type": "integer"}], "primaryKey": ["id"]}
>>> _ = (folder / "datapackage.json").write_text(json.dumps({"resources": [
...     {"name": "t", "path": "t.csv", "schema": schema}]}), encoding="utf-8")
>>> read_tables(folder / "datapackage.json")
Traceback (most recent call last):
...
azru.errors.DataError: t.csv, line 3, column 'id', value 'a': duplicate key (first on line 2)
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

from azru.errors import DataError

__all__ = ["RawTable", "check_hash", "file_hash", "is_table", "primary_key", "read_descriptor", "read_tables"]

_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?(?:nan|inf|infinity)", re.I)
#: The longest raw cell an error quotes; a longer one is cut (an unclosed quote can swallow the file).
MAX_SHOWN = 120
#: What an error about a changed file suggests, unless the caller names a better remedy.
DEFAULT_REMEDY = "run `azru data rehash`"


@dataclass(frozen=True)
class RawTable:
    """One resource read as text: its field specs and rows with file line numbers."""

    name: str
    file: str
    fields: list[dict[str, Any]]
    rows: list[dict[str, str]]
    lines: list[int]
    primary_key: tuple[str, ...] = ()

    def column(self, name: str) -> list[str]:
        return [row[name] for row in self.rows]

    def records(self) -> list[tuple[int, dict[str, str]]]:
        """``(line, row)`` pairs, in file order."""
        return list(zip(self.lines, self.rows, strict=True))


def file_hash(path: Path) -> str:
    """The ``sha256:<hex>`` hash that ``datapackage.json`` records for a file."""
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def _shown(value: str) -> str:
    """A raw value as an error quotes it: its first line, at most :data:`MAX_SHOWN` characters."""
    first = value.splitlines()[0] if value else value
    cut = first if len(first) <= MAX_SHOWN else first[: MAX_SHOWN - 1] + "…"
    return cut + ("…" if first != value and not cut.endswith("…") else "")


def read_descriptor(descriptor: Path) -> dict[str, Any]:
    """The parsed ``datapackage.json``; a DataError naming it if it cannot be read."""
    try:
        return json.loads(descriptor.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = exc.lineno if isinstance(exc, json.JSONDecodeError) else None
        raise DataError(descriptor.name, line, None, None, f"cannot read the package descriptor: {exc}") from exc


def is_table(resource: dict[str, Any]) -> bool:
    """Whether a resource is a CSV table (other resources are checked against their hash only)."""
    return resource.get("profile") == "tabular-data-resource" or str(resource.get("path", "")).endswith(".csv")


def primary_key(schema: dict[str, Any]) -> list[str]:
    """The ``primaryKey`` of a schema as a list of column names (``[]`` when it declares none).

    >>> primary_key({"primaryKey": "id"}), primary_key({"primaryKey": ["a", "b"]}), primary_key({})
    (['id'], ['a', 'b'], [])
    """
    key = schema.get("primaryKey") or []
    return [key] if isinstance(key, str) else list(key)


def read_tables(
    descriptor: Path, check_hashes: bool = True, remedy: str = DEFAULT_REMEDY
) -> tuple[dict[str, Any], dict[str, RawTable]]:
    """Every tabular resource of a package, each checked against its schema and hash; keys checked across tables.

    ``remedy`` is what the error about a file whose hash changed suggests.
    Raises DataError on the first problem.
    """
    package = read_descriptor(descriptor)
    tables: dict[str, RawTable] = {}
    for resource in package.get("resources", []):
        name = resource.get("name")
        if check_hashes:
            check_hash(descriptor, resource, remedy)
        if not is_table(resource):
            continue
        if "path" not in resource or "schema" not in resource:
            raise DataError(descriptor.name, None, None, name, "a table resource needs a path and a schema")
        tables[name] = _read_table(name, descriptor.parent / resource["path"], resource["schema"])
    resources = {r.get("name"): r for r in package.get("resources", [])}
    for table in tables.values():
        _check_primary_key(table, list(table.primary_key))
    _check_foreign_keys(tables, resources)
    return package, tables


def check_hash(descriptor: Path, resource: dict[str, Any], remedy: str = DEFAULT_REMEDY) -> None:
    """Raise DataError if a resource's file differs from the hash (and size) the descriptor records."""
    if "hash" not in resource or "path" not in resource:
        return
    path = descriptor.parent / resource["path"]
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
            f"(recorded {resource['hash'][:19]}…, now {actual[:19]}…); if the change is deliberate, {remedy}",
        )
    if "bytes" in resource and path.stat().st_size != resource["bytes"]:
        raise DataError(
            resource["path"],
            None,
            None,
            None,
            f"file has {path.stat().st_size} bytes but {descriptor.name} records {resource['bytes']}; {remedy}",
        )


def _read_table(name: str, path: Path, schema: dict[str, Any]) -> RawTable:
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
                spread = reader.line_num - line  # a quote left open joins the next lines to this record
                why = (
                    f"a quoted cell runs on over {spread} more line(s): a quote left open?"
                    if spread
                    else "truncated or extra cells?"
                )
                raise DataError(
                    file,
                    line,
                    None,
                    _shown(",".join(record)),
                    f"row has {len(record)} fields, the header has {len(expected)} ({why})",
                )
            row = dict(zip(expected, record, strict=True))
            for field in fields:
                _check_cell(file, line, field, row[field["name"]], seen)
            rows.append(row)
            lines.append(line)
    except csv.Error as exc:
        column, value = _locate_bad_quote(text, start, expected)
        raise DataError(file, start, column, _shown(value) if value else value, f"malformed CSV: {exc}") from exc
    return RawTable(name, file, fields, rows, lines, tuple(primary_key(schema)))


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
    if name in seen:
        if value in seen[name]:
            raise DataError(file, line, name, value, f"duplicate id (first used on line {seen[name][value]})")
        seen[name][value] = line


def _check_primary_key(table: RawTable, key: list[str]) -> None:
    """No two rows share the values of the primary key (one column or several)."""
    if not key:
        return
    first: dict[tuple[str, ...], int] = {}
    for line, row in table.records():
        values = tuple(row[column] for column in key)
        if values in first:
            shown = values[0] if len(key) == 1 else ", ".join(f"{c}={v}" for c, v in zip(key, values, strict=True))
            raise DataError(table.file, line, key[0], shown, f"duplicate key (first on line {first[values]})")
        first[values] = line


def _check_foreign_keys(tables: dict[str, RawTable], resources: dict[str, dict[str, Any]]) -> None:
    for name, table in tables.items():
        for fk in resources[name]["schema"].get("foreignKeys", []):
            columns = [fk["fields"]] if isinstance(fk["fields"], str) else list(fk["fields"])
            target_columns = fk["reference"]["fields"]
            target_columns = [target_columns] if isinstance(target_columns, str) else list(target_columns)
            target = fk["reference"].get("resource") or name
            if target not in tables:
                raise DataError(table.file, None, columns[0], target, "foreign key to a table the package lacks")
            known = {tuple(row[c] for c in target_columns) for row in tables[target].rows}
            for line, row in table.records():
                values = tuple(row[c] for c in columns)
                if all(values) and values not in known:
                    raise DataError(
                        table.file,
                        line,
                        columns[0],
                        values[0] if len(values) == 1 else ", ".join(values),
                        f"unknown id: no such {', '.join(target_columns)} in {tables[target].file}",
                    )
