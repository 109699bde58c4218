# %% [markdown]
# # 7. Measuring the relationship: a conflict–cooperation index
#
# *About 60 minutes* ("Going further" adds about 10).
#
# <!-- Estimate for the coordinator: ~1,600 words of prose before "Going further" (8 min at 200 words/min),
#      24 code cells in the lesson besides the 3 one-line self-checks (24 min), 4 exercises (about 6-7 min
#      each, 26 min): about 58 minutes; the two charts are read within their cells' minute. -->
#
# How good were relations between Azerbaijan and Russia in a given year, and
# how would you measure it? The standard answer in international relations is
# *event data*: each interaction is coded with an event code, each code has a
# weight on a scale from conflict to cooperation, and the weights are added
# up by year and by who acted towards whom. This lesson builds such an index
# from the project's happenings, draws it beside the coverage it rests on,
# tests it against other evidence in the data, and asks what it measures.
#
# **Learning objectives.** After this lesson you can
#
# 1. say what a CAMEO event code and a Goldstein weight are, and look one up;
# 2. `merge` a code list onto a table of codings and check that every code
#    found its weight;
# 3. sum and average by year and direction with `groupby` and `agg`, and
#    smooth a yearly series with a rolling mean;
# 4. say how far the index moves with the weight table, the sources and the
#    coder, and why it must never be read without its coverage.

# %%
import pandas as pd

import azru
from azru import charts
from azru.selfcheck import self_check

pd.set_option("display.max_colwidth", 60)
facts = azru.load()
happenings = azru.happenings()
codings, codes = facts.codings, facts.cameo_codes
SIDES = {"az_to_ru": ("azerbaijan", "Azerbaijan → Russia"), "ru_to_az": ("russia", "Russia → Azerbaijan"),
         "both": ("both", "joint acts")}  # each direction's house colour (one meaning per colour) and label

# %% [markdown]
# ## 1. How do you turn a happening into a number?
#
# CAMEO (Conflict and Mediation Event Observations) lists about three
# hundred kinds of act between states, in twenty root categories from *01
# Make public statement* to *20 Use unconventional mass violence*. Each code
# has a weight on the Goldstein scale (Goldstein 1992), from −10 for the most
# conflictual act to +10 for the most cooperative. Two large event-data
# projects publish weight tables, ICEWS and GDELT; a few codes this course
# meets:

# %%
SOME = ["042", "046", "057", "062", "110", "112", "016", "166", "190"]
codes.set_index("code").loc[SOME, ["name", "goldstein_icews", "goldstein_gdelt"]]

# %% [markdown]
# The project gave every happening one code and a direction: `az_to_ru`
# (Azerbaijan acts towards Russia), `ru_to_az`, or `both` for a joint act
# such as a treaty both sign (rules: `data/CODING.md`). We use the
# `primary` coder; section 6 compares a second, `blind` one.

# %%
primary = codings[codings["coder"] == "primary"]
print(primary["direction"].value_counts().to_string())
primary[["happening_id", "cameo_code", "direction", "note"]].head(4)

# %% [markdown]
# ## 2. Which happenings weigh most?
#
# To weigh each coding we **merge** the code list onto it, looking up each
# `cameo_code` in the `code` column. `how="left"` keeps every coding (a code
# missing from the list would get weight `NaN`, which we count);
# `validate="many_to_one"` stops with an error if a code appeared twice in
# the list.

# %%
weights = codes[["code", "name", "goldstein_icews", "goldstein_gdelt"]]
coded = primary.merge(weights, left_on="cameo_code", right_on="code", how="left", validate="many_to_one")
print("codings without a weight:", coded["goldstein_icews"].isna().sum())

# %% [markdown]
# A second merge brings in each happening's year and title from
# `azru.happenings()`; a happening not yet coded stays out (we count them).
# For the charts' source lines we also find the most frequent publisher
# (`explode` gives one row per source of a happening).

# %%
columns = ["happening_id", "date", "year", "title", "status"]
coded = coded.merge(happenings[columns], on="happening_id", how="inner", validate="one_to_one")
print("happenings:", len(happenings), "| coded:", len(coded), "| not coded:", len(happenings) - len(coded))
publisher = facts.sources.set_index("source_id")["publisher"]
publishers = happenings["source_ids"].str.split(";").explode().map(publisher).str.replace(r" \(.*\)", "", regex=True)
reporters = publishers.value_counts().index[0]  # the most frequent, without the parent body in brackets

