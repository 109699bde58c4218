"""The chronology: every happening on a page of its period, from the index chart to the reports.

Generated from the data at build time, the same in both editions:

- ``chronology.md``, the landing page: the relations index drawn as an
  SVG chart whose bar for each year is a link to that year on its period's
  page, the happenings as a CSV file to download (``chronology/happenings.csv``,
  with codes and sources), the periods, and the codes used;
- ``chronology/<first>-<last>.md``, one page per period
  (:func:`periods`: 1991–1999, then a decade a page): a year heading
  (anchor ``year-YYYY``) per year, and each happening under an anchor whose
  HTML ``id`` is its ``happening_id``, with its best report's summary, status,
  theme and kind, code, direction and weight, register entries, and every
  report with its source, its link, its References entry and its ``azru cite``.

Data fields are text, never markup: each happening is written as an HTML
block in which every value is escaped (:func:`esc`), and only an
``http(s)://`` address becomes a link (:func:`azru.happening.is_link`).

>>> periods([1991, 1994, 2003, 2012, 2025])
[(1991, 1999), (2000, 2009), (2010, 2019), (2020, 2025)]
>>> esc('<img src=x onerror="alert(1)">')
'&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from azru.happening import DIRECTION_WORDS, WEIGHTS, HappeningRecord, Report, happening_records, is_link

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from azru.data import Facts

__all__ = [
    "CHRONOLOGY_DIR",
    "CSV_NAME",
    "INDEX_CSV_NAME",
    "LANDING",
    "chronology_extras",
    "chronology_pages",
    "esc",
    "happening_places",
    "index_svg",
    "page_of",
    "period_name",
    "periods",
    "year_anchor",
    "yearly_index",
]

CHRONOLOGY_DIR = "chronology"
LANDING = "chronology"  # chronology.html, beside the period pages' folder chronology/
CSV_NAME = "happenings.csv"  # beside the pages: chronology/happenings.csv
INDEX_CSV_NAME = "index-by-year.csv"
REFERENCES = "../references.html"
CODING_PAGE = "../coding.html"
CODING_RULE_ANCHOR = "the-common-kinds-of-happening-in-this-data"  # §3 of data/CODING.md, the table of codes
FIRST_DECADE_END = 1999  # the first page runs from 1991 (the data's start) to 1999, then a decade a page


def esc(value: object) -> str:
    """Text as HTML text (quotes included), on one line, braces too (nothing in it is markup or a substitution).

    >>> esc("a & b\\n{{ x }}")
    'a &amp; b &#123;&#123; x &#125;&#125;'
    """
    text = " ".join(str(value).split())
    return html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def periods(years: Iterable[int]) -> list[tuple[int, int]]:
    """The periods with a page: up to 1999, then each decade (2000–2009, …), each as (first, last) year.

    Only periods that hold a year of ``years``; the first starts at the earliest
    year, the last ends at the latest.

    >>> periods([1992, 2012])
    [(1992, 1999), (2010, 2012)]
    """
    years = sorted(set(years))
    if not years:
        return []
    found: dict[int, list[int]] = {}
    for year in years:
        key = FIRST_DECADE_END if year <= FIRST_DECADE_END else year // 10 * 10
        found.setdefault(key, []).append(year)
    first, last = years[0], years[-1]
    return [(first, min(last, key)) if key == FIRST_DECADE_END else (key, min(last, key + 9)) for key in sorted(found)]


def period_name(period: tuple[int, int]) -> str:
    """The page name of a period, ``1991-1999``."""
    return f"{period[0]}-{period[1]}"


def _period_of(year: int, spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    return next(p for p in spans if p[0] <= year <= p[1])


def year_anchor(year: int) -> str:
    """The HTML id of a year's heading on its period's page.

    >>> year_anchor(2008)
    'year-2008'
    """
    return f"year-{year}"


def page_of(facts: Facts, happening_id: str) -> str | None:
    """Where the book shows a happening: ``chronology/<period>.html#<happening_id>`` (None if unknown)."""
    happenings = facts.happenings
    match = happenings[happenings["happening_id"] == happening_id]
    if match.empty:
        return None
    spans = periods(int(y) for y in happenings["year"].dropna())
    period = _period_of(int(match["year"].iloc[0]), spans)
    return f"{CHRONOLOGY_DIR}/{period_name(period)}.html#{happening_id}"


