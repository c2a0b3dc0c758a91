"""What the default ranker's training choices are worth: 5-fold cross-validated ROUGE on the dev data.

Every configuration runs through the product's own cross-validation (`kurz.evaluate.runner.run_system`,
the same folds and selection as `kurz eval --cv 5`), with one training setting changed: the oracle bonus in
the label (`kurz.methods.ranker_fit.ORACLE_BONUS`, 0 = the gain alone) or the ridge penalty; "alone" lets a sentence that
points back ("Das gab …") into the teaser without the sentence before it. "hindsight" scores each
sentence by its true gain against the editor's teaser, under the same budget and selection: the ceiling of
a perfect ranker.
"""

from __future__ import annotations

import numpy as np
from common import load_examples, machine, parser, table, write_report

from kurz.data.examples import Example
from kurz.document import Document, Sentence
from kurz.evaluate.runner import Row, System, method_system, run_system
from kurz.limits import MAX_ANALYSED_CHARS
from kurz.methods.ranker import Ranker
from kurz.methods.ranker_fit import ORACLE_BONUS
from kurz.metrics.oracle import oracle_gain
from kurz.metrics.rouge import tokenize
from kurz.pipeline import DEFAULT_BUDGET, summarize_document

FOLDS = 5
SETTINGS: list[tuple[float, float]] = [(0.0, 10.0), (1.0, 10.0), (2.0, 10.0), (ORACLE_BONUS, 10.0), (4.0, 10.0), (6.0, 10.0)]
SETTINGS += [(ORACLE_BONUS, alpha) for alpha in (1.0, 100.0, 1000.0, 10000.0)]


class Alone(Ranker):
    """The shipped ranker, except that no sentence needs its predecessor."""

    def refers_back(self, sentence: Sentence) -> bool:
        return False


def trained(bonus: float, alpha: float, method: Ranker | None = None) -> System:
    method = method or Ranker()
    label = f"bonus {bonus:g}, alpha {alpha:g}" + (", alone" if isinstance(method, Alone) else "")
    return method_system(label, method, DEFAULT_BUDGET, refit=True, alpha=alpha, oracle_bonus=bonus)


class Hindsight(Ranker):
    """Scores by the true gain against the teaser of the example being summarised: a perfect ranker."""

    def __init__(self) -> None:
        super().__init__()
        self.reference: list[str] = []

    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        return np.array([oracle_gain(tokenize(s.content.text), self.reference) for s in candidates])


def hindsight() -> System:
    method = Hindsight()

    def run(example: Example) -> str:
        method.reference = tokenize(example.summary)
        return summarize_document(
            Document.from_text(example.text, example.title, MAX_ANALYSED_CHARS), method, DEFAULT_BUDGET
        ).text

    return System("hindsight (true gain as score)", run)


def figures(rows: list[Row], sources: list[str]) -> list[str]:
    out = []
    for source in [None, *sources]:
        chosen = [r for r in rows if source is None or r.example.source == source]
        out += [f"{100 * np.mean([r.scores[m][2] for r in chosen]):.2f}" for m in ("rouge1", "rougeL")]
    return [*out, f"{np.mean([r.words for r in rows]):.1f}"]


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    examples = load_examples(args.data)
    sources = sorted({e.source for e in examples})
    systems = [trained(bonus, alpha) for bonus, alpha in SETTINGS] + [trained(ORACLE_BONUS, 10.0, Alone()), hindsight()]
    header = ["setting", "R1 all", "RL all"] + [f"{m} {s.split()[0]}" for s in sources for m in ("R1", "RL")] + ["words"]
    rows = []
    for system in systems:
        rows.append([system.name, *figures(run_system(system, examples, FOLDS), sources)])
        print(" | ".join(rows[-1]), flush=True)
    shipped = f"bonus {ORACLE_BONUS:g}, alpha 10"
    text = (
        "\n\n".join(
            [
                "# Ranker ablations",
                f"{machine()}. {len(examples)} articles, {FOLDS}-fold cross-validation, default budget; ROUGE F1 in %. The shipped setting is `{shipped}`.",
                table(header, rows),
            ]
        )
        + "\n"
    )
    print(f"written to {write_report('ablations.md', text)}")


if __name__ == "__main__":
    main()
