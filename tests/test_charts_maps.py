"""Figure tests for the border map, and the generalisation close-up.

Each chart is drawn from the geometry of the shipped package (its resources under data/geo) and from
small frames built here (not from the data tables, so the baselines do not
move when the data grows), rendered with :func:`azru.charts.base.png_bytes`
and compared with ``tests/baseline/<name>.png`` by matplotlib's
``compare_images`` (RMS tolerance 1). A missing baseline is a failure; to
(re)create the baselines after an intended change to a chart, run

    AZRU_UPDATE_BASELINES=1 .venv/bin/python -m pytest -p no:xdist tests/test_charts_maps.py

look at the new files in tests/baseline/, and commit them.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from figures import BASELINES, assert_matches_baseline, compare_with_baseline
from matplotlib.figure import Figure

import azru
from azru import geo
from azru.charts.base import png_bytes
from azru.charts.maps import border_detail, border_map, locate_places
from azru.package import rehash

# --- small fixed frames ---------------------------------------------------------------------------


def places_frame() -> pd.DataFrame:
    """Two cities on the map, one off it, an embassy placed by its city, and a place without a position."""
    return pd.DataFrame(
        {
            "place_id": ["baku", "derbent", "moscow", "embassy-in-baku", "nowhere"],
            "name_en": ["Baku", "Derbent", "Moscow", "Embassy in Baku", "Nowhere"],
            "kind": ["city", "city", "city", "embassy", "town"],
            "country": ["AZE", "RUS", "RUS", "AZE", "AZE"],
            "lat": [40.41, 42.06, 55.75, None, None],
            "lon": [49.87, 48.29, 37.62, None, None],
            "within": [None, None, None, "baku", None],
        }
    )


CHARTS: dict[str, Callable[[], Figure]] = {
    "border_map": lambda: border_map(azru.load(), source="test"),
    "border_map_places": lambda: border_map(azru.load(), places_frame(), source="test"),
    "border_detail": lambda: border_detail(azru.load(), (0.0, 0.01, 0.05), source="test"),
}


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_matches_baseline(name: str, tmp_path: Path) -> None:
    assert_matches_baseline(name, CHARTS[name](), tmp_path)


def test_a_moved_border_fails_the_comparison(tmp_path: Path) -> None:
    """The map test has teeth: the border line bent at one point is caught."""
    assert (BASELINES / "border_map.png").is_file(), "the baseline is tracked in git"
    facts = azru.load()
    collection = copy.deepcopy(facts.geometry[geo.BORDER])
    line = collection["features"][0]["geometry"]["coordinates"][0]
    middle = len(line) // 2
    line[middle] = [line[middle][0], line[middle][1] - 0.3]
    moved = dataclasses.replace(facts, geometry={**facts.geometry, geo.BORDER: collection})
    problem = compare_with_baseline("border_map", border_map(moved, source="test"), tmp_path)
    assert problem and "no baseline" not in problem, problem  # a difference found, not a missing file


def test_the_map_draws_the_geometry_of_the_package_loaded(package_copy: Path) -> None:
    """--data and $AZRU_DATA reach the maps: the border of another package is the one drawn."""
    path = package_copy.parent / "geo" / "az_ru_border.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    line = collection["features"][0]["geometry"]["coordinates"][0]
    del line[len(line) // 2 :]  # half the border
    path.write_text(json.dumps(collection), encoding="utf-8")
    rehash(package_copy)
    facts = azru.load(package_copy)
    assert geo.border_length_km(facts) < 0.8 * geo.border_length_km(azru.load())
    labels = [t.get_text() for t in border_map(facts, source="test").axes[0].get_legend().get_texts()]
    assert labels[-1] == f"Shared land border ({geo.border_length_km(facts):.1f} km)"


def test_png_bytes_are_deterministic() -> None:
    make = CHARTS["border_map_places"]
    assert png_bytes(make()) == png_bytes(make())


def test_places_take_their_city_position_and_nothing_is_dropped_silently() -> None:
    located = locate_places(places_frame()).set_index("place_id")
    assert tuple(located.loc["embassy-in-baku", ["plot_lon", "plot_lat", "at"]]) == (49.87, 40.41, "baku")
    assert pd.isna(located.loc["nowhere", "plot_lon"])
    ax = border_map(azru.load(), places_frame(), source="test").axes[0]
    texts = [t.get_text() for t in ax.texts]
    assert "Baku (1 mission)" in texts and "Derbent" in texts
    note = next(t for t in texts if t.startswith("Off the map"))
    assert "Moscow" in note and "No position in the data: Nowhere" in note


def test_legend_gives_the_computed_length() -> None:
    labels = [t.get_text() for t in border_map(azru.load(), source="test").axes[0].get_legend().get_texts()]
    assert labels[-1] == f"Shared land border ({geo.border_length_km(azru.load()):.1f} km)"


def test_unknown_place_ids_are_refused() -> None:
    with pytest.raises(KeyError, match="no-such-place"):
        border_map(azru.load(), ["no-such-place"])
