"""Draw the README's picture (docs/events_per_year.png) from the shipped data.

.venv/bin/python scripts/readme_figure.py
"""

from __future__ import annotations

from pathlib import Path

import azru
from azru import charts

OUT = Path(__file__).resolve().parent.parent / "docs" / "events_per_year.png"

if __name__ == "__main__":
    OUT.parent.mkdir(exist_ok=True)
    charts.save(charts.events_per_year(azru.events(), source="azru data package (data/)"), OUT)
    print(OUT)
