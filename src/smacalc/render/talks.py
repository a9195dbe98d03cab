"""The talks as reports: demand against offer (one, a batch, or the recorded positions of an
agreement) and the timeline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from smacalc.render.captions import RATE_DROP, SOURCES_NOTE, conversion_line, rate_cells, rate_columns, rate_line
from smacalc.render.formats import Column, Report, Row
from smacalc.render.messages import msg

if TYPE_CHECKING:
    from smacalc.calc.talks import Gap, Moment, PositionGap
    from smacalc.record.dataset import Dataset


GAP_COLUMNS = [
    Column("demand", msg("h.demand"), "money"),
    Column("offer", msg("h.offer"), "money"),
    Column("currency", msg("h.currency"), in_table=False),
    Column("difference", msg("h.difference"), "money"),
    Column("ratio", msg("h.ratio"), note=msg("gap.ratio")),
    Column("pct_above", msg("h.above_offer"), "pct"),
    Column("year", msg("h.year"), "int"),
]


def _gap_row(g: Gap) -> dict[str, object]:
    row = rate_cells(g.rate)
    row["demand"] = g.demand.amount
    row["offer"] = g.offer.amount
    row["currency"] = g.demand.currency
    row["difference"] = g.difference.amount
    row["ratio"] = g.ratio
    row["pct_above"] = g.pct_above
    row["year"] = None if g.rate is None else g.rate.year
    return row


def _batch_row(line: int, g: Gap) -> Row:
    row = _gap_row(g)
    row["line"] = line
    return row


def gaps(rows: Sequence[Gap]) -> Report:
    return Report(
        drop=(*RATE_DROP, "year", "difference"),
        title=msg("title.gaps"),
        columns=[*GAP_COLUMNS, *rate_columns(g.rate for g in rows)],
        rows=(_gap_row(g) for g in rows),
        caption=[*dict.fromkeys(rate_line(g.rate) for g in rows)],
    )


def batch_gaps(rows: Iterable[tuple[int, Gap]]) -> Report:
    """Gaps of a batch, one per input row, produced as the input is read."""
    return Report(
        drop=(*RATE_DROP, "year", "difference"),
        title=msg("title.batch_gaps"),
        columns=[Column("line", msg("h.line"), "int"), *GAP_COLUMNS, *rate_columns((), every=True)],
        rows=(_batch_row(line, g) for line, g in rows),
        caption=[msg("gap.batch")],
    )


def position_gaps(data: Dataset, rows: Sequence[PositionGap], sma: int) -> Report:
    currency = rows[0].amount.currency if rows else data.agreement(sma).currency
    return Report(
        drop=("source", "baseline", "agreed", "for_year", "party", "ratio_to_agreed"),
        title=msg("title.positions", name=data.agreement(sma).name, sma=sma),
        columns=[
            Column("date", msg("h.date")),
            Column("party", msg("h.party")),
            Column("description", msg("h.position"), wrap=True),
            Column(
                "stated_amount",
                msg("h.as_stated"),
                "money",
                currency_key="stated_currency",
                note=msg("positions.stated"),
            ),
            Column("stated_currency", msg("h.stated_in"), in_table=False),
            Column("amount", msg("h.in", currency=currency), "estimate"),
            Column("currency", msg("h.currency"), in_table=False),
            Column("stated_pct", msg("h.stated_pct"), "pct", in_table=False),
            Column("for_year", msg("h.for"), "int"),
            Column("baseline_year", msg("h.baseline_year"), "int", in_table=False),
            Column("baseline", msg("h.baseline"), "money", note=msg("positions.baseline")),
            Column("pct_above_baseline", msg("h.above_baseline"), "pct"),
            Column("agreed", msg("h.agreed"), "money", note=msg("positions.agreed")),
            Column("ratio_to_agreed", msg("h.x_agreed")),
            *rate_columns((g.rate for g in rows), in_table=False),
            Column("source", msg("h.source"), wrap=True, note=SOURCES_NOTE),
        ],
        rows=(
            {
                "date": g.position.date,
                "party": g.position.party,
                "description": g.position.description,
                "stated_amount": None if g.position.amount is None else g.position.amount.amount,
                "stated_currency": None if g.position.amount is None else g.position.amount.currency,
                "amount": g.amount.amount,
                "currency": g.amount.currency,
                "stated_pct": g.position.pct,
                "for_year": g.position.for_year,
                "baseline_year": g.baseline.year,
                "baseline": g.baseline_amount.amount,
                "pct_above_baseline": g.pct_above_baseline,
                "agreed": g.agreed_amount.amount,
                "ratio_to_agreed": g.ratio_to_agreed,
                **rate_cells(g.rate),
                "source": g.position.source,
            }
            for g in rows
        ),
        caption=[conversion_line(currency, (g.rate for g in rows), "whose.position"), msg("positions.pct")],
    )


def history(moments: Sequence[Moment], sma: int | None) -> Report:
    return Report(
        drop=("source", "end", "sma", "place", "kind"),
        title=msg("title.history") if sma is None else msg("title.history_of", sma=sma),
        columns=[
            Column("date", msg("h.date")),
            Column("date_precision", msg("h.precision"), in_table=False, values="precision"),
            Column("end", msg("h.until")),
            Column("sma", msg("h.sma"), "int"),
            Column("kind", msg("h.kind"), values="event"),
            Column("party", msg("h.party"), in_table=False),
            Column("place", msg("h.place"), values="place"),
            Column("description", msg("h.what"), wrap=True, ko_key="description_ko"),
            Column("amount", msg("h.amount"), "money"),
            Column("currency", msg("h.currency"), in_table=False),
            Column("source", msg("h.source"), wrap=True, note=SOURCES_NOTE),
        ],
        rows=(
            {
                "date": m.date,
                "date_precision": "day" if len(m.date) == 10 else "month",
                "end": m.end,
                "sma": m.sma,
                "kind": m.kind,
                "party": m.party,
                "place": m.place,
                "description": m.description,
                "description_ko": m.description_ko,  # not a row key: what a Korean table shows
                "amount": None if m.amount is None else m.amount.amount,
                "currency": None if m.amount is None else m.amount.currency,
                "source": m.source,
            }
            for m in moments
        ),
        caption=[msg("history")],
    )
