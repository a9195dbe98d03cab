"""Korean output (--lang ko): a report's title, headers and captions in Korean, and amounts as Korean
newsrooms write them: won as 1조5192억원 or 9,602억원, dollars as 8억9115만 달러. Only what a person
reads changes; csv, tsv, json and jsonl keys and numbers are never touched."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal

from smacalc.render.formats import Report, Row

_EOK, _MAN = Decimal(10) ** 8, Decimal(10) ** 4
Replacement = str | Callable[[re.Match[str]], str]
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


HEADERS = {
    "Year": "연도", "Amount": "금액", "Note": "비고", "Change": "증감", "Basis": "근거", "Rate": "인상률",
    "Capped": "상한 적용", "Source": "출처", "Demand": "요구액", "Offer": "제시액", "Difference": "차이",
    "Ratio": "배율", "Above offer": "제시액 대비", "₩ per $": "원/달러", "$ per €": "달러/유로",
    "CN¥ per $": "위안/달러", "¥ per $": "엔/달러", "Rate of": "환율 기준일", "Date": "날짜", "Party": "측",
    "Position": "입장", "As stated": "제시 금액", "For": "대상 연도", "Baseline": "기준 금액",
    "Above baseline": "기준 대비", "Agreed": "합의 금액", "× agreed": "합의 대비", "Troops": "병력",
    "Per troop": "1인당", "Nominal": "명목", "As set": "협정 금액", "Figure": "수치", "Kind": "종류",
    "Hedge": "한정어", "Refers to": "대상", "Record": "기록", "Off": "차이", "Verdict": "판정", "Text": "문장",
    "Name": "협정", "Signed": "서명", "Years": "기간", "Rule": "인상 규칙", "Sources": "출처",
    "Status": "상태", "Labor": "인건비", "Construction": "군사건설비", "Logistics": "군수지원비",
    "Labor %": "인건비 %", "Constr. %": "건설비 %", "Logist. %": "군수비 %", "Host": "주둔국",
    "What it counts": "항목", "From": "부터", "To": "까지", "Value": "값", "In USD": "달러 환산",
    "Average": "평균값", "Line": "행", "Official": "공식 금액", "Computed": "계산 금액", "Publisher": "발행처",
    "Title": "제목", "What": "내용", "Place": "장소", "Until": "종료",
}  # fmt: skip
_TITLES: list[tuple[re.Pattern[str], Replacement]] = [
    (re.compile(r"^(\d+)(?:st|nd|rd|th) SMA: payments"), r"제\1차 방위비분담특별협정: 분담금"),
    (re.compile(r"^SMA payments"), "방위비분담금"),
    (re.compile(r"^(\d+)(?:st|nd|rd|th) SMA: demands and offers"), r"제\1차 협정 협상: 요구와 제시"),
    (re.compile(r" in (USD|KRW|EUR|CNY|JPY)\b"), r" (\1 환산)"),
    (re.compile(r" in (\d{4}) prices"), r" (\1년 가격)"),
    (re.compile(r" per troop"), " (병력 1인당)"),
    (re.compile(r"^Demand against offer"), "요구액 대 제시액"),
    (re.compile(r"^Figures against the record"), "수치 검증"),
    (re.compile(r"^Special Measures Agreements"), "방위비분담특별협정"),
    (re.compile(r"^What the SMA pays for"), "분담금의 항목"),
    (re.compile(r"^Korea's SMA beside Japan's host-nation support"), "한국과 일본의 주둔비 분담"),
    (re.compile(r"^The bill around the SMA"), "분담금을 둘러싼 비용"),
    (re.compile(r"^Change from (\d{4}) to (\d{4})"), r"\1년에서 \2년까지의 변화"),
    (re.compile(r"^A lapse of (\d+) months? in (\d{4})"), r"\2년 협정 공백 \1개월"),
    (
        re.compile(r"^Audit: rule-governed years recomputed from published index values"),
        "검증: 규칙 적용 연도를 발표 지수로 재계산",
    ),
    (re.compile(r"^Sources"), "출처"),
    (re.compile(r"^The talks, in date order"), "협상 일지"),
    (re.compile(r"^SMA (\d+): the talks, in date order"), r"제\1차 협정 협상 일지"),
]
_SERIES = {
    "Korean consumer-price inflation": "한국 소비자물가 상승률",
    "ROK defense-budget growth": "국방비 증가율",
    "US consumer-price inflation": "미국 소비자물가 상승률",
}
_CAPTIONS: list[tuple[re.Pattern[str], Replacement]] = [
    (
        re.compile(r"^Basis: official = published;.*$"),
        "근거: official = 공식 발표액, rule = 발표된 지수에 협정 규칙을 적용한 금액, projected = 가정한 지수로 계산한 "
        "금액, scenario = --data 파일의 금액.",
    ),
    (re.compile(r"^Source: `smacalc sources ID`.*$"), "출처: `smacalc sources ID`로 각 출처의 문헌을 볼 수 있습니다."),
    (
        re.compile(
            r"^(Assumed|Price level extended by assumed) (.+?) for (.+?): (.+?) \((default: .+|your assumption)\)\.$"
        ),
        lambda m: f"{m[3]}년 가정: {_SERIES.get(m[2], m[2])} {m[4]} ({_why(m[5])}).",
    ),
    (
        re.compile(r"^Amounts in (\w+); no conversion needed\.$"),
        lambda m: f"금액 단위: {m[1]}, 환산 없음.",
    ),
    (
        re.compile(
            r"^Amounts in (\w+), converted at the annual average rate of (.+?) \((.+?); sources in rates\.csv\)(.*)$"
        ),
        lambda m: f"{m[1]} 환산: 연평균 환율({m[3]}, 출처는 rates.csv){_carried(m[4])}",
    ),
    (re.compile(r"^Off: \(claimed ÷ record - 1\) × 100\.$"), "차이: (주장 ÷ 기록 - 1) × 100."),
    (
        re.compile(r"^A position stated as a percentage is applied to its baseline\.$"),
        "백분율로 제시된 입장은 기준 금액에 적용했습니다.",
    ),
    (re.compile(r"^Real terms: in (\d{4}) prices, deflated by (.+)\.$"), r"실질 금액: \1년 가격 (\2 기준)."),
    (
        re.compile(
            r"^Per troop: each year's amount ÷ that year's US troop level in Korea "
            r"\(troops; sources in troops\.csv\)\.(.*)$"
        ),
        lambda m: "병력 1인당: 각 연도 금액 ÷ 그해 주한미군 병력 (출처는 troops.csv)." + _troops_carried(m[1]),
    ),
    (
        re.compile(r"^Per troop: amount ÷ ([\d,]+) US troops, your number, for every year\.$"),
        r"병력 1인당: 모든 연도 금액 ÷ 사용자가 준 \1명.",
    ),
    (re.compile(r"^Nominal: the amount before deflation\.$"), "명목: 물가 조정 전 금액."),
    (
        re.compile(r"^ratio = demand ÷ offer; above offer = \(ratio - 1\) × 100\.$"),
        "배율 = 요구액 ÷ 제시액, 제시액 대비 = (배율 - 1) × 100.",
    ),
    (re.compile(r"^No conversion: both amounts are in the same currency\.$"), "환산 없음: 두 금액의 통화가 같습니다."),
    (re.compile(r"^Converted at (.+?): the (\d{4}) annual average \((.+?)\)\.$"), r"환율: \1 (\2년 연평균, \3)."),
    (
        re.compile(
            r"^Converted at (.+?): the noon buying rate of (\S+)(?:, the last published day before (\S+))? "
            r"\((.+?)\)\.$"
        ),
        lambda m: f"환율: {m[1]} ({m[2]} 뉴욕 정오 환율{f', {m[3]} 직전 발표일' if m[3] else ''}, {m[4]}).",
    ),
    (
        re.compile(
            r"^As of (\S+) \(--date\): 'last year', 'this year' and 'current' are of it; "
            r"amounts at its daily rates\.$"
        ),
        r"기준일 \1 (--date): '작년', '올해', '현재'는 이날 기준이고, 금액은 이날의 환율로 환산합니다.",
    ),
    (
        re.compile(r"^No --date: only years named in the text place a figure; amounts at the year's average rates\.$"),
        "--date 없음: 문장에 적힌 연도만 수치의 연도로 삼고, 금액은 그해 평균 환율로 환산합니다.",
    ),
    (
        re.compile(r"^Every figure placed in (\d{4}) \(--year\); amounts converted at that year's average rates\.$"),
        r"모든 수치를 \1년으로 봅니다 (--year). 금액은 그해 평균 환율로 환산합니다.",
    ),
    (
        re.compile(r"^Each claim placed by its own date: relative years and the day's rates are of it\.$"),
        "각 주장은 그 날짜를 기준으로 연도와 환율을 정합니다.",
    ),
    (
        re.compile(r"^(\d+) years? compared with an official amount; (\d+) deviates?\.$"),
        r"공식 금액과 비교한 연도 \1개, 어긋난 연도 \2개.",
    ),
    (
        re.compile(r"^A year \(average\): .*$"),
        "연평균: 여러 해의 합계를 햇수로 나눈 값이며 발표된 연간 수치가 아닙니다.",
    ),
    (
        re.compile(
            r"^Categories as the Ministry of National Defense published them;.*?never interpolated\."
            r"(?: Not published in the record: (.+)\.)?$"
        ),
        lambda m: "국방부가 발표한 항목별 금액이며, 발표되지 않은 해는 비워 두고 보간하지 않습니다."
        + (f" 기록에 없는 해: {m[1]}." if m[1] else ""),
    ),
    (
        re.compile(r"^GAO-21-270 counts, for 2016-2019,.*$"),
        "GAO-21-270은 2016-2019년 미 국방부가 4개 군 예산에서 집행한 금액과 "
        "주둔국의 직접 지원(현금과 현물)을 집계합니다. "
        "간접 지원(토지 임대료 면제, 세금 면제)은 보고서에 합계가 없어 그 행은 비어 있습니다.",
    ),
    (
        re.compile(r"^Multi-year totals are shown as published.*$"),
        "여러 해의 합계는 발표된 그대로(기간) 보이며 해마다 나누지 않습니다. "
        "달러 환산은 엔화와 원화를 해마다 그해 평균 환율(rates.csv)로 환산합니다.",
    ),
    (
        re.compile(r"^Japan's figures are of Japanese fiscal years.*$"),
        "일본의 수치는 일본 회계연도(4월-3월) 기준이며 역년과 나란히 보입니다.",
    ),
    (
        re.compile(r"^Japan, (.+?): each year is its agreement's total divided by its years.*$"),
        r"일본 \1년: 각 해는 협정 총액을 햇수로 나눈 값이며 발표된 연간 수치가 아닙니다 (average = true).",
    ),
    (
        re.compile(r"^Per troop: Korea by each year's troop level \(troops\.csv\); Japan by the 55,000 of .*$"),
        "병력 1인당: 한국은 연도별 병력(troops.csv), 일본은 GAO-21-270의 5만5000명 기준.",
    ),
    (
        re.compile(r"^Signings come from the agreements;.*$"),
        "서명은 협정 기록에서, 협상 회차와 발언, 요구와 제시는 기록에서 가져옵니다.",
    ),
    (
        re.compile(r"^The labor line is the SMA's part of the wages.*$"),
        "인건비 항목은 주한미군 한국인 근로자 임금 가운데 분담금이 내는 부분이며 임금 총액이 아닙니다. "
        "가장 최근에 발표된 "
        "항목별 비율을 당시 협정 금액에 적용했으며, 이후 연도의 비율은 기록에 없으므로 가정입니다.",
    ),
    (
        re.compile(r"^change = to ÷ from - 1; per year = the compound annual rate over the years between\.$"),
        "변화율 = 나중 금액 ÷ 처음 금액 - 1, 연평균 = 그 사이의 연복리 증가율.",
    ),
    (re.compile(r"(\d{4})'s ₩([\d.]+) per US dollar"), r"\1년 1달러당 \2원"),
    (re.compile(r"(\d{4})'s ¥([\d.]+) per US dollar"), r"\1년 1달러당 \2엔"),
    (re.compile(r" and (\d{4})년 1달러당"), r", \1년 1달러당"),
    (re.compile(r"₩([\d.]+) per US dollar"), r"1달러당 \1원"),
    (
        re.compile(r"^Verdict: holds within.*$"),
        "판정: 한정어의 허용 범위 안이면 holds, 그 두 배 안이면 close, 아니면 off (`smacalc check --rules`).",
    ),
]  # fmt: skip
NOT_SHOWN = "이 너비에서 빠진 열: {} (--wide로 모든 열을 봅니다. csv와 json에는 모두 있습니다)."


def _why(text: str) -> str:
    return "사용자 가정" if text == "your assumption" else "기본값: " + text.removeprefix("default: ")


def _troops_carried(rest: str) -> str:
    m = re.search(r"(\d{4}(?:-\d{4})?): no level on record; assumed: (\d{4})'s ([\d,]+)", rest)
    return f" {m[1]}년은 병력 기록이 없어 {m[2]}년의 {m[3]}명을 적용 (troops_basis 'assumed')." if m else ""


def _carried(rest: str) -> str:
    m = re.search(r"(\d{4}(?:-\d{4})?): no published rate yet; assumed: (.+?), the latest published", rest)
    return f". {m[1]}년은 발표된 환율이 없어 {m[2]} 적용 (rate_basis 'assumed')." if m else "."


def translate(text: str, patterns: Sequence[tuple[re.Pattern[str], Replacement]]) -> str:
    for pattern, to in patterns:
        text = pattern.sub(to, text)
    return text


def korean(report: Report) -> Report:
    """``report`` as a person reads it in Korean: title, headers, captions; amounts in Korean
    units (the columns become text columns, right-aligned like numbers)."""
    report = report.table or report
    money_keys = {c.key: c.currency_key for c in report.columns if c.kind in ("money", "estimate")}
    columns = [
        c._replace(
            header=HEADERS.get(c.header) or re.sub(r"^In (\w+)$", r"\1 환산", c.header),
            kind="figure" if c.key in money_keys else c.kind,
            note=None if c.note is None else translate(c.note, _CAPTIONS),
        )
        for c in report.columns
    ]

    def row_ko(row: Row) -> Row:
        out = dict(row)
        for key, currency_key in money_keys.items():
            value = row.get(key)
            if value is not None:
                out[key] = money(value, row[currency_key])
        return out

    return replace(
        report,
        title=translate(report.title, _TITLES),
        columns=columns,
        rows=(row_ko(r) for r in report.rows),
        caption=[translate(line, _CAPTIONS) for line in report.caption],
        table=None,
        not_shown=NOT_SHOWN,
    )
