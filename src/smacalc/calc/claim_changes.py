"""Changes of the payment and Japan's support: a percentage placed as the change of a year (or
between two years named), a position, a ratio, or nothing the record holds. Pure functions, no I/O."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, localcontext

from smacalc.calc import cues, not_sma_words, year_words
from smacalc.calc.agreed import agreed_by
from smacalc.calc.claim_japan import japan_change
from smacalc.calc.claim_payments import payment_in
from smacalc.calc.claim_positions import korean_side, positions_by, stated_pct, us_side
from smacalc.calc.claim_ratios import relative_demand
from smacalc.calc.claim_rows import (
    Check,
    Context,
    best_fit,
    compared,
    in_claim_unit,
    is_exactly,
    near_words,
    recent,
    said_fall,
    unplaced,
)
from smacalc.calc.claim_years import named_years, year_cues, year_of
from smacalc.calc.reading import Figure
from smacalc.calc.sentences import sentence, sentence_before
from smacalc.money import Money
from smacalc.numbers import WIDE
from smacalc.patterns import Pattern
from smacalc.vocabulary import NUMBER_WORDS


def percentage(ctx: Context, figure: Figure, demand: Check | None, claim: int, text: str, near: str) -> Check:
    """A percentage: Japan's, a share (unplaced), a position, a demand's ratio, or a change of the
    payment; ``demand``: the demand placed nearest it in its sentence, if any."""
    low, high = sentence(ctx.text, figure)
    whole = ctx.text[low:high]
    amounts = _amounts_beside(ctx, figure, low, high)
    if any(beyond_the_sma(ctx, a) for a in amounts):
        return unplaced(ctx, figure, claim, text, "the change of a budget far larger than the SMA's")
    yen_here = any(f.money is not None and f.money.currency == "JPY" for f in ctx.within(low, high))
    if cues.JAPAN.search(near) or (yen_here and not cues.KOREA_SMA.search(whole)):
        return japan_change(ctx, figure, claim, text)
    if (
        cues.COST_PLUS.search(ctx.text, max(low, figure.start - 12), figure.start)
        or cues.PLUS_INFLATION.search(ctx.text[figure.end : figure.end + 48])
        or (
            not_sma_words.NATO.search(whole) and not cues.KOREA_SMA.search(whole)
        )  # "NATO ... from 22 percent to 16 percent"
    ):
        return unplaced(ctx, figure, claim, text, _SHARE)
    wider = near_words(ctx, figure, ahead=45)
    # a position first: "14.5%까지 올려달라고 요구", "Seoul's best offer ... ― an increase of at least 13 per cent"
    said = near_words(ctx, figure, back=120, ahead=45)
    previous, following, _ = ctx.around(figure)
    if following is not None and following.kind == "pct" and _RANGE.fullmatch(ctx.text, figure.end, following.start):
        said += near_words(ctx, following, back=0, ahead=45)  # "6.6%에서 14.5%까지 올려달라고 요구": the range's verb
    if previous is not None and previous.kind == "pct" and _RANGE.fullmatch(ctx.text, previous.end, figure.start):
        wider = near_words(ctx, previous) + wider  # "국방비를 GDP의 2.6%에서 3.8%로": the range's subject
    if previous is not None and previous.kind == "pct" and _AND_UP_TO.fullmatch(ctx.text, previous.end, figure.start):
        said = near_words(ctx, previous, back=120) + said  # "asked to pay at least 6.6 percent and up to 14.5 percent"
    if cues.DEMAND.search(said) or cues.OFFER.search(said):
        stated = stated_pct(ctx, figure, claim, text, said)
        # "50% 가까운 인상안인 13억달러를 요구": a percentage of the demand the sentence names is its ratio
        if stated is not None and (demand is None or stated.kind != "demand" or stated.year == demand.year):
            return stated
    rose_to = _change_to(ctx, figure, amounts, claim, text)
    if rose_to is not None:
        return rose_to
    if (
        cues.SHARE.search(near_words(ctx, figure, ahead=16))  # a cap right after the figure is its own ("5% 상한")
        or _ANOTHER_GROWTH.search(ctx.text, max(low, figure.start - 48), figure.start)
        or cues.SHARE_OF.search(ctx.text[figure.end : figure.end + 40])
        or cues.SIDE_S.search(ctx.text, max(low, figure.start - 12), figure.start)
        or cues.SHARE_TO.search(ctx.text, max(low, figure.start - 100), figure.start)
        or (
            not _OWN_RATE.search(ctx.text, max(low, figure.start - 16), figure.start)
            and (
                not_sma_words.NOT_SMA.search(wider)
                or _INFLATION.search(wider)
                or (
                    not cues.SMA_TOPIC.search(whole)
                    and (_budget_of(ctx, figure, low, high) or _budget_before(ctx, low))
                )
            )
        )
    ):
        # another measure's rate applied to the payment, that the year's change is exactly ("국방예산 인상률(8.2%)을
        # 적용해 1조 389억원", "rise by 5.4 percent -- this year's increase in defense budget"): that change
        # (not a cap: "the annual rate of increase ... was capped at 4 percent" is no year's change)
        capped = cues.CAP.search(ctx.text, max(low, figure.start - 24), figure.start)
        applied = increase(ctx, figure, claim, text) if cues.SMA_TOPIC.search(whole) and not capped else None
        if (
            applied is not None
            and applied.kind == "increase"
            and applied.year is not None
            and ctx.rows[applied.year].basis == "official"  # (not a year projected at an assumed rate)
            and is_exactly(figure, applied)
        ):
            return applied
        return unplaced(ctx, figure, claim, text, _SHARE)
    # a rise of a year said beside it that holds ("지난해에도 전년 대비 8.2%를 인상", "the 8.2 percent hike in 2019
    # from the previous year"): that year's change, though a demand or an offer is spoken of near it
    year, how = year_of(ctx, figure, change=True)
    own = None  # the change of the year placed, found once
    if (
        how in ("named", "relative", "after the base")
        and year is not None
        and (cues.RISE.search(near) or cues.FALL.search(near))
    ):
        own = increase(ctx, figure, claim, text)
        if own.kind == "increase" and own.verdict == "holds":
            return own
    # exactly the percentage of a position of talks under way, for the year of the date or later ("a 13%
    # increase" in April 2020: Korea's offer), whoever the sentence names
    # (or of a year past, where the sentence says it was turned down or tentatively agreed: "13% 인상 합의가
    # 됐다가 대통령이 거부")
    turned_down = cues.TURNED_DOWN.search(whole) is not None
    exact = [
        p
        for p in (*positions_by(ctx, "US"), *positions_by(ctx, "ROK"))
        if p.pct == figure.value and recent(ctx, p) and (ctx.day is None or p.for_year >= ctx.day.year or turned_down)
    ]
    if len({p.party for p in exact}) == 1 and cues.RISE.search(whole):
        stated = stated_pct(ctx, figure, claim, text, said, exact[0].party)
        if stated is not None:
            return stated
    if cues.CUMULATIVE.search(ctx.text[max(low, figure.start - 20) : figure.start]) and not year_words.YEAR.search(
        whole
    ):
        return unplaced(ctx, figure, claim, text, "a change over several years, with no years named")
    after = ctx.text[figure.end : figure.end + 30]
    if korean_side(near):  # "Seoul insisting on an increase of about 10 percent": Korea's position
        return stated_pct(ctx, figure, claim, text, near) or unplaced(
            ctx, figure, claim, text, "a Korean position the record does not hold as a percentage"
        )
    if demand is not None and demand.figure is not None and demand.figure.start >= low:  # of its own sentence
        a, b = sorted((demand.figure.end, figure.start, demand.figure.start, figure.end))[1:3]
        if cues.CLAUSE.search(ctx.text, a, b) and not _WHICH_IS.fullmatch(ctx.text, demand.figure.end, figure.start):
            demand = None  # "a 13.9 percent increase on ... -- but is a far cry from the $5 billion demand"
    if (
        demand is not None
        and demand.figure is not None
        and demand.figure.start > figure.end
        and any(c.base and 0 <= c.start - figure.end <= 12 for c in year_cues(ctx, figure))
    ):
        demand = None  # "up 8.3% from 2025, after Trump said ... $10 billion": a change from a year, not a ratio
    if demand is not None and (cues.RISE.search(after) or cues.RISE.search(near)):
        return relative_demand(ctx, figure, claim, text, demand)  # "$1.3 billion, 50 percent more"
    if cues.DEMAND.search(near) or cues.OFFER.search(near):
        stated = stated_pct(ctx, figure, claim, text, near)
        if stated is not None:
            return stated
        if cues.RISE.search(after) and cues.DEMAND.search(near) and not korean_side(near):
            return relative_demand(ctx, figure, claim, text, None)
    # a rise demanded before it, by it ("wants to hike the price of keeping U.S. troops ... by 400 percent")
    by = _BY.search(ctx.text, max(low, figure.start - 24), figure.start)  # (its longest: "by as much as ")
    if by and cues.RISE.search(said) and cues.DEMAND.search(said) and not korean_side(said):
        return relative_demand(ctx, figure, claim, text, None)
    if not (cues.RISE.search(whole) or cues.FALL.search(whole)):
        return unplaced(ctx, figure, claim, text, "a percentage with no rise or fall named")
    if figure.value < 100 and cues.DEMAND.search(near) and not korean_side(near):
        # "Washington wants South Korea's share of expenses to rise 10 percent from last year"
        return unplaced(ctx, figure, claim, text, "a US demand the record does not hold as a percentage")
    # the clause it is in: "an offer of 630 bn won, a 7.3% decrease" (not "..., which itself represented")
    start = max(low, figure.start - 120)
    opened = ctx.text[
        max([m.end() for m in cues.CLAUSE.finditer(ctx.text, start, figure.start)], default=start) : figure.start
    ]
    if figure.value < 100 and cues.OFFER.search(opened) and us_side(opened):
        return relative_demand(ctx, figure, claim, text, None, lately=True)  # "미국이 제시한 액수가 ... 15% 인상된"
    if figure.value < 100 and cues.OFFER.search(opened) and korean_side(opened):
        return unplaced(ctx, figure, claim, text, "a Korean position the record does not hold as a percentage")
    return own or increase(ctx, figure, claim, text)


# Right before a percentage, the rise it measures: "by 400 percent".
_BY = Pattern(r"\bby\s(?:about |some |roughly |nearly |almost |around |as much as |up to )?$", re.IGNORECASE)
# Between a demand and a percentage said of it: "the US demand for $1.3 billion, which is raising 50%".
_WHICH_IS = Pattern(r",\s?which (?:is|was|would be|means)\b[^,.;]{0,20}", re.IGNORECASE)


# Between the amount and its rise: "1조389억 원으로 전년 대비 8.2%", "₩1.04 trillion, up 8.2 percent".
_RISE_OF = Pattern(
    r"(?:원|달러)?(?:으로|로)?,?\s?(?:전년\s?(?:대비|보다|에 비해)\s?|(?:up|an increase of|a rise of)\s)", re.IGNORECASE
)


# Right before a percentage, the rate of a rise named by no other measure ("올해 인상률 13.9%는 지난해 국방비
# 증가율 7.4%에 ... 더한 수치"): the payment's, though another budget is named after it.
_OWN_RATE = Pattern(r"(?:^|[\s(])(?:올해|내년|\d{4}년도?)\s?(?:의\s?)?(?:인상률|증가율)(?:은|는|이|가)?\s?$")
# Inflation, by which a percentage is another measure's ("allowed for increases of up to 4% a year for
# inflation"), though an amount beside it is the SMA ("sets Seoul's 2026 contribution at about ₩1.52
# trillion ... and keeps annual rises tied to inflation").
_INFLATION = Pattern(r"\binflation\b", re.IGNORECASE)
# Right before a percentage, another thing's growth named as its own ("국방비 증가율 7.4%", "근로자 인건비
# 증액분 6.5%", "defense spending growth of 7.4%", "정부 총지출 증가율을 8.9%에서"): that thing's change, even in
# a sentence about the SMA.
_ANOTHER_GROWTH = Pattern(
    r"(?:국방비|국방\s?예산|임금|인건비|물가|총지출|\bwages?|\bdefen[cs]e (?:budget|spending)|\binflation)\s?(?:의\s?)?"
    r"(?:증가율|인상률|상승률|증액분|증가분|growth(?: rate)?|increase|rise)"
    r"(?:\s?(?:은|는|이|가|을|를|of|was|is)|,?\s(?:which|that) (?:amounted to|was|is|came to|stood at))?\s?$"
    r"|(?:국방비|국방\s?예산)(?:를|을)\s(?:(?!분담|방위비).){0,40}$",  # "내년 국방비를 ... 두 배인 8.2%를 증가시킨"
    re.IGNORECASE,
)


# A change over a number of years: "6년 만에", "in six years", "over the past five years".
_YEARS_SPANNED = Pattern(
    r"(?P<n>\d{1,2})년\s?만에|\b(?:in|over)\s(?:the\s(?:past|last)\s)?(?:(?P<n2>\d{1,2})|(?P<w>two|three|four|five|six|"
    r"seven|eight|nine|ten))\syears\b",
    re.IGNORECASE,
)


# Why a percentage that is a share, a limit or another budget's is left unplaced.
_SHARE = "a share or a limit, or another budget: not a change of the payment"
# Between the two ends of a range of percentages: "6.6%에서 14.5%까지", "6.6 to 14.5 percent".
_RANGE = Pattern(r"\s?(?:에서|~|∼|-|–|to)\s?")
# Between two percentages of one verb: "at least 6.6 percent and up to 14.5 percent more".
_AND_UP_TO = Pattern(r",?\s(?:and|or)\s(?:up to |as much as |at most |최대 )?")


def _amounts_beside(ctx: Context, figure: Figure, low: int, high: int) -> list[Figure]:
    """The amounts of the percentage's own clause, within 60 characters of it."""
    out = []
    for f in ctx.within(max(low, figure.start - 60), min(high, figure.end + 60)):
        if f is figure or f.money is None:
            continue
        a, b = (f.end, figure.start) if f.end <= figure.start else (figure.end, f.start)
        # (a relative clause speaks of the amount before it: "a budget of $700 billion, which increased 15.5%")
        if not cues.CLAUSE.search(ctx.text, a, b) or (f.end <= figure.start and _WHICH.match(ctx.text, f.end)):
            out.append(f)
    return out


