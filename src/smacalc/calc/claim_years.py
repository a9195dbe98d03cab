"""The year a figure of a claim speaks of, by what the sentence says (year_words.py has the words):

1. --year, for every figure;
2. a year named in the figure's sentence, the nearest in its own clause first. A year after
   "from", "than", "compared with", "since" (or before 보다, 대비, 에 비해) is the base of a
   comparison: a change belongs to the later year (the other year named, else the base + 1); an
   amount beside the base (after the cue, in the same stretch) to the base year;
3. from --date: "last year", "this year", "next year" (전년, 작년, 올해, 내년), "the first year" of
   the latest agreement, "currently" (the date's year);
4. a payment in the past tense ("was paying", "had been paying", an expired agreement): the year
   before the date;
5. else the date's year.

Pure functions, no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from smacalc.calc import cues, year_owners, year_words
from smacalc.calc.agreed import agreed_by, first_year
from smacalc.calc.reading import Figure
from smacalc.calc.sentences import sentence
from smacalc.calc.year_bases import base_stretch
from smacalc.patterns import Pattern
from smacalc.vocabulary import NUMBER_WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from smacalc.calc.claim_rows import Context


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    year: int
    how: str  # named, relative, first year, current, past, date, --year
    stretch: tuple[int, int] | None = None  # where the year is the base of a comparison: the words about it

    @property
    def base(self) -> bool:
        return self.stretch is not None


def _printed_year(m: re.Match[str]) -> int:
    """The year of a match of year_words.YEAR: 2019, 2019년, '96년, 96년도."""
    return int(m["y"]) if m["y"] else _two_digit(m["yy"] or m["y9"])


def _two_digit(yy: str) -> int:
    value = int(yy)
    return 1900 + value if value >= 50 else 2000 + value


# Before a year, a year named with an open bracket: the bracket spells out the months of that year.
_SPAN_OF_A_YEAR = Pattern(r"(?:19|20)\d\d\s?(?:년\s?)?(?:년도|회계연도|fiscal year)\s?\([^()]*$", re.IGNORECASE)
_YEARS_LATER = Pattern(
    r"(?<!\d)(?P<n>[1-5])\s?년\s?(?:뒤|후)|\bin (?P<w>two|three|four|five|[2-5]) years(?: time)?\b", re.IGNORECASE
)


def year_cues(ctx: Context, figure: Figure) -> tuple[Cue, ...]:
    """Every year cue of the figure's sentence, with its role (found once a sentence: the placing
    rules ask for them several times, for each of its figures)."""
    bounds = sentence(ctx.text, figure)
    if bounds not in ctx.cues:
        ctx.cues[bounds] = tuple(_year_cues(ctx, *bounds))
    return ctx.cues[bounds]