def happening_places(records: Sequence[HappeningRecord]) -> dict[str, str]:
    """Every happening's place in the book: happening_id -> ``chronology/<period>.html#<happening_id>``."""
    spans = periods(r.year for r in records)
    return {
        r.happening_id: f"{CHRONOLOGY_DIR}/{period_name(_period_of(r.year, spans))}.html#{r.happening_id}"
        for r in records
    }


# --- the index chart ---------------------------------------------------------------------------------


def yearly_index(facts: Facts) -> pd.DataFrame:
    """The relations index, all directions, by year: ``year``, ``sum``, ``mean``, ``n_happenings``, ``n_sources``."""
    from azru.event_index import relations_index

    table = relations_index(facts, total=True)
    table = table[table["direction"] == "all"]
    return table[["year", "sum", "mean", "n_happenings", "n_sources"]].reset_index(drop=True)


def index_svg(index: pd.DataFrame, link_of: dict[int, str], description: str) -> str:
    """The yearly index as an inline SVG: a bar a year, and each year in ``link_of`` a link to its address.

    Each link is a transparent band the height of the plot over the year's bar
    (an easy target on a phone), with the year and its value as its accessible
    name; matplotlib writes the links (``Artist.set_url``), and this function
    makes them plain same-tab links.
    """
    from matplotlib.patches import Rectangle

    from azru import charts

    fig, ax = charts.new_figure(width=7.0, height=3.4)
    years = [int(y) for y in index["year"]]
    sums = index["sum"].fillna(0.0)
    ax.bar(years, sums, color=charts.COLOURS["both"], width=0.8)
    ax.axhline(0, color="black", linewidth=0.8)
    empty = [y for y, n in zip(years, index["n_happenings"], strict=True) if n == 0]
    if empty:
        ax.plot(empty, [0] * len(empty), "x", color=charts.COLOURS["context"], markersize=8, mew=2)
    ax.set(ylabel="sum of weights (ICEWS)", title="Net index by year: click a bar for that year")
    ax.set_xlim(min(years) - 0.7, max(years) + 0.7)
    low, high = ax.get_ylim()
    names = {int(y): (s, int(n)) for y, s, n in zip(index["year"], index["sum"], index["n_happenings"], strict=True)}
    for year, url in sorted(link_of.items()):
        band = Rectangle((year - 0.5, low), 1.0, high - low, facecolor="white", edgecolor="none", alpha=0.0, zorder=5)
        ax.add_patch(band)
        band.set_url(url)
        band.set_gid(f"azru-year-{year}")
    ax.set_ylim(low, high)
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    buffer = io.StringIO()
    with charts.style():
        import matplotlib

        with matplotlib.rc_context({"svg.fonttype": "none"}):
            fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.S)
    svg = re.sub(r'\swidth="[^"]*pt" height="[^"]*pt"', "", svg, count=1)

    def label(year: int) -> str:
        value, count = names.get(year, (float("nan"), 0))
        told = "nothing coded" if count == 0 else f"net {value:+.1f} from {count} happening{'s' * (count != 1)}"
        return f"{year}: {told}"

    def link(match: re.Match[str]) -> str:
        url = html.unescape(match.group(1))
        year = int(re.search(r"year-(\d{4})$", url).group(1))  # type: ignore[union-attr]
        name = esc(label(year))
        return f'<a href="{esc(url)}" aria-label="{name}" class="azru-year-link"><title>{name}</title>'

    svg = re.sub(r'<a xlink:href="([^"]*)"(?: target="_blank")?>', link, svg)
    # matplotlib writes a transparent band as "fill: none", which a pointer passes through: paint it, unseen.
    bands = svg.count('style="fill: none; opacity: 0"')
    if bands != len(link_of):
        raise ValueError(f"index chart: {bands} link bands drawn for {len(link_of)} years")
    svg = svg.replace('style="fill: none; opacity: 0"', 'style="fill: #000000; fill-opacity: 0"')
    svg = svg.replace(
        "<svg ",
        f'<svg role="group" aria-label="{esc(description)}" class="azru-index-chart" '
        'preserveAspectRatio="xMidYMid meet" ',
        1,
    )
    return "\n".join(line for line in svg.splitlines() if line.strip())  # no blank line: one HTML block


