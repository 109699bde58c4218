# %% [markdown]
# # 5. Society and culture: diaspora, language, education, media, cultural years
#
# Beyond governments and trade, the relation lives in people: Azerbaijanis
# who live and work in Russia, Russians who live in Azerbaijan,
# schools that teach in Russian, a Moscow university's branch in Baku,
# newspapers and news agencies, and years of culture staged for each other.
# This lesson reads what the data holds on each, and pays attention to how
# the numbers were made: a census, a president's speech, a ministry's
# statistics, or an article that gives no date at all. It ends with the
# closures of 2025.
#
# **Learning objectives.** After this lesson you can
#
# 1. read census counts of a minority across censuses, and name what makes one census not comparable with the next;
# 2. tell apart counts that measure different things (schools with a Russian section, or fully Russian-medium schools);
# 3. recognise an undated figure, and say why it cannot be placed in a series;
# 4. follow a cultural programme or an institution through the events that record it.

# %%
import pandas as pd

import azru
from azru.charts.base import show
from azru.charts.society import census_series, counts_by_source, event_chart

pd.set_option("display.max_colwidth", 70)
pd.set_option("display.width", 120)
facts = azru.load()
measures, events = facts.measures, facts.events
society_events = events[events["theme"] == "society"]
used_sources: set[str] = set(society_events["source_id"])
society_events.groupby("kind", observed=True).size().rename("events").to_frame()

# %% [markdown]
# ## 1. Two minorities in two censuses
#
# The census rows in the data run from 1989 (the USSR census, as the notes
# of row `census-azerbaijanis-in-russia-1989-ria` say) to later Russian and
# Azerbaijani censuses; the table under the chart gives their years. Each
# counts people by the nationality recorded for them, so each census gives
# the number of Azerbaijanis in Russia, or of Russians in Azerbaijan, as
# recorded by that census.

# %%
DIASPORAS = ["Azerbaijanis in Russia", "Russians in Azerbaijan"]
census = measures[measures["indicator"] == "census_population"]
used_sources |= set(census["source_id"])
two_series = census[census["subject"].isin(DIASPORAS)]
show(
    census_series(two_series),
    1,
    "Azerbaijanis counted in Russia's censuses and Russians counted in Azerbaijan's, each count as its source "
    "gives it (hollow or '~': rounded). The 2021 count carries the non-response caveat.",
    "Line chart of census counts in thousands of people by census year: one series for Azerbaijanis in Russia "
    "and one for Russians in Azerbaijan, points labelled with their values and joined by dotted lines between "
    "censuses. An arrow at the 2021 point explains that many respondents gave no nationality.",
)

# %%
if census.empty:
    print("No census counts in the data.")
else:
    per_census = two_series.groupby(["subject", "year"])["value"].agg(["count", "min", "max"])
    print(per_census.astype("Int64").to_string())

# %% [markdown]
# Where two sources round the same census differently, both rows are kept
# (`min` and `max` above). Other subjects in the census rows are parts of a
# whole (a region, a city) and stay out of the chart:

# %%
census[~census["subject"].isin(DIASPORAS)][["period", "subject", "value", "qualifier", "source_id"]]

# %% [markdown]
# > **Check the source.** In the 2020/21 Russian census many respondents
# > gave no nationality; the notes of row `census-azerbaijanis-in-russia-2021`
# > record how many, and that this depressed every nationality's count.
# > Before you read the last point as emigration, open the source of the
# > 2021 row (`azru.cite`) and look for what it says about people of unknown
# > nationality.
#
# Estimates of the diaspora made by politicians are not census counts. The
# chart sets them beside the census: they measure different things (people
# recorded with a nationality in a census; Azerbaijanis including those with
# Russian citizenship; Azerbaijanis working in Russia; column `subject`) and
# none of them is wrong for being different.

# %%
ESTIMATES = ["census_population", "diaspora_population", "migrant_workers"]
azerbaijanis = measures[
    measures["indicator"].isin(ESTIMATES)
    & (measures["subject"].str.startswith("Azerbaijanis", na=False))
    & ~measures["subject"].str.contains("Dagestan|city of", na=False)
]
used_sources |= set(azerbaijanis["source_id"])
show(
    counts_by_source(
        azerbaijanis.assign(what=azerbaijanis["indicator"].str.replace("_", " ") + ": " + azerbaijanis["subject"],
                            indicator="azerbaijanis_in_russia"),
        ("azerbaijanis_in_russia",),
        by="what",
        titles=["Azerbaijanis in Russia: census counts and estimates"],
    ),
    2,
    "Census counts of Azerbaijanis in Russia beside estimates by politicians and others, coloured by what is "
    "counted; undated statements are counted under the chart.",
    "Scatter chart of numbers of people against year: census counts of Azerbaijanis in Russia beside "
    "estimates of the diaspora and of Azerbaijanis working in Russia. Colours tell census counts, diaspora "
    "estimates and counts of workers apart, marker shapes the source; each point is labelled with its value.",
)

