# %% [markdown]
# # 3. Arms, an allegation and a name: who said what
#
# *About 47 minutes.*
#
# How much did Azerbaijan buy from Russia's arms industry, and what do we
# know about the quarrel of 2009, when Azerbaijani media reported that Russia
# had armed Armenia? The data holds totals that officials stated, shares of
# Azerbaijan's arms imports from the Stockholm International Peace Research
# Institute (SIPRI), and a chain of reports, claims and denials. This lesson
# continues lesson 2's tools (`merge` and string methods) and adds one idea:
# a row can be a fact about what someone *said* rather than about what
# happened.
#
# **Learning objectives.** After this lesson you can
#
# 1. tell a table of totals stated in different years from a series, and
#    take a name out of a text column with `str.split` and `.str[0]`;
# 2. draw shares over overlapping windows without hiding the overlap;
# 3. keep an allegation, a denial and a leaked report apart from what
#    happened, with the `status` column;
# 4. tell a spelling variant of a name from a different name.

# %%
import pandas as pd

import azru
from azru import charts
from azru.selfcheck import self_check

pd.set_option("display.max_colwidth", 60)
facts = azru.load()
events, measures, sources = facts.events, facts.measures, facts.sources
military = events[events["theme"] == "military"]  # every report of a military happening (lesson 2)

# %% [markdown]
# ## 1. How much did Azerbaijan buy?
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
# Each window is a point on the horizontal axis, in time order; a line joins
# Russia's shares and Israel's, so that a fall reads as a fall. Other
# suppliers are grey, each labelled where it ends. `for supplier, rows in
# shares.groupby("supplier")` goes through the groups one at a time: the
# supplier's name and its rows.

# %%
shares["window"] = shares["period"].str.replace("/20", "–")  # "2010/2014" -> "2010–14"
order = sorted(shares["window"].unique())
fig, ax = charts.new_figure()
for supplier, rows in shares.groupby("supplier"):
    colour = charts.COLOURS["russia"] if supplier == "Russia" else charts.COLOURS["context"]
    x = [order.index(w) for w in rows["window"]]
    ax.plot(x, rows["value"], "o-" if len(rows) > 1 else "o", color=colour, markersize=9, linewidth=2)
    ax.annotate(f"{supplier} {rows['value'].iloc[-1]:g}%", (x[-1], rows["value"].iloc[-1]), xytext=(8, 0), textcoords="offset points", va="center", color=colour)
ax.set(xticks=range(len(order)), xticklabels=order, ylim=(0, 100), xlim=(-0.4, len(order) - 0.2), xlabel="SIPRI five-year window")
first, last = shares[shares["supplier"] == "Russia"].sort_values("period")["value"].iloc[[0, -1]]
charts.headline(ax, f"Russia's share of Azerbaijan's arms imports fell from {first:g}% to {last:g}%", "Share of Azerbaijan's imports of major arms by volume, per cent, by five-year window")
charts.source_line(fig, "SIPRI Arms Transfers Database, as summarised by " + ", ".join(shares.merge(sources, on="source_id")["publisher"].unique()), note="Windows overlap (2014–18 and 2015–19 share four years); shares measure volume in SIPRI's trend-indicator units, not money paid.")
charts.show(fig, 2, "Suppliers' shares of Azerbaijan's arms imports per SIPRI five-year window, the windows in time order; Russia in vermillion, other suppliers grey. A supplier whose share no summary states has no dot in that window.",
            "Dot plot by window: Russia's share falls from 85% in 2010–14 to 51%, 31% and 17% in the following overlapping windows, while Israel's rises from 43% to 69%.",
            data=shares[["period", "supplier", "value", "source_id"]])

# %% [markdown]
# > **Check the source.** SIPRI's shares measure the volume of major weapons
# > delivered, valued in its own "trend-indicator" units, not money paid.
# > The shares here come from news summaries of SIPRI's releases, not from
# > SIPRI's database itself; each row names its summary.
#
# ## 2. The 2009 allegation: facts and claims
#
# In January 2009 Azerbaijani media reported that Russia had shipped weapons
# worth about 800 million dollars to Armenia in 2008. A case-insensitive
# search of the titles and summaries for "Armenia", "deliveries" or
# "transfers" in 2009–2010 (`between` keeps the dates from the first to the
# last, both included) finds the chain, one row per report (so one
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

