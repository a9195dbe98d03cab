"""What the record's files validate to, kept between runs: used only for the same files and the
same code, validated again for anything else, and never a reason for a command to fail."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from smacalc.record import cache, load, prices

DATA = Path(load.__file__).parent / "data"


def _everything(data) -> tuple[object, ...]:
    return (data.agreements, dict(data.sources), dict(data.indices), dict(data.defaults), dict(data.rates),
            dict(data.troop_levels), data.burden, data.positions, data.events, data.daily_rates.series)  # fmt: skip


def test_a_kept_record_is_the_record_validated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMACALC_CACHE_DIR", "")
    fresh = _everything(load.read_record())
    monkeypatch.setenv("SMACALC_CACHE_DIR", str(tmp_path))
    first = _everything(load.read_record())  # validated, and kept
    assert sorted(p.name.split("-")[0] for p in tmp_path.iterdir()) == ["daily", "prices", "record", "talks"]

    def refused(*args: object) -> None:
        raise AssertionError("validated again")

    for name in ("_validated_base", "_validated_prices", "_validated_talks"):
        monkeypatch.setattr(load, name, refused)
    monkeypatch.setattr(prices.DailyRates, "__init__", refused)
    kept = _everything(load.read_record())  # every part from what was kept
    assert kept == first == fresh
    assert kept[0][10].name == "11th SMA" and kept[0][10].first == 2020


def test_a_damaged_or_foreign_file_is_validated_again_and_replaced(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SMACALC_CACHE_DIR", str(tmp_path))
    expected = load.read_record().agreements
    (record,) = tmp_path.glob("record-*.pickle")
    for damage in (b"not a pickle", pickle.dumps(("another key", "another value"))):
        record.write_bytes(damage)
        assert load.read_record().agreements == expected
        key, value = pickle.loads(record.read_bytes())
        assert value[0] == expected and len(key) == 64


def test_changed_files_are_not_answered_by_what_was_kept(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    monkeypatch.setenv("SMACALC_CACHE_DIR", str(tmp_path / "kept"))
    before = load.read_record(str(folder)).indices[("defense_growth", 2021)].pct
    indices = folder / "indices.csv"
    lines = indices.read_text(encoding="utf-8").splitlines(keepends=True)
    (i,) = [i for i, line in enumerate(lines) if line.startswith("defense_growth,2021,")]
    fields = lines[i].split(",")
    fields[2] = "9.9"
    lines[i] = ",".join(fields)
    indices.write_text("".join(lines), encoding="utf-8")
    after = load.read_record(str(folder)).indices[("defense_growth", 2021)].pct
    assert (before, str(after)) == (load.read_record().indices[("defense_growth", 2021)].pct, "9.9")
    assert len(list((tmp_path / "kept").glob("record-*.pickle"))) == 1  # the one for the files as they are now


def test_a_folder_that_cannot_be_written_keeps_nothing_and_says_nothing(tmp_path: Path, monkeypatch, capsys) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way")
    monkeypatch.setenv("SMACALC_CACHE_DIR", str(blocked / "smacalc"))
    assert load.read_record().agreements[0].number == 1
    assert capsys.readouterr() == ("", "")
    monkeypatch.setenv("SMACALC_CACHE_DIR", "")
    assert cache.folder() is None


def test_the_folder_follows_the_environment(monkeypatch) -> None:
    monkeypatch.delenv("SMACALC_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert cache.folder() == Path("/somewhere/smacalc")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", "/home/analyst")
    assert cache.folder() == Path("/home/analyst/.cache/smacalc")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # ignored, as the XDG rules say
    assert cache.folder() == Path("/home/analyst/.cache/smacalc")


def test_the_key_covers_the_files_the_code_and_the_versions(tmp_path: Path, monkeypatch) -> None:
    texts = {"sources.csv": "id,title\n"}
    key = cache._key("record", texts)
    assert key != cache._key("prices", texts) and key != cache._key("record", {"sources.csv": "id,title\r\n"})
    code = tmp_path / "smacalc"
    shutil.copytree(cache.ROOT, code, ignore=shutil.ignore_patterns("__pycache__", "data"))
    monkeypatch.setattr(cache, "ROOT", code)
    assert cache._key("record", texts) == key
    (code / "record" / "models.py").write_text((code / "record" / "models.py").read_text() + "\n# changed\n")
    cache._code.cache_clear()  # the code is read once a process: a changed copy is a new process's
    changed = cache._key("record", texts)
    assert changed != key
    monkeypatch.setattr("pydantic.VERSION", "0.0.0")
    assert cache._key("record", texts) not in (key, changed)
