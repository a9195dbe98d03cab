"""The corpus of printed sentences (corpus.jsonl) and how `check` is scored on it.

Each entry is a sentence as it was printed, with its URL and date, and the right answer for each
figure in it, worked by hand from the record and the rules of docs (never from smacalc's output):
what it refers to (`kind`), the year, the record's value in the claim's unit and the verdict.

A figure is right when `check`, given the sentence and its date:
- reads it (a row whose figure overlaps the expected span), and
- for a figure expected `unplaced`: leaves it unplaced (or does not read it: no verdict is given);
- otherwise: places it on the same kind of thing, in the same year (where one is expected), with
  the record's value within 1% of the expected one, and gives the same verdict.

A false `off` is a figure the corpus holds true (holds or close) that `check` calls off, or a row
`check` calls off that matches no figure of the corpus (a misread). Run as a script, this prints
the score by language and kind: `python tests/claims/corpus.py [--misses] [FILE ...]`
(another file of the same form: a set held out to measure before tuning).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus.jsonl"
# The kinds of the corpus as `check` names them: `other` is anything the record does not hold.
KINDS = {"other": None}


@dataclass
class Score:
    figures: Counter[str] = field(default_factory=Counter)
    right: Counter[str] = field(default_factory=Counter)
    true_figures: int = 0
    false_off: int = 0
    misread_off: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> Decimal:
        total = self.figures["all"]
        return (Decimal(self.right["all"]) / total * 100).quantize(Decimal("0.1")) if total else Decimal(0)

    @property
    def false_off_rate(self) -> Decimal:
        if not self.true_figures:
            return Decimal(0)
        return (Decimal(self.false_off) / self.true_figures * 100).quantize(Decimal("0.1"))


def entries(path: Path = CORPUS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _overlaps(row: Any, span: str, text: str) -> bool:
    from smacalc.calc.normalise import normalise

    if row.figure is None:
        return False
    plain = normalise(text)
    start = plain.find(normalise(span))
    if start < 0:
        return row.figure.span == span
    end = start + len(normalise(span))
    return row.figure.start < end and start < row.figure.end


def _judge(expected: dict[str, Any], row: Any | None) -> str | None:
    """None when ``row`` is the right answer to ``expected``; else why not."""
    if expected["verdict"] == "unplaced":
        return None if row is None or row.verdict == "unplaced" else f"placed as {row.kind} {row.verdict}"
    if row is None:
        return "not read"
    if row.verdict == "unplaced":
        return f"unplaced: {row.refers_to}"
    if row.kind != KINDS.get(expected["kind"], expected["kind"]):
        return f"kind {row.kind}, expected {expected['kind']}"
    if expected.get("year") is not None and row.year != expected["year"]:
        return f"year {row.year}, expected {expected['year']}"
    if expected.get("record") is not None and row.record is not None:
        want = Decimal(expected["record"])
        if want and abs(row.record / want - 1) > Decimal("0.01"):
            return f"record {row.record}, expected {want}"
    if row.verdict != expected["verdict"]:
        return f"verdict {row.verdict}, expected {expected['verdict']}"
    return None


def score(check: Any = None, paths: tuple[Path, ...] = (CORPUS,)) -> Score:
    """``check`` (smacalc.calc.claims.check) on every entry of ``paths``, scored."""
    from smacalc.calc.claims import check as default_check
    from smacalc.record.load import load_dataset

    check = check or default_check
    data = load_dataset()
    result = Score()
    for entry in (e for path in paths for e in entries(path)):
        rows = check(data, entry["text"], dt.date.fromisoformat(entry["date"]))
        used: set[int] = set()
        for expected in entry["figures"]:
            matches = [i for i, r in enumerate(rows) if _overlaps(r, expected["span"], entry["text"])]
            row = rows[matches[0]] if matches else None
            used.update(matches)
            why = _judge(expected, row)
            keys = ["all", entry["lang"], f"{entry['lang']}:{expected['kind']}"]
            result.figures.update(keys)
            if why is None:
                result.right.update(keys)
            else:
                result.misses.append(f"{entry['id']} {expected['span']!r} ({expected['kind']}): {why}")
            if expected["verdict"] in ("holds", "close"):
                result.true_figures += 1
                if row is not None and row.verdict == "off":
                    result.false_off += 1
        result.misread_off += sum(1 for i, r in enumerate(rows) if i not in used and r.verdict == "off")
    return result


def report(result: Score) -> str:
    lines = [
        f"{result.right['all']} of {result.figures['all']} figures right: {result.accuracy}%",
        f"false off: {result.false_off} of {result.true_figures} true figures ({result.false_off_rate}%); "
        f"{result.misread_off} off rows on figures the corpus does not hold",
    ]
    for key in sorted(k for k in result.figures if k != "all"):
        share = Decimal(result.right[key]) / result.figures[key] * 100
        lines.append(f"  {key:16} {result.right[key]:4} / {result.figures[key]:<4} {share:5.1f}%")
    return "\n".join(lines)


if __name__ == "__main__":
    files = tuple(Path(a) for a in sys.argv[1:] if not a.startswith("--")) or (CORPUS,)
    scored = score(paths=files)
    print(report(scored))
    if "--misses" in sys.argv:
        print("\n".join(scored.misses))
