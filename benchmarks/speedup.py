"""Speed-up of the default method against an earlier commit, measured in the same run, with every teaser compared.

The reference commit is checked out into a temporary git worktree. The two versions then run in alternating fresh
processes (one CPU, BLAS threads 1), each taking a warm-up pass over the dev articles and then timed passes; a
round is one process of each, so both see the same machine load. The speed-up is the ratio of their best passes,
given as a range over rounds. Each version also fingerprints its teasers (text and offsets): the speed-up only
counts if not one teaser differs.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import ROOT, machine, parser, table, write_report

DEFAULT_REFERENCE = "0283c1e"  # the code before the standalone teasers of issue #20 (teasers differ by design)
ROUNDS = 3
PASSES = 3

# Runs inside each version's process, so it uses nothing but `kurz.summarize` (in both versions' API).
CHILD = r"""
import hashlib, json, os, sys, time
if hasattr(os, "sched_setaffinity"):
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
import kurz
rows = []
for path in sorted(os.listdir(sys.argv[1])):
    if path.endswith(".jsonl"):
        with open(os.path.join(sys.argv[1], path), encoding="utf-8") as f:
            rows += [json.loads(line) for line in f if line.strip()]
articles = [(r["text"], r.get("title")) for r in rows]
teasers = []
for text, title in articles:  # warm-up pass: model, caches
    s = kurz.summarize(text, title)
    teasers.append([s.text, [[x.start, x.end] for x in s.sentences]])
passes = []
for _ in range(int(sys.argv[2])):
    started = time.perf_counter()
    for text, title in articles:
        kurz.summarize(text, title)
    passes.append(time.perf_counter() - started)
digest = [hashlib.sha1(json.dumps(t, ensure_ascii=False).encode()).hexdigest() for t in teasers]
print(json.dumps({"n": len(articles), "passes": passes, "digest": digest, "module": kurz.__file__}))
"""


def run(src: Path, data: Path) -> dict:
    """One fresh process of the version whose package lies in `src`."""
    threads = {v: "1" for v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
    env = {**os.environ, **threads, "PYTHONPATH": str(src)}
    done = subprocess.run([sys.executable, "-c", CHILD, str(data), str(PASSES)], env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"the version in {src} failed:\n{done.stderr[-2000:]}")
    result = json.loads(done.stdout)
    if not Path(result["module"]).is_relative_to(src):
        sys.exit(f"expected kurz from {src}, got {result['module']}")
    return result


def main() -> None:
    ap = parser(__doc__.splitlines()[0])
    ap.add_argument("--reference", default=DEFAULT_REFERENCE, help=f"git commit to compare with (default {DEFAULT_REFERENCE})")
    ap.add_argument("--rounds", type=int, default=ROUNDS)
    args = ap.parse_args()
    data: Path = args.data
    if not data.is_dir() or not any(data.glob("*.jsonl")):
        print(f"skipped: no dev data (*.jsonl) in {data}; pass --data DIR")
        return
    known = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "--verify", "-q", f"{args.reference}^{{commit}}"], capture_output=True
    )
    if known.returncode != 0:
        print(f"skipped: commit {args.reference} is not in this checkout's git history; pass --reference")
        return
    with tempfile.TemporaryDirectory() as tmp:
        worktree = Path(tmp) / "reference"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(worktree), args.reference], check=True)
        try:
            rounds = [(run(worktree / "src", data), run(ROOT / "src", data)) for _ in range(args.rounds)]
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)], check=True)
    n = rounds[0][0]["n"]
    before = [n / min(old["passes"]) for old, _ in rounds]
    after = [n / min(new["passes"]) for _, new in rounds]
    ratios = [a / b for a, b in zip(after, before)]
    changed = sum(x != y for x, y in zip(rounds[0][0]["digest"], rounds[0][1]["digest"]))
    rows = [
        [f"reference `{args.reference}`", f"{min(before):,.0f}–{max(before):,.0f}", f"{1000 / max(before):.2f}"],
        ["this checkout", f"{min(after):,.0f}–{max(after):,.0f}", f"{1000 / max(after):.2f}"],
    ]
    report = "\n".join(
        [
            "# Speed-up of the default method against an earlier commit (same run)\n",
            f"{machine()}; each version in its own process pinned to one CPU, BLAS threads = 1, alternating, "
            f"{args.rounds} rounds of one process each; a process times {PASSES} passes over {n} dev articles "
            f"(`{data.name}/*.jsonl`) after a warm-up pass. `kurz.summarize` on raw text, default method and budget.\n",
            table(["version", "articles / s (best pass, range over rounds)", "ms / article (best)"], rows),
            f"\nSpeed-up in the same round: **{min(ratios):.2f}–{max(ratios):.2f}×** (median {statistics.median(ratios):.2f}×).",
            f"Teasers (text and offsets) that differ between the two versions: **{changed} of {n}**.",
            "",
        ]
    )
    print(report)
    print(f"written to {write_report('speedup.md', report)}")


if __name__ == "__main__":
    main()
