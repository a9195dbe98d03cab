"""Precise before bold: a figure's first reading stands unless it is too bold. `off` is an
accusation: a figure printed to many digits yet far off is another quantity; a bound far from what
it would be says nothing of it; an off that another reading the sentence allows fits (another year
it names, a demand, a change between years) leaves the figure unplaced, naming both. Pure
functions, no I/O."""

from __future__ import annotations

import re
from decimal import Decimal

from smacalc.calc import cues, not_sma_words
from smacalc.calc.agreed import first_years_agreed_in, numbered_first_years
from smacalc.calc.claim_changes import change_between, change_of
from smacalc.calc.claim_differences import difference, difference_in
from smacalc.calc.claim_payments import payment_in
from smacalc.calc.claim_positions import position, stated_pct
from smacalc.calc.claim_ratios import ratios
from smacalc.calc.claim_rows import Check, Context, is_exactly, near_words, of_its_size, unplaced
from smacalc.calc.claim_years import named_years, year_cues, year_of, years_printed
from smacalc.calc.reading import Figure
from smacalc.calc.sentences import sentence, sentence_before
from smacalc.calc.verdicts import PRECISE_DIGITS, PRECISE_FAR, significant_digits
from smacalc.patterns import Pattern


def settled(ctx: Context, figure: Figure, placed: Check, named: Check | None, claim: int, text: str) -> Check:
    """The first reading of a figure, unless it is too bold: a figure printed to many digits far off, a
    bound far from what it would be, an off that another reading the sentence allows fits. ``named``:
    for a ratio, the demand its sentence names."""
    if (
        placed.verdict == "off"
        and placed.kind in ("payment", "troops", "increase")
        and _another_quantity(figure, placed)
    ):
        why = (
            f"given to {significant_digits(figure.value)} digits, yet far from the {placed.refers_to}: "
            "another quantity (a part of it, a total with other costs, another count)"
        )
        return unplaced(ctx, figure, claim, text, why)
    if placed.verdict == "off" and placed.kind == "japan":
        why = f"no figure of Japan's support near {figure.span}; the nearest: {placed.refers_to}"
        return unplaced(ctx, figure, claim, text, why)
    positional = placed.kind in ("demand", "offer") and figure.kind == "pct"  # a position's percentage
    if (
        placed.kind == "payment"
        and placed.verdict == "holds"
        and figure.hedge in ("more than", "up to")
        and placed.record
        and not of_its_size(figure, placed.record)
    ):
        # "more than $200 million" holds of any larger payment: far from it, it says nothing of it, unless it
        # is exactly a demand of talks under way ("up to $5 billion annually")
        asked = exactly_demanded(ctx, figure, claim, text)
        if asked is not None:
            return asked
        why = f"a bound far from the {placed.refers_to}: another quantity"
        return unplaced(ctx, figure, claim, text, why)
    if placed.verdict != "off" or (placed.kind not in ("payment", "increase", "ratio") and not positional):
        return placed
    if (
        placed.kind == "ratio"
        and named is not None
        and named.verdict == "holds"
        and named.refers_to.split(", for ")[0] == placed.refers_to.split(") against ")[0]
    ):
        return placed  # "a fivefold increase, to $5 billion", "400% 인상된 50억 달러": of the demand it names
    return _precise(ctx, figure, placed, _other_readings(ctx, figure, placed, claim, text))


def exactly_demanded(ctx: Context, figure: Figure, claim: int, text: str) -> Check | None:
    """The US demand of talks under way (or of the year named) that the amount is exactly, within
    EXACT ("$1.3 billion", "up to $5 billion annually"); None where none is."""
    asked = position(ctx, figure, "US", claim, text, change=True)
    return asked if is_exactly(figure, asked) else None


def _another_quantity(figure: Figure, placed: Check) -> bool:
    """A figure printed to many digits and far off: a careless claim is round, so this is another
    quantity the record does not hold (a budget line, unspent funds, a total with indirect costs,
    active-duty soldiers only), not a wrong payment or count."""
    if placed.kind == "increase" and figure.money is None:
        return False  # a percentage
    digits = PRECISE_DIGITS - 1 if placed.kind == "increase" else PRECISE_DIGITS
    if not placed.record or significant_digits(figure.value) < digits:
        return False
    return abs(figure.value / placed.record - 1) * 100 > PRECISE_FAR


