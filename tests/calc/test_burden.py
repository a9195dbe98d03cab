"""`smacalc burden` and `smacalc compare`: GAO-21-270's totals as published, what the record adds to
them (Korea's SMA in dollars, the rest of its direct support, the shares), and Japan beside Korea."""

import json
from decimal import Decimal

import pytest

from smacalc.calc.burden import BurdenRow, burden, compare, sma_in_dollars
from smacalc.errors import InputError
from smacalc.record.load import load_dataset


def by_measure(host: str, year: int | None = None) -> dict[str, BurdenRow]:
    return {r.measure: r for r in burden(load_dataset(), (host,), year)}


def test_korea_2016_2019() -> None:
    got = by_measure("KR", 2019)
    # GAO-21-270: $13.4 billion obligated by DOD, $5.8 billion of direct support, 2016 through 2019.
    assert (got["dod_obligations"].amount, got["direct_support"].amount) == (Decimal("13.4E9"), Decimal("5.8E9"))
    assert {(r.year, r.years) for r in got.values() if r.measure != "korean_workers"} == {(None, "2016-2019")}
    # $5.8bn ÷ $13.4bn = 43.3%; $5.8bn ÷ ($13.4bn + $5.8bn) = 30.2%.
    assert got["direct_support_per_dod_obligations"].amount == Decimal("43.3")
    assert got["direct_support_per_total"].amount == Decimal("30.2")
    # ₩944.1bn + ₩950.7bn + ₩960.2bn + ₩1,038.9bn; in dollars ₩944.1bn ÷ 1,159.3422 + ₩950.7bn ÷ 1,129.0435
    # + ₩960.2bn ÷ 1,099.2926 + ₩1,038.9bn ÷ 1,165.8016 = $814,341,097.91 + 842,040,187.11 + 873,470,812.05
    # + 891,146,486.67.
    sma = got["sma_payment"]
    assert (sma.amount, sma.currency, sma.usd) == (Decimal("3893900000000"), "KRW", Decimal("3420998583.74"))
    assert got["other_direct_support"].amount == Decimal("5800000000") - Decimal("3420998583.74")
    indirect = got["indirect_support"]
    assert indirect.amount is None and indirect.basis.startswith("not published")


def test_japan_2016_2019() -> None:
    got = by_measure("JP", 2019)
    # GAO-21-270: $20.9 billion obligated, $12.6 billion of direct support.
    assert (got["dod_obligations"].amount, got["direct_support"].amount) == (Decimal("20.9E9"), Decimal("12.6E9"))
    assert got["direct_support_per_dod_obligations"].amount == Decimal("60.3")  # 12.6 ÷ 20.9
    assert got["direct_support_per_total"].amount == Decimal("37.6")  # 12.6 ÷ 33.5
    assert "us_troops" not in got  # GAO's 55,000 is of 2021, the report's date
    # Japan's own SMA, JFY2016-2020: ¥980.1 billion in all, a fifth of it each year at that year's rate.
    sma = got["sma_payment"]
    assert (sma.amount, sma.currency, sma.years, sma.source) == (
        Decimal("980100000000"), "JPY", "2016-2020", "kyodo-2021-12-21"
    )  # fmt: skip
    # ¥196.02bn a year ÷ 108.6569, 112.0986, 110.3974, 109.0188, 106.7754 (2016-2020), each to the cent:
    # $1,804,027,171.77 + 1,748,639,144.47 + 1,775,585,294.58 + 1,798,038,503.45 + 1,835,816,114.95.
    assert sma.usd == Decimal("8962106229.22")
    assert "other_direct_support" not in got  # the SMA's years (2016-2020) are not GAO's (2016-2019)


def test_the_sma_in_dollars_is_the_sum_of_each_years_conversion() -> None:
    assert sma_in_dollars(load_dataset(), 2019, 2019) == Decimal("891146486.67")


def test_japan_beside_korea() -> None:
    sides = {(s.host, s.year): s for s in compare(load_dataset(), 2016, 2026)}
    # Japan, FY2021: ¥201.7bn, the budget (Defense of Japan 2021); at 109.8429 yen per dollar, $1,836,258,875.18.
    assert sides[("JP", 2021)].amount.amount == Decimal("201700000000") and not sides[("JP", 2021)].average
    assert sides[("JP", 2021)].usd.amount == Decimal("1836258875.18")
    # FY2016-FY2024 as budgeted, not averages; the five budgets of 2016-2020 sum to the agreement's ¥980.1bn.
    budgets = [sides[("JP", y)] for y in range(2016, 2025)]
    assert [s.amount.amount / 10**8 for s in budgets] == [1920, 1946, 1968, 1974, 1993, 2017, 2056, 2112, 2124]
    assert not any(s.average for s in budgets) and {s.measure for s in budgets} == {"hns_total"}
    assert sum(s.amount.amount for s in budgets[:5]) == Decimal("980100000000")
    assert [s.source for s in budgets[-2:]] == ["mod-doj-2023", "mod-doj-2024"]
    # FY2025-2026, past the budgets on record: the agreement's ¥1,055.1bn over five years, ¥211.02bn a year.
    assert sides[("JP", 2025)].amount.amount == Decimal("211020000000") and sides[("JP", 2025)].average
    assert sides[("KR", 2021)].amount.amount == Decimal("1183300000000") and sides[("KR", 2021)].measure == "sma"


