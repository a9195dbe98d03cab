"""Japan's host-nation support in a claim: an agreement's total or its average a year, whichever
fits best; its change as a percentage or an amount from one agreement to a later one. Pure
functions, no I/O."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from smacalc.calc import year_words
from smacalc.calc.claim_rows import Check, Context, best_fit, compared, in_claim_unit, near_words, unplaced
from smacalc.calc.claim_years import year_cues, year_of
from smacalc.calc.reading import Figure
from smacalc.calc.sentences import sentence
from smacalc.money import Money
from smacalc.patterns import Pattern

if TYPE_CHECKING:
    from smacalc.record.prices import BurdenFigure


def japan(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    """Japan's host-nation support: an agreement's total, or its average a year (the total over its
    years), whichever fits the claim best (by verdict, then nearness); the agreement of the year
    named, else any; where the year named fits none, an agreement next to it that holds ("through
    March 2027" ends JFY2026)."""
    year, how = year_of(ctx, figure, paid=False)
    if how == "date" and ctx.day is not None and _THIS_FISCAL_YEAR.search(near_words(ctx, figure, ahead=40)):
        # "for this fiscal year": Japan's, which starts in April
        year, how = (ctx.day.year if ctx.day.month >= 4 else ctx.day.year - 1), "named"
    spans = _japan_spans(ctx)
    if year is not None and how == "named":  # a year named chooses the agreement; --date's only labels it
        of_year = [f for f in spans if f.first_year <= year <= f.last_year]
        named = best_fit(figure, _japan_rows(ctx, figure, of_year, year, claim, text))
        # an agreement next to the year ("through March 2027"), unless a fiscal year is named ("in fiscal 2015")
        if (named is None or named.verdict == "off") and not _fiscal_year_named(ctx, figure, year):
            beside = [f for f in spans if f.first_year - 1 <= year <= f.last_year + 1]
            other = best_fit(figure, _japan_rows(ctx, figure, beside, year, claim, text))
            if other is not None and other.verdict in ("holds", "close"):
                return other
        if named is not None and named.verdict != "holds":
            # a year named of another figure ("980.1 billion yen ... through fiscal 2020 ... will average out
            # at 211 billion yen"): an agreement it holds of
            exact = best_fit(figure, _japan_rows(ctx, figure, spans, None, claim, text))
            if exact is not None and exact.verdict == "holds":
                return exact
        if named is None:
            why = f"no figure of Japan's host-nation support for {year} in the record"
            return unplaced(ctx, figure, claim, text, why)
        return named
    if _NEW_AGREEMENT.search(ctx.text, *sentence(ctx.text, figure)):  # "approved a new agreement ... 1 trillion yen"
        spans = spans[-1:]
    best = best_fit(figure, _japan_rows(ctx, figure, spans, year, claim, text))
    if best is None:
        return unplaced(ctx, figure, claim, text, "no figure of Japan's host-nation support in the record")
    return best


def _fiscal_year_named(ctx: Context, figure: Figure, year: int) -> bool:
    """Whether ``year`` is named as a fiscal year ("in fiscal 2015", "FY2015", "2015 회계연도")."""
    return any(
        c.how == "named" and c.year == year and _FISCAL.search(ctx.text, max(0, c.start - 12), c.end + 8)
        for c in year_cues(ctx, figure)
    )


# The fiscal year of the date, said as such.
_THIS_FISCAL_YEAR = Pattern(r"\b(?:this|the current) fiscal year\b|올해 회계연도|今年度", re.IGNORECASE)
# A fiscal year named: that year's support, no other.
_FISCAL = Pattern(r"\bfiscal (?:year )?\d|\bFY ?\d|\d\s?회계\s?연도", re.IGNORECASE)


# The agreement just made, the latest by --date: "a new agreement", "새 협정".
_NEW_AGREEMENT = Pattern(
    r"\bnew (?:\w+[- ]year )?(?:agreement|accord|deal|pact)\b|새 ?협정|새로운 협정|신규 협정", re.IGNORECASE
)


def _japan_spans(ctx: Context) -> list[BurdenFigure]:
    """Japan's host-nation support, agreement by agreement, in order; of those made by --date (one
    not yet made is no reading: "20억달러" in 2016 is not the 2022-2026 agreement's, nor is any a
    reading of a figure said before the record's first, JFY2016-2020)."""
    spans = sorted(
        (f for f in ctx.data.burden if f.host == "JP" and f.measure == "host_sma"), key=lambda f: f.first_year
    )
    if ctx.day is None:
        return spans
    return [f for f in spans if f.first_year <= ctx.day.year + 1]


def _japan_rows(
    ctx: Context, figure: Figure, spans: list[BurdenFigure], year: int | None, claim: int, text: str
) -> list[Check]:
    """The figure against each agreement's total and its average a year."""
    assert figure.money is not None
    named = {c.year for c in year_cues(ctx, figure) if c.how == "named"}
    # said of a year ("more than $9 billion annually", "연간 2천억엔"): not an agreement's total
    annual = _A_YEAR_AFTER.match(ctx.text, figure.end) or _A_YEAR_BEFORE.search(
        ctx.text, max(0, figure.start - 8), figure.start
    )
    rows = []
    for f in spans:
        years = f.last_year - f.first_year + 1
        total = Money(Decimal(f.amount), str(f.unit))
        for amount, what in ((total, "total"), (Money(total.amount / years, total.currency).round_minor(), "a year")):
            if annual and what == "total" and years > 1:
                continue
            value, basis = in_claim_unit(ctx, amount, figure.money.currency, f.first_year)
            if not value.amount:
                continue
            label = f"Japan's host-nation support, {_jfy(f)}" + ("" if years == 1 else f", {what}")
            # an average a year is of the year the claim speaks of, where the agreement covers it
            said = [y for y in (year, ctx.day.year if ctx.day else None) if y and f.first_year <= y <= f.last_year]
            # (not where the sentence names the agreement's span, "the 2022-2026 period": its first year)
            of_year = said[0] if what == "a year" and said and not {f.first_year, f.last_year} <= named else None
            rows.append(
                compared(figure, claim, text, "japan", label, of_year or f.first_year, value.amount, basis, f.source)
            )
    return rows


_A_YEAR_AFTER = Pattern(rf"\s?(?:\([^()]{{0,40}}\)\s?)?(?:{year_words.A_YEAR})\b", re.I)
_A_YEAR_BEFORE = Pattern(rf"(?:{year_words.A_YEAR_KO}|해마다)\s?(?:약\s?)?$")


def _jfy(f: BurdenFigure) -> str:
    """The Japanese fiscal years of an agreement: JFY2021, JFY2022-2026."""
    return f"JFY{f.first_year}" if f.first_year == f.last_year else f"JFY{f.first_year}-{f.last_year}"


def japan_difference(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    """An amount said to be a change of Japan's support ("up 75 billion yen from the previous deal",
    "올해보다 100억엔 정도 많은"): the rise of a year's average, or of the total, from one agreement
    to a later one, whichever fits best."""
    assert figure.money is not None
    spans = _japan_spans(ctx)
    rows = []
    for later, b in enumerate(spans):
        for a in spans[:later]:
            each = [(Decimal(f.amount), Decimal(f.last_year - f.first_year + 1)) for f in (a, b)]
            options = [((each[1][0] / each[1][1] - each[0][0] / each[0][1]), "a year")]
            if each[0][1] > 1 and each[1][1] > 1:
                options.append((each[1][0] - each[0][0], "in total"))
            for rise, what in options:
                money = Money(abs(rise), str(b.unit)).round_minor()
                value, basis = in_claim_unit(ctx, money, figure.money.currency, b.first_year)
                if not value.amount:
                    continue
                label = f"rise of Japan's support {what}, {_jfy(b)} over {_jfy(a)}"
                rows.append(compared(figure, claim, text, "japan", label, b.first_year, value.amount, basis, b.source))
    best = best_fit(figure, rows)
    if best is None:
        return unplaced(ctx, figure, claim, text, "no change of Japan's support in the record")
    return best


def japan_change(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    """A percentage said of Japan's support: the change of its average a year from one agreement
    to the next, the nearest of those the record allows."""
    spans = _japan_spans(ctx)
    options = []
    for later, b in enumerate(spans):
        for earlier in spans[:later]:
            before = Decimal(earlier.amount) / (earlier.last_year - earlier.first_year + 1)
            after = Decimal(b.amount) / (b.last_year - b.first_year + 1)
            pct = ((after / before - 1) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            label = f"Japan's support a year, {_jfy(b)} against {_jfy(earlier)}"
            options.append((abs(pct - figure.value), pct, label, b))
    if not options:
        return unplaced(ctx, figure, claim, text, "no change of Japan's support in the record")
    _, pct, label, b = min(options, key=lambda o: o[0])
    return compared(figure, claim, text, "japan", label, b.first_year, pct, None, b.source)