# After a figure, the case it is worked out for: "will exceed 1 trillion won for the first time if it accepts
# Washington's request", "요구를 받아들이면".
_IF_ACCEPTED = Pattern(
    r"\bif (?:it|Seoul|(?:South )?Korea|the government) (?:accepts|agrees to|accepted|agreed to)\b"
    r"|요구를 (?:받아들이면|수용하면)",
    re.I,
)


def _precise(ctx: Context, figure: Figure, placed: Check, others: list[Check]) -> Check:
    """``placed`` (off), unless another reading the sentence allows fits the figure: then the figure
    could mean two things with different verdicts, and is unplaced, naming both (but a change one
    reading, a year's rise, matches exactly is that rise). `off` is given only to a figure every
    plausible reading finds off."""
    if cues.HYPOTHETICAL.search(
        ctx.text[max(sentence(ctx.text, figure)[0], figure.start - 60) : figure.start]
    ) or _IF_ACCEPTED.search(ctx.text, figure.end, figure.end + 60):
        demanded = exactly_demanded(ctx, figure, placed.claim, placed.text) if figure.money is not None else None
        if demanded is not None:  # "if I were there now, they would pay us 10 billion dollars": the demand so made
            return demanded
        why = f"a figure worked out for a case, not a fact: {placed.refers_to} would be off"
        return unplaced(ctx, figure, placed.claim, placed.text, why)
    if placed.kind == "payment" and year_of(ctx, figure)[1] == "date" and _started_from(ctx, figure):
        why = f"the amount a rise over years started from, its year not said: {placed.refers_to} would be off"
        return unplaced(ctx, figure, placed.claim, placed.text, why)
    # another reading fits where it holds or is close, and is of the figure's size ("up to 400%" is
    # not a 3.4% change, though 3.4 is under 400)
    fits = [
        o
        for o in others
        if o.verdict in ("holds", "close")
        and o.refers_to != placed.refers_to
        and (not o.record or of_its_size(figure, o.record))
        # a multiple, or a percentage more, is its talks' first demand: their later, lower asks are no second
        # reading ('400 percent increase' is the $5bn's, not the $4.7bn's)
        and not (placed.kind == o.kind == "ratio" and placed.year == o.year)
    ]
    if placed.kind == "increase" and placed.record == 0 and figure.value:
        # a rise said of a year in which nothing changed (2020, frozen at 2019's amount) is not that
        # year's change: the one other reading that holds is the figure's ("13% 인상안" in 2020)
        held = [o for o in fits if o.verdict == "holds"]
        if len({(o.kind, o.year, o.record) for o in held}) == 1:  # one reading, or one change said two ways
            return held[0]
        named = any(c.how == "named" and c.year == placed.year for c in year_cues(ctx, figure))
        if not fits and not named:  # nothing else fits, no year said: which year's rise ("is increasing, by 6.6%")
            why = f"a rise said of {placed.year}, in which the payment did not change: its year cannot be told"
            return unplaced(ctx, figure, placed.claim, placed.text, why)
    record = placed.record
    far = (
        placed.kind == "payment"
        and record is not None
        and record != 0
        and not Decimal(1) / 2 <= figure.value / record <= 2
    )
    if (
        far
        and figure.money is not None
        and (
            not not_sma_words.NOT_SMA.search(ctx.text, *sentence(ctx.text, figure))
            or cues.DEMAND.search(near_words(ctx, figure))
        )
    ):
        # Far from any payment: a recorded demand or a difference of two years that it matches
        # exactly is the one reading that fits (unless the sentence speaks of the US's costs, and no
        # demand near it: "전략무기 사용료 등을 근거로 ... 분담금 6조를 한국측에 요구").
        readings = (*fits, difference(ctx, figure, placed.claim, placed.text))
        if not any(o.kind == "demand" for o in readings):  # a recorded demand it matches, said or not
            readings = (*readings, position(ctx, figure, "US", placed.claim, placed.text))
        only = [o for o in readings if o.verdict == "holds" and o.kind in ("demand", "increase")]
        if len(only) == 1:
            return only[0]
    paid = (
        cues.PAID.search(near_words(ctx, figure)) is not None
        or _said_paid(ctx, figure)
        or _PAYMENT_IS.search(ctx.text, max(0, figure.start - 14), figure.start) is not None
    )
    if placed.kind == "payment" and figure.money is not None and significant_digits(figure.value) > 1 and not paid:
        # off as a payment, given to two digits or more ("$1.3 billion", not a round "$1 billion"), not
        # said to be paid, and exactly a demand of talks under way ("the State Department came up with
        # $1.3 billion"): that demand
        asked = position(ctx, figure, "US", placed.claim, placed.text, change=True)
        if is_exactly(figure, asked):
            return asked
        if asked.verdict == "holds" and not far:
            fits = [*fits, asked]  # "a lower figure of about $1.2 billion": that demand, or a wrong payment
    if not fits and far and not paid:
        why = f"not said to be paid, and far from the {placed.year} payment ({placed.refers_to})"
        return unplaced(ctx, figure, placed.claim, placed.text, why)
    if not fits:
        return placed
    distinct: list[Check] = []  # one demand reported twice is one reading
    for o in fits:
        if not any((o.kind, o.record, o.verdict) == (d.kind, d.record, d.verdict) for d in distinct):
            distinct.append(o)
    # a change given to two digits or more that one reading, a year's rise, matches exactly ("8.2 percent" in
    # a sentence naming 2017 and 2019): so precise a match is no coincidence; that rise
    exact = [o for o in distinct if o.kind == "increase" and is_exactly(figure, o)]
    if len(exact) == 1 and significant_digits(figure.value) >= 2:
        return exact[0]
    also = "; ".join(f"{o.refers_to} ({o.verdict})" for o in distinct[:2])
    why = f"ambiguous: {placed.refers_to} (off) or {also}"
    return Check(placed.claim, placed.text, figure, None, f"unplaced: {why}", None, None, "unplaced")


