"""Trade rules the package relies on: which rows are whole years, and which levels a growth rate is checked against."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import azru
from azru import trade, vocabulary

COLUMNS = ["measure_id", "indicator", "period", "value", "unit", "qualifier", "flow", "reporter", "source_id"]


def frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS)


def test_only_the_rules_other_code_uses_are_public() -> None:
    assert trade.__all__ == ["annual", "growth_pairs"]
    assert all(callable(getattr(trade, name)) for name in trade.__all__)


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


@pytest.mark.parametrize(
    ("reporter", "side"),
    [("ru_customs", "Russian"), ("az_official", "Azerbaijani"), ("joint_official", "other"), (None, "other")],
)
def test_side_of(reporter: object, side: str) -> None:
    assert azru.load().vocabulary.side(reporter) == side


def test_annual_keeps_whole_years_only() -> None:
    rows = frame(
        [
            ("a", "trade_turnover", "2014", 4e9, "USD", "exact", "both", "ru_customs", "s"),
            ("b", "trade_turnover", "2015-01/2015-03", 7e8, "USD", "exact", "both", "ru_customs", "s"),
            ("c", "trade_turnover", "2022", 3e11, "RUB", "almost", "both", "joint_official", "s"),
            ("d", "trade_turnover", None, 4e9, "USD", "more_than", "both", "ru_official", "s"),
            ("e", "exports", "2014", 1e9, "USD", "exact", "ru_to_az", "az_customs", "s"),
            ("f", "trade_turnover", "2005/2006", 2e9, "USD", "exact", "both", "ru_customs", "s"),
            ("g", "trade_turnover", "2016-01/2016-12", 2.2e9, "USD", "exact", "both", "ru_customs", "s"),
        ]
    )
    before = rows.copy()
    whole = trade.annual(rows, "trade_turnover")
    assert whole["measure_id"].tolist() == ["a", "g"]  # a part-year, a span and an undated row are left out
    assert whole["year"].tolist() == [2014, 2016]
    assert pd.api.types.is_integer_dtype(whole["year"])
    assert trade.annual(rows, "trade_turnover", unit="RUB")["measure_id"].tolist() == ["c"]
    assert trade.annual(rows, "trade_turnover", unit=None)["measure_id"].tolist() == ["a", "c", "g"]
    assert trade.annual(rows, ["trade_turnover", "exports"])["measure_id"].tolist() == ["a", "e", "g"]
    assert trade.annual(rows, flow="ru_to_az")["measure_id"].tolist() == ["e"]
    assert trade.annual(rows, flow=["both", "ru_to_az"])["measure_id"].tolist() == ["a", "e", "g"]
    assert "year" not in rows and rows.equals(before)  # the caller's frame is not changed


def test_annual_returns_a_copy_of_loaded_measures() -> None:
    measures = azru.measures()
    whole = trade.annual(measures, unit=None)
    assert (whole["period_kind"] == "year").all()
    assert len(whole) == int((measures["period_kind"] == "year").sum())
    whole.loc[whole.index[0], "value"] = -1.0
    assert (measures.loc[whole.index[0], "value"]) != -1.0


def test_growth_pairs_pairs_same_reporter_only() -> None:
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
    result = trade.growth_pairs(rows, azru.load().vocabulary).set_index("stated_id")
    assert len(result) == 3
    assert result.loc["g23", "computed"] == pytest.approx((4.4 / 4.17 - 1) * 100)
    assert (result.loc["g23", "previous_id"], result.loc["g23", "current_id"]) == ("l22", "l23")
    assert result.loc["g23", "stated_source"] == "b"
    assert math.isnan(result.loc["g23az", "computed"])  # no 2022 level from Azerbaijani officials
    assert result.loc["g23az", "current_id"] == "l23az"  # one level for its year: kept beside the rate
    assert result.loc["g23az", "implied_previous"] == pytest.approx(4.4e9 / 1.175)
    assert math.isnan(result.loc["g23u", "computed"])  # an unclear reporter is never paired
    assert pd.isna(result.loc["g23u", "current_id"])


def test_growth_pairs_keeps_flows_and_indicators_apart() -> None:
    rows = frame(
        [
            ("e13", "exports", "2013", 3.0e9, "USD", "about", "ru_to_az", "ru_official", "a"),
            ("e14", "exports", "2014", 3.3e9, "USD", "exact", "ru_to_az", "ru_official", "a"),
            ("x13", "exports", "2013", 0.5e9, "USD", "exact", "az_to_ru", "ru_official", "a"),
            ("x14", "exports", "2014", 0.7e9, "USD", "exact", "az_to_ru", "ru_official", "a"),
            ("i13", "imports", "2013", 1.0e9, "USD", "exact", "ru_to_az", "ru_official", "a"),
            ("i14", "imports", "2014", 2.0e9, "USD", "exact", "ru_to_az", "ru_official", "a"),
            ("g14", "exports_growth", "2014", 10.0, "percent", "exact", "ru_to_az", "ru_official", "a"),
        ]
    )
    result = trade.growth_pairs(rows, azru.load().vocabulary)
    assert result[["indicator", "flow", "previous_id", "current_id"]].to_dict("records") == [
        {"indicator": "exports", "flow": "ru_to_az", "previous_id": "e13", "current_id": "e14"}
    ]
    assert result["computed"].round(6).tolist() == [10.0]
    assert result["previous_qualifier"].tolist() == ["about"]


def test_growth_pairs_pairs_every_previous_with_every_current_level() -> None:
    rows = frame(
        [
            ("a13", "trade_turnover", "2013", 4.0e9, "USD", "exact", "both", "ru_official", "s"),
            ("b13", "trade_turnover", "2013", 3.5e9, "USD", "about", "both", "ru_official", "t"),
            ("a14", "trade_turnover", "2014", 4.0e9, "USD", "exact", "both", "ru_official", "u"),
            ("b14", "trade_turnover", "2014", 4.2e9, "USD", "exact", "both", "ru_official", "v"),
            ("g14", "trade_turnover_growth", "2014", 12.0, "percent", "exact", "both", "ru_official", "u"),
        ]
    )
    result = trade.growth_pairs(rows, azru.load().vocabulary)
    assert sorted(zip(result["previous_id"], result["current_id"], strict=True)) == [
        ("a13", "a14"),
        ("a13", "b14"),
        ("b13", "a14"),
        ("b13", "b14"),
    ]
    expected = (result["current"] / result["previous"] - 1) * 100
    assert result["computed"].tolist() == pytest.approx(expected.tolist())
    assert result["implied_previous"].tolist() == pytest.approx((result["current"] / 1.12).tolist())


def test_growth_pairs_leaves_out_what_is_not_a_level_or_not_a_whole_year() -> None:
    rows = frame(
        [
            ("bound13", "trade_turnover", "2013", 3.0e9, "USD", "more_than", "both", "ru_official", "s"),
            ("part13", "trade_turnover", "2013-01/2013-06", 1.5e9, "USD", "exact", "both", "ru_official", "s"),
            ("rub13", "trade_turnover", "2013", 1.0e11, "RUB", "exact", "both", "ru_official", "s"),
            ("old12", "trade_turnover", "2012", 3.0e9, "USD", "exact", "both", "ru_official", "s"),
            ("l14", "trade_turnover", "2014", 4.0e9, "USD", "exact", "both", "ru_official", "s"),
            ("g14", "trade_turnover_growth", "2014", 12.0, "percent", "exact", "both", "ru_official", "s"),
            ("gpart", "trade_turnover_growth", "2014-01/2014-06", 9.0, "percent", "exact", "both", "ru_official", "s"),
            ("gusd", "trade_turnover_growth", "2014", 4.0e8, "USD", "exact", "both", "ru_official", "s"),
        ]
    )
    result = trade.growth_pairs(rows, azru.load().vocabulary)
    assert result["stated_id"].tolist() == ["g14"]  # a part-year rate, or one not in percent, is no annual rate
    assert result["previous_id"].isna().all() and result["computed"].isna().all()
    assert result["current_id"].tolist() == ["l14"]


def test_growth_pairs_leaves_undefined_arithmetic_empty() -> None:
    rows = frame(
        [
            ("z13", "exports", "2013", 0.0, "USD", "exact", "az_to_ru", "az_customs", "s"),
            ("z14", "exports", "2014", 5.0e6, "USD", "exact", "az_to_ru", "az_customs", "s"),
            ("g14", "exports_growth", "2014", -100.0, "percent", "exact", "az_to_ru", "az_customs", "s"),
        ]
    )
    result = trade.growth_pairs(rows, azru.load().vocabulary)
    assert result["previous_id"].tolist() == ["z13"]  # the pair is kept...
    assert math.isnan(result.loc[0, "computed"])  # ...but growth from zero is undefined
    assert math.isnan(result.loc[0, "implied_previous"])  # and a fall of 100 % implies no level


def test_growth_pairs_of_nothing_has_the_columns() -> None:
    result = trade.growth_pairs(frame([]), azru.load().vocabulary)
    assert result.empty
    assert list(result.columns)[:8] == [
        "indicator",
        "year",
        "reporter",
        "flow",
        "stated",
        "stated_id",
        "stated_source",
        "stated_qualifier",
    ]
    assert {"previous_id", "current_id", "computed", "implied_previous"} <= set(result.columns)
    assert all(result[c].dtype == "float64" for c in ("stated", "previous", "current", "computed", "implied_previous"))


def test_seed_2008_rates_imply_consistent_2007() -> None:
    pairs = trade.growth_pairs(azru.measures(), azru.load().vocabulary)
    seed = pairs[pairs["stated_id"].str.startswith("seed-") & (pairs["year"] == 2008)].set_index("indicator")
    implied = seed["implied_previous"]
    assert set(implied.index) == {"trade_turnover", "exports", "imports"}
    assert implied["trade_turnover"] == pytest.approx(1725.05e6, rel=1e-5)
    assert abs(implied["exports"] + implied["imports"] - implied["trade_turnover"]) / implied["trade_turnover"] < 0.005


def test_growth_pairs_on_the_shipped_data() -> None:
    measures = azru.measures()
    pairs = trade.growth_pairs(measures, azru.load().vocabulary)
    rates = trade.annual(measures, list(azru.load().vocabulary.growth_of), "percent")
    assert set(pairs["stated_id"]) == set(rates["measure_id"])  # nothing disappears
    paired = pairs[pairs["computed"].notna()]
    assert not paired.empty
    assert paired["computed"].tolist() == pytest.approx(((paired["current"] / paired["previous"] - 1) * 100).tolist())
    levels = measures.set_index("measure_id")
    for row in paired.itertuples(index=False):
        before, now = levels.loc[row.previous_id], levels.loc[row.current_id]
        assert (before["reporter"], now["reporter"]) == (row.reporter, row.reporter)
        assert (int(before["year"]), int(now["year"])) == (row.year - 1, row.year)
        assert not before["bound"] and not now["bound"]
    ordered = pairs.sort_values(["indicator", "year", "reporter", "stated_id"], kind="stable")
    assert pairs["stated_id"].tolist() == ordered["stated_id"].tolist()
