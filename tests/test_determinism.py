"""Same code and data, same outputs: a notebook run twice, and chart files rendered twice.

A notebook is executed in two fresh kernels; every text output must match and
every embedded chart (a base64 PNG inside the ``text/html`` that
:func:`azru.charts.base.show` returns) must be byte-identical. Only what
``tests/nbval_sanitize.cfg`` declares volatile (memory addresses) is masked,
as nbval masks it. Chart files carry no timestamp: no ``tIME`` chunk in PNG,
no date in SVG or PDF, and the same bytes from two separate processes.

``AZRU_DETERMINISM_NOTEBOOKS`` (paths, separated by the OS path separator)
runs other notebooks than the introduction.
"""

from __future__ import annotations

import asyncio
import base64
import configparser
import hashlib
import os
import re
import struct
import subprocess
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

import azru
from azru import charts
from azru.charts import base

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = [Path(p) for p in os.environ.get("AZRU_DETERMINISM_NOTEBOOKS", "").split(os.pathsep) if p] or [
    ROOT / "notebooks" / "00_introduction.ipynb"
]
EMBEDDED_PNG = re.compile(r"data:image/png;base64,([A-Za-z0-9+/=]+)")


def sanitizers() -> list[tuple[re.Pattern[str], str]]:
    config = configparser.ConfigParser()
    config.read(ROOT / "tests" / "nbval_sanitize.cfg", encoding="utf-8")
    return [(re.compile(config[s]["regex"]), config[s]["replace"]) for s in config.sections()]


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


async def _execute(path: Path) -> nbformat.NotebookNode:
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    await client.async_execute()
    return notebook


def execute_twice(path: Path) -> tuple[nbformat.NotebookNode, nbformat.NotebookNode]:
    """Two runs, each in its own fresh kernel (started side by side to save time)."""

    async def both() -> list[nbformat.NotebookNode]:
        return list(await asyncio.gather(_execute(path), _execute(path)))

    first, second = asyncio.run(both())
    return first, second


def outputs(notebook: nbformat.NotebookNode) -> list[list[dict[str, Any]]]:
    """Every code cell's outputs as text, sanitized as nbval sanitizes them."""
    rules = sanitizers()

    def clean(text: Any) -> str:
        text = "".join(text) if isinstance(text, list) else str(text)
        for pattern, replacement in rules:
            text = pattern.sub(replacement, text)
        return text

    cells = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        found = []
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                if found and found[-1].get("stream") == out.name:  # one print may arrive in several messages
                    found[-1]["text"] += clean(out.text)
                else:
                    found.append({"stream": out.name, "text": clean(out.text)})
            elif out.output_type == "error":
                found.append({"error": out.ename, "text": clean(out.evalue)})
            else:
                found.append({mime: clean(data) for mime, data in sorted(out.get("data", {}).items())})
        cells.append(found)
    return cells


def embedded_pngs(cells: list[list[dict[str, Any]]]) -> list[bytes]:
    pngs = []
    for found in cells:
        for out in found:
            if "image/png" in out:
                pngs.append(base64.b64decode(out["image/png"]))
            for encoded in EMBEDDED_PNG.findall(out.get("text/html", "")):
                pngs.append(base64.b64decode(encoded))
    return pngs


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_a_notebook_gives_the_same_outputs_twice(path: Path) -> None:
    first, second = (outputs(nb) for nb in execute_twice(path))
    assert not any("error" in out for found in first for out in found), "the notebook raised an error"
    for number, (a, b) in enumerate(zip(first, second, strict=True), start=1):
        assert a == b, f"code cell {number} of {path.name} differs between two runs"
    pngs_first, pngs_second = embedded_pngs(first), embedded_pngs(second)
    assert pngs_first, f"{path.name} embeds no chart"
    assert [hashlib.sha256(p).hexdigest() for p in pngs_first] == [hashlib.sha256(p).hexdigest() for p in pngs_second]
    for png in pngs_first:
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
