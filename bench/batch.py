"""Pace of `smacalc gap --from`: rows per second over a batch of varied rows.

Run by hand:  python bench/batch.py [--rows N] [--runs N]

Writes N rows (default 100,000) of demands and offers in every spelling smacalc reads, in dollars
and won, with years across 1991-2025 and some rows carrying their own rate, to a temporary CSV
file and the same rows as JSON lines. Then times `smacalc gap --from FILE --format csv` (output to
/dev/null) and the same fed through stdin, and prints the median pace of each. Target: at least
40,000 rows per second.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 40_000  # rows a second, one process, on this 2-core machine


def spellings(rng: random.Random) -> str:
    """One amount, in one of the ways people write amounts."""
    kind = rng.randrange(8)
    if kind == 0:
        return f"{rng.randint(1, 99) / 10}B USD"
    if kind == 1:
        return f"${rng.randint(100, 9999)} million"
    if kind == 2:
        return f"{rng.randint(100, 9999)}M USD"
    if kind == 3:
        return f"{rng.randint(5, 20) / 10:.4f}T KRW".replace(".0000T", "T")
    if kind == 4:
        return f"{rng.randint(1, 2)}조{rng.randint(1, 9999)}억원"
    if kind == 5:
        return f"{rng.randint(5000, 20000)}억원"
    if kind == 6:
        return f"₩{rng.randint(5, 20) / 10} trillion"
    return f"{rng.randint(500, 2000) * 1_000_000_000} KRW"


def make_rows(count: int, seed: int = 20261123) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows = []
    for _ in range(count):
        row = {"demand": spellings(rng), "offer": spellings(rng), "year": str(rng.randint(1991, 2025)), "rate": ""}
        if rng.random() < 0.1:
            row["rate"] = f"{rng.randint(900, 1500)}.{rng.randint(0, 99):02d}"
        rows.append(row)
    return rows


def smacalc() -> list[str]:
    script = Path(sys.executable).with_name("smacalc")
    return [str(script)] if script.exists() else [sys.executable, "-m", "smacalc"]


def timed(args: list[str], stdin_path: Path | None) -> float:
    start = time.perf_counter()
    with open(stdin_path, "rb") if stdin_path else open("/dev/null", "rb") as stdin:
        done = subprocess.run(args, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"smacalc failed ({done.returncode}): {done.stderr.decode().strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    rows = make_rows(options.rows)
    with tempfile.TemporaryDirectory() as folder:
        csv_path, jsonl_path = Path(folder, "batch.csv"), Path(folder, "batch.jsonl")
        with csv_path.open("w", encoding="utf-8") as out:
            out.write("demand,offer,year,rate\n")
            out.writelines(f'"{r["demand"]}","{r["offer"]}",{r["year"]},{r["rate"]}\n' for r in rows)
        with jsonl_path.open("w", encoding="utf-8") as out:
            for r in rows:
                record = {"demand": r["demand"], "offer": r["offer"], "year": int(r["year"])}
                if r["rate"]:
                    record["rate"] = r["rate"]
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        cases = {
            "csv file": ([*smacalc(), "gap", "--from", str(csv_path), "--format", "csv"], None),
            "csv stdin": ([*smacalc(), "gap", "--from", "-", "--format", "csv"], csv_path),
            "jsonl stdin": ([*smacalc(), "gap", "--from", "-", "--format", "jsonl"], jsonl_path),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(options.runs):
            for name, (args, stdin_path) in cases.items():
                times[name].append(timed(args, stdin_path))
    print(f"{options.rows:,} varied rows, {options.runs} runs each, median (start-up included):")
    for name, values in times.items():
        pace = options.rows / statistics.median(values)
        verdict = "met" if pace >= TARGET else "not met"
        print(f"  {name:12} {statistics.median(values):6.2f} s  {pace:9,.0f} rows/s  target {TARGET:,}: {verdict}")


if __name__ == "__main__":
    main()
