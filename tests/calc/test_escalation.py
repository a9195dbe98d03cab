"""The bundled record reproduces the published amounts, to the won."""

from decimal import Decimal

import pytest

from smacalc.calc.escalation import IndexUse, audit, escalate, project
from smacalc.money import Money
from smacalc.record.dataset import Assumptions
from smacalc.record.load import load_dataset
from smacalc.record.models import IndexLinked

HUNDRED_MILLION = Decimal("1E8")

# Official amounts in ₩100 million (억원): MND 2018 Defense White Paper chart 5-1 (2005-2018), the
# Washington Post (2019), Reuters (2020-2021), Kukinews (2022), Maeil Business (2025-2026).
OFFICIAL_KRW = {
    2005: 6804, 2006: 6804, 2007: 7255, 2008: 7415, 2009: 7600, 2010: 7904, 2011: 8125, 2012: 8361,
    2013: 8695, 2014: 9200, 2015: 9320, 2016: 9441, 2017: 9507, 2018: 9602, 2019: 10389, 2020: 10389,
    2021: 11833, 2022: 12472, 2025: 14028, 2026: 15192,
}  # fmt: skip
# Published amounts the record does not yet cite: they must come out of the rule exactly.
RULE_KRW = {2023: 12896, 2024: 13463}
# MND chart of USD contributions, $ million.
OFFICIAL_USD = {
    1991: 150, 1992: 180, 1993: 220, 1994: 260, 1995: 300, 1996: 330, 1997: 360, 1998: 390, 1999: 330,
    2000: 390, 2001: 440, 2002: 470, 2003: 550, 2004: 620,
}  # fmt: skip


@pytest.fixture(scope="module")
def series():
    return {row.year: row for row in project(load_dataset())}


def test_the_record_runs_from_1991_to_2030(series) -> None:
    assert sorted(series) == list(range(1991, 2031))
    assert [a.number for a in load_dataset().agreements] == list(range(1, 13))


@pytest.mark.parametrize(("year", "units"), OFFICIAL_KRW.items())
def test_official_won_amounts(series, year: int, units: int) -> None:
    row = series[year]
    assert row.amount == Money(Decimal(units) * HUNDRED_MILLION, "KRW")
    assert row.basis == "official"
    assert row.source


@pytest.mark.parametrize(("year", "units"), RULE_KRW.items())
def test_unsourced_published_amounts_follow_from_the_rule(series, year: int, units: int) -> None:
    row = series[year]
    assert row.amount == Money(Decimal(units) * HUNDRED_MILLION, "KRW")
    assert row.basis == "rule" and row.index_use is not None and row.index_use.series == "defense_growth"


@pytest.mark.parametrize(("year", "millions"), OFFICIAL_USD.items())
def test_official_dollar_amounts(series, year: int, millions: int) -> None:
    assert series[year].amount == Money(Decimal(millions) * 10**6, "USD")
    assert series[year].basis == "official"


def test_2027_follows_from_the_published_2025_cpi(series) -> None:
    # ₩1,519.2bn × (1 + 2.1%) = ₩1,551.10bn, rounded to ₩1,551.1bn.
    row = series[2027]
    assert row.amount == Money(Decimal("1551100000000"), "KRW")
    assert (row.basis, row.rate_pct, row.capped) == ("rule", Decimal("2.1"), False)
    assert row.index_use is not None and (row.index_use.series, row.index_use.year) == ("cpi", 2025)


def test_published_changes_match_the_announced_percentages(series) -> None:
    # dollars to won: from 2004 in won as the source reckons it, ₩660.1bn and $72.3M, ₩746.9bn in all
    assert series[2005].change_pct == Decimal("-8.9")
    assert series[2005].previous == Money(Decimal("746.9") * 10**9, "KRW")
    assert series[2005].note == (
        "its change in KRW is from 2004's ₩660.1bn and $72.3M (about ₩86.8bn at the rate of the time), "
        "₩746.9bn in all (donga-2005-04-26)"
    )
    announced = {2007: "6.6", 2009: "2.5", 2014: "5.8", 2019: "8.2", 2021: "13.9", 2026: "8.3"}
    assert {y: series[y].change_pct for y in announced} == {y: Decimal(p) for y, p in announced.items()}


def test_audit_finds_no_deviation() -> None:
    rows = audit(load_dataset())
    assert [r.status for r in rows if r.official is not None] == ["ok"] * 12
    assert {r.year for r in rows} == {2006, 2008, 2010, 2011, 2012, 2013, 2015, 2016, 2017, 2018, 2022, 2023, 2024,
                                      2025, 2027}  # fmt: skip


