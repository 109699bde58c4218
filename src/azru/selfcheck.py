"""Self-checks for the lessons' exercises: strict on the value, forgiving of its form, never the answer.

A lesson's exercise ends with a cell such as ``self_check("03.1", answer)``.
The answer key (``answers.json`` beside this module) holds, for each
exercise, a SHA-256 digest of the normalised answer, the rounding
(``digits``), the *form* the exercise asks for (:data:`FORMS`) and a hint.
Only the digest is stored, so neither the key nor a message gives the
answer away.

The value must be right; its form may vary. Before hashing, an answer is
brought to the exercise's form (:func:`coerce`): a one-element list, tuple,
Series, Index or array counts as its element; a numeric text counts as its
number (``"2.20"``, ``"-7.0"``, the Unicode minus ``"−7"``, ``"91.9 %"`` where
a percentage is asked); a ``Timedelta`` counts as its days where days are
asked. Numbers are then rounded to the key's ``digits``; text is trimmed
and lower-cased; several values are compared as a sorted set.

>>> key = {"demo.1": make_key(91.94, hint="Divide the line by the border.", digits=1, form="percent")}
>>> result = self_check("demo.1", 91.9, key=key)
>>> result.correct, str(result)
(True, '✓ demo.1: right.')
>>> [self_check("demo.1", a, key=key).correct for a in ([91.9], "91.90", "91.9 %")]
[True, True, True]
>>> print(self_check("demo.1", 301.1, key=key))
✗ demo.1: not yet. Hint: Divide the line by the border.
>>> print(self_check("demo.1", 0.919, key=key))
✗ demo.1: not yet. This is a fraction: the exercise asks for a percentage (91.9 for 91.9 %, not 0.919). Hint: Divide the line by the border.
>>> print(self_check("demo.1", ..., key=key))
… demo.1: no answer yet. Replace the ... in the answer cell with your code, run it, then run this cell again.

Lesson authors record a key with :func:`record` (a maintenance step, run
outside the notebook), e.g. ``record("03.1", 91.94, hint=..., digits=1, form="percent")``.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import math
import numbers
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = [
    "FORMS",
    "FormError",
    "Result",
    "coerce",
    "load_key",
    "make_key",
    "normalise",
    "record",
    "self_check",
]

KEY_FILE = "answers.json"

#: The forms an exercise can ask for, and what each means to the student.
FORMS = {
    "number": "one number (a count, a year, a ratio, a sum)",
    "percent": "one percentage, as 91.9 for 91.9 % (a '%' after it is fine)",
    "points": "one difference of percentages in percentage points, as 4.3 for 4.3 points",
    "millions": "one number in millions, as 1725 for 1,725,000,000",
    "days": "one number of days (a Timedelta is fine)",
    "text": "one text (case and surrounding spaces do not matter)",
    "set": "every value that fits (a list, array or Series; order and repeats do not matter)",
}
NUMERIC = frozenset(FORMS) - {"set", "text"}  # one number, whatever its unit
#: How many times the asked unit a wrongly scaled answer is, and what to say about it.
_SCALES = {
    "percent": (0.01, "This is a fraction: the exercise asks for a percentage ({right} for {right} %, not {given})."),
    "points": (0.01, "This is a fraction: the exercise asks for percentage points ({right}, not {given})."),
    "millions": (1e6, "This is a full amount: the exercise asks for millions ({right}, not {given})."),
}
_MINUSES = "\u2212\u2012\u2013\ufe63\uff0d"  # minus sign, figure dash, en dash, small and full-width hyphen-minus
_UNITS = {
    "percent": re.compile(r"\s*(?:%|per\s*cent|percent)$", re.IGNORECASE),
    "points": re.compile(r"\s*(?:%|pp|p\.p\.|points?|percentage\s+points?)$", re.IGNORECASE),
}
NO_ANSWER = "Replace the ... in the answer cell with your code, run it, then run this cell again."


class FormError(ValueError):
    """An answer whose form is not the one the exercise asks for (several values for one, text for a number)."""


@dataclass(frozen=True)
class Result:
    """The outcome of a self-check; shown as one line in the notebook.

    ``note`` says what is wrong with the answer's form, if anything, before the hint;
    ``answered`` is False while the answer is still the placeholder (``...`` or None).
    """

    exercise: str
    correct: bool
    hint: str
    note: str = ""
    answered: bool = True

    def __str__(self) -> str:
        if not self.answered:
            return f"… {self.exercise}: no answer yet. {NO_ANSWER}"
        if self.correct:
            return f"✓ {self.exercise}: right."
        note = f" {self.note}" if self.note else ""
        return f"✗ {self.exercise}: not yet.{note} Hint: {self.hint}"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # IPython shows the sentence, not the dataclass
        printer.text(str(self))

    def __bool__(self) -> bool:
        return self.correct


def normalise(answer: Any, digits: int | None = None) -> str:
    """A canonical text for an answer, so that equal answers hash equally.

    >>> normalise(3), normalise(3.0), normalise(2.96, digits=1)
    ('3', '3', '3')
    >>> normalise("  Gabala "), normalise({"b", "A"}), normalise(True)
    ('gabala', '["a","b"]', 'true')
    """
    if hasattr(answer, "tolist"):  # a pandas Series / Index or a NumPy array or scalar
        answer = answer.tolist()
    if isinstance(answer, bool):
        return "true" if answer else "false"
    if isinstance(answer, int | float):
        value = round(float(answer), digits) if digits is not None else float(answer)
        if math.isfinite(value) and value == int(value):
            return str(int(value))
        return repr(value)
    if isinstance(answer, str):
        return answer.strip().lower()
    if isinstance(answer, dict):
        return json.dumps({normalise(k): normalise(v, digits) for k, v in answer.items()}, sort_keys=True)
    if isinstance(answer, Iterable):
        return json.dumps(sorted({normalise(item, digits) for item in answer}), separators=(",", ":"))
    return str(answer)


def _is_missing(value: Any) -> bool:
    """NaN, NaT or pandas' NA: what a calculation that found nothing gives."""
    if isinstance(value, float) and math.isnan(value):
        return True
    return type(value).__name__ in ("NaTType", "NAType") or (
        type(value).__name__ in ("datetime64", "timedelta64") and str(value) == "NaT"
    )


