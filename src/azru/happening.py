"""One happening with everything the data says of it: its reports, its code, its register entries.

A happening (one ``happening_id``) is told by one or more rows of ``events``
(its *reports*), each citing one source. :func:`happening_records` gathers,
for every happening, its reports ordered best first (the order of
:func:`azru.reports.report_rank`, the one that picks the title and status of
:func:`azru.happenings`), its primary CAMEO coding with the code's name and
weight, and its register entries when the package has the registers. The
chronology pages of the book, ``azru happening ID`` and ``azru cite
HAPPENING_ID`` all read it from here.

>>> import azru
>>> record = happening(azru.load(), "russian-ambassador-called-to-azerbaijan-s")
>>> record.date, record.code, record.direction, record.weight
('2009-01-12', '110', 'az_to_ru', -2.0)
>>> [r.event_id for r in record.reports]
['seed-ambassador-summoned-2009']
>>> print(cite_happening(azru.load(), "russian-ambassador-called-to-azerbaijan-s"))  # doctest: +ELLIPSIS
Wikipedia (Wikimedia Foundation). Encyclopedia article on Azerbaijan–Russia relations ... (accessed 2026-11-28).
"""

from __future__ import annotations

import difflib
import textwrap
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from azru.data import Facts

__all__ = [
    "DIRECTION_WORDS",
    "WEIGHTS",
    "HappeningRecord",
    "RegisterEntry",
    "Report",
    "cite_happening",
    "describe",
    "happening",
    "happening_records",
    "is_link",
    "lookup_error",
    "table",
]

#: The weight table the chronology shows (the one the project's index uses; data/CODING.md).
WEIGHTS = "icews"
DIRECTION_WORDS = {"az_to_ru": "Azerbaijan → Russia", "ru_to_az": "Russia → Azerbaijan", "both": "both sides"}


def _text(value: object) -> str:
    """A cell as text: '' for empty (None, NaN, NA), else ``str``, newlines folded into spaces."""
    if value is None:
        return ""
    try:
        import pandas as pd

        if pd.isna(value):  # type: ignore[call-overload]
            return ""
    except (TypeError, ValueError):
        pass
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")  # type: ignore[union-attr]
    return " ".join(str(value).split())


def is_link(url: str) -> bool:
    """Whether a source's ``url`` may become a link: only ``http://`` and ``https://`` addresses do.

    >>> is_link("https://kremlin.ru/x"), is_link(" HTTP://a.b"), is_link("javascript:alert(1)"), is_link("data:x")
    (True, True, False, False)
    """
    return url.strip().lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Report:
    """One row of ``events`` (one source's report of the happening) with its source's details."""

    event_id: str
    date: str
    date_end: str
    status: str
    title: str
    summary: str
    source_id: str
    publisher: str
    source_title: str
    url: str
    published: str
    accessed: str


@dataclass(frozen=True)
class RegisterEntry:
    """One entry of a register (``register_entries``) that lists the happening."""

    register_id: str
    register_title: str
    title: str
    date: str
    source_id: str


@dataclass(frozen=True)
class HappeningRecord:
    """A happening as the chronology shows it; ``reports`` best first, ``summary`` the best report's."""

    happening_id: str
    date: str
    date_end: str
    year: int
    theme: str
    kind: str
    status: str
    title: str
    summary: str
    reports: tuple[Report, ...]
    code: str = ""
    code_name: str = ""
    direction: str = ""
    weight: float | None = None
    coding_note: str = ""
    registers: tuple[RegisterEntry, ...] = ()

    @property
    def best(self) -> Report:
        return self.reports[0]


def _register_entries(facts: Facts) -> dict[str, list[RegisterEntry]]:
    """Register entries by happening, when the package has ``register_entries`` (else none)."""
    entries = facts.tables.get("register_entries")
    if entries is None or "happening_id" not in entries.columns:
        return {}
    registers = facts.tables.get("registers")
    titles: dict[str, str] = {}
    if registers is not None and {"register_id", "title"} <= set(registers.columns):
        titles = {_text(i): _text(t) for i, t in zip(registers["register_id"], registers["title"], strict=True)}
    found: dict[str, list[RegisterEntry]] = {}
    for row in entries.to_dict("records"):
        register = _text(row.get("register_id"))
        entry = RegisterEntry(
            register_id=register,
            register_title=titles.get(register, register),
            title=_text(row.get("list_title", row.get("title"))),  # as the register's list gives them
            date=_text(row.get("list_date", row.get("date"))),
            source_id=_text(row.get("source_id")),
        )
        found.setdefault(_text(row["happening_id"]), []).append(entry)
    return found


