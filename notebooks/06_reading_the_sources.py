# %% [markdown]
# # 6. Reading the sources: when they disagree, which do we believe?
#
# *About 50 minutes.*
#
# <!-- Estimate for the coordinator: about 1,450 words of prose (7 min at 200 words a minute),
# 20 short code cells, three of them one-line self-checks (19 min), 3 self-checked exercises and one
# written one (about 6 min each, 24 min): about 50 minutes. -->
#
# Every date and number in this course comes from a source, and sources are
# written by people: they date a treaty a month late, print "miles" for
# kilometres, or copy another site's article word for word. The data keeps
# each statement as its source makes it, one row per **report**, and ties the
# reports of one **happening** together. This lesson asks how we find where
# sources disagree or are missing, how we weigh two versions of one fact, and
# what the package's own checks (`azru.check()`) find.
#
# **Learning objectives.** After this lesson you can
#
# 1. tell a happening from a report, and count the happenings that several reports describe;
# 2. see when two reports are one source copied, and so not two confirmations;
# 3. find what is missing with an anti-join (`merge(..., indicator=True)` or `~isin`);
# 4. compare versions of one date or number and weigh them with evidence, not by splitting the difference;
# 5. read the findings of `azru.check()` and say what a careful reader does with each.

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
# Three rows give 2.99 bn, but two of them are one page and its machine
# translation (`perceptiode` copies `perceptiofr`): two confirmations, not
# three. The package's checks list copies too (see
# section 5).
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
happenings = events.drop_duplicates("happening_id")[["happening_id", "date", "title"]]
joined = happenings.merge(official, on="happening_id", how="left", indicator=True)
no_official = joined[joined["_merge"] == "left_only"]
print(f"{len(no_official)} of {len(happenings)} happenings have no official or treaty report, e.g.:")
no_official[["date", "title"]].head()

# %% [markdown]
# That is no error (most happenings are known from the press), but it says
# how far to trust them. The same join the other way round, a `source_id`
# cited by a row but missing from `sources`, would be an error in the data:
# the check `dangling_ids` looks for it.
#
# The same idea with `~isin`: which happenings have no report dated to the
# day? Their date is only a month or a year, whatever the number of reports.

# %%
dated_to_day = events.loc[events["precision"] == "day", "happening_id"]
vague = events[~events["happening_id"].isin(dated_to_day)].drop_duplicates("happening_id")
print(f"{len(vague)} of {events['happening_id'].nunique()} happenings have no report dated to the day, e.g.:")
vague[["date", "precision", "title"]].head()

# %% [markdown]
# ## 4. Two dates for one happening: how far apart, and which is right?
#
# Take the reports dated to the day, and for each happening the earliest
# and latest date its reports give; `any()` on the status says whether a
# report was marked `disputed` (contradicted by a better source).

# %%
day = events[events["precision"] == "day"]
spread = day.groupby("happening_id").agg(
    title=("title", "first"), first=("start", "min"), last=("start", "max"),
    disputed=("status", lambda s: (s == "disputed").any()),
)
spread["days apart"] = (spread["last"] - spread["first"]).dt.days
apart = spread[spread["days apart"] > 0].sort_values("days apart")
drawn_sources = set(day.loc[day["happening_id"].isin(apart.index), "source_id"])
used_sources |= drawn_sources
apart[["first", "last", "days apart", "disputed"]]

# %% [markdown]
# A day's difference can come from a signing late at night, reported the
# next morning, or a time zone. A longer gap needs the rows read: the 7-,
# 30- and 31-day gaps are contradictions, and one report of each is marked
# disputed; the 233 days of the Yekaterinburg consulate are two stages (it
# started work in September 2009 and got its office in May 2010, as the rows'
# notes say). Figure 1 draws the gaps in days, one bar per happening:

