"""`smacalc update` against a local server that serves FRED's CSV download (fixtures in
tests/record/fred/): the series fetched, kept whole, used past the record's own days and named in
captions; each bad case one line, the earlier data kept. No test reaches the network."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from smacalc.record.fetched import SERIES
from smacalc.record.load import forget_record

FIXTURES = Path(__file__).resolve().parents[1] / "record" / "fred"
TODAY = "2026-12-05"  # the day every test fetches on (record.update.today), whatever the clock says


class Fred:
    """What the local server answers: the fixture of each id, unless a test sets ``answers[id]``
    to other bytes, an HTTP status (int), ``"slow"`` (no answer in time) or ``"cut"`` (fewer bytes
    than the announced length); ``asked`` records each query."""

    def __init__(self) -> None:
        self.answers: dict[str, bytes | int | str] = {}
        self.asked: list[dict[str, list[str]]] = []


@pytest.fixture
def fred() -> Iterator[tuple[Fred, str]]:
    state = Fred()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            query = parse_qs(urlparse(self.path).query)
            state.asked.append(query)
            series = query["id"][0]
            answer = state.answers.get(series, (FIXTURES / f"{series}.csv").read_bytes())
            if answer == "slow":
                time.sleep(1.5)
                answer = b""
            if isinstance(answer, int):
                self.send_error(answer)
                return
            body = answer if isinstance(answer, bytes) else b""
            self.send_response(200)
            self.send_header("Content-Type", "text/csv")
            self.send_header("Content-Length", str(len(body) + (1000 if answer == "cut" else 0)))
            self.end_headers()
            self.wfile.write(body if answer != "cut" else (FIXTURES / f"{series}.csv").read_bytes()[:2000])

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.handle_error = lambda *args: None  # type: ignore[method-assign]  # a client that gave up
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state, f"http://127.0.0.1:{server.server_port}/graph/fredgraph.csv"
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def _fetched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("smacalc.record.update.today", lambda: dt.date.fromisoformat(TODAY))


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The folder update keeps its files in (SMACALC_UPDATE_DIR), the record read afresh."""
    folder = tmp_path / "fetched"
    monkeypatch.setenv("SMACALC_UPDATE_DIR", str(folder))
    forget_record()
    yield folder
    forget_record()


GAP = ("gap", "--demand", "$10 billion", "--offer", "1.5192T KRW", "--date", "2026-12-01")


