"""`smacalc gap --from`: batches from a file or stdin, CSV or JSON lines, with line numbers."""

import json
from pathlib import Path

import pytest

CSV = 'demand,offer,year\n5B USD,1.0389T KRW,2019\n"$1,300 million",1조389억원,2020\n\n$1.2bn,9999억원,2018\n'


def test_csv_from_stdin_gives_one_row_per_input_row_in_order(run) -> None:
    result = run("gap", "--from", "-", "--format", "csv", input=CSV)
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.splitlines() == [
        "line,demand,offer,currency,difference,ratio,pct_above,year,"
        "krw_per_usd,usd_per_eur,cny_per_usd,jpy_per_usd,rate_date",
        "2,5829008000000,1038900000000,KRW,4790108000000,5.61,461.1,2019,1165.8016,,,,",
        "3,1534722020000,1038900000000,KRW,495822020000,1.48,47.7,2020,1180.5554,,,,",
        "5,1319151120000,999900000000,KRW,319251120000,1.32,31.9,2018,1099.2926,,,,",
    ]


def test_json_lines_from_a_file_with_a_rate_of_its_own(run, tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(
        '{"demand": "5B USD", "offer": "1.0389T KRW", "year": 2019}\n'
        '{"demand": "$5 billion", "offer": "1조389억원", "rate": "1200"}\n',
        encoding="utf-8",
    )
    got = [json.loads(line) for line in run("gap", "--from", str(path), "--format", "jsonl").stdout.splitlines()]
    assert [(g["line"], g["ratio"], g["krw_per_usd"]) for g in got] == [(1, 5.61, 1165.8016), (2, 5.78, 1200)]


def test_the_header_may_name_the_columns_in_any_order(run) -> None:
    result = run(
        "gap", "--from", "-", "--format", "csv", "--in", "USD", input="year,offer,demand\n2019,1.0389T KRW,5B USD\n"
    )
    assert result.stdout.splitlines()[1] == "2,5000000000,891146486.67,USD,4108853513.33,5.61,461.1,2019,1165.8016,,,,"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("demand,offer,yaer\n5B USD,1T KRW,2019\n", "stdin, line 1: the header must name demand and offer"),
        ("demand,offer,year\n5B USD,bad,2019\n", "stdin, line 2: cannot read amount 'bad'"),
        ("demand,offer,year\n5B USD,1T KRW,1980\n", "stdin, line 2: no KRW exchange rate for 1980"),
        ("demand,offer,year\n5B USD,1T KRW\n", "stdin, line 2: 2 fields where the header has 3"),
        ("demand,offer,year\n5B USD,1T KRW,99999\n", "stdin, line 2: year '99999' is not a year"),
        ("demand,offer\n5B USD,1T KRW\n", "stdin, line 2: amounts in two currencies need"),
        ('{"demand": "5B USD", "offer": 5, "year": 2019}\n', "stdin, line 1: offer 5 must be a string"),
        ('{"demand": "5B USD"\n', "stdin, line 1: not valid JSON"),
        ('{"demand": "5B USD", "offer": "1T KRW", "colour": 1}\n', "stdin, line 1: unknown key 'colour'"),
        ('{"demand": "5B USD", "offer": "1T KRW", "offer": "2T KRW"}\n', "stdin, line 1: key 'offer' is given twice"),
        ('{"demand": "5B USD", "offer" : "1T KRW", "offer": "2T KRW"}\n', "stdin, line 1: key 'offer' is given twice"),
        ('{"demand": "5B USD", "offer": "1T KRW", "year": 1' + "0" * 5000 + "}\n", "more than 4,300 digits"),
        ('{"demand": "5B USD", "offer": "1T KRW", "year": 2019.0}\n', "stdin, line 1: year 2019.0 is not a year"),
        ('{"demand": "5B: USD", "offer": "1T KRW", "year": 2019}\n', "stdin, line 1: cannot read amount '5B: USD'"),
    ],
)
def test_a_bad_row_stops_the_run_naming_its_line(run, text: str, message: str) -> None:
    result = run("gap", "--from", "-", "--format", "csv", input=text)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr, result.stderr


def test_invalid_utf8_and_nul_bytes_are_bad_rows(run) -> None:
    data = b"demand,offer,year\n5B USD,1.0389T KRW,2019\n\xff\xfe,1T KRW,2019\n5B\x00 USD,1T KRW,2019\n"
    result = run("gap", "--from", "-", "--skip-bad", "--format", "csv", input=data)
    assert result.exit_code == 0
    assert [line.split(",")[0] for line in result.stdout.splitlines()] == ["line", "2"]
    assert result.stderr.splitlines() == [
        "smacalc: skipped stdin, line 3: not UTF-8 text",
        "smacalc: skipped stdin, line 4: contains a NUL byte",
    ]


def test_from_takes_no_amount_options(run) -> None:
    result = run("gap", "--from", "-", "--demand", "5B USD", input=CSV)
    assert result.exit_code == 2 and "--from reads demand" in result.stderr
    assert run("gap", "--skip-bad", "--demand", "5B USD", "--offer", "1T KRW").exit_code == 2
