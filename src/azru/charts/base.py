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

__all__ = [
    "COLOURS",
    "PALETTE",
    "RC",
    "THEME_COLOURS",
    "headline",
    "new_figure",
    "png_bytes",
    "save",
    "show",
    "source_line",
    "style",
]

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
# One meaning per colour across the whole course (LESSONS.md): sides of the relation, a
# highlight, and grey for context. Charts colour by side, never by theme.
COLOURS = {
    "azerbaijan": "#0072B2",  # blue
    "russia": "#D55E00",  # vermillion
    "both": "#009E73",  # bluish green: joint acts, both sides, or neither side named
    "highlight": "#E69F00",  # orange: the one thing a chart points at
    "context": "#999999",  # grey: everything else
}
RC: dict[str, Any] = {
    "font.family": "DejaVu Sans",  # ships with matplotlib: the same glyphs on every machine
    # Charts are stored 700 px wide and shown at about that width: 12-pt text stays above
    # 10 pt when a page scales them down, and reads when projected.
    "font.size": 12,
    "axes.titlesize": 14,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 12,
    "xtick.labelsize": 11,
    "ytick.labelsize": 11,
    "legend.fontsize": 11,
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
    "figure.figsize": (7.0, 4.0),
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


def new_figure(width: float = 7.0, height: float = 4.0, **kwargs: Any) -> tuple[Figure, Any]:
    """A figure and axes in the project style (not registered with pyplot, so nothing auto-displays).

    The style is also made the session's default: titles, texts and legends
    that a lesson adds after this call are created with the house sizes (a
    ``with style()`` block would end before the lesson draws).

    >>> fig, ax = new_figure()
    >>> ax.set_title("A title").get_fontsize(), ax.text(0, 0, "a note").get_fontsize()
    (14.0, 12.0)
    """
    matplotlib.rcParams.update(RC)
    with style():
        fig = Figure(figsize=(width, height), layout="constrained")
        axes = fig.subplots(**kwargs)
    return fig, axes


def headline(ax: Any, title: str, subtitle: str) -> None:
    """Title the chart as Our World in Data does: the finding in bold, the unit beneath it.

    The title goes over the whole figure (a long one wraps to the figure's width); the
    subtitle (what is measured, in which unit) over ``ax``, in plain grey type.

    >>> fig, ax = new_figure()
    >>> headline(ax, "Trade grew tenfold", "Turnover, billion current US dollars")
    >>> fig.get_suptitle(), ax.get_title(loc="left")
    ('Trade grew tenfold', 'Turnover, billion current US dollars')
    """
    fig = ax.get_figure()
    width = max(40, int(fig.get_figwidth() * 8.5))  # bold 14 pt: about 8.5 characters an inch
    with style():
        fig.suptitle(textwrap.fill(title, width), x=0.01, ha="left", fontweight="bold", fontsize=14)
        ax.set_title(
            textwrap.fill(subtitle, int(width * 1.25)), loc="left", fontsize=11, fontweight="normal", color=NOTE_COLOUR
        )


def source_line(fig: Figure, text: str, note: str | None = None) -> None:
    """Write the source line under a chart, wrapped to the figure's width, after an optional note.

    The note carries the chart's caveat on the image itself, so that it travels with the PNG.

    >>> fig, ax = new_figure()
    >>> source_line(fig, "Correlates of War Trade v4.0; " * 12)
    >>> fig.texts[-1].get_text().count("\\n") >= 1
    True
    >>> source_line(fig, "World Bank", note="Current US dollars.")
    >>> fig.texts[-1].get_text()
    'Note: Current US dollars.\\nSource: World Bank'
    """
    # About 13 characters an inch at 10 pt (DejaVu Sans averages ~5.5 pt a character; 15 let a 104-character
    # line run off a 7-inch figure): a long list of publishers wraps instead of running off the image.
    width = max(60, int(fig.get_figwidth() * 13))
    lines = (textwrap.wrap(f"Note: {note}", width) if note else []) + textwrap.wrap(f"Source: {text}", width)
    with style():
        fig.text(
            0.0, 0.0, "\n".join(lines), ha="left", va="bottom", fontsize=10, color="#555555", transform=fig.transFigure
        )
        bottom = min(0.3 if note else 0.2, (0.2 * len(lines)) / fig.get_figheight())  # a note may take more room
        fig.get_layout_engine().set(rect=(0, bottom, 1, 1 - bottom))


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


def _settle(fig: Figure) -> None:
    """Lay the figure out once and keep that layout.

    Constrained layout moves the axes by a few millionths at every draw, so two saves of one
    figure would differ; one draw, then no layout engine, gives the same bytes every time.
    """
    if fig.get_layout_engine() is not None:
        fig.draw_without_rendering()
        fig.set_layout_engine("none")


def png_bytes(fig: Figure) -> bytes:
    """The chart as PNG bytes, identical on every run with the pinned versions."""
    buffer = io.BytesIO()
    with style():
        _settle(fig)
        fig.savefig(buffer, format="png", metadata=_METADATA["png"])
    return buffer.getvalue()


def save(fig: Figure, path: str | Path) -> Path:
    """Save a chart without timestamps (PNG, SVG or PDF, by the file's suffix)."""
    path = Path(path)
    fmt = path.suffix.lstrip(".")
    with style():
        _settle(fig)
        fig.savefig(path, format=fmt, metadata=_METADATA.get(fmt))
    return path


def _csv(data: Any) -> str:
    """The numbers behind a chart as CSV text: a DataFrame (its index kept when it means something), a Series, or CSV text.

    >>> import pandas as pd
    >>> _csv(pd.DataFrame({"events": [3]}, index=pd.Index([2008], name="year"))).splitlines()
    ['year,events', '2008,3']
    """
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
    """A rich output: the chart as PNG (for every front end and nbconvert) and as an HTML figure.

    The PNG carries the alt text in its output metadata; the HTML figure carries the numbered
    caption and the alt text; ``data`` (the numbers behind the chart) travels as CSV in the
    metadata under ``azru`` (``data_csv``), for the book to offer as a download: the convention
    is described in :mod:`azru.book.figures`.
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
        bundle = {"image/png": encoded, "text/html": figure_html, "text/plain": label}
        meta: dict[str, Any] = {"image/png": {"alt": self.alt}, "azru": {"figure": self.number, "caption": label}}
        if self.data is not None:
            meta["azru"]["data_csv"] = self.data
        return bundle, meta


def show(fig: Figure, number: int, caption: str, alt: str, data: Any = None) -> _FigureOutput:
    """Display a chart with its number, caption and alt text (the last line of a notebook cell).

    Every argument may be given by name:
    ``charts.show(fig, caption="...", alt="...", data=frame, number=3)``.
    ``data``, the numbers drawn (a DataFrame, a Series or CSV text), is stored
    with the output so the book can link the chart to a CSV of them.

    >>> import pandas as pd
    >>> fig, ax = new_figure()
    >>> out = show(fig, 1, "An empty chart.", "Empty axes.", data=pd.DataFrame({"year": [2008]}))
    >>> bundle, meta = out._repr_mimebundle_()
    >>> bundle["text/plain"], sorted(bundle), meta["image/png"]
    ('Figure 1. An empty chart.', ['image/png', 'text/html', 'text/plain'], {'alt': 'Empty axes.'})
    >>> meta["azru"]["data_csv"].splitlines()
    ['year', '2008']
    """
    if not caption or not alt:
        raise ValueError("every chart needs a caption and alt text")
    return _FigureOutput(fig, number, caption, alt, data)
