"""A demand's ratio: a multiple or a percentage more said of a US demand ("five times", "400%
more", "5배"), against the payment of the year before the year the demand is for, at the rate of
the year it was made. Pure functions, no I/O."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import TYPE_CHECKING

from smacalc.calc import cues
from smacalc.calc.claim_positions import NEAR, made_by, positions_by
from smacalc.calc.claim_rows import Check, Context, compared, recent, unplaced
from smacalc.calc.rates import convert
from smacalc.calc.reading import Figure
from smacalc.calc.sentences import sentence
from smacalc.calc.verdicts import verdict
from smacalc.money import Money
from smacalc.numbers import WIDE
from smacalc.patterns import Pattern

if TYPE_CHECKING:
    from smacalc.record.talks import Position


def multiple(ctx: Context, figure: Figure, demand: Check | None, claim: int, text: str) -> Check:
    # ("is said to have requested a five-fold increase": a -fold is never a count of times)
    if not re.search(r"fold", figure.span, re.I) and cues.REPEATED.search(
        ctx.text[max(0, figure.start - 40) : figure.start]
    ):
        return unplaced(ctx, figure, claim, text, "a count of times, not a multiple")
    if re.match(r"\s*(?:the|what)\s(?:\w+ )?(?:increase|offer|proposal|raise|hike|rise)\b", ctx.text[figure.end :]):
        return unplaced(ctx, figure, claim, text, "a multiple of an increase or an offer, not of the payment")
    low, high = sentence(ctx.text, figure)
    if demand is None and cues.JAPAN.search(ctx.text[low:high]) and not cues.KOREA_SMA.search(ctx.text[low:high]):
        return unplaced(
            ctx, figure, claim, text, "a multiple said of Japan's support; the record holds no demand on Japan"
        )
    asked = cues.ASKED_OF_JAPAN.search(ctx.text, max(low, figure.start - 80), figure.start)
    if asked is not None or _OF_JAPAN_KO.search(ctx.text, max(low, figure.start - 48), figure.start):
        # "asked Tokyo to quadruple", "일본에 주일미군 방위비 분담금을 4배로 늘리라고 요구": a demand on Japan
        return unplaced(ctx, figure, claim, text, "a multiple asked of Japan; the record holds no demand on Japan")
    said = ctx.text[low:high]
    # a demand, or the US side's proposal or mention of a sum ("트럼프 전 대통령은 ... 5배 인상안을 내놨으나")
    if demand is not None or cues.DEMAND.search(said) or (cues.US.search(said) and _PUT_FORWARD.search(said)):
        return relative_demand(ctx, figure, claim, text, demand)
    # (not one said with a rise: "이는 전년 대비 787억 원 증액된 것으로, ... 185억 원의 4.3배": a multiple of rises)
    sum_ko = _A_SUM_IS_KO.match(ctx.text, low) and not re.search(r"증액|인상|증가", ctx.text[low : figure.start])
    # ("That is more than five times the US$900 million": the sentence opens with it)
    if _A_SUM_IS.search(ctx.text[max(low, figure.start - 48) : figure.start]) or sum_ko:
        # "The sum is more than five times the $900 billion paid last year", "This figure is nearly nine times":
        # a sum said before, the demand of talks near it, where one is near the figure: of talks under way (in the
        # 18 months before --date), unless the sentence speaks of the time of talks past (당시, at the time)
        past = _TALKS_PAST.search(said) is not None
        return relative_demand(ctx, figure, claim, text, None, lately=not past)
    return unplaced(ctx, figure, claim, text, "a multiple with no demand to set it against")


# Before a multiple, Japan as the one asked, no Korea between: "일본에 주일미군 방위비 분담금을".
_OF_JAPAN_KO = Pattern(r"(?:일본|도쿄)(?:에|에게|측에)(?:도|게도)?\s[^.한]{0,40}$")
# Before a multiple, a sum the sentence before spoke of, as its subject: "The sum is", "This figure is", "the
# figure that is"; in Korean, heading the sentence: "이같은 금액은 ... 9배나 많은 금액입니다", "이는 ... 5배에".
# The time of talks past: "이는 당시 한국이 부담하는 방위비 분담금의 5배".
_TALKS_PAST = Pattern(r"당시|\bat the time\b|\bthen\b", re.IGNORECASE)
_A_SUM_IS_KO = Pattern(
    r"\s*(?:(?:하지만|그러나|또한?),?\s)?(?:이는|이것은|이\s?같은 (?:금액|액수)은|이 (?:금액|액수)은)\s"
)
_A_SUM_IS = Pattern(
    r"(?:\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:sum|figure|amount|number)(?: that| which)?|^\s*(?:That|This|It))"
    r"\s(?:is|was|would be)\s"
    r"(?:about |roughly |nearly |almost |more than )?$"
)


# What the US side does with a multiple that is its ask: proposes it, puts it forward, names it.
_PUT_FORWARD = Pattern(
    r"인상안|제시|제안|내놨|내놓|언급|\bpropos|\bfloated\b|\bput forward\b|\btabled\b", re.IGNORECASE
)


def ratio_options(ctx: Context, figure: Figure) -> list[tuple[Decimal, Position, Decimal, Money]]:
    """Each recorded US demand against the payment of the year before the year it is for, at the
    rate of the year it was made: (distance from the figure, position, ratio or % more, base). The
    demands' ratios are worked out once a batch for each day (a claim asks for them several times)."""
    key = (ctx.day, ctx.rate, figure.kind == "pct")
    if key not in ctx.rows.ratios:
        ctx.rows.ratios[key] = _ratios(ctx, pct=figure.kind == "pct")
    return [(abs(record - figure.value), p, record, base) for p, record, base in ctx.rows.ratios[key]]


