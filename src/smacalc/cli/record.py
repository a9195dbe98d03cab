"""The record's commands: `list` (the agreements), `audit`, `sources` and `schema`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from smacalc.cli.app import cli
from smacalc.cli.lazy import escalation, record_reports, scenario
from smacalc.cli.options import data_options
from smacalc.cli.output import Output, emit, output_options
from smacalc.cli.years import years_options
from smacalc.errors import AuditFailure

if TYPE_CHECKING:
    from smacalc.record.dataset import Dataset


@cli.command(name="list")
@data_options
@output_options
def list_(data: Dataset, output: Output) -> None:
    """The agreements, one row each.

    Each row: number, name, date signed, years, first-year amount, rule, sources.

    \b
    Examples:
      smacalc list
      smacalc list --format json | jq '.[].first_amount'
    """
    emit(record_reports.agreements(data), output)


@cli.command(short_help="Recompute the rule-governed years against the official amounts.")
@years_options
@data_options
@output_options
def audit(data: Dataset, years: tuple[int, int] | None, output: Output) -> None:
    """Recompute every rule-governed year and compare it with the official amount.

    Each rule-governed year is computed from its agreement's first-year amount and the published
    index values alone, chaining computed amounts, and compared with the official amount. Exits 1
    and names the years if any deviates. Years the rule computes with no official amount on
    record are listed as published method where the publisher states that the rule computes them
    (2023-2024: the ministry's 2022 Defense White Paper), else as no official figure (2027). Each
    row names the source of its official amount or of the method. --year YEAR or
    --years A-B shows only those years (each still computed from its agreement's first year).

    \b
    Examples:
      smacalc audit
      smacalc audit --format csv
    """
    rows = escalation.audit(data, years)
    emit(record_reports.audit(rows), output)
    bad = [f"{r.year} (SMA {r.sma})" for r in rows if r.status == "deviation"]
    if bad:
        raise AuditFailure(f"audit: {len(bad)} year(s) deviate from the official amount: {', '.join(bad)}")


@cli.command(short_help="The publications behind the source ids the rows cite.")
@click.argument("ids", nargs=-1, metavar="[ID]...")
@data_options
@output_options
def sources(data: Dataset, ids: tuple[str, ...], output: Output) -> None:
    """The publications the record's figures come from, by the id the rows cite; with IDs, those
    sources in full.

    Each source: publisher, title, date, URL and note. smacalc sources ID [ID ...] shows those
    sources in full, one field a line, so that no title, URL or note is cut; an unknown id is a
    usage error. In the listing a URL wraps within its column, never cut.

    \b
    Examples:
      smacalc sources
      smacalc sources mnd-wp-2018 fred-aexkous
      smacalc sources --format csv
    """
    unknown = [key for key in ids if key not in data.sources]
    if unknown:
        raise click.BadParameter(
            f"no source {unknown[0]!r} in the record; `smacalc sources` lists them all", param_hint="ID"
        )
    emit(record_reports.sources(data, ids), output)


@cli.command(short_help="The JSON Schema of scenario files (--data).")
def schema() -> None:
    """The JSON Schema of a scenario file (--data), for editors and validators.

    Every command that reads the record takes --data FILE (repeatable; applied in order): a
    scenario in TOML, JSON or YAML (read with a safe loader; at most 1 MB) that

    \b
    - adds agreements ([[agreement]], the same fields as the record's
      agreements.toml; a number already in the record replaces that agreement),
    - replaces escalation rules by agreement number ([rules]), which then
      govern every year the agreement did not set,
    - assumes index values ([[index]] with series, pct and optionally year;
      --cpi and --defense-growth on the command line still win),
    - adds positions, events and sources.

    It is checked by the same models as the bundled record; an error names the file and the field
    path (sma13.toml: agreement[0].first_year.amount: ...) and exits 1. Amounts an agreement or
    rule from a scenario gives have basis scenario, and the caption names the file. Examples are
    in fixtures/ (docs/record.md shows one).

    This command prints the JSON Schema of that format, for editors that validate TOML, JSON or
    YAML against one.
    """
    import json

    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", **scenario.ScenarioFile.model_json_schema()}
    click.echo(json.dumps(document, indent=2, ensure_ascii=False))
