"""The notebooks as Jupyter sees them: opened and saved through a real Jupyter server's REST API.

A ``jupyter server`` runs on 127.0.0.1 (a free port, a random token) with the
repository as its root. Every notebook is fetched through
``/api/contents/notebooks/NAME.ipynb`` and must come back intact: valid
nbformat, the same cells as on disk, its outputs present. The server runs
with the extensions installed in the environment, as ``make lab`` would, so
jupytext's contents manager opens each notebook together with its paired
``.py`` file: a pair out of sync shows here as a changed cell. Saved back through
the API (into ``_build/lab-roundtrip/``, never into ``notebooks/``), it must be
byte-identical to the stored file, so that opening and saving a notebook in
JupyterLab leaves no diff.

jupyter_server is not in the test environment: its dependencies (jsonschema's
format checkers) make every ``import nbformat`` about 3 s slower. ``make
test`` installs it beside the environment, in ``.venv/jupyter-server/`` (pip
``--target``), and the server runs with that folder on its ``PYTHONPATH``
(``make lab`` uses an environment of its own, ``.venv-lab``). A
``jupyter_server`` importable from the test environment itself is used as it
is. With ``CI=true`` the test never skips.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
SERVER_SITE = ROOT / ".venv" / "jupyter-server"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
ROUNDTRIP = "_build/lab-roundtrip"

pytestmark = pytest.mark.slow

LISTENING = b"azru: the server listens"
# `jupyter server`, plus one line once the port is bound: binding is a callback that initialize()
# queues on the event loop, so a callback queued after it runs once the server accepts connections.
LAUNCHER = f"""
import sys
from jupyter_server.serverapp import ServerApp

app = ServerApp.instance()
app.initialize(sys.argv[1:])
app.io_loop.add_callback(lambda: print({LISTENING.decode()!r}, flush=True))
app.start()
"""


def _server_pythonpath() -> str | None:
    """'' when jupyter_server is importable here, the folder to put on PYTHONPATH, or None if missing."""
    if find_spec("jupyter_server") is not None:
        return ""
    if (SERVER_SITE / "jupyter_server" / "__init__.py").is_file():
        return str(SERVER_SITE)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A running Jupyter server and a tiny client for its REST API."""

    def __init__(self, url: str, token: str, process: subprocess.Popen[bytes], log: Path) -> None:
        self.url, self.token, self.process, self.log = url, token, process, log

    def request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            f"{self.url}{path}",
            data=data,
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read() or b"null")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    pythonpath = _server_pythonpath()
    if pythonpath is None:
        message = f"jupyter_server is not installed (make test installs it into {SERVER_SITE.relative_to(ROOT)})"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI must run the Jupyter server test: {message}")
        pytest.skip(message)
    home = tmp_path_factory.mktemp("jupyter")
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTER_DATA_DIR": str(home / "data"),
        "JUPYTER_PLATFORM_DIRS": "1",
        "PYTHONPATH": os.pathsep.join(p for p in (pythonpath, os.environ.get("PYTHONPATH", "")) if p),
    }
    port, token = _free_port(), secrets.token_hex(16)
    log = home / "server.log"
    command = [
        sys.executable,
        "-c",
        LAUNCHER,
        "--ip=127.0.0.1",
        f"--port={port}",
        "--port-retries=0",
        "--no-browser",
        "--allow-root",  # CI runs as root
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={ROOT}",
        "--ServerApp.open_browser=False",
    ]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
    )
    running = Server(f"http://127.0.0.1:{port}", token, process, log)
    ready = threading.Event()

    def pump() -> None:
        """Copy the server's output to its log; signal once it listens (LAUNCHER says so) or exits."""
        assert process.stdout is not None
        with log.open("wb") as sink:
            for line in process.stdout:
                sink.write(line)
                sink.flush()
                if line.strip() == LISTENING:
                    ready.set()
        ready.set()

    threading.Thread(target=pump, daemon=True).start()
    try:
        if not ready.wait(timeout=60):
            pytest.fail(f"jupyter server did not start within 60 s:\n{log.read_text()[-3000:]}")
        if process.poll() is not None:
            pytest.fail(f"jupyter server exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        running.request("GET", "/api/status")
        yield running
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _comparable(cell: dict[str, Any]) -> dict[str, Any]:
    cell = json.loads(json.dumps(cell))
    cell.get("metadata", {}).pop("trusted", None)  # set by the server's notary, never stored
    return cell


def test_server_needs_the_token(server: Server) -> None:
    request = urllib.request.Request(f"{server.url}/api/contents/notebooks")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code in (401, 403)


def test_server_lists_every_notebook(server: Server) -> None:
    listing = server.request("GET", "/api/contents/notebooks?content=1")
    names = {item["name"] for item in listing["content"] if item["type"] == "notebook"}
    assert {p.name for p in NOTEBOOKS} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_opens_intact(server: Server, path: Path) -> None:
    model = server.request("GET", f"/api/contents/notebooks/{path.name}?content=1&type=notebook")
    assert model["type"] == "notebook" and model["format"] == "json"
    opened = nbformat.from_dict(model["content"])
    nbformat.validate(opened)
    on_disk = nbformat.read(path, as_version=4)
    assert len(opened.cells) == len(on_disk.cells)
    for index, (served, stored) in enumerate(zip(opened.cells, on_disk.cells, strict=True)):
        assert _comparable(served) == _comparable(stored), (
            f"{path.name}: cell {index} differs from the stored notebook "
            f"(with jupytext's server extension, Jupyter opens the pair: is {path.stem}.py in sync?)"
        )
    code = [c for c in opened.cells if c.cell_type == "code"]
    assert code and any(c.outputs for c in code), f"{path.name}: no stored outputs"
    stored_outputs = sum(len(c.get("outputs", [])) for c in on_disk.cells)
    assert sum(len(c.outputs) for c in code) == stored_outputs, f"{path.name}: outputs lost"
    assert opened.metadata.get("kernelspec", {}).get("name") == "python3"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_saved_by_jupyter_is_unchanged(server: Server, path: Path) -> None:
    (ROOT / ROUNDTRIP).mkdir(parents=True, exist_ok=True)
    model = server.request("GET", f"/api/contents/notebooks/{path.name}?content=1&type=notebook")
    target = f"{ROUNDTRIP}/{path.name}"
    server.request(
        "PUT", f"/api/contents/{target}", {"type": "notebook", "format": "json", "content": model["content"]}
    )
    assert (ROOT / target).read_bytes() == path.read_bytes(), f"saving {path.name} in Jupyter would change it"
