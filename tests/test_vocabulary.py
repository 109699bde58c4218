"""One vocabulary, read from datapackage.json; derived columns computed once at load; one pairing rule."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pandas as pd
import pytest

import azru
from azru import checks, trade
from azru.vocabulary import MEASURE_COLUMNS, derive_measures, from_descriptor, period_kind

SRC = Path(azru.__file__).parent


def test_shipped_vocabulary() -> None:
    vocab = azru.load().vocabulary
    assert vocab.level_qualifiers == ("exact", "about")
    assert set(vocab.bound_qualifiers) == {"more_than", "at_least", "less_than", "up_to", "almost"}
    assert set(vocab.level_qualifiers) | set(vocab.bound_qualifiers) == set(vocab.values("measures", "qualifier"))
    assert vocab.growth_of == {
        "trade_turnover_growth": "trade_turnover",
        "exports_growth": "exports",
        "imports_growth": "imports",
    }
    assert set(vocab.growth_of) <= vocab.rates
    assert {r for r in vocab.values("measures", "reporter") if vocab.side(r) == "Russian"} == {
        r for r in vocab.values("measures", "reporter") if r.startswith("ru_")
    }
    assert vocab.values("events", "status")[-1] == "disputed"
    assert vocab.definition("events", "status", "disputed").startswith("The report's date or figure")
    assert vocab.sign("about") == "~" and vocab.sign("more_than") == ">" and vocab.sign("nonsense") == ""


def test_every_growth_indicator_in_the_data_is_declared_a_rate() -> None:
    """An indicator named like a growth rate that the vocabulary calls a level would be drawn and paired as one."""
    indicators = set(azru.load().measures["indicator"].astype(str))
    growth_like = {i for i in indicators if re.search(r"_growth(_|$)", i)}
    assert growth_like, "the data has growth rates"
    assert growth_like <= azru.load().vocabulary.rates


def test_derived_columns_are_computed_at_load() -> None:
    m = azru.load().measures.set_index("measure_id")
    assert set(MEASURE_COLUMNS) <= set(m.columns)
    seed = m.loc["seed-trade-turnover-2008"]
    assert (seed.year, seed.period_kind, seed.whole_year, seed.quantity, seed.bound) == (
        2008,
        "year",
        True,
        "level",
        False,
    )
    assert m.loc["seed-trade-turnover-growth-2008", "quantity"] == "rate"
    part = m[m["period"] == "2007-01/2007-03"].iloc[0]
    assert (part.year, part.period_kind, part.whole_year) == (2007, "part_year", False)
    assert (m["side"].astype(str) == "Russian").sum() == m["reporter"].astype(str).str.startswith("ru_").sum()
    assert (m["bound"] == ~m["qualifier"].isin(["exact", "about"])).all()
    assert m.loc[m["period"].isna(), "period_kind"].eq("undated").all()


@pytest.mark.parametrize(
    ("period", "kind"),
    [
        ("2014", "year"),
        ("2014-01/2014-12", "year"),
        ("2019-12-03", "part_year"),
        ("2005/2006", "span"),
        (None, "undated"),
    ],
)
def test_period_kind(period: object, kind: str) -> None:
    assert period_kind(period) == kind


def test_no_other_module_keeps_its_own_vocabulary() -> None:
    """Qualifier words, growth pairs, reporter sides and period parsing live in azru.vocabulary only."""
    forbidden = [
        r"parse_period\(",
        r"LEVEL_QUALIFIERS",
        r"GROWTH_OF\b",
        r"\(\s*\"exact\",\s*\"about\"",
        r"\"trade_turnover_growth\":",
        r"startswith\(\"(ru|az)_\"\)",
        r"QUALIFIER_PREFIX",
    ]
    allowed = {"vocabulary.py", "dates.py", "package.py"}  # the rule itself, the date parser, the package rules
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name in allowed:
            continue
        text = path.read_text(encoding="utf-8")
        offenders += [f"{path.relative_to(SRC)}: {p}" for p in forbidden if re.search(p, text)]
    assert offenders == []


def test_vocabulary_follows_the_package_loaded(package_copy: Path) -> None:
    package = json.loads(package_copy.read_text(encoding="utf-8"))
    package["x-vocabulary"]["reporter_sides"]["joint_official"] = "Azerbaijani"
    package_copy.write_text(json.dumps(package, indent=2, ensure_ascii=False), encoding="utf-8")
    copy = azru.load(package_copy)
    joint = copy.measures[copy.measures["reporter"] == "joint_official"]
    assert len(joint) and (joint["side"] == "Azerbaijani").all()
    shipped = azru.load().measures
    assert (shipped.loc[shipped["reporter"] == "joint_official", "side"] == "other").all()
    assert copy.vocabulary.side("joint_official") == "Azerbaijani"


@pytest.mark.parametrize(
    ("section", "change", "column", "value"),
    [
        ("qualifiers", lambda v: v.update({"roughly": {"states": "level"}}), "x-vocabulary.qualifiers", "roughly"),
        (
            "reporter_sides",
            lambda v: v.update({"ru_customs": "Russia"}),
            "x-vocabulary.reporter_sides.ru_customs",
            "Russia",
        ),
        ("growth_of", lambda v: v.update({"exports_growth": "export"}), None, None),
    ],
)
def test_a_declaration_the_schema_contradicts_is_a_data_error(section, change, column, value) -> None:
    package = json.loads(azru.location.package_path().read_text(encoding="utf-8"))
    change(package["x-vocabulary"][section])
    enums = {
        f["name"]
        for r in package["resources"]
        for f in r.get("schema", {}).get("fields", [])
        if "enum" in f.get("constraints", {})
    }
    assert "indicator" in enums  # so a growth pair naming no indicator of the schema is caught
    with pytest.raises(azru.DataError) as caught:
        from_descriptor(package)
    assert caught.value.file == "datapackage.json"
    if column is not None:
        assert (caught.value.column, caught.value.value) == (column, value)


def _planted_about_pair() -> azru.Facts:
    """A 2007 turnover stated "about" by the reporter of the 2008 figure and rate: a pair only the about rule makes."""
    facts = azru.load()
    m = pd.DataFrame(facts.measures)
    extra = m[m["measure_id"] == "seed-trade-turnover-2008"].copy()
    extra["measure_id"], extra["period"], extra["value"], extra["qualifier"] = "planted-2007", "2007", 1.0e9, "about"
    m = pd.concat([m, extra], ignore_index=True)
    ids = ["planted-2007", "seed-trade-turnover-2008", "seed-trade-turnover-growth-2008"]
    m.loc[m["measure_id"].isin(ids), "reporter"] = "ru_customs"
    return dataclasses.replace(facts, measures=derive_measures(m, azru.load().vocabulary))


def _rule_findings(facts: azru.Facts) -> set[tuple[str, ...]]:
    """The (rate, previous level, current level) triples the growth_rates check reports against a computed rate."""
    return {f.ids for f in checks.growth_rates(facts) if len(f.ids) == 3 and "stated" in f.message}


def _paired(measures: pd.DataFrame) -> set[tuple[str, ...]]:
    pairs = trade.growth_pairs(measures, azru.load().vocabulary)
    pairs = pairs[pairs["computed"].notna()]
    return set(zip(pairs["stated_id"], pairs["previous_id"], pairs["current_id"], strict=True))


def test_the_check_and_growth_pairs_share_one_pairing_rule() -> None:
    """With every stated rate made impossible, the check reports exactly the pairs growth_pairs makes, no more."""
    facts = azru.load()
    shipped = _paired(facts.measures)
    assert shipped, "the shipped data should pair some rates with levels"
    assert _rule_findings(facts) <= shipped  # what it reports today are pairs of that rule
    m = pd.DataFrame(facts.measures)
    rates = m["indicator"].isin(list(facts.vocabulary.growth_of)) & (m["unit"] == "percent")
    m.loc[rates, "value"] = 9999.9  # a hundredfold rise: no pair of levels in the data agrees with it
    impossible = dataclasses.replace(facts, measures=derive_measures(m, azru.load().vocabulary))
    assert _paired(impossible.measures) == shipped  # pairing does not depend on the value stated
    assert _rule_findings(impossible) == shipped


def test_one_pairing_rule_for_growth_counts_about_levels() -> None:
    facts = _planted_about_pair()
    pairs = trade.growth_pairs(facts.measures, azru.load().vocabulary)
    paired = pairs[pairs["previous_id"] == "planted-2007"]
    assert paired["stated_id"].tolist() == ["seed-trade-turnover-growth-2008"]
    assert paired["computed"].round(1).tolist() == [140.3]
    found = [f for f in checks.growth_rates(facts) if "planted-2007" in f.ids]
    assert len(found) == 1 and "and about" in found[0].message
    assert found[0].ids in _paired(facts.measures)
    # within the margin of an "about" level, the check is silent, though the pair is still made
    near = pd.DataFrame(facts.measures)
    near.loc[near["measure_id"] == "planted-2007", "value"] = 1.8e9  # 2.403 / 1.8 - 1 = 33.5 %, 39.3 % within ±5 %
    near_facts = dataclasses.replace(facts, measures=derive_measures(near, azru.load().vocabulary))
    assert not [f for f in checks.growth_rates(near_facts) if "planted-2007" in f.ids]
    assert "planted-2007" in set(trade.growth_pairs(near_facts.measures, azru.load().vocabulary)["previous_id"])
    # a level of another reporter is paired by neither
    other = pd.DataFrame(facts.measures)
    other.loc[other["measure_id"] == "planted-2007", "reporter"] = "az_customs"
    other_facts = dataclasses.replace(facts, measures=derive_measures(other, azru.load().vocabulary))
    assert "planted-2007" not in set(trade.growth_pairs(other_facts.measures, azru.load().vocabulary)["previous_id"])
    assert not [f for f in checks.growth_rates(other_facts) if "planted-2007" in f.ids]


def test_hand_made_frames_get_the_same_columns() -> None:
    frame = pd.DataFrame(
        {"period": ["2014", "2015-01/2015-03"], "indicator": ["exports", "exports"], "qualifier": ["exact", "up_to"]}
    )
    derived = derive_measures(frame, azru.load().vocabulary)
    assert derived["period_kind"].tolist() == ["year", "part_year"]
    assert derived["bound"].tolist() == [False, True]
    assert derived["side"].tolist() == ["other", "other"]
    assert "side" not in frame  # the input is not changed