_WHICH = Pattern(r",?\s(?:which|that)\s")


def beyond_the_sma(ctx: Context, amount: Figure) -> bool:
    """Whether an amount is over twice the largest sum the SMA has been or been asked to be by --date
    (a defense budget of ₩54.6tn, Japan's of ¥4.88tn): another budget. The largest in each currency
    is converted, at the rate of --date (a margin of two times needs no finer rate)."""
    assert amount.money is not None
    largest = ctx.largest_sums
    if amount.money.amount <= 2 * largest.get(amount.money.currency, Decimal(0)):
        return False  # within twice a sum in its own currency: the common case, with no conversion
    year = ctx.day.year if ctx.day is not None else max(ctx.rows)
    top = max(
        in_claim_unit(ctx, Money(value, currency), amount.money.currency, year)[0].amount
        for currency, value in largest.items()
    )
    return amount.money.amount > 2 * top


def _change_to(ctx: Context, figure: Figure, amounts: list[Figure], claim: int, text: str) -> Check | None:
    """The change of the year whose payment the amount the percentage rose to (or that rose by
    it) is ("전년보다 8.2% 증액된 1조389억 원": 2019's), where that change fits the percentage."""
    for amount in amounts:
        if amount.start >= figure.end:
            tied = cues.ROSE_TO.fullmatch(ctx.text, figure.end, amount.start)
        else:
            tied = _RISE_OF.fullmatch(ctx.text, amount.end, figure.start)
        if tied is None:
            continue
        years = [y for y in ctx.rows if payment_in(ctx, amount, y, claim, text, "").verdict == "holds"]
        changes = [c for y in years if (c := change_of(ctx, figure, y, claim, text)) is not None]
        best = best_fit(figure, changes)
        if best is not None and best.verdict == "holds":
            return best
    return None


