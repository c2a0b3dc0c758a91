"""Web pages in: on the HTML test pages written for kurz (tests/data/pages), the share of teasers free of page
furniture (navigation, cookie text, captions, "Lesen Sie auch", footer) and the cost of extraction per page.

    .venv/bin/python benchmarks/webpages.py        # writes docs/figures/html.md and prints it
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, machine, parser, table, write_report

import kurz
from kurz.text.html import extract

PAGES = ROOT / "tests" / "data" / "pages"
REPEATS = 20


def main() -> None:
    parser(__doc__.splitlines()[0]).parse_args()
    furniture = json.loads((PAGES / "furniture.json").read_text(encoding="utf-8"))
    started = subprocess.run(
        [sys.executable, "-c", "import time; t = time.perf_counter(); import trafilatura; print(time.perf_counter() - t)"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows, clean, costs = [], 0, []
    for path in sorted(PAGES.glob("*.html")):
        page = path.read_text(encoding="utf-8")
        extract(page)  # the first call builds trafilatura's caches
        timings = []
        for _ in range(REPEATS):
            t = time.perf_counter()
            extract(page)
            timings.append(time.perf_counter() - t)
        teaser = kurz.summarize(page).text
        found = [w for w in furniture if w.lower() in teaser.lower()]
        clean += not found
        costs.append(statistics.median(timings))
        rows.append([path.stem, f"{len(page):,}", f"{1000 * statistics.median(timings):.1f}", ", ".join(found) or "none"])
    report = "\n".join(
        [
            "# Web pages in",
            "",
            f"{machine()}. {len(rows)} HTML pages written for kurz, each with navigation, a cookie banner, a caption,",
            "a related-articles box, a newsletter box and a footer around the article.",
            "",
            f"- teasers without page furniture: **{clean}/{len(rows)}**",
            f"- extraction (trafilatura): median {1000 * statistics.median(costs):.1f} ms per page "
            f"(range {1000 * min(costs):.1f}–{1000 * max(costs):.1f}); importing trafilatura once: "
            f"{1000 * float(started.stdout):.0f} ms",
            "",
            table(["page", "bytes", "extraction ms (median of 20)", "furniture in the teaser"], rows),
            "",
        ]
    )
    print(report)
    print(f"written to {write_report('html.md', report)}")


if __name__ == "__main__":
    main()
