"""Time `make test` as a developer meets it: warm (a second run, nothing changed) and from a fresh clone.

    .venv/bin/python benchmarks/suite.py [--warm] [--fresh] [--output PATH]

Warm: ``make test`` in this checkout, run once first to fill what a developer's
checkout holds (.venv, the built book, the stored browser audits and student
runs in ``_build/``), then timed. Fresh: ``git clone`` of this checkout's
committed HEAD into a new temporary folder, where ``make test`` builds .venv,
builds the book, audits every page and runs every notebook (pip's download
cache, if the machine has one, is used as on any developer's machine).

For each: wall time, and the CPU time (user + system) of every process the run
waited for, read with ``getrusage(RUSAGE_CHILDREN)`` around it. The machine
may be shared: CPU time / 2 is the wall time the run would need on two idle
cores, so it is the figure to hold against the targets (warm ≤ 60 s, fresh ≤
150 s); the load average before and after says how busy the machine was.
Writes ``_build/bench/suite.json`` (git-ignored); nothing tracked is written.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "_build" / "bench" / "suite.json"
TARGETS = {"warm_s": 60, "fresh_s": 150}
SUMMARY = re.compile(r"^(?:=+ )?(\d.*\b(?:passed|failed)\b.*?) in [\d.]+s")


def timed(command: list[str], cwd: Path, log: Path) -> dict[str, Any]:
    """Run ``command``; its wall time, the CPU time of every process it waited for, and pytest's closing line."""
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "AZRU_AXE_CACHE", "AZRU_TEST_STORE")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load_before = os.getloadavg()
    started = time.perf_counter()
    with log.open("w", encoding="utf-8") as sink:
        done = subprocess.run(command, cwd=cwd, stdout=sink, stderr=subprocess.STDOUT, env=env, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    closing = [m.group(1) for line in log.read_text(encoding="utf-8").splitlines() if (m := SUMMARY.match(line))]
    return {
        "command": " ".join(command),
        "returncode": done.returncode,
        "wall_s": round(wall, 1),
        "user_s": round(user, 1),
        "sys_s": round(system, 1),
        "cpu_over_2_s": round((user + system) / 2, 1),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "pytest": closing[-1] if closing else None,
        "log": str(log),
    }


def warm(logs: Path) -> dict[str, Any]:
    timed(["make", "test"], ROOT, logs / "warm-first.log")  # fills what a developer's checkout holds
    return timed(["make", "test"], ROOT, logs / "warm.log")


def fresh(logs: Path) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="azru-fresh-"))
    try:
        subprocess.run(["git", "clone", "-q", str(ROOT), str(folder / "azru")], check=True)
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=folder / "azru", capture_output=True, text=True, check=True
        ).stdout.strip()
        result = timed(["make", "test"], folder / "azru", logs / "fresh.log")
        result["commit"] = head
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm", action="store_true", help="only the warm run")
    parser.add_argument("--fresh", action="store_true", help="only the fresh clone")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    both = not (args.warm or args.fresh)
    logs = args.output.parent
    logs.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = json.loads(args.output.read_text(encoding="utf-8")) if args.output.is_file() else {}
    results |= {"cpus": os.cpu_count(), "python": sys.version.split()[0], "targets": TARGETS}
    for name, run in (("warm", warm), ("fresh", fresh)):
        if both or getattr(args, name):
            results[name] = run(logs) | {"when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
            r = results[name]
            print(
                f"{name}: {r['wall_s']} s wall, {r['user_s']} s user + {r['sys_s']} s sys "
                f"(CPU / 2 = {r['cpu_over_2_s']} s; target {TARGETS[name + '_s']} s); "
                f"load {r['load_average_before'][0]} -> {r['load_average_after'][0]}; {r['pytest']}",
                flush=True,
            )
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.output}")
    return 0 if all(results[n]["returncode"] == 0 for n in ("warm", "fresh") if n in results) else 1


if __name__ == "__main__":
    sys.exit(main())
