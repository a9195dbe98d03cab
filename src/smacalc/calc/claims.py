"""A sentence's figures against the record: what each figure refers to (a year's payment, an
increase, a recorded demand or offer, the troop level, a conversion of another figure), the
record's value in the claim's own unit, and a verdict by stated rules. Pure functions, no I/O."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import TYPE_CHECKING, Literal

from smacalc.calc.claim_years import CURRENT, year_of
from smacalc.calc.escalation import ProjectionRow, project
from smacalc.calc.rates import Rate, convert, rate_for
from smacalc.calc.reading import Figure, read_figures
from smacalc.calc.verdicts import Verdict, verdict
from smacalc.errors import DataError, InputError
from smacalc.money import Money
from smacalc.numbers import WIDE
from smacalc.record.dataset import Dataset

if TYPE_CHECKING:
    from smacalc.record.models import Agreement
    from smacalc.record.talks import Position

MAX_TEXT = 10_000  # characters of one claim: a paragraph, not a document
NEAR = Decimal("0.2")  # a stated percentage is matched to a recorded one within 20% of it
NO_FIGURE = "no figure found in the text; smacalc reads amounts, percentages, multiples and troop counts"
Kind = Literal["payment", "increase", "demand", "offer", "troops", "workers", "conversion", "ratio"]

_DEMAND = re.compile(r"demand|asked|asking|\bask|sought|seek|request|pushed for|wants|wanted|요구|요청|청구", re.I)
_OFFER = re.compile(r"offer|propos|제시|제안", re.I)
_RAISE = re.compile(r"more|increase|rise|rais|hike|higher|up\b|인상|증가|증액|올|늘", re.I)
_PAREN = re.compile(r"^\s*\(\s*(?:about|approximately|roughly|around|some|약|approx\.)?\s*$", re.I)


@dataclass(frozen=True)
class Check:
    """One figure of a claim against the record."""

    claim: int
    text: str
    figure: Figure | None  # None: the text has no figure smacalc reads
    kind: Kind | None
    refers_to: str
    year: int | None
    record: Decimal | None
    verdict: Verdict
    basis: str | None = None
    source: str | None = None
    implied: Money | None = None

    @property
    def off_pct(self) -> Decimal | None:
        if self.figure is None or self.record is None or not self.record:
            return None
        with localcontext(WIDE):
            return ((self.figure.value / self.record - 1) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Context:
    data: Dataset
    text: str
    day: dt.date | None
    year: int | None  # --year
    rate: Decimal | None  # --rate, won per dollar
    rows: Mapping[int, ProjectionRow]
    figures: Sequence[Figure] = ()


def payments_by_year(data: Dataset) -> Mapping[int, ProjectionRow]:
    """Every year's payment of the record, the years claims are placed in."""
    return {r.year: r for r in project(data)}


def check(
    data: Dataset,
    text: str,
    day: dt.date | None = None,
    year: int | None = None,
    rate: Decimal | None = None,
    claim: int = 1,
    payments: Mapping[int, ProjectionRow] | None = None,
) -> list[Check]:
    """Every figure of ``text`` against the record; a text with no figure gives one unplaced row
    that says so. ``payments`` (from payments_by_year) spares a batch computing them for every claim."""
    if not text.strip():
        raise InputError("the text to check is empty; give a sentence with figures")
    if len(text) > MAX_TEXT:
        raise InputError(f"the text to check has {len(text):,} characters; smacalc reads claims of up to {MAX_TEXT:,}")
    rows = payments if payments is not None else payments_by_year(data)
    if day is not None and not min(rows) <= day.year <= max(rows):
        raise InputError(f"--date {day} is outside the record's years ({min(rows)}-{max(rows)})")
    figures = [f for f in read_figures(text) if f.kind != "rate"]
    if not figures:
        return [Check(claim, text, None, None, f"unplaced: {NO_FIGURE}", None, None, "unplaced")]
    ctx = Context(data, text, day, year, rate, rows, figures)
    out: list[Check] = []
    for i, figure in enumerate(figures):
        previous = figures[i - 1] if i else None
        out.append(_place(ctx, figure, previous, claim))
    return out


