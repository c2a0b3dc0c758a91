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
# A word or number: hyphens and apostrophes only between word characters ("E-Mail", "Rock'n'Roll"). Unrolled
# from [^\W_](?:[\w{_INVISIBLE}]|[-'’](?=\w))*, which matches the same (tests/test_fast_paths.py compares them)
# at a third more time: the alternation is tried at every character.
WORD = re.compile(rf"[^\W_][\w{_INVISIBLE}]*(?:[-'’]\w[\w{_INVISIBLE}]*)*")
# The fact guard's words: a word starts with a letter, and a number stands whole with its separators ("3,5",
# "12.000", "10:30"), so amounts compare as written; "‘" is an apostrophe too ("2024er" is a number and a word).
WORD_OR_WHOLE_NUMBER = re.compile(r"[^\W\d_](?:\w|[-'’‘](?=\w))*|\d+(?:[.,:]\d+)*")
# Words that start with a letter, with hyphens and apostrophes anywhere after it, also at the end: a genitive
# keeps its apostrophe ("Klaus'"), the first part of a shared compound its hyphen ("Bundes- und Landesrecht").
WORD_WITH_TRAILING_MARK = re.compile(r"[^\W\d_][\w'’-]*")
# Runs of letters only, split at digits, hyphens and apostrophes ("it's" is "it" and "s"): for telling languages
# apart by their function words, where numbers say nothing.
LETTER_RUN = re.compile(r"[^\W\d_]+")
_DROP_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE))
_HAS_INVISIBLE = re.compile(f"[{_INVISIBLE}]")
# Where lowercasing word by word differs from lowercasing the text: invisible characters (dropped before words are
# compared), "İ", the one character whose lowercase is two, and "Σ", whose lowercase depends on the letters
# around it, which may lie outside the word (tests/test_fast_paths.py checks every code point).
LOWERING_DIFFERS = re.compile(f"[{_INVISIBLE}\u0130\u03a3]")
_STEMMER = Stemmer.Stemmer("german")
_CONTENT_STEMS_KEPT = 200_000  # distinct words remembered; a long-running server's vocabulary keeps growing


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
    return stems_of(words(text))


class _ContentStems(dict[str, str | None]):
    """Normalised word -> its stem, or None for a stop word; filled on demand, emptied when it grows too large."""

    def __missing__(self, word: str) -> str | None:
        if len(self) >= _CONTENT_STEMS_KEPT:
            self.clear()
        found = self[word] = None if word in STOP_WORDS else _STEMMER.stemWord(word)
        return found


_CONTENT_STEM = _ContentStems().__getitem__


def stems_of(normalised: list[str]) -> list[str]:
    """`content_stems` of words already normalised (one dictionary look-up a word: this runs for every sentence)."""
    return [s for s in map(_CONTENT_STEM, normalised) if s is not None]


def stem_set(normalised: list[str]) -> set[str]:
    """The distinct `stems_of` the words: the set is built straight from the look-ups (this runs for every
    sentence of every article)."""
    found: set[str | None] = set(map(_CONTENT_STEM, normalised))
    found.discard(None)
    return found  # type: ignore[return-value]  # None was discarded
