"""Demands and offers: whose position an amount is (the verb and its subject), the recorded
position it is, and a percentage stated as a position (a demand's ratio is claim_ratios'). Pure
functions, no I/O."""

from __future__ import annotations

import functools
import re
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Literal

from smacalc.calc import cues
from smacalc.calc.claim_rows import Check, Context, Kind, compared, in_claim_unit, of_its_size, recent, unplaced
from smacalc.calc.claim_years import between, year_cues, year_of
from smacalc.calc.reading import Figure
from smacalc.calc.sentences import sentence
from smacalc.calc.verdicts import verdict
from smacalc.money import Money
from smacalc.numbers import WIDE
from smacalc.patterns import Pattern

if TYPE_CHECKING:
    from smacalc.record.talks import Position


NEAR = Decimal("0.2")  # a stated percentage is matched to a recorded one within 20% of it


def party_of(ctx: Context, figure: Figure) -> Literal["US", "ROK"] | None:
    """Whose position an amount is, by the words of its sentence: the verb of a position nearest
    before it (demanded, asked, offered, proposed, insisted), else after it (Korean: 요구했다,
    제시했다; 'a $5 billion U.S. demand'), and its subject, the side named before the verb. The US
    alone demands and asks; an offer, a proposal, an insistence is the side's that makes it. An
    amount paid or agreed with no such verb is a payment (None)."""
    low, high = sentence(ctx.text, figure)
    korean = re.search(r"[가-힣]", ctx.text[low:high]) is not None
    before = ctx.text[max(low, figure.start - 100) : figure.start]
    # Korean puts the verb at the end of its clause, however far: 우리 측은 9999억원에 ... 안을 제시
    after = ctx.text[figure.end : min(high, figure.end + (160 if korean else 40))]
    if _ASKED_AFTER.match(ctx.text, figure.end, min(high, figure.end + 90)) or _ASKED_BEFORE.search(before):
        return "US"  # "the US$1 billion initially declared by the US", "미국이 마지노선으로 제시한 10억 달러"
    if (
        cues.COMPARED_AMOUNT.search(after)
        or cues.PAYMENT_NAMED.search(before[-14:])
        or cues.PAYMENT_SAID.search(before[-60:])
    ):
        return None  # the base of a comparison, or the payment named: a payment
    if cues.PAID.search(before[-25:]) and not cues.DEMAND.search(before) and not cues.OFFER.search(before):
        return None  # "Seoul was paying $1bn ... after he asked for more": the verb after is another clause's
    verbs = [(m, "before") for m in [*cues.DEMAND.finditer(before), *cues.OFFER.finditer(before)]]
    if korean:  # "미국이 요구했던 10억 달러, ... 1조 원을 넘은": a verb right before another amount is that amount's
        offset = figure.start - len(before)
        verbs = [v for v in verbs if not _heads_an_amount(ctx, offset + v[0].end(), figure.start)]
    verb, where = max(verbs, key=lambda v: v[0].start()) if verbs else (None, "")
    if verb is not None and re.search(r"[가-힣]", before) and _actors(before[verb.end() :]):
        verb = None  # "미측은 ... 요구했으나 우리 측은 ... 9천억 원을 제시": a new subject, a new clause
    if verb is not None and korean and _OBJECT_BEFORE.search(before[: verb.start()]):
        verb = None  # "1조 원 안팎을 요구한 미국과 9천억 원 선을 제시한": the verb of the amount before it
    if verb is not None and re.search(
        r"\b(?:agreed|agrees? to pay|paid|pays|is paying|are paying|will pay|contributes)\b|합의|지불했|냈",
        before[verb.end() :],
    ):
        verb = None  # "asked ... and agreed to pay $X": the last word is a payment's
    if (cues.BASE_AMOUNT.search(before[-30:]) or cues.TIMES_THE.search(before[-30:])) and not cues.DEMAND.search(
        after[:20]
    ):
        return None  # "an increase on the $870 million", "five times the $900 million": the base is a payment
    if verb is None:
        found = [m for m in (cues.DEMAND.search(after), cues.OFFER.search(after)) if m is not None]
        if not found or cues.PAID.search(after[: min(m.start() for m in found)]):
            return None
        verb, where = min(found, key=lambda m: m.start()), "after"
    if cues.US_ONLY.search(verb.group()):
        return "US"
    if where == "after" and korean:
        # the side right after the verb of a relative clause acts: "9천억 원 선을 제시한 우리 정부"
        made_by_side = _SIDE_AFTER_VERB.match(after, verb.end())
        if made_by_side is not None:
            return "US" if made_by_side["us"] else "ROK"
    if where == "after":
        subject_text = ctx.text[low : figure.start] + " " + after[: verb.start()]
    else:
        subject_text = before[: verb.start()]
    actors = _actors(subject_text)
    if where == "after":
        said_before = [a for a in actors if a[0] < len(ctx.text[low : figure.start])]
        between = [a for a in actors if a[0] > len(ctx.text[low : figure.start])]
        # Korean: the topic before the amount is its clause's subject (우리 측은 X을, 미국 측은 Y를 제시);
        # English: a side between the amount and the noun is its owner ('a $5 billion U.S. demand')
        chosen = (said_before or between) if korean else (between or said_before)
        side = chosen[-1][1] if chosen else None
    else:
        side = max(actors)[1] if actors else None
    if side is None:
        return "ROK" if cues.OFFER.search(verb.group()) else "US"
    return "US" if side == "US" else "ROK"