def _place(ctx: Context, figure: Figure, previous: Figure | None, claim: int) -> Check:
    try:
        if figure.kind == "troops":
            return _troops(ctx, figure, claim)
        if figure.kind == "workers":
            return _workers(ctx, figure, claim)
        if figure.kind == "people":
            return _unplaced(
                figure, claim, ctx, "a count of people that is neither US troops nor USFK's Korean workers"
            )
        if figure.kind == "amount" and figure.money is None:
            return _unplaced(
                figure, claim, ctx, f"an amount in {figure.foreign}, a currency the record has no rates for"
            )
        if figure.kind == "amount":
            if (
                previous is not None
                and previous.money is not None
                and _PAREN.match(ctx.text[previous.end : figure.start])
            ):
                return _conversion(ctx, figure, previous, claim)
            party = _party(ctx.text, figure)
            if party is not None:
                return _position(ctx, figure, party, claim)
            return _payment(ctx, figure, claim)
        if figure.kind == "pct":
            stated = _stated_pct(ctx, figure, claim)
            if stated is not None:
                return stated
            if _DEMAND.search(ctx.text) and _RAISE.search(ctx.text[figure.end : figure.end + 12]):
                return _relative_demand(ctx, figure, claim)
            return _increase(ctx, figure, claim)
        if _DEMAND.search(ctx.text):
            return _relative_demand(ctx, figure, claim)
        return _unplaced(figure, claim, ctx, "a multiple with no demand to set it against")
    except DataError as exc:
        return _unplaced(figure, claim, ctx, str(exc))


def _unplaced(figure: Figure, claim: int, ctx: Context, why: str) -> Check:
    return Check(claim, ctx.text, figure, None, f"unplaced: {why}", None, None, "unplaced")


def _compared(
    ctx: Context,
    figure: Figure,
    claim: int,
    kind: Kind,
    refers_to: str,
    year: int | None,
    record: Decimal,
    basis: str | None = None,
    source: str | None = None,
    implied: Money | None = None,
) -> Check:
    """A figure placed: the record's value in its unit, and the verdict on it."""
    judged = verdict(figure.value, record, figure.hedge)
    return Check(claim, ctx.text, figure, kind, refers_to, year, record, judged, basis or None, source, implied)


def _in_claim_unit(ctx: Context, money: Money, currency: str, year: int) -> tuple[Money, str, Rate | None]:
    """``money`` in ``currency``: at --rate (won), --date's daily rates, else the year's average."""
    if money.currency == currency:
        return money, "", None
    currencies = {money.currency, currency}
    if ctx.day is not None and ctx.rate is None:
        try:
            used = rate_for(ctx.data, currencies, None, day=ctx.day)
            return convert(money, currency, used), _basis(used), used
        except DataError:
            pass
    on = ctx.day.year if ctx.day is not None else year
    used = rate_for(ctx.data, currencies, on, ctx.rate, carry_forward=True)
    return convert(money, currency, used), _basis(used), used


def _basis(rate: Rate) -> str:
    parts = []
    for leg in rate.legs:
        if leg.source is None:
            parts.append(f"{leg.currency} at your --rate {leg.rate}")
        elif leg.day is not None:
            parts.append(f"{leg.currency} {leg.rate} of {leg.day} (daily)")
        elif leg.basis == "assumed":
            parts.append(f"{leg.currency} {leg.rate}, {leg.rate_year}'s average carried forward")
        else:
            parts.append(f"{leg.currency} {leg.rate}, {leg.rate_year} average")
    return "; ".join(parts)


def _payment(ctx: Context, figure: Figure, claim: int) -> Check:
    year, how = year_of(ctx, figure)
    if year is None:
        return _unplaced(figure, claim, ctx, "no year named and no --date or --year")
    row = ctx.rows.get(year)
    if row is None:
        return _unplaced(figure, claim, ctx, f"no payment for {year} in the record")
    assert figure.money is not None
    value, basis, _ = _in_claim_unit(ctx, row.amount, figure.money.currency, year)
    label = f"{year} payment" + (" (in force on the date)" if how == "current" else "")
    return _compared(ctx, figure, claim, "payment", label, year, value.amount, basis or None, row.source)


