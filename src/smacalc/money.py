"""Money: an exact Decimal with an ISO currency, and the parser for amounts as people write them.

Accepted forms (thousands separators and spaces are ignored where unambiguous):

    5B USD, $5 billion, 4.7bn USD, $870 million, 870M USD, US$1.2bn, $1.3 bln, 5 billion US dollars
    50억 달러, 50억달러, 8억7천만 달러, 9억2500만 달러, 50억불, 미화 50억 달러
    1.0389T KRW, ₩1.0389 trillion, 1.5 trillion won, 1조389억원, 1조 5천억 원, 5천억원, 10389억원
    €910 million, 910 million euros, EUR 910m
    63 billion yuan, CNY 6.3bn, 63억 위안
    ¥211 billion, 211 billion yen, 2110億円

A bare ``$`` is the US dollar and a bare ``¥`` the yen; Korean units with no currency are won.
KRW and JPY have no minor unit, USD, EUR and CNY have cents (fen); an amount finer than that is
refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache

from smacalc.errors import InputError
from smacalc.numbers import WIDE, exact, ungrouped

TENTH = Decimal("0.1")
ONE = Decimal(1)
ZERO = Decimal(0)
CURRENCIES: dict[str, tuple[str, int]] = {
    # code: (symbol, digits of the minor unit)
    "KRW": ("₩", 0),
    "USD": ("$", 2),
    "EUR": ("€", 2),
    "CNY": ("CN¥", 2),
    "JPY": ("¥", 0),
}
KNOWN = "KRW, USD, EUR, CNY and JPY"
MINOR_UNITS = {"KRW": "won", "USD": "cent", "EUR": "cent", "CNY": "fen", "JPY": "yen"}
MINOR: dict[str, Decimal] = {code: Decimal(1).scaleb(-digits) for code, (_, digits) in CURRENCIES.items()}  # 1, 0.01

# Rounding unit of the escalation rules, per currency: ₩100 million (1억원) and $1 million.
RULE_UNIT: dict[str, Decimal] = {"KRW": Decimal("1E8"), "USD": Decimal("1E6")}

ACCEPTED = "'5B USD', '$870 million', '50억 달러', '1.0389T KRW', '1조389억원', '€910 million' or '63 billion yuan'"

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
# Korean and Japanese units: the large ones close a group of four digits, the small ones build it.
_LARGE_UNITS = {"조": 12, "억": 8, "만": 4, "兆": 12, "億": 8, "万": 4}
_SMALL_UNITS = {"천": 3, "백": 2, "십": 1, "千": 3, "百": 2, "十": 1}
_HANGUL_UNITS = frozenset("조억만천백십")
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
    "eur": "EUR",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "cny": "CNY",
    "rmb": "CNY",
    "cn¥": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "jpy": "JPY",
    "¥": "JPY",
    "yen": "JPY",
}
# Currency words around an amount written with Korean or Japanese units (50억 달러, 2110億円).
_CJK_PREFIXES = {"미화": "USD", "us$": "USD", "$": "USD", "₩": "KRW", "€": "EUR", "cn¥": "CNY", "¥": "JPY"}
_CJK_SUFFIXES = {
    "달러": "USD",
    "불": "USD",
    "usd": "USD",
    "원": "KRW",
    "krw": "KRW",
    "유로": "EUR",
    "eur": "EUR",
    "위안": "CNY",
    "元": "CNY",
    "cny": "CNY",
    "엔": "JPY",
    "円": "JPY",
    "jpy": "JPY",
}
# The same words by the character they begin (prefixes) or end (suffixes) with, in the same order:
# only those can match, so the others are not tried.
_CJK_PREFIX_BY_FIRST: dict[str, list[tuple[str, str]]] = {}
_CJK_SUFFIX_BY_LAST: dict[str, list[tuple[str, str]]] = {}
for _word, _code in _CJK_PREFIXES.items():
    _CJK_PREFIX_BY_FIRST.setdefault(_word[0], []).append((_word, _code))
for _word, _code in _CJK_SUFFIXES.items():
    _CJK_SUFFIX_BY_LAST.setdefault(_word[-1], []).append((_word, _code))
_CJK_DIGITS = re.compile(r"\d")
_CJK_TEXT = "[조억만천백십兆億万千百十円元가-힣]"  # compiled on first use: the range of Hangul costs a millisecond

_NUMBER = r"\d+(?:\.\d+)?"
_SIGNS = r"us\$|\$|₩|€|cn¥|¥|usd|krw|eur|cny|rmb|jpy"
_WESTERN = re.compile(
    rf"^(?P<pre>{_SIGNS})?\s*(?P<num>{_NUMBER})\s*(?P<mag>[a-z]*?)\s*"
    r"(?P<post>usd|krw|eur|cny|rmb|jpy|won|euros?|yuan|renminbi|yen|us dollars?|dollars?|원)?$"
)
MAX_AMOUNT = Decimal(10) ** 18  # a million trillion: far above any figure of the record or the talks
_CJK_PART = re.compile(rf"\s*({_NUMBER})?\s*([조억만천백십兆億万千百十]?)")


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in one currency."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if self.currency not in CURRENCIES:
            raise InputError(f"unknown currency {self.currency!r}; smacalc knows {KNOWN}")
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
        return Money.minor(self.amount, self.currency)

    @staticmethod
    def minor(amount: Decimal, currency: str) -> Money:
        """``amount`` of ``currency`` rounded half-up to its minor unit (whole won, cents)."""
        if currency not in MINOR:
            return Money(amount, currency)  # refused: a currency smacalc does not know
        return Money(amount.quantize(MINOR[currency], rounding=ROUND_HALF_UP, context=WIDE), currency)

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
    text = str(value)  # the same digits, quicker, wherever str() writes no exponent
    return format(value, "f") if "E" in text else text


def parse_money(text: str, *, default_currency: str | None = None) -> Money:
    """Read an amount as people write it; raise InputError on anything ambiguous."""
    return _parse_cached(text, default_currency)


# Batches repeat amounts, and a Money is immutable, so results are shared: 16,384 of them, about
# 5 MB, hold the distinct amounts of most batches (a file of varied amounts hits 60% of the time).
@lru_cache(maxsize=16_384)
def _parse_cached(text: str, default_currency: str | None) -> Money:
    raw = text
    s = " ".join(text.strip().lower().split())
    if not s:
        raise InputError(f"empty amount; write one such as {ACCEPTED}")
    s = ungrouped(s)
    if s.endswith(".") and not s[-2:-1].isdigit():
        s = s[:-1].rstrip()  # a sentence's full stop: "$5 billion."
    currency: str | None
    if _is_cjk(s):
        amount, currency = _parse_cjk(s, raw)
    else:
        amount, currency = _parse_western(s, raw)
    currency = currency or default_currency
    if currency is None:
        raise InputError(f"amount {raw!r} has no currency; write one such as {ACCEPTED}")
    if amount >= MAX_AMOUNT:
        raise InputError(f"amount {raw!r} is too large; smacalc reads amounts below 10^18 (a million trillion)")
    if amount != amount.quantize(MINOR[currency], rounding=ROUND_HALF_UP):
        unit = MINOR_UNITS[currency]
        whole = "whole cents" if unit == "cent" else f"whole {unit}"
        raise InputError(f"amount {raw!r} is finer than one {unit}; {currency} amounts are {whole}")
    return Money(_clean(amount), currency)


def _clean(amount: Decimal) -> Decimal:
    """Drop a meaningless exponent so that 1.0389T becomes 1038900000000, not 1.0389E+12."""
    if amount == amount.to_integral_value():
        return amount.quantize(ONE)
    return amount.normalize()


def _parse_western(s: str, raw: str) -> tuple[Decimal, str | None]:
    m = _WESTERN.match(s)
    if not m:
        raise InputError(f"cannot read amount {raw!r}; write one such as {ACCEPTED}")
    mag = m.group("mag")
    if mag not in _MAGNITUDES:
        raise InputError(f"cannot read {mag!r} in amount {raw!r}; write one such as {ACCEPTED}")
    pre, post = m.group("pre"), m.group("post")
    before = _CURRENCY_WORDS[pre] if pre else None
    after = _CURRENCY_WORDS[post] if post else None
    if before and after and before != after:
        raise InputError(f"amount {raw!r} names two currencies")
    return exact(m.group("num"), raw).scaleb(_MAGNITUDES[mag]), before or after


def _is_cjk(s: str) -> bool:
    """Whether ``s`` is written with Korean or Japanese units or currency words (50억 달러, 2110億円)."""
    return not s.isascii() and _cjk_text().search(s) is not None


@lru_cache(maxsize=1)
def _cjk_text() -> re.Pattern[str]:
    return re.compile(_CJK_TEXT)


def _parse_cjk(s: str, raw: str) -> tuple[Decimal, str | None]:
    """An amount in Korean or Japanese units, with its currency word before or after it. Hangul
    units with no currency word are won; Japanese ones need the currency (円, 元)."""
    body, currencies = s, set()
    for prefix, code in _CJK_PREFIX_BY_FIRST.get(body[:1], ()):
        if body.startswith(prefix):
            body, currencies = body[len(prefix) :].lstrip(), {code}
            break
    for suffix, code in _CJK_SUFFIX_BY_LAST.get(body[-1:], ()):
        if body.endswith(suffix):
            body = body[: -len(suffix)].rstrip()
            currencies.add(code)
            break
    if len(currencies) > 1:
        raise InputError(f"amount {raw!r} names two currencies")
    if not _CJK_DIGITS.search(body):
        raise InputError(f"cannot read amount {raw!r}; write one such as {ACCEPTED}")
    currency = currencies.pop() if currencies else ("KRW" if not _HANGUL_UNITS.isdisjoint(body) else None)
    return cjk_number(body, raw), currency


def cjk_number(body: str, raw: str) -> Decimal:
    """The number of ``body``: groups closed by 조/억/만 (兆/億/万), each built of 천/백/십
    (千/百/十) and digits: 1조 5천억 is 1.5 trillion, 8억7천만 is 870 million."""
    total = group = ZERO
    last_large = last_small = 99
    pos, closed, size = 0, True, len(body)
    while pos < size:
        m = _CJK_PART.match(body, pos)
        if m is None or m.end() == pos:
            raise InputError(f"cannot read amount {raw!r}; write one such as {ACCEPTED}")
        end = m.end()
        numeral, unit = m.groups()
        if numeral is None and not unit:
            raise InputError(f"cannot read amount {raw!r}; write one such as {ACCEPTED}")
        value = exact(numeral, raw) if numeral else None
        if unit in _LARGE_UNITS:
            exp = _LARGE_UNITS[unit]
            if exp >= last_large or (value is None and closed):
                raise InputError(f"cannot read amount {raw!r}: units out of order; write one such as '1조389억원'")
            total += (group + (value or 0)).scaleb(exp)
            group, last_large, last_small, closed = ZERO, exp, 99, True
        elif unit in _SMALL_UNITS:
            exp = _SMALL_UNITS[unit]
            if exp >= last_small:
                raise InputError(f"cannot read amount {raw!r}: units out of order; write one such as '8억7천만 달러'")
            group += (value if value is not None else ONE).scaleb(exp)
            last_small, closed = exp, False
        else:
            assert value is not None  # a numeral, since the unit is empty
            if end != size or (last_small < 99 and value >= Decimal(10) ** last_small):
                raise InputError(f"cannot read amount {raw!r}; write one such as {ACCEPTED}")
            group += value
            closed = False
        pos = end
    return total + group


def parse_positive_money(text: str, *, default_currency: str | None = None) -> Money:
    money = _parse_cached(text, default_currency)  # parse_money's own reading
    if money.amount <= 0:
        raise InputError(f"amount {text!r} must be greater than zero")
    return money


def currency_code(code: str) -> str:
    """An ISO code smacalc knows, in capitals: ``usd`` is ``USD``; anything else is an InputError."""
    upper = code.strip().upper() if isinstance(code, str) else code
    if upper not in CURRENCIES:
        raise InputError(f"unknown currency {code!r}; smacalc knows {KNOWN}")
    return upper
