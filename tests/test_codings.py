"""Event codings (data/codings.csv): coverage, the CAMEO code list, and the blind-coding sample."""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

import azru
from azru import checks
from azru.package import rehash

ROOT = Path(__file__).resolve().parent.parent
CODE_LIST = Path(__file__).resolve().parent / "fixtures" / "icews_cameo_codes.csv"
SCRIPT = ROOT / "scripts" / "sample_for_blind_coding.py"


def icews_codes() -> dict[str, float]:
    """Code → Goldstein weight from the ICEWS list (its text columns are not all UTF-8; codes are ASCII)."""
    with CODE_LIST.open(encoding="latin-1", newline="") as fh:
        return {row["code"]: float(row["goldstein"]) for row in csv.DictReader(fh)}


def sampler() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sample_for_blind_coding", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_happening_has_exactly_one_primary_coding() -> None:
    facts = azru.load()
    primary = facts.codings[facts.codings["coder"] == "primary"]
    counts = primary["happening_id"].value_counts()
    assert set(counts.index) == set(facts.events["happening_id"])
    assert (counts == 1).all(), counts[counts != 1].to_dict()


def test_every_code_is_in_the_icews_code_list() -> None:
    codes = icews_codes()
    assert len(codes) > 300 and codes["057"] == 8.0 and codes["190"] == -10.0
    used = azru.load().codings["cameo_code"]
    assert set(used) <= set(codes), sorted(set(used) - set(codes))
    assert all(len(code) in (3, 4) for code in used)  # root categories as their residual code (040, not 04)


def test_codes_keep_leading_zeros_and_directions_are_known() -> None:
    codings = azru.load().codings
    assert {"042", "057"} <= set(codings["cameo_code"])
    assert set(codings["direction"].astype(str)) <= {"az_to_ru", "ru_to_az", "both"}
    assert set(codings["direction"].astype(str)) == {"az_to_ru", "ru_to_az", "both"}  # each value is used


def test_a_coding_of_an_unknown_happening_is_a_data_error(package_copy: Path) -> None:
    path = package_copy.parent / "codings.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nmoscow-declaration,", "\nmoscow-declaration-2004,", 1), encoding="utf-8")
    rehash(package_copy, validate=False)  # planted bad data: record its hashes anyway
    azru.clear_cache()
    with pytest.raises(azru.DataError) as caught:
        azru.load(package_copy)
    line = text.split("\n").index(next(x for x in text.split("\n") if x.startswith("moscow-declaration,"))) + 1
    err = caught.value
    assert (err.file, err.line, err.column, err.value) == (
        "codings.csv",
        line,
        "happening_id",
        "moscow-declaration-2004",
    )


def test_codes_are_checked_against_the_code_list_when_the_package_has_it(package_copy: Path) -> None:
    path = package_copy.parent / "codings.csv"
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    at = next(i for i, x in enumerate(lines) if x.startswith("moscow-declaration,"))
    lines[at] = lines[at].replace(",057,", ",099,")  # matches the pattern, but 099 is no CAMEO code
    path.write_text("\n".join(lines), encoding="utf-8")
    rehash(package_copy, validate=False)  # planted bad data: record its hashes anyway
    azru.clear_cache()
    with pytest.raises(azru.DataError) as caught:
        azru.load(package_copy)
    err = caught.value
    assert (err.file, err.line, err.column, err.value) == ("codings.csv", at + 1, "cameo_code", "099")
    assert "CAMEO code list" in err.message

    # A package without the code list checks only the pattern.
    package = json.loads(package_copy.read_text(encoding="utf-8"))
    package["resources"] = [r for r in package["resources"] if r["name"] != "cameo_codes"]
    package_copy.write_text(json.dumps(package, indent=2), encoding="utf-8")
    azru.clear_cache()
    assert len(azru.load(package_copy).codings) > 0


