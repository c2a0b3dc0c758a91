"""(article, teaser) pairs from JSONL, with clear errors that name the line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kurz.data.formats.jsonl import loads_object
from kurz.errors import InputError


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    summary: str
    title: str | None = None
    source: str = "all"
    publisher: str | None = None  # the outlet, for publisher-disjoint cross-validation


def read_examples(path: str | Path, limit: int | None = None) -> list[Example]:
    """Read pairs; a row without usable `text` or `summary` is an error naming its line, never skipped.

    Ids must be unique (predictions are matched by id); a row without one is named by its line number.
    """
    examples: list[Example] = []
    lines: dict[str, str] = {}
    for where, number, row in _rows(Path(path)):
        if limit is not None and len(examples) >= limit:
            break
        for name in ("text", "summary"):
            if not isinstance(row.get(name), str) or not row[name].strip():
                raise InputError(f"{where}: field '{name}' must be a non-empty string")
        for name in ("title", "source", "publisher"):
            if row.get(name) is not None and not isinstance(row[name], str):
                raise InputError(f"{where}: field '{name}' must be a string")
        key = _id(row, where) if "id" in row else str(number)
        if key in lines:
            raise InputError(f"{where}: id {key!r} was already used on {lines[key]}")
        lines[key] = where
        examples.append(
            Example(key, row["text"], row["summary"], row.get("title"), row.get("source") or "all", row.get("publisher") or None)
        )
    return examples


def read_predictions(path: str | Path) -> dict[str, str]:
    """`id -> summary` from a predictions JSONL (fields `id`, `summary`); a repeated id is an error."""
    predictions: dict[str, str] = {}
    for where, _, row in _rows(Path(path)):
        if "id" not in row or not isinstance(row.get("summary"), str):
            raise InputError(f"{where}: a prediction needs 'id' and a string 'summary'")
        key = _id(row, where)
        if key in predictions:
            raise InputError(f"{where}: a second prediction for id {key!r}")
        predictions[key] = row["summary"]
    return predictions


def _id(row: dict, where: str) -> str:
    """An id is a string or an integer; anything else (null, a list) would match by accident."""
    value = row["id"]
    if isinstance(value, bool) or not isinstance(value, (str, int)) or not str(value).strip():
        raise InputError(f"{where}: field 'id' must be a non-empty string or an integer")
    return str(value)


def _rows(path: Path) -> Iterator[tuple[str, int, dict]]:
    """JSON objects of a JSONL file with their `file:line` for messages; blank lines are skipped."""
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read {str(path)!r}: {exc.strerror}") from None
    with handle:
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                yield where, number, loads_object(line, where)
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 ({exc.reason})") from None
