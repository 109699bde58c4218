# %% [markdown]
# # 10. Measuring the relationship: building a conflict–cooperation index
#
# *About 53 minutes.*
#
# How good were relations between Azerbaijan and Russia in a given year, and
# how would you measure it? The standard answer in international relations is
# *event data*: each interaction is coded with an event code, each code has a
# weight on a scale from conflict to cooperation, and the weights are added
# up by year and by who acted towards whom. This lesson builds such an index
# from the project's happenings and draws it beside the coverage it rests on.
# Lesson 11 asks how far it can be trusted.
#
# **Learning objectives.** After this lesson you can
#
# 1. say what a CAMEO event code and a Goldstein weight are, and look one up;
# 2. `merge` a code list onto a table of codings and check that every code
#    found its weight;
# 3. sum and average by year and direction with `groupby` and `agg`, and
#    smooth a yearly series with a rolling mean;
# 4. say why the index must never be read without its coverage.

# %%
import pandas as pd

import azru
from azru import charts
from azru.selfcheck import self_check

pd.set_option("display.max_colwidth", 60)
facts = azru.load()
happenings = azru.happenings()
codings, codes = facts.codings, facts.cameo_codes

# %% [markdown]
# ## 1. How do you turn a happening into a number?
#
# CAMEO (Conflict and Mediation Event Observations; codebook: Schrodt 2012)
# lists about three hundred kinds of act between states, in twenty root
# categories from *01 Make public statement* to *20 Use unconventional mass
# violence*. Each code has a weight from −10 for the most conflictual act to
# +10 for the most cooperative. The scale is Joshua Goldstein's (1992), who
# weighted the codes of an older system, WEIS; the CAMEO weights are a later
# adaptation of his scale to the CAMEO codes, and two large event-data
# projects, ICEWS and GDELT, publish their own tables of them. A few codes
# this course meets:

# %%
SOME = ["042", "046", "057", "062", "110", "112", "016", "166", "190"]
codes.set_index("code").loc[SOME, ["name", "goldstein_icews", "goldstein_gdelt"]]

# %% [markdown]
# The project gave every happening one code and a direction: `az_to_ru`
# (Azerbaijan acts towards Russia), `ru_to_az`, or `both` for a joint act
# such as a treaty both sign (rules: `data/CODING.md`). We use the
# `primary` coder; lesson 11 compares a second, `blind` one.

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

# %%
columns = ["happening_id", "date", "year", "title", "status"]
coded = coded.merge(happenings[columns], on="happening_id", how="inner", validate="one_to_one")
print("happenings:", len(happenings), "| coded:", len(coded), "| not coded:", len(happenings) - len(coded))

# %% [markdown]
# Sorting by weight shows both ends of the scale as this data fills them
# (`pd.concat` puts the first four rows and the last four one under the other):

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
# own tables, and adds what a reader needs beside each number: the distinct
# sources (a copy of another source counts once); every year of the span, with
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
# cooperative part (`clip(lower=0)` keeps it if positive, else 0) and a
# conflictual part (`clip(upper=0)`), and add each up by year with
# `groupby`; `reindex` gives every year of the span a row.

# %%
coded["cooperation"] = coded["goldstein_icews"].clip(lower=0)
coded["conflict"] = coded["goldstein_icews"].clip(upper=0)
years = range(index["year"].min(), index["year"].max() + 1)
parts = coded.groupby("year")[["cooperation", "conflict"]].sum().reindex(years)
parts.tail(3)

# %% [markdown]
# Yearly sums jump about; a **rolling mean** smooths them: the mean of each
# year and its two neighbours (`rolling(3, center=True)`). `min_periods=2`
# still gives a value when one of the three is missing, as for the last year,
# which has no following year: its "three-year" mean covers two years, and
# `count()` over the same window says so.

# %%
net = index[index["direction"] == "all"].set_index("year")
net["smooth"] = net["sum"].rolling(3, center=True, min_periods=2).mean()
net["window"] = net["sum"].rolling(3, center=True, min_periods=2).count()  # years in each mean
net[["sum", "smooth", "window", "n_happenings", "n_sources"]].tail(4)

# %% [markdown]
# The chart puts cooperation above zero and conflict below it, with the
# smoothed net index as a black line, dotted where its window is short. The
# coverage goes underneath: happenings coded and distinct sources per year.

