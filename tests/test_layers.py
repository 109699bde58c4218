"""Facts is the one carrier of data: no module below the package's face loads data or picks a package itself.

The face is where a package is chosen: ``azru/__init__.py`` (the names),
``azru/data.py`` (``load()`` and the module-level conveniences such as
``azru.events()``), ``azru/cli.py`` (``--data``), ``azru/location.py`` (the
rule itself) and ``azru/book/`` (which builds from a checkout's data).
Every other module takes a :class:`azru.Facts` (or the tables it needs).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "azru"
FACE = {"__init__.py", "data.py", "cli.py", "location.py"}
#: Functions that read the default package (the face's conveniences) or name a shipped path.
LOADERS = {"load", "events", "happenings", "measures", "sources", "places", "actors", "check", "cite", "vocabulary"}
PATHS = {"package_path", "shipped_data_dir", "checkout_root", "GEO_DIR", "COUNTRIES_FILE", "BORDER_FILE"}


def below_the_face() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if p.name not in FACE and "book" not in p.relative_to(SRC).parts)


def loading(tree: ast.AST) -> list[str]:
    """Where a module's code (not its docstrings) loads data or picks a package."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = {alias.name for alias in node.names}
            if node.module == "azru.location":
                found.append(f"line {node.lineno}: from azru.location import {', '.join(sorted(names))}")
            elif node.module in ("azru", "azru.data", "azru.vocabulary") and names & LOADERS:
                found.append(f"line {node.lineno}: from {node.module} import {', '.join(sorted(names & LOADERS))}")
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "azru" and node.attr in LOADERS | {"data"}:
                found.append(f"line {node.lineno}: azru.{node.attr}")
        elif isinstance(node, ast.Name) and node.id in PATHS:
            found.append(f"line {node.lineno}: {node.id}")
    return found


@pytest.mark.parametrize("path", below_the_face(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_below_the_face_loads_data(path: Path) -> None:
    assert loading(ast.parse(path.read_text(encoding="utf-8"))) == []


def test_the_scan_has_teeth() -> None:
    """The patterns the issue found are caught, in code; a docstring example is not code."""
    planted = '''
"""Example: azru.load() in a docstring is fine."""
import azru
from azru.data import Facts, load
from azru.location import shipped_data_dir

def f(facts=None):
    facts = facts if facts is not None else load()
    return azru.places(), shipped_data_dir() / "geo"
'''
    assert sorted(loading(ast.parse(planted))) == [
        "line 4: from azru.data import load",
        "line 5: from azru.location import shipped_data_dir",
        "line 9: azru.places",
        "line 9: shipped_data_dir",
    ]
    assert len(below_the_face()) >= 15