def _ratios(ctx: Context, *, pct: bool) -> list[tuple[Position, Decimal, Money]]:
    out: list[tuple[Position, Decimal, Money]] = []
    for p in positions_by(ctx, "US"):
        if p.amount is None or (p.for_year - 1) not in ctx.rows:
            continue
        base = ctx.rows[p.for_year - 1].amount
        at = ctx.rate_of({p.amount.currency, base.currency}, p.year, ctx.rate)
        demand = convert(p.amount, base.currency, at)
        with localcontext(WIDE):
            factor = demand.amount / base.amount
            record = (factor - 1) * 100 if pct else factor
        out.append((p, record.quantize(Decimal("0.1") if pct else Decimal("0.01"), rounding=ROUND_HALF_UP), base))
    return out


def ratio_row(figure: Figure, claim: int, text: str, option: tuple[Decimal, Position, Decimal, Money]) -> Check:
    _, p, record, base = option
    with localcontext(WIDE):
        factor = 1 + figure.value / 100 if figure.kind == "pct" else figure.value
        implied = Money(base.amount * factor, base.currency).round_minor()
    assert p.amount is not None
    label = f"US demand of {p.amount.human()} ({p.date}) against the {p.for_year - 1} payment"
    return compared(figure, claim, text, "ratio", label, p.for_year, record, None, p.source, implied)


def ratios(ctx: Context, figure: Figure, claim: int, text: str, talks: int | None = None) -> list[Check]:
    """The figure as the ratio of each US demand made in the 18 months before --date, or made in
    the talks for the year ``talks`` (other readings of a figure placed otherwise: a demand of
    other talks is no reading of it)."""
    return [
        ratio_row(figure, claim, text, o)
        for o in ratio_options(ctx, figure)
        if recent(ctx, o[1]) or o[1].for_year == talks
    ]


def relative_demand(
    ctx: Context, figure: Figure, claim: int, text: str, placed: Check | None, *, lately: bool = False
) -> Check:
    """'X% more' or 'N times': a recorded US demand against the payment of the year before the year
    it is for, at the rate of the year it was made. The demand the sentence names; else, where a
    recorded demand is near the figure, the first demand of those talks. ``lately``: only demands
    made in the 18 months before --date."""
    options = [o for o in ratio_options(ctx, figure) if not lately or recent(ctx, o[1])]
    if placed is not None:
        options = [o for o in options if amount_is(placed, o[1])] or options
    if not options:
        return unplaced(ctx, figure, claim, text, "no recorded US demand with an amount" + made_by(ctx))
    nearest = ratio_row(figure, claim, text, min(options, key=lambda o: (o[0], o[1].date)))
    if placed is not None:
        return nearest
    if nearest.record is None or (
        abs(figure.value / nearest.record - 1) > NEAR
        and not (figure.hedge == "more than" and verdict(figure.value, nearest.record, figure.hedge) == "holds")
    ):
        # beyond a fifth of it, and not a bound it meets ("4배가 넘는"): no recorded demand is the one meant
        why = f"no recorded US demand{made_by(ctx)} near {figure.span}; the nearest: {nearest.refers_to}"
        return unplaced(ctx, figure, claim, text, why)
    if figure.kind == "pct" and figure.value < 100:
        return nearest  # "a 50% rise demanded": the demand it is nearest (the $1.3bn, 47.7% more)
    # No demand named, and one near it: those talks' first demand ("Trump demanded five times", "400% more",
    # is the $5 billion, not the lower asks that followed it).
    talks = [o for o in options if o[1].for_year == nearest.year]
    first = min(talks, key=lambda o: o[1].date)
    if abs(figure.value / first[2] - 1) > NEAR and verdict(figure.value, first[2], figure.hedge) != "holds":
        return nearest  # far from the first, near a later one: "약 4배" in March 2020 is the $4bn then asked
    # the same amount asked again is the one last made ($10bn, 2024-10 and 2025-07: at 2025's rate)
    again = [o for o in talks if o[1].amount == first[1].amount]
    return ratio_row(figure, claim, text, max(again, key=lambda o: o[1].date))


def amount_is(placed: Check, p: Position) -> bool:
    return placed.refers_to.startswith(f"US demand of {p.amount.human() if p.amount else ''} ({p.date}")
