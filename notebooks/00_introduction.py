# %% [markdown]
# # 0. Introduction: the facts, where they come from, and how to use them
#
# This course follows the relation between Azerbaijan and Russia from 1991 to
# today through a small base of **curated facts**: dated events and numbers,
# each tied to the document that states it. This first lesson shows what the
# data is, how to load it with the `azru` package, how to trace any fact back
# to its source, and how to draw a first chart.
#
# **Learning objectives.** After this lesson you can
#
# 1. name the five tables of the data package and what one row of each is;
# 2. load them as pandas DataFrames and filter them by theme, kind and period;
# 3. trace a fact to its source and cite it;
# 4. read the consistency checks, which show where sources disagree or err.

# %%
import pandas as pd

import azru
from azru import charts

pd.set_option("display.max_colwidth", 60)
facts = azru.load()
facts

# %% [markdown]
# ## 1. Five tables
#
# | table | one row is |
# | --- | --- |
# | `sources` | a document that facts come from: its publisher, address, dates and kind |
# | `events` | a dated happening: an agreement, a visit, talks, a claim, a denial… |
# | `measures` | one number about the relation, in base units, with whose number it is |
# | `places` | a city, a facility or a diplomatic mission |
# | `actors` | a person, a state or a body |
#
# Beside them the package ships one coding table, `cameo_codes`: the event
# codes of the CAMEO scheme with their Goldstein weights, a tool for coding
# events rather than facts about the relation.
#
# Dates keep the precision the source gives: `2007-11` means "some day in
# November 2007", and the columns `start` and `end` give the first and last
# day it may be.

# %%
facts.events[["date", "precision", "start", "end", "theme", "kind", "title"]].head(8)

# %% [markdown]
# Each table has a column dictionary in `data/README.md`. Counting the events
# by theme shows where the record is dense and where it is thin:

# %%
facts.events.groupby("theme", observed=False).size().rename("events").to_frame()

# %% [markdown]
# ## 2. Filtering
#
# `azru.events()` takes a theme, a kind, a status and a period; an event is kept
# when its span overlaps the period asked for.

# %%
azru.events(theme="military", start="2009", end="2010")[["date", "kind", "status", "title"]]

# %% [markdown]
# The `status` column matters: a **claim** is not a fact, and a **denial** is a
# fact about what someone said, not about what happened.
#
# ## 3. Numbers and units
#
# Every number is stored in base units (USD, not "billion dollars") with a
# `qualifier` for "more than" or "about", and `reporter` says whose statistics
# it is.

# %%
azru.measures(theme="trade")[["indicator", "period", "value", "unit", "qualifier", "reporter", "source_id"]].head(10)

# %% [markdown]
# ## 4. Tracing a fact to its source
#
# Every row names a `source_id`. `azru.cite` turns any event, measure or source
# id into a citation, as text, Markdown or BibTeX.

# %%
print(azru.cite("seed-border-talks-xv-2008"))
print(azru.cite("seed-border-talks-xv-2008", style="bibtex"))

# %% [markdown]
# ## 5. Facts per year
#
# A first chart: how many dated events the data holds for each year, by theme.

# %%
charts.show(
    charts.events_per_year(facts.events),
    1,
    "Events recorded per year, by theme. Counts show how much the sources say, not how much happened.",
    "Stacked bar chart of the number of events in the data for each year since 1991, coloured by theme.",
)

# %% [markdown]
# ## 6. Where the sources disagree or err
#
# `azru.check()` runs the consistency checks and returns one row per finding.
# The seed article, for example, gives the agreed border line as "301.1 miles
# (336.5 km)", which do not convert to each other, and names the Russian
# defence minister once as "Sergei" and once as "Anatoly" Serdyukov.

# %%
findings = azru.check()
findings.groupby(["check", "severity"], observed=True).size().rename("findings").to_frame()

# %%
seed_findings = findings[findings["sources"].str.contains("wikipedia-az-ru-relations")]
for message in seed_findings["message"]:
    print("-", message)

# %% [markdown]
# Lesson 6, *Reading the sources*, takes these findings one by one.
#
# ## Exercises
#
# **Exercise 1.** How many events in the data are claims or denials? Which
# themes are they in?

# %% tags=["solution"]
contested = facts.events[facts.events["status"].isin(["claimed", "denied"])]
contested.groupby(["theme", "status"], observed=True).size()

# %% [markdown]
# **Exercise 2.** Cite, in Markdown, the source of the 2008 trade turnover
# figure (`seed-trade-turnover-2008`). Which kind of source is it, and what
# does that tell you about how far to trust it?

# %% tags=["solution"]
print(azru.cite("seed-trade-turnover-2008", style="markdown"))
azru.sources().set_index("source_id").loc["wikipedia-az-ru-relations", ["kind", "checked_against"]]

# %% [markdown]
# ## Take-aways
#
# - One row is one fact as one source states it; two sources that disagree give two rows.
# - Dates keep their precision; numbers keep their qualifier and say whose they are.
# - Every fact traces to a citable source with `azru.cite`.
#
# ## References

# %%
used = sorted(set(facts.events["source_id"]) | set(facts.measures["source_id"]))
for source_id in used[:5]:
    print(azru.cite(source_id, style="text"))
print(f"... and {max(0, len(used) - 5)} more: see the References page of the book.")