def _troops(ctx: Context, figure: Figure, claim: int) -> Check:
    year, _ = year_of(ctx, figure)
    if year is None:
        return _unplaced(figure, claim, ctx, "no year named and no --date or --year")
    levels = ctx.data.troop_levels
    level = levels.get(year) or (levels[max(levels)] if levels and year > max(levels) else None)
    if level is None:
        return _unplaced(figure, claim, ctx, f"no US troop level for {year} in the record")
    record = Decimal(level.troops)
    label = f"US troops in Korea, {year}" + ("" if level.year == year else f" ({level.year}'s level, the latest)")
    return _compared(ctx, figure, claim, "troops", label, year, record, level.counts, level.source)


def _workers(ctx: Context, figure: Figure, claim: int) -> Check:
    year, _ = year_of(ctx, figure)
    known = [f for f in ctx.data.burden if f.measure == "korean_workers" and (year is None or f.first_year <= year)]
    if not known:
        return _unplaced(figure, claim, ctx, "no count of USFK's Korean workers in the record by then")
    latest = max(known, key=lambda f: f.last_year)
    label = f"Korean workers of USFK, {latest.first_year}"
    return _compared(
        ctx, figure, claim, "workers", label, latest.first_year, Decimal(latest.amount), None, latest.source
    )


def _conversion(ctx: Context, figure: Figure, of: Figure, claim: int) -> Check:
    assert figure.money is not None and of.money is not None
    year = ctx.day.year if ctx.day is not None else year_of(ctx, figure)[0]
    if year is None:
        return _unplaced(figure, claim, ctx, f"a conversion of {of.span} needs --date or --year for its rate")
    value, basis, _ = _in_claim_unit(ctx, of.money, figure.money.currency, year)
    return _compared(ctx, figure, claim, "conversion", f"conversion of {of.span}", year, value.amount, basis or None)


def _party(text: str, figure: Figure) -> Literal["US", "ROK"] | None:
    """Whose position an amount is: a demand (the US) or an offer (Korea), by the words of the
    clause before it; an amount called current or paid is a payment."""
    before = text[max(0, figure.start - 60) : figure.start]
    after = text[figure.end : figure.end + 25]
    if CURRENT.search(before[-25:]) or re.search(r"\bpa(y|id)\b|agreed|contribut|분담금은|지불", before[-30:], re.I):
        return None
    if _DEMAND.search(before) or _DEMAND.search(after) or re.search(r"requested amount|to (about|almost)?\s*$", before):
        return "US" if _DEMAND.search(text) else None
    if _OFFER.search(before) or _OFFER.search(after):
        return "ROK"
    return None


def _positions(ctx: Context, party: str) -> list[Position]:
    known = [p for p in ctx.data.positions if p.party == party]
    if ctx.day is not None:
        known = [p for p in known if p.date <= ctx.day.isoformat()]
    return known


def _position(ctx: Context, figure: Figure, party: Literal["US", "ROK"], claim: int) -> Check:
    assert figure.money is not None
    kind: Kind = "demand" if party == "US" else "offer"
    best: tuple[Decimal, Position, Money, str] | None = None
    for p in _positions(ctx, party):
        if p.amount is None:
            continue
        value, basis, _ = _in_claim_unit(ctx, p.amount, figure.money.currency, p.year)
        gap = abs(figure.value / value.amount - 1)
        if best is None or gap < best[0]:
            best = (gap, p, value, basis)
    if best is None or verdict(figure.value, best[2].amount, figure.hedge) == "off":
        whose = "US demand" if party == "US" else "Korean offer"
        return _unplaced(figure, claim, ctx, f"no recorded {whose} near {figure.span}" + _by(ctx))
    _, p, value, basis = best
    who = "US demand" if party == "US" else "ROK offer"
    label = f"{who} of {p.amount.human() if p.amount else p.pct} ({p.date}, for {p.for_year})"
    return _compared(ctx, figure, claim, kind, label, p.for_year, value.amount, basis or None, p.source)


def _by(ctx: Context) -> str:
    return f" made by {ctx.day}" if ctx.day is not None else ""


