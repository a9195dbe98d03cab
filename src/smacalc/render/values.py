"""The values of a row's closed lists (basis, statuses, verdicts, kinds, places) as a table and
markdown write them: keyed "v.{list}.{value}", the English being the value csv and json carry, the
Korean what a Korean newsroom writes. A Column names its list (``values="basis"``); messages.py
reads these with the rest of the catalogue. Nothing here is code.
"""

from __future__ import annotations

from smacalc.render.catalogue import T

VALUES: dict[str, T] = {
    "v.basis.official": T("official", "공식"),
    "v.basis.rule": T("rule", "규칙"),
    "v.basis.projected": T("projected", "전망"),
    "v.basis.scenario": T("scenario", "시나리오"),
    "v.basis.total": T("total", "합계"),
    "v.figure_basis.published": T("published", "발표"),
    "v.figure_basis.assumed": T("assumed", "가정"),
    "v.figure_basis.given": T("given", "사용자 지정"),
    "v.figure_basis.computed": T("computed", "계산"),
    "v.figure_basis.event": T("event", "사건"),
    "v.status.published": T("published", "발표됨"),
    "v.status.partial": T("partial", "일부만 발표"),
    "v.status.differs": T("differs", "합계 불일치"),
    "v.status.not published": T("not published", "기록에 없음"),
    "v.status.not in the record": T("not in the record", "기록에 없음"),
    "v.status.ok": T("ok", "일치"),
    "v.status.deviation": T("deviation", "불일치"),
    "v.status.no official figure": T("no official figure", "공식 금액 없음"),
    # Verdicts in the words of Korean fact-checking (SNU FactCheck's scale): holds 사실, close 대체로
    # 사실, off 사실 아님, unplaced 판단 유보 (no figure of the record to judge it by).
    "v.verdict.holds": T("holds", "사실"),
    "v.verdict.close": T("close", "대체로 사실"),
    "v.verdict.off": T("off", "사실 아님"),
    "v.verdict.unplaced": T("unplaced", "판단 유보"),
    "v.claim_kind.payment": T("payment", "분담금"),
    "v.claim_kind.demand": T("demand", "요구액"),
    "v.claim_kind.increase": T("increase", "인상률"),
    "v.claim_kind.offer": T("offer", "제시액"),
    "v.claim_kind.workers": T("workers", "근로자 수"),
    "v.claim_kind.japan": T("japan", "일본 분담금"),
    "v.claim_kind.conversion": T("conversion", "환산"),
    "v.claim_kind.ratio": T("ratio", "배율"),
    "v.claim_kind.troops": T("troops", "병력"),
    "v.hedge.about": T("about", "약"),
    "v.hedge.almost": T("almost", "거의"),
    "v.hedge.up to": T("up to", "최대"),
    "v.hedge.more than": T("more than", "이상"),
    "v.event.round": T("round", "협상 회의"),
    "v.event.agreed": T("agreed", "타결"),
    "v.event.signed": T("signed", "서명"),
    "v.event.ratified": T("ratified", "비준"),
    "v.event.in_force": T("in_force", "발효"),
    "v.event.statement": T("statement", "발표"),
    "v.event.demand": T("demand", "요구"),
    "v.event.offer": T("offer", "제시"),
    "v.precision.day": T("day", "일"),
    "v.precision.month": T("month", "월"),
    "v.place.Honolulu": T("Honolulu", "호놀룰루"),
    "v.place.Jeju": T("Jeju", "제주"),
    "v.place.Los Angeles": T("Los Angeles", "로스앤젤레스"),
    "v.place.Seattle": T("Seattle", "시애틀"),
    "v.place.Seoul": T("Seoul", "서울"),
    "v.place.Washington": T("Washington", "워싱턴"),
    "v.host.South Korea": T("South Korea", "한국"),
    "v.host.Japan": T("Japan", "일본"),
    "v.lapse.amount in force": T("amount in force", "당시 협정 금액"),
    "v.lapse.labor line": T("labor line", "인건비 항목"),
    "v.lapse.labor share": T("labor share", "인건비 비중"),
    "v.lapse.per worker a month": T("per worker a month", "근로자 1인당 월"),
    "v.lapse.unfunded": T("unfunded", "미지급"),
    "v.lapse.workers": T("workers", "근로자 수"),
    # Publishers as a reader knows them, in a chart's source line (by the record's name of each).
    "v.publisher.Ministry of National Defense (ROK)": T("ROK Ministry of National Defense", "국방부"),
    "v.publisher.Board of Governors of the Federal Reserve System, via FRED (Federal Reserve Bank of St. Louis)": T(
        "US Federal Reserve", "미국 연방준비제도"
    ),
    "v.publisher.Bank of Korea": T("Bank of Korea", "한국은행"),
    "v.publisher.Dong-A Ilbo": T("Dong-A Ilbo", "동아일보"),
    "v.publisher.Hankyung": T("Hankyung", "한국경제"),
    "v.publisher.Kukinews": T("Kukinews", "쿠키뉴스"),
    "v.publisher.Maeil Business Newspaper": T("Maeil Business Newspaper", "매일경제"),
    "v.publisher.Reuters (Korean service)": T("Reuters", "로이터"),
    "v.publisher.Seoul Shinmun": T("Seoul Shinmun", "서울신문"),
    "v.publisher.The Washington Post": T("The Washington Post", "워싱턴포스트"),
    "v.publisher.Yonhap News Agency": T("Yonhap News Agency", "연합뉴스"),
    "v.publisher.Statistics Korea": T("Statistics Korea", "통계청"),
}  # fmt: skip
