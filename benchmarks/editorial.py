"""Standalone teasers on publishers the model never saw: the editorial checks and ROUGE against lead@budget for
the default as shipped and with each of its editorial rules switched off, and for each passage gap.

Every variant is the default method refitted on publisher-disjoint folds (as `make eval`), at the default budget,
so each figure is measured on publishers its model was not trained on. A rule switched off is what kurz did before
it: a sentence that points back (or lacks its speaker, or names someone unintroduced) could stand in a teaser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np
from common import load_examples, machine, parser, table, write_report

import kurz.methods.base as base
import kurz.methods.context as context
import kurz.text.cohesion as cohesion
from kurz.data.examples import Example
from kurz.editorial import KINDS
from kurz.evaluate.runner import Row, lead_at_budget, method_system, run_system
from kurz.limits import MAX_GAP
from kurz.pipeline import DEFAULT_BUDGET, load_method

NONE = 10_000  # a gap no article reaches: sentences from anywhere


@contextmanager
def patched(module: object, name: str, value: object) -> Iterator[None]:
    old = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, old)


class Unintroduced(cohesion.Introductions):
    """For the selection only (the editorial check keeps its own): nothing needs an introduction."""

    def short_forms(self, text: str) -> list[tuple[str, str, int]]:
        return []


def default_rows(examples: list[Example]) -> list[Row]:
    system = method_system("default", load_method("default"), DEFAULT_BUDGET, refit=True)
    return run_system(system, examples, "publisher", budget=DEFAULT_BUDGET)


def figures(rows: list[Row], lead: list[Row]) -> list[str]:
    d1 = 100 * np.mean([a.scores["rouge1"][2] - b.scores["rouge1"][2] for a, b in zip(rows, lead)])
    dl = 100 * np.mean([a.scores["rougeL"][2] - b.scores["rougeL"][2] for a, b in zip(rows, lead)])
    shares = [100 * np.mean([kind in r.defects for r in rows]) for kind in KINDS]
    clean = 100 * np.mean([not r.defects for r in rows])
    return [f"{d1:+.2f}", f"{dl:+.2f}", f"{clean:.1f} %", *(f"{s:.1f} %" for s in shares)]


VARIANTS: dict[str, Callable[[], object]] = {
    "as shipped": lambda: patched(base, "MAX_GAP", MAX_GAP),
    "pointing back allowed": lambda: patched(context, "stands_without_links", lambda text: True),
    "speaker may be missing": lambda: patched(context, "unattributed", lambda text: False),
    "introductions not needed": lambda: patched(context, "Introductions", Unintroduced),
    **{f"passage gap {gap}": (lambda gap=gap: patched(base, "MAX_GAP", gap)) for gap in (1, 3, 4)},
    "passage gap: none": lambda: patched(base, "MAX_GAP", NONE),
}


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    examples = load_examples(args.data)
    lead = run_system(lead_at_budget(DEFAULT_BUDGET), examples, 0, budget=DEFAULT_BUDGET)
    rows = [["lead@budget", "0.00", "0.00", *figures(lead, lead)[2:]]]
    for name, variant in VARIANTS.items():
        with variant():  # type: ignore[attr-defined]
            rows.append([name, *figures(default_rows(examples), lead)])
        print(rows[-1], flush=True)
    header = ["default", "ΔR1 vs lead@budget", "ΔRL", "clean", *(k.replace("_", " ") for k in KINDS)]
    report = "\n".join(
        [
            "# Standalone teasers: editorial checks and ROUGE, publisher-disjoint\n",
            f"{machine()}; {len(examples)} dev articles, the default refitted on publisher-disjoint folds, default budget "
            "(40 words). Shares of teasers with each automatic editorial defect (kurz.editorial; limits in docs/eval.md).\n",
            table(header, rows),
            "",
        ]
    )
    print(report)
    print(f"written to {write_report('editorial_ablations.md', report)}")


if __name__ == "__main__":
    main()
