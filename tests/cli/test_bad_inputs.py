"""A catalogue of bad inputs, one per case, across every command, option, scenario file, environment
variable and the batch reader. Each must fail as docs/exit-codes.md says: the exit code of its kind
(1 a data or domain failure, 2 a usage error), nothing on stdout (a batch keeps only the rows before
the bad one), exactly one line on stderr starting ``smacalc: error: `` and no traceback anywhere.
"""

from __future__ import annotations

import os
import shutil
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "smacalc" / "record" / "data"
BATCH_HEADER = "line,demand,offer,currency,difference,ratio,pct_above,year," + ",".join(
    ("krw_per_usd", "usd_per_eur", "cny_per_usd", "jpy_per_usd", "rate_date")
)
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass(frozen=True)
class Case:
    id: str
    args: tuple[str, ...]
    code: int
    fragment: str
    input: bytes | None = None
    env: dict[str, str] = field(default_factory=dict)
    rows_before: int | None = None  # a streaming batch: csv output holds these rows before the bad one
    broken: str | None = None  # a broken copy of the record, used as SMACALC_DATA_DIR
    unreadable: bool = False  # the case needs a file the process cannot read (skipped as root)


def case(id: str, *args: str, code: int, fragment: str, **kw: object) -> Case:
    return Case(id, tuple(args), code, fragment, **kw)  # type: ignore[arg-type]


ACCEPTED_FORMS = "write one such as '5B USD'"
GAP = ("gap", "--offer", "1T KRW", "--demand")  # + the demand
BATCH = ("gap", "--from", "-", "--format", "csv")
OK_ROW = b"5B USD,1T KRW,2019\n"

# ---------------------------------------------------------------------------------------------
# Scenario files (--data): written into a temporary folder; args name them as {tmp}/NAME.

SCENARIOS: dict[str, bytes] = {
    "bad.toml": b"[[agreement]\nnumber = 13\n",
    "bad.json": b'{"index": [',
    "bad.yaml": b"rules:\n  12: [\n",
    "unsafe.yaml": b'!!python/object/apply:os.system ["echo hi"]\n',
    "missing.toml": (
        b'[[agreement]]\nnumber = 13\nname = "x"\nyears = "2031-2035"\nrule = { kind = "fixed", pct = 5.0 }\n'
    ),
    "extra.toml": (
        b'[[agreement]]\nnumber = 13\nname = "x"\nyears = "2031-2035"\n'
        b'first_year = { year = 2031, amount = "1.7T KRW" }\nrule = { kind = "fixed", pct = 5.0 }\ncolour = "red"\n'
    ),
    "wrongtype.toml": (
        b'[[agreement]]\nnumber = "thirteen"\nname = "x"\nyears = "2031-2035"\n'
        b'first_year = { year = 2031, amount = "1.7T KRW" }\nrule = { kind = "fixed", pct = 5.0 }\n'
    ),
    "eur.toml": (
        b'[[agreement]]\nnumber = 13\nname = "x"\nyears = "2031-2035"\n'
        b'first_year = { year = 2031, amount = "1.7T EUR" }\nrule = { kind = "fixed", pct = 5.0 }\n'
    ),
    "zero.toml": (
        b'[[agreement]]\nnumber = 13\nname = "x"\nyears = "2031-2035"\n'
        b'first_year = { year = 2031, amount = "0 KRW" }\nrule = { kind = "fixed", pct = 5.0 }\n'
    ),
    "rules14.toml": b'[rules]\n14 = { kind = "fixed", pct = 3.0 }\n',
    "nanrule.toml": b'[rules]\n12 = { kind = "fixed", pct = nan }\n',
    "huge.json": b'{"rules": {"12": {"kind": "fixed", "pct": 1e999}}}',
    "infindex.toml": b'[[index]]\nseries = "cpi"\npct = inf\n',
    "series.toml": b'[[index]]\nseries = "gold"\npct = 3\n',
    "list.json": b"[1, 2]",
    "list.yaml": b"- 1\n- 2\n",
    "latin.toml": b"\xff\xfe bad",
    "nul.toml": b"a = 1\x00\n",
    "unknownsrc.toml": (
        b'[[position]]\nsma = 12\ndate = "2024-01-01"\nparty = "US"\ndescription = "x"\n'
        b'for_year = 2026\namount = "5B USD"\nsource = "nope"\n'
    ),
    "dupsrc.toml": b'[sources.mnd-wp-2018]\npublisher = "x"\ntitle = "y"\n',
    "locked.toml": b'[[index]]\nseries = "cpi"\npct = 3\n',  # made unreadable
    "pairs.csv": b"demand;offer\n5B USD;1T KRW\n",
    "locked.csv": b"demand,offer\n5B USD,1T KRW\n",  # made unreadable
}
UNREADABLE = ("locked.toml", "locked.csv")


