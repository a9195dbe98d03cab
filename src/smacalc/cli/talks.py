"""The talks' commands: `gap` (one demand and offer, a batch, or an agreement's recorded
positions) and `history`."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import click

from smacalc.cli import batches
from smacalc.cli.app import cli, say
from smacalc.cli.lazy import formats, inputs, talk_reports, talks
from smacalc.cli.options import (
    AmountArg,
    currency_option,
    data_options,
    day_value,
    from_option,
    rate_option,
    sma_option,
)
from smacalc.cli.output import Output, emit, output_options
from smacalc.errors import DataError

if TYPE_CHECKING:
    from smacalc.calc.talks import Gap
    from smacalc.inputs import GapInput
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
        with batches.opened(source, "gap", inputs.GAP) as read:

            def gap_of(g: GapInput) -> tuple[int, Gap]:
                return g.line, talks.gap(data, g.demand, g.offer, g.year, g.rate, currency, g.day)

            rows = read.each(inputs.gap_input, gap_of, skip_bad)
            if formats.resolve_format(output.format, sys.stdout.isatty()) is formats.Format.TABLE:
                rows = _at_most(rows, MAX_TABLE_ROWS, read.name)
            emit(talk_reports.batch_gaps(rows), output)
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
