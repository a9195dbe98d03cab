"""Load and validate the bundled record (once per process)."""

from __future__ import annotations

import csv
import io
import os
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, cached_property
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from smacalc.errors import DataError, InputError
from smacalc.models import (
    Agreement,
    DefaultAssumption,
    Defaults,
    IndexValue,
    Source,
    TroopCount,
)

if TYPE_CHECKING:
    from smacalc.models_prices import ExchangeRate, PriceLevel
    from smacalc.models_talks import Event, Position, ScenarioFile

M = TypeVar("M", bound=BaseModel)
K = TypeVar("K")
Talks = tuple[tuple["Position", ...], tuple["Event", ...]]
Prices = tuple[Mapping[int, "ExchangeRate"], Mapping[tuple[str, int], "PriceLevel"]]


def _no_talks() -> Talks:
    return (), ()


def _no_prices() -> Prices:
    return {}, {}


@dataclass(frozen=True)
class Assumptions:
    """Index values the user supplies: ``plain[series]`` for every year whose value is not
    published, ``by_year[(series, year)]`` for one year, published or not."""

    plain: Mapping[str, Decimal] = field(default_factory=dict)
    by_year: Mapping[tuple[str, int], Decimal] = field(default_factory=dict)


@dataclass(frozen=True)
class Dataset:
    """The record: agreements in order, sources by id, index values by (series, year)."""

    agreements: tuple[Agreement, ...]
    sources: Mapping[str, Source]
    indices: Mapping[tuple[str, int], IndexValue]
    defaults: Mapping[str, DefaultAssumption]
    troops: TroopCount
    # Exchange rates and price levels, read and checked when first asked for: only conversions
    # (--in, gap) and real terms (--real) need them.
    prices: Callable[[], Prices] = field(default=_no_prices, repr=False, compare=False)
    # The positions and events of the talks, read and checked when first asked for: only
    # `gap --sma` and `history` need them.
    talks: Callable[[], Talks] = field(default=_no_talks, repr=False, compare=False)
    assumed: Assumptions = field(default_factory=Assumptions)  # index values from scenario files
    scenarios: tuple[str, ...] = ()  # the scenario files read, by name

    @cached_property
    def _talks(self) -> Talks:
        positions, events = self.talks()
        return tuple(sorted(positions, key=lambda p: p.date)), tuple(sorted(events, key=lambda e: e.date))

    @cached_property
    def _prices(self) -> Prices:
        return self.prices()

    @property
    def rates(self) -> Mapping[int, ExchangeRate]:
        return self._prices[0]

    @property
    def levels(self) -> Mapping[tuple[str, int], PriceLevel]:
        return self._prices[1]

    @property
    def positions(self) -> tuple[Position, ...]:
        return self._talks[0]

    @property
    def events(self) -> tuple[Event, ...]:
        return self._talks[1]

    @property
    def numbers(self) -> tuple[int, ...]:
        return tuple(a.number for a in self.agreements)

    def agreement(self, number: int) -> Agreement:
        for agreement in self.agreements:
            if agreement.number == number:
                return agreement
        known = ", ".join(str(n) for n in self.numbers)
        raise InputError(f"no SMA number {number} in the record; the record has {known}")

    def latest_published(self, series: str) -> IndexValue | None:
        values = [v for (s, _), v in self.indices.items() if s == series]
        return max(values, key=lambda v: v.year) if values else None


MAX_FILE_BYTES = 1_000_000  # a data or scenario file larger than this is refused, not read


def validation_message(where: str, error: ValidationError, prefix: tuple[str | int, ...] = ()) -> str:
    """One line naming the file, the field path (after ``prefix``) and what is wrong with it."""
    first = error.errors()[0]
    path = ""
    for part in (*prefix, *first["loc"]):
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    msg = first["msg"].removeprefix("Value error, ")
    more = error.error_count() - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
    return f"{where}: {path or 'top level'}: {msg}{tail}"


def _reader(folder: str | None) -> Callable[[str], str]:
    """Read a data file from ``folder``, or from the package when it is None."""

    def read(name: str) -> str:
        try:
            if folder is None:
                return resources.files("smacalc").joinpath("data", name).read_text(encoding="utf-8")
            path = Path(folder) / name
            if path.stat().st_size > MAX_FILE_BYTES:
                raise DataError(f"{name}: over the {MAX_FILE_BYTES:,}-byte limit for a data file")
            return path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise DataError(f"{name}: no such file in {folder or 'the bundled record'}") from None
        except UnicodeDecodeError:
            raise DataError(f"{name}: not UTF-8 text") from None
        except OSError as exc:
            raise DataError(f"{name}: cannot read: {exc.strerror}") from None

    return read


