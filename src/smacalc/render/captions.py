"""The lines of captions that more than one report states, as messages: the basis legend, where
sources are listed, assumed index values, scenario files and the exchange rate used."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from smacalc.money import plain
from smacalc.render.formats import Column
from smacalc.render.messages import Join, Message, Text, msg

if TYPE_CHECKING:
    from smacalc.calc.escalation import IndexUse
    from smacalc.calc.rates import Leg, Rate
    from smacalc.calc.restate import Restated
    from smacalc.record.dataset import Dataset

BASIS_NOTE = msg("basis")
SOURCES_NOTE = msg("sources")


def span(years: Sequence[int]) -> str:
    """1991, 1993-1995 style list of years."""
    parts: list[str] = []
    start = prev = years[0]
    for year in (*years[1:], None):
        if year is not None and year == prev + 1:
            prev = year
            continue
        parts.append(str(start) if start == prev else f"{start}-{prev}")
        if year is not None:
            start = prev = year
    return ", ".join(parts)


def scenario_lines(data: Dataset) -> list[Message]:
    """The scenario files applied, and what they change: agreements or rules (basis 'scenario'), or
    only index values (stated among the assumptions)."""
    if not data.scenarios:
        return []
    names = ", ".join(data.scenarios)
    if any(a.scenario for a in data.agreements):
        return [msg("scenario.agreements", names=names)]
    return [msg("scenario.indices", names=names)]


def restated_basis(r: Restated) -> Message | str:
    """What a restated figure rests on, in words: the record's basis (official, rule, projected),
    then what conversion and restatement assumed: "official, converted at an assumed rate and in
    2019 prices at an assumed price level". A figure that assumed nothing more keeps its basis."""
    how: list[Message] = []
    if r.rate is not None and r.rate.basis != "published":
        how.append(msg(f"basis.rate_{r.rate.basis}"))
    if r.real is not None and r.real.assumed:
        how.append(msg("basis.level_assumed", year=r.real.base_year))
    if r.troops is not None and r.troops.basis == "assumed":
        how.append(msg("basis.troops_assumed"))
    basis = msg(f"v.basis.{r.row.basis}")  # the basis as a table writes it, in the language asked
    return msg("basis.restated", basis=basis, how=Join(tuple(how))) if how else r.row.basis


def price_basis(r: Restated) -> str | None:
    """Whether the price levels a figure was restated by are published or extended by assumption."""
    return None if r.real is None else "assumed" if r.real.assumed else "published"


def series_name(series: str) -> Message:
    """An index series by name: Korean consumer-price inflation."""
    return msg(f"series.{series}")


def assumption_lines(data: Dataset, uses: Iterable[tuple[int, IndexUse]], lead: str = "assumed") -> list[Message]:
    """One line per series stating every index value that was assumed rather than published, by
    the message ``lead`` (assumed, or assumed.level: a price level extended). ``uses`` pairs each
    value with the year whose amount it set: where those are other years than the index's own (a
    rule lagging two years), the line names both ("for 2026-2028, in the payments of 2028-2030")."""
    grouped: dict[tuple[str, str, Message], list[tuple[int, int]]] = {}
    for year, use in uses:
        if use.basis == "published":
            continue
        why = msg("why.yours")
        if use.basis == "default":
            default = data.defaults[use.series]
            why = msg("why.default", reason=default.reason, reason_ko=default.reason_ko or default.reason)
        pct = f"{plain(use.pct)}%"
        grouped.setdefault((use.series, pct, why), []).append((use.year, year))
    lines = []
    for (series, pct, why), pairs in grouped.items():
        years = span(sorted({index_year for index_year, _ in pairs}))
        payments = span(sorted({year for _, year in pairs}))
        paid = msg("assumed.paid", payments=payments) if any(i != y for i, y in pairs) else ""
        lines.append(msg(lead, series=series_name(series), years=years, paid=paid, pct=pct, why=why))
    return lines


# Each currency's rate as the record quotes it (won, yuan, yen per dollar; dollars per euro): its
# row key; its reading and column header are the messages rate.CUR and h.rate.CUR.
RATE_KEYS = {"KRW": "krw_per_usd", "EUR": "usd_per_eur", "CNY": "cny_per_usd", "JPY": "jpy_per_usd"}
RATE_DROP = (*RATE_KEYS.values(), "rate_date")


def leg_text(leg: Leg) -> Message:
    """One rate as read: ₩1123.32 per US dollar, $1.1288 per euro."""
    return msg(f"rate.{leg.currency}", rate=plain(leg.rate))