def _year_cues(ctx: Context, low: int, high: int) -> list[Cue]:
    text = ctx.text
    inside = [(f.start, f.end) for f in ctx.within(low, high)]
    found: list[Cue] = []
    printed: list[tuple[int, int]] = []  # (where, year): every year printed, a war's or a signing's too
    for m in year_words.YEAR.finditer(text, low, high):
        if any(a <= m.start() < b for a, b in inside):
            continue
        printed.append((m.start(), _printed_year(m)))
        if (
            year_words.WAR.match(text, m.end())
            or year_words.LAW.match(text, m.end())
            or year_words.ELECTION.match(text, m.end())
            or (
                year_words.DEAL.match(text, m.end()) and not _FROM_THE.search(text, max(low, m.start() - 24), m.start())
            )
            or year_words.SIGNED.search(text, max(low, m.start() - 24), m.start())
            or year_words.SIGNED_KO.match(text, m.end())
            or (
                year_words.DATELINE.search(text, max(low, m.start() - 14), m.start())
                and text[m.end() : m.end() + 1] == ":"
            )
        ):
            continue  # "the 1950-53 Korean War", "2020회계연도 국방수권법": a war's or a law's year, not a figure's
        if _SPAN_OF_A_YEAR.search(text, max(low, m.start() - 24), m.start()):
            continue  # "2019년도(2019년 4월~2020년 3월)": the months of the fiscal year named before
        year = _printed_year(m)
        if re.search(
            r"\b(?:highest|largest|biggest|high|first|record|steepest)\s+since\s*$",
            text[max(low, m.start() - 30) : m.start()],
            re.IGNORECASE,
        ):
            continue  # "an all-time high since 2001": the start of a period
        if (
            re.search(r"\bsince\s*$", text[max(low, m.start() - 8) : m.start()], re.IGNORECASE)
            and not base_stretch(text, m.start(), m.end(), low)
            and not re.match(r",?\s*when\b", text[m.end() :])
        ):
            continue  # "the largest since 2004": a start of a period, not a figure's year ("since 1991, when" is)
        if re.match(r"년\s?이후\s(?:열|[0-9]+)\s?(?:차례|번|회)", text[m.end() : m.end() + 16]):
            continue  # "1991년 이후 열 차례 체결된": the start of a period counted, not a figure's year
        if re.match(r"년\s?(?:이후|이래)\s(?!.{0,6}(?:보다|대비))", text[m.end() : m.end() + 16]):
            continue  # "1991년 이후 ... 9차 ... 협정을 맺음으로써 1조원에 가까운": the start of a period
        found.append(Cue(m.start(), m.end(), year, "named", base_stretch(text, m.start(), m.end(), low)))
    for m in year_words.THAT_YEAR.finditer(text, low, high):
        earlier = [year for at, year in printed if at < m.start()]
        if earlier and not any(c.year == earlier[-1] for c in found):  # (a year a figure's already is no new cue)
            found.append(Cue(m.start(), m.end(), earlier[-1], "named"))
    for m in year_words.FOLLOWING_YEAR.finditer(text, low, high):
        earlier = [year for at, year in printed if at < m.start()]
        if earlier:
            found.append(Cue(m.start(), m.end(), earlier[-1] + 1, "named"))
    if ctx.day is not None:
        for pattern, offset in year_words.RELATIVE:
            for m in pattern.finditer(text, low, high):
                if re.match(rf"\s?\d{{1,2}}월|\s(?:in )?(?:{year_words.MONTH_NAME})\b", text[m.end() : m.end() + 12]):
                    continue  # "지난해 10월", "last year in October": when something happened, not a payment's year
                stretch = base_stretch(text, m.start(), m.end(), low)
                if stretch is None and m.group().startswith("전년"):
                    stretch = (m.start(), m.end())
                found.append(Cue(m.start(), m.end(), ctx.day.year + offset, "relative", stretch))
        for m in year_words.PREVIOUS_YEAR.finditer(text, low, high):
            # the year before the one said ("paid this year, ... an increase on the previous year"): a base
            said = [c for c in found if c.how in ("named", "relative") and c.end <= m.start()]
            if not said and m.group().startswith("전년"):
                continue  # "전년 대비" with no year said before it: left to the change's own rules
            year = (max(said, key=lambda c: c.end).year if said else ctx.day.year) - 1
            stretch = base_stretch(text, m.start(), m.end(), low) or (m.start(), m.end())
            found.append(Cue(m.start(), m.end(), year, "relative", stretch))
        for m in _YEARS_LATER.finditer(text, low, high):  # "4년 뒤", "in four years": the date's year + N
            n = m["n"] or m["w"]
            later = int(n) if n.isdigit() else NUMBER_WORDS[n.lower()]
            found.append(Cue(m.start(), m.end(), ctx.day.year + later, "relative"))
        for m in year_words.FIRST_YEAR.finditer(text, low, high):
            found.append(Cue(m.start(), m.end(), first_year(ctx, text[low:high]), "first year"))
        for m in year_words.ONE_YEAR_DEAL.finditer(text, low, high):
            single = [a for a in agreed_by(ctx) if a.first == a.last]
            if single:
                found.append(Cue(m.start(), m.end(), single[-1].first, "agreement"))
        for m in year_words.MONTH.finditer(text, low, high):
            month = year_words.MONTHS.index(m["m"].capitalize()) + 1
            found.append(Cue(m.start(), m.end(), ctx.day.year - (month > ctx.day.month), "relative"))
        for m in year_words.CURRENT.finditer(text, low, high):
            found.append(Cue(m.start(), m.end(), ctx.day.year, "current"))
        for m in year_words.PAST.finditer(text, low, high):
            ran_out = _RAN_OUT_IN.match(text, m.end())  # "expired at the end of 2019": that year was its last
            found.append(Cue(m.start(), m.end(), int(ran_out[1]) if ran_out else ctx.day.year - 1, "past"))
    # A year in brackets right after a relative word restates it ("for next year (2025)"): its role too.
    for cue in list(found):
        if cue.how == "named" and cue.stretch is None and text[max(0, cue.start - 2) : cue.start].endswith("("):
            said = [c for c in found if c.how == "relative" and 0 <= cue.start - c.end <= 3]
            if said:
                found[found.index(cue)] = Cue(cue.start, cue.end, cue.year, cue.how, said[0].stretch)
    return found


