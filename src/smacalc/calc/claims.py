"""A sentence's figures against the record: what each figure refers to, by what the sentence says
of it (cues.py); the record's value in the claim's own unit; a verdict by stated rules. A figure
that could mean two things, or nothing the record holds, is `unplaced`, with the reason: `off` is
an accusation, given only to a figure placed with confidence. Pure functions, no I/O.

What an amount is, in this order: a conversion of the amount just before it (in brackets, or
"or about", "한화 약"); Japan's host-nation support (Japan named, or yen); not the SMA (what the US
spends, a trade figure, an investment: unplaced); a US demand or a Korean offer (by the verbs and
the actor around it); else a year's payment. See RULES in verdicts.py for the whole statement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import TYPE_CHECKING, Literal

from smacalc.calc import cues
from smacalc.calc.claim_years import agreed_by, sentence, year_of
from smacalc.calc.escalation import ProjectionRow, project
from smacalc.calc.rates import Rate, convert, rate_for
from smacalc.calc.reading import Figure, normalise, read_figures
from smacalc.calc.verdicts import Verdict, verdict
from smacalc.errors import DataError, InputError
from smacalc.money import Money
from smacalc.numbers import WIDE

if TYPE_CHECKING:
    from smacalc.record.dataset import Dataset
    from smacalc.record.talks import Position

MAX_TEXT = 10_000  # characters of one claim: a paragraph, not a document
NEAR = Decimal("0.2")  # a stated percentage is matched to a recorded one within 20% of it
NO_FIGURE = "no figure found in the text; smacalc reads amounts, percentages, multiples and troop counts"
Kind = Literal["payment", "increase", "demand", "offer", "troops", "workers", "japan", "conversion", "ratio"]
# What may stand between an amount and its conversion: a bracket, "or (about)", "한화 약", "우리 돈".
_CONVERTS = re.compile(
    r"^[\s,:(（\[–—-]*(?:(?:or|i\.e\.|the|equivalent|of|to|about|approximately|approx\.|roughly|around|some|nearly|"
    r"almost|just|under|over|which|is|was|amounted|amounts|worth|at|current|exchange|rates?|then|now|today|"
    r"US|U\.S\.|약|한화|한화로|우리|돈|원화|원화로|미화|환산|환산하면|면|으로|로|기준|상당|인민폐로|엔화로|달러로)"
    r"[\s,:]*)*$",
    re.IGNORECASE,
)


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
    text: str  # normalised, as the figures' places are of it
    day: dt.date | None
    year: int | None  # --year
    rate: Decimal | None  # --rate, or a rate stated in the text (won per dollar)
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
    found = read_figures(text)
    stated = [f for f in found if f.kind == "rate"]
    figures = [f for f in found if f.kind != "rate"]
    if not figures:
        return [Check(claim, text, None, None, f"unplaced: {NO_FIGURE}", None, None, "unplaced")]
    if rate is None and stated:
        rate = stated[0].value  # the text's own rate (at ₩1,245 to the dollar) converts its amounts
    ctx = Context(data, normalise(text), day, year, rate, rows, figures)
    placed: list[Check] = []
    for i, figure in enumerate(figures):
        placed.append(_place(ctx, figure, i, placed, claim, text))
    return placed


def _place(ctx: Context, figure: Figure, i: int, before: list[Check], claim: int, original: str) -> Check:
    try:
        return _placed(ctx, figure, i, before, claim, original)
    except DataError as exc:
        return _unplaced(ctx, figure, claim, original, str(exc))


def _placed(ctx: Context, figure: Figure, i: int, before: list[Check], claim: int, text: str) -> Check:
    placed = _first_reading(ctx, figure, i, before, claim, text)
    if placed.verdict != "off" or placed.kind not in ("payment", "increase", "ratio"):
        return placed
    return _precise(ctx, figure, placed, _other_readings(ctx, figure, placed, claim, text))


def _precise(ctx: Context, figure: Figure, placed: Check, others: list[Check]) -> Check:
    """``placed`` (off), unless another reading the sentence allows fits the figure: then the figure
    could mean two things with different verdicts, and is unplaced, naming both. `off` is given
    only to a figure every plausible reading finds off."""
    fits = [o for o in others if o.verdict in ("holds", "close") and o.refers_to != placed.refers_to]
    if not fits:
        return placed
    also = "; ".join(f"{o.refers_to} ({o.verdict})" for o in fits[:2])
    why = f"ambiguous: {placed.refers_to} (off) or {also}"
    return Check(placed.claim, placed.text, figure, None, f"unplaced: {why}", None, None, "unplaced")


def _other_readings(ctx: Context, figure: Figure, placed: Check, claim: int, text: str) -> list[Check]:
    """What else the figure could be, by the years the sentence names or implies (and, for a
    percentage, the change between two years it names, and the recorded positions)."""
    from smacalc.calc.claim_years import year_cues

    years = {c.year for c in year_cues(ctx, figure)}
    bases = {c.year + 1 for c in year_cues(ctx, figure) if c.base}
    if ctx.day is not None and ctx.year is None:
        years |= {ctx.day.year, ctx.day.year - 1}
    out: list[Check | None] = []
    if placed.kind == "payment":
        out += [_payment_in(ctx, figure, y, claim, text, "") for y in sorted(years) if y in ctx.rows]
    elif placed.kind == "increase":
        out += [_change_of(ctx, figure, y, claim, text) for y in sorted(years | bases) if y in ctx.rows]
        named = sorted(years)
        out += [_change_between(ctx, figure, a, b, claim, text) for a in named for b in named if b - a > 1]
    else:
        out += _ratios(ctx, figure, claim, text)
    return [o for o in out if o is not None]


def _first_reading(ctx: Context, figure: Figure, i: int, before: list[Check], claim: int, text: str) -> Check:
    near = _near(ctx, figure)
    if figure.kind == "troops":
        return _troops(ctx, figure, claim, text)
    if figure.kind == "workers":
        if cues.FURLOUGH.search(near):
            return _unplaced(ctx, figure, claim, text, "workers furloughed or laid off: a part of the workforce")
        return _workers(ctx, figure, claim, text)
    if figure.kind == "people":
        why = "a count of people that is neither US troops nor USFK's Korean workers"
        return _unplaced(ctx, figure, claim, text, why)
    if figure.kind == "amount":
        if figure.money is None:
            return _unplaced(ctx, figure, claim, text, f"an amount in {figure.foreign}, a currency the record lacks")
        previous = ctx.figures[i - 1] if i else None
        if previous is not None and previous.money is not None and previous.money.currency != figure.money.currency:
            between = ctx.text[previous.end : figure.start]
            if len(between) <= 48 and _CONVERTS.match(between):
                return _conversion(ctx, figure, previous, before[i - 1], claim, text)
        if figure.money.currency == "JPY" or cues.JAPAN.search(near):
            return _japan(ctx, figure, claim, text)
        if cues.NOT_SMA.search(near):
            why = "not Korea's SMA payment (what the US spends, trade, investment)"
            return _unplaced(ctx, figure, claim, text, why)
        party = _party(ctx, figure)
        if party is not None:
            return _position(ctx, figure, party, claim, text)
        return _payment(ctx, figure, claim, text)
    if figure.kind == "pct":
        return _pct(ctx, figure, i, before, claim, text, near)
    return _multiple(ctx, figure, before, claim, text)


def _near(ctx: Context, figure: Figure, back: int = 60, ahead: int = 25) -> str:
    """The words of ``figure``'s own stretch: within its sentence, after the figure before it and
    before the figure after it, at most ``back`` characters before and ``ahead`` after."""
    low, high = sentence(ctx.text, figure)
    for other in ctx.figures:
        if other.end <= figure.start:
            low = max(low, other.end)
        elif other.start >= figure.end:
            high = min(high, other.start)
    return ctx.text[max(low, figure.start - back) : min(high, figure.end + ahead)]


def _unplaced(ctx: Context, figure: Figure, claim: int, text: str, why: str) -> Check:
    return Check(claim, text, figure, None, f"unplaced: {why}", None, None, "unplaced")


def _compared(
    figure: Figure,
    claim: int,
    text: str,
    kind: Kind,
    refers_to: str,
    year: int | None,
    record: Decimal,
    basis: str | None = None,
    source: str | None = None,
    implied: Money | None = None,
) -> Check:
    """A figure placed: the record's value in its unit, and the verdict on it."""
    judged = verdict(figure.value, record, figure.hedge, figure.upper)
    return Check(claim, text, figure, kind, refers_to, year, record, judged, basis or None, source, implied)


