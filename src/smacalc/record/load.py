"""Read and validate the record: the bundled files, or those of SMACALC_DATA_DIR (once per
process), and scenario files on top (--data; read by scenario.py)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from functools import cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from smacalc.errors import DataError
from smacalc.record.dataset import Dataset, Prices, Talks, no_prices, no_talks
from smacalc.record.models import (
    Agreement,
    DefaultAssumption,
    Defaults,
    IndexValue,
    MethodYear,
    Source,
    YearAmount,
)

if TYPE_CHECKING:
    from smacalc.record.prices import DailyRates
    from smacalc.record.talks import Event, Position

M = TypeVar("M", bound=BaseModel)
K = TypeVar("K")

MAX_FILE_BYTES = 1_000_000  # a data or scenario file larger than this is refused, not read


def validation_message(where: str, error: ValidationError, prefix: tuple[str | int, ...] = ()) -> str:
    """One line naming the file, the field path (after ``prefix``) and what is wrong with it."""
    first = error.errors()[0]
    path = ""
    for part in (*prefix, *first["loc"]):
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    msg = first["msg"].removeprefix("Value error, ")
    if first["type"] == "string_type" and isinstance(first.get("input"), (dt.date, int, float)):
        # YAML and TOML read an unquoted 2031-01-01 as a date, 12 as a number: say so, and how
        given = first["input"]
        kind = "a date" if isinstance(given, dt.date) else "a number"
        text = given.isoformat() if isinstance(given, dt.date) else str(given)
        msg = f'should be text, but {text} unquoted is read as {kind}; write it in quotes ("{text}")'
    more = error.error_count() - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{where}: {path or 'top level'}: {msg}{tail}"


def read_text_file(path: Path, name: str, what: str) -> str:
    """The text of a file the user points smacalc at (a scenario, a folder of data files): a
    regular file of at most MAX_FILE_BYTES (see read_file), UTF-8 with or without a byte-order
    mark, with no NUL byte."""
    data = read_file(path, name, what)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(f"{name}: not UTF-8 text") from None
    if "\x00" in text:
        raise DataError(f"{name}: contains a NUL byte; not a text file")
    return text


def read_file(path: Path, name: str, what: str) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES, read no further than that (a link
    to /dev/zero is refused, not read without end; a FIFO is refused, not waited on)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "Is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise DataError(f"{name}: not a regular file (a device, FIFO or socket); give a {what}")
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise DataError(file_problem(str(path), exc)) from None
    if len(data) > MAX_FILE_BYTES:
        raise DataError(f"{name}: over the {MAX_FILE_BYTES:,}-byte limit for a {what}")
    return data


def _reader(folder: str | None) -> Callable[[str], str]:
    """Read a data file from ``folder``, or from the package when it is None."""

    def read(name: str) -> str:
        if folder is None:
            return resources.files("smacalc.record").joinpath("data", name).read_text(encoding="utf-8")
        return read_text_file(_data_path(folder, name), name, "data file")

    return read


def _data_path(folder: str, name: str) -> Path:
    path = Path(folder) / name
    if not path.exists() and not path.is_symlink():
        raise DataError(f"{name}: no such file in {folder}")
    return path


def read_daily(folder: str | None) -> DailyRates:
    """The daily rates of the record in ``folder`` (the bundled ones when None)."""
    from smacalc.record.prices import DAILY_FILE, DailyRates

    if folder is None:
        try:
            data = resources.files("smacalc.record").joinpath("data", DAILY_FILE).read_bytes()
        except OSError as exc:
            raise DataError(f"{DAILY_FILE}: the bundled daily rates cannot be read ({exc.strerror or exc})") from None
    else:
        data = read_file(_data_path(folder, DAILY_FILE), DAILY_FILE, "data file")
    return DailyRates(data)


def parse_toml(name: str, text: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"{name}: not valid TOML: {exc}") from None
    except RecursionError:
        raise DataError(f"{name}: nested too deeply to read") from None


def _csv_records(name: str, text: str, header: list[str]) -> Iterator[tuple[str, dict[str, str]]]:
    """(where, fields) for every record of a CSV file with ``header``, its empty fields left out.
    A record with more or fewer fields than the header, or a quoted field left open (the file
    cut short), is a DataError naming the line."""
    import csv
    import io

    reader = csv.DictReader(io.StringIO(text), strict=True)
    try:
        if reader.fieldnames != header:
            raise DataError(f"{name}: header must be {','.join(header)}")
        for row in reader:
            where = f"{name} line {reader.line_num}"
            if None in row or None in row.values():
                extra = row.get(None) or []  # type: ignore[call-overload,unused-ignore]
                count = len(header) + len(extra) if extra else sum(v is not None for v in row.values())
                raise DataError(f"{where}: {count} fields where the header has {len(header)}")
            if any("\n" in value or "\r" in value for value in row.values()):
                raise DataError(f"{where}: a quoted field runs over several lines; is a quote left open?")
            yield where, {k: v for k, v in row.items() if v}
    except csv.Error as exc:
        raise DataError(f"{name} line {reader.line_num}: not valid CSV: {exc}") from None


def _csv_rows(name: str, text: str, model: type[M]) -> list[M]:
    """Validate every row of a CSV file whose header is the model's field names."""
    return [validated(model, where, fields) for where, fields in _csv_records(name, text, list(model.model_fields))]


