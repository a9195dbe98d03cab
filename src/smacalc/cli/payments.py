"""The payment commands: `project` (with sensitivity grids), `change` and `chart`."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import click

from smacalc.cli.app import cli, say
from smacalc.cli.lazy import chart, escalation, files, money, payments, restate, split, svg_chart
from smacalc.cli.options import (
    Asked,
    Grid,
    data_options,
    for_record,
    index_options,
    restate_options,
    selection_options,
    sma_option,
    vary,
)
from smacalc.cli.output import Output, chosen_lang, emit, lang_option, output_options
from smacalc.errors import InputError

if TYPE_CHECKING:
    from smacalc.calc.escalation import ProjectionRow
    from smacalc.calc.restate import Restated, Restatement
    from smacalc.record.dataset import Assumptions, Dataset
    from smacalc.render.formats import Report


def _projection(
    data: Dataset,
    sma: int | None,
    through: int | None,
    assumed: Assumptions,
    how: Restatement | None,
    varied: str | None = None,
) -> Report:
    """The payments selected, restated if asked; ``varied``: the series a grid varies (the
    assumptions it was given are then not checked for use: the grid uses them by design)."""
    rows = escalation.project(data, assumed, sma=sma, through=through)
    items = None if how is None else restate.restate(data, rows, how, assumed)
    if varied is None:
        say_unused(assumed, rows, how, items)
    if how is None or items is None:
        return payments.projection(data, rows, sma, varied=varied)
    return payments.restated(data, items, sma, how, varied=varied)


def say_unused(
    assumed: Assumptions, rows: Iterable[ProjectionRow], how: Restatement | None, items: Sequence[Restated] | None
) -> None:
    """A note on stderr for each value given with --cpi, --defense-growth or --rate that no year
    shown used; the output does not change."""
    notes = []
    for series, year in escalation.unused_assumptions(assumed, (u for r in rows if (u := r.index_use) is not None)):
        option = "--" + series.replace("_", "-")
        if year is None:
            notes.append(
                f"{option} {money.plain(assumed.plain[series])} is not used: every year shown has a published value"
            )
        else:
            value = money.plain(assumed.by_year[(series, year)])
            notes.append(f"{option} {year}={value} is not used: no year shown uses the {year} value")
    if how is not None and items is not None:
        for year in restate.unused_rates(how, items):
            if year is None and how.rate is not None:
                notes.append(f"--rate {money.plain(how.rate)} is not used: every year shown has a published rate")
            elif year is not None:
                notes.append(f"--rate {year}={money.plain(how.rates[year])} is not used: {year} is not converted here")
    for line in notes:
        say(f"note: {line}")


@cli.command()
@selection_options
@output_options
def project(
    data: Dataset,
    sma: int | None,
    through: int | None,
    assumptions: Assumptions,
    grid: Grid | None,
    how: Asked | None,
    output: Output,
) -> None:
    """Annual payments by each agreement's rule, year by year.

    Without --sma, the whole record from 1991 to the end of the latest agreement. Years whose index
    value is not published use your --cpi / --defense-growth, else the stated default. A range
    (--cpi 1:3:0.5) gives one projection per value; the table shows years against values.

    \b
    Examples:
      smacalc project --sma 11                 the 11th SMA, year by year
      smacalc project --sma 12 --cpi 3         the 12th SMA to 2030 at 3% inflation
      smacalc project --sma 12 --cpi 1:3:0.5   one projection per inflation rate
      smacalc project --sma 10 --in USD --real 2025 --per-troop
      smacalc project --through 2019 --format csv > sma.csv
    """
    restatement = for_record(data, how)
    if grid is None:
        emit(_projection(data, sma, through, assumptions, restatement), output)
        return
    series, values = grid
    runs = [
        (v, _projection(data, sma, through, vary(assumptions, series, v), restatement, varied=series)) for v in values
    ]
    emit(payments.grid(runs, series), output)


@cli.command(short_help="How much the payment changed between two years.")
@click.option("--from", "start", type=click.IntRange(1900, 2200), required=True, metavar="YEAR", help="First year.")
@click.option("--to", "end", type=click.IntRange(1900, 2200), required=True, metavar="YEAR", help="Last year.")
@index_options
@restate_options
@data_options
@output_options
def change(
    data: Dataset,
    start: int,
    end: int,
    assumptions: Assumptions,
    grid: Grid | None,
    how: Asked | None,
    output: Output,
) -> None:
    """How much the payment changed from one year to another: in total and per year (compound).

    Years set in different currencies (dollars to 2004, won from 2005) need --in.

    \b
    Examples:
      smacalc change --from 2019 --to 2026
      smacalc change --from 1991 --to 2025 --in USD      is "more than 500% more" right?
      smacalc change --from 2019 --to 2026 --in USD --rate 2026=1450
    """
    if grid is not None:
        raise click.UsageError("a LO:HI:STEP range goes with project; give change one PCT")
    restatement = for_record(data, how) or restate.Restatement()
    result = restate.change(data, start, end, restatement, assumptions)
    say_unused(assumptions, [result.start.row, result.end.row], restatement, [result.start, result.end])
    emit(payments.changes(data, result, restatement), output)


def _svg_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        files.check_target(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


@cli.command(name="chart", short_help="A bar chart of the payments, by year and basis.")
@selection_options
@click.option("--svg", callback=_svg_path, metavar="FILE", help="Write the chart to FILE as SVG, not to the terminal.")
@lang_option
def chart_(
    data: Dataset, grid: Grid | None, how: Asked | None, svg: str | None, lang: str | None, **selection: Any
) -> None:
    """A bar chart of the payments by year: official, rule and projected years told apart.

    A selection that spans dollar and won years (the whole record) is drawn in won unless --in
    says otherwise.

    \b
    Examples:
      smacalc chart --sma 12 --cpi 3
      smacalc chart --in USD --real 2025
      smacalc chart --sma 11 --svg sma11.svg
    """
    if grid is not None:
        raise click.UsageError("a LO:HI:STEP range goes with project; give chart one PCT")
    language = chosen_lang(lang)
    if svg is not None and lang is not None and language != "en":
        raise click.UsageError("an SVG chart is drawn in English; --lang ko goes with the chart in the terminal")
    restatement = for_record(data, how)
    sma, through = selection["sma"], selection["through"]
    shown = [data.agreement(sma)] if sma is not None else data.agreements
    shown = [a for a in shown if through is None or a.first <= through]
    if (restatement is None or restatement.currency is None) and len({a.currency for a in shown}) > 1:
        # Dollar and won years: drawn in won.
        restatement = replace(restatement, currency="KRW") if restatement else restate.Restatement("KRW")
    table = _projection(data, sma, through, selection["assumptions"], restatement)
    per_troop = restatement is not None and restatement.per_troop
    picture = chart.from_report(table, "per_troop" if per_troop else "amount", language if svg is None else "en")
    if svg is None:
        chart.draw_chart(picture, sys.stdout)
        return
    files.write_text(svg, svg_chart.chart_svg(picture))
    say(f"wrote {svg}")


@cli.command(short_help="What the SMA pays for: labor, construction, logistics, where published.")
@sma_option("Only the years of agreement N (1-12).")
@data_options
@output_options
def categories(data: Dataset, sma: int | None, output: Output) -> None:
    """Each year's payment split into its three cost categories, labor (the wages of Korean
    employees of USFK), military construction and logistics support, where the Ministry of
    National Defense published the split, with each category's share; other years are left empty.

    \b
    Examples:
      smacalc categories --sma 9
      smacalc categories --format csv
    """
    emit(payments.categories(split.split(data, sma)), output)
