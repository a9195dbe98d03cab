"""Pure functions over the record: index look-up, escalation, projection, audit. No I/O."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from smacalc.dataset import Assumptions, Dataset
from smacalc.errors import DataError, InputError
from smacalc.models import PRICE_LEVELS, Agreement, Fixed, Frozen, IndexLinked, Negotiated, Position, Rule
from smacalc.money import TENTH, Money

Basis = Literal["official", "rule", "projected", "scenario"]
IndexBasis = Literal["published", "assumed", "default"]


@dataclass(frozen=True)
class IndexUse:
    """The index value a rule used for one year, and where it came from."""

    series: str
    year: int
    pct: Decimal
    basis: IndexBasis
    source: str | None


@dataclass(frozen=True)
class Step:
    """One application of a rule: the new amount, the rate applied and whether the cap held it."""

    amount: Money
    rate_pct: Decimal
    capped: bool
    index: IndexUse | None


@dataclass(frozen=True)
class ProjectionRow:
    sma: int
    year: int
    amount: Money
    change_pct: Decimal | None
    basis: Basis
    rate_pct: Decimal | None
    capped: bool
    source: str | None
    index: IndexUse | None = None


@dataclass(frozen=True)
class AuditRow:
    sma: int
    year: int
    official: Money | None
    computed: Money
    rate_pct: Decimal
    capped: bool

    @property
    def difference(self) -> Decimal | None:
        return None if self.official is None else self.computed.amount - self.official.amount

    @property
    def status(self) -> str:
        if self.official is None:
            return "no official figure"
        return "ok" if self.difference == 0 else "deviation"


def round_pct(value: Decimal) -> Decimal:
    """Half-up to 0.1 percentage point, the precision the agreements use (never -0.0)."""
    rounded = value.quantize(TENTH, rounding=ROUND_HALF_UP)
    return rounded.copy_abs() if rounded.is_zero() else rounded


def index_value(data: Dataset, assumptions: Assumptions, series: str, year: int) -> IndexUse:
    """The value of ``series`` for ``year``: the user's for that year (command line, then scenario
    file), else the published one, else the user's plain assumption, else the stated default."""
    given = (assumptions, data.assumed)  # the command line's, then a scenario file's
    for source in given:
        if (series, year) in source.by_year:
            return IndexUse(series, year, source.by_year[(series, year)], "assumed", None)
    published = data.indices.get((series, year))
    if published is not None:
        return IndexUse(series, year, published.pct, "published", published.source)
    for source in given:
        if series in source.plain:
            return IndexUse(series, year, source.plain[series], "assumed", None)
    default = data.defaults.get(series)
    if default is None:
        raise DataError(f"no {series} value for {year} and no default assumption in the record")
    return IndexUse(series, year, default.pct, "default", default.source)


def escalate(previous: Money, rule: Rule, unit: Decimal, index: IndexUse | None) -> Step:
    """Apply ``rule`` once: previous × (1 + rate), rounded half-up to ``unit``."""
    capped = False
    if isinstance(rule, Frozen):
        return Step(previous, Decimal("0.0"), False, None)
    if isinstance(rule, Fixed):
        rate = round_pct(rule.pct) if rule.pct == round_pct(rule.pct) else rule.pct
    elif isinstance(rule, IndexLinked):
        if index is None:
            raise ValueError("an index-linked rule needs an index value")
        rate = round_pct(index.pct) + rule.add_pct
        if rule.cap_pct is not None and rate > rule.cap_pct:
            rate, capped = round_pct(rule.cap_pct), True
        if rule.floor_pct is not None and rate < rule.floor_pct:
            rate = round_pct(rule.floor_pct)
    else:
        raise ValueError(f"rule {rule.kind!r} sets amounts by schedule, not by escalation")
    amount = Money(previous.amount * (1 + rate / 100), previous.currency).round_to(unit)
    return Step(amount, rate, capped, index)


