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
    "load_dataset": "smacalc.dataset",
    "read_record": "smacalc.dataset",
    "Dataset": "smacalc.dataset",
    "Assumptions": "smacalc.dataset",
    "project": "smacalc.engine",
    "audit": "smacalc.engine",
    "escalate": "smacalc.engine",
    "Restatement": "smacalc.restate",
    "restate": "smacalc.restate",
    "change": "smacalc.restate",
    "rate_for": "smacalc.restate",
    "price_level": "smacalc.restate",
    "gap": "smacalc.talks",
    "position_gaps": "smacalc.talks",
    "history": "smacalc.talks",
    "load_with": "smacalc.dataset",
    "read_scenario": "smacalc.dataset",
    "Agreement": "smacalc.models",
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
    from smacalc.dataset import Assumptions, Dataset, load_dataset, load_with, read_record, read_scenario
    from smacalc.engine import audit, escalate, project
    from smacalc.errors import DataError, InputError, SmacalcError
    from smacalc.models import Agreement
    from smacalc.money import Money, parse_money
    from smacalc.restate import Restatement, change, price_level, rate_for, restate
    from smacalc.talks import gap, history, position_gaps


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'smacalc' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
