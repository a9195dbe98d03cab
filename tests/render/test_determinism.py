"""csv and json output is byte-identical whatever the locale, terminal width and time zone.

Runs the installed console script (next to the interpreter running the tests) in fresh processes,
with a minimal environment: only PATH, HOME and the variables under test. A locale that is not
installed (ko_KR.UTF-8 on many machines) must make no difference either.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).with_name("smacalc")
BASE = {"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "COLUMNS": "120", "TZ": "UTC"}
# Each variant changes the locale, the width and the time zone at once: a difference in any of them
# shows, in a third of the processes one variable at a time would take.
VARIANTS: dict[str, dict[str, str]] = {
    "LANG-only-ko": {"LANG": "ko_KR.UTF-8", "LC_ALL": ""},
    "ko+40+Seoul": {"LANG": "ko_KR.UTF-8", "LC_ALL": "ko_KR.UTF-8", "COLUMNS": "40", "TZ": "Asia/Seoul"},
    "C+200+New_York": {"LANG": "C", "LC_ALL": "C", "COLUMNS": "200", "TZ": "America/New_York"},
}
COMMANDS = {
    "project": ["project"],
    "project-sma11-usd-real-per-troop": ["project", "--sma", "11", "--in", "USD", "--real", "2025", "--per-troop"],
    "gap-sma11": ["gap", "--sma", "11"],
    "history": ["history"],
    "change-2019-2030": ["change", "--from", "2019", "--to", "2030"],
}


def _env(overrides: dict[str, str]) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/tmp"), **BASE}
    env.update(overrides)
    return {k: v for k, v in env.items() if v != ""}


def _run(args: list[str], overrides: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(SCRIPT), *args], env=_env(overrides), capture_output=True, timeout=60, check=False)


def test_console_script_is_installed() -> None:
    assert SCRIPT.exists(), f"no console script at {SCRIPT}; install the package (pip install -e .)"


@pytest.mark.parametrize("fmt", ["csv", "json"])
@pytest.mark.parametrize("command", list(COMMANDS))
def test_output_is_byte_identical_everywhere(command: str, fmt: str) -> None:
    if not SCRIPT.exists():
        pytest.skip(f"no console script at {SCRIPT}")
    args = [*COMMANDS[command], "--format", fmt]
    names = ["base", *VARIANTS]
    settings = [{}, *VARIANTS.values()]
    with ThreadPoolExecutor(max_workers=min(8, len(names))) as pool:
        results = dict(zip(names, pool.map(lambda o: _run(args, o), settings), strict=True))

    base = results["base"]
    assert base.returncode == 0, base.stderr.decode(errors="replace")
    assert base.stderr == b""
    assert base.stdout.strip()
    if fmt == "json":
        rows = json.loads(base.stdout)
        assert isinstance(rows, list) and rows
    else:
        assert base.stdout.count(b"\n") >= 2
    for name, result in results.items():
        assert result.returncode == 0, f"{name}: {result.stderr.decode(errors='replace')}"
        assert result.stderr == b"", f"{name}: {result.stderr!r}"
        assert result.stdout == base.stdout, f"smacalc {' '.join(args)}: output differs under {name}"


def test_stdout_is_utf8_even_in_the_c_locale() -> None:
    """Korean text and ₩ in the record come out as UTF-8, not as an encoding error, under LANG=C."""
    if not SCRIPT.exists():
        pytest.skip(f"no console script at {SCRIPT}")
    result = _run(["history", "--format", "json"], {"LANG": "C", "LC_ALL": "C"})
    assert result.returncode == 0, result.stderr
    text = result.stdout.decode("utf-8")  # raises if it is not UTF-8
    assert json.loads(text)
