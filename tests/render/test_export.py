"""`smacalc export`: the record as SQLite for sqlite3 and Datasette, and as a Frictionless data
package; exact amounts, every foreign key satisfied, written whole."""

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    done = subprocess.run(
        [
            sys.executable, "-m", "smacalc", "export",
            "--sqlite", str(folder / "sma.db"), "--metadata", str(folder / "metadata.json"),
        ],
        capture_output=True,
        text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return folder


def test_the_11th_sma_sums_exactly_in_sqlite(exported: Path) -> None:
    db = sqlite3.connect(exported / "sma.db")
    (total,) = db.execute(
        "select sum(amount) from payments where currency = 'KRW' and year between 2020 and 2025"
    ).fetchone()
    # ₩1,038.9bn + 1,183.3 + 1,247.2 + 1,289.6 + 1,346.3 + 1,402.8 = ₩7,508.1bn, as integers.
    assert total == 7_508_100_000_000
    assert db.execute("pragma foreign_key_check").fetchall() == []
    assert db.execute(
        "select rate, typeof(rate) from exchange_rates where currency='KRW' and year=2019"
    ).fetchone() == (
        "1165.8016",
        "text",
    )
    assert db.execute("select rate from daily_rates where date='2019-02-13' and currency='KRW'").fetchone() == (
        "1123.32",
    )
    assert db.execute("select troops from troop_levels where year=1991").fetchone() == (40062,)
    tables = {name for (name,) in db.execute("select name from sqlite_master where type='table'")}
    assert tables == {
        "sources", "agreements", "payments", "index_values", "exchange_rates", "daily_rates", "price_levels",
        "troop_levels", "positions", "events", "categories", "burden",
    }  # fmt: skip


def test_every_source_column_references_the_sources_table(exported: Path) -> None:
    db = sqlite3.connect(exported / "sma.db")
    for (table,) in db.execute("select name from sqlite_master where type='table' and name != 'sources'"):
        columns = [row[1] for row in db.execute(f'pragma table_info("{table}")')]
        keys = {(row[3], row[2]) for row in db.execute(f'pragma foreign_key_list("{table}")')}
        if "source" in columns:
            assert ("source", "sources") in keys, table


def test_metadata_describes_every_table_and_column(exported: Path) -> None:
    meta = json.loads((exported / "metadata.json").read_text(encoding="utf-8"))
    described = meta["databases"]["sma"]["tables"]
    db = sqlite3.connect(exported / "sma.db")
    for (table,) in db.execute("select name from sqlite_master where type='table'"):
        columns = [row[1] for row in db.execute(f'pragma table_info("{table}")')]
        assert set(described[table]["columns"]) == set(columns), table
    assert meta["license"]


def test_datasette_reads_the_database(exported: Path) -> None:
    datasette = Path(sys.executable).parent / "datasette"
    if not datasette.exists():
        pytest.skip("datasette is not installed here")
    done = subprocess.run([str(datasette), "inspect", str(exported / "sma.db")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)["sma"]["tables"]
    assert counts["payments"]["count"] == 40 and counts["agreements"]["count"] == 12


def test_the_data_package_is_valid(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    done = subprocess.run(
        [sys.executable, "-m", "smacalc", "export", "--datapackage", str(folder)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    names = [r["name"] for r in package["resources"]]
    assert names[:3] == ["sources", "agreements", "payments"]
    sources = {row["id"] for row in csv.DictReader((folder / "sources.csv").open(encoding="utf-8"))}
    for resource in package["resources"]:
        rows = list(csv.DictReader((folder / resource["path"]).open(encoding="utf-8")))
        assert list(rows[0]) == [f["name"] for f in resource["schema"]["fields"]]
        for key in resource["schema"].get("foreignKeys", []):
            if key["reference"]["resource"] == "sources":
                assert {r[key["fields"]] for r in rows if r[key["fields"]]} <= sources, resource["name"]
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])[:5]


def test_a_folder_with_other_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("keep me", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "smacalc", "export", "--datapackage", str(tmp_path)], capture_output=True, text=True
    )
    assert done.returncode == 2 and "not a package smacalc wrote" in done.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["mine.txt"]


def test_export_needs_one_target(run) -> None:
    result = run("export")
    assert result.exit_code == 2 and "give --sqlite FILE or --datapackage DIR" in result.stderr


def test_scenarios_are_exported_with_their_basis(tmp_path: Path) -> None:
    db_path = tmp_path / "scenario.db"
    done = subprocess.run(
        [sys.executable, "-m", "smacalc", "export", "--sqlite", str(db_path), "--data", "fixtures/sma13.toml"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    db = sqlite3.connect(db_path)
    bases = dict(db.execute("select basis, count(*) from payments where sma = 13 group by basis").fetchall())
    assert set(bases) == {"scenario"} and bases["scenario"] >= 1
    assert db.execute("pragma foreign_key_check").fetchall() == []
