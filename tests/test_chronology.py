"""The chronology: every happening findable by its id, in the book and in the terminal; data never markup.

The pages are tested as generated text here (fast) and as built HTML in
tests/test_book.py and tests/test_browser.py. One test builds a small book
from data holding markup and a ``javascript:`` address, and reads the HTML.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest

import azru
from azru import book
from azru.book.chronology import (
    CHRONOLOGY_DIR,
    LANDING,
    chronology_extras,
    chronology_pages,
    page_of,
    period_name,
    periods,
    year_anchor,
)
from azru.cli import main
from azru.happening import cite_happening, happening, happening_records

ROOT = book.ROOT
EVIL_TITLE = "<img src=x onerror=alert(1)> {{ edition_intro }} [link](javascript:alert(2))"
EVIL_SUMMARY = "<script>alert(3)</script> **bold** <b>b</b>"
EVIL_URL = "javascript:alert(4)"
QUOTE_URL = 'https://example.org/x"onmouseover="alert(5)'


class _Html(HTMLParser):
    """Every element (tag, attributes) and the text of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(text: str) -> _Html:
    parsed = _Html()
    parsed.feed(text)
    parsed.close()
    return parsed


@pytest.fixture(scope="module")
def facts() -> azru.Facts:
    return azru.load()


@pytest.fixture(scope="module")
def pages(facts: azru.Facts) -> dict[str, str]:
    return chronology_pages(facts)


def test_every_happening_has_its_anchor_on_its_period_page(facts: azru.Facts, pages: dict[str, str]) -> None:
    happenings = facts.happenings
    spans = periods(int(y) for y in happenings["year"])
    assert [period_name(p) for p in spans] == ["1991-1999", "2000-2009", "2010-2019", "2020-2025"]
    assert set(pages) == {LANDING, *(f"{CHRONOLOGY_DIR}/{period_name(p)}" for p in spans)}
    found = {}
    for name, text in pages.items():
        for tag, attrs in parse(text).elements:
            if tag == "article" and "azru-happening" in attrs.get("class", ""):
                assert attrs["id"] not in found, f"{attrs['id']} twice"
                found[attrs["id"]] = name
    assert sorted(found) == sorted(happenings["happening_id"])
    for happening_id, name in found.items():
        assert page_of(facts, happening_id) == f"{name}.html#{happening_id}"
    for span in spans:  # each year with happenings has its heading label, on its period's page
        text = pages[f"{CHRONOLOGY_DIR}/{period_name(span)}"]
        years = sorted({int(y) for y in happenings["year"] if span[0] <= y <= span[1]})
        assert re.findall(r"^\(year-(\d{4})\)=$", text, re.M) == [str(y) for y in years]


def test_a_happening_shows_status_code_and_every_report(facts: azru.Facts, pages: dict[str, str]) -> None:
    records = happening_records(facts)
    several = next(r for r in records if len(r.reports) >= 3)
    text = pages[page_of(facts, several.happening_id).split(".html")[0]]
    block = text[text.index(f'<article class="azru-happening" id="{several.happening_id}"') :]
    block = block[: block.index("</article>")]
    for report in several.reports:
        assert f"azru cite {report.event_id}" in block
        assert f'href="../references.html#source-{report.source_id}"' in block
    assert f'Code <a href="../chronology.html#code-{several.code}">' in block
    assert 'href="../coding.html#the-common-kinds-of-happening-in-this-data"' in block
    claimed = next(r for r in records if r.status == "claimed")
    page = pages[page_of(facts, claimed.happening_id).split(".html")[0]]
    block = page[page.index(f'id="{claimed.happening_id}"') :]
    assert "<strong>Claimed</strong>: An allegation" in block[: block.index("</article>")]


def test_index_chart_links_every_year_to_its_heading(facts: azru.Facts, pages: dict[str, str]) -> None:
    landing = pages[LANDING]
    svg = landing[landing.index("<svg") : landing.index("</svg>")]
    links = [attrs for tag, attrs in parse(svg).elements if tag == "a"]
    years = sorted({int(y) for y in facts.happenings["year"]})
    assert [int(a["href"][-4:]) for a in links] == years
    for link in links:
        page, anchor = link["href"].split("#")
        assert page.startswith(f"{CHRONOLOGY_DIR}/") and "target" not in link and link["aria-label"]
        assert f"({anchor})=" in pages[page.removesuffix(".html")]
        assert anchor == year_anchor(int(anchor[-4:]))
    assert "<a xlink:href" not in svg and svg.count("<title>") == len(years)


