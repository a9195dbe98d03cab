"""The one place where the command line imports lazily.

The command modules name the modules they use from here and reach into them as attributes
(``calc.escalation.project``); each module is imported when a command first touches it, so that
`smacalc --help` loads no model and `smacalc project` never loads the talks, the conversions or the
renderer of a format it does not print. Type checkers see ordinary imports.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING, Any


class Lazy:
    """A module, imported on first attribute access; each attribute is then kept on this object,
    so later look-ups cost what an ordinary one does."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        module: ModuleType = importlib.import_module(self._name)
        value = getattr(module, attr)
        setattr(self, attr, value)
        return value


if TYPE_CHECKING:
    from smacalc import inputs, money, numbers
    from smacalc.calc import burden as bill
    from smacalc.calc import categories as split
    from smacalc.calc import claims, escalation, restate, talks
    from smacalc.calc import furlough as furloughs
    from smacalc.calc import rules as check_rules
    from smacalc.record import dataset, fetched, load, models, scenario
    from smacalc.record import update as updating
    from smacalc.render import burden as bill_reports
    from smacalc.render import chart, encoding, files, formats, payments, progress, record_info
    from smacalc.render import claims as claim_reports
    from smacalc.render import datapackage as package
    from smacalc.render import export as export_tables
    from smacalc.render import record as record_reports
    from smacalc.render import svg as svg_chart
    from smacalc.render import talks as talk_reports
else:
    money = Lazy("smacalc.money")
    inputs = Lazy("smacalc.inputs")
    numbers = Lazy("smacalc.numbers")
    claims = Lazy("smacalc.calc.claims")
    split = Lazy("smacalc.calc.categories")
    bill = Lazy("smacalc.calc.burden")
    furloughs = Lazy("smacalc.calc.furlough")
    bill_reports = Lazy("smacalc.render.burden")
    check_rules = Lazy("smacalc.calc.rules")
    claim_reports = Lazy("smacalc.render.claims")
    progress = Lazy("smacalc.render.progress")
    export_tables = Lazy("smacalc.render.export")
    package = Lazy("smacalc.render.datapackage")
    escalation = Lazy("smacalc.calc.escalation")
    restate = Lazy("smacalc.calc.restate")
    talks = Lazy("smacalc.calc.talks")
    dataset = Lazy("smacalc.record.dataset")
    load = Lazy("smacalc.record.load")
    fetched = Lazy("smacalc.record.fetched")
    updating = Lazy("smacalc.record.update")
    models = Lazy("smacalc.record.models")
    scenario = Lazy("smacalc.record.scenario")
    chart = Lazy("smacalc.render.chart")
    encoding = Lazy("smacalc.render.encoding")
    files = Lazy("smacalc.render.files")
    formats = Lazy("smacalc.render.formats")
    payments = Lazy("smacalc.render.payments")
    record_reports = Lazy("smacalc.render.record")
    record_info = Lazy("smacalc.render.record_info")
    talk_reports = Lazy("smacalc.render.talks")
    svg_chart = Lazy("smacalc.render.svg")

__all__ = [
    "bill",
    "bill_reports",
    "chart",
    "check_rules",
    "claim_reports",
    "claims",
    "dataset",
    "encoding",
    "escalation",
    "export_tables",
    "fetched",
    "files",
    "formats",
    "furloughs",
    "inputs",
    "load",
    "models",
    "money",
    "numbers",
    "package",
    "payments",
    "progress",
    "record_info",
    "record_reports",
    "restate",
    "scenario",
    "split",
    "svg_chart",
    "talk_reports",
    "talks",
    "updating",
]
