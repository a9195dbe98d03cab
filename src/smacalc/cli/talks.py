"""The talks' commands: `gap` (one demand and offer, a batch, or an agreement's recorded
positions) and `history`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from smacalc.cli.app import Terminated, cli, say
from smacalc.cli.lazy import batch, formats, progress, talk_reports, talks, workers
from smacalc.cli.options import (
    AmountArg,
    currency_option,
    data_options,
    day_value,
    from_option,
    open_batch,
    rate_option,
    sma_option,
)
from smacalc.cli.output import Output, emit, output_options
from smacalc.errors import DataError, InputError, SmacalcError

if TYPE_CHECKING:
    from smacalc.calc.batch import BadRow, GapInput
    from smacalc.calc.talks import Gap
    from smacalc.record.dataset import Dataset


@cli.command(short_help="How far apart a demand and an offer are.")
@click.option("--demand", type=AmountArg(), help="The demand, e.g. '5B USD' or '$5 billion'.")
@click.option("--offer", type=AmountArg(), help="The offer or payment, e.g. '1.0389T KRW' or '1조389억원'.")
@click.option(
    "--year",
    type=click.IntRange(1900, 2200),
    metavar="YEAR",
    help="Convert at this year's average won-dollar rate (the record has 1991-2025).",
)
@click.option(
    "--date",
    "day",
    callback=day_value,
    metavar="YYYY-MM-DD",
    help="Convert at this day's rates (or the last published day before it), not a year's average.",
)
@sma_option("List the recorded demands and offers of agreement N's talks (1-12).")
@rate_option("Convert at this rate instead.")
@currency_option("Compare in this currency (default: the offer's, or the agreement's).")
@from_option(
    "A batch: CSV (header demand,offer[,year|date][,rate]) or JSON lines; - for stdin. One row out per row in."
)
@click.option("--skip-bad", is_flag=True, help="With --from: report a bad row on stderr and go on (exit 0).")
@data_options
@output_options
def gap(
    data: Dataset,
    demand: Any,
    offer: Any,
    year: int | None,
    day: dt.date | None,
    sma: int | None,
    rate: Decimal | None,
    currency: str | None,
    source: str | None,
    skip_bad: bool,
    output: Output,
) -> None:
    """How far apart a demand and an offer are: difference, ratio and percentage.

    With --demand and --offer: amounts in two currencies are converted at --year's average rates
    or --date's daily rates (the record's, with their sources), or at --rate (won per dollar).
    Between two currencies other than the dollar, through the dollar. With --sma N: every recorded demand and offer of
    that agreement's talks, against the amount then in force and the amount finally agreed.

    \b
    Examples:
      smacalc gap --demand "5B USD" --offer "1.0389T KRW" --year 2019
      smacalc gap --demand '$1.3bn' --offer 1조389억원 --year 2020 --in USD
      smacalc gap --demand "1.04 trillion won" --offer "925M USD" --date 2019-02-13
      smacalc gap --sma 11                    the recorded demands and offers
      smacalc gap --from pairs.csv --format csv
    """
    if source is not None:
        if demand is not None or offer is not None or year is not None or rate is not None or sma is not None or day:
            raise click.UsageError(
                "--from reads demand, offer, year, date and rate from each row; give none of them as options"
            )
        name, stream = open_batch(source)
        bar = progress.Progress("gap", stream)
        try:
            with RowBoundary() as boundary:
                fmt = formats.resolve_format(output.format, sys.stdout.isatty())
                count = workers.count(stream) if fmt in formats.STREAMED else 0
                primed = _primed(stream) if count else None
                if primed is not None:
                    blocks = _gap_blocks(data, name, stream.fileno(), primed, currency, skip_bad, fmt, count, bar)
                    report = dataclasses.replace(talk_reports.batch_gaps(()), written=boundary.rows(blocks))
                else:
                    items = batch.gap_inputs(batch.lines(boundary.reading(stream), sys.stdout.flush))
                    rows = boundary.rows(_gap_rows(data, name, items, currency, skip_bad, bar.advance))
                    if fmt is formats.Format.TABLE:
                        rows = _at_most(rows, MAX_TABLE_ROWS, name)
                    report = talk_reports.batch_gaps(rows)
                emit(report, output)
        finally:
            bar.close()
            if stream is not sys.stdin.buffer:
                stream.close()
        return
    if skip_bad:
        raise click.UsageError("--skip-bad goes with --from")
    if sma is not None:
        if demand is not None or offer is not None or year is not None or day is not None:
            raise click.UsageError(
                "--sma lists the recorded positions; it does not take --demand, --offer, --year or --date"
            )
        positions = talks.position_gaps(data, sma, currency, rate)
        if not positions:
            say(
                f"note: no demands or offers are recorded for SMA {sma}; "
                f"`smacalc history --sma {sma}` shows what the record holds"
            )
        emit(talk_reports.position_gaps(data, positions, sma), output)
        return
    if demand is None or offer is None:
        raise click.UsageError("give --demand and --offer, or --sma N for an agreement's recorded positions")
    if day is not None and year is not None:
        raise click.UsageError("give --year (the year's average rates) or --date (that day's rates), not both")
    emit(talk_reports.gaps([talks.gap(data, demand, offer, year, rate, currency, day)]), output)


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


T = TypeVar("T")
MAX_TABLE_ROWS = 10_000  # a table is drawn whole, so it holds its rows: csv, tsv and jsonl stream


def _at_most(rows: Iterable[tuple[int, Gap]], limit: int, name: str) -> Iterator[tuple[int, Gap]]:
    """The rows of a batch for a table, refused past ``limit`` before anything is drawn."""
    for i, row in enumerate(rows):
        if i == limit:
            raise DataError(
                f"{name}: more than {limit:,} rows for a table; give --format csv, tsv or jsonl, which stream"
            )
        yield row


def _gap_rows(
    data: Dataset,
    name: str,
    items: Iterable[GapInput | BadRow],
    currency: str | None,
    skip_bad: bool,
    advance: Callable[[], None],
    note: Callable[[str], None] = say,
) -> Iterator[tuple[int, Gap]]:
    """Each input row's gap, in order; a bad row stops the run (exit 1) or, with --skip-bad, is
    reported (on stderr) and skipped."""
    run, bad_row = talks.gap_runner(data, currency), batch.BadRow
    for item in items:
        advance()
        try:
            if isinstance(item, bad_row):
                raise InputError(item.message)
            yield item.line, run(item.demand, item.offer, item.year, item.rate, item.day)
        except SmacalcError as exc:
            message = f"{name}, line {item.line}: {exc}"
            if not skip_bad or (isinstance(item, bad_row) and item.fatal):
                raise DataError(message) from None
            note(f"skipped {message}")


def _primed(stream: IO[bytes]) -> tuple[batch.GapReader, int, int] | None:
    """A reader that has read the header (or seen the first JSON line) of a file, and the number
    and place of the first line after the header (the first JSON line itself); None where that
    line is not whole in the file's first SPAN_BYTES or is not a header, and one process reads
    the file (and gives the error)."""
    offset = stream.tell()
    reader = batch.GapReader()
    for number, raw in enumerate(os.pread(stream.fileno(), workers.SPAN_BYTES, offset).split(b"\n")[:-1], start=1):
        item = reader.row(number, raw.removesuffix(b"\r"))
        if isinstance(item, batch.BadRow) and item.fatal:
            return None
        if reader.jsonl:
            return reader, number, offset
        offset += len(raw) + 1
        if reader.jsonl is not None:
            return reader, number + 1, offset
    return None


def _gap_blocks(
    data: Dataset,
    name: str,
    fd: int,
    primed: tuple[batch.GapReader, int, int],
    currency: str | None,
    skip_bad: bool,
    fmt: formats.Format,
    count: int,
    bar: progress.Progress,
) -> Iterator[bytes]:
    """The rows of a batch from the file ``fd`` as `_gap_rows` gives them, each span of its lines
    read, computed and written out by one of ``count`` workers; its notes said and its error
    raised here, in order."""
    reader, first, offset = primed

    def work(first: int, part: bytes) -> workers.Done:
        notes: list[str] = []
        done = 0

        def counted() -> None:
            nonlocal done
            done += 1

        out = io.StringIO()
        rows = _gap_rows(data, name, reader.rows(first, part), currency, skip_bad, counted, notes.append)
        try:
            formats.write_rows(talk_reports.batch_gaps(rows), fmt, out)
        except SmacalcError as exc:
            return workers.Done(out.getvalue().encode(), done, notes, exc)
        return workers.Done(out.getvalue().encode(), done, notes)

    for chunk in workers.run(work, fd, workers.spans(fd, first, offset, batch.MAX_LINE), count):
        bar.advance(chunk.rows, at=chunk.end)
        if chunk.text:
            yield chunk.text
        for message in chunk.notes:
            say(message)
        if chunk.error is not None:
            raise chunk.error


@cli.command(short_help="The timeline of the talks: rounds, statements, demands, offers.")
@sma_option("Only the talks of agreement N (1-12); default: all of them.")
@data_options
@output_options
def history(data: Dataset, sma: int | None, output: Output) -> None:
    """The timeline of the talks: signings, rounds, statements, demands and offers.

    \b
    Examples:
      smacalc history --sma 12
      smacalc history --format csv > talks.csv
    """
    emit(talk_reports.history(talks.history(data, sma), sma), output)