def build(
    agreement_list: Iterable[Agreement],
    sources: Mapping[str, Source],
    index_rows: Iterable[IndexValue],
    defaults: Mapping[str, DefaultAssumption],
    prices: Callable[[], Prices] = no_prices,
    talks: Callable[[], Talks] = no_talks,
    *,
    require_sources: bool = False,
) -> Dataset:
    """Check what no single model can: unique numbers and years, known sources."""
    agreements = tuple(sorted(agreement_list, key=lambda a: a.first))
    for before, after in pairwise(agreements):
        if after.first <= before.last:
            raise DataError(f"agreements {before.number} and {after.number} both cover {after.first}")
    numbers = [a.number for a in agreements]
    if len(set(numbers)) != len(numbers):
        raise DataError(f"an agreement number is used twice: {numbers}")
    indices: dict[tuple[str, int], IndexValue] = _keyed("indices.csv", index_rows, lambda v: (str(v.series), v.year))
    refs = [
        *_source_refs(agreements, indices.values(), defaults),
    ]
    _check_sources(refs, sources, require_sources)
    return Dataset(agreements, sources, indices, defaults, prices, talks)


def _check_sources(refs: Iterable[tuple[str, str | None]], known: Mapping[str, Source], required: bool) -> None:
    for where, ref in refs:
        if ref is None:
            if required:
                raise DataError(f"{where}: the amount has no source")
        elif ref not in known:
            raise DataError(f"{where}: unknown source {ref!r}")


def check_talks(
    data: Dataset, positions: Iterable[Position], events: Iterable[Event], where: tuple[str, str], required: bool
) -> None:
    """Each position and event names an agreement of the record and a known source."""
    placed: list[tuple[str, Position | Event]] = [
        *((where[0], p) for p in positions),
        *((where[1], e) for e in events),
    ]
    numbers = set(data.numbers)
    for name, item in placed:
        if item.sma not in numbers:
            raise DataError(f"{name}: {item.date}: no SMA number {item.sma} in the record")
    _check_sources(((f"{name}: {item.date}", item.source) for name, item in placed), data.sources, required)


def _keyed(name: str, rows: Iterable[M], key: Callable[[M], K]) -> dict[K, M]:
    """Rows by key; a key given twice is a data error naming the file."""
    out: dict[K, M] = {}
    for row in rows:
        k = key(row)
        if k in out:
            shown = " ".join(map(str, k)) if isinstance(k, tuple) else k
            raise DataError(f"{name}: {shown} is given twice")
        out[k] = row
    return out


def _source_refs(
    agreements: Iterable[Agreement],
    indices: Iterable[IndexValue],
    defaults: Mapping[str, DefaultAssumption],
) -> Iterable[tuple[str, str | None]]:
    for a in agreements:
        where = f"agreements.toml: agreement {a.number}"
        yield from ((where, s) for s in a.sources)
        if a.signed_source:
            yield f"{where}, signed", a.signed_source
        yield from ((where, n.source) for n in a.notes if n.source)
        entries: tuple[YearAmount | MethodYear, ...] = (a.first_year, *a.schedule, *a.published, *a.method)
        for entry in entries:
            at = f"{where}, year {entry.year}"
            yield at, entry.source
            yield from ((at, n.source) for n in entry.notes if n.source)
            if isinstance(entry, YearAmount) and entry.previous is not None:
                yield f"{at}, previous", entry.previous.source
    for v in indices:
        yield f"indices.csv: {v.series} {v.year}", v.source
    for series, d in defaults.items():
        if d.source:
            yield f"defaults.toml: index.{series}", d.source


def _agreements(name: str, content: dict[str, Any]) -> tuple[Agreement, ...]:
    """The [[agreement]] tables of agreements.toml, each validated as an Agreement."""
    extra = sorted(set(content) - {"agreement"})
    if extra:
        raise DataError(f"{name}: {extra[0]}: Extra inputs are not permitted")
    entries = content.get("agreement", [])
    if not isinstance(entries, list):
        raise DataError(f"{name}: agreement: Input should be a valid array of tables")
    out = []
    for i, entry in enumerate(entries):
        try:
            out.append(Agreement.model_validate(entry))
        except ValidationError as exc:
            raise DataError(validation_message(name, exc, ("agreement", i))) from None
    return tuple(out)


SOURCE_COLUMNS = ["id", *Source.model_fields]


def _sources(name: str, text: str) -> dict[str, Source]:
    """The publications by id, from a CSV file with the header id + the Source fields."""
    out: dict[str, Source] = {}
    for where, fields in _csv_records(name, text, SOURCE_COLUMNS):
        key = fields.pop("id", "")
        if not key:
            raise DataError(f"{where}: id: the source has no id")
        if key in out:
            raise DataError(f"{where}: id {key!r} is given twice")
        out[key] = validated(Source, where, fields)
    return out


