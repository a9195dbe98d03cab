"""Payments as reports: the rows `project`, `change` and the sensitivity grids print, with the
captions that state their basis and assumptions. Row keys are the documented interface
(docs/output.md, "Row keys")."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from smacalc.money import plain
from smacalc.render.captions import (
    BASIS_NOTE,
    RATE_DROP,
    SOURCES_NOTE,
    assumption_lines,
    conversion_line,
    price_basis,
    rate_cells,
    rate_columns,
    restated_basis,
    scenario_lines,
    series_name,
    span,
)
from smacalc.render.formats import Column, Report
from smacalc.render.messages import Join, Message, Text, msg
from smacalc.render.totals import total_line, total_row, with_totals

if TYPE_CHECKING:
    from smacalc.calc.categories import Split
    from smacalc.calc.escalation import ProjectionRow, Total
    from smacalc.calc.restate import Change, Restated, Restatement, Troops
    from smacalc.record.dataset import Dataset

PROJECT_COLUMNS = [
    Column("sma", msg("h.sma"), "int"),
    Column("year", msg("h.year"), "int"),
    Column("amount", msg("h.amount"), "money"),
    Column("note_mark", msg("h.note"), in_data=False),  # replaced by each report with its footnotes
    Column("currency", msg("h.currency"), in_table=False),
    Column("change_pct", msg("h.change"), "pct"),
    Column("basis", msg("h.basis"), note=BASIS_NOTE, values="basis"),
    Column("rate_pct", msg("h.rate"), "rate"),
    Column("capped", msg("h.capped"), "bool"),
    Column("note", msg("h.note"), in_table=False),
    Column("source", msg("h.source"), wrap=True, note=SOURCES_NOTE),
]
MIXED = msg("mixed")


def footnotes(rows: Sequence[ProjectionRow]) -> tuple[dict[int, str], list[Message]]:
    """The marker of each year with a note on its figure (``[1]``...), and the footnotes."""
    marks: dict[int, str] = {}
    lines: list[Message] = []
    for r in rows:
        if r.note:
            marks[r.year] = f"[{len(lines) + 1}]"
            lines.append(msg("footnote", mark=marks[r.year], year=r.year, note=r.note))
    return marks, lines


def projection_caption(data: Dataset, rows: Sequence[ProjectionRow], varied: str | None) -> list[Message]:
    """Scenario files and assumed index values (but those of ``varied``, the series a sensitivity
    grid varies: the grid states them)."""
    return [
        *scenario_lines(data),
        *assumption_lines(data, ((r.year, u) for r in rows if (u := r.index_use) is not None and u.series != varied)),
    ]


def with_footnotes(columns: list[Column], rows: Sequence[ProjectionRow]) -> list[Column]:
    """The columns, the table's note marker carrying the footnotes of the years shown (csv and
    json have the note itself, in ``note``)."""
    lines = footnotes(rows)[1]
    note = Join(tuple(lines), "newline") if lines else None
    return [c._replace(note=note) if c.key == "note_mark" else c for c in columns]


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


def projection(
    data: Dataset,
    rows: Sequence[ProjectionRow],
    sma: int | None,
    *,
    varied: str | None = None,
    totals: Sequence[Total] = (),
) -> Report:
    """The payments as the agreements set them; ``varied``: see projection_caption; ``totals``:
    rows after the years (a table's and markdown's, csv's and json's alike), each said under it."""
    title = msg("title.payments") if sma is None else msg("title.payments_of", name=data.agreement(sma).name, sma=sma)
    mixed = [MIXED] if len({r.amount.currency for r in rows}) > 1 else []
    marks = footnotes(rows)[0]
    years = ({**payment_row(r), "note_mark": marks.get(r.year, "")} for r in rows)
    return Report(
        drop=("source", "capped", "sma", "rate_pct"),
        title=title,
        columns=with_totals(with_footnotes(PROJECT_COLUMNS, rows), totals),
        rows=itertools.chain(years, map(total_row, totals)),
        caption=[*(total_line(data, t) for t in totals), *mixed, *projection_caption(data, rows, varied)],
    )


def troops_line(used: Sequence[Troops], measure: str) -> Message:
    """How each year was divided: by its own troop level of one measure (troops.csv), the latest
    carried forward."""
    carried = [t for t in used if t.basis == "assumed"]
    which = msg(f"troops.measure.{measure}")
    if not carried:
        return msg("troops.by_year", measure=which, carried="")
    years = span(sorted({t.year for t in carried}))
    first = carried[0]
    return msg(
        "troops.by_year",
        measure=which,
        carried=msg("troops.carried", years=years, year=first.level_year, count=f"{first.count:,}"),
    )


def restatement_lines(data: Dataset, items: Sequence[Restated], how: Restatement) -> list[Message]:
    """What a restatement assumed: the rates, the price levels and base year, the troop count."""
    lines: list[Message] = []
    if how.currency is not None:
        lines.append(conversion_line(how.currency, (r.rate for r in items), "whose.each_year"))
    if how.real is not None:
        levels = sorted({r.real.level.series for r in items if r.real is not None})
        lines.append(msg("real", year=how.real, levels=Join(tuple(msg(f"level.{level}") for level in levels))))
        assumed = [(use.year, use) for r in items if r.real is not None for use in r.real.assumed]
        lines += assumption_lines(data, assumed, lead="assumed.level")
    if how.troops is not None:
        lines.append(msg("troops.given", count=f"{how.troops:,}"))
    elif how.troops_by_year:
        lines.append(troops_line([r.troops for r in items if r.troops is not None], how.troops_measure))
    return lines


def restated(
    data: Dataset,
    items: Sequence[Restated],
    sma: int | None,
    how: Restatement,
    *,
    varied: str | None = None,
    totals: Sequence[Total] = (),
) -> Report:
    """A projection restated: in another currency, in real terms, per troop; each row keeps the
    amount as the agreement set it. ``totals``: of the restated amounts, as for projection."""
    base = projection(data, [r.row for r in items], sma, varied=varied)
    words = [restated_basis(r) for r in items]
    columns = [
        new
        for c in PROJECT_COLUMNS[:-1]
        for new in ((c._replace(in_table=False), words_column("basis", words)) if c.key == "basis" else (c,))
    ]
    if how.real is not None:
        columns[2] = Column("amount", msg("h.amount"), "estimate")
    if how.currency is not None:
        columns += [
            Column("official_amount", msg("h.as_set"), "money", currency_key="official_currency"),
            Column("official_currency", msg("h.set_in"), in_table=False),
            *rate_columns(r.rate for r in items),
            Column("rate_basis", msg("h.rate_basis"), in_table=False, values="figure_basis"),
        ]
    if how.real is not None:
        columns += [
            Column("nominal_amount", msg("h.nominal"), "money", note=msg("nominal")),
            Column("base_year", msg("h.prices_of"), "int", in_table=False),
            Column("price_index", msg("h.deflator"), in_table=False),
            Column("price_basis", msg("h.price_basis"), in_table=False, values="figure_basis"),
        ]
    if how.per_troop:
        columns += [
            Column("troops", msg("h.troops"), "count", in_table=not how.troops),
            Column("troops_basis", msg("h.troops_basis"), in_table=False, values="figure_basis"),
            Column("troops_measure", msg("h.troops_measure"), in_table=False, values="troops_measure"),
            Column("per_troop", msg("h.per_troop"), "estimate"),
        ]
    columns.append(PROJECT_COLUMNS[-1])
    columns = with_totals(with_footnotes(columns, [r.row for r in items]), totals)
    suffix: list[Text] = [msg("title.in", currency=how.currency)] if how.currency else []
    suffix += [msg("title.prices", year=how.real)] if how.real is not None else []
    suffix += [msg("title.per_troop")] if how.per_troop else []
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
            "basis_words",
        ),
        title=Join((base.title, *suffix), "space") if suffix else base.title,
        columns=columns,
        rows=itertools.chain(
            (
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
                    "price_basis": price_basis(r),
                    "basis_words": said,
                    "troops": None if r.troops is None else r.troops.count,
                    "troops_basis": None if r.troops is None else r.troops.basis,
                    "troops_measure": None if r.troops is None else r.troops.measure,
                    "per_troop": None if r.per_troop is None else r.per_troop.amount,
                }
                for r, row, said in zip(items, base.rows, words, strict=True)
            ),
            ({**t, "basis_words": "total"} for t in map(total_row, totals)),
        ),
        caption=[
            *(total_line(data, t) for t in totals),
            *restatement_lines(data, items, how),
            *projection_caption(data, [r.row for r in items], varied),
        ],
    )


def words_column(key: str, words: Sequence[Text]) -> Column:
    """The table's column of ``key``, a basis, in words (``words``): what a restated figure rests
    on (restated_basis), wrapped where it says more than the basis; csv and json keep the basis
    itself and, beside it, the rate's and the price level's."""
    wrap = any(not isinstance(w, str) for w in words)
    return Column(f"{key}_words", msg(f"h.{key}"), note=BASIS_NOTE, wrap=wrap, in_data=False, values="basis")


def changes(data: Dataset, result: Change, how: Restatement) -> Report:
    start, end = result.start, result.end
    ends = (("from", start), ("to", end))
    said = [restated_basis(start), restated_basis(end)]
    restated_columns: list[Column] = []
    if how.currency is not None:
        restated_columns += [
            Column(f"{e}_rate_basis", msg(f"h.{e}_rate_basis"), in_table=False, values="figure_basis") for e, _ in ends
        ]
    if how.real is not None:
        restated_columns += [
            Column(f"{e}_price_basis", msg(f"h.{e}_price_basis"), in_table=False, values="figure_basis")
            for e, _ in ends
        ]
    return Report(
        drop=("years", "from_basis_words", "difference", "to_basis_words"),
        title=msg(
            "title.change_per_troop" if how.per_troop else "title.change", start=start.row.year, end=end.row.year
        ),
        columns=[
            Column("from_year", msg("h.from"), "int"),
            Column("to_year", msg("h.to"), "int"),
            Column("from_amount", msg("h.from_amount"), "money"),
            Column("to_amount", msg("h.to_amount"), "money"),
            Column("currency", msg("h.currency"), in_table=False),
            Column("difference", msg("h.difference"), "money"),
            Column("change_pct", msg("h.change"), "pct"),
            Column("years", msg("h.years"), "int"),
            Column("cagr_pct", msg("h.per_year"), "pct"),
            Column("from_basis", msg("h.from_basis"), in_table=False, values="basis"),
            words_column("from_basis", said),
            Column("to_basis", msg("h.to_basis"), in_table=False, values="basis"),
            words_column("to_basis", said),
            *restated_columns,
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
                **{
                    cell: value
                    for (e, r), words in zip(ends, said, strict=True)
                    for cell, value in (
                        (f"{e}_basis", r.row.basis),
                        (f"{e}_basis_words", words),
                        (f"{e}_rate_basis", None if r.rate is None else r.rate.basis),
                        (f"{e}_price_basis", price_basis(r)),
                    )
                },
            }
        ],
        caption=[
            *restatement_lines(data, [start, end], how),
            *assumption_lines(data, ((r.row.year, u) for r in (start, end) if (u := r.row.index_use) is not None)),
            msg("change.rule"),
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
    name = series_name(series)
    values = ", ".join(f"{plain(v)}%" for v, _ in runs)
    caption = [msg("grid", series=name, values=values), *first.caption]
    title = msg("title.varied", title=first.title, series=name)
    table = Report(
        title=title,
        columns=[
            Column("sma", msg("h.sma"), "int"),
            Column("year", msg("h.year"), "int"),
            *(Column(f"v{i}", f"{plain(v)}%", amount.kind) for i, (v, _) in enumerate(runs)),
        ],
        rows=list(pivot_rows.values()),
        caption=caption,
    )
    return Report(
        title=title,
        columns=[Column(key, name, "rate"), *first.columns],
        rows=[{key: value, **row} for value, rows in listed for row in rows],
        caption=caption,
        table=table,
    )


def categories(rows: Sequence[Split]) -> Report:
    """The split of each year's payment into labor, construction and logistics, where published."""
    known = [r.row.year for r in rows if r.parts]
    unknown = [r.row.year for r in rows if not r.parts]
    caption: list[Text] = [msg("categories", unknown=msg("categories.unknown", years=span(unknown)) if unknown else "")]
    differs = [r.row.year for r in rows if r.status == "differs"]
    if differs:
        caption.append(msg("categories.differs", years=span(differs)))
    money = [
        Column(c, msg(f"h.{c}"), "money", currency_key="part_currency") for c in ("labor", "construction", "logistics")
    ]
    return Report(
        drop=("source", "sma", "construction_pct", "logistics_pct"),
        title=msg("title.categories_of", years=span(known)) if known and not unknown else msg("title.categories"),
        columns=[
            Column("sma", msg("h.sma"), "int"),
            Column("year", msg("h.year"), "int"),
            Column("amount", msg("h.amount"), "money"),
            Column("currency", msg("h.currency"), in_table=False),
            *money,
            Column("part_currency", msg("h.parts_in"), in_table=False),
            Column("labor_pct", msg("h.labor_pct"), "rate"),
            Column("construction_pct", msg("h.construction_pct"), "rate"),
            Column("logistics_pct", msg("h.logistics_pct"), "rate"),
            Column("status", msg("h.status"), values="status"),
            Column("source", msg("h.source"), wrap=True, note=SOURCES_NOTE),
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
