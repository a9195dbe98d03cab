"""`smacalc check`: the reader of figures in running text, the placing rules and the verdict bands,
against hand-checked values, and the six sentences of the news the command was built for."""

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from smacalc.calc.claims import check
from smacalc.calc.normalise import normalise
from smacalc.calc.reading import read_figures
from smacalc.calc.verdicts import verdict
from smacalc.errors import InputError
from smacalc.record.load import load_dataset

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul paid about $870 million last year.", [("$870 million", "amount", "870000000", "USD", "about")]),
        ("미국은 50억 달러를 요구했다", [("50억 달러", "amount", "5000000000", "USD", None)]),
        ("분담금은 약 1조 5천억 원", [("1조 5천억 원", "amount", "1500000000000", "KRW", "about")]),
        ("a €910 million contribution", [("€910 million", "amount", "910000000", "EUR", None)]),
        ("up to 400% more", [("400%", "pct", "400", "%", "up to")]),
        ("nearly 50 percent", [("50 percent", "pct", "50", "%", "almost")]),
        ("8.3% 인상됐다", [("8.3%", "pct", "8.3", "%", None)]),
        ("five times the payment", [("five times", "multiple", "5", "x", None)]),
        ("a fivefold rise", [("fivefold", "multiple", "5", "x", None)]),
        ("one-tenth of it", [("one-tenth", "multiple", "0.1", "x", None)]),
        ("두 배로", [("두 배", "multiple", "2", "x", None)]),
        ("the 28,500 US soldiers", [("28,500 US soldiers", "troops", "28500", "troops", None)]),
        ("more than 40,000 troops", [("40,000 troops", "troops", "40000", "troops", "more than")]),
        ("주한미군 2만8500명", [("2만8500명", "troops", "28500", "troops", None)]),
        ("주한미군 병력 2만6천여명", [("2만6천여명", "troops", "26000", "troops", "more than")]),
        ("거의 2110億円", [("2110億円", "amount", "211000000000", "JPY", "almost")]),
        ("to W1.17 trillion this year", [("W1.17 trillion", "amount", "1170000000000", "KRW", None)]),
        (
            "the demand of US$5 billion (US$1=W1,231)",
            [
                ("US$5 billion", "amount", "5000000000", "USD", None),
                ("US$1=W1,231", "rate", "1231", "KRW per USD", None),
            ],
        ),
        ("is now 5 billion dollars", [("5 billion dollars", "amount", "5000000000", "USD", None)]),
        (
            "around 28-thousand U.S. military troops",
            [("28-thousand U.S. military troops", "troops", "28000", "troops", "about")],
        ),
        ("In 2021 the share grew.", []),
        ("a $1.2-billion deal", [("$1.2-billion", "amount", "1200000000", "USD", None)]),
        ("1.04 trillion won-plus", [("1.04 trillion won", "amount", "1040000000000", "KRW", "more than")]),
        ("north of $1 billion", [("$1 billion", "amount", "1000000000", "USD", "more than")]),
        ("13억US$를", [("13억US$", "amount", "1300000000", "USD", None)]),
        ("up 8.3 pct from last year", [("8.3 pct", "pct", "8.3", "%", None)]),
        ("the 28,500-member USFK", [("28,500-member", "troops", "28500", "troops", None)]),
        ("4.1%p 올랐다", []),
    ],
)
def test_the_reader_finds_each_figure_with_its_hedge(text: str, expected: list[tuple[str, ...]]) -> None:
    got = [(f.span, f.kind, str(f.value), f.unit, f.hedge) for f in read_figures(text)]
    assert got == [(s, k, v, u, h) for s, k, v, u, h in expected]


@pytest.mark.parametrize(
    ("claimed", "record", "hedge", "expected"),
    [
        ("105", "100", None, "holds"),  # 5% off: an exact figure holds within 5%
        ("106", "100", None, "close"),
        ("111", "100", None, "off"),
        ("110", "100", "about", "holds"),
        ("119", "100", "about", "close"),
        ("121", "100", "about", "off"),
        ("100", "95", "almost", "holds"),  # the record below the claim, within 10%
        ("100", "100", "almost", "holds"),
        ("100", "101", "almost", "close"),  # above it: not "almost", but within 20%
        ("100", "80", "almost", "off"),
        ("100", "120", "more than", "holds"),
        ("100", "95", "more than", "close"),
        ("100", "85", "more than", "off"),
        ("100", "90", "up to", "holds"),
        ("100", "105", "up to", "close"),
        ("100", "115", "up to", "off"),
    ],
)
def test_verdict_bands(claimed: str, record: str, hedge: str | None, expected: str) -> None:
    assert verdict(Decimal(claimed), Decimal(record), hedge) == expected  # type: ignore[arg-type]


def placed(text: str, day: str) -> list[tuple[str | None, str, str]]:
    got = check(load_dataset(), text, dt.date.fromisoformat(day))
    return [(c.figure.span if c.figure else None, c.refers_to, c.verdict) for c in got]


def rows(text: str, day: str) -> list[tuple[str, str | None, str, str | None, str]]:
    return [
        (c.figure.span, c.kind, c.refers_to, None if c.off_pct is None else str(c.off_pct), c.verdict)
        for c in check(load_dataset(), text, dt.date.fromisoformat(day))
    ]


def test_the_870_million_and_the_5_and_4_billion_demands() -> None:
    text = (
        "Washington demanded that Seoul increase its share from the current $870 million to almost $5 billion, "
        "but then reduced the requested amount to about $4 billion."
    )
    got = rows(text, "2020-03-01")
    # "current" is the date's year, 2020, paid at 2019's ₩1,038.9bn (the 11th SMA was signed in 2021):
    # at the 2020-02-28 rate of ₩1,214.92 it is $855,118,032.46, so $870M is 1.7% above it.
    assert got[0] == ("$870 million", "payment", "2020 payment", "1.7", "holds")
    # "almost $5 billion" holds for both the $5bn and the $4.7bn demands: the nearest is taken.
    assert got[1] == ("$5 billion", "demand", "US demand of $5.0bn (2019-10, for 2020)", "0.0", "holds")
    # The lowered demand Yonhap reported at the Los Angeles round (2020-03-19).
    assert got[2] == ("$4 billion", "demand", "US demand of $4.0bn (2020-03, for 2020)", "0.0", "holds")


def test_400_percent_more_is_the_talks_first_demand() -> None:
    # A percentage of 100 or more said of a demand is a multiple (400% more is five times), and, as a
    # multiple, of its talks' first demand: the $5bn (461.1% more), so "up to 400%" is 13.3% under it,
    # off; not the $4.7bn that followed (427.4% more), as printed sentences are answered by hand.
    got = rows(
        "Trump pushed for Seoul to pay up to 400% more for the stationing of the 28,500 US soldiers.", "2024-01-01"
    )
    assert got == [
        ("400%", "ratio", "US demand of $5.0bn (2019-10) against the 2019 payment", "-13.3", "off"),
        ("28,500 US soldiers", "troops", "US troops in Korea, 2024", "0.0", "holds"),
    ]


def test_about_a_billion_and_13_9_percent_hold() -> None:
    text = (
        "South Korea contributes approximately $1 billion yearly, which represents an increase of approximately 13.9%."
    )
    got = rows(text, "2024-01-01")
    assert [g[4] for g in got] == ["holds", "holds"]
    assert got[1][2] == "change 2020→2021 (the nearest of the agreements agreed by 2024-01-01)"


def test_63_billion_yuan_is_ten_times_too_high() -> None:
    text = (
        "South Korea's share increased by 13.9% in 2021, reaching 1.1833 trillion won (approximately 63 billion yuan)."
    )
    got = rows(text, "2024-08-01")
    assert [(g[1], g[4]) for g in got] == [("increase", "holds"), ("payment", "holds"), ("conversion", "off")]
    # ₩1,183.3bn at 1 Aug 2024's ₩1,368.5 and CN¥7.2441 per dollar: CN¥6,263,751,209.35.
    assert got[2][3] == "905.8"


def test_910_million_euros_holds_and_1_2_billion_is_off() -> None:
    text = (
        "South Korea's roughly $1 billion (€910 million) contribution ... it is estimated to be $1.2 billion per year."
    )
    got = rows(text, "2024-03-01")
    assert [(g[0], g[1], g[4]) for g in got] == [
        ("$1 billion", "payment", "holds"),
        ("€910 million", "conversion", "holds"),  # $1bn at $1.0832 per euro is €923.2M
        ("$1.2 billion", "payment", "off"),  # 2024's ₩1,346.3bn at ₩1,334.8 is $1.009bn: 19.0% below
    ]


def test_last_years_870_million() -> None:
    got = rows("Under last year's SMA, Seoul agreed to pay about $870 million.", "2020-01-01")
    # A completed year's payment at that year's average rate: 2019's ₩1,038.9bn at ₩1,165.8016 is
    # $891,146,486.67, and $870M is 2.4% below it.
    assert got == [("$870 million", "payment", "2019 payment", "-2.4", "holds")]


def test_the_same_figures_in_korean_give_the_same_verdicts() -> None:
    assert rows("미국은 50억 달러를 요구했다", "2019-12-01") == [
        ("50억 달러", "demand", "US demand of $5.0bn (2019-10, for 2020)", "0.0", "holds")
    ]
    assert rows("2026년 분담금은 1조5192억원으로 8.3% 인상됐다", "2024-10-04") == [
        ("1조5192억원", "payment", "2026 payment", "0.0", "holds"),
        ("8.3%", "increase", "change 2025→2026", "0.0", "holds"),
    ]


def test_a_text_with_nothing_to_place_exits_0_and_says_why(run) -> None:
    none = run("check", "The alliance is strong.", "--format", "json")
    (row,) = json.loads(none.stdout)
    assert none.exit_code == 0 and "no figure found" in none.stderr
    assert (row["figure"], row["claimed"], row["verdict"]) == (None, None, "unplaced")
    assert row["refers_to"].startswith("unplaced: no figure found in the text")
    unplaced = run("check", "Seoul paid $870 million.", "--format", "json")
    (row,) = json.loads(unplaced.stdout)
    assert unplaced.exit_code == 0 and row["verdict"] == "unplaced" and "no year named" in row["refers_to"]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["   "], "give the text to check"),
        (["Seoul paid $870 million.", "--date", "1980-01-01"], "outside the record's years"),
        (["Seoul paid $870 million.", "--date", "2019-13-01"], "not a calendar day"),
    ],
)
def test_usage_errors(run, args: list[str], fragment: str) -> None:
    result = run("check", *args)
    assert result.exit_code == 2 and fragment in result.stderr and result.stdout == ""


def test_the_rules_are_printed_whole(run) -> None:
    out = run("check", "--rules").stdout
    assert "holds within 5%, close within 10%" in out and "holds within 10%, close within 20%" in out


def test_many_claims_from_a_file(run) -> None:
    result = run("check", "--from", "fixtures/claims.csv", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split(",")[:5] == ["claim", "text", "figure", "kind", "claimed"]
    got = list(csv.DictReader(io.StringIO(result.stdout)))
    verdicts = [g["verdict"] for g in got]
    assert len(got) == 17 and "off" in verdicts and "holds" in verdicts
    # Every row carries its claim's text, the fixture's own, so a batch's rows stand on their own.
    with open("fixtures/claims.csv", encoding="utf-8") as given:
        texts = [row["text"] for row in csv.DictReader(given)]
    assert {g["claim"]: g["text"] for g in got} == {str(i): t for i, t in enumerate(texts, start=1)}
    last = got[-1]
    assert (last["claim"], last["figure"], last["kind"], last["refers_to"], last["verdict"]) == (
        "8", "8.3%", "increase", "change 2025→2026", "holds",
    )  # fmt: skip


def test_empty_text_is_an_input_error() -> None:
    with pytest.raises(InputError, match="empty"):
        check(load_dataset(), "  ")


def test_each_figure_takes_the_year_cue_of_its_own_clause() -> None:
    text = "Korea is to pay KRW 1.52 trillion (USD 1.11 billion) next year, up from KRW 1.40 trillion this year."
    got = rows(text, "2025-07-09")
    assert [(g[0], g[2], g[4]) for g in got] == [
        ("KRW 1.52 trillion", "2026 payment", "holds"),
        ("USD 1.11 billion", "conversion of KRW 1.52 trillion", "holds"),
        ("KRW 1.40 trillion", "2025 payment (the base of the comparison)", "holds"),
    ]


def test_1_47_billion_is_not_the_first_year_in_dollars() -> None:
    # The 12th SMA's first year, 2026: ₩1,519.2bn at 8 Jul 2025's rate is $1.107bn, not $1.47bn.
    text = "Seoul would raise its contribution by 8.3% to $1.47 billion in the first year."
    got = rows(text, "2025-07-08")
    assert [(g[0], g[2], g[4]) for g in got] == [
        ("8.3%", "change 2025→2026", "holds"),
        ("$1.47 billion", "2026 payment", "off"),
    ]


def test_a_claim_is_a_paragraph_not_a_document(run) -> None:
    long = run("check", "Seoul paid $870 million. " * 500)
    assert long.exit_code == 2 and "smacalc reads claims of up to 10,000" in long.stderr
    bad = run("check", "--from", "-", input='{"text": 5}\n')
    assert bad.exit_code == 1 and "stdin, line 1: text 5 must be a string" in bad.stderr
    dated = run("check", "--from", "-", input="text,date\nSeoul paid $870 million.,2019-13-01\n")
    assert dated.exit_code == 1 and "stdin, line 2: date '2019-13-01' is not a calendar day" in dated.stderr


def test_a_stated_percentage_is_matched_to_a_position_recorded_as_one() -> None:
    assert rows("한국은 13% 인상을 제시했다", "2020-05-01") == [
        ("13%", "offer", "ROK offer of 13.0% (2020-03, for 2020)", "0.0", "holds")
    ]
    assert rows("US negotiators sought a 50% increase for 2019", "2019-02-01") == [
        ("50%", "demand", "US demand of 50.0% (2018-12-07, for 2019)", "0.0", "holds")
    ]
    # 400% is nowhere near the 50% on record: it is set against the demands' amounts instead.
    (pct,) = rows("Trump pushed for Seoul to pay up to 400% more", "2024-01-01")
    assert pct[2] == "US demand of $5.0bn (2019-10) against the 2019 payment"


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # "from 2025" is the base of the comparison: the change is 2026's (₩1,402.8bn to ₩1,519.2bn, +8.3%).
        (
            "Seoul will pay 1.5192 trillion won in 2026, up 8.3% from 2025.",
            "2024-10-05",
            [
                ("1.5192 trillion won", "payment", "2026 payment", "holds"),
                ("8.3%", "increase", "change 2025→2026", "holds"),
            ],
        ),
        (
            "2026년 분담금은 1조5192억원으로 2025년보다 8.3% 인상됐다",
            "2024-10-05",
            [("1조5192억원", "payment", "2026 payment", "holds"), ("8.3%", "increase", "change 2025→2026", "holds")],
        ),
        # The record holds that very demand: candidate Trump's $10 billion a year of 15 October 2024.
        (
            "트럼프 대통령은 한국이 방위비로 연간 100억 달러를 내야 한다고 주장했다",
            "2024-10-16",
            [("100억 달러", "demand", "US demand of $10.0bn (2024-10-15, for 2026)", "holds")],
        ),
        # A share of the defense budget is not a change of the SMA payment.
        ("국방예산의 약 2%", "2024-10-16", [("2%", None, "unplaced", "unplaced")]),
        ("주한미군 2만8천5백명", "2024-10-16", [("2만8천5백명", "troops", "US troops in Korea, 2024", "holds")]),
        # A completed year's payment at its year's average: ₩1,038.9bn at ₩1,165.8016 is $891.1M, 12.2% under $1bn.
        ("Seoul paid 1e9 USD in 2019", "2020-06-01", [("1e9 USD", "payment", "2019 payment", "off")]),
        ("Seoul paid $8\u200b70 million in 2019", "2020-06-01", [("$870 million", "payment", "2019 payment", "holds")]),
        # Japan's own support, ¥1,055.1bn over JFY2022-2026: ¥211.02bn a year.
        (
            "日本の負担は2110億円",
            "2024-10-16",
            [("2110億円", "japan", "Japan's host-nation support, JFY2022-2026, a year", "holds")],
        ),
        (
            "Trump demanded $5 billions a year",
            "2019-12-01",
            [("$5 billions", "demand", "US demand of $5.0bn (2019-10, for 2020)", "holds")],
        ),
        ("Britain pays £5 billion", "2019-12-01", [("£5 billion", None, "unplaced", "unplaced")]),
    ],
)  # fmt: skip
def test_the_sentences_of_the_issue_give_the_right_rows(text: str, day: str, expected: list[tuple[str, ...]]) -> None:
    got = check(load_dataset(), text, dt.date.fromisoformat(day))
    shown = [(c.figure.span if c.figure else None, c.kind, c.refers_to, c.verdict) for c in got]
    assert [(s, k, r if v != "unplaced" else "unplaced", v) for s, k, r, v in shown] == expected


def test_amounts_in_running_text_read_as_gap_reads_them() -> None:
    for text, amount in (("Trump demanded $870k", "870000"), ("a 5 mil USD gap", "5000000")):
        (figure,) = read_figures(text)
        assert (figure.kind, str(figure.value), figure.unit) == ("amount", amount, "USD")


def test_an_amount_in_a_currency_the_record_lacks_keeps_its_value() -> None:
    (row,) = check(load_dataset(), "Britain pays £5 billion", dt.date(2019, 12, 1))
    assert (row.figure.value, row.figure.unit, row.verdict) == (Decimal(5_000_000_000), "GBP", "unplaced")
    assert row.refers_to == "unplaced: an amount in GBP, a currency the record lacks"


def test_a_row_says_where_the_other_conversion_basis_gives_a_better_verdict() -> None:
    # 2019's ₩1,038.9bn at its average ₩1,165.8016 is $891.1M: $950M is 6.6% over it, close. At the
    # rate of 28 Feb 2020, ₩1,214.92, it is $855.1M and $950M is 11.1% over: off. The row keeps the
    # year's average (what was paid, valued when it was paid) and names no better basis.
    (row,) = check(load_dataset(), "Seoul paid $950 million in 2019.", dt.date(2020, 3, 1))
    assert (row.verdict, row.basis) == ("close", "KRW 1165.8016, 2019 average")
    # A payment of the current year is valued at the day's rate, and the year's average is named
    # where it gives the better verdict: 2020's ₩1,038.9bn is $855.1M on 28 Feb 2020 (exact $900M is
    # 5.3% over, close) and $880.0M at 2020's average ₩1,180.5554 (2.3% over, holds).
    (row,) = check(load_dataset(), "Seoul pays $900 million this year.", dt.date(2020, 3, 1))
    assert row.verdict == "close"
    assert row.basis == "KRW 1214.92 of 2020-02-28 (daily); holds at 2020's average rate (KRW 1180.5554, 2020 average)"


def test_a_figure_is_read_in_its_own_clause_and_sentence() -> None:
    # Japan in the next clause, and a demand in the next sentence, do not change what 8.3% is.
    text = (
        "Seoul will pay 1.5192 trillion won in 2026, up 8.3% from 2025, while Japan pays about 211 billion yen a year."
    )
    got = [(c.figure.span, c.kind, c.refers_to, c.verdict) for c in check(load_dataset(), text, dt.date(2024, 10, 16))]
    assert got[1] == ("8.3%", "increase", "change 2025→2026", "holds")
    assert got[2] == ("211 billion yen", "japan", "Japan's host-nation support, JFY2022-2026, a year", "holds")
    text = "2026년 분담금은 1조5192억원으로 2025년보다 8.3% 인상됐다. 트럼프는 연간 100억 달러를 내야 한다고 주장했다."
    got = [(c.figure.span, c.kind, c.verdict) for c in check(load_dataset(), text, dt.date(2024, 10, 16))]
    assert got == [
        ("1조5192억원", "payment", "holds"),
        ("8.3%", "increase", "holds"),
        ("100억 달러", "demand", "holds"),
    ]


