"""`gap --from` on every core: a large file done by worker processes gives, byte for byte, what
one process gives (rows, notes on stderr, the stop at a bad row, the exit code), in every format
whose rows stream."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from smacalc.cli import workers

GOOD = ["5B USD,1.0389T KRW,2019,", "$1.3bn,1조389억원,2020,", "50억 달러,925M USD,2019,", "1.04T KRW,925M USD,,1200.0"]
BAD = ["5B USD,nothing,2019,", "5B USD,1T KRW,1850,"]


def _csv(rows: int, bad_every: int = 0) -> str:
    lines = ["demand,offer,year,rate"]
    for i in range(rows):
        if bad_every and i % bad_every == bad_every - 1:
            lines.append(BAD[i % len(BAD)])
        else:
            lines.append(GOOD[i % len(GOOD)])
        if i % 97 == 0:
            lines.append("")  # a blank line: skipped, but counted in the line numbers
    return "\n".join(lines) + "\n"


def _smacalc(args: list[str], workers_wanted: str, **env: str) -> subprocess.CompletedProcess[bytes]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("SMACALC_")}
    environ.update(SMACALC_WORKERS=workers_wanted, **env)
    return subprocess.run([sys.executable, "-m", "smacalc", *args], capture_output=True, env=environ, timeout=120)


@pytest.fixture
def big(tmp_path: Path) -> Path:
    path = tmp_path / "big.csv"
    path.write_text(_csv(40_000, bad_every=1_001), encoding="utf-8")
    assert path.stat().st_size >= workers.PARALLEL_BYTES  # so the workers are used
    return path


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl"])
def test_workers_write_what_one_process_writes(big: Path, fmt: str) -> None:
    args = ["gap", "--from", str(big), "--skip-bad", "--format", fmt]
    one, three = _smacalc(args, "1"), _smacalc(args, "3")
    assert one.returncode == three.returncode == 0
    assert three.stdout == one.stdout
    assert three.stderr == one.stderr
    skipped = one.stderr.decode().splitlines()
    assert len(skipped) == 39  # rows 1,001, 2,002, ... of 40,000 are bad
    assert skipped[0].startswith("smacalc: skipped big.csv, line 1013: ")  # after 11 blank lines and the header


def test_workers_stop_at_the_first_bad_row_as_one_process_does(big: Path) -> None:
    args = ["gap", "--from", str(big), "--format", "csv"]
    one, three = _smacalc(args, "1"), _smacalc(args, "3")
    assert one.returncode == three.returncode == 1
    assert three.stdout == one.stdout
    assert three.stderr == one.stderr
    assert one.stderr.decode().startswith("smacalc: error: big.csv, line 1013: cannot read amount 'nothing'")
    assert len(one.stdout.decode().splitlines()) == 1 + 1_000  # the header and the rows before it


def test_workers_read_json_lines_and_a_bad_header_as_one_process_does(tmp_path: Path) -> None:
    jsonl = tmp_path / "rows.jsonl"
    line = '{"demand": "5B USD", "offer": "1조389억원", "year": 2019}\n'
    jsonl.write_text(line * 25_000, encoding="utf-8")
    args = ["gap", "--from", str(jsonl), "--format", "jsonl"]
    one, three = _smacalc(args, "1"), _smacalc(args, "3")
    assert one.returncode == three.returncode == 0
    assert three.stdout == one.stdout
    assert len(three.stdout.splitlines()) == 25_000
    header = tmp_path / "header.csv"
    header.write_text("demand,bid\n" + "5B USD,1T KRW\n" * 80_000, encoding="utf-8")
    one, three = _smacalc(["gap", "--from", str(header)], "1"), _smacalc(["gap", "--from", str(header)], "3")
    assert one.returncode == three.returncode == 1
    assert (three.stdout, three.stderr) == (one.stdout, one.stderr)
    assert b"the header must name demand and offer" in one.stderr


def test_how_many_workers_a_batch_gets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = tmp_path / "small.csv", tmp_path / "large.csv"
    small.write_text(_csv(10))
    large.write_text(_csv(40_000))
    monkeypatch.setenv("SMACALC_WORKERS", "4")
    with small.open("rb") as s, large.open("rb") as b:
        assert (workers.count(s), workers.count(b)) == (0, 4)
    monkeypatch.setenv("SMACALC_WORKERS", "1")
    with large.open("rb") as b:
        assert workers.count(b) == 0
    read, write = os.pipe()
    with os.fdopen(read, "rb") as pipe, os.fdopen(write, "wb"):
        monkeypatch.setenv("SMACALC_WORKERS", "4")
        assert workers.count(pipe) == 0  # a pipe is read here, a row at a time


def test_a_bad_worker_count_is_one_line(tmp_path: Path) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(_csv(3))
    done = _smacalc(["gap", "--from", str(rows)], "many")
    assert done.returncode == 2
    assert done.stderr == b"smacalc: error: SMACALC_WORKERS='many': give a number of worker processes from 1 to 64\n"


def test_spans_keep_every_line_and_its_number(tmp_path: Path) -> None:
    lines = [f"row {n},{'x' * (n % 50)}".encode() for n in range(20_000)]
    path = tmp_path / "rows.csv"
    path.write_bytes(b"\n".join(lines))  # no line end after the last
    with path.open("rb") as file:
        fd = file.fileno()
        spans = list(workers.spans(fd, 7, 0, 10_000))
        assert len(spans) > 3 and spans[0][:2] == (7, 0)
        got = []
        for first, offset, length in spans:
            part = os.pread(fd, length, offset).split(b"\n")
            part = part[:-1] if part[-1] == b"" else part
            assert first == 7 + len(got)  # each span starts at the line after the last one's
            got += part
    assert got == lines


def test_a_line_longer_than_a_span_stands_as_its_first_bytes(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(b"a,b\n" + b"x" * (workers.SPAN_BYTES * 2 + 5) + b"\nc,d\n")
    with path.open("rb") as file:
        assert list(workers.spans(file.fileno(), 1, 0, 10_000)) == [
            (1, 0, 4),
            (2, 4, 10_002),
            (3, 4 + workers.SPAN_BYTES * 2 + 6, 4),
        ]


def _shout(first: int, part: bytes) -> workers.Done:
    if part == b"die\n":
        os._exit(3)
    if part == b"odd\n":
        raise _Unpicklable()
    return workers.Done(part.upper(), first)


def _spans_of(tmp_path: Path, lines: list[str]) -> tuple[int, list[workers.Span]]:
    path = tmp_path / "lines.txt"
    path.write_text("".join(f"{line}\n" for line in lines))
    fd = os.open(path, os.O_RDONLY)
    spans, offset = [], 0
    for i, line in enumerate(lines):
        spans.append((i + 1, offset, len(line) + 1))
        offset += len(line) + 1
    return fd, spans


class _Unpicklable(Exception):
    def __reduce__(self):  # type: ignore[no-untyped-def]
        raise TypeError("not this one")


def test_run_gives_each_span_back_in_order(tmp_path: Path) -> None:
    fd, spans = _spans_of(tmp_path, [f"part {i}" for i in range(25)])
    done = list(workers.run(_shout, fd, spans, 3))
    assert [(d.text, d.rows, d.end) for d in done] == [(f"PART {f - 1}\n".encode(), f, o + n) for f, o, n in spans]


def test_a_worker_that_dies_is_one_clear_error(tmp_path: Path) -> None:
    from smacalc.errors import SmacalcError

    fd, spans = _spans_of(tmp_path, ["fine", "die", "fine"])
    with pytest.raises(SmacalcError, match="a worker process ended before its part of the batch was done"):
        list(workers.run(_shout, fd, spans, 2))


def test_an_error_that_cannot_be_sent_back_is_sent_as_what_it_said(tmp_path: Path) -> None:
    fd, spans = _spans_of(tmp_path, ["odd"])
    (done,) = workers.run(_shout, fd, spans, 2)
    assert isinstance(done.error, RuntimeError) and "a worker failed: _Unpicklable()" in str(done.error)


@pytest.mark.parametrize(
    "shape",
    ["crlf", "long lines", "no last line end", "blank lines and a BOM first", "json lines after blank lines"],
)
def test_workers_read_every_shape_of_file_as_one_process_does(tmp_path: Path, shape: str) -> None:
    body = _csv(40_000, bad_every=997).split("\n")
    if shape == "crlf":
        text = "\r\n".join(body)
    elif shape == "long lines":
        body[5_000] = "5B USD," + "9" * 20_000 + " KRW,2019,"  # longer than a line may be, shorter than a span
        body[20_000] = "x" * (workers.SPAN_BYTES * 3)  # longer than a span
        text = "\n".join(body)
    elif shape == "no last line end":
        text = "\n".join(body).rstrip("\n")
    elif shape == "blank lines and a BOM first":
        text = "\n\n\ufeff" + "\n".join(body)
    else:
        line = '{"demand": "5B USD", "offer": "1조389억원", "year": 2019}'
        text = "\n\n" + "\n".join(line if i % 1_000 else '{"demand": 5}' for i in range(25_000))
    path = tmp_path / "rows.csv"
    path.write_text(text, encoding="utf-8")
    args = ["gap", "--from", str(path), "--skip-bad", "--format", "jsonl"]
    one, three = _smacalc(args, "1"), _smacalc(args, "3")
    assert (three.returncode, three.stdout, three.stderr) == (one.returncode, one.stdout, one.stderr)
    assert one.returncode == 0 and len(one.stdout.splitlines()) > 20_000 and one.stderr.count(b"skipped") >= 25


def _slow_first(first: int, part: bytes) -> workers.Done:
    if first == 1:
        import time

        time.sleep(0.5)  # the other worker is done long before
    return workers.Done(part, first)


def test_a_slow_span_still_comes_back_first(tmp_path: Path) -> None:
    fd, spans = _spans_of(tmp_path, [f"part {i}" for i in range(40)])
    done = list(workers.run(_slow_first, fd, spans, 2))
    assert [d.rows for d in done] == list(range(1, 41))  # all of them, in order
