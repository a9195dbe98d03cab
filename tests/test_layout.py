"""The shape of the package: the stages as folders, imports that flow one way, modules a screen
of outline long, and the lazy loading that keeps start-up fast."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import smacalc

PACKAGE = Path(smacalc.__file__).resolve().parent
STAGES = ("record", "calc", "render", "cli", "web")  # each may import the stages before it, never after


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def stage_of(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else None


def imported(path: Path) -> list[tuple[str, int, bool]]:
    """(module, line, at top level) of every import in the file, TYPE_CHECKING blocks included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    top |= {id(inner) for node in tree.body if isinstance(node, ast.If) for inner in node.body}  # TYPE_CHECKING
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            found += [(name, node.lineno, id(node) in top) for name in names]
        elif isinstance(node, ast.Import):
            found += [(a.name, node.lineno, id(node) in top) for a in node.names]
    return found


def test_the_stages_are_folders() -> None:
    folders = sorted(p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists())
    assert folders == sorted(STAGES)
    top_level = sorted(p.name for p in PACKAGE.glob("*.py"))
    modules = ["__init__.py", "__main__.py", "api.py", "errors.py", "inputs.py", "money.py", "numbers.py"]
    modules += ["patterns.py", "vocabulary.py"]
    assert top_level == modules
    assert (PACKAGE / "record" / "data" / "agreements.toml").is_file()


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_is_over_400_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 400


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_flow_one_way(path: Path) -> None:
    """record <- calc <- render <- cli, and web beside cli: a stage imports only the stages before it
    (and money, numbers and errors); calc and record import neither click nor rich; render and web
    do not import click; cli and web do not import each other."""
    stage = stage_of(path)
    # money.py, numbers.py and errors.py import no stage; __init__.py and __main__.py are the entry points.
    entry = STAGES if path.name.startswith("__") else ()
    allowed = entry if stage is None else STAGES[: STAGES.index(stage) + 1]
    for name, line, _ in imported(path):
        where = f"{path.relative_to(PACKAGE)}:{line} imports {name}"
        parts = name.split(".")
        if parts[0] == "smacalc" and len(parts) > 1 and parts[1] in STAGES:
            assert parts[1] in allowed, where
        root = name.split(".")[0]
        if stage in ("record", "calc"):
            assert root not in ("click", "rich"), where
        if stage == "render":
            assert root != "click", where
        if stage == "web":  # the pages, a presentation layer beside cli/: neither imports the other
            assert root != "click" and not name.startswith("smacalc.cli"), where
        if stage == "cli":
            assert not name.startswith("smacalc.web"), where


@pytest.mark.parametrize("path", sorted((PACKAGE / "cli").glob("*.py")), ids=lambda p: p.name)
def test_the_cli_imports_lazily_in_one_place(path: Path) -> None:
    """Command modules reach the record, the calculations and the renderer through cli/lazy.py;
    no command body imports them on its own."""
    if path.name == "lazy.py":
        return
    for name, line, at_top in imported(path):
        if name.startswith(("smacalc.record", "smacalc.calc", "smacalc.render", "smacalc.money", "smacalc.numbers")):
            assert at_top, f"cli/{path.name}:{line} imports {name} inside a function; use cli/lazy.py"


LOADED = """
import sys
from smacalc.cli import cli
try:
    cli.main(sys.argv[1:])
except SystemExit:
    pass
wanted = ("smacalc", "pydantic", "rich", "yaml")
print(" ".join(sorted(m for m in sys.modules if m.startswith(wanted))), file=sys.stderr)
"""


def loaded_by(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", LOADED, *args], capture_output=True, text=True, check=True, stdin=subprocess.DEVNULL
    )
    return set(done.stderr.split())


def test_help_loads_no_model_and_no_renderer() -> None:
    loaded = loaded_by("--help")
    assert not {m for m in loaded if m.startswith(("pydantic", "rich", "yaml"))}
    assert not {m for m in loaded if m.startswith(("smacalc.record.", "smacalc.calc.", "smacalc.render."))}


def test_a_plain_projection_loads_only_what_it_uses() -> None:
    loaded = loaded_by("project", "--sma", "11", "--format", "json")
    assert {"smacalc.record.models", "smacalc.calc.escalation", "smacalc.render.payments"} <= loaded
    unused = {
        "smacalc.calc.restate",
        "smacalc.calc.talks",
        "smacalc.calc.batch",
        "smacalc.record.prices",
        "smacalc.record.talks",
        "smacalc.record.scenario",
        "smacalc.render.chart",
        "rich",
        "yaml",
    }
    assert not loaded & unused
