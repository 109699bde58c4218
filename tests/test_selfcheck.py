"""The lessons' self-checks: strict on the value, forgiving of its form, never giving the answer away.

That each check accepts its solution's answer is proved by nbval: the cell after each solution
runs ``self_check(...)`` and its stored output, "✓ NN.k: right.", is compared on every run.
Here each lesson's answer (the stored output of its solution cell, which ends by showing
``answer``) is tried in every form a student may give it, against the shipped key: each
is accepted, and the same forms of a value one step off are refused.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from azru.exercises import is_solution
from azru.selfcheck import FORMS, FormError, coerce, load_key, make_key, normalise, self_check

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
CALL = re.compile(r"""self_check\(\s*["'](\d\d\.\d+[a-z]?)["']""")
KEY = load_key()
MINUS = "\u2212"


def _cells() -> list[tuple[str, list[dict[str, Any]]]]:
    return [
        (path.name, json.loads(path.read_text(encoding="utf-8"))["cells"])
        for path in sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    ]


def _calls() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for name, cells in _cells():
        for cell in cells:
            if cell["cell_type"] == "code":
                for exercise in CALL.findall("".join(cell["source"])):
                    found.setdefault(exercise, []).append(name)
    return found


def _literal(text: str) -> Any:
    """The value a stored ``text/plain`` shows: ``np.float64(20.0)``, ``array([...], dtype=object)``, a list."""
    text = text.strip()
    if text.startswith("["):  # a Categorical's repr goes on with a line of its categories
        text = text.splitlines()[0]
    for pattern in (r"np\.\w+\((.*)\)", r"array\((.*?)(?:,\s*dtype=\w+)?\)"):
        if match := re.fullmatch(pattern, text, re.DOTALL):
            text = match.group(1)
    return ast.literal_eval(text)


def _stored_answers() -> dict[str, Any]:
    """Each checked exercise -> the answer its solution cell (the code cell before the check) shows."""
    answers = {}
    for name, cells in _cells():
        for index, cell in enumerate(cells):
            found = CALL.findall("".join(cell["source"])) if cell["cell_type"] == "code" else []
            if not found:
                continue
            solution = cells[index - 1]
            assert is_solution(solution), f"{name}: the cell before self_check({found[0]!r}) is not the solution"
            shown = [o["data"]["text/plain"] for o in solution.get("outputs", []) if "text/plain" in o.get("data", {})]
            assert shown, f"{name}: the solution of {found[0]} must end by showing `answer`"
            answers[found[0]] = _literal("".join(shown[-1]))
    return answers


STORED = _stored_answers()


def _plain(value: float, digits: int | None) -> str:
    return normalise(value, digits)


def _trailing_zero(text: str) -> str:
    """``"91.9"`` -> ``"91.90"``, ``"-7"`` -> ``"-7.0"`` (an exponent is left alone)."""
    if "e" in text:
        return text
    return text + ("0" if "." in text else ".0")


def _right_forms(value: Any, form: str, digits: int | None) -> list[Any]:
    """The right value in every form a self-check must accept."""
    if form == "set":
        values = list(value)
        return [
            values,
            values[::-1],
            tuple(values),
            set(values),
            values + values[:1],
            np.array(values, dtype=object),
            pd.Series(values),
            pd.Index(values),
            pd.Series(values, dtype="category"),
            [v.upper() if isinstance(v, str) else v for v in values],
        ]
    text = _plain(value, digits)
    forms = [
        value,
        [value],
        (value,),
        np.array([value]),
        np.float64(value),
        pd.Series([value]),
        pd.Index([value]),
        pd.DataFrame({"x": [value]}),
        text,
        f" {text} ",
        _trailing_zero(text),
        text.replace("-", MINUS),
        [text],
    ]
    if form in ("percent", "points"):
        forms += [f"{text} %", f"{text}%", [f"{text} %"]]
    if form == "days":
        forms += [pd.Timedelta(days=value), pd.Series([pd.Timedelta(days=value)]), np.timedelta64(int(value), "D")]
    return forms


def _wrong_forms(value: Any, form: str, digits: int | None) -> list[Any]:
    """A value one step off at the key's rounding (or one element off), in the same forms."""
    if form == "set":
        values = list(value)
        return [values[:-1], [*values, "something else"], [], values[0] if len(values) > 1 else "something else"]
    step = 10.0 ** -(digits if digits is not None else 0)
    return [f for off in (value + step, value - step) for f in _right_forms(round(off, 6), form, digits)]


def test_every_check_in_a_lesson_has_a_key_and_every_key_is_used() -> None:
    calls = _calls()
    assert sorted(set(calls) - set(KEY)) == [], "self_check() calls without an answer key"
    assert sorted(set(KEY) - set(calls)) == [], "answer keys no lesson uses"


def test_every_checked_exercise_is_checked_once() -> None:
    assert {k: v for k, v in _calls().items() if len(v) > 1} == {}


def test_every_key_declares_its_form_and_gives_no_answer() -> None:
    for exercise, entry in KEY.items():
        assert entry.get("form") in FORMS, f"{exercise}: form {entry.get('form')!r} is not one of {list(FORMS)}"
        assert entry["digits"] is None or isinstance(entry["digits"], int), exercise
        assert entry["hint"] and re.fullmatch(r"[0-9a-f]{64}", entry["sha256"]), exercise
        assert set(entry) == {"sha256", "digits", "form", "hint"}, f"{exercise}: unexpected fields {set(entry)}"


def test_every_stored_answer_is_read() -> None:
    assert sorted(STORED) == sorted(KEY)


@pytest.mark.parametrize("exercise", sorted(KEY))
def test_the_right_value_is_accepted_in_every_form(exercise: str) -> None:
    entry = KEY[exercise]
    value = STORED[exercise]
    assert self_check(exercise, value).correct, f"{exercise}: the solution's own answer {value!r} is refused"
    refused = [a for a in _right_forms(value, entry["form"], entry["digits"]) if not self_check(exercise, a).correct]
    assert not refused, f"{exercise} ({entry['form']}) refuses the right value as {refused!r}"


@pytest.mark.parametrize("exercise", sorted(KEY))
def test_a_wrong_value_is_refused_in_every_form(exercise: str) -> None:
    entry = KEY[exercise]
    wrongs = [*_wrong_forms(STORED[exercise], entry["form"], entry["digits"])]
    wrongs += ["a wrong answer", -123456.789, [], True, [-123456.789], "−123456.789", "-123456.789 %", 0]
    for wrong in wrongs:
        result = self_check(exercise, wrong)
        assert not result.correct, f"{exercise} accepts {wrong!r}"
        assert result.answered and result.hint and str(result).startswith(f"✗ {exercise}: not yet.")
        assert str(result).endswith(f"Hint: {entry['hint']}")


@pytest.mark.parametrize("exercise", sorted(KEY))
def test_the_placeholder_is_no_answer_yet(exercise: str) -> None:
    for placeholder in (..., None):
        result = self_check(exercise, placeholder)
        assert not result.correct and not result.answered
        assert str(result) == (
            f"… {exercise}: no answer yet. Replace the ... in the answer cell with your code, "
            "run it, then run this cell again."
        )


@pytest.mark.parametrize("exercise", [e for e in sorted(KEY) if KEY[e]["form"] in ("percent", "points", "millions")])
def test_a_right_value_in_the_wrong_unit_is_named(exercise: str) -> None:
    entry, value = KEY[exercise], STORED[exercise]
    given = value / 100 if entry["form"] in ("percent", "points") else value * 1e6
    result = self_check(exercise, given)
    assert not result.correct
    words = {"percent": "a fraction", "points": "a fraction", "millions": "a full amount"}[entry["form"]]
    note = str(result).split(" Hint: ")[0]
    assert words in note and _plain(value, entry["digits"]) in note, str(result)
    # a wrong value in the wrong unit gets no such note: the note never vouches for a wrong value
    assert self_check(exercise, given * 1.5).note == ""


@pytest.mark.parametrize("exercise", [e for e in sorted(KEY) if KEY[e]["form"] != "set"])
def test_several_values_where_one_is_asked_are_named(exercise: str) -> None:
    value = STORED[exercise]
    for several in ([value, value + 1], pd.Series([value, value, value]), np.array([value, value])):
        result = self_check(exercise, several)
        assert not result.correct
        assert re.search(r"not yet\. You gave \d values: the exercise asks for one\. Hint: ", str(result)), result


def test_form_notes_come_before_the_hint() -> None:
    key = {
        "x.1": make_key(45.2, hint="Multiply by 100.", digits=1, form="percent"),
        "x.2": make_key(1725, hint="Divide by a million.", digits=0, form="millions"),
        "x.3": make_key(288, hint="Subtract the dates.", form="days"),
        "x.4": make_key(["a", "b"], hint="Use unique.", form="set"),
    }
    assert str(self_check("x.1", 0.452, key=key)) == (
        "✗ x.1: not yet. This is a fraction: the exercise asks for a percentage (45.2 for 45.2 %, not 0.452). "
        "Hint: Multiply by 100."
    )
    assert str(self_check("x.2", 1_725_000_000, key=key)) == (
        "✗ x.2: not yet. This is a full amount: the exercise asks for millions (1725, not 1725000000). "
        "Hint: Divide by a million."
    )
    assert "This is a date" in str(self_check("x.3", pd.Timestamp("2025-10-09"), key=key))
    assert "empty (NaN or NaT)" in str(self_check("x.3", pd.Series([pd.NaT]), key=key))
    assert "empty (NaN or NaT)" in str(self_check("x.1", float("nan"), key=key))
    assert "span of time" in str(self_check("x.1", pd.Timedelta(days=45), key=key))
    assert "cannot read as one" in str(self_check("x.1", "about 45", key=key))
    assert "you gave one value" in str(self_check("x.4", "a", key=key))
    assert self_check("x.4", ["b", "a", "a"], key=key).correct


def test_check_never_prints_the_answer() -> None:
    key = {"x.1": make_key("Gabala radar station", hint="A place in Azerbaijan.", form="text")}
    assert "gabala" not in str(self_check("x.1", "Baku", key=key)).lower()
    assert self_check("x.1", " gabala radar station ", key=key).correct
    assert self_check("x.1", ["Gabala radar station"], key=key).correct


def test_numbers_are_compared_at_the_keys_rounding() -> None:
    key = {"x.2": make_key(89.4799, hint="Round to one decimal.", digits=1)}
    assert self_check("x.2", 89.5, key=key).correct
    assert not self_check("x.2", 89.4, key=key).correct
    assert normalise([3, 1.0, 3]) == '["1","3"]'


def test_the_sign_is_part_of_the_value() -> None:
    key = {"x.3": make_key(-7, hint="Add the weights.", digits=1)}
    for right in (-7, "-7.0", "−7", "−7.00", [-7.0], np.array([-7])):
        assert self_check("x.3", right, key=key).correct, right
    for wrong in (7, "7", "7.0", "--7", "−−7", "+7"):
        assert not self_check("x.3", wrong, key=key).correct, wrong


def test_unknown_exercise_and_unknown_form_are_clear_errors() -> None:
    with pytest.raises(KeyError, match=r"no self-check for exercise '99\.9'"):
        self_check("99.9", 1, key={})
    with pytest.raises(ValueError, match=r"unknown form 'fraction'"):
        make_key(0.5, hint="h", form="fraction")
    with pytest.raises(ValueError, match=r"not of the form 'number': You gave 2 values"):
        make_key([1, 2], hint="h")
    with pytest.raises(FormError):
        coerce([], "days")


NUMERIC_FORMS = ["number", "percent", "points", "millions", "days"]


@settings(max_examples=300, derandomize=True, deadline=None)
@given(
    right=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    wrong=st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
    digits=st.sampled_from([None, 0, 1, 2]),
    form=st.sampled_from(NUMERIC_FORMS),
)
@example(right=91.94, wrong=0.9194, digits=1, form="percent")
@example(right=-7.0, wrong=7.0, digits=1, form="number")
@example(right=2.2, wrong=2.25, digits=1, form="percent")
def test_property_strict_on_value_forgiving_of_form(right: float, wrong: float, digits: int | None, form: str) -> None:
    """Any equivalent form of the right value passes; a value that differs at the key's rounding never does."""
    if form == "days":  # whole days, within what a Timedelta holds
        right, wrong = float(round(right) % 100_000), float(round(wrong) % 100_000)
    key = {"p.1": make_key(right, hint="h", digits=digits, form=form)}
    for answer in _right_forms(right, form, digits):
        assert self_check("p.1", answer, key=key).correct, (right, digits, form, answer)
    if normalise(wrong, digits) != normalise(right, digits):
        for answer in _right_forms(wrong, form, digits):
            assert not self_check("p.1", answer, key=key).correct, (right, wrong, digits, form, answer)
