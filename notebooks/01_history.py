# %% [markdown]
# # 1. History: the relation from 1991 to today
#
# *About 50 minutes.*
#
# <!-- Estimate for the coordinator: ~1,250 words of prose (6 min at 200 words/min),
#      18 short code cells (18 min), 3 exercises (2 × 7 min + 1 × 6 min = 20 min),
#      plus 5 min for the three charts: about 50 minutes. -->
#
# What does the data record about the relation between Azerbaijan and Russia
# since the end of the Soviet Union, and when? This lesson reads the history
# from the dated events: it counts what happened in each year and in six
# phases, asks who travelled to whom, draws the arrangements that lasted for
# years, and follows the crisis that began with an air crash in December
# 2024. On the way you learn the pandas steps that every later lesson uses:
# filtering rows with a condition, sorting, and counting.
#
# **Learning objectives.** After this lesson you can
#
# 1. tell a *report* (a row of `events`) from a *happening* (what the rows
#    report), and count happenings;
# 2. filter a table with a boolean condition and `isin`, and sort it with
#    `sort_values`;
# 3. count happenings per year and per phase with `value_counts`, and say
#    what such counts measure and what they do not;
# 4. keep a claim apart from a reported fact with the `status` column.

# %%
import pandas as pd

import azru
from azru import charts
from azru.charts import spans
from azru.selfcheck import self_check

pd.set_option("display.max_colwidth", 70)
facts = azru.load()
events = facts.events
sources = facts.sources.set_index("source_id")

# %% [markdown]
# ## 1. How many things does the data record?
#
# One row of `events` is one source's *report* of something that happened.
# When three sources report the same visit, the visit is three rows that
# share one `happening_id`. Counting rows therefore counts reports; counting
# distinct `happening_id` values counts *happenings*:

# %%
print("reports (rows):", len(events))
print("happenings:    ", events["happening_id"].nunique())

# %% [markdown]
# To count happenings by year we need one row per happening. First a
# **boolean filter**: `events["status"] != "disputed"` is a column of
# True/False, and indexing with it keeps the True rows. A `disputed` report
# is one whose date or figure a better source contradicts, so it should not
# place a happening in time. Then `drop_duplicates` keeps the first report of
# each happening, after sorting so that the earliest start comes first.

# %%
dated = events[events["status"] != "disputed"]
happenings = dated.sort_values("start").drop_duplicates("happening_id")
happenings[["date", "theme", "kind", "status", "title"]].head()

# %% [markdown]
# Whose reports is the record built on? `map` looks up each `source_id` in
# the sources table and `value_counts` counts how often each publisher
# appears, most frequent first. We reuse the top names in the charts'
# source lines.

# %%
publishers = happenings["source_id"].map(sources["publisher"]).value_counts()
publishers.head(6)

# %% [markdown]
# ## 2. When is the record dense?
#
# `value_counts` on the `year` column counts happenings per year;
# `sort_index` puts the years in order. A year in which the data records
# nothing is missing from the result, so `reindex` adds it with a count of
# 0: here zero is a real count ("nothing recorded"), not a missing figure.

# %%
years = range(1991, int(happenings["year"].max()) + 1)
per_year = happenings["year"].value_counts().sort_index().reindex(years, fill_value=0)
per_year.tail()

# %% [markdown]
# Historians cut time into phases to make it readable; the cuts are choices,
# not facts. This course uses six:
#
# | phase | years | what marks it |
# | --- | --- | --- |
# | I. The 1990s | 1991–1999 | diplomatic relations (1992), the 1997 treaty of friendship, a closed land border |
# | II. Rapprochement | 2000–2009 | Putin's visit to Baku (2001), the Gabala radar agreement (2002), declarations and cultural years |
# | III. Arms and borders | 2010–2019 | the border treaty (2010), arms contracts, the end of Russian use of the Gabala radar (2012) |
# | IV. War and peacekeepers | 2020–2021 | the 2020 Karabakh war, the ceasefire statement and Russian peacekeepers |
# | V. Allies on paper | 2022–2023 | the Declaration on Allied Interaction (February 2022) |
# | VI. Crisis | 2024–2025 | the peacekeepers leave, the AZAL air crash, closures, arrests and summonses |
#
# The chart draws the counts per year as bars, with the phases as shaded
# bands behind them.

# %%
PHASES = [(1991, 1999, "I"), (2000, 2009, "II"), (2010, 2019, "III"),
          (2020, 2021, "IV"), (2022, 2023, "V"), (2024, 2025, "VI")]
fig, ax = charts.new_figure()
for first, last, label in PHASES:
    ax.axvspan(first - 0.5, last + 0.5, color="#eeeeee" if label in ("I", "III", "V") else "white", zorder=0)
    ax.text((first + last) / 2, per_year.max() * 1.1, label, ha="center", fontsize=11)
