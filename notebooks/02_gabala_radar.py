# %% [markdown]
# # 2. The Gabala radar: a lease, its end and its rent
#
# *About 53 minutes.*
#
# How closely did Azerbaijan and Russia work together on defence, and where
# did the sources disagree about it? From 2002 to 2012 Russia rented a radar
# station at Gabala, in the north of Azerbaijan. The military rows of the
# data tell when the lease began, when it was due to end and when Russian use
# stopped, what Russia paid, and how far Baku's asking price rose. The pandas
# steps of this lesson join tables: `merge` brings in who published a number
# and who took part in an event, and string methods (`.str`) search and split
# text columns. Lesson 3 follows the arms trade and an allegation with the
# same tools.
#
# **Learning objectives.** After this lesson you can
#
# 1. `merge` a table with `sources` or `actors` to see who said what, and say
#    what `how="left"` and `how="inner"` do to rows without a match;
# 2. use string methods (`str.contains`, `str.split`, `explode`) to search
#    and split text columns;
# 3. follow the Gabala radar from its lease to its end, and say why sources
#    give different end dates and rents.

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
# record, and for which country? `groupby(["name", "country"])` cuts the
# table into groups of rows that share a name and a country, and `size()`
# counts the rows of each group (lesson 10 does more with groups):

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
# for each end date, how many sources give it: after `groupby`, `agg` with
# named pairs makes one column per pair, `sources=("source_id", "nunique")`
# being the number of distinct sources in each group.

# %%
ends = gabala[gabala["kind"] == "termination"]
ends = ends.groupby(["date", "status"], observed=True).agg(end=("end", "max"), sources=("source_id", "nunique"))
ends = ends.reset_index()
ends["what"] = ends["status"].map({"planned": "lease due to end", "reported": "Russian use ended"})
ends[["date", "what", "sources"]]

# %% [markdown]
# The table answers the question better than a chart: Russian use ended on
# 10 December 2012, a fortnight before the expiry that some sources give,
# while others expected the end in August (the `sources` column counts them). The `planned` rows are kept:
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
# > a year (row of source `kremlin-26938-gabala-terms`), as do some news
# > reports; other outlets give 10 million. No stored source reconciles the
# > two, so the data keeps both, each with its source.
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
# period the source dates it to; each stated rent is a grey line. The axis is
# *logarithmic*: each gridline is ten times the one below it.

# %%
fig, ax = charts.new_figure()
for value in sorted(rent["value"].unique()):
    ax.axhline(value, color=charts.COLOURS["context"], linewidth=3)
    above = value == rent["value"].max()  # the higher rent's label above its line, the lower one's below
    ax.text(pd.Timestamp("2012-03-15"), value * (1.12 if above else 0.72), f"rent stated: ${value / 1e6:g}m", fontsize=11)
for row in asking.itertuples():
    ax.plot(row.period_start, row.value, "o", markersize=11, color=charts.COLOURS["azerbaijan"])
    ax.annotate(f"asked: ${row.value / 1e6:g}m", (row.period_start, row.value), xytext=(10, -4), textcoords="offset points")
ax.set(yscale="log", ylim=(3e6, 1.5e9), xlim=pd.to_datetime(["2011-09-01", "2012-06-30"]),
       xticks=pd.to_datetime(["2011-10-01", "2012-01-01", "2012-04-01"]), yticks=[1e7, 1e8, 1e9], yticklabels=["$10m", "$100m", "$1bn"])
times = asking["value"].max() / rent["value"].max()
stated = "; ".join(f"{v / 1e6:g} million ({n} publishers)" for v, n in rent.groupby("value")["publisher"].nunique().items())
charts.headline(ax, f"Baku's asking price rose to {times:.0f} times the rent sources state", "Annual rent for the Gabala radar, US dollars a year (log scale)")
charts.source_line(fig, f"asking prices: {'; '.join(asking.merge(sources, on='source_id')['publisher'].unique())}; rents: {rent['publisher'].nunique()} publishers (table above)", note=f"Asking prices are Baku's demands as reported, not agreed terms. Rents as sources state them, US dollars a year: {stated}.")
charts.show(fig, 1, data=asking[["period", "value", "unit", "source_id"]], caption="Annual rent Azerbaijan asked for the Gabala radar (blue dots) and the rents sources state (grey lines); log scale.", alt="Log scale: Baku asked 15, 150 and 300 million dollars a year (Nov 2011, Dec 2011, Feb 2012), far above the stated rents of 7 and 10 million.")

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** By how many times did Baku's asking price for the radar
# rise from its first stated value to its last? Use `asking`, sorted by
# `period_start`. `iloc[0]` takes the first row of a sorted column and
# `iloc[-1]` the last (by position, not by label). Store the ratio in `answer`.

# %% tags=["solution"]
steps = asking.sort_values("period_start")
answer = steps["value"].iloc[-1] / steps["value"].iloc[0]
answer

# %%
self_check("02.1", answer)

# %% [markdown]
# **Exercise 2.** An essay says: "Russia paid 7 million dollars a year for
# the Gabala radar." Using the `rent` table, write two or three sentences of
# feedback: what is right, what is missing, and how would you write it?

# %% [markdown] tags=["rubric"]
# *What a good answer contains:*
#
# - both stated rents, each with who states it;
# - that no stored source settles which is right;
# - the sentence rewritten to say so.

# %% [markdown] tags=["solution"]
# *Model answer.* The 7 million comes from the Kremlin's own text (and some
# news reports); other outlets give 10 million, and no stored source
# reconciles the two. The essay picks one figure without saying whose it is.
# Better: "The Kremlin put the rent at 7 million US dollars a year; other
# reports give 10 million."
#
# *Rubric.* Full marks: both figures, each with its source, and a rewritten
# sentence. Half: both figures without sources. None: keeps one figure.

# %% [markdown]
# ## Take-aways
#
# - `merge` joins two tables on a key column: a measure gets its publisher,
#   an event its people. `how="left"` keeps rows without a match; `how="inner"`
#   drops them.
# - `str.contains`, `str.split` and `explode` search and split text columns.
# - A lease is a span, and its end can be what was planned or what happened:
#   keep both, with their sources.
# - When two sources give two rents and nothing settles it, report both, each
#   with its source.
# - A log scale shows multiplication as equal steps.
#
# ## References
#
# **Readings.**
#
# - Svante E. Cornell, *Azerbaijan since Independence* (Armonk, NY: M.E. Sharpe, 2011), the chapter on relations with Russia.
# - Anar Valiyev and Narmina Mamishova, "Azerbaijan's foreign policy towards Russia since independence: compromise achieved", *Southeast European and Black Sea Studies* (2019), doi:10.1080/14683857.2019.1578053.
#
# The sources of every event and number this lesson drew on:

# %%
used = set(gabala["source_id"]) | set(rent["source_id"]) | set(asking["source_id"]) | set(military["source_id"])
for source_id in sorted(used):
    print("-", azru.cite(source_id, style="text"))
