# %% [markdown]
# # 4. Trade: turnover, exports, imports, and what the numbers imply
#
# How much do Azerbaijan and Russia trade with each other? The question sounds
# simple, and the sources answer it with confidence, but not with one voice.
# Russian customs, Azerbaijani customs, ministers, ambassadors and news agencies
# each give their own figures, for whole years or for a few months, as exact
# numbers or as "more than". This lesson starts from the 2008 figures in
# the project's seed article and asks what they imply about 2007; then it
# lays out every whole-year figure the data holds, compares the two countries'
# statistics for the same period, checks stated growth rates against levels,
# and follows gas, investment and Russia's place among Azerbaijan's partners.
#
# **Learning objectives.** After this lesson you can
#
# 1. read a trade figure completely: which way the goods go (`flow`), whose statistics (`reporter`), for which period, and with which qualifier;
# 2. compute the level of the year before that a growth rate implies, and test whether several rates agree with each other;
# 3. draw a series without hiding its gaps, and keep part-year figures apart from whole years;
# 4. compare Russian and Azerbaijani statistics for the same period and explain why mirror statistics differ;
# 5. check a stated growth rate against the levels that the same reporter gives.

# %%
import pandas as pd

import azru
from azru import trade
from azru.charts.base import show
from azru.charts.society import counts_by_source
from azru.charts.trade import (
    balance_chart,
    flows_and_events,
    parts_vs_total,
    period_label,
    side_by_side,
    stated_vs_computed_growth,
    turnover_series,
)

pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)
facts = azru.load()
measures = facts.measures
publisher = facts.sources.set_index("source_id")["publisher"]
used_sources: set[str] = set()
facts

# %% [markdown]
# ## 1. The seed's 2008 figures
#
# The seed article gives figures for 2008: the turnover (exports plus
# imports), the exports, the imports, and for each the growth on the year
# before. It does not say whose statistics they are, nor which way "exports"
# go, so the data records `reporter` as `unclear` and leaves `flow` empty
# rather than guessing.

# %%
SEED = "wikipedia-az-ru-relations"
seed_2008 = measures[
    (measures["source_id"] == SEED) & (measures["theme"] == "trade") & (measures["period"] == "2008")
].set_index("indicator")
used_sources |= set(seed_2008["source_id"])
seed_2008[["value", "unit", "qualifier", "flow", "reporter"]].assign(value=seed_2008["value"].map("{:,.10g}".format))

# %% [markdown]
# > **Check the source.** Open the seed article (`azru.cite` prints its
# > address below) and find the sentence with these figures. Does it say
# > "Russia's exports" or "Azerbaijan's exports"? Does it name customs or a
# > statistics office? No other page in the data states these 2008
# > figures, and the source's own notes (`azru.sources()`) say the article
# > cites no source for them, so they rest on this one sentence. That is a
# > reason to check them arithmetically before using them. (A research data
# > set, Correlates of War, gives 411 mn USD for Russia's imports from
# > Azerbaijan in 2008, close to the seed's imports: `azru check` reports
# > the match as `seed_figures_matched`, and what it suggests.)

# %%
print(azru.cite(SEED, style="markdown"))
for indicator, row in seed_2008.iterrows():
    print(f"- {indicator}: {row['notes']}")

# %% [markdown]
# ## 2. What the growth rates imply for 2007
#
# A level and its growth rate fix the level of the year before:
# *previous = level / (1 + growth / 100)*. `azru.trade.implied_previous` does
# this sum. Three rates give three 2007 levels, and those must fit together:
# the implied 2007 exports and imports should add up to the implied 2007
# turnover, as the 2008 ones add up to the 2008 turnover.

# %%
levels_2008 = seed_2008.loc[["trade_turnover", "exports", "imports"], "value"]
rates_2008 = seed_2008.loc[["trade_turnover_growth", "exports_growth", "imports_growth"], "value"]
rates_2008.index = levels_2008.index
year = int(seed_2008["year"].iloc[0])
implied = pd.DataFrame(
    {
        f"{year} stated (USD mn)": levels_2008 / 1e6,
        "growth stated (%)": rates_2008,
        f"{year - 1} implied (USD mn)": trade.implied_previous(levels_2008, rates_2008) / 1e6,
    }
)
implied.round(1)

