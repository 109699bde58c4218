"""Numbers written as a reader would write them (no pandas, no matplotlib).

>>> format_value(7_000_000, "USD"), format_value(2.403e9, "USD"), format_value(39.3, "percent")
('7 mn USD', '2.403 bn USD', '39.3%')
>>> format_value(94, "count"), format_value(621840, "people"), format_value(336.5, "km")
('94', '621,840 people', '336.5 km')
>>> format_value(4.5e9, "m3"), format_value(9e8, "RUB"), format_value(5e7, "t"), format_value(2.5e6, "people")
('4.5 bn m3', '900 mn RUB', '50 mn t', '2,500,000 people')
"""

from __future__ import annotations

import math

__all__ = ["format_value"]


def format_value(value: float | None, unit: str | None = None) -> str:
    """A value in its unit: billions and millions for USD, ``%`` for percent, plain counts."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if unit == "USD":
        if abs(value) >= 1e9:
            return f"{value / 1e9:.4g} bn USD"
        if abs(value) >= 1e6:
            return f"{value / 1e6:.4g} mn USD"
        return f"{value:,.0f} USD"
    if unit == "percent":
        return f"{value:g}%"
    if unit in (None, "", "count"):
        return f"{value:,.10g}"
    if unit == "people":
        return f"{value:,.10g} people"
    if abs(value) >= 1e6:  # cubic metres, tonnes, roubles: in millions and billions, never 4.5e+09
        scale, word = (1e9, "bn") if abs(value) >= 1e9 else (1e6, "mn")
        return f"{value / scale:.4g} {word} {unit}"
    return f"{value:g} {unit}"