def years_printed(text: str, low: int, high: int) -> set[int]:
    """Every year printed in text[low:high], whatever it is said of."""
    return {_printed_year(m) for m in year_words.YEAR.finditer(text, low, high)}


def ends_span(text: str, cue: Cue) -> bool:
    """Whether a year named ends a span ("until 2030", "2030년까지"): the last place for a figure's year."""
    return cue.how == "named" and (
        bool(cues.SPAN_END.search(text[max(0, cue.start - 14) : cue.start]))
        or text[cue.end : cue.end + 4].lstrip("년도 ").startswith("까지")
    )


def between(cue: Cue, figure: Figure) -> tuple[int, int]:
    """The stretch of text between a cue and a figure, whichever comes first."""
    return (cue.end, figure.start) if cue.end <= figure.start else (figure.end, cue.start)


def _distance(text: str, cue: Cue, figure: Figure) -> tuple[bool, bool, bool, int]:
    """How far a cue is from a figure: first whether a clause boundary lies between them, then
    whether the year ends a span ("until 2030"), then whether it follows the figure and governs it
    ("$924 million in 2019", past a conversion), then the characters between."""
    a, b = between(cue, figure)
    # "$924 million in 2019", "₩1.04tn by 2020", "one-point-52 trillion won, or around ..., in 2026"
    gap = _CONVERSION_AFTER.sub("", text[figure.end : cue.start]) if cue.start >= figure.end else None
    governs = (gap is not None and _GOVERNS.fullmatch(gap) is not None) or (
        cue.end <= figure.start
        and (_PAYMENT_OF.fullmatch(text, cue.end, figure.start) or _YEAR_OF.fullmatch(text, cue.end, figure.start))
        is not None
    )
    span_end = ends_span(text, cue) and not governs
    return bool(cues.CLAUSE.search(text[a:b])), span_end, not governs, max(0, b - a)


# Before a year naming a deal, the base of a comparison: "a 13.9 percent hike from the previous 2019 deal".
_FROM_THE = Pattern(rf"{year_words.BASE_WORD.pattern}\s+(?:the\s+)?(?:previous\s+|last\s+)?$", re.IGNORECASE)
_RAN_OUT_IN = Pattern(r"\s(?:at the end of|in late|in December(?: of)?|by the end of)\s((?:19|20)\d\d)\b")
_GOVERNS = Pattern(r"\s*(?:in|for|during|by)\s*")
# Between a year and an amount, the year's payment named: "지난해 분담금인 9602억원".
_PAYMENT_OF = Pattern(r"(?:년도?)?\s?(?:방위비\s?)?분담금(?:인|은|는|이)\s?(?:약\s?)?")
# Between a Korean year and the amount right after it: "▶2000년 3억9천만달러▶올해 4억4천4백만달러".
_YEAR_OF = Pattern(r"년도?\s?(?:에는|에|엔)?\s?(?:약\s?)?")
# A conversion right after an amount, passed over to find the year that governs both.
_CONVERSION_AFTER = Pattern(r"^\s*(?:\([^()]{1,60}\)|,\s*or (?:about |around |roughly |some )?[^,()]{1,60},)")


# Between a base year and the amount it names: "last year's $855 million", "the 2019 share of US$870 million".
_BESIDE = Pattern(
    r"(?:[’']s)?\s*(?:(?:agreed|annual)\s+)?(?:(?:share|payment|contribution|amount|level|total|cost|SMA)\s+){0,2}"
    r"(?:of\s*(?:about |around |some |roughly |approximately )?)?\(?"
    r"|,\s*which (?:was|is)\s*",
    re.IGNORECASE,
)


