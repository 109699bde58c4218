"""The project's figures: one style, deterministic output, a source line on every chart.

Import it explicitly (``from azru import charts``); ``import azru`` alone does
not load matplotlib. Every function takes tidy frames from :mod:`azru` and
returns a :class:`matplotlib.figure.Figure`; :func:`show` displays one in a
notebook with its numbered caption and alt text.

>>> from azru import charts
>>> sorted(set(charts.__all__) - {"COLOURS", "PALETTE", "THEME_COLOURS"})[:4]
['border_detail', 'border_map', 'claim_chain', 'competing_values']
"""

from azru.charts.base import COLOURS, PALETTE, THEME_COLOURS, new_figure, png_bytes, save, show, source_line, style
from azru.charts.maps import border_detail, border_map
from azru.charts.series import shares_by_period, values_over_time
from azru.charts.spans import claim_chain, span_chart
from azru.charts.timeline import events_per_year, timeline
from azru.charts.values import competing_values

__all__ = [
    "COLOURS",
    "PALETTE",
    "THEME_COLOURS",
    "border_detail",
    "border_map",
    "claim_chain",
    "competing_values",
    "events_per_year",
    "new_figure",
    "png_bytes",
    "save",
    "shares_by_period",
    "show",
    "source_line",
    "span_chart",
    "style",
    "timeline",
    "values_over_time",
]