# %%
previous = trade.implied_previous(levels_2008, rates_2008)
for label, levels in ((f"{year} stated", levels_2008), (f"{year - 1} implied", previous)):
    parts = levels["exports"] + levels["imports"]
    gap = parts - levels["trade_turnover"]
    verdict = "agree within rounding" if abs(gap / levels["trade_turnover"]) < 0.005 else "DO NOT AGREE"
    print(
        f"{label}: exports + imports = {parts / 1e6:,.1f} mn, turnover = {levels['trade_turnover'] / 1e6:,.1f} mn, "
        f"gap {gap / 1e6:+,.1f} mn ({gap / levels['trade_turnover']:+.3%}): {verdict}"
    )
print(
    f"Back again: from the implied {year - 1} turnover, growth is "
    f"{trade.growth_from_levels(previous['trade_turnover'], levels_2008['trade_turnover']):.1f}%"
)

# %%
show(
    parts_vs_total(
        pd.DataFrame({f"{year - 1} (implied)": previous, f"{year} (stated)": levels_2008}),
        "trade_turnover",
        ["exports", "imports"],
        title=f"The seed's {year} figures and the {year - 1} levels their growth rates imply",
        source=f"{publisher[SEED]}; {year - 1} computed with azru.trade.implied_previous",
    ),
    1,
    f"Turnover beside exports plus imports: as stated for {year}, and as implied for {year - 1} by the stated "
    "growth rates. The gap above each pair is the sum of the parts minus the total.",
    f"Two pairs of bars. In each pair a grey bar shows the turnover and a stacked bar the exports and imports. "
    f"The left pair is the implied {year - 1}, the right pair the stated {year}; above each pair the "
    "difference between the stacked bar and the grey one is printed in millions of dollars and percent.",
)

# %% [markdown]
# Two tests, printed above: do the stated parts add up to the stated total,
# and do the implied parts add up to the implied total? A gap within the
# rounding of the printed digits (a few hundredths of a percent) is no
# evidence of error. The package's own check (`growth_rates`) applies the
# second test and reports a gap of half a percent or more as a warning.

# %%
growth_findings = azru.check(only=["growth_rates"])
seed_finding = growth_findings[growth_findings["ids"].str.contains("|".join(seed_2008["measure_id"]))]
for row in seed_finding.itertuples():
    print(f"[{row.severity}] {row.message}")

# %% [markdown]
# Agreement is not proof. Internally consistent numbers can still be some
# other year's, or one side's statistics presented as the total. The next
# sections put them beside everything else the data holds.
#
# ## 3. Turnover by year, as each source states it
#
# Every whole-year turnover figure in the data, marked by whose statistics it
# is. A line joins two consecutive years only when one reporter gives one
# level for both; nothing is drawn across a gap, and years without any
# whole-year figure are shaded. Figures for part of a year (January to
# March, January to November…) are counted under the chart, not drawn: a
# ten-month total is not a low year.

# %%
turnover_rows = measures[measures["indicator"] == "trade_turnover"]
used_sources |= set(turnover_rows["source_id"])
turnover_years = sorted({int(p[:4]) for p in turnover_rows["period"].dropna()})
show(
    turnover_series(measures, years=(turnover_years[0], turnover_years[-1])),
    2,
    "Trade turnover between Azerbaijan and Russia by year, one marker per stated figure, coloured by whose "
    "statistics it is. Shaded years have no whole-year figure; hollow markers are bounds such as 'more than'.",
    "Scatter chart of trade turnover in billions of US dollars against year. Blue markers are Russian sources, "
    "orange and vermillion Azerbaijani ones, grey unclear or media. Lines join only consecutive years of one "
    "source. Grey bands mark the years for which no source in the data gives a whole-year figure.",
)

# %% [markdown]
# The same figures as a table, one row a year and one column a reporter
# (USD billions; where a reporter is given more than one figure for a year,
# the median). Empty cells are years the data has nothing for.

# %%
table = trade.turnover_table(measures, years=range(turnover_years[0], turnover_years[-1] + 1))
(table / 1e9).round(2)

# %%
whole = trade.annual(measures, "trade_turnover")
part = trade.part_year(measures, "trade_turnover")
no_figure = [y for y in table.index if table.loc[y].isna().all()]
print(f"whole-year figures: {len(whole)}; part-year figures: {len(part)}")
print(f"years with no whole-year figure: {', '.join(map(str, no_figure)) or 'none'}")
several = trade.turnover_table(measures, agg="count")
print(f"year and reporter pairs with more than one figure: {int((several > 1).sum().sum())}")

