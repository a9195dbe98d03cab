"""The lines of captions that more than one report states: the basis legend, where sources are
listed, assumed index values, scenario files and the exchange rate used."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from smacalc.money import plain
from smacalc.record.models import SERIES_NAMES

if TYPE_CHECKING:
    from smacalc.calc.escalation import IndexUse
    from smacalc.calc.restate import Rate
    from smacalc.record.dataset import Dataset

BASIS_NOTE = (
    "basis: official = published; rule = computed by the agreement's rule from published index values; "
    "projected = computed from an assumed index value; scenario = from a --data file."
)

SOURCES_NOTE = "Sources: `smacalc sources` lists each id in the source column."


def span(years: Sequence[int]) -> str:
    """1991, 1993-1995 style list of years."""
    parts: list[str] = []
    start = prev = years[0]
    for year in (*years[1:], None):
        if year is not None and year == prev + 1:
            prev = year
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if year is not None:
            start = prev = year
    return ", ".join(parts)


def scenario_lines(data: Dataset) -> list[str]:
    if not data.scenarios:
        return []
    return [f"Scenario applied: {', '.join(data.scenarios)}; its agreements and rules give basis 'scenario'."]


def assumption_lines(data: Dataset, uses: Iterable[IndexUse], lead: str = "Assumed") -> list[str]:
    """One line per series stating every index value that was assumed rather than published,
    each starting with ``lead``."""
    grouped: dict[tuple[str, str, str], list[int]] = {}
    for use in uses:
        if use.basis == "published":
            continue
        why = "your assumption"
        if use.basis == "default":
            why = f"default: {data.defaults[use.series].reason}"
        pct = f"{plain(use.pct)}%"
        grouped.setdefault((use.series, pct, why), []).append(use.year)
    return [
        f"{lead} {SERIES_NAMES[series]} for {span(sorted(set(years)))}: {pct} ({why})."
        for (series, pct, why), years in grouped.items()
    ]


def conversion_line(currency: str, rates: Iterable[Rate | None], whose: str) -> str:
    """How amounts came to be in ``currency``: no conversion, the user's rate, or the record's."""
    used = [r for r in rates if r is not None]
    if not used:
        return f"Amounts in {currency}; no conversion needed."
    if used[0].source is None:
        return f"Amounts in {currency}, converted at your --rate of ₩{plain(used[0].krw_per_usd)} per US dollar."
    line = (
        f"Amounts in {currency}, converted at the annual average rate of {whose} (krw_per_usd; sources in rates.csv)."
    )
    carried = [r for r in used if r.carried]
    if carried and carried[0].year is not None:
        years = span(sorted({r.year for r in carried if r.year is not None}))
        first = carried[0]
        line += (
            f" {years}: no published rate yet; assumed: {first.rate_year}'s ₩{plain(first.krw_per_usd)} per US dollar,"
            " the latest published, carried forward (rate_basis 'assumed'; --rate sets your own)."
        )
    return line
