"""A report as a page shows it: the CLI's own report (title, columns, rows, caption), each cell
written as a table writes it (render.formats.cell), in the page's language. A source column
becomes citations a reader can open (the record's URL); a verdict carries its colour's class.
Templates only lay these out; nothing here computes a figure."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from smacalc.render.formats import NUMERIC, cell
from smacalc.render.messages import text

if TYPE_CHECKING:
    from smacalc.record.dataset import Dataset
    from smacalc.render.formats import Report, Row

SOURCE_KEYS = ("source", "sources", "rate_source")


class Citation(NamedTuple):
    id: str
    label: str  # publisher, title or what it reports, date
    url: str | None


class Cell(NamedTuple):
    text: str
    css: str = ""  # "num": a right-aligned figure; "nowrap": a value kept on one line; "verdict verdict-off"
    link: str | None = None
    citations: tuple[Citation, ...] = ()


def citations(data: Dataset, ids: str | None) -> tuple[Citation, ...]:
    """Each source id of ``ids`` (one, or several between spaces) as a citation of the record."""
    found = []
    for id in (ids or "").split():
        source = data.sources.get(id)
        if source is None:
            found.append(Citation(id, id, None))
            continue
        parts = [source.publisher, source.title or source.about or "", source.date or ""]
        url = source.url if source.url and source.url.startswith(("https://", "http://")) else None
        found.append(Citation(id, ", ".join(p for p in parts if p), url))
    return tuple(found)


def table(
    report: Report,
    data: Dataset,
    lang: str,
    *,
    skip: Collection[str] = (),
    links: Mapping[str, Callable[[Row], str]] | None = None,
    caption: bool = True,
) -> dict[str, Any]:
    """``report`` as the template _report.html lays it out: its title, headers, rows of cells and
    the lines under it (its caption and column notes), in ``lang``."""
    report = report.table or report
    columns = [c for c in report.columns if c.in_table and c.key not in skip]
    rows = []
    for row in report.rows:
        line = []
        for c in columns:
            shown = cell(c, row, lang)
            if c.key in SOURCE_KEYS:
                line.append(Cell(shown, "source", citations=citations(data, row.get(c.key))))
            elif c.values == "verdict":
                line.append(Cell(shown, f"verdict verdict-{row.get(c.key)}"))
            else:
                link = (links or {}).get(c.key)
                css = "num" if c.kind in NUMERIC else "" if c.wrap else "nowrap"
                line.append(Cell(shown, css, link(row) if link else None))
        rows.append(line)
    return {
        "title": text(report.title, lang),
        "headers": [Cell(text(c.header, lang), "num" if c.kind in NUMERIC else "") for c in columns],
        "rows": rows,
        # what a column means, but not how to look a source up on the command line: here it is a link
        "notes": report.lines_under([c for c in columns if c.key not in SOURCE_KEYS], lang) if caption else [],
    }
