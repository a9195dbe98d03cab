"""A claim's text as the reader reads it: a figure pasted from a web page (full-width digits, zero-width
characters, soft hyphens, a hard-wrapped line) is read whole, and the places of figures are of this
text. Pure functions."""

from __future__ import annotations

import functools
import re
import unicodedata

_INVISIBLE: dict[int, str | None] = {
    **dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e")),
    ord("`"): "'",  # a backtick for an apostrophe, as some pages print it ("this year`s")
}


@functools.lru_cache(maxsize=4)  # the reader and the placing rules of a claim ask for the same text
def normalise(text: str) -> str:
    """``text`` as the reader reads it: NFKC (full-width digits and signs made plain), with
    zero-width characters, soft hyphens and combining marks removed, a backtick an apostrophe,
    no-break spaces plain, a line broken inside a sentence joined with a space, a space between
    thousands before a magnitude a comma, and a decimal comma before a magnitude a point."""
    text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE))
    if not text.isascii():
        text = "".join(c for c in text if not unicodedata.combining(c))
    if "\n" in text:
        text = _WRAPPED.sub(" ", text)
    text = _SPACED_THOUSANDS.sub(r"\1,", text)
    return _DECIMAL_COMMA.sub(".", text) if "," in text else text


# A line broken inside a paragraph (a page's hard wrap) is a space; a blank line still ends it.
_WRAPPED = re.compile(r"(?<![\n.!?。])\n(?!\n)")
# A space between thousands before a magnitude ("about 1 130 million US dollars"): a comma, the same length.
_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3}) (?=\d{3}\s?(?:million|billion|trillion)\b)", re.IGNORECASE)
# A decimal comma before a magnitude ("$866,5 million", "¥1,055,1 billion"): thousands come in threes.
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}\s?(?:million|billion|trillion|mn|bn)\b)", re.IGNORECASE)