def _heads_an_amount(ctx: Context, at: int, until: int) -> bool:
    """Whether an amount starts right after ``at`` (a verb's end), before ``until``."""
    return any(f.money is not None and f.start <= at + 3 for f in ctx.within(at, until))


# Right before a Korean verb, an amount as its object ("1조 원 안팎을 요구한"): the verb is that amount's.
_OBJECT_BEFORE = Pattern(
    r"(?:원|달러|엔)(?:\s?(?:안팎|정도|가량|수준|선|이상|이하|미만|내외))?\s?(?:을|를|으로|로)\s?$"
)


# Right after the verb of a Korean relative clause, the side that made the position ("제시한 우리 정부").
_SIDE_AFTER_VERB = Pattern(
    r"\S{0,3}(?:한|하는|했던|해온|해 온)\s(?:(?P<us>미국|미 측|미측|트럼프|백악관)|한국|우리 정부|우리 측|우리측|정부)"
)


# An amount the US asked for, said in a clause that names it: after it in English ("1 trillion won
# (942.5 million U.S. dollars) that Washington requested", "the US$1 billion initially declared by the
# US"), before it in Korean ("미국이 마지노선으로 제시한 10억 달러").
_ASKED_AFTER = Pattern(
    r"\W*(?:\([^()]{0,40}\)\s*)?(?:(?:or\s[^,()]{1,40}\s)?(?:that\s|which\s)?(?:the\s)?(?:US|U\.S\.|Washington|Trump)\s(?:\w+\s)?"
    r"(?:requested|demanded|asked for|sought|wanted|proposed)|(?:\w+\s)?[“\"]?(?:declared|demanded|requested|sought|"
    r"proposed)[”\"]?\sby\s(?:the\s)?(?:US|U\.S\.|Washington|Trump))\b"
    # Korean: asked as the object of 요구 right after it ("분담금 100억 달러(약 13조8천억 원)를 요구했다는")
    r"|\s?(?:\([^()]{0,40}\)\s?)?(?:을|를)\s?요구(?:했|하|한)"
)
_ASKED_BEFORE = Pattern(
    r"(?:미국|미 측|미측|트럼프)(?:이|은|측이|측은)?\s(?:\S+\s){0,2}"
    r"(?:제시한|요구한|요구하는|요구했던|고집한|고집했던)\s$"
)


def positions_by(ctx: Context, party: str) -> list[Position]:
    """The recorded positions of ``party`` made by --date, in the record's order."""
    return ctx.positions.get(party, [])


