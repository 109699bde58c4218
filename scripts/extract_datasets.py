"""Extract the Azerbaijan–Russia series of the research data sets into the data package.

Reads the raw files the research dossier keeps (``shared/research/datasets/raw``)
and its GDP extract (``shared/research/gdp_context.csv``), and writes:

- ``data/measures.csv``: the rows of the data-set sources below, replaced as a
  block at the end of the file, sorted by ``measure_id`` (every other row stays
  where it is):

  - Correlates of War Trade v4.0, 1992–2014: both importers' figures
    (``cow-trade-ru-imports-YEAR``: Russia's imports from Azerbaijan, flow
    ``az_to_ru``; ``cow-trade-az-imports-YEAR``: Azerbaijan's imports from
    Russia, flow ``ru_to_az``), million current USD × 1e6;
  - ATOP v5.0, 1992–2018: the five kinds of alliance pledge, 0 or 1
    (``atop-defense-pledge-YEAR``…);
  - COW IGO v3, 1991–2014: shared IGO memberships
    (``cow-igo-shared-memberships-YEAR``);
  - World Bank GDP, 1995–2023, both countries (``wdi-gdp-aze-YEAR``…);

- ``data/cameo_codes.csv``: every CAMEO event code with its ICEWS and GDELT
  Goldstein weights.

The output is deterministic: the same raw files give the same bytes.

    .venv/bin/pip install -c requirements/constraints.txt -e ".[datasets]"   # pyreadr
    .venv/bin/python scripts/extract_datasets.py [--check] [--fixture PATH] [--raw DIR] [--gdp FILE]

``--check`` extracts in memory and fails (exit 1) if the data package holds
anything else; ``--fixture PATH`` writes the small extract that
``tests/test_datasets.py`` compares the shipped rows with, so the tests need
neither the raw files nor pyreadr. Without ``--check`` the script writes both
files, records their hashes (``azru data rehash``) and loads the package.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
RESEARCH = Path(os.environ.get("AZRU_RESEARCH", "/work/shared/research"))
RAW = RESEARCH / "datasets" / "raw"
GDP = RESEARCH / "gdp_context.csv"

RUSSIA, AZERBAIJAN = 365, 373  # Correlates of War state codes
COW_TRADE = "cow-trade-v4-peacesciencer"
ATOP = "atop-v5-peacesciencer"
COW_IGO = "cow-igo-v3-peacesciencer"
WDI_GDP = "wdi-gdp-datasets-gdp"
ICEWS = "icews-cameo-codes-andybega"
GDELT = "gdelt-cameo-goldstein-scale"
#: The sources whose measures this script owns: their rows are replaced, never edited by hand.
OWN_SOURCES = (COW_TRADE, ATOP, COW_IGO, WDI_GDP)

MEASURE_COLUMNS = [
    "measure_id",
    "indicator",
    "theme",
    "period",
    "value",
    "unit",
    "qualifier",
    "flow",
    "reporter",
    "subject",
    "source_id",
    "event_id",
    "notes",
]
CAMEO_COLUMNS = [
    "code",
    "name",
    "description",
    "root_code",
    "goldstein_icews",
    "goldstein_gdelt",
    "source_id",
    "gdelt_source_id",
    "notes",
]
#: ATOP variable → (indicator, the pledge in words).
ATOP_PLEDGES = {
    "atop_defense": ("atop_defense_pledge", "defence"),
    "atop_offense": ("atop_offense_pledge", "offence"),
    "atop_neutral": ("atop_neutrality_pledge", "neutrality"),
    "atop_nonagg": ("atop_nonaggression_pledge", "non-aggression"),
    "atop_consul": ("atop_consultation_pledge", "consultation"),
}
#: Rows written to tests/fixtures/datasets_extract.csv (table, id).
FIXTURE_IDS = [
    ("measures", "cow-trade-ru-imports-2008"),
    ("measures", "cow-trade-az-imports-2008"),
    ("measures", "atop-defense-pledge-1992"),
    ("measures", "atop-defense-pledge-1993"),
    ("measures", "atop-nonaggression-pledge-1992"),
    ("measures", "cow-igo-shared-memberships-1991"),
    ("measures", "cow-igo-shared-memberships-2013"),
    ("measures", "wdi-gdp-aze-2008"),
    ("measures", "wdi-gdp-rus-2008"),
    ("cameo_codes", "016"),
    ("cameo_codes", "164"),
    ("cameo_codes", "1213"),
]

Row = dict[str, str]


class MissingInput(Exception):
    """A raw file, the raw folder or pyreadr is missing: the message says which and what to do."""


def _number(value: float) -> str:
    """A whole number as digits (``411000000``), anything else as Python writes it."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _measure(**cells: str) -> Row:
    return {column: cells.get(column, "") for column in MEASURE_COLUMNS}