# %%
undated = azerbaijanis[azerbaijanis["period"].isna()]
for row in undated.itertuples():
    print(f"undated: {row.qualifier} {row.value:,.0f} {row.unit} - {row.subject} ({row.source_id})")

# %% [markdown]
# ## 2. Russian-language schooling in Azerbaijan
#
# How many schools in Azerbaijan teach in Russian, and how many pupils? The
# sources answer different questions: schools with a Russian section
# beside an Azerbaijani one, schools that teach only in Russian, pupils
# taught in Russian, pupils who learn Russian as a second language. The
# chart keeps each count with its own description.

# %%
schooling = measures[measures["indicator"].isin(["russian_language_schools", "russian_language_pupils"])]
used_sources |= set(schooling["source_id"])
show(
    counts_by_source(
        measures,
        ("russian_language_schools", "russian_language_pupils"),
        titles=["Schools teaching in Russian", "Pupils taught in Russian"],
    ),
    3,
    "Russian-language schools and pupils in Azerbaijan as each source counts them: colour gives what is "
    "counted, the marker who counts. The definitions differ, so the points are not a series.",
    "Two scatter panels, schools above and pupils below, against year. Each point is labelled with its value; "
    "colours stand for definitions such as schools with a Russian section or fully Russian-medium schools, "
    "marker shapes for the source's side.",
)

# %%
schooling[["indicator", "period", "value", "qualifier", "reporter", "subject"]].sort_values(
    ["indicator", "subject", "period"], na_position="last"
)

# %% [markdown]
# Related counts, each with its own definition:

# %%
related = measures[
    measures["indicator"].str.contains("russian|students", na=False)
    & ~measures["indicator"].isin(["russian_language_schools", "russian_language_pupils"])
    & (measures["theme"] == "society")
]
used_sources |= set(related["source_id"])
related[["indicator", "period", "value", "qualifier", "subject"]]

# %% [markdown]
# > **Check the source.** A president's speech at a bilateral ceremony, a
# > ministry's statistics relayed by a news agency and an article on
# > Russian-language education may have different reasons to round up or
# > down. For each
# > count, look up the kind of source (`azru.sources()`, column `kind`) and
# > ask what its author wanted the number to show.
#
# ## 3. Higher education: the Moscow State University branch in Baku

# %%
msu = events[events["title"].str.contains("Moscow State University|MSU", case=False, na=False)]
used_sources |= set(msu["source_id"])
msu[["date", "precision", "kind", "title", "source_id"]]

# %% [markdown]
# The seed article dates the branch to a year; other sources date the
# presidential order and the opening to the day. Both can be true: an order
# and an opening are different events. The chart puts the university beside
# the other society events: programmes, cultural years, forums, statements.

# %%
show(
    event_chart(society_events, title="Society and culture: the events in the data"),
    4,
    "Society and culture events, oldest at the top. Filled dots are dated to the day; hollow dots on a thin "
    "line are dated only to a month or a year; bars last longer than a month.",
    f"Chart with one row per society event ({society_events['title'].nunique()} in all), oldest at the top, "
    "among them the cultural years, the Moscow State University branch in Baku and the humanitarian "
    "cooperation programmes, each marked at the date its source gives.",
)

# %% [markdown]
# ## 4. The cultural years, 2005 and 2006
#
# Russia held a Year of Azerbaijan in 2005 and Azerbaijan a Year of Russia in
# 2006. The data records the years, their openings, and the number of
# special events held over the two years.

# %%
cultural_years = events[events["kind"] == "cultural_year"]
cultural_events = measures[measures["indicator"] == "cultural_events"]
used_sources |= set(cultural_years["source_id"]) | set(cultural_events["source_id"])
print(cultural_years[["date", "date_end", "title", "source_id"]].to_string(index=False))
print()
for row in cultural_events.itertuples():
    print(f"{row.period}: {row.qualifier} {row.value:g} {row.unit} - {row.subject} ({row.source_id})")

# %%
if cultural_events.empty:
    print("No count of cultural events in the data.")
else:
    agree = cultural_events["value"].nunique() == 1
    print(f"{len(cultural_events)} source(s) give the count; they {'agree' if agree else 'disagree'}.")

