"""The progress bar of long batches: nothing when stderr is not a terminal or the work is short;
a bar naming the rows done once the work has run past two seconds on a terminal."""

import io

from smacalc.render.progress import DELAY, Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def work(err: io.StringIO, seconds: float, rows: int = 1024) -> str:
    clock = Clock()
    bar = Progress("gap", err=err, clock=clock)
    for i in range(rows):
        clock.now = seconds * (i + 1) / rows
        bar.advance()
    text = err.getvalue()
    bar.close()
    return text


def test_nothing_when_stderr_is_not_a_terminal() -> None:
    assert work(io.StringIO(), seconds=10) == ""


def test_nothing_for_short_work_on_a_terminal() -> None:
    assert work(Terminal(), seconds=DELAY / 2) == ""


def test_a_bar_with_the_rows_done_for_long_work_on_a_terminal() -> None:
    text = work(Terminal(), seconds=10 * DELAY)
    assert "gap: " in text and " rows" in text


def test_no_bar_in_a_pipe_from_the_command_line(run) -> None:
    rows = "demand,offer,year\n" + "5B USD,1T KRW,2019\n" * 3000
    result = run("gap", "--from", "-", "--format", "csv", input=rows)
    assert result.exit_code == 0 and result.stderr == ""
