"""Benchmark the reading edition: a full build, a rebuild with nothing changed, a rebuild after one edit.

    .venv/bin/python benchmarks/book.py [--repeat 3]

Works on a scratch copy of notebooks/, data/ and book/ under
``_build/bench-book/`` (never on the real folders, never on ``_build/html``).
Each build runs in a fresh interpreter, as ``azru book`` does, so the times
include starting Python and importing ``azru``. Target: a rebuild with nothing
changed takes at most 0.1 of a full build. Reports, never fails: writes
``_build/bench/book.json`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = ROOT / "_build" / "bench-book"
RESULTS = ROOT / "_build" / "bench" / "book.json"  # git-ignored: `make bench` writes nothing tracked
TARGET_RATIO = 0.1

DRIVER = """
import sys
from pathlib import Path
from azru.book import build
root, out, stage = (Path(a) for a in sys.argv[1:4])
result = build("teacher", out, root=root, stage_dir=stage, log=lambda line: None)
print("skipped" if result.skipped else "built", result.seconds)
"""


def prepare() -> Path:
    """A fresh scratch root holding copies of the build's inputs."""
    shutil.rmtree(SCRATCH, ignore_errors=True)
    root = SCRATCH / "root"
    (root / "notebooks").mkdir(parents=True)
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        shutil.copy2(path, root / "notebooks" / path.name)
    shutil.copytree(ROOT / "data", root / "data", ignore=shutil.ignore_patterns("_staging"))
    shutil.copytree(ROOT / "book", root / "book")
    return root


def timed_build(root: Path) -> tuple[float, float, str]:
    """Seconds for one build in a fresh interpreter, seconds inside ``build()``, and whether it built or skipped."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(root), str(SCRATCH / "html"), str(SCRATCH / "stage")],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"build failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    state, inside = done.stdout.strip().splitlines()[-1].split()
    return seconds, float(inside), state


def edit_one_notebook(root: Path) -> str:
    """Add a Markdown cell to the last notebook of the scratch copy; return its name."""
    path = sorted((root / "notebooks").glob("*.ipynb"))[-1]
    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(nbformat.v4.new_markdown_cell("A benchmark's added paragraph."))
    if notebook.nbformat_minor < 5:  # cell ids came with nbformat 4.5
        notebook.cells[-1].pop("id", None)
    nbformat.write(notebook, path)
    return path.stem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="rebuilds with nothing changed to time (median)")
    args = parser.parse_args(argv)
    root = prepare()
    notebooks = len(list((root / "notebooks").glob("*.ipynb")))
    print(f"book benchmark: {notebooks} notebooks, scratch copy in {SCRATCH.relative_to(ROOT)}", flush=True)
    full, full_inside, state = timed_build(root)
    assert state == "built", state
    print(f"  full build:                 {full:6.2f} s ({full_inside:.2f} s inside build())", flush=True)
    runs = []
    for _ in range(args.repeat):
        seconds, inside, state = timed_build(root)
        assert state == "skipped", f"a rebuild with nothing changed was not skipped ({state})"
        runs.append((seconds, inside))
    noop = statistics.median(r[0] for r in runs)
    noop_inside = statistics.median(r[1] for r in runs)
    ratio, ratio_inside = noop / full, noop_inside / full_inside
    print(f"  rebuild, nothing changed:   {noop:6.2f} s (median of {len(runs)}; {noop_inside:.3f} s inside build())")
    print(f"  ratio, as `azru book`:      {ratio:6.3f} (target <= {TARGET_RATIO}; includes importing azru)")
    print(f"  ratio, inside build():      {ratio_inside:6.3f}", flush=True)
    edited = edit_one_notebook(root)
    one, _inside, state = timed_build(root)
    assert state == "built", state
    print(f"  rebuild, one notebook edited ({edited}): {one:.2f} s ({one / full:.2f} of a full build)", flush=True)
    results = {
        "benchmark": "book",
        "notebooks": notebooks,
        "full_build_s": round(full, 2),
        "full_build_inside_s": round(full_inside, 2),
        "noop_rebuild_s": round(noop, 2),
        "noop_rebuild_runs_s": [round(r[0], 2) for r in runs],
        "noop_rebuild_inside_s": round(noop_inside, 4),
        "noop_ratio": round(ratio, 3),
        "noop_ratio_inside": round(ratio_inside, 4),
        "target_ratio": TARGET_RATIO,
        "meets_target": ratio <= TARGET_RATIO,
        "meets_target_inside": ratio_inside <= TARGET_RATIO,
        "one_notebook_edited_s": round(one, 2),
        "one_notebook_edited_ratio": round(one / full, 3),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {platform.system()}",
        "note": (
            "each build in a fresh interpreter, as `azru book` runs: the no-op rebuild is mostly "
            "`import azru` (pandas); *_inside_s is the time inside azru.book.build() alone"
        ),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"  written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
