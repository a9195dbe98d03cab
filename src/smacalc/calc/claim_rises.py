"""Rises said together in a sentence: the amount a percentage rose to ("13.9% 인상해 10억 달러"), and one
rise said two ways, as a percentage and an amount ("13.9%, 1444억원 증가한", "144.4 billion won
(US$127 million, 13.9%) more"). Pure functions, no I/O."""

from __future__ import annotations

import re
from collections.abc import Sequence

from smacalc.calc import cues
from smacalc.calc.claim_changes import change_of
from smacalc.calc.claim_differences import difference_in
from smacalc.calc.claim_payments import payment_in
from smacalc.calc.claim_rows import Check, Context
from smacalc.calc.claim_years import year_cues
from smacalc.calc.reading import Figure
from smacalc.calc.verdicts import verdict
from smacalc.patterns import Pattern


def rose_to(ctx: Context, figure: Figure, previous: Figure | None, claim: int, text: str) -> Check | None:
    """An amount a percentage rose to ("13.9% 인상해 10억 달러", "13.9%, 1444억원 증가한 1조1833억원"): the
    payment of the one year whose change the percentage is, where that payment fits it."""
    if previous is not None and previous.money is not None:  # the rise said both ways: "13.9%, 1444억원 증가한"
        rise = _rise_before(ctx, previous)
        previous = rise if rise is not None else previous
    if previous is None or previous.kind != "pct" or not cues.ROSE_TO.fullmatch(ctx.text, previous.end, figure.start):
        return None
    rose = [payment_in(ctx, figure, y, claim, text, "") for y in _years_of(ctx, previous)]
    fits = [r for r in rose if r.verdict in ("holds", "close")]
    return fits[0] if len(fits) == 1 else None


def change_said_two_ways(ctx: Context, figure: Figure, claim: int, text: str) -> Check | None:
    """A change said as an amount right after the same rise as a percentage ("13.9%, 1444억원 증가한"):
    the difference of the one year whose change the percentage is, where it holds."""
    rise = _rise_before(ctx, figure)
    if rise is None:
        return None
    changes = (difference_in(ctx, figure, y - 1, y, claim, text) for y in _years_of(ctx, rise) if y - 1 in ctx.rows)
    held = [d for d in changes if d.verdict == "holds"]
    return held[0] if len(held) == 1 else None


def said_with_its_amount(
    ctx: Context, figure: Figure, i: int, before: Sequence[Check | None], claim: int, text: str
) -> Check | None:
    """A percentage in the brackets of a change said as an amount ("144.4 billion won (US$127 million, 13.9%)
    more"): the change of the year whose difference the amount is, where it holds."""
    j = i - 1
    while j >= 0 and (row := before[j]) is not None and row.kind == "conversion":
        j -= 1
    amount = before[j] if j >= 0 else None
    if (
        amount is None
        or amount.figure is None
        or amount.kind != "increase"
        or amount.verdict != "holds"
        or amount.year is None
        or not re.fullmatch(r"\s?\([^()]*", ctx.text[amount.figure.end : figure.start])
    ):
        return None
    change = change_of(ctx, figure, amount.year, claim, text)
    return change if change is not None and change.verdict == "holds" else None


def _years_of(ctx: Context, rise: Figure) -> list[int]:
    """The years whose change of the payment the percentage ``rise`` holds of."""
    return [
        y
        for y, row in ctx.rows.items()
        if row.change_pct is not None and verdict(rise.value, row.change_pct, rise.hedge) == "holds"
    ]


def _rise_before(ctx: Context, amount: Figure) -> Figure | None:
    """The percentage right before a change said as an amount, the same rise said two ways ("13.9%, 1444억원
    증가한"); None where there is none. The end of the percentage stands in for the amount's."""
    before, _, _ = ctx.around(amount)
    if before is None or before.kind != "pct" or not _SAID_TWO_WAYS.fullmatch(ctx.text, before.end, amount.start):
        return None
    return Figure(before.span, before.start, amount.end, before.kind, before.value, before.hedge)


# Between a rise as a percentage and as an amount: "13.9%, 1444억원", "13.9% (₩144.4bn)".
_SAID_TWO_WAYS = Pattern(r"\s?(?:,|\(|, or|or)\s?")


# Between a base amount and the change said from it: "1조389억원 대비 1444억원", "9602억원보다 787억원".
_FROM_THE_BASE = Pattern(rf"\s?(?:{cues.THAN_KO}|과 비교해)\s?")


def change_from_its_base(ctx: Context, figure: Figure, base: Check | None, claim: int, text: str) -> Check | None:
    """A change said as an amount from the amount right before it, placed as a year's payment ("2019년
    한국이 분담했던 1조389억원 대비 1444억원 늘어난"): the difference from that year to the year the sentence
    says before the change (올해), else --date's, where it holds."""
    if (
        base is None
        or base.kind != "payment"
        or base.year is None
        or base.figure is None
        or not _FROM_THE_BASE.fullmatch(ctx.text, base.figure.end, figure.start)
    ):
        return None
    later = [c.year for c in year_cues(ctx, figure) if c.end <= base.figure.start and c.year > base.year]
    if not later and ctx.day is not None and ctx.day.year > base.year:
        later = [ctx.day.year]
    if not later or later[-1] not in ctx.rows:
        return None
    change = difference_in(ctx, figure, base.year, later[-1], claim, text)
    return change if change.verdict == "holds" else None
