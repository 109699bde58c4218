"""Loading the shipped package: typed columns, filters, caching, seed coverage."""

from __future__ import annotations

import dataclasses
import datetime
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import azru
from azru.location import package_path

SEED = "wikipedia-az-ru-relations"


def test_load_returns_every_table_typed() -> None:
    facts = azru.load()
    assert {"sources", "places", "actors", "events", "measures", "codings", "cameo_codes"} <= set(facts.tables)
    assert isinstance(facts.events["theme"].dtype, pd.CategoricalDtype)
    assert pd.api.types.is_datetime64_any_dtype(facts.events["start"])
    assert pd.api.types.is_float_dtype(facts.measures["value"])
    assert pd.api.types.is_datetime64_any_dtype(facts.sources["accessed"])
    assert (facts.events["end"] >= facts.events["start"]).all()


def test_load_is_cached_and_accepts_a_path() -> None:
    assert azru.load() is azru.load()
    assert azru.load(package_path().parent) is azru.load()


def test_the_cache_notices_a_changed_file_in_a_sub_folder(package_copy: Path) -> None:
    """The cache is keyed by every file the descriptor lists, wherever it lies, not by the folder's *.csv."""
    folder = package_copy.parent
    (folder / "tables").mkdir()
    (folder / "places.csv").rename(folder / "tables" / "places.csv")
    package = json.loads(package_copy.read_text(encoding="utf-8"))
    next(r for r in package["resources"] if r["name"] == "places")["path"] = "tables/places.csv"
    package_copy.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    first = azru.load(package_copy)
    assert azru.load(package_copy) is first  # cached while nothing changes
    moved = folder / "tables" / "places.csv"
    moved.write_bytes(moved.read_bytes().replace(b",Baku,", b",Bakuu,", 1))  # not via rehash: the hash now lies
    with pytest.raises(azru.DataError) as caught:
        azru.load(package_copy)  # no clear_cache(): the cache itself must notice
    assert caught.value.file == "tables/places.csv" and "file changed since its hash was recorded" in str(caught.value)


def test_a_package_without_a_vocabulary_is_a_data_error(package_copy: Path) -> None:
    package = json.loads(package_copy.read_text(encoding="utf-8"))
    del package["x-vocabulary"]
    package_copy.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(azru.DataError, match="no x-vocabulary section"):
        azru.load(package_copy)


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


# --- filters are methods of the loaded facts ---------------------------------------------------


def test_filters_are_methods_of_the_facts(package_copy) -> None:
    """A copy with one theme changed: the module function reads the shipped package, the method the copy."""
    import csv

    from azru.package import rehash

    path = package_copy.parent / "events.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    moved = next(r for r in rows if r["event_id"] == "seed-terrorism-memorandum-2000")
    assert moved["theme"] == "law"
    for row in rows:
        if row["happening_id"] == moved["happening_id"]:
            row["theme"] = "border"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    rehash(package_copy)
    copy = azru.load(package_copy)
    assert "seed-terrorism-memorandum-2000" in set(copy.events(theme="border")["event_id"])
    assert "seed-terrorism-memorandum-2000" not in set(azru.events(theme="border")["event_id"])
    assert "seed-terrorism-memorandum-2000" in set(azru.events(theme="law")["event_id"])
    assert moved["happening_id"] in set(copy.happenings(theme="border")["happening_id"])


def test_unknown_filter_value_lists_the_valid_ones() -> None:
    with pytest.raises(
        azru.FilterError, match=r"unknown theme 'Border' \(did you mean 'border'\?\); valid: .*military"
    ):
        azru.events(theme="Border")
    with pytest.raises(ValueError, match=r"unknown indicator 'trade'.*trade_turnover"):
        azru.measures(indicator="trade")
    with pytest.raises(ValueError, match="unknown status"):
        azru.happenings(status="rumoured")
    with pytest.raises(ValueError, match="not a date"):
        azru.events(start="last year")
    with pytest.raises(ValueError, match="not a period"):
        azru.measures(period="2008-13")


def test_year_bounds_are_whole_years() -> None:
    by_int = azru.events(start=2008, end=2008)
    by_text = azru.events(start="2008", end="2008-12-31")
    assert by_int["event_id"].tolist() == by_text["event_id"].tolist()
    assert len(by_int) > 0
    assert (by_int["end"] >= pd.Timestamp("2008-01-01")).all() and (by_int["start"] <= pd.Timestamp("2008-12-31")).all()
    assert len(azru.events(start=datetime.date(2008, 1, 29), end=datetime.date(2008, 1, 29))) >= 2


