"""One renderer: a Report (columns + rows + caption) -> table | csv | tsv | json | jsonl | markdown.

Every format is written from the same row dicts, so they cannot disagree. Values in rows are
str, int, bool, Decimal or None; Decimals are written as exact numerals (JSON numbers, never
strings or floats). This module computes no figure.
"""

from __future__ import annotations

import codecs
import errno
import itertools
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import IO, Any, Literal, NamedTuple

from pydantic_core import to_json

from smacalc.errors import InputError, SmacalcError
from smacalc.money import Money, plain
from smacalc.render.korean import money as korean_money
from smacalc.render.messages import Join, Message, Text, msg, param, text, value_text

Kind = Literal["text", "int", "count", "money", "estimate", "pct", "rate", "bool", "figure"]
NUMERIC = ("money", "estimate", "pct", "rate", "int", "count", "figure")  # figure: a number already written out
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
    header: Text
    kind: Kind = "text"
    currency_key: str = "currency"  # for kind="money": the row key holding the ISO code
    wrap: bool = False  # prose that may wrap in a table; everything else stays on one line
    in_table: bool = True  # False for a column the table shows another way (the currency symbol)
    fold: bool = False  # with wrap: a word longer than the column (a URL) may break across lines
    note: Text | None = None  # what the column means, stated under a table that shows it
    in_data: bool = True  # False for a column only the table shows (a footnote marker)
    values: str | None = None  # a table and markdown write a value as the message "v.{values}.{value}"
    ko_key: str | None = None  # the row key of the value's Korean text, shown in Korean where the row has one
    # text calc writes in English, read into a message to be shown in another language (relations.relation)
    read: Callable[[str], Text] | None = None


@dataclass
class Report:
    """What a command prints: title, headers, notes and caption as messages (messages.py), written
    in the language a table or markdown is asked in; rows the same in every language and format."""

    title: Text
    columns: list[Column]
    rows: Iterable[Row]
    caption: list[Text] = field(default_factory=list)
    table: Report | None = None  # what a table shows instead, e.g. a sensitivity grid pivoted
    # Keys of the columns a table may leave out where the terminal is too narrow, least needed
    # first; csv and json always carry every column.
    drop: tuple[str, ...] = ()

    @property
    def data_columns(self) -> list[Column]:
        """The columns of csv, tsv, json, jsonl and markdown: the documented row keys."""
        return [c for c in self.columns if c.in_data]

    def lines_under(self, shown: Iterable[Column], lang: str = "en") -> list[str]:
        """The caption, then what each shown column means, each line once, in ``lang``."""
        notes = (line for c in shown if c.note for line in text(c.note, lang).split("\n"))
        return list(dict.fromkeys([*(text(line, lang) for line in self.caption), *notes]))


def resolve_format(requested: str | None, isatty: bool) -> Format:
    """--format, else SMACALC_FORMAT, else a table on a terminal and TSV into a pipe or file."""
    name = requested or os.environ.get("SMACALC_FORMAT") or ("table" if isatty else "tsv")
    try:
        return Format(name.lower())
    except ValueError:
        choices = ", ".join(f.value for f in Format)
        raise InputError(f"unknown format {name!r}; choose one of {choices}") from None


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _numeral(text: str) -> bool:
    """Whether ``text`` is a plain number (``-8.9``, ``+5``), which a spreadsheet reads as one."""
    digits = text[1:] if text[:1] in "+-" else text
    whole, _, fraction = digits.partition(".")
    return whole.isascii() and whole.isdigit() and (not fraction or (fraction.isascii() and fraction.isdigit()))


def spreadsheet_text(text: str) -> str:
    """A text cell a spreadsheet shows as text: one starting with =, +, -, @, a tab or a carriage
    return (which a spreadsheet would run as a formula) is written after a ' ; a plain number is
    written as it is."""
    if text.startswith(_FORMULA_STARTS) and not _numeral(text):
        return "'" + text
    return text


def _scalar(value: Any) -> str:
    """A value as text: exact numerals, lower-case booleans, empty for none."""
    if isinstance(value, Decimal):
        return plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _json_value(value: Any) -> str:
    """A value for json: a Decimal as an exact JSON number, everything else as pydantic-core writes it."""
    if isinstance(value, Decimal):
        return plain(value)
    return to_json(value).decode()


def _json_encoder(columns: list[Column]) -> Callable[[Row], str]:
    """The writer of a row as a JSON object of ``columns``, in their order."""
    heads = [(c.key, to_json(c.key).decode() + ": ") for c in columns]

    def encode(row: Row) -> str:
        return "{" + ", ".join(head + _json_value(row.get(key)) for key, head in heads) + "}"

    return encode


