"""Push notices (preset push: one sentence, at most 120 characters) on the push set and on the dev articles.

The push set (tests/data/push_set.jsonl: agency and web leads written for kurz, each with an editor's push) asks:
does the push fit, is it made from the lead sentence, does it keep the lead's subject, finite verb and the verb's
closest complement (read by kurz.text.syntax), and does the fact guard accept it against its article? Every push
is listed for the hand check of its German (docs/figures/push_review.md).

On the dev articles: how many get a push that fits (the rest get the no_fit error), how many of those the fact guard
accepts, how many open on a word that points back, and the milliseconds per article for the push and for the
default teaser, interleaved in the same run.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter, defaultdict

from common import ROOT, load_examples, machine, parser, table, write_report

import kurz
from kurz.document import Document
from kurz.methods import shorten
from kurz.methods.compress import without_asides
from kurz.summary import Summary
from kurz.text.cohesion import refers_back
from kurz.text.syntax import analyse, tokenize

PUSH_SET = ROOT / "tests" / "data" / "push_set.jsonl"
LIMIT = 120


def push(text: str, title: str | None = None) -> Summary | None:
    """The push, or None when no faithful form fits (the no_fit error)."""
    try:
        return kurz.summarize(text, title, preset="push")
    except kurz.NoFitError:
        return None


def keeps_core(document: Document, result: Summary) -> bool:
    """The push covers the lead's subject, finite verb, right bracket and the verb's closest complement."""
    lead = document.content_sentences[0]
    tokens = [t for p in without_asides(lead) for t in tokenize(p.text, p.start)]
    clause = analyse(tokens)
    if clause is None:
        return False
    covered = {i for s in result.sentences for p in s.pieces for i in range(p.start, p.end)}
    core = [clause.finite, *range(*clause.bracket)]
    core += [i for p in ([clause.subject] if clause.subject else []) for i in range(p.start, p.end)]
    core += [i for p in shorten.closest_complement(tokens, clause.mittelfeld) for i in range(p.start, p.end)]
    return clause.subject is not None and all(tokens[i].start in covered for i in core)


def push_set() -> tuple[str, str]:
    rows = [json.loads(line) for line in PUSH_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts: Counter[str] = Counter()
    listing = []
    for row in rows:
        document = Document.from_text(row["text"])
        lead = document.content_sentences[0]
        result = push(row["text"])
        fits = result is not None and len(result.text) <= LIMIT
        from_lead = fits and result is not None and all(s.index == lead.index for s in result.sentences)
        core = from_lead and result is not None and keeps_core(document, result)
        accepted = result is not None and kurz.guard(result.text, row["text"]).accepted
        counts.update(fits=fits, from_lead=from_lead, core=core, guard=accepted, agency=row["source"] != "web")
        counts.update(agency_from_lead=from_lead and row["source"] != "web")
        shown = result.text if result is not None else "(no_fit)"
        listing.append([row["id"], row["source"], str(len(shown)), "yes" if from_lead else "no", "yes" if core else "no", shown])
    n = len(rows)
    summary = table(
        ["push set", "leads", "push ≤ 120 from the lead", "keeps subject, finite verb, complement", "fact guard accepts"],
        [
            [
                "all",
                str(n),
                f"{counts['from_lead']} ({100 * counts['from_lead'] / n:.0f} %)",
                f"{counts['core']} of {counts['from_lead']}",
                f"{counts['guard']} of {n}",
            ],
            ["agency", str(counts["agency"]), str(counts["agency_from_lead"]), "", ""],
        ],
    )
    return summary, table(["id", "source", "chars", "from lead", "core kept", "push"], listing)


def dev(limit: int | None) -> str:
    examples = load_examples(parser("").parse_args([]).data, limit, required=False)
    if not examples:
        return "(no dev data)"
    fits: Counter[str] = Counter()
    accepted: Counter[str] = Counter()
    back: Counter[str] = Counter()  # pushes that open on a word pointing back (kurz.text.cohesion), the "none"
    totals: Counter[str] = Counter()
    ms: dict[str, list[float]] = defaultdict(list)
    for example in examples:  # warm-up pass over a few articles: model, caches
        kurz.summarize(example.text, example.title)
        if len(ms["warm"]) > 20:
            break
        ms["warm"].append(0)
    for example in examples:
        started = time.perf_counter()
        kurz.summarize(example.text, example.title)
        ms["teaser"].append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        result = push(example.text, example.title)
        ms["push"].append((time.perf_counter() - started) * 1000)
        source = example.source
        totals[source] += 1
        if result is not None:
            assert len(result.text) <= LIMIT
            fits[source] += 1
            accepted[source] += kurz.guard(result.text, example.text, title=example.title).accepted
            back[source] += refers_back(result.text)
    rows = [
        [s, str(totals[s]), f"{100 * fits[s] / totals[s]:.1f} %", f"{100 * accepted[s] / max(fits[s], 1):.1f} %", str(back[s])]
        for s in sorted(totals)
    ]
    n, f = sum(totals.values()), sum(fits.values())
    rows.append(
        ["all", str(n), f"{100 * f / n:.1f} %", f"{100 * sum(accepted.values()) / max(f, 1):.1f} %", str(sum(back.values()))]
    )
    speed = table(
        ["path", "median ms / article", "mean ms / article"],
        [[k, f"{statistics.median(ms[k]):.2f}", f"{statistics.mean(ms[k]):.2f}"] for k in ("teaser", "push")],
    )
    return (
        table(["dev source", "articles", "push fits (≤ 120)", "fact guard accepts the push", "points back"], rows)
        + "\n\nSame run, interleaved (push and default teaser of each article one after the other):\n\n"
        + speed
    )


def main() -> None:
    ap = parser(__doc__ or "")
    ap.add_argument("--limit", type=int, help="only this many dev articles, evenly spaced")
    args = ap.parse_args()
    summary, listing = push_set()
    dev_table = dev(args.limit) if args.data.is_dir() else "(no dev data)"
    report = (
        f"# Push notices (preset push: one sentence, ≤ 120 characters)\n\n{machine()}. `python benchmarks/push.py`.\n\n"
        f"## Push set (tests/data/push_set.jsonl)\n\n{summary}\n\n## Dev articles ({args.data.name})\n\n{dev_table}\n\n"
        f"## Every push of the push set (hand check: docs/figures/push_review.md)\n\n{listing}\n"
    )
    print(write_report("push.md", report))
    print(summary)
    print(dev_table)


if __name__ == "__main__":
    main()
