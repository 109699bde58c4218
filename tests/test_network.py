"""The package opens no network connection: loading, checks, citations, charts, the CLI, a notebook.

Each test runs Python in a subprocess with a ``sitecustomize`` on PYTHONPATH
that installs an audit hook (``sys.addaudithook``) in that process and in every
Python process it starts (the notebook kernel included). The hook refuses any
name lookup or connection that is not loopback and logs it; the tests assert
the log holds none. A control test proves the hook catches a real attempt.

The whole suite also runs without a network at all: ``make test-offline``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SITECUSTOMIZE = '''
"""Refuse and log every non-loopback name lookup or connection (installed by tests/test_network.py)."""
import json, os, sys

_LOG = os.environ["AZRU_NETWORK_LOG"]
_LOCAL = {"localhost", "localhost.localdomain", "ip6-localhost", "::1", "0.0.0.0", "::", ""}


def _is_local(host):
    if host is None:
        return True
    if isinstance(host, (bytes, bytearray)):
        host = bytes(host).decode("ascii", "replace")
    host = str(host).strip("[]").lower()
    return host in _LOCAL or host.startswith("127.") or host.startswith("::ffff:127.")


def _write(entry):
    with open(_LOG, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\\n")


def _hook(event, args):
    if not event.startswith("socket."):
        return
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg"):
        address = args[-1] if event != "socket.connect" else args[1]
        if not isinstance(address, tuple):  # AF_UNIX paths and the like
            return
        host = address[0]
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex", "socket.gethostbyaddr"):
        host = args[0]
    else:
        return
    if _is_local(host):
        return
    _write({"pid": os.getpid(), "event": event, "host": repr(host)})
    raise ConnectionRefusedError(f"network use refused by the test: {event} {host!r}")


sys.addaudithook(_hook)
_write({"pid": os.getpid(), "event": "hook installed", "host": " ".join(sys.argv[:1])})
'''


def run_guarded(code: str, tmp_path: Path, timeout: float = 300) -> tuple[subprocess.CompletedProcess[str], list[dict]]:
    """Run ``code`` in a fresh interpreter under the hook; return the process and the log."""
    (tmp_path / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "network.log"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
        "AZRU_NETWORK_LOG": str(log),
        "MPLBACKEND": "Agg",
    }
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []
    return done, entries


def attempts(entries: list[dict]) -> list[dict]:
    return [e for e in entries if e["event"] != "hook installed"]


def test_the_hook_catches_a_real_attempt(tmp_path: Path) -> None:
    code = """
    import socket, urllib.request
    # loopback is allowed: a server and a client in this process
    server = socket.create_server(("127.0.0.1", 0))
    socket.create_connection(server.getsockname(), timeout=5).close()
    try:
        urllib.request.urlopen("http://example.com/", timeout=5)
    except OSError as exc:
        print("refused:", exc)
    """
    done, entries = run_guarded(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "refused:" in done.stdout
    assert [(e["event"], e["host"]) for e in attempts(entries)] == [("socket.getaddrinfo", "'example.com'")]


@pytest.mark.slow
def test_the_package_opens_no_connection(tmp_path: Path) -> None:
    code = """
    import importlib, pkgutil, sys
    import azru
    facts = azru.load()
    azru.check()
    azru.events(theme="military"); azru.measures(); azru.sources(); azru.places(); azru.actors()
    azru.cite(facts.events["event_id"].iloc[0], style="bibtex")
    for module in pkgutil.walk_packages(azru.__path__, "azru."):  # every module imports without the network
        try:
            importlib.import_module(module.name)
        except ModuleNotFoundError as exc:  # an optional extra that is not installed: not our question
            if (exc.name or "").startswith("azru"):
                raise
    from azru import charts
    from azru.charts import base
    fig = charts.border_map(facts)
    base.png_bytes(fig)
    for suffix in ("png", "svg", "pdf"):
        base.save(fig, "chart." + suffix)
    spans = facts.events.dropna(subset=['date_end']).head(3)
    base.png_bytes(charts.span_chart(spans, 'title'))
    from azru.cli import main
    assert main(["data", "validate"]) == 0
    main(["facts", "--format", "json"])
    print("done", file=sys.stderr)
    """
    done, entries = run_guarded(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr.rstrip().endswith("done"), done.stderr
    assert [e for e in entries if e["event"] == "hook installed"], "the hook never ran"
    assert attempts(entries) == []


@pytest.mark.slow
def test_a_notebook_opens_no_connection_beyond_loopback(tmp_path: Path) -> None:
    notebook = ROOT / "notebooks" / "00_introduction.ipynb"
    code = f"""
    import nbformat
    from nbclient import NotebookClient
    nb = nbformat.read({str(notebook)!r}, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={{"metadata": {{"path": {str(notebook.parent)!r}}}}}).execute()
    print("executed")
    """
    done, entries = run_guarded(code, tmp_path)
    assert done.returncode == 0, done.stderr
    assert "executed" in done.stdout
    processes = {e["pid"] for e in entries if e["event"] == "hook installed"}
    assert len(processes) >= 2, "the hook must run in the kernel too"
    assert attempts(entries) == []
