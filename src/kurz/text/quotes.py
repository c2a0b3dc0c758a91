"""Quotation marks and brackets: a teaser must never open one it does not close."""

from __future__ import annotations

_PAIRED = (("»", "«"), ("(", ")"), ("[", "]"))


def balanced(text: str) -> bool:
    """Every quote and bracket closed: „…“ (German), “…” (English), »…« or «…», "…", (…), […].

    “ closes a German quote but opens an English one, so curly double quotes are checked by parity,
    with no more German openers „ than closers “. Swiss «…» reverse »…«, so guillemets compare counts.
    """
    curly = text.count("„") + text.count("“") + text.count("”")
    return (
        curly % 2 == 0
        and text.count("„") <= text.count("“")
        and text.count('"') % 2 == 0
        and all(text.count(o) == text.count(c) for o, c in _PAIRED)
    )
