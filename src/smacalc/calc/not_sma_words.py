"""The words of a sum that is not Korea's SMA payment: what the US spends, another budget, trade, an
investment, funds unspent or accumulated, a base's building. Written as cues.py's are, English and Korean
alike (read by not_sma.py and by the placing of percentages)."""

from __future__ import annotations

from smacalc.calc.cues import words
from smacalc.patterns import Pattern

# What the US spends, or another budget, a trade figure, an investment: not the SMA.
NOT_SMA = words(
    r"\bcost(?:s)? (?:us|the u\.?s\.?|the united states|america|washington)\b",
    r"\bsav(?:e|es|ed|ing|ings)\b",
    r"\bwe (?:lose|lost|spend|spent|pay|paid)\b|\bus (?:spends|spent|contributes)\b|\bu\.?s\.? spen(?:t|ds?)\b",
    # what the US's own departments spend ("The roughly $8.5 billion spent each year by the Pentagon")
    r"\bspent (?:\w+ ){0,3}by (?:the )?(?:Pentagon|Defen[cs]e Department|U\.?S\.? military)\b",
    r"\b(?:the )?Pentagon (?:spends|spent|pays|paid)\b",
    r"\bworth of protection\b|\btrade (?:deficit|surplus)\b|\bdeficit\b|\btariff|\bduties\b|\binvest",
    r"\bpurchas|\bbuy(?:ing|s)?\b|\barms\b|\bweapons\b|\bexports?\b|\bfact sheet\b|\bcomprehensive support\b",
    r"\bindirect|\btotal costs? (?:for|of) (?:the )?(?:U\.?S\.?|American) (?:military )?presence\b",
    r"\bGDP\b|\bgross domestic\b|\bdefen[cs]e (?:budgets?|spending)\b|\bmilitary budgets?\b",
    r"\bconsumer price|\bpay raise\b|\bsecurity assistance\b|\b(?:military|security) aid\b",
    r"관세|투자|무역|적자|수출|구매|매입|구입|국방\s?(?:예산|비 대비)|국내총생산|GDP|팩트시트|포괄적 지원",
    r"지역\s?내\s?총생산|경제적\s?(?:손실|피해)|예산\s?세입|세입\s?(?:예산|액)|(?:광역시|특별시|자치도)\s?예산",
    r"국방비(?=\s?(?:약\s?)?\d)",  # a defense budget's sum: "국방비 1조2000억원" (방위비 is the SMA)
    r"운[용영]\s?(?:비용|경비)|\boperating costs?\b|총\s?주둔\s?(?:경비|비용)",
    r"\btotal (?:annual )?(?:cost|costs) of (?:stationing|keeping|maintaining)\b",
    # the costs of which Korea pays a part, up to the share after them: "20억 달러에 달하는 주둔비용 중 42%"
    r"(?:비용|경비)\s?중\s?(?:약\s?)?$",
    r"발생\s?경비|\bwon[- ]based costs?\b",  # USFK's won-based costs, of which Korea pays a part
    r"환차[손익]|미집행|미사용|미지급|이월\s?(?:액|금|된)|일반\s?회계|불용액|남아돌|잉여|집행되지 않은|쓰이지 않은",
    r"정부\s?예산|국가\s?예산",
    r"축적|적립|모아 ?둔|쌓아 ?(?:둔|놓은|놨)|쌓여|쌓인|쓰지 않|(?:쓰이|쓰|집행되|집행하)지 못|남은 돈|소요된다",
    r"\bunused\b|\bunspent\b|\bunexecuted\b|\bamass(?:ed|ing)?\b|\baccumulated\b|\bsitting on\b|사용료|임대료",
    r"빼고도|말고도|제외하고|제외한|이외에|외에도|\bbesides\b|\bapart from\b|\bexcluding\b|기반시설|부지|면제",
    # indirect support, named right before its sum
    r"간접\s?(?:지원|비용|경비)(?:비용|비|액|\s?총액)?(?:은|는|이|가|으로|로)?\s*(?:(?:연간|약)\s*)*\d|직접\s?지원(?:비|액)|한시적\s?(?:비용|경비)",
    r"예치|(?:나토|\bNATO)\S*\s?(?:예산|budget)",
    r"\bnot (?:been )?used\b|\bin reserve\b",
    r"\brelocat|\bbase construction\b|\bconstruction of (?:new |military )?bases\b|\bLPP\b",
    r"기지 ?이전|이전 ?비용|이전 ?사업|이전에 따른|재배치|연합토지관리계획|기지\s?(?:공사|건설)",
    r"지역\s?개발|개발\s?사업",  # what the state spends on the region around a base
    r"\bTHAAD\b|사드|\breconstruction\b|재건\s?(?:비용|지원)|걸프전|\bGulf War\b|카투사|\bKATUSA\b",
    # a ministry's budget: "여성가족부 한 해 예산(약 1조 8천억 원)"
    r"[가-힣]+부\s?(?:의\s?)?(?:한 해|올해|연간)?\s?예산",
    r"\brespondents\b|\bpoll(?:ed|s)?\b|\bsurveys?\b|\bsurveyed\b|응답자|여론조사|설문",  # what people polled would pay
    r"주둔\s?(?:비용|경비)(?:으로|로)\s?책정",  # what the US budgets for its forces in Korea
    r"비용을 들이|비용이 든|미국(?:이|은) 부담(?:하는|한다|했다|하고)|미국 측 (?:주둔 )?비용|아낄|절감|절약",
    r"미국(?:이|은|측이|측은)\s[^.]{0,40}?지출",  # what the US spends ("미국이 3억3000만 달러를 더 지출했다")
    r"근로자.{0,12}에게|\bpayroll\b|인건비를? 지원|\bto fund (?:\S+ ){0,3}(?:Korean )?workers\b",
    r"\bfor (?:the )?(?:wages|salaries|labou?r costs?) of\b",
    # what pays the workers back from their furlough ("more than $200 million to allow thousands of USFK employees
    # to return to work")
    r"\bto (?:allow|let|enable|bring back) (?:\S+ ){0,3}(?:employees|workers)\b",
    r"가운데 \d|\d+분의 ?\d|\bof which\b",
)

# Another alliance, and another ally whose support or costs are printed beside Korea's: NATO's shares and
# budgets, Germany's support.
NATO = Pattern(r"\bNATO\b|나토|북대서양조약기구")
GERMANY_OR_NATO = Pattern(rf"독일|주독|\bGerman|{NATO.pattern}")
