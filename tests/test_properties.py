"""Property-based tests over the public entry points: any string gives a result with true offsets, or a KurzError."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kurz
from kurz.document import Document
from kurz.interfaces.cli import main

WORDS = [
    "Der",
    "Rat",
    "hat",
    "am",
    "4.",
    "November",
    "in",
    "Wien",
    "–",
    "(APA)",
    "„Nein“",
    "sagte",
    "er.",
    "Dr.",
    "z. B.",
    "ß",
    "Köln:",
    "?",
    "!",
    "\n",
    "<p>",
    "</p>",
    "&amp;",
    "…",
    "»Ja«",
]
any_text = st.text(alphabet=st.characters(exclude_categories=()), max_size=300)  # control characters and lone surrogates too
news_like = st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join)
repeated = st.tuples(news_like, st.integers(1, 400)).map(lambda pair: pair[0] * pair[1])
half_html = st.tuples(news_like, news_like).map(lambda pair: f"<html><body><p>{pair[0]}<div>{pair[1]}")
texts = st.one_of(any_text, news_like, repeated, half_html)
PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(texts, st.sampled_from(["default", "lead", "textrank"]), st.sampled_from([{}, {"max_chars": 60}, {"sentences": 1}]))
def test_summarize_gives_true_offsets_or_a_kurz_error(text: str, method: str, length: dict[str, int]) -> None:
    try:
        result = kurz.summarize(text, method=method, **length)
    except kurz.KurzError:
        return
    assert result.document is not None
    for sentence in result.sentences:
        assert result.document.text[sentence.start : sentence.end]
        for piece in sentence.pieces:
            assert result.document.text[piece.start : piece.end] == piece.text


@PROPERTY
@given(texts)
def test_split_sentences_gives_true_offsets_or_a_kurz_error(text: str) -> None:
    try:
        sentences = kurz.split_sentences(text)
    except kurz.KurzError:
        return
    cleaned = Document.from_text(text).text
    for sentence in sentences:
        assert cleaned[sentence.start : sentence.end] == sentence.text


lines = st.one_of(
    st.binary(max_size=80).filter(lambda b: b"\n" not in b and b"\r" not in b),
    texts.map(lambda t: json.dumps({"text": t}, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    st.just(b'{"text": ' + b"[" * 300 + b"]" * 300 + b"}"),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(lines, min_size=1, max_size=12))
def test_batch_writes_one_row_per_input_row_whatever_the_lines_hold(rows: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder) / "in.jsonl", Path(folder) / "out.jsonl"
        source.write_bytes(b"\n".join(rows) + b"\n")
        result = CliRunner().invoke(main, ["batch", str(source), "-o", str(out), "--method", "lead", "-q"])
        assert result.exit_code == 0, result.output
        expected = [n for n, line in enumerate(source.read_bytes().split(b"\n")[:-1], 1) if line.strip()]
        written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert [row["row"] for row in written] == expected


LEAD_WORDS = ["Der", "Rat", "hat", "am", "Dienstag", "mit", "den", "Stimmen", "von", "KPÖ", "und", "SPÖ", "eine", "Reform"]
LEAD_WORDS += ["der", "Gebühren", "beschlossen", ",", "die", "ab", "März", "drei", "Euro", "nicht", "wenn", "sagte", "er", "."]
leads = st.lists(st.sampled_from(LEAD_WORDS), min_size=3, max_size=60).map(" ".join)


@PROPERTY
@given(st.one_of(texts, leads), st.integers(1, 300), st.sampled_from([None, 1, 2]))
def test_a_summary_is_never_longer_than_max_chars(text: str, max_chars: int, sentences: int | None) -> None:
    try:
        result = kurz.summarize(text, max_chars=max_chars, sentences=sentences)
    except kurz.NoFitError as refused:
        shown = refused.summary
        assert isinstance(shown, kurz.Summary) and (len(shown.text) > max_chars or shown.over_budget)  # or it points back
        return
    except kurz.KurzError:
        return
    assert len(result.text) <= max_chars
