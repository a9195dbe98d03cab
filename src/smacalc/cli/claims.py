"""`smacalc check`: a sentence's figures against the record, one claim or many."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from typing import TYPE_CHECKING

import click

from smacalc.cli import batches
from smacalc.cli.app import cli, say
from smacalc.cli.lazy import check_rules, claim_reports, claims, inputs
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

    It reads every amount (in all the forms smacalc gap --help lists and in words: a billion
    dollars, one-point-04 trillion won; inside running text, in English, Korean and Japanese),
    percentage (13.9%, 400% more, eight-point-two percent, 8.3% 인상), multiple (five times,
    fivefold, one and a half times, 두 배, 5∼6배), count of troops or workers (28,500 troops, 32-thousand soldiers,
    주한미군 2만8천5백명, 근로자 9천여 명), a range (28,000 to 32,000) and a rate the text states (at
    ₩1,245 to the dollar), with its hedge (about, almost, up to, more than, or so, 약, 거의, 최대,
    이상, 가량, 에 육박하는, 넘는). The text is normalised first (zero-width spaces and soft hyphens
    pasted from a page do not split a figure, nor does a space between thousands, "1 130 million").

    Each figure is placed by what its sentence says of it: a payment, a change, a recorded demand or
    offer, a ratio of a demand, Japan's host-nation support, a troop level, USFK's Korean workers, or
    a conversion of the amount before it. A year after "from" or "than" (before 보다 or 대비) is the
    base of a comparison. A completed year's payment stated in another currency is valued at that
    year's average rate; the current year, later years, demands, offers and conversions at --date's
    rate. Precise before bold: a figure is called off only where every reading its sentence allows
    is off; a figure that could mean two things with different verdicts, or that the record does
    not hold (what the US spends, a budget, a trade figure), is unplaced, and the row says why.
    --rules prints the rules whole, with their tolerances; off_pct is (claimed ÷ record - 1) × 100, a
    range's by its nearer end.

    --date is when the text was said or printed: "last year", "this year" and "currently" are of
    it. --year places every figure in that year. A text with no figure gives one unplaced row with
    an empty figure that says so (a claim of a batch never drops out), and it, like a text of only
    unplaced figures, exits 0 with a note on stderr; an empty text or a date outside the record is a
    usage error (exit 2).

    --from reads one claim per line, or CSV with a header naming text (and date), or JSON lines
    with text and date, and writes rows as it reads. The row keys are in docs/output.md.

    \b
    Examples:
      smacalc check "Seoul agreed to pay about $870 million last year." --date 2020-01-15
      smacalc check "미국은 50억 달러를 요구했다" --date 2019-12-01
      smacalc check --from claims.csv --format csv
    """
    if rules:
        click.echo(check_rules.RULES)
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
