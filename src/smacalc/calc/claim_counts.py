"""Counts of people in a claim: US troops in Korea (the level of the year the sentence speaks of),
USFK's Korean workers, and those furloughed (against the record's furlough of that year); troops
moved, cut or stationed elsewhere are parts, not levels, and are unplaced. Pure functions, no I/O."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from smacalc.calc import count_words, cues
from smacalc.calc.claim_rows import Check, Context, compared, near_words, unplaced
from smacalc.calc.claim_years import between, year_cues, year_of
from smacalc.calc.reading import OF_A_WHOLE, Figure
from smacalc.calc.sentences import sentence
from smacalc.calc.verdicts import PRECISE_DIGITS, significant_digits
from smacalc.patterns import Pattern

if TYPE_CHECKING:
    from smacalc.record.prices import BurdenFigure


def count(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    """A count of troops, workers or other people, against the record."""
    near = near_words(ctx, figure)
    if figure.kind == "troops":
        # "4,500 of the approximately 28,500 U.S. troops": the whole the part is taken from
        whole = _WHOLE.search(ctx.text, max(0, figure.start - 32), figure.start)
        # "the withdrawal of the 28,500 U.S. troops in South Korea": all of them, the level (a part so said is
        # far fewer than it, and left unplaced below)
        whole = whole or _ALL_WITHDRAWN.search(ctx.text, max(0, figure.start - 40), figure.start)
        if count_words.FURLOUGH.search(near) and not _SPARED.search(ctx.text, max(0, figure.start - 40), figure.start):
            return _furloughed(ctx, figure, claim, text)
        if (
            _PART_OF.match(ctx.text, figure.end)
            or _A_UNIT.search(ctx.text, max(0, figure.start - 24), figure.start)
            or _PART_KO.search(ctx.text, max(0, figure.start - 24), figure.start)
            or _OF_THE_WHOLE_FIRST.search(ctx.text, max(0, figure.start - 120), figure.start)
        ):
            # "4,500 of the approximately 28,500 U.S. troops", "2사단은 1만4000여명", "6만 3천 500여 명 중 70%인
            # 4만 5천 600여 명"
            return unplaced(ctx, figure, claim, text, "a part of the troops in Korea, not the level")
        if count_words.WITH_OTHERS.match(ctx.text, figure.end) or count_words.OTHERS_COUNTED.search(
            ctx.text[max(0, figure.start - 100) : figure.start]
        ):  # "3만 명 이상의 미군과 가족, 민간인이 상주"
            return unplaced(ctx, figure, claim, text, "troops counted with their families or civilians: not the level")
        kept = count_words.LEVEL_KEPT.match(ctx.text, figure.end, figure.end + 40) or count_words.LEVEL_NOW.search(
            ctx.text, max(0, figure.start - 60), figure.start
        )
        said = ctx.text[slice(*sentence(ctx.text, figure))]
        # "한국에 2만8500명, 일본에 4만9000명", "28,000 in South Korea": the place said beside a count is its own
        before = _IN_KOREA_BEFORE.search(ctx.text, max(0, figure.start - 8), figure.start)
        had = _HAD.search(ctx.text, max(0, figure.start - 24), figure.start)
        here = before or _IN_KOREA_AFTER.match(ctx.text, figure.end)
        if (
            (not here and (cues.JAPAN_NAMED.search(near) or count_words.ELSEWHERE.search(near)))
            # ("when the U.S. had 38,500 troops stationed in South Korea": the level, though a drawdown is near)
            or (count_words.TROOPS_MOVED.search(near) and not whole and not kept and not (had and here))
            or count_words.TROOPS_CUT.match(ctx.text, figure.end, figure.end + 12)
            or count_words.IN_AN_EXERCISE.search(ctx.text, figure.end, figure.end + 90)
            or (
                not kept
                and (
                    count_words.TROOPS_TARGET_AFTER.match(ctx.text, figure.end, figure.end + 16)
                    or count_words.TROOPS_TARGET_BEFORE.search(ctx.text, max(0, figure.start - 40), figure.start)
                )
            )
        ):
            why = "troops moved, cut, limited, in an exercise or stationed elsewhere: not the level in Korea"
            return unplaced(ctx, figure, claim, text, why)
        troops = _troops(ctx, figure, claim, text)
        if (
            troops.verdict == "off"
            and (cues.JAPAN_NAMED.search(said) or count_words.ELSEWHERE.search(said))
            and not cues.IN_KOREA.search(said)
        ):
            why = "troops in a sentence about Japan or elsewhere, far from the level in Korea"
            return unplaced(ctx, figure, claim, text, why)
        if troops.record and figure.value > 3 * troops.record:
            why = "far more than US troops in Korea: another force (Korea's own, or all US forces)"
            return unplaced(ctx, figure, claim, text, why)
        if troops.record and 3 * figure.value < troops.record and not whole:
            why = "far fewer than US troops in Korea: a part of them (a service, a unit, a cut)"
            return unplaced(ctx, figure, claim, text, why)
        return troops
    if figure.kind == "workers":
        furlough = count_words.FURLOUGH.search(ctx.text[slice(*sentence(ctx.text, figure))]) is not None
        if _PART_OF.match(ctx.text, figure.end):  # "4,000 of the approximately 8,600 Korean workers"
            if furlough:
                return _furloughed(ctx, figure, claim, text)
            return unplaced(ctx, figure, claim, text, "a part of USFK's Korean workers, not the workforce")
        workers = _workers(ctx, figure, claim, text)
        part = workers.record is not None and figure.value < workers.record * Decimal("0.7")
        if (workers.verdict == "off" or part) and furlough:
            return _furloughed(ctx, figure, claim, text)
        if (
            workers.verdict == "off"
            and workers.record
            and not (workers.record / 2 <= figure.value <= workers.record * 3 / 2)
        ):
            # the year's furlough, where it holds ("이번 합의로 한국이 4000명의 근로자에게 ... 2억 달러를 부담")
            furloughed = _furloughed(ctx, figure, claim, text)
            if furloughed.verdict == "holds":
                return furloughed
            why = "far from USFK's Korean workforce: another group (residents of a base, families, all civilians)"
            return unplaced(ctx, figure, claim, text, why)
        return workers
    why = "a count of people that is neither US troops nor USFK's Korean workers"
    return unplaced(ctx, figure, claim, text, why)


# Right before a count, what a furlough spares: "The furloughs would not apply to the 28,500 American troops".
_SPARED = Pattern(
    r"\b(?:not (?:apply|applied|be applied) to|except|exempt(?:ing)?) (?:for )?(?:the |its |all )?$", re.I
)
# Right before a count, a unit or a service its subject ("2사단은 1만4000여명", "the 2nd Infantry Division's
# 14,000"): a part of the troops; not the last of a list of them, all the services ("미 육·해·공군 병력").
_A_UNIT = Pattern(
    r"(?<!·)(?:사단|여단|연대|대대|육군|해군|공군|해병대)(?:은|는|이|가|의)?\s?(?:병력(?:은|는|이|가)?\s?)?(?:약\s?)?$"
    r"|\b(?:Division|Brigade|Regiment|Battalion|Army|Navy|Air Force|Marines?)(?:['’]s)?\s(?:about |some )?$"
)
# Right before a count, the whole it is taken from, in Korean ("6만 3천 500여 명 중 70%인 4만 5천 600여 명").
_PART_KO = Pattern(r"명\s?중\s?(?:약\s?)?(?:\d[\d.]*%(?:인|에 해당하는|가량인)?\s?)?$")
# Heading the sentence, the whole a count after it is a part of ("Of the 37,000 U.S. troops currently stationed
# on the peninsula, 15,000 are deployed").
_OF_THE_WHOLE_FIRST = Pattern(
    r"(?:^|[.;]\s)Of (?:the|its) (?:about |some |approximately )?\d[\d,]{4,}\b(?:[^.;]|\.(?=\S|\s[a-z])){0,100},\s$"
)
# Right after a count: the whole it is a part of ("4,500 of the approximately 28,500").
_PART_OF = Pattern(OF_A_WHOLE + r"\d")
_WHOLE = Pattern(
    r"(?:\d[\d,]*|\b(?:half|third|quarter|fourth|fifth|tenth|part|some|most|many))\s(?:\w+\s)?(?:of|out of) "
    r"(?:the |its |their )?(?:approximately |about |around |roughly |some |nearly |current )?$|\ball (?:the |its )?$",
    re.IGNORECASE,
)
_HAD = Pattern(r"\b(?:had|has|have|kept|keeps|maintained|maintains)\s(?:about |some |nearly |around )?$", re.I)
_ALL_WITHDRAWN = Pattern(
    r"\b(?:withdraw(?:al|ing)?|remov(?:al|e|ing)|pull(?:ing)? out|pullout) of (?:all )?(?:the|its|their) $"
    r"|\b(?:withdraw|remove|pull out) (?:all )?(?:the|its|their) (?:roughly |about |some |nearly )?$"
    r"|\b(?:reduction|reductions|cuts?|drawdown) (?:in|of|to) (?:the|its|their) $",
    re.IGNORECASE,
)
# Right before a count, or right after it, the place it is in ("한국에 2만8500명", "주한미군 숫자를 3만3000명이라고",
# "28,000 in South Korea",
# "23,500 more troops stationed in South Korea").
_IN_KOREA_BEFORE = Pattern(r"(?:한국에|한국엔|주한미군)\s?(?:(?:숫자|규모|병력|수)(?:를|은|는|가|이)?\s?)?\(?$")
_IN_KOREA_AFTER = Pattern(
    r"\s(?:more |other |additional )?(?:(?:US |U\.S\. |American )?(?:troops|soldiers|personnel) )?"
    r"(?:(?:are |were )?(?:stationed|based|deployed) )?in (?:South )?Korea\b",
    re.IGNORECASE,
)


def _troops(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    year, how = year_of(ctx, figure, paid=False)
    if how not in ("named", "--year") and _DECADE.search(ctx.text, *sentence(ctx.text, figure)):
        # "kept between 50,000 and 60,000 troops in South Korea during the 1950s and 1960s"
        return unplaced(ctx, figure, claim, text, "the level of a decade before the record's years")
    if ctx.day is not None and (
        (how in ("relative", "past") and not _beside(ctx, figure))
        or (how == "named" and (_far(ctx, figure, year) or _deadline(ctx, figure, year)))
        or (year is not None and year > max(ctx.data.troops("stated"), default=year) and year > ctx.day.year)
    ):
        # "paid ... last year to support 28,500 troops", "28,500 troops ... North Korea, which invaded
        # the South in 1950": the level is the date's, and so is that of troops "from 2026 onward" (a year to
        # come the record holds no level for)
        year = ctx.day.year
    if year is None:
        return unplaced(ctx, figure, claim, text, "no year named and no --date or --year")
    # The press prints the stated level (28,500 since 2008); before it, the Defense Department's count.
    stated, counted = ctx.data.troops("stated"), ctx.data.troops("count")
    level = stated.get(year) or counted.get(year)
    if level is None and stated and year > max(stated):
        level = stated[max(stated)]
    if level is None:
        return unplaced(ctx, figure, claim, text, f"no US troop level for {year} in the record")
    label = f"US troops in Korea, {year}" + ("" if level.year == year else f" ({level.year}'s level, the latest)")
    placed = compared(figure, claim, text, "troops", label, year, Decimal(level.troops), level.counts, level.source)
    count = counted.get(year)
    round_figure = significant_digits(figure.value) < PRECISE_DIGITS  # (not "2만3468명", a part)
    if placed.verdict == "off" and count is not None and count is not level and round_figure:
        # off against the stated level, not against the Defense Department's count of that year ("25,000 are in
        # South Korea" in 2016: 24,189 counted): off only where every reading is
        by_count = compared(
            figure, claim, text, "troops", f"{label} (counted)", year, Decimal(count.troops), count.counts, count.source
        )
        if by_count.verdict == "holds":
            return by_count
    return placed


# A decade before the record's first year (1991): "the 1950s", "1970년대" (not one a period starts with, "since the
# 1950s").
_DECADE = Pattern(
    r"\b(?<!since )(?<!since the )(?:the )?19[5-8]0['’]?s\b|(?<!\d)(?:19)?[5-8]0\s?년대(?!\s?(?:부터|이래|이후))"
)


def _beside(ctx: Context, figure: Figure) -> bool:
    """Whether a relative year stands right beside the count ("28,500 troops here next year"), or
    heads its sentence, set off by a comma ("Last year, ... the 28,500 US soldiers")."""
    low, _ = sentence(ctx.text, figure)
    return any(
        c.how in ("relative", "past")
        and not _BY_THEN.match(ctx.text, c.end)  # "1만2500명을 내년 말까지 철수": a deadline, not the count's year
        and (
            0 <= c.start - figure.end <= 20
            or 0 <= figure.start - c.end <= 12
            or (not ctx.text[low : c.start].strip(" \"“'‘") and ctx.text[c.end : c.end + 1] == ",")
        )
        for c in year_cues(ctx, figure)
    )


# Around a year: the deadline of a plan ("2005년 말까지 철수", "by the end of 2008") or the start of a
# period ("1991년부터 ... 부담하고 있는데", "have remained since 1953"), not a count's year.
_BY_THEN = re.compile(r"년?\s?(?:말|초|중|상반기|하반기)?\s?(?:까지|부터|이래)")
_BY = re.compile(r"\b(?:by\s+(?:the\s+end\s+of\s+)?|since\s+)$", re.IGNORECASE)


def _deadline(ctx: Context, figure: Figure, year: int | None) -> bool:
    """Whether the year is named only as the deadline of a plan, or the start of a period."""
    named = [c for c in year_cues(ctx, figure) if c.how == "named" and c.year == year]
    return bool(named) and all(
        _BY_THEN.match(ctx.text, c.end) or _BY.search(ctx.text[max(0, c.start - 20) : c.start]) for c in named
    )


def _far(ctx: Context, figure: Figure, year: int | None) -> bool:
    """Whether every place the year is named is over 60 characters from the count."""
    named = [c for c in year_cues(ctx, figure) if c.how == "named" and c.year == year]
    return bool(named) and all(b - a > 60 for a, b in (between(c, figure) for c in named))


def _workers(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    year, _ = year_of(ctx, figure, paid=False)
    known = [f for f in ctx.data.burden if f.measure == "korean_workers" and (year is None or f.first_year <= year)]
    if not known:
        return unplaced(ctx, figure, claim, text, "no count of USFK's Korean workers in the record by then")
    latest = max(known, key=lambda f: f.last_year)
    year = latest.first_year if year is None or year <= latest.last_year else year
    label = f"Korean workers of USFK, {year}" + (
        "" if year <= latest.last_year else f" ({latest.first_year}'s count, the latest)"
    )
    record = Decimal(latest.amount)
    return compared(figure, claim, text, "workers", label, year, record, None, latest.source)


def _furlough(ctx: Context, year: int | None) -> BurdenFigure | None:
    """The record's count of the workers furloughed in ``year``, if it holds one."""
    return next((f for f in ctx.data.burden if f.measure == "furloughed_workers" and f.first_year == year), None)


def _furloughed(ctx: Context, figure: Figure, claim: int, text: str) -> Check:
    """Workers furloughed: against the record's count of the furlough of the year (2020's some
    4,000); a year the record holds no furlough for leaves them unplaced, a part of the workforce."""
    year, _ = year_of(ctx, figure, paid=False)
    known = _furlough(ctx, year)
    if known is None and ctx.day is not None and year != ctx.day.year:
        # a year of another clause ("were furloughed ... after the previous SMA expired at the end of last year"):
        # the furlough of the date's year, where there is one
        year = ctx.day.year
        known = _furlough(ctx, year)
    if known is None:
        return unplaced(ctx, figure, claim, text, "workers furloughed or laid off: a part of the workforce")
    label = f"Korean workers of USFK furloughed, {year}"
    row = compared(figure, claim, text, "workers", label, year, Decimal(known.amount), None, known.source)
    if row.verdict == "off":  # an estimate before the notices, or a part of those furloughed
        return unplaced(ctx, figure, claim, text, f"workers furloughed, far from the record's {label}")
    return row
