"""The ``azru`` command: facts, checks, citations and data upkeep.

>>> main(["cite", "seed-exports-2008", "--style", "markdown"])  # doctest: +ELLIPSIS
Wikipedia (Wikimedia Foundation). [Encyclopedia article...](https://en.wikipedia.org/...). Accessed 2026-11-28.
0

Every error ends in one line on standard error and a non-zero exit status:

>>> import contextlib, io
>>> with contextlib.redirect_stderr(io.StringIO()) as err:
...     status = main(["facts", "--theme", "Border"])
>>> status, err.getvalue()  # doctest: +ELLIPSIS
(2, "azru: unknown theme 'Border' (did you mean 'border'?); valid: diplomacy, military, border, ...\\n")
"""

from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from azru.citations import STYLES
from azru.errors import DataError, FilterError
from azru.formatting import format_value

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["main", "main_entry", "render_table"]

#: The columns ``azru facts`` gives of each table (the others give every column)…
SHOWN = {
    "events": ["event_id", "date", "date_end", "theme", "kind", "status", "title", "source_id"],
    "happenings": ["happening_id", "date", "date_end", "theme", "kind", "status", "n_reports", "n_sources", "title"],
}
#: …and those it shows in a terminal table, where every column costs width.
SHOWN_IN_TABLE = {
    "events": ["date", "date_end", "kind", "status", "title", "event_id"],
    "happenings": ["date", "date_end", "kind", "n_reports", "title", "happening_id"],
    "measures": ["period", "indicator", "value", "unit", "qualifier", "reporter", "measure_id"],
    "findings": ["severity", "check", "message"],
}
#: Filters of ``azru facts``: the keywords of the tables' filter methods (azru.tables spells them out;
#: listed here too so that the parser, built for every command, imports no pandas; a test keeps the
#: two equal). Those in SINGLE take one value, the others may repeat.
FILTERS = ("theme", "kind", "status", "start", "end", "indicator", "reporter", "flow", "unit", "period")
SINGLE = ("period", "start", "end")
NOT_A_TTY_WIDTH = 100


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line (the usage itself is one ``--help`` away)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


DATA_HELP = "a datapackage.json (or its folder) to use instead of $AZRU_DATA or the shipped package"


def _parser() -> argparse.ArgumentParser:
    from azru import __version__

    parser = _Parser(prog="azru", description="Azerbaijan–Russia relations: sourced facts, checks, citations.")
    parser.add_argument("--version", action="version", version=f"azru {__version__}")
    parser.add_argument("--data", type=Path, default=None, help=DATA_HELP)
    # --data is also accepted after the subcommand (`azru check --data DIR`): the same option,
    # parsed into the same place, where argparse would otherwise refuse it.
    data_option = _Parser(add_help=False)
    data_option.add_argument("--data", type=Path, default=argparse.SUPPRESS, help=DATA_HELP)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    facts = sub.add_parser("facts", help="list events (or another table), filtered", parents=[data_option])
    facts.add_argument("--table", default="events", help="events (default), happenings, measures, sources…")
    for name in FILTERS:
        many = name not in SINGLE
        facts.add_argument(
            f"--{name}",
            action="append" if many else "store",
            help=f"keep rows with this {name}" + (" (repeat for several)" if many else ""),
        )
    facts.add_argument("--format", choices=["table", "csv", "json"], default="table")
    checks = sub.add_parser("check", help="run the consistency checks; exit 1 on errors", parents=[data_option])
    checks.add_argument("--format", choices=["table", "csv", "json"], default="table")
    checks.add_argument("--severity", choices=["error", "warning", "info"], help="show this severity and worse")
    citation = sub.add_parser(
        "cite", help="cite the source of a source, event, measure or happening id", parents=[data_option]
    )
    citation.add_argument("id")
    citation.add_argument("--style", "--format", choices=STYLES, default="text", dest="style")
    one = sub.add_parser(
        "happening", help="show one happening: status, code, registers and every report", parents=[data_option]
    )
    one.add_argument("id", help="a happening_id (as azru check and azru facts --table happenings print them)")
    data = sub.add_parser("data", help="data upkeep", parents=[data_option])
    data_sub = data.add_subparsers(dest="action", required=True, parser_class=_Parser)
    data_sub.add_parser(
        "rehash", help="validate, then record the current file hashes in datapackage.json", parents=[data_option]
    )
    data_sub.add_parser(
        "validate", help="load and validate the package; exit 1 on the first error", parents=[data_option]
    )
    from azru.book.cli import add_arguments as book_arguments

    book_arguments(sub.add_parser("book", help="build the reading edition (static HTML) of the notebooks"))
    return parser


def wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters, broken at spaces, else after a hyphen, else anywhere.

    >>> wrap("seen in diplomatic-relations-protocol-1992", 16)
    ['seen in', 'diplomatic-', 'relations-', 'protocol-1992']
    """
    lines: list[str] = []
    line = ""
    for word in text.split():
        pieces = [word] if len(word) <= width else [p for p in re.findall(r"[^-]*-?", word) if p]
        for number, piece in enumerate(pieces):
            while len(piece) > width:  # nothing to break at: cut
                if line:
                    lines.append(line)
                    line = ""
                lines.append(piece[:width])
                piece = piece[width:]
            joined = line + (" " if line and number == 0 else "") + piece
            if len(joined) <= width:
                line = joined
            else:
                lines.append(line)
                line = piece
    if line:
        lines.append(line)
    return lines


def render_table(header: Sequence[str], rows: Sequence[Sequence[str]], width: int) -> str:
    """Columns that fit in ``width`` characters: the widest wrap first; none narrower than 16 characters wraps.

    >>> print(render_table(["id", "message"], [["a", "one two three four five six seven"]], 20))
    id  message
    a   one two three
        four five six
        seven
    """
    gap = 2
    natural = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    floor = [max(min(n, 16), len(h)) for n, h in zip(natural, header, strict=True)]
    widths = list(natural)
    while sum(widths) + gap * (len(widths) - 1) > width:
        shrinkable = [i for i in range(len(widths)) if widths[i] > floor[i]]
        if not shrinkable:
            break  # nothing left to wrap: let the terminal fold the line
        widest = max(shrinkable, key=lambda i: widths[i])
        widths[widest] -= 1

    def lines(cells: Sequence[str]) -> list[str]:
        wrapped = [wrap(c, w) or [""] for c, w in zip(cells, widths, strict=True)]
        height = max(len(w) for w in wrapped)
        return [
            (" " * gap).join((w[k] if k < len(w) else "").ljust(widths[i]) for i, w in enumerate(wrapped)).rstrip()
            for k in range(height)
        ]

    body = [lines(r) for r in rows]
    spaced = any(len(b) > 1 for b in body)  # wrapped rows read better apart
    out = lines(list(header))
    for number, block in enumerate(body):
        out += ([""] if spaced and number else []) + block
    return "\n".join(out)


def _terminal_width() -> int:
    if sys.stdout.isatty():
        return shutil.get_terminal_size((NOT_A_TTY_WIDTH, 24)).columns
    return NOT_A_TTY_WIDTH


def _emit(frame: pd.DataFrame, fmt: str, shown: Sequence[str] | None = None, units: bool = False) -> None:
    """Write a frame as a table for people (``shown`` columns), or as CSV/JSON (raw numbers, ISO dates) for programs."""
    import pandas as pd

    dates = [c for c in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[c])]
    if fmt == "csv":
        plain = frame.assign(**{c: frame[c].dt.strftime("%Y-%m-%d") for c in dates})
        sys.stdout.write(plain.to_csv(index=False, lineterminator="\n"))
        return
    records = [{k: _json_value(v) for k, v in row.items()} for row in frame.astype("object").to_dict("records")]
    if fmt == "json":
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
        return
    header = [c for c in shown if c in frame.columns] if shown else list(frame.columns)
    rows = []
    for record in records:
        if units and "value" in record:  # as a reader writes it: 2.403 bn USD, 39.3%
            record = record | {"value": format_value(record["value"], record.get("unit"))}
        rows.append(["" if record[c] is None else str(record[c]) for c in header])
    if units and "unit" in header:
        keep = [i for i, c in enumerate(header) if c != "unit"]
        header, rows = [header[i] for i in keep], [[r[i] for i in keep] for r in rows]
    sys.stdout.write(render_table(header, rows, _terminal_width()) + "\n")


def _json_value(value: object) -> object:
    """A cell as JSON takes it: empty as null, a day as ISO ``YYYY-MM-DD``, numpy numbers as Python ones."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or str(value) in ("NaT", "<NA>", "nan"):
        return None
    if hasattr(value, "date") and hasattr(value, "hour"):
        return value.date().isoformat()  # type: ignore[union-attr]
    if hasattr(value, "item"):  # numpy scalars
        return value.item()  # type: ignore[union-attr]
    return value