def position(
    ctx: Context, figure: Figure, party: Literal["US", "ROK"], claim: int, text: str, *, change: bool = False
) -> Check:
    """The recorded position the amount is: of the year named with it, if one is, else any made by
    the date; the nearest in amount, at the rate of the date. A position stated as a percentage is
    an amount too (over the payment before it): first where the sentence states that percentage
    and the amount holds; then after the positions stated as amounts, if made in the 18 months
    before the date. None near it: unplaced, naming the nearest recorded."""
    assert figure.money is not None
    who = "US demand" if party == "US" else "ROK offer"
    made = positions_by(ctx, party)
    lately = [p for p in made if recent(ctx, p)]
    named, how = year_of(ctx, figure, paid=False)
    if how == "named" and not any(
        c.how == "named" and c.year == named and not cues.CONTRAST.search(ctx.text, *between(c, figure))
        for c in year_cues(ctx, figure)
    ):
        how = "date"  # a year named across a contrast ("... for 2018 to $920 million, but ... nearly $5 billion")
    known = made
    if how in ("named", "relative") and named is not None:
        known = [p for p in made if named in (p.for_year, int(p.date[:4]))]
    elif change:  # a rise asked ("10억 달러 인상하도록 요구"), no year named: only of talks under way
        known = lately
    # a relative year may be another figure's ("$4 billion a year, around quadruple the amount paid for
    # last year"): where no position of it fits, one made in the 18 months before the date
    # (first, a position of talks under way of the very amount printed: "13억 달러 ... 요구해 지난해 10차 협정에서
    # 결정된 ... 총액보다" is the $1.3bn asked in 2020, the relative year another clause's)
    printed = how == "relative" and not any(p.amount == figure.money for p in known)
    exact = [p for p in lately if p.amount == figure.money] if printed else []
    for positions in (exact, known, lately) if how == "relative" else (known,):
        found = _fitting(ctx, figure, positions)
        if found is not None:
            _, p, value, basis = found
            label = f"{who} of {_stated(p, value)} ({p.date}, for {p.for_year})"
            kind: Kind = "demand" if party == "US" else "offer"
            return compared(figure, claim, text, kind, label, p.for_year, value.amount, basis, p.source)
    nearest = _nearest(ctx, figure, [p for p in known if p.amount is not None])
    listed = ", ".join(f"{_stated(p, value)} ({p.date})" for _, p, value, _ in nearest[:2])
    also = f"; the nearest recorded: {listed}" if listed else ""
    return unplaced(ctx, figure, claim, text, f"no recorded {who} near {figure.span}{made_by(ctx)}{also}")


def _fitting(ctx: Context, figure: Figure, known: list[Position]) -> tuple[Decimal, Position, Money, str] | None:
    """The recorded position the amount fits: first one stated as a percentage the sentence states
    ("13% more, for a total of about $1 billion"), then one stated as an amount, then one stated as a
    percentage made in the 18 months before the date."""
    said = {f.value for f in ctx.within(*sentence(ctx.text, figure)) if f.kind == "pct"}
    derived = [p for p in known if p.amount is None]
    # (a position of the very amount printed comes first: "$1.3 billion a year -- an increase of about 50
    # percent" is the $1.3bn asked, not the 50% asked a year before)
    assert figure.money is not None
    printed = [p for p in known if p.amount == figure.money]
    tries: tuple[tuple[list[Position], tuple[str, ...]], ...] = (
        (printed, ("holds",)),
        ([p for p in derived if p.pct in said], ("holds",)),
        ([p for p in known if p.amount is not None], ("holds", "close")),
        ([p for p in derived if recent(ctx, p)], ("holds", "close")),
    )
    for candidates, enough in tries:
        scored = _nearest(ctx, figure, candidates)
        # a bound far from the position ("1000여억 원" against $440M) says nothing of it
        if (
            scored
            and verdict(figure.value, scored[0][2].amount, figure.hedge) in enough
            and of_its_size(figure, scored[0][2].amount)
        ):
            return scored[0]
    return None


def _stated(p: Position, value: Money) -> str:
    """A position as the record states it: its amount, or its percentage with the amount it makes."""
    return p.amount.human() if p.amount is not None else f"{p.pct}% ({value.human()})"


def _nearest(ctx: Context, figure: Figure, candidates: list[Position]) -> list[tuple[Decimal, Position, Money, str]]:
    """``candidates`` with their amounts in the claim's unit (at the rate of the date), nearest
    first; of two as near, the latest."""
    assert figure.money is not None
    scored: list[tuple[Decimal, Position, Money, str]] = []
    for p in candidates:
        amount = stated_amount(ctx, p)
        if amount is None:
            continue
        value, basis = in_claim_unit(ctx, amount, figure.money.currency, p.year)
        scored.append((abs(figure.value / value.amount - 1), p, value, basis))
    scored.sort(key=lambda s: (s[0], "~" if s[1].date is None else _newest_first(s[1].date)))
    return scored


def stated_amount(ctx: Context, p: Position) -> Money | None:
    """A position's amount: as stated, or a percentage over the payment of the year before the
    year it is for ("a 13 percent increase ... to W1.17 trillion")."""
    if p.amount is not None:
        return p.amount
    base = ctx.rows.get(p.for_year - 1)
    if p.pct is None or base is None:
        return None
    with localcontext(WIDE):
        return Money(base.amount.amount * (1 + p.pct / 100), base.amount.currency).round_minor()


