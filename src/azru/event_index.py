"""The conflict–cooperation index: Goldstein weights of coded happenings, summed by period and direction.

Each happening of the data is coded with a CAMEO event code and a direction
(``codings``); each code has a weight on the Goldstein scale, from −10 (most
conflictual) to +10 (most cooperative), in one or more weight tables
(``cameo_codes``: ``goldstein_icews``, ``goldstein_gdelt``).
:func:`relations_index` sums and averages the weights by year (or quarter) and
direction, beside the coverage behind each number: how many happenings and
how many distinct sources. :func:`index_uncertainty` says how far the index
moves under the other weight table, when one source at a time is left out,
and when the happenings of each period are resampled.

A tiny table: a visit and a treaty in 2008, a summons and a denial in 2009.

Both functions take the facts (:func:`azru.load`): its happenings, codings,
code list and sources. Any object with those four tables serves, so a tiny
example needs no data package:

>>> from types import SimpleNamespace
>>> import pandas as pd
>>> happenings = pd.DataFrame({
...     "happening_id": ["visit", "treaty", "summons", "denial"],
...     "date": ["2008-03-01", "2008-07", "2009", "2009-11-20"],
...     "source_ids": ["tass;kremlin", "kremlin", "apa", "tass"]})
>>> codings = pd.DataFrame({
...     "happening_id": ["visit", "treaty", "summons", "denial"], "coder": "primary",
...     "cameo_code": ["042", "057", "110", "016"],
...     "direction": ["az_to_ru", "both", "az_to_ru", "ru_to_az"]})
>>> codes = pd.DataFrame({"code": ["016", "042", "057", "110"],
...     "goldstein_icews": [-5.0, 1.9, 8.0, -2.0], "goldstein_gdelt": [-2.0, 1.9, 8.0, -2.0]})
>>> sources = pd.DataFrame({"source_id": ["tass", "kremlin", "apa"], "copy_of": [None, None, None]})
>>> facts = SimpleNamespace(happenings=happenings, codings=codings, cameo_codes=codes, sources=sources)
>>> table = relations_index(facts, total=True)
>>> print(table.to_string(index=False))
period  year direction  sum  mean  n_happenings  n_sources
  2008  2008  az_to_ru  1.9  1.90             1          2
  2008  2008      both  8.0  8.00             1          1
  2008  2008  ru_to_az  NaN   NaN             0          0
  2008  2008       all  9.9  4.95             2          2
  2009  2009  az_to_ru -2.0 -2.00             1          1
  2009  2009      both  NaN   NaN             0          0
  2009  2009  ru_to_az -5.0 -5.00             1          1
  2009  2009       all -7.0 -3.50             2          2

A period and direction with no coded happening has ``sum`` NaN, not 0: no
report is no measurement, not a neutral year (``n_happenings`` shows the 0).
By quarter, the summons, dated only to its year, cannot be placed; it is left
out and named in ``attrs``:

>>> by_quarter = relations_index(facts, freq="quarter")
>>> by_quarter.attrs["unplaced"]
('summons',)
>>> print(by_quarter.loc[by_quarter["n_happenings"] > 0, ["period", "direction", "sum"]].to_string(index=False))
period direction  sum
2008Q1  az_to_ru  1.9
2008Q3      both  8.0
2009Q4  ru_to_az -5.0
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import pandas as pd

from azru.dates import parse_partial
from azru.errors import DataError
from azru.reports import source_roots

__all__ = [
    "FREQUENCIES",
    "TOTAL",
    "WEIGHT_PREFIX",
    "IndexInputs",
    "index_uncertainty",
    "relations_index",
    "weight_tables",
]

#: Columns of the code list that hold a weight table: ``goldstein_<table>``.
WEIGHT_PREFIX = "goldstein_"
#: The periods the index is computed for.
FREQUENCIES = ("year", "quarter")
#: The direction label of the rows that add up every direction (each happening once).
TOTAL = "all"
_MEASURES = ("sum", "mean")


class IndexInputs(Protocol):
    """What the index reads from the facts: a :class:`azru.Facts` has these four tables."""

    @property
    def happenings(self) -> pd.DataFrame: ...
    @property
    def codings(self) -> pd.DataFrame: ...
    @property
    def cameo_codes(self) -> pd.DataFrame: ...
    @property
    def sources(self) -> pd.DataFrame: ...


def _inputs(
    facts: IndexInputs, happenings: pd.DataFrame | None, codings: pd.DataFrame | None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The four tables: the facts' own, or a chosen subset of happenings or codings (filtered first)."""
    return (
        facts.happenings if happenings is None else happenings,
        facts.codings if codings is None else codings,
        facts.cameo_codes,
        facts.sources,
    )


