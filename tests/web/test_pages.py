"""Every page and endpoint of smacalc's Datasette plugin through Datasette's test client: the
status, the record's figures as the page shows them, both languages, the escaping and the limits."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import pytest

import smacalc
from conftest import datasette_over, get
from smacalc.calc.claims import MAX_TEXT

CLAIM = "Seoul will pay 1.5192 trillion won in 2026, up 8.3% from 2025."
CHECKED = "/-/check?" + urlencode({"text": CLAIM, "date": "2024-11-05"})


def cells(html: str, css: str) -> list[str]:
    """The texts of the cells of class ``css``."""
    return re.findall(rf'<td class="{css}">(.*?)</td>', html, re.S)


def test_the_plugin_is_registered_through_its_entry_point(ds: Any) -> None:
    plugins = get(ds, "/-/plugins.json").json()
    mine = [p for p in plugins if p["name"] == "smacalc"]
    assert mine and mine[0]["static"] and mine[0]["templates"]
    assert {"register_routes", "canned_queries"} <= set(mine[0]["hooks"])


def test_home_lists_the_twelve_agreements_the_chart_and_the_latest_year(ds: Any) -> None:
    page = get(ds, "/")
    assert page.status == 200 and page.content_type.startswith("text/html")
    links = re.findall(r'<a href="/-/sma/(\d+)">\1</a>', page.text)
    assert links == [str(n) for n in range(1, 13)]
    assert "Special Measures Agreement" in page.text
    assert page.text.count("<svg") == 1 and "What Seoul pays toward US forces in Korea, 1991-2030</text>" in page.text
    assert "The latest official year is 2026: ₩1,519.2bn." in page.text
    assert 'href="http://news.zumst.com/articles/93628432"' in page.text  # its source, to open
    for series in ("DEXKOUS", "AEXKOUS", "CPIAUCNS"):  # the freshness of the rates: update --status
        assert f'<td class="nowrap">{series}</td>' in page.text
    for name in ("payments", "positions", "events", "record_info", "payments_usd"):
        assert f'<a href="/sma/{name}">{name}</a>' in page.text
    for query in ("agreement_total", "payments_in_dollars", "demand_gaps"):
        assert f'href="/sma/{query}"' in page.text


def test_home_in_korean(ds: Any) -> None:
    page = get(ds, "/?lang=ko")
    assert page.status == 200 and '<div class="smacalc" lang="ko">' in page.text
    assert "공식 금액이 발표된 최근 연도는 2026년입니다: 1조5192억원." in page.text
    assert "<h2>협정</h2>" in page.text and "분담금 추이" in page.text
    assert '<a href="/-/sma/12?lang=ko">12</a>' in page.text
    assert '<a href="/" id="lang-switch" hreflang="en">English</a>' in page.text
    assert ">한국의 주한미군 방위비 분담금, 1991-2030년</text>" in page.text  # the chart, in Korean
    assert ">1조5000억원</text>" in page.text


def test_home_is_taken_over_only_for_smacalcs_database(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as db:
        db.execute("create table things (id integer primary key)")
    ds = datasette_over(other)
    page = get(ds, "/")
    assert page.status == 200 and "smacalc" not in page.text and 'href="/other"' in page.text
    assert "agreement_total" not in get(ds, "/other").text  # no canned queries on another database
    assert get(ds, "/-/check").status == 200  # check needs no database: it reads the record


def test_an_agreement_page(ds: Any) -> None:
    page = get(ds, "/-/sma/12")
    assert page.status == 200
    assert "<h1>12th SMA</h1>" in page.text
    numbers = cells(page.text, "num")
    assert numbers[:5] == ["12", "2026", "₩1,519.2bn", "+8.3%", "–"]  # 2026, official, and its change
    assert cells(page.text, "nowrap")[:8] == ["", "official", "", "", "rule", "", "", "projected"]  # each basis
    assert 'href="http://news.zumst.com/articles/93628432"' in page.text  # its source
    # the US demand of the talks, as stated, in won, against the amount agreed (gap --sma 12)
    assert numbers[25:31] == ["$10.0bn", "₩13,634.4bn", "2026", "₩1,346.3bn", "+912.7%", "₩1,519.2bn"]
    assert '<td class="nowrap">8.97</td>' in page.text
    assert "<h2>12th SMA: demands and offers</h2>" in page.text
    assert "<h2>SMA 12: the talks, in date order</h2>" in page.text
    assert '<td class="nowrap">2024-04-23</td>' in page.text  # the first round, in the timeline
    assert '<td class="">1st round of talks</td>' in page.text
    assert 'href="/sma/payments?sma=12"' in page.text


def test_an_agreement_page_in_korean(ds: Any) -> None:
    page = get(ds, "/-/sma/12?lang=ko")
    assert page.status == 200
    assert "1조5192억원" in cells(page.text, "num")
    assert "<h1>제12차 방위비분담특별협정</h1>" in page.text
    assert "<h2>제12차 방위비분담특별협정: 분담금</h2>" in page.text and "<h2>제12차 협정 협상 일지</h2>" in page.text
    assert '<td class="nowrap">호놀룰루</td>' in page.text
    assert cells(page.text, "nowrap")[:2] == ["", "공식"]


def test_the_talks_are_put_against_the_amount_agreed(ds: Any) -> None:
    page = get(ds, "/-/sma/11")
    data = smacalc.load_dataset()
    first = smacalc.position_gaps(data, 11)[0]
    assert first.ratio_to_agreed == Decimal("5.61")
    assert "5.61" in page.text and "+461.1%" in page.text and "$5.0bn" in page.text


def test_an_agreement_without_recorded_talks(ds: Any) -> None:
    page = get(ds, "/-/sma/6")
    assert page.status == 200 and "No demand or offer of these talks is recorded." in page.text


@pytest.mark.parametrize("sma", ["13", "0", "abc", "１２", "12%3Cscript%3E", "1%0A2"])
def test_an_unknown_agreement_is_a_404_in_one_line(ds: Any, sma: str) -> None:
    page = get(ds, f"/-/sma/{sma}")
    assert page.status == 404
    (line,) = re.findall(r'<p class="smacalc-error">(.*?)</p>', page.text, re.S)
    assert "the record has agreements 1 to 12." in line and "\n" not in line
    assert "<script>" not in page.text.split("<footer")[0].replace("<script>\ndocument", "")
    ko = get(ds, f"/-/sma/{sma}?lang=ko")
    assert ko.status == 404 and "기록에는 1차부터 12차까지 있습니다." in ko.text


def test_check_shows_the_verdicts_with_their_working(ds: Any) -> None:
    page = get(ds, CHECKED)
    assert page.status == 200
    assert cells(page.text, "verdict verdict-holds") == ["holds", "holds"]
    assert cells(page.text, "nowrap") == [
        "1.5192 trillion won",
        "payment",
        "–",
        "₩1,519.2bn",
        "8.3%",
        "increase",
        "–",
        "8.3%",
    ]
    assert cells(page.text, "") == ["2026 payment", "–", "change 2025→2026", "–"]  # what each refers to; the working
    assert "+0.0%" in cells(page.text, "num")
    assert 'href="http://news.zumst.com/articles/93628432"' in page.text  # the record's source, to open
    assert 'name="text" rows="4" maxlength="10000">' + CLAIM + "</textarea>" in page.text
    assert 'type="date" value="2024-11-05"' in page.text
    assert "Based on 2024-11-05 (--date)" in page.text or "2024-11-05" in page.text


def test_check_in_korean(ds: Any) -> None:
    page = get(ds, CHECKED + "&lang=ko")
    assert page.status == 200
    assert cells(page.text, "verdict verdict-holds") == ["사실", "사실"]
    assert cells(page.text, "nowrap")[:4] == ["1.5192 trillion won", "분담금", "–", "1조5192억원"]
    assert '<input type="hidden" name="lang" value="ko">' in page.text  # a second check stays in Korean
    assert "<h1>문장 확인</h1>" in page.text


def test_the_language_switch_keeps_the_page_and_its_query(ds: Any) -> None:
    page = get(ds, CHECKED)
    switch = re.search(r'<a href="([^"]*)" id="lang-switch"', page.text)
    assert switch is not None
    target = switch.group(1).replace("&amp;", "&")
    assert target == CHECKED + "&lang=ko"
    back = re.search(r'<a href="([^"]*)" id="lang-switch"', get(ds, target).text)
    assert back is not None and back.group(1).replace("&amp;", "&") == CHECKED


def test_check_json_gives_the_rows_of_check_format_json(ds: Any, run: Any) -> None:
    page = get(ds, CHECKED.replace("/-/check?", "/-/check.json?"))
    assert page.status == 200 and page.content_type.startswith("application/json")
    cli = run("check", CLAIM, "--date", "2024-11-05", "--format", "json")
    assert cli.exit_code == 0
    assert page.text == cli.stdout  # the same rows, key for key, byte for byte
    rows = page.json()
    assert [r["verdict"] for r in rows] == ["holds", "holds"] and rows[0]["record"] == 1519200000000
    assert get(ds, CHECKED.replace("/-/check?", "/-/check.json?") + "&lang=ko").text == page.text


def test_the_json_link_of_a_check_page_gives_its_rows(ds: Any) -> None:
    link = re.search(r'<a href="([^"]*)" id="check-json">', get(ds, CHECKED).text)
    assert link is not None
    assert [r["verdict"] for r in get(ds, link.group(1).replace("&amp;", "&")).json()] == ["holds", "holds"]


def test_check_without_text_is_the_form(ds: Any) -> None:
    page = get(ds, "/-/check")
    assert page.status == 200 and "<textarea" in page.text and "smacalc-result" not in page.text
    empty = get(ds, "/-/check.json?text=")
    assert empty.status == 400 and empty.json() == {
        "ok": False,
        "error": "The text to check is empty; give a sentence with figures.",
    }


SCRIPT = "<script>alert(1)</script> Seoul pays $1 billion"


def test_what_a_user_sends_is_shown_as_text(ds: Any) -> None:
    page = get(ds, "/-/check?" + urlencode({"text": SCRIPT, "date": "2024-11-05"}))
    assert page.status == 200
    assert "<script>alert(1)" not in page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Seoul pays $1 billion</textarea>" in page.text
    assert '<blockquote class="smacalc-claim">&lt;script&gt;alert(1)&lt;/script&gt;' in page.text
    quoted = get(ds, "/-/check?" + urlencode({"text": '"><img src=x onerror=alert(1)>'}))
    assert "<img src=x" not in quoted.text and "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in quoted.text


def test_a_text_over_the_limit_gets_its_message_not_a_500(ds: Any) -> None:
    long = "Seoul pays $1 billion. " * (20_000 // 23 + 1)
    long = long[:20_000]
    page = get(ds, "/-/check?" + urlencode({"text": long}))
    assert page.status == 400
    assert "The text has 20,000 characters; smacalc reads claims of up to 10,000." in page.text
    assert get(ds, "/-/check?lang=ko&" + urlencode({"text": long})).text.count("문장이 20,000자입니다.") == 1
    api = get(ds, "/-/check.json?" + urlencode({"text": long}))
    assert api.status == 400 and "up to 10,000" in api.json()["error"]
    at_limit = get(ds, "/-/check?" + urlencode({"text": "x" * MAX_TEXT}))
    assert at_limit.status == 200


@pytest.mark.parametrize(
    ("day", "said"),
    [
        ("2024-13-05", "Cannot read the date '2024-13-05': give a day as YYYY-MM-DD, such as 2024-11-05."),
        ("tomorrow", "Cannot read the date 'tomorrow'"),
        ("1980-01-01", "The date 1980-01-01 is outside the record&#39;s years (1991-2030)."),
        ("<b>x</b>", "Cannot read the date &#39;&lt;b&gt;x&lt;/b&gt;&#39;"),
    ],
)
def test_a_bad_date_is_a_400_in_one_line(ds: Any, day: str, said: str) -> None:
    page = get(ds, "/-/check?" + urlencode({"text": CLAIM, "date": day}))
    assert page.status == 400
    (line,) = re.findall(r'<p class="smacalc-error">(.*?)</p>', page.text, re.S)
    assert said.replace("'", "&#39;") in line or said in line
    api = get(ds, "/-/check.json?" + urlencode({"text": CLAIM, "date": day}))
    assert api.status == 400 and api.json()["ok"] is False


@pytest.mark.parametrize(
    "path", ["/-/sma/12/more", "/-/check.csv", "/nowhere", "/sma/no_such_table", "/nowhere/x/y/z", "/-/nothing"]
)
def test_an_unknown_path_is_a_404_page_in_one_line(ds: Any, path: str) -> None:
    page = get(ds, path)
    assert page.status == 404
    (line,) = re.findall(r'<p class="smacalc-error">(.*?)</p>', page.text, re.S)
    assert line.startswith("No such page.") and "\n" not in line
    api = get(ds, path + ".json")
    assert api.status == 404 and api.json()["ok"] is False


def test_no_page_loads_anything_from_another_host(ds: Any) -> None:
    for path in ("/", "/?lang=ko", "/-/sma/12", CHECKED, "/-/sma/99"):
        html = get(ds, path).text
        loaded = re.findall(r'<(?:link|script|img|iframe|source)\b[^>]*\b(?:href|src)="([^"]*)"', html)
        loaded += re.findall(r'url\(([^)]*)\)|@import\s+"([^"]*)"', html)  # type: ignore[arg-type]
        assert loaded and all(isinstance(u, str) and u.startswith("/") for u in loaded), (path, loaded)
    css = get(ds, "/-/static-plugins/smacalc/smacalc.css")
    assert css.status == 200 and ".verdict-off" in css.text and "http" not in css.text and "@import" not in css.text


def test_the_database_is_immutable_and_no_page_writes(exported: Path, ds: Any) -> None:
    before = hashlib.sha256(exported.read_bytes()).hexdigest()
    listed = {db["name"]: db for db in get(ds, "/-/databases.json").json()}
    assert listed["sma"]["is_mutable"] is False
    for path in ("/", "/-/sma/11", CHECKED, "/sma/demand_gaps", "/sma/payments?sma=12"):
        assert get(ds, path).status == 200
    assert hashlib.sha256(exported.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in exported.parent.iterdir()) == ["sma.db"]


def query(ds: Any, name: str, **params: str) -> list[dict[str, Any]]:
    page = get(ds, f"/sma/{name}.json?_shape=array&" + urlencode(params))
    assert page.status == 200, page.text[:300]
    rows: list[dict[str, Any]] = page.json()
    return rows


def test_the_total_of_an_agreement(ds: Any) -> None:
    data = smacalc.load_dataset()
    (row,) = query(ds, "agreement_total", sma="12")
    rows = smacalc.project(data, sma=12)
    assert row["total"] == sum(r.amount.amount for r in rows) and row["currency"] == "KRW"
    assert (row["first_year"], row["last_year"], row["years"]) == (2026, 2030, 5)
    assert len(query(ds, "agreement_total", sma="")) == 12


def test_the_payments_in_dollars(ds: Any) -> None:
    rows = query(ds, "payments_in_dollars")
    assert len(rows) == 40 and rows[0]["year"] == 1991 and rows[0]["amount_usd"] == rows[0]["amount"]
    by_year = {r["year"]: r for r in rows}
    assert by_year[2019]["amount"] == 1038900000000 and by_year[2019]["krw_per_usd"] == 1165.8016
    assert by_year[2019]["amount_usd"] == round(1038900000000 / 1165.8016, 2)


def test_the_gap_of_every_demand_agrees_with_gap_sma(ds: Any) -> None:
    data = smacalc.load_dataset()
    rows = query(ds, "demand_gaps")
    expected = [
        (g.position.date, Decimal(str(g.ratio_to_agreed)))
        for sma in range(1, 13)
        for g in smacalc.position_gaps(data, sma)
        if g.position.party == "US" and g.position.amount is not None
    ]
    got = [(r["date"], Decimal(str(r["ratio_to_agreed"]))) for r in rows]
    assert got == sorted(expected, key=lambda pair: pair[0]) or sorted(got) == sorted(expected)
    assert len(rows) == 16 and ("2019-07", Decimal("5.61")) in got and ("2025-07-08", Decimal("9.36")) in got


def test_every_table_through_datasettes_own_views(ds: Any) -> None:
    for table in ("payments", "agreements", "positions", "events", "sources", "exchange_rates"):
        page = get(ds, f"/sma/{table}")
        assert page.status == 200, table
    assert get(ds, "/sma/payments.json?_shape=array&year=2026").json()[0]["amount"] == 1519200000000


def test_quoting_of_the_check_address(ds: Any) -> None:
    korean = "미국은 50억 달러를 요구했다"
    page = get(ds, "/-/check?text=" + quote(korean) + "&date=2019-12-01&lang=ko")
    assert page.status == 200 and korean in page.text
    rows = get(ds, "/-/check.json?text=" + quote(korean) + "&date=2019-12-01").json()
    assert rows[0]["claimed"] == 5000000000 and rows[0]["unit"] == "USD"
    assert json.dumps(rows, ensure_ascii=False).count(korean) == len(rows)