@functools.lru_cache(maxsize=512)  # the record's dates: each claim sorts the same few again
def _newest_first(date: str) -> str:
    """A key that sorts dates from the latest: each digit's complement to 9."""
    return "".join(str(9 - int(c)) if c.isdigit() else c for c in date)


def made_by(ctx: Context) -> str:
    return f" made by {ctx.day}" if ctx.day is not None else ""


def stated_pct(
    ctx: Context, figure: Figure, claim: int, text: str, near: str, party: str | None = None
) -> Check | None:
    """A percentage said of a demand or an offer, matched to a position recorded as a percentage
    (the US's "50% more", Korea's "13%") made in the 18 months before --date, the nearest; none
    where no such position is near it. Whose: the side named before the verb, as for amounts."""
    verb = max([*cues.DEMAND.finditer(near), *cues.OFFER.finditer(near)], key=lambda m: m.start(), default=None)
    subject = near[: verb.start()] if verb is not None else near
    # the side named before the verb, else the subject the sentence opens with ("미국 측은 ... 요구하면서,
    # 내년도 증액비율은 최소 6.6%에서 14.5%까지 올려달라고 요구")
    actors = _actors(subject)
    if not actors and verb is not None and re.search(r"[가-힣]", verb.group()):
        actors = _actors(ctx.text[sentence(ctx.text, figure)[0] : figure.start])
    side = max(actors)[1] if actors else ("US" if verb is not None and cues.US_ONLY.search(verb.group()) else "ROK")
    if verb is not None and cues.US_ONLY.search(verb.group()) and not cues.OFFER.search(near):
        side = "US"
    party = party or side
    known = [p for p in positions_by(ctx, party) if p.pct is not None and recent(ctx, p)]
    if not known:
        return None
    p = min(known, key=lambda p: (abs((p.pct or Decimal(0)) - figure.value), p.date))
    assert p.pct is not None
    if not p.pct or abs(figure.value / p.pct - 1) > NEAR:
        return None
    kind: Kind = "demand" if party == "US" else "offer"
    who = "US demand" if party == "US" else "ROK offer"
    label = f"{who} of {p.pct}% ({p.date}, for {p.for_year})"
    return compared(figure, claim, text, kind, label, p.for_year, p.pct, None, p.source)


def korean_side(near: str) -> bool:
    """Whether the side named before the verb of ``near`` is Korea's (an offer, not a demand)."""
    verb = max([*cues.DEMAND.finditer(near), *cues.OFFER.finditer(near)], key=lambda m: m.start(), default=None)
    if verb is None or cues.US_ONLY.search(verb.group()):
        return False
    actors = _actors(near[: verb.start()])
    return bool(actors) and max(actors)[1] == "ROK"


def us_side(near: str) -> bool:
    """Whether the side named before the verb of ``near`` is the US's ("미국이 제시한 액수"): a demand."""
    verb = max([*cues.DEMAND.finditer(near), *cues.OFFER.finditer(near)], key=lambda m: m.start(), default=None)
    if verb is None:
        return False
    actors = _actors(near[: verb.start()])
    return bool(cues.US_ONLY.search(verb.group())) or (bool(actors) and max(actors)[1] == "US")


def _actors(text: str) -> list[tuple[int, str]]:
    """Where ``text`` names a side as the one that acts, in order: (place, 'US' or 'ROK')."""
    found = [(m.start(), "US", m.group()) for m in cues.US.finditer(text)] + [
        (m.start(), "ROK", m.group()) for m in cues.KOREA.finditer(text)
    ]
    # A possessive (한국의 분담금) names whose thing it is, not who acts, where a subject is named
    # ("트럼프 미국 대통령이 한국의 방위비 분담금을 50억 달러로 제시했고")
    acting = [f for f in found if not f[2].endswith("의")] or found
    # a side named before its position's noun ("reluctant to give in to the U.S. demand, saying it can
    # settle for"): whose position, not who acts
    acting = [f for f in acting if not _POSITION_NOUN.match(text, f[0] + len(f[2]))]
    return sorted((place, side) for place, side, _ in acting)


_POSITION_NOUN = Pattern(r"\.?(?:['’]s)?\s(?:demands?|proposals?|offers?|requests?|asks?)\b", re.IGNORECASE)
