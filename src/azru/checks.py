"""Consistency checks: where the sources disagree with each other or themselves.

Each check takes a :class:`~azru.data.Facts` and returns findings; :func:`check`
runs them all and returns one DataFrame with the columns ``check``,
``severity`` (``error`` for broken data, ``warning`` for a source that errs
or disagrees, ``info`` for a note), ``ids`` (the rows involved, ``;``-joined),
``sources`` (their sources) and ``message``.

The checks work on DataFrames, so they also catch problems planted in a
frame after loading (the loader itself refuses such problems in files).

>>> import azru
>>> findings = check(azru.load())
>>> conversion = findings[findings["check"] == "unit_conversion"]
>>> print(conversion["message"].iloc[0])  # doctest: +ELLIPSIS
border_length_agreed 2008-01-30: 336.5 km stated with 301.1 mi, but 336.5 km = 209.1 mi (301.1 mi = 484.6 km)...
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

import pandas as pd

from azru.data import Facts
from azru.dates import parse_partial, range_text
from azru.formatting import format_value
from azru.package import LIST_REFERENCES
from azru.reports import dating, source_roots
from azru.trade import growth_pairs
from azru.units import KM_PER_MILE
from azru.vocabulary import Vocabulary

__all__ = [
    "CHECKS",
    "FINDING_COLUMNS",
    "Finding",
    "check",
    "copied_sources",
    "dangling_ids",
    "dates_in_range",
    "duplicate_ids",
    "event_dates",
    "growth_rates",
    "parts_and_totals",
    "person_names",
    "rounding_halfwidth",
    "same_quantity",
    "seed_figures_matched",
    "unit_conversions",
]

FINDING_COLUMNS = ["check", "severity", "ids", "sources", "message"]
EARLIEST = date(1991, 1, 1)


@dataclass(frozen=True)
class Finding:
    """One thing a reader should know about the data."""

    check: str
    severity: str
    ids: tuple[str, ...]
    sources: tuple[str, ...]
    message: str


def check(facts: Facts, only: Iterable[str] | None = None, today: date | None = None) -> pd.DataFrame:
    """Run every check (or those named in ``only``) on ``facts`` and return the findings, errors first.

    ``today`` is passed to :func:`dates_in_range` (no check reads the clock).
    :func:`azru.check` is the same on the package :func:`azru.load` picks.
    """
    wanted = set(only) if only is not None else set(CHECKS)
    unknown = wanted - set(CHECKS)
    if unknown:
        raise ValueError(f"unknown checks: {', '.join(sorted(unknown))}; known: {', '.join(CHECKS)}")
    found = [
        f
        for name, run in CHECKS.items()
        if name in wanted
        for f in (run(facts, today) if run is dates_in_range else run(facts))
    ]
    frame = pd.DataFrame(
        [
            {
                "check": f.check,
                "severity": f.severity,
                "ids": ";".join(f.ids),
                "sources": ";".join(dict.fromkeys(f.sources)),
                "message": f.message,
            }
            for f in found
        ],
        columns=FINDING_COLUMNS,
    )
    frame["severity"] = pd.Categorical(frame["severity"], categories=["error", "warning", "info"])
    return frame.sort_values(["severity", "check", "ids"], kind="stable").reset_index(drop=True)


def rounding_halfwidth(value: float) -> float:
    """Half a unit of the last digit a source would have written: how far rounding may have moved a value.

    Large values are read as sources write them, in thousands, millions or
    billions ("2.5 bn", "10 million", "15 thousand"), so 10,000,000 was written
    "10" and is taken to within half a million, not half of ten million.

    >>> rounding_halfwidth(2403000000.0)  # 2.403 bn
    500000.0
    >>> rounding_halfwidth(10000000.0)  # 10 million
    500000.0
    >>> rounding_halfwidth(39.3), rounding_halfwidth(90.0)
    (0.05, 0.5)
    >>> rounding_halfwidth(0.0)
    0.0
    """
    if value == 0 or not math.isfinite(value):
        return 0.0
    size = abs(value)
    scale = 1e9 if size >= 1e9 else 1e6 if size >= 1e6 else 1e3 if size >= 1e4 else 1.0
    written = f"{size / scale:.9f}".rstrip("0").rstrip(".")
    decimals = len(written.partition(".")[2])
    return 0.5 * 10.0**-decimals * scale


def unit_conversions(facts: Facts) -> list[Finding]:
    """Lengths stated together (same source, quantity and period) in km and miles that do not convert to each other.

    The message also weighs the likeliest slip. When the same source states, for the same
    period, a percentage that the smaller number is of the larger one (both read in km), the
    two numbers fit best as a part and its whole in kilometres: the unit "miles" is then the
    likelier error, not the conversion (the seed's "301.1 miles (336.5 km), ... 90%" reads as
    301.1 km agreed of a 336.5 km border, 89.5 %).
    """
    found = []
    lengths = _records(facts.measures[facts.measures["unit"].isin(["km", "mi"])])
    shares = facts.measures[facts.measures["unit"] == "percent"]
    for group in _group(lengths, "indicator", "period", "source_id", "event_id", "subject").values():
        for km in (r for r in group if r["unit"] == "km"):
            for mi in (r for r in group if r["unit"] == "mi"):
                as_mi = km["value"] / KM_PER_MILE
                tolerance = rounding_halfwidth(mi["value"]) + rounding_halfwidth(km["value"]) / KM_PER_MILE
                if abs(as_mi - mi["value"]) > tolerance:
                    stated = shares[(shares["source_id"] == km["source_id"]) & (shares["period"] == km["period"])]
                    message = (
                        f"{km['indicator']} {km['period']}: {km['value']:g} km stated with {mi['value']:g} mi, "
                        f"but {km['value']:g} km = {as_mi:.1f} mi ({mi['value']:g} mi = {mi['value'] * KM_PER_MILE:.1f} km); "
                        f"the ratio {km['value'] / mi['value']:.3f} is not {KM_PER_MILE}"
                    )
                    found.append(
                        Finding(
                            "unit_conversion",
                            "warning",
                            (km["measure_id"], mi["measure_id"]),
                            (km["source_id"], mi["source_id"]),
                            message + _part_of_whole(km["value"], mi["value"], stated),
                        )
                    )
    return found


def _part_of_whole(km: float, mi: float, shares: pd.DataFrame) -> str:
    """The reading of two unconvertible lengths as a part and its whole in km, if a stated share fits it."""
    part, whole = sorted((km, mi))
    ratio = part / whole * 100
    fitting = [s for s in shares["value"] if abs(s - ratio) <= rounding_halfwidth(s) + 1]
    if not fitting:
        return ""
    return (
        f". Read both in km, {part:g} is {ratio:.1f}% of {whole:g}, which fits the {fitting[0]:g}% the same source "
        f"states: most likely {part:g} km out of {whole:g} km, the unit 'mi' being the slip, not the conversion"
    )


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    """Rows as plain dicts with empty cells as "" (the checks loop in Python: a few hundred rows)."""
    plain = frame.astype({c: "object" for c in frame.columns if c not in ("value", "start", "end", "year")})
    return [
        {k: ("" if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)) else v) for k, v in row.items()}
        for row in plain.to_dict("records")
    ]


def _group(rows: list[dict[str, object]], *keys: str) -> dict[tuple[object, ...], list[dict[str, object]]]:
    groups: dict[tuple[object, ...], list[dict[str, object]]] = {}
    for row in rows:
        groups.setdefault(tuple(row[k] for k in keys), []).append(row)
    return dict(sorted(groups.items(), key=lambda item: tuple(str(k) for k in item[0])))


TRADE_LEVELS = ("trade_turnover", "exports", "imports")


def parts_and_totals(facts: Facts) -> list[Finding]:
    """Trade turnover that is not the sum of the two flows stated by the same source, reporter and period."""
    found = []
    m = facts.measures
    rows = _records(m[m["indicator"].isin(TRADE_LEVELS) & (m["unit"] == "USD") & ~m["bound"] & m["period"].notna()])
    for (period, source, _reporter), group in _group(rows, "period", "source_id", "reporter").items():
        totals = [r for r in group if r["indicator"] == "trade_turnover"]
        parts = [r for r in group if r["indicator"] != "trade_turnover"]
        flows = {r["flow"] or r["indicator"] for r in parts}
        if not totals or len(parts) != 2 or len(flows) != 2:
            continue
        part_sum = sum(r["value"] for r in parts)
        tolerance = sum(rounding_halfwidth(r["value"]) for r in parts)
        for total in totals:
            if abs(part_sum - total["value"]) > tolerance + rounding_halfwidth(total["value"]):
                found.append(
                    Finding(
                        "parts_and_totals",
                        "warning",
                        (total["measure_id"], *(r["measure_id"] for r in parts)),
                        (source,),
                        f"{period}: the parts ({' + '.join(format_value(r['value'], 'USD') for r in parts)} = {format_value(part_sum, 'USD')}) "
                        f"do not add up to the stated turnover {format_value(total['value'], 'USD')}",
                    )
                )
    return found


def growth_rates(facts: Facts) -> list[Finding]:
    """Stated growth rates checked against levels for the year before.

    Two tests: (1) a rate and a level from one source imply last year's level;
    where one source gives the total and its parts, the implied levels must
    add up too; (2) where the same reporter states levels for consecutive
    years, the growth computed from them must match the stated rate, allowing
    for rounding and for the margin of an "about" level. Rates and levels are
    paired by :func:`azru.trade.growth_pairs`, the one pairing rule in the package.
    """
    found: list[Finding] = []
    vocab = facts.vocabulary
    m = facts.measures
    growth_of = vocab.growth_of
    relevant = m["indicator"].isin([*growth_of, *growth_of.values()])
    annual = _records(m[relevant & (m["period_kind"] == "year") & ~m["bound"]])
    rates = [r for r in annual if r["indicator"] in growth_of]
    levels = [r for r in annual if r["indicator"] in growth_of.values() and r["unit"] == "USD"]
    total_rate = vocab.levels_with_rates.get(TRADE_LEVELS[0])
    # (1) implied previous-year levels, one source
    by_source = _group(levels, "year", "source_id", "indicator", "flow")
    for (year, source), group in _group(rates, "year", "source_id").items():
        implied = {}
        for rate in group:
            match = by_source.get((year, source, growth_of[rate["indicator"]], rate["flow"]), [])
            if len(match) == 1:
                level = match[0]
                implied[rate["indicator"], rate["flow"]] = (
                    level["value"] / (1 + rate["value"] / 100),
                    level["measure_id"],
                    rate["measure_id"],
                )
        total = [v for (name, _), v in implied.items() if name == total_rate]
        parts = [v for (name, _), v in implied.items() if name != total_rate]
        if len(total) == 1 and len(parts) == 2:
            prev_total = total[0][0]
            prev_parts = sum(p[0] for p in parts)
            ids = (total[0][1], total[0][2], *(i for p in parts for i in p[1:]))
            gap = abs(prev_total - prev_parts) / prev_total
            message = (
                f"{year}: the growth rates imply {int(year) - 1} turnover {format_value(prev_total, 'USD')} "
                f"and parts summing to {format_value(prev_parts, 'USD')} (gap {gap:.2%})"
            )
            found.append(Finding("growth_rates", "info" if gap < 0.005 else "warning", ids, (source,), message))
    # (2) stated rate vs rate computed from the same reporter's levels of consecutive years
    sources = dict(zip(m["measure_id"], m["source_id"], strict=True))
    pairs = growth_pairs(m, vocab)
    for pair in pairs[pairs["computed"].notna()].itertuples(index=False):
        a_lo, a_hi = vocab.interval(pair.previous, pair.previous_qualifier, rounding_halfwidth(pair.previous))
        b_lo, b_hi = vocab.interval(pair.current, pair.current_qualifier, rounding_halfwidth(pair.current))
        low, high = (b_lo / a_hi - 1) * 100, (b_hi / a_lo - 1) * 100 if a_lo > 0 else math.inf
        half = rounding_halfwidth(pair.stated)
        if pair.stated + half < low or pair.stated - half > high:
            rate_name = vocab.levels_with_rates[pair.indicator]
            found.append(
                Finding(
                    "growth_rates",
                    "warning",
                    (pair.stated_id, pair.previous_id, pair.current_id),
                    (pair.stated_source, sources[pair.previous_id], sources[pair.current_id]),
                    f"{rate_name} {pair.year} ({pair.reporter}): stated {pair.stated:g}%, but the levels "
                    f"{format_value(pair.previous, 'USD')} ({pair.year - 1}) and {format_value(pair.current, 'USD')} "
                    f"({pair.year}) give {pair.computed:.1f}% (between {low:.1f}% and {high:.1f}% allowing for rounding"
                    f"{' and about' if 'about' in (pair.previous_qualifier, pair.current_qualifier) else ''})",
                )
            )
    return found


def _compatible(a: dict[str, object], b: dict[str, object], vocab: Vocabulary) -> bool:
    """Whether two stated values can describe the same quantity, given qualifiers (:meth:`Vocabulary.interval`) and rounding."""
    lo_a, hi_a = vocab.interval(float(a["value"]), a["qualifier"], rounding_halfwidth(float(a["value"])))
    lo_b, hi_b = vocab.interval(float(b["value"]), b["qualifier"], rounding_halfwidth(float(b["value"])))
    return lo_a <= hi_b and lo_b <= hi_a


# Quantities that do not change with time: every source's value is compared, whatever period it names.
TIMELESS_INDICATORS = frozenset({"border_length", "border_length_land", "border_length_sea", "border_length_river"})


def same_quantity(facts: Facts) -> list[Finding]:
    """The same quantity (indicator, period, flow, unit, subject) given different values by different sources.

    Undated values are compared only for quantities that do not change with
    time (the border's length); two undated growth rates may be of different years.
    """
    found = []
    rows = _records(facts.measures)
    for row in rows:
        if row["indicator"] in TIMELESS_INDICATORS:
            row["period"] = "any date"
    for values, group in _group(rows, "indicator", "period", "flow", "unit", "subject").items():
        if values[1] == "" or len({r["source_id"] for r in group}) < 2:
            continue
        clash = [
            (a, b)
            for i, a in enumerate(group)
            for b in group[i + 1 :]
            if a["source_id"] != b["source_id"] and not _compatible(a, b, facts.vocabulary)
        ]
        if not clash:
            continue
        indicator, period, flow, unit, subject = values
        label = " ".join(str(x) for x in (indicator, period, flow, subject and f"[{subject}]") if x)
        stated = "; ".join(
            f"{str(r['qualifier']).replace('_', ' ') + ' ' if r['qualifier'] != 'exact' else ''}{format_value(r['value'], str(unit))} ({r['reporter']}, {r['source_id']})"
            for r in group
        )
        found.append(
            Finding(
                "same_quantity",
                "warning",
                tuple(sorted({r["measure_id"] for pair in clash for r in pair})),
                tuple(sorted({r["source_id"] for pair in clash for r in pair})),
                f"{label}: sources disagree: {stated}",
            )
        )
    return found


SEED_SOURCE = "wikipedia-az-ru-relations"
#: For a flow: the country the goods leave and the country they enter.
FLOW_ENDS = {"az_to_ru": ("Azerbaijan", "Russia"), "ru_to_az": ("Russia", "Azerbaijan")}
_OTHER_FLOW = {"az_to_ru": "ru_to_az", "ru_to_az": "az_to_ru"}
_OTHER_LEVEL = {"imports": "exports", "exports": "imports"}


def _side(indicator: object, flow: object) -> tuple[str, str]:
    """Whose figure a directed exports/imports row is (the exporter's or the importer's) and the partner."""
    origin, destination = FLOW_ENDS[str(flow)]
    return (destination, origin) if indicator == "imports" else (origin, destination)


def _flow_words(indicator: object, flow: object) -> str:
    """``Russia's imports from Azerbaijan`` for imports with flow az_to_ru."""
    who, partner = _side(indicator, flow)
    return f"{who}'s {indicator} {'from' if indicator == 'imports' else 'to'} {partner}"


def seed_figures_matched(facts: Facts) -> list[Finding]:
    """Seed trade figures of unstated origin that a data set's directed figure matches within rounding.

    The seed article gives exports and imports for 2008 without saying whose
    statistics or which way. Where a data set (a source of kind ``dataset``)
    gives the same indicator for the same year with a direction, and the two
    values agree within their rounding (each to half a unit of its last
    written digit, see :func:`rounding_halfwidth`), the finding names both
    rows, the data set's reporter and direction, and what the match suggests
    about the seed's other flow: the seed then fits one side's statistics.
    That is an inference from a numerical match, not something either source
    states, and the message says so. Severity ``info``.

    >>> import azru
    >>> found = seed_figures_matched(azru.load())
    >>> [f.ids for f in found]
    [('seed-imports-2008', 'cow-trade-ru-imports-2008')]
    >>> print(found[0].message)  # doctest: +ELLIPSIS
    imports 2008: the seed's 411.4 mn USD (seed-imports-2008, direction not stated) matches ... 411 mn USD ...
    """
    found: list[Finding] = []
    kinds = facts.sources.assign(kind=facts.sources["kind"].astype(str)).set_index("source_id")["kind"]
    datasets = set(kinds[kinds == "dataset"].index)
    titles = facts.sources.set_index("source_id")["title"]
    m = facts.measures
    rows = _records(
        m[
            m["indicator"].isin(list(_OTHER_LEVEL))
            & (m["unit"] == "USD")
            & m["period"].notna()
            & m["qualifier"].isin(["exact", "about"])
        ]
    )
    seed = [r for r in rows if r["source_id"] == SEED_SOURCE]
    data = [r for r in rows if r["source_id"] in datasets and r["flow"] in FLOW_ENDS]
    for s in seed:
        for d in data:
            same = d["indicator"] == s["indicator"] and d["period"] == s["period"] and s["flow"] in ("", d["flow"])
            if not same or not _compatible(s, d, facts.vocabulary):
                continue
            indicator, period = str(s["indicator"]), str(s["period"])
            who, partner = _side(indicator, d["flow"])
            title = str(titles.get(d["source_id"], d["source_id"])).split(":")[0]
            message = (
                f"{indicator} {period}: the seed's {format_value(s['value'], 'USD')} ({s['measure_id']}, direction "
                f"{'not stated' if not s['flow'] else 'stated'}) matches {d['measure_id']} within rounding: "
                f"{_flow_words(indicator, d['flow'])}, {format_value(d['value'], 'USD')} (reporter {d['reporter']}, "
                f"flow {d['flow']}; {title}). The seed's {indicator} figure fits {who}'s side"
            )
            other_level = _OTHER_LEVEL[indicator]
            twins = [r for r in seed if r["indicator"] == other_level and r["period"] == period]
            if twins:
                stated = ", ".join(f"{r['measure_id']}, {format_value(r['value'], 'USD')}" for r in twins)
                message += (
                    f"; its {other_level} figure ({stated}) "
                    f"would then fit {who}'s {other_level} {'to' if other_level == 'exports' else 'from'} {partner} "
                    f"by {who}'s statistics"
                )
            mirror = [
                r
                for r in data
                if r["source_id"] == d["source_id"]
                and r["indicator"] == indicator
                and r["period"] == period
                and r["flow"] == _OTHER_FLOW[str(d["flow"])]
            ]
            if mirror and twins:
                message += (
                    f" (the same data set gives {_flow_words(indicator, mirror[0]['flow'])} as "
                    f"{format_value(mirror[0]['value'], 'USD')}, {mirror[0]['measure_id']}: the other side's mirror "
                    "figure for those goods)"
                )
            message += ". An inference from a numerical match: the article does not say whose statistics it gives."
            found.append(
                Finding(
                    "seed_figures_matched",
                    "info",
                    (str(s["measure_id"]), str(d["measure_id"])),
                    (str(s["source_id"]), str(d["source_id"])),
                    message,
                )
            )
    return found


def _span_text(row: dict[str, object]) -> str:
    return f"{range_text(str(row['date']), row['date_end'])} ({row['source_id']})"


def event_dates(facts: Facts) -> list[Finding]:
    """Reports of one happening (same ``happening_id``) that date it differently.

    A ``warning`` where the reports that count (those not ``disputed``)
    disagree; ``info`` where they differ only in precision ("2010-12" and
    "2010-12-02") or where only a disputed report gives another date. The
    rule is :func:`azru.reports.dating`, the one the happenings table uses.
    """
    found = []
    titles = dict(zip(facts.happenings["happening_id"], facts.happenings["title"], strict=True))
    for (happening,), group in _group(_records(facts.events), "happening_id").items():
        if len({(r["date"], r["date_end"]) for r in group}) < 2:
            continue
        counted = [r for r in group if r["status"] != "disputed"] or group
        set_aside = [r for r in group if r not in counted]
        when = dating([(str(r["date"]), str(r["date_end"]) or None) for r in counted])
        if when.differ:
            severity, what = "warning", "sources give different dates"
        elif len({(r["date"], r["date_end"]) for r in counted}) > 1:
            severity, what = "info", "the dates differ in precision only"
        else:
            severity, what = "info", "only a disputed report gives another date"
        dated = range_text(when.date, when.date_end)
        message = f"{happening} ({titles.get(happening, group[0]['title'])}): {what}: " + "; ".join(
            _span_text(r) for r in counted
        )
        if set_aside:
            message += "; set aside as disputed: " + "; ".join(_span_text(r) for r in set_aside)
        message += f"; the happening is dated {dated}"
        found.append(
            Finding(
                "event_dates",
                severity,
                tuple(str(r["event_id"]) for r in group),
                tuple(str(r["source_id"]) for r in group),
                message,
            )
        )
    return found


def _publisher_key(name: object) -> str:
    """A publisher's name compared loosely: case, a leading "www." and a parenthesised note do not count."""
    text = re.sub(r"\(.*?\)", "", str(name)).strip().casefold()
    return text.removeprefix("www.")


def _statements(facts: Facts) -> dict[str, dict[tuple[object, ...], list[str]]]:
    """What each source's rows state: a figure (indicator, period, value, unit, flow) or an event (its happening)."""
    said: dict[str, dict[tuple[object, ...], list[str]]] = {}
    m = facts.measures
    for row in _records(m[["measure_id", "indicator", "period", "value", "unit", "flow", "source_id"]]):
        key = ("measure", row["indicator"], row["period"], row["value"], row["unit"], row["flow"])
        said.setdefault(str(row["source_id"]), {}).setdefault(key, []).append(str(row["measure_id"]))
    for row in _records(facts.events[["event_id", "happening_id", "source_id"]]):
        key = ("event", row["happening_id"])
        said.setdefault(str(row["source_id"]), {}).setdefault(key, []).append(str(row["event_id"]))
    return said


# How titles and notes describe a copy of another page (lower case on purpose: "Mirror-Spectator" is a paper).
_COPY_WORDS = re.compile(
    r"\brepost\w*|\bmirror\b|\bsyndicated\b|\brepublish\w*|machine[- ]translat\w*|\bproxied copy\b|\breproduc\w*"
)


def copied_sources(facts: Facts) -> list[Finding]:
    """Sources that copy another: one statement, not two confirmations.

    ``info`` for each source marked ``copy_of`` another, naming both and the
    rows that cite either. ``warning`` for two unmarked sources of one
    publisher with the same title at different URLs whose rows state the same
    figure or report the same happening: most likely one article posted
    twice, to be marked with ``copy_of``. ``warning`` for a source whose title
    or notes call it a repost, mirror, syndicated or machine-translated copy
    but that names neither ``copy_of`` nor ``original``: it would be counted
    as a witness of its own.
    """
    found = []
    columns = ["source_id", "title", "publisher", "url", "copy_of", "original", "notes"]
    sources = _records(facts.sources[[c for c in columns if c in facts.sources]])
    for source in sources:
        described = f"{source['title']} {source.get('notes', '')}"
        if _COPY_WORDS.search(described) and not source["copy_of"] and not source.get("original"):
            found.append(
                Finding(
                    "copied_sources",
                    "warning",
                    (),
                    (str(source["source_id"]),),
                    f"{source['source_id']} is described as a copy ({_COPY_WORDS.search(described).group(0)!r}) "
                    "but names no copy_of or original: it counts as a witness of its own",
                )
            )
    said = _statements(facts)
    cited = {s: [i for ids in rows.values() for i in ids] for s, rows in said.items()}
    roots = source_roots(facts.sources)
    for source in sources:
        original = source["copy_of"]
        if not original:
            continue
        rows = cited.get(str(source["source_id"]), []) + cited.get(str(original), [])
        shared = sorted(set(said.get(str(source["source_id"]), {})) & set(said.get(str(original), {})), key=str)
        found.append(
            Finding(
                "copied_sources",
                "info",
                tuple(rows),
                (str(source["source_id"]), str(original)),
                f"{source['source_id']} copies {original}: what both state counts once"
                + (f" ({len(shared)} statement{'s' if len(shared) != 1 else ''} in both)" if shared else "")
                + f"; rows citing them: {', '.join(rows) or 'none'}",
            )
        )
    candidates: dict[tuple[str, str], list[dict[str, object]]] = {}
    for source in sources:
        title = " ".join(str(source["title"]).casefold().split())
        candidates.setdefault((_publisher_key(source["publisher"]), title), []).append(source)
    for group in candidates.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                a_id, b_id = str(a["source_id"]), str(b["source_id"])
                if a["url"] == b["url"] or roots.get(a_id, a_id) == roots.get(b_id, b_id):
                    continue  # the same URL is duplicate_ids' finding; a marked copy is reported above
                shared = sorted(set(said.get(a_id, {})) & set(said.get(b_id, {})), key=str)
                if not shared:
                    continue
                rows = tuple(row for key in shared for s in (a_id, b_id) for row in said[s][key])
                found.append(
                    Finding(
                        "copied_sources",
                        "warning",
                        rows,
                        (a_id, b_id),
                        f"{a_id} and {b_id}: one publisher ({a['publisher']}), one title, two URLs, and "
                        f"{len(shared)} statement{'s' if len(shared) != 1 else ''} in common ({', '.join(rows)}): "
                        "probably one article posted twice; mark one as copy_of the other",
                    )
                )
    return found


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s.]+", name.lower()) if t]


