"""The project's figures: one style, deterministic output, a source line on every chart.

Import it explicitly (``from azru import charts``); ``import azru`` alone does
not load matplotlib. Lessons draw simple charts themselves, in a few visible
lines: ``fig, ax = charts.new_figure()``, ``ax.bar(...)`` with colours from
:data:`COLOURS`, :func:`source_line`, then :func:`show` with a numbered
caption and alt text. The package keeps only the figures that are hard to
draw: the map (:mod:`azru.charts.maps`) and spans of time
(:mod:`azru.charts.spans`).

>>> from azru import charts
>>> sorted(charts.COLOURS)
['azerbaijan', 'both', 'context', 'highlight', 'russia']
"""

from azru.charts.base import (
    COLOURS,
    PALETTE,
    THEME_COLOURS,
    headline,
    new_figure,
    png_bytes,
    save,
    show,
    source_line,
    style,
)
from azru.charts.maps import border_detail, border_map
from azru.charts.spans import span_chart

__all__ = [
    "COLOURS",
    "PALETTE",
    "THEME_COLOURS",
    "border_detail",
    "border_map",
    "headline",
    "new_figure",
    "png_bytes",
    "save",
    "show",
    "source_line",
    "span_chart",
    "style",
]
