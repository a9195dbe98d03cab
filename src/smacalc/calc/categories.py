"""What the SMA pays for: each year's amount split into its three cost categories (labor, military
construction, logistics) where a ministry published the split; nothing is interpolated. Pure
functions, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from smacalc.calc.escalation import ProjectionRow, project
from smacalc.money import Money
from smacalc.record.dataset import Dataset

CATEGORIES = ("labor", "construction", "logistics")
Status = Literal["published", "partial", "differs", "not in the record"]


@dataclass(frozen=True)
class Split:
    """One year's payment and the parts of it published, by category."""

    row: ProjectionRow
    parts: dict[str, Money]
    sources: tuple[str, ...]

    @property
    def status(self) -> Status:
        if not self.parts:
            return "not in the record"
        if len(self.parts) < len(CATEGORIES):
            return "partial"
        total = sum((p.amount for p in self.parts.values()), Decimal(0))
        return "published" if total == self.row.amount.amount else "differs"

    def share(self, category: str) -> Decimal | None:
        """The category's share of the year's payment, %, to 0.1."""
        part = self.parts.get(category)
        if part is None or part.currency != self.row.amount.currency:
            return None
        return (part.amount / self.row.amount.amount * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def categories(data: Dataset, sma: int | None = None, years: tuple[int, int] | None = None) -> list[Split]:
    """Every year of the record (or of agreement ``sma``; ``years``: those of them) with the parts
    published for it."""
    out = []
    for row in project(data, sma=sma, years=years):
        found = {c: data.categories[(row.year, c)] for c in CATEGORIES if (row.year, c) in data.categories}
        parts = {c: Money(Decimal(v.amount), "KRW") for c, v in found.items()}
        out.append(Split(row, parts, tuple(dict.fromkeys(v.source for v in found.values()))))
    return out