# --- the pages ----------------------------------------------------------------------------------------


def _when(date: str, date_end: str) -> str:
    return f"{date} to {date_end}" if date_end else date


def _status(status: str, vocabulary: Any) -> str:
    """A status as the page shows it: 'reported' says nothing; the others are named and explained."""
    if status == "reported" or not status:
        return ""
    meaning = vocabulary.definition("events", "status", status)
    return (
        f'<span class="azru-status azru-status-{esc(status)}"><strong>{esc(status.capitalize())}</strong>'
        f"{': ' + esc(meaning) if meaning else ''}</span>"
    )


def _source_link(report: Report) -> str:
    title = esc(report.source_title or report.source_id)
    if report.url and is_link(report.url):
        return f'<a href="{esc(report.url.strip())}" class="azru-source-link">{title}</a>'
    if report.url:
        return f"{title} (address not linked: {esc(report.url)})"
    return title


def _report_item(report: Report, vocabulary: Any, cite: str) -> str:
    published = f" Published {esc(report.published)}." if report.published else ""
    status = _status(report.status, vocabulary)
    return (
        f'<li class="azru-report"><span class="azru-report-title">{esc(_when(report.date, report.date_end))}: '
        f"{esc(report.title)}</span>{' ' + status if status else ''}<br>"
        f"{esc(report.publisher)}. {_source_link(report)}.{published} "
        f'<a href="{REFERENCES}#source-{esc(report.source_id)}">References entry</a><br>'
        f'<span class="azru-cite">Cite: <code>azru cite {esc(report.event_id)}</code> gives '
        f"<q>{esc(cite)}</q></span></li>"
    )


def _weight(weight: float | None) -> str:
    return "no weight" if weight is None else f"{weight:+.1f}".replace("-", "−")


def happening_html(record: HappeningRecord, vocabulary: Any, citations: dict[str, str]) -> str:
    """One happening as an HTML block (no blank line inside, every data field escaped)."""
    hid = esc(record.happening_id)
    lines = [
        f'<article class="azru-happening" id="{hid}" aria-labelledby="{hid}-title">',
        f'<h3 id="{hid}-title"><a class="azru-anchor" href="#{hid}">{esc(_when(record.date, record.date_end))}</a> '
        f"{esc(record.title)}</h3>",
    ]
    status = _status(record.status, vocabulary)
    if status:
        lines.append(f"<p>{status}</p>")
    if record.summary:
        lines.append(f'<p class="azru-summary">{esc(record.summary)}</p>')
    facts = [f"Theme: {esc(record.theme)}", f"kind: {esc(record.kind.replace('_', ' '))}"]
    lines.append(f'<p class="azru-facts">{"; ".join(facts)}. Id: <code>{hid}</code>.</p>')
    if record.code:
        direction = DIRECTION_WORDS.get(record.direction, record.direction)
        lines.append(
            f'<p class="azru-code">Code <a href="../{LANDING}.html#code-{esc(record.code)}">{esc(record.code)} '
            f"{esc(record.code_name)}</a>, {esc(direction)}, weight {esc(_weight(record.weight))} "
            f'({WEIGHTS.upper()}; <a href="{CODING_PAGE}#{CODING_RULE_ANCHOR}">coding rule</a>)'
            + (f". Coding note: {esc(record.coding_note)}" if record.coding_note else "")
            + "</p>"
        )
    else:
        lines.append('<p class="azru-code">Not coded yet.</p>')
    if record.registers:
        items = "".join(
            f"<li>{esc(e.register_title)}: {esc(e.title)}{' (' + esc(e.date) + ')' if e.date else ''}</li>"
            for e in record.registers
        )
        lines.append(f'<p class="azru-registers-head">In the registers:</p><ul class="azru-registers">{items}</ul>')
    count = len(record.reports)
    lines.append(f'<p class="azru-reports-head">{count} report{"s" * (count != 1)}, best first:</p>')
    lines.append(
        '<ol class="azru-reports">'
        + "".join(_report_item(r, vocabulary, citations[r.source_id]) for r in record.reports)
        + "</ol>"
    )
    lines.append("</article>")
    return "\n".join(lines)


