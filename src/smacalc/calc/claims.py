"""A sentence's figures against the record: what each figure refers to, by what the sentence says
of it (cues.py); the record's value in the claim's own unit; a verdict by stated rules. A figure
that could mean two things, or nothing the record holds, is `unplaced`, with the reason: `off` is
an accusation, given only to a figure placed with confidence. Pure functions, no I/O.

What an amount is, in this order: a conversion of the amount just before it (in brackets, or
"or about", "한화 약"); Japan's host-nation support (Japan named, or yen); not the SMA (what the US
spends, a trade figure, an investment: unplaced); a US demand or a Korean offer (by the verbs and
the actor around it); else a year's payment. See RULES in rules.py for the whole statement.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from smacalc.calc import cues, not_sma_words, year_words
from smacalc.calc.claim_changes import beyond_the_sma, percentage
from smacalc.calc.claim_counts import count
from smacalc.calc.claim_differences import difference
from smacalc.calc.claim_japan import japan, japan_difference
from smacalc.calc.claim_payments import conversion, payment, rise_from, settled_after
from smacalc.calc.claim_positions import party_of, position
from smacalc.calc.claim_precise import exactly_demanded, settled
from smacalc.calc.claim_ratios import multiple
from smacalc.calc.claim_rises import change_from_its_base, change_said_two_ways, rose_to, said_with_its_amount
from smacalc.calc.claim_rows import Check, Context, Payments, near_words, unplaced
from smacalc.calc.escalation import ProjectionRow, project
from smacalc.calc.normalise import normalise
from smacalc.calc.not_sma import NOT_THE_SMA, amount_before, not_the_sma, rise_of_a_sum_not_sma
from smacalc.calc.reading import Figure, read_figures
from smacalc.calc.sentences import sentence
from smacalc.errors import DataError, InputError
from smacalc.patterns import Pattern
from smacalc.record.dataset import Dataset

MAX_TEXT = 10_000  # characters of one claim: a paragraph, not a document

NO_FIGURE = "no figure found in the text; smacalc reads amounts, percentages, multiples and troop counts"
# What may stand between an amount and its conversion: a bracket, "or (about)", "한화 약", "우리 돈".

_CONVERTS = Pattern(
    r"^[\s,:(（\[–—'’‘\"“”·-]*(?:(?:or|i\.e\.|the|equivalent|of|to|about|approximately|approx\.|roughly|around|some|nearly|"
    rf"{year_words.A_YEAR}|{year_words.A_YEAR_KO}|한국|"
    r"almost|just|under|over|which|is|was|amounted|amounts|worth|at|current|exchange|rates?|then|now|today|an|estimated|"
    r"US|U\.S\.|약|한화|한화로|우리|돈|원화|원화로|미화|환산|환산하면|면|으로|로|기준|상당|인민폐로|엔화로|달러로|당시|"
    r"환율로|무려|즉|"
    # a rate the text states for the conversion: (환율 1천245원 기준 6천100억원)
    r"환율\s?[\d,.천백]+\s?원)"
    r"[\s,:(（'’‘\"“”]*)*$",
    re.IGNORECASE,
)


# Right after an amount: words that make it the amount before in another currency ("$10 billion ... and 14
# trillion won in our money").
_OUR_MONEY_AFTER = Pattern(r"\s(?:in (?:our|Korean) (?:money|currency)|in won terms)\b", re.IGNORECASE)
# Right before an amount, the same ("우리 돈 약 13조 원", "That's about 856 million dollars").
_IN_OUR_MONEY = Pattern(
    r"(?:우리\s?돈(?:으로)?|(?:한화|원화)로|환산하면|\bwhich (?:amounts|translates|comes) to|\b(?:equivalent|equal) to"
    r"|\b(?:that|this)(?:['’]s| is)(?= about| around| roughly| some))\s?"
    r"(?:약\s?|about |around |roughly |some )?$",
    re.IGNORECASE,
)


def payments_by_year(data: Dataset) -> Payments:
    """Every year's payment of the record, the years claims are placed in."""
    return Payments((r.year, r) for r in project(data))


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
    if payments is None:
        rows = payments_by_year(data)
    else:
        rows = payments if isinstance(payments, Payments) else Payments(payments)
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
    named = None
    if placed.kind == "ratio":
        named = _demand_between(ctx, figure, before, *sentence(ctx.text, figure))
        if figure.kind == "pct" and named is not None and named.figure is not None:
            # a percentage is of the demand it names only where tied to it ("400% 인상된 50억 달러"), not of one
            # another clause names ("up 8.3% from 2025, after Trump said Korea should pay $10 billion")
            tied = cues.ROSE_TO.fullmatch(ctx.text, figure.end, named.figure.start)
            named = named if tied else None
    return settled(ctx, figure, placed, named, claim, text)


