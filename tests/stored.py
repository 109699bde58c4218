"""Results of slow tests stored under a hash of everything they read, so an unchanged input is not run again.

A helper module (not a test module). A test asks :func:`key` for the sha256 of
its inputs (files and folders, read byte for byte, plus any text), looks the
key up with :func:`recall`, and, when it ran, stores what it saw with
:func:`remember`, in ``_build/test-store/NAME/`` (git-ignored). With ``CI=true``
or ``AZRU_TEST_STORE=0`` nothing is recalled (everything runs); a fresh clone
has no store. The browser audit keeps its own store (``tests/browser.py``).
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from pathlib import Path
from typing import Any

__all__ = ["PACKAGE_INPUTS", "key", "recall", "remember"]

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "_build" / "test-store"
# What a notebook's run depends on besides itself: the package's code and data, the pinned versions.
PACKAGE_INPUTS = (ROOT / "src" / "azru", ROOT / "data", ROOT / "requirements" / "constraints.txt")


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    skip = ("_staging", "__pycache__")
    return sorted(p for p in path.rglob("*") if p.is_file() and not any(part in skip for part in p.parts))


def key(*inputs: Path | str) -> str:
    """The sha256 of the inputs: each path's files (names and bytes), each string as it is, and the Python version."""
    digest = hashlib.sha256(platform.python_version().encode() + b"\0")
    for item in inputs:
        if isinstance(item, str):
            digest.update(b"text\0" + item.encode() + b"\0")
            continue
        for path in _files(item):
            digest.update(path.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _enabled() -> bool:
    return os.environ.get("CI", "").lower() not in ("1", "true", "yes") and os.environ.get("AZRU_TEST_STORE") != "0"


def recall(name: str, digest: str) -> Any | None:
    """What was stored under ``digest`` for the test ``name``, or None (nothing stored, or the store is off)."""
    path = STORE / name / f"{digest}.json"
    if not _enabled() or not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def remember(name: str, digest: str, value: Any) -> None:
    """Store ``value`` (JSON) under ``digest``, atomically: a concurrent reader never sees half a file."""
    path = STORE / name / f"{digest}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(value), encoding="utf-8")
    partial.replace(path)
