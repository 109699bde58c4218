# %% [markdown]
# # 2. Military cooperation: a radar, arms and an allegation
#
# *About 55 minutes.*
#
# <!-- Estimate for the coordinator: ~1,300 words of prose (7 min at 200 words/min),
#      19 short code cells (19 min), 4 exercises (3 × 6 min + 1 × 8 min = 26 min),
#      plus 2 min for the two charts: about 55 minutes. -->
#
# How closely did Azerbaijan and Russia work together on arms and defence,
# and where did they quarrel? The military rows of the data tell of a radar
# station that Russia rented in Azerbaijan until 2012, of arms contracts put
# at billions of dollars, of Russia's falling share of Azerbaijan's arms
# imports, and of a 2009 allegation that Russia was arming Armenia. The
# pandas steps of this lesson join tables: `merge` brings in who published a
# number and who took part in an event, and string methods (`.str`) search
# and split text columns.
#
# **Learning objectives.** After this lesson you can
#
# 1. `merge` a table with `sources` or `actors` to see who said what;
# 2. use string methods (`str.contains`, `str.split`, `explode`) to search
#    and split text columns;
# 3. follow the Gabala radar from its lease to its end, and say why sources
#    give different end dates and rents;
# 4. keep an allegation, a denial and a leaked report apart from what
#    happened, with the `status` column.

# %%
import pandas as pd

import azru
from azru import charts
from azru.selfcheck import self_check

pd.set_option("display.max_colwidth", 60)
facts = azru.load()
events, measures, sources, actors = facts.events, facts.measures, facts.sources, facts.actors

# %% [markdown]
# ## 1. What does the data record about military cooperation?
#
# As in lesson 1, we keep the military rows, then one row per happening, and
# count them by `kind`:

# %%
military = events[events["theme"] == "military"]
happenings = military.sort_values("start").drop_duplicates("happening_id")
print(len(military), "reports of", len(happenings), "military happenings")
happenings["kind"].value_counts().head(8)

# %% [markdown]
# ## 2. Who took part?
#
# The `actors` column lists the people and bodies of each event, separated
# by `;`. The string method `str.split(";")` turns each entry into a list,
# and `explode` gives each list item its own row:

# %%
taking_part = happenings[["date", "kind", "title", "actors"]].assign(actor_id=happenings["actors"].str.split(";"))
taking_part = taking_part.explode("actor_id")
taking_part[["date", "title", "actor_id"]].head(6)

# %% [markdown]
# An `actor_id` is a key into the `actors` table, which holds each actor's
# name, country and role. `merge` joins the two tables on that key: each row
# of `taking_part` gets the columns of the matching row of `actors`. The
# `how` argument says what happens to a row whose key has no match: with
# `how="left"` it is kept, with empty columns; with `how="inner"`, used
# here, it is dropped.

# %%
people = actors[actors["kind"] == "person"][["actor_id", "name", "country", "role"]]
named = taking_part.merge(people, on="actor_id", how="inner")
named[named["kind"].isin(["visit", "meeting"])][["date", "title", "name", "role"]]

# %% [markdown]
# Here `how="inner"` keeps only the rows that match a *person*: states and
# ministries drop out. Which people appear most often in the military
# record, and for which country?

# %%
named.groupby(["name", "country"]).size().sort_values(ascending=False).head(6)

# %% [markdown]
# ## 3. The Gabala radar, 2002–2012
#
# The Gabala radar station, in the north of Azerbaijan, belonged to
# Azerbaijan; under the agreement of 25 January 2002 Russia rented it (rows
# `seed-gabala-agreement-2002`, `gabala-lease-terms-2002`). The events
# about it are found by their text: `str.contains` with the pattern
# `"Gabala|Qabala"` (either spelling) tests each title.

# %%
gabala = events[events["title"].str.contains("Gabala|Qabala") & (events["theme"] == "military")]
gabala.drop_duplicates("happening_id").sort_values("start")[["date", "kind", "status", "title"]]

