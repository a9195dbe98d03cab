"""The message catalogue's part for the bill around the SMA (`burden`, `compare`, `lapse`), kept
apart so that neither file outgrows a screen of its outline; catalogue.py merges it in. The class
of a message's templates lives here, as this is the module catalogue.py reads first.
"""

from __future__ import annotations

from typing import NamedTuple


class T(NamedTuple):
    """A message's templates: English, Korean."""

    en: str
    ko: str


BILL: dict[str, T] = {
    "burden.gao": T(
        "GAO-21-270 counts, for 2016-2019, DOD's obligations from the four services' funds and the host's "
        "direct support (cash and in kind); it names the hosts' indirect support (forgone rents, waived taxes) "
        "but gives no total, so that row is empty.",
        "GAO-21-270은 2016-2019년 미 국방부가 4개 군 예산에서 집행한 금액과 주둔국의 직접 지원(현금과 현물)을 "
        "집계합니다. 간접 지원(토지 임대료 면제, 세금 면제)은 보고서에 합계가 없어 그 행은 비어 있습니다.",
    ),
    "burden.totals": T(
        "Multi-year totals are shown as published, over their years (Years), not divided into years; "
        "In USD converts yen and won each year at its average rate (rates.csv).",
        "여러 해의 합계는 발표된 그대로(기간) 보이며 해마다 나누지 않습니다. USD 환산 열은 엔화와 원화를 "
        "해마다 그해 평균 환율(rates.csv)로 환산합니다.",
    ),
    "compare.japan.total": T(
        "Japan: host-nation support as its Ministry of Defense budgets it, the Facilities Improvement Program "
        "included, as Korea's SMA pays construction too, beside labor and logistics; --japan sma: Japan's SMA alone.",
        "일본: 방위성 예산의 주둔경비 부담 총액(제공시설정비비 포함). 한국의 방위비분담금도 군사건설비를 "
        "지급하기 때문입니다. --japan sma는 일본 특별협정 부담분만 보입니다.",
    ),
    "compare.japan.sma": T(
        "Japan: the cost sharing under Japan's SMA alone (labor, utilities, training relocation), without the "
        "Facilities Improvement Program; as Korea's SMA pays construction too, --japan total is the closer measure.",
        "일본: 일본 특별협정 부담분(노무비·광열수비·훈련이전비)만이며 제공시설정비비는 빠집니다. "
        "한국 방위비분담금은 군사건설비도 지급하므로 --japan total이 더 가까운 기준입니다.",
    ),
    "compare.average": T(
        "Japan, {years}: past the published budgets, each year is its agreement's total divided by its years, "
        "not a published annual figure (average = true).",
        "일본 {years}년: 발표된 예산 이후라 각 해는 협정 총액을 햇수로 나눈 값입니다 (평균값: 예).",
    ),
    "compare.missing.total": T(
        "Japan, {years}: no budget and no agreement on record.", "일본 {years}년: 예산도 협정도 기록에 없습니다."
    ),
    "compare.missing.sma": T(
        "Japan, {years}: no budget of this measure on record, nor an agreement average of it.",
        "일본 {years}년: 이 기준의 예산도 협정 평균도 기록에 없습니다.",
    ),
    "compare.troops": T(
        "Per troop: Korea by the stated level (28,500; troops.csv), Japan by the 55,000 of GAO-21-270: not counts.",
        "병력 1인당: 한국은 발표 병력 수준(2만8500명, troops.csv), 일본은 GAO-21-270의 5만5000명 기준(집계 아님).",
    ),
    "compare.fiscal": T(
        "Japan's figures are of Japanese fiscal years (April to March), set beside calendar years.",
        "일본의 수치는 일본 회계연도(4월-3월) 기준이며 역년과 나란히 보입니다.",
    ),
    "lapse.hypothetical": T(
        "amount in force to per worker a month: a hypothetical lapse of {months} months in {year}, not what the "
        "2020 furlough cost the workers.",
        "당시 협정 금액부터 근로자 1인당 월까지: {year}년 {months}개월 공백을 가정한 계산이며, 2020년 무급휴직으로 "
        "근로자가 잃은 금액이 아닙니다.",
    ),
    "lapse.furlough": T(
        "furloughed to lost in all: what the 2020 furlough cost the furloughed workers, from the figures reported; "
        "assumed: every one of them furloughed for the whole of it, the allowance paid for all of it, and their "
        "wage the allowance ÷ its share.",
        "무급휴직 인원부터 전체 손실까지: 2020년 무급휴직으로 근로자가 잃은 금액이며, 보도된 수치로 계산했습니다. "
        "가정: 모든 인원이 휴직 기간 내내 쉬었고, 생계지원금이 그 기간 전부에 지급되었으며, 임금은 "
        "지원금 ÷ 그 비율입니다.",
    ),
    "lapse.labor": T(
        "The labor line is the SMA's part of the wages of Korean employees of USFK (paid in cash), not the "
        "whole wage bill, which the US shares; the split is the latest the ministry published, applied to "
        "the amount in force: an assumption, as the split of later years is not on record.",
        "인건비 항목은 주한미군 한국인 근로자 임금 가운데 분담금이 내는 부분(현금)이며, 미국도 나누어 내는 임금 "
        "총액이 아닙니다. 국방부가 가장 최근에 발표한 항목별 비율을 당시 협정 금액에 적용했으며, 이후 연도의 "
        "비율은 기록에 없으므로 가정입니다.",
    ),
    # check.
    "check.off": T(
        "Off: (claimed ÷ record - 1) × 100; a range by its nearer end.",
        "차이: (주장 ÷ 기록 - 1) × 100, 범위는 가까운 쪽 끝으로.",
    ),
    "check.year": T(
        "Every figure placed in {year} (--year); amounts converted at that year's average rates.",
        "모든 수치를 {year}년으로 봅니다 (--year). 금액은 그해 평균 환율로 환산합니다.",
    ),
    "check.batch": T(
        "Each claim placed by its own date: relative years and the day's rates are of it.",
        "각 주장은 그 날짜를 기준으로 연도와 환율을 정합니다.",
    ),
    "check.date": T(
        "As of {day} (--date): 'last year', 'this year' and 'current' are of it; amounts at its daily rates.",
        "기준일 {day} (--date): '작년', '올해', '현재'는 이날 기준이고, 금액은 이날의 환율로 환산합니다.",
    ),
    "check.no_date": T(
        "No --date: only years named in the text place a figure; amounts at the year's average rates.",
        "--date 없음: 문장에 적힌 연도만 수치의 연도로 삼고, 금액은 그해 평균 환율로 환산합니다.",
    ),
    "check.rules": T(
        "Verdict: holds within the hedge's tolerance (exact {exact}%, about {about}%; almost: below by at most "
        "{almost}%; more than / up to: on the stated side), close within twice it, else off; "
        "`smacalc check --rules` states them whole.",
        "판정: 한정어의 허용 범위(정확한 수치 {exact}%, 약 {about}%, 거의: 기록이 {almost}% 이내로 낮을 때, "
        "이상 / 최대: 말한 쪽일 때) 안이면 사실, 그 두 배 안이면 대체로 사실, 아니면 사실 아님 "
        "(`smacalc check --rules`에 규칙 전체가 있습니다).",
    ),
    # gap and history.
    "gap.ratio": T(
        "ratio = demand ÷ offer; above offer = (ratio - 1) × 100.",
        "배율 = 요구액 ÷ 제시액, 제시액 대비 = (배율 - 1) × 100.",
    ),
    "gap.batch": T(
        "Each row converted at its year's annual average rate (krw_per_usd; sources in rates.csv) or its own rate.",
        "각 행은 그해 연평균 환율(krw_per_usd, 출처는 rates.csv)이나 그 행의 환율로 환산합니다.",
    ),
    "positions.stated": T(
        "As stated: the figure as the party stated it (none where it was only a percentage).",
        "제시 금액: 각 측이 밝힌 그대로의 금액 (백분율로만 밝힌 경우는 비어 있음).",
    ),
    "positions.baseline": T(
        "Baseline: the amount in force when the position was taken (that year, or the year before "
        "'For' if earlier).",
        "기준 금액: 입장을 밝힐 때 적용되던 금액 (그해, 또는 그보다 이르면 대상 연도의 전해).",
    ),
    "positions.agreed": T("Agreed: the amount finally paid for 'For'.", "합의 금액: 대상 연도에 최종적으로 낸 금액."),
    "positions.pct": T(
        "A position stated as a percentage is applied to its baseline.",
        "백분율로 제시된 입장은 기준 금액에 적용했습니다.",
    ),
    "history": T(
        "Signings come from the agreements; rounds, statements, demands and offers from the record.",
        "서명은 협정 기록에서, 협상 회차와 발언, 요구와 제시는 기록에서 가져옵니다.",
    ),
}  # fmt: skip