# %% [markdown]
# Sorting by weight shows both ends of the scale as this data fills them:

# %%
ends = coded.sort_values(["goldstein_icews", "date"])
pd.concat([ends.head(4), ends.tail(4)])[["date", "cameo_code", "name", "goldstein_icews", "title"]]

# %% [markdown]
# ## 3. How cooperative was each year?
#
# `groupby(["year", "direction"])` cuts the table into one group per year and
# direction; `agg` computes several statistics of each group at once: the
# sum of the weights, their mean and their number (`size`).

# %%
by_year = coded.groupby(["year", "direction"], observed=True)["goldstein_icews"].agg(["sum", "mean", "size"])
by_year.tail(6)

# %% [markdown]
# `azru.relations_index(facts)` does the same in one call, from the facts'
# happenings, codings, code list and sources, and adds what a reader needs
# beside each number: the distinct sources (a copy of another source counts
# once, as in `azru.happenings()`); every year of the span, with
# sum `NaN` where nothing was coded (no report is no measurement, not a
# neutral year); and, with `total=True`, rows `all` adding up the
# directions. Our sums and the package's agree:

# %%
index = azru.relations_index(facts, total=True)
theirs = index.set_index(["year", "direction"])["sum"]
print("largest difference:", (by_year["sum"] - theirs).abs().max())
index.tail(4)

# %% [markdown]
# A sum mixes cooperation and conflict: two summonses and a treaty add up to
# a calm-looking number. To draw both, we split each weight into a
# cooperative part (`clip(lower=0)`) and a conflictual part
# (`clip(upper=0)`) and add them up by year and direction with `pivot_table`.

# %%
coded["cooperation"] = coded["goldstein_icews"].clip(lower=0)
coded["conflict"] = coded["goldstein_icews"].clip(upper=0)
years = range(index["year"].min(), index["year"].max() + 1)
parts = coded.pivot_table(index="year", columns="direction", values=["cooperation", "conflict"],
                          aggfunc="sum", observed=True).reindex(years).fillna(0)
parts["conflict"].tail(3)

# %% [markdown]
# Yearly sums jump about; a **rolling mean** smooths them: the mean of each
# year and its two neighbours (`rolling(3, center=True)`). `min_periods=2`
# still gives a value when one of the three years has nothing coded.

# %%
net = index[index["direction"] == "all"].set_index("year")
net["smooth"] = net["sum"].rolling(3, center=True, min_periods=2).mean()
net[["sum", "smooth", "n_happenings", "n_sources"]].tail(5)

# %% [markdown]
# The chart stacks cooperation above zero and conflict below it by who
# acted (`bottom` puts each bar on the ones drawn before it), with the
# smoothed net index as a black line.

# %%
fig, (ax, cov) = charts.new_figure(height=6.2, nrows=2, sharex=True, height_ratios=[3, 1.4])
ax.plot(net.index, net["smooth"], color="black", linewidth=2, zorder=3, label="net, 3-year mean")
ax.axhline(0, color="black", linewidth=0.8)
ax.set(title="Which years read as cooperative, which as conflictual?", ylabel="sum of weights (ICEWS)")
ax.use_sticky_edges = False  # margins above and below the bars, room for the legend
ax.margins(y=0.15)
for part in ("cooperation", "conflict"):
    bottom = 0
    for direction, (side, label) in SIDES.items():
        ax.bar(years, parts[part][direction], bottom=bottom, color=charts.COLOURS[side], label=label if part == "conflict" else None)
        bottom = bottom + parts[part][direction]

# %% [markdown]
# Underneath goes the coverage: happenings coded and distinct sources per
# year. A cross on the zero line would mark a year with no coded happening.

# %%
empty = net.index[net["n_happenings"] == 0]
if len(empty):
    ax.plot(empty, [0] * len(empty), "x", color=charts.COLOURS["context"], markersize=9, mew=2, label="no coded happening")
ax.legend(loc="upper left", ncols=2)
cov.bar(net.index, net["n_happenings"], color=charts.COLOURS["context"])
cov.plot(net.index, net["n_sources"], "o-", color="black", markersize=4)
cov.set(ylabel="coverage")
cov.text(0.01, 0.95, "grey bars: happenings   black line: distinct sources", transform=cov.transAxes, fontsize=11, va="top")
charts.source_line(fig, f"project codings; ICEWS weights (A. Beger, icews); reports: {reporters} and others")
charts.show(fig, 1, "Goldstein weights of the coded happenings summed by year: cooperative acts above zero, conflictual below, stacked by who acted; the black line is the net sum averaged over three years. Lower panel: happenings coded and distinct sources per year.",
            f"Stacked bars by year above and below zero with a net line, and a coverage panel below. The highest net sum is in {net['sum'].idxmax()}, the lowest in {net['sum'].idxmin()}; tall bars come with many happenings and sources below.",
            data=net[["sum", "smooth", "n_happenings", "n_sources"]].reset_index())

