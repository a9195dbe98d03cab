"""Which figure a year named in a sentence is of, where it stands beside more than one: a year that
names one amount ("2018 share of ₩960.2bn"), heads the figure right after it ("93년엔 2억2천만달러"), or
is of an amount after a comma ("..., with plans to increase that amount to about $1.09 billion by
2026"). claim_years.py asks these before it gives a figure a year. Pure functions, no I/O."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smacalc.calc.sentences import sentence
from smacalc.patterns import Pattern

if TYPE_CHECKING:
    from smacalc.calc.claim_rows import Context
    from smacalc.calc.claim_years import Cue
    from smacalc.calc.reading import Figure

_NAMES_NEXT = Pattern(r"(?:년도?|'s)?\s?(?:share|payment|contribution|amount|분담금|방위비)", re.IGNORECASE)
# A year that names one amount only ("2018 share of ₩960.2bn"), not a whole clause (2026년 분담금은 ...).
_NAMES_ONE = Pattern(r"(?:'s)?\s(?:share|payment|contribution|amount)s? of\b", re.IGNORECASE)


def names_later(ctx: Context, cue: Cue, figure: Figure) -> bool:
    """Whether the year before ``figure`` names another figure between them ('2018 share of X, Y')."""
    return bool(_NAMES_ONE.match(ctx.text[cue.end : cue.end + 30])) and any(
        f.kind == "amount" for f in ctx.within(cue.end, figure.start)
    )


def names_an_amount_after(ctx: Context, cue: Cue) -> bool:
    """Whether the year names an amount right after it ('2018 share of 960.2 billion won')."""
    return bool(_NAMES_NEXT.match(ctx.text[cue.end : cue.end + 30])) and any(
        f.kind == "amount" for f in ctx.within(cue.end, cue.end + 40)
    )


# A year that heads the figure right after it: "93년엔 2억2천만달러, 94년분 2억6천만달러", "2020: $X".
_HEADS = Pattern(r"(?:(?:년도?)?(?:엔|에는|에도|에|은|는|의|분)|년도?|[’']s|:)\s?")
_PAST_HEADS = Pattern(r"\s(?:\w+\s){0,2}")


def of_a_later_amount(ctx: Context, cue: Cue, figure: Figure) -> bool:
    """Whether a year named past a comma after ``figure`` is of an amount that follows it ("전년 대비
    787억 원 증액된 것으로, 8차(2009년) ... 증액 규모인 185억 원"), or that stands right before it ("pays
    around $1.02 billion ..., with plans to increase that amount to about $1.09 billion by 2026")."""
    high = sentence(ctx.text, figure)[1]
    if "," not in ctx.text[figure.end : cue.start]:
        return False
    beside = any(
        f.money is not None
        and 0 <= cue.start - f.end <= 12
        and _RISEN_TO.search(ctx.text, max(0, f.start - 48), f.start)
        for f in ctx.within(figure.end + 1, cue.start)
    )
    return beside or any(f.money is not None for f in ctx.within(cue.end, high))


_RISEN_TO = Pattern(
    r"\b(?:increase|raise|rise|grow|boost)\w*\s(?:\w+\s){0,3}?to\s(?:about |around |roughly |some )?$", re.I
)


def heads_a_figure(ctx: Context, cue: Cue) -> bool:
    """Whether the year, or a past ("previously paid $854 million"), heads the figure after it, not one before it."""
    heads = (_PAST_HEADS if cue.how == "past" else _HEADS).match(ctx.text, cue.end)
    return heads is not None and any(f.start == heads.end() for f in ctx.within(heads.end(), heads.end() + 1))
