"""The words of years `check` reads a figure's year by: a year written, what a year dates that is
no figure's (a war, a law, a signing), the base of a comparison, "last year" and "next year", the
past and the present, the first year of an agreement and its number. English and Korean. The rules
that use them are in claim_years.py; the words that place a figure are in cues.py. Pure data, no I/O.
"""

from __future__ import annotations

import re

from smacalc.calc.cues import THAN_KO, words
from smacalc.patterns import Pattern

# A year written with four digits, or two in Korean ('96년, 96년도, '98년); 1950-2049; not a decade (the 1990s).
YEAR = Pattern(
    r"(?<![\d.,])(?P<y>19[5-9]\d|20[0-4]\d)(?!\d|,\d|\.\d|s\b)|(?<![\d.])(?:'(?P<yy>\d\d)|(?P<y9>9\d))(?=년)"
)
# After a year, a war it dates: "1950-53 Korean War", "1950 to 1953 Korean War", "1950년 한국전쟁".
WAR = Pattern(
    r"(?:\s*(?:-|–|~|∼|to)\s*\d{2,4})?\s*(?:년\s*)?(?:의\s*)?(?:(?:Korean\s+)?War\b|한국\s?전쟁|6[·.]25)", re.IGNORECASE
)
# After a year, an election it dates: "the 2020 U.S. election", "2024년 대선".
ELECTION = Pattern(
    r"\s*(?:U\.?S\.?\s|American\s)?(?:presidential\s|general\s|midterm\s)?elections?\b|\s*년?\s*(?:미국\s?)?(?:대선|대통령\s?선거|총선)",
    re.IGNORECASE,
)
# After a year, a law or a budget it names: "2020회계연도 국방수권법", "2019 NDAA", "fiscal 2020 budget",
# "2019년도 한국 국방 예산".
LAW = Pattern(
    r"\s*(?:회계연도|년도?)?\s*['‘’\"]?\s*(?:(?:한국|정부|우리)(?:의)?\s?)?"
    r"(?:국방수권법|예산안|국방\s?예산|NDAA\b|National Defense Authorization|defen[cs]e budget)",
    re.IGNORECASE,
)
# The months, in order (a month's number is its place here, plus one), and any of them named.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip
MONTH_NAME = "|".join(MONTHS)
# Before a year, the signing of a deal it dates: "the agreement signed in 2014", "signed in early 2014",
# "signed in January 2014" (not a figure's year).
SIGNED = Pattern(
    r"\b(?:signed|sealed|inked|struck|concluded|reached|agreed|revised|renewed|expires?|expired|expiring)\s+(?:in\s+)?"
    rf"(?:(?:early|late|mid)[\s-]|(?:{MONTH_NAME})\s)?$",
    re.IGNORECASE,
)
# Before a year, a dateline's month and day ("December20, 2006: South Korea is ..."): the date written.
DATELINE = Pattern(rf"(?:^|[\s(])(?:{MONTH_NAME})\s?\d{{1,2}},\s?$")
# After a year, a deal it names ("under the 2006 Special Measurement Agreement"): the year it was made.
DEAL = Pattern(
    r"\s(?:Special Measures?|Special Measurement|cost[- ]sharing|defen[cs]e cost[- ]sharing)?\s?"
    r"(?:agreement|accord|deal|pact|SMA)\b",
    re.IGNORECASE,
)
# After a year, the same in Korean: "2014년 체결된 협정", "2027년 3월 만료되는".
SIGNED_KO = Pattern(r"년\s?(?:\d{1,2}월\s?)?(?:에\s?)?(?:체결|서명|타결|만료|종료)")
# After an amount, a rate applied or added to it ("9천602억 원에 국방비 인상률 8.2%를 반영한", "7,255억원에 물가
# 상승률을 더한"): it is the base the rate is applied to.
RATE_APPLIED = r"에\s(?:\S+\s){0,3}\S*(?:을|를)\s?(?:반영|적용|더)(?:한|해|하)"
# Said of a year, right after a sum: "annually", "a year" (one list, read by the conversion, the bare number, the
# rise "from ... annually to" and Japan's average a year).
A_YEAR = r"annually|yearly|a year|per year|each year|every year"
# ... and in Korean, before it: "연간 2천억엔".
A_YEAR_KO = r"연간|매년"
# A cue that makes the year after it the base of a comparison ("up 8.3% from 2025", "than in 2018").
BASE_WORD = Pattern(r"\b(?:from|than|compared (?:with|to)|since|versus|vs\.?|over)\b", re.IGNORECASE)
# After a year, its base cue: 보다, 대비, 에 비해, past at most three words of the same noun phrase
# ('올해 연간 분담금(6천804억 원)보다', '내년 총액 1조4028억원 대비'), none a word with a case
# particle (분담금을) or another year; or 에서 after an amount or its word ('올해 액수에서 ... 반영된').
BASE_AFTER = Pattern(
    r"^\s*(?:년도?)?\s*(?:(?![^\s]*(?:년|해))(?:[^\s.,()]|(?<=\d)[.,](?=\d)){0,9}[^\s.,()을를은는이가]\s?){0,4}"
    rf"(?:\([^()]{{0,24}}\))?\s*(?:{THAN_KO}|比|対比|수준(?:으로|을|에서)"
    r"|(?<=[원러엔])\s?기준으로|(?<=[원러엔])에서(?=\s?(?:최소|최대|약|무려)?\s?\d)|(?<=분담금)에서(?=\s?\d[\d.]*\s?%)|(?<=액수|금액)에서"
    # "지난해 분담액 9천602억 원에 국방비 인상률 8.2%를 반영한": what a rate is applied to
    r"|(?<=[원러엔])" + RATE_APPLIED + ")"
)
RELATIVE = [
    (
        words(r"(?<!\bthe )\blast year(?:\b|s\b(?= \d))|\ba year ago\b", r"지난해|작년"),
        -1,
    ),  # not "the last year" (of a deal)
    (words(r"\bnext year\b|\bcoming year\b", r"내년"), 1),  # (이듬해 is the year after one printed: FOLLOWING_YEAR)
    # 올 alone, before an amount or a payment ("올 4억4400만달러보다", "올 분담금"), not before other words ("올
    # 정기국회", nor the verb's future, "올 것")
    (
        words(
            r"\bthis (?:year|yr)\b|\bthis year's\b|\bcurrent year\b",
            r"올해|금년|올 한 해|今年|(?<![가-힣])올(?=\s(?:\d|분담금|방위비))",
        ),
        0,
    ),
]
# The year before the one a sentence names ("in 2019 ..., up from ₩960bn the previous year"); with none
# named, the year before the date.
PREVIOUS_YEAR = words(
    r"\bthe (?:previous|prior|preceding) year\b|\ba year (?:earlier|before)\b|\bthe year (?:before|earlier)\b",
    # ("전년 대비", "전년도에 비해", "전년도 1조4천28억원 대비")
    rf"그 전해|한 해 전(?!\s?\d)|전년도?(?=\s?(?:[\d,.조억천백만]+\s?원\s?)?(?:{THAN_KO}))",
)
# Said of the time before the date: past tense of paying, an agreement that ran out.
PAST = words(
    r"\b(?:was|were|had been)\s+(?:\w+\s+){0,2}paying\b|\bha[ds] paid\b|\bused to pay\b|\bpreviously\b",
    r"\bexpired\b|\bthe previous (?:\w+[- ]year )?(?:deal|agreement|pact|sma)\b|\bunder the (?:old|last|previous)\b",
    r"\bat the time\b|\bin recent years\b",
    r"\bthe previous (?:annual )?(?:contribution|payment|share)\b|\bprior to the (?:negotiations|talks)\b",
    r"내던|냈던|지불했던|부담했던|종전|이전 협정|내왔|(?:부담|지불|지출)해 ?(?:왔|온)",
)
# "To" an amount, the end of a rise "from" another ("from $830 million to $924 million this year"): the
# year_bases and claim_years rules of "from A to B" share it.
TO_AN_AMOUNT = (
    r"to\s+(?:about |around |roughly |approximately |nearly |almost |some |just (?:over|under) |more than )?"
    r"(?:US\$|[$₩€¥]|W(?=\d))?\d"
)
# "From" just before an amount, the start of that rise, or what an ask on Japan is from ("to around $8 billion
# from about $2 billion"): matched against the text before the amount.
FROM_AN_AMOUNT = Pattern(r"\bfrom\s+(?:the |about |around |some |just |roughly )*$", re.IGNORECASE)
# Right after an amount, the amount it rose to: "9602억원에서 1조389억원으로 8.2% 인상" (Korean says "from" after it).
TO_AN_AMOUNT_KO = Pattern(
    r"\s?에서\s(?:약\s)?\d[\d,.]*\s?[조억만천][\d,.조억천만\s]*(?:원|달러)\s?(?:으로|로)(?:[^.]|\.(?=\d)){0,16}?"
    r"(?:늘었|늘어|증가[했한]|(?:인상|증액)[됐된했한]|올랐|오른|상승[했한]|뛰었)"
)
# The year printed last before it in the sentence, whatever that year was said of ("signed in 2009, setting ...
# for that year"): a figure's year.
THAT_YEAR = words(r"\b(?:that|the same) year\b", r"그해|그 해|같은 해|당해")
# The year after the one printed last before it in the sentence: "2013년 ... 이듬해 9,200억원", "the following year".
FOLLOWING_YEAR = words(r"\bthe following year\b", r"이듬해|다음 해|익년")
# A month said with no year at the head of a sentence ("In June, ..."): of the date's year, or of the year
# before where that month is still to come at the date.
MONTH = words(rf"(?:^|(?<=[.!?]\s))(?-i:In|Last) (?P<m>{MONTH_NAME})(?=,)")
# (not a rate's: "US$848 million at the current exchange rate" is no amount's year)
CURRENT = words(
    r"\bcurrent(?:ly)?\b(?! (?:exchange )?rates?\b)|\bexisting\b|\bnow\b|\btoday\b|\bat present\b",
    r"현재(?! 환율)|지금|현행|기존",
)
# What is to come: a payment said in the future tense is of the year under way, though no agreement covers it yet.
TO_COME = words(r"\bwill\b|\bexpected to\b|\bset to\b", r"게 되|될 것|될 전망|할 예정|예상")
FIRST_YEAR = words(
    # ("initially pushed", "initially demanded": a first demand, not a first year)
    r"\bfirst year\b|\binitially\b(?!\s(?:pushed|demanded|asked|sought|requested|called|wanted|pressed|insisted"
    r"|floated))|\binitial (?=(?:payment|contribution|amount|\$))",
    r"첫해|첫 해|첫 년도|첫 연도|최초 ?연도",
)
# The one-year agreement (the 10th SMA, for 2019 alone): its year.
ONE_YEAR_DEAL = words(
    r"\bone[- ]year (?:deal|agreement|pact|sma|accord)\b", r"1년짜리|1년 ?(?:단기 ?)?협정|유효기간(?:이|은)? 1년"
)
# An agreement named by its number: "the 9th SMA", "9차 협정", "제11차 방위비분담 특별협정".
AGREEMENT_NUMBER = words(
    r"\b(?P<en>\d{1,2})(?:st|nd|rd|th) (?:Korea-U\.?S\.? )?"
    r"(?:SMA|Special (?:Measures|Agreement)|cost[- ]sharing|burden[- ]sharing|agreement|deal)\b",
    r"(?<!\d)(?P<ko>\d{1,2}) ?차 ?(?:방위비|SMA|협정|특별협정|분담|한미)",
)