# %% [markdown]
# Where the bars are tall, so are the coverage bars: a year with few
# happenings cannot have a large sum, whatever happened in it. To read what
# happened in a year, open the *Chronology* of the reading edition
# (`make book`): its copy of this chart links each year's bar to that year's
# happenings and their reports; `azru happening ID` shows one in a terminal.
#
# ## 4. How far can we trust each year?
#
# Three things could move a year's number with no change in the relation:
# **the weight table** (GDELT weighs a few codes differently from ICEWS);
# **the sources** (had one source never been read, the happenings only it
# reports would be missing); and **chance** (resampling each year's
# happenings with replacement, a seeded *bootstrap*, shows how much the sum
# depends on which happenings it contains). `azru.index_uncertainty`
# computes all three per year and direction, and their envelope
# `low`–`high`: the band we draw.

# %%
spread = azru.index_uncertainty(facts, total=True, seed=7)
net_spread = spread[spread["direction"] == "all"].set_index("year")
net_spread[["sum_icews", "sum_gdelt", "loo_low", "loo_high", "boot_low", "boot_high", "low", "high"]].round(1).tail(4)

# %% [markdown]
# First the weight tables: which years move, by how much, and which coded
# happenings cause it?

# %%
moved = (net_spread["sum_gdelt"] - net_spread["sum_icews"]).dropna()
print("years that move:", moved[moved != 0].round(1).to_dict())
print("largest move:", moved.abs().max().round(1), "in", moved.abs().idxmax())
coded.loc[coded["goldstein_icews"] != coded["goldstein_gdelt"], ["year", "cameo_code", "name", "title"]]

# %% [markdown]
# Then the sources and chance. `loo_source` names the source whose loss
# moves a year most; `loo_empties` is True when one source's loss would
# empty the year. The chart of the sums draws years with fewer than three
# happenings, or resting on one source, as hollow dots. Which years are they?

# %%
fragile = net_spread[net_spread["loo_empties"] | (net_spread["n_happenings"] < 3)].dropna(subset=["sum_icews"])
gdelt = net_spread[net_spread["sum_gdelt"] != net_spread["sum_icews"]].dropna(subset=["sum_icews"])
print("fragile years:", list(fragile.index))

# %% [markdown]
# None in the current data: every year has at least three coded happenings
# and more than one source, so Figure 2 has no hollow dots (the code draws
# them if the data changes). Three happenings are still few.

# %%
fig, (ax, cov) = charts.new_figure(height=5.2, nrows=2, sharex=True, height_ratios=[4, 1])
ax.fill_between(net_spread.index, net_spread["low"], net_spread["high"], color=charts.COLOURS["context"], alpha=0.4, label="band: sources, bootstrap, weights")
ax.plot(net_spread.index, net_spread["sum_icews"], "o-", color="black", markersize=5, label="index (ICEWS weights)")
ax.plot(gdelt.index, gdelt["sum_gdelt"], "D", color=charts.COLOURS["highlight"], label="GDELT weights, where they differ")
ax.set(title="How wide is the doubt around each year's index?", ylabel="sum of weights")
if len(fragile):
    ax.plot(fragile.index, fragile["sum_icews"], "o", color="white", markeredgecolor="black", markersize=7, label="under 3 happenings or one source")

# %% [markdown]
# The index is never shown without its coverage: a slim panel of happenings
# per year goes underneath.

# %%
ax.legend(loc="lower center")
cov.bar(net_spread.index, net_spread["n_happenings"], color=charts.COLOURS["context"])
cov.set(ylabel="happenings")
charts.source_line(fig, f"project codings; ICEWS (A. Beger, icews) and GDELT weights; reports: {reporters} and others")
charts.show(fig, 2, "Net yearly index (all directions, ICEWS weights) inside the band spanned by leaving out one source at a time, a 5–95 % bootstrap over each year's happenings, and the GDELT weights. Hollow dots (none in this data) would mark years with fewer than three happenings, or one source that could remove the year. Lower panel: happenings coded per year.",
            f"Line of the yearly index with a grey band around it. The widest band is in {(net_spread['high'] - net_spread['low']).idxmax()}; GDELT weights move {len(gdelt)} of the measured years, shown as orange diamonds.",
            data=net_spread[["sum_icews", "sum_gdelt", "low", "high", "n_happenings", "loo_empties"]].reset_index())