def read_rda(path: Path) -> Any:
    """The one data frame stored in an ``.rda`` file (pyreadr is imported here, so the rest runs without it)."""
    try:
        import pyreadr
    except ImportError:
        raise MissingInput(
            "pyreadr is not installed: it reads the .rda files. Install the 'datasets' extra:\n"
            '    .venv/bin/pip install -c requirements/constraints.txt -e ".[datasets]"'
        ) from None
    if not path.is_file():
        raise MissingInput(f"raw file not found: {path}")
    frames = pyreadr.read_r(str(path))
    if len(frames) != 1:
        raise ValueError(f"{path.name}: expected one data frame, found {list(frames)}")
    return next(iter(frames.values()))


def _pair(frame: Any, first: int, second: int) -> Any:
    rows = frame[(frame["ccode1"] == first) & (frame["ccode2"] == second)].sort_values("year")
    if rows.empty:
        raise ValueError(f"no rows for ccode1 = {first}, ccode2 = {second}")
    return rows


def cow_trade_rows(frame: Any) -> list[Row]:
    """Both importers' figures for every year the data set has for the pair (negative values are COW's missing codes)."""
    rows = []
    for record in _pair(frame, RUSSIA, AZERBAIJAN).itertuples(index=False):
        year = int(record.year)
        for column, side, flow, words in (
            ("flow1", "ru", "az_to_ru", "Russia's imports from Azerbaijan (flow1: ccode 365 from 373)"),
            ("flow2", "az", "ru_to_az", "Azerbaijan's imports from Russia (flow2: ccode 373 from 365)"),
        ):
            millions = float(getattr(record, column))
            if millions < 0:  # -9: missing in COW; no row rather than a made-up value
                continue
            rows.append(
                _measure(
                    measure_id=f"cow-trade-{side}-imports-{year}",
                    indicator="imports",
                    theme="trade",
                    period=str(year),
                    value=_number(round(millions * 1e6)),
                    unit="USD",
                    qualifier="exact",
                    flow=flow,
                    reporter="cow_trade",
                    source_id=COW_TRADE,
                    notes=f"{words}: {_number(millions)} million current USD in the data set, stored in USD. "
                    "COW takes the importer's own figure (IMF Direction of Trade) where it exists and the "
                    "partner's mirror figure otherwise; the packaged file does not say which applies. "
                    "A data set figure, not a customs release.",
                )
            )
    return rows


def atop_rows(frame: Any) -> list[Row]:
    """The five pledge kinds for Russia → Azerbaijan, 0 and 1 as given; the reverse direction must agree."""
    ahead, back = _pair(frame, RUSSIA, AZERBAIJAN), _pair(frame, AZERBAIJAN, RUSSIA)
    columns = ["year", *ATOP_PLEDGES]
    if ahead[columns].to_numpy().tolist() != back[columns].to_numpy().tolist():
        raise ValueError("ATOP codes Russia → Azerbaijan and Azerbaijan → Russia differently: decide which to use")
    rows = []
    for record in ahead.itertuples(index=False):
        year = int(record.year)
        for variable, (indicator, words) in ATOP_PLEDGES.items():
            value = float(getattr(record, variable))
            if value not in (0.0, 1.0):
                raise ValueError(f"ATOP {variable} {year}: {value} is not 0 or 1")
            rows.append(
                _measure(
                    measure_id=f"{indicator.replace('_', '-')}-{year}",
                    indicator=indicator,
                    theme="military",
                    period=str(year),
                    value=_number(value),
                    unit="flag",
                    qualifier="exact",
                    reporter="atop",
                    subject="Alliance obligations between Russia and Azerbaijan",
                    source_id=ATOP,
                    notes=f"ATOP v5.0 {variable} for Russia (365) and Azerbaijan (373): "
                    + (f"1, a {words} pledge in force" if value else f"0, no {words} pledge in force")
                    + " between the two in this year; the file does not name the treaty.",
                )
            )
    return rows


