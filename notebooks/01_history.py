# %% [markdown]
# # 1. History: the relation from 1991 to today
#
# How did the relation between Azerbaijan and Russia change after the end of
# the Soviet Union? The data records, among much else, a Declaration on
# Allied Interaction signed in 2022 and, after an air crash in December 2024,
# a run of closures, arrests and summonses. This lesson reads the history
# from the dated events in the data:
# a timeline by theme cut into six phases, the rhythm of visits and signed
# documents, the arrangements that lasted for years (a lease, programmes, a
# peacekeeping deployment), the chain of statements after the air crash of
# December 2024, and the diplomatic missions of each country in the other.
# Every chart is drawn from the data as it stands, so when the data grows the
# charts and counts follow.
#
# **Learning objectives.** After this lesson you can
#
# 1. divide the relation since 1991 into phases and say what marks each one;
# 2. count visits and agreements per year and per phase, and say what such
#    counts measure and what they do not;
# 3. read a span chart and a chain of claims, and tell a reported fact from a
#    claim or a denial;
# 4. find where two sources date the same event differently, and cite both.

# %%
import pandas as pd

import azru
from azru import charts
from azru.charts import spans

pd.set_option("display.max_colwidth", 80)
facts = azru.load()
events = facts.events.copy()
print(
    f"{len(events)} events, {events['year'].min()}–{events['year'].max()}, "
    f"from {events['source_id'].nunique()} sources"
)

# %% [markdown]
# ## 1. Six phases
#
# Historians cut time into phases to make it readable; the cuts are choices,
# not facts. This course uses six:
#
# | phase | years | what marks it |
# | --- | --- | --- |
# | I. The 1990s | 1991–1999 | diplomatic relations (1992), the 1997 treaty of friendship, a closed land border |
# | II. Rapprochement | 2000–2009 | Putin's visit to Baku (2001), the Gabala radar agreement (2002), declarations and cultural years |
# | III. Arms and borders | 2010–2019 | the border treaty (2010), large arms contracts, the end of Russian use of the Gabala radar (2012) |
# | IV. War and peacekeepers | 2020–2021 | the 2020 Karabakh war, the ceasefire statement and Russian peacekeepers |
# | V. Allies on paper | 2022–2023 | the Declaration on Allied Interaction (February 2022) |
# | VI. Crisis | 2024–2025 | the peacekeepers leave, the AZAL air crash, closures, arrests and summonses |
#
# The table below counts the events the data holds in each phase, by theme.

# %%
PHASES = [
    ("1991", "1999", "I"),
    ("2000", "2009", "II"),
    ("2010", "2019", "III"),
    ("2020", "2021", "IV"),
    ("2022", "2023", "V"),
    ("2024", "2025", "VI"),
]
PHASE_NAMES = {
    "I": "The 1990s",
    "II": "Rapprochement",
    "III": "Arms and borders",
    "IV": "War and peacekeepers",
    "V": "Allies on paper",
    "VI": "Crisis",
}


def phase_of(year: int) -> str:
    """The phase a year belongs to ('before 1991' or 'after 2025' outside them)."""
    for first, last, label in PHASES:
        if int(first) <= year <= int(last):
            return label
    return "before 1991" if year < int(PHASES[0][0]) else "after 2025"


events["phase"] = [phase_of(int(y)) for y in events["year"]]
# the six phases in order, then any events outside them (kept and shown, never dropped)
phase_order = [label for _, _, label in PHASES] + sorted(set(events["phase"]) - set(PHASE_NAMES))
by_phase = pd.crosstab(events["phase"], events["theme"].astype(str)).reindex(phase_order, fill_value=0)
by_phase.insert(0, "phase", [PHASE_NAMES.get(p, p) for p in by_phase.index])
by_phase["all themes"] = by_phase.drop(columns="phase").sum(axis=1)
by_phase

# %% [markdown]
# The timeline draws every event on the lane of its theme; shaded bands are
# the phases, labelled with their numerals. A dot is one event; a bar is an
# event that lasted more than a month.

