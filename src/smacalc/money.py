"""Money: an exact Decimal with an ISO currency, and the parser for amounts as people write them.

Accepted forms (thousands separators and spaces are ignored where unambiguous):

    5B USD, $5 billion, 4.7bn USD, $870 million, 870M USD, US$1.2bn, $1.3 bln, 5 billion US dollars
    1.0389T KRW, ₩1.0389 trillion, 1조389억원, 1조 389억, 10389억원, 1183300000000 KRW

KRW has no minor unit, USD has cents; an amount finer than that is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Context, Decimal, InvalidOperation, localcontext
from functools import lru_cache

from smacalc.errors import InputError

TENTH = Decimal("0.1")
CURRENCIES: dict[str, tuple[str, int]] = {
    # code: (symbol, digits of the minor unit)
    "KRW": ("₩", 0),
    "USD": ("$", 2),
}

# Rounding unit of the escalation rules, per currency: ₩100 million (1억원) and $1 million.
RULE_UNIT: dict[str, Decimal] = {"KRW": Decimal("1E8"), "USD": Decimal("1E6")}

ACCEPTED = "'5B USD', '$870 million', '1.0389T KRW', '1조389억원' or '1183300000000 KRW'"

_MAGNITUDES: dict[str, int] = {
    "": 0,
    "k": 3,
    "thousand": 3,
    "m": 6,
    "mn": 6,
    "mil": 6,
    "mln": 6,
    "million": 6,
    "millions": 6,
    "b": 9,
    "bn": 9,
    "bln": 9,
    "billion": 9,
    "billions": 9,
    "t": 12,
    "tn": 12,
    "trillion": 12,
    "trillions": 12,
}
_KOREAN_UNITS = {"조": 12, "억": 8, "만": 4}
_CURRENCY_WORDS = {
    "usd": "USD",
    "us$": "USD",
    "$": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "krw": "KRW",
    "₩": "KRW",
    "won": "KRW",
    "원": "KRW",
}

_NUMBER = r"\d+(?:\.\d+)?"
_WESTERN = re.compile(
    rf"^(?P<pre>us\$|\$|₩|usd|krw)?\s*(?P<num>{_NUMBER})\s*(?P<mag>[a-z]*?)\s*"
    r"(?P<post>usd|krw|won|us dollars?|dollars?|원)?$"
)
# A whole number grouped by thousands (1,500 or 1,038,900), not inside a decimal part: 1,000.5,000
# and 5.00,000 keep their commas, and are refused.
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")


def ungrouped(text: str) -> str:
    """``text`` with the thousands separators of its whole numbers removed."""
    return _GROUPED.sub(lambda m: m.group().replace(",", ""), text) if "," in text else text


MAX_AMOUNT = Decimal(10) ** 18  # a million trillion: far above any figure of the record or the talks
RATE_RANGE = (Decimal(1), Decimal(100_000))  # won per dollar; the record's years run from 737 to 1,421
_KOREAN_PART = re.compile(rf"\s*({_NUMBER})\s*([조억만]?)")


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in one currency."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if self.currency not in CURRENCIES:
            raise InputError(f"unknown currency {self.currency!r}; smacalc knows KRW and USD")
        if type(self.amount) is not Decimal or not self.amount.is_finite():
            raise InputError(
                f"amount {self.amount!r} must be a finite Decimal (Decimal('0.1'), not 0.1 or '0.1'); "
                "parse_money reads text"
            )

    def __str__(self) -> str:
        return f"{plain(self.amount)} {self.currency}"

    def round_to(self, unit: Decimal) -> Money:
        """Round half-up to a multiple of ``unit`` (e.g. ₩100 million)."""
        with localcontext(WIDE):
            units = (self.amount / unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        exact = units * unit
        # A whole amount keeps exponent 0, so it prints as 1551100000000, never as 1.5511E+12.
        return Money(exact.quantize(Decimal(1)) if unit >= 1 else exact, self.currency)

    def round_minor(self) -> Money:
        """Round half-up to the currency's minor unit (whole won, cents)."""
        digits = CURRENCIES[self.currency][1]
        return Money(self.amount.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP), self.currency)

    def human(self) -> str:
        """The amount as a table shows it, one rule for every table: won from ₩1bn in billions to
        0.1 (₩1,038.9bn, as the record keeps them); every other amount from a million to four
        significant figures, in billions ($1.122bn, $5.0bn) or millions ($891.1M, $150M, ₩36.45M);
        smaller ones whole ($39,375), or to the cent below $1,000. csv and json keep the exact value."""
        symbol, digits = CURRENCIES[self.currency]
        sign = "-" if self.amount < 0 else ""
        value = abs(self.amount)
        if self.currency == "KRW" and value >= BILLION:
            tenths = (value / BILLION).quantize(TENTH, rounding=ROUND_HALF_UP)
            return f"{sign}{symbol}{tenths:,.1f}bn"
        for unit, suffix, least in ((BILLION, "bn", 1), (MILLION, "M", 0)):
            if value >= unit:
                scaled = _significant(value / unit, 4)
                if scaled >= 1000 and suffix == "M":
                    scaled, suffix, least = _significant(value / BILLION, 4), "bn", 1
                return f"{sign}{symbol}{_trimmed(scaled, least)}{suffix}"
        if digits and value < 1000:
            return f"{sign}{symbol}{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"
        return f"{sign}{symbol}{value.quantize(Decimal(1), rounding=ROUND_HALF_UP):,.0f}"


