"""Numerals as printed, to numbers: digits grouped or not (28,500, 28.500-strong), spelled out (eight-point-two,
nine-thousand), spoken (28-thousand-500), Korean units (2만8천5백) and the ranges Korean words after them
allow (1조 수천억원, 1조원대). Pure functions, no I/O."""

from __future__ import annotations

import re
from decimal import Decimal

from smacalc import vocabulary as v
from smacalc.errors import InputError
from smacalc.money import Money, cjk_number
from smacalc.numbers import ungrouped
from smacalc.patterns import Pattern

UNITS = "".join(v.LARGE_UNITS) + "".join(v.SMALL_UNITS)  # 조억만천백십, and the Japanese
_LARGEST = Decimal(10) ** 18  # a figure of more digits than this is no figure smacalc can judge


def count(numeral: str) -> Decimal | None:
    """A count as printed: 28,500, 28-thousand-500, 32-thousand, nine-thousand."""
    numeral = numeral.strip()
    if numeral[:1].isalpha():
        numeral = v.spelled_out(numeral)  # nine-thousand: 9-thousand
    spoken = re.fullmatch(r"(\d{1,3})[\s-](thousand|hundred)", numeral, re.IGNORECASE)
    if spoken:
        return Decimal(int(spoken[1]) * (1000 if spoken[2].lower() == "thousand" else 100))
    if re.fullmatch(r"\d{1,3}\.\d{3}", numeral):
        return Decimal(numeral.replace(".", ""))  # "28.500-strong": a count has no fraction, the dot groups
    return number(numeral)


def korean_number(numeral: str) -> Decimal | None:
    numeral = numeral.replace(" ", "").replace(",", "")
    numeral = "1" + numeral if numeral.startswith("만") else numeral  # "만2천여 명": 12,000
    try:
        return cjk_number(numeral, numeral) if re.search(f"[{UNITS}]", numeral) else Decimal(numeral)
    except (InputError, ArithmeticError):
        return None


def decimal(numeral: str) -> Decimal | None:
    digits = ungrouped(numeral)
    try:
        value = Decimal(digits)
    except ArithmeticError:
        return None
    return value if value.is_finite() and value < _LARGEST else None


def number(numeral: str) -> Decimal | None:
    """A numeral as printed or spelled out (8.3, 28,500, eight-point-two, four)."""
    return decimal(v.spelled_out(numeral.lower()))


# Right after a Korean amount, a part of it said only as "several" of a unit (1조 수천억원: ₩1.2tn to ₩1.9tn),
# or 대, the range of its last digit (1조원대: ₩1tn to ₩2tn; not 대비, 대해, 대한, compared with, about).
_SEVERAL = Pattern(r"\s?수\s?(?P<u>[천백십])?\s?(?P<mag>[억만])\s?(?:원|달러)?")
_ITS_RANGE = Pattern(r"\s?대(?![비해한하응체신상]|\s)")


def ranged_after(text: str, end: int, value: Decimal) -> tuple[int, Decimal, Decimal] | None:
    """The range an amount of ``value`` ending at ``end`` is read as, by the word after it: (where the
    word ends, low, high); None where no such word follows."""
    m = _SEVERAL.match(text, end)
    if m is not None:
        unit = Decimal({"천": 1000, "백": 100, "십": 10}.get(m["u"] or "", 1)) * (10**8 if m["mag"] == "억" else 10**4)
        return m.end(), value + 2 * unit, value + 9 * unit
    m = _ITS_RANGE.match(text, end)
    exponent = value.normalize().as_tuple().exponent
    if m is None or not value or not isinstance(exponent, int):
        return None
    return m.end(), value, value + Decimal(10) ** max(exponent, 0)  # 1조원대: up to 2조; 9천억원대: up to 1조


# Right before a Korean amount, the low end of a range whose unit is printed once: "400~1천400억원", "8~9천억원대".
_LOW_END = Pattern(r"(?<![\d.,])(?P<n>\d[\d,]*(?:\.\d+)?)\s?[~∼]\s?$")


def low_end_before(text: str, start: int, span: str, high: Money) -> tuple[int, Money] | None:
    """Where the low end of a Korean range up to ``high`` starts, and the low end, where the range prints its
    unit once: the number in the largest unit (만, 억, 천억, 조) that leaves it below ``high`` and within a
    tenth of it ("400~1천400억원": ₩40bn; "8~9천억원대": ₩800bn)."""
    m = _LOW_END.search(text, max(0, start - 16), start)
    if m is None or not re.search(r"[만억조]", span):
        return None
    n = Decimal(m["n"].replace(",", ""))
    fits = [n * 10**e for e in (4, 8, 11, 12) if high.amount / 10 <= n * 10**e < high.amount]
    return (m.start(), Money(max(fits), high.currency)) if fits else None