# %% [markdown]
# ## 5. Newspapers, news agencies, students: the undated figures
#
# The seed article gives several counts without saying when they were true.
# The data keeps them, with an empty period; they cannot be drawn on a time
# axis or compared with dated counts without a date from elsewhere.

# %%
undated_society = measures[(measures["theme"] == "society") & measures["period"].isna()]
used_sources |= set(undated_society["source_id"])
undated_society[["indicator", "value", "unit", "qualifier", "subject", "source_id"]]

# %%
print(f"{len(undated_society)} society figures have no date; {int(measures['period'].isna().sum())} figures in "
      "the whole data.")

# %% [markdown]
# > **Check the source.** An undated count in an encyclopedia article may
# > have been copied from an older text. Look at the article's history or its
# > cited sources for the year the figure first appeared; until then, write
# > "at some time before the article was read", not "today".
#
# ## 6. The closures of 2025
#
# In 2025 the data records a series of closures: Baku ordered the Russian
# House, the office of Rossotrudnichestvo in Baku, to close; the office of
# Rossiya Segodnya (Sputnik) was shut, and later two executives of Sputnik
# Azerbaijan were detained; Russian cultural events were cancelled. The
# events the data holds:

# %%
closures = events[
    (events["year"] >= 2025)
    & (events["kind"].isin(["closure", "arrest", "other", "statement"]))
    & (events["theme"].isin(["society", "diplomacy"]))
    & events["title"].str.contains("Russian House|Sputnik|cultural", case=False, na=False)
]
used_sources |= set(closures["source_id"])
closures[["date", "kind", "title", "source_id"]]

# %%
show(
    event_chart(closures, title="2025: Russian cultural and media institutions closed"),
    5,
    "The 2025 closures and cancellations of Russian cultural and media institutions in Azerbaijan, in date "
    "order; where sources date the same event differently, each date is its own mark on the row.",
    f"Chart with one row per event of 2025 about Russian cultural and media institutions in Azerbaijan "
    f"({closures['title'].nunique()} events from {closures['source_id'].nunique()} sources), each marked at "
    "the date its source gives; rows with several marks are events that sources date differently.",
)

# %%
dates = azru.check(only=["event_dates"])
society_ids = set(society_events["event_id"]) | set(closures["event_id"])
involved = dates[dates["ids"].map(lambda ids: bool(set(ids.split(";")) & society_ids))]
print(f"{len(involved)} of the {len(dates)} date findings concern these events")
for row in involved.itertuples():
    print(f"[{row.severity}] {row.message}")

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** For each of the two diasporas, compute the change between
# consecutive census counts in percent (use one value per census: the
# median of the rows). Which change is largest, and which caveat applies to
# it?

# %% tags=["solution"]
if two_series.empty:
    print("No census counts in the data: nothing to compare.")
for subject, rows in two_series.groupby("subject"):
    per_census = rows.groupby("year")["value"].median()
    change = (per_census.pct_change() * 100).round(1).dropna()
    print(subject, "-", ", ".join(f"{a}→{b}: {c:+.1f}%" for (a, b), c in
                                  zip(zip(per_census.index[:-1], per_census.index[1:]), change)))

# %% [markdown]
# **Exercise 2.** Group the school counts by their description (`subject`).
# Which descriptions have counts for more than one year, so that a change
# over time can honestly be read from them?

# %% tags=["solution"]
by_definition = schooling.dropna(subset=["period"]).groupby(["indicator", "subject"])["year"].agg(
    lambda years: sorted(set(years))
)
print(by_definition.to_string() if not by_definition.empty else "No dated school counts in the data.")
print()
print("comparable over time:", [s for (_, s), years in by_definition.items() if len(years) > 1] or "none")
print("(only if the description really says what is counted: a definition 'not given' may hide several)")

# %% [markdown]
# **Exercise 3.** Cite every source for the 2025 closures in Markdown, and
# note which of them are news reports and which official.

# %% tags=["solution"]
kinds = azru.sources().set_index("source_id")["kind"]
if closures.empty:
    print("No 2025 closure events in the data.")
for source_id in sorted(set(closures["source_id"])):
    print(f"- ({kinds[source_id]}) {azru.cite(source_id, style='markdown')}")

# %% [markdown]
# ## Take-aways
#
# - A census counts people by the nationality recorded for them, and a census with many non-answers counts fewer of
#   every group.
# - Politicians' estimates and census counts measure different things; keep them apart and say which is which.
# - "Russian schools" means different things in different sources: compare counts only within one definition.
# - An undated figure is a fact about a source, not about a year.
# - Institutions are followed through events: an order, an opening, a closure, each with its own source.
#
# ## References

# %%
print("\n".join(f"- {azru.cite(source_id, style='text')}" for source_id in sorted(used_sources)))
