"""Scenario files (--data): their model, and the record with one applied.

Only a command given --data imports this module (and builds these models)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from smacalc.errors import DataError, InputError
from smacalc.record.dataset import Assumptions, Dataset, Talks
from smacalc.record.load import (
    build,
    check_talks,
    load_dataset,
    parse_toml,
    read_text_file,
    validated,
    validation_message,
)
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
    """A scenario file's content as plain data: TOML, JSON, or YAML through a safe loader that
    takes no aliases; a key given twice is an error in each."""
    name, kind = path.name, path.suffix.lower()
    if kind not in SCENARIO_KINDS and not path.is_dir():
        raise InputError(f"{name}: a scenario file must be .toml, .json, .yaml or .yml")
    text = read_text_file(path, name, "scenario file")
    if kind == ".toml":
        return parse_toml(name, text)
    try:
        if kind == ".json":
            return _json(name, text)
        return _yaml(name, text)
    except RecursionError:
        raise DataError(f"{name}: nested too deeply to read") from None


def no_duplicates(name: str) -> Callable[[list[tuple[Any, Any]]], dict[Any, Any]]:
    """A JSON object hook: the pairs as a dict, or a DataError naming a key given twice."""

    def pairs(items: list[tuple[Any, Any]]) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        for key, value in items:
            if key in out:
                raise DataError(f"{name}: key {key!r} is given twice")
            out[key] = value
        return out

    return pairs


def _json(name: str, text: str) -> Any:
    import json

    try:
        return json.loads(text, parse_float=Decimal, object_pairs_hook=no_duplicates(name))
    except json.JSONDecodeError as exc:
        raise DataError(f"{name}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except ValueError:  # an integer of thousands of digits
        raise DataError(f"{name}: not valid JSON: a number has more than 4,300 digits") from None


def _yaml(name: str, text: str) -> Any:
    import yaml

    class Loader(yaml.SafeLoader):
        """The safe loader, refusing aliases (a few lines of them can expand without end) and
        mapping keys given twice."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.events.AliasEvent):
                mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
                raise yaml.composer.ComposerError(None, None, "aliases (*name) are not accepted", mark)
            return super().compose_node(parent, index)

        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            keys = [self.construct_object(k, deep=deep) for k, _ in node.value]
            for i, key in enumerate(keys):
                if key in keys[:i]:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"key {key!r} is given twice", node.value[i][0].start_mark
                    )
            return super().construct_mapping(node, deep=deep)

    try:
        return yaml.load(text, Loader=Loader)
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
    rules = content.get("rules")
    if isinstance(rules, dict):
        keys = [str(key).strip().lstrip("0") for key in rules]
        for i, key in enumerate(keys):
            if key in keys[:i]:
                raise DataError(f"{path.name}: rules: agreement {key} is given twice")
    scenario = validated(ScenarioFile, path.name, content)
    numbers = [a.number for a in scenario.agreement]
    for i, number in enumerate(numbers):
        if number in numbers[:i]:
            raise DataError(f"{path.name}: agreement[{i}].number: agreement {number} is given twice")
    return scenario


def with_scenario(base: Dataset, scenario: ScenarioFile, name: str) -> Dataset:
    """The record with a scenario applied; the result is checked as the record is."""
    by_number = {a.number: a for a in base.agreements}
    for agreement in scenario.agreement:
        by_number[agreement.number] = agreement.model_copy(update={"scenario": "agreement"})
    for number, rule in scenario.rules.items():
        if number not in by_number:
            raise DataError(f"{name}: rules.{number}: no SMA number {number} in the record or the scenario")
        # A replaced rule governs every year the agreement did not set: the published amounts
        # and stated methods of the old rule no longer apply.
        replaced = by_number[number]
        changed = {
            **replaced.model_dump(),
            "rule": rule,
            "published": (),
            "method": (),
            "scenario": replaced.scenario or "rule",
        }
        try:
            by_number[number] = Agreement.model_validate(changed)  # checked anew
        except ValidationError as exc:
            raise DataError(validation_message(name, exc, ("rules", number))) from None
    for key in sorted(scenario.sources.keys() & base.sources.keys()):
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
            lambda: (base.rates, base.levels, base.troop_levels, base.categories, base.burden),
            talks,
        )
        check_talks(built, scenario.position, scenario.event, (name, name), required=False)
    except DataError as exc:
        raise DataError(f"{name}: {exc}") from None
    return replace(built, daily=base.daily, assumed=Assumptions(plain, by_year), scenarios=(*base.scenarios, name))


def load_with(paths: Iterable[str | Path]) -> Dataset:
    """The record (load_dataset: the bundled one, or SMACALC_DATA_DIR's) with each scenario file
    applied in turn."""
    data = load_dataset()
    for path in paths:
        data = with_scenario(data, read_scenario(path), Path(path).name)
    return data
