"""Pydantic models of the talks (positions and events) and of scenario files (--data).

Kept apart from models.py because only some commands need them: `project` starts faster when
these classes are never built.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from smacalc.models import Agreement, MoneyField, Pct, RecordDate, Rule, Series, Source


class Position(BaseModel):
    """A demand or an offer in the talks for an agreement: an amount, or a percentage increase over
    the amount then in force, for one year."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    sma: int = Field(ge=1, le=99)
    date: RecordDate
    party: Literal["US", "ROK"]
    description: str = Field(min_length=1)
    amount: MoneyField | None = None
    pct: Pct | None = None
    for_year: int = Field(ge=1950, le=2200)
    source: str = Field(min_length=1)
    note: str | None = None

    @model_validator(mode="after")
    def _stated(self) -> Position:
        if self.amount is None and self.pct is None:
            raise ValueError("a position needs an amount or a pct")
        if self.amount is not None and self.amount.amount <= 0:
            raise ValueError(f"amount {self.amount} must be greater than zero")
        return self

    @property
    def year(self) -> int:
        return int(self.date[:4])


class Event(BaseModel):
    """A dated step in the talks: a round, an agreement in principle, ratification, a statement."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    sma: int = Field(ge=1, le=99)
    date: RecordDate
    end: RecordDate | None = None
    kind: Literal["round", "agreed", "signed", "ratified", "in_force", "statement"]
    place: str | None = None
    description: str = Field(min_length=1)
    source: str = Field(min_length=1)

    @model_validator(mode="after")
    def _ordered(self) -> Event:
        if self.end is not None and self.end < self.date:
            raise ValueError(f"end {self.end} is before date {self.date}")
        return self


class TalksFile(BaseModel):
    """positions.toml or events.toml of the bundled record."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    position: tuple[Position, ...] = ()
    event: tuple[Event, ...] = ()


class IndexAssumption(BaseModel):
    """An index value a scenario assumes: for one year (published or not), or, with no year, for
    every year not published. The command line's --cpi / --defense-growth take precedence."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    series: Series
    year: int | None = Field(default=None, ge=1950, le=2200)
    pct: Pct


class ScenarioFile(BaseModel):
    """A data file: the bundled record's files, or a user's scenario (--data). A scenario adds
    agreements (a number already in the record replaces that agreement), replaces rules by
    agreement number, assumes index values, and adds positions, events and sources."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    agreement: tuple[Agreement, ...] = ()
    rules: dict[int, Rule] = Field(default={}, description="replacement escalation rules, by agreement number")
    index: tuple[IndexAssumption, ...] = ()
    position: tuple[Position, ...] = ()
    event: tuple[Event, ...] = ()
    sources: dict[str, Source] = {}
