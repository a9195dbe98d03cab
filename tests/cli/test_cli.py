"""The command line, end to end through click's CliRunner: exact outputs, exit codes, one-line errors."""

import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from smacalc import __version__
from smacalc.cli import cli
from smacalc.render.formats import FORMATTERS, Format

ROOT = Path(__file__).resolve().parents[2]
SMA11_CSV = """\
sma,year,amount,currency,change_pct,basis,rate_pct,capped,note,source
11,2020,1038900000000,KRW,0.0,official,,false,,{s2020}
11,2021,1183300000000,KRW,13.9,official,,false,"{n2021}",{s2021}
11,2022,1247200000000,KRW,5.4,official,5.4,false,"{n2022}",mnd-wp-2022
11,2023,1289600000000,KRW,3.4,rule,3.4,false,"{method}; the rate is the 2022 defense-budget growth \
(mnd-budget-trend)",mnd-wp-2022
11,2024,1346300000000,KRW,4.4,rule,4.4,false,"{method}; the rate is the 2023 defense-budget growth; the chain \
2022-2024 reproduces 2025's official ₩1.4028 trillion (mnd-budget-trend)",mnd-wp-2022
11,2025,1402800000000,KRW,4.2,official,4.2,false,,{s2025}
"""


NOTE_2021 = (
    "the 6.5% for Korean workers' pay comes with the 11th SMA raising the floor of the SMA's labor-cost "
    "allocation ratio (인건비 배정 비율) from 75% to 87%, as reported on 11 Mar 2021; the agreement also lets the "
    "previous year's labor cost be paid in a lapse; the ministry's own text of the rule was not found "
    "(firennews-2021-03-11)"
)


NOTE_2022 = (
    "the same ₩1.2472 trillion, with the 2021 defense-budget growth of 5.4% applied, on a reporter's article list \
(kukinews-2021-03)"
)
METHOD = (
    "no amount published; the ministry states the method for 2023-2025: 'Amounts calculated by applying the prior "
    "year's rate of increase in the Korean defense budget' (2022 Defense White Paper, Figure 5-1)"
)


def _sources(sma: int) -> dict[str, str]:
    from smacalc.record.load import load_dataset

    a = load_dataset().agreement(sma)
    return {f"s{e.year}": e.source or "" for e in (a.first_year, *a.schedule, *a.published)}


