"""Figure tests for the trade and society charts, against PNG baselines.

Each chart is drawn from a small frame built here (not from data/, so the
baselines do not move when the data grows), rendered with
:func:`azru.charts.base.png_bytes` and compared with
``tests/baseline/<name>.png`` by matplotlib's ``compare_images`` (RMS
tolerance 1). A missing baseline is a failure; to (re)create the baselines
after an intended change to a chart, run

    AZRU_UPDATE_BASELINES=1 .venv/bin/python -m pytest -p no:xdist tests/test_charts_trade.py

look at the new files in tests/baseline/, and commit them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from figures import UPDATE_BASELINES, compare_with_baseline
from matplotlib.figure import Figure

from azru.charts.base import png_bytes
from azru.charts.society import census_series, counts_by_source, event_chart
from azru.charts.trade import (
    balance_chart,
    flows_and_events,
    parts_vs_total,
    side_by_side,
    stated_vs_computed_growth,
    turnover_series,
)

# --- small fixed frames, shaped like azru.measures() ------------------------------------------------


def _measures(rows: list[tuple]) -> pd.DataFrame:
    columns = ["measure_id", "indicator", "period", "value", "unit", "qualifier", "flow", "reporter", "source_id"]
    return pd.DataFrame(rows, columns=columns)


def trade_frame() -> pd.DataFrame:
    """Turnover and growth with a gap, a part-year, a bound, two sides for one year, and a non-USD row."""
    return _measures(
        [
            ("t00", "trade_turnover", "2000", 0.3e9, "USD", "exact", "both", "ru_official", "s1"),
            ("t05", "trade_turnover", "2005", 1.0e9, "USD", "more_than", "both", "az_official", "s2"),
            ("t13", "trade_turnover", "2013", 3.5e9, "USD", "exact", "both", "ru_official", "s3"),
            ("t14r", "trade_turnover", "2014", 4.0e9, "USD", "exact", "both", "ru_official", "s3"),
            ("t14c", "trade_turnover", "2014", 4.0e9, "USD", "exact", "both", "ru_customs", "s4"),
            ("t14a", "trade_turnover", "2014", 1.96e9, "USD", "exact", "both", "az_customs", "s4"),
            ("t15q", "trade_turnover", "2015-01/2015-03", 0.707e9, "USD", "exact", "both", "ru_customs", "s4"),
            ("t15qa", "trade_turnover", "2015-01/2015-03", 0.396e9, "USD", "exact", "both", "az_customs", "s4"),
            ("t15", "trade_turnover", "2015", 2.8e9, "USD", "exact", "both", "ru_customs", "s5"),
            ("t18", "trade_turnover", "2018", 2.5e9, "USD", "about", "both", "ru_official", "s6"),
            ("t18a", "trade_turnover", "2018", 2.6e9, "USD", "exact", "both", "az_official", "s7"),
            ("t19", "trade_turnover", "2019", 3.2e9, "USD", "exact", "both", "ru_official", "s8"),
            ("t19a", "trade_turnover", "2019", 3.0e9, "USD", "more_than", "both", "az_official", "s9"),
            ("t22r", "trade_turnover", "2022", 3.0e11, "RUB", "almost", "both", "joint_official", "s10"),
            ("g14", "trade_turnover_growth", "2014", 12.0, "percent", "exact", "both", "ru_customs", "s4"),
            ("g14r", "trade_turnover_growth", "2014", 12.0, "percent", "about", "both", "ru_official", "s3"),
            ("g15", "trade_turnover_growth", "2015", -30.0, "percent", "exact", "both", "ru_customs", "s5"),
            ("g19", "trade_turnover_growth", "2019", 27.0, "percent", "exact", "both", "ru_official", "s8"),
            ("g19a", "trade_turnover_growth", "2019", 18.0, "percent", "exact", "both", "az_official", "s9"),
            ("g21", "trade_turnover_growth", "2021", 16.0, "percent", "exact", "both", "ru_official", "s11"),
        ]
    )


def census_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "indicator": ["census_population"] * 9,
            "period": ["1989", "1989", "2002-10", "2010-10-14", "2021-10-15", "1989", "1999", "2009", "2019"],
            "value": [340000.0, 336000.0, 620000.0, 603070.0, 474576.0, 392300.0, 141700.0, 119300.0, 71000.0],
            "qualifier": ["about", "about", "about", "exact", "exact", "exact", "exact", "exact", "about"],
            "subject": ["Azerbaijanis in Russia"] * 5 + ["Russians in Azerbaijan"] * 4,
        }
    )


def schooling_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "indicator": ["russian_language_schools"] * 4 + ["russian_language_pupils"] * 4,
            "period": ["2006-02-21", "2019", "2019", "2024-08-19", "2019", "2024-08-19", "2025", None],
            "value": [400.0, 314.0, 15.0, 324.0, 82535.0, 160000.0, 100000.0, 90000.0],
            "qualifier": ["more_than", "exact", "exact", "exact", "exact", "about", "about", "about"],
            "subject": [
                "schools teaching in Russian (a president's speech)",
                "schools with Azerbaijani and Russian sections",
                "fully Russian-medium schools",
                "schools teaching in Russian",
                "pupils taught in Russian",
                "pupils taught in Russian",
                "pupils taught in Russian",
                "pupils taught in Russian",
            ],
        }
    )


def gas_frame() -> pd.DataFrame:
    return _measures(
        [
            ("v06", "gas_volume", "2006", 4.5e9, "m3", "exact", "ru_to_az", "company", "s1"),
            ("v13", "gas_volume", "2013", 1.37e9, "m3", "about", "az_to_ru", "company", "s2"),
            ("v23a", "gas_volume", "2023", 0.0, "m3", "exact", "ru_to_az", "media", "s3"),
            ("v23b", "gas_volume", "2023", 0.8e9, "m3", "exact", "ru_to_az", "media", "s4"),
            ("v24", "gas_volume", "2024-01-01/2024-10-04", 0.0, "m3", "exact", "both", "media", "s5"),
        ]
    )


def events_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "title": ["Gas deliveries stop", "Gas contract signed", "Gas contract signed", "A year of culture"],
            "date": ["2007-01-01", "2009-10-14", "2009-10", "2005"],
            "date_end": [None, None, None, "2005"],
            "precision": ["day", "day", "month", "year"],
            "start": pd.to_datetime(["2007-01-01", "2009-10-14", "2009-10-01", "2005-01-01"]),
            "end": pd.to_datetime(["2007-01-01", "2009-10-14", "2009-10-31", "2005-12-31"]),
            "theme": ["energy", "energy", "energy", "society"],
            "source_id": ["a", "b", "c", "d"],
        }
    )


def levels_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {"2007 (implied)": [1.725e9, 1.3963e9, 0.3281e9], "2008 (stated)": [2.403e9, 1.9911e9, 0.4114e9]},
        index=["trade_turnover", "exports", "imports"],
    )


def flows_frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "year": [2013, 2014],
            "reporter": ["ru_official", "az_customs"],
            "source_id": ["s3", "s4"],
            "ru_to_az": [3.0e9, 1.3e9],
            "az_to_ru": [0.64e9, 0.6403e9],
            "balance": [2.36e9, 0.6597e9],
        }
    )


CHARTS: dict[str, Callable[[], Figure]] = {
    "trade_turnover_series": lambda: turnover_series(trade_frame()),
    "trade_turnover_series_empty": lambda: turnover_series(trade_frame().iloc[:0]),
    "trade_side_by_side": lambda: side_by_side(trade_frame()),
    "trade_side_by_side_empty": lambda: side_by_side(trade_frame().query("~reporter.str.startswith('az_')")),
    "trade_growth_stated_vs_computed": lambda: stated_vs_computed_growth(trade_frame()),
    "society_census_series": lambda: census_series(census_frame()),
    "society_counts_by_source": lambda: counts_by_source(schooling_frame()),
    "society_event_chart": lambda: event_chart(events_frame(), title="Events"),
    "trade_parts_vs_total": lambda: parts_vs_total(levels_frame(), "trade_turnover", ["exports", "imports"]),
    "trade_balance_chart": lambda: balance_chart(flows_frame()),
    "trade_flows_and_events": lambda: flows_and_events(gas_frame(), events_frame().iloc[:3]),
}


@pytest.mark.parametrize("name", sorted(CHARTS))
def test_chart_matches_baseline(name: str, tmp_path: Path) -> None:
    problem = compare_with_baseline(name, CHARTS[name](), tmp_path, update=UPDATE_BASELINES)
    assert problem is None, problem


def test_a_changed_chart_fails(tmp_path: Path) -> None:
    """The comparison is sharp enough to catch a small change: one more point on the chart."""
    frame = trade_frame()
    frame.loc[len(frame)] = ["t20", "trade_turnover", "2020", 2.6e9, "USD", "exact", "both", "media", "s12"]
    problem = compare_with_baseline("trade_turnover_series", turnover_series(frame), tmp_path)
    assert problem is not None


@pytest.mark.parametrize("name", ["trade_turnover_series", "society_census_series"])
def test_charts_are_byte_identical_across_runs(name: str) -> None:
    assert png_bytes(CHARTS[name]()) == png_bytes(CHARTS[name]())


def test_gaps_are_not_bridged() -> None:
    ax = turnover_series(trade_frame()).axes[0]
    for line in ax.get_lines():
        years = [round(x) for x in line.get_xdata()]
        assert years[-1] - years[0] == 1, f"a line spans {years}"


def test_notes_what_is_left_out() -> None:
    fig = turnover_series(trade_frame())
    assert fig.texts[0].get_text().endswith("not shown: 2 part-year, 1 non-USD figures")
    assert "RU ÷ AZ = 2.04" in [
        t.get_text().split("\n")[1] for t in side_by_side(trade_frame()).axes[0].get_xticklabels()
    ]


def test_census_caveat_is_on_the_chart() -> None:
    texts = [t.get_text() for t in census_series(census_frame(), caveat="non-response").axes[0].texts]
    assert "2021: non-response" in texts
    assert not any(
        t.startswith("2021:") for t in (x.get_text() for x in census_series(census_frame(), caveat="").axes[0].texts)
    )
