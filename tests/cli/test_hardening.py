"""The second hardening pass, a test per family: no silent wrong number, no traceback, no hang, no
half-written output, no invalid input accepted, messages that say what and where."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

import smacalc
from smacalc.errors import DataError, InputError, SmacalcError

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = Path(str(resources.files("smacalc.record").joinpath("data")))


def one_error(result, code: int) -> str:
    assert result.exit_code == code, result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.stderr.startswith("smacalc: error: ") and result.stderr.count("\n") == 1
    return result.stderr


def scenario(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def smacalc_process(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMACALC_")} | kwargs.pop("env", {})
    return subprocess.run(
        [sys.executable, "-m", "smacalc", *args], capture_output=True, env=env, timeout=60, cwd=ROOT, **kwargs
    )


# --- wrong numbers, silently ------------------------------------------------------------------


def test_change_per_troop_is_a_change_per_troop(run) -> None:
    args = ("change", "--from", "2019", "--to", "2025", "--per-troop", "--troops", "stated", "--format", "json")
    (row,) = json.loads(run(*args).stdout)
    # ₩1,038.9bn / 28,500 = ₩36,452,632; ₩1,402.8bn / 28,500 = ₩49,221,053.
    assert (row["from_amount"], row["to_amount"], row["difference"]) == (36452632, 49221053, 12768421)
    (counted,) = json.loads(run(*args[:-4], "--format", "json").stdout)
    # By DMDC's count: ₩1,038.9bn / 26,524 (2019) = ₩39,168,300; ₩1,402.8bn / 24,159 (2023's, carried) = ₩58,065,317.
    assert (counted["from_amount"], counted["to_amount"]) == (39168300, 58065317)


def test_currency_codes_in_any_case_convert_once() -> None:
    data = smacalc.load_dataset()
    five, offer = smacalc.parse_money("5B USD"), smacalc.parse_money("1T KRW")
    assert smacalc.gap(data, five, offer, year=2019, currency="usd") == smacalc.gap(
        data, five, offer, year=2019, currency="USD"
    )
    assert smacalc.Restatement(currency="usd").currency == "USD"
    rows = smacalc.project(data, sma=1)
    (first, *_) = smacalc.restate(data, rows, smacalc.Restatement(currency="usd"))
    assert first.amount == smacalc.Money(Decimal("150000000"), "USD")  # 1991, set in dollars: unchanged
    with pytest.raises(InputError, match="unknown currency 'chf'"):
        smacalc.Restatement(currency="chf")


def test_a_rounding_unit_in_another_currency_is_refused(run, tmp_path: Path) -> None:
    path = scenario(
        tmp_path,
        "r.toml",
        '[[agreement]]\nnumber = 13\nname = "x"\nyears = "2031-2035"\nrounding = "1T USD"\n'
        'first_year = { year = 2031, amount = "1.7T KRW" }\nrule = { kind = "fixed", pct = 5.0 }\n',
    )
    assert "r.toml: agreement[0]: rounding 1000000000000 USD must be in KRW" in one_error(
        run("project", "--data", path, "--sma", "13"), 1
    )
    zero = scenario(tmp_path, "z.toml", Path(path).read_text().replace('"1T USD"', '"0 KRW"'))
    assert "z.toml: agreement[0]: rounding 0 KRW must be in KRW, above zero" in one_error(
        run("project", "--data", zero, "--sma", "13"), 1
    )


@pytest.mark.parametrize(
    "args",
    [
        ("gap", "--demand", "0.0100000000000000000000000000001 USD", "--offer", "1 USD"),
        ("gap", "--demand", "5B USD", "--offer", "1T KRW", "--rate", "1165.4999999999999999999999999"),
        ("project", "--sma", "12", "--cpi", "3.00000000000000000000000000001"),
    ],
)
def test_values_past_28_significant_digits_are_refused(run, args: tuple[str, ...]) -> None:
    assert "has more than 28 significant digits" in one_error(run(*args), 2)


# --- tracebacks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [("project", "--per-troop=²"), ("project", "--cpi", "²⁰²⁷=3"), ("change", "--from", "2019", "--to", "2026",
     "--in", "USD", "--rate", "²⁰²⁶=1450")],
)  # fmt: skip
def test_superscript_digits_are_not_digits(run, args: tuple[str, ...]) -> None:
    one_error(run(*args), 2)


def test_a_superscript_year_in_a_batch(run) -> None:
    result = run(
        "gap", "--from", "-", "--format", "csv", input='{"demand": "5B USD", "offer": "1T KRW", "year": "²⁰¹⁹"}\n'
    )
    assert result.exit_code == 1 and "stdin, line 1: year '²⁰¹⁹' is not a year" in result.stderr


@pytest.mark.parametrize(
    "name,text",
    [
        ("deep.json", "[" * 60000 + "]" * 60000),
        ("deep.yaml", "a: " + "[" * 60000 + "]" * 60000),
        ("deep.toml", "a = " + "[" * 60000 + "]" * 60000),
    ],
)
def test_deep_nesting_is_one_line(run, tmp_path: Path, name: str, text: str) -> None:
    assert f"{name}: nested too deeply to read" in one_error(
        run("project", "--data", scenario(tmp_path, name, text)), 1
    )


def test_a_deep_or_huge_batch_line_is_one_line(run) -> None:
    deep = '{"demand": ' + "[" * 4000 + "]" * 4000 + "}\n"
    assert "nested too deeply" in run("gap", "--from", "-", "--format", "csv", input=deep).stderr
    huge = '{"demand": "5B USD", "offer": "1T KRW", "year": ' + "9" * 5000 + "}\n"
    assert "a number has more than 4,300 digits" in run("gap", "--from", "-", "--format", "csv", input=huge).stderr
    digits = run("project", "--data", "-", "--sma", "12")  # not a file: refused, no read of stdin
    assert digits.exit_code == 2


def test_a_huge_integer_in_a_scenario(run, tmp_path: Path) -> None:
    path = scenario(tmp_path, "big.json", '{"index": [{"series": "cpi", "pct": ' + "9" * 5000 + "}]}")
    assert "big.json: not valid JSON: a number has more than 4,300 digits" in one_error(
        run("project", "--data", path), 1
    )


def test_a_negotiated_rule_without_a_schedule(run, tmp_path: Path) -> None:
    path = scenario(tmp_path, "n.toml", '[rules]\n12 = { kind = "negotiated" }\n')
    message = one_error(run("project", "--data", path, "--sma", "12"), 1)
    assert "n.toml: rules[12]: rule is negotiated but schedule has no amount for [2027, 2028, 2029, 2030]" in message


def test_a_position_whose_years_are_outside_the_record(run, tmp_path: Path) -> None:
    early = scenario(
        tmp_path,
        "p.toml",
        '[[position]]\nsma = 1\ndate = "1985-05"\nparty = "US"\ndescription = "x"\namount = "1B USD"\n'
        'for_year = 1991\nsource = "mnd-wp-2018"\n',
    )
    assert "needs the payments of 1985-1991, outside the record's 1991-2030" in one_error(
        run("gap", "--sma", "1", "--data", early), 1
    )
    late = scenario(tmp_path, "q.toml", Path(early).read_text().replace("1985-05", "2025-05").replace("1991", "2040"))
    message = one_error(run("gap", "--sma", "1", "--data", late), 1)
    assert "outside the record's 1991-2030" in message and "--through" not in message


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused_not_read(run, tmp_path: Path, device: str) -> None:
    link = tmp_path / "s.toml"
    link.symlink_to(device)
    assert "s.toml: not a regular file" in one_error(run("project", "--data", str(link)), 1)
    folder = tmp_path / "record"
    shutil.copytree(BUNDLED, folder)
    (folder / "agreements.toml").unlink()
    (folder / "agreements.toml").symlink_to(device)
    result = run("project", env={"SMACALC_DATA_DIR": str(folder)})
    assert "agreements.toml: not a regular file" in one_error(result, 1)


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr", "iso-8859-9", "ascii"])
def test_terminals_that_are_not_utf8(encoding: str) -> None:
    env = {"PYTHONIOENCODING": encoding, "COLUMNS": "100"}
    table = smacalc_process("project", "--sma", "11", "--format", "table", env=env)
    assert table.returncode == 0 and b"Traceback" not in table.stderr
    text = table.stdout.decode(encoding)
    assert "KRW 1,038.9bn" in text
    widths = {len(line) for line in text.splitlines()[2:8]}
    assert len(widths) == 1  # the columns line up: measured in what is shown
    chart = smacalc_process("chart", "--sma", "11", env=env)
    assert chart.returncode == 0 and "KRW 1,402.8bn" in chart.stdout.decode(encoding)
    data = smacalc_process("gap", "--sma", "11", "--format", "csv", env=env)
    assert data.stdout == smacalc_process("gap", "--sma", "11", "--format", "csv").stdout  # UTF-8 whatever the terminal
    error = smacalc_process("gap", "--demand", "5 bilion ₩", "--offer", "1T KRW", env=env)
    assert error.returncode == 2 and error.stderr.decode(encoding).count("\n") == 1


def test_ctrl_c_while_the_command_line_loads() -> None:
    code = (
        "import sys, importlib.abc\n"
        "class Stop(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name == 'smacalc.cli.app':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Stop())\n"
        "from smacalc.__main__ import run\n"
        "run()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert (done.returncode, done.stderr) == (130, b"smacalc: error: interrupted\n")


# --- hangs and unbounded resources ------------------------------------------------------------


def test_a_yaml_alias_bomb_is_refused_at_once(run, tmp_path: Path) -> None:
    levels = ['a0: &a0 ["1T KRW", "1T KRW", "1T KRW", "1T KRW", "1T KRW", "1T KRW", "1T KRW", "1T KRW", "1T KRW"]']
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    path = scenario(tmp_path, "bomb.yaml", "\n".join(levels) + "\n")
    started = time.monotonic()
    assert "aliases (*name) are not accepted" in one_error(run("project", "--data", path), 1)
    assert time.monotonic() - started < 30


def test_a_fifo_is_refused_not_waited_on(run, tmp_path: Path) -> None:
    fifo = tmp_path / "f.toml"
    os.mkfifo(fifo)
    assert "f.toml: not a regular file" in one_error(run("project", "--data", str(fifo)), 1)
    folder = tmp_path / "record"
    shutil.copytree(BUNDLED, folder)
    (folder / "sources.csv").unlink()
    os.mkfifo(folder / "sources.csv")
    assert "sources.csv: not a regular file" in one_error(run("project", env={"SMACALC_DATA_DIR": str(folder)}), 1)


def test_a_batch_too_large_for_a_table_is_refused_before_drawing(run) -> None:
    lines = "demand,offer,year\n" + "5B USD,1T KRW,2019\n" * 10_001
    result = run("gap", "--from", "-", "--format", "table", input=lines)
    assert "stdin: more than 10,000 rows for a table; give --format csv, tsv or jsonl" in one_error(result, 1)
    fits = run("gap", "--from", "-", "--format", "table", input="demand,offer,year\n5B USD,1T KRW,2019\n")
    assert fits.exit_code == 0 and "₩5,829.0bn" in fits.stdout


def test_a_huge_terminal_width_is_capped(run) -> None:
    result = run("chart", "--sma", "11", env={"COLUMNS": "100000000"})
    assert result.exit_code == 0 and max(len(line) for line in result.stdout.splitlines()) <= 400


# --- half-written output ----------------------------------------------------------------------


def test_a_json_batch_stopped_by_a_bad_row_is_still_json(run) -> None:
    result = run("gap", "--from", str(ROOT / "fixtures" / "batch-bad.csv"), "--format", "json")
    assert result.exit_code == 1
    assert [r["line"] for r in json.loads(result.stdout)] == [2]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_mid_batch_leaves_whole_rows(sig: int, tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("demand,offer,year\n" + "5B USD,1T KRW,2019\n$1.3bn,1T KRW,2020\n" * 100_000)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMACALC_")}
    with rows.open("rb") as stdin:
        process = subprocess.Popen(
            [sys.executable, "-m", "smacalc", "gap", "--from", "-", "--format", "jsonl"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert process.stdout is not None
        first = os.read(process.stdout.fileno(), 65536)  # it is writing rows, the pipe full behind them
        process.send_signal(sig)
        rest, err = process.communicate(timeout=60)  # reads the same descriptor, unbuffered
    assert process.returncode in (130, 143)
    lines = (first + rest).decode().splitlines()
    assert 0 < len(lines) < 200_000
    for line in lines:
        json.loads(line)  # every line written is a whole row
    assert err.decode() in ("smacalc: error: interrupted\n", "smacalc: error: terminated\n")


def test_a_terminated_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    from smacalc.cli.app import Terminated
    from smacalc.render.files import write_file

    def cut(out) -> None:
        out.write(b"<svg")
        raise Terminated

    with pytest.raises(Terminated):
        write_file(str(tmp_path / "c.svg"), cut)
    assert list(tmp_path.iterdir()) == []


# --- invalid input accepted -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,text,fragment",
    [
        ("d.json", '{"index": [], "index": []}', "d.json: key 'index' is given twice"),
        ("d.yaml", "index: []\nindex: []\n", "d.yaml: not valid YAML: key 'index' is given twice"),
        (
            "a.toml",
            '[[agreement]]\nnumber = 13\nname = "x"\nyears = "2031"\nfirst_year = { year = 2031, amount = "1T KRW" }\n'
            'rule = { kind = "frozen" }\n' * 2,
            "a.toml: agreement[1].number: agreement 13 is given twice",
        ),
        ("r.json", '{"rules": {"12": {"kind": "frozen"}, "012": {"kind": "frozen"}}}', "r.json: rules: agreement 12"),
        (
            "e.toml",
            '[[event]]\nsma = 12\ndate = "2024-02-30"\nkind = "statement"\ndescription = "x"\nsource = "mnd-wp-2018"\n',
            "date '2024-02-30' is not a day of the calendar",
        ),
    ],
)
def test_scenarios_that_say_something_twice_or_impossible(run, tmp_path: Path, name: str, text: str, fragment: str):
    assert fragment in one_error(run("history", "--data", scenario(tmp_path, name, text)), 1)


def test_a_duplicate_key_in_a_batch_line(run) -> None:
    line = '{"demand": "5B USD", "demand": "1B USD", "offer": "1T KRW", "year": 2019}\n'
    assert (
        "stdin, line 1: key 'demand' is given twice" in run("gap", "--from", "-", "--format", "csv", input=line).stderr
    )


def broken_record(tmp_path: Path, name: str, change) -> str:
    folder = tmp_path / "record"
    shutil.copytree(BUNDLED, folder)
    path = folder / name
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    return str(folder)


def test_a_sources_file_cut_inside_a_quoted_field(run, tmp_path: Path) -> None:
    folder = broken_record(tmp_path, "sources.csv", lambda text: text[: text.index('"2018 Defense') + 8])
    assert "sources.csv" in one_error(run("sources", env={"SMACALC_DATA_DIR": folder}), 1)


def test_a_rate_of_1e_30_in_a_data_file(run, tmp_path: Path) -> None:
    folder = broken_record(tmp_path, "rates.csv", lambda text: text.replace("2019,KRW,1165.8016", "2019,KRW,1E-30"))
    message = one_error(run("project", "--sma", "10", "--in", "USD", env={"SMACALC_DATA_DIR": folder}), 1)
    assert "rates.csv line 30: rate: Input should be greater than or equal to 0.01" in message


def test_an_extra_field_in_a_data_file_names_its_line(run, tmp_path: Path) -> None:
    folder = broken_record(tmp_path, "indices.csv", lambda text: text.replace("cpi,1991,9.3,", "cpi,1991,9.3,x,"))
    assert "indices.csv line 2: 6 fields where the header has 5" in one_error(
        run("project", env={"SMACALC_DATA_DIR": folder}), 1
    )


@pytest.mark.parametrize(
    "make",
    [
        lambda: smacalc.Money(0.1, "USD"),  # type: ignore[arg-type]
        lambda: smacalc.Money("5", "USD"),  # type: ignore[arg-type]
        lambda: smacalc.Money(Decimal("NaN"), "USD"),
        lambda: smacalc.Restatement(troops=0),
        lambda: smacalc.Restatement(troops=-5),
        lambda: smacalc.Restatement(currency="USD", rate=Decimal(0)),
        lambda: smacalc.Assumptions(plain={"CPI": Decimal(3)}),
        lambda: smacalc.gap(
            smacalc.load_dataset(), smacalc.Money(Decimal(-5), "USD"), smacalc.parse_money("1T KRW"), year=2019
        ),
        lambda: smacalc.gap(
            smacalc.load_dataset(), smacalc.parse_money("5B USD"), smacalc.parse_money("1T KRW"), rate=Decimal(0)
        ),
    ],
)
def test_the_api_refuses_with_its_own_errors(make) -> None:
    with pytest.raises(InputError):
        make()
    assert issubclass(InputError, SmacalcError) and issubclass(DataError, SmacalcError)


# --- messages and exit codes ------------------------------------------------------------------


@pytest.mark.parametrize("args", [("project", "--cpi", "0:100:1"), ("chart",), ("history", "--format", "json")])
def test_head_closing_the_pipe_early_is_exit_0(args: tuple[str, ...]) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMACALC_")} | {"COLUMNS": "100"}
    script = f"{sys.executable} -m smacalc {' '.join(args)} | head -1 > /dev/null; echo ${{PIPESTATUS[0]}}"
    done = subprocess.run(["bash", "-c", script], capture_output=True, env=env, timeout=120, cwd=ROOT)
    assert done.stdout == b"0\n" and done.stderr == b""


def test_skip_bad_does_not_skip_a_bad_header(run) -> None:
    result = run("gap", "--from", "-", "--skip-bad", "--format", "csv", input="demnd,offer\n5B USD,1T KRW\n")
    assert result.exit_code == 1 and "the header must name demand and offer" in result.stderr


def test_messages_do_not_change_with_the_hash_seed(tmp_path: Path) -> None:
    path = scenario(
        tmp_path,
        "s.toml",
        '[sources.mnd-wp-2018]\npublisher = "x"\nabout = "x"\n[sources.fred-aexkous]\npublisher = "x"\nabout = "x"\n',
    )
    seen = {smacalc_process("sources", "--data", path, env={"PYTHONHASHSEED": seed}).stderr for seed in "0123"}
    assert seen == {b"smacalc: error: s.toml: sources.fred-aexkous: the record already has a source with this id\n"}


def test_a_byte_order_mark_is_read_past(run, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b'\xef\xbb\xbf{"index": [{"series": "cpi", "pct": 3}]}')
    result = run("project", "--sma", "12", "--data", str(path), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0 and rows[2]["rate_pct"] == "3.0"  # 2028 by the assumed 3%


@pytest.mark.parametrize("text", ["1,000.5,000 USD", "5.00,000 USD", "1,00 USD"])
def test_commas_only_group_whole_numbers(text: str) -> None:
    with pytest.raises(InputError, match="cannot read amount"):
        smacalc.parse_money(text)
    assert smacalc.parse_money("$1,500.25 million").amount == Decimal("1500250000")


def test_an_agreement_of_centuries_is_refused_by_its_field(run, tmp_path: Path) -> None:
    path = scenario(
        tmp_path,
        "long.toml",
        '[[agreement]]\nnumber = 13\nname = "x"\nyears = "2031-2199"\n'
        'first_year = { year = 2031, amount = "1.7T KRW" }\nrule = { kind = "fixed", pct = 50 }\n',
    )
    assert "long.toml: agreement[0].years: years must lie within 1950-2200 and span at most 50 years" in one_error(
        run("project", "--data", path, "--sma", "13"), 1
    )
