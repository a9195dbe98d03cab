"""The record's commands: `list` (the agreements), `audit`, `sources` and `schema`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from smacalc.cli.app import cli
from smacalc.cli.lazy import escalation, record_reports, scenario
from smacalc.cli.options import data_options
from smacalc.cli.output import Output, emit, output_options
from smacalc.errors import AuditFailure

if TYPE_CHECKING:
    from smacalc.record.dataset import Dataset


@cli.command(name="list")
@data_options
@output_options
def list_(data: Dataset, output: Output) -> None:
    """The agreements, one row each.

    \b
    Examples:
      smacalc list
      smacalc list --format json | jq '.[].first_amount'
    """
    emit(record_reports.agreements(data), output)


@cli.command(short_help="Recompute the rule-governed years against the official amounts.")
@data_options
@output_options
def audit(data: Dataset, output: Output) -> None:
    """Recompute every rule-governed year and compare it with the official amount.

    Exits 1 if any year deviates.

    \b
    Examples:
      smacalc audit
      smacalc audit --format csv
    """
    rows = escalation.audit(data)
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
    """The JSON Schema of a scenario file (--data), for editors and validators."""
    import json

    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", **scenario.ScenarioFile.model_json_schema()}
    click.echo(json.dumps(document, indent=2, ensure_ascii=False))
