# %% [markdown]
# # 6. Reading the sources: where they disagree or err, and how we checked
#
# Every number and date in this course comes from a source, and sources are
# written by people: they convert units wrongly, misname a minister, date
# an event a day early, or quote one country's statistics as if they were
# the only ones. The data keeps each statement as its source makes it, and
# the `azru` package checks the statements against each other and against
# arithmetic. This lesson reads every finding of those checks, takes the
# main kinds one by one, and ends with exercises in which you plant an
# error in a copy of the data and catch it with the same tools.
#
# **Learning objectives.** After this lesson you can
#
# 1. run the consistency checks and read a finding: which check, how severe, which rows and which sources;
# 2. tell an error inside one source (a wrong conversion, a wrong name) from a disagreement between sources (two lengths, two dates, two statistics);
# 3. say what a careful reader does with each kind of finding;
# 4. plant an inconsistency in a copy of the data and find it with `azru.check` or a single check from `azru.checks`.

# %%
import dataclasses

import pandas as pd

import azru
from azru import checks, trade
from azru.charts.base import THEME_COLOURS, new_figure, show, source_line, style
from azru.charts.society import event_chart
from azru.charts.trade import side_by_side

pd.set_option("display.max_colwidth", None)
pd.set_option("display.max_rows", 500)
pd.set_option("display.width", 120)
facts = azru.load()
findings = azru.check(facts)
sources = facts.sources.set_index("source_id")
used_sources: set[str] = set()
print(facts)
print(f"{len(findings)} findings from {findings['check'].nunique()} of the {len(checks.CHECKS)} checks")

# %% [markdown]
# ## 1. Every finding
#
# `azru.check()` runs all the checks and returns one row per finding:
# the check that found it, its severity (`error`: the data is broken;
# `warning`: a source errs or sources disagree; `info`: worth knowing), the
# ids of the rows involved, their sources and a message. First the counts:

# %%
counts = pd.crosstab(findings["check"], findings["severity"]).reindex(columns=["error", "warning", "info"], fill_value=0)
counts = counts.reindex(list(checks.CHECKS), fill_value=0)
counts

