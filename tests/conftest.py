"""Isolate every test from the caller's environment: format, colour, width, data folder, debug."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from smacalc.cli import cli


@pytest.fixture(scope="session")
def home(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The home folder every test runs with: never the user's own (tests/cli check smacalc writes nothing in it)."""
    return str(tmp_path_factory.mktemp("home"))


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, home: str) -> None:
    names = ("SMACALC_FORMAT", "SMACALC_DATA_DIR", "SMACALC_UPDATE_DIR", "SMACALC_DEBUG", "SMACALC_LANG")
    for name in (*names, "NO_COLOR", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    monkeypatch.setenv("HOME", home)
    for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def run():
    """Invoke smacalc with arguments; returns click's Result (stdout and stderr kept apart)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None):
        return runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)

    return invoke
