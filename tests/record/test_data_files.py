"""A wrong data file is refused with the file and the field path, in one line, exit 1."""

import re
import shutil
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from pydantic import ValidationError

from smacalc.errors import DataError
from smacalc.record.models import Agreement, IndexLinked, YearAmount

BUNDLED = Path(str(resources.files("smacalc.record").joinpath("data")))


@pytest.fixture
def record(tmp_path: Path) -> Path:
    folder = tmp_path / "record"
    shutil.copytree(BUNDLED, folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "agreements.toml",
            'first_year = { year = 2026, amount = "15192억원",',
            "first_year = { year = 2026,",
            "agreements.toml: agreement[11].first_year.amount: Field required",
        ),
        (
            "agreements.toml",
            'amount = "15192억원"',
            'amount = "15192 bilion KRW"',
            "agreements.toml: agreement[11].first_year.amount: cannot read 'bilion'",
        ),
        (
            "agreements.toml",
            'rule = { kind = "index_linked", index = "cpi", lag = 2, cap_pct = 5 }',
            'rule = { kind = "capped", index = "cpi", lag = 2, cap_pct = 5 }',
            "agreements.toml: agreement[11].rule: Input tag 'capped' found using 'kind' does not match",
        ),
        ("agreements.toml", 'years = "2026-2030"', 'years = "2030-2026"', "years run backwards"),
        ("agreements.toml", 'years = "2026-2030"', 'years = "2025-2030"', "first_year.year 2026 is not the first"),
        ("indices.csv", "cpi,2025,2.1,", "cpi,2025,two,", "indices.csv line "),
        ("sources.csv", "id,publisher,", "id,publisherr,", "sources.csv: header must be id,publisher,title"),
        (
            "sources.csv",
            "mnd-wp-2018,Ministry of National Defense (ROK),",
            "mnd-wp-2018,,",
            "sources.csv line 2: publisher: Field required",
        ),
        (
            "positions.toml",
            'party = "ROK"',
            'party = "DPRK"',
            "positions.toml: position[3].party: Input should be 'US' or 'ROK'",
        ),
        (
            "agreements.toml",
            "[[agreement]]\nnumber = 12",
            "[[agreement]\nnumber = 12",
            "agreements.toml: not valid TOML",
        ),
    ],
)
def test_a_broken_file_gets_one_line(run, record: Path, file: str, old: str, new: str, message: str) -> None:
    _edit(record / file, old, new)
    # The positions and events are read when first used: by gap --sma and history.
    args = ("gap", "--sma", "8") if file == "positions.toml" else ("project", "--sma", "11")
    result = run(*args, env={"SMACALC_DATA_DIR": str(record)})
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and message in lines[0], lines


def test_a_missing_file_is_named(run, record: Path) -> None:
    (record / "indices.csv").unlink()
    result = run("list", env={"SMACALC_DATA_DIR": str(record)})
    assert result.exit_code == 1
    assert result.stderr == f"smacalc: error: indices.csv: no such file in {record}\n"


def test_an_unknown_source_id_is_refused(record: Path) -> None:
    from smacalc.record.load import read_record

    path = record / "indices.csv"
    path.write_text(re.sub(r"^cpi,2025,2\.1,[^,]*,", "cpi,2025,2.1,nowhere,", path.read_text(), flags=re.M))
    with pytest.raises(DataError, match=r"indices\.csv: cpi 2025: unknown source 'nowhere'"):
        read_record(str(record))


def test_a_deviating_official_amount_fails_the_audit(run, record: Path) -> None:
    _edit(record / "agreements.toml", 'amount = "14028억원"', 'amount = "14029억원"')
    result = run("audit", "--format", "csv", env={"SMACALC_DATA_DIR": str(record)})
    assert result.exit_code == 1
    assert "11,2025,1402900000000,1402800000000,KRW,-100000000,4.2,false,deviation" in result.stdout
    assert result.stderr == "smacalc: error: audit: 1 year(s) deviate from the official amount: 2025 (SMA 11)\n"


def test_models_refuse_a_negotiated_rule_without_a_schedule() -> None:
    with pytest.raises(ValidationError, match="schedule has no amount for \\[2032\\]"):
        Agreement.model_validate(
            {
                "number": 13,
                "name": "x",
                "years": "2031-2032",
                "rule": {"kind": "negotiated"},
                "first_year": {"year": 2031, "amount": "1.7T KRW"},
            }
        )


def test_models_refuse_a_previous_year_in_another_currency() -> None:
    with pytest.raises(ValidationError, match="previous: 620000000 USD is not in KRW, the year's currency"):
        YearAmount.model_validate(
            {"year": 2005, "amount": "6804억원", "previous": {"amount": "620M USD", "text": "x", "source": "y"}}
        )


def test_models_refuse_a_floor_above_the_cap() -> None:
    with pytest.raises(ValidationError, match="floor_pct is above cap_pct"):
        IndexLinked(index="cpi", lag=2, cap_pct=Decimal(2), floor_pct=Decimal(3))


def test_a_scenario_agreement_reads_amounts_as_people_write_them() -> None:
    a = Agreement.model_validate(
        {
            "number": 13,
            "name": "hypothetical",
            "years": "2031-2035",
            "rule": {"kind": "fixed", "pct": 5.0},
            "first_year": {"year": 2031, "amount": "1.7T KRW"},
        }
    )
    assert (a.first, a.last, a.currency, a.first_year.amount.amount) == (2031, 2035, "KRW", Decimal("1.7E12"))
