"""Execute notebooks top to bottom in fresh kernels and store their outputs.

Reads each notebook's paired text file (jupytext py:percent) as the truth,
writes the .ipynb with outputs. Run before committing a notebook change:

    .venv/bin/python scripts/execute_notebooks.py [notebooks/01_history.py ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}


def execute(text_file: Path) -> float:
    """Execute one notebook from its text form; write the .ipynb; return seconds taken."""
    started = time.perf_counter()
    notebook = jupytext.read(text_file)
    notebook.metadata["kernelspec"] = KERNELSPEC
    notebook.metadata.pop("widgets", None)
    NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(text_file.parent)}}
    ).execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    notebook.metadata.get("language_info", {}).pop("version", None)
    jupytext.write(notebook, text_file.with_suffix(".ipynb"), fmt="ipynb")
    jupytext.write(notebook, text_file, fmt="py:percent")
    nbformat.validate(nbformat.read(text_file.with_suffix(".ipynb"), as_version=4))
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    files = [Path(a).with_suffix(".py") for a in argv] or sorted(NOTEBOOKS.glob("[0-9][0-9]_*.py"))
    for path in files:
        print(f"{path.name}: {execute(path):.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
