"""What an export says of the record it holds: the record_info table (the record's date, the
versions, how many payment rows are official, computed by rule or projected, and what the
projections assume), the same in the data package's and Datasette's descriptions, the views of
the payments the SQLite database offers (official_payments, payments_usd), and Datasette's
metadata.json of every table, view and column."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from smacalc import __version__
from smacalc.render.captions import assumption_lines
from smacalc.render.export import EXPORT_VERSION, LICENSE, METADATA_ABOUT, PAYMENT_FIELDS, Field, Table, tables
from smacalc.render.messages import text

if TYPE_CHECKING:
    from smacalc.calc.escalation import ProjectionRow
    from smacalc.record.dataset import Dataset

BASES = ("official", "rule", "projected", "scenario")


def is_projection(row: ProjectionRow) -> bool:
    """Whether a payment rests on an assumed index value (a default or the user's), not on the
    record's published figures."""
    return row.index_use is not None and row.index_use.basis != "published"


class RecordInfo(NamedTuple):
    """One row: what the export holds."""

    smacalc_version: str
    export_version: int
    record_date: str  # the newest source's date: the record is as of then
    newest_source: str
    first_year: int
    last_year: int
    counts: dict[str, int]  # payment rows by basis
    projection: str  # what the projected rows assume, as the captions say it; empty for none

    def sentence(self) -> str:
        """The record in one sentence, for the data package's description."""
        counts = ", ".join(f"{self.counts[b]} {b}" for b in BASES if self.counts[b])
        assumed = f" {self.projection}" if self.projection else ""
        return (
            f"Payments {self.first_year}-{self.last_year} ({counts}), the rates, price and troop levels and the "
            f"talks, each row sourced; the record as of {self.record_date} (its newest source, "
            f"{self.newest_source}); smacalc {self.smacalc_version}, export layout {self.export_version}.{assumed}"
        )


def record_info(data: Dataset, rows: Sequence[ProjectionRow]) -> RecordInfo:
    dated = [(s.date, key) for key, s in data.sources.items() if s.date]
    date, newest = max(dated)
    counts = Counter[str](r.basis for r in rows)
    assumed = assumption_lines(data, ((r.year, u) for r in rows if (u := r.index_use) is not None))
    return RecordInfo(
        __version__,
        EXPORT_VERSION,
        date,
        newest,
        rows[0].year,
        rows[-1].year,
        {b: counts.get(b, 0) for b in BASES},
        " ".join(text(line, "en") for line in assumed),
    )


def info_table(data: Dataset, rows: Sequence[ProjectionRow]) -> Table:
    """record_info: one row saying what the export holds."""
    info = record_info(data, rows)
    return Table(
        "record_info",
        "About this record",
        "One row: the record's date (its newest source's), the versions of smacalc and of the export's layout, "
        "how many payment rows are official, computed by rule, projected or from a scenario, and what the "
        "projected rows assume.",
        (
            Field("smacalc_version", "string", "the smacalc that wrote the export", required=True),
            Field(
                "export_version", "integer", "the layout of the export's tables (PRAGMA user_version)", required=True
            ),
            Field("record_date", "string", "the record as of: its newest source's date", required=True),
            Field("newest_source", "string", "that source (sources.id)", ("sources", "id"), required=True),
            Field("first_year", "integer", "first year of payments", required=True),
            Field("last_year", "integer", "last year of payments", required=True),
            *(Field(f"{b}_rows", "integer", f"payment rows with basis '{b}'", required=True) for b in BASES),
            Field("projection", "string", "what the projected rows assume, in words"),
        ),
        ("smacalc_version",),
        lambda: [
            (
                info.smacalc_version,
                info.export_version,
                info.record_date,
                info.newest_source,
                info.first_year,
                info.last_year,
                *(info.counts[b] for b in BASES),
                info.projection or None,
            )
        ],
    )


class View(NamedTuple):
    name: str
    title: str
    description: str
    columns: dict[str, str]  # name: description, in the view's order
    select: str


VIEWS = (
    View(
        "official_payments",
        "Official payments",
        "The payments as published (basis 'official'): no year computed by a rule or projected.",
        {},  # the columns of payments
        "SELECT * FROM payments WHERE basis = 'official'",
    ),
    View(
        "payments_usd",
        "Payments in US dollars",
        "Every payment with its amount in US dollars: won converted at the year's annual average rate "
        "(exchange_rates, the Federal Reserve's); empty for a year with no published rate, as no rate is assumed.",
        {
            "year": "the year paid",
            "sma": "agreement number",
            "basis": "official, rule, projected or scenario",
            "projected": "1 where the amount rests on an assumed index value",
            "amount": "the amount, whole units of currency",
            "currency": "KRW or USD",
            "krw_per_usd": "the year's annual average won per dollar; empty for a dollar year",
            "amount_usd": "the amount in US dollars, to the cent; empty where the year has no published rate",
            "rate_source": "source of the rate (sources.id)",
        },
        "SELECT p.year, p.sma, p.basis, p.projected, p.amount, p.currency, r.rate AS krw_per_usd, "
        "CASE WHEN p.currency = 'USD' THEN p.amount WHEN r.rate IS NOT NULL THEN round(p.amount / r.rate, 2) "
        "END AS amount_usd, r.source AS rate_source "
        "FROM payments p LEFT JOIN exchange_rates r "
        "ON p.currency = 'KRW' AND r.currency = 'KRW' AND r.year = p.year",
    ),
)


def datasette_metadata(
    data: Dataset, rows: Sequence[ProjectionRow], database: str, others: Mapping[str, Any] | None = None
) -> str:
    """metadata.json for `datasette FILE -m metadata.json`: titles and descriptions of every table
    and column, the licence and the sources; ``others``: the databases an earlier metadata file of
    smacalc's described, kept beside this one."""
    return json.dumps(
        {
            "title": "smacalc: the record of the US-South Korea Special Measures Agreements",
            "description": record_info(data, rows).sentence(),
            "about": METADATA_ABOUT,
            "license": LICENSE,
            "source": "smacalc (see the sources table for every publication)",
            "databases": {
                **{k: v for k, v in (others or {}).items() if k != database},
                database: {
                    "tables": {
                        t.name: {
                            "title": t.title,
                            "description": t.description,
                            "columns": {f.name: f.description for f in t.fields},
                        }
                        for t in tables(data, rows)
                    }
                    | {
                        v.name: {
                            "title": v.title,
                            "description": v.description,
                            "columns": v.columns or {f.name: f.description for f in PAYMENT_FIELDS},
                        }
                        for v in VIEWS
                    }
                },
            },
        },
        ensure_ascii=False,
        indent=2,
    )
