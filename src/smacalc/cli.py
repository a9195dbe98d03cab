"""The command line: parse options, call the engine, hand rows to the renderer.

Exit codes: 0 success; 1 a data or domain failure; 2 a usage error. Every failure is one line on
stderr; --debug (or SMACALC_DEBUG=1) adds the traceback.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import click

from smacalc import __version__
from smacalc.errors import AuditFailure, InputError, SmacalcError

if TYPE_CHECKING:
    from smacalc.engine import Assumptions
    from smacalc.output import Report

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown")


def _debug_wanted(args: Sequence[str]) -> bool:
    return "--debug" in args or os.environ.get("SMACALC_DEBUG", "") not in ("", "0")


def _fail(message: str, code: int, debug: bool) -> int:
    if debug:
        traceback.print_exc()
    click.echo(f"smacalc: error: {message}", err=True)
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
        except BrokenPipeError:
            code = _quiet_broken_pipe()
        except KeyboardInterrupt:
            code = _fail("interrupted", 130, debug)
        sys.exit(code)


class IndexArg(click.ParamType):  # type: ignore[type-arg]
    """``PCT`` (every year not published) or ``YEAR=PCT`` (that year, published or not)."""

    name = "PCT|YEAR=PCT"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, tuple):
            return value
        from smacalc.models import check_pct
        from smacalc.money import parse_decimal

        text = str(value).strip().removesuffix("%")
        year: int | None = None
        try:
            if "=" in text:
                year_text, text = (part.strip() for part in text.split("=", 1))
                if not (year_text.isdigit() and 1900 <= int(year_text) <= 2200):
                    raise InputError(f"year {year_text!r} in {value!r} is not a year from 1900 to 2200")
                year = int(year_text)
            pct = check_pct(parse_decimal(text, "percentage"), "percentage")
        except InputError as exc:
            self.fail(f"{exc}; write PCT (e.g. 3 or 2.5) or YEAR=PCT (e.g. 2027=3.1)", param, ctx)
        return (year, pct)


def _assumptions(
    cpi: Iterable[tuple[int | None, Decimal]], defense: Iterable[tuple[int | None, Decimal]]
) -> Assumptions:
    from smacalc.engine import Assumptions

    plain: dict[str, Decimal] = {}
    by_year: dict[tuple[str, int], Decimal] = {}
    for series, option, values in (("cpi", "--cpi", cpi), ("defense_growth", "--defense-growth", defense)):
        for year, pct in values:
            if year is None:
                if series in plain:
                    raise click.BadParameter("give the plain PCT form only once", param_hint=option)
                plain[series] = pct
            else:
                if (series, year) in by_year:
                    raise click.BadParameter(f"year {year} is given twice", param_hint=option)
                by_year[(series, year)] = pct
    return Assumptions(plain, by_year)


def output_options(func: F) -> F:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS, case_sensitive=False),
        default=None,
        help="Output format. Default: $SMACALC_FORMAT, else a table on a terminal and TSV into a pipe.",
    )(func)


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
    from smacalc.money import parse_decimal

    try:
        rate = parse_decimal(value, "rate")
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None
    if rate <= 0:
        raise click.BadParameter(f"rate {value!r} must be greater than zero (won per US dollar)")
    return rate


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


@cli.command()
@sma_option
@click.option("--through", type=int, metavar="YEAR", help="Last year to show.")
@click.option(
    "--cpi",
    type=IndexArg(),
    multiple=True,
    help="Korean CPI inflation, %: PCT for every unpublished year, YEAR=PCT for one year. Repeatable.",
)
@click.option(
    "--defense-growth",
    type=IndexArg(),
    multiple=True,
    help="ROK defense-budget growth, %: PCT or YEAR=PCT, as --cpi. Repeatable.",
)
@currency_option("Show amounts in this currency, each at its own year's average rate.")
@click.option("--rate", callback=_positive_rate, metavar="KRW_PER_USD", help="With --in: convert at this rate.")
@output_options
def project(
    sma: int | None,
    through: int | None,
    cpi: tuple[tuple[int | None, Decimal], ...],
    defense_growth: tuple[tuple[int | None, Decimal], ...],
    currency: str | None,
    rate: Decimal | None,
    fmt: str | None,
) -> None:
    """Annual payments by each agreement's rule, year by year.

    Without --sma, the whole record from 1991 to the end of the latest agreement. Years whose index
    value is not published use your --cpi / --defense-growth, else the stated default.
    """
    from smacalc import report
    from smacalc.dataset import load_dataset
    from smacalc.engine import in_currency
    from smacalc.engine import project as run

    data = load_dataset()
    rows = run(data, _assumptions(cpi, defense_growth), sma=sma, through=through)
    if currency is None:
        if rate is not None:
            raise click.UsageError("--rate goes with --in")
        emit(report.projection(data, rows, sma), fmt)
    else:
        emit(report.converted(data, in_currency(data, rows, currency, rate), sma, currency), fmt)


@cli.command(name="list")
@output_options
def list_(fmt: str | None) -> None:
    """The agreements, one row each."""
    from smacalc import report
    from smacalc.dataset import load_dataset

    emit(report.agreements(load_dataset()), fmt)


@cli.command()
@output_options
def audit(fmt: str | None) -> None:
    """Recompute every rule-governed year and compare it with the official amount.

    Exits 1 if any year deviates.
    """
    from smacalc import report
    from smacalc.dataset import load_dataset
    from smacalc.engine import audit as run

    data = load_dataset()
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
@click.option("--demand", type=AmountArg(), required=True, help="The demand, e.g. '5B USD' or '$5 billion'.")
@click.option(
    "--offer", type=AmountArg(), required=True, help="The offer or payment, e.g. '1.0389T KRW' or '1조389억원'."
)
@click.option("--year", type=click.IntRange(1900, 2200), help="Convert at this year's average won-dollar rate.")
@click.option("--rate", callback=_positive_rate, metavar="KRW_PER_USD", help="Convert at this rate instead.")
@currency_option("Compare in this currency (default: the offer's).")
@output_options
def gap(demand: Any, offer: Any, year: int | None, rate: Decimal | None, currency: str | None, fmt: str | None) -> None:
    """How far apart a demand and an offer are: difference, ratio and percentage.

    Amounts in two currencies are converted at --year's average rate (the record's, with its
    source) or at --rate.
    """
    from smacalc import report
    from smacalc.dataset import load_dataset
    from smacalc.engine import gap as run

    result = run(load_dataset(), demand, offer, year, rate, currency)
    emit(report.gaps([result]), fmt)


@cli.command()
@output_options
def sources(fmt: str | None) -> None:
    """The publications the record's figures come from, by the id the rows cite."""
    from smacalc import report
    from smacalc.dataset import load_dataset

    emit(report.sources(load_dataset()), fmt)


def main() -> None:
    cli.main()
