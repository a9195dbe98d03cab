"""The pages: home, one per agreement, and check (with its JSON). Each takes ``?lang=ko``; each
calls the Python API (``import smacalc``) and the CLI's own reports (smacalc.render), so a page
shows what the command shows. Every error is a page of one line with a 4xx status."""

from __future__ import annotations

import contextlib
import io
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from datasette.utils.asgi import Base400, NotFound, Request, Response
from markupsafe import Markup

import smacalc
from smacalc.calc.claims import MAX_TEXT
from smacalc.errors import SmacalcError
from smacalc.numbers import parse_date
from smacalc.render import claims as claim_reports
from smacalc.render import payments as payment_reports
from smacalc.render import record as record_reports
from smacalc.render import talks as talk_reports
from smacalc.render.chart import from_report
from smacalc.render.formats import Format, render
from smacalc.render.messages import Message, msg, text
from smacalc.render.svg import chart_svg
from smacalc.web.html import citations, table

if TYPE_CHECKING:
    import datetime as dt

    from datasette.app import Datasette

    from smacalc.record.dataset import Dataset

DATABASE_TABLE = "record_info"  # a database holding it is smacalc's export


class PageError(Exception):
    """What went wrong with a request, as a message of the catalogue, and its status."""

    def __init__(self, message: Message, status: int = 400) -> None:
        super().__init__(message.id)
        self.message = message
        self.status = status


def language(request: Request) -> str:
    return "ko" if request.args.get("lang", "").lower() == "ko" else "en"


def switch(request: Request, lang: str) -> str:
    """This page in the other language: the same path and query, ``lang`` changed."""
    kept = [(k, v) for k in request.args if k != "lang" for v in request.args.getlist(k)]
    query = urlencode(kept + ([] if lang == "ko" else [("lang", "ko")]))
    return str(request.path) + ("?" + query if query else "")


def one_line(given: str) -> str:
    """What a reader typed, on one line: control characters shown escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in given)


def here(path: str, lang: str, **query: str) -> str:
    """A link to a page of the plugin, in ``lang``."""
    pairs = [(k, v) for k, v in query.items() if v] + ([("lang", "ko")] if lang == "ko" else [])
    return path + ("?" + urlencode(pairs) if pairs else "")


async def page(
    datasette: Datasette, request: Request, template: str, lang: str, context: dict[str, Any], status: int = 200
) -> Response:
    words = {key.removeprefix("web."): text(msg(key), lang) for key in WORDS}
    body = await datasette.render_template(
        template,
        {
            **context,
            "lang": lang,
            "t": words,
            "switch": switch(request, lang),
            "home": here("/", lang),
            "check_page": here("/-/check", lang),
            "css": datasette.urls.static_plugins("smacalc", "smacalc.css"),
        },
        request=request,
    )
    return Response.html(body, status=status)


WORDS = (
    "web.site",
    "web.lead",
    "web.lang",
    "web.home",
    "web.agreements",
    "web.chart",
    "web.freshness",
    "web.tables",
    "web.tables.lead",
    "web.queries",
    "web.check",
    "web.check.lead",
    "web.check.text",
    "web.check.date",
    "web.check.submit",
    "web.check.json",
    "web.check.rules",
    "web.sma.talks",
    "web.sma.no_talks",
    "web.sma.in_tables",
    "web.error",
)
QUERIES = ("agreement_total", "payments_in_dollars", "demand_gaps")


async def refused(datasette: Datasette, request: Request, exception: Base400) -> Response:
    """Datasette's own 4xx (an unknown path, table or database) as a page of one line."""
    detail = str(exception.args[0]) if exception.args else ""
    status = exception.status
    message = msg("web.error.not_found", detail="" if detail == "404" else detail)
    if status != 404:
        message = msg("web.error.other", reason=detail or str(status))
    if request.path.endswith(".json"):
        return Response.json({"ok": False, "error": text(message, language(request)), "status": status}, status=status)
    return await error_page(datasette, request, PageError(message, status))


RICH_OUTSIDE_EXCEPT = "Value for 'trace' required"  # what rich raises from print_exception with no exception


def unmatched_as_404(datasette: Datasette) -> Callable[[Any], Any]:
    """An ASGI wrapper: where Datasette's handling of an unmatched path fails before any response
    is sent (see smacalc.web.asgi_wrapper), the reader gets the 404 page instead of a 500."""

    def wrap(app: Any) -> Any:
        async def wrapped(scope: dict[str, Any], receive: Any, send: Any) -> None:
            started = False

            async def sending(message: dict[str, Any]) -> None:
                nonlocal started
                started = started or message.get("type") == "http.response.start"
                await send(message)

            try:
                await app(scope, receive, sending)
            except ValueError as exc:
                if started or scope.get("type") != "http" or not str(exc).startswith(RICH_OUTSIDE_EXCEPT):
                    raise
                # outside Datasette's CSRF layer, which gives each request's scope its token: a page
                # of one line has no form to protect
                request = Request({**scope, "csrftoken": lambda: ""}, receive)
                response = await refused(datasette, request, NotFound("404"))
                await response.asgi_send(send)

        return wrapped

    return wrap


async def error_page(datasette: Datasette, request: Request, error: PageError) -> Response:
    lang = language(request)
    return await page(
        datasette, request, "smacalc_error.html", lang, {"message": text(error.message, lang)}, error.status
    )