# Right before an amount, the US said to ask it, in a verb: "demanded raising the share to as much as".
_ASKED_IT = Pattern(
    r"\b(?:demand(?:ed|s|ing)|asked|asks|requested)\b(?![^.,;]*\b(?:paid|pays|agreed)\b)", re.IGNORECASE
)
# Right before a figure, a number of one or two digits and a space: a figure broken in print ("8 2%").
_BROKEN = Pattern(r"(?<![\d.,])\d{1,2} $")


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
                    if re.match(r"\s?[~∼]", ctx.text[figure.end : figure.end + 2]):
                        # "8억~13억 달러(9064억~1조4729억원)": which end converts which cannot be told here
                        why = f"one end of a range converting {source.span}"
                        return unplaced(ctx, figure, claim, text, why)
                    return conversion(ctx, figure, source, converted, claim, text)

        # "우리 돈 약 13조 원", "which amounts to about 5.8 trillion won": the amount before in another currency,
        # though words, a multiple ("100억 달러는, 현 방위비의 10배, 우리 돈 14조원") or a sentence's end come between
        if _IN_OUR_MONEY.search(ctx.text, max(0, figure.start - 24), figure.start) or _OUR_MONEY_AFTER.match(
            ctx.text, figure.end
        ):
            k = amount_before(ctx, i)
            earlier = ctx.figures[k].money if k is not None else None
            placed = before[k] if k is not None else None
            if (
                k is not None
                and earlier is not None
                and placed is not None
                and earlier.currency != figure.money.currency
                and figure.start - ctx.figures[k].end <= 300
            ):
                return conversion(ctx, figure, ctx.figures[k], placed, claim, text)
        said = ctx.text[slice(*sentence(ctx.text, figure))]
        # (Korea's, in brackets after its name, or heading a list's item: "일본의 방위비 분담금은 한국(1조 389억원)의
        # 두 배", "2012년 기준으로 한국 8361억 원, 일본 4조4000억 원")
        korea_s = _KOREA_BRACKET.search(ctx.text, max(0, figure.start - 12), figure.start)
        own_words = near_words(ctx, figure, back=40, ahead=0)
        if (not_sma_words.GERMANY_OR_NATO.search(own_words) and not _KOREA_NAMED.search(own_words)) or (
            not_sma_words.GERMANY_OR_NATO.search(said)
            and not cues.KOREA_SMA.search(said)
            and not cues.JAPAN.search(said)
        ):  # "독일 6000억 원", "Germany, which hosts 35,000 ..., contributes nearly $1 billion"
            return unplaced(ctx, figure, claim, text, "Germany's or NATO's support or costs: not the SMA")
        if figure.money.currency == "JPY" or (
            not korea_s
            and (
                cues.JAPAN.search(near)
                # (not what the US spends in a sentence on Japan: "while the U.S. spends $1.9 billion to ...")
                or (
                    cues.JAPAN.search(said)
                    and not cues.KOREA_SMA.search(said)
                    and not not_sma_words.NOT_SMA.search(near)
                )
            )
        ):
            if _changed(ctx, figure):
                return japan_difference(ctx, figure, claim, text)
            # "called on Japan to", "asked Tokyo to quadruple payments ..., or about $8 billion": past other figures
            asked = cues.ASKED_OF_JAPAN.search(
                ctx.text, max(sentence(ctx.text, figure)[0], figure.start - 160), figure.start
            )
            if asked is not None and not year_words.FROM_AN_AMOUNT.search(
                ctx.text, max(0, figure.start - 16), figure.start
            ):
                # (what an ask is from, "to around $8 billion from about $2 billion", is what Japan pays)
                return unplaced(ctx, figure, claim, text, "a US demand on Japan: the record holds none")
            return japan(ctx, figure, claim, text)
        # (unless said to be paid: "the $900 billion paid last year by Seoul" is a payment misprinted)
        if beyond_the_sma(ctx, figure) and not cues.PAID_AFTER.match(ctx.text, figure.end):
            why = "far more than the SMA has ever been or been asked to be: another budget"
            return unplaced(ctx, figure, claim, text, why)
        if not_the_sma(ctx, i, before, near):
            return unplaced(ctx, figure, claim, text, NOT_THE_SMA)
        before_it = ctx.text[max(0, figure.start - 30) : figure.start]
        part = "a part of a payment (what it pays for), or an average of years"
        if cues.LABELLED_PART.search(before_it):
            return unplaced(ctx, figure, claim, text, part)
        if cues.SHARE_OF_IT.search(before_it):
            return unplaced(ctx, figure, claim, text, "a total of which a share is said: not the payment")
        # the other end of a part's change ("인건비는 2018년 기준 3,800여억 원에서 2019년 기준 5,005억 원")
        last = before[i - 1] if i else None
        between = ctx.text[last.figure.end : figure.start] if last is not None and last.figure is not None else ""
        if (
            last is not None
            and last.refers_to == f"unplaced: {part}"
            and re.search(r"에서|\bfrom\b|\bto\b", between)
            and not re.search(r"[.;]", between)
        ):
            return unplaced(ctx, figure, claim, text, part)
        if cues.PART.search(before_it) or cues.PART_NEXT.match(ctx.text, figure.end):
            return unplaced(ctx, figure, claim, text, "one currency's part of a payment made in two")
        changed = _changed(ctx, figure)
        settled = (
            settled_after(ctx, figure)
            or rise_from(ctx, figure)
            or cues.PAID_BASE.search(ctx.text[max(0, figure.start - 100) : figure.start])
            or cues.PAID_AFTER.match(ctx.text, figure.end)  # "over the 1.04 trillion won ($850 million) that it paid"
        )
        rose = rose_to(ctx, figure, previous, claim, text)
        if rose is not None:
            return rose
        party = None if settled else party_of(ctx, figure)
        if party is not None:
            placed = position(ctx, figure, party, claim, text, change=changed)
            if placed.verdict == "unplaced" and party == "ROK":
                # no Korean offer near it, and exactly a US demand ("미국 정부는 ... 50억 달러를 제시"): the side
                # was misread, or the sentence gives the US's position as Korea's
                demanded = exactly_demanded(ctx, figure, claim, text)
                if demanded is not None:
                    return demanded
            # no recorded position near it: a payment, or a change, if one fits (not where the US is said to ask it
            # right before it: "the U.S. side demanded raising the share to as much as 1.5 trillion won")
            if placed.verdict == "unplaced" and not (
                party == "US" and _ASKED_IT.search(ctx.text, max(0, figure.start - 48), figure.start)
            ):
                paid = difference(ctx, figure, claim, text) if changed else payment(ctx, figure, claim, text)
                if paid.verdict == "holds":
                    return paid
            return placed
        if changed and cues.POSITION_BASE.search(before_it):
            return unplaced(ctx, figure, claim, text, "the gap between the two sides' positions")
        if changed and _from_another_sum(ctx, i, before):
            return unplaced(ctx, figure, claim, text, "a difference from a sum that is not the SMA")
        if changed:
            return (
                change_said_two_ways(ctx, figure, claim, text)
                or change_from_its_base(ctx, figure, last, claim, text)
                or difference(ctx, figure, claim, text)
            )
        # a euro sum that is no demand ("The German government paid a total of 982.4 million euros")
        if figure.money.currency == "EUR":
            return unplaced(ctx, figure, claim, text, "an amount in euros: the SMA is paid in won (once in dollars)")
        return payment(ctx, figure, claim, text)
    if figure.kind == "pct":
        # (unless exactly a change of about then: "reaches 1 trillion and 183.3 billion won, an increase of 13.9%")
        if rise_of_a_sum_not_sma(ctx, i, before) and not any(
            r.change_pct == figure.value and (ctx.day is None or abs(y - ctx.day.year) <= 1)
            for y, r in ctx.rows.items()
        ):
            return unplaced(ctx, figure, claim, text, NOT_THE_SMA)
        with_amount = said_with_its_amount(ctx, figure, i, before, claim, text)
        if with_amount is not None:
            return with_amount
        low, high = sentence(ctx.text, figure)
        demand = _demand_between(ctx, figure, before, low, high)
        first = bisect.bisect_left(ctx.starts, low)
        own = [
            f
            for j, f in enumerate(ctx.within(low, high), first)
            if f.money is not None and not ((c := before[j]) is not None and c.kind == "conversion")
        ]
        if demand is None and not own:
            # a sentence of no amount of its own, its conversions aside, speaks of the one before ("... 13억 달러
            # ... 지난해 분담금에 비해 50% 가량 높은 금액입니다", "13억 달러 수준입니다. 우리 돈 1조 5900억 원 정도로,
            # 지난해보다 50% 높아진 액수"): a demand there is its demand
            demand = _demand_between(ctx, figure, before, low - 300, low)
        return percentage(ctx, figure, demand, claim, text, near)
    return multiple(ctx, figure, _demand_near(ctx, figure, before), claim, text)


