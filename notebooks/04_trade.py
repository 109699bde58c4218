# %% [markdown]
# # 4. Trade: how much, and by whose count?
#
# *About 55 minutes.*
#
# <!-- Estimate for the coordinator: about 1,600 words of prose (8 min at 200 words a minute),
# 24 short code cells, three of them one-line self-checks (22 min), 3 self-checked exercises and one
# written one (about 6 min each, 24 min): about 54 minutes. -->
#
# How much do Azerbaijan and Russia trade with each other? Each country's
# customs count the trade, ministers quote figures in speeches, news agencies
# repeat them, and research data sets rebuild whole series from the statistics.
# The figures do not agree. This lesson starts from three numbers in the
# project's seed article that say neither whose statistics they are nor which
# way the goods go, finds out whose they most likely are, and then lays out
# the trade year by year from 1992 to 2025, both countries' records side by
# side, the weight of this trade in each economy, and the gas that has run
# both ways.
#
# **Learning objectives.** After this lesson you can
#
# 1. read a trade figure completely: direction (`flow`), whose statistics (`reporter`), period and qualifier;
# 2. reshape a long table into years × series with `pivot` and `pivot_table`;
# 3. compute growth rates with `pct_change`, and the level of the year before that a stated rate implies;
# 4. set two countries' records of the same trade side by side and say why they differ;
# 5. draw a series in which a year without a figure is a gap, never a zero.

# %%
import pandas as pd

import azru
from azru import charts
from azru.selfcheck import self_check

# Print large numbers as a reader writes them (2,403,000,000), not as 2.403000e+09.
pd.set_option("display.float_format", lambda v: f"{v:,.0f}" if abs(v) >= 1e4 else f"{v:,.2f}")
facts = azru.load()
measures, sources = facts.measures, facts.sources
publisher = sources.set_index("source_id")["publisher"]
used_sources: set[str] = set()

# %% [markdown]
# ## 1. What do the seed's 2008 figures say, and what do they leave out?
#
# The seed article gives, for 2008, the turnover (all trade in both
# directions), "exports", "imports", and each one's growth on 2007. The data
# keeps them as the article states them. Select the seed's trade rows for 2008:

# %%
SEED = "wikipedia-az-ru-relations"
seed = measures[(measures["source_id"] == SEED) & (measures["theme"] == "trade") & (measures["period"] == "2008")]
used_sources.add(SEED)
seed[["indicator", "value", "unit", "qualifier", "flow", "reporter"]]

# %% [markdown]
# `flow` is empty for exports and imports and `reporter` is `unclear`: the
# article does not say whose exports these are, nor whose statistics. A trade
# figure without its direction and its reporter is half a figure. The rest of
# the lesson tries to recover the missing half.
#
# ## 2. What do the growth rates imply for 2007?
#
# A level and its growth rate fix the level of the year before:
# *previous = level / (1 + growth / 100)*. Put each level beside its rate,
# using `indicator` as the index so the two line up by name:

# %%
values = seed.set_index("indicator")["value"]
levels = values[["trade_turnover", "exports", "imports"]]
rates = values[["trade_turnover_growth", "exports_growth", "imports_growth"]].set_axis(levels.index)
implied_2007 = levels / (1 + rates / 100)
pd.DataFrame({"2008 (USD mn)": levels / 1e6, "growth (%)": rates, "2007 implied (USD mn)": implied_2007 / 1e6}).round(1)

# %% [markdown]
# The three rates must fit together: the implied 2007 exports and imports
# should add up to the implied 2007 turnover, as the 2008 ones add up to the
# 2008 turnover. A gap of a few hundredths of a percent is rounding.

# %%
for label, year_levels in (("2008 stated", levels), ("2007 implied", implied_2007)):
    parts = year_levels["exports"] + year_levels["imports"]
    gap = (parts / year_levels["trade_turnover"] - 1) * 100
    total = year_levels["trade_turnover"] / 1e6
    print(f"{label}: exports + imports = {parts / 1e6:,.1f} mn, turnover {total:,.1f} mn, gap {gap:+.2f}%")

