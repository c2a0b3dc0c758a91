"""The intrinsic-error case set of issue 22 (tests/data/guard_families.json): its shape, and the guard's rates on it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

DATA = json.loads((Path(__file__).parent / "data" / "guard_families.json").read_text(encoding="utf-8"))
ARTICLES, CASES = DATA["articles"], DATA["cases"]
FAMILIES = ("hedge", "direction", "binding", "role", "negation")


def test_the_case_set_is_as_large_as_the_issue_asks() -> None:
    counts = Counter(c["family"] for c in CASES)
    assert len(CASES) >= 120 and len(ARTICLES) >= 15
    assert all(counts[f] >= 20 for f in FAMILIES) and counts["faithful"] >= 40
    assert set(counts) == {*FAMILIES, "faithful"}
    for c in CASES:
        assert set(c) == {"family", "article", "teaser", "note"} and c["article"] in ARTICLES
    assert len({(c["article"], c["teaser"]) for c in CASES}) == len(CASES)
