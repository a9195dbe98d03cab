"""Start-up benchmark: how long smacalc takes to run, against a click + pydantic (+ rich) floor.

Run by hand, from anywhere, with the venv's python (not part of the tests)::

    . .venv/bin/activate
    python bench/startup.py            # 30 runs of each command
    python bench/startup.py --runs 50
    python bench/startup.py --baseline /path/to/other/venv/bin/smacalc   # this copy against another
    python bench/startup.py --all      # every command, the others reported beside the floor

What it measures: the wall-clock time of whole processes (interpreter start, imports, work,
output, exit), each command started as a subprocess with its stdout sent to /dev/null:

    json         bin/smacalc project --sma 11 --format json
    table        bin/smacalc project --sma 11 --format table
    help         bin/smacalc --help
    check        bin/smacalc check "Seoul paid about $870 million in 2019." --format json
    burden       bin/smacalc burden --format json
    floor_json   python bench/floor_json.py    click + pydantic, seven rows of JSON
    floor_table  python bench/floor_table.py   the same plus a rich table

smacalc is run through its console script (bin/smacalc next to sys.executable), since that is how
users call it; ``python -m smacalc`` is used only if that script is missing. The commands are
interleaved run by run (one of each per round, the order rotating every round), so machine noise
falls on all of them alike, and the medians are compared. The target is that smacalc costs at
most 1.3x its floor (1.5x for check and burden, which read more of the record). The script always
exits 0: it is a report, not a test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = 1.3  # smacalc may take at most this many times its floor
LOADED_TARGET = 1.5  # check and burden read more of the record (the talks, the prices)
HELP_TARGET = 0.5  # --help loads neither pydantic nor the record: at most half the floor


def smacalc_command() -> tuple[list[str], str]:
    """The console script next to this python, else ``python -m smacalc``; and how it was run."""
    script = Path(sys.executable).parent / ("smacalc.exe" if os.name == "nt" else "smacalc")
    if script.exists():
        return [str(script)], str(script)
    return [sys.executable, "-m", "smacalc"], f"{sys.executable} -m smacalc (no console script found)"


SMACALC_RUNS = {
    "json": ["project", "--sma", "11", "--format", "json"],
    "table": ["project", "--sma", "11", "--format", "table"],
    "help": ["--help"],
    "check": ["check", "Seoul paid about $870 million in 2019.", "--format", "json"],
    "burden": ["burden", "--format", "json"],
}
# Every other command, timed and reported beside the floor (no target of its own).
OTHER_RUNS = {
    "gap": ["gap", "--demand", "5B USD", "--offer", "1.0389T KRW", "--year", "2019", "--format", "json"],
    "gap_sma": ["gap", "--sma", "11", "--format", "json"],
    "gap_date": ["gap", "--demand", "1.04T KRW", "--offer", "925M USD", "--date", "2019-02-13", "--format", "json"],
    "history": ["history", "--sma", "12", "--format", "json"],
    "change": ["change", "--from", "2019", "--to", "2030", "--format", "json"],
    "list": ["list", "--format", "json"],
    "audit": ["audit", "--format", "json"],
    "sources": ["sources", "--format", "json"],
    "categories": ["categories", "--format", "json"],
    "compare": ["compare", "--format", "json"],
    "lapse": ["lapse", "--format", "json"],
    "chart": ["chart", "--sma", "11"],
    "schema": ["schema"],
}


def commands(baseline: str | None = None, every: bool = False) -> tuple[dict[str, list[str]], str]:
    """The commands to time, by name; with ``baseline`` (another installation's smacalc script),
    each smacalc command again as ``NAME_base``, in the same rounds."""
    smacalc, how = smacalc_command()
    cmds = {name: [*smacalc, *args] for name, args in (SMACALC_RUNS | (OTHER_RUNS if every else {})).items()}
    cmds["floor_json"] = [sys.executable, str(HERE / "floor_json.py")]
    cmds["floor_table"] = [sys.executable, str(HERE / "floor_table.py")]
    if baseline is not None:
        cmds.update({f"{name}_base": [baseline, *args] for name, args in SMACALC_RUNS.items()})
    return cmds, how


def environment() -> dict[str, str]:
    """The caller's environment, made the same for every command: a fixed table width, no forced
    colour, and none of smacalc's own settings (which would change what it does)."""
    env = dict(os.environ)
    for name in ("FORCE_COLOR", "SMACALC_FORMAT", "SMACALC_DATA_DIR", "SMACALC_DEBUG"):
        env.pop(name, None)
    env["COLUMNS"] = "100"
    return env


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds one process took from start to exit, and its exit status."""
    start = time.perf_counter()
    status = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env).returncode
    return time.perf_counter() - start, status


def check(cmds: dict[str, list[str]], env: dict[str, str]) -> dict[str, int]:
    """Run each command once, untimed (also warms the disk cache and the .pyc files); the exit
    status of each that failed, with its stderr shown."""
    failed = {}
    for name, argv in cmds.items():
        proc = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True)
        if proc.returncode != 0:
            failed[name] = proc.returncode
            print(f"warning: {name} exited {proc.returncode}: {proc.stderr.strip()[:300]}", file=sys.stderr)
    return failed


def measure(cmds: dict[str, list[str]], env: dict[str, str], runs: int) -> dict[str, list[float]]:
    """``runs`` timings of each command, interleaved: every round runs each command once, and the
    order rotates by one each round so no command always goes first (or after the same one)."""
    names = list(cmds)
    times: dict[str, list[float]] = {name: [] for name in names}
    for i in range(runs):
        shift = i % len(names)
        for name in names[shift:] + names[:shift]:
            seconds, status = run_once(cmds[name], env)
            if status == 0:
                times[name].append(seconds)
    return times


def report(times: dict[str, list[float]], runs: int, how: str) -> None:
    """Medians (and spread) per command, then the ratios against the floors."""
    print(f"smacalc run as: {how}")
    print(f"python: {sys.executable} ({sys.version.split()[0]}); {runs} interleaved runs each\n")
    median = {name: statistics.median(t) * 1000 for name, t in times.items() if t}
    print(f"{'command':<12} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'ok runs':>8}")
    for name, t in times.items():
        if t:
            print(f"{name:<12} {median[name]:>10.1f} {min(t) * 1000:>8.1f} {max(t) * 1000:>8.1f} {len(t):>8}")
        else:
            print(f"{name:<12} {'failed':>10}")
    short = [name for name, t in times.items() if len(t) < runs]
    if short:
        # A failed run is not timed (an error exits early and would flatter the median).
        print(f"note: {', '.join(short)} failed in some runs; medians are of the successful runs only")
    print()
    for label, cmd, floor, target in (
        ("json/floor_json", "json", "floor_json", TARGET),
        ("table/floor_table", "table", "floor_table", TARGET),
        ("check/floor_json", "check", "floor_json", LOADED_TARGET),
        ("burden/floor_json", "burden", "floor_json", LOADED_TARGET),
        ("help/floor_json", "help", "floor_json", HELP_TARGET),
    ):
        if cmd in median and floor in median:
            ratio = median[cmd] / median[floor]
            verdict = "met" if ratio <= target else "not met"
            print(f"{label:<18} {ratio:5.2f}x   target {target}x: {verdict}")
        else:
            print(f"{label:<18}   n/a   target {target}x: not met (a command failed)")
    for name in SMACALC_RUNS:
        base = f"{name}_base"
        if name in median and base in median:
            print(f"{name + '/' + base:<18} {median[name] / median[base]:5.2f}x   (this copy against --baseline)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="timed runs of each command (default 30)")
    parser.add_argument("--baseline", metavar="SCRIPT", help="another installation's smacalc, timed alongside")
    parser.add_argument("--all", action="store_true", help="also time every other command (reported, no target)")
    args = parser.parse_args()
    runs = max(1, args.runs)
    cmds, how = commands(args.baseline, every=args.all)
    env = environment()
    check(cmds, env)
    report(measure(cmds, env, runs), runs, how)
    return 0  # a report: always succeed


if __name__ == "__main__":
    sys.exit(main())
