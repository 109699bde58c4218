"""Boundary geometry: the Caucasus countries, the Azerbaijan–Russia border, and lengths on the ellipsoid.

The geometry is part of the data package: two GeoJSON resources of
``datapackage.json`` (``geo_countries``, ``geo_border``, files under ``geo/``
extracted once from Natural Earth, public domain, by
``scripts/extract_boundaries.py``), read into :attr:`azru.Facts.geometry` by
the loader, so ``azru.load(path)``, ``--data`` and ``$AZRU_DATA`` reach the
maps too. Reading needs nothing but the standard library; lengths need
:mod:`pyproj` (imported on first use).

>>> import azru
>>> from azru import geo
>>> facts = azru.load()
>>> round(geo.border_length_km(facts), 1)
277.7
>>> sorted(f["properties"]["adm0_a3"] for f in geo.countries(facts))
['ARM', 'AZE', 'GEO', 'IRN', 'KAZ', 'RUS', 'TUR']
>>> geo.source_note(facts)
'Natural Earth 1:10m admin 0 countries, version 5.1.1 (public domain)'
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from azru.errors import DataError

if TYPE_CHECKING:  # pragma: no cover
    from azru.data import Facts

__all__ = [
    "BORDER",
    "COUNTRIES",
    "Coords",
    "border_length_km",
    "border_line",
    "collection",
    "countries",
    "geodesic_length_km",
    "read_geojson",
    "simplify",
    "source_note",
]

#: The names of the geometry resources in ``datapackage.json``.
COUNTRIES = "geo_countries"
BORDER = "geo_border"

Coords = list[tuple[float, float]]
"""A line as (longitude, latitude) pairs in degrees, WGS84."""


def collection(facts: Facts, name: str) -> dict[str, Any]:
    """The GeoJSON FeatureCollection of the resource ``name``; a DataError if the package lacks it."""
    try:
        return facts.geometry[name]
    except KeyError:
        where = facts.path.name if facts.path is not None else "the facts"
        raise DataError(where, None, None, name, "no such geometry resource in the package") from None


def read_geojson(path: str | Path) -> dict[str, Any]:
    """A GeoJSON FeatureCollection as a dict; :class:`azru.DataError` if it is not one.

    The result is cached until the file changes and shared between callers:
    copy it before changing it.

    >>> from azru.location import shipped_data_dir
    >>> border = read_geojson(shipped_data_dir() / "geo" / "az_ru_border.geojson")
    >>> border["type"], len(border["features"])
    ('FeatureCollection', 1)
    """
    path = Path(path)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise DataError(str(path), None, None, None, f"cannot read the geometry: {exc.strerror}") from exc
    return _read_cached(path.resolve(), stamp)


@functools.lru_cache(maxsize=8)
def _read_cached(path: Path, _stamp: int) -> dict[str, Any]:
    try:
        parsed = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as err:
        raise DataError(path.name, err.lineno, None, None, f"not valid JSON: {err.msg}") from err
    if not isinstance(parsed, dict) or parsed.get("type") != "FeatureCollection":
        raise DataError(
            path.name,
            None,
            "type",
            parsed.get("type") if isinstance(parsed, dict) else None,
            "not a GeoJSON FeatureCollection",
        )
    for number, feature in enumerate(parsed.get("features", []), start=1):
        geometry = feature.get("geometry") or {}
        if geometry.get("type") not in ("MultiPolygon", "Polygon", "MultiLineString", "LineString"):
            raise DataError(
                path.name, None, f"features[{number}].geometry.type", geometry.get("type"), "unsupported geometry"
            )
    return parsed


def countries(facts: Facts) -> list[dict[str, Any]]:
    """The country features (``properties``: ``adm0_a3``, ``name_en``, ``role``, ``label_point``…).

    >>> import azru
    >>> aze = next(f for f in countries(azru.load()) if f["properties"]["adm0_a3"] == "AZE")
    >>> aze["properties"]["role"], aze["geometry"]["type"], len(aze["geometry"]["coordinates"]) > 1
    ('subject', 'MultiPolygon', True)
    """
    return list(collection(facts, COUNTRIES)["features"])


def source_note(facts: Facts, name: str = BORDER) -> str:
    """Where the geometry comes from, for a chart's source line."""
    meta = collection(facts, name).get("metadata", {})
    return f"{meta.get('source', 'unknown source')} ({meta.get('licence', 'licence unknown')})"


def _lines(geometry: dict[str, Any]) -> list[Coords]:
    parts = geometry["coordinates"] if geometry["type"] == "MultiLineString" else [geometry["coordinates"]]
    return [[(float(x), float(y)) for x, y in part] for part in parts]


def border_line(facts: Facts) -> list[Coords]:
    """The Azerbaijan–Russia land border as a list of lines (usually one), each (lon, lat) pairs.

    >>> import azru
    >>> parts = border_line(azru.load())
    >>> len(parts), len(parts[0]) > 50
    (1, True)
    >>> lon, lat = parts[0][0]
    >>> 44 < lon < 50 and 41 < lat < 42.5
    True
    """
    return [line for feature in collection(facts, BORDER)["features"] for line in _lines(feature["geometry"])]


def geodesic_length_km(coords: Iterable[Sequence[float]]) -> float:
    """Length in km of a line of (lon, lat) points along the WGS84 ellipsoid.

    One degree of latitude at the equator, and one of longitude along it:

    >>> round(geodesic_length_km([(0.0, 0.0), (0.0, 1.0)]), 3)
    110.574
    >>> round(geodesic_length_km([(0.0, 0.0), (1.0, 0.0)]), 3)
    111.319
    >>> geodesic_length_km([(45.0, 41.0)])
    0.0
    """
    from pyproj import Geod  # lazy: keeps `import azru` light

    points = [(float(p[0]), float(p[1])) for p in coords]
    if len(points) < 2:
        return 0.0
    lons, lats = zip(*points, strict=True)
    return float(Geod(ellps="WGS84").line_length(lons, lats)) / 1000.0


def border_length_km(facts: Facts) -> float:
    """Geodesic length in km of the package's border line (all its parts)."""
    return sum(geodesic_length_km(line) for line in border_line(facts))


def simplify(coords: Sequence[Sequence[float]], tolerance: float) -> Coords:
    """Douglas–Peucker generalisation: drop vertices closer than ``tolerance`` (degrees) to the simplified line.

    This is what map makers do when they draw a border at a smaller scale;
    the ends are always kept.

    >>> zigzag = [(0, 0), (1, 0.05), (2, -0.05), (3, 0)]
    >>> simplify(zigzag, 0.1)
    [(0.0, 0.0), (3.0, 0.0)]
    >>> simplify(zigzag, 0.01) == [(float(x), float(y)) for x, y in zigzag]
    True
    """
    points = [(float(p[0]), float(p[1])) for p in coords]
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        worst, worst_at = -1.0, first
        for i in range(first + 1, last):
            px, py = points[i]
            # distance to the chord, or to its first end when the chord has no length (a closed ring)
            distance = abs(dy * (px - x1) - dx * (py - y1)) / norm if norm else math.hypot(px - x1, py - y1)
            if distance > worst:
                worst, worst_at = distance, i
        if worst > tolerance:
            keep[worst_at] = True
            stack.extend([(first, worst_at), (worst_at, last)])
    return [p for p, kept in zip(points, keep, strict=True) if kept]