def validated(model: type[M], name: str, content: Any) -> M:
    try:
        return model.model_validate(content)
    except ValidationError as exc:
        raise DataError(validation_message(name, exc)) from None


TALK_FILES = ("positions.toml", "events.toml")


BASE_FILES = ("sources.csv", "agreements.toml", "defaults.toml", "indices.csv")
PRICE_FILES = ("rates.csv", "deflators.csv", "troops.csv", "categories.csv", "burden.csv")


def read_record(folder: str | None = None, updates: str | None = None) -> Dataset:
    """Read and validate the record from ``folder`` (the bundled one when None). The prices, the
    positions and events are read, validated and checked when first used; the rates and price
    levels are carried on by what `smacalc update` keeps in ``updates`` (a folder), if given."""
    from smacalc.record import fetched

    read = _reader(folder)
    base = {name: read(name) for name in BASE_FILES}
    agreements, sources, indices, defaults = _validated_base(base)
    data = build(agreements, sources, indices, defaults, require_sources=True)

    def prices() -> Prices:
        texts = base | {name: read(name) for name in PRICE_FILES}
        found = _validated_prices(texts, data.sources)
        return found if updates is None else fetched.with_prices(found, fetched.stored(Path(updates)))

    def daily() -> DailyRates:
        found = read_daily(folder)
        return found if updates is None else fetched.with_daily(found, fetched.stored(Path(updates)))

    def talks() -> Talks:
        texts = base | {name: read(name) for name in TALK_FILES}
        return _validated_talks(texts, data)

    return replace(data, prices=prices, talks=talks, daily=daily)


def _validated_base(
    texts: Mapping[str, str],
) -> tuple[tuple[Agreement, ...], dict[str, Source], list[IndexValue], dict[str, DefaultAssumption]]:
    sources = _sources("sources.csv", texts["sources.csv"])
    agreements = _agreements("agreements.toml", parse_toml("agreements.toml", texts["agreements.toml"]))
    defaults = validated(Defaults, "defaults.toml", parse_toml("defaults.toml", texts["defaults.toml"]))
    indices = _csv_rows("indices.csv", texts["indices.csv"], IndexValue)
    return agreements, sources, indices, {str(k): v for k, v in defaults.index.items()}


def _validated_prices(texts: Mapping[str, str], sources: Mapping[str, Source]) -> Prices:
    from smacalc.record.prices import BurdenFigure, CategoryAmount, ExchangeRate, PriceLevel, TroopLevel

    rates = _keyed(
        "rates.csv", _csv_rows("rates.csv", texts["rates.csv"], ExchangeRate), lambda r: (str(r.currency), r.year)
    )
    levels = _keyed(
        "deflators.csv",
        _csv_rows("deflators.csv", texts["deflators.csv"], PriceLevel),
        lambda v: (str(v.series), v.year),
    )
    troops = _keyed(
        "troops.csv", _csv_rows("troops.csv", texts["troops.csv"], TroopLevel), lambda t: (str(t.measure), t.year)
    )
    split = _keyed(
        "categories.csv",
        _csv_rows("categories.csv", texts["categories.csv"], CategoryAmount),
        lambda c: (c.year, str(c.category)),
    )
    burden = tuple(_csv_rows("burden.csv", texts["burden.csv"], BurdenFigure))
    refs = [
        *((f"burden.csv: {b.host} {b.measure} {b.first_year}", b.source) for b in burden),
        *((f"troops.csv: {t.year} {t.measure}", t.source) for t in troops.values()),
        *((f"categories.csv: {c.year} {c.category}", c.source) for c in split.values()),
        *((f"rates.csv: {r.currency} {r.year}", r.source) for r in rates.values()),
        *((f"deflators.csv: {v.series} {v.year}", v.source) for v in levels.values()),
    ]
    _check_sources(refs, sources, required=True)
    return rates, levels, troops, split, burden


def _validated_talks(texts: Mapping[str, str], data: Dataset) -> Talks:
    from smacalc.record.talks import TalksFile

    positions, events = (validated(TalksFile, name, parse_toml(name, texts[name])) for name in TALK_FILES)
    check_talks(data, positions.position, events.event, TALK_FILES, required=True)
    return (*positions.position, *events.position), (*positions.event, *events.event)


def load_dataset() -> Dataset:
    """The record, parsed and validated once per process: the bundled one, or the folder named by
    the environment variable SMACALC_DATA_DIR, carried on by what `smacalc update` fetched."""
    from smacalc.record.fetched import folder

    return _cached_record(os.environ.get("SMACALC_DATA_DIR") or None, str(folder()))


_cached_record = cache(read_record)


def forget_record() -> None:
    """Read the record afresh when next asked (`smacalc update` has written new series)."""
    _cached_record.cache_clear()


def file_problem(path: str, exc: OSError) -> str:
    """One line on why a file given by the user cannot be read."""
    if isinstance(exc, FileNotFoundError):
        return f"{path}: no such file"
    if isinstance(exc, IsADirectoryError):
        return f"{path}: is a folder, not a file"
    return f"{path}: cannot read: {exc.strerror or exc}"
