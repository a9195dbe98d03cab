"""The command reference, docs/commands.md, written from the click commands themselves: every
command's --help as a terminal 80 columns wide shows it, so that the reference says what the
commands say and nothing else. Prose about a command lives in its docstring, never here.

    python -m smacalc.cli.docs            rewrite docs/commands.md (run from a checkout)
    python -m smacalc.cli.docs --check    exit 1 if docs/commands.md differs from --help now

tests/test_docs.py runs the check with the tests.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

import click

from smacalc.cli import cli
from smacalc.cli.lazy import check_rules

COLUMNS = 80  # the terminal the reference is written for; click leaves two columns free, as --help does
PATH = Path("docs") / "commands.md"

HEAD = """\
# Command reference

<!-- Written by `python -m smacalc.cli.docs` from the commands' own --help: do not edit by hand.
     tests/test_docs.py fails when this file and --help differ. -->

Every command's `--help`, as a terminal 80 columns wide shows it. What a command does, its rules
and its options are written once, in the command itself: `smacalc COMMAND --help` prints the same
text. `smacalc check --rules` prints the rules `check` judges by; they close the reference.
Row keys are in [output.md](output.md), exit codes in [exit-codes.md](exit-codes.md).
"""


def printed() -> list[tuple[str, str]]:
    """Text a command prints that is reference, not data: (the command line, what it prints)."""
    return [("smacalc check --rules", check_rules.RULES)]


def contexts(
    command: click.Command = cli, name: str = "smacalc", parent: click.Context | None = None
) -> Iterator[click.Context]:
    """A context for the command and, depth first in the order `--help` lists them, for each of
    its subcommands: what `smacalc ... --help` builds, at the reference's width."""
    width = COLUMNS - 2 if parent is None else None  # a subcommand's context takes its parent's
    ctx = click.Context(command, info_name=name, parent=parent, terminal_width=width, **command.context_settings)
    yield ctx
    if isinstance(command, click.Group):
        for sub in command.list_commands(ctx):
            found = command.get_command(ctx, sub)
            if found is not None:
                yield from contexts(found, sub, ctx)


def anchor(path: str) -> str:
    """The anchor a markdown renderer gives the heading ``## PATH``."""
    return path.lower().replace(" ", "-")


def reference() -> str:
    """docs/commands.md as the commands give it now."""
    helps = [(ctx.command_path, ctx.command.get_help(ctx)) for ctx in contexts()]
    helps += printed()
    index = "".join(f"- [`{path}`](#{anchor(path)})\n" for path, _ in helps)
    sections = "".join(f"\n## {path}\n\n```text\n{text}\n```\n" for path, text in helps)
    return f"{HEAD}\n{index}{sections}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m smacalc.cli.docs", description="Write docs/commands.md from every command's --help."
    )
    parser.add_argument("path", nargs="?", type=Path, default=PATH, help=f"the reference (default: {PATH})")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs from --help now")
    args = parser.parse_args(argv)
    text = reference()
    if args.check:
        try:
            current = args.path.read_text(encoding="utf-8")
        except OSError as exc:
            print(f"{args.path}: {exc.strerror}", file=sys.stderr)
            return 1
        if current != text:
            print(f"{args.path} differs from --help: run python -m smacalc.cli.docs", file=sys.stderr)
            return 1
        return 0
    args.path.parent.mkdir(parents=True, exist_ok=True)
    args.path.write_text(text, encoding="utf-8")
    print(f"wrote {args.path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
