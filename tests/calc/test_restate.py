"""Real terms, per-troop figures and `smacalc change`, hand-checked against the bundled price
levels (BLS CPI-U, Statistics Korea CPI 2020=100) and the official amounts."""

import json
from decimal import Decimal

import pytest

from smacalc.calc.restate import Restatement, change, price_level
from smacalc.errors import DataError, InputError
from smacalc.record.dataset import Assumptions
from smacalc.record.load import load_dataset


def rows(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_the_record_has_both_price_levels_for_1991_to_2025() -> None:
    data = load_dataset()
    for series in ("kr_cpi", "us_cpi"):
        assert sorted(y for s, y in data.levels if s == series) == list(range(1991, 2026))
    # Official figures: BLS annual averages; Statistics Korea 2020=100.
    assert data.levels[("us_cpi", 2019)].level == Decimal("255.657")
    assert data.levels[("us_cpi", 2025)].level == Decimal("321.943")
    assert data.levels[("kr_cpi", 2020)].level == Decimal("100.000")
    assert data.levels[("kr_cpi", 2025)].level == Decimal("116.61")
    assert all(v.source in data.sources for v in data.levels.values())


def test_the_korean_levels_agree_with_the_published_inflation_rates() -> None:
    data = load_dataset()
    for year in range(1992, 2026):
        change_pct = (data.levels[("kr_cpi", year)].level / data.levels[("kr_cpi", year - 1)].level - 1) * 100
        assert abs(change_pct - data.indices[("cpi", year)].pct) <= Decimal("0.05"), year


def test_a_level_past_the_record_is_carried_forward_by_the_assumed_inflation() -> None:
    data = load_dataset()
    level = price_level(data, Assumptions(plain={"cpi": Decimal(3)}), "KRW", 2027)
    assert level.level == Decimal("116.61") * Decimal("1.03") * Decimal("1.03")
    assert [(u.year, u.basis) for u in level.assumed] == [(2026, "assumed"), (2027, "assumed")]
    us = price_level(data, Assumptions(), "USD", 2026)
    assert us.level == Decimal("321.943") * Decimal("1.02")
    assert us.assumed[0].basis == "default"
    with pytest.raises(DataError, match="no kr_cpi price level for 1990"):
        price_level(data, Assumptions(), "KRW", 1990)


def test_the_10th_sma_in_dollars_in_2025_prices_per_troop(run) -> None:
    (row,) = rows(run("project", "--sma", "10", "--in", "USD", "--real", "2025", "--per-troop", "--format", "json"))
    # ₩1,038.9bn ÷ 1,165.8016 = $891,146,486.67; × 321.943 ÷ 255.657 = $1,122,200,344.05; ÷ 26,524, DMDC's 2019 count.
    assert row["nominal_amount"] == 891146486.67
    assert Decimal(str(row["amount"])) == Decimal("1122200344.05")
    assert (row["base_year"], row["price_index"], row["troops"]) == (2025, "us_cpi", 26524)
    assert (row["troops_measure"], Decimal(str(row["per_troop"]))) == ("count", Decimal("42308.87"))
    assert (row["official_amount"], row["official_currency"], row["krw_per_usd"]) == (1038900000000, "KRW", 1165.8016)
    args = ("project", "--sma", "10", "--in", "USD", "--real", "2025", "--per-troop", "--troops", "stated")
    (stated,) = rows(run(*args, "--format", "json"))
    assert (stated["troops"], stated["troops_measure"], Decimal(str(stated["per_troop"]))) == (
        28500,
        "stated",
        Decimal("39375.45"),
    )


def test_per_troop_divides_every_year_by_one_measure(run) -> None:
    """project --sma 8 --in USD --per-troop: DMDC's count for every year, no 28,500 among them."""
    got = rows(run("project", "--sma", "8", "--in", "USD", "--per-troop", "--format", "json"))
    assert [(r["year"], r["troops"], r["troops_measure"]) for r in got] == [
        (2009, 26604, "count"), (2010, 27868, "count"), (2011, 28270, "count"), (2012, 27723, "count"),
        (2013, 30250, "count"),
    ]  # fmt: skip
    assert Decimal(str(got[0]["per_troop"])) == Decimal("22412.18")  # $596,253,706.58 ÷ 26,604
    # The count ends in 2023: 2024-2030 take 2023's 24,159, carried forward and said so.
    table = run("project", "--sma", "12", "--per-troop", "--format", "table", env={"COLUMNS": "200"})
    carried = "2026-2030: no level on record; assumed: 2023's 24,159, the latest, carried"
    assert carried in " ".join(table.stdout.split())
    # The stated level begins in 2008: an earlier year is refused, not mixed with the count.
    refused = run("project", "--sma", "7", "--per-troop", "--troops", "stated")
    assert refused.exit_code == 1 and "no US troop level (stated) for 2007 in the record (2008-2025)" in refused.stderr


def test_real_terms_leave_the_base_year_unchanged(run) -> None:
    got = {r["year"]: r for r in rows(run("project", "--sma", "11", "--real", "2025", "--format", "json"))}
    assert got[2025]["amount"] == got[2025]["nominal_amount"] == 1402800000000
    assert got[2020]["amount"] == 1211461290000  # ₩1,038.9bn × 116.61 ÷ 100.000
    assert got[2021]["change_pct"] == 11.1  # the real change, not the nominal 13.9


def test_real_terms_and_per_troop_are_stated_in_the_caption(run) -> None:
    result = run("project", "--sma", "12", "--real", "2025", "--per-troop", "--format", "table")
    text = " ".join(result.stdout.split())
    assert "in 2025 prices, deflated by Korean CPI (2020=100, Statistics Korea)" in text
    assert "Price level extended by assumed Korean consumer-price inflation for 2026-2030: 2.0%" in text
    assert "each year's amount ÷ that year's US troop level in Korea, by one measure for every year: the" in text
    assert "Defense Department's count (DMDC; troops_measure 'count')" in text
    assert "2026-2030: no level on record; assumed: 2023's 24,159, the latest, carried forward" in text


def test_per_troop_takes_a_number(run) -> None:
    got = rows(run("project", "--sma", "12", "--per-troop", "30,000", "--format", "json"))
    assert (got[0]["troops"], got[0]["per_troop"]) == (30000, 50640000)  # ₩1,519.2bn ÷ 30,000
    bad = run("project", "--per-troop", "0")
    assert bad.exit_code == 2 and "the number of troops must be at least 1" in bad.stderr


def test_change_over_the_12th_sma_with_three_percent_inflation(run) -> None:
    (row,) = rows(run("change", "--from", "2026", "--to", "2030", "--cpi", "3", "--format", "json"))
    # 1,519.2 -> 1,551.1 (2.1%) -> 1,597.6 -> 1,645.5 -> 1,694.9 (3% a year).
    assert (row["from_amount"], row["to_amount"]) == (1519200000000, 1694900000000)
    assert (row["change_pct"], row["cagr_pct"], row["years"]) == (11.6, 2.77, 4)
    assert (row["from_basis"], row["to_basis"]) == ("official", "projected")


def test_change_from_2019_to_2030() -> None:
    result = change(load_dataset(), 2019, 2030)
    assert result.start.amount.amount == Decimal("1038900000000")
    assert result.end.amount.amount == Decimal("1646000000000")
    assert (result.pct, result.cagr_pct, result.years) == (Decimal("58.4"), Decimal("4.27"), 11)


def test_change_across_currencies_needs_in() -> None:
    data = load_dataset()
    with pytest.raises(InputError, match="1991 was set in USD and 2025 in KRW; give --in"):
        change(data, 1991, 2025)
    result = change(data, 1991, 2025, Restatement(currency="USD"))
    # ₩1,402.8bn ÷ 1,421.3963 = $986,916,878.85 against $150M: 6.5794 times, 557.9% more.
    assert result.end.amount.amount == Decimal("986916878.85")
    assert result.pct == Decimal("557.9")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--from", "2020", "--to", "2019"], 2, "--to 2019 must be after --from 2020"),
        (["--from", "1990", "--to", "2019"], 2, "1990 is outside the record (1991-2030)"),
        (["--from", "2019", "--to", "2031"], 2, "2031 is outside the record (1991-2030)"),
        (["--from", "1995", "--to", "2010"], 2, "give --in USD or --in KRW"),
        (["--from", "2019", "--to", "2020", "--rate", "1200"], 2, "--rate goes with --in"),
    ],
)
def test_change_refuses_what_it_cannot_compare(run, args: list[str], code: int, message: str) -> None:
    result = run("change", *args)
    assert (result.exit_code, result.stdout) == (code, "")
    assert message in result.stderr and len(result.stderr.splitlines()) == 1