# %%
charts.show(
    charts.timeline(events, phases=PHASES),
    1,
    "The relation since 1991 by theme, with the six phases of this course shaded (I–VI).",
    "Timeline with one horizontal lane per theme (diplomacy, military, border, trade, energy, society, law); "
    "each event is a dot or, if it lasted more than a month, a bar; six alternating grey bands mark the phases "
    "from 1991–1999 to 2024–2025.",
)

# %% [markdown]
# Counting events per year shows where the record is dense. It measures what
# the sources chose to report and what this project has curated so far, not
# the intensity of the relation itself.

# %%
charts.show(
    charts.events_per_year(events),
    2,
    "Events in the data per year, by theme.",
    "Stacked bar chart of the number of events in the data for each year, coloured by theme.",
)

# %% [markdown]
# > **Check the source.** Even well-known meetings are dated differently by
# > different sources: Heydar Aliyev's 1997 visit to Moscow is given as 2–4
# > July by one source and 3–4 July by another (rows
# > `aliyev-moscow-visit-1997-heritage`, `aliyev-moscow-visit-1997-jamestown`),
# > and his January 2002 visit ends on the 25th, 26th or 27th depending on who
# > tells it (rows `aliyev-moscow-visit-2002-*`). The trilateral statement of
# > 2020 was signed late on 9 November but took effect at midnight Moscow time
# > on 10 November (notes of row `trilateral-statement-2020-11-10`). A 2024
# > wire report says Putin had last been to Azerbaijan in September 2018, but
# > the Kremlin's record places the September 2018 talks in Sochi, in Russia
# > (rows `putin-visit-azerbaijan-2018-pledgetimes`,
# > `putin-aliyev-talks-sochi-2018`). When the data holds two datings of one
# > event, each is a row with its own source, and `azru.check()` lists them:

# %%
dating = azru.check(only=["event_dates"])
if dating.empty:
    print("No event is dated differently by two sources in this data.")
for row in dating.itertuples():
    print(f"- [{row.severity}] {row.message}")

# %% [markdown]
# ## 2. Visits and signed documents
#
# The most visible part of a relation between states is its calendar: who
# visits whom, and what they sign. Here a *visit* is an event of kind `visit`;
# a *signed document* is an agreement, treaty, protocol, memorandum or
# declaration. One visit told by three sources is three rows in the data
# (one per source), so before counting, rows with the same title and kind
# are counted once.

# %%
SIGNED = ["agreement", "treaty", "protocol", "memorandum", "declaration"]
calendar_rows = events[events["kind"].isin(["visit", *SIGNED])]
calendar = calendar_rows.sort_values("start").drop_duplicates(["title", "kind"]).copy()
print(f"{len(calendar_rows)} rows, {len(calendar)} distinct visits and documents")
calendar["type"] = ["visit" if k == "visit" else "signed document" for k in calendar["kind"].astype(str)]
charts.show(
    charts.events_per_year(calendar, by="type"),
    3,
    "Visits and signed documents (agreements, treaties, protocols, memoranda, declarations) per year.",
    "Stacked bar chart with one bar per year: the number of visits and the number of signed documents "
    "recorded in the data for that year.",
)

# %% [markdown]
# Per phase, and per year of each phase (the phases are not equally long):

# %%
per_phase = pd.crosstab(calendar["phase"], calendar["type"]).reindex(phase_order, fill_value=0)
years_in_phase = pd.Series({label: int(last) - int(first) + 1 for first, last, label in PHASES}, dtype="Int64")
per_phase["years"] = years_in_phase
for column in [c for c in ("visit", "signed document") if c in per_phase]:
    per_phase[f"{column} per year"] = (per_phase[column] / per_phase["years"]).round(2)
per_phase

# %% [markdown]
# The landmark documents of the relation are its treaties and declarations:

