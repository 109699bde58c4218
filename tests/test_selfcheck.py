"""The lessons' self-checks: every check has a key, accepts the solution and rejects wrong answers.

That each check accepts its solution's answer is proved by nbval: the cell after each solution
runs ``self_check(...)`` and its stored output, "✓ NN.k: right.", is compared on every run.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from azru.selfcheck import load_key, make_key, normalise, self_check

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
CALL = re.compile(r"""self_check\(\s*["'](\d\d\.\d+[a-z]?)["']""")


def _calls() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            if cell["cell_type"] == "code":
                for exercise in CALL.findall("".join(cell["source"])):
                    found.setdefault(exercise, []).append(path.name)
    return found


def test_every_check_in_a_lesson_has_a_key_and_every_key_is_used() -> None:
    calls, key = _calls(), load_key()
    assert sorted(set(calls) - set(key)) == [], "self_check() calls without an answer key"
    assert sorted(set(key) - set(calls)) == [], "answer keys no lesson uses"


def test_every_checked_exercise_is_checked_once() -> None:
    assert {k: v for k, v in _calls().items() if len(v) > 1} == {}


@pytest.mark.parametrize("exercise", sorted(load_key()))
def test_check_rejects_wrong_answers(exercise: str) -> None:
    for wrong in ("a wrong answer", -123456.789, [], True, None):
        result = self_check(exercise, wrong)
        assert not result.correct, f"{exercise} accepts {wrong!r}"
        assert result.hint and "✗" in str(result)


def test_check_never_prints_the_answer() -> None:
    key = {"x.1": make_key("Gabala radar station", hint="A place in Azerbaijan.")}
    assert "gabala" not in str(self_check("x.1", "Baku", key=key)).lower()
    assert self_check("x.1", " gabala radar station ", key=key).correct


def test_numbers_are_compared_at_the_keys_rounding() -> None:
    key = {"x.2": make_key(89.4799, hint="Round to one decimal.", digits=1)}
    assert self_check("x.2", 89.5, key=key).correct
    assert not self_check("x.2", 89.4, key=key).correct
    assert normalise([3, 1.0, 3]) == '["1","3"]'


def test_unknown_exercise_is_a_clear_error() -> None:
    with pytest.raises(KeyError, match=r"no self-check for exercise '99\.9'"):
        self_check("99.9", 1, key={})
