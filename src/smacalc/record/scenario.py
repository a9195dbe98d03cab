"""Scenario files (--data): their model, and the record with one applied.

Only a command given --data imports this module (and builds these models)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from smacalc.errors import DataError, InputError
from smacalc.record.dataset import Assumptions, Dataset, Talks
from smacalc.record.load import MAX_FILE_BYTES, build, check_talks, file_problem, parse_toml, validated
from smacalc.record.models import Agreement, Pct, Rule, Series, Source
from smacalc.record.talks import Event, Position


class IndexAssumption(BaseModel):
    """An index value a scenario assumes: for one year (published or not), or, with no year, for
    every year not published. The command line's --cpi / --defense-growth take precedence."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    series: Series
    year: int | None = Field(default=None, ge=1950, le=2200)
    pct: Pct


class ScenarioFile(BaseModel):
    """A data file: the bundled record's files, or a user's scenario (--data). A scenario adds
    agreements (a number already in the record replaces that agreement), replaces rules by
    agreement number, assumes index values, and adds positions, events and sources."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    agreement: tuple[Agreement, ...] = ()
    rules: dict[int, Rule] = Field(default={}, description="replacement escalation rules, by agreement number")
    index: tuple[IndexAssumption, ...] = ()
    position: tuple[Position, ...] = ()
    event: tuple[Event, ...] = ()
    sources: dict[str, Source] = {}


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
        return parse_toml(name, text)
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
    return validated(ScenarioFile, path.name, content)


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
