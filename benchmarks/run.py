"""Benchmarks: how close the notebook tests, the import and the loader come to their floors.

    make bench        # or: .venv/bin/python benchmarks/run.py [--repeat N] [--skip-notebooks]

Ratios, not timed tests: nothing here fails a build. Writes
_build/bench/latest.json (git-ignored) and prints a table; benchmarks/README.md
explains each number.

(a) nbval over all notebooks, serial and with ``-n 2 --dist loadfile``, over the
    floor: per notebook one fresh kernel that imports pandas, matplotlib.pyplot
    and azru, then shuts down (measured here with nbclient).
(b) ``import azru`` over ``import pandas``, each in fresh interpreters.
(c) loading every table: warm (cached ``azru.load()`` and the module-level
    accessors) and cold (the first ``azru.load()`` in a fresh interpreter).
(d) the notebooks executed as a user would without nbval: ``jupyter nbconvert
    --execute`` when installed, else nbclient's ``NotebookClient.execute()``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = (
    Path(__file__).resolve().parent.parent / "_build" / "bench"
)  # git-ignored: `make bench` writes nothing tracked
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9]*.ipynb"))
PYTHON = sys.executable
TARGETS = {"nbval_over_floor": 1.3, "import_azru_over_pandas": 1.1, "warm_load_ms": 50.0}
FLOOR_CELL = "import pandas, matplotlib.pyplot, azru"


def wall(command: list[str], **kwargs: Any) -> tuple[float, subprocess.CompletedProcess[str]]:
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, **kwargs)
    return time.perf_counter() - started, done


def in_fresh_interpreter(code: str) -> float:
    """Seconds that ``code`` reports (it prints one float), run in a new interpreter."""
    done = subprocess.run([PYTHON, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- (a) and (d): notebooks


def nbval(parallel: bool) -> dict[str, Any]:
    command = [PYTHON, "-m", "pytest", "--nbval", "notebooks/", "-p", "no:cacheprovider", "-q"]
    if parallel:
        command += ["-n", "2", "--dist", "loadfile"]
    seconds, done = wall(command)
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-200:]
    return {"seconds": round(seconds, 2), "passed": done.returncode == 0, "summary": summary}


def _execute(notebook: Any, path: Path) -> None:
    from nbclient import NotebookClient

    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path)}}).execute()


def floor_for(path: Path) -> float:
    """One fresh kernel: start, import what every notebook imports, shut down."""
    import nbformat

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CELL)])
    started = time.perf_counter()
    _execute(notebook, path.parent)
    return time.perf_counter() - started


def baseline_for(path: Path, runner: str) -> float:
    """The notebook run top to bottom the way a user would, without nbval."""
    if runner == "nbconvert":
        with tempfile.TemporaryDirectory() as out:
            seconds, done = wall(
                [PYTHON, "-m", "nbconvert", "--to", "notebook", "--execute", "--output-dir", out, str(path)]
            )
        if done.returncode != 0:
            raise RuntimeError(done.stderr[-500:])
        return seconds
    import nbformat

    notebook = nbformat.read(path, as_version=4)
    started = time.perf_counter()
    _execute(notebook, path.parent)
    SLOWEST_CELLS[path.name] = slowest_cells(notebook)
    return time.perf_counter() - started


SLOWEST_CELLS: dict[str, list[dict[str, Any]]] = {}


def slowest_cells(notebook: Any, keep: int = 3) -> list[dict[str, Any]]:
    """The code cells that took longest in the kernel (nbclient records when each started and ended)."""
    from datetime import datetime

    timed = []
    for number, cell in enumerate(notebook.cells, start=1):
        execution = cell.get("metadata", {}).get("execution", {})
        if "iopub.execute_input" in execution and "shell.execute_reply" in execution:
            begin, end = (datetime.fromisoformat(execution[k]) for k in ("iopub.execute_input", "shell.execute_reply"))
            first_line = next((line for line in cell.source.splitlines() if line.strip()), "")
            timed.append({"cell": number, "seconds": round((end - begin).total_seconds(), 2), "code": first_line[:70]})
    return sorted(timed, key=lambda t: -t["seconds"])[:keep]


def two_worker_floor(seconds: list[float]) -> float:
    """The least wall time two workers need for whole notebooks (longest first, each to the less loaded)."""
    workers = [0.0, 0.0]
    for s in sorted(seconds, reverse=True):
        workers[workers.index(min(workers))] += s
    return max(workers)


def notebooks() -> dict[str, Any]:
    runner = "nbconvert" if importlib.util.find_spec("nbconvert") else "nbclient"
    floor_for(NOTEBOOKS[0])  # a first kernel warms the disk cache; not counted
    floors = {p.name: round(floor_for(p), 3) for p in NOTEBOOKS}
    baselines = {p.name: round(baseline_for(p, runner), 3) for p in NOTEBOOKS}
    serial, parallel = nbval(parallel=False), nbval(parallel=True)
    floor_serial = sum(floors.values())
    floor_parallel = two_worker_floor(list(floors.values()))
    baseline = sum(baselines.values())
    return {
        "notebooks": [p.name for p in NOTEBOOKS],
        "floor_cell": FLOOR_CELL,
        "floor_seconds": floors,
        "floor_serial_seconds": round(floor_serial, 2),
        "floor_two_workers_seconds": round(floor_parallel, 2),
        "nbval_serial": serial,
        "nbval_two_workers": parallel,
        "nbval_serial_over_floor": round(serial["seconds"] / floor_serial, 2),
        "nbval_two_workers_over_floor": round(parallel["seconds"] / floor_parallel, 2),
        "nbval_two_workers_over_serial_floor": round(parallel["seconds"] / floor_serial, 2),
        "baseline_runner": runner
        if runner == "nbconvert"
        else "nbclient NotebookClient.execute() (nbconvert is not installed in the venv)",
        "baseline_seconds": baselines,
        "baseline_total_seconds": round(baseline, 2),
        "nbval_serial_over_baseline": round(serial["seconds"] / baseline, 2),
        "baseline_over_floor": round(baseline / floor_serial, 2),
        "baseline_slowest_cells": SLOWEST_CELLS,
    }


# ---------------------------------------------------------------- (b) import, (c) load

IMPORT = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
PROCESS = "import {module}"
# What a notebook pays for azru's names (azru may resolve them lazily, on first use: PEP 562).
USE = "import azru; azru.load, azru.check, azru.cite, azru.events"
FIRST_USE = "import time; t = time.perf_counter(); " + USE + "; print(time.perf_counter() - t)"
ON_TOP = "import time, pandas; t = time.perf_counter(); " + USE + "; print(time.perf_counter() - t)"


def imports(repeat: int) -> dict[str, Any]:
    timings: dict[str, list[float]] = {
        "pandas": [],
        "azru": [],
        "pandas_process": [],
        "azru_process": [],
        "first_use": [],
        "own": [],
    }
    for _ in range(repeat):  # interleaved, so drift in machine load hits both alike
        for module in ("pandas", "azru"):
            timings[module].append(in_fresh_interpreter(IMPORT.format(module=module)))
            seconds, _ = wall([PYTHON, "-c", PROCESS.format(module=module)], check=True)
            timings[f"{module}_process"].append(seconds)
        timings["first_use"].append(in_fresh_interpreter(FIRST_USE))
        timings["own"].append(in_fresh_interpreter(ON_TOP))
    medians = {k: statistics.median(v) * 1000 for k, v in timings.items()}
    matplotlib_loaded = subprocess.run(
        [PYTHON, "-c", "import sys, azru; azru.load(); print('matplotlib' in sys.modules)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return {
        "repeat": repeat,
        "import_pandas_ms": round(medians["pandas"], 1),
        "import_azru_ms": round(medians["azru"], 1),
        "import_azru_over_pandas": round(medians["azru"] / medians["pandas"], 3),
        "first_use_statement": USE,
        "first_use_ms": round(medians["first_use"], 1),
        "first_use_over_pandas": round(medians["first_use"] / medians["pandas"], 3),
        "import_azru_after_pandas_ms": round(medians["own"], 1),
        "import_azru_over_pandas_fastest": round(min(timings["azru"]) / min(timings["pandas"]), 3),
        "import_azru_over_pandas_paired": round(
            statistics.median(a / p for a, p in zip(timings["azru"], timings["pandas"], strict=True)), 3
        ),
        "pandas_plus_own_over_pandas": round((medians["pandas"] + medians["own"]) / medians["pandas"], 3),
        "process_pandas_ms": round(medians["pandas_process"], 1),
        "process_azru_ms": round(medians["azru_process"], 1),
        "process_azru_over_pandas": round(medians["azru_process"] / medians["pandas_process"], 3),
        "azru_imports_matplotlib": matplotlib_loaded == "True",
        "samples_ms": {k: [round(x * 1000, 1) for x in v] for k, v in timings.items()},
    }


# Modules imported first (azru may import them on first use): this times reading and checking the files.
COLD_LOAD = "import time, azru; load = azru.load; t = time.perf_counter(); load(); print(time.perf_counter() - t)"


def loading(repeat: int, warm_rounds: int = 50) -> dict[str, Any]:
    import azru

    azru.load()

    def every_table() -> None:
        azru.load()
        azru.events()
        azru.measures()
        azru.sources()
        azru.places()
        azru.actors()

    warm, cached = [], []
    for _ in range(warm_rounds):
        started = time.perf_counter()
        every_table()
        warm.append(time.perf_counter() - started)
        started = time.perf_counter()
        azru.load()
        cached.append(time.perf_counter() - started)
    cold = [in_fresh_interpreter(COLD_LOAD) for _ in range(repeat)]
    facts = azru.load()
    return {
        "rows": {name: len(frame) for name, frame in facts.tables.items()},
        "warm_every_table_ms": round(statistics.median(warm) * 1000, 2),
        "warm_load_only_ms": round(statistics.median(cached) * 1000, 3),
        "cold_load_ms": round(statistics.median(cold) * 1000, 1),
        "cold_samples_ms": [round(x * 1000, 1) for x in cold],
    }


# ---------------------------------------------------------------- report


def table(results: dict[str, Any]) -> str:
    rows = []
    nb = results.get("notebooks")
    if nb:
        target = TARGETS["nbval_over_floor"]
        rows += [
            ("(a) nbval serial / floor", f"{nb['nbval_serial_over_floor']:.2f}", f"≤ {target}",
             f"{nb['nbval_serial']['seconds']:.1f} s / {nb['floor_serial_seconds']:.1f} s"),
            ("(a) nbval -n 2 / two-worker floor", f"{nb['nbval_two_workers_over_floor']:.2f}", f"≤ {target}",
             f"{nb['nbval_two_workers']['seconds']:.1f} s / {nb['floor_two_workers_seconds']:.1f} s"),
            ("(d) nbval serial / baseline", f"{nb['nbval_serial_over_baseline']:.2f}", "",
             f"baseline {nb['baseline_total_seconds']:.1f} s ({nb['baseline_runner'].split(' ')[0]})"),
        ]  # fmt: skip
    imp, load = results["import"], results["load"]
    rows += [
        ("(b) import azru / import pandas", f"{imp['import_azru_over_pandas']:.2f}",
         f"≤ {TARGETS['import_azru_over_pandas']}", f"{imp['import_azru_ms']:.0f} ms / {imp['import_pandas_ms']:.0f} ms"),
        ("(b) same, median of paired runs", f"{imp['import_azru_over_pandas_paired']:.2f}", "",
         f"fastest of each: {imp['import_azru_over_pandas_fastest']:.2f}"),
        ("(b) same, whole interpreter", f"{imp['process_azru_over_pandas']:.2f}", "",
         f"{imp['process_azru_ms']:.0f} ms / {imp['process_pandas_ms']:.0f} ms"),
        ("(b) first use of azru / import pandas", f"{imp['first_use_over_pandas']:.2f}",
         f"≤ {TARGETS['import_azru_over_pandas']}",
         f"{imp['first_use_ms']:.0f} ms / {imp['import_pandas_ms']:.0f} ms: {imp['first_use_statement']}"),
        ("(b) the same after pandas", f"{imp['import_azru_after_pandas_ms']:.0f} ms", "",
         f"azru's own modules: (pandas + these) / pandas = {imp['pandas_plus_own_over_pandas']:.3f}"),
        ("(c) warm: load() + 5 accessors", f"{load['warm_every_table_ms']:.1f} ms",
         f"≤ {TARGETS['warm_load_ms']:.0f} ms", f"load() alone {load['warm_load_only_ms']:.2f} ms"),
        ("(c) cold: first load()", f"{load['cold_load_ms']:.0f} ms", "", f"{sum(load['rows'].values())} rows"),
    ]  # fmt: skip
    widths = [max(len(str(r[i])) for r in rows) for i in range(4)]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7, help="fresh interpreters per import timing (median)")
    parser.add_argument("--skip-notebooks", action="store_true", help="only (b) and (c)")
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    # Measure what a user gets: bytecode cached after the first import. With PYTHONDONTWRITEBYTECODE
    # set (as in some sandboxes) every interpreter and kernel would compile azru from source again.
    dont_write_bytecode = os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    subprocess.run([PYTHON, "-c", "import azru, azru.charts"], cwd=ROOT, check=True)  # writes the caches
    results: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
            "PYTHONDONTWRITEBYTECODE_was": dont_write_bytecode,
        },
        "targets": TARGETS,
    }
    results["import"] = imports(args.repeat)
    results["load"] = loading(max(3, args.repeat // 2 + 1))
    if not args.skip_notebooks:
        results["notebooks"] = notebooks()
    results["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    results["seconds"] = round(time.perf_counter() - started, 1)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    shutil.move(tmp, args.output)
    print(table(results))
    if "notebooks" in results and "nbclient" in results["notebooks"]["baseline_runner"]:
        print("(d) nbconvert is not installed in the venv: the baseline ran the notebooks with nbclient directly.")
    print(f"load average {results['machine']['load_average_at_start']} → {results['machine']['load_average_at_end']}")
    shown = args.output.relative_to(ROOT) if args.output.is_relative_to(ROOT) else args.output
    print(f"written to {shown} in {results['seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