# %%
fig, ax = new_figure(8.0, 4.2)
severity_colours = {"error": "#000000", "warning": THEME_COLOURS["military"], "info": THEME_COLOURS["society"]}
with style():
    left = pd.Series(0, index=counts.index)
    for severity in counts.columns:
        ax.barh(counts.index, counts[severity], left=left, color=severity_colours[severity], label=severity)
        left = left + counts[severity]
    for name, total in left.items():
        ax.text(total + 0.2, name, str(int(total)), va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("findings")
    ax.set_title("What the checks find in the data")
    ax.grid(axis="x", visible=True)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right", fontsize=8)
source_line(fig, "azru.check() on the azru data package")
show(
    fig,
    1,
    "Findings of each consistency check, by severity. A check with no bar found nothing in this data.",
    "Horizontal stacked bar chart with one bar per check (unit conversion, parts and totals, growth rates, "
    "same quantity, event dates, person names, dangling ids, duplicate ids, dates in range), split into "
    "errors, warnings and notes, each bar labelled with its total.",
)

# %% [markdown]
# And every finding, grouped by check, nothing left out. Read the messages:
# each says what was compared and what did not fit.

# %%
findings.sort_values(["check", "severity", "ids"], kind="stable").set_index(["check", "severity"])

# %% [markdown]
# Each check is a short function in `azru.checks`; its first docstring line
# says what it compares:

# %%
for name, function in checks.CHECKS.items():
    print(f"{name:16} {function.__doc__.splitlines()[0]}")

# %% [markdown]
# ## 2. An error inside one source: the border length in two units
#
# The seed article gives the length of the line agreed by the fifteenth
# round of border talks in kilometres and in miles. The two numbers do not
# convert to each other.

# %%
conversion = findings[findings["check"] == "unit_conversion"]
for row in conversion.itertuples():
    print(row.message)
agreed = facts.measures[facts.measures["indicator"] == "border_length_agreed"]
used_sources |= set(agreed["source_id"])
agreed[["measure_id", "period", "value", "unit", "subject", "notes"]]

# %% [markdown]
# One of the two must be wrong, and the data alone cannot say which. A
# careful reader looks for a third fact. The same article says what share of
# the whole border the agreed line covers, so each reading implies a length
# of the whole border, which other sources state.

# %%
km = agreed.loc[agreed["unit"] == "km", "value"]
mi = agreed.loc[agreed["unit"] == "mi", "value"]
share = facts.measures.loc[facts.measures["indicator"] == "border_share_agreed"]
share_same_day = share[share["period"].isin(agreed["period"])]["value"]
whole = facts.measures[(facts.measures["indicator"] == "border_length") & (facts.measures["unit"] == "km")]
used_sources |= set(share["source_id"]) | set(whole["source_id"])
readings = {}
if not km.empty:
    readings["as stated in km"] = km.iloc[0]
if not mi.empty:
    readings["the miles, converted"] = mi.iloc[0] * checks.KM_PER_MILE
implied_whole = {label: length / share_same_day.iloc[0] * 100 for label, length in readings.items()} if not share_same_day.empty else {}
if whole.empty:
    print("No source in the data states the length of the whole border.")
else:
    print(f"Sources state the whole border as {whole['value'].min():g} to {whole['value'].max():g} km.")
for label, length in readings.items():
    print(f"agreed line {label}: {length:.1f} km", end="")
    if label in implied_whole:
        implied = implied_whole[label]
        print(f"; at {share_same_day.iloc[0]:g}% of the border, the whole border would be {implied:.0f} km", end="")
        if not whole.empty:
            beyond = implied > whole["value"].max() * 1.05
            print(", longer than any source states" if beyond else ", within or near the range sources state", end="")
    print()

# %%
fig, ax = new_figure(8.0, 3.6)
with style():
    if not whole.empty:
        ax.axvspan(whole["value"].min(), whole["value"].max(), color="#e8e8e8", label="whole border, as sources state it")
    for i, (label, length) in enumerate(readings.items()):
        ax.barh(i, length, color=THEME_COLOURS["border"] if i == 0 else THEME_COLOURS["military"], height=0.5)
        ax.text(length - 6, i, f"{length:.1f} km", va="center", ha="right", fontsize=9, color="white")
        if label in implied_whole:
            implied = implied_whole[label]
            ax.scatter([implied], [i], marker="D", color="black", s=30, zorder=3,
                       label="the whole border this reading implies" if i == 0 else None)
            ax.annotate(f"{implied:.0f} km", (implied, i), xytext=(7, 0), textcoords="offset points", va="center",
                        fontsize=9)
    ax.set_yticks(range(len(readings)), [f"agreed line, {label}" for label in readings])
    ax.set_xlabel("km")
    extent = [*readings.values(), *implied_whole.values(), *whole["value"], 1.0]
    ax.set_xlim(0, max(extent) * 1.15)
    ax.set_ylim(-0.6, len(readings) - 0.4)
    ax.set_title("Two readings of one length")
    ax.grid(axis="x", visible=True)
    ax.grid(axis="y", visible=False)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncols=2, fontsize=8)
source_line(fig, f"{sources.loc[agreed['source_id'].iloc[0], 'publisher']}; conversion at 1.609344 km a mile")
show(
    fig,
    2,
    "The agreed border line as the seed article gives it in kilometres, and its mile figure converted to "
    "kilometres; the black diamond is the whole border that reading implies, the grey band the lengths "
    "other sources give for the whole border.",
    "Two horizontal bars: the agreed line in kilometres as stated, and the same line from the stated miles "
    "converted to kilometres. A black diamond beyond each bar marks the whole-border length that the stated "
    "share implies; a grey band shows the range of whole-border lengths other sources state.",
)

