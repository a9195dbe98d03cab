"""Where the sentences of a text end: the reader (an amount's currency from its sentence) and the
placing rules (a figure's sentence) ask of the same text. Pure functions, no I/O."""

from __future__ import annotations

import functools

from smacalc.vocabulary import Pattern

# A full stop that ends a sentence: not of an initial or an abbreviation (U.S., No., Mr.).
_SENTENCE_END = Pattern(r"[!?。](?=\s|$)|(?<![A-Z])(?<!\bvs)(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)\.(?=\s|$)|\n")


@functools.lru_cache(maxsize=4)
def sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of ``text`` ends, found once a text (the reader and the figures of a claim
    all ask)."""
    return tuple(m.end() for m in _SENTENCE_END.finditer(text))
