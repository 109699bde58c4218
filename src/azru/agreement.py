"""How far two coders agree: Cohen's kappa on the CAMEO root codes of the happenings both coded.

Kappa compares the observed agreement ``p_o`` with the agreement two coders
would reach by chance given how often each uses each category, ``p_e``:
``kappa = (p_o - p_e) / (1 - p_e)``. A hand-computed case: two coders label
four items ``a a b b`` and ``a b b b``; they agree on 3 of 4 (``p_o = 0.75``);
chance agreement is ``0.5·0.25 + 0.5·0.75 = 0.5``; kappa = 0.25 / 0.5 = 0.5.

>>> cohen_kappa(["a", "a", "b", "b"], ["a", "b", "b", "b"])
0.5
>>> import pandas as pd
>>> codings = pd.DataFrame({
...     "happening_id": ["h1", "h1", "h2", "h2", "h3"],
...     "coder": ["primary", "blind", "primary", "blind", "primary"],
...     "cameo_code": ["042", "043", "057", "111", "010"],
...     "direction": ["az_to_ru", "az_to_ru", "both", "both", "both"],
... })
>>> result = coding_agreement(codings)
>>> result.n, result.root_agreement, result.kappa
(2, 0.5, 0.3333)
>>> print(result.disagreements[["happening_id", "root_primary", "root_blind"]].to_string(index=False))
happening_id root_primary root_blind
          h2           05         11
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["Agreement", "coding_agreement", "cohen_kappa", "root_code"]


def root_code(code: str) -> str:
    """The CAMEO root (cue) category of a code: its first two digits.

    >>> root_code("0311"), root_code("042"), root_code("19")
    ('03', '04', '19')
    """
    return str(code)[:2]


def cohen_kappa(first: Sequence[str], second: Sequence[str]) -> float:
    """Cohen's kappa of two codings of the same items (1 = perfect, 0 = chance level)."""
    if len(first) != len(second) or not first:
        raise ValueError("kappa needs two codings of the same, non-empty list of items")
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    counts_a, counts_b = Counter(first), Counter(second)
    expected = sum(counts_a[label] * counts_b[label] for label in counts_a) / n**2
    if expected == 1:  # both coders used one and the same label throughout
        return 1.0
    return round((observed - expected) / (1 - expected), 4)


@dataclass(frozen=True)
class Agreement:
    """Agreement of two coders on the happenings both coded."""

    n: int
    root_agreement: float
    kappa: float
    code_agreement: float
    direction_agreement: float
    disagreements: pd.DataFrame


def coding_agreement(codings: pd.DataFrame, first: str = "primary", second: str = "blind") -> Agreement:
    """Kappa at the root-code level, exact-code and direction agreement, and the disagreements."""
    wide = codings[codings["coder"].astype(str).isin([first, second])].pivot(
        index="happening_id", columns="coder", values=["cameo_code", "direction"]
    )
    both = wide.dropna()
    if both.empty or {first, second} - set(wide.columns.get_level_values("coder")):
        raise ValueError(f"no happening is coded by both {first!r} and {second!r}")
    codes_a = [str(c) for c in both[("cameo_code", first)]]
    codes_b = [str(c) for c in both[("cameo_code", second)]]
    roots_a, roots_b = [root_code(c) for c in codes_a], [root_code(c) for c in codes_b]
    n = len(both)
    table = both.copy()
    table.columns = [f"{column}_{coder}" for column, coder in table.columns]
    table = table.reset_index()
    table[f"root_{first}"], table[f"root_{second}"] = roots_a, roots_b
    disagree = table[table[f"root_{first}"] != table[f"root_{second}"]]
    return Agreement(
        n=n,
        root_agreement=round(sum(a == b for a, b in zip(roots_a, roots_b, strict=True)) / n, 4),
        kappa=cohen_kappa(roots_a, roots_b),
        code_agreement=round(sum(a == b for a, b in zip(codes_a, codes_b, strict=True)) / n, 4),
        direction_agreement=round(
            float((both[("direction", first)].astype(str) == both[("direction", second)].astype(str)).mean()), 4
        ),
        disagreements=disagree.reset_index(drop=True),
    )