def _budget_of(ctx: Context, figure: Figure, low: int, high: int) -> bool:
    """Whether words of another budget (a defense budget, inflation, wages) in the sentence are the
    figure's: no other figure stands between them ("The 8.2 percent figure marks the increase in
    South Korea's defense budget"; not the 13.9% of "The 13.9 percent increase reflects a 7.4
    percent growth in South Korea's defense budget")."""
    said = (*not_sma_words.NOT_SMA.finditer(ctx.text, low, high), *cues.OTHER_GROWTH.finditer(ctx.text, low, high))
    for m in said:
        a, b = (figure.end, m.start()) if m.start() >= figure.end else (m.end(), figure.start)
        # (the budget's own sum, far beyond the SMA, is no other figure: "a 2023 defense budget of 57-point-13
        # trillion won ..., up four-point-six percent")
        between = [
            f
            for f in ctx.within(low, high)
            if f is not figure and a <= f.start and f.end <= b and not (f.money is not None and beyond_the_sma(ctx, f))
        ]
        # words heading a list of rates are each rate's ("국방예산 증가율은 2009년 7.1%에서 2013년 4.2%, ...")
        if not between or (m.end() <= figure.start and all(f.kind == "pct" for f in between)):
            return True
    return False


def _budget_before(ctx: Context, low: int) -> bool:
    """Whether the sentence before speaks of another budget and not of the SMA ("2023년도 국방예산
    57조143억원이 ... 확정됐다. 전년 대비 4.4% 증가했다.")."""
    before = ctx.text[slice(*sentence_before(ctx.text, low))]
    other = not_sma_words.NOT_SMA.search(before) or cues.OTHER_GROWTH.search(before)
    return bool(other) and not cues.SMA_TOPIC.search(before)


