"""(article, teaser) pairs from JSONL, with clear errors that name the line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kurz.errors import InputError


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    summary: str
    title: str | None = None
    source: str = "all"


def read_examples(path: str | Path, limit: int | None = None, require_summary: bool = True) -> list[Example]:
    """Read pairs; a row without usable `text` (or `summary`) is an error naming its line, never skipped."""
    return list(_iter_examples(Path(path), limit, require_summary))


def _iter_examples(path: Path, limit: int | None, require_summary: bool) -> Iterator[Example]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {str(path)!r}: {exc.strerror}") from None
    count = 0
    with handle:
        for number, line in enumerate(handle, 1):
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise InputError(f"{path}:{number}: expected a JSON object")
            text, summary = row.get("text"), row.get("summary", "")
            if not isinstance(text, str) or not text.strip():
                raise InputError(f"{path}:{number}: field 'text' must be a non-empty string")
            if require_summary and (not isinstance(summary, str) or not summary.strip()):
                raise InputError(f"{path}:{number}: field 'summary' must be a non-empty string")
            title = row.get("title") if isinstance(row.get("title"), str) else None
            yield Example(str(row.get("id", number)), text, summary or "", title, str(row.get("source") or "all"))
            count += 1


def read_predictions(path: str | Path) -> dict[str, str]:
    """`id -> summary` from a predictions JSONL (fields `id`, `summary`)."""
    return dict(_iter_predictions(Path(path)))


def _iter_predictions(path: Path) -> Iterator[tuple[str, str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read predictions {str(path)!r}: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict) or "id" not in row or not isinstance(row.get("summary"), str):
            raise InputError(f"{path}:{number}: a prediction needs 'id' and a string 'summary'")
        yield str(row["id"]), row["summary"]
