"""Units of measurement: the conversion factors the package and the lessons share.

>>> round(301.1 * KM_PER_MILE, 1)
484.6
>>> round(km_to_miles(336.5), 1)
209.1
"""

from __future__ import annotations

__all__ = ["KM_PER_MILE", "km_to_miles", "miles_to_km"]

#: Kilometres in one international mile (exact by definition, 1959).
KM_PER_MILE = 1.609344


def miles_to_km(miles: float) -> float:
    """Kilometres in ``miles`` international miles."""
    return miles * KM_PER_MILE


def km_to_miles(km: float) -> float:
    """International miles in ``km`` kilometres."""
    return km / KM_PER_MILE
