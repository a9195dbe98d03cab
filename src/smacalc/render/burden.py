"""The whole bill and Japan beside Korea, as reports: each figure labelled with what it counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from smacalc.calc.burden import HOSTS, MEASURES
from smacalc.money import CURRENCIES, Money
from smacalc.render.captions import SOURCES_NOTE, conversion_line, span
from smacalc.render.formats import Column, Report

if TYPE_CHECKING:
    from smacalc.calc.burden import BurdenRow, Side


def _shown(r: BurdenRow) -> str:
    if r.unit in CURRENCIES:
        return Money(r.value, r.unit).human()
    return f"{r.value:,}" if r.unit == "troops" else f"{r.value}%"


def burden(rows: Sequence[BurdenRow]) -> Report:
    return Report(
        drop=("source", "basis", "per_year"),
        title="The bill around the SMA",
        columns=[
            Column("host", "Host"),
            Column("measure", "Measure", in_table=False),
            Column("counts", "What it counts", wrap=True),
            Column("first_year", "From", "int"),
            Column("last_year", "To", "int"),
            Column("value", "Value", in_table=False),
            Column("unit", "Unit", in_table=False),
            Column("shown", "Value", in_data=False),
            Column("per_year", "A year (average)", in_table=False),
            Column("basis", "Basis", wrap=True),
            Column("source", "Source", wrap=True, note=SOURCES_NOTE),
        ],
        rows=(
            {
                "host": r.host,
                "measure": r.measure,
                "counts": MEASURES[r.measure],
                "first_year": r.first_year,
                "last_year": r.last_year,
                "value": r.value,
                "unit": r.unit,
                "shown": _shown(r),
                "per_year": r.per_year,
                "basis": r.basis,
                "source": r.source,
            }
            for r in rows
        ),
        caption=[
            "GAO-21-270 counts, for 2016-2019, DOD's obligations from the four services' funds and the host's "
            "direct support (cash and in kind); indirect support (forgone rents, waived taxes) is not in these totals.",
            "A year (average): a multi-year total divided by its years, not a published annual figure.",
        ],
    )


def compare(rows: Sequence[Side]) -> Report:
    averaged = sorted({r.year for r in rows if r.average})
    caption = [conversion_line("USD", (r.rate for r in rows), "each year")]
    if averaged:
        caption.append(
            f"Japan, {span(averaged)}: each year is its agreement's total divided by its years, "
            "not a published annual figure (average = true)."
        )
    caption.append("Per troop: Korea by each year's troop level (troops.csv); Japan by the 55,000 of GAO-21-270.")
    return Report(
        drop=("source", "currency", "average", "troops"),
        title="Korea's SMA beside Japan's host-nation support",
        columns=[
            Column("year", "Year", "int"),
            Column("host", "Host"),
            Column("amount", "As set", "money"),
            Column("currency", "Currency", in_table=False),
            Column("usd", "In USD", "estimate", currency_key="usd_currency"),
            Column("usd_currency", "USD", in_table=False),
            Column("average", "Average", "bool"),
            Column("troops", "Troops", "count"),
            Column("per_troop", "Per troop", "estimate", currency_key="usd_currency"),
            Column("source", "Source", wrap=True, note=SOURCES_NOTE),
        ],
        rows=(
            {
                "year": r.year,
                "host": HOSTS[r.host],
                "amount": r.amount.amount,
                "currency": r.amount.currency,
                "usd": r.usd.amount,
                "usd_currency": "USD",
                "average": r.average,
                "troops": r.troops,
                "per_troop": None if r.per_troop is None else r.per_troop.amount,
                "source": r.source,
            }
            for r in rows
        ),
        caption=caption,
    )
