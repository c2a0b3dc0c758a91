"""Limits that keep every method fast and bounded, shared by the pipeline, training and evaluation."""

MAX_ANALYSED_CHARS = 200_000  # longer inputs: only a prefix (cut at a line break) is analysed
MAX_CANDIDATES = 300  # sentences considered for a summary, in article order
MAX_SENTENCES = 3  # a teaser is 1–3 sentences unless `sentences` asks for more
# A further teaser sentence stands at most this many sentences from one already chosen: joined from farther apart,
# sentences read as unconnected to editors, and publisher-disjoint ROUGE agrees (gap 1: +0.55, 2: +0.91, 3: +0.83,
# 4: +0.68, none: +0.34 R1 against lead@budget; docs/figures/editorial.md).
MAX_GAP = 2
LOOKAHEAD = 5  # sentences ranked lower than this are never used to fill a length budget
MAX_JSON_DEPTH = 32  # nesting of a JSON record (batch rows, eval pairs, API bodies); deeper is refused, never a crash