def _facts_frame(facts: Any, args: argparse.Namespace) -> tuple[pd.DataFrame, str]:
    """The table asked for, filtered by the table's own filter method; the filters as words."""
    tables = {**facts.tables, "happenings": facts.happenings}
    if args.table not in tables:
        raise FilterError("table", args.table, tables)
    table = tables[args.table]
    given = {name: getattr(args, name) for name in FILTERS if getattr(args, name) is not None}
    accepted = table.filter_names() if callable(table) else []
    refused = [name for name in given if name not in accepted]
    if refused:
        offered = ", ".join(f"--{n}" for n in accepted) or "none"
        raise ValueError(f"--{refused[0]} does not apply to --table {args.table} (its filters: {offered})")
    frame = table(**given) if callable(table) else table.copy()
    frame = frame[[c for c in SHOWN.get(args.table, frame.columns) if c in frame.columns]]
    words = ", ".join(f"{k}={v if isinstance(v, str) else '|'.join(v)}" for k, v in given.items())
    return frame, words


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    if args.command == "book":  # before anything imports pandas: a rebuild with nothing changed stays cheap
        from azru.book.cli import main as book_main

        return book_main(args)
    from azru.checks import check
    from azru.citations import cite
    from azru.data import load
    from azru.location import package_path
    from azru.package import rehash

    try:
        descriptor = package_path(args.data)
        if args.command == "data" and args.action == "rehash":
            changed = rehash(descriptor)
            print(f"hashes recorded; changed: {', '.join(changed) or 'none'}")
            return 0
        facts = load(args.data)  # the path as given: an error's remedy names it
        if args.command == "data":
            print(f"valid: {facts!r}")
            return 0
        if args.command == "facts":
            frame, words = _facts_frame(facts, args)
            if frame.empty:
                print(
                    f"azru: no {args.table} match {words}" if words else f"azru: {args.table} is empty", file=sys.stderr
                )
                if args.format == "table":
                    return 0
            _emit(frame, args.format, SHOWN_IN_TABLE.get(args.table), units=args.table == "measures")
            return 0
        if args.command == "check":
            findings = check(facts, today=date.today())
            if args.severity:
                order = ["error", "warning", "info"]
                findings = findings[findings["severity"].isin(order[: order.index(args.severity) + 1])]
            errors = int((findings["severity"] == "error").sum())
            if findings.empty and args.format == "table":
                print(f"no findings{' of severity ' + args.severity + ' or worse' if args.severity else ''}")
            elif args.format == "table":  # the rows involved close the message, where they wrap at a space
                rows = findings["ids"].str.replace(";", ", ")
                messages = findings["message"] + " [" + rows + "]"
                _emit(findings.assign(message=messages), "table", SHOWN_IN_TABLE["findings"])
            elif args.format == "json":  # lists as JSON arrays, not ';'-joined text
                listed = findings.astype("object").assign(
                    ids=[ids.split(";") if ids else [] for ids in findings["ids"]],
                    sources=[s.split(";") if s else [] for s in findings["sources"]],
                )
                _emit(listed, "json")
            else:
                _emit(findings, args.format)
            for line in _summary(findings):
                print(line, file=sys.stderr)
            print(f"{len(findings)} findings, {errors} errors", file=sys.stderr)
            if not findings.empty and args.format == "table":
                print(LOOK_UP_HINT, file=sys.stderr)
            return 1 if errors else 0
        if args.command == "cite":
            print(cite(facts, args.id, style=args.style))
            _note_happening(facts, args.id)
            return 0
        if args.command == "happening":
            from azru.happening import describe

            print(describe(facts, args.id, width=_terminal_width(), page=_chronology_page(facts, args.id)))
            return 0
    except DataError as exc:
        print(f"azru: bad data: {_one_line(exc)}", file=sys.stderr)
        return 1
    except (ValueError, KeyError) as exc:
        print(f"azru: {_one_line(exc.args[0] if isinstance(exc, KeyError) else exc)}", file=sys.stderr)
        return 2
    return 2


#: Printed under ``azru check``'s table: where a happening id of the findings leads.
LOOK_UP_HINT = "look up a happening: azru happening ID (its reports and code); in the book: the chronology"


def _chronology_page(facts: Any, happening_id: str) -> str | None:
    """The chronology page of the book that shows the happening (``chronology/1991-1999.html#ID``)."""
    from azru.book.chronology import page_of

    return page_of(facts, happening_id)


def _note_happening(facts: Any, identifier: str) -> None:
    """When a cited event id also names a happening told by several reports, say how to cite all of them."""
    events = facts.events
    if identifier in set(events["event_id"]) and (events["happening_id"] == identifier).sum() > 1:
        print(
            f"azru: {identifier!r} is also a happening with several reports: azru happening {identifier}",
            file=sys.stderr,
        )


def _summary(findings: pd.DataFrame) -> list[str]:
    """One line per check: how many findings of each severity (the table alone can run to hundreds of lines).

    >>> import pandas as pd
    >>> _summary(pd.DataFrame({"check": ["a", "b", "a"], "severity": ["error", "info", "warning"]}))
    ['a: 1 error, 1 warning', 'b: 1 info']
    """
    lines = []
    for name, group in findings.groupby("check", sort=True, observed=True):
        counts = group["severity"].astype(str).value_counts()
        parts = [f"{counts[s]} {s}" for s in ("error", "warning", "info") if s in counts]
        lines.append(f"{name}: {', '.join(parts)}")
    return lines


def _one_line(message: object) -> str:
    return " ".join(str(message).split())


def main_entry() -> None:
    """Console-script entry point."""
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