def rate_columns(rates: Iterable[Rate | None], *, every: bool = False, in_table: bool = True) -> list[Column]:
    """The rate columns for the currencies ``rates`` go through (the won's always; ``every``: all
    of them, for a stream whose rows are not known yet), and the day where a daily rate was used."""
    used = [r for r in rates if r is not None]
    present = {leg.currency for r in used for leg in r.legs} | {"KRW"}
    columns = [
        Column(key, msg(f"h.rate.{currency}"), in_table=in_table)
        for currency, key in RATE_KEYS.items()
        if every or currency in present
    ]
    if every or any(r.day is not None for r in used):
        columns.append(Column("rate_date", msg("h.rate_of"), in_table=in_table))
    return columns


_NO_RATE: dict[str, object] = dict.fromkeys(RATE_DROP)


def rate_cells(rate: Rate | None) -> dict[str, object]:
    """The rate columns of a row: each currency's rate as quoted, and the day of a daily rate."""
    cells = _NO_RATE.copy()
    if rate is not None:
        for leg in rate.legs:
            cells[RATE_KEYS[leg.currency]] = leg.rate
        day = rate.day
        if day is not None:
            cells["rate_date"] = day.isoformat()
    return cells


def origin(leg: Leg) -> Text:
    """Where a rate comes from: the record's source id, or the series `smacalc update` fetched."""
    if leg.fetched is None:
        return leg.source or ""
    return msg("rate.fetched", series=leg.fetched.series, day=leg.fetched.day)


def rate_line(rate: Rate | None) -> Message:
    """Where a single conversion's rates came from, each with its source and day or year."""
    if rate is None:
        return msg("rate.none")
    parts = []
    for leg in rate.legs:
        if leg.source is None:
            parts.append(msg("rate.given", leg=leg_text(leg)))
        elif leg.day is not None and leg.day == rate.asked:
            parts.append(msg("rate.noon", leg=leg_text(leg), day=leg.day, source=origin(leg)))
        elif leg.day is not None:
            parts.append(msg("rate.noon_before", leg=leg_text(leg), day=leg.day, asked=rate.asked, source=origin(leg)))
        else:
            parts.append(msg("rate.annual", leg=leg_text(leg), year=leg.rate_year, source=origin(leg)))
    through = msg("rate.through") if len(rate.legs) > 1 else ""
    return msg("rate.converted", parts=Join(tuple(parts), "semicolon"), through=through)


def conversion_line(currency: str, rates: Iterable[Rate | None], whose: str) -> Message:
    """How amounts came to be in ``currency``: no conversion, or the rates used, by where they came
    from: the record's annual averages (of ``whose``, a message: each year's, or the year each
    position was taken), the user's --rate, the latest published rate carried forward."""
    used = [r for r in rates if r is not None]
    if not used:
        return msg("amounts.same", currency=currency)
    legs = [leg for r in used for leg in r.legs]
    parts: list[Message] = []
    published = [*dict.fromkeys(RATE_KEYS[leg.currency] for leg in legs if leg.basis == "published")]
    if published:
        parts.append(msg("amounts.published", whose=msg(whose), keys=", ".join(published)))
    given: dict[str, list[int]] = {}
    for r in used:
        for leg in r.legs:
            if leg.basis == "given":
                given.setdefault(plain(leg.rate), []).extend([] if r.year is None else [r.year])
    for rate, given_years in given.items():
        if given_years and len(parts) + len(given) > 1:
            parts.append(msg("amounts.given_in", years=span(sorted(set(given_years))), rate=rate))
        else:
            parts.append(msg("amounts.given", rate=rate))
    line = (
        msg("amounts.converted", currency=currency, parts=Join(tuple(parts), "semicolon"))
        if parts
        else msg("amounts.plain", currency=currency)
    )
    carried = [r for r in used if any(leg.basis == "assumed" for leg in r.legs)]
    if not carried:
        return line
    years = span(sorted({r.year for r in carried if r.year is not None}))
    assumed = {leg.currency: leg for r in carried for leg in r.legs if leg.basis == "assumed"}
    ordered = sorted(assumed.values(), key=lambda leg: list(RATE_KEYS).index(leg.currency))
    whose_rates = Join(tuple(msg("amounts.carried_rate", year=leg.rate_year, leg=leg_text(leg)) for leg in ordered))
    return msg("carried", line=line, carried=msg("amounts.carried", years=years, rates=whose_rates))