def weight_tables(codes: pd.DataFrame) -> list[str]:
    """The weight tables a code list holds: its ``goldstein_<name>`` columns, by name.

    >>> weight_tables(pd.DataFrame(columns=["code", "goldstein_icews", "goldstein_gdelt"]))
    ['gdelt', 'icews']
    """
    return sorted(c.removeprefix(WEIGHT_PREFIX) for c in codes.columns if c.startswith(WEIGHT_PREFIX))


def _require(frame: pd.DataFrame, name: str, columns: Sequence[str]) -> None:
    for column in columns:
        if column not in frame.columns:
            raise DataError(name, None, column, None, f"missing column; the {name} frame needs {', '.join(columns)}")


def _source_set(value: Any) -> frozenset[str]:
    """The sources of one happening: a list, or ids joined by ';' (as ``azru.happenings()`` gives them)."""
    if isinstance(value, str):
        return frozenset(s.strip() for s in value.split(";") if s.strip())
    if isinstance(value, list | tuple | set | frozenset | np.ndarray | pd.Series):
        return frozenset(str(s) for s in value)
    if value is None or pd.isna(value):
        return frozenset()
    raise TypeError(f"source_ids must be a list or ids joined by ';', not {value!r}")


def _place(date: Any, freq: str) -> tuple[int, int | None] | None:
    """(year, quarter) of a happening's start; None when the date is too rough for ``freq``.

    A date is a partial ISO date ("2008", "2008-07", "2008-07-03") or a timestamp (a day).
    """
    if isinstance(date, str):
        first, last = parse_partial(date)  # the one reading of a partial date (azru.dates)
        if freq == "year":
            return first.year, None
        quarter = (first.month - 1) // 3 + 1
        return (first.year, quarter) if (last.month - 1) // 3 + 1 == quarter and last.year == first.year else None
    if date is None or pd.isna(date):
        return None
    stamp = pd.Timestamp(date)
    return stamp.year, (stamp.quarter if freq == "quarter" else None)


