# %% [markdown]
# # 2. Military cooperation: agreements, a radar, arms and allegations
#
# The military events in the data show cooperation and quarrels side by
# side. Russia rented the Gabala radar station in Azerbaijan from 2002 until
# talks on a new rent failed in 2012; arms contracts between the two were put
# at billions of dollars in the 2010s (section 4), while media in Baku alleged
# that Russia was also arming Armenia (section 3). This lesson follows the
# signed agreements and the defence ministers' visits, the radar's lease and
# the fight over its price, the 2009 allegation that Russia had shipped arms
# to Armenia and what came of it, the totals of the arms contracts and
# Russia's falling share of Azerbaijan's arms imports, and a small error in a
# source that a check finds: one minister under two first names.
#
# **Learning objectives.** After this lesson you can
#
# 1. list the main military agreements and visits and place them in time;
# 2. rebuild a span (the radar lease) from its start and end events, and say
#    why sources give different ends;
# 3. read a log-scale chart and say why it suits numbers that grow twentyfold;
# 4. follow a chain of claims — allegation, summons, denial, leaked cable —
#    and say which steps are facts and which are claims;
# 5. read SIPRI's supplier shares and explain why five-year windows overlap.

# %%
import pandas as pd

import azru
from azru import charts
from azru.charts import series, spans

pd.set_option("display.max_colwidth", 80)
facts = azru.load()
events = facts.events.copy()
measures = facts.measures.copy()
sources = facts.sources.set_index("source_id")
military = events[events["theme"] == "military"].copy()
print(f"{len(military)} military events and {int((measures['theme'] == 'military').sum())} military measures")

# %% [markdown]
# ## 1. Agreements and ministers' visits
#
# The timeline puts every military event on the lane of its kind: signed
# agreements and protocols, visits and meetings, proposals, statements,
# claims and denials.

# %%
charts.show(
    charts.timeline(military, lanes="kind"),
    1,
    "Military events by kind since 1991; dots are single events, bars events that lasted more than a month.",
    "Timeline with one horizontal lane per kind of military event (agreement, protocol, visit, meeting, proposal, "
    "statement, allegation, denial and others), each event drawn as a dot at its date.",
)

# %% [markdown]
# The signed documents, each counted once however many sources report it:

# %%
SIGNED = ["agreement", "treaty", "protocol", "memorandum", "contract", "programme"]
signed = (
    military[military["kind"].isin(SIGNED)]
    .sort_values("start")
    .groupby(["title", "kind"], sort=False, observed=True)
    .agg(date=("date", "first"), status=("status", "first"), rows=("event_id", "size"), source=("source_id", "first"))
    .reset_index()[["date", "kind", "status", "title", "rows", "source"]]
)
if signed.empty:
    print("No signed military document in the data yet.")
signed

# %% [markdown]
# Defence ministers travel to sign, to buy and to smooth over quarrels. The
# people taking part in each military visit or meeting, with the role the
# data records for them:

# %%
people = facts.actors[facts.actors["kind"] == "person"].set_index("actor_id")
meetings = military[military["kind"].isin(["visit", "meeting", "talks"])].sort_values("start")


def who(actor_ids: object) -> str:
    """The people among an event's actors, with their role."""
    ids = actor_ids.split(";") if isinstance(actor_ids, str) else []
    named = [f"{people.loc[i, 'name']} ({people.loc[i, 'role']})" for i in ids if i in people.index]
    return "; ".join(named) or "no person named"


meetings = meetings.assign(people=meetings["actors"].map(who))
meetings[["date", "kind", "title", "people", "source_id"]]

# %%
calendar = military[military["kind"].isin(["visit", "meeting", *SIGNED])]
calendar = calendar.sort_values("start").drop_duplicates(["title", "kind"])
calendar = calendar.assign(
    type=["visit or meeting" if k in ("visit", "meeting") else "signed document" for k in calendar["kind"].astype(str)]
)
charts.show(
    charts.events_per_year(calendar, by="type"),
    2,
    "Military visits, meetings and signed documents per year (each counted once).",
    "Stacked bar chart with one bar per year: the number of military visits, meetings, agreements, protocols, "
    "contracts and programmes recorded for that year.",
)

