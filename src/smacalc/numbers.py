"""Numbers as users type them: numerals read exactly, years, dates, rates and percentages, each
checked against the range smacalc accepts (an InputError, exit 2, otherwise)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation

from smacalc.errors import InputError

# A whole number grouped by thousands (1,500 or 1,038,900), not inside a decimal part: 1,000.5,000
# and 5.00,000 keep their commas, and are refused.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")


def ungrouped(text: str) -> str:
    """``text`` with the thousands separators of its whole numbers removed."""
    return _GROUPED.sub(lambda m: m.group().replace(",", ""), text) if "," in text else text


RATE_RANGE = (Decimal(1), Decimal(100_000))  # won per dollar; the record's years run from 737 to 1,421
DIGITS = 28  # significant digits smacalc reads (the decimal module's default precision)
# The context products and quotients of amounts are computed in before they are rounded to the
# won, the cent or the rule's unit: an amount (up to 20 digits) times a rate or a growth factor (up
# to 28) is exact in it, so a figure is rounded once, never twice.
WIDE = Context(prec=2 * DIGITS + 4, rounding=ROUND_HALF_EVEN)


def exact(numeral: str, given: str) -> Decimal:
    """A numeral as a Decimal, refused where it has more significant digits than smacalc computes
    with exactly: it would be rounded before it is checked."""
    value = Decimal(numeral)
    if len(numeral) > DIGITS and len(value.as_tuple().digits) > DIGITS:  # no more digits than characters
        raise InputError(f"{given!r} has more than {DIGITS} significant digits; smacalc computes with {DIGITS}")
    return value


def parse_decimal(text: str, what: str) -> Decimal:
    """A finite decimal number, or InputError naming ``what``."""
    try:
        value = exact(text.strip(), text)
    except (InvalidOperation, AttributeError):
        raise InputError(f"{what} {text!r} is not a number") from None
    if not value.is_finite():
        raise InputError(f"{what} {text!r} is not a finite number")
    return value


def parse_rate(text: str) -> Decimal:
    """A won-per-dollar rate: a finite number from 1 to 100,000 (1,200 is read as 1200)."""
    rate = parse_decimal(ungrouped(text.strip()), "rate")
    low, high = RATE_RANGE
    if not low <= rate <= high:
        raise InputError(f"rate {text!r} is out of range; give won per US dollar, from {low} to {high:,}")
    return rate


def check_pct(value: Decimal, what: str) -> Decimal:
    """Range-check a user-given percentage (exit 2 when out of range)."""
    if not value.is_finite() or not Decimal(-100) < value <= Decimal(100):
        raise InputError(f"{what} {value} is out of range; give a percentage above -100 and at most 100")
    return value


YEARS = (1900, 2200)  # the years smacalc reads: far around the record's 1991-2030


def parse_year(text: str, given: object = None) -> int:
    """A year from 1900 to 2200, in ASCII digits (not ²⁰¹⁹); ``given``, what the user wrote, for
    the message."""
    text = text.strip()
    low, high = YEARS
    if not (text.isascii() and text.isdigit() and len(text) <= 4 and low <= int(text) <= high):
        shown = f" in {given!r}" if given is not None and given != text else ""
        raise InputError(f"year {text!r}{shown} is not a year from {low} to {high}")
    return int(text)


def parse_years(text: str) -> tuple[int, int]:
    """``A-B`` (or one year ``Y``) as (first, last), first not after last."""
    first, dash, last = text.strip().partition("-")
    low, high = parse_year(first, text), parse_year(last if dash else first, text)
    if high < low:
        raise InputError(f"years {text!r} run backwards: write the first year first (e.g. 2021-2025)")
    return low, high


def split_year(text: str, given: str) -> tuple[int | None, str]:
    """``YEAR=VALUE`` as (year, value); a text without ``=`` as (None, text)."""
    if "=" not in text:
        return None, text
    year_text, value = (part.strip() for part in text.split("=", 1))
    return parse_year(year_text, given), value


def check_rate(rate: Decimal) -> Decimal:
    """A won-per-dollar rate given as a Decimal (the API): finite, from 1 to 100,000."""
    low, high = RATE_RANGE
    if type(rate) is not Decimal or not rate.is_finite() or not low <= rate <= high:
        raise InputError(f"rate {rate!r} must be a Decimal of won per US dollar, from {low} to {high:,}")
    return rate


def parse_date(text: str) -> dt.date:
    """A calendar day written YYYY-MM-DD, in the years smacalc reads."""
    text = text.strip()
    try:
        if not (len(text) == 10 and text.isascii() and text[4] == text[7] == "-"):
            raise ValueError
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(f"date {text!r} is not a calendar day written YYYY-MM-DD (e.g. 2019-02-13)") from None
    low, high = YEARS
    if not low <= day.year <= high:
        raise InputError(f"date {text!r} is outside the years {low} to {high}")
    return day
