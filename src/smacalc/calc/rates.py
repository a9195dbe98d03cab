"""Conversion between currencies: the rates of a year (the record's annual averages, or the
latest carried forward), of a day (the daily series), or the user's, one leg a currency against
the US dollar. Pure functions, no I/O."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from smacalc.errors import DataError, InputError
from smacalc.money import Money
from smacalc.numbers import check_rate
from smacalc.record.dataset import Dataset
from smacalc.record.prices import Provenance, from_dollars, to_dollars

RateBasis = Literal["published", "assumed", "given"]
_BASES: tuple[RateBasis, ...] = ("given", "assumed", "published")


@dataclass(frozen=True)
class Leg:
    """One currency's rate against the US dollar in a conversion, as the record quotes it (won,
    yuan, yen per dollar; dollars per euro), and where it came from: ``published`` (the annual
    average of ``rate_year``, or the daily rate of ``day``), ``assumed`` (no published rate for the
    year: the latest one, of ``rate_year``, carried forward) or ``given`` (the user's --rate, won
    per dollar)."""

    currency: str
    rate: Decimal
    source: str | None  # None: the user's --rate
    basis: RateBasis = "published"
    rate_year: int | None = None
    day: dt.date | None = None  # the published day whose rate was used
    fetched: Provenance | None = None  # where `smacalc update` fetched it, if it did


@dataclass(frozen=True)
class Rate:
    """The rates a conversion goes through: a leg for each currency other than the dollar, all of
    one year (or one day). Between two other currencies the conversion goes through the dollar."""

    legs: tuple[Leg, ...]
    year: int | None
    asked: dt.date | None = None  # the day asked for (--date); each leg says the day it used

    def leg(self, currency: str) -> Leg | None:
        for leg in self.legs:
            if leg.currency == currency:
                return leg
        return None

    @property
    def krw_per_usd(self) -> Decimal | None:
        leg = self.leg("KRW")
        return None if leg is None else leg.rate

    @property
    def basis(self) -> RateBasis:
        """The least firm basis of the legs: given, then assumed, then published."""
        return next(b for b in _BASES if any(leg.basis == b for leg in self.legs) or b == "published")

    @property
    def day(self) -> dt.date | None:
        """The published day used, where the rates are daily ones."""
        for leg in self.legs:
            if leg.day is not None:
                return leg.day
        return None

    @property
    def carried(self) -> bool:
        return self.basis == "assumed"

    def to_dollars(self, money: Money) -> Decimal:
        if money.currency == "USD":
            return money.amount
        leg = self._needed(money.currency)
        return to_dollars(money.amount, money.currency, leg.rate)

    def from_dollars(self, amount: Decimal, currency: str) -> Decimal:
        if currency == "USD":
            return amount
        return from_dollars(amount, currency, self._needed(currency).rate)

    def _needed(self, currency: str) -> Leg:
        leg = self.leg(currency)
        if leg is None:
            raise InputError(f"converting {currency} needs its rate against the US dollar")
        return leg


def rate_between(
    data: Dataset,
    currencies: Iterable[str],
    target: str,
    year: int | None,
    override: Decimal | None = None,
    *,
    day: dt.date | None = None,
    carry_forward: bool = False,
) -> Rate | None:
    """The rates to bring amounts in ``currencies`` to ``target`` (see rate_for); none if all are in it."""
    currencies = set(currencies)
    if currencies <= {target}:
        return None
    return rate_for(data, currencies | {target}, year, override, day=day, carry_forward=carry_forward)


def rate_for(
    data: Dataset,
    currencies: Iterable[str],
    year: int | None,
    override: Decimal | None = None,
    *,
    day: dt.date | None = None,
    carry_forward: bool = False,
) -> Rate:
    """A leg for each of ``currencies`` other than the dollar: the user's rate for the won if given,
    else the daily rates of ``day`` (or, where one of them is not published that day, of the last
    day before it on which every one is: one day for all), else the record's
    annual average for ``year``. A year after the last published one takes that year's rate,
    carried forward, where ``carry_forward`` allows it (a projection in another currency);
    otherwise it is an error, never a silent fallback."""
    if override is not None:
        check_rate(override)
    asked = day
    if day is not None:
        year = day.year
    legs = []
    wanted = sorted(set(currencies) - {"USD"}, key=_ORDER.index)
    if day is not None:  # one day for every daily rate: the last on which all are published
        daily_ones = [c for c in wanted if not (c == "KRW" and override is not None)]
        if daily_ones:
            day = data.daily_rates.common_day(daily_ones, day)
    for currency in wanted:
        if currency == "KRW" and override is not None:
            legs.append(Leg("KRW", override, None, "given"))
        elif day is not None:
            daily = data.daily_rates.on(currency, day)  # published on ``day`` itself
            legs.append(Leg(currency, daily.rate, daily.source, "published", None, daily.day, daily.fetched))
        else:
            legs.append(_annual(data, currency, year, override, carry_forward))
    return Rate(tuple(legs), year, asked)


_ORDER = ("KRW", "EUR", "CNY", "JPY")


def _annual(data: Dataset, currency: str, year: int | None, override: Decimal | None, carry_forward: bool) -> Leg:
    if year is None:
        if override is not None:
            raise InputError(f"converting {currency} needs --year or --date; --rate sets only won per US dollar")
        raise InputError("amounts in two currencies need --year (the year's average rate), --date or --rate")
    known = data.rates.get((currency, year))
    if known is not None:
        return Leg(currency, known.rate, known.source, "published", year, fetched=fetched_from(known))
    years = sorted(y for c, y in data.rates if c == currency)
    if carry_forward and years and year > years[-1]:
        latest = data.rates[(currency, years[-1])]
        return Leg(currency, latest.rate, latest.source, "assumed", latest.year, fetched=fetched_from(latest))
    span = f"{years[0]}-{years[-1]}" if years else "no years"
    hint = "; give one with --rate" if currency == "KRW" else ""
    raise DataError(f"no {currency} exchange rate for {year} in the record ({span}){hint}")


def fetched_from(row: object) -> Provenance | None:
    """Where `smacalc update` fetched a rate or level; None for the record's own."""
    from smacalc.record.prices import FetchedLevel, FetchedRate

    return row.fetched if isinstance(row, (FetchedRate, FetchedLevel)) else None


def convert(money: Money, currency: str, rate: Rate | None) -> Money:
    """``money`` in ``currency`` at ``rate`` (through the dollar between two other currencies),
    rounded half-up to the minor unit (whole won and yen, cents, fen) once, at the end."""
    if money.currency == currency:
        return money
    if rate is None:
        raise InputError(f"converting {money.currency} to {currency} needs a rate")
    return Money.minor(rate.from_dollars(rate.to_dollars(money), currency), currency)
