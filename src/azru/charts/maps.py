"""The border map: the Caucasus countries and the Azerbaijan–Russia border of the facts' geometry, and places.

Plain matplotlib patches on an equirectangular projection whose aspect is
corrected by the cosine of the middle latitude, so that a degree of longitude
is drawn as long as it is on the ground there. No geopandas or cartopy.

>>> import azru
>>> fig = border_map(azru.load())
>>> ax = fig.axes[0]
>>> tuple(float(v) for v in ax.get_xlim())
(38.0, 52.0)
>>> [t.get_text() for t in ax.get_legend().get_texts()][:2]
['Azerbaijan', 'Russia']
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path as MplPath
from matplotlib.ticker import FuncFormatter

from azru import geo
from azru.charts.base import COLOURS, new_figure, source_line, style

if TYPE_CHECKING:  # pragma: no cover
    from azru.data import Facts

__all__ = ["COUNTRY_FILL", "SEA_LABELS", "border_detail", "border_map", "locate_places"]

SEA = "#e4eef5"
LAND = "#f5f5f2"
COUNTRY_FILL = {"AZE": COLOURS["azerbaijan"], "RUS": COLOURS["russia"]}  # the course's side colours, drawn pale
SEA_LABELS = (("Caspian\nSea", 50.6, 41.3), ("Black\nSea", 39.3, 43.2))
EXCLAVE_LABELS = {"AZE": "Nakhchivan"}
MISSION_KINDS = ("embassy", "consulate")


def _rings_path(polygon: list[list[list[float]]]) -> MplPath:
    """One polygon (exterior ring, then holes) as a compound path, so enclaves stay holes."""
    vertices: list[tuple[float, float]] = []
    codes: list[int] = []
    for ring in polygon:
        points = [(float(x), float(y)) for x, y in ring]
        vertices.extend([*points, points[0]])
        codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(points) - 1) + [MplPath.CLOSEPOLY])
    return MplPath(vertices, codes)


def _area(ring: list[list[float]]) -> float:
    return 0.5 * abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True)))


def _centroid(ring: list[list[float]]) -> tuple[float, float]:
    xs, ys = zip(*ring, strict=True)
    return sum(xs) / len(xs), sum(ys) / len(ys)


def locate_places(frame: pd.DataFrame, lookup: pd.DataFrame | None = None) -> pd.DataFrame:
    """``frame`` with ``plot_lon``, ``plot_lat``, and ``at`` / ``at_name``: the place whose position is used.

    A place with its own latitude and longitude keeps them; one without them
    but with ``within`` set (an embassy in a city) takes the city's position;
    otherwise the position stays empty.

    >>> table = pd.DataFrame({
    ...     "place_id": ["baku", "embassy"], "name_en": ["Baku", "Embassy"], "kind": ["city", "embassy"],
    ...     "lat": [40.4, None], "lon": [49.9, None], "within": [None, "baku"]})
    >>> located = locate_places(table)
    >>> located[["place_id", "at", "plot_lon", "plot_lat"]].to_string(index=False)
    'place_id   at  plot_lon  plot_lat\\n    baku baku      49.9      40.4\\n embassy baku      49.9      40.4'
    """
    lookup = frame if lookup is None else pd.concat([frame, lookup]).drop_duplicates("place_id")
    by_id = lookup.set_index("place_id")
    out = frame.copy()
    lons, lats, at, at_names = [], [], [], []
    for row in frame.itertuples(index=False):
        place_id = row.place_id
        lon, lat = row.lon, row.lat
        within = getattr(row, "within", None)
        if (pd.isna(lon) or pd.isna(lat)) and isinstance(within, str) and within in by_id.index:
            place_id = within
            lon, lat = by_id.loc[within, "lon"], by_id.loc[within, "lat"]
        has = not (pd.isna(lon) or pd.isna(lat))
        lons.append(float(lon) if has else math.nan)
        lats.append(float(lat) if has else math.nan)
        at.append(place_id)
        at_names.append(str(by_id.loc[place_id, "name_en"]) if place_id in by_id.index else row.name_en)
    out["plot_lon"], out["plot_lat"], out["at"], out["at_name"] = lons, lats, at, at_names
    return out


def _gather_places(every: pd.DataFrame, places: pd.DataFrame | Iterable[str] | None, missions: bool) -> pd.DataFrame:
    if places is None and not missions:
        return pd.DataFrame()
    if places is None:
        chosen = every.iloc[0:0]
    elif isinstance(places, pd.DataFrame):
        chosen = places
    else:
        wanted = list(places)
        unknown = sorted(set(wanted) - set(every["place_id"]))
        if unknown:
            raise KeyError(f"unknown place ids: {', '.join(unknown)}")
        chosen = every.set_index("place_id").loc[wanted].reset_index()
    if missions:
        chosen = pd.concat([chosen, every[every["kind"].astype(str).isin(MISSION_KINDS)]])
    chosen = chosen.drop_duplicates("place_id").reset_index(drop=True)
    return locate_places(chosen, every)


def _degrees(axis: str) -> FuncFormatter:
    def fmt(value: float, _pos: int) -> str:
        hemisphere = ("E" if value >= 0 else "W") if axis == "x" else ("N" if value >= 0 else "S")
        return f"{abs(value):g}°{hemisphere}"

    return FuncFormatter(fmt)


def _draw_countries(
    ax: Any, features: list[dict[str, Any]], extent: tuple[float, float, float, float] | None = None
) -> list[Any]:
    """Fill and outline every country; label them when ``extent`` is given; return legend handles for the subjects."""
    handles: list[Any] = []
    ax.set_facecolor(SEA)
    for feature in features:
        props = feature["properties"]
        a3 = props["adm0_a3"]
        subject = props.get("role") == "subject"
        fill = COUNTRY_FILL.get(a3, LAND)
        polygons = feature["geometry"]["coordinates"]
        if feature["geometry"]["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            path = _rings_path(polygon)
            ax.add_patch(PathPatch(path, facecolor=fill, alpha=0.45 if subject else 1.0, edgecolor="none", zorder=1))
            ax.add_patch(PathPatch(path, facecolor="none", edgecolor="#8a8a8a", linewidth=0.6, zorder=2))
        if extent is not None:
            lx, ly = props["label_point"]
            # keep a label near the edge of the map inside it
            margin = 0.08 * (extent[2] - extent[0])
            ha = "right" if lx > extent[2] - margin else "left" if lx < extent[0] + margin else "center"
            lx = min(lx, extent[2] - 0.1) if ha == "right" else max(lx, extent[0] + 0.1) if ha == "left" else lx
            ax.text(
                lx,
                ly,
                props["name_en"].upper() if subject else props["name_en"],
                ha=ha,
                va="center",
                fontsize=10 if subject else 8.5,
                fontweight="bold" if subject else "normal",
                color="#222222" if subject else "#666666",
                zorder=5,
                clip_on=True,
            )
            if a3 in EXCLAVE_LABELS and len(polygons) > 1:
                parts = sorted(polygons, key=lambda p: _area(p[0]), reverse=True)
                cx, cy = _centroid(parts[1][0])
                ax.text(cx, cy, EXCLAVE_LABELS[a3], ha="center", va="center", fontsize=10, color="#333333", zorder=5)
        if subject:
            handles.append(Patch(facecolor=fill, alpha=0.45, edgecolor="#8a8a8a", label=props["name_en"]))
    return handles


def _frame_axes(ax: Any, extent: tuple[float, float, float, float]) -> None:
    lon_min, lat_min, lon_max, lat_max = extent
    ax.set_xlim(lon_min, lon_max)
    ax.set_ylim(lat_min, lat_max)
    ax.set_aspect(1 / math.cos(math.radians((lat_min + lat_max) / 2)))
    ax.grid(visible=True, axis="both", color="#ffffff", linewidth=0.5, alpha=0.7)
    ax.set_axisbelow(False)
    ax.xaxis.set_major_formatter(_degrees("x"))
    ax.yaxis.set_major_formatter(_degrees("y"))
    ax.tick_params(labelsize=8, length=0)
    for spine in ax.spines.values():
        spine.set_visible(True)
        spine.set_color("#8a8a8a")


def _figure_height(width: float, extent: tuple[float, float, float, float], extra: float) -> float:
    lon_min, lat_min, lon_max, lat_max = extent
    aspect = 1 / math.cos(math.radians((lat_min + lat_max) / 2))
    return min(9.0, width * (lat_max - lat_min) * aspect / (lon_max - lon_min) + extra)


def _note(ax: Any, lines: list[str]) -> None:
    if not lines:
        return
    ax.text(
        0.01,
        0.01,
        "\n".join(lines),
        transform=ax.transAxes,
        ha="left",
        va="bottom",
        fontsize=10,
        color="#444444",
        zorder=6,
        bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": "none", "alpha": 0.85},
    )


def _settled(fig: Figure) -> Figure:
    """Run the layout once, so that every later rendering is the same.

    A map's axes have a fixed aspect; the constrained layout needs one pass
    to fit them, so without this the first PNG of a figure would differ from
    the second.
    """
    with style():
        fig.draw_without_rendering()
    return fig


def _name_list(names: list[str], most: int = 5) -> str:
    shown = ", ".join(names[:most])
    return shown + (f" and {len(names) - most} more" if len(names) > most else "")


def border_map(
    facts: Facts,
    places: pd.DataFrame | Iterable[str] | None = None,
    missions: bool = False,
    source: str | None = None,
) -> Figure:
    """Map of Azerbaijan, Russia and their neighbours with the shared land border highlighted.

    ``facts`` gives the geometry and the places table. ``places`` is a places
    table (as ``facts.places``) or a list of place ids; each is drawn at its
    own position or, failing that, at the position of the place it is
    ``within``. ``missions=True`` adds the embassies and consulates of the
    facts at their cities. Places off the map or without any position are
    named in a note, never dropped silently.
    """
    features = geo.countries(facts)
    border = geo.border_line(facts)
    meta = geo.collection(facts, geo.COUNTRIES).get("metadata", {})
    extent = tuple(meta.get("clip_box", (38.0, 37.0, 52.0, 46.0)))
    fig, ax = new_figure(8.0, _figure_height(8.0, extent, 0.4))
    with style():
        handles = _draw_countries(ax, features, extent)
        length = sum(geo.geodesic_length_km(line) for line in border)
        for line in border:
            xs, ys = zip(*line, strict=True)
            ax.plot(xs, ys, color=COLOURS["both"], linewidth=3.2, solid_capstyle="round", zorder=4)
        handles.append(
            Line2D([], [], color=COLOURS["both"], linewidth=3.2, label=f"Shared land border ({length:.1f} km)")
        )
        for label, x, y in SEA_LABELS:
            if extent[0] < x < extent[2] and extent[1] < y < extent[3]:
                ax.text(x, y, label, ha="center", va="center", fontsize=10, style="italic", color="#4a7a9a", zorder=3)
        notes = _draw_places(ax, _gather_places(facts.places, places, missions), extent)
        if any(kind in MISSION_KINDS for kind in notes.pop("_kinds", [])):
            handles.append(
                Line2D(
                    [],
                    [],
                    marker="D",
                    linestyle="none",
                    markerfacecolor="white",
                    markeredgecolor="#222222",
                    label="Diplomatic mission(s)",
                )
            )
        _frame_axes(ax, extent)
        ax.legend(handles=handles, loc="upper left", fontsize=10, frameon=True, facecolor="white", framealpha=0.9)
        _note(ax, [f"{title}: {_name_list(names)}" for title, names in notes.items() if names])
        ax.set_title("Azerbaijan, Russia and their shared land border")
    source_line(fig, source if source is not None else f"{geo.source_note(facts, geo.COUNTRIES)}; azru data package")
    return _settled(fig)


def border_detail(
    facts: Facts,
    tolerances: Sequence[float] = (0.0, 0.01, 0.05),
    source: str | None = None,
) -> Figure:
    """The border drawn at several levels of generalisation, each with its vertex count and geodesic length.

    A tolerance of 0 is the line as shipped; larger tolerances (degrees) drop
    more vertices with :func:`azru.geo.simplify`, as a smaller-scale map does.

    >>> import azru
    >>> fig = border_detail(azru.load(), (0.0, 0.05))
    >>> labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    >>> labels[0].startswith("as shipped: 99 vertices")
    True
    """
    border = geo.border_line(facts)
    lons = [x for line in border for x, _ in line]
    lats = [y for line in border for _, y in line]
    pad_x, pad_y = 0.35, 0.3
    extent = (min(lons) - pad_x, min(lats) - pad_y, max(lons) + pad_x, max(lats) + pad_y)
    fig, ax = new_figure(8.0, _figure_height(8.0, extent, 0.7))
    colours = [COLOURS["both"], COLOURS["highlight"], "#555555", COLOURS["context"], "#222222"]
    widths = [3.6, 2.0, 1.6, 1.3, 1.1]
    with style():
        _draw_countries(ax, geo.countries(facts))
        handles = []
        for i, tolerance in enumerate(tolerances):
            lines = [geo.simplify(line, tolerance) if tolerance > 0 else line for line in border]
            vertices = sum(len(line) for line in lines)
            length = sum(geo.geodesic_length_km(line) for line in lines)
            name = "as shipped" if tolerance == 0 else f"tolerance {tolerance:g}° (~{tolerance * 111:.0f} km)"
            colour, width = colours[i % len(colours)], widths[min(i, len(widths) - 1)]
            for line in lines:
                xs, ys = zip(*line, strict=True)
                ax.plot(xs, ys, color=colour, linewidth=width, solid_capstyle="round", zorder=4 + i)
            handles.append(
                Line2D([], [], color=colour, linewidth=width, label=f"{name}: {vertices} vertices, {length:.1f} km")
            )
        for feature in geo.countries(facts):
            props = feature["properties"]
            if props.get("role") == "subject":
                ax.text(
                    *_side_label(props["adm0_a3"], extent),
                    props["name_en"].upper(),
                    ha="center",
                    va="center",
                    fontsize=10,
                    fontweight="bold",
                    color="#222222",
                    zorder=3,
                )
        _frame_axes(ax, extent)
        ax.legend(handles=handles, loc="upper right", fontsize=10, frameon=True, facecolor="white", framealpha=0.9)
        ax.set_title("The same border with fewer vertices is shorter")
    source_line(fig, source if source is not None else f"{geo.source_note(facts)}; generalised with azru.geo.simplify")
    return _settled(fig)


def _side_label(a3: str, extent: tuple[float, float, float, float]) -> tuple[float, float]:
    """Where to write a country's name in the border close-up: Russia north-west, Azerbaijan south."""
    lon_min, lat_min, lon_max, lat_max = extent
    if a3 == "RUS":
        return lon_min + 0.3 * (lon_max - lon_min), lat_min + 0.82 * (lat_max - lat_min)
    return lon_min + 0.45 * (lon_max - lon_min), lat_min + 0.12 * (lat_max - lat_min)


