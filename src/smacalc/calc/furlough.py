"""What a furlough of Korean employees of USFK in a lapse cost them (2020), from the figures the
record holds: how many, from when to when, and the living allowance as a share of their wage. Pure
functions, no I/O."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import TYPE_CHECKING

from smacalc.errors import InputError
from smacalc.money import Money
from smacalc.numbers import WIDE
from smacalc.record.dataset import Dataset
from smacalc.record.prices import BurdenFigure

if TYPE_CHECKING:
    from smacalc.record.talks import Event


def month_fraction(first: dt.date, last: dt.date) -> Decimal:
    """The calendar months from ``first`` to ``last``, both days counted: each month's days over
    its length (1 April to 14 June is 1 + 1 + 14/30)."""
    if last < first:
        raise InputError(f"{last.isoformat()} is before {first.isoformat()}")
    total = Decimal(0)
    day = first
    while day <= last:
        length = calendar.monthrange(day.year, day.month)[1]
        end = min(last, dt.date(day.year, day.month, length))
        with localcontext(WIDE):
            total += Decimal((end - day).days + 1) / length
        day = end + dt.timedelta(days=1)
    return total


@dataclass(frozen=True)
class Furlough:
    """What a furlough of Korean employees of USFK in a lapse cost them, from sourced figures only:
    how many, from the day it began to the day before they returned, and the living allowance a
    month (a range) as a share of their average wage. Assumed: every worker furloughed for the
    whole of it, and the allowance paid for all of it; their wage is what the allowance and its
    share imply."""

    workers: BurdenFigure
    start: Event
    end: Event  # the day they returned to work
    allowance: tuple[BurdenFigure, BurdenFigure]  # low, high, in won a month
    share: tuple[BurdenFigure, BurdenFigure]  # the allowance as % of the average wage, low, high

    def ends(self) -> tuple[tuple[BurdenFigure, BurdenFigure], tuple[BurdenFigure, BurdenFigure]]:
        """(allowance, share) of the least loss and of the most: a worker goes without the wage
        less the allowance, allowance × (100 ÷ share - 1), least with the low allowance and the
        high share, most with the high allowance and the low share."""
        return (self.allowance[0], self.share[1]), (self.allowance[1], self.share[0])

    @property
    def last_day(self) -> dt.date:
        return dt.date.fromisoformat(self.end.date) - dt.timedelta(days=1)

    @property
    def months(self) -> Decimal:
        """The months furloughed, to 0.01."""
        exact = month_fraction(dt.date.fromisoformat(self.start.date), self.last_day)
        return exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @staticmethod
    def wage(allowance: BurdenFigure, share: BurdenFigure) -> Money:
        """The average wage a month the allowance implies: allowance ÷ its share, to ₩10,000."""
        with localcontext(WIDE):
            return Money(Decimal(allowance.amount) * 100 / share.amount, "KRW").round_to(Decimal("1E4"))

    def lost_a_month(self, allowance: BurdenFigure, share: BurdenFigure) -> Money:
        """What a worker went without a month: the wage less the allowance."""
        return Money(self.wage(allowance, share).amount - allowance.amount, "KRW")

    def lost_each(self, allowance: BurdenFigure, share: BurdenFigure) -> Money:
        """A worker's loss over the furlough: a month's × the months (unrounded), to ₩10,000."""
        exact = month_fraction(dt.date.fromisoformat(self.start.date), self.last_day)
        with localcontext(WIDE):
            return Money(self.lost_a_month(allowance, share).amount * exact, "KRW").round_to(Decimal("1E4"))

    def lost_all(self, allowance: BurdenFigure, share: BurdenFigure) -> Money:
        """All the furloughed workers' loss: a worker's × the workers, to ₩100 million."""
        with localcontext(WIDE):
            each = self.lost_each(allowance, share).amount
            return Money(each * self.workers.amount, "KRW").round_to(Decimal("1E8"))


def furlough(data: Dataset, year: int) -> Furlough | None:
    """The furlough of ``year``'s lapse, where the record has every figure it needs; else None."""
    figures = {f.measure: f for f in data.burden if f.first_year == year and f.measure.startswith("furlough")}
    dated = {e.furlough: e for e in data.events if e.furlough is not None and e.date.startswith(str(year))}
    needed = (
        "furloughed_workers",
        "furlough_allowance_low",
        "furlough_allowance_high",
        "furlough_allowance_pct_low",
        "furlough_allowance_pct_high",
    )
    if not all(m in figures for m in needed) or set(dated) != {"start", "end"}:
        return None
    return Furlough(
        figures["furloughed_workers"],
        dated["start"],
        dated["end"],
        (figures["furlough_allowance_low"], figures["furlough_allowance_high"]),
        (figures["furlough_allowance_pct_low"], figures["furlough_allowance_pct_high"]),
    )
