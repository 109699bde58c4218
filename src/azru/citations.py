"""Citations for a fact or a source, as text, Markdown or BibTeX.

>>> import azru
>>> facts = azru.load()
>>> print(cite(facts, "seed-border-talks-xv-2008"))  # doctest: +NORMALIZE_WHITESPACE
Wikipedia (Wikimedia Foundation). Encyclopedia article on Azerbaijan–Russia relations (English Wikipedia),
the project's seed text. https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Russia_relations (accessed 2026-11-28).
>>> print(cite(facts, "wikipedia-az-ru-relations", style="bibtex"))  # doctest: +ELLIPSIS
@misc{wikipedia-az-ru-relations,
  title = {Encyclopedia article on Azerbaijan–Russia relations (English Wikipedia), the project's seed text},
  author = {{Wikipedia (Wikimedia Foundation)}},
  howpublished = {\\url{https://en.wikipedia.org/wiki/Azerbaijan%E2%80%93Russia_relations}},
  note = {Accessed 2026-11-28. No publication date stated. Kind: encyclopedia},
}
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from azru.data import Facts

__all__ = ["STYLES", "bibtex_year", "cite", "source_of"]

STYLES = ("text", "markdown", "bibtex")


def source_of(facts: Facts, identifier: str) -> pd.Series:
    """The source row behind a source, event or measure id of ``facts``; KeyError if unknown.

    >>> import azru
    >>> source_of(azru.load(), "seed-exports-2008")["publisher"]
    'Wikipedia (Wikimedia Foundation)'
    """
    sources = facts.sources.set_index("source_id", drop=False)
    if identifier in sources.index:
        return sources.loc[identifier]
    for table in (facts.events, facts.measures):
        id_column = table.columns[0]
        match = table[table[id_column] == identifier]
        if not match.empty:
            return sources.loc[match["source_id"].iloc[0]]
    raise KeyError(f"no source, event or measure with id {identifier!r}")


def cite(facts: Facts, identifier: str, style: str = "text") -> str:
    """Citation of the source behind ``identifier`` in ``style`` (text, markdown or bibtex).

    :func:`azru.cite` is the same on the package :func:`azru.load` picks. A
    happening id (that is no source, event or measure id) gives the citation
    of its best report, then the other sources "also reported by"
    (:func:`azru.happening.cite_happening`).
    """
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; choose from {', '.join(STYLES)}")
    try:
        s = source_of(facts, identifier)
    except KeyError:
        from azru.happening import cite_happening, lookup_error

        happenings = set(facts.events["happening_id"].astype(str))
        if identifier in happenings:
            return cite_happening(facts, identifier, style)
        known = [*facts.sources["source_id"], *facts.events["event_id"], *facts.measures["measure_id"], *happenings]
        raise lookup_error(identifier, [str(k) for k in known], "source, event, measure or happening") from None
    published = f" Published {s['published']}." if isinstance(s["published"], str) else ""
    accessed = s["accessed"].strftime("%Y-%m-%d")
    if style == "text":
        return f"{s['publisher']}. {s['title']}.{published} {s['url']} (accessed {accessed})."
    if style == "markdown":
        return f"{s['publisher']}. [{s['title']}]({s['url']}).{published} Accessed {accessed}."
    year = bibtex_year(s["published"])
    # BibTeX styles want a year; a source that states no date gets none, and the note says why.
    undated = "" if year else " No publication date stated."
    return (
        f"@misc{{{s['source_id']},\n"
        f"  title = {{{s['title']}}},\n"
        f"  author = {{{{{s['publisher']}}}}},\n"
        + (f"  year = {{{year}}},\n" if year else "")
        + f"  howpublished = {{\\url{{{s['url']}}}}},\n"
        f"  note = {{Accessed {accessed}.{undated} Kind: {s['kind']}}},\n"
        "}"
    )


def bibtex_year(published: object) -> str | None:
    """The year of a ``published`` value (``2008``, ``2008-01``, ``2008-01-29``), or None if it states none.

    >>> bibtex_year("2008-01-29"), bibtex_year("2011"), bibtex_year(None), bibtex_year("")
    ('2008', '2011', None, None)
    """
    if isinstance(published, str) and len(published) >= 4 and published[:4].isdigit():
        return published[:4]
    return None
