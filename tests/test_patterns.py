"""patterns.compile: an expression behind a lookahead for the characters its matches begin with
finds exactly what re.compile finds, for every Pattern of the claim reader, its cues and the
amount parser, on every sentence of the claims corpus."""

from __future__ import annotations

import csv
import gc
import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest

import smacalc.calc
from smacalc import patterns
from smacalc.calc.normalise import normalise

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "flags", "first"),
    [
        (r"\bdemand|\basked\b|요구", re.IGNORECASE, "ad요"),  # past \b, each alternative's first
        (r"(?<![\d.,])(?P<y>19[5-9]\d|20[0-4]\d)", 0, "12"),  # past a lookbehind, into a group
        (r"a?b|c*d", 0, "abcd"),  # an optional part and what follows it
        (r"\s*(?:보다|대비)", 0, r"\s대보"),
        (r"[\d,]+x|\$y|-z|\]", 0, r",\$\-\]\d"),  # signs of a class escaped
        (r"a?", 0, None),  # may match nothing
        (r"a|b?", 0, None),
        (r".x", 0, None),  # any character
        (r"[^a]x", 0, None),
        (r"\Wx", 0, None),
        (r"(?i:x)y", 0, None),  # flags of its own
    ],
)
def test_starts(text: str, flags: int, first: str | None) -> None:
    assert patterns.starts(importlib.import_module("re._parser").parse(text, flags)) == first


def test_compile_adds_the_lookahead() -> None:
    fast = patterns.compile(r"\bdemand|요구", re.IGNORECASE)
    assert fast.search("They DEMANDED more") is not None and fast.search("미국의 요구") is not None
    assert fast.search("they asked") is None
    assert fast.pattern is None  # compiled from the parsed expression with the lookahead in front
    assert patterns.compile(r"a?").pattern == "a?"  # nothing to look ahead for: compiled as it is


def test_an_alternation_of_many_words_is_tried_at_word_starts_only() -> None:
    words = r"\bdemand|\basked\b|\bwant|\bseek|\bpress|\burge|\binsist|\brequest|요구"
    gated = patterns.compile(words, re.IGNORECASE)
    assert gated.pattern is None  # compiled from the parsed expression, with the gate in front
    for text in ("They DEMANDED more", "undemanding", "미국의 요구", "a re-request", "(urged", "pressure"):
        found, plain = gated.search(text), re.search(words, text, re.IGNORECASE)
        assert (found and found.span()) == (plain and plain.span())
    assert patterns._word_gate(importlib.import_module("re._parser").parse(words, re.IGNORECASE)) == (
        r"(?:(?<!\w)(?=[adiprsuw])|(?=[요]))"
    )
    few = r"\bdemand|\basked\b|요구"  # under WORD_GATE words: the plain lookahead
    assert patterns._word_gate(importlib.import_module("re._parser").parse(few, re.IGNORECASE)) is None


def _patterns() -> list[patterns.Pattern]:
    for module in pkgutil.iter_modules(smacalc.calc.__path__):
        importlib.import_module(f"smacalc.calc.{module.name}")
    importlib.import_module("smacalc.money")
    return sorted((o for o in gc.get_objects() if isinstance(o, patterns.Pattern)), key=lambda p: p.pattern)


def _texts() -> list[str]:
    with (ROOT / "tests" / "claims" / "corpus.jsonl").open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines if line.strip()]
    with (ROOT / "fixtures" / "claims.csv").open(encoding="utf-8") as claims:
        texts += [row[0] for row in list(csv.reader(claims))[1:]]
    return [normalise(t) for t in texts] + ["", "2019", "$5 BILLION", "Five-Point-Two PERCENT", "١٢٣ 2만8천5백명"]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_every_pattern_finds_what_re_finds() -> None:
    every = _patterns()
    fast = [patterns.compile(p.pattern, p.flags) for p in every]
    plain = [re.compile(p.pattern, p.flags) for p in every]
    assert sum(f.pattern is None for f in fast) >= 60  # most have a lookahead: the test compares something
    for text in _texts():
        for p, f, r in zip(every, fast, plain, strict=True):
            assert _found(f, text) == _found(r, text), (p.pattern, text)


def test_every_pattern_matches_where_re_matches() -> None:
    """At every place of the bench's sentences, as the cues are matched at a figure's end."""
    with (ROOT / "fixtures" / "claims.csv").open(encoding="utf-8") as claims:
        texts = [normalise(row[0]) for row in list(csv.reader(claims))[1:]]
    for p in _patterns():
        f, r = patterns.compile(p.pattern, p.flags), re.compile(p.pattern, p.flags)
        for text in texts:
            for i in range(len(text) + 1):
                a, b = f.match(text, i), r.match(text, i)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (p.pattern, text, i)


def test_a_text_without_the_hint_words_of_percentages_or_multiples_holds_none() -> None:
    """The reader skips the patterns of percentages and multiples on a text with none of their hint
    words: wherever either pattern matches, in the corpus and the bench, a hint word is there."""
    from smacalc.calc import reading

    extra = [
        "8.3 pct",
        "5-fold",
        "twice as much",
        "one-third of it",
        "다섯 배",
        "three times",
        "13 per cent",
        "4.5 p.c.",
    ]
    for text in [*_texts(), *extra]:
        lowered = text.lower()
        if any(reading._PCT.finditer(text)):
            assert any(w in lowered for w in reading._PCT_HINTS), text
        if any(reading._MULTIPLE.finditer(text)):
            assert any(w in lowered for w in reading._MULTIPLE_HINTS), text
