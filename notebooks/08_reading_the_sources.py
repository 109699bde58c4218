# %% [markdown]
# # 8. Reading the sources: reports, copies, and what is missing
#
# *About 50 minutes.*
#
# Every date and number in this course comes from a source, and sources are
# written by people: they date a treaty a month late, print "miles" for
# kilometres, or copy another site's article word for word. The data keeps
# each statement as its source makes it, one row per **report**, and ties the
# reports of one **happening** together. This lesson asks how many reports
# stand behind each happening, when two reports are really one, what is
# missing, and what the package's own checks (`azru.check()`) find. Lesson 9
# weighs two versions of one fact.
#
# **Learning objectives.** After this lesson you can
#
# 1. tell a happening from a report, and count the happenings that several reports describe;
# 2. see when two reports are one source copied, and so not two confirmations;
# 3. find what is missing with an anti-join (`merge(..., indicator=True)` or `~isin`);
# 4. read the findings of `azru.check()` and say what a careful reader does with each.

# %%
import pandas as pd

import azru
from azru import charts
from azru.selfcheck import self_check

facts = azru.load()
events, sources, measures = facts.events, facts.sources, facts.measures
publisher = sources.set_index("source_id")["publisher"]
used_sources: set[str] = set()

# %% [markdown]
# ## 1. How many happenings does more than one report describe?
#
# A row of `events` is one source's report; reports of the same happening
# share a `happening_id`. Count the reports per happening, then count the
# happenings by that number:

# %%
reports_per_happening = events.groupby("happening_id").size()
reports_per_happening.value_counts().sort_index().rename_axis("reports").rename("happenings")

# %%
several = reports_per_happening[reports_per_happening > 1]
print(f"{len(events)} reports describe {len(reports_per_happening)} happenings; "
      f"{len(several)} happenings have more than one report.")

# %% [markdown]
# Most happenings rest on a single report: nothing to compare them with.
# Where there are several, they can agree (a confirmation) or disagree (a
# question). Counting *what happened* means counting happenings; counting
# *how much the sources say* means counting reports. Say which one you count.
#
# ## 2. Are two reports two confirmations?
#
# Not if one source copies the other. The column `copy_of` of `sources`
# names the source a copy reproduces:

# %%
copies = sources.loc[sources["copy_of"].notna(), ["source_id", "publisher", "copy_of"]]
used_sources |= set(copies["source_id"]) | set(copies["copy_of"])
copies

# %% [markdown]
# To count independent sources, replace each copy by its original with
# `map` and `fillna` (a source that copies nothing is its own original), then
# count distinct originals. The 2021 turnover, for example:

# %%
original = sources.set_index("source_id")["copy_of"]
turnover_2021 = measures[(measures["indicator"] == "trade_turnover") & (measures["period"] == "2021")].copy()
turnover_2021["original"] = turnover_2021["source_id"].map(original).fillna(turnover_2021["source_id"])
used_sources |= set(turnover_2021["source_id"])
print(turnover_2021["source_id"].nunique(), "sources,", turnover_2021["original"].nunique(), "originals")
turnover_2021[["value", "reporter", "source_id", "original"]]

# %% [markdown]
# Several rows give 2.99 bn, but two of them are one page and its machine
# translation (`perceptiode` copies `perceptiofr`): one confirmation, not
# two. The package's checks list copies too (section 4).
#
# ## 3. What is missing? Anti-joins
#
# An **anti-join** keeps the rows of one table that have *no* match in
# another. With `merge(..., how="left", indicator=True)` pandas adds a column
# `_merge` that says where each row was found; `left_only` rows are the
# anti-join. Which happenings have no report from an official source or a
# treaty text, so that they rest on news and secondary pages alone? First the
# happenings that do have one, then the anti-join:

# %%
source_kind = sources[["source_id", "kind"]].rename(columns={"kind": "source_kind"})  # events has a `kind` too
with_kind = events.merge(source_kind, on="source_id")
official = with_kind.loc[with_kind["source_kind"].isin(["official", "treaty"]), ["happening_id"]].drop_duplicates()
happenings = events.drop_duplicates("happening_id")[["happening_id", "date", "year", "title"]]
joined = happenings.merge(official, on="happening_id", how="left", indicator=True)
no_official = joined[joined["_merge"] == "left_only"]
print(f"{len(no_official)} of {len(happenings)} happenings have no official or treaty report, e.g.:")
no_official[["date", "title"]].head()

# %% [markdown]
# That is no error (most happenings are known from the press), but it says
# how far to trust them, and it changes over time. `pd.crosstab` counts the
# rows for each pair of values, here five-year period against "has an
# official report":

# %%
joined["period"] = joined["year"] // 5 * 5  # 1993 -> 1990: the five years from 1990 to 1994
joined["official report"] = joined["_merge"].map({"both": "yes", "left_only": "no"})
by_period = pd.crosstab(joined["period"], joined["official report"])
by_period.tail(3)

