# %% [markdown]
# # 1. History: the relation from 1991 to today
#
# *About 60 minutes.*
#
# What does the data record about the relation between Azerbaijan and Russia
# since 1991, and when? This lesson counts what happened in each year and
# phase, asks where the two sides met, and follows the crisis of 2024–2025,
# with the pandas steps every later lesson
# uses: filtering, sorting and counting.
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
from azru.coverage import register_coverage, reports_by_source
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
# distinct `happening_id` values counts *happenings*.
#
# To count happenings by year we need one row per happening. First a
# **boolean filter**: `events["status"] != "disputed"` is a column of
# True/False, and indexing with it keeps the True rows (conditions combine
# with `&`, "and", each in brackets). A `disputed` report
# is one whose date or figure a better source contradicts, so it should not
# place a happening in time. Then `drop_duplicates` keeps the first report of
# each happening, after sorting so that the earliest start comes first.

# %%
print("reports (rows):", len(events), "| happenings:", events["happening_id"].nunique())
dated = events[events["status"] != "disputed"]
happenings = dated.sort_values("start").drop_duplicates("happening_id")
happenings[["date", "theme", "kind", "status", "title"]].head()

# %% [markdown]
# ## 2. When is the record dense?
#
# `value_counts` on the `year` column counts happenings per year;
# `sort_index` puts the years in order. A year in which the data records
# nothing is missing from the result, so `reindex` adds it with a count of
# 0: here zero is a real count ("nothing recorded"), not a missing figure.
# `idxmax()` gives the label (here the year) of the largest value.

# %%
years = range(1991, int(happenings["year"].max()) + 1)
per_year = happenings["year"].value_counts().sort_index().reindex(years, fill_value=0)
print("most happenings in", per_year.idxmax())
per_year.tail()

# %% [markdown]
# Historians cut time into phases to make it readable; the cuts are choices,
# not facts. This course uses six:
#
# | phase | years | what marks it |
# | --- | --- | --- |
# | I. The 1990s | 1991–1999 | diplomatic relations, the 1997 treaty, a closed border |
# | II. Rapprochement | 2000–2009 | Putin in Baku (2001), the Gabala radar agreement (2002) |
# | III. Arms and borders | 2010–2019 | the border treaty (2010), arms contracts, Gabala ends (2012) |
# | IV. War and peacekeepers | 2020–2021 | the 2020 Karabakh war, Russian peacekeepers |
# | V. Allies on paper | 2022–2023 | the Declaration on Allied Interaction (2022) |
# | VI. Crisis | 2024–2025 | the peacekeepers leave, the AZAL crash, arrests and summonses |
#
# The chart draws the counts per year as bars, with the phases as shaded
# bands behind them. The source line names the most frequent publishers:
# `map` looks up each `source_id` in the sources table, `value_counts`
# counts them.

# %%
PHASES = [(1991, 1999, "I"), (2000, 2009, "II"), (2010, 2019, "III"), (2020, 2021, "IV"), (2022, 2023, "V"), (2024, 2025, "VI")]
publishers = happenings["source_id"].map(sources["publisher"]).value_counts()
fig, ax = charts.new_figure()
for first, last, label in PHASES:
    ax.axvspan(first - 0.5, last + 0.5, color="#eeeeee" if label in ("I", "III", "V") else "white", zorder=0)
    ax.text((first + last) / 2, per_year.max() * 1.1, label, ha="center", fontsize=11)
