"""smacalc: the US-South Korea Special Measures Agreements as sourced data and a calculator.

The Python API behind every figure the command line prints::

    from smacalc import load_dataset, project, audit, Assumptions
    rows = project(load_dataset(), Assumptions(plain={"cpi": Decimal("3")}), sma=12)

Names are imported lazily, so that ``import smacalc`` (and ``smacalc --help``) stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Money": "smacalc.money",
    "parse_money": "smacalc.money",
    "load_dataset": "smacalc.record.load",
    "read_record": "smacalc.record.load",
    "Dataset": "smacalc.record.dataset",
    "Assumptions": "smacalc.record.dataset",
    "project": "smacalc.calc.escalation",
    "audit": "smacalc.calc.escalation",
    "escalate": "smacalc.calc.escalation",
    "Restatement": "smacalc.calc.restate",
    "restate": "smacalc.calc.restate",
    "change": "smacalc.calc.restate",
    "rate_for": "smacalc.calc.rates",
    "price_level": "smacalc.calc.restate",
    "gap": "smacalc.calc.talks",
    "position_gaps": "smacalc.calc.talks",
    "history": "smacalc.calc.talks",
    "load_with": "smacalc.record.load",
    "read_scenario": "smacalc.record.scenario",
    "Agreement": "smacalc.record.models",
    "SmacalcError": "smacalc.errors",
    "InputError": "smacalc.errors",
    "DataError": "smacalc.errors",
}

__all__ = [
    "Agreement",
    "Assumptions",
    "DataError",
    "Dataset",
    "InputError",
    "Money",
    "Restatement",
    "SmacalcError",
    "__version__",
    "audit",
    "change",
    "escalate",
    "gap",
    "history",
    "load_dataset",
    "load_with",
    "parse_money",
    "position_gaps",
    "price_level",
    "project",
    "rate_for",
    "read_record",
    "read_scenario",
    "restate",
]

if TYPE_CHECKING:
    from smacalc.calc.escalation import audit, escalate, project
    from smacalc.calc.rates import rate_for
    from smacalc.calc.restate import Restatement, change, price_level, restate
    from smacalc.calc.talks import gap, history, position_gaps
    from smacalc.errors import DataError, InputError, SmacalcError
    from smacalc.money import Money, parse_money
    from smacalc.record.dataset import Assumptions, Dataset
    from smacalc.record.load import load_dataset, load_with, read_record
    from smacalc.record.models import Agreement
    from smacalc.record.scenario import read_scenario


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'smacalc' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
