"""The command line: parse options, call the engine, hand rows to the renderer.

Exit codes: 0 success; 1 a data or domain failure; 2 a usage error. Every failure is one line on
stderr; --debug (or SMACALC_DEBUG=1) adds the traceback.
"""

from __future__ import annotations

import decimal
import functools
import io
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from smacalc import __version__
from smacalc.errors import AuditFailure, DataError, InputError, SmacalcError

if TYPE_CHECKING:
    from smacalc.batch import BadRow, GapInput
    from smacalc.dataset import Assumptions, Dataset
    from smacalc.output import Report
    from smacalc.restate import Restatement
    from smacalc.talks import Gap

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown")


def _debug_wanted(args: Sequence[str]) -> bool:
    return "--debug" in args or os.environ.get("SMACALC_DEBUG", "") not in ("", "0")


def one_line(message: str) -> str:
    """The message on one line, whatever the input held: control characters are escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


def _fail(message: str, code: int, debug: bool) -> int:
    if debug:
        import traceback

        traceback.print_exc()
    click.echo(f"smacalc: error: {one_line(message)}", err=True)
    return code


def _quiet_broken_pipe() -> int:
    """The reader went away (``| head``): stop quietly, and keep Python from complaining at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0


class SmacalcGroup(click.Group):
    """Runs every command under one policy: errors become one line and an exit code."""

    def main(  # type: ignore[override]
        self, args: Sequence[str] | None = None, prog_name: str | None = None, **extra: Any
    ) -> None:
        argv = list(sys.argv[1:] if args is None else args)
        debug = _debug_wanted(argv)
        extra.pop("standalone_mode", None)
        try:
            result = super().main(argv, "smacalc", standalone_mode=False, **extra)
            code = result if isinstance(result, int) else 0
            sys.stdout.flush()
        except click.exceptions.UsageError as exc:
            message = exc.format_message()
            if exc.ctx is not None and "No such command" not in message:
                message = f"{exc.ctx.command_path}: {message}"
            code = _fail(message, 2, debug)
        except click.exceptions.Abort:
            code = _fail("interrupted", 130, debug)
        except click.ClickException as exc:
            code = _fail(exc.format_message(), exc.exit_code, debug)
        except SmacalcError as exc:
            code = _fail(str(exc), exc.exit_code, debug)
        except decimal.DecimalException:
            code = _fail("a value is too large or too small to compute with; give a smaller one", 2, debug)
        except BrokenPipeError:
            code = _quiet_broken_pipe()
        except KeyboardInterrupt:
            code = _fail("interrupted", 130, debug)
        sys.exit(code)


MAX_GRID = 101  # values in one sensitivity grid


class IndexArg(click.ParamType):  # type: ignore[type-arg]
    """``PCT`` (every year not published), ``YEAR=PCT`` (that year, published or not), or
    ``LO:HI:STEP`` (a sensitivity grid: one projection per value, as PCT)."""

    name = "PCT|YEAR=PCT|LO:HI:STEP"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, tuple):
            return value
        from smacalc.models import check_pct
        from smacalc.money import parse_decimal

        text = str(value).strip().removesuffix("%")
        year: int | None = None
        try:
            if ":" in text:
                return (GRID, _grid(text, str(value)))
            if "=" in text:
                year_text, text = (part.strip() for part in text.split("=", 1))
                if not (year_text.isdigit() and 1900 <= int(year_text) <= 2200):
                    raise InputError(f"year {year_text!r} in {value!r} is not a year from 1900 to 2200")
                year = int(year_text)
            pct = check_pct(parse_decimal(text, "percentage"), "percentage")
        except InputError as exc:
            self.fail(f"{exc}; write PCT (e.g. 3), YEAR=PCT (e.g. 2027=3.1) or LO:HI:STEP (e.g. 1:3:0.5)", param, ctx)
        return (year, pct)


GRID = -1  # the "year" IndexArg gives a LO:HI:STEP value


def _grid(text: str, given: str) -> tuple[Decimal, ...]:
    from smacalc.models import check_pct
    from smacalc.money import parse_decimal

    parts = [part.strip().removesuffix("%") for part in text.split(":")]
    if len(parts) != 3:
        raise InputError(f"{given!r} is not LO:HI:STEP")
    low, high, step = (check_pct(parse_decimal(part, "percentage"), "percentage") for part in parts)
    if step <= 0:
        raise InputError(f"the step of {given!r} must be greater than zero")
    if high < low:
        raise InputError(f"{given!r} runs backwards: {high} is below {low}")
    if (high - low) / step >= MAX_GRID:
        raise InputError(f"{given!r} gives more than {MAX_GRID} values")
    count = int((high - low) / step) + 1
    return tuple(low + i * step for i in range(count))


