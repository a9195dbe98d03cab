"""Payments as reports: the rows `project`, `change` and the sensitivity grids print, with the
captions that state their basis and assumptions. Row keys are the documented interface
(docs/output.md, "Row keys")."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from smacalc.money import plain
from smacalc.record.models import LEVEL_NAMES, SERIES_NAMES
from smacalc.render.captions import (
    BASIS_NOTE,
    RATE_DROP,
    SOURCES_NOTE,
    assumption_lines,
    conversion_line,
    rate_cells,
    rate_columns,
    scenario_lines,
    span,
)
from smacalc.render.formats import Column, Report

if TYPE_CHECKING:
    from smacalc.calc.categories import Split
    from smacalc.calc.escalation import ProjectionRow
    from smacalc.calc.restate import Change, Restated, Restatement, Troops
    from smacalc.record.dataset import Dataset

PROJECT_COLUMNS = [
    Column("sma", "SMA", "int"),
    Column("year", "Year", "int"),
    Column("amount", "Amount", "money"),
    Column("note_mark", "Note", in_data=False),  # replaced by each report with its footnotes
    Column("currency", "Currency", in_table=False),
    Column("change_pct", "Change", "pct"),
    Column("basis", "Basis", note=BASIS_NOTE),
    Column("rate_pct", "Rate", "rate"),
    Column("capped", "Capped", "bool"),
    Column("note", "Note", in_table=False),
    Column("source", "Source", wrap=True, note=SOURCES_NOTE),
]
MIXED = "Amounts in the currency each agreement set them in: USD to 2004, KRW from 2005."


def footnotes(rows: Sequence[ProjectionRow]) -> tuple[dict[int, str], list[str]]:
    """The marker of each year with a note on its figure (``[1]``...), and the footnotes."""
    marks: dict[int, str] = {}
    lines: list[str] = []
    for r in rows:
        if r.note:
            marks[r.year] = f"[{len(lines) + 1}]"
            lines.append(f"{marks[r.year]} {r.year}: {r.note}.")
    return marks, lines


def projection_caption(data: Dataset, rows: Sequence[ProjectionRow], varied: str | None) -> list[str]:
    """Scenario files and assumed index values (but those of ``varied``, the series a sensitivity
    grid varies: the grid states them)."""
    return [
        *scenario_lines(data),
        *assumption_lines(data, (u for r in rows if (u := r.index_use) is not None and u.series != varied)),
    ]


def with_footnotes(columns: list[Column], rows: Sequence[ProjectionRow]) -> list[Column]:
    """The columns, the table's note marker carrying the footnotes of the years shown (csv and
    json have the note itself, in ``note``)."""
    lines = footnotes(rows)[1]
    return [c._replace(note="\n".join(lines) or None) if c.key == "note_mark" else c for c in columns]


def payment_row(r: ProjectionRow) -> dict[str, Any]:
    """A year's payment as every format and the export have it: the row keys of `project`."""
    return {
        "sma": r.sma,
        "year": r.year,
        "amount": r.amount.amount,
        "currency": r.amount.currency,
        "change_pct": r.change_pct,
        "basis": r.basis,
        "rate_pct": r.rate_pct,
        "capped": r.capped,
        "note": r.note,
        "source": r.source,
    }


def projection(data: Dataset, rows: Sequence[ProjectionRow], sma: int | None, *, varied: str | None = None) -> Report:
    """The payments as the agreements set them; ``varied``: see projection_caption."""
    title = "SMA payments" if sma is None else f"{data.agreement(sma).name}: payments"
    mixed = [MIXED] if len({r.amount.currency for r in rows}) > 1 else []
    marks = footnotes(rows)[0]
    return Report(
        drop=("source", "capped", "sma", "rate_pct"),
        title=title,
        columns=with_footnotes(PROJECT_COLUMNS, rows),
        rows=({**payment_row(r), "note_mark": marks.get(r.year, "")} for r in rows),
        caption=[*mixed, *projection_caption(data, rows, varied)],
    )


def troops_line(used: Sequence[Troops]) -> str:
    """How each year was divided: by its own troop level (troops.csv), the latest carried forward."""
    line = "Per troop: each year's amount ÷ that year's US troop level in Korea (troops; sources in troops.csv)."
    carried = [t for t in used if t.basis == "assumed"]
    if carried:
        years = span(sorted({t.year for t in carried}))
        first = carried[0]
        line += (
            f" {years}: no level on record; assumed: {first.level_year}'s {first.count:,}, the latest,"
            " carried forward (troops_basis 'assumed'; --per-troop N sets your own)."
        )
    return line


def restatement_lines(data: Dataset, items: Sequence[Restated], how: Restatement) -> list[str]:
    """What a restatement assumed: the rates, the price levels and base year, the troop count."""
    lines: list[str] = []
    if how.currency is not None:
        lines.append(conversion_line(how.currency, (r.rate for r in items), "each year"))
    if how.real is not None:
        names = sorted({LEVEL_NAMES[r.real.level.series] for r in items if r.real is not None})
        lines.append(f"Real terms: in {how.real} prices, deflated by {' and '.join(names)}.")
        assumed = [use for r in items if r.real is not None for use in r.real.assumed]
        lines += assumption_lines(data, assumed, lead="Price level extended by assumed")
    if how.troops is not None:
        lines.append(f"Per troop: amount ÷ {how.troops:,} US troops, your number, for every year.")
    elif how.troops_by_year:
        lines.append(troops_line([r.troops for r in items if r.troops is not None]))
    return lines


