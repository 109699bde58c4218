# %% [markdown]
# # 0. Introduction: the data, where it comes from, and how to load it
#
# *About 59 minutes.*
#
# What is in this course's data, and how do you read it with Python? The
# course follows the relation between Azerbaijan and Russia since 1991
# through curated facts, each tied to the document that states it. This
# lesson opens one table with plain pandas, then shows what the project's
# `azru` package adds: types, validation, dates as spans of time, and the
# difference between a *report* and a *happening*.
#
# **Learning objectives.** After this lesson you can
#
# 1. read a CSV file with `pd.read_csv` and inspect it with `head`, `shape`
#    and `dtypes`;
# 2. load the whole data package with `azru.load()` and say what it adds;
# 3. tell a report (a row) from a happening (what the rows report);
# 4. trace a fact to its source and cite it with `azru.cite`.

# %%
import pandas as pd

import azru
from azru import charts
from azru.selfcheck import self_check

pd.set_option("display.max_colwidth", 50)

# %% [markdown]
# ## 1. What is in one table?
#
# The data lives in CSV files in the folder `data/`, one table per file.
# `pd.read_csv` reads one into a **DataFrame**, a table with named columns.
# `azru.data_folder()` gives that folder wherever this notebook is opened
# from, and `/` adds a file name to it:

# %%
raw = pd.read_csv(azru.data_folder() / "events.csv")
raw.shape

# %% [markdown]
# `shape` is (rows, columns). `head` shows the first rows:

# %%
raw[["event_id", "happening_id", "date", "precision", "kind", "title", "status", "source_id"]].head()

# %% [markdown]
# And `dtypes` shows what pandas made of each column. Plain `read_csv`
# guesses: every column here is text, including `date`, because a date such
# as `2007-11` ("some day in November 2007") is not a full date pandas can
# parse.

# %%
raw.dtypes.head(8)

# %% [markdown]
# The data package's tables (besides two of map geometry):
#
# | table | one row is |
# | --- | --- |
# | `events` | one source's report of something that happened: an agreement, a visit, a claim, a denial… |
# | `measures` | one number about the relation, in base units, with whose number it is |
# | `sources` | a document that facts come from: publisher, address, dates and kind |
# | `places` | a city, a facility or a diplomatic mission |
# | `actors` | a person, a state or a body |
# | `codings` | a happening's event code and direction (lesson 10) |
# | `cameo_codes` | the list of event codes, with their weights |
# | `registers` | a systematic list with a stated scope: leaders' contacts, signed documents, ministers' visits |
# | `register_entries` | one item of a register, naming its happening |
#
# Each table's columns are described in `data/README.md`.
#
# ## 2. What does `azru.load()` add?
#
# `azru.load()` reads all the tables, **validates** them against the
# package's schema (`data/datapackage.json`: allowed values, formats, links
# between tables), and gives each column a proper type. A broken row stops
# it with an error that names the file, line and column.

# %%
facts = azru.load()
events = facts.events
events.dtypes[["date", "precision", "kind", "status", "start", "end", "year"]]

# %% [markdown]
# Three things changed. Columns with a fixed list of values (`precision`,
# `kind`, `status`) are *categories*. The date is kept as written, and two
# new columns, `start` and `end`, give the first and last day it may mean:
# `2007-11` runs from 1 to 30 November 2007. And `year` is a number, ready
# for counting.

# %%
events[["date", "precision", "start", "end", "year"]].drop_duplicates("precision")

# %% [markdown]
# ## 3. Reports and happenings
#
# One row is one source's report. When three sources report the same visit,
# the visit is three rows sharing one `happening_id`. Counting rows counts
# reports; counting distinct `happening_id` values counts *happenings*.
# `azru.happenings()` returns one row per happening, with how many reports
# and sources stand behind it (`n_reports`); `value_counts` then says how
# many happenings rest on one report, how many on two or more.

# %%
print("reports:   ", len(events))
print("happenings:", events["happening_id"].nunique())
happenings = azru.happenings()
per_count = happenings["n_reports"].value_counts().sort_index()
per_count

# %% [markdown]
# A chart of the same counts, drawn in the house style:
# `charts.new_figure()` gives a figure 700 pixels wide with readable text,
# `ax.bar` draws bars, `charts.headline` writes the finding and the unit,
# and `charts.show` displays the chart with a number, a caption and a text
# description for readers who cannot see it. The source line names the
# publishers the rows cite most often (found with a `merge`, lesson 2).