def _skeleton(name: str) -> str:
    """A given name with the letters that transliteration varies folded away: the consonants that remain.

    Russian and Azerbaijani names reach English by several systems (Sergei/Sergey,
    Aleksandr/Alexander, Geidar/Heydar, Ceyhun/Jeyhun); two spellings with one skeleton
    are one name written two ways, not two names.

    >>> _skeleton("Sergei") == _skeleton("Sergey"), _skeleton("Aleksandr") == _skeleton("Alexander")
    (True, True)
    >>> _skeleton("Geidar") == _skeleton("Heydar"), _skeleton("Ceyhun") == _skeleton("Jeyhun")
    (True, True)
    >>> _skeleton("İqor") == _skeleton("Igor"), _skeleton("Şahin") == _skeleton("Shahin")  # Azerbaijani Latin
    (True, True)
    >>> _skeleton("Anatoly") == _skeleton("Sergei"), _skeleton("Eldar") == _skeleton("Elmar")
    (False, False)
    """
    # Azerbaijani Latin letters to their English spellings, then accents dropped (İ, ö, ü).
    latin = name.lower().replace("ə", "e").replace("ş", "sh").replace("ç", "ch").replace("ı", "i")
    latin = "".join(c for c in unicodedata.normalize("NFKD", latin) if not unicodedata.combining(c))
    folded = latin.replace("x", "ks").translate(str.maketrans("cgkqğ", "hhhhh"))
    consonants = re.sub(r"[aeiouyj]", "", folded)
    return re.sub(r"(.)\1+", r"\1", consonants)


