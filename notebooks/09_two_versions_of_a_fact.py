# %% [markdown]
# # 9. Two versions of one fact: which do we believe?
#
# *About 49 minutes.*
#
# When two reports give one happening different dates, or one source gives
# a length in two units that do not convert, which version do we believe?
# Not the majority, and not the average: the data keeps every version, and
# the reader weighs them with evidence. This lesson measures how far apart
# the dates of one happening are, asks who was closest to the event, and
# applies the weighing of lesson 4 to a number.
#
# **Learning objectives.** After this lesson you can
#
# 1. aggregate the reports of each happening with `groupby` and named `agg`, and subtract dates;
# 2. tell a slip of a day from a contradiction, and read the rows before deciding;
# 3. weigh versions of one fact with evidence: the closest source, the reading that explains every number;
# 4. keep the data as the sources state it, marked `disputed`, instead of correcting it.

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
# ## 1. Two dates for one happening: how far apart?
#
# Take the reports dated to the day, and for each happening the earliest
# and latest date its reports give, and how many of its reports are marked
# `disputed` (contradicted by a better source): comparing the `status`
# column with `"disputed"` gives True/False, and `sum()` counts the True.

# %%
day = events[events["precision"] == "day"]
spread = day.groupby("happening_id").agg(
    title=("title", "first"), first=("start", "min"), last=("start", "max"),
    disputed=("status", lambda s: (s == "disputed").sum()),
)
spread["days apart"] = (spread["last"] - spread["first"]).dt.days
apart = spread[spread["days apart"] > 0].sort_values("days apart")
drawn_sources = set(day.loc[day["happening_id"].isin(apart.index), "source_id"])
used_sources |= drawn_sources
apart[["first", "last", "days apart", "disputed"]].rename(columns={"disputed": "reports disputed"})

# %% [markdown]
# A day's difference can come from a signing late at night, reported the
# next morning, or a time zone. A longer gap needs the rows read: the longer
# gaps with reports disputed are contradictions, settled by a better source
# (the table counts the disputed reports of each); the long gap of the Yekaterinburg consulate is two stages (it
# started work in September 2009 and got its office in May 2010, as the rows'
# notes say). Figure 1 draws the gaps in days, one bar per happening, the long
# outlier cut short so that the others can be read:

# %%
fig, ax = charts.new_figure(height=0.55 * len(apart) + 1.8)
y, days, disputed = range(len(apart)), apart["days apart"], apart["disputed"].to_numpy() > 0
CAP = 40  # days: a longer bar is cut at the edge, its length written beside it
ax.barh([i for i in y if not disputed[i]], days[~disputed].clip(upper=CAP), color=charts.COLOURS["context"])
ax.barh([i for i in y if disputed[i]], days[disputed].clip(upper=CAP), color=charts.COLOURS["highlight"])
for i, n in zip(y, days):
    ax.text(min(n, CAP) + 0.5, i, f"{n}" + (" (cut)" if n > CAP else ""), va="center", fontsize=11)
ax.set_yticks(y, apart["title"].where(apart["title"].str.len() < 64, apart["title"].str[:62] + "…").str.wrap(34), fontsize=10)
ax.set(xlim=(0, CAP + 8))
charts.headline(ax, "Most reports of one happening differ by a day", "Days between the earliest and latest date given")
charts.source_line(fig, f"events data: {len(drawn_sources)} news, official and secondary sources (see References)", note=f"Bars longer than {CAP} days are cut; the number gives the full gap. Orange: a report contradicted by a better source.")
charts.show(fig, 1, "For each happening whose reports give different days, the days between the earliest "
            "and latest; orange where a report is marked disputed; bars longer than 40 days cut at the edge.", f"Horizontal bars for {len(apart)} "
            f"happenings: most 1 day apart; the disputed ones (orange) {', '.join(map(str, days[disputed]))} days; the "
            f"longest, {days.max()} days, two stages of a consulate's opening.", data=apart.reset_index())

# %% [markdown]
# ## 2. Which date is right?
#
# Look at the reports of the border treaty and who wrote them:

# %%
treaty = events[events["happening_id"] == "treaty-on-the-state-border-signed"]
used_sources |= set(treaty["source_id"])
treaty[["date", "status", "source_id"]].assign(publisher=treaty["source_id"].map(publisher))

