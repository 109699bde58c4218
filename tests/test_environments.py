"""The test environment stays free of JupyterLab (it has its own, ``.venv-lab``, built by ``make lab``)."""

from __future__ import annotations

from importlib.util import find_spec


def test_jupyterlab_is_not_in_the_test_environment() -> None:
    assert find_spec("jupyterlab") is None, (
        "jupyterlab slows every `import nbformat` in the tests: keep it in .venv-lab"
    )
