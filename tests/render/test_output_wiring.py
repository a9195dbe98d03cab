"""Every row-printing command gives the same rows in all six formats, and the grid and chart."""

import csv
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from xml.dom import minidom

import pytest

from smacalc.cli import cli
from smacalc.cli.output import FORMATS
from smacalc.render.formats import FORMATTERS, Format

BATCH = "demand,offer,year\n5B USD,1.0389T KRW,2019\n$1.3bn,1조389억원,2020\n"
# One invocation of every command that prints rows (and each way gap prints them).
COMMANDS = {
    "project": ["project", "--sma", "11"],
    "project --in --real --per-troop": ["project", "--sma", "10", "--in", "USD", "--real", "2025", "--per-troop"],
    "project grid": ["project", "--sma", "12", "--cpi", "1:3:1"],
    "change": ["change", "--from", "2019", "--to", "2030"],
    "list": ["list"],
    "audit": ["audit"],
    "gap": ["gap", "--demand", "5B USD", "--offer", "1.0389T KRW", "--year", "2019"],
    "gap --sma": ["gap", "--sma", "11"],
    "gap --from": ["gap", "--from", "-"],
    "history": ["history", "--sma", "12"],
    "sources": ["sources"],
    "update --status": ["update", "--status"],
    "categories": ["categories", "--sma", "9"],
    "burden": ["burden", "--host", "KR"],
    "compare": ["compare", "--from", "2021", "--to", "2022"],
    "lapse": ["lapse", "--year", "2020", "--months", "3"],
    "check": ["check", "Under last year's SMA, Seoul agreed to pay about $870 million.", "--date", "2020-01-01"],
}
NOT_ROWS = {"schema", "chart", "export", "serve"}  # a JSON Schema, a picture, files, a server: not rows


def test_every_format_has_a_formatter() -> None:
    assert set(FORMATTERS) == set(Format) and {f.value for f in Format} == set(FORMATS)


def test_every_row_printing_command_is_covered() -> None:
    assert {args[0] for args in COMMANDS.values()} == set(cli.list_commands(None)) - NOT_ROWS  # type: ignore[arg-type]


def _as_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") and not re.fullmatch(r"[+-]?\d+(\.\d+)?", value):
        return "'" + value  # text a spreadsheet would run as a formula ('+10% a year' in list)
    return str(value)


@pytest.mark.parametrize("name", COMMANDS)
def test_the_same_rows_in_every_format(run, name: str) -> None:
    args = COMMANDS[name]
    stdin = BATCH if name == "gap --from" else None
    outputs = {fmt: run(*args, "--format", fmt, input=stdin) for fmt in FORMATS}
    for fmt, result in outputs.items():
        assert result.exit_code == 0 and result.stderr == "", (fmt, result.stderr)
    rows = json.loads(outputs["json"].stdout, parse_float=Decimal)  # exact, as written: 965489778.60 stays
    assert rows, "no rows"
    keys = list(rows[0])
    assert [json.loads(line, parse_float=Decimal) for line in outputs["jsonl"].stdout.splitlines()] == rows
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        table = list(csv.reader(io.StringIO(outputs[fmt].stdout), delimiter=delimiter))
        assert table[0] == keys
        assert table[1:] == [[_as_text(row[k]) for k in keys] for row in rows]
    markdown = outputs["markdown"].stdout.split("\n\n")[0].splitlines()  # the table, then its caption
    assert markdown[0] == "| " + " | ".join(keys) + " |" and len(markdown) == len(rows) + 2
    assert outputs["table"].stdout.strip()


def test_csv_loads_into_sqlite_with_exact_amounts(run) -> None:
    result = run("project", "--sma", "11", "--format", "csv")
    reader = csv.reader(io.StringIO(result.stdout))
    header = next(reader)
    db = sqlite3.connect(":memory:")
    db.execute(f"create table p ({', '.join(header)})")
    db.executemany(f"insert into p values ({', '.join('?' * len(header))})", reader)
    assert db.execute("select sum(cast(amount as integer)) from p").fetchone() == (7508100000000,)


def test_no_format_in_a_pipe_is_tsv_and_smacalc_format_is_honoured(run) -> None:
    assert run("list").stdout.startswith("sma\tname\t")
    assert run("list", env={"SMACALC_FORMAT": "csv"}).stdout.startswith("sma,name,")
    assert run("list", "--format", "json", env={"SMACALC_FORMAT": "csv"}).stdout.startswith("[")