def test_project_sma_11_csv_exactly(run) -> None:
    result = run("project", "--sma", "11", "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout == SMA11_CSV.format(**_sources(11), n2021=NOTE_2021, n2022=NOTE_2022, method=METHOD)
    assert result.stderr == ""


def test_project_json_amounts_are_exact_numbers(run) -> None:
    result = run("project", "--sma", "12", "--cpi", "7", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    rows = json.loads(result.stdout, parse_float=Decimal)
    assert [r["amount"] for r in rows] == [1519200000000, 1551100000000, 1628700000000, 1710100000000, 1795600000000]
    assert all(type(r["amount"]) is int for r in rows)
    assert [r["capped"] for r in rows] == [False, False, True, True, True]
    assert [r["basis"] for r in rows] == ["official", "rule", "projected", "projected", "projected"]
    assert rows[1]["rate_pct"] == Decimal("2.1") and rows[0]["rate_pct"] is None
    keys = ["sma", "year", "amount", "currency", "change_pct", "basis", "rate_pct", "capped", "note", "source"]
    assert list(rows[0]) == keys


def test_csv_loads_into_sqlite_and_sums_to_the_won(run, tmp_path: Path) -> None:
    text = run("project", "--sma", "11", "--format", "csv").stdout
    db = sqlite3.connect(":memory:")
    rows = list(csv.DictReader(io.StringIO(text)))
    db.execute("create table p (sma integer, year integer, amount integer, currency text)")
    db.executemany("insert into p values (?,?,?,?)", [(r["sma"], r["year"], r["amount"], r["currency"]) for r in rows])
    (total,) = db.execute("select sum(amount) from p").fetchone()
    assert total == (10389 + 11833 + 12472 + 12896 + 13463 + 14028) * 10**8


def test_csv_loads_with_the_sqlite3_shell(run, tmp_path: Path) -> None:
    shell = subprocess.run(["which", "sqlite3"], capture_output=True, text=True).stdout.strip()
    if not shell:
        pytest.skip("no sqlite3 shell on this machine")
    path = tmp_path / "sma11.csv"
    path.write_text(run("project", "--sma", "11", "--format", "csv").stdout)
    out = subprocess.run(
        [shell, ":memory:", ".import --csv " + str(path) + " p", "select sum(amount) from p;"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "7508100000000"


def test_piped_output_without_format_is_tsv(run) -> None:
    result = run("project", "--sma", "10")
    assert result.stdout.splitlines()[1].split("\t")[:6] == ["10", "2019", "1038900000000", "KRW", "8.2", "official"]


def test_smacalc_format_variable_sets_the_default(run) -> None:
    result = run("list", env={"SMACALC_FORMAT": "jsonl"})
    assert [json.loads(line)["sma"] for line in result.stdout.splitlines()] == list(range(1, 13))


def test_table_states_the_assumptions(run) -> None:
    result = run("project", "--sma", "12", "--format", "table")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())
    # The rule lags two years: the index values of 2026-2028 set the payments of 2028-2030.
    assert (
        "Assumed Korean consumer-price inflation for 2026-2028, in the payments of 2028-2030: 2.0% "
        "(default: Bank of Korea" in text
    )
    assert "₩1,519.2bn" in text and "₩1,551.1bn" in text
    ko = " ".join(run("project", "--sma", "12", "--format", "table", "--lang", "ko").stdout.split())
    assert "2028-2030년 분담금에 적용한 2026-2028년 가정: 한국 소비자물가 상승률 2.0%" in ko


def test_table_states_the_users_assumption(run) -> None:
    text = " ".join(run("project", "--sma", "12", "--cpi", "7", "--format", "table").stdout.split())
    assert "for 2026-2028, in the payments of 2028-2030: 7% (your assumption)" in text


def test_a_restated_basis_says_what_it_rests_on(run) -> None:
    """2019 in dollars is official at its published rate; 2026, at 2025's rate carried forward, is
    official converted at an assumed rate, and with --real 2019 also at an assumed 2026 price level.
    csv and json keep the record's basis, with the rate's and the price level's beside it."""
    env = {"COLUMNS": "140"}
    table = run("change", "--from", "2019", "--to", "2026", "--in", "USD", "--format", "table", env=env).stdout
    assert "official, converted at an assumed rate" in " ".join(table.split())
    args = ("change", "--from", "2019", "--to", "2026", "--in", "USD", "--real", "2019")
    text = " ".join(run(*args, "--format", "table", env=env).stdout.split())
    assert "official, converted at an assumed rate and in 2019 prices at an assumed price level" in text
    ko = " ".join(run(*args, "--format", "table", "--lang", "ko", env=env).stdout.split())
    assert "가정한 환율로 환산, 가정한 물가 수준으로 2019년 가격 환산" in ko
    [row] = json.loads(run(*args, "--format", "json").stdout)
    assert {k: v for k, v in row.items() if "basis" in k} == {
        "from_basis": "official",
        "to_basis": "official",
        "from_rate_basis": "published",
        "to_rate_basis": "assumed",
        "from_price_basis": "published",
        "to_price_basis": "assumed",
    }
    rows = json.loads(run("project", "--sma", "11", "--in", "USD", "--rate", "2024=1400", "--format", "json").stdout)
    assert [(r["year"], r["basis"], r["rate_basis"]) for r in rows][3:5] == [
        (2023, "rule", "published"),
        (2024, "rule", "given"),
    ]
    table = run("project", "--sma", "11", "--in", "USD", "--rate", "2024=1400", "--format", "table", env=env).stdout
    assert "rule, converted at your rate" in " ".join(table.split())


def test_list_rows(run) -> None:
    rows = json.loads(run("list", "--format", "json").stdout)
    assert [(r["sma"], r["first_year"], r["last_year"], r["currency"]) for r in rows][-3:] == [
        (10, 2019, 2019, "KRW"),
        (11, 2020, 2025, "KRW"),
        (12, 2026, 2030, "KRW"),
    ]
    assert rows[0]["first_amount"] == 150000000 and rows[0]["signed"] == "1991-01-25"


def test_audit_passes(run) -> None:
    result = run("audit", "--format", "csv")
    assert result.exit_code == 0 and result.stderr == ""
    rows = [line.split(",") for line in result.stdout.splitlines()[1:]]
    statuses = [r[-2] for r in rows]
    assert statuses.count("ok") == 12 and "deviation" not in statuses
    # 2023 and 2024: no amount published, computed by the method the ministry's white paper states.
    method = [(r[1], r[3], r[-1]) for r in rows if r[-2] == "published method"]
    assert method == [("2023", "1289600000000", "mnd-wp-2022"), ("2024", "1346300000000", "mnd-wp-2022")]


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["project", "--sma", "99"], 2, "no SMA number 99 in the record"),
        (["project", "--sma", "0"], 2, "no SMA number 0 in the record"),
        (["project", "--sma", "eleven"], 2, "'eleven' is not a whole number in ASCII digits"),
        (["project", "--cpi", "abc"], 2, "percentage 'abc' is not a number"),
        (["project", "--cpi", "nan"], 2, "not a finite number"),
        (["project", "--cpi", "2027=abc"], 2, "percentage 'abc' is not a number"),
        (["project", "--cpi", "1800=3"], 2, "year '1800'"),
        (["project", "--cpi", "500"], 2, "out of range"),
        (["project", "--cpi", "3", "--cpi", "4"], 2, "only once"),
        (["project", "--through", "1800"], 2, "--through 1800 is outside 1991-2030"),
        (["project", "--sma", "12", "--through", "2031"], 2, "outside 2026-2030"),
        (["project", "--format", "xml"], 2, "'xml' is not one of"),
        (["project", "--bogus"], 2, "No such option '--bogus'"),
        (["frobnicate"], 2, "No such command 'frobnicate'"),
    ],
)
def test_bad_input_gets_one_line_and_an_exit_code(run, args: list[str], code: int, fragment: str) -> None:
    result = run(*args)
    assert result.exit_code == code, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("smacalc: error: ") and fragment in lines[0], lines