def _draw_places(ax: Any, located: pd.DataFrame, extent: tuple[float, float, float, float]) -> dict[str, Any]:
    """Draw located places grouped by position; return notes for those not drawn."""
    notes: dict[str, Any] = {"Off the map": [], "No position in the data": [], "_kinds": []}
    if located.empty:
        return notes
    lon_min, lat_min, lon_max, lat_max = extent
    for _at, group in located.groupby("at", sort=True):
        lon, lat = group["plot_lon"].iloc[0], group["plot_lat"].iloc[0]
        kinds = [str(k) for k in group["kind"]]
        missions = sum(k in MISSION_KINDS for k in kinds)
        label = str(group["at_name"].iloc[0])
        counted = label + (f" ({missions} mission{'s' if missions > 1 else ''})" if missions else "")
        if math.isnan(lon) or math.isnan(lat):
            notes["No position in the data"].append(counted)
            continue
        if not (lon_min <= lon <= lon_max and lat_min <= lat <= lat_max):
            notes["Off the map"].append(counted)
            continue
        notes["_kinds"].extend(kinds)
        ax.scatter([lon], [lat], s=22, color="#222222", edgecolors="white", linewidths=0.8, zorder=7)
        if missions:
            ax.scatter(
                [lon], [lat], s=90, marker="D", facecolors="none", edgecolors="#222222", linewidths=0.9, zorder=7
            )
        ax.annotate(
            counted,
            (lon, lat),
            xytext=(5, 4),
            textcoords="offset points",
            fontsize=10,
            color="#111111",
            zorder=8,
            bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.7},
        )
    return notes
