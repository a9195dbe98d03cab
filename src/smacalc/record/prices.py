"""Pydantic models of the exchange rates and price levels of the record, and the daily rates.

Kept apart from models.py because only conversions (--in, gap) and real terms (--real) need them:
the other commands start faster when these classes are never built. The daily rates are a file of
their own, read only when a date asks for them (--date).
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from smacalc.errors import DataError
from smacalc.numbers import WIDE

RateCurrency = Literal["KRW", "EUR", "CNY", "JPY"]
RATE_CURRENCIES: tuple[str, ...] = ("KRW", "EUR", "CNY", "JPY")
# How the Federal Reserve quotes each currency, and smacalc keeps it: units per US dollar, except
# the euro, quoted in US dollars per euro (AEXUSEU, DEXUSEU).
QUOTED_IN_DOLLARS = frozenset({"EUR"})
DAILY_FILE = "daily-rates.csv.gz"
_NUMERAL = re.compile(r"\d{1,6}(?:\.\d{1,10})?")
_NUMERALS = re.compile(r"(?:\d{1,6}(?:\.\d{1,10})?\n)*\d{1,6}(?:\.\d{1,10})?")
_DAYS = re.compile(r"(?:\d{4}-\d\d-\d\d\n)*\d{4}-\d\d-\d\d")
# The series each column of the daily file is, by its source id in sources.csv.
DAILY_SOURCES = {"KRW": "fred-dexkous", "JPY": "fred-dexjpus", "CNY": "fred-dexchus", "EUR": "fred-dexuseu"}


def to_dollars(amount: Decimal, currency: str, rate: Decimal) -> Decimal:
    """``amount`` of ``currency`` in US dollars at ``rate``, as ``currency`` is quoted, unrounded
    (in the WIDE context, whatever the caller's)."""
    return WIDE.multiply(amount, rate) if currency in QUOTED_IN_DOLLARS else WIDE.divide(amount, rate)


def from_dollars(amount: Decimal, currency: str, rate: Decimal) -> Decimal:
    """``amount`` US dollars in ``currency`` at ``rate``, as ``currency`` is quoted, unrounded
    (in the WIDE context, whatever the caller's)."""
    return WIDE.divide(amount, rate) if currency in QUOTED_IN_DOLLARS else WIDE.multiply(amount, rate)


class ExchangeRate(BaseModel):
    """One year's average exchange rate of one currency against the US dollar, as quoted."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    year: int = Field(ge=1950, le=2200)
    currency: RateCurrency
    rate: Annotated[Decimal, Field(ge=Decimal("0.01"), le=100_000, allow_inf_nan=False)]  # --rate's range for KRW
    source: str = Field(min_length=1)
    note: str | None = None
    note_ko: str | None = None  # the note in Korean, where the record has it


@dataclass(frozen=True)
class Provenance:
    """Where `smacalc update` fetched a value from: FRED's series, on a day."""

    series: str
    day: dt.date

    def __str__(self) -> str:
        return f"FRED {self.series}, fetched {self.day.isoformat()}"


class FetchedRate(ExchangeRate):
    """A year's average that `smacalc update` fetched, for a year past the bundled ones."""

    fetched: Provenance


class PriceLevel(BaseModel):
    """One year's average of a consumer price index, the level real terms are computed from."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    series: Literal["kr_cpi", "us_cpi"]
    year: int = Field(ge=1950, le=2200)
    level: Annotated[Decimal, Field(ge=1, le=100_000, allow_inf_nan=False)]
    source: str = Field(min_length=1)
    note: str | None = None


class FetchedLevel(PriceLevel):
    """A year's price level that `smacalc update` fetched, for a year past the bundled ones."""

    fetched: Provenance


class BurdenFigure(BaseModel):
    """One figure of the whole bill for a host country over a span of years: what DOD obligated,
    the host's direct support, the host's own SMA, the US troops there."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    host: Literal["KR", "JP"]
    first_year: int = Field(ge=1950, le=2200)
    last_year: int = Field(ge=1950, le=2200)
    measure: Literal[
        "dod_obligations",
        "host_direct",
        "host_sma",
        "hns_total",
        "hns_sma",
        "us_troops",
        "korean_workers",
        "furloughed_workers",  # the Korean employees of USFK furloughed in a lapse (2020)
        "furlough_allowance_low",  # the living allowance a month paid to them, as a range
        "furlough_allowance_high",
        "furlough_allowance_pct_low",  # the allowance as a share of their average wage, as a range
        "furlough_allowance_pct_high",
    ]
    amount: Annotated[int, Field(ge=0, le=10**16)]  # whole units
    unit: Literal["USD", "JPY", "KRW", "troops", "workers", "%"]
    source: str = Field(min_length=1)
    note: str | None = None


class CategoryAmount(BaseModel):
    """One year's amount of one cost category of the SMA, in won, as published."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    year: int = Field(ge=1950, le=2200)
    category: Literal["labor", "construction", "logistics"]
    amount: Annotated[int, Field(ge=0, le=10**15)]  # whole won
    source: str = Field(min_length=1)
    note: str | None = None


TroopMeasure = Literal["count", "stated"]


class TroopLevel(BaseModel):
    """The number of US troops in Korea in one year by one measure: the Defense Department's count
    (``count``) or the level the governments state (``stated``), as its source gives it."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    year: int = Field(ge=1950, le=2200)
    measure: TroopMeasure
    troops: int = Field(ge=1, le=1_000_000)
    counts: str = Field(
        min_length=1, description="what the figure counts: a count on a date, a ceiling, a press figure"
    )
    source: str = Field(min_length=1)
    note: str | None = None


@dataclass(frozen=True)
class DailyRate:
    """The rate published for ``day``: the day asked for, or the last published day before it."""

    currency: str
    day: dt.date
    rate: Decimal
    source: str
    fetched: Provenance | None = None  # where `smacalc update` fetched it, if it did


class DailyRates:
    """The daily noon buying rates in New York, one column a currency, checked as they are read:
    dates in order and each value a positive number."""

    HEADER = ("date", "KRW", "JPY", "CNY", "EUR")
    MAX_BYTES = 4_000_000  # uncompressed: ten times the bundled file

    def __init__(self, data: bytes, name: str = DAILY_FILE) -> None:
        try:
            inflate = zlib.decompressobj(wbits=31)  # gzip
            text = inflate.decompress(data, self.MAX_BYTES).decode("utf-8")
        except (zlib.error, UnicodeDecodeError) as exc:
            raise DataError(f"{name}: not a gzip-compressed UTF-8 CSV file ({exc})") from None
        if inflate.unconsumed_tail:
            raise DataError(f"{name}: over {self.MAX_BYTES:,} bytes once uncompressed")
        lines = text.splitlines()
        if not lines or tuple(lines[0].split(",")) != self.HEADER:
            raise DataError(f"{name}: the header must be {','.join(self.HEADER)}")
        # Per currency, the days (ISO text, which sorts as the dates do) and the values as written;
        # a value becomes a Decimal only when a day asks for it. The whole file is checked column by
        # column; where that finds a fault, a line-by-line pass names its line.
        rows = [line.split(",") for line in lines[1:]]
        if not self._sound(rows):
            self._fault(rows, name)
        self.series: dict[str, tuple[list[str], list[str]]] = {}
        for i, currency in enumerate(self.HEADER[1:], start=1):
            published = [(row[0], row[i]) for row in rows if row[i]]
            self.series[currency] = ([day for day, _ in published], [value for _, value in published])
        # Per currency, where the days `smacalc update` fetched begin, and how they are named.
        self.fetched: dict[str, tuple[int, Provenance]] = {}

    def extend(self, currency: str, days: Sequence[str], values: Sequence[str], fetched: Provenance) -> None:
        """Add the days of a fetched series (checked, in order) that come after this one's last:
        the days this series has keep their values."""
        own_days, own_values = self.series[currency]
        start = bisect_right(days, own_days[-1])
        if start < len(days):
            self.fetched[currency] = (len(own_days), fetched)
            self.series[currency] = ([*own_days, *days[start:]], [*own_values, *values[start:]])

    @classmethod
    def _sound(cls, rows: list[list[str]]) -> bool:
        if not rows or any(len(row) != len(cls.HEADER) for row in rows):
            return False
        days = [row[0] for row in rows]
        if not _DAYS.fullmatch("\n".join(days)) or any(b <= a for a, b in pairwise(days)):
            return False
        try:
            list(map(dt.date.fromisoformat, days))
        except ValueError:
            return False
        for i in range(1, len(cls.HEADER)):
            cells = [row[i] for row in rows if row[i]]
            if not cells or not _NUMERALS.fullmatch("\n".join(cells)):
                return False
            numbers = list(map(float, cells))
            if min(numbers) <= 0 or max(numbers) > 100_000:
                return False
        return True

    @classmethod
    def _fault(cls, rows: list[list[str]], name: str) -> None:
        """The first fault of ``rows``, by its line: a date out of order or not of the calendar, a
        row of the wrong length, a value that is not a rate."""
        last = ""
        for number, cells in enumerate(rows, start=2):
            try:
                day = cells[0]
                dt.date.fromisoformat(day)
                if len(day) != 10 or len(cells) != len(cls.HEADER) or day <= last:
                    raise ValueError("a date out of order, or a row of the wrong length")
                for currency, cell in zip(cls.HEADER[1:], cells[1:], strict=True):
                    if cell and not (_NUMERAL.fullmatch(cell) and 0 < float(cell) <= 100_000):
                        raise ValueError(f"{currency} {cell!r} is not a rate from above 0 to 100,000")
            except ValueError as exc:
                raise DataError(f"{name}: line {number}: {exc}") from None
            last = day
        raise DataError(f"{name}: a currency has no rate at all")

    def span(self, currency: str) -> tuple[dt.date, dt.date]:
        days = self.series[currency][0]
        return dt.date.fromisoformat(days[0]), dt.date.fromisoformat(days[-1])

    def common_day(self, currencies: Iterable[str], day: dt.date) -> dt.date:
        """The last day on or before ``day`` on which a rate of every one of ``currencies`` is
        published (one day for every rate of a conversion); an error where there is none in the
        series of one of them."""
        wanted = sorted(set(currencies))
        while True:
            found = min(self.on(c, day).day for c in wanted)
            if all(self.on(c, found).day == found for c in wanted):
                return found
            day = found

    def on(self, currency: str, day: dt.date) -> DailyRate:
        """The rate of ``day``, or of the last published day before it (a weekend, a holiday); a
        day before the first or after the last published one is an error, never a fallback."""
        days, values = self.series[currency]
        first, last = self.span(currency)
        if not first <= day <= last:
            hint = "; `smacalc update` fetches the days since from FRED" if day > last else ""
            raise DataError(
                f"no daily {currency} rate for {day}: the record's daily series runs from {first} to {last}{hint}"
            )
        i = bisect_right(days, day.isoformat()) - 1
        begins, fetched = self.fetched.get(currency, (len(days), None))
        return DailyRate(
            currency,
            dt.date.fromisoformat(days[i]),
            Decimal(values[i]),
            DAILY_SOURCES[currency],
            fetched if i >= begins else None,
        )