# %% [markdown]
# > **Check the source.** Compare the whole border each reading implies with
# > the lengths other sources state (printed above). A reading that implies
# > a border longer than any source gives is the likelier error; then look
# > at what the right conversion would be, and whether the printed digits
# > look like a slip. Write the correction as a note, keep the row as the
# > source states it, and let the check keep finding it.
#
# ## 3. An error inside one source: one person under two names
#
# The data lists each person once (`actors`) and records, for every event,
# the names the source writes (`actor_names`). The `person_names` check
# compares them: same surname, different given name.

# %%
names = findings[findings["check"] == "person_names"]
for row in names.itertuples():
    print(row.message)
people = facts.actors.set_index("actor_id")
for ids in names["ids"]:
    actor_id, *event_ids = ids.split(";")
    print(f"\n{actor_id}: {people.loc[actor_id, 'name']}, {people.loc[actor_id, 'role']}")
    involved = facts.events[facts.events["actors"].str.contains(actor_id, na=False)]
    used_sources |= set(involved["source_id"])
    print(involved[["event_id", "date", "actor_names", "source_id"]].to_string(index=False))

# %% [markdown]
# > **Check the source.** Look at the other events listed for the same
# > person: if the same source names them correctly elsewhere, the wrong
# > given name is a slip, not a second person. A careful reader checks an
# > official list of office holders for the date, cites the event under the
# > person's id, and keeps the written name as the source wrote it.
#
# ## 4. Dates that sources give differently
#
# The `event_dates` check groups events by title. When sources date one
# event differently it reports a **warning** if the dates cannot both be
# right (the spans do not overlap) and a **note** if one source is only less
# precise (a month that contains the other's day).

# %%
dates = findings[findings["check"] == "event_dates"]
dated_twice = facts.events[facts.events["event_id"].isin({i for ids in dates["ids"] for i in ids.split(";")})]
used_sources |= set(dated_twice["source_id"])
show(
    event_chart(dated_twice, title="Events that sources date differently"),
    3,
    "Each event that two or more sources date differently, one row per event: a dot for each source's date "
    "(hollow on a line when the source gives only the month or the year).",
    "Chart with one row per event title and several dots on each row, one for each source's date, coloured "
    "by theme; rows where the dots are far apart are real disagreements, rows where a hollow dot's line covers "
    "a filled dot differ only in precision.",
)

# %%
if dated_twice.empty:
    print("No event is dated by two sources in this data.")
else:
    severity = {i: s for ids, s in zip(dates["ids"], dates["severity"], strict=True) for i in ids.split(";")}
    apart = dated_twice.assign(severity=dated_twice["event_id"].map(severity)).groupby("title").agg(
        severity=("severity", "first"), sources=("source_id", "nunique"), first=("start", "min"), last=("start", "max")
    )
    apart["days apart"] = (apart["last"] - apart["first"]).dt.days
    print(apart.sort_values(["days apart", "first"], ascending=[False, True]).to_string())

# %% [markdown]
# > **Check the source.** A day's difference can come from a time zone or
# > from a signing late at night reported the next morning; a month's
# > difference can come from a report date taken for an event date. Open the sources
# > (`azru.cite(event_id)`) and see which of them was written closest to the
# > event and by whom. Record both dates; say which one the text uses and why.
#
# ## 5. The border lengths
#
# How long is the land border between Azerbaijan and Russia? Sources give
# very different lengths, and several give no date, so their figures may
# be copied from an older text. The `same_quantity` check lists them as one
# disagreement.

# %%
lengths = facts.measures[facts.measures["indicator"] == "border_length"].copy()
lengths["km"] = lengths["value"].where(lengths["unit"] == "km", lengths["value"] * checks.KM_PER_MILE)
lengths["publisher"] = lengths["source_id"].map(sources["publisher"])
lengths["kind"] = lengths["source_id"].map(sources["kind"])
used_sources |= set(lengths["source_id"])
lengths.sort_values("km")[["value", "unit", "km", "qualifier", "reporter", "publisher", "kind"]].round(1)

