"""`smacalc burden` and `smacalc compare`: GAO-21-270's totals as published, what the record adds to
them (Korea's SMA in dollars, the rest of its direct support, the shares), and Japan beside Korea."""

import json
from decimal import Decimal

import pytest

from smacalc.calc.burden import burden, compare, sma_in_dollars
from smacalc.errors import InputError
from smacalc.record.load import load_dataset


def by_measure(host: str) -> dict[str, Decimal]:
    return {r.measure: r.value for r in burden(load_dataset(), (host,))}


def test_korea_2016_2019() -> None:
    got = by_measure("KR")
    assert (got["dod_obligations"], got["host_direct"]) == (Decimal("13400000000"), Decimal("5800000000"))
    # $5.8bn ÷ ($13.4bn + $5.8bn) = 30.2%.
    assert got["host_share"] == Decimal("30.2")
    # ₩944.1bn ÷ 1,159.3422 + ₩950.7bn ÷ 1,129.0435 + ₩960.2bn ÷ 1,099.2926 + ₩1,038.9bn ÷ 1,165.8016.
    assert got["sma_usd"] == Decimal(
        "3420998583.74"
    )  # $814,341,097.91 + 842,040,187.11 + 873,470,812.05 + 891,146,486.67
    assert got["other_direct"] == Decimal("5800000000") - got["sma_usd"]


def test_japan_2016_2019() -> None:
    got = by_measure("JP")
    assert (got["dod_obligations"], got["host_direct"]) == (Decimal("20900000000"), Decimal("12600000000"))
    assert got["host_share"] == Decimal("37.6")  # 12.6 ÷ 33.5
    assert got["us_troops"] == Decimal(55000)
    assert "sma_usd" not in got  # no per-year Japanese figure to sum over 2016-2019


def test_the_sma_in_dollars_is_the_sum_of_each_years_conversion() -> None:
    assert sma_in_dollars(load_dataset(), 2019, 2019) == Decimal("891146486.67")


def test_japan_beside_korea() -> None:
    sides = {(s.host, s.year): s for s in compare(load_dataset(), 2021, 2022)}
    # Japan, FY2021: ¥201.7bn under the one-year deal; at 109.8429 yen per dollar, $1,836,258,875.18.
    assert sides[("JP", 2021)].amount.amount == Decimal("201700000000") and not sides[("JP", 2021)].average
    assert sides[("JP", 2021)].usd.amount == Decimal("1836258875.18")
    # FY2022-2026: ¥1,055.1bn over five years, ¥211.02bn a year on average.
    assert sides[("JP", 2022)].amount.amount == Decimal("211020000000") and sides[("JP", 2022)].average
    assert sides[("KR", 2021)].amount.amount == Decimal("1183300000000")


def test_unknown_host_and_reversed_years_are_refused(run) -> None:
    with pytest.raises(InputError, match="the hosts are KR and JP"):
        burden(load_dataset(), ("CN",))
    bad = run("compare", "--from", "2026", "--to", "2020")
    assert bad.exit_code == 2 and "before --from" in bad.stderr


def test_burden_rows_say_what_they_count(run) -> None:
    rows = json.loads(run("burden", "--host", "kr", "--format", "json").stdout)
    assert {r["measure"] for r in rows} == {
        "korean_workers",
        "dod_obligations",
        "host_direct",
        "us_troops",
        "host_share",
        "sma_usd",
        "other_direct",
    }
    assert all(r["counts"] and r["basis"] for r in rows)
    obligations = next(r for r in rows if r["measure"] == "dod_obligations")
    assert (obligations["source"], obligations["per_year"]) == ("gao-21-270", 3350000000)


def test_a_lapse_of_three_months_in_2020() -> None:
    from smacalc.calc.burden import lapse

    gap = lapse(load_dataset(), 2020, 3)
    # 2019's ₩1,038.9bn × 2018's labor share (₩371.0bn of ₩960.2bn, 38.64%) = ₩401.4bn; a quarter
    # of it ₩100.4bn; ÷ 8,500 workers ÷ 12 = ₩3.94M a worker a month.
    assert (gap.in_force.year, gap.split.row.year) == (2019, 2018)
    assert gap.labor_line.amount == Decimal("401400000000")
    assert gap.unfunded.amount == Decimal("100400000000")
    assert gap.per_worker_month is not None and gap.per_worker_month.amount == Decimal("3940000")


def test_the_lapse_report_shows_2020_and_states_its_assumptions(run) -> None:
    rows = json.loads(run("lapse", "--year", "2020", "--months", "3", "--format", "json").stdout)
    assert [r["item"] for r in rows][:6] == [
        "amount in force", "labor share", "labor line", "unfunded", "workers", "per worker a month"
    ]  # fmt: skip
    assert [r["source"] for r in rows if r["item"] == "2020"] == [
        "hani-2020-03-31", "ajunews-2020-05-29", "ajunews-2020-05-29"
    ]  # fmt: skip
    table = " ".join(run("lapse", "--months", "3", "--format", "table", env={"COLUMNS": "120"}).stdout.split())
    assert "not the whole wage bill" in table and "an assumption" in table
    bad = run("lapse", "--year", "2000")
    assert bad.exit_code == 2 and "paid in dollars" in bad.stderr
