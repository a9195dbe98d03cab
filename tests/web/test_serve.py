"""`smacalc serve` as a person runs it: the address it prints, the pages it serves, Ctrl-C, and
nothing left on disk; without the extra web, one line and exit 1."""

from __future__ import annotations

import signal
import socket
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest

from conftest import start_serve, stop


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as refused:
        return refused.code, refused.read().decode("utf-8")


def test_serve_prints_its_address_serves_the_pages_and_stops_cleanly(tmp_path: Path) -> None:
    served = start_serve(tmp_path)
    try:
        (folder,) = [p for p in tmp_path.iterdir() if p.name.startswith("smacalc-serve-")]
        assert sorted(p.name for p in folder.iterdir()) == ["sma.db"]  # the export, built afresh
        status, home = fetch(served.url)
        assert status == 200 and '<a href="/-/sma/12">12</a>' in home
        status, page = fetch(served.url + "-/check?" + urlencode({"text": "x" * 20_000}))
        assert status == 400 and "smacalc reads claims of up to 10,000" in page  # not the server's own refusal
        korean = "미국은 50억 달러를 요구했다. " + "가" * 9_980  # 10,000 characters, a 90 KB address
        status, page = fetch(served.url + "-/check?" + urlencode({"text": korean[:10_000], "date": "2019-12-01"}))
        assert status == 200 and 'class="verdict' in page
        status, listed = fetch(served.url + "-/databases.json")
        assert '"is_mutable": false' in listed
    finally:
        code, err = stop(served)
    assert code == 0
    assert "Traceback" not in err and err.splitlines()[-1] == "smacalc: stopped"
    assert not [p for p in tmp_path.iterdir() if p.name != "updates"]  # the temporary folder is gone


def test_serve_listens_on_127_0_0_1_and_sigterm_stops_it_too(tmp_path: Path) -> None:
    served = start_serve(tmp_path)
    try:
        host = served.url.split("//")[1].split(":")[0]
        assert host == "127.0.0.1"
    finally:
        served.process.send_signal(signal.SIGTERM)
        _, err = served.process.communicate(timeout=30)
    assert served.process.returncode == 0 and err.splitlines()[-1] == "smacalc: stopped" and "Traceback" not in err
    assert not [p for p in tmp_path.iterdir() if p.name != "updates"]


def test_a_port_in_use_is_one_line_and_exit_2(run: Any) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = run("serve", "--port", str(port))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"smacalc: error: serve: cannot listen on 127.0.0.1:{port} (")


def test_without_the_extra_web_serve_says_how_to_install_it(run: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datasette.app", None)  # as if Datasette were not installed
    result = run("serve")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == "smacalc: error: serve needs Datasette: pip install 'smacalc[web]'\n"