# %% [markdown]
# **When did the lease end?** The sources disagree. Some say the lease was
# *due* to end in August or December 2012 (status `planned`); Azerbaijan's
# foreign ministry announced on 10 December 2012 that Russia had stopped
# using the station (status `reported`, row `gabala-use-ends-2012`). We count,
# for each end date, how many sources give it:

# %%
ends = gabala[gabala["kind"] == "termination"]
ends = ends.groupby(["date", "status"], observed=True).agg(end=("end", "max"), sources=("source_id", "nunique"))
ends = ends.reset_index()
ends["what"] = ends["status"].map({"planned": "lease due to end", "reported": "Russian use ended"})
ends[["date", "what", "sources"]]

# %% [markdown]
# The table answers the question better than a chart: Russian use ended on
# 10 December 2012, a fortnight before the expiry that two sources give,
# while two others expected the end in August. The `planned` rows are kept:
# they show what the sources expected, not what happened.
#
# **How much did Russia pay?** The rent is a measure (`radar_rent_annual`).
# Merging the rows with `sources` adds each row's publisher and the kind of
# document it comes from:

# %%
rent = measures[measures["indicator"] == "radar_rent_annual"]
rent = rent.merge(sources[["source_id", "publisher", "kind"]], on="source_id", how="left")
rent[["value", "unit", "publisher", "kind"]]

# %% [markdown]
# Grouping by the value shows the disagreement at a glance: a list of
# publishers for each rent.

# %%
rent.groupby("value")["publisher"].agg(lambda names: "; ".join(sorted(set(names))))

# %% [markdown]
# > **Check the source.** The Kremlin's own text gives 7 million US dollars
# > a year (row of source `kremlin-26938-gabala-terms`); three other outlets
# > give 10 million. No stored source reconciles the two, so the data keeps
# > both, each with its source.
#
# **What did Baku ask for?** In late 2011 and early 2012 Azerbaijan raised the
# rent it asked, in three steps. The chart puts the asking prices beside the
# two stated rents on a *logarithmic* axis, on which each step up multiplies
# the value by ten, so that 7 million and 300 million fit on one chart.

# %%
asking = measures[measures["indicator"] == "radar_asking_price_annual"].drop_duplicates("period")
asking[["period", "period_start", "value", "unit", "source_id"]]

# %% [markdown]
# Each asking price is a blue dot (Azerbaijan's demand) at the start of the
# period the source dates it to; each stated rent is a grey line.

# %%
fig, ax = charts.new_figure()
for value in sorted(rent["value"].unique()):
    ax.axhline(value, color=charts.COLOURS["context"], linewidth=3)
    ax.text(pd.Timestamp("2012-03-15"), value * 1.12, f"rent stated: ${value / 1e6:g}m", fontsize=11)
for row in asking.itertuples():
    ax.plot(row.period_start, row.value, "o", markersize=11, color=charts.COLOURS["azerbaijan"])
    ax.annotate(f"asked: ${row.value / 1e6:g}m", (row.period_start, row.value), xytext=(10, -4), textcoords="offset points")
ax.set(yscale="log", ylim=(3e6, 1e9), xlim=pd.to_datetime(["2011-09-01", "2012-06-30"]), ylabel="US dollars a year (log scale)",
       xticks=pd.to_datetime(["2011-10-01", "2012-01-01", "2012-04-01"]), title="How far did Baku's asking price rise above the rent?")
charts.source_line(fig, f"asking prices: {'; '.join(asking.merge(sources, on='source_id')['publisher'].unique())}; rents: {rent['publisher'].nunique()} publishers (table above)")
charts.show(fig, 1, data=asking[["period", "value", "unit", "source_id"]], caption="Annual rent Azerbaijan asked for the Gabala radar (blue dots) and the rents sources state (grey lines); log scale.",
            alt="Log scale: Baku asked 15, 150 and 300 million dollars a year (Nov 2011, Dec 2011, Feb 2012), far above the stated rents of 7 and 10 million.")