def igo_rows(frame: Any) -> list[Row]:
    """Shared IGO memberships for every year the data set has for the pair."""
    return [
        _measure(
            measure_id=f"cow-igo-shared-memberships-{int(record.year)}",
            indicator="shared_igo_memberships",
            theme="diplomacy",
            period=str(int(record.year)),
            value=_number(float(record.dyadigos)),
            unit="count",
            qualifier="exact",
            reporter="cow_igo",
            subject="Intergovernmental organisations with both Russia and Azerbaijan as members",
            source_id=COW_IGO,
            notes=f"COW IGO v3 dyadigos for Russia (365) and Azerbaijan (373): {_number(float(record.dyadigos))}.",
        )
        for record in _pair(frame, RUSSIA, AZERBAIJAN).itertuples(index=False)
        if float(record.dyadigos) >= 0
    ]


def gdp_rows(text: str) -> list[Row]:
    """GDP of both countries from the dossier's extract of the World Bank series."""
    names = {"AZE": "Azerbaijan", "RUS": "Russia"}
    rows = []
    for record in csv.DictReader(io.StringIO(text, newline="")):
        iso3, year = record["country_iso3"], record["year"]
        if iso3 not in names:
            continue
        rows.append(
            _measure(
                measure_id=f"wdi-gdp-{iso3.lower()}-{year}",
                indicator="gdp",
                theme="context",
                period=year,
                value=_number(float(record["gdp_current_usd"])),
                unit="USD",
                qualifier="exact",
                reporter="world_bank",
                subject=names[iso3],
                source_id=WDI_GDP,
                notes=f"World Bank WDI NY.GDP.MKTP.CD (GDP, current US$) for {names[iso3]} ({iso3}), "
                "in whole dollars as the research extract gives it. Context for trade figures, "
                "not a fact about the relation.",
            )
        )
    return rows


def _unmangle(text: str) -> str:
    """Repair the ICEWS file's curly quotes: UTF-8 once read as Mac Roman, then saved as Windows-1252.

    >>> _unmangle("somebody else\\u201a\\u00c4\\u00f4s property")
    'somebody else’s property'
    >>> _unmangle("plain text")
    'plain text'
    """
    if text.isascii():
        return text
    try:
        return text.encode("mac_roman").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


_SENTENCE_END = re.compile(r"(?<!\betc)(?<!e\.g)(?<!i\.e)\.\s+(?=[A-Z(\"])")


def first_sentence(text: str) -> str:
    """The first sentence of an ICEWS description, or "" for its ``NA``.

    >>> first_sentence("Meet at a neutral place. If mediation is mentioned, code it instead. ")
    'Meet at a neutral place.'
    >>> first_sentence("Threaten to expel observers, peacekeepers, etc. "), first_sentence("NA")
    ('Threaten to expel observers, peacekeepers, etc.', '')
    """
    text = text.strip()
    if text in ("", "NA"):
        return ""
    end = _SENTENCE_END.search(text)
    return text[: end.start() + 1] if end else text


def _weight(text: str, where: str) -> str:
    value = float(text)
    if not -10 <= value <= 10 or round(value, 1) != value:
        raise ValueError(f"{where}: Goldstein weight {text!r} is not on the scale's 0.1 steps from -10 to 10")
    return f"{value:.1f}"


