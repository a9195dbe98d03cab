"""`smacalc check`: a sentence's figures against the record, one claim or many."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import IO, TYPE_CHECKING

import click

from smacalc.cli.app import cli, say
from smacalc.cli.lazy import claim_reports, claims, numbers, progress, verdicts
from smacalc.cli.options import data_options, day_value, from_option, open_batch, rate_option
from smacalc.cli.output import Output, emit, output_options
from smacalc.errors import DataError, InputError

if TYPE_CHECKING:
    from smacalc.calc.claims import Check
    from smacalc.record.dataset import Dataset


@cli.command(short_help="Put a sentence's figures against the record.")
@click.argument("text", required=False)
@click.option(
    "--date",
    "day",
    callback=day_value,
    metavar="YYYY-MM-DD",
    help="When the text was said or printed: 'last year', 'currently' and the day's rates are of it.",
)
@click.option("--year", type=click.IntRange(1900, 2200), metavar="YEAR", help="The year every figure speaks of.")
@rate_option("Convert won at this rate instead.")
@from_option("Many claims: one per line, or CSV (header text[,date]) or JSON lines with text and date; - for stdin.")
@click.option("--rules", is_flag=True, help="Print the verdict and placing rules, and exit.")
@data_options
@output_options
def check(
    data: Dataset,
    text: str | None,
    day: dt.date | None,
    year: int | None,
    rate: Decimal | None,
    source: str | None,
    rules: bool,
    output: Output,
) -> None:
    """Put the figures of a sentence, as it was said or printed, against the record: what each
    figure refers to, the record's value in the claim's own unit, how far off it is, and a verdict
    (holds, close, off, unplaced) by the rules `--rules` prints.

    \b
    Examples:
      smacalc check "Seoul agreed to pay about $870 million last year." --date 2020-01-15
      smacalc check "미국은 50억 달러를 요구했다" --date 2019-12-01
      smacalc check --from claims.csv --format csv
    """
    if rules:
        click.echo(verdicts.RULES)
        return
    if source is not None:
        if text is not None or day is not None:
            raise click.UsageError("--from reads the text and date of each claim from its rows; give neither")
        name, stream = open_batch(source)
        bar = progress.Progress("check", stream)
        try:
            rows = _batch(data, name, stream, year, rate, bar.advance)
            emit(claim_reports.checks(rows, claim_reports.basis_line(None, year, batch=True)), output)
        finally:
            bar.close()
            if stream is not sys.stdin.buffer:
                stream.close()
        return
    if text is None or not text.strip():
        raise click.UsageError("give the text to check (in quotes), or --from FILE")
    found = claims.check(data, text, day, year, rate)
    if found[0].figure is None:
        say(f"note: {claims.NO_FIGURE}")
    elif all(c.verdict == "unplaced" for c in found):
        say("note: no figure could be placed in the record; each row says why")
    emit(claim_reports.checks(found, claim_reports.basis_line(day, year)), output)


def _batch(
    data: Dataset, name: str, stream: IO[bytes], year: int | None, rate: Decimal | None, advance: Callable[[], None]
) -> Iterator[Check]:
    """Each claim of the input, in order, checked as it is read; a bad line stops the run (exit 1)."""
    import csv

    number = 0
    header: list[str] | None = None
    payments = claims.payments_by_year(data)
    for line, raw in enumerate(_lines(stream), start=1):
        try:
            row = raw.decode("utf-8-sig").strip()
        except UnicodeDecodeError:
            raise DataError(f"{name}, line {line}: not UTF-8 text") from None
        if not row:
            continue
        try:
            if line == 1 and not row.startswith("{") and "text" in [c.strip().lower() for c in next(csv.reader([row]))]:
                header = [c.strip().lower() for c in next(csv.reader([row]))]
                continue
            text, day = _claim(row, header)
            number += 1
            advance()
            yield from claims.check(data, text, day, year, rate, number, payments)
        except InputError as exc:
            raise DataError(f"{name}, line {line}: {exc}") from None


def _lines(stream: IO[bytes]) -> Iterator[bytes]:
    """The lines of ``stream``; what was written is flushed before each read, so rows reach a
    reader as soon as their claim is in (a claim typed at a terminal is answered at once)."""
    while True:
        sys.stdout.flush()
        raw = stream.readline()
        if not raw:
            return
        yield raw


def _claim(row: str, header: list[str] | None) -> tuple[str, dt.date | None]:
    import csv
    import json

    if row.startswith("{"):
        try:
            fields = json.loads(row)
        except ValueError as exc:
            raise InputError(f"not a JSON object: {exc}") from None
        if not isinstance(fields, dict) or not isinstance(fields.get("text"), str):
            raise InputError('a JSON line needs a "text" string, and may give a "date"')
    elif header is not None:
        cells = next(csv.reader([row]))
        if len(cells) != len(header):
            raise InputError(f"{len(cells)} fields where the header has {len(header)}")
        fields = dict(zip(header, cells, strict=True))
    else:
        return row, None
    day = fields.get("date")
    if day not in (None, "") and not isinstance(day, str):
        raise InputError("date must be a string YYYY-MM-DD")
    return str(fields["text"]), numbers.parse_date(day) if day else None
