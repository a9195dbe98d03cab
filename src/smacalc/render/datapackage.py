"""The record as a Frictionless data package: a CSV file a table and datapackage.json, with field
types, primary and foreign keys, from the table definitions of export.py."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from smacalc import __version__
from smacalc.render.export import EXPORT_VERSION, LICENSE, Table, tables
from smacalc.render.record_info import record_info

MARK = "smacalc"  # the key of datapackage.json that says smacalc wrote the package

if TYPE_CHECKING:
    from smacalc.calc.escalation import ProjectionRow
    from smacalc.record.dataset import Dataset

_FRICTIONLESS = {"integer": "integer", "string": "string", "boolean": "integer", "date": "date", "decimal": "number"}


def package_files(data: Dataset, rows: Sequence[ProjectionRow]) -> dict[str, str]:
    """The data package: a CSV file a table and datapackage.json, by file name."""
    files: dict[str, str] = {}
    resources = []
    for t in tables(data, rows):
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(f.name for f in t.fields)
        writer.writerows(["" if c is None else c for c in row] for row in t.rows())
        files[f"{t.name}.csv"] = out.getvalue()
        resources.append(_resource(t))
    files["datapackage.json"] = json.dumps(
        {
            "name": "smacalc-record",
            "title": "The record of the US-South Korea Special Measures Agreements",
            "description": record_info(data, rows).sentence(),
            "version": __version__,
            "licenses": [{"name": "other-at", "title": LICENSE}],
            MARK: {"export": EXPORT_VERSION},
            "resources": resources,
        },
        ensure_ascii=False,
        indent=2,
    )
    return files


def _resource(t: Table) -> dict[str, object]:
    fields: list[dict[str, object]] = []
    for f in t.fields:
        field: dict[str, object] = {"name": f.name, "type": _FRICTIONLESS[f.type], "description": f.description}
        if f.required:
            field["constraints"] = {"required": True}
        fields.append(field)
    schema: dict[str, object] = {"fields": fields, "primaryKey": list(t.primary_key)}
    foreign: Sequence[dict[str, object]] = [
        {"fields": f.name, "reference": {"resource": f.references[0], "fields": f.references[1]}}
        for f in t.fields
        if f.references
    ]
    if foreign:
        schema["foreignKeys"] = list(foreign)
    return {
        "name": t.name,
        "path": f"{t.name}.csv",
        "title": t.title,
        "description": t.description,
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }
