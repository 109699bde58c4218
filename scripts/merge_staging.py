"""Append rows from data/_staging/<batch>/*.csv to the data package tables.

Used while curating: a batch of new rows is prepared in its own folder so
that several people can work at once, then merged here. Sources that share a
URL with an existing source are merged into it (its id is kept and the
batch's references are rewritten). Any other repeated id stops the merge.

    .venv/bin/python scripts/merge_staging.py BATCH [--into DIR]

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
TABLES = ("sources", "places", "actors", "events", "measures")
KEYS = {t: t.rstrip("s") + "_id" for t in TABLES}


def read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("batch")
    parser.add_argument(
        "--into", type=Path, default=DATA, help="data package folder to merge into (a copy of data/ for a dry run)"
    )
    args = parser.parse_args(argv)
    staging = DATA / "_staging" / args.batch
    target: Path = args.into
    if target != DATA:
        shutil.copytree(DATA, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("_staging"))
    package = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))
    columns = {r["name"]: [f["name"] for f in r["schema"]["fields"]] for r in package["resources"]}
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
        key = KEYS[table]
        seen = {row[key] for row in existing[table]}
        for row in incoming[table]:
            unknown = set(row) - set(columns[table])
            if unknown:
                problems.append(f"{table}: {row.get(key)}: unknown columns {sorted(unknown)}")
            if "source_id" in row and row["source_id"] in remap:
                row["source_id"] = remap[row["source_id"]]
            if row[key] in seen:
                problems.append(f"{table}: id {row[key]!r} already exists")
            seen.add(row[key])
        if problems:
            continue
        with (target / f"{table}.csv").open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns[table], lineterminator="\n")
            writer.writeheader()
            writer.writerows(existing[table] + [{c: row.get(c, "") for c in columns[table]} for row in incoming[table]])
        print(f"{table}: +{len(incoming[table])} rows -> {len(existing[table]) + len(incoming[table])}")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    if remap:
        print("sources merged by URL:", remap)
    # The new bytes are deliberate: record their hashes, then validate the whole package.
    from azru.cli import rehash
    from azru.data import load

    rehash(target / "datapackage.json")
    print("valid:", load(target / "datapackage.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
