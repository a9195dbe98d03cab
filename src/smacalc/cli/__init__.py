"""The command line: a thin layer that reads options, calls the record and the calculations, and
hands their rows to the renderer.

    app.py        the click group, and the policy every command runs under (errors, exit codes)
    options.py    options and argument types shared by commands
    output.py     --format, --wide, --lang, and emit()
    lazy.py       the modules commands use, imported when first touched (start-up stays fast)
    payments.py   project, change, chart
    talks.py      gap, history
    claims.py     check
    batches.py    --from: a batch opened, read by smacalc.inputs, stopped between rows
    export.py     export
    burden.py     burden, compare
    record.py     list, audit, sources, schema
    serve.py      serve (the record in a browser, on Datasette: the optional extra web)
    update.py     update (the latest rates and price levels, fetched from FRED)
    docs.py       docs/commands.md, written from every command's --help (python -m smacalc.cli.docs)
"""

from smacalc.cli import burden, claims, export, payments, record, serve, talks, update
from smacalc.cli.app import cli, main

__all__ = ["burden", "claims", "cli", "export", "main", "payments", "record", "serve", "talks", "update"]
