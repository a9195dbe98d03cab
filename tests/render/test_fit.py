"""Tables and charts fit the terminal: no line longer than its width, figures never cut, and the
columns left out named in the caption; --wide draws them all."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios

import pytest
from rich.cells import cell_len

COMMANDS = [
    ("project",),
    ("project", "--sma", "11"),
    ("project", "--sma", "10", "--in", "USD", "--real", "2025", "--per-troop"),
    ("project", "--sma", "12", "--in", "USD"),
    ("list",),
    ("history", "--sma", "12"),
    ("history",),
    ("audit",),
    ("gap", "--sma", "11"),
    ("gap", "--sma", "10", "--in", "USD"),
    ("gap", "--demand", "5B USD", "--offer", "1.0389T KRW", "--year", "2019"),
    ("change", "--from", "2019", "--to", "2026"),
    ("change", "--from", "1991", "--to", "2025", "--in", "USD", "--real", "2025"),
    ("sources",),
    ("chart",),
    ("chart", "--sma", "10", "--in", "USD", "--per-troop"),
]


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def widest(text: str) -> int:
    """The widest line as the terminal shows it (colour and style codes take no room)."""
    return max(cell_len(ANSI.sub("", line)) for line in text.splitlines())


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_no_line_is_longer_than_the_terminal(run, args: tuple[str, ...], width: int) -> None:
    table = () if args[0] == "chart" else ("--format", "table")
    result = run(*args, *table, env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.stderr
    assert widest(result.stdout) <= width


def test_columns_left_out_are_named_and_wide_shows_them(run) -> None:
    args = ("project", "--sma", "10", "--in", "USD", "--real", "2025", "--per-troop", "--format", "table")
    narrow = run(*args, env={"COLUMNS": "80"}).stdout
    assert "Not shown at this width: SMA, Capped, ₩ per $, Nominal, Troops, Source" in " ".join(narrow.split())
    assert "$42,309" in narrow and "washingtonpost-2019-02-10" not in narrow
    wide = run(*args, "--wide", env={"COLUMNS": "80"}).stdout
    assert "Not shown" not in wide and "washingtonpost-2019-02-10" in wide and "1165.8016" in wide
    assert widest(wide) > 80


def test_figures_are_never_cut(run) -> None:
    narrow = run("gap", "--sma", "11", "--format", "table", env={"COLUMNS": "80"}).stdout
    for figure in ("₩5,829.0bn", "$5.0bn", "+461.1%", "$4.7bn", "₩1,534.7bn"):
        assert figure in narrow
    urls = run("sources", "--format", "table", env={"COLUMNS": "80"}).stdout
    assert widest(urls) <= 80 and "Not shown at this width: Publisher, Date" in urls


def test_an_80_column_pseudo_terminal() -> None:
    """As a person sees it: a real terminal of 80 columns, no --format, no COLUMNS."""
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "SMACALC_FORMAT")}
    for args in (["gap", "--sma", "11"], ["project"], ["list"]):
        leader, follower = pty.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 80, 0, 0))
        process = subprocess.Popen(
            [sys.executable, "-m", "smacalc", *args], stdin=follower, stdout=follower, stderr=follower, env=env
        )
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal closed: the process is done
                break
            if not chunk:
                break
            chunks.append(chunk)
        os.close(leader)
        assert process.wait(timeout=60) == 0
        screen = b"".join(chunks).decode().replace("\r\n", "\n")
        assert "SMA" in screen
        assert widest(screen) <= 80, args
