"""The record of demands and offers (`smacalc gap --sma`) and the timeline (`smacalc history`),
checked against the amounts the sources state."""

import json
from decimal import Decimal

import pytest

from smacalc.calc.talks import history, position_gaps
from smacalc.record.load import load_dataset


def rows(result) -> list[dict]:
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


def test_the_11th_sma_demands_and_offer_against_2019_and_the_agreed_2020(run) -> None:
    got = rows(run("gap", "--sma", "11", "--format", "json"))
    by_amount = {(r["party"], r["date"], r["stated_pct"] or r["stated_amount"]): r for r in got}
    assert len(by_amount) == len(got) == 8
    assert all(r["baseline_year"] == 2019 and r["baseline"] == 1038900000000 for r in got)
    assert all(r["agreed"] == 1038900000000 and r["currency"] == "KRW" for r in got)  # 2020: frozen at 2019
    five = by_amount[("US", "2019-10", 5000000000)]  # put at the 2nd round, Honolulu, October 2019
    reported = by_amount[("US", "2019-07", 5000000000)]  # the July report, denied by Seoul
    assert (reported["amount"], reported["source"]) == (5829008000000, "kbs-2019-07-17")
    # $5bn × 1,165.8016 = ₩5,829.008bn: 5.61 times the 2019 payment.
    assert (five["amount"], five["pct_above_baseline"], five["ratio_to_agreed"]) == (5829008000000, 461.1, 5.61)
    four_seven = by_amount[("US", "2019-11-15", 4700000000)]
    assert (four_seven["amount"], four_seven["pct_above_baseline"]) == (5479267520000, 427.4)
    # The same $4.7bn, first reported in Seoul as the talks opened (News1, 24 Sep 2019).
    first_report = by_amount[("US", "2019-09-24", 4700000000)]
    assert (first_report["amount"], first_report["source"]) == (5479267520000, "news1-2019-09-24")
    thirteen = by_amount[("ROK", "2020-03", 13.0)]
    # Stated only as 13% over 2019: ₩1,038.9bn × 1.13 = ₩1,173.957bn, 13.0% above, nothing stated in won.
    assert (thirteen["stated_pct"], thirteen["amount"], thirteen["pct_above_baseline"]) == (13.0, 1173957000000, 13.0)
    assert (thirteen["stated_amount"], thirteen["stated_currency"], thirteen["krw_per_usd"]) == (None, None, None)
    assert (five["stated_amount"], five["stated_currency"]) == (5000000000, "USD")
    four = by_amount[("US", "2020-03", 4000000000)]
    # The lowered demand of the Los Angeles round: $4bn × 1,180.5554 (2020) = ₩4,722.2bn, 354.5% above 2019.
    assert (four["amount"], four["pct_above_baseline"], four["source"]) == (4722221600000, 354.5, "yonhap-2020-03-19")
    ten = by_amount[("ROK", "2020-03", 10.0)]
    assert (ten["amount"], ten["pct_above_baseline"]) == (1142790000000, 10.0)  # ₩1,038.9bn × 1.10
    one_three = by_amount[("US", "2020-05-07", 1300000000)]
    # $1.3bn at the 2020 rate, 1,180.5554: ₩1,534.7bn, 47.7% over 2019 ("nearly 50%").
    assert (one_three["amount"], one_three["pct_above_baseline"], one_three["krw_per_usd"]) == (
        1534722020000,
        47.7,
        1180.5554,
    )


def test_a_position_stated_as_a_percentage_is_applied_to_its_baseline() -> None:
    gaps = {(g.position.party, g.position.pct): g for g in position_gaps(load_dataset(), 8)}
    low = gaps[("US", Decimal("6.6"))]
    assert (low.baseline.year, low.baseline_amount.amount) == (2008, Decimal("741500000000"))
    assert low.amount.amount == Decimal("790439000000")  # ₩741.5bn × 1.066
    assert low.agreed_amount.amount == Decimal("760000000000")  # 2009, the 8th SMA's first year


def test_the_1998_demand_in_dollars_needs_no_rate() -> None:
    (g,) = position_gaps(load_dataset(), 4)
    assert (g.amount.amount, g.amount.currency, g.rate) == (Decimal("440000000"), "USD", None)
    assert g.baseline.year == 1998 and g.agreed.year == 1999


def test_gap_sma_in_dollars_converts_every_figure_at_the_year_of_the_position(run) -> None:
    got = rows(run("gap", "--sma", "11", "--in", "USD", "--format", "json"))
    five = next(r for r in got if r["date"] == "2019-10")
    assert (five["amount"], five["baseline"], five["krw_per_usd"]) == (5000000000, 891146486.67, 1165.8016)


def test_gap_sma_without_positions_says_so(run) -> None:
    result = run("gap", "--sma", "1", "--format", "json")
    assert result.exit_code == 0 and result.stdout == "[]\n"
    assert result.stderr == (
        "smacalc: note: no demands or offers are recorded for SMA 1; "
        "`smacalc history --sma 1` shows what the record holds\n"
    )


def test_every_position_and_event_names_a_known_source() -> None:
    data = load_dataset()
    assert len(data.positions) >= 14 and len(data.events) >= 30
    assert all(p.source in data.sources for p in data.positions)
    assert all(e.source in data.sources for e in data.events)


def test_the_12th_sma_timeline(run) -> None:
    got = rows(run("history", "--sma", "12", "--format", "json"))
    rounds = [(r["date"], r["end"], r["place"]) for r in got if r["kind"] == "round"]
    assert rounds[:4] == [
        ("2024-04-23", "2024-04-25", "Honolulu"),
        ("2024-05-21", "2024-05-23", "Seoul"),
        ("2024-06-10", "2024-06-12", "Washington"),
        ("2024-06-25", "2024-06-27", "Seoul"),
    ]
    assert ("2024-08-12", "2024-08-14", "Washington") in rounds
    kinds = {r["kind"]: r["date"] for r in got}
    assert (kinds["agreed"], kinds["signed"], kinds["in_force"]) == ("2024-10-02", "2024-11-04", "2024-11-29")
    assert [r["date"] for r in got] == sorted(r["date"] for r in got)


def test_history_has_every_signing() -> None:
    signed = [m for m in history(load_dataset()) if m.kind == "signed"]
    assert [m.sma for m in signed] == list(range(1, 13))
    assert signed[5].date == "2005-06-09"


@pytest.mark.parametrize("sma", ["13", "0"])
def test_history_of_an_unknown_agreement(run, sma: str) -> None:
    result = run("history", "--sma", sma)
    assert result.exit_code == 2 and result.stdout == "" and len(result.stderr.splitlines()) == 1


def test_no_event_cites_a_source_dated_before_it() -> None:
    """Each signing, round, statement, demand and offer cites a report of itself: never one
    published before it happened, unless the event is marked as announced in advance."""
    data = load_dataset()
    announced = {(e.date, e.source) for e in data.events if e.announced}
    early = []
    for m in history(data):
        published = data.sources[m.source].date if m.source else None
        if published:
            n = min(len(published), len(m.date))  # YYYY-MM against YYYY-MM-DD compares months
            if published[:n] < m.date[:n] and (m.date, m.source) not in announced:
                early.append((m.date, m.kind, m.source))
    assert early == []
    signings = {m.sma: m.source for m in history(data) if m.kind == "signed"}
    assert (signings[10], signings[11], signings[12]) == ("kbs-2019-03-08", "asiae-2021-04-08", "nknews-2024-11")
    assert len(announced) == 3