def _index_for(data: Dataset, assumptions: Assumptions, agreement: Agreement, year: int) -> IndexUse | None:
    rule = agreement.rule
    if isinstance(rule, IndexLinked):
        return index_value(data, assumptions, rule.index, year - rule.lag)
    return None


def change_pct(previous: ProjectionRow | None, current: Money) -> Decimal | None:
    """Year-on-year change in percent, rounded to 0.1; none across a change of currency."""
    if previous is None or previous.amount.currency != current.currency:
        return None
    return round_pct((current.amount / previous.amount.amount - 1) * 100)


def project(
    data: Dataset,
    assumptions: Assumptions | None = None,
    sma: int | None = None,
    through: int | None = None,
) -> list[ProjectionRow]:
    """Every year of the record (or of agreement ``sma``), each amount by its agreement's rule."""
    assumptions = assumptions or Assumptions()
    selected = [data.agreement(sma)] if sma is not None else list(data.agreements)
    first, last = selected[0].first, selected[-1].last
    if through is not None and not first <= through <= last:
        raise InputError(f"--through {through} is outside {first}-{last}, the years of the selection")
    rows: list[ProjectionRow] = []
    previous: ProjectionRow | None = None
    for agreement in data.agreements:
        if agreement.first > (through or last):
            break
        for year in range(agreement.first, agreement.last + 1):
            row = _project_year(data, assumptions, agreement, year, previous)
            if first <= year <= (through or last):
                rows.append(row)
            previous = row
    return rows


def _project_year(
    data: Dataset,
    assumptions: Assumptions,
    agreement: Agreement,
    year: int,
    previous: ProjectionRow | None,
) -> ProjectionRow:
    set_entry = agreement.set_amount(year)
    if set_entry is not None:
        return ProjectionRow(
            sma=agreement.number,
            year=year,
            amount=set_entry.amount,
            change_pct=change_pct(previous, set_entry.amount),
            basis="scenario" if agreement.scenario == "agreement" else "official",
            rate_pct=None,
            capped=False,
            source=set_entry.source,
        )
    if previous is None:
        raise DataError(f"agreement {agreement.number}: no amount before {year} to escalate")
    index = _index_for(data, assumptions, agreement, year)
    step = escalate(previous.amount, agreement.rule, agreement.unit, index)
    assumed = previous.basis in ("projected", "scenario") or (index is not None and index.basis != "published")
    published = next((e for e in agreement.published if e.year == year), None)
    basis: Basis
    if agreement.scenario is not None:
        amount, basis, source = step.amount, "scenario", None if index is None else index.source
    elif assumed:
        amount, basis, source = step.amount, "projected", None if index is None else index.source
    elif published is not None:
        amount, basis, source = published.amount, "official", published.source
    else:
        amount, basis, source = step.amount, "rule", None if index is None else index.source
    return ProjectionRow(
        sma=agreement.number,
        year=year,
        amount=amount,
        change_pct=change_pct(previous, amount),
        basis=basis,
        rate_pct=step.rate_pct,
        capped=step.capped,
        source=source,
        index=index,
    )


def audit(data: Dataset) -> list[AuditRow]:
    """Recompute every rule-governed year from its agreement's own amounts and the published
    indices alone, chaining computed (not official) amounts, and pair each with the official one."""
    rows: list[AuditRow] = []
    published_only = Assumptions()
    for agreement in data.agreements:
        if isinstance(agreement.rule, Negotiated):
            continue
        amount = agreement.first_year.amount
        for year in range(agreement.first + 1, agreement.last + 1):
            set_entry = agreement.set_amount(year)
            if set_entry is not None:
                amount = set_entry.amount
                continue
            index = _index_for(data, published_only, agreement, year)
            if index is not None and index.basis != "published":
                break
            step = escalate(amount, agreement.rule, agreement.unit, index)
            official = next((e.amount for e in agreement.published if e.year == year), None)
            rows.append(AuditRow(agreement.number, year, official, step.amount, step.rate_pct, step.capped))
            amount = step.amount
    return rows


