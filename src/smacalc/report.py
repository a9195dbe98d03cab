"""Engine results -> Reports: the row keys each command prints, and the caption that states the
basis and assumptions. Row keys are the documented interface (README, "Row keys")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from smacalc.dataset import Dataset
from smacalc.models import LEVEL_NAMES, SERIES_NAMES
from smacalc.money import plain
from smacalc.output import Column, Report, Row

if TYPE_CHECKING:
    from smacalc.engine import AuditRow, IndexUse, ProjectionRow
    from smacalc.restate import Change, Rate, Restated, Restatement
    from smacalc.talks import Gap, Moment, PositionGap

BASIS_NOTE = (
    "basis: official = published; rule = computed by the agreement's rule from published index values; "
    "projected = computed from an assumed index value; scenario = from a --data file."
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
        f"{lead} {SERIES_NAMES[series]} for {_span(sorted(set(years)))}: {pct} ({why})."
        for (series, pct, why), years in grouped.items()
    ]


def projection(data: Dataset, rows: Sequence[ProjectionRow], sma: int | None) -> Report:
    title = "SMA payments" if sma is None else f"{data.agreement(sma).name}: payments"
    caption = [
        "Amounts in the currency each agreement set them in (USD to 2004, KRW from 2005).",
        *scenario_lines(data),
        *assumption_lines(data, (r.index_use for r in rows if r.index_use is not None)),
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


def conversion_line(currency: str, rates: Iterable[Rate | None], whose: str) -> str:
    """How amounts came to be in ``currency``: no conversion, the user's rate, or the record's."""
    used = [r for r in rates if r is not None]
    if not used:
        return f"Amounts in {currency}; no conversion needed."
    if used[0].source is None:
        return f"Amounts in {currency}, converted at your --rate of ₩{plain(used[0].krw_per_usd)} per US dollar."
    return (
        f"Amounts in {currency}, converted at the annual average rate of {whose} (krw_per_usd; sources in rates.csv)."
    )


def restatement_lines(data: Dataset, items: Sequence[Restated], how: Restatement) -> list[str]:
    """What a restatement assumed: the rates, the price levels and base year, the troop count."""
    lines: list[str] = []
    if how.currency is not None:
        lines.append(conversion_line(how.currency, (r.rate for r in items), "each year"))
    if how.real is not None:
        names = sorted({LEVEL_NAMES[r.real.level.series] for r in items if r.real is not None})
        lines.append(
            f"Real terms: in {how.real} prices, deflated by {' and '.join(names)}; "
            "'Nominal' is the amount before deflation."
        )
        assumed = [use for r in items if r.real is not None for use in r.real.assumed]
        lines += assumption_lines(data, assumed, lead="Price level extended by assumed")
    if how.troops is not None:
        troops = data.troops
        who = f"{troops.reason} ({troops.source})" if how.troops == troops.count else "your number"
        lines.append(f"Per troop: amount ÷ {how.troops:,} US troops, {who}.")
    return lines


def restated(data: Dataset, items: Sequence[Restated], sma: int | None, how: Restatement) -> Report:
    """A projection restated: in another currency, in real terms, per troop; each row keeps the
    amount as the agreement set it."""
    base = projection(data, [r.row for r in items], sma)
    columns = list(PROJECT_COLUMNS[:8])
    if how.real is not None:
        columns[2] = Column("amount", "Amount", "estimate")
    if how.currency is not None:
        columns += [
            Column("official_amount", "As set", "money", currency_key="official_currency"),
            Column("official_currency", "Set in", in_table=False),
            Column("krw_per_usd", "₩ per $"),
        ]
    if how.real is not None:
        columns += [
            Column("nominal_amount", "Nominal", "money"),
            Column("base_year", "Prices of", "int", in_table=False),
            Column("price_index", "Deflator", in_table=False),
        ]
    if how.troops is not None:
        columns += [Column("troops", "Troops", "int", in_table=False), Column("per_troop", "Per troop", "estimate")]
    columns.append(PROJECT_COLUMNS[8])
    suffix = [f"in {how.currency}"] if how.currency else []
    suffix += [f"in {how.real} prices"] if how.real is not None else []
    suffix += ["per troop"] if how.troops is not None else []
    return Report(
        title=" ".join([base.title, *suffix]),
        columns=columns,
        rows=(
            {
                **row,
                "amount": r.amount.amount,
                "currency": r.amount.currency,
                "change_pct": r.change_pct,
                "official_amount": r.row.amount.amount,
                "official_currency": r.row.amount.currency,
                "krw_per_usd": None if r.rate is None else r.rate.krw_per_usd,
                "nominal_amount": r.nominal.amount,
                "base_year": how.real,
                "price_index": None if r.real is None else r.real.level.series,
                "troops": how.troops,
                "per_troop": None if r.per_troop is None else r.per_troop.amount,
            }
            for r, row in zip(items, base.rows, strict=True)
        ),
        caption=[*restatement_lines(data, items, how), *base.caption[1:]],
    )


def changes(data: Dataset, result: Change, how: Restatement) -> Report:
    start, end = result.start, result.end
    return Report(
        title=f"Change from {start.row.year} to {end.row.year}",
        columns=[
            Column("from_year", "From", "int"),
            Column("to_year", "To", "int"),
            Column("from_amount", "From amount", "money"),
            Column("to_amount", "To amount", "money"),
            Column("currency", "Currency", in_table=False),
            Column("difference", "Difference", "money"),
            Column("change_pct", "Change", "pct"),
            Column("years", "Years", "int"),
            Column("cagr_pct", "Per year", "pct"),
            Column("from_basis", "From basis"),
            Column("to_basis", "To basis"),
        ],
        rows=[
            {
                "from_year": start.row.year,
                "to_year": end.row.year,
                "from_amount": start.amount.amount,
                "to_amount": end.amount.amount,
                "currency": end.amount.currency,
                "difference": result.difference.amount,
                "change_pct": result.pct,
                "years": result.years,
                "cagr_pct": result.cagr_pct,
                "from_basis": start.row.basis,
                "to_basis": end.row.basis,
            }
        ],
        caption=[
            *restatement_lines(data, [start, end], how),
            *assumption_lines(data, (r.row.index_use for r in (start, end) if r.row.index_use is not None)),
            "change = to ÷ from - 1; per year = the compound annual rate over the years between.",
            BASIS_NOTE,
        ],
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


GAP_COLUMNS = [
    Column("demand", "Demand", "money"),
    Column("offer", "Offer", "money"),
    Column("currency", "Currency", in_table=False),
    Column("difference", "Difference", "money"),
    Column("ratio", "Ratio"),
    Column("pct_above", "Above offer", "pct"),
    Column("year", "Year", "int"),
    Column("krw_per_usd", "₩ per $"),
]
GAP_NOTE = "ratio = demand ÷ offer; above offer = (ratio - 1) × 100."


def _gap_row(g: Gap) -> Row:
    return {
        "demand": g.demand.amount,
        "offer": g.offer.amount,
        "currency": g.demand.currency,
        "difference": g.difference.amount,
        "ratio": g.ratio,
        "pct_above": g.pct_above,
        "year": None if g.rate is None else g.rate.year,
        "krw_per_usd": None if g.rate is None else g.rate.krw_per_usd,
    }


def gaps(rows: Sequence[Gap]) -> Report:
    return Report(
        title="Demand against offer",
        columns=GAP_COLUMNS,
        rows=(_gap_row(g) for g in rows),
        caption=[*dict.fromkeys(rate_line(g.rate) for g in rows), GAP_NOTE],
    )


def batch_gaps(rows: Iterable[tuple[int, Gap]]) -> Report:
    """Gaps of a batch, one per input row, produced as the input is read."""
    return Report(
        title="Demand against offer, by input line",
        columns=[Column("line", "Line", "int"), *GAP_COLUMNS],
        rows=({"line": line, **_gap_row(g)} for line, g in rows),
        caption=[
            "Each row converted at its year's annual average rate (krw_per_usd; sources in rates.csv) or its own rate.",
            GAP_NOTE,
        ],
    )


def position_gaps(data: Dataset, rows: Sequence[PositionGap], sma: int) -> Report:
    return Report(
        title=f"{data.agreement(sma).name}: demands and offers",
        columns=[
            Column("date", "Date"),
            Column("party", "Party"),
            Column("description", "Position", wrap=True),
            Column("amount", "Amount", "estimate"),
            Column("currency", "Currency", in_table=False),
            Column("stated_pct", "Stated %", "pct", in_table=False),
            Column("for_year", "For", "int"),
            Column("baseline_year", "Baseline year", "int", in_table=False),
            Column("baseline", "Baseline", "money"),
            Column("pct_above_baseline", "Above baseline", "pct"),
            Column("agreed", "Agreed", "money"),
            Column("ratio_to_agreed", "× agreed"),
            Column("krw_per_usd", "₩ per $", in_table=False),
            Column("source", "Source", wrap=True),
        ],
        rows=(
            {
                "date": g.position.date,
                "party": g.position.party,
                "description": g.position.description,
                "amount": g.amount.amount,
                "currency": g.amount.currency,
                "stated_pct": g.position.pct,
                "for_year": g.position.for_year,
                "baseline_year": g.baseline.year,
                "baseline": g.baseline_amount.amount,
                "pct_above_baseline": g.pct_above_baseline,
                "agreed": g.agreed_amount.amount,
                "ratio_to_agreed": g.ratio_to_agreed,
                "krw_per_usd": None if g.rate is None else g.rate.krw_per_usd,
                "source": g.position.source,
            }
            for g in rows
        ),
        caption=[
            conversion_line(rows[0].amount.currency, (g.rate for g in rows), "the year each position was taken"),
            "Baseline: the amount in force when the position was taken (that year, or the year before "
            "'For' if earlier). Agreed: the amount finally paid for 'For'. A position stated as a "
            "percentage is applied to its baseline.",
            SOURCES_NOTE,
        ],
    )


def history(moments: Sequence[Moment], sma: int | None) -> Report:
    return Report(
        title="The talks, in date order" if sma is None else f"SMA {sma}: the talks, in date order",
        columns=[
            Column("date", "Date"),
            Column("end", "Until"),
            Column("sma", "SMA", "int"),
            Column("kind", "Kind"),
            Column("party", "Party", in_table=False),
            Column("place", "Place"),
            Column("description", "What", wrap=True),
            Column("amount", "Amount", "money"),
            Column("currency", "Currency", in_table=False),
            Column("source", "Source", wrap=True),
        ],
        rows=(
            {
                "date": m.date,
                "end": m.end,
                "sma": m.sma,
                "kind": m.kind,
                "party": m.party,
                "place": m.place,
                "description": m.description,
                "amount": None if m.amount is None else m.amount.amount,
                "currency": None if m.amount is None else m.amount.currency,
                "source": m.source,
            }
            for m in moments
        ),
        caption=[
            "Signings come from the agreements; rounds, statements, demands and offers from the record.",
            SOURCES_NOTE,
        ],
    )


def grid(runs: Sequence[tuple[Decimal, Report]], series: str) -> Report:
    """One projection per value of ``series``: long rows (each with the value) for csv/json, and
    for the table, years against values."""
    key = f"{series}_pct"
    first = runs[0][1]
    listed = [(value, list(r.rows)) for value, r in runs]
    amount = next(c for c in first.columns if c.key == "amount")
    pivot_rows: dict[tuple[Any, Any], dict[str, Any]] = {}
    for i, (_, rows) in enumerate(listed):
        for row in rows:
            cell = pivot_rows.setdefault((row["sma"], row["year"]), {k: row[k] for k in ("sma", "year", "currency")})
            cell[f"v{i}"] = row["amount"]
    name = SERIES_NAMES[series]
    values = ", ".join(f"{plain(v)}%" for v, _ in runs)
    caption = [
        f"One projection per {name} value: {values}, for every year whose value is not published.",
        *(line for line in first.caption if not line.startswith(f"Assumed {name} ")),
    ]
    table = Report(
        title=f"{first.title}: {name}",
        columns=[
            Column("sma", "SMA", "int"),
            Column("year", "Year", "int"),
            *(Column(f"v{i}", f"{plain(v)}%", amount.kind) for i, (v, _) in enumerate(runs)),
        ],
        rows=list(pivot_rows.values()),
        caption=caption,
    )
    return Report(
        title=f"{first.title}: {name}",
        columns=[Column(key, SERIES_NAMES[series], "rate"), *first.columns],
        rows=[{key: value, **row} for value, rows in listed for row in rows],
        caption=caption,
        table=table,
    )
