"""Sentence splitting: kurz against SoMaJo (and a naive regex floor) for accuracy, agreement and speed.

Accuracy uses kurz's hand-checked sets; on the dev articles there is no gold, so SoMaJo serves as the
reference for agreement, and both splitters are timed on the same articles in the same process.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from common import ROOT, load_examples, machine, parser, table, write_report
from somajo import SoMaJo
from somajo.token import Token

import kurz
from kurz.evaluate.boundaries import BoundaryScore, boundary_score, locate

SETS = tuple(
    ROOT / "tests" / "data" / name
    for name in ("sentences_stress.jsonl", "sentences_holdout.jsonl", "sentences_families_holdout.jsonl")
)
WARMUP = 20
MIN_SPEEDUP = 50
# The floor: end at terminal punctuation (plus closing quotes/brackets) before whitespace, or at a line end.
NAIVE = re.compile(r"\S.*?(?:[.!?…]+[\"“”»«’')\]]*(?=\s|$)|(?=[ \t]*\n)|$)", re.DOTALL)
_GAP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")

Spans = list[tuple[int, int]]


def kurz_spans(text: str) -> Spans:
    return [(s.start, s.end) for s in kurz.split_sentences(text)]


def naive_spans(text: str) -> Spans:
    return [m.span() for m in NAIVE.finditer(text)]


def somajo_run(tokenizer: SoMaJo, text: str) -> list[list[Token]]:
    """SoMaJo's own call: one paragraph per line, so a line break bounds sentences as it does in kurz."""
    return list(tokenizer.tokenize_text(text.splitlines()))


def _align(text: str, token: str, pos: int) -> tuple[int, int]:
    """Offsets of `token` at or after `pos`, skipping whitespace and invisible characters SoMaJo drops."""
    i = pos
    while i < len(text) and (text[i].isspace() or text[i] in _GAP):
        i += 1
    start = i
    for ch in token:
        if ch.isspace():
            continue
        while i < len(text) and text[i] != ch and (text[i].isspace() or text[i] in _GAP):
            i += 1
        if i >= len(text) or text[i] != ch:
            raise ValueError(f"cannot align SoMaJo token {token!r} at offset {pos}: {text[pos : pos + 40]!r}")
        i += 1
    return start, i


def somajo_spans(text: str, sentences: Iterable[list[Token]]) -> Spans:
    """Sentence offsets rebuilt by aligning SoMaJo's tokens (original spelling first) to the input in order."""
    spans, pos = [], 0
    for sentence in sentences:
        first = None
        for token in sentence:
            start, pos = _align(text, token.original_spelling or token.text, pos)
            first = start if first is None else first
        if first is not None:
            spans.append((first, pos))
    return spans


def score_set(path: Path, splitters: dict[str, Callable[[str], Spans]]) -> tuple[int, dict[str, BoundaryScore]]:
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    totals = dict.fromkeys(splitters, BoundaryScore(0, 0, 0))
    for case in cases:
        gold = locate(case["text"], case["sentences"])
        for name, split in splitters.items():
            totals[name] = totals[name] + boundary_score(case["text"], split(case["text"]), gold)
    return len(cases), totals


def timed(items: list[str], work: Callable[[str], object]) -> tuple[list[object], float]:
    started = time.perf_counter()
    out = [work(text) for text in items]
    return out, time.perf_counter() - started


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    tokenizer = SoMaJo("de_CMC", split_camel_case=False, split_sentences=True)
    splitters: dict[str, Callable[[str], Spans]] = {
        "kurz": kurz_spans,
        "SoMaJo de_CMC": lambda text: somajo_spans(text, somajo_run(tokenizer, text)),
        "naive regex": naive_spans,
    }
    out = [f"# Sentence splitter benchmark\n\n{machine()}\n", "## Accuracy on kurz's hand-checked sets\n"]
    rows = []
    for path in SETS:
        n, totals = score_set(path, splitters)
        for name, s in totals.items():
            rows.append(
                [path.name, str(n), name, str(s.gold), f"{100 * s.precision:.1f}", f"{100 * s.recall:.1f}", f"{100 * s.f1:.1f}"]
            )
    out.append(table(["set", "cases", "splitter", "gold boundaries", "P", "R", "F1"], rows))

    examples = load_examples(args.data, required=False)
    if examples:
        texts = [e.text for e in examples]
        for text in texts[:WARMUP]:
            kurz_spans(text)
            somajo_run(tokenizer, text)
        _, kurz_s = timed(texts, kurz.split_sentences)
        somajo_out, somajo_s = timed(texts, lambda text: somajo_run(tokenizer, text))
        agree = BoundaryScore(0, 0, 0)
        for text, sentences in zip(texts, somajo_out):
            agree = agree + boundary_score(text, kurz_spans(text), somajo_spans(text, sentences))  # type: ignore[arg-type]
        n = len(texts)
        ratio = somajo_s / kurz_s
        out.append(f"\n## Dev articles ({n} articles, {sum(map(len, texts)) / n:,.0f} characters on average)\n")
        out.append(
            f"Agreement of kurz with SoMaJo as the reference ({agree.gold} SoMaJo boundaries, {agree.predicted} kurz boundaries):\n"
        )
        out.append(
            table(["P", "R", "F1"], [[f"{100 * agree.precision:.1f}", f"{100 * agree.recall:.1f}", f"{100 * agree.f1:.1f}"]])
        )
        out.append("\nSpeed, single process, same articles, after a warm-up:\n")
        out.append(
            table(
                ["splitter", "ms / article", "articles / s"],
                [[name, f"{1000 * s / n:.2f}", f"{n / s:,.0f}"] for name, s in (("kurz", kurz_s), ("SoMaJo de_CMC", somajo_s))],
            )
        )
        verdict = "meets" if ratio >= MIN_SPEEDUP else "MISSES"
        out.append(f"\nkurz is **{ratio:.0f}×** faster than SoMaJo ({verdict} the ≥ {MIN_SPEEDUP}× target).")
    out.append(
        '\nkurz is timed with `kurz.split_sentences` (offsets included). SoMaJo runs as `SoMaJo("de_CMC")` with '
        "`split_sentences=True`, one paragraph per input line, and is timed without `character_offsets`; its sentence "
        "offsets are rebuilt afterwards, outside the timing, by aligning its tokens to the input in order. "
        "The naive regex ends a sentence at `.`, `!`, `?` or `…` before whitespace and at every line end."
    )
    report = "\n".join(out) + "\n"
    print(report)
    print(f"written to {write_report('splitter.md', report)}")


if __name__ == "__main__":
    main()