# %%
publishers = events.merge(facts.sources, on="source_id")["publisher"].value_counts()
colours = [charts.COLOURS["highlight"] if n == 1 else charts.COLOURS["context"] for n in per_count.index]
fig, ax = charts.new_figure(height=3.5)
ax.bar(per_count.index.astype(str), per_count.to_numpy(), color=colours)
ax.set(xlabel="reports of the happening")
charts.headline(ax, "Most happenings rest on a single report", "Happenings, by the number of reports (rows) behind each")
charts.source_line(fig, f"events.csv; {len(publishers)} publishers, most often {publishers.index[0]} and {publishers.index[1]}",
                   note="Reports that copy another source count here as reports of their own.")
charts.show(fig, 1, "Happenings in the data by the number of reports (rows) behind each; orange: a single report. "
            "Bar height is the number of happenings.",
            f"Bar chart: {per_count[1]} of {per_count.sum()} happenings rest on a single report, {per_count[2]} on two, "
            f"and {per_count[per_count.index >= 3].sum()} on three or more.",
            data=per_count.rename_axis("reports").reset_index(name="happenings"))

# %% [markdown]
# Most happenings rest on one report. When the point is *how much happened*,
# later lessons count happenings; when it is *how much the sources say*, they
# count reports, and say which.
#
# ## 4. Where does a fact come from?
#
# Every row names a `source_id`, a row of `sources`. `azru.cite` turns the
# id of an event, a measure or a source into a citation, as text, Markdown
# or BibTeX:

# %%
print(azru.cite("seed-border-talks-xv-2008"))

# %% [markdown]
# The `status` column says what a report is worth: `reported` (stated as
# fact), `claimed` (someone's claim), `denied` (a denial), `planned`, or
# `disputed` (a better source contradicts its date or figure). A claim is a
# fact about what someone said, not about what happened.

# %%
events["status"].value_counts()

# %% [markdown]
# Where sources disagree or err, `azru.check()` says so, one finding per
# row; lessons 4, 8 and 9 take such findings one by one.

# %% [markdown]
# ## Exercises
#
# **Exercise 1.** How many rows of `events.csv` come from the seed article,
# the source with `source_id` `"wikipedia-az-ru-relations"`? Use `raw` and a
# comparison with `==`; store the number in `answer`.

# %% tags=["solution"]
answer = int((raw["source_id"] == "wikipedia-az-ru-relations").sum())
answer

# %%
self_check("00.1", answer)

# %% [markdown]
# **Exercise 2.** Which values can `precision` take in the data? Store the
# distinct values in `answer` (hint: `unique`).

# %% tags=["solution"]
answer = events["precision"].dropna().unique()
answer

# %%
self_check("00.2", answer)

# %% [markdown]
# **Exercise 3.** Cite, in Markdown, the source of the event
# `seed-border-talks-xv-2008`. What kind of source is it (see
# `facts.sources`), and how far would you trust it on its own?

# %% [markdown] tags=["rubric"]
# *What a good answer contains:*
#
# - the citation, printed with `azru.cite`;
# - the kind of source (`kind` in `facts.sources`) and what that kind is;
# - how far to trust it alone, and what you would check it against.

# %% tags=["solution"]
print(azru.cite("seed-border-talks-xv-2008", style="markdown"))
facts.sources.set_index("source_id").loc["wikipedia-az-ru-relations", ["kind", "checked_against"]]

# %% [markdown] tags=["solution"]
# *Model answer.* It is an encyclopedia article (kind `encyclopedia`), a
# secondary source that summarises others. Use it as a lead, and prefer an
# official record or a contemporary report for dates and numbers; lesson 4
# finds a sentence in it whose numbers do not agree with each other.
#
# *Rubric.* Full marks: names the kind and says it should be checked against
# primary or contemporary sources. Half marks: one of the two.

# %% [markdown]
# ## Take-aways
#
# - `pd.read_csv` reads a table; `head`, `shape` and `dtypes` show what it
#   holds. It reads dates like `2007-11` as text.
# - `azru.load()` validates the tables, types the columns, and turns each
#   date into a span from `start` to `end`.
# - A row is a report; a happening may have several. Count happenings when
#   the question is what happened.
# - Every fact traces to a citable source with `azru.cite`.
#
# ## References
#
# **Readings.**
#
# - Svante E. Cornell, *Azerbaijan since Independence* (Armonk, NY: M.E. Sharpe, 2011): the country's history since 1991, with chapters on its relations with Russia.
# - Philip A. Schrodt and James E. Yonamine, "A Guide to Event Data: Past, Present, and Future", *All Azimuth* 2, no. 2 (2013): 5–22: how dated events become data.

# %%
print(azru.cite("wikipedia-az-ru-relations", style="text"))
print("The sources of every row: see the References page of the book, or facts.sources.")
