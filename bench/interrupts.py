"""SIGINT and SIGTERM at random moments of `smacalc export`, with an earlier export in place: after
each, the folder must hold the earlier export or the new one, whole, and nothing hidden.

    python bench/interrupts.py [RUNS]     (50 by default; prints a line per outcome and exits 1 on a fault)

The earlier export is made with the scenario fixtures/sma13.toml (13 agreements), the new one
without it (12), so that a database, its metadata or a package's files mixed from the two would show.
"""

from __future__ import annotations

import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCENARIO = str(ROOT / "fixtures" / "sma13.toml")
APPLICATION_ID = 0x534D4143


def smacalc(*args: str) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SMACALC_")}
    return subprocess.Popen(
        [sys.executable, "-m", "smacalc", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )


def agreements_in_database(path: Path) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert db.execute("pragma integrity_check").fetchone() == ("ok",)
        assert db.execute("pragma application_id").fetchone() == (APPLICATION_ID,)
        assert db.execute("pragma foreign_key_check").fetchall() == []
        (count,) = db.execute("select count(*) from agreements").fetchone()
        (paid,) = db.execute("select count(distinct sma) from payments").fetchone()
        assert count == paid, (count, paid)
        return int(count)
    finally:
        db.close()


def check_sqlite(folder: Path) -> str:
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["metadata.json", "sma.db"], names
    meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    assert set(meta["databases"]) == {"sma"} and meta["about"] == "smacalc export"
    return {13: "old", 12: "new"}[agreements_in_database(folder / "sma.db")]


def check_package(folder: Path) -> str:
    package = folder / "package"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["package"], names
    described = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    listed = sorted(["datapackage.json", *(r["path"] for r in described["resources"])])
    assert sorted(p.name for p in package.iterdir()) == listed
    with (package / "agreements.csv").open(encoding="utf-8") as f:
        agreements = len(list(csv.DictReader(f)))
    with (package / "payments.csv").open(encoding="utf-8") as f:
        paid = len({row["sma"] for row in csv.DictReader(f)})
    assert agreements == paid, (agreements, paid)
    return {13: "old", 12: "new"}[agreements]


def one_run(kind: str, sig: int, within: float) -> tuple[str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if kind == "sqlite":
            target = ["--sqlite", str(folder / "sma.db"), "--metadata", str(folder / "metadata.json")]
            check = check_sqlite
        else:
            target = ["--datapackage", str(folder / "package")]
            check = check_package
        earlier = smacalc("export", *target, "--data", SCENARIO)
        assert earlier.wait() == 0
        process = smacalc("export", *target)
        time.sleep(random.uniform(0, within))
        process.send_signal(sig)
        _, err = process.communicate()
        text = err.decode()
        found = check(folder)
        if "Traceback" in text:  # only while the interpreter starts, before smacalc's own code runs
            assert "smacalc/cli" not in text and "smacalc/render" not in text, text
            return f"{found} (traceback: Python starting)", process.returncode
        assert len(text.splitlines()) <= 1, text
        return found, process.returncode


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    outcomes: Counter[tuple[str, str, str, int]] = Counter()
    for kind in ("sqlite", "datapackage"):
        for sig in (signal.SIGINT, signal.SIGTERM):
            for _ in range(runs):
                found, code = one_run(kind, sig, 0.8)
                outcomes[(kind, sig.name, found, code)] += 1
    for (kind, name, found, code), count in sorted(outcomes.items()):
        print(f"{kind:12} {name:8} {found} export whole, exit {code}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
