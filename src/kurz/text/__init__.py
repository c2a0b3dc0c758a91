"""German text handling: decoding and cleaning, sentence boundaries, tokens, boilerplate marks."""