# %%
fig, ax = charts.new_figure(height=0.4 * len(apart) + 1.4)
y, days, disputed = range(len(apart)), apart["days apart"], apart["disputed"].to_numpy()
ax.barh([i for i in y if not disputed[i]], days[~disputed], color=charts.COLOURS["context"], label="no report disputed")
ax.barh([i for i in y if disputed[i]], days[disputed], color=charts.COLOURS["highlight"], label="a report is disputed")
for i, n in zip(y, days):
    ax.text(n + 2, i, str(n), va="center", fontsize=11)
ax.set_yticks(y, [t if len(t) < 32 else t[:30] + "…" for t in apart["title"]])
ax.set(title="Most reports differ by one day", xlabel="days between earliest and latest date")
ax.legend(loc="lower right")
charts.source_line(fig, f"events data: {len(drawn_sources)} news, official and secondary sources (see References)")
charts.show(fig, 1, "For each happening whose reports give different days, the days between the earliest "
            "and latest; orange where a report is marked disputed.", f"Horizontal bars for {len(apart)} "
            f"happenings: most 1 day apart; the disputed ones (orange) {', '.join(map(str, days[disputed]))} days; the "
            f"longest, {days.max()} days, two stages of a consulate's opening.", data=apart.reset_index())

# %% [markdown]
# Which date is right? Look at the three reports of the border treaty and
# who wrote them:

# %%
treaty = events[events["happening_id"] == "treaty-on-the-state-border-signed"]
used_sources |= set(treaty["source_id"])
treaty[["date", "status", "source_id"]].assign(publisher=treaty["source_id"].map(publisher))

# %% [markdown]
# The Kremlin's official record dates the signing to 3 September 2010; a
# news site in 2021 and an undated reference page give 3 October. The data
# keeps all three and marks the two `disputed`: contradicted by a better
# source. Weighing is not voting: two pages against one do not win when the
# one is the signatory's own record.
#
# ## 5. Two numbers for one length: which reading fits?
#
# The seed article says the line agreed by January 2008 "is 301.1 miles
# (336.5 km)", and that this is 90 % of the border. The two lengths do not
# convert: 336.5 km is 209.1 miles, and 301.1 miles is 484.6 km.

# %%
seed_border = measures[measures["measure_id"].str.startswith("seed-border-agreed")]
used_sources |= set(seed_border["source_id"])
seed_border[["measure_id", "value", "unit"]]

# %% [markdown]
# Do not treat the two numbers as equally suspect: read the sentence as a
# whole. Each reading of it implies a length of the whole border, which other
# sources state. Compute, for each reading, the agreed line and the whole
# border in km:

# %%
from azru.units import KM_PER_MILE  # 1.609344 km in an international mile
readings = pd.DataFrame({
    "agreed (km)": [301.1 * KM_PER_MILE, 336.5, 301.1],
    "whole border (km)": [301.1 * KM_PER_MILE / 0.90, 336.5 / 0.90, 336.5],
}, index=["A: 301.1 miles agreed", "B: 336.5 km agreed", "C: 301.1 km of a 336.5 km border"])
readings["agreed share (%)"] = readings["agreed (km)"] / readings["whole border (km)"] * 100
readings.round(1)

# %%
whole = measures[measures["indicator"] == "border_length"].copy()
whole["km"] = whole["value"].where(whole["unit"] == "km", whole["value"] * KM_PER_MILE)
used_sources |= set(whole["source_id"])
print(f"Other sources give the whole border as {whole['km'].min():.0f} to {whole['km'].max():.0f} km:",
      ", ".join(f"{km:g}" for km in sorted(whole["km"].round(1).unique())))

# %% [markdown]
# Reading C (the letters are those of lesson 3) explains every number in the
# sentence: 301.1 / 336.5 is 89.5 %, the 90 % it states, and 336.5 km sits
# between other sources' 327.6 and 338 km. Reading A needs a border of 538 km,
# longer than any source gives. Reading B fits a border of 374 km (near the
# 370 km of 2007–2008) but leaves
# 301.1 unexplained: it is not 336.5 km in miles. So "miles" is the likeliest
# slip: read it as 301.1 km agreed out of 336.5 km. It is an inference, so the
# data keeps the rows as printed, and the check keeps reporting them, with
# this weighing in its message:

