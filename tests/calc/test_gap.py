"""`smacalc gap` and exchange rates: hand-checked against FRED AEXKOUS and the official amounts."""

import json
from decimal import Decimal

import pytest

from smacalc.calc.rates import Leg, Rate, convert, rate_for
from smacalc.calc.talks import gap
from smacalc.errors import DataError, InputError
from smacalc.money import Money, parse_money
from smacalc.record.load import load_dataset

# FRED AEXKOUS annual averages, won per dollar.
AEXKOUS = {2019: "1165.8016", 2020: "1180.5554", 2021: "1144.8911", 2022: "1291.7796", 2023: "1306.7637",
           2024: "1363.4381", 2025: "1421.3963"}  # fmt: skip

DEMANDS = ["5B USD", "$5 billion", "5bn USD", "5000M USD", "$5,000 million"]
OFFERS = ["1.0389T KRW", "₩1.0389 trillion", "1조389억원", "1조 389억", "10389억원", "1038900000000 KRW"]


def won(rate: str, year: int, source: str | None = "fred-aexkous", basis: str = "published") -> Rate:
    """A conversion through the won's rate alone."""
    return Rate((Leg("KRW", Decimal(rate), source, basis, year if source else None),), year)  # type: ignore[arg-type]


def test_the_record_has_a_rate_for_every_year_1991_to_2025() -> None:
    data = load_dataset()
    assert sorted(y for c, y in data.rates if c == "KRW") == list(range(1991, 2026))
    assert {y: data.rates[("KRW", y)].rate for y in AEXKOUS} == {y: Decimal(v) for y, v in AEXKOUS.items()}
    assert data.rates[("KRW", 1998)].rate == Decimal("1400.4036")  # the crisis year
    assert data.rates[("KRW", 1991)].rate == Decimal("736.7331")  # published AEXKOUS, the first year of the SMAs
    assert all(r.source in data.sources for r in data.rates.values())


def test_five_billion_dollars_against_the_2019_payment() -> None:
    # $5bn × 1,165.8016 = ₩5,829.008bn; ÷ ₩1,038.9bn = 5.6107 -> 5.61 times, 461.1% above.
    g = gap(load_dataset(), parse_money("5B USD"), parse_money("1.0389T KRW"), year=2019)
    assert g.demand == Money(Decimal("5829008000000"), "KRW")
    assert (g.ratio, g.pct_above) == (Decimal("5.61"), Decimal("461.1"))
    assert g.difference == Money(Decimal("4790108000000"), "KRW")
    assert g.rate == won("1165.8016", 2019)


