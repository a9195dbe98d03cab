"""--lang ko: amounts as Korean newsrooms write them, Korean headers and captions in tables; csv
and json byte-identical whatever the language."""

from decimal import Decimal

import pytest

from smacalc.render.korean import foreign, won


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("1519200000000", "1조5192억원"),  # 2026, the 12th SMA's first year
        ("1038900000000", "1조389억원"),
        ("960200000000", "9,602억원"),
        ("1000000000000", "1조원"),
        ("36452632", "3,645만원"),  # 2019 per troop
        ("5000", "5,000원"),
    ],
)
def test_won_as_korean_newsrooms_write_it(amount: str, expected: str) -> None:
    assert won(Decimal(amount)) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("891146486.67", "8억9115만 달러"),  # 2019 in dollars
        ("5000000000", "50억 달러"),
        ("1040121.18", "104만 달러"),
        ("39375.45", "3만9375 달러"),
        ("850", "850 달러"),
    ],
)
def test_dollars_as_korean_newsrooms_write_them(amount: str, expected: str) -> None:
    assert foreign(Decimal(amount), "USD") == expected


def test_project_in_korean(run) -> None:
    table = run("project", "--sma", "12", "--lang", "ko", "--format", "table", env={"COLUMNS": "120"}).stdout
    assert "제12차 방위비분담특별협정: 분담금" in table and "1조5192억원" in table
    assert "연도" in table and "금액" in table and "출처" in table
    assert "근거: official = 공식 발표액" in table and "한국 소비자물가 상승률 2.0%" in table


@pytest.mark.parametrize("fmt", ["json", "csv", "jsonl", "tsv"])
def test_machine_formats_do_not_change_with_the_language(run, fmt: str) -> None:
    english = run("project", "--sma", "12", "--format", fmt).stdout
    assert run("project", "--sma", "12", "--format", fmt, "--lang", "ko").stdout == english
    assert run("project", "--sma", "12", "--format", fmt, env={"SMACALC_LANG": "ko"}).stdout == english


def test_the_language_comes_from_the_environment_and_english_is_the_default(run) -> None:
    korean = run("gap", "--sma", "11", "--format", "table", env={"SMACALC_LANG": "ko", "COLUMNS": "120"}).stdout
    assert "제11차 협정 협상: 요구와 제시" in korean and "50억 달러" in korean
    english = run("gap", "--sma", "11", "--format", "table", env={"COLUMNS": "120", "LANG": "ko_KR.UTF-8"}).stdout
    assert "11th SMA: demands and offers" in english
    bad = run("project", env={"SMACALC_LANG": "fr"})
    assert bad.exit_code == 2 and "the languages are en and ko" in bad.stderr