Grid = tuple[str, tuple[Decimal, ...]]  # (series, values)


def _assumptions(cpi: Iterable[tuple[int, Any]], defense: Iterable[tuple[int, Any]]) -> tuple[Assumptions, Grid | None]:
    from smacalc.dataset import Assumptions

    plain: dict[str, Decimal] = {}
    by_year: dict[tuple[str, int], Decimal] = {}
    grid: Grid | None = None
    for series, option, values in (("cpi", "--cpi", cpi), ("defense_growth", "--defense-growth", defense)):
        for year, pct in values:
            if year == GRID:
                if grid is not None:
                    raise click.BadParameter("give one LO:HI:STEP range, for one series", param_hint=option)
                grid = (series, pct)
            elif year is None:
                if series in plain:
                    raise click.BadParameter("give the plain PCT form only once", param_hint=option)
                plain[series] = pct
            else:
                if (series, year) in by_year:
                    raise click.BadParameter(f"year {year} is given twice", param_hint=option)
                by_year[(series, year)] = pct
    if grid is not None and grid[0] in plain:
        raise click.UsageError(f"give {grid[0].replace('_', '-')} as PCT or as LO:HI:STEP, not both")
    return Assumptions(plain, by_year), grid


def output_options(func: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS, case_sensitive=False),
        default=None,
        help="Output format. Default: $SMACALC_FORMAT, else a table on a terminal and TSV into a pipe.",
    )(func)


def data_options(func: F) -> F:
    """--data FILE (repeatable): scenario files applied to the record, handed to the command as
    ``data``."""

    @functools.wraps(func)
    def command(*args: Any, data_files: tuple[str, ...], **kwargs: Any) -> Any:
        from smacalc.dataset import load_with

        return func(*args, data=load_with(data_files), **kwargs)

    return click.option(  # type: ignore[return-value]
        "--data",
        "data_files",
        multiple=True,
        type=str,
        metavar="FILE",
        help="Scenario file (.toml, .json, .yaml) adding agreements, rules or index values. Repeatable.",
    )(command)


def emit(report: Report, fmt: str | None) -> None:
    from smacalc.output import render, resolve_format

    out = sys.stdout
    render(report, resolve_format(fmt, out.isatty()), out)


