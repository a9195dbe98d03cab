"""`smacalc export`: the whole record as a SQLite database (with Datasette's metadata.json) or a
Frictionless data package."""

from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING

import click

from smacalc.cli.app import cli, say
from smacalc.cli.lazy import escalation, export_tables, files, package
from smacalc.cli.options import data_options
from smacalc.errors import InputError, OutputError

if TYPE_CHECKING:
    from smacalc.record.dataset import Dataset


@cli.command(short_help="The whole record as SQLite (for Datasette) or a data package.")
@click.option("--sqlite", "database", metavar="FILE", help="Write one SQLite database, and metadata.json beside it.")
@click.option(
    "--datapackage", "folder", metavar="DIR", help="Write a Frictionless data package: CSV files and datapackage.json."
)
@data_options
def export(data: Dataset, database: str | None, folder: str | None) -> None:
    """The whole record in one file or folder, for sqlite3, Datasette, pandas and R: sources,
    agreements, payments, index values, exchange rates (annual and daily), price levels, troop
    levels, positions and events, every `source` column a key of the sources table.

    --sqlite FILE writes one SQLite database and a metadata.json beside it in the form Datasette
    reads (titles and descriptions of every table and column, the licence and the sources), so
    that datasette FILE -m metadata.json opens a browsable, documented record. --datapackage DIR
    writes the same tables as CSV files with a datapackage.json (a Frictionless Data Package: a
    schema per table with field types, primary and foreign keys), valid under frictionless
    validate. Both are written whole or not at all (the database through a temporary file, the
    package through a temporary folder beside DIR; a DIR that holds other files is refused).
    --data FILE scenarios are exported with their basis (scenario).

    Tables: sources, agreements, payments (the rows of project, with basis and source),
    index_values, exchange_rates (annual), daily_rates, price_levels, categories, burden,
    troop_levels, positions, events. Every source column is a foreign key of sources.id; sma
    columns of agreements.number. Amounts are exact: whole won and whole dollars as integers
    (every amount of the record is whole); rates, percentages and price levels as text, the
    decimal exactly as published (SQLite has no exact decimal type; cast(rate as real) gives a
    float for arithmetic).

    \b
    Examples:
      smacalc export --sqlite sma.db && datasette sma.db -m metadata.json
      smacalc export --datapackage sma/ && frictionless validate sma/datapackage.json
    """
    if (database is None) == (folder is None):
        raise click.UsageError("give --sqlite FILE or --datapackage DIR")
    if database is not None:
        metadata = os.path.join(os.path.dirname(database), "metadata.json")
        files.check_target(database)
        files.check_target(metadata)
        rows = escalation.project(data)
        content = export_tables.sqlite_bytes(data, rows)
        name = os.path.splitext(os.path.basename(database))[0]
        files.write_file(database, lambda out: _write(out, content))
        files.write_text(metadata, export_tables.datasette_metadata(data, rows, name))
        say(f"wrote {database} and {metadata}")
        return
    assert folder is not None
    _write_package(folder, package.package_files(data, escalation.project(data)))
    say(f"wrote {folder}/datapackage.json and its CSV files")


def _write_package(folder: str, contents: dict[str, str]) -> None:
    """Write the package into a new folder beside ``folder``, then put it in place whole: a folder
    that exists must be empty or hold an earlier package (its datapackage.json)."""
    import contextlib
    import shutil
    import tempfile

    target = os.path.abspath(folder)
    if os.path.exists(target):
        if not os.path.isdir(target):
            raise InputError(f"--datapackage {folder}: not a folder")
        if os.listdir(target) and not os.path.exists(os.path.join(target, "datapackage.json")):
            raise InputError(f"--datapackage {folder}: the folder holds other files; give an empty or new folder")
    parent = os.path.dirname(target)
    try:
        staging = tempfile.mkdtemp(dir=parent, prefix=".smacalc-package-")
    except OSError as exc:
        raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None
    try:
        for name, text in contents.items():
            with open(os.path.join(staging, name), "w", encoding="utf-8", newline="") as out:
                out.write(text)
        os.chmod(staging, 0o777 & ~files.umask())
        if os.path.exists(target):
            old = tempfile.mkdtemp(dir=parent, prefix=".smacalc-old-")
            os.rename(target, os.path.join(old, "package"))
            os.rename(staging, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(staging, target)
    except OSError as exc:
        raise OutputError(f"cannot write {folder}: {exc.strerror or exc}") from None
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)


def _write(out: IO[bytes], content: bytes) -> None:
    out.write(content)