ax.bar(per_year.index, per_year.to_numpy(), color=charts.COLOURS["context"], zorder=2)
ax.set(title="When does the data record most happenings?", ylabel="happenings", ylim=(0, per_year.max() * 1.2))
charts.source_line(fig, f"events.csv; {len(publishers)} publishers, most often {publishers.index[0]} and {publishers.index[1]}")
charts.show(fig, 1, "Happenings recorded per year since 1991, with the six phases of this course (I–VI) shaded.",
            f"Bar chart, phases shaded: {per_year.loc[:1999].min()}–{per_year.loc[:1999].max()} happenings a year in the 1990s, {per_year.loc[2022:].min()}–{per_year.loc[2022:].max()} a year since 2022.",
            data=per_year.rename_axis("year").reset_index(name="happenings"))

# %% [markdown]
# The same counts per phase: `pd.cut` puts each year into the phase whose
# range it falls in, and `value_counts(sort=False)` keeps the phases in
# order. The phases are not equally long, so we also divide by their number
# of years.

# %%
edges = [PHASES[0][0] - 1] + [last for _, last, _ in PHASES]
phase = pd.cut(happenings["year"], bins=edges, labels=[label for *_, label in PHASES])
per_phase = phase.value_counts(sort=False).rename("happenings").to_frame()
per_phase["per year"] = (per_phase["happenings"] / [last - first + 1 for first, last, _ in PHASES]).round(1)
per_phase

# %% [markdown]
# What do these counts measure? The sources' attention and this project's
# curation so far, not how close or tense the relation was: a quiet year can
# be one nobody wrote about, and a year with many happenings may be one that
# a single long article (the seed text) covers in detail.
#
# > **Check the source.** Even well-known meetings are dated differently by
# > different sources: Heydar Aliyev's 1997 visit to Moscow starts on 2 July
# > in one source and on 3 July in another (rows
# > `aliyev-moscow-visit-1997-heritage`, `aliyev-moscow-visit-1997-jamestown`).
# > Both rows are kept, with one `happening_id`, and `azru.check()` lists
# > every such pair:

# %%
for row in azru.check(only=["event_dates"]).itertuples():
    print("-", row.message)

# %% [markdown]
# ## 3. Who travelled to whom?
#
# A filter with `==` keeps the visits. A visit's `place_id` says where it
# happened; looking up the place's `country` (with `map`, as above) tells us
# whether a Russian official came to Azerbaijan (`AZE`) or an Azerbaijani
# official went to Russia (`RUS`).

# %%
visits = happenings[happenings["kind"] == "visit"].copy()
visits["host"] = visits["place_id"].map(facts.places.set_index("place_id")["country"])
visits[["date", "host", "title"]]

# %% [markdown]
# A visit without a `place_id` has no host (`NaN`): it stays out of the
# chart rather than being guessed from its title, so Putin's visit to Baku
# in September 2018 is in the table but not on the chart. Each visit is
# drawn as a dot at its date, on the row of the country that was visited,
# in the colour of the side that travelled; a white edge keeps close dots
# apart.

# %%
fig, ax = charts.new_figure(height=2.8)
for host, row, side in [("AZE", 1, "russia"), ("RUS", 0, "azerbaijan")]:
    dates = visits.loc[visits["host"] == host, "start"]
    ax.plot(dates, [row] * len(dates), "o", markersize=10, markeredgecolor="white", color=charts.COLOURS[side])
ax.set(yticks=[0, 1], yticklabels=["Azerbaijani side\nin Russia", "Russian side\nin Azerbaijan"], ylim=(-0.6, 1.6))
ax.set_title("Who visited whom, and when?")
ax.grid(axis="x")
charts.source_line(fig, ", ".join(visits["source_id"].map(sources["publisher"]).value_counts().index[:2]) + " and others")
charts.show(fig, 2, f"Visits recorded in the data, one dot per visit at its first day, on the row of the country visited; {visits['host'].isna().sum()} with no recorded place left out.",
            f"Dot chart on a time axis: visits by the Azerbaijani side to Russia (blue) and by the Russian side to Azerbaijan (vermillion), spread over {visits['year'].min()}–{visits['year'].max()}.",
            data=visits[["date", "host", "title"]])

# %% [markdown]
# ## 4. What lasted for years?
#
# Some happenings are not moments but periods: the cultural years, a closed
# border, a contract running over two years. They have a `date_end`. Those
# whose end lies more than a month after their start are found by subtracting the two date columns
# (a difference of dates is a number of days) and filtering; conditions are
# combined with `&` ("and"), each in brackets. Only `reported` rows count:
# a `planned` span may never have happened.

# %%
length = (happenings["end"] - happenings["start"]).dt.days
lasting = happenings[happenings["date_end"].notna() & (length > 31) & (happenings["status"] == "reported")].copy()
span = lasting["date"].where(lasting["date"] == lasting["date_end"], lasting["date"] + "–" + lasting["date_end"])
lasting["label"] = lasting["title"] + " (" + span + ")"
lasting["rough"] = lasting["precision"] != "day"
lasting[["date", "date_end", "precision", "title"]]

# %% [markdown]
# A helper draws spans: `spans.span_chart` puts one bar per row from `start`
# to `end` on a time axis, earliest on top, and draws hatched the rows whose
# dates are known only to the month or year (`rough`).

