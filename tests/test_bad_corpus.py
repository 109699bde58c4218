"""The bad-data corpus (tests/bad_data/cases.toml) across all six tables, and the package's integrity records.

Each case corrupts a copy of the shipped data/ in one way and must raise
DataError naming exactly the file, line, column and value. tests/test_bad_data.py
covers the first kinds of bad cells; the corpus adds every table and file-level
damage (encoding, quoting, blank lines, byte-order marks, hashes, sizes).
"""

from __future__ import annotations

import csv
import io
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest

import azru
from azru.cli import main
from azru.package import rehash

CORPUS = Path(__file__).resolve().parent / "bad_data" / "cases.toml"
CASES: list[dict[str, Any]] = tomllib.loads(CORPUS.read_text(encoding="utf-8"))["case"]
TABLES = (
    "sources",
    "places",
    "actors",
    "events",
    "measures",
    "codings",
    "cameo_codes",
    "registers",
    "register_entries",
)


def record_lines(text: str) -> dict[str, int]:
    """The first line of each record, by the record's id (first cell)."""
    reader = csv.reader(io.StringIO(text, newline=""))
    lines, start = {}, 1
    for record in reader:
        if record:
            lines.setdefault(record[0], start)
        start = reader.line_num + 1
    return lines


def read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)


def corrupt(descriptor: Path, case: dict[str, Any]) -> None:
    """Apply one case's damage to the package copy."""
    path = descriptor.parent / f"{case['table']}.csv"
    kind = case.get("do", "cell")
    if kind == "cell":
        rows = read_rows(path)
        edits = case.get("edits") or [[case["row"], case["column"], case["value"]]]
        header = rows[0]
        for row_id, column, value in edits:
            hits = [row for row in rows[1:] if row[0] == row_id]
            assert len(hits) == 1, f"{row_id} not in {path.name}"
            hits[0][header.index(column)] = value
        write_rows(path, rows)
    elif kind in ("drop_column", "swap_columns"):
        rows = read_rows(path)
        if kind == "drop_column":
            i = rows[0].index(case["column"])
            rows = [row[:i] + row[i + 1 :] for row in rows]
        else:
            i, j = (rows[0].index(c) for c in case["columns"])
            for row in rows:
                row[i], row[j] = row[j], row[i]
        write_rows(path, rows)
    elif kind in ("replace_line", "insert_line"):
        lines = path.read_text(encoding="utf-8").split("\n")
        at = record_lines(path.read_text(encoding="utf-8"))[case["row"]] - 1 if "row" in case else len(lines) - 1
        if kind == "replace_line":
            lines[at] = case["text"]
        else:
            lines.insert(at, case["text"])
        path.write_text("\n".join(lines), encoding="utf-8")
    elif kind == "replace_bytes":
        raw = path.read_bytes()
        find = case["find"].encode()
        assert find in raw, case["find"]
        path.write_bytes(raw.replace(find, case["replace"].encode(case.get("encoding", "utf-8")), 1))
    elif kind == "delete_file":
        path.unlink()
    elif kind not in ("descriptor", "descriptor_keep_lines"):
        raise AssertionError(f"unknown corruption {kind!r}")
    if case.get("rehash", True):
        rehash(descriptor, validate=False)
    if kind == "descriptor":
        package = json.loads(descriptor.read_text(encoding="utf-8"))
        resource = next(r for r in package["resources"] if r["name"] == case["table"])
        resource[case["key"]] = case["value"]
        descriptor.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    elif kind == "descriptor_keep_lines":
        kept = descriptor.read_text(encoding="utf-8").split("\n")[: case["lines"]]
        descriptor.write_text("\n".join(kept) + "\n", encoding="utf-8")
    azru.clear_cache()


def expected_line(spec: object, shipped: dict[str, int], corrupted: Path) -> int | None:
    if spec is None or isinstance(spec, int):
        return spec
    assert isinstance(spec, str) and spec.startswith("@"), spec
    if spec == "@end":
        return corrupted.read_text(encoding="utf-8").rstrip("\n").count("\n") + 1
    row_id, _, offset = spec[1:].partition("+")
    return shipped[row_id] + int(offset or 0)


