"""JSON Lines: one object per line. Lines stay bytes until a worker parses them, so the parent only moves bytes."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import nullcontext
from typing import IO, Any

from kurz.data.formats.base import (
    ByteSink,
    Existing,
    Item,
    JsonLineError,
    ReadOptions,
    RecordError,
    ResumeMismatch,
    WriteOptions,
    open_bytes,
)
from kurz.limits import MAX_JSON_DEPTH

JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true/false", type(None): "null"}


def depth(value: Any) -> int:
    """How deeply arrays and objects nest in `value`, counted without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
    return deepest


def loads_object(data: bytes | str, where: str) -> dict[str, Any]:
    """A JSON object, or a RecordError naming `where`: not UTF-8, not JSON, not an object, or nested too deeply.

    Deep nesting is refused here, so no later step (copying, encoding) can exhaust the stack on it.
    """
    try:
        value = json.loads(data)
    except UnicodeDecodeError:
        raise JsonLineError(f"{where}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise JsonLineError(f"{where}: not valid JSON: {json_problem(exc)}") from None
    except RecursionError:
        raise JsonLineError(f"{where}: JSON nested more than {MAX_JSON_DEPTH} levels deep") from None
    if not isinstance(value, dict):
        raise RecordError(f"{where}: expected a JSON object, found {JSON_TYPES.get(type(value), 'a value')}")
    if depth(value) > MAX_JSON_DEPTH:
        raise JsonLineError(f"{where}: JSON nested more than {MAX_JSON_DEPTH} levels deep")
    return value


def json_problem(exc: json.JSONDecodeError) -> str:
    """What is wrong and where, in words: "unterminated string starting at column 9", "invalid control character
    U+0001 at column 12 (write it as \\u0001)"."""
    problem = exc.msg[0].lower() + exc.msg[1:]
    if exc.msg.startswith("Invalid control character"):
        code = ord(exc.doc[exc.pos])
        return f"invalid control character U+{code:04X} at column {exc.colno} (write it as \\u{code:04x})"
    return f"{problem} column {exc.colno}" if problem.endswith(" at") else f"{problem} at column {exc.colno}"


def parse(item: Item) -> dict[str, Any]:
    """The record of an item from any reader: JSONL lines are parsed here, in the worker, without their line end
    (a string cut off at the end of the line is unterminated, not a control character)."""
    if isinstance(item.payload, RecordError):
        raise item.payload
    if isinstance(item.payload, bytes):
        return loads_object(item.payload.rstrip(b"\r\n"), f"line {item.number}")
    return item.payload


class Reader:
    """JSONL from a file or stdin, line by line; blank lines are not rows."""

    fields: list[str] | None = None
    rows: int | None = None
    notes: tuple[str, ...] = ()

    def __init__(self, path: str, options: ReadOptions) -> None:
        self.path = path
        self.size = None if path == "-" else os.path.getsize(path)

    def items(self, start: int) -> Iterator[Item]:
        """Skip `start` rows now (without parsing them), then read the rest lazily."""
        handle: IO[bytes] = sys.stdin.buffer if self.path == "-" else open(self.path, "rb")  # noqa: SIM115
        number = offset = skipped = 0
        while skipped < start:
            line = handle.readline()
            if not line:
                if handle is not sys.stdin.buffer:
                    handle.close()
                raise ResumeMismatch(skipped)
            number, offset = number + 1, offset + len(line)
            skipped += bool(line.strip())
        return self._rest(handle, number, offset)

    def _rest(self, handle: IO[bytes], number: int, offset: int) -> Iterator[Item]:
        with nullcontext(handle) if self.path == "-" else handle:
            for line in handle:
                number, offset = number + 1, offset + len(line)
                if line.strip():
                    yield Item(number, line, offset)


# Characters JSON allows raw in strings but that Python's `str.splitlines()` (and older JavaScript) take for a line
# end: escaped, so one output row is one line for every reader.
_LINE_BREAKING = str.maketrans({"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"})
_HAS_LINE_BREAKING = re.compile("[\x85\u2028\u2029]")


class Encoder:
    def __call__(self, row: dict[str, Any]) -> bytes:
        text = json.dumps(row, ensure_ascii=False, default=str)
        if _HAS_LINE_BREAKING.search(text):  # rare: checked first, as `translate` is slow on long rows
            text = text.translate(_LINE_BREAKING)
        return text.encode() + b"\n"


def encoder(columns: list[str], options: WriteOptions) -> Encoder:
    return Encoder()


def writer(path: str, columns: list[str], existing: Existing | None, options: WriteOptions) -> ByteSink:
    return ByteSink(sys.stdout.buffer, close=False) if path == "-" else open_bytes(path, existing, b"")


def existing(path: str) -> Existing:
    """Complete lines of a JSONL output; a last line without its newline was cut off and does not count."""
    rows = end = position = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            newlines = chunk.count(b"\n")
            if newlines:
                rows += newlines
                end = position + chunk.rfind(b"\n") + 1
            position += len(chunk)
    return Existing(rows, None, end)