# ---------------------------------------------------------------------------------------------
# Broken copies of the record (SMACALC_DATA_DIR).


def _replace_in(name: str, old: str, new: str) -> Callable[[Path], None]:
    def breaker(folder: Path) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}: the test's breaker is out of date"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return breaker


BREAKERS: dict[str, Callable[[Path], None]] = {
    "missing-rates": lambda d: (d / "rates.csv").unlink(),
    "missing-agreements": lambda d: (d / "agreements.toml").unlink(),
    "bad-csv-header": _replace_in("indices.csv", "series,year,pct,source", "series,yr,pct,source"),
    "unknown-source": _replace_in("indices.csv", "worldbank-fp-cpi-totl-zg", "nope-src"),
    "bad-toml": lambda d: (d / "agreements.toml").write_text("[[agreement]\n", encoding="utf-8"),
    "not-utf8": lambda d: (d / "sources.csv").write_bytes(b"\xff\xfe"),
    "no-folder": lambda d: shutil.rmtree(d),
    "unreadable": lambda d: (d / "agreements.toml").chmod(0),
}


CASES: list[Case] = [
    # ----- project ---------------------------------------------------------------------------
    case("project-sma-13", "project", "--sma", "13", code=2, fragment="no SMA number 13"),
    case("project-sma-0", "project", "--sma", "0", code=2, fragment="no SMA number 0 in the record"),
    case("project-sma--1", "project", "--sma", "-1", code=2, fragment="no SMA number -1 in the record"),
    case("project-sma-word", "project", "--sma", "twelve", code=2, fragment="'twelve' is not a whole number"),
    case("project-through-1900", "project", "--through", "1900", code=2, fragment="--through 1900 is outside"),
    case("project-through-0", "project", "--through", "0", code=2, fragment="--through 0 is outside"),
    case("project-through-99999", "project", "--through", "99999", code=2, fragment="--through 99999 is outside"),
    case("project-sma11-through-2030", "project", "--sma", "11", "--through", "2030", code=2, fragment="2020-2025"),
    case("project-cpi-nan", "project", "--cpi", "nan", code=2, fragment="'nan' is not a finite number"),
    case("project-cpi-inf", "project", "--cpi", "inf", code=2, fragment="'inf' is not a finite number"),
    case("project-cpi--inf", "project", "--cpi", "-inf", code=2, fragment="'-inf' is not a finite number"),
    case("project-cpi-1e999", "project", "--cpi", "1e999", code=2, fragment="out of range"),
    case("project-cpi-101", "project", "--cpi", "101", code=2, fragment="percentage 101 is out of range"),
    case("project-cpi--100", "project", "--cpi", "-100", code=2, fragment="percentage -100 is out of range"),
    case("project-cpi-word", "project", "--cpi", "three", code=2, fragment="'three' is not a number"),
    case("project-cpi-empty", "project", "--cpi", "", code=2, fragment="'' is not a number"),
    case("project-cpi-year-no-pct", "project", "--cpi", "2027=", code=2, fragment="'' is not a number"),
    case("project-cpi-year-99999", "project", "--cpi", "99999=3", code=2, fragment="not a year from 1900 to 2200"),
    case("project-cpi-twice", "project", "--cpi", "3", "--cpi", "4", code=2, fragment="only once"),
    case(
        "project-cpi-year-twice",
        *("project", "--cpi", "2027=3", "--cpi", "2027=4"),
        code=2,
        fragment="year 2027 is given twice",
    ),
    case("project-cpi-grid-step-0", "project", "--sma", "12", "--cpi", "1:3:0", code=2, fragment="'1:3:0'"),
    case("project-defense-nan", "project", "--defense-growth", "nan", code=2, fragment="'nan' is not a finite"),
    case("project-defense-word", "project", "--defense-growth", "x", code=2, fragment="'x' is not a number"),
    case("project-in-CHF", "project", "--in", "CHF", code=2, fragment="'CHF' is not a currency"),
    case("project-rate-without-in", "project", "--rate", "1000", code=2, fragment="--rate goes with --in"),
    case("project-rate-nan", "project", "--in", "USD", "--rate", "nan", code=2, fragment="'nan' is not a finite"),
    case("project-rate-inf", "project", "--in", "USD", "--rate", "inf", code=2, fragment="'inf' is not a finite"),
    case("project-rate-0", "project", "--in", "USD", "--rate", "0", code=2, fragment="'0' is out of range"),
    case("project-rate--5", "project", "--in", "USD", "--rate", "-5", code=2, fragment="'-5' is out of range"),
    case("project-rate-word", "project", "--in", "USD", "--rate", "abc", code=2, fragment="'abc' is not a number"),
    case(
        "project-rate-1e999",
        *("project", "--sma", "11", "--in", "USD", "--rate", "1e999"),
        code=2,
        fragment="'1e999' is out of range; give won per US dollar, from 1 to 100,000",
    ),
    case("project-real-0", "project", "--real", "0", code=2, fragment="--real: 0 is not in the range"),
    case("project-real-99999", "project", "--real", "99999", code=2, fragment="99999 is not in the range"),
    case("project-real-1900", "project", "--sma", "11", "--real", "1900", code=2, fragment="1900 is outside 1991-2030"),
    case("project-per-troop-0", "project", "--per-troop", "0", code=2, fragment="must be at least 1"),
    case("project-per-troop-1e9", "project", "--per-troop", "1e9", code=2, fragment="'1e9' is not a number of"),
    case("project-per-troop-huge", "project", "--per-troop", "1000000000", code=2, fragment="not a number of troops"),
    case("project-per-troop-word", "project", "--per-troop", "many", code=2, fragment="'many' is not a number"),
    case("project-per-troop-empty", "project", "--per-troop", "", code=2, fragment="'' is not a number of troops"),
    case(
        "project-per-troop-neg",
        "project",
        "--per-troop",
        "-5",
        code=2,
        fragment="--per-troop: '-5': the number of troops must be at least 1",
    ),
    case("project-format-bogus", "project", "--format", "bogus", code=2, fragment="'bogus' is not one of"),
    case("project-unknown-option", "project", "--bogus", code=2, fragment="No such option '--bogus'"),
    case("project-extra-argument", "project", "12", code=2, fragment="unexpected extra argument (12)"),
    # ----- chart -----------------------------------------------------------------------------
    case("chart-sma-13", "chart", "--sma", "13", code=2, fragment="no SMA number 13"),
    case("chart-sma-0", "chart", "--sma", "0", code=2, fragment="no SMA number 0 in the record"),
    case("chart-through-outside", "chart", "--sma", "11", "--through", "2019", code=2, fragment="--through 2019"),
    case("chart-cpi-nan", "chart", "--cpi", "nan", code=2, fragment="'nan' is not a finite number"),
    case("chart-grid", "chart", "--sma", "12", "--cpi", "1:3:1", code=2, fragment="LO:HI:STEP"),
    case("chart-format", "chart", "--format", "csv", code=2, fragment="No such option '--format'"),
    case("gap-year-2030-no-rate", *GAP, "5B USD", "--year", "2030", code=1, fragment="no KRW exchange rate for 2030"),
    case("chart-svg-no-folder", "chart", "--svg", "/nonexistent-dir/x.svg", code=2, fragment="/nonexistent-dir"),
    case("chart-svg-is-folder", "chart", "--svg", "{tmp}", code=2, fragment="{tmp}"),
    case("chart-bad-data", "chart", "--data", "{tmp}/bad.toml", code=1, fragment="bad.toml: not valid TOML"),
    # ----- change ----------------------------------------------------------------------------
    case("change-reversed", "change", "--from", "2020", "--to", "2019", code=2, fragment="--to 2019 must be after"),
    case("change-same-year", "change", "--from", "2020", "--to", "2020", code=2, fragment="--to 2020 must be after"),
    case("change-from-1900", "change", "--from", "1900", "--to", "2025", code=2, fragment="1900 is outside the record"),
    case("change-to-2031", "change", "--from", "2020", "--to", "2031", code=2, fragment="2031 is outside the record"),
    case("change-to-99999", "change", "--from", "2020", "--to", "99999", code=2, fragment="99999 is not in the range"),
    case("change-from-word", "change", "--from", "then", "--to", "2020", code=2, fragment="'then' is not a whole"),
    case("change-missing-to", "change", "--from", "2020", code=2, fragment="Missing option '--to'"),
    case("change-missing-from", "change", "--to", "2020", code=2, fragment="Missing option '--from'"),
    case(
        "change-two-currencies-no-in",
        *("change", "--from", "1991", "--to", "2025"),
        code=2,
        fragment="give --in USD or --in KRW",
    ),
    case(
        "change-grid",
        *("change", "--from", "2020", "--to", "2030", "--cpi", "1:3:1"),
        code=2,
        fragment="LO:HI:STEP",
    ),
    case(
        "change-rate-1e999",
        *("change", "--from", "1991", "--to", "2025", "--in", "KRW", "--rate", "1e999"),
        code=2,
        fragment="'1e999' is out of range",
    ),
    # ----- list, audit, sources, history, schema, the group ----------------------------------
    case("list-unknown-option", "list", "--sma", "11", code=2, fragment="No such option '--sma'"),
    case("list-format-bogus", "list", "--format", "bogus", code=2, fragment="'bogus' is not one of"),
    case("audit-unknown-option", "audit", "--bogus", code=2, fragment="No such option '--bogus'"),
    case("audit-extra-argument", "audit", "extra", code=2, fragment="unexpected extra argument (extra)"),
    case("sources-unknown-id", "sources", "extra", code=2, fragment="ID: no source 'extra' in the record"),
    case("sources-format-bogus", "sources", "--format", "bogus", code=2, fragment="'bogus' is not one of"),
    case("history-sma-13", "history", "--sma", "13", code=2, fragment="no SMA number 13"),
    case("history-sma-0", "history", "--sma", "0", code=2, fragment="no SMA number 0 in the record"),
    case("history-sma--1", "history", "--sma", "-1", code=2, fragment="no SMA number -1 in the record"),
    case("history-format-bogus", "history", "--format", "bogus", code=2, fragment="'bogus' is not one of"),
    case("schema-format", "schema", "--format", "json", code=2, fragment="No such option '--format'"),
    case("schema-extra-argument", "schema", "extra", code=2, fragment="unexpected extra argument (extra)"),
    case("unknown-command", "bogus", code=2, fragment="No such command 'bogus'"),
    case("misspelt-command", "projcet", code=2, fragment="No such command 'projcet'"),
    case("unknown-group-option", "--bogus", "project", code=2, fragment="No such option '--bogus'"),
    # ----- gap -------------------------------------------------------------------------------
    case("gap-sma-13", "gap", "--sma", "13", code=2, fragment="no SMA number 13"),
    case("gap-sma-0", "gap", "--sma", "0", code=2, fragment="no SMA number 0 in the record"),
    case("gap-sma--1", "gap", "--sma", "-1", code=2, fragment="no SMA number -1 in the record"),
    case("gap-demand-empty", *GAP, "", code=2, fragment="empty amount"),
    case("gap-demand-CHF", *GAP, "5B CHF", code=2, fragment="'5B CHF' is in CHF, which smacalc has no rates for"),
    case("gap-demand-bilion", *GAP, "5 bilion USD", code=2, fragment="cannot read 'bilion'"),
    case("gap-demand-zero", *GAP, "0 USD", code=2, fragment="must be greater than zero"),
    case("gap-demand-negative", *GAP, "-5B USD", code=2, fragment="'-5B USD'"),
    case("gap-demand-no-currency", *GAP, "5B", code=2, fragment="'5B' has no currency"),
    case("gap-demand-nan", *GAP, "nan USD", code=2, fragment="cannot read amount 'nan USD'"),
    case("gap-demand-inf", *GAP, "inf USD", code=2, fragment="cannot read amount 'inf USD'"),
    case("gap-demand-1e999", *GAP, "1e999 USD", code=2, fragment="cannot read amount '1e999 USD'"),
    case("gap-demand-sub-cent", *GAP, "0.001 USD", code=2, fragment="finer than one cent"),
    case("gap-demand-sub-won", "gap", "--demand", "1.5 KRW", "--offer", "1T KRW", code=2, fragment="finer than one"),
    case(
        "gap-demand-30-digits",
        *("gap", "--demand", "999999999999999999999999999999 KRW", "--offer", "1T KRW"),
        code=2,
        fragment="has more than 28 significant digits",
    ),
    case("gap-offer-empty", "gap", "--demand", "5B USD", "--offer", "", code=2, fragment="empty amount"),
    case("gap-two-currencies-no-year", *GAP, "5B USD", code=2, fragment="need --year"),
    case("gap-year-2030", *GAP, "5B USD", "--year", "2030", code=1, fragment="no KRW exchange rate for 2030"),
    case("gap-year-0", *GAP, "5B USD", "--year", "0", code=2, fragment="--year: 0 is not in the range"),
    case("gap-year-99999", *GAP, "5B USD", "--year", "99999", code=2, fragment="99999 is not in the range"),
    case("gap-rate-nan", *GAP, "5B USD", "--rate", "nan", code=2, fragment="'nan' is not a finite number"),
    case("gap-rate-0", *GAP, "5B USD", "--rate", "0", code=2, fragment="'0' is out of range"),
    case("gap-rate-1e999", *GAP, "5B USD", "--rate", "1e999", code=2, fragment="'1e999' is out of range"),
    case(
        "gap-in-CHF",
        *GAP,
        "5B USD",
        "--year",
        "2019",
        "--in",
        "CHF",
        code=2,
        fragment="'CHF' is not a currency",
    ),
    case("gap-demand-only", "gap", "--demand", "5B USD", code=2, fragment="give --demand and --offer"),
    case("gap-no-options", "gap", code=2, fragment="give --demand and --offer"),
    case("gap-sma-and-demand", "gap", "--sma", "11", "--demand", "5B USD", code=2, fragment="does not take --demand"),
    case("gap-skip-bad-alone", "gap", "--skip-bad", code=2, fragment="--skip-bad goes with --from"),
    case("gap-from-and-demand", "gap", "--from", "-", "--demand", "5B USD", code=2, fragment="give none of them"),
    # docs/exit-codes.md: "a data, scenario or batch file missing, unreadable or invalid" is 1.
    case("gap-from-missing-file", "gap", "--from", "/nonexistent.csv", code=1, fragment="/nonexistent.csv"),
    case("gap-from-directory", "gap", "--from", "{tmp}", code=1, fragment="{tmp}"),
    case("gap-from-unreadable", "gap", "--from", "{tmp}/locked.csv", code=1, fragment="locked.csv", unreadable=True),
    # ----- gap --from: streaming batches (rows before the bad one are kept) ------------------
    case(
        "batch-invalid-utf8",
        *BATCH,
        input=b"demand,offer,year\n" + OK_ROW + b"\xff\xfe,1T KRW,2019\n",
        code=1,
        fragment="stdin, line 3: not UTF-8 text",
        rows_before=1,
    ),
    case(
        "batch-invalid-utf8-header",
        *BATCH,
        input=b"dem\xe9nd,offer\n" + OK_ROW,
        code=1,
        fragment="stdin, line 1: not UTF-8 text",
        rows_before=0,
    ),
    case(
        "batch-nul-byte",
        *BATCH,
        input=b"demand,offer,year\n" + OK_ROW + b"5B\x00 USD,1T KRW,2019\n",
        code=1,
        fragment="stdin, line 3: contains a NUL byte",
        rows_before=1,
    ),
    case(
        "batch-wrong-header",
        *BATCH,
        input=b"foo,bar\n5B USD,1T KRW\n",
        code=1,
        fragment="stdin, line 1: the header must name demand and offer",
        rows_before=0,
    ),
    case(
        "batch-no-header",
        *BATCH,
        input=OK_ROW + OK_ROW,
        code=1,
        fragment="stdin, line 1: the header must name demand and offer",
        rows_before=0,
    ),
    case(
        "batch-bad-amount",
        *BATCH,
        input=b"demand,offer,year\n" + OK_ROW + OK_ROW + b"bad,1T KRW,2019\n" + OK_ROW,
        code=1,
        fragment="stdin, line 4: cannot read amount 'bad'",
        rows_before=2,
    ),
    case(
        "batch-extra-field",
        *BATCH,
        input=b"demand,offer,year\n5B USD,1T KRW,2019,7\n",
        code=1,
        fragment="stdin, line 2: 4 fields where the header has 3",
        rows_before=0,
    ),
    case(
        "batch-jsonl-number-amount",
        *BATCH,
        input=b'{"demand": "5B USD", "offer": "1T KRW", "year": 2019}\n{"demand": 5, "offer": "1T KRW"}\n',
        code=1,
        fragment="stdin, line 2: demand 5 must be a string",
        rows_before=1,
    ),
    case(
        "batch-jsonl-broken",
        *BATCH,
        input=b'{"demand": "5B USD", "offer": "1T KRW", "year": 2019}\n{"demand": \n',
        code=1,
        fragment="stdin, line 2: not valid JSON",
        rows_before=1,
    ),
    case(
        "batch-jsonl-unknown-key",
        *BATCH,
        input=b'{"demand": "5B USD", "offer": "1T KRW", "colour": 1}\n',
        code=1,
        fragment="unknown key 'colour'",
        rows_before=0,
    ),
    case(
        "batch-year-without-rate",
        *BATCH,
        input=b"demand,offer,year\n5B USD,1T KRW,2030\n",
        code=1,
        fragment="stdin, line 2: no KRW exchange rate for 2030",
        rows_before=0,
    ),
    case(
        "batch-rate-nan",
        *BATCH,
        input=b"demand,offer,rate\n5B USD,1T KRW,nan\n",
        code=1,
        fragment="stdin, line 2: rate 'nan' is not a finite number",
        rows_before=0,
    ),
    case(
        "batch-file-semicolons",
        *("gap", "--from", "{tmp}/pairs.csv", "--format", "csv"),
        code=1,
        fragment="pairs.csv, line 1: the header must name demand and offer",
        rows_before=0,
    ),
    # ----- --data scenario files -------------------------------------------------------------
    case("data-missing-file", "list", "--data", "/nonexistent.toml", code=1, fragment="/nonexistent.toml"),
    case("data-directory", "project", "--data", "{tmp}", code=1, fragment="{tmp}"),
    case(
        "data-unreadable",
        *("audit", "--data", "{tmp}/locked.toml"),
        code=1,
        fragment="locked.toml",
        unreadable=True,
    ),
    case("data-bad-toml", "list", "--data", "{tmp}/bad.toml", code=1, fragment="bad.toml: not valid TOML"),
    case("data-bad-json", "project", "--data", "{tmp}/bad.json", code=1, fragment="bad.json: not valid JSON"),
    case("data-bad-yaml", "history", "--data", "{tmp}/bad.yaml", code=1, fragment="bad.yaml: not valid YAML"),
    case("data-unsafe-yaml", "list", "--data", "{tmp}/unsafe.yaml", code=1, fragment="unsafe.yaml: not valid YAML"),
    case(
        "data-missing-field",
        *("project", "--data", "{tmp}/missing.toml"),
        code=1,
        fragment="missing.toml: agreement[0].first_year: Field required",
    ),
    case("data-extra-field", "audit", "--data", "{tmp}/extra.toml", code=1, fragment="extra.toml: agreement[0].colour"),
    case(
        "data-wrong-type",
        *("sources", "--data", "{tmp}/wrongtype.toml"),
        code=1,
        fragment="wrongtype.toml: agreement[0].number",
    ),
    case(
        "data-EUR-amount",
        *("list", "--data", "{tmp}/eur.toml"),
        code=1,
        fragment="eur.toml: agreement[0].first_year.amount",
    ),
    case("data-zero-amount", "list", "--data", "{tmp}/zero.toml", code=1, fragment="must be greater than zero"),
    case("data-rule-unknown-sma", "project", "--data", "{tmp}/rules14.toml", code=1, fragment="rules.14"),
    case("data-rule-nan", "project", "--data", "{tmp}/nanrule.toml", code=1, fragment="rules.12.fixed.pct"),
    case(
        "data-rule-1e999",
        "change",
        "--from",
        "2020",
        "--to",
        "2030",
        "--data",
        "{tmp}/huge.json",
        code=1,
        fragment="huge.json: rules.12.fixed.pct",
    ),
    case("data-index-inf", "project", "--data", "{tmp}/infindex.toml", code=1, fragment="index[0].pct"),
    case("data-index-series", "project", "--data", "{tmp}/series.toml", code=1, fragment="index[0].series"),
    case("data-top-level-json-list", "list", "--data", "{tmp}/list.json", code=1, fragment="list.json: top level"),
    case("data-top-level-yaml-list", "list", "--data", "{tmp}/list.yaml", code=1, fragment="list.yaml: top level"),
    case("data-not-utf8", "gap", "--sma", "11", "--data", "{tmp}/latin.toml", code=1, fragment="not UTF-8 text"),
    case("data-nul-byte", "list", "--data", "{tmp}/nul.toml", code=1, fragment="nul.toml: contains a NUL byte"),
    case("data-unknown-source", "history", "--data", "{tmp}/unknownsrc.toml", code=1, fragment="unknown source 'nope'"),
    case("data-duplicate-source", "sources", "--data", "{tmp}/dupsrc.toml", code=1, fragment="sources.mnd-wp-2018"),
    case(
        "data-second-file-bad",
        *("list", "--data", str(ROOT / "fixtures" / "sma13.toml"), "--data", "{tmp}/bad.toml"),
        code=1,
        fragment="bad.toml",
    ),
    # ----- environment -----------------------------------------------------------------------
    case("env-format-list", "list", env={"SMACALC_FORMAT": "bogus"}, code=2, fragment="unknown format 'bogus'"),
    case(
        "env-format-project",
        *("project", "--sma", "11"),
        env={"SMACALC_FORMAT": "bogus"},
        code=2,
        fragment="unknown format 'bogus'",
    ),
    case("env-format-gap", "gap", "--sma", "11", env={"SMACALC_FORMAT": "bogus"}, code=2, fragment="unknown format"),
    case(
        "format-flag-bogus-env-csv",
        "list",
        "--format",
        "xml",
        env={"SMACALC_FORMAT": "csv"},
        code=2,
        fragment="'xml' is not one of",
    ),
    case(
        "data-dir-missing-rates",
        "project",
        "--sma",
        "11",
        "--in",
        "USD",
        broken="missing-rates",
        code=1,
        fragment="rates.csv: no such file",
    ),
    case("data-dir-missing-agreements", "list", broken="missing-agreements", code=1, fragment="agreements.toml"),
    case("data-dir-bad-csv-header", "audit", broken="bad-csv-header", code=1, fragment="indices.csv: header must be"),
    case("data-dir-unknown-source", "sources", broken="unknown-source", code=1, fragment="unknown source 'nope-src'"),
    case("data-dir-bad-toml", "history", broken="bad-toml", code=1, fragment="agreements.toml: not valid TOML"),
    case("data-dir-not-utf8", "gap", "--sma", "11", broken="not-utf8", code=1, fragment="sources.csv: not UTF-8"),
    case("data-dir-no-folder", "list", broken="no-folder", code=1, fragment="no such file"),
    case(
        "data-dir-unreadable",
        *("list",),
        broken="unreadable",
        unreadable=True,
        code=1,
        fragment="agreements.toml: cannot read",
    ),
]


