"""A change of the payment said as an amount ("an increase of $70 million", "787억원 인상"): the
difference of two years' payments, in the claim's currency at the later year's rate. Pure
functions, no I/O."""

from __future__ import annotations

from smacalc.calc import year_words
from smacalc.calc.agreed import first_year
from smacalc.calc.claim_rows import Check, Context, compared, in_claim_unit, unplaced
from smacalc.calc.claim_years import named_years, year_cues, year_of
from smacalc.calc.reading import Figure
from smacalc.calc.sentences import sentence
from smacalc.money import Money


def difference(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    """An amount said to be a change ('an increase of $70 million', '787억원 인상', '505억원 늘었다'):
    the difference of the payments of two years, the year before and the year the sentence places
    the change in, or two years it names more than a year apart; in the claim's currency at the
    later year's rate."""
    assert figure.money is not None
    found = year_cues(ctx, figure)
    named = named_years(ctx, figure, found)
    before = [c for c in found if c.end <= figure.start and not c.base and c.how in ("named", "relative")]
    if len(named) == 1 and len({c.year for c in before}) == 2:
        # a year named and one said before the change ("2008년 7,415억원이었던 방위비분담금은 올해 8,695억원으로")
        named = sorted({c.year for c in before})
    if ctx.year is None and len(named) == 2 and named[1] - named[0] > 1:
        first, last = named
    else:
        # a change is of the year it comes in, not of the past tense of the level it rises from
        # ("was paying about $500 million and agreed to pay $500 million more")
        placed, how = year_of(ctx, figure, change=True, paid=False)
        said = ctx.text[slice(*sentence(ctx.text, figure))]
        if how == "date" and year_words.AGREEMENT_NUMBER.search(said):
            placed = first_year(ctx, said)  # "the 12th ... Agreement, which calls for an increase of 116.4 billion won"
        if placed is None:
            return unplaced(ctx, figure, claim, text, "a change with no year named and no --date or --year")
        first, last = placed - 1, placed
    return difference_in(ctx, figure, first, last, claim, text)


def difference_in(ctx: Context, figure: Figure, first: int, last: int, claim: int, text: str) -> Check:
    """The amount against the difference of the payments of ``first`` and ``last``."""
    assert figure.money is not None
    if first not in ctx.rows or last not in ctx.rows:
        return unplaced(ctx, figure, claim, text, f"no payments for {first} and {last} in the record")
    a, b = ctx.rows[first].amount, ctx.rows[last].amount
    if a.currency != b.currency:  # the year before as its source reckons it in the new currency, else converted
        stated = ctx.rows[last].previous if last == first + 1 else None
        a = stated or in_claim_unit(ctx, a, b.currency, first, paid=True)[0]
    change, basis = in_claim_unit(
        ctx, Money(abs(b.amount - a.amount), b.currency), figure.money.currency, last, paid=True
    )
    if not change.amount:
        return unplaced(ctx, figure, claim, text, f"the payments of {first} and {last} are the same")
    label = f"difference {first}→{last}"
    return compared(figure, claim, text, "increase", label, last, change.amount, basis, ctx.rows[last].source)
