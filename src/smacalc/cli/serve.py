"""`smacalc serve`: the record and its pages in a browser, on Datasette (the optional extra web)."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from typing import TYPE_CHECKING, Any

import click

from smacalc.cli.app import Interrupted, Terminated, cli, say
from smacalc.cli.lazy import escalation, export_tables, load, record_info
from smacalc.cli.options import Whole
from smacalc.errors import DataError, InputError

if TYPE_CHECKING:
    import socket

MAX_REQUEST = 256 * 1024  # bytes of a request's head
DATABASE = "sma"  # the database's name in Datasette's addresses: /sma/payments


@cli.command(short_help="The record and its pages in a browser, on Datasette.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    metavar="HOST",
    help="The address to listen on (0.0.0.0: every one).",
)
@click.option(
    "--port",
    type=Whole(0, 65535),
    default=8001,
    show_default=True,
    metavar="PORT",
    help="The port to listen on, 0-65535 (0: a free one).",
)
def serve(host: str, port: int) -> None:
    """Serve the record in a browser: the agreements, the chart of the payments, each agreement's
    payments, talks and timeline, a page that checks a sentence (with its JSON), in English and
    Korean, and every table of smacalc export --sqlite through Datasette's own views. Needs the
    optional extra: pip install 'smacalc[web]' (without it, exit 1).

    The database is built afresh in a temporary folder, opened read-only (immutable) and removed
    when the server stops; nothing else is written. The address is printed on stdout once the
    server listens (--port 0 takes a free port). Ctrl-C (or SIGTERM) stops the server: exit 0.
    The pages, their addresses and how to publish them are in docs/web.md.

    \b
    Examples:
      smacalc serve
      smacalc serve --port 8765
      smacalc serve --host 0.0.0.0 --port 8080
    """
    import json
    import tempfile

    try:
        import uvicorn
        from datasette.app import Datasette
    except ImportError:
        raise DataError("serve needs Datasette: pip install 'smacalc[web]'") from None
    data = load.load_dataset()  # the record the pages compute from: the same in the tables
    rows = escalation.project(data)
    listening = _socket(host, port)
    with listening, tempfile.TemporaryDirectory(prefix="smacalc-serve-") as folder:
        database = os.path.join(folder, f"{DATABASE}.db")
        with open(database, "wb") as out:
            out.write(export_tables.sqlite_bytes(data, rows))
        metadata = json.loads(record_info.datasette_metadata(data, rows, DATABASE, None))
        ds = Datasette(immutables=[database], metadata=metadata)
        _run(ds.invoke_startup())
        # A check's text travels in its address (a GET form, so a result can be shared): up to
        # 10,000 characters, Hangul percent-encoded in 9 bytes each, over h11's 16 KB default.
        config = uvicorn.Config(ds.app(), log_level="warning", lifespan="on", h11_max_incomplete_event_size=MAX_REQUEST)
        server = uvicorn.Server(config)
        where = listening.getsockname()
        shown = f"[{where[0]}]" if ":" in where[0] else where[0]

        # From the address on, Ctrl-C or SIGTERM is the way to stop a server: uvicorn shuts down on
        # either. One that comes before uvicorn listens for it asks the server to stop as uvicorn's
        # own would, so that it never lands in the middle of the event loop's start.
        def stopping(signum: int, frame: Any) -> None:
            server.should_exit = True

        before = {sig: signal.signal(sig, stopping) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            with contextlib.suppress(KeyboardInterrupt, Interrupted, Terminated):
                click.echo(f"http://{shown}:{where[1]}/")
                sys.stdout.flush()
                say("serving the record; Ctrl-C stops")
                server.run(sockets=[listening])
        finally:
            for sig, handler in before.items():
                signal.signal(sig, handler)
    say("stopped")


def _socket(host: str, port: int) -> socket.socket:
    """A socket listening on ``host``:``port``, or one line saying why it cannot."""
    import socket

    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"serve: --host {host!r}: {exc}") from None
    family, kind, proto, _, address = found[0]
    listening = socket.socket(family, kind, proto)
    try:
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind(address)
        listening.listen(128)
    except OSError as exc:
        listening.close()
        raise InputError(f"serve: cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    listening.set_inheritable(True)
    return listening


def _run(awaitable: Any) -> None:
    import asyncio

    with contextlib.closing(asyncio.new_event_loop()) as loop:
        loop.run_until_complete(awaitable)
