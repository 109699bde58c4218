"""The azru command."""

from __future__ import annotations

import csv
import io
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
    before = package_copy.read_bytes()
    assert main(["--data", str(package_copy), "data", "rehash"]) == 1  # refused: hashes of bad data are not recorded
    err = capsys.readouterr().err
    assert "events.csv, line" in err and "2009-01-32" in err and len(err.strip().splitlines()) == 1
    assert package_copy.read_bytes() == before
    assert main(["--data", str(package_copy), "check"]) == 1
    assert "events.csv" in capsys.readouterr().err


def test_cite_styles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", "seed-gabala-agreement-2002", "--style", "bibtex"]) == 0
    assert capsys.readouterr().out.startswith("@misc{wikipedia-az-ru-relations,")
    assert main(["cite", "no-such-id"]) == 2


def test_console_script_is_installed() -> None:
    exe = Path(sys.executable).parent / "azru"
    out = subprocess.run([str(exe), "cite", "seed-exports-2008"], capture_output=True, text=True, check=True)
    assert "accessed 2026-11-28" in out.stdout


# --- what a new user meets first ---------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_check_table_fits_100_columns_when_not_a_tty(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "check")
    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["severity", "check", "message"]
    assert max(len(line) for line in lines) <= 100
    assert any("treaty-on-the-state-border-signed" in line for line in lines)


def test_render_table_wraps_to_any_width() -> None:
    from azru.cli import render_table

    text = render_table(["id", "message"], [["abc-def", "word " * 40], ["x", "short"]], 40)
    assert max(len(line) for line in text.splitlines()) <= 40
    assert "word word" in text and "" in text.splitlines()  # wrapped rows are set apart


