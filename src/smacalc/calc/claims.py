"""A sentence's figures against the record: what each figure refers to, by what the sentence says
of it (cues.py); the record's value in the claim's own unit; a verdict by stated rules. A figure
that could mean two things, or nothing the record holds, is `unplaced`, with the reason: `off` is
an accusation, given only to a figure placed with confidence. Pure functions, no I/O.

What an amount is, in this order: a conversion of the amount just before it (in brackets, or
"or about", "한화 약"); Japan's host-nation support (Japan named, or yen); not the SMA (what the US
spends, a trade figure, an investment: unplaced); a US demand or a Korean offer (by the verbs and
the actor around it); else a year's payment. See RULES in verdicts.py for the whole statement.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from smacalc.calc import cues
from smacalc.calc.claim_changes import (
    beyond_the_sma,
    change_between,
    change_of,
    difference,
    japan,
    japan_difference,
    percentage,
)
from smacalc.calc.claim_counts import count
from smacalc.calc.claim_payments import conversion, payment, payment_in
from smacalc.calc.claim_positions import multiple, party_of, position, ratios, stated_pct
from smacalc.calc.claim_rows import Check, Context, near_words, of_its_size, unplaced
from smacalc.calc.claim_years import sentence, year_cues, year_of
from smacalc.calc.escalation import ProjectionRow, project
from smacalc.calc.reading import Figure, normalise, read_figures
from smacalc.calc.verdicts import PRECISE_DIGITS, PRECISE_FAR
from smacalc.errors import DataError, InputError
from smacalc.record.dataset import Dataset
from smacalc.vocabulary import Pattern

MAX_TEXT = 10_000  # characters of one claim: a paragraph, not a document

NO_FIGURE = "no figure found in the text; smacalc reads amounts, percentages, multiples and troop counts"
# What may stand between an amount and its conversion: a bracket, "or (about)", "한화 약", "우리 돈".

_CONVERTS = Pattern(
    r"^[\s,:(（\[–—'’‘\"“”-]*(?:(?:or|i\.e\.|the|equivalent|of|to|about|approximately|approx\.|roughly|around|some|nearly|"
    r"annually|yearly|a year|per year|연간|매년|한국|"
    r"almost|just|under|over|which|is|was|amounted|amounts|worth|at|current|exchange|rates?|then|now|today|"
    r"US|U\.S\.|약|한화|한화로|우리|돈|원화|원화로|미화|환산|환산하면|면|으로|로|기준|상당|인민폐로|엔화로|달러로|당시|"
    r"환율로|"
    # a rate the text states for the conversion: (환율 1천245원 기준 6천100억원)
    r"환율\s?[\d,.천백]+\s?원)"
    r"[\s,:(（'’‘\"“”]*)*$",
    re.IGNORECASE,
)


def payments_by_year(data: Dataset) -> Mapping[int, ProjectionRow]:
    """Every year's payment of the record, the years claims are placed in."""
    return {r.year: r for r in project(data)}


def check(
    data: Dataset,
    text: str,
    day: dt.date | None = None,
    year: int | None = None,
    rate: Decimal | None = None,
    claim: int = 1,
    payments: Mapping[int, ProjectionRow] | None = None,
) -> list[Check]:
    """Every figure of ``text`` against the record; a text with no figure gives one unplaced row
    that says so. ``payments`` (from payments_by_year) spares a batch computing them for every claim."""
    if not text.strip():
        raise InputError("the text to check is empty; give a sentence with figures")
    if len(text) > MAX_TEXT:
        raise InputError(f"the text to check has {len(text):,} characters; smacalc reads claims of up to {MAX_TEXT:,}")
    rows = payments if payments is not None else payments_by_year(data)
    if day is not None and not min(rows) <= day.year <= max(rows):
        raise InputError(f"--date {day} is outside the record's years ({min(rows)}-{max(rows)})")
    found = read_figures(text)
    stated = [f for f in found if f.kind == "rate"]
    figures = [f for f in found if f.kind != "rate"]
    if not figures:
        return [Check(claim, text, None, None, f"unplaced: {NO_FIGURE}", None, None, "unplaced")]
    if rate is None and stated:
        rate = stated[0].value  # the text's own rate (at ₩1,245 to the dollar) converts its amounts
    ctx = Context(data, normalise(text), day, year, rate, rows, figures)
    # Amounts and counts first, in order (a conversion follows its amount); then percentages and
    # multiples, which may speak of a demand named after them ("a fivefold increase, to $5 billion").
    placed: list[Check | None] = [None] * len(figures)
    for i, figure in enumerate(figures):
        if figure.kind not in ("pct", "multiple"):
            placed[i] = _place(ctx, figure, i, placed, claim, text)
    for i, figure in enumerate(figures):
        if figure.kind in ("pct", "multiple"):
            placed[i] = _place(ctx, figure, i, placed, claim, text)
    return _one_payment_a_year([c for c in placed if c is not None], ctx)