in_seed = happenings["happening_id"].isin(events.loc[events["source_id"] == "wikipedia-az-ru-relations", "happening_id"])
seed_year = happenings.loc[in_seed, "year"].value_counts().reindex(years, fill_value=0)  # the seed's share of each bar
ax.bar(per_year.index, per_year - seed_year, color=charts.COLOURS["context"], zorder=2)
ax.bar(per_year.index, seed_year, bottom=per_year - seed_year, color=charts.COLOURS["highlight"], zorder=2)
ax.set(ylim=(0, per_year.max() * 1.2))
charts.headline(ax, f"From about {per_year.loc[:1999].mean():.0f} happenings a year in the 1990s to {per_year.loc[2022:].mean():.0f} since 2022", "Happenings recorded per year, each counted once; the six phases of this course shaded")
charts.source_line(fig, f"events.csv; {len(publishers)} publishers, most often {publishers.index[0]} and {publishers.index[1]}", note="Orange: happenings the seed article reports. Counts show what the sources reported and this project has curated so far, not how intense the relation was.")
charts.show(fig, 1, "Happenings recorded per year since 1991, with the six phases of this course (I–VI) shaded; orange: the part of each bar the seed article reports.", f"Bar chart, phases shaded: {per_year.loc[:1999].min()}–{per_year.loc[:1999].max()} happenings a year in the 1990s, {per_year.loc[2022:].min()}–{per_year.loc[2022:].max()} a year since 2022.",
            data=per_year.rename_axis("year").to_frame("happenings").assign(seed=seed_year).reset_index())

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
# Part of each count is complete by a rule: three *registers* list leaders'
# contacts, signed documents and ministers' visits by a stated scope.
# `register_coverage` gives per year the happenings, how many are register
# entries, and that share:

# %%
in_registers = register_coverage(happenings, facts.register_entries)
in_registers[["happenings", "in_a_register", "share"]].loc[1995::5]

# %% [markdown]
# Who wrote the reports? `reports_by_source` counts report rows per year by
# the `kind` of their source; `year // 10 * 10` rounds a year down to its
# decade (1990: 1991–99), and `groupby(...).sum()` adds them up:

# %%
by_kind = reports_by_source(events, facts.sources, by="kind")
by_kind.groupby(by_kind.index // 10 * 10).sum()

# %% [markdown]
# So the counts can show when the sources, and this project, recorded much;
# only the register share of a year is complete by a rule, and only for
# cooperative kinds. The rest depends on who wrote: analyses in the 1990s,
# news reports later.
#
# ## 3. Who travelled to whom?
#
# Where did the two sides meet? For each visit, talk or meeting we take the
# first report that names a place (`place_id`) and look up the place's
# `country`, Azerbaijan (`AZE`) or Russia (`RUS`):

# %%
placed = events[events["place_id"].notna()].drop_duplicates("happening_id")
host_of = placed.set_index("happening_id")["place_id"].map(facts.places.set_index("place_id")["country"])
contacts = happenings[happenings["kind"].isin(["visit", "talks", "meeting"])].copy()
contacts["host"] = contacts["happening_id"].map(host_of)
contacts["host"].value_counts(dropna=False)

# %% [markdown]
# A contact held in a third country, or whose reports name no place (`NaN`),
# stays off the chart rather than being guessed from its title.

# %%
fig, ax = charts.new_figure(height=3.2)
for row, host in enumerate(["RUS", "AZE"]):
    here = contacts[contacts["host"] == host]
    visit = here["kind"] == "visit"
    ax.plot(here.loc[visit, "start"], [row] * visit.sum(), "o", ms=9, color="black", alpha=0.8, label=None if row else "visit")
    ax.plot(here.loc[~visit, "start"], [row] * (~visit).sum(), "o", ms=9, mec="black", mfc="white", label=None if row else "talks or meeting")
held = contacts["host"].value_counts()
ax.set(yticks=[0, 1], yticklabels=["held in\nRussia", "held in\nAzerbaijan"], ylim=(-0.7, 1.7))
ax.grid(axis="x")
ax.legend(loc="upper left", ncols=2)
charts.headline(ax, f"{held.get('RUS', 0)} of the contacts placed were held in Russia, {held.get('AZE', 0)} in Azerbaijan", "Visits, talks and meetings recorded in the data, by date and country where held")
charts.source_line(fig, ", ".join(contacts["source_id"].map(sources["publisher"]).value_counts().index[:2]) + " and others", note=f"Left out: {contacts['host'].isna().sum()} contacts whose reports name no place, {(~contacts['host'].isin(['AZE', 'RUS']) & contacts['host'].notna()).sum()} held in a third country.")
charts.show(fig, 2, "Visits (filled) and talks or meetings (hollow) recorded in the data, one dot per happening at its first day, on the row of the country where it was held.",
            f"Dot chart on a time axis, {contacts['year'].min()}–{contacts['year'].max()}: contacts held in Russia and in Azerbaijan in most periods; {held.get('RUS', 0)} in Russia and {held.get('AZE', 0)} in Azerbaijan.",
            data=contacts[["date", "kind", "host", "title"]])

# %% [markdown]
# ## 4. The crisis of 2024–2025: facts and claims
#
# In December 2024 an Azerbaijan Airlines (AZAL) airliner flying from Baku to
# Grozny crashed near Aktau in Kazakhstan; statements and measures followed.
# A filter on `start` (a date column compares with
# a date string) and `sort_values` list them in order; the `status` column
# says whether each is *reported* as fact, *claimed*, *denied* or *planned*.
# `value_counts` on `status` shows how much of the chain is claims, and
# `isin` (the filter for "one of these values") lists the claims and denials:

# %%
crisis = happenings[happenings["start"] >= "2024-12-01"].sort_values("start")
print(crisis["status"].value_counts().to_string())
crisis[crisis["status"].isin(["claimed", "denied"])][["date", "status", "title", "actor_names"]]

# %% [markdown]
# > **Check the source.** Aliyev's statement that the airliner was fired on
# > from Russian territory is a *claim*: it says what he said, not what
# > happened.
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
# 9 October 2025 about the missiles? Use the `start` column of `crisis`:
# subtracting two dates gives a *Timedelta*, and `.days` its number of days
# (`(later - earlier).days`).

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
# Give two reasons to be careful, using `per_phase`, `publishers` or your
# `seed` table from Exercise 1, `in_registers` or `by_kind`.

# %% [markdown] tags=["rubric"]
# *What a good answer contains:*
#
# - the sources' coverage or the project's curation as a cause;
# - one more reason: one source dominating, happenings of unequal weight,
#   phases of unequal length, or a register share that changes;
# - the table or column that shows it.

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
# **What lasted for years?** Some happenings are periods: the cultural years, a closed
# border, a contract running over two years. They have a `date_end`.
# Subtracting two date columns gives a *Timedelta* for each row, and `.dt.days`
# its number of days (for two single dates, `(later - earlier).days`).
# Conditions are combined with `&` ("and"), each in brackets. Only `reported`
# rows count: a `planned` span may never have happened.

# %%
length = (happenings["end"] - happenings["start"]).dt.days
lasting = happenings[happenings["date_end"].notna() & (length > 31) & (happenings["status"] == "reported")]
lasting[["date", "date_end", "precision", "title"]]

# %% [markdown]
# A table says it better than a chart: a handful of spans, some dated only
# to the month or year (`precision`). The Gabala radar lease (2002–2012) is
# recorded as a start and an end event instead; lesson 2 follows it.

# %% [markdown]
# **Two dates for one visit.** Even well-known meetings are dated
# differently by different sources: Heydar Aliyev's 1997 visit to Moscow
# starts on 2 July in one source and on 3 July in another (rows
# `aliyev-moscow-visit-1997-heritage`, `aliyev-moscow-visit-1997-jamestown`).
# Both rows are kept, with one `happening_id`, and `azru.check()` lists
# every such pair (lesson 9 weighs them):

# %%
for row in azru.check(only=["event_dates"]).itertuples():
    print("-", row.message)

# %% [markdown]
# The package's `azru.happenings()` returns a one-row-per-happening table
# like section 1's, with the dates of all its reports combined and the
# number of reports and sources of each.
#
# The data records each country's diplomatic missions in the other as
# places (kind `embassy` or `consulate`); lesson 4 draws them on the map.

# %%
facts.places[facts.places["kind"].isin(["embassy", "consulate"])][["name_en", "kind", "country", "source_id"]]

# %% [markdown]
# ## References
#
# **Readings.**
#
# - Svante E. Cornell, *Azerbaijan since Independence* (Armonk, NY: M.E. Sharpe, 2011), the chapters on the years 1991–2003 and on relations with Russia.
# - Thomas de Waal, *Black Garden: Armenia and Azerbaijan through Peace and War* (New York: New York University Press, 2003), for the Karabakh conflict behind much of the relation.
#
# The sources of every happening this lesson drew on:

# %%
for source_id in sorted(set(happenings["source_id"])):
    print("-", azru.cite(source_id, style="text"))
