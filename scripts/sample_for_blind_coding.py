"""Draw the sample of happenings for the blind second coder.

Writes ``data/_blind/sample.csv``: 40 happening_ids drawn at random (fixed seed)
from the happenings in data/events.csv at the time of the run, each with the
title and summary of its best report, and nothing from the coding (no code,
direction, note, kind or status), so that the second coder codes from the same
text without seeing the first coding. The draw is reproducible: the same set of
happenings always gives the same sample; once others add happenings the draw
changes, so the file written is the record of the sample given out.

    .venv/bin/python scripts/sample_for_blind_coding.py [--out PATH] [--size N] [--new-since REV]

With ``--new-since REV`` the draw is from the happenings added since that
revision only (the December 2026 sample: ``--new-since 7bfeac6``).

The best report of a happening is the one that speaks for it in
``azru.happenings()`` (:func:`azru.reports.report_rank`: status, then the kind of
source, then the earliest publication; file order breaks ties), as data/CODING.md
says.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import azru
from azru.data import Facts
from azru.reports import report_rank

__all__ = ["SEED", "SIZE", "best_reports", "draw", "happenings_at", "main"]

SEED = 2026
SIZE = 40
OUT = Path(__file__).resolve().parent.parent / "data" / "_blind" / "sample.csv"


def best_reports(facts: Facts) -> dict[str, dict[str, Any]]:
    """The best report (an events row as a dict) of each happening, by happening_id, in file order.

    >>> reports = best_reports(azru.load())
    >>> reports["treaty-on-the-state-border-signed"]["source_id"]  # the Kremlin, not the secondary pages
    'kremlin-11155-border-treaty-duma'
    """
    info = {
        source: (str(kind), published if isinstance(published, str) else "")
        for source, kind, published in zip(
            facts.sources["source_id"], facts.sources["kind"], facts.sources["published"], strict=True
        )
    }
    best: dict[str, tuple[tuple[int, int, date, int], dict[str, Any]]] = {}
    for position, row in enumerate(facts.events.itertuples(index=False)):
        rank = (*report_rank(str(row.status), *info[row.source_id]), position)
        if row.happening_id not in best or rank < best[row.happening_id][0]:
            best[row.happening_id] = (rank, row._asdict())
    return {happening: report for happening, (_, report) in best.items()}


def happenings_at(revision: str) -> set[str]:
    """The happening ids of data/events.csv at a git revision of this checkout."""
    text = subprocess.run(
        ["git", "show", f"{revision}:data/events.csv"], cwd=OUT.parents[2], capture_output=True, text=True, check=True
    ).stdout
    return {row["happening_id"] for row in csv.DictReader(io.StringIO(text))}


def draw(happening_ids: list[str], size: int = SIZE, seed: int = SEED) -> list[str]:
    """A reproducible random sample of ``size`` ids (all of them if fewer), sorted.

    The ids are sorted before the draw so the file order of events.csv does not matter.

    >>> draw(["c", "a", "b"], size=2) == draw(["b", "c", "a"], size=2)
    True
    """
    ids = sorted(set(happening_ids))
    return sorted(random.Random(seed).sample(ids, min(size, len(ids))))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=OUT, help="where to write the sample (default data/_blind/sample.csv)"
    )
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument(
        "--new-since",
        metavar="REV",
        help="draw only from happenings that are not in data/events.csv at git revision REV (a round's new ones)",
    )
    args = parser.parse_args(argv)
    reports = best_reports(azru.load())
    pool = list(reports)
    if args.new_since:
        pool = [h for h in pool if h not in happenings_at(args.new_since)]
    sample = draw(pool, size=args.size)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["happening_id", "title", "summary"])
        for happening in sample:
            writer.writerow([happening, reports[happening]["title"], reports[happening]["summary"]])
    print(f"{len(sample)} of {len(pool)} happenings written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
