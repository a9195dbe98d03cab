"""The hedges of a figure as printed: "about", "almost", "up to" and "more than", in the words of
smacalc.vocabulary (약, 가량, 이상, 미만, nearly, over, at least ...), before the figure or after it.
Pure functions."""

from __future__ import annotations

import re
from typing import Literal

from smacalc import vocabulary as v
from smacalc.patterns import Pattern

Hedge = Literal["about", "almost", "up to", "more than"]

_HEDGE_BEFORE = Pattern(
    rf"(?:^|\b|(?<=[\s(]))(?P<h>{v.alternation(v.HEDGES_BEFORE)})\s*(?:(?:a|an|the|some|US|U\.S\.)\s+)?$",
    re.IGNORECASE,
)
_HEDGE_AFTER = Pattern(
    rf"^\s*(?:[이가을를은는에의]\s*)?(?:(?:{v.alternation(v.HEDGE_ADVERBS)})\s*)?(?P<h>{v.alternation(v.HEDGES_AFTER)})",
    re.IGNORECASE,
)
# Right after 까지, a verb of raising: the sum is where a rise ends ("100억 달러 ... 13조 7천억 원까지 늘려야"),
# not a bound (as "1조5000억원까지 인상될 수 있다" is).
_RAISED_TO = Pattern(r"\s?(?:늘려|늘리|올려|올리|끌어올|(?:인상|증액|상향)(?:하|해))")
# "a 13 percent increase over the 1.04 trillion won", "10 percent more than the 1.04 trillion won": over
# and more than are the base of the rise, not a hedge.
_OVER_A_BASE = Pattern(
    r"(?:increase|rise|hike|raise|jump|%|percent|cent)\s+over\s+(?:the\s+)?$"
    r"|(?:%|percent|cent|times)\s+(?:more|higher|less|lower)\s+than\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# Right after a bound, that it is refused: "less than $1 billion is unacceptable" asks at least that.
_REFUSED = Pattern(r"\s+(?:is|was|would be|are)\s+(?:unacceptable|not acceptable|out of the question)\b", re.I)


def hedge_of(text: str, start: int, end: int) -> Hedge | None:
    """The hedge of the figure at text[start:end]: a word before it ("about", "more than a", "up to
    US") or after it, past a particle or its bracketed conversion ("이상", "가량", "(약 1047억원) 정도")."""
    before = _HEDGE_BEFORE.search(text[max(0, start - 32) : start])
    if before and not _OVER_A_BASE.search(text, max(0, start - 40), start):
        said: Hedge = v.HEDGES_BEFORE[before["h"].lower()]  # type: ignore[assignment]
        if said == "up to" and _REFUSED.match(text, end):
            return "more than"  # "any amount less than $1 billion is unacceptable": a floor
        return said
    ahead = text[end : end + 64]
    bracket = re.match(r"\s?\([^()]{0,40}\)", ahead)  # 100억엔(약 1047억원) 정도: past its conversion
    rest = ahead[bracket.end() if bracket else 0 :]
    after = _HEDGE_AFTER.match(rest[:16])
    if after is None or (after["h"] == "까지" and _RAISED_TO.match(rest, after.end())):
        return None  # "13조 7천억 원까지 늘려야": the sum it is to be raised to, not a bound
    return v.HEDGES_AFTER[after["h"].lower()]  # type: ignore[return-value]