def test_rows_come_sorted_by_date() -> None:
    assert azru.events()["start"].is_monotonic_increasing
    assert azru.happenings()["start"].is_monotonic_increasing
    starts = azru.measures()["period_start"]
    assert starts.dropna().is_monotonic_increasing
    assert starts.isna().sum() == 0 or starts.iloc[-1] is pd.NaT  # undated figures come last


def test_several_values_and_plain_frames() -> None:
    both = azru.events(theme=["law", "border"])
    assert set(both["theme"].astype(str)) == {"law", "border"}
    assert type(both) is pd.DataFrame  # a filtered copy is a plain frame
    facts = azru.load()
    assert callable(facts.events) and callable(facts.measures) and callable(facts.happenings)
    assert facts.events.filter_names() == ["theme", "kind", "status", "start", "end"]
    replaced = dataclasses.replace(facts, events=pd.DataFrame(facts.events).head(3))
    assert len(replaced.events(theme=["law", "border", "military", "diplomacy", "trade", "energy", "society"])) == 3


def test_missing_data_package_is_a_data_error(tmp_path, monkeypatch) -> None:
    with pytest.raises(azru.DataError) as caught:
        azru.load(tmp_path / "nowhere" / "datapackage.json")
    assert caught.value.file == str(tmp_path / "nowhere" / "datapackage.json")
    with pytest.raises(azru.DataError, match="no data package here"):
        azru.load(tmp_path)
    monkeypatch.setenv("AZRU_DATA", str(tmp_path))
    with pytest.raises(azru.DataError, match=str(tmp_path)):
        azru.load()


def test_extra_tables_of_the_descriptor_load(package_copy) -> None:
    import json

    from azru.package import rehash

    (package_copy.parent / "coder_notes.csv").write_text("note_id,label\nc1,first\nc2,second\n", encoding="utf-8")
    package = json.loads(package_copy.read_text(encoding="utf-8"))
    package["resources"].append(
        {
            "name": "coder_notes",
            "path": "coder_notes.csv",
            "profile": "tabular-data-resource",
            "schema": {
                "fields": [
                    {"name": "note_id", "type": "string", "constraints": {"required": True, "unique": True}},
                    {"name": "label", "type": "string"},
                ]
            },
        }
    )
    package_copy.write_text(json.dumps(package, indent=2), encoding="utf-8")
    rehash(package_copy)
    facts = azru.load(package_copy)
    assert list(facts.tables)[-1] == "coder_notes"
    assert facts.coder_notes["label"].tolist() == ["first", "second"]
    assert "coder_notes=2" in repr(facts)


def test_one_type_per_column_and_days_only_where_complete() -> None:
    """A column has one type in every table; only complete days are datetime64 (azru.data documents each)."""
    facts = azru.load()
    tables = {**facts.tables, "happenings": facts.happenings}
    kinds: dict[str, set[str]] = {}
    for frame in tables.values():
        for column, dtype in frame.dtypes.items():
            kinds.setdefault(str(column), set()).add(
                "category" if isinstance(dtype, pd.CategoricalDtype) else str(dtype)
            )
    assert {c: k for c, k in kinds.items() if len(k) > 1} == {}
    days = {c for c, k in kinds.items() if any(t.startswith("datetime64") for t in k)}
    assert days == {"accessed", "start", "end", "period_start", "period_end"}
    assert all(kinds[c] == {"datetime64[s]"} for c in days)
    partial = {"date", "date_end", "published", "role_from", "role_to", "list_date", "period"}
    assert all(kinds[c] == {"str"} for c in partial)
    assert kinds["precision"] == {"category"} and kinds["n_reports"] == {"int64"} and kinds["year"] == {"Int64"}


def test_one_list_of_public_names() -> None:
    """__all__ and dir(azru) derive from one mapping; dir shows no helper (Any, TYPE_CHECKING, importlib)."""
    import types

    public = [n for n in dir(azru) if not isinstance(getattr(azru, n), types.ModuleType)]
    assert public == sorted([*azru.__all__, "__version__"])
    assert not {"Any", "TYPE_CHECKING", "importlib"} & set(dir(azru))
    assert all(getattr(azru, name) is not None for name in azru.__all__)
    assert callable(azru.relations_index) and azru.Facts.__name__ == "Facts"
    with pytest.raises(AttributeError):
        azru.default_package_path  # noqa: B018 - no aliases
