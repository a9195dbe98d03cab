"""`smacalc categories`: the published split of the SMA into labor, construction and logistics,
checked against the year's official amount; years with no published split stay empty."""

import json
from decimal import Decimal

from smacalc.calc.categories import categories as split
from smacalc.record.load import load_dataset


def test_the_published_parts_sum_to_the_official_amounts() -> None:
    rows = {r.row.year: r for r in split(load_dataset(), sma=9)}
    # 2015 (2018 Defense White Paper, appendix 17): ₩3,490억 + 4,148억 + 1,682억 = ₩9,320억.
    assert {c: m.amount for c, m in rows[2015].parts.items()} == {
        "labor": Decimal("349000000000"),
        "construction": Decimal("414800000000"),
        "logistics": Decimal("168200000000"),
    }
    # 2018 (chart 5-2): ₩371bn + 444.2bn + 145bn = ₩960.2bn.
    assert sum(m.amount for m in rows[2018].parts.values()) == rows[2018].row.amount.amount
    assert (rows[2015].status, rows[2018].status, rows[2016].status) == ("published", "published", "not in the record")
    assert (rows[2015].share("labor"), rows[2018].share("labor")) == (Decimal("37.4"), Decimal("38.6"))


def test_years_with_no_published_split_are_left_empty_and_said(run) -> None:
    got = json.loads(run("categories", "--sma", "9", "--format", "json").stdout)
    assert [(r["year"], r["status"]) for r in got] == [
        (2014, "not in the record"),
        (2015, "published"),
        (2016, "not in the record"),
        (2017, "not in the record"),
        (2018, "published"),
    ]
    assert got[0]["labor"] is None and got[1]["labor"] == 349000000000
    table = " ".join(run("categories", "--sma", "9", "--format", "table", env={"COLUMNS": "120"}).stdout.split())
    assert "never interpolated" in table and "Not in the record: 2014, 2016-2017." in table