def _params() -> list[object]:
    return [pytest.param(c, id=c.id) for c in CASES]


@pytest.fixture(scope="module")
def scenario_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scenarios")
    for name, content in SCENARIOS.items():
        (folder / name).write_bytes(content)
    for name in UNREADABLE:
        (folder / name).chmod(0)
    return folder


def _broken_record(tmp_path: Path, how: str) -> Path:
    folder = tmp_path / f"record-{how}"
    shutil.copytree(DATA, folder)
    BREAKERS[how](folder)
    return folder


def test_catalogue_is_large_and_ids_unique() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids))
    assert len(CASES) >= 45
    assert {c.args[0] for c in CASES if c.args} >= {"project", "change", "list", "audit", "gap", "history", "sources"}


@pytest.mark.parametrize("c", _params())
def test_bad_input_fails_cleanly(c: Case, run, scenario_dir: Path, tmp_path: Path) -> None:
    if c.unreadable and AS_ROOT:
        pytest.skip("running as root: a chmod 000 file is still readable")
    args = [a.replace("{tmp}", str(scenario_dir)) for a in c.args]
    env = dict(c.env)
    if c.broken is not None:
        env["SMACALC_DATA_DIR"] = str(_broken_record(tmp_path, c.broken))
    try:
        result = run(*args, input=c.input, env=env)
    except Exception as exc:  # catch_exceptions=False: an uncaught error is a bug of its own
        pytest.fail(f"smacalc {args!r} raised {type(exc).__name__}: {exc!r}")

    stdout, stderr = result.stdout, result.stderr
    assert "Traceback" not in stdout and "Traceback" not in stderr
    assert result.exit_code == c.code, f"exit {result.exit_code}, expected {c.code}; stderr: {stderr!r}"
    assert stderr.startswith("smacalc: error: "), stderr
    assert stderr.endswith("\n") and stderr.count("\n") == 1, f"not one line: {stderr!r}"
    fragment = c.fragment.replace("{tmp}", str(scenario_dir))
    assert fragment in stderr, f"{fragment!r} not in {stderr!r}"
    if c.rows_before is None:
        assert stdout == "", f"output written on failure: {stdout!r}"
    else:
        lines = stdout.splitlines()
        if c.rows_before == 0 and not lines:
            return  # no header either: fine
        assert lines[0] == BATCH_HEADER
        rows = lines[1:]
        assert len(rows) == c.rows_before, f"expected {c.rows_before} rows before the bad one, got {rows!r}"


