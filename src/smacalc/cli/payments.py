"""The payment commands: `project` (with sensitivity grids), `change` and `chart`."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import IO, TYPE_CHECKING, Any, NamedTuple

import click

from smacalc.cli.app import cli, say
from smacalc.cli.lazy import chart, escalation, files, formats, money, payments, restate, split, svg_chart
from smacalc.cli.options import (
    Asked,
    Grid,
    Whole,
    data_options,
    for_record,
    index_options,
    restate_options,
    selection_options,
    sma_option,
    vary,
)
from smacalc.cli.output import Output, chosen_lang, emit, lang_option, output_options
from smacalc.cli.years import years_options
from smacalc.errors import InputError

if TYPE_CHECKING:
    from smacalc.calc.escalation import ProjectionRow
    from smacalc.calc.restate import Restated, Restatement
    from smacalc.record.dataset import Assumptions, Dataset
    from smacalc.render.formats import Report


class Selected(NamedTuple):
    """The years a payment command shows: --sma, --through, --year or --years."""

    sma: int | None = None
    through: int | None = None
    years: tuple[int, int] | None = None


def _projection(
    data: Dataset,
    shown: Selected,
    assumed: Assumptions,
    how: Restatement | None,
    varied: str | None = None,
    total: bool = False,
) -> Report:
    """The payments selected, restated if asked; ``varied``: the series a grid varies (the
    assumptions it was given are then not checked for use: the grid uses them by design);
    ``total``: with the totals of the amounts shown."""
    rows = escalation.project(data, assumed, sma=shown.sma, through=shown.through, years=shown.years)
    items = None if how is None else restate.restate(data, rows, how, assumed)
    if varied is None:
        say_unused(assumed, rows, how, items)
    if how is None or items is None:
        sums = escalation.totals((r.sma, r.year, r.amount, r.basis) for r in rows) if total else []
        return payments.projection(data, rows, shown.sma, varied=varied, totals=sums)
    sums = escalation.totals((r.row.sma, r.row.year, r.amount, r.row.basis) for r in items) if total else []
    return payments.restated(data, items, shown.sma, how, varied=varied, totals=sums)


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
@years_options
@click.option(
    "--total",
    is_flag=True,
    help="Add the total of the years shown (per agreement, and overall), with how many are official, rule, "
    "projected; csv and json get it as rows of basis total.",
)
@output_options
def project(
    data: Dataset,
    sma: int | None,
    through: int | None,
    years: tuple[int, int] | None,
    assumptions: Assumptions,
    grid: Grid | None,
    how: Asked | None,
    total: bool,
    output: Output,
) -> None:
    """Annual payments by each agreement's rule, year by year.

    Without --sma, the whole record from 1991 to the end of the latest agreement. Amounts stay in
    the currency the agreement set them in: US dollars to 2004, won from 2005.

    The rules index the payment to Korean consumer-price inflation (cpi: the 7th to 9th and 12th
    SMAs, two years back) or to ROK defense-budget growth (defense_growth: the 11th SMA, one year
    back); docs/record.md gives the rules' arithmetic. Where the index value a year needs is not
    yet published:

    \b
    - --cpi PCT (or --defense-growth PCT) is your assumption for every such
      year;
    - --cpi YEAR=PCT sets one year's value, published or not (repeat it for
      more years);
    - with neither, smacalc uses a stated default: CPI 2.0%, the Bank of
      Korea's inflation target; defense-budget growth, the latest published
      value.

    The table caption states every value assumed; csv/json rows say projected in basis.

    --year YEAR shows one year, --years A-B the years from A to B, each computed as in the whole
    selection (its change is on the year before it). --total adds the sum of the amounts shown:
    one row per agreement and, where the years span more than one, one for them all in each
    currency (dollar and won years are never added together; with --in, all are in one). The
    caption under the table says each total with how many of its years are official, by rule or
    projected; csv and json carry it only with --total, as rows of basis total with no year, and
    with the keys years (2026-2030), official_years, rule_years, projected_years and
    scenario_years.

    Sensitivity grids: --cpi LO:HI:STEP runs one projection per value (--cpi 1:3:1: 1%, 2% and 3%
    for every year whose CPI is not published); --defense-growth LO:HI:STEP does the same for
    defense-budget growth (one range per run, at most 101 values). csv and json rows carry the
    value as their first key, cpi_pct or defense_growth_pct, then the keys of project; the
    terminal table shows years against values. --cpi YEAR=PCT still pins single years; a plain
    --cpi PCT beside a range is a usage error.

    --in USD (or KRW, EUR, CNY, JPY) shows every amount in that currency, each year at its own
    annual average rates from the record; between two currencies other than the dollar (won to
    euros, say) the conversion goes through the dollar, at both currencies' rates of the same
    year, and the rows and caption state both. --rate YEAR=RATE (repeatable) sets one year's rate,
    published or not; a plain --rate RATE converts the years with no published rate, as --cpi PCT
    does for index values; the caption says which years took which rate. A year after the last
    published rate (2026 onward) takes the latest published annual average (2025's ₩1,421.3963
    per dollar), carried forward: a stated assumption, like the CPI default, that the caption
    names with the years it covers. change_pct is then the change in that currency (the first
    year shown is compared with the year before it, restated the same way, so no change is lost
    to --in, --real or --per-troop). gap --year takes no such assumption: a year with no published
    rate is an error there.

    --real YEAR restates every amount in YEAR's prices: won by the Korean consumer price index
    (Statistics Korea, 2020=100), dollars by the US CPI-U annual average (BLS). Both are bundled
    for 1991-2025 with their sources (deflators.csv); the base year's amounts are unchanged. Past
    2025 a level is carried forward by the assumed inflation: Korean CPI as the projection assumes
    it (--cpi, else the 2.0% default), US CPI-U at the Federal Reserve's 2% goal; the caption says
    which years were extended. With --in, an amount is converted first, at its own year's rate,
    then deflated by the price index of the currency it is shown in (so --real goes with --in USD
    or KRW: the record has no euro, yuan or yen price level).

    --per-troop divides each amount (after --in and --real) by that year's US troop level in Korea
    from the record (troops.csv), by one measure for every year shown, so that no per-troop series
    jumps at a change of measure. By default the Defense Department's count, 1991-2023 (40,062 in
    1991, 40,840 in 2004, 25,771 in 2008, 30,250 in 2013, 24,159 in 2023; Tim Kane's series for
    the Heritage Foundation, then DMDC's as the troopdata project carries them); --troops stated
    divides by the level the governments state instead, 28,500 from 2008 (the level kept since the
    April 2008 summit, which USFK, the Congressional Research Service and the press use), each year
    citing a source of its own year where one was found. A year after a series takes its last
    level, carried forward and said so; a year before it is an error. --per-troop N divides every
    year by N.

    A value given with --cpi, --defense-growth or --rate that no year shown uses is said on stderr
    (smacalc: note: --defense-growth 5 is not used: every year shown has a published value); the
    output does not change.

    Where the record has a note on a year's figure (the agreed 1998, 1999 and 2002 amounts that
    differ from the ministry's series), the row's note says it, with its sources; the table marks
    the year ([1]) and gives the note under the table. The keys that --in, --real and --per-troop
    add to a row are in docs/output.md.

    \b
    Examples:
      smacalc project --sma 11                 the 11th SMA, year by year
      smacalc project --sma 12 --cpi 3         the 12th SMA to 2030 at 3% inflation
      smacalc project --sma 12 --cpi 1:3:0.5   one projection per inflation rate
      smacalc project --sma 12 --cpi 2.5 --total   the 12th SMA's five years summed
      smacalc project --year 2024              one year
      smacalc project --sma 10 --in USD --real 2025 --per-troop
      smacalc project --through 2019 --format csv > sma.csv
    """
    restatement = for_record(data, how)
    shown = Selected(sma, through, years)
    if grid is None:
        emit(_projection(data, shown, assumptions, restatement, total=total), output)
        return
    if total:
        raise click.UsageError("--total goes with one projection; give --cpi one PCT, not a range")
    series, values = grid
    runs = [(v, _projection(data, shown, vary(assumptions, series, v), restatement, varied=series)) for v in values]
    emit(payments.grid(runs, series), output)


@cli.command(short_help="How much the payment changed between two years.")
@click.option("--from", "start", type=Whole(1900, 2200), required=True, metavar="YEAR", help="First year.")
@click.option("--to", "end", type=Whole(1900, 2200), required=True, metavar="YEAR", help="Last year.")
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

    Between two years of the record (1991-2030): the total change in percent and the compound
    annual rate. Years set in different currencies (dollars to 2004, won from 2005) need --in.
    --cpi, --defense-growth, --in, --rate, --real and --per-troop work as for project (smacalc
    project --help).

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


def _out_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        files.check_target(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None
    return value


@cli.command(name="chart", short_help="A chart of the payments, by year and basis, to read or to publish.")
@selection_options
@years_options
@click.option(
    "--svg",
    callback=_out_path,
    metavar="FILE",
    help="Write the chart to FILE (- for stdout) as SVG, not to the terminal.",
)
@click.option(
    "--png",
    callback=_out_path,
    metavar="FILE",
    help="Write the chart to FILE as PNG (needs the optional extra: pip install 'smacalc[png]').",
)
@click.option(
    "--csv",
    "csv_path",
    callback=_out_path,
    metavar="FILE",
    help="With --svg or --png, also write the chart's data to FILE as CSV (the keys of project).",
)
@click.option(
    "--form",
    type=click.Choice(["bar", "line"]),
    default="bar",
    show_default=True,
    help="With --svg or --png: one bar a year, or a line through a point a year.",
)
@lang_option
def chart_(
    data: Dataset,
    grid: Grid | None,
    how: Asked | None,
    svg: str | None,
    png: str | None,
    csv_path: str | None,
    form: str,
    lang: str | None,
    **selection: Any,
) -> None:
    """A chart of the payments by year: official, rule and projected years told apart.

    One bar a year, drawn in the terminal: official years █, rule years ▓, projected years ░,
    scenario years ▒, each labelled with its amount; the assumptions follow it, as under a table.
    A selection that spans dollar and won years (the whole record) is drawn in won, 1991-2004
    converted at each year's rate, unless --in says otherwise. The other options work as for
    project (smacalc project --help).

    --svg FILE (or --png FILE, or both) writes a chart to publish instead (a note on stderr says
    so), in English or, with --lang ko, in Korean: a title and a subtitle saying what the amounts
    are in, 640 pixels wide on white, an axis, one bar a year (--form line: a line through a point
    a year) coloured by what it rests on (official, as published; computed by the agreement's
    rule; projected on an assumed index value; converted at an assumed exchange rate, for a year
    with none published yet), a legend of the colours shown, notes on marked years ([1]: the
    record's note on a year's figure, or on the exchange rate a converted year took, as 1998's
    crisis rate), the assumptions in plain words, and a source line naming the publishers of the
    amounts, index values and exchange rates. The SVG loads no font, style or image from anywhere;
    the PNG is the SVG drawn at twice its size by CairoSVG, an optional extra (pip install
    'smacalc[png]'; without it --png is an error, exit 1). --csv FILE writes the chart's data
    beside it, the rows of smacalc project with the same options. Files are written whole or not
    at all, together, as docs/output.md says of every file smacalc writes; --svg - writes the SVG
    to stdout.

    \b
    Examples:
      smacalc chart --sma 12 --cpi 3
      smacalc chart --in USD --real 2025
      smacalc chart --sma 11 --svg sma11.svg
      smacalc chart --png sma.png --csv sma.csv --lang ko
      smacalc chart --in USD --form line --svg sma-usd.svg
    """
    if grid is not None:
        raise click.UsageError("a LO:HI:STEP range goes with project; give chart one PCT")
    if csv_path is not None and svg is None and png is None:
        raise click.UsageError("--csv writes a chart's data beside its --svg or --png file")
    language = chosen_lang(lang)
    restatement = for_record(data, how)
    selected = Selected(selection["sma"], selection["through"], selection["years"])
    rows = escalation.project(data, selection["assumptions"], selected.sma, selected.through, selected.years)
    if (restatement is None or restatement.currency is None) and len({r.amount.currency for r in rows}) > 1:
        # Dollar and won years: drawn in won.
        restatement = replace(restatement, currency="KRW") if restatement else restate.Restatement("KRW")
    table = _projection(data, selected, selection["assumptions"], restatement)
    table.rows = list(table.rows)
    per_troop = restatement is not None and restatement.per_troop
    picture = chart.from_report(table, data, "per_troop" if per_troop else "amount", language)
    if svg is None and png is None:
        chart.draw_chart(picture, sys.stdout)
        return
    drawn = svg_chart.chart_svg(picture, "line" if form == "line" else "bar")
    writes: list[tuple[str, Callable[[IO[bytes]], None]]] = []
    if png is not None:
        image = svg_chart.png(drawn)
        writes.append((png, files.writer(image)))
    if svg is not None:
        writes.append((svg, files.writer(drawn.encode("utf-8"))))
    if csv_path is not None:
        written = io.StringIO()
        formats.render(table, formats.Format.CSV, written)
        writes.append((csv_path, files.writer(written.getvalue().encode("utf-8"))))
    files.write_together(writes)
    for path, _ in writes:
        if path != "-":
            say(f"wrote {path}")


@cli.command(short_help="What the SMA pays for: labor, construction, logistics, where published.")
@sma_option("Only the years of agreement N (1-12).")
@years_options
@data_options
@output_options
def categories(data: Dataset, sma: int | None, years: tuple[int, int] | None, output: Output) -> None:
    """Each year's payment split into its three cost categories, labor (the wages of Korean
    employees of USFK), military construction and logistics support, where the Ministry of
    National Defense published the split, with each category's share; other years are left empty.

    Labor is paid in cash; construction and logistics mostly in kind. The splits come from the
    ministry or the press (categories.csv): 2013 from Kukmin Ilbo's report of the 9th SMA, given as
    "about"; 2015 from the 2018 Defense White Paper's appendix 17; 2018 from its chart 5-2; 2019
    from the 2020 Defense White Paper as Newsis and Hankyung reported it. A year with no published
    split is left empty and said so (status: not in the record); nothing is interpolated. The parts
    are checked against the year's official amount (differs where they do not sum to it; all four
    years sum exactly, to the won). No split of 2021-2026 was found.

    The 11th SMA's rule on labor, as reported on 11 March 2021 (a repost; the ministry's text was
    not found), raised the floor of the labor-cost allocation ratio from 75% to 87%: it is the note
    on 2021 in smacalc project.

    \b
    Examples:
      smacalc categories --sma 9
      smacalc categories --year 2019
      smacalc categories --format csv
    """
    emit(payments.categories(split.categories(data, sma, years)), output)
