"""What a check row refers to and the basis of its rate, in Korean: calc writes them in English, and the
table in Korean reads them back by the templates of render/catalogue_check.py. Every row the corpus of
printed sentences gives holds the two together: each text calc writes fits a template (the record's own
notes on its troop counts, data in English, excepted) and the template writes it back word for word."""

from __future__ import annotations

import datetime as dt
import re

import corpus
import pytest

from smacalc.calc.claims import check, payments_by_year
from smacalc.record.load import load_dataset
from smacalc.render.messages import text
from smacalc.render.relations import relation


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    """Each row's kind, the figures of its sentence as printed, what it refers to and its basis."""
    data = load_dataset()
    payments = payments_by_year(data)
    found = []
    for e in corpus.entries():
        checks = check(data, e["text"], dt.date.fromisoformat(e["date"]), payments=payments)
        spans = tuple(sorted((c.figure.span for c in checks if c.figure), key=len, reverse=True))
        found += [(c.kind, spans, c.refers_to, c.basis) for c in checks]
    return found


def test_every_text_check_writes_is_read_back_word_for_word_and_shown_in_korean(
    rows: list[tuple[str, tuple[str, ...], str | None, str | None]],
) -> None:
    unread = set()
    for kind, spans, refers_to, basis in rows:
        for said in (refers_to, None if kind == "troops" else basis):  # a troop count's basis is the record's note
            if said is None:
                continue
            shown = relation(said)
            assert text(shown, "en") == said
            # English left in the Korean, the figures as printed (quoted in it) aside: a text no template read
            korean = text(shown, "ko")
            for span in spans:
                korean = korean.replace(span, "")
            if _ENGLISH.search(korean):
                unread.add(said)
    assert sorted(unread)[:5] == []


_ENGLISH = re.compile(r"[a-z]{3,} [a-z]{3,}")


@pytest.mark.parametrize(
    ("said", "korean"),
    [
        ("2019 payment", "2019년 분담금"),
        ("2018 payment (the base of the comparison)", "2018년 분담금 (비교의 기준)"),
        ("change 2025→2026", "2025→2026년 증감률"),
        ("US demand of $5.0bn (2019-10, for 2020)", "미국 요구액 50억 달러 (2019-10, 2020년분)"),
        ("ROK offer of ₩999.9bn (2019-01, for 2019)", "한국 제시액 9,999억원 (2019-01, 2019년분)"),
        (
            "US demand of $4.7bn (2019-09-24) against the 2019 payment",
            "미국 요구액 47억 달러 (2019-09-24) ÷ 2019년 분담금",
        ),
        (
            "unplaced: ambiguous: 2021 payment (off) or 2020 payment (holds)",
            "모호함: 2021년 분담금 (사실 아님) 또는 2020년 분담금 (사실)",
        ),
        (
            "KRW 1116.1 of 2019-02-25 (daily); holds at 2019's average rate (KRW 1165.8016, 2019 average)",
            "KRW 1116.1 (2019-02-25 일별 환율); 2019년 평균 환율로는 사실 (KRW 1165.8016 (2019년 평균 환율))",
        ),
        ("a text no template fits", "a text no template fits"),
    ],
)
def test_a_relation_in_korean(said: str, korean: str) -> None:
    assert text(relation(said), "ko") == korean
    assert text(relation(said), "en") == said
