"""The agreements agreed by --date (in principle, or signed), the first year of the latest, and
the year whose payment is in force: what a claim's "first year", "currently" or "this year" can
mean on its date. Pure functions, no I/O."""

from __future__ import annotations

from typing import TYPE_CHECKING

from smacalc.calc import year_words
from smacalc.patterns import Pattern

if TYPE_CHECKING:
    from smacalc.calc.claim_rows import Context
    from smacalc.record.models import Agreement


def first_year(ctx: Context, said: str) -> int:
    """The first year of the agreement the sentence names by its number ("9차 협정에서 ... 첫해에"),
    else of the latest agreement agreed by --date."""
    assert ctx.day is not None
    named = year_words.AGREEMENT_NUMBER.search(said)
    if named is not None:
        number = int(named["en"] or named["ko"])
        for agreement in ctx.data.agreements:
            if agreement.number == number:
                return agreement.first
    agreed = agreed_by(ctx)
    return agreed[-1].first if agreed else ctx.day.year


def numbered_first_years(ctx: Context, low: int, high: int) -> set[int]:
    """The first years of the agreements text[low:high] names by number, one or a list of them ("the 9th
    SMA", "8차 및 9차 SMA의 증액규모")."""
    firsts = {a.number: a.first for a in ctx.data.agreements}
    numbers = {int(m["en"] or m["ko"]) for m in year_words.AGREEMENT_NUMBER.finditer(ctx.text, low, high)}
    numbers |= {int(m[1]) for m in _LISTED_NUMBER.finditer(ctx.text, low, high)}
    return {firsts[n] for n in numbers if n in firsts}


# An agreement's number listed before another's: "8차 및 9차 SMA", "7차와 8차 협정".
_LISTED_NUMBER = Pattern(r"(?<!\d)(\d{1,2})\s?차\s?(?:및|와|과|,|·|/)\s?(?:제\s?)?\d{1,2}\s?차")


def agreed_by(ctx: Context) -> list[Agreement]:
    """The agreements agreed (in principle, or signed) by --date, in order."""
    agreed = _agreed_on(ctx)
    return [a for a in ctx.data.agreements if a.number in agreed]


def first_years_agreed_in(ctx: Context, years: set[int]) -> set[int]:
    """The first years of the agreements agreed by --date in one of ``years`` ("reached an agreement
    last year on an 8.3 percent increase", said in 2025: the 12th SMA, agreed in 2024, begins in 2026)."""
    firsts = {a.number: a.first for a in ctx.data.agreements}
    return {firsts[number] for number, day in _agreed_on(ctx).items() if int(day[:4]) in years}


def _agreed_on(ctx: Context) -> dict[int, str]:
    """The day each agreement agreed by --date was first agreed: its first agreement in principle,
    else its signing."""
    assert ctx.day is not None
    day = ctx.day.isoformat()
    on: dict[int, str] = {}
    for e in ctx.data.events:
        if e.kind == "agreed" and e.date[:10] <= day:
            on[e.sma] = min(on.get(e.sma, e.date[:10]), e.date[:10])
    for a in ctx.data.agreements:
        if a.number not in on and a.signed is not None and a.signed[:10] <= day:
            on[a.number] = a.signed[:10]
    return on


def in_force(ctx: Context) -> int:
    """--date's year, or, while no agreement agreed by --date covers it (talks under way past the
    last one's end, as in 2020 until March 2021), the last year one covers: the payment in force."""
    assert ctx.day is not None
    covered = [a.last for a in agreed_by(ctx)]
    return max(covered) if covered and max(covered) < ctx.day.year else ctx.day.year
