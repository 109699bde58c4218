"""Append rows from data/_staging/<batch>/*.csv to the data package tables.

Used while curating: a batch of new rows is prepared in its own folder so
that several people can work at once, then merged here. Sources that share a
URL with an existing source are merged into it (its id is kept and the
batch's references are rewritten, also inside ``registers.list_sources``).
Any other repeated key (each table's ``primaryKey`` in ``datapackage.json``;
``codings`` and ``register_entries`` have keys of several columns) stops the
merge before any file is written.

Tables merged: sources, places, actors, events, measures, codings,
registers and register_entries; a batch holds any of them.

    .venv/bin/python scripts/merge_staging.py BATCH [--into DIR] [--staging DIR]

After merging it records the new file hashes and loads the package, so a bad
row stops here with the file, line, column and value.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
TABLES = ("sources", "places", "actors", "events", "measures", "codings", "registers", "register_entries")


def read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _key(schema: dict[str, object]) -> list[str]:
    """The table's primary key columns, from its schema."""
    key = schema.get("primaryKey") or [schema["fields"][0]["name"]]  # type: ignore[index]
    return [key] if isinstance(key, str) else list(key)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("batch")
    parser.add_argument(
        "--into", type=Path, default=DATA, help="data package folder to merge into (a copy of data/ for a dry run)"
    )
    parser.add_argument(
        "--staging", type=Path, default=DATA / "_staging", help="folder holding the batches (default data/_staging)"
    )
    args = parser.parse_args(argv)
    staging = args.staging / args.batch
    target: Path = args.into
    if target != DATA:
        shutil.copytree(DATA, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("_staging"))
    package = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))
    schemas = {r["name"]: r["schema"] for r in package["resources"] if "schema" in r}
    columns = {name: [f["name"] for f in schema["fields"]] for name, schema in schemas.items()}
    keys = {name: _key(schemas[name]) for name in TABLES}
    existing = {t: read(target / f"{t}.csv") for t in TABLES}
    incoming = {t: read(staging / f"{t}.csv") for t in TABLES}
    by_url = {row["url"]: row["source_id"] for row in existing["sources"]}
    remap: dict[str, str] = {}
    new_sources = []
    for row in incoming["sources"]:
        if row["url"] in by_url:
            remap[row["source_id"]] = by_url[row["url"]]
        else:
            by_url[row["url"]] = row["source_id"]
            new_sources.append(row)
    incoming["sources"] = new_sources
    problems = []
    for table in TABLES:
        key = keys[table]
        seen = {tuple(row[k] for k in key) for row in existing[table]}
        for row in incoming[table]:
            unknown = set(row) - set(columns[table])
            if unknown:
                problems.append(f"{table}: {row.get(key[0])}: unknown columns {sorted(unknown)}")
            for column in ("source_id", "gdelt_source_id"):
                if row.get(column) in remap:
                    row[column] = remap[row[column]]
            if row.get("list_sources"):
                row["list_sources"] = ";".join(remap.get(s, s) for s in row["list_sources"].split(";"))
            values = tuple(row.get(k, "") for k in key)
            if values in seen:
                shown = values[0] if len(key) == 1 else dict(zip(key, values, strict=True))
                problems.append(f"{table}: key {shown!r} already exists")
            seen.add(values)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    for table in TABLES:
        if not incoming[table]:
            continue
        with (target / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns[table], lineterminator="\n")
            writer.writeheader()
            writer.writerows(existing[table] + [{c: row.get(c, "") for c in columns[table]} for row in incoming[table]])
        print(f"{table}: +{len(incoming[table])} rows -> {len(existing[table]) + len(incoming[table])}")
    if remap:
        print("sources merged by URL:", remap)
    # The new bytes are deliberate: record their hashes, then validate the whole package.
    from azru.data import load
    from azru.package import rehash

    rehash(target / "datapackage.json")
    print("valid:", load(target / "datapackage.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
