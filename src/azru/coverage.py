"""What the counts rest on: reports by year against the kind, publisher and language of their sources, and registers.

A count of happenings, or an index built on them, measures what the sources
recorded *and* what this project read. Two tables make that visible:

- :func:`reports_by_source` counts report rows per year by a column of the
  sources table (``kind``, ``publisher``, ``language``): if one publisher
  carries a decade, part of what the decade shows is that publisher.
- :func:`register_coverage` gives, per year, how many happenings there are and
  how many of them are entries of a register (``register_entries``), a
  systematic list with a stated scope: the part of the count that is complete
  by a rule rather than by what happened to be found.

Both take frames, so they work on any copy of the data: pass ``facts.events``,
``facts.sources``, ``facts.happenings()`` and ``facts.register_entries``.

>>> import pandas as pd
>>> events = pd.DataFrame({
...     "happening_id": ["visit", "visit", "call", "treaty"],
...     "source_id": ["tass", "kremlin", "apa", "kremlin"],
...     "year": [2008, 2008, 2008, 2009]})
>>> sources = pd.DataFrame({"source_id": ["tass", "kremlin", "apa"],
...     "kind": ["news", "official", "news"], "language": ["en", "ru", "az"]})
>>> print(reports_by_source(events, sources, by="kind").reset_index().to_string(index=False))
 year  news  official
 2008     2         1
 2009     0         1
>>> happenings = pd.DataFrame({"happening_id": ["visit", "call", "treaty"], "year": [2008, 2008, 2009]})
>>> entries = pd.DataFrame({"register_id": ["leader-contacts", "signed-documents", "signed-documents"],
...     "happening_id": ["call", "treaty", "treaty"]})
>>> print(register_coverage(happenings, entries).reset_index().to_string(index=False))
 year  happenings  in_a_register  share  leader-contacts  signed-documents
 2008           2              1    0.5                1                 0
 2009           1              1    1.0                0                 1
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["SOURCE_FACETS", "register_coverage", "reports_by_source"]

#: The columns of the sources table that :func:`reports_by_source` tables reports by.
SOURCE_FACETS = ("kind", "publisher", "language")


def reports_by_source(events: pd.DataFrame, sources: pd.DataFrame, by: str = "kind") -> pd.DataFrame:
    """Report rows per year (rows) by a column of their source (columns), zeros where none.

    ``events`` needs ``source_id`` and ``year``; ``sources`` needs
    ``source_id`` and the column ``by`` (one of :data:`SOURCE_FACETS`).
    Reports without a year (no date) are left out, and their number is kept
    in ``attrs["undated"]``. Years run without gaps from the first to the last.
    """
    import pandas as pd

    if by not in SOURCE_FACETS:
        raise ValueError(f"by={by!r}: expected one of {', '.join(SOURCE_FACETS)}")
    merged = events[["source_id", "year"]].merge(sources[["source_id", by]], on="source_id", how="left")
    dated = merged.dropna(subset=["year"])
    table = pd.crosstab(dated["year"].astype(int), dated[by].astype(str))
    table = table.reindex(range(table.index.min(), table.index.max() + 1), fill_value=0)
    table.index.name, table.columns.name = "year", by
    table.attrs["undated"] = len(merged) - len(dated)
    return table


def register_coverage(happenings: pd.DataFrame, register_entries: pd.DataFrame) -> pd.DataFrame:
    """Per year: happenings, how many are entries of any register, that share, and the count per register.

    ``happenings`` needs ``happening_id`` and ``year`` (one row per happening,
    as :func:`azru.happenings` gives); ``register_entries`` needs
    ``register_id`` and ``happening_id``. A happening listed several times (a
    ceremony that signed many documents) counts once per register. Years run
    without gaps; a year with no happening has share NaN, not 0.
    """
    import pandas as pd

    dated = happenings.dropna(subset=["year"])[["happening_id", "year"]].copy()
    dated["year"] = dated["year"].astype(int)
    years = range(dated["year"].min(), dated["year"].max() + 1)
    listed = register_entries[["register_id", "happening_id"]].drop_duplicates()
    per_register = pd.crosstab(
        listed.merge(dated, on="happening_id")["year"], listed.merge(dated, on="happening_id")["register_id"]
    )
    table = pd.DataFrame(
        {
            "happenings": dated.groupby("year").size(),
            "in_a_register": dated[dated["happening_id"].isin(listed["happening_id"])].groupby("year").size(),
        }
    )
    table = table.reindex(years).fillna(0).astype(int)
    table["share"] = (table["in_a_register"] / table["happenings"].where(table["happenings"] > 0)).round(3)
    table = table.join(per_register.reindex(years, fill_value=0).astype(int))
    table.index.name = "year"
    table.columns.name = None
    return table