def _values(answer: Any) -> Any:
    """A table, Series, Index or array as a plain list (a 0-d array or NumPy scalar as its value); else as given."""
    if hasattr(answer, "columns") and hasattr(answer, "to_numpy"):  # a DataFrame: its cells, row by row
        return answer.to_numpy().ravel().tolist()
    if isinstance(answer, datetime.timedelta | datetime.date):  # pandas' Timedelta/Timestamp: keep, not .tolist()
        return answer
    if type(answer).__name__ in ("timedelta64", "datetime64"):  # NumPy's: .tolist() may give nanoseconds as an int
        import pandas as pd

        return pd.Timedelta(answer) if type(answer).__name__ == "timedelta64" else pd.Timestamp(answer)
    if hasattr(answer, "tolist"):
        return answer.tolist()
    if isinstance(answer, set | frozenset | tuple) or type(answer).__name__ in ("dict_keys", "dict_values"):
        return list(answer)
    return answer


def _number_from_text(text: str, form: str) -> Any:
    """``"2.20"`` -> 2.2, ``"−7"`` -> -7.0, ``"91.9 %"`` -> 91.9 (percent form only); other text as it was."""
    cleaned = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    for dash in _MINUSES:
        cleaned = cleaned.replace(dash, "-")
    if form in _UNITS:
        cleaned = _UNITS[form].sub("", cleaned)
    try:
        value = float(cleaned.replace(" ", ""))
    except ValueError:
        return text
    return value if math.isfinite(value) else text


def _one_value(value: Any, form: str) -> Any:
    """One value brought to ``form`` (not ``set``); FormError when it is not a value of that form."""
    if _is_missing(value):
        raise FormError(
            "Your answer is empty (NaN or NaT): the calculation found nothing to compute with. "
            "Look at the values that went into it."
        )
    if isinstance(value, datetime.timedelta):
        if form != "days":
            raise FormError("This is a span of time: the exercise asks for a number, not a Timedelta.")
        return value / datetime.timedelta(days=1)
    if isinstance(value, datetime.date):
        what = "a number of days between two dates" if form == "days" else "a number"
        raise FormError(f"This is a date: the exercise asks for {what}.")
    if isinstance(value, str) and form in NUMERIC:
        number = _number_from_text(value, form)
        if isinstance(number, str):
            raise FormError(
                f"The exercise asks for a number; {value!r} is text that Python cannot read as one "
                "(write digits only, as 1725 or -7.5)."
            )
        return number
    if isinstance(value, numbers.Real) and not isinstance(value, bool | int | float):
        return float(value)  # Decimal, Fraction
    return value


def _element(value: Any) -> Any:
    """One of several values: a number written as text read as that number; anything else as it is."""
    if isinstance(value, str):
        number = _number_from_text(value, "number")
        return value if isinstance(number, str) else number
    if isinstance(value, datetime.timedelta | datetime.date) or _is_missing(value):
        return value
    return _one_value(value, "number")


def coerce(answer: Any, form: str) -> Any:
    """``answer`` in the form the exercise asks for (:data:`FORMS`), or FormError saying what is wrong.

    Only the form changes, never the value:

    >>> import numpy as np, pandas as pd
    >>> coerce([2007], "number"), coerce(np.array([91.9]), "percent"), coerce("−7", "number")
    (2007, 91.9, -7.0)
    >>> coerce("91.9 %", "percent"), coerce(pd.Timedelta("288 days"), "days"), coerce(pd.Index(["a"]), "set")
    (91.9, 288.0, ['a'])
    >>> coerce([2007, 2008], "number")
    Traceback (most recent call last):
    ...
    azru.selfcheck.FormError: You gave 2 values: the exercise asks for one.
    """
    if form not in FORMS:
        raise ValueError(f"unknown form {form!r}; choose from {', '.join(FORMS)}")
    values = _values(answer)
    if form == "set":  # each element as it is (a NaN among them is a wrong value, not an empty answer)
        items = values if isinstance(values, list) else [values]
        return [_element(_values(item)) for item in items]
    while isinstance(values, list):
        if len(values) != 1:
            if not values:
                raise FormError("You gave no value (an empty list or table): the exercise asks for one.")
            raise FormError(f"You gave {len(values)} values: the exercise asks for one.")
        values = _values(values[0])
    return _one_value(values, form)


def _digest(answer: Any, digits: int | None) -> str:
    return hashlib.sha256(normalise(answer, digits).encode("utf-8")).hexdigest()


def _form_of(entry: dict[str, Any]) -> str:
    return entry.get("form", "number")


def make_key(answer: Any, hint: str, digits: int | None = None, form: str = "number") -> dict[str, Any]:
    """The key entry for one exercise: the digest of its answer, the rounding, the form and the hint.

    >>> make_key(91.94, hint="Divide.", digits=1, form="percent")["form"]
    'percent'
    """
    if not hint:
        raise ValueError("every self-check needs a hint")
    try:
        value = coerce(answer, form)
    except FormError as exc:
        raise ValueError(f"the answer {answer!r} is not of the form {form!r}: {exc}") from exc
    return {"sha256": _digest(value, digits), "digits": digits, "form": form, "hint": hint}


def load_key(path: str | Path | None = None) -> dict[str, dict[str, Any]]:
    """The answer key shipped with the package (or the one at ``path``)."""
    if path is not None:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    return json.loads(resources.files("azru").joinpath(KEY_FILE).read_text(encoding="utf-8"))


def _scale_note(value: Any, entry: dict[str, Any]) -> str:
    """For a wrong number: say so when it is the right one in another unit (a fraction for a percentage)."""
    form, digits = _form_of(entry), entry["digits"]
    if form not in _SCALES or not isinstance(value, int | float) or isinstance(value, bool):
        return ""
    factor, message = _SCALES[form]
    scaled = value / factor
    if _digest(scaled, digits) != entry["sha256"]:
        return ""
    return message.format(right=normalise(scaled, digits), given=normalise(value))


def self_check(exercise: str, answer: Any, key: dict[str, dict[str, Any]] | None = None) -> Result:
    """Whether ``answer`` is right for ``exercise`` ("03.1": lesson 03, exercise 1).

    ``...`` or None (the answer cell's placeholder) is "no answer yet"; an
    answer in the wrong form is named as such before the hint.
    """
    entries = load_key() if key is None else key
    if exercise not in entries:
        raise KeyError(f"no self-check for exercise {exercise!r}; known: {', '.join(sorted(entries))}")
    entry = entries[exercise]
    if answer is None or answer is Ellipsis:
        return Result(exercise, False, entry["hint"], answered=False)
    try:
        value = coerce(answer, _form_of(entry))
    except FormError as exc:
        return Result(exercise, False, entry["hint"], note=str(exc))
    if _digest(value, entry["digits"]) == entry["sha256"]:
        return Result(exercise, True, entry["hint"])
    note = _scale_note(value, entry)
    if not note and _form_of(entry) == "set" and not isinstance(_values(answer), list):
        note = "The exercise asks for every value that fits, as a list; you gave one value."
    return Result(exercise, False, entry["hint"], note=note)


def record(
    exercise: str,
    answer: Any,
    hint: str,
    digits: int | None = None,
    form: str = "number",
    path: str | Path | None = None,
) -> None:
    """Add or replace one exercise's entry in the answer key file (a maintenance step)."""
    target = Path(path) if path is not None else Path(str(resources.files("azru").joinpath(KEY_FILE)))
    entries = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    entries[exercise] = make_key(answer, hint, digits, form)
    target.write_text(json.dumps(dict(sorted(entries.items())), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
