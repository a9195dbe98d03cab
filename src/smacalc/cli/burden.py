"""`smacalc burden` and `smacalc compare`: the bill around the SMA, and Japan beside Korea."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from smacalc.cli.app import cli
from smacalc.cli.lazy import bill, bill_reports
from smacalc.cli.options import data_options
from smacalc.cli.output import Output, emit, output_options

if TYPE_CHECKING:
    from smacalc.record.dataset import Dataset


@cli.command(short_help="The bill around the SMA: DOD's costs, the host's support, the shares.")
@click.option(
    "--host",
    "hosts",
    multiple=True,
    type=click.Choice(["KR", "JP"], case_sensitive=False),
    help="KR or JP (repeatable); default both.",
)
@click.option("--year", type=click.IntRange(1900, 2200), metavar="YEAR", help="Only figures covering this year.")
@data_options
@output_options
def burden(data: Dataset, hosts: tuple[str, ...], year: int | None, output: Output) -> None:
    """What DOD obligated for its presence in Korea and Japan, the direct support each host gave,
    the part of it Korea's SMA is, and each host's share, each labelled with what it counts
    (GAO-21-270, 2016-2019).

    \b
    Examples:
      smacalc burden --host KR
      smacalc burden --format csv
    """
    chosen = tuple(dict.fromkeys(h.upper() for h in hosts)) or ("KR", "JP")
    emit(bill_reports.burden(bill.burden(data, chosen, year)), output)


@cli.command(short_help="Korea's SMA beside Japan's host-nation support, year by year.")
@click.option("--from", "first", type=click.IntRange(1900, 2200), default=2016, show_default=True, metavar="YEAR")
@click.option("--to", "last", type=click.IntRange(1900, 2200), default=2026, show_default=True, metavar="YEAR")
@data_options
@output_options
def compare(data: Dataset, first: int, last: int, output: Output) -> None:
    """Korea's SMA and Japan's host-nation support side by side, in dollars at each year's average
    rate and per US troop.

    \b
    Examples:
      smacalc compare
      smacalc compare --from 2022 --to 2026 --format csv
    """
    emit(bill_reports.compare(bill.compare(data, first, last)), output)


@cli.command(short_help="What a lapse of the SMA leaves unfunded, and what happened in 2020.")
@click.option("--year", type=click.IntRange(1900, 2200), default=2020, show_default=True, metavar="YEAR")
@click.option("--months", type=click.IntRange(1, 12), default=12, show_default=True, metavar="N")
@data_options
@output_options
def lapse(data: Dataset, year: int, months: int, output: Output) -> None:
    """With no agreement in force for N months of YEAR: the labor line the last agreement funded
    (its amount × the latest published labor share), the part left unfunded, what it is a worker a
    month, and the 2020 lapse for comparison. Every assumption is stated.

    \b
    Examples:
      smacalc lapse --year 2020 --months 3
    """
    gap = bill.lapse(data, year, months)
    emit(bill_reports.lapse(gap, bill.lapse_events(data)), output)