# Right before an amount, words that say it was paid, or name it a year's payment: no other
# reading as a demand ("South Korea paid $990,000,000", "2019년 방위비 10억 달러").
_PAID_AS = Pattern(
    r"(?:\b(?:paid|pays|is paying|was paying)\s+(?:(?:the U\.S\.|the US|the United States|Washington|America)\s)?"
    r"(?:about |some |nearly |almost |only |just |roughly )?"
    r"|(?:19|20)\d\d년\s?(?:방위비|분담금|방위비 분담금)\s?(?:은|는|이|가)?\s?)$",
    re.IGNORECASE,
)


# Around an amount, that a rise over years started from it ("초기 1073억원에서 해마다 늘어났고", "has grown from
# $150 million").
_FROM_IT_ROSE = Pattern(r"\s?에서\s(?:\S+\s){0,2}?(?:늘|증가|올|인상|불어|상승)")
_ROSE_FROM = Pattern(
    r"\b(?:grown|grew|risen|rose|increased|climbed|gone up|jumped|soared)\s+from\s+(?:about |around |roughly |some )?$",
    re.IGNORECASE,
)


def _started_from(ctx: Context, figure: Figure) -> bool:
    """Whether a rise over years started from the amount."""
    return bool(
        _FROM_IT_ROSE.match(ctx.text, figure.end)
        or _ROSE_FROM.search(ctx.text, max(0, figure.start - 40), figure.start)
    )


def _said_paid(ctx: Context, figure: Figure) -> bool:
    """Whether the words right around an amount say it is paid: "paid as", "their current bill of",
    "the $900 billion paid last year"."""
    low = sentence(ctx.text, figure)[0]
    return bool(
        _PAID_AS.search(ctx.text[max(low, figure.start - 24) : figure.start])
        or cues.PAYMENT_SAID.search(ctx.text[max(low, figure.start - 60) : figure.start])
        or cues.PAID_AFTER.match(ctx.text, figure.end)
    )