def _delimited_cell(value: Any) -> str:
    """A value for csv/tsv: as _scalar gives it, text safe to open in a spreadsheet."""
    return spreadsheet_text(value) if isinstance(value, str) else _scalar(value)


def _delimited(out: IO[str], delimiter: str, keys: list[str]) -> tuple[Callable[[Any], None], Callable[[Row], None]]:
    """A csv writer's writerow for ``out``, and the writer of a row through it."""
    import csv

    writerow = csv.writer(out, delimiter=delimiter, lineterminator="\n").writerow

    def write(row: Row) -> None:
        writerow([_delimited_cell(row.get(key)) for key in keys])

    return writerow, write


def _write_delimited(report: Report, out: IO[str], delimiter: str) -> None:
    keys = [c.key for c in report.data_columns]
    header, write = _delimited(out, delimiter, keys)
    header(keys)
    for row in report.rows:
        write(row)


def _write_csv(report: Report, out: IO[str]) -> None:
    _write_delimited(report, out, ",")


def _write_tsv(report: Report, out: IO[str]) -> None:
    _write_delimited(report, out, "\t")


def _write_json(report: Report, out: IO[str]) -> None:
    columns = report.data_columns
    encode = _json_encoder(columns)
    out.write("[")
    written = False
    try:
        for row in report.rows:  # one write a row: an interruption never leaves half of one
            out.write((",\n " if written else "\n ") + encode(row))
            written = True
    except SmacalcError:
        out.write("\n]\n" if written else "]\n")  # a batch stopped by a bad row: still a JSON array
        raise
    out.write("\n]\n" if written else "]\n")


def _write_jsonl(report: Report, out: IO[str]) -> None:
    encode = _json_encoder(report.data_columns)
    for row in report.rows:
        out.write(encode(row) + "\n")


def cell(column: Column, row: Row, lang: str = "en") -> str:
    """A value as a person reads it in a table, in ``lang`` (amounts in Korean units in Korean)."""
    value = row.get(column.key)
    if lang == "ko" and column.ko_key is not None and row.get(column.ko_key):
        value = row[column.ko_key]
    if value is None:
        return "–"
    if column.kind in ("money", "estimate"):
        if lang == "ko":
            return korean_money(value, row[column.currency_key])
        return Money(value, row[column.currency_key]).human()
    if isinstance(value, Message | Join | Money):
        return param(value, lang)
    if column.read is not None and lang != "en" and isinstance(value, str):
        return text(column.read(value), lang)
    if column.values is not None and isinstance(value, str):
        return value_text(column.values, value, lang)
    if column.kind == "pct":
        return f"{value:+.1f}%"
    if column.kind == "rate":
        return f"{value:.1f}%"
    if column.kind == "int":
        return str(value)
    if column.kind == "figure":
        return str(value)
    if column.kind == "count":
        return f"{value:,}"
    if column.kind == "bool":
        return text(msg("yes"), lang) if value else ""
    return _scalar(value)


