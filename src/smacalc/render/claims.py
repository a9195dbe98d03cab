"""Claims as a report: one row per figure, the text shown once, the basis and the rules stated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from smacalc.calc.verdicts import TOLERANCE
from smacalc.money import Money
from smacalc.render.captions import SOURCES_NOTE
from smacalc.render.formats import Column, Report, Row
from smacalc.render.messages import Message, msg
from smacalc.render.relations import relation

if TYPE_CHECKING:
    from smacalc.calc.claim_rows import Check

COLUMNS = [
    Column("claim", msg("h.claim"), "int", in_table=False),
    Column("text", msg("h.text"), in_table=False),  # every row: a batch's rows each carry their claim
    Column("text_shown", msg("h.text"), wrap=True, in_data=False),  # a table shows it once a claim
    Column("figure", msg("h.figure")),
    Column("kind", msg("h.kind"), values="claim_kind"),
    Column("claimed", msg("h.claimed"), in_table=False),
    Column("unit", msg("h.unit"), in_table=False),
    Column("hedge", msg("h.hedge"), values="hedge"),
    Column("refers_to", msg("h.refers_to"), wrap=True, read=relation),
    Column("year", msg("h.year"), "int", in_table=False),
    Column("record", msg("h.record"), in_table=False),
    Column("record_shown", msg("h.record"), in_data=False),
    Column("off_pct", msg("h.off"), "pct", note=msg("check.off")),
    Column("verdict", msg("h.verdict"), values="verdict"),
    Column("implied", msg("h.implied"), in_table=False),
    Column("implied_currency", msg("h.implied_in"), in_table=False),
    Column("basis", msg("h.basis"), wrap=True, read=relation),
    Column("source", msg("h.source"), wrap=True, note=SOURCES_NOTE),
]


def _rows(checks: Iterable[Check]) -> Iterator[Row]:
    shown = None
    for c in checks:
        implied, figure = c.implied, c.figure
        yield {
            "claim": c.claim,
            "text": c.text,
            "text_shown": c.text if c.claim != shown else None,
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


def _shown(c: Check) -> Money | str | None:
    """The record's value as a person reads it, in the claim's unit."""
    if c.record is None or c.figure is None:
        return None
    if c.figure.money is not None:
        return Money(c.record, c.figure.money.currency)
    if c.figure.kind == "troops":
        return f"{c.record:,}"
    return f"{c.record}%" if c.figure.kind == "pct" else f"{c.record}×"


def basis_line(day: dt.date | None, year: int | None, *, batch: bool = False) -> Message:
    """How the figures were placed in time: by --year, by each claim's date, by --date, or by the
    years the text names."""
    if year is not None:
        return msg("check.year", year=year)
    if batch:
        return msg("check.batch")
    if day is not None:
        return msg("check.date", day=day)
    return msg("check.no_date")


def rules_line() -> Message:
    """The verdict rules in one line (calc/verdicts.py's TOLERANCE), for a caption."""
    return msg("check.rules", exact=TOLERANCE[None], about=TOLERANCE["about"], almost=TOLERANCE["almost"])


def checks(rows: Iterable[Check], basis: Message) -> Report:
    return Report(
        drop=("source", "basis", "hedge", "kind", "text_shown"),
        title=msg("title.checks"),
        columns=COLUMNS,
        rows=_rows(rows),
        caption=[basis, rules_line()],
    )