def test_japan_sma_portion_has_no_average_past_the_budgets() -> None:
    sides = {(s.host, s.year): s for s in compare(load_dataset(), 2023, 2026, japan="sma")}
    assert sides[("JP", 2024)].amount.amount == Decimal("158300000000") and sides[("JP", 2024)].measure == "hns_sma"
    assert ("JP", 2025) not in sides and ("KR", 2025) in sides  # no agreement average of the SMA portion


def test_compare_names_its_japanese_measure(run) -> None:
    total = run("compare", "--from", "2024", "--to", "2025", "--format", "table", env={"COLUMNS": "200"})
    assert "Facilities Improvement Program included, as Korea's SMA pays construction too" in total.stdout
    sma = run("compare", "--from", "2024", "--to", "2025", "--japan", "sma", "--format", "csv")
    assert sma.stdout.splitlines()[2].startswith("2024,Japan,hns_sma,158300000000,JPY,")
    table = run("compare", "--from", "2024", "--to", "2025", "--japan", "sma", "--format", "table")
    assert "Japan, 2025: no budget of this measure on record" in " ".join(table.stdout.split())


def test_unknown_host_and_reversed_years_are_refused(run) -> None:
    with pytest.raises(InputError, match="the hosts are KR and JP"):
        burden(load_dataset(), ("CN",))
    bad = run("compare", "--from", "2026", "--to", "2020")
    assert bad.exit_code == 2 and "before --from" in bad.stderr


def test_burden_rows_say_what_they_count(run) -> None:
    rows = json.loads(run("burden", "--host", "kr", "--format", "json").stdout)
    assert [r["measure"] for r in rows] == [
        "dod_obligations",
        "direct_support",
        "us_troops",
        "korean_workers",
        "korean_workers",
        "indirect_support",
        "direct_support_per_dod_obligations",
        "direct_support_per_total",
        "direct_support_per_troop",
        "sma_payment",
        "other_direct_support",
        "sma_per_dod_obligations",
    ]
    assert all(r["counts"] and r["basis"] for r in rows)
    assert list(rows[0]) == [
        "host", "year", "years", "measure", "category", "counts", "amount", "currency", "unit", "usd", "basis", "source"
    ]  # fmt: skip
    obligations = rows[0]
    assert (obligations["year"], obligations["years"], obligations["amount"], obligations["usd"]) == (
        None, "2016-2019", 13400000000, 13400000000
    )  # fmt: skip
    troops = rows[2]
    assert (troops["year"], troops["years"], troops["amount"], troops["unit"], troops["currency"]) == (
        2021, None, 28500, "troops", None
    )  # fmt: skip


def test_a_lapse_of_three_months_in_2020() -> None:
    from smacalc.calc.burden import lapse

    gap = lapse(load_dataset(), 2020, Decimal(3))
    # 2019's ₩1,038.9bn × 2019's labor share (₩500.5bn of ₩1,038.9bn, the 2020 Defense White Paper)
    # = ₩500.5bn; a quarter of it ₩125.1bn (to ₩100 million); ÷ 8,500 workers ÷ 12 = ₩4.91M a month.
    assert (gap.in_force.year, gap.split.row.year) == (2019, 2019)
    assert gap.labor_line.amount == Decimal("500500000000")
    assert gap.unfunded.amount == Decimal("125100000000")
    assert gap.per_worker_month is not None and gap.per_worker_month.amount == Decimal("4910000")