def test_per_troop_alone_divides_each_year_by_its_own_troop_level(run) -> None:
    # DoD counts of US troops in Korea (Kane's series): 40,062 in 1991, 35,743 in 1992, 34,830 in
    # 1993. $150M ÷ 40,062 = $3,744.20; $180M ÷ 35,743 = $5,035.95; $220M ÷ 34,830 = $6,316.39.
    got = rows(run("project", "--sma", "1", "--per-troop", "--format", "json"))
    assert [(r["year"], r["troops"], r["troops_basis"], r["per_troop"]) for r in got] == [
        (1991, 40062, "published", 3744.20),
        (1992, 35743, "published", 5035.95),
        (1993, 34830, "published", 6316.39),
    ]
    table = run("project", "--sma", "1", "--per-troop", "--format", "table", env={"COLUMNS": "200"}).stdout
    assert "that year's US troop level in Korea" in table and "40,062" in table


def test_per_troop_with_a_number_divides_every_year_by_it(run) -> None:
    got = rows(run("project", "--sma", "1", "--per-troop", "30000", "--format", "json"))
    assert [(r["troops"], r["troops_basis"], r["per_troop"]) for r in got] == [
        (30000, "given", 5000),
        (30000, "given", 6000),
        (30000, "given", 7333.33),
    ]


def test_the_troop_series_is_sourced_for_every_year_of_the_record() -> None:
    from smacalc.record.load import load_dataset

    data = load_dataset()
    counted, stated = data.troops("count"), data.troops("stated")
    assert list(counted) == list(range(1991, 2024)) and list(stated) == list(range(2008, 2026))
    assert all(level.source in data.sources for level in data.troop_levels.values())
    # DMDC's counts (Kane to 2005, then troopdata), beside the stated 28,500 of the same years.
    assert [counted[y].troops for y in (2004, 2008, 2013, 2016, 2019, 2021, 2023)] == [
        40840, 25771, 30250, 24189, 26524, 25592, 24159
    ]  # fmt: skip
    assert {t.troops for t in stated.values()} == {28500}
    # Each stated year cites a source of its own year where one was found; the others say so.
    own_year = {y for y, t in stated.items() if t.note is None or "dated this year" not in t.note}
    assert own_year == {2008, 2011, 2014, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025}
    assert (stated[2014].source, stated[2022].source, stated[2024].source) == (
        "reuters-2014-01-12",
        "crs-r41481-2022",
        "mbc-2024-12-25",
    )
