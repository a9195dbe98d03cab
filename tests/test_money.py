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
    [
        "1.0389T KRW",
        "₩1.0389 trillion",
        "W1.0389 trillion",
        "1조389억원",
        "1조 389억",
        "10389억원",
        "1038900000000 KRW",
        "1,038.9bn won",
    ],
)
def test_won_forms(text: str) -> None:
    assert parse_money(text) == TENTH_SMA_2019


def usd(amount: str) -> Money:
    return Money(Decimal(amount), "USD")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Korean dollar forms, as Korean articles write them
        ("50억 달러", FIVE_BILLION_USD),
        ("50억달러", FIVE_BILLION_USD),
        ("50억불", FIVE_BILLION_USD),
        ("미화 50억 달러", FIVE_BILLION_USD),
        ("8억7천만 달러", usd("870000000")),
        ("9억2500만 달러", usd("925000000")),
        ("2천5백만 달러", usd("25000000")),
        ("500달러", usd("500")),
        # won with 천/백
        ("1조 5천억 원", Money(Decimal("1500000000000"), "KRW")),
        ("5천억원", Money(Decimal("500000000000"), "KRW")),
        ("1조5192억원", Money(Decimal("1519200000000"), "KRW")),
        ("9,602억원", Money(Decimal("960200000000"), "KRW")),
        ("1.1833조원", Money(Decimal("1183300000000"), "KRW")),
        ("KRW 1.5 trillion", Money(Decimal("1500000000000"), "KRW")),
        ("1.5 trillion won", Money(Decimal("1500000000000"), "KRW")),
        ("US$1.3 billion", usd("1300000000")),
        # euros, yuan, yen
        ("€910 million", Money(Decimal("910000000"), "EUR")),
        ("910 million euros", Money(Decimal("910000000"), "EUR")),
        ("EUR 910m", Money(Decimal("910000000"), "EUR")),
        ("63 billion yuan", Money(Decimal("63000000000"), "CNY")),
        ("CNY 6.3bn", Money(Decimal("6300000000"), "CNY")),
        ("RMB 6.3bn", Money(Decimal("6300000000"), "CNY")),
        ("63억 위안", Money(Decimal("6300000000"), "CNY")),
        ("¥211 billion", Money(Decimal("211000000000"), "JPY")),
        ("211 billion yen", Money(Decimal("211000000000"), "JPY")),
        ("2110億円", Money(Decimal("211000000000"), "JPY")),
        ("2,110億円", Money(Decimal("211000000000"), "JPY")),
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
        ("5B CHF", "in CHF, which smacalc has no rates for"),
        ("2110億", "has no currency"),
        ("억원", "cannot read amount"),
        ("만", "cannot read amount"),
        ("5억 유로 달러", "cannot read amount"),
        ("€5 billion yen", "names two currencies"),
        ("미화 50억 원", "names two currencies"),
        ("¥1.5", "finer than one yen; JPY amounts are whole yen"),
        ("CNY 1.001", "finer than one fen; CNY amounts are whole fen"),
        ("€1.005", "finer than one cent"),
        ("8천7억만 달러", "units out of order"),
        ("5백2천 달러", "units out of order"),
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


def test_one_display_rule_for_tables_in_every_currency() -> None:
    assert Money(Decimal("910000000"), "EUR").human() == "€910M"
    assert Money(Decimal("63000000000"), "CNY").human() == "CN¥63.0bn"
    assert Money(Decimal("211000000000"), "JPY").human() == "¥211.0bn"
    # From 1,000bn up the tenth is the amount's own digit, never a rounded-away one printed as 0.
    assert Money(Decimal("1055100000000"), "JPY").human() == "¥1,055.1bn"
    assert Money(Decimal("1234500000000"), "USD").human() == "$1,234.5bn"
    assert Money(Decimal("-1987560000000"), "EUR").human() == "-€1,987.6bn"
    assert Money(Decimal("1234567890"), "KRW").human() == "₩1.235bn"  # four figures in won too


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


def test_amounts_add_and_subtract_only_in_one_currency() -> None:
    won = parse_money("1조389억원")
    assert won - parse_money("9602억원") == Money(Decimal("78700000000"), "KRW")
    assert won + won == Money(Decimal("2077800000000"), "KRW")
    with pytest.raises(InputError, match="cannot subtract USD and KRW amounts; convert one first"):
        won - parse_money("$5 billion")
    with pytest.raises(InputError, match="cannot add 5 and an amount of money"):
        won + 5  # type: ignore[operator]
