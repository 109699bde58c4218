"""The conflict–cooperation index (azru.event_index): a hand-computed case, edge cases, clear errors."""

from __future__ import annotations

import dataclasses
import math
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest

import azru
from azru import DataError
from azru.event_index import index_uncertainty, relations_index, weight_tables

# Weights of the ICEWS and GDELT tables for the codes used here (016 is where they differ most).
CODES = pd.DataFrame(
    {
        "code": ["010", "016", "042", "046", "057", "110", "1213"],
        "goldstein_icews": [0.0, -5.0, 1.9, 7.0, 8.0, -2.0, -4.0],
        "goldstein_gdelt": [0.0, -2.0, 1.9, 7.0, 8.0, -2.0, None],
    }
)

# Seven happenings in 2008-2010, reported by sources a, b, c.
HAPPENINGS = pd.DataFrame(
    {
        "happening_id": ["visit", "talks", "treaty", "summons", "denial", "statement", "rough"],
        "date": ["2008-02-10", "2008-05", "2008-11-03", "2010-01-15", "2010-01-20", "2010-06", "2010"],
        "source_ids": ["a;b", "a", "b", "c", "a;c", "c", "b"],
    }
)
CODINGS = pd.DataFrame(
    {
        "happening_id": ["visit", "talks", "treaty", "summons", "denial", "statement", "rough", "visit"],
        "coder": ["primary"] * 7 + ["blind"],
        "cameo_code": ["042", "046", "057", "110", "016", "010", "057", "046"],
        "direction": ["az_to_ru", "both", "both", "az_to_ru", "ru_to_az", "ru_to_az", "both", "both"],
    }
)


SOURCES = pd.DataFrame({"source_id": ["a", "b", "c"], "copy_of": [None, None, None]})


def facts_of(
    happenings: pd.DataFrame, codings: pd.DataFrame, codes: pd.DataFrame, sources: pd.DataFrame = SOURCES
) -> SimpleNamespace:
    """What the index reads from a Facts, built from small tables."""
    return SimpleNamespace(happenings=happenings, codings=codings, cameo_codes=codes, sources=sources)


def cell(table: pd.DataFrame, period: str, direction: str) -> pd.Series:
    rows = table[(table["period"] == period) & (table["direction"] == direction)]
    assert len(rows) == 1, f"{period}/{direction}: {len(rows)} rows"
    return rows.iloc[0]


def test_hand_computed_yearly_index() -> None:
    table = relations_index(facts_of(HAPPENINGS, CODINGS, CODES), total=True)
    # Every year from 2008 to 2010 (2009 has nothing) × the three directions + all.
    assert table["period"].tolist() == ["2008"] * 4 + ["2009"] * 4 + ["2010"] * 4
    # 2008, both: talks 046 (7.0) + treaty 057 (8.0) = 15.0; mean 15.0 / 2 = 7.5; sources {a} ∪ {b} = 2.
    both = cell(table, "2008", "both")
    assert (both["sum"], both["mean"], both["n_happenings"], both["n_sources"]) == (15.0, 7.5, 2, 2)
    # 2008, all: 1.9 (visit 042) + 7.0 + 8.0 = 16.9; mean 16.9 / 3 = 5.6333…; sources {a, b} = 2.
    whole = cell(table, "2008", "all")
    assert whole["sum"] == pytest.approx(16.9) and whole["mean"] == pytest.approx(16.9 / 3)
    assert (whole["n_happenings"], whole["n_sources"]) == (3, 2)
    # 2010, ru_to_az: denial 016 (−5.0 in ICEWS) + statement 010 (0.0) = −5.0; mean −2.5; sources {a, c} = 2.
    russia = cell(table, "2010", "ru_to_az")
    assert (russia["sum"], russia["mean"], russia["n_happenings"], russia["n_sources"]) == (-5.0, -2.5, 2, 2)
    # 2010, all: −2.0 (summons) − 5.0 + 0.0 + 8.0 (rough, 057) = 1.0 over 4 happenings.
    assert cell(table, "2010", "all")["sum"] == pytest.approx(1.0)
    assert cell(table, "2010", "all")["n_happenings"] == 4


