"""Amounts that are not Korea's SMA payment, by their own words (what the US spends, another budget,
trade, a sum over years) or by a list they are in, whose head's or last member's words are every
member's. Pure functions, no I/O."""

from __future__ import annotations

import re
from collections.abc import Sequence

from smacalc.calc import cues, not_sma_words, year_words
from smacalc.calc.claim_rows import Check, Context, near_words
from smacalc.calc.reading import OF_A_WHOLE, Figure
from smacalc.calc.sentences import sentence
from smacalc.patterns import Pattern

NOT_THE_SMA = "not Korea's SMA payment (what the US spends, trade, investment, moving bases)"


def not_the_sma(ctx: Context, i: int, before: Sequence[Check | None], near: str) -> bool:
    """Whether the amount at ``i`` is not the SMA: its own words say so; it is a part of a sum that
    is not ("US$9.8 billion of the US$10.8 billion cost of base construction"); a sum over years is
    spoken of near it, unless a year's payment is named right before it; or it is in such a list.
    ``near``: the amount's words (``near_words``)."""
    figure = ctx.figures[i]
    whole = ctx.figures[i + 1] if i + 1 < len(ctx.figures) else None
    year_paid = _YEAR_PAID.search(ctx.text, max(0, figure.start - 24), figure.start)
    if (year_paid and year_paid["is"]) or _PAYMENT_AFTER.match(ctx.text, figure.end):
        # a year's payment named right before it ("지난해 분담금인 9602억원에서 ... 국방예산 인상률"), or the
        # payment right after it ("3억9천9백만달러의 주한미군 방위비 분담금의 환차손"): the payment
        return False
    # the payment named right before it, and not as something else ("작년 분담액(9602억원)에 ... 국방 예산
    # 인상률(8.2%)을 적용", but not "축적 분담금 8천억 원"): the payment
    named = cues.PAYMENT_NAMED.search(
        ctx.text, max(0, figure.start - 14), figure.start
    ) and not not_sma_words.NOT_SMA.search(ctx.text, max(0, figure.start - 24), figure.start)
    return (
        (_not_sma(ctx, figure) and not named)
        or (whole is not None and _OF_A_WHOLE.fullmatch(ctx.text, figure.end, whole.start) and _not_sma(ctx, whole))
        or (bool(cues.CUMULATIVE.search(_to_a_comma(near, figure))) and not year_paid)
        # a sum over the years a sentence opens with ("From 2016 to 2019, ... Seoul contributed about $5.6
        # billion"), unless it is said a year
        or (
            _FROM_YEAR_TO_YEAR.search(ctx.text, *sentence(ctx.text, figure)) is not None
            and not _A_YEAR_AFTER.match(ctx.text, figure.end)
            and not year_paid
            and figure.money is not None
            and figure.value > 2 * ctx.rows.largest.get(figure.money.currency, figure.value)
        )
        # (a list's words are not those of a member named the payment: "방위비 분담금 4억달러, 토지 사용료 26억달러")
        or (not named and (_listed_after(ctx, i, before) or _listed_before(ctx, i)))
        or _part_after(ctx, i, before)
        or rise_of_a_sum_not_sma(ctx, i, before)
    )


def rise_of_a_sum_not_sma(ctx: Context, i: int, before: Sequence[Check | None]) -> bool:
    """Whether the figure at ``i`` is the rise of the amount right before it, found not the SMA ("defense
    exports to US$1.2 billion, up 20 percent"), or the amount such a rise is from ("from US$1 billion")."""
    row = before[i - 1] if i else None
    if row is None or row.figure is None or row.refers_to != f"unplaced: {NOT_THE_SMA}":
        return False
    figure, gap = ctx.figures[i], ctx.text[row.figure.end : ctx.figures[i].start]
    if figure.kind == "pct":
        return row.figure.money is not None and bool(_ITS_RISE.fullmatch(gap))
    return figure.money is not None and row.figure.kind == "pct" and bool(_RISE_FROM.fullmatch(gap))


# Between an amount and its rise: ", up 20 percent"; between the rise and what it is from: " from".
_ITS_RISE = Pattern(r",?\s(?:up|down|a rise of|an increase of|a drop of|a decrease of)\s(?:about |some |nearly )?")
_RISE_FROM = Pattern(r"\s(?:from|over)\s(?:about |some |nearly )?")


def amount_before(ctx: Context, i: int) -> int | None:
    """The index of the last amount before the figure at ``i``."""
    return next((k for k in range(i - 1, -1, -1) if ctx.figures[k].money is not None), None)