# %%
landmarks = (
    events[events["kind"].isin(["treaty", "declaration"])]
    .sort_values("start")
    .groupby(["title", "kind"], sort=False, observed=True)
    .agg(date=("date", "first"), phase=("phase", "first"), rows=("event_id", "size"), first_source=("source_id", "first"))
    .reset_index()[["date", "phase", "kind", "title", "rows", "first_source"]]
)
if landmarks.empty:
    print("No treaty or declaration in the data yet.")
landmarks

# %% [markdown]
# ## 3. What lasted: leases, programmes, deployments, cultural years
#
# Some events are not moments but periods: the cultural years, programmes of
# cooperation, contracts. Any event in the data with an end date more than a
# month after its start is drawn here as a bar. Two of the longest
# arrangements are recorded differently, as a start event and an end event:
# the Russian use of the Gabala radar (from the 2002 agreement to the
# termination) and the peacekeeping deployment (from the deployment to the
# last withdrawal at the same place). Those spans are built from their two
# events; where the end event is not in the data, the bar becomes a dot
# marked "no end date".

# %%
explicit = events[events["date_end"].notna() & ((events["end"] - events["start"]).dt.days > 31)]
lasting = explicit.assign(label=explicit["title"] + " (" + explicit["date"] + "–" + explicit["date_end"] + ")")


def span_between(first: pd.DataFrame, last: pd.DataFrame, label: str) -> list[dict]:
    """A span from the earliest event of ``first`` to the latest event of ``last`` after it (no end if none)."""
    if first.empty:
        return []
    begin = first.sort_values("start").iloc[0]
    after = last[last["start"] >= begin["start"]].sort_values("start")
    ends_on = after["date"].iloc[-1] if len(after) else "end not in the data"
    return [
        {
            "label": f"{label} ({begin['date']}–{ends_on})",
            "start": begin["start"],
            "end": after["end"].iloc[-1] if len(after) else pd.NaT,
            "theme": begin["theme"],
            "event_id": begin["event_id"],
            "date": begin["date"],
            "date_end": ends_on,
        }
    ]


radar_places = set(facts.places.loc[facts.places["name_en"].str.contains("Gabala"), "place_id"])
at_radar = events[events["place_id"].isin(radar_places)]
derived = span_between(
    at_radar[at_radar["kind"] == "agreement"],
    at_radar[(at_radar["kind"] == "termination") & (at_radar["status"] == "reported")],
    "Russian use of the Gabala radar",
)
for place, deployed in events[events["kind"] == "deployment"].groupby(events["place_id"].fillna(""), sort=True):
    if deployed["date_end"].isna().all():
        withdrawn = events[(events["kind"] == "withdrawal") & (events["place_id"].fillna("") == place)]
        derived += span_between(deployed, withdrawn, deployed.sort_values("start")["title"].iloc[0])
columns = ["label", "start", "end", "theme", "event_id", "date", "date_end"]
lasting = pd.concat([lasting[columns], pd.DataFrame(derived, columns=columns)], ignore_index=True)
lasting["start"], lasting["end"] = pd.to_datetime(lasting["start"]), pd.to_datetime(lasting["end"])
charts.show(
    spans.span_chart(lasting, "label", colour_col="theme"),
    4,
    "Arrangements that lasted more than a month, from their start to their end as the sources date them.",
    "Horizontal bar chart, one bar per lasting arrangement (leases, programmes, deployments, cultural years), "
    "running from its start date to its end date on a time axis, coloured by theme.",
)

# %% [markdown]
# ## 4. The crisis of 2024–2025 as a chain of statements
#
# In December 2024 an Azerbaijan Airlines (AZAL) airliner flying from Baku to
# Grozny was diverted across the Caspian Sea and crashed near Aktau in
# Kazakhstan. What followed was a sequence of statements — an apology without
# an admission, an accusation, demands, and ten months later an explanation —
# and of measures against each other's institutions and citizens. A chain of
# claims draws such a sequence in order; the marker shows whether each step
# is *reported* as fact, *claimed*, *denied* or only *planned*.