# %% [markdown]
# The Kremlin's official record dates the signing to 3 September 2010;
# later pages give 3 October. The data keeps all the reports and marks the
# October ones `disputed`: contradicted by a better source. Weighing is not
# voting: more pages against one do not win when the one is the signatory's
# own record.
#
# ## 3. Two numbers for one length: which reading fits?
#
# The seed article says the line agreed by January 2008 "is 301.1 miles
# (336.5 km)", and that this is 90 % of the border. The two lengths do not
# convert: 336.5 km is 209.1 miles, and 301.1 miles is 484.6 km.

# %%
seed_border = measures[measures["measure_id"].str.startswith("seed-border-agreed")]
used_sources |= set(seed_border["source_id"])
seed_border[["measure_id", "value", "unit"]]

# %% [markdown]
# Lesson 4 weighed three readings of the sentence against the lengths other
# sources give. Reading C, 301.1 km agreed out of a 336.5 km border, explains
# every number in it: 301.1 / 336.5 is the 90 % it states, and 336.5 km sits
# among other sources' lengths of the whole border. So "miles" is the
# likeliest slip. It is an inference, so the data keeps the rows as printed,
# and the check keeps reporting them, with this weighing in its message:

# %%
for finding in azru.check(only=["unit_conversion"]).itertuples():
    print(finding.message)

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** From `treaty`, compute how many days apart a disputed
# date and the Kremlin's date of the border treaty are. Take one start date
# of each with `.iloc[0]` (the first row, by position); subtracting two dates
# gives a `Timedelta`, whose `.days` is a whole number. Store it in `answer`.

# %% tags=["solution"]
kremlin = treaty.loc[treaty["status"] == "reported", "start"].iloc[0]
later = treaty.loc[treaty["status"] == "disputed", "start"].iloc[0]
answer = (later - kremlin).days
answer

# %%
self_check("09.1", answer)

# %% [markdown]
# **Exercise 2.** Under reading C, what percentage of the whole border is the
# agreed line (one decimal)? Compute it from the two length rows of
# `seed_border`, not from numbers typed in. Under reading C the row whose
# unit says `mi` holds a length in km: the unit is the slip.

# %% tags=["solution"]
length = seed_border.set_index("unit")["value"]
answer = round(length["mi"] / length["km"] * 100, 1)  # reading C: the "mi" row is 301.1 km, so both are km
answer

# %%
self_check("09.2", answer)

# %% [markdown]
# **Exercise 3.** A student's essay says: "The border treaty was signed on
# 3 October 2010, as two sources confirm." Write two or three sentences of
# feedback.

# %% [markdown] tags=["rubric"]
# *What a good answer contains:*
#
# - the better source, and why it is better;
# - the corrected date, with its source.

# %% [markdown] tags=["solution"]
# *Model answer.* The Kremlin's official record, from a signatory, dates the
# signing to 3 September 2010; the pages that give 3 October are later
# secondary pages, so the data marks them disputed. Counting sources does not settle a date:
# ask who was closest to the event. Write "signed on 3 September 2010 (some
# later pages give 3 October)", citing the Kremlin record.
#
# *Rubric.* Full marks: names the better source and why (the signatory's
# official record) and gives the corrected date. Half: corrects the date without saying
# why. None: accepts the majority.

# %% [markdown]
# ## Take-aways
#
# - `groupby` with named `agg` summarises the reports of each happening: first and last date, reports disputed.
# - A day's difference is often a slip; a longer gap needs the rows read.
# - Weigh versions of one fact with evidence: the closest source, the reading that explains every number. Not by vote, not by average.
# - Keep the data as the sources state it; mark `disputed`, explain in notes, and let the checks keep asking.
#
# ## References
#
# **Readings.**
#
# - Oskar Morgenstern, *On the Accuracy of Economic Observations*, 2nd ed. (Princeton: Princeton University Press, 1963), chapter on the sources of error in official figures.
# - J. R. V. Prescott and Gillian D. Triggs, *International Frontiers and Boundaries: Law, Politics and Geography* (Leiden: Martinus Nijhoff, 2008), on treaties, maps and the evidence for a boundary.
#
# The sources of the rows shown:

# %%
print("\n".join(f"- {azru.cite(source_id, style='text')}" for source_id in sorted(used_sources)))