def test_update_then_gap_converts_at_the_fetched_days_rate(run, fred, kept) -> None:
    state, url = fred
    before = run(*GAP)
    assert before.exit_code == 1
    assert "`smacalc update` fetches the days since from FRED" in before.stderr
    result = run("update", "--url", url, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert [q["id"][0] for q in state.asked] == [s.id for s in SERIES]
    assert state.asked[-1]["fq"] == ["Annual"] and state.asked[-1]["fam"] == ["avg"]
    status = {r["series"]: r for r in json.loads(result.stdout)}
    assert status["DEXKOUS"] == {
        "series": "DEXKOUS",
        "kind": "daily",
        "of": "KRW",
        "last": "2026-12-04",
        "comes_from": f"FRED DEXKOUS, fetched {TODAY}",
        "record_last": "2026-05-15",
    }
    # The annual series reach no further than the record's: the record's own stay in use.
    assert status["AEXKOUS"]["comes_from"] == "fred-aexkous"
    assert sorted(p.name for p in kept.iterdir()) == sorted(f"{s.id}-{TODAY}.csv" for s in SERIES)
    assert (kept / f"DEXKOUS-{TODAY}.csv").read_text().startswith("observation_date,DEXKOUS\n2026-01-02,1444.45\n")

    table = run(*GAP, "--format", "table")
    assert table.exit_code == 0, table.stderr
    assert "₩14,000.0bn" in table.stdout  # $10 billion at the fixture's ₩1400.00 of 2026-12-01
    caption = " ".join(table.stdout.split())
    assert (
        f"Converted at ₩1400.00 per US dollar: the noon buying rate of 2026-12-01 (FRED DEXKOUS, fetched {TODAY})."
        in caption
    )
    row = json.loads(run(*GAP, "--format", "json").stdout)[0]
    assert (row["demand"], row["krw_per_usd"], row["rate_date"]) == (14000000000000, 1400.00, "2026-12-01")
    # A day the record has keeps the record's value and source.
    own = json.loads(
        run("gap", "--demand", "$1", "--offer", "1 KRW", "--date", "2026-03-20", "--format", "json").stdout
    )
    assert own[0]["krw_per_usd"] == 1504.15
    check = json.loads(
        run(
            "check", "Korea offered 1.5 trillion won, about $1 billion", "--date", "2026-12-01", "--format", "json"
        ).stdout
    )
    assert check[1]["basis"] == f"KRW 1400.00 of 2026-12-01 (daily, FRED DEXKOUS, fetched {TODAY})"


def test_status_lists_each_series_without_fetching(run, fred, kept) -> None:
    state, _ = fred
    result = run("update", "--status", "--format", "csv")
    assert result.exit_code == 0
    assert state.asked == []
    assert not kept.exists()
    assert result.stdout.splitlines()[:2] == [
        "series,kind,of,last,comes_from,record_last",
        "DEXKOUS,daily,KRW,2026-05-15,fred-dexkous,2026-05-15",
    ]
    assert "CPIAUCNS,level,us_cpi,2025,bls-cuur0000sa0,2025" in result.stdout


HTML = b"<!DOCTYPE html>\n<html><head><title>FRED</title></head><body>Error</body></html>\n"
BAD = [
    ("html", HTML, "DEXKOUS: an HTML page came back, not FRED's CSV"),
    ("http", 500, "HTTP 500"),
    ("cut mid-line", (FIXTURES / "DEXKOUS.csv").read_bytes()[:-3], "the download is cut short: its last line"),
    ("cut", "cut", "the download is cut short"),
    (
        "ends early",
        b"observation_date,DEXKOUS\n2026-01-02,1444.45\n",
        "the fetched series ends 2026-01-02, before the record's own (2026-05-15); not taken",
    ),
    (
        "not a rate",
        (FIXTURES / "DEXKOUS.csv").read_bytes().replace(b"2026-12-01,1400.00", b"2026-12-01,-1"),
        "line 240: DEXKOUS '-1' is not a value from 0 to 100,000",
    ),
    (
        "out of order",
        (FIXTURES / "DEXKOUS.csv").read_bytes().replace(b"2026-12-01,", b"2026-11-01,"),
        "2026-11-01 comes after 2026-11-30",
    ),
    ("slow", "slow", "no answer within 0.5 s; earlier data kept, the other series not tried"),
]


@pytest.mark.parametrize(("case", "answer", "message"), BAD, ids=[b[0] for b in BAD])
def test_each_bad_case_is_one_line_and_the_earlier_data_stays(run, fred, kept, case, answer, message) -> None:
    state, url = fred
    assert run("update", "--url", url, "--format", "csv").exit_code == 0
    first = sorted(kept.iterdir())
    contents = [p.read_bytes() for p in first]
    state.answers["DEXKOUS"] = answer
    result = run("update", "--url", url, "--timeout", "0.5", "--format", "csv")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("smacalc: error: update: ")
    assert message in lines[0]
    assert lines[0].endswith(("earlier data kept", "the other series not tried"))
    assert sorted(kept.iterdir()) == first and [p.read_bytes() for p in first] == contents
    row = json.loads(run(*GAP, "--format", "json").stdout)[0]
    assert (row["krw_per_usd"], row["rate_date"]) == (1400.00, "2026-12-01")


def test_a_bad_first_update_leaves_the_record_in_use(run, fred, kept) -> None:
    state, url = fred
    state.answers["DEXKOUS"] = 404
    result = run("update", "--url", url, "--format", "csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"smacalc: error: update: {url}?id=DEXKOUS: HTTP 404 Not Found; earlier data kept"
    ]
    assert "DEXKOUS,daily,KRW,2026-05-15,fred-dexkous,2026-05-15" in result.stdout
    assert f'DEXJPUS,daily,JPY,2026-12-04,"FRED DEXJPUS, fetched {TODAY}",2026-05-15' in result.stdout
    assert run(*GAP).exit_code == 1


def test_a_server_that_refuses_stops_the_run_in_one_line(run, kept) -> None:
    import socket

    with socket.socket() as probe:  # a port of this machine with nothing listening on it
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/graph/fredgraph.csv"
    result = run("update", "--url", url, "--format", "csv")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"smacalc: error: update: DEXKOUS: {url}?id=DEXKOUS: cannot connect")
    assert lines[0].endswith("earlier data kept, the other series not tried")
    assert "DEXKOUS,daily,KRW,2026-05-15,fred-dexkous,2026-05-15" in result.stdout
    assert not kept.exists()


