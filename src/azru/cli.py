"""The ``azru`` command: facts, checks, citations and data upkeep.

>>> main(["cite", "seed-exports-2008", "--style", "markdown"])  # doctest: +ELLIPSIS
Wikipedia (Wikimedia Foundation). [Encyclopedia article...](https://en.wikipedia.org/...). Accessed 2026-11-28.
0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from azru.citations import STYLES
from azru.errors import DataError
from azru.validate import TABLE_NAMES, file_hash

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["main", "main_entry", "rehash"]

FACT_COLUMNS = ["event_id", "date", "date_end", "theme", "kind", "status", "title", "source_id"]


def _emit(frame: pd.DataFrame, fmt: str) -> None:
    import pandas as pd

    if fmt == "csv":
        sys.stdout.write(frame.to_csv(index=False, lineterminator="\n"))
    elif fmt == "json":
        sys.stdout.write(frame.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        with pd.option_context("display.max_colwidth", 70, "display.width", 200):
            sys.stdout.write(frame.to_string(index=False) + "\n")


def rehash(descriptor: Path) -> list[str]:
    """Record each resource's current sha256 and size in ``datapackage.json``; return the changed names."""
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="azru", description="Azerbaijan–Russia relations: sourced facts, checks, citations."
    )
    parser.add_argument("--data", type=Path, default=None, help="a datapackage.json other than the shipped one")
    sub = parser.add_subparsers(dest="command", required=True)
    facts = sub.add_parser("facts", help="list events (or another table)")
    facts.add_argument("--table", choices=TABLE_NAMES, default="events")
    facts.add_argument("--theme")
    facts.add_argument("--kind")
    facts.add_argument("--format", choices=["table", "csv", "json"], default="table")
    checks = sub.add_parser("check", help="run the consistency checks; exit 1 on errors")
    checks.add_argument("--format", choices=["table", "csv", "json"], default="table")
    checks.add_argument("--severity", choices=["error", "warning", "info"], help="show this severity and worse")
    citation = sub.add_parser("cite", help="cite the source of a source, event or measure id")
    citation.add_argument("id")
    citation.add_argument("--style", "--format", choices=STYLES, default="text", dest="style")
    data = sub.add_parser("data", help="data upkeep")
    data_sub = data.add_subparsers(dest="action", required=True)
    data_sub.add_parser("rehash", help="record the current file hashes in datapackage.json")
    data_sub.add_parser("validate", help="load and validate the package; exit 1 on the first error")
    from azru.book.cli import add_arguments as book_arguments

    book_arguments(sub.add_parser("book", help="build the reading edition (static HTML) of the notebooks"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "book":  # before anything imports pandas: a rebuild with nothing changed stays cheap
        from azru.book.cli import main as book_main

        return book_main(args)
    from azru.checks import check
    from azru.citations import cite
    from azru.data import default_package_path, load

    descriptor = args.data or default_package_path()
    try:
        if args.command == "data" and args.action == "rehash":
            changed = rehash(Path(descriptor))
            print(f"hashes recorded; changed: {', '.join(changed) or 'none'}")
            return 0
        facts = load(descriptor)
        if args.command == "data":
            print(f"valid: {facts!r}")
            return 0
        if args.command == "facts":
            frame = facts.tables[args.table]
            if args.theme and "theme" in frame:
                frame = frame[frame["theme"] == args.theme]
            if args.kind and "kind" in frame:
                frame = frame[frame["kind"] == args.kind]
            if args.table == "events":
                frame = frame[FACT_COLUMNS]
            _emit(frame, args.format)
            return 0
        if args.command == "check":
            findings = check(facts)
            if args.severity:
                order = ["error", "warning", "info"]
                findings = findings[findings["severity"].isin(order[: order.index(args.severity) + 1])]
            _emit(findings, args.format)
            errors = int((findings["severity"] == "error").sum())
            print(f"{len(findings)} findings, {errors} errors", file=sys.stderr)
            return 1 if errors else 0
        if args.command == "cite":
            print(cite(args.id, style=args.style, facts=facts))
            return 0
    except DataError as exc:
        print(f"azru: bad data: {exc}", file=sys.stderr)
        return 1
    except KeyError as exc:
        print(f"azru: {exc.args[0]}", file=sys.stderr)
        return 2
    return 2


if __name__ == "__main__":
    sys.exit(main())


def main_entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
