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
    Whole,
    currency_option,
    data_options,
    day_value,
    from_option,
    rate_option,
    sma_option,
)
from smacalc.cli.output import Output, emit, output_options
from smacalc.cli.years import years_options
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
    type=Whole(1900, 2200),
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

    With --demand and --offer, two amounts; with --sma N, every recorded demand and offer of that
    agreement's talks, against the amount then in force and the amount finally agreed; with
    --from, a batch of pairs.

    \b
    Amounts are read as people write them:
      5B USD, $5 billion, 4.7bn USD, $870 million, 870M USD, 1.0389T KRW,
      ₩1.0389 trillion, 1조389억원, 1조 389억, 10389억원, 1183300000000 KRW;
    as wire services write them:
      $1.3 bln, 870 mln USD, 5 billion US dollars, $5 billion. (with its
      sentence's full stop);
    as Korean and Japanese articles write them:
      50억 달러, 50억달러, 8억7천만 달러, 9억2500만 달러, 50억불,
      미화 50억 달러, 1조 5천억 원, 5천억원, 63억 위안, 2110億円;
    in euros, yuan and yen:
      €910 million, 910 million euros, EUR 910m, 63 billion yuan, CNY 6.3bn,
      RMB 6.3bn, ¥211 billion, 211 billion yen;
    also US$1.3 billion, KRW 1.5 trillion, 1.5 trillion won.

    A bare $ is the US dollar and a bare ¥ the yen (the yuan is CN¥, CNY, RMB, yuan, 元 or 위안);
    Korean units with no currency word are won, Japanese ones (億, 万) need theirs. Won and yen
    are whole; dollars, euros and yuan have two decimals. Thousands separators are read in whole
    numbers only ($1,500M; 1,000.5,000 USD is refused). --rate takes 1165.8 or 1,165.8. An amount
    without a currency, with a misspelled magnitude (5 bilion USD), zero or negative, is refused
    with an example of an accepted form.

    Both amounts are compared in --in (default: the offer's currency). Amounts in two currencies
    are converted at --year's annual average rates from the record (with their sources), at
    --date's daily rates, or, for the won, at --rate; giving none is a usage error, and a year with
    no rate in the record (1991-2025; euros from 1999) is an error, never a silent fallback.
    Between two currencies other than the dollar the conversion goes through the dollar at both
    rates of the same year or day. Converted amounts are rounded once, half-up, to whole won and
    yen, to cents and fen.

    --date YYYY-MM-DD converts at the noon buying rates in New York of that day, as the press
    converts "at the day's rate". Every rate of a conversion is of one day: the day asked for or,
    on a weekend or a holiday, or where one currency's rate was not published that day, the last
    day before it on which every rate the conversion needs was; the caption and the rate_date key
    say which day was used. A day before the first or after
    the last day of the bundled series (won 1990-12-24 to 2026-05-15; euros from 1999-01-04 and
    yen to 2026-05-15; yuan to 2025-09-26) is an error, never a fallback; `smacalc update`
    fetches the days since, and the caption then names the series fetched. --date and --year
    exclude each other.

    --sma N lists the demands and offers recorded for agreement N's talks (positions.toml), each
    against the amount in force when it was made (the baseline: the payment of the year it was
    made, or of the year before the year it was for, whichever is earlier) and the amount finally
    agreed for its year. Everything is compared in the agreement's currency (or --in), each
    position at the annual average rate of the year it was made (or --rate). A position stated as
    a percentage ("13% more") is applied to its baseline. An agreement whose talks have no
    recorded position (gap --sma 6) gives no rows, a note on stderr and exit 0.

    --from FILE (or - for stdin) reads many demand/offer pairs: CSV with a header naming demand and
    offer, and optionally year or date, and rate (any order), or JSON lines with the same keys
    ({"demand": "5B USD", "offer": "1.0389T KRW", "year": 2019}). Amounts are strings in any form
    above; blank lines are skipped. It writes one row per input row, in order, as it reads
    (constant memory; output is flushed whenever smacalc waits for more input), with the input's
    line number as the first key, and every rate key (krw_per_usd, usd_per_eur, cny_per_usd,
    jpy_per_usd, rate_date), so that a stream's columns do not depend on its rows.

    A bad row (an unreadable amount, a year with no rate, a line that is not UTF-8 or holds a NUL
    byte, a CSV line with the wrong number of fields) stops the run with exit 1 and one line naming
    the line: smacalc: error: stdin, line 7: cannot read amount 'bad'; ... With --skip-bad it is
    reported on stderr (smacalc: skipped stdin, line 7: ...) and the run goes on, ending with exit
    0; a bad header stops the run even then (nothing after it could be read). A JSON line with a
    key given twice, nested too deeply or with a number of thousands of digits is a bad row. Rows
    already written stay whole lines: in json, the array is closed after the last good row (jq
    reads it); Ctrl-C or SIGTERM takes effect between two rows (at once while smacalc waits for
    input), so no row is cut. A table is drawn whole, so --format table (the default on a
    terminal) takes at most 10,000 rows, refused before anything is drawn; csv, tsv and jsonl
    stream any number. A batch that runs for more than two seconds shows a progress bar on stderr
    when stderr is a terminal (rows done, and the share of the file read), and nothing when it is
    not.

    The row keys of each form are in docs/output.md.

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
@years_options
@data_options
@output_options
def history(data: Dataset, sma: int | None, years: tuple[int, int] | None, output: Output) -> None:
    """The timeline of the talks: signings, rounds, statements, demands and offers.

    In date order: each agreement's signing (from agreements.toml), the rounds of talks,
    agreements in principle, ratifications and statements (events.toml), and the demands and
    offers (positions.toml). Each cites a report of itself: a signing, the report of the signing
    (three rounds cite the announcement that set their dates, and are marked so in events.toml).
    A date is ISO (YYYY-MM-DD, or YYYY-MM where only the month is known). --year YEAR or --years
    A-B keeps what is dated in those years.

    \b
    Examples:
      smacalc history --sma 12
      smacalc history --years 2019-2020
      smacalc history --format csv > talks.csv
    """
    emit(talk_reports.history(talks.history(data, sma, years), sma), output)