# %% [markdown]
# > **Check the source.** Pick the reporter called "media" or "unclear" in any
# > year and open its source with `azru.cite(measure_id)`. Does the article
# > name the statistics it quotes? Is the number a full year, or "January to
# > November" rounded up in a headline? A part-year figure read as a whole
# > year is one way a series goes wrong.
#
# ## 4. Two statistics for the same period
#
# Trade between two countries is counted twice: each country's customs
# records its own exports and imports. In principle Russia's exports to
# Azerbaijan are Azerbaijan's imports from Russia; in practice the two
# records differ. Imports are often valued with freight and insurance,
# exports without; goods are assigned to the country of origin by one side
# and of consignment by the other; re-exports, goods in transit, energy
# delivered by pipeline and unrecorded trade are treated differently. The
# chart sets side by side every period for which both a Russian and an
# Azerbaijani reporter give a figure.

# %%
show(
    side_by_side(measures),
    3,
    "Turnover for the same period according to Russian (blue) and Azerbaijani (orange, vermillion) sources; "
    "under each period the ratio of the Russian to the Azerbaijani figure.",
    "Grouped bar chart. For each period with figures from both sides, blue bars show Russian figures and "
    "orange bars Azerbaijani ones, each labelled with its value in billions of US dollars. Under the periods "
    "the ratio of the Russian to the Azerbaijani figure is printed.",
)

# %%
sides = trade.sides_table(measures)
if sides.empty:
    print("No period in the data has turnover figures from both sides.")
else:
    shown = sides.assign(
        period=sides["period"].map(period_label),
        Russian=(sides["Russian"] / 1e9).round(3),
        Azerbaijani=(sides["Azerbaijani"] / 1e9).round(3),
        ratio=sides["ratio"].round(2),
    )
    print(shown.to_string(index=False))
    sharpest = sides.loc[sides["ratio"].map(lambda r: max(r, 1 / r)).idxmax()]
    print(f"\nThe sharpest case: {period_label(sharpest['period'])}, where the Russian figure is "
          f"{sharpest['ratio']:.2f} times the Azerbaijani one.")
    rows = turnover_rows[turnover_rows["period"] == sharpest["period"]]
    for row in rows.itertuples():
        print(f"- {row.reporter}: {row.value / 1e9:.3g} bn USD, {azru.cite(row.measure_id)}")

# %% [markdown]
# > **Check the source.** For the sharpest case, read what each source says
# > about why the figures differ. Does it blame one side's records, or the
# > definitions? No explanation is in the numbers themselves: a careful
# > reader reports both figures with their reporters, and does not average
# > them.
#
# ## 5. The balance, where both flows are known
#
# A balance needs both directions from the same source for the same whole
# year: Russian exports to Azerbaijan (`ru_to_az`) and Azerbaijani exports to
# Russia (`az_to_ru`). Rows whose direction is not stated, like the seed's
# 2008 exports and imports, cannot be used. The research data sets (reporter
# `cow_trade` or `nber_un_trade`) give each direction as its importer reports
# it, so their balance sets one country's statistics against the other's.

# %%
flows = trade.flows_table(measures)
used_sources |= set(flows["source_id"])
show(
    balance_chart(flows),
    4,
    "Trade in each direction as one source states it for one year, and the balance from Russia's side "
    "(Russian exports minus Azerbaijani exports).",
    "Bar chart: for each source and year, a blue bar above zero shows goods from Russia to Azerbaijan and an "
    "orange bar below zero goods from Azerbaijan to Russia; a black diamond marks the balance, labelled in "
    "billions of US dollars.",
)

# %%
flows.assign(
    ru_to_az=(flows["ru_to_az"] / 1e9).round(3),
    az_to_ru=(flows["az_to_ru"] / 1e9).round(3),
    balance=(flows["balance"] / 1e9).round(3),
    cover=(flows["az_to_ru"] / flows["ru_to_az"]).round(2),
)

# %%
if flows.empty:
    print("No source gives both flows for one whole year.")
else:
    surplus = flows[flows["balance"] > 0]
    print(f"Russia's surplus in {len(surplus)} of {len(flows)} source-years; Azerbaijan's sales cover "
          f"{flows['az_to_ru'].div(flows['ru_to_az']).min():.0%} to {flows['az_to_ru'].div(flows['ru_to_az']).max():.0%} "
          "of its purchases.")

# %% [markdown]
# `cover` is how much of what Azerbaijan buys from Russia its own sales to
# Russia pay for.
#
# ## 6. Growth as stated, and growth computed from levels
#
# Officials like to give growth rates. Where the same reporter also gives
# the levels for the year before and the year itself, the rate can be
# computed and compared. A difference of a point or two may be rounding; a
# difference of ten points means the rate and the levels cannot both be
# right (or are not about the same thing).