# %% [markdown]
# They fit. Agreement is not proof, though: consistent numbers can still be
# one side's statistics presented as the whole truth. To find out whose they
# are, we need a series that says so.
#
# ## 3. Whose statistics are they?
#
# The Correlates of War (COW) trade data set rebuilds trade between every pair
# of countries from the IMF's direction-of-trade statistics. For each year it
# gives each country's **imports** from the other, as the importer recorded
# them. The data holds these series as measures whose source is a `dataset`
# and whose reporter is `cow_trade` (another data set, the NBER–UN trade
# flows, adds a second pair of figures for 1999 under `nber_un_trade`):

# %%
cow = measures[(measures["reporter"] == "cow_trade") & (measures["indicator"] == "imports")]
used_sources |= set(cow["source_id"])
cow[["measure_id", "period", "value", "flow", "reporter", "source_id"]].head()

# %% [markdown]
# This is a *long* table: one row per year and direction. To read it by year
# we want it *wide*, one row per year and one column per direction. That is
# what `pivot` does: `index` becomes the rows, `columns` the columns,
# `values` fills the cells. Goods going `az_to_ru` are Russia's imports from
# Azerbaijan; goods going `ru_to_az` are Azerbaijan's imports from Russia.

# %%
NAMES = {"az_to_ru": "Russia's imports from Azerbaijan", "ru_to_az": "Azerbaijan's imports from Russia"}
imports = cow.pivot(index="year", columns="flow", values="value").rename(columns=NAMES) / 1e6
imports.loc[2006:2009].round(0)

# %% [markdown]
# Now set the seed's figures beside COW's. Its "imports" of 411.4 mn match
# Russia's imports from Azerbaijan in 2008 (411 mn), and the 328 mn its
# growth rate implies for 2007 matches COW's 2007 figure too:

# %%
seed_2007_2008 = pd.DataFrame({2007: implied_2007, 2008: levels}).T[["imports", "exports"]] / 1e6
compare = seed_2007_2008.add_prefix("seed ").join(imports.loc[[2007, 2008]])
compare.round(0)

# %% [markdown]
# The seed's "imports" fit Russia's imports as Russia records them. Then the
# seed's figures are most likely Russian statistics, and its "exports" most
# likely Russia's exports to Azerbaijan: 1,991 mn in 2008. That is an
# inference from a fit, not something the article states, so the data keeps
# `reporter` as `unclear`, and so should you when you quote it ("fits
# Russian statistics").
#
# The same goods counted by Azerbaijan as its imports from Russia come to
# 1,350 mn: about two thirds of the seed's (most likely Russian) 1,991 mn. This is a
# **mirror gap**: one flow, two countries' records. Importers usually value
# goods with freight and insurance, exporters without, which would make
# imports the *larger* figure; here they are smaller, so something else is at
# work, such as goods counted by their country of origin on one side and of
# shipment on the other, re-exports, or goods that one side does not record.
#
# ## 4. Growth rates from levels
#
# A series of levels gives its growth rates directly: `pct_change()`
# divides each row by the row before, minus one. Compare COW's 2008 growth
# with the seed's stated rates (25.4 % for imports, 42.6 % for exports):

# %%
growth = imports.pct_change() * 100
growth.loc[2005:2009].round(1)

# %% [markdown]
# Russia's imports grew 25.3 % by COW against the seed's 25.4 % (rounding of
# the millions); Azerbaijan's imports from Russia grew 34.5 %, not 42.6 %.
# Another sign that the seed's "exports" are not Azerbaijan's record.
#
# ## 5. How much did they trade, year by year, 1992–2025?
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
from_imports = imports.sum(axis=1, min_count=2).reindex(YEARS) / 1e3  # both importers' records, USD bn
stated.assign(**{"COW, both importers": from_imports}).loc[2012:2017].round(2)

