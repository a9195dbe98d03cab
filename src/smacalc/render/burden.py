"""The whole bill and Japan beside Korea, as reports: each figure labelled with what it counts."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from smacalc.calc.burden import HOSTS, MEASURES
from smacalc.money import CURRENCIES, Money
from smacalc.render.captions import SOURCES_NOTE, conversion_line, span
from smacalc.render.formats import Column, Report

if TYPE_CHECKING:
    from smacalc.calc.burden import BurdenRow, Lapse, Side
    from smacalc.record.talks import Event


def _shown(value: Decimal, unit: str) -> str:
    """A figure as a table shows it: money by the one display rule, counts grouped, shares in %."""
    if unit in CURRENCIES:
        return Money(value, unit).human()
    return f"{value:,}" if unit in ("troops", "workers") else f"{value}%"


def burden(rows: Sequence[BurdenRow]) -> Report:
    return Report(
        drop=("source", "basis", "usd_shown"),
        title="The bill around the SMA",
        columns=[
            Column("host", "Host"),
            Column("year", "Year", "int", in_table=False),
            Column("years", "Years", in_table=False),
            Column("when", "Years", in_data=False),
            Column("measure", "Measure", in_table=False),
            Column("category", "Category", in_table=False),
            Column("counts", "What it counts", wrap=True),
            Column("amount", "Amount", in_table=False),
            Column("currency", "Currency", in_table=False),
            Column("unit", "Unit", in_table=False),
            Column("shown", "Amount", in_data=False),
            Column("usd", "In USD", in_table=False),
            Column("usd_shown", "In USD", in_data=False),
            Column("basis", "Basis", wrap=True),
            Column("source", "Source", wrap=True, note=SOURCES_NOTE),
        ],
        rows=(
            {
                "host": r.host,
                "year": r.year,
                "years": r.years,
                "when": r.years or str(r.year),
                "measure": r.measure,
                "category": r.category,
                "counts": MEASURES[r.measure],
                "amount": r.amount,
                "currency": r.currency,
                "unit": r.unit,
                "shown": "not published" if r.amount is None else _shown(r.amount, r.unit),
                "usd": r.usd,
                "usd_shown": None if r.usd is None or r.unit == "USD" else Money(r.usd, "USD").human(),
                "basis": r.basis,
                "source": r.source,
            }
            for r in rows
        ),
        caption=[
            "GAO-21-270 counts, for 2016-2019, DOD's obligations from the four services' funds and the host's "
            "direct support (cash and in kind); it names the hosts' indirect support (forgone rents, waived taxes) "
            "but gives no total, so that row is empty.",
            "Multi-year totals are shown as published, over their years (Years), not divided into years; "
            "In USD converts yen and won each year at its average rate (rates.csv).",
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
    caption.append("Japan's figures are of Japanese fiscal years (April to March), set beside calendar years.")
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


def lapse(gap: Lapse, events: Sequence[Event]) -> Report:
    """A lapse of the SMA, item by item, then what happened in 2020."""
    split = gap.split
    labor = split.parts["labor"]
    rows: list[dict[str, object]] = [
        _item(
            "amount in force",
            f"{gap.in_force.year} payment, the last agreement's amount",
            gap.in_force.amount,
            gap.in_force.source,
        ),
        _item(
            "labor share",
            f"labor's share of the {split.row.year} split ({labor.human()} of "
            f"{split.row.amount.human()}), the latest published",
            None,
            " ".join(split.sources),
            value=(gap.labor_share * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP),
            unit="%",
        ),
        _item("labor line", "the amount in force × the labor share, to ₩100 million", gap.labor_line, None),
        _item("unfunded", f"the labor line × {gap.months}/12 months with no agreement", gap.unfunded, None),
    ]
    if gap.workers is not None:
        rows.append(
            _item(
                "workers",
                f"Korean employees of USFK, {gap.workers.first_year}",
                None,
                gap.workers.source,
                value=Decimal(gap.workers.amount),
                unit="workers",
            )
        )
        per = gap.per_worker_month
        if per is not None:
            rows.append(_item("per worker a month", "the labor line ÷ workers ÷ 12, to ₩10,000", per, None))
    rows += [
        {
            "item": "2020",
            "what": f"{e.date}: {e.description}",
            "value": None,
            "unit": None,
            "basis": "event",
            "source": e.source,
        }
        for e in events
    ]
    return Report(
        drop=("source", "basis"),
        title=f"A lapse of {gap.months} month{'s' if gap.months > 1 else ''} in {gap.year}",
        columns=[
            Column("item", "Item"),
            Column("what", "What", wrap=True),
            Column("value", "Value", in_table=False),
            Column("unit", "Unit", in_table=False),
            Column("shown", "Value", in_data=False),
            Column("basis", "Basis"),
            Column("source", "Source", wrap=True, note=SOURCES_NOTE),
        ],
        rows=({**r, "shown": _lapse_value(r)} for r in rows),
        caption=[
            "The labor line is the SMA's part of the wages of Korean employees of USFK (paid in cash), not the "
            "whole wage bill, which the US shares; the split is the latest the ministry published, applied to "
            "the amount in force: an assumption, as the split of later years is not on record.",
        ],
    )


def _item(
    item: str,
    what: str,
    money: Money | None,
    source: str | None,
    *,
    value: Decimal | None = None,
    unit: str | None = None,
) -> dict[str, object]:
    return {
        "item": item,
        "what": what,
        "value": money.amount if money is not None else value,
        "unit": money.currency if money is not None else unit,
        "basis": "published" if source else "computed",
        "source": source,
    }


def _lapse_value(row: dict[str, object]) -> str | None:
    value, unit = row["value"], row["unit"]
    return _shown(value, unit) if isinstance(value, Decimal) and isinstance(unit, str) else None
