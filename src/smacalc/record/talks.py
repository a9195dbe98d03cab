"""Pydantic models of the talks: the positions (demands and offers) and events of positions.toml
and events.toml.

Kept apart from models.py because only `gap --sma`, `history` and scenario files need them:
`project` starts faster when these classes are never built.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from smacalc.record.models import MoneyField, Pct, RecordDate


class Position(BaseModel):
    """A demand or an offer in the talks for an agreement: an amount, or a percentage increase over
    the amount then in force, for one year."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    sma: int = Field(ge=1, le=99)
    date: RecordDate
    party: Literal["US", "ROK"]
    description: str = Field(min_length=1)
    amount: MoneyField | None = None
    pct: Pct | None = None
    for_year: int = Field(ge=1950, le=2200)
    source: str = Field(min_length=1)
    note: str | None = None
    description_ko: str | None = Field(
        default=None, min_length=1, description="the description in Korean, where the source is Korean"
    )

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

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    sma: int = Field(ge=1, le=99)
    date: RecordDate
    end: RecordDate | None = None
    kind: Literal["round", "agreed", "signed", "ratified", "in_force", "statement"]
    place: str | None = None
    description: str = Field(min_length=1)
    source: str = Field(min_length=1)
    announced: bool = Field(default=False, description="the source announced the event before it took place")
    description_ko: str | None = Field(
        default=None, min_length=1, description="the description in Korean, where the source is Korean"
    )
    furlough: Literal["start", "end"] | None = Field(
        default=None, description="the first day of a furlough of Korean workers in a lapse, or the day they returned"
    )

    @model_validator(mode="after")
    def _ordered(self) -> Event:
        if self.end is not None and self.end < self.date:
            raise ValueError(f"end {self.end} is before date {self.date}")
        return self


class TalksFile(BaseModel):
    """positions.toml or events.toml of the bundled record."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    position: tuple[Position, ...] = ()
    event: tuple[Event, ...] = ()