# %% [markdown]
# Figure 1 draws the whole span. The line is COW's two import records
# added together; it breaks where COW ends. The dots are the turnover figures
# other sources state, coloured by whose statistics they are; a white centre
# marks a bound ("more than", "almost").

# %%
fig, ax = charts.new_figure()
ax.plot(from_imports.index, from_imports, color=charts.COLOURS["both"], label="COW: both importers' records")
for side, colour in (("Russia", "russia"), ("Azerbaijan", "azerbaijan"), ("other", "context")):
    rows = turnover[turnover["side"] == side]
    ax.scatter(rows["year"], rows["value"] / 1e9, color=charts.COLOURS[colour], label=f"stated: {side}")
ax.scatter(turnover.loc[turnover["bound"], "year"], turnover.loc[turnover["bound"], "value"] / 1e9, color="white",
           edgecolors="#555555", s=14, label="white centre: a bound ('more than')")
ax.set(title="Trade grew from under 1 to about 5 bn USD a year", ylabel="USD bn", xlim=(1991, 2026), ylim=(0, None))
ax.legend(loc="upper left")
charts.source_line(fig, f"Correlates of War Trade v4.0; {turnover['source_id'].nunique()} news and official sources (see References)")
charts.show(fig, 1, "Trade by year, USD bn. Line: COW's two import records added (1992–2014). Dots: whole-year "
            "turnover as sources state it, coloured by whose statistics; white centre = a bound ('more than').",
            "Line and dots, 1992–2025: the COW line falls from 0.65 bn (1992) to 0.2 bn (1995), rises to 3.2 bn (2014); "
            "stated turnover reaches about 5 bn in 2025.", data=stated.assign(cow=from_imports).reset_index())

# %% [markdown]
# ## 6. Do the two countries' records agree?
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
# ## 7. How much does this trade weigh in each economy?
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
fig, (top, bottom) = charts.new_figure(height=4.6, nrows=2, sharex=True)
top.plot(share.index, share["Azerbaijan"], color=charts.COLOURS["azerbaijan"], marker="o")
bottom.plot(share.index, share["Russia"], color=charts.COLOURS["russia"], marker="o")
top.set(title="The trade weighs far more in Azerbaijan's economy", ylabel="% of GDP", ylim=(0, None))
bottom.set(ylabel="% of GDP", ylim=(0, None), xticks=range(1995, 2015, 3))
for panel, name in ((top, "Azerbaijan"), (bottom, "Russia")):
    panel.text(0.99, 0.9, name, color=charts.COLOURS[name.lower()], transform=panel.transAxes, ha="right")
charts.source_line(fig, "Correlates of War Trade v4.0 (both importers' records); World Bank WDI (GDP)")
charts.show(fig, 2, "Trade (COW, both importers' records) as a percentage of each country's GDP; note the "
            "two panels' different scales.", f"Two line panels, {share.index.min()}–{share.index.max()}. The "
            f"trade is {share['Azerbaijan'].min():.1f} to {share['Azerbaijan'].max():.1f} % of Azerbaijan's GDP "
            f"but never more than {share['Russia'].max():.2f} % of Russia's.", data=share.reset_index())

# %% [markdown]
# ## 8. Gas: which years have a figure?
#
# Gas has run both ways. The events table records Russian gas to Azerbaijan
# until the start of 2007 and again in short spells (2015, 2017–2018, 2022–2023),
# and Azerbaijani gas to Russia from 2010. Take the
# whole-year delivery volumes (`gas_volume`) in billions of cubic metres and
# pivot by direction, one row for every year from 2005 to 2024:

# %%
gas = measures[(measures["indicator"] == "gas_volume") & measures["period"].str.fullmatch(r"\d{4}", na=False)]
used_sources |= set(gas["source_id"])
gas_table = gas.pivot_table(index="year", columns="flow", values="value", aggfunc=list).reindex(range(2005, 2025))
gas_table.map(lambda v: "no figure" if not isinstance(v, list) else ", ".join(f"{x / 1e9:g}" for x in v))