# %% [markdown]
# ## 2. The Gabala radar, 2002–2012
#
# The Gabala (also written Qabala) radar is a station of the Daryal type.
# Under the agreement of 25 January 2002 it belonged to Azerbaijan and Russia
# rented it for ten years (row `gabala-lease-terms-2002`). In June 2007 Putin
# even offered it for use in US missile defence (rows `g8-gabala-offer-2007`,
# `seed-putin-g8-gabala-offer-2007`). When the lease neared its end, Baku
# raised its price; Moscow refused (row `gabala-asking-price-2011-11`), and on
# 10 December 2012 Azerbaijan's foreign ministry announced that Russia had
# stopped using the station (row `gabala-use-ends-2012`).
#
# The events about the radar are found by its place and by every name the
# gazetteer gives it:

# %%
radar = facts.places[facts.places["name_en"].str.contains("Gabala")]
names = set(radar["name_en"].str.split().str[0])
for aliases in radar["aliases"].dropna():
    names |= {alias.split()[0] for alias in aliases.split(";")}
pattern = r"\b(?:" + "|".join(sorted(names)) + r")\b"
print("names searched:", ", ".join(sorted(names)))
mentions = events["title"].str.contains(pattern, regex=True) | events["summary"].str.contains(pattern, regex=True)
gabala = events[events["place_id"].isin(radar["place_id"]) | mentions].sort_values("start")
gabala[["date", "kind", "status", "title", "source_id"]]

# %% [markdown]
# **The lease as a span.** The data records the lease by its events: the
# agreement that starts it, the dates on which sources said it was *due* to
# end (status `planned`), and the day Russian use actually ended (status
# `reported`). Each becomes a bar from the agreement to that end.

# %%
agreements = gabala[gabala["kind"] == "agreement"]
lease = []
if not agreements.empty:
    begin = agreements.iloc[0]
    ends = gabala[(gabala["kind"] == "termination") & (gabala["start"] >= begin["start"])]
    for _, end in ends.iterrows():
        publisher = sources.loc[end["source_id"], "publisher"]
        what = "lease due to end (planned)" if end["status"] == "planned" else "Russian use ended (reported)"
        lease.append(
            {"span": f"{end['date']}, per {publisher}", "start": begin["start"], "end": end["end"], "end as": what}
        )
    if ends.empty:
        lease.append(
            {"span": f"Lease from {begin['date']} (end not in the data)", "start": begin["start"], "end": pd.NaT, "end as": "unknown"}
        )
lease = pd.DataFrame(lease, columns=["span", "start", "end", "end as"])
lease["start"], lease["end"] = pd.to_datetime(lease["start"]), pd.to_datetime(lease["end"])
charts.show(
    spans.span_chart(lease, "span", colour_col="end as", wrap=48),
    3,
    "The Gabala lease from the 2002 agreement to each end date a source gives: the expiry due, and the actual end.",
    "Horizontal bar chart: each bar starts at the agreement of January 2002 and ends at one end date of the lease "
    "as a source gives it; bars are coloured by whether the end is a planned expiry or the reported end of use.",
)

# %% [markdown]
# > **Check the source.** How much did Russia pay? The Kremlin's own text,
# > Kommersant and a defence news site give **7 million USD a year**; RFE/RL,
# > EurasiaNet and the Polish portal Onet give **10 million USD**. No stored
# > source reconciles the two. The lease's end is given as 24 December 2012
# > by some sources and as "August 2012" by others, while the Azerbaijani
# > foreign ministry says the agreement ceased to apply from 9 December 2012
# > (rows `gabala-lease-expiry-*` and `gabala-use-ends-2012`). The data
# > keeps every version, each with its source:

# %%
rent = measures[measures["indicator"] == "radar_rent_annual"].copy()
rent["publisher"] = rent["source_id"].map(sources["publisher"])
rent["stated"] = [series.format_value(v, u) for v, u in zip(rent["value"], rent["unit"], strict=True)]
if rent.empty:
    print("No rent figures in the data yet.")
else:
    counts = rent.groupby("stated")["source_id"].nunique()
    print("; ".join(f"{stated} a year: {n} source{'s' if n != 1 else ''}" for stated, n in counts.items()))
rent[["period", "stated", "qualifier", "reporter", "publisher", "source_id"]]

# %% [markdown]
# **The price.** In late 2011 and early 2012 Baku raised the annual rent it
# asked, step by step. The asking prices and the rent are drawn together on a
# logarithmic scale, on which each step up the axis multiplies the value by
# ten: the rent's whisker runs over the lease period it applies to, and
# several sources stating the same value make one point.

# %%
QUALIFIER_WORDS = {
    "about": "about ",
    "more_than": "more than ",
    "at_least": "at least ",
    "up_to": "up to ",
    "less_than": "less than ",
    "almost": "almost ",
}


