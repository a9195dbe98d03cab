"""Amounts as Korean newsrooms write them, for --lang ko: won as 1조5192억원 or 9,602억원, dollars
as 8억9115만 달러. The words of Korean output are messages of messages.py; csv, tsv, json and jsonl
never change with the language."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

_EOK, _MAN = Decimal(10) ** 8, Decimal(10) ** 4
_WORDS = {"USD": "달러", "EUR": "유로", "CNY": "위안", "JPY": "엔"}


def won(amount: Decimal) -> str:
    """₩1,519.2bn as 1조5192억원, ₩960.2bn as 9,602억원, ₩36,452,632 as 3,645만원 (to the 억 or
    the 만, half up, as Korean newsrooms round)."""
    sign, value = ("-" if amount < 0 else ""), abs(amount)
    if value >= _EOK:
        eok = int((value / _EOK).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        jo, rest = divmod(eok, 10_000)
        if jo:
            return f"{sign}{jo}조{rest}억원" if rest else f"{sign}{jo}조원"
        return f"{sign}{rest:,}억원"
    if value >= _MAN:
        return f"{sign}{int((value / _MAN).quantize(Decimal(1), rounding=ROUND_HALF_UP)):,}만원"
    return f"{sign}{value.quantize(Decimal(1), rounding=ROUND_HALF_UP):,}원"


def foreign(amount: Decimal, currency: str) -> str:
    """Dollars, euros, yuan and yen as Korean newsrooms write them: 8억9115만 달러, 50억 달러 and
    104만 달러 (to the 만 from a million up), 3만9375 달러 and 850 달러 (to the unit below it)."""
    sign, value = ("-" if amount < 0 else ""), abs(amount)
    word = _WORDS[currency]
    whole = int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if value < 100 * _MAN:  # below a million, to the unit: 3만9375 달러, 850 달러
        man, rest = divmod(whole, 10_000)
        return (
            f"{sign}{man}만{rest} {word}"
            if man and rest
            else f"{sign}{man}만 {word}"
            if man
            else f"{sign}{rest:,} {word}"
        )
    man = int((value / _MAN).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    eok, rest = divmod(man, 10_000)
    if eok:
        return f"{sign}{eok:,}억{rest}만 {word}" if rest else f"{sign}{eok:,}억 {word}"
    return f"{sign}{rest:,}만 {word}"


def money(amount: Decimal, currency: str) -> str:
    return won(amount) if currency == "KRW" else foreign(amount, currency)