def _sma_numbers(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    from click.shell_completion import CompletionItem

    from smacalc.dataset import load_dataset

    try:
        data = load_dataset()
    except SmacalcError:
        return []
    return [CompletionItem(str(a.number), help=a.name) for a in data.agreements if str(a.number).startswith(incomplete)]


sma_option = click.option(
    "--sma",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    shell_complete=_sma_numbers,
    help="Agreement number (1-12); default: the whole record.",
)


def _positive_rate(ctx: click.Context, param: click.Parameter, value: str | None) -> Decimal | None:
    if value is None:
        return None
    from smacalc.money import parse_rate

    try:
        return parse_rate(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


def currency_option(help: str) -> Callable[[F], F]:
    """--in USD|KRW; click hands back the canonical upper-case code whatever case was typed."""
    return click.option("--in", "currency", type=click.Choice(["USD", "KRW"], case_sensitive=False), help=help)


@click.group(cls=SmacalcGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="smacalc", message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, help="Show the traceback of an error.")
def cli(debug: bool) -> None:
    """The US-South Korea Special Measures Agreements: what Korea paid, and will pay, for US troops.

    Every amount carries its source and basis: official (published), rule (computed by the
    agreement's rule from published index values) or projected (from an assumed index value).
    """


RECORD_TROOPS = 0  # --per-troop with no number: the record's troop count


class TroopsArg(click.ParamType):  # type: ignore[type-arg]
    """A whole number of troops, at least 1 (or, internally, the record's count)."""

    name = "[N]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == RECORD_TROOPS and isinstance(value, int):
            return value
        text = str(value).strip().replace(",", "").replace("_", "")
        if not text.isdigit() or int(text) < 1 or len(text) > 9:
            self.fail(f"{value!r} is not a number of troops; give a whole number such as 28500", param, ctx)
        return int(text)


def index_options(func: F) -> F:
    """--cpi and --defense-growth, handed to the command as ``assumptions``."""

    @functools.wraps(func)
    def command(*args: Any, cpi: Any, defense_growth: Any, **kwargs: Any) -> Any:
        assumptions, grid = _assumptions(cpi, defense_growth)
        return func(*args, assumptions=assumptions, grid=grid, **kwargs)

    for option in (
        click.option(
            "--defense-growth",
            type=IndexArg(),
            multiple=True,
            help="ROK defense-budget growth, %: PCT or YEAR=PCT, as --cpi. Repeatable.",
        ),
        click.option(
            "--cpi",
            type=IndexArg(),
            multiple=True,
            help="Korean CPI inflation, %: PCT for every unpublished year, YEAR=PCT for one year, LO:HI:STEP "
            "for one projection per value. Repeatable.",
        ),
    ):
        command = option(command)
    return command  # type: ignore[return-value]


def restate_options(func: F) -> F:
    """--in, --rate, --real, --per-troop, handed to the command as ``how``."""

    @functools.wraps(func)
    def command(*args: Any, currency: Any, rate: Any, real: Any, troops: Any, **kwargs: Any) -> Any:
        return func(*args, how=_restatement(currency, rate, real, troops), **kwargs)

    for option in reversed(
        [
            currency_option("Show amounts in this currency, each at its own year's average rate."),
            click.option(
                "--rate", callback=_positive_rate, metavar="KRW_PER_USD", help="With --in: convert at this rate."
            ),
            click.option(
                "--real",
                type=click.IntRange(1900, 2200),
                metavar="YEAR",
                help="In YEAR's prices: won by the Korean CPI, dollars by the US CPI-U.",
            ),
            click.option(
                "--per-troop",
                "troops",
                type=TroopsArg(),
                is_flag=False,
                flag_value=RECORD_TROOPS,
                default=None,
                help="Divide by N US troops; alone, by the record's 28,500.",
            ),
        ]
    ):
        command = option(command)
    return command  # type: ignore[return-value]


def _restatement(
    currency: str | None, rate: Decimal | None, real: int | None, troops: int | None
) -> Restatement | None:
    """The restatement asked for, or None: then the restating code is never even imported."""
    if rate is not None and currency is None:
        raise click.UsageError("--rate goes with --in")
    if currency is None and real is None and troops is None:
        return None
    from smacalc.restate import Restatement

    return Restatement(currency, rate, real, troops)


def _for_record(data: Dataset, how: Restatement | None) -> Restatement | None:
    """The restatement against the record the command reads (with its scenario files): --per-troop
    alone divides by the record's troop count; --real must be a year prices can be stated in."""
    if how is None:
        return None
    if how.real is not None:
        first, last = min(y for _, y in data.levels), data.agreements[-1].last
        if not first <= how.real <= last:
            raise click.BadParameter(
                f"{how.real} is outside {first}-{last}, the years prices can be stated in", param_hint="--real"
            )
    if how.troops == RECORD_TROOPS:
        return replace(how, troops=data.troops.count)
    return how


def selection_options(func: F) -> F:
    """What a projection shows: --sma, --through, the index values, the restatement, --data."""
    for option in (data_options, restate_options, index_options, through_option, sma_option):
        func = option(func)
    return func


through_option = click.option("--through", type=int, metavar="YEAR", help="Last year to show.")


def _projection(
    data: Dataset, sma: int | None, through: int | None, assumed: Assumptions, how: Restatement | None
) -> Report:
    from smacalc import report
    from smacalc.engine import project as run

    rows = run(data, assumed, sma=sma, through=through)
    if how is None:
        return report.projection(data, rows, sma)
    from smacalc.restate import restate

    return report.restated(data, restate(data, rows, how, assumed), sma, how)


@cli.command()
@selection_options
@output_options
def project(
    data: Dataset,
    sma: int | None,
    through: int | None,
    assumptions: Assumptions,
    grid: Grid | None,
    how: Restatement | None,
    fmt: str | None,
) -> None:
    """Annual payments by each agreement's rule, year by year.

    Without --sma, the whole record from 1991 to the end of the latest agreement. Years whose index
    value is not published use your --cpi / --defense-growth, else the stated default. A range
    (--cpi 1:3:0.5) gives one projection per value; the table shows years against values.
    """
    how = _for_record(data, how)
    if grid is None:
        emit(_projection(data, sma, through, assumptions, how), fmt)
        return
    from smacalc import report
    from smacalc.dataset import Assumptions

    series, values = grid
    runs = [
        (v, _projection(data, sma, through, Assumptions({**assumptions.plain, series: v}, assumptions.by_year), how))
        for v in values
    ]
    emit(report.grid(runs, series), fmt)


@cli.command()
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
    how: Restatement | None,
    fmt: str | None,
) -> None:
    """How much the payment changed from one year to another: in total and per year (compound).

    Years set in different currencies (dollars to 2004, won from 2005) need --in.
    """
    from smacalc import report
    from smacalc.restate import Restatement
    from smacalc.restate import change as run

    if grid is not None:
        raise click.UsageError("a LO:HI:STEP range goes with project; give change one PCT")
    how = _for_record(data, how) or Restatement()
    emit(report.changes(data, run(data, start, end, how, assumptions), how), fmt)


@cli.command(name="list")
@data_options
@output_options
def list_(data: Dataset, fmt: str | None) -> None:
    """The agreements, one row each."""
    from smacalc import report

    emit(report.agreements(data), fmt)


@cli.command()
@data_options
@output_options
def audit(data: Dataset, fmt: str | None) -> None:
    """Recompute every rule-governed year and compare it with the official amount.

    Exits 1 if any year deviates.
    """
    from smacalc import report
    from smacalc.engine import audit as run

    rows = run(data)
    emit(report.audit(rows), fmt)
    bad = [f"{r.year} (SMA {r.sma})" for r in rows if r.status == "deviation"]
    if bad:
        raise AuditFailure(f"audit: {len(bad)} year(s) deviate from the official amount: {', '.join(bad)}")


class AmountArg(click.ParamType):  # type: ignore[type-arg]
    """An amount with its currency, as people write it: 5B USD, $870 million, 1조389억원."""

    name = "AMOUNT"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        from smacalc.money import Money, parse_positive_money

        if isinstance(value, Money):
            return value
        try:
            return parse_positive_money(str(value))
        except InputError as exc:
            self.fail(str(exc), param, ctx)


@cli.command()
@click.option("--demand", type=AmountArg(), help="The demand, e.g. '5B USD' or '$5 billion'.")
@click.option("--offer", type=AmountArg(), help="The offer or payment, e.g. '1.0389T KRW' or '1조389억원'.")
@click.option("--year", type=click.IntRange(1900, 2200), help="Convert at this year's average won-dollar rate.")
@sma_option
@click.option("--rate", callback=_positive_rate, metavar="KRW_PER_USD", help="Convert at this rate instead.")
@currency_option("Compare in this currency (default: the offer's, or the agreement's).")
@click.option(
    "--from",
    "source",
    metavar="FILE|-",
    help="A batch: CSV (header demand,offer[,year][,rate]) or JSON lines; - for stdin. One row out per row in.",
)
@click.option("--skip-bad", is_flag=True, help="With --from: report a bad row on stderr and go on (exit 0).")
@data_options
@output_options
def gap(
    data: Dataset,
    demand: Any,
    offer: Any,
    year: int | None,
    sma: int | None,
    rate: Decimal | None,
    currency: str | None,
    source: str | None,
    skip_bad: bool,
    fmt: str | None,
) -> None:
    """How far apart a demand and an offer are: difference, ratio and percentage.

    With --demand and --offer: amounts in two currencies are converted at --year's average rate
    (the record's, with its source) or at --rate. With --sma N: every recorded demand and offer of
    that agreement's talks, against the amount then in force and the amount finally agreed.
    """
    from smacalc import report

    if source is not None:
        if demand is not None or offer is not None or year is not None or rate is not None or sma is not None:
            raise click.UsageError(
                "--from reads demand, offer, year and rate from each row; give none of them as options"
            )
        from smacalc.batch import read_gap_inputs

        name, stream = _open_batch(source)
        try:
            items = read_gap_inputs(stream, sys.stdout.flush)
            emit(report.batch_gaps(_gap_rows(data, name, items, currency, skip_bad)), fmt)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()
        return
    if skip_bad:
        raise click.UsageError("--skip-bad goes with --from")
    if sma is not None:
        if demand is not None or offer is not None or year is not None:
            raise click.UsageError("--sma lists the recorded positions; it does not take --demand, --offer or --year")
        from smacalc.talks import position_gaps

        emit(report.position_gaps(data, position_gaps(data, sma, currency, rate), sma), fmt)
        return
    if demand is None or offer is None:
        raise click.UsageError("give --demand and --offer, or --sma N for an agreement's recorded positions")
    from smacalc.talks import gap as run

    emit(report.gaps([run(data, demand, offer, year, rate, currency)]), fmt)


def _open_batch(source: str) -> tuple[str, IO[bytes]]:
    """The batch input by name, opened now, so a missing file fails before any output."""
    from smacalc.dataset import file_problem

    if source == "-":
        return "stdin", sys.stdin.buffer
    try:
        return os.path.basename(source), open(source, "rb")
    except OSError as exc:
        raise DataError(file_problem(source, exc)) from None


def _gap_rows(
    data: Dataset, name: str, items: Iterable[GapInput | BadRow], currency: str | None, skip_bad: bool
) -> Iterator[tuple[int, Gap]]:
    """Each input row's gap, in order; a bad row stops the run (exit 1) or, with --skip-bad, is
    reported on stderr and skipped."""
    from smacalc.batch import BadRow
    from smacalc.talks import gap as run

    for item in items:
        try:
            if isinstance(item, BadRow):
                raise InputError(item.message)
            yield item.line, run(data, item.demand, item.offer, item.year, item.rate, currency)
        except SmacalcError as exc:
            message = f"{name}, line {item.line}: {exc}"
            if not skip_bad:
                raise DataError(message) from None
            click.echo(f"smacalc: skipped {one_line(message)}", err=True)


@cli.command()
@sma_option
@data_options
@output_options
def history(data: Dataset, sma: int | None, fmt: str | None) -> None:
    """The timeline of the talks: signings, rounds, statements, demands and offers."""
    from smacalc import report
    from smacalc.talks import history as run

    emit(report.history(run(data, sma), sma), fmt)


@cli.command()
@data_options
@output_options
def sources(data: Dataset, fmt: str | None) -> None:
    """The publications the record's figures come from, by the id the rows cite."""
    from smacalc import report

    emit(report.sources(data), fmt)


def _svg_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    folder = os.path.dirname(os.path.abspath(value))
    if not os.path.isdir(folder):
        raise click.BadParameter(f"folder {folder!r} does not exist")
    if os.path.isdir(value):
        raise click.BadParameter(f"{value!r} is a folder; give a file name such as chart.svg")
    return value


@cli.command()
@selection_options
@click.option("--svg", callback=_svg_path, metavar="FILE", help="Write the chart to FILE as SVG, not to the terminal.")
def chart(data: Dataset, grid: Grid | None, how: Restatement | None, svg: str | None, **selection: Any) -> None:
    """A bar chart of the payments by year: official, rule and projected years told apart.

    A selection that spans dollar and won years (the whole record) is drawn in won unless --in
    says otherwise.
    """
    from smacalc.chart import draw_chart, from_report, write_chart_svg
    from smacalc.restate import Restatement

    if grid is not None:
        raise click.UsageError("a LO:HI:STEP range goes with project; give chart one PCT")
    how = _for_record(data, how)
    sma, through = selection["sma"], selection["through"]
    shown = [data.agreement(sma)] if sma is not None else data.agreements
    shown = [a for a in shown if through is None or a.first <= through]
    if (how is None or how.currency is None) and len({a.currency for a in shown}) > 1:
        # Dollar and won years: drawn in won.
        how = Restatement("KRW", how.rate, how.real, how.troops) if how else Restatement("KRW")
    table = _projection(data, sma, through, selection["assumptions"], how)
    picture = from_report(table, "amount" if how is None or how.troops is None else "per_troop")
    if svg is None:
        draw_chart(picture, sys.stdout)
        return
    write_chart_svg(picture, svg)
    click.echo(f"smacalc: wrote {svg}", err=True)


@cli.command()
def schema() -> None:
    """The JSON Schema of a scenario file (--data), for editors and validators."""
    import json

    from smacalc.models_talks import ScenarioFile

    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", **ScenarioFile.model_json_schema()}
    click.echo(json.dumps(document, indent=2, ensure_ascii=False))


def main() -> None:
    # Output is flushed where it matters (at the end, and in a batch before each read of input),
    # so rows are buffered even under PYTHONUNBUFFERED: one write per row would cost a system
    # call each.
    if not sys.stdout.isatty() and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=False, write_through=False)
    cli.main()