def _changed(ctx: Context, figure: Figure) -> bool:
    """Whether the amount is said to be a change ("an increase of $70 million", "787억원 인상")."""
    before = ctx.text[max(0, figure.start - 30) : figure.start]
    return bool(
        cues.DIFFERENCE_BEFORE.search(before) or cues.DIFFERENCE_AFTER.search(ctx.text[figure.end : figure.end + 64])
    )


def _from_another_sum(ctx: Context, i: int, before: Sequence[Check | None]) -> bool:
    """Whether an amount said as a change is a difference from the amount before it, in its sentence,
    that is not the SMA ("미국 지출(6억 7,800만불) 보다 1억불 가량 많았다": Korea's payment against what the
    US spent), or from one after it far beyond the SMA."""
    figure = ctx.figures[i]
    later = next((f for f in ctx.figures[i + 1 :] if f.money is not None), None)
    if (
        later is not None
        and sentence(ctx.text, later) == sentence(ctx.text, figure)
        and _FROM.search(ctx.text, figure.end, later.start)
        and beyond_the_sma(ctx, later)
    ):
        return True  # "an increase of more than one trillion Won from the 7.6 trillion Won ... burden"
    k = amount_before(ctx, i)
    if k is None or (row := before[k]) is None or row.refers_to != f"unplaced: {NOT_THE_SMA}":
        return False
    between = ctx.text[ctx.figures[k].end : figure.start]
    return sentence(ctx.text, ctx.figures[k]) == sentence(ctx.text, figure) and bool(_THAN.search(between))


# Between a sum and a difference from it: the comparison ("보다", "than"), or "from" the sum after it.
_THAN = Pattern(r"보다|\bthan\b", re.IGNORECASE)
_FROM = Pattern(r"\bfrom\b", re.IGNORECASE)
# Right before an amount, Korea named and a bracket opened: "한국(1조 389억원)", Korea's own.
_KOREA_BRACKET = Pattern(r"(?:한국|\bKorea|\bSeoul)\s?\(\s?(?:약\s?)?$|(?:,\s|으로\s|로\s)한국\s(?:약\s?)?$")
_KOREA_NAMED = Pattern(r"한국|\bKorea|\bSeoul\b|우리")


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
