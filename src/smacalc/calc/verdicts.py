"""The verdict rules of `smacalc check`, in one place: the tolerance of each hedge and the verdict a
claimed figure gets against the record's (rules.py states them as `check --rules` prints them; the
caption's one line of them is render/claims.py's rules_line)."""

from __future__ import annotations

from decimal import Decimal, localcontext
from typing import Literal

from smacalc.calc.hedges import Hedge
from smacalc.numbers import WIDE

Verdict = Literal["holds", "close", "off", "unplaced"]

# The verdict rules, in one place: a claim holds within its hedge's tolerance, is close within
# twice it, and is off beyond. Percent of the claimed figure.
TOLERANCE: dict[Hedge | None, Decimal] = {
    None: Decimal(5),  # an exact figure
    "about": Decimal(10),  # about, roughly, approximately, around, 약
    "almost": Decimal(10),  # almost, nearly, 거의: the record below the claim, within this
    "more than": Decimal(0),  # more than, over, at least, 이상: the record at or above the claim
    "up to": Decimal(0),  # up to, as much as, 최대: the record at or below the claim
}
SIDED_CLOSE = Decimal(10)  # almost, more than, up to: close when on the wrong side by at most this
# How well a reading fits its figure, best first: of two readings, the one of the better verdict.
RANK: dict[str, int] = {"holds": 0, "close": 1, "off": 2, "unplaced": 3}
# A payment or troop count printed to this many digits (a change said as an amount: one fewer) and
# off by more than PRECISE_FAR percent is another quantity (a careless claim is round): unplaced, not off.
PRECISE_DIGITS, PRECISE_FAR = 5, Decimal(15)


def significant_digits(value: Decimal) -> int:
    """The significant digits of a figure as printed: 2 for $990,000,000, 6 for 3천287억3천600만원."""
    return len(value.normalize().as_tuple().digits)


# How near a recorded demand an amount off as a payment must be to be taken for that demand, unasked,
# and a year's rise a change of two readings must be to be taken for that rise.
EXACT = Decimal("0.01")


def verdict(claimed: Decimal, record: Decimal, hedge: Hedge | None, upper: Decimal | None = None) -> Verdict:
    """The verdict by the rules above (TOLERANCE); a range (``claimed`` to ``upper``) holds where
    the record is in it, and is judged by its nearer end otherwise."""
    if upper is not None:
        if claimed <= record <= upper:
            return "holds"
        return verdict(claimed if record < claimed else upper, record, hedge)
    with localcontext(WIDE):
        # (a change of 0% said of a year in which nothing changed holds: "the increase rate is 0%")
        gap = abs(claimed / record - 1) * 100 if record else Decimal(0 if claimed == record else "Infinity")
        below = record <= claimed
        if hedge == "almost":
            if below and record >= claimed * (1 - TOLERANCE["almost"] / 100):
                return "holds"
            return "close" if gap <= 2 * TOLERANCE["almost"] else "off"
        if hedge in ("more than", "up to"):
            right = record >= claimed if hedge == "more than" else below
            if right:
                return "holds"
            return "close" if claimed and abs(record / claimed - 1) * 100 <= SIDED_CLOSE else "off"
        tolerance = TOLERANCE[hedge]
        return "holds" if gap <= tolerance else "close" if gap <= 2 * tolerance else "off"