def test_the_2010_cpi_of_4_7_percent_is_capped_at_4() -> None:
    row = {r.year: r for r in project(load_dataset(), sma=8)}[2010]
    assert (row.rate_pct, row.capped) == (Decimal("4.0"), True)
    assert row.amount.amount == Decimal("790400000000")  # 7,600 × 1.04 = 7,904 억원


def test_cpi_7_holds_2028_to_2030_to_the_5_percent_cap() -> None:
    rows = project(load_dataset(), Assumptions(plain={"cpi": Decimal(7)}), sma=12)
    got = [(r.year, r.amount.amount, r.basis, r.rate_pct, r.capped) for r in rows]
    assert got == [
        (2026, Decimal("1519200000000"), "official", None, False),
        (2027, Decimal("1551100000000"), "rule", Decimal("2.1"), False),
        (2028, Decimal("1628700000000"), "projected", Decimal("5.0"), True),  # 15,511 × 1.05 = 16,286.55
        (2029, Decimal("1710100000000"), "projected", Decimal("5.0"), True),  # 16,287 × 1.05 = 17,101.35
        (2030, Decimal("1795600000000"), "projected", Decimal("5.0"), True),  # 17,101 × 1.05 = 17,956.05
    ]


def test_the_lag_reads_the_index_two_years_back() -> None:
    assumptions = Assumptions(by_year={("cpi", 2026): Decimal(3), ("cpi", 2027): Decimal("1.5")})
    rows = {r.year: r for r in project(load_dataset(), assumptions, sma=12)}
    assert rows[2028].index_use == IndexUse("cpi", 2026, Decimal(3), "assumed", None)
    assert rows[2029].rate_pct == Decimal("1.5")
    assert rows[2028].amount.amount == Decimal("1597600000000")  # 15,511 × 1.03 = 15,976.33


def test_the_index_is_rounded_to_a_tenth_before_the_cap() -> None:
    rule = IndexLinked(index="cpi", lag=2, cap_pct=Decimal(5))
    base = Money(Decimal("1000000000000"), "KRW")
    step = escalate(base, rule, HUNDRED_MILLION, IndexUse("cpi", 2026, Decimal("2.35"), "assumed", None))
    assert step.rate_pct == Decimal("2.4") and step.amount.amount == Decimal("1024000000000")
    step = escalate(base, rule, HUNDRED_MILLION, IndexUse("cpi", 2026, Decimal("5.04"), "assumed", None))
    assert (step.rate_pct, step.capped) == (Decimal("5.0"), False)
    step = escalate(base, rule, HUNDRED_MILLION, IndexUse("cpi", 2026, Decimal("5.05"), "assumed", None))
    assert (step.rate_pct, step.capped) == (Decimal("5.0"), True)


def test_half_up_rounding_of_the_amount() -> None:
    # 9,441 × 1.007 = 9,507.087 -> 9,507 (2017); 12,472 × 1.034 = 12,896.048 -> 12,896 (2023)
    rule = IndexLinked(index="cpi", lag=2)
    base = Money(Decimal("150000000000"), "KRW")  # 1,500 억원 × 1.003 = 1,504.5 -> 1,505 (half up)
    step = escalate(base, rule, HUNDRED_MILLION, IndexUse("cpi", 2020, Decimal("0.3"), "assumed", None))
    assert step.amount.amount == Decimal("150500000000")


def test_overriding_a_published_year_makes_the_years_after_it_projected() -> None:
    rows = {r.year: r for r in project(load_dataset(), Assumptions(by_year={("cpi", 2013): Decimal(2)}), sma=9)}
    assert rows[2015].basis == "projected" and rows[2015].amount.amount == Decimal("938400000000")  # 9,200 × 1.02
    assert rows[2016].basis == "projected"  # built on a projected amount
    assert rows[2014].basis == "official"


def test_unpublished_cpi_uses_the_stated_default() -> None:
    data = load_dataset()
    row = {r.year: r for r in project(data, sma=12)}[2028]
    assert row.basis == "projected"
    assert row.index_use is not None and row.index_use.basis == "default"
    assert row.index_use.pct == data.defaults["cpi"].pct == Decimal("2.0")


def test_every_figure_names_a_known_source() -> None:
    data = load_dataset()
    for value in data.indices.values():
        assert value.source in data.sources
    for agreement in data.agreements:
        assert agreement.sources
        for entry in (agreement.first_year, *agreement.schedule, *agreement.published):
            assert entry.source in data.sources, (agreement.number, entry.year)
