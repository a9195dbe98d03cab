"""The whole bill around the SMA, for Korea and Japan: what DOD obligated for its presence, the
host's direct support, the part of it the SMA is, and the shares between them (GAO-21-270); and
Korea's SMA beside Japan's host-nation support, year by year. Pure functions, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import TYPE_CHECKING, Literal

from smacalc.calc import categories
from smacalc.calc import furlough as furloughs
from smacalc.calc.categories import Split
from smacalc.calc.escalation import ProjectionRow, project, round_pct
from smacalc.calc.rates import Rate, convert, rate_for
from smacalc.errors import DataError, InputError
from smacalc.money import Money
from smacalc.numbers import WIDE
from smacalc.record.dataset import Dataset
from smacalc.record.prices import BurdenFigure

if TYPE_CHECKING:
    from smacalc.record.talks import Event

HOSTS = {"KR": "South Korea", "JP": "Japan"}
MEASURES = {
    "dod_obligations": "DOD obligations for its presence (military personnel, operations, housing, construction)",
    "direct_support": "the host's direct support, cash and in kind",
    "sma_payment": "of which the host's Special Measures Agreement (Japan: host-nation support)",
    "other_direct_support": "direct support other than the SMA (direct support minus the SMA)",
    "indirect_support": "indirect support (forgone rents on land and facilities, waived taxes)",
    "direct_support_per_dod_obligations": "direct support ÷ DOD obligations",
    "direct_support_per_total": "direct support ÷ (DOD obligations + direct support)",
    "sma_per_dod_obligations": "the SMA ÷ DOD obligations",
    "direct_support_per_troop": "direct support a year per US troop",
    "us_troops": "US troops in the host country",
    "korean_workers": "Korean employees of USFK",
}
_PUBLISHED = {"host_direct": "direct_support", "host_sma": "sma_payment"}  # burden.csv's names -> row measures
# Japan's host-nation support a fiscal year, as its Ministry of Defense budgets it (burden.csv), by
# compare's --japan: the total (the Facilities Improvement Program in it, as construction is in
# Korea's SMA) or the cost sharing under Japan's SMA alone (labor, utilities, training relocation).
JAPAN_MEASURES = {"total": "hns_total", "sma": "hns_sma"}
JapanMeasure = Literal["total", "sma"]
NOT_TOTALLED = (
    "not published: GAO-21-270 names the hosts' indirect support (forgone rents, waived taxes) but gives no total of it"
)


@dataclass(frozen=True)
class BurdenRow:
    """One measure of one host over ``first_year``-``last_year``: ``amount`` in ``unit`` (an ISO
    currency, "troops", "workers" or "%"), with its value in dollars where it is money."""

    host: str
    measure: str
    first_year: int
    last_year: int
    amount: Decimal | None  # None: not published, and ``basis`` says so
    unit: str
    usd: Decimal | None
    source: str | None
    basis: str  # published, or computed (and how), or not published (and why)
    category: str | None = None

    @property
    def year(self) -> int | None:
        """The year of a one-year figure; None for a multi-year total (see ``years``)."""
        return self.first_year if self.first_year == self.last_year else None

    @property
    def years(self) -> str | None:
        """The span of a multi-year total, as "2016-2019"; None for a one-year figure."""
        return None if self.year is not None else f"{self.first_year}-{self.last_year}"

    @property
    def currency(self) -> str | None:
        return self.unit if self.unit not in ("troops", "workers", "%") else None


def burden(data: Dataset, hosts: tuple[str, ...] = ("KR", "JP"), year: int | None = None) -> list[BurdenRow]:
    """Every figure of the bill for ``hosts`` (those covering ``year``, if given), with what the
    record adds: the host's SMA over the same years in dollars, the rest of its direct support,
    the shares, and a row saying the indirect support is not totalled."""
    for host in hosts:
        if host not in HOSTS:
            raise InputError(f"unknown host {host!r}; the hosts are KR and JP")
    out: list[BurdenRow] = []
    for host in hosts:
        figures = [
            f
            for f in data.burden
            if f.host == host
            and f.measure not in JAPAN_MEASURES.values()  # the yearly budgets are compare's
            and not f.measure.startswith("furlough")  # lapse's
            and (year is None or f.first_year <= year <= f.last_year)
        ]
        for f in figures:
            measure = _PUBLISHED.get(f.measure, f.measure)
            amount = Decimal(f.amount)
            usd, basis = (amount if f.unit == "USD" else None), "published"
            if f.unit in ("KRW", "JPY"):
                usd = _in_dollars(data, f)
                if f.last_year > f.first_year:
                    basis = "published total; in dollars: an equal share of each year at that year's average rate"
            out.append(BurdenRow(host, measure, f.first_year, f.last_year, amount, f.unit, usd, f.source, basis))
        out += _derived(data, host, figures)
    return out


def _year_share(f: BurdenFigure) -> Money:
    """A published total's equal share of one of its years, to the currency's minor unit."""
    with localcontext(WIDE):
        return Money(Decimal(f.amount) / (f.last_year - f.first_year + 1), f.unit).round_minor()


def _in_dollars(data: Dataset, f: BurdenFigure) -> Decimal:
    """A published total in yen or won in dollars: its share of each year at that year's rate."""
    each = _year_share(f)
    years = range(f.first_year, f.last_year + 1)
    return sum((convert(each, "USD", _rate(data, f.unit, y)).amount for y in years), Decimal(0))