# --- conversion ---


def _in_claim_unit(ctx: Context, money: Money, currency: str, year: int, *, paid: bool = False) -> tuple[Money, str]:
    """``money`` in ``currency``. A completed year's payment (``paid``, a year before --date's) at
    that year's average rate: what was paid, valued when it was paid. Everything else (the current
    year, later years, demands, offers, conversions) at the rate of --date, else of ``year``. The
    won at --rate or at a rate the text states, where one is given."""
    if money.currency == currency:
        return money, ""
    currencies = {money.currency, currency}
    completed = paid and ctx.day is not None and year < ctx.day.year
    if ctx.day is not None and ctx.rate is None and not completed:
        try:
            used = rate_for(ctx.data, currencies, None, day=ctx.day)
            return convert(money, currency, used), _basis(used)
        except DataError:
            pass
    on = year if completed or ctx.day is None else ctx.day.year
    used = rate_for(ctx.data, currencies, on, ctx.rate, carry_forward=True)
    return convert(money, currency, used), _basis(used)


def _basis(rate: Rate) -> str:
    parts = []
    for leg in rate.legs:
        if leg.source is None:
            parts.append(f"{leg.currency} at the stated rate {leg.rate}")
        elif leg.day is not None:
            parts.append(f"{leg.currency} {leg.rate} of {leg.day} (daily)")
        elif leg.basis == "assumed":
            parts.append(f"{leg.currency} {leg.rate}, {leg.rate_year}'s average carried forward")
        else:
            parts.append(f"{leg.currency} {leg.rate}, {leg.rate_year} average")
    return "; ".join(parts)