def _coded(
    happenings: pd.DataFrame,
    codings: pd.DataFrame,
    codes: pd.DataFrame,
    weights: str,
    freq: str,
    coder: str | None,
    sources: pd.DataFrame,
) -> tuple[pd.DataFrame, list[str], dict[str, tuple[str, ...]]]:
    """One row per placed, coded happening: period, direction, weight, sources; the directions; what was left out."""
    tables = weight_tables(codes)
    if weights not in tables:
        raise ValueError(
            f"unknown weight table {weights!r}; valid: {', '.join(tables) or 'none (no goldstein_* column)'}"
        )
    if freq not in FREQUENCIES:
        raise ValueError(f"unknown freq {freq!r}; valid: {', '.join(FREQUENCIES)}")
    _require(happenings, "happenings", ["happening_id", "date", "source_ids"])
    _require(codings, "codings", ["happening_id", "cameo_code", "direction"])
    _require(codes, "cameo_codes", ["code", WEIGHT_PREFIX + weights])

    if coder is not None and "coder" in codings.columns:
        coders = sorted({str(c) for c in codings["coder"].dropna()})
        if coder not in coders:
            raise ValueError(f"no codings by coder {coder!r}; coders: {', '.join(coders)}")
        codings = codings[codings["coder"] == coder]
    repeated = codings["happening_id"][codings["happening_id"].duplicated()]
    if len(repeated):
        raise DataError("codings", None, "happening_id", repeated.iloc[0], "coded twice by one coder")
    if isinstance(codings["direction"].dtype, pd.CategoricalDtype):  # keep the vocabulary, even unused directions
        directions = [str(d) for d in codings["direction"].cat.categories]
    else:
        directions = sorted({str(d) for d in codings["direction"].dropna()})

    # Codes are strings with leading zeros ("042"): an integer column would have lost them.
    weight_of = dict(zip(codes["code"].astype(str), codes[WEIGHT_PREFIX + weights], strict=True))
    unknown = sorted(set(codings["cameo_code"].astype(str)) - set(weight_of))
    if unknown:
        raise DataError(
            "codings",
            None,
            "cameo_code",
            unknown[0],
            f"not in the code list ({len(unknown)} unknown: {', '.join(unknown[:5])}); "
            "codes are strings with leading zeros, e.g. '042'",
        )
    coded = happenings[["happening_id", "date", "source_ids"]].merge(
        codings[["happening_id", "cameo_code", "direction"]].astype({"cameo_code": str, "direction": str}),
        on="happening_id",
        how="left",
        validate="one_to_one",
    )
    uncoded = tuple(coded.loc[coded["cameo_code"].isna(), "happening_id"])
    coded = coded[coded["cameo_code"].notna()].copy()
    coded["weight"] = coded["cameo_code"].map(weight_of).astype("float64")
    unweighted = sorted(set(coded.loc[coded["weight"].isna(), "cameo_code"]))
    if unweighted:
        raise DataError(
            "cameo_codes",
            None,
            WEIGHT_PREFIX + weights,
            unweighted[0],
            f"no weight in the {weights} table for the code(s) {', '.join(unweighted)}",
        )
    places = [_place(d, freq) for d in coded["date"]]
    placed = [p is not None for p in places]
    unplaced = tuple(coded.loc[[not p for p in placed], "happening_id"])
    coded = coded[placed].copy()
    coded["year"] = [p[0] for p in places if p is not None]
    if freq == "quarter":
        coded["quarter"] = [p[1] for p in places if p is not None]
    # A copy of another source (sources.copy_of) is no second witness: count its original.
    roots = source_roots(sources)
    coded["sources"] = [frozenset(roots.get(s, s) for s in _source_set(ids)) for ids in coded["source_ids"]]
    return coded.reset_index(drop=True), directions, {"uncoded": uncoded, "unplaced": unplaced}


def _grid(coded: pd.DataFrame, directions: list[str], freq: str, total: bool) -> pd.DataFrame:
    """Every period from the first to the last coded one, for every direction (and the total)."""
    labels = [*directions, TOTAL] if total else directions
    if coded.empty:
        return pd.DataFrame({"year": pd.Series([], dtype="int64"), "direction": pd.Series([], dtype="str")})
    if freq == "year":
        periods = pd.DataFrame({"year": range(int(coded["year"].min()), int(coded["year"].max()) + 1)})
    else:
        order = coded["year"] * 4 + coded["quarter"]
        first, last = coded.loc[order.idxmin()], coded.loc[order.idxmax()]
        span = pd.period_range(
            pd.Period(f"{first['year']}Q{first['quarter']}", freq="Q"),
            pd.Period(f"{last['year']}Q{last['quarter']}", freq="Q"),
            freq="Q",
        )
        periods = pd.DataFrame({"year": span.year.astype("int64"), "quarter": span.quarter.astype("int64")})
    return periods.merge(pd.DataFrame({"direction": labels}), how="cross")


def _keys(freq: str) -> list[str]:
    return ["year", "quarter"] if freq == "quarter" else ["year"]


def _aggregate(coded: pd.DataFrame, grid: pd.DataFrame, freq: str, total: bool, sources: bool = True) -> pd.DataFrame:
    """Sum, mean, number of happenings (and of distinct sources) per cell of ``grid``."""
    keys = _keys(freq)
    parts = [coded]
    if total:
        parts.append(coded.assign(direction=TOTAL))
    rows = pd.concat(parts, ignore_index=True)
    named = {"sum": ("weight", "sum"), "mean": ("weight", "mean"), "n_happenings": ("happening_id", "size")}
    if sources:
        named["n_sources"] = ("sources", lambda s: len(frozenset().union(*s)))
    cells = rows.groupby([*keys, "direction"]).agg(**named)
    table = grid.merge(cells.reset_index(), on=[*keys, "direction"], how="left")
    for column in ("n_happenings", "n_sources") if sources else ("n_happenings",):
        table[column] = table[column].fillna(0).astype("int64")
    return table


def _with_period(table: pd.DataFrame, freq: str) -> pd.DataFrame:
    if freq == "year":
        period = table["year"].astype(str)
    else:
        period = table["year"].astype(str) + "Q" + table["quarter"].astype(str)
    table.insert(0, "period", period.astype("str"))
    return table


