# %% [markdown]
# # 7. Society and culture: who is counted, and what is missing?
#
# *About 55 minutes.*
#
# Beyond governments and trade, the relation lives in people: Azerbaijanis in
# Russia, Russians in Azerbaijan, schools that teach in Russian, and the
# institutions closed in 2025. The numbers come from censuses, ministries,
# speeches and articles that often give no date. This lesson asks how many
# people each community numbers and what share of the population that is, and
# how to handle the figures that are missing or not comparable.
#
# **Learning objectives.** After this lesson you can
#
# 1. put census counts side by side with `pivot_table` and compute the change between censuses;
# 2. work with shares: the share a count is of a whole, and the whole a share implies;
# 3. find missing values (`isna`, `notna`, `dropna`) and say what a gap means;
# 4. keep counts with different definitions apart.

# %%
import pandas as pd

import azru
from azru import charts
from azru.selfcheck import self_check

facts = azru.load()
measures, events = facts.measures, facts.events
publisher = facts.sources.set_index("source_id")["publisher"]
used_sources: set[str] = set()

# %% [markdown]
# ## 1. How many people did the censuses count?
#
# Each census counts people by the nationality recorded for them. Take the
# counts of the two communities and pivot them: one row per census year, one
# column per community. Where two sources give the same census, the median.

# %%
COMMUNITIES = ["Azerbaijanis in Russia", "Russians in Azerbaijan"]
census = measures[(measures["indicator"] == "census_population") & measures["subject"].isin(COMMUNITIES)]
used_sources |= set(census["source_id"])
census_publishers = sorted(publisher[census["source_id"].unique()].str.split(" [(]").str[0].unique())
counts = census.pivot_table(index="year", columns="subject", values="value", aggfunc="median")
counts

# %% [markdown]
# The two countries held censuses in different years, so most cells are
# empty (`NaN`): no census that year, not zero people. Figure 1 draws each
# community's counts as dots, joined by dashed lines only to say which dots
# belong together (nothing was counted in between); a white centre marks a
# rounded count ("about").

# %%
fig, ax = charts.new_figure()
for subject, colour in zip(COMMUNITIES, ["azerbaijan", "russia"]):
    rows = counts[subject].dropna() / 1e3
    ax.plot(rows.index, rows, color=charts.COLOURS[colour], linestyle="--", linewidth=1.2)
    ax.plot(rows.index, rows, "o", color=charts.COLOURS[colour], markersize=8)
    ax.text(rows.index[-1] + 0.8, rows.iloc[-1], subject.replace(" in ", "\nin "), color=charts.COLOURS[colour], va="center", fontsize=11)
about = census[census["qualifier"] == "about"]
ax.scatter(about["year"], about["value"] / 1e3, color="white", s=14, zorder=3)
ax.annotate("2021: many gave\nno nationality", (2021, 474.6), xytext=(2008, 250), arrowprops={"arrowstyle": "->"})
ax.set(ylim=(0, 700), xlim=(1986, 2033))
charts.headline(ax, "Fewer Russians in Azerbaijan at each census", "People counted by nationality in each census, thousands")
charts.source_line(fig, "; ".join(census_publishers[:2]) + "; others in the references", note="Dots are censuses; dashed lines only join one community's censuses (no count in between). White centre: a rounded count.")
charts.show(fig, 1, "Azerbaijanis counted in Russia's censuses and Russians counted in Azerbaijan's, thousand people; dots are censuses; white centre = rounded count.",
            "Dots joined by dashed lines: Azerbaijanis in Russia rise from about 340 thousand (1989) to 620 thousand (2002), then fall to 475 thousand (2021); Russians in Azerbaijan fall from 392 thousand (1989) to about 71 thousand (2019).", data=counts.reset_index())

# %% [markdown]
# The change between consecutive censuses of one community is `pct_change`
# on its column, after `dropna` removes the years without a census:

# %%
counts.apply(lambda column: column.dropna().pct_change() * 100).round(1)

# %% [markdown]
# > **Before reading the 2021 fall as emigration**: in Russia's 2020/21
# > census many people gave no nationality; the notes of row
# > `census-azerbaijanis-in-russia-2021` say so. That depresses every
# > nationality's count.
#
# ## 2. What share of the population is that?
#
# A count says how many; a **share** says how many out of the whole
# population, in percent. The data holds shares as separate rows:

# %%
shares = measures[measures["indicator"] == "census_population_share"]
used_sources |= set(shares["source_id"])
shares[["period", "value", "subject", "source_id"]]

# %% [markdown]
# Two sources give the share of Russians in Azerbaijan in 1999 as 1.8 % and
# 8 %. A count and a share together imply the whole:
# *whole = count / (share / 100)*. Compute it for every census share of
# Russians in Azerbaijan, with that census's count (`iterrows()` gives the
# rows of a table one at a time):

# %%
russians = counts["Russians in Azerbaijan"]
for _, row in shares[shares["subject"] == "Russians in Azerbaijan"].iterrows():
    count = russians[int(row["period"])]
    print(f"{row['period']}: {count:,.0f} people at {row['value']:g}% imply {count / (row['value'] / 100) / 1e6:.1f} million")

# %% [markdown]
# The 1989 and 2009 censuses imply a population of 7.0 and 9.2 million. The
# 1999 share of 1.8 % fits between them; the 8 % would need the population to
# have fallen to about a quarter in ten years. The 8 % is the suspect figure; both rows stay in the
# data, with their sources.
#
# ## 3. Which figures are missing, and what does a gap mean?
#
# `isna()` marks empty cells; `sum()` counts them. How many society figures
# have no date at all?

