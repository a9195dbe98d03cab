"""A figure of a claim placed, or not: the row `check` gives (Check), what placing reads (Context),
the words around a figure, and the record's value in the claim's own unit at the rate the rules
choose. Pure functions, no I/O."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import TYPE_CHECKING, Literal

from smacalc.calc import cues
from smacalc.calc.escalation import ProjectionRow
from smacalc.calc.rates import Rate, convert, rate_for
from smacalc.calc.reading import Figure
from smacalc.calc.sentences import sentence
from smacalc.calc.verdicts import EXACT, RANK, Verdict, verdict
from smacalc.errors import DataError
from smacalc.money import Money
from smacalc.numbers import WIDE
from smacalc.patterns import Pattern
from smacalc.record.dataset import Dataset

if TYPE_CHECKING:
    from smacalc.calc.claim_years import Cue
    from smacalc.record.talks import Position

Kind = Literal["payment", "increase", "demand", "offer", "troops", "workers", "japan", "conversion", "ratio"]


class Payments(dict[int, ProjectionRow]):
    """Every year's payment of the record, by year (the years claims are placed in), with the largest
    in each currency it was paid in, found once for all the claims of a batch; and what the batch's
    claims ask for again and again, kept for it: the rates they were converted at, the positions made
    by each day, the demands' ratios to the payments before them."""

    @functools.cached_property
    def largest(self) -> dict[str, Decimal]:
        return largest_in_each_currency(row.amount for row in self.values())

    @functools.cached_property
    def rates(self) -> dict[tuple[object, ...], Rate]:
        """The rates asked so far, by what was asked (see ``Context.rate_of``)."""
        return {}

    @functools.cached_property
    def positions(self) -> dict[str | None, dict[str, list[Position]]]:
        """The recorded positions of each side made by a day, by the day (see ``Context.positions``)."""
        return {}

    @functools.cached_property
    def ratios(self) -> dict[tuple[object, ...], list[tuple[Position, Decimal, Money]]]:
        """Each US demand against the payment before it, by what was asked (see
        ``claim_ratios.ratio_options``)."""
        return {}


