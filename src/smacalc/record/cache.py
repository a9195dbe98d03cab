"""What the record's files validate to, kept between runs, so that a command does not validate
the same files again each time it starts (defining the models' validators and running them is
the largest part of smacalc's start-up).

A kept record is used only where it was made from the very same files, by the very same code: its
name and contents carry a SHA-256 of every file it was read from, of smacalc's record code, and of
the Python and pydantic versions. Anything else (no file kept, another version's, an unreadable or
damaged one) is validated from the files as if nothing were kept, and kept anew where it can be.

Where: SMACALC_CACHE_DIR, else $XDG_CACHE_HOME/smacalc, else ~/.cache/smacalc. SMACALC_CACHE_DIR
set to nothing keeps nothing. A folder that cannot be written keeps nothing, and says nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
# The code whose objects are kept: a change to any of it makes what was kept of no use.
CODE = (
    "money.py",
    "numbers.py",
    "errors.py",
    *(f"record/{name}" for name in ("load.py", "models.py", "prices.py", "talks.py")),
)
ROOT = Path(__file__).resolve().parents[1]


def folder() -> Path | None:
    """Where kept records go; None where SMACALC_CACHE_DIR says to keep nothing, or there is no home."""
    chosen = os.environ.get("SMACALC_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset, or relative (which the XDG rules say to ignore)
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "smacalc" if os.path.isabs(base) else None  # no home: nothing kept


def kept(what: str, texts: Mapping[str, str | bytes], make: Callable[[], T]) -> T:
    """``make()``, the validation of the files ``texts`` (name: contents), or what an earlier run
    kept of it for these same files and this same code."""
    where = folder()
    if where is None:
        return make()
    key = _key(what, texts)
    path = where / f"{what}-{key[:32]}.pickle"
    try:
        with path.open("rb") as file:
            stored, value = pickle.load(file)
        if stored == key:
            return value  # type: ignore[no-any-return]
    except Exception:  # nothing kept, or a file this code cannot use: validated again below
        pass
    value = make()
    _keep(path, key, value)
    return value


def _key(what: str, texts: Mapping[str, str | bytes]) -> str:
    import pydantic

    digest = hashlib.sha256()
    for part in (what, sys.version, pydantic.VERSION):
        digest.update(part.encode() + b"\0")
    digest.update(_code(ROOT))
    for name in sorted(texts):
        content = texts[name]
        digest.update(name.encode() + b"\0" + (content.encode() if isinstance(content, str) else content) + b"\0")
    return digest.hexdigest()


@cache
def _code(root: Path) -> bytes:
    """A digest of the record's code under ``root``, read once a process (every part's key has it)."""
    digest = hashlib.sha256()
    for name in CODE:
        digest.update(name.encode() + b"\0" + (root / name).read_bytes() + b"\0")
    return digest.digest()


def _keep(path: Path, key: str, value: object) -> None:
    """Write ``value`` to ``path`` whole (a temporary file renamed into place), or not at all; what
    was kept before of the same part goes (one file of each part, not one for every change)."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as file:
            pickle.dump((key, value), file, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for older in path.parent.glob(f"{path.name.split('-')[0]}-*.pickle"):  # kept for other files or code
            if older != path:
                older.unlink(missing_ok=True)
    except Exception:  # a full disk, a value that cannot be pickled: nothing is kept
        with contextlib.suppress(OSError):
            os.unlink(temporary)
