# %% [markdown]
# # 6. Trade year by year: two reporters, two economies, and gas
#
# *About 52 minutes.*
#
# How much did Azerbaijan and Russia trade in each year since 1992, and do
# the two countries' records agree? Lesson 5 found whose figures the seed
# article quotes. This lesson lays out all the whole-year figures the data
# holds, gaps left as gaps; sets the two countries' customs figures side by
# side; weighs the trade against each economy; and asks which years have a
# figure for gas. Dollar figures are current (nominal) US dollars, not
# adjusted for inflation.
#
# **Learning objectives.** After this lesson you can
#
# 1. combine several figures per cell with `pivot_table` and an `aggfunc`, and keep missing years with `reindex`;
# 2. set two countries' records of the same trade side by side and say why they differ;
# 3. divide one table by another, column by column, with `rdiv(..., axis=0)`;
# 4. draw a series in which a year without a figure is a gap, and a doubtful figure is marked.

# %%
import pandas as pd

import azru
from azru import charts
from azru.selfcheck import self_check

pd.set_option("display.float_format", lambda v: f"{v:,.0f}" if abs(v) >= 1e4 else f"{v:,.2f}")
facts = azru.load()
measures, sources = facts.measures, facts.sources
publisher = sources.set_index("source_id")["publisher"]

# %% [markdown]
# As in lesson 5, COW's two import records, one column per direction
# (USD million):

# %%
cow = measures[(measures["reporter"] == "cow_trade") & (measures["indicator"] == "imports")]
NAMES = {"az_to_ru": "Russia's imports from Azerbaijan", "ru_to_az": "Azerbaijan's imports from Russia"}
imports = cow.pivot(index="year", columns="flow", values="value").rename(columns=NAMES) / 1e6
used_sources = set(cow["source_id"])

# %% [markdown]
# ## 1. How much did they trade, year by year, 1992–2025?
#
# Sources other than COW give turnover, the trade in both directions, and
# for many years several figures. Keep only whole calendar years (a period of
# four digits; "January to May" is not a low year) in US dollars, and record
# whose statistics each figure is: Russian, Azerbaijani or other.

# %%
turnover = measures[(measures["indicator"] == "trade_turnover") & (measures["unit"] == "USD")]
turnover = turnover[turnover["period"].str.fullmatch(r"\d{4}", na=False)].copy()
turnover["side"] = turnover["reporter"].str[:3].map({"ru_": "Russia", "az_": "Azerbaijan"}).fillna("other")
turnover["bound"] = ~turnover["qualifier"].isin(["exact", "about"])
used_sources |= set(turnover["source_id"])
turnover.groupby("side").size()

# %% [markdown]
# `pivot` needs one value per cell; several sources give the same year, so
# `pivot_table` takes an `aggfunc` to combine them (here the median). With
# `reindex` over every year from 1992 to 2025, a year with no figure becomes
# an empty cell (`NaN`), not a zero.

# %%
YEARS = range(1992, 2026)
stated = turnover.pivot_table(index="year", columns="side", values="value", aggfunc="median").reindex(YEARS) / 1e9
from_imports = imports.sum(axis=1, min_count=2).reindex(YEARS) / 1e3  # both records (min_count=2: none missing), USD bn
stated.assign(**{"COW, both importers": from_imports}).loc[2012:2017].round(2)

# %% [markdown]
# Can every COW figure be trusted? Two tests flag a doubtful one: a figure
# that repeats the year before exactly (`diff()` is the change from the row
# before; 0 means the same value, the mark of a figure carried forward), and
# an import figure larger than the other side's customs record of *all*
# trade between the two that year.

# %%
repeated = imports.diff().eq(0).any(axis=1)
too_big = (imports[NAMES["ru_to_az"]] / 1e3).gt(stated["Azerbaijan"].reindex(imports.index))
doubtful = from_imports[(repeated | too_big).reindex(YEARS, fill_value=False)].dropna()
imports.loc[doubtful.index].round(0)

# %% [markdown]
# Figure 1 draws the whole span. The line is COW's two import records
# added together; it breaks where COW ends, and a ring marks a doubtful COW
# year. The dots are the turnover figures other sources state, coloured by
# whose statistics they are; a white centre marks a bound ("more than",
# "almost").

# %%
fig, ax = charts.new_figure()
ax.plot(from_imports.index, from_imports, color=charts.COLOURS["both"])
ax.plot(doubtful.index, doubtful, "o", mfc="none", mec="black", mew=1.5, ms=13)
for side, colour in (("Russia", "russia"), ("Azerbaijan", "azerbaijan"), ("other", "context")):
    rows = turnover[turnover["side"] == side]
    ax.scatter(rows["year"], rows["value"] / 1e9, color=charts.COLOURS[colour], s=45, label=f"stated: {side}'s statistics" if side != "other" else "stated: other")
ax.scatter(turnover.loc[turnover["bound"], "year"], turnover.loc[turnover["bound"], "value"] / 1e9, color="white", edgecolors="none", s=12)
ax.plot([], [], "o", mfc="white", mec="#555555", label="white centre: a bound")  # the legend's sample of a bound
ax.text(2005.6, 0.5, "COW: both importers' records", color=charts.COLOURS["both"], fontsize=11)
ax.set(xlim=(1991, 2026), ylim=(0, None))
ax.legend(loc="upper left")
charts.headline(ax, f"Recorded trade rose from under 1 to about {stated.loc[2020:].max().max():.0f} billion dollars a year", "Trade between Azerbaijan and Russia, billion current US dollars (not adjusted for inflation)")
charts.source_line(fig, f"Correlates of War Trade v4.0; {turnover['source_id'].nunique()} news and official sources (see References)", note="Ringed: a doubtful COW year (a figure repeated from the year before, or above the other side's customs total). Whole calendar years only; years without a figure are gaps.")
charts.show(fig, 1, "Trade by year, billion current US dollars. Line: COW's two import records added (1992–2014), doubtful years ringed. Dots: whole-year turnover as sources state it, coloured by whose statistics; white centre = a bound ('more than').",
            "Line and dots, 1992–2025: the COW line falls from 0.65 bn (1992) to 0.2 bn (1995) and rises to 3.2 bn (2014), its last year ringed as doubtful; stated turnover reaches about 5 bn in the 2020s.", data=stated.assign(cow=from_imports, cow_doubtful=from_imports.index.isin(doubtful.index)).reset_index())

# %% [markdown]
# ## 2. Do the two countries' records agree?
#
# Where a Russian and an Azerbaijani source give turnover for the *same*
# period, set them side by side with `pivot_table` (part-years included this
# time: a quarter is compared with the same quarter), and keep only the
# periods where both sides have a figure:

# %%
both_sides = measures[(measures["indicator"] == "trade_turnover") & (measures["unit"] == "USD")].copy()
both_sides["side"] = both_sides["reporter"].str[:3].map({"ru_": "Russia", "az_": "Azerbaijan"})
pairs = both_sides.pivot_table(index="period", columns="side", values="value", aggfunc="median").dropna() / 1e9
pairs["Russia / Azerbaijan"] = pairs["Russia"] / pairs["Azerbaijan"]
pairs.round(2)

# %% [markdown]
# Where both sides' customs count the same year, Russia's figure can be about
# twice Azerbaijan's (2014: 4.0 against 1.96 bn, rows
# `trade-turnover-2014-ru-customs-flnka` and `trade-turnover-2014-az-customs-flnka`;
# the first quarter of 2015 is alike). From 2018 the pairs are ministers'
# round figures and come within about a tenth of each other; some are medians
# of two figures (2018's Azerbaijani 2.55), one a bound (2019's "more than
# 3 bn"). Neither side's figure is "the" turnover. A careful text gives both, names each reporter,
# and never averages them.
#
# ## 3. How much does this trade weigh in each economy?
#
# The same trade is a different share of two economies of very different
# size. The data holds each country's GDP (indicator `gdp`, from the World
# Bank's World Development Indicators); pivot it to one column per country:

# %%
gdp_rows = measures[measures["indicator"] == "gdp"]
used_sources |= set(gdp_rows["source_id"])
gdp = gdp_rows.pivot(index="year", columns="subject", values="value") / 1e6  # USD mn, like `imports`
gdp.loc[2006:2008].round(0)

# %% [markdown]
# `rdiv(..., axis=0)` ("divide *into*") divides each year's trade (both
# importers' records, USD mn) by each country's GDP that year, column by
# column. Years missing from either side become `NaN` and `dropna` drops them.

# %%
trade_mn = imports.sum(axis=1, min_count=2)
share = (100 * gdp.rdiv(trade_mn, axis=0)).dropna()  # 100 × trade / GDP
share.loc[[1995, 2000, 2005, 2010, 2014]].round(2)

# %%
fig, (top, bottom) = charts.new_figure(height=4.8, nrows=2, sharex=True)
for panel, name in ((top, "Azerbaijan"), (bottom, "Russia")):
    colour = charts.COLOURS[name.lower()]
    panel.plot(share.index, share[name], color=colour, marker="o")
    marked = share.index.intersection(doubtful.index)
    panel.plot(marked, share.loc[marked, name], "o", mfc="white", mec=colour, mew=2, ms=8)
    panel.set(ylim=(0, None))
    panel.set_ylabel(f"{name}\n% of GDP", color=colour)