# %% [markdown]
# ## 5. Does the index agree with other evidence?
#
# Research data sets in the data give yearly series: ATOP's alliance
# pledges between the two states, the Correlates of War (COW) count of
# intergovernmental organisations (IGOs) both belong to, and COW trade
# between them beside Azerbaijan's GDP (World Bank). One row per year:

# %%
m = facts.measures
evidence = m[m["indicator"].isin(["atop_defense_pledge", "shared_igo_memberships"])].pivot_table(
    index="period", columns="indicator", values="value")
trade = m[(m["indicator"] == "imports") & (m["reporter"] == "cow_trade")].groupby("period")["value"].sum()
gdp = m[(m["indicator"] == "gdp") & (m["subject"] == "Azerbaijan")].set_index("period")["value"]
evidence["trade_pct_gdp"] = 100 * trade / gdp
evidence.index = evidence.index.astype(int)
pledged = evidence.index[evidence["atop_defense_pledge"] == 1]
atop_years = evidence["atop_defense_pledge"].dropna().index
print(f"ATOP file {atop_years.min()}–{atop_years.max()}: defence pledge in {len(pledged)} years, {pledged.min()}–{pledged.max()}")
compare = net[["sum", "mean"]].join(evidence, how="inner")
compare.dropna().head(3)

# %% [markdown]
# The ATOP pledge is recorded in every year of its file but the first, so
# it cannot tell years apart (and the file stops in 2018); it is a
# coder's judgement too, since the data records Azerbaijan declining to
# extend the Collective Security Treaty in 1999
# (`azerbaijan-refuses-cst-extension-1999`) and ATOP's file does not name
# the treaty behind the pledge. Do years with more shared IGOs, or more
# trade relative to GDP, score higher? A *rank correlation* (Spearman's,
# −1 to +1) answers without assuming a straight line:

# %%
compare.corr(method="spearman").loc[["sum", "mean"], ["shared_igo_memberships", "trade_pct_gdp"]].round(2)

# %% [markdown]
# Compare the two rows. Where the *sum* follows the IGO count but the *mean*
# does not, the link runs through the number of reported happenings (both
# grow over the years), not through the tone of relations.
#
# Lessons 1 and 2 describe moments of tension: the 2009 allegation that
# Russia was arming Armenia, the end of Russia's use of the Gabala radar in
# 2012, and the crisis after the AZAL crash of December 2024. Where do those
# years rank among the measured years (1 = lowest)? A year of tension can
# still rank high on the sum: the index adds the quarrel to every treaty and
# visit the sources report in the same year.

# %%
CRISES = {2009: "arms allegation (lesson 2)", 2012: "Gabala radar ends (lesson 2)",
          2024: "AZAL crash (lesson 1)", 2025: "after the crash (lesson 1)"}
ranks = net[["sum", "mean"]].rank().rename(columns=lambda c: f"rank of {c}")
crises = net[["sum", "mean", "n_happenings"]].join(ranks).loc[list(CRISES)]
print("measured years:", net["sum"].notna().sum())
crises.assign(why=list(CRISES.values()))

# %% [markdown]
# ## 6. What does the index measure?
#
# An event index is a weighted count of *reported* acts. Three things move
# it besides the relation itself.
#
# **Coverage.** A year enters only through what the sources wrote and the
# project read. If the sums follow the number of happenings, the index
# measures attention as much as relations; the mean depends less on
# coverage but is noisier in thin years:

# %%
rho = net[["sum", "mean", "n_happenings"]].corr(method="spearman").round(2)
print("sum vs happenings:", rho.loc["sum", "n_happenings"], "| mean vs happenings:", rho.loc["mean", "n_happenings"])

# %% [markdown]
# **Coder judgement.** A visit with talks is 046 (7.0), one without 042
# (1.9): the number follows what a report says and how a coder reads it. On
# the happenings that the blind coder also coded, how often do the two agree
# on the code, the root category (first two digits) and the direction, and
# how far apart are their weights?

