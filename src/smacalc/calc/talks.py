"""The talks: demands against offers, the record's positions against what was in force and what
was agreed, and the timeline. Pure functions, no I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from smacalc.calc.escalation import ProjectionRow, pct_above, project
from smacalc.calc.rates import Rate, convert, rate_between
from smacalc.errors import DataError, InputError
from smacalc.money import Money, currency_code
from smacalc.record.dataset import Dataset
from smacalc.record.talks import Position

HUNDREDTH = Decimal("0.01")


def ratio(value: Decimal, base: Decimal) -> Decimal:
    """value ÷ base, rounded half-up to 0.01."""
    return (value / base).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Gap:
    demand: Money
    offer: Money
    rate: Rate | None

    @property
    def difference(self) -> Money:
        return self.demand - self.offer

    @property
    def ratio(self) -> Decimal:
        """demand ÷ offer, to 0.01."""
        return ratio(self.demand.amount, self.offer.amount)

    @property
    def pct_above(self) -> Decimal:
        """How far the demand is above the offer, in percent, to 0.1 (from the unrounded ratio)."""
        return pct_above(self.demand.amount, self.offer.amount)


def gap(
    data: Dataset,
    demand: Money,
    offer: Money,
    year: int | None = None,
    rate: Decimal | None = None,
    currency: str | None = None,
    day: dt.date | None = None,
) -> Gap:
    """Demand against offer in one currency (``currency``, else the offer's), converted at the
    year's average rate, at the rate of ``day`` (or the last published day before it), or, for the
    won, at ``rate``."""
    for name, money in (("demand", demand), ("offer", offer)):
        if not isinstance(money, Money) or money.amount <= 0:
            raise InputError(f"the {name} must be an amount greater than zero (parse_money reads text), got {money!r}")
    target = currency_code(currency) if currency is not None else offer.currency
    used = rate_between(data, [demand.currency, offer.currency], target, year, rate, day=day)
    converted = convert(demand, target, used), convert(offer, target, used)
    for name, given, money in (("demand", demand, converted[0]), ("offer", offer, converted[1])):
        if money.amount <= 0:  # 1 won in yen rounds to nothing: no ratio to give
            raise InputError(
                f"the {name} {given.amount} {given.currency} rounds to 0 {target} once"
                f" converted; compare in {given.currency} (--in {given.currency}) or give a larger amount"
            )
    return Gap(*converted, used)


@dataclass(frozen=True)
class PositionGap:
    """A recorded demand or offer against the amount in force when it was made and the amount
    finally agreed for its year, all in one currency at the rate of the year it was made."""

    position: Position
    amount: Money
    baseline: ProjectionRow
    baseline_amount: Money
    agreed: ProjectionRow
    agreed_amount: Money
    rate: Rate | None

    @property
    def pct_above_baseline(self) -> Decimal:
        return pct_above(self.amount.amount, self.baseline_amount.amount)

    @property
    def ratio_to_agreed(self) -> Decimal:
        return ratio(self.amount.amount, self.agreed_amount.amount)


def position_gaps(
    data: Dataset, sma: int, currency: str | None = None, rate: Decimal | None = None
) -> list[PositionGap]:
    """Every recorded position of the talks for agreement ``sma``. The baseline is the amount in
    force when the position was taken (its year, or the year before ``for_year`` if earlier); a
    position stated as a percentage is applied to that baseline."""
    agreement = data.agreement(sma)
    positions = [p for p in data.positions if p.sma == sma]
    if not positions:
        return []
    first, last = data.agreements[0].first, data.agreements[-1].last
    for p in positions:
        if not first <= min(p.year, p.for_year - 1) <= p.for_year <= last:
            raise DataError(
                f"the position of {p.date} ({p.party}, for {p.for_year}) needs the payments of "
                f"{min(p.year, p.for_year - 1)}-{p.for_year}, outside the record's {first}-{last}"
            )
    rows = {r.year: r for r in project(data, through=max(p.for_year for p in positions))}
    target = currency_code(currency) if currency is not None else agreement.currency
    out: list[PositionGap] = []
    for p in positions:
        baseline, agreed = rows[min(p.year, p.for_year - 1)], rows[p.for_year]
        currencies = [baseline.amount.currency, agreed.amount.currency]
        if p.amount is not None:
            currencies.append(p.amount.currency)
        used = rate_between(data, currencies, target, p.year, rate)
        base = convert(baseline.amount, target, used)
        if p.amount is not None:
            amount = convert(p.amount, target, used)
        else:
            assert p.pct is not None
            amount = Money(base.amount * (1 + p.pct / 100), target).round_minor()
        out.append(PositionGap(p, amount, baseline, base, agreed, convert(agreed.amount, target, used), used))
    return out


@dataclass(frozen=True)
class Moment:
    """One line of the timeline: a signing, a round of talks, a statement, a demand or an offer."""

    date: str
    end: str | None
    sma: int
    kind: str
    party: str | None
    place: str | None
    description: str
    amount: Money | None
    source: str | None
    description_ko: str | None = None  # where the record has it


def history(data: Dataset, sma: int | None = None, years: tuple[int, int] | None = None) -> list[Moment]:
    """The timeline of the talks: each agreement's signing (from the agreements), the recorded
    events and the recorded positions, in date order; ``years`` (first, last): those dated in them."""
    if sma is not None:
        data.agreement(sma)
    moments = [
        Moment(
            a.signed,
            None,
            a.number,
            "signed",
            None,
            None,
            f"{a.name} signed",
            None,
            a.signed_source or (a.sources[0] if a.sources else None),
        )
        for a in data.agreements
        if a.signed is not None
    ]
    moments += [
        Moment(e.date, e.end, e.sma, e.kind, None, e.place, e.description, None, e.source, e.description_ko)
        for e in data.events
    ]
    moments += [
        Moment(
            p.date,
            None,
            p.sma,
            "demand" if p.party == "US" else "offer",
            p.party,
            None,
            p.description,
            p.amount,
            p.source,
            p.description_ko,
        )
        for p in data.positions
    ]
    low, high = years or (0, 9999)
    chosen = (m for m in moments if (sma is None or m.sma == sma) and low <= int(m.date[:4]) <= high)
    return sorted(chosen, key=lambda m: (m.date, m.end or m.date))