def test_the_lapse_report_shows_2020_and_states_its_assumptions(run) -> None:
    rows = json.loads(run("lapse", "--year", "2020", "--months", "3", "--format", "json").stdout)
    assert [r["item"] for r in rows][:6] == [
        "amount in force", "labor share", "labor line", "unfunded", "workers", "per worker a month"
    ]  # fmt: skip
    assert [r["source"] for r in rows if r["item"] == "2020"] == [
        "ajunews-2020-01-29", "ajunews-2020-01-29", "voakorea-2020-02-28",  # the notices: six months, 60 and 30 days
        "hani-2020-03-31", "ajunews-2020-05-29", "ajunews-2020-05-01", "ajunews-2020-05-29", "hankyung-2020-06-16",
        "hankyung-2021-03-10",
    ]  # fmt: skip
    table = " ".join(run("lapse", "--months", "3", "--format", "table", env={"COLUMNS": "120"}).stdout.split())
    assert "not the whole wage bill" in table and "an assumption" in table
    bad = run("lapse", "--year", "2000")
    assert bad.exit_code == 2 and "paid in dollars" in bad.stderr


def test_the_sma_share_of_dod_obligations_and_direct_support_per_troop() -> None:
    korea, japan = by_measure("KR", 2019), by_measure("JP", 2019)
    # The SMA of 2016-2019 in dollars, $3,420,998,583.74 (above) ÷ GAO's $13.4 billion = 25.53%.
    share = korea["sma_per_dod_obligations"]
    assert (share.amount, share.unit, share.years) == (Decimal("25.5"), "%", "2016-2019")
    assert "as GAO rounds them" in share.basis
    # Direct support ÷ 4 years ÷ GAO's troops: $5.8bn ÷ 4 ÷ 28,500 = $50,877.19; $12.6bn ÷ 4 ÷ 55,000 = $57,272.73.
    assert korea["direct_support_per_troop"].amount == Decimal("50877")
    assert japan["direct_support_per_troop"].amount == Decimal("57273")
    assert "(an assumption)" in japan["direct_support_per_troop"].basis
    assert "sma_per_dod_obligations" not in japan  # Japan's SMA years (JFY2016-2020) are not GAO's
    assert not any(m.startswith("furlough") for m in korea)  # lapse's figures, not the bill's


def test_what_the_2020_furlough_cost_the_workers() -> None:
    from smacalc.calc.burden import lapse

    f = lapse(load_dataset(), 2020, Decimal("2.5")).furlough
    assert f is not None and f.workers.amount == 4000 and (f.start.date, f.end.date) == ("2020-04-01", "2020-06-15")
    # 1 April to 14 June: 30/30 + 31/31 + 14/30 = 2.4667 months.
    assert f.months == Decimal("2.47")
    (least, least_share), (most, most_share) = f.ends()
    assert (least.amount, least_share.amount, most.amount, most_share.amount) == (1800000, 70, 1980000, 60)
    # Least: ₩1.8M ÷ 70% = ₩2,571,429 -> ₩2.57M, less the allowance: ₩770,000 a month; × 2.4667 = ₩1.899M
    # -> ₩1.9M; × 4,000 = ₩7.6bn.
    assert (
        f.lost_a_month(least, least_share).amount, f.lost_each(least, least_share).amount,
        f.lost_all(least, least_share).amount,
    ) == (Decimal("770000"), Decimal("1900000"), Decimal("7600000000"))  # fmt: skip
    # Most: ₩1.98M ÷ 60% = ₩3.3M: ₩1.32M a month; × 2.4667 = ₩3.256M -> ₩3.26M; × 4,000 = ₩13.04bn -> ₩13.0bn.
    assert (
        f.lost_a_month(most, most_share).amount, f.lost_each(most, most_share).amount,
        f.lost_all(most, most_share).amount,
    ) == (Decimal("1320000"), Decimal("3260000"), Decimal("13000000000"))  # fmt: skip


def test_lapse_months_as_fractions_or_dates(run) -> None:
    def unfunded(*args: str) -> str:
        rows = json.loads(run("lapse", *args, "--format", "json").stdout)
        return next(str(r["value"]) for r in rows if r["item"] == "unfunded")

    # ₩500.5bn × 2.5/12 = ₩104.27bn -> ₩104.3bn; 1 April to 14 June, 2.47 months: ₩103.02bn -> ₩103.0bn.
    assert unfunded("--months", "2.5") == "104300000000"
    assert unfunded("--from", "2020-04-01", "--to", "2020-06-14") == "103000000000"
    assert run("lapse", "--months", "0").exit_code == 2
    assert run("lapse", "--from", "2020-04-01").exit_code == 2
    assert run("lapse", "--from", "2020-12-01", "--to", "2021-01-31").exit_code == 2
    assert run("lapse", "--months", "3", "--from", "2020-04-01", "--to", "2020-06-14").exit_code == 2
    table = " ".join(run("lapse", "--format", "table", env={"COLUMNS": "120"}).stdout.split())
    assert "a hypothetical lapse of 12 months in 2020, not what the 2020 furlough cost the workers" in table
