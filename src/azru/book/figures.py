r"""The numbers behind each chart, as a CSV file linked under the chart in the book.

The convention, for lesson writers
----------------------------------
A *chart* is any output of a code cell whose bundle holds ``image/png``. The
output's metadata may carry an ``azru`` entry::

    {"azru": {"figure": 3,                              # the figure's number in its lesson
              "caption": "Figure 3. Turnover by year.", # as printed under the chart
              "data_csv": "year,value\n2008,2403000000\n"}}

``data_csv`` is the CSV text of the numbers drawn (a header line, then one
line a row). Instead, ``data_path`` may name a CSV file relative to the
repository root. :func:`azru.charts.show` writes all of it::

    charts.show(fig, 3, "Turnover by year.", "Dots for each year ...", data=frame)

so a lesson only passes the table it drew from (``data=``: a DataFrame, a
Series or CSV text). At build time the book writes each chart's CSV to
``data/<lesson>/figure-<number>.csv`` beside the pages and puts a link to it
in the chart's figure (see :func:`link_chart_data`). A chart without data gets
no link, and the book's tests list it.

>>> import nbformat
>>> output = nbformat.v4.new_output("display_data", {"image/png": "iVBORw0KGgo=", "text/html": "<figure>x</figure>"},
...                                 metadata={"azru": {"figure": 2, "data_csv": "year,n\n2001,3\n"}})
>>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("show()", outputs=[output])])
>>> linked, files = link_chart_data(nb, "01_history")
>>> sorted(files), files["data/01_history/figure-2.csv"]
(['data/01_history/figure-2.csv'], b'year,n\n2001,3\n')
>>> linked.cells[0].outputs[0]["data"]["text/html"]  # doctest: +ELLIPSIS
'<figure>x<p class="azru-chart-data"><a href="data/01_history/figure-2.csv" download>Data behind Figure 2 (CSV)</a></p></figure>'
"""

from __future__ import annotations

import copy
import html
from collections.abc import Iterator
from pathlib import Path
from typing import Any

__all__ = ["CHART_MIME", "DATA_DIR", "chart_data", "chart_outputs", "csv_path", "figure_number", "link_chart_data"]

CHART_MIME = "image/png"
DATA_DIR = "data"  # under the edition's output folder: data/<lesson>/figure-<n>.csv
LINK_CLASS = "azru-chart-data"


def chart_outputs(notebook: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    """Every chart output of the notebook's code cells, with its ordinal in the lesson (from 1)."""
    ordinal = 0
    for cell in notebook.cells:
        if cell.get("cell_type") != "code":
            continue
        for output in cell.get("outputs", []):
            if CHART_MIME in output.get("data", {}):
                ordinal += 1
                yield ordinal, output


def chart_data(output: dict[str, Any], root: Path | None = None) -> str | None:
    """The CSV text behind a chart output (inline, or read from the path it names), or None."""
    meta = output.get("metadata", {}).get("azru", {})
    text, path = meta.get("data_csv"), meta.get("data_path")
    if isinstance(text, str) and text.strip():
        return text
    if isinstance(path, str) and path.strip():
        if root is None:
            raise ValueError(f"data_path names a file ({path!r}) but no repository root was given")
        return (root / path.strip()).read_text(encoding="utf-8")
    return None


def figure_number(output: dict[str, Any], ordinal: int) -> Any:
    """The chart's figure number (``azru.figure`` in its metadata), else its ordinal among the lesson's charts."""
    return output.get("metadata", {}).get("azru", {}).get("figure", ordinal)


def csv_path(lesson: str, output: dict[str, Any], ordinal: int) -> str:
    """Where a chart's CSV goes under the edition's folder: ``data/<lesson>/figure-<number>.csv``."""
    return f"{DATA_DIR}/{lesson}/figure-{figure_number(output, ordinal)}.csv"


def link_chart_data(notebook: Any, lesson: str, root: Path | None = None) -> tuple[Any, dict[str, bytes]]:
    """A copy of ``notebook`` whose charts link to their data, and the CSV files to write (path -> bytes).

    The link goes inside the chart's HTML ``<figure>`` (before ``</figure>``);
    a chart without HTML gets a figure around its image, so that the book
    shows the image and the link together.
    """
    result = copy.deepcopy(notebook)
    files: dict[str, bytes] = {}
    for ordinal, output in chart_outputs(result):
        text = chart_data(output, root)
        if text is None:
            continue
        path = csv_path(lesson, output, ordinal)
        if path in files:
            raise ValueError(f"{lesson}: two charts would write {path}; give each chart its own number")
        files[path] = text.encode("utf-8")
        number = figure_number(output, ordinal)
        link = (
            f'<p class="{LINK_CLASS}"><a href="{html.escape(path)}" download>'
            f"Data behind Figure {html.escape(str(number))} (CSV)</a></p>"
        )
        data = output["data"]
        figure = data.get("text/html")
        if isinstance(figure, list):
            figure = "".join(figure)
        if figure and "</figure>" in figure:
            head, _, tail = figure.rpartition("</figure>")
            data["text/html"] = f"{head}{link}</figure>{tail}"
        else:
            alt = html.escape(str(output.get("metadata", {}).get(CHART_MIME, {}).get("alt", "")))
            data["text/html"] = (
                f'<figure class="azru-figure"><img src="data:image/png;base64,{str(data[CHART_MIME]).strip()}" alt="{alt}" '
                f'style="max-width:100%"/>{link}</figure>'
            )
    return result, files
