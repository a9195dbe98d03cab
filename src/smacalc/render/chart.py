"""Charts: one bar (or point) a year, drawn in the terminal (here) or as a picture to publish
(svg.py, and a PNG of it). What a reader sees is made here, in the language asked: a title and
subtitle, a legend of what each colour rests on, notes on marked years, and a source line naming
publishers. Only `smacalc chart` imports this module (and rich)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from smacalc.money import Money
from smacalc.render.captions import BASIS_NOTE, RATE_KEYS, span
from smacalc.render.formats import Report, Row, console
from smacalc.render.messages import CATALOGUE, Join, Message, Text, msg, param, text

if TYPE_CHECKING:
    from smacalc.record.dataset import Dataset


@dataclass(frozen=True)
class Bar:
    label: str
    value: Money
    basis: str
    kind: str = "official"  # what the legend says it rests on (KINDS)
    mark: str = ""  # [1]: a note under the chart


@dataclass
class Chart:
    title: str
    bars: list[Bar]
    caption: list[str] = field(default_factory=list)  # under the terminal chart
    lang: str = "en"  # of every text, and of the amounts the terminal chart writes
    subtitle: str = ""
    legend: list[tuple[str, str]] = field(default_factory=list)  # (kind, meaning), kinds shown only
    notes: list[str] = field(default_factory=list)  # marked years, then assumptions
    source_line: str = ""


# What a bar rests on, in the legend's order: the basis of its amount, except that an amount
# converted at an assumed exchange rate (a year with no published rate yet) is told apart.
KINDS = ("official", "rule", "projected", "scenario", "assumed_rate")
BAR_FILL = {"official": "█", "rule": "▓", "projected": "░", "scenario": "▒"}
CHART_LEGEND = msg("chart.legend")
# Caption lines a published chart keeps: assumptions in plain words (the others speak of columns).
KEPT = ("assumed", "assumed.level", "real", "scenario.agreements", "scenario.indices")


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
    if chart.subtitle:
        console.print(Text(chart.subtitle))
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


def _kind(row: Row) -> str:
    if row.get("rate_basis") in ("assumed", "given") and row["basis"] in ("official", "rule"):
        return "assumed_rate"
    return str(row["basis"])


def publisher(data: Dataset, source: str) -> Message | str:
    """A source's publisher as a reader knows it (values.py: "v.publisher.{name}", in each
    language), else as the record names it."""
    known = data.sources.get(source)
    if known is None:
        return source
    key = f"v.publisher.{known.publisher}"
    return Message(key) if key in CATALOGUE else known.publisher


def _publishers(data: Dataset, sources: list[str]) -> Join:
    names = list(dict.fromkeys(publisher(data, s) for s in sources))
    return Join(tuple(names), "comma")


_CITED = re.compile(r"\(([a-z0-9][a-z0-9.-]*-[a-z0-9.-]+)\)")


def _cited(data: Dataset, note: str, lang: str) -> str:
    """A record's note with each source id in brackets named by its publisher."""
    return _CITED.sub(lambda m: f"({param(publisher(data, m.group(1)), lang)})", note)


def _source_line(data: Dataset, rows: list[Row]) -> Message:
    amounts = [r["source"] for r in rows if r.get("source") and r["basis"] == "official"]
    indices = [r["source"] for r in rows if r.get("source") and r["basis"] != "official"]
    parts: list[Text] = [msg("chart.source.amounts", names=_publishers(data, amounts))] if amounts else []
    if indices:
        parts.append(msg("chart.source.indices", names=_publishers(data, indices)))
    rated = [r for r in rows if r.get("official_currency", r["currency"]) != r["currency"]]
    rate_sources = [
        rate.source
        for r in rated
        for cur in (r["currency"], r.get("official_currency"))
        if cur in RATE_KEYS and (rate := data.rates.get((cur, r["year"]))) is not None
    ]
    if rate_sources:
        parts.append(msg("chart.source.rates", names=_publishers(data, rate_sources)))
    troops = [
        level.source
        for r in rows
        if r.get("troops_basis") in ("published", "assumed") and r.get("troops_measure")
        for year, level in [_troop_level(data, str(r["troops_measure"]), r["year"])]
        if level is not None
    ]
    if troops:
        parts.append(msg("chart.source.troops", names=_publishers(data, troops)))
    return msg("chart.source", parts=Join(tuple(parts), "semicolon"))


