"""What a check row refers to (``refers_to``) and the basis of its rate (``basis``), as messages: calc
writes them in English, the text csv and json carry; a table in Korean shows them by these templates
(relations.py reads the English back into a message by its template). A parameter named ``year``,
``a`` or ``b`` is a year, ``date`` a date, ``span`` and ``base`` Japanese fiscal years, ``v`` a
verdict, ``cur`` a currency code, ``rate`` and ``n`` numbers; any other is a text, itself read by
these templates. The order is the order they are tried in: a template that says more comes before
one it would also match; the two that only join or judge parts come last.
"""

from __future__ import annotations

from smacalc.render.catalogue_bill import T

CHECK: dict[str, T] = {
    # What a figure is placed on.
    "rel.payment": T("{year} payment", "{year}년 분담금"),
    "rel.base": T("{x} (the base of the comparison)", "{x} (비교의 기준)"),
    "rel.year_before": T("{x} (the year before the date)", "{x} (기준일의 전해)"),
    "rel.change": T("change {a}→{b}", "{a}→{b}년 증감률"),
    "rel.nearest": T(
        "{x} (the nearest of the agreements agreed by {date})", "{x} ({date}까지 타결된 협정 가운데 가장 가까운 것)"
    ),
    "rel.difference": T("difference {a}→{b}", "{a}→{b}년 증감액"),
    "rel.demand_ratio": T(
        "US demand of {x} ({date}) against the {year} payment", "미국 요구액 {x} ({date}) ÷ {year}년 분담금"
    ),
    "rel.demand": T("US demand of {x} ({date}, for {year})", "미국 요구액 {x} ({date}, {year}년분)"),
    "rel.offer": T("ROK offer of {x} ({date}, for {year})", "한국 제시액 {x} ({date}, {year}년분)"),
    "rel.conversion": T("conversion of {x}", "{x}의 환산"),
    "rel.troops": T("US troops in Korea, {year}", "주한미군 병력, {year}년"),
    "rel.troops_counted": T("US troops in Korea, {year} (counted)", "주한미군 병력, {year}년 (국방부 집계)"),
    "rel.troops_latest": T(
        "US troops in Korea, {year} ({level}'s level, the latest)",
        "주한미군 병력, {year}년 (가장 최근인 {level}년 수준)",
    ),
    "rel.furloughed": T("Korean workers of USFK furloughed, {year}", "무급휴직한 주한미군 한국인 근로자, {year}년"),
    "rel.latest_count": T("{x} ({year}'s count, the latest)", "{x} ({year}년 집계, 가장 최근)"),
    "rel.workers": T("Korean workers of USFK, {year}", "주한미군 한국인 근로자, {year}년"),
    "rel.japan_year": T(
        "Japan's host-nation support, JFY{span}, a year", "일본의 주일미군 주둔경비 부담, {span} 회계연도, 연간"
    ),
    "rel.japan_total": T(
        "Japan's host-nation support, JFY{span}, total", "일본의 주일미군 주둔경비 부담, {span} 회계연도, 총액"
    ),
    "rel.japan": T("Japan's host-nation support, JFY{span}", "일본의 주일미군 주둔경비 부담, {span} 회계연도"),
    "rel.japan_rise": T(
        "rise of Japan's support a year, JFY{span} over JFY{base}", "일본 부담 연간액의 증감, {base}→{span} 회계연도"
    ),
    "rel.japan_rise_total": T(
        "rise of Japan's support in total, JFY{span} over JFY{base}", "일본 부담 총액의 증감, {base}→{span} 회계연도"
    ),
    "rel.japan_ratio": T(
        "Japan's support a year, JFY{span} against JFY{base}", "일본 부담 연간액, {span} 회계연도 ÷ {base} 회계연도"
    ),
    # Why a figure is left unplaced (the verdict column says so: the reason stands alone).
    "rel.unplaced": T("unplaced: {x}", "{x}"),
    # A reason and the nearest recorded positions: first, as the reasons before it end so or not.
    "why.nearest_recorded": T("{x}; the nearest recorded: {y}", "{x}; 가장 가까운 것: {y}"),
    "why.demand_ratio_near": T(
        "no recorded US demand made by {date} near {x}; the nearest: {y}",
        "{date}까지의 미국 요구액 가운데 {x}에 가까운 것이 없음; 가장 가까운 것: {y}",
    ),
    "why.demand_ratio_near_undated": T(
        "no recorded US demand near {x}; the nearest: {y}",
        "미국 요구액 가운데 {x}에 가까운 것이 없음; 가장 가까운 것: {y}",
    ),
    "why.demand_by": T(
        "no recorded US demand near {x} made by {date}", "{date}까지의 미국 요구액 가운데 {x}에 가까운 것이 없음"
    ),
    "why.demand": T("no recorded US demand near {x}", "미국 요구액 가운데 {x}에 가까운 것이 없음"),
    "why.offer_by": T(
        "no recorded ROK offer near {x} made by {date}", "{date}까지의 한국 제시액 가운데 {x}에 가까운 것이 없음"
    ),
    "why.offer": T("no recorded ROK offer near {x}", "한국 제시액 가운데 {x}에 가까운 것이 없음"),
    "why.demand_amount_by": T(
        "no recorded US demand with an amount made by {date}", "{date}까지 금액으로 기록된 미국 요구액이 없음"
    ),
    "why.demand_amount": T("no recorded US demand with an amount", "금액으로 기록된 미국 요구액이 없음"),
    "why.beyond": T(
        "far more than the SMA has ever been or been asked to be: another budget",
        "분담금으로 낸 적도 요구된 적도 없는 큰 금액: 다른 예산",
    ),
    "why.share": T(
        "a share or a limit, or another budget: not a change of the payment",
        "비율이나 한도, 또는 다른 예산: 분담금의 증감이 아님",
    ),
    "why.not_sma": T(
        "not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
        "한국의 방위비 분담금이 아님 (미국의 지출, 무역, 투자, 기지 이전)",
    ),
    "why.troops_elsewhere": T(
        "troops moved, cut, limited, in an exercise or stationed elsewhere: not the level in Korea",
        "옮기거나 줄이거나 제한하거나 훈련에 참가하거나 다른 곳에 둔 병력: 주한미군의 규모가 아님",
    ),
    "why.big_budget": T("the change of a budget far larger than the SMA's", "분담금보다 훨씬 큰 예산의 증감"),
    "why.no_rise": T("a percentage with no rise or fall named", "오르거나 내렸다는 말이 없는 비율"),
    "why.not_paid": T(
        "not said to be paid, and far from the {year} payment ({x})",
        "냈다는 말이 없고 {year}년 분담금과 거리가 멂 ({x})",
    ),
    "why.no_demand": T("a multiple with no demand to set it against", "견줄 요구액이 없는 배수"),
    "why.japan_year": T(
        "no figure of Japan's host-nation support for {year} in the record",
        "기록에 일본의 {year}년 주둔경비 부담 수치가 없음",
    ),
    "why.japan_change": T("no change of Japan's support in the record", "기록에 일본 부담의 증감이 없음"),
    "why.japan_none": T(
        "no figure of Japan's host-nation support in the record", "기록에 일본의 주둔경비 부담 수치가 없음"
    ),
    "why.japan_near": T(
        "no figure of Japan's support near {x}; the nearest: {y}",
        "{x}에 가까운 일본 부담 수치가 없음; 가장 가까운 것: {y}",
    ),
    "why.no_figure": T(
        "no figure found in the text; smacalc reads amounts, percentages, multiples and troop counts",
        "문장에서 수치를 찾지 못함; smacalc는 금액, 비율, 배수, 병력 수를 읽습니다",
    ),
    "why.part": T(
        "a part of a payment (what it pays for), or an average of years",
        "분담금의 일부(항목별 금액) 또는 여러 해의 평균",
    ),
    "why.other_amount": T(
        "another amount of the sentence is the {year} payment; this is a part of it, a total with other costs, "
        "or a difference",
        "문장의 다른 금액이 {year}년 분담금이므로, 이 금액은 그 일부나 다른 비용을 더한 합계, 또는 차액",
    ),
    "why.with_others": T(
        "troops counted with their families or civilians: not the level",
        "가족이나 민간인과 함께 센 미군: 주한미군 규모가 아님",
    ),
    "why.troops_part": T("a part of the troops in Korea, not the level", "주한미군의 일부이지 전체 규모가 아님"),
    "why.people": T(
        "a count of people that is neither US troops nor USFK's Korean workers",
        "주한미군 병력도 주한미군 한국인 근로자도 아닌 인원 수",
    ),
    "why.bound": T(
        "a bound far from the {year} payment: another quantity", "{year}년 분담금과 거리가 먼 상한이나 하한: 다른 수량"
    ),
    "why.no_year": T(
        "no year named, and no change of the agreements agreed by {date} near {x}",
        "연도를 말하지 않았고, {date}까지 타결된 협정에 {x}에 가까운 증감이 없음",
    ),
    "why.japan_multiple": T(
        "a multiple said of Japan's support; the record holds no demand on Japan",
        "일본 부담에 대한 배수: 기록에 일본에 대한 요구액이 없음",
    ),
    "why.japan_asked_multiple": T(
        "a multiple asked of Japan; the record holds no demand on Japan",
        "일본에 요구한 배수: 기록에 일본에 대한 요구액이 없음",
    ),
    "why.difference_from_other": T("a difference from a sum that is not the SMA", "방위비 분담금이 아닌 금액과의 차이"),
    "why.in_euros": T(
        "an amount in euros: the SMA is paid in won (once in dollars)",
        "유로 금액: 방위비 분담금은 원화로 낸다 (과거에는 달러로도)",
    ),
    "why.decade": T("the level of a decade before the record's years", "기록이 시작되기 전 연대의 병력 규모"),
    "why.japan_demand": T("a US demand on Japan: the record holds none", "일본에 대한 미국의 요구액: 기록에 없음"),
    "why.no_workers": T(
        "no count of USFK's Korean workers in the record by then", "그때까지 주한미군 한국인 근로자 수가 기록에 없음"
    ),
    "why.few_troops": T(
        "far fewer than US troops in Korea: a part of them (a service, a unit, a cut)",
        "주한미군보다 훨씬 적은 수: 그 일부 (군, 부대, 감축분)",
    ),
    "why.many_troops": T(
        "far more than US troops in Korea: another force (Korea's own, or all US forces)",
        "주한미군보다 훨씬 많은 수: 다른 병력 (한국군, 또는 미군 전체)",
    ),
    "why.troops_japan": T(
        "troops in a sentence about Japan or elsewhere, far from the level in Korea",
        "일본이나 다른 곳을 말하는 문장의 병력으로, 주한미군 규모와 거리가 멂",
    ),
    "why.broken": T(
        "a figure broken by a space ('{x}'): its whole cannot be told", "띄어 쓴 수치('{x}'): 전체를 알 수 없음"
    ),
    "why.no_change": T("no year-on-year change for {year} in the record", "기록에 {year}년의 전년 대비 증감이 없음"),
    "why.two_currencies": T("one currency's part of a payment made in two", "두 통화로 낸 분담금 가운데 한 통화 부분"),
    "why.a_case": T(
        "a figure worked out for a case, not a fact: {x} would be {v}",
        "가정에 따라 계산한 수치이지 사실이 아님: {x} 기준이면 {v}",
    ),
    "why.no_payment": T("no payment for {year} in the record", "기록에 {year}년 분담금이 없음"),
    "why.currency": T("an amount in {cur}, a currency the record lacks", "기록에 없는 통화({cur})의 금액"),
    "why.digits": T(
        "given to {n} digits, yet far from the {x}: another quantity (a part of it, a total with other costs, "
        "another count)",
        "{n}자리까지 적었는데 {x}와 거리가 멂: 다른 수량 (그 일부, 다른 비용을 더한 합계, 다른 수)",
    ),
    "why.several_years": T(
        "a change over several years, with no years named", "여러 해에 걸친 증감인데 연도를 말하지 않음"
    ),
    "why.korean_pct": T(
        "a Korean position the record does not hold as a percentage", "기록에 비율로는 없는 한국 측 입장"
    ),
    "why.germany": T(
        "Germany's or NATO's support or costs: not the SMA",
        "독일이나 나토의 분담 또는 비용: 방위비 분담금 아님",
    ),
    "why.us_pct": T("a US demand the record does not hold as a percentage", "기록에 비율로는 없는 미국 측 요구"),
    "why.small_share": T(
        "far smaller than any change of the payment: a share, not a change",
        "분담금의 어떤 증감보다도 훨씬 작음: 증감이 아닌 비율",
    ),
    "why.large_change": T(
        "far larger than any change of the payment: another measure's",
        "분담금의 어떤 증감보다도 훨씬 큼: 다른 항목의 증감",
    ),
    "why.other_group": T(
        "far from USFK's Korean workforce: another group (residents of a base, families, all civilians)",
        "주한미군 한국인 근로자 수와 거리가 멂: 다른 집단 (기지 주민, 가족, 민간인 전체)",
    ),
    "why.no_troops": T("no US troop level for {year} in the record", "기록에 {year}년 주한미군 병력이 없음"),
    "why.furlough_part": T(
        "workers furloughed or laid off: a part of the workforce", "무급휴직하거나 해고된 근로자: 근로자의 일부"
    ),
    "why.furlough_far": T("workers furloughed, far from the record's {x}", "무급휴직 근로자로, 기록의 {x}와 거리가 멂"),
    "why.rate_unnamed": T(
        "a conversion of {x} at the rate of a time the sentence does not name",
        "문장이 말하지 않은 때의 환율로 {x}를 환산한 것",
    ),
    "why.power_of_ten": T(
        "a power of ten from the conversion of {x}, which does not hold: one of the two is misprinted",
        "{x}의 환산과 자릿수가 다르고 맞지 않음: 둘 중 하나가 잘못 적힘",
    ),
    "why.rise_start": T(
        "the amount a rise over years started from, its year not said: {x} would be {v}",
        "여러 해에 걸친 인상의 출발 금액인데 그 연도를 말하지 않음: {x} 기준이면 {v}",
    ),
    "why.unchanged_year": T(
        "a rise said of {year}, in which the payment did not change: its year cannot be told",
        "분담금이 그대로였던 {year}년의 인상이라고 함: 어느 해인지 알 수 없음",
    ),
    "why.range_end": T("one end of a range converting {x}", "{x}를 환산한 범위의 한쪽 끝"),
    "why.multiple_of_change": T(
        "a multiple of an increase or an offer, not of the payment", "인상분이나 제시액의 배수이지 분담금의 배수가 아님"
    ),
    "why.total_of_share": T(
        "a total of which a share is said: not the payment", "비율을 말한 전체 금액: 분담금이 아님"
    ),
    "why.same_payments": T("the payments of {a} and {b} are the same", "{a}년과 {b}년의 분담금이 같음"),
    "why.numbered_none": T(
        "the {n}th SMA names the years {a}-{b}; no payment of them fits",
        "{n}차 협정의 {a}~{b}년 가운데 맞는 해의 분담금이 없음",
    ),
    "why.gap": T("the gap between the two sides' positions", "양측 입장의 차이"),
    "why.ambiguous": T("ambiguous: {x} or {y}", "모호함: {x} 또는 {y}"),
    # The rate an amount is converted at.
    "basis.daily": T("{cur} {rate} of {date} (daily)", "{cur} {rate} ({date} 일별 환율)"),
    "basis.average": T("{cur} {rate}, {year} average", "{cur} {rate} ({year}년 평균 환율)"),
    "basis.stated": T("{cur} at the stated rate {rate}", "{cur} {rate} (문장에 적힌 환율)"),
    "basis.previous": T(
        "{year} in {cur} as the source of {next}'s change reckons it",
        "{next}년 증감의 출처가 {cur}로 환산한 {year}년 금액",
    ),
    "basis.day_too": T("{x}; {v} at the day's rate ({y})", "{x}; 그날 환율로는 {v} ({y})"),
    "basis.average_too": T("{x}; {v} at {year}'s average rate ({y})", "{x}; {year}년 평균 환율로는 {v} ({y})"),
    # Parts joined, and a part with its verdict: tried last.
    "rel.also": T("{x}; {y}", "{x}; {y}"),
    "rel.judged": T("{x} ({v})", "{x} ({v})"),
}
# An amount as calc shortens it ("$5.0bn"), in Korean as Korean writes money ("50억 달러"): written by
# relations.py, never read back (its template is the amount alone), so not among the templates above.
AMOUNT: dict[str, T] = {"rel.amount": T("{shown}", "{money}")}