# %%
fig, ax = new_figure(8.5, 0.32 * max(len(lengths), 3) + 1.8)
with style():
    if lengths.empty:
        ax.text(0.5, 0.5, "No lengths of the whole border in the data.", transform=ax.transAxes, ha="center")
        ax.set_axis_off()
    else:
        ordered = lengths.sort_values(["km", "publisher"]).reset_index(drop=True)
        converted = ordered["unit"] != "km"
        ax.scatter(ordered["km"][~converted], ordered.index[~converted], color=THEME_COLOURS["border"], s=40,
                   label="stated in km", zorder=3)
        ax.scatter(ordered["km"][converted], ordered.index[converted], facecolors="white",
                   edgecolors=THEME_COLOURS["border"], s=40, linewidths=1.4, label="stated in miles, converted",
                   zorder=3)
        for i, row in ordered.iterrows():
            ax.annotate(f"{row['km']:.1f}", (row["km"], i), xytext=(6, 0), textcoords="offset points", va="center",
                        fontsize=8)
        ax.set_yticks(ordered.index, [f"{p} ({k})" for p, k in zip(ordered["publisher"], ordered["kind"], strict=True)],
                      fontsize=8)
        ax.set_xlim(0, ordered["km"].max() * 1.12)
        ax.set_xlabel("km")
        ax.grid(axis="x", visible=True)
        ax.grid(axis="y", visible=False)
        ax.legend(loc="upper left", fontsize=8)
    ax.set_title("The length of the land border, as each source gives it")
source_line(fig, "azru data package; miles converted at 1.609344 km")
show(
    fig,
    4,
    "The length of the Azerbaijan–Russia land border as each source gives it, in kilometres, longest at "
    "the top; the kind of source in brackets.",
    "Dot plot with one row per source, labelled with its publisher and kind, and a dot at the border length "
    "it states in kilometres (hollow when the source gave miles); the lengths spread widely and are labelled.",
)

# %% [markdown]
# > **Check the source.** A border's length depends on the map's scale and
# > on how a river border is measured (along its bends, or straighter), and
# > it changes when a line is agreed. Before quoting a length, ask of each
# > source: which year, which map, the land border only or with the sea?
# > A careful text gives the range and the most authoritative source, not
# > the average.
#
# ## 6. The two countries' trade statistics
#
# Lesson 4 showed that Russian and Azerbaijani statistics disagree. The
# checks find the same from another side: `same_quantity` flags every
# quantity given different values by different sources, and `growth_rates`
# every stated rate that the reporter's own levels contradict.

# %%
trade_ids = set(facts.measures.loc[facts.measures["theme"] == "trade", "measure_id"])
trade_findings = findings[findings["ids"].map(lambda ids: bool(set(ids.split(";")) & trade_ids))]
for row in trade_findings.itertuples():
    print(f"[{row.check}, {row.severity}] {row.message}\n")
print(f"{len(trade_findings)} finding{'s' if len(trade_findings) != 1 else ''} concern trade figures")

# %%
turnover = facts.measures[facts.measures["indicator"] == "trade_turnover"]
sides = trade.sides_table(facts.measures)
used_sources |= set(turnover.loc[turnover["period"].isin(sides["period"]), "source_id"])
show(
    side_by_side(facts.measures),
    5,
    "Trade turnover for the same period in Russian and Azerbaijani sources, with the ratio of the two under "
    "each period.",
    "Grouped bar chart of turnover in billions of US dollars for each period with figures from both sides; "
    "blue bars for Russian sources, orange for Azerbaijani ones, each labelled, with the ratio printed below.",
)

