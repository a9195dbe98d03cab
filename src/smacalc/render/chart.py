"""Charts: one bar a year, drawn in the terminal (here) or as an SVG picture (svg.py). Only
`smacalc chart` imports this module (and rich)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import IO, Any

from smacalc.money import Money
from smacalc.render.captions import BASIS_NOTE
from smacalc.render.formats import Report, console
from smacalc.render.messages import msg, param, text


@dataclass(frozen=True)
class Bar:
    label: str
    value: Money
    basis: str
    converted: bool = False  # shown in another currency than the agreement set it in
    source: str | None = None


@dataclass
class Chart:
    title: str
    bars: list[Bar]
    caption: list[str] = field(default_factory=list)
    lang: str = "en"  # of the title and caption, and of the amounts the terminal chart writes


BAR_FILL = {"official": "█", "rule": "▓", "projected": "░", "scenario": "▒"}
CHART_LEGEND = msg("chart.legend")


def _draw_chart(chart: Chart, console: Any) -> None:
    from rich.cells import cell_len
    from rich.text import Text

    labels = [bar.label for bar in chart.bars]
    values = [param(bar.value, chart.lang) for bar in chart.bars]
    label_width = max(map(len, labels))
    value_width = max(map(cell_len, values))  # columns on the terminal: a Korean amount's are two wide
    room = max(10, console.width - label_width - value_width - 4)
    top = max(bar.value.amount for bar in chart.bars)
    console.print(Text(chart.title))
    console.print()
    for bar, label, value in zip(chart.bars, labels, values, strict=True):
        length = 0 if top <= 0 else round(bar.value.amount / top * room)
        fill = BAR_FILL.get(bar.basis, "█")
        pad = " " * (value_width - cell_len(value))
        console.print(Text(f"{label:>{label_width}} {fill * length}{' ' * (room - length)} {pad}{value}"))
    console.print()
    for note in (text(CHART_LEGEND, chart.lang) + text(BASIS_NOTE, chart.lang), *chart.caption):
        console.print(Text(note))


def draw_chart(chart: Chart, out: IO[str]) -> None:
    """A horizontal bar chart, one bar a year, the basis told apart by the fill."""
    _draw_chart(chart, console(out))


def from_report(table: Report, key: str = "amount", lang: str = "en") -> Chart:
    """A projection report (plain or restated) as a bar chart of ``key``: one bar a year, its
    title and caption in ``lang``."""
    return Chart(
        title=text(table.title, lang),
        bars=[
            Bar(
                str(r["year"]),
                Money(r[key], r["currency"]),
                r["basis"],
                r.get("official_currency", r["currency"]) != r["currency"],
                r.get("source"),
            )
            for r in table.rows
        ],
        caption=[text(line, lang) for line in table.caption],
        lang=lang,
    )
