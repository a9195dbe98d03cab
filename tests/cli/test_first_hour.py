"""What a newcomer meets first: the help, tables as people read them, captions that are true of the
table, whole sources, notes, rates per year, changes kept, unused assumptions said, the SVG chart."""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from xml.dom import minidom

import pytest
from rich.cells import cell_len

from smacalc.cli import cli

ROOT = Path(__file__).resolve().parents[2]
COMMANDS = sorted(cli.commands)


def test_smacalc_alone_prints_the_help_and_exits_0(run) -> None:
    result = run()
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("Usage: smacalc [OPTIONS] COMMAND [ARGS]...")
    assert "Start here:" in result.stdout and "smacalc project --sma 11" in result.stdout
    assert result.stdout == run("--help").stdout
    assert "..." not in result.stdout.split("Commands:")[1]  # every command's line is whole


@pytest.mark.parametrize("command", ["project", "gap", "change", "history", "chart", "list", "audit", "sources"])
def test_each_command_help_has_examples(run, command: str) -> None:
    text = run(command, "--help").stdout
    assert "Examples:" in text and f"smacalc {command}" in text.split("Examples:")[1]


@pytest.mark.parametrize("command", COMMANDS)
def test_help_says_what_is_accepted(run, command: str) -> None:
    text = run(command, "--help").stdout
    assert "INTEGER RANGE" not in text and "[x>=1]" not in text
    if command == "gap":
        assert "default: the whole record" not in text and "--year YEAR" in text


def test_tables_show_amounts_as_people_read_them(run) -> None:
    table = run("project", "--sma", "10", "--in", "USD", "--format", "table").stdout
    assert "$891.1M" in table and "891,146,486.67" not in table
    exact = run("project", "--sma", "10", "--in", "USD", "--format", "csv").stdout
    assert ",891146486.67,USD," in exact
    args = ("project", "--sma", "12", "--per-troop", "--troops", "stated", "--format", "table")
    per_troop = run(*args, env={"COLUMNS": "160"}).stdout
    assert "₩53.31M" in per_troop  # ₩1,519.2bn / 28,500 = ₩53,305,263


def caption(text: str) -> list[str]:
    """The lines under a table (after its last blank line)."""
    return text.rstrip("\n").split("\n\n")[-1].splitlines()


def test_captions_say_only_what_is_true_of_the_table(run) -> None:
    won = run("project", "--sma", "11", "--format", "table").stdout
    assert "USD to 2004" not in won
    mixed = run("project", "--format", "table", env={"COLUMNS": "200"}).stdout
    assert "USD to 2004, KRW from 2005" in mixed
    chart = run("chart", "--sma", "11").stdout
    assert "smacalc sources" not in chart and "Basis: official = published" in chart
    args = ("project", "--sma", "10", "--in", "USD", "--real", "2025", "--per-troop", "--format", "table")
    narrow = " ".join(run(*args, env={"COLUMNS": "80"}).stdout.split())
    assert "Nominal: the amount before deflation." not in narrow  # the column is left out at 80
    assert "Not shown at this width: SMA, Capped, ₩ per $, Nominal, Troops, Source" in narrow
    wide = run("project", "--sma", "10", "--in", "USD", "--real", "2025", "--wide", "--format", "table").stdout
    assert "Nominal: the amount before deflation." in wide
    for text in (won, mixed, wide):
        lines = [line for line in text.splitlines() if line.strip()]
        notes = [line for line in lines if line.startswith(("Basis:", "Source:"))]
        assert len(notes) == len(set(notes))


def test_a_scenario_of_index_values_only_does_not_claim_basis_scenario(run) -> None:
    result = run(
        "project", "--data", str(ROOT / "fixtures" / "inflation-path.json"), "--sma", "12", "--format", "table"
    )
    text = " ".join(result.stdout.split())
    assert "it assumes index values only" in text and "give basis 'scenario'" not in text


def test_markdown_carries_the_caption(run) -> None:
    text = run("project", "--sma", "12", "--format", "markdown").stdout
    table, notes = text.split("\n\n")
    assert table.startswith("| sma | year |")
    assert "- Assumed Korean consumer-price inflation for 2026-2028, in the payments of 2028-2030: 2.0%" in notes


def from_cell(line: str, at: int) -> str:
    """What ``line`` shows from terminal cell ``at`` on (a Korean character takes two cells)."""
    width = 0
    for i, char in enumerate(line):
        if width >= at:
            return line[i:]
        width += cell_len(char)
    return ""


def test_sources_are_whole(run) -> None:
    listing = run("sources", "--format", "table", env={"COLUMNS": "80"}).stdout.splitlines()
    at = next(line for line in listing if " URL" in line).index("URL")  # the header line is ASCII
    column = "".join(from_cell(line, at).strip() for line in listing[3:])  # the URL column, read down
    for row in csv.DictReader(io.StringIO(run("sources", "--format", "csv").stdout)):
        if row["url"]:
            assert row["url"] in column, row["id"]
    one = run("sources", "mnd-wp-2018", "--format", "table", env={"COLUMNS": "80"})
    assert one.exit_code == 0
    assert "2018 Defense White Paper" in one.stdout and "the currency of payment switched to won" in " ".join(
        one.stdout.split()
    )
    two = json.loads(run("sources", "mnd-wp-2018", "fred-aexkous", "--format", "json").stdout)
    assert [s["id"] for s in two] == ["mnd-wp-2018", "fred-aexkous"]
    unknown = run("sources", "no-such-id")
    assert unknown.exit_code == 2 and "no source 'no-such-id'" in unknown.stderr