# %% [markdown]
# > **Check the source.** When two statistics differ, name both, say whose
# > each is, and look for the reason the statisticians give (valuation,
# > country of origin, unrecorded trade). A politician's round number is
# > neither: note who said it and when.
#
# ## 7. How each was found, and what a careful reader does
#
# | check | what it compares | what a careful reader does |
# | --- | --- | --- |
# | `unit_conversion` | a length stated in two units | finds a third fact to decide which unit is wrong; keeps the row, notes the correction |
# | `parts_and_totals` | exports + imports against the turnover from one source | suspects a typo or a part-year figure; checks the original table |
# | `growth_rates` | a stated rate against the levels it implies, or the same reporter's levels | allows for rounding; reports the rate and the levels side by side |
# | `same_quantity` | one quantity, one period, several sources | reports the range with each source; asks whose statistics and which definition |
# | `event_dates` | one event dated by several sources | tells precision from contradiction; prefers the source closest to the event |
# | `person_names` | the name written in an event against the person's record | checks an official list; keeps the person's id |
# | `dangling_ids`, `duplicate_ids` | references and ids within the data | fixes the data: these are our errors, not the sources' |
# | `dates_in_range` | dates against the project's period and the source's publication | a source cannot report what happened after it was published |
#
# Which kinds of source are involved in the findings?

# %%
involved = findings.assign(source_id=findings["sources"].str.split(";")).explode("source_id")
involved = involved[involved["source_id"].isin(sources.index)]
involved["kind"] = involved["source_id"].map(sources["kind"])
pd.crosstab(involved["check"], involved["kind"])

# %% [markdown]
# ## Exercises
#
# Each exercise plants an inconsistency in a copy of the data. Build the
# copy with `dataclasses.replace(facts, measures=changed)` (or `events=`,
# `sources=`), run `azru.check(copy)` or a single check such as
# `checks.parts_and_totals(copy)`, and compare with the findings above. The
# data on disk never changes.
#
# **Exercise 1.** A slipped digit: multiply the seed's 2008 imports by ten.
# Which check notices, and what does it report?

# %% tags=["solution"]
changed = facts.measures.copy()
changed.loc[changed["measure_id"] == "seed-imports-2008", "value"] *= 10
planted = dataclasses.replace(facts, measures=changed)
for finding in checks.parts_and_totals(planted):
    print(finding.check, "-", finding.message)
after = azru.check(planted, only=["growth_rates"])
print(after[after["ids"].str.contains("seed-imports-2008")][["severity", "message"]].to_string(index=False))

# %% [markdown]
# **Exercise 2.** A wrong growth rate: add ten points to the seed's stated
# turnover growth for 2008. How does the `growth_rates` finding for 2008
# change, and why?

# %% tags=["solution"]
changed = facts.measures.copy()
changed.loc[changed["measure_id"] == "seed-trade-turnover-growth-2008", "value"] += 10
before = findings[(findings["check"] == "growth_rates") & findings["ids"].str.contains("seed-trade-turnover-2008")]
after = azru.check(dataclasses.replace(facts, measures=changed), only=["growth_rates"])
after = after[after["ids"].str.contains("seed-trade-turnover-2008")]
print("before:", *(f"[{r.severity}] {r.message}" for r in before.itertuples()))
print("after: ", *(f"[{r.severity}] {r.message}" for r in after.itertuples()))
print("The turnover rate now implies a lower 2007 turnover than the export and import rates do together.")

# %% [markdown]
# **Exercise 3.** A wrong name: pick an event whose source names a person
# correctly and change the given name the event records. Does
# `checks.person_names` find it? What if you change the surname instead?

