"""The words `check` places a figure by, in one readable place: what a sentence says a figure is (a
demand, an offer, a payment, Japan's support, what the US spends, a share of something else), and
what it is of (Korea's, Japan's, troops', another budget's). English and Korean; the words of
years are in year_words.py, of counts in count_words.py, of sums that are not the SMA in not_sma_words.py.

Each cue is a regular expression searched in the clause around a figure (`claims.clause`); the
rules that use them are in claims.py and claim_years.py. Pure data, no I/O.
"""

from __future__ import annotations

import re

from smacalc.patterns import Pattern


def words(*alternatives: str) -> Pattern:
    """A cue: the alternatives, in any case."""
    return Pattern("|".join(alternatives), re.IGNORECASE)


# The Korean words of a comparison, after what is compared with: 보다 (than), 대비, 에 비해 (against).
THAN_KO = "보다|대비|에 비해"

# --- who is speaking of what ---

# Korea "must pay": a demand, but not in the relative clause (부담해야 할 분담금 is the payment).
_MUST_PAY = r"(?:내야|지불해야|부담해야)(?! 할(?! 것| 거)| 하는)"
# Korean words of a demand only the US side makes: "감수하라", "부담시키", a floor refused ("10억 달러 미만은
# 수용할 수 없다").
_US_ASKS_KO = (
    r"감수하라|부담시키|부담시킬|(?:줬|했|냈)으면 좋겠|(?:미만|이하)(?:은|는)?\s?(?:수용할|받아들일) 수 없"
    # an amount forced, a rise ordered ("5배 가량 인상하라는"); (^ as an alternative of its own: inside a group
    # with the words, it keeps the whole pattern from skipping ahead to where one of its words can start)
    r"|(?:달러|원)(?:을|를)\s?강요|^(?:을|를)\s?강요|(?:인상|증액)하라"
)
# The US side: a demand (English verbs and frames; Korean 요구, 내라, 부담하라).
DEMAND = words(
    r"\bdemand|\bthreaten(?:ed|s|ing)? to (?:pull|withdraw|remove)\b",
    r"\basked\b|\basking\b|\bask(s)?\b(?! for (?:a )?(?:delay|patience))",
    # what an agreement calls for is no demand
    r"(?<!agreement )(?<!deal )(?<!pact )(?<!compromise )(?<!contract )(?<!accord )(?<!which )"
    r"\bcall(?:ed|s|ing)? for\b",
    r"\bpress(?:ed|es|ing)?\b|\bpressur(?:e|ed|es|ing)\b|\burg(?:e|ed|es|ing)\b",
    r"\bpush(?:ed|es|ing)? (?:for|seoul|south korea|korea|the rok|rok|to (?:increase|raise|hike|settle|keep|get))\b",
    r"\bwant(?:s|ed)?\b|\binsist",
    r"\b(?:U\.?S\.?|Washington) (?:then )?raised\b",  # "the U.S. then raised South Korea's share to US$1.2 billion"
    r"\bsought\b|\bseek|\b(?:tr(?:y|ies|ying|ied)|attempt(?:s|ed|ing)?) to (?:bring|raise|increase|push|get)\b",
    # "negotiations aimed at getting South Korea to quintuple", "expectations, which initially aimed for an increase"
    r"\baim(?:ed|s|ing)? (?:at getting|for an? (?:\w+ )?increase)\b",
    r"\brequest",
    r"\bshould (?:pay|be paying|contribute|shoulder)",
    r"\b(?:would|['’]d) be paying\b|\bmust pay\b|\bought to pay\b|\bpay more\b",
    r"\bclaimed that .{0,40} should\b",
    r"\bprice tag\b",
    r"\bexpects? (?:\w+ ){0,3}to pay\b",
    r"요구|요청|청구|내라|내게 될|낼 것|부담하라|증액을 요구|올려야|인상해야|늘려야|증액해야|달라고|해 달라",
    r"받(?:았|아냈|아 냈)을 (?:것|거)|압박|협박|고집|올리려|받아내겠|최후\s?통첩|\bultimatum",
    _US_ASKS_KO,
    _MUST_PAY,
)
# Words of a demand that only the US side makes in these talks, whoever stands near them.
US_ONLY = words(
    r"\bdemand|\bask|\bprice tag\b|\brequest|\bshould (?:pay|be paying|contribute|shoulder)",
    r"\bwould be paying\b|\bmust pay\b|\bought to pay\b|\bpay more\b",
    r"요구|요청|청구|내라|내게 될|낼 것|부담하라|올려야|인상해야|늘려야|받(?:았|아냈|아 냈)을 (?:것|거)",
    _US_ASKS_KO,
    _MUST_PAY,
)
# Right before an amount: the base of a change ("an increase on the $870 million"), a payment.
BASE_AMOUNT = words(
    r"\bfrom (?:the )?(?:current |existing )?(?:level of )?(?:about |some )?$",
    r"\b(?:increase|rise|hike|raise)\w* (?:\S+ ){0,3}on (?:the )?(?:current )?$",
    r"현행 $|기존 $|현재 $",
)
# Right before an amount, a multiple it is the base of ("more than five times the $900 million"): a payment.
TIMES_THE = words(r"\b(?:times|fold) (?:the |what (?:it|Seoul|Korea|South Korea) (?:paid|pays) )?(?:about |some )?$")
# Years that end a span ("until 2030", "through 2025"): the last place to look for a figure's year.
SPAN_END = words(r"\b(?:until|through|till|to|by|last until|lasts until|run to|runs to)\s*$", r"까지\s*$")
# Korea's side: an offer, a proposal, a position.
OFFER = words(
    r"\boffer",
    r"\bpropos",
    r"\bcounter",
    r"\bsuggest",
    r"\b(?:willing|able) to (?:accept|pay|agree)\b|\bprepared to (?:accept|pay)\b",
    r"\b(?:(?:keep|hold|cap|limit)(?:s|ed|ing)?|kept|held) (?:the |its )?(?:\w+ )?(?:under|below|to|within)\b",
    r"\b(?:can|could) (?:settle for|accept)\b",
    r"제시|제안|역제안|수용 가능|마지노선|한계선|할 수 있다(?:고|는|며|면서)|수용할(?! 수 없)|(?<!최)고수(?!준)",
    r"인상안(?!에\s?(?:최종\s?)?합의)",  # (not a rise agreed: "13.9% 인상안에 최종합의")
    r"최대치로",  # a side's most: "우리 정부는 2조 원 정도를 최대치로 보고"
    r"(?:이상|초과)(?:은|는) (?:안\s?된|수용할 수 없)",  # a cap: "1조원 이상은 안된다"
    r"(?:을|를)\s?주장",  # insisted on an amount ("9천억 원 정도를 주장해왔지만"), not "...고 주장했다" (claimed)
)
# A US demand on Japan (the record holds none): "called on Japan to raise its host nation support".
ASKED_OF_JAPAN = words(
    r"\b(?:demand|ask|call(?:ed|s|ing)? on|press|urg|push|want)\w*\s(?:\w+\s){0,3}?(?:Japan|Tokyo)\b",
    r"미국\s?(?:측|정부)?의\s?요구",
)
# Who: the US and its president, or Korea and its government.
# A side named as the one that acts: in Korean only with a subject, topic or possessive particle
# (미국은, 한국이, 미국의 요구), never as an object (한국에, 한국을).
_KO_SUBJECT = r"(?:\s?(?:측|정부|행정부|대통령|전 대통령))?(?:은|는|이|가|의|측은|측이)(?![가-힣])"
US = words(
    r"\bU\.?S\.?\b|\bUnited States\b|\bWashington\b|\bTrump\b|\bAmerica",
    rf"(?:미국|미 측|미측|트럼프|백악관|美){_KO_SUBJECT}",
)
KOREA = words(
    r"\bSeoul\b|\bSouth Korea\b(?!n)|\bKorean government\b|\bMoon\b|\bKorea\b(?!n)",
    r"\b(?:South )?Korean (?:officials|negotiators|side|government|delegation)\b|\bthe (?:South )?Koreans\b",
    # a bare 정부 is Korea's, not the US's ("미국 정부는")
    rf"(?:한국|우리 정부|우리 측|우리측|우리|(?<!미국 )(?<!미국)(?<!美 )(?<!美)정부|韓){_KO_SUBJECT}",
)
# A change over several years, with no years named: not one year's change.
CUMULATIVE = words(
    r"\bover (?:the )?(?:past |last |next )?\w+ years\b|\bin (?!recent\b)\w+ years\b",
    r"(?<!\d)(?!1년)\d+년 ?(?:사이|간|동안|치)|(?<!\d)(?!1년)\d+년새",  # (not 1년 동안: one year's)
)
# Right before an amount: one currency's part of a payment made in two (원화 6천601억원에 달러화 ...,
# 미화 1억4천1백20만달러와 한화 2천5백75억원); PART_NEXT, right after the first part.
PART = words(
    r"(?:원화|달러화)\s*$|(?:와|과)\s?(?:한화|미화)\s*$",
    r"\bin (?:won|dollars) and\s*$",
    r"(?:인민폐|위안화|엔화)로?\s*$",
)
PART_NEXT = words(r"(?:와|과|에)\s?(?:원화|한화|달러화|미화)\s?\d")
# An amount that is a change: "an increase of $70 million", "787억원 인상", "505억원 늘었다".
DIFFERENCE_BEFORE = words(
    r"\b(?:increase|rise|hike|jump|cut|reduction|decrease) of (?:about |some |roughly |more than |over )?$",
    r"\bby\s*$",
    r"\b(?:up|down)\s+(?:about |some |roughly |nearly |almost )?$",
    r"\ban additional\s*$|\ban extra\s*$|추가로\s*$",
    r"\b(?:additional|extra) (?:payment|contribution|money|funds?|funding) of (?:about |some |roughly )?$",
    r"(?:증액|인상|증가)\s?(?:규모|분|액|폭)(?:인|은|는|이|가)?\s*(?:약\s*)?$",  # "증액 규모인 185억 원"
)
DIFFERENCE_AFTER = words(
    r"^\s*\)?\s*(?:\([^()]{0,40}\))?\s*(?:이상|가량|정도|안팎|넘게|남짓|가까이)?\s*(?:이|가|을|를|이나|나)?\s*"
    r"(?:늘|증가|급증|인상|올|오른|오르|증액|상승|웃도|줄|감소|급감|삭감|더 많|많|추가로 (?:부담|지불|분담|내))",
    r"^\s*(?:\([^()]{0,40}\))?\s*(?:more|less|higher|lower)\b",
    r"^\s*(?:\([^()]{0,40}\))?\s*(?:을|를)?\s*더\s",
    # past an unbracketed conversion: "5억 달러, 약 5천600억원을 더 지불하기로"
    r"^\s*,\s*(?:우리\s?돈(?:으로)?\s*)?(?:약\s*)?\d[\d,.]*\s?(?:[천백만억조]\s?\d*\s?)*원\s*(?:규모|정도|가량)?\s*(?:을|를)?\s*"
    r"(?:더\s|추가로\s)",
)
# Before a change said as an amount: the base is a side's position, not a year's payment ("정부의
# 방안보다 최소 1000억원 이상이 많은", "more than Seoul's offer by"): the gap between the sides.
POSITION_BASE = words(
    r"(?:방안|제시안|제안|요구안|요구액|제시액|협상안)\s?보다\s*(?:\S+\s*){0,2}$",
    r"\bthan (?:the |its |Seoul's |Korea's |Washington's )?(?:offer|proposal|plan|demand)\b.{0,20}$",
)
# Right after an amount: the sum the two sides settled on ("1조 3백억 원대로 타결된"), a payment.
SETTLED_AT = words(
    r"^\s*대?\s*(?:\([^()]{0,30}\)\s*)?(?:으로|로)\s*(?:(?:방위비\s?)?분담금(?:을|를)\s*)?(?:최종\s*)?"
    r"(?:타결|합의|결정|확정|정해)|^\s*(?:을|를)\s*(?:지출|부담|지불)(?:하)?도록 했",
    r"^\s*,?\s*(?:was|were) agreed\b",
)
# Before an amount: it is what a rise starts from ("a major increase from the approximately $1
# billion per year Seoul currently provides", "to up its contribution from just under $500 million"),
# or what an agreement sets ("the agreement ... calls for South Korea to pay"): a payment, not a position.
PAID_BASE = words(
    r"\b(?:increase|rise|raise|hike|jump|up|boost|double|triple|quadruple|quintuple|multiply)\b[^.;$₩]{0,40}"
    r"\bfrom (?:the |its |a |just |about |approximately "
    r"|around |roughly |nearly |some |over |under |less than |more than |(?:19|20)\d\d['’]s )*$",
    r"\b(?:agreement|deal|pact|accord|SMA)\b[^.;$₩]{0,50}\bcalls? for (?:South Korea|Seoul|Korea) to pay\s*$",
    r"(?:원|달러|엔)에서\s*$",  # 3억9,900만달러에서 3억1,400만달러로 축소: from one payment to another
    r"\bfrom (?:about |around )?[$₩]?\d[\d.,]*\s?(?:million|billion|trillion)?(?: dollars| won)? to "
    r"(?:about |around )?$",
)
# Right after an amount: it is the base of a comparison (₩1,038.9bn보다 5배), so a payment.
COMPARED_AMOUNT = words(
    rf"^\s*\)?\s*(?:분담금|방위비)?\s*(?:{THAN_KO}|에서\s?\d)",
    # the base of a rise, its conversion in brackets: "9602억원(약 8억499만 달러)보다 4.1% 증액된"
    rf"^\s*\([^()]{{0,40}}\)\s*(?:{THAN_KO})\s*(?:\S+\s)?(?:증액|인상|늘|올|상승|증가)",
    rf"^\s?(?:인|이던|였던)\s(?:올해|지난해|작년|금년|(?:19|20)\d\d년도?)\s?(?:분담금|방위비)\s?(?:{THAN_KO})",
    r"^\s*(?:\([^()]{0,40}\))?\s*than\b",
    r"^\s*(?:\([^()]{0,40}\))?\s*의\s*(?:\d+|[두세네다여일아열])",  # 10억 달러(...)의 5배: the base of a multiple
    # what is raised: "연간 1조4천억원 규모인 주한미군 방위비를 ... 끌어올려야"
    r"^\s?(?:규모|수준|가량|정도|안팎)?(?:인|이던)\s(?:\S+\s){0,2}(?:방위비|분담금)(?:을|를)",
    # "연간 약 10억달러 수준의 분담금을 기하급수적으로 증액할 것을 요구"
    r"^\s?(?:규모|수준|가량|정도|안팎)?의\s(?:방위비\s?)?분담금(?:을|를)\s(?:\S+\s)?(?:증액|인상|올리|올려|늘리|늘려)",
)
# Right before an amount: the payment named (올해 분담금 3억9천9백만달러, the 2018 share of).
PAYMENT_NAMED = words(
    r"(?:분담금|방위비|협상액|합의액|타결액|분담액)(?:인)?\s*[(（]?\s*$",  # "기존 분담금인 1조 389억원"
    r"현재(?:의)?\s?(?:금액|액수)인\s*(?:약\s*)?$",  # "현재의 금액인 10억 달러"
    r"\b(?:share|payment|contribution|agreement|deal|SMA) of (?:about |some |around |roughly |approximately )?$",
)
# Further before an amount, the payment said: "annual payment, which last year was about", "the
# current", "Korea's current contribution of", "the original amount of".
PAYMENT_SAID = words(
    r"\b(?:payment|contribution|share|costs?)\b[^.;$₩]{0,24},?\s+which\s+(?:\w+\s+){0,2}"
    r"(?:was|is|are|were|stood at|amounted to)\s+(?:the equivalent of\s+)?"
    r"(?:about |approximately |some |roughly |around |nearly |almost )?$",
    r"\bfrom (?:this|last) year['’]s\s+(?:about |some )?$",
    r"\bcurrent (?:annual |yearly )?(?:payments?|contributions?) of (?:about |some |around |roughly )?$",
    r"(?:현재|현행|기존)(?:의)?\s$",
    r"(?:부담|지불)하고 있는 (?:방위비|분담금)(?:가|는|은|이)?\s$",  # "현재 우리가 부담하고 있는 방위비가 1조원 수준"
    r"타결\s?(?:액수|금액)(?:은|는)\s(?:\S+\s){0,3}$",  # "최종 타결 액수는 이보다 약간 적은 1조389억 원"
    r"\b(?:agreement|deal) to pay (?:about |some |around |roughly )?$",  # "an agreement to pay some $ 924 million"
    r"\b(?:figure|amount|payment|contribution|share) (?:had been|has been|was|is) set at (?:about |around )?$",
    r"\b(?:the )?(?:new )?(?:total|amount|figure|payment)\s(?:works out|comes|came|amounts|amounted)\sto\s"
    r"(?:about |around )?$",
    r"\b(?:the|its|their|Seoul['’]s|(?:South )?Korea['’]s)\s+(?:current|original|existing|present)\s+"
    r"(?:(?:annual|yearly)\s+)?(?:(?:[\w-]+\s+){0,4}?(?:contribution|payment|share|amount|level|bill)\s+of\s+)?"
    r"(?:about |some |roughly |around )?$",
)
# Said of the payment in force, or paid: a payment, not a position.
PAID = words(
    r"\bpa(?:y|ys|id|ying)\b|\bagreed\b|\bcontribut|\bshare\b|\bportion\b|\bcovers?\b|\bfoot(?:s|ing)?\b|\bspent\b",
    r"\bextract(?:ed)?\b",
    r"분담금은|분담금이|지불|부담했|합의|타결|책정|확정|정해|내는|내고 있|냈|기여(?:해|했|하고|한)",
)
# Right after an amount, that it was paid ("the $900 billion paid last year by Seoul", "the roughly $800 million
# South Korea paid", "(equivalent to $860 million) paid prior to the negotiations", "9억9000만달러(약 1조
# 2033억원)을 냈다").
PAID_AFTER = Pattern(
    r"\)?\s(?:\([^()]{0,40}\)\s)?"
    r"(?:paid|was paid|agreed (?:to|upon) (?:in|last|this|for)\b|approved by (?:South )?Korea"
    r"|(?:(?:that|which) )?(?:it|Seoul|Korea|South Korea) (?:currently |now )?(?:pays|paid|has paid|had paid))\b"
    r"|\s?(?:\([^()]{0,40}\)\s?)?(?:을|를)?\s?"
    r"(?:냈다|냈고|지불했다|지불했고|가져왔|내게 (?:됐|되었)|(?:지불|부담)하게 (?:됐|되었))",
    re.IGNORECASE,
)