def _pct(part: Decimal, whole: Decimal) -> Decimal:
    with localcontext(WIDE):
        return round_pct(part / whole * 100)


def _derived(data: Dataset, host: str, figures: list[BurdenFigure]) -> list[BurdenRow]:
    dod = next((f for f in figures if f.measure == "dod_obligations"), None)
    direct = next((f for f in figures if f.measure == "host_direct"), None)
    out: list[BurdenRow] = []
    if direct is not None:
        first, last = direct.first_year, direct.last_year
        out.append(BurdenRow(host, "indirect_support", first, last, None, "USD", None, "gao-21-270", NOT_TOTALLED))
    if dod is not None and direct is not None and (dod.first_year, dod.last_year) == (first, last):
        d, o = Decimal(direct.amount), Decimal(dod.amount)
        for measure, value in (
            ("direct_support_per_dod_obligations", _pct(d, o)),
            ("direct_support_per_total", _pct(d, o + d)),
        ):
            out.append(BurdenRow(host, measure, first, last, value, "%", None, None, "computed from the rows above"))
    troops = next((f for f in data.burden if f.host == host and f.measure == "us_troops"), None)
    if direct is not None and direct.unit == "USD" and troops is not None:
        years = last - first + 1
        with localcontext(WIDE):
            each = (Decimal(direct.amount) / years / troops.amount).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        basis = (
            f"computed: direct support ÷ {years} years ÷ {troops.amount:,} troops, the level GAO gives as of "
            f"{troops.first_year}, taken for {first}-{last} (an assumption)"
        )
        out.append(BurdenRow(host, "direct_support_per_troop", first, last, each, "USD", each, None, basis))
    if host == "KR" and direct is not None:
        rows = _payments(data, first, last)
        won = sum((r.amount.amount for r in rows), Decimal(0))
        sma = _payments_in_dollars(data, rows)
        basis = "computed: the record's payments (smacalc project), in dollars each year at its average rate"
        out.append(BurdenRow(host, "sma_payment", first, last, won, "KRW", sma, None, basis))
        other = Decimal(direct.amount) - sma
        basis = "computed: direct support minus the SMA"
        out.append(BurdenRow(host, "other_direct_support", first, last, other, "USD", other, None, basis))
        if dod is not None and (dod.first_year, dod.last_year) == (first, last) and dod.unit == "USD":
            basis = "computed: the SMA in dollars (above) ÷ DOD obligations, as GAO rounds them (to $0.1 billion)"
            share = _pct(sma, Decimal(dod.amount))
            out.append(BurdenRow(host, "sma_per_dod_obligations", first, last, share, "%", None, None, basis))
    return out


def sma_in_dollars(data: Dataset, first: int, last: int) -> Decimal:
    """Korea's SMA payments of ``first``-``last`` in dollars, each at its year's average rate."""
    return _payments_in_dollars(data, _payments(data, first, last))


def _payments(data: Dataset, first: int, last: int) -> list[ProjectionRow]:
    return [r for r in project(data, through=last) if first <= r.year <= last]


def _payments_in_dollars(data: Dataset, rows: list[ProjectionRow]) -> Decimal:
    return sum((convert(r.amount, "USD", _rate(data, r.amount.currency, r.year)).amount for r in rows), Decimal(0))


def _rate(data: Dataset, currency: str, year: int) -> Rate | None:
    return None if currency == "USD" else rate_for(data, {currency}, year, carry_forward=True)


@dataclass(frozen=True)
class Side:
    """One year of one host: its SMA payment, in its currency and in dollars, and per US troop."""

    host: str
    year: int
    measure: str  # sma (Korea's), or Japan's hns_total or hns_sma
    amount: Money
    usd: Money
    average: bool  # the year's share of a multi-year total, not a published annual figure
    troops: int | None
    rate: Rate | None
    source: str | None

    @property
    def per_troop(self) -> Money | None:
        if self.troops is None:
            return None
        return Money(self.usd.amount / self.troops, "USD").round_minor()