def relations_index(
    facts: IndexInputs,
    *,
    happenings: pd.DataFrame | None = None,
    codings: pd.DataFrame | None = None,
    weights: str = "icews",
    freq: str = "year",
    coder: str | None = "primary",
    total: bool = False,
) -> pd.DataFrame:
    """The conflict–cooperation index per period and direction, with its coverage.

    ``facts``: the loaded facts (:func:`azru.load`), whose tables it reads:
    ``happenings`` (``happening_id``, ``date``, a partial ISO date "2008",
    "2008-07" or "2008-07-03" or a timestamp, and ``source_ids``, a list or
    ids joined by ";"), ``codings`` (``happening_id``, ``cameo_code`` as
    strings with leading zeros, ``direction``, ``coder``), ``cameo_codes``
    (``code`` and one ``goldstein_<table>`` column per weight table) and
    ``sources`` (a source that copies another, ``copy_of``, counts as its
    original, as in :func:`azru.happenings`). ``happenings`` or ``codings``
    given here replace the facts' own: filter them first to leave some out
    (claimed happenings, say). Only the codings of ``coder`` are used (None:
    all rows, one per happening). ``weights`` names the weight table.
    ``freq``: ``"year"``, or ``"quarter"`` for happenings dated to the month
    or day. ``total``: add the rows of direction ``"all"`` that add up every
    direction (each happening once).

    Returns one row per period from the first to the last with a coded
    happening and per direction: ``period`` ("2008" or "2008Q3"), ``year``
    (and ``quarter``), ``direction``, ``sum`` and ``mean`` of the weights
    (NaN where nothing is coded), ``n_happenings`` and ``n_sources`` (distinct
    sources reporting them). A happening counts in the period of its start.
    ``attrs["uncoded"]`` and ``attrs["unplaced"]`` name the happenings left
    out: without a coding, or dated too roughly for the quarter.

    Raises ValueError for an unknown weight table, frequency or coder, and
    :class:`azru.DataError` for a code missing from the list, a code with no
    weight in the chosen table, a happening coded twice by one coder, or a
    missing column.

    >>> import azru
    >>> relations_index(azru.load(), weights="cameo")
    Traceback (most recent call last):
    ...
    ValueError: unknown weight table 'cameo'; valid: gdelt, icews
    """
    happenings, codings, codes, sources = _inputs(facts, happenings, codings)
    coded, directions, left_out = _coded(happenings, codings, codes, weights, freq, coder, sources)
    table = _aggregate(coded, _grid(coded, directions, freq, total), freq, total)
    table = _with_period(table, freq)
    table.attrs.update(left_out)
    return table


def _other_table(codes: pd.DataFrame, weights: str, other: str | None) -> str:
    tables = [t for t in weight_tables(codes) if t != weights]
    if other is None:
        if not tables:
            raise ValueError(f"the code list has no weight table besides {weights!r}")
        return tables[0]
    if other not in tables:
        raise ValueError(f"unknown weight table {other!r}; valid: {', '.join(tables)}")
    return other