def _index_line(years: Sequence[int], themes: Counter[str]) -> list[str]:
    year_links = " · ".join(f'<a href="#{year_anchor(y)}">{y}</a>' for y in years)
    theme_links = " · ".join(f'<a href="#theme-{esc(t)}">{esc(t)} ({n})</a>' for t, n in sorted(themes.items()))
    return [
        '<nav class="azru-chronology-index" aria-label="Years and themes on this page">',
        f"<p><strong>Years:</strong> {year_links}</p>",
        f"<p><strong>Themes:</strong> {theme_links}</p>",
        "</nav>",
        "",
    ]


def period_page(
    period: tuple[int, int], records: Sequence[HappeningRecord], vocabulary: Any, citations: dict[str, str]
) -> str:
    """The Markdown page of one period: index, a section per year, happenings, and the happenings by theme."""
    first, last = period
    years = sorted({r.year for r in records})
    themes = Counter(r.theme for r in records)
    lines = [
        f"# Chronology {first}–{last}",
        "",
        f"{len(records)} happenings from {first} to {last}, by date. Each has the id of its `happening_id`",
        "(a link to it ends in `#` and the id); under it, every report, best first. Claimed, denied, planned",
        "and disputed reports are marked as such: they are not established facts. How a happening is coded:",
        "[the coding rules](../coding.md); all periods and the index chart: [the chronology](../chronology.md).",
        "",
        *_index_line(years, themes),
    ]
    for year in years:
        lines += [f"({year_anchor(year)})=", f"## {year}", ""]
        for record in (r for r in records if r.year == year):
            lines += [happening_html(record, vocabulary, citations), ""]
    lines += ["## Happenings by theme", ""]
    for theme in sorted(themes):
        items = "".join(
            f'<li><a href="#{esc(r.happening_id)}">{esc(r.date)}: {esc(r.title)}</a></li>'
            for r in records
            if r.theme == theme
        )
        lines += [f'<h3 id="theme-{esc(theme)}">{esc(theme.capitalize())}</h3>', f"<ul>{items}</ul>", ""]
    return "\n".join(lines).rstrip() + "\n"


def _codes_table(records: Sequence[HappeningRecord], facts: Facts) -> list[str]:
    used = Counter(r.code for r in records if r.code)
    codes = facts.tables.get("cameo_codes")
    rows = []
    described = {}
    if codes is not None:
        described = {
            str(c): (str(n), d) for c, n, d in zip(codes["code"], codes["name"], codes["description"], strict=True)
        }
    weights = {r.code: r.weight for r in records if r.code}
    for code in sorted(used):
        name, description = described.get(code, ("", ""))
        description = "" if description is None or str(description) == "nan" else str(description)
        rows.append(
            f'<tr id="code-{esc(code)}"><td><code>{esc(code)}</code></td><td>{esc(name)}</td>'
            f"<td>{esc(_weight(weights[code]))}</td><td>{used[code]}</td><td>{esc(description)}</td></tr>"
        )
    return [
        '<table class="azru-codes"><caption>The CAMEO codes used, with their weight (ICEWS) and the number of '
        "happenings coded with each</caption>",
        '<thead><tr><th scope="col">code</th><th scope="col">name</th><th scope="col">weight</th>'
        '<th scope="col">happenings</th><th scope="col">definition in the code list</th></tr></thead>',
        "<tbody>" + "".join(rows) + "</tbody></table>",
        "",
    ]


def chronology_pages(facts: Facts, records: Sequence[HappeningRecord] | None = None) -> dict[str, str]:
    """Every page of the chronology, by name without suffix (``chronology``, ``chronology/1991-1999``…)."""
    from azru.citations import cite

    records = list(records if records is not None else happening_records(facts))
    spans = periods(r.year for r in records)
    vocabulary = facts.vocabulary
    citations = {s: cite(facts, s) for s in {rep.source_id for r in records for rep in r.reports}}
    pages: dict[str, str] = {}
    by_period: dict[tuple[int, int], list[HappeningRecord]] = {p: [] for p in spans}
    for record in records:
        by_period[_period_of(record.year, spans)].append(record)
    for span, members in by_period.items():
        pages[f"{CHRONOLOGY_DIR}/{period_name(span)}"] = period_page(span, members, vocabulary, citations)
    pages[LANDING] = landing_page(facts, records, spans)
    return dict(sorted(pages.items()))


