"""Write the student's notebooks: solutions replaced by a prompt (``answer = ...`` before a self-check), no verdicts.

.venv/bin/python scripts/make_exercises.py [--src notebooks] [--out _build/student/notebooks]

There is one student edition: ``make student`` (``azru book --edition
student``) builds the book into ``_build/student/`` and writes these same
notebooks into ``_build/student/notebooks/``, where its pages link to them.
This script writes only the notebooks, to the same place by default, with the
same function (:func:`azru.exercises.write_exercises`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from azru.exercises import STUDENT_NOTEBOOKS, write_exercises

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, default=ROOT / "notebooks", help="folder of the teacher's notebooks")
    parser.add_argument("--out", type=Path, default=ROOT / STUDENT_NOTEBOOKS, help="folder to write to")
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
