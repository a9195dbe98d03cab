"""--year Y and --years A-B: the years of a selection that a command lists (project, chart,
categories, audit, history)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from smacalc.cli.lazy import numbers
from smacalc.cli.options import Whole
from smacalc.errors import InputError

F = TypeVar("F", bound=Callable[..., Any])


class YearsArg(click.ParamType):  # type: ignore[type-arg]
    """``A-B``: the years from A to B."""

    name = "A-B"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, tuple):
            return value
        try:
            return numbers.parse_years(str(value))
        except InputError as exc:
            self.fail(f"{exc}; write A-B (e.g. 2021-2025)", param, ctx)


def years_options(func: F) -> F:
    """--year Y and --years A-B (one or the other), handed to the command as ``years``: (first,
    last) or None."""

    @functools.wraps(func)
    def command(*args: Any, year: int | None, year_span: tuple[int, int] | None, **kwargs: Any) -> Any:
        if year is not None and year_span is not None:
            raise click.UsageError("give --year or --years, not both")
        return func(*args, years=(year, year) if year is not None else year_span, **kwargs)

    command = click.option(
        "--years", "year_span", type=YearsArg(), help="Only the years A to B of the selection (e.g. 2021-2025)."
    )(command)
    return click.option(  # type: ignore[return-value]
        "--year", type=Whole(1900, 2200), metavar="YEAR", help="Only this year of the selection."
    )(command)
