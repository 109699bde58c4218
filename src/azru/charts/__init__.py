"""The project's figures: one style, deterministic output, a source line on every chart.

Import it explicitly (``from azru import charts``); ``import azru`` alone does
not load matplotlib. Lessons draw simple charts themselves, in a few visible
lines: ``fig, ax = charts.new_figure()``, ``ax.bar(...)`` with colours from
:data:`COLOURS`, :func:`source_line`, then :func:`show` with a numbered
caption and alt text. The package keeps only the figures that are hard to
draw: the map (:mod:`azru.charts.maps`), spans of time
(:mod:`azru.charts.spans`), and the trade and society figures of lessons 4–6.

>>> from azru import charts
>>> sorted(charts.COLOURS)
['azerbaijan', 'both', 'context', 'highlight', 'russia']
"""

from azru.charts.base import COLOURS, PALETTE, THEME_COLOURS, new_figure, png_bytes, save, show, source_line, style
from azru.charts.maps import border_detail, border_map
from azru.charts.society import census_series, counts_by_source, event_chart
from azru.charts.spans import span_chart
from azru.charts.trade import (
    balance_chart,
    flows_and_events,
    parts_vs_total,
    side_by_side,
    stated_vs_computed_growth,
    turnover_series,
)

__all__ = [
    "COLOURS",
    "PALETTE",
    "THEME_COLOURS",
    "balance_chart",
    "border_detail",
    "border_map",
    "census_series",
    "counts_by_source",
    "event_chart",
    "flows_and_events",
    "new_figure",
    "parts_vs_total",
    "png_bytes",
    "save",
    "show",
    "side_by_side",
    "source_line",
    "span_chart",
    "stated_vs_computed_growth",
    "style",
    "turnover_series",
]
