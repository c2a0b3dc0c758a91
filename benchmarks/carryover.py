"""Does the default beat the lead on publishers it has never seen? Publisher-disjoint and leave-one-source-out CV.

Every article is analysed once (document, candidates, features, compression variants, ROUGE tokens, labels);
each configuration is then only ridge solves on the training folds plus the product's shared selection
(`kurz.methods.base.select`) on the test folds, so the numbers are exactly what the product would output.

Baselines:
- `lead@budget`: the first content sentences in article order, each in its longest compression variant that
  fits (`compress.variants(sentence, always=0)`), stopping at the first sentence that fits in no form; if not
  even the first fits, its shortest variant, over budget.
- `current`: today's default (the 28 features, ORACLE_BONUS label, no anchor), refitted per training fold.

Folds:
- `publisher`: grouped 5-fold CV. The group is `publisher`, else `source` (10kGNAD and MLSUM are one group
  each). Groups are assigned largest first (ties by SHA-1 of the name) to the fold with the fewest articles so
  far, so the assignment is deterministic and balanced; 10kGNAD fills one fold alone (leave-it-out).
- `source`: leave-one-source-out (train on two sources, test on the third).
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import parser

from kurz.document import Document, Sentence, Span
from kurz.limits import MAX_ANALYSED_CHARS, MAX_CANDIDATES, MAX_SENTENCES
from kurz.methods import compress
from kurz.methods.base import Method, select
from kurz.methods.features import FEATURES, _overlap, sentence_features
from kurz.methods.ranker import ALWAYS_LEVELS
from kurz.methods.ranker_fit import ORACLE_BONUS
from kurz.metrics.oracle import oracle_gain, oracle_indices
from kurz.metrics.rouge import lcs_length, rouge_n, tokenize
from kurz.metrics.stats import paired_bootstrap
from kurz.pipeline import DEFAULT_BUDGET
from kurz.summary import Budget, count_words, join_pieces
from kurz.text.cohesion import refers_back
from kurz.text.ends import stands_alone
from kurz.text.tokens import content_stems

FOLDS = 5
CURRENT = FEATURES.index("dateline") + 1  # today's default uses the first 28 columns
SHORT = {"10kgnad": "10kGNAD", "mlsum": "MLSUM", "web": "web"}


def short(source: str) -> str:
    return next((v for k, v in SHORT.items() if source.lower().startswith(k)), source[:10])


@dataclass
class Article:
    id: str
    source: str
    group: str
    summary: str
    document: Document
    candidates: list[Sentence]
    x: np.ndarray  # FEATURES
    current: np.ndarray  # today's 28 features (title_overlap without reading URL-slug titles)
    gains: np.ndarray
    oracle: list[int]
    ref: list[str]
    variants: dict[tuple[int, int], list[tuple[Span, ...]]] = field(default_factory=dict)
    backs: dict[int, bool] = field(default_factory=dict)
    scored: dict[str, tuple[float, float, float, int]] = field(default_factory=dict)

    def forms(self, sentence: Sentence, always: int) -> list[tuple[Span, ...]]:
        key = (sentence.index, always)
        if key not in self.variants:
            self.variants[key] = compress.variants(sentence, always=always)
        return self.variants[key]

    def score_text(self, text: str) -> tuple[float, float, float, int]:
        """ROUGE-1, ROUGE-L F1 (in %), ROUGE-2, words; cached by output text."""
        if text not in self.scored:
            pred = tokenize(text)
            r1 = rouge_n(pred, self.ref, 1).f1
            r2 = rouge_n(pred, self.ref, 2).f1
            lcs = lcs_length(pred, self.ref)
            p, r = (lcs / len(pred) if pred else 0.0), lcs / len(self.ref)
            rl = 2 * p * r / (p + r) if p + r else 0.0
            self.scored[text] = (100 * r1, 100 * rl, 100 * r2, count_words(text))
        return self.scored[text]


def load(folder: Path) -> list[Article]:
    articles = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.open(encoding="utf-8"):
            if not line.strip():
                continue
            row = json.loads(line)
            document = Document.from_text(row["text"], row.get("title"), MAX_ANALYSED_CHARS)
            candidates = document.content_sentences[:MAX_CANDIDATES]
            if not candidates:
                continue
            ref = tokenize(row["summary"])
            tokens = [tokenize(s.content.text) for s in candidates]
            gains = np.array([oracle_gain(t, ref) for t in tokens])
            source = row.get("source") or "all"
            x = sentence_features(document, candidates)
            current = x[:, :CURRENT].copy()
            if document.title:
                title = set(content_stems(document.title))
                current[:, FEATURES.index("title_overlap")] = [
                    _overlap(set(content_stems(s.content.text)), title) for s in candidates
                ]
            articles.append(
                Article(
                    str(row["id"]),
                    short(source),
                    row.get("publisher") or short(source),
                    row["summary"],
                    document,
                    candidates,
                    x,
                    current,
                    gains,
                    oracle_indices(tokens, ref),
                    ref,
                )
            )
    return articles


# ---------------------------------------------------------------- selection


class Scored(Method):
    """Precomputed scores through the product's own selection, with the Ranker's variants and cohesion rule."""

    name = "scored"
    description = "precomputed scores"

    def __init__(self, article: Article, scores: np.ndarray, always: int = ALWAYS_LEVELS) -> None:
        self.article, self.scores, self.always = article, scores, always

    def score(self, document: Document, candidates: list[Sentence]) -> np.ndarray:
        return self.scores

    def variants(self, sentence: Sentence) -> list[tuple[Span, ...]]:
        return self.article.forms(sentence, self.always) if stands_alone(sentence.content.text) else []

    def refers_back(self, sentence: Sentence) -> bool:
        backs = self.article.backs
        if sentence.index not in backs:
            backs[sentence.index] = refers_back(sentence.content.text)
        return backs[sentence.index]


def run_scores(article: Article, scores: np.ndarray, always: int = ALWAYS_LEVELS, budget: Budget = DEFAULT_BUDGET) -> str:
    selected, _ = select(Scored(article, scores, always), article.document, article.candidates, budget)
    return " ".join(s.text for s in selected)


def lead_at_budget(article: Article, budget: Budget = DEFAULT_BUDGET) -> str:
    shown: list[str] = []
    for sentence in article.candidates[: budget.sentences or MAX_SENTENCES]:
        for form in article.forms(sentence, 0):
            text = join_pieces(form)
            trial = [*shown, text]
            if budget.fits(len(trial), sum(map(count_words, trial)), len(" ".join(trial))):
                shown.append(text)
                break
        else:
            break
    if not shown:
        shown = [join_pieces(article.forms(article.candidates[0], 0)[-1])]
    return " ".join(shown)


# ---------------------------------------------------------------- folds and fitting


def group_folds(articles: list[Article], k: int = FOLDS) -> list[np.ndarray]:
    """Test-index arrays: whole groups, largest first (ties by SHA-1 of the name), each to the emptiest fold."""
    sizes: dict[str, int] = {}
    for a in articles:
        sizes[a.group] = sizes.get(a.group, 0) + 1
    order = sorted(sizes, key=lambda g: (-sizes[g], hashlib.sha1(g.encode()).hexdigest()))
    load_, where = [0] * k, {}
    for g in order:
        f = min(range(k), key=lambda i: (load_[i], i))
        where[g] = f
        load_[f] += sizes[g]
    return [np.array([i for i, a in enumerate(articles) if where[a.group] == f]) for f in range(k)]


def source_folds(articles: list[Article]) -> list[np.ndarray]:
    return [np.array([i for i, a in enumerate(articles) if a.source == s]) for s in sorted({a.source for a in articles})]


def standardised(v: np.ndarray) -> np.ndarray:
    return (v - v.mean()) / v.std() if v.std() > 0 else np.zeros_like(v)


def labels(article: Article, bonus: float = ORACLE_BONUS) -> np.ndarray:
    g = standardised(article.gains)
    g[article.oracle] += bonus
    return standardised(g)


def ridge(xs: list[np.ndarray], ys: list[np.ndarray], ws: list[float] | None = None, alpha: float = 10.0):
    """kurz.methods.ranker_fit.fit's ridge (features standardised over the training rows), with optional article weights."""
    x, y = np.vstack(xs), np.concatenate(ys)
    w = np.concatenate([np.full(len(yy), wt) for yy, wt in zip(ys, ws)]) if ws else np.ones(len(y))
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    ym = (w * y).sum() / w.sum()
    zw = z * w[:, None]
    weights = np.linalg.solve(zw.T @ z + alpha * np.eye(z.shape[1]) * w.mean(), zw.T @ (y - ym))
    return lambda rows: ((rows - mean) / scale) @ weights + ym