# %%
fig, (ax, cov) = charts.new_figure(height=6.4, nrows=2, sharex=True, height_ratios=[3, 1.3])
ax.bar(years, parts["cooperation"], color=charts.COLOURS["context"])
ax.bar(years, parts["conflict"], color=charts.COLOURS["context"])
full = net["smooth"].where(net["window"] == 3)
ax.plot(net.index, full, color="black", linewidth=2)
ax.plot(net.index, net["smooth"].where(net["window"] < 3), "o", color="black", mfc="white", ms=7)
ax.axhline(0, color="black", linewidth=0.8)
ax.text(years[0], parts["cooperation"].max() * 0.9, "cooperative acts", fontsize=11)
ax.text(years[0], parts["conflict"].min() * 0.9, "conflictual acts", fontsize=11)
ax.text(years[0], parts["conflict"].min() * 0.65, "black line: net sum, 3-year mean", fontsize=11)
cov.bar(net.index, net["n_happenings"], color=charts.COLOURS["context"])
cov.plot(net.index, net["n_sources"], "-", color="black")
cov.set(ylabel="coverage")
cov.text(0.01, 0.95, "grey bars: happenings coded   black line: distinct sources", transform=cov.transAxes, fontsize=11, va="top")

# %% [markdown]
# Titles, the note and the caption finish the figure. The source line names
# the most frequent publisher of the reports behind the happenings.

# %%
publisher = facts.sources.set_index("source_id")["publisher"].str.replace(r" \(.*\)", "", regex=True)
reporters = happenings["source_ids"].str.split(";").explode().map(publisher).value_counts().index[0]
top, low = full.idxmax(), net["sum"].idxmin()  # the peak of the full 3-year means; the lowest single year
charts.headline(ax, f"The reported acts read most cooperative around {top}; {low} is the most conflictual year", "Sum of Goldstein weights (ICEWS table) of the coded happenings, per year")
charts.source_line(fig, f"project codings; ICEWS weights (A. Beger, icews); reports: {reporters} and others",
                   note="The index counts reported acts: it moves with coverage (lower panel). Hollow dots: a 3-year mean over two years only (first and last year).")
charts.show(fig, 1, "Goldstein weights of the coded happenings summed by year: cooperative acts above zero, conflictual below; the black line is the net sum averaged over three years, hollow where only two years are in the window. Lower panel: happenings coded and distinct sources per year.",
            f"Grey bars above and below zero by year with a black net line, and a coverage panel below. The smoothed net sum is highest around {top}; the lowest yearly net sum is in {low}; tall bars come with many happenings and sources below.",
            data=net[["sum", "smooth", "window", "n_happenings", "n_sources"]].join(parts).reset_index())

# %% [markdown]
# Where the bars are tall, so are the coverage bars: a year with few
# happenings cannot have a large sum, whatever happened in it. To read what
# happened in a year, open the *Chronology* of the reading edition
# (`make book`): its copy of this chart links each year's bar to that year's
# happenings and their reports; `azru happening ID` shows one in a terminal.

# %% [markdown]
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
self_check("10.1", answer)

# %% [markdown]
# **Exercise 2.** Rolling means and missing years. For the yearly sums in
# `s` below (2020 has nothing coded), compute the centred three-year rolling
# mean with `min_periods=2` and store its value for 2020 in `answer`.

# %%
s = pd.Series([4.0, None, -2.0, 6.0, 1.0], index=range(2019, 2024))

# %% tags=["solution"]
answer = s.rolling(3, center=True, min_periods=2).mean().loc[2020]
answer

# %%
self_check("10.2", answer)

# %% [markdown]
# ## Take-aways
#
# - Event data turns each happening into a code (CAMEO) and each code into a
#   weight (Goldstein's scale, adapted to CAMEO; −10 to +10); summed by year
#   and direction they give a conflict–cooperation index.
# - `merge(…, validate="many_to_one")` looks up a code list safely; count
#   the rows it could not match.
# - `groupby([...]).agg([...])` computes several statistics per group;
#   `rolling(3, center=True, min_periods=2)` smooths a yearly series, and the
#   first and last years rest on fewer values.
# - A sum grows with the number of reported happenings: never show the index
#   without its coverage.
#
# ## Going further
#
# `data/CODING.md` says a directed score ("Azerbaijan's acts") counts a
# joint act on each side. Rebuild the yearly sums of `az_to_ru` plus `both`
# and of `ru_to_az` plus `both` from `index`, and compare the two lines.
#
# ## References
#
# **Readings.**
#
# - Joshua S. Goldstein, "A Conflict-Cooperation Scale for WEIS Events Data", *Journal of Conflict Resolution* 36, no. 2 (1992): 369–385.
# - Philip A. Schrodt, *CAMEO: Conflict and Mediation Event Observations. Event and Actor Codebook*, version 1.1b3 (University Park, PA: Pennsylvania State University, Event Data Project, March 2012).
# - Philip A. Schrodt and James E. Yonamine, "A Guide to Event Data: Past, Present, and Future", *All Azimuth* 2, no. 2 (2013): 5–22.
#
# Below: the code lists and the sources of the happenings shown in section 2.

# %%
named = pd.concat([ends.head(4), ends.tail(4)])["happening_id"]
used = set(happenings.loc[happenings["happening_id"].isin(named), "source_ids"].str.split(";").explode())
used |= set(codes["source_id"]) | set(codes["gdelt_source_id"].dropna())
for source_id in sorted(used):
    print("-", azru.cite(source_id, style="text"))
