# %% [markdown]
# # 3. The border: talks, the agreed line, the map, and the lengths sources give
#
# Azerbaijan and Russia share a land border that runs, in the words of a
# 2011 report on its ratification, from the tripoint with Georgia to the
# Caspian (row `federation-council-approves-border-treaty-2011`). The data
# follows how it was drawn as a legal line, from rounds of talks to a treaty.
# This lesson puts the border on a map from public-domain boundary
# data, measures it, and sets that measurement beside the lengths the sources
# state, which do not agree with each other. It then follows how much of the
# line the sources say was agreed, and the events from talks to treaty.
#
# **Learning objectives.** After this lesson you can
#
# 1. draw the border from the project's boundary files and say where they come from;
# 2. compute the length of a line on the ellipsoid, and explain why a map line is shorter than the surveyed border;
# 3. compare the competing lengths that sources give, and check a stated length against its own unit conversion;
# 4. read the record of the delimitation talks, with its gaps and its disagreements about dates.

# %%
import pandas as pd

import azru
from azru import geo
from azru.charts import base as charts_base
from azru.charts.maps import border_detail, border_map
from azru.charts.series import values_over_time
from azru.charts.spans import claim_chain
from azru.charts.timeline import timeline
from azru.charts.values import competing_values
from azru.checks import KM_PER_MILE

pd.set_option("display.max_colwidth", 70)

# %% [markdown]
# ## 1. The map
#
# The boundaries come from **Natural Earth**, a public-domain world map, at
# its most detailed scale (1:10 million). The script
# `scripts/extract_boundaries.py` cut out Azerbaijan, Russia and their
# neighbours once and stored them in `data/geo/`, so this notebook needs no
# network and no map library; `data/geo/README.md` records the version and
# what was changed. The places of the data package are drawn where the data
# gives their position; an embassy takes the position of its city.

# %%
places = azru.places()
cities = places[places["kind"].isin(["city", "town", "facility"]) & places["country"].isin(["AZE", "RUS"])]
charts_base.show(
    border_map(cities, missions=True),
    1,
    "Azerbaijan (with its Nakhchivan exclave), Russia and their neighbours; the shared land border in green. "
    "Places the data cannot put on this map are listed in the box.",
    "Map of the Caucasus between the Black Sea and the Caspian Sea. Russia is shaded purple in the north, "
    "Azerbaijan orange in the south-east, with Georgia, Armenia, Turkey, Iran and Kazakhstan in grey. "
    "A thick green line marks the short border between Azerbaijan and Russia, running from the Georgian "
    "border south-east to the Caspian coast.",
)

# %% [markdown]
# The border itself is one line of points, each a longitude and a latitude:

# %%
border = geo.border_line()
vertices = sum(len(line) for line in border)
print(f"{len(border)} line(s), {vertices} vertices")
print("first point (lon, lat):", border[0][0])
print("last point (lon, lat): ", border[-1][-1])
print(geo.source_note())

# %% [markdown]
# ## 2. How long is the border?
#
# A line on a map is measured on the **ellipsoid**, the slightly flattened
# sphere that models the Earth (WGS84, as in GPS): `geo.geodesic_length_km`
# adds up the shortest distances over the ellipsoid between consecutive
# points.

# %%
computed_km = geo.border_length_km()
print(f"Geodesic length of the Natural Earth 1:10m border line: {computed_km:.1f} km")

# %% [markdown]
# The sources state other lengths. Each is one row of `measures`, with the
# unit the source used; a length in miles is converted here so that all can
# be compared in kilometres.

# %%
sources = azru.sources().set_index("source_id")
measures = azru.measures(theme="border")
lengths = measures[measures["indicator"].str.startswith("border_length") & measures["unit"].isin(["km", "mi"])].copy()
lengths["km"] = lengths["value"].where(lengths["unit"] == "km", lengths["value"] * KM_PER_MILE).round(1)
lengths["publisher"] = lengths["source_id"].map(sources["publisher"])
lengths["published"] = lengths["source_id"].map(sources["published"])


