"""Shared fixtures: a writable copy of the shipped data package."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import azru
from azru.data import default_package_path

DATA_DIR = default_package_path().parent


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    """A copy of data/ (without staging folders) whose descriptor path is returned."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target, ignore=shutil.ignore_patterns("_staging", "geo"))
    return target / "datapackage.json"


@pytest.fixture
def edit_cell(package_copy: Path) -> Callable[[str, str, str, str], Path]:
    """Change one cell of a table in the copy and record new hashes; return the descriptor."""
    import csv

    from azru.cli import rehash

    def edit(table: str, row_id: str, column: str, value: str) -> Path:
        path = package_copy.parent / f"{table}.csv"
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        fieldnames = list(rows[0])
        hits = [row for row in rows if row[fieldnames[0]] == row_id]
        assert len(hits) == 1, f"{row_id} not in {table}"
        hits[0][column] = value
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=fieldnames, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        rehash(package_copy, validate=False)  # the edit may plant bad data on purpose
        azru.clear_cache()
        return package_copy

    return edit
