"""smacalc: the US-South Korea Special Measures Agreements as sourced data and a calculator.

The Python API behind every figure the command line prints::

    from smacalc import load_dataset, project, audit, Assumptions
    rows = project(load_dataset(), Assumptions(plain={"cpi": Decimal("3")}), sma=12)

Names are imported lazily, so that ``import smacalc`` (and ``smacalc --help``) stays fast.
"""

from __future__ import annotations

TYPE_CHECKING = False  # as typing has it, without importing typing (and re) at start-up: a Ctrl-C
# while smacalc starts finds smacalc's own guard sooner

__version__ = "0.1.0"

# Each public name and the module it lives in: the one list (``__all__`` is made from it; a test
# holds the imports for type checkers below to it). Functions are checked at the boundary
# (smacalc.api): a bad argument is an InputError naming it.
_EXPORTS = {
    "Money": "smacalc.money",
    "parse_money": "smacalc.money",
    "load_dataset": "smacalc.record.load",
    "read_record": "smacalc.record.load",
    "load_with": "smacalc.record.scenario",
    "read_scenario": "smacalc.record.scenario",
    "Dataset": "smacalc.record.dataset",
    "Assumptions": "smacalc.record.dataset",
    "Agreement": "smacalc.record.models",
    "project": "smacalc.calc.escalation",
    "audit": "smacalc.calc.escalation",
    "escalate": "smacalc.calc.escalation",
    "Restatement": "smacalc.calc.restate",
    "restate": "smacalc.calc.restate",
    "change": "smacalc.calc.restate",
    "price_level": "smacalc.calc.restate",
    "rate_for": "smacalc.calc.rates",
    "gap": "smacalc.calc.talks",
    "position_gaps": "smacalc.calc.talks",
    "history": "smacalc.calc.talks",
    "check": "smacalc.calc.claims",
    "read_figures": "smacalc.calc.reading",
    "burden": "smacalc.calc.burden",
    "compare": "smacalc.calc.burden",
    "lapse": "smacalc.calc.burden",
    "categories": "smacalc.calc.categories",
    "update_status": "smacalc.record.update",
    "SmacalcError": "smacalc.errors",
    "InputError": "smacalc.errors",
    "DataError": "smacalc.errors",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:
    from smacalc.calc.burden import burden, compare, lapse
    from smacalc.calc.categories import categories
    from smacalc.calc.claims import check
    from smacalc.calc.escalation import audit, escalate, project
    from smacalc.calc.rates import rate_for
    from smacalc.calc.reading import read_figures
    from smacalc.calc.restate import Restatement, change, price_level, restate
    from smacalc.calc.talks import gap, history, position_gaps
    from smacalc.errors import DataError, InputError, SmacalcError
    from smacalc.money import Money, parse_money
    from smacalc.record.dataset import Assumptions, Dataset
    from smacalc.record.load import load_dataset, read_record
    from smacalc.record.models import Agreement
    from smacalc.record.scenario import load_with, read_scenario
    from smacalc.record.update import update_status

if TYPE_CHECKING:
    from typing import Any


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'smacalc' has no attribute {name!r}")
    import importlib
    import inspect

    value = getattr(importlib.import_module(module), name)
    if inspect.isfunction(value):
        from smacalc.api import checked

        value = checked(value)
    globals()[name] = value  # looked up once
    return value
