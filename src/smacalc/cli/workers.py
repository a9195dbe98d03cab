"""A large batch on every core. The lines of a `--from` file are cut into chunks; worker
processes, forked with the record already loaded, each take a chunk, read and compute its rows and
write them out as text, and this process writes the texts in input order. What comes out is what
one process writes, byte for byte: the same rows, the same notes on stderr in the same order, the
same stop at the first bad row (tests hold the two together).

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
CHUNK_LINES = 2048
MAX_WORKERS = 8  # past this, this process (which writes every row) is the bottleneck


@dataclass
class Done:
    """A chunk done: its rows written out (in UTF-8), how many input rows it held, the notes to
    print after them, and the error that stopped it (the rows before the error are in ``text``)."""

    text: bytes
    rows: int
    notes: list[str] = field(default_factory=list)
    error: BaseException | None = None


Work = Callable[[int, bytes], Done]  # (number of the first line, the lines joined by newlines)


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


def chunks(lines: Iterable[tuple[int, bytes]]) -> Iterator[tuple[int, bytes]]:
    """``lines`` (numbered, consecutive) in chunks of CHUNK_LINES, each as (its first line's number,
    its lines joined by newlines)."""
    first, held = 0, list[bytes]()
    for number, raw in lines:
        if not held:
            first = number
        held.append(raw)
        if len(held) == CHUNK_LINES:
            yield first, b"\n".join(held)
            held = []
    if held:
        yield first, b"\n".join(held)


def run(work: Work, parts: Iterable[tuple[int, bytes]], workers: int) -> Iterator[Done]:
    """Each chunk of ``parts`` done by ``work`` in one of ``workers`` processes, in input order.
    A worker holds one chunk at a time: the next goes to it as soon as its last is taken back, before
    that one is handed on, so the workers compute while this process writes. Stopping early (an
    error, Ctrl-C) stops the workers."""
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
            process = context.Process(target=_serve, args=(there, work), daemon=True)
            process.start()
            there.close()
            pipes.append(here)
            processes.append(process)
        waiting: deque[Any] = deque()
        idle = deque(pipes)
        source = iter(parts)
        for part in source:
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
            "a worker process ended before its chunk was done (was it killed, or out of memory?); "
            "SMACALC_WORKERS=1 does the batch in one process"
        ) from None
    return done


def _serve(pipe: Any, work: Work) -> None:
    """A worker: chunk after chunk until the pipe closes. Ctrl-C is this process's parent's to
    take; nothing a worker does is printed (notes and errors go back with the chunk)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
    while True:
        try:
            first, lines = pipe.recv()
        except (EOFError, OSError):
            return
        try:
            done = work(first, lines)
        except Exception as exc:  # a defect: taken back to the parent, which reports it as it would
            done = Done(b"", 0, error=exc)
        try:
            pipe.send(done)
        except (OSError, ValueError):
            return
        except Exception as exc:  # an error that cannot be pickled: sent back as what it said
            pipe.send(Done(b"", 0, error=RuntimeError(f"a worker failed: {done.error!r} ({exc})")))