# %%
CRISIS_KINDS = [
    "incident",
    "talks",
    "statement",
    "allegation",
    "denial",
    "summons",
    "closure",
    "arrest",
    "termination",
    "withdrawal",
    "other",
]
crisis = azru.events(start="2024-12", kind=CRISIS_KINDS)
crisis = crisis[~crisis["theme"].isin(["trade", "energy"])].sort_values("start")
charts.show(
    spans.claim_chain(crisis),
    5,
    "From the AZAL crash of December 2024 onwards: statements, claims and measures in date order.",
    "Chain of events read top to bottom: each row gives an event's date, status and title, with a marker on a "
    "time axis; marker shape and colour show whether the event is reported, claimed, denied or planned, and "
    "arrows join the events in date order.",
)

# %% [markdown]
# > **Check the source.** The sources do not agree on how many people were
# > on board the airliner or how many survived: early reports give other
# > counts than later ones, and the `notes` say which figures are final. When
# > Putin spoke about the crash in October 2025, reports gave the distance of
# > the missiles from the aircraft in different words (notes of row
# > `azal-missile-distance`). The Azerbaijani culture ministry's cancellation
# > of Russian cultural events in June 2025 is dated to a Sunday by two
# > outlets and to a Friday by a third (rows `cultural-events-cancelled-2025-*`).
# > The table below lists every number the data attaches to the events of the
# > chain, with its source: which counts were revised later? Prefer the latest
# > figure and say whose it is.

# %%
crisis_numbers = facts.measures[facts.measures["event_id"].isin(crisis["event_id"])].sort_values(
    ["event_id", "indicator", "value"], kind="stable"
)
if crisis_numbers.empty:
    print("No numbers are attached to the events of the chain in this data.")
crisis_numbers.assign(value=crisis_numbers["value"].map("{:g}".format))[
    ["event_id", "indicator", "value", "unit", "qualifier", "source_id", "notes"]
]

# %% [markdown]
# ## 5. Diplomatic missions
#
# The data records an embassy of each country in the other's capital and
# Azerbaijani consulates general in Russian cities (rows of `places` of kind
# `embassy` and `consulate`). Missions are places in the data, and
# a mission without coordinates of its own takes those of the city it is
# `within`.

# %%
places = facts.places
city_names = places.set_index("place_id")["name_en"]
missions = places[places["kind"].isin(["embassy", "consulate"])].copy()
openings = events[(events["kind"] == "opening") & events["place_id"].isin(missions["place_id"])].sort_values("start")
first_opening = openings.groupby("place_id")["date"].first()
missions["city"] = missions["within"].map(city_names)
missions["host country"] = missions["country"]
missions["opening in the data"] = [first_opening.get(p, "not in the data") for p in missions["place_id"]]
missions[["name_en", "kind", "city", "host country", "opening in the data", "source_id"]]

# %% [markdown]
# > **Check the source.** The data holds no opening date for either embassy
# > (the notes of row `bulbuloglu-consulates-interview-2024` record that none
# > was found) or for the consulate general in Saint Petersburg. For the
# > consulate general in Yekaterinburg there are two dates, and both can be
# > right: the consul started work in September 2009 and the consulate got its
# > own office in May 2010 (rows `consulate-yekaterinburg-opens-2009`,
# > `consulate-yekaterinburg-office-2010`). "Not in the data" above means
# > exactly that, not that the mission has no history.

# %%
openings = openings.assign(label=openings["title"] + " (" + openings["date"] + ", " + openings["source_id"] + ")")
charts.show(
    spans.span_chart(openings, "label", limits=(PHASES[0][0], PHASES[-1][1]), wrap=60),
    6,
    "Openings of diplomatic missions recorded in the data; a diamond is a dated day, a bar a month or year.",
    "Chart with one row per recorded opening of an embassy or consulate, placed on a time axis at its date.",
)

