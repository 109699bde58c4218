"""The environments: the test one stays free of JupyterLab, the lab gets its own, a broken .venv rebuilds itself.

These read the Makefile's plan (``make -n``): nothing is installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from importlib.util import find_spec
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")


def _plan(*args: str) -> str:
    result = subprocess.run(
        ["make", "-n", "--no-print-directory", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "MAKEFLAGS": ""},
    )
    return result.stdout


def test_jupyterlab_is_not_in_the_test_environment() -> None:
    assert find_spec("jupyterlab") is None, (
        "jupyterlab slows every `import nbformat` in the tests: keep it in .venv-lab"
    )


def test_make_lab_installs_into_its_own_environment(tmp_path: Path) -> None:
    plan = _plan("lab", f"LAB={tmp_path / 'lab'}")
    installs = [line for line in plan.splitlines() if "pip install" in line]
    assert installs and all(line.startswith(f"{tmp_path / 'lab'}/bin/python") for line in installs), plan
    assert any('-e ".[lab]"' in line for line in installs), plan
    assert "jupyter lab" in plan


def test_broken_venv_is_rebuilt(tmp_path: Path) -> None:
    """A .venv with a fresh stamp but a python that does not run is built again, from scratch."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to(tmp_path / "no-such-python")
    (venv / ".installed").touch()
    plan = _plan("env", f"VENV={venv}")
    assert f"rm -rf {venv}" in plan and f"-m venv {venv}" in plan and f"touch {venv}/.installed" in plan, plan


def test_half_built_venv_is_completed(tmp_path: Path) -> None:
    """A failed first `make env` leaves a .venv without stamp: the next `make env` installs again."""
    venv = tmp_path / "venv"
    subprocess.run(["python3", "-m", "venv", "--without-pip", str(venv)], check=True)
    plan = _plan("env", f"VENV={venv}")
    assert f'{venv}/bin/python -m pip install --quiet -c requirements/constraints.txt -e ".[test,geo]"' in plan, plan