def test_corpus_covers_every_table_and_many_kinds() -> None:
    assert {case["table"] for case in CASES} == set(TABLES)
    assert len({case["id"] for case in CASES}) == len(CASES) >= 15
    for table in TABLES:
        assert sum(case["table"] == table for case in CASES) >= 5, table


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_bad_data_case(package_copy: Path, case: dict[str, Any]) -> None:
    table_file = package_copy.parent / f"{case['table']}.csv"
    shipped = record_lines(table_file.read_text(encoding="utf-8"))
    corrupt(package_copy, case)
    expect = case["expect"]
    line = expected_line(expect.get("line"), shipped, table_file)

    with pytest.raises(azru.DataError) as caught:
        azru.load(package_copy)
    err = caught.value
    wanted = (expect.get("file", table_file.name), line, expect.get("column"), expect.get("value"))
    assert (err.file, err.line, err.column, err.value) == wanted, str(err)
    assert expect["words"] in err.message
    assert str(err).startswith(err.file)


def test_the_cli_reports_the_same_error(package_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = next(c for c in CASES if c["id"] == "actors-quote-inside-cell")
    corrupt(package_copy, case)
    assert main(["--data", str(package_copy), "data", "validate"]) == 1
    assert "actors.csv, line " in capsys.readouterr().err


# ---------------------------------------------------------------- integrity: hashes and sizes


def test_rehash_names_exactly_the_changed_resources(package_copy: Path) -> None:
    assert rehash(package_copy) == []
    (package_copy.parent / "places.csv").write_bytes(
        (package_copy.parent / "places.csv").read_bytes().replace(b"Yekaterinburg,", b"Ekaterinburg,", 1)
    )
    (package_copy.parent / "measures.csv").write_bytes(
        (package_copy.parent / "measures.csv").read_bytes().replace(b",39.3,", b",39.30,", 1)
    )
    assert rehash(package_copy) == ["places", "measures"]  # in the descriptor's order
    assert rehash(package_copy) == []
    azru.clear_cache()
    assert azru.load(package_copy).measures["value"].tolist().count(39.3) == 1


def test_rehash_records_sizes(package_copy: Path) -> None:
    path = package_copy.parent / "sources.csv"
    path.write_bytes(path.read_bytes().replace(b"Wikimedia Foundation", b"Wikimedia Fdn"))
    rehash(package_copy)
    resources = {r["name"]: r for r in json.loads(package_copy.read_text(encoding="utf-8"))["resources"]}
    for name in TABLES:
        assert resources[name]["bytes"] == (package_copy.parent / f"{name}.csv").stat().st_size


def test_cli_rehash_says_what_changed(package_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = package_copy.parent / "actors.csv"
    path.write_bytes(path.read_bytes().replace(b"Lomonosov Moscow", b"M. V. Lomonosov Moscow"))
    assert main(["--data", str(package_copy), "data", "rehash"]) == 0
    assert capsys.readouterr().out.strip() == "hashes recorded; changed: actors"
    assert main(["--data", str(package_copy), "data", "rehash"]) == 0
    assert capsys.readouterr().out.strip() == "hashes recorded; changed: none"


def test_a_recorded_size_that_lies_is_caught_then_fixed_by_rehash(package_copy: Path) -> None:
    package = json.loads(package_copy.read_text(encoding="utf-8"))
    events = next(r for r in package["resources"] if r["name"] == "events")
    events["bytes"] += 1
    package_copy.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    azru.clear_cache()
    with pytest.raises(azru.DataError) as caught:
        azru.load(package_copy)
    assert (caught.value.file, caught.value.line, caught.value.column) == ("events.csv", None, None)
    assert f"records {events['bytes']}" in str(caught.value)
    assert rehash(package_copy) == []  # the hashes were right; only the size is rewritten
    azru.clear_cache()
    assert len(azru.load(package_copy).events) > 0


def test_every_shipped_resource_records_hash_and_size() -> None:
    descriptor = azru.load().path
    assert descriptor is not None
    for resource in azru.load().descriptor["resources"]:
        path = descriptor.parent / resource["path"]
        assert resource["bytes"] == path.stat().st_size, resource["name"]
        assert resource["hash"].startswith("sha256:") and len(resource["hash"]) == 7 + 64
