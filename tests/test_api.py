"""The public API of ``import smacalc``: every name it lists resolves, to the same object whatever
the order of first use, and the example of docs/api.md runs as written."""

from __future__ import annotations

import re
import subprocess
import sys
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
