"""A progress bar for long batches (`gap --from`, `check --from`): shown on stderr, and only when
stderr is a terminal and the work has run for more than DELAY seconds; nothing otherwise."""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Callable
from typing import IO, Any

DELAY = 2.0  # seconds of work before a bar is worth showing


class Progress:
    """Rows done, and the bytes of the input read where its size is known."""

    def __init__(
        self,
        what: str,
        stream: IO[bytes] | None = None,
        *,
        err: IO[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.what = what
        self.err = err if err is not None else sys.stderr
        self.clock = clock
        self.started = clock()
        self.rows = 0
        self.shown = 0  # the rows done when the bar was last looked at
        self.at: int | None = None  # how far the input is read, where the stream does not say
        self.stream = stream
        self.total = _size(stream)
        self.bar: Any = None
        self.task: Any = None
        self.live = self.err is not None and self.err.isatty()

    def advance(self, rows: int = 1, at: int | None = None) -> None:
        """``rows`` more done (and the input read to ``at``, where it is read elsewhere than from
        the stream); the bar appears once the work has run past DELAY."""
        self.rows += rows
        if at is not None:
            self.at = at
        if not self.live or self.rows - self.shown < 256:
            return
        self.shown = self.rows
        if self.bar is None:
            if self.clock() - self.started < DELAY:
                return
            self._start()
        done = self._read()
        self.bar.update(self.task, completed=done if self.total else self.rows, rows=self.rows)

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        console = Console(file=self.err, stderr=self.err is sys.stderr)
        columns = [TextColumn(f"{self.what}: {{task.fields[rows]:,}} rows"), BarColumn(), TimeElapsedColumn()]
        self.bar = Progress(*columns, console=console, transient=True)
        self.task = self.bar.add_task(self.what, total=self.total, rows=self.rows)
        self.bar.start()

    def _read(self) -> int:
        if self.at is not None:
            return self.at
        try:
            return self.stream.tell() if self.stream is not None and self.total else 0
        except OSError:
            return 0

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def _size(stream: IO[bytes] | None) -> int | None:
    """The size of a regular file behind ``stream``; None for a pipe or a terminal."""
    if stream is None:
        return None
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return None
    return info.st_size if stat.S_ISREG(info.st_mode) and info.st_size else None