def test_csv_has_a_row_per_happening_with_its_code_and_sources(facts: azru.Facts) -> None:
    extras = chronology_extras(facts)
    rows = list(csv.DictReader(io.StringIO(extras[f"{CHRONOLOGY_DIR}/happenings.csv"].decode())))
    assert len(rows) == len(facts.happenings)
    coded = {r["happening_id"]: r for r in rows}
    primary = facts.codings[facts.codings["coder"] == "primary"]
    for happening_id, code in zip(primary["happening_id"], primary["cameo_code"], strict=True):
        assert coded[happening_id]["cameo_code"] == code
    assert all(r["urls"].startswith("http") and r["page"].startswith("chronology/") for r in rows)
    index = list(csv.DictReader(io.StringIO(extras[f"{CHRONOLOGY_DIR}/index-by-year.csv"].decode())))
    assert {"year", "sum", "n_happenings"} <= set(index[0])


def test_markup_in_data_stays_text(facts: azru.Facts) -> None:
    """A title, summary or address holding markup is escaped; only http(s) addresses become links."""
    events, sources = facts.events.copy(), facts.sources.copy()
    target = facts.happenings["happening_id"].iloc[5]
    rows = events["happening_id"] == target
    events.loc[rows, "title"] = EVIL_TITLE
    events.loc[rows, "summary"] = EVIL_SUMMARY
    source_id = events.loc[rows, "source_id"].iloc[0]
    sources.loc[sources["source_id"] == source_id, "url"] = EVIL_URL
    other = facts.happenings["happening_id"].iloc[6]
    other_source = events.loc[events["happening_id"] == other, "source_id"].iloc[0]
    sources.loc[sources["source_id"] == other_source, "url"] = QUOTE_URL
    evil = dataclasses.replace(facts, events=events, sources=sources)
    pages = chronology_pages(evil)
    text = "".join(pages.values())
    assert "<img src=x" not in text and "<script>" not in text and "<b>b</b>" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text and "&#123;&#123; edition_intro &#125;&#125;" in text
    elements = [e for page in pages.values() for e in parse(page).elements]
    hrefs = [attrs.get("href", "") for tag, attrs in elements if tag == "a"]
    assert not [h for h in hrefs if not h.startswith(("http://", "https://", "#", "../", "chronology"))], hrefs
    assert not any(k.startswith("on") for _, attrs in elements for k in attrs)
    assert QUOTE_URL in hrefs  # kept whole, as one attribute
    assert f"(address not linked: {EVIL_URL})" in text


def test_happening_lookup_and_citation(facts: azru.Facts, capsys: pytest.CaptureFixture[str]) -> None:
    record = next(r for r in happening_records(facts) if len({p.source_id for p in r.reports}) >= 3)
    cited = cite_happening(facts, record.happening_id)
    lines = cited.splitlines()
    assert lines[0] == azru.cite(record.best.source_id, facts=facts) and lines[1] == "Also reported by:"
    assert len(lines) == 1 + len({p.source_id for p in record.reports})
    assert main(["cite", record.happening_id]) == 0
    assert capsys.readouterr().out.strip() == cited
    assert main(["cite", record.happening_id, "--style", "bibtex"]) == 0
    assert capsys.readouterr().out.count("@misc{") == len({p.source_id for p in record.reports})
    assert main(["happening", record.happening_id]) == 0
    out = capsys.readouterr().out
    assert out.startswith(record.happening_id) and f"reports ({len(record.reports)}, best first)" in out
    for report in record.reports:
        assert f"azru cite {report.event_id}" in out
    assert f"in the book: {page_of(facts, record.happening_id)}" in out
    assert main(["happening", record.happening_id[:-1]]) == 2
    assert f"did you mean '{record.happening_id}'" in capsys.readouterr().err
    with pytest.raises(KeyError, match="no happening with id"):
        happening(facts, "no-such-happening")


