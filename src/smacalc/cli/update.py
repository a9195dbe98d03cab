"""`smacalc update`: the latest exchange rates and price levels, fetched from their publisher."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from smacalc.cli.app import cli, say
from smacalc.cli.lazy import fetched, files, load, record_reports, updating
from smacalc.cli.output import Output, emit, output_options
from smacalc.errors import DataError

if TYPE_CHECKING:
    from smacalc.record.fetched import Fetched


@cli.command(short_help="Fetch the latest exchange rates and price levels from FRED.")
@click.option("--status", is_flag=True, help="List each series, its last day and where it comes from; fetch nothing.")
@click.option(
    "--url",
    default="https://fred.stlouisfed.org/graph/fredgraph.csv",
    show_default=True,
    metavar="URL",
    help="Where FRED's CSV download is (another server that serves the same files, for tests or a mirror).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1, 600),
    default=30,
    show_default=True,
    help="Seconds to wait for an answer.",
)
@output_options
def update(status: bool, url: str, timeout: float, output: Output) -> None:
    """Fetch the latest exchange rates and price levels from their publisher, FRED.

    The daily noon buying rates (DEXKOUS, DEXJPUS, DEXCHUS, DEXUSEU), the annual averages
    (AEXKOUS, AEXJPUS, AEXCHUS, AEXUSEU) and the US CPI-U's annual average (CPIAUCNS) are
    downloaded as FRED's CSV (no key needed), each checked as the bundled files are checked, and
    kept as that CSV in $SMACALC_UPDATE_DIR, else $XDG_DATA_HOME/smacalc, else
    ~/.local/share/smacalc (one file a series, written whole or not at all). Every command then
    carries each series on by the days or years fetched after the record's own last one, and its
    caption and basis name them (FRED DEXKOUS, fetched 2026-12-05); the record's own values are
    never replaced. No other command fetches anything.

    A value FRED gives differently from the record is reported (the record's is kept). A timeout,
    an HTTP error, a page that is not FRED's CSV, a download cut short, or a series that ends
    before the record's own: one line each, that series' earlier data kept, exit 1. A server that
    does not answer or refuses ends the run there (the other series are not tried).

    Then, as with --status, each series: its last day (or year), where that comes from, and where
    the bundled series ends.

    \b
    Examples:
      smacalc update
      smacalc update --status
    """
    if not url.startswith(("https://", "http://")):
        raise click.BadParameter(f"{url!r}: give an http:// or https:// address", param_hint="--url")
    failed = 0 if status else _fetch_all(url, timeout)
    emit(record_reports.update_status(updating.update_status(load.load_dataset()), str(fetched.folder())), output)
    if failed:
        click.get_current_context().exit(1)


def _fetch_all(url: str, timeout: float) -> int:
    """Fetch every series, keep those that pass, and say in one line each what went wrong with the
    others; the number that failed."""
    import os

    place = fetched.folder()
    own = load.read_record(os.environ.get("SMACALC_DATA_DIR") or None)
    try:
        before = fetched.stored(place)
    except DataError as exc:
        say(f"update: {exc}; fetching every series again")
        before = {}
    kept: dict[str, Fetched] = {}
    failed = 0
    for series in fetched.SERIES:
        try:
            checked = updating.fetch(series, url, timeout, own, before.get(series.id))
        except updating.Unreachable as exc:
            say(f"error: update: {series.id}: {exc}; earlier data kept, the other series not tried")
            failed += 1
            break
        except DataError as exc:
            say(f"error: update: {exc}; earlier data kept")
            failed += 1
            continue
        if checked.revised:
            say(f"update: {updating.revision_line(checked)}")
        kept[series.id] = checked.fetched
    if kept:
        contents = {fetched.file_name(f): fetched.as_csv(f) for f in kept.values()}
        old = [fetched.file_name(before[i]) for i in kept if i in before]
        place.parent.mkdir(parents=True, exist_ok=True)
        files.write_folder(str(place), contents, [name for name in old if name not in contents])
        load.forget_record()  # read again, with what was just written
    return failed
