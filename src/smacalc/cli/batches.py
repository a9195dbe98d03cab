"""A batch on the command line (`gap --from`, `check --from`): the input opened by name, read by
the one reader (smacalc.inputs), a progress bar, and Ctrl-C or SIGTERM taken between rows."""

from __future__ import annotations

import contextlib
import io
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, TypeVar

from smacalc.cli.app import Terminated, say
from smacalc.cli.lazy import inputs, load, progress
from smacalc.errors import DataError, InputError, SmacalcError

T = TypeVar("T")
R = TypeVar("R")


def open_batch(source: str) -> tuple[str, IO[bytes]]:
    """The batch input by name, opened now, so a missing file fails before any output."""
    if source == "-":
        if sys.stdin is None:
            raise DataError("stdin: standard input is closed; give a file, or pipe rows in")
        return "stdin", sys.stdin.buffer
    try:
        return os.path.basename(source), open(source, "rb")
    except OSError as exc:
        raise DataError(load.file_problem(source, exc)) from None


class RowBoundary:
    """Ctrl-C and SIGTERM during a batch, taken between rows: while rows are computed and written
    the signal waits for the row in hand to be written whole; while smacalc waits for input it
    stops at once. (Raised in the middle of a write, it would drop what the stream held.)"""

    def __init__(self) -> None:
        self.pending: int | None = None
        self.waiting = False
        self.previous: dict[int, Any] = {}

    def __enter__(self) -> RowBoundary:
        for signum in (signal.SIGINT, signal.SIGTERM):
            self.previous[signum] = signal.signal(signum, self._signalled)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self.previous.items():
            signal.signal(signum, handler)

    def _signalled(self, signum: int, frame: Any) -> None:
        self.pending = signum
        if self.waiting:
            self.stop()

    def stop(self) -> None:
        if self.pending is not None:
            raise KeyboardInterrupt if self.pending == signal.SIGINT else Terminated

    def reading(self, stream: IO[bytes]) -> IO[bytes]:
        """``stream``, its reads marked as waiting (a signal then stops the batch at once)."""
        boundary = self
        read = getattr(stream, "read1", stream.read)

        class Marked(io.RawIOBase):
            def read1(self, size: int = -1) -> bytes:
                boundary.stop()
                boundary.waiting = True
                try:
                    return read(size)
                finally:
                    boundary.waiting = False

            read = read1

        return Marked()  # type: ignore[return-value]

    def rows(self, rows: Iterable[T]) -> Iterator[T]:
        """``rows``, stopping between two of them where a signal came."""
        for row in rows:
            self.stop()
            yield row
        self.stop()


class Batch:
    """An open batch: its name, its rows as the reader gives them, and its progress bar."""

    def __init__(self, name: str, items: Iterator[Any], boundary: RowBoundary, bar: Any) -> None:
        self.name, self.items, self.boundary, self.bar = name, items, boundary, bar

    def each(self, read: Callable[[Any], T], work: Callable[[T], R], skip_bad: bool = False) -> Iterator[R]:
        """``work`` on each row the reader gives, read by ``read``, in order, stopping between rows
        where a signal came. A bad row (or a row ``read`` or ``work`` refuses) stops the run with
        one line naming it (exit 1), or with ``skip_bad`` is said on stderr and skipped; a bad
        header always stops it."""
        for item in self.items:
            self.bar.advance()
            try:
                if isinstance(item, inputs.BadRow):
                    raise InputError(item.message)
                result = work(read(item))
            except SmacalcError as exc:
                message = f"{self.name}, line {item.line}: {exc}"
                if not skip_bad or (isinstance(item, inputs.BadRow) and item.fatal):
                    raise DataError(message) from None
                say(f"skipped {message}")
                continue
            self.boundary.stop()
            yield result
        self.boundary.stop()


@contextlib.contextmanager
def opened(source: str, command: str, layout: inputs.Layout) -> Iterator[Batch]:
    """The batch ``source`` (a path, or - for stdin), open for ``command`` to read by ``layout``."""
    name, stream = open_batch(source)
    bar = progress.Progress(command, stream)
    try:
        with RowBoundary() as boundary:
            numbered = inputs.lines(boundary.reading(stream), sys.stdout.flush)
            yield Batch(name, inputs.records(numbered, layout), boundary, bar)
    finally:
        bar.close()
        if stream is not sys.stdin.buffer:
            stream.close()
