"""The record as tables for other tools: one SQLite database (with a Datasette metadata.json) or a
Frictionless data package (CSV files and datapackage.json), built from the same table definitions.

Amounts are exact: whole won, dollars and yen as integers (every payment, position and rate-free
figure of the record is whole); rates, percentages and price levels are numbers, as REAL in SQLite
(each published decimal has at most 15 significant digits, so the float reads back as published;
the export checks it) and as the published decimal in the data package's CSV."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from smacalc.errors import DataError
from smacalc.money import plain
from smacalc.record.prices import DAILY_SOURCES

if TYPE_CHECKING:
    from smacalc.calc.escalation import ProjectionRow
    from smacalc.record.dataset import Dataset
    from smacalc.record.prices import DailyRates

FieldType = Literal["integer", "string", "boolean", "date", "decimal"]
Cell = int | str | float | None
LICENSE = "Figures from public sources, each row citing its source; see the sources table"
APPLICATION_ID = 0x534D4143  # "SMAC": PRAGMA application_id of every database smacalc exports
EXPORT_VERSION = 2  # PRAGMA user_version: the layout of the export's tables (2: numbers as REAL, record_info)
METADATA_ABOUT = "smacalc export"  # the "about" of the Datasette metadata smacalc writes
_SQL = {"integer": "INTEGER", "string": "TEXT", "boolean": "INTEGER", "date": "TEXT", "decimal": "REAL"}


@dataclass(frozen=True)
class Field:
    name: str
    type: FieldType
    description: str
    references: tuple[str, str] | None = None  # (table, field)
    required: bool = False


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    rows: Callable[[], Iterable[tuple[Cell, ...]]]


def _source(description: str = "id of the source (sources.id)") -> Field:
    return Field("source", "string", description, ("sources", "id"), required=True)


_YEAR = Field("year", "integer", "the year", required=True)
_NOTE = Field("note", "string", "the record's note")
_RATE_CURRENCY = Field("currency", "string", "KRW, EUR, CNY or JPY", required=True)
_RATE = Field("rate", "decimal", "units per US dollar; for EUR, US dollars per euro", required=True)


PAYMENT_FIELDS = (
    Field("year", "integer", "the year paid", required=True),
    Field("sma", "integer", "agreement number", ("agreements", "number"), required=True),
    Field("amount", "integer", "the amount, whole units of currency", required=True),
    Field("currency", "string", "KRW or USD", required=True),
    Field("change_pct", "decimal", "change on the previous year, %, to 0.1"),
    Field("basis", "string", "official, rule, projected or scenario", required=True),
    Field("rate_pct", "decimal", "the escalation rate the rule applied, %"),
    Field("capped", "boolean", "1 where the cap held the rate"),
    Field("projected", "boolean", "1 where the amount rests on an assumed index value (a projection)"),
    Field("note", "string", "the record's note on the figure"),
    Field("source", "string", "source of the amount or of the index value used", ("sources", "id")),
)


def _cells(fields: Sequence[Field], row: Mapping[str, Any]) -> tuple[Cell, ...]:
    """A row's values (as the formats have them) as the export's cells, by each field's type:
    whole amounts as integers, decimals as their exact text, booleans as 0 or 1."""
    out: list[Cell] = []
    for f in fields:
        value = row.get(f.name)
        if value is None or f.type in ("string", "date"):
            out.append(value)
        elif f.type == "boolean":
            out.append(int(value))
        elif f.type == "integer":
            out.append(_whole(value, f"{f.name} {value}") if isinstance(value, Decimal) else int(value))
        else:
            out.append(_text(value))
    return tuple(out)


def _whole(value: Decimal, what: str) -> int:
    if value != value.to_integral_value():
        raise DataError(f"{what} {plain(value)} is not whole; the export keeps whole units as integers")
    return int(value)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else plain(value)


def tables(data: Dataset, rows: Sequence[ProjectionRow]) -> list[Table]:
    """Every table of the record, in an order that satisfies the foreign keys; ``rows``: the
    payments as `project` computes them (payment_row gives each its cells, as every format has them)."""
    from smacalc.render.payments import payment_row
    from smacalc.render.record_info import info_table, is_projection

    agreements = data.agreements
    positions = data.positions
    return [
        Table(
            "sources",
            "Sources",
            "The publications every figure comes from, by the id the other tables cite.",
            (
                Field("id", "string", "source id", required=True),
                Field("publisher", "string", "who published it", required=True),
                Field("title", "string", "its title, where known"),
                Field("about", "string", "what it reports, where the title is not known"),
                Field("date", "string", "publication date, YYYY-MM-DD or YYYY-MM"),
                Field("url", "string", "where to read it"),
                Field("note", "string", "what the record takes from it"),
            ),
            ("id",),
            lambda: ((k, s.publisher, s.title, s.about, s.date, s.url, s.note) for k, s in data.sources.items()),
        ),
        Table(
            "agreements",
            "Special Measures Agreements",
            "Each agreement: its years, first-year amount and escalation rule.",
            (
                Field("number", "integer", "agreement number (1-12)", required=True),
                Field("name", "string", "its name", required=True),
                Field("signed", "string", "date signed"),
                Field("first_year", "integer", "first year paid", required=True),
                Field("last_year", "integer", "last year paid", required=True),
                Field("first_amount", "integer", "first year's amount, whole units of currency", required=True),
                Field("currency", "string", "KRW or USD", required=True),
                Field("rule", "string", "the escalation rule, in words"),
                Field("source", "string", "source of the first year's amount", ("sources", "id")),
            ),
            ("number",),
            lambda: (
                (
                    a.number,
                    a.name,
                    a.signed,
                    a.first,
                    a.last,
                    _whole(a.first_year.amount.amount, f"{a.name} first-year amount"),
                    a.currency,
                    a.rule_text,
                    a.first_year.source,
                )
                for a in agreements
            ),
        ),
        Table(
            "payments",
            "Payments by year",
            "What Korea paid (or will pay) each year: the rows of `smacalc project`, with basis and source.",
            PAYMENT_FIELDS,
            ("year",),
            lambda: (_cells(PAYMENT_FIELDS, {**payment_row(r), "projected": is_projection(r)}) for r in rows),
        ),
        *_price_tables(data),
        Table(
            "positions",
            "Demands and offers",
            "The demands and offers of the talks, as reported (`smacalc gap --sma N`).",
            (
                Field("id", "integer", "row number, in date order", required=True),
                Field("sma", "integer", "agreement number", ("agreements", "number"), required=True),
                Field("date", "string", "when it was put, YYYY-MM-DD or YYYY-MM", required=True),
                Field("party", "string", "US or ROK", required=True),
                Field("description", "string", "the position in words", required=True),
                Field("amount", "integer", "the amount stated, whole units of currency"),
                Field("currency", "string", "the currency stated"),
                Field("pct", "decimal", "the increase stated, %"),
                Field("for_year", "integer", "the year it was for", required=True),
                _NOTE,
                _source(),
            ),
            ("id",),
            lambda: (
                (
                    i,
                    p.sma,
                    p.date,
                    p.party,
                    p.description,
                    None if p.amount is None else _whole(p.amount.amount, "a position's amount"),
                    None if p.amount is None else p.amount.currency,
                    _text(p.pct),
                    p.for_year,
                    p.note,
                    p.source,
                )
                for i, p in enumerate(positions, start=1)
            ),
        ),
        Table(
            "events",
            "Events of the talks",
            "Rounds, agreements, ratifications and statements (`smacalc history`).",
            (
                Field("id", "integer", "row number, in date order", required=True),
                Field("sma", "integer", "agreement number", ("agreements", "number"), required=True),
                Field("date", "string", "YYYY-MM-DD or YYYY-MM", required=True),
                Field("end", "string", "last day, for a round of several days"),
                Field("kind", "string", "round, agreed, signed, ratified, in_force or statement", required=True),
                Field("place", "string", "where"),
                Field("description", "string", "what happened", required=True),
                _source(),
            ),
            ("id",),
            lambda: (
                (i, e.sma, e.date, e.end, e.kind, e.place, e.description, e.source)
                for i, e in enumerate(data.events, start=1)
            ),
        ),
        info_table(data, rows),
    ]


def _series_table(
    name: str, title: str, description: str, value: tuple[str, Field], rows: Callable[[], Iterable[tuple[Cell, ...]]]
) -> Table:
    """A table of one value a series and year, with its note and source."""
    series = Field("series", "string", value[0], required=True)
    return Table(name, title, description, (series, _YEAR, value[1], _NOTE, _source()), ("series", "year"), rows)


def _price_tables(data: Dataset) -> list[Table]:
    daily = data.daily_rates
    return [
        _series_table(
            "index_values",
            "Index values",
            "Korean CPI inflation and ROK defense-budget growth per year, % (the escalation rules' inputs).",
            ("cpi or defense_growth", Field("pct", "decimal", "the value, %, as published", required=True)),
            lambda: ((v.series, v.year, plain(v.pct), v.note, v.source) for v in data.indices.values()),
        ),
        Table(
            "exchange_rates",
            "Annual exchange rates",
            "Annual average rates against the US dollar, as the Federal Reserve quotes them (G.5A).",
            (
                _RATE_CURRENCY,
                _YEAR,
                _RATE,
                _source(),
            ),
            ("currency", "year"),
            lambda: ((r.currency, r.year, plain(r.rate), r.source) for r in data.rates.values()),
        ),
        Table(
            "daily_rates",
            "Daily exchange rates",
            "Noon buying rates in New York (H.10), one row a currency and published day.",
            (
                Field("date", "date", "the day", required=True),
                _RATE_CURRENCY,
                _RATE,
                _source(),
            ),
            ("date", "currency"),
            lambda: _daily_rows(daily),
        ),
        _series_table(
            "price_levels",
            "Price levels",
            "Korean CPI (2020=100) and US CPI-U annual averages, for real terms.",
            ("kr_cpi or us_cpi", Field("level", "decimal", "the index level", required=True)),
            lambda: ((v.series, v.year, plain(v.level), v.note, v.source) for v in data.levels.values()),
        ),
        Table(
            "categories",
            "Cost categories",
            "The SMA amount by cost category, where the ministry published the split (`smacalc categories`).",
            (
                _YEAR,
                Field("category", "string", "labor, construction or logistics", required=True),
                Field("amount", "integer", "whole won", required=True),
                _NOTE,
                _source(),
            ),
            ("year", "category"),
            lambda: ((c.year, c.category, c.amount, c.note, c.source) for c in data.categories.values()),
        ),
        Table(
            "burden",
            "The bill around the SMA",
            "Korea's and Japan's figures of the whole bill (GAO-21-270) and Japan's own SMAs (`smacalc burden`).",
            (
                Field("id", "integer", "row number", required=True),
                Field("host", "string", "KR or JP", required=True),
                Field("first_year", "integer", "first year covered", required=True),
                Field("last_year", "integer", "last year covered", required=True),
                Field(
                    "measure",
                    "string",
                    "dod_obligations, host_direct, host_sma, hns_total, hns_sma, us_troops or korean_workers",
                    required=True,
                ),
                Field("amount", "integer", "whole units of `unit`", required=True),
                Field("unit", "string", "USD, JPY, KRW or troops", required=True),
                _NOTE,
                _source(),
            ),
            ("id",),
            lambda: (
                (i, b.host, b.first_year, b.last_year, b.measure, b.amount, b.unit, b.note, b.source)
                for i, b in enumerate(data.burden, start=1)
            ),
        ),
        Table(
            "troop_levels",
            "US troops in Korea",
            "The US troop level in Korea per year, by measure, with what each figure counts.",
            (
                _YEAR,
                Field("measure", "string", "count (DoD's count) or stated (the level stated)", required=True),
                Field("troops", "integer", "number of US troops", required=True),
                Field("counts", "string", "what the figure counts", required=True),
                _NOTE,
                _source(),
            ),
            ("year", "measure"),
            lambda: ((t.year, t.measure, t.troops, t.counts, t.note, t.source) for t in data.troop_levels.values()),
        ),
    ]


def _daily_rows(daily: DailyRates) -> Iterator[tuple[Cell, ...]]:
    for currency, (days, values) in daily.series.items():
        for day, value in zip(days, values, strict=True):
            yield day, currency, value, DAILY_SOURCES[currency]


def _real(cell: Cell) -> Cell:
    """A decimal cell (its exact text) as a float that reads back as the same decimal."""
    if cell is None:
        return None
    number = float(cell)
    if Decimal(repr(number)) != Decimal(str(cell)):
        raise DataError(f"export: {cell} has more digits than a REAL keeps")
    return number


def sqlite_bytes(data: Dataset, rows: Sequence[ProjectionRow]) -> bytes:
    """The record as one SQLite database with its views, foreign keys checked before it is returned."""
    from smacalc.render.record_info import VIEWS

    db = sqlite3.connect(":memory:")
    db.execute("pragma foreign_keys = on")
    db.execute(f"pragma application_id = {APPLICATION_ID}")
    db.execute(f"pragma user_version = {EXPORT_VERSION}")
    for table in tables(data, rows):
        columns = [f'"{f.name}" {_SQL[f.type]}{" NOT NULL" if f.required else ""}' for f in table.fields]
        keys = ", ".join(f'"{k}"' for k in table.primary_key)
        refs = [
            f'FOREIGN KEY ("{f.name}") REFERENCES "{f.references[0]}" ("{f.references[1]}")'
            for f in table.fields
            if f.references
        ]
        db.execute(f'CREATE TABLE "{table.name}" ({", ".join([*columns, f"PRIMARY KEY ({keys})", *refs])})')
        marks = ", ".join("?" * len(table.fields))
        real = [f.type == "decimal" for f in table.fields]
        cells = (tuple(_real(c) if r else c for c, r in zip(row, real, strict=True)) for row in table.rows())
        try:
            db.executemany(f'INSERT INTO "{table.name}" VALUES ({marks})', cells)
        except sqlite3.IntegrityError as exc:
            raise DataError(f"export: table {table.name}: {exc}") from None
    for view in VIEWS:
        db.execute(f'CREATE VIEW "{view.name}" AS {view.select}')
    problems = db.execute("pragma foreign_key_check").fetchall()
    if problems:
        raise DataError(f"export: {len(problems)} rows cite a missing key, first {problems[0]}")
    db.commit()
    return db.serialize()
