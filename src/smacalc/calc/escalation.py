"""Pure functions over the record: index look-up, escalation, projection, audit. No I/O.

Conversion, real terms and change are in restate.py; demands, offers and the timeline in talks.py."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Literal, NamedTuple

from smacalc.errors import DataError, InputError
from smacalc.money import TENTH, Money
from smacalc.numbers import WIDE
from smacalc.record.dataset import Assumptions, Dataset
from smacalc.record.models import Agreement, Fixed, Frozen, IndexLinked, MethodYear, Negotiated, Rule, YearAmount

Basis = Literal["official", "rule", "projected", "scenario"]
IndexBasis = Literal["published", "assumed", "default"]


class IndexUse(NamedTuple):
    """The index value a rule used for one year, and where it came from."""

    series: str
    year: int
    pct: Decimal
    basis: IndexBasis
    source: str | None


class Step(NamedTuple):
    """One application of a rule: the new amount, the rate applied and whether the cap held it."""

    amount: Money
    rate_pct: Decimal
    capped: bool
    index_use: IndexUse | None


class ProjectionRow(NamedTuple):
    sma: int
    year: int
    amount: Money
    change_pct: Decimal | None
    basis: Basis
    rate_pct: Decimal | None
    capped: bool
    source: str | None
    index_use: IndexUse | None = None
    note: str | None = None  # the record's notes on the year's figure, as "text (source)"; ...
    # the year before in this year's currency, as a source reckons it (the currency changed): its change is from it
    previous: Money | None = None


def notes_text(entry: YearAmount | MethodYear) -> str | None:
    """The notes on a year's figure as one line: ``text (source); text (source)``, the base of its
    change first where the currency of payment changed."""
    parts = [f"{n.text} ({n.source})" if n.source else n.text for n in entry.notes]
    if isinstance(entry, YearAmount) and entry.previous is not None:
        previous = entry.previous
        parts.insert(0, f"its change in {previous.amount.currency} is from {previous.text} ({previous.source})")
    return "; ".join(parts) or None


class AuditRow(NamedTuple):
    sma: int
    year: int
    official: Money | None
    computed: Money
    rate_pct: Decimal
    capped: bool
    source: str | None = None  # the official amount's source, or that of the published method
    method: bool = False  # no amount is published, but the publisher states the method: the rule

    @property
    def difference(self) -> Decimal | None:
        return None if self.official is None else self.computed.amount - self.official.amount

    @property
    def status(self) -> str:
        if self.official is None:
            return "published method" if self.method else "no official figure"
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
    with localcontext(WIDE):
        amount = Money(previous.amount * (1 + rate / 100), previous.currency).round_to(unit)
    return Step(amount, rate, capped, index)


def _index_for(data: Dataset, assumptions: Assumptions, agreement: Agreement, year: int) -> IndexUse | None:
    rule = agreement.rule
    if isinstance(rule, IndexLinked):
        return index_value(data, assumptions, rule.index, year - rule.lag)
    return None


def pct_above(value: Decimal, base: Decimal) -> Decimal:
    """How far ``value`` is above ``base``, in percent, rounded to 0.1: (value ÷ base - 1) × 100."""
    return round_pct((value / base - 1) * 100)


def change_pct(previous: Money | None, current: Money) -> Decimal | None:
    """Year-on-year change in percent, rounded to 0.1; none across a change of currency or from zero."""
    if previous is None or previous.currency != current.currency or not previous.amount:
        return None
    return pct_above(current.amount, previous.amount)


def project(
    data: Dataset,
    assumptions: Assumptions | None = None,
    sma: int | None = None,
    through: int | None = None,
    years: tuple[int, int] | None = None,
) -> list[ProjectionRow]:
    """Every year of the record (or of agreement ``sma``), each amount by its agreement's rule;
    ``years`` (first, last): only those years of the selection, each computed as in the whole."""
    assumptions = assumptions or Assumptions()
    selected = [data.agreement(sma)] if sma is not None else list(data.agreements)
    first, last = selected[0].first, selected[-1].last
    if through is not None and not first <= through <= last:
        raise InputError(f"--through {through} is outside {first}-{last}, the years of the selection")
    if years is not None:
        if not (first <= years[0] and years[1] <= last):
            asked = str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"
            raise InputError(f"year {asked} is outside {first}-{last}, the years of the selection")
        first, through = years[0], min(years[1], through or last)
        if through < first:
            raise InputError(f"--through {through} is before {first}, the first year asked")
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
    before = None if previous is None else previous.amount
    set_entry = agreement.set_amount(year)
    if set_entry is not None:
        if set_entry.previous is not None:  # the currency of payment changed: the source's base
            before = set_entry.previous.amount
        return ProjectionRow(
            sma=agreement.number,
            year=year,
            amount=set_entry.amount,
            change_pct=change_pct(before, set_entry.amount),
            basis="scenario" if agreement.scenario == "agreement" else "official",
            rate_pct=None,
            capped=False,
            source=set_entry.source,
            note=notes_text(set_entry),
            previous=None if set_entry.previous is None else set_entry.previous.amount,
        )
    if previous is None:
        raise DataError(f"agreement {agreement.number}: no amount before {year} to escalate")
    index = _index_for(data, assumptions, agreement, year)
    step = escalate(previous.amount, agreement.rule, agreement.unit, index)
    assumed = previous.basis in ("projected", "scenario") or (index is not None and index.basis != "published")
    published = next((e for e in agreement.published if e.year == year), None)
    basis: Basis
    note = None
    if agreement.scenario is not None:
        amount, basis, source = step.amount, "scenario", None if index is None else index.source
    elif assumed:
        amount, basis, source = step.amount, "projected", None if index is None else index.source
    elif published is not None:
        amount, basis, source = published.amount, "official", published.source
        note = notes_text(published)
    elif (stated := agreement.method_of(year)) is not None:
        amount, basis, source = step.amount, "rule", stated.source
        note = notes_text(stated)
    else:
        amount, basis, source = step.amount, "rule", None if index is None else index.source
    return ProjectionRow(
        sma=agreement.number,
        year=year,
        amount=amount,
        change_pct=change_pct(before, amount),
        basis=basis,
        rate_pct=step.rate_pct,
        capped=step.capped,
        source=source,
        index_use=index,
        note=note,
    )


class Total(NamedTuple):
    """The sum of the years of one agreement (``sma``), or of the whole selection (``sma`` None),
    in one currency, with how many of its years rest on each basis."""

    sma: int | None
    first: int
    last: int
    amount: Money
    bases: dict[str, int]  # basis -> years, in the order official, rule, projected, scenario

    @property
    def years(self) -> int:
        return sum(self.bases.values())


def totals(items: Iterable[tuple[int, int, Money, str]]) -> list[Total]:
    """The totals of (sma, year, amount, basis) items: one per agreement, then one for all the
    agreements of each currency that more than one agreement is in (dollars and won are never
    added together)."""
    listed = list(items)
    groups: dict[tuple[int | None, str], list[tuple[int, int, Money, str]]] = {}
    for item in listed:
        groups.setdefault((item[0], item[2].currency), []).append(item)
    for currency in dict.fromkeys(m.currency for _, _, m, _ in listed):
        if sum(1 for _, c in groups if c == currency) > 1:
            groups[(None, currency)] = [item for item in listed if item[2].currency == currency]
    order = ("official", "rule", "projected", "scenario")
    out = []
    for (sma, currency), group in groups.items():
        amount = sum((m.amount for _, _, m, _ in group), Decimal(0))
        counts = {b: n for b in order if (n := sum(1 for *_, basis in group if basis == b))}
        years = [year for _, year, _, _ in group]
        out.append(Total(sma, min(years), max(years), Money(amount, currency), counts))
    return out


def audit(data: Dataset, years: tuple[int, int] | None = None) -> list[AuditRow]:
    """Recompute every rule-governed year from its agreement's own amounts and the published
    indices alone, chaining computed (not official) amounts, and pair each with the official one;
    ``years`` (first, last): only the rows of those years."""
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
            official = next((e for e in agreement.published if e.year == year), None)
            stated = agreement.method_of(year)
            source = official.source if official else stated.source if stated else None
            rows.append(
                AuditRow(
                    agreement.number,
                    year,
                    None if official is None else official.amount,
                    step.amount,
                    step.rate_pct,
                    step.capped,
                    source,
                    stated is not None,
                )
            )
            amount = step.amount
    low, high = years or (0, 9999)
    return [r for r in rows if low <= r.year <= high]


def unused_assumptions(assumptions: Assumptions, uses: Iterable[IndexUse]) -> list[tuple[str, int | None]]:
    """The index values the user gave that no year used, as (series, year): year None for a plain
    value (every year not published), which a published year never needs."""
    taken = [u for u in uses if u.basis == "assumed"]
    unused: list[tuple[str, int | None]] = [
        (series, year)
        for series, year in assumptions.by_year
        if not any((u.series, u.year) == (series, year) for u in taken)
    ]
    for series, pct in assumptions.plain.items():
        if not any(u.series == series and u.pct == pct and (series, u.year) not in assumptions.by_year for u in taken):
            unused.append((series, None))
    return unused
