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
    "SmacalcError",
    "__version__",
    "audit",
    "escalate",
    "load_dataset",
    "parse_money",
    "project",
    "read_record",
]

if TYPE_CHECKING:
    from smacalc.dataset import Assumptions, Dataset, load_dataset, read_record
    from smacalc.engine import audit, escalate, project
    from smacalc.errors import DataError, InputError, SmacalcError
    from smacalc.models import Agreement
    from smacalc.money import Money, parse_money


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'smacalc' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
