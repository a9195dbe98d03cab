"""What a chart to publish says (smacalc chart --svg, --png), in English and Korean: its title and
subtitle, the meaning of each colour, the notes on marked years and the source line. Read with the
rest of the catalogue by messages.py; nothing here is code.
"""

from __future__ import annotations

from smacalc.render.catalogue_bill import T

CHART_MESSAGES: dict[str, T] = {
    "chart.title": T(
        "What Seoul pays toward US forces in Korea, {years}", "한국의 주한미군 방위비 분담금, {years}년"
    ),
    "chart.title_of": T(
        "What Seoul pays under the {name}, {years}", "제{sma}차 방위비분담특별협정의 한국 분담금, {years}년"
    ),
    "chart.in": T("A year's payment, in {currency}", "연간 분담금 ({currency})"),
    "chart.in.per_troop": T(
        "A year's payment per US troop in Korea, in {currency}", "주한미군 1인당 연간 분담금 ({currency})"
    ),
    "chart.converted": T(
        "{years} set in {currency} and converted at each year's average exchange rate",
        "{years}년은 {currency}로 정한 금액을 그해 평균 환율로 환산",
    ),
    "chart.converted_some": T(
        "{years} set in {currency} and converted (the rates are below)",
        "{years}년은 {currency}로 정한 금액을 환산 (환율은 아래에)",
    ),
    "chart.rate_given": T("{years}: converted at your rate, {rate}.", "{years}년: 사용자가 정한 환율({rate})로 환산."),
    "chart.kind.official": T("Official, as published", "공식 발표액"),
    "chart.kind.rule": T("Computed by the agreement's rule from published data", "협정 규칙과 발표된 지표로 계산"),
    "chart.kind.projected": T(
        "Projected, on an assumed inflation or budget growth", "가정한 물가·국방비 증가율로 전망"
    ),
    "chart.kind.scenario": T("Scenario, from your --data file", "시나리오 (--data 파일)"),
    "chart.kind.assumed_rate": T(
        "Converted at an assumed exchange rate (none published)", "가정한 환율로 환산 (발표된 환율이 아님)"
    ),
    "chart.source": T("Source: {parts}.", "출처: {parts}."),
    "chart.source.amounts": T("{names} (amounts)", "{names} (금액)"),
    "chart.source.indices": T("{names} (index values)", "{names} (지표)"),
    "chart.source.troops": T("{names} (US troop levels)", "{names} (주한미군 병력)"),
    "chart.prices": T("in {year} prices", "{year}년 가격 기준"),
    "chart.source.rates": T("{names} (exchange rates)", "{names} (환율)"),
    "chart.note": T("{mark} {year}: {note}.", "{mark} {year}년: {note}."),
    "chart.rate_note": T(
        "{mark} {year}: converted at {rate}, the year's average: {note}.",
        "{mark} {year}년: 그해 평균 환율 적용({rate}). {note}.",
    ),
    "chart.rate_assumed": T(
        "{years}: no exchange rate published yet; converted at {rate}, the latest published average, "
        "carried forward (an assumption).",
        "{years}년: 발표된 환율이 아직 없어 가장 최근 연평균 환율({rate})을 그대로 적용 (가정).",
    ),
}  # fmt: skip
