"""The vocabulary of amounts, in one place: the currencies smacalc knows and those it only
recognises, their signs, codes and words in English, Korean and Japanese, the magnitudes, the
Korean and Japanese units, number words and hedges.

`parse_money` (an amount given as an option or a batch field) and the claim reader (figures inside
running text) both build what they match from these tables, so the two cannot disagree on what
`$5 billions`, `5 mil USD` or `50억 달러` is; tests/test_properties.py holds them together.
Everything here is lower case, as the readers compare it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from smacalc.patterns import Pattern


@dataclass(frozen=True)
class Currency:
    code: str
    symbol: str  # as a table shows it
    digits: int  # of the minor unit: 0 for the won and the yen
    minor: str  # the minor unit's name, for messages
    korean: str  # as Korean newsrooms write it after an amount (원 for the won)


CURRENCIES: dict[str, Currency] = {
    c.code: c
    for c in (
        Currency("KRW", "₩", 0, "won", "원"),
        Currency("USD", "$", 2, "cent", "달러"),
        Currency("EUR", "€", 2, "cent", "유로"),
        Currency("CNY", "CN¥", 2, "fen", "위안"),
        Currency("JPY", "¥", 0, "yen", "엔"),
    )
}
KNOWN = "KRW, USD, EUR, CNY and JPY"
RATE_CURRENCIES = ("KRW", "EUR", "CNY", "JPY")  # quoted against the US dollar, in this order

# Signs written before the number ($5 billion, US$1.2bn, ₩1.0389 trillion). A bare $ is the US
# dollar and a bare ¥ the yen.
SIGNS: dict[str, str] = {
    "us$": "USD",
    "u.s.$": "USD",
    "$": "USD",
    "₩": "KRW",
    "w": "KRW",  # W1.17 trillion, as Korea's English-language papers print the won
    "€": "EUR",
    "cn¥": "CNY",
    "rmb": "CNY",
    "¥": "JPY",
}
# ISO codes, before or after the number (USD 5bn, 5B USD).
CODES: dict[str, str] = {"usd": "USD", "krw": "KRW", "eur": "EUR", "cny": "CNY", "rmb": "CNY", "jpy": "JPY"}
# Words after the number (5 billion dollars, 1.5 trillion won), longest first where one begins another.
WORDS: dict[str, str] = {
    "u.s. dollars": "USD",
    "u.s. dollar": "USD",
    "us dollars": "USD",
    "us dollar": "USD",
    "american dollars": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "south korean won": "KRW",
    "korean won": "KRW",
    "won": "KRW",
    "euros": "EUR",
    "euro": "EUR",
    "chinese yuan": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "japanese yen": "JPY",
    "yen": "JPY",
}
# Korean and Japanese currency words: after an amount (50억 달러, 2110億円), or before it (미화 50억 달러).
CJK_AFTER: dict[str, str] = {
    "달러": "USD",
    "us$": "USD",  # 13억US$
    "불": "USD",
    "원": "KRW",
    "유로": "EUR",
    "위안": "CNY",
    "元": "CNY",
    "엔": "JPY",
    "円": "JPY",
}
CJK_BEFORE: dict[str, str] = {"미화": "USD"}

# Currencies the record has no rates for: recognised, so that an amount in them is reported as
# such (an unplaced row, a clear refusal), never read as another currency or dropped.
FOREIGN_SIGNS: dict[str, str] = {"£": "GBP", "s$": "SGD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nt$": "TWD"}
FOREIGN_CODES: dict[str, str] = {c.lower(): c for c in ("GBP", "SGD", "AUD", "CAD", "HKD", "TWD", "CHF", "INR", "RUB")}
FOREIGN_WORDS: dict[str, str] = {
    "pounds sterling": "GBP",
    "pounds": "GBP",
    "pound": "GBP",
    "rupees": "INR",
    "rupee": "INR",
    "roubles": "RUB",
    "rubles": "RUB",
    "파운드": "GBP",
    "루피": "INR",
    "루블": "RUB",
}

# Magnitudes after a number: 5B, 4.7bn, 870 million, $5 billions, 5 mil.
MAGNITUDES: dict[str, int] = {
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
    "bil": 9,
    "bln": 9,
    "billion": 9,
    "billon": 9,  # a misprint of billion, as printed ("up to $1.2 billon")
    "billions": 9,
    "t": 12,
    "tn": 12,
    "trn": 12,
    "trln": 12,
    "trillion": 12,
    "trillions": 12,
    "quadrillion": 15,
}
# Korean and Japanese units: the large ones close a group of four digits, the small ones build it.
LARGE_UNITS: dict[str, int] = {"조": 12, "억": 8, "만": 4, "兆": 12, "億": 8, "万": 4}
SMALL_UNITS: dict[str, int] = {"천": 3, "백": 2, "십": 1, "千": 3, "百": 2, "十": 1}
HANGUL_UNITS = frozenset("조억만천백십")

# Number words, as printed or said (a billion dollars, five times, four percent, 두 배).
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}  # fmt: skip
ARTICLES = ("a", "an")  # "a billion dollars": one, before a magnitude only
# Multiples in a word: "twice", "quadruple"; and a part: "one-tenth", "one half".
FOLDS: dict[str, int] = {"twice": 2, "double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
FRACTIONS: dict[str, Decimal] = {
    "tenth": Decimal("0.1"), "half": Decimal("0.5"), "third": Decimal(1) / 3, "quarter": Decimal("0.25"),
    "fifth": Decimal("0.2"),
}  # fmt: skip
KOREAN_NUMBERS: dict[str, int] = {
    "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
}  # fmt: skip
POINT_WORDS = ("point",)  # broadcast style: one-point-04 trillion won, eight-point-two percent

# Hedges: the words that qualify a figure, by what they claim. Before the figure in English (and
# 약, 거의, 최대, 대략 in Korean); after it in Korean (이상, 가량, 넘는, 육박 ...).
Hedge = str  # one of HEDGE_KINDS
HEDGE_KINDS = ("about", "almost", "up to", "more than")
HEDGES_BEFORE: dict[str, Hedge] = {
    **dict.fromkeys(
        (
            "about",
            "roughly",
            "approximately",
            "approximate",
            "approx.",
            "around",
            "some",
            "an estimated",
            "estimated",
            "약",
            "대략",
        ),
        "about",
    ),
    **dict.fromkeys(
        (
            "almost",
            "nearly",
            "near",
            "close to",
            "just under",
            "a little under",
            "slightly under",
            "just shy of",
            "거의",
        ),
        "almost",
    ),
    **dict.fromkeys(
        (
            "up to",
            "as much as",
            "as many as",
            "as high as",
            "less than",
            "fewer than",
            "no more than",
            "any more than",
            "under",
            "최대",
        ),
        "up to",
    ),
    **dict.fromkeys(
        ("more than", "over", "at least", "just over", "upwards of", "in excess of", "exceeding", "north of"),
        "more than",
    ),
}
HEDGES_AFTER: dict[str, Hedge] = {
    **dict.fromkeys(("가량", "정도", "안팎", "수준", "내외", "남짓", "or so", "odd"), "about"),
    # 선, a level: "3만7천명선인 주한미군", "9천억 원 선을 제시"
    **dict.fromkeys(("선인", "선에서", "선을", "선으로", "선이"), "about"),
    **dict.fromkeys(("가까이", "가까운", "육박", "근접"), "almost"),
    **dict.fromkeys(("이상", "넘는", "넘게", "넘어", "넘습니다", "넘었", "넘긴", "여", "초과", "-plus"), "more than"),
    **dict.fromkeys(("웃도는", "웃돌아", "웃돈", "웃돌", "상회하는", "상회한"), "more than"),
    **dict.fromkeys(("이하", "미만", "까지"), "up to"),
    # a bound refused: "1조원 이상은 안된다" (no more than), "10억 달러 미만은 수용할 수 없다" (no less than)
    **dict.fromkeys(("이상은 안", "이상은 수용할 수 없", "초과는 안"), "up to"),
    **dict.fromkeys(("미만은 안", "미만은 수용할 수 없", "이하는 안"), "more than"),
}  # fmt: skip
# Adverbs that may stand between a Korean figure and its hedge without changing it: 5배가 훌쩍 넘는.
HEDGE_ADVERBS = ("훌쩍", "훨씬", "족히")


def currency_named(name: str) -> str | None:
    """The ISO code of a currency smacalc knows, named by its code, sign or word in any case:
    ``usd``, ``KRW``, ``won``, ``Dollars``, ``yen``, ``₩``, ``원``; None for anything else."""
    key = " ".join(name.strip().lower().split())
    for table in (CODES, WORDS, SIGNS, CJK_AFTER):
        code = table.get(key)
        if code is not None:
            return code
    return None


def alternation(words: object) -> str:
    """A regular expression matching any of ``words`` (an iterable of str), longest first, escaped."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))  # type: ignore[call-overload]


