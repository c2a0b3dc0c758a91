"""The row contract shared by every engine that summarises records (`kurz batch`, Spark): one record in, one row out.

An output row holds the record's own `id` (as it was given, or null), `row` (where the record is in its input),
the record's other fields, then the summary or an `error` object. It never fails: whatever a record holds, it
becomes a row, so no engine ever loses or duplicates a record because of its content.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from kurz.data.formats.base import Item, RecordError, cell
from kurz.data.formats.jsonl import parse
from kurz.document import Document
from kurz.errors import InputError, KurzError
from kurz.limits import MAX_ANALYSED_CHARS
from kurz.llm import LLM_METHOD, Endpoint
from kurz.pipeline import load_method, summarize_document, within_chars
from kurz.summary import Budget
from kurz.text.normalize import SURROGATES

SUMMARY_COLUMNS = ("summary", "method", "model_version", "over_budget", "words", "chars", "warnings", "budget", "sentences")
LLM_COLUMN = "llm"  # what the language model did (method "llm" only)
ERROR_COLUMNS = ("error_code", "error_message")
RESERVED = frozenset({"id", "row", "error", LLM_COLUMN, *SUMMARY_COLUMNS, *ERROR_COLUMNS})
INPUT_PREFIX = "input_"


class MissingTextError(InputError):
    code = "missing_text"


@dataclass(frozen=True)
class RowSettings:
    """What turns a record into an output row: the method, its budget and which fields hold what."""

    method: str
    model: str | None
    budget: Budget
    text_field: str = "text"
    id_field: str | None = "id"  # None: rows have no id field
    title_field: str | None = "title"  # None: rows have no headline
    html_field: str = "html"  # a record without text may hold an HTML page here
    llm: Endpoint | None = None  # with method "llm": the language model's server


def output_name(field: str, reserved: frozenset[str] | tuple[str, ...] = RESERVED) -> str:
    """The output name of a passed-through input field: one that clashes with kurz's own gets an `input_` prefix.

    So does one that merely looks renamed (`input_summary` beside `summary`): the names stay distinct, whatever the
    input holds, without knowing its other fields (JSONL rows have no header).
    """
    core = field
    while core.startswith(INPUT_PREFIX):
        core = core[len(INPUT_PREFIX) :]
    return INPUT_PREFIX + field if core in reserved else field


def output_columns(fields: list[str], settings: RowSettings) -> list[str]:
    """Columns of a tabular output: id, row, the input's other fields (not its text), then kurz's."""
    passed = [output_name(f) for f in fields if f not in (settings.text_field, settings.id_field, settings.html_field)]
    if bad := [repr(without_surrogates(f)) for f in passed if SURROGATES.search(f)]:
        problem = "unpaired surrogate code points (such as \\ud800), which are not valid Unicode"
        raise RecordError(f"INPUT has field names with {problem}: {', '.join(bad)}; a CSV or Parquet header cannot hold them")
    llm = [LLM_COLUMN] if settings.method == LLM_METHOD else []
    return ["id", "row", *passed, *SUMMARY_COLUMNS, *llm, *ERROR_COLUMNS]


def build_row(item: Item, settings: RowSettings) -> dict[str, Any]:
    """The output row for one input row: id, row, passed-through fields, then the summary or an error."""
    llm = settings.llm if settings.method == LLM_METHOD else None
    if settings.method == LLM_METHOD and llm is None:
        try:
            llm = Endpoint.from_env()
        except KurzError as exc:
            return {"id": None, "row": item.number, "method": LLM_METHOD, "model_version": "", "error": error_object(exc)}
    method = load_method(settings.method, settings.model)
    stamp = (
        {"method": LLM_METHOD, "model_version": llm.model} if llm else {"method": method.name, "model_version": method.version}
    )
    try:
        record = parse(item)
    except KurzError as exc:
        return {"id": None, "row": item.number, **stamp, "error": error_object(exc)}
    row = {
        "id": json_safe(record.get(settings.id_field) if settings.id_field is not None else None),
        "row": item.number,
        **passthrough(record, settings),
    }
    try:
        text, html = article_text(record, settings)
        document = Document.from_text(text, title(record, settings.title_field), MAX_ANALYSED_CHARS, html=html)
        row.update(within_chars(summarize_document(document, method, settings.budget, llm)).to_dict(details=False))
    except KurzError as exc:
        row.update(stamp, error=error_object(exc))
    except Exception as exc:
        row.update(stamp, error={"code": "internal_error", "message": f"{type(exc).__name__}: {exc}"})
    return row


def passthrough(record: dict[str, Any], settings: RowSettings) -> dict[str, Any]:
    skipped = (settings.text_field, settings.id_field, settings.html_field)
    return {output_name(k): json_safe(v) for k, v in record.items() if k not in skipped}


def json_safe(value: Any) -> Any:
    """`value` with None for NaN and infinities, nested ones too: JSONL and Parquet inputs can hold them, JSON cannot."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [json_safe(v) for v in value]
    return value


def without_surrogates(text: str) -> str:
    """`text` with U+FFFD for each lone surrogate, so that it can be written and shown."""
    return SURROGATES.sub("\ufffd", text)


def unwritable(row: dict[str, Any]) -> list[str]:
    """Fields of an output row whose name or value holds a lone surrogate: UTF-8, so no output format, can encode it."""
    return [k for k, v in row.items() if SURROGATES.search(json.dumps({k: v}, ensure_ascii=False, default=str))]


def unwritable_row(row: dict[str, Any]) -> dict[str, Any]:
    """An error row in place of one that cannot be encoded: the fields with lone surrogates left out, the id cleaned."""
    bad = unwritable(row)
    clean_id = without_surrogates(cell(row["id"])) if "id" in bad else row["id"]
    kept = {k: v for k, v in row.items() if k not in RESERVED and k not in bad}  # the passed-through fields
    names = list(dict.fromkeys("the text" if k in RESERVED - {"id"} else repr(without_surrogates(k)) for k in bad))
    fixes = ["U+FFFD replaces them in the id"] if "id" in bad else []
    fixes += ["the fields that hold them are left out"] if set(bad) - {"id"} else []
    problem = f"{'contains' if len(names) == 1 else 'contain'} unpaired surrogate code points (such as \\ud800)"
    message = f"{', '.join(names)} {problem}, which are not valid Unicode and cannot be written; {' and '.join(fixes)}"
    stamp = {"method": row["method"], "model_version": row["model_version"]}
    return {"id": clean_id, "row": row["row"], **kept, **stamp, "error": {"code": InputError.code, "message": message}}


def article_text(record: dict[str, Any], settings: RowSettings) -> tuple[Any, bool | None]:
    """The text as given, or else the HTML page (True: read it as one); type and emptiness are checked by
    Document.from_text like everywhere else."""
    field = settings.text_field
    if record.get(field) is None:
        if record.get(settings.html_field) is not None:
            return record[settings.html_field], True
        where = f"no {field!r} (or {settings.html_field!r}) field" if field not in record else f"a null {field!r}"
        raise MissingTextError(f"the row has {where}")
    return record[field], None


def title(record: dict[str, Any], field: str | None) -> str | None:
    value = record.get(field) if field is not None else None
    return value if isinstance(value, str) and value.strip() else None


def error_object(exc: KurzError) -> dict[str, str]:
    return {"code": exc.code, "message": exc.message}
