"""Figure tests for the span, claim-chain and series charts, against PNG baselines.

Each chart is drawn from a small frame built here (not from data/, so the
baselines do not move when the data grows), rendered with
:func:`azru.charts.base.png_bytes` and compared with ``tests/baseline/<name>.png``
by matplotlib's ``compare_images`` (RMS tolerance 1). A missing baseline is a
failure; to (re)create the baselines after an intended change to a chart, run

    AZRU_UPDATE_BASELINES=1 .venv/bin/python -m pytest -p no:xdist tests/test_charts_series.py

look at the new files in tests/baseline/, and commit them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from figures import BASELINES, assert_matches_baseline, compare_with_baseline
from matplotlib.figure import Figure

from azru.charts.base import png_bytes
from azru.charts.series import format_value, period_label, shares_by_period, values_over_time
from azru.charts.spans import claim_chain, span_chart

# --- small fixed frames ---------------------------------------------------------------------------


def spans_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "title": [
                "Radar lease under the 2002 agreement",
                "Year of Azerbaijan in Russia",
                "Year of Russia in Azerbaijan",
                "Peacekeeping deployment",
                "A programme with no end date in its source",
                "A one-day signing",
            ],
            "start": pd.to_datetime(
                ["2002-01-25", "2005-01-01", "2006-01-01", "2020-11-10", "2013-08-13", "2010-09-03"]
            ),
            "end": pd.to_datetime(["2012-12-09", "2005-12-31", "2006-12-31", "2024-06-12", None, "2010-09-03"]),
            "theme": ["military", "society", "society", "military", "society", "border"],
        }
    )


def chain_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": ["2009-01", "2009-01-12", "2009-01-21", "2010-12", "2011-03"],
            "date_end": [None, None, None, None, None],
            "start": pd.to_datetime(["2009-01-01", "2009-01-12", "2009-01-21", "2010-12-01", "2011-03-01"]),
            "end": pd.to_datetime(["2009-01-31", "2009-01-12", "2009-01-21", "2010-12-31", "2011-03-31"]),
            "title": [
                "Media allege arms deliveries",
                "Ambassador summoned",
                "Foreign ministry denies the deliveries",
                "Leaked cable reports a private admission",
                "A follow-up meeting is announced",
            ],
            "status": ["claimed", "reported", "denied", "claimed", "planned"],
        }
    )


def values_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "period_start": pd.to_datetime(
                ["2002-01-01", "2002-01-01", "2011-11-01", "2011-12-01", "2012-02-01", "2014-01-01", "2016-01-01"]
            ),
            "period_end": pd.to_datetime(
                ["2012-12-31", "2012-12-31", "2011-11-30", "2011-12-31", "2012-02-29", "2014-12-31", "2016-12-31"]
            ),
            "value": [7e6, 10e6, 15e6, 150e6, 300e6, 20e6, 25e6],
            "unit": "USD",
            "qualifier": ["exact", "exact", "exact", "exact", "about", "exact", "exact"],
            "series": ["rent paid"] * 2 + ["asking price"] * 3 + ["a later series"] * 2,
        }
    )


def shares_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "period": ["2016/2020", "2010/2014", "2014/2018", "2015/2019", "2016/2020", "2016/2020", "2014/2018"],
            "value": [17.0, 85.0, 51.0, 31.0, 69.0, 64.0, 43.0],
            "subject": ["Russia", "Russia", "Russia", "Russia", "Israel", "Israel", "Israel"],
        }
    )


CHARTS: dict[str, Callable[[], Figure]] = {
    "span_chart": lambda: span_chart(spans_frame(), "title", colour_col="theme", source="test frame"),
    "span_chart_empty": lambda: span_chart(spans_frame().iloc[:0], "title", source="test frame"),
    "claim_chain": lambda: claim_chain(chain_frame(), source="test frame"),
    "values_over_time_log": lambda: values_over_time(
        values_frame(), group="series", log=True, x_end="period_end", source="test frame"
    ),
    "values_over_time_labels": lambda: values_over_time(
        values_frame().assign(text=[format_value(v, "USD") for v in values_frame()["value"]]),
        group="series",
        labels="text",
        source="test frame",
    ),
    "shares_by_period": lambda: shares_by_period(shares_frame(), source="test frame"),
}


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_matches_baseline(name: str, tmp_path: Path) -> None:
    assert_matches_baseline(name, CHARTS[name](), tmp_path)


def test_a_changed_chart_fails_the_comparison(tmp_path: Path) -> None:
    """The figure test has teeth: one value changed by a fifth is caught."""
    if not (BASELINES / "shares_by_period.png").exists():
        pytest.skip("baselines not created yet")
    changed = shares_frame()
    changed.loc[changed["period"] == "2014/2018", "value"] *= 0.8
    assert compare_with_baseline("shares_by_period", shares_by_period(changed, source="test frame"), tmp_path)


def test_a_changed_claim_status_fails_the_comparison(tmp_path: Path) -> None:
    """A status drawn with another marker is caught too."""
    if not (BASELINES / "claim_chain.png").exists():
        pytest.skip("baselines not created yet")
    changed = chain_frame()
    changed.loc[2, "status"] = "reported"
    assert compare_with_baseline("claim_chain", claim_chain(changed, source="test frame"), tmp_path)


def test_png_bytes_are_deterministic() -> None:
    for make in CHARTS.values():
        assert png_bytes(make()) == png_bytes(make())


# --- behaviour that the pictures rely on ---------------------------------------------------------


def test_gaps_stay_gaps() -> None:
    frame = pd.DataFrame(
        {
            "period_start": pd.to_datetime(["2005-01-01", "2006-01-01", "2007-01-01", "2010-01-01", "2011-01-01"]),
            "value": [1.0, 2.0, 3.0, 4.0, 5.0],
        }
    )
    ax = values_over_time(frame).axes[0]
    runs = [len(line.get_xdata()) for line in ax.get_lines() if line.get_linestyle() == "-"]
    assert runs == [3, 2]  # no line across 2008–2009
    ax = values_over_time(frame, max_gap_days=None).axes[0]
    assert not [line for line in ax.get_lines() if line.get_linestyle() == "-"]


def test_a_missing_value_breaks_the_line() -> None:
    frame = pd.DataFrame(
        {
            "period_start": pd.to_datetime(["2010-01-01", "2010-02-01", "2010-03-01", "2010-04-01", "2010-05-01"]),
            "value": [1.0, 2.0, float("nan"), 4.0, 5.0],
        }
    )
    fig = values_over_time(frame, source="x")
    runs = [len(line.get_xdata()) for line in fig.axes[0].get_lines() if line.get_linestyle() == "-"]
    assert runs == [2, 2]
    assert "without a date" not in fig.texts[-1].get_text()


def test_same_date_values_are_not_joined() -> None:
    frame = values_frame()[values_frame()["series"] == "rent paid"]
    ax = values_over_time(frame).axes[0]
    assert not [line for line in ax.get_lines() if line.get_linestyle() == "-"]


def test_log_scale_says_what_it_drops() -> None:
    frame = pd.DataFrame({"period_start": pd.to_datetime(["2010-01-01", "2011-01-01"]), "value": [0.0, 5.0]})
    fig = values_over_time(frame, log=True, source="x")
    assert "1 value(s) of zero or less" in fig.texts[-1].get_text()


def test_empty_frames_explain_themselves() -> None:
    empty_values = values_over_time(values_frame().iloc[:0]).axes[0].texts[0].get_text()
    empty_shares = shares_by_period(shares_frame().iloc[:0]).axes[0].texts[0].get_text()
    empty_chain = claim_chain(chain_frame().iloc[:0]).axes[0].texts[0].get_text()
    assert all(text.startswith("No ") for text in (empty_values, empty_shares, empty_chain))


def test_shares_keep_disagreeing_sources_side_by_side() -> None:
    ax = shares_by_period(shares_frame()).axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2010–14", "2014–18", "2015–19", "2016–20"]
    assert [t.get_text() for t in ax.texts] == ["85%", "51%", "43%", "31%", "17%", "69%", "64%"]


def test_period_labels() -> None:
    assert period_label("1998/2003") == "1998–2003"
    assert period_label("2010") == "2010"
