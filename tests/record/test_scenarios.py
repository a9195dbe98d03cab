"""Scenario files (--data) and `smacalc schema`."""

import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
HEAD = '[[agreement]]\nnumber = 13\nname = "x"\nrule = { kind = "fixed", pct = 5 }\n'


def rows(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_a_hypothetical_13th_sma(run) -> None:
    got = rows(run("project", "--data", str(FIXTURES / "sma13.toml"), "--sma", "13", "--format", "json"))
    # ₩1.7tn, then +5% a year rounded to ₩100 million: 1,785.0, 1,874.3 (1,874.25), 1,968.0, 2,066.4.
    assert [(r["year"], r["amount"]) for r in got] == [
        (2031, 1700000000000),
        (2032, 1785000000000),
        (2033, 1874300000000),
        (2034, 1968000000000),
        (2035, 2066400000000),
    ]
    assert {r["basis"] for r in got} == {"scenario"}


def test_a_replaced_rule_keeps_the_amount_the_agreement_set(run) -> None:
    got = rows(run("project", "--data", str(FIXTURES / "sma12-fixed.yaml"), "--sma", "12", "--format", "json"))
    assert (got[0]["amount"], got[0]["basis"]) == (1519200000000, "official")
    # 1,519.2 × 1.03 = 1,564.776 -> 1,564.8; × 1.03 = 1,611.744 -> 1,611.7.
    assert [(r["amount"], r["basis"]) for r in got[1:3]] == [(1564800000000, "scenario"), (1611700000000, "scenario")]


def test_index_values_from_a_json_scenario_and_the_command_line_wins(run) -> None:
    path = str(FIXTURES / "inflation-path.json")
    got = {r["year"]: r for r in rows(run("project", "--data", path, "--sma", "12", "--format", "json"))}
    assert (got[2028]["rate_pct"], got[2029]["rate_pct"]) == (2.2, 2.5)  # 2026 CPI 2.2, then 2.5
    over = {r["year"]: r for r in rows(run("project", "--data", path, "--cpi", "4", "--sma", "12", "--format", "json"))}
    assert (over[2028]["rate_pct"], over[2029]["rate_pct"]) == (2.2, 4.0)  # the year-specific file value stays


def test_the_caption_names_the_scenario(run) -> None:
    result = run("project", "--data", str(FIXTURES / "sma13.toml"), "--sma", "13", "--format", "table")
    assert "Scenario applied: sma13.toml" in " ".join(result.stdout.split())


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("broken.toml", "[[agreement]\nnumber = 13", "broken.toml: not valid TOML"),
        ("broken.json", '{"agreement": [', "broken.json: not valid JSON"),
        ("broken.yaml", "rules: [1, 2\n", "broken.yaml: not valid YAML"),
        ("list.json", "[1, 2]", "list.json: top level: expected a table"),
        ("field.toml", HEAD + 'years = "2031-2035"\n', "field.toml: agreement[0].first_year: Field required"),
        ("typo.toml", HEAD + 'years = "2031-2035"\nfirst_year = { year = 2031, amount = "1.7 trilion KRW" }\n',
         "typo.toml: agreement[0].first_year.amount: cannot read"),
        ("extra.toml", "colour = 1\n", "extra.toml: colour: Extra inputs are not permitted"),
        ("rule.yaml", "rules:\n  14:\n    kind: fixed\n    pct: 3\n", "rule.yaml: rules.14: no SMA number 14"),
        ("overlap.toml", HEAD + 'years = "2030-2031"\nfirst_year = { year = 2030, amount = "1.7T KRW" }\n',
         "overlap.toml: agreements 12 and 13 both cover 2030"),
        ("code.yaml", "!!python/object/apply:os.system ['echo hi']\n", "code.yaml: not valid YAML"),
        ("nul.toml", "a = 1\x00\n", "nul.toml: contains a NUL byte"),
        ("scenario.txt", "a = 1\n", "scenario.txt: a scenario file must be .toml, .json, .yaml or .yml"),
    ],
)  # fmt: skip
def test_a_broken_scenario_is_one_line_naming_the_file(run, tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = run("project", "--data", str(path))
    assert result.stdout == ""
    assert result.exit_code == (2 if name.endswith(".txt") else 1)
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr, result.stderr


def test_a_scenario_over_the_size_limit_is_refused(run, tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    path.write_text("# " + "x" * 1_000_000 + "\n", encoding="utf-8")
    result = run("list", "--data", str(path))
    assert result.exit_code == 1 and "over the 1,000,000-byte limit" in result.stderr


def test_a_missing_scenario_or_a_folder_is_a_data_failure(run, tmp_path: Path) -> None:
    result = run("project", "--data", str(tmp_path / "none.toml"))
    assert result.exit_code == 1 and result.stderr.endswith("none.toml: no such file\n")
    result = run("project", "--data", str(tmp_path))
    assert result.exit_code == 1 and result.stderr.endswith(": is a folder, not a file\n")


def test_schema_describes_the_scenario_format(run) -> None:
    result = run("schema")
    schema = json.loads(result.stdout)
    assert set(schema["properties"]) == {"agreement", "rules", "index", "position", "event", "sources"}
    agreement = schema["$defs"]["Agreement"]
    assert {"number", "years", "first_year", "rule"} <= set(agreement["required"])
    assert schema["$defs"]["Fixed"]["properties"]["kind"]["const"] == "fixed"


def test_real_terms_reach_the_years_a_scenario_adds(run) -> None:
    path = str(FIXTURES / "sma13.toml")
    got = rows(run("project", "--data", path, "--sma", "13", "--real", "2035", "--format", "json"))
    assert (got[-1]["year"], got[-1]["amount"], got[-1]["nominal_amount"]) == (2035, 2066400000000, 2066400000000)
    result = run("project", "--data", path, "--real", "2036")
    assert result.exit_code == 2 and "2036 is outside 1991-2035" in result.stderr
