"""Happenings: one row per thing that happened, however many rows report it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

import azru
from azru import checks
from azru.reports import dating, happenings_of

TREATY = "treaty-on-the-state-border-signed"


def _with(facts: azru.Facts, **frames: pd.DataFrame) -> azru.Facts:
    return dataclasses.replace(facts, **frames)


def _events(**columns: list[object]) -> pd.DataFrame:
    n = len(columns["event_id"])
    base: dict[str, list[object]] = {
        "happening_id": ["h"] * n,
        "date_end": [None] * n,
        "theme": ["diplomacy"] * n,
        "kind": ["visit"] * n,
        "title": [f"title {i}" for i in range(n)],
        "status": ["reported"] * n,
        "source_id": [f"s{i}" for i in range(n)],
    }
    return pd.DataFrame(base | columns)


def test_one_row_per_happening_sorted_by_date() -> None:
    facts = azru.load()
    table = azru.happenings()
    assert len(table) == facts.events["happening_id"].nunique()
    assert table["happening_id"].is_unique
    assert table["n_reports"].sum() == len(facts.events)
    assert table["start"].is_monotonic_increasing
    assert (table["n_sources"] <= table["n_reports"]).all() and (table["n_sources"] >= 1).all()
    assert list(table.columns[:12]) == [
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
    ]


def test_module_function_is_the_facts_table_copied() -> None:
    table = azru.happenings()
    table.loc[:, "title"] = "changed"
    assert not (azru.load().happenings["title"] == "changed").any()
    assert "happenings" in dir(azru)


def test_precision_difference_keeps_the_precise_date() -> None:
    row = azru.load().happenings.set_index("happening_id").loc["leaked-cable-russian-minister-privately"]
    assert (row.date, row.dates_differ, row.n_reports) == ("2010-12-02", False, 2)


def test_disagreeing_reports_give_a_range_until_one_is_disputed() -> None:
    facts = azru.load()
    # Shipped: the two 3 October 2010 reports are disputed (the Kremlin gives 3 September).
    row = facts.happenings.set_index("happening_id").loc[TREATY]
    assert (row.date, row.dates_differ, row.status) == ("2010-09-03", False, "reported")
    assert pd.isna(row.date_end)
    assert row.n_reports == 3  # a disputed report still counts as a report
    events = facts.events.copy()
    events["status"] = events["status"].astype("object")
    events.loc[events["happening_id"] == TREATY, "status"] = "reported"
    row = _with(facts, events=events).happenings.set_index("happening_id").loc[TREATY]
    assert (row.date, row.date_end, row.dates_differ) == ("2010-09-03", "2010-10-03", True)


def test_best_report_gives_title_and_status() -> None:
    events = _events(
        event_id=["a", "b", "c"],
        date=["2005-03-01", "2005-03-01", "2005-03-01"],
        status=["claimed", "reported", "reported"],
        source_id=["official", "news", "official"],
        title=["claimed in a decree", "news headline", "decree title"],
    )
    sources = pd.DataFrame(
        {
            "source_id": ["official", "news"],
            "kind": ["official", "news"],
            "published": ["2005-03-02", "2005-03-01"],
            "copy_of": [None, None],
        }
    )
    row = happenings_of(events, sources).iloc[0]
    assert (row.title, row.status, row.n_reports, row.n_sources) == ("decree title", "reported", 3, 2)


def test_a_copy_counts_once_as_a_source() -> None:
    events = _events(event_id=["a", "b", "c"], date=["2001", "2001", "2001"], source_id=["orig", "copy", "other"])
    sources = pd.DataFrame(
        {
            "source_id": ["orig", "copy", "other"],
            "kind": ["news"] * 3,
            "published": ["2001", "2001", "2001"],
            "copy_of": [None, "orig", None],
        }
    )
    row = happenings_of(events, sources).iloc[0]
    assert (row.n_reports, row.n_sources, row.source_ids) == (3, 2, "copy;orig;other")


def test_dating_rule() -> None:
    assert not dating([("2013-05", None), ("2013-05-15", None)]).differ
    assert dating([("2013-05", None), ("2013-05-15", None)]).date == "2013-05-15"
    spread = dating([("2012-12-24", None), ("2012-08", None)])
    assert (spread.date, spread.date_end, spread.differ) == ("2012-08", "2012-12-24", True)
    with pytest.raises(ValueError):
        dating([])


def test_theme_or_kind_differing_within_a_happening_is_a_data_error(
    edit_cell: Callable[[str, str, str, str], Path],
) -> None:
    descriptor = edit_cell("events", "border-treaty-2010-newsfront", "kind", "agreement")
    with pytest.raises(azru.DataError) as caught:
        azru.load(descriptor)
    err = caught.value
    assert (err.file, err.column, err.value) == ("events.csv", "kind", "agreement")
    assert err.line is not None and err.line > 1
    assert TREATY in str(err)


def test_planted_frame_with_two_themes_is_refused() -> None:
    events = _events(event_id=["a", "b"], date=["2001", "2001"], theme=["trade", "energy"])
    with pytest.raises(azru.DataError, match="reports of happening 'h' have different themes"):
        happenings_of(events)


def test_event_dates_groups_by_happening_and_names_it() -> None:
    facts = azru.load()
    events = facts.events.copy()
    events["status"] = events["status"].astype("object")
    events.loc[events["happening_id"] == TREATY, "status"] = "reported"
    facts = _with(facts, events=events)
    found = {f.message.split(" ")[0]: f for f in checks.event_dates(facts)}
    treaty = found[TREATY]
    assert treaty.severity == "warning" and "Treaty on the State Border" in treaty.message
    assert found["leaked-cable-russian-minister-privately"].severity == "info"
    # a title shared by two happenings does not make them one
    events.loc[events["event_id"] == "seed-russia-denies-2009", "title"] = events.loc[
        events["happening_id"] == TREATY, "title"
    ].iloc[0]
    assert {f.message.split(" ")[0] for f in checks.event_dates(_with(facts, events=events))} == set(found)


def test_event_dates_sets_disputed_reports_aside() -> None:
    facts = azru.load()
    events = facts.events.copy()
    events["status"] = events["status"].astype("object")
    events.loc[(events["happening_id"] == TREATY) & (events["date"] == "2010-10-03"), "status"] = "disputed"
    treaty = next(f for f in checks.event_dates(_with(facts, events=events)) if f.message.startswith(TREATY))
    assert treaty.severity == "info"
    assert "set aside as disputed: 2010-10-03" in treaty.message
    assert treaty.message.endswith("dated 2010-09-03")


def _planted_sources(facts: azru.Facts, copy_of: str | None, title: str | None = None) -> azru.Facts:
    """A second posting of the source of seed-trade-turnover-2008 that states the same figure."""
    sources = facts.sources.copy()
    original = sources[sources["source_id"] == "wikipedia-az-ru-relations"].copy()
    original["source_id"] = "planted-repost"
    original["url"] = "https://en.m.wikipedia.org/wiki/Azerbaijan%E2%80%93Russia_relations"
    original["copy_of"] = copy_of
    if title is not None:
        original["title"] = title
    measures = facts.measures.copy()
    twin = measures[measures["measure_id"] == "seed-trade-turnover-2008"].copy()
    twin["measure_id"], twin["source_id"] = "planted-turnover-twin", "planted-repost"
    return _with(
        facts,
        sources=pd.concat([sources, original], ignore_index=True),
        measures=pd.concat([measures, twin], ignore_index=True),
    )


def test_copied_sources_marked_pair_is_an_info_finding() -> None:
    found = checks.copied_sources(_planted_sources(azru.load(), "wikipedia-az-ru-relations"))
    planted = [f for f in found if "planted-repost" in f.sources]
    assert [f.severity for f in planted] == ["info"]
    assert planted[0].sources == ("planted-repost", "wikipedia-az-ru-relations")
    assert "planted-turnover-twin" in planted[0].ids and "seed-trade-turnover-2008" in planted[0].ids


def test_copied_sources_finds_an_unmarked_repost() -> None:
    found = checks.copied_sources(_planted_sources(azru.load(), None))
    planted = [f for f in found if "planted-repost" in f.sources]
    assert [f.severity for f in planted] == ["warning"]
    assert set(planted[0].ids) == {"planted-turnover-twin", "seed-trade-turnover-2008"}


def test_copied_sources_needs_the_same_title() -> None:
    found = checks.copied_sources(_planted_sources(azru.load(), None, title="Another article"))
    assert not [f for f in found if "planted-repost" in f.sources]


def test_copied_sources_runs_in_check() -> None:
    assert "copied_sources" in checks.CHECKS
    findings = azru.check(only=["copied_sources"])
    assert set(findings["severity"].astype(str)) <= {"info", "warning"}


def _described_as(notes: str, original: str | None) -> azru.Facts:
    facts = azru.load()
    sources = facts.sources.copy()
    row = sources[sources["source_id"] == "voa-2004-02-05-aliyev-moscow"].copy()
    row["source_id"], row["url"], row["notes"], row["original"] = (
        "planted-blog",
        "https://blog.example/x",
        notes,
        original,
    )
    return _with(facts, sources=pd.concat([sources, row], ignore_index=True))


def test_copied_sources_flags_a_repost_that_names_no_original() -> None:
    found = [
        f
        for f in checks.copied_sources(_described_as("Blog repost of a TASS item.", None))
        if f.sources == ("planted-blog",)
    ]
    assert [f.severity for f in found] == ["warning"] and "'repost'" in found[0].message


def test_copied_sources_accepts_a_repost_that_names_its_original() -> None:
    planted = _described_as("Blog repost of a TASS item.", "TASS, 10 November 2020")
    assert not [f for f in checks.copied_sources(planted) if f.sources == ("planted-blog",)]


def test_a_paper_named_mirror_is_not_a_copy() -> None:
    planted = _described_as("The Armenian Mirror-Spectator's own report.", None)
    assert not [f for f in checks.copied_sources(planted) if f.sources == ("planted-blog",)]
