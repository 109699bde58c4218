"""The book as the tests build it: where, what a build returned, and how to see that a folder was written.

A helper module (not a test module): tests/conftest.py builds the book with
it once per session, and the tests use its types.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["BOOK_BUILDS", "BookBuilds", "folder_state"]

ROOT = Path(__file__).resolve().parent.parent
BOOK_BUILDS = ROOT / "_build" / "test-book"  # never the user's _build/html or _build/student


def folder_state(folder: Path) -> dict[str, tuple[int, str]]:
    """Every file under ``folder``: (modification time in ns, sha256). Two states differ iff something was written."""
    return {
        path.relative_to(folder).as_posix(): (path.stat().st_mtime_ns, hashlib.sha256(path.read_bytes()).hexdigest())
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@dataclass(frozen=True)
class BookBuilds:
    """Both editions as built for the tests: results, build logs, and what the build changed in notebooks/."""

    results: dict[str, Any]  # edition -> azru.book.BuildResult
    logs: dict[str, str]
    notebooks_changed: list[str]

    def out(self, edition: str) -> Path:
        return self.results[edition].out

    def staged(self, edition: str) -> Path:
        return self.results[edition].stage / "src"
