"""``azru book``: the command-line options and what they run."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from azru.book.editions import EDITIONS

__all__ = ["add_arguments", "main"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``azru book``."""
    parser.add_argument("--edition", choices=list(EDITIONS), default="teacher", help="teacher (default) or student")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default _build/html or _build/student)")
    parser.add_argument("--force", action="store_true", help="rebuild everything, even when nothing changed")


def main(args: argparse.Namespace) -> int:
    """Run ``azru book`` with parsed arguments; return the exit status."""
    from azru.book.build import build
    from azru.errors import DataError

    try:
        build(args.edition, args.out, force=args.force)
    except DataError as exc:
        print(f"azru: bad data: {exc}", file=sys.stderr)
        return 1
    except (RuntimeError, ValueError) as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0
