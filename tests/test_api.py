"""The public API of ``import smacalc``: every name it lists resolves, to the same object whatever
the order of first use, and the example of docs/api.md runs as written."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import smacalc

ROOT = Path(__file__).resolve().parents[1]
API_PAGE = ROOT / "docs" / "api.md"


def api_example() -> str:
    text = API_PAGE.read_text(encoding="utf-8")
    match = re.search(r"```python\n(.*?)```", text, re.S)
    assert match is not None
    return match.group(1)


@pytest.mark.parametrize("name", sorted(set(smacalc.__all__) - {"__version__"}))
def test_every_public_name_resolves_to_what_it_names(name: str) -> None:
    value = getattr(smacalc, name)
    assert getattr(value, "__name__", name) == name


def test_names_stay_functions_after_their_modules_are_imported() -> None:
    """A lazily imported name must not turn into the module it lives in after first use."""
    script = (
        "import smacalc\n"
        "data = smacalc.load_dataset()\n"
        "smacalc.change(data, 2019, 2030)\n"
        "rows = smacalc.project(data, sma=12)\n"
        "assert callable(smacalc.restate) and callable(smacalc.change) and callable(smacalc.history)\n"
        "smacalc.restate(data, rows, smacalc.Restatement(real=2025))\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, stdin=subprocess.DEVNULL)


def test_the_api_example_runs_as_one_script() -> None:
    code = api_example()
    for line in ("import smacalc", "smacalc.load_dataset()", "smacalc.restate("):
        assert line in code
    subprocess.run([sys.executable, "-c", code], check=True, stdin=subprocess.DEVNULL, cwd=ROOT)


def test_amounts_print_as_plain_numbers() -> None:
    rows = smacalc.project(smacalc.load_dataset(), sma=12)
    assert repr(rows[1].amount.amount) == "Decimal('1551100000000')"  # 2027 by the rule, not 1.5511E+12
    assert str(smacalc.change(smacalc.load_dataset(), 2019, 2030).difference.amount) == "607100000000"


def test_the_commands_figures_are_all_in_the_api() -> None:
    data = smacalc.load_dataset()
    rows = smacalc.check(data, "Trump demanded $5 billions a year", dt.date(2019, 12, 1))
    assert [(r.figure.span, r.kind, r.record, r.verdict) for r in rows if r.figure] == [
        ("$5 billions", "demand", Decimal("5000000000"), "holds")
    ]
    assert smacalc.categories(data, 10)[0].row.year == 2019
    assert smacalc.lapse(data, 2020, 3).year == 2020
    assert {r.host for r in smacalc.burden(data)} == {"KR", "JP"}
    assert smacalc.compare(data, 2016, 2019)
    assert [f.span for f in smacalc.read_figures("미국은 50억 달러를 요구했다")] == ["50억 달러"]
    status = {s.series.id: (s.last, s.origin) for s in smacalc.update_status(data)}
    assert status["DEXKOUS"] == ("2026-05-15", "fred-dexkous")


def test_whole_numbers_are_taken_where_a_decimal_is() -> None:
    data = smacalc.load_dataset()
    three = smacalc.project(data, smacalc.Assumptions(plain={"cpi": 3}), sma=12)
    assert three == smacalc.project(data, smacalc.Assumptions(plain={"cpi": Decimal(3)}), sma=12)
    assert smacalc.parse_money("5B", default_currency="usd") == smacalc.Money(Decimal(5_000_000_000), "USD")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda d: smacalc.parse_money(None), "parse_money(): text must be a str, not None"),
        (lambda d: smacalc.parse_money("5B", default_currency="xyz"), "unknown currency 'xyz'"),
        (lambda d: smacalc.project(d, through="2020"), "project(): through must be a whole number or None"),
        (lambda d: smacalc.project(None), "project(): data must be a Dataset, not None"),
        (lambda d: smacalc.project(d, sma=12, nonsense=1), "project(): got an unexpected keyword argument"),
        (lambda d: smacalc.Assumptions(plain={"cpi": 3.0}), "cpi value 3.0 must be a Decimal or a whole number"),
        (lambda d: smacalc.Assumptions(plain={"gdp": 3}), "unknown index series 'gdp'"),
        (lambda d: smacalc.gap(d, "5B USD", "1T KRW"), "gap(): demand must be a Money"),
        (lambda d: smacalc.check(d, 5), "check(): text must be a str"),
        (lambda d: smacalc.lapse(d, 2020, 0.5), "lapse(): months must be a Decimal or a whole number"),
    ],
)
def test_a_bad_argument_is_a_smacalc_error_naming_it(call, message) -> None:
    with pytest.raises(smacalc.SmacalcError) as raised:
        call(smacalc.load_dataset())
    assert message in str(raised.value)


def test_the_names_for_type_checkers_are_the_exported_names() -> None:
    source = (ROOT / "src" / "smacalc" / "__init__.py").read_text(encoding="utf-8")
    block = source.split("if TYPE_CHECKING:")[1].split("\n\n")[0]
    imported = set(re.findall(r"\b(\w+)(?:,|$)", block.replace(" import ", "\n"), re.M)) & set(smacalc._EXPORTS)
    assert imported == set(smacalc._EXPORTS)
