"""The click group and the policy every command runs under: an error is one line on stderr and an
exit code (0 success; 1 a data or domain failure; 2 a usage error; 130 interrupted); --debug (or
SMACALC_DEBUG=1) adds the traceback; a reader that goes away (``| head``) ends the run quietly.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import io
import itertools
import os
import signal
import sys
from collections.abc import Sequence
from typing import Any

import click

from smacalc import __version__
from smacalc.cli.lazy import encoding
from smacalc.errors import SmacalcError, signal_within


def _debug_wanted(args: Sequence[str]) -> bool:
    return "--debug" in args or os.environ.get("SMACALC_DEBUG", "") not in ("", "0")


def one_line(message: str) -> str:
    """The message on one line, whatever the input held: control characters are escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in message)


def _fail(message: str, code: int, debug: bool) -> int:
    """Say what went wrong on stderr, where stderr can still be written, and give the exit code."""
    if debug:
        import traceback

        traceback.print_exc()
    say(f"error: {message}")
    return code


def say(line: str) -> None:
    """One line on stderr, ``smacalc: LINE``, in the terminal's own encoding (click would write
    UTF-8 to a terminal it thinks misconfigured), where stderr can still be written."""
    if sys.stderr is not None:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"smacalc: {one_line(line)}\n")
            sys.stderr.flush()


def _silence_stdout() -> None:
    """Send what is left of stdout to the null device, so Python's flush at exit stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - the process ends with it


class ClosedStream(io.TextIOBase):
    """What stdout is when the process was started without one (``>&-``, some daemons): writing
    fails with EBADF, so a command that prints fails with one line; one that prints nothing
    (chart --svg) succeeds."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def flush(self) -> None:
        pass


class Carried(Exception):
    """An OSError raised by a command, carried past click's own handling of it (which ends a broken
    pipe with exit 1) to the policy below."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def _output_failed(error: OSError, debug: bool) -> int:
    """A write failed (every read smacalc makes turns its own failures into a DataError). A reader
    that went away (``| head``) ends the run quietly with 0; any other failure (a full disk, a
    closed stream) is one line and exit 1."""
    _silence_stdout()
    if isinstance(error, BrokenPipeError):
        return 0
    return _fail(f"cannot write output: {error.strerror or error}", 1, debug)


def _negative_troops(argv: list[str]) -> str | None:
    """The usage error of ``--per-troop -5``: its value is optional, so the parser would take
    ``-5`` for an unknown option; it is a count below 1, and said so."""
    for before, arg in itertools.pairwise(argv):
        if before == "--per-troop" and arg[:1] == "-" and arg[1:].replace(",", "").isdigit():
            command = next((a for a in argv if not a.startswith("-")), "")
            return f"{command}: --per-troop: {arg!r}: the number of troops must be at least 1; give one such as 28500"
    return None


def usage_message(exc: click.exceptions.UsageError) -> str:
    """A usage error as ``COMMAND: OPTION: what is wrong``: ``gap: --demand: cannot read amount ...``."""
    message = exc.format_message()
    if isinstance(exc, click.BadParameter) and not isinstance(exc, click.MissingParameter):
        param = exc.param
        hint = "/".join(param.opts) if isinstance(param, click.Option) else exc.param_hint
        if param is not None and not isinstance(param, click.Option):
            hint = param.human_readable_name
        message = f"{hint}: {exc.message}" if hint else exc.message
    command = exc.ctx.command_path.removeprefix("smacalc").strip() if exc.ctx is not None else ""
    if command and "No such command" not in message:
        message = f"{command}: {message}"
    return message


class SmacalcGroup(click.Group):
    """Runs every command under one policy: errors become one line and an exit code."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)  # --help and --version print from here
        except OSError as exc:
            raise Carried(exc) from exc
        except KeyboardInterrupt:
            raise Interrupted from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except OSError as exc:
            raise Carried(exc) from exc
        except KeyboardInterrupt:
            raise Interrupted from None  # past click's own handler, which writes a blank line

    def main(  # type: ignore[override]
        self, args: Sequence[str] | None = None, prog_name: str | None = None, **extra: Any
    ) -> None:
        argv = list(sys.argv[1:] if args is None else args)
        _TERMINATED.clear()
        debug = _debug_wanted(argv)
        extra.pop("standalone_mode", None)
        negative = _negative_troops(argv)
        if negative is not None:
            sys.exit(_fail(negative, 2, debug))
        try:
            try:
                result = super().main(argv, "smacalc", standalone_mode=False, **extra)
                code = result if isinstance(result, int) else 0
                sys.stdout.flush()
            except OSError as exc:
                raise Carried(exc) from exc
        except Carried as carried:
            code = _output_failed(carried.error, debug)
        except click.exceptions.NoArgsIsHelpError as exc:  # `smacalc` alone: the help, as --help gives it
            click.echo(exc.ctx.get_help() if exc.ctx is not None else exc.format_message())
            code = 0
        except click.exceptions.UsageError as exc:
            code = _fail(usage_message(exc), 2, debug)
        except click.exceptions.Abort:
            code = _fail("interrupted", 130, debug)
        except click.ClickException as exc:
            code = _fail(exc.format_message(), exc.exit_code, debug)
        except SmacalcError as exc:
            code = _fail(str(exc), exc.exit_code, debug)
        except (KeyboardInterrupt, Interrupted, Terminated) as ended:
            code = _ended_by(ended, debug)
        except RecursionError:
            code = _fail("input nested too deeply to read", 1, debug)
        except MemoryError:
            code = _fail("out of memory", 1, debug)
        except Exception as exc:
            # a signal wrapped by Python, or by a library that keeps no chain (pydantic-core's SchemaError, as a
            # SIGTERM comes while it builds a serializer); else a bug: one line, the traceback with --debug
            wrapped = signal_within(exc) or (_TERMINATED[-1] if _TERMINATED else None)
            if wrapped is not None:
                code = _ended_by(wrapped, debug)
            else:
                code = _fail(f"internal error ({type(exc).__name__}: {exc}); please report it, with --debug", 1, debug)
        sys.exit(code)


