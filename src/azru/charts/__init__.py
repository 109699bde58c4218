"""The project's figures: one style, deterministic output, a source line on every chart.

Import it explicitly (``from azru import charts``); ``import azru`` alone does
not load matplotlib. Every function takes tidy frames from :mod:`azru` and
returns a :class:`matplotlib.figure.Figure`; :func:`show` displays one in a
notebook with its numbered caption and alt text.

>>> from azru import charts
>>> sorted(set(charts.__all__) - {"COLOURS", "PALETTE", "THEME_COLOURS"})[:4]
['balance_chart', 'border_detail', 'border_map', 'census_series']
"""

from azru.charts.base import COLOURS, PALETTE, THEME_COLOURS, new_figure, png_bytes, save, show, source_line, style
from azru.charts.maps import border_detail, border_map
from azru.charts.series import shares_by_period, values_over_time
from azru.charts.society import census_series, counts_by_source, event_chart
from azru.charts.spans import claim_chain, span_chart
from azru.charts.timeline import events_per_year, timeline
from azru.charts.trade import (
    balance_chart,
    flows_and_events,
    parts_vs_total,
    side_by_side,
    stated_vs_computed_growth,
    turnover_series,
)
from azru.charts.values import competing_values

__all__ = [
    "COLOURS",
    "PALETTE",
    "THEME_COLOURS",
    "balance_chart",
    "border_detail",
    "border_map",
    "census_series",
    "claim_chain",
    "competing_values",
    "counts_by_source",
    "event_chart",
    "events_per_year",
    "flows_and_events",
    "new_figure",
    "parts_vs_total",
    "png_bytes",
    "save",
    "shares_by_period",
    "show",
    "side_by_side",
    "source_line",
    "span_chart",
    "stated_vs_computed_growth",
    "style",
    "timeline",
    "turnover_series",
    "values_over_time",
]