def person_names(facts: Facts) -> list[Finding]:
    """A person written under another given name than their own (e.g. Sergei for Anatoly Serdyukov).

    A spelling variant of the same given name (Sergey for Sergei) is an ``info`` finding;
    a different given name, an error of the source, a ``warning``.
    """
    found = []
    people = facts.actors[facts.actors["kind"] == "person"].set_index("actor_id")
    seen: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for row in facts.events.itertuples():
        if not isinstance(row.actors, str) or not isinstance(row.actor_names, str):
            continue
        for actor_id, written in zip(row.actors.split(";"), row.actor_names.split(";"), strict=False):
            if actor_id in people.index:
                seen.setdefault((actor_id, written.strip()), []).append((row.event_id, row.source_id))
    for (actor_id, written), uses in sorted(seen.items()):
        canonical = _tokens(people.loc[actor_id, "name"])
        given = _tokens(written)
        if len(given) < 2 or len(canonical) < 2:
            continue
        same_surname = given[-1] == canonical[-1]
        first_given, first_canonical = given[0], canonical[0]
        is_initial = len(first_given) == 1 and first_canonical.startswith(first_given)
        if same_surname and not is_initial and first_given != first_canonical:
            variant = _skeleton(first_given) == _skeleton(first_canonical)
            found.append(
                Finding(
                    "person_names",
                    "info" if variant else "warning",
                    (actor_id, *(u[0] for u in uses)),
                    tuple(u[1] for u in uses),
                    f"{people.loc[actor_id, 'name']} ({actor_id}) is written '{written}' in "
                    f"{', '.join(u[0] for u in uses)}: "
                    + (
                        "a spelling variant of the same name"
                        if variant
                        else "another given name: an error of the source"
                    ),
                )
            )
    return found


