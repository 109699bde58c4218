"""azru: Azerbaijan–Russia relations since 1991 as sourced, typed facts.

The names a notebook needs:

>>> import azru
>>> facts = azru.load()                      # every table, validated and typed
>>> border = azru.events(theme="border")     # a filtered table
>>> findings = azru.check()                  # where sources disagree or err
>>> print(azru.cite("seed-trade-turnover-2008", style="text"))  # doctest: +ELLIPSIS
Wikipedia (Wikimedia Foundation). Encyclopedia article on Azerbaijan–Russia relations...
>>> index = azru.relations_index(facts)      # the conflict–cooperation index by year

Names load on first use and charts live in :mod:`azru.charts`, imported
explicitly, so ``import azru`` itself loads neither pandas nor matplotlib.
``dir(azru)`` lists the public names (and the submodules imported so far).
"""

from __future__ import annotations

import importlib as _importlib

__version__ = "0.1.0"

# The one list of public names, each with the module that defines it; __all__ and dir() derive
# from it. Names resolve on first use (PEP 562), so `import azru` costs almost nothing and
# commands that need no data (`azru book` with nothing to rebuild) never import pandas.
_PUBLIC = {
    "DataError": "azru.errors",
    "FilterError": "azru.errors",
    "Facts": "azru.data",
    "load": "azru.data",
    "events": "azru.data",
    "happenings": "azru.data",
    "measures": "azru.data",
    "sources": "azru.data",
    "places": "azru.data",
    "actors": "azru.data",
    "clear_cache": "azru.data",
    "check": "azru.data",
    "cite": "azru.data",
    "data_folder": "azru.location",
    "relations_index": "azru.event_index",
    "index_uncertainty": "azru.event_index",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> object:
    if name in _PUBLIC:
        value = getattr(_importlib.import_module(_PUBLIC[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'azru' has no attribute {name!r}")


def __dir__() -> list[str]:
    # Public names, the version, and submodules already imported (azru.geo…); no helpers.
    submodules = [k for k, v in globals().items() if type(v) is type(_importlib) and not k.startswith("_")]
    return sorted({*__all__, "__version__", *submodules})
