"""smacalc's Datasette plugin: the pages of `smacalc serve` (and of `datasette sma.db` wherever
smacalc is installed), registered under Datasette's entry point ``datasette`` in pyproject.toml.

    pages.py     the pages: home (/), an agreement (/-/sma/N), check (/-/check, /-/check.json)
    html.py      a report of the CLI as a page lays it out (cells, citations, verdict colours)
    queries.py   the canned queries a desk asks for, on smacalc's database
    templates/   the pages' Jinja templates (extending Datasette's base.html)
    static/      their stylesheet (served by Datasette; the pages load nothing from another host)

A presentation layer like cli/: it calls the Python API and smacalc.render, and computes no figure.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from datasette import hookimpl as datasette_hookimpl

if TYPE_CHECKING:
    from datasette.app import Datasette

F = TypeVar("F", bound=Callable[..., Any])
hookimpl: Callable[[F], F] = datasette_hookimpl  # Datasette's marker, typed as what it is


@hookimpl
def register_routes(datasette: Datasette) -> list[tuple[str, Any]]:
    from smacalc.web import pages

    routes: list[tuple[str, Any]] = [
        (r"^/-/sma/(?P<sma>[^/]*)$", pages.agreement),
        (r"^/-/check(?P<json>\.json)?$", pages.check),
    ]
    if pages.smacalc_database_file(datasette) is not None:
        routes.append((r"^/$", pages.home))  # Datasette's own index stays for any other database
    return routes


@hookimpl
def canned_queries(datasette: Datasette, database: str) -> Any:
    from smacalc.web import queries

    return queries.canned(datasette, database)


@hookimpl
def asgi_wrapper(datasette: Datasette) -> Any:
    """A path no route matches answered with smacalc's 404 page: Datasette 0.65 hands it to its
    own exception handler with no exception in flight, where the rich that smacalc installs fails
    (print_exception outside an except block) and the server would answer 500."""
    from smacalc.web import pages

    return pages.unmatched_as_404(datasette)


@hookimpl
def handle_exception(datasette: Datasette, request: Any, exception: Exception) -> Any:
    """A 4xx of any page (an unknown path, table or database) as smacalc's error page of one
    line (Datasette 0.65's own handler fails on a 404 under recent versions of rich, which smacalc
    installs); anything else is left to Datasette."""
    from datasette.utils.asgi import Base400

    if not isinstance(exception, Base400):
        return None
    from smacalc.web import pages

    return pages.refused(datasette, request, exception)
