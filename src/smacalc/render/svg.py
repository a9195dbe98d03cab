"""A chart as a self-contained SVG picture to publish: white background, axis, labelled bars told
apart by basis, a legend, and the sources and assumptions at the foot. No fonts, styles or images
are fetched from anywhere; it reads well at 640 pixels wide."""

from __future__ import annotations

import textwrap
from decimal import Decimal
from xml.sax.saxutils import escape

from smacalc.money import Money
from smacalc.render.chart import Chart

WIDTH = 640
LEFT, RIGHT, TOP, PLOT_HEIGHT = 78, 16, 64, 300
FONT = "Helvetica, Arial, sans-serif"
# Fill per basis; a year shown in another currency than its agreement's is "converted".
FILLS = {
    "official": ("#1f4e79", "official (published)"),
    "converted": ("#7f8c99", "converted from the agreement's currency"),
    "rule": ("#4f81bd", "rule (the agreement's rule, published index values)"),
    "projected": ("#a9c6e8", "projected (an assumed index value)"),
    "scenario": ("#c0504d", "scenario (a --data file)"),
}


def _kind(basis: str, converted: bool) -> str:
    return "converted" if converted and basis == "official" else basis


def _step(top: Decimal) -> Decimal:
    """A round tick step (1, 2 or 5 times a power of ten) giving about five ticks up to ``top``."""
    raw = top / 5
    power = Decimal(10) ** (len(str(int(raw))) - 1) if raw >= 1 else Decimal(1)
    for factor in (1, 2, 5, 10):
        if raw <= power * factor:
            return power * factor
    return power * 10


def _text(x: float, y: float, content: str, size: int = 11, anchor: str = "start", extra: str = "") -> str:
    return f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}"{extra}>{escape(content)}</text>'


def chart_svg(chart: Chart) -> str:
    """The chart as an SVG document."""
    bars = chart.bars
    currency = bars[0].value.currency
    top = max((bar.value.amount for bar in bars), default=Decimal(0))
    step = _step(top) if top > 0 else Decimal(1)
    ceiling = step * (int(top / step) + 1) if top > 0 else step
    plot_width = WIDTH - LEFT - RIGHT
    slot = plot_width / len(bars)
    kinds = list(dict.fromkeys(_kind(b.basis, b.converted) for b in bars))
    sources = sorted({b.source for b in bars if b.source})
    foot = [f"Sources (smacalc sources ID): {', '.join(sources)}." if sources else "", *chart.caption]
    foot_lines = [line for text in foot if text for line in textwrap.wrap(text, 105)]
    legend_y = TOP + PLOT_HEIGHT + 44
    height = legend_y + 18 * len(kinds) + 10 + 14 * len(foot_lines) + 12
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="{FONT}" fill="#222">',
        f"<title>{escape(chart.title)}</title>",
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
        _text(LEFT, 28, chart.title, 16, extra=' font-weight="bold"'),
        _text(LEFT, 46, f"Amounts in {currency}, one bar a year", 11, extra=' fill="#555"'),
    ]
    bottom = TOP + PLOT_HEIGHT
    tick = Decimal(0)
    while tick <= ceiling:
        y = bottom - float(tick / ceiling) * PLOT_HEIGHT
        out.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#e3e3e3"/>')
        out.append(_text(LEFT - 6, y + 4, Money(tick, currency).human(), 10, "end"))
        tick += step
    out.append(f'<line x1="{LEFT}" y1="{bottom}" x2="{WIDTH - RIGHT}" y2="{bottom}" stroke="#444"/>')
    label_every = 1 if len(bars) <= 16 else 5
    for i, bar in enumerate(bars):
        fill = FILLS.get(_kind(bar.basis, bar.converted), FILLS["official"])[0]
        h = float(max(bar.value.amount, Decimal(0)) / ceiling) * PLOT_HEIGHT
        x = LEFT + i * slot + slot * 0.1
        out.append(
            f'<rect x="{x:.1f}" y="{bottom - h:.1f}" width="{slot * 0.8:.1f}" height="{h:.1f}" fill="{fill}">'
            f"<title>{escape(bar.label)}: {escape(bar.value.human())} ({escape(bar.basis)})</title></rect>"
        )
        if len(bars) <= 12:
            out.append(_text(x + slot * 0.4, bottom - h - 4, bar.value.human(), 10, "middle"))
        year = int(bar.label) if bar.label.isdigit() else i
        if label_every == 1 or year % label_every == 0:
            out.append(_text(x + slot * 0.4, bottom + 16, bar.label, 10, "middle"))
    y = legend_y
    for kind in kinds:
        fill, meaning = FILLS.get(kind, FILLS["official"])
        out.append(f'<rect x="{LEFT}" y="{y - 10}" width="12" height="12" fill="{fill}"/>')
        out.append(_text(LEFT + 18, y, meaning, 11))
        y += 18
    y += 10
    for line in foot_lines:
        out.append(_text(16, y, line, 9, extra=' fill="#555"'))
        y += 14
    out.append("</svg>")
    return "\n".join(out) + "\n"
