"""The record in memory: the agreements, sources, index values and defaults, with the exchange
rates, price levels and talks read when first used; and the index values a user assumes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING

from smacalc.errors import DataError, InputError

if TYPE_CHECKING:
    from smacalc.record.models import Agreement, DefaultAssumption, IndexValue, Source
    from smacalc.record.prices import BurdenFigure, CategoryAmount, DailyRates, ExchangeRate, PriceLevel, TroopLevel
    from smacalc.record.talks import Event, Position

Talks = tuple[tuple["Position", ...], tuple["Event", ...]]
Prices = tuple[
    Mapping[tuple[str, int], "ExchangeRate"],
    Mapping[tuple[str, int], "PriceLevel"],
    Mapping[tuple[str, int], "TroopLevel"],
    Mapping[tuple[int, str], "CategoryAmount"],
    tuple["BurdenFigure", ...],
]


def no_talks() -> Talks:
    return (), ()


def no_prices() -> Prices:
    return {}, {}, {}, {}, ()


def no_daily() -> DailyRates:
    raise DataError("this record has no daily exchange rates")


@dataclass(frozen=True)
class Assumptions:
    """Index values the user supplies: ``plain[series]`` for every year whose value is not
    published, ``by_year[(series, year)]`` for one year, published or not."""

    plain: Mapping[str, Decimal] = field(default_factory=dict)
    by_year: Mapping[tuple[str, int], Decimal] = field(default_factory=dict)

    def __post_init__(self) -> None:
        from smacalc.numbers import check_pct
        from smacalc.record.models import SERIES

        def value(series: object, pct: object) -> Decimal:
            if series not in SERIES:
                raise InputError(f"unknown index series {series!r}; the series are {', '.join(SERIES)}")
            if type(pct) is int:  # a whole percentage, exact
                pct = Decimal(pct)
            if type(pct) is not Decimal:
                raise InputError(f"{series} value {pct!r} must be a Decimal or a whole number, e.g. Decimal('2.5')")
            return check_pct(pct, f"{series} value")

        if not isinstance(self.plain, Mapping) or not isinstance(self.by_year, Mapping):
            raise InputError("Assumptions takes mappings: plain={'cpi': Decimal('3')}, by_year={('cpi', 2028): ...}")
        object.__setattr__(self, "plain", {s: value(s, p) for s, p in self.plain.items()})
        for key in self.by_year:
            if not (isinstance(key, tuple) and len(key) == 2 and type(key[1]) is int):
                raise InputError(f"by_year keys are (series, year), such as ('cpi', 2028); got {key!r}")
        object.__setattr__(self, "by_year", {k: value(k[0], p) for k, p in self.by_year.items()})


@dataclass(frozen=True)
class Dataset:
    """The record: agreements in order, sources by id, index values by (series, year)."""

    agreements: tuple[Agreement, ...]
    sources: Mapping[str, Source]
    indices: Mapping[tuple[str, int], IndexValue]
    defaults: Mapping[str, DefaultAssumption]
    # Exchange rates, price levels and troop levels, read and checked when first asked for: only
    # conversions (--in, gap), real terms (--real) and --per-troop need them.
    prices: Callable[[], Prices] = field(default=no_prices, repr=False, compare=False)
    # The positions and events of the talks, read and checked when first asked for: only
    # `gap --sma` and `history` need them.
    talks: Callable[[], Talks] = field(default=no_talks, repr=False, compare=False)
    # The daily rates, read and checked when a date first asks for them (--date).
    daily: Callable[[], DailyRates] = field(default=no_daily, repr=False, compare=False)
    assumed: Assumptions = field(default_factory=Assumptions)  # index values from scenario files
    scenarios: tuple[str, ...] = ()  # the scenario files read, by name

    @cached_property
    def _talks(self) -> Talks:
        positions, events = self.talks()
        return tuple(sorted(positions, key=lambda p: p.date)), tuple(sorted(events, key=lambda e: e.date))

    @cached_property
    def _prices(self) -> Prices:
        return self.prices()

    @cached_property
    def daily_rates(self) -> DailyRates:
        return self.daily()

    @property
    def rates(self) -> Mapping[tuple[str, int], ExchangeRate]:
        """The annual average rates by (currency, year)."""
        return self._prices[0]

    @property
    def levels(self) -> Mapping[tuple[str, int], PriceLevel]:
        return self._prices[1]

    @property
    def troop_levels(self) -> Mapping[tuple[str, int], TroopLevel]:
        """The US troop levels in Korea by (measure, year): the ``count`` and the ``stated`` level."""
        return self._prices[2]

    def troops(self, measure: str) -> dict[int, TroopLevel]:
        """One measure's US troop levels in Korea, by year, in year order."""
        return {year: t for (kind, year), t in sorted(self.troop_levels.items()) if kind == measure}

    @property
    def categories(self) -> Mapping[tuple[int, str], CategoryAmount]:
        """The SMA amount by (year, cost category), where published."""
        return self._prices[3]

    @property
    def burden(self) -> tuple[BurdenFigure, ...]:
        """The whole bill around the SMA, for Korea and Japan (burden.csv)."""
        return self._prices[4]

    @property
    def positions(self) -> tuple[Position, ...]:
        return self._talks[0]

    @property
    def events(self) -> tuple[Event, ...]:
        return self._talks[1]

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(a.number for a in self.agreements)

    def agreement(self, number: int) -> Agreement:
        for agreement in self.agreements:
            if agreement.number == number:
                return agreement
        known = ", ".join(str(n) for n in self.numbers)
        raise InputError(f"no SMA number {number} in the record; the record has {known}")
