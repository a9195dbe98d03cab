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
    "Basis: official = published; rule = by the agreement's rule from published index values; "
    "projected = from an assumed index value; scenario = from a --data file."
)

SOURCES_NOTE = "Source: `smacalc sources ID` shows the publication behind each id."


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
    """The scenario files applied, and what they change: agreements or rules (basis 'scenario'), or
    only index values (stated among the assumptions)."""
    if not data.scenarios:
        return []
    names = ", ".join(data.scenarios)
    if any(a.scenario for a in data.agreements):
        return [f"Scenario applied: {names}; its agreements and rules give basis 'scenario'."]
    return [f"Scenario applied: {names}; it assumes index values only (stated below), so no row has basis 'scenario'."]


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
    """How amounts came to be in ``currency``: no conversion, or the rates used, by where they came
    from: the record's annual averages, the user's --rate, the latest published rate carried forward."""
    used = [r for r in rates if r is not None]
    if not used:
        return f"Amounts in {currency}; no conversion needed."
    parts = []
    if any(r.basis == "published" for r in used):
        parts.append(f"at the annual average rate of {whose} (krw_per_usd; sources in rates.csv)")
    given: dict[str, list[int]] = {}
    for r in used:
        if r.basis == "given":
            given.setdefault(plain(r.krw_per_usd), []).extend([] if r.year is None else [r.year])
    for rate, given_years in given.items():
        which = f"{span(sorted(set(given_years)))} " if given_years and len(parts) + len(given) > 1 else ""
        parts.append(f"{which}at your --rate of ₩{rate} per US dollar")
    line = f"Amounts in {currency}, converted {'; '.join(parts)}." if parts else f"Amounts in {currency}."
    carried = [r for r in used if r.basis == "assumed"]
    if carried:
        years = span(sorted({r.year for r in carried if r.year is not None}))
        first = carried[0]
        line += (
            f" {years}: no published rate yet; assumed: {first.rate_year}'s ₩{plain(first.krw_per_usd)} per US dollar,"
            " the latest published, carried forward (rate_basis 'assumed'; --rate sets your own)."
        )
    return line
