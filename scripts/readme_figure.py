"""Draw the README's picture (docs/events_per_year.png): happenings recorded per year.

A happening is counted once however many sources report it (rows of
events.csv sharing a ``happening_id``); reports whose date a better source
contradicts (status ``disputed``) do not place a happening in time. Plain
matplotlib in the house style (azru.charts.new_figure), like the lessons.

.venv/bin/python scripts/readme_figure.py
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.figure import Figure

import azru
from azru import charts

OUT = Path(__file__).resolve().parent.parent / "docs" / "events_per_year.png"


def happenings_per_year() -> tuple[list[int], list[int]]:
    """Every year from 1991 to the latest in the data, and the happenings recorded in it (0 when none)."""
    events = azru.events()
    dated = events[events["status"] != "disputed"].sort_values("start")
    happenings = dated.drop_duplicates("happening_id")
    counts = happenings["year"].value_counts()
    years = list(range(1991, int(happenings["year"].max()) + 1))
    return years, [int(counts.get(year, 0)) for year in years]


def draw() -> Figure:
    """The README figure: one bar per year, happenings counted once."""
    years, counts = happenings_per_year()
    fig, ax = charts.new_figure()
    ax.bar(years, counts, color=charts.COLOURS["both"])
    ax.set(title="Happenings recorded per year, 1991 to today", ylabel="happenings in the data")
    charts.source_line(fig, "data/events.csv (sources listed in data/sources.csv); each happening counted once")
    return fig


if __name__ == "__main__":
    OUT.parent.mkdir(exist_ok=True)
    charts.save(draw(), OUT)
    print(OUT)
