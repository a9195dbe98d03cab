"""Text for a terminal whose encoding is not UTF-8 (a Korean Windows console in cp949, EUC-KR,
ASCII): what it cannot show is written in the nearest form it can, ₩ as KRW, – as -, never an
error. csv and json are UTF-8 whatever the terminal; this is for tables, charts and messages."""

from __future__ import annotations

import codecs

NAME = "smacalc-fallback"
FALLBACK = {
    "₩": "KRW ", "–": "-", "—": "-", "─": "-", "━": "-", "×": "x", "÷": "/", "…": "...", "·": ".",
    "≈": "~", "’": "'", "‘": "'", "“": '"', "”": '"', "█": "#", "▓": "=", "░": ".", "▒": ":",
}  # fmt: skip


def _fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    text = error.object[error.start : error.end]
    return "".join(FALLBACK.get(char, "?") for char in text), error.end


def register() -> str:
    """The name of the error handler that writes the nearest form, registered."""
    codecs.register_error(NAME, _fallback)
    return NAME


def displayable(text: str, encoding: str) -> str:
    """``text`` as a terminal in ``encoding`` shows it (before a table is laid out, so that the
    columns are measured in what is shown)."""
    return text.encode(encoding, errors=register()).decode(encoding)