def _codings(facts: Facts, weights: str) -> dict[str, tuple[str, str, str, float | None, str]]:
    """happening_id -> (code, code name, direction, weight, note) of the primary coder."""
    codings = facts.codings
    if codings is None or codings.empty:
        return {}
    if "coder" in codings.columns:
        codings = codings[codings["coder"].astype(str) == "primary"]
    codes = facts.tables.get("cameo_codes")
    names: dict[str, str] = {}
    weight_of: dict[str, float] = {}
    if codes is not None:
        names = {_text(c): _text(n) for c, n in zip(codes["code"], codes["name"], strict=True)}
        column = f"goldstein_{weights}"
        if column in codes.columns:
            weight_of = {_text(c): float(w) for c, w in zip(codes["code"], codes[column], strict=True) if _text(w)}
    found = {}
    for row in codings.to_dict("records"):
        code = _text(row["cameo_code"])
        found[_text(row["happening_id"])] = (
            code,
            names.get(code, ""),
            _text(row["direction"]),
            weight_of.get(code),
            _text(row.get("note")),
        )
    return found


def happening_records(facts: Facts, weights: str = WEIGHTS) -> list[HappeningRecord]:
    """Every happening of ``facts``, in the order of :func:`azru.happenings` (by date), with all it has."""
    from azru.reports import report_rank

    sources = {_text(row["source_id"]): row for row in facts.sources.to_dict("records")}
    by_happening: dict[str, list[dict[str, Any]]] = {}
    for row in facts.events.to_dict("records"):
        by_happening.setdefault(_text(row["happening_id"]), []).append(row)
    codings = _codings(facts, weights)
    registers = _register_entries(facts)
    records = []
    for row in facts.happenings.to_dict("records"):
        happening_id = _text(row["happening_id"])

        def rank(report: dict[str, Any]) -> Any:
            source = sources.get(_text(report["source_id"]), {})
            return report_rank(_text(report["status"]), _text(source.get("kind")), _text(source.get("published")))

        reports = []
        for report in sorted(by_happening[happening_id], key=rank):  # stable: file order breaks ties
            source = sources.get(_text(report["source_id"]), {})
            reports.append(
                Report(
                    event_id=_text(report["event_id"]),
                    date=_text(report["date"]),
                    date_end=_text(report["date_end"]),
                    status=_text(report["status"]),
                    title=_text(report["title"]),
                    summary=_text(report.get("summary")),
                    source_id=_text(report["source_id"]),
                    publisher=_text(source.get("publisher")),
                    source_title=_text(source.get("title")),
                    url=_text(source.get("url")),
                    published=_text(source.get("published")),
                    accessed=_text(source.get("accessed")),
                )
            )
        code, name, direction, weight, note = codings.get(happening_id, ("", "", "", None, ""))
        records.append(
            HappeningRecord(
                happening_id=happening_id,
                date=_text(row["date"]),
                date_end=_text(row["date_end"]),
                year=int(row["year"]),
                theme=_text(row["theme"]),
                kind=_text(row["kind"]),
                status=_text(row["status"]),
                title=_text(row["title"]),
                summary=reports[0].summary,
                reports=tuple(reports),
                code=code,
                code_name=name,
                direction=direction,
                weight=weight,
                coding_note=note,
                registers=tuple(registers.get(happening_id, ())),
            )
        )
    return records