def test_facts_filter_on_the_data_given(package_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = package_copy.parent / "events.csv"
    text = path.read_text(encoding="utf-8").replace(
        ",memorandum-on-fighting-terrorism,2000-02,,month,law,",
        ",memorandum-on-fighting-terrorism,2000-02,,month,border,",
    )
    path.write_text(text, encoding="utf-8")
    assert main(["--data", str(package_copy), "data", "rehash"]) == 0
    capsys.readouterr()
    status, out, _ = _run(capsys, "--data", str(package_copy), "facts", "--theme", "border", "--format", "json")
    assert status == 0
    ids = {r["event_id"] for r in json.loads(out)}
    assert "seed-terrorism-memorandum-2000" in ids
    status, out, _ = _run(capsys, "facts", "--theme", "border", "--format", "json")
    assert "seed-terrorism-memorandum-2000" not in {r["event_id"] for r in json.loads(out)}


def test_unknown_filter_value_is_refused_with_the_valid_ones(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "facts", "--theme", "nonsense")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "unknown theme 'nonsense'" in err and "diplomacy" in err


def test_a_filter_the_table_lacks_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = _run(capsys, "facts", "--table", "measures", "--kind", "visit")
    assert status == 2 and "--kind does not apply to --table measures" in err and "--indicator" in err
    status, _, err = _run(capsys, "facts", "--table", "sources", "--theme", "law")
    assert status == 2 and "its filters: none" in err


def test_no_match_is_a_one_line_note(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = _run(capsys, "facts", "--theme", "law", "--kind", "visit")
    assert (status, out) == (0, "")
    assert err == "azru: no events match theme=law, kind=visit\n"
    status, out, _ = _run(capsys, "facts", "--theme", "law", "--kind", "visit", "--format", "json")
    assert (status, json.loads(out)) == (0, [])
    status, out, _ = _run(capsys, "check", "--severity", "error")
    assert (status, out) == (0, "no findings of severity error or worse\n")


def test_json_has_iso_dates_and_csv_too(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "facts", "--table", "sources", "--format", "json")
    rows = json.loads(out)
    assert status == 0 and rows[0]["accessed"] == "2026-11-28"
    status, out, _ = _run(capsys, "facts", "--table", "measures", "--indicator", "trade_turnover", "--format", "json")
    seed = next(r for r in json.loads(out) if r["measure_id"] == "seed-trade-turnover-2008")
    assert seed["period_start"] == "2008-01-01" and seed["value"] == 2403000000
    status, out, _ = _run(capsys, "facts", "--table", "sources", "--format", "csv")
    assert ",2026-11-28," in out


def test_numbers_print_as_a_reader_writes_them(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "facts", "--table", "measures", "--indicator", "trade_turnover", "--period", "2008")
    assert status == 0
    assert "2.403 bn USD" in out and "e+09" not in out and "2403000000" not in out


def test_happenings_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(
        capsys, "facts", "--table", "happenings", "--theme", "border", "--kind", "treaty", "--format", "json"
    )
    rows = {r["happening_id"]: r for r in json.loads(out)}
    assert status == 0
    assert rows["treaty-on-the-state-border-signed"]["n_reports"] == 3


@pytest.mark.parametrize("where", ["/nonexistent/datapackage.json", "{tmp}", "{tmp}/file.txt"])
def test_missing_data_package_is_one_line(where: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file.txt").write_text("not a package", encoding="utf-8")
    path = where.format(tmp=tmp_path)
    for command in (["check"], ["facts"], ["data", "validate"], ["data", "rehash"]):
        status, out, err = _run(capsys, "--data", path, *command)
        assert status == 1, command
        assert out == "" and err.count("\n") == 1 and "no data package here" in err, (command, err)


def test_usage_errors_are_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["nonsense"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "invalid choice" in err


def test_rehash_validates_first(package_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = package_copy.parent / "measures.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",2403000000,", ",-2403000000,"), encoding="utf-8")
    before = package_copy.read_text(encoding="utf-8")
    status, _, err = _run(capsys, "--data", str(package_copy), "data", "rehash")
    assert status == 1 and "measures.csv, line" in err and "negative" in err
    assert package_copy.read_text(encoding="utf-8") == before


def test_check_table_follows_a_narrow_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setenv("COLUMNS", "72")
    status, out, _ = _run(capsys, "check", "--severity", "warning")
    assert status == 0
    assert max(len(line) for line in out.splitlines()) <= 72


def test_measures_table_has_no_exponents(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = _run(capsys, "facts", "--table", "measures")
    assert status == 0 and "e+0" not in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    import azru

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out == f"azru {azru.__version__}\n"


@pytest.mark.parametrize(
    "argv",
    [
        ["--data", "{data}", "facts", "--table", "registers", "--format", "csv"],
        ["facts", "--data", "{data}", "--table", "registers", "--format", "csv"],
        ["facts", "--table", "registers", "--format", "csv", "--data", "{data}"],
    ],
)
def test_data_is_accepted_before_and_after_the_subcommand(
    argv: list[str], package_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = package_copy.parent / "registers.csv"
    text = path.read_text(encoding="utf-8")
    title = next(csv.DictReader(io.StringIO(text)))["title"]  # the first register's title, whatever it says
    path.write_text(text.replace(title, "Only in the copy"), encoding="utf-8")
    main(["--data", str(package_copy), "data", "rehash"])
    capsys.readouterr()
    assert main([a.replace("{data}", str(package_copy)) for a in argv]) == 0
    assert "Only in the copy" in capsys.readouterr().out


def test_data_after_the_data_subcommands(package_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["data", "validate", "--data", str(package_copy)]) == 0
    assert main(["data", "rehash", "--data", str(package_copy)]) == 0
    assert main(["check", "--data", str(package_copy / "nowhere"), "--format", "csv"]) == 1
    assert "nowhere" in capsys.readouterr().err


def test_check_json_gives_arrays_and_a_summary_line_per_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "json"]) == 0
    captured = capsys.readouterr()
    findings = json.loads(captured.out)
    several = [f for f in findings if len(f["ids"]) > 1]
    assert several and all(isinstance(f["ids"], list) and isinstance(f["sources"], list) for f in findings)
    assert all(";" not in i for f in findings for i in f["ids"])
    summary = captured.err.splitlines()
    checks = sorted({f["check"] for f in findings})
    assert [line.split(":")[0] for line in summary[:-1]] == checks
    for line in summary[:-1]:
        name = line.split(":")[0]
        mine = [f for f in findings if f["check"] == name]
        for severity in ("error", "warning", "info"):
            count = sum(f["severity"] == severity for f in mine)
            assert (f"{count} {severity}" in line) == (count > 0), line
    assert summary[-1] == f"{len(findings)} findings, 0 errors"


def test_a_degenerate_range_is_printed_once(capsys: pytest.CaptureFixture[str]) -> None:
    import re

    main(["check", "--format", "csv"])
    out = capsys.readouterr().out
    assert "is dated" in out and not re.search(r"(\b\d{4}(?:-\d\d){0,2})…\1\b", out)


def test_an_unclosed_quote_is_a_short_one_line_error(package_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from azru.package import rehash

    path = package_copy.parent / "events.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[5] = lines[5].replace(",", ',"x', 1)  # a quote opened in line 6, which the next quote in the file "closes"
    path.write_text("\n".join(lines), encoding="utf-8")
    rehash(package_copy, validate=False)
    assert main(["--data", str(package_copy), "data", "validate"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and len(err) < 300, err  # it was 900 characters, running on into line 7
    assert err.startswith("azru: bad data: events.csv, line 6, column 'happening_id', value '\"x")


def test_a_reversed_date_range_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["facts", "--start", "2012", "--end", "2010"]) == 2
    err = capsys.readouterr().err
    assert err == "azru: the range ends before it starts: start '2012' is after end '2010'\n"


def test_a_bad_azru_data_is_named_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("AZRU_DATA", str(tmp_path))
    assert main(["check"]) == 1
    assert f"{tmp_path / 'datapackage.json'} (from $AZRU_DATA): no data package here" in capsys.readouterr().err


def test_book_outside_a_checkout_says_what_it_needs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import azru.location

    monkeypatch.setattr(azru.location, "checkout_root", lambda: None)  # as in a wheel install
    monkeypatch.chdir(tmp_path)
    assert main(["book"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("azru book: the book is built from a source checkout") and "Traceback" not in err
    assert len(err.splitlines()) == 1


def test_the_cli_offers_exactly_the_filters_of_the_tables() -> None:
    import inspect

    from azru.cli import FILTERS, SINGLE
    from azru.tables import EventsTable, MeasuresTable

    names = list(dict.fromkeys([*EventsTable.filter_names(), *MeasuresTable.filter_names()]))
    assert list(FILTERS) == names
    single = {
        name
        for table in (EventsTable, MeasuresTable)
        for name, parameter in inspect.signature(table.__call__).parameters.items()
        if "Values" not in str(parameter.annotation) and name != "self"
    }
    assert set(SINGLE) == single