_OF_A_WHOLE = Pattern(OF_A_WHOLE)
# Right after an amount, that it is asked or put forward ("50억 달러를 요구", "약 50억 달러를 제시"); right
# before it, the end of the items it sums ("... 새 무기체계 예산 등 약").
_ASKED = Pattern(r"\s?(?:을|를)\s?(?:요구|제시)")
_ITEMS_ASKED = Pattern(r"\s등\s(?:약\s)?$")
# Between two amounts of a list, past the first one's conversion and date: "1,119.3 billion won (US$985.2
# million) in Oct. 2008, 710 billion won".
_IN_A_LIST = Pattern(r"(?:\s?\([^()]{0,40}\))?[^;()$₩]{0,24}?(?:,|\band\b|및)\s(?:and\s)?")


def _listed_after(ctx: Context, i: int, before: Sequence[Check | None]) -> bool:
    """Whether the amount at ``i`` follows, in a list, an amount found not the SMA (what heads the list
    is each member's: "savings of 1,119.3 billion won ..., 710 billion won ...")."""
    k = amount_before(ctx, i)
    while k is not None and (c := before[k]) is not None and c.kind == "conversion":
        k = amount_before(ctx, k)
    if k is None or (row := before[k]) is None or row.refers_to != f"unplaced: {NOT_THE_SMA}":
        return False
    first, this = ctx.figures[k], ctx.figures[i]
    same = sentence(ctx.text, first) == sentence(ctx.text, this)
    return same and bool(_IN_A_LIST.fullmatch(ctx.text, first.end, this.start))


def _part_after(ctx: Context, i: int, before: Sequence[Check | None]) -> bool:
    """Whether the amount at ``i`` is a part of the amount right before it, found not the SMA ("걸프전 ...
    1억1천만달러중 현금부담액을 약 6천만달러 선으로")."""
    k = amount_before(ctx, i)
    if k is None or (row := before[k]) is None or row.refers_to != f"unplaced: {NOT_THE_SMA}":
        return False
    return bool(_OF_IT.fullmatch(ctx.text, ctx.figures[k].end, ctx.figures[i].start))


# Between a whole and a part of it: "1억1천만달러중 현금부담액을 약".
_OF_IT = Pattern(r"\s?(?:중|가운데)\s[^.,;()$₩\d]{0,20}")
# Between two amounts of a list whose last one's words are every member's: "2014년엔 3,249억원, 2015년엔
# 2,556억원, 2016년에는 3,287억원이 쓰이지 못했다".
_LIST_GAP = Pattern(r"(?:\s?\([^()]{0,40}\))?,\s(?:and\s|및\s)?(?:[^\s,;.$₩\d]+\s){0,2}(?:[^\s,;.$₩\d]*\d{4}\S*\s)?")


def _listed_before(ctx: Context, i: int) -> bool:
    """Whether the amount at ``i`` heads a list whose last amount, in its sentence, is not the SMA (the
    words after it are each member's)."""
    j, sentence_of = i, sentence(ctx.text, ctx.figures[i])
    while (
        j + 1 < len(ctx.figures)
        and ctx.figures[j + 1].money is not None
        and sentence(ctx.text, ctx.figures[j + 1]) == sentence_of
        and _LIST_GAP.fullmatch(ctx.text, ctx.figures[j].end, ctx.figures[j + 1].start)
    ):
        j += 1
    return j > i and _not_sma(ctx, ctx.figures[j])


def _own_words(ctx: Context, figure: Figure) -> str:
    """The words around an amount, ahead of it up to a comma (see ``_to_a_comma``)."""
    return _to_a_comma(near_words(ctx, figure, ahead=45), figure)


def _to_a_comma(words: str, figure: Figure) -> str:
    """``words`` around an amount, ahead of it up to a comma: "1조 1,833억 원으로, 앞으로 ... 국방예산" and
    "1조5192억원으로, 그다음 해부터 4년간" speak of something else after the comma."""
    at = words.rfind(figure.span)
    if at < 0:
        return words
    ahead = words[at + len(figure.span) :].split(", ")[0]
    besides = _BESIDES_IT.search(ahead)  # "1조에 달하는 방위비분담금 외에도 직·간접지원": what else it pays is not it
    return words[: at + len(figure.span)] + (ahead[: besides.start()] if besides else ahead)


# After an amount, what else is paid besides it: "방위비분담금 외에도", "and providing both direct and indirect".
_BESIDES_IT = Pattern(
    r"(?:분담금|비용|돈)\s?(?:외에도|이외에도|말고도)|\band (?:also )?providing\b|\bas well as\b", re.I
)