# --- things that are not Korea's SMA payment ---

JAPAN_NAMED = words(r"\bJapan|\bTokyo\b", r"일본|주일미군|日本|在日米軍")
# Japan, or its fiscal year (회계연도), by which Korean papers give Japan's support.
# (not the US one: "미 국방부가 2020 회계연도를 기준으로 산정한 주한미군 주둔 비용")
JAPAN = words(JAPAN_NAMED.pattern, r"(?<!국방부가 \d{4} )(?<!미 )(?<!미국 )회계연도(?![^.]{0,30}주한\s?미군)")
# THAAD, named anywhere in a sentence that does not name the SMA: its cost is what the sentence speaks of.
THAAD = words(r"\bTHAAD\b|사드")
# Words of the SMA itself: a sentence with none of them, about a defense budget or inflation, is not
# about the payment ("South Korea's defense budgets this year have hiked 8.2 percent").
SMA_TOPIC = words(
    r"\bSMA\b|\bSpecial Measures|\bcost[- ]sharing|\bburden[- ]sharing|\bcontribut|\bupkeep",
    r"\bpa(?:y|ys|id|ying|yment)\b|\bshare of (?:the )?(?:costs?|expen)|\bstationing cost|\bdeal\b|\bagreement\b",
    r"방위비|분담|주둔\s?(?:비용|경비|비)",
)
# Other things that grow by a percentage, named beside one: the workers' wages, the defense budget
# (국방비, not the 방위비 of the SMA).
OTHER_GROWTH = words(
    r"\bwages?\b|\bsalar(?:y|ies)\b|\bpay rise|\beconomic growth\b|\bGDP growth\b",
    r"임금|급여|국방비(?! ?분담)|경제성장률|성장률",
)
# What a sum is for ("to maintain the troops"): the US's cost, unless Korea is said to pay it.
# (not the costs an SMA sum is said to include: "2만8천500명의 유지 비용을 포함한 방위비 분담금을 50억달러로")
PURPOSE = words(r"\bto (?:maintain|protect|defend)\b|\bin defending\b", r"(?:유지|방어) 비용(?!을 포함)")
# Korea as the payer, before the amount: "Seoul currently pays about 42 percent or some ₩725bn".
KOREA_PAYS = words(
    r"\b(?:Seoul|South Korea|Korea)(?:'s government)? (?:\w+ )?(?:pay|pays|paid|is paying|was paying|will pay"
    r"|contribut(?:e|es|ed|ing))\b",
    r"\b(?:Seoul|South Korea|Korea) (?:\w+ )?(?:increase|raise)s? its (?:contribution|share|payment)\b",
    # "he managed to extract 990 million dollars last year from Seoul"
    r"\b(?:extract(?:ed|s)?|got|gotten|collect(?:ed|s)?|receiv(?:ed|es))\b[^.]{0,40}"
    r"\bfrom (?:Seoul|South Korea|Korea)\b",
    r"(?:한국|우리|정부)(?:은|는|이|가) (?:.{0,20})?(?:부담|지불)",
)
# A percentage that is a share or a limit, not a change of the payment.
# A cap on the changes ("capped at 4 percent", "5% 상한"): no change itself.
CAP = words(r"\bcap(?:ped)?\b|\bceiling\b|\bat most\b|\blimit|\bmaximum(?= \d)", r"(?<!인)상한|이내|까지만")
SHARE = words(
    CAP.pattern,
    r"\baverage\b|\bon average\b",
    r"(?:비용|경비|전체|총액)의\s*(?:약\s*)?\d[\d.]*\s?%|분의|물가\s?상승률|소비자\s?물가|평균",
    r"응답(?:이|은|률)|조사한 결과",  # the share of those polled who answered so
)
# Right before a percentage, a share raised to it, or from it ("increase its share of the burden this year to
# 41 percent from last year's 38 percent"): a level of the share, not a change.
SHARE_TO = words(
    r"\bshare of the (?:burden|costs?)\b[^.%]{0,30}\bto\s(?:about |around )?$",
    r"\bshare of the (?:burden|costs?)\b[^.]{0,60}\bfrom (?:last year['’]s |the previous )?(?:about |around )?$",
)
# Right before a percentage, a mark-up on the whole cost ("the 'cost plus 50 percent' formula"): not a change.
COST_PLUS = words(r"\bcost[\s-]plus[\s-]$")
# Right after a percentage, what is added to it: a term of a formula ("an 8.8 percent increase over the previous
# year plus inflation"), not a year's change.
PLUS_INFLATION = words(
    r"^[^.;]{0,40}?\bplus (?:the )?(?:inflation|consumer price|CPI)\b", r"^[^.;]{0,24}?물가\s?상승률을 더"
)
# Right after a percentage: what it is a share of ("40 percent of the costs").
SHARE_OF = words(
    r"^\s*[”\"]?\s*(?:\w+\s)?[“\"]?,?\s?of (?:the |its |their )?(?:[\w.'’-]+\s){0,3}"
    r"(?:costs?|expenses?|budget|spending|GDP|upkeep|total)\b"
)
# Right before a percentage, a country's or a side's ("South Korea's 40% or Germany's 32%"): its share.
SIDE_S = words(r"\b(?:Korea|Seoul|Japan|Tokyo|Germany|Berlin|Italy|NATO)['’]s\s$")
# Right before an amount: a part of a payment named by what it pays for, or an average of years.
# Right before an amount, a share taken of it ("covers half of the roughly $1.6 billion basing cost"): a
# total, of which the payment is the share.
SHARE_OF_IT = words(
    r"\b(?:half|a third|one-third|two-thirds|a quarter|\d+(?:\.\d+)? ?(?:percent|%)) of (?:the )?"
    r"(?:roughly |about |some |approximately |around |nearly )?$"
)
LABELLED_PART = words(
    r"\b(?:wages?|salar(?:y|ies)|labor costs?|construction|logistics) (?:of )?(?:about )?$",
    r"\baverage (?:of )?(?:about )?$",
    r"(?:1인당|\bper (?:capita|person|head)\b)[^\d]{0,16}$",
    r"(?:인건비|노무비|임금|급여|건설비|군사건설|군수지원(?:비| 부문)?|연평균|평균)(?:\s?분담액)?"
    r"(?:은|는|이|가|에|으로|로)?\s*(?:\d+(?:\.\d+)?\s?%\s?(?:인|\()?\s*)?"  # (its share first: "인건비는 39%인")
    r"(?:(?:(?:19|20)\d\d년|지난해|올해)\s*)?(?:기준(?:으로)?\s*)?(?:약\s*)?$",
)
# A count of times something was said or done, not a multiple.
REPEATED = words(r"\brepeat|\bsaid .{0,20}$|\bmentioned", r"반복|차례|번이나")
# An increase: words that make a percentage a change.
RISE = words(
    r"\bmore\b(?!\s+than\s+(?:about\s+|some\s+)?\d)|\bincreas|\brise\b|\brises\b|\brose\b|\bris(?:ing)\b|\brais(?:e|es|ed|ing)\b|\bhike|\bhigher\b|\bgreater\b",
    r"\bspik(?:e|es|ed)\b|\bsurg(?:e|es|ed)\b|\bsoar|\bleap",
    r"\babove (?:the |that of the )?(?:previous|prior|preceding)\b",
    r"\bup\b|\bjump|\bgrow|\bboost|\bhik|인상|증가|증액|올[려랐린리렸라]|오른|오르|늘[어었린렸리]|상승|뛰",
    r"더 (?:부담|내|지불)",
    # higher, more: "50% 가량 높은 금액", "13.9%↑"
    r"[↑▲]",
    r"%?\s?(?:가량|정도|이상|가까이)\s?(?:더\s)?(?:높|많)|%\s?(?:더\s)?(?:높|많)|(?:높|많)은 (?:금액|수준|액수)",
)
# Between a percentage and the amount it rose to: "8.2% 증액된 1조389억 원", "up 8.2 percent to ₩1.04tn".
ROSE_TO = words(
    r"\s?(?:\([^()]{0,30}\)\s?)?(?:[가이]\s)?(?:(?:인상|증액|증가)(?:된|한|해)|오른|올린|늘어난|늘린)\s",
    r"\s(?:percent |per cent )?(?:increase |rise |hike )?to\s(?:about |around |some )?",
    # "will rise by 8.3 percent, bringing the total to 1.52 trillion won"
    r",\s(?:bringing|taking|raising|pushing|putting)\s(?:the\s|it\s)?(?:(?:total|figure|amount|sum|bill)\s)?to\s"
    r"(?:about |around |some )?",
    # "an 8.3 percent increase for the upkeep of U.S. Forces Korea (USFK), with Seoul shouldering 1.52 trillion won"
    r"\s(?:increase|rise|hike)\b[^;]{0,80}?,\swith (?:Seoul|South Korea|Korea)"
    r" (?:shouldering|paying|contributing|to pay)\s(?:about |around |some )?",
)
FALL = words(
    r"\bcut\b|\bdecreas|\bfell\b|\bfall|\bdown\b|\blower|\breduc|\bless\b|\bdrop",
    r"감소|삭감|감액|인하|줄[어었]|깎|[↓▼]",
)