def _other_readings(ctx: Context, figure: Figure, placed: Check, claim: int, text: str) -> list[Check]:
    """What else the figure could be, by the years the sentence names or implies (and, for a
    percentage, the change between two years it names, and the recorded positions)."""

    years = {c.year for c in year_cues(ctx, figure)}
    if not any(c.how == "named" for c in year_cues(ctx, figure)):
        # the years the sentence before names ("... defense costs in 2026. It is worth 1.5 trillion won")
        years |= years_printed(ctx.text, *sentence_before(ctx.text, sentence(ctx.text, figure)[0]))
    bases = {c.year + 1 for c in year_cues(ctx, figure) if c.base}
    named_here = year_of(ctx, figure)[1] == "named"  # a year named in the figure's own clause is no guess
    if ctx.day is not None and ctx.year is None and not named_here:
        years |= {ctx.day.year, ctx.day.year - 1}
    # (not where the change's base year is printed beside it: "2024년보다 약 8.3% 인상", "up 8.3% from 2025")
    own_base = any(
        c.base and (0 <= c.start - figure.end <= 12 or 0 <= figure.start - c.end <= 12) for c in year_cues(ctx, figure)
    )
    if ctx.day is not None and ctx.year is None and figure.kind == "pct" and not own_base:
        years |= first_years_agreed_in(ctx, years)  # "reached an agreement last year on an 8.3 percent increase"
    # the first years of the agreements named by number ("8차 및 9차 SMA의 증액규모 185억 원(2.5%)"), not where
    # the change's base year is printed beside it
    numbered = set() if own_base else numbered_first_years(ctx, *sentence(ctx.text, figure))
    years |= numbered
    talks = placed.year if placed.kind == "ratio" else None  # its own talks' other demands are readings too
    out: list[Check | None] = []
    if placed.kind == "increase" and figure.money is not None:
        # a change said as an amount, of each year the sentence names ("8차(2009년) 및 9차(2014년) 협정 첫 해의
        # 증액 규모인 185억 원"): not only between the two
        said = {*named_years(ctx, figure, year_cues(ctx, figure)), *numbered}
        out += [difference_in(ctx, figure, y - 1, y, claim, text) for y in sorted(said) if y - 1 in ctx.rows]
    if placed.kind == "payment" or figure.money is not None:
        out += [payment_in(ctx, figure, y, claim, text, "") for y in sorted(years) if y in ctx.rows]
        low, high = sentence(ctx.text, figure)
        if not _said_paid(ctx, figure) and cues.DEMAND.search(
            ctx.text[max(low, figure.start - 120) : min(high, figure.end + 120)]
        ):
            out.append(position(ctx, figure, "US", claim, text))
    elif figure.kind == "pct":
        # and the change of each year an amount of the sentence is the payment of ("approximately $920 million
        # per year ..., an increase of about 8%")
        low, high = sentence(ctx.text, figure)
        paid = {
            y
            for f in ctx.within(low, high)
            if f.money is not None and f is not figure
            for y in ctx.rows
            if (ctx.day is None or y <= ctx.day.year) and payment_in(ctx, f, y, claim, text, "").verdict == "holds"
        }
        out += [change_of(ctx, figure, y, claim, text) for y in sorted(years | bases | paid) if y in ctx.rows]
        named = sorted(years)
        out += [change_between(ctx, figure, a, b, claim, text) for a in named for b in named if b - a > 1]
        # a demand's ratio, where a demand is spoken of
        if placed.kind == "ratio" or cues.DEMAND.search(ctx.text, low, high):
            out += ratios(ctx, figure, claim, text, talks)
        near = near_words(ctx, figure, back=120)
        out += [stated_pct(ctx, figure, claim, text, near, party) for party in ("US", "ROK")]
    else:
        out += ratios(ctx, figure, claim, text, talks)
    return [o for o in out if o is not None]


# Right before an amount, the payment it is named as: "한국측 방위비 분담금인 3억3,000만달러".
_PAYMENT_IS = Pattern(r"(?:분담금|분담액)인\s*(?:약\s*)?$")
