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

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from smacalc import vocabulary
from smacalc.errors import InputError
from smacalc.numbers import WIDE, exact, ungrouped
from smacalc.patterns import Pattern

TENTH = Decimal("0.1")
ONE = Decimal(1)
ZERO = Decimal(0)
CURRENCIES = vocabulary.CURRENCIES
KNOWN = vocabulary.KNOWN
MINOR: dict[str, Decimal] = {code: Decimal(1).scaleb(-c.digits) for code, c in CURRENCIES.items()}  # 1, 0.01

# Rounding unit of the escalation rules, per currency: ₩100 million (1억원) and $1 million.
RULE_UNIT: dict[str, Decimal] = {"KRW": Decimal("1E8"), "USD": Decimal("1E6")}

ACCEPTED = "'5B USD', '$870 million', '50억 달러', '1.0389T KRW', '1조389억원', '€910 million' or '63 billion yuan'"


class UnknownCurrency(InputError):
    """An amount in a currency smacalc recognises but has no rates for (£5 billion, S$1bn)."""

    def __init__(self, raw: str, code: str, amount: Decimal) -> None:
        super().__init__(f"amount {raw!r} is in {code}, which smacalc has no rates for; it knows {KNOWN}")
        self.code, self.amount = code, amount


_BEFORE = {**vocabulary.SIGNS, **vocabulary.CODES, **vocabulary.FOREIGN_SIGNS, **vocabulary.FOREIGN_CODES}
_AFTER = {
    **vocabulary.CODES,
    **vocabulary.WORDS,
    **vocabulary.FOREIGN_CODES,
    **vocabulary.FOREIGN_WORDS,
    **vocabulary.CJK_AFTER,
}
_NUMBER = r"\d+(?:\.\d+)?(?:e\d{1,2})?"
_WESTERN = Pattern(
    rf"^(?P<pre>{vocabulary.alternation(_BEFORE)})?\s*(?P<num>{_NUMBER})\s*(?P<mag>[a-z]*?)\s*"
    rf"(?P<post>{vocabulary.alternation(_AFTER)})?$"
)
MAX_AMOUNT = Decimal(10) ** 18  # a million trillion: far above any figure of the record or the talks
_UNIT_CHARS = "".join(vocabulary.LARGE_UNITS) + "".join(vocabulary.SMALL_UNITS)
_CJK_PART = Pattern(rf"\s*({_NUMBER})?\s*([{_UNIT_CHARS}]?)")
_CJK_TEXT = "[" + "".join(vocabulary.LARGE_UNITS) + "".join(vocabulary.SMALL_UNITS) + "円元가-힣]"
_CJK_BEFORE = {**vocabulary.CJK_BEFORE, **vocabulary.SIGNS}
_CJK_AFTER = {**vocabulary.CJK_AFTER, **vocabulary.CODES, **vocabulary.FOREIGN_WORDS}
_CJK_HEAD = Pattern(rf"^(?P<word>{vocabulary.alternation(_CJK_BEFORE)})\s*")
_CJK_TAIL = Pattern(rf"\s*(?P<word>{vocabulary.alternation(_CJK_AFTER)})$")
_CJK_SEARCH = Pattern(_CJK_TEXT)


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

    def __add__(self, other: Money) -> Money:
        return Money(self._same(other, "add") + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        return Money(self._same(other, "subtract") - other.amount, self.currency)

    def _same(self, other: object, verb: str) -> Decimal:
        """This amount, where ``other`` is money of the same currency: the one rule for arithmetic
        on amounts (converting is calc.rates' work, never implicit)."""
        if not isinstance(other, Money):
            raise InputError(f"cannot {verb} {other!r} and an amount of money")
        if other.currency != self.currency:
            raise InputError(f"cannot {verb} {other.currency} and {self.currency} amounts; convert one first")
        return self.amount

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
        """The amount as a table shows it, one rule for every currency and table: from a million
        up, in billions or millions to four significant figures and never coarser than a tenth of a
        billion ($1.122bn, ₩1,038.9bn, ¥1,055.1bn, $1,234.5bn, $891.1M, $150M, ₩53.31M); smaller
        ones whole ($39,375), or to the cent below $1,000. Every digit shown is the exact amount's,
        rounded half up (trailing zeros of a rounded figure are dropped, never padded in: $5.0bn is
        five billion). csv and json keep the exact value."""
        symbol, digits = CURRENCIES[self.currency].symbol, CURRENCIES[self.currency].digits
        sign = "-" if self.amount < 0 else ""
        value = abs(self.amount)
        for unit, suffix, least in ((BILLION, "bn", 1), (MILLION, "M", 0)):
            scaled = _to_figures(value / unit, least)
            if scaled >= 1:
                return f"{sign}{symbol}{_trimmed(scaled, least)}{suffix}"
        if digits and value < 1000:
            return f"{sign}{symbol}{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"
        return f"{sign}{symbol}{value.quantize(Decimal(1), rounding=ROUND_HALF_UP):,.0f}"


BILLION = Decimal(10) ** 9
MILLION = Decimal(10) ** 6
FIGURES = 4  # the significant figures a shortened amount keeps at the least


def _to_figures(value: Decimal, least: int) -> Decimal:
    """``value`` rounded half up to ``FIGURES`` significant figures of its whole part, or to
    ``least`` decimals where that is finer: 1.1222 -> 1.122, 1234.56 -> 1234.6 (least 1)."""
    places = max(least, FIGURES - len(str(int(value))))
    with localcontext(WIDE):
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
    """Read an amount as people write it (the forms are those of smacalc.vocabulary); raise
    InputError on anything ambiguous, UnknownCurrency for a currency smacalc has no rates for."""
    if not isinstance(text, str):
        raise InputError(f"an amount must be text, such as {ACCEPTED}; got {text!r}")
    if default_currency is not None:
        default_currency = currency_code(default_currency)
    raw = text
    s = " ".join(text.strip().lower().split())
    if not s:
        raise InputError(f"empty amount; write one such as {ACCEPTED}")
    s = ungrouped(vocabulary.spelled_out(s))
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
    if currency not in CURRENCIES:
        raise UnknownCurrency(raw, currency, _clean(amount))
    if amount >= MAX_AMOUNT:
        raise InputError(f"amount {raw!r} is too large; smacalc reads amounts below 10^18 (a million trillion)")
    if amount != amount.quantize(MINOR[currency], rounding=ROUND_HALF_UP, context=WIDE):
        unit = CURRENCIES[currency].minor
        whole = "whole cents" if unit == "cent" else f"whole {unit}"
        raise InputError(f"amount {raw!r} is finer than one {unit}; {currency} amounts are {whole}")
    return Money(_clean(amount), currency)


def _clean(amount: Decimal) -> Decimal:
    """Drop a meaningless exponent so that 1.0389T becomes 1038900000000, not 1.0389E+12."""
    if amount == amount.to_integral_value():
        return amount.quantize(ONE, context=WIDE)
    return amount.normalize(WIDE)


def _parse_western(s: str, raw: str) -> tuple[Decimal, str | None]:
    m = _WESTERN.match(s)
    if not m:
        raise InputError(f"cannot read amount {raw!r}; write one such as {ACCEPTED}")
    mag = m.group("mag")
    if mag not in vocabulary.MAGNITUDES and mag:
        raise InputError(f"cannot read {mag!r} in amount {raw!r}; write one such as {ACCEPTED}")
    pre, post = m.group("pre"), m.group("post")
    before = _BEFORE[pre] if pre else None
    after = _AFTER[post] if post else None
    if before and after and before != after:
        raise InputError(f"amount {raw!r} names two currencies")
    return exact(m.group("num"), raw).scaleb(vocabulary.MAGNITUDES.get(mag, 0), WIDE), before or after


def _is_cjk(s: str) -> bool:
    """Whether ``s`` is written with Korean or Japanese units or currency words (50억 달러, 2110億円)."""
    return not s.isascii() and _CJK_SEARCH.search(s) is not None


def _parse_cjk(s: str, raw: str) -> tuple[Decimal, str | None]:
    """An amount in Korean or Japanese units, with its currency word before or after it. Hangul
    units with no currency word are won; Japanese ones need the currency (円, 元)."""
    body, currencies = s, set()
    head = _CJK_HEAD.match(body)
    if head is not None:
        body, currencies = body[head.end() :], {_CJK_BEFORE[head["word"]]}
    tail = _CJK_TAIL.search(body)
    if tail is not None:
        body = body[: tail.start()]
        currencies.add(_CJK_AFTER[tail["word"]])
    if len(currencies) > 1:
        raise InputError(f"amount {raw!r} names two currencies")
    if not any(c.isdigit() for c in body):
        raise InputError(f"cannot read amount {raw!r}; write one such as {ACCEPTED}")
    has_units = not vocabulary.HANGUL_UNITS.isdisjoint(body)
    currency = currencies.pop() if currencies else ("KRW" if has_units else None)
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
        if unit in vocabulary.LARGE_UNITS:
            exp = vocabulary.LARGE_UNITS[unit]
            if exp >= last_large or (value is None and closed):
                raise InputError(f"cannot read amount {raw!r}: units out of order; write one such as '1조389억원'")
            total += (group + (value or 0)).scaleb(exp)
            group, last_large, last_small, closed = ZERO, exp, 99, True
        elif unit in vocabulary.SMALL_UNITS:
            exp = vocabulary.SMALL_UNITS[unit]
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
    money = parse_money(text, default_currency=default_currency)
    if money.amount <= 0:
        raise InputError(f"amount {text!r} must be greater than zero")
    return money


def currency_code(code: str) -> str:
    """The ISO code of a currency smacalc knows, by its code, sign or word in any case (the
    vocabulary's): ``usd`` and ``dollars`` are ``USD``, ``won`` and ``₩`` ``KRW``; anything else is
    an InputError."""
    named = vocabulary.currency_named(code) if isinstance(code, str) else None
    if named is None:
        raise InputError(f"unknown currency {code!r}; smacalc knows {KNOWN} (or their words: won, dollars, yen...)")
    return named