def test_unknown_sma_is_a_usage_error(run) -> None:
    # An agreement number that is not in the record is a value out of range: exit 2.
    assert run("project", "--sma", "99").exit_code == 2


def test_debug_adds_the_traceback(run) -> None:
    result = run("--debug", "project", "--through", "1800")
    assert result.exit_code == 2 and "Traceback" in result.stderr


def test_version_and_help(run) -> None:
    assert run("--version").stdout == f"smacalc {__version__}\n"
    result = run("--help")
    assert result.exit_code == 0 and "project" in result.stdout


def test_every_format_has_a_writer() -> None:
    assert set(FORMATTERS) == set(Format)


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in cli.list_commands(None):  # type: ignore[arg-type]
        assert re.search(rf"smacalc {name}\b", readme), name


def test_python_dash_m_and_the_entry_point() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "smacalc", "project", "--sma", "10", "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout)["amount"] == 1038900000000 and out.stderr == ""


def test_a_broken_pipe_ends_quietly() -> None:
    proc = subprocess.run(
        f"{sys.executable} -m smacalc project --format csv | head -1",
        shell=True,
        capture_output=True,
        text=True,
    )
    assert proc.stdout == "sma,year,amount,currency,change_pct,basis,rate_pct,capped,note,source\n"
    assert proc.stderr == ""


