"""The research data sets in the package: rows as the extract script writes them, series complete, CAMEO codes.

``tests/fixtures/datasets_extract.csv`` holds twelve rows that
``scripts/extract_datasets.py --fixture`` wrote from the raw files (one cell a
line: table, id, column, value, since the rows come from two tables). The
shipped rows must equal them cell for cell, so CI needs neither the raw files
nor pyreadr; where both are present, the full ``--check`` runs too.
"""

from __future__ import annotations

import csv
import doctest
import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import azru

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURE = ROOT / "tests" / "fixtures" / "datasets_extract.csv"
SCRIPT = ROOT / "scripts" / "extract_datasets.py"
KEYS = {"measures": "measure_id", "cameo_codes": "code"}


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("extract_datasets", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fixture() -> dict[tuple[str, str], dict[str, str]]:
    rows: dict[tuple[str, str], dict[str, str]] = {}
    with FIXTURE.open(encoding="utf-8", newline="") as fh:
        for cell in csv.DictReader(fh):
            rows.setdefault((cell["table"], cell["id"]), {})[cell["column"]] = cell["value"]
    return rows


def _shipped(table: str) -> dict[str, dict[str, str]]:
    with (DATA / f"{table}.csv").open(encoding="utf-8", newline="") as fh:
        return {row[KEYS[table]]: row for row in csv.DictReader(fh)}


def test_shipped_rows_equal_the_fixture_extract() -> None:
    fixture = _fixture()
    assert len(fixture) == 12
    for (table, row_id), cells in fixture.items():
        shipped = _shipped(table).get(row_id)
        assert shipped is not None, f"{table} {row_id} is not shipped"
        assert shipped == cells, (table, row_id)


def test_fixture_holds_the_figures_the_research_notes_quote() -> None:
    rows = _fixture()
    ru = rows["measures", "cow-trade-ru-imports-2008"]
    az = rows["measures", "cow-trade-az-imports-2008"]
    assert (ru["value"], ru["flow"], ru["reporter"], ru["unit"]) == ("411000000", "az_to_ru", "cow_trade", "USD")
    assert (az["value"], az["flow"]) == ("1350000000", "ru_to_az")
    assert "million current USD in the data set" in ru["notes"]
    assert rows["measures", "atop-defense-pledge-1992"]["value"] == "0"
    assert rows["measures", "atop-defense-pledge-1993"]["value"] == "1"
    assert rows["measures", "atop-nonaggression-pledge-1992"]["value"] == "1"
    assert rows["measures", "cow-igo-shared-memberships-1991"]["value"] == "2"
    assert rows["measures", "cow-igo-shared-memberships-2013"]["value"] == "44"
    assert rows["measures", "wdi-gdp-aze-2008"]["subject"] == "Azerbaijan"
    assert rows["measures", "wdi-gdp-rus-2008"]["theme"] == "context"
    deny = rows["cameo_codes", "016"]
    assert (deny["goldstein_icews"], deny["goldstein_gdelt"], deny["root_code"]) == ("-5.0", "-2.0", "01")
    judicial = rows["cameo_codes", "1213"]
    assert (judicial["goldstein_gdelt"], judicial["gdelt_source_id"]) == ("", "")


def test_data_set_series_are_complete() -> None:
    m = azru.load().measures
    m = m.assign(indicator=m["indicator"].astype(str), flow=m["flow"].astype(object))
    trade = m[m["reporter"] == "cow_trade"]
    for flow in ("az_to_ru", "ru_to_az"):
        years = sorted(trade.loc[trade["flow"] == flow, "year"].astype(int))
        assert years == list(range(1992, 2015)), flow
    assert set(trade["indicator"]) == {"imports"} and (trade["value"] % 1e6 == 0).all()
    atop = m[m["reporter"] == "atop"]
    assert len(atop) == 5 * 27 and set(atop["value"]) == {0.0, 1.0} and set(atop["unit"]) == {"flag"}
    defence = atop[atop["indicator"] == "atop_defense_pledge"].set_index("year")["value"]
    assert defence[1992] == 0 and (defence.loc[1993:2018] == 1).all()
    igo = m[m["indicator"] == "shared_igo_memberships"].set_index("year")["value"]
    assert list(igo.index) == list(range(1991, 2015)) and igo[1992] == 19
    gdp = m[m["indicator"] == "gdp"]
    assert gdp.groupby("subject")["year"].apply(lambda y: sorted(y.astype(int))).to_dict() == {
        "Azerbaijan": list(range(1995, 2024)),
        "Russia": list(range(1995, 2024)),
    }


def test_data_set_sources_name_repository_commit_and_codebook() -> None:
    sources = azru.load().sources.set_index("source_id")
    datasets = sources[sources["repository"].notna()]
    assert set(datasets.index) == {
        "cow-trade-v4-peacesciencer",
        "atop-v5-peacesciencer",
        "cow-igo-v3-peacesciencer",
        "wdi-gdp-datasets-gdp",
        "nber-un-world-trade-1999-wnets",
        "icews-cameo-codes-andybega",
        "gdelt-cameo-goldstein-scale",
    }
    assert set(datasets["kind"]) == {"dataset"}
    for source_id, row in datasets.iterrows():
        assert row["repository"] in row["url"] and row["url"].startswith("https://github.com/"), source_id
        assert len(row["commit"]) == 40 and row["repo_path"] and row["codebook"], source_id
    assert sources.loc["wdi-gdp-datasets-gdp", "checked_against"] == "dossier"  # the file at that commit was not read


def test_cameo_codes_load_as_text_with_both_weights() -> None:
    codes = azru.load().cameo_codes.set_index("code")
    assert len(codes) == 312 and {"01", "016", "0211", "1213"} <= set(codes.index)
    assert all(code[:2] == root for code, root in codes["root_code"].items())
    differ = codes[codes["goldstein_gdelt"].notna() & (codes["goldstein_icews"] != codes["goldstein_gdelt"])]
    assert sorted(differ.index) == ["016", "022", "164", "165"]
    assert differ.loc["022", ["goldstein_icews", "goldstein_gdelt"]].tolist() == [3.4, 3.2]
    assert list(codes.index[codes["goldstein_gdelt"].isna()]) == ["1213"]
    assert codes["goldstein_icews"].between(-10, 10).all()
    assert "’" in codes.loc["1711", "description"]  # the garbled quote of the raw file is repaired
    assert (codes["description"].fillna("").str.len() <= 240).all()


def test_indicator_and_reporter_vocabularies_are_defined() -> None:
    facts = azru.load()
    fields = {
        f["name"]: f for r in facts.descriptor["resources"] if r["name"] == "measures" for f in r["schema"]["fields"]
    }
    for name in ("indicator", "reporter"):
        enum = fields[name]["constraints"]["enum"]
        definitions = fields[name]["x-definitions"]
        assert list(definitions) == enum, name
        assert all(text.strip() for text in definitions.values()), name
        assert set(facts.measures[name].astype(str)) <= set(enum), name


def test_script_helpers_doctests() -> None:
    result = doctest.testmod(_script())
    assert result.attempted >= 5 and result.failed == 0


def test_script_says_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = _script()
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--raw", str(tmp_path / "absent")], capture_output=True, text=True
    )
    assert result.returncode == 2 and "raw folder not found" in result.stderr
    monkeypatch.setitem(sys.modules, "pyreadr", None)  # makes `import pyreadr` fail
    with pytest.raises(module.MissingInput, match="pyreadr is not installed"):
        module.read_rda(tmp_path / "any.rda")


@pytest.mark.slow
def test_fresh_extract_matches_the_package() -> None:
    pytest.importorskip("pyreadr")
    module = _script()
    if not module.RAW.is_dir() or not module.GDP.is_file():
        pytest.skip(f"raw files not here ({module.RAW})")
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
