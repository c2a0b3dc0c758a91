"""Direct quotes („…“, "…", »…«, «…», “…”) must stand in the article word for word.

Only quotation marks and whitespace are normalised (and the case of the first letter, which a quote may change
when it moves to the start of a sentence); an ellipsis ("…", "...", "[…]") inside a quote marks omitted words,
so the pieces around it must appear in order. Quotation marks may be missing in the article (some feeds strip
them): the words are what must match.
"""

from __future__ import annotations

import re

from kurz.facts.fold import unify_quotes
from kurz.facts.verdict import Reason, reason

QUOTE = re.compile(r"„([^„“”\"]+)[“”\"]|»([^»«]+)«|«([^«»]+)»|“([^“”]+)”|(?<![\w])\"([^\"]+)\"")
ELLIPSIS = re.compile(r"\s*(?:\[…\]|\[\.\.\.\]|\(…\)|…|\.\.\.)\s*")
_MARKS = re.compile(r"[\"']")


def _plain(text: str) -> str:
    return " ".join(_MARKS.sub(" ", unify_quotes(text)).split())


def quoted(text: str) -> list[tuple[int, int, str]]:
    """Start, end (of the quote with its marks) and inner text of each quotation."""
    return [(m.start(), m.end(), next(g for g in m.groups() if g is not None)) for m in QUOTE.finditer(text)]


def found(inner: str, article_plain: str) -> bool:
    at = 0
    for piece in ELLIPSIS.split(inner):
        piece = _plain(piece).strip(" ,.;:!?")
        if not piece:
            continue
        hit = article_plain.find(piece, at)
        if hit < 0 and piece[0].isalpha():
            flipped = (piece[0].lower() if piece[0].isupper() else piece[0].upper()) + piece[1:]
            hit = article_plain.find(flipped, at)
        if hit < 0:
            return False
        at = hit + len(piece)
    return True


def check(teaser: str, article: str) -> list[Reason]:
    plain = _plain(article)
    return [
        reason("quote", teaser, start, end, "the quote is not in the article word for word")
        for start, end, inner in quoted(teaser)
        if not found(inner, plain)
    ]