# %%
by = ", ".join(lasting["source_id"].map(sources["publisher"]).unique()[:3])
fig = spans.span_chart(lasting, "label", uncertain_col="rough", source=by, title="What lasted more than a month?")
charts.show(fig, 3, "Happenings that lasted more than a month, from first to last day as the sources date them; hatched bars are dated only to the month or year.",
            "Horizontal bars on a time axis, one per lasting happening, such as the closed land border of 1994–1998 and the cultural years of 2005 and 2006.",
            data=lasting[["date", "date_end", "title"]])

# %% [markdown]
# Two of the longest arrangements, Russia's use of the Gabala radar
# (2002–2012) and the peacekeeping deployment (2020–2024), are recorded as a
# start and an end event, not as one span; lesson 2 rebuilds the radar's
# lease from its events.
#
# ## 5. The crisis of 2024–2025: facts and claims
#
# In December 2024 an Azerbaijan Airlines (AZAL) airliner flying from Baku to
# Grozny crashed near Aktau in Kazakhstan. What followed is a run of
# statements and measures. A filter on `start` (a date column compares with
# a date string) and `sort_values` list them in order; the `status` column
# says whether each is *reported* as fact, *claimed*, *denied* or *planned*.

# %%
crisis = happenings[happenings["start"] >= "2024-12-01"].sort_values("start")
crisis[["date", "kind", "status", "title"]]

# %% [markdown]
# `value_counts` on `status` shows how much of the chain is claims, and
# `isin` (the filter for "one of these values") lists the claims and denials:

# %%
print(crisis["status"].value_counts().to_string())
crisis[crisis["status"].isin(["claimed", "denied"])][["date", "status", "title", "actor_names"]]

# %% [markdown]
# > **Check the source.** Aliyev's statement of 29 December 2024 that the
# > airliner was fired on from Russian territory is a *claim* (row
# > `status` = `claimed`): it says what he said. The row of 9 October 2025
# > reports what Putin said about two air-defence missiles; reports of that
# > meeting give the distance of the missiles in different words (notes of
# > row `azal-missile-distance` in `measures`).
#
# ## Exercises
#
# **Exercise 1.** The seed article (`source_id` `"wikipedia-az-ru-relations"`)
# is the single largest source. Filter `events` to its rows, keep one row
# per happening, and find the year in which it records the most happenings.
# Store the year in `answer`.

# %% tags=["solution"]
seed = events[events["source_id"] == "wikipedia-az-ru-relations"].drop_duplicates("happening_id")
answer = int(seed["year"].value_counts().idxmax())
answer

# %%
self_check("01.1", answer)

# %% [markdown]
# **Exercise 2.** How many days passed between the AZAL crash (the
# happening of kind `incident` on 25 December 2024) and Putin's statement of
# 9 October 2025 about the missiles? Use the `start` column of `crisis`.

# %% tags=["solution"]
crash = crisis.loc[crisis["kind"] == "incident", "start"].min()
missiles = crisis.loc[crisis["title"].str.contains("missiles"), "start"].min()
answer = (missiles - crash).days
answer

# %%
self_check("01.2", answer)

# %% [markdown]
# **Exercise 3.** Figure 1 shows more happenings a year in 2006–2010 than in
# 2014–2019. Does that mean the relation was more active in the first period?
# Give two reasons to be careful, using `per_phase`, the `publishers` table
# or your `seed` table from Exercise 1.

# %% [markdown] tags=["solution"]
# *Model answer.* Not necessarily. The counts measure what the sources
# reported and what this project has curated so far. Most of the seed
# article's happenings fall in 2006–2010 (`seed["year"].value_counts()`):
# one long source fills those years, while later years rest on many shorter
# reports. Counts also weigh a cultural event the same as a treaty.
#
# *Rubric.* Full marks: names source coverage or curation as the cause, and
# one further reason (one source dominating, unequal weight of happenings, or
# phases of unequal length). Half marks: one reason. No marks: reads the
# counts as the intensity of the relation.

# %% [markdown]
# ## Take-aways
#
# - A row is a report; a happening may have several. Count happenings with
#   `drop_duplicates("happening_id")` or `nunique`.
# - A boolean filter keeps the rows where a condition is True; `isin` tests
#   for several values; `sort_values` orders rows.
# - `value_counts` counts; `reindex` makes years with nothing recorded
#   visible as zero.
# - Counts of happenings measure what the sources reported, not how good or
#   bad the relation was.
# - The `status` column keeps a claim apart from a reported fact.
#
# ## Going further
#
# The package's `azru.happenings()` returns a one-row-per-happening table
# like section 1's, with the dates of all its reports combined and the
# number of reports and sources of each.
#
# The data records each country's diplomatic missions in the other as
# places (kind `embassy` or `consulate`); lesson 3 draws them on the map.

# %%
facts.places[facts.places["kind"].isin(["embassy", "consulate"])][["name_en", "kind", "country", "source_id"]]

# %% [markdown]
# ## References
#
# The sources of every happening this lesson drew on:

# %%
for source_id in sorted(set(happenings["source_id"])):
    print("-", azru.cite(source_id, style="text"))