def test_check_findings_point_to_the_lookup(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "azru happening ID" in capsys.readouterr().err


@pytest.mark.slow
def test_book_built_from_markup_in_data_shows_it_as_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, facts: azru.Facts
) -> None:
    """The whole book's pipeline (MyST, Sphinx) from data holding markup: no element, link or handler is made."""
    events, sources = facts.events.copy(), facts.sources.copy()
    target = facts.happenings["happening_id"].iloc[0]
    rows = events["happening_id"] == target
    events.loc[rows, "title"] = EVIL_TITLE
    events.loc[rows, "summary"] = EVIL_SUMMARY
    sources.loc[sources["source_id"] == events.loc[rows, "source_id"].iloc[0], "url"] = EVIL_URL
    evil = dataclasses.replace(facts, events=events, sources=sources)
    monkeypatch.setattr(azru, "load", lambda *args, **kwargs: evil, raising=False)
    root = tmp_path / "root"
    (root / "notebooks").mkdir(parents=True)
    (root / "data").mkdir()
    (root / "data" / "CODING.md").write_bytes((ROOT / "data" / "CODING.md").read_bytes())
    (root / "data" / "datapackage.json").write_bytes((ROOT / "data" / "datapackage.json").read_bytes())
    import shutil

    shutil.copytree(ROOT / "book", root / "book")
    tiny = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# 0. A lesson\n\nText.")])
    nbformat.write(tiny, root / "notebooks" / "00_tiny.ipynb")
    out = tmp_path / "html"
    book.build("student", out, root=root, stage_dir=tmp_path / "stage", log=lambda _: None)
    page = (out / page_of(evil, target).split("#")[0]).read_text(encoding="utf-8")
    parsed = parse(page)
    text = "".join(parsed.text)
    assert "<img src=x onerror=alert(1)>" in text and "<script>alert(3)</script>" in text
    assert not [a for t, a in parsed.elements if t == "img" and a.get("src") == "x"]
    assert not [a for t, a in parsed.elements if t == "b"]
    assert not any("alert" in value for _, a in parsed.elements for value in a.values())  # no handler, no link
    hrefs = [a.get("href", "") for t, a in parsed.elements if t == "a"]
    assert not [h for h in hrefs if "javascript" in h.lower()], hrefs
    references = parse((out / "references.html").read_text(encoding="utf-8"))
    assert not [a for t, a in references.elements if t == "a" and "javascript" in a.get("href", "").lower()]


def test_loader_refuses_an_address_that_is_not_http(edit_cell) -> None:  # type: ignore[no-untyped-def]
    """The first guard: data/ cannot hold a javascript: address (the pages escape one all the same, above)."""
    source_id = azru.load().sources["source_id"].iloc[0]
    descriptor = edit_cell("sources", source_id, "url", EVIL_URL)
    with pytest.raises(azru.DataError, match="url"):
        azru.load(descriptor)


def test_register_entries_show_under_their_happening(facts: azru.Facts) -> None:
    """When the registers list a happening, its entry shows (as the list gives it) on its page and in the terminal."""
    import pandas as pd

    from azru.happening import describe

    target = facts.happenings["happening_id"].iloc[3]
    register = str(facts.registers["register_id"].iloc[0])
    entries = pd.DataFrame(
        {
            "register_id": [register],
            "happening_id": [target],
            "list_title": ["Agreement <on> things"],
            "list_date": ["1992-10-12"],
            "source_id": [facts.sources["source_id"].iloc[0]],
            "notes": [None],
        }
    )
    listed = dataclasses.replace(facts, extra={**facts.extra, "register_entries": entries})
    record = happening(listed, target)
    assert [(e.register_id, e.title, e.date) for e in record.registers] == [
        (register, "Agreement <on> things", "1992-10-12")
    ]
    page = chronology_pages(listed)[page_of(listed, target).split(".html")[0]]
    title = str(facts.registers["title"].iloc[0])
    assert f"{title}: Agreement &lt;on&gt; things (1992-10-12)" in page.replace("&#x27;", "'")
    assert "register" in describe(listed, target) and "Agreement <on> things" in describe(listed, target)
