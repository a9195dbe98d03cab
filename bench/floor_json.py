"""Start-up floor for ``smacalc project --format json``.

Run by bench/startup.py (or by hand: ``python bench/floor_json.py``). It does the least a
click + pydantic CLI printing JSON must do: import click and pydantic, define one pydantic model
(with a Decimal field), validate seven rows and print them as a JSON array from a click command.
Nothing smacalc-specific is imported, so its run time is the floor smacalc's JSON path is
compared with.
"""

from __future__ import annotations

from decimal import Decimal

import click
from pydantic import BaseModel


class Payment(BaseModel):
    """One row, shaped like a row of ``smacalc project``."""

    sma: int
    year: int
    amount: Decimal
    currency: str
    change_pct: Decimal | None = None
    basis: str
    source: str


def rows() -> list[Payment]:
    """Seven validated rows (built from plain dicts, so pydantic validation really runs)."""
    amounts = [
        "1038900000000",
        "1183300000000",
        "1247200000000",
        "1289600000000",
        "1346300000000",
        "1402800000000",
        "1439500000000",
    ]
    return [
        Payment.model_validate(
            {
                "sma": 11,
                "year": 2020 + i,
                "amount": amount,
                "currency": "KRW",
                "change_pct": "3.4",
                "basis": "rule",
                "source": "mnd-budget-trend",
            }
        )
        for i, amount in enumerate(amounts)
    ]


@click.command()
def main() -> None:
    """Print seven rows as a JSON array, one object a line."""
    lines = [row.model_dump_json() for row in rows()]
    click.echo("[\n " + ",\n ".join(lines) + "\n]")


if __name__ == "__main__":
    main()
