"""Self-checks for the lessons' exercises: right or wrong, with a hint, never the answer.

A lesson's exercise ends with a cell such as ``check("03.1", answer)``. The
answer key (``answers.json`` beside this module) holds, for each exercise, a
SHA-256 digest of the normalised answer, how to normalise it, and a hint.
Only the digest is stored, so neither the key nor the check's message gives
the answer away.

Normalising makes equal answers compare equal: numbers are rounded to the
key's ``digits``; text is trimmed and lower-cased; a list, set or Series of
values is compared as a sorted set of normalised values.

>>> key = {"demo.1": make_key(89.47, digits=1, hint="Divide the agreed length by the whole border.")}
>>> result = check("demo.1", 89.5, key=key)
>>> result.correct, str(result)
(True, '✓ demo.1: right.')
>>> print(check("demo.1", 301.1, key=key))
✗ demo.1: not yet. Hint: Divide the agreed length by the whole border.
>>> check("demo.1", [89.5, 1.0], key=key).correct
False

Lesson authors record a key with :func:`record` (a maintenance step, run
outside the notebook), e.g. ``record("03.1", 89.47, digits=1, hint=...)``.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["Result", "check", "load_key", "make_key", "normalise", "record", "self_check"]

KEY_FILE = "answers.json"


@dataclass(frozen=True)
class Result:
    """The outcome of a check; shown as one line in the notebook."""

    exercise: str
    correct: bool
    hint: str

    def __str__(self) -> str:
        if self.correct:
            return f"✓ {self.exercise}: right."
        return f"✗ {self.exercise}: not yet. Hint: {self.hint}"

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


def _digest(answer: Any, digits: int | None) -> str:
    return hashlib.sha256(normalise(answer, digits).encode("utf-8")).hexdigest()


def make_key(answer: Any, hint: str, digits: int | None = None) -> dict[str, Any]:
    """The key entry for one exercise: the digest of its answer, the rounding and the hint."""
    if not hint:
        raise ValueError("every self-check needs a hint")
    return {"sha256": _digest(answer, digits), "digits": digits, "hint": hint}


def load_key(path: str | Path | None = None) -> dict[str, dict[str, Any]]:
    """The answer key shipped with the package (or the one at ``path``)."""
    if path is not None:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    return json.loads(resources.files("azru").joinpath(KEY_FILE).read_text(encoding="utf-8"))


def check(exercise: str, answer: Any, key: dict[str, dict[str, Any]] | None = None) -> Result:
    """Whether ``answer`` is right for ``exercise`` ("03.1": lesson 03, exercise 1)."""
    entries = load_key() if key is None else key
    if exercise not in entries:
        raise KeyError(f"no self-check for exercise {exercise!r}; known: {', '.join(sorted(entries))}")
    entry = entries[exercise]
    return Result(exercise, _digest(answer, entry["digits"]) == entry["sha256"], entry["hint"])


self_check = check  # TEMPORARY (course-b): the lessons' name for it; course-a's branch brings the real one


def record(exercise: str, answer: Any, hint: str, digits: int | None = None, path: str | Path | None = None) -> None:
    """Add or replace one exercise's entry in the answer key file (a maintenance step)."""
    target = Path(path) if path is not None else Path(str(resources.files("azru").joinpath(KEY_FILE)))
    entries = json.loads(target.read_text(encoding="utf-8")) if target.exists() else {}
    entries[exercise] = make_key(answer, hint, digits)
    target.write_text(json.dumps(dict(sorted(entries.items())), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
