"""The record as reports: the agreements (`list`), the audit of the rules, and the sources."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from smacalc.render.captions import SOURCES_NOTE
from smacalc.render.formats import Column, Report
from smacalc.render.messages import msg

if TYPE_CHECKING:
    from smacalc.calc.escalation import AuditRow
    from smacalc.record.dataset import Dataset
    from smacalc.record.update import Status


def agreements(data: Dataset) -> Report:
    return Report(
        drop=("sources", "signed"),
        title=msg("title.agreements"),
        columns=[
            Column("sma", msg("h.sma"), "int"),
            Column("name", msg("h.name"), wrap=True),
            Column("signed", msg("h.signed")),
            Column("first_year", msg("h.from"), "int"),
            Column("last_year", msg("h.to"), "int"),
            Column("first_amount", msg("h.first_year"), "money"),
            Column("currency", msg("h.currency"), in_table=False),
            Column("rule", msg("h.rule"), wrap=True),
            Column("sources", msg("h.sources"), wrap=True, note=SOURCES_NOTE),
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
    )


def audit(rows: Sequence[AuditRow]) -> Report:
    deviations = sum(1 for r in rows if r.status == "deviation")
    checked = sum(1 for r in rows if r.official is not None)
    return Report(
        drop=("capped", "sma", "rate_pct", "difference"),
        title=msg("title.audit"),
        columns=[
            Column("sma", msg("h.sma"), "int"),
            Column("year", msg("h.year"), "int"),
            Column("official", msg("h.official"), "money"),
            Column("computed", msg("h.computed"), "money"),
            Column("currency", msg("h.currency"), in_table=False),
            Column("difference", msg("h.difference"), "money"),
            Column("rate_pct", msg("h.rate"), "rate"),
            Column("capped", msg("h.capped"), "bool"),
            Column("status", msg("h.status"), wrap=True, values="status"),
            Column("source", msg("h.source"), wrap=True, note=SOURCES_NOTE),
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
                "source": r.source,
            }
            for r in rows
        ),
        caption=[msg("audit", checked=checked, deviations=deviations)],
    )


SOURCE_FIELDS = [
    Column("id", msg("h.id")),
    Column("publisher", msg("h.publisher"), wrap=True),
    Column("title", msg("h.title"), wrap=True),
    Column("date", msg("h.date")),
    Column("url", msg("h.url"), wrap=True, fold=True),
    Column("note", msg("h.note"), wrap=True),
]


def sources(data: Dataset, ids: Sequence[str] = ()) -> Report:
    """The publications by id: all of them, one a row, or, given ``ids``, those in full, one field
    a line (the table), so that no title, URL or note is cut."""
    chosen = [(key, data.sources[key]) for key in ids] if ids else sorted(data.sources.items())
    rows = [
        {
            "id": key,
            "publisher": s.publisher,
            "title": s.title or f"[{s.about}]",
            "date": s.date,
            "url": s.url,
            "note": s.note,
        }
        for key, s in chosen
    ]
    full = None
    if ids:
        full = Report(
            title=msg("title.sources"),
            columns=[Column("field", msg("h.field")), Column("value", "", wrap=True, fold=True)],
            rows=[
                {"field": c.header, "value": row[c.key]}
                for row in rows
                for c in SOURCE_FIELDS
                if row[c.key] is not None
            ],
        )
    return Report(
        drop=("note", "date", "publisher"),
        title=msg("title.sources"),
        columns=SOURCE_FIELDS,
        rows=rows,
        table=full,
        caption=[] if ids else [msg("sources.full")],
    )


def update_status(rows: Sequence[Status], folder: str) -> Report:
    """Each series `smacalc update` fetches: its last day or year in use, and where it comes from."""
    return Report(
        drop=("kind", "record_last"),
        title=msg("title.update"),
        columns=[
            Column("series", msg("h.series")),
            Column("kind", msg("h.kind")),
            Column("of", msg("h.of")),
            Column("last", msg("h.last")),
            Column("comes_from", msg("h.comes_from"), wrap=True),
            Column("record_last", msg("h.record_last")),
        ],
        rows=(
            {
                "series": r.series.id,
                "kind": r.series.kind,
                "of": r.series.key,
                "last": r.last,
                "comes_from": r.origin,
                "record_last": r.record_last,
            }
            for r in rows
        ),
        caption=[msg("update", folder=folder)],
    )
