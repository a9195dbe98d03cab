"""What the web tests share: the record exported as smacalc serve builds it, a Datasette over it
(immutable, as serve opens it) with a GET through its test client, and `smacalc serve` itself
started on a free port."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pytest

datasette_app = pytest.importorskip("datasette.app", reason="the web tests need the extra web (datasette)")


class Page(NamedTuple):
    status: int
    text: str
    content_type: str

    def json(self) -> Any:
        import json

        return json.loads(self.text)


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    done = subprocess.run(
        [sys.executable, "-m", "smacalc", "export", "--sqlite", str(folder / "sma.db")],
        capture_output=True,
        text=True,
        env={**os.environ, "SMACALC_UPDATE_DIR": str(folder / "updates")},
    )
    assert done.returncode == 0, done.stderr
    return folder / "sma.db"


def datasette_over(*paths: Path) -> Any:
    ds = datasette_app.Datasette(immutables=[str(p) for p in paths])
    asyncio.run(ds.invoke_startup())
    return ds


@pytest.fixture(scope="session")
def ds(exported: Path) -> Any:
    return datasette_over(exported)


def get(ds: Any, path: str) -> Page:
    """A GET of ``path`` through Datasette's test client, as a browser would make it."""

    async def fetch() -> Page:
        response = await ds.client.get(path)
        return Page(response.status_code, response.text, response.headers.get("content-type", ""))

    return asyncio.run(fetch())


class Served(NamedTuple):
    url: str
    process: subprocess.Popen[str]
    tmp: Path


def start_serve(tmp: Path) -> Served:
    """`smacalc serve --port 0` in a process of its own, its temporary folder in ``tmp``; the
    address it prints."""
    env = {**os.environ, "TMPDIR": str(tmp), "SMACALC_UPDATE_DIR": str(tmp / "updates")}
    process = subprocess.Popen(
        [sys.executable, "-m", "smacalc", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    assert url.startswith("http://127.0.0.1:"), (url, process.stderr.read() if process.stderr else "")
    return Served(url, process, tmp)


def stop(served: Served) -> tuple[int, str]:
    """Ctrl-C, as a person stops the server; its exit code and stderr."""
    served.process.send_signal(signal.SIGINT)
    _, err = served.process.communicate(timeout=30)
    return served.process.returncode, err


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    running = start_serve(tmp_path_factory.mktemp("serve"))
    try:
        yield running
    finally:
        if running.process.poll() is None:
            stop(running)
