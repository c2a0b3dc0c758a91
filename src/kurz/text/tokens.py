"""Words, numbers and punctuation with offsets, plus the normalised forms the methods compare."""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from kurz.text.lexicon import STOP_WORDS

_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s\"“”»«)]+[^\s\"“”»«).,;:!?])"
    r"|(?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<number>\d+(?:[.,:/]\d+)*)"
    rf"|(?P<word>[^\W\d_](?:[\w{_INVISIBLE}]|[-'’](?=\w))*)"
    r"|(?P<punct>\S)"
)
WORD = re.compile(rf"[^\W_](?:[\w{_INVISIBLE}]|[-'’](?=\w))*")
_DROP_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE))
_HAS_INVISIBLE = re.compile(f"[{_INVISIBLE}]")
_STEMMER = Stemmer.Stemmer("german")


def drop_invisible(text: str) -> str:
    """Soft hyphens, zero-width characters and BOMs removed (checked first: `translate` is slow and they are rare)."""
    return text.translate(_DROP_INVISIBLE) if _HAS_INVISIBLE.search(text) else text


def squash(text: str) -> str:
    """Text as shown to people: invisible characters dropped, each whitespace run (line breaks and non-breaking
    spaces too) one space."""
    return " ".join(drop_invisible(text).split())


def normalize_word(word: str) -> str:
    """Lowercase with invisible characters removed: the form all comparisons use."""
    return drop_invisible(word).lower()


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball German stem of a normalised word (PyStemmer, C speed, cached)."""
    return _STEMMER.stemWord(word)


def words(text: str) -> list[str]:
    """Normalised words and numbers of `text`, punctuation dropped."""
    return WORD.findall(normalize_word(text))


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content (stop words dropped), for overlap and centrality."""
    return [stem(w) for w in words(text) if w not in STOP_WORDS]
