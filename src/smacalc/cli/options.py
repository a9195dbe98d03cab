"""The options and argument types commands share: --data, --sma, the index values (--cpi,
--defense-growth, grids), the restatement (--in, --rate, --real, --per-troop), amounts, dates and
batches (--from). How rows are printed is output.py's."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, TypeVar

import click

from smacalc.cli.lazy import dataset, load, money, numbers, restate, scenario
from smacalc.errors import InputError, SmacalcError


class _AsciiDigits(click.ParamType):  # type: ignore[type-arg]
    """Whole numbers in ASCII digits only: years and agreement numbers (click's own integer takes
    '２０１９', '1_000' and '٢٠١٩', as Python's int does)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str):
            text = value.strip()
            digits = text[1:] if text[:1] in "+-" else text
            if not (digits.isascii() and digits.isdigit()):
                self.fail(f"{value!r} is not a whole number in ASCII digits (as 2019 or 12)", param, ctx)
        return super().convert(value, param, ctx)


class WholeNumber(_AsciiDigits, click.types.IntParamType):
    """A whole number in ASCII digits."""


class Whole(_AsciiDigits, click.IntRange):
    """A whole number in ASCII digits, within the bounds given."""


if TYPE_CHECKING:
    from smacalc.calc.restate import Restatement
    from smacalc.record.dataset import Assumptions, Dataset

F = TypeVar("F", bound=Callable[..., Any])


MAX_GRID = 101  # values in one sensitivity grid


class IndexArg(click.ParamType):  # type: ignore[type-arg]
    """``PCT`` (every year not published), ``YEAR=PCT`` (that year, published or not), or
    ``LO:HI:STEP`` (a sensitivity grid: one projection per value, as PCT)."""

    name = "PCT|YEAR=PCT|LO:HI:STEP"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, tuple):
            return value
        text = str(value).strip().removesuffix("%")
        year: int | None = None
        try:
            if ":" in text:
                return (GRID, _grid(text, str(value)))
            year, text = numbers.split_year(text, str(value))
            pct = numbers.check_pct(numbers.parse_decimal(text, "percentage"), "percentage")
        except InputError as exc:
            self.fail(f"{exc}; write PCT (e.g. 3), YEAR=PCT (e.g. 2027=3.1) or LO:HI:STEP (e.g. 1:3:0.5)", param, ctx)
        return (year, pct)


GRID = -1  # the "year" IndexArg gives a LO:HI:STEP value


def _grid(text: str, given: str) -> tuple[Decimal, ...]:
    parts = [part.strip().removesuffix("%") for part in text.split(":")]
    if len(parts) != 3:
        raise InputError(f"{given!r} is not LO:HI:STEP")
    low, high, step = (numbers.check_pct(numbers.parse_decimal(part, "percentage"), "percentage") for part in parts)
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
    return dataset.Assumptions(plain, by_year), grid


def vary(assumptions: Assumptions, series: str, value: Decimal) -> Assumptions:
    """``assumptions`` with ``value`` for every unpublished year of ``series``: one run of a grid."""
    return dataset.Assumptions({**assumptions.plain, series: value}, assumptions.by_year)


def data_options(func: F) -> F:
    """--data FILE (repeatable): scenario files applied to the record, handed to the command as
    ``data``."""

    @functools.wraps(func)
    def command(*args: Any, data_files: tuple[str, ...], **kwargs: Any) -> Any:
        data = scenario.load_with(data_files) if data_files else load.load_dataset()
        return func(*args, data=data, **kwargs)

    return click.option(  # type: ignore[return-value]
        "--data",
        "data_files",
        multiple=True,
        type=str,
        metavar="FILE",
        help="Scenario file (.toml, .json, .yaml) adding agreements, rules or index values. Repeatable.",
    )(command)


