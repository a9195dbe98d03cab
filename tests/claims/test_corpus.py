"""`check` on the corpus of printed sentences (corpus.jsonl): the score may not fall below what it
last reached, and every entry is a sentence as printed, with its source and its worked answers."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import corpus
import pytest

# What check last reached on the corpus; raise them as it improves, never lower them to pass. Held-out
# sets join the corpus only after they were scored unseen: 142 sentences at 66.3% (accuracy then fell
# to 78.0%); 151 at 75.6-78.1% and 124 at 76.7-89.1% (false off 0-5.7%, then 0.2% on the whole); 77
# at 75.5-79.2% (false off 1.9%), after which the whole stood at 86.8%; 81 at 74.6-78.7% (none off);
# 148 at 82.2% (false off 1.8%), after which the whole stood at 90.2% (from 90.8%); 146 at 83.4% (false
# off 1.1%), after which it stood at 90.5% (from 90.9%); 69 at 86.6% (false off 1.1%; 91.0% to 90.9%);
# 116 at 84.3% (none off; 91.6% to 91.2%); 93 at 86.1% (false off 1.8%; 91.8% to 91.7%); 59 at 77.3%
# (false off 3.5%; 91.9% to 91.6%); 153 at 82.6% (false off 1.0%; 92.2% to 91.7%); 135 at 81.9% (false
# off 1.5%; 92.0% to 91.6%); 144 at 80.4% (false off 0.6%; 92.1% to 92.1%); 111 at 89.8% (none off;
# 92.1% to 92.2%); 155 at 84.7% (false off 1.1%; 92.4% to 92.4%); 70 at 89.4% (none off; 92.6% to 92.7%);
# 154 at 83.8% (false off 2.3%; 92.9% to 92.8%); 74 at 90.3% (none off; 92.8% to 92.9%); 140 at 86.3%
# (false off 1.2%; 93.0% to 93.0%); 58 at 87.9% (none off; 93.0% to 93.1%); 168 at 83.0% (false off
# 3.7%) and 110 at 79.2% (false off 1.6%; 93.2% to 92.9%); 136 at 84.3% (false off 0.7%; 92.9% to 92.7%);
# 71 at 78.4% (false off 1.6%; 92.8% to 92.6%).
LAST_REACHED = Decimal("92.6")  # % of figures right
MOST_FALSE_OFF = Decimal("0.2")  # % of true figures called off
KINDS = {"payment", "increase", "demand", "offer", "ratio", "troops", "workers", "japan", "conversion", "other"}
VERDICTS = {"holds", "close", "off", "unplaced"}


def test_check_does_not_fall_below_what_it_last_reached() -> None:
    result = corpus.score()
    assert result.accuracy >= LAST_REACHED, corpus.report(result)
    assert result.false_off_rate <= MOST_FALSE_OFF, corpus.report(result)


def test_the_corpus_is_large_and_in_both_languages() -> None:
    entries = corpus.entries()
    langs = [e["lang"] for e in entries]
    assert len(entries) >= 150 and langs.count("en") >= 90 and langs.count("ko") >= 50
    assert len({e["text"] for e in entries}) == len(entries)  # no sentence twice


@pytest.mark.parametrize("entry", corpus.entries(), ids=lambda e: e["id"])
def test_each_entry_is_a_printed_sentence_with_its_source_and_answers(entry) -> None:
    assert entry["url"].startswith(("http://", "https://")) and entry["outlet"]
    # check takes dates within the record
    assert dt.date(1991, 1, 1) <= dt.date.fromisoformat(entry["date"]) <= dt.date(2026, 12, 31)
    assert entry["figures"]
    for figure in entry["figures"]:
        assert figure["span"] in entry["text"]
        assert figure["kind"] in KINDS and figure["verdict"] in VERDICTS and figure["why"]
        if figure["verdict"] != "unplaced":  # a record of 0 only for a change: 2020, frozen at 2019's amount
            assert figure["record"] is not None and (Decimal(figure["record"]) != 0 or figure["kind"] == "increase")