def cameo_rows(icews_text: str, gdelt_text: str) -> list[Row]:
    """One row per CAMEO code of the ICEWS table, with the GDELT weight beside it, sorted by code.

    >>> icews = ('"","eventtype_ID","name","code","goldstein","description","root_code"\\n'
    ...          '"1",8,"Deny responsibility","016",-5,"Discard or deny accusations. ","01"\\n')
    >>> [(r["code"], r["goldstein_icews"], r["goldstein_gdelt"]) for r in cameo_rows(icews, "016 -2.0\\n")]
    [('016', '-5.0', '-2.0')]
    """
    gdelt: dict[str, str] = {}
    for number, line in enumerate(gdelt_text.splitlines(), start=1):
        if not line.strip() or not line[0].isdigit():  # blank lines; a header, if a copy has one
            continue
        code, weight = line.split()
        gdelt[code] = _weight(weight, f"GDELT line {number}")
    rows = []
    for record in csv.DictReader(io.StringIO(icews_text, newline="")):
        code = record["code"]
        if not re.fullmatch(r"[0-9]{2,4}", code):
            raise ValueError(f"ICEWS code {code!r} is not two to four digits (leading zeros lost?)")
        if record.get("root_code", code[:2]) != code[:2]:
            raise ValueError(f"ICEWS {code}: root_code {record['root_code']!r} is not the code's first two digits")
        icews_weight = _weight(record["goldstein"], f"ICEWS {code}")
        gdelt_weight = gdelt.get(code, "")
        if not gdelt_weight:
            note = "Not in GDELT's table."
        elif gdelt_weight != icews_weight:
            note = "The ICEWS and GDELT tables give different weights."
        else:
            note = ""
        rows.append(
            {
                "code": code,
                "name": _unmangle(record["name"]).strip(),
                "description": _unmangle(first_sentence(record["description"])),
                "root_code": code[:2],
                "goldstein_icews": icews_weight,
                "goldstein_gdelt": gdelt_weight,
                "source_id": ICEWS,
                "gdelt_source_id": GDELT if gdelt_weight else "",
                "notes": note,
            }
        )
    only_gdelt = sorted(set(gdelt) - {r["code"] for r in rows})
    if only_gdelt:
        raise ValueError(f"codes in GDELT's table but not in ICEWS's: {', '.join(only_gdelt)}")
    return sorted(rows, key=lambda r: r["code"])


def extract(raw: Path, gdp: Path) -> tuple[list[Row], list[Row]]:
    """The data-set measures (sorted by id) and the CAMEO rows, from the raw files."""
    if not raw.is_dir():
        raise MissingInput(
            f"raw folder not found: {raw}\n"
            "It holds the research data sets' files (cow_trade_ndy.rda, atop_alliance.rda, cow_igo_ndy.rda, "
            "icews_cameo_codes.csv, gdelt_cameo_goldsteinscale.txt); pass --raw DIR or set AZRU_RESEARCH."
        )
    for name in ("icews_cameo_codes.csv", "gdelt_cameo_goldsteinscale.txt"):
        if not (raw / name).is_file():
            raise MissingInput(f"raw file not found: {raw / name}")
    if not gdp.is_file():
        raise MissingInput(f"GDP extract not found: {gdp} (pass --gdp FILE)")
    measures = [
        *cow_trade_rows(read_rda(raw / "cow_trade_ndy.rda")),
        *atop_rows(read_rda(raw / "atop_alliance.rda")),
        *igo_rows(read_rda(raw / "cow_igo_ndy.rda")),
        *gdp_rows(gdp.read_text(encoding="utf-8")),
    ]
    # The ICEWS file is Windows-1252, not UTF-8 (see _unmangle).
    icews = (raw / "icews_cameo_codes.csv").read_bytes().decode("cp1252")
    gdelt = (raw / "gdelt_cameo_goldsteinscale.txt").read_text(encoding="ascii")
    return sorted(measures, key=lambda r: r["measure_id"]), cameo_rows(icews, gdelt)