# Printed sentences (from the corpus and the held-out sets) that each pinned a rule of placing.
# What a figure printed to many digits and far off from the record is (see claims._another_quantity).
_FAR = (
    "unplaced: given to {} digits, yet far from the {}: another quantity (a part of it, a total with other "
    "costs, another count)"
)
_BUDGET = "unplaced: a share or a limit, or another budget: not a change of the payment"
_FORCE = "unplaced: far more than US troops in Korea: another force (Korea's own, or all US forces)"
_PART = "unplaced: a part of a payment (what it pays for), or an average of years"
_NOT_SMA = "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)"
_BEYOND = "unplaced: far more than the SMA has ever been or been asked to be: another budget"
_FAR_1991 = "unplaced: not said to be paid, and far from the 1991 payment (1991 payment)"
_MOVED = "unplaced: troops moved, cut, limited, in an exercise or stationed elsewhere: not the level in Korea"
_NO_JAPAN = "unplaced: no figure of Japan's host-nation support in the record"
PRINTED = [
        # A Korean year heads the amount after it: 1993's $220M and 1994's $260M (Yonhap, 1995-09-27).
        (
            "93년엔 2억2천만달러,94년엔 2억6천만달러였다.",
            "1995-09-27",
            [("2억2천만달러", "1993 payment", "holds"), ("2억6천만달러", "1994 payment", "holds")],
        ),
        # "...는데," ends a clause: 2018's ₩960.2bn, then 2025's ₩1,402.8bn.
        (
            "2018년 한국의 방위비 분담금은 9602억 원이었는데, 2025년 현재는 1조 4000억 원이다.",
            "2025-04-09",
            [("9602억 원", "2018 payment", "holds"), ("1조 4000억 원", "2025 payment", "holds")],
        ),
        # Korea's 13% offer for 2020 as an amount: ₩1,038.9bn × 1.13 = ₩1,173,957,000,000.
        (
            "Korea had offered a 13 percent increase from the last agreement to W1.17 trillion this year.",
            "2020-04-22",
            [
                ("13 percent", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
                ("W1.17 trillion", "ROK offer of 13.0% (₩1,174.0bn) (2020-03, for 2020)", "holds"),
            ],
        ),
        # The date of a war is not a figure's year (AFP, 2014-01-12).
        (
            "There are currently some 28,000 US troops stationed in South Korea, the legacy of the 1950 to 1953 "
            "Korean War.",
            "2014-01-12",
            [("28,000 US troops", "US troops in Korea, 2014", "holds")],
        ),
        # "since 1991, when it paid": the year of the payment (2005-01-19).
        (
            "South Korea has shared the cost of stationing U.S. soldiers in the country since 1991, when it paid "
            "$150 million.",
            "2005-01-19",
            [("$150 million", "1991 payment", "holds")],
        ),
        # An amount, then "from" another: the later year's, from the base's (2019-02-11).
        (
            "it would boost its contribution to 1.03 trillion won ($890 million) from 960 billion won in 2018.",
            "2019-02-11",
            [
                ("1.03 trillion won", "2019 payment", "holds"),
                ("$890 million", "conversion of 1.03 trillion won", "holds"),
                ("960 billion won", "2018 payment (the base of the comparison)", "holds"),
            ],
        ),
        # Each amount in the bracket converts the won before it; $866 billion is a misprint of $866.85 million.
        (
            "South Korea said on Sunday it would pay 920 billion won ($866 billion, 634 million euros) in 2014.",
            "2014-01-12",
            [
                ("920 billion won", "2014 payment", "holds"),
                ("$866 billion", "conversion of 920 billion won", "off"),
                ("634 million euros", "conversion of 920 billion won", "holds"),
            ],
        ),
        (
            "U.S. Forces Korea said all notices to 9,000 Korean National employees will be issued before Jan. 31.",
            "2020-01-29",
            [("9,000 Korean National employees", "Korean workers of USFK, 2020", "close")],
        ),
        # A comma between a word and a number does not split the number: $150M, not 5천만달러.
        ("부담키로 합의,1억5천만달러를 첫지불한 뒤", "1991-12-31", [("1억5천만달러", "1991 payment", "holds")]),
        # 1992's $180M holds; the $122M of the same year is a part of it, not a false payment (1991-09-28).
        (
            "내년 방위분담금 1억8천만달러는 연합방위력증강에 1억2천2백만달러,한국인 근로자에 대한 인건비 "
            "5천8백만달러등에 사용된다.",
            "1991-09-28",
            [
                ("1억8천만달러", "1992 payment", "holds"),
                ("1억2천2백만달러", "unplaced: another amount of the sentence is the 1992 payment; this is a part "
                 "of it, a total with other costs, or a difference", "unplaced"),
                ("5천8백만달러", _PART,
                 "unplaced"),
            ],
        ),
        # 부담해야 하는 분담금: the payment Korea owes, not a demand (2019-02-11).
        (
            "우리 정부가 올해 부담해야 하는 주한미군 방위비 분담금은 지난해보다 8.2% 증가한 1조 389억 원으로 "
            "확정됐습니다.",
            "2019-02-11",
            [("8.2%", "change 2018→2019", "holds"), ("1조 389억 원", "2019 payment", "holds")],
        ),
        # Japan's ¥211bn a year, said in 2025 of the agreement ending in March 2027.
        (
            "일본은 2027년 3월 만료되는 미국과의 주일미군 주둔 경비 협정에 따라 2110억엔을 부담하고 있다.",
            "2025-05-29",
            [("2110억엔", "Japan's host-nation support, JFY2022-2026, a year", "holds")],
        ),
        # The year of a law is not the troops' year; the current level is (2019-12-18).
        (
            "주한미군 규모를 현 수준인 2만8500명으로 유지하는 '2020회계연도 국방수권법'(NDAA)이 미국 의회를 "
            "통과했다.",
            "2019-12-18",
            [("2만8500명", "US troops in Korea, 2019", "holds")],
        ),
        # A count that is cut is no level (2006-12-06).
        (
            "2007년과 2008년에 걸쳐 주한 미군은 2500명이 감소해",
            "2006-12-06",
            [("2500명", _MOVED, "unplaced")],
        ),
        # "2020회계연도 수준으로": the level kept, not the year of the ¥200bn (JFY2021's ¥201.7bn).
        (
            "2021회계연도에 일본 정부가 부담하는 주일미군 분담금을 2020회계연도 수준으로 유지, 2,000억엔 정도로 "
            "하는 것으로 양국이 합의했다고 전했다.",
            "2021-02-17",
            [("2,000억엔", "Japan's host-nation support, JFY2021", "holds")],
        ),
        # A rate the bracket states converts its amount: $490M × 1,245 = ₩610.05bn (Hankyung, 2001-11-16).
        (
            "내년도 한국이 주한미군 주둔비용(방위비)으로 부담할 몫이 올해(4억4천400만달러)보다 10.4% 증가한 "
            "4억9천만달러(환율 1천245원 기준 6천100억원)로 확정됐다.",
            "2001-11-16",
            [
                ("4억4천400만달러", "2001 payment (the base of the comparison)", "holds"),
                ("10.4%", "change 2001→2002", "off"),
                ("4억9천만달러", "2002 payment", "holds"),
                ("6천100억원", "conversion of 4억9천만달러", "holds"),
            ],
        ),
        # A bare count after troops are named (Chosun Ilbo, 2019-02-14).
        (
            'On Feb. 3, he told CBS on "We have 40,000 troops in South Korea. It\'s very expensive." In fact there '
            "are around 28,000.",
            "2019-02-14",
            [("40,000 troops", "US troops in Korea, 2019", "off"), ("28,000", "US troops in Korea, 2019", "holds")],
        ),
        # Japan's support for a year the record lacks is unplaced, not set against a later agreement.
        (
            "Japan agreed Tuesday to maintain its level of host-nation support for U.S. forces at an annual ¥188.1 "
            "billion for the next five years starting in fiscal 2011.",
            "2010-12-15",
            [("¥188.1 billion", "unplaced: no figure of Japan's host-nation support for 2011 in the record",
              "unplaced")],
        ),
        # The year a deal was signed is not the year of the payment; "current" is (Korea Herald, 2018-05-22).
        (
            "Under the current cost-sharing agreement signed in 2014, South Korea has provided $830 million per "
            "year for stationing US Forces in South Korea.",
            "2018-05-22",
            [("$830 million", "2018 payment", "close")],
        ),
        # "the 2025 total of ₩1.4028 trillion" is the base (Korea Times, 2024-10-04).
        (
            "The total amount for the first year, 2026, has been set at 1.5192 trillion won, an 8.3 percent "
            "increase compared to the 2025 total of 1.4028 trillion won,\" the ministry said in a statement.",
            "2024-10-04",
            [
                ("1.5192 trillion won", "2026 payment", "holds"),
                ("8.3 percent", "change 2025→2026", "holds"),
                ("1.4028 trillion won", "2025 payment (the base of the comparison)", "holds"),
            ],
        ),
        # "paid ... last year" is the payment's year; the troops are today's (Korea Herald, 2013-07-02).
        (
            "Under the agreement, Seoul paid Washington 836 billion won (US$737.4 million) last year to support "
            "about 28,500 U.S. troops in South Korea.",
            "2013-07-02",
            [
                ("836 billion won", "2012 payment", "holds"),
                ("US$737.4 million", "conversion of 836 billion won", "holds"),
                ("28,500 U.S. troops", "US troops in Korea, 2013", "holds"),
            ],
        ),
        # A level kept, though a cut is spoken of (MBN, 2008-02-04).
        (
            "미국 측이 올해 2만5천여명으로 감축할 예정이던 주한미군을 2만 8천500여 명 선에서 유지하길 원하는 "
            "것으로 전해졌습니다.",
            "2008-02-04",
            [
                ("2만5천여명", _MOVED,
                 "unplaced"),
                ("2만 8천500여 명", "US troops in Korea, 2008", "holds"),
            ],
        ),
        # A year far from the count (the war) is not its year (AFP, 2021-03-10).
        (
            "Washington stations around 28,500 troops in South Korea to defend it from the nuclear-armed North "
            "Korea, which invaded the South in 1950, and protect US interests in northeast Asia.",
            "2021-03-10",
            [("28,500 troops", "US troops in Korea, 2021", "holds")],
        ),
        # "a little under" is "almost": $890.2M is 11.0% under $1bn, close (AP, 2019-11-15).
        (
            "South Korea currently pays a little under $1 billion a year for U.S. military support.",
            "2019-11-15",
            [("$1 billion", "2019 payment", "close")],
        ),
        # "4년 뒤": the date's year + 4 (Seoul Shinmun, 2021-03-10).
        (
            "한미 방위비 다년 계약했지만 총액 커져 4년 뒤 1.5조원 육박",
            "2021-03-10",
            [("1.5조원", "2025 payment", "holds")],
        ),
        # A multiple said of Japan is not a demand on Korea (2020-07-10).
        (
            "It has been said that President Trump will request an increase in Japan’s host nation support to an "
            "annual amount of 8 billion dollars, which is more than four times the current amount.",
            "2020-07-10",
            [
                ("8 billion dollars", "unplaced: no figure of Japan's support near 8 billion dollars; the nearest: "
                 "Japan's host-nation support, JFY2016-2020, total", "unplaced"),
                ("four times", "unplaced: a multiple said of Japan's support; the record holds no demand on Japan",
                 "unplaced"),
            ],
        ),
        # A demand in another clause is not what the percentage is of (AFP, 2021-03-10).
        (
            "The sum represents a 13.9 percent increase on the roughly $920 million Seoul was paying under the "
            "previous agreement, which expired in 2019 -- but is a far cry from the Trump administration's initial "
            "demand of $5 billion a year.",
            "2021-03-10",
            [
                ("13.9 percent", "change 2020→2021 (the nearest of the agreements agreed by 2021-03-10)", "holds"),
                ("$920 million", "2020 payment (the year before the date)", "holds"),
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # A possessive (한국의) is whose payment it is; the subject (트럼프 미국 대통령이) is who acts.
        (
            "도널드 트럼프 미국 대통령이 한국의 방위비 분담금을 난데없이 50억 달러로 제시했고 미 당국자들이 이를 "
            "47억 달러로 낮추도록 설득한 뒤 그 금액을 정당화할 근거를 찾느라 분주했다고 미 CNN방송이 보도했습니다.",
            "2019-11-15",
            [
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("47억 달러", "US demand of $4.7bn (2019-11-15, for 2020)", "holds"),
            ],
        ),
        # "more than what it spent last year, which was ₩960.2bn": the base and its amount (2019-02-13).
        (
            "South Korea and the United States agreed last Sunday that Seoul will pay 1.03 trillion won ($916 "
            "million) for the upkeep of 28,500 U.S. forces in South Korea (USFK), 8.2 percent more than what it "
            "spent last year, which was 960.2 billion won, which is about $856 million.",
            "2019-02-13",
            [
                ("1.03 trillion won", "2019 payment", "holds"),
                ("$916 million", "conversion of 1.03 trillion won", "holds"),
                ("28,500 U.S. forces", "US troops in Korea, 2019", "holds"),
                ("8.2 percent", "change 2018→2019", "holds"),
                ("960.2 billion won", "2018 payment (the base of the comparison)", "holds"),
                ("$856 million", "conversion of 960.2 billion won", "holds"),
            ],
        ),
        # The base of the 8.3%: "내년 방위비 총액 1조4028억 원보다", four words on (Kookbang Ilbo, 2024-10-06),
        # and "2025년 1조4028억원에서" (Kyunghyang, 2024-10-07).
        (
            "최초 연도 총액은 1조5192억 원으로, 이는 내년 방위비 총액 1조4028억 원보다 8.3% 증액된 금액이다.",
            "2024-10-06",
            [
                ("1조5192억 원", "2026 payment", "holds"),
                ("1조4028억 원", "2025 payment (the base of the comparison)", "holds"),
                ("8.3%", "change 2025→2026", "holds"),
            ],
        ),
        (
            "2026년 분담금은 2025년 1조4028억원에서 8.3% 늘어난 1조5192억원으로 합의됐다.",
            "2024-10-07",
            [
                ("1조4028억원", "2025 payment (the base of the comparison)", "holds"),
                ("8.3%", "change 2025→2026", "holds"),
                ("1조5192억원", "2026 payment", "holds"),
            ],
        ),
        # Printed to five digits and far from the payment: unspent construction funds, not the
        # payments of 2014 and 2016 (Yonhap, 2017-10-25); active-duty soldiers only
        # beside the whole force (CNN as quoted by News1 in Dong-A, 2024-05-06).
        (
            "2014년 3천248억8천만원, 2015년 2천555억7천만원, 2016년 3천287억3천600만원 등이었다.",
            "2017-10-25",
            [
                ("3천248억8천만원", _FAR.format(5, "2014 payment"), "unplaced"),
                ("2천555억7천만원", _FAR.format(5, "2015 payment"), "unplaced"),
                ("3천287억3천600만원", _FAR.format(6, "2016 payment"), "unplaced"),
            ],
        ),
        (
            "CNN은 2016년 말 기준으로, 현역병 2만3468명을 포함해 주한미군 규모는 2만6878명이었고, 또 트럼프 "
            "행정부가 한국과 새 협정에 서명하기 약 2개월 전인 2018년 말 기준으로는 총 2만9389명이라고 지적했다.",
            "2024-05-06",
            [
                ("2만3468명", _FAR.format(5, "US troops in Korea, 2016"), "unplaced"),
                ("2만6878명", "US troops in Korea, 2016", "close"),
                ("2만9389명", "US troops in Korea, 2018", "holds"),
            ],
        ),
        # Workers furloughed, against the record's furlough of 2020 (Seoul Economic Daily, 2020-03-30).
        (
            "주한미군은 한미방위비분담금특별협정(SMA)이 진척을 보이지 못하고 있다며 지난 25일 주한미군에 근무하는 "
            "4,000여명의 한국인 근로자에게 오는 4월1일부로 무급휴직을 통보했다.",
            "2020-03-30",
            [("4,000여명", "Korean workers of USFK furloughed, 2020", "holds")],
        ),
        # The first year of the agreement named by its number, not of the latest (News1, 2024-05-06).
        (
            "2014~2018년 9차 협정에서 한국은 첫해에 약 8억6700만 달러를 분담했고, 이후에는 전전 해의 물가상승률을 "
            "반영해 분담금을 지불했다고 전했다.",
            "2024-05-06",
            [("8억6700만 달러", "2014 payment", "holds")],
        ),
        # Another budget's rise, in a sentence with no word of the SMA (Yonhap, 2019-02-10), and the
        # workers' wages (Kookmin Ilbo, 2015-06-19).
        (
            "South Korea's defense budgets this year have hiked 8.2 percent from 2018, but inflation has remained at "
            "1.5 percent.",
            "2019-02-10",
            [("8.2 percent", _BUDGET, "unplaced"), ("1.5 percent", _BUDGET, "unplaced")],
        ),
        ("한국인 근로자 임금은 지난해 1.7% 인상됐다.", "2015-06-19", [("1.7%", _BUDGET, "unplaced")]),
        # The one-year agreement is 2019's; Korea "willing to accept" is its offer (The Diplomat, 2020-04-05).
        (
            "While this is down from Washington’s initial ask of $5 billion, it remains a significant increase over "
            "the most recent one year agreement, which set Seoul’s contribution at a little over $900 million, "
            "itself an 8.2 percent increase over the prior five year agreement.",
            "2020-04-05",
            [
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("$900 million", "2019 payment", "close"),
                ("8.2 percent", "change 2018→2019", "holds"),
            ],
        ),
        (
            "With South Korea reportedly only willing to accept a 10 percent increase, that still leaves a significant "
            "gap between the two sides.",
            "2020-04-05",
            [("10 percent", "ROK offer of 10.0% (2020-03, for 2020)", "holds")],
        ),
        # What the payment was spent on, item by item (MBN, 2014-01-11).
        (
            "지난해 주한미군은 인건비에 3,340억 원, 군사건설에 3,850억 원, 군수지원 부문에 1,505억 원을 편성했습니다.",
            "2014-01-11",
            [("3,340억 원", _PART, "unplaced"), ("3,850억 원", _PART, "unplaced"), ("1,505억 원", _PART, "unplaced")],
        ),
        # An amount joined to the base year after it: "1조389억 원인 올해 분담금보다" (BBS, 2019-11-18);
        # "this year's agreed cost of $923 million" after "more than" (The Korea Times, 2019-07-31).
        (
            "미국은 한국이 부담할 내년도 분담금으로 1조389억 원인 올해 분담금보다 400% 늘어난 50억 달러를 요구한 "
            "것으로 알려졌습니다.",
            "2019-11-18",
            [
                ("1조389억 원", "2019 payment (the base of the comparison)", "holds"),
                ("400%", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        (
            "the U.S. has tentatively decided to request that Seoul pay $5 billion (5.9 trillion won) under a renewed "
            "bilateral cost-sharing arrangement for next year, more than five times as much as this year's agreed "
            "cost of $923 million",
            "2019-07-31",
            [
                ("$5 billion", "US demand of $5.0bn (2019-07, for 2020)", "holds"),
                ("5.9 trillion won", "conversion of $5 billion", "holds"),
                ("five times", "US demand of $5.0bn (2019-07) against the 2019 payment", "holds"),
                ("$923 million", "2019 payment (the base of the comparison)", "close"),
            ],
        ),
        # What the US's presence costs is not a demand, though near one (The Korea Herald, 2019-10-23).
        (
            "In March, the US Department of Defense disclosed the total cost for US military presence in South "
            "Korea amounted to about $4.4 billion annually.",
            "2019-10-23",
            [("$4.4 billion", "unplaced: not said to be paid, and far from the 2019 payment (2019 payment)", "unplaced")],  # noqa: E501
        ),
        # 천 standing for one thousand after a larger unit: 1조 천305억 is 1조1305억; the sum settled on
        # ("1조 3백억 원대로 타결된") is a payment, whoever spoke before it (YTN, 2019-02-10).
        (
            "협정은 미국 측이 제시한 유효기간 1년을 우리가 받아들이는 대신 금액은 미국이 애초 하한선으로 제시했던 "
            "10억 달러, 우리 돈 1조 천305억 원보다 낮은 1조 3백억 원대로 타결된 것으로 전해졌습니다.",
            "2019-02-10",
            [
                ("10억 달러", "US demand of $1.0bn (2018-12-28, for 2019)", "holds"),
                ("1조 천305억 원", "conversion of 10억 달러", "holds"),
                ("1조 3백억 원대", "2019 payment", "holds"),
            ],
        ),
        # A rise said as an amount with 여 before 원, and 상승 (MBN, 2014-01-12): the rise to 2013's ₩869.5bn.
        (
            "지난해 우리나라가 미국에 지불한 방위비는 8천695억 원으로 600억 여원이 상승한 값입니다.",
            "2014-01-12",
            [("8천695억 원", "2013 payment", "holds"), ("600억 여원", "difference 2012→2013", "off")],
        ),
        # A gap between the two sides' positions is not a year's change (JoongAng, 2013-07-26).
        (
            "이는 우리 정부의 방안보다 최소 1000억원 이상이 많은 금액이다.",
            "2013-07-26",
            [("1000억원", "unplaced: the gap between the two sides' positions", "unplaced")],
        ),
        # An offer's percentage that is off while the change of the year named holds exactly is that
        # change, not off (The Korea Times, 2020-04-14).
        (
            "But he should realize that it was the best offer from the Moon Jae-in administration, compared with "
            "the 8.2 percent hike in 2019 from the previous year.",
            "2020-04-14",
            [("8.2 percent", "change 2018→2019", "holds")],
        ),
        # Korea's own forces, and US troops in Japan (The Hill via ROK Drop, 2019-01-11; Foreign Policy,
        # 2019-11-15).
        (
            "It has an active force of 625,000 troops with 28,000 Americans stationed in South Korea.",
            "2019-01-11",
            [
                ("625,000 troops", _FORCE, "unplaced"),
                ("28,000", "US troops in Korea, 2019", "holds"),
            ],
        ),
        (
            "The administration has asked Tokyo to pay roughly four times as much per year to offset the costs of "
            "stationing more than 50,000 U.S. troops there",
            "2019-11-15",
            [
                ("four times", "unplaced: a multiple said of Japan's support; the record holds no demand on Japan", "unplaced"),  # noqa: E501
                ("50,000 U.S. troops", "unplaced: troops in a sentence about Japan or elsewhere, far from the level in Korea", "unplaced"),  # noqa: E501
            ],
        ),
        # A change of Japan's support said as an amount: of the total from one agreement to the next
        # (The Epoch Times, 2021-12-23), of a year's average (News1 in Dong-A, 2021-12-21), with the
        # hedge after the conversion's bracket ("100억엔(약 1047억원) 정도").
        (
            "Under the latest deal, Tokyo will pay 1.05 trillion yen ($9.2 billion) through 2026 to host American "
            "troops and their families—up 75 billion yen ($657 million) from the previous deal, Kyodo News reported.",
            "2021-12-23",
            [
                ("1.05 trillion yen", "Japan's host-nation support, JFY2022-2026, total", "holds"),
                ("$9.2 billion", "conversion of 1.05 trillion yen", "holds"),
                ("75 billion yen", "rise of Japan's support in total, JFY2022-2026 over JFY2016-2020", "holds"),
                ("$657 million", "conversion of 75 billion yen", "holds"),
            ],
        ),
        (
            "미국과 일본이 내년도부터 5년간 주일미군 주둔비 부담금을 올해보다 100억엔(약 1047억원) 정도 많은 "
            "2110억엔(약 2조2087억원)으로 인상하기로 합의했다고 일본 공영 NHK방송이 21일 보도했다.",
            "2021-12-21",
            [
                ("100억엔", "rise of Japan's support a year, JFY2022-2026 over JFY2021", "holds"),
                ("1047억원", "conversion of 100억엔", "holds"),
                ("2110억엔", "Japan's host-nation support, JFY2022-2026, a year", "holds"),
                ("2조2087억원", "conversion of 2110억엔", "holds"),
            ],
        ),
        # "More than" an amount far below the payment says nothing of it (Yonhap in Hankyung, 2020-06-16).
        (
            "미 국방부는 당시 발표한 성명에서 \"주한미군 전체 한국인 노동력에 대한 한국의 자금지원에 연말까지 2억 "
            "달러(한화 2천430억원) 이상이 제공될 것\"이라고 밝혔지만",
            "2020-06-16",
            [
                ("2억 달러", "unplaced: a bound far from the 2020 payment: another quantity", "unplaced"),
                ("2천430억원", "conversion of 2억 달러", "holds"),
            ],
        ),
        # "at KRW 1.83 trillion" is read (not "a t KRW"): a misprint of ₩1.183 trillion, off (Aju News, 2021-03-10).
        (
            "With the conclusion of the Korea-US defense cost share negotiations, the amount to be borne by Korea "
            "this year is set at KRW 1.83 trillion, an increase of 13.9% from the previous year.",
            "2021-03-10",
            [("KRW 1.83 trillion", "2021 payment", "off"), ("13.9%", "change 2020→2021", "holds")],
        ),
        # A line broken inside a sentence as the page prints it (Hankyung, 1997-12-10): 내년도 still names 1998.
        (
            "한국측은 3년 전에 이뤄진 합의에 따라 내년도 한국의 주한미군방위비\n분담몫인 3억9천9백만달러는 예정대로 "
            "집행할 것이라고 통보했으나 최근의\n환율 급등으로 99년 이후에는 분담비율이 축소조정돼야 한다고 지적했다.",
            "1997-12-10",
            [("3억9천9백만달러", "1998 payment", "holds")],
        ),
        # A year that is a plan's deadline ("2005년 말까지 철수") is not the count's (VOA Korean, 2004-08-20).
        (
            "한국 정부는 미국측에 한국에 주둔중인 3만 7천명의 주한 미군 병력중 3분의 1을 오는 2005년 말까지 "
            "철수하겠다는 계획을 연기해주도록 요청하고 있습니다.",
            "2004-08-20",
            [("3만 7천명", "US troops in Korea, 2004", "close")],
        ),
        # The 50% was reported on 7 Dec 2018 (the WSJ, as Korea JoongAng Daily gives it): the 50% of a 12 Dec
        # report is that demand, not a false off against the ₩1.35tn (Chosun, 2018-12-12).
        (
            "미 정부는 최근 협상에서 총액 50% 인상인 12억달러(약 1조3500억원) 분담을 우리 측에 요구한 것으로 알려졌다.",
            "2018-12-12",
            [
                ("50%", "US demand of 50.0% (2018-12-07, for 2019)", "holds"),
                ("12억달러", "US demand of ₩1,350.0bn (2018-12-11, for 2019)", "holds"),
                ("1조3500억원", "conversion of 12억달러", "holds"),
            ],
        ),
        # A decimal comma before a magnitude ("$866,5 million") is read whole (RT, 2014-01-12).
        (
            "The five-year cost-sharing plan stipulates South Korea pay 920 billion won ($866,5 million) in 2014, a "
            "5.4 percent rise from the previous year.",
            "2014-01-12",
            [
                ("920 billion won", "2014 payment", "holds"),
                ("$866.5 million", "conversion of 920 billion won", "holds"),
                ("5.4 percent", "change 2013→2014", "close"),
            ],
        ),
        # A bare count of tens of thousands after troops are named, "over 40,000," with its comma (BBIU,
        # 2025-08-26); "works out to 1.03 trillion", in the won of the sentence, is the total paid (a copy
        # of Reuters, 2019-02-11).
        (
            "President Trump referred to U.S. troop levels in Korea as “over 40,000,” while the official figure is "
            "approximately 28,500.",
            "2025-08-26",
            [("40,000", "US troops in Korea, 2025", "off"), ("28,500", "US troops in Korea, 2025", "holds")],
        ),
        (
            "According to Reuters, South Korean officials wanted to cap spending at one trillion won (the new total "
            "works out to 1.03 trillion) and sign a three-year agreement, while the us wanted 1.4 trillion won.",
            "2019-02-11",
            [
                ("one trillion won", "ROK offer of ₩999.9bn (2019-01, for 2019)", "holds"),
                ("1.03 trillion", "2019 payment", "holds"),
                ("1.4 trillion won", "US demand of ₩1,400.0bn (2019-01, for 2019)", "holds"),
            ],
        ),
        # The place said right before a count is its own: "한국에 2만8500명" beside Japan's and Germany's
        # (a forum copy of 시사저널, 2016-09-20).
        (
            "현재 미국은 한국에 2만8500명, 일본에 4만9000명, 독일에 3만8000명 등의 군병력을 배치한 상태다.",
            "2016-09-20",
            [
                ("2만8500명", "US troops in Korea, 2016", "holds"),
                ("4만9000명", _MOVED, "unplaced"),
                ("3만8000명", _MOVED, "unplaced"),
            ],
        ),
        # "더 지불" past an unbracketed conversion makes the amount a change: Trump's "$500 million more"
        # against 2019's rise (연합뉴스TV, 2019-02-13).
        (
            "도널드 트럼프 대통령은 한미 방위비 분담금 합의와 관련해 \"한국이 전화 몇통에 5억 달러, 약 5천600억원을 "
            "더 지불하기로 했다\"고 밝혔습니다",
            "2019-02-13",
            [
                ("5억 달러", "difference 2018→2019", "off"),
                ("5천600억원", "conversion of 5억 달러", "holds"),
            ],
        ),
        # "올렸다" rises (연합뉴스 on 다음뉴스, 2024-10-04).
        (
            "양국은 해당 기간 8차례 협의를 거쳐 2026년 한미 방위비 분담금을 내년보다 8.3%, 액수로는 1164억원 올렸다.",
            "2024-10-04",
            [("8.3%", "change 2025→2026", "holds"), ("1164억원", "difference 2025→2026", "holds")],
        ),
        # An amount compared with ("lower than", "보다는") but named as the US's ask is that demand (The
        # Hankyoreh, 2019-02-11; 채널A, 2019-02-10).
        (
            "While the amount was lower than the US$1 billion initially “declared” by the US as the minimum "
            "acceptable, the agreement period was set at just one year.",
            "2019-02-11",
            [("US$1 billion", "US demand of $1.0bn (2018-12-28, for 2019)", "holds")],
        ),
        (
            "당초 미국이 마지노선으로 제시한 10억 달러보다는 적지만 문제는 유효기간입니다.",
            "2019-02-10",
            [("10억 달러", "US demand of $1.0bn (2018-12-28, for 2019)", "holds")],
        ),
        # A part of the payment from one year to another: both ends are parts ("인건비는 2018년 기준 3,800여억
        # 원에서 2019년 기준 5,005억 원", 참여와혁신, 2019-08-29); a payment per head is a part (매일신문,
        # 2000-09-28).
        (
            "방위비 분담금은 ‘인건비·군사건설비·군수지원비’로 나뉘는데, 이중 인건비는 2018년 기준 3,800여억 원에서 "
            "2019년 기준 5,005억 원이 배정됐다.",
            "2019-08-29",
            [("3,800여억 원", _PART, "unplaced"), ("5,005억 원", _PART, "unplaced")],
        ),
        (
            "한 교수는 \"지난해 기준으로 주한미군에 대한 국민 1인당 방위비 분담금은 7.4달러였다\"면서 \"이는 현재의 "
            "환율로 환산할 경우 8천400여원 수준이고, 같은해 국민1인당 국방비 30만원의 0.3% 수준이다\"고 밝혔다.",
            "2000-09-28",
            [
                ("7.4달러", _PART, "unplaced"),
                ("30만원", _NOT_SMA, "unplaced"),  # 국방비 30만원: the defense budget's, a head
                ("0.3%", "unplaced: a percentage with no rise or fall named", "unplaced"),
            ],
        ),
        # "현재 10억 달러에서" is the payment a demand rises from (청소년기자단, 2019-12-05).
        (
            "한편미국은 \"·미 동맹 갱신\"의 필요성을 거론하며 한국에 방위비 분담금을 현재 10억 달러에서 50억 달러로, "
            "5배 인상을 요구하고 나섰다",
            "2019-12-05",
            [
                ("10억 달러", "2019 payment", "off"),
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("5배", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
            ],
        ),
        # A backtick printed for an apostrophe ("this year`s 444 million dollars", Dong-A Ilbo, 2001-11-17).
        (
            "The Korea`s share of U.S. Forces Korea stationing expenses will reach 490 million dollars next year, "
            "increased by 10.4 percent from this year`s 444 million dollars.",
            "2001-11-17",
            [
                ("490 million dollars", "2002 payment", "holds"),
                ("10.4 percent", "change 2001→2002", "off"),
                ("444 million dollars", "2001 payment (the base of the comparison)", "holds"),
            ],
        ),
        # Money kept unused is no payment (Hankyoreh, 2013-07-24); economic growth is no SMA change (Korea
        # JoongAng Daily, 2019-11-29); a cap after the figure after the rise is the cap's (tissue.kr,
        # 2024-10-05); workers paid from the SMA about to be furloughed (JTBC, 2020-01-29).
        (
            "The amount of money from South Korean defense contributions that US forces in Korea have not used but "
            "are keeping in reserve was 738 billion won (US$660.37 million) as of April.",
            "2013-07-24",
            [
                ("738 billion won", _NOT_SMA, "unplaced"),
                ("US$660.37 million", "conversion of 738 billion won", "holds"),
            ],
        ),
        (
            "There are forecasts that the economic growth rate, which had maintained a 3 percent level, could go "
            "down to a 1 percent level this year.",
            "2019-11-29",
            [("3 percent", _BUDGET, "unplaced"), ("1 percent", _BUDGET, "unplaced")],
        ),
        (
            "2025년 대비 8.3% 증가한 방위비분담금, 연동된 CPI로 상한선 5% 설정.",
            "2024-10-05",
            [("8.3%", "change 2025→2026", "holds"), ("5%", _BUDGET, "unplaced")],
        ),
        (
            "몇 명씩 가는 게 아니고 방위비 분담금에서 인건비를 지원받는 약 9000명이 전체가 동시에 강제 무급휴직에 "
            "들어갑니다.",
            "2020-01-29",
            [("9000명", "Korean workers of USFK, 2020", "holds")],
        ),
        # A multiple the US side put forward is its demand ("5배 인상안을 내놨으나", TV조선, 2024-10-16).
        (
            "앞서 지난 집권 당시 트럼프 전 대통령은 한국에 방위비 분담 5배 인상안을 내놨으나 이견을 좁히지 못한 채 "
            "물러났고, 지난 2021년 1월 조 바이든 행정부 출범과 함께 한미 양국의 방위비 분담금은 합의됐습니다.",
            "2024-10-16",
            [("5배", "US demand of $5.0bn (2019-10) against the 2019 payment", "off")],
        ),
        # "the previous year" after "this year" is the year before it, and a base (The Telegraph, 2019-11-19).
        (
            "That figure is a sharp increase from the $923 million that Seoul paid this year, which was an 8 per "
            "cent increase on the previous year.",
            "2019-11-19",
            [
                ("$923 million", "2019 payment (the base of the comparison)", "holds"),
                ("8 per cent", "change 2018→2019", "holds"),
            ],
        ),
        # Trump's counterfactuals are his demand, not a case worked out: "they'd be paying us" (Deccan Herald,
        # Bloomberg copy, 2024-10-16), "내야 할 것" (채널A), "받았을 거라고" (TV조선).
        (
            "“If I were there now, they’d be paying us $10 billion a year and you know what, they’d be happy to do "
            "it,” Trump told Bloomberg News Editor-in-Chief John Micklethwait on Tuesday.",
            "2024-10-16",
            [("$10 billion", "US demand of $10.0bn (2024-10-15, for 2026)", "holds")],
        ),
        (
            "도널드 트럼프 미국 공화당 대선 후보가 한국에는 '머니 머신(Money Machine)이 있다며, 자신이 대통령이 된다면 "
            "주한미군 주둔비용을 연간 100억 달러, 약 13조 원을 내야 할 것이라고 밝혔습니다.",
            "2024-10-16",
            [
                ("100억 달러", "US demand of $10.0bn (2024-10-15, for 2026)", "holds"),
                ("13조 원", "conversion of 100억 달러", "holds"),
            ],
        ),
        (
            "자신이 대통령이라면 현재의 9배 수준인 연간 13조 원을 받았을 거라고 했습니다.",
            "2024-10-16",
            [
                ("9배", "US demand of $10.0bn (2024-10-15) against the 2025 payment", "holds"),
                ("13조 원", "US demand of $10.0bn (2024-10-15, for 2026)", "holds"),
            ],
        ),
        # A change over the years from the one named: "6년 만에" (국민주권당 논평, 2025-07-20).
        (
            "2024년 방위비분담금은 1조 3,463억 원이다. 2018년 9,602억 원에서 6년 만에 40%나 올랐다.",
            "2025-07-20",
            [
                ("1조 3,463억 원", "2024 payment", "holds"),
                ("9,602억 원", "2018 payment (the base of the comparison)", "holds"),
                ("40%", "change 2018→2024", "holds"),
            ],
        ),
        # What is spent besides the SMA ("방위비 분담금 빼고도") is no payment (SBS, 2019-11-20); THAAD in a
        # sentence that names no SMA, and a range of conversions (국민일보, 2017-04-28).
        (
            "주둔지 주변 정비, 부동산 지원, 심지어 미군 훈련 중에 발생한 민간 피해 배상, 여기에 카투사 지원받아 "
            "인건비 아낀 돈, 유류세 같은 세금 면제받은 돈, 공항·항만 이용료 안 낸 돈, 이것저것 다 합치면 방위비 "
            "분담금 빼고도 2조 4천억 원입니다.",
            "2019-11-20",
            [("2조 4천억 원", _NOT_SMA, "unplaced")],
        ),
        (
            "록히드마틴이 제작한 사드는 1개 포대의 가격이 8억~13억 달러(9064억~1조4729억원)로 알려져 있다.",
            "2017-04-28",
            [
                ("8억", _NOT_SMA, "unplaced"),
                ("13억 달러", _NOT_SMA, "unplaced"),
                ("9064억", "unplaced: one end of a range converting 13억 달러", "unplaced"),
                ("1조4729억원", _NOT_SMA, "unplaced"),
            ],
        ),
        # A dateline's year is no figure's year (StrategyPage, 2006-12-20); "at least ... and up to" share
        # their verb (2008-08-29).
        (
            "December20, 2006: South Korea is increasing, by 6.6 percent, the amount of money it pays towards the "
            "costs of American troops being stationed in South Korea.",
            "2006-12-20",
            [("6.6 percent", "change 2006→2007 (the nearest of the agreements agreed by 2006-12-20)", "holds")],
        ),
        (
            "The United States has asked the Korean government to pay at least 6.6 percent and up to 14.5 percent "
            "more for the upkeep of U.S. Forces Korea next year.",
            "2008-08-29",
            [
                ("6.6 percent", "US demand of 6.6% (2008-08, for 2009)", "holds"),
                ("14.5 percent", "US demand of 14.5% (2008-08, for 2009)", "holds"),
            ],
        ),
        # Japan's support by the agreements made by the date: in 2016, the 2016-2020 one (세계일보,
        # 2016-11-02); "less than" bounds from above (KBS World, 2019-02-06); "nine-thousand" workers
        # (KBS World, 2020-02-13).
        (
            "일본은 주일 미군 주둔 비용의 50%인 20억달러를, 독일은 18%인 9억700만달러를 각각 부담하고 있다고 이 "
            "기관이 밝혔다.",
            "2016-11-02",
            [
                ("50%", "unplaced: no change of Japan's support in the record", "unplaced"),
                ("20억달러", "Japan's host-nation support, JFY2016-2020, a year", "close"),
                ("18%", "unplaced: a percentage with no rise or fall named", "unplaced"),
                (
                    "9억700만달러",
                    "unplaced: no figure of Japan's support near 9억700만달러; the nearest: Japan's host-nation "
                    "support, JFY2016-2020, a year",
                    "unplaced",
                ),
            ],
        ),
        (
            "It was reported South Korea and the U.S. agreed to raise Seoul’s cost for stationing U.S. forces to "
            "less than one-point-one trillion won under a one-year contract.",
            "2019-02-06",
            [("one-point-one trillion won", "2019 payment", "holds")],
        ),
        (
            "In late January, USFK sent a 60-day notice of potential furloughs to its nearly nine-thousand South "
            "Korean workers.",
            "2020-02-13",
            [("nine-thousand South Korean workers", "Korean workers of USFK, 2020", "holds")],
        ),
        # "from this year's $1 billion" is the payment a rise starts from (Chosun Ilbo, 2019-11-12).
        (
            "The U.S. is demanding a total of US$5 billion a year, including these additional costs, a five-fold "
            "increase from this year's $1 billion.",
            "2019-11-12",
            [
                ("US$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("five-fold", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("$1 billion", "2019 payment (the base of the comparison)", "off"),
            ],
        ),
        # "urged to pay" asks (The Japan Times, 2020-01-25).
        (
            "South Korea has been urged to pay about five times more than last year.",
            "2020-01-25",
            [("five times", "US demand of $5.0bn (2019-10) against the 2019 payment", "close")],
        ),
        # "최고수준" holds no "고수" (to hold out for): the $5bn is the US demand (충청뉴스, 2019-11-28).
        (
            "그러면서 \"우리 정부는 그동안 GDP 기준 세계 주요동맹국 중 가장 높은 방위비 분담금을 지출했고 11조원 "
            "이상을 들여 경기도 평택에 세계 최고수준의 미군기지를 건설했고 미국산 무기 수입도 세계에서 세번째로 "
            "많다\"며 50억 달러 요구에 유감을 표했다.",
            "2019-11-28",
            [
                (
                    "11조원",
                    "unplaced: no recorded US demand near 11조원 made by 2019-11-28; the nearest recorded: $5.0bn "
                    "(2019-10), $5.0bn (2019-07)",
                    "unplaced",
                ),
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # Off as a payment, not said to be paid, and exactly the demand of the day before (Yonhap, 2020-05-08).
        (
            "According to a U.S. government source, the State Department came up with $1.3 billion by calculating "
            "the eventual amount South Korea would pay in the fifth year of a multi-year agreement.",
            "2020-05-08",
            [("$1.3 billion", "US demand of $1.3bn (2020-05-07, for 2020)", "holds")],
        ),
        # The year after a conversion governs the amount before it; so does "by 2020" (KBS World, 2025-07-09).
        (
            "The official added that Seoul intends to adhere to the 12th Special Measures Agreement(SMA), that was "
            "effectively settled last year, under which South Korea agreed to contribute one-point-52 trillion "
            "won, or around one-point-one billion U.S. dollars, in 2026.",
            "2025-07-09",
            [
                ("one-point-52 trillion won", "2026 payment", "holds"),
                ("one-point-one billion U.S. dollars", "conversion of one-point-52 trillion won", "holds"),
            ],
        ),
        (
            "Seoul's defense contribution, which stood at around 944-point-one billion won in 2016, before Trump's "
            "first term, jumped to about one-point-04 trillion won by 2020 during his presidency.",
            "2025-07-09",
            [
                ("944-point-one billion won", "2016 payment", "holds"),
                ("one-point-04 trillion won", "2020 payment", "holds"),
            ],
        ),
        # Money USFK holds unspent ("축적 분담금") is no year's payment (MBN, 2008-08-29).
        (
            "양국은 어제(28일)에 이어 한국의 부담비율 산정과 주한미군이 방위비 분담금 중 사용하지 않고 모아둔 축적 "
            "분담금 8천억 원의 사용처 등 현안을 놓고 집중적으로 협의했습니다.",
            "2008-08-29",
            [("8천억 원", _NOT_SMA, "unplaced")],
        ),
        # A floor, or the target of a cut, is a limit, not a level (신아일보, 2019-12-21; a blog, 2025-07-12).
        (
            "올해 국방수권법에 규정된 주한미군 하한선(2만2000명)을 6500명 늘린 것이다.",
            "2019-12-21",
            [("2만2000명", _MOVED, "unplaced"), ("6500명", _MOVED, "unplaced")],
        ),
        (
            "현재 약 2만8500명 수준의 주한미군 병력을 1만8000명 수준으로 축소하자는 주장이 제기되며, 향후 한미 "
            "안보협력 및 동북아 전략에 적잖은 파장을 예고하고 있습니다.",
            "2025-07-12",
            [("2만8500명", "US troops in Korea, 2025", "holds"), ("1만8000명", _MOVED, "unplaced")],
        ),
        # Another thing's growth named right before a percentage is that thing's, even in a sentence about
        # the SMA (외교부 설명 as reposted, 2021-03-10); a side's percentage, or one "of the costs", is a
        # share (Nikkei Asia, 2021-02-10; The Korea Herald, 2013-07-25).
        (
            "올해 한국이 분담할 총액은 2020년도 국방비 증가율 7.4%과 주한미군 한국인 근로자 인건비 증액분 6.5%을 "
            "더해 확정했다는 게 외교부 쪽 설명이다.",
            "2021-03-10",
            [("7.4%", _BUDGET, "unplaced"), ("6.5%", _BUDGET, "unplaced")],
        ),
        (
            "Japan’s contribution was at 74% of the cost under a 2004 Pentagon report, significantly higher than "
            "South Korea’s 40% or Germany’s 32%.",
            "2021-02-10",
            [
                (
                    "74%",
                    "unplaced: no figure of Japan's support near 74%; the nearest: Japan's support a year, "
                    "JFY2022-2026 against JFY2016-2020",
                    "unplaced",
                ),
                ("40%", _BUDGET, "unplaced"),
                ("32%", _BUDGET, "unplaced"),
            ],
        ),
        (
            "In 2013 alone, the South paid 869.5 billion won, which accounted for more than 40 percent of the USFK "
            "defense costs.",
            "2013-07-25",
            [("869.5 billion won", "2013 payment", "holds"), ("40 percent", _BUDGET, "unplaced")],
        ),
        # The payment said before an amount in a sentence about a demand: "which last year was" (Los Angeles
        # Times, 2019-01-11), "the current" (Cato Institute, 2019-09-03); a conversion after "annually ("
        # (The Asia Business Daily, 2025-01-21).
        (
            "U.S. negotiators have sought a 50% increase in Seoul’s annual payment, which last year was "
            "approximately $830 million, or about half of the estimated cost of hosting 28,500 U.S. troops.",
            "2019-01-11",
            [
                ("50%", "US demand of 50.0% (2018-12-07, for 2019)", "holds"),
                ("$830 million", "2018 payment", "holds"),
                ("28,500 U.S. troops", "US troops in Korea, 2019", "holds"),
            ],
        ),
        (
            "In early August, Trump demanded that South Koreans pay “substantially more” than the current $990 "
            "million a year for defraying the costs of U.S. troops defending their country from North Korea.",
            "2019-09-03",
            [("$990 million", "2019 payment", "off")],
        ),
        (
            "Donald Trump stated, “If I had been in the White House, South Korea would have spent $10 billion "
            "annually (about 14.41 trillion won) on the cost of stationing U.S. troops,”",
            "2025-01-21",
            [
                ("$10 billion", "US demand of $10.0bn (2024-10-15, for 2026)", "holds"),
                ("14.41 trillion won", "conversion of $10 billion", "holds"),
            ],
        ),
        # Numbers in words, read whole: "nine-hundred-26 million", "28-thousand and 500" (Arirang News,
        # 2020-07-18); "the early 1990s" is a decade, no year (The Korea Herald, 2018-06-21).
        (
            "Seoul agreed to pay nine-hundred-26 million U.S. dollars in 2019, but the following year, the U.S. "
            "demanded a fivefold increase in payment.",
            "2020-07-18",
            [
                ("nine-hundred-26 million U.S. dollars", "2019 payment", "holds"),
                ("fivefold", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
            ],
        ),
        (
            "There are 28-thousand and 500 troops stationed in the country.",
            "2020-07-18",
            [("28-thousand and 500 troops", "US troops in Korea, 2020", "holds")],
        ),
        (
            "South Korea has shared the financial burden for US Forces Korea , currently composed of around 28,500 "
            "service members, since the early 1990s.",
            "2018-06-21",
            [("28,500 service members", "US troops in Korea, 2018", "holds")],
        ),
        # An amount far beyond any the SMA has been is another budget; "quadrillion" (Chosun Biz, 2025-12-11).
        (
            "In addition, the defense budget for fiscal year 2026 in the NDAA agreed by the House and Senate is a "
            "total of $901 billion (about 1.3 quadrillion won).",
            "2025-12-11",
            [("$901 billion", _BEYOND, "unplaced"), ("1.3 quadrillion won", "conversion of $901 billion", "holds")],
        ),
        # "in 2025, the last year" is the deal's last year, not the year before the date (aju.news, 2021-03-10).
        (
            "If this trend is to increase, it is expected that in 2025, the last year, the total amount of about "
            "1.5 trillion won will be paid.",
            "2021-03-10",
            [("1.5 trillion won", "2025 payment", "holds")],
        ),
        # The condition of a threat is no hypothetical: the $5bn is a demand (The Daily Beast, 2019-11-21).
        (
            "The Chosun Ilbo newspaper reported an imminent withdrawal of a brigade if Seoul didn’t raise its annual "
            "contribution to $5 billion, about five times what it currently pays the U.S. for military support.",
            "2019-11-21",
            [
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("five times", "US demand of $5.0bn (2019-10) against the 2019 payment", "close"),
            ],
        ),
        # "늘려야 된다며" demands; the $10bn asked again in 2025 is set against 2025's payment at 2024's
        # rate, as first made (Zum News, 2025-05-23).
        (
            "앞서 트럼프 대통령은 한국의 방위비 분담금을 9배 더 늘려야 된다며 주한미군 철수 가능성까지 "
            "시사한 바 있습니다.",
            "2025-05-23",
            [("9배", "US demand of $10.0bn (2024-10-15) against the 2025 payment", "close")],
        ),
        # A change in the brackets of a base is the base year's (Chosun Biz, 2024-10-04).
        (
            "이번 분담금 증가율은 2014년 9차 협정(5.8%)보다는 높고, 2019년 제10차 협정(8.2%)과 비슷하며 2021년 "
            "제11차 협정(13.9%)보다는 낮다.",
            "2024-10-04",
            [
                ("5.8%", "change 2013→2014", "holds"),
                ("8.2%", "change 2018→2019", "holds"),
                ("13.9%", "change 2020→2021", "holds"),
            ],
        ),
        # An agreement named by number gives its years; "당시 환율로" converts at that year's rate (파이낸셜뉴스,
        # 2019-11-19).
        (
            "그렇게 첫 방위비분담금 특별협정이 시작됐고, 제1차 협정에서 분담금은 1억5000만달러(당시 환율로 약 "
            "1070억원)로 타결됐다.",
            "2019-11-19",
            [("1억5000만달러", "1991 payment", "holds"), ("1070억원", "conversion of 1억5000만달러", "holds")],
        ),
        # A rise of $1bn asked, with no year: only a demand of talks under way could be it; the range's
        # second end shares its subject (국민일보, 2025-08-10).
        (
            "워싱턴포스트(WP)는 9일(현지시간) 한·미 협정의 초기 초안(draft)에 미국이 한국의 국방비를 "
            "국내총생산(GDP)의 2.6%에서 3.8%로 증액하고, 방위비분담금을 10억 달러(1조3900억원) 인상하도록 요구하는 "
            "내용이 포함돼 있었다고 보도했다.",
            "2025-08-10",
            [
                ("2.6%", _BUDGET, "unplaced"),
                ("3.8%", _BUDGET, "unplaced"),
                (
                    "10억 달러",
                    "unplaced: no recorded US demand near 10억 달러 made by 2025-08-10; the nearest recorded: $10.0bn "
                    "(2025-07-08), $10.0bn (2024-10-15)",
                    "unplaced",
                ),
                ("1조3900억원", "conversion of 10억 달러", "holds"),
            ],
        ),
        # Words heading a list of rates are each rate's: all six are the defense budget's (아시아경제, 2017-08-29).
        (
            "연도별 국방예산 증가율은 2009년 7.1%에서 2013년 4.2%, 2014년 4.0%, 2015년 4.9%, 2016년 3.6%에 이어 "
            "올해는 4.0%에 그쳤다.",
            "2017-08-29",
            [(pct, _BUDGET, "unplaced") for pct in ("7.1%", "4.2%", "4.0%", "4.9%", "3.6%", "4.0%")],
        ),
        # The years past "up from" are the base's, not the ₩1.0389tn's; an amount "a year" of a span, "from 2014
        # to 2018", is of the span's year whose payment fits it best, 2018's ₩960.2bn (The Washington Post,
        # 2019-02-10).
        (
            "South Korea has agreed to pay 1.0389 trillion won, or around $920 million, up from the 960 billion won "
            "a year it paid from 2014 to 2018.",
            "2019-02-10",
            [
                ("1.0389 trillion won", "2019 payment", "holds"),
                ("$920 million", "conversion of 1.0389 trillion won", "holds"),
                ("960 billion won", "2018 payment", "holds"),
            ],
        ),
        # "Last year" is the amount paid's, not the demand's: the $4bn of 2020-03, and its multiple (The
        # Korea Times, 2020-04-21).
        (
            "Trump wants Korea to pay $4 billion a year, around quadruple the amount paid for last year, while the "
            "Korean government proposed an increase of around 10 percent.",
            "2020-04-21",
            [
                ("$4 billion", "US demand of $4.0bn (2020-03, for 2020)", "holds"),
                ("quadruple", "US demand of $4.0bn (2020-03) against the 2019 payment", "close"),
                ("10 percent", "ROK offer of 10.0% (2020-03, for 2020)", "holds"),
            ],
        ),
        # A percentage said of a demand is the demand it is nearest (47.7% more), not its talks' first
        # (Economist Intelligence Unit, 2021-03-10).
        (
            "The renewal negotiations in 2020 fell through because South Korea's proposal of a 13% rise in its "
            "financial contribution significantly fell below a 50% rise demanded by the US administration under "
            "the then president, Donald Trump.",
            "2021-03-10",
            [
                ("13%", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
                ("50%", "US demand of $1.3bn (2020-05-07) against the 2019 payment", "holds"),
            ],
        ),
        # "the U.S. demand" names whose demand, not who acts: "it can settle for" is Seoul's offer; "trn"
        # is trillion; "Korean citizens employed by" are workers (Yonhap, 2014-01-10; EIU, 2021-03-10;
        # Korea JoongAng Daily, 2020-01-29).
        (
            "Seoul, however, has been reluctant to give in to the U.S. demand, saying it can settle for around "
            "900 billion won.",
            "2014-01-10",
            [("900 billion won", "ROK offer of ₩900.0bn (2014-01, for 2014)", "holds")],
        ),
        (
            "Based on the new agreement, South Korea will contribute W1.2trn (US$1bn) to keeping 28,500 US troops "
            "stationed in its territory in 2021.",
            "2021-03-10",
            [
                ("W1.2trn", "2021 payment", "holds"),
                ("US$1bn", "conversion of W1.2trn", "close"),
                ("28,500 US troops", "US troops in Korea, 2021", "holds"),
            ],
        ),
        (
            "The measure, which puts at risk the livelihoods of around 9,200 Korean citizens employed by the USFK, "
            "cranks up pressure on the Korean government to agree to a major hike in its contribution.",
            "2020-01-29",
            [("9,200 Korean citizens employed", "Korean workers of USFK, 2020", "holds")],
        ),
        # A part of the payment named by its topic: "군사건설비는" (정의당 김종대 의원실, 2016-10-13).
        ("그 중에서 군사건설비는 4,000억 원 가량이다.", "2016-10-13", [("4,000억 원", _PART, "unplaced")]),
        # A percentage beside a budget of ₩57.1tn is that budget's change, not the SMA's (동아일보, 2022-08-31;
        # the paper misprints the base as "54억6112억 원").
        (
            "내달 2일 국회에 제출될 2023년 국방예산은 총 57조1268억 원으로 올해 본예산(54억6112억 원) "
            "대비 4.6% 증가했다.",
            "2022-08-31",
            [
                ("57조1268억 원", _BEYOND, "unplaced"),
                ("4.6%", "unplaced: the change of a budget far larger than the SMA's", "unplaced"),
            ],
        ),
        # The rise tied to the amount it rose to: 8.2% to ₩1,038.9bn is 2019's change; the "-더라면" of the
        # sentence before is no hypothetical of this one; "1000여억 원" (over ₩100bn) says nothing of a
        # recorded demand five times its size (문화일보 column, 2019-08-13).
        (
            "이미 지난 일이지만, 2019년도 방위비 분담 협상 때 이전처럼 5년 치를 한꺼번에 결정했더라면 하는 후회가 없지 "
            "않다. 전년보다 8.2% 증액된 1조389억 원으로 결정하는 대신에 1000여억 원을 더해 미국이 마지막에 요구한 "
            "10억 달러에 맞춰줌으로써 체면을 세워줬더라면 하는 아쉬움도 있다.",
            "2019-08-13",
            [
                ("8.2%", "change 2018→2019", "holds"),
                ("1조389억 원", "2019 payment", "holds"),
                ("1000여억 원", "unplaced: a bound far from the 2019 payment: another quantity", "unplaced"),
                ("10억 달러", "US demand of $1.0bn (2018-12-28, for 2019)", "holds"),
            ],
        ),
        # A range of percentages shares the verb after it, and the side the sentence opens with; "달라고"
        # quotes, it ends no clause (MBN, 2008-08-29).
        (
            "미국 측은 한국의 분담 비율을 50%까지 확대해 달라고 요구하면서, 내년도 증액비율은 최소 6.6%에서 14.5%까지 "
            "올려달라고 요구한 것으로 전해졌습니다.",
            "2008-08-29",
            [
                (
                    "50%",
                    "unplaced: no recorded US demand made by 2008-08-29 near 50%; the nearest: US demand of $580M "
                    "(2001-03) against the 2001 payment",
                    "unplaced",
                ),
                ("6.6%", "US demand of 6.6% (2008-08, for 2009)", "holds"),
                ("14.5%", "US demand of 14.5% (2008-08, for 2009)", "holds"),
            ],
        ),
        # "할 수 있다는" is an offer; "더 부담" a rise (MBN, 2008-08-29; 한국경제, 2006-12-06).
        (
            "이에 대해 한국 측은 \"우리의 능력에 적절하고 합리적인 방식의 분담\"이 돼야 한다는 입장을 "
            "개진하면서 내년에는 2.5% 정도 증액할 수 있다는 태도를 보인 것으로 전해졌습니다.",
            "2008-08-29",
            [("2.5%", "ROK offer of 2.5% (2008-08, for 2009)", "holds")],
        ),
        (
            "정부가 내년부터 주한미군 주둔비용을 올해보다 6.6% 더 부담하기로 미국과 합의했다.",
            "2006-12-06",
            [("6.6%", "change 2006→2007", "holds")],
        ),
        # "The previous year" is the year before the one the sentence names: 2018's ₩960.2bn (Yonhap, in a
        # copy by Brinkwire, 2019-03-08).
        (
            "In February, South Korea agreed to pay 1.04 trillion won (US$920 million) in 2019 for the operation "
            "of the 28,500-strong U.S. Forces Korea (USFK), up from 960 billion won ($853 million) the previous year.",
            "2019-03-08",
            [
                ("1.04 trillion won", "2019 payment", "holds"),
                ("US$920 million", "conversion of 1.04 trillion won", "holds"),
                ("28,500-strong U.S. Forces", "US troops in Korea, 2019", "holds"),
                ("960 billion won", "2018 payment (the base of the comparison)", "holds"),
                ("$853 million", "conversion of 960 billion won", "holds"),
            ],
        ),
        # "Last year," heading the sentence sets the year of the troops in it too (an AP and Yonhap copy,
        # 2019-02-12).
        (
            "Last year, South Korea provided about 960 billion won, roughly 40 per cent of the cost of the "
            "deployment of 28,500 USA soldiers whose presence is meant to deter aggression from North Korea.",
            "2019-02-12",
            [
                ("960 billion won", "2018 payment", "holds"),
                ("40 per cent", _BUDGET, "unplaced"),
                ("28,500 USA soldiers", "US troops in Korea, 2018", "holds"),
            ],
        ),
        # "Fivefold", no amount named, in the talks' first weeks: the first demand, $5bn (5.61x), is off by
        # 10.9%; the $4.7bn that followed it is no second reading (VOA, 2019-10-25).
        (
            "The current deal expires at the end of the year, and U.S. President Donald Trump has reportedly "
            "demanded a fivefold increase in how much Seoul pays.",
            "2019-10-25",
            [("fivefold", "US demand of $5.0bn (2019-10) against the 2019 payment", "off")],
        ),
        # "near fivefold" is almost five: 5.61x is close (Yonhap, a Korea Times editorial, 2020-04-03).
        (
            "The Donald Trump administration's \"extortionate\" demand for a near fivefold increase to $5 billion "
            "per year in the initial stages of the negotiations",
            "2020-04-03",
            [
                ("fivefold", "US demand of $5.0bn (2019-10) against the 2019 payment", "close"),
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # 군무원 are USFK's Korean workers (Dong-A, 2020-02-24); an amount then 기준으로 is a base
        # (TV Chosun, 2020-04-11): no change from 2019 to 2020 to set 1400억 원 against, so unplaced.
        (
            "미국은 한미 방위비분담특별협정(SMA) 협상이 조만간 타결되지 않으면 4월부터 주한미군 기지 내 한국 군무원 "
            "9000여 명 가운데 약 65%에 대해 무급휴직을 시행할 것으로 알려졌다.",
            "2020-02-24",
            [
                ("9000여 명", "Korean workers of USFK, 2020", "close"),
                ("65%", "unplaced: a percentage with no rise or fall named", "unplaced"),
            ],
        ),
        (
            "지난해 분담금 1조 389억원 기준으로 1400억 원 정도 올려주겠다는 걸 거부한 겁니다.",
            "2020-04-11",
            [
                ("1조 389억원", "2019 payment (the base of the comparison)", "holds"),
                ("1400억 원", "unplaced: the payments of 2019 and 2020 are the same", "unplaced"),
            ],
        ),
        # A rise in the sentence after a defense budget's ("국방 예산", with a space) is the budget's
        # (Seoul Shinmun, 2025-08-30); a cut "from X to Y" is of payments (Seoul Shinmun, 2001-06-04).
        (
            "내년 국방 예산은 66조 2947억원으로 편성됐다. 올해보다 5조 478억원(8.2%) 늘었다.",
            "2025-08-30",
            [
                ("66조 2947억원", _BEYOND, "unplaced"),
                ("5조 478억원", _FAR.format(5, "difference 2025→2026"), "unplaced"),
                ("8.2%", _BUDGET, "unplaced"),
            ],
        ),
        (
            "미국은 내년도 분담금 증액요구과 관련,지난 98년 당시 경제난과 한국의 외환위기 등을 이유로 방위비 "
            "분담액을 3억9,900만달러에서 3억1,400만달러로 축소시킨 점을 들었으나우리측은 최대 6%의 인상을 제안한 "
            "것으로 알려졌다.",
            "2001-06-04",
            [
                ("3억9,900만달러", "1998 payment", "holds"),
                (
                    "3억1,400만달러",
                    "unplaced: another amount of the sentence is the 1998 payment; this is a part of it, a total with "
                    "other costs, or a difference",
                    "unplaced",
                ),
                ("6%", "ROK offer of 6.0% (2001-06, for 2002)", "holds"),
            ],
        ),
        # A change over the years between a year named and "this year" (Asia Economy, 2025-04-09); a
        # threat unless a sum is paid is a demand (Yonhap, 2020-06-22).
        (
            "In 2018, South Korea's defense cost-sharing payment was 960.2 billion won, whereas this year it has "
            "increased by 46.1% to 1.4 trillion won.",
            "2025-04-09",
            [
                ("960.2 billion won", "2018 payment", "holds"),
                ("46.1%", "change 2018→2025", "holds"),
                ("1.4 trillion won", "2025 payment", "holds"),
            ],
        ),
        (
            "U.S. President Donald Trump threatened to pull American troops from South Korea if Seoul did not pay "
            "US$5 billion under a defense cost-sharing deal, his former National Security Adviser John Bolton said "
            "in his memoir.",
            "2020-06-22",
            [("US$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds")],
        ),
        # A rise of 13% in 2020, a year frozen at 2019's amount, is Korea's offer (Yonhap in Kukmin Ilbo,
        # 2020-04-12).
        (
            "로이터는 한국 정부가 올해 방위비 분담금을 작년(1조389억원)보다 13% 증가한 1조1천749억원 정도로 하자고 "
            "제시했다고 전했다.",
            "2020-04-12",
            [
                ("1조389억원", "2019 payment (the base of the comparison)", "holds"),
                ("13%", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
                ("1조1천749억원", "ROK offer of 13.0% (₩1,174.0bn) (2020-03, for 2020)", "holds"),
            ],
        ),
        # Exactly the percentage of Korea's offer of talks under way, off as the change of 2019: the offer
        # (Yonhap, 2020-05-15).
        (
            "The U.S. has demanded US$1.3 billion a year -- a nearly 50 percent increase from last year -- while "
            "South Korea has refused to accept anything more than a 13 percent increase.",
            "2020-05-15",
            [
                ("US$1.3 billion", "US demand of $1.3bn (2020-05-07, for 2020)", "holds"),
                ("50 percent", "US demand of $1.3bn (2020-05-07) against the 2019 payment", "holds"),
                ("13 percent", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
            ],
        ),
        # A contract that calls for an amount is the agreement, not a demand (The Korea Herald, 2019-06-25).
        (
            "In March, Seoul and Washington signed a one-year contract calling for an 8.2 percent increase in South "
            "Korea's share to 1.04 trillion won ($915 million).",
            "2019-06-25",
            [
                ("8.2 percent", "change 2018→2019", "holds"),
                ("1.04 trillion won", "2019 payment", "holds"),
                ("$915 million", "conversion of 1.04 trillion won", "holds"),
            ],
        ),
        # "this year's total contribution of": the amount beside the base of the comparison is this year's
        # (Chosun Biz, 2025-07-09).
        (
            "$10 billion is the amount Trump repeatedly mentioned during the presidential campaign last year. Compared "
            "to this year's total contribution of 1.4028 trillion won, it is nearly 10 times greater.",
            "2025-07-09",
            [
                ("$10 billion", "US demand of $10.0bn (2024-10-15, for 2026)", "holds"),
                ("1.4028 trillion won", "2025 payment (the base of the comparison)", "holds"),
                ("10 times", "US demand of $10.0bn (2024-10-15) against the 2025 payment", "holds"),
            ],
        ),
        # What a government says it is able to pay is its offer (The Telegraph, as reprinted 2019-01-24).
        (
            "That position, leaked to the domestic media, has triggered anger in South Korea, where the government has "
            "indicated it is able to pay a maximum of $886 million to keep the US forces in place.",
            "2019-01-24",
            [("$886 million", "ROK offer of ₩999.9bn (2019-01, for 2019)", "holds")],
        ),
        # A payment agreed in dollars and won: each is one currency's part (Hankyung, 1999-02-24).
        (
            "한국정부의 주한미군에 대한 올해 방위비 분담금은 미화 1억4천1백20만달러와 한화 2천5백75억원으로 "
            "최종 확정됐다.",
            "1999-02-24",
            [
                ("미화 1억4천1백20만달러", "unplaced: one currency's part of a payment made in two", "unplaced"),
                ("2천5백75억원", "unplaced: one currency's part of a payment made in two", "unplaced"),
            ],
        ),
        # The costs of moving US bases are not the SMA (Hankyung, 2004-10-05).
        (
            '국회 통일외교통상위 소속 열린우리당 장영달 의원은 5일 외교통상부 국정감사에서 국방부 자료를 인용,'
            '"주한미군 '
            '재배치에 의해 정부가 부담해야 할 비용은 개정된 한미연합토지관리계획(LPP)에 9천3백37억원,미 2사단 '
            '재배치 5천7백95억원,용산기지 이전 3조9천5백71억원 등 총 5조4천7백3억원(미화 46억달러)에 이른다"고 밝혔다.',
            "2004-10-05",
            [
                ("9천3백37억원", _NOT_SMA, "unplaced"),
                ("5천7백95억원", _NOT_SMA, "unplaced"),
                ("3조9천5백71억원", _BEYOND, "unplaced"),
                ("5조4천7백3억원", _BEYOND, "unplaced"),
                ("미화 46억달러", "conversion of 5조4천7백3억원", "holds"),
            ],
        ),
        # A sentence of no amount of its own speaks of the demand of the sentence before: "50% higher" is its
        # ratio (MBN, 2020-05-08).
        (
            "미국이 우리 정부에 제안한 연간 방위비 분담금은 13억 달러, 우리 돈으로 1조 5,900억 원입니다. 지난해 "
            "분담금에 비해 50% 가량 높은 금액입니다.",
            "2020-05-08",
            [
                ("13억 달러", "US demand of $1.3bn (2020-05-07, for 2020)", "holds"),
                ("1조 5,900억 원", "conversion of 13억 달러", "holds"),
                ("50%", "US demand of $1.3bn (2020-05-07) against the 2019 payment", "holds"),
            ],
        ),
        # The whole a moved part is taken from is the level ("4,500 of the approximately 28,500"), and the part
        # is unplaced; a count said to be in Korea is of Korea, though Japan's is named before it (NK News,
        # 2025-05-23; the Pentagon Brief blog, 2016-04-19).
        (
            "The Wall Street Journal reported on Thursday that the Pentagon is preparing an option to relocate around "
            "4,500 of the approximately 28,500 U.S. troops stationed in South Korea to bases in Guam and elsewhere in "
            "the Indo-Pacific region.",
            "2025-05-23",
            [
                ("4,500", "unplaced: a part of the troops in Korea, not the level", "unplaced"),
                ("28,500 U.S. troops", "US troops in Korea, 2025", "holds"),
            ],
        ),
        (
            "As president, Trump said he would renegotiate or scrap the treaties under which the U.S. bases about "
            "50,000 troops in Japan and 28,000 in South Korea.",
            "2016-04-19",
            [
                ("50,000 troops", _MOVED, "unplaced"),
                ("28,000", "US troops in Korea, 2016", "holds"),
            ],
        ),
        # A rise demanded "from" an amount "to" a demand is from the payment before the year the demand is for
        # (Asia Pacific Foundation of Canada, 2019-12-19).
        (
            "South Korean reports indicate Washington has demanded Seoul’s payments to increase five-fold from "
            "US$870 million to US$5 billion annually.",
            "2019-12-19",
            [
                ("five-fold", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("US$870 million", "2019 payment (the base of the comparison)", "holds"),
                ("US$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # What an agreement "called for" is no demand (Yonhap, 2020-03-26).
        (
            "Last year's SMA, which called for Seoul to pay about US$870 million, expired in December.",
            "2020-03-26",
            [("US$870 million", "2019 payment (the year before the date)", "holds")],
        ),
        # An arrow is a rise; the years of a war are not a troop count's (a blog, 2025-08-26; TRT, 2025-08-26).
        (
            "11차 SMA에서 2021년 분담금은 약 10억 달러(2019년 대비 13.9%↑) 수준.",
            "2025-08-26",
            [("10억 달러", "2021 payment", "holds"), ("13.9%", "change 2019→2021", "holds")],
        ),
        (
            "한국에는 1950-1953년 한국 전쟁의 여파로 시작된 협정에 따라 약 28,500명의 미군이 주둔하고 있다.",
            "2025-08-26",
            [("28,500명", "US troops in Korea, 2025", "holds")],
        ),
        # "지난해에는" heads the amount after it, not the one before (a report of CRS, 2017-08-15).
        (
            "CRS는 “빈센트 브룩스 주한미군 사령관의 의회 증언에 따르면 한국이 2015년에 9200억원, 지난해에는 "
            "9100억원의 주한 미군 주둔비용을 부담했고, 이는 미군 주둔비용의 50%에 해당한다”고 밝혔다.",
            "2017-08-15",
            [
                ("9200억원", "2015 payment", "holds"),
                ("9100억원", "2016 payment", "holds"),
                ("50%", _BUDGET, "unplaced"),
            ],
        ),
        # A rise exactly the percentage of Korea's offer of talks under way is that offer, though Trump is named
        # (an SBS report, as translated 2020-04-10).
        (
            "In the negotiations over the contribution to the ROK-US Defense Expenses, foreign media reports that "
            "President Trump refused, although we made the highest offer, a 13% increase over last year.",
            "2020-04-10",
            [("13%", "ROK offer of 13.0% (2020-03, for 2020)", "holds")],
        ),
        # "which amounts to", "우리돈": the amount before in another currency, though words or a sentence's end come
        # between (Korea JoongAng Daily, 2019-11-10; a broadcast as reprinted, 2019-11-15).
        (
            "Jitters have been running high in Korea that Washington would ask Seoul to pay as much as $5 billion in "
            "the next Special Measures Agreement (SMA) deal, which amounts to about 5.8 trillion won.",
            "2019-11-10",
            [
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("5.8 trillion won", "conversion of $5 billion", "holds"),
            ],
        ),
        (
            "그나마 국방부와 국무부 관계자들이 만류해서 47억 달러 수준으로 낮췄다고 했습니다.\n\n그래도 우리돈 5조 "
            "4천8백억으로, 올해 분담금 1조 389억 원의 5배가 넘습니다.",
            "2019-11-15",
            [
                ("47억 달러", "US demand of $4.7bn (2019-11-15, for 2020)", "holds"),
                ("5조 4천8백억", "conversion of 47억 달러", "holds"),
                ("1조 389억 원", "2019 payment", "holds"),
                ("5배", "US demand of $4.7bn (2019-11-15) against the 2019 payment", "holds"),
            ],
        ),
        # A multiple said to be more than a bound is the demand it bounds (Global Times, as quoted 2019-11-22).
        (
            '환구시보는 "지난 19일 미국과 한국 간 방위비 협상이 무산된 것은 미국이 한국에 4배가 넘는 방위비 인상을 '
            '요구했기 때문"이라며 "이런 행태는 한국 전 사회의 분노를 불러일으켰다"고 적었습니다.',
            "2019-11-22",
            [("4배", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds")],
        ),
        # The amount a percentage rose to is the payment of the year whose change the percentage is (New Daily,
        # 2024-05-06).
        (
            "CNN은 바이든 행정부가 방위비 분담금을 13.9% 인상해 10억 달러에 근접했다며 트럼프 때보다 분담금을 더 "
            "받고 있다고 설명했다.",
            "2024-05-06",
            [
                ("13.9%", "change 2020→2021 (the nearest of the agreements agreed by 2024-05-06)", "holds"),
                ("10억 달러", "2021 payment", "close"),
            ],
        ),
        # A US demand on Japan is not Japan's support: the record holds none (the US Embassy Tokyo's summary of
        # a Sankei report, 2022-01-09).
        (
            "The paper noted that former President Trump’s National Security Advisor Bolton claimed in his memoir "
            "that the Trump administration called on Japan to raise its host nation support to $8 billion a year.",
            "2022-01-09",
            [("$8 billion", "unplaced: a US demand on Japan: the record holds none", "unplaced")],
        ),
        # Workers who return to work were furloughed (VOA, as reposted 2020-06-03).
        (
            "약 4천 명의 주한미군 근로자들이 늦어도 6월 중순까지 업무에 복귀할 것으로 예상한다고 밝혔습니다.",
            "2020-06-03",
            [("4천 명", "Korean workers of USFK furloughed, 2020", "holds")],
        ),
        # The total cost of stationing the US forces is what the US spends, not Korea's payment (Hankook Ilbo,
        # 1991-09-28).
        (
            "한국측의 이같은 분담금은 연간 주한미군 총 주둔경비(91년 기준) 26억2천만달러중 미군측이 주한 미군현역 및 "
            "군무원에 지급하는 인건비(17억8천만 달러)를 제외,원화로 지출하는 부대운용·유지비용 8억4천만달러의 21% "
            "수준이다.",
            "1991-09-28",
            [
                ("26억2천만달러", _NOT_SMA, "unplaced"),
                ("17억8천만 달러", _FAR_1991, "unplaced"),
                ("8억4천만달러", _FAR_1991, "unplaced"),
                ("21%", "unplaced: a percentage with no rise or fall named", "unplaced"),
            ],
        ),
        # A conversion a power of ten from an amount that does not hold itself: one of the two is misprinted,
        # which cannot be told (YC News, 2021-02-17); of an amount that holds, the conversion is off
        # (Chungcheong Daily, 2019-07-30).
        (
            "In fiscal year 2021, the current special agreement will be temporarily extended for one year, and Japan "
            "will bear 2017.7 billion yen (about 1.9 billion US dollars).",
            "2021-02-17",
            [
                (
                    "2017.7 billion yen",
                    "unplaced: no figure of Japan's support near 2017.7 billion yen; the nearest: Japan's "
                    "host-nation support, JFY2021",
                    "unplaced",
                ),
                (
                    "1.9 billion US dollars",
                    "unplaced: a power of ten from the conversion of 2017.7 billion yen, which does not hold: one of "
                    "the two is misprinted",
                    "unplaced",
                ),
            ],
        ),
        (
            "이날 일부 언론을 통해 볼턴 보좌관이 청와대에서 정의용 국가안보실장과 정경두 국방부 장관, 강경화 외교부 "
            "장관 등을 잇달아 만나 한국의 차기 방위비 분담금을 50억달러(약 60조원)을 요구한다는 입장을 전달한 것으로 "
            "알려졌다.",
            "2019-07-30",
            [
                ("50억달러", "US demand of $5.0bn (2019-07, for 2020)", "holds"),
                ("60조원", "conversion of 50억달러", "off"),
            ],
        ),
        # A rise "from the previous 2019 deal" said in 2021: 2020 was frozen, so the one change that holds,
        # 2021's, said two ways (2020→2021, 2019→2021), is the figure's (The Korea Herald, 2021-04-08).
        (
            "That is a 13.9 percent hike from the previous 2019 deal, the biggest annual rise for Seoul in nearly "
            "two decades.",
            "2021-04-08",
            [("13.9 percent", "change 2020→2021", "holds")],
        ),
        # "추가로 5억 달러 얻어냈다며 ... 주장했습니다": Trump claimed, he did not demand; the amount is a rise, off
        # (a broadcast, 2019-02-13). Insisting on an amount is a side's position: Korea's offer (MBN, 2014-01-12).
        (
            "자신의 전화 몇 번으로 한국의 방위비 분담금을 추가로 5억 달러 얻어냈다며 앞으로 더 올라가야 한다고 "
            "주장했습니다.",
            "2019-02-13",
            [("5억 달러", "difference 2018→2019", "off")],
        ),
        (
            "정부는 애초 지난해 분담금에서 물가상승률을 더한 9천억 원 정도를 주장해왔지만, 미국은 1조 원 가까운 "
            "금액을 요구해왔습니다.",
            "2014-01-12",
            [
                ("9천억 원", "ROK offer of ₩900.0bn (2013-11-18, for 2014)", "holds"),
                ("1조 원", "US demand of ₩1,000.0bn (2013-11-18, for 2014)", "holds"),
            ],
        ),
        # A year named of another figure does not hold Japan's average to the agreement that year was in
        # (a reprint of a Japanese report, 2021-12-21).
        (
            "The total of 980.1 billion yen for the five years through fiscal 2020 that ended in March means that "
            "Japan's latest agreement with the United States means that Tokyo's so-called host nation support will "
            "average out at 211 billion yen per year.",
            "2021-12-21",
            [
                ("980.1 billion yen", "Japan's host-nation support, JFY2016-2020, total", "holds"),
                ("211 billion yen", "Japan's host-nation support, JFY2022-2026, a year", "holds"),
            ],
        ),
        # "a new agreement" is the latest made by the date: Japan's JFY2022-2026 total, not the ¥980.1bn it
        # would fit better (The Epoch Times, 2022-03-25).
        (
            "Japan’s parliament on Friday approved a new agreement with the United States to spend 1 trillion yen "
            "($8 billion) over five years to host U.S. troops, as both countries seek to bolster military "
            "cooperation amid threats from China and North Korea.",
            "2022-03-25",
            [
                ("1 trillion yen", "Japan's host-nation support, JFY2022-2026, total", "close"),
                ("$8 billion", "conversion of 1 trillion yen", "holds"),
            ],
        ),
        # Codes glued to their digits are read (KRW1.038 trillion, USD918 billion, a misprint of million); the
        # amount said 'the same level as the previous year' is of 2020 (Janes, 2021-03-18).
        (
            "The MoFA said in a statement that Seoul’s "
            "contribution for 2020 will remain at the same "
            "level as the previous year (KRW1.038 "
            "trillion, or USD918 billion), while the "
            "agreed 13.9% increase for this year – which "
            "will take South Korea’s contribution to "
            "KRW1.18 trillion – will reflect the 7.4% rise "
            "in South Korean defence spending in 2020 and "
            "a 6.5% increase in payments for South Korean "
            "nationals working for US Forces Korea (USFK).",
            "2021-03-18",
            [
                ("KRW1.038 trillion", "2020 payment", "holds"),
                ("USD918 billion", "conversion of KRW1.038 trillion", "off"),
                ("13.9%", "change 2020→2021", "holds"),
                ("KRW1.18 trillion", "2021 payment", "holds"),
                ("7.4%", _BUDGET, "unplaced"),
                ("6.5%", _BUDGET, "unplaced"),
            ],
        ),
        # What Korea 'will pay initially' is the first year of the latest agreement: 2026's ₩1,519.2bn at the
        # day's ₩1,396.99 is $1.087bn (Stars and Stripes, 2024-11-29).
        (
            "Under the new terms, South Korea will pay $1.1 billion initially and increase its contribution "
            "annually in line with proportional changes to its consumer price index.",
            "2024-11-29",
            [
                ("$1.1 billion", "2026 payment", "holds"),
            ],
        ),
        # An amount 'that it paid last year' is a payment, though an offer is named; 'increase over' is no
        # hedge (The Korea Herald, 2020-05-06).
        (
            "The reports cited an unnamed source as saying "
            "that Seoul’s proposal for a 13 percent "
            "increase over the 1.04 trillion won ($850 "
            "million) that it paid last year to host US "
            "troops was the highest it could offer, "
            "reiterating remarks last week from Foreign "
            "Minister Kang Kyung-wha during a "
            "parliamentary session.",
            "2020-05-06",
            [
                ("13 percent", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
                ("1.04 trillion won", "2019 payment (the base of the comparison)", "holds"),
                ("$850 million", "conversion of 1.04 trillion won", "holds"),
            ],
        ),
        # 'not willing to pay any more than' is up to: Korea's ₩999.9bn offer (KBS World, 2019-01-25).
        (
            "The U.S. has reportedly demanded South Korea increase its cost-sharing to one-point-two billion "
            "dollars or over one-point-three trillion won under a one-year deal, while Seoul is not willing to "
            "pay any more than one trillion won.",
            "2019-01-25",
            [
                ("one-point-two billion dollars", "US demand of $1.2bn (2018-12-28, for 2019)", "holds"),
                ("one-point-three trillion won", "conversion of one-point-two billion dollars", "holds"),
                ("one trillion won", "ROK offer of ₩999.9bn (2019-01, for 2019)", "holds"),
            ],
        ),
        # The count a bill specifies is its floor, not the level (아시아경제, 2021-06-29).
        (
            "법안을 대표발의한 마이크 갤러거(공화·위스콘신) 의원실 관계자는 VOA에 "
            "2만8500명은 순환배치 병력을 고려한 숫자이며 이번 법안에서 명시한 "
            "2만2000명은 한국에 상주하는 미군 병력에 적용된다고 설명했다.",
            "2021-06-29",
            [
                ("2만8500명", "US troops in Korea, 2021", "holds"),
                ("2만2000명", _MOVED, "unplaced"),
            ],
        ),
        # Troops 'in 2026', a year the record holds no level for, are the level at the date (The Korea Times,
        # 2024-10-04).
        (
            "Korea has agreed to pay 1.52 trillion won ($1.14 billion) in 2026 for the maintenance of the "
            "28,500-strong U.S. Forces Korea (USFK), marking an 8.3 percent increase from 2025.",
            "2024-10-04",
            [
                ("1.52 trillion won", "2026 payment", "holds"),
                ("$1.14 billion", "conversion of 1.52 trillion won", "holds"),
                ("28,500-strong U.S. Forces", "US troops in Korea, 2024", "holds"),
                ("8.3 percent", "change 2025→2026", "holds"),
            ],
        ),
        # An amount with a relative year before 보다 is the base, read past the comma of its digits: the rise is
        # 2014's (SBS, 2014-01-12).
        (
            "지난해 분담금 8,695억 원보다 5.8%, 505억 원 인상됐습니다.",
            "2014-01-12",
            [
                ("8,695억 원", "2013 payment (the base of the comparison)", "holds"),
                ("5.8%", "change 2013→2014", "holds"),
                ("505억 원", "difference 2013→2014", "holds"),
            ],
        ),
        # Indirect support named before its sum (간접 지원이 9천589억) is not the SMA
        # (연합뉴스 (한국경제TV), 2018-05-24).
        (
            "유 선임연구원은 \"2015년 기준 방위비 분담금(SA) 등 정부 재정 지출을 "
            "수반하는 직접 지원이 2조4천279억원, 면세 혜택과 기회비용 등 간접 지원이 "
            "9천589억으로, 주한미군 주둔과 관련한 지속적 비용이 총 3조3천869억원으로 "
            "추산됐다\"고 설명했다.",
            "2018-05-24",
            [
                ("2조4천279억원", _FAR.format(5, "2015 payment"), "unplaced"),
                ("9천589억", _NOT_SMA, "unplaced"),
                ("3조3천869억원", _BEYOND, "unplaced"),
            ],
        ),
        # Pressing Korea to accept (감수하라, 압박) is a demand: $5bn for 2020, 5.61 times 2019's $891.1M (YTN (게시판
        # 전재), 2019-11-20).
        (
            "우리나라가 그동안 내야 할 방위비의 5분의 1밖에 내지 않았다면서, 내년에는 "
            "50억 달러, 무려 다섯 배 넘게 오른 금액을 감수하라는 취지로 거듭 압박했다고 "
            "합니다.",
            "2019-11-20",
            [
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("다섯 배", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
            ],
        ),
        # What Korea says it can bear (부담할 수 있다며) is its offer: ₩999.9bn for 2019 (Etoday, 2019-01-25).
        (
            "현재 우리나라는 미국과 방위비 분담금 협상을 진행 중인데 미국은 10억 달러 "
            "이상을 요구하고 있고 한국은 1조 원까지 부담할 수 있다며 양측이 팽팽히 대립하고 "
            "있는 것으로 알려졌다.",
            "2019-01-25",
            [
                ("10억 달러", "US demand of $1.0bn (2018-12-28, for 2019)", "holds"),
                ("1조 원", "ROK offer of ₩999.9bn (2019-01, for 2019)", "holds"),
            ],
        ),
        # What Trump would make Korea bear (부담시킬 것) is a demand, though said as a case: $10bn for 2026
        # (한경비즈니스, 2024-11-10).
        (
            "앞서 트럼프는 지난 10월 “자신이 대통령이라면 한국에 연간 100억달러(약 "
            "13조6000억원) 수준의 방위비를 부담시킬 것”이라고 주장했다.",
            "2024-11-10",
            [
                ("100억달러", "US demand of $10.0bn (2024-10-15, for 2026)", "holds"),
                ("13조6000억원", "conversion of 100억달러", "holds"),
            ],
        ),
        # A year before what a multiple is of (지난해 분담금의 4배) is not the demand's: 약 40억 달러 is
        # the $4bn asked in March 2020, 4.55 times 2019's $880.0M (MBN, 2020-03-20).
        (
            "분담금 총액에서도 미국은 지난해 분담금의 4배에 가까운 약 40억 달러를, 한국은 "
            "10% 안팎의 인상을 제시한 것으로 알려져 간격이 큰 상황입니다.",
            "2020-03-20",
            [
                ("4배", "US demand of $4.0bn (2020-03) against the 2019 payment", "close"),
                ("40억 달러", "US demand of $4.0bn (2020-03, for 2020)", "holds"),
                ("10%", "ROK offer of 10.0% (2020-03, for 2020)", "holds"),
            ],
        ),
        # A multiple over a fifth from the first demand of the talks is the nearest: the $4bn of March 2020
        # (21세기민족일보, 2020-03-20).
        (
            "한편 미국은 작년 10억달러보다 약 4배의 인상금액을 제시하고 있는것으로 전해졌다.",
            "2020-03-20",
            [
                ("10억달러", "2019 payment (the base of the comparison)", "off"),
                ("4배", "US demand of $4.0bn (2020-03) against the 2019 payment", "close"),
            ],
        ),
        # The payment said in March 2020, while no agreement covered 2020, is 2019's, the payment in force
        # (아주경제, 2020-03-25).
        (
            "방위비 분담금 1조389억 원 중 주한미군에서 근무하는 한국인 노동자에게 사용된 "
            "임금은 약 3700억 원으로 알려졌다.",
            "2020-03-25",
            [
                ("1조389억 원", "2019 payment", "holds"),
                ("3700억 원", _PART, "unplaced"),
            ],
        ),
        # The months spelled out in brackets after a fiscal year are not a figure's year; what
        # Japan would pay on the US's demand (미국 측의 요구를 받아들이면) is unplaced (The Fact,
        # 2019-11-16).
        (
            "일본의 주일미군 방위비 분담금은 2019년도(2019년 4월~2020년 3월) "
            "예산으로 1974억 엔으로 미국 측의 요구를 받아들이면 9800억 엔(약 "
            "10조5265억 원)이 넘는다.",
            "2019-11-16",
            [
                ("1974억 엔", "Japan's host-nation support, JFY2016-2020, a year", "holds"),
                ("9800억 엔", "unplaced: a US demand on Japan: the record holds none", "unplaced"),
                ("10조5265억 원", "conversion of 9800억 엔", "holds"),
            ],
        ),
        # What the US would like Korea to pay (분담해줬으면 좋겠다) and the floor below which it will
        # not accept (미만은 수용할 수 없다) are its demands (Dong-A Ilbo, 2019-01-24).
        (
            "미국이 ‘최상부 지침’이라면서 전해 온 구체적인 메시지는 “한국이 12억 달러(약 "
            "1조3566억 원)를 분담해줬으면 좋겠다. 어떤 경우에도 10억 달러 미만은 "
            "수용할 수 없다”는 것.",
            "2019-01-24",
            [
                ("12억 달러", "US demand of $1.2bn (2018-12-28, for 2019)", "holds"),
                ("1조3566억 원", "conversion of 12억 달러", "holds"),
                ("10억 달러", "US demand of $1.0bn (2018-12-28, for 2019)", "holds"),
            ],
        ),
        # A count that USFK is (2만 8000명 인 주한미군) is its level, though a cut is spoken of (채널A,
        # 2019-02-04).
        (
            "이 법안은 트럼프 대통령이 2만 8000명 인 주한미군을 크게 감축하거나 아니면 "
            "철수시킬 수 있다는 우려 때문에 나왔습니다.",
            "2019-02-04",
            [
                ("2만 8000명", "US troops in Korea, 2019", "holds"),
            ],
        ),
        # The amount that is raised (1조4천억원 규모인 주한미군 방위비를) is the payment: 2025's ₩1,402.8bn
        # (연합뉴스TV, 2025-07-09).
        (
            "그러면서 현재 연간 1조4천억원 규모인 주한미군 방위비를 10배에 해당하는 "
            "14조원 가까이 끌어올려야 한다고 강조했습니다.",
            "2025-07-09",
            [
                ("1조4천억원", "2025 payment", "holds"),
                ("10배", "US demand of $10.0bn (2025-07-08) against the 2025 payment", "holds"),
                ("14조원", "US demand of $10.0bn (2025-07-08, for 2026)", "holds"),
            ],
        ),
        # A conversion after a middle dot inside brackets (1893억엔·약 2조731억원) (소비자경제
        # (dailycnc), 2016-12-02).
        (
            "앞서 미·일 양국정부는 지난해 12월 2016년부터 2020년까지 5년간 적용되는 "
            "주일미군 주둔비 분담금 총액을 9465억엔(1893억엔·약 2조731억원)으로 "
            "확정한 바 있다.",
            "2016-12-02",
            [
                ("9465억엔", "Japan's host-nation support, JFY2016-2020, total", "holds"),
                ("1893억엔", "Japan's host-nation support, JFY2016-2020, a year", "holds"),
                ("2조731억원", "conversion of 1893억엔", "holds"),
            ],
        ),
        # NATO's budget is not the SMA (Newspim, 2019-11-28).
        (
            "2019년 나토 예산은 2억6050만달러로 책정됐다.",
            "2019-11-28",
            [
                ("2억6050만달러", "unplaced: Germany's or NATO's support or costs: not the SMA", "unplaced"),
            ],
        ),
        # What Korea will not go above (1조원 이상은 안된다) is its offer, up to ₩1tn (Channel A,
        # 2019-01-22).
        (
            "연말까지만 해도 우리 정부는 1조원 이상은 안된다고 밝혀왔지만\n\n지금은 1조 "
            "2000억원 안팎에서 방위비 분담금이 결정될 가능성이 큽니다.",
            "2019-01-22",
            [
                ("1조원", "ROK offer of ₩999.9bn (2019-01, for 2019)", "holds"),
                ("1조 2000억원", "2019 payment", "close"),
            ],
        ),
        # A magnitude joined by a hyphen (1.03-trillion won, 960-billion won) is read (BusinessLIVE (Business
        # Day, Reuters copy), 2019-02-10).
        (
            "The new deal must still be approved by South "
            "Korea’s parliament, but it would boost its "
            "contribution to 1.03-trillion won ($890m) "
            "from 960-billion won in 2018.",
            "2019-02-10",
            [
                ("1.03-trillion won", "2019 payment", "holds"),
                ("$890m", "conversion of 1.03-trillion won", "holds"),
                ("960-billion won", "2018 payment (the base of the comparison)", "holds"),
            ],
        ),
        # A troop count with a dot for its thousands (28.500-strong) is 28,500, not 28.5 (The Korea Herald
        # (Yonhap), 2020-01-29).
        (
            "The notice came as South Korea and the United States have engaged in grueling negotiations over how "
            "much Seoul should pay this year and beyond for the upkeep of the 28.500-strong USFK under the "
            "cost-sharing deal, called the Special Measures Agreement.",
            "2020-01-29",
            [
                ("28.500-strong", "US troops in Korea, 2020", "holds"),
            ],
        ),
        # The whole a part is taken from (a third of its 37,000 troops) is the level: 2004's count, 40,840
        # (The Washington Post, 2004-06-08).
        (
            "The United States plans to withdraw a third of its 37,000 troops stationed in South Korea before "
            "the end of next year as part of the most significant realignment of U.S. forces on the Korean "
            "Peninsula in half a century, South Korean officials said Monday.",
            "2004-06-08",
            [
                ("37,000 troops", "US troops in Korea, 2004", "close"),
            ],
        ),
        # The members of US Armed Forces Korea are troops (Asia News Network (The Korea Herald), 2019-02-11).
        (
            "Under the new deal, South Korea will pay about 1.03 trillion won ($890 million) to cover the costs "
            "of stationing the 28,500 members of US Armed Forces Korea here throughout 2019.",
            "2019-02-11",
            [
                ("1.03 trillion won", "2019 payment", "holds"),
                ("$890 million", "conversion of 1.03 trillion won", "holds"),
                ("28,500 members of US Armed Forces", "US troops in Korea, 2019", "holds"),
            ],
        ),
        # A spike is a rise: $1.3bn is 47.7% over 2019's $880.0M at 2020's rate (Yonhap, 2020-08-21).
        (
            "Washington was earlier said to have requested Seoul to pay US$1.3 billion as part of the cost to "
            "maintain the 28,500-strong U.S. troops in South Korea, which would mark a 50 percent spike from "
            "around $870 million Seoul paid under last year's burden sharing agreement.",
            "2020-08-21",
            [
                ("US$1.3 billion", "US demand of $1.3bn (2020-05-07, for 2020)", "holds"),
                ("28,500-strong U.S. troops", "US troops in Korea, 2020", "holds"),
                ("50 percent", "US demand of $1.3bn (2020-05-07) against the 2019 payment", "holds"),
                ("$870 million", "2019 payment (the base of the comparison)", "holds"),
            ],
        ),
        # In Korean the side right after the verb of a relative clause made the position, and
        # a verb after another amount is that amount's: 9천억 원 선을 제시한 우리 정부 is Korea's offer
        # (SBS, 2014-01-12).
        (
            "주한미군 분담금을 놓고 1조 원 안팎을 요구한 미국과 9천억 원 선을 제시한 우리 "
            "정부 안을 놓고 지난해 7월부터 협상이 진행돼왔습니다.",
            "2014-01-12",
            [
                ("1조 원", "US demand of ₩1,000.0bn (2013-11-18, for 2014)", "holds"),
                ("9천억 원", "ROK offer of ₩900.0bn (2014-01, for 2014)", "holds"),
            ],
        ),
        # A rise agreed at working level and turned down (13% 인상 합의가 됐다가 ... 거부) is the
        # position it was: Korea's 13% offer for 2020, said in 2021 (MBC, 2021-03-09).
        (
            "송 위원장은 구체적인 협상 결과와 관련해 ″지난번에 13% 인상 합의가 됐다가 "
            "(트럼프) 대통령이 거부해서 안됐기 때문에 조심스럽다″면서도 ′대략 실무합의가 "
            "됐던 13% 선으로 보지 않나′라는 질문에 ″그렇다″고 답했습니다.",
            "2021-03-09",
            [
                ("13%", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
                ("13%", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
            ],
        ),
        # Troops whose removal is proposed are a part, not the level (only a number before 'of' makes the
        # count after it a whole) (The Spokesman-Review (Bloomberg), 2025-05-23).
        (
            "The comments come after the Wall Street Journal, citing people familiar with the matter, reported "
            "that the proposal could result in the removal of about 4,500 American troops based in South Korea.",
            "2025-05-23",
            [
                ("4,500 American troops", _MOVED, "unplaced"),
            ],
        ),
        # The current level of about 28,500 is the level, though a cut is spoken of (The Japan Times,
        # 2020-07-18).
        (
            "While no decision has been made to cut the current level of about 28,500 troops in the country, the "
            "Pentagon’s Joint Staff has reviewed the structure of U.S. forces in South Korea as part of a "
            "broader re-examination of how to reposition and potentially reduce military deployments worldwide, "
            "the newspaper said, citing U.S. officials.",
            "2020-07-18",
            [
                ("28,500 troops", "US troops in Korea, 2020", "holds"),
            ],
        ),
        # South Korean civilian workers are USFK's workers (Arkansas Democrat-Gazette (Bloomberg),
        # 2020-04-01).
        (
            "The U.S. military is set to put almost half of its 8,500 South Korean civilian workers on furlough, "
            "as the two sides are deadlocked over the Trump administration’s demands for an increase in troop "
            "funding.",
            "2020-04-01",
            [
                ("8,500 South Korean civilian workers", "Korean workers of USFK, 2020", "holds"),
            ],
        ),
        # An amount 'the U.S. had proposed', past its conversion, is its demand (KBS World, 2019-02-06).
        (
            "The allies reportedly agreed to Seoul increasing its contribution to about one-point-03 trillion "
            "won in 2019, less than the one billion dollars or one-point-13 trillion won the U.S. had proposed.",
            "2019-02-06",
            [
                ("one-point-03 trillion won", "2019 payment", "holds"),
                ("one billion dollars", "US demand of $1.0bn (2018-12-28, for 2019)", "holds"),
                ("one-point-13 trillion won", "conversion of one billion dollars", "holds"),
            ],
        ),
        # 우리 돈 converts the amount before it past a multiple: $10bn at the day's ₩1,472.75
        # (JTBC (via zum), 2025-04-09).
        (
            "연간 100억 달러는, 현 방위비의 10배, 우리 돈 14조원에 달하는 막대한 "
            "비용입니다.",
            "2025-04-09",
            [
                ("100억 달러", "US demand of $10.0bn (2024-10-15, for 2026)", "holds"),
                ("10배", "US demand of $10.0bn (2024-10-15) against the 2025 payment", "holds"),
                ("14조원", "conversion of 100억 달러", "holds"),
            ],
        ),
        # Japan's support before the record's first agreement (JFY2016-2020) has no reading (Stars and
        # Stripes, 2011-01-21).
        (
            "The Japanese government will spend 188.1 billion yen — or $2.02 billion — annually in the next five "
            "years on Japanese employee salaries, utilities and base maintenance.",
            "2011-01-21",
            [
                ("188.1 billion yen", _NO_JAPAN, "unplaced"),
                ("$2.02 billion", "conversion of 188.1 billion yen", "off"),
            ],
        ),
        # A count of South Koreans who provide services, its thousands grouped by a dot, is USFK's workforce
        # (Breitbart, 2019-02-10).
        (
            "70 percent of South Korea’s support covers the salaries of 8.700 South Koreans who provide "
            "administrative and technical services for the 28,500 American troops stationed in their country.",
            "2019-02-10",
            [
                ("70 percent", _BUDGET, "unplaced"),
                ("8.700 South Koreans who provide", "Korean workers of USFK, 2019 (2014's count, the latest)", "holds"),
                ("28,500 American troops", "US troops in Korea, 2019", "holds"),
            ],
        ),
        # What Korea intends to keep the payment under is its offer: ₩999.9bn for 2019 (Sputnik, 2019-01-23).
        (
            "South Korea, for its part, intends to keep the payment under 1 trillion won, the Yonhap news agency "
            "reported.",
            "2019-01-23",
            [
                ("1 trillion won", "ROK offer of ₩999.9bn (2019-01, for 2019)", "holds"),
            ],
        ),
        # What the US is trying to bring the contribution up to is its demand: ₩1tn for 2014 (The Korea
        # Herald, 2013-07-25).
        (
            "Amid budgetary difficulties at home and increased security threats from North Korea, the U.S. is "
            "reportedly trying to bring the South’s annual contribution up to 1 trillion won.",
            "2013-07-25",
            [
                ("1 trillion won", "US demand of ₩1,000.0bn (2013-07, for 2014)", "holds"),
            ],
        ),
        # In Korean a verb right before another amount is that amount's (미국이 요구했던 10억 달러): the
        # ₩1tn passed is the payment (MBN, 2019-02-10).
        (
            "협상 과정에서 미국이 요구했던 10억 달러, 우리 돈 1조 1,240억 원에 "
            "비하면 작은 규모이지만, 1조 원을 넘은 것은 이번이 처음입니다.",
            "2019-02-10",
            [
                ("10억 달러", "US demand of $1.0bn (2018-12-28, for 2019)", "holds"),
                ("1조 1,240억 원", "conversion of 10억 달러", "holds"),
                ("1조 원", "2019 payment", "holds"),
            ],
        ),
        # A percentage of the demand its sentence names (400% 인상된 50억 달러) is that demand's
        # alone: $5bn is 461.1% over 2019's $891.1M, so 400% is off (YTN, 2019-11-16).
        (
            "트럼프 대통령은 올해 한국에 방위비분담금으로 400% 인상된 50억 달러를 "
            "요구하고 있다고 전직 국방부 관계자가 전했습니다.",
            "2019-11-16",
            [
                ("400%", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # An amount put forward (제시) that no Korean offer is near but a US demand of talks
        # under way is exactly is that demand: $5bn for 2020 (Aju Business Daily, 2020-06-03).
        (
            "작년 협상 초기 미국 정부는 주한미군 분담금으로 우리 정부에 2019년 "
            "협상액(1조389억원)의 5배에 달하는 50억 달러를 제시하며, 양국의 협상은 "
            "길어졌다.",
            "2020-06-03",
            [
                ("1조389억원", "2019 payment", "holds"),
                ("5배", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # The same where the year is named: 'In 2019 ... called for a fivefold increase to US$5 billion' (The
        # Korea Times US (Yonhap), 2024-01-17).
        (
            "In 2019, then President Trump demanded a hefty rise in South Korea’s share of the cost for "
            "stationing USFK. He reportedly called for a fivefold increase to US$5 billion, leading to tensions "
            "between Seoul and Washington.",
            "2024-01-17",
            [
                ("fivefold", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("US$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # A bound far from the payment that is exactly a demand of talks under way (최대 50억
        # 달러까지) is that demand (MBN, 2019-11-15).
        (
            "양국은 이번 회의에서 시한 종료 일주일을 앞둔 한일 "
            "군사정보보호협정(GSOMIA·지소미아)과 최대 50억 달러까지 거론되는 방위비 "
            "분담금 문제 등을 논의했습니다.",
            "2019-11-15",
            [
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # A change said as an amount in a sentence that names an agreement by its number is of that
        # agreement's first year: the 12th SMA's 2026 rise, ₩1,519.2bn - ₩1,402.8bn (YTN, 2024-10-04).
        (
            "After eight consultations since April, South Korea and the U.S. agreed to the 12th Korea-U.S. "
            "Special Agreement on the Sharing of Defense Expenses, which calls for an increase of 116.4 billion "
            "won in defense contributions.",
            "2024-10-04",
            [
                ("116.4 billion won", "difference 2025→2026", "holds"),
            ],
        ),
        # A change said as an amount in a sentence that names an agreement by its number is of that
        # agreement's first year: the 12th SMA's 2026 rise, ₩1,519.2bn - ₩1,402.8bn (YTN, 2024-10-04).
        (
            "After eight consultations since April, South Korea and the U.S. agreed to the 12th Korea-U.S. "
            "Special Agreement on the Sharing of Defense Expenses, which calls for an increase of 116.4 billion "
            "won in defense contributions.",
            "2024-10-04",
            [
                ("116.4 billion won", "difference 2025→2026", "holds"),
            ],
        ),
        # The amount a percentage rose to, past its particle, is that year's payment, though
        # 내야 follows it (정의당 보도자료, 2021-04-29).
        (
            "한국은 2020년 1조 389억보다 13.9%가 늘어난 1조 1833억원을 올해 "
            "내야 하며, 앞으로 4년간 전년도 대비 국방비 증가율 만큼 방위비를 더 내야 "
            "합니다.",
            "2021-04-29",
            [
                ("1조 389억", "2020 payment (the base of the comparison)", "holds"),
                ("13.9%", "change 2020→2021", "holds"),
                ("1조 1833억원", "2021 payment", "holds"),
            ],
        ),
        # What Korea is said to pay now (현재 한국이 내는) is a payment: a wrong one is off
        # (think12161 (Tistory blog), 2025-07-09).
        (
            "그런데 이번에는 한 술 더 떠 **“한국이 100억 달러 이상 부담해야 "
            "한다”**고 주장했습니다. 이는 현재 한국이 내는 1.5억 달러 대비 무려 60배 "
            "이상 많은 금액입니다.",
            "2025-07-09",
            [
                ("100억 달러", "US demand of $10.0bn (2025-07-08, for 2026)", "holds"),
                ("1.5억 달러", "2025 payment", "off"),
                ("60배", "US demand of $10.0bn (2025-07-08) against the 2025 payment", "off"),
            ],
        ),
        # Troops of East Asia, and of Japan, are not the level in Korea (한국경제, 1997-05-01).
        (
            "그러나 국방부는 과거의 연례 보고서와는 달리 주일미군 4만7천명, 주한미군 "
            "3만7천명 등 현재 10만명선인 동아시아 주둔군 숫자를 계속 유지할 것인지 여부는 "
            "명확히 언급하지 않았다.",
            "1997-05-01",
            [
                ("4만7천명", _MOVED, "unplaced"),
                ("3만7천명", "US troops in Korea, 1997", "holds"),
                ("10만명", _MOVED, "unplaced"),
            ],
        ),
        # Troops said to be stationed in Korea are the level, though a cut of them is spoken of (뉴시스,
        # 2025-05-23).
        (
            "트럼프 대통령은 재임 1기 시절에도 한국에 주둔 중인 2만8500명의 주한미군을 "
            "감축하거나 철수하는 방안을 검토한 것으로 알려져있다.",
            "2025-05-23",
            [
                ("2만8500명", "US troops in Korea, 2025", "holds"),
            ],
        ),
        # A magnitude joined to its number word by a hyphen (Dong-A Ilbo, 2019-11-20).
        (
            "The sounds of the conflicts between the two countries will seem to get only louder regarding the "
            "U.S.’ five-billion-dollar request.",
            "2019-11-20",
            [
                ("five-billion-dollar", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # A US demand on Japan (urged Japan to increase ... to about 8 billion dollars): the record holds none
        # (Jiji Press, 2019-11-16).
        (
            "The administration of U.S. President Donald Trump has urged Japan to increase its annual "
            "host-nation financial support for U.S. forces in the country by some 4.5-fold from the current "
            "level to about 8 billion dollars in fiscal 2021 and later, it was learned Friday.",
            "2019-11-16",
            [
                ("4.5-fold", "unplaced: a multiple said of Japan's support; the record holds no demand on Japan",
                 "unplaced"),
                ("8 billion dollars", "unplaced: a US demand on Japan: the record holds none", "unplaced"),
            ],
        ),
        # A fiscal year named before the record's first agreement with Japan: no reading (The Japan Times,
        # 2015-10-27).
        (
            "Host-nation support totaled ¥189.9 billion in fiscal 2015.",
            "2015-10-27",
            [
                ("¥189.9 billion", "unplaced: no figure of Japan's host-nation support for 2015 in the record",
                 "unplaced"),
            ],
        ),
        # 'That year' is the year printed before it, though it was a signing's (Stars and Stripes,
        # 2014-01-13).
        (
            "The latest SMA was signed in 2009, setting South Korea’s contribution for that year at about $775 "
            "million, with provisions for annual increases for inflation.",
            "2014-01-13",
            [
                ("$775 million", "2009 payment", "off"),
            ],
        ),
        # A share of expenditures that rises is the payment, though inflation is named after it (News-Pravda
        # (citing Dong-A Ilbo), 2024-11-13).
        (
            "In 2026, the South Korean share of expenditures will increase by 8.3% compared to the previous "
            "year, and subsequently the annual growth of expenditures will correspond to the inflation rate.",
            "2024-11-13",
            [
                ("8.3%", "change 2025→2026", "holds"),
            ],
        ),
        # A percentage said of a demand through 'which is' is its ratio (Teller Report (SBS, translated),
        # 2020-05-08).
        (
            "High-ranking officials from the U.S. administration have also launched a kind of public opinion, "
            "confirming that the US demand for $ 1.3 billion, which is raising 50%, is unusual.",
            "2020-05-08",
            [
                ("$ 1.3 billion", "US demand of $1.3bn (2020-05-07, for 2020)", "holds"),
                ("50%", "US demand of $1.3bn (2020-05-07) against the 2019 payment", "holds"),
            ],
        ),
        # An 'if' whose amount is exactly a demand of talks under way is that demand (Haberler.com (English),
        # 2025-05-23).
        (
            "Trump had stated that if he became president, South Korea would pay $10 billion annually for the US "
            "soldiers stationed in the country.",
            "2025-05-23",
            [
                ("$10 billion", "US demand of $10.0bn (2024-10-15, for 2026)", "holds"),
            ],
        ),
        # 'In recent years' is the time before the date, not a sum over years (PJ Media, 2019-02-10).
        (
            "Seoul said they would pay $924 million this year compared to $830 million in recent years.",
            "2019-02-10",
            [
                ("$924 million", "2019 payment", "holds"),
                ("$830 million", "2018 payment (the year before the date)", "holds"),
            ],
        ),
        # An amount named as the existing cost-sharing amount is a payment, not a demand, though a demand is
        # named before it, and 'existing' is --date's year, 2020's, frozen at 2019's (Asia Economy, 2020-04-11).
        (
            "Initially, it was reported that the U.S. pressured South Korea by demanding $5 billion, far "
            "exceeding the existing South Korean defense cost-sharing amount of 900 billion won.",
            "2020-04-11",
            [
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("900 billion won", "2020 payment", "off"),
            ],
        ),
        # What is left once a part is taken out of the year's total (제외하고) is not the payment
        # (인사이트코리아, 2021-03-10).
        (
            "이에 따라 2020년 ▲미측에 선지급된 인건비 ▲주한미군 한국인 근로자 무급휴직 "
            "발생에 따라 특별법으로 근로자에게 지급된 생계지원금 일체(3144억원)를 당해 "
            "분담금 총액에서 제외하고 7245억원을 지급한다.",
            "2021-03-10",
            [
                ("3144억원", _NOT_SMA, "unplaced"),
                ("7245억원", _NOT_SMA, "unplaced"),
            ],
        ),
        # A land purchase inside a relocation's cost is not the SMA (동아일보, 2008-11-19).
        (
            "미군 기지이전 사업비는 총 10조 원 규모로 한국의 부담액은 6조 원(터 매입비 "
            "1조 원 포함) 선으로 추산되고 있다.",
            "2008-11-19",
            [
                ("10조 원", _BEYOND, "unplaced"),
                ("6조 원", _BEYOND, "unplaced"),
                ("1조 원", _NOT_SMA, "unplaced"),
            ],
        ),
        # Direct support and temporary costs, named before their sums, are not the SMA (머니투데이, 2018-05-24).
        (
            "지원형태별로 보면 △직접지원액 2조 4200억원 △간접지원액 9500억원 "
            "△한시적비용 2조 600억원 규모다.",
            "2018-05-24",
            [
                ("2조 4200억원", _NOT_SMA, "unplaced"),
                ("9500억원", _NOT_SMA, "unplaced"),
                ("2조 600억원", _NOT_SMA, "unplaced"),
            ],
        ),
        # A year's payment named right before its amount is that payment, though a span of years is spoken of
        # (매일신문, 1995-06-13).
        (
            "미국은 한국의 방위분담금을 오는 96년부터 2000년까지5년간에 걸쳐 "
            "올해방위분담금인 미화 3억달러의 2배에 달하는 6억달러수준으로 올려주도록 "
            "공식요청한 것으로 알려졌다.",
            "1995-06-13",
            [
                ("미화 3억달러", "1995 payment", "holds"),
                ("2배", "unplaced: no recorded US demand with an amount made by 1995-06-13", "unplaced"),
                ("6억달러", "unplaced: no recorded US demand near 6억달러 made by 1995-06-13", "unplaced"),
            ],
        ),
        # 선 after a count is a level, about it (한국경제, 1993-07-12).
        (
            "페리부장관은 지난달 16일 국회국방위시찰단과의 면담에서 \"북한 핵문제 해결시 "
            "주한미군 2단계 감축 시행을 위한 준비를 할 것으로 예상된다\"면서 \"이같은 "
            "철군계획은 현재 3만7천명선인 주한미군을 3만명 수준으로 줄이는 것이나 "
            "3만명이하의 감축은 곤란하다고 본다\"고 밝혔다고 이 보고서는 전했다.",
            "1993-07-12",
            [
                ("3만7천명", "US troops in Korea, 1993", "holds"),
                ("3만명", _MOVED, "unplaced"),
                ("3만명", _MOVED, "unplaced"),
            ],
        ),
        # A rise with its base year printed beside it is that year's change alone, though the sentence names
        # the agreement whose first year rose by it (think12161 (Tistory blog), 2025-07-09).
        (
            "2025년 현재, 한국이 미국에 지불하는 방위비 분담금은 약 1.47억 달러, "
            "우리 돈으로 약 2조 원에 달하는 금액입니다. 이는 **한미 간 12차 방위비분담 "
            "특별협정(SMA)**에 따른 금액으로, 2024년보다 약 8.3% 인상된 "
            "수치입니다.",
            "2025-07-09",
            [
                ("1.47억 달러", "2025 payment", "off"),
                ("2조 원", "unplaced: a power of ten from the conversion of 1.47억 달러, which does not hold: "
                 "one of the two is misprinted", "unplaced"),
                ("8.3%", "change 2024→2025", "off"),
            ],
        ),
        # A part before the count it is taken from is read: here the workers furloughed (Asia Economy,
        # 2020-04-11).
        (
            "The government estimates that about 4,000 of the approximately 8,600 Korean workers employed by the "
            "U.S. Forces in Korea, roughly half, have started unpaid leave from this day due to the breakdown of "
            "the Korea-U.S. Special Measures Agreement (SMA) on defense cost-sharing.",
            "2020-04-11",
            [
                ("4,000", "Korean workers of USFK furloughed, 2020", "holds"),
                ("8,600 Korean workers", "Korean workers of USFK, 2020", "holds"),
            ],
        ),
        # 까지 before a verb of raising is where the rise ends, not a bound (MBC, 2025-07-09).
        (
            "내년도 한미 방위비 분담금은 전년보다 8.3% 늘어난 1조 5천억 원 규모로, "
            "트럼프 대통령은 앞서 주한미군을 거론하며 분담금을 100억 달러 우리돈 13조 "
            "7천억 원까지 늘려야 한다고 언급했습니다.",
            "2025-07-09",
            [
                ("8.3%", "change 2025→2026", "holds"),
                ("1조 5천억 원", "2026 payment", "holds"),
                ("100억 달러", "US demand of $10.0bn (2025-07-08, for 2026)", "holds"),
                ("13조 7천억 원", "conversion of 100억 달러", "holds"),
            ],
        ),
        # An amount a rise is from, to another amount of this year, is last year's (Messy Politics,
        # 2019-02-10).
        (
            "A report reveals Seoul has agreed to hike the pay from $830 million to $924 million this year.",
            "2019-02-10",
            [
                ("$830 million", "2018 payment (the base of the comparison)", "holds"),
                ("$924 million", "2019 payment", "holds"),
            ],
        ),
        # A part before the count it is taken from, past a possessive: the workers furloughed (The Washington
        # Post, 2020-04-01).
        (
            "A union representing the South Korean workers said that about 4,000 of the U.S. bases’ 8,500 local "
            "employees were furloughed.",
            "2020-04-01",
            [
                ("4,000", "Korean workers of USFK furloughed, 2020", "holds"),
                ("8,500 local employees", "Korean workers of USFK, 2020", "holds"),
            ],
        ),
        # A count said to be the current level is the level, though a cut is spoken of (MilitaryLeak,
        # 2019-12-13).
        (
            "The U.S. House and Senate agreed on a bill preventing the reduction of American troops in Korea to "
            "below 28,500 personnel, the current level stationed on the peninsula, stressing that their presence "
            "in the region benefits the national security of the United States.",
            "2019-12-13",
            [
                ("28,500 personnel", "US troops in Korea, 2019", "holds"),
            ],
        ),
        # A contingent of a count is troops (TASS, 2024-01-16).
        (
            "A US military contingent of 28,500 is stationed in the south of the Korean Peninsula.",
            "2024-01-16",
            [
                ("28,500", "US troops in Korea, 2024", "holds"),
            ],
        ),
        # What Korea pays for the wages of Korean workers is not the SMA's payment (Dong-A Ilbo, 2020-06-04).
        (
            "The U.S. Department of Defense announced that South Korea would pay 200 million dollars for the "
            "wages of Korean workers at U.S. military bases throughout the year.",
            "2020-06-04",
            [
                ("200 million dollars", _NOT_SMA, "unplaced"),
            ],
        ),
        # An amount Korea asks to be kept under is its offer (Hankyoreh, 2019-01-22).
        (
            "The South Korean government is asking for its defense contribution to be kept under 1 trillion won "
            "(US$884.6 million) and for the negotiations to be held on a five-year basis, in keeping with the "
            "current practice.",
            "2019-01-22",
            [
                ("1 trillion won", "ROK offer of ₩999.9bn (2019-01, for 2019)", "holds"),
                ("US$884.6 million", "conversion of 1 trillion won", "holds"),
            ],
        ),
        # 현재의 ... 그대로 유지: the level now, though a cut is spoken of (울산제일일보(연합뉴스), 2008-04-20).
        (
            "양 정상은 회담에서 한반도와 동북아의 평화와 번영을 위해 주한미군의 군사력을 "
            "유지해 나가는 것이 매우 중요하다는 데 의견을 같이하고 당초 올해 말까지 주한 "
            "미군 3천500명을 추가 감축한다는 계획을 백지화, 현재의 2만8천500명을 "
            "그대로 유지키로 한 것으로 알려졌다.",
            "2008-04-20",
            [
                ("3천500명", _MOVED, "unplaced"),
                ("2만8천500명", "US troops in Korea, 2008", "holds"),
            ],
        ),
        # A spokesman for East Asia and the Pacific does not make a count in Korea another force's: the 32,000
        # reported is off (Dailian (데일리안), 2018-04-14).
        (
            "크리스토퍼 로건 미국 국방부 동아시아태평양 담당 대변인은 14일 "
            "‘미국의소리(VOA)’와의 인터뷰에서 주한미군 병력이 3만2000명으로 늘었다는 "
            "일부 언론 보도에 대해 “공식적인 주한미군 수는 여전히 2만8500명이며, 일본 "
            "주둔 미군의 수는 5만명이다”고 답했다.",
            "2018-04-14",
            [
                ("3만2000명", "US troops in Korea, 2018", "off"),
                ("2만8500명", "US troops in Korea, 2018", "holds"),
                ("5만명", _MOVED, "unplaced"),
            ],
        ),
        # An inflation rate assumed (소비자 물가지수) is no change of the payment (New Daily (뉴데일리),
        # 2014-01-12).
        (
            "매년 소비자 물가지수(CPI)가 2~3% 오른다고 가정했을 때 2017년부터는 "
            "매년 1조 원 넘게 부담할 것으로 보인다.",
            "2014-01-12",
            [
                ("3%", _BUDGET, "unplaced"),
                ("1조 원", "2017 payment", "close"),
            ],
        ),
        # 'Initially pushed' is the first demand, not the first year of an agreement; pushing the ROK is a
        # demand (CGTN (Reuters), 2018-12-17).
        (
            "The U.S. initially pushed the ROK to increase its share of the burden to about 1.2 billion U.S. "
            "dollars, The Wall Street Journal reported last week, citing unidentified sources.",
            "2018-12-17",
            [
                ("1.2 billion U.S. dollars", "US demand of ₩1,350.0bn (2018-12-11, for 2019)", "holds"),
            ],
        ),
        # An amount a rise is from, 'annually', to another: the year before the one named; a rise with no
        # demand spoken of has no demand's ratio for a reading (The Hill (opinion), 2020-01-23).
        (
            "In February of 2019, Moon reluctantly agreed to increase its financial contribution by more than 10 "
            "percent, from $830 million annually to $924 million.",
            "2020-01-23",
            [
                ("10 percent", "change 2018→2019", "off"),
                ("$830 million", "2018 payment (the base of the comparison)", "holds"),
                ("$924 million", "2019 payment", "holds"),
            ],
        ),
        # The start of a period counted (1991년 이후 열 차례) is no figure's year: the demand named
        # is the demand (뉴스토마토, 2020-05-08).
        (
            "강 대변인은 \"13억달러는 우리 돈으로 1조6000억가량으로, 지난해 분담금에 "
            "비해 50%나 인상된 액수\"라며 \"1991년 이후 열 차례 체결된 방위비 협상 "
            "평균 인상률이 8.5%였는데 이번에는 갑자기 50%나 인상돼야 할 아무런 근거가 "
            "없다\"고 지적했다.",
            "2020-05-08",
            [
                ("13억달러", "US demand of $1.3bn (2020-05-07, for 2020)", "holds"),
                ("1조6000억", "conversion of 13억달러", "holds"),
                ("50%", "US demand of $1.3bn (2020-05-07) against the 2019 payment", "holds"),
                ("8.5%", _BUDGET, "unplaced"),
                ("50%", "US demand of 50.0% (2018-12-07, for 2019)", "holds"),
            ],
        ),
        # '1조 수천억원' is a range, ₩1.2tn to ₩1.9tn (조선일보, 2025-07-10).
        (
            "그러면서 “트럼프 대통령은 우리나라 주둔 미군이 4만5000명이라 했다. 그러나 "
            "실은 2만8000명이다”라며 “또 미국이 우리나라에 무상 군사 지원 제공하고 있다 "
            "했는데, 우리나라는 해마다 1조 수천억원의 분담금을 지급 중이다. 기지 무상 "
            "제공, 첨단 무기 구입 등 제반 간접 비용 감안하면 미국 부담보다 우리 부담이 "
            "훨씬 크다”라고 지적했다.",
            "2025-07-10",
            [
                ("4만5000명", "US troops in Korea, 2025", "off"),
                ("2만8000명", "US troops in Korea, 2025", "holds"),
                ("1조 수천억원", "2025 payment", "holds"),
            ],
        ),
        # A conversion a unit (억) from its misprinted amount: one of the two is misprinted
        # (MBC 뉴스투데이, 2021-06-07).
        (
            "트럼프는 지난 5일 공화당 행사 연설에서 자신이 재임했다면 한국의 방위비 분담금을 "
            "이전의 5배가 넘는 50달러, 우리 돈 5조 6천억 원은 받아냈을 것이라 "
            "말했습니다.",
            "2021-06-07",
            [
                ("5배", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
                (
                    "50달러",
                    "unplaced: no recorded US demand near 50달러 made by 2021-06-07; the nearest recorded: "
                    "$440M (1998-12), $580M (2001-03)",
                    "unplaced",
                ),
                (
                    "5조 6천억 원",
                    "unplaced: a power of ten from the conversion of 50달러, which does not hold: one of the "
                    "two is misprinted",
                    "unplaced",
                ),
            ],
        ),
        # The year of another measure (지난해 물가상승률) is not the payment's; the rate applied is the year's
        # change, which it is exactly (SBS, 2008-12-24).
        (
            "이에 따라 한국이 부담해야 하는 내년도 주한미군 방위비는 지난해 물가상승률 "
            "2.5%를 반영할 때 올해보다 185억원 가량 늘어난 7천 6백억원이 될 "
            "전망입니다.",
            "2008-12-24",
            [
                ("2.5%", "change 2008→2009", "holds"),
                ("185억원", "difference 2008→2009", "holds"),
                ("7천 6백억원", "2009 payment", "holds"),
            ],
        ),
        # A multiple called a threat (협박) is a demand's (세계일보 (zum), 2019-11-15).
        (
            "송 의원 등은 성명에서 “분담금을 5배 증액하지 않으면 미군을 철수할 수 있다는 "
            "뉘앙스의 언급과 보도는 심각한 협박”이라고 밝혔다.",
            "2019-11-15",
            [
                ("5배", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
            ],
        ),
        # Korea's portion is a payment, not a demand: a wrong one is off (NNA, 2019-08-20).
        (
            "South Korea's portion of the bill has soared to 1.39 trillion won in 2019, from the mere 107 "
            "billion won it paid in 1991, to keep up with inflation and its growing defense budget.",
            "2019-08-20",
            [
                ("1.39 trillion won", "2019 payment", "off"),
                ("107 billion won", "1991 payment", "holds"),
            ],
        ),
        # The following year (이듬해), and a list of amounts one a year that a year ending a span
        # heads (모빌리티TV (moneycode), 2024-04-28).
        (
            "2013년 8,695억원이던 분담금은 이듬해 9,200억원으로 뛰었다. 그리고 "
            "2018년까지 매해 9,320억원, 9,441억원, 9,507억원, "
            "9,602억원으로까지 올랐다.",
            "2024-04-28",
            [
                ("8,695억원", "2013 payment", "holds"),
                ("9,200억원", "2014 payment", "holds"),
                ("9,320억원", "2015 payment", "holds"),
                ("9,441억원", "2016 payment", "holds"),
                ("9,507억원", "2017 payment", "holds"),
                ("9,602억원", "2018 payment", "holds"),
            ],
        ),
        # A floor said to be the current level (현재 수준인) is the level (MBC, 2025-12-11).
        (
            "법안에는 주한미군 병력을 현재 수준인 2만 8,500명 미만으로 줄이는 데 예산을 "
            "사용할 수 없다는 내용이 담겼습니다.",
            "2025-12-11",
            [
                ("2만 8,500명", "US troops in Korea, 2025", "holds"),
            ],
        ),
        # A floor said to be the current level of USFK is the level (The Asia Business Daily, 2025-12-11).
        (
            "The NDAA, which passed the House on this day, specifies that the budget authorized by the bill "
            "cannot be used to reduce the current level of U.S. Forces Korea below 28,500 personnel.",
            "2025-12-11",
            [
                ("28,500 personnel", "US troops in Korea, 2025", "holds"),
            ],
        ),
        # A rise of the year its clause gives, that holds, is that year's change, though a span of years is named
        # (JoongAng Ilbo, 1995-11-04).
        (
            "한.미 양국은 3일 주한미군 방위비 분담액을 내년부터 3년간전년 대비 10%씩 "
            "인상,내년엔 3억3,000만 달러를 한국측이 분담키로 했다.",
            "1995-11-04",
            [
                ("10%", "change 1995→1996", "holds"),
                ("3억3,000만 달러", "1996 payment", "holds"),
            ],
        ),
        # A rise said two ways, as a percentage and an amount, and the amount it rose to: that year's (더팩트,
        # 2024-04-22).
        (
            "당시 한국은 직전 해보다 13.9%, 1444억원 증가한 1조1833억원을 "
            "부담하고, 향후 4년간 방위비를 한국 국방비 증가율만큼 인상하기로 합의했다.",
            "2024-04-22",
            [
                ("13.9%", "change 2020→2021 (the nearest of the agreements agreed by 2024-04-22)", "holds"),
                ("1444억원", "difference 2020→2021", "holds"),
                ("1조1833억원", "2021 payment", "holds"),
            ],
        ),
        # A percentage in the brackets of a change said as an amount is that year's change (한국경제, 1992-07-22).
        (
            "국방부는 22일 93년도 주한미군 방위비 분담금을 올해보다 4천만달러 (22%) "
            "많은 2억2천만달러를 부담키로 한-미 양국이 잠정합의했다고 밝혔다.",
            "1992-07-22",
            [
                ("4천만달러", "difference 1992→1993", "holds"),
                ("22%", "change 1992→1993", "holds"),
                ("2억2천만달러", "1993 payment", "holds"),
            ],
        ),
        # A percentage in the brackets of a change said as an amount, past its conversion, is that year's
        # change (The Hankyoreh, 2021-03-11).
        (
            "This means that while South Korea is paying 144.4 billion won (US$127 million, 13.9%) more this "
            "year than the 1.04 trillion won (US$914 million) it was responsible for in 2019, it will be "
            "responsible for a share totaling roughly 1.5 trillion won (US$1.32 billion) by the time the "
            "agreement elapses in 2025.",
            "2021-03-11",
            [
                ("144.4 billion won", "difference 2020→2021", "holds"),
                ("US$127 million", "conversion of 144.4 billion won", "holds"),
                ("13.9%", "change 2020→2021", "holds"),
                ("1.04 trillion won", "2019 payment (the base of the comparison)", "holds"),
                ("US$914 million", "conversion of 1.04 trillion won", "holds"),
                ("1.5 trillion won", "2025 payment", "holds"),
                ("US$1.32 billion", "conversion of 1.5 trillion won", "holds"),
            ],
        ),
        # A rise agreed 'last year' (2018) that is exactly 2019's rise, the one that agreement set, is 2019's,
        # not unplaced between 2018's and 2019's (Global Times, 2019-11-25).
        (
            "Last year's intensive negotiations between Washington and Seoul resulted in a compromise, in which "
            "South Korea agreed to a modest 8.2 percent increase in its financial contribution whereas the US "
            "gained a one-year rather than five-year agreement so that it could make a fresh demand every year.",
            "2019-11-25",
            [
                ("8.2 percent", "change 2018→2019", "holds"),
            ],
        ),
        # A defence budget's rise named before the figure through 'which amounted to' is another budget's
        # (Reuters (Daily Mail), 2021-03-10).
        (
            "Under an agreement with the United States, South Korea will also increase its annual spending for "
            "2022 to 2025 in line with the rate of its defence budget increase, which amounted to 5.4% for this "
            "year, the ministry said in a statement.",
            "2021-03-10",
            [
                ("5.4%", _BUDGET, "unplaced"),
            ],
        ),
        # A misprinted 'billon' is billion (Anadolu Agency (usmuslims.com), 2019-01-23).
        (
            "“The U.S. recently asked South Korea via a diplomatic channel to pay up to $1.2 billon,” it added.",
            "2019-01-23",
            [
                ("$1.2 billon", "US demand of $1.2bn (2018-12-28, for 2019)", "holds"),
            ],
        ),
        # A count of 'men' stationed in Korea is of troops (Teller Report (NHK), 2020-07-18).
        (
            "He told House that he had offered the option to reduce the strength of the 28,500 men stationed in "
            "South Korea.",
            "2020-07-18",
            [
                ("28,500 men", "US troops in Korea, 2020", "holds"),
            ],
        ),
        # A word of praise between a count and its troops does not hide them (The Korea Times US (Yonhap),
        # 2015-11-03).
        (
            "“We’ve got 28,500 wonderful American soldiers on South Korea’s border with North Korea.",
            "2015-11-03",
            [
                ("28,500 wonderful American soldiers", "US troops in Korea, 2015", "holds"),
            ],
        ),
        # US$ printed after a Korean amount is the dollar (우리동포 (메아리 전재), 2020-05-28).
        (
            "그러나 미국은 남조선이 당장 13억US$를 지급해야 하고 그것도 1년계약으로 "
            "체결해 래년에 또다시 《방위비분담금》증액을 위한 협상을 하자고 압박하고있다.",
            "2020-05-28",
            [
                ("13억US$", "US demand of $1.3bn (2020-05-07, for 2020)", "holds"),
            ],
        ),
        # The lower end of a range takes the currency printed after the upper (47억~50억달러)
        # (데일리한국, 2019-11-12).
        (
            "연합뉴스에 따르면 북한 대외선전매체인 ‘우리민족끼리’는 이날 ‘빛좋은 "
            "개살구-동맹의 실체’라는 제목의 논평을 통해 “알려진 바에 의하면 얼마전 미국 "
            "고위관리들이 줄줄이 남조선에 날아들어와, 남조선강점 미군유지비 외에 가족들에 대한 "
            "지원비, 해외에 배치돼있는 전략자산의 유지 및 전개비용 등 47억~50억달러 "
            "규모의 방위비를 요구했다고 한다”며 이같이 말했다.",
            "2019-11-12",
            [
                ("47억", "US demand of $4.7bn (2019-09-24, for 2020)", "holds"),
                ("50억달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # An amount printed bare in the brackets of a dollar amount, a thousand times it, is its conversion
        # into won (The Korea Times, 2019-02-13).
        (
            "\"Working with U.S. Secretary of State Mike Pompeo and National Security Adviser John Bolton, they "
            "(South Korea) agreed to pay, yesterday, $500 million (560 billion) more toward their defense,\" "
            "Trump said in a Cabinet meeting, Tuesday (local time).",
            "2019-02-13",
            [
                ("$500 million", "difference 2018→2019", "off"),
                ("560 billion", "conversion of $500 million", "holds"),
            ],
        ),
        # 에 의하면 (according to) is no 'if' (우리동포 (메아리 전재), 2020-05-28).
        (
            "알려진데 의하면 남조선당국이 제시한 13%인상이란것도 사실 2019년에 올렸던 "
            "8.2%증액에 비해 훨씬 늘어난 액수이다.",
            "2020-05-28",
            [
                ("13%", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
                ("8.2%", "change 2018→2019", "holds"),
            ],
        ),
        # The amount a rise over years started from, with no year of its own, is no payment of the date's year
        # (세계일보 [설왕설래], 2024-10-17).
        (
            "협정은 3∼5년 단위로 체결되는데 분담금은 초기 1073억원에서 해마다 늘어났고 "
            "트럼프 집권 때인 2019년 1조원을 넘어섰다.",
            "2024-10-17",
            [
                (
                    "1073억원",
                    "unplaced: the amount a rise over years started from, its year not said: 2024 payment would be off",
                    "unplaced",
                ),
                ("1조원", "2019 payment", "holds"),
            ],
        ),
        # 전년도 before an amount and 대비 is the year before the one said (연합뉴스 (via Zum),
        # 2024-11-13).
        (
            "협정에 따르면 2026년도 분담금은 1조5천192억원으로, 전년도 1조4천28억원 "
            "대비 8.3% 늘었다.",
            "2024-11-13",
            [
                ("1조5천192억원", "2026 payment", "holds"),
                ("1조4천28억원", "2025 payment (the base of the comparison)", "holds"),
                ("8.3%", "change 2025→2026", "holds"),
            ],
        ),
        # 올 before an amount is this year (동아일보, 2001-11-17).
        (
            "우리나라가 내년에 주한미군 주둔 비용(방위비 분담금)으로 부담해야 할 금액이 올 "
            "4억4400만달러보다 10.4% 증가한 4억9000만달러로 확정됐다.",
            "2001-11-17",
            [
                ("4억4400만달러", "2001 payment (the base of the comparison)", "holds"),
                ("10.4%", "change 2001→2002", "off"),
                ("4억9000만달러", "2002 payment", "holds"),
            ],
        ),
        # A change said as an amount that no recorded demand is near, in a sentence that speaks of a demand,
        # is the year's rise where that holds (zum 뉴스 (TV 대담 전재), 2019-02-10).
        (
            "분담금이 미국의 최초 요구보다 줄기는 했지만, 그래도 전년도에 비해 800억 원 "
            "가까이 올랐습니다.",
            "2019-02-10",
            [
                ("800억 원", "difference 2018→2019", "holds"),
            ],
        ),
        # A change said as an amount from a year's payment right before it (대비) is the
        # difference from that year to the year the sentence says (올해) (클릭앤뉴스 게시판 (repost of a
        # 10 Mar 2021 news report), 2021-03-10).
        (
            "올해는 2019년 한국이 분담했던 1조389억원 대비 1444억원 늘어난 금액을, "
            "이번 협정의 유효기간이 끝나는 2025년에는 대략 1조5000억원을 분담하게 되는 "
            "것이다.",
            "2021-03-10",
            [
                ("1조389억원", "2019 payment", "holds"),
                ("1444억원", "difference 2019→2021", "holds"),
                ("1조5000억원", "2025 payment", "holds"),
            ],
        ),
        # 'Has paid' is the past: the last completed year (The Japan Times (editorial), 2019-02-08).
        (
            "Seoul has paid about $800 million annually to support the 28,500 U.S. troops stationed on the "
            "peninsula to defend South Korea and deter North Korea.",
            "2019-02-08",
            [
                ("$800 million", "2018 payment (the year before the date)", "holds"),
                ("28,500 U.S. troops", "US troops in Korea, 2019", "holds"),
            ],
        ),
        # 내왔다 (has paid) is the past: the last completed year (Money Today, 2019-02-13).
        (
            "트럼프 대통령은 \"지금 우리가 한국 방위에 매년 50억달러(5조6135억원)를 "
            "쓰고 있는데 한국은 그 대가로 5억달러를 내왔다\"면서 \"이것보다 나아져야 하는데 "
            "그들은 5억달러를 더 내기로 동의했다\"고 설명했다.",
            "2019-02-13",
            [
                ("50억달러", _BEYOND, "unplaced"),
                ("5조6135억원", "conversion of 50억달러", "holds"),
                ("5억달러", "2018 payment (the year before the date)", "off"),
                ("5억달러", "difference 2018→2019", "off"),
            ],
        ),
        # An amount said to be paid right after it (을 냈다) has no reading as a demand
        # (Financial News, 2019-08-07).
        (
            "7일 트럼프 대통령은 자신의 트위터를 통해 \"한국이 북한으로부터 스스로를 방어하기 "
            "위해 미국에 훨씬 더 많은 방위비 분담금을 지불하기로 동의했다\"며 \"지난 수십년 "
            "간 미국은 한국으로부터 매우 적은 금액을 받았지만 지난해 나의 요청으로 "
            "9억9000만달러(약 1조 2033억원)을 냈다\"고 밝혔다.",
            "2019-08-07",
            [
                ("9억9000만달러", "2018 payment", "off"),
                ("1조 2033억원", "conversion of 9억9000만달러", "holds"),
            ],
        ),
        # What the US is said to spend (미국이 ... 지출) is not the SMA (Dong-A Ilbo (동아일보),
        # 2013-07-24).
        (
            "보고서는 2012년 기준으로 한국과 미국의 방위비분담액이 각각 7억6500만 "
            "달러, 10억9500만 달러로 미국이 3억3000만 달러(약 3686억 원)를 더 "
            "지출했다고 덧붙였다.",
            "2013-07-24",
            [
                ("7억6500만 달러", "2012 payment", "holds"),
                (
                    "10억9500만 달러",
                    "unplaced: another amount of the sentence is the 2012 payment; this is a part of it, a total "
                    "with other costs, or a difference",
                    "unplaced",
                ),
                ("3억3000만 달러", _NOT_SMA, "unplaced"),
                ("3686억 원", "conversion of 3억3000만 달러", "holds"),
            ],
        ),
        # A count whose subject is a unit (2사단은) is a part of the troops (Dong-A Ilbo (동아일보),
        # 2004-08-12).
        (
            "이에 따라 주한미군 규모는 3만7000여명에서 3만3400여명으로, 주한미군 "
            "주력부대인 2사단은 1만4000여명에서 1만400여명으로 줄었다.",
            "2004-08-12",
            [
                ("3만7000여명", "US troops in Korea, 2004", "holds"),
                ("3만3400여명", "US troops in Korea, 2004", "holds"),
                ("1만4000여명", "unplaced: a part of the troops in Korea, not the level", "unplaced"),
                ("1만400여명", _MOVED, "unplaced"),
            ],
        ),
        # What Trump says he extracted from Seoul is paid, not his demand (KBS World Radio, 2019-08-08).
        (
            "Trump also tweeted that the U.S. has been paid “very little” over the past decades, but that he "
            "managed to extract 990 million dollars last year from Seoul to maintain U.S. troops and assets on "
            "the peninsula.",
            "2019-08-08",
            [
                ("990 million dollars", "2018 payment", "off"),
            ],
        ),
        # A rate after 환율 and its particle (원화환율을 1,245원으로) is a stated rate, not an amount
        # (Seoul Shinmun, 2001-12-04).
        (
            "국방부는 특히 원화환율을 1,245원으로 고정키로 합의, 연 200억원의 "
            "환차손을줄일 수 있을 것으로 기대하고 있다.",
            "2001-12-04",
            [
                ("200억원", _NOT_SMA, "unplaced"),
            ],
        ),
        # The year a deal was last revised is no figure's year: 'currently' is the date's (IDSA (Institute for
        # Defence Studies and Analyses), 2013-07-26).
        (
            "Under the agreement, last revised in 2008, South Korea currently shares 869.5 billion won ($778.1 "
            "million) or about 42% of the total cost.",
            "2013-07-26",
            [
                ("869.5 billion won", "2013 payment", "holds"),
                ("$778.1 million", "conversion of 869.5 billion won", "holds"),
                ("42%", _BUDGET, "unplaced"),
            ],
        ),
        # What the US contributes to its own operations is not the SMA (Real News Not BS, 2024-08-27).
        (
            "The US contributes about $3.3 billion annually to its operations in South Korea.",
            "2024-08-27",
            [
                ("$3.3 billion", _NOT_SMA, "unplaced"),
            ],
        ),
        # Reconstruction aid (재건비용) is not the SMA (Hankook Ilbo, 2003-11-18).
        (
            "도널드 럼스펠드 장관은 이라크에 추가병력을 파견하고 2003년부터 2007년까지 "
            "2억6,000만달러의 재건비용을 제공키로 한 노무현 대통령의 결정에 사의를 "
            "표하였다.",
            "2003-11-18",
            [
                ("2억6,000만달러", _NOT_SMA, "unplaced"),
            ],
        ),
        # 현 before a count is the level now (Money S (머니S), 2025-12-11).
        (
            "특히 해당 법안에는 주한미군 규모를 현 2만8500명 미만으로 감축하거나 한미 "
            "연합사령부 전시작전통제권을 한국 지휘 사령부로 전환을 완료하는데 예산을 지출하지 "
            "못한다는 내용도 적시됐다.",
            "2025-12-11",
            [
                ("2만8500명", "US troops in Korea, 2025", "holds"),
            ],
        ),
        # The amount a multiple is 'times the' is a payment, not a demand (BloombergQuint (Bloomberg),
        # 2020-02-24).
        (
            "While the two sides remain at odds, U.S. officials have indicated they’ve backed off Trump’s "
            "initial demand that South Korea pay about $5 billion a year, more than five times the $900 million "
            "in a stopgap one-year agreement that expired on Dec. 31.",
            "2020-02-24",
            [
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("five times", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
                ("$900 million", "2019 payment", "holds"),
            ],
        ),
        # A count in quotation marks before its troops is read (Korea JoongAng Daily, 2025-08-26).
        (
            "From Abe's Korea 'warmth' to '40,000' USFK troops, Trump shoots from the hip in summit",
            "2025-08-26",
            [
                ("40,000' USFK troops", "US troops in Korea, 2025", "off"),
            ],
        ),
        # What Korea is said to be paying now (부담하고 있는 방위비가) is its payment (뉴스토마토,
        # 2019-11-15).
        (
            "현재 우리가 부담하고 있는 방위비가 1조원 수준, 미국은 여섯배 가까운 "
            "5조9천억원 수준을 요구하고 있지요.",
            "2019-11-15",
            [
                ("1조원", "2019 payment", "holds"),
                ("여섯배", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
                ("5조9천억원", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # The first of a pair of amounts takes the currency printed after the second (연 80억,
        # 50억 달러) (Hankook Ilbo (한국일보), 2020-06-21).
        (
            "트럼프 대통령은 “일본과 한국에서 각각 연 80억, 50억 달러를 얻는 길은 모든 "
            "미군을 철수하겠다고 위협하는 것”이라고 말했다고 볼턴 전 보좌관은 전했다.",
            "2020-06-21",
            [
                (
                    "80억",
                    "unplaced: no figure of Japan's support near 80억; the nearest: Japan's host-nation support, "
                    "JFY2016-2020, total",
                    "unplaced",
                ),
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # 지출해온 (has spent) is the past (Hankook Ilbo (AP=Yonhap), 1992-08-02).
        (
            "한국은 주한미군 유지와 관련,연 1억5천만달러를 지출해온 것으로 보고서는 밝혔다.",
            "1992-08-02",
            [
                ("1억5천만달러", "1991 payment (the year before the date)", "holds"),
            ],
        ),
        # What heads a list of amounts is each one's (savings of ..., ..., and ...), across a month's
        # abbreviation (Oct.) (Hankyoreh English, 2015-10-24).
        (
            "The Ministry of National Defense has reported defense contribution savings of 1,119.3 billion won "
            "(US$985.2 million) in Oct. 2008, 710 billion won (US$625 million) in Aug. 2013, and 621 billion won "
            "(US$547 million) in Jan. 2014 to the National Assembly.",
            "2015-10-24",
            [
                ("1,119.3 billion won", _NOT_SMA, "unplaced"),
                ("US$985.2 million", "conversion of 1,119.3 billion won", "holds"),
                ("710 billion won", _NOT_SMA, "unplaced"),
                ("US$625 million", "conversion of 710 billion won", "holds"),
                ("621 billion won", _NOT_SMA, "unplaced"),
                ("US$547 million", "conversion of 621 billion won", "holds"),
            ],
        ),
        # 'The current level of' an amount says it is the payment, though a demand is spoken of (Asia Economy
        # (English), 2025-08-01).
        (
            "One of these is the cost-sharing negotiations for US Forces Korea, where the United States wants "
            "Korea to significantly increase its contribution, far exceeding the current level of about $1 "
            "billion (approximately 1.3966 trillion won).",
            "2025-08-01",
            [
                ("$1 billion", "2025 payment", "holds"),
                ("1.3966 trillion won", "conversion of $1 billion", "holds"),
            ],
        ),
        # An amount asked as the object of 요구 right after it (past its conversion) is a
        # demand, though 분담금 names it (OhmyNews, 2025-08-20).
        (
            "성일종 국방위원장은 환영사에서 미국이 GDP 대비 국방비 3.8% 증액과 방위비 "
            "분담금 100억 달러(약 13조8천억 원)를 요구했다는 보도를 언급하며 \"트럼프 "
            "대통령 설득에 명운을 걸어야 한다\"고 말했다.",
            "2025-08-20",
            [
                ("3.8%", _BUDGET, "unplaced"),
                ("100억 달러", "US demand of $10.0bn (2025-07-08, for 2026)", "holds"),
                ("13조8천억 원", "conversion of 100억 달러", "holds"),
            ],
        ),
        # 'The US contingent of' a count is the level, though a reduction is spoken of (The Irish Times
        # (Reuters), 2004-06-07).
        (
            "Although North Korea's 1.1-million-strong armed forces dwarf the US contingent of 37,500 troops, "
            "any reduction is closely watched because its symbolic deterrent value outweighs its numerical "
            "strength.",
            "2004-06-07",
            [
                ("37,500 troops", "US troops in Korea, 2004", "close"),
            ],
        ),
        # The costs of which Korea pays a share (주둔비용 중 42%) are not the SMA (프레시안,
        # 2018-05-14).
        (
            "한국 국방부와 미국 예산자료에 따르면 한국은 20억 달러에 달하는 주한미군 "
            "주둔비용 중 42%를 부담하고 있다.",
            "2018-05-14",
            [
                ("20억 달러", _NOT_SMA, "unplaced"),
                ("42%", "unplaced: a percentage with no rise or fall named", "unplaced"),
            ],
        ),
        # A total a share is taken of ('half of the roughly $1.6 billion basing cost') is not the payment (ROK
        # Drop (quoting David Maxwell in The Hill), 2019-01-11).
        (
            "Under the current SMA, the ROK covers half of the roughly $1.6 billion basing cost for American "
            "troops, but according to reports, Trump wants Seoul to pay 100 percent.",
            "2019-01-11",
            [
                ("$1.6 billion", "unplaced: a total of which a share is said: not the payment", "unplaced"),
                ("100 percent", "unplaced: a percentage with no rise or fall named", "unplaced"),
            ],
        ),
        # A part of a sum not the SMA ('US$9.8 billion of the US$10.8 billion cost of base construction') is
        # not the SMA either (The Hankyoreh, 2024-08-29).
        (
            "Trump was on a helicopter ride back to Seoul from the Camp Humphreys military base in Pyeongtaek, "
            "Gyeonggi Province, when Gen. Vincent Brooks, commander of US Forces Korea, mentioned that Korea was "
            "paying for US$9.8 billion of the US$10.8 billion cost of base construction.",
            "2024-08-29",
            [
                ("US$9.8 billion", _NOT_SMA, "unplaced"),
                ("US$10.8 billion", _BEYOND, "unplaced"),
            ],
        ),
        # A percentage more of a demand is its talks' first demand, as a multiple is: '400% increase' is the
        # $5bn's, off, not ambiguous with the $4.7bn that followed (Korea Pro, 2024-03-07).
        (
            "During his previous term, Trump reportedly demanded a 400% increase in South Korea’s contributions "
            "to $5 billion.",
            "2024-03-07",
            [
                ("400%", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # The conversion of an amount said 'around' is 'around' too: +10.5% is close, not off (The Chosun Ilbo
        # (English), 2025-04-09).
        (
            "Trump appeared to signal a reversal of the Special Measures Agreement struck under President Joe "
            "Biden in October 2024, which capped South Korea’s contribution for 2026 at around 1.6 trillion won "
            "($1.2 billion).",
            "2025-04-09",
            [
                ("1.6 trillion won", "2026 payment", "holds"),
                ("$1.2 billion", "conversion of 1.6 trillion won", "close"),
            ],
        ),
        # A month heading its sentence, 'In June,', said in February, is of the year before (Antiwar.com,
        # 2019-02-04).
        (
            "In June, President Trump announced the end of military exercises with South Korea, saying they were "
            "“provocative,” and said he hoped at some point to withdraw all 28,500 US troops from South Korea.",
            "2019-02-04",
            [
                ("28,500 US troops", "US troops in Korea, 2018", "holds"),
            ],
        ),
        # 한화로 before an amount makes it the conversion of the amount before it (Pressian,
        # 2019-07-30).
        (
            "50억 달러는 한화로 약 5조9000억 원에 달하는 액수로, 올해 분담금보다 다섯 "
            "배 많은 규모다.",
            "2019-07-30",
            [
                ("50억 달러", "US demand of $5.0bn (2019-07, for 2020)", "holds"),
                ("5조9000억 원", "conversion of 50억 달러", "holds"),
                ("다섯 배", "US demand of $5.0bn (2019-07) against the 2019 payment", "off"),
            ],
        ),
        # Troops in a sentence about Germany that names no Korea, off against the level in Korea, are another
        # force (The Dong-A Ilbo, 2020-06-08).
        (
            "U.S. government officials were quoted by The Wall Street Journal as saying that President Trump’s "
            "military reduction order aims to cap the number of U.S. forces stationed in Germany at any given "
            "time to 25,000 personnel – around 9,500 down from the current level of 34,500.",
            "2020-06-08",
            [
                ("25,000 personnel", _MOVED, "unplaced"),
                ("34,500", "unplaced: troops in a sentence about Japan or elsewhere, far from the level in Korea", "unplaced"),  # noqa: E501
            ],
        ),
        # 'Their current bill of' says an amount is paid: no reading as a demand (Breitbart, 2019-11-19).
        (
            "Seoul’s chief negotiator, Jeong Eun-bo, revealed after the meeting that the U.S. had demanded $5 "
            "billion, more than a five-fold increase on their current bill of $990 million.",
            "2019-11-19",
            [
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("five-fold", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
                ("$990 million", "2019 payment", "off"),
            ],
        ),
        # 최종 타결 액수 says an amount is the one settled: a payment (TV Chosun, 2019-08-12).
        (
            "트럼프 대통령이 말한 10억 달러는 올초 방위비 협상에서 미국이 제시한 금액으로, "
            "최종 타결 액수는 이보다 약간 적은 1조389억 원이었습니다.",
            "2019-08-12",
            [
                ("10억 달러", "US demand of $1.0bn (2018-12-28, for 2019)", "holds"),
                ("1조389억 원", "2019 payment", "holds"),
            ],
        ),
        # Workers far from the workforce that hold of the year's furlough are the furloughed (The Fact,
        # 2020-06-03).
        (
            "로이터통신은 이날 보도에서 미 국방부가 성명을 내고 이번 합의로 한국이 "
            "4000명의 근로자에게 올해 말까지 2억 달러를 부담하게 될 것이라고 했다고 "
            "전했다.",
            "2020-06-03",
            [
                ("4000명", "Korean workers of USFK furloughed, 2020", "holds"),
                ("2억 달러", _NOT_SMA, "unplaced"),
            ],
        ),
        # Workers furloughed, of a year with no furlough in the record ('last year', of another clause), are
        # of the date's year's furlough (Korea JoongAng Daily, 2020-04-12).
        (
            "The matter was especially prioritized as over 4,000 Korean employees of the U.S. Forces Korea "
            "(USFK) were furloughed starting April 1 for an indefinite period of time because of the lack of a "
            "new accord after the previous 10th SMA expired at the end of last year.",
            "2020-04-12",
            [
                ("4,000 Korean employees", "Korean workers of USFK furloughed, 2020", "holds"),
            ],
        ),
        # '2만 8500명에 달하는 주한미군' is the level, though a withdrawal is spoken of (Daum (broadcast
        # report), 2022-05-11).
        (
            "에스퍼 전 장관은 트럼프 전 대통령이 미국의 핵심 동맹인 한국을 폄하하면서 2만 "
            "8500명에 달하는 주한미군을 철수하는 명령을 내리겠다고 반복적으로 위협했다고 "
            "전했습니다.",
            "2022-05-11",
            [
                ("2만 8500명", "US troops in Korea, 2022", "holds"),
            ],
        ),
        # '미 육·해·공군 병력' is all the services, not one: the level (Korea Economic TV (Hankyung),
        # 2025-05-23).
        (
            "한국에는 미 육·해·공군 병력 약 2만8500명이 주둔하고 있다.",
            "2025-05-23",
            [
                ("2만8500명", "US troops in Korea, 2025", "holds"),
            ],
        ),
        # Every amount of a list whose last member's words are not the SMA (쓰이지 못했다) is not
        # the SMA (Redian, 2017-10-26).
        (
            "2014년엔 3,249억원, 2015년엔 2,556억원, 2016년에는 "
            "3,287억원이 쓰이지 못했다.",
            "2017-10-26",
            [
                ("3,249억원", _NOT_SMA, "unplaced"),
                ("2,556억원", _NOT_SMA, "unplaced"),
                ("3,287억원", _NOT_SMA, "unplaced"),
            ],
        ),
        # The upkeep of troops that an SMA sum is said to include (유지 비용을 포함한) does not make
        # it another budget (뷰스앤뉴스, 2019-11-16).
        (
            "볼턴 보좌관 일행은 당시 일본뿐만 아니라 한국도 방문해 주한미군 2만8천500명의 "
            "유지 비용을 포함한 방위비 분담금을 50억달러로 현재보다 5배 늘릴 것을 요구했던 "
            "것으로 전해졌다.",
            "2019-11-16",
            [
                ("2만8천500명", "US troops in Korea, 2019", "holds"),
                ("50억달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("5배", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
            ],
        ),
        # '1 trillion and 38.9 billion won' is read whole (Ministry of National Defense (ROK), 2021-03-10).
        (
            "The ROK’s payment for 2020 is 1 trillion and 38.9 billion won, which is frozen at the 2019 level.",
            "2021-03-10",
            [
                ("1 trillion and 38.9 billion won", "2020 payment", "holds"),
            ],
        ),
        # A sum over years (4년간) after a comma is not the amount's: the 2026 payment (Kollo,
        # 2025-08-26).
        (
            "한국은 지난해 10월 조 바이든 정부와 체결한 제12차 "
            "방위비분담금특별협정(SMA)에서 내년 분담금을 1조5192억원으로, 그다음 해부터 "
            "4년간 소비자물가지수 상승률만큼 인상하기로 했다.",
            "2025-08-26",
            [
                ("1조5192억원", "2026 payment", "holds"),
            ],
        ),
        # An amount said settled in November 2024, while the 12th SMA is not yet in force, is its first year's
        # (News1, 2024-11-08).
        (
            "우리 정부는 이미 1조 5192억 원(약 11억 달러)으로 방위비 분담금을 "
            "타결했지만, 트럼프 행정부가 '미국 우선주의'를 내세워 방위비 분담금 인상을 "
            "요구하는 방식으로 연방정부 지출 억제 공약을 관철하려 할 것이라는 전망이다.",
            "2024-11-08",
            [
                ("1조 5192억 원", "2026 payment", "holds"),
                ("11억 달러", "conversion of 1조 5192억 원", "holds"),
            ],
        ),
        # A sentence whose only amount converts the one before looks back for its demand: 50% is the $1.3bn's
        # 47.7% (JTBC, 2020-05-08).
        (
            "미국이 우리 정부에 요구한 것으로 알려진 올해 방위비 분담금은 13억 달러 "
            "수준입니다. 우리 돈 1조 5900억 원 정도로, 지난해보다 50% 높아진 "
            "액수입니다.",
            "2020-05-08",
            [
                ("13억 달러", "US demand of $1.3bn (2020-05-07, for 2020)", "holds"),
                ("1조 5900억 원", "conversion of 13억 달러", "holds"),
                ("50%", "US demand of $1.3bn (2020-05-07) against the 2019 payment", "holds"),
            ],
        ),
        # 우리 국민 ... 일하고 names Korean workers (연합뉴스TV (via ZUM), 2020-01-29).
        (
            "주한미군에는 우리 국민 9천여명이 일하고 있는데요.",
            "2020-01-29",
            [
                ("9천여명", "Korean workers of USFK, 2020", "close"),
            ],
        ),
        # A count taken from a whole before it (명 중 70%인) is a part (평택자치신문, 2019-08-19).
        (
            "특히 캠프 험프리스 기지에는 전체 주한미군 6만 3천 500여 명 중 70%인 "
            "4만 5천 600여 명이 주둔하고 있어 지역 주민과 마찰로 인한 사건ㆍ사고 예방 "
            "등을 위한 화합ㆍ상생 프로그램이 절실한 실정이다.",
            "2019-08-19",
            [
                ("6만 3천 500여 명", "US troops in Korea, 2019", "off"),
                ("70%", "unplaced: a percentage with no rise or fall named", "unplaced"),
                ("4만 5천 600여 명", "unplaced: a part of the troops in Korea, not the level", "unplaced"),
            ],
        ),
        # 'Seoul pays the U.S. $990 million' says it is paid: no reading as a demand (Defense News,
        # 2019-08-07).
        (
            "He said Seoul pays the U.S. $990 million and it should pay \"substantially more money to the United "
            "States.”",
            "2019-08-07",
            [
                ("$990 million", "2019 payment", "off"),
            ],
        ),
        # 'The figure had been set at' says an amount is settled: the 2019 payment, a misprint off (The
        # Hankyoreh (English edition), 2019-02-08).
        (
            "In a phone call with the Hankyoreh on the same day, an official from the Democratic Party of Korea "
            "said, “Chung told us the figure had been set at 1.38 trillion won, and that a provisional agreement "
            "would be signed within a week.”",
            "2019-02-08",
            [
                ("1.38 trillion won", "2019 payment", "off"),
            ],
        ),
        # 'By more than 8 percent this year': a hedge's than, and no base year (The Japan Times, 2019-11-03).
        (
            "In the face of Trump’s campaign to pressure allies to dole out more cash for their presence, South "
            "Korea boosted its share by more than 8 percent this year to $924 million in what is called the "
            "Special Measures Agreement.",
            "2019-11-03",
            [
                ("8 percent", "change 2018→2019", "holds"),
                ("$924 million", "2019 payment", "holds"),
            ],
        ),
        # A percentage of 100% or more is a multiple, of its talks' first demand, the $5bn (Chosun Ilbo,
        # 2021-02-12).
        (
            "앞서 도널드 트럼프 전 미국 대통령은 주한미군 2만8500명에 대해 한국이 "
            "방위비를 400% 인상해야 한다고 주장했다.",
            "2021-02-12",
            [
                ("2만8500명", "US troops in Korea, 2021", "holds"),
                ("400%", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
            ],
        ),
        # An amount a deal is said to set (타결해 매년), while that deal is not yet in force, is
        # its first year's (192.227.172.110 (mirror of a Korean news report), 2025-07-28).
        (
            "한국은 지난해 10월 조 바이든 당시 행정부와 한·미 방위비분담특별협정(SMA)을 "
            "타결해 매년 1조5192억원 부담하기로 했다.",
            "2025-07-28",
            [
                ("1조5192억원", "2026 payment", "holds"),
            ],
        ),
        # A broadcast's pause after a comma ends no sentence: 'Last year,...' heads it (Arirang News (video
        # mirror), 2019-02-10).
        (
            "Last year,... South Korea contributed around 850 million U.S. dollars.",
            "2019-02-10",
            [
                ("850 million U.S. dollars", "2018 payment", "holds"),
            ],
        ),
        # A count that runs on into an amount is no troop count: '9-hundred-24-million U.S. dollars' (Arirang
        # News (video mirror), 2019-02-10).
        (
            "Under this year's Special Measures Agreement, or SMA,.. Seoul's financial contribution for some "
            "28-thousand U.S. forces stationed on the Korean Peninsula will be around 9-hundred-24-million U.S. "
            "dollars.",
            "2019-02-10",
            [
                ("28-thousand U.S. forces", "US troops in Korea, 2019", "holds"),
                ("9-hundred-24-million U.S. dollars", "2019 payment", "holds"),
            ],
        ),
        # 정해졌다 after an amount settles it: the 2019 payment (Hankyung (Yonhap), 2019-02-10).
        (
            "협정 유효기간은 1년, 금액은 미국이 당초 마지노선으로 제시했던 10억 "
            "달러(1조1천305억원)보다 900억여원 적은 1조389억원으로 정해졌다.",
            "2019-02-10",
            [
                ("10억 달러", "US demand of $1.0bn (2018-12-28, for 2019)", "holds"),
                ("1조1천305억원", "conversion of 10억 달러", "holds"),
                ("900억여원", "unplaced: a bound far from the 2019 payment: another quantity", "unplaced"),
                ("1조389억원", "2019 payment", "holds"),
            ],
        ),
        # 무려 may stand between an amount and its conversion (Channel A (video mirror),
        # 2025-08-01).
        (
            "트럼프 대통령, 지난달 한국의 적정 방위비 분담금 규모가 100억 달러, 무려 약 "
            "13조 원이라고 했었죠.",
            "2025-08-01",
            [
                ("100억 달러", "US demand of $10.0bn (2025-07-08, for 2026)", "holds"),
                ("13조 원", "conversion of 100억 달러", "holds"),
            ],
        ),
        # 주독미군 are troops elsewhere (KORUS News, 2020-07-17).
        (
            "주독미군들은 현재 3만 4500명에서 9500명을 감축하는 것으로 공개돼 있다",
            "2020-07-17",
            [
                ("3만 4500명", _MOVED, "unplaced"),
                ("9500명", _MOVED, "unplaced"),
            ],
        ),
        # '1만 명으로 크게 줄일' is the target of a cut (Rankmore (repost of an MBC report),
        # 2025-07-10).
        (
            "특히 주한 미군은 현재 2만8천5백 명에서 1만 명으로 크게 줄일 것을 "
            "제안했습니다.",
            "2025-07-10",
            [
                ("2만8천5백 명", "US troops in Korea, 2025", "holds"),
                ("1만 명", _MOVED, "unplaced"),
            ],
        ),
        # A US demand on Japan is found past the multiple before it (UPI (copy), 2019-12-04).
        (
            "In November, Foreign Policy reported Trump might have asked Tokyo to quadruple payments for U.S. "
            "troops in Japan, or about $8 billion annually.",
            "2019-12-04",
            [
                ("quadruple", "unplaced: a multiple said of Japan's support; the record holds no demand on Japan", "unplaced"),  # noqa: E501
                ("$8 billion", "unplaced: a US demand on Japan: the record holds none", "unplaced"),
            ],
        ),
        # 국방비 before a sum is the defense budget's (방위비 is the SMA) (세계일보, 2026-01-09).
        (
            "지난해까지 지급됐어야 할 국방비 1조2000억원이 9일부터 순차적으로 집행되고 "
            "있다.",
            "2026-01-09",
            [
                ("1조2000억원", _NOT_SMA, "unplaced"),
            ],
        ),
        # Duties are not the SMA (The New Indian Express, 2025-10-08).
        (
            "South Korea offered to invest $350 billion in the US to get Trump to reduce duties on its exports "
            "to America by 10 percent.",
            "2025-10-08",
            [
                ("$350 billion", _BEYOND, "unplaced"),
                ("10 percent", _BUDGET, "unplaced"),
            ],
        ),
        # A percentage whose budget words stand before it past only that budget's own sum is the budget's (KBS
        # World, 2022-08-30).
        (
            "On Tuesday, the government announced a 2023 defense budget of 57-point-13 trillion won to be "
            "submitted to the National Assembly on Friday, up four-point-six percent from this year.",
            "2022-08-30",
            [
                ("57-point-13 trillion won", _BEYOND, "unplaced"),
                ("four-point-six percent", _BUDGET, "unplaced"),
            ],
        ),
        # Another measure's rate applied to the payment, that the year's published change is
        # exactly, is that change (국방비 인상률 8.2%를 반영해) (참여연대 논평 (cpmadang.org), 2019-02-08).
        (
            "어제(2/7) 국회 외교통일위원회 민주당 간사 이수혁 의원은 한⋅미 방위비 분담금 "
            "협상이 타결 국면에 접어들었다며 “금년도분만 우선 결정키로 협의 중이며, 국방비 "
            "인상률 8.2%를 반영해 1조 500억 원 미만으로 합의되는 과정에 있다”고 "
            "밝혔다.",
            "2019-02-08",
            [
                ("8.2%", "change 2018→2019", "holds"),
                ("1조 500억 원", "2019 payment", "holds"),
            ],
        ),
        # A year's payment named right before an amount (지난해 분담금인) makes it that year's,
        # though another budget is named after it; the rate applied, exactly the year's
        # change, is that change (Seoul Shinmun, 2019-02-10).
        (
            "양국은 협정문에서 방위비 분담금 총액은 지난해 분담금인 9602억원에서 올해 "
            "한국의 국방예산 인상률(8.2%)을 적용해 1조 389억원으로 합의했다.",
            "2019-02-10",
            [
                ("9602억원", "2018 payment", "holds"),
                ("8.2%", "change 2018→2019", "holds"),
                ("1조 389억원", "2019 payment", "holds"),
            ],
        ),
        # An amount asked right after it (50억 달러를 요구하자) is not made another budget by what a
        # sum is said to be for after it (전략자산 유지 비용까지) (채널A, 2019-11-18).
        (
            "외교소식통은 \"트럼프 대통령이 50억 달러를 요구하자 미 행정부가 인도·태평양 "
            "전략자산 유지 비용까지 주한미군 방위비에 포함시켰다\"며 불만을 토로했습니다.",
            "2019-11-18",
            [
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # The level they say they keep ('We have 40,000 troops') is a level, though a withdrawal is asked of
        # (time.news, 2024-05-01).
        (
            "In an interview with Time magazine, an American current affairs magazine published on the 30th "
            "(local time), former President Trump was asked whether he would withdraw US troops from Korea and "
            "said, “We have 40,000 troops in a precarious position.”",
            "2024-05-01",
            [
                ("40,000 troops", "US troops in Korea, 2024", "off"),
            ],
        ),
        # The level they say they keep ('4만 명의 군대를 두고 있다') is a level, though a withdrawal is
        # asked of (tigerjc.com (글로벌뉴스), 2024-05-01).
        (
            "트럼프 전 대통령은 4월 30일(현지시간) 공개된 미국 시사주간지 타임지와 가진 "
            "인터뷰에서 주한미군 철수 여부를 묻는 질문에 \"우리는 "
            "불안정한(precarious) 위치에 4만 명의 군대를 두고 있다\"며 \"한국이 "
            "4만 명의 병력에 대해 사실상 아무 것도 지불하지 않았기 때문에 나는 협상을 해야 "
            "했다\"고 말했다.",
            "2024-05-01",
            [
                ("4만 명", "US troops in Korea, 2024", "off"),
                ("4만 명", "US troops in Korea, 2024", "off"),
            ],
        ),
        # A year's payment a percentage is raised from (2019년 분담금에서 13%를 인상) is its base; the
        # 13% is Korea's offer for 2020 (Yonhap News TV, 2021-02-12).
        (
            "정부는 2019년 분담금에서 13%를 인상하는 방안이 최대치라는 입장을 갖고 "
            "있으며, 미측도 이 방안을 검토한 것으로 전해졌습니다.",
            "2021-02-12",
            [
                ("13%", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
            ],
        ),
        # An amount a side holds as its most (최대치로) is its position: Korea's, which the record
        # does not hold near ₩2tn (채널A, 2019-11-18).
        (
            "우리 정부는 2조 원 정도를 최대치로 보고 협상 중입니다.",
            "2019-11-18",
            [
                ("2조 원", "unplaced: no recorded ROK offer near 2조 원 made by 2019-11-18; the nearest recorded: ₩999.9bn (2019-01), ₩900.0bn (2014-01)", "unplaced"),  # noqa: E501
            ],
        ),
        # Korea said to contribute an amount 'to maintain US forces' pays it: the payment (The Korea Herald
        # (Yonhap), 2018-12-11).
        (
            "This year alone, South Korea has contributed 960 billion won (US$859 million) to maintain US forces "
            "on the peninsula, a key deterrent against possible North Korean aggression.",
            "2018-12-11",
            [
                ("960 billion won", "2018 payment", "holds"),
                ("US$859 million", "conversion of 960 billion won", "holds"),
            ],
        ),
        # 'pushing to increase the amount to' is a demand, its side the subject (Yonhap (via GlobalPost),
        # 2013-12-11).
        (
            "Seoul wants to keep its current yearly payment level of about 869.5 billion won (US$825.8 million), "
            "while Washington is pushing to increase the amount to around 1 trillion won, citing mounting "
            "security threats from North Korea.",
            "2013-12-11",
            [
                ("869.5 billion won", "2013 payment", "holds"),
                ("US$825.8 million", "conversion of 869.5 billion won", "holds"),
                ("1 trillion won", "US demand of ₩1,000.0bn (2013-11-18, for 2014)", "holds"),
            ],
        ),
        # troops in Asia, in a sentence naming no Korea, are another force (The Dong-A Ilbo, 2004-03-25).
        (
            "The total presence of American troops positioned is Asia is about 100,000.",
            "2004-03-25",
            [
                ("100,000", _MOVED, "unplaced"),
            ],
        ),
        # 'last year's SMA of around 1.04 trillion won' is the base year's payment (The Korea Herald,
        # 2020-08-20).
        (
            "US President Donald Trump, who has been insisting that allies should contribute more toward "
            "defense, has rejected what Seoul called its “best offer” of a 13 percent hike from last year’s SMA "
            "of around 1.04 trillion won ($875 million).",
            "2020-08-20",
            [
                ("13 percent", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
                ("1.04 trillion won", "2019 payment (the base of the comparison)", "holds"),
                ("$875 million", "conversion of 1.04 trillion won", "holds"),
            ],
        ),
        # a recorded position of the very amount printed comes first: the $1.3bn, not the 50% asked a year
        # before (The Korea Herald, 2020-08-20).
        (
            "The US has asked Seoul to pay around $1.3 billion a year -- an increase of about 50 percent from "
            "the previous year.",
            "2020-08-20",
            [
                ("$1.3 billion", "US demand of $1.3bn (2020-05-07, for 2020)", "holds"),
                ("50 percent", "US demand of $1.3bn (2020-05-07) against the 2019 payment", "holds"),
            ],
        ),
        # 'pushing to settle' is Seoul's offer; 'capped at 4 percent' is a cap, no change, though 2010's was
        # 4.0% (GlobalPost (Yonhap), 2014-01-09).
        (
            "Seoul officials are reportedly pushing to settle around 900 billion won, given that the annual rate "
            "of increase under the previous five-year SMA was capped at 4 percent.",
            "2014-01-09",
            [
                ("900 billion won", "ROK offer of ₩900.0bn (2014-01, for 2014)", "holds"),
                ("4 percent", _BUDGET, "unplaced"),
            ],
        ),
        # inflation beside an amount does not make it another budget: 2026's payment (DeepNewz, 2025-07-09).
        (
            "The latest pact, signed last year, sets Seoul’s 2026 contribution at about ₩1.52 trillion (US$1.11 "
            "billion) and keeps annual rises tied to inflation.",
            "2025-07-09",
            [
                ("₩1.52 trillion", "2026 payment", "holds"),
                ("US$1.11 billion", "conversion of ₩1.52 trillion", "holds"),
            ],
        ),
        # 'additional payment of' is a change said as an amount: 2019's rise, at the day's rate (Dong-A Ilbo,
        # 2019-02-14).
        (
            "Seoul’s share based on the new cost-sharing pact, however, was 1.0389 trillion won, a 78.7 billion "
            "won higher than the previous share, which means that additional payment of 500 million dollars is "
            "not true.”",
            "2019-02-14",
            [
                ("1.0389 trillion won", "2019 payment", "holds"),
                ("78.7 billion won", "difference 2018→2019", "holds"),
                ("500 million dollars", "difference 2018→2019", "off"),
            ],
        ),
        # 'signed in early 2014' dates the signing: the amount 'is contributing' is the year in force (The
        # Korea Herald (Yonhap), 2017-11-14).
        (
            "Under the latest SMA, signed in early 2014, South Korea is contributing nearly 1 trillion won ($893 "
            "million) every year.",
            "2017-11-14",
            [
                ("1 trillion won", "2017 payment", "holds"),
                ("$893 million", "conversion of 1 trillion won", "holds"),
            ],
        ),
        # 'agree to pay' after the demand's words is a payment (kenthink7 (blog), 2020-01-25).
        (
            "Last year under pressure from President Trump South Korea agree to pay the US $924 million each "
            "year.",
            "2020-01-25",
            [
                ("$924 million", "2019 payment", "holds"),
            ],
        ),
        # '14 trillion won in our money' converts the $10 billion before it (YTN, 2024-11-11).
        (
            "During the last presidential election, he called South Korea a \"money machine\" and argued that "
            "South Korea should pay $10 billion in defense costs and 14 trillion won in our money.",
            "2024-11-11",
            [
                ("$10 billion", "US demand of $10.0bn (2024-10-15, for 2026)", "holds"),
                ("14 trillion won", "conversion of $10 billion", "holds"),
            ],
        ),
        # '10 percent more than the 1.04 trillion won': the base of the rise, no hedge (The Korea Herald,
        # 2020-04-03).
        (
            "Local media outlets also reported the two countries have reached a compromise, to have Seoul pay "
            "roughly 10 percent more than the 1.04 trillion won ($843 million) it paid last year, down from US’ "
            "initial demand of $5 billion.",
            "2020-04-03",
            [
                ("10 percent", "ROK offer of 10.0% (2020-03, for 2020)", "holds"),
                ("1.04 trillion won", "2019 payment (the base of the comparison)", "holds"),
                ("$843 million", "conversion of 1.04 trillion won", "holds"),
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # the amount named the payment right after it (의 ... 분담금의 환차손) is the payment, not a
        # loss (동아일보, 1998-01-22).
        (
            "한편 코언장관은 이날 국방부에서 김동진(金東鎭)국방장관과 회담을 갖고 최근 "
            "환율급등으로 올해 한국측이 부담할 3억9천9백만달러의 주한미군 방위비 분담금의 "
            "환차손을 완화하기 위해 2월초 서울에서 양국간 차관보급 고위실무협의를 갖기로 했다.",
            "1998-01-22",
            [
                ("3억9천9백만달러", "1998 payment", "holds"),
            ],
        ),
        # a list member named the payment (방위비 분담금 4억달러) is not the list's other words (토지
        # 사용료) (매일신문, 2000-06-10).
        (
            "그는 \"이 추정자료를 기준으로 할 때 한국이 한.미 연합방위 노력에 부담하고 있는 "
            "금액은 방위비 분담금 4억달러, 토지 사용료 26억달러등 연간 30억달러에 "
            "달한다\"고 주장했다.",
            "2000-06-10",
            [
                ("4억달러", "2000 payment", "holds"),
                ("26억달러", _NOT_SMA, "unplaced"),
                ("30억달러", _BEYOND, "unplaced"),
            ],
        ),
        # unpaid rent (사용료) is not the SMA (서울신문, 2002-10-01).
        (
            "이들 토지와 건물의 재산가액은 679억원이며,주한미군이 지불하지 않은 사용료는 "
            "연간 17억원,총 467억원에 이른다.",
            "2002-10-01",
            [
                ("679억원", "unplaced: not said to be paid, and far from the 2002 payment (2002 payment)", "unplaced"),
                ("17억원", _NOT_SMA, "unplaced"),
                ("467억원", "unplaced: not said to be paid, and far from the 2002 payment (2002 payment)", "unplaced"),
            ],
        ),
        # a year's own rate (올해 인상률 13.9%) is the payment's, though another budget is named
        # after it (YTN (via zum), 2021-03-10).
        (
            "올해 인상률 13.9%는 지난해 국방비 증가율 7.4%에 주한미군 한국인 근로자 "
            "인건비 증액분 6.5%를 더한 수치로, 제도 개선에 따른 예외적인 수치라고 "
            "외교부는 설명했습니다.",
            "2021-03-10",
            [
                ("13.9%", "change 2020→2021", "holds"),
                ("7.4%", _BUDGET, "unplaced"),
                ("6.5%", _BUDGET, "unplaced"),
            ],
        ),
        # an amount that is the existing payment (가량인 기존 방위비를) is a payment, not the demand
        # (Newstof (뉴스톱), 2019-12-12).
        (
            "현재 미국은 10억 달러가량인 기존 방위비를 5배 수준으로 올리라는 요구를 하고 "
            "있으며, 그 항목으로 유시민이 열거한 저런 명목들을 내세우고 있는 게 맞다.",
            "2019-12-12",
            [
                ("10억 달러", "2019 payment", "close"),
                ("5배", "US demand of $5.0bn (2019-10) against the 2019 payment", "close"),
            ],
        ),
        # an amount named the payment to be raised (수준의 분담금을 ... 증액할 것을 요구) is the payment
        # (Newspic (Modoo Search), 2025-08-01).
        (
            "그러면서 \"두 정상은 또한 무역과 관련이 없지만 연관된 다른 이슈에 대해서도 "
            "논의할 가능성이 높다\"며 \"예를 들어 미국이 동맹국(한국)에 연간 약 10억달러 "
            "수준의 분담금을 기하급수적으로 증액할 것을 요구하고 있는 새 방위비 분담금 협정 "
            "같은 것\"이라고 짚었다.",
            "2025-08-01",
            [
                ("10억달러", "2025 payment", "holds"),
            ],
        ),
        # what a cut would leave (1만명 정도만 남겨야) is its target, not the level (Tongil Nanum
        # digest (Chosun Ilbo), 2025-07-10).
        (
            "피트 헤그세스 미국 국방장관의 수석 고문을 지낸 댄 콜드웰, 워싱턴 DC의 "
            "싱크탱크 ‘국방 우선순위(Defense Priorities)’의 제니퍼 캐버노 "
            "선임연구원은 9일 공동으로 발간한 보고서에서 현재 약 2만8500명 수준인 주한 "
            "미군 중 지상 전투 병력 대부분을 철수하고 약 1만명 정도만 남겨야 한다고 "
            "주장했다.",
            "2025-07-10",
            [
                ("2만8500명", "US troops in Korea, 2025", "holds"),
                ("1만명", _MOVED, "unplaced"),
            ],
        ),
        # 한계선 is a side's limit: Korea's offer (Etoday, 2013-12-17).
        (
            "우리 정부는 9000억원대 초반을 한계선으로 잡고 있다.",
            "2013-12-17",
            [
                ("9000억원", "ROK offer of ₩900.0bn (2013-11-18, for 2014)", "holds"),
            ],
        ),
        # an amount paid 추가로 past its conversion is a change said as an amount, at the day's
        # rate (MBN, 2019-02-13).
        (
            "자신과 몇 차례 전화통화한 후 한국이 5억 달러, 우리 돈으로 5천6백억 원 "
            "규모를 추가로 부담하기로 했다고 말합니다.",
            "2019-02-13",
            [
                ("5억 달러", "difference 2018→2019", "off"),
                ("5천6백억 원", "conversion of 5억 달러", "holds"),
            ],
        ),
        # 'That's about' after an amount in won converts it, across the sentence's end (KBS World,
        # 2018-10-26).
        (
            "This year Seoul is paying 960 billion won to support the 28-thousand-500-member U.S. Forces Korea. "
            "That's about 856 million dollars.",
            "2018-10-26",
            [
                ("960 billion won", "2018 payment", "holds"),
                ("28-thousand-500-member U.S. Forces", "US troops in Korea, 2018", "holds"),
                ("856 million dollars", "conversion of 960 billion won", "holds"),
            ],
        ),
        # '를 내게 됐다' says the amount was paid: 2018's payment, off, though 요구 stands before it
        # (Newsis, 2019-08-07).
        (
            "트럼프 대통령은 \"수십 년 동안 미국은 한국으로부터 아주 조금밖에 돈을 받지 "
            "못했다가 본인 트럼프 대통령의 요구에 의해 지난해 9억9000만 "
            "달러(1조2000억원)를 내게 됐다\"고 말했다.",
            "2019-08-07",
            [
                ("9억9000만 달러", "2018 payment", "off"),
                ("1조2000억원", "conversion of 9억9000만 달러", "holds"),
            ],
        ),
        # '1년 동안' is one year, no sum over years: the 2019 payment (Newsis, 2019-08-07).
        (
            "한국과 미국은 올 2월 주한미군 분담금으로 한국이 1조400억원(9억2700만 "
            "달러)를 1년 동안 지불하기로 합의했다.",
            "2019-08-07",
            [
                ("1조400억원", "2019 payment", "holds"),
                ("9억2700만 달러", "conversion of 1조400억원", "close"),
            ],
        ),
        # USFK's operating costs (운용비용) are the US's, not the SMA (Hankyung (Yonhap copy),
        # 2019-10-22).
        (
            "미국은 직간접적인 주한미군 운용비용이 연간 50억 달러(약 6조원) 안팎이라는 "
            "점을 강조하며 한국에 분담금의 대폭 인상을 요구하고 있다.",
            "2019-10-22",
            [
                ("50억 달러", _NOT_SMA, "unplaced"),
                ("6조원", "conversion of 50억 달러", "holds"),
            ],
        ),
        # the growth of another budget named with an object particle (총지출 증가율을) is that
        # budget's (disf.kr (MND press release reposted), 2022-08-30).
        (
            "정부 총지출 증가율을 8.9%에서 5.2%로 대폭 감축하는 상황에서도 국방예산 "
            "증가율은 3.4%에서 4.6%로 확대 편성하였습니다.",
            "2022-08-30",
            [
                ("8.9%", _BUDGET, "unplaced"),
                ("5.2%", _BUDGET, "unplaced"),
                ("3.4%", _BUDGET, "unplaced"),
                ("4.6%", _BUDGET, "unplaced"),
            ],
        ),
        # the payment named right before an amount (작년 분담액) is the payment; a year naming a
        # defense budget is the budget's (Money Today (via Zum), 2019-02-10).
        (
            "작년 분담액(9602억원)에 2019년도 한국 국방 예산 인상률(8.2%)을 "
            "적용, 인상한 액수다.",
            "2019-02-10",
            [
                ("9602억원", "2018 payment", "holds"),
                ("8.2%", _BUDGET, "unplaced"),
            ],
        ),
        # a percentage a demand raises a payment by, said before it ('raise ... by 400%'), is the demand's
        # ratio: its talks' first, the $5bn (Hankyoreh, 2019-12-11).
        (
            "The students then unfurled a banner in the residence yard demanding that Ambassador Harry Harris "
            "“get out of the country” for demanding that Korea raise its financial contribution to the US "
            "garrison by 400%.",
            "2019-12-11",
            [
                ("400%", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
            ],
        ),
        # a multiple whose subject is a sum said before ('The sum is') is of the demand of talks near it (The
        # Korea Times (editorial, via Yonhap), 2020-04-14).
        (
            "The sum is more than five times the $900 billion paid last year by Seoul.",
            "2020-04-14",
            [
                ("five times", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
                ("$900 billion", "2019 payment (the base of the comparison)", "off"),
            ],
        ),
        # 'This figure is nearly nine times': the $10bn asked in the talks of the day, 9.72x (News1 Global,
        # 2024-11-04).
        (
            "This figure is nearly nine times the recently agreed-upon 2026 defense cost-sharing amount of $1.1 "
            "billion.",
            "2024-11-04",
            [
                ("nine times", "US demand of $10.0bn (2024-10-15) against the 2025 payment", "close"),
                ("$1.1 billion", "2026 payment", "holds"),
            ],
        ),
        # 'the figure that is more than five times higher': the $5bn, 5.61x (iHeartRadio (NewsRadio WPRO),
        # 2019-12-19).
        (
            "That may be why the U.S. negotiator is softening his stance on the figure that is more than five "
            "times higher that what was agreed on last year.",
            "2019-12-19",
            [
                ("five times", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
            ],
        ),
        # a deal that 'expired at the end of 2019' places the past tense in 2019 (Yonhap, 2021-02-12).
        (
            "The last one-year agreement, which called for Seoul to pay about US$870 million, already expired at "
            "the end of 2019.",
            "2021-02-12",
            [
                ("US$870 million", "2019 payment (the year before the date)", "holds"),
            ],
        ),
        # 'at the current exchange rate' names a rate, no year: 'expired last year' places the payment (Taipei
        # Times (Reuters), 2019-02-06).
        (
            "The 2014 deal that expired last year required Seoul to pay about 960 billion won (US$848 million at "
            "the current exchange rate) a year for keeping about 28,500 U.S. troops in the South Korea.",
            "2019-02-06",
            [
                ("960 billion won", "2018 payment", "holds"),
                ("US$848 million", "conversion of 960 billion won", "holds"),
                ("28,500 U.S. troops", "US troops in Korea, 2019", "holds"),
            ],
        ),
        # a year naming a deal ('Japan's 2022 agreement') is when it was made, not the figure's year (MENAFN
        # (The Rio Times), 2025-04-17).
        (
            "Japan's 2022 agreement commits $1.48 billion annually through 2027, but Trump has privately pushed "
            "Tokyo to quadruple its payments.",
            "2025-04-17",
            [
                ("$1.48 billion", "Japan's host-nation support, JFY2022-2026, a year", "holds"),
                ("quadruple", "unplaced: a multiple said of Japan's support; the record holds no demand on Japan", "unplaced"),  # noqa: E501
            ],
        ),
        # an amount 'a year' of a span, none of whose payments fits it, is of the span's last year (The
        # Mercury News (PressReader), 2019-02-11).
        (
            "South Korea has agreed to pay around $920 million, up from around the $853,000 a year it paid the "
            "U.S. from 2014 to 2018.",
            "2019-02-11",
            [
                ("$920 million", "2019 payment", "holds"),
                ("$853,000", "2018 payment", "off"),
            ],
        ),
        # 'a year in 2005 and 2006': of the span's year whose payment fits best, the latest of equals (The
        # Hankyoreh (Yonhap), 2006-08-10).
        (
            "After several months of talks with Washington, Seoul agreed to allocate 680.4 billion won a year in "
            "2005 and 2006 to assist the troop presence.",
            "2006-08-10",
            [
                ("680.4 billion won", "2006 payment", "holds"),
            ],
        ),
        # a share raised 'from last year's 38 percent' is a share, no change (The Dong-A Ilbo, 2007-04-26).
        (
            "South Korea reached an agreement with the U.S. to increase its share of the burden this year to 41 "
            "percent from last year’s 38 percent at the end of last year.",
            "2007-04-26",
            [
                ("41 percent", _BUDGET, "unplaced"),
                ("38 percent", _BUDGET, "unplaced"),
            ],
        ),
        # '65.2 percent of U.S. Forces Korea's upkeep' is a share, no change (The Korea Herald, 2013-06-03).
        (
            "The Solidarity for Peace and Reunification of Korea said Seoul paid 65.2 percent of U.S. Forces "
            "Korea's upkeep in 2010, which is much higher than Washington's estimate of 42 percent of the total "
            "budget, citing analysis of reports by governments of the two nations.",
            "2013-06-03",
            [
                ("65.2 percent", _BUDGET, "unplaced"),
                ("42 percent", _BUDGET, "unplaced"),
            ],
        ),
        # a multiple whose subject heads the sentence as a sum said before (이같은 금액은) is of the
        # demand of talks under way: the $10bn, 9.72x (MBN, 2024-10-16).
        (
            "하지만, 이같은 금액은 이달 초 한미가 협상한 2026년 방위비 분담금 약 1조 "
            "5천억 원보다 9배나 많은 금액입니다.",
            "2024-10-16",
            [
                ("1조 5천억 원", "2026 payment", "holds"),
                ("9배", "US demand of $10.0bn (2024-10-15) against the 2025 payment", "close"),
            ],
        ),
        # '이는 당시 ... 분담금의 5배': a sum said before, of talks past (당시): the $5bn, 5.61x (Korea
        # Town Daily, 2022-04-07).
        (
            "이는 당시 한국이 부담하는 방위비 분담금의 5배에 해당하는 규모로 한미 간에 적지 "
            "않은 갈등을 유발했다.",
            "2022-04-07",
            [
                ("5배", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
            ],
        ),
        # a year before 액수에서 is the base of a comparison: the amount is 2009's (중앙일보,
        # 2008-11-22).
        (
            "양측이 매년 분담금 증액 비율을 전년도의 국내 물가상승률을 기준으로 한다는 원칙을 "
            "세움에 따라 2009년 방위비 분담금은 올해 액수에서 2007년 "
            "물가상승률(2.5%)이 반영된 7600억원 안팎이 될 것으로 보인다.",
            "2008-11-22",
            [
                ("2.5%", _BUDGET, "unplaced"),
                ("7600억원", "2009 payment", "holds"),
            ],
        ),
        # an amount the US is said to ask right before it, that no recorded demand is near, is unplaced, not
        # the year's payment (Xinhua (mirror), 2018-10-16).
        (
            "South Korea paid about 960 billion won (850 million U.S. dollars) this year to share cost for the "
            "U.S. troops stationed here, but the U.S. side demanded raising the share to as much as 1.5 trillion "
            "won (1.3 billion U.S. dollars), according to local media reports.",
            "2018-10-16",
            [
                ("960 billion won", "2018 payment", "holds"),
                ("850 million U.S. dollars", "conversion of 960 billion won", "holds"),
                ("1.5 trillion won", "unplaced: no recorded US demand near 1.5 trillion won made by 2018-10-16", "unplaced"),  # noqa: E501
                ("1.3 billion U.S. dollars", "conversion of 1.5 trillion won", "holds"),
            ],
        ),
        # A percentage that is the share of those polled who answered so is a share, not a change (Reporter N
        # Side (리포터앤사이드), 2019-11-25).
        (
            "최근 미국이 내년도 한국의 방위비 분담금을 올해의 약 여섯 배인 6조 원가량으로 "
            "인상할 것을 요구하고 있는 가운데, 주한미군 감축 가능성을 전제로 미국의 대폭 "
            "인상 요구 수용 여부에 대한 국민여론을 조사한 결과, ‘주한미군이 감축되어도 "
            "수용해서는 안 된다’는 ‘수용 반대’ 응답이 68.8%로 집계됐다.",
            "2019-11-25",
            [
                ("여섯 배", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
                ("6조 원", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("68.8%", _BUDGET, "unplaced"),
            ],
        ),
        # A relocation (재배치) is not the SMA (Hankook Ilbo, 2005-01-19).
        (
            "국방부는 2008년 말 완료 예정인 용산기지 이전에 4조원이 소요되는 것을 비롯, "
            "미 2사단 재배치에 6,000억원, 전국에 산재한 미군기지의 통폐합을 내용으로 "
            "하는 연합토지관리계획(LPP)추진에 9,000억원 등 미군기지 이전 추진사업에 "
            "5조5,000억원이 소요될 것으로 예상된다고 18일 밝혔다.",
            "2005-01-19",
            [
                ("4조원", _BEYOND, "unplaced"),
                ("6,000억원", _NOT_SMA, "unplaced"),
                ("9,000억원", _NOT_SMA, "unplaced"),
                ("5조5,000억원", _BEYOND, "unplaced"),
            ],
        ),
        # A count stationed (주둔) is of troops (Channel A (via Dailymotion mirror),
        # 2019-11-27).
        (
            "(올해 8월) ”한국 땅에 3만 2천 명을 주둔…“",
            "2019-11-27",
            [
                ("3만 2천 명", "US troops in Korea, 2019", "off"),
            ],
        ),
        # A level kept may stand in brackets: the level, not a cut (Dong-A Ilbo (동아일보), 2008-04-21).
        (
            "두 정상은 이날 워싱턴 근교 캠프데이비드에서 열린 정상회담에서 이같이 합의하고, "
            "올해 말까지 예정됐던 주한미군 3500명의 추가 감축 계획을 한미 연합방위능력 "
            "유지·강화 차원에서 동결해 현 수준(2만8500명)을 유지하기로 했다.",
            "2008-04-21",
            [
                ("3500명", _MOVED, "unplaced"),
                ("2만8500명", "US troops in Korea, 2008", "holds"),
            ],
        ),
        # A conversion said to be at a year's average rate is at that year's average (Jeonbuk Ilbo (Yonhap),
        # 2013-06-03).
        (
            "이 가운데 인건비 20억630만달러를 제외한 "
            "7억7천330만달러(8천939억여원·2010년 평균환율적용)가 NPSC다.",
            "2013-06-03",
            [
                ("20억630만달러", _NOT_SMA, "unplaced"),
                ("7억7천330만달러", _NOT_SMA, "unplaced"),
                ("8천939억여원", "conversion of 7억7천330만달러", "close"),
            ],
        ),
        # A decimal with its fraction in words; 'contributed' speaks of the SMA (Arirang News, 2019-02-11).
        (
            "South Korea and the U.S. have finally reached an agreement on this year's defense cost sharing "
            "deal, with Seoul's financial contribution for the stationing of some 28-thousand American troops on "
            "the Korean Peninsula at 9-hundred-24 million U.S. dollars. That's 8.two percent more than Seoul "
            "contributed last year, reflecting a rise in South Korea's defense budget this year.",
            "2019-02-11",
            [
                ("28-thousand American troops", "US troops in Korea, 2019", "holds"),
                ("9-hundred-24 million U.S. dollars", "2019 payment", "holds"),
                ("8.two percent", "change 2018→2019", "holds"),
            ],
        ),
        # Japan's support 'for this fiscal year' is of the Japanese fiscal year of the date (Yomiuri Shimbun
        # editorial (US Embassy Japan Media Highlights), 2020-10-26).
        (
            "The budget totals ¥199.3 billion for this fiscal year, and has remained at the same level for the "
            "past five years.",
            "2020-10-26",
            [
                ("¥199.3 billion", "Japan's host-nation support, JFY2016-2020, a year", "holds"),
            ],
        ),
        # 'from about A to nearly B': A is the year before the rise's (CNN, 2020-04-01).
        (
            "The last deal agreed upon in February 2019 boosted South Korea's contribution from about $800 "
            "million to nearly $1 billion.",
            "2020-04-01",
            [
                ("$800 million", "2018 payment (the base of the comparison)", "holds"),
                ("$1 billion", "2019 payment", "close"),
            ],
        ),
        # An amount with its conversion in brackets, then the base of a rise, is that year's payment (Korea
        # Town Daily, 2019-02-04).
        (
            "우리 정부가 제시한 금액은 지난해 9602억원(약 8억499만 달러)보다 4.1% "
            "증액된 것이다.",
            "2019-02-04",
            [
                ("9602억원", "2018 payment (the base of the comparison)", "holds"),
                ("8억499만 달러", "conversion of 9602억원", "holds"),
                ("4.1%", "ROK offer of 4.1% (2019-01, for 2019)", "holds"),
            ],
        ),
        # A year named across a contrast does not choose the positions (Washington Examiner, 2019-11-15).
        (
            "After negotiations last year the U.S. and South Korea agreed on a stop-gap one-year deal that would "
            "increase Seoul’s contribution for 2018 to $920 million, but South Korean reports say the U.S. is "
            "demanding a five-fold increase to nearly $5 billion a year.",
            "2019-11-15",
            [
                ("$920 million", "2018 payment", "close"),
                ("five-fold", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # The costs of stationing (주둔비용) speak of the SMA (한라일보, 2021-04-19).
        (
            "민노총 제주본부는 \"미군 주둔비용을 13.9%나 인상한다는 것은 납득할 수 "
            "없다\"며 \"작년 대비 올해 정부예산 인상률 8.3%(본 예산 기준), 최저임금 "
            "인상률 1.5%인 것과 비교된다\"고 주장했다.",
            "2021-04-19",
            [
                ("13.9%", "change 2020→2021", "holds"),
                ("8.3%", _BUDGET, "unplaced"),
                ("1.5%", _BUDGET, "unplaced"),
            ],
        ),
        # A Korean range printing its unit once is read whole; 에서 with a hedge after it is a
        # base (노컷뉴스, 2019-02-07).
        (
            "소파개정연대 권정호 변호사는 기자회견문을 통해 \"언론보도에 따르면, 한미는 올해 "
            "적용될 방위비분담금액을 10억달러 미만으로, 유효기간은 1년으로 합의했다는데, "
            "지난해 9천602억원에서 최소 400~1천400억원이 오르는 셈\"이라며 \"이는 "
            "방위비분담금의 대폭삭감을 원했던 우리 국민의 기대를 무참히 저버린 것\"이라 말했다.",
            "2019-02-07",
            [
                ("10억달러", "2019 payment", "holds"),
                ("9천602억원", "2018 payment (the base of the comparison)", "holds"),
                ("400~1천400억원", "difference 2018→2019", "holds"),
            ],
        ),
        # 'more than' before a number is its hedge, not a rise (Congressional Research Service
        # (EveryCRSReport.com), 1994-06-20).
        (
            "Using similar calculations, by 1995 Korea will contribute 70 percent of U.S. basing costs, but no "
            "other U.S. ally will provide more than 25 percent.",
            "1994-06-20",
            [
                ("70 percent", _BUDGET, "unplaced"),
                ("25 percent", "unplaced: a percentage with no rise or fall named", "unplaced"),
            ],
        ),
        # A rise ordered (인상하라) is a demand (자주시보, 2019-10-17).
        (
            "현재 1389억원인 주한미군 주둔비 지원금을 5배 가량 인상하라는 것이다.",
            "2019-10-17",
            [
                ("1389억원", "2019 payment", "off"),
                ("5배", "US demand of $5.0bn (2019-10) against the 2019 payment", "close"),
            ],
        ),
        # Arms bought (구입) are not the SMA (Hankook Ilbo (연합), 1997-03-05).
        (
            "이 잡지는 이어 『지역별로 중동국가들이 38억달러의 무기를 사들여 가장 많은 양의 "
            "무기를 수입했으며 극동지역은 30억달러의 무기를 사들였다』며 『국가별로는 이집트가 "
            "14억달러, 사우디아라비아 13억달러, 한국 10억달러, 이스라엘이 "
            "8억8,300만달러의 무기를 구입했다』고 전했다.",
            "1997-03-05",
            [
                ("38억달러", _BEYOND, "unplaced"),
                ("30억달러", "unplaced: not said to be paid, and far from the 1997 payment (1997 payment)", "unplaced"),
                ("14억달러", _NOT_SMA, "unplaced"),
                ("13억달러", _NOT_SMA, "unplaced"),
                ("10억달러", _NOT_SMA, "unplaced"),
                ("8억8,300만달러", _NOT_SMA, "unplaced"),
            ],
        ),
        # A Korean count of troops with their families or civilians is no level (njoblover (blog),
        # 2025-05-23).
        (
            "약 14.7㎢ 규모에 3만 명 이상의 미군과 가족, 민간인이 상주 중입니다.",
            "2025-05-23",
            [
                ("3만 명", "unplaced: troops counted with their families or civilians: not the level", "unplaced"),
            ],
        ),
        # A region's product and an economic loss are not the SMA (뉴시스, 2010-06-24).
        (
            "미군 2사단이 주둔한 동두천시의 경제적 손실이 지난 58년 동안 17조4511억 "
            "원에 달하는 것으로 분석됐다. 이는 연간 약 3000억 원 규모로 2006년 "
            "동두천시 지역 내 총생산 1조1194억 원의 약 25%에 해당하는 것이다.",
            "2010-06-24",
            [
                ("17조4511억 원", _BEYOND, "unplaced"),
                ("3000억 원", _NOT_SMA, "unplaced"),
                ("1조1194억 원", _NOT_SMA, "unplaced"),
                ("25%", _BUDGET, "unplaced"),
            ],
        ),
        # 늘리 is a rise (aju.news (machine translation of Korea JoongAng Daily), 2021-02-05).
        (
            "지난해 3 월 한미 양국은 2019 년 (1 조 389 억원)에서 2020 년까지 "
            "약 13 %의 기여도를 늘리 겠다는 계획에 잠정 합의했다.",
            "2021-02-05",
            [
                ("1 조 389 억원", "2019 payment", "holds"),
                ("13 %", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
            ],
        ),
        # A percentage of which the defense budget is the object is that budget's growth (OhmyNews,
        # 2018-11-01).
        (
            "남북 화해 무드가 무르익는 국면에서 정부가 내년 국방비를 박근혜 정부 평균 "
            "증가율(4.1%)의 두 배인 8.2%를 증가시킨 것으로 드러났다.",
            "2018-11-01",
            [
                ("4.1%", _BUDGET, "unplaced"),
                ("두 배", "unplaced: a multiple with no demand to set it against", "unplaced"),
                ("8.2%", _BUDGET, "unplaced"),
            ],
        ),
        # 'the withdrawal of the 28,500 U.S. troops' speaks of all of them, the level (Foreign Policy,
        # 2019-02-26).
        (
            "Their chief argument is that the end-of-war declaration may supply rhetorical backing for the "
            "withdrawal of the 28,500 U.S. troops in South Korea.",
            "2019-02-26",
            [
                ("28,500 U.S. troops", "US troops in Korea, 2019", "holds"),
            ],
        ),
        # A multiple Trump tried to raise the payment to (올리려고) is a demand's (Etoday,
        # 2024-05-01).
        (
            "대통령 시절인 2019년에는 분담금을 6배로 올리려고도 했다.",
            "2024-05-01",
            [
                ("6배", "US demand of $5.0bn (2019-10) against the 2019 payment", "close"),
            ],
        ),
        # A rise that brings the total to an amount: that amount is the payment of the year of the rise, 2026,
        # not the year of the date (Umeed TV News, 2024-10-04).
        (
            "According to South Korea's foreign ministry, the cost will rise by 8.3 percent, bringing the total "
            "to 1.52 trillion won, which is approximately $1.13 billion.",
            "2024-10-04",
            [
                ("8.3 percent", "change 2025→2026", "holds"),
                ("1.52 trillion won", "2026 payment", "holds"),
                ("$1.13 billion", "conversion of 1.52 trillion won", "holds"),
            ],
        ),
        # The level a cut is from is the level; the target of the cut is no level (KBS News, 2025-07-11).
        (
            "A former senior advisor to the Secretary of Defense has argued that the number of U.S. troops in "
            "South Korea should be reduced from nearly 30,000 to 10,000.",
            "2025-07-11",
            [
                ("30,000", "US troops in Korea, 2025", "holds"),
                ("10,000", _MOVED, "unplaced"),
            ],
        ),
        # Broadcast thousands with hundreds, read whole (Arirang News (Day Break transcript), 2014-01-12).
        (
            "The foreign ministry says the allies struck a deal Saturday to share the cost of stationing "
            "28-thousand-5-hundred U.S. troops in the South.",
            "2014-01-12",
            [
                ("28-thousand-5-hundred U.S. troops", "US troops in Korea, 2014", "holds"),
            ],
        ),
        # 'cost plus 50 percent' is a mark-up on the whole cost, not a demand of a rise (The Japan Times,
        # 2019-03-12).
        (
            "He ultimately settled for an 8.2 percent increase, to $925 million, in a one-year deal, which means "
            "the “cost plus 50 percent” formula could be back on the table next year.",
            "2019-03-12",
            [
                ("8.2 percent", "change 2018→2019", "holds"),
                ("$925 million", "2019 payment", "holds"),
                ("50 percent", _BUDGET, "unplaced"),
            ],
        ),
        # A past said of a later amount ('previously paid') is not the first amount's (Post Online Media,
        # 2019-02-11).
        (
            "The presence of the U.S. Armed Forces in South Korea (USFK) will cost Seoul $890 million, while "
            "previously paid $854 million, reveals the news agency Yonhap.",
            "2019-02-11",
            [
                ("$890 million", "2019 payment", "holds"),
                ("$854 million", "2018 payment (the year before the date)", "holds"),
            ],
        ),
        # 'its current annual contributions of about' names a payment, though a demand is spoken of (UPI (via
        # Pefafa), 2020-09-11).
        (
            "The Trump administration has demanded Seoul pay five times more than its current annual "
            "contributions of about $900 million.",
            "2020-09-11",
            [
                ("five times", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("$900 million", "2020 payment", "holds"),
            ],
        ),
        # Local-hire workers in Japan are workers, not troops, and no workforce of USFK (The Japan Times,
        # 2016-03-22).
        (
            "Japanese Defense Ministry figures show Tokyo budgeted ¥372.5 billion in fiscal 2015 for basic "
            "expenditure on U.S. forces, including on housing, rental of private land for bases and on the "
            "salaries of around 25,000 local-hire workers in roles ranging from maintenance engineers to staff "
            "at recreational facilities.",
            "2016-03-22",
            [
                (
                    "¥372.5 billion",
                    "unplaced: no figure of Japan's host-nation support for 2015 in the record",
                    "unplaced",
                ),
                (
                    "25,000 local-hire workers",
                    "unplaced: far from USFK's Korean workforce: another group (residents of a base, families, all "
                    "civilians)",
                    "unplaced",
                ),
            ],
        ),
        # 'That is more than five times' the payment: a multiple of the demand of talks under way (The Straits
        # Times (Bloomberg), 2020-01-30).
        (
            "That is more than five times the US$900 million in a stop-gap one-year agreement that expired on "
            "Dec 31.",
            "2020-01-30",
            [
                ("five times", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
                ("US$900 million", "2019 payment", "holds"),
            ],
        ),
        # 한국어의 'X에서 Y로 인상': 연도 없이 X는 그 전해의 분담금 (국민일보, 2019-08-09).
        (
            "지난 3월 9602억원에서 1조389억원으로 8.2% 인상됐는데 또, 그것도 대폭 "
            "인상하려는 것이다.",
            "2019-08-09",
            [
                ("9602억원", "2018 payment (the base of the comparison)", "holds"),
                ("1조389억원", "2019 payment", "holds"),
                ("8.2%", "change 2018→2019 (the nearest of the agreements agreed by 2019-08-09)", "holds"),
            ],
        ),
        # 미 국방부가 산정한 주한미군 주둔 비용과 미국의 회계연도: SMA도 일본도 아님 (동아일보, 2019-11-29).
        (
            "트럼프 대통령이 한국에 요구하는 50억 달러(약 5조8950억 원)는 미 국방부가 "
            "2020 회계연도를 기준으로 산정한 주한미군 주둔 비용인 약 44억6420만 "
            "달러(약 5조2642억 원)를 전부 부담하라는 취지로 보인다.",
            "2019-11-29",
            [
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("5조8950억 원", "conversion of 50억 달러", "holds"),
                ("44억6420만 달러", _NOT_SMA, "unplaced"),
                ("5조2642억 원", "conversion of 44억6420만 달러", "holds"),
            ],
        ),
        # 명 없이 근로자 앞의 숫자도 근로자 수 (경인일보, 2020-03-18).
        (
            "한편 주한미군은 지난 1월28일 방위비분담금 협정이 타결되지 않아 4월부터 "
            "무급휴직이 시행될 수 있다고 한국인 직원들에게 공식 통보한 바 있으며 무급휴가 "
            "기간 30일 초과 시 자동해고 규정이 있어 전국의 9천여 주한미군 한국인 "
            "근로자들은 직장을 잃을 수도 있다는 불안감에 휩싸여 있다.",
            "2020-03-18",
            [
                ("9천여", "Korean workers of USFK, 2020", "close"),
            ],
        ),
        # 사용료를 말하는 문장에서도 요구 바로 앞의 금액은 요구액 (ndknews.com, 2019-11-18).
        (
            "미국은 핵 전략폭격기, 항공모함 등 전략무기 사용료 등을 근거로 2020년부터 "
            "방위비 분담금6조를 한국측에 요구하는 한편 한미연합사령관은 지소미아 연장을 "
            "강요하고 있다.",
            "2019-11-18",
            [
                ("6조", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # 시 예산세입액은 SMA가 아님 (오마이뉴스, 2019-11-13).
        (
            "이은영 대덕구지역위원회 위원장은 \"미국이 방위비로 요구하는 6조원은 대전시민 "
            "150만명 모두에게 빠짐없이 400만원을 주고도 남는 돈\"이라며, \"2019년 "
            "대전광역시 예산세입액 5조 2천억원을 넘어서는 금액을 주한미군 주둔비로 달라고 "
            "하고 있는 것\"이라고 말했다.",
            "2019-11-13",
            [
                ("6조원", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                (
                    "150만명",
                    "unplaced: a count of people that is neither US troops nor USFK's Korean workers",
                    "unplaced",
                ),
                (
                    "400만원",
                    "unplaced: no recorded US demand near 400만원 made by 2019-11-13; the nearest recorded: $440M "
                    "(1998-12), $580M (2001-03)",
                    "unplaced",
                ),
                ("5조 2천억원", _NOT_SMA, "unplaced"),
            ],
        ),
        # '13.9% 올라': 올라는 인상 (오마이뉴스, 2021-04-14).
        (
            "이들은 \"올해 주한미군 주둔 비용 중에서 한국이 부담하게 되는 방위비 분담금 "
            "총액은 지난해보다 13.9% 올라 무려 1조 1883억원이다\"고 했다.",
            "2021-04-14",
            [
                ("13.9%", "change 2020→2021", "holds"),
                ("1조 1883억원", "2021 payment", "holds"),
            ],
        ),
        # '2020년 한국이 냈던': 과거형은 명시된 연도에 양보 (KBS, 2024-11-07).
        (
            "2020년 한국이 냈던 방위비 분담금은 연간 1조 원대였지만, 당시 트럼프는 "
            "한국에 연간 50억 달러, 7조 원까지 올려달라고 요구하기도 했습니다.",
            "2024-11-07",
            [
                ("1조 원대", "2020 payment", "holds"),
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("7조 원", "conversion of 50억 달러", "holds"),
            ],
        ),
        # An amount right after THAAD, with no word of the SMA between, is THAAD's cost (ECNS (Xinhua),
        # 2017-04-28).
        (
            "It came in response to Trump's comments made in an interview with Reuters, in which he said he "
            "wants South Korea to pay the cost of the U.S. THAAD anti-missile defense system, which he estimated "
            "at 1 billion U.S. dollars.",
            "2017-04-28",
            [
                ("1 billion U.S. dollars", _NOT_SMA, "unplaced"),
            ],
        ),
        # 'greater than' is a rise, and 'this yr' the year of the date (Lightly News (rewritten New York Times
        # copy), 2021-03-10).
        (
            "Under the settlement, South Korea pays $1 billion this yr, 13.9 % greater than its annual funds in "
            "2019 and 2020, officers mentioned on Wednesday.",
            "2021-03-10",
            [
                ("$1 billion", "2021 payment", "holds"),
                ("13.9 %", "change 2020→2021", "holds"),
            ],
        ),
        # '(estimated USD34.3 billion)' converts the amount before it (NK News, 2016-12-05).
        (
            "South Korea's defense budget for 2017 will rise to around KRW40.3 trillion (estimated USD34.3 "
            "billion), the first time it has gone over KRW40 trillion since the nation’s foundation, the "
            "Ministry of National Defense (MND) announced on Monday.",
            "2016-12-05",
            [
                ("KRW40.3 trillion", _BEYOND, "unplaced"),
                ("USD34.3 billion", "conversion of KRW40.3 trillion", "holds"),
                ("KRW40 trillion", _BEYOND, "unplaced"),
            ],
        ),
        # '미군과 가족·군무원' 뒤의 수는 가족까지 센 수: 주한미군 규모가 아님 (연합뉴스 (한국경제TV), 2017-10-11).
        (
            "시는 2016년 1만3천여명이던 관내 주한 미군과 가족·군무원이 올해 2만5천여 "
            "명, 내년 3만3천여명, 2020년에는 4만2천여명으로 늘어날 것으로 전망한다.",
            "2017-10-11",
            [
                (
                    "1만3천여명",
                    "unplaced: far from USFK's Korean workforce: another group (residents of a base, families, all "
                    "civilians)",
                    "unplaced",
                ),
                (
                    "2만5천여 명",
                    "unplaced: far from USFK's Korean workforce: another group (residents of a base, families, all "
                    "civilians)",
                    "unplaced",
                ),
                (
                    "3만3천여명",
                    "unplaced: far from USFK's Korean workforce: another group (residents of a base, families, all "
                    "civilians)",
                    "unplaced",
                ),
                ("4만2천여명", "unplaced: troops counted with their families or civilians: not the level", "unplaced"),
            ],
        ),
        # 기지 이전에 따른 정부 지원금은 SMA가 아니고, 그 가운데 일부(중 1천514억원)도 아님 (연합뉴스
        # (한국경제TV), 2017-10-11).
        (
            "이 사업에는 주한미군 기지 평택이전에 따른 정부 지원금 1조1천여억원 중 "
            "1천514억원이 투입된다.",
            "2017-10-11",
            [
                ("1조1천여억원", _NOT_SMA, "unplaced"),
                ("1천514억원", _NOT_SMA, "unplaced"),
            ],
        ),
        # 분담금 미사용분은 그해 분담금이 아님 (동부뉴스(dbnews), 2019-02-11).
        (
            "지금까지 방위비 분담금 미사용분은 약 1조원으로 분담금 동결내지 감액 요구가 "
            "필요한 시점이다.",
            "2019-02-11",
            [
                ("1조원", _NOT_SMA, "unplaced"),
            ],
        ),
        # 중앙정부 일반회계 이월액은 SMA가 아님 (국민일보, 2026-01-19).
        (
            "19일 열린재정과 한국재정정보원의 ‘통계로 보는 국가결산’ 자료에 따르면 "
            "2024년 회계 기준 중앙정부 일반회계 이월액 1조4415억원 가운데 국방부 "
            "이월액은 7787억원으로 전체의 54%를 차지했다.",
            "2026-01-19",
            [
                ("1조4415억원", _NOT_SMA, "unplaced"),
                ("7787억원", _NOT_SMA, "unplaced"),
                ("54%", _BUDGET, "unplaced"),
            ],
        ),
        # 기지 주변 지역 개발에 투입하는 돈은 SMA가 아님 (MBN (매일경제), 2020-03-09).
        (
            "정부가 수도권 일대 미군기지가 이전될 예정인 경기 평택 지역 개발에 올해 1조 "
            "449억원을 투입한다.",
            "2020-03-09",
            [
                ("1조 449억원", _NOT_SMA, "unplaced"),
            ],
        ),
        # A US aim is a demand: 'aimed at getting South Korea to quintuple' is the $5bn's multiple (The Chosun
        # Ilbo, 2019-11-21).
        (
            "He wishes to use that threat as leverage in negotiations aimed at getting South Korea to quintuple "
            "its share of the expenses to keep 28,500 American soldiers stationed here.",
            "2019-11-21",
            [
                ("quintuple", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("28,500 American soldiers", "US troops in Korea, 2019", "holds"),
            ],
        ),
        # 요구한 항목들 뒤 '등 약 50억 달러를 제시': 항목이 SMA 밖이어도 그 합은 요구액 (OBS (OBS경인TV), 2019-10-24).
        (
            "미측은 기존 주둔기지 지출 외에 연합훈련 비용 전액, 주한미군에 전개된 전략자산 "
            "운용 경비, 새 무기체계 예산 등 약 50억 달러를 제시한 것으로 전해졌습니다.",
            "2019-10-24",
            [
                ("50억 달러", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # A position of talks under way of the very amount printed comes before the positions of a relative
        # year (The Korea Herald (Yonhap), 2020-08-04).
        (
            "This year the US is known to be requesting $1.3 billion a year, a 50 percent increase on last year, "
            "while South Korea maintains it can only increase its payment by 13 percent.",
            "2020-08-04",
            [
                ("$1.3 billion", "US demand of $1.3bn (2020-05-07, for 2020)", "holds"),
                ("50 percent", "US demand of $1.3bn (2020-05-07) against the 2019 payment", "holds"),
                ("13 percent", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
            ],
        ),
        # An amount Seoul is said to shoulder after a rise is the payment of the year of that rise (Aju Press,
        # 2025-04-10).
        (
            "After multiple rounds of talks last year, Seoul and Washington already reached an agreement on an "
            "8.3 percent increase for the upkeep of U.S. Forces Korea (USFK), with Seoul shouldering 1.52 "
            "trillion won (US$1.14 billion).",
            "2025-04-10",
            [
                ("8.3 percent", "change 2025→2026", "holds"),
                ("1.52 trillion won", "2026 payment", "holds"),
                ("US$1.14 billion", "conversion of 1.52 trillion won", "close"),
            ],
        ),
        # What the Pentagon is said to spend is not the SMA: unplaced, not the 2021 payment off by +707% (IMI,
        # quoting Stars and Stripes on GAO-21-270, 2021-03-18).
        (
            "The roughly $8.5 billion spent each year by the Pentagon to house tens of thousands of American "
            "troops in Japan and South Korea reaps benefits to the Asia-Pacific region and the U.S. homeland, "
            "according to congressional watchdog group.",
            "2021-03-18",
            [
                (
                    "$8.5 billion",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # Workers heading back to work are the furloughed: 4,500 against 2020's about 4,000, close (Indo-Pacific
        # Defense Forum, 2020-06).
        (
            "About 4,500 South Korean civilians who work at U.S. military bases on the Korean Peninsula will "
            "soon head back to work now that the government in Seoul has agreed to pay their salaries for the "
            "remainder of 2020.",
            "2020-06-10",
            [("4,500 South Korean civilians", "Korean workers of USFK furloughed, 2020", "close")],
        ),
        # What the US spent, named as a noun before its sum (미국 지출), and a difference from it, are not Korea's
        # payment; 2009's $775M is off (+30.0%) at the 2009 average (Nocut News, 2013-07).
        (
            "2009년의 경우에도 한국측 분담금은 7억 7,500만불로 미국 지출(6억 7,800만불) 보다 1억불 가량 많았다.",
            "2013-07-03",
            [
                ("7억 7,500만불", "2009 payment", "off"),
                (
                    "6억 7,800만불",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
                ("1억불", "unplaced: a difference from a sum that is not the SMA", "unplaced"),
            ],
        ),
        # What is accumulated of the payment (분담금 축적) is not a year's payment (People's Solidarity, 2008-07).
        (
            "주한미군 측의 8천억 원의 방위비 분담금 축적에 대한 정부 입장",
            "2008-07-22",
            [
                (
                    "8천억 원",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # A multiple asked of Japan (일본에 ... 4배로 늘리라고 요구) is no multiple of the demand on Korea:
        # unplaced, not off against $4bn (Yonhap via Zum, 2020-06-22).
        (
            "앞서 미국 외교전문매체 포린폴리시는 작년 11월 트럼프 대통령이 일본에 주일미군 방위비 분담금을 "
            "4배로 늘리라고 요구했다고 보도했지만, 일본 정부는 이를 부인한 바 있다.",
            "2020-06-22",
            [("4배", "unplaced: a multiple asked of Japan; the record holds no demand on Japan", "unplaced")],
        ),
        # An amount Korea is said to have paid right after it ("the roughly $800 million South Korea paid for this
        # year") is the payment, not a demand; the $5bn is 5.61 times 2019's (Defense News alert, 2019-12-12).
        (
            "The latest round of defense cost-sharing talks were broken off after the U.S. asked for roughly $5 "
            "billion to cover USFK expenditure, over five times the roughly $800 million South Korea paid for "
            "this year.",
            "2019-12-12",
            [
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("five times", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
                ("$800 million", "2019 payment", "holds"),
            ],
        ),
        # What a demand would quintuple the contribution from is the payment of the year (KBS World, 2019-11-28).
        (
            "During previous rounds of talks, the U.S. reportedly demanded South Korea to quintuple its "
            "contribution from just over 870 million dollars this year to nearly five billion dollars.",
            "2019-11-28",
            [
                ("quintuple", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("870 million dollars", "2019 payment (the base of the comparison)", "holds"),
                ("five billion dollars", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # "the sum (equivalent to $860 million) paid prior to the negotiations": 2018's payment, $873.47M at the
        # 2018 average (New Eastern Outlook, 2019-12-15).
        (
            "However, the United States originally requested a sum of $1.25 billion per year which was 1.5 "
            "times the sum (equivalent to $860 million) paid prior to the negotiations.",
            "2019-12-15",
            [
                ("$1.25 billion", "US demand of $1.2bn (2018-12-28, for 2019)", "holds"),
                ("1.5 times", "US demand of $1.2bn (2018-12-28) against the 2018 payment", "close"),
                ("$860 million", "2018 payment (the year before the date)", "holds"),
            ],
        ),
        # A number and magnitude that starts a rise is read in the currency of its end: "from 1.4 trillion to 1.52
        # trillion Korean won" (Jadetimes, 2024-10-04).
        (
            "According to the new agreement, payments in 2026 will increase by 8.3% compared to 2025, from 1.4 "
            "trillion to 1.52 trillion Korean won ($1.13 billion).",
            "2024-10-04",
            [
                ("8.3%", "change 2025→2026", "holds"),
                ("1.4 trillion", "2025 payment (the base of the comparison)", "holds"),
                ("1.52 trillion Korean won", "2026 payment", "holds"),
                ("$1.13 billion", "conversion of 1.52 trillion Korean won", "holds"),
            ],
        ),
        # Members who received furlough notices are the furloughed workers (kdva.vet, 2020-03-25).
        (
            "It didn’t provide numbers, but a representative of the USFK Korean Employees’ Union Son Gio and "
            "another union official said about 4,000 members had received furlough notices.",
            "2020-03-25",
            [("4,000 members", "Korean workers of USFK furloughed, 2020", "holds")],
        ),
        # Members of USFK's Korean National workforce are its Korean workers, not its troops (Chosun Ilbo,
        # 2019-10-04).
        (
            "We remain hopeful for a swift conclusion to SMA discussions to mitigate a potential lapse in "
            "contributions that directly support compensation for the nearly 9,000 members of the USFK Korean "
            "National workforce currently employed in Korea.",
            "2019-10-04",
            [
                (
                    "9,000 members of the USFK Korean National workforce",
                    "Korean workers of USFK, 2019 (2014's count, the latest)",
                    "holds",
                ),
            ],
        ),
        # Civilian personnel are not US troops: unplaced, not the 2013 level off by -64.9% (Korea Herald,
        # 2013-03-04).
        (
            "Gen. James Thurman, the USFK commander, sent a letter on Feb. 27 to about 10,000 civilian "
            "personnel to notify them that they may be placed on periods of unpaid leave if the automatic "
            "spending cuts, the so-called “sequester,” take effect.",
            "2013-03-04",
            [
                (
                    "10,000 civilian personnel",
                    "unplaced: a count of people that is neither US troops nor USFK's Korean workers",
                    "unplaced",
                ),
            ],
        ),
        # A count of those on leave (휴직) is of workers (Seoul Economic Daily, 2020-03-31).
        (
            "방위비 분담금 합의 결렬로 1일부터 4,000여명 휴직",
            "2020-03-31",
            [("4,000여명", "Korean workers of USFK furloughed, 2020", "holds")],
        ),
        # A year after "since" starts a period, and is no count's year: the level of the date, 2016
        # (whatdonaldtrumpliedaboutyesterday.com, 2016-09-30).
        (
            "Donald Trump may also be forgetting that if China invaded North Korea that would bring them right "
            "to the DMZ at the border between the Koreas, where 28,000 American troops have remained since 1953 "
            "when the armistice was signed.",
            "2016-09-30",
            [("28,000 American troops", "US troops in Korea, 2016", "holds")],
        ),
        # Troops who joined an exercise are a part of the force, and South Korean troops are not US troops: both
        # unplaced, not off (Pakistan Today, 2018-07-07).
        (
            "Last year, 17,500 American troops and more than 50,000 South Korean troops joined the Freedom "
            "Guardian drills, though the exercise is mostly focused on computerised simulations rather than "
            "field exercises.",
            "2018-07-07",
            [
                (
                    "17,500 American troops",
                    "unplaced: troops moved, cut, limited, in an exercise or stationed "
                    "elsewhere: not the level in Korea",
                    "unplaced",
                ),
            ],
        ),
        # A percentage said of a budget in a relative clause ("$700 billion, which increased 15.5%") is that
        # budget's change, not the SMA's (envirosagainstwar.org, 2018-08-01).
        (
            "It is a fraction of the military’s annual budget of $700 billion, which increased 15.5% for the "
            "fiscal year 2018, and is less than the cost of one new fighter plane.",
            "2018-08-01",
            [
                (
                    "$700 billion",
                    "unplaced: far more than the SMA has ever been or been asked to be: another budget",
                    "unplaced",
                ),
                ("15.5%", "unplaced: the change of a budget far larger than the SMA's", "unplaced"),
            ],
        ),
        # A sum paid to let USFK's employees return to work is a part named by what it pays for, not a demand (Stars
        # and Stripes, 2020-10).
        (
            "The notice was sent by U.S. Forces Korea to the Korean Employees’ Union and the government on Oct. "
            "5, four months after Seoul agreed to pay more than $200 million to allow thousands of USFK "
            "employees to return to work after months of unpaid leave due to the funding stalemate.",
            "2020-10-15",
            [
                (
                    "$200 million",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # A sum said a year is no agreement's total: Japan's "more than $9 billion annually" is not
        # JFY2016-2020's total (ROK Drop, quoting Kyodo, 2019-11-18).
        (
            "Japan would have to pay more than $9 billion annually if it had acceded to the request, Kyodo "
            "reported.",
            "2019-11-18",
            [
                (
                    "$9 billion",
                    "unplaced: no figure of Japan's support near $9 billion; the nearest: Japan's "
                    "host-nation support, JFY2016-2020, a year",
                    "unplaced",
                ),
            ],
        ),
        # Troops a furlough does not apply to are the level, not furloughed workers (Korea Herald, 2013-03-04).
        (
            "The furloughs would not apply to the 28,500 American troops based in the nation that serve as a "
            "deterrent against North Korea.",
            "2013-03-04",
            [("28,500 American troops", "US troops in Korea, 2013", "holds")],
        ),
        # "Currently pays" is of the date's year, though a year is named later in the sentence for the amount a
        # rise goes to ("to about $1.09 billion by 2026") (sportsnewstimes.com, 2024-10).
        (
            "Contrary to Trump’s claims, Seoul currently pays around $1.02 billion a year for approximately "
            "28,500 US troops, with plans to increase that amount to about $1.09 billion by 2026.",
            "2024-10-17",
            [
                ("$1.02 billion", "2024 payment", "holds"),
                ("28,500 US troops", "US troops in Korea, 2024", "holds"),
                ("$1.09 billion", "2026 payment", "holds"),
            ],
        ),
        # Germany's sum, in euros, is not Korea's (dpa via Ghana Business News, 2019-08-21).
        (
            "The German government paid a total of 982.4 million euros ($1.1 billion) between 2010 and 2019, "
            "according to the finance ministry.",
            "2020-07-06",
            [
                ("982.4 million euros", "unplaced: Germany's or NATO's support or costs: not the SMA", "unplaced"),
                ("$1.1 billion", "conversion of 982.4 million euros", "holds"),
            ],
        ),
        # A maximum percentage of the yearly rise is a cap, not a year's change (South China Morning Post,
        # 2014-01-12).
        (
            "The two allies also agreed on a maximum 4 per cent annual increase in the amount until 2018, the "
            "ministry spokesman Cho Tai-Young told reporters.",
            "2014-01-12",
            [
                (
                    "4 per cent",
                    "unplaced: a share or a limit, or another budget: not a change of the payment",
                    "unplaced",
                ),
            ],
        ),
        # A rise from a sum far beyond the SMA (the relocation burden) is no change of the payment (Hankyoreh,
        # 2010-12-24).
        (
            "This is an increase of more than one trillion Won from the 7.6 trillion Won South Korean burden "
            "estimated two years ago.",
            "2010-12-24",
            [
                ("one trillion Won", "unplaced: a difference from a sum that is not the SMA", "unplaced"),
                (
                    "7.6 trillion Won",
                    "unplaced: far more than the SMA has ever been or been asked to be: another budget",
                    "unplaced",
                ),
            ],
        ),
        # Unexecuted expenses are unspent funds, not a year's payment (Dong-A Ilbo, 2014-01-23).
        (
            "Unexecuted expenses reached 710 billion won (655 million U.S. dollars) as of August last year.",
            "2014-01-23",
            [
                (
                    "710 billion won",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
                ("655 million U.S. dollars", "conversion of 710 billion won", "holds"),
            ],
        ),
        # Troops said to be stationed in South Korea right after the count are the level, though a drawdown is near:
        # 2004's count, close (Stars and Stripes, 2008-04-21).
        (
            "The U.S. and South Korea agreed to the drawdown in 2004, when the U.S. had 38,500 troops stationed "
            "in South Korea.",
            "2008-04-21",
            [("38,500 troops", "US troops in Korea, 2004", "close")],
        ),
        # A troop level of a decade before the record is unplaced, not the date's level off (Stars and Stripes,
        # 2008-10-22).
        (
            "The U.S. kept between 50,000 and 60,000 troops in South Korea during the 1950s and 1960s.",
            "2008-10-22",
            [("50,000 and 60,000 troops", "unplaced: the level of a decade before the record's years", "unplaced")],
        ),
        # A percentage to which inflation is added is a term of a formula, not a year's change (Stars and Stripes,
        # 2004).
        (
            "But South Korea agreed with the United States to base its 2003 and 2004 contribution on a formula: "
            "an 8.8 percent increase over the previous year plus inflation.",
            "2004-03-01",
            [
                (
                    "8.8 percent",
                    "unplaced: a share or a limit, or another budget: not a change of the payment",
                    "unplaced",
                ),
            ],
        ),
        # A space between thousands before a magnitude ("about 1 130 million US dollars") joins them, and "above the
        # previous year" is a rise (Rodong Sinmun, 2024-10-12).
        (
            "According to it, the ROK is expected to bear about 1 130 million US dollars, 8.3 percent above the "
            "previous year, in 2026, the first year of the agreement.",
            "2024-10-12",
            [("1,130 million US dollars", "2026 payment", "holds"), ("8.3 percent", "change 2025→2026", "holds")],
        ),
        # Troops to be moved are a part of the force, not the level in Korea (Stars and Stripes, 2004-10-06).
        (
            "In mid-August, President Bush pledged to move 70,000 U.S. servicemembers and 100,000 family "
            "members and civilian employees back to the United States over the next decade.",
            "2004-10-06",
            [
                (
                    "70,000 U.S. servicemembers",
                    "unplaced: troops moved, cut, limited, in an exercise or stationed "
                    "elsewhere: not the level in Korea",
                    "unplaced",
                ),
            ],
        ),
        # What the US is said to bear (미국이 부담한다) is not Korea's payment (Yonhap, 2016-11-02).
        (
            "나머지 59%, 11억 달러는 미국이 부담한다.",
            "2016-11-02",
            [
                ("59%", "unplaced: a percentage with no rise or fall named", "unplaced"),
                (
                    "11억 달러",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # An amount in brackets after Korea's name is Korea's payment, though Japan is the sentence's subject
        # (Edaily, 2019-12-04).
        (
            "일본의 방위비 분담금은 한국(1조 389억원)의 두 배에 달하지만, 주둔 미군 수에서도 약 2배 정도 차이가 "
            "나 미군 한 명당 지급하는 분담금 액수는 비슷하다.",
            "2019-12-04",
            [
                ("1조 389억원", "2019 payment", "holds"),
                ("두 배", "unplaced: a multiple with no demand to set it against", "unplaced"),
                ("2배", "unplaced: a multiple with no demand to set it against", "unplaced"),
            ],
        ),
        # The amount a year's inflation is added to (7,255억원에 물가 상승률을 더한) is the payment of the year
        # before (Redian, 2007-02-21).
        (
            "이어 이들 단체는 \"7차 특별협정안은 2007년 한 해 주한미군 주둔비용 지원금으로 우리나라가 "
            "7,255억원을 지급한다고 규정하고 있다\"라며 \"이는 전년에 비해 금액으로는 451억원, 비율로는 6.6% "
            "늘어난 것으로 2008년에는 7,255억원에 물가 상승률을 더한 만큼의 방위비 분담금을 미국에 지급해야 "
            "한다\"고 주장했다.",
            "2007-02-21",
            [
                ("7,255억원", "2007 payment", "holds"),
                ("451억원", "difference 2006→2007", "holds"),
                ("6.6%", "change 2006→2007", "holds"),
                ("7,255억원", "2007 payment (the base of the comparison)", "holds"),
            ],
        ),
        # A rise said as an amount between a year named and this year (2008년 7,415억원 ... 올해 8,695억원으로
        # 1,200억원 가량 급증) is the difference of those two years (Nocut News, 2013-07).
        (
            "이런 입장이 반영된 8차 협상 결과 2008년 7,415억원이었던 방위비분담금은 올해 8,695억원으로 "
            "1,200억원 가량 급증했다.",
            "2013-07-03",
            [
                ("7,415억원", "2008 payment", "holds"),
                ("8,695억원", "2013 payment", "holds"),
                ("1,200억원", "difference 2008→2013", "holds"),
            ],
        ),
        # A rise of 0% said of a year in which nothing changed holds (it had been called off, 0 against 0)
        # (aju.news, quoting VOA, 2021-03-11).
        (
            "Accordingly, the contribution for 2020, when the increase rate is 0%, is set at the same amount, "
            "but this year, the increase of 13.9% is $1,075.7 million.",
            "2021-03-11",
            [
                ("0%", "change 2019→2020", "holds"),
                ("13.9%", "change 2020→2021", "holds"),
                ("$1,075.7 million", "2021 payment", "holds"),
            ],
        ),
        # Employees likely to be affected by a furlough are counted against the furlough: off from 2020's 4,000 by
        # far, unplaced (Korea Herald, 2020-03-19).
        (
            "Earlier in the day, the vernacular daily Hankook Ilbo reported that around 6,000 employees are "
            "likely to be affected.",
            "2020-03-19",
            [
                (
                    "6,000 employees",
                    "unplaced: workers furloughed, far from the record's Korean workers of USFK furloughed, 2020",
                    "unplaced",
                ),
            ],
        ),
        # "the roughly 900 million that Seoul currently pays": a number and magnitude before "that" is read, and is
        # the payment (armscontrol.eu, 2019-09).
        (
            "Reportedly, Washington asked Seoul to pay 5 billion dollars a year which creates a rather big gap "
            "from the roughly 900 million that Seoul currently pays for the existing deal that will expire at "
            "the end of the year.",
            "2019-09-25",
            [
                ("5 billion dollars", "US demand of $5.0bn (2019-07, for 2020)", "holds"),
                ("900 million", "2019 payment", "holds"),
            ],
        ),
        # Local hires are USFK's Korean workers (In These Times, 2020-04).
        (
            "The U.S. Forces in Korea (USFK) has furloughed about half of its 8,500 local hires, not for fear "
            "of the COVID 19 pandemic, but in a ploy to extract more subsidies from the South Korean "
            "government, using workers as pawns.",
            "2020-04-07",
            [("8,500 local hires", "Korean workers of USFK, 2020", "holds")],
        ),
        # A sum worked out for the case that Seoul accepts a request is not a fact (a 2013 editorial).
        (
            "Already, the U.S. has asked Korea to expand its share from 42 percent to 50 percent, or about 200 "
            "billion won, meaning Seoul's total annual burden will exceed 1 trillion won for the first time if "
            "it accepts Washington's request.",
            "2013-03-12",
            [
                ("42 percent", "unplaced: a percentage with no rise or fall named", "unplaced"),
                ("50 percent", "unplaced: a percentage with no rise or fall named", "unplaced"),
                (
                    "200 billion won",
                    "unplaced: no recorded US demand near 200 billion won made by 2013-03-12; the "
                    "nearest recorded: $440M (1998-12), $580M (2001-03)",
                    "unplaced",
                ),
                (
                    "1 trillion won",
                    "unplaced: a figure worked out for a case, not a fact: 2013 payment would be off",
                    "unplaced",
                ),
            ],
        ),
        # What the US Defense Department reckons its forces in Korea cost (국방부가 ... 주둔 비용을 45억 달러로
        # 산정) is not a demand (YTN via Zum, 2019-11-29).
        (
            "미 국방부가 내년도 예산안에 주한미군 주둔 비용을 45억 달러로 산정한 것으로 나타났습니다.",
            "2019-11-29",
            [
                (
                    "45억 달러",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # "now stands at", past a year named and an "and" ("peaked in 1999 and now stands at 192 billion yen"), is
        # of the date's year (Straits Times, 2016-11).
        (
            "The so-called \"sympathy budget\" peaked in 1999 and now stands at 192 billion yen (S$2.5 billion).",
            "2016-11-15",
            [
                ("192 billion yen", "Japan's host-nation support, JFY2016-2020, a year", "holds"),
                ("S$2.5 billion", "unplaced: an amount in SGD, a currency the record lacks", "unplaced"),
            ],
        ),
        # The count a cut is taken from is the level of the date; a deadline's year (내년 말까지) is not the count's
        # (Dong-A Ilbo, 2004-08-17).
        (
            "미국은 GPR의 일환으로 주한미군 3만7000명 가운데 1만2500명을 내년 말까지 철수하겠다고 한국 정부에 "
            "통보한 뒤 감축시기와 방식을 협의 중이다.",
            "2004-08-17",
            [
                ("3만7000명", "US troops in Korea, 2004", "close"),
                (
                    "1만2500명",
                    "unplaced: troops moved, cut, limited, in an exercise or "
                    "stationed elsewhere: not the level in Korea",
                    "unplaced",
                ),
            ],
        ),
        # A year that starts a period (1991년 이후) is no figure's year: the present tense is the payment in force,
        # 2016's (earticle, 2016).
        (
            "우리나라는 1991년 이후 미국과 제 9차 방위분담 특별협정을 맺음으로써 1조원에 가까운 방위비 분담금을 "
            "지불하고 있다.",
            "2016-06-30",
            [("1조원", "2016 payment", "holds")],
        ),
        # Indirect support named before its sum (간접지원비용은) is not the SMA (Seoul Shinmun, 2000-08).
        (
            "민주당 이윤수(李允洙)의원은 2일 국방부 자료를 토대로 주한미군에 대한직·간접 지원액을 분석한 결과 "
            "지난해 지원액은 1조1,236억원으로 이중 직접지원비는 4,019억여원,간접지원비용은 7,216억여원으로 "
            "나타났다고 밝혔다.",
            "2000-08-03",
            [
                (
                    "1조1,236억원",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
                (
                    "4,019억여원",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
                (
                    "7,216억여원",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # A ministry's budget (여성가족부 한 해 예산) is not the SMA (a blog, 2024-11).
        (
            "이 금액은 여성가족부 한 해 예산(약 1조 8천억 원)보다 적은 수준이에요.",
            "2024-11-18",
            [
                (
                    "1조 8천억 원",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # A total that includes the payment (방위비 분담금 7,704억 원을 포함해 8,561억 원) is not the payment (Nocut
        # News, 2013-07).
        (
            "한국 정부가 2010년에 주한미군에 직접 지원한 금액은 공식적인 방위비 분담금 7,704억 원을 포함해 "
            "8,561억 원이었다.",
            "2013-07-23",
            [
                ("7,704억 원", "2010 payment", "holds"),
                (
                    "8,561억 원",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # A floor said to be the current number ("below 28,500, essentially their current number") is the level (NK
        # News, 2019-12-10).
        (
            "The bill, known as the National Defense Authorization Act (NDAA) — a massive legal document that "
            "determines U.S. military policy and maximum spending levels for the year ahead — includes a "
            "requirement that would effectively ban the president from reducing the number of troops in South "
            "Korea below 28,500, essentially their current number.",
            "2019-12-10",
            [("28,500", "US troops in Korea, 2019", "holds")],
        ),
        # The troops a reduction would be from ("any reduction in the 28-thousand-500 U.S. troops") are the level
        # (KBS World, 2019-12).
        (
            "The bill reportedly includes a provision that would require the secretary of defense to certify "
            "that any reduction in the 28-thousand-500 U.S. troops in South Korea supports U.S. national "
            "security interests.",
            "2019-12-12",
            [("28-thousand-500 U.S. troops", "US troops in Korea, 2019", "holds")],
        ),
        # Military aid to another country is not the SMA: unplaced, not 2025's payment off (FN News Global,
        # 2025-12).
        (
            "Additionally, the NDAA approves 800 million USD in military aid to Ukraine and millions for allies "
            "like Israel, Taiwan, and Iraq, overcoming opposition from far-right Republicans critical of allied "
            "defense spending.",
            "2025-12-18",
            [
                (
                    "800 million USD",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # Servicemembers who took part in a programme over the years are no troop level (Defense White Paper 2018).
        (
            "Since 1972, some 19,000 USFK servicemembers have participated in the program.",
            "2019-01-15",
            [
                ("19,000 USFK servicemembers", _MOVED, "unplaced"),
            ],
        ),
        # A part of a sum that is not the SMA (1억1천만달러중 현금부담액을 약 6천만달러) is not the SMA either
        # (Hankyung, 1991-03-15).
        (
            "한.미 양국은 걸프전 지원을 위해 우리나라가 추가로 분담키로 약속한 현금및 수송지원액 1억1천만달러중 "
            "현금부담액을 약 6천만달러 선으로 정한 것 으로 알려졌다.",
            "1991-03-15",
            [
                (
                    "1억1천만달러",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
                (
                    "6천만달러",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # a fall said beside a percentage is set against the record as a fall
        (
            "Under the deal signed Thursday, South Korea will pay about $676 million - nearly 9-percent less "
            "than last year - to help finance the U.S. military presence for 2005 and 2006.",
            "2005-06-09",
            [("$676 million", "2005 payment", "holds"), ("9-percent", "change 2004→2005", "holds")],
        ),
        # 2004's payment in won is as the source of 2005's change reckons it, and 2005's cut is from it
        (
            "첫째, 2005년도 방위비 분담금총액은 6,804억원으로 하며 전액 원화로 지급하기로 하였음. 이 금액은 "
            "2004년도 분담금 7,469억원에 비해 8.9% 감액된 것임.",
            "2005-04-26",
            [
                ("6,804억원", "2005 payment", "holds"),
                ("7,469억원", "2004 payment (the base of the comparison)", "holds"),
                ("8.9%", "change 2004→2005", "holds"),
            ],
        ),
        # a change said as an amount from 2004 in won, as its source reckons it
        (
            "우리 정부의 주한미군 방위비 분담금액이 지난해보다 665억여원 줄어드는 것으로 최종 결론났다.",
            "2005-04-26",
            [("665억여원", "difference 2004→2005", "holds")],
        ),
        # a percentage the US wants that the record does not hold is unplaced, not the year's change
        (
            "But Washington wants South Korea's share of expenses to rise 10 percent from last year, saying it "
            "is necessary to modernize the U.S. troops.",
            "2005-01-19",
            [("10 percent", "unplaced: a US demand the record does not hold as a percentage", "unplaced")],
        ),
        # an offer's percentage the record does not hold is unplaced, not the nearest change
        (
            "The Koreans countered with an offer of 630 bn won, a 7.3% decrease from the current agreement.",
            "2006-10-12",
            [
                ("630 bn won", "unplaced: no recorded ROK offer near 630 bn won made by 2006-10-12", "unplaced"),
                ("7.3%", "unplaced: a Korean position the record does not hold as a percentage", "unplaced"),
            ],
        ),
        # troops with others' ('a combined 78,500') are not the level in Korea
        (
            "This move has unsettled both allies, who host a combined 78,500 American troops and see them as a "
            "deterrent against regional threats like China and North Korea, with South Korea currently in a "
            "political transition and Japan under an agreement set to expire in 2027.",
            "2025-04-17",
            [
                (
                    "78,500 American troops",
                    _MOVED,
                    "unplaced",
                ),
            ],
        ),
        # what a cut leaves ('bringing the total remaining to about 24,500') is a target, not a level
        (
            "According to the Chicago Sun Times, the United States had previously said it would redeploy the "
            "12,500 troops by the end of 2005, bringing the total remaining to about 24,500.",
            "2004-10-07",
            [
                (
                    "12,500 troops",
                    _MOVED,
                    "unplaced",
                ),
                (
                    "24,500",
                    _MOVED,
                    "unplaced",
                ),
            ],
        ),
        # a count after the whole that heads its sentence ('Of the 37,000 ..., 15,000 are deployed') is a part
        (
            "Of the 37,000 U.S. troops currently stationed on the peninsula, 15,000 are deployed in areas north "
            "of Seoul along a likely North Korean invasion route.",
            "2003-09-24",
            [
                ("37,000 U.S. troops", "US troops in Korea, 2003", "off"),
                ("15,000", "unplaced: a part of the troops in Korea, not the level", "unplaced"),
            ],
        ),
        # 'approximate' is about
        (
            "According to a congressional aide and an administration official, the Trump administration has "
            "requested an approximate 400% increase in the amount South Korea contributes to the maintenance of "
            "United States forces in Korea -- the \"Special Measures Agreement\", CNN reported on Thursday.",
            "2019-11-15",
            [("400%", "US demand of $5.0bn (2019-10) against the 2019 payment", "close")],
        ),
        # what else is paid besides it ('and providing both direct and indirect support') does not make the payment
        # another sum
        (
            "Although the issue of defense cost-sharing for U.S. Forces Korea was not discussed, he emphasized "
            "that South Korea is already paying about ₩1.5 trillion and providing both direct and indirect "
            "support.",
            "2025-07-09",
            [("₩1.5 trillion", "2025 payment", "holds")],
        ),
        # a part named by what it pays for, its share said first ('인건비는 39%인 3710억원')
        (
            "인건비는 39%인 3710억원이 지출됐는데 주한미군의 한국인 고용원에 대한 임금지원 용도다.",
            "2019-11-19",
            [
                ("39%", "unplaced: a percentage with no rise or fall named", "unplaced"),
                ("3710억원", "unplaced: a part of a payment (what it pays for), or an average of years", "unplaced"),
            ],
        ),
        # funds kept unspent ('은행에 쌓아놓은 방위비') are not a year's payment
        (
            "한편, 미군이 사용하지 않고 은행에 쌓아놓은 방위비 7천 1백억원과 관련해서 박철균 국방부 "
            "미국과장(육군 준장)은 \"이미 주한미군에서 어디에 사용할 것이라는 계획을 협상 과정에서 확인했고 "
            "앞으로 구체적으로 확인할 예정\"이라고 밝혔다.",
            "2014-01-13",
            [
                (
                    "7천 1백억원",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # a multiple asked of Japan ('일본에도 ... 4.4배 증액 요구') is unplaced
        (
            "미 포린폴리시 “트럼프 행정부, 일본에도 방위비 분담금 4.4배 증액 요구”",
            "2019-11-16",
            [("4.4배", "unplaced: a multiple asked of Japan; the record holds no demand on Japan", "unplaced")],
        ),
        # a count 'between 28,000 and 32,000 US troops' is a range
        (
            "Trump said that Seoul was at present paying about a billion dollars per year towards the cost of "
            "keeping between 28,000 and 32,000 US troops in the country.",
            "2020-04-21",
            [
                ("a billion dollars", "2019 payment (the year before the date)", "close"),
                ("28,000 and 32,000 US troops", "US troops in Korea, 2020", "holds"),
            ],
        ),
        # a percentage of what the US side put forward ('미국이 제시한 액수가 ... 15% 인상된') is its demand's
        (
            "우리 정부는 미국이 제시한 액수가 지난해에 비해 15% 인상된 것으로 받아들이기 쉽지 않은 데다 1년짜리 "
            "계약은 수용할 수 없다는 입장을 미국 측에 통보했다고 한다.",
            "2019-01-23",
            [("15%", "US demand of $1.0bn (2018-12-28) against the 2018 payment", "holds")],
        ),
        # an ultimatum (최후 통첩) is a demand
        (
            "어제(22) 미국이 주한미군 방위비 분담금으로 우리 정부에 1년간 10억 달러(11300억원)를 최후 통첩한 "
            "것으로 알려졌다.",
            "2019-01-23",
            [
                ("10억 달러", "US demand of $1.0bn (2018-12-28, for 2019)", "holds"),
                ("11300억원", "conversion of 10억 달러", "holds"),
            ],
        ),
        # a rise agreed ('13.9% 인상안에 최종합의') is no offer
        (
            "그 결과 노동법도 적용받지 못해 고용불안에 시달리는 한국인 노동자의 열악한 현실을 개선하기 위해 "
            "고용안정을 위한 인건비 증액분을 포함한 13.9% 인상안에 최종합의했으나, 주한미군은 합의정신을 "
            "무시하고 협상결과를 제대로 이행하지 않고 있다.",
            "2021-08-12",
            [("13.9%", "change 2020→2021 (the nearest of the agreements agreed by 2021-08-12)", "holds")],
        ),
        # the years of a war ('1950~1953년 한국전쟁') are no count's year
        (
            "이 대통령에게 가장 까다로운 문제는 1950~1953년 한국전쟁의 유산으로 남아 있는 2만8,500명의 주한미군 "
            "주둔 비용을 크게 늘리라는 트럼프 대통령의 요구다.",
            "2025-08-19",
            [("2만8,500명", "US troops in Korea, 2025", "holds")],
        ),
        # 'drop' is a fall, and 'last years 746.9 billion won' is the year before
        (
            "In late April, U.S. and South Korean officials initialed a two-year agreement that requires the "
            "South Koreans to pay 680.4 billion won (about $680 million) annually, an 8.9 percent drop from "
            "last years 746.9 billion won payment.",
            "2005-05-13",
            [
                ("680.4 billion won", "2005 payment", "holds"),
                ("$680 million", "conversion of 680.4 billion won", "holds"),
                ("8.9 percent", "change 2004→2005", "holds"),
                ("746.9 billion won", "2004 payment (the base of the comparison)", "holds"),
            ],
        ),
        # a Korean count that starts with 만 is ten thousand and more
        (
            "현재 주한미군에서 일하는 한국인 노동자는 만2천여 명으로, 전투 임무를 제외한 주한미군 일상 업무 "
            "대부분을 담당하고 있습니다.",
            "2020-02-23",
            [("만2천여 명", "Korean workers of USFK, 2020", "off")],
        ),
        # a multiple printed as a range holds where the record is in it
        (
            "At the previous meeting, the United States demanded that the South Korean side pay a share of "
            "nearly $ 5 billion, which is equivalent to five to six times the share in 2019.",
            "2019-12-15",
            [
                ("$ 5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
                ("five to six times", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
            ],
        ),
        # 'just under 28,500' is the level, hedged, not a limit
        (
            "There are just under 28,500 US military personnel based in South Korea, as part of a post-war "
            "arrangement.",
            "2017-02-02",
            [("28,500 US military personnel", "US troops in Korea, 2017", "holds")],
        ),
        # a -fold is never a count of times
        (
            "Washington is said to have requested a five-fold increase of Seoul's contribution up from the "
            "current 870-million dollars.",
            "2019-11-20",
            [
                ("five-fold", "US demand of $5.0bn (2019-10) against the 2019 payment", "off"),
                ("870-million dollars", "2019 payment", "holds"),
            ],
        ),
        # NATO's shares are not the SMA's changes
        (
            "To appease President Trump's dissatisfaction ahead of the summit, NATO member nations agreed to "
            "adjust the alliance's operational cost and pare down America's contribution from 22 percent to 16 "
            "percent.",
            "2019-12-02",
            [
                (
                    "22 percent",
                    "unplaced: a share or a limit, or another budget: not a change of the payment",
                    "unplaced",
                ),
                (
                    "16 percent",
                    "unplaced: a share or a limit, or another budget: not a change of the payment",
                    "unplaced",
                ),
            ],
        ),
        # what the US raised a share to is its demand
        (
            "Citing \"orders from the top,\" the U.S. then raised South Korea's share to US$1.2 billion but "
            "shortened the validity of the agreement from five years to just one.",
            "2019-01-24",
            [("US$1.2 billion", "US demand of $1.2bn (2018-12-28, for 2019)", "holds")],
        ),
        # '28-thousand-5-hundred U.S. armed forces' is a count of troops
        (
            "The committees announced the NDAA for the 2024 fiscal year on Thursday, which stated that the U.S. "
            "government maintain the current number of 28-thousand-5-hundred U.S. armed forces in South Korea.",
            "2023-12-07",
            [("28-thousand-5-hundred U.S. armed forces", "US troops in Korea, 2023", "holds")],
        ),
        # 'withdraw the roughly 30,000 U.S. troops stationed in South Korea' is all of them, the level
        (
            "Trump also said, at some point, he would like to withdraw the roughly 30,000 U.S. troops stationed "
            "in South Korea.",
            "2018-06-12",
            [("30,000 U.S. troops", "US troops in Korea, 2018", "holds")],
        ),
        # the amount a rise asked is from ('1조정도에서 6조로 올릴것을 요구') is the payment
        (
            "미국이 동맹국 한국을 방위하기위해 2만여명의 병력을 주둔시키고 있는데 한국측 부담금을 1조정도에서 "
            "6조로 올릴것을 요구했다는 것이 그리도 부당한 일입니까?",
            "2019-07-26",
            [
                ("2만여명", "US troops in Korea, 2019", "holds"),
                ("1조", "2019 payment", "holds"),
                ("6조", "US demand of $5.0bn (2019-07, for 2020)", "holds"),
            ],
        ),
        # '즉 약 13조 원' converts the amount before it
        (
            "트럼프 전 대통령은 10월 15일(현지시간) 시카고에서 열린 '시카고 경제클럽' 대담에서 \"내가 재임 "
            "중이었다면 한국은 주한미군 주둔 비용으로 연간 100억 달러, 즉 약 13조 원을 지불했을 것\"이라고 "
            "주장했습니다.",
            "2024-10-16",
            [
                ("100억 달러", "US demand of $10.0bn (2024-10-15, for 2026)", "holds"),
                ("13조 원", "conversion of 100억 달러", "holds"),
            ],
        ),
        # '이것은 ... 5배 이상' is a multiple of the sum said before
        (
            "이것은 한국이 현재 지불하는 1조 398억원에 5배 이상이 되는 액수로, 한미동맹에 심각한 도전과제를 "
            "던지고 있다.",
            "2019-11-01",
            [
                ("1조 398억원", "2019 payment", "holds"),
                ("5배", "US demand of $5.0bn (2019-10) against the 2019 payment", "holds"),
            ],
        ),
        # the amount a rise asked is from, after a year's possessive, is that year's payment
        (
            "The difference of 2020's defense cost mainly came because the U.S. is demanding South Korea "
            "increase its contribution from 2019's 1.04 trillion won ($896 million) by a large amount, with "
            "some reports saying the U.S. has requested $5 billion.",
            "2020-01-17",
            [
                ("1.04 trillion won", "2019 payment (the base of the comparison)", "holds"),
                ("$896 million", "conversion of 1.04 trillion won", "holds"),
                ("$5 billion", "US demand of $5.0bn (2019-10, for 2020)", "holds"),
            ],
        ),
        # Korea's amount heads its list item; Germany's is another country's
        (
            "실제 국회예산정책처가 2013년 내놓은 ‘한국·일본·독일의 방위비 분담금 비교’ 용역 연구보고서에 따르면 "
            "방위비 분담금은 2012년 기준으로 한국 8361억 원, 일본 4조4000억 원, 독일 6000억 원 수준이다.",
            "2017-01-20",
            [
                ("8361억 원", "2012 payment", "holds"),
                (
                    "4조4000억 원",
                    "unplaced: no figure of Japan's host-nation support for 2012 in the record",
                    "unplaced",
                ),
                ("6000억 원", "unplaced: Germany's or NATO's support or costs: not the SMA", "unplaced"),
            ],
        ),
        # Germany's contribution, in a sentence naming neither Korea nor Japan, is not the SMA
        (
            "Germany, which hosts 35,000 U.S. active-duty military personnel, contributes nearly $1 billion of "
            "the $5 billion annual costs for American military presence there, largely in the form of in-kind "
            "contributions such as the supply of facilities.",
            "2016-11-01",
            [
                (
                    "35,000 U.S. active-duty military personnel",
                    "unplaced: troops in a sentence about Japan or elsewhere, far from the level in Korea",
                    "unplaced",
                ),
                ("$1 billion", "unplaced: Germany's or NATO's support or costs: not the SMA", "unplaced"),
                ("$5 billion", "unplaced: Germany's or NATO's support or costs: not the SMA", "unplaced"),
            ],
        ),
        # troops' family members are not the level
        (
            "Esper claims Trump was about to announce plans to evacuate all 46,000 military soldiers' family "
            "members and non-combatants from South Korea but changed his mind at the last moment.",
            "2022-05-11",
            [
                (
                    "46,000 military soldiers",
                    "unplaced: troops counted with their families or civilians: not the level",
                    "unplaced",
                ),
            ],
        ),
        # an amount far from the payment and not said to be paid is another quantity
        (
            "According to official announcements by Seoul and Washington, the total costs of the U.S. Forces "
            "Korea (USFK) presence here add up to around $2 billion (2.17 trillion won), of which South Korea "
            "pays 42 percent.",
            "2018-05-23",
            [
                (
                    "$2 billion",
                    "unplaced: not said to be paid, and far from the 2018 payment (2018 payment)",
                    "unplaced",
                ),
                ("2.17 trillion won", "conversion of $2 billion", "holds"),
                (
                    "42 percent",
                    "unplaced: a share or a limit, or another budget: not a change of the payment",
                    "unplaced",
                ),
            ],
        ),
        # '28,500 strong US contingency' is a count of troops
        (
            "The new deal is expected to be negotiated by February, the media outlet reported, ensuring that "
            "the 28,500 strong US contingency in South Korea would remain for another year.",
            "2019-12-26",
            [("28,500 strong US contingency", "US troops in Korea, 2019", "holds")],
        ),
        # 'the 9,000 Koreans on U.S. bases' are USFK's Korean workers
        (
            "Jeong Eun-bo, Seoul's chief negotiator in defense negotiations, had proposed to his U.S. State "
            "Department counterpart James DeHart that South Korea cover the salary costs for the 9,000 Koreans "
            "on U.S. bases.",
            "2020-03-20",
            [("9,000 Koreans on U.S. bases", "Korean workers of USFK, 2020", "close")],
        ),
        # a count off against the stated level that the year's count holds is that reading
        (
            "Over 45,000 active duty military personnel are stationed in Japan, Germany hosts around 35,000, "
            "and 25,000 are in South Korea.",
            "2016-11-01",
            [
                (
                    "45,000 active duty military personnel",
                    _MOVED,
                    "unplaced",
                ),
                (
                    "35,000",
                    _MOVED,
                    "unplaced",
                ),
                ("25,000", "US troops in Korea, 2016 (counted)", "holds"),
            ],
        ),
        # a sum over the years a sentence opens with is not a year's payment
        (
            "From 2016 to 2019, the US military obligated $13.4 billion to house troops in the country, and "
            "Seoul contributed about $5.6 billion in support.",
            "2021-03-24",
            [
                (
                    "$13.4 billion",
                    "unplaced: far more than the SMA has ever been or been asked to be: another budget",
                    "unplaced",
                ),
                (
                    "$5.6 billion",
                    "unplaced: not Korea's SMA payment (what the US spends, trade, investment, moving bases)",
                    "unplaced",
                ),
            ],
        ),
        # a change far larger than any of the payment is another measure's
        (
            "For defense capacity building costs next year, Seoul earmarked only 7.2 billion won, or 0.9 "
            "percent of the total contribution, according to the ministry report. It marks a 72.3 percent cut "
            "from this year's budget allocated for the defense capacity building costs.",
            "2013-11-11",
            [
                (
                    "7.2 billion won",
                    "unplaced: not said to be paid, and far from the 2014 payment (2014 payment)",
                    "unplaced",
                ),
                (
                    "0.9 percent",
                    "unplaced: a share or a limit, or another budget: not a change of the payment",
                    "unplaced",
                ),
                (
                    "72.3 percent",
                    "unplaced: far larger than any change of the payment: another measure's",
                    "unplaced",
                ),
            ],
        ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "day", "expected"), PRINTED)
def test_printed_sentences_give_the_right_rows(text: str, day: str, expected: list[tuple[str, ...]]) -> None:
    assert placed(text, day) == expected


def test_a_sum_in_euros_is_not_the_sma() -> None:
    row = check(load_dataset(), "Italy covers about 350 million euros of the costs a year.", dt.date(2020, 7, 6))[0]
    assert (row.refers_to, row.verdict) == (
        "unplaced: an amount in euros: the SMA is paid in won (once in dollars)",
        "unplaced",
    )


def test_the_year_of_an_election_is_no_figures_year() -> None:
    # suspensecrime.com, 2025-04-17: the 8.3% of the deal signed before the election is 2026's rise, not 2020's.
    text = (
        "Ahead of the 2020 U.S. election, the administration of then-President Biden and South Korea signed "
        "a five-year SMA agreement, increasing Seoul’s contribution by 8.3% to $1.47 billion."
    )
    rise = check(load_dataset(), text, dt.date(2025, 4, 17))[0]
    assert (rise.refers_to, rise.record, rise.verdict) == (
        "change 2025→2026 (the nearest of the agreements agreed by 2025-04-17)",
        Decimal("8.3"),
        "holds",
    )


def test_japans_average_a_year_is_of_the_year_the_claim_speaks_of() -> None:
    text = "일본은 2027년 3월 만료되는 미국과의 주일미군 주둔 경비 협정에 따라 2110억엔을 부담하고 있다."
    assert check(load_dataset(), text, dt.date(2025, 5, 29))[0].year == 2025


def test_yeo_before_a_unit_is_more_than() -> None:
    # Hankyung, 2001-09-09: over $420M, and 2001's $440M is.
    text = (
        "9일 국방부에 따르면 2002년 방위비 분담금을 올해 주한미군이 실제 사용한 4억2천여만달러보다 5%가량 증가된 "
        "4억4천만달러 수준으로 하자는데 미국측과 합의했다."
    )
    first = check(load_dataset(), text, dt.date(2001, 9, 9))[0]
    assert first.figure is not None
    assert (first.figure.span, first.figure.value, first.figure.hedge) == (
        "4억2천여만달러",
        Decimal(420000000),
        "more than",
    )
    assert (first.refers_to, first.verdict) == ("2001 payment", "holds")


# The Korea Times via GlobalPost (2019-02-26), KBS World (2019-04-01), Yonhap (2020-04-23).
def test_a_rise_over_what_korea_offered_is_no_ratio_of_a_us_demand() -> None:
    # "8.2 percent more than what it offered": the 2019 change, not a 1998 demand's ratio (The Hindu, 2019-08-07)
    text = (
        "Seoul said in February it had agreed to hike its payment for maintaining American troops on its soil from "
        "$850 million to $924 million in 2019 — 8.2 percent more than what it offered under a previous five-year "
        "pact which expired at the end of last year."
    )
    assert placed(text, "2019-08-07")[2] == ("8.2 percent", "change 2018→2019", "holds")


def test_more_paid_past_a_conversion_in_our_money_is_a_rise() -> None:
    # "5억 달러, 우리돈 5천627억 원을 더 지불했다고": $500 million more, a rise, past its conversion (KBS World
    # Korean, 2019-02-13)
    text = (
        '그러면서 한국이 5억 달러, 우리돈 5천627억 원을 더 지불했다고 동의했고, 전화 몇 통에 5억 달러"라는 '
        "주장을 폈습니다."
    )
    assert placed(text, "2019-02-13")[:2] == [
        ("5억 달러", "difference 2018→2019", "off"),
        ("5천627억 원", "conversion of 5억 달러", "holds"),
    ]


def test_japan_s_average_over_a_span_named_is_of_its_first_year() -> None:
    # "2022~2026년 5년 동안 ... 연평균 2110억엔": the agreement's average, of JFY2022, not of 2026 (The Hankyoreh,
    # 2021-12-21)
    text = (
        "하야시 요시마사 외무상은 21일 정례 기자회견에서 일본 정부가 2022~2026년 5년 동안 주일미군 방위비 분담금으로 "
        "총 1조550억엔(연평균 2110억엔)을 부담하기로 합의했다고 밝혔다."
    )
    rows = check(load_dataset(), text, dt.date(2021, 12, 21))
    assert [(r.figure.span, r.year, r.verdict) for r in rows if r.figure] == [
        ("1조550억엔", 2022, "holds"),
        ("2110억엔", 2022, "holds"),
    ]


def test_years_named_past_a_comma_of_later_amounts_are_not_a_change_s_own() -> None:
    # "8차(2009년) 및 9차(2014년)" head the rises after them; the ₩78.7bn "전년 대비" is 2019's (a civic
    # group's notice of a broadcast, 2019-02-10)
    text = (
        "이는 전년 대비 787억 원 증액된 것으로, 8차(2009년) 및 9차(2014년) 협정 첫 해의 증액 규모인 185억 원의 "
        "4.3배, 505억 원의 1.6배에 이르는 것입니다."
    )
    assert placed(text, "2019-02-10")[0] == ("787억 원", "difference 2018→2019", "holds")


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "The U.S. and South Korea have just reached a one-year agreement on a cost-sharing deal for U.S. troops "
            "that will increase the subsidy offered by Seoul from $864 million to $920 million.",
            "2019-02-26",
            [
                ("$864 million", "2018 payment (the base of the comparison)", "holds"),
                ("$920 million", "2019 payment", "holds"),
            ],
        ),
        (
            "Under the one-year contract signed last month, South Korea will increase its contribution by "
            "eight-point-two percent from last year to about one-point-04 trillion won to maintain the "
            "28-thousand-500-member U.S. Forces Korea.",
            "2019-04-01",
            [
                ("eight-point-two percent", "change 2018→2019", "holds"),
                ("one-point-04 trillion won", "2019 payment", "holds"),
                ("28-thousand-500-member U.S. Forces", "US troops in Korea, 2019", "holds"),
            ],
        ),
        (
            "The increase of 13% from last year would bring the total share of defense costs to 1.17 trillion won "
            "(US$950.5 million).",
            "2020-04-23",
            [
                ("13%", "ROK offer of 13.0% (2020-03, for 2020)", "holds"),
                (
                    "1.17 trillion won",
                    "unplaced: a figure worked out for a case, not a fact: 2020 payment would be off",
                    "unplaced",
                ),
                ("US$950.5 million", "conversion of 1.17 trillion won", "holds"),
            ],
        ),
    ],
)
def test_a_rise_from_one_sum_to_another_and_a_case_worked_out(
    text: str, day: str, expected: list[tuple[str, ...]]
) -> None:
    assert placed(text, day) == expected


@pytest.mark.parametrize(
    ("text", "span", "value", "hedge"),
    [
        # each as printed in a sentence of the corpus
        ("pay 920 billion won ($866,5 million) in 2014", "$866.5 million", Decimal("866500000"), None),
        ("if we don't get the five billion-dollar deal", "five billion-dollar", Decimal("5000000000"), None),
        ("this year is set at KRW 1.83 trillion, an increase", "KRW 1.83 trillion", Decimal("1830000000000"), None),
        ("우리 돈 1조 천305억 원보다 낮은", "1조 천305억 원", Decimal("1130500000000"), None),
        ("전년보다 13 9% 증가한 1조 천 833억 원입니다", "1조 천 833억 원", Decimal("1183300000000"), None),
        ("90년 7천만달러, 91년 1억5천\n만달러를 미국에 제공했으며", "1억5천 만달러", Decimal("150000000"), None),
        ("spending exceeding 1 trillion yen ($8 billion)", "1 trillion yen", Decimal("1000000000000"), "more than"),
        ("should pay as much as US$10bil per year", "US$10bil", Decimal("10000000000"), "up to"),
        (
            "offered about 8-hundred-25 million U.S. dollars",
            "8-hundred-25 million U.S. dollars",
            Decimal("825000000"),
            "about",
        ),
        ("8천695억 원으로 600억 여원이 상승한 값", "600억 여원", Decimal("60000000000"), "more than"),
        # numbers in words and Korean order in English, read whole, never in part
        (
            "agreed to pay nine-hundred-26 million U.S. dollars",
            "nine-hundred-26 million U.S. dollars",
            Decimal("926000000"),
            None,
        ),
        ("There are 28-thousand and 500 troops", "28-thousand and 500 troops", Decimal("28500"), None),
        (
            "About half of the eight-thousand-600 Korean base workers have",
            "eight-thousand-600 Korean base workers",
            Decimal("8600"),
            None,
        ),
        (
            "about 12-thousand South Koreans are working at U.S. military bases",
            "12-thousand South Koreans are working",
            Decimal("12000"),
            "about",
        ),
        ("pays 1 trillion 38.9 billion won this year", "1 trillion 38.9 billion won", Decimal("1038900000000"), None),
        ("about 1.3 quadrillion won", "1.3 quadrillion won", Decimal("1300000000000000"), "about"),
        ("contribute W1.2trn to", "W1.2trn", Decimal("1200000000000"), None),
        # a number and a magnitude with no currency take the currency of the sentence's amount beside it
        (
            "at one trillion won (the new total works out to 1.03 trillion)",
            "1.03 trillion",
            Decimal("1030000000000"),
            None,
        ),
        (
            "demanded 1 trillion won, while Korea wanted the 900 billion range",
            "900 billion",
            Decimal("900000000000"),
            None,
        ),
    ],
)
def test_amounts_are_read_as_printed(text: str, span: str, value: Decimal, hedge: str | None) -> None:
    (figure,) = [f for f in read_figures(normalise(text)) if f.span == span]
    assert (figure.value, figure.hedge) == (value, hedge)


def test_a_conversion_of_an_amount_no_payment_is_of_the_year_its_sentence_names() -> None:
    # "2017년 392억 달러(약 44조원)": Korea's defense spending of 2017, converted at the day's rate
    # (JoongAng Ilbo, 2019-01-28).
    text = "한국이 2017년 392억 달러(약 44조원)를 지출해 세계 국방비 지출 상위 10위를 기록한 것으로 나타났다."
    rows = check(load_dataset(), text, dt.date(2019, 1, 28))
    assert [(r.figure.span, r.kind, r.year, r.verdict) for r in rows if r.figure] == [
        ("392억 달러", None, None, "unplaced"),
        ("44조원", "conversion", 2017, "holds"),
    ]


def test_a_share_raised_to_a_level_is_no_change() -> None:
    # "its share of the burden this year to 41 percent" is the share's level (The Dong-A Ilbo, 2007-04-26).
    text = (
        "South Korea reached an agreement with the U.S. to increase its share of the burden this year to 41 "
        "percent from last year’s 38 percent at the end of last year."
    )
    assert placed(text, "2007-04-26")[0] == ("41 percent", _BUDGET, "unplaced")


def test_the_year_before_a_year_named_is_the_base_of_a_change() -> None:
    # "2026년 분담금을 전년보다 8.3% 올리되": 2025 is the base, the change 2026's (뉴시스, 2024-10-04).
    text = (
        "오는 2026년 분담금을 전년보다 8.3% 올리되, 2027~2030년엔 현행 국방비 증가율이 아닌 물가를 연동시켜 연간 "
        "인상율이 최대 5%를 넘지 않도록 합의했다."
    )
    assert placed(text, "2024-10-04")[0] == ("8.3%", "change 2025→2026", "holds")


def test_a_two_digit_year_before_bun_heads_the_amount_after_it() -> None:
    # Maeil Shinmun, 1994-10-07: 93년분 is 1993's $220M, 94년분 1994's $260M.
    text = "이같은 액수는 93년분 2억2천만달러 94년분 2억6천만달러에 비하면 31%나 늘어난 규모이다."
    assert placed(text, "1994-10-07")[:2] == [
        ("2억2천만달러", "1993 payment", "holds"),
        ("2억6천만달러", "1994 payment", "holds"),
    ]


def test_an_amount_that_holds_of_a_demand_under_way_is_not_called_off_as_a_payment() -> None:
    # OODA Loop (2018-12-10), after the WSJ's report of 7 Dec 2018 (150% of the current amount): about
    # $1.2bn is 2018's payment off (₩960.2bn is $873.5M at 2018's rate) or that demand (holds).
    got = placed("Some sources have indicated a lower figure of about $1.2 billion.", "2018-12-10")
    why = "unplaced: ambiguous: 2018 payment (off) or US demand of 50.0% ($1.277bn) (2018-12-07, for 2019) (holds)"
    assert got == [("$1.2 billion", why, "unplaced")]


def test_a_percentage_of_the_cost_is_a_share_past_a_quotation_mark() -> None:
    # Politico, quoted on a forum (2016-09-26): Japan pays more than 90 percent "of the cost of ... nationals".
    text = (
        "Japan allocated $1.7 billion this year “in direct support” for U.S. bases, and pays more than 90 percent "
        "“of the cost of the 25,500 Japanese nationals working at the bases.”"
    )
    assert placed(text, "2016-09-26")[1] == ("90 percent", _BUDGET, "unplaced")


def test_the_first_year_of_an_agreement_agreed_in_a_year_named_is_another_reading() -> None:
    # Yonhap (2025-04-10): the 12th SMA was agreed in 2024 ("last year") and begins in 2026, whose rise is
    # 8.3% (₩1,519.2bn over ₩1,402.8bn); 2024's was 4.4%. Not off: it could be either, and it is 2026's
    # exactly.
    text = (
        "After multiple rounds of talks last year, Seoul and Washington already reached an agreement on an 8.3 "
        "percent increase for the upkeep of U.S. Forces Korea (USFK), with Seoul shouldering 1.52 trillion won "
        "(US$1.14 billion)."
    )
    got = placed(text, "2025-04-10")
    assert got[0] == ("8.3 percent", "change 2025→2026", "holds")


def test_south_korean_won_is_won() -> None:
    # Watching America (translation of The Hankyoreh), 2017-05-17: $1bn at the day's rate, as printed.
    text = (
        "President Donald Trump told Reuters in an interview yesterday that South Korea should pay for the "
        "$1 billion (approximately 1.13 trillion South Korean won) Terminal Altitude Area Defense system."
    )
    assert placed(text, "2017-05-17")[1] == ("1.13 trillion South Korean won", "conversion of $1 billion", "holds")


def test_a_rise_from_a_year_is_a_change_though_a_later_clause_names_a_demand() -> None:
    # The issue's example with a demand after it: 8.3% is the 2026 change (₩1,519.2bn over ₩1,402.8bn), not
    # the $10bn demand's ratio to 2025's payment, nor ambiguous with it.
    text = (
        "Seoul will pay 1.5192 trillion won in 2026, up 8.3% from 2025, after Trump said Korea should pay "
        "$10 billion a year."
    )
    assert placed(text, "2024-10-16") == [
        ("1.5192 trillion won", "2026 payment", "holds"),
        ("8.3%", "change 2025→2026", "holds"),
        ("$10 billion", "US demand of $10.0bn (2024-10-15, for 2026)", "holds"),
    ]


def test_the_us_government_is_not_korea_s() -> None:
    # "미국 정부는" names the US alone: a bare 정부 is Korea's government only where no other country names it.
    from smacalc.calc import cues

    assert cues.US.search("미국 정부는") is not None
    assert cues.KOREA.search("미국 정부는") is None
    assert cues.KOREA.search("정부는 1조원을 제시") is not None


def test_a_change_said_as_an_amount_may_be_of_each_year_named() -> None:
    # KBS (2019-02-10): 증액 규모인 185억 원 is the rise of 2009 (₩760.0bn - ₩741.5bn), the first year of the 8th
    # SMA, exactly; it is not called off as the difference 2009→2014 the two years named would make it.
    text = (
        "이는 전년 대비 787억 원 증액된 것으로, 8차(2009년) 및 9차(2014년) 협정 첫 해의 증액 규모인 185억 원의 "
        "4.3배, 505억 원의 1.6배에 이르는 것입니다."
    )
    got = placed(text, "2019-02-10")
    assert got[0] == ("787억 원", "difference 2018→2019", "holds")
    assert got[1] == ("185억 원", "difference 2008→2009", "holds")


@pytest.mark.parametrize(
    ("text", "day", "span", "off"),
    [
        # in the range: 0.0 (Yonhap, 2020-04-21; 조선일보, 2025-07-10)
        (
            "\"Now they've offered us a certain amount of money and I've rejected it,\" Trump said at a White House "
            "news conference, adding that Seoul was paying about a billion dollars a year towards a U.S. troop "
            "presence of 28,000 to 32,000 personnel.",
            "2020-04-21",
            "28,000 to 32,000 personnel",
            "0.0",
        ),
        (
            "그러면서 “트럼프 대통령은 우리나라 주둔 미군이 4만5000명이라 했다. 그러나 실은 2만8000명이다”라며 “또 "
            "미국이 우리나라에 무상 군사 지원 제공하고 있다 했는데, 우리나라는 해마다 1조 수천억원의 분담금을 "
            "지급 중이다. 기지 무상 제공, 첨단 무기 구입 등 제반 간접 비용 감안하면 미국 부담보다 우리 부담이 "
            "훨씬 크다”라고 지적했다.",
            "2025-07-10",
            "1조 수천억원",
            "0.0",
        ),
        # beside it: by its nearer end, 4,500 against the 4,000 furloughed (Yonhap, 2020-04-01)
        (
            "About 4,500-5,000 employees were forced to go on unpaid leave starting Wednesday as Seoul and "
            "Washington have failed to work out a new Special Measures Agreement (SMA) that covers wages of South "
            "Korean employees and other costs of the upkeep of about 28,500 U.S. troops stationed here.",
            "2020-04-01",
            "4,500-5,000 employees",
            "12.5",
        ),
    ],
)
def test_a_range_is_off_by_its_nearer_end(text: str, day: str, span: str, off: str) -> None:
    assert [(r[4], r[3]) for r in rows(text, day) if r[0] == span] == [("holds" if off == "0.0" else "close", off)]


def test_an_attempt_to_get_korea_to_pay_an_amount_is_a_demand() -> None:
    # The Washington Times (2020-06-02): no recorded US demand is near $1.6 billion (the nearest: $1.2bn and
    # ₩1.4tn), so the demand is unplaced; it had been set against the 2020 payment as off.
    text = (
        "The Trump administration last year attempted to get South Korea to pay about $1.6 billion to house U.S. "
        "troops but later agreed to $1 billion with the understanding that the SMA would be negotiated for 2020."
    )
    row = rows(text, "2020-06-02")[0]
    assert row[:2] == ("$1.6 billion", None)
    assert row[2].startswith("unplaced: no recorded US demand near $1.6 billion made by 2020-06-02")


def test_the_level_a_cut_was_from_is_a_level() -> None:
    # 동아일보 (2008-04-16): 37,500 before the cuts agreed in 2004 is a level, against 2004's count of 40,840
    # (-8.2%, close); the cuts themselves are parts.
    text = (
        "한미 양국이 2004년 감축 계획에 합의한 뒤 주한미군은 3만7500명에서 2004년 5000명, 2005년 3000명, 2006년 "
        "1000명이 각각 줄어 지난해부터 2만8500명을 유지하고 있다."
    )
    got = rows(text, "2008-04-16")
    assert got[0] == ("3만7500명", "troops", "US troops in Korea, 2004", "-8.2", "close")
    assert [r[4] for r in got[1:4]] == ["unplaced"] * 3


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("방위비 분담금은 1조원대로 올라섰다", "1조원대", "1000000000000", "2000000000000"),
        ("1조300억 원대로 타결", "1조300억 원대", "1030000000000", "1040000000000"),
        ("9천억원대를 제시", "9천억원대", "900000000000", "1000000000000"),
        ("해마다 1조 수천억원의 분담금", "1조 수천억원", "1200000000000", "1900000000000"),
    ],
)
def test_a_korean_word_after_an_amount_makes_it_a_range(text: str, span: str, low: str, high: str) -> None:
    # 대 is the range of the amount's last digit; 수천억 two to nine of that unit. Not 대비 (compared with).
    (figure,) = read_figures(text)
    assert (figure.span, str(figure.value), str(figure.upper)) == (span, low, high)


def test_dae_bi_after_an_amount_is_no_range() -> None:
    (figure,) = read_figures("1조389억 원 대비 8.3% 늘어난")[:1]
    assert (figure.span, figure.upper) == ("1조389억 원", None)


def test_the_reader_gives_figures_in_the_order_they_stand() -> None:
    # Watching America (2018-03-29): a bare count read last ("32,000", after troops are named) stands
    # before a count read first ("28,500 troops"); the figures come back in the text's order, as the
    # placing rules look them up by place.
    text = (
        "Officially speaking, since Trump cited the number of U.S. troops in Korea as 32,000, there are actually "
        "28,500 troops, so it looks like his remark was simply an unscripted statement without any thorough review "
        "beforehand."
    )
    assert [f.span for f in read_figures(text)] == ["32,000", "28,500 troops"]


def test_an_article_of_a_law_is_no_amount() -> None:
    # Hankyung, 2020-04-29: the law's articles ("4조", "1조") before the furloughed workers are no won.
    text = (
        "지원 대상은 '한미상호방위조약 4조에 의한 시설과 구역 및 지위에 관한 협정'에 따라 고용된 한국 국적의 "
        "근로자와 '한·미 간 한국노무단 지위에 관한 협정' 1조에 따른 고용원 4000여명이다."
    )
    assert [f.span for f in read_figures(text)] == ["4000여명"]
    assert [f.span for f in read_figures("제1조에 따라 1조원을 낸다")] == ["1조원"]


def test_two_amounts_as_the_ends_of_a_range_are_one_figure() -> None:
    # FactCheck.org, 2019-12-05: "Japan pays $1.7 billion to $2.1 billion per year toward the cost of having U.S.
    # troops stationed in the country": one range, holding Japan's ¥196.02bn a year ($1.803bn on the day).
    ranges = {
        "Japan pays $1.7 billion to $2.1 billion per year": (
            "$1.7 billion to $2.1 billion",
            "1700000000",
            "2100000000",
        ),
        "Japan pays $1.7 to $2.1 billion per year": ("$1.7 to $2.1 billion", "1700000000", "2100000000"),
        "between $1.9 billion and $2.5 billion": ("$1.9 billion and $2.5 billion", "1900000000", "2500000000"),
    }
    for text, (span, low, high) in ranges.items():
        assert [(f.span, f.value, f.upper) for f in read_figures(text)] == [(span, Decimal(low), Decimal(high))]
    # a rise from one to the other, and a wider pair, are two figures
    assert len(read_figures("raise it from $1 billion to $1.5 billion")) == 2
    assert len(read_figures("$1 billion to $5 billion")) == 2
    text = (
        "Japan pays $1.7 billion to $2.1 billion per year toward the cost of having U.S. troops stationed in the "
        "country, while the U.S. spends $1.9 billion to $2.5 billion."
    )
    rows = check(load_dataset(), text, dt.date(2019, 12, 5))
    assert [(r.figure.span if r.figure else None, r.kind, r.verdict) for r in rows] == [
        ("$1.7 billion to $2.1 billion", "japan", "holds"),
        ("$1.9 billion to $2.5 billion", None, "unplaced"),  # what the US spends
    ]


def test_a_rate_stated_without_one_before_the_dollar_is_read() -> None:
    # Hankyung, 2005-04-26: "7천4백69억원(달러당 1천2백원 기준 환산)": 2004's $620M at ₩1,200 is ₩744.0bn.
    text = (
        "한·미 양국은 최근 주한미군분담금 협상을 벌여 우리측이 지난해 지불한 "
        "7천4백69억원(달러당 1천2백원 기준 환산)보다 8.9% 줄어든 연간 6천8백4억원으로 확정했다."
    )
    rates = [f for f in read_figures(text) if f.kind == "rate"]
    assert [(f.span, f.value) for f in rates] == [("달러당 1천2백원", Decimal(1200))]
    first = check(load_dataset(), text, dt.date(2005, 4, 26))[0]
    assert (first.year, first.record, first.verdict) == (2004, Decimal("744000000000"), "holds")


def test_a_bare_korean_number_under_a_hundred_million_is_no_amount() -> None:
    # JoongAng, 2019-12-03: a headline's counts printed with no unit are not won.
    text = "현역 2만 6500명 주둔…2013년 3만→2017년초 2만 3000 줄어"
    assert [f.span for f in read_figures(text)] == ["2만 6500명"]
    assert [f.span for f in read_figures("방위비 분담금 1조5192억 규모")] == ["1조5192억"]


def test_an_amount_a_year_of_a_span_is_of_the_year_it_fits_best() -> None:
    rows = check(load_dataset(), "그는 9602억원을 2014년부터 2018년까지 냈다고 말했다.", dt.date(2019, 3, 1))
    assert [(r.year, r.verdict) for r in rows] == [(2018, "holds")]  # 2018's ₩960.2bn, not 2014's ₩920bn
    # a span the record does not hold gives no row of it, and no error
    rows = check(load_dataset(), "Seoul paid 960 billion won a year from 1985 to 1989.", dt.date(2019, 3, 1))
    assert [(r.year, r.verdict) for r in rows] == [(None, "unplaced")]


def test_a_part_named_by_what_it_pays_for_is_no_payment() -> None:
    # Hankyung, 1993-11-04: the labour-cost part of the contribution, not the year's payment.
    text = "주한미군 고용 노무비 분담액은 지난해 6백16억원이었으며 내년도에는 6백40억원이 책정돼 있다."
    first = check(load_dataset(), text, dt.date(1993, 11, 4))[0]
    assert (first.figure is not None and first.figure.span, first.verdict) == ("6백16억원", "unplaced")
    assert first.refers_to == "unplaced: a part of a payment (what it pays for), or an average of years"