# %%
comparison = trade.growth_comparison(measures)
used_sources |= set(comparison["stated_source"])
show(
    stated_vs_computed_growth(measures),
    5,
    "Growth of turnover on the year before: each stated rate (coloured by reporter) and, where the same "
    "reporter gives both levels, the rate computed from them (black diamond).",
    "Scatter chart of growth rates in percent against year. Coloured markers are stated rates; black hollow "
    "diamonds are rates computed from levels, joined to the stated rate by a grey line and labelled with the "
    "difference in percentage points where it exceeds one point.",
)

# %%
checked = comparison.dropna(subset=["computed"]).assign(difference=lambda d: d["computed"] - d["stated"])
print(f"stated growth rates: {comparison['stated_id'].nunique()}; with levels to check against: "
      f"{checked['stated_id'].nunique()}")
checked[["year", "reporter", "stated", "computed", "difference", "stated_id"]].round(1).drop_duplicates()

# %% [markdown]
# The package's `growth_rates` check applies the same test with an
# allowance for rounding, and reports only what rounding cannot explain:

# %%
for row in growth_findings[growth_findings["severity"] == "warning"].itertuples():
    print(f"- {row.message}")
warnings = int((growth_findings["severity"] == "warning").sum())
print(f"({warnings} warning{'s' if warnings != 1 else ''})")

# %% [markdown]
# ## 7. Gas
#
# Gas has run both ways. Russian deliveries to Azerbaijan stopped at the
# start of 2007 after a dispute over a higher price, and from 2010
# Azerbaijan sold gas to Russia instead. Russian gas came back only for short
# spells: a short episode in 2015, a contract of 2017 suspended in 2018, and
# deliveries from late 2022 under a contract to run until March 2023. The
# chart shows the volumes the data holds and numbers the energy events; the
# table below it lists them, with the source of each.

# %%
energy_events = facts.events[facts.events["theme"] == "energy"].sort_values("start", kind="stable")
gas = measures[measures["indicator"].str.startswith("gas_")]
used_sources |= set(energy_events["source_id"]) | set(gas["source_id"])
show(
    flows_and_events(measures, energy_events),
    6,
    "Gas delivered each year, Russia to Azerbaijan above the axis and Azerbaijan to Russia below it, with "
    "the energy events numbered in date order (listed in the table below).",
    "Bar chart of gas volumes in billions of cubic metres by year, blue bars above zero for Russian gas sent "
    "to Azerbaijan and orange bars below zero for Azerbaijani gas sent to Russia. Dashed vertical lines with "
    "numbers in circles mark energy events such as the end of Russian deliveries and new contracts.",
)

# %%
energy_events.reset_index(drop=True).set_axis(range(1, len(energy_events) + 1))[["date", "kind", "title"]]

# %% [markdown]
# Other gas figures (contracted volumes, prices, cumulative totals) are not
# deliveries and stay out of the chart:

# %%
other_gas = gas[gas["indicator"] != "gas_volume"]
other_gas[["indicator", "period", "value", "unit", "qualifier", "flow", "reporter"]].assign(
    value=other_gas["value"].map("{:,.10g}".format)
)

# %% [markdown]
# > **Check the source.** Where two sources give different volumes for the
# > same year and direction, open both (`azru.cite`). Is one a contract
# > ceiling and the other a delivery? Is one "no supplies at all" from a
# > news agency and the other a figure from a company statement?
#
# ## 8. Investment: who says how much
#
# Investment stocks are stated, not measured in any source the data holds:
# officials give them in speeches, at meetings and to the press (column
# `reporter`). The descriptions differ (direct investment only, or all
# investment; the oil sector included or not; column `subject`). The chart
# keeps each statement with its own description and marks who made it.

# %%
investment = measures[measures["indicator"] == "investment_stock"]
used_sources |= set(investment["source_id"])
show(
    counts_by_source(
        measures,
        ("investment_stock",),
        titles=["Investment stocks as stated (USD)"],
    ),
    7,
    "Investment between the two countries as each speaker states it, coloured by what is said to be counted "
    "and marked by who said it. The descriptions differ, so the points are not a series.",
    "Scatter chart of investment stocks in US dollars against the date of the statement. Colours stand for "
    "the description given with the figure (which direction, and which kind of investment); marker shapes "
    "for the speaker's side. Hollow markers are bounds such as 'more than'.",
)

# %%
if investment.empty:
    print("No investment figures in the data.")
else:
    spread = investment.groupby(["flow", "reporter"], observed=True)["value"].agg(["count", "min", "max"])
    print((spread.assign(min=spread["min"] / 1e9, max=spread["max"] / 1e9)).round(2).to_string())