def describe(row: pd.Series) -> str:
    """A short label: who states it, when, what kind of length, and the unit if it is not km."""
    when = next((d for d in (row["period"], row["published"]) if isinstance(d, str)), "undated")
    label = f"{row['publisher']} ({when})"
    kind = row["indicator"].removeprefix("border_length").strip("_").replace("_", " ")
    if kind:
        label += f", {kind} line" if kind == "agreed" else f", {kind}"
    if row["unit"] != "km":
        label += f": {row['value']:g} {row['unit']}, converted"
    return label


lengths["label"] = lengths.apply(describe, axis=1)
lengths["vs_map_line"] = (lengths["km"] / computed_km - 1).map("{:+.0%}".format)
lengths.sort_values("km", kind="stable")[
    ["indicator", "value", "unit", "km", "vs_map_line", "qualifier", "reporter", "publisher", "published"]
]

# %% [markdown]
# A length of the sea boundary (an indicator with `sea` in its name) measures
# something else and stays out of the comparison with the land border:

# %%
at_sea = lengths["indicator"].str.contains("sea|maritime")
for row in lengths[at_sea].itertuples():
    print(f"left out: {row.indicator} {row.value:g} {row.unit} ({row.publisher})")
lengths = lengths[~at_sea]

# %%
charts_base.show(
    competing_values(
        lengths,
        value_col="km",
        label_col="label",
        reference=computed_km,
        reference_label="map line (Natural Earth 1:10m)",
        source="azru data package; Natural Earth 1:10m (public domain)",
    ),
    2,
    "The length of the Azerbaijan–Russia border as each source states it, in km (miles converted), "
    "beside the length of the map line computed here (dashed).",
    "Dot plot with one row per source statement of the border length in kilometres, sorted by value. "
    "A dashed vertical line marks the length computed from the map line; every stated length is drawn "
    "with its value.",
)

# %%
longer = int((lengths["km"] > computed_km).sum())
print(f"{len(lengths)} stated lengths, from {lengths['km'].min():g} to {lengths['km'].max():g} km;")
print(f"{longer} of them are longer than the map line of {computed_km:.1f} km.")

# %% [markdown]
# ## 3. One source, two numbers
#
# > **Check the source.** The seed article gives the line agreed by January
# > 2008 as "301.1 miles (336.5 km)". A mile is 1.609344 km, so the two
# > numbers cannot describe the same line: one of them is wrong, or both are.
# > No other page found for this project states either number (notes of
# > row `seed-border-talks-xv-2008`). The
# > consistency check `unit_conversion` catches such pairs wherever they
# > occur in the data.

# %%
conversions = azru.check(only=["unit_conversion"])
for message in conversions["message"]:
    print("-", message)

# %% [markdown]
# Which of the two is more plausible? Compare each, in km, with the lengths
# the other sources give:

# %%
for ids in conversions["ids"]:
    pair = lengths[lengths["measure_id"].isin(ids.split(";"))]
    others = lengths[~lengths["measure_id"].isin(ids.split(";"))]
    if pair.empty:
        continue
    if others.empty:
        print("No other stated length in the data to compare with.")
        continue
    low, high = others["km"].min(), others["km"].max()
    print(f"The {len(others)} other stated lengths run from {low:g} to {high:g} km.")
    for row in pair.itertuples():
        inside = "inside" if low <= row.km <= high else "outside"
        print(f"  {row.value:g} {row.unit} = {row.km:g} km: {inside} that range")

# %% [markdown]
# A figure that sits among the other sources' figures is not thereby right,
# but a figure far outside all of them is the likelier error. Until a primary
# source is found, both rows stay in the data, with the finding beside them.
#
# ## 4. Why the map line is shorter
#
# The count above shows how many stated lengths exceed the map line, and a
# shorter map line is expected. A border on the ground follows every bend of
# the terrain and of any river it runs along. A map at 1:10 million keeps a
# point only every few kilometres: each bend between two kept points
# becomes a straight chord, and a chord is always shorter than the curve it
# cuts off. The coarser the
# map, the shorter the line. The same effect can be shown by generalising
# the line further with the Douglas–Peucker method (`geo.simplify`), which
# drops every point closer to the simplified line than a tolerance:

# %%
tolerances = [0.0, 0.005, 0.01, 0.02, 0.05, 0.1]
rows = []
for tolerance in tolerances:
    lines = [geo.simplify(line, tolerance) if tolerance else line for line in border]
    rows.append(
        {
            "tolerance (degrees)": tolerance,
            "vertices": sum(len(line) for line in lines),
            "length (km)": round(sum(geo.geodesic_length_km(line) for line in lines), 1),
        }
    )
generalised = pd.DataFrame(rows)
generalised["share of full line"] = (generalised["length (km)"] / computed_km).map("{:.1%}".format)
generalised

# %%
charts_base.show(
    border_detail((0.0, 0.01, 0.05)),
    3,
    "The border line as shipped and generalised twice: each step drops vertices, cuts bends and shortens the line.",
    "Close-up map of the Azerbaijan–Russia border with three lines on top of each other: the detailed "
    "line as shipped, and two simplified versions with fewer points that cut across the bends of the "
    "border; the legend gives each line's number of vertices and length.",
)

# %%
spacing = computed_km / max(1, vertices - len(border))
print(f"The shipped line has a point every {spacing:.1f} km on average.")

# %% [markdown]
# A surveyed border follows the ground in far more detail than any map
# line, so it comes out longer. Generalisation alone does not explain
# why the stated lengths differ from each other, though: they may count
# different things (the land section only, or with the river and sea
# sections; the line before or after the treaty), and few rows record how
# their source measured (see the `notes` of each row).

# %% [markdown]
# ## 5. How much of the line was agreed
#
# Before the treaty, officials of both sides (and the seed article) reported
# what share of the line the delimitation commissions had agreed. Each
# report is one row; a report of "at least" or "more than" is drawn as a
# hollow marker. Some reports are
# dated only to the year: their marker sits on 1 January with a whisker to
# the end of the year. The base length they refer to is not always the same
# (see the `notes` column of `measures`).

# %%
share = azru.measures(indicator="border_share_agreed").sort_values("period_start", kind="stable")
share["publisher"] = share["source_id"].map(sources["publisher"])
share[["period", "value", "unit", "qualifier", "reporter", "publisher", "subject"]]

# %%
charts_base.show(
    values_over_time(
        share,
        group="publisher",
        x_end="period_end",
        unit="percent",
        max_gap_days=None,
        ylabel="share of the border agreed",
        title="Share of the land border reported as agreed",
    ),
    4,
    "The share of the border line reported as agreed, by date of the report and by source; "
    "a whisker spans a report dated only to the year, a hollow marker is a lower bound.",
    "Dot chart over time of the percentage of the Azerbaijan–Russia border reported as agreed, "
    f"one colour and marker shape per source; the reports range from {share['value'].min():g} "
    f"to {share['value'].max():g} percent.",
)

# %% [markdown]
# ## 6. From talks to treaty
#
# The border theme of the data holds the rounds of talks, the treaty on the
# state border, its ratifications and entry into force, and the agreement on
# sharing the water of the Samur, which was tied to the treaty. The
# timeline groups them by kind:

# %%
border_events = azru.events(theme="border").sort_values(["start", "event_id"], kind="stable")
border_events[["date", "date_end", "kind", "status", "title", "source_id"]]

# %%
charts_base.show(
    timeline(border_events, lanes="kind", source="azru data package"),
    5,
    "Events of the border theme by kind; bars are events that last longer than a month.",
    "Timeline with one row per kind of event (talks, statements, agreements, treaty, ratification and so on) "
    "and a dot at the date of each border event in the data.",
)

# %% [markdown]
# From the signature of the treaty to its entry into force, one event per
# row in date order. A treaty signed "twice" is a sign that the sources
# disagree:

