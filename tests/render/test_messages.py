"""Messages: a report says what it says once, by message id, and the renderer writes it in either
language; parameters that are messages, lists of them or amounts are written in the same one."""

from decimal import Decimal

import pytest

from smacalc.money import Money
from smacalc.render.messages import Join, msg, text


def test_a_message_is_written_in_the_language_asked_for() -> None:
    line = msg("audit", checked=12, deviations=0)
    assert text(line, "en") == "12 years compared with an official amount; 0 deviate."
    assert text(line, "ko") == "공식 금액과 비교한 연도 12개, 어긋난 연도 0개."
    assert text("mnd-wp-2018", "ko") == "mnd-wp-2018"  # text the same in every language


def test_parameters_are_written_in_the_same_language() -> None:
    rates = Join((msg("rate.KRW", rate="1165.8016"), msg("rate.EUR", rate="1.1194")), "semicolon")
    line = msg("rate.converted", parts=rates, through=msg("rate.through"))
    assert text(line, "en") == (
        "Converted at ₩1165.8016 per US dollar; $1.1194 per euro. "
        "Between two currencies other than the dollar, through the dollar."
    )
    assert text(line, "ko") == (
        "환율: 1달러당 1165.8016원; 1유로당 1.1194달러. 달러가 아닌 두 통화 사이는 달러를 거쳐 환산합니다."
    )
    title = Join((msg("title.payments_of", name="10th SMA", sma=10), msg("title.in", currency="USD")), "space")
    assert (text(title, "en"), text(title, "ko")) == (
        "10th SMA: payments in USD",
        "제10차 방위비분담특별협정: 분담금 (USD 환산)",
    )


def test_an_amount_is_written_as_each_language_writes_it() -> None:
    line = msg("title.varied", title=Money(Decimal("1038900000000"), "KRW"), series=Money(Decimal("5000000000"), "USD"))
    assert text(line, "en") == "₩1,038.9bn: $5.0bn"
    assert text(line, "ko") == "1조389억원: 50억 달러"


def test_a_message_the_catalogue_lacks_fails_where_it_is_made() -> None:
    with pytest.raises(KeyError, match=r"no message .title\.paymnets."):
        msg("title.paymnets")
