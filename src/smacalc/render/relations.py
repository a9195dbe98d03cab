"""A check row's English ``refers_to`` and ``basis`` read back into messages of catalogue_check.py, so a
table in Korean shows them in Korean; a text no template fits is shown as it is."""

from __future__ import annotations

import functools
import re

from smacalc.money import parse_money
from smacalc.render.catalogue_check import CHECK
from smacalc.render.messages import Text, msg

# What each kind of parameter may be (catalogue_check.py's docstring names them); any other is a text.
_PARAMETERS = {
    "year": r"\d{4}",
    "a": r"\d{4}",
    "b": r"\d{4}",
    "date": r"\d{4}(?:-\d\d){0,2}",
    "span": r"\d{4}(?:-\d{4})?",
    "base": r"\d{4}(?:-\d{4})?",
    "v": r"holds|close|off",
    "cur": r"[A-Z]{3}",
    "rate": r"[\d.,]+",
    "n": r"\d+",
}
# An amount as calc shortens it: "$5.0bn", "₩1,350.0bn", "¥211bn", "$870M".
_AMOUNT = re.compile(r"[$₩¥]\d[\d,]*(?:\.\d+)?(?:M|bn|tn)?")


@functools.cache
def _templates() -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    """Each message's English template as a pattern that reads its parameters back, with the text it
    opens and closes with (a text that does not, it cannot fit: most are passed over without a match),
    in catalogue order; compiled on the first Korean table, not at start-up."""
    found = []
    for id, t in CHECK.items():
        parts = re.split(r"\{(\w+)\}", t.en)
        pattern = "".join(
            re.escape(part) if i % 2 == 0 else f"(?P<{part}>{_PARAMETERS.get(part, '.+?')})"
            for i, part in enumerate(parts)
        )
        found.append((id, parts[0], parts[-1], re.compile(pattern)))
    return tuple(found)


def relation(english: str) -> Text:
    """``english`` as the message whose template it fits, its parameters read the same way; a verdict
    as the verdict's message, an amount as Money. As it is where no template fits."""
    if _AMOUNT.fullmatch(english):
        return msg("rel.amount", shown=english, money=parse_money(english))
    for id, opens, closes, pattern in _templates():
        m = pattern.fullmatch(english) if english.startswith(opens) and english.endswith(closes) else None
        if m is not None:
            params = {
                key: msg(f"v.verdict.{value}") if key == "v" else relation(value)
                for key, value in m.groupdict().items()
            }
            return msg(id, **params)
    return english
