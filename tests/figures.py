"""Figure tests' shared helpers: compare a chart with its stored baseline image.

A chart is rendered with :func:`azru.charts.base.png_bytes` and compared with
``tests/baseline/<name>.png`` by matplotlib's ``compare_images`` (RMS
tolerance 1). To (re)create baselines after an intended change to a chart:

    AZRU_UPDATE_BASELINES=1 .venv/bin/python -m pytest -p no:xdist tests/test_charts_*.py

then look at the new files in tests/baseline/ and commit them.
"""

from __future__ import annotations

import os
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.testing.compare import compare_images

from azru.charts.base import png_bytes

__all__ = [
    "BASELINES",
    "TOLERANCE",
    "UPDATE_BASELINES",
    "assert_matches_baseline",
    "compare_with_baseline",
    "update_baseline",
]

BASELINES = Path(__file__).resolve().parent / "baseline"
UPDATE_BASELINES = os.environ.get("AZRU_UPDATE_BASELINES") == "1"
TOLERANCE = 1.0


def update_baseline(name: str, fig: Figure) -> Path:
    """Write ``fig`` as the new baseline ``tests/baseline/<name>.png``."""
    BASELINES.mkdir(exist_ok=True)
    path = BASELINES / f"{name}.png"
    path.write_bytes(png_bytes(fig))
    return path


def compare_with_baseline(name: str, fig: Figure, tmp_path: Path, update: bool = False) -> str | None:
    """None when ``fig`` matches ``tests/baseline/<name>.png`` within the tolerance, else why not.

    The figure is rendered once (a second rendering of the same figure may
    settle its layout a fraction of a pixel differently); with ``update`` that
    rendering becomes the baseline.
    """
    expected = BASELINES / f"{name}.png"
    actual = tmp_path / f"{name}.png"
    actual.write_bytes(png_bytes(fig))
    if update:
        BASELINES.mkdir(exist_ok=True)
        expected.write_bytes(actual.read_bytes())
    if not expected.exists():
        return f"no baseline {expected.name}: create it with AZRU_UPDATE_BASELINES=1"
    try:
        return compare_images(str(expected), str(actual), tol=TOLERANCE)
    except Exception as exc:  # a size mismatch raises instead of returning a message
        return f"{type(exc).__name__}: {exc}"


def assert_matches_baseline(name: str, fig: Figure, tmp_path: Path) -> None:
    """Fail unless ``fig`` matches its baseline (under AZRU_UPDATE_BASELINES=1, make it the baseline)."""
    problem = compare_with_baseline(name, fig, tmp_path, update=UPDATE_BASELINES)
    assert problem is None, problem
