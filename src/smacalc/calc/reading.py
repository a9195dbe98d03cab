"""The figures of a sentence as it was said or printed: amounts (every form parse_money reads, and
amounts in currencies the record lacks), percentages, multiples, counts of troops, workers and
other people, and exchange rates stated in the text; each with its hedge ("about", "almost", "up
to", 약, 거의, 이상) and where it stands.

The text is normalised first (normalise.py: NFKC; zero-width characters, soft hyphens and combining marks
removed), so a pasted figure is read whole; spans are of the normalised text. Every pattern is built from
smacalc.vocabulary and begins only where a number can begin, so reading is linear in the text's length.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from smacalc import vocabulary as v
from smacalc.calc import count_words, ranges, year_words
from smacalc.calc.hedges import Hedge, hedge_of
from smacalc.calc.normalise import normalise
from smacalc.calc.numerals import UNITS, count, decimal, korean_number, low_end_before, number, ranged_after
from smacalc.calc.sentences import sentence_ends
from smacalc.errors import InputError
from smacalc.money import Money, UnknownCurrency, parse_money
from smacalc.patterns import Pattern

FigureKind = Literal["amount", "pct", "multiple", "troops", "workers", "people", "rate"]

# A number as printed: grouped or plain digits with a decimal part, never starting or ending
# inside a run of digits (so a long run is tried once, not at each of its digits). Each number
# pattern opens with a lookahead for the character it must begin with (a digit, here): a search
# passes every other place at once instead of trying each alternative there, and finds the same.
_DIGITS = r"(?=\d)(?<!\d)(?<!\d[.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])"
# A number in digits or words begins with a digit or the first letter of a number word.
_NUMBER_START = rf"(?=[\d{''.join(sorted({w[0] for w in v.NUMBER_WORDS}))}])"
_NUM = (
    rf"{_NUMBER_START}(?:{v.POINT_NUMBER}|{v.THOUSANDS_NUMBER}|{v.HUNDREDS_NUMBER}|{_DIGITS}(?:e\d{{1,2}}\b)?"
    rf"|\b{v.WORD_NUMBER})"
)
_MAG = v.alternation(v.MAGNITUDES)
_MAG_WORDS = v.alternation(m for m in v.MAGNITUDES if len(m) > 3)  # thousand, million, billion, trillion
_BEFORE = v.alternation({**v.SIGNS, **v.FOREIGN_SIGNS})
_WON_SIGNS = v.alternation(sign for sign, code in v.SIGNS.items() if code == "KRW")  # ₩, W
_CODES = v.alternation({**v.CODES, **v.FOREIGN_CODES})
_AFTER = v.alternation({**v.WORDS, **v.FOREIGN_WORDS})
_CJK_MONEY = v.alternation({**v.CJK_AFTER, **{w: c for w, c in v.FOREIGN_WORDS.items() if not w.isascii()}})
# Groups of digits, each closed by a unit but the last (1조5192억, 8억7천만, 2만8천5백), at most eight:
# a unit after each group keeps the reading of a run of digits and units one way only.
# 여 ("more than") may stand before a unit: 6천100여억원, 4억2천여만달러, 600억 여원.
_YEO = rf"여(?=[{UNITS}])|(?<=[{UNITS}])\s?여(?=\s?원)"
_CJK_GROUP = rf"\d[\d,]{{0,12}}(?:\.\d{{1,6}})?\s?(?:[{UNITS}]|{_YEO})(?:\s?(?:[{UNITS}]|{_YEO})){{0,3}}"
# After the first group, 천 or 백 may stand for one thousand or hundred: 1조 천305억 is 1조1305억.
_CJK_BARE = rf"[천백]\s?\d[\d,]{{0,12}}\s?(?:[{UNITS}]|{_YEO}){{1,4}}"
_CJK_NUM = (
    rf"(?=\d)(?<!\d)(?<!\d[.,]){_CJK_GROUP}(?:\s?(?:{_CJK_GROUP}|{_CJK_BARE})){{0,7}}"
    rf"(?:\s?\d[\d,]{{0,12}}(?!\s?[{UNITS}]))?"
)

# Latin words end where no Latin letter follows: a Korean particle may ($5 billion를, 50 dollars는).
_END = r"(?![a-z])"
_AMOUNT = Pattern(
    # a sign or code before: $5 billion, US$1.2bn, ₩1.0389 trillion, USD 5bn, KRW1.038 trillion, £5 billion
    rf"(?<![a-z])(?:(?:{_BEFORE})\s?|(?:{_CODES})(?:\s|(?=\d)))(?:{_NUM})(?:[\s-]?(?:{_MAG}){_END})?(?:\s(?:{_CODES}|{_AFTER}){_END})?"
    # a number (with a magnitude or not), then the currency: 5 billion dollars, 5B USD, 500 dollars, 1e9 USD
    # (after an article, a magnitude in words: "a billion dollars", not "at KRW")
    rf"|(?:(?:{_NUM})[\s-]?(?:(?:{_MAG})[\s-]?)?|(?<![a-z])an?\s(?:{_MAG_WORDS})[\s-]?)(?:{_CODES}|{_AFTER}){_END}",
    re.IGNORECASE,
)
# Amounts written with Korean or Japanese units or currency words, read only in a text that has them.
_AMOUNT_CJK = Pattern(
    # Korean and Japanese units: 1조5192억원, 50억 달러, 미화 50억 달러, 2110億円, 8억7천만 달러
    rf"(?:미화\s?)?{_CJK_NUM}(?:\s?여(?=\s?원))?\s?(?:{_CJK_MONEY})?"
    # digits then a Korean or Japanese currency word: 1,000원
    rf"|{_DIGITS}\s?(?:{_CJK_MONEY})",
    re.IGNORECASE,
)
# (not percentage points, 4.1%p; but 8.2%포인트 is printed for a percentage rise too)
_PCT = Pattern(
    rf"(?P<n>{_NUM})[\s-]?(?:%(?!p)|per ?cent{_END}|p\.c\b\.?|pct\b\.?|퍼센트|프로(?![가-힣]))", re.IGNORECASE
)
_MULTIPLE = Pattern(
    rf"(?:(?P<lo>{_NUM})(?:\s?(?:to|–)\s?|(?<=\d)-(?=\d)))?(?P<n>{_NUM})[\s-]?(?:times|time(?=\s(?:more|higher|larger|greater|bigger|as)\b)|fold){_END}"
    r"|\b(?P<fold>two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)fold\b"
    r"|\b(?P<half>one|two|three|four|five)[\s-]and[\s-]a[\s-]half[\s-]times\b"
    rf"|\b(?P<twice>{v.alternation(v.FOLDS)})\b"
    rf"|\bone[\s-](?P<part>{v.alternation(v.FRACTIONS)})\b"
    rf"|(?P<k>(?<!\d)(?<!\d[.,])\d+(?:\.\d+)?|{v.alternation(v.KOREAN_NUMBERS)})(?:\s?(?:~|∼|-)\s?(?P<upper>\d+))?\s?배",
    re.IGNORECASE,
)
# Words without one of which a text holds no percentage, or no multiple: their patterns are not tried.
_PCT_HINTS = ("%", "per", "p.c", "pct", "퍼센트", "프로")
_MULTIPLE_HINTS = ("time", "fold", "배", "one", *v.FOLDS)
# A count in English: 28,500 troops, 9,000 or so employees, 32-thousand soldiers, 28,500-strong.
_COUNT_NUM = (
    rf"(?:(?=\d)(?:{v.THOUSANDS_NUMBER}|(?<!\d)(?<!\d[.,])\d{{1,3}}[\s-](?:thousand|hundred)|{_DIGITS})"
    rf"|\b(?:{v.WORD_NUMBER})[\s-]thousand\b(?:[\s-]\d{{3}}(?!\d))?)"
)
_RANGE = rf"(?:\s?(?:to|-|–|~|∼)\s?(?P<upper>{_COUNT_NUM}))?"
_ENGLISH_COUNT = Pattern(
    rf"(?P<n>{_COUNT_NUM}){_RANGE}['’\"”]?(?:[\s-](?:strong|odd|plus|or so|member))?"
    rf"(?:\s(?:[a-z]{{3,}}(?:-[a-z]{{3,}})?\s)??(?:(?:active[\s-]duty|American|U\.S\.|USA?|USFK|military|armed|civilian|more|additional|other)\s){{0,3}})?"
    rf"\s?(?:(?P<workers>{count_words.WORKER_NOUNS}|Korean personnel)|(?P<troops>{count_words.TROOP_NOUNS}))\b"
    rf"|(?P<strong>{_DIGITS})-(?:strong|member)\b(?:\s(?P<strong_workers>(?:South )?Korean workforce|workforce))?",
    re.IGNORECASE,
)
# The noun first: the number of USFK troops ... at about 28,500; the current 28,500; not 40,000 but 28,500.
_TROOPS_THEN_COUNT = Pattern(
    rf"(?:troops|soldiers|forces?|contingent|garrison|USFK|service ?members)\b[^.;!?\d$₩€¥%]{{0,60}}?"
    rf"\b(?:at|to|of|from|is|are|was|were|not|but|current|currently|around|about|some|roughly|nearly)\s"
    rf"(?:(?:about|around|some|roughly|nearly|approximately|the current)\s)?(?!(?:19|20)\d\d\b)(?P<n>{_COUNT_NUM})"
    rf"(?![\d,.]*[\s-]?(?:\d{{1,2}}[\s-])?(?:%|percent|won|dollars|yen|billion|million|trillion|troops|soldiers))",
    re.IGNORECASE,
)
# Between a part and the count it is taken from: "4,500 of the approximately 28,500" (and in claim_counts).
OF_A_WHOLE = (
    r"\s(?:out\s)?of\s(?:the\s|its\s|their\s)?(?:[\w.'’]+\s){0,3}?"
    r"(?:(?:about|approximately|some|roughly|around|nearly|almost)\s)?"
)
_PART_OF_COUNT = Pattern(rf"(?P<n>{_COUNT_NUM})" + OF_A_WHOLE + r"(?=\d)", re.IGNORECASE)
# ("9천여 주한미군 한국인 근로자들": a count of workers needs no 명)
_KOREAN_COUNT = Pattern(
    rf"(?P<k>(?:(?<![\d가-힣])만(?=\d))?{_CJK_NUM}|{_DIGITS})(?:\s?(?:~|∼|-)\s?(?P<upper>{_CJK_NUM}|{_DIGITS}))?\s?(?P<more>여)?"
    r"(?:\s?(?:명|인)(?![가-힣]*원)|(?=\s?(?:주한\s?미군\s?)?(?:한국인\s?)?(?:근로자|노동자|직원)))"
)
# A bare count of tens of thousands with troops named before it in the text: "In fact there are
# around 28,000.", "The actual number is 28,500." (read last, where nothing else stands).
# (not another country's: "more than 50,000 South Korean troops")
_BARE_COUNT = Pattern(
    r"(?<![\d$₩€¥£.,])[1-9]\d,\d{3}(?!\d|,\d|\.\d)(?!\s(?:South |North )?Korean\b|\sROK\b|\sJapanese\b|\sChinese\b)"
)
_TROOP_WORDS = Pattern(
    r"미군|병력|장병|군인|병사|주둔(?!\s?(?:비|경비|비용|지원))"  # stationed, not the costs of stationing
    r"|\btroops?\b|soldiers|\bforces\b|service ?members|\bpersonnel\b|\bUSFK\b",
    re.IGNORECASE,
)
_WORKER_WORDS = Pattern(r"근로자|노동자|노무자|직원|종사자|고용|인력|종업원|한국인|우리 국민|군무원|인건비|휴직|일하")
# An exchange rate stated in the text: at ₩1,245 to the dollar, 1달러당 1,300원, 달러당 1천2백원, 환율 1,245원 기준.
_RATE = Pattern(
    rf"(?:at|of)\s(?P<a>(?:₩|KRW\s?){_DIGITS}(?:\s?won)?|{_DIGITS}\s?won)\s(?:to|per|against)\s(?:the|a|one|1)\s"
    r"(?:U\.?S\.?\s)?dollar"
    # (US$1=W1,231), ($1 = 1,231 won)
    rf"|(?:US|U\.S\.)?\$\s?1\s?=\s?(?P<d>(?:{_WON_SIGNS})\s?{_DIGITS}|{_DIGITS}\s?won)"
    rf"|(?:(?:1|한)\s?달러(?:당|에)|달러당)\s?(?P<b>{_DIGITS}|\d천(?:\d{{1,3}}|\d백(?:\d{{1,2}})?))\s?원"
    rf"|환율(?:을|은|는|이|가)?\s?(?:\(?1\s?달러\s?=?\)?\s?)?(?P<c>{_DIGITS}|\d천\d?백?\d{{1,3}})\s?원",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    """One figure of a text: ``value`` is the amount, the percentage, the factor (5 for "five
    times", 0.1 for "one-tenth"), the count, or the won per dollar of a stated rate; ``money`` the
    amount with its currency; ``foreign`` the ISO code of an amount in a currency the record lacks."""

    span: str
    start: int
    end: int
    kind: FigureKind
    value: Decimal
    hedge: Hedge | None = None
    money: Money | None = None
    foreign: str | None = None
    upper: Decimal | None = None  # a range's upper end (28,000 to 32,000; 5∼6배): holds where the record is in it

    @property
    def unit(self) -> str:
        currency = self.money.currency if self.money is not None else self.foreign
        return currency or {"pct": "%", "multiple": "x", "rate": "KRW per USD"}.get(self.kind, self.kind)


def read_figures(text: str) -> list[Figure]:
    """Every figure of ``text`` (normalised: see ``normalise``), in order. Counts of people and
    stated rates are read first, so that 2만8500명 is not read as won nor ₩1,245 to the dollar as
    an amount; then percentages, multiples and amounts, each where no earlier figure stands."""
    text = normalise(text)
    taken = bytearray(len(text) + 1)
    found: list[Figure] = []

    def add(figure: Figure | None) -> None:
        if figure is None or any(taken[figure.start : figure.end]):
            return
        taken[figure.start : figure.end] = b"\1" * (figure.end - figure.start)
        found.append(figure)

    for m in _RATE.finditer(text):
        numeral = m["a"] or m["b"] or m["c"] or m["d"]
        value = korean_number(numeral) if re.search("[천백]", numeral) else decimal(re.sub(r"[^\d.,]", "", numeral))
        if value is not None:
            add(Figure(m[0], m.start(), m.end(), "rate", value))
    for m in _ENGLISH_COUNT.finditer(text):
        add(_english_count(text, m))
    for m in _TROOPS_THEN_COUNT.finditer(text):
        add(_english_count(text, m, start=m.start("n")))
    wholes = {f.start: f for f in found if f.kind in ("troops", "workers")}
    for m in _PART_OF_COUNT.finditer(text) if wholes else ():  # "about 4,000 of the approximately 8,600 Korean workers"
        whole, part = wholes.get(m.end()), count(m["n"])
        if whole is not None and part is not None and 10 <= part < whole.value:
            add(Figure(m["n"], m.start(), m.end("n"), whole.kind, part, hedge_of(text, m.start(), m.end("n"))))
    cjk = not text.isascii()
    for m in _KOREAN_COUNT.finditer(text) if cjk else ():
        add(_korean_count(text, m))
    lowered = text.lower()
    for m in _PCT.finditer(text) if any(w in lowered for w in _PCT_HINTS) else ():
        value = number(m["n"])
        if value is not None:
            add(Figure(m[0], m.start(), m.end(), "pct", value, hedge_of(text, m.start(), m.end())))
    for m in _MULTIPLE.finditer(text) if any(w in lowered for w in _MULTIPLE_HINTS) else ():
        factor = _factor(m)
        if factor is not None:
            upper = Decimal(m["upper"]) if m["upper"] else None
            if m["lo"] and (least := number(m["lo"])) is not None and least < factor:  # "five to six times"
                factor, upper = least, factor
            add(Figure(m[0], m.start(), m.end(), "multiple", factor, hedge_of(text, m.start(), m.end()), upper=upper))
    for pattern in (_AMOUNT, _AMOUNT_CJK) if cjk else (_AMOUNT,):
        for m in pattern.finditer(text):
            add(_vague_tail(text, _amount(text, m)) if pattern is _AMOUNT_CJK else _amount(text, m))
    for m in _BARE_MAGNITUDE.finditer(text):
        add(_bare_amount(text, m, found))
    for m in _BARE_COUNT.finditer(text):
        if _TROOP_WORDS.search(text, max(0, m.start() - 240), m.start()):
            value = count(m[0])
            add(None if value is None else Figure(m[0], m.start(), m.end(), "troops", value, hedge_of(text, *m.span())))
    found.sort(key=lambda f: f.start)
    for i, (low, high) in enumerate(list(itertools.pairwise(found))):
        # the lower end of a range, or the first of a pair, takes the currency printed after the other: "47억~50억달러"
        if (
            low.money is not None
            and high.money is not None
            and low.money.currency != high.money.currency
            and _RANGE_SIGN.fullmatch(text, low.end, high.start)
            and not _CURRENCY_SAID.search(low.span)
        ):
            found[i] = dataclasses.replace(low, money=Money(low.money.amount, high.money.currency))
    return ranges.joined(text, found)


# Between the two ends of a range, and a currency said within an amount.
_RANGE_SIGN = Pattern(r"\s?[~∼–-]\s?|,\s")  # 47억~50억달러; a list, 연 80억, 50억 달러
_CURRENCY_SAID = Pattern(rf"{_CJK_MONEY}|{_BEFORE}|{_CODES}|{_AFTER}", re.IGNORECASE)


# A number and a magnitude with no currency of its own, nor a noun after it ("the new total works
# out to 1.03 trillion)", "within the 900 billion range", "closer to 9-hundred-50 million").
_BARE_MAGNITUDE = Pattern(rf"(?<![\w$₩€¥£.,])(?P<n>{_NUM})[\s-](?P<mag>million|billion|trillion)\b", re.IGNORECASE)
_BARE_NOUN_OK = Pattern(  # (and "from 1.4 trillion to 1.52 trillion Korean won": a rise's start)
    rf"\s*(?:range|level|mark|or so|{year_words.A_YEAR}|that|which"
    r"|to\s(?:about |around )?(?:US\$|[$₩]|W(?=\d))?\d)\b",
    re.I,
)


def _bare_amount(text: str, m: re.Match[str], found: list[Figure]) -> Figure | None:
    """The amount of a number and a magnitude in the currency of the amount nearest it in its
    sentence ("one trillion won ... 1.03 trillion"); none where the sentence names no currency."""
    ends = sentence_ends(text)
    i = bisect.bisect_right(ends, m.start())
    low, high = (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(text))
    near = [f for f in found if f.money is not None and low <= f.start and f.end <= high]
    value = number(m["n"])
    if re.match(r"[\s-]*[a-z$₩€¥£\d]", text[m.end() : m.end() + 3], re.IGNORECASE) and not _BARE_NOUN_OK.match(
        text, m.end()
    ):
        return None  # a noun of its own follows: "28 million people", "5 billion worth"
    if not near or value is None:
        return None
    nearest = min(near, key=lambda f: abs(f.start - m.start()))
    assert nearest.money is not None
    amount = value * 10 ** v.MAGNITUDES[m["mag"].lower()]
    currency = nearest.money.currency
    if _OPEN_BRACKET.fullmatch(text, nearest.end, m.start()):
        currency = _converted_into(nearest.money, amount)  # its conversion: "$500 million (560 billion)" is in won
    return Figure(
        m[0], m.start(), m.end(), "amount", amount, hedge_of(text, m.start(), m.end()), Money(amount, currency)
    )


_OPEN_BRACKET = Pattern(r"\s?\(\s?(?:about |approximately |roughly |some |약\s?)?")
# Won to the dollar: a conversion between the two is about 700 to 1,600 won a dollar (2,000 at most).
_WON_PER_DOLLAR = (Decimal(500), Decimal(2000))


def _converted_into(money: Money, amount: Decimal) -> str:
    """The currency of ``amount``, printed bare as the conversion of ``money``: won for dollars and
    dollars for won where the two are that far apart; else ``money``'s."""
    low, high = _WON_PER_DOLLAR
    if money.currency == "USD" and low <= amount / money.amount <= high:
        return "KRW"
    if money.currency == "KRW" and low <= money.amount / amount <= high:
        return "USD"
    return money.currency


# A hyphen before a currency word ("a five billion-dollar deal") or a magnitude ("1.03-trillion won",
# "five-billion-dollar"), read as a space.
_HYPHENED = Pattern(rf"(?<=[a-z\d])-(?=(?:{_AFTER}){_END}|(?:{_MAG_WORDS})\b)", re.IGNORECASE)


def _amount(text: str, m: re.Match[str]) -> Figure | None:
    span = m[0].rstrip(" ,")
    start, end = m.start(), m.start() + len(span)
    if re.fullmatch(r"(?:19|20)\d\d\s?(?:원|엔|元|円)?", span) or _ARTICLE.match(text, start - 1):
        return None  # a year; an article of a law ("협정 4조에 의한", "제1조")
    plain = re.sub(_YEO, "", span)  # 6천100여억원: more than ₩610bn
    hedge = hedge_of(text, start, end) or ("more than" if plain != span else None)
    plain = _HYPHENED.sub(" ", plain)  # a billion-dollar deal
    try:
        money = parse_money(plain)
    except UnknownCurrency as exc:
        return Figure(span, start, end, "amount", exc.amount, hedge, None, exc.code)
    except InputError:
        return None
    if money.amount <= 0:
        return None
    # "1 trillion 38.9 billion won": the larger part, printed first without a currency, is the amount's
    larger = _LARGER_PART.search(text, max(0, start - 24), start)
    if larger is not None:
        head = number(larger["n"])
        if head is not None and money.amount < 10 ** v.MAGNITUDES[larger["mag"].lower()]:
            value = money.amount + head * 10 ** v.MAGNITUDES[larger["mag"].lower()]
            money = Money(value, money.currency)
            start, span = larger.start(), text[larger.start() : end]
    low = low_end_before(text, start, span, money)  # "400~1천400억원": ₩40bn to ₩140bn
    if low is not None:
        return Figure(text[low[0] : end], low[0], end, "amount", low[1].amount, hedge, low[1], upper=money.amount)
    return Figure(span, start, end, "amount", money.amount, hedge, money)


def _vague_tail(text: str, figure: Figure | None) -> Figure | None:
    """``figure``, a Korean or Japanese amount, read as the range a word after it allows: "1조 수천억원"
    (₩1.2tn to ₩1.9tn), "1조원대" (₩1tn to ₩2tn); none where it has no currency word and is under ₩100
    million (1조5192억 규모 is won, but "2013년 3만→2017년초 2만 3000" counts something else)."""
    if figure is not None and figure.value < 10**8 and not _CJK_CURRENCY.search(figure.span):
        return None
    ranged = ranged_after(text, figure.end, figure.value) if figure is not None and figure.money is not None else None
    if figure is None or figure.money is None or ranged is None:
        return figure
    end, low, high = ranged
    money = Money(low, figure.money.currency)
    return Figure(text[figure.start : end], figure.start, end, "amount", low, figure.hedge, money, upper=high)


_ARTICLE = Pattern(r"(?:제|\s)\d{1,2}조(?:\s?\d{1,2}항|에\s?(?:의한|따른|따라|의거))")
_CJK_CURRENCY = Pattern(rf"{_CJK_MONEY}|미화", re.IGNORECASE)
# Right before an amount, a larger part of it with no currency of its own: "1 trillion 38.9 billion won",
# "1 trillion and 183.3 billion won".
_LARGER_PART = Pattern(rf"(?<![\w.,$₩])(?P<n>{_NUM})\s(?P<mag>trillion|billion)\s(?:and\s)?$", re.IGNORECASE)


def _english_count(text: str, m: re.Match[str], start: int | None = None) -> Figure | None:
    value = count(m["n"] or m["strong"])
    if value is None or not 10 <= value <= 10_000_000:
        return None
    groups = m.groupdict()
    upper = count(groups["upper"]) if groups.get("upper") else None
    kind: FigureKind = "workers" if groups.get("workers") or groups.get("strong_workers") else "troops"
    kind = "people" if kind == "troops" and "civilian" in m[0].lower() else kind  # "10,000 civilian personnel"
    begin = m.start() if start is None else start
    end = m.end() if start is None else m.end("n")
    return Figure(text[begin:end], begin, end, kind, value, hedge_of(text, begin, end), upper=upper)


def _korean_count(text: str, m: re.Match[str]) -> Figure | None:
    value, upper = korean_number(m["k"]), korean_number(m["upper"]) if m["upper"] else None
    if value is None or not 10 <= value <= 10_000_000 or value != value.to_integral_value():
        return None
    low, high = max(0, m.start() - 20), m.end() + 20
    around = text[low : m.start()] + " " + text[m.end() : high]
    if _WORKER_WORDS.search(around):
        kind: FigureKind = "workers"
    elif _TROOP_WORDS.search(text[max(0, m.start() - 60) : m.end() + 60]) or (
        10_000 <= value <= 100_000 and _TROOP_WORDS.search(text[max(0, m.start() - 240) : m.start()])
    ):
        kind = "troops"  # tens of thousands, with US forces named before: "주한미군 규모는 ... 총 2만9389명"
    else:
        kind = "people"
    hedge = "more than" if m["more"] else hedge_of(text, m.start(), m.end())
    return Figure(m[0], m.start(), m.end(), kind, value, hedge, upper=upper)


def _factor(m: re.Match[str]) -> Decimal | None:
    if m["twice"]:
        return Decimal(v.FOLDS[m["twice"].lower()])
    if m["part"]:
        return v.FRACTIONS[m["part"].lower()]
    if m["fold"] or m["half"]:  # "fivefold", "one and a half times"
        return (v.number_word(m["fold"] or m["half"]) or Decimal(0)) + Decimal("0.5" if m["half"] else 0)
    word = m["n"] or m["k"]
    if word in v.KOREAN_NUMBERS:
        return Decimal(v.KOREAN_NUMBERS[word])
    value = number(word)
    return value if value is not None and 0 < value <= 1000 else None