# %% tags=["solution"]
people = facts.actors[facts.actors["kind"] == "person"].set_index("actor_id")["name"]
events_copy = facts.events.copy()
row, k = next(
    (index, i)
    for index, ids, written in zip(events_copy.index, events_copy["actors"], events_copy["actor_names"], strict=True)
    if isinstance(ids, str) and isinstance(written, str)
    for i, (actor_id, name) in enumerate(zip(ids.split(";"), written.split(";"), strict=False))
    if people.get(actor_id) == name and " " in name
)
written = events_copy.loc[row, "actor_names"].split(";")
actor_id = events_copy.loc[row, "actors"].split(";")[k]
print(f"event {events_copy.loc[row, 'event_id']} names {written[k]} ({actor_id}) correctly")
given, *rest = written[k].split(" ")
for label, new_name in (("given name", " ".join(["Boris", *rest])), ("surname", " ".join([given, "Ivanovsky"]))):
    names_copy = written.copy()
    names_copy[k] = new_name
    events_copy.loc[row, "actor_names"] = ";".join(names_copy)
    found = checks.person_names(dataclasses.replace(facts, events=events_copy))
    hits = [f.message for f in found if f.ids[0] == actor_id and events_copy.loc[row, "event_id"] in f.ids]
    print(f"changed the {label} to '{new_name}': {hits or 'not found'}")
print("A different surname looks like a different person: the check only catches a changed given name.")

# %% [markdown]
# **Exercise 4.** A second date: add a copy of an event dated to the day,
# one month later, from a new source (add the source too). Which finding
# appears? What happens if you forget to add the source?

# %% tags=["solution"]
original = facts.events[(facts.events["precision"] == "day") & facts.events["date_end"].isna()].iloc[[0]]
copy = original.copy()
copy["event_id"] = copy["event_id"] + "-planted"
copy["source_id"] = "planted-source"
copy["start"] = copy["end"] = copy["start"] + pd.DateOffset(months=1)
copy["date"] = copy["start"].dt.strftime("%Y-%m-%d")
new_source = facts.sources.iloc[[0]].assign(source_id="planted-source", url="https://example.org/planted")
events_planted = pd.concat([facts.events, copy], ignore_index=True)
with_source = dataclasses.replace(facts, events=events_planted, sources=pd.concat([facts.sources, new_source]))
without_source = dataclasses.replace(facts, events=events_planted)
for label, planted in (("with the source", with_source), ("without it", without_source)):
    result = azru.check(planted, only=["event_dates", "dangling_ids"])
    print(label)
    print(result[result["ids"].str.contains("-planted")][["check", "severity", "message"]].to_string(index=False))

# %% [markdown]
# **Exercise 5.** Correct the miles: set the seed's mile figure to the
# conversion of its kilometres (rounded to one decimal). Does the
# `unit_conversion` finding disappear? What would you write in the row's
# notes, and why keep the original value in the data?

# %% tags=["solution"]
changed = facts.measures.copy()
km_value = changed.loc[changed["measure_id"] == "seed-border-agreed-length-km-2008", "value"].iloc[0]
changed.loc[changed["measure_id"] == "seed-border-agreed-length-mi-2008", "value"] = round(
    km_value / checks.KM_PER_MILE, 1
)
print(checks.unit_conversions(dataclasses.replace(facts, measures=changed)) or "no unit_conversion finding")
print("The data records what the source says; the correction belongs in a note, so the error stays visible.")

# %% [markdown]
# ## Take-aways
#
# - A finding is a question, not a verdict: read the rows and the sources it names.
# - Errors inside one source (units, names) are found by arithmetic and records; a third fact decides which value is wrong.
# - Disagreements between sources (lengths, dates, statistics) are reported as ranges with their sources, never averaged away.
# - Keep the data as the sources state it; put corrections in notes, and let the checks keep showing the problem.
# - You can test the checks yourself: plant an error in a copy and see what finds it.
#
# ## References

# %%
used_sources |= {s for ids in findings["sources"] for s in ids.split(";") if s}
print("\n".join(f"- {azru.cite(source_id, style='text')}" for source_id in sorted(used_sources & set(sources.index))))