def test_a_second_primary_coding_of_a_happening_is_a_data_error(package_copy: Path) -> None:
    path = package_copy.parent / "codings.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "moscow-declaration,primary,046,both,\n", encoding="utf-8")
    rehash(package_copy, validate=False)  # planted bad data: record its hashes anyway
    azru.clear_cache()
    with pytest.raises(azru.DataError) as caught:
        azru.load(package_copy)
    last = text.count("\n") + 1
    assert (caught.value.line, caught.value.column) == (last, "happening_id")
    assert caught.value.value == "happening_id=moscow-declaration, coder=primary"  # the key is two columns
    # a blind coding of the same happening is a different key
    path.write_text(text + "moscow-declaration,blind,046,both,\n", encoding="utf-8")
    rehash(package_copy)
    azru.clear_cache()
    codings = azru.load(package_copy).codings
    assert (codings["happening_id"] == "moscow-declaration").sum() == 2
    assert not [f for f in checks.duplicate_ids(azru.load(package_copy)) if f.severity == "error"]


def test_best_report_is_the_one_that_speaks_for_the_happening() -> None:
    facts = azru.load()
    reports = sampler().best_reports(facts)
    table = facts.happenings.set_index("happening_id")
    assert set(reports) == set(table.index)
    for happening, report in reports.items():  # the same rule as azru.happenings()
        assert (report["title"], report["status"]) == (table.loc[happening, "title"], table.loc[happening, "status"])
        assert report["event_id"] in table.loc[happening, "event_ids"].split(";")
    assert reports["treaty-on-the-state-border-signed"]["source_id"] == "kremlin-11155-border-treaty-duma"
    # a reported row before a disputed one, whatever the kinds of their sources
    assert reports["putin-and-aliyev-meet-september-2018"]["event_id"] == "putin-aliyev-talks-sochi-2018"
    # news before a secondary page even when the secondary page is more precise
    assert (
        reports["first-meeting-of-the-joint-demarcation"]["event_id"]
        == "demarcation-commission-first-meeting-2013-anews"
    )


def test_blind_sample_is_reproducible_and_carries_no_coding(tmp_path: Path) -> None:
    runs = []
    for name in ("a.csv", "b.csv"):
        out = tmp_path / name
        result = subprocess.run(
            [sys.executable, str(SCRIPT), "--out", str(out)], capture_output=True, text=True, check=True
        )
        assert "40 of" in result.stdout
        runs.append(out.read_bytes())
    assert runs[0] == runs[1]
    with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ["happening_id", "title", "summary"]
    assert len(rows) == len({r["happening_id"] for r in rows}) == 40
    reports = sampler().best_reports(azru.load())
    for row in rows:
        best = reports[row["happening_id"]]
        assert (row["title"], row["summary"]) == (best["title"], best["summary"])


def test_the_committed_sample_names_known_happenings() -> None:
    """data/_blind/sample.csv is the sample given out: it stays as drawn when happenings are added later."""
    with (ROOT / "data" / "_blind" / "sample.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 40
    assert {r["happening_id"] for r in rows} <= set(azru.load().events["happening_id"])


def test_the_coding_rule_cites_real_happenings_coded_as_it_says() -> None:
    """Every happening_id data/CODING.md gives as an example exists, and the table's examples carry its codes."""
    text = (ROOT / "data" / "CODING.md").read_text(encoding="utf-8")
    codings = azru.load().codings.query("coder == 'primary'").set_index("happening_id")
    cited = {name for name in re.findall(r"`([a-z0-9][a-z0-9-]{11,})`", text) if "-" in name}
    assert len(cited) > 50
    assert cited <= set(codings.index), sorted(cited - set(codings.index))
    rows = [line for line in text.splitlines() if line.startswith("| ") and re.search(r"\| `[a-z0-9-]{12,}`", line)]
    for line in rows:
        kind, code_cell, _, examples = (cell.strip() for cell in line.strip("|").split("|"))
        allowed = set(re.findall(r"\b\d{3,4}\b", code_cell)) | set(re.findall(r"\((\d{3,4})\)", examples))
        for example in re.findall(r"`([a-z0-9-]{12,})`", examples):
            assert codings.loc[example, "cameo_code"] in allowed, (kind, example)