PAIRS_FROM = 20  # pairwise label: pairs among an article's first sentences
PAIR_MARGIN = 0.5  # … whose labels differ by more than this (in standard deviations)


def pairwise_ridge(xs: list[np.ndarray], ys: list[np.ndarray], ws: list[float] | None = None, alpha: float = 10.0):
    """A pairwise label: ridge on within-article differences of standardised features, each pair of sentences
    ordered by its label and weighted by how far the labels differ (capped at 3). `ws` is not used."""
    x = np.vstack(xs)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    diffs, targets = [], []
    for rows, y in zip(xs, ys):
        z = (rows - mean) / scale
        m = min(len(z), PAIRS_FROM)
        for i in range(m):
            for j in range(i + 1, m):
                if abs(y[i] - y[j]) > PAIR_MARGIN:
                    diffs.append((z[i] - z[j]) * np.sign(y[i] - y[j]))
                    targets.append(min(abs(y[i] - y[j]), 3.0))
    d, t = np.array(diffs), np.array(targets)
    weights = np.linalg.solve(d.T @ d + alpha * np.eye(d.shape[1]), d.T @ t)
    return lambda rows: ((rows - mean) / scale) @ weights


def cv_texts(
    articles,
    folds,
    feats=lambda a: a.x,
    label=labels,
    weight=None,
    alpha=10.0,
    margin=0.0,
    always=ALWAYS_LEVELS,
    anchor=lambda a: 0,
    fit=ridge,
):
    """Each test fold summarised by a model (`fit`: pointwise ridge, or `pairwise_ridge`) refitted on the other
    folds only."""
    texts = [""] * len(articles)
    for test in folds:
        tset = set(test.tolist())
        train = [a for i, a in enumerate(articles) if i not in tset]
        model = fit(
            [feats(a) for a in train], [label(a) for a in train], [weight(a, train) for a in train] if weight else None, alpha
        )
        for i in test:
            a = articles[i]
            s = model(feats(a))
            s[anchor(a)] += margin
            texts[i] = run_scores(a, s, always)
    return texts


