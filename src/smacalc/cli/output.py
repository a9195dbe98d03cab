"""How a command prints its rows: --format, --wide and --lang, and the one call that renders a
report to stdout."""

from __future__ import annotations

import functools
import io
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import click

from smacalc.cli.app import LANG_KEY
from smacalc.cli.lazy import formats

if TYPE_CHECKING:
    from smacalc.render.formats import Report

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = ("table", "csv", "tsv", "json", "jsonl", "markdown")


class Output(NamedTuple):
    """How a command prints its rows: --format (None: the default), --wide, --lang and --bom."""

    format: str | None = None
    wide: bool = False
    lang: str = "en"
    bom: bool = False


def chosen_lang(lang: str | None) -> str:
    """The command's --lang, else the one given before the command, else SMACALC_LANG, else English."""
    ctx = click.get_current_context(silent=True)
    before = ctx.meta.get(LANG_KEY) if ctx is not None else None
    chosen = (lang or before or os.environ.get("SMACALC_LANG") or "en").lower()
    if chosen not in ("en", "ko"):
        raise click.BadParameter(f"{chosen!r}: the languages are en and ko", param_hint="SMACALC_LANG")
    return chosen


lang_option = click.option(
    "--lang",
    type=click.Choice(["en", "ko"], case_sensitive=False),
    default=None,
    help="Language of tables and captions: en or ko (default: $SMACALC_LANG, else en); csv, json unchanged.",
)


def output_options(func: F) -> F:
    """--format, --wide and --lang, handed to the command as ``output``."""

    @functools.wraps(func)
    def command(*args: Any, fmt: str | None, wide: bool, lang: str | None, bom: bool, **kwargs: Any) -> Any:
        return func(*args, output=Output(fmt, wide, chosen_lang(lang), bom), **kwargs)

    for option in (
        click.option(
            "--bom",
            is_flag=True,
            help="With csv or tsv: begin with a UTF-8 byte-order mark, so that Excel opens the file as UTF-8 "
            "(Excel on Korean Windows reads a CSV without one as cp949, and garbles Hangul and ₩).",
        ),
        lang_option,
        click.option(
            "--wide",
            is_flag=True,
            help="A table shows every column, however wide; otherwise the least needed are left out where "
            "the terminal is too narrow (the caption names them).",
        ),
        click.option(
            "--format",
            "fmt",
            type=click.Choice(FORMATS, case_sensitive=False),
            default=None,
            help="Output format. Default: $SMACALC_FORMAT, else a table on a terminal and TSV into a pipe.",
        ),
    ):
        command = option(command)
    return command  # type: ignore[return-value]


def emit(report: Report, output: Output) -> None:
    out = sys.stdout
    fmt = formats.resolve_format(output.format, out.isatty())
    if output.bom and fmt not in (formats.Format.CSV, formats.Format.TSV):
        raise click.UsageError(f"--bom goes with csv or tsv (a byte-order mark has no place in {fmt.value})")
    if fmt is not formats.Format.TABLE and isinstance(out, io.TextIOWrapper) and out.encoding.lower() != "utf-8":
        out.reconfigure(encoding="utf-8", errors="strict")  # machine formats never follow the locale
    formats.render(report, fmt, out, output.wide, output.lang, bom=output.bom)
