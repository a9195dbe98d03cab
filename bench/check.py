"""`smacalc check`: its accuracy on the corpus of printed sentences (tests/claims/corpus.jsonl), by
language and kind, and its pace: claims per second over the sentences of fixtures/claims.csv,
repeated with their dates, and the time of one claim of 10,000 characters.

Run by hand:  python bench/check.py [--claims N] [--runs N]

Targets: at least 85% of the corpus's figures right and at most 2% of its true figures called off;
at least 1,000 claims per second, start-up included; a claim of 10,000 characters in under a second.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from batch import smacalc, timed  # the bench scripts share their runner

TARGET = 1_000  # claims a second
ROOT = Path(__file__).resolve().parents[1]
CLAIMS = Path(__file__).resolve().parents[1] / "fixtures" / "claims.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with CLAIMS.open(encoding="utf-8") as source:
        sentences = list(csv.reader(source))[1:]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "claims.csv")
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["text", "date"])
            writer.writerows(sentences[i % len(sentences)] for i in range(options.claims))
        args = [*smacalc(), "check", "--from", str(path), "--format", "csv"]
        times = [timed(args, None) for _ in range(options.runs)]
    pace = options.claims / statistics.median(times)
    verdict = "met" if pace >= TARGET else "not met"
    print(f"{options.claims:,} claims, {options.runs} runs, median (start-up included):")
    print(f"  check --from  {statistics.median(times):6.2f} s  {pace:9,.0f} claims/s  target {TARGET:,}: {verdict}")
    long = " ".join(sentences[i % len(sentences)][0] for i in range(200))[:10_000]
    took = timed([*smacalc(), "check", long, "--date", "2024-01-01", "--format", "csv"], None)
    print(f"  one claim of {len(long):,} characters: {took:.2f} s (start-up included), target under 1 s")
    sys.path.insert(0, str(ROOT / "tests" / "claims"))
    import corpus  # the scorer the corpus test uses

    print("\nThe corpus of printed sentences:")
    print(corpus.report(corpus.score()))


if __name__ == "__main__":
    main()