def restated(
    data: Dataset, items: Sequence[Restated], sma: int | None, how: Restatement, *, varied: str | None = None
) -> Report:
    """A projection restated: in another currency, in real terms, per troop; each row keeps the
    amount as the agreement set it."""
    base = projection(data, [r.row for r in items], sma, varied=varied)
    columns = list(PROJECT_COLUMNS[:-1])
    if how.real is not None:
        columns[2] = Column("amount", "Amount", "estimate")
    if how.currency is not None:
        columns += [
            Column("official_amount", "As set", "money", currency_key="official_currency"),
            Column("official_currency", "Set in", in_table=False),
            *rate_columns(r.rate for r in items),
            Column("rate_basis", "Rate basis", in_table=False),
        ]
    if how.real is not None:
        columns += [
            Column("nominal_amount", "Nominal", "money", note="Nominal: the amount before deflation."),
            Column("base_year", "Prices of", "int", in_table=False),
            Column("price_index", "Deflator", in_table=False),
        ]
    if how.per_troop:
        columns += [
            Column("troops", "Troops", "count", in_table=not how.troops),
            Column("troops_basis", "Troops basis", in_table=False),
            Column("per_troop", "Per troop", "estimate"),
        ]
    columns.append(PROJECT_COLUMNS[-1])
    columns = with_footnotes(columns, [r.row for r in items])
    suffix = [f"in {how.currency}"] if how.currency else []
    suffix += [f"in {how.real} prices"] if how.real is not None else []
    suffix += ["per troop"] if how.per_troop else []
    return Report(
        drop=(
            "source",
            *RATE_DROP,
            "capped",
            "sma",
            "nominal_amount",
            "troops",
            "rate_pct",
            "official_amount",
            "basis",
        ),
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
                **rate_cells(r.rate),
                "rate_basis": None if r.rate is None else r.rate.basis,
                "nominal_amount": r.nominal.amount,
                "base_year": how.real,
                "price_index": None if r.real is None else r.real.level.series,
                "troops": None if r.troops is None else r.troops.count,
                "troops_basis": None if r.troops is None else r.troops.basis,
                "per_troop": None if r.per_troop is None else r.per_troop.amount,
            }
            for r, row in zip(items, base.rows, strict=True)
        ),
        caption=[*restatement_lines(data, items, how), *projection_caption(data, [r.row for r in items], varied)],
    )


def changes(data: Dataset, result: Change, how: Restatement) -> Report:
    start, end = result.start, result.end
    return Report(
        drop=("to_basis", "from_basis", "years", "difference"),
        title=f"Change from {start.row.year} to {end.row.year}" + (", per troop" if how.per_troop else ""),
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
            Column("from_basis", "From basis", note=BASIS_NOTE),
            Column("to_basis", "To basis", note=BASIS_NOTE),
        ],
        rows=[
            {
                "from_year": start.row.year,
                "to_year": end.row.year,
                "from_amount": result.first.amount,
                "to_amount": result.last.amount,
                "currency": result.last.currency,
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
        ],
    )


def grid(runs: Sequence[tuple[Decimal, Report]], series: str) -> Report:
    """One projection per value of ``series``: long rows (each with the value) for csv/json, and
    for the table, years against values. Each run's report is built with ``varied=series``: the
    values it assumed for that series are stated here, once."""
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
        *first.caption,
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


def categories(rows: Sequence[Split]) -> Report:
    """The split of each year's payment into labor, construction and logistics, where published."""
    known = [r.row.year for r in rows if r.parts]
    unknown = [r.row.year for r in rows if not r.parts]
    caption = [
        "Categories as the Ministry of National Defense published them; a year with no published split is "
        "left empty, never interpolated." + (f" Not published in the record: {span(unknown)}." if unknown else ""),
    ]
    differs = [r.row.year for r in rows if r.status == "differs"]
    if differs:
        caption.append(f"{span(differs)}: the published parts do not sum to the year's amount (status 'differs').")
    money = [
        Column(c, c.capitalize(), "money", currency_key="part_currency") for c in ("labor", "construction", "logistics")
    ]
    return Report(
        drop=("source", "sma", "construction_pct", "logistics_pct"),
        title="What the SMA pays for" + (f", {span(known)}" if known and not unknown else ""),
        columns=[
            Column("sma", "SMA", "int"),
            Column("year", "Year", "int"),
            Column("amount", "Amount", "money"),
            Column("currency", "Currency", in_table=False),
            *money,
            Column("part_currency", "Parts in", in_table=False),
            Column("labor_pct", "Labor %", "rate"),
            Column("construction_pct", "Constr. %", "rate"),
            Column("logistics_pct", "Logist. %", "rate"),
            Column("status", "Status"),
            Column("source", "Source", wrap=True, note=SOURCES_NOTE),
        ],
        rows=(
            {
                "sma": r.row.sma,
                "year": r.row.year,
                "amount": r.row.amount.amount,
                "currency": r.row.amount.currency,
                **{c: (r.parts[c].amount if c in r.parts else None) for c in ("labor", "construction", "logistics")},
                "part_currency": "KRW" if r.parts else None,
                **{f"{c}_pct": r.share(c) for c in ("labor", "construction", "logistics")},
                "status": r.status,
                "source": " ".join(r.sources) or None,
            }
            for r in rows
        ),
        caption=caption,
    )
