"""The docs say what the code does: what a reader can check mechanically."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kurz
from kurz.limits import MAX_ANALYSED_CHARS

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_no_doc_sends_the_reader_outside_the_repository() -> None:
    """A fresh clone has only `../shared/data/dev` beside it (the dev data `make eval` reads), nothing else there."""
    outside = [
        f"{doc.name}: {match.group()}" for doc in DOCS for match in re.finditer(r"\.\./shared/[\w./-]*", doc.read_text("utf-8"))
    ]
    assert [hit for hit in outside if "../shared/data/dev" not in hit] == []


def test_the_readmes_first_example_shows_what_the_demo_prints() -> None:
    """The teaser the README shows under `kurz summarize examples/artikel.txt` is the one `make demo` prints."""
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("$ .venv/bin/kurz summarize examples/artikel.txt\n", 1)[1].split("```", 1)[0]
    shown = " ".join(block.split())
    assert shown == kurz.summarize((ROOT / "examples" / "artikel.txt").read_text("utf-8")).text


def test_the_request_table_in_docs_server_matches_the_api() -> None:
    pytest.importorskip("fastapi", reason="the server needs the 'server' extra")
    from kurz.interfaces.server_schemas import SummarizeRequest

    schema = SummarizeRequest.model_json_schema()
    text = (ROOT / "docs" / "server.md").read_text("utf-8")
    table = text[text.index("### `POST /v1/summarize`") : text.index("Unknown fields are refused")]
    rows = {cell.strip("` ") for line in table.splitlines() if line.startswith("| `") for cell in line.split("|")[1].split(",")}
    assert set(schema["properties"]) == rows
    assert schema.get("required", []) == [] and "required" not in table.replace("exactly one of", "")


def test_split_sentences_gives_summarizes_sentences_and_then_the_rest() -> None:
    """What its docstring says: the sentences `summarize` analyses, then, past 200,000 characters, the others."""
    line = "Der Gemeinderat hat am Montag das Budget beschlossen. Die Opposition stimmte dagegen.\n"
    text = line * (MAX_ANALYSED_CHARS // len(line) + 200)
    analysed = [(s.start, s.end) for s in kurz.summarize(text).document.sentences]
    split = [(s.start, s.end) for s in kurz.split_sentences(text)]
    assert split[: len(analysed)] == analysed and len(split) > len(analysed)
