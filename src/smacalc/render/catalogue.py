"""The message catalogue: every title, column header, caption line and column note that a report
shows, once, keyed by message id, as an English and a Korean template with named parameters
(``str.format``). A Korean template may take a Korean parameter of its own (``reason_ko``) or a
number where the English takes a name (``sma``). Reports name these ids through messages.py's
``msg``; nothing here is code.
"""

from __future__ import annotations

from smacalc.render.catalogue_bill import BILL, T

CATALOGUE: dict[str, T] = {
    # Column headers.
    "h.sma": T("SMA", "차수"),
    "h.year": T("Year", "연도"),
    "h.years": T("Years", "기간"),
    "h.amount": T("Amount", "금액"),
    "h.note": T("Note", "비고"),
    "h.currency": T("Currency", "통화"),
    "h.change": T("Change", "증감"),
    "h.basis": T("Basis", "근거"),
    "h.rate": T("Rate", "인상률"),
    "h.capped": T("Capped", "상한 적용"),
    "h.source": T("Source", "출처"),
    "h.sources": T("Sources", "출처"),
    "h.as_set": T("As set", "협정 금액"),
    "h.set_in": T("Set in", "협정 통화"),
    "h.rate_basis": T("Rate basis", "환율 근거"),
    "h.nominal": T("Nominal", "명목"),
    "h.prices_of": T("Prices of", "가격 기준 연도"),
    "h.deflator": T("Deflator", "물가지수"),
    "h.troops": T("Troops", "병력"),
    "h.troops_basis": T("Troops basis", "병력 근거"),
    "h.price_basis": T("Price basis", "물가 근거"),
    "h.from_rate_basis": T("From rate basis", "처음 환율 근거"),
    "h.to_rate_basis": T("To rate basis", "나중 환율 근거"),
    "h.from_price_basis": T("From price basis", "처음 물가 근거"),
    "h.to_price_basis": T("To price basis", "나중 물가 근거"),
    "h.troops_measure": T("Troops measure", "병력 기준"),
    "h.per_troop": T("Per troop", "1인당"),
    "h.from": T("From", "부터"),
    "h.to": T("To", "까지"),
    "h.from_amount": T("From amount", "처음 금액"),
    "h.to_amount": T("To amount", "나중 금액"),
    "h.difference": T("Difference", "차이"),
    "h.per_year": T("Per year", "연평균"),
    "h.from_basis": T("From basis", "처음 근거"),
    "h.to_basis": T("To basis", "나중 근거"),
    "h.labor": T("Labor", "인건비"),
    "h.construction": T("Construction", "군사건설비"),
    "h.logistics": T("Logistics", "군수지원비"),
    "h.parts_in": T("Parts in", "항목 통화"),
    "h.labor_pct": T("Labor %", "인건비 %"),
    "h.construction_pct": T("Constr. %", "건설비 %"),
    "h.logistics_pct": T("Logist. %", "군수비 %"),
    "h.status": T("Status", "상태"),
    "h.host": T("Host", "주둔국"),
    "h.measure": T("Measure", "측정 항목"),
    "h.category": T("Category", "범주"),
    "h.counts": T("What it counts", "항목"),
    "h.unit": T("Unit", "단위"),
    "h.in": T("In {currency}", "{currency} 환산"),
    "h.average": T("Average", "평균값"),
    "h.usd_currency": T("USD", "달러 환산 통화"),
    "h.item": T("Item", "항목"),
    "h.what": T("What", "내용"),
    "h.value": T("Value", "값"),
    "h.claim": T("Claim", "주장"),
    "h.text": T("Text", "문장"),
    "h.figure": T("Figure", "수치"),
    "h.kind": T("Kind", "종류"),
    "h.claimed": T("Claimed", "주장 수치"),
    "h.hedge": T("Hedge", "한정어"),
    "h.series": T("Series", "계열"),
    "h.of": T("Of", "대상"),
    "h.last": T("Last", "마지막"),
    "h.comes_from": T("Comes from", "출처"),
    "h.record_last": T("Record's last", "기록의 마지막"),
    "h.refers_to": T("Refers to", "대상"),
    "h.record": T("Record", "기록"),
    "h.off": T("Off", "차이"),
    "h.verdict": T("Verdict", "판정"),
    "h.implied": T("Implied", "함축 금액"),
    "h.implied_in": T("Implied in", "함축 금액 통화"),
    "h.demand": T("Demand", "요구액"),
    "h.offer": T("Offer", "제시액"),
    "h.ratio": T("Ratio", "배율"),
    "h.above_offer": T("Above offer", "제시액 대비"),
    "h.line": T("Line", "행"),
    "h.rate_of": T("Rate of", "환율 기준일"),
    "h.rate.KRW": T("₩ per $", "원/달러"),
    "h.rate.EUR": T("$ per €", "달러/유로"),
    "h.rate.CNY": T("CN¥ per $", "위안/달러"),
    "h.rate.JPY": T("¥ per $", "엔/달러"),
    "h.date": T("Date", "날짜"),
    "h.party": T("Party", "측"),
    "h.position": T("Position", "입장"),
    "h.as_stated": T("As stated", "제시 금액"),
    "h.stated_in": T("Stated in", "제시 통화"),
    "h.stated_pct": T("Stated %", "제시 %"),
    "h.for": T("For", "대상 연도"),
    "h.baseline_year": T("Baseline year", "기준 연도"),
    "h.baseline": T("Baseline", "기준 금액"),
    "h.above_baseline": T("Above baseline", "기준 대비"),
    "h.agreed": T("Agreed", "합의 금액"),
    "h.x_agreed": T("× agreed", "합의 대비"),
    "h.precision": T("Precision", "날짜 정밀도"),
    "h.until": T("Until", "종료"),
    "h.place": T("Place", "장소"),
    "h.name": T("Name", "협정"),
    "h.signed": T("Signed", "서명"),
    "h.first_year": T("First year", "첫해 금액"),
    "h.rule": T("Rule", "인상 규칙"),
    "h.official": T("Official", "공식 금액"),
    "h.computed": T("Computed", "계산 금액"),
    "h.id": T("Id", "출처 식별자"),
    "h.publisher": T("Publisher", "발행처"),
    "h.title": T("Title", "제목"),
    "h.url": T("URL", "주소"),
    "h.field": T("Field", "항목"),
    "h.official_years": T("Official years", "공식 연수"),
    "h.rule_years": T("Rule years", "규칙 연수"),
    "h.projected_years": T("Projected years", "전망 연수"),
    "h.scenario_years": T("Scenario years", "시나리오 연수"),
    # Words a table shows in a cell of its own (never a value of csv or json).
    "yes": T("yes", "예"),
    "not_published": T("not published", "발표되지 않음"),
    "comma": T(", ", ", "),
    # Separators of a list inside a sentence.
    "and": T(" and ", ", "),
    "semicolon": T("; ", "; "),
    "space": T(" ", " "),
    "newline": T("\n", "\n"),
    # The series, price levels and defaults of the record, by their keys.
    "series.cpi": T("Korean consumer-price inflation", "한국 소비자물가 상승률"),
    "series.defense_growth": T("ROK defense-budget growth", "한국 국방비 증가율"),
    "series.us_cpi": T("US consumer-price inflation (CPI-U)", "미국 도시소비자 물가 상승률"),
    "level.kr_cpi": T("Korean CPI (2020=100, Statistics Korea)", "한국 소비자물가지수(2020=100, 통계청)"),
    "level.us_cpi": T(
        "US CPI-U annual average (1982-84=100, BLS)", "미국 도시소비자 물가지수 연평균(1982-84=100, 미 노동통계국)"
    ),
    # Titles.
    "title.payments": T("SMA payments", "방위비분담금"),
    "title.payments_of": T("{name}: payments", "제{sma}차 방위비분담특별협정: 분담금"),
    "title.in": T("in {currency}", "({currency} 환산)"),
    "title.prices": T("in {year} prices", "({year}년 가격)"),
    "title.per_troop": T("per troop", "(병력 1인당)"),
    "title.varied": T("{title}: {series}", "{title}: {series}"),
    "title.change": T("Change from {start} to {end}", "{start}년에서 {end}년까지의 변화"),
    "title.change_per_troop": T(
        "Change from {start} to {end}, per troop", "{start}년에서 {end}년까지의 변화 (병력 1인당)"
    ),
    "title.categories": T("What the SMA pays for", "분담금의 항목"),
    "title.categories_of": T("What the SMA pays for, {years}", "분담금의 항목, {years}년"),
    "title.burden": T("The bill around the SMA", "분담금을 둘러싼 비용"),
    "title.compare": T("Korea's SMA beside Japan's host-nation support", "한국과 일본의 주둔비 분담"),
    "title.lapse.one": T("A lapse of {months} month in {year}", "{year}년 협정 공백 {months}개월"),
    "title.lapse.many": T("A lapse of {months} months in {year}", "{year}년 협정 공백 {months}개월"),
    "title.checks": T("Figures against the record", "수치 검증"),
    "title.gaps": T("Demand against offer", "요구액 대 제시액"),
    "title.batch_gaps": T("Demand against offer, by input line", "요구액 대 제시액 (입력 행별)"),
    "title.positions": T("{name}: demands and offers", "제{sma}차 협정 협상: 요구와 제시"),
    "title.history": T("The talks, in date order", "협상 일지"),
    "title.history_of": T("SMA {sma}: the talks, in date order", "제{sma}차 협정 협상 일지"),
    "title.agreements": T("Special Measures Agreements", "방위비분담특별협정"),
    "title.audit": T(
        "Audit: rule-governed years recomputed from published index values", "검증: 규칙 적용 연도를 발표 지수로 재계산"
    ),
    "title.sources": T("Sources", "출처"),
    "title.update": T("The series smacalc update fetches", "업데이트로 받는 계열"),
    # Caption lines and column notes shared by several reports.
    "basis": T(
        "Basis: official = published; rule = by the agreement's rule from published index values; "
        "projected = from an assumed index value; scenario = from a --data file.",
        "근거: 공식 = 공식 발표액, 규칙 = 발표된 지수에 협정 규칙을 적용한 금액, 전망 = 가정한 지수로 "
        "계산한 금액, 시나리오 = --data 파일의 금액.",
    ),
    "basis.restated": T("{basis}, {how}", "{basis}, {how}"),
    "basis.rate_assumed": T("converted at an assumed rate", "가정한 환율로 환산"),
    "basis.rate_given": T("converted at your rate", "사용자가 정한 환율로 환산"),
    "basis.level_assumed": T("in {year} prices at an assumed price level", "가정한 물가 수준으로 {year}년 가격 환산"),
    "basis.troops_assumed": T("per troop at an assumed troop level", "가정한 병력 수로 1인당 환산"),
    "sources": T(
        "Source: `smacalc sources ID` shows the publication behind each id.",
        "출처: `smacalc sources ID`로 각 출처의 문헌을 볼 수 있습니다.",
    ),
    "scenario.agreements": T(
        "Scenario applied: {names}; its agreements and rules give basis 'scenario'.",
        "적용한 시나리오: {names}. 그 협정과 규칙에 따른 행의 근거는 '시나리오'입니다.",
    ),
    "scenario.indices": T(
        "Scenario applied: {names}; it assumes index values only (stated below), so no row has basis 'scenario'.",
        "적용한 시나리오: {names}. 지수 값만 가정하므로(아래에 적음) 근거가 '시나리오'인 행은 없습니다.",
    ),
    "assumed": T("Assumed {series} for {years}{paid}: {pct} ({why}).", "{paid}{years}년 가정: {series} {pct} ({why})."),
    "assumed.paid": T(", in the payments of {payments}", "{payments}년 분담금에 적용한 "),
    "assumed.level": T(
        "Price level extended by assumed {series} for {years}{paid}: {pct} ({why}).",
        "{paid}{years}년 물가 수준 연장 가정: {series} {pct} ({why}).",
    ),
    "why.yours": T("your assumption", "사용자 가정"),
    "why.default": T("default: {reason}", "기본값: {reason_ko}"),
    "rate.KRW": T("₩{rate} per US dollar", "1달러당 {rate}원"),
    "rate.EUR": T("${rate} per euro", "1유로당 {rate}달러"),
    "rate.CNY": T("CN¥{rate} per US dollar", "1달러당 {rate}위안"),
    "rate.JPY": T("¥{rate} per US dollar", "1달러당 {rate}엔"),
    "rate.none": T("No conversion: both amounts are in the same currency.", "환산 없음: 두 금액의 통화가 같습니다."),
    "rate.converted": T("Converted at {parts}.{through}", "환율: {parts}.{through}"),
    "rate.through": T(
        " Between two currencies other than the dollar, through the dollar.",
        " 달러가 아닌 두 통화 사이는 달러를 거쳐 환산합니다.",
    ),
    "rate.fetched": T("FRED {series}, fetched {day}", "FRED {series}, {day}에 받음"),
    "rate.given": T("{leg}: your --rate", "{leg} (사용자의 --rate)"),
    "rate.noon": T("{leg}: the noon buying rate of {day} ({source})", "{leg} ({day} 뉴욕 정오 환율, {source})"),
    "rate.noon_before": T(
        "{leg}: the noon buying rate of {day}, the last published day before {asked} ({source})",
        "{leg} ({day} 뉴욕 정오 환율, {asked} 직전 발표일, {source})",
    ),
    "rate.annual": T("{leg}: the {year} annual average ({source})", "{leg} ({year}년 연평균, {source})"),
    "amounts.same": T("Amounts in {currency}; no conversion needed.", "금액 단위: {currency}, 환산 없음."),
    "amounts.converted": T("Amounts in {currency}, converted {parts}.", "{currency} 환산: {parts}."),
    "amounts.plain": T("Amounts in {currency}.", "금액 단위: {currency}."),
    "amounts.published": T(
        "at the annual average rate of {whose} ({keys}; sources in rates.csv)",
        "{whose} 연평균 환율({keys}, 출처는 rates.csv)",
    ),
    "amounts.given": T("at your --rate of ₩{rate} per US dollar", "사용자의 --rate 1달러당 {rate}원"),
    "amounts.given_in": T(
        "{years} at your --rate of ₩{rate} per US dollar", "{years}년은 사용자의 --rate 1달러당 {rate}원"
    ),
    "amounts.carried": T(
        " {years}: no published rate yet; assumed: {rates}, the latest published, carried forward"
        " (rate_basis 'assumed'; --rate sets your own won rate).",
        " {years}년은 발표된 환율이 아직 없어 가장 최근에 발표된 환율({rates})을 그대로 적용 (환율 근거 '가정', "
        "--rate로 원화 환율을 직접 정할 수 있습니다).",
    ),
    "amounts.carried_rate": T("{year}'s {leg}", "{year}년 {leg}"),
    "carried": T("{line}{carried}", "{line}{carried}"),
    "whose.each_year": T("each year", "각 연도의"),
    "whose.position": T("the year each position was taken", "각 입장을 밝힌 해의"),
    # project, change and the sensitivity grids.
    "mixed": T(
        "Amounts in the currency each agreement set them in: USD to 2004, KRW from 2005.",
        "금액은 각 협정이 정한 통화: 2004년까지 USD, 2005년부터 KRW.",
    ),
    "footnote": T("{mark} {year}: {note}.", "{mark} {year}년: {note}."),
    "chart.legend": T("█ official   ▓ rule   ░ projected   ▒ scenario. ", "█ 공식   ▓ 규칙   ░ 전망   ▒ 시나리오. "),
    "total": T("Total {years}: {amount}; {bases}.", "합계 {years}년: {amount}. {bases}."),
    "total.of": T(
        "Total of the {name}, {years}: {amount}; {bases}.", "제{sma}차 협정 합계 {years}년: {amount}. {bases}."
    ),
    "total.basis.one": T("1 {basis} year", "{basis} 1년"),
    "total.basis.many": T("{count} {basis} years", "{basis} {count}년"),
    "troops.by_year": T(
        "Per troop: each year's amount ÷ that year's US troop level in Korea, by one measure for every year: "
        "{measure} (sources in troops.csv).{carried}",
        "병력 1인당: 각 연도 금액 ÷ 그해 주한미군 병력, 모든 연도에 한 기준: {measure} (출처 troops.csv).{carried}",
    ),
    "troops.measure.count": T(
        "the Defense Department's count (DMDC; troops_measure 'count'); --troops stated divides by the stated "
        "level, 28,500 since 2008",
        "미 국방부 집계(DMDC, 병력 기준 '집계'). --troops stated는 발표 병력 2만8500명으로 나눕니다",
    ),
    "troops.measure.stated": T(
        "the level the governments state, 28,500 since 2008 (troops_measure 'stated'), not a count",
        "양국 정부가 밝힌 병력 수준, 2008년 이후 2만8500명(병력 기준 '발표 수준')이며 집계가 아닙니다",
    ),
    "troops.carried": T(
        " {years}: no level on record; assumed: {year}'s {count}, the latest, carried forward"
        " (troops_basis 'assumed'; --per-troop N sets your own).",
        " {years}년은 병력 기록이 없어 가장 최근인 {year}년의 {count}명을 그대로 적용 (병력 근거 '가정', "
        "--per-troop N으로 직접 정할 수 있습니다).",
    ),
    "troops.given": T(
        "Per troop: amount ÷ {count} US troops, your number, for every year.",
        "병력 1인당: 모든 연도 금액 ÷ 사용자가 준 주한미군 {count}명.",
    ),
    "real": T("Real terms: in {year} prices, deflated by {levels}.", "실질 금액: {year}년 가격 ({levels} 기준)."),
    "nominal": T("Nominal: the amount before deflation.", "명목: 물가 조정 전 금액."),
    "change.rule": T(
        "change = to ÷ from - 1; per year = the compound annual rate over the years between.",
        "증감 = 나중 금액 ÷ 처음 금액 - 1, 연평균 = 그 사이 기간의 연복리 증가율.",
    ),
    "grid": T(
        "One projection per {series} value: {values}, for every year whose value is not published.",
        "{series} 값마다 계산: {values}. 지수가 발표되지 않은 모든 연도에 적용합니다.",
    ),
    "categories": T(
        "Categories as the Ministry of National Defense published them; a year with no published split is "
        "left empty, never interpolated.{unknown}",
        "국방부가 발표한 항목별 금액이며, 발표되지 않은 해는 비워 두고 보간하지 않습니다.{unknown}",
    ),
    "categories.unknown": T(" Not in the record: {years}.", " 기록에 없는 해: {years}년."),
    "categories.differs": T(
        "{years}: the published parts do not sum to the year's amount (status 'differs').",
        "{years}년: 발표된 항목의 합이 그해 금액과 다릅니다 (상태 '합계 불일치').",
    ),
    **BILL,  # burden, compare, lapse: catalogue_bill.py
    # list, audit, sources.
    "audit": T(
        "{checked} years compared with an official amount; {deviations} deviate.",
        "공식 금액과 비교한 연도 {checked}개, 어긋난 연도 {deviations}개.",
    ),
    "update": T(
        "Kept in {folder}; each series is used past the record's own last day or year "
        "(`smacalc update` fetches the latest).",
        "보관 위치: {folder}. 각 계열은 기록 자체의 마지막 날짜나 연도 이후에만 쓰입니다 "
        "(`smacalc update`로 최신 자료를 받습니다).",
    ),
    "sources.full": T(
        "`smacalc sources ID` shows a source in full, with its note.",
        "`smacalc sources ID`로 출처 하나를 비고와 함께 모두 볼 수 있습니다.",
    ),
    # The table's own line.
    "not_shown": T(
        "Not shown at this width: {columns} (--wide shows every column; csv and json carry them all).",
        "이 너비에서 빠진 열: {columns} (--wide로 모든 열을 봅니다. csv와 json에는 모두 있습니다).",
    ),
}  # fmt: skip
