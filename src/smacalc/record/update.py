"""`smacalc update`'s work in the record: download a series from its publisher, check it as the
bundled files are checked, and compare it with what the record holds. Writing the files is the
command's (through render/files.py), so that every file smacalc writes goes one way."""

from __future__ import annotations

import datetime as dt
import socket
from dataclasses import dataclass
from decimal import Decimal

from smacalc.errors import DataError
from smacalc.record.dataset import Dataset
from smacalc.record.fetched import MAX_BYTES, Fetched, Series, parse


class Unreachable(DataError):
    """The publisher did not answer (a timeout, a refused connection): the other series are not tried."""


def download(url: str, timeout: float) -> bytes:
    """The body of ``url``, read to at most MAX_BYTES + 1 bytes; an HTTP error, a timeout or a body
    shorter than the length the server announced is one DataError."""
    import http.client
    import urllib.error
    import urllib.request

    from smacalc import __version__

    request = urllib.request.Request(url, headers={"User-Agent": f"smacalc/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return bytes(answer.read(MAX_BYTES + 1))
    except urllib.error.HTTPError as exc:
        raise DataError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except http.client.IncompleteRead as exc:
        raise DataError(
            f"{url}: the download is cut short ({len(exc.partial):,} bytes of the announced length)"
        ) from None
    except TimeoutError:
        raise Unreachable(f"{url}: no answer within {timeout:g} s") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise Unreachable(f"{url}: no answer within {timeout:g} s") from None
        raise Unreachable(f"{url}: cannot connect: {getattr(exc.reason, 'strerror', None) or exc.reason}") from None
    except (http.client.HTTPException, OSError) as exc:
        raise Unreachable(f"{url}: the connection failed: {exc}") from None


@dataclass(frozen=True)
class Checked:
    """A fetched series, checked against the record: where the record's own series ends, and the
    values it gives that differ from the fetched ones (day, the record's, the fetched)."""

    fetched: Fetched
    record_last: str
    revised: tuple[tuple[str, str, str], ...]


def held(data: Dataset, series: Series) -> dict[str, str]:
    """The values the record itself (bundled, or SMACALC_DATA_DIR) gives for ``series``, by ISO day
    (an annual value on the first day of its year, as FRED dates it)."""
    if series.kind == "daily":
        days, values = data.daily_rates.series[series.key]
        return dict(zip(days, values, strict=True))
    if series.kind == "annual":
        return {f"{y}-01-01": str(r.rate) for (c, y), r in data.rates.items() if c == series.key}
    return {f"{y}-01-01": str(v.level) for (s, y), v in data.levels.items() if s == series.key}


def today() -> dt.date:
    """The day a series is fetched on, in UTC (as FRED dates its files)."""
    return dt.datetime.now(dt.UTC).date()


def fetch(series: Series, base: str, timeout: float, data: Dataset, before: Fetched | None) -> Checked:
    """``series`` from ``base``, checked: a series that ends before the record's own, or before the
    one fetched earlier (``before``), is refused, so that the earlier data stays in use."""
    url = series.url(base)
    new = parse(series, download(url, timeout), today(), url)
    own = held(data, series)
    record_last = max(own, default="")
    if new.last < record_last:
        raise DataError(
            f"{series.id}: the fetched series ends {new.last}, before the record's own ({record_last}); not taken"
        )
    if before is not None and new.last < before.last:
        raise DataError(
            f"{series.id}: the fetched series ends {new.last}, before the one fetched earlier ({before.last})"
        )
    revised = tuple(
        (day, own[day], value)
        for day, value in zip(new.days, new.values, strict=True)
        if day in own and Decimal(own[day]) != Decimal(value)
    )
    return Checked(new, record_last, revised)


def revision_line(checked: Checked) -> str:
    """One line on the values a fetched series revises: they are reported, never taken."""
    day, own, new = checked.revised[0]
    count = len(checked.revised)
    some = "1 value differs" if count == 1 else f"{count:,} values differ"
    return (
        f"{checked.fetched.series.id}: {some} from the record's (first {day}: {own} in the record, {new} fetched); "
        f"the record's values are kept, the fetched series is used only after {checked.record_last}"
    )


@dataclass(frozen=True)
class Status:
    """One series as the commands use it now: its last day (or year), where that comes from (the
    record's source id, or the series `smacalc update` fetched), and where the record's own ends."""

    series: Series
    last: str
    origin: str
    record_last: str


def update_status(data: Dataset) -> list[Status]:
    """Every series `smacalc update` fetches, as ``data`` (the record carried on by what was
    fetched) uses it."""
    from smacalc.record.fetched import SERIES
    from smacalc.record.prices import FetchedLevel, FetchedRate

    out = []
    for series in SERIES:
        own = series.source
        if series.kind == "daily":
            daily = data.daily_rates
            days = daily.series[series.key][0]
            begins, fetched = daily.fetched.get(series.key, (len(days), None))
            out.append(Status(series, days[-1], str(fetched or own), days[begins - 1]))
            continue
        table = data.rates if series.kind == "annual" else data.levels
        rows = sorted((y, row) for (k, y), row in table.items() if k == series.key)
        own_years = [y for y, row in rows if not isinstance(row, (FetchedRate, FetchedLevel))]
        year, last = rows[-1]
        label = str(last.fetched) if isinstance(last, (FetchedRate, FetchedLevel)) else own
        out.append(Status(series, str(year), label, str(max(own_years))))
    return out