def in_base(text: str, figure: Figure, found: list[Cue]) -> Cue | None:
    """The base year whose stretch holds ``figure`` (an amount beside the base: 'up from ₩960.2bn
    in 2018', '작년(9천602억원)보다'), if any."""
    for cue in found:
        if cue.stretch is None:
            continue
        if cue.stretch[0] <= figure.start and figure.end <= cue.stretch[1]:
            return cue
        gap = text[cue.end : figure.start]
        if 0 <= figure.start - cue.end <= 40 and _BESIDE.fullmatch(gap):
            return cue  # last year's $855 million, 2018's ₩960.2bn
        if 0 <= cue.start - figure.end <= 6 and _IS_THE.fullmatch(text[figure.end : cue.start]):
            return cue  # '1조389억 원인 올해 분담금보다': the amount that this year's payment is
    return None


# Between an amount and the base year after it, Korean "that is" (1조389억 원인 올해 분담금보다).
_IS_THE = Pattern(r"\s?(?:인|이던|였던|이었던)\s")


def year_of(ctx: Context, figure: Figure, *, change: bool = False, paid: bool = True) -> tuple[int | None, str]:
    """The year ``figure`` speaks of and how it was found; ``change``: the figure is a change
    between two years (it belongs to the later); ``paid``: an amount paid, which the past tense
    places before the date."""
    if ctx.year is not None:
        return ctx.year, "--year"
    found = list(year_cues(ctx, figure))
    # "for 2020 will remain the same as in 2019, at about $920 million": the amount of both, said of 2020
    same = [c for c in found if _SAME_AS.search(ctx.text, max(0, c.start - 30), c.start)]
    if same and len(same) < len(found):
        found = [c for c in found if c not in same]
    # the year of what a multiple is of ("지난해 분담금의 4배에 가까운 약 40억 달러"), or of another measure named
    # right after it ("지난해 물가상승률 2.5%를 반영할 때"), not the figure's
    found = [
        c
        for c in found
        if not (
            c.how in ("named", "relative")
            and (_OF_A_MULTIPLE.match(ctx.text, c.end) or _OF_ANOTHER.match(ctx.text, c.end))
        )
    ]
    listed = _in_a_series(ctx, figure, found)
    if listed is not None:
        return listed, "named"
    base = in_base(ctx.text, figure, found)
    if base is not None and (not change or "(" in ctx.text[base.end : figure.start]):
        # an amount beside the base is the base year's, and so is a change in its brackets ("2014년 9차
        # 협정(5.8%)보다는 높고": 2014's rise)
        return base.year, "base"
    if not paid:
        found = [c for c in found if c.how != "past"]
    # "2018 share of ₩960.2bn", "2019년 방위비 10억 달러": a year naming the payment after it is that payment's only
    found = [
        c
        for c in found
        if not (c.how == "named" and c.end <= figure.start and year_owners.names_later(ctx, c, figure))
        and not (c.how == "named" and c.start >= figure.end and year_owners.names_an_amount_after(ctx, c))
        and not (
            c.how in ("named", "relative", "past") and c.start >= figure.end and year_owners.heads_a_figure(ctx, c)
        )
        and not (c.how == "named" and c.start >= figure.end and year_owners.of_a_later_amount(ctx, c, figure))
    ]
    # a year past "up from", "than" after the figure is of what it is compared with ("agreed to pay ₩1.0389tn,
    # up from the ₩960bn a year it paid from 2014 to 2018"), not the figure's
    found = [
        c for c in found if c.base or not (c.start >= figure.end and _COMPARED.search(ctx.text, figure.end, c.start))
    ]
    targets = [c for c in found if not c.base]
    bases = [c for c in found if c.base]
    if change and bases and targets:
        later = {b.year + 1 for b in bases} & {t.year for t in targets}
        if later:
            return min(later), "after the base"
    if targets:
        cue = min(targets, key=lambda c: _distance(ctx.text, c, figure))
        tense = cue.how == "past" and re.match(r"[가-힣]", ctx.text[cue.start : cue.end])  # "2020년 ... 냈던": 2020's
        # (not "now stands at" right before it, past a year named and an "and": "peaked in 1999 and now stands at")
        now = cue.how == "current" and _NOW_AFTER_AND.search(ctx.text, max(0, figure.start - 40), figure.start)
        if (cue.how == "current" or tense) and any(c.how == "named" for c in targets) and not now:
            cue = min((c for c in targets if c.how == "named"), key=lambda c: _distance(ctx.text, c, figure))
        if year_words.FROM_AN_AMOUNT.search(ctx.text, max(0, figure.start - 16), figure.start) and _TO_AN_AMOUNT.match(
            ctx.text, figure.end
        ):
            # "from $830 million to $924 million this year", "In February of 2019, ... from $830 million annually to"
            return cue.year - 1, "base"  # the base of the rise: the year before the one it rose to
        return cue.year, cue.how
    if bases:
        nearest = min(bases, key=lambda c: _distance(ctx.text, c, figure))
        if (
            not change and nearest.end <= figure.start and year_words.PAST.search(ctx.text[nearest.end : figure.start])
        ) or (
            not change
            and nearest.end <= figure.start
            and re.search(r"\bpaid\b|지불했|냈", ctx.text[nearest.end : figure.start])
        ):
            return nearest.year, "base"  # "from last year, when South Korea paid about $850 million"
        return nearest.year + 1, "after the base"
    if ctx.day is None:
        return None, ""
    return ctx.day.year, "date"