# %%
treaty_steps = azru.events(theme="border", start="2010-09", end="2011-12")
charts_base.show(
    claim_chain(treaty_steps, title="From signature to entry into force"),
    6,
    "Border events from September 2010 to the end of 2011, one per row with its date, in date order.",
    "Chart listing the border events of 2010 and 2011 from top to bottom, each with its date and title, "
    "with a marker on a time axis; the treaty's signature appears more than once because sources give "
    "different dates.",
)

# %% [markdown]
# Sources do not always agree on dates. For the signature of the border
# treaty the research for this project found secondary pages giving
# 3 October 2010, where the Kremlin's record gives 3 September 2010. When the
# data holds two dates for the same event, the check `event_dates` reports
# them:

# %%
border_ids = set(border_events["event_id"])
date_findings = azru.check(only=["event_dates"])
about_border = date_findings["ids"].map(lambda ids: bool(border_ids & set(ids.split(";")))).astype(bool)
disputed = date_findings.loc[about_border]
if disputed.empty:
    print("No border event is dated differently by two sources in the data.")
for message in disputed["message"]:
    print("-", message)

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** Which stated length is closest to the map line, and which is
# farthest from it? Give both as a percentage of the map line.

# %% tags=["solution"]
ratio = (lengths["km"] / computed_km).rename("ratio to map line")
closest, farthest = ratio.idxmin(), ratio.idxmax()
for name, index in (("closest", closest), ("farthest", farthest)):
    print(f"{name}: {lengths.loc[index, 'label']}: {lengths.loc[index, 'km']:g} km = {ratio[index]:.0%} of the map line")

# %% [markdown]
# **Exercise 2.** The seed article's pair of numbers: if its kilometre figure
# is right, how many miles should it have written? If its mile figure is
# right, how many kilometres? Use `KM_PER_MILE`.

# %% tags=["solution"]
for row in lengths[lengths["measure_id"].isin(";".join(conversions["ids"]).split(";"))].itertuples():
    if row.unit == "km":
        print(f"{row.value:g} km would be {row.value / KM_PER_MILE:.1f} mi")
    else:
        print(f"{row.value:g} mi would be {row.value * KM_PER_MILE:.1f} km")

# %% [markdown]
# **Exercise 3.** Generalise the border with a tolerance of 0.2°. How many
# points are left, and how long is the line? How long would the border be if
# it ran straight from its first point to its last?

# %% tags=["solution"]
coarse = [geo.simplify(line, 0.2) for line in border]
print(
    f"tolerance 0.2°: {sum(len(line) for line in coarse)} points, "
    f"{sum(geo.geodesic_length_km(line) for line in coarse):.1f} km"
)
print(f"straight from end to end: {geo.geodesic_length_km([border[0][0], border[-1][-1]]):.1f} km")

# %% [markdown]
# **Exercise 4.** How many border events does the data hold of each kind, and
# how many different sources do they rest on? What does that tell you about
# how well the delimitation is documented here?

# %% tags=["solution"]
print(border_events.groupby("kind", observed=True).size().to_string())
print(f"{border_events['source_id'].nunique()} source(s) for {len(border_events)} border events")

# %% [markdown]
# ## Take-aways
#
# - The boundary data is public-domain Natural Earth at 1:10 million, extracted once by a script kept in the repository.
# - A length measured on a generalised map line is a lower bound: bends and river meanders are cut, so it comes out
#   shorter than the surveyed border, and shorter still on a coarser map.
# - Sources give several lengths for the same border; they may measure different things (land only, with the river
#   or sea sections, before or after the treaty), so a stated length needs its source and its date.
# - A number stated in two units can be checked against itself; the seed article's pair fails that check.
#
# ## References

# %%
used = sorted(set(lengths["source_id"]) | set(share["source_id"]) | set(border_events["source_id"]))
for source_id in used:
    print("-", azru.cite(source_id, style="text"))
print(f"- {geo.source_note()}. https://www.naturalearthdata.com/ (extracted into data/geo, see its README).")
