"""Each kind of malformed data raises DataError naming file, line, column and value."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import azru
from azru.package import rehash


def line_of(descriptor: Path, table: str, row_id: str) -> int:
    with (descriptor.parent / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        for record in reader:
            if record[0] == row_id:
                return reader.line_num
    raise AssertionError(row_id)


def assert_error(descriptor: Path, file: str, line: int | None, column: str | None, value: object, words: str) -> None:
    with pytest.raises(azru.DataError) as caught:
        azru.load(descriptor)
    err = caught.value
    assert (err.file, err.line, err.column, err.value) == (file, line, column, value)
    assert words in str(err)
    assert file in str(err)


CELL_CASES = [
    # (table, row id, column, bad value, words in the message)
    ("events", "seed-russia-denies-2009", "date", "2009-02-30", "not a valid date"),
    ("events", "seed-russia-denies-2009", "date", "21.01.2009", "does not match the pattern"),
    ("events", "seed-russia-denies-2009", "precision", "month", "written at day precision"),
    ("events", "seed-ivanov-baku-2006", "date_end", "2006-01-20", "ends before the start date"),
    ("events", "seed-russia-denies-2009", "theme", "sport", "not one of the allowed values"),
    ("events", "seed-russia-denies-2009", "title", "", "required field is empty"),
    ("events", "seed-russia-denies-2009", "source_id", "no-such-source", "unknown id"),
    ("events", "seed-russia-denies-2009", "place_id", "atlantis", "unknown id"),
    ("events", "seed-russia-denies-2009", "actors", "mfa-rus;nobody", "unknown id"),
    ("events", "seed-russia-denies-2009", "event_id", "seed-ambassador-summoned-2009", "duplicate id"),
    ("measures", "seed-trade-turnover-2008", "value", "2.4 bn", "not a number"),
    ("measures", "seed-trade-turnover-2008", "value", "nan", "not a finite number"),
    ("measures", "seed-trade-turnover-2008", "unit", "million USD", "not one of the allowed values"),
    ("measures", "seed-russian-newspapers", "value", "-50", "negative amount"),
    ("measures", "seed-trade-turnover-2008", "period", "2009/2008", "ends before it starts"),
    ("measures", "seed-trade-turnover-2008", "event_id", "no-such-event", "unknown id"),
    ("sources", "wikipedia-az-ru-relations", "accessed", "28/11/2026", "not a date of the form"),
    ("places", "baku", "lat", "north", "not a number"),
    ("places", "baku", "lat", "123", "above the maximum"),
    ("actors", "russia", "kind", "empire", "not one of the allowed values"),
]


@pytest.mark.parametrize(("table", "row_id", "column", "value", "words"), CELL_CASES)
def test_bad_cell(package_copy: Path, edit_cell, table: str, row_id: str, column: str, value: str, words: str) -> None:
    line = line_of(package_copy, table, row_id)
    if column == f"{table[:-1]}_id":  # a duplicate id is reported where it occurs the second time
        line = max(line, line_of(package_copy, table, value))
    edit_cell(table, row_id, column, value)
    reported = value.split(";")[-1] if column == "actors" else value
    assert_error(package_copy, f"{table}.csv", line, column, reported, words)


def rewrite(descriptor: Path, table: str, transform) -> Path:
    path = descriptor.parent / f"{table}.csv"
    path.write_bytes(transform(path.read_bytes()))
    rehash(descriptor, validate=False)
    azru.clear_cache()
    return descriptor


def test_missing_column(package_copy: Path) -> None:
    def drop_status(raw: bytes) -> bytes:
        rows = list(csv.reader(raw.decode().splitlines()))
        i = rows[0].index("status")
        return "\n".join(",".join(f'"{c}"' for j, c in enumerate(r) if j != i) for r in rows).encode() + b"\n"

    rewrite(package_copy, "events", drop_status)
    assert_error(package_copy, "events.csv", 1, "status", None, "missing column")


def test_unknown_column(package_copy: Path) -> None:
    def add_column(raw: bytes) -> bytes:
        lines = raw.decode().splitlines()
        return "\n".join([lines[0] + ",mood"] + [line + ",x" for line in lines[1:]]).encode() + b"\n"

    rewrite(package_copy, "places", add_column)
    assert_error(package_copy, "places.csv", 1, "mood", None, "unknown column")


def test_not_utf8(package_copy: Path) -> None:
    line = line_of(package_copy, "actors", "anatoly-serdyukov")
    rewrite(package_copy, "actors", lambda raw: raw.replace("Сердюков".encode(), "Сердюков".encode("cp1251")))
    with pytest.raises(azru.DataError) as caught:
        azru.load(package_copy)
    assert (caught.value.file, caught.value.line) == ("actors.csv", line)
    assert "not UTF-8" in str(caught.value)


def test_truncated_row(package_copy: Path) -> None:
    def truncate(raw: bytes) -> bytes:
        lines = raw.decode().splitlines()
        lines[3] = lines[3].rsplit(",", 3)[0]
        return ("\n".join(lines) + "\n").encode()

    rewrite(package_copy, "measures", truncate)
    with pytest.raises(azru.DataError) as caught:
        azru.load(package_copy)
    assert (caught.value.file, caught.value.line) == ("measures.csv", 4)
    assert "fields, the header has" in str(caught.value)


def test_hash_mismatch_names_the_file(package_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = package_copy.parent / "sources.csv"
    path.write_bytes(path.read_bytes().replace(b"Wikimedia Foundation", b"Wikimedia Foundatio"))
    azru.clear_cache()
    with pytest.raises(azru.DataError) as caught:
        azru.load(package_copy)
    assert caught.value.file == "sources.csv"
    # The remedy names the package actually read, as it was given (or $AZRU_DATA when it came from there).
    assert str(caught.value).endswith(f"run `azru --data {package_copy} data rehash`")
    azru.clear_cache()
    with monkeypatch.context() as patch:
        patch.setenv("AZRU_DATA", str(package_copy.parent))
        with pytest.raises(azru.DataError) as caught:
            azru.load()
    assert str(caught.value).endswith(
        f"run `azru data rehash` (the package comes from $AZRU_DATA={package_copy.parent})"
    )


def test_rehash_accepts_a_deliberate_change(package_copy: Path) -> None:
    path = package_copy.parent / "sources.csv"
    path.write_bytes(path.read_bytes().replace(b"Wikimedia Foundation", b"Wikimedia Fdn"))
    assert rehash(package_copy) == ["sources"]
    azru.clear_cache()
    assert azru.load(package_copy).sources["publisher"].str.contains("Wikimedia Fdn").any()


def test_missing_resource(package_copy: Path) -> None:
    import json

    package = json.loads(package_copy.read_text())
    package["resources"] = [r for r in package["resources"] if r["name"] != "actors"]
    package_copy.write_text(json.dumps(package))
    azru.clear_cache()
    with pytest.raises(azru.DataError, match="missing resources: actors"):
        azru.load(package_copy)