def points(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """One point per distinct value stated for a period, labelled with the value and how many sources give it."""
    keys = ["period", "period_start", "period_end", "value", "unit", "qualifier"]
    out = (
        frame.assign(qualifier=frame["qualifier"].astype(str))
        .groupby(keys, dropna=False, sort=True)["source_id"]
        .nunique()
        .rename("sources")
        .reset_index()
    )
    out["series"] = name
    out["text"] = [
        QUALIFIER_WORDS.get(q, "") + series.format_value(v, u) + (f" ({n} sources)" if n > 1 else "")
        for q, v, u, n in zip(out["qualifier"], out["value"], out["unit"], out["sources"], strict=True)
    ]
    return out


asking = measures[measures["indicator"] == "radar_asking_price_annual"]
price = pd.concat([points(rent, "rent paid (as sources give it)"), points(asking, "rent asked by Baku")])
charts.show(
    series.values_over_time(
        price, group="series", log=True, x_end="period_end", labels="text", ylabel="USD a year (log scale)"
    ),
    4,
    "The Gabala rent as sources give it, and Baku's asking prices of 2011–2012, on a logarithmic scale.",
    "Log-scale chart of US dollars a year against time: the rent paid is drawn as points at 2002 with lines running "
    "to 2012, and Baku's asking prices as points in late 2011 and early 2012, each labelled with its value.",
)

# %%
if rent.empty or asking.empty:
    print("The data does not yet hold both the rent and the asking prices.")
else:
    low, high = rent["value"].min(), rent["value"].max()
    first_ask = asking.sort_values("period_start").iloc[0]
    top_ask = asking["value"].max()
    print(f"The first asking price ({first_ask['period']}) is {first_ask['value'] / high:.1f}–{first_ask['value'] / low:.1f} times the rent.")
    print(f"The highest asking price is {top_ask / high:.0f}–{top_ask / low:.0f} times the rent.")

# %% [markdown]
# The radar's story after the price rose, as a chain: what was proposed,
# what was planned, what was reported.

# %%
endgame = gabala[gabala["start"] >= (asking["period_start"].min() if not asking.empty else pd.Timestamp("2011-01-01"))]
charts.show(
    spans.claim_chain(endgame),
    5,
    "The Gabala radar from Baku's first higher asking price to the end of Russian use and after.",
    "Chain of events read top to bottom with a marker on a time axis for each: proposals, talks, planned expiry "
    "dates, the reported end of Russian use and later plans, with marker shape showing the status.",
)

# %% [markdown]
# ## 3. The 2009 allegation: a chain of claims
#
# In January 2009 Azerbaijani media reported that Russia had shipped weapons
# worth about 800 million dollars to Armenia in 2008. Baku summoned the
# Russian ambassador and protested; Moscow denied it. Two years later a US
# diplomatic cable published by WikiLeaks reported Azerbaijan's defence
# minister saying that his Russian counterpart had admitted the deliveries
# in private. The chain below collects the events of 2009–2010 about the
# reported transfers (and the four rows of the seed text that tell it).

# %%
SEED_CHAIN = [
    "seed-arms-allegation-2009",
    "seed-ambassador-summoned-2009",
    "seed-russia-denies-2009",
    "seed-wikileaks-cable-2010",
]
about_transfers = (military["title"] + " " + military["summary"].fillna("")).str.contains(
    r"Armenia|transfer|deliveries", case=False, regex=True
)
in_window = (military["start"] >= pd.Timestamp("2009-01-01")) & (military["start"] <= pd.Timestamp("2010-12-31"))
chain = military[(about_transfers & in_window) | military["event_id"].isin(SEED_CHAIN)].sort_values("start")
charts.show(
    spans.claim_chain(chain),
    6,
    "The 2009 allegation of Russian arms deliveries to Armenia: claim, summons, protest, denial and leaked cable.",
    "Chain of events read top to bottom from January 2009 to December 2010, each with a marker on a time axis: "
    "triangles for claims, dots for reported events, crosses for denials; pale bars show dates known only to the month.",
)

# %%
chain[["date", "kind", "status", "title", "actor_names", "source_id"]]

# %% [markdown]
# The number inside the claim is stored as a measure like any other, but its
# event's status says what it is worth:

# %%
claimed_value = measures[measures["event_id"].isin(chain["event_id"]) | (measures["indicator"] == "arms_transfer_value")]
claimed_value = claimed_value.assign(
    stated=[series.format_value(v, u) for v, u in zip(claimed_value["value"], claimed_value["unit"], strict=True)],
    status=claimed_value["event_id"].map(events.set_index("event_id")["status"]),
)
claimed_value[["indicator", "period", "stated", "qualifier", "subject", "status", "source_id"]]

# %% [markdown]
# > **Check the source.** The 800 million dollars is a figure from media
# > reports that both Moscow and Yerevan denied, not an established value.
# > The cable does not show that Russia admitted anything: it records what
# > Azerbaijan's minister told a US ambassador that the Russian minister had
# > told him — a claim, reported second-hand. The chain keeps these steps
# > apart through the `status` column; a reader should too.

# %% [markdown]
# ## 4. Arms contracts and Russia's share of Azerbaijan's arms imports
#
# In August 2013 President Aliyev put military-technical cooperation with
# Russia at 4 billion dollars, a figure Vedomosti explained as the contracts
# signed since 2010 (row `aliyev-arms-4bn-statement-2013`); later statements
# speak of about 5 billion, of which 3 billion had been delivered by 2019
# (table below). Each total is drawn where it
# was stated; a line joins two totals only when they are stated within about
# a year of each other, so the years without a statement stay empty. A total
# dated only to a year is drawn at the start of that year.

# %%
TOTALS = {"arms_contracts_total": "contracts signed (total)", "arms_deliveries_total": "arms delivered (total)"}
totals = pd.concat(
    [points(measures[measures["indicator"] == name], label) for name, label in TOTALS.items()], ignore_index=True
)
charts.show(
    series.values_over_time(totals, group="series", labels="text", ylabel="USD"),
    7,
    "Totals of Russian–Azerbaijani arms contracts and deliveries, as stated at different dates.",
    "Chart of US dollars against time with one point per stated total: contracts signed (4 billion in 2013, "
    "about 5 billion later) and arms delivered, each labelled with its value; hollow markers are approximate values.",
)

# %%
stated_totals = measures[measures["indicator"].isin(list(TOTALS))]
stated_totals = stated_totals.assign(
    stated=[series.format_value(v, u) for v, u in zip(stated_totals["value"], stated_totals["unit"], strict=True)]
)
stated_totals[["indicator", "period", "stated", "qualifier", "reporter", "source_id"]]

# %% [markdown]
# > **Check the source.** The 4 and 5 billion dollar totals are not two
# > measurements of one thing: they were stated in different years and count
# > contracts signed up to different dates. The notes of row
# > `valdai-arms-remarks-2019` record a 2019 piece based on Kommersant that
# > describes a single 5-billion-dollar deal of 2003, which seems to mix up
# > the 2003 framework agreement on military-technical cooperation with the
# > later contracts. The T-90 tank order is a smaller case: the reports give
# > different numbers of tanks (printed below) and different contract years
# > (notes of row `t90-tanks-ordered-ria`). The checks flag every military
# > number that two sources state differently:

# %%
tanks = measures[measures["indicator"].str.startswith("tanks_")]
if tanks.empty:
    print("No tank numbers in the data yet.")
else:
    print(tanks[["indicator", "period", "value", "qualifier", "subject", "source_id"]].to_string(index=False))
findings = azru.check(only=["same_quantity"])
military_ids = set(measures.loc[measures["theme"] == "military", "measure_id"])
disputed = findings[findings["ids"].map(lambda ids: bool(set(ids.split(";")) & military_ids)).astype(bool)]
if disputed.empty:
    print("No military number is stated differently by two sources in this data.")
for message in disputed["message"]:
    print("-", message)

# %% [markdown]
# **Russia's share.** The Stockholm International Peace Research Institute
# (SIPRI) measures arms transfers in its own "trend-indicator value" over
# five-year windows, and reports each supplier's share of a country's
# imports. The windows overlap (2014–18 and 2015–19 share four years), so
# consecutive bars are not independent measurements — yet the fall is clear.

# %%
shares = measures[measures["indicator"] == "arms_import_share"]
charts.show(
    series.shares_by_period(shares),
    8,
    "Suppliers' shares of Azerbaijan's arms imports by SIPRI five-year period; Russia first in each group.",
    "Grouped bar chart of percentage shares of Azerbaijan's arms imports for each SIPRI period, one bar per "
    "supplier and source, Russia's bars in orange-red and labelled with their values.",
)

# %% [markdown]
# > **Check the source.** SIPRI's shares measure the volume of major weapons
# > delivered, valued in SIPRI's trend-indicator units, not money paid, and a
# > five-year window smooths out single large deliveries. Summaries of the
# > same SIPRI release can differ too: the notes of row
# > `sipri-israel-share-2016-2020` mention a second summary that gives Israel
# > another share for 2016–20. Quote the period and the source with the
# > number.

# %% [markdown]
# ## 5. One person under two names
#
# The seed article calls the Russian defence minister "Anatoly Serdyukov"
# when he visits in November 2007, and "Sergei Serdyukov" in the story of
# the 2009 visit and the cable. The data keeps the names exactly as each
# source writes them (column `actor_names`) beside the identifier of the
# person (column `actors`), so a check can compare them:

# %%
names_found = azru.check(only=["person_names"])
if names_found.empty:
    print("No person is written under two names in this data.")
for message in names_found["message"]:
    print("-", message)

# %%
named = events[events["actors"].fillna("").str.contains("anatoly-serdyukov")]
named[["date", "title", "actors", "actor_names", "source_id"]]

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** By how many times did Baku's asking price for the radar
# rise from its first to its last stated value, and over how many months?

# %% tags=["solution"]
steps = asking.sort_values("period_start").drop_duplicates("period")
if len(steps) < 2:
    print("The data holds fewer than two asking prices.")
else:
    first, last = steps.iloc[0], steps.iloc[-1]
    months = (last["period_start"].year - first["period_start"].year) * 12 + (
        last["period_start"].month - first["period_start"].month
    )
    print(f"{first['period']} → {last['period']}: ×{last['value'] / first['value']:.0f} in {months} months")

# %% [markdown]
# **Exercise 2.** How many days passed between the first claim in Figure 6
# and the first denial? Why is the answer uncertain by up to a month?

# %% tags=["solution"]
claims = chain[chain["status"] == "claimed"]
denials = chain[chain["status"] == "denied"]
if claims.empty or denials.empty:
    print("The chain needs at least one claim and one denial.")
else:
    first_claim, first_denial = claims.iloc[0], denials.iloc[0]
    shortest = (first_denial["start"] - first_claim["end"]).days
    longest = (first_denial["end"] - first_claim["start"]).days
    print(f"Between {max(shortest, 0)} and {longest} days: the claim is dated only to {first_claim['date']}.")

# %% [markdown]
# **Exercise 3.** Which supplier had the largest share of Azerbaijan's arms
# imports in the latest SIPRI period in the data? Cite the source.

# %% tags=["solution"]
if shares.empty:
    print("No SIPRI shares in the data yet.")
else:
    latest = shares[shares["period_start"] == shares["period_start"].max()]
    top = latest.sort_values("value", ascending=False).iloc[0]
    print(f"{series.period_label(top['period'])}: {series.supplier_name(top['subject'])} {top['value']:g}%")
    print(azru.cite(top["measure_id"], style="markdown"))

# %% [markdown]
# **Exercise 4.** Rebuild the rent table for the radar with one row per
# value, listing the publishers that give it. Which kinds of source (see
# `sources.kind`) stand behind each value?

# %% tags=["solution"]
if rent.empty:
    print("No rent figures in the data yet.")
else:
    by_value = rent.assign(kind=rent["source_id"].map(sources["kind"]).astype(str)).groupby("stated")
    print(by_value.agg(publishers=("publisher", lambda p: "; ".join(sorted(set(p)))), kinds=("kind", lambda k: ", ".join(sorted(set(k))))).to_string())

# %% [markdown]
# ## Take-aways
#
# - A lease is a span, and its end can be what was planned or what
#   happened; keep both, with their sources.
# - A log scale shows multiplication as equal steps: the radar's asking price
#   rose by orders of magnitude, which a linear scale would flatten.
# - An allegation, a denial and a leaked cable are each facts about what was
#   *said*; the `status` column keeps them apart from what happened.
# - Totals stated at different dates, and SIPRI shares over overlapping
#   windows, are not a time series; draw them as points, never as a line
#   through the gaps.
# - A check that compares names as written with the person meant catches an
#   error a reader would miss.
#
# ## References
#
# The sources of every event and number this lesson drew on:

# %%
used_frames = [military, gabala, chain, rent, asking, stated_totals, tanks, shares, named]
used = sorted(set().union(*(set(frame["source_id"].dropna()) for frame in used_frames)))
for source_id in used:
    print("-", azru.cite(source_id, style="text"))
