"""The errors smacalc raises on purpose; the CLI turns each into one line and an exit code."""

from __future__ import annotations


class SmacalcError(Exception):
    """Base class. ``exit_code`` is what the command-line tool exits with."""

    exit_code = 1


class InputError(SmacalcError, ValueError):
    """A value given by the user cannot be read or is out of range (exit 2)."""

    exit_code = 2


class DataError(SmacalcError):
    """A data file is missing, malformed or inconsistent, or the record lacks a figure (exit 1)."""

    exit_code = 1


class AuditFailure(SmacalcError):
    """``audit`` found a year whose rule does not reproduce the official amount (exit 1)."""

    exit_code = 1


class OutputError(SmacalcError):
    """Output cannot be written: a full disk, a closed stream, a file that cannot be replaced (exit 1)."""

    exit_code = 1


def signal_within(error: BaseException) -> BaseException | None:
    """The signal's exception (KeyboardInterrupt, or smacalc's own for SIGTERM) that ``error`` was
    raised from, if any: Python wraps one raised while a class is made (in ``__set_name__``, as
    pydantic's models use it) in a RuntimeError."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if not isinstance(cause, (Exception, SystemExit, GeneratorExit)):
            return cause
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return None