def test_colour_policy(run) -> None:
    plain = run("project", "--sma", "11", "--format", "table", env={"NO_COLOR": "1"}).stdout
    assert "\x1b[" not in plain
    forced = run("project", "--sma", "11", "--format", "table", env={"FORCE_COLOR": "1"}).stdout
    assert "\x1b[" in forced


def test_a_cpi_grid_gives_one_2030_amount_per_value(run) -> None:
    rows = json.loads(run("project", "--sma", "12", "--cpi", "1:3:1", "--format", "json").stdout)
    in_2030 = [(r["cpi_pct"], r["amount"]) for r in rows if r["year"] == 2030]
    # 1,551.1 (2027, published 2.1%), then 1%, 2% or 3% a year to 2030.
    assert in_2030 == [(1, 1598100000000), (2, 1646000000000), (3, 1694900000000)]
    table = run("project", "--sma", "12", "--cpi", "1:3:1", "--format", "table").stdout
    assert "₩1,598.1bn" in table and "₩1,646.0bn" in table and "₩1,694.9bn" in table


@pytest.mark.parametrize(
    ("value", "message"),
    [("3:1:1", "runs backwards"), ("1:3:0", "must be greater than zero"), ("0:100:0.5", "more than 101 values"),
     ("1:2", "is not LO:HI:STEP")],
)  # fmt: skip
def test_a_bad_grid_is_a_usage_error(run, value: str, message: str) -> None:
    result = run("project", "--cpi", value)
    assert result.exit_code == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1


def test_the_chart_tells_the_bases_apart(run) -> None:
    out = run("chart", "--sma", "12", "--cpi", "3").stdout
    lines = {line.split()[0]: line for line in out.splitlines() if line[:4].isdigit()}
    assert "█" in lines["2026"] and "▓" in lines["2027"] and "░" in lines["2030"]
    assert lines["2030"].rstrip().endswith("₩1,694.9bn")
    assert "Assumed Korean consumer-price inflation for 2026-2028, in the payments of 2028-2030: 3%" in out


def test_chart_svg_is_written_whole(run, tmp_path: Path) -> None:
    path = tmp_path / "out.svg"
    result = run("chart", "--sma", "11", "--svg", str(path))
    assert result.exit_code == 0 and result.stdout == "" and "wrote" in result.stderr
    document = minidom.parse(str(path))
    assert document.documentElement.tagName == "svg"
    assert "2020" in path.read_text() and [p.name for p in tmp_path.iterdir()] == ["out.svg"]


def test_chart_svg_in_a_missing_folder(run, tmp_path: Path) -> None:
    result = run("chart", "--svg", str(tmp_path / "none" / "out.svg"))
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert not (tmp_path / "none").exists()


def _smacalc() -> str:
    return str(Path(sys.executable).with_name("smacalc"))


def test_shell_completion_offers_agreement_numbers_and_commands() -> None:
    env = {
        **os.environ,
        "_SMACALC_COMPLETE": "bash_complete",
        "COMP_WORDS": "smacalc project --sma 1",
        "COMP_CWORD": "3",
    }
    done = subprocess.run([_smacalc()], env=env, capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["plain,1", "plain,10", "plain,11", "plain,12"]
    env.update(COMP_WORDS="smacalc hi", COMP_CWORD="1")
    assert subprocess.run([_smacalc()], env=env, capture_output=True, text=True, check=True).stdout.split() == [
        "plain,history"
    ]


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq is not installed")
def test_json_and_jsonl_load_in_jq(run) -> None:
    for fmt, program in (
        ("json", ".[] | select(.year == 2025) | .amount"),
        ("jsonl", "select(.year == 2025) | .amount"),
    ):
        out = run("project", "--sma", "11", "--format", fmt).stdout
        done = subprocess.run(["jq", program], input=out, capture_output=True, text=True, check=True)
        assert done.stdout.strip() == "1402800000000"


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="the sqlite3 shell is not installed")
def test_csv_loads_in_the_sqlite3_shell(run, tmp_path: Path) -> None:
    path = tmp_path / "sma.csv"
    path.write_text(run("project", "--format", "csv").stdout, encoding="utf-8")
    query = ".import --csv " + str(path) + " p\nselect count(*), sum(amount) from p where sma = '11';\n"
    done = subprocess.run(["sqlite3", ":memory:"], input=query, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "6|7508100000000"
