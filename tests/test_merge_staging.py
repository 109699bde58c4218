"""scripts/merge_staging.py: a batch of rows of every table, registers and codings included, merged and validated."""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import pytest

import azru

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "merge_staging.py"


def _merge_module():
    spec = importlib.util.spec_from_file_location("merge_staging", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["merge_staging"] = module
    spec.loader.exec_module(module)
    return module


def write(path: Path, rows: list[dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_a_batch_with_register_entries_codings_and_a_register_merges(package_copy: Path, tmp_path: Path) -> None:
    batch = tmp_path / "staging" / "b1"
    seed = "wikipedia-az-ru-relations"
    facts = azru.load(package_copy)
    blind = facts.codings[facts.codings["coder"] == "blind"]
    unsampled = sorted(set(facts.codings["happening_id"]) - set(blind["happening_id"]))
    # a new source with the URL of the seed article: merged into it, references rewritten
    write(
        batch / "sources.csv",
        [{**facts.sources.iloc[0].astype(str).to_dict(), "source_id": "batch-copy-of-seed", "accessed": "2026-11-28"}],
    )
    write(
        batch / "registers.csv",
        [
            {
                "register_id": "summits",
                "title": "Summits",
                "scope": "Test scope",
                "list_sources": "batch-copy-of-seed",
                "known_gaps": "",
                "notes": "",
            }
        ],
    )
    write(
        batch / "register_entries.csv",
        [
            {
                "register_id": "summits",
                "happening_id": "moscow-declaration",
                "list_title": "Moscow Declaration",
                "list_date": "2008-07",
                "source_id": "batch-copy-of-seed",
                "notes": "",
            }
        ],
    )
    codings = [{"happening_id": unsampled[0], "coder": "blind", "cameo_code": "042", "direction": "both", "note": ""}]
    write(batch / "codings.csv", codings)
    merge = _merge_module()
    assert merge.main(["b1", "--into", str(package_copy.parent), "--staging", str(tmp_path / "staging")]) == 0
    azru.clear_cache()
    merged = azru.load(package_copy)
    assert merged.registers.set_index("register_id").loc["summits", "list_sources"] == seed
    entry = merged.register_entries.set_index("register_id").loc["summits"]
    assert (entry["happening_id"], entry["source_id"]) == ("moscow-declaration", seed)
    assert len(merged.codings) == len(facts.codings) + 1
    assert len(merged.sources) == len(facts.sources)  # the copy was merged into the seed source


def test_a_repeated_composite_key_stops_the_merge_before_writing(package_copy: Path, tmp_path: Path) -> None:
    facts = azru.load(package_copy)
    coded = facts.codings.iloc[0]
    write(
        tmp_path / "staging" / "b2" / "codings.csv",
        [{"happening_id": coded["happening_id"], "coder": coded["coder"], "cameo_code": "042", "direction": "both"}],
    )
    before = (package_copy.parent / "codings.csv").read_bytes()
    merge = _merge_module()
    assert merge.main(["b2", "--into", str(package_copy.parent), "--staging", str(tmp_path / "staging")]) == 1
    assert (package_copy.parent / "codings.csv").read_bytes() == before


def test_every_table_of_the_package_can_be_merged() -> None:
    merge = _merge_module()
    names = {r["name"] for r in azru.load().descriptor["resources"] if "schema" in r} - {"cameo_codes"}
    assert set(merge.TABLES) == names
    with pytest.raises(SystemExit):
        merge.main(["--help"])
