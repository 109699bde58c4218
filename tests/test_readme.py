"""The README tells the truth: its figure is drawn from today's data, its counts match the package."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_headline_figure_is_drawn_from_todays_data() -> None:
    # A figure drawn from older data differs byte for byte (its title states the count): redraw it with
    # `.venv/bin/python scripts/readme_figure.py`.
    assert _script("readme_figure").main(["--check"]) == 0


def test_the_table_count_in_words_is_the_packages() -> None:
    descriptor = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    tables = [r for r in descriptor["resources"] if str(r.get("path", "")).endswith(".csv")]
    word = NUMBER_WORDS[len(tables)]
    stated = re.findall(r"\b(\w+) (?:tidy )?CSV tables\b", README)
    assert stated and set(stated) == {word}, (stated, word)


def test_the_lesson_table_lists_every_lesson_once() -> None:
    lessons = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    linked = re.findall(r"\]\(notebooks/([0-9][0-9]_[^)]+\.ipynb)\)", README)
    assert linked == lessons