def dangling_ids(facts: Facts) -> list[Finding]:
    """References to rows that do not exist: the descriptor's foreign keys, and ids listed in one cell.

    The same references the loader enforces on files (the schema's
    ``foreignKeys`` and :data:`azru.package.LIST_REFERENCES`), here on frames,
    which may have been changed after loading.
    """
    found = []
    tables = facts.tables
    references = [
        (r["name"], fk["fields"], fk["reference"].get("resource") or r["name"], fk["reference"]["fields"], False)
        for r in facts.descriptor.get("resources", [])
        for fk in r.get("schema", {}).get("foreignKeys", [])
    ] + [(name, column, target, key, True) for (name, column), (target, key) in LIST_REFERENCES.items()]
    for table_name, column, target, key, listed in references:
        if table_name not in tables or target not in tables or not isinstance(column, str):
            continue
        frame = tables[table_name]
        known = set(tables[target][key].dropna().astype(str))
        id_column = frame.columns[0]
        for row_id, cell in zip(frame[id_column], frame[column], strict=True):
            refs = (cell.split(";") if listed else [cell]) if isinstance(cell, str) and cell else []
            for ref in refs:
                if ref not in known:
                    found.append(
                        Finding(
                            "dangling_ids", "error", (row_id,), (), f"{table_name} {row_id}: unknown {column} {ref!r}"
                        )
                    )
    return found