def _write_markdown(report: Report, out: IO[str], lang: str = "en") -> None:
    """The data columns under their row keys (in English) or their headers (in another language)."""

    def line(cells: Iterable[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |\n"

    columns = report.data_columns
    out.write(line(c.key if lang == "en" else text(c.header, lang) for c in columns))
    out.write(line("---:" if c.kind in NUMERIC else "---" for c in columns))
    for row in report.rows:
        out.write(line(cell(c, row, lang) for c in columns))
    notes = report.lines_under(columns, lang)
    if notes:
        out.write("\n" + "".join(f"- {note}\n" for note in notes))


WRAP_MIN = 16  # the narrowest a prose column (a source list, a description) is squeezed to
MAX_WIDTH = 400  # a table or chart is never drawn wider than this, whatever COLUMNS says


def console(out: IO[str], width: int | None = None) -> Any:
    """A rich Console writing to ``out``: no highlighting, at most MAX_WIDTH wide, and a reader
    that goes away (``| head``) raises BrokenPipeError for the command line's policy (rich's own
    handler would exit 1)."""
    from rich.console import Console

    class Quiet(Console):
        def on_broken_pipe(self) -> None:
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    made = Quiet(file=out, highlight=False, width=width)
    if made.width > MAX_WIDTH:
        made = Quiet(file=out, highlight=False, width=MAX_WIDTH)
    return made


def _min_width(column: Column, header: str, values: list[str]) -> int:
    """The narrowest a column can be drawn: a figure is never cut, so a one-line column is as wide
    as its widest cell; prose wraps between words (a source id stays whole), or, with ``fold``,
    anywhere."""
    from rich.cells import cell_len

    if not column.wrap:
        return max([cell_len(header), *map(cell_len, values)])
    if column.fold:
        return max([WRAP_MIN, *(cell_len(word) for word in header.split())])
    return max([WRAP_MIN, *(cell_len(word) for value in values for word in value.split())])


def fit(report: Report, widths: list[int], width: int) -> list[int]:
    """The indexes of the columns a table of ``width`` shows: all, or, where their narrowest
    widths do not fit, all but those of ``report.drop``, left out in that order until they do."""
    shown = list(range(len(widths)))
    keys = [c.key for c in report.columns if c.in_table]
    for key in report.drop:
        if table_width(widths[i] for i in shown) <= width:
            break
        if key in keys and keys.index(key) in shown:
            shown.remove(keys.index(key))
    return shown


def table_width(widths: Iterable[int]) -> int:
    """The width rich draws a SIMPLE_HEAD table in: a padding of one on each side of every column,
    one space between columns, one at each edge."""
    return 1 + sum(w + 3 for w in widths)


def _shown_as(out: IO[str]) -> Callable[[str], str] | None:
    """How a stream that is not UTF-8 shows text, or None for UTF-8."""
    name = getattr(out, "encoding", None) or "utf-8"
    if codecs.lookup(name).name == "utf-8":
        return None
    from smacalc.render.encoding import displayable

    return lambda text: displayable(text, name)


def _write_table(report: Report, out: IO[str], wide: bool = False, lang: str = "en") -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    report = report.table or report
    columns = [c for c in report.columns if c.in_table]
    headers = [text(c.header, lang) for c in columns]
    cells = [[cell(c, row, lang) for c in columns] for row in report.rows]
    display = _shown_as(out)
    if display is not None:  # a terminal that is not UTF-8: measure the columns in what it shows
        cells = [[display(value) for value in line] for line in cells]
        headers = [display(header) for header in headers]
    widths = [_min_width(c, headers[i], [line[i] for line in cells]) for i, c in enumerate(columns)]
    terminal = console(out)
    shown = list(range(len(columns))) if wide else fit(report, widths, terminal.width)
    table = Table(title=Text(text(report.title, lang)), box=box.SIMPLE_HEAD)
    needed = table_width(widths[i] for i in shown)
    # A folded column (URLs) gets no more than the room left: rich would otherwise widen it for its
    # unbroken text and crop the table's right edge when another column holds wide characters.
    # With no room left (--wide, or a table that just fits), every prose column is drawn at its
    # narrowest: rich, shrinking them to the width by its own measure, would cut a source id.
    spare = max(0, terminal.width - needed)
    for i in shown:
        c = columns[i]
        justify: Literal["right", "left"] = "right" if c.kind in NUMERIC else "left"
        cap = widths[i] + spare if c.fold or (c.wrap and not spare) else None
        table.add_column(
            headers[i], justify=justify, no_wrap=not c.wrap, overflow="fold", min_width=widths[i], max_width=cap
        )
    for line in cells:
        table.add_row(*(Text(line[i]) for i in shown))
    drawn = terminal if needed <= terminal.width else console(out, width=needed)
    drawn.print(table)
    left_out = [headers[i] for i in range(len(columns)) if i not in shown]
    caption = report.lines_under((columns[i] for i in shown), lang)
    if left_out:
        caption.append(text(msg("not_shown", columns=", ".join(left_out)), lang))
    # The caption (assumptions, sources) wraps at the terminal's width, not the table's.
    for note in caption:
        terminal.print(Text(note))


FORMATTERS: dict[Format, Callable[[Report, IO[str]], None]] = {
    Format.TABLE: _write_table,
    Format.CSV: _write_csv,
    Format.TSV: _write_tsv,
    Format.JSON: _write_json,
    Format.JSONL: _write_jsonl,
    Format.MARKDOWN: _write_markdown,
}


def render(
    report: Report, fmt: Format, out: IO[str], wide: bool = False, lang: str = "en", *, bom: bool = False
) -> None:
    """Write ``report`` to ``out`` in ``fmt``; ``wide``: a table shows every column, however wide;
    ``lang``: the language of what a person reads (a table, markdown); csv and json never change;
    ``bom``: csv or tsv begins with a UTF-8 byte-order mark (for Excel), once its first row is read."""
    if fmt is Format.TABLE:
        _write_table(report, out, wide, lang)
    elif fmt is Format.MARKDOWN:
        _write_markdown(report, out, lang)
    else:
        ready = _first_row_read(report)
        if bom:
            out.write("\ufeff")
        FORMATTERS[fmt](ready, out)


def _first_row_read(report: Report) -> Report:
    """``report`` with its first row computed before anything is written: a batch whose first row
    fails (a bad header, an unreadable input) leaves stdout empty, not a header alone."""
    rows = iter(report.rows)
    first = next(rows, None)
    return replace(report, rows=() if first is None else itertools.chain((first,), rows))
