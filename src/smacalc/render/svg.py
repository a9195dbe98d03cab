"""A chart as a self-contained SVG picture to publish: a title and subtitle, an axis, one bar (or
point) a year coloured by what it rests on, a legend, notes on marked years and a source line that
names publishers. No fonts, styles or images are fetched from anywhere; it reads well at 640 pixels
wide. png() renders it with CairoSVG where that optional extra is installed."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal
from xml.sax.saxutils import escape

from smacalc.errors import DataError
from smacalc.money import Money
from smacalc.render.chart import Chart
from smacalc.render.messages import param

WIDTH = 640
LEFT, RIGHT, PLOT_HEIGHT = 84, 16, 280
# Fonts a reader's system has; Korean ones follow, as a note may quote Korean in an English chart.
KOREAN_FONTS = "'Noto Sans KR', 'Nanum Gothic', NanumGothic, 'Malgun Gothic', 'Apple SD Gothic Neo', sans-serif"
FONTS = {"en": f"Helvetica, Arial, {KOREAN_FONTS}", "ko": KOREAN_FONTS}
# The colour of each kind a bar rests on (chart.KINDS).
FILLS = {
    "official": "#1f4e79",
    "rule": "#4f81bd",
    "projected": "#a9c6e8",
    "scenario": "#c0504d",
    "assumed_rate": "#e0a040",
}
Form = Literal["bar", "line"]


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


def _width(content: str, size: int) -> float:
    """About how wide ``content`` is drawn at ``size``: Hangul and other wide characters take a
    full em, the rest a little over half."""
    return sum(size * (0.95 if ord(c) >= 0x1100 else 0.56) for c in content)


def wrap(content: str, size: int, room: float) -> list[str]:
    """``content`` in lines that fit ``room`` pixels at ``size``, broken between words."""
    lines: list[str] = []
    line = ""
    for word in content.split():
        candidate = f"{line} {word}" if line else word
        if line and _width(candidate, size) > room:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def chart_svg(chart: Chart, form: Form = "bar") -> str:
    """The chart as an SVG document, its bars (or a line) coloured by what each year rests on."""
    bars = chart.bars
    currency = bars[0].value.currency
    top = max((bar.value.amount for bar in bars), default=Decimal(0))
    step = _step(top) if top > 0 else Decimal(1)
    ceiling = step * (int(top / step) + 1) if top > 0 else step
    plot_width = WIDTH - LEFT - RIGHT
    slot = plot_width / len(bars)
    head = [(line, 17, ' font-weight="bold"') for line in wrap(chart.title, 17, WIDTH - 32)]
    head += [(line, 12, ' fill="#555"') for line in wrap(chart.subtitle, 12, WIDTH - 32)]
    top_y = 30 + 22 * len(head) + 14
    bottom = top_y + PLOT_HEIGHT
    foot = [line for note in chart.notes for line in wrap(note, 10, WIDTH - 32)]
    sources = wrap(chart.source_line, 10, WIDTH - 32)
    legend_y = bottom + 46
    height = legend_y + 18 * len(chart.legend) + 10 + 14 * (len(foot) + len(sources)) + 16
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" font-family="{FONTS.get(chart.lang, FONTS["en"])}" fill="#222">',
        f"<title>{escape(chart.title)}</title>",
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    y = 30.0
    for line, size, extra in head:
        out.append(_text(16, y, line, size, extra=extra))
        y += 22
    tick = Decimal(0)
    while tick <= ceiling:
        at = bottom - float(tick / ceiling) * PLOT_HEIGHT
        out.append(f'<line x1="{LEFT}" y1="{at:.1f}" x2="{WIDTH - RIGHT}" y2="{at:.1f}" stroke="#e3e3e3"/>')
        shown = param(Money(tick, currency), chart.lang) if tick else "0"
        out.append(_text(LEFT - 6, at + 4, shown, 10, "end"))
        tick += step
    out.append(f'<line x1="{LEFT}" y1="{bottom}" x2="{WIDTH - RIGHT}" y2="{bottom}" stroke="#444"/>')
    label_every = 1 if len(bars) <= 16 else 5
    points = []
    for i, bar in enumerate(bars):
        fill = FILLS.get(bar.kind, FILLS["official"])
        h = float(max(bar.value.amount, Decimal(0)) / ceiling) * PLOT_HEIGHT
        x = LEFT + i * slot + slot * 0.1
        middle = x + slot * 0.4
        tip = f"<title>{escape(bar.label)}: {escape(param(bar.value, chart.lang))}</title>"
        if form == "bar":
            out.append(
                f'<rect x="{x:.1f}" y="{bottom - h:.1f}" width="{slot * 0.8:.1f}" height="{h:.1f}" '
                f'fill="{fill}">{tip}</rect>'
            )
        else:
            points.append((middle, bottom - h, fill, tip))
        above = bottom - h - 4
        if len(bars) <= 8:  # room for each label above its bar
            out.append(_text(middle, above, param(bar.value, chart.lang), 10, "middle"))
            above -= 12
        if bar.mark:
            out.append(_text(middle, above, bar.mark, 9, "middle", ' fill="#555"'))
        year = int(bar.label) if bar.label.isdigit() else i
        if label_every == 1 or year % label_every == 0:
            out.append(_text(middle, bottom + 16, bar.label, 10, "middle"))
    if points:
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py, _, _ in points)
        out.append(f'<polyline points="{path}" fill="none" stroke="#888" stroke-width="1.5"/>')
        out += [f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3.5" fill="{f}">{t}</circle>' for px, py, f, t in points]
    y = legend_y
    for kind, meaning in chart.legend:
        out.append(f'<rect x="{LEFT}" y="{y - 10}" width="12" height="12" fill="{FILLS[kind]}"/>')
        out.append(_text(LEFT + 18, y, meaning, 11))
        y += 18
    y += 10
    for line in foot:
        out.append(_text(16, y, line, 10, extra=' fill="#555"'))
        y += 14
    for line in sources:
        out.append(_text(16, y, line, 10, extra=' fill="#222"'))
        y += 14
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _korean_font() -> str | None:
    """The family fontconfig picks for Korean text on this machine (NanumGothic, Noto Sans CJK
    KR...), or None where fontconfig's fc-match is not there."""
    import shutil
    import subprocess

    found = shutil.which("fc-match")
    if found is None:
        return None
    try:
        done = subprocess.run([found, "-f", "%{family[0]}", "sans-serif:lang=ko"], capture_output=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    family = done.stdout.decode("utf-8", "replace").strip()
    return family if done.returncode == 0 and family and '"' not in family else None


def png(svg: str) -> bytes:
    """The SVG rendered to PNG at twice its size, by CairoSVG (the optional extra smacalc[png]).
    CairoSVG draws with the first font of a list, and cairo finds no other for a glyph that font
    lacks: a chart with Hangul in it is drawn in the font fontconfig has for Korean."""
    try:
        import cairosvg  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except (ImportError, OSError):  # not installed, or the cairo library it needs is missing
        raise DataError("--png needs CairoSVG: pip install 'smacalc[png]' (or write --svg)") from None
    if any("\uac00" <= c <= "\ud7a3" for c in svg):
        family = _korean_font()
        if family is not None:
            for fonts in FONTS.values():
                svg = svg.replace(f'font-family="{fonts}"', f'font-family="{escape(family)}"')
    return bytes(cairosvg.svg2png(bytestring=svg.encode("utf-8"), scale=2))
