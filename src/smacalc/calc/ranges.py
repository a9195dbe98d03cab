"""Two amounts printed as the ends of one range ("$1.7 billion to $2.1 billion", "$1.7 to $2.1 billion",
"between $1.9 billion and $2.5 billion"), joined into one figure that holds where the record is in it. A rise
from one to the other ("from $1 billion to $5 billion") is no range. Pure functions, no I/O."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from smacalc.calc.numerals import count
from smacalc.money import Money
from smacalc.patterns import Pattern

if TYPE_CHECKING:
    from smacalc.calc.reading import Figure

# Between the ends: "to", a dash, or "and" after "between".
_BETWEEN_ENDS = Pattern(r"\s(?:to|and)\s|\s?[–-]\s?", re.IGNORECASE)
# Right before the low end: the start of a rise ("from", "up from"), not a range; "between" for "and".
_FROM = Pattern(
    r"\bfrom\s(?:about |around |roughly |some |nearly |almost |over |just over |just under )?$", re.IGNORECASE
)
_BETWEEN = Pattern(r"\bbetween\s(?:about |around |roughly |some )?$", re.IGNORECASE)
# Before a count, its low end: "between 28,000 and ".
_COUNT_BETWEEN = Pattern(r"\bbetween\s(?:about\s|some\s)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\sand\s$", re.IGNORECASE)
# An end printed with a magnitude word of its own.
_MAGNITUDE = Pattern(r"million|billion|trillion|\d[mbk]n?\b|[만억조]", re.IGNORECASE)
# The widest range read as one figure: the high end at most twice the low (a rise asked is wider).
_WIDEST = Decimal(2)


def joined(text: str, found: list[Figure]) -> list[Figure]:
    """``found`` (in order) with each pair of amounts printed as one range joined into one figure, and a
    count "between 28,000 and 32,000 US troops" read from its low end."""
    out: list[Figure] = []
    for figure in found:
        if figure.kind in ("troops", "workers") and figure.upper is None:
            figure = _count_between(text, figure)
        low = out[-1] if out else None
        ends = None if low is None else _ends(text, low, figure)
        if low is None or ends is None:
            out.append(figure)
            continue
        value, money = ends
        out[-1] = dataclasses.replace(
            low, span=text[low.start : figure.end], end=figure.end, value=value, money=money, upper=figure.value
        )
    return out


def _count_between(text: str, figure: Figure) -> Figure:
    """A count whose low end stands before it, after "between" ("between 28,000 and 32,000 US troops")."""
    m = _COUNT_BETWEEN.search(text, max(0, figure.start - 32), figure.start)
    low = count(m["n"]) if m is not None else None
    if m is None or low is None or not 0 < low < figure.value:
        return figure
    span = text[m.start("n") : figure.end]
    return dataclasses.replace(figure, span=span, start=m.start("n"), value=low, upper=figure.value)


def _ends(text: str, low: Figure, high: Figure) -> tuple[Decimal, Money] | None:
    """The low end's value and amount where ``low`` and ``high`` are the two ends of a range; else None."""
    if low.money is None or high.money is None or low.upper is not None or high.upper is not None:
        return None
    between = _BETWEEN_ENDS.fullmatch(text, low.end, high.start)
    if (
        between is None
        or _FROM.search(text, max(0, low.start - 24), low.start)
        or text[low.start - 1 : low.start] == "("
    ):
        return None  # (nor a conversion in brackets, whose ends convert the ends before it one by one)
    if "and" in between.group().lower() and not _BETWEEN.search(text, max(0, low.start - 16), low.start):
        return None
    value = low.money.amount
    if not _MAGNITUDE.search(low.span) and _MAGNITUDE.search(high.span):  # "$1.7 to $2.1 billion"
        scaled = [value * 10**e for e in (3, 4, 6, 8, 9, 12) if high.value / 10 < value * 10**e <= high.value]
        value = scaled[-1] if scaled else value
    if low.money.currency != high.money.currency or not 0 < value < high.value <= value * _WIDEST:
        return None
    return value, Money(value, low.money.currency)