def lookup_error(identifier: str, known: list[str], what: str = "happening") -> KeyError:
    """A KeyError naming the unknown id and the closest known ones.

    >>> lookup_error("visit-2008", ["visit-2009", "treaty-1997"]).args[0]
    "no happening with id 'visit-2008' (did you mean 'visit-2009'?)"
    """
    close = difflib.get_close_matches(identifier, known, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    return KeyError(f"no {what} with id {identifier!r}{hint}")


def happening(facts: Facts, happening_id: str, weights: str = WEIGHTS) -> HappeningRecord:
    """The one happening ``happening_id``; KeyError (naming close ids) when there is none."""
    records = {r.happening_id: r for r in happening_records(facts, weights)}
    if happening_id not in records:
        raise lookup_error(happening_id, list(records))
    return records[happening_id]


def cite_happening(facts: Facts, happening_id: str, style: str = "text") -> str:
    """The citation of a happening: its best report's source, then "Also reported by" the other sources.

    ``style`` is one of :data:`azru.citations.STYLES`; in BibTeX the others
    follow as entries of their own after a comment line.
    """
    from azru.citations import cite

    record = happening(facts, happening_id)
    first = cite(facts, record.best.source_id, style)
    others = list(dict.fromkeys(r.source_id for r in record.reports[1:] if r.source_id != record.best.source_id))
    if not others:
        return first
    cited = [cite(facts, source_id, style) for source_id in others]
    if style == "bibtex":
        return "\n".join([first, "% Also reported by:", *cited])
    return "\n".join([first, "Also reported by:", *(f"- {c}" for c in cited)])


def _weight_text(weight: float | None) -> str:
    return "no weight" if weight is None else f"{weight:+.1f}"


def describe(facts: Facts, happening_id: str, width: int = 100, page: str | None = None) -> str:
    """One happening as text for a terminal: what, when, status, code, registers and every report.

    ``page`` is where the book's chronology shows it (printed last, when given).
    """
    from azru.citations import cite

    record = happening(facts, happening_id)
    indent = "    "

    def para(text: str, prefix: str = "") -> list[str]:
        # Never inside an address or an id: a URL broken at its hyphens would not work when copied.
        lines = textwrap.wrap(
            text, width, initial_indent=prefix, subsequent_indent=indent, break_on_hyphens=False, break_long_words=False
        )
        return lines or [prefix.rstrip()]

    when = record.date + (f" to {record.date_end}" if record.date_end else "")
    lines = [record.happening_id, *para(f"{when}  {record.title}")]
    lines += para(f"status {record.status} · theme {record.theme} · kind {record.kind}")
    if record.status != "reported":
        meaning = facts.vocabulary.definition("events", "status", record.status)
        lines += para(f"{record.status}: {meaning}", indent)
    if record.summary:
        lines += para(record.summary, indent)
    if record.code:
        direction = DIRECTION_WORDS.get(record.direction, record.direction)
        lines += para(
            f"code {record.code} {record.code_name} · {direction} · weight {_weight_text(record.weight)} "
            f"({WEIGHTS.upper()}); rule: data/CODING.md"
        )
        if record.coding_note:
            lines += para(f"coding note: {record.coding_note}", indent)
    else:
        lines.append("not coded yet")
    for entry in record.registers:
        dated = f" ({entry.date})" if entry.date else ""
        lines += para(f"register {entry.register_title}: {entry.title}{dated}")
    lines.append(f"reports ({len(record.reports)}, best first):")
    for number, report in enumerate(record.reports, 1):
        dated = report.date + (f" to {report.date_end}" if report.date_end else "")
        lines += para(f"{dated}  [{report.status}]  {report.title}", f"{number:>2}. ")
        lines += para(cite(facts, report.source_id), indent)
        lines.append(f"{indent}azru cite {report.event_id}")
    if page:
        lines.append(f"in the book: {page}")
    return "\n".join(lines)


def table(facts: Facts) -> pd.DataFrame:
    """One row per happening with its code, weight, reports and sources (the chronology's CSV)."""
    import pandas as pd

    rows = []
    for record in happening_records(facts):
        rows.append(
            {
                "happening_id": record.happening_id,
                "date": record.date,
                "date_end": record.date_end,
                "year": record.year,
                "theme": record.theme,
                "kind": record.kind,
                "status": record.status,
                "title": record.title,
                "summary": record.summary,
                "cameo_code": record.code,
                "cameo_name": record.code_name,
                "direction": record.direction,
                f"goldstein_{WEIGHTS}": record.weight,
                "n_reports": len(record.reports),
                "event_ids": ";".join(r.event_id for r in record.reports),
                "source_ids": ";".join(dict.fromkeys(r.source_id for r in record.reports)),
                "publishers": ";".join(dict.fromkeys(r.publisher for r in record.reports)),
                "urls": " ".join(dict.fromkeys(r.url for r in record.reports)),
            }
        )
    return pd.DataFrame(rows)
