"""Isolate every test from the caller's environment: format, colour, width, data folder, debug."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from smacalc.cli import cli


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SMACALC_FORMAT", "SMACALC_DATA_DIR", "SMACALC_DEBUG", "NO_COLOR", "FORCE_COLOR", "COLUMNS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "120")


@pytest.fixture
def run():
    """Invoke smacalc with arguments; returns click's Result (stdout and stderr kept apart)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None):
        return runner.invoke(cli, list(args), input=input, env=env, catch_exceptions=False)

    return invoke
