"""The words that place a count, of troops or of USFK's Korean workers: a level kept or now, a cut, a
limit, troops elsewhere, workers furloughed. Written as cues.py's are, English and Korean alike."""

from __future__ import annotations

from smacalc.calc.cues import words

# The nouns of an English count of troops, and of USFK's Korean workers (read in reading.py).
TROOP_NOUNS = (
    r"troops|soldiers|service ?members|servicemen|men|military personnel|personnel|GIs|forces|military members|"
    r"contingent|contingency|"
    r"American troops|U\.?S\.? troops|U\.?S\.? soldiers|U\.?S\.? service ?members|U\.?S\.? forces|"
    r"United States Forces Korea (?:\(USFK\) )?troops|USFK troops|USFK soldiers|"
    r"members of (?:the )?(?:U\.?S\.? (?:Armed )?Forces|USFK(?! Korean)|U\.?S\.? military)"
)
WORKER_NOUNS = (
    r"(?:South )?Koreans? (?:[Nn]ational |base |civilian )?(?:workers|employees|nationals|civilians|staff|workforce)|"
    r"(?:South )?Koreans (?:citizens |nationals )?(?:(?:are |were )?working|who work|who provide|work for)|"
    r"Koreans on (?:U\.?S\.? |American |USFK )?(?:military )?bases|"
    r"(?:South )?Korean (?:citizens|nationals|people) (?:employed|working)|"
    r"KN (?:workers|employees)|"
    r"local (?:workers|employees|staff|hires)|workers|employees|staff|workforce|"
    r"members of (?:the )?(?:USFK )?Korean(?: [Nn]ational)?(?: workforce| employees)?\b|"
    r"members(?=[^.]{0,30}\b(?:furlough|unpaid leave))"
)
# Troops moved, withdrawn or cut: a part of the force, not its level.
TROOPS_MOVED = words(
    r"\bwithdraw|\bpull(?:ed|ing)? out\b|\bredeploy|\breduc|\bcut\b|\brelocat|\bdrawdown\b|\bremov",
    r"\bmov(?:e|ed|ing) (?:about |some |nearly |all )?\d|\bmov(?:e|ed|ing) (?:\S+ ){0,3}?(?:back|home|out)\b",
    r"재배치|감축|철수|철군|이동|빼",
)
# Right after a count of troops, an exercise they take part in: a part of the force, not its level ("17,500
# American troops and more than 50,000 South Korean troops joined the Freedom Guardian drills").
IN_AN_EXERCISE = words(
    r"(?:join(?:ed|ing)?|t(?:ake|ook|aking) part in|participat(?:e|ed|ing) in|involved in)\b[^.]{0,40}?"
    r"\b(?:drills?|exercises?|war ?games?|maneuvers?|programs?|programmes?)\b",
    r"훈련에\s?(?:참가|참여|동원)",
)
# Troops stationed elsewhere.
ELSEWHERE = words(
    r"\bGermany|\bEurope|\bGuam\b|\bOkinawa|\bIraq|\bAfghanistan|\bMiddle East|\bAsia\b",
    r"독일|주독|유럽|괌|오키나와|이라크|아프간|아프가니스탄|중동|(?:동)?아시아\s?(?:지역|주둔)|아태\s?지역",
)
# Right after a count of troops, the level kept ("2만 8천500여 명 선에서 유지", "28,500 would be
# maintained"); right before it, the level now ("현 수준인 약 2만8500명", "the current level of"): a
# level, though a cut is spoken of near it.
LEVEL_KEPT = words(
    r"\s*[)）]?\s*(?:선|수준)?\s*(?:에서|을|를|으로|로)?\s*(?:그대로\s*)?유지",  # "현 수준(2만8500명)을 유지"
    # "2만 8000명 인 주한미군", "2만 8500명에 달하는 주한미군"
    r"\s?(?:인|이던|였던|에 달하는|규모의|규모인)\s(?:주한\s?)?미군",
    r"\s?의\s(?:군대|병력|미군)(?:을|를)\s?두고 있",  # "4만 명의 군대를 두고 있다": the level they say they keep
    r"\s*(?:troops\s+)?(?:would be |will be |be )?maintained",
    r",\s(?:essentially |roughly |about )?(?:the\s|their\s)?current (?:level|strength|number)\b",
    r"에서\s(?:19|20)\d\d년\s\d",  # the level a cut was from: "주한미군은 3만7500명에서 2004년 5000명, ..."
)
LEVEL_NOW = words(
    r"(?:현 수준인?|(?<![가-힣])현|현재(?:의)?(?:\s?수준인?)?|주둔\s?(?:중인|하고 있는|하는))\s*(?:약\s*)?$",
    r"\bcurrent (?:(?:level|strength) of )?(?:about |some )?$|\b(?:level|strength) of (?:the |about |some |around )?$",
    r"\b(?:contingent|garrison) of (?:about |some |around )?$|\bwe have (?:about |some |around )?$",
    r"\bfrom (?:nearly |about |some |around |roughly |the current )?$",  # "reduced from nearly 30,000 to 10,000"
    # "the current level of U.S. Forces Korea below 28,500", "which hosts 26,184 U.S. troops"
    r"\bcurrent (?:level|strength) of (?:[\w.]+\s){1,4}?(?:below|under|at)\s$|\bwhich hosts\s(?:about |some )?$",
)
# Right after a count of troops: the count is a cut ("2500명이 감소", "2500명을 감축"), not a level.
TROOPS_CUT = words(r"\s*(?:이|가|을|를)?\s*(?:감소|감축|줄|철수|빠지|늘|증가|증원)")
# Around a count of troops, a floor, a cap or the target of a cut ("2만2000명 이하로 줄이지 못하도록",
# "하한선(2만2000명)", "1만8000명 수준으로 축소", "a floor of 22,000"): a limit, not a level.
TROOPS_TARGET_AFTER = words(
    r"\s*(?:선|수준)?\s*(?:(?:으로|로|까지)\s*(?:크게\s*|대폭\s*)?(?:줄|축소|감축|감군|낮)|(?:이하|미만)(?:으로|로)?)",
    r"\s*(?:정도|가량)?\s*만\s?남[기겨길]",  # "약 1만명 정도만 남겨야": what a cut leaves
)
TROOPS_TARGET_BEFORE = words(
    r"(?:하한선?|상한선?|최소|최대)\s*(?:인|은|는|을|를|이|가)?\s*[(（]?\s*$",
    r"법안?(?:에서|에|이)?\s?(?:명시|규정)(?:한|된)\s*$",  # "법안에서 명시한 2만2000명": a bill's floor
    r"\b(?:floor|cap|ceiling|minimum|maximum) of (?:about |some )?$",
    r"\b(?:below|(?<!just )under|fewer than|down to|cut to)\s$",  # (not "just under 28,500": almost)
    # a total with troops elsewhere, or what a cut leaves: "host a combined 78,500", "bringing the total remaining to"
    r"\b(?:a )?combined (?:total of )?(?:about |some )?$|\bbringing the total (?:remaining )?to (?:about |some )?$",
    r"\bfrom (?:nearly |about |some |around |roughly )?[\d,]+(?: (?:US |U\.S\. |American )?(?:troops|soldiers))? to\s$",
)
# The Korean workers of USFK furloughed or laid off: a part of them, not the workforce.
FURLOUGH = words(
    r"\bfurlough|\bunpaid leave\b|\blaid off\b|\bwithout pay\b|\breturn(?:ed|ing)? to work\b",
    r"\b(?:head|go|went|going|come|came|get|got)s? back to work\b|\bback at work\b",
    r"\b(?:likely|expected|set) to be (?:affected|impacted)\b",  # "6,000 employees are likely to be affected"
    r"무급|휴직|해고|(?:업무|직장|일터)에?\s?복귀",
)
# Right after a Korean count of troops, the others it counts with them: "3만 명 이상의 미군과 가족, 민간인" (in
# English, "28,500 troops and their families" counts the troops alone).
WITH_OTHERS = words(
    r"\s*(?:명|여\s?명)?\s*(?:이상|가량|정도|여)?\s*의?\s*미군과\s?(?:그\s?)?(?:가족|군무원|민간인)",
    r"['’]s?\s(?:family members|families|dependents)\b",  # "46,000 military soldiers' family members"
)
# Before Korean counts in its clause: "관내 주한 미군과 가족·군무원이 올해 2만5천여 명, ... 4만2천여명으로".
OTHERS_COUNTED = words(r"미군과\s?(?:그\s?)?(?:가족|군무원|민간인)[^.]{0,80}$")