# %%
fig, ax = charts.new_figure()
middle = by_period.index + 2  # each bar centred on its five years
ax.bar(middle, by_period["yes"], width=4, color=charts.COLOURS["context"])
ax.bar(middle, by_period["no"], width=4, bottom=by_period["yes"], color=charts.COLOURS["highlight"])
ax.text(middle[0] - 2, by_period.sum(axis=1).max() * 1.3, "orange: press and secondary pages only\ngrey: with an official or treaty report", fontsize=11, va="top")
ax.set(xticks=middle, xticklabels=[f"{y}–{str(y + 4)[2:]}" for y in by_period.index], ylim=(0, by_period.sum(axis=1).max() * 1.32))
charts.headline(ax, f"{len(no_official) / len(happenings):.0%} of the happenings have no official or treaty report", "Happenings recorded per five-year period, by the kind of report behind them")
charts.source_line(fig, f"events data: {events['source_id'].nunique()} sources, most often " + ", ".join(events["source_id"].map(publisher).value_counts().index[:2]), note="The last period is not complete. A happening counts once, however many reports it has.")
charts.show(fig, 1, "Happenings per five-year period, stacked: those with at least one official or treaty report (grey) and those known from the press and secondary pages only (orange).",
            f"Stacked bars by five-year period; in every period a share of the happenings rests on the press alone; overall {len(no_official)} of {len(happenings)}.", data=by_period.reset_index())

# %% [markdown]
# The same join the other way round, a `source_id` cited by a row but
# missing from `sources`, would be an error in the data: the check
# `dangling_ids` looks for it.
#
# The same idea with `~isin`: which happenings have no report dated to the
# day? Their date is only a month or a year, whatever the number of reports.

# %%
dated_to_day = events.loc[events["precision"] == "day", "happening_id"]
vague = events[~events["happening_id"].isin(dated_to_day)].drop_duplicates("happening_id")
print(f"{len(vague)} of {events['happening_id'].nunique()} happenings have no report dated to the day, e.g.:")
vague[["date", "precision", "title"]].head()

# %% [markdown]
# ## 4. What do the checks find?
#
# `azru.check()` runs every check and returns one row per finding: the
# check, its severity (`error`: the data is broken; `warning`: a source errs
# or sources disagree; `info`: worth knowing), the rows and sources involved
# and a message. A cross-tabulation (`pd.crosstab`, as in section 3) counts
# them:

# %%
findings = azru.check()
pd.crosstab(findings["check"], findings["severity"])

# %% [markdown]
# A finding is a question, not a verdict. `event_dates` lists the dates of
# lesson 9; `same_quantity` one quantity given different values, such as the
# border lengths above or the two countries' trade figures of lesson 6;
# `unit_conversion` the miles of lesson 4. Read the rows it names before
# deciding anything.

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** Plant an error in a copy: add a report whose `source_id`
# is `"planted-source"`, a source not in `sources`. Then, with an anti-join of
# the copy's `source_id`s against `sources`, find the cited sources that are
# missing. Store them as a list in `answer`.

# %% tags=["solution"]
planted = pd.concat([events, events.iloc[[0]].assign(source_id="planted-source")])
found = planted[["source_id"]].merge(sources[["source_id"]], on="source_id", how="left", indicator=True)
answer = sorted(found.loc[found["_merge"] == "left_only", "source_id"].unique())
answer

# %%
self_check("08.1", answer)

# %% [markdown]
# **Exercise 2.** A classmate writes: "Three sources confirm that 2021
# turnover was 2.99 billion dollars." Using `turnover_2021`, write two or
# three sentences of feedback.

# %% [markdown] tags=["rubric"]
# *What a good answer contains:*
#
# - originals counted, not rows (copies are not witnesses);
# - whose statistics the figure is (`reporter`);
# - the sentence rewritten.

# %% [markdown] tags=["solution"]
# *Model answer.* Two of the rows are one page and its machine translation,
# so they are one confirmation, not two; count originals, not rows. The
# sentence should also say whose statistics the figure is, as the `reporter`
# column does. Better: "Two independent sources give 2021 turnover as 2.99
# billion US dollars, by [reporter]'s statistics."
#
# *Rubric.* Full marks: spots the copy, counts originals and names the
# reporter. Half: spots the copy only. None: accepts three confirmations.

# %% [markdown]
# ## Take-aways
#
# - A report is one source's account; a happening may have several. Count happenings for what happened.
# - A copy of an article is not a second confirmation: follow `copy_of` back to the original.
# - An anti-join (`indicator=True`, `left_only`, or `~isin`) finds what is missing.
# - A finding of `azru.check()` is a question, not a verdict: read the rows it names.
#
# ## References
#
# **Readings.**
#
# - Philip A. Schrodt and James E. Yonamine, "A Guide to Event Data: Past, Present, and Future", *All Azimuth* 2, no. 2 (2013): 5–22, on what news sources do and do not report.
# - Philip A. Schrodt and Deborah J. Gerner, "Validity Assessment of a Machine-Coded Event Data Set for the Middle East, 1982–1992", *American Journal of Political Science* 38, no. 3 (1994): 825–854, on what news coverage does to counts of events.
#
# The sources of the rows shown:

# %%
print("\n".join(f"- {azru.cite(source_id, style='text')}" for source_id in sorted(used_sources)))
