"""The data package against the third-party validator, and the environments in sync."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from frictionless import Package, system

import azru
from azru.location import package_path

ROOT = Path(__file__).resolve().parent.parent


def test_frictionless_validates_offline() -> None:
    with system.use_context(trusted=True):
        report = Package(str(package_path())).validate()
    errors = [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors]
    assert report.valid, errors


def test_every_field_typed_and_described() -> None:
    for resource in azru.load().descriptor["resources"]:
        assert resource["hash"].startswith("sha256:"), resource["name"]
        for field in resource.get("schema", {}).get("fields", []):
            assert field.get("type") and field.get("description"), (resource["name"], field["name"])
            if field["type"] == "number":
                assert "unit" in field or field["name"] == "value", field["name"]


def _requirement_names(specs: list[str]) -> set[str]:
    return {re.split(r"[<>=!~\[ ;]", spec, maxsplit=1)[0].lower().replace("_", "-") for spec in specs}


def test_environment_yml_is_the_constraints() -> None:
    """environment.yml holds exactly the pins of requirements/constraints.txt (plus Python, pip and the project)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_environment.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda = [d for d in env["dependencies"] if isinstance(d, str)]
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict))
    constraints = [
        line for line in (ROOT / "requirements" / "constraints.txt").read_text().splitlines() if "==" in line
    ]
    assert conda == ["python=3.11", "pip"]
    assert pip[:-1] == constraints  # every pin, same version, same order: nothing more, nothing less
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert pip[-1] == f"-e .[{','.join(sorted(extras))}]"


def test_constraints_pin_every_dependency() -> None:
    pins = {}
    for line in (ROOT / "requirements" / "constraints.txt").read_text().splitlines():
        if "==" in line:
            name, version = line.split("==")
            pins[name.lower().replace("_", "-")] = version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = list(project["dependencies"]) + [s for v in project["optional-dependencies"].values() for s in v]
    missing = _requirement_names(specs) - set(pins)
    assert not missing


def test_every_installed_package_is_pinned() -> None:
    """What this environment holds is what requirements/constraints.txt pins (the venv's own pip and setuptools aside)."""
    import importlib.metadata

    def normal(name: str) -> str:
        return re.sub(r"[-_.]+", "-", name.lower())

    pins = dict(
        (normal(line.split("==")[0]), line.split("==")[1].strip())
        for line in (ROOT / "requirements" / "constraints.txt").read_text().splitlines()
        if "==" in line
    )
    bootstrap = {"pip", "setuptools", "azru"}  # made by `python -m venv` and upgraded by the Makefile; the project
    installed = {normal(d.metadata["Name"]): d.version for d in importlib.metadata.distributions()}
    wrong = {n: (v, pins.get(n)) for n, v in installed.items() if n not in bootstrap and pins.get(n) != v}
    assert wrong == {}, "installed (version, pin)"
