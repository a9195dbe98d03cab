"""`smacalc export`: the whole record as a SQLite database (with Datasette's metadata where asked
for) or a Frictionless data package; each replaces only what smacalc wrote itself."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import sys
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any

import click

from smacalc.cli.app import cli, say
from smacalc.cli.lazy import escalation, export_tables, files, package, record_info
from smacalc.cli.options import data_options
from smacalc.errors import InputError

if TYPE_CHECKING:
    from smacalc.record.dataset import Dataset

_SQLITE_HEADER = b"SQLite format 3\x00"
_MAX_METADATA = 1_000_000  # bytes of an existing metadata file read to see whether smacalc wrote it


@cli.command(short_help="The whole record as SQLite (for Datasette) or a data package.")
@click.option("--sqlite", "database", metavar="FILE", help="Write one SQLite database (- for stdout).")
@click.option("--metadata", metavar="FILE", help="With --sqlite: also write Datasette's metadata.json here.")
@click.option(
    "--datapackage", "folder", metavar="DIR", help="Write a Frictionless data package: CSV files and datapackage.json."
)
@click.option("--force", is_flag=True, help="Replace a FILE smacalc did not write (never a folder).")
@data_options
def export(data: Dataset, database: str | None, metadata: str | None, folder: str | None, force: bool) -> None:
    """The whole record in one file or folder, for sqlite3, Datasette, pandas and R: sources,
    agreements, payments, index values, exchange rates (annual and daily), price levels, troop
    levels, positions and events, every `source` column a key of the sources table.

    --sqlite FILE writes one SQLite database, marked as smacalc's (PRAGMA application_id
    1397571907, "SMAC"; user_version 2); - writes it to stdout (not to a terminal, and without
    --metadata, which names the database by its file). --metadata
    FILE also writes, there, the metadata Datasette reads (titles and descriptions of every table
    and column, the licence and the sources), so that datasette FILE -m metadata.json opens a
    browsable, documented record; an earlier metadata file of smacalc's keeps the other databases
    it describes. --datapackage DIR writes the same tables as CSV files with a datapackage.json (a
    Frictionless Data Package: a schema per table with field types, primary and foreign keys),
    valid under frictionless validate.

    An export replaces only what smacalc wrote: an existing FILE must be an empty file or a
    database smacalc exported, a metadata FILE one smacalc wrote, and DIR a new or empty folder or
    one holding exactly a package smacalc wrote (its datapackage.json says so) and no other file
    (but temporary files of smacalc's, .NAME.*.smacalc-tmp, which go).
    Anything else is refused (exit 2) and left as it was; --force replaces such a FILE (never a
    folder). The database and its metadata, or the files of the package,
    are staged beside their places and put in place together: an interrupt at any moment leaves the
    old export or the new one, whole, and no temporary file behind. A device or FIFO as FILE is
    written directly. --data FILE scenarios are exported with their basis (scenario).

    Tables: sources, agreements, payments (the rows of project, with basis, source and projected:
    1 where the amount rests on an assumed index value), index_values, exchange_rates (annual),
    daily_rates, price_levels, categories, burden, troop_levels, positions, events, and
    record_info (one row: the record's date, that of its newest source; the versions; how many
    payment rows are official, rule, projected; what the projections assume; the data
    package's description says the same). Views: official_payments, and payments_usd (won at
    each year's annual average rate; empty where no rate is published). Every source column is a
    foreign key of sources.id; sma columns of agreements.number. Amounts are exact: whole won
    and whole dollars as integers (every amount of the record is whole); rates, percentages and
    price levels are numbers (REAL; each published decimal has at most 15 significant digits, so
    it reads back as published; the data package's CSV writes the decimal itself).

    \b
    Examples:
      smacalc export --sqlite sma.db --metadata metadata.json && datasette sma.db -m metadata.json
      smacalc export --sqlite - | gzip > sma.db.gz
      smacalc export --datapackage sma/ && frictionless validate sma/datapackage.json
    """
    if (database is None) == (folder is None):
        raise click.UsageError("give --sqlite FILE or --datapackage DIR")
    if database is not None:
        _export_sqlite(data, database, metadata, force)
        return
    assert folder is not None
    if metadata is not None:
        raise click.UsageError("--metadata goes with --sqlite; a data package carries its own datapackage.json")
    _export_package(data, folder)


def _export_sqlite(data: Dataset, database: str, metadata: str | None, force: bool) -> None:
    if database == "-" and metadata == "-":
        raise click.UsageError("--sqlite - and --metadata - would both write to stdout; give one a file name")
    for option, path in (("--sqlite", database), ("--metadata", metadata)):
        if path is not None:
            _check_file(option, path)
    if metadata is not None and _same_file(database, metadata):
        raise click.UsageError(f"--sqlite and --metadata name the same file {metadata!r}; give two names")
    if database == "-" and metadata is not None:
        raise click.UsageError(
            "--metadata describes the database by its file name; with --sqlite - there is none: give one"
        )
    if database == "-" and sys.stdout.isatty():
        raise InputError("export: --sqlite -: stdout is a terminal; redirect it (> sma.db) or give a file name")
    others = None
    if not force:
        _refuse_foreign_database(database)
        if metadata is not None:
            others = _smacalc_metadata(metadata)
    elif metadata is not None:
        with contextlib.suppress(InputError):
            others = _smacalc_metadata(metadata)
    rows = escalation.project(data)
    content = export_tables.sqlite_bytes(data, rows)
    items = [(database, _bytes(content))]
    if metadata is not None:
        stem = os.path.splitext(os.path.basename(database))[0]
        text = record_info.datasette_metadata(data, rows, stem, others)
        items.append((metadata, _bytes(text.encode("utf-8"))))
    files.write_together(items)
    written = [p for p in (database, metadata) if p is not None and p != "-"]
    if written:
        say(f"wrote {' and '.join(written)}")


def _check_file(option: str, path: str) -> None:
    try:
        files.check_target(path)
    except InputError as exc:
        raise InputError(f"export: {option}: {exc}") from None


def _same_file(a: str, b: str) -> bool:
    if "-" in (a, b):
        return False
    return os.path.realpath(a) == os.path.realpath(b)


def _regular(path: str) -> bool:
    """Whether ``path`` (through links) is a regular file that exists."""
    if files.direct(path):
        return False
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except FileNotFoundError:
        return False


def _refuse_foreign_database(path: str) -> None:
    """Refuse to replace a file that is neither empty nor a database smacalc exported."""
    if not _regular(path):
        return
    try:
        with open(path, "rb") as existing:
            header = existing.read(100)
    except OSError as exc:
        raise InputError(
            f"export: --sqlite {path}: cannot read the file there ({exc.strerror}); nothing written"
        ) from None
    if not header:
        return
    ours = header.startswith(_SQLITE_HEADER) and len(header) == 100
    if ours and int.from_bytes(header[68:72], "big") == export_tables.APPLICATION_ID:
        return
    what = "a SQLite database smacalc did not export" if header.startswith(_SQLITE_HEADER) else "not a smacalc export"
    raise InputError(f"export: --sqlite {path}: the file there is {what}; give a new name, or --force to replace it")


def _smacalc_metadata(path: str) -> dict[str, Any] | None:
    """The databases an existing metadata file of smacalc's describes; None where there is no file
    (or an empty one); anything else refused."""
    if not _regular(path):
        return None
    refusal = f"export: --metadata {path}: the file there is not metadata smacalc wrote; give a new name, or --force"
    try:
        with open(path, "rb") as existing:
            text = existing.read(_MAX_METADATA + 1)
    except OSError as exc:
        raise InputError(f"export: --metadata {path}: cannot read the file there ({exc.strerror})") from None
    if not text:
        return None
    try:
        found = json.loads(text) if len(text) <= _MAX_METADATA else None
    except (ValueError, RecursionError):
        found = None
    if not isinstance(found, dict) or found.get("about") != export_tables.METADATA_ABOUT:
        raise InputError(refusal)
    databases = found.get("databases")
    return databases if isinstance(databases, dict) else {}


def _bytes(content: bytes) -> Callable[[IO[bytes]], None]:
    def write(out: IO[bytes]) -> None:
        out.write(content)

    return write


def _export_package(data: Dataset, folder: str) -> None:
    if not folder or folder == "-":
        raise InputError("export: --datapackage: give a folder (a package is several files, not one stream)")
    target = os.path.realpath(folder)  # through a link, to the folder itself; the link stays
    earlier: list[str] = []
    if os.path.lexists(target):
        if not os.path.isdir(target):
            raise InputError(f"export: --datapackage {folder}: not a folder; give a new or empty folder")
        earlier = _earlier_package(folder, target)
    elif not os.path.isdir(os.path.dirname(target)):
        raise InputError(f"export: --datapackage {folder}: folder {os.path.dirname(target)!r} does not exist")
    contents = {
        name: text.encode("utf-8") for name, text in package.package_files(data, escalation.project(data)).items()
    }
    files.write_folder(target, contents, earlier)
    say(f"wrote {folder.rstrip('/') or '/'}/datapackage.json and its CSV files")


def _earlier_package(folder: str, target: str) -> list[str]:
    """The files of the package smacalc wrote in ``target`` (to be replaced), or none where it is
    empty; a folder holding anything else is refused."""
    try:
        names = sorted(os.listdir(target))
    except OSError as exc:
        raise InputError(f"export: --datapackage {folder}: cannot read the folder ({exc.strerror})") from None
    if not names:
        return []
    listed = _package_files(os.path.join(target, "datapackage.json"))
    if listed is None:
        raise InputError(
            f"export: --datapackage {folder}: the folder holds files that are not a package smacalc wrote;"
            " give a new or empty folder"
        )
    # a temporary file of smacalc's (.NAME.*.smacalc-tmp), left by a run killed outright, goes too
    leftovers = {n for n in names if n.startswith(".") and n.endswith(files.TEMPORARY)}
    other = [n for n in names if n not in listed | leftovers or os.path.islink(os.path.join(target, n))]
    other += [n for n in names if n not in other and not os.path.isfile(os.path.join(target, n))]
    if other:
        shown = ", ".join(other[:3]) + (", ..." if len(other) > 3 else "")
        raise InputError(
            f"export: --datapackage {folder}: the folder holds files besides smacalc's package ({shown});"
            " give a new or empty folder"
        )
    return names


def _package_files(path: str) -> set[str] | None:
    """The files of a package smacalc wrote (datapackage.json and its resources' paths), where
    ``path`` is its datapackage.json; None otherwise."""
    if not _regular(path) or os.path.islink(path):
        return None
    try:
        with open(path, "rb") as existing:
            text = existing.read(_MAX_METADATA + 1)
        found = json.loads(text) if len(text) <= _MAX_METADATA else None
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(found, dict) or not isinstance(found.get(package.MARK), dict):
        return None
    paths = {"datapackage.json"}
    for resource in found.get("resources") or []:
        if isinstance(resource, dict) and isinstance(resource.get("path"), str) and "/" not in resource["path"]:
            paths.add(resource["path"])
    return paths