# %% [markdown]
# ## 3. One person under two names?
#
# The seed article gives the Russian defence minister Serdyukov one first
# name when he visits in November 2007 and another in the stories of 2009
# and 2010 (Exercise 2 finds both). The data keeps the names as each source
# writes them (`actor_names`) beside the identifier of the person (`actors`),
# so the two can be compared. A check does it for every person, and tells
# two cases apart: a *spelling variant* of the same name, which
# transliteration from Russian or Azerbaijani makes common (Sergey and
# Sergei Lavrov: `info`), and a *different* given name, an error of the
# source (Sergei for Anatoly Serdyukov: `warning`):

# %%
names = azru.check(only=["person_names"])
names[["severity", "message"]].sort_values("severity")  # category order: error, warning, info

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** By how many percentage points did Russia's share of
# Azerbaijan's arms imports fall from the SIPRI window 2010–2014
# (`period` `"2010/2014"`) to the window 2016–2020 (`"2016/2020"`)?

# %% tags=["solution"]
russia = shares[shares["supplier"] == "Russia"].set_index("period")["value"]
answer = russia["2010/2014"] - russia["2016/2020"]
answer

# %%
self_check("03.1", answer)

# %% [markdown]
# **Exercise 2.** Which first names does the seed article
# (`"wikipedia-az-ru-relations"`) give to the defence minister Serdyukov?
# Split its `actor_names` at `;` and `explode`, keep the names that contain
# "Serdyukov", and take the first word of each (`str.split().str[0]`).
# `unique()` gives the distinct values. Store them in `answer`.

# %% tags=["solution"]
seed = events[events["source_id"] == "wikipedia-az-ru-relations"]
names = seed["actor_names"].str.split(";").explode()
answer = names[names.str.contains("Serdyukov", na=False)].str.split().str[0].unique()
answer

# %%
self_check("03.2", answer)

# %% [markdown]
# **Exercise 3.** In the chain of section 2, which rows are facts about what
# happened, and which are facts about what someone *said*? What would you
# need before writing "Russia armed Armenia in 2008"?

# %% [markdown] tags=["rubric"]
# *What a good answer contains:*
#
# - the rows sorted by their `status` (what happened, what was said);
# - the kind of source that could show the deliveries themselves.

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
# - Totals stated in different years count up to different dates: a table,
#   not a series.
# - `str.split` and `.str[0]` take a piece out of a text column.
# - Shares over overlapping windows are drawn window by window, the overlap
#   said on the chart.
# - An allegation, a denial and a leaked cable are facts about what was
#   *said*; the `status` column keeps them apart from what happened.
# - A spelling variant is not an error; a different given name is.
#
# ## Going further
#
# The UN Register of Conventional Arms records what Russia reported
# delivering to Azerbaijan in 2007–2013 (rows of source
# `azatutyun-25418537-un-register`). Which kinds of weapon are there, and
# how do they compare with the contracts of section 1?

# %%
register = measures[measures["indicator"].str.endswith("_delivered") & measures["subject"].str.contains("UN Register")]
register[["indicator", "period", "value", "unit"]]

# %% [markdown]
# ## References
#
# **Readings.**
#
# - Pieter D. Wezeman and Siemon T. Wezeman, *Trends in International Arms Transfers, 2014*, SIPRI Fact Sheet (Stockholm: SIPRI, March 2015): how SIPRI's trend-indicator values and five-year windows work.
# - Svante E. Cornell, *Azerbaijan since Independence* (Armonk, NY: M.E. Sharpe, 2011), the chapters on the Karabakh conflict and on Russia.
# - Thomas de Waal, *Black Garden: Armenia and Azerbaijan through Peace and War* (New York: New York University Press, 2003).
#
# The sources of every event and number this lesson drew on:

# %%
used = set(chain["source_id"]) | set(totals["source_id"]) | set(shares["source_id"]) | set(register["source_id"])
for source_id in sorted(used):
    print("-", azru.cite(source_id, style="text"))