BILLION = Decimal(10) ** 9
MILLION = Decimal(10) ** 6


def _significant(value: Decimal, figures: int) -> Decimal:
    """``value`` (at least 1) rounded half-up to ``figures`` significant figures."""
    places = max(0, figures - len(str(int(value))))
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _trimmed(value: Decimal, least: int) -> str:
    """Grouped, trailing zeros dropped, with at least ``least`` decimals: 5.0, 4.7, 150, 1,122."""
    whole, _, frac = f"{value:,f}".partition(".")
    frac = frac.rstrip("0").ljust(least, "0")
    return f"{whole}.{frac}" if frac else whole


def plain(value: Decimal) -> str:
    """A Decimal as a plain numeral with the digits it carries (5.0 stays 5.0), never an exponent."""
    return format(value, "f")


def parse_money(text: str, *, default_currency: str | None = None) -> Money:
    """Read an amount as people write it; raise InputError on anything ambiguous."""
    return _parse_cached(text, default_currency)


@lru_cache(maxsize=4096)  # batches repeat amounts; a Money is immutable, so results can be shared
def _parse_cached(text: str, default_currency: str | None) -> Money:
    raw = text
    s = " ".join(text.strip().lower().split())
    if not s:
        raise InputError(f"empty amount; write one such as {ACCEPTED}")
    s = ungrouped(s)
    if s.endswith(".") and not s[-2:-1].isdigit():
        s = s[:-1].rstrip()  # a sentence's full stop: "$5 billion."
    currency: str | None
    if "조" in s or "억" in s or "만" in s:
        amount, currency = _parse_korean(s, raw)
    else:
        amount, currency = _parse_western(s, raw)
    currency = currency or default_currency
    if currency is None:
        raise InputError(f"amount {raw!r} has no currency; write one such as {ACCEPTED}")
    if amount >= MAX_AMOUNT:
        raise InputError(f"amount {raw!r} is too large; smacalc reads amounts below 10^18 (a million trillion)")
    digits = CURRENCIES[currency][1]
    if amount != amount.quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP):
        unit = "won" if digits == 0 else "cent"
        whole = "whole won" if digits == 0 else "whole cents"
        raise InputError(f"amount {raw!r} is finer than one {unit}; {currency} amounts are {whole}")
    return Money(_clean(amount), currency)


def _clean(amount: Decimal) -> Decimal:
    """Drop a meaningless exponent so that 1.0389T becomes 1038900000000, not 1.0389E+12."""
    if amount == amount.to_integral_value():
        return amount.quantize(Decimal(1))
    return amount.normalize()


