"""The message catalogue's part for the pages of `smacalc serve` (smacalc.web): headings, labels,
links and error lines, in English and Korean; messages.py merges it in. The tables on the pages
are the commands' own reports, so their titles, headers and captions are the CLI's messages.
"""

from __future__ import annotations

from smacalc.render.catalogue_bill import T

WEB: dict[str, T] = {
    "web.site": T("smacalc: the US-South Korea Special Measures Agreements", "smacalc: 한미 방위비분담특별협정"),
    "web.lead": T(
        "What Seoul pays toward the cost of US troops in Korea, agreement by agreement, with the source of "
        "every figure.",
        "한국이 주한미군 주둔 비용으로 부담하는 금액을 협정별로, 모든 수치의 출처와 함께 보여 줍니다.",
    ),
    "web.lang": T("한국어", "English"),  # the link to the page in the other language
    "web.home": T("Home", "처음으로"),
    "web.agreements": T("The agreements", "협정"),
    "web.chart": T("The payments", "분담금 추이"),
    "web.latest": T(
        "The latest official year is {year}: {amount}.", "공식 금액이 발표된 최근 연도는 {year}년입니다: {amount}."
    ),
    "web.freshness": T("How fresh the rates and price levels are", "환율과 물가 자료의 최신 상태"),
    "web.tables": T("The tables", "표"),
    "web.tables.lead": T(
        "Every table of the record, to browse, filter and download (CSV, JSON) in Datasette:",
        "기록의 모든 표를 Datasette에서 둘러보고 거르고 내려받을 수 있습니다 (CSV, JSON):",
    ),
    "web.queries": T("Queries a desk asks for", "자주 찾는 질의"),
    "web.query.agreement_total": T("The total of an agreement", "협정별 총액"),
    "web.query.payments_in_dollars": T("The payments in dollars", "달러로 본 분담금"),
    "web.query.demand_gaps": T("The gap of every demand", "미국 요구액과 타결액의 차이"),
    "web.check": T("Check a sentence", "문장 확인"),
    "web.check.lead": T(
        "Paste a sentence as it was said or printed, with the day it was: each figure is put against the "
        "record, with its working and its source.",
        "보도된 문장을 그대로 붙여 넣고 보도 날짜를 고르면, 문장의 수치마다 기록과 견주어 계산 과정과 출처를 "
        "보여 줍니다.",
    ),
    "web.check.text": T("Sentence", "문장"),
    "web.check.date": T("Said or printed on", "보도 날짜"),
    "web.check.submit": T("Check", "확인"),
    "web.check.json": T("These rows as JSON", "이 결과를 JSON으로"),
    "web.check.rules": T("The verdict rules", "판정 기준"),
    "web.sma.title": T("{name}", "제{sma}차 방위비분담특별협정"),
    "web.sma.talks": T("The demands and offers of the talks", "협상 중 요구액과 제시액"),
    "web.sma.no_talks": T(
        "No demand or offer of these talks is recorded.", "이 협상의 요구액이나 제시액은 기록에 없습니다."
    ),
    "web.sma.in_tables": T("These rows in the tables:", "표에서 보기:"),
    "web.error": T("Error", "오류"),
    "web.error.sma": T(
        "There is no agreement '{sma}': the record has agreements 1 to {last}.",
        "'{sma}'라는 협정은 없습니다. 기록에는 1차부터 {last}차까지 있습니다.",
    ),
    "web.error.date": T(
        "Cannot read the date '{day}': give a day as YYYY-MM-DD, such as 2024-11-05.",
        "날짜 '{day}'를 읽을 수 없습니다. 2024-11-05처럼 YYYY-MM-DD 형식으로 주십시오.",
    ),
    "web.error.date_outside": T(
        "The date {day} is outside the record's years ({first}-{last}).",
        "날짜 {day}는 기록의 기간({first}-{last}년) 밖입니다.",
    ),
    "web.error.too_long": T(
        "The text has {count} characters; smacalc reads claims of up to {limit}.",
        "문장이 {count}자입니다. smacalc는 {limit}자까지 읽습니다.",
    ),
    "web.error.empty": T(
        "The text to check is empty; give a sentence with figures.",
        "확인할 문장이 비어 있습니다. 수치가 든 문장을 주십시오.",
    ),
    "web.error.other": T("{reason}", "확인할 수 없습니다: {reason}"),
    "web.error.not_found": T("No such page. {detail}", "그런 페이지는 없습니다. {detail}"),
}  # fmt: skip