# Extreme values smacalc accepts as input: whatever it makes of them, it must not crash.
EXTREMES: list[tuple[str, tuple[str, ...]]] = [
    ("cpi-99.99", ("project", "--sma", "12", "--cpi", "99.99")),
    ("cpi-year--99.9", ("project", "--sma", "12", "--cpi", "2027=-99.9")),
    ("defense--99.9", ("project", "--sma", "11", "--defense-growth", "-99.9")),
    ("per-troop-999999999", ("project", "--sma", "11", "--per-troop", "999999999")),
    ("real-2200", ("change", "--from", "2020", "--to", "2030", "--real", "2200")),
    ("gap-rate-1e-999", ("gap", "--demand", "5B USD", "--offer", "1T KRW", "--rate", "1e-999")),
    ("gap-offer-28-digits", ("gap", "--demand", "1 KRW", "--offer", "9999999999999999999999999999 KRW")),
    ("cpi--99.9", ("project", "--sma", "12", "--cpi", "-99.9")),
    ("cpi-100-real-2200", ("project", "--sma", "12", "--cpi", "100", "--real", "2200")),
    ("in-USD-rate-1e-999", ("project", "--sma", "11", "--in", "USD", "--rate", "1e-999")),
    ("gap-demand-28-digits", ("gap", "--demand", "9999999999999999999999999999 KRW", "--offer", "1 KRW")),
    ("gap-rate-1e50", ("gap", "--demand", "5B USD", "--offer", "1T KRW", "--rate", "1e50")),
]


@pytest.mark.parametrize(
    "args",
    [pytest.param(args, id=name) for name, args in EXTREMES],
)
def test_extreme_values_never_crash(args: tuple[str, ...], run) -> None:
    try:
        result = run(*args, "--format", "csv")
    except Exception as exc:
        pytest.fail(f"smacalc {args!r} raised {type(exc).__name__}: {exc!r}")
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.stdout + result.stderr
    if result.exit_code:
        assert result.stderr.startswith("smacalc: error: ") and result.stderr.count("\n") == 1
        assert result.stdout == ""
    else:  # at most notes, one line each (an assumption the years shown do not use)
        assert all(line.startswith("smacalc: note: ") for line in result.stderr.splitlines())


def test_scenario_files_are_where_the_cases_expect(scenario_dir: Path) -> None:
    """Guard against a typo in a case's file name turning it into a 'missing file' case."""
    named = {a.split("/")[-1] for c in CASES for a in c.args if a.startswith("{tmp}/")}
    assert named <= set(SCENARIOS)
    assert stat.S_IMODE((scenario_dir / "locked.toml").stat().st_mode) == 0
