"""The one batch reader, for `gap --from` and `check --from`: rows from a byte stream, a line at a
time, in bounded memory, under the same rules for both commands.

- A line is at most MAX_LINE bytes; a longer one is a bad row (its rest is skipped unread), so
  no stream, however long its lines, can exhaust memory.
- Lines are UTF-8 (a byte-order mark before the first is dropped); CR LF and LF both end a line.
- Blank lines are skipped, before the header too.
- The first line that is not blank says what the input is: a JSON object starts JSON lines; a CSV
  line whose cells are all keys of the batch is the header of a CSV; anything else is, where the
  batch takes one (check: the text), a first row of one value a line, and otherwise a bad header.
- A key given twice, an unknown key, or a missing required one is a bad row; so is a CSV row with
  more or fewer cells than its header.

Each row becomes its fields (a dict) or a BadRow naming its line; `gap_input` and `claim_input`
read the fields of each command's rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any, NamedTuple

from smacalc.errors import DataError, InputError
from smacalc.money import Money, parse_positive_money
from smacalc.numbers import parse_date, parse_rate, parse_year

MAX_LINE = 10_000  # bytes; a longer line is refused, not buffered without end
CHUNK = 1 << 16


@dataclass(frozen=True)
class Layout:
    """What one command's batch rows hold: their keys, those required, and the key a line of plain
    text fills when the input has no header (None: a header or JSON lines are required)."""

    keys: tuple[str, ...]
    required: tuple[str, ...]
    plain: str | None = None

    def describe(self) -> str:
        optional = [k for k in self.keys if k not in self.required]
        return " and ".join(self.required) + (f" (and may add {', '.join(optional)})" if optional else "")


GAP = Layout(("demand", "offer", "year", "date", "rate"), ("demand", "offer"))
CHECK = Layout(("text", "date"), ("text",), plain="text")


@dataclass(frozen=True)
class BadRow:
    line: int
    message: str
    fatal: bool = False  # the header: nothing after it can be read, --skip-bad or not


class Fields(NamedTuple):
    line: int
    values: dict[str, Any]


def lines(stream: IO[bytes], before_read: Callable[[], None] = lambda: None) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes without the line end) for each line; a line longer than MAX_LINE comes
    as its first MAX_LINE + 1 bytes (refused by the reader), the rest skipped unread. ``before_read``
    runs before every read that may wait for the writer, so output is flushed while input is slow."""
    read = getattr(stream, "read1", stream.read)
    pending = b""
    number = 0
    skipping = False  # inside a line too long to keep
    while True:
        if b"\n" in pending:
            *complete, pending = pending.split(b"\n")
            for raw in complete:
                number += 1
                yield number, raw.removesuffix(b"\r")
        if len(pending) > MAX_LINE:
            number += 1
            yield number, pending[: MAX_LINE + 1]
            pending, skipping = b"", True
        before_read()
        try:
            chunk = read(CHUNK)
        except OSError as exc:
            after = f" after line {number}" if number else ""
            raise DataError(f"cannot read the input{after}: {exc.strerror or exc}") from None
        if not chunk:
            break
        if skipping:
            if b"\n" not in chunk:
                continue
            chunk, skipping = chunk.split(b"\n", 1)[1], False
        pending += chunk
    if pending and not skipping:
        yield number + 1, pending.removesuffix(b"\r")


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    fields = dict(items)
    if len(fields) != len(items):
        twice = next(key for i, (key, _) in enumerate(items) if key in dict(items[:i]))
        raise InputError(f"key {twice!r} is given twice")
    return fields


# Numbers with a fraction are read exactly; a key given twice is refused.
_JSON = json.JSONDecoder(parse_float=Decimal, object_pairs_hook=_pairs)


def _decode(raw: bytes, first: bool) -> str:
    if len(raw) > MAX_LINE:
        raise InputError(f"line longer than {MAX_LINE:,} bytes")
    if b"\x00" in raw:
        raise InputError("contains a NUL byte")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text") from None
    return text.removeprefix("\ufeff") if first else text


def _json_object(text: str, layout: Layout) -> dict[str, Any]:
    try:
        fields = _JSON.decode(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}") from None
    except InputError:
        raise
    except ValueError:  # an integer of thousands of digits
        raise InputError("not valid JSON: a number has more than 4,300 digits") from None
    except RecursionError:
        raise InputError("not valid JSON: nested too deeply to read") from None
    if not isinstance(fields, dict):
        raise InputError(f"expected a JSON object with {layout.describe()}")
    return fields


