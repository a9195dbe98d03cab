"""Amounts restated: converted between won and dollars at the record's annual average rates,
in a base year's prices, per troop; and the change between two years. Pure functions, no I/O."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Literal

from smacalc.calc.escalation import IndexUse, ProjectionRow, change_pct, index_value, pct_above, project
from smacalc.calc.rates import Rate, convert, rate_for
from smacalc.errors import DataError, InputError, SmacalcError
from smacalc.money import MAX_AMOUNT, Money, currency_code
from smacalc.numbers import WIDE, check_rate
from smacalc.record.dataset import Assumptions, Dataset
from smacalc.record.models import PRICE_LEVELS


@dataclass(frozen=True)
class Level:
    """A price level used for real terms: published, or extended past the last published year by
    assumed inflation (``assumed`` lists those steps)."""

    series: str
    year: int
    level: Decimal
    source: str
    assumed: tuple[IndexUse, ...] = ()


def check_real(data: Dataset, year: int) -> None:
    """The one rule for --real: a year prices can be stated in, from the first published price
    level to the last year of the record (an InputError, exit 2, otherwise)."""
    first, last = min(y for _, y in data.levels), data.agreements[-1].last
    if not first <= year <= last:
        raise InputError(f"--real {year} is outside {first}-{last}, the years prices can be stated in")


def price_level(data: Dataset, assumptions: Assumptions, currency: str, year: int) -> Level:
    """The consumer price level that deflates ``currency`` in ``year``. Past the last published
    year, the last level is carried forward by the inflation the projection assumes (published,
    the user's, else the stated default), one year at a time, unrounded."""
    series, inflation = PRICE_LEVELS[currency]
    published = data.levels.get((series, year))
    if published is not None:
        return Level(series, year, published.level, published.source)
    years = sorted(y for s, y in data.levels if s == series)
    if not years or year < years[0]:
        span = f"{years[0]}-{years[-1]}" if years else "none"
        raise DataError(f"no {series} price level for {year} in the record (published years: {span})")
    last = data.levels[(series, years[-1])]
    level, steps = last.level, []
    for y in range(years[-1] + 1, year + 1):
        use = index_value(data, assumptions, inflation, y)
        level *= 1 + use.pct / 100
        steps.append(use)
    return Level(series, year, level, last.source, tuple(steps))


@dataclass(frozen=True)
class RealTerms:
    """How an amount of ``year`` was restated in ``base_year`` prices."""

    base_year: int
    level: Level
    base: Level

    @property
    def factor(self) -> Decimal:
        return self.base.level / self.level.level

    @property
    def assumed(self) -> tuple[IndexUse, ...]:
        return self.level.assumed + self.base.assumed


def in_real_terms(data: Dataset, assumptions: Assumptions, money: Money, year: int, base_year: int) -> RealTerms:
    return RealTerms(
        base_year,
        price_level(data, assumptions, money.currency, year),
        price_level(data, assumptions, money.currency, base_year),
    )


@dataclass(frozen=True)
class Restated:
    """A projection row restated: in another currency at its own year's rate, in a base year's
    prices, per troop. ``amount`` is the result; ``nominal`` is the amount before real terms."""

    row: ProjectionRow
    amount: Money
    nominal: Money
    rate: Rate | None
    real: RealTerms | None
    per_troop: Money | None
    change_pct: Decimal | None  # on the previous row, as restated
    troops: Troops | None = None  # what per_troop divides by


@dataclass(frozen=True)
class Troops:
    """The troop count an amount of ``year`` is divided by: the user's (``given``), that year's
    level from the record (``published``), or, past the last year on record, the latest level
    carried forward (``assumed``, with ``level_year`` the year it is of)."""

    count: int
    year: int
    source: str | None
    basis: Literal["published", "assumed", "given"]
    level_year: int | None = None
    measure: str | None = None  # count or stated: the series the level is of (None for the user's number)


def troops_for(data: Dataset, year: int, how: Restatement) -> Troops:
    """The troops ``year`` is divided by: the user's number for every year, else that year's level
    of the one measure asked for (``how.troops_measure``: the count or the stated level); a year
    before the series is an error, a year after it takes the latest level, said as assumed."""
    if how.troops is not None:
        return Troops(how.troops, year, None, "given")
    measure = how.troops_measure
    levels = data.troops(measure)
    known = levels.get(year)
    if known is not None:
        return Troops(known.troops, year, known.source, "published", year, measure)
    years = list(levels)
    if years and year > years[-1]:
        latest = levels[years[-1]]
        return Troops(latest.troops, year, latest.source, "assumed", latest.year, measure)
    span = f"{years[0]}-{years[-1]}" if years else "no years"
    other = "--troops stated" if measure == "count" else "the count (without --troops stated)"
    raise DataError(
        f"no US troop level ({measure}) for {year} in the record ({span}); use {other}, or give a number with "
        "--per-troop N"
    )


@dataclass(frozen=True)
class Restatement:
    """What to restate rows into; each part is optional. ``rate`` (won per dollar) converts the
    years with no published rate; ``rates`` sets single years' rates, published or not. Per troop:
    ``troops`` divides every year by that number, ``troops_by_year`` each year by its own level."""

    currency: str | None = None
    rate: Decimal | None = None
    real: int | None = None
    troops: int | None = None
    rates: Mapping[int, Decimal] = field(default_factory=dict)
    troops_by_year: bool = False
    troops_measure: Literal["count", "stated"] = "count"  # which series troops_by_year divides by

    def __post_init__(self) -> None:
        if self.currency is not None:
            object.__setattr__(self, "currency", currency_code(self.currency))
            if self.real is not None and self.currency not in PRICE_LEVELS:
                raise InputError(
                    f"real terms are computed in won or US dollars (Korean or US CPI); the record has no "
                    f"{self.currency} price level: use --real with --in KRW or --in USD"
                )
        for rate in (self.rate, *self.rates.values()):
            if rate is not None:
                check_rate(rate)
        for year in (self.real, *self.rates):
            if year is not None and not (type(year) is int and 1900 <= year <= 2200):
                raise InputError(f"year {year!r} must be a whole number from 1900 to 2200")
        if self.troops is not None and not (type(self.troops) is int and self.troops >= 1):
            raise InputError(f"troops {self.troops!r} must be a whole number of at least 1")
        if self.troops is not None and self.troops_by_year:
            raise InputError("divide by a number of troops or by each year's level, not both")
        if self.troops_measure not in ("count", "stated"):
            raise InputError(f"troops_measure {self.troops_measure!r} must be count or stated")

    @property
    def any(self) -> bool:
        return self.currency is not None or self.real is not None or self.per_troop

    @property
    def per_troop(self) -> bool:
        return self.troops is not None or self.troops_by_year


def year_rate(data: Dataset, year: int, currencies: Iterable[str], how: Restatement) -> Rate:
    """The rates a restatement converts ``year`` at: for the won, the user's rate for that year,
    else the published one, else the user's plain --rate, else the latest published rate carried
    forward; for the other currencies, the published one, else the latest carried forward."""
    override = how.rates.get(year)
    if override is None and ("KRW", year) not in data.rates:
        override = how.rate
    return rate_for(data, currencies, year, override, carry_forward=True)


def restate_amount(
    data: Dataset, assumptions: Assumptions, money: Money, year: int, how: Restatement
) -> tuple[Money, Money, Rate | None, RealTerms | None, Money | None, Troops | None]:
    """One amount of ``year``: (amount, nominal, rate, real terms, per troop, troops divided by)."""
    currency = how.currency or money.currency
    used = None if money.currency == currency else year_rate(data, year, {money.currency, currency}, how)
    nominal = convert(money, currency, used)
    amount, real = nominal, None
    if how.real is not None:
        real = in_real_terms(data, assumptions, nominal, year, how.real)
        with localcontext(WIDE):
            restated = nominal.amount * real.factor
        if not abs(restated) < MAX_AMOUNT:  # a price level the assumed inflation or deflation drove to extremes
            raise InputError(
                f"--real {how.real}: {year}'s amount restated at the inflation assumed is beyond 10^18"
                f" {currency}; assume milder inflation or deflation (--cpi)"
            )
        amount = Money(restated, currency).round_minor()
    per_troop = troops = None
    if how.per_troop:
        troops = troops_for(data, year, how)
        with localcontext(WIDE):
            per_troop = Money(amount.amount / troops.count, currency).round_minor()
    return amount, nominal, used, real, per_troop, troops


def restate(
    data: Dataset, rows: list[ProjectionRow], how: Restatement, assumptions: Assumptions | None = None
) -> list[Restated]:
    """Each row restated as ``how`` says; the year-on-year change is recomputed on the result,
    the first row's from the year before it, restated the same way."""
    assumptions = assumptions or Assumptions()
    if how.real is not None:
        check_real(data, how.real)
    out: list[Restated] = []
    before = _restated_year_before(data, rows[0], how, assumptions) if rows and how.any else None
    for row in rows:
        amount, nominal, used, real, per_troop, troops = restate_amount(data, assumptions, row.amount, row.year, how)
        if out:
            change = change_pct(out[-1].amount, amount)
        else:
            change = row.change_pct if not how.any else change_pct(before, amount)
        out.append(Restated(row, amount, nominal, used, real, per_troop, change, troops))
    return out


def _restated_year_before(
    data: Dataset, row: ProjectionRow, how: Restatement, assumptions: Assumptions
) -> Money | None:
    """The amount of the year before ``row``, restated as ``how`` says; none before the record, or
    where it cannot be restated (no rate or price level for it)."""
    if row.year <= data.agreements[0].first:
        return None
    previous = project(data, assumptions, through=row.year - 1)[-1]
    try:
        amount, *_ = restate_amount(data, assumptions, previous.amount, previous.year, how)
    except SmacalcError:
        return None
    return amount


@dataclass(frozen=True)
class Change:
    """From one year's amount to another's (per troop, where the restatement divides by troops):
    total change and compound annual rate."""

    start: Restated
    end: Restated

    @property
    def first(self) -> Money:
        return self.start.per_troop or self.start.amount

    @property
    def last(self) -> Money:
        return self.end.per_troop or self.end.amount

    @property
    def years(self) -> int:
        return self.end.row.year - self.start.row.year

    @property
    def difference(self) -> Money:
        return self.last - self.first

    @property
    def pct(self) -> Decimal:
        return pct_above(self.last.amount, self.first.amount)

    @property
    def cagr_pct(self) -> Decimal:
        """Compound annual growth rate, in percent to 0.01."""
        ratio = self.last.amount / self.first.amount
        growth = (ratio ** (Decimal(1) / self.years) - 1) * 100
        return growth.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def change(
    data: Dataset,
    start: int,
    end: int,
    how: Restatement = Restatement(),
    assumptions: Assumptions | None = None,
) -> Change:
    """The change between two years of the record, in one currency (``how.currency`` when the
    two years were set in different currencies)."""
    if end <= start:
        raise InputError(f"--to {end} must be after --from {start}")
    assumptions = assumptions or Assumptions()
    rows = {r.year: r for r in project(data, assumptions, through=min(end, data.agreements[-1].last))}
    for year in (start, end):
        if year not in rows:
            raise InputError(f"{year} is outside the record ({min(rows)}-{data.agreements[-1].last})")
    pair = restate(data, [rows[start], rows[end]], how, assumptions)
    if not pair[0].amount.amount:
        raise InputError(f"the amount of {start} is zero; a change from zero has no percentage")
    if pair[0].amount.currency != pair[1].amount.currency:
        raise InputError(
            f"{start} was set in {pair[0].amount.currency} and {end} in {pair[1].amount.currency}; "
            "give --in USD or --in KRW to compare them"
        )
    return Change(pair[0], pair[1])


def unused_rates(how: Restatement, items: Iterable[Restated]) -> list[int | None]:
    """The --rate values no year used: a year's (that year not shown or not converted), or the
    plain one (None: every year shown has a published rate or its own)."""
    rates = [r.rate for r in items if r.rate is not None]
    unused: list[int | None] = [year for year in how.rates if not any(r.year == year for r in rates)]
    if how.rate is not None and not any(r.basis == "given" and r.year not in how.rates for r in rates):
        unused.append(None)
    return unused
