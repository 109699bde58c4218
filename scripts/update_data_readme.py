"""Refresh the generated blocks of data/README.md (column dictionary, indicators, coverage, trade by year).

.venv/bin/python scripts/update_data_readme.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

import azru
from azru.docs import column_dictionary, coverage, indicators, refresh, trade_coverage

README = Path(__file__).resolve().parent.parent / "data" / "README.md"


def main(argv: list[str]) -> int:
    facts = azru.load()
    old = README.read_text(encoding="utf-8")
    new = refresh(
        old,
        {
            "columns": column_dictionary(facts.descriptor),
            "coverage": coverage(facts),
            "indicators": indicators(facts),
            "trade_coverage": trade_coverage(facts),
        },
    )
    if "--check" in argv:
        if new != old:
            print("data/README.md is stale: run scripts/update_data_readme.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
