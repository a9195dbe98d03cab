"""Pure functions over the record: index look-up, escalation, projection, audit. No I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from smacalc.dataset import Dataset
from smacalc.errors import DataError, InputError
from smacalc.models import Agreement, Fixed, Frozen, IndexLinked, Negotiated, Rule
from smacalc.money import Money

Basis = Literal["official", "rule", "projected"]
IndexBasis = Literal["published", "assumed", "default"]
TENTH = Decimal("0.1")


@dataclass(frozen=True)
class Assumptions:
    """Index values the user supplies: ``plain[series]`` for every year whose value is not
    published, ``by_year[(series, year)]`` for one year, published or not."""

    plain: Mapping[str, Decimal] = field(default_factory=dict)
    by_year: Mapping[tuple[str, int], Decimal] = field(default_factory=dict)


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
    """Half-up to 0.1 percentage point, the precision the agreements use."""
    return value.quantize(TENTH, rounding=ROUND_HALF_UP)


def index_value(data: Dataset, assumptions: Assumptions, series: str, year: int) -> IndexUse:
    """The value of ``series`` for ``year``: the user's for that year, else the published one,
    else the user's plain assumption, else the record's stated default."""
    if (series, year) in assumptions.by_year:
        return IndexUse(series, year, assumptions.by_year[(series, year)], "assumed", None)
    published = data.indices.get((series, year))
    if published is not None:
        return IndexUse(series, year, published.pct, "published", published.source)
    if series in assumptions.plain:
        return IndexUse(series, year, assumptions.plain[series], "assumed", None)
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
            basis="official",
            rate_pct=None,
            capped=False,
            source=set_entry.source,
        )
    if previous is None:
        raise DataError(f"agreement {agreement.number}: no amount before {year} to escalate")
    index = _index_for(data, assumptions, agreement, year)
    step = escalate(previous.amount, agreement.rule, agreement.unit, index)
    assumed = previous.basis == "projected" or (index is not None and index.basis != "published")
    published = next((e for e in agreement.published if e.year == year), None)
    basis: Basis
    if assumed:
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
class Converted:
    """A projection row shown in another currency, at its own year's rate."""

    row: ProjectionRow
    amount: Money
    rate: Rate | None
    change_pct: Decimal | None  # on the previous row, in the converted currency


def in_currency(
    data: Dataset, rows: list[ProjectionRow], currency: str, rate: Decimal | None = None
) -> list[Converted]:
    """Each row's amount in ``currency``, at the record's rate for the row's year or at ``rate``."""
    out: list[Converted] = []
    for row in rows:
        used = None if row.amount.currency == currency else rate_for(data, row.year, rate)
        amount = convert(row.amount, currency, used)
        change: Decimal | None
        if out:
            change = round_pct((amount.amount / out[-1].amount.amount - 1) * 100)
        else:
            change = row.change_pct if used is None else None
        out.append(Converted(row, amount, used, change))
    return out
