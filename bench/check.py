"""Pace of `smacalc check --from`: claims per second over the sentences of fixtures/claims.csv,
repeated with their dates.

Run by hand:  python bench/check.py [--claims N] [--runs N]

Target: at least 1,000 claims per second, start-up included.
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


if __name__ == "__main__":
    main()