# %%
blind = codings[codings["coder"] == "blind"].merge(weights, left_on="cameo_code", right_on="code")
pair = blind.merge(coded, on="happening_id", suffixes=("_blind", ""))
pd.Series({"happenings": len(pair),
           "same code": (pair["cameo_code_blind"] == pair["cameo_code"]).mean(),
           "same root": (pair["cameo_code_blind"].str[:2] == pair["cameo_code"].str[:2]).mean(),
           "same direction": (pair["direction_blind"] == pair["direction"]).mean(),
           "mean weight gap": (pair["goldstein_icews_blind"] - pair["goldstein_icews"]).abs().mean()}).round(2)

# %% [markdown]
# **Weights.** Experts set the Goldstein weights for acts of states in
# general, not for this pair; ICEWS and GDELT already disagree on how bad a
# denial is (section 4).
#
# So the index measures *how the reported acts read on one scale*, not the
# relation itself. It serves to compare years of similar coverage and to
# find turns; shown without its happenings and sources it misleads, and a
# year resting on one source is an anecdote, not a measurement.
#
# ## Exercises
#
# **Exercise 1.** A hand example: four happenings of one year, coded below.
# Merge them with `codes` and compute the year's sum of weights under the
# **GDELT** table. Store it in `answer`.

# %%
hand = pd.DataFrame({
    "happening": ["allegation in the press", "ambassador summoned", "denial", "minister's visit"],
    "cameo_code": ["112", "110", "016", "042"],
    "sources": ["apa", "apa;turan", "tass", "apa"]})

# %% tags=["solution"]
hand_weights = hand.merge(codes, left_on="cameo_code", right_on="code", how="left", validate="many_to_one")
answer = hand_weights["goldstein_gdelt"].sum()
answer

# %%
self_check("07.1", answer)

# %% [markdown]
# **Exercise 2.** Leave one source out. In `hand`, drop every happening
# whose *only* source is `apa` (one that `apa` and another source report
# stays), and compute the sum of the remaining weights under the **ICEWS**
# table.

# %% tags=["solution"]
only_apa = hand["sources"].str.split(";").apply(lambda ids: ids == ["apa"])
kept = hand[~only_apa].merge(codes, left_on="cameo_code", right_on="code", how="left", validate="many_to_one")
answer = kept["goldstein_icews"].sum()
answer

# %%
self_check("07.2", answer)

# %% [markdown]
# **Exercise 3.** Rolling means and missing years. For the yearly sums in
# `s` below (2020 has nothing coded), compute the centred three-year rolling
# mean with `min_periods=2` and store its value for 2020 in `answer`.

# %%
s = pd.Series([4.0, None, -2.0, 6.0, 1.0], index=range(2019, 2024))

# %% tags=["solution"]
answer = s.rolling(3, center=True, min_periods=2).mean().loc[2020]
answer

# %%
self_check("07.3", answer)

# %% [markdown]
# **Exercise 4.** A commentator says the index proves that relations in
# 2025 were worse than at any time since 1991. Using Figures 1 and 2,
# `crises` and `net_spread`, say what the index does support and what you
# would check before agreeing.

# %% [markdown] tags=["solution"]
# *Model answer.* The index supports a narrower claim: the acts the sources
# report for 2025 rank lowest of the measured years on the Goldstein scale,
# by sum and by mean (`crises`). It does not show the relation was worse than
# ever. It counts *reported* acts, and Figure 1 shows how few happenings
# and sources some years rest on: a thinly covered year cannot reach a
# large sum. The band of Figure 2 (`low`, `high` in `net_spread`) shows how
# far 2025 could move; where it overlaps other low years' bands the ranking
# is not settled. Weights are generic, codes a coder's reading. I would
# compare means too, read the happenings behind 2025, and set the index
# beside other evidence (section 5).
#
# *Rubric.* Full marks: separates what was reported from what happened,
# uses the coverage or the band to qualify the claim, and proposes one
# concrete check. Half marks: one of these. No marks: reads the sum as the
# state of the relation.

