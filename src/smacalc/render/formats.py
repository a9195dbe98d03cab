"""One renderer: a Report (columns + rows + caption) -> table | csv | tsv | json | jsonl | markdown.

Every format is written from the same row dicts, so they cannot disagree. Values in rows are
str, int, bool, Decimal or None; Decimals are written as exact numerals (JSON numbers, never
strings or floats). This module computes no figure.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import IO, Any, Literal, NamedTuple

from pydantic_core import to_json

from smacalc.errors import InputError
from smacalc.money import Money, plain

Kind = Literal["text", "int", "money", "estimate", "pct", "rate", "bool"]
NUMERIC = ("money", "estimate", "pct", "rate", "int")
Row = Mapping[str, Any]


class Format(StrEnum):
    TABLE = "table"
    CSV = "csv"
    TSV = "tsv"
    JSON = "json"
    JSONL = "jsonl"
    MARKDOWN = "markdown"


class Column(NamedTuple):
    key: str
    header: str
    kind: Kind = "text"
    currency_key: str = "currency"  # for kind="money": the row key holding the ISO code
    wrap: bool = False  # prose that may wrap in a table; everything else stays on one line
    in_table: bool = True  # False for a column the table shows another way (the currency symbol)


@dataclass
class Report:
    title: str
    columns: list[Column]
    rows: Iterable[Row]
    caption: list[str] = field(default_factory=list)
    table: Report | None = None  # what a table shows instead, e.g. a sensitivity grid pivoted


def resolve_format(requested: str | None, isatty: bool) -> Format:
    """--format, else SMACALC_FORMAT, else a table on a terminal and TSV into a pipe or file."""
    name = requested or os.environ.get("SMACALC_FORMAT") or ("table" if isatty else "tsv")
    try:
        return Format(name.lower())
    except ValueError:
        choices = ", ".join(f.value for f in Format)
        raise InputError(f"unknown format {name!r}; choose one of {choices}") from None


def _scalar(value: Any) -> str:
    """A value for csv/tsv: exact numerals, lower-case booleans, empty for none."""
    if isinstance(value, Decimal):
        return plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _json_value(value: Any) -> str:
    if isinstance(value, Decimal):
        return plain(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return to_json(value).decode()  # pydantic-core's encoder: loaded already, unlike the json module


def _json_object(columns: list[Column], row: Row) -> str:
    return "{" + ", ".join([f'"{c.key}": {_json_value(row.get(c.key))}' for c in columns]) + "}"


def _write_delimited(report: Report, out: IO[str], delimiter: str) -> None:
    import csv

    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow([c.key for c in report.columns])
    for row in report.rows:
        writer.writerow([_scalar(row.get(c.key)) for c in report.columns])


def _write_csv(report: Report, out: IO[str]) -> None:
    _write_delimited(report, out, ",")


def _write_tsv(report: Report, out: IO[str]) -> None:
    _write_delimited(report, out, "\t")


def _write_json(report: Report, out: IO[str]) -> None:
    out.write("[")
    for i, row in enumerate(report.rows):
        out.write(",\n " if i else "\n ")
        out.write(_json_object(report.columns, row))
    out.write("\n]\n" if report.columns else "]\n")


def _write_jsonl(report: Report, out: IO[str]) -> None:
    for row in report.rows:
        out.write(_json_object(report.columns, row) + "\n")


def cell(column: Column, row: Row) -> str:
    """A value as a person reads it in a table."""
    value = row.get(column.key)
    if value is None:
        return "–"
    if column.kind in ("money", "estimate"):
        return Money(value, row[column.currency_key]).human(approx=column.kind == "estimate")
    if column.kind == "pct":
        return f"{value:+.1f}%"
    if column.kind == "rate":
        return f"{value:.1f}%"
    if column.kind == "int":
        return str(value)
    if column.kind == "bool":
        return "yes" if value else ""
    return _scalar(value)


def _write_markdown(report: Report, out: IO[str]) -> None:
    def line(cells: Iterable[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |\n"

    out.write(line(c.key for c in report.columns))
    out.write(line("---:" if c.kind in NUMERIC else "---" for c in report.columns))
    for row in report.rows:
        out.write(line(cell(c, row) for c in report.columns))


WRAP_MIN = 16  # the narrowest a prose column (a source list, a description) is squeezed to


def _write_table(report: Report, out: IO[str]) -> None:
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    report = report.table or report
    columns = [c for c in report.columns if c.in_table]
    cells = [[cell(c, row) for c in columns] for row in report.rows]
    table = Table(title=Text(report.title), box=box.SIMPLE_HEAD)
    needed = 0
    for i, c in enumerate(columns):
        # A figure is never cut: a one-line column is as wide as its widest cell. Prose wraps,
        # but never inside a word (a source id stays whole).
        values = [line[i] for line in cells]
        widest = max([len(c.header), *map(len, values)])
        if c.wrap:
            widest = max([WRAP_MIN, *(len(word) for value in values for word in value.split())])
        table.add_column(
            c.header,
            justify="right" if c.kind in NUMERIC else "left",
            no_wrap=not c.wrap,
            overflow="fold",
            min_width=widest,
        )
        needed += widest + 3
    for line in cells:
        table.add_row(*(Text(value) for value in line))
    console = Console(file=out, highlight=False)
    if needed > console.width:
        console = Console(file=out, highlight=False, width=needed)
    console.print(table)
    # The caption (assumptions, sources) wraps at the terminal's width, not the table's.
    for note in report.caption:
        console.print(Text(note))


FORMATTERS: dict[Format, Callable[[Report, IO[str]], None]] = {
    Format.TABLE: _write_table,
    Format.CSV: _write_csv,
    Format.TSV: _write_tsv,
    Format.JSON: _write_json,
    Format.JSONL: _write_jsonl,
    Format.MARKDOWN: _write_markdown,
}


def render(report: Report, fmt: Format, out: IO[str]) -> None:
    FORMATTERS[fmt](report, out)
