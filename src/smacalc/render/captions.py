"""The lines of captions that more than one report states: the basis legend, where sources are
listed, assumed index values, scenario files and the exchange rate used."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from smacalc.money import plain
from smacalc.record.models import SERIES_NAMES
from smacalc.render.formats import Column

if TYPE_CHECKING:
    from smacalc.calc.escalation import IndexUse
    from smacalc.calc.rates import Leg, Rate
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


# Each currency's rate as the record quotes it (won, yuan, yen per dollar; dollars per euro): its
# reading, its row key, its column header.
RATE_UNITS = {
    "KRW": "₩{} per US dollar",
    "EUR": "${} per euro",
    "CNY": "CN¥{} per US dollar",
    "JPY": "¥{} per US dollar",
}
RATE_KEYS = {"KRW": "krw_per_usd", "EUR": "usd_per_eur", "CNY": "cny_per_usd", "JPY": "jpy_per_usd"}
RATE_DROP = (*RATE_KEYS.values(), "rate_date")


def leg_text(leg: Leg) -> str:
    """One rate as read: ₩1123.32 per US dollar, $1.1288 per euro."""
    return RATE_UNITS[leg.currency].format(plain(leg.rate))


def legs_text(legs: Iterable[Leg]) -> str:
    texts = [leg_text(leg) for leg in legs]
    return " and ".join(texts)


RATE_HEADERS = {"KRW": "₩ per $", "EUR": "$ per €", "CNY": "CN¥ per $", "JPY": "¥ per $"}


def rate_columns(rates: Iterable[Rate | None], *, every: bool = False, in_table: bool = True) -> list[Column]:
    """The rate columns for the currencies ``rates`` go through (the won's always; ``every``: all
    of them, for a stream whose rows are not known yet), and the day where a daily rate was used."""
    used = [r for r in rates if r is not None]
    present = {leg.currency for r in used for leg in r.legs} | {"KRW"}
    columns = [
        Column(key, RATE_HEADERS[currency], in_table=in_table)
        for currency, key in RATE_KEYS.items()
        if every or currency in present
    ]
    if every or any(r.day is not None for r in used):
        columns.append(Column("rate_date", "Rate of", in_table=in_table))
    return columns


_NO_RATE: dict[str, object] = dict.fromkeys(RATE_DROP)


def rate_cells(rate: Rate | None) -> dict[str, object]:
    """The rate columns of a row: each currency's rate as quoted, and the day of a daily rate."""
    cells = _NO_RATE.copy()
    if rate is not None:
        for leg in rate.legs:
            cells[RATE_KEYS[leg.currency]] = leg.rate
        day = rate.day
        if day is not None:
            cells["rate_date"] = day.isoformat()
    return cells


def rate_line(rate: Rate | None) -> str:
    """Where a single conversion's rates came from, each with its source and day or year."""
    if rate is None:
        return "No conversion: both amounts are in the same currency."
    parts = []
    for leg in rate.legs:
        if leg.source is None:
            origin = "your --rate"
        elif leg.day is not None:
            asked = "" if leg.day == rate.asked else f", the last published day before {rate.asked}"
            origin = f"the noon buying rate of {leg.day}{asked} ({leg.source})"
        else:
            origin = f"the {leg.rate_year} annual average ({leg.source})"
        parts.append(f"{leg_text(leg)}: {origin}")
    through = " Between two currencies other than the dollar, through the dollar." if len(rate.legs) > 1 else ""
    return f"Converted at {'; '.join(parts)}.{through}"


def conversion_line(currency: str, rates: Iterable[Rate | None], whose: str) -> str:
    """How amounts came to be in ``currency``: no conversion, or the rates used, by where they came
    from: the record's annual averages, the user's --rate, the latest published rate carried forward."""
    used = [r for r in rates if r is not None]
    if not used:
        return f"Amounts in {currency}; no conversion needed."
    legs = [leg for r in used for leg in r.legs]
    parts = []
    published = [*dict.fromkeys(RATE_KEYS[leg.currency] for leg in legs if leg.basis == "published")]
    if published:
        parts.append(f"at the annual average rate of {whose} ({', '.join(published)}; sources in rates.csv)")
    given: dict[str, list[int]] = {}
    for r in used:
        for leg in r.legs:
            if leg.basis == "given":
                given.setdefault(plain(leg.rate), []).extend([] if r.year is None else [r.year])
    for rate, given_years in given.items():
        which = f"{span(sorted(set(given_years)))} " if given_years and len(parts) + len(given) > 1 else ""
        parts.append(f"{which}at your --rate of ₩{rate} per US dollar")
    line = f"Amounts in {currency}, converted {'; '.join(parts)}." if parts else f"Amounts in {currency}."
    carried = [r for r in used if any(leg.basis == "assumed" for leg in r.legs)]
    if carried:
        years = span(sorted({r.year for r in carried if r.year is not None}))
        assumed = {leg.currency: leg for r in carried for leg in r.legs if leg.basis == "assumed"}
        ordered = sorted(assumed.values(), key=lambda leg: list(RATE_KEYS).index(leg.currency))
        whose_rates = " and ".join(f"{leg.rate_year}'s {leg_text(leg)}" for leg in ordered)
        line += (
            f" {years}: no published rate yet; assumed: {whose_rates}, the latest published, carried forward"
            " (rate_basis 'assumed'; --rate sets your own won rate)."
        )
    return line