def smacalc_database_file(datasette: Datasette) -> str | None:
    """The name of the first database that is smacalc's export (it holds record_info), or None;
    read-only, as Datasette holds it."""
    for name, db in datasette.databases.items():
        if db.is_memory or not db.path:
            continue
        try:
            with contextlib.closing(sqlite3.connect(f"file:{quote(db.path)}?mode=ro&immutable=1", uri=True)) as found:
                held = found.execute("select 1 from sqlite_master where type = 'table' and name = ?", [DATABASE_TABLE])
                if held.fetchone() is not None:
                    return str(name)
        except sqlite3.Error:
            continue
    return None


def chart(data: Dataset, lang: str) -> Markup:
    """The chart of `smacalc chart --svg` for the whole record: dollar and won years, drawn in won."""
    how = smacalc.Restatement("KRW")
    items = smacalc.restate(data, smacalc.project(data), how)
    drawn = chart_svg(from_report(payment_reports.restated(data, items, None, how), data, "amount", lang))
    return Markup(drawn[drawn.index("<svg") :])  # smacalc's own SVG: svg.py escapes its text


async def home(datasette: Datasette, request: Request) -> Response:
    lang = language(request)
    data = smacalc.load_dataset()
    name = smacalc_database_file(datasette)
    assert name is not None  # the route is registered only where there is one
    db = datasette.get_database(name)
    latest = [r for r in smacalc.project(data) if r.basis == "official"][-1]
    sources = citations(data, latest.source)
    agreements = table(
        record_reports.agreements(data), data, lang, links={"sma": lambda row: here(f"/-/sma/{row['sma']}", lang)}
    )
    status = record_reports.update_status(smacalc.update_status(data), "")
    queries = [(text(msg(f"web.query.{q}"), lang), datasette.urls.table(name, q)) for q in QUERIES]
    tables = [(t, datasette.urls.table(name, t)) for t in [*await db.table_names(), *await db.view_names()]]
    context = {
        "agreements": agreements,
        "chart": chart(data, lang),
        "latest": text(msg("web.latest", year=latest.year, amount=latest.amount), lang),
        "latest_sources": sources,
        "freshness": table(status, data, lang, caption=False),
        "queries": queries,
        "tables": tables,
    }
    return await page(datasette, request, "smacalc_home.html", lang, context)


def agreement_number(data: Dataset, given: str) -> int:
    numbers = [a.number for a in data.agreements]
    if not (given.isascii() and given.isdigit() and int(given) in numbers):
        raise PageError(msg("web.error.sma", sma=one_line(given[:40]), last=max(numbers)), 404)
    return int(given)


async def agreement(datasette: Datasette, request: Request) -> Response:
    lang = language(request)
    data = smacalc.load_dataset()
    try:
        sma = agreement_number(data, request.url_vars["sma"])
    except PageError as error:
        return await error_page(datasette, request, error)
    positions = smacalc.position_gaps(data, sma)
    name = smacalc_database_file(datasette)
    links = [] if name is None else [(t, datasette.urls.table(name, t) + f"?sma={sma}") for t in SMA_TABLES]
    context = {
        "name": text(msg("web.sma.title", name=data.agreement(sma).name, sma=sma), lang),
        "payments": table(payment_reports.projection(data, smacalc.project(data, sma=sma), sma), data, lang),
        "talks": table(talk_reports.position_gaps(data, positions, sma), data, lang) if positions else None,
        "timeline": table(talk_reports.history(smacalc.history(data, sma), sma), data, lang),
        "links": links,
    }
    return await page(datasette, request, "smacalc_agreement.html", lang, context)


SMA_TABLES = ("payments", "positions", "events")


def claim(data: Dataset, request: Request) -> tuple[str, str, dt.date | None]:
    """The text and date asked for (each as given), the date read; a PageError where either
    cannot be checked."""
    given, day_given = request.args.get("text", ""), request.args.get("date", "").strip()
    if len(given) > MAX_TEXT:
        raise PageError(msg("web.error.too_long", count=f"{len(given):,}", limit=f"{MAX_TEXT:,}"), 400)
    day = None
    if day_given:
        try:
            day = parse_date(day_given)
        except SmacalcError:
            raise PageError(msg("web.error.date", day=one_line(day_given[:40]))) from None
        years = [a.first for a in data.agreements] + [a.last for a in data.agreements]
        first, last = min(years), max(years)
        if not first <= day.year <= last:
            raise PageError(msg("web.error.date_outside", day=day_given, first=first, last=last))
    return given, day_given, day


async def check(datasette: Datasette, request: Request) -> Response:
    lang = language(request)
    data = smacalc.load_dataset()
    as_json = request.url_vars.get("json") == ".json"
    try:
        given, day_given, day = claim(data, request)
        if as_json and not given.strip():
            raise PageError(msg("web.error.empty"))
    except PageError as error:
        if as_json:
            return Response.json({"ok": False, "error": text(error.message, lang)}, status=error.status)
        return await error_page(datasette, request, error)
    try:
        rows = smacalc.check(data, given, day) if given.strip() else None
    except SmacalcError as exc:  # what the checks above did not foresee: still one line, still a 400
        return await error_page(datasette, request, PageError(msg("web.error.other", reason=str(exc))))
    report = None if rows is None else claim_reports.checks(rows, claim_reports.basis_line(day, None))
    if as_json:
        assert report is not None
        out = io.StringIO()
        render(report, Format.JSON, out)  # the rows of check --format json, key for key
        return Response(out.getvalue(), content_type="application/json; charset=utf-8")
    context = {
        "text": given,
        "date": day_given,
        "limit": MAX_TEXT,
        "result": None if report is None else table(report, data, lang, skip=("text_shown",)),
        "json": None if report is None else here("/-/check.json", lang, text=given, date=day_given),
    }
    return await page(datasette, request, "smacalc_check.html", lang, context)