# %% [markdown]
# Where the helper package has its map module, the missions are drawn on the
# map of the region at their cities; cities outside the map's frame (Moscow,
# Saint Petersburg, Yekaterinburg lie far to the north) and places without
# coordinates in the data are named in a note on the map.

# %%
try:  # the map module is optional: without it, a table of missions per city stands in for the map
    import azru.charts.maps as maps
except ModuleNotFoundError as missing:
    if missing.name != "azru.charts.maps":
        raise
    maps = None

if maps is not None:
    mission_map = charts.show(
        maps.border_map(missions=True),
        7,
        "Azerbaijan, Russia and the diplomatic missions of each in the other, at their cities.",
        "Map of the Caucasus with Azerbaijan and Russia shaded and their land border highlighted; mission cities "
        "inside the frame are marked with a diamond, and a note lists missions off the map or without coordinates.",
    )
else:
    mission_map = missions.groupby("city", dropna=False).size().rename("missions").to_frame()
mission_map

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** In which year does the data record the most visits? Which
# phase has the most signed documents per year?

# %% tags=["solution"]
visits_per_year = calendar[calendar["type"] == "visit"].groupby("year").size()
if visits_per_year.empty:
    print("The data records no visits yet.")
else:
    most = int(visits_per_year.max())
    print(f"Most visits: {visits_per_year.idxmax()} ({most} visit{'s' if most != 1 else ''})")
if "signed document per year" in per_phase:
    best = per_phase["signed document per year"].idxmax()
    print(f"Most signed documents per year: phase {best}, {PHASE_NAMES.get(best, best)}")

# %% [markdown]
# **Exercise 2.** For each phase, find the earliest event in the data and
# cite its source in Markdown. Why is "the first event in the data" not the
# same as "the first thing that happened"?

# %% tags=["solution"]
earliest = events.sort_values("start").groupby("phase").head(1).set_index("phase").reindex(phase_order).dropna(how="all")
for phase, row in earliest.iterrows():
    print(f"{phase} {PHASE_NAMES.get(phase, phase)}: {row['date']} {row['title']}")
    print(f"   {azru.cite(row['event_id'], style='markdown')}")
# The data holds only what its sources state and what has been curated so far:
# an early event may simply be missing, or be dated only to the year.

# %% [markdown]
# **Exercise 3.** Which arrangement in Figure 4 lasted longest, and for how
# many years? Is its end date as certain as its start?

# %% tags=["solution"]
durations = (((lasting["end"] - lasting["start"]).dt.days + 1) / 365.25).dropna()
if durations.empty:
    print("No lasting arrangement with both dates in the data yet.")
else:
    longest = durations.idxmax()
    print(f"{lasting.loc[longest, 'label']}: {durations[longest]:.1f} years")
    print(f"Dated {lasting.loc[longest, 'date']} to {lasting.loc[longest, 'date_end']}; the source of its start:")
    print(azru.cite(lasting.loc[longest, "event_id"]))

# %% [markdown]
# **Exercise 4.** In the chain of Figure 5, which steps are claims or
# denials rather than reported facts, and who makes them?

# %% tags=["solution"]
contested = crisis[crisis["status"].isin(["claimed", "denied"])]
if contested.empty:
    print("No claims or denials in the chain in this data.")
contested[["date", "status", "title", "actor_names", "source_id"]]

# %% [markdown]
# ## Take-aways
#
# - Phases are a reader's tool: six of them make 35 years readable, but the
#   boundaries are choices to argue about, not facts.
# - Counts of visits and agreements measure what was reported and curated,
#   not how good the relation was.
# - A span has two dates, and the end is often the less certain one.
# - In a crisis, keep statements apart from facts: the status column says
#   which is which.
# - Where sources date an event differently, keep both dates and cite both.
#
# ## References
#
# The sources of every event and place this lesson drew on:

# %%
used = sorted(set(events["source_id"]) | set(missions["source_id"]) | set(crisis_numbers["source_id"]))
for source_id in used:
    print("-", azru.cite(source_id, style="text"))
