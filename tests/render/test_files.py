"""Output written safely wherever it goes: a full disk or a closed stream as stdout, and --svg
through links, into FIFOs and /dev/stdout, with the modes a plain open() gives. Devices appear
only as stdout redirections (/dev/full); no device node is ever given as a path to write."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

AS_ROOT = os.geteuid() == 0
FULL = "/dev/full"


def smacalc(*args: str, umask: int | None = None, close_stdout: bool = False, close_stdin: bool = False, **kwargs):
    def before() -> None:
        if umask is not None:
            os.umask(umask)
        if close_stdout:
            os.close(1)
        if close_stdin:
            os.close(0)

    env = {k: v for k, v in os.environ.items() if not k.startswith("SMACALC_")}
    kwargs.setdefault("stdout", subprocess.PIPE)
    kwargs.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "smacalc", *args],
        stdin=None if close_stdin else subprocess.DEVNULL,
        env=env,
        preexec_fn=before,
        timeout=60,
        **kwargs,
    )


def one_error_line(stderr: bytes) -> str:
    lines = stderr.decode().splitlines()
    assert len(lines) == 1, lines
    assert "Traceback" not in lines[0]
    return lines[0]


needs_dev_full = pytest.mark.skipif(not os.path.exists(FULL), reason="this machine has no /dev/full")


@needs_dev_full
@pytest.mark.parametrize(
    "args",
    [
        ("project", "--format", "csv"),
        ("history", "--format", "json"),  # larger than the stream's buffer: fails while rendering
        ("--help",),
        ("gap", "--from", "fixtures/batch.csv", "--format", "jsonl"),
        ("project", "--sma", "11", "--format", "table"),
    ],
)
def test_a_full_disk_as_stdout_is_one_line_and_exit_1(args: tuple[str, ...]) -> None:
    root = Path(__file__).resolve().parents[2]
    with open(FULL, "w") as full:
        done = smacalc(*args, stdout=full, stderr=subprocess.PIPE, cwd=root)
    assert done.returncode == 1
    assert one_error_line(done.stderr) == "smacalc: error: cannot write output: No space left on device"


@pytest.mark.parametrize("args", [("project", "--format", "csv"), ("--help",), ("sources",)])
def test_a_closed_stdout_is_one_line_and_exit_1(args: tuple[str, ...]) -> None:
    done = smacalc(*args, close_stdout=True, stderr=subprocess.PIPE)
    assert done.returncode == 1
    assert one_error_line(done.stderr) == "smacalc: error: cannot write output: standard output is closed"


def test_a_closed_stdout_is_no_failure_when_nothing_is_printed(tmp_path: Path) -> None:
    path = tmp_path / "c.svg"
    done = smacalc("chart", "--sma", "11", "--svg", str(path), close_stdout=True, stderr=subprocess.PIPE)
    assert done.returncode == 0 and path.read_text().startswith("<svg")


@needs_dev_full
def test_a_full_stderr_keeps_the_exit_code() -> None:
    with open(FULL, "w") as full:
        done = smacalc("project", "--sma", "99", stdout=subprocess.PIPE, stderr=full)
    assert done.returncode == 2 and done.stdout == b""


def test_a_closed_stdin_for_a_batch_is_one_line() -> None:
    done = smacalc("gap", "--from", "-", close_stdin=True)
    assert done.returncode == 1 and done.stdout == b""
    assert (
        one_error_line(done.stderr) == "smacalc: error: stdin: standard input is closed; give a file, or pipe rows in"
    )


def test_svg_through_a_link_writes_the_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real" / "chart.svg"
    target.parent.mkdir()
    target.write_text("old")
    link = tmp_path / "link.svg"
    link.symlink_to(target)
    done = smacalc("chart", "--sma", "11", "--svg", str(link))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_text().startswith("<svg") and "2020" in target.read_text()
    assert sorted(p.name for p in target.parent.iterdir()) == ["chart.svg"]  # no temporary left


def test_svg_through_a_dangling_link_creates_the_target(tmp_path: Path) -> None:
    target = tmp_path / "new.svg"
    link = tmp_path / "link.svg"
    link.symlink_to(target)
    assert smacalc("chart", "--sma", "11", "--svg", str(link)).returncode == 0
    assert link.is_symlink() and target.read_text().startswith("<svg")


def test_svg_into_a_fifo_reaches_its_reader(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    done = smacalc("chart", "--sma", "11", "--svg", str(fifo))
    reader.join(timeout=60)
    assert done.returncode == 0, done.stderr
    assert received and received[0].startswith(b"<svg") and b"2020" in received[0]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_svg_to_dev_stdout_is_written_to_stdout() -> None:
    done = smacalc("chart", "--sma", "11", "--svg", "/dev/stdout")
    assert done.returncode == 0
    assert done.stdout.startswith(b"<svg") and done.stdout.rstrip().endswith(b"</svg>")
    assert done.stderr == b"smacalc: wrote /dev/stdout\n"


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_svg_gets_the_mode_touch_would_give(tmp_path: Path, umask: int, mode: int) -> None:
    path = tmp_path / "c.svg"
    assert smacalc("chart", "--sma", "11", "--svg", str(path), umask=umask).returncode == 0
    touched = tmp_path / "touched"
    subprocess.run(["touch", str(touched)], preexec_fn=lambda: os.umask(umask), check=True)
    assert stat.S_IMODE(path.stat().st_mode) == stat.S_IMODE(touched.stat().st_mode) == mode


def test_a_replaced_svg_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "c.svg"
    path.write_text("old")
    path.chmod(0o640)
    assert smacalc("chart", "--sma", "11", "--svg", str(path), umask=0o022).returncode == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640 and path.read_text().startswith("<svg")


def test_svg_in_a_folder_that_cannot_be_written_is_one_line_and_nothing_left(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    tmp_path.chmod(0o755)
    user = None
    if AS_ROOT:  # root writes anywhere: try as an unprivileged user
        user = 65534
        try:
            probe = subprocess.run([sys.executable, "-c", "import smacalc"], user=user, capture_output=True)
        except PermissionError:
            probe = None
        if probe is None or probe.returncode != 0:
            pytest.skip("this Python (in a folder only root can read) cannot be run by an unprivileged user here")
    done = subprocess.run(
        [sys.executable, "-m", "smacalc", "chart", "--sma", "11", "--svg", str(folder / "c.svg")],
        capture_output=True,
        user=user,
        timeout=60,
    )
    assert done.returncode == 1
    assert one_error_line(done.stderr) == f"smacalc: error: cannot write {folder / 'c.svg'}: Permission denied"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("given", ["folder", "missing-folder"])
def test_svg_to_a_folder_or_into_a_missing_one_is_a_usage_error(tmp_path: Path, given: str) -> None:
    path = tmp_path if given == "folder" else tmp_path / "none" / "c.svg"
    done = smacalc("chart", "--svg", str(path))
    assert done.returncode == 2 and "--svg" in one_error_line(done.stderr)
