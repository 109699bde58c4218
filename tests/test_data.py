"""Loading the shipped package: typed columns, filters, caching, seed coverage."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd

import azru
from azru.data import default_package_path

SEED = "wikipedia-az-ru-relations"


def test_load_returns_every_table_typed() -> None:
    facts = azru.load()
    assert set(facts.tables) == {"sources", "places", "actors", "events", "measures", "codings"}
    assert isinstance(facts.events["theme"].dtype, pd.CategoricalDtype)
    assert pd.api.types.is_datetime64_any_dtype(facts.events["start"])
    assert pd.api.types.is_float_dtype(facts.measures["value"])
    assert pd.api.types.is_datetime64_any_dtype(facts.sources["accessed"])
    assert (facts.events["end"] >= facts.events["start"]).all()


def test_load_is_cached_and_accepts_a_path() -> None:
    assert azru.load() is azru.load()
    assert azru.load(default_package_path().parent) is azru.load()


def test_partial_dates_keep_their_precision() -> None:
    visit = azru.events(kind="visit", start="2007-11", end="2007-11")
    row = visit[visit["event_id"] == "seed-serdyukov-visit-2007"].iloc[0]
    assert (row.date, row.precision) == ("2007-11", "month")
    assert (row.start, row.end) == (pd.Timestamp("2007-11-01"), pd.Timestamp("2007-11-30"))


def test_filters_combine() -> None:
    military = azru.events(theme="military")
    assert set(military["theme"]) == {"military"}
    in_2009 = azru.events(theme="military", start="2009", end="2009")
    assert set(in_2009["year"]) == {2009}
    assert len(in_2009) < len(military)
    assert azru.measures(indicator="trade_turnover", period="2008")["value"].tolist().count(2403000000.0) == 1


def test_module_functions_return_copies() -> None:
    frame = azru.events()
    frame.loc[:, "title"] = "changed"
    assert not (azru.events()["title"] == "changed").any()


def test_seed_facts_by_theme() -> None:
    """Every fact of the seed article has its row: 41 in all (26 events, 15 measures)."""
    facts = azru.load()
    events = facts.events[facts.events["source_id"] == SEED]
    measures = facts.measures[facts.measures["source_id"] == SEED]
    by_theme = pd.concat([events["theme"], measures["theme"]]).astype(str).value_counts().to_dict()
    assert by_theme == {"military": 16, "society": 9, "border": 5, "trade": 6, "law": 4, "energy": 1}
    assert len(events) + len(measures) == 41


def test_seed_missions_are_places() -> None:
    places = azru.places().set_index("place_id")
    missions = places[places["kind"].isin(["embassy", "consulate"])]
    assert sorted(missions["within"]) == ["baku", "moscow", "saint-petersburg", "yekaterinburg"]


def test_import_does_not_load_matplotlib() -> None:
    code = "import sys, azru; azru.load(); print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