# A position turned down, or agreed only at working level: "Trump rejected", "대통령이 거부", "실무합의".
TURNED_DOWN = words(r"\b(?:reject|turn(?:ed|s)? down|nix|vetoe?d?\b)|\btentative", r"거부|퇴짜|실무\s?합의|잠정\s?합의")
# A figure worked out for a case that did not happen ("if it rises 14.5%, it would be ₩849bn").
HYPOTHETICAL = words(
    # not the condition of a threat ("a withdrawal if Seoul didn't raise its contribution to $5 billion")
    r"\bif\b(?!\s(?:\w+\s){0,3}(?:didn['’]t|doesn['’]t|did not|does not|refuses|refused|fails|failed|won['’]t"
    r"|will not)\b)",
    r"\bwould (?:be|reach|rise|mean|amount|bring)\b|\bcould reach\b",
    r"(?<!의)하면(?!서)|할 경우|된다면|라면|될 경우",  # not "에 의하면", according to
)
# Words that tie a sentence to Korea's own payment (a sentence about Japan that names them is not only Japan's).
KOREA_SMA = words(r"\bKorea|\bSeoul\b|\bSMA\b|\bSpecial Measures", r"한국|방위비 ?분담|우리")
# Korea named, or its US forces: troops in a sentence that also names Japan may be Korea's.
IN_KOREA = words(KOREA_SMA.pattern, r"주한|\bUSFK\b")
# A contrast: what comes after it is another clause's ("for 2018 to $920 million, but ... nearly $5 billion").
CONTRAST = words(r"\b(?:but|while|whereas)\b|그러나|반면|하지만")
# Boundaries of a clause: a figure's own clause is searched first.
CLAUSE = Pattern(
    r"(?<=[가-힣])(?:(?<!라)고|며|지만|[는은인]데|면서|으나)(?=[\s,])|[;!?。](?:\s|$)|(?<![A-Z])(?<!\bvs)(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!,)(?<!,\.)(?<!,\.\.)\.(?:\s|$)|[,]\s(?:but|while|and|which|whereas)\b|"
    + CONTRAST.pattern,
    re.IGNORECASE,
)
