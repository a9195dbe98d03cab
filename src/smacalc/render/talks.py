"""The talks as reports: demand against offer (one, a batch, or the recorded positions of an
agreement) and the timeline."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from smacalc.render.captions import RATE_DROP, SOURCES_NOTE, conversion_line, rate_cells, rate_columns, rate_line
from smacalc.render.formats import Column, Report, Row

if TYPE_CHECKING:
    from smacalc.calc.talks import Gap, Moment, PositionGap
    from smacalc.record.dataset import Dataset


GAP_NOTE = "ratio = demand ÷ offer; above offer = (ratio - 1) × 100."
GAP_COLUMNS = [
    Column("demand", "Demand", "money"),
    Column("offer", "Offer", "money"),
    Column("currency", "Currency", in_table=False),
    Column("difference", "Difference", "money"),
    Column("ratio", "Ratio", note=GAP_NOTE),
    Column("pct_above", "Above offer", "pct"),
    Column("year", "Year", "int"),
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
        title="Demand against offer",
        columns=[*GAP_COLUMNS, *rate_columns(g.rate for g in rows)],
        rows=(_gap_row(g) for g in rows),
        caption=[*dict.fromkeys(rate_line(g.rate) for g in rows)],
    )


def batch_gaps(rows: Iterable[tuple[int, Gap]]) -> Report:
    """Gaps of a batch, one per input row, produced as the input is read."""
    return Report(
        drop=(*RATE_DROP, "year", "difference"),
        title="Demand against offer, by input line",
        columns=[Column("line", "Line", "int"), *GAP_COLUMNS, *rate_columns((), every=True)],
        rows=(_batch_row(line, g) for line, g in rows),
        caption=[
            "Each row converted at its year's annual average rate (krw_per_usd; sources in rates.csv) or its own rate.",
        ],
    )


def position_gaps(data: Dataset, rows: Sequence[PositionGap], sma: int) -> Report:
    currency = rows[0].amount.currency if rows else data.agreement(sma).currency
    return Report(
        drop=("source", "baseline", "agreed", "for_year", "party", "ratio_to_agreed"),
        title=f"{data.agreement(sma).name}: demands and offers",
        columns=[
            Column("date", "Date"),
            Column("party", "Party"),
            Column("description", "Position", wrap=True),
            Column(
                "stated_amount",
                "As stated",
                "money",
                currency_key="stated_currency",
                note="As stated: the figure as the party stated it (none where it was only a percentage).",
            ),
            Column("stated_currency", "Stated in", in_table=False),
            Column("amount", f"In {currency}", "estimate"),
            Column("currency", "Currency", in_table=False),
            Column("stated_pct", "Stated %", "pct", in_table=False),
            Column("for_year", "For", "int"),
            Column("baseline_year", "Baseline year", "int", in_table=False),
            Column(
                "baseline",
                "Baseline",
                "money",
                note="Baseline: the amount in force when the position was taken (that year, or the year before "
                "'For' if earlier).",
            ),
            Column("pct_above_baseline", "Above baseline", "pct"),
            Column("agreed", "Agreed", "money", note="Agreed: the amount finally paid for 'For'."),
            Column("ratio_to_agreed", "× agreed"),
            *rate_columns((g.rate for g in rows), in_table=False),
            Column("source", "Source", wrap=True, note=SOURCES_NOTE),
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
        caption=[
            conversion_line(currency, (g.rate for g in rows), "the year each position was taken"),
            "A position stated as a percentage is applied to its baseline.",
        ],
    )


def history(moments: Sequence[Moment], sma: int | None) -> Report:
    return Report(
        drop=("source", "end", "sma", "place", "kind"),
        title="The talks, in date order" if sma is None else f"SMA {sma}: the talks, in date order",
        columns=[
            Column("date", "Date"),
            Column("date_precision", "Precision", in_table=False),
            Column("end", "Until"),
            Column("sma", "SMA", "int"),
            Column("kind", "Kind"),
            Column("party", "Party", in_table=False),
            Column("place", "Place"),
            Column("description", "What", wrap=True),
            Column("amount", "Amount", "money"),
            Column("currency", "Currency", in_table=False),
            Column("source", "Source", wrap=True, note=SOURCES_NOTE),
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
                "amount": None if m.amount is None else m.amount.amount,
                "currency": None if m.amount is None else m.amount.currency,
                "source": m.source,
            }
            for m in moments
        ),
        caption=[
            "Signings come from the agreements; rounds, statements, demands and offers from the record.",
        ],
    )