# %% [markdown]
# Most years have **no figure**: the data does not know the volume, which is
# not the same as no gas. A stated zero (2023, Russia to Azerbaijan, from one
# news article) is a figure; another article gives 0.8 bcm for the same year.
# Figure 3 draws only what is stated and shades the years with no figure.

# %%
fig, ax = charts.new_figure(height=3.6)
no_figure = gas_table.index[gas_table.isna().all(axis=1)]
ax.bar(no_figure, 5.2, bottom=-0.2, width=1, color="#e6e6e6", zorder=0, label="no figure")  # shading, not data
for flow, colour, label in (("ru_to_az", "russia", "Russia to Azerbaijan"), ("az_to_ru", "azerbaijan", "Azerbaijan to Russia")):
    rows = gas[gas["flow"] == flow]
    ax.scatter(rows["year"], rows["value"] / 1e9, color=charts.COLOURS[colour], label=label, s=60, zorder=3)
ax.set(title="Gas deliveries: figures for only a few years", ylabel="bcm", xlim=(2004.5, 2024.5), ylim=(-0.2, 5),
       xticks=range(2006, 2025, 3))
ax.legend(loc="upper right")
charts.source_line(fig, ", ".join(sorted(publisher[gas["source_id"].unique()].str.split(" [(]").str[0].unique())))
charts.show(fig, 3, "Gas delivered in a whole year, billion cubic metres, by direction; each dot one source's "
            "figure. Shaded years have no figure in the data (not zero).",
            "Dot chart 2005–2024: Russia to Azerbaijan 4.5 bcm in 2006, 0.35 in 2017, 1.0 in 2018 and two "
            "conflicting 2023 figures (0 and 0.8); Azerbaijan to Russia about 1.4 bcm in 2013 and 0.36 in 2023. "
            "All other years are shaded as having no figure.", data=gas[["year", "flow", "value", "source_id"]])

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** Using `implied_2007`, what 2007 turnover (USD million,
# rounded to a whole million) do the seed's 2008 turnover and its growth
# rate imply? Store it in `answer`.

# %% tags=["solution"]
answer = round(implied_2007["trade_turnover"] / 1e6)
answer

# %%
self_check("04.1", answer)

# %% [markdown]
# **Exercise 2.** By COW's records, by how many percent did Azerbaijan's
# imports from Russia grow from 2013 to 2014 (one decimal)? Use `growth`.

# %% tags=["solution"]
answer = round(growth.loc[2014, NAMES["ru_to_az"]], 1)
answer

# %%
self_check("04.2", answer)

# %% [markdown]
# **Exercise 3.** In which year did trade (both importers' records) reach its
# highest share of Azerbaijan's GDP? Use `share` and `idxmax`.

# %% tags=["solution"]
answer = int(share["Azerbaijan"].idxmax())
answer

# %%
self_check("04.3", answer)

# %% [markdown]
# **Exercise 4.** A journalist writes: "In 2014 trade between Russia and
# Azerbaijan was about 3 billion dollars, the average of the two countries'
# figures." Using the table in section 6, say in two or three sentences what
# is wrong with this and how you would write it instead.

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
# - A trade figure needs its direction, its reporter, its period and its qualifier; without them it is half a figure.
# - `pivot` turns a long table wide when each cell has one value; `pivot_table` combines several with an `aggfunc`.
# - The seed's 2008 "imports" fit Russia's import records (COW), so its figures most likely are Russian statistics.
# - The two countries' records of the same trade can differ by a factor of two: show both, never average.
# - `reindex` over all years keeps a year without a figure empty; draw it as a gap, never as zero.
#
# ## Going further
#
# The data also holds investment stocks and Russia's rank among Azerbaijan's
# partners as officials state them (`investment_stock`, `partner_rank`,
# `partner_share`): each with its own definition (column `subject`). Pivot
# them by `subject` and see why they do not make a series.
#
# ## References

# %%
print("\n".join(f"- {azru.cite(source_id, style='text')}" for source_id in sorted(used_sources)))
