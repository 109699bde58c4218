"""Reports and happenings: what happened, told once, from the rows that report it.

A row of ``events.csv`` is one source's report; rows that report the same
visit, treaty or statement share a ``happening_id``. :func:`happenings_of`
folds them into one row per happening, and :func:`dating` is the one rule for
when reports of one happening agree on its date (used by the table and by the
``event_dates`` check alike).

>>> events = pd.DataFrame({
...     "event_id": ["a", "b", "c"], "happening_id": ["treaty", "treaty", "visit"],
...     "date": ["2010-09-03", "2010-09", "2002-01-24"], "date_end": [None, None, "2002-01-26"],
...     "theme": ["border"] * 2 + ["diplomacy"], "kind": ["treaty", "treaty", "visit"],
...     "title": ["Treaty signed", "Border treaty", "State visit"],
...     "status": ["reported"] * 3, "source_id": ["kremlin", "news", "news"]})
>>> table = happenings_of(events)
>>> print(table[["happening_id", "date", "date_end", "dates_differ", "title", "n_reports"]].to_string(index=False))
happening_id       date   date_end  dates_differ         title  n_reports
       visit 2002-01-24 2002-01-26         False   State visit          1
      treaty 2010-09-03        NaN         False Treaty signed          2

"2010-09" and "2010-09-03" differ in precision only, so the treaty keeps the
day; the title comes from the first of the reports ranked best (see
:func:`report_rank`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

import pandas as pd

from azru.dates import PRECISIONS, parse_partial, precision_of
from azru.errors import DataError
from azru.package import SHARED_BY_HAPPENING, shared_value_conflict

__all__ = [
    "HAPPENING_COLUMNS",
    "SOURCE_KIND_RANK",
    "STATUS_RANK",
    "Dating",
    "dating",
    "happenings_of",
    "report_rank",
    "source_roots",
]

#: Which report of a happening speaks for it: a plain report before a claim, a claim before a denial…
STATUS_RANK = {"reported": 0, "claimed": 1, "planned": 2, "denied": 3, "disputed": 4}
#: …and, among those, a primary text before statistics, news, analysis and tertiary works.
SOURCE_KIND_RANK = {
    "official": 0,
    "treaty": 0,
    "statistics": 1,
    "dataset": 1,
    "census": 1,
    "news": 2,
    "analysis": 3,
    "encyclopedia": 4,
    "secondary": 4,
}
HAPPENING_COLUMNS = [
    "happening_id",
    "date",
    "date_end",
    "dates_differ",
    "precision",
    "theme",
    "kind",
    "title",
    "status",
    "n_reports",
    "n_sources",
    "source_ids",
    "event_ids",
    "start",
    "end",
    "year",
]


@dataclass(frozen=True)
class Dating:
    """The date of a happening: as one report gives it, or the range its reports span when they disagree."""

    date: str
    date_end: str | None
    start: date
    end: date
    differ: bool


def _ends(date_text: str, end_text: str | None) -> tuple[tuple[date, date], tuple[date, date]]:
    """The days the start may fall on and the days the end may fall on, given the precision written."""
    start = parse_partial(date_text)
    return start, parse_partial(end_text) if end_text else start


def dating(reports: Sequence[tuple[str, str | None]]) -> Dating:
    """One date for the ``(date, date_end)`` of the reports of one happening, best report first.

    Reports agree when the days each one allows for the start have one in
    common, and likewise for the end: "2010-12" and "2010-12-02" differ only
    in precision, and the most precise report gives the date. Otherwise they
    disagree and the happening spans from the earliest start to the latest end.

    >>> dating([("2010-12", None), ("2010-12-02", None)])
    Dating(date='2010-12-02', date_end=None, start=datetime.date(2010, 12, 2), end=datetime.date(2010, 12, 2), differ=False)
    >>> d = dating([("2010-10-03", None), ("2010-09-03", None)])
    >>> d.date, d.date_end, d.differ
    ('2010-09-03', '2010-10-03', True)
    >>> dating([("1997-07-03", "1997-07-04"), ("1997-07-02", "1997-07-04")]).differ  # a day apart: not precision
    True
    """
    if not reports:
        raise ValueError("no reports to date")
    spans = [_ends(d, e or None) for d, e in reports]
    agree = max(s[0][0] for s in spans) <= min(s[0][1] for s in spans) and max(s[1][0] for s in spans) <= min(
        s[1][1] for s in spans
    )
    if agree:  # the narrowest report; on a tie the first, which the caller ranks best
        width = [(s[0][1] - s[0][0]) + (s[1][1] - s[1][0]) for s in spans]
        i = width.index(min(width))
        (start, _), (_, end) = spans[i]
        return Dating(reports[i][0], reports[i][1] or None, start, end, False)
    first = min(range(len(spans)), key=lambda j: (spans[j][0][0], spans[j][0][1] - spans[j][0][0]))
    last = max(range(len(spans)), key=lambda j: (spans[j][1][1], spans[j][1][0] - spans[j][1][1]))
    end_text = reports[last][1] or reports[last][0]
    return Dating(reports[first][0], end_text, spans[first][0][0], spans[last][1][1], True)


def source_roots(sources: pd.DataFrame | None) -> dict[str, str]:
    """Each source's witness: itself, the source its ``copy_of`` chain leads to, or the original it names.

    A copy whose original is not a source row names it in ``original``; copies
    naming the same original (compared without case or spacing) are one witness.

    >>> source_roots(pd.DataFrame({"source_id": ["a", "b", "c"], "copy_of": [None, "a", "b"]}))
    {'a': 'a', 'b': 'a', 'c': 'a'}
    >>> frame = pd.DataFrame({"source_id": ["x", "y"], "copy_of": [None, None], "original": ["TASS, 10 Nov", "tass,  10 nov"]})
    >>> roots = source_roots(frame)
    >>> roots["x"] == roots["y"]
    True
    """
    if sources is None or "copy_of" not in sources:
        return {}
    parent = {s: c for s, c in zip(sources["source_id"], sources["copy_of"], strict=True) if isinstance(c, str) and c}
    named = {}
    if "original" in sources:
        named = {
            s: "original: " + " ".join(o.casefold().split())
            for s, o in zip(sources["source_id"], sources["original"], strict=True)
            if isinstance(o, str) and o.strip()
        }
    roots = {}
    for source in sources["source_id"]:
        seen, node = {source}, source
        while node in parent and parent[node] not in seen:  # a cycle stops at the last new source
            node = parent[node]
            seen.add(node)
        roots[source] = named.get(node, node)
    return roots


def _text(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def report_rank(status: str, source_kind: str, published: str) -> tuple[int, int, date]:
    """How well a report speaks for its happening (lower is better).

    A plain report before a claim or a disputed one; then an official text or
    treaty before statistics, news, analysis and encyclopedias; then the
    earliest published source (closest to the event; unknown dates last).

    >>> report_rank("reported", "official", "2010") < report_rank("reported", "news", "2009")
    True
    >>> report_rank("disputed", "official", "") > report_rank("reported", "secondary", "")
    True
    """
    when = parse_partial(published)[0] if published else date.max
    return STATUS_RANK.get(status, len(STATUS_RANK)), SOURCE_KIND_RANK.get(source_kind, len(SOURCE_KIND_RANK)), when


def happenings_of(events: pd.DataFrame, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per ``happening_id`` of an events frame, sorted by date.

    ``date``/``date_end`` come from :func:`dating` over the reports that are
    not ``disputed`` (all reports when every one is); ``dates_differ`` says
    whether those reports disagree. ``theme`` and ``kind`` are the reports'
    (a :class:`~azru.DataError` if they differ); ``title`` and ``status`` are
    those of the best report (:func:`report_rank`, which needs ``sources``
    for source kinds and publication dates). ``n_sources`` counts distinct
    sources, a source and the original it copies (``copy_of``) once.
    """
    info: Mapping[str, tuple[str, str]] = {}
    if sources is not None:
        info = {
            s: (_text(k), _text(p))
            for s, k, p in zip(sources["source_id"], sources["kind"], sources["published"], strict=True)
        }
    roots = source_roots(sources)
    rows = []
    groups: dict[str, list[dict[str, object]]] = {}
    for record in events.to_dict("records"):
        groups.setdefault(_text(record["happening_id"]), []).append(record)
    # The loader's rule (azru.package), here on a frame that may have been changed after loading.
    conflict = shared_value_conflict(
        (h, {c: _text(r[c]) for c in SHARED_BY_HAPPENING}) for h, rs in groups.items() for r in rs
    )
    if conflict is not None:
        _, happening, column, value, seen, _ = conflict
        raise DataError(
            "events",
            None,
            column,
            value,
            f"reports of happening {happening!r} have different {column}s: {seen}, {value}",
        )
    for happening, reports in groups.items():

        def rank(r: dict[str, object]) -> tuple[int, int, date]:
            kind, published = info.get(_text(r["source_id"]), ("", ""))
            return report_rank(_text(r["status"]), kind, published)

        ordered = sorted(reports, key=rank)  # stable: file order breaks ties
        counted = [r for r in ordered if r["status"] != "disputed"] or ordered
        when = dating([(_text(r["date"]), _text(r["date_end"]) or None) for r in counted])
        best = ordered[0]
        source_ids = list(dict.fromkeys(_text(r["source_id"]) for r in reports))
        rows.append(
            {
                "happening_id": happening,
                "date": when.date,
                "date_end": when.date_end,
                "dates_differ": when.differ,
                "precision": precision_of(when.date),
                "theme": best["theme"],
                "kind": best["kind"],
                "title": best["title"],
                "status": best["status"],
                "n_reports": len(reports),
                "n_sources": len({roots.get(s, s) for s in source_ids}),
                "source_ids": ";".join(sorted(source_ids)),
                "event_ids": ";".join(_text(r["event_id"]) for r in reports),
                "start": pd.Timestamp(when.start),
                "end": pd.Timestamp(when.end),
            }
        )
    table = pd.DataFrame(rows, columns=HAPPENING_COLUMNS[:-1])
    table["start"] = pd.to_datetime(table["start"]).astype("datetime64[s]")
    table["end"] = pd.to_datetime(table["end"]).astype("datetime64[s]")
    table["year"] = table["start"].dt.year.astype("Int64")
    table["dates_differ"] = table["dates_differ"].astype(bool)
    for column in ("n_reports", "n_sources"):
        table[column] = table[column].astype("int64")
    for column in ("precision", "theme", "kind", "status"):  # keep the vocabulary (categories) of the events frame
        if column in events and isinstance(events[column].dtype, pd.CategoricalDtype):
            table[column] = pd.Categorical(table[column], categories=events[column].cat.categories)
        elif column == "precision":  # one type for a column in every table: precision is a category
            table[column] = pd.Categorical(table[column], categories=PRECISIONS)
    for column in ("happening_id", "date", "date_end", "title", "source_ids", "event_ids"):
        table[column] = pd.Series(table[column].tolist(), dtype="str")
    return table.sort_values(["start", "end", "happening_id"], kind="stable").reset_index(drop=True)
