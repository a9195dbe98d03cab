"""Isolate every test from the caller's environment: format, colour, width, data folder, debug."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from smacalc.cli import cli


@pytest.fixture(scope="session")
def kept_records(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One folder of kept records for the whole run (never the user's own ~/.cache/smacalc): the
    first read of the record validates it, the rest use what that read kept."""
    return str(tmp_path_factory.mktemp("kept-records"))


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, kept_records: str) -> None:
    for name in ("SMACALC_FORMAT", "SMACALC_DATA_DIR", "SMACALC_DEBUG", "SMACALC_WORKERS", "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("SMACALC_CACHE_DIR", kept_records)
    monkeypatch.setenv("XDG_CACHE_HOME", kept_records)  # for a test that runs smacalc without SMACALC_*


@pytest.fixture
def run():
    """Invoke smacalc with arguments; returns click's Result (stdout and stderr kept apart)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None):
        return runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)

    return invoke
