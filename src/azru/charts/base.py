"""One look for every chart: a colour-blind-safe palette, readable type, a source line.

>>> from azru.charts import base
>>> base.THEME_COLOURS["military"]
'#D55E00'
"""

from __future__ import annotations

import base64
import html
import io
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # charts are rendered to files or notebook outputs, never to a window

import matplotlib.pyplot as plt
from matplotlib.figure import Figure

__all__ = ["PALETTE", "RC", "THEME_COLOURS", "new_figure", "png_bytes", "save", "show", "source_line", "style"]

# Okabe & Ito (2008), the colour-blind-safe qualitative palette.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
THEME_COLOURS = {
    "diplomacy": "#0072B2",
    "military": "#D55E00",
    "border": "#009E73",
    "trade": "#E69F00",
    "energy": "#CC79A7",
    "society": "#56B4E9",
    "law": "#000000",
}
RC: dict[str, Any] = {
    "font.family": "DejaVu Sans",  # ships with matplotlib: the same glyphs on every machine
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "legend.frameon": False,
    "figure.dpi": 100,
    "savefig.dpi": 100,
    "figure.figsize": (8.0, 4.5),
    "svg.hashsalt": "azru",  # fixed ids in SVG output
    "path.simplify": True,
}
# No timestamps or software versions inside image files: identical bytes on every run.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "Creator": None, "Producer": None},
}


NOTE_COLOUR = "#555555"


@contextmanager
def style() -> Iterator[None]:
    """Apply the project style inside a ``with`` block."""
    with plt.rc_context(RC):
        yield


def new_figure(width: float = 8.0, height: float = 4.5, **kwargs: Any) -> tuple[Figure, Any]:
    """A figure and axes in the project style (not registered with pyplot, so nothing auto-displays)."""
    with style():
        fig = Figure(figsize=(width, height), layout="constrained")
        axes = fig.subplots(**kwargs)
    return fig, axes


def source_line(fig: Figure, text: str) -> None:
    """Write the source line under a chart."""
    with style():
        fig.text(
            0.0, 0.0, f"Source: {text}", ha="left", va="bottom", fontsize=8, color="#555555", transform=fig.transFigure
        )
        fig.get_layout_engine().set(rect=(0, 0.04, 1, 0.96))


def empty_note(ax: Any, message: str) -> None:
    """Replace an empty chart's contents by a centred note that says why it is empty."""
    ax.set_xticks([])
    ax.set_yticks([])
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(0.5, 0.5, textwrap.fill(message, 60), ha="center", va="center", transform=ax.transAxes, color=NOTE_COLOUR)


def empty_figure(fig: Figure, ax: Any, message: str, source: str) -> Figure:
    """Finish a chart that has nothing to draw: the note saying why, and the source line."""
    empty_note(ax, message)
    source_line(fig, source)
    return fig


def png_bytes(fig: Figure) -> bytes:
    """The chart as PNG bytes, identical on every run with the pinned versions."""
    buffer = io.BytesIO()
    with style():
        fig.savefig(buffer, format="png", metadata=_METADATA["png"])
    return buffer.getvalue()


def save(fig: Figure, path: str | Path) -> Path:
    """Save a chart without timestamps (PNG, SVG or PDF, by the file's suffix)."""
    path = Path(path)
    fmt = path.suffix.lstrip(".")
    with style():
        fig.savefig(path, format=fmt, metadata=_METADATA.get(fmt))
    return path


def _csv(data: Any) -> str:
    """A chart's numbers as CSV text: a DataFrame (its index kept when it means something), a Series, or CSV text."""
    if isinstance(data, str):
        return data
    import pandas as pd

    if isinstance(data, pd.Series):
        data = data.to_frame()
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"chart data must be a DataFrame, a Series or CSV text, not {type(data).__name__}")
    keep_index = not isinstance(data.index, pd.RangeIndex) or data.index.name is not None
    return data.to_csv(index=keep_index, lineterminator="\n")


class _FigureOutput:
    """A rich output: the chart as PNG and as an HTML figure with alt text and a numbered caption, and its data.

    The display bundle holds ``image/png`` (what nbconvert, the code host and
    any front end without HTML show; its metadata carries the alt text),
    ``text/html`` (a ``<figure>`` with the same image, the alt text and the
    caption, which JupyterLab and the book show) and ``text/plain`` (the
    caption). The output's metadata carries ``azru``: the number, caption,
    alt text and, when given, the chart's data as CSV (``chart_data``), which
    the book writes to a file linked under the chart (:mod:`azru.book.figures`).
    """

    def __init__(self, fig: Figure, number: int, caption: str, alt: str, data: Any = None) -> None:
        self.fig, self.number, self.caption, self.alt = fig, number, caption, alt
        self.data = None if data is None else _csv(data)

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> tuple[dict[str, str], dict[str, Any]]:
        encoded = base64.b64encode(png_bytes(self.fig)).decode("ascii")
        label = f"Figure {self.number}. {self.caption}"
        figure_html = (
            f'<figure class="azru-figure" id="figure-{self.number}">'
            f'<img src="data:image/png;base64,{encoded}" alt="{html.escape(self.alt)}" style="max-width:100%"/>'
            f"<figcaption>{html.escape(label)}</figcaption></figure>"
        )
        meta: dict[str, Any] = {"number": self.number, "caption": self.caption, "alt": self.alt}
        if self.data is not None:
            meta["chart_data"] = self.data
        bundle = {"image/png": encoded, "text/html": figure_html, "text/plain": label}
        return bundle, {"image/png": {"alt": self.alt}, "azru": meta}


def show(fig: Figure, number: int, caption: str, alt: str, data: Any = None) -> _FigureOutput:
    r"""Display a chart with its number, caption, alt text and, optionally, the data behind it.

    The last line of a notebook cell; every argument may be given by name::

        charts.show(fig, caption="Turnover by year.", alt="Dots for each year ...", data=frame, number=3)

    ``data`` is the table the chart draws (a DataFrame or Series; or CSV
    text): the book links it under the chart as a CSV file. See
    :class:`_FigureOutput` for what the output holds.

    >>> fig, ax = new_figure()
    >>> out = show(fig, 1, "An empty chart.", "Empty axes.", data="year,events\n2001,3\n")
    >>> bundle, meta = out._repr_mimebundle_()
    >>> sorted(bundle), bundle["text/plain"]
    (['image/png', 'text/html', 'text/plain'], 'Figure 1. An empty chart.')
    >>> meta["image/png"], meta["azru"]["chart_data"]
    ({'alt': 'Empty axes.'}, 'year,events\n2001,3\n')
    """
    if not caption or not alt:
        raise ValueError("every chart needs a caption and alt text")
    return _FigureOutput(fig, number, caption, alt, data)
