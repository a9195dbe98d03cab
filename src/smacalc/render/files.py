"""Every file smacalc writes goes through here, so that each is written safely wherever it goes.

- A path that does not exist, or a regular file: written to a temporary file in the same folder,
  then renamed into place, whole or not at all. A new file gets the mode a plain ``open(path, "w")``
  gives under the user's umask; a replaced file keeps its mode (and, where allowed, its owner).
- A symbolic link: followed; its target is written by the same rule, and the link stays a link.
- A character device, FIFO or socket (``/dev/stdout``, a named pipe a script reads): written
  directly; a failed write is an error. Nothing under ``/dev`` or ``/proc`` is ever replaced.
- ``-``: standard output, where the caller allows it (a single file).
- An empty name, a name ending in ``/``, a folder, a block device, or a path in a folder that does
  not exist: refused before anything is written (InputError, exit 2).

Several files written together (``write_together``) are staged first and renamed into place one
after another with the signals that end a process (SIGINT, SIGTERM, SIGHUP, SIGQUIT) held: an
interrupt at any moment leaves the old files or the new ones, whole, and no temporary behind; the
held signal is acted on once the renames are done.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import IO

from smacalc.errors import InputError, OutputError

SPECIAL_TREES = ("/dev/", "/proc/")  # device and process files: written in place, never renamed over
TEMPORARY = ".smacalc-tmp"  # the suffix of every temporary file smacalc makes
_ENDING = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT") if hasattr(signal, name))


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold the signals that end a process while the body runs (in the main thread, where Python
    handles signals); a signal that came meanwhile is handled as the body ends."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    before = signal.pthread_sigmask(signal.SIG_BLOCK, _ENDING)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _direct(path: str) -> bool:
    """Whether ``path`` is written in place (a device, FIFO or socket) rather than replaced."""
    if os.path.abspath(path).startswith(SPECIAL_TREES):
        return True
    try:
        mode = os.stat(path).st_mode  # follows links
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def direct(path: str) -> bool:
    """Whether ``path`` is standard output, a device, a FIFO or a socket: written in place."""
    return path == "-" or _direct(path)


def check_target(path: str) -> None:
    """Refuse, before any work, a path that cannot be written as a file (exit 2)."""
    if path == "-":
        return
    if not path:
        raise InputError("the file name is empty; give one")
    if path.endswith(("/", os.sep)) and not os.path.isdir(path):
        raise InputError(f"{path!r} names a folder (it ends in /); give a file name")
    if os.path.isdir(path):
        raise InputError(f"{path!r} is a folder; give a file name")
    with contextlib.suppress(OSError):
        if stat.S_ISBLK(os.stat(path).st_mode):
            raise InputError(f"{path!r} is a block device; give a file name")
    if _direct(path):
        return
    folder = os.path.dirname(os.path.realpath(path))
    if not os.path.isdir(folder):
        raise InputError(f"folder {folder!r} does not exist")


@contextlib.contextmanager
def _failures(path: str) -> Iterator[None]:
    """A write's failure as one line (exit 1); but a reader that went away from a pipe
    (``--sqlite /dev/stdout | head -c 20``) is no failure: the command ends quietly, as a broken
    pipe on stdout does."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _stage(path: str, target: str, write: Callable[[IO[bytes]], None], mode: int | None = None) -> str:
    """Write a temporary file beside ``target`` (a real path) and return its name; its mode is the
    mode of the file it replaces, else ``mode``, else what a new file gets under the umask."""
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    folder, name = os.path.split(target)
    with _failures(path):
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=TEMPORARY)
    try:
        with _failures(path), os.fdopen(handle, "wb") as out:
            write(out)
            out.flush()
            if existing is None:
                os.fchmod(out.fileno(), (0o666 if mode is None else mode) & ~umask())
            else:
                os.fchmod(out.fileno(), stat.S_IMODE(existing.st_mode))
                with contextlib.suppress(OSError):
                    os.fchown(out.fileno(), existing.st_uid, existing.st_gid)
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary


def _write_direct(path: str, write: Callable[[IO[bytes]], None]) -> None:
    if path == "-":
        with _failures("standard output"):
            sys.stdout.flush()
            write(sys.stdout.buffer)
            sys.stdout.buffer.flush()
        return
    with _failures(path), open(path, "wb") as out:
        write(out)


def write_together(items: Sequence[tuple[str, Callable[[IO[bytes]], None]]]) -> None:
    """Write every ``(path, write)`` safely as the module says, the files replaced together or not
    at all; paths written in place (``-``, devices, FIFOs) are written after the files are."""
    for path, _ in items:
        check_target(path)
    files = [(path, write) for path, write in items if not direct(path)]
    with signals_held():
        staged: list[tuple[str, str, str]] = []  # path, temporary, target
        try:
            for path, write in files:
                target = os.path.realpath(path)  # through any links, to the file itself
                staged.append((path, _stage(path, target, write), target))
            for path, temporary, target in staged:
                with _failures(path):
                    os.replace(temporary, target)
        except BaseException:
            for _, temporary, _ in staged:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            raise
    for path, write in items:
        if direct(path):
            _write_direct(path, write)


def write_file(path: str, write: Callable[[IO[bytes]], None]) -> None:
    """Write ``path`` by calling ``write`` with a binary file, safely as the module says."""
    check_target(path)
    write_together([(path, write)])


def write_text(path: str, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, safely as the module says."""
    write_file(path, writer(text.encode("utf-8")))


def writer(data: bytes) -> Callable[[IO[bytes]], None]:
    """What writes ``data`` to a file write_together opens."""

    def write(out: IO[bytes]) -> None:
        out.write(data)

    return write


def write_folder(folder: str, contents: dict[str, bytes], removed: Sequence[str] = ()) -> None:
    """Put ``contents`` (file name: bytes) into ``folder``, creating it if it does not exist, and
    remove the files named in ``removed``: every file staged beside its place first, then all renamed
    into place with the ending signals held, so the folder holds the old files or the new ones."""
    with signals_held():
        created = False
        staged: list[str] = []
        try:
            if not os.path.isdir(folder):
                with _failures(folder):
                    os.mkdir(folder)
                created = True
            for name, data in contents.items():
                staged.append(_stage(folder, os.path.join(folder, name), writer(data)))
            with _failures(folder):
                for name, temporary in zip(contents, staged, strict=True):
                    os.replace(temporary, os.path.join(folder, name))
                staged = []
                for name in removed:
                    if name not in contents:
                        with contextlib.suppress(FileNotFoundError):
                            os.unlink(os.path.join(folder, name))
        except BaseException:
            for temporary in staged:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
            if created:
                with contextlib.suppress(OSError):
                    os.rmdir(folder)
            raise
