"""Totals and the years of a selection (--total, --year, --years), checked against sums worked by
hand from the record's amounts."""

from decimal import Decimal

import pytest

from smacalc.calc.escalation import audit, project, totals
from smacalc.calc.talks import history
from smacalc.errors import InputError
from smacalc.money import Money
from smacalc.record.dataset import Assumptions
from smacalc.record.load import load_dataset

BN = Decimal("1E9")


def _sums(rows):
    return totals((r.sma, r.year, r.amount, r.basis) for r in rows)


def test_the_12th_sma_at_2_5_percent_sums_to_7960_1_billion_won() -> None:
    # By hand: 2026 ₩1,519.2bn (official); 2027 × 1.021 (2025 CPI) = 1,551.1032 -> 1,551.1;
    # 2028 × 1.025 = 1,589.8775 -> 1,589.9; 2029 -> 1,629.6475 -> 1,629.6; 2030 -> 1,670.34 -> 1,670.3
    # (each rounded to ₩100 million); the sum: 7,960.1.
    rows = project(load_dataset(), Assumptions(plain={"cpi": Decimal("2.5")}), sma=12)
    [total] = _sums(rows)
    assert total.amount == Money(Decimal("7960.1") * BN, "KRW")
    assert (total.sma, total.first, total.last, total.years) == (12, 2026, 2030, 5)
    assert total.bases == {"official": 1, "rule": 1, "projected": 3}


def test_the_11th_sma_sums_its_six_years() -> None:
    # 1,038.9 + 1,183.3 + 1,247.2 + 1,289.6 + 1,346.3 + 1,402.8 (₩bn; 2023-2024 by the rule).
    [total] = _sums(project(load_dataset(), sma=11))
    assert total.amount == Money(Decimal("7508.1") * BN, "KRW")
    assert total.bases == {"official": 4, "rule": 2}


def test_dollars_and_won_are_never_added_together() -> None:
    rows = project(load_dataset(), years=(2001, 2006))
    found = {(t.sma, t.amount.currency): t.amount.amount for t in _sums(rows)}
    # 4th SMA 2001: $440M; 5th SMA 2002-2004: $470M + $550M + $620M; 6th SMA 2005-2006: ₩680.4bn
    # twice. The won is one agreement's alone, so it has no overall total of its own; the dollar
    # spans the 4th and 5th.
    assert found == {
        (4, "USD"): Decimal("440E6"),
        (5, "USD"): Decimal("1640E6"),
        (6, "KRW"): Decimal("1360.8") * BN,
        (None, "USD"): Decimal("2080E6"),
    }


def test_one_year_is_computed_as_in_the_whole_record() -> None:
    data = load_dataset()
    [row] = project(data, years=(2024, 2024))
    whole = {r.year: r for r in project(data)}
    assert row == whole[2024]
    assert row.amount == Money(Decimal("1346.3") * BN, "KRW") and row.change_pct == Decimal("4.4")


@pytest.mark.parametrize(("sma", "years"), [(None, (1990, 1991)), (11, (2026, 2026)), (None, (2030, 2031))])
def test_years_outside_the_selection_are_refused(sma, years) -> None:
    with pytest.raises(InputError, match="outside"):
        project(load_dataset(), sma=sma, years=years)


def test_audit_and_history_keep_the_years_asked() -> None:
    data = load_dataset()
    assert [r.year for r in audit(data, (2023, 2024))] == [2023, 2024]
    dated = history(data, years=(2020, 2020))
    assert dated and all(m.date.startswith("2020") for m in dated)
    assert len(dated) < len(history(data))
