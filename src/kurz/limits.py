"""Limits that keep every method fast and bounded, shared by the pipeline, training and evaluation."""

MAX_ANALYSED_CHARS = 200_000  # longer inputs: only a prefix (cut at a line break) is analysed
MAX_CANDIDATES = 300  # sentences considered for a summary, in article order
MAX_SENTENCES = 3  # a teaser is 1–3 sentences unless `sentences` asks for more
# A further teaser sentence stands at most this many sentences from one already chosen: joined from farther apart,
# sentences read as unconnected to editors, and publisher-disjoint ROUGE agrees (gap 1: +0.43, 2: +0.66, 3: +0.64,
# 4: +0.52, none: +0.25 R1 against lead@budget; benchmarks/editorial.py, docs/figures/editorial_ablations.md).
MAX_GAP = 2
LOOKAHEAD = 5  # sentences ranked lower than this are never used to fill a length budget (except a hard one)
# Under a hard character budget a push replaces a lead that cannot fit only with a sentence this long: "Die FDP
# widersprach." fits but says nothing alone.
MIN_REPLACEMENT_WORDS = 6
# A sentence shorter than this is a kicker ("36 Stunden."), not news: it joins a teaser only where nothing else fits.
MIN_KICKER_WORDS = 4
MAX_JSON_DEPTH = 32  # nesting of a JSON record (batch rows, eval pairs, API bodies); deeper is refused, never a crash