def _sma_numbers(ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
    from click.shell_completion import CompletionItem

    try:
        data = load.load_dataset()
    except SmacalcError:
        return []
    return [CompletionItem(str(a.number), help=a.name) for a in data.agreements if str(a.number).startswith(incomplete)]


def sma_option(help: str) -> Callable[[F], F]:
    """--sma N: an agreement of the record (1-12), or one a --data file adds."""
    return click.option("--sma", type=WholeNumber(), default=None, metavar="N", shell_complete=_sma_numbers, help=help)


def positive_rate(ctx: click.Context, param: click.Parameter, value: str | None) -> Decimal | None:
    if value is None:
        return None
    try:
        return numbers.parse_rate(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


class RateArg(click.ParamType):  # type: ignore[type-arg]
    """``RATE`` (won per dollar, for every year with no published rate) or ``YEAR=RATE`` (that
    year, published or not)."""

    name = "RATE|YEAR=RATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, tuple):
            return value
        text = str(value).strip()
        try:
            year, text = numbers.split_year(text, str(value))
            return (year, numbers.parse_rate(text))
        except InputError as exc:
            self.fail(f"{exc}; write RATE (e.g. 1450) or YEAR=RATE (e.g. 2026=1450)", param, ctx)


class CurrencyArg(click.ParamType):  # type: ignore[type-arg]
    """A currency by its ISO code, sign or word, in any case (money.currency_code: the vocabulary's
    words, one place): USD, usd, dollars, won, ₩, 원 and yen are all taken."""

    name = "CURRENCY"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            return money.currency_code(str(value))
        except InputError:
            self.fail(f"{value!r} is not a currency smacalc knows: USD, KRW, EUR, CNY or JPY (or won, dollars...)")


def currency_option(help: str) -> Callable[[F], F]:
    """--in CURRENCY: the ISO code of USD, KRW, EUR, CNY or JPY, however it was named."""
    return click.option(
        "--in",
        "currency",
        type=CurrencyArg(),
        metavar="CURRENCY",
        help=f"{help} USD, KRW, EUR, CNY or JPY; also by word (won, dollars, yen...).",
    )


def day_value(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    """--date: a calendar day, YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return numbers.parse_date(value)
    except InputError as exc:
        raise click.BadParameter(str(exc)) from None


RECORD_TROOPS = 0  # --per-troop with no number: each year's troop level from the record


class TroopsArg(click.ParamType):  # type: ignore[type-arg]
    """A whole number of troops, at least 1 (or, internally, the record's count)."""

    name = "[N]"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value == RECORD_TROOPS and isinstance(value, int):
            return value
        text = str(value).strip().replace(",", "").replace("_", "")
        digits = text.removeprefix("-")
        if digits.isascii() and digits.isdigit() and (text.startswith("-") or int(digits) == 0):
            self.fail(f"{value!r}: the number of troops must be at least 1; give one such as 28500", param, ctx)
        if not (text.isascii() and text.isdigit()) or len(text) > 9:
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
    def command(*args: Any, currency: Any, rate: Any, real: Any, troops: Any, measure: Any, **kwargs: Any) -> Any:
        return func(*args, how=_restatement(currency, rate, real, troops, measure), **kwargs)

    for option in reversed(
        [
            currency_option("Show amounts in this currency, each at its own year's average rate."),
            click.option(
                "--rate",
                type=RateArg(),
                multiple=True,
                help="With --in, won per dollar: RATE for the years with no published rate, YEAR=RATE for one "
                "year, published or not. Repeatable.",
            ),
            click.option(
                "--real",
                type=Whole(1900, 2200),
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
                help="Divide by N US troops; alone, each year by its US troop level in Korea (the record's).",
            ),
            click.option(
                "--troops",
                "measure",
                type=click.Choice(["count", "stated"]),
                default=None,
                help="With --per-troop alone, the one measure every year is divided by: the Defense Department's "
                "count (default) or the stated level (28,500 since 2008).",
            ),
        ]
    ):
        command = option(command)
    return command  # type: ignore[return-value]


class Asked(NamedTuple):
    """The restatement options as given; for_record makes the Restatement of them (--per-troop
    alone takes its count from the record the command reads)."""

    currency: str | None
    rate: Decimal | None
    real: int | None
    troops: int | None  # RECORD_TROOPS: each year's level from the record
    rates: dict[int, Decimal]
    measure: Literal["count", "stated"] = "count"  # the series RECORD_TROOPS divides by


def _restatement(
    currency: str | None,
    rates: Iterable[tuple[int | None, Decimal]],
    real: int | None,
    troops: int | None,
    measure: str | None = None,
) -> Asked | None:
    """The restatement asked for, or None: then the restating code is never even imported."""
    plain: Decimal | None = None
    by_year: dict[int, Decimal] = {}
    for year, rate in rates:
        if currency is None:
            raise click.UsageError("--rate goes with --in")
        if year is None:
            if plain is not None:
                raise click.BadParameter("give the plain RATE form only once", param_hint="--rate")
            plain = rate
        elif year in by_year:
            raise click.BadParameter(f"year {year} is given twice", param_hint="--rate")
        else:
            by_year[year] = rate
    if measure is not None and troops != RECORD_TROOPS:
        raise click.UsageError("--troops goes with --per-troop alone (each year's level), not with --per-troop N")
    if currency is None and real is None and troops is None:
        return None
    return Asked(currency, plain, real, troops, by_year, "stated" if measure == "stated" else "count")


def for_record(data: Dataset, how: Asked | None) -> Restatement | None:
    """The restatement against the record the command reads (with its scenario files): --per-troop
    alone divides each year by its troop level from the record; --real must be a year prices can be
    stated in (calc.restate.check_real)."""
    if how is None:
        return None
    if how.real is not None:
        restate.check_real(data, how.real)  # before any output
    by_year = how.troops == RECORD_TROOPS
    troops = None if by_year else how.troops
    return restate.Restatement(
        how.currency, how.rate, how.real, troops, how.rates, troops_by_year=by_year, troops_measure=how.measure
    )


def selection_options(func: F) -> F:
    """What a projection shows: --sma, --through, the index values, the restatement, --data
    (--year and --years are years.py's)."""
    sma = sma_option("Agreement number, 1-12 (or one a --data file adds); default: the whole record.")
    for option in (data_options, restate_options, index_options, through_option, sma):
        func = option(func)
    return func


through_option = click.option("--through", type=WholeNumber(), metavar="YEAR", help="Last year to show.")


class AmountArg(click.ParamType):  # type: ignore[type-arg]
    """An amount with its currency, as people write it: 5B USD, $870 million, 1조389억원."""

    name = "AMOUNT"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, money.Money):
            return value
        try:
            return money.parse_positive_money(str(value))
        except InputError as exc:
            self.fail(str(exc), param, ctx)


def rate_option(help: str) -> Callable[[F], F]:
    """--rate KRW_PER_USD: the won per dollar to convert at."""
    return click.option("--rate", callback=positive_rate, metavar="KRW_PER_USD", help=help)


def from_option(help: str) -> Callable[[F], F]:
    """--from FILE|-: a batch, read from a file or stdin."""
    return click.option("--from", "source", metavar="FILE|-", help=help)
