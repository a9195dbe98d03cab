"""Rates of the year and of the day, in won, euros, yuan and yen: each series pinned against
values the Federal Reserve publishes (FRED AEX* annual averages, DEX* noon buying rates), and
conversions between two currencies other than the dollar hand-checked through the dollar."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from smacalc.calc.rates import convert, rate_for
from smacalc.calc.talks import gap
from smacalc.errors import DataError, InputError
from smacalc.money import Money, parse_money
from smacalc.record.load import load_dataset

# Published annual averages (G.5A): won, yuan, yen per dollar; dollars per euro.
ANNUAL = [
    ("KRW", 1991, "736.7331"),
    ("KRW", 2019, "1165.8016"),
    ("EUR", 1999, "1.0653"),
    ("EUR", 2019, "1.1194"),
    ("EUR", 2025, "1.1306"),
    ("CNY", 1994, "8.6397"),
    ("CNY", 2024, "7.1957"),
    ("JPY", 1991, "134.5909"),
    ("JPY", 2025, "149.5686"),
]

# Noon buying rates of one day (H.10), as published: Wednesday 13 February 2019.
DAY = dt.date(2019, 2, 13)
DAILY = {"KRW": "1123.32", "EUR": "1.1288", "CNY": "6.7598", "JPY": "110.86"}


@pytest.mark.parametrize(("currency", "year", "value"), ANNUAL)
def test_annual_averages_as_published(currency: str, year: int, value: str) -> None:
    rate = load_dataset().rates[(currency, year)]
    assert rate.rate == Decimal(value)
    assert (
        rate.source
        == {"KRW": "fred-aexkous", "EUR": "fred-aexuseu", "CNY": "fred-aexchus", "JPY": "fred-aexjpus"}[currency]
    )


def test_every_year_of_every_series_is_there() -> None:
    rates = load_dataset().rates
    for currency, first in (("KRW", 1991), ("EUR", 1999), ("CNY", 1991), ("JPY", 1991)):
        assert sorted(y for c, y in rates if c == currency) == list(range(first, 2026)), currency


@pytest.mark.parametrize(("currency", "value"), DAILY.items())
def test_the_rate_of_a_day(currency: str, value: str) -> None:
    got = load_dataset().daily_rates.on(currency, DAY)
    assert (got.day, got.rate) == (DAY, Decimal(value))


@pytest.mark.parametrize(
    ("asked", "used", "value"),
    [
        (dt.date(2019, 2, 16), dt.date(2019, 2, 15), "1125.59"),  # a Saturday: Friday's rate
        (dt.date(2019, 2, 17), dt.date(2019, 2, 15), "1125.59"),  # a Sunday
        (dt.date(2019, 2, 18), dt.date(2019, 2, 15), "1125.59"),  # Presidents' Day: no rate published
        (dt.date(2019, 1, 1), dt.date(2018, 12, 31), "1112.85"),  # New Year's Day: the year before's last
        (dt.date(1991, 1, 1), dt.date(1990, 12, 31), "719.2"),  # the first day of the SMAs
    ],
)
def test_a_day_with_no_rate_takes_the_last_published_day_before_it(asked: dt.date, used: dt.date, value: str) -> None:
    got = load_dataset().daily_rates.on("KRW", asked)
    assert (got.day, got.rate) == (used, Decimal(value))


def test_the_series_end_where_the_record_ends() -> None:
    daily = load_dataset().daily_rates
    assert daily.span("KRW") == (dt.date(1990, 12, 24), dt.date(2026, 5, 15))
    # The days after 2026-03-27 as a public copy of FRED's DEXKOUS gives them (sources.csv).
    assert [daily.on("KRW", dt.date(2026, m, d)).rate for m, d in ((3, 30), (4, 15), (5, 15))] == [
        Decimal("1518.70"),
        Decimal("1474.41"),
        Decimal("1499.61"),
    ]
    assert daily.span("EUR") == (dt.date(1999, 1, 4), dt.date(2026, 5, 15))
    assert daily.span("CNY")[1] == dt.date(2025, 9, 26)
    assert daily.on("JPY", dt.date(2026, 5, 15)).rate == Decimal("158.69")


@pytest.mark.parametrize(
    ("currency", "day", "fragment"),
    [
        ("KRW", dt.date(2026, 5, 18), "runs from 1990-12-24 to 2026-05-15; `smacalc update` fetches the days since"),
        ("KRW", dt.date(1980, 1, 2), "no daily KRW rate for 1980-01-02"),
        ("EUR", dt.date(1998, 12, 31), "no daily EUR rate for 1998-12-31"),
    ],
)
def test_a_day_outside_the_series_is_an_error_not_a_fallback(currency: str, day: dt.date, fragment: str) -> None:
    with pytest.raises(DataError, match=fragment):
        load_dataset().daily_rates.on(currency, day)


def test_a_conversion_between_two_other_currencies_goes_through_the_dollar() -> None:
    # ₩1,183.3bn ÷ 1,363.4381 = $867,879,517.23; × 7.1957 = CN¥6,245,000,642.13: the 2021 payment in
    # yuan at 2024's averages is about CN¥6.2bn, a tenth of the "63 billion yuan" once printed.
    g = gap(load_dataset(), parse_money("1.1833T KRW"), parse_money("63 billion yuan"), year=2024)
    assert g.demand == Money(Decimal("6245000642.13"), "CNY")
    assert g.ratio == Decimal("0.10")
    assert g.rate is not None and [(leg.currency, leg.rate) for leg in g.rate.legs] == [
        ("KRW", Decimal("1363.4381")),
        ("CNY", Decimal("7.1957")),
    ]


def test_the_euro_is_quoted_in_dollars_per_euro() -> None:
    rate = rate_for(load_dataset(), {"EUR"}, 2019)
    # €910M × 1.1194 = $1,018,654,000; $1bn ÷ 1.1194 = €893,335,715.56.
    assert convert(Money(Decimal("910000000"), "EUR"), "USD", rate).amount == Decimal("1018654000.00")
    assert convert(Money(Decimal("1000000000"), "USD"), "EUR", rate).amount == Decimal("893335715.56")


def test_yen_have_no_minor_unit() -> None:
    rate = rate_for(load_dataset(), {"KRW", "JPY"}, 2019)
    # ₩1,038.9bn ÷ 1,165.8016 × 109.0188 = ¥97,151,720,601.5 -> ¥97,151,720,602.
    assert convert(Money(Decimal("1038900000000"), "KRW"), "JPY", rate).amount == Decimal("97151720602")


def test_the_rate_of_the_day_of_a_press_conversion(run) -> None:
    # "1.04 trillion won ($925 million)": at 13 Feb 2019's ₩1,123.32, ₩1.04tn is $925,827,012.78.
    result = run(
        "gap", "--demand", "1.04 trillion won", "--offer", "925M USD", "--date", "2019-02-13", "--format", "json"
    )
    assert result.exit_code == 0 and result.stderr == ""
    (row,) = json.loads(result.stdout, parse_float=Decimal)
    assert (row["demand"], row["ratio"], row["krw_per_usd"], row["rate_date"]) == (
        Decimal("925827012.78"),
        Decimal("1.00"),
        Decimal("1123.32"),
        "2019-02-13",
    )
    table = run(
        "gap",
        *("--demand", "1.04 trillion won", "--offer", "925M USD", "--date", "2019-02-16", "--format", "table"),
        env={"COLUMNS": "300"},
    ).stdout
    assert "the noon buying rate of 2019-02-15, the last published day before 2019-02-16 (fred-dexkous)" in table


def test_korean_and_english_dollars_give_the_same_row(run) -> None:
    korean = run("gap", "--demand", "50억 달러", "--offer", "1조389억원", "--year", "2019", "--format", "csv").stdout
    english = run("gap", "--demand", "5B USD", "--offer", "1조389억원", "--year", "2019", "--format", "csv").stdout
    assert korean == english and "5829008000000,1038900000000,KRW" in korean


def test_project_in_euros_states_both_rates(run) -> None:
    result = run("project", "--sma", "11", "--in", "EUR", "--format", "csv")
    header, first = result.stdout.splitlines()[:2]
    assert header.endswith(",krw_per_usd,usd_per_eur,rate_basis,source")
    # ₩1,038.9bn ÷ 1,180.5554 ÷ 1.1410 = €771,261,636.91.
    assert first.startswith("11,2020,771261636.91,EUR,") and ",1180.5554,1.1410,published," in first
    table = run("project", "--sma", "11", "--in", "EUR", "--format", "table", env={"COLUMNS": "200"}).stdout
    assert "annual average rate of each year (krw_per_usd, usd_per_eur; sources in rates.csv)" in table


def test_a_batch_row_may_give_a_date(run) -> None:
    rows = "demand,offer,date\n1.04 trillion won,925M USD,2019-02-13\n"
    (_, row) = run("gap", "--from", "-", "--format", "csv", input=rows).stdout.splitlines()
    assert row == "2,925827012.78,925000000,USD,827012.78,1.00,0.1,2019,1123.32,,,,2019-02-13"


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["--date", "2019-02-30"], 2, "not a calendar day written YYYY-MM-DD"),
        (["--date", "13/02/2019"], 2, "not a calendar day written YYYY-MM-DD"),
        (["--date", "2019-02-13", "--year", "2019"], 2, "not both"),
        (["--date", "2026-11-20"], 1, "no daily KRW rate for 2026-11-20"),
    ],
)
def test_bad_dates(run, args: list[str], code: int, fragment: str) -> None:
    result = run("gap", "--demand", "1T KRW", "--offer", "1B USD", *args)
    assert result.exit_code == code and fragment in result.stderr and result.stdout == ""


def test_real_terms_stay_in_won_or_dollars() -> None:
    with pytest.raises(InputError, match="no EUR price level"):
        from smacalc.calc.restate import Restatement

        Restatement(currency="EUR", real=2025)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "date,KRW,JPY,CNY,EUR\n2019-02-13,1123.32,110.86,6.7598,1.1288\n2019-02-12,1.0,1,1,1\n",
            "line 3: a date out of order",
        ),
        ("date,KRW,JPY,CNY,EUR\n2019-02-13,1123.32,110.86,6.7598,abc\n", "line 2: EUR 'abc' is not a rate"),
        ("date,KRW,JPY,CNY,EUR\n2019-02-30,1123.32,110.86,6.7598,1.1\n", "line 2"),
        ("date,KRW,JPY,CNY,EUR\n2019-02-13,0,110.86,6.7598,1.1\n", "line 2: KRW '0' is not a rate"),
        ("date,KRW\n2019-02-13,1123.32\n", "the header must be date,KRW,JPY,CNY,EUR"),
    ],
)
def test_a_bad_daily_file_names_its_line(text: str, fragment: str) -> None:
    import gzip

    from smacalc.record.prices import DailyRates

    with pytest.raises(DataError, match=fragment):
        DailyRates(gzip.compress(text.encode()))


def test_a_callers_narrow_decimal_context_changes_no_conversion() -> None:
    import decimal

    from smacalc.calc.rates import convert, rate_for
    from smacalc.money import parse_money

    data = load_dataset()
    rate = rate_for(data, ["KRW", "EUR"], 2019)
    wanted = [convert(parse_money(t), c, rate) for t, c in (("5B USD", "KRW"), ("1.0389T KRW", "EUR"))]
    with decimal.localcontext(decimal.Context(prec=6, rounding=decimal.ROUND_DOWN)):
        got = [convert(parse_money(t), c, rate) for t, c in (("5B USD", "KRW"), ("1.0389T KRW", "EUR"))]
    assert got == wanted
    # 5e9 × 1,165.8016 won; 1,038.9bn ÷ 1,165.8016 ÷ 1.1194 dollars per euro (rates.csv, 2019)
    assert [str(m) for m in wanted] == ["5829008000000 KRW", "796092984.34 EUR"]
