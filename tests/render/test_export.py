"""`smacalc export`: the record as SQLite for sqlite3 and Datasette, and as a Frictionless data
package; exact amounts, every foreign key satisfied, written whole."""

import csv
import json
import sqlite3
import subprocess
import sys
from decimal import Decimal
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
    ).fetchone() == (1165.8016, "real")
    assert db.execute("select rate from daily_rates where date='2019-02-13' and currency='KRW'").fetchone() == (
        1123.32,
    )
    assert db.execute("select troops from troop_levels where year=1991").fetchone() == (40062,)
    tables = {name for (name,) in db.execute("select name from sqlite_master where type='table'")}
    assert tables == {
        "sources", "agreements", "payments", "index_values", "exchange_rates", "daily_rates", "price_levels",
        "troop_levels", "positions", "events", "categories", "burden", "record_info",
    }  # fmt: skip


def test_numbers_are_numbers_by_their_meaning(exported: Path) -> None:
    """Percentages, rates and price levels are REAL, amounts and years INTEGER, words TEXT; each
    REAL reads back as the decimal published (2021: +13.9% on 2020; the 11th SMA's 5.4% for 2022)."""
    db = sqlite3.connect(exported / "sma.db")
    one = "select typeof(change_pct) from payments where change_pct is not null limit 1"
    assert db.execute(one).fetchone() == ("real",)
    declared = {(t, c): kind for t in ("payments", "index_values", "price_levels") for _, c, kind, *_ in
                db.execute(f'pragma table_info("{t}")')}  # fmt: skip
    assert declared[("payments", "change_pct")] == declared[("payments", "rate_pct")] == "REAL"
    assert declared[("payments", "amount")] == declared[("payments", "year")] == "INTEGER"
    assert declared[("payments", "basis")] == "TEXT" and declared[("index_values", "pct")] == "REAL"
    assert db.execute("select change_pct, rate_pct from payments where year = 2021").fetchone() == (13.9, None)
    assert db.execute("select rate_pct, typeof(rate_pct) from payments where year = 2022").fetchone() == (5.4, "real")
    assert db.execute("select count(*) from price_levels where typeof(level) != 'real'").fetchone() == (0,)


def test_record_info_and_the_views(exported: Path) -> None:
    """record_info says what the export holds; official_payments and payments_usd are views; the
    view's dollars are `smacalc project --in USD`'s for every year with a published rate."""
    db = sqlite3.connect(exported / "sma.db")
    db.row_factory = sqlite3.Row
    [info] = db.execute("select * from record_info").fetchall()
    counts = dict(db.execute("select basis, count(*) from payments group by basis").fetchall())
    assert (info["official_rows"], info["rule_rows"], info["projected_rows"], info["scenario_rows"]) == (
        counts["official"], counts["rule"], counts["projected"], 0,
    )  # fmt: skip
    assert (info["first_year"], info["last_year"], info["export_version"]) == (1991, 2030, 2)
    newest = db.execute("select max(date) from sources").fetchone()[0]
    assert info["record_date"] == newest
    assert "in the payments of 2028-2030: 2.0%" in info["projection"]
    projected = [r["year"] for r in db.execute("select year from payments where projected = 1")]
    assert projected == [2028, 2029, 2030]
    views = {name for (name,) in db.execute("select name from sqlite_master where type='view'")}
    assert views == {"official_payments", "payments_usd"}
    official = db.execute("select count(*), min(basis), max(basis) from official_payments").fetchone()
    assert tuple(official) == (counts["official"], "official", "official")
    usd = {r["year"]: r["amount_usd"] for r in db.execute("select year, amount_usd from payments_usd")}
    done = subprocess.run(
        [sys.executable, "-m", "smacalc", "project", "--in", "USD", "--format", "json"], capture_output=True, text=True
    )
    rows = json.loads(done.stdout, parse_float=Decimal)
    published = {r["year"]: r["amount"] for r in rows if r["rate_basis"] in ("published", None)}
    assert published[2019] == Decimal("891146486.67") and usd[2019] == 891146486.67
    assert {y: Decimal(str(usd[y])) for y in published} == published
    assert usd[2026] is None  # no published rate: the view assumes none


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
    for (view,) in db.execute("select name from sqlite_master where type='view'"):
        columns = [row[1] for row in db.execute(f'pragma table_info("{view}")')]
        assert list(described[view]["columns"]) == columns, view
    assert meta["license"]
    assert meta["description"].startswith("Payments 1991-2030 (34 official, 3 rule, 3 projected)")


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
    assert names[:3] == ["sources", "agreements", "payments"] and names[-1] == "record_info"
    assert "(34 official, 3 rule, 3 projected)" in package["description"] and package["version"]
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