def increase(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    """A change of the payment: of the year the sentence places it in (after its base); between two
    years it names more than a year apart ('2018 ... 2025 ... 46.1%'), or a year it names and one it
    says ('In 2018 ... this year ... 46.1%') where that fits; else, with only --date to go by, the
    nearest change of the agreements agreed by then."""

    steps = [abs(r.change_pct) for r in ctx.rows.values() if r.change_pct]
    if steps and 0 < figure.value < min(steps) / 2:  # "독일(0.016%)": no change was ever so small
        return unplaced(ctx, figure, claim, text, "far smaller than any change of the payment: a share, not a change")
    if steps and 3 * max(steps) < figure.value < 100:  # "a 72.3 percent cut from this year's budget" of one item
        return unplaced(ctx, figure, claim, text, "far larger than any change of the payment: another measure's")
    found = year_cues(ctx, figure)
    named = named_years(ctx, figure, found)
    span = _YEARS_SPANNED.search(ctx.text, *sentence(ctx.text, figure))
    if ctx.year is None and span is not None and len(named) == 1:
        # "2018년 9,602억 원에서 6년 만에 40%나 올랐다": over the years from the base named
        n = int(span["n"] or span["n2"] or NUMBER_WORDS[span["w"].lower()])
        # from the year named, where that reaches no later than --date; else up to it
        since = ctx.day is None or named[0] + n <= ctx.day.year
        first, last = (named[0], named[0] + n) if since else (named[0] - n, named[0])
        over = change_between(ctx, figure, first, last, claim, text)
        if over is not None:
            return over
    if ctx.year is None and len(named) == 2 and named[1] - named[0] > 1:
        between = change_between(ctx, figure, named[0], named[1], claim, text)
        if between is not None:
            return between
    year, how = year_of(ctx, figure, change=True)
    if year is None:
        return unplaced(ctx, figure, claim, text, "no year named and no --date or --year")
    if ctx.year is None and how == "relative" and len(named) == 1 and year - named[0] > 1:
        # "In 2018 ... was 960.2 billion won, whereas this year it has increased by 46.1%": over the years between
        between = change_between(ctx, figure, named[0], year, claim, text)
        if between is not None and between.verdict in ("holds", "close"):
            return between
    if how not in ("date", "current", "past"):
        return change_of(ctx, figure, year, claim, text) or unplaced(
            ctx, figure, claim, text, f"no year-on-year change for {year} in the record"
        )
    assert ctx.day is not None
    agreements = [a for a in agreed_by(ctx) if a.last >= year] or agreed_by(ctx)[-1:]
    numbers = {a.number for a in agreements}
    changes = [r for r in ctx.rows.values() if r.sma in numbers and r.change_pct is not None]
    if not changes:
        return unplaced(ctx, figure, claim, text, f"no year-on-year change agreed by {ctx.day}")
    said = -figure.value if said_fall(ctx.text, figure) else figure.value  # "an 8.9 percent drop": -8.9
    row = min(changes, key=lambda r: (abs((r.change_pct or Decimal(0)) - said), r.year))
    if abs((row.change_pct or Decimal(0)) - said) > max(Decimal(2), figure.value / 2):
        why = f"no year named, and no change of the agreements agreed by {ctx.day} near {figure.span}"
        return unplaced(ctx, figure, claim, text, why)
    label = f"change {row.year - 1}→{row.year} (the nearest of the agreements agreed by {ctx.day})"
    assert row.change_pct is not None
    return compared(figure, claim, text, "increase", label, row.year, row.change_pct, None, row.source)


def change_of(ctx: Context, figure: Figure, year: int, claim: int, text: str) -> Check | None:
    row = ctx.rows.get(year)
    if row is None or row.change_pct is None:
        return None
    label = f"change {year - 1}→{year}"
    return compared(figure, claim, text, "increase", label, year, row.change_pct, None, row.source)


def change_between(ctx: Context, figure: Figure, first: int, last: int, claim: int, text: str) -> Check | None:
    """The change of the payment from ``first`` to ``last``, in the currency of ``last`` (the
    earlier converted at its own year's average rate where the currency changed)."""
    if first not in ctx.rows or last not in ctx.rows:
        return None
    a, b = ctx.rows[first].amount, ctx.rows[last].amount
    if a.currency != b.currency:
        a, _ = in_claim_unit(ctx, a, b.currency, first, paid=True)
    with localcontext(WIDE):
        pct = ((b.amount / a.amount - 1) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    label = f"change {first}→{last}"
    return compared(figure, claim, text, "increase", label, last, pct, None, ctx.rows[last].source)
