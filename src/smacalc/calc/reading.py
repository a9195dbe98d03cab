"""The figures of a sentence as it was said or printed: amounts (every form parse_money reads),
percentages, multiples and troop counts, each with its hedge ("about", "almost", "up to", 약, 거의)
and where it stands in the text. Pure functions, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from smacalc.errors import InputError
from smacalc.money import Money, cjk_number, parse_money
from smacalc.numbers import ungrouped

FigureKind = Literal["amount", "pct", "multiple", "troops"]
Hedge = Literal["about", "almost", "up to", "more than"]

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MAG = r"trillion|billion|million|thousand|bn|mn|tn|bln|mln|[mbt]"
_WORDS = r"US dollars?|dollars?|won|yuan|renminbi|yen|euros?|USD|KRW|EUR|CNY|RMB|JPY"
_SIGNS = r"US\$|CN¥|\$|₩|€|¥|(?:USD|KRW|EUR|CNY|RMB|JPY)\s?"
_CJK_UNIT = r"[조억만천백십兆億万千百十]"
_CJK_MONEY = r"원|달러|불|위안|유로|엔|円|元"


def _scanner(first: str, pattern: str) -> re.Pattern[str]:
    """``pattern``, case-insensitive, tried only where a match can begin, at one of the characters
    ``first``: the regex engine would otherwise try every alternative at every position of a text."""
    return re.compile(rf"(?=[{first}])(?:{pattern})", re.IGNORECASE)


# Each pattern's text, then the characters its matches can begin with (tests/calc check the two agree).
PATTERNS = {
    "amount": (
        rf"(?:{_SIGNS})(?:{_NUM})(?:\s?(?:{_MAG})\b)?(?:\s(?:{_WORDS})\b)?"
        rf"|(?:{_NUM})\s?(?:(?:{_MAG})\s?)?(?:{_WORDS})\b"
        rf"|(?:미화\s?)?(?:{_NUM})\s?(?:{_CJK_UNIT}\s?(?:\d[\d,]*(?:\.\d+)?\s?)?)+(?:{_CJK_MONEY})?"
        rf"|(?:{_NUM})\s?(?:{_CJK_MONEY})",
        r"\d$₩€¥미uckerj",
    ),
    "pct": (rf"({_NUM})\s?(?:%|percent\b|per cent\b|퍼센트|프로)", r"\d"),
    "multiple": (
        rf"\b(?P<n>{_NUM}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]?(?:times|fold)\b"
        r"|\b(?P<twice>twice|double|triple)\b"
        r"|\bone[\s-](?P<part>tenth|half|third|quarter|fifth)\b"
        rf"|(?P<k>{_NUM}|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s?배",
        r"\dotfsend두세네다여일아열",
    ),
    "troops": (
        rf"(?P<n>{_NUM})\s(?:(?:US|U\.S\.|American)\s)?(?:troops|soldiers|service ?members|military personnel|"
        r"personnel)\b"
        r"|(?P<k>\d+만\s?(?:\d+천\s?)?\d*(?:,\d{3})?|\d{1,3}(?:,\d{3})+|\d+)\s?(?:여\s?)?명",
        r"\d",
    ),
    "hedge": (
        r"(?P<h>about|almost|nearly|roughly|approximately|around|some|up to|as much as|as many as|more than|over|"
        r"at least|close to|just under|just over|약|거의|최대|대략)"
        r"\s*(?:US\s)?$",
        r"anrsumocj약거최대",
    ),
}
_AMOUNT, _PCT, _MULTIPLE, _TROOPS, _HEDGE_BEFORE = (_scanner(first, text) for text, first in PATTERNS.values())
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
}  # fmt: skip
_FRACTIONS = {
    "half": Decimal("0.5"),
    "a third": Decimal(1) / 3,
    "a quarter": Decimal("0.25"),
    "a tenth": Decimal("0.1"),
}
_PARTS = {"tenth": Decimal("0.1"), "half": Decimal("0.5"), "third": Decimal(1) / 3, "quarter": Decimal("0.25"),
          "fifth": Decimal("0.2")}  # fmt: skip
_HEDGE_AFTER = re.compile(r"^\s*(?P<h>이상|넘는|넘게|가량|정도|안팎|가까이|여)")
_HEDGES: dict[str, Hedge] = {
    **dict.fromkeys(
        ("about", "roughly", "approximately", "around", "some", "약", "대략", "가량", "정도", "안팎"), "about"
    ),
    **dict.fromkeys(("almost", "nearly", "close to", "just under", "거의", "가까이"), "almost"),
    **dict.fromkeys(("up to", "as much as", "as many as", "최대"), "up to"),
    **dict.fromkeys(("more than", "over", "at least", "just over", "이상", "넘는", "넘게", "여"), "more than"),
}


@dataclass(frozen=True)
class Figure:
    """One figure of a text: ``value`` is the amount, the percentage, the factor (5 for "five
    times", 0.1 for "one-tenth") or the number of troops; ``money`` the amount with its currency."""

    span: str
    start: int
    end: int
    kind: FigureKind
    value: Decimal
    hedge: Hedge | None = None
    money: Money | None = None

    @property
    def unit(self) -> str:
        if self.money is not None:
            return self.money.currency
        return {"pct": "%", "multiple": "x", "troops": "troops", "amount": ""}[self.kind]


def read_figures(text: str) -> list[Figure]:
    """Every figure of ``text``, in order; troop counts first, so that 2만8500명 is not read as won."""
    taken: list[tuple[int, int]] = []
    found: list[Figure] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(figure: Figure) -> None:
        taken.append((figure.start, figure.end))
        found.append(figure)

    for m in _TROOPS.finditer(text):
        count = _troop_count(m.group("n") or m.group("k"))
        if count is not None and free(m.start(), m.end()):
            hedge = "more than" if "여" in m.group() else _hedge(text, m.start(), m.end())
            add(Figure(m.group(), m.start(), m.end(), "troops", count, hedge))
    for m in _PCT.finditer(text):
        if free(m.start(), m.end()):
            value = Decimal(ungrouped(m.group(1)))
            add(Figure(m.group(), m.start(), m.end(), "pct", value, _hedge(text, m.start(), m.end())))
    for m in _MULTIPLE.finditer(text):
        if free(m.start(), m.end()):
            add(Figure(m.group(), m.start(), m.end(), "multiple", _factor(m), _hedge(text, m.start(), m.end())))
    for m in _AMOUNT.finditer(text):
        span = m.group().rstrip(" ,")
        end = m.start() + len(span)
        if not free(m.start(), end) or _is_year(span):
            continue
        try:
            money = parse_money(span)
        except InputError:
            continue
        add(Figure(span, m.start(), end, "amount", money.amount, _hedge(text, m.start(), end), money))
    return sorted(found, key=lambda f: f.start)


def _is_year(span: str) -> bool:
    return bool(re.fullmatch(r"(19|20)\d\d\s?(원|엔|元)?", span))


def _troop_count(numeral: str) -> Decimal | None:
    text = numeral.replace(" ", "")
    try:
        value = cjk_number(text.replace(",", ""), numeral) if re.search("[만천]", text) else Decimal(ungrouped(text))
    except InputError:
        return None
    return value if 100 <= value <= 10_000_000 and value == value.to_integral_value() else None


def _factor(m: re.Match[str]) -> Decimal:
    if m.group("twice"):
        return Decimal({"twice": 2, "double": 2, "triple": 3}[m.group("twice").lower()])
    if m.group("part"):
        return _PARTS[m.group("part").lower()]
    word = (m.group("n") or m.group("k")).lower()
    return Decimal(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else Decimal(ungrouped(word))


def _hedge(text: str, start: int, end: int) -> Hedge | None:
    before = _HEDGE_BEFORE.search(text[max(0, start - 24) : start])
    if before:
        return _HEDGES[before.group("h").lower()]
    after = _HEDGE_AFTER.match(text[end : end + 6])
    return _HEDGES[after.group("h")] if after else None
