"""The year a figure of a claim speaks of: --year; else the year cue nearest the figure in its own
clause (a year named; from --date, "last/this/next year", "the first year", "currently"); else
--date's year. Pure functions, no I/O."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from smacalc.calc.reading import Figure

if TYPE_CHECKING:
    from smacalc.calc.claims import Context

_YEAR = re.compile(r"(?<!\d)(199[1-9]|20[0-3]\d)(?!\d)")
_RELATIVE = [
    (re.compile(r"last year|지난해|작년", re.I), -1),
    (re.compile(r"next year|내년", re.I), 1),
    (re.compile(r"this year|올해|금년", re.I), 0),
]
CURRENT = re.compile(r"current|\bnow\b|today|현재|지금", re.I)
_FIRST = re.compile(r"first year|첫해|첫 해", re.I)
_CLAUSE = re.compile(r"[,;]|\bbut\b|\bup from\b|\bdown from\b|\bwhile\b|\bcompared with\b|그러나|반면", re.I)


def year_of(ctx: Context, figure: Figure) -> tuple[int | None, str]:
    """The year a figure speaks of, and how it was found: --year; else the year cue nearest the
    figure (a year named, or, from --date, "last/this/next year", "the first year" of the latest
    agreement signed, "current(ly)"); else --date's year."""
    if ctx.year is not None:
        return ctx.year, "--year"
    inside = [(f.start, f.end) for f in ctx.figures]
    cues: list[tuple[tuple[bool, int], int, str]] = [
        (_distance(ctx.text, m, figure), int(m.group()), "named")
        for m in _YEAR.finditer(ctx.text)
        if not any(a <= m.start() < b for a, b in inside)
    ]
    if ctx.day is not None:
        cues += [
            (_distance(ctx.text, m, figure), ctx.day.year + offset, "relative")
            for p, offset in _RELATIVE
            for m in p.finditer(ctx.text)
        ]
        cues += [(_distance(ctx.text, m, figure), _first_year(ctx), "first year") for m in _FIRST.finditer(ctx.text)]
        cues += [(_distance(ctx.text, m, figure), _in_force(ctx), "current") for m in CURRENT.finditer(ctx.text)]
    if cues:
        _, year, how = min(cues)
        return year, how
    return (ctx.day.year, "date") if ctx.day is not None else (None, "")


def _distance(text: str, m: re.Match[str], figure: Figure) -> tuple[bool, int]:
    """How far a cue is from a figure: first whether a clause boundary lies between them ("up
    from", a comma), then the characters between."""
    a, b = (m.end(), figure.start) if m.end() <= figure.start else (figure.end, m.start())
    return bool(_CLAUSE.search(text[a:b])), max(0, b - a)


def _first_year(ctx: Context) -> int:
    """The first year of the latest agreement signed by --date."""
    assert ctx.day is not None
    signed = [a for a in ctx.data.agreements if a.signed is not None and a.signed[:10] <= ctx.day.isoformat()]
    return signed[-1].first if signed else ctx.day.year


def _in_force(ctx: Context) -> int:
    """The latest year whose amount was agreed by --date: 'the current' payment on that day."""
    assert ctx.day is not None
    agreed = [
        a.last if a.last <= ctx.day.year else ctx.day.year
        for a in ctx.data.agreements
        if a.signed is not None and a.signed[:10] <= ctx.day.isoformat() and a.first <= ctx.day.year
    ]
    return max(agreed) if agreed else ctx.day.year
