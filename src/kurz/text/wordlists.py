"""German word lists as data: kurz/text/data/*.txt, one entry a line, read once at import."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"


def word_list(name: str) -> frozenset[str]:
    """The entries of kurz/text/data/NAME.txt; blank lines and '#' comments are skipped."""
    lines = (line.strip() for line in (DATA / f"{name}.txt").read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))
