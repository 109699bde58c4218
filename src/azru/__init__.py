"""azru: Azerbaijan–Russia relations since 1991 as sourced, typed facts.

The names a notebook needs:

>>> import azru
>>> facts = azru.load()                      # every table, validated and typed
>>> border = azru.events(theme="border")     # a filtered table
>>> findings = azru.check()                  # where sources disagree or err
>>> print(azru.cite("seed-trade-turnover-2008", style="text"))  # doctest: +ELLIPSIS
Wikipedia (Wikimedia Foundation). Encyclopedia article on Azerbaijan–Russia relations...

Names load on first use and charts live in :mod:`azru.charts`, imported
explicitly, so ``import azru`` itself loads neither pandas nor matplotlib.
"""

import importlib
from typing import TYPE_CHECKING, Any

from azru.errors import DataError, FilterError

if TYPE_CHECKING:  # pragma: no cover
    from azru.checks import check
    from azru.citations import cite
    from azru.data import Facts, actors, clear_cache, events, happenings, load, measures, places, sources
    from azru.event_index import index_uncertainty, relations_index
    from azru.location import data_folder

# Names resolved on first use (PEP 562), so that `import azru` costs almost nothing and
# commands that need no data (`azru book` with nothing to rebuild) never import pandas.
_LAZY = {
    "Facts": "azru.data",
    "load": "azru.data",
    "events": "azru.data",
    "happenings": "azru.data",
    "measures": "azru.data",
    "sources": "azru.data",
    "places": "azru.data",
    "actors": "azru.data",
    "clear_cache": "azru.data",
    "check": "azru.checks",
    "cite": "azru.citations",
    "data_folder": "azru.location",
    "relations_index": "azru.event_index",
    "index_uncertainty": "azru.event_index",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'azru' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "DataError",
    "Facts",
    "FilterError",
    "actors",
    "check",
    "cite",
    "clear_cache",
    "data_folder",
    "events",
    "happenings",
    "index_uncertainty",
    "load",
    "measures",
    "places",
    "relations_index",
    "sources",
]
__version__ = "0.1.0"
