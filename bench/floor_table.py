"""Start-up floor for ``smacalc project --format table``.

Run by bench/startup.py (or by hand: ``python bench/floor_table.py``). The same as
floor_json.py -- click, pydantic, one model with a Decimal field, seven validated rows -- plus
what a terminal table costs: importing rich.console and rich.table and printing the rows as a
rich Table (title, caption, right-aligned numbers), as smacalc's table format does.
"""

from __future__ import annotations

from decimal import Decimal

import click
from floor_json import rows  # the same model and rows: the table floor adds only the table
from rich import box
from rich.console import Console
from rich.table import Table


@click.command()
def main() -> None:
    """Print seven rows as a rich table (width from COLUMNS, no colour into a pipe)."""
    table = Table(
        title="11th SMA: payments",
        caption="basis: rule = computed by the agreement's rule.",
        caption_justify="left",
        box=box.SIMPLE_HEAD,
    )
    for header in ("SMA", "Year", "Amount", "Change"):
        table.add_column(header, justify="right", no_wrap=True)
    for header in ("Basis", "Source"):
        table.add_column(header, justify="left", overflow="fold")
    for r in rows():
        table.add_row(
            str(r.sma), str(r.year), f"₩{r.amount / Decimal('1E9'):,.1f}bn", f"{r.change_pct:+.1f}%", r.basis, r.source
        )
    Console(highlight=False).print(table)


if __name__ == "__main__":
    main()