def _ended_by(signal_error: BaseException, debug: bool) -> int:
    """The one line and exit code of a process ended by Ctrl-C or SIGTERM."""
    _ending_signals_ignored()
    if isinstance(signal_error, Terminated):
        return _fail("terminated", 143, debug)
    if sys.stderr is not None and sys.stderr.isatty():
        sys.stderr.write("\n")  # past the ^C the terminal shows
    return _fail("interrupted", 130, debug)


@click.group(cls=SmacalcGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="smacalc", message="%(prog)s %(version)s")
@click.option("--debug", is_flag=True, help="Show the traceback of an error.")
@click.option(
    "--lang",
    type=click.Choice(["en", "ko"], case_sensitive=False),
    default=None,
    help="Language of tables and captions for the command that follows (smacalc --lang ko project), as its own --lang.",
)
@click.pass_context
def cli(ctx: click.Context, debug: bool, lang: str | None) -> None:
    """The US-South Korea Special Measures Agreements: what Korea paid, and will pay, for US troops.

    Every amount carries its source and basis: official (published), rule (computed by the
    agreement's rule from published index values) or projected (from an assumed index value).

    \b
    Start here:
      smacalc project --sma 11          what Korea paid under the 11th SMA, 2020-2025
      smacalc project --sma 12 --cpi 3  the 12th SMA to 2030 if inflation runs at 3%
      smacalc gap --sma 11              the US demands and Korean offers of the talks
      smacalc sources mnd-wp-2018       where a figure comes from
      smacalc COMMAND --help            each command's options and examples
    """
    ctx.meta[LANG_KEY] = lang


LANG_KEY = "smacalc.lang"  # ctx.meta: the --lang given before the command


class Interrupted(BaseException):
    """Ctrl-C, carried past click's handling of KeyboardInterrupt to the policy above."""


class Terminated(BaseException):
    """SIGTERM, raised where the process is, so that files being written are removed and rows
    already written are flushed whole (the default action would end the process mid-row)."""


# The SIGTERM raised by the handler in this run, kept: a library may raise an error of its own in its place.
_TERMINATED: list[Terminated] = []


def _terminated(signum: int, frame: Any) -> None:
    _TERMINATED.append(Terminated())
    raise _TERMINATED[-1]


def _encodable(stream: Any) -> None:
    """A stream in an encoding other than UTF-8 (cp949, EUC-KR, ASCII...) writes what it cannot
    encode in the nearest form it can, never fails on it; csv and json are written in UTF-8
    whatever the stream's encoding (see emit)."""
    if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
        stream.reconfigure(errors=encoding.register())


def _ending_signals_ignored() -> None:
    """From here the process only ends: a further Ctrl-C or SIGTERM would add a line or change the
    exit code already chosen."""
    for name in ("SIGINT", "SIGTERM"):
        with contextlib.suppress(ValueError, OSError):  # ValueError: not the main thread
            signal.signal(getattr(signal, name), signal.SIG_IGN)


def main() -> None:
    try:
        signal.signal(signal.SIGTERM, _terminated)
        if sys.stdout is None:
            sys.stdout = ClosedStream()
        _encodable(sys.stdout)
        _encodable(sys.stderr)
        # Output is flushed where it matters (at the end, and in a batch before each read of
        # input), so rows are buffered even under PYTHONUNBUFFERED: one write per row would cost a
        # system call each.
        if not sys.stdout.isatty() and isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(line_buffering=False, write_through=False)
        cli.main()
        code = 0  # pragma: no cover - cli.main always exits
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    except (KeyboardInterrupt, Interrupted, Terminated) as ended:  # before the policy of cli.main is in place
        code = _ended_by(ended, False)
    _ending_signals_ignored()
    code = close_standard_streams(code)
    if code == 130:
        # A Ctrl-C that came while exec() ran a string (dataclasses and namedtuple build their
        # methods so) leaves a flag in the interpreter that makes it end by SIGINT whatever
        # SystemExit says; everything is written and closed, so end here with the code chosen.
        os._exit(code)
    raise SystemExit(code)


def close_standard_streams(code: int) -> int:
    """Flush and close stdout and stderr before the process ends, so that the interpreter has
    nothing left to flush at exit (a failed flush there would replace the exit code with 120), and
    give the exit code: ``code``, or 1 where output that was to succeed could not be written."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name, None)
        if stream is None:
            continue
        try:
            stream.flush()
        except BrokenPipeError:
            pass
        except (OSError, ValueError):
            if name == "stdout" and code == 0:
                say("error: cannot write output")
                code = 1
        with contextlib.suppress(OSError, ValueError):
            stream.close()
        setattr(sys, name, None)
    return code
