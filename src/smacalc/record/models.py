"""Pydantic models of the record: sources, agreements and their escalation rules, index series."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
    field_validator,
    model_validator,
)

from smacalc.money import RULE_UNIT, Money, parse_money

SERIES = ("cpi", "defense_growth", "us_cpi")
Series = Literal["cpi", "defense_growth", "us_cpi"]
# The price level that deflates each currency, and the inflation series that extends it.
PRICE_LEVELS: dict[str, tuple[str, str]] = {"KRW": ("kr_cpi", "cpi"), "USD": ("us_cpi", "us_cpi")}


def _coerce_money(value: Any) -> Money:
    if isinstance(value, Money):
        return value
    if isinstance(value, str):
        return parse_money(value)
    if isinstance(value, dict) and set(value) == {"amount", "currency"}:
        return parse_money(f"{value['amount']} {value['currency']}")
    raise ValueError(f"expected an amount such as '15192억원' or '150M USD', got {value!r}")


MoneyField = Annotated[
    Money,
    PlainValidator(_coerce_money),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": "An amount with its currency",
            "examples": ["1.7T KRW", "15192억원", "150M USD", "$5 billion"],
        }
    ),
]

Pct = Annotated[Decimal, Field(gt=-100, le=100, allow_inf_nan=False)]


class Frozen(BaseModel):
    """Every year after the first repeats the previous year's amount."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    kind: Literal["frozen"] = "frozen"


class Fixed(BaseModel):
    """A fixed percentage a year."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    kind: Literal["fixed"] = "fixed"
    pct: Pct


class IndexLinked(BaseModel):
    """The rate of an index series ``lag`` years before the year paid, rounded to 0.1 point, plus
    ``add_pct``, then held between ``floor_pct`` and ``cap_pct``."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    kind: Literal["index_linked"] = "index_linked"
    index: Series
    lag: int = Field(ge=0, le=5)
    add_pct: Pct = Decimal(0)
    cap_pct: Pct | None = None
    floor_pct: Pct | None = None

    @model_validator(mode="after")
    def _floor_below_cap(self) -> IndexLinked:
        if self.cap_pct is not None and self.floor_pct is not None and self.floor_pct > self.cap_pct:
            raise ValueError("floor_pct is above cap_pct")
        return self


class Negotiated(BaseModel):
    """Each year's amount was negotiated: the agreement lists it in ``schedule``."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    kind: Literal["negotiated"] = "negotiated"


Rule = Annotated[Frozen | Fixed | IndexLinked | Negotiated, Field(discriminator="kind")]


class Note(BaseModel):
    """A remark on a figure: typically another source's different figure."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    text: str = Field(min_length=1)
    source: str | None = None