def _parse_western(s: str, raw: str) -> tuple[Decimal, str | None]:
    m = _WESTERN.match(s)
    if not m:
        raise InputError(f"cannot read amount {raw!r}; write one such as {ACCEPTED}")
    mag = m.group("mag")
    if mag not in _MAGNITUDES:
        raise InputError(f"cannot read {mag!r} in amount {raw!r}; write one such as {ACCEPTED}")
    pre, post = m.group("pre"), m.group("post")
    currencies = {_CURRENCY_WORDS[w] for w in (pre, post) if w}
    if len(currencies) > 1:
        raise InputError(f"amount {raw!r} names two currencies")
    currency = currencies.pop() if currencies else None
    return _exact(m.group("num"), raw).scaleb(_MAGNITUDES[mag]), currency


def _parse_korean(s: str, raw: str) -> tuple[Decimal, str]:
    body = s
    if body.startswith("₩"):
        body = body[1:]
    for suffix in ("krw", "원"):
        if body.endswith(suffix):
            body = body[: -len(suffix)]
            break
    body = body.strip()
    total = Decimal(0)
    pos = 0
    last_exp = 99
    while pos < len(body):
        m = _KOREAN_PART.match(body, pos)
        if not m or m.end() == pos:
            raise InputError(f"cannot read amount {raw!r}; write one such as {ACCEPTED}")
        exp = _KOREAN_UNITS.get(m.group(2), 0)
        if exp >= last_exp:
            raise InputError(f"cannot read amount {raw!r}: units out of order; write one such as '1조389억원'")
        total += _exact(m.group(1), raw).scaleb(exp)
        last_exp = exp
        pos = m.end()
    return total, "KRW"


def parse_positive_money(text: str, *, default_currency: str | None = None) -> Money:
    money = parse_money(text, default_currency=default_currency)
    if money.amount <= 0:
        raise InputError(f"amount {text!r} must be greater than zero")
    return money


DIGITS = 28  # significant digits smacalc reads (the decimal module's default precision)
# The context products and quotients of amounts are computed in before they are rounded to the
# won, the cent or the rule's unit: an amount (up to 20 digits) times a rate or a growth factor (up
# to 28) is exact in it, so a figure is rounded once, never twice.
WIDE = Context(prec=2 * DIGITS + 4, rounding=ROUND_HALF_EVEN)


def _exact(numeral: str, given: str) -> Decimal:
    """A numeral as a Decimal, refused where it has more significant digits than smacalc computes
    with exactly: it would be rounded before it is checked."""
    value = Decimal(numeral)
    if len(value.as_tuple().digits) > DIGITS:
        raise InputError(f"{given!r} has more than {DIGITS} significant digits; smacalc computes with {DIGITS}")
    return value


def parse_decimal(text: str, what: str) -> Decimal:
    """A finite decimal number, or InputError naming ``what``."""
    try:
        value = _exact(text.strip(), text)
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


def split_year(text: str, given: str) -> tuple[int | None, str]:
    """``YEAR=VALUE`` as (year, value); a text without ``=`` as (None, text)."""
    if "=" not in text:
        return None, text
    year_text, value = (part.strip() for part in text.split("=", 1))
    return parse_year(year_text, given), value


def currency_code(code: str) -> str:
    """An ISO code smacalc knows, in capitals: ``usd`` is ``USD``; anything else is an InputError."""
    upper = code.strip().upper() if isinstance(code, str) else code
    if upper not in CURRENCIES:
        raise InputError(f"unknown currency {code!r}; smacalc knows KRW and USD")
    return upper


def check_rate(rate: Decimal) -> Decimal:
    """A won-per-dollar rate given as a Decimal (the API): finite, from 1 to 100,000."""
    low, high = RATE_RANGE
    if type(rate) is not Decimal or not rate.is_finite() or not low <= rate <= high:
        raise InputError(f"rate {rate!r} must be a Decimal of won per US dollar, from {low} to {high:,}")
    return rate
