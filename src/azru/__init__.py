"""azru: Azerbaijan–Russia relations since 1991 as sourced, typed facts.

The names a notebook needs:

>>> import azru
>>> facts = azru.load()                      # every table, validated and typed
>>> border = azru.events(theme="border")     # a filtered table
>>> findings = azru.check()                  # where sources disagree or err
>>> print(azru.cite("seed-trade-turnover-2008", style="text"))  # doctest: +ELLIPSIS
Wikipedia (Wikimedia Foundation). Encyclopedia article on Azerbaijan–Russia relations...

Charts live in :mod:`azru.charts`, imported on demand so that ``import azru``
stays as light as pandas alone.
"""

from azru.checks import check
from azru.cite import cite
from azru.data import Facts, actors, clear_cache, events, load, measures, places, sources
from azru.errors import DataError

__all__ = [
    "DataError",
    "Facts",
    "actors",
    "check",
    "cite",
    "clear_cache",
    "events",
    "load",
    "measures",
    "places",
    "sources",
]
__version__ = "0.1.0"