@pytest.mark.parametrize("demand", DEMANDS)
@pytest.mark.parametrize("offer", OFFERS)
def test_every_spelling_gives_the_same_answer(run, demand: str, offer: str) -> None:
    result = run("gap", "--demand", demand, "--offer", offer, "--year", "2019", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    (row,) = json.loads(result.stdout, parse_float=Decimal)
    assert row == {
        "demand": 5829008000000,
        "offer": 1038900000000,
        "currency": "KRW",
        "difference": 4790108000000,
        "ratio": Decimal("5.61"),
        "pct_above": Decimal("461.1"),
        "year": 2019,
        "krw_per_usd": Decimal("1165.8016"),
    }


def test_in_usd_converts_the_offer() -> None:
    g = gap(load_dataset(), parse_money("5B USD"), parse_money("1조389억원"), year=2019, currency="USD")
    # ₩1,038.9bn ÷ 1,165.8016 = $891,146,486.67 (the 2019 payment in dollars, "about $891.1 million")
    assert g.offer == Money(Decimal("891146486.67"), "USD")
    assert g.ratio == Decimal("5.61")


def test_same_currency_needs_no_rate() -> None:
    g = gap(load_dataset(), parse_money("1.3B USD"), parse_money("1B USD"))
    assert (g.ratio, g.pct_above, g.rate) == (Decimal("1.30"), Decimal("30.0"), None)


def test_a_given_rate_overrides_the_record() -> None:
    g = gap(load_dataset(), parse_money("1B USD"), parse_money("1T KRW"), year=2019, rate=Decimal(1000))
    assert (g.ratio, g.rate) == (Decimal("1.00"), won("1000", 2019, None, "given"))


def test_no_silent_fallback() -> None:
    with pytest.raises(DataError, match="no KRW exchange rate for 1980 in the record \\(1991-2025\\)"):
        rate_for(load_dataset(), {"KRW"}, 1980)
    with pytest.raises(InputError, match="need --year"):
        gap(load_dataset(), parse_money("5B USD"), parse_money("1T KRW"))


def test_conversion_rounds_to_the_minor_unit() -> None:
    rate = won("1180.5554", 2020)
    assert convert(Money(Decimal("1300000000"), "USD"), "KRW", rate).amount == Decimal("1534722020000")
    assert convert(Money(Decimal("1"), "KRW"), "USD", rate).amount == Decimal("0.00")


@pytest.mark.parametrize(
    ("args", "code", "fragment"),
    [
        (["--demand", "5 bilion USD", "--offer", "1T KRW"], 2, "cannot read 'bilion'"),
        (["--demand", "5B", "--offer", "1T KRW"], 2, "has no currency"),
        (["--demand", "0 USD", "--offer", "1T KRW"], 2, "must be greater than zero"),
        (["--demand", "5B USD", "--offer", "1T KRW"], 2, "need --year"),
        (["--demand", "5B USD", "--offer", "1T KRW", "--year", "1980"], 1, "no KRW exchange rate for 1980"),
        (["--demand", "5B USD", "--offer", "1T KRW", "--rate", "-3"], 2, "is out of range; give won per US dollar"),
        (["--demand", "5B USD", "--offer", "1T KRW", "--rate", "inf"], 2, "not a finite number"),
        (["--demand", "5B USD"], 2, "give --demand and --offer, or --sma N"),
        (["--sma", "11", "--demand", "5B USD"], 2, "does not take --demand"),
    ],
)
def test_gap_refusals(run, args: list[str], code: int, fragment: str) -> None:
    result = run("gap", *args)
    assert result.exit_code == code and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and fragment in lines[0], lines


def test_project_in_usd_converts_each_year_at_its_own_rate(run) -> None:
    result = run("project", "--sma", "11", "--in", "USD", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    rows = json.loads(result.stdout, parse_float=Decimal)
    # ₩1,038.9bn ÷ 1,180.5554 (2020); ₩1,183.3bn ÷ 1,144.8911 (2021)
    assert [r["amount"] for r in rows[:2]] == [Decimal("880009527.72"), Decimal("1033548081.56")]
    assert [r["krw_per_usd"] for r in rows[:2]] == [Decimal("1180.5554"), Decimal("1144.8911")]
    assert rows[1]["change_pct"] == Decimal("17.4")  # in dollars; 13.9% in won
    assert (rows[0]["official_amount"], rows[0]["official_currency"]) == (1038900000000, "KRW")
    assert list(rows[0])[9:13] == ["official_amount", "official_currency", "krw_per_usd", "rate_basis"]


def test_project_sma_10_in_usd_is_about_891_million(run) -> None:
    (row,) = json.loads(run("project", "--sma", "10", "--in", "USD", "--format", "json").stdout, parse_float=Decimal)
    assert row["amount"] == Decimal("891146486.67")


def test_dollar_years_in_won(run) -> None:
    rows = json.loads(run("project", "--through", "1991", "--in", "KRW", "--format", "json").stdout)
    assert rows[0]["amount"] == 110509965000  # $150M × 736.7331


def test_project_in_usd_past_the_rates_carries_the_latest_forward(run) -> None:
    # No annual rate is published for 2026-2030: 2025's FRED AEXKOUS average, 1,421.3963, is used
    # and said. 1,519,200,000,000 / 1,421.3963 = 1,068,808,185.30; 1,551,100,000,000 / 1,421.3963
    # = 1,091,250,905.89.
    result = run("project", "--sma", "12", "--in", "USD", "--format", "csv")
    assert result.exit_code == 0 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert lines[0].endswith(",krw_per_usd,rate_basis,source")
    # 2026's change is on 2025 in dollars, both years at 1,421.3963: 8.3%, as in won.
    assert (
        lines[1]
        == "12,2026,1068808185.30,USD,8.3,official,,false,,1519200000000,KRW,1421.3963,assumed,maeil-2024-10-04"
    )
    assert lines[2].startswith("12,2027,1091250905.89,USD,2.1,rule,2.1,false,,1551100000000,KRW,1421.3963,assumed,")
    table = run("project", "--sma", "12", "--in", "USD", "--format", "table", env={"COLUMNS": "200"}).stdout
    assert "2026-2030: no published rate yet; assumed: 2025's ₩1421.3963 per US dollar" in table
    published = run("project", "--sma", "11", "--in", "USD", "--format", "csv").stdout.splitlines()
    assert all(line.split(",")[-2] == "published" for line in published[1:])
    given = run("project", "--sma", "12", "--in", "USD", "--rate", "1400", "--format", "csv").stdout.splitlines()
    # A plain --rate converts only the years with no published rate: 2025 at its own 1,421.3963.
    # ₩1,519.2bn / 1,400 = $1,085,142,857.14; on ₩1,402.8bn / 1,421.3963 = $986,916,878.85: +10.0%.
    assert given[1] == "12,2026,1085142857.14,USD,10.0,official,,false,,1519200000000,KRW,1400,given,maeil-2024-10-04"


def test_a_gap_in_a_year_with_no_published_rate_is_still_an_error() -> None:
    with pytest.raises(DataError, match="no KRW exchange rate for 2030"):
        gap(load_dataset(), parse_money("5B USD"), parse_money("1T KRW"), year=2030)


def test_rate_without_in_is_a_usage_error(run) -> None:
    result = run("project", "--rate", "1400")
    assert result.exit_code == 2 and "--rate goes with --in" in result.stderr