def rouge_table(articles: list[Article], texts: list[str]) -> np.ndarray:
    return np.array([a.score_text(t) for a, t in zip(articles, texts)])


ALPHA = 3000.0  # kurz.methods.ranker_fit.DEFAULT_ALPHA; chosen from the sweep below (see the report)
SWEEP = [
    ("current features, alpha 10 (today)", dict(feats=lambda a: a.current)),
    ("current features, alpha 3000", dict(feats=lambda a: a.current, alpha=ALPHA)),
    ("new features, alpha 10", dict(alpha=10.0)),
    ("new features, alpha 1000", dict(alpha=1000.0)),
    ("new features, alpha 10000", dict(alpha=10000.0)),
    ("new, alpha 3000, lead margin 0.5", dict(alpha=ALPHA, margin=0.5, anchor=lambda a: first_real(a))),
    (
        "new, alpha 3000, equal weight per source",
        dict(alpha=ALPHA, weight=lambda a, train: 1.0 / sum(b.source == a.source for b in train)),
    ),
    ("new, alpha 3000, oracle bonus 6", dict(alpha=ALPHA, label=lambda a: labels(a, 6.0))),
    ("new, alpha 3000, no always-compression", dict(alpha=ALPHA, always=0)),
    ("new, pairwise label, alpha 3000", dict(alpha=ALPHA, fit=pairwise_ridge)),
    ("new, pairwise label, alpha 30000", dict(alpha=30000.0, fit=pairwise_ridge)),
]


