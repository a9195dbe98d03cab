"""Claims as a report: one row per figure, the text shown once, the basis and the rules stated."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from smacalc.calc.verdicts import rules_line
from smacalc.money import Money
from smacalc.render.captions import SOURCES_NOTE
from smacalc.render.formats import Column, Report, Row

if TYPE_CHECKING:
    from smacalc.calc.claims import Check

COLUMNS = [
    Column("claim", "Claim", "int", in_table=False),
    Column("text", "Text", wrap=True, in_data=False),
    Column("figure", "Figure"),
    Column("kind", "Kind"),
    Column("claimed", "Claimed", in_table=False),
    Column("unit", "Unit", in_table=False),
    Column("hedge", "Hedge"),
    Column("refers_to", "Refers to", wrap=True),
    Column("year", "Year", "int", in_table=False),
    Column("record", "Record", in_table=False),
    Column("record_shown", "Record", in_data=False),
    Column("off_pct", "Off", "pct", note="Off: (claimed ÷ record - 1) × 100."),
    Column("verdict", "Verdict"),
    Column("implied", "Implied", in_table=False),
    Column("implied_currency", "Implied in", in_table=False),
    Column("basis", "Basis", wrap=True),
    Column("source", "Source", wrap=True, note=SOURCES_NOTE),
]


def _rows(checks: Iterable[Check]) -> Iterator[Row]:
    shown = None
    for c in checks:
        implied, figure = c.implied, c.figure
        yield {
            "claim": c.claim,
            "text": c.text if c.claim != shown else None,
            "figure": None if figure is None else figure.span,
            "kind": c.kind,
            "claimed": None if figure is None else figure.value,
            "unit": None if figure is None else figure.unit,
            "hedge": None if figure is None else figure.hedge,
            "refers_to": c.refers_to,
            "year": c.year,
            "record": c.record,
            "record_shown": _shown(c),
            "off_pct": c.off_pct,
            "verdict": c.verdict,
            "implied": None if implied is None else implied.amount,
            "implied_currency": None if implied is None else implied.currency,
            "basis": c.basis,
            "source": c.source,
        }
        shown = c.claim


def _shown(c: Check) -> str | None:
    """The record's value as a person reads it, in the claim's unit."""
    if c.record is None or c.figure is None:
        return None
    if c.figure.money is not None:
        return Money(c.record, c.figure.money.currency).human()
    if c.figure.kind == "troops":
        return f"{c.record:,}"
    return f"{c.record}%" if c.figure.kind == "pct" else f"{c.record}×"


def checks(rows: Iterable[Check], basis: str) -> Report:
    return Report(
        drop=("source", "basis", "hedge", "kind", "text"),
        title="Figures against the record",
        columns=COLUMNS,
        rows=_rows(rows),
        caption=[basis, rules_line()],
    )
