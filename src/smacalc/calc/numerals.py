"""Numerals as printed, to numbers: digits grouped or not (28,500, 28.500-strong), spelled out (eight-point-two,
nine-thousand), spoken (28-thousand-500) and Korean units (2만8천5백). Pure functions, no I/O."""

from __future__ import annotations

import re
from decimal import Decimal

from smacalc import vocabulary as v
from smacalc.errors import InputError
from smacalc.money import cjk_number
from smacalc.numbers import ungrouped

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
