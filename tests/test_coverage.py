"""Coverage tables: reports by the kind, publisher and language of their sources; happenings in registers."""

from __future__ import annotations

import pandas as pd
import pytest

import azru
from azru.coverage import register_coverage, reports_by_source


def test_reports_by_source_counts_every_dated_report_once() -> None:
    facts = azru.load()
    for facet in ("kind", "publisher", "language"):
        table = reports_by_source(facts.events, facts.sources, by=facet)
        assert int(table.to_numpy().sum()) + table.attrs["undated"] == len(facts.events)
        assert list(table.index) == list(range(table.index.min(), table.index.max() + 1))


def test_reports_by_source_refuses_an_unknown_facet() -> None:
    facts = azru.load()
    with pytest.raises(ValueError, match="expected one of kind, publisher, language"):
        reports_by_source(facts.events, facts.sources, by="url")


def test_register_coverage_counts_a_ceremony_once_and_leaves_empty_years_unknown() -> None:
    happenings = pd.DataFrame({"happening_id": ["a", "b", "c"], "year": [2000, 2000, 2002]})
    entries = pd.DataFrame({"register_id": ["docs"] * 3, "happening_id": ["a", "a", "a"]})
    table = register_coverage(happenings, entries)
    assert table.loc[2000, "in_a_register"] == 1 and table.loc[2000, "docs"] == 1
    assert table.loc[2000, "share"] == 0.5
    assert table.loc[2001, "happenings"] == 0 and pd.isna(table.loc[2001, "share"])
