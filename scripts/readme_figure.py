"""Draw the README's picture (docs/events_per_year.png): happenings recorded per year.

A happening is counted once however many sources report it
(``azru.happenings()``); its year is that of its best-dated report. Plain
matplotlib in the house style (azru.charts.new_figure), like the lessons.
The title states what the bars show, computed from the data.

    .venv/bin/python scripts/readme_figure.py            # redraw from today's data
    .venv/bin/python scripts/readme_figure.py --check    # exit 1 if the stored figure is stale

tests/test_readme.py runs the check, so a figure that no longer matches the
data fails the suite.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from matplotlib.figure import Figure

import azru
from azru import charts

OUT = Path(__file__).resolve().parent.parent / "docs" / "events_per_year.png"


def happenings_per_year(facts: azru.Facts) -> tuple[list[int], list[int]]:
    """Every year from 1991 to the latest in the data, and the happenings recorded in it (0 when none)."""
    happenings = facts.happenings()
    counts = happenings["year"].dropna().astype(int).value_counts()
    years = list(range(1991, int(counts.index.max()) + 1))
    return years, [int(counts.get(year, 0)) for year in years]


def draw(facts: azru.Facts) -> Figure:
    """The README figure: one bar per year, each happening counted once."""
    years, counts = happenings_per_year(facts)
    fig, ax = charts.new_figure(height=4.4)
    ax.bar(years, counts, color=charts.COLOURS["context"])
    fewest = min(counts)
    fig.suptitle(
        f"{sum(counts)} happenings recorded {years[0]}–{years[-1]}, "
        + (f"at least {fewest} a year" if fewest else "some years empty"),
        x=0.01,
        ha="left",
        fontsize=14,
        fontweight="bold",
    )
    ax.set_title(
        "What the sources record and this project has read, not how intense the relation was",
        fontsize=10,
        fontweight="normal",
        color="#555555",
    )
    ax.set_ylabel("happenings (each counted once)")
    charts.source_line(
        fig,
        f"{azru.load().sources['publisher'].nunique()} publishers, listed in data/sources.csv; "
        "happenings from data/events.csv, each counted once",
    )
    return fig


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the stored figure differs from a fresh one")
    args = parser.parse_args(argv)
    fresh = charts.png_bytes(draw(azru.load()))
    if args.check:
        if not OUT.exists() or OUT.read_bytes() != fresh:
            print(f"{OUT.name} is stale: run scripts/readme_figure.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_bytes(fresh)
    print(OUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
