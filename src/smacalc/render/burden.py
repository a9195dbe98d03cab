"""The whole bill and Japan beside Korea, as reports: each figure labelled with what it counts."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from smacalc.calc.burden import HOSTS, MEASURES
from smacalc.money import CURRENCIES, Money, plain
from smacalc.render.captions import SOURCES_NOTE, conversion_line, span
from smacalc.render.formats import Column, Report
from smacalc.render.messages import Text, msg

if TYPE_CHECKING:
    from smacalc.calc.burden import BurdenRow, Lapse, Side
    from smacalc.calc.furlough import Furlough
    from smacalc.record.talks import Event


def _shown(value: Decimal, unit: str) -> Money | str:
    """A figure as a table shows it: money by the one display rule (the renderer's, in the language
    asked for), counts grouped, shares in %."""
    if unit in CURRENCIES:
        return Money(value, unit)
    if unit == "months":
        return f"{value}"
    return f"{value:,}" if unit in ("troops", "workers") else f"{value}%"


def burden(rows: Sequence[BurdenRow]) -> Report:
    return Report(
        drop=("source", "basis", "usd_shown"),
        title=msg("title.burden"),
        columns=[
            Column("host", msg("h.host"), values="host"),
            Column("year", msg("h.year"), "int", in_table=False),
            Column("years", msg("h.years"), in_table=False),
            Column("when", msg("h.years"), in_data=False),
            Column("measure", msg("h.measure"), in_table=False),
            Column("category", msg("h.category"), in_table=False),
            Column("counts", msg("h.counts"), wrap=True),
            Column("amount", msg("h.amount"), in_table=False),
            Column("currency", msg("h.currency"), in_table=False),
            Column("unit", msg("h.unit"), in_table=False),
            Column("shown", msg("h.amount"), in_data=False),
            Column("usd", msg("h.in", currency="USD"), in_table=False),
            Column("usd_shown", msg("h.in", currency="USD"), in_data=False),
            Column("basis", msg("h.basis"), wrap=True),
            Column("source", msg("h.source"), wrap=True, note=SOURCES_NOTE),
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
                "shown": msg("not_published") if r.amount is None else _shown(r.amount, r.unit),
                "usd": r.usd,
                "usd_shown": None if r.usd is None or r.unit == "USD" else Money(r.usd, "USD"),
                "basis": r.basis,
                "source": r.source,
            }
            for r in rows
        ),
        caption=[msg("burden.gao"), msg("burden.totals")],
    )


def compare(rows: Sequence[Side], japan: str = "total") -> Report:
    averaged = sorted({r.year for r in rows if r.average})
    caption: list[Text] = [msg(f"compare.japan.{japan}")]
    caption.append(conversion_line("USD", (r.rate for r in rows), "whose.each_year"))
    if averaged:
        caption.append(msg("compare.average", years=span(averaged)))
    missing = sorted({r.year for r in rows if r.host == "KR"} - {r.year for r in rows if r.host == "JP"})
    if missing:
        caption.append(msg(f"compare.missing.{japan}", years=span(missing)))
    caption.append(msg("compare.troops"))
    caption.append(msg("compare.fiscal"))
    return Report(
        drop=("source", "currency", "average", "troops"),
        title=msg("title.compare"),
        columns=[
            Column("year", msg("h.year"), "int"),
            Column("host", msg("h.host"), values="host"),
            Column("measure", msg("h.measure"), in_table=False),
            Column("amount", msg("h.as_set"), "money"),
            Column("currency", msg("h.currency"), in_table=False),
            Column("usd", msg("h.in", currency="USD"), "estimate", currency_key="usd_currency"),
            Column("usd_currency", msg("h.usd_currency"), in_table=False),
            Column("average", msg("h.average"), "bool"),
            Column("troops", msg("h.troops"), "count"),
            Column("per_troop", msg("h.per_troop"), "estimate", currency_key="usd_currency"),
            Column("source", msg("h.source"), wrap=True, note=SOURCES_NOTE),
        ],
        rows=(
            {
                "year": r.year,
                "host": HOSTS[r.host],
                "measure": r.measure,
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
    if gap.furlough is not None:
        rows += furlough_rows(gap.furlough)
    rows += [
        {
            "item": "2020",
            "what": f"{e.date}: {e.description}",
            "what_ko": f"{e.date}: {e.description_ko}" if e.description_ko else None,
            "value": None,
            "unit": None,
            "basis": "event",
            "source": e.source,
        }
        for e in events
    ]
    return Report(
        drop=("source", "basis"),
        title=msg("title.lapse.many" if gap.months > 1 else "title.lapse.one", months=gap.months, year=gap.year),
        columns=[
            Column("item", msg("h.item"), values="lapse"),
            Column("what", msg("h.what"), wrap=True, ko_key="what_ko"),
            Column("value", msg("h.value"), in_table=False),
            Column("unit", msg("h.unit"), in_table=False),
            Column("shown", msg("h.value"), in_data=False),
            Column("basis", msg("h.basis"), values="figure_basis"),
            Column("source", msg("h.source"), wrap=True, note=SOURCES_NOTE),
        ],
        rows=({**r, "shown": _lapse_value(r)} for r in rows),
        caption=[
            msg("lapse.hypothetical", months=plain(gap.months), year=gap.year),
            msg("lapse.labor"),
            *([msg("lapse.furlough")] if gap.furlough is not None else []),
        ],
    )


def furlough_rows(f: Furlough) -> list[dict[str, object]]:
    """What the furlough cost the furloughed workers, set apart from the hypothetical: the figures
    reported, then what they give, low and high."""
    start, last = f.start.date, f.last_day.isoformat()
    low, high = f.allowance
    rows = [
        _row("furloughed", f"Korean employees of USFK furloughed without pay, {start} to {last}",
             Decimal(f.workers.amount), "workers", "published", f.workers.source),
        _row("furlough months", f"{start} to {last}, each month's days over its length, to 0.01",
             f.months, "months", "computed", f"{f.start.source} {f.end.source}"),
        _row("allowance a month, low", "the living allowance under the special law, as reported",
             Decimal(low.amount), "KRW", "published", low.source),
        _row("allowance a month, high", "the same, the upper end",
             Decimal(high.amount), "KRW", "published", high.source),
        _row("allowance share, low", "the allowance as a share of the average wage, as reported",
             Decimal(f.share[0].amount), "%", "published", f.share[0].source),
        _row("allowance share, high", "the same, as another report gives it",
             Decimal(f.share[1].amount), "%", "published", f.share[1].source),
    ]  # fmt: skip
    for end, (allowance, share) in zip(("low", "high"), f.ends(), strict=True):
        said = f"₩{allowance.amount:,} ÷ {share.amount}%"
        rows += [
            _row(f"lost a month, {end}", f"the wage the allowance implies ({said}) less the allowance",
                 f.lost_a_month(allowance, share).amount, "KRW", "computed", None),
            _row(f"lost each, {end}", "a month's loss × the months, to ₩10,000",
                 f.lost_each(allowance, share).amount, "KRW", "computed", None),
            _row(f"lost in all, {end}", f"a worker's loss × {f.workers.amount:,} workers, to ₩100 million",
                 f.lost_all(allowance, share).amount, "KRW", "computed", None),
        ]  # fmt: skip
    return rows


def _row(item: str, what: str, value: Decimal, unit: str, basis: str, source: str | None) -> dict[str, object]:
    return {"item": item, "what": what, "value": value, "unit": unit, "basis": basis, "source": source}


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


def _lapse_value(row: dict[str, object]) -> Money | str | None:
    value, unit = row["value"], row["unit"]
    return _shown(value, unit) if isinstance(value, Decimal) and isinstance(unit, str) else None
