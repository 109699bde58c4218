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
    from azru.location import checkout_root

    missing = _missing_for_book(checkout_root() or Path.cwd())
    if missing:
        print(f"azru book: {missing}", file=sys.stderr)
        return 2
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


def _missing_for_book(root: Path) -> str:
    """What the book needs and lacks in ``root`` ("" when nothing): a source checkout and the book's tools.

    >>> "source checkout" in _missing_for_book(Path("/"))
    True
    """
    lacking = [name for name in ("notebooks", "book", "data") if not (root / name).is_dir()]
    if lacking:
        return (
            f"the book is built from a source checkout of the project (its notebooks/, book/ and data/ folders); "
            f'{root} lacks {", ".join(lacking)}/. Clone the repository, install it with `pip install -e ".[test]"` '
            "and run `azru book` (or `make book`) inside it"
        )
    try:
        import jupyter_book  # noqa: F401  (the builder the book needs)
    except ImportError:
        return 'the book needs jupyter-book: install the project with `pip install -e ".[test]"` (or run `make book`)'
    return ""