# %%
society = measures[measures["theme"] == "society"]
undated = society[society["period"].isna()]
used_sources |= set(undated["source_id"])
print(f"{society['period'].isna().sum()} of {len(society)} society figures have no period")
undated[["indicator", "value", "qualifier", "subject"]]

# %% [markdown]
# An undated figure is a fact about a source ("the article says so"), not
# about a year: it cannot go on a time axis.
#
# ## 4. Can the school counts be read as a series?
#
# Sources count "Russian schools" in different ways. Pivot the counts by
# their description (`subject`) and year; each row is one definition, and an
# empty cell is a year with no count for it:

# %%
schools = measures[measures["indicator"] == "russian_language_schools"]
used_sources |= set(schools["source_id"])
by_definition = schools.pivot_table(index="subject", columns="year", values="value", aggfunc="median")
by_definition

# %%
years_with_count = by_definition.notna().sum(axis=1)
years_with_count.rename("years with a count")

# %% [markdown]
# Only within one row can a change be read, and a row with the definition
# "not given" may mix several definitions. Reading 400 (2006) against 17
# (2025) as a collapse would compare a count of unstated scope with a count
# of schools that teach *only* in Russian; in 2025 another row counts 340
# schools with a Russian section.
#
# ## 5. What closed in 2025?
#
# Institutions are followed through events. One row per happening
# (`drop_duplicates` on `happening_id`): the closures, arrests and
# cancellations the sources record for 2025:

# %%
in_2025 = events[(events["year"] == 2025) & events["kind"].isin(["closure", "arrest", "other"])]
closures = in_2025[in_2025["theme"].isin(["society", "diplomacy"])].drop_duplicates("happening_id")
used_sources |= set(events.loc[events["happening_id"].isin(closures["happening_id"]), "source_id"])
closures[["date", "kind", "title"]]

# %% [markdown]
# Each happening is one row here, however many sources report it: the
# cancelled cultural events, reported by several outlets, count once.

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** By how many percent did the census count of Russians in
# Azerbaijan change from 1989 to 2009 (one decimal; use `counts`)?

# %% tags=["solution"]
russians = counts["Russians in Azerbaijan"]
answer = round((russians[2009] / russians[1989] - 1) * 100, 1)
answer

# %%
self_check("07.1", answer)

# %% [markdown]
# **Exercise 2.** By how many percentage points did the share of Russians in
# Azerbaijan fall from 1989 to 2009 (rows `census-share-russians-in-azerbaijan-1989`
# and `-2009`)?

# %% tags=["solution"]
azstat = shares[shares["subject"] == "Russians in Azerbaijan"].set_index("measure_id")["value"]
before, after = azstat["census-share-russians-in-azerbaijan-1989"], azstat["census-share-russians-in-azerbaijan-2009"]
answer = round(before - after, 1)
answer

# %%
self_check("07.2", answer)

# %% [markdown]
# **Exercise 3.** A headline says: "Azerbaijanis are leaving Russia: a fifth
# fewer in ten years." Using Figure 1 and the note on the 2021 census, write
# two or three sentences on what the data can and cannot support.

# %% [markdown] tags=["rubric"]
# *What a good answer contains:*
#
# - the two census counts the claim rests on;
# - the caveat of the 2021 census (who gave a nationality);
# - what the data cannot show (departures), and a safer sentence.

# %% [markdown] tags=["solution"]
# *Model answer.* The census count fell from 603,070 (2010) to 474,576 (2021),
# about a fifth. But in 2021 many respondents gave no nationality, which
# lowers every group's count, so the fall cannot be read as emigration alone;
# the data holds no count of departures. Write "the census recorded a fifth
# fewer, in a census where many gave no nationality".
#
# *Rubric.* Full marks: gives the two counts and names the non-response
# caveat. Half: one of the two. None: accepts the headline.

# %% [markdown]
# ## Take-aways
#
# - An empty cell is missing, not zero: a year with no census, a count with no date.
# - A count and a share imply the whole; an implausible whole exposes a wrong share.
# - Compare counts only within one definition; "Russian schools" means several things.
# - Census counts depend on who answers: read a fall with the census's caveats.
#
# ## Going further
#
# **An extra exercise.** For 2025 a source gives 100,000 pupils taught in Russian,
# 6.18 % of all pupils (rows `russian-pupils-2025` and `russian-pupils-share-2025`). How many pupils in all does that imply,
# in millions (two decimals)?

# %% tags=["solution"]
answer = round(100_000 / (6.18 / 100) / 1e6, 2)
answer

# %%
self_check("07.3", answer)

# %% [markdown]
# ## References
#
# **Readings.**
#
# - David I. Kertzer and Dominique Arel, eds., *Census and Identity: The Politics of Race, Ethnicity, and Language in National Censuses* (Cambridge: Cambridge University Press, 2002), especially the chapters on language categories and on the Soviet legacy.
# - Svante E. Cornell, *Azerbaijan since Independence* (Armonk, NY: M.E. Sharpe, 2011), the chapter on identity, modernity and tradition.
#
# The sources of the figures used:

# %%
print("\n".join(f"- {azru.cite(source_id, style='text')}" for source_id in sorted(used_sources)))
