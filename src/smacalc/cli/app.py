"""The click group and the policy every command runs under: an error is one line on stderr and an
exit code (0 success; 1 a data or domain failure; 2 a usage error; 130 interrupted); --debug (or
SMACALC_DEBUG=1) adds the traceback; a reader that goes away (``| head``) ends the run quietly.
"""

from __future__ import annotations

import decimal
import io
import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from smacalc import __version__
from smacalc.errors import SmacalcError


def _debug_wanted(args: Sequence[str]) -> bool:
    return "--debug" in args or os.environ.get("SMACALC_DEBUG", "") not in ("", "0")


def one_line(message: str) -> str:
    """The message on one line, whatever the input held: control characters are escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


def _fail(message: str, code: int, debug: bool) -> int:
    if debug:
        import traceback

        traceback.print_exc()
    click.echo(f"smacalc: error: {one_line(message)}", err=True)
    return code


def _quiet_broken_pipe() -> int:
    """The reader went away (``| head``): stop quietly, and keep Python from complaining at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 0


class SmacalcGroup(click.Group):
    """Runs every command under one policy: errors become one line and an exit code."""

    def main(  # type: ignore[override]
        self, args: Sequence[str] | None = None, prog_name: str | None = None, **extra: Any
    ) -> None:
        argv = list(sys.argv[1:] if args is None else args)
        debug = _debug_wanted(argv)
        extra.pop("standalone_mode", None)
        try:
            result = super().main(argv, "smacalc", standalone_mode=False, **extra)
            code = result if isinstance(result, int) else 0
            sys.stdout.flush()
        except click.exceptions.UsageError as exc:
            message = exc.format_message()
            if exc.ctx is not None and "No such command" not in message:
                message = f"{exc.ctx.command_path}: {message}"
            code = _fail(message, 2, debug)
        except click.exceptions.Abort:
            code = _fail("interrupted", 130, debug)
        except click.ClickException as exc:
            code = _fail(exc.format_message(), exc.exit_code, debug)
        except SmacalcError as exc:
            code = _fail(str(exc), exc.exit_code, debug)
        except decimal.DecimalException:
            code = _fail("a value is too large or too small to compute with; give a smaller one", 2, debug)
        except BrokenPipeError:
            code = _quiet_broken_pipe()
        except KeyboardInterrupt:
            code = _fail("interrupted", 130, debug)
        sys.exit(code)


@click.group(cls=SmacalcGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="smacalc", message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, help="Show the traceback of an error.")
def cli(debug: bool) -> None:
    """The US-South Korea Special Measures Agreements: what Korea paid, and will pay, for US troops.

    Every amount carries its source and basis: official (published), rule (computed by the
    agreement's rule from published index values) or projected (from an assumed index value).
    """


def main() -> None:
    # Output is flushed where it matters (at the end, and in a batch before each read of input),
    # so rows are buffered even under PYTHONUNBUFFERED: one write per row would cost a system
    # call each.
    if not sys.stdout.isatty() and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(line_buffering=False, write_through=False)
    cli.main()