def largest_in_each_currency(sums: Iterable[Money], start: Mapping[str, Decimal] | None = None) -> dict[str, Decimal]:
    """The largest of ``sums`` (and of ``start``) in each currency."""
    largest = dict(start or {})
    for money in sums:
        largest[money.currency] = max(largest.get(money.currency, Decimal(0)), money.amount)
    return largest


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
    fall: bool = False  # a change said to be a fall ("8.9% 감액"): its size is set against the record's

    @property
    def off_pct(self) -> Decimal | None:
        """How far the claim is from the record, in percent of the record; a range ('28,000 to 32,000',
        '1조 수천억원') by its nearer end, and 0.0 where the record is in it (or where both are 0)."""
        if self.figure is None or self.record is None:
            return None
        if not self.record:  # a change of 0% said of a year with none: 0.0; else no ratio to give
            return Decimal("0.0") if not self.figure.value else None
        record = -self.record if self.fall else self.record
        claimed, upper = self.figure.value, self.figure.upper
        if upper is not None and record > claimed:
            claimed = min(upper, record)
        with localcontext(WIDE):
            off = ((claimed / record - 1) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        return off if off else Decimal("0.0")  # never -0.0


@dataclass(frozen=True)
class Context:
    data: Dataset
    text: str  # normalised, as the figures' places are of it
    day: dt.date | None
    year: int | None  # --year
    rate: Decimal | None  # --rate, or a rate stated in the text (won per dollar)
    rows: Payments
    figures: Sequence[Figure] = ()  # in order of where they stand

    @functools.cached_property
    def cues(self) -> dict[tuple[int, int], tuple[Cue, ...]]:
        """The year cues of each sentence, by its bounds, as claim_years finds them."""
        return {}

    def rate_of(
        self, currencies: set[str], year: int | None, override: Decimal | None = None, *, day: dt.date | None = None
    ) -> Rate:
        """rate_for, asked once a batch for each rate (see Payments.rates); ``carry_forward`` where a
        year is asked, as claims convert."""
        key = (frozenset(currencies), year, override, day)
        asked = self.rows.rates
        if key not in asked:
            asked[key] = rate_for(self.data, currencies, year, override, day=day, carry_forward=day is None)
        return asked[key]

    @functools.cached_property
    def positions(self) -> dict[str, list[Position]]:
        """The recorded positions of each side made by --date (all, without a date), found once a batch
        for each day."""
        day = self.day.isoformat() if self.day is not None else None
        if day not in self.rows.positions:
            made: dict[str, list[Position]] = {}
            for p in self.data.positions:
                if day is None or p.date <= day:
                    made.setdefault(p.party, []).append(p)
            self.rows.positions[day] = made
        return self.rows.positions[day]

    @functools.cached_property
    def largest_sums(self) -> dict[str, Decimal]:
        """The largest sum the SMA has been, or been asked to be by --date, in each currency it was
        paid or asked in."""
        asked = (p.amount for p in self.positions.get("US", []) if p.amount is not None)
        return largest_in_each_currency(asked, start=self.rows.largest)

    @functools.cached_property
    def starts(self) -> list[int]:
        return [f.start for f in self.figures]

    def around(self, figure: Figure) -> tuple[Figure | None, Figure | None, int]:
        """The figures just before and after ``figure``, and its index."""
        i = bisect.bisect_left(self.starts, figure.start)
        after = self.figures[i + 1] if i + 1 < len(self.figures) else None
        return (self.figures[i - 1] if i else None), after, i

    def within(self, low: int, high: int) -> Sequence[Figure]:
        """The figures that start between ``low`` and ``high``."""
        return self.figures[bisect.bisect_left(self.starts, low) : bisect.bisect_left(self.starts, high)]


_BRACKET = Pattern(r"\s*[(（]\s*(?:about|approximately|roughly|약|한화|우리 돈)?\s*")


def near_words(ctx: Context, figure: Figure, back: int = 60, ahead: int = 25) -> str:
    """The words of ``figure``'s own stretch: within its sentence, after the figure before it and
    before the figure after it (a conversion in brackets right after it is passed over), at most
    ``back`` characters before and ``ahead`` after."""
    low, high = sentence(ctx.text, figure)
    end = figure.end
    previous, following, i = ctx.around(figure)
    if previous is not None:
        low = max(low, previous.end)
    if following is not None and _BRACKET.fullmatch(ctx.text[end : following.start]):
        end = following.end  # a conversion in brackets right after it
        following = ctx.figures[i + 2] if i + 2 < len(ctx.figures) else None
    if following is not None:
        high = min(high, following.start)
    low, high = max(low, figure.start - back), min(high, end + ahead)
    # within the figure's own clause: "up 8.3% from 2025, while Japan pays" is not said of Japan
    cut = cues.CLAUSE.search(ctx.text, end, high)
    if cut is not None:
        high = cut.start()
    starts = [m.end() for m in cues.CLAUSE.finditer(ctx.text, low, figure.start)]
    return ctx.text[(starts[-1] if starts else low) : high]


def unplaced(ctx: Context, figure: Figure, claim: int, text: str, why: str) -> Check:
    return Check(claim, text, figure, None, f"unplaced: {why}", None, None, "unplaced")


def compared(
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
    """A figure placed: the record's value in its unit, and the verdict on it. A change said to be a
    fall ("8.9% 줄어든", "nearly 9-percent less") is set against the record as a fall."""
    fall = kind == "increase" and figure.money is None and figure.value > 0 and said_fall(text, figure)
    judged = verdict(figure.value, -record if fall else record, figure.hedge, figure.upper)
    return Check(claim, text, figure, kind, refers_to, year, record, judged, basis or None, source, implied, fall)


def said_fall(text: str, figure: Figure) -> bool:
    """A fall said right beside a percentage: "8.9% 감액된", "9-percent less", "a cut of 8.9%"."""
    near = (text[max(0, figure.start - 10) : figure.start], text[figure.end : figure.end + 8])
    return any(cues.FALL.search(side) for side in near)


def in_claim_unit(ctx: Context, money: Money, currency: str, year: int, *, paid: bool = False) -> tuple[Money, str]:
    """``money`` in ``currency``. A completed year's payment (``paid``, a year before --date's) at
    that year's average rate: what was paid, valued when it was paid. Everything else (the current
    year, later years, demands, offers, conversions) at the rate of --date, else of ``year``. The
    won at --rate or at a rate the text states, where one is given."""
    if money.currency == currency:
        return money, ""
    after = ctx.rows.get(year + 1)
    completed = paid and ctx.day is not None and year < ctx.day.year
    stated = None if after is None or ctx.rate is not None else after.previous  # (a rate the text states first)
    own = year in ctx.rows and money == ctx.rows[year].amount  # the year's payment itself
    if completed and own and stated is not None and stated.currency == currency:  # 2004 in won, as 2005's change
        return stated, f"{year} in {currency} as the source of {year + 1}'s change reckons it"
    currencies = {money.currency, currency}
    if ctx.day is not None and ctx.rate is None and not completed:
        try:
            used = ctx.rate_of(currencies, None, day=ctx.day)
            return convert(money, currency, used), rate_basis(used)
        except DataError:
            pass
    on = year if completed or ctx.day is None else ctx.day.year
    used = ctx.rate_of(currencies, on, ctx.rate)
    return convert(money, currency, used), rate_basis(used)


@functools.lru_cache(maxsize=64)  # a batch's rows state the same few rates
def rate_basis(rate: Rate) -> str:
    parts = []
    for leg in rate.legs:
        if leg.source is None:
            parts.append(f"{leg.currency} at the stated rate {leg.rate}")
        elif leg.day is not None:
            parts.append(f"{leg.currency} {leg.rate} of {leg.day} (daily{f', {leg.fetched}' if leg.fetched else ''})")
        elif leg.basis == "assumed":
            parts.append(f"{leg.currency} {leg.rate}, {leg.rate_year}'s average carried forward")
        else:
            parts.append(
                f"{leg.currency} {leg.rate}, {leg.rate_year} average{f' ({leg.fetched})' if leg.fetched else ''}"
            )
    return "; ".join(parts)


def of_its_size(figure: Figure, record: Decimal) -> bool:
    """Whether a record (not zero) is of the figure's size: within three times it either way."""
    return Decimal(1) / 3 <= figure.value / record <= 3


def is_exactly(figure: Figure, row: Check) -> bool:
    """Whether ``row`` holds and its record is the figure within EXACT."""
    return row.verdict == "holds" and bool(row.record) and abs(figure.value / (row.record or 1) - 1) <= EXACT


def best_fit(figure: Figure, rows: list[Check]) -> Check | None:
    """Of the readings, the one of the best verdict, then the nearest; the first of equals."""
    return min(rows, key=lambda r: (RANK[r.verdict], abs(figure.value / (r.record or 1) - 1)), default=None)


def recent(ctx: Context, p: Position) -> bool:
    """Whether ``p`` was made in the 18 months before --date (any, without a date)."""
    if ctx.day is None:
        return True
    return ctx.day.year * 12 + ctx.day.month - _month(p.date) <= 18


@functools.lru_cache(maxsize=128)
def _month(date: str) -> int:
    """A recorded position's month ("2019-10", "2018-12-28"), counted from year 0."""
    return int(date[:4]) * 12 + int(date[5:7] or 1)
