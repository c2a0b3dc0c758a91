"""Limits that keep every method fast and bounded, shared by the pipeline, training and evaluation."""

MAX_ANALYSED_CHARS = 200_000  # longer inputs: only a prefix (cut at a line break) is analysed
MAX_CANDIDATES = 300  # sentences considered for a summary, in article order
MAX_SENTENCES = 3  # a teaser is 1–3 sentences unless `sentences` asks for more
LOOKAHEAD = 5  # sentences ranked lower than this are never used to fill a length budget
MAX_JSON_DEPTH = 32  # nesting of a JSON record (batch rows, eval pairs, API bodies); deeper is refused, never a crash
