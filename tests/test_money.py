from decimal import Decimal

import pytest

from smacalc.errors import InputError
from smacalc.money import Money, parse_money, parse_positive_money, plain

FIVE_BILLION_USD = Money(Decimal("5000000000"), "USD")
TENTH_SMA_2019 = Money(Decimal("1038900000000"), "KRW")


@pytest.mark.parametrize("text", ["5B USD", "$5 billion", "5bn USD", "$5,000,000,000", "5000M USD", "US$5bn"])
def test_dollar_forms(text: str) -> None:
    assert parse_money(text) == FIVE_BILLION_USD


@pytest.mark.parametrize(
    "text",
    ["1.0389T KRW", "₩1.0389 trillion", "1조389억원", "1조 389억", "10389억원", "1038900000000 KRW", "1,038.9bn won"],
)
def test_won_forms(text: str) -> None:
    assert parse_money(text) == TENTH_SMA_2019


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4.7bn USD", Money(Decimal("4700000000"), "USD")),
        ("$870 million", Money(Decimal("870000000"), "USD")),
        ("870M USD", Money(Decimal("870000000"), "USD")),
        ("1183300000000 KRW", Money(Decimal("1183300000000"), "KRW")),
        ("15192억원", Money(Decimal("1519200000000"), "KRW")),
        ("$1.25", Money(Decimal("1.25"), "USD")),
    ],
)
def test_other_forms(text: str, expected: Money) -> None:
    assert parse_money(text) == expected


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("5 bilion USD", "cannot read 'bilion'"),
        ("5B", "has no currency"),
        ("5B EUR", "cannot read"),
        ("", "empty amount"),
        ("abc", "cannot read amount"),
        ("$1.005", "finer than one cent"),
        ("1.5 KRW", "finer than one won"),
        ("$5B KRW", "names two currencies"),
        ("389억 1조", "units out of order"),
    ],
)
def test_refusals_name_an_accepted_form(text: str, fragment: str) -> None:
    with pytest.raises(InputError, match=fragment):
        parse_money(text)


def test_zero_is_refused_where_an_amount_must_be_positive() -> None:
    with pytest.raises(InputError, match="greater than zero"):
        parse_positive_money("0 USD")


def test_round_trip_through_str() -> None:
    for money in (FIVE_BILLION_USD, TENTH_SMA_2019, Money(Decimal("891.10"), "USD")):
        assert parse_money(str(money)) == money


def test_half_up_rounding_to_100_million_won() -> None:
    unit = Decimal("1E8")
    assert Money(Decimal("1455050000000"), "KRW").round_to(unit).amount == Decimal("1455100000000")
    assert Money(Decimal("1455049999999"), "KRW").round_to(unit).amount == Decimal("1455000000000")


def test_one_display_rule_for_tables() -> None:
    assert TENTH_SMA_2019.human() == "₩1,038.9bn"
    assert Money(Decimal("150000000"), "USD").human() == "$150M"
    assert FIVE_BILLION_USD.human() == "$5.0bn"
    assert Money(Decimal("891146486.67"), "USD").human() == "$891.1M"  # 2019 in dollars, not $891,146,486.67
    assert Money(Decimal("1217965224298"), "KRW").human() == "₩1,218.0bn"
    assert Money(Decimal("1122200344.05"), "USD").human() == "$1.122bn"
    assert Money(Decimal("53305263"), "KRW").human() == "₩53.31M"  # 2026 per troop
    assert Money(Decimal("39375.45"), "USD").human() == "$39,375"
    assert Money(Decimal("999960000"), "USD").human() == "$1.0bn"
    assert Money(Decimal("-607100000000"), "KRW").human() == "-₩607.1bn"
    assert plain(Decimal("5.0")) == "5.0"
    assert plain(Decimal("1.5192E+12")) == "1519200000000"
