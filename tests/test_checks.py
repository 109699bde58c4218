"""The consistency checks find what they should, and only that."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

import azru
from azru import checks
from azru.vocabulary import derive_measures


def test_findings_frame_shape() -> None:
    findings = azru.check()
    assert list(findings.columns) == checks.FINDING_COLUMNS
    assert not (findings["severity"] == "error").any()


def test_seed_unit_error_is_found() -> None:
    findings = azru.check(only=["unit_conversion"])
    row = findings[findings["ids"].str.contains("seed-border-agreed-length-km-2008")]
    assert len(row) == 1
    assert "209.1 mi" in row["message"].iloc[0]


def test_seed_person_under_two_names_is_found() -> None:
    findings = azru.check(only=["person_names"])
    serdyukov = findings[findings["ids"].str.startswith("anatoly-serdyukov")]
    # One warning, for the wrong given name; other spellings of his own (Anatoli) are info at most.
    assert serdyukov["severity"].tolist().count("warning") == 1
    warning = serdyukov[serdyukov["severity"] == "warning"]
    assert "Sergei Serdyukov" in warning["message"].iloc[0]
    assert set(serdyukov["severity"]) <= {"warning", "info"}


def test_a_spelling_variant_is_not_an_error() -> None:
    """Sergey for Sergei Lavrov is transliteration (info); Sergei for Anatoly Serdyukov is an error (warning)."""
    findings = azru.check(only=["person_names"])
    lavrov = findings[findings["ids"].str.startswith("sergey-lavrov")]
    assert lavrov["severity"].tolist() == ["info"] and "spelling variant" in lavrov["message"].iloc[0]


def test_seed_trade_growth_rates_agree() -> None:
    findings = azru.check(only=["growth_rates"])
    seed = findings[findings["ids"].str.contains("seed-trade-turnover-2008")]
    assert seed["severity"].tolist() == ["info"]
    assert "1.725 bn USD" in seed["message"].iloc[0]


def _with(facts: azru.Facts, **frames: pd.DataFrame) -> azru.Facts:
    return dataclasses.replace(facts, **frames)


def test_planted_conversion_agreeing_is_silent() -> None:
    facts = azru.load()
    m = facts.measures.copy()
    m.loc[m["measure_id"] == "seed-border-agreed-length-mi-2008", "value"] = 209.1
    assert checks.unit_conversions(_with(facts, measures=m)) == []


def test_planted_sum_error_is_found() -> None:
    facts = azru.load()
    m = facts.measures.copy()
    m["flow"] = m["flow"].astype("object")
    m.loc[m["measure_id"] == "seed-exports-2008", "value"] = 2091100000.0
    found = checks.parts_and_totals(_with(facts, measures=m))
    assert [f.ids[0] for f in found] == ["seed-trade-turnover-2008"]


def test_planted_growth_mismatch_is_found() -> None:
    facts = azru.load()
    m = facts.measures.copy()
    extra = m[m["measure_id"] == "seed-trade-turnover-2008"].copy()
    extra["measure_id"] = "planted-turnover-2007"
    extra["period"] = "2007"
    extra["value"] = 1500000000.0
    m = pd.concat([m, extra], ignore_index=True)
    m.loc[
        m["measure_id"].isin(["planted-turnover-2007", "seed-trade-turnover-2008", "seed-trade-turnover-growth-2008"]),
        "reporter",
    ] = "ru_customs"
    m = derive_measures(m, azru.load().vocabulary)  # a changed period or reporter changes the derived columns
    found = [f for f in checks.growth_rates(_with(facts, measures=m)) if "planted-turnover-2007" in f.ids]
    assert len(found) == 1
    assert "stated 39.3%" in found[0].message and "60.2%" in found[0].message


def test_same_quantity_disagreement_names_both_sources() -> None:
    facts = azru.load()
    m = facts.measures.copy()
    twin = m[m["measure_id"] == "seed-trade-turnover-2008"].copy()
    twin["measure_id"], twin["source_id"], twin["value"] = "planted-twin", "planted-source", 4.0e9
    found = checks.same_quantity(_with(facts, measures=pd.concat([m, twin], ignore_index=True)))
    planted = [f for f in found if "planted-twin" in f.ids]
    assert len(planted) == 1
    assert set(planted[0].sources) == {"planted-source", "wikipedia-az-ru-relations"}


def test_same_quantity_respects_qualifiers() -> None:
    facts = azru.load()
    m = facts.measures.copy()
    twin = m[m["measure_id"] == "seed-azerbaijanis-in-russia"].copy()
    twin["measure_id"], twin["source_id"], twin["value"], twin["qualifier"] = (
        "planted-census",
        "planted-source",
        620000.0,
        "exact",
    )
    found = checks.same_quantity(_with(facts, measures=pd.concat([m, twin], ignore_index=True)))
    assert not [f for f in found if "planted-census" in f.ids]  # 620,000 is "more than half a million"


def test_dangling_and_duplicate_ids_in_frames() -> None:
    facts = azru.load()
    e = facts.events.copy()
    e.loc[e.index[0], "source_id"] = "nowhere"
    e = pd.concat([e, e.iloc[[1]]], ignore_index=True)
    planted = _with(facts, events=e)
    assert any("nowhere" in f.message for f in checks.dangling_ids(planted))
    assert [f.ids for f in checks.duplicate_ids(planted) if f.severity == "error"] == [(e.iloc[1]["event_id"],)]
    assert (azru.check(planted)["severity"] == "error").sum() == 2


def test_dates_out_of_range() -> None:
    facts = azru.load()
    e = facts.events.copy()
    e.loc[e.index[0], ["start", "end"]] = [pd.Timestamp("1988-02-20"), pd.Timestamp("1988-02-20")]
    e.loc[e.index[1], ["start", "end"]] = [pd.Timestamp("2099-01-01"), pd.Timestamp("2099-01-01")]
    found = checks.dates_in_range(_with(facts, events=e))
    assert [f.severity for f in found] == ["info", "warning"]


@pytest.mark.parametrize(
    ("value", "half"),
    [
        (2403000000.0, 500000.0),
        (301.1, 0.05),
        (110.0, 0.5),
        (90.0, 0.5),
        (15000.0, 500.0),
        (7000000.0, 500000.0),
        (82535.0, 0.5),
    ],
)
def test_rounding_halfwidth(value: float, half: float) -> None:
    assert checks.rounding_halfwidth(value) == pytest.approx(half)


def test_unknown_check_name() -> None:
    with pytest.raises(ValueError, match="unknown checks"):
        azru.check(only=["nonsense"])


def test_dates_in_range_reads_no_clock() -> None:
    """Today is a parameter: the same data gives the same findings on any day the tests run."""
    import datetime

    facts = azru.load()
    latest = facts.events.loc[facts.events["status"] != "planned", "start"].max()
    plain = checks.dates_in_range(facts)
    assert checks.dates_in_range(facts, today=datetime.date(2100, 1, 1)) == plain
    early = checks.dates_in_range(facts, today=(latest - pd.Timedelta(days=1)).date())
    extra = [f for f in early if f not in plain]
    assert extra and all("which is after today" in f.message for f in extra)
    assert azru.check(facts, only=["dates_in_range"], today=datetime.date(2100, 1, 1)).equals(
        azru.check(facts, only=["dates_in_range"])
    )


def test_a_report_after_its_source_was_read_is_flagged() -> None:
    facts = azru.load()
    sources = facts.sources.copy()
    e = facts.events.copy()
    row = e.index[0]
    sources.loc[sources["source_id"] == e.loc[row, "source_id"], "published"] = None
    e.loc[row, ["start", "end"]] = [pd.Timestamp("2030-01-01"), pd.Timestamp("2030-01-01")]
    found = [
        f for f in checks.dates_in_range(_with(facts, events=e, sources=sources)) if f.ids == (e.loc[row, "event_id"],)
    ]
    assert [f.severity for f in found] == ["warning"] and "after its source was read" in found[0].message


def test_seed_imports_matched_to_russias_imports_in_cow() -> None:
    findings = azru.check(only=["seed_figures_matched"])
    assert findings["ids"].tolist() == ["seed-imports-2008;cow-trade-ru-imports-2008"]
    row = findings.iloc[0]
    assert row["severity"] == "info" and row["sources"] == "wikipedia-az-ru-relations;cow-trade-v4-peacesciencer"
    message = row["message"]
    for part in ("Russia's imports from Azerbaijan", "flow az_to_ru", "reporter cow_trade", "seed-exports-2008"):
        assert part in message
    assert "would then fit Russia's exports to Azerbaijan" in message and "inference" in message


def _tiny_facts(seed_value: float, data_value: float, kind: str = "dataset", flow: str = "az_to_ru") -> azru.Facts:
    """A hand-made package: the seed's undirected imports and one directed figure from a second source."""
    empty = pd.DataFrame({"event_id": pd.Series(dtype="str")})
    sources = pd.DataFrame(
        {
            "source_id": ["wikipedia-az-ru-relations", "some-trade-data"],
            "kind": pd.Categorical(["encyclopedia", kind]),
            "title": ["Seed article", "Some trade data: a data set"],
        }
    )
    measures = pd.DataFrame(
        {
            "measure_id": ["seed-imports", "data-imports"],
            "indicator": ["imports", "imports"],
            "period": ["2008", "2008"],
            "value": [seed_value, data_value],
            "unit": ["USD", "USD"],
            "qualifier": ["exact", "exact"],
            "flow": [None, flow],
            "reporter": ["unclear", "cow_trade"],
            "source_id": ["wikipedia-az-ru-relations", "some-trade-data"],
        }
    )
    return azru.Facts(sources=sources, places=empty, actors=empty, events=empty, measures=measures)