def _conversion(ctx: Context, figure: Figure, of: Figure, placed: Check, claim: int, text: str) -> Check:
    assert figure.money is not None and of.money is not None
    year = placed.year or (ctx.day.year if ctx.day is not None else None)
    if year is None:
        return _unplaced(ctx, figure, claim, text, f"a conversion of {of.span} needs --date or --year for its rate")
    value, basis = _in_claim_unit(ctx, of.money, figure.money.currency, year)
    return _compared(figure, claim, text, "conversion", f"conversion of {of.span}", year, value.amount, basis)


# --- payments ---


def _payment(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    year, how = year_of(ctx, figure)
    if year is None:
        return _unplaced(ctx, figure, claim, text, "no year named and no --date or --year")
    return _payment_in(ctx, figure, year, claim, text, how)


def _payment_in(ctx: Context, figure: Figure, year: int, claim: int, text: str, how: str) -> Check:
    row = ctx.rows.get(year)
    if row is None:
        return _unplaced(ctx, figure, claim, text, f"no payment for {year} in the record")
    assert figure.money is not None
    value, basis = _in_claim_unit(ctx, row.amount, figure.money.currency, year, paid=True)
    label = f"{year} payment" + {"base": " (the base of the comparison)", "past": " (the year before the date)"}.get(
        how, ""
    )
    return _compared(figure, claim, text, "payment", label, year, value.amount, basis, row.source)


def _troops(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    year, _ = year_of(ctx, figure, paid=False)
    if year is None:
        return _unplaced(ctx, figure, claim, text, "no year named and no --date or --year")
    levels = ctx.data.troop_levels
    level = levels.get(year) or (levels[max(levels)] if levels and year > max(levels) else None)
    if level is None:
        return _unplaced(ctx, figure, claim, text, f"no US troop level for {year} in the record")
    label = f"US troops in Korea, {year}" + ("" if level.year == year else f" ({level.year}'s level, the latest)")
    return _compared(figure, claim, text, "troops", label, year, Decimal(level.troops), level.counts, level.source)


def _workers(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    year, _ = year_of(ctx, figure, paid=False)
    known = [f for f in ctx.data.burden if f.measure == "korean_workers" and (year is None or f.first_year <= year)]
    if not known:
        return _unplaced(ctx, figure, claim, text, "no count of USFK's Korean workers in the record by then")
    latest = max(known, key=lambda f: f.last_year)
    label = f"Korean workers of USFK, {latest.first_year}"
    record = Decimal(latest.amount)
    return _compared(figure, claim, text, "workers", label, latest.first_year, record, None, latest.source)


def _japan(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    """Japan's host-nation support: an agreement's total, or its average a year (the total over its
    years), whichever the claim is nearer; the agreement of the year named, else in force at the date."""
    assert figure.money is not None
    year, _ = year_of(ctx, figure, paid=False)
    spans = [f for f in ctx.data.burden if f.host == "JP" and f.measure == "host_sma"]
    if year is not None:
        spans = [f for f in spans if f.first_year <= year <= f.last_year] or spans
    best: tuple[Decimal, Check] | None = None
    for f in spans:
        years = f.last_year - f.first_year + 1
        total = Money(Decimal(f.amount), str(f.unit))
        for amount, what in ((total, "total"), (Money(total.amount / years, total.currency).round_minor(), "a year")):
            value, basis = _in_claim_unit(ctx, amount, figure.money.currency, f.first_year)
            if not value.amount:
                continue
            label = f"Japan's host-nation support, JFY{f.first_year}-{f.last_year}, {what}"
            if years == 1:
                label = f"Japan's host-nation support, JFY{f.first_year}"
            row = _compared(figure, claim, text, "japan", label, f.first_year, value.amount, basis, f.source)
            gap = abs(figure.value / value.amount - 1)
            if best is None or gap < best[0]:
                best = (gap, row)
    if best is None:
        return _unplaced(ctx, figure, claim, text, "no figure of Japan's host-nation support in the record")
    return best[1]


# --- demands and offers ---


def _party(ctx: Context, figure: Figure) -> Literal["US", "ROK"] | None:
    """Whose position an amount is, by the words of its sentence: the verb of a position nearest
    before it (demanded, asked, offered, proposed, insisted), else after it (Korean: 요구했다,
    제시했다; 'a $5 billion U.S. demand'), and its subject, the side named before the verb. The US
    alone demands and asks; an offer, a proposal, an insistence is the side's that makes it. An
    amount paid or agreed with no such verb is a payment (None)."""
    low, high = sentence(ctx.text, figure)
    before = ctx.text[max(low, figure.start - 100) : figure.start]
    after = ctx.text[figure.end : min(high, figure.end + 40)]
    verbs = [(m, "before") for m in [*cues.DEMAND.finditer(before), *cues.OFFER.finditer(before)]]
    verb, where = max(verbs, key=lambda v: v[0].start()) if verbs else (None, "")
    if verb is not None and re.search(
        r"\b(?:agreed|paid|pays|is paying|are paying|will pay|contributes)\b|합의|지불했|냈", before[verb.end() :]
    ):
        verb = None  # "asked ... and agreed to pay $X": the last word is a payment's
    if cues.BASE_AMOUNT.search(before[-30:]):
        return None  # "an increase on the $870 million": the base of a change is a payment
    if verb is None:
        found = [m for m in (cues.DEMAND.search(after), cues.OFFER.search(after)) if m is not None]
        if not found or cues.PAID.search(after[: min(m.start() for m in found)]):
            return None
        verb, where = min(found, key=lambda m: m.start()), "after"
    if cues.US_ONLY.search(verb.group()):
        return "US"
    if where == "after":
        subject_text = ctx.text[low : figure.start] + " " + after[: verb.start()]
    else:
        subject_text = before[: verb.start()]
    actors = [(m.start(), "US") for m in cues.US.finditer(subject_text)]
    actors += [(m.start(), "ROK") for m in cues.KOREA.finditer(subject_text)]
    if where == "after":
        between = [a for a in actors if a[0] > len(ctx.text[low : figure.start])]
        side = (between or sorted(actors))[-1][1] if actors else None
    else:
        side = max(actors)[1] if actors else None
    if side is None:
        return "ROK" if cues.OFFER.search(verb.group()) else "US"
    return "US" if side == "US" else "ROK"


def _positions(ctx: Context, party: str) -> list[Position]:
    known = [p for p in ctx.data.positions if p.party == party]
    if ctx.day is not None:
        known = [p for p in known if p.date <= ctx.day.isoformat()]
    return known


def _position(ctx: Context, figure: Figure, party: Literal["US", "ROK"], claim: int, text: str) -> Check:
    """The recorded position the amount is: of the year named with it, if one is, else any made by
    the date; the nearest in amount, at the rate of the date. None near it: unplaced, naming the
    nearest recorded."""
    assert figure.money is not None
    kind: Kind = "demand" if party == "US" else "offer"
    who = "US demand" if party == "US" else "ROK offer"
    candidates = [p for p in _positions(ctx, party) if p.amount is not None]
    named, how = year_of(ctx, figure, paid=False)
    if how in ("named", "relative") and named is not None:
        candidates = [p for p in candidates if named in (p.for_year, int(p.date[:4]))] or []
    scored: list[tuple[Decimal, Position, Money, str]] = []
    for p in candidates:
        assert p.amount is not None
        value, basis = _in_claim_unit(ctx, p.amount, figure.money.currency, p.year)
        scored.append((abs(figure.value / value.amount - 1), p, value, basis))
    # The nearest; where more than one holds, the latest of them ("nearly five billion dollars" a
    # week after a $4.7 billion demand is that demand).
    holding = [s for s in scored if verdict(figure.value, s[2].amount, figure.hedge) == "holds"]
    if len(holding) > 1:
        latest = max(s[1].date for s in holding)
        scored = sorted((s for s in holding if s[1].date == latest), key=lambda s: s[0])
    else:
        scored.sort(key=lambda s: (s[0], s[1].date))
    if not scored or verdict(figure.value, scored[0][2].amount, figure.hedge) == "off":
        nearest = ", ".join(f"{s[1].amount.human() if s[1].amount else ''} ({s[1].date})" for s in scored[:2])
        also = f"; the nearest recorded: {nearest}" if nearest else ""
        return _unplaced(ctx, figure, claim, text, f"no recorded {who} near {figure.span}{_by(ctx)}{also}")
    _, p, value, basis = scored[0]
    assert p.amount is not None
    label = f"{who} of {p.amount.human()} ({p.date}, for {p.for_year})"
    return _compared(figure, claim, text, kind, label, p.for_year, value.amount, basis, p.source)


def _by(ctx: Context) -> str:
    return f" made by {ctx.day}" if ctx.day is not None else ""


# --- percentages and multiples ---


def _pct(ctx: Context, figure: Figure, i: int, before: list[Check], claim: int, text: str, near: str) -> Check:
    low, high = sentence(ctx.text, figure)
    whole = ctx.text[low:high]
    if cues.JAPAN.search(near) or any(f.money is not None and f.money.currency == "JPY" for f in ctx.figures):
        return _japan_change(ctx, figure, claim, text)
    if cues.SHARE.search(near) or cues.NOT_SMA.search(near):
        return _unplaced(ctx, figure, claim, text, "a share or a limit, or another budget: not a change of the payment")
    if cues.CUMULATIVE.search(near) and not cues.YEAR.search(whole):
        return _unplaced(ctx, figure, claim, text, "a change over several years, with no years named")
    demand = next((c for c in reversed(before) if c.kind == "demand"), None)
    after = ctx.text[figure.end : figure.end + 30]
    if demand is not None and (cues.RISE.search(after) or cues.RISE.search(near)):
        return _relative_demand(ctx, figure, claim, text, demand)  # "$1.3 billion, 50 percent more"
    if cues.DEMAND.search(near) or cues.OFFER.search(near):
        stated = _stated_pct(ctx, figure, claim, text, near)
        if stated is not None:
            return stated
        if cues.RISE.search(after) and not _korean_side(near):
            return _relative_demand(ctx, figure, claim, text, None)
    if not (cues.RISE.search(whole) or cues.FALL.search(whole)):
        return _unplaced(ctx, figure, claim, text, "a percentage with no rise or fall named")
    return _increase(ctx, figure, claim, text)


def _stated_pct(ctx: Context, figure: Figure, claim: int, text: str, near: str) -> Check | None:
    """A percentage said of a demand or an offer, matched to a position recorded as a percentage
    (the US's "50% more", Korea's "13%") made in the 18 months before --date, the nearest; none
    where no such position is near it. Whose: the side named before the verb, as for amounts."""
    verb = max([*cues.DEMAND.finditer(near), *cues.OFFER.finditer(near)], key=lambda m: m.start(), default=None)
    subject = near[: verb.start()] if verb is not None else near
    actors = [(m.start(), "US") for m in cues.US.finditer(subject)] + [
        (m.start(), "ROK") for m in cues.KOREA.finditer(subject)
    ]
    party = max(actors)[1] if actors else ("US" if verb is not None and cues.US_ONLY.search(verb.group()) else "ROK")
    if verb is not None and cues.US_ONLY.search(verb.group()) and not cues.OFFER.search(near):
        party = "US"
    known = [p for p in _positions(ctx, party) if p.pct is not None and _recent(ctx, p)]
    if not known:
        return None
    p = min(known, key=lambda p: (abs((p.pct or Decimal(0)) - figure.value), p.date))
    assert p.pct is not None
    if not p.pct or abs(figure.value / p.pct - 1) > NEAR:
        return None
    kind: Kind = "demand" if party == "US" else "offer"
    who = "US demand" if party == "US" else "ROK offer"
    label = f"{who} of {p.pct}% ({p.date}, for {p.for_year})"
    return _compared(figure, claim, text, kind, label, p.for_year, p.pct, None, p.source)


def _korean_side(near: str) -> bool:
    """Whether the side named before the verb of ``near`` is Korea's (an offer, not a demand)."""
    verb = max([*cues.DEMAND.finditer(near), *cues.OFFER.finditer(near)], key=lambda m: m.start(), default=None)
    if verb is None or cues.US_ONLY.search(verb.group()):
        return False
    actors = [(m.start(), "US") for m in cues.US.finditer(near, 0, verb.start())]
    actors += [(m.start(), "ROK") for m in cues.KOREA.finditer(near, 0, verb.start())]
    return bool(actors) and max(actors)[1] == "ROK"


def _recent(ctx: Context, p: Position) -> bool:
    """Whether ``p`` was made in the 18 months before --date (any, without a date)."""
    if ctx.day is None:
        return True
    made = int(p.date[:4]) * 12 + int(p.date[5:7] or 1)
    return ctx.day.year * 12 + ctx.day.month - made <= 18


def _multiple(ctx: Context, figure: Figure, before: list[Check], claim: int, text: str) -> Check:
    low, high = sentence(ctx.text, figure)
    demand = next((c for c in reversed(before) if c.kind == "demand"), None)
    if demand is not None or cues.DEMAND.search(ctx.text[low:high]):
        return _relative_demand(ctx, figure, claim, text, demand)
    return _unplaced(ctx, figure, claim, text, "a multiple with no demand to set it against")


def _ratio_options(ctx: Context, figure: Figure) -> list[tuple[Decimal, Position, Decimal, Money]]:
    """Each recorded US demand against the payment of the year before the year it is for, at the
    rate of the year it was made: (distance from the figure, position, ratio or % more, base)."""
    options: list[tuple[Decimal, Position, Decimal, Money]] = []
    for p in _positions(ctx, "US"):
        if p.amount is None or (p.for_year - 1) not in ctx.rows:
            continue
        base = ctx.rows[p.for_year - 1].amount
        at = rate_for(ctx.data, {p.amount.currency, base.currency}, p.year, ctx.rate, carry_forward=True)
        demand = convert(p.amount, base.currency, at)
        with localcontext(WIDE):
            factor = demand.amount / base.amount
            record = (factor - 1) * 100 if figure.kind == "pct" else factor
        record = record.quantize(Decimal("0.1") if figure.kind == "pct" else Decimal("0.01"), rounding=ROUND_HALF_UP)
        options.append((abs(record - figure.value), p, record, base))
    return options


def _ratio_row(figure: Figure, claim: int, text: str, option: tuple[Decimal, Position, Decimal, Money]) -> Check:
    _, p, record, base = option
    with localcontext(WIDE):
        factor = 1 + figure.value / 100 if figure.kind == "pct" else figure.value
        implied = Money(base.amount * factor, base.currency).round_minor()
    assert p.amount is not None
    label = f"US demand of {p.amount.human()} ({p.date}) against the {p.for_year - 1} payment"
    return _compared(figure, claim, text, "ratio", label, p.for_year, record, None, p.source, implied)


def _ratios(ctx: Context, figure: Figure, claim: int, text: str) -> list[Check]:
    return [_ratio_row(figure, claim, text, o) for o in _ratio_options(ctx, figure)]


def _relative_demand(ctx: Context, figure: Figure, claim: int, text: str, placed: Check | None) -> Check:
    """'X% more' or 'N times': a recorded US demand (the one the sentence names, else the nearest)
    against the payment of the year before the year it is for, at the rate of the year it was made."""
    options = _ratio_options(ctx, figure)
    if placed is not None:
        options = [o for o in options if _amount_is(placed, o[1])] or options
    if not options:
        return _unplaced(ctx, figure, claim, text, "no recorded US demand with an amount" + _by(ctx))
    return _ratio_row(figure, claim, text, min(options, key=lambda o: (o[0], o[1].date)))


def _amount_is(placed: Check, p: Position) -> bool:
    return placed.refers_to.startswith(f"US demand of {p.amount.human() if p.amount else ''} ({p.date}")


def _increase(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    """A change of the payment: of the year the sentence places it in (after its base); between two
    years it names more than a year apart ('2018 ... 2025 ... 46.1%'); else, with only --date to
    go by, the nearest change of the agreements agreed by then."""
    from smacalc.calc.claim_years import year_cues

    named = sorted({c.year for c in year_cues(ctx, figure) if c.how == "named"})
    if ctx.year is None and len(named) == 2 and named[1] - named[0] > 1:
        between = _change_between(ctx, figure, named[0], named[1], claim, text)
        if between is not None:
            return between
    year, how = year_of(ctx, figure, change=True)
    if year is None:
        return _unplaced(ctx, figure, claim, text, "no year named and no --date or --year")
    if how not in ("date", "current", "past"):
        return _change_of(ctx, figure, year, claim, text) or _unplaced(
            ctx, figure, claim, text, f"no year-on-year change for {year} in the record"
        )
    assert ctx.day is not None
    agreements = [a for a in agreed_by(ctx) if a.last >= year] or agreed_by(ctx)[-1:]
    numbers = {a.number for a in agreements}
    changes = [r for r in ctx.rows.values() if r.sma in numbers and r.change_pct is not None]
    if not changes:
        return _unplaced(ctx, figure, claim, text, f"no year-on-year change agreed by {ctx.day}")
    row = min(changes, key=lambda r: (abs((r.change_pct or Decimal(0)) - figure.value), r.year))
    if abs((row.change_pct or Decimal(0)) - figure.value) > max(Decimal(2), figure.value / 2):
        why = f"no year named, and no change of the agreements agreed by {ctx.day} near {figure.span}"
        return _unplaced(ctx, figure, claim, text, why)
    label = f"change {row.year - 1}→{row.year} (the nearest of the agreements agreed by {ctx.day})"
    assert row.change_pct is not None
    return _compared(figure, claim, text, "increase", label, row.year, row.change_pct, None, row.source)


def _change_of(ctx: Context, figure: Figure, year: int, claim: int, text: str) -> Check | None:
    row = ctx.rows.get(year)
    if row is None or row.change_pct is None:
        return None
    label = f"change {year - 1}→{year}"
    return _compared(figure, claim, text, "increase", label, year, row.change_pct, None, row.source)


def _change_between(ctx: Context, figure: Figure, first: int, last: int, claim: int, text: str) -> Check | None:
    """The change of the payment from ``first`` to ``last``, in the currency of ``last`` (the
    earlier converted at its own year's average rate where the currency changed)."""
    if first not in ctx.rows or last not in ctx.rows:
        return None
    a, b = ctx.rows[first].amount, ctx.rows[last].amount
    if a.currency != b.currency:
        a, _ = _in_claim_unit(ctx, a, b.currency, first, paid=True)
    with localcontext(WIDE):
        pct = ((b.amount / a.amount - 1) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    label = f"change {first}→{last}"
    return _compared(figure, claim, text, "increase", label, last, pct, None, ctx.rows[last].source)


def _japan_change(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    """A percentage said of Japan's support: the change of its average a year from one agreement
    to the next, the nearest of those the record allows."""
    spans = sorted(
        (f for f in ctx.data.burden if f.host == "JP" and f.measure == "host_sma"), key=lambda f: f.first_year
    )
    options = []
    for later, b in enumerate(spans):
        for earlier in spans[:later]:
            before = Decimal(earlier.amount) / (earlier.last_year - earlier.first_year + 1)
            after = Decimal(b.amount) / (b.last_year - b.first_year + 1)
            pct = ((after / before - 1) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            label = f"Japan's support a year, JFY{b.first_year}-{b.last_year} against JFY{earlier.first_year}-"
            options.append((abs(pct - figure.value), pct, label + f"{earlier.last_year}", b))
    if not options:
        return _unplaced(ctx, figure, claim, text, "no change of Japan's support in the record")
    _, pct, label, b = min(options, key=lambda o: o[0])
    return _compared(figure, claim, text, "japan", label, b.first_year, pct, None, b.source)