def parts_and_lead(articles: list[Article]) -> tuple[list[tuple[str, np.ndarray]], np.ndarray]:
    """The report's parts (all, then each source, as masks) and lead@budget's scores on every article."""
    src = np.array([a.source for a in articles])
    parts = [("all", np.ones(len(src), bool))] + [(s, src == s) for s in sorted(set(src))]
    return parts, rouge_table(articles, [lead_at_budget(a) for a in articles])


def first_real(article: Article) -> int:
    column = article.x[:, FEATURES.index("real_first")]
    return int(np.argmax(column)) if column.any() else 0


def main() -> None:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--sweep", action="store_true", help="also print the configurations tried")
    args = ap.parse_args()
    if not any(Path(args.data).glob("*.jsonl")):
        print(f"skipped: no dev data (*.jsonl) in {args.data}; pass --data DIR")
        return
    started = time.perf_counter()
    articles = load(Path(args.data))
    print(f"{len(articles)} articles analysed in {time.perf_counter() - started:.1f}s", flush=True)
    parts, lead = parts_and_lead(articles)
    for scheme, folds in (("publisher-disjoint 5-fold", group_folds(articles)), ("leave-one-source-out", source_folds(articles))):
        print(f"\n## {scheme} (fold sizes {[len(f) for f in folds]}); ROUGE F1 in %, p = paired bootstrap vs lead@budget")
        new = rouge_table(articles, cv_texts(articles, folds, alpha=ALPHA))
        cur = rouge_table(articles, cv_texts(articles, folds, feats=lambda a: a.current))
        print(
            "| part | n | lead R1 | lead RL | lead words | new R1 | new RL | new words | new-lead R1 (p) | new-lead RL (p) | current R1 | current RL | cur-lead R1 (p) | cur-lead RL (p) |"
        )
        print("|" + "---|" * 14)
        for name, m in parts:
            cells = [name, str(m.sum()), f"{lead[m, 0].mean():.2f}", f"{lead[m, 1].mean():.2f}", f"{lead[m, 3].mean():.1f}"]
            cells += [f"{new[m, 0].mean():.2f}", f"{new[m, 1].mean():.2f}", f"{new[m, 3].mean():.1f}"]
            cells += [
                f"{new[m, k].mean() - lead[m, k].mean():+.2f} ({paired_bootstrap(new[m, k], lead[m, k]):.3f})" for k in (0, 1)
            ]
            cells += [f"{cur[m, 0].mean():.2f}", f"{cur[m, 1].mean():.2f}"]
            cells += [
                f"{cur[m, k].mean() - lead[m, k].mean():+.2f} ({paired_bootstrap(cur[m, k], lead[m, k]):.3f})" for k in (0, 1)
            ]
            print("| " + " | ".join(cells) + " |", flush=True)
        if args.sweep:
            print("\nconfiguration | R1-lead / RL-lead: " + " | ".join(n for n, _ in parts))
            for label, options in SWEEP:
                t = rouge_table(articles, cv_texts(articles, folds, **options))
                print(
                    f"{label:42s} | "
                    + " | ".join(
                        f"{t[m, 0].mean() - lead[m, 0].mean():+.2f}/{t[m, 1].mean() - lead[m, 1].mean():+.2f}" for _, m in parts
                    ),
                    flush=True,
                )


if __name__ == "__main__":
    main()
