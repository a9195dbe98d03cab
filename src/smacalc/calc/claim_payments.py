"""A figure read as a year's payment (in the claim's currency, with the other conversion basis
where it gives a better verdict), or as the conversion of the amount before it. Pure functions,
no I/O."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from smacalc.calc import cues, year_words
from smacalc.calc.agreed import agreed_by, in_force
from smacalc.calc.claim_positions import position
from smacalc.calc.claim_rows import Check, Context, best_fit, compared, in_claim_unit, rate_basis, unplaced
from smacalc.calc.claim_years import year_of
from smacalc.calc.rates import convert
from smacalc.calc.reading import Figure
from smacalc.calc.sentences import sentence
from smacalc.calc.verdicts import RANK, verdict
from smacalc.errors import DataError
from smacalc.money import Money
from smacalc.patterns import Pattern


def conversion(ctx: Context, figure: Figure, of: Figure, placed: Check, claim: int, text: str) -> Check:
    assert figure.money is not None and of.money is not None
    # the year of the amount it converts: as placed, else a year its sentence names or says ("내년도 ...
    # 44억6천만 달러"), else --date's
    said, how = year_of(ctx, of, paid=False)
    said_year = placed.year or (said if how in ("named", "relative") else None)
    year = said_year or (ctx.day.year if ctx.day else None)
    if year is None:
        return unplaced(ctx, figure, claim, text, f"a conversion of {of.span} needs --date or --year for its rate")
    # "(당시 환율로 약 1070억원)", "당시 우리 돈으로": at the average rate of that year, not --date's
    then = _AT_THE_TIME.search(ctx.text, of.end, figure.start) is not None
    stated = _AVERAGE_OF.search(ctx.text, of.end, min(figure.end + 24, sentence(ctx.text, figure)[1]))
    if stated is not None:  # "(8천939억여원·2010년 평균환율적용)": at the average rate of the year it names
        said_year = year = int(stated["y"] or stated["e"])
        then = True
    if then and said_year is None:
        why = f"a conversion of {of.span} at the rate of a time the sentence does not name"
        return unplaced(ctx, figure, claim, text, why)
    value, basis = in_claim_unit(ctx, of.money, figure.money.currency, year, paid=then)
    if figure.hedge is None and of.hedge == "about":
        # an amount converted "about" is converted about: "around 1.6 trillion won ($1.2 billion)"
        figure = replace(figure, hedge=of.hedge)
    row = compared(figure, claim, text, "conversion", f"conversion of {of.span}", year, value.amount, basis)
    if (
        row.verdict == "off"
        and placed.verdict != "holds"
        and value.amount
        and _power_of_ten_apart(figure.value, value.amount)
    ):
        # "2017.7 billion yen (1.9 billion US dollars)": of an amount that does not hold itself, a digit
        # may have slipped in either; which, the sentence cannot tell
        why = f"a power of ten from the conversion of {of.span}, which does not hold: one of the two is misprinted"
        return unplaced(ctx, figure, claim, text, why)
    return row


def _power_of_ten_apart(a: Decimal, b: Decimal) -> bool:
    """Whether ``a`` is ``b`` times a power of ten, up to a trillion (or a tenth, ...), within 5%: a digit
    or a unit (억, 조) slipped ("50달러, 우리 돈 5조 6천억 원")."""
    return any(abs(a / (b * Decimal(10) ** k) - 1) <= Decimal("0.05") for k in range(-12, 13) if k)


_AT_THE_TIME = Pattern(
    r"당시|\bat (?:the )?(?:then|that time's|the time's)(?:[- ]current)? (?:exchange )?rates?\b", re.IGNORECASE
)

# The year whose average rate a conversion is at, said beside it: "2010년 평균환율 적용", "at the 2010 average rate".
_AVERAGE_OF = Pattern(
    r"(?P<y>(?:19|20)\d\d)\s?년\s?평균\s?환율"
    r"|\bat (?:the )?(?P<e>(?:19|20)\d\d) (?:annual )?average (?:exchange )?rate",
    re.IGNORECASE,
)


def payment(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    year, how = year_of(ctx, figure)
    if year is None:
        return unplaced(ctx, figure, claim, text, "no year named and no --date or --year")
    span = _span(ctx, figure) if how == "named" else None
    if span is not None and span[0] <= year <= span[1]:
        # an amount of each year of a span ("the 960 billion won a year it paid from 2014 to 2018"): the year
        # of it whose payment fits best, the latest of equals; none fits: the span's last
        rows = [payment_in(ctx, figure, y, claim, text, how) for y in range(span[1], span[0] - 1, -1) if y in ctx.rows]
        best = best_fit(figure, rows)
        if best is not None:
            return best if best.verdict in ("holds", "close") else rows[0]
    if how == "date" and (
        settled_after(ctx, figure) or _AGREED_TO.search(ctx.text, max(0, figure.start - 24), figure.start)
    ):
        # settled in a deal not yet in force ("1조 5192억 원(약 11억 달러)으로 방위비 분담금을 타결", in
        # November 2024): its first year's, where that holds
        agreed = agreed_by(ctx)
        if agreed and agreed[-1].first > year:
            first = payment_in(ctx, figure, agreed[-1].first, claim, text, "")
            if first.verdict == "holds":
                return first
    if how == "date" and not year_words.TO_COME.search(ctx.text, *sentence(ctx.text, figure)):
        year = in_force(ctx)  # "방위비 분담금 1조389억 원" in March 2020: 2019's, the payment in force
    if how in ("date", "past"):
        of_agreement = _of_agreement(ctx, figure, claim, text)
        if of_agreement is not None:
            return of_agreement
    if how in ("date", "agreement") and (
        cues.BASE_AMOUNT.search(ctx.text[max(0, figure.start - 30) : figure.start])
        or year_words.TO_AN_AMOUNT_KO.match(ctx.text, figure.end)
    ):
        # a rise demanded is from the payment before the year the demand is for ("has demanded ... five-fold
        # from US$870 million to US$5 billion"); else "$890 million, up from $870 million": the year before
        asked = _demanded_to(ctx, figure, claim, text)
        year, how = (asked if asked is not None else year) - 1, "base"
    if how == "named" and year is not None and _RATE_ADDED.match(ctx.text, figure.end):
        # "2008년에는 7,255억원에 물가 상승률을 더한 만큼": what the year's rate is added to, the year before's
        year, how = year - 1, "base"
    return payment_in(ctx, figure, year, claim, text, how)


# Right after an amount, a rate added to it or applied: "7,255억원에 물가 상승률을 더한 만큼".
_RATE_ADDED = Pattern(r"\s?" + year_words.RATE_APPLIED)


def _span(ctx: Context, figure: Figure) -> tuple[int, int] | None:
    """The years of a span said right after an amount ("a year it paid from 2014 to 2018", "in 2005 and
    2006", "2014년부터 2018년까지"), first and last; None where none is."""
    m = _SPAN_AFTER.match(ctx.text, figure.end, min(len(ctx.text), figure.end + 64))
    if m is None:
        return None
    first, last = int(m["a"]), int(m["b"])
    return (first, last) if first < last <= first + 10 else None


# Right after an amount, a span of years: "a year it paid from 2014 to 2018", "a year in 2005 and 2006".
_SPAN_AFTER = Pattern(
    r"(?:U\.S\.|[^.;$₩\d]){0,40}?(?:\bfrom\s|\bbetween\s|\bin\s)?(?P<a>(?:19|20)\d\d)"
    r"(?:년(?:부터|에서)\s?|년?\s?(?:to|through|until|and|[-–~])\s?)(?P<b>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def settled_after(ctx: Context, figure: Figure) -> bool:
    """Whether the words right after an amount say it was settled ("1조 5192억 원(약 11억 달러)으로 방위비
    분담금을 타결", "was agreed")."""
    return cues.SETTLED_AT.search(ctx.text[figure.end : figure.end + 48]) is not None


def rise_from(ctx: Context, figure: Figure) -> bool:
    """Whether the amount is what a rise asked is from, in Korean word order ("1조정도에서 6조로 올릴것을
    요구"): the payment, not a position."""
    return _FROM_TO_KO.match(ctx.text, figure.end) is not None


_FROM_TO_KO = Pattern(
    r"\s?(?:정도|가량|수준)?\s?에서\s(?:약\s)?\d[\d,.]*\s?[조억만천][\d,.조억천만\s]*(?:원|달러)?\s?(?:으로|로)\s?"
    r"(?:올[리릴려]|늘[리릴려]|인상|증액)"
)


# Right before an amount, that a deal sets it: "타결해 매년 1조5192억원", "agreed to pay about".
_AGREED_TO = Pattern(
    r"(?:타결|합의|체결)해\s(?:매년|연간|해마다)?\s?$|\bagreed to (?:pay|contribute) (?:about |around |some )?$",
    re.IGNORECASE,
)


def _demanded_to(ctx: Context, figure: Figure, claim: int, text: str) -> int | None:
    """The year of the recorded US demand that the amount after ``figure`` ("from X to Y") is, where
    its sentence speaks of a demand before it."""
    low, high = sentence(ctx.text, figure)
    after = [f for f in ctx.within(figure.end, high) if f.money is not None]
    gap = ctx.text[figure.end : after[0].start] if after else ""
    if len(gap) > 50 or not _TO.search(gap) or not cues.DEMAND.search(ctx.text, low, figure.start):
        return None
    asked = position(ctx, after[0], "US", claim, text)
    return asked.year if asked.verdict in ("holds", "close") else None


# The end of what lies between "from X" and the amount it rises to: "... per year from South Korea to roughly".
_TO = Pattern(r"(?:\bto|으로|로)\s(?:about |around |roughly |some )?$", re.IGNORECASE)


def _of_agreement(ctx: Context, figure: Figure, claim: int, text: str) -> Check | None:
    """With no year said, an agreement named by its number in the figure's clause ("제1차 협정에서
    분담금은 1억5000만달러로 타결"): the year of it whose payment fits best, where one holds or is
    close; where none does, unplaced (which of its years is meant cannot be told)."""
    low, high = sentence(ctx.text, figure)
    named = [
        m
        for m in year_words.AGREEMENT_NUMBER.finditer(ctx.text, low, high)
        if not cues.CLAUSE.search(
            ctx.text, *sorted((m.end(), figure.start) if m.end() <= figure.start else (figure.end, m.start()))
        )
    ]
    if len(named) != 1:
        return None
    number = int(named[0]["en"] or named[0]["ko"])
    agreement = next((a for a in ctx.data.agreements if a.number == number), None)
    if agreement is None:
        return None
    rows = [payment_in(ctx, figure, y, claim, text, "") for y in range(agreement.first, agreement.last + 1)]
    best = best_fit(figure, rows)
    if best is not None and best.verdict in ("holds", "close"):
        return best
    why = f"the {number}th SMA names the years {agreement.first}-{agreement.last}; no payment of them fits"
    return unplaced(ctx, figure, claim, text, why)


def payment_in(ctx: Context, figure: Figure, year: int, claim: int, text: str, how: str) -> Check:
    row = ctx.rows.get(year)
    if row is None:
        return unplaced(ctx, figure, claim, text, f"no payment for {year} in the record")
    assert figure.money is not None
    value, basis = in_claim_unit(ctx, row.amount, figure.money.currency, year, paid=True)
    label = f"{year} payment" + {"base": " (the base of the comparison)", "past": " (the year before the date)"}.get(
        how, ""
    )
    placed = compared(figure, claim, text, "payment", label, year, value.amount, basis, row.source)
    other = _other_basis(ctx, row.amount, figure, year)
    said = None if other is None else verdict(figure.value, other[0], figure.hedge, figure.upper)
    if other is not None and said is not None and RANK[said] < RANK[placed.verdict]:
        return replace(placed, basis=f"{basis}; {said} at {other[1]}")  # the reader sees both
    return placed


def _other_basis(ctx: Context, amount: Money, figure: Figure, year: int) -> tuple[Decimal, str] | None:
    """The payment in the claim's currency on the other basis: a completed year's at --date's rate
    (not its year's average), any other year's at its year's average (not --date's rate)."""
    assert figure.money is not None
    if ctx.day is None or ctx.rate is not None or amount.currency == figure.money.currency:
        return None
    currencies = {amount.currency, figure.money.currency}
    try:
        if year < ctx.day.year:
            used = ctx.rate_of(currencies, None, day=ctx.day)
            label = "the day's rate"
        else:
            used = ctx.rate_of(currencies, year)
            label = f"{year}'s average rate"
    except DataError:
        return None
    return convert(amount, figure.money.currency, used).amount, f"{label} ({rate_basis(used)})"
