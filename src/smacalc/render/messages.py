"""What a person reads, by message: a report holds messages (``msg(id, **params)``) of the
catalogue (catalogue.py: every title, column header, caption line and column note, in English and
Korean), never finished text in one language; the renderer writes them in the language asked for
(``text(value, lang)``). csv, tsv, json and jsonl carry row keys and values only, so they never
change with the language.

A parameter is a string or number written as it is, another message (written in the same
language), a ``Join`` of them, or a Money (``1,038.9bn`` in English, ``1조389억원`` in Korean).
"""

from __future__ import annotations

from typing import NamedTuple

from smacalc.money import Money
from smacalc.render.catalogue import CATALOGUE as _MESSAGES
from smacalc.render.catalogue_bill import T
from smacalc.render.catalogue_check import AMOUNT, CHECK
from smacalc.render.catalogue_web import WEB
from smacalc.render.chart_text import CHART_MESSAGES
from smacalc.render.korean import money as korean_money
from smacalc.render.values import VALUES

CATALOGUE: dict[str, T] = {
    **_MESSAGES,
    **CHART_MESSAGES,
    **VALUES,
    **WEB,
    **CHECK,
    **AMOUNT,
}  # every message and every value, by id


class Message(NamedTuple):
    """A message of the catalogue and its parameters: what a report says, in no language yet.
    (NamedTuples, not dataclasses: immutable and hashable, and cheaper to define at start-up.)"""

    id: str
    params: tuple[tuple[str, object], ...] = ()

    def text(self, lang: str) -> str:
        template: str = getattr(CATALOGUE[self.id], lang)
        return template.format_map({key: param(value, lang) for key, value in self.params})


class Join(NamedTuple):
    """Several texts in a row, with the separator message ``sep`` between them."""

    items: tuple[object, ...]
    sep: str = "and"

    def text(self, lang: str) -> str:
        return text(msg(self.sep), lang).join(param(item, lang) for item in self.items)


Text = str | Message | Join


def msg(id: str, **params: object) -> Message:
    """The message ``id`` with its parameters; an id the catalogue lacks fails here, at once."""
    if id not in CATALOGUE:
        raise KeyError(f"no message {id!r} in the catalogue")
    return Message(id, tuple(params.items()))


def param(value: object, lang: str) -> str:
    """A parameter, or a table cell, in ``lang``."""
    if isinstance(value, Message | Join):
        return value.text(lang)
    if isinstance(value, Money):
        return korean_money(value.amount, value.currency) if lang == "ko" else value.human()
    return str(value)


def text(value: Text, lang: str) -> str:
    """A title, header, note or caption line in ``lang``: a message, or text that is the same in
    every language (a number, a source id)."""
    return value if isinstance(value, str) else value.text(lang)


def value_text(key: str, value: str, lang: str) -> str:
    """A row's value as a person reads it in ``lang``: the message ``v.{key}.{value}`` where the
    catalogue has one, else the value as it is (an id, a code)."""
    found = CATALOGUE.get(f"v.{key}.{value}")
    return value if found is None else str(getattr(found, lang))
