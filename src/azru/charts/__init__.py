"""The project's figures: one style, deterministic output, a source line on every chart.

Import it explicitly (``from azru import charts``); ``import azru`` alone does
not load matplotlib. Every function takes tidy frames from :mod:`azru` and
returns a :class:`matplotlib.figure.Figure`; :func:`show` displays one in a
notebook with its numbered caption and alt text.
"""

from azru.charts.base import PALETTE, THEME_COLOURS, new_figure, save, show, source_line, style
from azru.charts.timeline import events_per_year, timeline

__all__ = [
    "PALETTE",
    "THEME_COLOURS",
    "events_per_year",
    "new_figure",
    "save",
    "show",
    "source_line",
    "style",
    "timeline",
]
