"""The record as reports: the agreements (`list`), the audit of the rules, and the sources."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from smacalc.render.captions import SOURCES_NOTE
from smacalc.render.formats import Column, Report

if TYPE_CHECKING:
    from smacalc.calc.escalation import AuditRow
    from smacalc.record.dataset import Dataset


def agreements(data: Dataset) -> Report:
    return Report(
        drop=("sources", "signed"),
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
            Column("sources", "Sources", wrap=True, note=SOURCES_NOTE),
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
        drop=("capped", "sma", "rate_pct"),
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


SOURCE_FIELDS = [
    Column("id", "Id"),
    Column("publisher", "Publisher", wrap=True),
    Column("title", "Title", wrap=True),
    Column("date", "Date"),
    Column("url", "URL", wrap=True, fold=True),
    Column("note", "Note", wrap=True),
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
            title="Sources",
            columns=[Column("field", "Field"), Column("value", "", wrap=True, fold=True)],
            rows=[
                {"field": c.header, "value": row[c.key]}
                for row in rows
                for c in SOURCE_FIELDS
                if row[c.key] is not None
            ],
        )
    return Report(
        drop=("note", "date", "publisher"),
        title="Sources",
        columns=SOURCE_FIELDS,
        rows=rows,
        table=full,
        caption=[] if ids else ["`smacalc sources ID` shows a source in full, with its note."],
    )