def test_gdelt_weights_move_only_the_codes_they_weigh_differently() -> None:
    icews = relations_index(facts_of(HAPPENINGS, CODINGS.iloc[:6], CODES))
    gdelt = relations_index(facts_of(HAPPENINGS, CODINGS.iloc[:6], CODES), weights="gdelt")
    difference = (gdelt["sum"] - icews["sum"]).fillna(0)
    # Only the denial (016: −2.0 in GDELT, −5.0 in ICEWS) moves: 2010 ru_to_az from −5.0 to −2.0.
    moved = gdelt.loc[difference != 0, ["period", "direction"]].values.tolist()
    assert moved == [["2010", "ru_to_az"]]
    assert cell(gdelt, "2010", "ru_to_az")["sum"] == -2.0


def test_a_period_without_happenings_is_no_measurement_not_zero() -> None:
    table = relations_index(facts_of(HAPPENINGS, CODINGS, CODES))
    empty = table[table["period"] == "2009"]
    assert len(empty) == 3 and empty["sum"].isna().all() and empty["mean"].isna().all()
    assert (empty["n_happenings"] == 0).all() and (empty["n_sources"] == 0).all()


def test_quarters_place_month_and_day_dates_and_report_the_rest() -> None:
    table = relations_index(facts_of(HAPPENINGS, CODINGS, CODES), freq="quarter", total=True)
    assert table.attrs["unplaced"] == ("rough",)  # dated to the year only
    assert table["period"].iloc[0] == "2008Q1" and table["period"].iloc[-1] == "2010Q2"
    assert len(table) == 10 * 4  # 2008Q1 … 2010Q2 is ten quarters
    # 2010Q1: the summons (−2.0, 15 January) and the denial (−5.0, 20 January).
    assert cell(table, "2010Q1", "all")["sum"] == -7.0
    assert cell(table, "2008Q2", "both")["sum"] == 7.0  # talks, May 2008
    assert table["n_happenings"].sum() == 2 * 6  # six placed happenings, counted by direction and in "all"


def test_coder_selects_rows_and_unknown_coder_lists_the_coders() -> None:
    blind = relations_index(facts_of(HAPPENINGS, CODINGS, CODES), coder="blind")
    assert blind.attrs["uncoded"] == ("talks", "treaty", "summons", "denial", "statement", "rough")
    assert blind["period"].tolist() == ["2008"] and blind["sum"].max() == 7.0  # the visit, coded 046 by blind
    with pytest.raises(ValueError, match="no codings by coder 'third'; coders: blind, primary"):
        relations_index(facts_of(HAPPENINGS, CODINGS, CODES), coder="third")


def test_unknown_weight_table_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown weight table 'plover'; valid: gdelt, icews"):
        relations_index(facts_of(HAPPENINGS, CODINGS, CODES), weights="plover")
    with pytest.raises(ValueError, match=r"unknown freq 'month'; valid: year, quarter"):
        relations_index(facts_of(HAPPENINGS, CODINGS, CODES), freq="month")
    assert weight_tables(CODES) == ["gdelt", "icews"]


def test_a_code_missing_from_the_list_is_a_data_error() -> None:
    codings = CODINGS.assign(cameo_code=CODINGS["cameo_code"].replace({"110": "999"}))
    with pytest.raises(DataError, match=r"codings, column 'cameo_code', value '999': not in the code list"):
        relations_index(facts_of(HAPPENINGS, codings, CODES))
    # Integers lose the leading zero: the message says how codes are written.
    with pytest.raises(DataError, match="leading zeros"):
        relations_index(facts_of(HAPPENINGS, CODINGS.assign(cameo_code=CODINGS["cameo_code"].str.lstrip("0")), CODES))


def test_a_code_without_weight_in_the_chosen_table_is_a_data_error() -> None:
    codings = CODINGS.assign(cameo_code=CODINGS["cameo_code"].replace({"110": "1213"}))
    assert cell(relations_index(facts_of(HAPPENINGS, codings, CODES)), "2010", "az_to_ru")["sum"] == -4.0
    with pytest.raises(DataError, match=r"goldstein_gdelt', value '1213': no weight in the gdelt table"):
        relations_index(facts_of(HAPPENINGS, codings, CODES), weights="gdelt")