def _toml(name: str, text: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataError(f"{name}: not valid TOML: {exc}") from None


def _csv_rows(name: str, text: str, model: type[M]) -> list[M]:
    """Validate every row of a CSV file whose header is the model's field names."""
    reader = csv.DictReader(io.StringIO(text))
    expected = list(model.model_fields)
    if reader.fieldnames != expected:
        raise DataError(f"{name}: header must be {','.join(expected)}")
    rows = []
    for row in reader:
        fields = {k: v for k, v in row.items() if v not in ("", None)}
        try:
            rows.append(model.model_validate(fields))
        except ValidationError as exc:
            raise DataError(validation_message(f"{name} line {reader.line_num}", exc)) from None
    return rows


def build(
    agreement_list: Iterable[Agreement],
    sources: Mapping[str, Source],
    index_rows: Iterable[IndexValue],
    defaults: Mapping[str, DefaultAssumption],
    troops: TroopCount,
    prices: Callable[[], Prices] = _no_prices,
    talks: Callable[[], Talks] = _no_talks,
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
        ("defaults.toml: usfk_troops", troops.source),
    ]
    _check_sources(refs, sources, require_sources)
    return Dataset(agreements, sources, indices, defaults, troops, prices, talks)


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
        yield from ((where, n.source) for n in a.notes if n.source)
        for entry in (a.first_year, *a.schedule, *a.published):
            at = f"{where}, year {entry.year}"
            yield at, entry.source
            yield from ((at, n.source) for n in entry.notes if n.source)
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
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames != SOURCE_COLUMNS:
        raise DataError(f"{name}: header must be {','.join(SOURCE_COLUMNS)}")
    out: dict[str, Source] = {}
    for row in reader:
        key = row.pop("id", None) or ""
        if not key:
            raise DataError(f"{name} line {reader.line_num}: id: the source has no id")
        if key in out:
            raise DataError(f"{name} line {reader.line_num}: id {key!r} is given twice")
        fields = {k: v for k, v in row.items() if v not in ("", None)}
        out[key] = _validated(Source, f"{name} line {reader.line_num}", fields)
    return out


def _validated(model: type[M], name: str, content: Any) -> M:
    try:
        return model.model_validate(content)
    except ValidationError as exc:
        raise DataError(validation_message(name, exc)) from None


TALK_FILES = ("positions.toml", "events.toml")


def read_record(folder: str | None = None) -> Dataset:
    """Read and validate the record from ``folder`` (the bundled one when None). The positions
    and events are read, validated and checked when first used."""
    read = _reader(folder)
    sources = _sources("sources.csv", read("sources.csv"))
    agreements = _agreements("agreements.toml", _toml("agreements.toml", read("agreements.toml")))
    defaults = _validated(Defaults, "defaults.toml", _toml("defaults.toml", read("defaults.toml")))
    data = build(
        agreements,
        sources,
        _csv_rows("indices.csv", read("indices.csv"), IndexValue),
        {str(k): v for k, v in defaults.index.items()},
        defaults.usfk_troops,
        require_sources=True,
    )

    def prices() -> Prices:
        from smacalc.models_prices import ExchangeRate, PriceLevel

        rates = _keyed("rates.csv", _csv_rows("rates.csv", read("rates.csv"), ExchangeRate), lambda r: r.year)
        levels = _keyed(
            "deflators.csv",
            _csv_rows("deflators.csv", read("deflators.csv"), PriceLevel),
            lambda v: (str(v.series), v.year),
        )
        refs = [
            *((f"rates.csv: {r.year}", r.source) for r in rates.values()),
            *((f"deflators.csv: {v.series} {v.year}", v.source) for v in levels.values()),
        ]
        _check_sources(refs, data.sources, required=True)
        return rates, levels

    def talks() -> Talks:
        from smacalc.models_talks import TalksFile

        positions, events = (_validated(TalksFile, name, _toml(name, read(name))) for name in TALK_FILES)
        check_talks(data, positions.position, events.event, TALK_FILES, required=True)
        return (*positions.position, *events.position), (*positions.event, *events.event)

    return replace(data, prices=prices, talks=talks)


def load_dataset() -> Dataset:
    """The record, parsed and validated once per process: the bundled one, or the folder named by
    the environment variable SMACALC_DATA_DIR."""
    return _cached_record(os.environ.get("SMACALC_DATA_DIR") or None)


_cached_record = cache(read_record)


def file_problem(path: str, exc: OSError) -> str:
    """One line on why a file given by the user cannot be read."""
    if isinstance(exc, FileNotFoundError):
        return f"{path}: no such file"
    if isinstance(exc, IsADirectoryError):
        return f"{path}: is a folder, not a file"
    return f"{path}: cannot read: {exc.strerror or exc}"


SCENARIO_KINDS = (".toml", ".json", ".yaml", ".yml")


def _parse_scenario(path: Path) -> Any:
    """A scenario file's content as plain data: TOML, JSON, or YAML through the safe loader."""
    name, kind = path.name, path.suffix.lower()
    try:
        if path.is_dir():
            raise IsADirectoryError(21, "Is a directory")
        if kind not in SCENARIO_KINDS:
            raise InputError(f"{name}: a scenario file must be .toml, .json, .yaml or .yml")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DataError(f"{name}: {size:,} bytes is over the {MAX_FILE_BYTES:,}-byte limit for a scenario file")
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise DataError(f"{name}: not UTF-8 text") from None
    except OSError as exc:
        raise DataError(file_problem(str(path), exc)) from None
    if "\x00" in text:
        raise DataError(f"{name}: contains a NUL byte; not a text file")
    if kind == ".toml":
        return _toml(name, text)
    if kind == ".json":
        import json

        try:
            return json.loads(text, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            raise DataError(f"{name}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    import yaml

    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" (line {where.line + 1}, column {where.column + 1})" if where is not None else ""
        raise DataError(f"{name}: not valid YAML: {getattr(exc, 'problem', None) or exc}{at}") from None


def read_scenario(path: str | Path) -> ScenarioFile:
    """Read and validate a scenario file; errors name the file and the field path."""
    path = Path(path)
    content = _parse_scenario(path)
    if not isinstance(content, dict):
        raise DataError(
            f"{path.name}: top level: expected a table of agreement, rules, index, position, event, sources"
        )
    from smacalc.models_talks import ScenarioFile

    return _validated(ScenarioFile, path.name, content)


def with_scenario(base: Dataset, scenario: ScenarioFile, name: str) -> Dataset:
    """The record with a scenario applied; the result is checked as the record is."""
    by_number = {a.number: a for a in base.agreements}
    for agreement in scenario.agreement:
        by_number[agreement.number] = agreement.model_copy(update={"scenario": "agreement"})
    for number, rule in scenario.rules.items():
        if number not in by_number:
            raise DataError(f"{name}: rules.{number}: no SMA number {number} in the record or the scenario")
        # A replaced rule governs every year the agreement did not set: the published amounts
        # of the old rule no longer apply.
        replaced = by_number[number]
        by_number[number] = replaced.model_copy(
            update={"rule": rule, "published": (), "scenario": replaced.scenario or "rule"}
        )
    for key in scenario.sources.keys() & base.sources.keys():
        raise DataError(f"{name}: sources.{key}: the record already has a source with this id")

    def talks() -> Talks:
        return (*base.positions, *scenario.position), (*base.events, *scenario.event)

    plain = dict(base.assumed.plain)
    by_year = dict(base.assumed.by_year)
    for a in scenario.index:
        if a.year is None:
            plain[a.series] = a.pct
        else:
            by_year[(a.series, a.year)] = a.pct
    try:
        built = build(
            by_number.values(),
            {**base.sources, **scenario.sources},
            base.indices.values(),
            base.defaults,
            base.troops,
            lambda: (base.rates, base.levels),
            talks,
        )
        check_talks(built, scenario.position, scenario.event, (name, name), required=False)
    except DataError as exc:
        raise DataError(f"{name}: {exc}") from None
    return replace(built, assumed=Assumptions(plain, by_year), scenarios=(*base.scenarios, name))


def load_with(paths: Iterable[str | Path]) -> Dataset:
    """The record (see load_dataset) with each scenario file applied in turn."""
    data = load_dataset()
    for path in paths:
        data = with_scenario(data, read_scenario(path), Path(path).name)
    return data