def _not_sma(ctx: Context, figure: Figure) -> bool:
    """Whether the amount's clause speaks of something not the SMA: what the US spends, another
    budget, trade; what a sum is for ("to maintain"), unless Korea is said to pay it. Ahead of the
    amount, up to a comma: "1조 1,833억 원으로, 앞으로 ... 국방예산" speaks of the budget after."""
    said = _own_words(ctx, figure)
    if _ITEMS_ASKED.search(ctx.text, max(0, figure.start - 8), figure.start) and _ASKED.match(ctx.text, figure.end):
        return False  # the sum of the items listed before it, asked ("... 운용 경비, ... 등 약 50억 달러를 제시")
    if (
        not_sma_words.NOT_SMA.search(said)
        or _RIGHT_BEFORE.search(ctx.text, max(0, figure.start - 16), figure.start)
        or _RECKONED.search(ctx.text[max(0, figure.start - 72) : figure.start])
    ):
        return True
    low, high = sentence(ctx.text, figure)
    whole = ctx.text[low:high]
    if cues.THAAD.search(whole) and not cues.SMA_TOPIC.search(whole):
        return True
    # THAAD the last thing named before it ("the cost of the U.S. THAAD ... system, which he estimated at")
    thaad = list(cues.THAAD.finditer(ctx.text, max(low, figure.start - 90), figure.start))
    if thaad and not cues.SMA_TOPIC.search(ctx.text, thaad[-1].end(), figure.start):
        return True
    # unless Korea pays it, anywhere in the sentence ("South Korea will increase its contribution ... to
    # about ₩1.04 trillion to maintain the 28,500-member USFK")
    # (nor where the amount is asked right after it: "50억 달러를 요구하자 ... 전략자산 유지 비용까지")
    return (
        bool(cues.PURPOSE.search(said))
        and not cues.KOREA_PAYS.search(ctx.text, *sentence(ctx.text, figure))
        and not _ASKED.match(ctx.text, figure.end)
    )


# Right before an amount, what the US reckons its forces cost ("미 국방부가 2020 회계연도를 기준으로 산정한
# 주한미군 주둔 비용인 약 44억6420만 달러"): not the SMA.
_RECKONED = Pattern(
    r"국방부가\s[^.]{0,30}(?:산정|추산|책정)한\s(?:주한\s?미군\s?)?주둔\s?(?:비용|경비)(?:인|은|는|이)?\s?(?:약\s?)?$"
    # "미 국방부가 내년도 예산안에 주한미군 주둔 비용을 45억 달러로 산정"
    r"|국방부가\s[^.]{0,30}(?:주한\s?미군\s?)?주둔\s?(?:비용|경비)(?:을|를)\s?(?:약\s?)?$"
)
# Right before an amount, a year's payment named: "올해방위분담금인 미화 3억달러" (not a sum over the years
# spoken of near it, "96년부터 2000년까지 5년간에 걸쳐").
_YEAR_PAID = Pattern(r"(?:올해|금년|지난해|작년|\d{2,4}년도?)\s?(?:방위\s?)?분담금(?P<is>인|은|는|이)?\s*(?:미화\s*)?$")
# Right after an amount, the payment it is: "3억9천9백만달러의 주한미군 방위비 분담금" (not what is
# accumulated of it: "8천억 원의 방위비 분담금 축적").
_PAYMENT_AFTER = Pattern(r"\s?의\s(?:주한\s?미군\s?)?(?:방위비\s?)?분담금(?!\s?(?:축적|적립|이월|미집행|미사용))")
# Right before an amount, in one search:
_RIGHT_BEFORE = Pattern(
    # what is left once a part is taken out ("총액에서 제외하고 7245억원을 지급"): the clause's end ("하고")
    # keeps it out of the amount's own words
    r"(?:제외하고|빼고|공제하고)\s*(?:나머지\s*)?(?:약\s*)?$"
    # a total with a part it includes ("방위비 분담금 7,704억 원을 포함해 8,561억 원")
    r"|(?:을|를)\s?포함(?:해|하여|한)\s*(?:총\s*)?(?:약\s*)?$"
    # what the US spent, named as a noun ("미국 지출(6억 7,800만불)")
    r"|미국\s?(?:측\s?)?지출(?:액)?\s?(?:은|는|이)?\s?\(?\s?(?:약\s?)?$"
)


# Opening a sentence, a span of years ("From 2016 to 2019,"); right after an amount, "a year".
_FROM_YEAR_TO_YEAR = Pattern(r"(?:^|[.;]\s)(?:From|Between) (?:19|20)\d\d (?:to|and|through) (?:19|20)\d\d,")
_A_YEAR_AFTER = Pattern(rf"\s(?:{year_words.A_YEAR})\b", re.IGNORECASE)
