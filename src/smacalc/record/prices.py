"""Pydantic models of the exchange rates and price levels of the record.

Kept apart from models.py because only conversions (--in, gap) and real terms (--real) need them:
the other commands start faster when these classes are never built.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field


class ExchangeRate(BaseModel):
    """One year's average exchange rate, won per US dollar."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    year: int = Field(ge=1950, le=2200)
    krw_per_usd: Annotated[Decimal, Field(ge=1, le=100_000, allow_inf_nan=False)]  # as --rate takes
    source: str = Field(min_length=1)
    note: str | None = None


class PriceLevel(BaseModel):
    """One year's average of a consumer price index, the level real terms are computed from."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    series: Literal["kr_cpi", "us_cpi"]
    year: int = Field(ge=1950, le=2200)
    level: Annotated[Decimal, Field(ge=1, le=100_000, allow_inf_nan=False)]
    source: str = Field(min_length=1)
    note: str | None = None