def test_an_export_into_a_pipe_that_closes_ends_quietly() -> None:
    """`export --sqlite /dev/stdout | head -c 20`: a device written in place whose reader left."""
    proc = subprocess.run(
        f'{sys.executable} -m smacalc export --sqlite /dev/stdout | head -c 20; echo " ${{PIPESTATUS[0]}}"',
        shell=True,
        executable="/bin/bash",
        capture_output=True,
    )
    assert proc.stdout == b"SQLite format 3\x00\x10\x00\x01\x01 0\n"
    assert proc.stderr == b""


def test_in_takes_a_currency_by_any_of_its_names(run) -> None:
    """--in won (or Won, 원, ₩, dollars, yen...): every name the vocabulary has for a currency
    smacalc knows, the one list parse_money reads amounts by."""
    from smacalc import vocabulary
    from smacalc.money import CURRENCIES, currency_code

    names = {**vocabulary.CODES, **vocabulary.WORDS, **vocabulary.SIGNS, **vocabulary.CJK_AFTER}
    assert {currency_code(n.upper()) for n in names if names[n] in CURRENCIES} == set(CURRENCIES)
    for name, code in names.items():
        assert currency_code(name) == currency_code(f" {name.title()} ") == code
    for name in ("won", "Won", "원", "₩", "KRW"):
        [row] = json.loads(run("change", "--from", "2019", "--to", "2025", "--in", name, "--format", "json").stdout)
        assert (row["currency"], row["to_amount"]) == ("KRW", 1402800000000)
    refused = run("change", "--from", "2019", "--to", "2025", "--in", "pounds")
    assert refused.exit_code == 2 and "'pounds' is not a currency smacalc knows" in refused.stderr


def test_lang_before_or_after_the_command(run) -> None:
    after = run("project", "--sma", "12", "--format", "table", "--lang", "ko")
    before = run("--lang", "ko", "project", "--sma", "12", "--format", "table")
    assert before.exit_code == 0 and before.stdout == after.stdout and "분담금" in before.stdout
    # The command's own --lang is nearer, and wins.
    assert (
        run("--lang", "ko", "project", "--sma", "12", "--format", "table", "--lang", "en").stdout
        == run("project", "--sma", "12", "--format", "table").stdout
    )


def test_a_wide_table_keeps_every_source_id_whole(run) -> None:
    for width in ("140", "100"):
        table = run("gap", "--sma", "11", "--wide", "--format", "table", env={"COLUMNS": width}).stdout
        assert "motherjones-2019-11-15" in table and "kbs-2019-11-06" in table, width


def test_compare_help_says_what_from_and_to_do(run) -> None:
    text = " ".join(run("compare", "--help").stdout.split())
    assert "--from and --to set the years compared, both included (2016-2026 by default" in text
    assert "First year compared" in text and "Last year compared" in text


def test_bom_writes_csv_that_excel_opens_as_utf8(run) -> None:
    """--bom: the csv begins with EF BB BF (Excel on Korean Windows reads a CSV without it as
    cp949), then the same bytes as without it; a format it has no place in is refused."""
    args = ("check", "미국은 50억 달러를 요구했다", "--date", "2019-12-01", "--format", "csv")
    plain, marked = run(*args).stdout_bytes, run(*args, "--bom").stdout_bytes
    assert marked == b"\xef\xbb\xbf" + plain
    assert marked.decode("utf-8-sig").splitlines()[1].startswith("1,미국은 50억 달러를 요구했다,50억 달러,demand,")
    assert run("project", "--format", "tsv", "--bom").stdout_bytes.startswith(b"\xef\xbb\xbfsma\tyear")
    refused = run("project", "--format", "json", "--bom")
    assert refused.exit_code == 2 and "--bom goes with csv or tsv" in refused.stderr and refused.stdout == ""
