"""Make the exercise edition of the notebooks: solution cells replaced by a prompt, outputs dropped.

.venv/bin/python scripts/make_exercises.py [--src notebooks] [--out _build/exercises]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from azru.exercises import write_exercises

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, default=ROOT / "notebooks", help="folder of solution notebooks")
    parser.add_argument("--out", type=Path, default=ROOT / "_build" / "exercises", help="folder to write to")
    args = parser.parse_args(argv)
    try:
        written = write_exercises(args.src, args.out)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
