"""`make bench` and `make bench-suite` write only files that git ignores: nothing tracked changes when they run."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(), reason="needs the git checkout")
def test_benchmarks_write_only_ignored_paths() -> None:
    run, book, suite = _load("run"), _load("book"), _load("suite")
    written = [run.RESULTS / "latest.json", book.RESULTS, book.SCRATCH / "html" / "x.html", suite.OUTPUT]
    for path in written:
        relative = path.relative_to(ROOT).as_posix()
        ignored = subprocess.run(["git", "check-ignore", "-q", relative], cwd=ROOT, check=False)
        assert ignored.returncode == 0, f"{relative} is not git-ignored"
    tracked = subprocess.run(["git", "check-ignore", "-q", "benchmarks/README.md"], cwd=ROOT, check=False)
    assert tracked.returncode == 1, "control: a tracked file is not ignored"
