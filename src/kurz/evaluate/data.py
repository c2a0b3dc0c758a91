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


def read_examples(path: str | Path, limit: int | None = None) -> list[Example]:
    """Read pairs; a row without usable `text` or `summary` is an error naming its line, never skipped."""
    examples = []
    for where, number, row in _rows(Path(path)):
        if limit is not None and len(examples) >= limit:
            break
        text, summary = row.get("text"), row.get("summary")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{where}: field 'text' must be a non-empty string")
        if not isinstance(summary, str) or not summary.strip():
            raise InputError(f"{where}: field 'summary' must be a non-empty string")
        title = row.get("title") if isinstance(row.get("title"), str) else None
        examples.append(Example(str(row.get("id", number)), text, summary, title, str(row.get("source") or "all")))
    return examples


def read_predictions(path: str | Path) -> dict[str, str]:
    """`id -> summary` from a predictions JSONL (fields `id`, `summary`)."""
    predictions = {}
    for where, _, row in _rows(Path(path)):
        if "id" not in row or not isinstance(row.get("summary"), str):
            raise InputError(f"{where}: a prediction needs 'id' and a string 'summary'")
        predictions[str(row["id"])] = row["summary"]
    return predictions


def _rows(path: Path) -> Iterator[tuple[str, int, dict]]:
    """JSON objects of a JSONL file with their `file:line` for messages; blank lines are skipped."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read {str(path)!r}: {exc.strerror}") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
                if not isinstance(row, dict):
                    raise InputError(f"{where}: expected a JSON object")
                yield where, number, row
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 ({exc.reason})") from None