# %% [markdown]
# ## Take-aways
#
# - Event data turns each happening into a code (CAMEO) and each code into a
#   weight (Goldstein, −10 to +10); summed by year and direction they give a
#   conflict–cooperation index.
# - `merge(…, validate="many_to_one")` looks up a code list safely; count
#   the rows it could not match.
# - `groupby([...]).agg([...])` computes several statistics per group;
#   `rolling(3, center=True, min_periods=2)` smooths a yearly series.
# - The index measures reported acts: it moves with coverage, with the
#   sources read, with the coder and a little with the weight table. Show
#   it with its coverage and its band, never alone.
#
# ## Going further
#
# `data/CODING.md` says a directed score ("Azerbaijan's acts") counts a
# joint act on each side. Rebuild the yearly sums of `az_to_ru` plus `both`
# and of `ru_to_az` plus `both` from `index`, and compare the two lines.
#
# **Which years are surest?** A sum's band grows with the number of
# happenings, so to rank years by how sure we can be, take the band of the
# *mean* instead (`measure="mean"`): the tone of a year's reported acts.

# %%
tone = azru.index_uncertainty(facts, measure="mean", total=True, seed=7)
certain = tone[tone["direction"] == "all"].set_index("year").dropna(subset=["mean_icews"])
certain["width"] = certain["high"] - certain["low"]
shown = ["n_happenings", "n_sources", "mean_icews", "low", "high", "width"]
pd.concat([certain.nsmallest(3, "width"), certain.nlargest(3, "width")])[shown].round(2)

# %% [markdown]
# The narrowest bands are not all proof of certainty: a year with a few
# happenings that are all treaties has a narrow band and a fragile number.

# %% [markdown]
# **The index by quarter.** Dates to the month or day let us look inside a
# year. By quarter, the
# happenings dated only to a year cannot be placed; the package leaves them
# out and counts them.

# %%
quarters = azru.relations_index(facts, freq="quarter", total=True)
print("happenings dated only to the year:", len(quarters.attrs["unplaced"]))
recent = quarters[(quarters["direction"] == "all") & (quarters["year"] >= 2022)]
start = pd.PeriodIndex(recent["period"], freq="Q").start_time
measured = recent["n_happenings"] > 0
crash = happenings.loc[happenings["happening_id"] == "azal-flight-j2-8243-crashes-near-aktau", "start"].iloc[0]
ticks = pd.to_datetime([f"{y}-01-01" for y in range(2022, recent["year"].max() + 2)])  # a tick each 1 January
recent[["period", "sum", "n_happenings", "n_sources"]].tail(6)

# %%
fig, ax = charts.new_figure(height=3.8)
bars = ax.bar(start[measured], recent["sum"][measured], width=60, align="edge", color="black")
ax.bar_label(bars, labels=recent["n_happenings"][measured], padding=2, fontsize=11)  # coverage on each bar
ax.plot(start[~measured] + pd.Timedelta(days=30), [0] * (~measured).sum(), "x", color=charts.COLOURS["context"], markersize=9, mew=2, label="no coded happening")
ax.axvline(crash, color=charts.COLOURS["highlight"], linewidth=2)
ax.text(crash, ax.get_ylim()[1], " AZAL crash", fontsize=11, va="top")
ax.set(title="Did the index turn after the AZAL crash?", ylabel="sum of weights per quarter", xticks=ticks, xticklabels=ticks.year)
ax.legend(loc="lower left", title="numbers: happenings coded", title_fontsize=11)
charts.source_line(fig, f"project codings; ICEWS weights (A. Beger, icews); reports: {reporters} and others")
charts.show(fig, 3, "Net index per quarter since 2022 (all directions, ICEWS weights); each bar spans its quarter and carries the number of happenings coded in it; crosses mark quarters with no coded happening; the orange line is the AZAL crash of 25 December 2024.",
            f"Bar chart of the net index per quarter from 2022; the lowest quarter is {recent.loc[recent['sum'].idxmin(), 'period']}.",
            data=recent[["period", "sum", "n_happenings", "n_sources"]])

# %% [markdown]
# ## References
#
# Goldstein, Joshua S. (1992). "A Conflict-Cooperation Scale for WEIS Events
# Data." *Journal of Conflict Resolution* 36 (2): 369–385. Below: the code
# lists, the data sets, and the sources of the happenings shown in section 2.

# %%
named = pd.concat([ends.head(4), ends.tail(4)])["happening_id"]
used = set(happenings.loc[happenings["happening_id"].isin(named), "source_ids"].str.split(";").explode())
series = m["indicator"].isin(["atop_defense_pledge", "shared_igo_memberships", "gdp"]) | (m["reporter"] == "cow_trade")
used |= set(codes["source_id"]) | set(codes["gdelt_source_id"].dropna()) | set(m.loc[series, "source_id"])
for source_id in sorted(used):
    print("-", azru.cite(source_id, style="text"))
