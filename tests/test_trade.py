"""Trade arithmetic: implied levels, growth from levels, tables by year and reporter."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import azru
from azru import trade, vocabulary


def frame(rows: list[tuple]) -> pd.DataFrame:
    columns = ["measure_id", "indicator", "period", "value", "unit", "qualifier", "flow", "reporter", "source_id"]
    return pd.DataFrame(rows, columns=columns)


def test_implied_previous_inverts_growth() -> None:
    for level, rate in [(2403e6, 39.3), (100.0, -30.0), (5.0, 0.0), (1.0, 250.0)]:
        previous = trade.implied_previous(level, rate)
        assert trade.growth_from_levels(previous, level) == pytest.approx(rate)


def test_implied_previous_and_growth_on_series() -> None:
    levels = pd.Series([110.0, 70.0], index=["a", "b"])
    rates = pd.Series([10.0, -30.0], index=["a", "b"])
    previous = trade.implied_previous(levels, rates)
    assert previous.round(6).tolist() == [100.0, 100.0]
    assert trade.growth_from_levels(previous, levels).round(6).tolist() == [10.0, -30.0]


@pytest.mark.parametrize("rate", [-100.0, -150.0])
def test_implied_previous_refuses_total_collapse(rate: float) -> None:
    with pytest.raises(ValueError, match="100%"):
        trade.implied_previous(10.0, rate)
    with pytest.raises(ValueError):
        trade.implied_previous(pd.Series([10.0]), pd.Series([rate]))


def test_growth_from_zero_is_undefined() -> None:
    with pytest.raises(ValueError, match="zero"):
        trade.growth_from_levels(0.0, 5.0)
    with pytest.raises(ValueError, match="zero"):
        trade.growth_from_levels(pd.Series([1.0, 0.0]), pd.Series([2.0, 2.0]))


def test_seed_2008_rates_imply_consistent_2007() -> None:
    seed = azru.measures(period="2008", theme="trade")
    seed = seed[seed["measure_id"].str.startswith("seed-")].set_index("indicator")["value"]
    turnover = trade.implied_previous(seed["trade_turnover"], seed["trade_turnover_growth"])
    parts = trade.implied_previous(seed["exports"], seed["exports_growth"]) + trade.implied_previous(
        seed["imports"], seed["imports_growth"]
    )
    assert turnover == pytest.approx(1725.05e6, rel=1e-5)
    assert abs(parts - turnover) / turnover < 0.005


@pytest.mark.parametrize(
    ("period", "kind"),
    [
        ("2014", "year"),
        ("2014-01/2014-12", "year"),
        ("2014-01-01/2014-12-31", "year"),
        ("2015-01/2015-03", "part_year"),
        ("2019-12-03", "part_year"),
        ("2019-01", "part_year"),
        ("2005/2006", "span"),
        ("2002/2012", "span"),
        (None, "undated"),
        (float("nan"), "undated"),
        ("", "undated"),
    ],
)
def test_period_kind(period: object, kind: str) -> None:
    assert vocabulary.period_kind(period) == kind


def test_annual_and_part_year_split_a_frame() -> None:
    rows = frame(
        [
            ("a", "trade_turnover", "2014", 4e9, "USD", "exact", "both", "ru_customs", "s"),
            ("b", "trade_turnover", "2015-01/2015-03", 7e8, "USD", "exact", "both", "ru_customs", "s"),
            ("c", "trade_turnover", "2022", 3e11, "RUB", "almost", "both", "joint_official", "s"),
            ("d", "trade_turnover", None, 4e9, "USD", "more_than", "both", "ru_official", "s"),
            ("e", "exports", "2014", 1e9, "USD", "exact", "ru_to_az", "az_customs", "s"),
        ]
    )
    whole = trade.annual(rows, "trade_turnover")
    assert whole["measure_id"].tolist() == ["a"]
    assert whole["year"].tolist() == [2014]
    assert trade.part_year(rows, "trade_turnover")["measure_id"].tolist() == ["b"]
    assert trade.annual(rows, "trade_turnover", unit="RUB")["measure_id"].tolist() == ["c"]
    assert trade.annual(rows, ["trade_turnover", "exports"])["measure_id"].tolist() == ["a", "e"]
    assert trade.annual(rows, flow="ru_to_az")["measure_id"].tolist() == ["e"]


def test_turnover_table_pivots_levels_only() -> None:
    rows = frame(
        [
            ("a", "trade_turnover", "2018", 2.5e9, "USD", "exact", "both", "az_official", "s1"),
            ("b", "trade_turnover", "2018", 2.6e9, "USD", "exact", "both", "az_official", "s2"),
            ("c", "trade_turnover", "2018", 2.5e9, "USD", "about", "both", "ru_official", "s3"),
            ("d", "trade_turnover", "2019", 3.0e9, "USD", "more_than", "both", "az_official", "s4"),
            ("e", "trade_turnover", "2020-01/2020-11", 2.4e9, "USD", "exact", "both", "az_customs", "s5"),
            ("f", "trade_turnover", "2021", 3.0e9, "USD", "exact", "both", None, "s6"),
        ]
    )
    table = trade.turnover_table(rows, years=range(2017, 2022))
    assert table.index.tolist() == [2017, 2018, 2019, 2020, 2021]
    assert list(table.columns) == ["az_official", "ru_official", "unclear"]
    assert table.loc[2018, "az_official"] == pytest.approx(2.55e9)
    assert table.loc[2018, "ru_official"] == pytest.approx(2.5e9)
    assert table.loc[[2017, 2019, 2020]].isna().all().all()  # a bound and a part-year are not levels
    assert trade.turnover_table(rows, agg="count").loc[2018, "az_official"] == 2
    assert trade.turnover_table(rows, qualifiers=("more_than",)).loc[2019, "az_official"] == 3.0e9


def test_turnover_table_of_nothing_is_empty() -> None:
    assert trade.turnover_table(frame([])).empty


def test_growth_comparison_pairs_same_reporter_only() -> None:
    rows = frame(
        [
            ("l22", "trade_turnover", "2022", 4.17e9, "USD", "exact", "both", "ru_official", "a"),
            ("l23", "trade_turnover", "2023", 4.4e9, "USD", "exact", "both", "ru_official", "b"),
            ("l23az", "trade_turnover", "2023", 4.4e9, "USD", "exact", "both", "az_official", "c"),
            ("g23", "trade_turnover_growth", "2023", 17.0, "percent", "exact", "both", "ru_official", "b"),
            ("g23az", "trade_turnover_growth", "2023", 17.5, "percent", "exact", "both", "az_official", "c"),
            ("g23u", "trade_turnover_growth", "2023", 17.0, "percent", "exact", "both", "unclear", "d"),
        ]
    )
    result = trade.growth_comparison(rows).set_index("stated_id")
    assert result.loc["g23", "computed"] == pytest.approx((4.4 / 4.17 - 1) * 100)
    assert result.loc["g23", "previous_id"] == "l22"
    assert math.isnan(result.loc["g23az", "computed"])  # no 2022 level from Azerbaijani officials
    assert result.loc["g23az", "implied_previous"] == pytest.approx(4.4e9 / 1.175)
    assert math.isnan(result.loc["g23u", "computed"])  # an unclear reporter is never paired
    assert len(result) == 3


def test_growth_comparison_by_flow() -> None:
    rows = frame(
        [
            ("e13", "exports", "2013", 3.0e9, "USD", "about", "ru_to_az", "ru_official", "a"),
            ("e14", "exports", "2014", 3.3e9, "USD", "exact", "ru_to_az", "ru_official", "a"),
            ("x14", "exports", "2014", 0.7e9, "USD", "exact", "az_to_ru", "ru_official", "a"),
            ("g14", "exports_growth", "2014", 10.0, "percent", "exact", "ru_to_az", "ru_official", "a"),
        ]
    )
    result = trade.growth_comparison(rows, "exports")
    assert result["computed"].round(6).tolist() == [10.0]
    assert result["current_id"].tolist() == ["e14"]


def test_flows_table_needs_both_directions_from_one_source() -> None:
    rows = frame(
        [
            ("i", "imports", "2014", 1.3e9, "USD", "exact", "ru_to_az", "az_customs", "s"),
            ("x", "exports", "2014", 640.3e6, "USD", "exact", "az_to_ru", "az_customs", "s"),
            ("y", "exports", "2015", 1.0e9, "USD", "exact", "ru_to_az", "ru_customs", "t"),
            ("z", "exports", "2015", 0.5e9, "USD", "exact", "az_to_ru", "ru_customs", "u"),  # another source
            ("q", "exports", "2016-01/2016-06", 1.0e9, "USD", "exact", "ru_to_az", "ru_customs", "v"),
            ("w", "exports", "2016-01/2016-06", 0.4e9, "USD", "exact", "az_to_ru", "ru_customs", "v"),
        ]
    )
    table = trade.flows_table(rows)
    assert table[["year", "reporter", "source_id"]].to_dict("records") == [
        {"year": 2014, "reporter": "az_customs", "source_id": "s"}
    ]
    assert table["balance"].iloc[0] == pytest.approx(659.7e6)


def test_sides_table_compares_the_same_period() -> None:
    rows = frame(
        [
            ("a", "trade_turnover", "2014", 4.0e9, "USD", "exact", "both", "ru_customs", "s"),
            ("b", "trade_turnover", "2014", 4.0e9, "USD", "exact", "both", "ru_official", "t"),
            ("c", "trade_turnover", "2014", 1.96e9, "USD", "exact", "both", "az_customs", "s"),
            ("d", "trade_turnover", "2019", 3.2e9, "USD", "exact", "both", "ru_official", "u"),
            ("e", "trade_turnover", "2019", 3.0e9, "USD", "more_than", "both", "az_official", "v"),
            ("f", "trade_turnover", "2015-01/2015-03", 7.07e8, "USD", "exact", "both", "ru_customs", "s"),
            ("g", "trade_turnover", "2015-01/2015-03", 3.96e8, "USD", "exact", "both", "az_customs", "s"),
        ]
    )
    table = trade.sides_table(rows)
    assert table["period"].tolist() == ["2014", "2015-01/2015-03"]  # 2019: only a bound on one side
    assert table["ratio"].round(2).tolist() == [2.04, 1.79]
    assert trade.sides_table(rows, part_years=False)["period"].tolist() == ["2014"]


@pytest.mark.parametrize(
    ("reporter", "side"),
    [("ru_customs", "Russian"), ("az_official", "Azerbaijani"), ("joint_official", "other"), (None, "other")],
)
def test_side_of(reporter: object, side: str) -> None:
    assert vocabulary.vocabulary().side(reporter) == side


def test_helpers_run_on_the_shipped_data() -> None:
    measures = azru.measures()
    table = trade.turnover_table(measures)
    assert not table.empty and (table.stack().dropna() > 0).all()
    comparison = trade.growth_comparison(measures)
    assert set(comparison["stated_id"]) == set(trade.annual(measures, "trade_turnover_growth", "percent")["measure_id"])
    assert (trade.flows_table(measures)["ru_to_az"] > 0).all()
