"""What `smacalc update` fetched: the series it fetches, the folder it keeps them in, and how a
fetched file is read and checked (the same way whether it comes off the network or off the disk).

Each series is kept as the publisher's CSV (FRED's layout: ``observation_date,DEXKOUS``), one file
named for the series and the day it was fetched (``DEXKOUS-2026-12-05.csv``), in
``$SMACALC_UPDATE_DIR``, else ``$XDG_DATA_HOME/smacalc``, else ``~/.local/share/smacalc``. A
command that reads the record reads these files only when it first needs a rate or a price level,
and takes from them only what reaches past the bundled series: a bundled value is never replaced.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from smacalc.errors import DataError

if TYPE_CHECKING:
    from smacalc.record.dataset import Prices
    from smacalc.record.prices import DailyRates, Provenance

Kind = Literal["daily", "annual", "level"]
FRED_CSV = "https://fred.stlouisfed.org/graph/fredgraph.csv"
_NUMERAL = re.compile(r"\d{1,6}(?:\.\d{1,10})?")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_FILE = re.compile(r"(?P<series>[A-Z0-9]+)-(?P<day>\d{4}-\d\d-\d\d)\.csv")
MAX_BYTES = 1_000_000  # FRED's whole DEXKOUS file is about 220 kB; a stored file is read to 1 MB


@dataclass(frozen=True)
class Series:
    """One series `smacalc update` fetches: FRED's id, what it is in the record (a column of the
    daily rates, a currency's annual average, a price level) and the record's source id for it."""

    id: str
    kind: Kind
    key: str  # the currency (daily, annual) or the price-level series (level)
    source: str  # the source id in sources.csv of the bundled series
    query: str = ""  # more of FRED's URL parameters (an annual average of a monthly series)

    def url(self, base: str) -> str:
        return f"{base}?id={self.id}{self.query}"


SERIES: tuple[Series, ...] = (
    Series("DEXKOUS", "daily", "KRW", "fred-dexkous"),
    Series("DEXJPUS", "daily", "JPY", "fred-dexjpus"),
    Series("DEXCHUS", "daily", "CNY", "fred-dexchus"),
    Series("DEXUSEU", "daily", "EUR", "fred-dexuseu"),
    Series("AEXKOUS", "annual", "KRW", "fred-aexkous"),
    Series("AEXJPUS", "annual", "JPY", "fred-aexjpus"),
    Series("AEXCHUS", "annual", "CNY", "fred-aexchus"),
    Series("AEXUSEU", "annual", "EUR", "fred-aexuseu"),
    # The BLS CPI-U (CUUR0000SA0) as FRED carries it, averaged over each year by FRED.
    Series("CPIAUCNS", "level", "us_cpi", "bls-cuur0000sa0", "&fq=Annual&fam=avg"),
)
# The lowest value each kind allows, as the bundled files' models check it (a daily rate above
# it; an annual one or a level from it), and the highest, for all.
_LOWEST = {"daily": Decimal(0), "annual": Decimal("0.01"), "level": Decimal(1)}
_HIGHEST = Decimal(100_000)


def _fits(kind: Kind, value: str) -> bool:
    if not _NUMERAL.fullmatch(value):
        return False
    number, low = Decimal(value), _LOWEST[kind]
    return (number > low if kind == "daily" else number >= low) and number <= _HIGHEST


def folder() -> Path:
    """Where `smacalc update` keeps what it fetched."""
    chosen = os.environ.get("SMACALC_UPDATE_DIR")
    if chosen:
        return Path(chosen)
    data_home = os.environ.get("XDG_DATA_HOME", "")
    base = Path(data_home) if os.path.isabs(data_home) else Path.home() / ".local" / "share"
    return base / "smacalc"


@dataclass(frozen=True)
class Fetched:
    """A series as fetched: its days (ISO) and values as written, in order, with no gap left in."""

    series: Series
    fetched: dt.date
    days: tuple[str, ...]
    values: tuple[str, ...]

    @property
    def provenance(self) -> Provenance:
        from smacalc.record.prices import Provenance

        return Provenance(self.series.id, self.fetched)

    @property
    def first(self) -> str:
        return self.days[0]

    @property
    def last(self) -> str:
        return self.days[-1]


def parse(series: Series, data: bytes, fetched: dt.date, name: str) -> Fetched:
    """A FRED CSV of ``series``, checked line by line: the header FRED writes, days of the calendar
    in order, each value a number in the range the record allows (or empty, a day with none), and
    the last line whole. Any fault is one DataError naming ``name`` and, where it helps, the line."""
    if len(data) > MAX_BYTES:
        raise DataError(f"{name}: over {MAX_BYTES:,} bytes; not a series smacalc fetches")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(f"{name}: not UTF-8 text, not FRED's CSV") from None
    if text.lstrip().startswith("<"):  # <!DOCTYPE html>, <html>, <?xml ...>: a page, not data
        raise DataError(f"{name}: an HTML page came back, not FRED's CSV")
    lines = text.split("\n")
    if lines[0].rstrip("\r") not in (f"observation_date,{series.id}", f"DATE,{series.id}"):
        raise DataError(f"{name}: not FRED's CSV of {series.id}: the header must be observation_date,{series.id}")
    if lines[-1] != "":
        raise DataError(f"{name}: the download is cut short: its last line ({lines[-1][:40]!r}) is not whole")
    days: list[str] = []
    values: list[str] = []
    for number, line in enumerate(lines[1:-1], start=2):
        day, _, value = line.rstrip("\r").partition(",")
        value = "" if value == "." else value
        where = f"{name}: line {number}"
        if not _DAY.fullmatch(day) or "," in value:
            raise DataError(f"{where}: not a line of FRED's CSV (a date, then a value): {line[:60]!r}")
        try:
            dt.date.fromisoformat(day)
        except ValueError:
            raise DataError(f"{where}: {day} is not a day of the calendar") from None
        if series.kind != "daily" and not day.endswith("-01-01"):
            raise DataError(f"{where}: {day}: an annual series gives the first day of each year")
        if value and not _fits(series.kind, value):
            low = _LOWEST[series.kind]
            raise DataError(f"{where}: {series.id} {value!r} is not a value from {low} to {_HIGHEST:,}")
        if value:
            days.append(day)
            values.append(value)
    every = [line[:10] for line in lines[1:-1]]
    for before, after in pairwise(every):
        if after <= before:
            raise DataError(f"{name}: {after} comes after {before}; the days must be in order, each once")
    if not days:
        raise DataError(f"{name}: {series.id} has no value at all")
    return Fetched(series, fetched, tuple(days), tuple(values))


def stored(where: Path | None = None) -> dict[str, Fetched]:
    """The series fetched before, by FRED id: for each, the file of the latest day in the folder,
    read and checked as a download is; an unreadable or faulty file is a DataError naming it."""
    from smacalc.record.load import read_file

    place = folder() if where is None else where
    try:
        names = sorted(os.listdir(place))
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise DataError(f"{place}: cannot read the folder of fetched series: {exc.strerror or exc}") from None
    latest: dict[str, tuple[str, str]] = {}
    for name in names:
        match = _FILE.fullmatch(name)
        if match and match["series"] in _BY_ID:
            latest[match["series"]] = max(latest.get(match["series"], ("", "")), (match["day"], name))
    out = {}
    for series_id, (day, name) in latest.items():
        try:
            when = dt.date.fromisoformat(day)
        except ValueError:
            continue
        path = place / name
        try:
            out[series_id] = parse(_BY_ID[series_id], read_file(path, str(path), "fetched series"), when, str(path))
        except DataError as exc:
            raise DataError(f"{exc}; `smacalc update` fetches it again") from None
    return out


def file_name(fetched: Fetched) -> str:
    return f"{fetched.series.id}-{fetched.fetched.isoformat()}.csv"


def as_csv(fetched: Fetched) -> bytes:
    """The series as FRED's CSV lays it out, the days with a value only."""
    lines = [
        f"observation_date,{fetched.series.id}",
        *(f"{d},{v}" for d, v in zip(fetched.days, fetched.values, strict=True)),
    ]
    return ("\n".join(lines) + "\n").encode("ascii")