def _leave_one_out(
    coded: pd.DataFrame, grid: pd.DataFrame, base: pd.Series, measure: str, freq: str, total: bool
) -> pd.DataFrame:
    """Low and high of the measure when each source in turn is left out; the source that moves it most.

    A happening goes only if every source reporting it is the one left out, so only the sole
    source of some happening can move a cell: what it removes there is the weight (and number)
    of the happenings it alone reports. Leaving out any other source leaves the cell as it is.
    """
    keys = [*_keys(freq), "direction"]
    rows = coded.assign(sole=[next(iter(s)) if len(s) == 1 else None for s in coded["sources"]])
    if total:
        rows = pd.concat([rows, rows.assign(direction=TOTAL)], ignore_index=True)
    whole = rows.groupby(keys).agg(s=("weight", "sum"), n=("weight", "size")).reset_index()
    lost = rows.dropna(subset=["sole"]).groupby([*keys, "sole"]).agg(r=("weight", "sum"), k=("weight", "size"))
    lost = lost.reset_index().merge(whole, on=keys)
    left = lost["n"] - lost["k"]
    with np.errstate(all="ignore"):
        kept = (lost["s"] - lost["r"]) / (left if measure == "mean" else 1)
    lost["value"] = kept.where(left > 0)  # nothing left: no measure
    lost["emptied"] = left == 0
    lost = lost.merge(grid[keys].assign(base=base.to_numpy()), on=keys)
    lost["shift"] = (lost["value"] - lost["base"]).abs().where(~lost["emptied"], np.inf)
    cells = lost.groupby(keys).agg(low=("value", "min"), high=("value", "max"), emptied=("emptied", "any"))
    top = lost[lost["shift"] > 0].sort_values([*keys, "shift", "sole"], ascending=[True] * len(keys) + [False, True])
    cells = cells.join(top.drop_duplicates(keys).set_index(keys)["sole"])
    out = grid[keys].merge(cells.reset_index(), on=keys, how="left")
    # The index itself is one of the values: leaving out a source it does not rest on.
    out["loo_low"] = np.fmin(out["low"].to_numpy(dtype=float), base.to_numpy())
    out["loo_high"] = np.fmax(out["high"].to_numpy(dtype=float), base.to_numpy())
    out["loo_source"] = pd.Series(out["sole"].tolist(), dtype="str")
    out["loo_empties"] = out["emptied"].fillna(False).astype(bool)
    return out[[*keys, "loo_low", "loo_high", "loo_source", "loo_empties"]]


def _bootstrap(
    coded: pd.DataFrame,
    grid: pd.DataFrame,
    measure: str,
    freq: str,
    total: bool,
    n_boot: int,
    seed: int,
    band: tuple[float, float],
) -> pd.DataFrame:
    """Percentile band of the measure when the happenings of each period are resampled with replacement."""
    keys = _keys(freq)
    rng = np.random.default_rng(seed)
    found: dict[tuple[Any, ...], tuple[float, float]] = {}
    for period, rows in coded.groupby(keys, sort=True):
        period = period if isinstance(period, tuple) else (period,)
        weights = rows["weight"].to_numpy()
        directions = rows["direction"].to_numpy()
        draws = rng.integers(0, len(rows), size=(n_boot, len(rows)))
        w, d = weights[draws], directions[draws]
        for direction in sorted(set(grid["direction"])):
            mask = np.ones_like(d, dtype=bool) if direction == TOTAL else d == direction
            sums = (w * mask).sum(axis=1)
            counts = mask.sum(axis=1)
            with np.errstate(all="ignore"):
                values = np.where(counts > 0, sums / counts, np.nan) if measure == "mean" else sums
                # A resample without this direction's happenings has no measure, as in relations_index.
                values = np.where(counts > 0, values, np.nan)
            if np.isfinite(values).any():
                found[(*period, direction)] = tuple(np.nanpercentile(values, band))  # type: ignore[assignment]
    out = grid[[*keys, "direction"]].copy()
    bands = [found.get(tuple(row), (np.nan, np.nan)) for row in out.itertuples(index=False)]
    out["boot_low"] = [b[0] for b in bands]
    out["boot_high"] = [b[1] for b in bands]
    return out


