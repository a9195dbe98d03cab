"""The third reliability pass, a test per family: a write never destroys what the user had, an
interrupted export leaves the old one or the new one whole, one exit code always, the rates of one
day, text a spreadsheet shows as text, ASCII years, and messages in plain words."""

from __future__ import annotations

import csv
import decimal
import io
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

import smacalc
from smacalc.errors import signal_within
from smacalc.render import files

ROOT = Path(__file__).resolve().parents[2]
APPLICATION_ID = 0x534D4143  # "SMAC"


def smacalc_process(*args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMACALC_")}
    kwargs.setdefault("cwd", ROOT)
    return subprocess.run(
        [sys.executable, "-m", "smacalc", *args], capture_output=True, env=env, timeout=60, stdin=subprocess.DEVNULL,
        **kwargs,
    )  # fmt: skip


def refused(result, fragment: str) -> None:
    """One line on stderr naming what was refused, exit 2, nothing on stdout."""
    assert result.exit_code == 2, result.stderr
    assert result.stdout == "" and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("smacalc: error: ") and fragment in result.stderr, result.stderr


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every path under ``folder`` and its content (a link's target), to show nothing changed."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = "-> " + os.readlink(path)
        elif path.is_file():
            found[key] = path.read_bytes()
        else:
            found[key] = "folder"
    return found


def application_id(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("pragma application_id").fetchone()[0])
    finally:
        db.close()


# --- exports that destroy the user's files ------------------------------------------------------


def test_a_frictionless_project_is_not_swapped_for_a_package(run, tmp_path: Path) -> None:
    project = tmp_path / "p"
    (project / "data").mkdir(parents=True)
    (project / ".git").mkdir()
    (project / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (project / "datapackage.json").write_text("{}")
    (project / "data" / "mine.csv").write_text("x\n")
    before = snapshot(tmp_path)
    refused(run("export", "--datapackage", str(project)), "not a package smacalc wrote")
    assert snapshot(tmp_path) == before


def test_the_current_folder_of_a_project_is_refused(tmp_path: Path) -> None:
    (tmp_path / "datapackage.json").write_text('{"name": "mine", "resources": []}')
    (tmp_path / "notes.txt").write_text("mine")
    before = snapshot(tmp_path)
    done = smacalc_process("export", "--datapackage", ".", cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.count(b"\n") == 1, done.stderr
    assert snapshot(tmp_path) == before


def test_a_package_of_smacalcs_with_one_file_more_is_refused(run, tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    assert run("export", "--datapackage", str(folder)).exit_code == 0
    (folder / "mine.csv").write_text("x\n")
    before = snapshot(tmp_path)
    refused(run("export", "--datapackage", str(folder)), "besides smacalc's package (mine.csv)")
    assert snapshot(tmp_path) == before


def test_a_package_of_smacalcs_is_replaced_in_its_folder(run, tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    assert run("export", "--datapackage", str(folder), "--data", str(ROOT / "fixtures" / "sma13.toml")).exit_code == 0
    described = json.loads((folder / "datapackage.json").read_text())
    assert described["smacalc"] == {"export": 2}
    # an older package listed a table this one no longer has: it goes with the package
    described["resources"].append({"name": "gone", "path": "gone.csv"})
    (folder / "datapackage.json").write_text(json.dumps(described))
    (folder / "gone.csv").write_text("x\n")
    inode = folder.stat().st_ino
    result = run("export", "--datapackage", str(folder))
    assert result.exit_code == 0, result.stderr
    assert folder.stat().st_ino == inode  # the same folder, its files replaced
    assert not (folder / "gone.csv").exists()
    assert "\n13," not in (folder / "agreements.csv").read_text()  # the new package, not the scenario's
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg"]  # nothing hidden beside it
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_temporary_files_of_a_killed_run_go_with_the_package(run, tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    assert run("export", "--datapackage", str(folder)).exit_code == 0
    (folder / ".payments.csv.k3j2.smacalc-tmp").write_text("half")  # what kill -9 can leave
    assert run("export", "--datapackage", str(folder)).exit_code == 0
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_a_link_to_a_folder_stays_a_link(run, tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    for _ in range(2):
        assert run("export", "--datapackage", str(link)).exit_code == 0
    assert link.is_symlink() and (real / "datapackage.json").exists()


@pytest.mark.parametrize("target", ["", "-"])
def test_a_package_needs_a_folder(run, target: str) -> None:
    refused(run("export", "--datapackage", target), "give a folder")


def test_a_database_of_the_users_is_refused_unless_forced(run, tmp_path: Path) -> None:
    work = tmp_path / "work.db"
    db = sqlite3.connect(work)
    db.execute("create table mine(x)")
    db.commit()
    db.close()
    notes = tmp_path / "notes.db"
    notes.write_text("my notes\n")
    before = snapshot(tmp_path)
    refused(run("export", "--sqlite", str(work)), "a SQLite database smacalc did not export")
    refused(run("export", "--sqlite", str(notes)), "not a smacalc export; give a new name, or --force")
    assert snapshot(tmp_path) == before
    assert run("export", "--sqlite", str(notes), "--force").exit_code == 0
    assert application_id(notes) == APPLICATION_ID
    assert run("export", "--sqlite", str(notes)).exit_code == 0  # its own export, replaced without --force


def test_an_empty_file_may_be_written(run, tmp_path: Path) -> None:
    empty = tmp_path / "made-by-mktemp"
    empty.touch()
    assert run("export", "--sqlite", str(empty)).exit_code == 0
    assert application_id(empty) == APPLICATION_ID


def test_no_metadata_is_written_unasked(run, tmp_path: Path) -> None:
    mine = tmp_path / "metadata.json"
    mine.write_text('{"my": 1}')
    result = run("export", "--sqlite", str(tmp_path / "x.db"))
    assert result.exit_code == 0 and result.stderr == f"smacalc: wrote {tmp_path / 'x.db'}\n"
    assert mine.read_text() == '{"my": 1}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["metadata.json", "x.db"]


def test_a_database_named_metadata_json_stays_a_database(run, tmp_path: Path) -> None:
    path = tmp_path / "metadata.json"
    assert run("export", "--sqlite", str(path)).exit_code == 0
    assert application_id(path) == APPLICATION_ID
    refused(run("export", "--sqlite", str(path), "--metadata", str(path)), "name the same file")


def test_metadata_of_the_users_is_refused(run, tmp_path: Path) -> None:
    mine = tmp_path / "m.json"
    mine.write_text('{"my": 1}')
    refused(run("export", "--sqlite", str(tmp_path / "x.db"), "--metadata", str(mine)), "not metadata smacalc wrote")
    assert mine.read_text() == '{"my": 1}' and not (tmp_path / "x.db").exists()  # neither written


def test_two_exports_share_one_metadata_file(run, tmp_path: Path) -> None:
    meta = tmp_path / "metadata.json"
    for name in ("a.db", "b.db", "a.db"):
        assert run("export", "--sqlite", str(tmp_path / name), "--metadata", str(meta)).exit_code == 0
    described = json.loads(meta.read_text())
    assert sorted(described["databases"]) == ["a", "b"] and described["about"] == "smacalc export"


def test_a_dash_is_stdout_for_an_svg_too(tmp_path: Path) -> None:
    done = smacalc_process("chart", "--sma", "11", "--svg", "-", cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == b"" and done.stdout.startswith(b"<svg")
    assert list(tmp_path.iterdir()) == []


def test_a_dash_is_stdout_and_a_device_gets_the_database_alone(tmp_path: Path) -> None:
    done = smacalc_process("export", "--sqlite", "-", cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == b"", done.stderr
    assert done.stdout.startswith(b"SQLite format 3\x00") and int.from_bytes(done.stdout[68:72]) == APPLICATION_ID
    assert list(tmp_path.iterdir()) == []  # no file named -
    done = smacalc_process("export", "--sqlite", "/dev/stdout", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith(b"SQLite format 3\x00")
    assert list(tmp_path.iterdir()) == [] and not Path("/dev/metadata.json").exists()
    for metadata in ("-", "m.json"):
        done = smacalc_process("export", "--sqlite", "-", "--metadata", metadata, cwd=tmp_path)
        assert done.returncode == 2 and done.stdout == b"" and done.stderr.count(b"\n") == 1
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "target, fragment",
    [
        ("", "the file name is empty"),
        ("missing/x.db", "does not exist"),
        ("newname/", "names a folder (it ends in /)"),  # a trailing slash names a folder
    ],
)
def test_a_path_that_cannot_be_a_file_is_a_usage_error(run, tmp_path: Path, target: str, fragment: str) -> None:
    path = f"{tmp_path}/{target}" if target else target
    refused(run("export", "--sqlite", path), fragment)
    assert list(tmp_path.iterdir()) == []


def test_signals_are_held_while_files_are_renamed_into_place(tmp_path: Path) -> None:
    """A SIGINT that comes while the second file is staged is acted on only once both are in place."""
    old_db, old_meta = tmp_path / "sma.db", tmp_path / "metadata.json"
    old_db.write_bytes(b"old")
    old_meta.write_bytes(b"old")

    def first(out) -> None:
        out.write(b"new")

    def second(out) -> None:
        # to this thread, as the kernel delivers a process's signal in smacalc's one thread (a thread another
        # test left running, the web tests' server, would take a signal sent to the process)
        signal.pthread_kill(threading.main_thread().ident or 0, signal.SIGINT)
        out.write(b"new")

    with pytest.raises(KeyboardInterrupt):
        files.write_together([(str(old_db), first), (str(old_meta), second)])
    assert old_db.read_bytes() == old_meta.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["metadata.json", "sma.db"]


def test_a_failed_write_leaves_both_old_files(tmp_path: Path) -> None:
    old_db, old_meta = tmp_path / "sma.db", tmp_path / "metadata.json"
    old_db.write_bytes(b"old")
    old_meta.write_bytes(b"old")

    def fine(out) -> None:
        out.write(b"new")

    def full(out) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(smacalc.SmacalcError, match="No space left on device"):
        files.write_together([(str(old_db), fine), (str(old_meta), full)])
    assert old_db.read_bytes() == old_meta.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["metadata.json", "sma.db"]


def _whole_database(folder: Path) -> int:
    """The number of agreements of the database and metadata in ``folder``, checked whole: 13 the
    earlier export, 12 the new one."""
    assert sorted(p.name for p in folder.iterdir()) == ["metadata.json", "sma.db"]
    db = sqlite3.connect(f"file:{folder / 'sma.db'}?mode=ro", uri=True)
    assert db.execute("pragma integrity_check").fetchone() == ("ok",)
    (count,) = db.execute("select count(*) from agreements").fetchone()
    (paid,) = db.execute("select count(distinct sma) from payments").fetchone()
    db.close()
    assert count == paid
    assert json.loads((folder / "metadata.json").read_text())["about"] == "smacalc export"
    return int(count)


def _whole_package(folder: Path) -> int:
    """The number of agreements of the package in ``folder``, checked whole."""
    assert [p.name for p in folder.iterdir()] == ["package"]
    package = folder / "package"
    listed = json.loads((package / "datapackage.json").read_text())["resources"]
    assert sorted(p.name for p in package.iterdir()) == sorted(["datapackage.json", *(r["path"] for r in listed)])
    agreements = list(csv.DictReader(io.StringIO((package / "agreements.csv").read_text())))
    payments = {row["sma"] for row in csv.DictReader(io.StringIO((package / "payments.csv").read_text()))}
    assert len(agreements) == len(payments)
    return len(agreements)


def _smacalc_started(pid: int) -> None:
    """Wait until the process catches SIGTERM, that is, until smacalc's own handling is in place
    (before it, in the interpreter's start, a signal ends the process as it does any program). On a
    system without /proc/PID/status, wait a fixed time."""
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        time.sleep(0.3)
        return
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines() if ":" in line)
        except FileNotFoundError:
            return  # already ended
        if fields["State"].split()[0] == "Z" or int(fields["SigCgt"], 16) >> (signal.SIGTERM - 1) & 1:
            return
        time.sleep(0.002)
    raise AssertionError("smacalc did not start within 30 s")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.parametrize("kind", ["sqlite", "datapackage"])
def test_an_export_interrupted_at_a_random_moment_leaves_one_whole(tmp_path: Path, kind: str, sig) -> None:
    """bench/interrupts.py runs this 50 times a signal and kind; here twice, after start-up."""
    targets = (
        ["--sqlite", "sma.db", "--metadata", "metadata.json"] if kind == "sqlite" else ["--datapackage", "package"]
    )
    whole = _whole_database if kind == "sqlite" else _whole_package
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMACALC_")}
    for _ in range(2):
        earlier = smacalc_process("export", *targets, "--data", str(ROOT / "fixtures" / "sma13.toml"), cwd=tmp_path)
        assert earlier.returncode == 0
        process = subprocess.Popen(
            [sys.executable, "-m", "smacalc", "export", *targets],
            cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        _smacalc_started(process.pid)
        time.sleep(random.uniform(0, 0.4))
        process.send_signal(sig)
        _, err = process.communicate(timeout=60)
        assert process.returncode in (0, 128 + sig) and err.count(b"\n") <= 1, err
        assert whole(tmp_path) in (12, 13)


# --- exit codes ---------------------------------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="this machine has no /dev/full")
def test_a_full_stderr_gives_exit_2_every_time() -> None:
    codes = set()
    for _ in range(6):  # bench-like; the test below makes every flush fail deterministically
        with open("/dev/full", "w") as full:
            done = subprocess.run(
                [sys.executable, "-m", "smacalc", "project", "--sma", "13"], stdout=subprocess.PIPE, stderr=full
            )
        codes.add(done.returncode)
    assert codes == {2}


def test_a_stderr_that_fails_on_every_flush_keeps_the_exit_code() -> None:
    """The interpreter flushes stderr again at exit, and a failure there made the exit code 120:
    here every flush fails, whatever the timing, and the code is still the usage error's 2."""
    code = (
        "import errno, io, sys\n"
        "class Full(io.RawIOBase):\n"
        "    def writable(self):\n"
        "        return True\n"
        "    def write(self, b):\n"
        "        raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "sys.stderr = io.TextIOWrapper(io.BufferedWriter(Full(), buffer_size=1 << 16), encoding='utf-8')\n"
        "sys.argv = ['smacalc', 'project', '--sma', '13']\n"
        "from smacalc.cli.app import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert (done.returncode, done.stdout) == (2, b"")


def test_a_second_ctrl_c_while_ending_changes_nothing() -> None:
    code = (
        "import os, signal, sys\n"
        "from smacalc.cli import app\n"
        "def first(*a, **k):\n"
        "    raise KeyboardInterrupt\n"  # Ctrl-C as the command runs
        "said = app.say\n"
        "def say(line):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"  # and again as smacalc says so
        "    said(line)\n"
        "app.say = say\n"
        "app.cli.commands['list'].callback = first\n"
        "sys.argv = ['smacalc', 'list']\n"
        "app.main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=60)
    assert (done.returncode, done.stderr) == (130, b"smacalc: error: interrupted\n")


# --- rates of one day ---------------------------------------------------------------------------


def test_a_conversion_uses_one_day_for_both_rates(run) -> None:
    # 2005-09-05 (Labor Day): the yuan is published, the won is not; both are taken on 2 September.
    result = run("gap", "--demand", "63 billion yuan", "--offer", "1T KRW", "--date", "2005-09-05", "--format", "json")
    (row,) = json.loads(result.stdout)
    daily = smacalc.load_dataset().daily_rates
    day = smacalc.load_dataset().daily_rates.on("KRW", __import__("datetime").date(2005, 9, 2)).day
    assert row["rate_date"] == "2005-09-02" == day.isoformat()
    assert str(row["cny_per_usd"]) == str(daily.on("CNY", day).rate) == "8.0935"
    assert str(row["krw_per_usd"]) == "1024.75"


def test_every_leg_of_a_daily_rate_is_of_one_day() -> None:
    import datetime as dt

    data = smacalc.load_dataset()
    start = dt.date(2005, 1, 1)
    for offset in range(0, 365, 3):
        rate = smacalc.rate_for(data, ["KRW", "CNY", "JPY", "EUR"], None, day=start + dt.timedelta(offset))
        assert len({leg.day for leg in rate.legs}) == 1, rate


# --- spreadsheet-safe text ----------------------------------------------------------------------


def test_csv_text_is_not_a_formula(run, tmp_path: Path) -> None:
    scenario = tmp_path / "evil.toml"
    scenario.write_text(
        (ROOT / "fixtures" / "sma13.toml").read_text().replace('"hypothetical 13th SMA"', '"=HYPERLINK(\\"x\\")"')
    )
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        rows = list(
            csv.reader(io.StringIO(run("list", "--data", str(scenario), "--format", fmt).stdout), delimiter=delimiter)
        )
        names = {row[0]: row[1] for row in rows[1:]}
        rules = {row[0]: row[7] for row in rows[1:]}
        assert names["13"] == '\'=HYPERLINK("x")' and rules["3"].startswith("'+10% a year")
    data = json.loads(run("list", "--data", str(scenario), "--format", "json").stdout)
    assert data[-1]["name"] == '=HYPERLINK("x")'  # json keeps text exactly


def test_csv_numbers_stay_numbers(run) -> None:
    args = ("change", "--from", "2019", "--to", "2020", "--in", "USD", "--format", "csv")
    (row,) = list(csv.DictReader(io.StringIO(run(*args).stdout)))
    assert (row["difference"], row["change_pct"]) == ("-11136958.95", "-1.2")  # numbers, as they are


# --- ASCII years and agreement numbers ----------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("burden", "--year", "２０１９"),
        ("history", "--sma", "１２"),
        ("project", "--through", "２０２０"),
        ("project", "--sma", "1_1"),
        ("change", "--from", "٢٠١٩", "--to", "2020"),
    ],
)
def test_years_and_numbers_are_ascii_digits(run, args: tuple[str, ...]) -> None:
    refused(run(*args), "is not a whole number in ASCII digits")


# --- messages -----------------------------------------------------------------------------------


def test_a_json_lines_batch_may_start_with_a_bom(run) -> None:
    result = run(
        "gap", "--from", "-", "--format", "json", input='\ufeff{"demand": "5B USD", "offer": "1T KRW", "year": 2019}\n'
    )
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["ratio"] == 5.83


def test_a_json_year_is_shown_as_written(run) -> None:
    result = run("gap", "--from", "-", input='{"demand": "5B USD", "offer": "1T KRW", "year": 2019.0}\n')
    assert result.exit_code == 1
    assert "year 2019.0 is not a year from 1900 to 2200; give a whole number" in result.stderr
    assert "Decimal" not in result.stderr


def test_an_unquoted_yaml_date_says_to_quote_it(run, tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(
        "agreement:\n  - number: 13\n    name: '13th'\n    signed: 2031-01-01\n    years: '2031-2035'\n"
        "    first_year: {year: 2031, amount: '1.7T KRW'}\n    rule: {kind: fixed, pct: 5.0}\n"
    )
    result = run("project", "--data", str(path))
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert 'signed: should be text, but 2031-01-01 unquoted is read as a date; write it in quotes ("2031-01-01")' in (
        result.stderr
    )


@pytest.mark.parametrize("target, fragment", [("newname/", "names a folder"), ("", "the file name is empty")])
def test_an_svg_path_that_names_no_file_is_a_usage_error(run, tmp_path: Path, target: str, fragment: str) -> None:
    path = f"{tmp_path}/{target}" if target else ""
    refused(run("chart", "--sma", "11", "--svg", path), fragment)
    assert list(tmp_path.iterdir()) == []


def test_an_amount_that_rounds_to_nothing_is_the_users_error(run) -> None:
    result = run("gap", "--demand", "999999999999999999 USD", "--offer", "1 KRW", "--year", "2019", "--in", "JPY")
    refused(result, "the offer 1 KRW rounds to 0 JPY once converted")


def test_a_restatement_beyond_what_is_computed_is_the_users_error(run) -> None:
    result = run("project", "--cpi", "-99.9999999999999999999999999", "--in", "KRW", "--real", "1991")
    refused(result, "beyond 10^18 KRW; assume milder inflation or deflation")


def test_a_decimal_fault_of_smacalcs_own_is_an_internal_error(run, monkeypatch: pytest.MonkeyPatch) -> None:
    from smacalc.cli import lazy

    def broken(*args, **kwargs):
        raise decimal.InvalidOperation([decimal.InvalidOperation])

    monkeypatch.setattr(lazy.escalation, "project", broken)
    result = run("project", "--sma", "11")
    assert result.exit_code == 1 and "internal error (InvalidOperation" in result.stderr
    assert "give a smaller one" not in result.stderr


def test_a_signal_python_wraps_in_another_error_is_still_the_signal() -> None:
    """A Ctrl-C while a class is made (pydantic's models, as smacalc imports them) reaches smacalc
    as a RuntimeError; it ends as an interrupt (exit 130), not as an internal error."""

    class Descriptor:
        def __set_name__(self, owner: type, name: str) -> None:
            raise KeyboardInterrupt

    with pytest.raises(RuntimeError) as raised:
        type("Model", (), {"field": Descriptor()})
    assert isinstance(signal_within(raised.value), KeyboardInterrupt)
    assert signal_within(ValueError("a bug")) is None
    assert signal_within(SystemExit(0)) is None


def test_a_sigterm_a_library_replaces_with_its_own_error_is_still_the_signal() -> None:
    """A SIGTERM while pydantic-core builds a serializer reaches smacalc as its SchemaError, with no
    chain back to the signal; it ends as terminated (exit 143), not as an internal error."""
    program = textwrap.dedent(
        """
        import signal, sys
        from smacalc.cli import app, lazy

        def replaced(*args, **kwargs):
            try:
                app._terminated(signal.SIGTERM, None)
            except app.Terminated:
                pass  # a library's own error in its place, with no cause or context kept
            raise RuntimeError("Error building serializer")

        lazy.escalation.project = replaced
        sys.argv = ["smacalc", "project", "--sma", "11"]
        app.main()
        """
    )
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, timeout=60)
    assert (done.returncode, done.stderr) == (143, b"smacalc: error: terminated\n")