def _stated_pct(ctx: Context, figure: Figure, claim: int) -> Check | None:
    """A percentage in a sentence about a demand or an offer, matched to a position recorded as a
    percentage (the US's "50% more", Korea's "13%"), the nearest made by --date; none where no such
    position is near it."""
    party = "ROK" if _OFFER.search(ctx.text) else "US" if _DEMAND.search(ctx.text) else None
    if party is None:
        return None
    known = [p for p in _positions(ctx, party) if p.pct is not None]
    if not known:
        return None
    p = min(known, key=lambda p: (abs((p.pct or Decimal(0)) - figure.value), p.date))
    assert p.pct is not None
    if not p.pct or abs(figure.value / p.pct - 1) > NEAR:  # not this position: some other percentage
        return None
    kind: Kind = "demand" if party == "US" else "offer"
    who = "US demand" if party == "US" else "ROK offer"
    label = f"{who} of {p.pct}% ({p.date}, for {p.for_year})"
    return _compared(ctx, figure, claim, kind, label, p.for_year, p.pct, None, p.source)


def _relative_demand(ctx: Context, figure: Figure, claim: int) -> Check:
    """'X% more' or 'N times': a recorded US demand against the payment of the year before it."""
    best: tuple[Decimal, Position, Decimal, Money] | None = None
    for p in _positions(ctx, "US"):
        if p.amount is None or (p.for_year - 1) not in ctx.rows:
            continue
        base = ctx.rows[p.for_year - 1].amount
        at = rate_for(ctx.data, {p.amount.currency, base.currency}, p.year, ctx.rate, carry_forward=True)
        demand = convert(p.amount, base.currency, at)  # at the rate of the year it was made, as gap --sma
        with localcontext(WIDE):
            factor = demand.amount / base.amount
            record = (factor - 1) * 100 if figure.kind == "pct" else factor
        record = record.quantize(Decimal("0.1") if figure.kind == "pct" else Decimal("0.01"), rounding=ROUND_HALF_UP)
        if best is None or abs(record - figure.value) < abs(best[2] - figure.value):
            best = (Decimal(0), p, record, base)
    if best is None:
        return _unplaced(figure, claim, ctx, "no recorded US demand with an amount" + _by(ctx))
    _, p, record, base = best
    with localcontext(WIDE):
        factor = 1 + figure.value / 100 if figure.kind == "pct" else figure.value
        implied = Money(base.amount * factor, base.currency).round_minor()
    assert p.amount is not None
    label = f"US demand of {p.amount.human()} ({p.date}) against the {p.for_year - 1} payment"
    kind: Kind = "increase" if figure.kind == "pct" else "ratio"
    return _compared(ctx, figure, claim, kind, label, p.for_year, record, None, p.source, implied)


def _agreements_then(ctx: Context, year: int) -> list[Agreement]:
    """The agreement in force in ``year``, and those signed by --date that start after it."""
    by = ctx.day.isoformat() if ctx.day is not None else f"{year}-12-31"
    return [
        a
        for a in ctx.data.agreements
        if a.first <= year <= a.last or (a.first > year and a.signed is not None and a.signed[:10] <= by)
    ]


def _increase(ctx: Context, figure: Figure, claim: int) -> Check:
    year, how = year_of(ctx, figure)
    if how not in ("date", "current") and year is not None:
        row = ctx.rows.get(year)
        if row is None or row.change_pct is None:
            return _unplaced(figure, claim, ctx, f"no year-on-year change for {year} in the record")
        label = f"{year} change"
    else:
        if year is None:
            return _unplaced(figure, claim, ctx, "no year named and no --date or --year")
        agreements = _agreements_then(ctx, year)
        if not agreements:
            return _unplaced(figure, claim, ctx, f"no agreement in force in {year}")
        numbers = {a.number for a in agreements}
        changes = [r for r in ctx.rows.values() if r.sma in numbers and r.change_pct is not None]
        if not changes:
            return _unplaced(figure, claim, ctx, f"no year-on-year change in the {agreements[0].name}")
        row = min(changes, key=lambda r: (abs((r.change_pct or Decimal(0)) - figure.value), r.year))
        names = " or the ".join(a.name for a in agreements)
        label = f"{row.year} change (the nearest in the {names}, in force or signed in {year})"
    assert row.change_pct is not None
    return _compared(ctx, figure, claim, "increase", label, row.year, row.change_pct, None, row.source)
