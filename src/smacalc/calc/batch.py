"""Read batches of gap inputs (CSV with a header, or JSON lines) from a byte stream, a row at a
time, in constant memory, or from the whole lines of a span of a file (GapReader.rows, for the
workers of a large batch). Each input row becomes a GapInput or a BadRow naming its line."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any, NamedTuple

from pydantic_core import from_json

from smacalc.errors import DataError, InputError
from smacalc.money import Money, parse_positive_money
from smacalc.numbers import parse_date, parse_rate, parse_year

KEYS = ("demand", "offer", "year", "date", "rate")
KEY_SET = frozenset(KEYS)


def _pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
    fields = dict(items)
    if len(fields) != len(items):
        twice = next(key for i, (key, _) in enumerate(items) if key in dict(items[:i]))
        raise InputError(f"key {twice!r} is given twice")
    return fields


# One decoder: json.loads with options builds one a call. A key given twice is refused.
_JSON = json.JSONDecoder(parse_float=Decimal, object_pairs_hook=_pairs)
REQUIRED = ("demand", "offer")
CHUNK = 1 << 16
MAX_LINE = 10_000  # bytes; a longer line is refused, not buffered without end


class GapInput(NamedTuple):
    line: int
    demand: Money
    offer: Money
    year: int | None
    rate: Decimal | None
    day: dt.date | None = None


@dataclass(frozen=True)
class BadRow:
    line: int
    message: str
    fatal: bool = False  # the header: nothing after it can be read, --skip-bad or not


def lines(stream: IO[bytes], before_read: Callable[[], None]) -> Iterator[tuple[int, bytes]]:
    """(line number, bytes without the line end) for each line. ``before_read`` runs before
    every read that may wait for the writer, so output is flushed while the input is slow."""
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
            yield number, pending[: MAX_LINE + 1]  # reported as too long; the rest is skipped
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


def _decode(raw: bytes) -> str:
    if len(raw) > MAX_LINE:
        raise InputError(f"line longer than {MAX_LINE:,} bytes")
    if b"\x00" in raw:
        raise InputError("contains a NUL byte")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text") from None


def _int_year(value: Any) -> int | None:
    if (type(value) is str and value) or type(value) is int:  # a year as text (csv) or a number (json)
        return parse_year(str(value))
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InputError(f"year {value!r} is not a year from 1900 to 2200")
    return parse_year(str(value))


def _day(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f'date {value!r} must be a string YYYY-MM-DD, such as "2019-02-13"')
    return parse_date(value)


def _rate(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise InputError(f"rate {value!r} is not a number")
    return parse_rate(str(value))


def _amount(fields: dict[str, Any], key: str) -> Money:
    value = fields.get(key)
    if type(value) is str and value:
        return parse_positive_money(value)
    if value is None or value == "":
        raise InputError(f"no {key}")
    if isinstance(value, bool) or not isinstance(value, str):
        raise InputError(f'{key} {value!r} must be a string with its currency, such as "5B USD"')
    return parse_positive_money(value)


def _row(line: int, fields: dict[str, Any]) -> GapInput:
    year, day = _int_year(fields.get("year")), _day(fields.get("date"))
    if year is not None and day is not None:
        raise InputError("give year (the year's average rates) or date (that day's rates), not both")
    return GapInput(line, _amount(fields, "demand"), _amount(fields, "offer"), year, _rate(fields.get("rate")), day)


def _csv_header(text: str) -> list[str]:
    header = [name.strip().lower() for name in next(csv.reader([text]))]
    unknown = [name for name in header if name not in KEYS]
    missing = [name for name in REQUIRED if name not in header]
    if unknown or missing or len(set(header)) != len(header):
        raise InputError(
            f"the header must name demand and offer, and may add year, date and rate; got {text.strip()!r}"
        )
    return header


class GapReader:
    """The rows of one batch input, a line at a time: the first line that is not blank says CSV
    (it is the header) or JSON lines; each later line is a GapInput or a BadRow, a blank one
    nothing. A reader holds only what the first line said, so a copy can go on with the rest."""

    def __init__(self) -> None:
        self.header: list[str] | None = None
        self.jsonl: bool | None = None

    def row(self, line: int, raw: bytes) -> GapInput | BadRow | None:
        try:
            text = _decode(raw)
            if not text.strip():
                return None
            if self.jsonl is None:
                self.jsonl = text.lstrip().startswith("{")
                if not self.jsonl:
                    self.header = _csv_header(text.lstrip("\ufeff"))
                    return None
            return _row(line, _json_fields(text) if self.jsonl else self._csv_fields(text))
        except InputError as exc:
            return BadRow(line, str(exc), fatal=self.header is None and not self.jsonl)
        except csv.Error as exc:
            return BadRow(line, f"not valid CSV: {exc}")

    def _csv_fields(self, text: str) -> dict[str, Any]:
        header = self.header
        assert header is not None
        values = next(csv.reader([text])) if '"' in text else text.split(",")
        if len(values) != len(header):
            raise InputError(f"{len(values)} fields where the header has {len(header)}")
        return dict(zip(header, values, strict=True))

    def rows(self, first: int, lines: bytes) -> Iterator[GapInput | BadRow]:
        """The rows of ``lines`` (whole lines of a file, as ``lines`` reads them: each without its
        line end, CR LF or LF), the first of them line ``first``."""
        parts = lines.split(b"\n")
        if parts[-1] == b"":  # after the last line end
            parts.pop()
        for line, raw in enumerate(parts, start=first):
            item = self.row(line, raw.removesuffix(b"\r"))
            if item is not None:
                yield item


_PLAIN = (str, bool, type(None))


def _quick_fields(text: str) -> dict[str, Any] | None:
    """The object of ``text`` where pydantic-core's parser (several times quicker) reads it as the
    exact decoder would: an object of strings, whole numbers (of fewer than 19 digits), booleans
    and nulls, no key given twice (every key is followed by a colon, so a text with no more colons
    than the object has keys has no key twice). None for anything else, which the exact decoder
    then reads, or says what is wrong with."""
    try:
        fields = from_json(text)
    except ValueError:
        return None
    if type(fields) is not dict or text.count(":") != len(fields):
        return None
    for value in fields.values():
        if type(value) not in _PLAIN and not (type(value) is int and -(10**18) < value < 10**18):
            return None
    return fields


def _json_fields(text: str) -> dict[str, Any]:
    quick = _quick_fields(text)
    if quick is not None:
        fields: Any = quick
    else:
        fields = _exact_fields(text)
    if not isinstance(fields, dict):
        raise InputError("expected a JSON object with demand, offer, year, date, rate")
    if not fields.keys() <= KEY_SET:
        unknown = sorted(fields.keys() - KEY_SET)[0]
        raise InputError(f"unknown key {unknown!r}; the keys are demand, offer, year, date, rate")
    return fields


def _exact_fields(text: str) -> Any:
    """``text`` read by the exact decoder: numbers with a fraction as Decimal, a key given twice refused."""
    try:
        return _JSON.decode(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}") from None
    except InputError:
        raise
    except ValueError:  # an integer of thousands of digits
        raise InputError("not valid JSON: a number has more than 4,300 digits") from None
    except RecursionError:
        raise InputError("not valid JSON: nested too deeply to read") from None


def gap_inputs(numbered: Iterable[tuple[int, bytes]]) -> Iterator[GapInput | BadRow]:
    """Every row of a CSV (header: demand,offer[,year|date][,rate]) or JSON-lines input, from its
    numbered lines (as ``lines`` reads them), in order. Blank lines are skipped. A bad header ends
    the input with a BadRow."""
    reader = GapReader()
    for line, raw in numbered:
        item = reader.row(line, raw)
        if item is not None:
            yield item
            if isinstance(item, BadRow) and item.fatal:
                return
