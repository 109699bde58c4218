"""Every lesson exported by nbconvert to Markdown and to LaTeX keeps every chart as an image.

A chart is a code cell's output that holds ``image/png`` or an HTML
``<figure class="azru-figure">``. In the Markdown export it must appear as an
image (the extracted PNG file, or the HTML figure's inline ``<img>``); in the
LaTeX export as a figure drawn from the extracted PNG (``\\adjustimage`` or
``\\includegraphics``). A chart stored only as HTML fails here: LaTeX (and so
PDF) has no HTML, so the PNG must be in the bundle too (``azru.charts.show``
puts it there).

pandoc, which the LaTeX export needs, comes from the ``pypandoc-binary`` wheel
of the test extra (nothing to install on the machine); with ``CI=true`` a
missing pandoc is a failure, not a skip.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
LESSONS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
INLINE_PNG = re.compile(r'src="data:image/png;base64,([A-Za-z0-9+/=\s]{40,}?)"')

pytestmark = [pytest.mark.export, pytest.mark.slow]


@pytest.fixture(scope="module", autouse=True)
def pandoc_on_path() -> None:
    """Put the pandoc of pypandoc-binary first on PATH, where nbconvert looks for it."""
    try:
        import pypandoc

        folder = str(Path(pypandoc.get_pandoc_path()).parent)
    except (ImportError, OSError) as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must run the nbconvert test, but pandoc is missing: {exc}")
        pytest.skip(f"no pandoc (pip install pypandoc-binary): {exc}")
    previous = os.environ["PATH"]
    os.environ["PATH"] = folder + os.pathsep + previous
    assert shutil.which("pandoc", path=os.environ["PATH"]).startswith(folder)
    yield
    os.environ["PATH"] = previous


def charts(notebook: Any) -> list[tuple[int, int, str]]:
    """(cell index, output index, start of the PNG's base64) of every chart output of the lesson."""
    found = []
    for i, cell in enumerate(notebook.cells):
        if cell.cell_type != "code":
            continue
        for j, output in enumerate(cell.get("outputs", [])):
            data = output.get("data", {})
            html = data.get("text/html", "")
            html = "".join(html) if isinstance(html, list) else html
            if "image/png" in data:
                found.append((i, j, "".join(data["image/png"].split())[:80]))
            elif 'class="azru-figure"' in html and (inline := INLINE_PNG.search(html)):
                found.append((i, j, "".join(inline.group(1).split())[:80]))
    return found


def _export(exporter_class: Any, path: Path) -> tuple[str, dict[str, Any]]:
    notebook = nbformat.read(path, as_version=4)
    body, resources = exporter_class().from_notebook_node(notebook, resources={"unique_key": "output"})
    return body, resources


@pytest.mark.parametrize("path", LESSONS, ids=[p.stem for p in LESSONS])
def test_charts_are_images_in_markdown_and_latex(path: Path) -> None:
    from nbconvert import LatexExporter, MarkdownExporter

    lesson = nbformat.read(path, as_version=4)
    expected = charts(lesson)
    markdown, _md_resources = _export(MarkdownExporter, path)
    latex, tex_resources = _export(LatexExporter, path)
    assert markdown.strip() and r"\begin{document}" in latex
    missing = []
    for cell, output, start in expected:
        name = f"output_{cell}_{output}.png"
        in_markdown = f"]({name})" in markdown or ("<img" in markdown and start in "".join(markdown.split()))
        in_latex = re.search(r"\\(?:adjustimage|includegraphics)\b[^\n]*\{" + re.escape(name) + r"\}", latex)
        if not in_markdown:
            missing.append(f"cell {cell} output {output}: no image in the Markdown export")
        if not in_latex or name not in tex_resources.get("outputs", {}):
            missing.append(f"cell {cell} output {output}: no image in the LaTeX export (stored only as HTML?)")
    assert not missing, f"{path.name}: {len(missing)} of {2 * len(expected)} chart exports lack the image:\n" + (
        "\n".join(missing)
    )


def test_the_check_sees_an_html_only_chart() -> None:
    """Control: an HTML-only figure is a chart, and LaTeX loses it; the same figure with a PNG keeps it."""
    from nbconvert import LatexExporter

    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    html = f'<figure class="azru-figure"><img src="data:image/png;base64,{png}" alt="A dot."/></figure>'
    html_only = nbformat.v4.new_output("display_data", {"text/html": html, "text/plain": "Figure 1."})
    both = nbformat.v4.new_output("display_data", {"text/html": html, "image/png": png, "text/plain": "Figure 1."})
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("show()", outputs=[html_only, both])])
    assert [c[:2] for c in charts(notebook)] == [(0, 0), (0, 1)]
    latex, resources = LatexExporter().from_notebook_node(notebook, resources={"unique_key": "output"})
    assert re.search(r"\\adjustimage\b[^\n]*\{output_0_1\.png\}", latex) and "output_0_0.png" not in latex
    assert set(resources["outputs"]) == {"output_0_1.png"}