# %% [markdown]
# ## 9. Russia's place among Azerbaijan's partners
#
# Ranks and shares depend on the period (a month, a half-year, a year) and
# on what is counted (turnover, exports, imports). Read each point with its
# description.

# %%
standing = measures[measures["indicator"].isin(["partner_rank", "partner_share"])]
used_sources |= set(standing["source_id"])
show(
    counts_by_source(
        measures,
        ("partner_rank", "partner_share"),
        titles=["Russia's rank among Azerbaijan's partners", "Russia's share of Azerbaijan's trade (%)"],
    ),
    8,
    "Russia's rank and share among Azerbaijan's trade partners, as each source states them; first place at "
    "the top of the rank panel. Undated statements are counted under the chart.",
    "Two scatter panels. The upper one shows Russia's rank among Azerbaijan's trade partners by date, with "
    "first place at the top; the lower one Russia's share of Azerbaijan's trade in percent. Colours stand "
    "for what is counted, marker shapes for the source.",
)

# %%
standing[["indicator", "period", "value", "reporter", "subject"]].sort_values(
    ["indicator", "period"], na_position="last"
)

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** The seed's growth rates imply 2007 levels of exports and
# imports. Compute the trade balance (exports minus imports) they imply for
# 2007 and the one stated for 2008. By how many percent did it grow? Why
# can you not say which country had the surplus?

# %% tags=["solution"]
balance_before = previous["exports"] - previous["imports"]
balance_now = levels_2008["exports"] - levels_2008["imports"]
print(f"implied {year - 1}: {balance_before / 1e9:.3f} bn; stated {year}: {balance_now / 1e9:.3f} bn; "
      f"growth {trade.growth_from_levels(balance_before, balance_now):.1f}%")
print("flows recorded:", seed_2008.loc[["exports", "imports"], "flow"].astype("object").fillna("not stated").tolist(),
      "- the source does not say whose exports these are, so the sign of the balance is Russia's only if "
      "'exports' means Russian exports.")

# %% [markdown]
# **Exercise 2.** For each year between the first and the last year with a
# turnover figure, count how many reporters give a whole-year figure. Which
# years have only one reporter, so that nothing can be cross-checked?

# %% tags=["solution"]
reporters_per_year = table.notna().sum(axis=1).rename("reporters")
print(reporters_per_year.to_frame().T.to_string())
print("one reporter only:", ", ".join(str(y) for y in reporters_per_year[reporters_per_year == 1].index) or "none")

# %% [markdown]
# **Exercise 3.** Find the stated growth rate that differs most from the
# rate computed from the same reporter's levels, and cite the sources of
# the rate and of both levels. If no rate in the data can be checked, say
# what data would be needed.

# %% tags=["solution"]
if checked.empty:
    print("No stated rate has levels for both years from the same reporter: the data would need the level "
          "of the year before from the reporter that states the rate.")
else:
    worst = checked.loc[checked["difference"].abs().idxmax()]
    print(f"{worst['year']} ({worst['reporter']}): stated {worst['stated']:g}%, computed {worst['computed']:.1f}%")
    for measure_id in (worst["stated_id"], worst["previous_id"], worst["current_id"]):
        print(f"- {measure_id}: {azru.cite(measure_id)}")

# %% [markdown]
# **Exercise 4.** Which periods shorter than a year have turnover figures
# from more than one reporter? For each, print the figures side by side.
# Why must these never be plotted next to whole years?

# %% tags=["solution"]
shared = part.groupby("period").filter(lambda g: g["reporter"].nunique() > 1)
if shared.empty:
    print("No part-year period has figures from more than one reporter.")
for period, group in shared.groupby("period"):
    stated = ", ".join(f"{r.reporter} {r.value / 1e9:.3g} bn" for r in group.itertuples())
    print(f"{period_label(period)}: {stated}")
print("A part-year total covers fewer months: next to whole years it looks like a collapse in trade.")

# %% [markdown]
# ## Take-aways
#
# - A trade figure is incomplete without its direction, its reporter, its period and its qualifier.
# - Growth rates imply levels; several rates from one source must fit together, and here the seed's do.
# - Russian and Azerbaijani statistics can differ widely for the same period (see the sharpest case in section 4):
#   show both, never average.
# - Gaps stay gaps: no line across missing years, no part-year figure among whole years.
# - Investment and partner ranks are statements with their own definitions, not a series.
#
# ## References

# %%
print("\n".join(f"- {azru.cite(source_id, style='text')}" for source_id in sorted(used_sources)))