def test_a_revision_is_reported_and_not_taken(run, fred, kept) -> None:
    state, url = fred
    state.answers["DEXKOUS"] = (
        (FIXTURES / "DEXKOUS.csv").read_bytes().replace(b"2026-03-20,1504.15", b"2026-03-20,1505.00")
    )
    result = run("update", "--url", url, "--format", "csv")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "smacalc: update: DEXKOUS: 1 value differs from the record's (first 2026-03-20: 1504.15 in the record, "
        "1505.00 fetched); the record's values are kept, the fetched series is used only after 2026-05-15"
    ]
    row = json.loads(
        run("gap", "--demand", "$1", "--offer", "1 KRW", "--date", "2026-03-20", "--format", "json").stdout
    )
    assert row[0]["krw_per_usd"] == 1504.15


def test_a_fetched_year_is_used_past_the_records_and_named(run, fred, kept) -> None:
    state, url = fred
    state.answers["AEXKOUS"] = (FIXTURES / "AEXKOUS.csv").read_bytes() + b"2026-01-01,1450.0000\n"
    assert run("update", "--url", url, "--format", "csv").exit_code == 0
    table = run("gap", "--demand", "$1 billion", "--offer", "1.4T KRW", "--year", "2026", "--format", "table")
    assert table.exit_code == 0, table.stderr
    assert f"FRED AEXKOUS, fetched {TODAY}" in " ".join(table.stdout.split())
    assert "₩1,450.0bn" in table.stdout


def test_a_damaged_stored_file_is_named(run, fred, kept) -> None:
    _, url = fred
    assert run("update", "--url", url, "--format", "csv").exit_code == 0
    (kept / f"DEXKOUS-{TODAY}.csv").write_text("observation_date,DEXKOUS\n2026-01-02,x\n")
    forget_record()  # as a new process would read it
    result = run(*GAP)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"smacalc: error: {kept / f'DEXKOUS-{TODAY}.csv'}: line 2: DEXKOUS 'x'")
    assert result.stderr.rstrip().endswith("`smacalc update` fetches it again")
    again = run("update", "--url", url, "--format", "csv")
    assert again.exit_code == 0
    assert run(*GAP).exit_code == 0


def test_the_default_folder_is_under_xdg_data_home(run, fred, tmp_path, monkeypatch) -> None:
    _, url = fred
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    forget_record()
    assert run("update", "--url", url, "--format", "csv").exit_code == 0
    assert (tmp_path / "xdg" / "smacalc" / f"DEXKOUS-{TODAY}.csv").is_file()
    forget_record()


def test_a_url_that_is_not_http_is_a_usage_error(run, kept) -> None:
    result = run("update", "--url", "file:///etc/passwd")
    assert result.exit_code == 2
    assert "--url" in result.stderr


def test_the_bundled_won_reaches_2026_05_15_without_an_update(run, kept) -> None:
    result = run("gap", "--demand", "$1bn", "--offer", "1.4T KRW", "--date", "2026-05-15", "--format", "json")
    assert result.exit_code == 0 and result.stderr == ""
    row = json.loads(result.stdout)[0]
    assert (row["demand"], row["offer"], row["krw_per_usd"], row["rate_date"]) == (
        1499610000000,
        1400000000000,
        1499.61,
        "2026-05-15",
    )
    table = run("gap", "--demand", "$1bn", "--offer", "1.4T KRW", "--date", "2026-05-15", "--format", "table")
    assert "the noon buying rate of 2026-05-15 (fred-dexkous)" in " ".join(table.stdout.split())
    assert not kept.exists()
