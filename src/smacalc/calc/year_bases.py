"""The base of a comparison a year is: "from 2018", "than last year", "2018년보다", "작년(9천602억원)
대비". Where a year is one, the stretch of text that speaks of the base (the year cues of
claim_years mark it). Pure functions, no I/O."""

from __future__ import annotations

import re

from smacalc.calc import cues, year_words
from smacalc.patterns import Pattern


def base_stretch(text: str, start: int, end: int, floor: int) -> tuple[int, int] | None:
    """Where the year at text[start:end] is the base of a comparison, the stretch of text that
    speaks of the base: from the cue before it ("from", "than", "compared with"), or to the cue
    after it (보다, 대비, 에 비해), brackets included ('작년(9천602억원)보다')."""
    after = year_words.BASE_AFTER.search(text[end : end + 40])
    if after:
        return start, end + after.end()
    window = max(floor, start - 70)
    before = text[window:start]
    cut = max((m.end() for m in cues.CLAUSE.finditer(before)), default=0)
    words = list(year_words.BASE_WORD.finditer(before, cut))
    if not words:
        return None
    ahead = before[max(cut, words[-1].start() - 40) : words[-1].start()]
    if words[-1].group().lower() in ("from", "since", "over") and not (
        cues.RISE.search(ahead)
        or cues.FALL.search(ahead)
        or _BY_HOW_MUCH.search(ahead)
        or _AN_AMOUNT.search(ahead)
        or _TO.match(text, end)
    ):
        return None  # "per year from 2026": the start of a period, not a comparison
    if (
        words[-1].group().lower() == "than"
        and _A_HEDGE.search(ahead)
        and re.match(r"\s*[$₩€¥]?\d", before[words[-1].end() :])
    ):
        return None  # "by more than 8 percent this year": a hedge of the figure after it, not a comparison
    # between the cue and the year: at most a few words, an amount and its bracket ("from 1.039
    # trillion won (910 million U.S. dollars) in 2020")
    after_cue = before[words[-1].end() :]
    if _FROM_A_TO_B.search(after_cue):
        return None  # "from $830 million to $924 million this year": the year of the later amount
    between = re.sub(r"\([^()]*\)|[$₩€¥]?[\d.,]+\s*(?:[a-zA-Z.]+\s*){0,3}", "", after_cue)
    # "from 869.5 billion won that Seoul paid in 2013": the year qualifies the amount the cue compares with
    amount_first = re.match(r"\s*(?:the |last year's |about |some )?[$₩€¥]?\d", after_cue) is not None
    # "8.2 percent more than what it spent last year": what a side paid then is the base
    paid_then = _PAID_THEN.fullmatch(between) is not None
    if len(between.strip()) <= 45 and (amount_first or paid_then or not _NOT_A_BASE.search(between)):
        return window + words[-1].start(), end
    return None


# Right before "than", a hedge when no figure stands before it ("by more than 8 percent", not "8.2 percent
# more than").
_A_HEDGE = Pattern(r"(?<![\d%)])(?<!percent)(?<!won)(?<!dollars)(?<!million)(?<!billion)\s(?:more|less|fewer)\s*$")
# A change just before "from" ("by 8.2 percent from last year"), or "from A to B": a comparison.
_AN_AMOUNT = Pattern(r"(?:\d|\b(?:won|dollars|million|billion|trillion)|\))\s*,?\s*$", re.IGNORECASE)
_BY_HOW_MUCH = Pattern(r"(?:%|\bpercent|\bper cent|\bpoints?)\s*,?\s*$", re.IGNORECASE)
_TO = Pattern(
    r"(?:'s)?\s*(?:\([^()]*\)\s*)?(?:levels?\s+)?to\s+(?:about |around |approximately |some |roughly |nearly |almost )?"
    r"(?!(?:19|20)\d\d\b)(?:US\$|[$₩€¥]|W(?=\d)|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.IGNORECASE,
)


# After "from" and its amount, the amount it went to: "from $830 million to $924 million".
_FROM_A_TO_B = Pattern(r"\d[^()]*\b" + year_words.TO_AN_AMOUNT, re.IGNORECASE)


_PAID_THEN = Pattern(
    r"\s*(?:what|the amount)\s+(?:it|Seoul|Korea|South Korea|the South)\s+"
    r"(?:spent|paid|pays|was paying|contributed)\s*",
    re.IGNORECASE,
)


# Words that show a cue's clause goes on past its comparison ("more than five times what Seoul
# agreed to pay this year"): then the year is not the base.
_NOT_A_BASE = Pattern(
    r"\b(?:agreed|agree|agreeing|pay|pays|paid|paying|said|says|is|was|were|will|would|has|have|had|to|that|"
    r"what|which|who|when)\b",
    re.IGNORECASE,
)
