"""`smacalc check`: a sentence's figures against the record, one claim or many."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import TYPE_CHECKING

import click

from smacalc.cli import batches
from smacalc.cli.app import cli, say
from smacalc.cli.lazy import claim_reports, claims, inputs, verdicts
from smacalc.cli.options import Whole, data_options, day_value, from_option, rate_option
from smacalc.cli.output import Output, emit, output_options

if TYPE_CHECKING:
    from smacalc.calc.claim_rows import Check
    from smacalc.inputs import ClaimInput
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
@click.option("--year", type=Whole(1900, 2200), metavar="YEAR", help="The year every figure speaks of.")
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

    It reads every amount (in all the forms smacalc gap --help lists, inside running text, in
    English, Korean and Japanese), percentage (13.9%, 400% more, nearly 50 percent, 8.3% 인상),
    multiple (five times, fivefold, one-tenth, 두 배) and troop count (28,500 troops, 주한미군
    2만8500명), with its hedge (about, almost, nearly, roughly, up to, more than, 약, 거의, 최대,
    이상); decides what each refers to, and says so in refers_to: a year's payment, an increase,
    a recorded demand or offer (positions.toml), the troop level of the year, or a conversion of
    the amount before it in brackets; converts the record's value into the claim's own unit (at
    --date's daily rates, else the year's averages; basis says which); and gives a verdict.

    --date is when the text was said or printed: "last year", "this year" and "currently" are of
    it. --year places every figure in that year. A figure with nothing in the record to compare
    with is unplaced, with the reason, never guessed; a text with no figure gives one unplaced row
    with an empty figure that says so (a claim of a batch never drops out), and it, like a text of
    only unplaced figures, exits 0 with a note on stderr; an empty text or a date outside the
    record is a usage error (exit 2).

    The verdict and placing rules, with their tolerances, are kept in one place in the code, and
    --rules prints them whole. off_pct is (claimed ÷ record - 1) × 100.

    --from reads one claim per line, or CSV with a header naming text (and date), or JSON lines
    with text and date, and writes rows as it reads. The row keys are in docs/output.md.

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
        with batches.opened(source, "check", inputs.CHECK) as read:
            payments = claims.payments_by_year(data)
            numbered = itertools.count(1)

            def checked(claim: ClaimInput) -> list[Check]:
                return claims.check(data, claim.text, claim.day, year, rate, next(numbered), payments)

            rows = itertools.chain.from_iterable(read.each(inputs.claim_input, checked))
            emit(claim_reports.checks(rows, claim_reports.basis_line(None, year, batch=True)), output)
        return
    if text is None or not text.strip():
        raise click.UsageError("give the text to check (in quotes), or --from FILE")
    found = claims.check(data, text, day, year, rate)
    if found[0].figure is None:
        say(f"note: {claims.NO_FIGURE}")
    elif all(c.verdict == "unplaced" for c in found):
        say("note: no figure could be placed in the record; each row says why")
    emit(claim_reports.checks(found, claim_reports.basis_line(day, year)), output)
