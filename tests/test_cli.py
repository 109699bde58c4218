"""The azru command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from azru.cli import main


def test_facts_json_by_theme(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "--theme", "law", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["theme"] for r in rows} == {"law"}
    assert "seed-terrorism-memorandum-2000" in {r["event_id"] for r in rows}


def test_facts_csv_has_header(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "--table", "measures", "--format", "csv"]) == 0
    assert capsys.readouterr().out.startswith("measure_id,indicator,theme,period,value")


def test_check_exits_zero_without_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "csv"]) == 0
    captured = capsys.readouterr()
    assert "unit_conversion" in captured.out
    assert "0 errors" in captured.err


def test_check_exits_one_on_bad_data(package_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = package_copy.parent / "events.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("2009-01-21", "2009-01-32"), encoding="utf-8")
    assert main(["--data", str(package_copy), "data", "rehash"]) == 0
    assert main(["--data", str(package_copy), "check"]) == 1
    assert "events.csv, line" in capsys.readouterr().err


def test_cite_styles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "seed-gabala-agreement-2002", "--style", "bibtex"]) == 0
    assert capsys.readouterr().out.startswith("@misc{wikipedia-az-ru-relations,")
    assert main(["cite", "no-such-id"]) == 2


def test_console_script_is_installed() -> None:
    exe = Path(sys.executable).parent / "azru"
    out = subprocess.run([str(exe), "cite", "seed-exports-2008"], capture_output=True, text=True, check=True)
    assert "accessed 2026-11-28" in out.stdout