def compare(data: Dataset, first: int, last: int, japan: JapanMeasure = "total") -> list[Side]:
    """Korea's SMA and Japan's host-nation support, each year of ``first``-``last`` both are on
    record, in dollars at the year's average rate (carried forward past the last published).

    Japan's figure of a year is the Ministry of Defense's budget of ``japan`` (the host-nation
    support total, or the cost sharing under its SMA alone); a year past the published budgets
    takes the total's agreement average (marked average), and the SMA portion has none."""
    if last < first:
        raise InputError(f"--to {last} is before --from {first}")
    if japan not in JAPAN_MEASURES:
        raise InputError(f"unknown Japanese measure {japan!r}; the measures are total and sma")
    korea = {r.year: r for r in project(data) if first <= r.year <= last}
    stated = data.troops("stated")  # beside GAO's 55,000 for Japan, Korea's stated level, not a count
    japan_troops = next((f for f in data.burden if f.host == "JP" and f.measure == "us_troops"), None)
    jp_troops = japan_troops.amount if japan_troops is not None else None
    measure = JAPAN_MEASURES[japan]
    out: list[Side] = []
    for year in range(first, last + 1):
        row = korea.get(year)
        if row is not None:
            rate = _rate(data, row.amount.currency, year)
            level = stated.get(year) or (stated[max(stated)] if stated and year > max(stated) else None)
            troops = level.troops if level is not None else None
            usd = convert(row.amount, "USD", rate)
            out.append(Side("KR", year, "sma", row.amount, usd, False, troops, rate, row.source))
        hns = _japan(data, measure, year)
        if hns is not None:
            yen = _year_share(hns)
            rate = rate_for(data, {"JPY"}, year, carry_forward=True)
            average = hns.last_year > hns.first_year
            out.append(Side("JP", year, measure, yen, convert(yen, "USD", rate), average, jp_troops, rate, hns.source))
    return out


def _japan(data: Dataset, measure: str, year: int) -> BurdenFigure | None:
    """Japan's budget of ``measure`` for ``year``; else, for the total, the agreement covering it."""
    budgets = (f for f in data.burden if f.host == "JP" and f.measure == measure and f.first_year == year)
    covering = ("host_sma",) if measure == "hns_total" else ()
    agreements = (
        f for f in data.burden if f.host == "JP" and f.measure in covering and f.first_year <= year <= f.last_year
    )
    return next(budgets, None) or next(agreements, None)


@dataclass(frozen=True)
class Lapse:
    """No agreement in force for ``months`` of ``year``: the labor line the last agreement funded,
    the part of it left unfunded, and what it is a worker, each with where it comes from."""

    year: int
    months: Decimal  # more than 0, at most 12
    in_force: ProjectionRow  # the payment of the year before: the last agreement's amount
    split: Split  # the latest published split at or before that year
    workers: BurdenFigure | None
    furlough: furloughs.Furlough | None = None  # what the year's furlough cost the workers, where on record

    @property
    def labor_share(self) -> Decimal:
        labor = self.split.parts["labor"].amount
        with localcontext(WIDE):
            return labor / self.split.row.amount.amount

    @property
    def labor_line(self) -> Money:
        with localcontext(WIDE):
            return Money(self.in_force.amount.amount * self.labor_share, "KRW").round_to(Decimal("1E8"))

    @property
    def unfunded(self) -> Money:
        with localcontext(WIDE):
            return Money(self.labor_line.amount * self.months / 12, "KRW").round_to(Decimal("1E8"))

    @property
    def per_worker_month(self) -> Money | None:
        if self.workers is None:
            return None
        with localcontext(WIDE):
            return Money(self.labor_line.amount / self.workers.amount / 12, "KRW").round_to(Decimal("1E4"))


def lapse(data: Dataset, year: int, months: Decimal) -> Lapse:
    """The lapse of ``months`` (more than 0, at most 12; fractions too) in ``year``, under the
    agreement in force the year before."""
    if not (months.is_finite() and 0 < months <= 12):
        raise InputError(f"--months {months} must be more than 0 and at most 12")
    rows = {r.year: r for r in project(data)}
    if year - 1 not in rows:
        raise InputError(f"{year} has no year before it in the record ({min(rows)}-{max(rows)})")
    in_force = rows[year - 1]
    if in_force.amount.currency != "KRW":
        raise InputError(f"{year - 1} was paid in dollars; the published splits are in won, from 2015")
    published = [s for s in categories.categories(data) if s.row.year <= year - 1 and s.status == "published"]
    if not published:
        raise DataError(f"no published split of the SMA at or before {year - 1} in the record")
    workers = [f for f in data.burden if f.measure == "korean_workers" and f.first_year <= year]
    latest = max(workers, key=lambda f: f.last_year) if workers else None
    return Lapse(year, months, in_force, published[-1], latest, furloughs.furlough(data, year))


def lapse_events(data: Dataset) -> list[Event]:
    """The events of the 2020 lapse, which the 11th SMA ended: the furlough of Korean workers, the
    special law, and what was paid out that year."""
    words = ("furlough", "special law", "lapse")
    return [e for e in data.events if e.sma == 11 and any(w in e.description for w in words)]
