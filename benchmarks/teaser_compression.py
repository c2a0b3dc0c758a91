"""Issue #21, item 5: do default teasers (40 words) gain when the syntax compressions (kurz.methods.shorten) may
shorten a sentence under the word budget too, so that a long sentence is shortened rather than skipped?

Publisher-disjoint folds (the ranker refitted per fold, as `make eval` does), ROUGE F1 of the default against the
same ranker whose variants also hold the syntax compressions, with the paired-bootstrap p; milliseconds per
article of both. The default teaser keeps the syntax off unless this shows a gain.
"""

from __future__ import annotations

from common import load_examples, machine, parser, table, write_report

from kurz.document import Sentence, Span
from kurz.evaluate.report import paired
from kurz.evaluate.runner import method_system, run_system
from kurz.methods.ranker import Ranker
from kurz.pipeline import DEFAULT_BUDGET
from kurz.summary import join_pieces


class SyntaxRanker(Ranker):
    """The default ranker whose variants, under any budget, end with the sentence's syntax compressions."""

    def variants(self, sentence: Sentence) -> list[tuple[Span, ...]]:
        found = super().variants(sentence)
        if not found:
            return found
        shortest = len(join_pieces(found[-1]))
        return found + [c for c in self.compressions(sentence) if len(join_pieces(c)) < shortest]


def main() -> None:
    args = parser(__doc__ or "").parse_args()
    examples = load_examples(args.data)
    systems = [
        method_system("default", Ranker(), DEFAULT_BUDGET, refit=True),
        method_system("default + syntax compression", SyntaxRanker(), DEFAULT_BUDGET, refit=True),
    ]
    rows = {s.name: run_system(s, examples, "publisher") for s in systems}
    base, other = rows["default"], rows["default + syntax compression"]
    deltas = paired(other, base, seed=0)
    changed = sum(a.summary != b.summary for a, b in zip(other, base))
    lines = []
    for name, result in rows.items():
        f1 = {m: 100 * sum(r.scores[m][2] for r in result) / len(result) for m in deltas}
        ms = 1000 * sum(r.seconds for r in result) / len(result)
        lines.append([name, *(f"{f1[m]:.2f}" for m in deltas), f"{ms:.2f}"])
    lines.append(
        ["Δ (syntax − default), p", *(f"{100 * d['delta_f1']:+.2f} (p = {d['p_value']:.3f})" for d in deltas.values()), ""]
    )
    report = (
        "# Item 5: syntax compression for the default teaser (publisher-disjoint)\n\n"
        f"{machine()}. `python benchmarks/teaser_compression.py`; {len(examples)} dev articles, {changed} teasers differ.\n\n"
        + table(["system", *(f"{m} F1" for m in deltas), "ms / article"], lines)
        + "\n"
    )
    print(write_report("teaser_compression.md", report))
    print(report)


if __name__ == "__main__":
    main()