def test_a_happening_coded_twice_by_one_coder_and_missing_columns_are_data_errors() -> None:
    twice = pd.concat([CODINGS, CODINGS.iloc[[0]]])
    with pytest.raises(DataError, match="value 'visit': coded twice by one coder"):
        relations_index(facts_of(HAPPENINGS, twice, CODES))
    with pytest.raises(DataError, match="happenings, column 'source_ids': missing column"):
        relations_index(facts_of(HAPPENINGS.drop(columns="source_ids"), CODINGS, CODES))


def test_uncoded_happenings_are_left_out_and_named() -> None:
    table = relations_index(facts_of(HAPPENINGS, CODINGS[CODINGS["happening_id"] != "treaty"], CODES))
    assert table.attrs["uncoded"] == ("treaty",)
    assert cell(table, "2008", "both")["sum"] == 7.0


def test_sources_as_lists_or_joined_text_count_the_same() -> None:
    as_lists = HAPPENINGS.assign(source_ids=HAPPENINGS["source_ids"].str.split(";"))
    pd.testing.assert_frame_equal(
        relations_index(facts_of(as_lists, CODINGS, CODES), total=True),
        relations_index(facts_of(HAPPENINGS, CODINGS, CODES), total=True),
    )


def test_the_total_adds_up_the_directions() -> None:
    table = relations_index(facts_of(HAPPENINGS, CODINGS, CODES), total=True)
    parts = table[table["direction"] != "all"].groupby("period")[["sum", "n_happenings"]].sum(min_count=1)
    whole = table[table["direction"] == "all"].set_index("period")[["sum", "n_happenings"]]
    pd.testing.assert_frame_equal(parts, whole, check_names=False)


def test_uncertainty_hand_computed() -> None:
    table = index_uncertainty(facts_of(HAPPENINGS, CODINGS, CODES), total=True, n_boot=500)
    year = table[(table["period"] == "2010") & (table["direction"] == "all")].iloc[0]
    # ICEWS: −2.0 + −5.0 + 0.0 + 8.0 = 1.0; GDELT weighs the denial −2.0: −2.0 − 2.0 + 0.0 + 8.0 = 4.0.
    assert (year["sum_icews"], year["sum_gdelt"]) == (1.0, 4.0)
    # Leave out c: summons and statement (c only) go, the denial stays (a and c): −5.0 + 8.0 = 3.0.
    # Leave out b: the rough happening (b only) goes: −2.0 − 5.0 + 0.0 = −7.0. Leave out a: nothing goes.
    assert (year["loo_low"], year["loo_high"], year["loo_source"]) == (-7.0, 3.0, "b")
    assert not year["loo_empties"]
    assert year["low"] == min(year["loo_low"], year["boot_low"]) and year["high"] >= 4.0
    # 2008 both rests on a (talks) and b (treaty), one each: without either, one happening is left.
    both = table[(table["period"] == "2008") & (table["direction"] == "both")].iloc[0]
    assert (both["loo_low"], both["loo_high"]) == (7.0, 15.0) and not both["loo_empties"]
    # 2010 az_to_ru is the summons alone, reported by c alone. Resampling the year's four happenings
    # draws the summons 0-4 times: 0 is no measure, so the band runs from several summonses to one (−2.0).
    alone = table[(table["period"] == "2010") & (table["direction"] == "az_to_ru")].iloc[0]
    assert alone["loo_empties"] and alone["loo_source"] == "c"
    assert alone["boot_high"] == -2.0 and alone["boot_low"] <= -4.0


def test_bootstrap_is_seeded_and_brackets_the_index() -> None:
    first = index_uncertainty(facts_of(HAPPENINGS, CODINGS, CODES), total=True, n_boot=300, seed=7)
    again = index_uncertainty(facts_of(HAPPENINGS, CODINGS, CODES), total=True, n_boot=300, seed=7)
    pd.testing.assert_frame_equal(first, again)
    measured = first[first["direction"] == "all"].dropna(subset=["sum_icews"])
    assert (measured["boot_low"] <= measured["sum_icews"]).all()
    assert (measured["sum_icews"] <= measured["boot_high"]).all()
    # 2010 has four happenings with weights −2, −5, 0, 8: resampled sums range widely.
    year = measured.set_index("period").loc["2010"]
    assert year["boot_high"] - year["boot_low"] > 5