def test_seed_match_on_a_hand_made_package() -> None:
    found = checks.seed_figures_matched(_tiny_facts(411.4e6, 411e6))
    assert [f.ids for f in found] == [("seed-imports", "data-imports")]
    assert "Russia's imports from Azerbaijan" in found[0].message and "fits Russia's side" in found[0].message
    other_way = checks.seed_figures_matched(_tiny_facts(411.4e6, 411e6, flow="ru_to_az"))
    assert "Azerbaijan's imports from Russia" in other_way[0].message
    # beyond both roundings (411.4 ± 0.05 mn against 413 ± 0.5 mn), or from a page rather than a data set: silent
    assert checks.seed_figures_matched(_tiny_facts(411.4e6, 413e6)) == []
    assert checks.seed_figures_matched(_tiny_facts(411.4e6, 411e6, kind="news")) == []


def test_unit_slip_is_weighed_with_the_stated_share() -> None:
    """301.1 'miles' and 336.5 km with 90 % from the same source: the reading 301.1 km of 336.5 km wins."""
    facts = azru.load()
    [finding] = [f for f in checks.unit_conversions(facts) if "seed-border-agreed-length-km-2008" in f.ids]
    assert "89.5% of 336.5" in finding.message
    assert "most likely 301.1 km out of 336.5 km" in finding.message
    # Without the stated share there is no evidence for either reading, and the message says none.
    m = facts.measures[facts.measures["measure_id"] != "seed-border-agreed-share-2008"]
    [bare] = [
        f for f in checks.unit_conversions(_with(facts, measures=m)) if "seed-border-agreed-length-km-2008" in f.ids
    ]
    assert "most likely" not in bare.message