# %%
for finding in azru.check(only=["unit_conversion"]).itertuples():
    print(finding.message)

# %% [markdown]
# ## 6. What do the checks find?
#
# `azru.check()` runs every check and returns one row per finding: the
# check, its severity (`error`: the data is broken; `warning`: a source errs
# or sources disagree; `info`: worth knowing), the rows and sources involved
# and a message. A cross-tabulation counts them:

# %%
findings = azru.check()
pd.crosstab(findings["check"], findings["severity"])

# %% [markdown]
# A finding is a question, not a verdict. `event_dates` lists the dates of
# section 4; `same_quantity` one quantity given different values, such as the
# border lengths above or the two countries' trade figures of lesson 4;
# `unit_conversion` the miles of section 5. Read the rows it names before
# deciding anything.
#
# ## Exercises
#
# **Exercise 1.** From `treaty`, compute how many days apart the disputed
# date and the Kremlin's date of the border treaty are. Store the number in
# `answer`.

# %% tags=["solution"]
kremlin = treaty.loc[treaty["status"] == "reported", "start"].iloc[0]
later = treaty.loc[treaty["status"] == "disputed", "start"].iloc[0]
answer = (later - kremlin).days
answer

# %%
self_check("06.1", answer)

# %% [markdown]
# **Exercise 2.** Under reading C, what percentage of the whole border is the
# agreed line (one decimal)? Compute it from the two length rows of
# `seed_border`, not from numbers typed in.

# %% tags=["solution"]
length = seed_border.set_index("unit")["value"]
answer = round(length["mi"] / length["km"] * 100, 1)
answer

# %%
self_check("06.2", answer)

# %% [markdown]
# **Exercise 3.** Plant an error in a copy: add a report whose `source_id`
# is `"planted-source"`, a source not in `sources`. Then, with an anti-join of
# the copy's `source_id`s against `sources`, find the cited sources that are
# missing. Store them as a list in `answer`.

# %% tags=["solution"]
planted = pd.concat([events, events.iloc[[0]].assign(source_id="planted-source")])
found = planted[["source_id"]].merge(sources[["source_id"]], on="source_id", how="left", indicator=True)
answer = sorted(found.loc[found["_merge"] == "left_only", "source_id"].unique())
answer

# %%
self_check("06.3", answer)

# %% [markdown]
# **Exercise 4.** A student's essay says: "The border treaty was signed on
# 3 October 2010, as two sources confirm." Write two or three sentences of
# feedback.

# %% [markdown] tags=["solution"]
# *Model answer.* The Kremlin's official record, from a signatory, dates the
# signing to 3 September 2010; the two pages that give 3 October are a later
# news article and an undated reference page, so the data marks them disputed. Counting sources does not settle a date:
# ask who was closest to the event. Write "signed on 3 September 2010 (some
# later pages give 3 October)", citing the Kremlin record.
#
# *Rubric.* Full marks: names the better source and why (the signatory's
# official record) and gives the corrected date. Half: corrects the date without saying
# why. None: accepts the majority.

# %% [markdown]
# ## Take-aways
#
# - A report is one source's account; a happening may have several. Count happenings for what happened.
# - A copy of an article is not a second confirmation: follow `copy_of` back to the original.
# - An anti-join (`indicator=True`, `left_only`, or `~isin`) finds what is missing.
# - Weigh versions of one fact with evidence: the closest source, the reading that explains every number.
# - Keep the data as the sources state it; mark `disputed`, explain in notes, and let the checks keep asking.
#
# ## References

# %%
print("\n".join(f"- {azru.cite(source_id, style='text')}" for source_id in sorted(used_sources)))