_BY_ID = {s.id: s for s in SERIES}


def with_daily(daily: DailyRates, fetched: dict[str, Fetched]) -> DailyRates:
    """The daily rates, each currency's series carried on by the days fetched after its last."""
    for item in fetched.values():
        if item.series.kind == "daily":
            daily.extend(item.series.key, item.days, item.values, item.provenance)
    return daily


def with_prices(prices: Prices, fetched: dict[str, Fetched]) -> Prices:
    """The annual rates and price levels, with the years fetched after each series' last."""
    from pydantic import BaseModel

    from smacalc.record.prices import FetchedLevel, FetchedRate

    rates, levels, *rest = prices
    tables: dict[str, tuple[dict[tuple[str, int], Any], type[BaseModel], str, str]] = {
        "annual": (dict(rates), FetchedRate, "currency", "rate"),
        "level": (dict(levels), FetchedLevel, "series", "level"),
    }
    for item in fetched.values():
        if item.series.kind not in tables:
            continue
        table, model, key_field, value_field = tables[item.series.kind]
        key = item.series.key
        last = max((y for k, y in table if k == key), default=0)
        for day, value in zip(item.days, item.values, strict=True):
            if int(day[:4]) > last:
                fields = {key_field: key, "year": int(day[:4]), value_field: Decimal(value)}
                provenance = {"source": item.series.source, "fetched": item.provenance}
                table[(key, int(day[:4]))] = model.model_validate(fields | provenance)
    return (tables["annual"][0], tables["level"][0], *rest)  # type: ignore[return-value]