# %% [markdown]
# ## 4. Arms contracts and Russia's share of Azerbaijan's arms imports
#
# In August 2013 President Aliyev put military-technical cooperation with
# Russia at 4 billion dollars (row `aliyev-arms-4bn-statement-2013`); later
# statements speak of about 5 billion. Totals stated in different years
# count contracts up to different dates, so they are a table, not a series:

# %%
totals = measures[measures["indicator"].isin(["arms_contracts_total", "arms_deliveries_total"])]
totals = totals.merge(sources[["source_id", "publisher"]], on="source_id")
totals.assign(billion_usd=totals["value"] / 1e9)[["indicator", "period", "billion_usd", "qualifier", "publisher"]]

# %% [markdown]
# The Stockholm International Peace Research Institute (SIPRI) reports each
# supplier's share of a country's arms imports over five-year windows. The
# supplier is named only inside the `subject` text ("Russia's share of…"),
# so a string method takes it out: `str.split("'")` cuts at the apostrophe
# and `.str[0]` keeps the first piece.

# %%
shares = measures[measures["indicator"] == "arms_import_share"].copy()
shares["supplier"] = shares["subject"].str.split("'").str[0]
shares[["period", "supplier", "value", "source_id"]]

# %% [markdown]
# A share over a window is drawn as a line across the window's years, so the
# overlap of the windows (2014–18 and 2015–19 share four years) stays
# visible. Russia is drawn in its colour; other suppliers in grey.

# %%
fig, ax = charts.new_figure()
for row in shares.itertuples():
    colour = charts.COLOURS["russia"] if row.supplier == "Russia" else charts.COLOURS["context"]
    ax.hlines(row.value, row.period_start, row.period_end, color=colour, linewidth=4)
    ax.text(row.period_end, row.value, f" {row.supplier} {row.value:g}%", va="center", fontsize=11, color=colour)
ax.set(ylim=(0, 100), ylabel="share of Azerbaijan's arms imports (%)", xlim=(pd.Timestamp("2009-06-01"), pd.Timestamp("2022-12-31")))
ax.set_title("Did Russia's share of Azerbaijan's arms imports fall?")
charts.source_line(fig, "SIPRI Arms Transfers Database, as summarised by " + ", ".join(shares.merge(sources, on="source_id")["publisher"].unique()))
charts.show(fig, 2, "Suppliers' shares of Azerbaijan's arms imports per SIPRI five-year window, each drawn across its window; Russia in vermillion. "
            "A supplier whose share no summary states has no line in that window.",
            "Russia's share falls from 85% in 2010–2014 to 51%, 31% and 17% in the following overlapping windows, while Israel's rises from 43% to 69%.",
            data=shares[["period", "supplier", "value", "source_id"]])

# %% [markdown]
# > **Check the source.** SIPRI's shares measure the volume of major weapons
# > delivered, valued in its own "trend-indicator" units, not money paid.
# > The shares here come from news summaries of SIPRI's releases, not from
# > SIPRI's database itself; each row names its summary.
#
# ## 5. The 2009 allegation: facts and claims
#
# In January 2009 Azerbaijani media reported that Russia had shipped weapons
# worth about 800 million dollars to Armenia in 2008. A case-insensitive
# search of the titles and summaries for "Armenia", "deliveries" or
# "transfers" in 2009–2010 finds the chain, one row per report (so one
# happening told by two sources is two rows); the `status` column tells a
# claim from a reported fact.

# %%
text = military["title"] + " " + military["summary"].fillna("")
about = text.str.contains("armenia|deliveries|transfers", case=False) & military["start"].between("2009-01-01", "2010-12-31")
chain = military[about].merge(sources[["source_id", "publisher"]], on="source_id").sort_values("start")
chain[["date", "status", "title", "publisher"]]

# %% [markdown]
# > **Check the source.** The 800 million dollars is a figure from media
# > reports that Moscow denied (row `seed-russia-denies-2009`), not an
# > established value. The leaked cable of 2010 records what Azerbaijan's
# > defence minister told a US diplomat that the Russian minister had told
# > him: a claim, reported second-hand (status `claimed`).
#
# ## 6. One person under two names
#
# The seed article gives the Russian defence minister Serdyukov one first
# name when he visits in November 2007 and another in the stories of 2009
# and 2010 (Exercise 3 finds both). The data keeps the names as each source writes them (`actor_names`)
# beside the identifier of the person (`actors`), so the two can be
# compared. A check does it for every person:

