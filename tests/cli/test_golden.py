"""Whole outputs pinned byte for byte: every command line of tests/cli/golden/commands.txt, run as a
process from the checkout's root, against tests/cli/golden/expected/NNN.txt (exit code, stdout,
stderr). It catches any change of output, meant or not: a refactoring must leave every file as it
is; a meant change rewrites them with ``python tests/cli/test_golden.py --update`` and shows in the
diff.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "cli" / "golden"
CLEARED = ("SMACALC_FORMAT", "SMACALC_DATA_DIR", "SMACALC_DEBUG", "NO_COLOR", "FORCE_COLOR")


def command_lines() -> list[str]:
    lines = (GOLDEN / "commands.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def run(line: str) -> bytes:
    """The exit code, stdout and stderr of ``smacalc LINE``, as one document."""
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    env.update(COLUMNS="100", LINES="40", PYTHONIOENCODING="utf-8", TZ="UTC", LC_ALL="C.UTF-8")
    done = subprocess.run(
        [sys.executable, "-m", "smacalc", *shlex.split(line)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    return b"$ smacalc %s\nexit: %d\nstdout:\n%sstderr:\n%s" % (
        line.encode(),
        done.returncode,
        done.stdout,
        done.stderr,
    )


def expected_path(number: int) -> Path:
    return GOLDEN / "expected" / f"{number:03d}.txt"


@pytest.mark.parametrize("number,line", list(enumerate(command_lines(), start=1)), ids=lambda v: str(v))
def test_output_is_unchanged(number: int, line: str) -> None:
    expected = expected_path(number).read_bytes()
    assert run(line).decode() == expected.decode()


def update() -> None:
    folder = GOLDEN / "expected"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for number, line in enumerate(command_lines(), start=1):
        expected_path(number).write_bytes(run(line))
    print(f"wrote {len(command_lines())} files in {folder.relative_to(ROOT)}")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: python tests/cli/test_golden.py --update")
    update()