def _cells(text: str) -> list[str]:
    try:
        return next(csv.reader([text]))
    except csv.Error as exc:
        raise InputError(f"not valid CSV: {exc}") from None


def _checked(fields: dict[str, Any], layout: Layout) -> dict[str, Any]:
    unknown = sorted(k for k in fields if k not in layout.keys)
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r}; the keys are {', '.join(layout.keys)}")
    missing = [k for k in layout.required if fields.get(k) in (None, "")]
    if missing:
        raise InputError(f"no {missing[0]}")
    return fields


def records(numbered: Iterable[tuple[int, bytes]], layout: Layout) -> Iterator[Fields | BadRow]:
    """The rows of a batch, in order, from its numbered lines (as ``lines`` reads them): each the
    fields it gives, or a BadRow. A bad header is a fatal BadRow, and the last item."""
    mode: str | None = None  # "json", "csv" or "plain", from the first line that is not blank
    header: list[str] = []
    for line, raw in numbered:
        try:
            text = _decode(raw, first=mode is None)
            if not text.strip():
                continue
            if mode is None:
                mode, header = _mode(text, layout)
                if mode == "csv":
                    continue
            if mode == "json":
                yield Fields(line, _checked(_json_object(text, layout), layout))
            elif mode == "csv":
                cells = _cells(text)
                if len(cells) != len(header):
                    raise InputError(f"{len(cells)} fields where the header has {len(header)}")
                yield Fields(line, _checked(dict(zip(header, cells, strict=True)), layout))
            else:
                assert layout.plain is not None
                yield Fields(line, {layout.plain: text.strip()})
        except InputError as exc:
            yield BadRow(line, str(exc), fatal=mode is None)
            if mode is None:
                return


def _mode(text: str, layout: Layout) -> tuple[str, list[str]]:
    """What the first line that is not blank says: JSON lines, a CSV header, or plain lines."""
    if text.lstrip().startswith("{"):
        return "json", []
    try:
        cells = [c.strip().lower() for c in _cells(text)]
    except InputError:
        cells = []
    if cells and all(c in layout.keys for c in cells):
        if len(set(cells)) != len(cells) or any(k not in cells for k in layout.required):
            raise InputError(f"the header must name {layout.describe()}; got {text.strip()!r}")
        return "csv", cells
    if layout.plain is not None:
        return "plain", []
    raise InputError(f"the header must name {layout.describe()}; got {text.strip()!r}")


# --- the fields of each command's rows ---


class GapInput(NamedTuple):
    line: int
    demand: Money
    offer: Money
    year: int | None
    rate: Decimal | None
    day: dt.date | None = None


class ClaimInput(NamedTuple):
    line: int
    text: str
    day: dt.date | None


def _amount(fields: dict[str, Any], key: str) -> Money:
    value = fields[key]
    if not isinstance(value, str):
        raise InputError(f'{key} {_as_written(value)} must be a string with its currency, such as "5B USD"')
    return parse_positive_money(value)


def _as_written(value: Any) -> str:
    """A JSON value as the input wrote it (2019.0, true, [2019]), not as Python shows it."""
    if isinstance(value, Decimal):
        return str(value)
    return json.dumps(value, default=str, ensure_ascii=False)[:60]


def _year(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InputError(
            f"year {_as_written(value)} is not a year from 1900 to 2200; give a whole number, such as 2019"
        )
    return parse_year(str(value))


def _day(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f'date {_as_written(value)} must be a string YYYY-MM-DD, such as "2019-02-13"')
    return parse_date(value)


def _rate(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise InputError(f"rate {_as_written(value)} is not a number")
    return parse_rate(str(value))


def gap_input(row: Fields) -> GapInput:
    """A row of `gap --from`: demand and offer, with year or date, and rate."""
    fields = row.values
    year, day = _year(fields.get("year")), _day(fields.get("date"))
    if year is not None and day is not None:
        raise InputError("give year (the year's average rates) or date (that day's rates), not both")
    return GapInput(row.line, _amount(fields, "demand"), _amount(fields, "offer"), year, _rate(fields.get("rate")), day)


def claim_input(row: Fields) -> ClaimInput:
    """A row of `check --from`: the text, and the date it was said or printed."""
    text = row.values["text"]
    if not isinstance(text, str):
        raise InputError(f"text {text!r} must be a string")
    return ClaimInput(row.line, text, _day(row.values.get("date")))