def _troop_level(data: Dataset, measure: str, year: int) -> tuple[int, Any]:
    """The troop level a year was divided by: its own, else the latest before it (carried forward)."""
    levels = data.troops(measure)
    known = [y for y in levels if y <= year]
    return (known[-1], levels[known[-1]]) if known else (year, None)


def _notes(data: Dataset, rows: list[Row], marks: dict[int, str], lang: str) -> list[str]:
    """The notes of the marked years: the record's note on a year's figure, and the note on the
    exchange rate a converted year took."""
    notes: list[str] = []
    for r in rows:
        year = r["year"]
        if r.get("note"):
            marks.setdefault(year, f"[{len(marks) + 1}]")
            notes.append(text(msg("chart.note", mark=marks[year], year=year, note=_cited(data, r["note"], lang)), lang))
        converted = r.get("official_currency", r["currency"]) != r["currency"]
        for cur in (str(r["currency"]), str(r.get("official_currency"))):
            rate = data.rates.get((cur, year)) if converted else None
            if rate is not None and rate.note:
                marks.setdefault(year, f"[{len(marks) + 1}]")
                shown = msg(f"rate.{cur}", rate=f"{rate.rate:,}")
                said = rate.note_ko if lang == "ko" and rate.note_ko else rate.note
                notes.append(text(msg("chart.rate_note", mark=marks[year], year=year, rate=shown, note=said), lang))
    return notes


def _assumed_rates(rows: list[Row]) -> list[Message]:
    """The years converted at an assumed rate or at the user's, and the rate, in plain words."""
    lines = []
    for cur in dict.fromkeys(c for r in rows for c in (r["currency"], r.get("official_currency")) if c in RATE_KEYS):
        for basis in ("given", "assumed"):
            these = [r for r in rows if r.get("rate_basis") == basis and r.get(RATE_KEYS[cur]) is not None]
            for value in dict.fromkeys(r[RATE_KEYS[cur]] for r in these):
                years = span([r["year"] for r in these if r[RATE_KEYS[cur]] == value])
                rate = msg(f"rate.{cur}", rate=f"{value:,}")
                lines.append(msg(f"chart.rate_{basis}", years=years, rate=rate))
    return lines


def _subtitle(rows: list[Row], key: str, table: Report) -> Join:
    currency = rows[0]["currency"]
    parts: list[Text] = [msg("chart.in.per_troop" if key == "per_troop" else "chart.in", currency=currency)]
    if any(r.get("base_year") for r in rows):
        parts.append(msg("chart.prices", year=rows[0]["base_year"]))
    converted = [r for r in rows if r.get("official_currency", currency) != currency]
    for source in dict.fromkeys(r["official_currency"] for r in converted):
        these = [r for r in converted if r["official_currency"] == source]
        published = all(r.get("rate_basis") == "published" for r in these)
        years = span([r["year"] for r in these])
        parts.append(msg("chart.converted" if published else "chart.converted_some", years=years, currency=source))
    return Join(tuple(parts), "semicolon")


def from_report(table: Report, data: Dataset, key: str = "amount", lang: str = "en") -> Chart:
    """A projection report (plain or restated) as a chart of ``key``: one bar a year, and every
    text a reader sees, in ``lang``."""
    rows = [r for r in table.rows if r.get("year") is not None]
    marks: dict[int, str] = {}
    notes = _notes(data, rows, marks, lang)
    kinds = [_kind(r) for r in rows]
    first, last = rows[0]["year"], rows[-1]["year"]
    years = str(first) if first == last else f"{first}-{last}"
    smas = {r["sma"] for r in rows}
    title = (
        msg("chart.title_of", name=data.agreement(next(iter(smas))).name, sma=next(iter(smas)), years=years)
        if len(smas) == 1
        else msg("chart.title", years=years)
    )
    kept = [line for line in table.caption if isinstance(line, Message) and line.id in KEPT]
    return Chart(
        title=text(title, lang),
        bars=[
            Bar(str(r["year"]), Money(r[key], r["currency"]), r["basis"], kind, marks.get(r["year"], ""))
            for r, kind in zip(rows, kinds, strict=True)
        ],
        caption=[text(line, lang) for line in table.caption],
        lang=lang,
        subtitle=text(_subtitle(rows, key, table), lang),
        legend=[(k, text(msg(f"chart.kind.{k}"), lang)) for k in KINDS if k in kinds],
        notes=[*notes, *(text(line, lang) for line in (*_assumed_rates(rows), *kept))],
        source_line=text(_source_line(data, rows), lang),
    )