def number_word(word: str) -> Decimal | None:
    """A number written as words: 'five', 'twenty-eight', 'a' (one); None for anything else."""
    word = word.lower().replace("-", " ").strip()
    if word in ARTICLES:
        return Decimal(1)
    total = 0
    for part in word.split():
        if part not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[part]
        total = total * value if value == 100 else total + value
    return Decimal(total) if word else None


# --- numbers written in words, as the claim reader finds them and parse_money reads them ---

_WORD = alternation(NUMBER_WORDS)
_DIGIT_WORDS = {"zero": 0, "oh": 0, **{w: v for w, v in NUMBER_WORDS.items() if v < 10}}
WORD_NUMBER = rf"(?:{_WORD})(?:[\s-](?:{_WORD})){{0,4}}"  # five, twenty-eight, one hundred
# Broadcast style: one-point-04, eight-point-two, 1-point-5, 8.two.
_DIGIT_WORD = alternation(_DIGIT_WORDS)
_DIGIT_WORDS_RUN = rf"(?:{_DIGIT_WORD})(?:[\s-](?:{_DIGIT_WORD})){{0,5}}"
POINT_NUMBER = (
    rf"(?:\b{WORD_NUMBER}|(?<!\d)(?<!\d[.,])\d{{1,4}})[\s-]point[\s-](?:\d{{1,6}}|{_DIGIT_WORDS_RUN})"
    rf"|(?<!\d)(?<!\d[.,])\d{{1,4}}\.(?:{_DIGIT_WORD})"
)
# Broadcast style thousands: 28-thousand-500, 28-thousand and 500, 28-thousand-5-hundred.
THOUSANDS_NUMBER = r"(?<!\d)(?<!\d[.,])\d{1,3}[\s-]thousand(?:\sand\s|[\s-])(?:\d[\s-]hundred\b|\d{3})"
# And hundreds: 8-hundred-25 (million), 9-hundred-50, nine-hundred-26.
_ONE_TO_NINE = alternation(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9)
HUNDREDS_NUMBER = rf"(?:(?<!\d)(?<!\d[.,])\d|\b(?:{_ONE_TO_NINE}))[\s-]hundred(?:[\s-]\d{{1,2}}(?!\d))?"
_SPELLED = Pattern(
    rf"\b(?:(?P<point>{POINT_NUMBER})|(?P<thousands>{THOUSANDS_NUMBER})|(?P<hundreds>{HUNDREDS_NUMBER})"
    rf"|(?P<words>{WORD_NUMBER})"
    rf"|(?P<article>an?)(?=\s+(?:{alternation(MAGNITUDES)})\b))\b",
    re.IGNORECASE,
)


