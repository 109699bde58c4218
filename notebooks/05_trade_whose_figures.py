# %% [markdown]
# # 5. Trade: what the seed's figures say, and whose they are
#
# *About 58 minutes.*
#
# How much do Azerbaijan and Russia trade with each other? Each country's
# customs count the trade, ministers quote figures in speeches, news agencies
# repeat them, and research data sets rebuild whole series from the
# statistics. The figures do not agree. This lesson starts from three numbers
# in the project's seed article that say neither whose statistics they are
# nor which way the goods go, and finds out whose they most likely are.
# Lesson 6 then lays out the trade year by year. All dollar figures are
# *current* (nominal) US dollars, not adjusted for inflation.
#
# **Learning objectives.** After this lesson you can
#
# 1. read a trade figure completely: direction (`flow`), whose statistics (`reporter`), period and qualifier;
# 2. compute the level of the year before that a stated growth rate implies, and check that figures fit together;
# 3. reshape a long table into years × series with `pivot`;
# 4. compute growth rates from levels with `pct_change`.

# %%
import pandas as pd

import azru
from azru import charts
from azru.selfcheck import self_check

# Print large numbers as a reader writes them (2,403,000,000), not as 2.403000e+09.
pd.set_option("display.float_format", lambda v: f"{v:,.0f}" if abs(v) >= 1e4 else f"{v:,.2f}")
facts = azru.load()
measures, sources = facts.measures, facts.sources
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
rates = values[["trade_turnover_growth", "exports_growth", "imports_growth"]].set_axis(levels.index)  # set_axis: the rates take the levels' labels
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
# gives each country's **imports** from the other, in current US dollars:
# the importer's own record where the IMF has one, otherwise the partner's
# mirror figure or an estimate, and the packaged copy used here does not say
# which (each row's `notes`). The data holds these series as measures whose
# source is a `dataset` and whose reporter is `cow_trade` (another data set,
# the NBER–UN trade flows, adds a second pair of figures for 1999 under
# `nber_un_trade`):

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
# Drawn, the fit is plain: the seed's "imports" (orange diamonds) sit on
# Russia's record of its imports from Azerbaijan, and its "exports" far above
# Azerbaijan's record of its imports from Russia. Each line is coloured by
# the country the goods come from.

# %%
fig, ax = charts.new_figure()
for flow, side in (("az_to_ru", "azerbaijan"), ("ru_to_az", "russia")):
    line = imports.loc[2000:, NAMES[flow]]
    ax.plot(line.index, line, color=charts.COLOURS[side], linewidth=2.5)
    ax.text(line.index[-1] + 0.3, line.iloc[-1], NAMES[flow].replace(" from", "\nfrom"), color=charts.COLOURS[side], va="center", fontsize=11)
for column, label_at in (("seed imports", (2009.2, 750)), ("seed exports", (2008.5, 1950))):
    ax.plot(compare.index, compare[column], "D", color=charts.COLOURS["highlight"], markersize=9)
    ax.annotate(column.replace("seed", "seed's"), (2008, compare.loc[2008, column]), xytext=label_at, color=charts.COLOURS["highlight"],
                arrowprops={"arrowstyle": "-", "color": charts.COLOURS["highlight"]} if column == "seed imports" else None)
ax.set(xlim=(1999.5, 2019), ylim=(0, None), xticks=range(2000, 2015, 2))
charts.headline(ax, "The seed's \"imports\" match Russia's record of its imports from Azerbaijan", "Trade by importer's record, million current US dollars, 2000–2014")
charts.source_line(fig, "Correlates of War Trade v4.0 (lines); Wikipedia, Azerbaijan–Russia relations (diamonds)", note="The seed's 2007 values are implied by its 2008 figures and growth rates. COW figures are importers' records or estimates.")
charts.show(fig, 1, "COW's two import records, 2000–2014, coloured by the country the goods come from, with the seed article's 2007 (implied) and 2008 'imports' and 'exports' as orange diamonds.",
            "Two lines rising from about 100 to 2,500 million US dollars; the seed's 'imports' diamonds lie on Russia's imports from Azerbaijan in 2007 and 2008, its 'exports' diamonds well above Azerbaijan's imports from Russia.", data=compare.reset_index())

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
self_check("05.1", answer)

# %% [markdown]
# **Exercise 2.** By COW's records, by how many percent did Azerbaijan's
# imports from Russia grow from 2013 to 2014 (one decimal)? Use `growth`
# and `.loc[row, column]`. Lesson 6 asks whether COW's 2014 figure can be
# trusted.

# %% tags=["solution"]
answer = round(growth.loc[2014, NAMES["ru_to_az"]], 1)
answer

# %%
self_check("05.2", answer)

# %% [markdown]
# **Exercise 3.** The seed's "exports" most likely are Russia's exports to
# Azerbaijan. Write two sentences that quote the seed's 2008 turnover and
# exports in an essay, saying what the article states and what is inferred.

# %% [markdown] tags=["rubric"]
# *What a good answer contains:*
#
# - the figures with their unit (current US dollars);
# - that the article names no reporter;
# - "Russian statistics" given as an inference from the fit with COW, not as a fact.

# %% [markdown] tags=["solution"]
# *Model answer.* "The article puts 2008 turnover at 2.4 billion current US
# dollars and 'exports' at about 2.0 billion, without saying whose
# statistics these are. The 'imports' match Russia's import records in the
# Correlates of War data, so the figures most likely are Russian statistics
# and the 'exports' Russia's exports to Azerbaijan."
#
# *Rubric.* Full marks: figures with unit, stated and inferred kept apart, the
# evidence for the inference named. Half: one of the last two. None: "Russian
# statistics" stated as fact.

# %% [markdown]
# ## Take-aways
#
# - A trade figure needs its direction, its reporter, its period and its qualifier; without them it is half a figure.
# - A level and its growth rate imply the level of the year before; figures that fit are consistent, not proved.
# - `pivot` turns a long table wide when each cell has one value; `pct_change` gives growth from levels.
# - The seed's 2008 "imports" fit Russia's import records (COW), so its figures most likely are Russian statistics: an inference, not a fact.
#
# ## References
#
# **Readings.**
#
# - Oskar Morgenstern, *On the Accuracy of Economic Observations*, 2nd ed. (Princeton: Princeton University Press, 1963), the chapter on foreign trade statistics: why one country's exports never equal its partner's imports.
# - Katherine Barbieri, Omar M. G. Keshk and Brian Pollins, "Trading Data: Evaluating Our Assumptions and Coding Rules", *Conflict Management and Peace Science* 26, no. 5 (2009): 471–491, on how the COW trade data are built.
#
# The sources of the figures used:

# %%
print("\n".join(f"- {azru.cite(source_id, style='text')}" for source_id in sorted(used_sources)))
