"""Docs that cannot drift. docs/commands.md is every command's --help as it is now (rewrite it with
``python -m smacalc.cli.docs``), every command is in it and says what it does, README stays a
short front door, and every link of README and docs/ leads to a file that is there."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest

from smacalc.cli import docs

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "docs" / "commands.md"
CONTEXTS = {ctx.command_path: ctx for ctx in docs.contexts()}
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def reference() -> str:
    return REFERENCE.read_text(encoding="utf-8")


def test_the_reference_is_what_help_gives_now() -> None:
    assert reference() == docs.reference(), "docs/commands.md differs from --help: run python -m smacalc.cli.docs"


def test_the_check_mode_agrees(tmp_path: Path) -> None:
    assert docs.main(["--check", str(REFERENCE)]) == 0
    stale = tmp_path / "commands.md"
    stale.write_text(reference().replace("Usage: smacalc project", "Usage: smacalc projects"), encoding="utf-8")
    assert docs.main(["--check", str(stale)]) == 1


def test_every_command_is_walked() -> None:
    """The walk reaches every command the group lists (a subcommand added later is walked too)."""
    assert {path.removeprefix("smacalc ") for path in CONTEXTS} - {"smacalc"} == set(
        docs.cli.list_commands(CONTEXTS["smacalc"])
    )


@pytest.mark.parametrize("path", sorted(CONTEXTS))
def test_every_command_is_in_the_reference(path: str) -> None:
    text = reference()
    assert f"\n## {path}\n" in text, path
    assert f"- [`{path}`](#{docs.anchor(path)})\n" in text, path


def shown(*args: str) -> str:
    """What ``COLUMNS=80 smacalc ARGS`` prints, as a process (click's test runner forces its own
    width on help, so it cannot stand in for a terminal here)."""
    env = {k: v for k, v in os.environ.items() if k != "SMACALC_LANG"}  # conftest clears the rest
    env.update(COLUMNS="80", PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "smacalc", *args], capture_output=True, env=env, stdin=subprocess.DEVNULL, timeout=60
    )
    assert done.returncode == 0 and done.stderr == b"", done.stderr
    return done.stdout.decode("utf-8")


@pytest.mark.parametrize("path", sorted(CONTEXTS))
def test_the_reference_holds_what_help_prints_at_80_columns(path: str) -> None:
    """What a user sees, byte for byte, under the command's heading."""
    assert f"\n## {path}\n\n```text\n{shown(*path.split()[1:], '--help')}```\n" in reference()


def test_the_reference_holds_the_rules_check_prints() -> None:
    assert f"\n## smacalc check --rules\n\n```text\n{shown('check', '--rules')}```\n" in reference()


@pytest.mark.parametrize("path", sorted(CONTEXTS))
def test_every_command_and_option_says_what_it_does(path: str) -> None:
    ctx = CONTEXTS[path]
    command = ctx.command
    assert command.help and command.help.strip(), f"{path} has no docstring"
    assert command.get_short_help_str(limit=80).strip(), f"{path} has no short help"
    for param in command.get_params(ctx):
        if isinstance(param, click.Option) and not param.hidden:
            assert param.help, f"{path} {'/'.join(param.opts)} has no help"


@pytest.mark.parametrize("path", sorted(CONTEXTS))
def test_help_fits_80_columns_where_click_wraps_it(path: str) -> None:
    """Paragraphs are wrapped by click; a block kept as written (\\b) must fit as well, examples aside."""
    ctx = CONTEXTS[path]
    text = ctx.command.get_help(ctx)
    prose = text.split("\n\n  Examples:")[0].split("\n  Start here:")[0]
    long = [line for line in prose.splitlines() if len(line) > docs.COLUMNS - 2]
    assert not long, long


def test_readme_is_a_short_front_door() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.splitlines()) < 200
    for page in sorted((ROOT / "docs").glob("*.md")):
        assert f"docs/{page.name}" in readme, f"README does not link docs/{page.name}"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_leads_somewhere(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue  # a web address
        file, _, fragment = target.partition("#")
        where = (page.parent / file).resolve() if file else page
        assert where.exists(), f"{page.name}: {target}"
        if fragment and where.suffix == ".md":
            headings = re.findall(r"^#+ (.+)$", where.read_text(encoding="utf-8"), re.M)
            anchors = {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in headings}
            assert fragment in anchors, f"{page.name}: {target}"


KEYED = [
    ("project", "--sma", "11"),
    ("project", "--sma", "10", "--in", "EUR", "--per-troop"),
    ("project", "--sma", "10", "--in", "USD", "--real", "2025"),
    ("project", "--sma", "12", "--cpi", "1:3:1"),
    ("change", "--from", "2019", "--to", "2026"),
    ("list",),
    ("audit",),
    ("sources",),
    ("gap", "--demand", "5B USD", "--offer", "1.0389T KRW", "--date", "2019-02-13"),
    ("gap", "--sma", "11"),
    ("gap", "--from", "-"),
    ("check", "Seoul agreed to pay about $870 million last year.", "--date", "2020-01-15"),
    ("history", "--sma", "12"),
    ("categories",),
    ("burden",),
    ("compare",),
    ("lapse",),
]


@pytest.mark.parametrize("args", KEYED, ids=" ".join)
def test_every_row_key_is_in_output_md(run, args: tuple[str, ...]) -> None:
    """Each key a command's rows carry is named in docs/output.md."""
    result = run(*args, "--format", "csv", input="demand,offer,year\n5B USD,1.0389T KRW,2019\n")
    assert result.exit_code == 0, result.stderr
    page = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    missing = [key for key in result.stdout.splitlines()[0].split(",") if f"`{key}`" not in page]
    assert not missing, missing


def shown_examples() -> list[tuple[list[str], str]]:
    """The examples of docs/examples.md that show their output: (the command lines, the output)."""
    text = (ROOT / "docs" / "examples.md").read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"^```\n(.*?)^```", text, re.S | re.M):
        lines = block.splitlines()
        if not lines or not lines[0].startswith("$ ") or all(line.startswith("$ ") for line in lines):
            continue
        found.append(([line[2:] for line in lines if line.startswith("$ ")], block))
    return found


@pytest.mark.parametrize("commands,block", shown_examples(), ids=lambda v: v[0][:40] if isinstance(v, list) else "")
def test_the_worked_examples_print_what_they_show(commands: list[str], block: str, tmp_path: Path) -> None:
    if any(line.startswith("sqlite3 ") for line in commands) and shutil.which("sqlite3") is None:
        pytest.skip("no sqlite3 here")
    env = {k: v for k, v in os.environ.items() if k != "SMACALC_LANG"}  # conftest clears the rest
    env.update(PATH=f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}", PYTHONIOENCODING="utf-8")
    out = []
    for line in commands:
        done = subprocess.run(
            ["bash", "-c", line], cwd=tmp_path, env=env, capture_output=True, stdin=subprocess.DEVNULL, timeout=60
        )
        assert done.returncode == 0, done.stderr
        out.append(f"$ {line}\n{done.stdout.decode('utf-8')}")
    assert "".join(out) == block
