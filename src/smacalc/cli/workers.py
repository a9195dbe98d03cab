"""A large batch on every core. A `--from` file is cut at line ends into spans of about
SPAN_BYTES; worker processes, forked with the record already loaded, each read a span from the file
themselves, read and compute its rows and write them out, and this process writes what they wrote
in input order. What comes out is what one process writes, byte for byte: the same rows, the same
notes on stderr in the same order, the same stop at the first bad row (tests hold the two together).

Workers are used for a regular file of PARALLEL_BYTES or more, on Linux, with more than one core
to run on; SMACALC_WORKERS=N sets their number (1: the whole batch in this process). A pipe or a
terminal is read here, a row at a time, so that rows come out as their input comes in.
"""

from __future__ import annotations

import os
import signal
import stat
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from smacalc.errors import InputError, SmacalcError

PARALLEL_BYTES = 1 << 20  # a smaller file is done before workers would have started
SPAN_BYTES = 1 << 17  # about 3,000 rows of csv, 1,800 of json lines
MAX_WORKERS = 8  # past this, this process (which writes every row) is the bottleneck


@dataclass
class Done:
    """A span done: its rows written out (in UTF-8), how many input rows it held, the notes to
    print after them, the error that stopped it (the rows before the error are in ``text``), and
    where in the file the span ends."""

    text: bytes
    rows: int
    notes: list[str] = field(default_factory=list)
    error: BaseException | None = None
    end: int = 0


Work = Callable[[int, bytes], Done]  # (number of the first line, the bytes of the span's lines)
Span = tuple[int, int, int]  # (number of its first line, where it starts in the file, its length)


def count(stream: IO[bytes]) -> int:
    """How many workers a batch read from ``stream`` gets: none unless it is a regular file of
    PARALLEL_BYTES or more, processes can be forked, and more than one core is free to run them."""
    wanted = os.environ.get("SMACALC_WORKERS", "").strip()
    if wanted:
        if not (wanted.isascii() and wanted.isdigit() and 1 <= int(wanted) <= 64):
            raise InputError(f"SMACALC_WORKERS={wanted!r}: give a number of worker processes from 1 to 64")
        cores = int(wanted)
    else:
        cores = min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1, MAX_WORKERS)
    if cores < 2 or not sys.platform.startswith("linux"):
        return 0
    try:
        info = os.fstat(stream.fileno())
    except (OSError, ValueError, AttributeError):
        return 0
    return cores if stat.S_ISREG(info.st_mode) and info.st_size >= PARALLEL_BYTES else 0


def spans(fd: int, first: int, offset: int, longest: int) -> Iterator[Span]:
    """The file ``fd`` from ``offset`` (the start of line ``first``) in spans of whole lines of
    about SPAN_BYTES, the last one to the end of the file. A line longer than SPAN_BYTES is longer
    than ``longest`` (the longest line read): its first ``longest`` + 2 bytes stand for it, so it is
    refused as too long, as one process refuses it, and never read whole."""
    while True:
        block = os.pread(fd, SPAN_BYTES, offset)
        if not block:
            return
        cut = len(block) if len(block) < SPAN_BYTES else block.rfind(b"\n") + 1
        if cut == 0:
            yield first, offset, longest + 2
            first, offset = first + 1, _line_end(fd, offset + len(block))
            continue
        yield first, offset, cut
        first, offset = first + block.count(b"\n", 0, cut), offset + cut


def _line_end(fd: int, offset: int) -> int:
    """Where the line running at ``offset`` ends (after its newline), or the end of the file."""
    while block := os.pread(fd, SPAN_BYTES, offset):
        found = block.find(b"\n")
        if found >= 0:
            return offset + found + 1
        offset += len(block)
    return offset


def run(work: Work, fd: int, parts: Iterable[Span], workers: int) -> Iterator[Done]:
    """Each span of the file ``fd`` done by ``work`` in one of ``workers`` processes, in input
    order. A worker holds one span at a time: the next goes to it as soon as its last is taken
    back, before that one is handed on, so the workers compute while this process writes. Stopping
    early (an error, Ctrl-C) stops the workers."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    for stream in (sys.stdout, sys.stderr):  # a forked copy of what is buffered would be written twice
        if stream is not None:
            stream.flush()
    pipes: list[Any] = []
    processes: list[Any] = []
    try:
        for _ in range(workers):
            here, there = context.Pipe()
            process = context.Process(target=_serve, args=(there, work, fd), daemon=True)
            process.start()
            there.close()
            pipes.append(here)
            processes.append(process)
        waiting: deque[Any] = deque()
        idle = deque(pipes)
        for part in parts:
            if not idle:
                pipe = waiting.popleft()
                done = _taken(pipe)
                pipe.send(part)
                waiting.append(pipe)
                yield done
            else:
                pipe = idle.popleft()
                pipe.send(part)
                waiting.append(pipe)
        while waiting:
            yield _taken(waiting.popleft())
    finally:
        for pipe in pipes:
            pipe.close()
        for process in processes:
            process.terminate()
            process.join()


def _taken(pipe: Any) -> Done:
    try:
        done: Done = pipe.recv()
    except EOFError:
        raise SmacalcError(
            "a worker process ended before its part of the batch was done (was it killed, or out of memory?); "
            "SMACALC_WORKERS=1 does the batch in one process"
        ) from None
    return done


def _serve(pipe: Any, work: Work, fd: int) -> None:
    """A worker: span after span of the file ``fd`` until the pipe closes. Ctrl-C is this process's
    parent's to take; nothing a worker does is printed (notes and errors go back with the span)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
    while True:
        try:
            first, offset, length = pipe.recv()
        except (EOFError, OSError):
            return
        try:
            done = work(first, os.pread(fd, length, offset))
        except Exception as exc:  # a defect, or the file cannot be read: taken back to the parent
            done = Done(b"", 0, error=exc)
        done.end = offset + length
        try:
            pipe.send(done)
        except (OSError, ValueError):
            return
        except Exception as exc:  # an error that cannot be pickled: sent back as what it said
            pipe.send(Done(b"", 0, error=RuntimeError(f"a worker failed: {done.error!r} ({exc})")))