# The words a number in words has one of: a text with none is left as it is.
_NUMBER_LEXICON = frozenset([*NUMBER_WORDS, *ARTICLES, "zero", "oh", "point", "thousand"])


def _point(text: str) -> str:
    whole, _, fraction = re.split(r"([\s-]point[\s-]|\.)", text.lower(), maxsplit=1)
    head = whole if whole.isdigit() else str(number_word(whole))
    if not fraction.isdigit():
        fraction = "".join(str(_DIGIT_WORDS[w]) for w in re.split(r"[\s-]", fraction))
    return f"{head}.{fraction}"


def spelled_out(text: str) -> str:
    """``text`` with numbers written in words as numerals: 'five billion dollars' is '5 billion
    dollars', 'a billion' '1 billion', 'one-point-04 trillion' '1.04 trillion', '28-thousand-500'
    '28500', '8-hundred-25 million' '825 million'."""

    def numeral(m: re.Match[str]) -> str:
        if m["point"]:
            return _point(m["point"])
        if m["thousands"]:
            high, _, low = re.split(r"[\s-](thousand)(?:\sand\s|[\s-])", m["thousands"].lower())
            return str(int(high) * 1000 + (int(low[0]) * 100 if "hundred" in low else int(low)))
        if m["hundreds"]:
            high, _, low = re.split(r"[\s-](hundred)[\s-]?", m["hundreds"].lower())
            return str((int(high) if high.isdigit() else NUMBER_WORDS[high]) * 100 + int(low or 0))
        value = number_word(m["words"] or m["article"])
        return m[0] if value is None else str(value)

    if _NUMBER_LEXICON.isdisjoint(text.lower().replace("-", " ").replace(".", " ").split()):
        return text  # no number in words: the common case, without the larger pattern
    return _SPELLED.sub(numeral, text)