def test_the_record_notes_are_shown(run) -> None:
    rows = {r["year"]: r for r in csv.DictReader(io.StringIO(run("project", "--sma", "3", "--format", "csv").stdout))}
    assert rows["1998"]["note"].startswith("agreed before the crisis: $399M (donga-1998-12-22); cut in the")
    assert rows["1997"]["note"] == ""
    table = run("project", "--sma", "3", "--format", "table", env={"COLUMNS": "160"}).stdout
    assert "[1]" in table and "[1] 1998: agreed before the crisis: $399M" in table


def test_a_rate_for_one_year(run) -> None:
    result = run("change", "--from", "2019", "--to", "2026", "--in", "USD", "--rate", "2026=1450", "--format", "json")
    (row,) = json.loads(result.stdout, parse_float=Decimal)
    # 2019 at its published 1,165.8016; 2026 at 1,450: ₩1,519.2bn / 1,450 = $1,047,724,137.93.
    assert (row["from_amount"], row["to_amount"]) == (Decimal("891146486.67"), Decimal("1047724137.93"))
    plain = run("change", "--from", "2019", "--to", "2026", "--in", "USD", "--rate", "1450", "--format", "json")
    assert json.loads(plain.stdout, parse_float=Decimal)[0]["from_amount"] == Decimal("891146486.67")


def test_no_change_is_lost_in_a_restatement(run) -> None:
    for extra in ((), ("--per-troop",), ("--in", "KRW"), ("--real", "2025")):
        rows = list(csv.DictReader(io.StringIO(run("project", "--sma", "12", *extra, "--format", "csv").stdout)))
        assert rows[0]["change_pct"] != "", extra
    per_troop = list(
        csv.DictReader(io.StringIO(run("project", "--sma", "12", "--per-troop", "--format", "csv").stdout))
    )
    assert per_troop[0]["change_pct"] == "8.3"


def test_unused_assumptions_are_said_and_change_nothing(run) -> None:
    plain = run("project", "--sma", "11", "--format", "csv")
    given = run("project", "--sma", "11", "--defense-growth", "5", "--format", "csv")
    assert given.stdout == plain.stdout
    assert given.stderr == "smacalc: note: --defense-growth 5 is not used: every year shown has a published value\n"
    cpi = run("project", "--sma", "10", "--cpi", "5", "--format", "csv")
    assert cpi.stderr == "smacalc: note: --cpi 5 is not used: every year shown has a published value\n"
    used = run("project", "--sma", "12", "--cpi", "5", "--format", "csv")
    assert used.stderr == ""


def test_the_svg_chart_is_a_picture_to_publish(run, tmp_path: Path) -> None:
    path = tmp_path / "c.svg"
    assert run("chart", "--svg", str(path)).exit_code == 0
    text = path.read_text()
    document = minidom.parseString(text)
    root = document.documentElement
    assert root.tagName == "svg" and root.getAttribute("width") == "640"
    assert re.findall(r"https?://[^\s\"'<]+", text) == ["http://www.w3.org/2000/svg"]  # the namespace alone
    assert "<style" not in text and "@import" not in text and "<image" not in text
    first = document.getElementsByTagName("rect")[0]
    assert first.getAttribute("fill") == "#ffffff"
    titles = [t.firstChild.data for t in document.getElementsByTagName("text") if t.firstChild]
    assert titles.count("What Seoul pays toward US forces in Korea, 1991-2030") == 1
    assert "Official, as published" in titles  # the dollar years too: converted at published rates
    assert any(t.startswith("Source: ROK Ministry of National Defense") for t in titles)


def test_small_ones(run) -> None:
    none = run("gap", "--sma", "6", "--format", "csv")
    assert none.exit_code == 0 and none.stdout.startswith("date,party,description,")
    assert none.stdout.count("\n") == 1 and "no demands or offers are recorded for SMA 6" in none.stderr
    negative = run("project", "--per-troop", "-5")
    assert negative.exit_code == 2 and "the number of troops must be at least 1" in negative.stderr
    rate = run("gap", "--demand", "$1.3 bln", "--offer", "5 billion US dollars.", "--rate", "1,200", "--format", "csv")
    assert rate.exit_code == 0 and rate.stdout.splitlines()[1].startswith("1300000000,5000000000,USD,")
    history = list(csv.DictReader(io.StringIO(run("history", "--sma", "11", "--format", "csv").stdout)))
    assert {r["date_precision"] for r in history} == {"day", "month"}
    assert all((len(r["date"]) == 10) == (r["date_precision"] == "day") for r in history)
