"""The one batch reader: the same rules for `gap --from` and `check --from`."""

from __future__ import annotations

import io

import pytest

from smacalc import inputs
from smacalc.inputs import CHECK, GAP, BadRow, Fields


def read(data: bytes, layout: inputs.Layout) -> list[Fields | BadRow]:
    return list(inputs.records(inputs.lines(io.BytesIO(data)), layout))


@pytest.mark.parametrize(
    ("layout", "header", "row", "fields"),
    [
        (GAP, b"demand,offer", b"5B USD,1T KRW", {"demand": "5B USD", "offer": "1T KRW"}),
        (CHECK, b"text,date", b"Seoul paid $1bn,2020-01-01", {"text": "Seoul paid $1bn", "date": "2020-01-01"}),
    ],
)
def test_a_bom_blank_lines_and_crlf_before_the_header_are_read_alike(layout, header, row, fields) -> None:
    data = b"\r\n\n\xef\xbb\xbf" + header + b"\r\n\r\n" + row + b"\r\n"
    assert read(data, layout) == [Fields(5, fields)]


@pytest.mark.parametrize("layout", [GAP, CHECK])
def test_a_line_too_long_is_refused_unread_whatever_the_command(layout) -> None:
    stream = io.BytesIO(b"\0" * (inputs.MAX_LINE * 50))
    assert read(stream.getvalue(), layout) == [BadRow(1, "line longer than 10,000 bytes", fatal=True)]


@pytest.mark.parametrize(
    ("layout", "line", "message"),
    [
        (GAP, b'{"demand": "5B USD", "offer": "1T KRW", "offer": "2T KRW"}', "key 'offer' is given twice"),
        (CHECK, b'{"text": "a", "text": "b"}', "key 'text' is given twice"),
        (GAP, b'{"demand": "5B USD", "offer": "1T KRW", "note": 1}', "unknown key 'note'; the keys are demand, offer, "
         "year, date, rate"),
        (CHECK, b'{"text": "Seoul paid $1bn", "when": "2020"}', "unknown key 'when'; the keys are text, date"),
        (CHECK, b'{"date": "2020-01-01"}', "no text"),
        (GAP, b'{"demand": "5B USD"}', "no offer"),
    ],
)  # fmt: skip
def test_a_key_twice_unknown_or_missing_is_a_bad_row_in_both(layout, line, message) -> None:
    assert read(line + b"\n", layout) == [BadRow(1, message)]


def test_a_csv_row_of_the_wrong_width_and_a_bad_header_name_their_lines() -> None:
    assert read(b"text,date\na,2020-01-01,x\n", CHECK) == [BadRow(2, "3 fields where the header has 2")]
    assert read(b"\ndemand,offr\n5B USD,1T KRW\n", GAP) == [
        BadRow(2, "the header must name demand and offer (and may add year, date, rate); got 'demand,offr'", True)
    ]


def test_check_reads_one_claim_a_line_without_a_header_gap_does_not() -> None:
    assert read(b"Seoul paid $1bn in 2019\n\nTrump asked $5bn\n", CHECK) == [
        Fields(1, {"text": "Seoul paid $1bn in 2019"}),
        Fields(3, {"text": "Trump asked $5bn"}),
    ]
    assert read(b"5B USD,1T KRW\n", GAP)[0] == BadRow(
        1, "the header must name demand and offer (and may add year, date, rate); got '5B USD,1T KRW'", True
    )


def test_the_fields_of_each_command() -> None:
    gap = inputs.gap_input(Fields(2, {"demand": "$5 billion", "offer": "1조389억원", "year": 2019}))
    assert (gap.demand.amount, gap.offer.amount, gap.year) == (5_000_000_000, 1_038_900_000_000, 2019)
    claim = inputs.claim_input(Fields(3, {"text": "Seoul paid $1bn", "date": "2020-01-01"}))
    assert (claim.text, str(claim.day)) == ("Seoul paid $1bn", "2020-01-01")
    with pytest.raises(inputs.InputError, match="text 5 must be a string"):
        inputs.claim_input(Fields(1, {"text": 5}))


def test_check_from_an_endless_line_stops_at_once_with_nothing_on_stdout(run, tmp_path) -> None:
    endless = tmp_path / "zero"
    endless.write_bytes(b"\0" * 1_000_000)
    result = run("check", "--from", str(endless), "--format", "json")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == "smacalc: error: zero, line 1: line longer than 10,000 bytes\n"
