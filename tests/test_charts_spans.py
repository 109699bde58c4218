"""Spans of time (azru.charts.spans): bars cover their last day, open ends and uncertain dates are marked."""

from __future__ import annotations

from pathlib import Path

import matplotlib.dates as mdates
import pandas as pd
from figures import assert_matches_baseline

from azru.charts.base import COLOURS
from azru.charts.spans import UNCERTAIN_LABEL, span_chart


def spans_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "what": ["Lease of the radar", "Year of Azerbaijan in Russia", "Deployment", "Signature"],
            "start": pd.to_datetime(["2002-01-25", "2005-01-01", "2020-11-10", "2010-09-03"]),
            "end": pd.to_datetime(["2012-12-09", "2005-12-31", None, "2010-09-03"]),
            "side": ["russia", "both", "russia", "both"],
            "rough": [False, True, False, False],
        }
    )


def test_span_chart_matches_baseline(tmp_path: Path) -> None:
    fig = span_chart(spans_frame(), "what", colour_col="side", uncertain_col="rough", source="test frame")
    assert_matches_baseline("span_chart", fig, tmp_path)


def test_a_bar_covers_its_last_day_and_rows_are_in_date_order() -> None:
    ax = span_chart(spans_frame(), "what").axes[0]
    labels = [t.get_text().replace("\n", " ") for t in ax.get_yticklabels()]
    assert labels == ["Lease of the radar", "Year of Azerbaijan in Russia", "Signature", "Deployment"]
    lease = next(p for p in ax.patches if p.get_y() < 3.5 < p.get_y() + p.get_height() + 0.5)
    last_day = mdates.num2date(lease.get_x() + lease.get_width()).date()
    assert str(last_day) == "2012-12-10"  # the bar runs to the end of 9 December


def test_open_ends_and_uncertain_dates_are_said_in_words() -> None:
    fig = span_chart(spans_frame(), "what", colour_col="side", uncertain_col="rough")
    ax = fig.axes[0]
    assert "no end date" in [t.get_text() for t in ax.texts]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["Both", "Russia", UNCERTAIN_LABEL]
    pale = [p for p in ax.patches if p.get_hatch() == "//"]
    assert len(pale) == 1 and pale[0].get_alpha() < 1
    colours = {mdates.num2date(p.get_x()).year: p.get_facecolor()[:3] for p in ax.patches}
    assert mdates_hex(colours[2002]) == COLOURS["russia"].lower()


def mdates_hex(rgb: tuple[float, ...]) -> str:
    return "#" + "".join(f"{round(c * 255):02x}" for c in rgb)


def test_an_empty_frame_says_so() -> None:
    assert span_chart(spans_frame().iloc[:0], "what").axes[0].texts[0].get_text().startswith("No spans")
