"""Pydantic models of the exchange rates and price levels of the record, and the daily rates.

Kept apart from models.py because only conversions (--in, gap) and real terms (--real) need them:
the other commands start faster when these classes are never built. The daily rates are a file of
their own, read only when a date asks for them (--date).
"""

from __future__ import annotations

import datetime as dt
import zlib
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from smacalc.errors import DataError

RateCurrency = Literal["KRW", "EUR", "CNY", "JPY"]
RATE_CURRENCIES: tuple[str, ...] = ("KRW", "EUR", "CNY", "JPY")
# How the Federal Reserve quotes each currency, and smacalc keeps it: units per US dollar, except
# the euro, quoted in US dollars per euro (AEXUSEU, DEXUSEU).
QUOTED_IN_DOLLARS = frozenset({"EUR"})
DAILY_FILE = "daily-rates.csv.gz"
# The series each column of the daily file is, by its source id in sources.csv.
DAILY_SOURCES = {"KRW": "fred-dexkous", "JPY": "fred-dexjpus", "CNY": "fred-dexchus", "EUR": "fred-dexuseu"}


def to_dollars(amount: Decimal, currency: str, rate: Decimal) -> Decimal:
    """``amount`` of ``currency`` in US dollars at ``rate``, as ``currency`` is quoted."""
    return amount * rate if currency in QUOTED_IN_DOLLARS else amount / rate


def from_dollars(amount: Decimal, currency: str, rate: Decimal) -> Decimal:
    """``amount`` US dollars in ``currency`` at ``rate``, as ``currency`` is quoted."""
    return amount / rate if currency in QUOTED_IN_DOLLARS else amount * rate


class ExchangeRate(BaseModel):
    """One year's average exchange rate of one currency against the US dollar, as quoted."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    year: int = Field(ge=1950, le=2200)
    currency: RateCurrency
    rate: Annotated[Decimal, Field(ge=Decimal("0.01"), le=100_000, allow_inf_nan=False)]  # --rate's range for KRW
    source: str = Field(min_length=1)
    note: str | None = None


class PriceLevel(BaseModel):
    """One year's average of a consumer price index, the level real terms are computed from."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    series: Literal["kr_cpi", "us_cpi"]
    year: int = Field(ge=1950, le=2200)
    level: Annotated[Decimal, Field(ge=1, le=100_000, allow_inf_nan=False)]
    source: str = Field(min_length=1)
    note: str | None = None


class BurdenFigure(BaseModel):
    """One figure of the whole bill for a host country over a span of years: what DOD obligated,
    the host's direct support, the host's own SMA, the US troops there."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    host: Literal["KR", "JP"]
    first_year: int = Field(ge=1950, le=2200)
    last_year: int = Field(ge=1950, le=2200)
    measure: Literal["dod_obligations", "host_direct", "host_sma", "us_troops", "korean_workers"]
    amount: Annotated[int, Field(ge=0, le=10**16)]  # whole units
    unit: Literal["USD", "JPY", "KRW", "troops", "workers"]
    source: str = Field(min_length=1)
    note: str | None = None


class CategoryAmount(BaseModel):
    """One year's amount of one cost category of the SMA, in won, as published."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    year: int = Field(ge=1950, le=2200)
    category: Literal["labor", "construction", "logistics"]
    amount: Annotated[int, Field(ge=0, le=10**15)]  # whole won
    source: str = Field(min_length=1)
    note: str | None = None


class TroopLevel(BaseModel):
    """The number of US troops in Korea in one year, as its source counts them."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    year: int = Field(ge=1950, le=2200)
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
        self.series: dict[str, tuple[list[dt.date], list[Decimal]]] = {c: ([], []) for c in self.HEADER[1:]}
        last: dt.date | None = None
        for number, line in enumerate(lines[1:], start=2):
            cells = line.split(",")
            try:
                day = dt.date.fromisoformat(cells[0])
                if len(cells) != len(self.HEADER) or (last is not None and day <= last):
                    raise ValueError("a date out of order, or a row of the wrong length")
                for currency, cell in zip(self.HEADER[1:], cells[1:], strict=True):
                    if cell:
                        value = Decimal(cell)
                        if not (value.is_finite() and 0 < value <= 100_000):
                            raise ValueError(f"{currency} {cell} is out of range")
                        self.series[currency][0].append(day)
                        self.series[currency][1].append(value)
            except (ValueError, InvalidOperation) as exc:
                raise DataError(f"{name}: line {number}: {exc}") from None
            last = day

    def span(self, currency: str) -> tuple[dt.date, dt.date]:
        days = self.series[currency][0]
        return days[0], days[-1]

    def on(self, currency: str, day: dt.date) -> DailyRate:
        """The rate of ``day``, or of the last published day before it (a weekend, a holiday); a
        day before the first or after the last published one is an error, never a fallback."""
        days, values = self.series[currency]
        first, last = self.span(currency)
        if not first <= day <= last:
            raise DataError(
                f"no daily {currency} rate for {day}: the record's daily series runs from {first} to {last}"
            )
        i = bisect_right(days, day) - 1
        return DailyRate(currency, days[i], values[i], DAILY_SOURCES[currency])
