"""Where the sentences of a text end: the reader (an amount's currency from its sentence) and the
placing rules (a figure's sentence) ask of the same text. Pure functions, no I/O."""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

from smacalc.patterns import Pattern

if TYPE_CHECKING:
    from smacalc.calc.reading import Figure

# A full stop that ends a sentence: not of an initial or an abbreviation (U.S., No., Mr., Gen., Oct.).
_ABBREVIATIONS = "vs No Mr Ms Dr Gen Sen Rep Lt Col Gov Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec"
_NOT_AN_END = "".join(rf"(?<!\b{a})" for a in _ABBREVIATIONS.split())
# (nor stops after a comma, ",..", a broadcast script's pause)
_SENTENCE_END = Pattern(rf"[!?。](?=\s|$)|(?<![A-Z])(?<!,)(?<!,\.)(?<!,\.\.){_NOT_AN_END}\.(?=\s|$)|\n")


@functools.lru_cache(maxsize=4)
def sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of ``text`` ends, found once a text (the reader and the figures of a claim
    all ask)."""
    return tuple(m.end() for m in _SENTENCE_END.finditer(text))


def sentence(text: str, figure: Figure) -> tuple[int, int]:
    """The bounds of the sentence that holds ``figure``."""
    return _bounds(text, figure.start, figure.end)


@functools.lru_cache(maxsize=256)  # the placing rules ask for a figure's sentence a score of times
def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    ends = sentence_ends(text)
    i = bisect.bisect_right(ends, start)
    low, high = (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else len(text))
    # A run-on "sentence" (a pasted page with no full stops) is read near the figure only.
    return max(low, start - _REACH), min(high, end + _REACH)


_REACH = 400  # characters either side of a figure that its sentence may span


def sentence_before(text: str, start: int) -> tuple[int, int]:
    """The bounds of the sentence that ends at or before ``start`` (the start of a figure's sentence);
    (start, start) where there is none."""
    ends = [e for e in sentence_ends(text) if e <= start]
    if not ends:
        return start, start
    return (ends[-2] if len(ends) > 1 else 0), ends[-1]
