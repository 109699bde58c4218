"""The wheel carries its data: built, installed into a fresh environment elsewhere, it loads.

Offline and quick: the wheel is built without build isolation (hatchling is a test
dependency) and installed without dependencies into a new virtual environment that
sees this environment's packages through a ``.pth`` line, so nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

import azru
from azru.location import checkout_root

ROOT = checkout_root()
PIP = [sys.executable, "-m", "pip"]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(ROOT is None, reason="needs the source checkout to build from"),
]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            *PIP,
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out.glob("azru-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh environment with the wheel installed (not editable), and this environment's dependencies."""
    where = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True)
    python = where / "bin" / "python"
    subprocess.run(
        [*PIP, "--python", str(python), "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        text=True,
    )
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    # A plain directory line: pandas and friends become importable, while this environment's own
    # editable azru (itself a .pth file there) is not processed, so the wheel's azru is the one found.
    (site / "_parent_env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return where


def _run(venv: Path, cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("AZRU_DATA", "PYTHONPATH")}
    return subprocess.run(
        list(args), cwd=cwd, capture_output=True, text=True, env=clean | (env or {}), timeout=120, check=False
    )


def test_wheel_ships_the_data_package_and_nothing_else(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    package = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    wanted = {f"azru/_data/{r['path']}" for r in package["resources"]} | {"azru/_data/datapackage.json"}
    assert wanted <= names
    assert {"azru/_data/geo/az_ru_border.geojson", "azru/answers.json", "azru/py.typed"} <= names
    assert not [n for n in names if "_staging" in n or "__pycache__" in n or n.startswith(("tests/", "data/"))]


def test_installed_wheel_loads_from_any_folder(venv: Path, tmp_path: Path) -> None:
    code = (
        "import azru, azru.location as where, azru.geo as geo\n"
        "print(azru.__file__)\n"
        "print(where.package_path())\n"
        "print(repr(azru.load()))\n"
        "print(len(geo.border_line(azru.load())) > 0)\n"
    )
    done = _run(venv, tmp_path, str(venv / "bin" / "python"), "-c", code)
    assert done.returncode == 0, done.stderr
    module, descriptor, facts, border = done.stdout.splitlines()
    assert Path(module).is_relative_to(venv) and Path(descriptor).is_relative_to(venv)
    assert Path(descriptor).parent.name == "_data"
    assert facts == repr(azru.load())
    assert border == "True"


def test_installed_command_and_a_missing_package(venv: Path, tmp_path: Path) -> None:
    command = str(venv / "bin" / "azru")
    done = _run(venv, tmp_path, command, "data", "validate")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("valid: Facts(")
    missing = tmp_path / "nowhere"
    done = _run(venv, tmp_path, command, "check", env={"AZRU_DATA": str(missing)})
    assert done.returncode == 1
    expected = (
        f"azru: bad data: {missing / 'datapackage.json'} (from $AZRU_DATA): no data package here (no such file)\n"
    )
    assert done.stderr == expected
    done = _run(venv, tmp_path, str(venv / "bin" / "python"), "-c", "import azru; azru.load('/nonexistent')")
    assert done.returncode == 1 and "azru.errors.DataError: /nonexistent/datapackage.json" in done.stderr


def test_wheel_metadata_names_both_licences(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        (metadata,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        text = archive.read(metadata).decode("utf-8")
        names = set(archive.namelist())
    assert "License-Expression: MIT AND CC-BY-4.0" in text.splitlines()
    assert {"License-File: LICENSE", "License-File: data/LICENSE.md"} <= set(text.splitlines())
    assert any(n.endswith("licenses/data/LICENSE.md") for n in names)


def test_shipped_readmes_link_only_shipped_files(wheel: Path) -> None:
    import re

    names = set(zipfile.ZipFile(wheel).namelist())
    readmes = sorted(n for n in names if n.startswith("azru/_data/") and n.endswith(".md"))
    assert "azru/_data/README.md" in readmes
    for readme in readmes:
        text = zipfile.ZipFile(wheel).read(readme).decode("utf-8")
        folder = readme.rsplit("/", 1)[0]
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if target.startswith(("http://", "https://", "#", "mailto:")):
                continue
            path = target.split("#")[0]
            resolved = "/".join(part for part in f"{folder}/{path}".split("/") if part not in ("", "."))
            assert resolved in names, f"{readme} links {target}, which the wheel lacks"
