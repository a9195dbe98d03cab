"""Engine results -> Reports: the row keys each command prints, and the caption that states the
basis and assumptions. Row keys are the documented interface (README, "Row keys")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from smacalc.dataset import Dataset
from smacalc.engine import AuditRow, Converted, Gap, IndexUse, ProjectionRow, Rate
from smacalc.models import SERIES_NAMES
from smacalc.money import plain
from smacalc.output import Column, Report

BASIS_NOTE = (
    "basis: official = published; rule = computed by the agreement's rule from published index values; "
    "projected = computed from an assumed index value."
)
SOURCES_NOTE = "Sources: `smacalc sources` lists each id in the source column."

PROJECT_COLUMNS = [
    Column("sma", "SMA", "int"),
    Column("year", "Year", "int"),
    Column("amount", "Amount", "money"),
    Column("currency", "Currency", in_table=False),
    Column("change_pct", "Change", "pct"),
    Column("basis", "Basis"),
    Column("rate_pct", "Rate", "rate"),
    Column("capped", "Capped", "bool"),
    Column("source", "Source", wrap=True),
]


def _span(years: Sequence[int]) -> str:
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


def assumption_lines(data: Dataset, uses: Iterable[IndexUse]) -> list[str]:
    """One line per series stating every index value that was assumed rather than published."""
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
        f"Assumed {SERIES_NAMES[series]} for {_span(sorted(set(years)))}: {pct} ({why})."
        for (series, pct, why), years in grouped.items()
    ]


def projection(data: Dataset, rows: Sequence[ProjectionRow], sma: int | None) -> Report:
    title = "SMA payments" if sma is None else f"{data.agreement(sma).name}: payments"
    caption = [
        "Amounts in the currency each agreement set them in (USD to 2004, KRW from 2005).",
        *assumption_lines(data, (r.index for r in rows if r.index is not None)),
        BASIS_NOTE,
        SOURCES_NOTE,
    ]
    return Report(
        title=title,
        columns=PROJECT_COLUMNS,
        rows=(
            {
                "sma": r.sma,
                "year": r.year,
                "amount": r.amount.amount,
                "currency": r.amount.currency,
                "change_pct": r.change_pct,
                "basis": r.basis,
                "rate_pct": r.rate_pct,
                "capped": r.capped,
                "source": r.source,
            }
            for r in rows
        ),
        caption=caption,
    )


CONVERTED_COLUMNS = [
    *PROJECT_COLUMNS[:8],
    Column("official_amount", "As set", "money", currency_key="official_currency"),
    Column("official_currency", "Set in", in_table=False),
    Column("krw_per_usd", "₩ per $"),
    PROJECT_COLUMNS[8],
]


def converted(data: Dataset, rows: Sequence[Converted], sma: int | None, currency: str) -> Report:
    """A projection in one currency; each row keeps the amount as the agreement set it."""
    base = projection(data, [c.row for c in rows], sma)
    used = [c.rate for c in rows if c.rate is not None]
    how = "no conversion needed"
    if used:
        how = "your --rate" if used[0].source is None else "each year's annual average rate (see the rates' sources)"
    caption = [f"Amounts in {currency}, converted at {how}; 'As set' is the amount in the agreement's currency."]
    return Report(
        title=base.title + f" in {currency}",
        columns=CONVERTED_COLUMNS,
        rows=(
            {
                **row,
                "amount": c.amount.amount,
                "currency": c.amount.currency,
                "change_pct": c.change_pct,
                "official_amount": c.row.amount.amount,
                "official_currency": c.row.amount.currency,
                "krw_per_usd": None if c.rate is None else c.rate.krw_per_usd,
            }
            for c, row in zip(rows, base.rows, strict=True)
        ),
        caption=caption + base.caption[1:],
    )


def agreements(data: Dataset) -> Report:
    return Report(
        title="Special Measures Agreements",
        columns=[
            Column("sma", "SMA", "int"),
            Column("name", "Name", wrap=True),
            Column("signed", "Signed"),
            Column("first_year", "From", "int"),
            Column("last_year", "To", "int"),
            Column("first_amount", "First year", "money"),
            Column("currency", "Currency", in_table=False),
            Column("rule", "Rule", wrap=True),
            Column("sources", "Sources", wrap=True),
        ],
        rows=(
            {
                "sma": a.number,
                "name": a.name,
                "signed": a.signed,
                "first_year": a.first,
                "last_year": a.last,
                "first_amount": a.first_year.amount.amount,
                "currency": a.currency,
                "rule": a.rule_text or a.rule.kind,
                "sources": " ".join(a.sources),
            }
            for a in data.agreements
        ),
        caption=[SOURCES_NOTE],
    )


def audit(rows: Sequence[AuditRow]) -> Report:
    deviations = sum(1 for r in rows if r.status == "deviation")
    checked = sum(1 for r in rows if r.official is not None)
    return Report(
        title="Audit: rule-governed years recomputed from published index values",
        columns=[
            Column("sma", "SMA", "int"),
            Column("year", "Year", "int"),
            Column("official", "Official", "money"),
            Column("computed", "Computed", "money"),
            Column("currency", "Currency", in_table=False),
            Column("difference", "Difference", "money"),
            Column("rate_pct", "Rate", "rate"),
            Column("capped", "Capped", "bool"),
            Column("status", "Status", wrap=True),
        ],
        rows=(
            {
                "sma": r.sma,
                "year": r.year,
                "official": None if r.official is None else r.official.amount,
                "computed": r.computed.amount,
                "currency": r.computed.currency,
                "difference": r.difference,
                "rate_pct": r.rate_pct,
                "capped": r.capped,
                "status": r.status,
            }
            for r in rows
        ),
        caption=[f"{checked} years compared with an official amount; {deviations} deviate."],
    )


def sources(data: Dataset) -> Report:
    return Report(
        title="Sources",
        columns=[
            Column("id", "Id"),
            Column("publisher", "Publisher"),
            Column("title", "Title", wrap=True),
            Column("date", "Date"),
            Column("url", "URL", wrap=True),
        ],
        rows=(
            {"id": key, "publisher": s.publisher, "title": s.title or f"[{s.about}]", "date": s.date, "url": s.url}
            for key, s in sorted(data.sources.items())
        ),
    )


def rate_line(rate: Rate | None) -> str:
    if rate is None:
        return "No conversion: both amounts are in the same currency."
    origin = f"the {rate.year} annual average ({rate.source})" if rate.source else "your --rate"
    return f"Converted at ₩{plain(rate.krw_per_usd)} per US dollar: {origin}."


def gaps(rows: Sequence[Gap]) -> Report:
    return Report(
        title="Demand against offer",
        columns=[
            Column("demand", "Demand", "money"),
            Column("offer", "Offer", "money"),
            Column("currency", "Currency", in_table=False),
            Column("difference", "Difference", "money"),
            Column("ratio", "Ratio"),
            Column("pct_above", "Above offer", "pct"),
            Column("year", "Year", "int"),
            Column("krw_per_usd", "₩ per $"),
        ],
        rows=(
            {
                "demand": g.demand.amount,
                "offer": g.offer.amount,
                "currency": g.demand.currency,
                "difference": g.difference.amount,
                "ratio": g.ratio,
                "pct_above": g.pct_above,
                "year": None if g.rate is None else g.rate.year,
                "krw_per_usd": None if g.rate is None else g.rate.krw_per_usd,
            }
            for g in rows
        ),
        caption=[
            *dict.fromkeys(rate_line(g.rate) for g in rows),
            "ratio = demand ÷ offer; above offer = (ratio - 1) × 100.",
        ],
    )
