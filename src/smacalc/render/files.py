"""Every file smacalc writes goes through here, so that each is written safely wherever it goes.

- A path that does not exist, or a regular file: written to a temporary file in the same folder,
  then renamed into place, whole or not at all. A new file gets the mode a plain ``open(path, "w")``
  gives under the user's umask; a replaced file keeps its mode (and, where allowed, its owner).
- A symbolic link: followed; its target is written by the same rule, and the link stays a link.
- A character device, FIFO or socket (``/dev/stdout``, a named pipe a script reads): written
  directly; a failed write is an error. Nothing under ``/dev`` or ``/proc`` is ever replaced.
- A folder, a block device, or a path in a folder that does not exist: refused before anything is
  written (InputError, exit 2).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from typing import IO

from smacalc.errors import InputError, OutputError

SPECIAL_TREES = ("/dev/", "/proc/")  # device and process files: written in place, never renamed over


def umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


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


def check_target(path: str) -> None:
    """Refuse, before any work, a path that cannot be written as a file (exit 2)."""
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
    try:
        yield
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def write_file(path: str, write: Callable[[IO[bytes]], None]) -> None:
    """Write ``path`` by calling ``write`` with a binary file, safely as the module says."""
    check_target(path)
    if _direct(path):
        with _failures(path), open(path, "wb") as out:
            write(out)
        return
    target = os.path.realpath(path)  # through any links, to the file itself
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    folder, name = os.path.split(target)
    with _failures(path):
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".smacalc-tmp")
    try:
        with _failures(path):
            with os.fdopen(handle, "wb") as out:
                write(out)
                out.flush()
                if existing is None:
                    os.fchmod(out.fileno(), 0o666 & ~umask())
                else:
                    os.fchmod(out.fileno(), stat.S_IMODE(existing.st_mode))
                    with contextlib.suppress(OSError):
                        os.fchown(out.fileno(), existing.st_uid, existing.st_gid)
                os.fsync(out.fileno())
            os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_text(path: str, text: str) -> None:
    """Write ``text`` to ``path`` as UTF-8, safely as the module says."""
    data = text.encode("utf-8")

    def write(out: IO[bytes]) -> None:
        out.write(data)

    write_file(path, write)