bottom.set(xticks=range(1995, 2015, 3))
charts.headline(top, "The same trade weighs far more in Azerbaijan's economy than in Russia's", "Trade between the two (COW, both importers' records) as % of each country's GDP, current US dollars")
charts.source_line(fig, "Correlates of War Trade v4.0 (both importers' records); World Bank WDI (GDP)", note="The two panels have different scales. White dots: a doubtful COW year (Figure 1).")
charts.show(fig, 2, "Trade (COW, both importers' records) as a percentage of each country's GDP; note the "
            "two panels' different scales.", f"Two line panels, {share.index.min()}–{share.index.max()}. The "
            f"trade is {share['Azerbaijan'].min():.1f} to {share['Azerbaijan'].max():.1f} % of Azerbaijan's GDP "
            f"but never more than {share['Russia'].max():.2f} % of Russia's.", data=share.reset_index())

# %% [markdown]
# ## 4. Gas: which years have a figure?
#
# Gas has run both ways. The events table records Russian gas to Azerbaijan
# until the start of 2007 and again under contracts of 2017 and 2022, and
# Azerbaijani gas to Russia from 2010. Take the
# whole-year delivery volumes (`gas_volume`) in billions of cubic metres and
# pivot by direction, one row for every year from 2005 to 2024 (`aggfunc=list`
# keeps every figure of a cell; `map` then writes each cell as text):

# %%
gas = measures[(measures["indicator"] == "gas_volume") & measures["period"].str.fullmatch(r"\d{4}", na=False)]
used_sources |= set(gas["source_id"])
gas_table = gas.pivot_table(index="year", columns="flow", values="value", aggfunc=list).reindex(range(2005, 2025))
gas_table.map(lambda v: "no figure" if not isinstance(v, list) else ", ".join(f"{x / 1e9:g}" for x in v))

# %% [markdown]
# Most years have **no figure**: the data does not know the volume, which is
# not the same as no gas. A stated zero (2023, Russia to Azerbaijan, from one
# news article) is a figure; another article gives 0.8 bcm for the same year.
# The table says it better than a chart could: a few figures, and many
# empty years.

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** In which year did trade (both importers' records) reach its
# highest share of Azerbaijan's GDP? Use `share` and `idxmax` (lesson 1).

# %% tags=["solution"]
answer = int(share["Azerbaijan"].idxmax())
answer

# %%
self_check("06.1", answer)

# %% [markdown]
# **Exercise 2.** A journalist writes: "In 2014 trade between Russia and
# Azerbaijan was about 3 billion dollars, the average of the two countries'
# figures." Using the table in section 2, say in two or three sentences what
# is wrong with this and how you would write it instead.

# %% [markdown] tags=["rubric"]
# *What a good answer contains:*
#
# - why an average of the two figures misleads;
# - both figures kept, each with its reporter;
# - one reason why mirror figures differ.

# %% [markdown] tags=["solution"]
# *Model answer.* The two figures (Russian customs 4.0 bn, Azerbaijani customs
# 1.96 bn) are two records of the same trade made by different rules; their
# average is a number no one recorded. Write: "Russian customs put 2014
# turnover at 4.0 bn USD, Azerbaijani customs at 1.96 bn", naming the source
# of each, and, if space allows, one reason mirror figures differ (valuation,
# origin vs shipment, re-exports, unrecorded goods).
#
# *Rubric.* Full marks: rejects the average, keeps both figures with their
# reporters, and gives one reason. Half: keeps both figures but no reporter or
# no reason. None: picks one figure without saying whose it is.

# %% [markdown]
# ## Take-aways
#
# - `pivot_table` combines several figures per cell with an `aggfunc`; `reindex` over all years keeps a year without a figure empty.
# - The two countries' records of the same trade can differ by a factor of two: show both, never average.
# - A figure repeated exactly from the year before, or larger than a whole it belongs to, is doubtful: mark it.
# - The same trade is a large share of a small economy and a tiny share of a large one.
# - A year with no figure is no figure, not zero.
#
# ## Going further
#
# The data also holds investment stocks and Russia's rank among Azerbaijan's
# partners as officials state them (`investment_stock`, `partner_rank`,
# `partner_share`): each with its own definition (column `subject`). Pivot
# them by `subject` and see why they do not make a series.
#
# ## References
#
# **Readings.**
#
# - Oskar Morgenstern, *On the Accuracy of Economic Observations*, 2nd ed. (Princeton: Princeton University Press, 1963), on mirror statistics in foreign trade.
# - Svante E. Cornell, *Azerbaijan since Independence* (Armonk, NY: M.E. Sharpe, 2011), the chapter on the oil-dominated economy.
#
# The sources of the figures used:

# %%
print("\n".join(f"- {azru.cite(source_id, style='text')}" for source_id in sorted(used_sources)))
