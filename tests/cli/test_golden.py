"""Whole outputs pinned byte for byte: every command line of tests/cli/golden/commands.txt, run as a
process from the checkout's root, against tests/cli/golden/expected/NNN.txt (exit code, stdout,
stderr). It catches any change of output, meant or not: a refactoring must leave every file as it
is; a meant change rewrites them with ``python tests/cli/test_golden.py --update`` and shows in the
diff.
"""

from __future__ import annotations

import hashlib
import os
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "cli" / "golden"
CLEARED = ("SMACALC_FORMAT", "SMACALC_DATA_DIR", "SMACALC_DEBUG", "NO_COLOR", "FORCE_COLOR")


def command_lines() -> list[str]:
    lines = (GOLDEN / "commands.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def run(line: str) -> bytes:
    """The exit code, stdout and stderr of ``smacalc LINE``, as one document. ``{tmp}`` in a line
    is a temporary folder of its own; each file the command wrote there follows, by its SHA-256
    (a database) or its text."""
    env = {k: v for k, v in os.environ.items() if k not in CLEARED}
    env.update(COLUMNS="100", LINES="40", PYTHONIOENCODING="utf-8", TZ="UTC", LC_ALL="C.UTF-8")
    with tempfile.TemporaryDirectory() as tmp:
        env["HOME"] = tmp
        done = subprocess.run(
            [sys.executable, "-m", "smacalc", *shlex.split(line.replace("{tmp}", tmp))],
            cwd=ROOT,
            env=env,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
        written = b"".join(
            b"file %s: %s\n" % (p.relative_to(tmp).as_posix().encode(), _contents(p))
            for p in sorted(Path(tmp).rglob("*"))
            if p.is_file()
        )
        out, err = (stream.replace(tmp.encode(), b"{tmp}") for stream in (done.stdout, done.stderr))
    return b"$ smacalc %s\nexit: %d\nstdout:\n%sstderr:\n%s%s" % (line.encode(), done.returncode, out, err, written)


def _contents(path: Path) -> bytes:
    data = path.read_bytes()
    if path.suffix in (".json", ".csv") and len(data) < 4000:
        return b"\n" + data
    return hashlib.sha256(data).hexdigest().encode()


def expected_path(number: int) -> Path:
    return GOLDEN / "expected" / f"{number:03d}.txt"


@pytest.fixture(scope="module")
def outputs() -> dict[str, bytes]:
    """Every line's output, the processes run four at a time (each mostly waits on its start-up)."""
    lines = command_lines()
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(lines, pool.map(run, lines), strict=True))


@pytest.mark.parametrize("number,line", list(enumerate(command_lines(), start=1)), ids=lambda v: str(v))
def test_output_is_unchanged(number: int, line: str, outputs: dict[str, bytes]) -> None:
    expected = expected_path(number).read_bytes()
    assert outputs[line].decode() == expected.decode()


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