@dataclass(frozen=True)
class Rate:
    """Won per dollar used for a conversion, and where it came from."""

    krw_per_usd: Decimal
    year: int | None
    source: str | None  # None: the user's --rate


def rate_for(data: Dataset, year: int | None, override: Decimal | None = None) -> Rate:
    """The user's rate if given, else the record's average for ``year``; no silent fallback."""
    if override is not None:
        return Rate(override, year, None)
    if year is None:
        raise InputError("amounts in two currencies need --year (the year's average rate) or --rate")
    known = data.rates.get(year)
    if known is None:
        years = sorted(data.rates)
        span = f"{years[0]}-{years[-1]}" if years else "no years"
        raise DataError(f"no exchange rate for {year} in the record ({span}); give one with --rate")
    return Rate(known.krw_per_usd, year, known.source)


def convert(money: Money, currency: str, rate: Rate | None) -> Money:
    """``money`` in ``currency`` at ``rate``, rounded half-up to the minor unit (whole won, cents)."""
    if money.currency == currency:
        return money
    if rate is None:
        raise InputError(f"converting {money.currency} to {currency} needs a rate")
    if currency == "KRW":
        return Money(money.amount * rate.krw_per_usd, "KRW").round_minor()
    return Money(money.amount / rate.krw_per_usd, "USD").round_minor()