def test_uncertainty_of_the_mean_and_bad_arguments() -> None:
    table = index_uncertainty(facts_of(HAPPENINGS, CODINGS, CODES), measure="mean", n_boot=100)
    both = table[(table["period"] == "2008") & (table["direction"] == "both")].iloc[0]
    assert (both["mean_icews"], both["mean_gdelt"], both["loo_low"], both["loo_high"]) == (7.5, 7.5, 7.0, 8.0)
    with pytest.raises(ValueError, match="unknown measure 'median'; valid: sum, mean"):
        index_uncertainty(facts_of(HAPPENINGS, CODINGS, CODES), measure="median")
    with pytest.raises(ValueError, match="unknown weight table 'plover'; valid: gdelt"):
        index_uncertainty(facts_of(HAPPENINGS, CODINGS, CODES), other="plover")


def test_exported_in_the_lazy_namespace() -> None:
    assert azru.relations_index is relations_index and "relations_index" in azru.__all__
    assert azru.index_uncertainty is index_uncertainty


def test_index_of_the_shipped_data() -> None:
    facts = azru.load()
    table = relations_index(facts, total=True)
    whole = table[table["direction"] == "all"]
    coded = facts.codings[facts.codings["coder"] == "primary"]
    assert whole["n_happenings"].sum() + len(table.attrs["unplaced"]) == len(coded)
    assert all(-10 <= m <= 10 for m in whole["mean"].dropna())
    assert not any(math.isinf(s) for s in whole["sum"].dropna()) and np.isfinite(whole["n_sources"]).all()
    # The facts' own sources are read: were every source a copy of one, each cell would rest on one witness.
    root = facts.sources["source_id"].iloc[0]
    copies = (
        facts.sources["source_id"]
        .where(facts.sources["source_id"] == root, root)
        .where(facts.sources["source_id"] != root, None)
    )
    echoes = dataclasses.replace(facts, sources=facts.sources.assign(copy_of=copies))
    echoed = relations_index(echoes, total=True)
    assert whole["n_sources"].max() > 1
    assert set(echoed.loc[echoed["n_happenings"] > 0, "n_sources"]) == {1}


def test_a_copy_counts_as_its_original() -> None:
    sources = pd.DataFrame({"source_id": ["a", "b", "c"], "copy_of": [None, "a", None]})
    table = relations_index(facts_of(HAPPENINGS, CODINGS, CODES, sources), total=True)
    # 2008: the visit (a;b) and the talks (a) and the treaty (b): b copies a, so one source, not two.
    assert cell(table, "2008", "all")["n_sources"] == 1
    # Leaving out a now leaves out its copy b too: 2008 both (talks a, treaty b) can lose everything.
    spread = index_uncertainty(facts_of(HAPPENINGS, CODINGS, CODES, sources), n_boot=50)
    both = spread[(spread["period"] == "2008") & (spread["direction"] == "both")].iloc[0]
    assert both["loo_empties"] and both["loo_source"] == "a"


def test_a_code_the_other_table_lacks_keeps_this_tables_weight_in_the_check() -> None:
    # ICEWS weighs 1213 (refuse to extradite); GDELT's table has no row for it. The index under GDELT
    # would fail; the uncertainty check borrows ICEWS's weight for that code and says so.
    facts = azru.load()
    codes = facts.cameo_codes.set_index("code")
    assert pd.isna(codes.loc["1213", "goldstein_gdelt"]) and pd.notna(codes.loc["1213", "goldstein_icews"])
    codings = facts.codings.copy()
    first = codings.index[codings["coder"] == "primary"][0]
    codings.loc[first, "cameo_code"] = "1213"
    table = azru.index_uncertainty(facts, codings=codings, total=True, seed=1, n_boot=20)
    assert table.attrs["weights_borrowed"] == ("1213",)
    assert table["sum_gdelt"].notna().any()
