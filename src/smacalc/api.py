"""The boundary of ``import smacalc``: each public function's arguments checked against its
annotations before it runs, so a notebook's mistake is an InputError naming the argument, never a
bare TypeError, AttributeError or KeyError from deep inside. Whole numbers are taken where a
Decimal is asked for (``cpi=3``); floats never are (0.1 is not a tenth). The command line calls
the stages directly and does not pass through here."""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

from smacalc.errors import InputError

F = TypeVar("F", bound=Callable[..., Any])


def checked(function: F) -> F:
    """``function``, its arguments checked (and whole numbers made Decimals) before it runs."""
    signature = inspect.signature(function)
    hints = typing.get_type_hints(function)

    @functools.wraps(function)
    def call(*args: Any, **kwargs: Any) -> Any:
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError as exc:
            raise InputError(f"{function.__name__}(): {exc}") from None
        for name, value in bound.arguments.items():
            if name in hints:
                bound.arguments[name] = _value(function.__name__, name, hints[name], value)
        return function(*bound.args, **bound.kwargs)

    return call  # type: ignore[return-value]


def _value(function: str, name: str, hint: Any, value: Any) -> Any:
    ok, converted = _fits(hint, value)
    if not ok:
        raise InputError(f"{function}(): {name} must be {_describe(hint)}, not {value!r}")
    return converted


def _fits(hint: Any, value: Any) -> tuple[bool, Any]:
    """Whether ``value`` is of ``hint``, and the value to pass (an int made a Decimal)."""
    origin = typing.get_origin(hint)
    if hint is Any:
        return True, value
    if origin in (typing.Union, types.UnionType):
        for option in typing.get_args(hint):
            ok, converted = _fits(option, value)
            if ok:
                return True, converted
        return False, value
    if origin is typing.Literal:
        return value in typing.get_args(hint), value
    if hint is type(None):
        return value is None, value
    if hint is Decimal:
        if isinstance(value, int) and not isinstance(value, bool):
            return True, Decimal(value)
        return isinstance(value, Decimal) and value.is_finite(), value
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool), value
    if hint is dt.date:
        return isinstance(value, dt.date), value
    if origin in (tuple, Sequence) or hint in (tuple,):
        return isinstance(value, (tuple, list)), value
    if origin is Mapping:
        return isinstance(value, Mapping), value
    if isinstance(hint, type):
        return isinstance(value, hint), value
    return True, value  # a hint too rich to check here: the function checks it


def _describe(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_describe(option) for option in typing.get_args(hint))
    if origin is typing.Literal:
        return " or ".join(repr(option) for option in typing.get_args(hint))
    if hint is type(None):
        return "None"
    if hint is Decimal:
        return "a Decimal or a whole number (Decimal('3.5'), never a float)"
    if hint is int:
        return "a whole number"
    if origin is not None:
        return f"a {getattr(origin, '__name__', origin)}"
    return f"a {getattr(hint, '__name__', hint)}"