def _year_links(records: Sequence[HappeningRecord], spans: Sequence[tuple[int, int]]) -> dict[int, str]:
    return {
        year: f"{CHRONOLOGY_DIR}/{period_name(_period_of(year, spans))}.html#{year_anchor(year)}"
        for year in sorted({r.year for r in records})
    }


def landing_page(facts: Facts, records: Sequence[HappeningRecord], spans: Sequence[tuple[int, int]]) -> str:
    """The chronology's landing page: the linked index chart, the download, the periods, the codes."""
    index = yearly_index(facts)
    links = _year_links(records, spans)
    description = (
        f"Bar chart of the net conflict–cooperation index by year, {min(links)} to {max(links)}: the sum of the "
        "Goldstein weights of the year's coded happenings, all directions. Each year's bar links to that year "
        "in the chronology."
    )
    statuses = Counter(r.status for r in records)
    lines = [
        "# Chronology",
        "",
        f"Every happening in the data, {len(records)} of them from {min(links)} to {max(links)}, on a page per period,",
        "with its code and weight in the relations index and every report that tells it, with a link to the",
        "original page. A happening's anchor is its `happening_id`, the id that `azru check` and",
        "`azru facts --table happenings` print: in a terminal, `azru happening ID` shows the same, and",
        "`azru cite ID` its citation.",
        "",
        f"Statuses of the best reports: {', '.join(f'{s} {n}' for s, n in sorted(statuses.items()))}. Only",
        "*reported* happenings are stated as fact by their source; the others are marked where they appear.",
        "",
        "## The index, year by year",
        "",
        "The net index of lesson 7 (*Measuring the relationship*): the weights of each year's coded happenings",
        "summed, all directions together. Click a bar (or a year below) to read the happenings behind it.",
        "",
        '<figure class="azru-figure azru-index-figure">',
        index_svg(index, links, description),
        "<figcaption>Net conflict–cooperation index by year: the sum of the ICEWS weights of each year's coded "
        "happenings, all directions; each year's bar links to that year in the chronology. "
        f'<a href="{CHRONOLOGY_DIR}/{INDEX_CSV_NAME}" download>The numbers (CSV)</a>.</figcaption>',
        "</figure>",
        "",
        "## Periods",
        "",
    ]
    for span in spans:
        members = [r for r in records if span[0] <= r.year <= span[1]]
        years = " · ".join(
            f'<a href="{CHRONOLOGY_DIR}/{period_name(span)}.html#{year_anchor(y)}">{y}</a>'
            for y in sorted({r.year for r in members})
        )
        lines += [
            f"- [{span[0]}–{span[1]}]({CHRONOLOGY_DIR}/{period_name(span)}.md), {len(members)} happenings: {years}"
        ]
    lines += [
        "",
        "## Download",
        "",
        f'<p><a href="{CHRONOLOGY_DIR}/{CSV_NAME}" download>The happenings as CSV</a> ({len(records)} rows): date, theme, kind,',
        "status, title and summary of the best report, CAMEO code, name, direction and weight, and the ids,",
        "publishers and addresses of every report's source. The full tables are in the data package",
        "(<code>data/</code>; see the data page).</p>",
        "",
        "## The codes used",
        "",
        "How a happening is given its code and direction is in [the coding rules](coding.md).",
        "",
        *_codes_table(records, facts),
    ]
    return "\n".join(lines).rstrip() + "\n"


def chronology_extras(facts: Facts, records: Sequence[HappeningRecord] | None = None) -> dict[str, bytes]:
    """The files written beside the chronology pages: the happenings and the yearly index, as CSV."""
    from azru.happening import table

    records = list(records if records is not None else happening_records(facts))
    spans = periods(r.year for r in records)
    frame = table(facts)
    frame["page"] = [
        f"{CHRONOLOGY_DIR}/{period_name(_period_of(int(y), spans))}.html#{h}"
        for y, h in zip(frame["year"], frame["happening_id"], strict=True)
    ]
    index = yearly_index(facts)
    return {
        f"{CHRONOLOGY_DIR}/{CSV_NAME}": frame.to_csv(index=False, lineterminator="\n").encode("utf-8"),
        f"{CHRONOLOGY_DIR}/{INDEX_CSV_NAME}": index.to_csv(index=False, lineterminator="\n").encode("utf-8"),
    }
