"""Same code and data, same outputs: notebooks and chart files.

The notebooks: nbval (``--nbval``, strict, in ``make test``) runs every lesson
in a fresh kernel and compares every output with the one stored by an earlier
run in another process, the HTML figures included, whose base64 PNG must be
byte-identical; only what ``tests/nbval_sanitize.cfg`` declares volatile
(memory addresses) is masked. A test here makes sure nbval keeps comparing the
figures, and that no stored chart carries a timestamp. Chart files: no
``tIME`` chunk in PNG, no date in SVG or PDF, and the same bytes from two
separate processes with different hash seeds.
"""

from __future__ import annotations

import base64
import inspect
import os
import re
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

import nbformat
import pytest

import azru
from azru import charts
from azru.charts import base

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
EMBEDDED_PNG = re.compile(r"data:image/png;base64,([A-Za-z0-9+/=]+)")


def png_chunks(png: bytes) -> list[bytes]:
    """The chunk types of a PNG file, in order."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    types, i = [], 8
    while i < len(png):
        (length,) = struct.unpack(">I", png[i : i + 4])
        types.append(png[i + 4 : i + 8])
        i += 12 + length
    return types


def assert_no_timestamp(png: bytes) -> None:
    chunks = png_chunks(png)
    assert b"tIME" not in chunks
    for marker in (b"Creation Time", b"Software", b"Date"):
        assert marker not in png


def embedded_pngs(notebook: nbformat.NotebookNode) -> list[bytes]:
    """Every chart a notebook stores: its ``image/png`` outputs and the PNGs inside its HTML figures."""
    pngs = []
    for cell in notebook.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if "image/png" in data:
                pngs.append(base64.b64decode("".join(data["image/png"])))
            html = data.get("text/html", "")
            for encoded in EMBEDDED_PNG.findall("".join(html) if isinstance(html, list) else html):
                pngs.append(base64.b64decode(encoded))
    return pngs


def test_nbval_compares_the_embedded_charts() -> None:
    """nbval (strict) compares every text output, the HTML figures with their base64 PNGs included."""
    import nbval.plugin

    addopts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "--nbval " in addopts["addopts"] + " " and "--nbval-lax" not in addopts["addopts"]
    assert "text/html" not in inspect.getsource(nbval.plugin.IPyNbFile.__init__).split("skip_compare")[1]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_stored_charts_carry_no_timestamp(path: Path) -> None:
    pngs = embedded_pngs(nbformat.read(path, as_version=4))
    assert pngs, f"{path.name} stores no chart"
    for png in pngs:
        assert_no_timestamp(png)


def test_png_bytes_are_identical_and_undated() -> None:
    events = azru.events().dropna(subset=["date_end"])
    first = base.png_bytes(charts.span_chart(events, "title"))
    second = base.png_bytes(charts.span_chart(events, "title"))
    assert first == second
    assert_no_timestamp(first)
    assert png_chunks(first)[0] == b"IHDR" and png_chunks(first)[-1] == b"IEND"


def test_saved_files_are_identical_and_undated(tmp_path: Path) -> None:
    fig = charts.span_chart(
        azru.events().dropna(subset=["date_end"]), "title"
    )  # fresh figures in fresh processes: the test below
    for suffix in ("png", "svg", "pdf"):
        a = base.save(fig, tmp_path / f"a.{suffix}").read_bytes()
        b = base.save(fig, tmp_path / f"b.{suffix}").read_bytes()
        assert a == b, suffix
        if suffix == "png":
            assert_no_timestamp(a)
        else:
            for marker in (b"Date", b"CreationDate", b"ModDate", b"dc:date"):
                assert marker not in a, (suffix, marker)


RENDER = """
import hashlib, sys, azru
from azru import charts
from azru.charts import base
fig = charts.span_chart(azru.events().dropna(subset=["date_end"]), "title")
out = {"png": base.png_bytes(fig)}
for suffix in ("svg", "pdf"):
    out[suffix] = base.save(fig, sys.argv[1] + "." + suffix).read_bytes()
print(" ".join(k + ":" + hashlib.sha256(v).hexdigest() for k, v in sorted(out.items())))
"""


def test_two_processes_render_the_same_bytes(tmp_path: Path) -> None:
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", RENDER, str(tmp_path / f"chart{i}")],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": str(i)},  # different hash seeds, same bytes
        )
        for i in (1, 2)
    ]
    digests = [process.communicate(timeout=300)[0].strip() for process in processes]
    assert [process.returncode for process in processes] == [0, 0]
    assert digests[0] == digests[1]
    assert digests[0].count(":") == 3
