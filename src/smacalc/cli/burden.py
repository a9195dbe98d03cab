"""`smacalc burden` and `smacalc compare`: the bill around the SMA, and Japan beside Korea."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import click

from smacalc.cli.app import cli
from smacalc.cli.lazy import bill, bill_reports, furloughs, numbers
from smacalc.cli.options import Whole, data_options, day_value
from smacalc.cli.output import Output, emit, output_options
from smacalc.errors import InputError

if TYPE_CHECKING:
    from smacalc.record.dataset import Dataset

F = TypeVar("F", bound=Callable[..., Any])


@cli.command(short_help="The bill around the SMA: DOD's costs, the host's support, the shares.")
@click.option(
    "--host",
    "hosts",
    multiple=True,
    type=click.Choice(["KR", "JP"], case_sensitive=False),
    help="KR or JP (repeatable); default both.",
)
@click.option("--year", type=Whole(1900, 2200), metavar="YEAR", help="Only figures covering this year.")
@data_options
@output_options
def burden(data: Dataset, hosts: tuple[str, ...], year: int | None, output: Output) -> None:
    """What DOD obligated for its presence in Korea and Japan, the direct support each host gave,
    the part of it Korea's SMA is, and each host's share, each labelled with what it counts
    (GAO-21-270, 2016-2019).

    The figures: what the Government Accountability Office reported for 2016-2019
    (GAO-21-270, March 2021): what DOD obligated for its presence (from the four services' funds:
    military personnel, operation and maintenance, family housing, military construction; $13.4
    billion in Korea, $20.9 billion in Japan) and the host's direct support, cash and in kind ($5.8
    billion and $12.6 billion), each as GAO rounds it; then what the record adds: the shares
    (direct support ÷ DOD obligations: 43.3% and 60.3%; ÷ both together: 30.2% and 37.6%), Korea's
    SMA payments of the same years (₩3,893.9 billion; $3.42 billion at each year's average rate),
    the rest of Korea's direct support ($2.38 billion), the SMA's share of DOD's obligations (the
    SMA in dollars ÷ $13.4 billion as GAO rounds it: 25.5%), direct support a year per US troop
    (÷ 4 years ÷ GAO's troops, 28,500 and 55,000 as of 2021, taken for 2016-2019, an assumption
    the row states: $50,877 in Korea, $57,273 in Japan), and Japan's own SMA (¥980.1 billion for
    JFY2016-2020, not GAO's years, so no remainder or share is computed for Japan).

    GAO names the hosts' indirect support (forgone rents, waived taxes) but totals none of it: the
    indirect_support row is there, with no amount, and says so. The report's yearly and
    per-category figures are not in the record (only its published totals were found), so --year
    2019 keeps the figures whose years cover 2019, the 2016-2019 totals among them, and never
    divides a total into years.

    \b
    Examples:
      smacalc burden --host KR
      smacalc burden --format csv
    """
    chosen = tuple(dict.fromkeys(h.upper() for h in hosts)) or ("KR", "JP")
    emit(bill_reports.burden(bill.burden(data, chosen, year)), output)


def _year(flag: str, name: str, default: int, help: str) -> Callable[[F], F]:
    return click.option(
        flag, name, type=Whole(1900, 2200), default=default, show_default=True, metavar="YEAR", help=help
    )


@cli.command(short_help="Korea's SMA beside Japan's host-nation support, year by year.")
@_year("--from", "first", 2016, "First year compared (Korea's record begins in 1991, Japan's figures in 2016).")
@_year("--to", "last", 2026, "Last year compared (Japan's figures end in 2026).")
@click.option(
    "--japan",
    type=click.Choice(["total", "sma"]),
    default="total",
    show_default=True,
    help="Japan's measure: its host-nation support total, or the cost sharing under its SMA alone.",
)
@data_options
@output_options
def compare(data: Dataset, first: int, last: int, japan: str, output: Output) -> None:
    """Korea's SMA and Japan's host-nation support side by side, in dollars at each year's average
    rate and per US troop.

    Japan's figure of each fiscal year is the Ministry of Defense's budget (Defense of Japan,
    FY2016-FY2024). By default it is the host-nation support total: Korea's SMA pays labor,
    construction and logistics, and Japan's total likewise holds construction, the Facilities
    Improvement Program, beside labor and utilities. --japan sma sets the cost sharing under
    Japan's own SMA (labor, utilities, training relocation) beside it instead, without the
    program. Years past the published budgets keep the agreement's average (¥1,055.1 billion
    over FY2022-2026), marked average, for the total; the SMA portion has no figure there.

    The rate of a year past 2025 is the latest, carried forward, and said so; per US troop, Korea
    is divided by each year's level and Japan by GAO's 55,000.

    --from and --to set the years compared, both included (2016-2026 by default, the years both
    hosts have figures for): a year outside Japan's figures (before 2016, after 2026) has a row for
    Korea only, and one outside Korea's record (before 1991, after 2030) none; --to before --from
    is a usage error.

    \b
    Examples:
      smacalc compare
      smacalc compare --from 2022 --to 2026 --format csv
      smacalc compare --japan sma
    """
    measure: Literal["total", "sma"] = "sma" if japan == "sma" else "total"
    emit(bill_reports.compare(bill.compare(data, first, last, measure), measure), output)


def _months(ctx: click.Context, param: click.Parameter, value: str | None) -> Decimal | None:
    """--months: a number of months, more than 0 and at most 12, fractions too."""
    if value is None:
        return None
    try:
        months = numbers.parse_decimal(value, "months")
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None
    if not 0 < months <= 12:
        raise click.BadParameter(f"{value!r} months must be more than 0 and at most 12")
    return months


@cli.command(short_help="What a lapse of the SMA leaves unfunded, and what happened in 2020.")
@click.option(
    "--year",
    type=Whole(1900, 2200),
    default=2020,
    show_default=True,
    metavar="YEAR",
    help="The year with no agreement in force.",
)
@click.option(
    "--months",
    callback=_months,
    metavar="N",
    help="Months of YEAR with no agreement in force, more than 0 and at most 12 (2.5 too).  [default: 12]",
)
@click.option("--from", "start", callback=day_value, metavar="DATE", help="With --to: the first day with no agreement.")
@click.option("--to", "end", callback=day_value, metavar="DATE", help="With --from: the last day with no agreement.")
@data_options
@output_options
def lapse(
    data: Dataset,
    year: int,
    months: Decimal | None,
    start: dt.date | None,
    end: dt.date | None,
    output: Output,
) -> None:
    """With no agreement in force for N months of YEAR: the labor line the last agreement funded
    (its amount × the latest published labor share), the part left unfunded, what it is a worker a
    month, and the 2020 lapse for comparison. Every assumption is stated.

    The labor line is the year before's amount × labor's share of the latest published split
    (2019's 48.2% for 2020: ₩500.5 billion); the part of it left unfunded is × N/12; what that is
    a Korean employee a month is ÷ the workers on record (about 8,500 in 2020, JoongAng; KBS said
    about 9,000, Yonhap about 8,600). The 2020 lapse: the notice to about 4,000 workers on 25
    March, the furlough from 1 April, the special law passed on 29 April and its decree, the
    return to work on 15 June, and the ₩300 billion of labor and ₩400 billion of projects paid out
    that year. The labor line is the SMA's part of the wages, not the whole wage bill; applying an
    older split to a later amount is an assumption, and the caption says so. N may be a fraction
    (--months 2.5); --from DATE --to DATE gives the months instead, each month's days over its
    length (1 April to 14 June: 2.47), and sets YEAR to theirs.

    Set apart from that hypothetical, what the 2020 furlough cost the furloughed workers, from
    reported figures only: about 4,000 furloughed (Hankyoreh), from 1 April to the return to work
    on 15 June (2.47 months), a living allowance of about ₩1.8-1.98 million a month, some 60% of
    their average wage (the defense ministry, via Aju Business Daily) or about 70% (CBS NoCut
    News): both shares are kept, as a range. The wage the allowance implies less the allowance is
    what a worker went without a month (₩0.77-1.32 million: the low allowance at 70%, the high at
    60%), × the months a worker's loss (₩1.9-3.26 million), × 4,000 all of theirs (₩7.6-13.0
    billion). Assumed, and said under the table: every one of them out for the whole furlough,
    and the allowance paid for all of it.

    \b
    Examples:
      smacalc lapse --year 2020 --months 3
      smacalc lapse --months 2.5
      smacalc lapse --from 2020-04-01 --to 2020-06-14
    """
    if (start is None) != (end is None):
        raise click.UsageError("give --from and --to together")
    if start is not None and end is not None:
        if months is not None:
            raise click.UsageError("give --months or --from and --to, not both")
        if start.year != end.year:
            raise click.UsageError("--from and --to must be in one year (a lapse is counted within YEAR)")
        if end < start:
            raise click.UsageError(f"--to {end.isoformat()} is before --from {start.isoformat()}")
        year = start.year
        months = furloughs.month_fraction(start, end).quantize(Decimal("0.01"))
    gap = bill.lapse(data, year, months if months is not None else Decimal(12))
    emit(bill_reports.lapse(gap, bill.lapse_events(data)), output)