def _one_payment_a_year(rows: list[Check], ctx: Context) -> list[Check]:
    """Where an amount of a sentence is a year's payment (it holds), another amount of that
    sentence placed on the same payment and off is something else of that year (a part of it, a
    total with other costs, a difference): unplaced, not an accusation."""
    paid = {
        (r.year, sentence(ctx.text, r.figure))
        for r in rows
        if r.kind == "payment" and r.verdict in ("holds", "close") and r.figure is not None
    }
    return [
        unplaced(
            ctx,
            r.figure,
            r.claim,
            r.text,
            f"another amount of the sentence is the {r.year} payment; this is "
            "a part of it, a total with other costs, or a difference",
        )
        if r.kind == "payment"
        and r.verdict == "off"
        and r.figure is not None
        and (r.year, sentence(ctx.text, r.figure)) in paid
        else r
        for r in rows
    ]


def _place(ctx: Context, figure: Figure, i: int, before: Sequence[Check | None], claim: int, original: str) -> Check:
    try:
        return _placed(ctx, figure, i, before, claim, original)
    except DataError as exc:
        return unplaced(ctx, figure, claim, original, str(exc))


def _placed(ctx: Context, figure: Figure, i: int, before: Sequence[Check | None], claim: int, text: str) -> Check:
    placed = _first_reading(ctx, figure, i, before, claim, text)
    if (
        placed.verdict == "off"
        and placed.kind in ("payment", "troops", "increase")
        and _another_quantity(figure, placed)
    ):
        why = (
            f"given to {_digits(figure.value)} digits, yet far from the {placed.refers_to}: "
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
        # "more than $200 million" holds of any larger payment: far from it, it says nothing of it
        why = f"a bound far from the {placed.refers_to}: another quantity"
        return unplaced(ctx, figure, claim, text, why)
    if placed.verdict != "off" or (placed.kind not in ("payment", "increase", "ratio") and not positional):
        return placed
    if placed.kind == "ratio" and figure.kind == "multiple":
        demand = _demand_between(ctx, figure, before, *sentence(ctx.text, figure))
        if demand is not None and demand.verdict == "holds":
            return placed  # "a fivefold increase, to $5 billion": the multiple of the demand it names
    return _precise(ctx, figure, placed, _other_readings(ctx, figure, placed, claim, text))


def _digits(value: Decimal) -> int:
    """The significant digits of a figure as printed: 2 for $990,000,000, 6 for 3천287억3천600만원."""
    return len(value.normalize().as_tuple().digits)


def _another_quantity(figure: Figure, placed: Check) -> bool:
    """A figure printed to many digits and far off: a careless claim is round, so this is another
    quantity the record does not hold (a budget line, unspent funds, a total with indirect costs,
    active-duty soldiers only), not a wrong payment or count."""
    if placed.kind == "increase" and figure.money is None:
        return False  # a percentage
    digits = PRECISE_DIGITS - 1 if placed.kind == "increase" else PRECISE_DIGITS
    if not placed.record or _digits(figure.value) < digits:
        return False
    return abs(figure.value / placed.record - 1) * 100 > PRECISE_FAR


def _precise(ctx: Context, figure: Figure, placed: Check, others: list[Check]) -> Check:
    """``placed`` (off), unless another reading the sentence allows fits the figure: then the figure
    could mean two things with different verdicts, and is unplaced, naming both. `off` is given
    only to a figure every plausible reading finds off."""
    if cues.HYPOTHETICAL.search(ctx.text[max(sentence(ctx.text, figure)[0], figure.start - 60) : figure.start]):
        why = f"a figure worked out for a case, not a fact: {placed.refers_to} would be off"
        return unplaced(ctx, figure, placed.claim, placed.text, why)
    # another reading fits where it holds or is close, and is of the figure's size ("up to 400%" is
    # not a 3.4% change, though 3.4 is under 400)
    fits = [
        o
        for o in others
        if o.verdict in ("holds", "close")
        and o.refers_to != placed.refers_to
        and (not o.record or of_its_size(figure, o.record))
        # a multiple is its talks' first demand: their later, lower asks are no second reading
        and not (figure.kind != "pct" and placed.kind == o.kind == "ratio" and placed.year == o.year)
    ]
    if placed.kind == "increase" and placed.record == 0 and figure.value:
        # a rise said of a year in which nothing changed (2020, frozen at 2019's amount) is not that
        # year's change: the one other reading that holds is the figure's ("13% 인상안" in 2020)
        held = [o for o in fits if o.verdict == "holds"]
        if len(held) == 1:
            return held[0]
    record = placed.record
    far = placed.kind == "payment" and record is not None and record != 0 and not of_its_size(figure, record)
    if far and figure.money is not None and not cues.NOT_SMA.search(ctx.text, *sentence(ctx.text, figure)):
        # Far from any payment: a recorded demand or a difference of two years that it matches
        # exactly is the one reading that fits (unless the sentence speaks of the US's costs).
        readings = (*fits, difference(ctx, figure, placed.claim, placed.text))
        if not any(o.kind == "demand" for o in readings):  # a recorded demand it matches, said or not
            readings = (*readings, position(ctx, figure, "US", placed.claim, placed.text))
        only = [o for o in readings if o.verdict == "holds" and o.kind in ("demand", "increase")]
        if len(only) == 1:
            return only[0]
    if not fits and far and not cues.PAID.search(near_words(ctx, figure)):
        why = f"not said to be paid, and far from the {placed.year} payment ({placed.refers_to})"
        return unplaced(ctx, figure, placed.claim, placed.text, why)
    if not fits:
        return placed
    distinct: list[Check] = []  # one demand reported twice is one reading
    for o in fits:
        if not any((o.kind, o.record, o.verdict) == (d.kind, d.record, d.verdict) for d in distinct):
            distinct.append(o)
    also = "; ".join(f"{o.refers_to} ({o.verdict})" for o in distinct[:2])
    why = f"ambiguous: {placed.refers_to} (off) or {also}"
    return Check(placed.claim, placed.text, figure, None, f"unplaced: {why}", None, None, "unplaced")


# Right after an amount, that it was paid ("the $900 billion paid last year by Seoul").
_PAID_AFTER = Pattern(r"\s(?:paid|was paid|that (?:Seoul|Korea|South Korea) paid)\b", re.IGNORECASE)


# Right before a figure, a number of one or two digits and a space: a figure broken in print ("8 2%").
_BROKEN = Pattern(r"(?<![\d.,])\d{1,2} $")


# Right before an amount, words that say it was paid, or name it a year's payment: no other
# reading as a demand ("South Korea paid $990,000,000", "2019년 방위비 10억 달러").
_PAID_AS = Pattern(
    r"(?:\b(?:paid|pays|is paying|was paying)\s+(?:about |some |nearly |almost |only |just |roughly )?"
    r"|(?:19|20)\d\d년\s?(?:방위비|분담금|방위비 분담금)\s?(?:은|는|이|가)?\s?)$",
    re.IGNORECASE,
)


def _other_readings(ctx: Context, figure: Figure, placed: Check, claim: int, text: str) -> list[Check]:
    """What else the figure could be, by the years the sentence names or implies (and, for a
    percentage, the change between two years it names, and the recorded positions)."""

    years = {c.year for c in year_cues(ctx, figure)}
    bases = {c.year + 1 for c in year_cues(ctx, figure) if c.base}
    named_here = year_of(ctx, figure)[1] == "named"  # a year named in the figure's own clause is no guess
    if ctx.day is not None and ctx.year is None and not named_here:
        years |= {ctx.day.year, ctx.day.year - 1}
    talks = placed.year if placed.kind == "ratio" else None  # its own talks' other demands are readings too
    out: list[Check | None] = []
    if placed.kind == "payment" or figure.money is not None:
        out += [payment_in(ctx, figure, y, claim, text, "") for y in sorted(years) if y in ctx.rows]
        low, high = sentence(ctx.text, figure)
        said_paid = _PAID_AS.search(ctx.text[max(low, figure.start - 24) : figure.start]) or cues.PAYMENT_SAID.search(
            ctx.text[max(low, figure.start - 60) : figure.start]
        )
        if not said_paid and cues.DEMAND.search(ctx.text[max(low, figure.start - 120) : min(high, figure.end + 120)]):
            out.append(position(ctx, figure, "US", claim, text))
    elif figure.kind == "pct":
        out += [change_of(ctx, figure, y, claim, text) for y in sorted(years | bases) if y in ctx.rows]
        named = sorted(years)
        out += [change_between(ctx, figure, a, b, claim, text) for a in named for b in named if b - a > 1]
        out += ratios(ctx, figure, claim, text, talks)
        near = near_words(ctx, figure, back=120)
        out += [stated_pct(ctx, figure, claim, text, near, party) for party in ("US", "ROK")]
    else:
        out += ratios(ctx, figure, claim, text, talks)
    return [o for o in out if o is not None]


def _first_reading(
    ctx: Context, figure: Figure, i: int, before: Sequence[Check | None], claim: int, text: str
) -> Check:
    if figure.kind in ("troops", "workers", "people"):
        return count(ctx, figure, claim, text)
    if _BROKEN.search(ctx.text, max(0, figure.start - 4), figure.start):
        return unplaced(ctx, figure, claim, text, "a figure broken by a space ('8 2%'): its whole cannot be told")
    near = near_words(ctx, figure)
    if figure.kind == "amount":
        if figure.money is None:
            return unplaced(ctx, figure, claim, text, f"an amount in {figure.foreign}, a currency the record lacks")
        previous = ctx.figures[i - 1] if i else None
        if previous is not None and previous.money is not None and previous.money.currency != figure.money.currency:
            between = ctx.text[previous.end : figure.start]
            if len(between) <= 48 and _CONVERTS.match(between):
                j = i - 1
                # "920 billion won ($866 million, 634 million euros)": each converts the amount before the bracket
                while j and (c := before[j]) is not None and c.kind == "conversion" and ")" not in between:
                    j -= 1
                    between = ctx.text[ctx.figures[j].end : figure.start]
                converted = before[j]
                source = ctx.figures[j]
                assert converted is not None and source.money is not None  # an amount, placed in the first pass
                if source.money.currency != figure.money.currency:
                    return conversion(ctx, figure, source, converted, claim, text)
        said = ctx.text[slice(*sentence(ctx.text, figure))]
        if (
            figure.money.currency == "JPY"
            or cues.JAPAN.search(near)
            or (cues.JAPAN.search(said) and not cues.KOREA_SMA.search(said))
        ):
            if _changed(ctx, figure):
                return japan_difference(ctx, figure, claim, text)
            return japan(ctx, figure, claim, text)
        # (unless said to be paid: "the $900 billion paid last year by Seoul" is a payment misprinted)
        if beyond_the_sma(ctx, figure) and not _PAID_AFTER.match(ctx.text, figure.end):
            why = "far more than the SMA has ever been or been asked to be: another budget"
            return unplaced(ctx, figure, claim, text, why)
        if _not_sma(ctx, figure) or cues.CUMULATIVE.search(near):
            why = "not Korea's SMA payment (what the US spends, trade, investment)"
            return unplaced(ctx, figure, claim, text, why)
        before_it = ctx.text[max(0, figure.start - 30) : figure.start]
        if cues.LABELLED_PART.search(before_it):
            return unplaced(ctx, figure, claim, text, "a part of a payment (what it pays for), or an average of years")
        if cues.PART.search(before_it):
            return unplaced(ctx, figure, claim, text, "one currency's part of a payment made in two")
        changed = _changed(ctx, figure)
        settled = cues.SETTLED_AT.search(ctx.text[figure.end :][:24]) or cues.PAID_BASE.search(
            ctx.text[max(0, figure.start - 100) : figure.start]
        )
        party = None if settled else party_of(ctx, figure)
        if party is not None:
            placed = position(ctx, figure, party, claim, text, change=changed)
            if placed.verdict == "unplaced" and not changed:  # no recorded position near it: a payment, if one fits
                paid = payment(ctx, figure, claim, text)
                if paid.verdict == "holds":
                    return paid
            return placed
        if changed and cues.POSITION_BASE.search(before_it):
            return unplaced(ctx, figure, claim, text, "the gap between the two sides' positions")
        if changed:
            return difference(ctx, figure, claim, text)
        return payment(ctx, figure, claim, text)
    if figure.kind == "pct":
        low, high = sentence(ctx.text, figure)
        return percentage(ctx, figure, _demand_between(ctx, figure, before, low, high), claim, text, near)
    return multiple(ctx, figure, _demand_near(ctx, figure, before), claim, text)


def _changed(ctx: Context, figure: Figure) -> bool:
    """Whether the amount is said to be a change ("an increase of $70 million", "787억원 인상")."""
    before = ctx.text[max(0, figure.start - 30) : figure.start]
    return bool(
        cues.DIFFERENCE_BEFORE.search(before) or cues.DIFFERENCE_AFTER.search(ctx.text[figure.end : figure.end + 64])
    )


def _not_sma(ctx: Context, figure: Figure) -> bool:
    """Whether the amount's clause speaks of something not the SMA: what the US spends, another
    budget, trade; what a sum is for ("to maintain"), unless Korea is said to pay it. Ahead of the
    amount, up to a comma: "1조 1,833억 원으로, 앞으로 ... 국방예산" speaks of the budget after."""
    wider = near_words(ctx, figure, ahead=45)
    at = wider.rfind(figure.span)
    said = wider if at < 0 else wider[: at + len(figure.span)] + wider[at + len(figure.span) :].split(", ")[0]
    if cues.NOT_SMA.search(said):
        return True
    # unless Korea pays it, anywhere in the sentence ("South Korea will increase its contribution ... to
    # about ₩1.04 trillion to maintain the 28,500-member USFK")
    return bool(cues.PURPOSE.search(said)) and not cues.KOREA_PAYS.search(ctx.text, *sentence(ctx.text, figure))


def _demand_near(ctx: Context, figure: Figure, placed: Sequence[Check | None]) -> Check | None:
    """The amount placed as a demand nearest ``figure``: in its sentence, else in the sentence
    before or after it ("... $10 billion a year. This figure is nine times ...")."""
    low, high = sentence(ctx.text, figure)
    found = _demand_between(ctx, figure, placed, low, high)
    return found if found is not None else _demand_between(ctx, figure, placed, low - 300, high + 300)


def _demand_between(ctx: Context, figure: Figure, placed: Sequence[Check | None], low: int, high: int) -> Check | None:
    first, last = bisect.bisect_left(ctx.starts, low), bisect.bisect_left(ctx.starts, high)
    near = [(abs(ctx.figures[j].start - figure.start), j) for j in range(first, last)]
    demands = [(d, j) for d, j in near if (c := placed[j]) is not None and c.kind == "demand"]
    return placed[min(demands)[1]] if demands else None