# %%
for message in azru.check(only=["person_names"])["message"]:
    print("-", message)

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** By how many times did Baku's asking price for the radar
# rise from its first stated value to its last? Use `asking`, sorted by
# `period_start`, and store the ratio in `answer`.

# %% tags=["solution"]
steps = asking.sort_values("period_start")
answer = steps["value"].iloc[-1] / steps["value"].iloc[0]
answer

# %%
self_check("02.1", answer)

# %% [markdown]
# **Exercise 2.** By how many percentage points did Russia's share of
# Azerbaijan's arms imports fall from the SIPRI window 2010–2014
# (`period` `"2010/2014"`) to the window 2016–2020 (`"2016/2020"`)?

# %% tags=["solution"]
russia = shares[shares["supplier"] == "Russia"].set_index("period")["value"]
answer = russia["2010/2014"] - russia["2016/2020"]
answer

# %%
self_check("02.2", answer)

# %% [markdown]
# **Exercise 3.** Which first names does the seed article
# (`"wikipedia-az-ru-relations"`) give to the defence minister Serdyukov?
# Split its `actor_names` at `;`, keep the names that contain "Serdyukov",
# and take the first word of each. Store the distinct first names in
# `answer`.

# %% tags=["solution"]
seed = events[events["source_id"] == "wikipedia-az-ru-relations"]
names = seed["actor_names"].str.split(";").explode()
answer = names[names.str.contains("Serdyukov", na=False)].str.split().str[0].unique()
answer

# %%
self_check("02.3", answer)

# %% [markdown]
# **Exercise 4.** In the chain of section 5, which rows are facts about what
# happened, and which are facts about what someone *said*? What would you
# need before writing "Russia armed Armenia in 2008"?

# %% [markdown] tags=["solution"]
# *Model answer.* The summons of the ambassador and the protest are
# reported acts of Azerbaijan's foreign ministry; the allegation and the
# cable are claims (status `claimed`), and the denials are statements
# (status `denied`). None of the rows shows that the deliveries took place.
# Before writing that sentence one would need a source that documents the
# transfers themselves, such as an official register or a delivery record,
# not a report of what someone said.
#
# *Rubric.* Full marks: sorts the rows by `status` correctly and asks for a
# source on the deliveries themselves. Half marks: one of the two. No marks:
# treats the allegation or the cable as proof.

# %% [markdown]
# ## Take-aways
#
# - `merge` joins two tables on a key column: a measure gets its publisher,
#   an event its people. `how="left"` keeps rows without a match; `how="inner"`
#   drops them.
# - `str.contains`, `str.split` and `explode` search and split text columns.
# - A lease is a span, and its end can be what was planned or what happened:
#   keep both, with their sources.
# - A log scale shows multiplication as equal steps.
# - An allegation, a denial and a leaked cable are facts about what was
#   *said*; the `status` column keeps them apart from what happened.
#
# ## Going further
#
# The UN Register of Conventional Arms records what Russia reported
# delivering to Azerbaijan in 2007–2013 (rows of source
# `azatutyun-25418537-un-register`). Which kinds of weapon are there, and
# how do they compare with the contracts of section 4?

# %%
register = measures[measures["indicator"].str.endswith("_delivered") & measures["subject"].str.contains("UN Register")]
register[["indicator", "period", "value", "unit"]].astype({"value": "int64"})  # weapons counted: whole numbers

# %% [markdown]
# ## References
#
# The sources of every event and number this lesson drew on:

# %%
used = set(military["source_id"]) | set(rent["source_id"]) | set(asking["source_id"]) | set(totals["source_id"])
for source_id in sorted(used | set(shares["source_id"]) | set(register["source_id"])):
    print("-", azru.cite(source_id, style="text"))