class Previous(BaseModel):
    """The year before, in the currency of a year whose agreement changed the currency of payment,
    as a source reckons it: the year's change is from this amount."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    amount: MoneyField
    text: str = Field(min_length=1)
    source: str


class YearAmount(BaseModel):
    """An amount for one year, with its source and notes (e.g. another source's figure)."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    year: int = Field(ge=1950, le=2200)
    amount: MoneyField
    source: str | None = None
    notes: tuple[Note, ...] = ()
    previous: Previous | None = None

    @field_validator("amount")
    @classmethod
    def _positive(cls, value: Money) -> Money:
        if value.currency not in RULE_UNIT:
            raise ValueError(f"{value} is in {value.currency}; agreements are set in won (KRW) or US dollars (USD)")
        if value.amount <= 0:
            raise ValueError("amount must be greater than zero")
        return value

    @model_validator(mode="after")
    def _previous_in_its_currency(self) -> YearAmount:
        if self.previous is not None and self.previous.amount.currency != self.amount.currency:
            raise ValueError(f"previous: {self.previous.amount} is not in {self.amount.currency}, the year's currency")
        return self


class MethodYear(BaseModel):
    """A rule-governed year whose amount no source publishes, but whose method of computation a
    publisher states (the rule of the agreement): the amount shown is the rule's, cited to it."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    year: int = Field(ge=1950, le=2200)
    source: str = Field(min_length=1)
    notes: tuple[Note, ...] = ()


_YEARS = re.compile(r"^\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*$")
DATE_FORM = re.compile(r"\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?")


def _check_date(value: str | None) -> str | None:
    if value is not None and not DATE_FORM.fullmatch(value):
        raise ValueError(f"date {value!r} must be YYYY-MM-DD, or YYYY-MM when the day is not on record")
    if value is not None and len(value) == 10:
        import datetime

        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"date {value!r} is not a day of the calendar") from None
    return value


RecordDate = Annotated[str, AfterValidator(_check_date)]


class Agreement(BaseModel):
    """One Special Measures Agreement: its years, first-year amount and escalation rule."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    number: int = Field(ge=1, le=99)
    name: str = Field(min_length=1)
    signed: RecordDate | None = Field(default=None, description="YYYY-MM-DD, or YYYY-MM where the day is not on record")
    signed_source: str | None = Field(
        default=None, description="the source of the signing; default: the first of sources"
    )
    years: str = Field(description="first and last year paid, e.g. '2026-2030', or one year")
    first_year: YearAmount
    rule: Rule
    rule_text: str | None = None
    schedule: tuple[YearAmount, ...] = Field(default=(), description="negotiated amounts for later years")
    published: tuple[YearAmount, ...] = Field(default=(), description="official amounts of rule-governed years")
    method: tuple[MethodYear, ...] = Field(
        default=(), description="rule-governed years with no published amount whose method a publisher states"
    )
    rounding: MoneyField | None = Field(default=None, description="rounding unit; default ₩100 million or $1 million")
    sources: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    scenario: Literal["agreement", "rule"] | None = Field(
        default=None, description="set by smacalc: the agreement, or only its rule, comes from a scenario file"
    )

    @field_validator("years")
    @classmethod
    def _years_form(cls, value: str) -> str:
        m = _YEARS.match(value)
        if not m:
            raise ValueError("years must look like '2026-2030' or '2019'")
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        if last < first:
            raise ValueError("years run backwards")
        if not (first >= 1950 and last <= 2200 and last - first < 50):
            raise ValueError("years must lie within 1950-2200 and span at most 50 years")
        return f"{first}-{last}" if last != first else str(first)

    @property
    def first(self) -> int:
        return int(self.years.split("-")[0])

    @property
    def last(self) -> int:
        return int(self.years.split("-")[-1])

    @property
    def currency(self) -> str:
        return self.first_year.amount.currency

    @property
    def unit(self) -> Decimal:
        return self.rounding.amount if self.rounding else RULE_UNIT[self.currency]

    def set_amount(self, year: int) -> YearAmount | None:
        """The amount the agreement itself sets for ``year`` (first year or schedule), if any."""
        if year == self.first_year.year:
            return self.first_year
        return next((entry for entry in self.schedule if entry.year == year), None)

    def published_amount(self, year: int) -> YearAmount | None:
        return self.set_amount(year) or next((e for e in self.published if e.year == year), None)

    def method_of(self, year: int) -> MethodYear | None:
        """The publisher's statement of how ``year``'s amount is computed, when no amount is published."""
        return next((e for e in self.method if e.year == year), None)

    @model_validator(mode="after")
    def _consistent(self) -> Agreement:
        if self.rounding is not None and (
            self.rounding.currency != self.currency or not 0 < self.rounding.amount <= self.first_year.amount.amount
        ):
            raise ValueError(
                f"rounding {self.rounding} must be in {self.currency}, above zero and at most the first year's amount"
            )
        if self.first_year.year != self.first:
            raise ValueError(f"first_year.year {self.first_year.year} is not the first of years {self.years}")
        seen: set[int] = set()
        for field, entries in (("schedule", self.schedule), ("published", self.published)):
            for entry in entries:
                if not self.first < entry.year <= self.last:
                    raise ValueError(f"{field} year {entry.year} is outside years {self.years} (after the first)")
                if entry.year in seen:
                    raise ValueError(f"year {entry.year} is given twice")
                seen.add(entry.year)
                if entry.amount.currency != self.currency:
                    raise ValueError(f"{field} year {entry.year} is in {entry.amount.currency}, not {self.currency}")
        for stated in self.method:
            if not self.first < stated.year <= self.last or stated.year in seen or isinstance(self.rule, Negotiated):
                raise ValueError(f"method year {stated.year} is not a rule-governed year without an amount")
            seen.add(stated.year)
        if isinstance(self.rule, Negotiated):
            missing = [y for y in range(self.first + 1, self.last + 1) if self.set_amount(y) is None]
            if missing:
                raise ValueError(f"rule is negotiated but schedule has no amount for {missing}")
        return self


class Source(BaseModel):
    """A publication that a figure comes from: its own ``title`` where known, else ``about``, a
    description of what it reports."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    publisher: str = Field(min_length=1)
    title: str | None = Field(default=None, min_length=1)
    about: str | None = Field(default=None, min_length=1)
    date: str | None = None
    url: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _titled(self) -> Source:
        if self.title is None and self.about is None:
            raise ValueError("a source needs a title or an about")
        return self


class IndexValue(BaseModel):
    """One year's value of an index series, in percent, as published."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    series: Series
    year: int = Field(ge=1950, le=2200)
    pct: Pct
    source: str = Field(min_length=1)
    note: str | None = None


class DefaultAssumption(BaseModel):
    """The value used for a year whose index value is not published, unless the user gives one."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    pct: Pct
    reason: str = Field(min_length=1)
    reason_ko: str | None = Field(default=None, min_length=1)  # the reason in Korean, for --lang ko
    source: str | None = None


class Defaults(BaseModel):
    """defaults.toml: assumed index values."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    index: dict[Series, DefaultAssumption]