def index_uncertainty(
    facts: IndexInputs,
    *,
    happenings: pd.DataFrame | None = None,
    codings: pd.DataFrame | None = None,
    weights: str = "icews",
    other: str | None = None,
    measure: str = "sum",
    freq: str = "year",
    coder: str | None = "primary",
    total: bool = False,
    n_boot: int = 1000,
    seed: int = 0,
    band: tuple[float, float] = (5.0, 95.0),
) -> pd.DataFrame:
    """How far the index moves: under the other weight table, without one source, and resampled.

    Takes the facts and arguments of :func:`relations_index` and returns, per period and
    direction, its ``n_happenings`` and ``n_sources``, the ``measure``
    (``"sum"`` or ``"mean"``) under ``weights`` and under the ``other`` table
    (columns named ``<measure>_<table>``, e.g. ``sum_icews`` and
    ``sum_gdelt``; a code the other table has no weight for keeps this
    table's weight there, and ``attrs["weights_borrowed"]`` names it), and:

    - ``loo_low``, ``loo_high``: the lowest and highest value when each source
      in turn is left out. A happening is dropped only when that source is
      its only one: a happening with several sources survives the loss of
      one. ``loo_source`` names the source whose loss moves the value most
      (empty when no single loss moves it); ``loo_empties`` is True when one
      source's loss leaves the cell with nothing (no measure at all).
    - ``boot_low``, ``boot_high``: the ``band`` percentiles over ``n_boot``
      resamples (with replacement, seeded by ``seed``) of the coded
      happenings of each period, so the period keeps its number of
      happenings and the number in each direction varies (a resample with
      none in a direction gives no value there). A period of one happening
      has no spread here: read the band with the coverage.
    - ``low``, ``high``: the envelope of all of the above, the band to draw.

    >>> from types import SimpleNamespace
    >>> happenings = pd.DataFrame({"happening_id": ["a", "b", "c"], "date": ["2020", "2020", "2021"],
    ...     "source_ids": ["x;y", "x", "y"]})
    >>> codings = pd.DataFrame({"happening_id": ["a", "b", "c"], "cameo_code": ["016", "057", "057"],
    ...     "direction": "both"})
    >>> codes = pd.DataFrame({"code": ["016", "057"], "goldstein_icews": [-5.0, 8.0],
    ...     "goldstein_gdelt": [-2.0, 8.0]})
    >>> sources = pd.DataFrame({"source_id": ["x", "y"], "copy_of": [None, None]})
    >>> facts = SimpleNamespace(happenings=happenings, codings=codings, cameo_codes=codes, sources=sources)
    >>> table = index_uncertainty(facts, coder=None, n_boot=200)
    >>> print(table[["period", "sum_icews", "sum_gdelt", "loo_low", "loo_high", "loo_source", "loo_empties"]]
    ...       .to_string(index=False))
    period  sum_icews  sum_gdelt  loo_low  loo_high loo_source  loo_empties
      2020        3.0        6.0     -5.0       3.0          x        False
      2021        8.0        8.0      8.0       8.0          y         True
    >>> print(table[["period", "boot_low", "boot_high", "low", "high"]].to_string(index=False))
    period  boot_low  boot_high   low  high
      2020     -10.0       16.0 -10.0  16.0
      2021       8.0        8.0   8.0   8.0

    Without source ``x``, happening ``b`` (reported by ``x`` alone) goes and
    2020 falls from 3 to −5; ``a`` stays, as ``y`` also reports it. 2021
    rests on ``y`` alone: ``loo_empties`` says its only measure can vanish.
    """
    if measure not in _MEASURES:
        raise ValueError(f"unknown measure {measure!r}; valid: {', '.join(_MEASURES)}")
    happenings, codings, codes, sources = _inputs(facts, happenings, codings)
    other_table = _other_table(codes, weights, other)
    coded, directions, left_out = _coded(happenings, codings, codes, weights, freq, coder, sources)
    grid = _grid(coded, directions, freq, total)
    base = _aggregate(coded, grid, freq, total)
    # A code the other table has no weight for (ICEWS's 1213 is not in GDELT's table) keeps this table's
    # weight there: the check then shows what the tables' disagreements do, not a gap; attrs name the codes.
    other_column, this_column = WEIGHT_PREFIX + other_table, WEIGHT_PREFIX + weights
    borrowed = sorted(set(codes.loc[codes[other_column].isna() & codes[this_column].notna(), "code"].astype(str)))
    filled = codes.assign(**{other_column: codes[other_column].fillna(codes[this_column])})
    coded_other, _, _ = _coded(happenings, codings, filled, other_table, freq, coder, sources)
    alternative = _aggregate(coded_other, grid, freq, total)
    keys = [*_keys(freq), "direction"]
    table = base[[*keys, "n_happenings", "n_sources"]].copy()
    table[f"{measure}_{weights}"] = base[measure]
    table = table.merge(
        alternative[[*keys, measure]].rename(columns={measure: f"{measure}_{other_table}"}), on=keys, how="left"
    )
    table = table.merge(_leave_one_out(coded, grid, base[measure], measure, freq, total), on=keys, how="left")
    table = table.merge(_bootstrap(coded, grid, measure, freq, total, n_boot, seed, band), on=keys, how="left")
    spread = table[[f"{measure}_{weights}", f"{measure}_{other_table}", "loo_low", "loo_high", "boot_low", "boot_high"]]
    table["low"] = spread.min(axis=1)
    table["high"] = spread.max(axis=1)
    table = _with_period(table, freq)
    table.attrs.update(left_out, weights_borrowed=tuple(borrowed))
    return table
