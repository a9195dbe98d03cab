"""The record's commands: `list` (the agreements), `audit`, `sources` and `schema`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from smacalc.cli.app import cli
from smacalc.cli.lazy import escalation, record_reports, scenario
from smacalc.cli.options import Output, data_options, emit, output_options
from smacalc.errors import AuditFailure

if TYPE_CHECKING:
    from smacalc.record.dataset import Dataset


@cli.command(name="list")
@data_options
@output_options
def list_(data: Dataset, output: Output) -> None:
    """The agreements, one row each."""
    emit(record_reports.agreements(data), output)


@cli.command()
@data_options
@output_options
def audit(data: Dataset, output: Output) -> None:
    """Recompute every rule-governed year and compare it with the official amount.

    Exits 1 if any year deviates.
    """
    rows = escalation.audit(data)
    emit(record_reports.audit(rows), output)
    bad = [f"{r.year} (SMA {r.sma})" for r in rows if r.status == "deviation"]
    if bad:
        raise AuditFailure(f"audit: {len(bad)} year(s) deviate from the official amount: {', '.join(bad)}")


@cli.command()
@data_options
@output_options
def sources(data: Dataset, output: Output) -> None:
    """The publications the record's figures come from, by the id the rows cite."""
    emit(record_reports.sources(data), output)


@cli.command()
def schema() -> None:
    """The JSON Schema of a scenario file (--data), for editors and validators."""
    import json

    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", **scenario.ScenarioFile.model_json_schema()}
    click.echo(json.dumps(document, indent=2, ensure_ascii=False))
