"""Where the data package is: one rule for the loader, the maps and the book.

1. A path given to :func:`package_path` (``azru.load(path)``, ``azru --data``):
   a ``datapackage.json`` or the folder holding one.
2. Else ``$AZRU_DATA``, read the same way.
3. Else the package shipped with azru: ``azru/_data/`` inside an installed
   wheel (the build copies ``data/`` there, see ``pyproject.toml``), or, in a
   source checkout (an editable install), the checkout's ``data/``.

A path that holds no readable descriptor is a :class:`azru.DataError` naming it
(and ``$AZRU_DATA`` when the path came from there).

>>> package_path().name, package_path().parent == shipped_data_dir()
('datapackage.json', True)
>>> package_path("/nonexistent")
Traceback (most recent call last):
...
azru.errors.DataError: /nonexistent/datapackage.json: no data package here (no such file)
"""

from __future__ import annotations

import os
import shlex
from importlib import resources
from pathlib import Path

from azru.errors import DataError

__all__ = [
    "DESCRIPTOR",
    "ENV",
    "checkout_root",
    "data_folder",
    "origin",
    "package_path",
    "rehash_remedy",
    "shipped_data_dir",
]

ENV = "AZRU_DATA"
DESCRIPTOR = "datapackage.json"


def checkout_root() -> Path | None:
    """The source checkout this module runs from (an editable install), or None for an installed wheel."""
    root = Path(__file__).resolve().parents[2]
    return root if (root / "pyproject.toml").is_file() and (root / "src" / "azru").is_dir() else None


def shipped_data_dir() -> Path:
    """The folder of the data package shipped with azru: ``azru/_data`` if the wheel has it, else ``data/`` of the checkout."""
    packaged = Path(str(resources.files("azru") / "_data"))
    if (packaged / DESCRIPTOR).is_file():
        return packaged
    root = checkout_root()
    return (root / "data") if root is not None else packaged


def origin(path: str | os.PathLike[str] | None = None) -> str:
    """Where :func:`package_path` takes the package from: ``"given"``, ``"env"`` (``$AZRU_DATA``) or ``"shipped"``.

    >>> origin("data"), origin(None) in ("env", "shipped")
    ('given', True)
    """
    if path is not None:
        return "given"
    return "env" if os.environ.get(ENV) else "shipped"


def package_path(path: str | os.PathLike[str] | None = None) -> Path:
    """The ``datapackage.json`` to read: ``path``, else ``$AZRU_DATA``, else the shipped one (see the module)."""
    source = origin(path)
    chosen = path if path is not None else os.environ.get(ENV) or shipped_data_dir()
    descriptor = Path(chosen).expanduser()
    if descriptor.is_dir() or descriptor.suffix != ".json":
        descriptor = descriptor / DESCRIPTOR
    named = f"{descriptor} (from ${ENV})" if source == "env" else str(descriptor)
    if not descriptor.is_file():
        why = "it is a folder" if descriptor.is_dir() else "no such file"
        if descriptor.parent.exists() and not descriptor.parent.is_dir():
            why = f"{descriptor.parent} is not a folder"
        raise DataError(named, None, None, None, f"no data package here ({why})")
    if not os.access(descriptor, os.R_OK):
        raise DataError(named, None, None, None, "the data package cannot be read (permission denied)")
    return descriptor.resolve()


def rehash_remedy(path: str | os.PathLike[str] | None = None) -> str:
    """The command that records new hashes for the package :func:`package_path` picks, as an error suggests it.

    >>> rehash_remedy("/tmp/copy")
    'run `azru --data /tmp/copy data rehash`'
    """
    source = origin(path)
    if source == "given":
        return f"run `azru --data {shlex.quote(str(path))} data rehash`"
    if source == "env":
        return f"run `azru data rehash` (the package comes from ${ENV}={os.environ[ENV]})"
    return "run `azru data rehash`"


def data_folder() -> Path:
    """The folder of the CSV files that ``azru.load()`` reads, wherever the notebook calling it sits.

    A lesson opens a table with plain pandas as ``pd.read_csv(azru.data_folder() / "events.csv")``:
    the same line works in ``notebooks/``, in the student edition (``_build/student/notebooks/``)
    and in a notebook downloaded elsewhere, where a path such as ``../data/`` would not.

    >>> (data_folder() / "events.csv").is_file()
    True
    """
    return package_path().parent
