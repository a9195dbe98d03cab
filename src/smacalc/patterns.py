"""Regular expressions as the claim reader and its cues use them: compiled when first used, and
behind a lookahead for the characters a match can begin with, so a search passes every other place
of a text at once. Exactly what re.compile matches; tests/test_patterns.py holds them together."""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator
from typing import Any


class Pattern:
    """A regular expression compiled when first used: the claim reader and its cues hold dozens,
    of which one sentence needs a few (compiling them all costs a reader of one claim some 60 ms).
    It is compiled behind a lookahead for the characters a match can begin with (see ``compile``)."""

    __slots__ = ("_compiled", "_flags", "_text")

    def __init__(self, text: str, flags: int = 0) -> None:
        self._text, self._flags = text, flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        return self._compiled or self._compile()

    def _compile(self) -> re.Pattern[str]:
        self._compiled = compile(self._text, self._flags)
        return self._compiled

    @property
    def pattern(self) -> str:
        return self._text

    @property
    def flags(self) -> int:
        return self._flags

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self._compile()).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self._compile()).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return (self._compiled or self._compile()).fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return (self._compiled or self._compile()).finditer(string, pos, endpos)

    def sub(self, repl: Callable[[re.Match[str]], str] | str, string: str) -> str:
        return (self._compiled or self._compile()).sub(repl, string)


def compile(text: str, flags: int = 0) -> re.Pattern[str]:
    """``text`` compiled behind a lookahead for the characters a match can begin with, so that a
    search passes every other place of a text at once: Python's engine otherwise tries each
    alternative of a case-blind expression at every place, and the cues have dozens. It matches
    exactly what ``re.compile(text, flags)`` matches; where the standard library's (private) parser
    is not what this expects, it is that."""
    try:
        parser, compiler = importlib.import_module("re._parser"), importlib.import_module("re._compiler")
        plain = int(flags)  # as re.compile hands them on (flags of the enum are slow to combine)
        parsed = parser.parse(text, plain)
        first = starts(parsed)
        if first:
            gate = _word_gate(parsed) or f"(?=[{first}])"
            parsed.data[:0] = parser.parse(gate, plain).data
            return compiler.compile(parsed, plain)  # type: ignore[no-any-return]
    except Exception:  # anything unforeseen in a private module: compiled as it is
        pass
    return re.compile(text, flags)


# Alternatives that begin at a word's start (\bdemand) in an alternation: from this many on, the
# lookahead lets them be tried only at the start of a word.
WORD_GATE = 8


def _word_gate(parsed: Any) -> str | None:
    """For an alternation of many words ("\\bdemand|\\basked\\b|...|요구"): a lookahead that tries
    the alternatives that begin at a word's start only there, the others at the characters they
    begin with: ``(?:(?<!\\w)(?=[ad...])|(?=[요...]))``. A word character after \\b is one with no
    word character before it, so this matches what the expression matches. None for an expression
    that is no such alternation."""
    c = importlib.import_module("re._constants")
    items = list(parsed)
    if len(items) != 1 or items[0][0] is not c.BRANCH:
        return None
    at_word: set[str] = set()
    anywhere: set[str] = set()
    count = 0
    for alternative in items[0][1][1]:
        first = starts(alternative)
        if first is None:
            return None
        ops = list(alternative)
        if len(ops) > 1 and ops[0] == (c.AT, c.AT_BOUNDARY) and all(ch.isalnum() or ch == "_" for ch in first):
            at_word.update(first)
            count += 1
        else:
            anywhere.add(first)
    if count < WORD_GATE:
        return None
    gate = f"(?<!\\w)(?=[{''.join(sorted(at_word))}])"
    return f"(?:{gate}|(?=[{''.join(sorted(anywhere))}]))" if anywhere else gate


def starts(parsed: Any) -> str | None:
    """The characters a match of the ``parsed`` expression can begin with, as the inside of a
    character class (``\\d$₩``): a superset, read past what consumes nothing (``\\b``,
    lookbehinds) and what is optional. None where it cannot tell: a match may be empty or begin
    with any character, or a part sets flags of its own."""
    c = importlib.import_module("re._constants")
    categories = {c.CATEGORY_DIGIT: r"\d", c.CATEGORY_WORD: r"\w", c.CATEGORY_SPACE: r"\s"}

    def char(op: Any, av: Any) -> str | None:
        if op is c.LITERAL:
            return re.escape(chr(av))
        if op is c.RANGE:
            return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
        return categories.get(av) if op is c.CATEGORY else None

    def first(items: Any) -> set[str] | None:
        found: set[str] = set()
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # consumes nothing
            if op in (c.MAX_REPEAT, c.MIN_REPEAT):
                inner = first(av[2])
                if inner is None:
                    return None
                found |= inner
                if av[0] == 0:
                    continue  # optional: what follows may begin the match too
                return found
            if op is c.LITERAL or op is c.IN:
                chars = {char(op, av)} if op is c.LITERAL else {char(o, a) for o, a in av}
                return None if None in chars else found | chars  # type: ignore[operator]
            if op is c.SUBPATTERN and not av[1] and not av[2]:
                inner = first(av[3])
                return None if inner is None else found | inner
            if op is c.BRANCH:
                each = [first(alternative) for alternative in av[1]]
                return None if any(e is None for e in each) else found.union(*each)  # type: ignore[arg-type]
            return None
        return None  # it may match nothing

    found = first(parsed)
    return "".join(sorted(found)) if found else None