def duplicate_ids(facts: Facts) -> list[Finding]:
    """Ids (primary keys) used twice in one table, and sources listed twice under one URL."""
    found = []
    keys = {r["name"]: r.get("schema", {}).get("primaryKey") for r in facts.descriptor.get("resources", [])}
    for table_name, frame in facts.tables.items():
        key = keys.get(table_name) or frame.columns[0]
        key = [key] if isinstance(key, str) else list(key)
        # a key of several columns (codings: happening_id + coder) is shown joined by "/"
        ids = frame[key[0]] if len(key) == 1 else frame[key].astype(str).agg("/".join, axis=1)
        counts = ids.value_counts()
        for row_id in sorted(counts[counts > 1].index):
            found.append(
                Finding(
                    "duplicate_ids", "error", (row_id,), (), f"{table_name}: id {row_id!r} used {counts[row_id]} times"
                )
            )
    by_url = facts.sources.groupby("url")["source_id"].apply(list)
    for url, ids in by_url.items():
        if len(ids) > 1:
            found.append(
                Finding(
                    "duplicate_ids", "warning", tuple(ids), tuple(ids), f"sources {', '.join(ids)} share the URL {url}"
                )
            )
    return found


def dates_in_range(facts: Facts, today: date | None = None) -> list[Finding]:
    """Event dates before 1991, after their source was published or read, or after ``today``.

    A report can say nothing done after the day its source was published or,
    when that is unknown, read (``accessed``). ``today`` adds a test against
    that day; the command line passes the real date, so that what a test
    finds never depends on the day it runs.
    """
    found = []
    sources = facts.sources.set_index("source_id")
    published, accessed = sources["published"], sources["accessed"]
    for row in facts.events.itertuples():
        if row.start < pd.Timestamp(EARLIEST):
            found.append(
                Finding(
                    "dates_in_range",
                    "info",
                    (row.event_id,),
                    (row.source_id,),
                    f"{row.event_id}: {row.date} is before 1991, outside the project's period",
                )
            )
        if row.end < row.start:
            found.append(
                Finding(
                    "dates_in_range",
                    "error",
                    (row.event_id,),
                    (row.source_id,),
                    f"{row.event_id}: ends ({row.date_end}) before it starts ({row.date})",
                )
            )
        if row.status == "planned":
            continue
        pub, read = published.get(row.source_id), accessed.get(row.source_id)
        if isinstance(pub, str) and row.start > pd.Timestamp(_last_day(pub)):
            after = f"after its source was published ({pub})"
        elif isinstance(read, pd.Timestamp) and row.start > read:
            after = f"after its source was read ({read.date().isoformat()})"
        elif today is not None and row.start > pd.Timestamp(today):
            after = f"which is after today ({today.isoformat()})"
        else:
            continue
        found.append(
            Finding(
                "dates_in_range",
                "warning",
                (row.event_id,),
                (row.source_id,),
                f"{row.event_id}: reported as done on {row.date}, {after}",
            )
        )
    return found


def _last_day(partial: str) -> date:
    return parse_partial(partial)[1]


CHECKS: dict[str, Callable[..., list[Finding]]] = {
    "unit_conversion": unit_conversions,
    "parts_and_totals": parts_and_totals,
    "growth_rates": growth_rates,
    "same_quantity": same_quantity,
    "event_dates": event_dates,
    "copied_sources": copied_sources,
    "person_names": person_names,
    "dangling_ids": dangling_ids,
    "duplicate_ids": duplicate_ids,
    "dates_in_range": dates_in_range,
    "seed_figures_matched": seed_figures_matched,
}