@dataclass(frozen=True)
class Gap:
    demand: Money
    offer: Money
    rate: Rate | None

    @property
    def difference(self) -> Money:
        return Money(self.demand.amount - self.offer.amount, self.demand.currency)

    @property
    def ratio(self) -> Decimal:
        """demand ÷ offer, to 0.01."""
        return (self.demand.amount / self.offer.amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @property
    def pct_above(self) -> Decimal:
        """How far the demand is above the offer, in percent, to 0.1 (from the unrounded ratio)."""
        return round_pct((self.demand.amount / self.offer.amount - 1) * 100)


def gap(
    data: Dataset,
    demand: Money,
    offer: Money,
    year: int | None = None,
    rate: Decimal | None = None,
    currency: str | None = None,
) -> Gap:
    """Demand against offer in one currency (``currency``, else the offer's), converted at the
    year's average rate or at ``rate``."""
    target = currency or offer.currency
    needs_rate = {demand.currency, offer.currency, target} != {target}
    used = rate_for(data, year, rate) if needs_rate else None
    return Gap(convert(demand, target, used), convert(offer, target, used), used)


@dataclass(frozen=True)
class Level:
    """A price level used for real terms: published, or extended past the last published year by
    assumed inflation (``assumed`` lists those steps)."""

    series: str
    year: int
    level: Decimal
    source: str
    assumed: tuple[IndexUse, ...] = ()


def price_level(data: Dataset, assumptions: Assumptions, currency: str, year: int) -> Level:
    """The consumer price level that deflates ``currency`` in ``year``. Past the last published
    year, the last level is carried forward by the inflation the projection assumes (published,
    the user's, else the stated default), each step rounded as published (0.1 pp)."""
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


@dataclass(frozen=True)
class Restatement:
    """What to restate rows into; each part is optional."""

    currency: str | None = None
    rate: Decimal | None = None
    real: int | None = None
    troops: int | None = None

    @property
    def any(self) -> bool:
        return self.currency is not None or self.real is not None or self.troops is not None


def restate_amount(
    data: Dataset, assumptions: Assumptions, money: Money, year: int, how: Restatement
) -> tuple[Money, Money, Rate | None, RealTerms | None, Money | None]:
    """One amount of ``year``: (amount, nominal, rate, real terms, per troop)."""
    currency = how.currency or money.currency
    used = None if money.currency == currency else rate_for(data, year, how.rate)
    nominal = convert(money, currency, used)
    amount, real = nominal, None
    if how.real is not None:
        real = in_real_terms(data, assumptions, nominal, year, how.real)
        amount = Money(nominal.amount * real.factor, currency).round_minor()
    per_troop = None
    if how.troops is not None:
        per_troop = Money(amount.amount / how.troops, currency).round_minor()
    return amount, nominal, used, real, per_troop


def restate(
    data: Dataset, rows: list[ProjectionRow], how: Restatement, assumptions: Assumptions | None = None
) -> list[Restated]:
    """Each row restated as ``how`` says; the year-on-year change is recomputed on the result."""
    assumptions = assumptions or Assumptions()
    out: list[Restated] = []
    for row in rows:
        amount, nominal, used, real, per_troop = restate_amount(data, assumptions, row.amount, row.year, how)
        change: Decimal | None
        if out and out[-1].amount.currency == amount.currency:
            change = round_pct((amount.amount / out[-1].amount.amount - 1) * 100)
        else:
            change = row.change_pct if not how.any else None
        out.append(Restated(row, amount, nominal, used, real, per_troop, change))
    return out


@dataclass(frozen=True)
class Change:
    """From one year's amount to another's: total change and compound annual rate."""

    start: Restated
    end: Restated

    @property
    def years(self) -> int:
        return self.end.row.year - self.start.row.year

    @property
    def difference(self) -> Money:
        return Money(self.end.amount.amount - self.start.amount.amount, self.end.amount.currency)

    @property
    def pct(self) -> Decimal:
        return round_pct((self.end.amount.amount / self.start.amount.amount - 1) * 100)

    @property
    def cagr_pct(self) -> Decimal:
        """Compound annual growth rate, in percent to 0.01."""
        ratio = self.end.amount.amount / self.start.amount.amount
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
    if pair[0].amount.currency != pair[1].amount.currency:
        raise InputError(
            f"{start} was set in {pair[0].amount.currency} and {end} in {pair[1].amount.currency}; "
            "give --in USD or --in KRW to compare them"
        )
    return Change(pair[0], pair[1])


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
        return round_pct((self.amount.amount / self.baseline_amount.amount - 1) * 100)

    @property
    def ratio_to_agreed(self) -> Decimal:
        return (self.amount.amount / self.agreed_amount.amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def position_gaps(
    data: Dataset, sma: int, currency: str | None = None, rate: Decimal | None = None
) -> list[PositionGap]:
    """Every recorded position of the talks for agreement ``sma``. The baseline is the amount in
    force when the position was taken (its year, or the year before ``for_year`` if earlier); a
    position stated as a percentage is applied to that baseline."""
    agreement = data.agreement(sma)
    positions = [p for p in data.positions if p.sma == sma]
    if not positions:
        raise InputError(f"no recorded positions for SMA {sma}; `smacalc history` lists what the record holds")
    rows = {r.year: r for r in project(data, through=max(p.for_year for p in positions))}
    target = currency or agreement.currency
    out: list[PositionGap] = []
    for p in positions:
        baseline, agreed = rows[min(p.year, p.for_year - 1)], rows[p.for_year]
        currencies = {baseline.amount.currency, agreed.amount.currency, target}
        if p.amount is not None:
            currencies.add(p.amount.currency)
        used = rate_for(data, p.year, rate) if currencies != {target} else None
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


def history(data: Dataset, sma: int | None = None) -> list[Moment]:
    """The timeline of the talks: each agreement's signing (from the agreements), the recorded
    events and the recorded positions, in date order."""
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
            a.sources[0] if a.sources else None,
        )
        for a in data.agreements
        if a.signed is not None
    ]
    moments += [Moment(e.date, e.end, e.sma, e.kind, None, e.place, e.description, None, e.source) for e in data.events]
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
        )
        for p in data.positions
    ]
    return sorted((m for m in moments if sma is None or m.sma == sma), key=lambda m: (m.date, m.end or m.date))
