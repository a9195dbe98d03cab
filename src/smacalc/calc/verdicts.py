"""The verdict rules of `smacalc check`, in one place: the tolerance of each hedge, the verdict a
claimed figure gets against the record's, and the rules as `check --rules` prints them (the
caption's one line of them is render/claims.py's rules_line)."""

from __future__ import annotations

from decimal import Decimal, localcontext
from typing import Literal

from smacalc.calc.hedges import Hedge
from smacalc.numbers import WIDE

Verdict = Literal["holds", "close", "off", "unplaced"]

# The verdict rules, in one place: a claim holds within its hedge's tolerance, is close within
# twice it, and is off beyond. Percent of the claimed figure.
TOLERANCE: dict[Hedge | None, Decimal] = {
    None: Decimal(5),  # an exact figure
    "about": Decimal(10),  # about, roughly, approximately, around, 약
    "almost": Decimal(10),  # almost, nearly, 거의: the record below the claim, within this
    "more than": Decimal(0),  # more than, over, at least, 이상: the record at or above the claim
    "up to": Decimal(0),  # up to, as much as, 최대: the record at or below the claim
}
SIDED_CLOSE = Decimal(10)  # almost, more than, up to: close when on the wrong side by at most this
# How well a reading fits its figure, best first: of two readings, the one of the better verdict.
RANK: dict[str, int] = {"holds": 0, "close": 1, "off": 2, "unplaced": 3}
# A payment or troop count printed to this many digits (a change said as an amount: one fewer) and
# off by more than PRECISE_FAR percent is another quantity (a careless claim is round): unplaced, not off.
PRECISE_DIGITS, PRECISE_FAR = 5, Decimal(15)
# How near a recorded demand an amount off as a payment must be to be taken for that demand, unasked,
# and a year's rise a change of two readings must be to be taken for that rise.
EXACT = Decimal("0.01")
_T, _A, _M, _E = TOLERANCE[None], TOLERANCE["about"], TOLERANCE["almost"], EXACT * 100
RULES = "\n".join(
    [
        "Verdicts, per figure, against the record's value in the claim's own unit:",
        f"  an exact figure ('$870 million'): holds within {_T}%, close within {2 * _T}%, else off",
        "  about, roughly, approximately, around, some, 약, 가량, 정도:",
        f"    holds within {_A}%, close within {2 * _A}%, else off",
        "  almost, nearly, close to, just under, 거의, 가까이:",
        f"    holds when the record is below the claim by at most {_M}%; close within {2 * _M}% either way; else off",
        "  more than, over, at least, just over, north of, -plus, 이상, 넘는, 여, a floor ('미만은 수용할 수",
        "    없다'; not after a percentage, '10 percent more than the 1.04 trillion won', the base of the rise):",
        f"    holds when the record is at or above the claim; close when below it by at most {SIDED_CLOSE}%; else off",
        "  up to, as much as, less than, under, 최대, a bound refused ('1조원 이상은 안된다'): holds when the",
        "    record is at or below the claim;",
        f"    close when above it by at most {SIDED_CLOSE}%; else off",
        "  a range ('28,000 to 32,000', '5∼6배', '1조 수천억원': ₩1.2tn to ₩1.9tn, '1조원대': ₩1tn to ₩2tn): holds",
        "    when the record is in it, else judged by its nearer end",
        "  unplaced: nothing in the record to compare with, or a figure that could mean two things; the row says why",
        "off_pct = (claimed ÷ record - 1) × 100, to 0.1; a range's by its nearer end (0.0 where the record is in it).",
        "Precise before bold: off is given only where every reading the sentence allows is off (the years it",
        "  names or implies, or, naming none, the years the sentence before names; the rise of each year it",
        "  names for a change said as an amount; for a rise, the change of each year up to --date whose payment",
        "  an amount of its sentence holds of ('approximately $920 million per year ..., an increase of about",
        "  8%'), and",
        "  the first year of an agreement agreed in one of them, unless its base year is printed beside it:",
        "  'reached an agreement last year on an 8.3 percent increase', said in 2025, may be 2026's; '2024년보다",
        "  약 8.3% 인상' is 2025's); a figure that could mean two",
        "  things with different verdicts is unplaced, and the row names both, unless it is a change (a",
        "  percentage or an amount, given to two digits or more) that one reading, a year's rise, matches",
        f"  within {_E}% ('a modest 8.2 percent increase' agreed 'last year', in 2018, is 2019's): that rise.",
        "  A payment or",
        f"  troop count printed to {PRECISE_DIGITS} digits or more ('3천287억3천600만원'; a change said as an amount,",
        f"  {PRECISE_DIGITS - 1}) yet off by more than {PRECISE_FAR}% is another quantity (a budget line, a total with",
        "  other costs, a change between other years): unplaced; so is a bound ('more than', 'up to') under a",
        "  third, or over three times, of the payment or position it would be (unless exactly a demand of talks",
        "  under way: 'up to $5 billion annually', that demand). A rise said of a year in which",
        "  nothing changed (2020) is not that year's change: the reading that holds is, and with none and no",
        "  year named, unplaced. The amount a rise over years started from, with no year of its own ('초기",
        "  1073억원에서 해마다 늘어났고'), off as the payment of --date's year: unplaced. A conversion a power",
        "  of ten from the amount it converts (a digit or a unit, 억",
        "  or 조, slipped: '50달러, 우리 돈 5조 6천억 원'), where that amount",
        "  does not hold itself, is unplaced: one of the two is misprinted ('2017.7 billion yen (1.9 billion",
        "  US dollars)'). 'If' is no case worked out where it is a threat's condition ('a withdrawal",
        "  if Seoul didn't raise ...'), nor where Trump says what Korea would be paying ('they'd be paying us",
        "  $10 billion', '받았을 거라고'), nor where the amount is exactly a US demand of talks under way ('if I",
        "  were there now, they would pay us 10 billion dollars': that demand).",
        "What a figure refers to, by what its sentence says of it:",
        "  an amount, in this order: a conversion of the amount just before it (in brackets, 'or about', 한화 약;",
        "    'which amounts to', '우리 돈', '한화로', 'in our money' after it, across a sentence's end or a multiple;",
        "    of that amount's year, or the year its sentence names for it; '당시 환율로', at that year's average",
        "    rate, and unplaced where no year is said; the conversion of an amount said 'about' is 'about' too,",
        "    'around 1.6 trillion won ($1.2 billion)');",
        "    far more than the SMA has ever been or been asked to be (over twice the largest; unless said to be",
        "    paid): another budget, unplaced;",
        "    Japan's host-nation support (Japan, 일본, yen named: an agreement's total or its average a year;",
        "    a US demand on Japan, 'called on Japan to raise ...', 'asked Tokyo to quadruple payments ..., or",
        "    about $8 billion', '미국 측의 요구를 받아들이면', unplaced, but not what it is from, 'from about $2",
        "    billion');",
        "    not Korea's SMA (what the US spends, '미국이 ... 지출', trade, duties, investment, wages, savings,",
        "    a defense budget's sum, '국방비 1조2000억원', moving",
        "    bases, buying land, reconstruction aid elsewhere, what people polled would pay, costs of which a",
        "    share is paid, '20억 달러에 달하는 주둔비용 중 42%', 'half of the roughly $1.6 billion basing cost', a",
        "    part of such a sum, 'US$9.8 billion of the US$10.8 billion cost of base construction', and every sum of a",
        "    list such words head, 'savings of 1,119.3 billion won ..., 710 billion won ..., and 621 billion won',",
        "    or end, '2014년엔 3,249억원, 2015년엔 2,556억원, 2016년에는 3,287억원이 쓰이지 못했다', funds unspent,",
        "    unpaid rent (사용료),",
        "    a pay raise, security assistance; the upkeep of troops, unless Korea is said to pay or contribute",
        "    it ('South Korea has contributed 960 billion won ... to maintain US forces'), an SMA sum is said to",
        "    include it",
        "    or the amount is asked right after it ('50억 달러를 요구하자 ... 전략자산 유지 비용까지'),",
        "    '유지 비용을 포함한 방위비 분담금을 50억달러로',",
        "    indirect support, direct support and temporary costs named before their sums, what is left",
        "    excluding a part, '총액에서 제외하고 7245억원', a sum over years; 'for the wages of Korean workers':",
        "    unplaced; but not a year's payment named right before it, '올해 방위분담금인 미화 3억달러', '지난해",
        "    분담금인 9602억원에서 ... 국방예산 인상률', which is of that year; nor one named the payment right after",
        "    it, '3억9천9백만달러의 주한미군 방위비 분담금의 환차손'; nor one a list's words are not, named the",
        "    payment before it, '방위비 분담금 4억달러, 토지 사용료 26억달러');",
        "    the amount a percentage rose to ('13.9% 인상해 10억 달러', '13.9%가 늘어난 1조 1833억원을 올해 내야',",
        "    '13.9%, 1444억원 증가한 1조1833억원'): the payment of the year whose change it is, where that payment",
        "    fits it, and a change said as an amount right after the same rise as a percentage ('13.9%, 1444억원'):",
        "    the difference of that year, where it holds (and a percentage in the brackets of a change said as an",
        "    amount, '4천만달러 (22%) 많은', '144.4 billion won (US$127 million, 13.9%) more': that year's change);",
        "    a US demand or a Korean offer, by the verb and its subject (demanded, asked, should pay, pushing to",
        "    increase or to settle, attempted to",
        "    get ... to pay, 요구, 내야, an amount asked as the object of 요구 right after it, '분담금 100억",
        "    달러(...)를 요구했다는';",
        "    offered, proposed, can settle for, intends to keep it under, 제시, 최대치로, 한계선; 'agree to pay' after",
        "    the verb is a payment's; 'the U.S. demand' names",
        "    whose, not who acts; an amount",
        "    compared with but named as the US's ask, 'that Washington requested', '미국이 ... 제시한', is its",
        "    demand; in Korean a verb right after another amount, or right before one ('요구했던 10억 달러'), is",
        "    that amount's, and the side right after",
        "    a relative clause's verb made its position, '9천억 원 선을 제시한 우리 정부': Korea's offer; an",
        "    amount read as Korea's that no Korean offer is near but that is exactly a US demand of talks under",
        "    way, or of the year named, is that demand),",
        "    the recorded position of the very amount printed ('$1.3 billion a year -- an increase of about 50",
        "    percent': the $1.3bn, not the 50% asked a year before), else the one nearest in amount (of the year",
        "    named with it, if any, or a",
        "    relative year, else one made in the 18 months before --date; where several hold, the latest; an",
        "    amount off as a payment, given to two digits or more and not said to be paid, that is exactly a",
        "    demand of talks under way, '$1.3 billion': that demand; one that holds of such a demand, not",
        "    exactly: unplaced, naming both); a position recorded as a percentage is",
        "    an amount too, over the payment before it (Korea's 13% = ₩1,174.0bn), first where",
        "    the sentence states that percentage;",
        "    none near it: unplaced, naming the nearest; an amount said to be paid, or named a year's payment",
        "    ('paid $990,000,000', '2019년 방위비 10억 달러', 'the current $990 million', 'the current level of about",
        "    $1 billion', 'the existing ...",
        "    cost-sharing amount of', 'payment, which last year was', 'the 1.04 trillion won that it paid',",
        "    '현재 한국이 내는', '9억9000만달러(...)을 냈다', 'five times the $900 million', 'their current bill of",
        "    $990 million', 'an agreement to pay some $ 924 million', '최종 타결 액수는 이보다 약간 적은 1조389억 원',",
        "    '10억 달러를 가져왔는데', 'Seoul pays the U.S. $990 million', 'the figure had been set at', '10억",
        "    달러가량인 기존 방위비를', '약 10억달러 수준의 분담금을 ... 증액할 것을 요구'), has no",
        "    reading as a",
        "    demand; a change said as an",
        "    amount ('an increase of $70 million', '787억원 인상', '증액 규모인 505억 원', 'additional payment of',",
        "    '5억 달러, 우리 돈으로 5천6백억 원 규모를 추가로 부담'): the difference of two",
        "    years' payments (from a year's payment right before it, '1조389억원 대비 1444억원', to the year the",
        "    sentence says before it, where that holds; with only --date, in a sentence that names an",
        "    agreement by its number, of its first year);",
        "    a rise asked as an amount ('10억 달러 인상하도록 요구') with no year: only a demand of talks under",
        "    way (18 months); else a year's payment (no year said, but an agreement named by its number, '제1차",
        "    협정에서': the year of it whose payment fits, none: unplaced); where another amount of the sentence",
        "    holds as that year's payment, one off is a part of it, a wider total or a difference: unplaced;",
        "    a part paid in one currency ('미화 ...달러와 한화 ...원'): unplaced",
        "  a year: --year; else a year named in the figure's own clause (a year after 'from', 'than', 'compared",
        "    with', 'since', or before 보다, 대비, 에 비해, 분담금에서 and a percentage ('2019년 분담금에서 13%를",
        "    인상'), is the base of a comparison: a change belongs to the",
        "    later year, an amount beside the base ('last year's SMA of around 1.04 trillion won'), or a change in",
        "    its brackets, to the base year; a year past",
        "    'up from' or 'than' is the base's, not a figure's before it ('more than 8 percent this year' is a",
        "    hedge, no base); a decade ('the 1990s') is no year; a",
        "    year ending a span, 'until 2030', counts last (but 'in', 'for' or 'by' a year right after an amount,",
        "    or after its conversion, is its year first); the year of a war, a law or a budget, or of a",
        "    deal's signing, revision or expiry, 'signed in 2014', 'signed in early 2014', 'last revised in 2008',",
        "    '2027년 3월 만료되는', nor",
        "    the months of a fiscal year",
        "    in brackets, '2019년도(2019년 4월~2020년 3월)', is a figure's year); else 'last",
        "    year', 'this year', 'next year' (작년, 올해, 올 before an amount, 내년, 전년; not 'the last year'",
        "    of a deal), 'that year'",
        "    (그해, 당해: the year printed last before it, a signing's too, where no figure has that year), 'the",
        "    following year' (이듬해: the year after it), an amount in a list of three or more that a year ending",
        "    a span heads ('2018년까지 매해 9,320억원, 9,441억원, 9,507억원, 9,602억원': one a year, to 2018) and",
        "    'currently' from --date, a month heading its sentence ('In June, ...': of --date's year, or the year",
        "    before where that month is still to come), 'the first year', 'initially' (not 'initially pushed',",
        "    a first demand; of the",
        "    agreement named, else of the latest",
        "    agreed by --date), and 'the previous year', '전년보다', '전년도 1조4천28억원 대비' (the year",
        "    before the one said, else",
        "    before --date; a base); a dateline's year ('December 20, 2006:') is none; else a payment in the",
        "    past tense ('was paying', 'has paid', 내왔다, an expired deal, 'in recent years'): the year before",
        "    --date; else",
        "    --date's year (an amount",
        "    said while no agreement agreed by --date covers that year, and not in the future tense: the last",
        "    year one covers, the payment in force, as 2019's in 2020 until March 2021; one said settled, '1조",
        "    5192억 원(약 11억 달러)으로 방위비 분담금을 타결', '타결해 매년 1조5192억원', 'agreed to pay', while the",
        "    deal agreed last is not yet in force: its",
        "    first year's, where that holds); a year",
        "    after 'the same as' ('for 2020 will remain the same as in 2019, at $920 million') is the other's;",
        "    an amount a rise is 'from', to another amount of a year ('from $830 million to $924 million this",
        "    year', 'In February of 2019, ... from $830 million annually to $924 million'), is of the year before",
        "    it; a year of another measure named right after it ('지난해 물가상승률'), or the start of a period",
        "    counted ('1991년 이후 열 차례'), is no figure's",
        "  a percentage: beside an amount over twice the largest the SMA has been or been asked to be (a defense",
        "    budget of ₩54.6tn): that budget's change, unplaced; Japan's (the change of its average a year); a",
        "    position the sentence states (a range, '6.6%에서 14.5%까지 요구', shares its verb); tied to the",
        "    amount it rose to, or that rose by it, that holds as a year's payment ('8.2% 증액된 1조389억 원'):",
        "    that year's change, where it holds; a share or a limit ('40% of the costs', a cap, 'capped at 4",
        "    percent', though a year's change is it, 'South Korea's",
        "    40%', one smaller than any change ever was), or another budget's (its words also head a list of",
        "    rates; its growth named right before it, '국방비 증가율 7.4%', 'defence budget increase, which",
        "    amounted to 5.4%', or past only its own sum, 'a 2023 defense budget of 57-point-13 trillion won ...,",
        "    up four-point-six percent', inflation, 'up to 4% a year for inflation'; but not a year's own rate,",
        "    '올해 인상률 13.9%는 지난해 국방비 증가율 7.4%에'):",
        "    unplaced, unless its sentence speaks of the SMA and the published",
        "    change of the year placed is exactly it, the rate applied ('국방예산 인상률(8.2%)을 적용해 1조 389억원'):",
        "    that change; a rise of a year its",
        "    clause gives that holds ('지난해에도 전년 대비 8.2%를 인상', with a demand spoken of after it): that",
        "    year's change; a rise that is exactly the",
        "    percentage recorded of a position made in the 18 months before --date, for its year or later (or",
        "    said to be turned down or agreed only at working level, '거부', '실무합의', 'rejected'): that",
        "    position, whoever the sentence names ('a 13% increase' in April 2020); a position recorded as a",
        "    percentage within 20% of it, made in the 18 months before --date (Korea's 13%); 'X% more' about a",
        "    demand (in its sentence, or the sentence before where its own names no amount but conversions of",
        "    it; past a comma, only",
        "    'which is ...': 'the US demand for $1.3 billion, which is raising 50%'): the demand (named,",
        "    and then that one alone, else the recorded one nearest; one of 100% or more, as a multiple, of",
        "    its talks' first demand) against the payment of the year before",
        "    the year it is for (the implied amount is shown); a change between two years named more than a year",
        "    apart, or over the years a sentence counts from the one it names ('2018년 ... 6년 만에 40%'); else",
        "    the change of the year placed; with only --date, the nearest change of the agreements",
        "    agreed by then (none near: unplaced); no rise or fall named: unplaced",
        "  a multiple ('five times', '두 배') said of a demand (or put forward by the US side, '5배 인상안을",
        "    내놨으나'): a recorded US demand against the payment of the year before the year it is for, at the",
        "    average rate of the year it was made: the demand the sentence names; else",
        "    the first demand of the talks whose demand is near it, or that a bound from below meets ('4배가",
        "    넘는') ('five times', and '400 percent more', is the $5bn, 5.61x, not the $4.7bn that followed it; an",
        "    amount asked again, as",
        "    last made); over a fifth from that first demand, the nearest ('약 4배' in March 2020: the $4bn then",
        "    asked); a year before what it is a multiple of ('지난해 분담금의 4배') is no amount's year",
        "  a count: US troops (troops.csv) of --date's year, unless a year is named or a relative one stands",
        "    beside the count or heads its sentence ('Last year, ...'; a year to come the record holds no level",
        "    for, 'from 2026 onward', is --date's) (troops moved, cut, in Japan or elsewhere in Asia, '10만명선인",
        "    동아시아 주둔군', unless Korea is named right before the count, '한국에 2만8500명, 일본에 ...', '주한미군",
        "    숫자를 3만3000명이라고', or the level is said, 'We have 40,000 troops', '4만 명의 군대를 두고 있다',",
        "    '한국에 주둔 중인 2만8500명의 주한미군을 감축', '현재의 2만8천500명을 그대로 유지',",
        "    'to below 28,500 personnel, the current level', '현재 수준인 2만 8,500명 미만으로', 'the current",
        "    level of U.S. Forces Korea below 28,500 personnel', 'the US contingent of 37,500 troops', the level a",
        "    cut was from, '3만7500명에서 2004년 5000명, ... 줄어', '2만 8500명에 달하는 주한미군',",
        "    '주한미군(2만8500명)', '미 육·해·공군 병력 약 2만8500명'; a floor or the target",
        "    of a cut, '하한선(2만2000명)', '법안에서 명시한 2만2000명', '1만8000명 수준으로 축소', '1만 명으로 크게",
        "    줄일', '약 1만명 정도만 남겨야': unplaced; a bare",
        "    count of tens of",
        "    thousands after troops are named is one; under a third of the level, or said of a unit,",
        "    '2사단은 1만4000여명', or taken from a whole before it, '6만 3천 500여 명 중 70%인 4만 5천 600여 명': a",
        "    part, a service or a",
        "    unit, unplaced; the whole a part is taken from, '4,500 of the approximately 28,500', and a count",
        "    said to be in Korea right after it, '28,000 in South Korea', are the level, and the part is",
        "    unplaced); USFK's Korean workers (burden.csv; a part of them, unplaced), and those furloughed",
        "    ('about 4,000 of the approximately 8,600 Korean workers ... unpaid leave'; or back at work, 업무에",
        "    복귀) against the record's furlough of that year (none recorded: of --date's year; none then, or off:",
        "    unplaced); a count of workers far from the workforce that holds of the year's furlough, '이번 합의로",
        "    한국이 4000명의 근로자에게', is the furloughed; other people:",
        "    unplaced",
        "  Japan's support: an agreement's total or its average a year, whichever fits best, of the",
        "    agreements made by --date (none, before JFY2016-2020 was: unplaced; 'a new agreement': the latest",
        "    of them; a change said",
        "    as an amount: the rise of either from one agreement to a later one); of the year named",
        "    (none: an agreement next to it that holds, but not of a fiscal year named, 'in fiscal 2015'; else",
        "    unplaced; where it does not hold of that year's, an",
        "    agreement it holds of, the year being another figure's); troops in a sentence about Japan or",
        "    elsewhere (Germany, Europe, Asia) that names no Korea, that are off, or over three times the level in",
        "    Korea: another force, unplaced",
        "Rates: a completed year's payment in another currency at that year's average rate (what was paid,",
        "valued when it was paid); the current and later years, demands, offers and conversions at --date's daily",
        "rates (outside the daily series, the year's average); without --date, the year's average; --rate, or a",
        "rate the text states ('at ₩1,245 to the dollar', '환율 1,245원 기준',",
        "'달러당 1천2백원 기준'), sets the won per dollar; a change",
        "said as an amount in another currency is the difference of the two payments in the record's currency,",
        "at the later year's rate ('₩78.7 billion ($70 million) more' in February 2019: at the day's rate), not",
        "each year's payment at its own rate; each row states its rates.",
    ]
)


def verdict(claimed: Decimal, record: Decimal, hedge: Hedge | None, upper: Decimal | None = None) -> Verdict:
    """The verdict by the rules above (TOLERANCE); a range (``claimed`` to ``upper``) holds where
    the record is in it, and is judged by its nearer end otherwise."""
    if upper is not None:
        if claimed <= record <= upper:
            return "holds"
        return verdict(claimed if record < claimed else upper, record, hedge)
    with localcontext(WIDE):
        gap = abs(claimed / record - 1) * 100 if record else Decimal("Infinity")
        below = record <= claimed
        if hedge == "almost":
            if below and record >= claimed * (1 - TOLERANCE["almost"] / 100):
                return "holds"
            return "close" if gap <= 2 * TOLERANCE["almost"] else "off"
        if hedge in ("more than", "up to"):
            right = record >= claimed if hedge == "more than" else below
            if right:
                return "holds"
            return "close" if abs(record / claimed - 1) * 100 <= SIDED_CLOSE else "off"
        tolerance = TOLERANCE[hedge]
        return "holds" if gap <= tolerance else "close" if gap <= 2 * tolerance else "off"