_NOW_AFTER_AND = Pattern(
    r"\band (?:\w+ )?now (?:stands?|is|are|totals?|amounts?) (?:at |to )?(?:about |some |around )?$", re.I
)
_TO_AN_AMOUNT = Pattern(
    rf"\s*(?:\([^()]*\)\s*)?(?:(?:{year_words.A_YEAR})\s+)?" + year_words.TO_AN_AMOUNT, re.IGNORECASE
)


def _in_a_series(ctx: Context, figure: Figure, found: Sequence[Cue]) -> int | None:
    """The year of an amount in a list of three or more, one a year, that a year ending a span heads
    ("2018년까지 매해 9,320억원, 9,441억원, 9,507억원, 9,602억원": 2015 to 2018); None where it is in none."""
    low, high = sentence(ctx.text, figure)
    runs: list[list[Figure]] = []
    for f in (f for f in ctx.within(low, high) if f.money is not None):
        if runs and _LIST_GAP.fullmatch(ctx.text, runs[-1][-1].end, f.start):
            runs[-1].append(f)
        else:
            runs.append([f])
    run = next((r for r in runs if figure in r), [])
    if len(run) < 3:
        return None
    ends = [c for c in found if c.how == "named" and ends_span(ctx.text, c) and 0 <= run[0].start - c.end <= 16]
    return ends[-1].year - (len(run) - 1 - run.index(figure)) if ends else None


# Between two amounts of a list: "9,320억원, 9,441억원", "$932 million and $944 million".
_LIST_GAP = Pattern(r"\s*(?:,|및|와|과)\s*(?:and\s+)?|\s+and\s+", re.IGNORECASE)
_OF_ANOTHER = Pattern(
    r"(?:년도?)?\s?(?:의\s?)?(?:물가|소비자\s?물가|국방비|국방\s?예산|inflation|consumer prices?|defen[cs]e budget)",
    re.IGNORECASE,
)
_OF_A_MULTIPLE = Pattern(r"\s?(?:[가-힣]{1,6}\s?)?의\s?(?:약\s?)?\d[\d.]*\s?배")
_SAME_AS = Pattern(r"\bsame (?:\w+ )?as (?:in |that of )?(?:the )?$", re.IGNORECASE)
_COMPARED = Pattern(r"\b(?:up|down)\s+from\b|\bthan\b|\bcompared (?:with|to)\b", re.IGNORECASE)


def named_years(ctx: Context, figure: Figure, found: Sequence[Cue]) -> list[int]:
    """The years named in ``figure``'s sentence that may be its own, in order: not the end of a span
    ("until 2030"), nor a year of an amount after it."""
    return sorted(
        {
            c.year
            for c in found
            if c.how == "named"
            and not ends_span(ctx.text, c)
            and not (c.start >= figure.end and year_owners.of_a_later_amount(ctx, c, figure))
        }
    )