def _read(path: Path) -> list[Row]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _csv_text(columns: list[str], rows: Iterable[Row]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def merged_measures(existing: list[Row], generated: list[Row]) -> list[Row]:
    """Every row not owned by the script, in place, then the generated block."""
    return [r for r in existing if r["source_id"] not in OWN_SOURCES] + generated


def fixture_text(measures: list[Row], cameo: list[Row]) -> str:
    """The fixture extract: the selected rows, one cell a line (table, id, column, value)."""
    by_id = {("measures", r["measure_id"]): r for r in measures} | {("cameo_codes", r["code"]): r for r in cameo}
    lines = []
    for key in FIXTURE_IDS:
        row = by_id[key]
        lines += [{"table": key[0], "id": key[1], "column": c, "value": v} for c, v in row.items()]
    return _csv_text(["table", "id", "column", "value"], lines)


def differences(data: Path, measures: list[Row], cameo: list[Row]) -> list[str]:
    """What the data package holds that a fresh extract would not (empty when they agree)."""
    found = []
    shipped = [r for r in _read(data / "measures.csv") if r["source_id"] in OWN_SOURCES]
    want = {r["measure_id"]: r for r in measures}
    have = {r["measure_id"]: r for r in shipped}
    for key in sorted(want.keys() - have.keys()):
        found.append(f"measures: {key} missing")
    for key in sorted(have.keys() - want.keys()):
        found.append(f"measures: {key} is not in the extract")
    for key in sorted(want.keys() & have.keys()):
        for column in MEASURE_COLUMNS:
            if want[key][column] != have[key][column]:
                found.append(f"measures: {key} {column}: {have[key][column]!r}, extract {want[key][column]!r}")
    if not found and [r["measure_id"] for r in shipped] != list(want):
        found.append("measures: the data-set rows are not in measure_id order")
    cameo_path = data / "cameo_codes.csv"
    if not cameo_path.is_file():
        found.append("cameo_codes.csv missing")
    elif cameo_path.read_text(encoding="utf-8") != _csv_text(CAMEO_COLUMNS, cameo):
        old = {r["code"]: r for r in _read(cameo_path)}
        new = {r["code"]: r for r in cameo}
        changed = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
        found.append(f"cameo_codes.csv differs ({len(changed)} codes: {', '.join(changed[:10]) or 'order'})")
    return found


def write(data: Path, measures: list[Row], cameo: list[Row], report: Callable[[str], None] = print) -> None:
    """Write both tables, record the hashes and validate the package."""
    rows = merged_measures(_read(data / "measures.csv"), measures)
    (data / "measures.csv").write_text(_csv_text(MEASURE_COLUMNS, rows), encoding="utf-8")
    (data / "cameo_codes.csv").write_text(_csv_text(CAMEO_COLUMNS, cameo), encoding="utf-8")
    from azru.data import load
    from azru.package import rehash

    rehash(data / "datapackage.json")  # the new bytes are deliberate
    report(f"wrote {len(measures)} data-set measures and {len(cameo)} CAMEO codes; valid: {load(data)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="fail if the data package differs from a fresh extract")
    parser.add_argument("--fixture", type=Path, help="write the test fixture extract to this file")
    parser.add_argument("--raw", type=Path, default=RAW, help=f"folder of the raw files (default {RAW})")
    parser.add_argument("--gdp", type=Path, default=GDP, help=f"the GDP extract (default {GDP})")
    parser.add_argument("--data", type=Path, default=DATA, help="the data package folder (default data/)")
    args = parser.parse_args(argv)
    try:
        measures, cameo = extract(args.raw, args.gdp)
    except MissingInput as exc:
        print(f"extract_datasets: {exc}", file=sys.stderr)
        return 2
    if args.fixture:
        args.fixture.write_text(fixture_text(measures, cameo), encoding="utf-8")
        print(f"wrote {args.fixture}")
    if args.check:
        found = differences(args.data, measures, cameo)
        for line in found[:20]:
            print(line, file=sys.stderr)
        if len(found) > 20:
            print(f"... and {len(found) - 20} more", file=sys.stderr)
        print("data package matches the extract" if not found else f"{len(found)} differences", file=sys.stderr)
        return 1 if found else 0
    if not args.fixture:
        write(args.data, measures, cameo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
