"""Totals under a projection (project --total): a row per agreement, and per currency where
more than one agreement is in it, with how many of its years rest on each basis, and the line
that says each under the table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from smacalc.render.formats import Column
from smacalc.render.messages import Join, Message, msg

if TYPE_CHECKING:
    from smacalc.calc.escalation import Total
    from smacalc.record.dataset import Dataset

BASES = ("official", "rule", "projected", "scenario")
# The keys a total row adds (csv and json have them only with --total): its years, and how many
# of them rest on each basis; the table says them in the caption.
TOTAL_COLUMNS = [
    Column("years", msg("h.years"), in_table=False),
    *(Column(f"{basis}_years", msg(f"h.{basis}_years"), "int", in_table=False) for basis in BASES),
]


def with_totals(columns: list[Column], totals: Sequence[Total]) -> list[Column]:
    """The columns, with those of a total row where there are totals, before the source."""
    return [*columns[:-1], *TOTAL_COLUMNS, columns[-1]] if totals else columns


def total_row(total: Total) -> dict[str, Any]:
    """A total as a row: basis 'total', no year; its years (``2026-2030``) and how many of them
    rest on each basis (official_years ...)."""
    return {
        "sma": total.sma,
        "amount": total.amount.amount,
        "currency": total.amount.currency,
        "basis": "total",
        "note_mark": "",
        "years": f"{total.first}-{total.last}",
        **{f"{basis}_years": total.bases.get(basis, 0) for basis in BASES},
    }


def total_line(data: Dataset, total: Total) -> Message:
    """A total under the table: its years, the sum, and the years on each basis."""
    years = str(total.first) if total.first == total.last else f"{total.first}-{total.last}"
    bases = Join(
        tuple(
            msg("total.basis.one" if n == 1 else "total.basis.many", count=n, basis=msg(f"v.basis.{basis}"))
            for basis, n in total.bases.items()
        ),
        "comma",
    )
    if total.sma is None:
        return msg("total", years=years, amount=total.amount, bases=bases)
    name = data.agreement(total.sma).name
    return msg("total.of", name=name, sma=total.sma, years=years, amount=total.amount, bases=bases)
